"""The desktop window (PySide6) over the ``delegation_app`` core; the core never imports it."""

# Applied at import, before any window exists: see the module (PySide6 6.12.0 on Python 3.11).
from ui import pyside_fixes as _pyside_fixes  # noqa: F401
