"""A first look at a database with sqlite3 alone: the missions list and one mission's roster,
read before SQLAlchemy, the models and the services are loaded.

Loading those takes most of a second at the program's start, several times what PySide6
itself takes; the coordinator opening the program wants to see their missions and the roster
of the mission they left at once. So the window shows what this module reads (read-only, the
same values ``list_missions``, ``list_roster`` and ``list_groups`` give) while the database is
opened properly in the background (lock, integrity check, migrations, backups); the window
becomes editable, and shows the ORM's reading, once that is done.

Only a database this program can read as it is gets a first look: a plain SQLite file at the
schema revision this program writes. Anything else (missing, encrypted, older or newer
schema, busy, damaged) gives None, and the window waits for the real opening, which says
what is wrong. A test keeps these queries equal to the services' (tests/core/test_first_look.py).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from delegation_app.services.validation import collation_key
from delegation_app.services.views import (
    GroupView,
    MissionView,
    RosterEntry,
    StopView,
    mission_order,
)
from delegation_app.storage.kinds import (
    GroupKind,
    MissionStatus,
    ParticipantRole,
    ParticipantStatus,
)
from delegation_app.storage.schema import HEAD

#: How every SQLite file starts (an encrypted one does not).
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FirstLook:
    """The missions (in the list's order) and the mission to show first, with its roster and
    groups (None without missions)."""

    missions: tuple[MissionView, ...]
    first: tuple[MissionView, tuple[RosterEntry, ...], tuple[GroupView, ...]] | None


def first_look(
    path: Path, select: str | None = None, *, today: date | None = None
) -> FirstLook | None:
    """The missions of ``path`` and the roster of mission ``select`` (its short name; else the
    first listed), or None when the file cannot be read this way (see the module's doc)."""
    try:
        with path.open("rb") as file:
            if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        # Read-only, and never waiting on a writer: a busy file is left to the real opening.
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0)
    except (OSError, sqlite3.Error):
        return None
    try:
        with connection:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if revision != [(HEAD,)]:
                return None
            missions = _missions(connection, today or date.today())
            chosen = next((m for m in missions if m.short == select), None)
            chosen = chosen or (missions[0] if missions else None)
            if chosen is None:
                return FirstLook(missions=missions, first=None)
            roster = _roster(connection, chosen.id)
            groups = _groups(connection, chosen.id)
            return FirstLook(missions=missions, first=(chosen, roster, groups))
    except (sqlite3.Error, ValueError, TypeError):
        # A damaged file, a missing table, a value no enumeration knows: the real opening says.
        return None
    finally:
        connection.close()


def _missions(connection: sqlite3.Connection, today: date) -> tuple[MissionView, ...]:
    stops: dict[int, list[StopView]] = defaultdict(list)
    for row in connection.execute(
        "SELECT id, mission_id, position, city, country, zone, start_date, end_date,"
        " practical_info FROM stop ORDER BY mission_id, position, id"
    ):
        stops[row[1]].append(
            StopView(
                id=row[0],
                position=row[2],
                city=row[3],
                country=row[4],
                zone=row[5],
                start_date=date.fromisoformat(row[6]),
                end_date=date.fromisoformat(row[7]),
                practical_info=row[8],
            )
        )
    counts = dict(
        connection.execute("SELECT mission_id, count(*) FROM participant GROUP BY mission_id")
    )
    views = [
        MissionView(
            id=row[0],
            short=row[1],
            title_fr=row[2],
            title_en=row[3],
            start_date=date.fromisoformat(row[4]),
            end_date=date.fromisoformat(row[5]),
            status=MissionStatus(row[6]),
            home_zone=row[7],
            home_country=row[8],
            partner_event=row[9],
            organiser=row[10],
            objectives=row[11],
            sectors=tuple(s for s in (row[12] or "").split(";") if s),
            stops=tuple(stops.get(row[0], ())),
            participant_count=counts.get(row[0], 0),
        )
        for row in connection.execute(
            "SELECT m.id, m.short, m.title_fr, m.title_en, m.start_date, m.end_date, m.status,"
            " m.home_zone, m.home_country, m.partner_event, o.name, m.objectives, m.sectors"
            " FROM mission AS m LEFT JOIN organisation AS o ON o.id = m.organiser_id"
        )
    ]
    views.sort(key=lambda view: mission_order(view, today))
    return tuple(views)


def _roster(connection: sqlite3.Connection, mission_id: int) -> tuple[RosterEntry, ...]:
    group_names: dict[int, list[str]] = defaultdict(list)
    for participant_id, name in connection.execute(
        "SELECT pg.participant_id, g.name FROM participant_group AS pg"
        " JOIN delegation_group AS g ON pg.group_id = g.id"
        " WHERE g.mission_id = ? ORDER BY g.position",
        (mission_id,),
    ):
        group_names[participant_id].append(name)
    rooms: dict[int, tuple[str, str | None]] = {}
    for participant_id, hotel, room in connection.execute(
        "SELECT ra.participant_id, v.name, ra.room_number FROM room_assignment AS ra"
        " JOIN accommodation AS a ON ra.accommodation_id = a.id"
        " JOIN venue AS v ON a.venue_id = v.id"
        " WHERE a.mission_id = ? ORDER BY a.check_in",
        (mission_id,),
    ):
        rooms.setdefault(participant_id, (hotel, room))
    entries = []
    for row in connection.execute(
        "SELECT p.id, pe.id, pe.short, pe.given_name, pe.family_name, o.name, pe.job_title,"
        " p.capacity, p.role, p.status, pe.email, pe.phone, p.language, pe.language,"
        " pe.passport_number IS NOT NULL, p.contact_role"
        " FROM participant AS p JOIN person AS pe ON p.person_id = pe.id"
        " LEFT JOIN organisation AS o ON pe.organisation_id = o.id"
        " WHERE p.mission_id = ?",
        (mission_id,),
    ):
        hotel, room = rooms.get(row[0], (None, None))
        entries.append(
            RosterEntry(
                participant_id=row[0],
                person_id=row[1],
                short=row[2],
                given_name=row[3],
                family_name=row[4],
                organisation=row[5],
                job_title=row[6],
                capacity=row[7],
                role=ParticipantRole(row[8]),
                status=ParticipantStatus(row[9]),
                groups=tuple(group_names.get(row[0], ())),
                email=row[10],
                phone=row[11],
                language=row[12] or row[13],
                hotel=hotel,
                room=room,
                has_passport=bool(row[14]),
                contact_role=row[15],
            )
        )
    entries.sort(key=lambda e: (collation_key(e.family_name), collation_key(e.given_name)))
    return tuple(entries)


def _groups(connection: sqlite3.Connection, mission_id: int) -> tuple[GroupView, ...]:
    return tuple(
        GroupView(id=row[0], name=row[1], kind=GroupKind(row[2]))
        for row in connection.execute(
            "SELECT id, name, kind FROM delegation_group WHERE mission_id = ? ORDER BY position",
            (mission_id,),
        )
    )
