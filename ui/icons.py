"""The program's icons, shipped as SVG files in ``resources/icons``.

Action icons come from the Adwaita symbolic set (``resources/icons/adwaita``, GNOME Project,
LGPL-3 or CC-BY-SA-3.0: see the COPYING beside them). A symbolic icon is one flat shape: it is
drawn here in the palette's text colour, read each time the icon is painted, so that it stays
readable when the system switches to a dark theme, and greyed with the palette's disabled colour.
The program's own pictures (``delegation.svg``, the application icon) are shown as drawn.
"""

from __future__ import annotations

from functools import cache, lru_cache

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from delegation_app.paths import resource_path
from ui import theme

#: Folder of the bundled symbolic icons, inside ``resources/icons``.
SYMBOLIC = "adwaita"


def symbolic_path(name: str) -> str | None:
    """``"document-print"`` -> the bundled ``document-print-symbolic.svg``, if it is there."""
    path = resource_path("icons", SYMBOLIC, f"{name}-symbolic.svg")
    return str(path) if path.exists() else None


def icon(name: str, colour: str | None = None) -> QIcon:
    """``icon("document-print")``: the bundled symbolic icon of that name, in the palette's
    text colour (or in ``colour``, made to stand out from the palette's base); else
    ``resources/icons/<name>.svg`` as drawn; an empty icon if neither exists."""
    return _icon(name, colour)


@cache
def _icon(name: str, colour: str | None) -> QIcon:
    path = symbolic_path(name)
    if path is not None:
        return QIcon(_SymbolicEngine(path, colour))
    own = resource_path("icons", f"{name}.svg")
    return QIcon(str(own)) if own.exists() else QIcon()


def icon_colour(mode: QIcon.Mode, colour: str | None = None) -> QColor:
    """The colour a symbolic icon is painted in, for ``mode``, from the current palette."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    if colour is None:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    return theme.readable(colour, minimum=theme.ICON_CONTRAST)


class _SymbolicEngine(QIconEngine):
    """Paints one symbolic SVG in the colour the palette gives at that moment."""

    def __init__(self, path: str, colour: str | None) -> None:
        super().__init__()
        self._path = path
        self._colour = colour

    def clone(self) -> QIconEngine:
        return _SymbolicEngine(self._path, self._colour)

    def iconName(self) -> str:
        return self._path

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        colour = icon_colour(mode, self._colour)
        width, height = round(size.width() * scale), round(size.height() * scale)
        pixmap = QPixmap.fromImage(_render(self._path, width, height, colour.rgba()))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))


@lru_cache(maxsize=512)
def _render(path: str, width: int, height: int, rgba: int) -> QImage:
    """The SVG's shape at that size, filled with one colour (its alpha kept for antialiasing):
    one image per icon, size and colour, so a repaint never draws the SVG again."""
    image = QImage(max(width, 1), max(height, 1), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(path)
    side = min(width, height)
    painter = QPainter(image)
    renderer.render(painter, QRectF((width - side) / 2, (height - side) / 2, side, side))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), QColor.fromRgba(rgba))
    painter.end()
    return image


#: The checks' colours: an error in red, a warning in amber (made readable on the base).
ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#e08a00"


def error_icon() -> QIcon:
    return icon("dialog-error", ERROR_COLOUR)


def warning_icon() -> QIcon:
    """A warning, as the checks show it; also a form's tab holding a field to correct."""
    return icon("dialog-warning", WARNING_COLOUR)
