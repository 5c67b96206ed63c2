"""Importing a host's programme (CSV or XLSX) into a mission's itinerary, all or nothing.

``plan_itinerary_import`` reads the file and the database and writes nothing: for every row it
says what would be created (with the local start and end it resolved, the zone, the kind, the
place and who attends), what is skipped because it is already there, and what is refused, with
the row number as the spreadsheet shows it, the column and the reason.

``apply_itinerary_import`` writes a plan in the caller's transaction. A plan with a refused row
is not applied at all (``ImportRefused`` is raised before anything is written): the coordinator
corrects the file and imports it again. Should a write still fail (the database changed since
the plan was made), ``ImportRefused`` is raised too and the caller's transaction must be rolled
back, which ``Database.transaction()`` does; nothing is ever half-imported.

Importing the same file twice creates nothing the second time: a row whose title and local
start are already in the mission (or earlier in the file) is skipped with the reason.

How rows are read:

- the start cell holds a time ("9h30", "9:30 am") with the day in the date column, or a date
  and time ("06/11/2017 9h30", "lundi 6 novembre 9:30", "Nov 6 9:30am"), or a range
  ("9h30 - 11h"); a missing year is taken from the mission's dates;
- the end cell holds a time, a date and time, or a duration ("1h30", "90 min", "+2h"); a short
  French hour such as "1h30" (under 5h) that would end before the start is read as a duration,
  and the plan says so ("10h" after an 11h start is refused as the typo it is); a duration
  column works too; without an end the item ends when it starts;
- the zone is the zone column (an IANA name such as America/Toronto, or the name of one of the
  mission's stops), else the zone of the stop named in the city column, else the zone of the
  stop whose dates hold the day;
- the kind is read from French or English words ("Visite", "Déjeuner", "Rendez-vous"); with no
  kind column, from the first words of the title; otherwise "other";
- the place is an existing venue of the same name (ignoring case and accents, in the stop's
  city), else a new venue created by the import;
- attendees: empty, "tous" or "all" is everyone; "groupe:NAME" or a group's name; delegates by
  short name or full name; several separated by "," or ";"; "sauf X" or "except X" excepts
  delegates from what comes before.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from delegation_app.errors import DomainError, ValidationError
from delegation_app.interchange.cell_values import CellError, fold, parse_date
from delegation_app.interchange.itinerary_columns import (
    FIELD_NAMES,
    LABELS_FR,
    apply_overrides,
    guess_mapping,
    kind_from_title,
    parse_kind,
)
from delegation_app.interchange.roster_import import (
    ImportRefused,
    Problem,
    cell_reason,
    error_reason,
    row_context,
)
from delegation_app.interchange.tabular import Table, read_table
from delegation_app.messages import say
from delegation_app.services import itinerary as itinerary_service
from delegation_app.services import roster as roster_service
from delegation_app.services import venues as venue_service
from delegation_app.services.agenda import programme_for
from delegation_app.services.missions import MissionView, StopView, get_mission
from delegation_app.services.time_input import parse_duration, parse_local_datetime
from delegation_app.services.validation import aware, check_local_time, check_zone
from delegation_app.storage.models import Audience, ItemKind

__all__ = [
    "Attendance",
    "ImportRefused",
    "ItineraryImportPlan",
    "ItineraryImportResult",
    "ItineraryRowPlan",
    "PlacePlan",
    "Problem",
    "RowAction",
    "apply_itinerary_import",
    "plan_itinerary_import",
]


class RowAction(enum.StrEnum):
    CREATE = "create"
    SKIP = "skip"  # already in the mission, or earlier in the same file
    REFUSE = "refuse"


@dataclass(frozen=True)
class Attendance:
    """Who attends a planned item, as create_item takes it, and a line saying so."""

    audience: Audience
    group_ids: tuple[int, ...] = ()
    participant_ids: tuple[int, ...] = ()
    excluded_participant_ids: tuple[int, ...] = ()
    description: str = "everyone"


@dataclass(frozen=True)
class PlacePlan:
    """The venue of a planned item: a known one (``venue_id``) or one the import creates."""

    name: str
    address: str | None
    city: str | None
    zone: str | None
    venue_id: int | None

    @property
    def is_new(self) -> bool:
        return self.venue_id is None


@dataclass(frozen=True)
class ItineraryRowPlan:
    row_number: int  # as the spreadsheet shows it (the header is usually row 1)
    action: RowAction
    title: str
    problems: tuple[Problem, ...] = ()
    reason: str | None = None  # why a row is skipped
    warnings: tuple[str, ...] = ()  # how a cell was read when it could be read two ways
    kind: ItemKind | None = None
    start_local: datetime | None = None
    start_zone: str | None = None
    end_local: datetime | None = None
    end_zone: str | None = None
    stop_id: int | None = None
    city: str | None = None
    place: PlacePlan | None = None
    attendance: Attendance | None = None
    title_en: str | None = None
    dress_code: str | None = None
    to_bring: str | None = None
    notes_fr: str | None = None
    notes_en: str | None = None
    internal_notes: str | None = None
    staff_in_charge_id: int | None = None

    def when(self) -> str:
        """'2017-11-06 09:30–11:00 America/New_York', or both zones when they differ."""
        if self.start_local is None or self.end_local is None:
            return ""
        start = f"{self.start_local:%Y-%m-%d %H:%M}"
        if self.end_zone != self.start_zone:
            return f"{start} {self.start_zone} → {self.end_local:%Y-%m-%d %H:%M} {self.end_zone}"
        if self.end_local.date() == self.start_local.date():
            return f"{start}–{self.end_local:%H:%M} {self.start_zone}"
        return f"{start} → {self.end_local:%Y-%m-%d %H:%M} {self.start_zone}"

    def describe(self) -> str:
        """One line for the coordinator: what happens to this row and why."""
        name = self.title or "?"
        if self.action == RowAction.REFUSE:
            reasons = "; ".join(f"{p.column}: {p.reason}" for p in self.problems)
            return f"row {self.row_number}: refused ({name}) — {reasons}"
        if self.action == RowAction.SKIP:
            return f"row {self.row_number}: skip '{name}' {self.when()} — {self.reason}"
        parts = [str(self.kind.value if self.kind else ItemKind.OTHER.value), self.when()]
        if self.city:
            parts.append(self.city)
        if self.place is not None:
            parts.append(f"at {self.place.name}" + (" (new place)" if self.place.is_new else ""))
        if self.attendance is not None:
            parts.append(self.attendance.description)
        line = f"row {self.row_number}: create '{name}' — " + ", ".join(parts)
        if self.warnings:
            line += " (" + "; ".join(self.warnings) + ")"
        return line


@dataclass(frozen=True)
class ItineraryImportPlan:
    mission_id: int
    mission_short: str
    source: str
    headers: tuple[str, ...]
    mapping: Mapping[int, str]  # column index -> field name
    rows: tuple[ItineraryRowPlan, ...]
    new_places: tuple[str, ...]  # venues the import will create

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def refused(self) -> tuple[ItineraryRowPlan, ...]:
        return tuple(r for r in self.rows if r.action == RowAction.REFUSE)

    @property
    def to_create(self) -> tuple[ItineraryRowPlan, ...]:
        return tuple(r for r in self.rows if r.action == RowAction.CREATE)

    @property
    def ignored_columns(self) -> tuple[str, ...]:
        """Headers of the file that no field reads (empty headers left out)."""
        return tuple(h for i, h in enumerate(self.headers) if i not in self.mapping and h)

    def summary(self) -> str:
        return (
            f"{self.count(RowAction.CREATE)} to create, "
            f"{self.count(RowAction.SKIP)} already there (skipped), "
            f"{self.count(RowAction.REFUSE)} refused"
        )


@dataclass(frozen=True)
class ItineraryImportResult:
    created: int
    skipped: int
    places_created: int
    item_ids: tuple[int, ...]


# --- planning -----------------------------------------------------------------------------

_HONORIFICS = frozenset(
    ("m", "mme", "mlle", "mr", "mrs", "ms", "miss", "dr", "pr", "me", "monsieur", "madame")
)
_EVERYONE = frozenset(
    ("tous", "toutes", "tout le monde", "all", "everyone", "everybody", "toute la delegation",
     "ensemble de la delegation", "la delegation", "whole delegation", "all delegates",
     "tous les participants", "tous les delegues", "all participants")
)  # fmt: skip
# "sauf X", "except X", "excepté X", "hormis X", "à l'exception de X", "but not X".
_EXCEPT = re.compile(
    r"(?:^|\s|[,;])(?:sauf|except[ée]?|hormis|but not|[àa] l[’']exception de)(?=\s|$)",
    re.IGNORECASE,
)
_PREFIX = re.compile(
    r"^\s*(groupe|group|personne|person|sauf|except)\s*:\s*(.+)$", re.IGNORECASE | re.DOTALL
)
_TIME = r"\d{1,2}\s*(?:h\s*(?:\d{2})?|[:.]\d{2})(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?"
_RANGE = re.compile(
    rf"^(?P<start>.*?\S)\s*(?:[-–—]|\s(?:à|a|to|au|until|jusqu[’']à)\s)\s*(?P<end>{_TIME})$",
    re.IGNORECASE,
)
_LEADING_FROM = re.compile(r"^(?:de|from|dès|des)\s+", re.IGNORECASE)
_EXPLICIT_DURATION = re.compile(
    r"^\+|\d\s*(?:min|mn|minutes?|heures?|hours?|hrs?)\b", re.IGNORECASE
)
# A length in hours as French writes it ("1h30", "2h"): only short ones, so that "10h" after an
# 11h start is reported as the typo it is rather than read as a ten-hour visit.
_SHORT_FRENCH_HOURS = re.compile(r"^[0-4]\s*h\s*(?:[0-5]\d)?$", re.IGNORECASE)

_LIMITS = {
    "title": 200, "title_en": 200, "venue": 200, "address": 300, "dress_code": 120,
    "to_bring": 300, "notes_fr": 10_000, "notes_en": 10_000, "internal_notes": 10_000,
}  # fmt: skip


@dataclass
class _Context:
    """What the rows are checked against, loaded once per plan."""

    mission: MissionView
    groups: dict[str, tuple[int, str]]  # folded name -> id, name
    by_short: dict[str, int]  # person short name -> participant id
    by_name: dict[str, set[int]]  # folded "given family" and "family given" -> participants
    by_family: dict[str, set[int]]  # folded family name -> participants
    short_of: dict[int, str]  # participant id -> short name
    existing: dict[tuple[str, datetime], int]  # (folded title, local start) -> item id
    places: dict[tuple[str, str], int | None]  # (folded name, folded city) -> venue id


def _existing_items(session: Session, mission_id: int) -> dict[tuple[str, datetime], int]:
    """The mission's items by folded title and local start (each repetition of a repeat)."""
    return {
        (fold(entry.title_fr), entry.start_local): entry.item_id
        for entry in programme_for(session, mission_id)
    }


