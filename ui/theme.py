"""Colours that stay readable on light and dark system themes.

The program's colours (a status in green, an error in red, a pastel cell) were chosen for a
light palette. Here each is checked against the colour it is drawn on, read from the
application's palette when it is drawn, and moved only as far as needed: the same hue made
lighter on a dark background, darker on a light one, until the WCAG contrast ratio is reached.
On the light palette they were chosen for, most come back unchanged.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette

#: WCAG 2 contrast ratios: body text (AA), and graphics such as icons.
TEXT_CONTRAST = 4.5
ICON_CONTRAST = 3.0
#: How much of a pastel fill's colour is kept when it is laid on a dark base.
_DARK_TINT = 0.25

ERROR = "#b3261e"
WARNING = "#a15c00"
GOOD = "#2e7d32"
MUTED = "#8a8a8a"


def palette() -> QPalette:
    return QGuiApplication.palette()


def base() -> QColor:
    """What lists and tables are drawn on."""
    return palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)


def window() -> QColor:
    """What labels and toolbars are drawn on."""
    return palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(background: QColor | None = None) -> bool:
    """Whether ``background`` (the palette's base) is closer to black than to white: white
    text stands out more on it than black text does."""
    back = base() if background is None else background
    return contrast(back, QColor("white")) > contrast(back, QColor("black"))


def readable(
    colour: QColor | str, background: QColor | None = None, minimum: float = TEXT_CONTRAST
) -> QColor:
    """``colour`` if it stands out by ``minimum`` from ``background`` (the palette's base
    unless given), else the same hue lightened (on a dark background) or darkened until it does."""
    rgba = QColor(colour).rgba()
    if background is not None:
        return QColor.fromRgba(_readable(rgba, background.rgba(), minimum))
    # A table's rows alternate between the base and the alternate base: both must do.
    for back in (
        base(),
        palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.AlternateBase),
    ):
        rgba = _readable(rgba, back.rgba(), minimum)
    return QColor.fromRgba(rgba)


@lru_cache(maxsize=1024)
def _readable(rgba: int, background: int, minimum: float) -> int:
    colour, back = QColor.fromRgba(rgba), QColor.fromRgba(background)
    if contrast(colour, back) >= minimum:
        return rgba
    hue, saturation, lightness, alpha = colour.getHslF()
    step = 0.02 if is_dark(back) else -0.02
    while 0.0 <= lightness + step <= 1.0:
        lightness += step
        moved = QColor.fromHslF(max(hue, 0.0), saturation, lightness, alpha)
        if contrast(moved, back) >= minimum:
            return moved.rgba()
    return QColor("white" if is_dark(back) else "black").rgba()


def fill(colour: QColor | str, background: QColor | None = None) -> QColor:
    """A cell's tint: as chosen on a light base; on a dark base the same hue mixed into it, so
    that the palette's light text stays readable on the cell."""
    tint = QColor(colour)
    back = base() if background is None else background
    if not is_dark(back):
        return tint
    keep = _DARK_TINT
    return QColor.fromRgbF(
        tint.redF() * keep + back.redF() * (1 - keep),
        tint.greenF() * keep + back.greenF() * (1 - keep),
        tint.blueF() * keep + back.blueF() * (1 - keep),
    )


def text_on(background: QColor, colour: QColor | str | None = None) -> QColor:
    """Text drawn on ``background``: ``colour`` (the palette's text unless given) made readable."""
    text = palette().color(QPalette.ColorRole.Text) if colour is None else QColor(colour)
    return readable(text, background)


def colour_style(colour: QColor | str, background: QColor | None = None) -> str:
    """A style sheet giving a label's text ``colour``, readable on the window's colour."""
    return f"color: {readable(colour, window() if background is None else background).name()};"


def error_style() -> str:
    """The style of an error under a field or at the foot of a form."""
    return colour_style(ERROR)
