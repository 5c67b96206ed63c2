"""The workshops tab on the demo database: the list, the editor with its errors, and every
change undone and redone in the database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from delegation_app.services.itinerary import move_item
from delegation_app.services.missions import resolve_mission_id
from delegation_app.services.people import list_people
from delegation_app.services.workshop_editing import workshop_form
from delegation_app.services.workshops import WorkshopView, list_workshops
from delegation_app.storage.database import Database
from delegation_app.storage.models import WorkshopDetails
from ui.i18n import translations
from ui.main_window import WORKSHOPS_TAB, MainWindow
from ui.workshop_dialog import WorkshopDialog
from ui.workshops_page import SEATS, WorkshopsPage


@pytest.fixture
def demo_window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    win = MainWindow(demo_db, language="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.select_mission("miami-2017")
    yield win
    win.runner.shutdown()


@pytest.fixture
def page(demo_window: MainWindow) -> WorkshopsPage:
    page = demo_window.show_workshops()
    page.report_failure = lambda message: pytest.fail(message)
    return page


def stored(db: Database) -> dict[str, WorkshopView]:
    with db.reading() as session:
        mission_id = resolve_mission_id(session, "miami-2017")
        return {w.title_en: w for w in list_workshops(session, mission_id)}


def open_editor(page: WorkshopsPage, title: str) -> WorkshopDialog:
    [row] = [w for w in page.shown_rows() if w.title_en == title]
    assert page.select(row.item_id)
    dialog = page.edit_current()
    assert dialog is not None
    return dialog


IOT = "Workshop: security in the Internet of Things"


def test_ctrl_6_lists_the_missions_workshops_with_seats_and_speakers(
    demo_window: MainWindow,
) -> None:
    assert demo_window.show_workshops_action.shortcut().toString() == "Ctrl+6"
    demo_window.show_workshops_action.trigger()
    page = demo_window.workshops_page
    assert demo_window.mission_tabs.currentIndex() == WORKSHOPS_TAB
    assert demo_window.mission_tabs.tabText(WORKSHOPS_TAB) == "Workshops"
    titles = [w.title_en for w in page.shown_rows()]
    assert len(titles) == 3 and titles[0] == IOT
    first = page.proxy.index(0, SEATS)
    workshop = page.shown_rows()[0]
    assert page.proxy.data(first) == f"{workshop.registered_count} / {workshop.capacity}"
    page.search.setText("kowalski")
    assert [w.title_en for w in page.shown_rows()] == [IOT]
    assert page.count_label.text() == "1 of 3 workshops"


def test_the_editor_names_the_field_in_error_and_holds_ok_back(page: WorkshopsPage) -> None:
    dialog = open_editor(page, IOT)
    assert dialog.ok_button.isEnabled()
    dialog.capacity_edit.setText("sixty")
    assert not dialog.ok_button.isEnabled()
    assert dialog.error_labels["capacity"].text() == "Not a number of seats: type digits, e.g. 60"
    registered = stored(page._db)[IOT].registered_count
    dialog.capacity_edit.setText("3")  # fewer seats than delegates: the service says so
    assert not dialog.ok_button.isEnabled()
    assert f"fewer than the {registered} delegates registered" in (
        dialog.error_labels["capacity"].text()
    )
    dialog.capacity_edit.setText("60")
    dialog.start_edit.setText("6/11")
    assert dialog.error_labels["start"].text() == "Add a time, e.g. 14h30 or 14:30"
    assert not dialog.error_labels["capacity"].isVisible()
    dialog.start_edit.setText("6/11 14h30")
    dialog.title_fr_edit.clear()
    assert dialog.error_labels["title_fr"].text() == "Required: the title delegates will read"
    assert not dialog.ok_button.isEnabled()
    dialog.reject()


def test_an_edit_is_one_undoable_step_restoring_the_rows(
    demo_window: MainWindow, page: WorkshopsPage, demo_db: Database
) -> None:
    with demo_db.reading() as session:
        before = workshop_form(session, stored(demo_db)[IOT].item_id)
    dialog = open_editor(page, IOT)
    dialog.room_edit.setText("Salle Key Biscayne")
    dialog.capacity_edit.setText("70")
    dialog.end_edit.setText("2h")  # a length: until 16:30
    dialog.speakers_view.setCurrentIndex(dialog.speakers_model.index(0, 0))
    dialog.remove_speaker()
    first_out = next(
        row
        for row in range(dialog.registered_model.rowCount())
        if dialog.registered_model.item(row).checkState() == Qt.CheckState.Checked
    )
    leaving = dialog.registered_model.item(first_out).data(Qt.ItemDataRole.UserRole + 1)
    dialog.set_registered(leaving, False)
    assert dialog.ok_button.isEnabled(), dialog.general_error.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    after = stored(demo_db)[IOT]
    assert (after.room, after.capacity, f"{after.end_local:%H:%M}") == (
        "Salle Key Biscayne",
        70,
        "16:30",
    )
    assert [s.name for s in after.speakers] == ["Łukasz Kowalski", "Andrew Pham"]
    assert leaving not in after.registered_ids
    assert page.current_workshop() is not None and page.current_workshop().room == after.room
    demo_window.undo_stack.undo()
    with demo_db.reading() as session:
        assert workshop_form(session, after.item_id) == before
    demo_window.undo_stack.redo()
    assert stored(demo_db)[IOT].room == "Salle Key Biscayne"


def test_a_new_workshop_is_added_then_undone_and_redone_under_the_same_id(
    demo_window: MainWindow, page: WorkshopsPage, demo_db: Database
) -> None:
    dialog = page.new_workshop()
    assert dialog is not None and not dialog.ok_button.isEnabled()
    dialog.title_fr_edit.setText("Atelier : le tourisme de croisière")
    dialog.title_en_edit.setText("Workshop: cruise tourism")
    dialog.start_edit.setText("8/11 10h")
    dialog.end_edit.setText("11h30")
    dialog.room_edit.setText("Salle Biscayne C")
    dialog.capacity_edit.setText("40")
    dialog.speaker_combo.setEditText("Pham")
    assert dialog.add_speaker()
    dialog.registered_search.setText("provence promotion")  # a delegate found by organisation
    shown = [
        dialog.registered_proxy.index(row, 0) for row in range(dialog.registered_proxy.rowCount())
    ]
    assert shown and all(index.data().endswith("– Provence Promotion") for index in shown)
    dialog.registered_proxy.setData(
        shown[0], Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    first = shown[0].data(Qt.ItemDataRole.UserRole + 1)
    assert dialog.registered_ids() == (first,)
    assert dialog.seats_label.text() == "1 registered for 40 seats"
    assert dialog.ok_button.isEnabled(), dialog.general_error.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    made = stored(demo_db)["Workshop: cruise tourism"]
    assert (made.room, made.capacity, made.registered_ids) == ("Salle Biscayne C", 40, (first,))
    assert [s.name for s in made.speakers] == ["Andrew Pham"]
    assert f"{made.start_local:%Y-%m-%d %H:%M}" == "2017-11-08 10:00"
    assert [w.title_en for w in page.shown_rows()][-1] == "Workshop: cruise tourism"
    demo_window.undo_stack.undo()
    assert "Workshop: cruise tourism" not in stored(demo_db)
    assert len(page.shown_rows()) == 3
    demo_window.undo_stack.redo()
    again = stored(demo_db)["Workshop: cruise tourism"]
    assert again == made


def test_delete_takes_the_workshop_away_and_undo_brings_it_back(
    qtbot: QtBot, demo_window: MainWindow, page: WorkshopsPage, demo_db: Database
) -> None:
    before = stored(demo_db)[IOT]
    assert page.select(before.item_id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert IOT not in stored(demo_db)
    assert [w.title_en for w in page.shown_rows()] == [t for t in stored(demo_db) if t != IOT]
    demo_window.undo_stack.undo()
    assert stored(demo_db)[IOT] == before


def test_keys_and_the_context_menu_open_the_editor(qtbot: QtBot, page: WorkshopsPage) -> None:
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.dialog is not None and page.dialog.item_id is None
    assert page.dialog.windowTitle() == "New workshop"
    page.dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)
    page.window().activateWindow()  # the editor had the keyboard
    qtbot.waitUntil(page.window().isActiveWindow)
    [first] = [w for w in page.shown_rows() if w.title_en == IOT]
    assert page.select(first.item_id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.dialog is not None and page.dialog.item_id == first.item_id
    assert page.dialog.title_en_edit.text() == IOT
    page.dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)
    rect = page.view.visualRect(page.proxy.index(0, 1))
    page.view.customContextMenuRequested.emit(rect.center())
    texts = [a.text() for a in page.context_menu.actions() if not a.isSeparator()]
    assert texts == ["&New workshop…", "&Edit workshop…", "&Delete workshop"]
    page.context_menu.close()


def test_a_room_over_capacity_is_marked_in_the_list(page: WorkshopsPage, demo_db: Database) -> None:
    # The services refuse registrations beyond the capacity; an imported programme or a
    # capacity lowered by the venue's figures can still leave a room over it.
    workshop = stored(demo_db)[IOT]
    with demo_db.transaction() as session:
        details = session.get(WorkshopDetails, workshop.item_id)
        assert details is not None
        details.capacity = workshop.registered_count - 2
    page.reload()
    row = next(i for i, w in enumerate(page.shown_rows()) if w.title_en == IOT)
    index = page.proxy.index(row, SEATS)
    assert page.proxy.data(index) == (
        f"⚠ {workshop.registered_count} / {workshop.registered_count - 2}"
    )
    assert page.proxy.data(index, Qt.ItemDataRole.ToolTipRole) == (
        f"Over capacity: {workshop.registered_count} delegates registered for "
        f"{workshop.registered_count - 2} seats"
    )
    other = next(i for i, w in enumerate(page.shown_rows()) if w.title_en != IOT)
    assert not page.proxy.data(page.proxy.index(other, SEATS)).startswith("⚠")


def test_a_speaker_from_outside_is_typed_by_name_and_recorded_once(
    demo_window: MainWindow, page: WorkshopsPage, demo_db: Database
) -> None:
    dialog = open_editor(page, IOT)
    dialog.speaker_combo.setEditText("Maria")
    assert not dialog.add_speaker()
    assert "given and a family name" in dialog.error_labels["speakers"].text()
    dialog.speaker_combo.setEditText("Maria Lopez, PortMiami")
    dialog.topic_edit.setText("Cyber-sécurité portuaire")
    assert dialog.add_speaker()
    assert dialog.speakers_model.item(3).text() == (
        "Maria Lopez (new, from outside) – Cyber-sécurité portuaire"
    )
    assert dialog.ok_button.isEnabled(), dialog.general_error.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    def lopez() -> list[str]:
        with demo_db.reading() as session:
            return [p.organisation or "" for p in list_people(session) if p.name == "Maria Lopez"]

    speakers = [(s.name, s.organisation) for s in stored(demo_db)[IOT].speakers]
    assert speakers[-1] == ("Maria Lopez", "PortMiami")
    demo_window.undo_stack.undo()
    assert "Maria Lopez" not in [s.name for s in stored(demo_db)[IOT].speakers]
    demo_window.undo_stack.redo()
    assert [s.name for s in stored(demo_db)[IOT].speakers][-1] == "Maria Lopez"
    assert lopez() == ["PortMiami"]  # redone with the same person, not a second one


def test_the_tab_shows_a_workshop_moved_from_another_tab(
    demo_window: MainWindow, page: WorkshopsPage, demo_db: Database
) -> None:
    workshop = stored(demo_db)[IOT]
    demo_window.show_roster()
    with demo_db.transaction() as session:
        move_item(session, workshop.item_id, timedelta(minutes=30))
    demo_window.show_workshops()
    [shown] = [w for w in page.shown_rows() if w.item_id == workshop.item_id]
    assert shown.start_local == workshop.start_local + timedelta(minutes=30)


def test_the_workshops_tab_and_its_editor_speak_french(qtbot: QtBot, demo_db: Database) -> None:
    assert translations.install("fr")
    window = MainWindow(demo_db, language="fr")
    qtbot.addWidget(window)
    window.select_mission("miami-2017")
    page = window.show_workshops()
    assert window.mission_tabs.tabText(WORKSHOPS_TAB) == "Ateliers"
    assert page.count_label.text() == "3 ateliers"
    assert page.proxy.headerData(SEATS, Qt.Orientation.Horizontal) == "Inscrits"
    titles = [page.proxy.index(row, 1).data() for row in range(page.proxy.rowCount())]
    assert "Atelier : la sécurité dans l'Internet des objets" in titles
    dialog = open_editor(page, IOT)
    registered = len(dialog.registered_ids())
    dialog.capacity_edit.setText("3")
    assert dialog.error_labels["capacity"].text() == (
        f"3 places, c'est moins que les {registered} délégués inscrits"
    )
    dialog.reject()
    window.runner.shutdown()