def _load_context(session: Session, mission: MissionView) -> _Context:
    context = _Context(
        mission=mission,
        groups={
            fold(g.name): (g.id, g.name) for g in roster_service.list_groups(session, mission.id)
        },
        by_short={},
        by_name={},
        by_family={},
        short_of={},
        existing=_existing_items(session, mission.id),
        places={},
    )
    for entry in roster_service.list_roster(session, mission.id):
        pid = entry.participant_id
        context.by_short[entry.short.casefold()] = pid
        context.short_of[pid] = entry.short
        for key in (
            fold(f"{entry.given_name} {entry.family_name}"),
            fold(f"{entry.family_name} {entry.given_name}"),
        ):
            context.by_name.setdefault(key, set()).add(pid)
        context.by_family.setdefault(fold(entry.family_name), set()).add(pid)
    return context


class _Row:
    """One row's cells by field; problems are collected, naming the column as the file does."""

    def __init__(
        self, cells: tuple[str, ...], mapping: Mapping[int, str], headers: Sequence[str]
    ) -> None:
        self.values: dict[str, str] = {}
        self.columns: dict[str, str] = {}
        for index, name in mapping.items():
            header = headers[index] if index < len(headers) else ""
            self.columns[name] = header or LABELS_FR.get(name, name)
            if index < len(cells) and cells[index].strip():
                self.values[name] = cells[index].strip()
        self.problems: list[Problem] = []
        self.warnings: list[str] = []

    def column(self, name: str) -> str:
        return self.columns.get(name, LABELS_FR.get(name, name))

    def text(self, name: str) -> str | None:
        value = self.values.get(name)
        limit = _LIMITS.get(name)
        if value is not None and limit is not None and len(value) > limit:
            self.refuse(name, say("is longer than {limit} characters", limit=limit))
            return None
        return value

    def refuse(self, name: str, reason: str) -> None:
        self.problems.append(Problem(column=self.column(name), reason=reason))


