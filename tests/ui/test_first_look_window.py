"""The window shows the first look (missions and roster read with sqlite3 alone) before the
database is open, read-only, then takes over the open database without losing the user's place."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint
from pytestqt.qtbot import QtBot

from delegation_app.services.first_look import FirstLook, first_look
from delegation_app.services.missions import list_missions
from delegation_app.services.roster import list_groups, list_roster
from delegation_app.storage.database import Database, open_database
from ui import settings as keys
from ui.app import parse_arguments, start
from ui.main_window import MainWindow


def _opened(db: Database, select: str) -> tuple[list, tuple]:  # type: ignore[type-arg]
    """What the opening thread hands the window: the missions, and ``select``'s roster."""
    with db.reading() as session:
        missions = list_missions(session)
        chosen = next(m for m in missions if m.short == select)
        first = (chosen, list_roster(session, chosen.id), list_groups(session, chosen.id))
    return missions, first


@pytest.fixture
def look(demo_db_path: Path) -> FirstLook:
    seen = first_look(demo_db_path, "miami-2017")
    assert seen is not None and seen.first is not None
    return seen


@pytest.fixture
def frame(qtbot: QtBot) -> Iterator[MainWindow]:
    """The window as it first shows: the frame, no database yet."""
    window = MainWindow(language="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.attached:
        window.runner.shutdown()


def test_the_program_shows_the_roster_before_the_database_is_open(
    demo_db_path: Path, qapp: object
) -> None:
    """Driven as ``delegation-app --db`` does: the roster fills while the window is not yet
    attached, then the window attaches with the same rows."""
    args = parse_arguments(["--db", str(demo_db_path), "--lang", "en"])
    filled_before_attached: list[bool] = []
    with ExitStack() as stack:
        startup = start(args, stack, language="en", settings=keys.app_settings())
        window = startup.window
        stack.callback(window.close)
        original = window.show_first_look

        def spy(*a: object, **k: object) -> None:
            original(*a, **k)  # type: ignore[arg-type]
            filled_before_attached.append(window.roster_model.rowCount() > 0)
            filled_before_attached.append(window.attached)

        window.show_first_look = spy  # type: ignore[method-assign]
        assert startup.run() == 0
        assert filled_before_attached == [True, False]
        assert window.attached
        assert window.current_mission is not None
        assert window.roster_model.rowCount() == window.current_mission.participant_count
        assert window.import_action.isEnabled()


def test_nothing_changes_or_prints_during_the_first_look(
    frame: MainWindow, look: FirstLook, qtbot: QtBot
) -> None:
    assert look.first is not None
    frame.show_first_look(look.missions, look.first)
    assert frame.roster_model.rowCount() == len(look.first[1]) > 0
    assert frame.missions_model.rowCount() == len(look.missions)
    frame.select_row(0)
    for action in (
        frame.import_action,
        frame.edit_delegate_action,
        frame.print_action,
        frame.print_all_action,
        frame.refresh_action,
    ):
        assert not action.isEnabled(), action.text()
    assert not frame.status_menu.isEnabled()
    assert frame.edit_delegate() is None  # Enter, double-click: nothing opens yet
    assert frame.delegate_dialog is None
    frame._show_roster_menu(QPoint(5, 5))  # a right-click: no menu waits on a database


def test_attaching_to_what_the_first_look_read_keeps_the_selection(
    frame: MainWindow, look: FirstLook, demo_db: Database
) -> None:
    assert look.first is not None
    frame.show_first_look(look.missions, look.first)
    frame.select_row(3)
    chosen = frame.current_entry()
    assert chosen is not None
    resets: list[int] = []
    frame.roster_model.modelReset.connect(lambda: resets.append(1))
    missions, first = _opened(demo_db, "miami-2017")
    frame.attach(demo_db, missions, first, build_pages=False)
    assert resets == []  # the same rows: not read into the view again
    assert frame.current_entry() == chosen
    assert frame.edit_delegate_action.isEnabled() and frame.import_action.isEnabled()


def test_what_changed_since_the_first_look_shows_once_attached(
    frame: MainWindow, look: FirstLook, demo_db: Database
) -> None:
    from delegation_app.services import people, roster
    from delegation_app.storage.models import ParticipantRole

    assert look.first is not None
    frame.show_first_look(look.missions, look.first)
    before = frame.roster_model.rowCount()
    with demo_db.transaction() as session:  # written elsewhere between the look and the open
        person = people.create_person(session, given_name="Nadia", family_name="Late")
        roster.add_participant(
            session,
            mission_id=look.first[0].id,
            person_id=person.id,
            role=ParticipantRole.BUSINESS_LEADER,
        )
    missions, first = _opened(demo_db, "miami-2017")
    frame.attach(demo_db, missions, first, build_pages=False)
    assert frame.roster_model.rowCount() == before + 1
    assert "Late" in {e.family_name for e in frame.roster_model.entries}


def test_a_mission_chosen_during_the_first_look_shows_once_attached(
    frame: MainWindow, look: FirstLook, demo_db: Database
) -> None:
    assert look.first is not None
    frame.show_first_look(look.missions, look.first)
    other = next(m for m in look.missions if m.short != "miami-2017")
    row = frame.missions_model.row_of(other.short)
    assert row is not None
    index = frame.missions_proxy.mapFromSource(frame.missions_model.index(row))
    frame.mission_view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    assert frame.current_mission is not None and frame.current_mission.short == other.short
    assert frame.roster_model.rowCount() == 0  # only the first mission's roster was read
    missions, first = _opened(demo_db, "miami-2017")
    frame.attach(demo_db, missions, first, build_pages=False)
    assert frame.current_mission is not None and frame.current_mission.short == other.short
    assert frame.roster_model.rowCount() == other.participant_count > 0


def test_an_older_database_opens_without_a_first_look(tmp_path: Path, qapp: object) -> None:
    """No first look of a file to upgrade: the window waits for the real opening."""
    import shutil

    from tests.core.test_first_look import RELEASES

    oldest = sorted(RELEASES.glob("*.sqlite"))[0]
    copy = tmp_path / "old.sqlite"
    shutil.copy(oldest, copy)
    args = parse_arguments(["--db", str(copy), "--lang", "en"])
    looked: list[object] = []
    with ExitStack() as stack:
        startup = start(args, stack, language="en", settings=keys.app_settings())
        stack.callback(startup.window.close)
        startup._job.looked.connect(looked.append)
        assert startup.run() == 0
        assert startup.window.attached and startup.window.missions_model.rowCount() > 0
    assert looked == []
    open_database(copy, daily_backup=False).close()
