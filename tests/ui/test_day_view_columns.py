"""The day view's columns on the demo missions: one per stop (Toronto then Montreal, Marseille
beside Miami on arrival day, each on its own clock) or one per group (everyone spanning them,
two groups in both, exceptions respected); drag, keys, selection and the remembered choice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from delegation_app.services.day_layout import DayColumns
from delegation_app.services.itinerary import item_detail, update_item
from delegation_app.services.roster import list_groups, list_roster
from delegation_app.storage.database import Database
from delegation_app.storage.models import ItineraryItem
from ui.day_view import HOUR_HEIGHT, Block, DayView
from ui.itinerary_page import DAY_COLUMNS_KEY, DAY_VIEW, ItineraryPage
from ui.main_window import MainWindow

OUTBOUND = "Outbound flight Marseille – Miami"
LUNCH = "French-American business lunch"
SIGNING = "Signing of the sister agreement between the Metropolitan Area and Miami-Dade County"
TRAIN = "Train Toronto – Montreal (VIA Rail)"
RECEPTION = "Welcome reception for the delegation"


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    win = MainWindow(demo_db, language="en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    assert win.select_mission("miami-2017")
    yield win
    win.itinerary_page.flush_dialog()
    win.runner.shutdown()


@pytest.fixture
def page(window: MainWindow) -> ItineraryPage:
    return window.show_itinerary(DAY_VIEW)


def _item_id(db: Database, title_en: str) -> int:
    with db.reading() as session:
        found = session.scalar(select(ItineraryItem.id).where(ItineraryItem.title_en == title_en))
    assert found is not None
    return found


def _blocks(view: DayView, title_en: str) -> list[Block]:
    return [b for b in view.canvas.blocks if b.row.entry.title_en == title_en]


def _headings(view: DayView) -> list[tuple[str, str]]:
    return [(h.title, h.clock) for h in view.header.headings]


def _group_names(db: Database, mission_id: int) -> list[str]:
    with db.reading() as session:
        return [g.name for g in list_groups(session, mission_id)]


def _drag(view: DayView, block: Block, pixels: int) -> None:
    canvas = view.canvas
    start = canvas.block_rect(block).center().toPoint()
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        QTest.mouseMove(canvas, start + QPoint(0, step * pixels // 4))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(0, pixels))


# --- by stop ---------------------------------------------------------------------------------


def test_by_stop_the_toronto_to_montreal_day_has_a_column_per_stop_with_its_clock(
    qtbot: QtBot, window: MainWindow, page: ItineraryPage
) -> None:
    assert window.select_mission("toronto-montreal-2019")
    qtbot.waitUntil(lambda: not page.reading, timeout=10_000)  # read in a worker
    view = page.day_view
    view.set_columns(DayColumns.BY_STOP)
    assert view.set_day(date(2019, 7, 10))
    assert _headings(view) == [("Toronto", "EDT · UTC−4"), ("Montréal", "EDT · UTC−4")]
    # The train is where it leaves and where it arrives, at the same height (same clock).
    train = _blocks(view, TRAIN)
    assert [b.column for b in train] == [0, 1]
    rects = [view.canvas.block_rect(b) for b in train]
    assert rects[0].top() == rects[1].top() and rects[0].right() < rects[1].left()
    festival = _blocks(view, "Startupfest (9th edition), day 1")
    assert [b.column for b in festival] == [1]
    # One clock for both: no second column of hours.
    assert view.canvas.rail_rect(1) is None
    assert view.zone_label.full_text() == "Times in Montréal (EDT, UTC−4)"
    view.set_day(date(2019, 7, 11))
    assert [title for title, _clock in _headings(view)] == ["Montréal"]


def test_by_stop_the_miami_arrival_day_puts_marseille_on_paris_time_beside_miami(
    page: ItineraryPage,
) -> None:
    view = page.day_view
    view.set_columns(DayColumns.BY_STOP)
    view.set_day(date(2017, 11, 5))
    assert _headings(view) == [
        ("Marseille", "CET · UTC+1"),
        ("Miami", "EDT → EST · UTC−4 → UTC−5"),
    ]
    canvas = view.canvas
    assert canvas.rail_rect(1) is not None  # Miami's hours written beside its column
    flight = _blocks(view, OUTBOUND)
    assert [b.column for b in flight] == [0, 1]
    assert canvas.block_rect(flight[0]).top() == canvas.block_rect(flight[1]).top()
    # Everything else happens in Miami.
    assert {b.column for b in canvas.blocks if b.row.entry.title_en != OUTBOUND} == {1}
    text = view.zone_label.full_text()
    assert text.startswith("Each column on its own clock")
    assert text == "Each column on its own clock · clocks go back in Miami"


def test_dragging_the_flight_in_either_column_moves_it_by_the_time_dragged(
    window: MainWindow, page: ItineraryPage, demo_db: Database
) -> None:
    view = page.day_view
    view.set_columns(DayColumns.BY_STOP)
    view.set_day(date(2017, 11, 5))
    item_id = _item_id(demo_db, OUTBOUND)

    def stored() -> tuple[datetime, datetime]:
        with demo_db.reading() as session:
            detail = item_detail(session, item_id)
        return detail.start_local, detail.end_local

    # In the Marseille column (Paris hours): one hour down is an hour later.
    _drag(view, _blocks(view, OUTBOUND)[0], HOUR_HEIGHT)
    assert stored() == (datetime(2017, 11, 5, 11, 25), datetime(2017, 11, 5, 18, 40))
    window.undo_action.trigger()
    assert stored() == (datetime(2017, 11, 5, 10, 25), datetime(2017, 11, 5, 17, 40))
    # In the Miami column (Miami hours, on the day the clocks went back): half an hour up.
    miami = [b for b in _blocks(view, OUTBOUND) if b.column == 1]
    _drag(view, miami[0], -HOUR_HEIGHT // 2)
    assert stored() == (datetime(2017, 11, 5, 9, 55), datetime(2017, 11, 5, 17, 10))
    window.undo_action.trigger()
    assert stored()[0] == datetime(2017, 11, 5, 10, 25)


def test_a_double_click_in_the_marseille_column_starts_a_new_item_on_paris_time(
    page: ItineraryPage,
) -> None:
    view = page.day_view
    view.set_columns(DayColumns.BY_STOP)
    view.set_day(date(2017, 11, 5))
    canvas = view.canvas
    layout = canvas.day_layout
    assert layout is not None
    asked: list[tuple[datetime, str]] = []
    canvas.create_requested.connect(lambda local, zone: asked.append((local, zone)))
    # Before the flight leaves: 08:20 in Paris is 07:20 UTC.
    moment = datetime(2017, 11, 5, 7, 20, tzinfo=UTC)
    y = canvas.y_of((moment - layout.start).total_seconds() / 60)
    x = canvas.column_rect(0).left() + 4
    QTest.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))
    assert asked == [(datetime(2017, 11, 5, 8, 15), "Europe/Paris")]
    # The same height in the Miami column is 02:20 in Miami (EST by then).
    asked.clear()
    empty_x = canvas.column_rect(1).right() - 4
    QTest.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(empty_x), int(y)))
    assert asked == [(datetime(2017, 11, 5, 2, 15), "America/New_York")]


# --- by group --------------------------------------------------------------------------------


def test_by_group_a_miami_day_has_a_column_per_group_then_named_delegates(
    window: MainWindow, page: ItineraryPage, demo_db: Database
) -> None:
    view = page.day_view
    view.columns_buttons[DayColumns.BY_GROUP].click()
    assert view.columns == DayColumns.BY_GROUP
    view.set_day(date(2017, 11, 6))
    mission = window.current_mission
    assert mission is not None
    groups = _group_names(demo_db, mission.id)
    assert len(groups) == 5
    assert [title for title, _clock in _headings(view)] == [*groups, "Named delegates"]
    assert view.zone_label.full_text() == "Times in Miami (EST, UTC−5)"


def test_by_group_an_everyone_item_is_one_block_across_every_group(page: ItineraryPage) -> None:
    view = page.day_view
    view.set_columns(DayColumns.BY_GROUP)
    view.set_day(date(2017, 11, 6))
    canvas = view.canvas
    (lunch,) = _blocks(view, LUNCH)
    rect = canvas.block_rect(lunch)
    groups = len(canvas.columns) - 1
    for column in range(groups):
        assert rect.contains(canvas.column_rect(column).center().x(), rect.center().y())
    named = canvas.column_rect(groups)
    assert rect.right() < named.left()


def test_by_group_the_signing_for_two_groups_appears_in_both(
    page: ItineraryPage, demo_db: Database
) -> None:
    view = page.day_view
    view.set_columns(DayColumns.BY_GROUP)
    page.select(_item_id(demo_db, SIGNING))
    assert view.day == date(2017, 11, 6)
    titles = [h.title for h in view.header.headings]
    signing = _blocks(view, SIGNING)
    assert [titles[b.column] for b in signing] == ["Délégation officielle", "Presse"]
    assert all(b.column == b.last_column for b in signing)
    row = page.current_row()
    assert row is not None and row.entry.title_en == SIGNING


def test_by_group_an_everyone_item_skips_a_group_whose_every_member_is_excepted(
    window: MainWindow, page: ItineraryPage, demo_db: Database
) -> None:
    mission = window.current_mission
    assert mission is not None
    lunch_id = _item_id(demo_db, LUNCH)
    with demo_db.transaction() as session:
        press = [e.participant_id for e in list_roster(session, mission.id) if "Presse" in e.groups]
        assert press
        update_item(session, lunch_id, excluded_participant_ids=tuple(press))
    page.reload()
    view = page.day_view
    view.set_columns(DayColumns.BY_GROUP)
    view.set_day(date(2017, 11, 6))
    titles = [h.title for h in view.header.headings]
    covered = [titles[c] for b in _blocks(view, LUNCH) for c in range(b.column, b.last_column + 1)]
    assert "Presse" not in covered
    assert sorted(covered) == sorted(t for t in titles[:-1] if t != "Presse")


def test_keys_visit_each_item_once_when_it_shows_in_two_columns(page: ItineraryPage) -> None:
    view = page.day_view
    view.set_columns(DayColumns.BY_GROUP)
    view.set_day(date(2017, 11, 6))
    canvas = view.canvas
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Home)
    seen = []
    for _ in range(len(canvas.blocks) + 2):
        row = page.current_row()
        assert row is not None
        seen.append(row.key)
        QTest.keyClick(canvas, Qt.Key.Key_Down)
    visited = list(dict.fromkeys(seen))
    assert visited == list(dict.fromkeys(b.row.key for b in canvas.blocks))
    assert len(visited) < len(canvas.blocks)  # the signing is drawn twice, visited once


def test_alt_down_in_group_mode_moves_the_item_and_undo_restores_it(
    window: MainWindow, page: ItineraryPage, demo_db: Database
) -> None:
    view = page.day_view
    view.set_columns(DayColumns.BY_GROUP)
    item_id = _item_id(demo_db, SIGNING)
    page.select(item_id)
    view.canvas.setFocus()
    QTest.keyClick(view.canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    with demo_db.reading() as session:
        assert item_detail(session, item_id).start_local == datetime(2017, 11, 6, 10, 15)
    # Both of its blocks moved down together, and it stays selected.
    assert {b.top for b in _blocks(view, SIGNING)} == {(10 * 60 + 15)}
    row = page.current_row()
    assert row is not None and row.item_id == item_id
    window.undo_action.trigger()
    with demo_db.reading() as session:
        assert item_detail(session, item_id).start_local == datetime(2017, 11, 6, 10, 0)


def test_the_25_hour_day_keeps_its_real_hours_in_both_modes(page: ItineraryPage) -> None:
    view = page.day_view
    for columns in DayColumns:
        view.set_columns(columns)
        view.set_day(date(2017, 11, 5))
        layout = view.canvas.day_layout
        assert layout is not None and layout.hours == 25
        (reception,) = _blocks(view, RECEPTION)
        # 20:30 EST is 21 h 30 of real time after midnight EDT.
        midnight = datetime(2017, 11, 5, 4, 0, tzinfo=UTC)
        assert layout.start + timedelta(minutes=reception.top) == datetime(
            2017, 11, 6, 1, 30, tzinfo=UTC
        )
        assert layout.start == midnight


def test_one_delegates_agenda_by_group_shows_only_what_they_attend(
    window: MainWindow, page: ItineraryPage, demo_db: Database
) -> None:
    mission = window.current_mission
    assert mission is not None
    with demo_db.reading() as session:
        roster = list_roster(session, mission.id)
    reporter = next(e for e in roster if "Presse" in e.groups)
    view = page.day_view
    view.set_columns(DayColumns.BY_GROUP)
    page.show_agenda_of(reporter.participant_id)
    view.set_day(date(2017, 11, 6))
    shown = {b.row.entry.title_en for b in view.canvas.blocks}
    assert SIGNING in shown
    assert "Daily staff briefing" not in shown


def test_the_columns_chosen_are_remembered(
    qtbot: QtBot, window: MainWindow, page: ItineraryPage, demo_db: Database
) -> None:
    settings: QSettings = page._settings
    page.day_view.columns_buttons[DayColumns.BY_GROUP].click()
    assert settings.value(DAY_COLUMNS_KEY) == "group"
    again = ItineraryPage(demo_db, QUndoStack(), settings=settings)
    qtbot.addWidget(again)
    assert again.day_view.columns == DayColumns.BY_GROUP
    assert again.day_view.columns_actions[DayColumns.BY_GROUP].isChecked()
    page.day_view.columns_buttons[DayColumns.BY_STOP].click()
    assert settings.value(DAY_COLUMNS_KEY) == "stop"


def test_switching_columns_keeps_the_day_and_the_selection(
    page: ItineraryPage, demo_db: Database
) -> None:
    item_id = _item_id(demo_db, SIGNING)
    page.select(item_id)
    view = page.day_view
    for columns in (DayColumns.BY_GROUP, DayColumns.BY_STOP, DayColumns.BY_GROUP):
        view.set_columns(columns)
        assert view.day == date(2017, 11, 6)
        row = page.current_row()
        assert row is not None and row.item_id == item_id


def test_a_conflict_link_shows_its_item_in_the_group_columns(
    window: MainWindow, page: ItineraryPage, demo_db: Database
) -> None:
    page.day_view.set_columns(DayColumns.BY_GROUP)
    page.day_view.set_day(date(2017, 11, 9))
    assert window.show_item(_item_id(demo_db, SIGNING))
    assert page.day_view.day == date(2017, 11, 6)
    row = page.current_row()
    assert row is not None and row.entry.title_en == SIGNING


def test_a_double_click_on_the_second_block_of_an_item_opens_its_editor(
    page: ItineraryPage,
) -> None:
    from ui.item_dialog import ItemDialog

    view = page.day_view
    view.set_columns(DayColumns.BY_GROUP)
    view.set_day(date(2017, 11, 6))
    second = _blocks(view, SIGNING)[1]  # in the press's column
    where = view.canvas.block_rect(second).center().toPoint()
    QTest.mouseDClick(view.canvas, Qt.MouseButton.LeftButton, pos=where)
    assert isinstance(page.dialog, ItemDialog)
    assert page.dialog.title_en_edit.text() == SIGNING


def test_a_right_click_on_a_block_selects_its_item_for_the_menu(page: ItineraryPage) -> None:
    view = page.day_view
    view.set_columns(DayColumns.BY_GROUP)
    view.set_day(date(2017, 11, 6))
    (lunch,) = _blocks(view, LUNCH)
    # Far in the lunch's block, in the last group's column.
    rect = view.canvas.block_rect(lunch)
    where = QPoint(int(rect.right()) - 8, int(rect.center().y()))
    shown: list[list[str]] = []

    def close_menu() -> None:
        menu = QApplication.activePopupWidget()
        if menu is not None:
            shown.append([a.text() for a in menu.actions() if not a.isSeparator()])
            menu.close()

    QTimer.singleShot(50, close_menu)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, view.canvas.mapToGlobal(where))
    QApplication.sendEvent(view.canvas, event)
    assert shown and shown[0][0] == "&Edit item…"
    row = page.current_row()
    assert row is not None and row.entry.title_en == LUNCH
    assert page.edit_action.isEnabled()


def test_the_itinerary_menu_chooses_the_columns_and_shows_the_day(
    window: MainWindow, demo_db: Database
) -> None:
    page = window.show_itinerary("list")
    menu = window.day_columns_menu
    assert menu.title() == "Day &columns"
    by_group = next(a for a in menu.actions() if a.text() == "By group")
    by_group.trigger()
    assert page.view == DAY_VIEW
    assert page.day_view.columns == DayColumns.BY_GROUP