def plan_itinerary_import(
    session: Session,
    mission_ref: str,
    source: Table | Path,
    mapping: Mapping[int, str] | None = None,
    *,
    overrides: Sequence[str] = (),
    sheet: str | None = None,
) -> ItineraryImportPlan:
    """What importing ``source`` into the mission would do, row by row; writes nothing.

    ``source`` is a table already read, or the path of a CSV, TSV or XLSX file (``sheet``
    names a workbook's sheet; default the first). ``mapping`` (column index -> field) defaults
    to the headers recognised in French or English; ``overrides`` correct it with
    ``Header=field`` pairs (``--map``). Raises ImportFileError for a file that cannot be read
    as a table, ValidationError("map", ...) for a mapping without a start or a title column,
    NotFound for an unknown mission.
    """
    table = source if isinstance(source, Table) else read_table(source, sheet=sheet)
    columns = dict(mapping) if mapping is not None else guess_mapping(table.headers)
    unknown = sorted(set(columns.values()) - FIELD_NAMES)
    if unknown:
        raise ValidationError("map", say("'{field}' is not an itinerary field", field=unknown[0]))
    columns = apply_overrides(table.headers, columns, overrides)  # checks start and title
    mission = get_mission(session, mission_ref)
    context = _load_context(session, mission)
    seen: dict[tuple[str, datetime], int] = {}
    new_places: dict[tuple[str, str], str] = {}
    rows = []
    for cells, number in zip(table.rows, table.row_numbers, strict=True):
        plan = _plan_row(session, _Row(cells, columns, table.headers), number, context, seen)
        if plan.action == RowAction.CREATE and plan.place is not None and plan.place.is_new:
            new_places.setdefault(_place_key(plan.place.name, plan.place.city), plan.place.name)
        rows.append(plan)
    return ItineraryImportPlan(
        mission_id=mission.id,
        mission_short=mission.short,
        source=table.source,
        headers=table.headers,
        mapping=columns,
        rows=tuple(rows),
        new_places=tuple(new_places.values()),
    )


