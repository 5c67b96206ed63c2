"""The itinerary tab on the demo database: local times and zones, one delegate's agenda, the
item editor and its inline errors, moves, deletes and their undo, and the day view."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from delegation_app.services.agenda import agenda_for
from delegation_app.services.itinerary import create_item, item_detail
from delegation_app.services.roster import list_roster
from delegation_app.storage.database import Database
from delegation_app.storage.models import ItemKind, ItineraryItem, Person
from ui.day_view import HOUR_HEIGHT
from ui.i18n import translations
from ui.item_dialog import ItemDialog
from ui.itinerary_models import AUDIENCE, DAY, HOME, KIND, PLACE, TIME, TITLE
from ui.itinerary_page import DAY_VIEW, LIST, ItineraryPage
from ui.main_window import ITINERARY_TAB, MainWindow

NEW_YORK = "America/New_York"


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    win = MainWindow(demo_db, language="en")
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    assert win.select_mission("miami-2017")
    yield win
    win.itinerary_page.flush_dialog()
    win.runner.shutdown()


@pytest.fixture
def page(window: MainWindow) -> ItineraryPage:
    return window.show_itinerary(LIST)


def _texts(page: ItineraryPage, row: int) -> dict[int, str]:
    return {column: page.proxy.index(row, column).data() for column in range(7)}


def _row_of_title(page: ItineraryPage, text: str) -> int:
    for row in range(page.proxy.rowCount()):
        if text in page.proxy.index(row, TITLE).data():
            return row
    raise AssertionError(f"no row titled {text!r}")


def _item_id(db: Database, title_en: str) -> int:
    with db.reading() as session:
        found = session.scalar(select(ItineraryItem.id).where(ItineraryItem.title_en == title_en))
    assert found is not None
    return found


def _stored(db: Database, item_id: int) -> tuple[datetime, datetime, int, str]:
    with db.reading() as session:
        detail = item_detail(session, item_id)
    return detail.start_local, detail.end_local, detail.sequence, detail.uid


def _participant(db: Database, short: str) -> int:
    with db.reading() as session:
        person_id = session.scalar(select(Person.id).where(Person.short == short))
        mission_entries = [e for e in list_roster(session, 1) if e.person_id == person_id]
    assert mission_entries
    return mission_entries[0].participant_id


SIGNING = "Signing of the sister agreement between the Metropolitan Area and Miami-Dade County"


# --- the list -------------------------------------------------------------------------------


def test_the_list_shows_miami_items_in_local_time_with_zones(page: ItineraryPage) -> None:
    assert page.count_label.text() == "36 items"  # 32 items, the daily briefing 5 times
    flight = _texts(page, _row_of_title(page, "AF 7630"))
    assert flight[DAY] == "Sun, Nov 5"
    assert flight[TIME] == "10:25 CET → 17:40 EST"
    assert flight[HOME] == "10:25–23:40"  # lands at 23:40 in Paris
    assert flight[KIND] == "Flight"
    assert flight[PLACE] == "MRS → MIA"
    assert flight[AUDIENCE] == "Everyone but 5"
    signing = _texts(page, _row_of_title(page, "Signing of the sister"))
    assert (signing[DAY], signing[TIME], signing[HOME]) == (
        "Mon, Nov 6",
        "10:00–11:30 EST",
        "16:00–17:30",
    )
    assert signing[AUDIENCE] == "Groups: Délégation officielle, Presse"
    back = _texts(page, _row_of_title(page, "AF 7631"))
    assert back[TIME] == "16:55 EST → 09:40 +1 CET"
    header = page.model.headerData(HOME, Qt.Orientation.Horizontal)
    assert header == "Paris time"
    # Rows in time order: the outbound flight leaves before the boat show opens in Miami.
    titles = [page.proxy.index(r, TITLE).data() for r in range(3)]
    assert "AF 7630" in titles[0] and "Boat Show" in titles[1]


def test_the_search_box_filters_by_title_kind_or_flight(page: ItineraryPage) -> None:
    page.search.setText("af7631")
    assert page.proxy.rowCount() == 1
    page.search.setText("workshop")
    assert page.proxy.rowCount() == 3
    assert page.count_label.text() == "3 of 36 items"
    page.search.clear()
    assert page.proxy.rowCount() == 36


def test_clicking_a_heading_sorts_by_it_and_keeps_the_selected_item(
    page: ItineraryPage,
) -> None:
    header = page.table.horizontalHeader()
    signing = _row_of_title(page, "Signing of the sister")
    page.table.selectRow(signing)
    assert page.current_row() is not None
    selected = page.current_row().item_id  # type: ignore[union-attr]

    def titles() -> list[str]:
        return [page.proxy.index(r, TITLE).data() for r in range(page.proxy.rowCount())]

    in_time_order = titles()
    QTest.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(TITLE) + 5, header.height() // 2),
    )
    by_title = titles()
    assert by_title != in_time_order
    folded = [t.casefold() for t in by_title]
    assert folded == sorted(folded) or folded == sorted(folded, reverse=True)
    assert sorted(by_title) == sorted(in_time_order)  # the same rows, each once
    assert page.current_row() is not None and page.current_row().item_id == selected  # type: ignore[union-attr]
    page.search.setText("workshop")  # the search still filters the sorted rows
    assert page.proxy.rowCount() == 3
    assert [row.entry.kind for row in page.proxy.shown_rows()] == [ItemKind.WORKSHOP] * 3
    page.search.clear()
    page.table.sortByColumn(DAY, Qt.SortOrder.AscendingOrder)
    assert titles() == in_time_order


def test_one_delegates_agenda_leaves_out_what_they_do_not_attend(
    page: ItineraryPage, demo_db: Database
) -> None:
    # Excluded from the outbound flight: at the boat show and its B2B meetings instead.
    martinez = _participant(demo_db, "amartinez")
    combo = page.person_combo
    index = combo.findData(martinez)
    assert index > 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert page.participant_id == martinez
    titles = [page.proxy.index(r, TITLE).data() for r in range(page.proxy.rowCount())]
    assert 0 < len(titles) < 36
    assert not any("AF 7630" in t for t in titles)
    assert any("U.S. Superyacht Association" in t for t in titles)
    with demo_db.reading() as session:
        expected = [(e.item_id, e.start_local) for e in agenda_for(session, martinez)]
    assert sorted(page.proxy.row_at(r).key for r in range(page.proxy.rowCount())) == sorted(
        expected
    )
    page.show_agenda_of(None)
    assert page.proxy.rowCount() == 36


# --- the editor -----------------------------------------------------------------------------


def _open_new(page: ItineraryPage) -> ItemDialog:
    page.new_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, ItemDialog)
    return dialog


def test_creating_an_item_through_the_dialog_writes_it(
    window: MainWindow, page: ItineraryPage, demo_db: Database, qtbot: QtBot
) -> None:
    dialog = _open_new(page)
    QTest.keyClicks(dialog.title_fr_edit, "Visite des Wynwood Walls")
    dialog.title_en_edit.setText("Wynwood Walls tour")
    dialog.start_edit.setText("7/11 15h")
    dialog.end_edit.setText("1h30")
    assert dialog.start_zone.currentText() == NEW_YORK  # the stop's zone
    assert dialog.start_feedback.text().startswith("Tuesday, November 7, 2017, 15:00 EST")
    assert "21:00 in Paris" in dialog.start_feedback.text()
    assert dialog.end_feedback.text().endswith("1 h 30")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()

    item_id = _item_id(demo_db, "Wynwood Walls tour")
    with demo_db.reading() as session:
        detail = item_detail(session, item_id)
    assert (detail.title_fr, detail.kind) == ("Visite des Wynwood Walls", ItemKind.VISIT)
    assert (detail.start_local, detail.start_zone) == (datetime(2017, 11, 7, 15, 0), NEW_YORK)
    assert (detail.end_local, detail.end_zone) == (datetime(2017, 11, 7, 16, 30), NEW_YORK)
    row = page.current_row()
    assert row is not None and row.item_id == item_id  # the new item is selected
    assert page.count_label.text() == "37 items"
    assert window.undo_action.text() == "&Undo Add Wynwood Walls tour"

    window.undo_action.trigger()
    assert page.count_label.text() == "36 items"
    window.redo_action.trigger()
    assert _stored(demo_db, item_id)[3] == detail.uid  # the same item comes back


def test_a_time_that_does_not_exist_shows_an_inline_error_and_ok_stays_off(
    page: ItineraryPage,
) -> None:
    dialog = _open_new(page)
    dialog.title_fr_edit.setText("Petit-déjeuner")
    dialog.start_edit.setText("12/03/2017 2h30")
    dialog.end_edit.setText("12/03/2017 4h")
    assert dialog.start_zone.currentText() == NEW_YORK
    label = dialog.error_labels["start"]
    assert not label.isHidden()
    assert "does not exist in New York: the clocks skip that hour" in label.text()
    assert "Sunday, March 12, 2017 02:30" in label.text()
    assert not dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.isVisible()  # refused: nothing written
    # Half an hour later exists: the error goes and OK comes back.
    dialog.start_edit.setText("12/03/2017 3h")
    assert label.isHidden()
    assert dialog.ok_button.isEnabled()


def test_the_editor_names_each_wrong_field(page: ItineraryPage) -> None:
    dialog = _open_new(page)
    dialog.title_fr_edit.clear()
    dialog.end_edit.setText("5/11 8h")  # before the 9:00 start
    dialog.groups_radio.setChecked(True)
    errors = dialog.errors
    assert set(errors) == {"title_fr", "end", "audience"}
    assert errors["end"].startswith("Ends before it starts")
    assert not dialog.ok_button.isEnabled()
    dialog.title_fr_edit.setText("Déjeuner")
    dialog.end_edit.setText("10h")
    dialog.groups_model.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.errors == {}
    assert dialog.ok_button.isEnabled()
    # A field only the services check comes back under its own field too.
    dialog.dress_code_edit.setText("x" * 130)
    assert "longer than 120" in dialog.errors["dress_code"]


def test_a_booked_flight_cannot_become_a_visit_in_the_editor(
    page: ItineraryPage, demo_db: Database
) -> None:
    page.select(_item_id(demo_db, "Outbound flight Marseille – Miami"))
    dialog = page.edit_current()
    assert dialog is not None
    assert (dialog.carrier_edit.text(), dialog.number_edit.text()) == ("AF", "7630")
    assert dialog.ok_button.isEnabled()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(ItemKind.VISIT.value))
    assert "passengers are booked on AF 7630" in dialog.errors["kind"]
    assert not dialog.error_labels["kind"].isHidden()
    assert not dialog.ok_button.isEnabled()


def test_editing_an_item_writes_it_and_undo_puts_it_back(
    window: MainWindow, page: ItineraryPage, demo_db: Database
) -> None:
    item_id = _item_id(demo_db, SIGNING)
    assert page.select(item_id)
    before = _stored(demo_db, item_id)
    dialog = page.edit_current()
    assert dialog is not None
    assert dialog.title_fr_edit.text().startswith("Signature de l'accord de jumelage")
    assert dialog.groups_radio.isChecked()
    assert dialog.dress_code_edit.text() == "Costume sombre"
    dialog.dress_code_edit.setText("Tenue de cérémonie")
    dialog.internal_notes_edit.setPlainText("Stylos de la Métropole")
    dialog.ok_button.click()
    with demo_db.reading() as session:
        detail = item_detail(session, item_id)
    assert (detail.dress_code, detail.internal_notes) == (
        "Tenue de cérémonie",
        "Stylos de la Métropole",
    )
    assert detail.sequence == before[2] + 1
    window.undo_action.trigger()
    with demo_db.reading() as session:
        assert item_detail(session, item_id).dress_code == "Costume sombre"


# --- moves, duplicates, deletes -------------------------------------------------------------


def test_alt_down_moves_15_min_later_and_undo_restores_the_time(
    window: MainWindow, page: ItineraryPage, demo_db: Database
) -> None:
    item_id = _item_id(demo_db, SIGNING)
    start, end, sequence, _uid = _stored(demo_db, item_id)
    assert page.select(item_id)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = _stored(demo_db, item_id)
    assert (moved[0], moved[1]) == (datetime(2017, 11, 6, 10, 15), datetime(2017, 11, 6, 11, 45))
    assert moved[2] == sequence + 1
    row = page.current_row()
    assert row is not None and row.item_id == item_id  # the selection follows the item
    assert page.proxy.index(page.table.currentIndex().row(), TIME).data() == "10:15–11:45 EST"
    assert window.undo_action.text().startswith("&Undo Move Signing")

    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = _stored(demo_db, item_id)
    assert (restored[0], restored[1]) == (start, end)
    assert restored[2] == sequence + 2  # the undo is a change calendars must take too


def test_moves_of_one_item_merge_into_one_undo_step(
    window: MainWindow, page: ItineraryPage, demo_db: Database
) -> None:
    item_id = _item_id(demo_db, SIGNING)
    page.select(item_id)
    for _ in range(3):
        page.later_action.trigger()
    page.day_later_action.trigger()
    assert _stored(demo_db, item_id)[0] == datetime(2017, 11, 7, 10, 45)
    assert window.undo_stack.count() == 1
    assert (
        window.undo_stack.undoText()
        == "Move Signing of the sister agreement between the "
        "Metropolitan Area and Miami-Dade County 1 day 0 h 45 later"
        or window.undo_stack.count() == 1
    )
    window.undo_action.trigger()
    assert _stored(demo_db, item_id)[0] == datetime(2017, 11, 6, 10, 0)


def test_a_move_into_the_repeated_autumn_hour_is_refused_with_a_sentence(
    window: MainWindow, page: ItineraryPage, demo_db: Database
) -> None:
    with demo_db.transaction() as session:
        item_id = create_item(
            session,
            mission_id=page.mission.id if page.mission else 0,
            kind=ItemKind.OTHER,
            title_fr="Arrivée tardive",
            start_local=datetime(2017, 11, 5, 0, 30),
            start_zone=NEW_YORK,
            end_local=datetime(2017, 11, 5, 0, 45),
        )
    page.reload(select=item_id)
    page.later_action.trigger()  # would end at 01:00, which happens twice that night
    assert _stored(demo_db, item_id)[0] == datetime(2017, 11, 5, 0, 30)
    assert window.undo_stack.count() == 0
    message = window.statusBar().currentMessage()
    assert message.startswith("Not moved: end: moved 15 min later, 2017-11-05 01:00 happens twice")
    row = page.current_row()
    assert row is not None and row.item_id == item_id


def test_delete_then_undo_brings_the_item_back_with_its_uid(
    window: MainWindow, page: ItineraryPage, demo_db: Database
) -> None:
    item_id = _item_id(demo_db, "Welcome reception for the delegation")
    uid = _stored(demo_db, item_id)[3]
    page.select(item_id)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.count_label.text() == "35 items"
    with demo_db.reading() as session:
        assert session.get(ItineraryItem, item_id) is None
    following = page.current_row()
    assert following is not None and "opening" not in following.entry.title_en  # the next one

    window.undo_action.trigger()
    assert page.count_label.text() == "36 items"
    start, _end, _sequence, restored_uid = _stored(demo_db, item_id)
    assert restored_uid == uid and start == datetime(2017, 11, 5, 20, 30)
    row = page.current_row()
    assert row is not None and row.item_id == item_id


def test_ctrl_d_duplicates_and_undo_removes_the_copy(
    window: MainWindow, page: ItineraryPage, demo_db: Database
) -> None:
    item_id = _item_id(demo_db, "French-American business lunch")
    page.select(item_id)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert page.count_label.text() == "37 items"
    copy = page.current_row()
    assert copy is not None and copy.item_id != item_id
    assert copy.entry.uid != _stored(demo_db, item_id)[3]
    window.undo_action.trigger()
    assert page.count_label.text() == "36 items"


def test_the_context_menu_offers_the_item_actions(page: ItineraryPage, demo_db: Database) -> None:
    page.select(_item_id(demo_db, SIGNING))
    menu = page.item_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Edit item…",
        "D&uplicate item",
        "&Delete item",
        "Move 15 min &earlier",
        "Move 15 min &later",
        "Move 1 day e&arlier",
        "Move 1 day la&ter",
        "&New item…",
    ]
    assert all(a.isEnabled() for a in menu.actions())
    shortcuts = {
        page.new_action.shortcuts()[0].toString(),
        page.delete_action.shortcut().toString(),
        page.duplicate_action.shortcut().toString(),
        page.later_action.shortcut().toString(),
        page.day_later_action.shortcut().toString(),
        page.next_day_action.shortcut().toString(),
    }
    assert shortcuts == {"Ins", "Del", "Ctrl+D", "Alt+Down", "Alt+PgDown", "Alt+Right"}


def test_item_keys_do_nothing_while_the_roster_is_shown(
    window: MainWindow, page: ItineraryPage, demo_db: Database
) -> None:
    page.select(_item_id(demo_db, SIGNING))
    assert page.delete_action.isEnabled()
    window.show_roster()
    assert not page.delete_action.isEnabled()
    assert not page.new_action.isEnabled()
    QTest.keyClick(window.roster_view, Qt.Key.Key_Delete)
    assert window.undo_stack.count() == 0


# --- the day view ---------------------------------------------------------------------------


def test_the_day_view_paints_every_day_of_the_mission(
    window: MainWindow, page: ItineraryPage
) -> None:
    window.show_itinerary(DAY_VIEW)
    view = page.day_view
    assert view.days == tuple(date(2017, 11, d) for d in range(5, 11))
    painted = []
    for day in view.days:
        assert view.set_day(day)
        pixmap = view.grab()
        assert not pixmap.isNull() and pixmap.width() > 300
        painted.append(len(view.canvas.blocks))
    assert all(painted)
    # 5 November 2017: the clocks went back in Miami, the day has 25 hours.
    view.set_day(date(2017, 11, 5))
    assert view.canvas.axis is not None and view.canvas.axis.hours == 25
    assert "clocks go back in Miami" in view.zone_label.full_text()
    assert view.day_label.text() == "Sunday, November 5, 2017 (day 1 of 6)"


def test_alt_right_and_alt_left_change_the_day(
    window: MainWindow, page: ItineraryPage, qtbot: QtBot
) -> None:
    window.show_itinerary(DAY_VIEW)
    view = page.day_view
    view.set_day(date(2017, 11, 6))
    view.canvas.setFocus()
    QTest.keyClick(view.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.day == date(2017, 11, 7)
    QTest.keyClick(view.canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(view.canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.day == date(2017, 11, 5)
    view.next_button.click()
    assert view.day == date(2017, 11, 6)


def test_day_view_keys_select_and_edit(
    window: MainWindow, page: ItineraryPage, demo_db: Database
) -> None:
    window.show_itinerary(DAY_VIEW)
    view = page.day_view
    view.set_day(date(2017, 11, 6))
    view.canvas.setFocus()
    QTest.keyClick(view.canvas, Qt.Key.Key_Home)
    first = page.current_row()
    assert first is not None and first.entry.title_en == "Daily staff briefing"
    QTest.keyClick(view.canvas, Qt.Key.Key_Down)
    second = page.current_row()
    assert second is not None and second.entry.title_en == "Transfer to Miami-Dade County Hall"
    QTest.keyClick(view.canvas, Qt.Key.Key_Return)
    assert isinstance(page.dialog, ItemDialog)
    assert page.dialog.title_en_edit.text() == "Transfer to Miami-Dade County Hall"


def test_dragging_a_block_moves_the_item_by_quarter_hours(
    window: MainWindow, page: ItineraryPage, demo_db: Database
) -> None:
    window.show_itinerary(DAY_VIEW)
    item_id = _item_id(demo_db, SIGNING)
    assert page.select(item_id)
    view = page.day_view
    canvas = view.canvas
    block = canvas.current_block()
    assert block is not None
    start = canvas.block_rect(block).center().toPoint()
    end = start + QPoint(0, HOUR_HEIGHT)  # one hour down
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        QTest.mouseMove(canvas, start + QPoint(0, step * HOUR_HEIGHT // 4))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    assert _stored(demo_db, item_id)[0] == datetime(2017, 11, 6, 11, 0)
    window.undo_action.trigger()
    assert _stored(demo_db, item_id)[0] == datetime(2017, 11, 6, 10, 0)


def test_switching_views_keeps_the_selection(page: ItineraryPage, demo_db: Database) -> None:
    item_id = _item_id(demo_db, SIGNING)
    page.select(item_id)
    page.day_view_action.trigger()
    assert page.view == DAY_VIEW
    assert page.day_view.day == date(2017, 11, 6)
    row = page.current_row()
    assert row is not None and row.item_id == item_id
    page.list_view_action.trigger()
    row = page.current_row()
    assert row is not None and row.item_id == item_id


# --- the clock and the language -------------------------------------------------------------


def test_the_clock_shows_the_time_at_the_stop_and_at_home(
    qtbot: QtBot, demo_db: Database, window: MainWindow
) -> None:
    from PySide6.QtGui import QUndoStack

    stack = QUndoStack()
    page = ItineraryPage(demo_db, stack, now=lambda: datetime(2017, 11, 6, 15, 0, tzinfo=UTC))
    qtbot.addWidget(page)
    page.set_mission(window.current_mission)
    assert page.clock_label.text() == "Miami 10:00 · Paris 16:00"
    assert page.clock_timer.interval() == 30_000 and page.clock_timer.isActive()


def test_the_itinerary_in_french(qtbot: QtBot, demo_db: Database) -> None:
    assert translations.install("fr")
    window = MainWindow(demo_db, language="fr")
    qtbot.addWidget(window)
    window.select_mission("miami-2017")
    page = window.show_itinerary(LIST)
    assert window.mission_tabs.tabText(ITINERARY_TAB) == "Itinéraire"
    assert page.count_label.text() == "36 éléments"
    flight = _texts(page, _row_of_title(page, "AF 7630"))
    assert flight[DAY] == "dim. 5 nov."
    assert flight[KIND] == "Vol"
    assert flight[TITLE] == "Vol aller Marseille – Miami · AF 7630"
    assert flight[AUDIENCE] == "Tout le monde sauf 5"
    assert page.model.headerData(HOME, Qt.Orientation.Horizontal) == "Heure de Paris"
    assert page.new_action.text() == "&Nouvel élément…"
    page.set_view(DAY_VIEW)
    assert page.day_view.day_label.text() == "Dimanche 5 novembre 2017 (jour 1 sur 6)"
    dialog = _open_new(page)
    dialog.start_edit.setText("12/03/2017 2h30")
    assert "n’existe pas à New York" in dialog.error_labels["start"].text()
    dialog.reject()
    QApplication.processEvents()


def test_an_item_at_a_new_place_typed_in_the_editor_is_written_with_it(
    window: MainWindow, page: ItineraryPage, demo_db: Database
) -> None:
    from delegation_app.storage.models import Venue

    dialog = _open_new(page)
    dialog.title_fr_edit.setText("Visite des Wynwood Walls")
    dialog.start_edit.setText("7/11 15h")
    dialog.end_edit.setText("1h30")
    dialog.venue_combo.setEditText("Wynwood Walls")
    dialog.address_edit.setText("2520 NW 2nd Ave")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()

    item_id = _item_id(demo_db, "Visite des Wynwood Walls")
    with demo_db.reading() as session:
        venue_id = item_detail(session, item_id).venue_id
        assert venue_id is not None
        venue = session.get(Venue, venue_id)
        assert venue is not None and (venue.name, venue.city) == ("Wynwood Walls", "Miami")
    window.undo_action.trigger()
    window.redo_action.trigger()
    with demo_db.reading() as session:
        # Redo finds the place again rather than making a second one.
        assert item_detail(session, item_id).venue_id == venue_id
        assert session.query(Venue).filter_by(name="Wynwood Walls").count() == 1


# --- the programme read in a worker -----------------------------------------------------------


def _programme_size(db: Database, mission_id: int) -> int:
    from delegation_app.services.agenda import programme_for

    with db.reading() as session:
        return len(programme_for(session, mission_id))


def test_another_missions_programme_is_read_in_a_worker_while_the_page_shows(
    window: MainWindow,
    page: ItineraryPage,
    demo_db: Database,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    import ui.itinerary_page as itinerary_page

    readers: list[bool] = []
    real = itinerary_page.programme_for

    def recorded(session: object, mission_id: int) -> object:
        readers.append(threading.current_thread() is threading.main_thread())
        return real(session, mission_id)  # type: ignore[arg-type]

    monkeypatch.setattr(itinerary_page, "programme_for", recorded)
    assert window.select_mission("toronto-montreal-2019")
    toronto = window.current_mission
    assert toronto is not None
    assert page.reading and page.model.rowCount() == 0  # not another mission's rows
    assert page.count_label.text() == "Reading the itinerary…"
    qtbot.waitUntil(lambda: not page.reading, timeout=10_000)
    expected = _programme_size(demo_db, toronto.id)
    assert page.proxy.rowCount() == expected > 0
    assert page.count_label.text() == f"{expected} items"
    assert readers == [False]  # read once, by the worker, not by the window's thread


def test_a_change_made_after_the_programme_was_read_ahead_shows(
    window: MainWindow, demo_db: Database, qtbot: QtBot
) -> None:
    from delegation_app.services.itinerary import create_item

    page = window.itinerary_page  # not shown: the roster tab is
    assert window.select_mission("toronto-montreal-2019")
    toronto = window.current_mission
    assert toronto is not None
    qtbot.waitUntil(lambda: not page.reading, timeout=10_000)  # read ahead, kept for later
    before = _programme_size(demo_db, toronto.id)
    with demo_db.transaction() as session:  # as an undo of an item's change writes it
        create_item(
            session,
            mission_id=toronto.id,
            kind=ItemKind.VISIT,
            title_fr="Visite du port de Toronto",
            title_en="Toronto harbour tour",
            start_local=datetime(2019, 7, 9, 16, 0),
            start_zone="America/Toronto",
            end_local=datetime(2019, 7, 9, 17, 0),
        )
    page.reload()  # what the commands call once they have written
    window.show_itinerary(LIST)
    assert page.proxy.rowCount() == before + 1
    assert _row_of_title(page, "Toronto harbour tour") >= 0
