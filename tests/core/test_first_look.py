"""The first look (sqlite3 alone) reads what the services read, and steps aside otherwise."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from delegation_app.services import hotels, missions, people, roster
from delegation_app.services.first_look import FirstLook, first_look
from delegation_app.services.missions import StopInput, list_missions
from delegation_app.services.roster import list_groups, list_roster
from delegation_app.storage.database import Database, open_database
from delegation_app.storage.models import GroupKind, MissionStatus, ParticipantRole
from delegation_app.storage.schema import HEAD

ROOT = Path(__file__).resolve().parents[2]
RELEASES = ROOT / "tests" / "data" / "releases"


def orm_look(db: Database, select: str | None, today: date) -> FirstLook:
    """What the window would show, read through the services (the reference)."""
    with db.reading() as session:
        views = tuple(list_missions(session, today=today))
        chosen = next((m for m in views if m.short == select), None) or (
            views[0] if views else None
        )
        if chosen is None:
            return FirstLook(missions=views, first=None)
        entries = tuple(list_roster(session, chosen.id))
        return FirstLook(
            missions=views, first=(chosen, entries, tuple(list_groups(session, chosen.id)))
        )


def shorts(db: Database) -> list[str]:
    with db.reading() as session:
        return [m.short for m in list_missions(session)]


@pytest.mark.parametrize("today", [date(2026, 1, 1), date(2027, 6, 1), date(2030, 1, 1)])
def test_it_reads_what_the_services_read_for_every_mission(
    demo_db: Database, demo_db_path: Path, today: date
) -> None:
    every = shorts(demo_db)
    assert len(every) >= 2
    for select in [*every, None, "no-such-mission"]:
        expected = orm_look(demo_db, select, today)
        assert expected.first is not None and expected.first[1], "the demo has delegates"
        assert first_look(demo_db_path, select, today=today) == expected


def test_it_reads_rooms_groups_languages_and_organisers_as_the_services_do(
    demo_db: Database, demo_db_path: Path
) -> None:
    today = date(2026, 12, 7)
    with demo_db.transaction() as session:
        mission = missions.create_mission(
            session,
            short="oslo-27",
            title_fr="Oslo",
            start_date=date(2027, 3, 1),
            end_date=date(2027, 3, 5),
            home_zone="Europe/Paris",
            status=MissionStatus.ARCHIVED,
            stops=[
                StopInput("Oslo", "NO", "Europe/Oslo", date(2027, 3, 1), date(2027, 3, 3)),
                StopInput("Bergen", "NO", "Europe/Oslo", date(2027, 3, 3), date(2027, 3, 5)),
            ],
        )
        company = people.create_organisation(session, name="Fjord Energi AS").id
        names = [("Zoé", "Écuyer", company), ("Anna", "ecuyer", None), ("Ola", "Nordmann", None)]
        ids = []
        for given, family, organisation in names:
            person = people.create_person(
                session,
                given_name=given,
                family_name=family,
                organisation_id=organisation,
                passport_number="X1234567" if organisation else None,
            )
            ids.append(
                roster.add_participant(
                    session,
                    mission_id=mission.id,
                    person_id=person.id,
                    role=ParticipantRole.BUSINESS_LEADER,
                    language="en" if family == "ecuyer" else None,
                )
            )
        press = roster.create_group(session, mission.id, "Press", GroupKind.PRESS)
        energy = roster.create_group(session, mission.id, "Energy", GroupKind.OTHER)
        roster.set_groups(session, ids[:2], add=[energy.id, press.id])
        hotel = hotels.add_hotel(
            session,
            "oslo-27",
            venue="Grand Hotel",
            check_in=date(2027, 3, 1),
            check_out=date(2027, 3, 3),
        )
        hotels.place_delegate(
            session, accommodation_id=hotel.id, participant_id=ids[0], room_number="412"
        )
        hotels.place_delegate(session, accommodation_id=hotel.id, participant_id=ids[1])
    expected = orm_look(demo_db, "oslo-27", today)
    assert expected.first is not None
    entries = expected.first[1]
    assert {e.hotel for e in entries} >= {"Grand Hotel", None}
    assert any(e.groups for e in entries) and any(e.language == "en" for e in entries)
    assert first_look(demo_db_path, "oslo-27", today=today) == expected


def test_a_released_database_gets_a_first_look_once_upgraded(tmp_path: Path) -> None:
    newest = sorted(RELEASES.glob("*.sqlite"))[-1]
    copy = tmp_path / "coordinator.sqlite"
    shutil.copy(newest, copy)
    open_database(copy, daily_backup=False).close()  # upgrades it to today's schema
    db = open_database(copy, daily_backup=False)
    try:
        for select in shorts(db):
            assert first_look(copy, select, today=date(2026, 12, 7)) == orm_look(
                db, select, date(2026, 12, 7)
            )
    finally:
        db.close()


def test_an_empty_database_shows_no_missions(db_path: Path) -> None:
    assert first_look(db_path) == FirstLook(missions=(), first=None)


def test_it_changes_nothing_in_the_file(demo_db_path: Path) -> None:
    before = hashlib.sha256(demo_db_path.read_bytes()).hexdigest()
    assert first_look(demo_db_path) is not None
    assert hashlib.sha256(demo_db_path.read_bytes()).hexdigest() == before
    open_database(demo_db_path, daily_backup=False).close()  # and it opens as before


def test_an_older_schema_is_left_to_the_real_opening(tmp_path: Path) -> None:
    oldest = sorted(RELEASES.glob("*.sqlite"))[0]
    copy = tmp_path / "old.sqlite"
    shutil.copy(oldest, copy)
    with sqlite3.connect(copy) as connection:  # a real release's file, at an older schema
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    assert revision != HEAD
    assert first_look(copy) is None


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE alembic_version SET version_num = '9999'",
        "UPDATE participant SET status = 'teleported'",
    ],
    ids=["newer-schema", "unknown-status"],
)
def test_what_this_program_does_not_know_is_left_to_the_real_opening(
    demo_db_path: Path, change: str
) -> None:
    assert first_look(demo_db_path) is not None
    with sqlite3.connect(demo_db_path) as connection:
        connection.execute(change)
    connection.close()
    assert first_look(demo_db_path) is None


@pytest.mark.parametrize(
    "content",
    [b"", b"not a database at all\n", b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["empty", "text", "damaged"],
)
def test_a_file_that_is_not_a_readable_database_gets_none(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "file.sqlite"
    path.write_bytes(content)
    assert first_look(path) is None


def test_a_missing_file_gets_none(tmp_path: Path) -> None:
    assert first_look(tmp_path / "nowhere.sqlite") is None


def test_an_encrypted_database_gets_none(encrypted_demo_db_path: Path) -> None:
    assert first_look(encrypted_demo_db_path) is None


def test_a_file_held_by_a_writer_gets_none(demo_db_path: Path) -> None:
    """A writer holding the file exclusively: no first look (the real opening waits)."""
    writer = sqlite3.connect(demo_db_path, isolation_level=None)
    try:
        writer.execute("PRAGMA journal_mode=DELETE")
        writer.execute("BEGIN EXCLUSIVE")
        assert first_look(demo_db_path) is None
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_it_loads_neither_sqlalchemy_nor_the_models(demo_db_path: Path) -> None:
    """The point of it: what it imports costs a few milliseconds, not most of a second."""
    code = (
        "import sys; from pathlib import Path\n"
        "from delegation_app.services.first_look import first_look\n"
        f"assert first_look(Path({str(demo_db_path)!r})) is not None\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')"
        " or m == 'delegation_app.storage.models')\n"
        "print(heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"