def _plan_row(
    session: Session,
    row: _Row,
    number: int,
    context: _Context,
    seen: dict[tuple[str, datetime], int],
) -> ItineraryRowPlan:
    mission = context.mission
    title = row.text("title")
    if "title" not in row.values:
        row.refuse("title", say("is empty"))
    title_en = row.text("title_en")
    kind = _kind(row, title)

    start_text, end_text = row.values.get("start"), row.values.get("end")
    end_field = "end"
    if start_text is not None:
        start_text = _LEADING_FROM.sub("", start_text)
        ranged = _RANGE.match(start_text)
        if ranged is not None and _parses(ranged["start"], mission):
            if end_text is not None or "duration" in row.values:
                row.refuse(
                    "start",
                    say("'{text}' already gives the end: leave the end empty", text=start_text),
                )
            start_text, end_text = ranged["start"], ranged["end"]
            end_field = "start"  # problems of the end are reported where the user wrote it
    day = _day(row, mission)
    start = None
    if start_text is None:
        row.refuse("start", say("is empty"))
    elif day is None and "date" in row.values:
        pass  # the date column is refused already: the start cannot be placed
    else:
        start = _datetime(row, "start", start_text, mission, day)
        if start is not None and day is not None and start.date() != day:
            row.refuse(
                "start",
                say(
                    "'{text}' is on {day}, not on the day of the date column ({column_day})",
                    text=start_text,
                    day=start.date().isoformat(),
                    column_day=day.isoformat(),
                ),
            )
            start = None
    if start is not None and not mission.start_date <= start.date() <= mission.end_date:
        row.refuse(
            "date" if "date" in row.values else "start",
            say(
                "{day} is outside the mission ({start} to {end})",
                day=start.date().isoformat(),
                start=mission.start_date.isoformat(),
                end=mission.end_date.isoformat(),
            ),
        )
        start = None

    stop, zone = _stop_and_zone(row, mission, start.date() if start else None)
    end_zone = _zone_cell(row, "end_zone", mission) or zone
    if start is not None and zone is not None and not _clock_ok(row, "start", start, zone):
        start = None
    end = None
    if start is not None and zone is not None and end_zone is not None:
        end = _end(row, end_field, end_text, start, zone, end_zone, mission)

    place = _place(session, row, context, stop, zone)
    attendance = _attendance(row, context)
    staff = _staff(row, context)
    texts = {name: row.text(name) for name in ("dress_code", "to_bring", "notes_fr", "notes_en")}
    internal = row.text("internal_notes")

    if row.problems:
        return ItineraryRowPlan(number, RowAction.REFUSE, title or "", tuple(row.problems))
    assert title is not None and start is not None and end is not None
    assert zone is not None and end_zone is not None
    key = (fold(title), start)
    reason: str | None = None
    if key in context.existing:
        reason = say("already in the mission (item {item})", item=context.existing[key])
    elif key in seen:
        reason = say("same title and start as row {row}", row=seen[key])
    else:
        seen[key] = number
    return ItineraryRowPlan(
        row_number=number,
        action=RowAction.SKIP if reason else RowAction.CREATE,
        title=title,
        reason=reason,
        warnings=tuple(row.warnings),
        kind=kind,
        start_local=start,
        start_zone=zone,
        end_local=end,
        end_zone=end_zone,
        stop_id=stop.id if stop else None,
        city=stop.city if stop else None,
        place=place,
        attendance=attendance,
        title_en=title_en,
        dress_code=texts["dress_code"],
        to_bring=texts["to_bring"],
        notes_fr=texts["notes_fr"],
        notes_en=texts["notes_en"],
        internal_notes=internal,
        staff_in_charge_id=staff,
    )


