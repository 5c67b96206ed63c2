"""Data shipped with the program: fonts, icons, demo missions, translations (no code)."""
