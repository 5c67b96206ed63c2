"""Every table keeps its columns from one session to the next: the widths the user dragged,
the order of the columns and the sort; the columns left alone keep fitting their content, and a
saved state that no longer fits the table is ignored."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from delegation_app.storage.database import Database
from ui import settings as keys
from ui.main_window import MainWindow
from ui.search import SORT_ROLE
from ui.table_layout import SAVE_DELAY_MS
from ui.workshops_page import SPEAKERS

INTERACTIVE = QHeaderView.ResizeMode.Interactive

#: A page's table, reached from the window (which builds and shows its page).
TableOf = Callable[[MainWindow], QTableView]

#: The tables of the pages, each with the key its columns are kept under.
TABLES: dict[str, tuple[str, TableOf]] = {
    "workshops": (keys.WORKSHOPS_TABLE, lambda w: w.show_workshops().view),
    "leads": (keys.LEADS_TABLE, lambda w: w.show_leads().view),
    "meetings": (keys.MEETINGS_TABLE, lambda w: w.show_meetings().view),
    "agreements": (keys.AGREEMENTS_TABLE, lambda w: w.show_agreements().view),
    "itinerary": (keys.ITINERARY_TABLE, lambda w: w.show_itinerary("list").table),
    "print": (keys.PRINT_CHANGES_TABLE, lambda w: w.show_print_page().changes_view),
}


@pytest.fixture
def open_window(qtbot: QtBot, demo_db: Database) -> Iterator[Callable[[], MainWindow]]:
    """A window on the demo database at Miami, shown; each call is a new session."""
    windows: list[MainWindow] = []

    def open_one() -> MainWindow:
        window = MainWindow(demo_db, language="en")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.select_mission("miami-2017")
        windows.append(window)
        return window

    yield open_one
    for window in windows:
        window.runner.shutdown()


def settle() -> None:
    """Let the rows load and the columns fit (both wait for the event loop)."""
    for _ in range(3):
        QApplication.processEvents()


def drag_edge(view: QTableView, column: int, dx: int) -> None:
    """Drag the right edge of ``column``'s heading by ``dx`` pixels, as the user does."""
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    viewport = header.viewport()
    QTest.mousePress(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y)
    )
    for step in range(1, 5):  # a drag moves pixel by pixel
        QTest.mouseMove(viewport, QPoint(x + dx * step // 4, y))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x + dx, y)
    )


def click_heading(view: QTableView, column: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(x, header.height() // 2),
    )


def draggable(view: QTableView) -> list[int]:
    """The columns whose edge the user can drag (a stretched column shares the room left)."""
    header = view.horizontalHeader()
    last = header.logicalIndex(header.count() - 1)
    return [
        c
        for c in range(header.count())
        if header.sectionResizeMode(c) == INTERACTIVE
        and not header.isSectionHidden(c)
        and not (header.stretchLastSection() and c == last)
    ]


def fitted_width(view: QTableView, column: int) -> int:
    """How wide Qt makes a column that fits its content and its heading."""
    header = view.horizontalHeader()
    wanted = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
    return min(max(wanted, header.minimumSectionSize()), header.maximumSectionSize())


def order(view: QTableView) -> list[int]:
    header = view.horizontalHeader()
    return [header.logicalIndex(v) for v in range(header.count())]


def sort_of(view: QTableView) -> tuple[int, Qt.SortOrder]:
    header = view.horizontalHeader()
    return header.sortIndicatorSection(), header.sortIndicatorOrder()


@pytest.mark.parametrize("page", ["workshops", "leads", "meetings"])
def test_a_dragged_width_a_moved_column_and_the_sort_come_back_after_a_restart(
    open_window: Callable[[], MainWindow], page: str
) -> None:
    _key, table_of = TABLES[page]
    first = open_window()
    view = table_of(first)
    settle()
    dragged, left_alone = draggable(view)[:2]
    drag_edge(view, dragged, 60)
    width = view.horizontalHeader().sectionSize(dragged)
    assert (
        width >= fitted_width(view, dragged) + 40
    )  # the drag took (the column is no longer fitted)
    view.horizontalHeader().moveSection(0, view.horizontalHeader().count() - 1)
    click_heading(view, left_alone)
    moved, sorted_by = order(view), sort_of(view)
    assert sorted_by[0] == left_alone
    first.close()

    second = open_window()
    again = table_of(second)
    settle()
    assert again is not view
    assert again.horizontalHeader().sectionSize(dragged) == width
    assert order(again) == moved
    assert sort_of(again) == sorted_by
    # The rows are sorted, not only the arrow shown.
    model = again.model()
    assert model.rowCount() >= 2
    sort_keys = [model.index(r, left_alone).data(SORT_ROLE) for r in range(model.rowCount())]
    descending = sorted_by[1] == Qt.SortOrder.DescendingOrder
    assert sort_keys == sorted(sort_keys, reverse=descending)
    # The column left alone still fits its content.
    assert again.horizontalHeader().sectionSize(left_alone) == fitted_width(again, left_alone)


@pytest.mark.parametrize("page", ["agreements", "itinerary", "print"])
def test_the_other_pages_tables_keep_a_dragged_width_and_their_order(
    open_window: Callable[[], MainWindow], page: str
) -> None:
    _key, table_of = TABLES[page]
    first = open_window()
    view = table_of(first)
    settle()
    dragged = draggable(view)[0]
    before = view.horizontalHeader().sectionSize(dragged)
    drag_edge(view, dragged, 50)
    width = view.horizontalHeader().sectionSize(dragged)
    assert width > before
    view.horizontalHeader().moveSection(0, 1)
    moved = order(view)
    first.close()

    second = open_window()
    again = table_of(second)
    settle()
    # The page's own fitting (the itinerary's, on each reading) leaves the user's width.
    again.window().resize(again.window().width() - 30, again.window().height())
    settle()
    assert again.horizontalHeader().sectionSize(dragged) == width
    assert order(again) == moved


def test_the_checks_panel_keeps_its_columns(open_window: Callable[[], MainWindow]) -> None:
    first = open_window()
    first.checks_panel.show()
    settle()
    view = first.checks_panel.view
    drag_edge(view, 0, 40)
    width = view.horizontalHeader().sectionSize(0)
    first.close()

    second = open_window()
    second.checks_panel.show()
    settle()
    assert second.checks_panel.view.horizontalHeader().sectionSize(0) == width


def test_dragging_writes_the_settings_once_it_stops(
    open_window: Callable[[], MainWindow], qtbot: QtBot, isolated_settings: QSettings
) -> None:
    window = open_window()
    view = window.show_workshops().view
    settle()
    state_key = keys.table_key(keys.WORKSHOPS_TABLE, keys.COLUMNS)
    isolated_settings.remove(state_key)
    drag_edge(view, draggable(view)[0], 30)
    assert isolated_settings.value(state_key) is None  # not at every pixel of the drag
    qtbot.waitUntil(
        lambda: isinstance(isolated_settings.value(state_key), QByteArray),
        timeout=SAVE_DELAY_MS * 5,
    )


def test_double_clicking_an_edge_gives_the_column_back_to_its_content(
    open_window: Callable[[], MainWindow],
) -> None:
    first = open_window()
    view = first.show_workshops().view
    settle()
    column = draggable(view)[0]
    drag_edge(view, column, 70)
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    QTest.mouseDClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(x, header.height() // 2),
    )
    assert header.sectionSize(column) == fitted_width(view, column)
    first.close()

    second = open_window()
    again = second.show_workshops().view
    settle()
    assert again.horizontalHeader().sectionSize(column) == fitted_width(again, column)


def _state_of_another_table(columns: int) -> QByteArray:
    """A header state saved by a table of ``columns`` columns, one of them widened."""
    view = QTableView()
    view.setModel(QStandardItemModel(2, columns, view))
    view.horizontalHeader().resizeSection(0, 333)
    return view.horizontalHeader().saveState()


WORKSHOP_COLUMNS = SPEAKERS + 1
#: Saved states that do not fit the workshops' table, with the column count saved beside.
UNFIT_STATES: dict[str, Callable[[], tuple[QByteArray, int]]] = {
    "older-columns": lambda: (_state_of_another_table(3), 3),
    "corrupted": lambda: (QByteArray(b"\x00\xff not a header state"), WORKSHOP_COLUMNS),
    "empty": lambda: (QByteArray(), WORKSHOP_COLUMNS),
}


@pytest.mark.parametrize("kind", sorted(UNFIT_STATES))
def test_a_saved_state_that_does_not_fit_is_ignored(
    open_window: Callable[[], MainWindow],
    isolated_settings: QSettings,
    kind: str,
) -> None:
    state, count = UNFIT_STATES[kind]()
    table = keys.WORKSHOPS_TABLE
    isolated_settings.setValue(keys.table_key(table, keys.COLUMNS), state)
    isolated_settings.setValue(keys.table_key(table, keys.COLUMN_COUNT), count)
    isolated_settings.setValue(keys.table_key(table, keys.SIZED_COLUMNS), "0,1,2")
    window = open_window()
    view = window.show_workshops().view
    settle()
    assert view.horizontalHeader().count() == WORKSHOP_COLUMNS
    assert order(view) == list(range(WORKSHOP_COLUMNS))
    for column in draggable(view):
        assert view.horizontalHeader().sectionSize(column) == fitted_width(view, column)
    # Closing writes the table's own state in place of the one ignored.
    window.close()
    saved = isolated_settings.value(keys.table_key(table, keys.COLUMNS))
    assert isinstance(saved, QByteArray) and not saved.isEmpty() and saved != state
    assert (
        int(isolated_settings.value(keys.table_key(table, keys.COLUMN_COUNT))) == WORKSHOP_COLUMNS
    )
    assert keys.read_str(isolated_settings, keys.table_key(table, keys.SIZED_COLUMNS)) == ""


def test_the_sort_kept_by_an_earlier_version_is_read_then_folded_into_the_columns(
    open_window: Callable[[], MainWindow], isolated_settings: QSettings
) -> None:
    old_key = keys.table_key(keys.LEADS_TABLE, keys.OLD_SORT)
    first = open_window()
    view = first.show_leads().view
    column = view.model().columnCount() - 1
    first.close()
    # As an earlier version left the settings: the sort alone.
    for part in (keys.COLUMNS, keys.COLUMN_COUNT, keys.SIZED_COLUMNS):
        isolated_settings.remove(keys.table_key(keys.LEADS_TABLE, part))
    isolated_settings.setValue(old_key, f"{column},{Qt.SortOrder.DescendingOrder.value}")

    second = open_window()
    assert sort_of(second.show_leads().view) == (column, Qt.SortOrder.DescendingOrder)
    second.close()
    assert isolated_settings.value(old_key) is None
    assert isinstance(
        isolated_settings.value(keys.table_key(keys.LEADS_TABLE, keys.COLUMNS)), QByteArray
    )

    third = open_window()
    assert sort_of(third.show_leads().view) == (column, Qt.SortOrder.DescendingOrder)


def test_a_leads_detail_table_keeps_a_dragged_width(open_window: Callable[[], MainWindow]) -> None:
    first = open_window()
    page = first.show_leads()
    page.view.selectRow(0)
    settle()
    view = page.history_view
    assert view.isVisible() and view.model().rowCount() > 0
    drag_edge(view, 0, 50)
    width = view.horizontalHeader().sectionSize(0)
    assert width >= fitted_width(view, 0) + 30
    first.close()

    second = open_window()
    again = second.show_leads()
    again.view.selectRow(0)
    settle()
    assert again.history_view.horizontalHeader().sectionSize(0) == width