def _kind(row: _Row, title: str | None) -> ItemKind:
    text = row.values.get("kind")
    if text is not None:
        kind = parse_kind(text)
        if kind is None:
            row.warnings.append(say("kind '{text}' not recognised: other", text=text))
            return ItemKind.OTHER
        return kind
    return (kind_from_title(title) if title else None) or ItemKind.OTHER


def _parses(text: str, mission: MissionView) -> bool:
    try:
        parse_local_datetime(
            "start", text, mission_start=mission.start_date, mission_end=mission.end_date,
            day=mission.start_date,
        )  # fmt: skip
    except ValidationError:
        return False
    return True


def _day(row: _Row, mission: MissionView) -> date | None:
    """The date column: 06/11/2017, 2017-11-06, "lundi 6 novembre" (year from the mission)."""
    text = row.values.get("date")
    if text is None:
        return None
    try:
        return parse_date(text)
    except CellError as exc:
        problem = cell_reason(exc)
    for attempt in (f"{text} 12:00", text):  # a date without a year, or with a time
        try:
            return parse_local_datetime(
                "date", attempt, mission_start=mission.start_date, mission_end=mission.end_date
            ).date()
        except ValidationError:
            continue
    row.refuse("date", problem)
    return None


def _datetime(
    row: _Row, name: str, text: str, mission: MissionView, day: date | None
) -> datetime | None:
    try:
        return parse_local_datetime(
            name, text, mission_start=mission.start_date, mission_end=mission.end_date, day=day
        )
    except ValidationError as exc:
        row.refuse(name, exc.message)
        return None


def _stop_and_zone(
    row: _Row, mission: MissionView, day: date | None
) -> tuple[StopView | None, str | None]:
    """The stop and zone of a row: from the city column, the zone column, or the day."""
    stop = None
    city = row.values.get("city")
    if city is not None:
        stop = _stop_named(mission, city)
        if stop is None:
            cities = ", ".join(s.city for s in mission.stops)
            row.refuse(
                "city",
                say("'{city}' is not a stop of this mission ({cities})", city=city, cities=cities),
            )
            return None, None
    zone = _zone_cell(row, "zone", mission)
    if "zone" in row.values and zone is None:
        return stop, None
    if stop is not None:
        return stop, zone or stop.zone
    if day is None:
        return None, zone
    covering = [s for s in mission.stops if s.start_date <= day <= s.end_date]
    if zone is not None:
        in_zone = [s for s in covering if s.zone == zone]
        return (in_zone[0] if len(in_zone) == 1 else None), zone
    if len(covering) == 1:
        return covering[0], covering[0].zone
    column = "date" if "date" in row.values else "start"
    if not covering:
        row.refuse(
            column,
            say(
                "no stop of the mission covers {day}: give the city or the time zone in a column",
                day=day.isoformat(),
            ),
        )
        return None, None
    zones = {s.zone for s in covering}
    if len(zones) == 1:
        # A travel day between two stops of one zone: the time is right, the city unknown.
        return None, covering[0].zone
    places = [f"{s.city} ({s.zone})" for s in covering]
    row.refuse(
        column,
        say(
            "on {day} the mission is in {cities} and {last}: give the city or the time zone",
            day=day.isoformat(),
            cities=", ".join(places[:-1]),
            last=places[-1],
        ),
    )
    return None, None


