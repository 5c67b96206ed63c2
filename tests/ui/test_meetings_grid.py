"""The grid of B2B slots on the Toronto demo (one session on Tuesday 9 July, 09:00-12:20,
20-minute slots, 3 tables at MaRS): cells, drag to move through the core, refusals, undo,
and the request form."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from delegation_app.services.meetings import MeetingView, get_meeting, list_meetings
from delegation_app.services.missions import resolve_mission_id
from delegation_app.storage.database import Database
from delegation_app.storage.models import MeetingStatus
from ui.main_window import MainWindow
from ui.meeting_dialogs import RequestDialog, StatusDialog
from ui.meetings_grid import BY_DELEGATE, BY_TABLE, PREMISES_ROW, meeting_mime, meeting_of_mime
from ui.meetings_page import MeetingsPage
from ui.search import fold

from .test_meetings_page import schedule


@pytest.fixture
def demo_window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    win = MainWindow(demo_db, language="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.select_mission("toronto-montreal-2019")
    yield win
    win.runner.shutdown()


@pytest.fixture
def page(demo_window: MainWindow) -> MeetingsPage:
    return demo_window.show_meetings()


def stored(db: Database, meeting_id: int) -> MeetingView:
    with db.reading() as session:
        return get_meeting(session, meeting_id)


def request_of(page: MeetingsPage, name: str) -> MeetingView:
    [found] = [m for m in page.model.rows if m.delegates == (name,)]
    return found


def cell(page: MeetingsPage, row_label: str, time: str) -> QModelIndex:
    model = page.grid.model
    rows = [r for r in range(model.rowCount()) if model.row_label(r) == row_label]
    columns = [
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == time
    ]
    assert rows and columns, (row_label, time)
    return model.index(rows[0], columns[0])


def text_at(page: MeetingsPage, row_label: str, time: str) -> object:
    return page.grid.model.data(cell(page, row_label, time))


def drop(page: MeetingsPage, meeting_id: int, row_label: str, time: str) -> bool:
    return page.grid.model.dropMimeData(
        meeting_mime(meeting_id),
        Qt.DropAction.MoveAction,
        -1,
        -1,
        cell(page, row_label, time),
    )


def test_the_grid_shows_the_demos_meetings_in_their_cells(page: MeetingsPage) -> None:
    model = page.grid.model
    assert page.grid.mode == BY_DELEGATE
    assert page.grid.day_combo.currentText() == "Tuesday 9 July"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert " ".join(str(h) for h in headers) == (
        "09:00 09:20 09:40 10:00 10:20 10:40 11:00 11:20 11:40 12:00"
    )
    # Held 09:00-09:45 with the Ontario Blue Economy Network: over three slots.
    for time in ("09:00", "09:20", "09:40"):
        assert text_at(page, "Thierry Blanchard", time) == "Ontario Blue Economy Network"
        assert text_at(page, "Julien Crémieux", time) == "Ontario Blue Economy Network"
    assert text_at(page, "Thierry Blanchard", "10:00") == "Harbourfront Creative Lab"
    assert text_at(page, "Mourad Amara", "11:00") == "Great Lakes BlueTech"
    assert text_at(page, "Julien Crémieux", "10:00") is None
    # Karim Fabre has only a request yet.
    assert [text_at(page, "Karim Fabre", str(h)) for h in headers] == [None] * 10
    # The afternoon's meetings of that day lie outside the session.
    assert "4 more this day outside the slots" in page.grid.outside_label.text()

    page.grid.set_mode(BY_TABLE)
    labels = [model.row_label(r) for r in range(model.rowCount())]
    assert labels == ["Table 1", "Table 2", "Table 3", "Elsewhere (premises)"]
    assert model.row_keys[-1] == PREMISES_ROW
    assert text_at(page, "Table 1", "09:40") == "Ontario Blue Economy Network"
    assert text_at(page, "Table 1", "10:20") == "Harbourfront Creative Lab"
    assert text_at(page, "Table 2", "09:00") is None


def test_dropping_a_request_on_a_slot_schedules_it_and_undo_takes_it_back(
    qtbot: QtBot, demo_window: MainWindow, page: MeetingsPage, demo_db: Database
) -> None:
    request = request_of(page, "Karim Fabre")
    assert drop(page, request.id, "Karim Fabre", "10:20")
    moved = stored(demo_db, request.id)
    assert moved.start_local == datetime(2019, 7, 9, 10, 20)
    assert moved.status is MeetingStatus.PROPOSED
    assert text_at(page, "Karim Fabre", "10:20") == "Lakeshore Games Inc."
    row = next(m for m in page.model.rows if m.id == request.id)
    assert row.start_local == datetime(2019, 7, 9, 10, 20)  # the list follows
    assert (
        demo_window.undo_stack.undoText() == "Move the meeting with Lakeshore Games Inc. to 10:20"
    )
    demo_window.undo_stack.undo()
    back = stored(demo_db, request.id)
    assert back.item_id is None and back.status is MeetingStatus.REQUESTED
    assert text_at(page, "Karim Fabre", "10:20") is None


def test_dragging_a_meeting_to_another_slot_moves_it_and_undo_restores_the_slot(
    demo_window: MainWindow, page: MeetingsPage, demo_db: Database
) -> None:
    request = request_of(page, "Karim Fabre")
    drop(page, request.id, "Karim Fabre", "10:20")
    source = cell(page, "Karim Fabre", "10:20")
    data = page.grid.model.mimeData([source])
    assert page.grid.model.dropMimeData(
        data, Qt.DropAction.MoveAction, -1, -1, cell(page, "Karim Fabre", "11:40")
    )
    assert stored(demo_db, request.id).start_local == datetime(2019, 7, 9, 11, 40)
    assert text_at(page, "Karim Fabre", "10:20") is None
    assert text_at(page, "Karim Fabre", "11:40") == "Lakeshore Games Inc."
    demo_window.undo_stack.undo()
    assert stored(demo_db, request.id).start_local == datetime(2019, 7, 9, 10, 20)
    assert text_at(page, "Karim Fabre", "10:20") == "Lakeshore Games Inc."


def test_a_drop_onto_a_busy_delegate_is_refused_and_nothing_changes(
    qtbot: QtBot, demo_window: MainWindow, page: MeetingsPage, demo_db: Database
) -> None:
    # Julien Crémieux is in the held meeting with the Ontario Blue Economy Network until 09:45.
    request = request_of(page, "Julien Crémieux")
    steps = demo_window.undo_stack.count()
    with qtbot.waitSignal(page.status_message) as message:
        drop(page, request.id, "Julien Crémieux", "09:20")
    assert message.args == [
        "Not moved: Julien Crémieux is already busy at 09:00 (Ontario Blue Economy Network)."
    ]
    assert demo_window.statusBar().currentMessage() == message.args[0]
    after = stored(demo_db, request.id)
    assert after.item_id is None and after.status is MeetingStatus.REQUESTED
    assert demo_window.undo_stack.count() == steps
    assert text_at(page, "Julien Crémieux", "09:20") == "Ontario Blue Economy Network"


def test_a_drop_on_someone_elses_row_or_of_a_locked_meeting_is_refused(
    qtbot: QtBot, demo_window: MainWindow, page: MeetingsPage, demo_db: Database
) -> None:
    request = request_of(page, "Karim Fabre")
    with qtbot.waitSignal(page.status_message) as message:
        drop(page, request.id, "Mourad Amara", "10:20")
    assert "Mourad Amara is not in the meeting with Lakeshore Games Inc." in message.args[0]
    assert stored(demo_db, request.id).item_id is None
    drop(page, request.id, "Karim Fabre", "10:20")
    page.select(request.id)
    page.toggle_lock()
    assert stored(demo_db, request.id).locked
    lock = page.grid.model.data(cell(page, "Karim Fabre", "10:20"), Qt.ItemDataRole.DecorationRole)
    assert isinstance(lock, QIcon) and not lock.isNull()
    with qtbot.waitSignal(page.status_message) as message:
        drop(page, request.id, "Karim Fabre", "11:00")
    assert message.args == [
        "The meeting with Lakeshore Games Inc. is locked at its time: unlock it first (Ctrl+L)."
    ]
    assert stored(demo_db, request.id).start_local == datetime(2019, 7, 9, 10, 20)


def test_a_request_created_with_the_form_is_placed_by_schedule_all(
    qtbot: QtBot, demo_window: MainWindow, page: MeetingsPage, demo_db: Database
) -> None:
    seen: list[QDialog] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, RequestDialog)
        seen.append(dialog)
        assert not dialog.ok_button.isEnabled()
        assert set(dialog.errors) == {"organisation", "delegates"}
        assert dialog.error_labels["delegates"].text() == "Delegates: tick at least one delegate"
        index = dialog.organisation_combo.findText(
            "Queen West Media Studio", Qt.MatchFlag.MatchStartsWith
        )
        dialog.organisation_combo.setCurrentIndex(index)
        karim = request_of(page, "Karim Fabre").delegate_ids
        dialog.set_delegates(karim)
        dialog.languages_edit.setText("fr, e1")
        assert "“e1” is not a language code" in dialog.error_labels["languages"].text()
        assert not dialog.ok_button.isEnabled()
        dialog.languages_edit.setText("fr, en")
        dialog.purpose_edit.setPlainText("Studio de production")
        dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData(1))
        assert dialog.ok_button.isEnabled()
        return True

    page.fill_form = fill
    before = {m.id for m in page.model.rows}
    page.new_button.click()
    assert seen
    [new] = [m for m in page.model.rows if m.id not in before]
    assert (new.organisation, new.delegates, new.priority, new.languages) == (
        "Queen West Media Studio",
        ("Karim Fabre",),
        1,
        ("fr", "en"),
    )
    assert new.status is MeetingStatus.REQUESTED and new.purpose == "Studio de production"
    schedule(qtbot, page, accept=True)
    placed = stored(demo_db, new.id)
    assert placed.start_local is not None and placed.status is MeetingStatus.PROPOSED
    assert page.grid.model.cell_of(new.id)
    time = f"{placed.start_local:%H:%M}"
    assert text_at(page, "Karim Fabre", time) == "Queen West Media Studio"


def test_editing_a_request_through_the_form_is_undoable(
    demo_window: MainWindow, page: MeetingsPage, demo_db: Database
) -> None:
    request = request_of(page, "Karim Fabre")
    page.select(request.id)

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, RequestDialog)
        assert dialog.organisation_combo.currentText().startswith("Lakeshore Games Inc.")
        dialog.interpreter_check.setChecked(True)
        return True

    page.fill_form = fill
    page.edit_request()
    assert stored(demo_db, request.id).interpreter_needed
    assert demo_window.undo_stack.undoText() == "Edit the request with Lakeshore Games Inc."
    demo_window.undo_stack.undo()
    assert not stored(demo_db, request.id).interpreter_needed


def test_recording_a_status_checks_the_time_and_is_undoable(
    demo_window: MainWindow, page: MeetingsPage, demo_db: Database
) -> None:
    request = request_of(page, "Karim Fabre")
    page.select(request.id)
    checked: list[str] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, StatusDialog)
        dialog.set_status(MeetingStatus.HELD)
        checked.append(dialog.status_error.text())
        ok = dialog.ok_button.isEnabled()
        dialog.set_status(MeetingStatus.CANCELLED)
        dialog.outcome_edit.setPlainText("The company cancelled its trip")
        return dialog.ok_button.isEnabled() and not ok

    page.fill_form = fill
    page.record_status()
    assert checked[0].startswith("Status: give the meeting a time first")
    after = stored(demo_db, request.id)
    assert (after.status, after.outcome) == (
        MeetingStatus.CANCELLED,
        "The company cancelled its trip",
    )
    demo_window.undo_stack.undo()
    back = stored(demo_db, request.id)
    assert (back.status, back.outcome) == (MeetingStatus.REQUESTED, None)


def test_the_context_menu_deletes_a_request_and_undo_brings_it_back(
    demo_window: MainWindow, page: MeetingsPage, demo_db: Database
) -> None:
    request = request_of(page, "Karim Fabre")
    page.select(request.id)
    menu = page.context_menu(request)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == [
        "New request…",
        "Edit the request…",
        "Lock",
        "Set the status",
        "Delete the request",
    ]
    [statuses] = [a.menu() for a in menu.actions() if a.text() == "Set the status"]
    assert statuses is not None
    assert [a.text() for a in statuses.actions() if a.isCheckable() and a.isChecked()] == [
        "Requested"
    ]
    [delete] = [a for a in menu.actions() if a.text() == "Delete the request"]
    delete.trigger()
    with demo_db.reading() as session:
        mission_id = resolve_mission_id(session, "toronto-montreal-2019")
        assert request.id not in {m.id for m in list_meetings(session, mission_id)}
    demo_window.undo_stack.undo()
    assert stored(demo_db, request.id).delegates == ("Karim Fabre",)


def test_the_list_shows_a_lock_icon_not_an_emoji(page: MeetingsPage, demo_db: Database) -> None:
    request = request_of(page, "Karim Fabre")
    drop(page, request.id, "Karim Fabre", "10:20")
    page.select(request.id)
    page.toggle_lock()
    row = next(i for i, m in enumerate(page.model.rows) if m.id == request.id)
    index = page.model.index(row, 0)
    assert "🔒" not in str(page.model.data(index))
    lock = page.model.data(index, Qt.ItemDataRole.DecorationRole)
    assert isinstance(lock, QIcon) and not lock.isNull()
    assert fold("Locked") in fold(str(page.model.data(index, Qt.ItemDataRole.ToolTipRole)))


def test_a_request_dragged_from_the_list_lands_through_the_views_drop_handler(
    qtbot: QtBot, page: MeetingsPage, demo_db: Database
) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    request = request_of(page, "Karim Fabre")
    page.select(request.id)
    data = page.proxy.mimeData([page.view.currentIndex()])
    assert meeting_of_mime(data) == request.id
    target = cell(page, "Karim Fabre", "11:20")
    view = page.grid.view
    view.scrollTo(target)
    where = QPointF(view.visualRect(target).center())
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(
        view.viewport(), QDragEnterEvent(where.toPoint(), actions, data, buttons, keys)
    )
    QApplication.sendEvent(
        view.viewport(), QDragMoveEvent(where.toPoint(), actions, data, buttons, keys)
    )
    drop_event = QDropEvent(where, actions, data, buttons, keys)
    QApplication.sendEvent(view.viewport(), drop_event)
    assert drop_event.isAccepted()
    assert stored(demo_db, request.id).start_local == datetime(2019, 7, 9, 11, 20)
    assert text_at(page, "Karim Fabre", "11:20") == "Lakeshore Games Inc."


def test_the_days_of_the_sessions_can_be_switched(page: MeetingsPage, demo_db: Database) -> None:
    from delegation_app.services.meeting_plan import create_b2b_session

    with demo_db.transaction() as session:
        create_b2b_session(
            session,
            mission_id=resolve_mission_id(session, "toronto-montreal-2019"),
            start_local=datetime(2019, 7, 11, 13, 0),
            end_local=datetime(2019, 7, 11, 15, 0),
            zone="America/Toronto",
            slot_minutes=30,
            tables=2,
        )
    page.reload()
    combo = page.grid.day_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Tuesday 9 July",
        "Thursday 11 July",
    ]
    assert combo.isEnabled()
    page.grid.set_day(combo.itemData(1))
    model = page.grid.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["13:00", "13:30", "14:00", "14:30"]
    # Held at Startupfest from 14:00 to 14:45 with Océan Données Montréal.
    assert text_at(page, "Rachid Mercier", "14:00") == "Océan Données Montréal"
    assert text_at(page, "Rachid Mercier", "14:30") == "Océan Données Montréal"
    assert text_at(page, "Rachid Mercier", "13:30") is None
    # Choosing a meeting of the other day in the list brings the grid to its day.
    page.grid.set_day(combo.itemData(0))
    [held] = [m for m in page.model.rows if m.organisation == "Océan Données Montréal"]
    page.select(held.id)
    assert page.grid.day == combo.itemData(1)
    assert page.grid.model.meeting_at(page.grid.view.currentIndex()) == held
    page.reload()  # as after every change: the grid stays on its day
    assert page.grid.day == combo.itemData(1)
