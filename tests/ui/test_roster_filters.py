"""Roster filters (status, group, with the search), multi-select, status changes and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from delegation_app.errors import NotFound
from delegation_app.storage.database import Database
from delegation_app.storage.models import Participant, ParticipantStatus, Person
from tests.ui.sample_data import Sample
from ui.main_window import MainWindow
from ui.models import NAME

Status = ParticipantStatus


def _names(window: MainWindow) -> list[str]:
    proxy = window.roster_proxy
    return [proxy.index(row, NAME).data() for row in range(proxy.rowCount())]


def _statuses(db: Database, mission_id: int) -> dict[str, ParticipantStatus]:
    with db.reading() as session:
        rows = session.execute(
            select(Person.short, Participant.status)
            .join(Person, Participant.person_id == Person.id)
            .where(Participant.mission_id == mission_id)
        )
        return {short: status for short, status in rows}


def _select(window: MainWindow, *shorts: str) -> None:
    view, proxy = window.roster_view, window.roster_proxy
    model = view.selectionModel()
    model.clearSelection()
    for row in range(proxy.rowCount()):
        if proxy.entry_at(row).short in shorts:
            model.select(
                proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
    assert len(window.selected_entries()) == len(shorts)


def test_status_and_group_filters_list_the_choices_with_counts(window: MainWindow) -> None:
    statuses = [window.status_filter.itemText(i) for i in range(window.status_filter.count())]
    assert statuses == [
        "All statuses",
        "Invited (0)",
        "Registered (1)",
        "Confirmed (5)",
        "Waitlisted (1)",
        "Cancelled (1)",
    ]
    groups = [window.group_filter.itemText(i) for i in range(window.group_filter.count())]
    assert groups == [
        "All groups",
        "Official party (2)",
        "Business leaders (4)",
        "Staff (1)",
        "Press (1)",
    ]


def test_filters_combine_with_the_search(window: MainWindow) -> None:
    window.set_status_filter(Status.CONFIRMED)
    assert len(_names(window)) == 5
    assert window.count_status.text() == "5 of 8 delegates"
    window.set_group_filter("Business leaders")
    assert _names(window) == ["Abadie, Zoé", "Cohen, Sarah"]
    assert window.count_status.text() == "2 of 8 delegates"
    window.roster_search.setText("cohen")
    assert _names(window) == ["Cohen, Sarah"]
    window.set_status_filter(None)
    window.roster_search.clear()
    assert _names(window) == ["Abadie, Zoé", "Cohen, Sarah", "Ngo, Laëtitia", "Zerbib, Marc"]
    window.clear_roster_filters()
    assert window.count_status.text() == "8 of 8 delegates"


def test_group_filter_is_dropped_for_a_mission_without_that_group(window: MainWindow) -> None:
    window.set_group_filter("Press")
    assert _names(window) == ["Étienne, Anne"]
    window.select_mission("toronto-montreal-2019")  # it has no one in Press, but the group
    assert window.group_filter.currentData() == "Press"
    assert _names(window) == []
    window.set_group_filter("Business leaders")
    assert _names(window) == ["Benali, Nadia", "Fabre, Claire"]


def test_setting_the_status_of_several_delegates_then_undo_and_redo(
    window: MainWindow, qtbot: QtBot, db: Database, sample: Sample
) -> None:
    before = _statuses(db, sample.miami_id)
    _select(window, "zabadie", "scohen", "mzerbib")
    menu = window.roster_menu()
    titles = [a.text() for a in menu.actions() if a.menu() is not None]
    assert titles == [
        "Set the &status of 3 delegates",
        "Add 3 delegates to a &group",
        "Remo&ve 3 delegates from a group",
    ]

    window.status_actions[Status.CANCELLED].trigger()
    after = _statuses(db, sample.miami_id)
    assert {s: after[s] for s in ("zabadie", "scohen", "mzerbib")} == dict.fromkeys(
        ("zabadie", "scohen", "mzerbib"), Status.CANCELLED
    )
    assert {s: v for s, v in after.items() if s not in ("zabadie", "scohen", "mzerbib")} == {
        s: v for s, v in before.items() if s not in ("zabadie", "scohen", "mzerbib")
    }
    # The roster shows it, and the three stay selected.
    assert window.status_filter.itemText(5) == "Cancelled (4)"
    assert sorted(e.short for e in window.selected_entries()) == ["mzerbib", "scohen", "zabadie"]
    assert window.undo_action.text() == "&Undo Set 3 delegates to Cancelled"
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()

    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.roster_view.setFocus()
    QTest.keyClick(window.roster_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _statuses(db, sample.miami_id) == before  # Marc Zerbib is registered again
    assert window.redo_action.text() == "&Redo Set 3 delegates to Cancelled"

    QTest.keyClick(
        window.roster_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _statuses(db, sample.miami_id) == after


def test_one_delegate_status_change_names_them(
    window: MainWindow, db: Database, sample: Sample
) -> None:
    window.select_delegate("lngo")
    assert not window.status_actions[Status.WAITLISTED].isEnabled()  # she is waitlisted
    window.status_actions[Status.CONFIRMED].trigger()
    assert _statuses(db, sample.miami_id)["lngo"] == Status.CONFIRMED
    assert window.undo_action.text() == "&Undo Set Laëtitia Ngo to Confirmed"
    edit = [a.text() for a in window.edit_menu.actions()]
    assert edit[:2] == ["&Undo Set Laëtitia Ngo to Confirmed", "&Redo"]


def test_a_refused_status_change_writes_nothing_and_says_why(
    window: MainWindow, db: Database, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:
    from delegation_app.services import roster

    calls: list[int] = []

    def flaky(session: object, participant_id: int, status: ParticipantStatus) -> None:
        calls.append(participant_id)
        if len(calls) == 2:
            raise NotFound(f"no participant with id {participant_id}")
        roster.set_participant_status(session, participant_id, status)  # type: ignore[arg-type]

    warnings: list[str] = []

    def warn(parent: QWidget | None, title: str, text: str, *args: object) -> int:
        warnings.append(text)
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr("ui.commands.set_participant_status", flaky)
    monkeypatch.setattr(QMessageBox, "warning", warn)
    before = _statuses(db, sample.miami_id)
    _select(window, "zabadie", "scohen")
    window.status_actions[Status.WAITLISTED].trigger()
    assert len(calls) == 2
    assert _statuses(db, sample.miami_id) == before  # the first write was rolled back
    assert warnings == [f"no participant with id {calls[1]}"]
    assert window.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()


def test_print_needs_exactly_one_selected_delegate(window: MainWindow) -> None:
    _select(window, "zabadie", "scohen")
    assert not window.print_action.isEnabled()
    _select(window, "scohen")
    assert window.print_action.isEnabled()
    assert QApplication.instance() is not None
