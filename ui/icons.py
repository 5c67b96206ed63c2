"""The program's icons, shipped as SVG files in ``resources/icons``."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from delegation_app.paths import resource_path


@cache
def icon(name: str) -> QIcon:
    """``icon("print")`` -> ``resources/icons/print.svg``; an empty icon if it is missing."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