def _stop_named(mission: MissionView, name: str) -> StopView | None:
    key = fold(name)
    return next((s for s in mission.stops if fold(s.city) == key), None)


def _zone_cell(row: _Row, name: str, mission: MissionView) -> str | None:
    """An IANA zone, or a stop's city standing for its zone; None (and a problem) otherwise."""
    text = row.values.get(name)
    if text is None:
        return None
    try:
        return check_zone(name, text)
    except ValidationError:
        pass
    stop = _stop_named(mission, text)
    if stop is not None:
        return stop.zone
    row.refuse(
        name,
        say("unknown time zone '{text}' (write it as America/Toronto, Europe/Paris…)", text=text),
    )
    return None


def _clock_ok(row: _Row, name: str, local: datetime, zone: str) -> bool:
    """Refuse a wall-clock time that a clock change skips or repeats, saying which change."""
    try:
        check_local_time(name, local, zone)
    except ValidationError as exc:
        change = _clock_change(local, zone)
        if change is None:  # pragma: no cover - check_local_time found a change
            row.refuse(name, exc.message)
            return False
        before, after = change
        if after > before:
            row.refuse(
                name,
                say(
                    "{local:%H:%M} on {local:%Y-%m-%d} in {zone} does not exist: the clocks go "
                    "forward from {before:%H:%M} to {after:%H:%M} that night "
                    "(choose {after:%H:%M} or later)",
                    local=local,
                    zone=zone,
                    before=before,
                    after=after,
                ),
            )
        else:
            row.refuse(
                name,
                say(
                    "{local:%H:%M} on {local:%Y-%m-%d} in {zone} is ambiguous: the clocks go "
                    "back from {before:%H:%M} to {after:%H:%M} that night, so it happens twice "
                    "(choose a time outside that hour)",
                    local=local,
                    zone=zone,
                    before=before,
                    after=after,
                ),
            )
        return False
    return True


def _clock_change(local: datetime, zone: str) -> tuple[datetime, datetime] | None:
    """The wall-clock times just before and just after the change around ``local``."""
    tz = ZoneInfo(zone)
    instants = [
        local.replace(tzinfo=tz, fold=f).astimezone(UTC) for f in (0, 1)
    ]  # the two readings
    moment = min(instants) - timedelta(hours=1)
    last = max(instants) + timedelta(hours=1)
    offset = moment.astimezone(tz).utcoffset()
    while moment < last:
        moment += timedelta(minutes=1)
        now = moment.astimezone(tz).utcoffset()
        if now != offset and now is not None and offset is not None:
            naive = moment.replace(tzinfo=None)
            return naive + offset, naive + now
        offset = now
    return None


def _end(
    row: _Row,
    field: str,
    text: str | None,
    start: datetime,
    zone: str,
    end_zone: str,
    mission: MissionView,
) -> datetime | None:
    duration_text = row.values.get("duration")
    if duration_text is not None and text is not None:
        row.refuse("duration", say("give the end or the duration, not both"))
        return None
    end: datetime | None
    if duration_text is not None or (text is not None and _EXPLICIT_DURATION.search(text)):
        name = "duration" if duration_text is not None else field
        spoken = duration_text if duration_text is not None else text
        assert spoken is not None
        try:
            length = parse_duration(name, spoken.lstrip("+ "))
        except ValidationError as exc:
            row.refuse(name, exc.message)
            return None
        if end_zone != zone:
            row.refuse(name, say("a duration needs the end in the start's zone: give the end time"))
            return None
        end = start + length
    elif text is None:
        row.warnings.append(say("no end given: ends when it starts"))
        end = start
    else:
        end = _datetime(row, field, text, mission, start.date())
        if end is None:
            return None
        if end_zone == zone and end < start and _SHORT_FRENCH_HOURS.match(text):
            # "1h30" in the end column of a 9h30 visit is how long it lasts.
            end = start + parse_duration(field, text)
            row.warnings.append(say("end '{text}' read as a duration", text=text))
    if not _clock_ok(row, field, end, end_zone):
        return None
    if aware(end, end_zone) < aware(start, zone):
        row.refuse(
            field,
            say(
                "{end:%Y-%m-%d %H:%M} is before the start {start:%Y-%m-%d %H:%M}"
                " (an end after midnight needs its date)",
                end=end,
                start=start,
            )
            if end.date() == start.date()
            else say(
                "{end:%Y-%m-%d %H:%M} is before the start {start:%Y-%m-%d %H:%M}",
                end=end,
                start=start,
            ),
        )
        return None
    return end


