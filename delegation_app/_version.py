"""The program's version: the package metadata is built from it (pyproject.toml reads it), and
the program reads it here, not through importlib.metadata, which costs a tenth of the window's
first paint."""

VERSION = "0.2.0"
