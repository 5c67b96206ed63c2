"""The window on a dark system theme: every colour the program chooses stays readable.

A dark palette (Fusion's usual dark colours) is set on the application, the window opened on
the demo missions with every page and the checks panel shown, and then each colour the program
picks itself, rather than leaving to the palette, is measured against what it is drawn on with
the WCAG contrast ratio: the text colours and cell tints of every item model (4.5), the icons
of the toolbar, the search fields, the checks and the models (3), and the colours the labels'
style sheets give (4.5).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from delegation_app.storage.database import Database
from ui.main_window import MainWindow
from ui.theme import ICON_CONTRAST, TEXT_CONTRAST, contrast, luminance

MISSIONS = ("miami-2017", "toronto-montreal-2019")
ROLE = QPalette.ColorRole


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (ROLE.Window, "#353535"),
        (ROLE.WindowText, "#f0f0f0"),
        (ROLE.Base, "#2a2a2a"),
        (ROLE.AlternateBase, "#424242"),
        (ROLE.ToolTipBase, "#353535"),
        (ROLE.ToolTipText, "#f0f0f0"),
        (ROLE.PlaceholderText, "#a0a0a0"),
        (ROLE.Text, "#f0f0f0"),
        (ROLE.Button, "#353535"),
        (ROLE.ButtonText, "#f0f0f0"),
        (ROLE.BrightText, "#ff5555"),
        (ROLE.Light, "#505050"),
        (ROLE.Midlight, "#424242"),
        (ROLE.Mid, "#2b2b2b"),
        (ROLE.Dark, "#202020"),
        (ROLE.Shadow, "#141414"),
        (ROLE.Link, "#5ea2ea"),
        (ROLE.Highlight, "#2a82da"),
        (ROLE.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (ROLE.WindowText, ROLE.Text, ROLE.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    return palette


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    style, palette = qapp.style().name(), qapp.palette()
    qapp.setStyle("Fusion")
    qapp.setPalette(dark_palette())
    yield qapp.palette()
    qapp.setPalette(palette)
    qapp.setStyle(style)


@pytest.fixture
def dark_window(qtbot: QtBot, demo_db: Database, dark: QPalette) -> Iterator[MainWindow]:
    win = MainWindow(demo_db, language="en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.runner.shutdown()


def _colour(value: object) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color()
    if isinstance(value, QColor):
        return value
    return None


def icon_ink(icon: QIcon, background: QColor) -> float:
    """The contrast of an icon's strongest ink (its most opaque pixels, the one that least
    resembles ``background``) with ``background``; 21 for an icon with nothing drawn."""
    image = icon.pixmap(QSize(16, 16)).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    strongest = max((p.alpha() for p in pixels), default=0)
    ink = [p for p in pixels if p.alpha() >= strongest * 0.9 and strongest]
    if not ink:
        return 21.0
    return max(contrast(p, background) for p in ink)


def _cells(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    parent = parent or QModelIndex()
    # A list or table model hides columnCount or hasChildren: one column, or no children.
    flat = isinstance(model, QAbstractListModel | QAbstractTableModel)
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            yield index
            if column == 0 and not flat and model.hasChildren(index):
                yield from _cells(model, index)


def unreadable_cells(window: QWidget, palette: QPalette) -> list[str]:
    """Every cell of every source model under ``window`` whose chosen text colour or tint
    leaves its text, or whose icon, too faint."""
    grounds = (palette.color(ROLE.Base), palette.color(ROLE.AlternateBase))
    problems: set[str] = set()
    for model in window.findChildren(QAbstractItemModel):
        if isinstance(model, QAbstractProxyModel):
            continue  # its source is checked
        name = type(model).__name__
        for index in _cells(model):
            fore = _colour(index.data(Qt.ItemDataRole.ForegroundRole))
            back = _colour(index.data(Qt.ItemDataRole.BackgroundRole))
            text = index.data(Qt.ItemDataRole.DisplayRole)
            backs = (back,) if back is not None else grounds
            if text and (fore is not None or back is not None):
                ink = fore if fore is not None else palette.color(ROLE.Text)
                worst = min(contrast(ink, b) for b in backs)
                if worst < TEXT_CONTRAST:
                    where = back.name() if back is not None else "base"
                    problems.add(f"{name}: {ink.name()} on {where} {worst:.1f}")
            decoration = index.data(Qt.ItemDataRole.DecorationRole)
            if isinstance(decoration, QIcon) and not decoration.isNull():
                worst = min(icon_ink(decoration, b) for b in backs)
                if worst < ICON_CONTRAST:
                    problems.add(f"{name} icon: {worst:.1f}")
    return sorted(problems)


def faint_icons(window: QWidget, palette: QPalette) -> list[str]:
    ground = palette.color(ROLE.Window)
    # A tool button shows its action's icon: the toolbar's, the pages' and the checks'.
    # Qt's own buttons (qt_toolbar_ext_button, the dock's close button) draw the style's icons.
    icons = [
        (b.objectName() or b.text(), b.icon())
        for b in window.findChildren(QAbstractButton)
        if not b.objectName().startswith("qt_")
    ]
    icons += [
        (edit.objectName() or "search field", action.icon())
        for edit in window.findChildren(QLineEdit)
        for action in edit.actions()
    ]
    return [
        f"{name}: {icon_ink(icon, ground):.1f}"
        for name, icon in icons
        if not icon.isNull() and icon_ink(icon, ground) < ICON_CONTRAST
    ]


def faint_labels(window: QWidget, palette: QPalette) -> list[str]:
    """Labels whose style sheet sets a colour that does not stand out from the window."""
    ground = palette.color(ROLE.Window)
    problems = []
    for label in window.findChildren(QLabel):
        for found in re.findall(r"color:\s*(#[0-9a-fA-F]{6})", label.styleSheet() + label.text()):
            if contrast(QColor(found), ground) < TEXT_CONTRAST:
                problems.append(f"{label.objectName() or label.text()[:40]!r}: {found}")
    return problems


def _show_everything(window: MainWindow, qtbot: QtBot, short: str) -> None:
    assert window.select_mission(short)
    window.checks_panel.show()
    window.checks_panel.refresh()
    for tab in range(window.mission_tabs.count()):
        window.mission_tabs.setCurrentIndex(tab)
        QApplication.processEvents()
    # The checks and some pages read in workers: a loaded machine may take a while.
    qtbot.waitUntil(
        lambda: window.runner.active == 0 and window.checks_panel.model.rowCount() > 0,
        timeout=30_000,
    )
    QApplication.processEvents()


def test_the_palette_under_test_is_dark(dark: QPalette) -> None:
    assert luminance(dark.color(ROLE.Base)) < 0.05 < luminance(dark.color(ROLE.Text))


@pytest.mark.parametrize("short", MISSIONS)
def test_on_a_dark_palette_every_chosen_colour_and_icon_is_readable(
    dark_window: MainWindow, qtbot: QtBot, dark: QPalette, short: str
) -> None:
    _show_everything(dark_window, qtbot, short)
    problems = unreadable_cells(dark_window, dark)
    problems += faint_icons(dark_window, dark)
    problems += faint_labels(dark_window, dark)
    assert not problems, "\n".join(problems)


def test_the_toolbar_icons_follow_the_palette_they_are_painted_with(
    dark_window: MainWindow, qapp: QApplication, dark: QPalette
) -> None:
    icon = dark_window.print_action.icon()
    assert icon_ink(icon, dark.color(ROLE.Window)) >= ICON_CONTRAST
    light = QPalette(QColor("#efefef"))
    qapp.setPalette(light)  # restored by the ``dark`` fixture
    assert icon_ink(icon, light.color(ROLE.Window)) >= ICON_CONTRAST
    disabled = icon.pixmap(QSize(16, 16), QIcon.Mode.Disabled).toImage()
    inked = [
        disabled.pixelColor(x, y)
        for x in range(16)
        for y in range(16)
        if disabled.pixelColor(x, y).alpha() == 255
    ]
    wanted = light.color(QPalette.ColorGroup.Disabled, ROLE.WindowText)
    assert inked and {p.name() for p in inked} == {wanted.name()}


def _ink(image: QImage, rect: QRect, fill: QColor) -> float:
    """The best contrast any pixel inside ``rect`` has with ``fill``: its text's, once drawn."""
    best = 1.0
    for x in range(rect.left(), rect.right()):
        for y in range(rect.top(), rect.bottom()):
            best = max(best, contrast(image.pixelColor(x, y), fill))
    return best


def test_the_day_view_draws_its_blocks_for_a_dark_palette(
    dark_window: MainWindow, qtbot: QtBot, dark: QPalette
) -> None:
    """The blocks are tinted into the dark base rather than glaring pastel, and their text
    (time, title, place) stands out from their tint."""
    assert dark_window.select_mission("miami-2017")
    view = dark_window.show_itinerary("day").day_view
    canvas = view.canvas
    qtbot.waitUntil(lambda: len(canvas.blocks) > 0, timeout=10_000)
    image = canvas.grab().toImage()
    text = dark.color(ROLE.Text)
    checked = 0
    for block in canvas.blocks:
        rect = canvas.block_rect(block).toRect()
        if rect.width() < 40 or rect.height() < 20:
            continue
        # The fill, read at the block's bottom right, away from its stripe and its text.
        fill = image.pixelColor(rect.right() - 3, rect.bottom() - 3)
        assert contrast(fill, text) >= TEXT_CONTRAST, block.row.entry.title_en
        assert _ink(image, rect.adjusted(8, 2, -4, -2), fill) >= TEXT_CONTRAST
        checked += 1
    assert checked >= 3