def _place_key(name: str, city: str | None) -> tuple[str, str]:
    return fold(name), fold(city or "")


def _place(
    session: Session, row: _Row, context: _Context, stop: StopView | None, zone: str | None
) -> PlacePlan | None:
    name = row.text("venue")
    address = row.text("address")
    if name is None:
        if address is None:
            return None
        name = address  # a programme may give only the address: it names the place
    city = stop.city if stop else None
    key = _place_key(name, city)
    if key not in context.places:
        context.places[key] = venue_service.find_venue(session, name, city)
    return PlacePlan(name=name, address=address, city=city, zone=zone, venue_id=context.places[key])


def _split_names(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,;\n]", text) if part.strip()]


def _attendance(row: _Row, context: _Context) -> Attendance:
    text = row.values.get("attendees", "")
    parts = _EXCEPT.split(text, maxsplit=1)
    included, excepted = parts[0], (parts[1].lstrip(" :") if len(parts) > 1 else "")
    everyone = False
    groups: dict[int, str] = {}
    people: dict[int, None] = {}
    excluded: dict[int, None] = {}
    problems_before = len(row.problems)
    for token in _split_names(included):
        prefixed = _PREFIX.match(token)
        what, name = (prefixed[1].casefold(), prefixed[2].strip()) if prefixed else ("", token)
        if what in ("sauf", "except"):
            for each in _split_names(name):
                excluded.update(dict.fromkeys(_person_ids(row, context, each)))
        elif what in ("groupe", "group"):
            group = context.groups.get(fold(name))
            if group is None:
                row.refuse("attendees", _unknown_group(context, name))
            else:
                groups[group[0]] = group[1]
        elif what in ("personne", "person"):
            people.update(dict.fromkeys(_person_ids(row, context, name)))
        elif fold(token) in _EVERYONE:
            everyone = True
        else:
            group = context.groups.get(fold(token))
            person = _person_match(context, token)
            if group is not None and person:
                row.refuse(
                    "attendees",
                    say(
                        "'{token}' is both a group and a delegate: write groupe:{token} "
                        "or the delegate's short name",
                        token=token,
                    ),
                )
            elif group is not None:
                groups[group[0]] = group[1]
            else:
                people.update(dict.fromkeys(_person_ids(row, context, token, either=True)))
    for token in _split_names(excepted):
        prefixed = _PREFIX.match(token)
        name = prefixed[2].strip() if prefixed else token
        if (prefixed and prefixed[1].casefold() in ("groupe", "group")) or (
            not prefixed and fold(name) in context.groups and not _person_match(context, name)
        ):
            row.refuse(
                "attendees",
                say(
                    "'{name}' is a group: exceptions are delegates (name the groups who attend)",
                    name=name,
                ),
            )
            continue
        excluded.update(dict.fromkeys(_person_ids(row, context, name)))
    both = [pid for pid in excluded if pid in people]
    if both:
        names = ", ".join(context.short_of[p] for p in both)
        row.refuse("attendees", say("{names} both invited and excepted", names=names))
    if len(row.problems) > problems_before:
        return Attendance(Audience.EVERYONE)
    shorts = [context.short_of[p] for p in excluded]
    if everyone or not (groups or people):
        audience = Audience.EVERYONE
        description = "everyone"
        people = {}
    elif groups:
        audience = Audience.GROUPS
        description = "groups " + ", ".join(groups.values())
        if people:
            description += " + " + ", ".join(context.short_of[p] for p in people)
    else:
        audience = Audience.PEOPLE
        description = ", ".join(context.short_of[p] for p in people)
    if shorts:
        description += " except " + ", ".join(shorts)
    return Attendance(
        audience=audience,
        group_ids=tuple(groups) if audience == Audience.GROUPS else (),
        participant_ids=tuple(people),
        excluded_participant_ids=tuple(excluded),
        description=description,
    )


def _unknown_group(context: _Context, name: str) -> str:
    names = [each for _, each in context.groups.values()]
    if not names:
        return say('unknown group "{name}" (no groups yet)', name=name)
    return say(
        'unknown group "{name}" (groups of this mission: {groups})',
        name=name,
        groups=", ".join(names),
    )


