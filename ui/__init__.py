"""The desktop window (PySide6) over the ``delegation_app`` core; the core never imports it."""