def _person_match(context: _Context, token: str) -> set[int]:
    """The delegates a name may mean: short name, full name either way round, family name."""
    short = context.by_short.get(token.strip().casefold())
    if short is not None:
        return {short}
    words = fold(token).split()
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]
    key = " ".join(words)
    return set(context.by_name.get(key) or context.by_family.get(key) or ())


def _person_ids(row: _Row, context: _Context, token: str, *, either: bool = False) -> list[int]:
    found = _person_match(context, token)
    if len(found) == 1:
        return list(found)
    if found:
        shorts = ", ".join(sorted(context.short_of[p] for p in found))
        row.refuse(
            "attendees",
            say("'{text}' may be {shorts}: write the short name", text=token, shorts=shorts),
        )
    elif either:
        row.refuse(
            "attendees",
            say(
                'unknown group or person "{text}" (not a group nor a delegate of this mission)',
                text=token,
            ),
        )
    else:
        row.refuse(
            "attendees",
            say('unknown person "{text}" (not a delegate of this mission)', text=token),
        )
    return []


def _staff(row: _Row, context: _Context) -> int | None:
    text = row.values.get("staff")
    if text is None:
        return None
    found = _person_match(context, text)
    if len(found) == 1:
        return found.pop()
    if found:
        shorts = ", ".join(sorted(context.short_of[p] for p in found))
        row.refuse(
            "staff", say("'{text}' may be {shorts}: write the short name", text=text, shorts=shorts)
        )
    else:
        row.refuse(
            "staff", say('unknown person "{text}" (not a delegate of this mission)', text=text)
        )
    return None


# --- applying -----------------------------------------------------------------------------


def apply_itinerary_import(session: Session, plan: ItineraryImportPlan) -> ItineraryImportResult:
    """Create the plan's items in the caller's transaction: all of them, or none.

    A plan with any refused row is refused whole (``ImportRefused``) before anything is
    written. A row planned for creation whose title and start reached the mission since the
    plan was made is skipped, as the plan would now say. Any other failure while writing
    raises ``ImportRefused`` naming the row, and the caller rolls its transaction back.
    """
    if plan.refused:
        raise ImportRefused(
            say(
                "{count} row(s) of {source} are refused; nothing was imported "
                "(correct the file and import it again)",
                count=len(plan.refused),
                source=plan.source,
            )
        )
    try:
        return _apply(session, plan)
    except ImportRefused:
        raise
    except DomainError as exc:
        raise ImportRefused(
            say("{reason}; nothing was imported", reason=error_reason(exc))
        ) from exc


def _apply(session: Session, plan: ItineraryImportPlan) -> ItineraryImportResult:
    existing = _existing_items(session, plan.mission_id)
    places: dict[tuple[str, str], int] = {}
    created: list[int] = []
    skipped = plan.count(RowAction.SKIP)
    for row in plan.to_create:
        assert row.start_local is not None and row.end_local is not None
        assert row.start_zone is not None and row.attendance is not None
        key = (fold(row.title), row.start_local)
        if key in existing:
            skipped += 1
            continue
        with row_context(row.row_number):
            venue_id = None
            if row.place is not None:
                venue_id = row.place.venue_id
                if venue_id is None:
                    place_key = _place_key(row.place.name, row.place.city)
                    if place_key not in places:
                        places[place_key] = venue_service.find_or_create_venue(
                            session,
                            name=row.place.name,
                            address=row.place.address,
                            city=row.place.city,
                            zone=row.place.zone,
                        )
                    venue_id = places[place_key]
            attendance = row.attendance
            item_id = itinerary_service.create_item(
                session,
                mission_id=plan.mission_id,
                kind=row.kind or ItemKind.OTHER,
                title_fr=row.title,
                title_en=row.title_en,
                start_local=row.start_local,
                start_zone=row.start_zone,
                end_local=row.end_local,
                end_zone=row.end_zone,
                stop_id=row.stop_id,
                venue_id=venue_id,
                audience=attendance.audience,
                group_ids=attendance.group_ids,
                participant_ids=attendance.participant_ids,
                excluded_participant_ids=attendance.excluded_participant_ids,
                dress_code=row.dress_code,
                to_bring=row.to_bring,
                notes_fr=row.notes_fr,
                notes_en=row.notes_en,
                internal_notes=row.internal_notes,
                staff_in_charge_id=row.staff_in_charge_id,
            )
        existing[key] = item_id
        created.append(item_id)
    return ItineraryImportResult(
        created=len(created),
        skipped=skipped,
        places_created=len(places),
        item_ids=tuple(created),
    )
