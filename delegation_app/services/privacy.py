"""Personal data after a mission: the purge, and a delegate's right of access.

**Purge.** A delegate whose every mission ended more than N months ago (the database setting
``privacy.purge_after_months``, 12 by default) no longer needs their travel papers on the
laptop. ``purge_plan`` lists them with what would go (field names and counts, never values);
``apply_purge`` erases it:

- on the person: birth date, passport number, country and expiry, dietary and mobility needs,
  emergency contact, and the photo (the attachment row with its bytes);
- on each of their participations: entry authorisation numbers and expiries, flight booking
  references and seats.

Kept, so that statistics (delegates per mission and per organisation, meetings, leads,
agreements) stay true: names, organisation, job title, e-mail and phone, nationality, every
participation with its role, status, groups, rooms and attendance, the authorisation rows
(kind, country, state) and the booking rows (who flew which flight). The setting
``privacy.purge_log`` keeps one line per purge: date, number of people, months; no names.

The caller takes a backup first (``backup_before(db, "purge")``): the purge cannot be undone
otherwise. Backups taken before it still hold the erased values until rotation deletes them.
On SQLite, ``secure_delete`` is on while the values are erased, so they do not linger in the
file's free space once the write-ahead log is checkpointed (at the latest, when closed).

**Right of access.** ``personal_data`` gathers everything the database holds about one
person, values in full; ``export_personal_data`` writes it as JSON, readable by the user only.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import ColumnElement, delete, func, or_, select, text, update
from sqlalchemy.orm import Session, contains_eager

from delegation_app import __version__
from delegation_app.errors import ValidationError
from delegation_app.messages import say
from delegation_app.services.people import resolve_person_id
from delegation_app.storage.models import (
    Accommodation,
    Agreement,
    AgreementDocument,
    AgreementParty,
    AgreementSignatory,
    Attachment,
    B2BMeeting,
    Base,
    Commitment,
    EntryAuthorisation,
    FlightBooking,
    FlightDetails,
    FollowUpAction,
    Group,
    ItemAttendance,
    ItineraryItem,
    Lead,
    LeadMeeting,
    MeetingDelegate,
    Mission,
    Organisation,
    Participant,
    ParticipantGroup,
    Person,
    RoomAssignment,
    Setting,
    Venue,
    WorkshopDetails,
    WorkshopSpeaker,
)

MONTHS_SETTING = "privacy.purge_after_months"
LOG_SETTING = "privacy.purge_log"
DEFAULT_MONTHS = 12
MAX_MONTHS = 120
EXPORT_FORMAT = "delegation-personal-data"

#: The person's fields a purge erases, in the order they are reported.
PURGED_FIELDS = (
    "birth_date",
    "passport_number",
    "passport_country",
    "passport_expiry",
    "dietary_needs",
    "mobility_needs",
    "emergency_contact",
)


# --- the setting ----------------------------------------------------------------------------


def purge_months(session: Session) -> int:
    """After how many months since their last mission a delegate's personal data goes."""
    setting = session.get(Setting, MONTHS_SETTING)
    if setting is None:
        return DEFAULT_MONTHS
    try:
        months = int(setting.value)
    except ValueError:
        return DEFAULT_MONTHS
    return months if 1 <= months <= MAX_MONTHS else DEFAULT_MONTHS


def _checked_months(months: object) -> int:
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_MONTHS:
        raise ValidationError(
            "months", say("give a whole number of months from 1 to {most}", most=MAX_MONTHS)
        )
    return months


def set_purge_months(session: Session, months: int) -> int:
    """Store the purge delay of this database (1 to 120 months); returns it."""
    months = _checked_months(months)
    setting = session.get(Setting, MONTHS_SETTING)
    if setting is None:
        session.add(Setting(key=MONTHS_SETTING, value=str(months)))
    else:
        setting.value = str(months)
    session.flush()
    return months


@dataclass(frozen=True)
class PurgeLogEntry:
    day: date
    people: int
    months: int


def purge_log(session: Session) -> list[PurgeLogEntry]:
    """The purges made in this database, oldest first."""
    setting = session.get(Setting, LOG_SETTING)
    if setting is None:
        return []
    try:
        rows = json.loads(setting.value)
        return [
            PurgeLogEntry(date.fromisoformat(r["date"]), int(r["people"]), int(r["months"]))
            for r in rows
        ]
    except (ValueError, TypeError, KeyError):
        return []


def _append_log(session: Session, entry: PurgeLogEntry) -> None:
    rows = [
        {"date": e.day.isoformat(), "people": e.people, "months": e.months}
        for e in [*purge_log(session), entry]
    ]
    value = json.dumps(rows)
    setting = session.get(Setting, LOG_SETTING)
    if setting is None:
        session.add(Setting(key=LOG_SETTING, value=value))
    else:
        setting.value = value


# --- the plan -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PurgeEntry:
    """One delegate whose personal data would go: field names and counts, never values."""

    person_id: int
    short: str
    last_mission: str
    last_mission_end: date
    fields: tuple[str, ...]  # of PURGED_FIELDS, those holding a value
    photo: bool
    entry_authorisations: int  # rows with a number or an expiry
    flight_bookings: int  # rows with a booking reference or a seat

    @property
    def total(self) -> int:
        """Values erased: fields, photo, and the number and expiry / reference and seat rows."""
        return len(self.fields) + self.photo + self.entry_authorisations + self.flight_bookings


@dataclass(frozen=True)
class PurgePlan:
    months: int
    today: date
    cutoff: date  # a delegate goes when their last mission ended before this day
    entries: tuple[PurgeEntry, ...]
    kept: int  # delegates with personal data kept: a mission ended after the cutoff

    @property
    def people(self) -> int:
        return len(self.entries)

    @property
    def is_empty(self) -> bool:
        return not self.entries

    def summary(self) -> str:
        if not self.entries:
            return (
                f"Nothing to purge: no delegate whose last mission ended before "
                f"{self.cutoff.isoformat()} ({self.months} months) holds personal data."
            )
        fields = sum(len(e.fields) for e in self.entries)
        photos = sum(e.photo for e in self.entries)
        authorisations = sum(e.entry_authorisations for e in self.entries)
        bookings = sum(e.flight_bookings for e in self.entries)
        return (
            f"{self.people} delegate(s) whose last mission ended before "
            f"{self.cutoff.isoformat()} ({self.months} months): {fields} personal field(s), "
            f"{photos} photo(s), {authorisations} entry authorisation(s), "
            f"{bookings} flight booking(s) to erase."
        )


@dataclass(frozen=True)
class PurgeResult:
    day: date
    months: int
    people: int
    fields: int
    photos: int
    entry_authorisations: int
    flight_bookings: int
    skipped: int  # in the plan, but on a mission within the limit by now

    def summary(self) -> str:
        text = (
            f"Purged {self.people} delegate(s): {self.fields} personal field(s), "
            f"{self.photos} photo(s), {self.entry_authorisations} entry authorisation(s), "
            f"{self.flight_bookings} flight booking(s) erased"
        )
        if self.skipped:
            text += f"; {self.skipped} kept (now on a mission within {self.months} months)"
        return text + "."


def cutoff_for(today: date, months: int) -> date:
    return today - relativedelta(months=months)


def _has_personal_data() -> ColumnElement[bool]:
    return or_(
        *(getattr(Person, name).is_not(None) for name in PURGED_FIELDS),
        Person.photo_id.is_not(None),
    )


def _counted(session: Session, statement: Any, ids: Sequence[int]) -> dict[int, int]:
    """``statement`` selects (person id, count) grouped by person; run over ``ids``."""
    counts: dict[int, int] = {}
    for chunk in _chunks(ids):
        rows = session.execute(statement.where(Participant.person_id.in_(chunk)))
        counts.update({int(pid): int(n) for pid, n in rows})
    return counts


def _chunks(ids: Sequence[int], size: int = 900) -> Iterator[Sequence[int]]:
    """Slices small enough for any database's limit on bound parameters."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _entries(
    session: Session, cutoff: date, only: Iterable[int] | None = None
) -> tuple[list[PurgeEntry], set[int]]:
    """What would be erased, per delegate past the cutoff; and who is past it at all."""
    last_end = func.max(Mission.end_date)
    past: dict[int, date] = {
        pid: end
        for pid, end in session.execute(
            select(Participant.person_id, last_end)
            .join(Mission, Mission.id == Participant.mission_id)
            .group_by(Participant.person_id)
            .having(last_end < cutoff)
        )
    }
    if only is not None:
        wanted = set(only)
        past = {pid: end for pid, end in past.items() if pid in wanted}
    ids = sorted(past)
    if not ids:
        return [], set()
    authorisations = _counted(
        session,
        select(Participant.person_id, func.count())
        .join(EntryAuthorisation, EntryAuthorisation.participant_id == Participant.id)
        .where(or_(EntryAuthorisation.number.is_not(None), EntryAuthorisation.expiry.is_not(None)))
        .group_by(Participant.person_id),
        ids,
    )
    bookings = _counted(
        session,
        select(Participant.person_id, func.count())
        .join(FlightBooking, FlightBooking.participant_id == Participant.id)
        .where(or_(FlightBooking.booking_reference.is_not(None), FlightBooking.seat.is_not(None)))
        .group_by(Participant.person_id),
        ids,
    )
    last_mission: dict[int, tuple[date, str]] = {}
    people: dict[int, Any] = {}
    columns = [getattr(Person, name) for name in PURGED_FIELDS]
    for chunk in _chunks(ids):
        for pid, end, short in session.execute(
            select(Participant.person_id, Mission.end_date, Mission.short)
            .join(Mission, Mission.id == Participant.mission_id)
            .where(Participant.person_id.in_(chunk))
        ):
            if pid not in last_mission or (end, short) > last_mission[pid]:
                last_mission[pid] = (end, short)
        for row in session.execute(
            select(Person.id, Person.short, Person.photo_id, *columns).where(Person.id.in_(chunk))
        ):
            people[row[0]] = row
    entries = []
    for pid in ids:
        row = people[pid]
        fields = tuple(name for name, value in zip(PURGED_FIELDS, row[3:], strict=True) if value)
        entry = PurgeEntry(
            person_id=pid,
            short=row[1],
            last_mission=last_mission[pid][1],
            last_mission_end=last_mission[pid][0],
            fields=fields,
            photo=row[2] is not None,
            entry_authorisations=authorisations.get(pid, 0),
            flight_bookings=bookings.get(pid, 0),
        )
        if entry.total:
            entries.append(entry)
    return entries, set(ids)


def purge_plan(
    session: Session, *, months: int | None = None, today: date | None = None
) -> PurgePlan:
    """The delegates whose every mission ended more than ``months`` months before ``today``
    (default: the database's setting, and today), with what a purge would erase."""
    months = purge_months(session) if months is None else _checked_months(months)
    today = today or date.today()
    cutoff = cutoff_for(today, months)
    entries, _past = _entries(session, cutoff)
    last_end = func.max(Mission.end_date)
    recent = (
        select(Participant.person_id)
        .join(Mission, Mission.id == Participant.mission_id)
        .group_by(Participant.person_id)
        .having(last_end >= cutoff)
        .subquery()
    )
    kept = session.scalar(
        select(func.count())
        .select_from(Person)
        .where(Person.id.in_(select(recent.c.person_id)), _has_personal_data())
    )
    return PurgePlan(months, today, cutoff, tuple(entries), int(kept or 0))


# --- the purge ------------------------------------------------------------------------------


@contextlib.contextmanager
def _secure_delete(session: Session) -> Iterator[None]:
    """On SQLite, overwrite erased values with zeros rather than leave them in free space."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    previous = session.execute(text("PRAGMA secure_delete")).scalar()
    session.execute(text("PRAGMA secure_delete = ON"))
    try:
        yield
    finally:
        session.execute(text(f"PRAGMA secure_delete = {int(previous or 0)}"))


def apply_purge(session: Session, plan: PurgePlan) -> PurgeResult:
    """Erase the personal data of the plan's delegates (take a backup first: see above).

    Each delegate is checked again: one added to a mission within the limit since the plan
    was made is kept (``skipped``). Running it again erases nothing more.
    """
    session.flush()
    planned = {e.person_id for e in plan.entries}
    entries, past = _entries(session, plan.cutoff, only=planned)
    ids = [e.person_id for e in entries]
    skipped = len(planned - past)  # erased already (the same plan applied twice) is not "kept"
    if ids:
        with _secure_delete(session):
            _erase(session, ids)
        _append_log(session, PurgeLogEntry(plan.today, len(ids), plan.months))
        session.flush()
        session.expire_all()  # the rows changed underneath the identity map
    return PurgeResult(
        day=plan.today,
        months=plan.months,
        people=len(ids),
        fields=sum(len(e.fields) for e in entries),
        photos=sum(e.photo for e in entries),
        entry_authorisations=sum(e.entry_authorisations for e in entries),
        flight_bookings=sum(e.flight_bookings for e in entries),
        skipped=skipped,
    )


def _erase(session: Session, ids: Sequence[int]) -> None:
    cleared: dict[str, None] = dict.fromkeys(PURGED_FIELDS)
    for chunk in _chunks(ids):
        photos = list(
            session.scalars(
                select(Person.photo_id).where(Person.id.in_(chunk), Person.photo_id.is_not(None))
            )
        )
        session.execute(
            update(Person).where(Person.id.in_(chunk)).values(**cleared, photo_id=None),
            execution_options={"synchronize_session": False},
        )
        participations = select(Participant.id).where(Participant.person_id.in_(chunk))
        session.execute(
            update(EntryAuthorisation)
            .where(EntryAuthorisation.participant_id.in_(participations))
            .values(number=None, expiry=None),
            execution_options={"synchronize_session": False},
        )
        session.execute(
            update(FlightBooking)
            .where(FlightBooking.participant_id.in_(participations))
            .values(booking_reference=None, seat=None),
            execution_options={"synchronize_session": False},
        )
        if photos:
            # A photo also used elsewhere (another person, an agreement's text) stays.
            session.execute(
                delete(Attachment).where(
                    Attachment.id.in_(photos),
                    Attachment.id.not_in(
                        select(Person.photo_id).where(Person.photo_id.is_not(None))
                    ),
                    Attachment.id.not_in(select(AgreementDocument.attachment_id)),
                ),
                execution_options={"synchronize_session": False},
            )


def sensitive_values(session: Session) -> list[str]:
    """Every stored value that must never reach a log (for ``logs.register_sensitive``):
    passport numbers, birth dates, needs, emergency contacts, authorisation numbers and
    booking references. Names, e-mails and phones are left to the log's own rules."""
    values: set[str] = set()
    columns = (
        Person.passport_number,
        Person.birth_date,
        Person.dietary_needs,
        Person.mobility_needs,
        Person.emergency_contact,
    )
    for column in columns:
        values.update(str(v) for v in session.scalars(select(column).where(column.is_not(None))))
    values.update(
        session.scalars(
            select(EntryAuthorisation.number).where(EntryAuthorisation.number.is_not(None))
        )
    )
    values.update(
        session.scalars(
            select(FlightBooking.booking_reference).where(
                FlightBooking.booking_reference.is_not(None)
            )
        )
    )
    return sorted(values)


# --- right of access ------------------------------------------------------------------------


def _plain(value: object) -> object:
    """A value as JSON holds it: dates in ISO 8601, enumerations by their stored value,
    bytes in base 64."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _row(obj: object, names: Iterable[str]) -> dict[str, object]:
    return {name: _plain(getattr(obj, name)) for name in names}


_PERSON_FIELDS = (
    "id", "short", "honorific", "given_name", "family_name", "email", "phone", "language",
    "job_title", "nationality", "birth_date", "passport_number", "passport_country",
    "passport_expiry", "dietary_needs", "mobility_needs", "emergency_contact", "notes",
)  # fmt: skip
_PARTICIPANT_FIELDS = (
    "role", "status", "capacity", "contact_role", "language", "status_changed_on",
    "arrival_notes",
)  # fmt: skip


def _item(item: ItineraryItem) -> dict[str, object]:
    return {
        "title_fr": item.title_fr,
        "title_en": item.title_en,
        "kind": _plain(item.kind),
        "start": _plain(item.start_local),
        "start_zone": item.start_zone,
        "end": _plain(item.end_local),
        "end_zone": item.end_zone,
    }


def _mission(mission: Mission) -> dict[str, object]:
    return _row(mission, ("short", "title_fr", "title_en", "start_date", "end_date", "status"))


def _photo(session: Session, photo_id: int | None) -> dict[str, object] | None:
    if photo_id is None:
        return None
    photo = session.get(Attachment, photo_id)
    if photo is None:
        return None
    return {
        **_row(photo, ("file_name", "media_type", "size", "sha256", "uploaded_at")),
        "content_base64": base64.b64encode(photo.content).decode("ascii"),
    }


def _participations(
    session: Session, person_id: int
) -> tuple[list[dict[str, object]], set[int], list[int]]:
    participants = list(
        session.scalars(
            select(Participant)
            .join(Mission, Mission.id == Participant.mission_id)
            .where(Participant.person_id == person_id)
            .options(contains_eager(Participant.mission))
            .order_by(Mission.start_date, Mission.id)
        )
    )
    ids = [p.id for p in participants]
    groups: dict[int, list[str]] = defaultdict(list)
    for pid, name in session.execute(
        select(ParticipantGroup.participant_id, Group.name)
        .join(Group, Group.id == ParticipantGroup.group_id)
        .where(ParticipantGroup.participant_id.in_(ids))
        .order_by(Group.position, Group.name)
    ):
        groups[pid].append(name)
    rooms: dict[int, list[dict[str, object]]] = defaultdict(list)
    for room, stay, hotel in session.execute(
        select(RoomAssignment, Accommodation, Venue)
        .join(Accommodation, Accommodation.id == RoomAssignment.accommodation_id)
        .join(Venue, Venue.id == Accommodation.venue_id)
        .where(RoomAssignment.participant_id.in_(ids))
        .order_by(Accommodation.check_in)
    ):
        rooms[room.participant_id].append(
            {
                "hotel": hotel.name,
                "city": hotel.city,
                "room_number": room.room_number,
                "room_type": room.room_type,
                "check_in": _plain(room.check_in or stay.check_in),
                "check_out": _plain(room.check_out or stay.check_out),
            }
        )
    flights: dict[int, list[dict[str, object]]] = defaultdict(list)
    for booking, item, details in session.execute(
        select(FlightBooking, ItineraryItem, FlightDetails)
        .join(ItineraryItem, ItineraryItem.id == FlightBooking.item_id)
        .outerjoin(FlightDetails, FlightDetails.item_id == ItineraryItem.id)
        .where(FlightBooking.participant_id.in_(ids))
        .order_by(ItineraryItem.start_local)
    ):
        flight = _item(item)
        if details is not None:
            flight["flight"] = f"{details.carrier} {details.number}"
            flight["from"] = details.departure_airport
            flight["to"] = details.arrival_airport
        flight["booking_reference"] = booking.booking_reference
        flight["seat"] = booking.seat
        flights[booking.participant_id].append(flight)
    authorisations: dict[int, list[dict[str, object]]] = defaultdict(list)
    for authorisation in session.scalars(
        select(EntryAuthorisation)
        .where(EntryAuthorisation.participant_id.in_(ids))
        .order_by(EntryAuthorisation.id)
    ):
        authorisations[authorisation.participant_id].append(
            _row(authorisation, ("kind", "country", "state", "number", "expiry"))
        )
    meetings: dict[int, list[dict[str, object]]] = defaultdict(list)
    meeting_ids: set[int] = set()
    for pid, meeting, organisation, item in session.execute(
        select(MeetingDelegate.participant_id, B2BMeeting, Organisation, ItineraryItem)
        .join(B2BMeeting, B2BMeeting.id == MeetingDelegate.meeting_id)
        .join(Organisation, Organisation.id == B2BMeeting.organisation_id)
        .outerjoin(ItineraryItem, ItineraryItem.id == B2BMeeting.item_id)
        .where(MeetingDelegate.participant_id.in_(ids))
        .order_by(B2BMeeting.id)
    ):
        meeting_ids.add(meeting.id)
        meetings[pid].append(_meeting(meeting, organisation, item))
    attendance: dict[int, list[dict[str, object]]] = defaultdict(list)
    for mark, item in session.execute(
        select(ItemAttendance, ItineraryItem)
        .join(ItineraryItem, ItineraryItem.id == ItemAttendance.item_id)
        .where(ItemAttendance.participant_id.in_(ids))
        .order_by(ItineraryItem.start_local)
    ):
        attendance[mark.participant_id].append({**_item(item), "excluded": mark.excluded})
    in_charge: dict[int, list[dict[str, object]]] = defaultdict(list)
    for item in session.scalars(
        select(ItineraryItem)
        .where(ItineraryItem.staff_in_charge_id.in_(ids))
        .order_by(ItineraryItem.start_local)
    ):
        assert item.staff_in_charge_id is not None
        in_charge[item.staff_in_charge_id].append(_item(item))
    result: list[dict[str, object]] = []
    for p in participants:
        result.append(
            {
                "mission": _mission(p.mission),
                **_row(p, _PARTICIPANT_FIELDS),
                "groups": groups[p.id],
                "rooms": rooms[p.id],
                "flights": flights[p.id],
                "entry_authorisations": authorisations[p.id],
                "meetings": meetings[p.id],
                "attendance_exceptions": attendance[p.id],
                "items_in_charge": in_charge[p.id],
            }
        )
    return result, meeting_ids, ids


def _meeting(
    meeting: B2BMeeting, organisation: Organisation, item: ItineraryItem | None
) -> dict[str, object]:
    return {
        "organisation": organisation.name,
        **_row(meeting, ("status", "purpose", "outcome", "languages")),
        "scheduled": _item(item) if item is not None else None,
    }


def _mission_shorts(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(Mission.id, Mission.short).where(Mission.id.in_(wanted)))
    return {mission_id: short for mission_id, short in rows}


# Tables pointing to a person or a participation that the export already reads by name.
_READ_BY_NAME = frozenset(
    {
        ("participant", "person_id"),
        ("workshop_details", "moderator_id"),
        ("workshop_speaker", "person_id"),
        ("b2b_meeting", "contact_person_id"),
        ("lead", "owner_id"),
        ("follow_up_action", "owner_id"),
        ("agreement_signatory", "person_id"),
        ("commitment", "owner_id"),
        ("participant_group", "participant_id"),
        ("entry_authorisation", "participant_id"),
        ("itinerary_item", "staff_in_charge_id"),
        ("item_attendance", "participant_id"),
        ("flight_booking", "participant_id"),
        ("meeting_delegate", "participant_id"),
        ("room_assignment", "participant_id"),
    }
)


def _other_records(
    session: Session, person_id: int, participant_ids: Sequence[int]
) -> dict[str, list[dict[str, object]]]:
    """Rows of any other table pointing to the person or their participations, in full.

    A table added later is in the export from the start, until it gets a section of its own.
    """
    found: dict[str, list[dict[str, object]]] = {}
    for table in Base.metadata.sorted_tables:
        for key in sorted(table.foreign_keys, key=lambda fk: fk.parent.name):
            target = key.column.table.name
            if target not in ("person", "participant") or key.column.name != "id":
                continue
            if (table.name, key.parent.name) in _READ_BY_NAME:
                continue
            ids = [person_id] if target == "person" else list(participant_ids)
            if not ids:
                continue
            rows = session.execute(select(table).where(key.parent.in_(ids))).mappings()
            found.setdefault(table.name, []).extend(
                {name: _plain(value) for name, value in row.items()} for row in rows
            )
    return found


def personal_data(session: Session, person_ref: str) -> dict[str, Any]:
    """Everything the database holds about one person (by id or short name), values in full.

    Raises ``NotFound`` for an unknown person.
    """
    person_id = resolve_person_id(session, person_ref)
    person = session.get(Person, person_id)
    assert person is not None
    participations, meeting_ids, participant_ids = _participations(session, person_id)

    as_contact = []
    for meeting, organisation, item in session.execute(
        select(B2BMeeting, Organisation, ItineraryItem)
        .join(Organisation, Organisation.id == B2BMeeting.organisation_id)
        .outerjoin(ItineraryItem, ItineraryItem.id == B2BMeeting.item_id)
        .where(B2BMeeting.contact_person_id == person_id)
        .order_by(B2BMeeting.id)
    ):
        meeting_ids.add(meeting.id)
        as_contact.append(_meeting(meeting, organisation, item))

    from_their_meetings = select(LeadMeeting.lead_id).where(LeadMeeting.meeting_id.in_(meeting_ids))
    leads = list(
        session.execute(
            select(Lead, Organisation)
            .join(Organisation, Organisation.id == Lead.organisation_id)
            .where(or_(Lead.owner_id == person_id, Lead.id.in_(from_their_meetings)))
            .order_by(Lead.id)
        )
    )
    missions = _mission_shorts(session, (lead.mission_id for lead, _ in leads))
    lead_rows = [
        {
            "organisation": organisation.name,
            "mission": missions.get(lead.mission_id) if lead.mission_id else None,
            "as": "owner" if lead.owner_id == person_id else "from their meeting",
            **_row(
                lead,
                (
                    "stage",
                    "sector",
                    "project",
                    "jobs_expected",
                    "investment_expected",
                    "investment_currency",
                ),
            ),
        }
        for lead, organisation in leads
    ]
    follow_ups = [
        _row(action, ("description", "due_date", "status", "closed_on", "meeting_id", "lead_id"))
        for action in session.scalars(
            select(FollowUpAction)
            .where(FollowUpAction.owner_id == person_id)
            .order_by(FollowUpAction.id)
        )
    ]

    signatures = [
        {
            "agreement": agreement.short,
            "title_fr": agreement.title_fr,
            "title_en": agreement.title_en,
            "status": _plain(agreement.status),
            "signing_date": _plain(agreement.signing_date),
            "party": organisation.name,
            "capacity": signatory.capacity,
        }
        for signatory, agreement, organisation in session.execute(
            select(AgreementSignatory, Agreement, Organisation)
            .join(Agreement, Agreement.id == AgreementSignatory.agreement_id)
            .join(AgreementParty, AgreementParty.id == AgreementSignatory.party_id)
            .join(Organisation, Organisation.id == AgreementParty.organisation_id)
            .where(AgreementSignatory.person_id == person_id)
            .order_by(Agreement.id)
        )
    ]
    commitments = [
        {"agreement": agreement.short, **_row(c, ("description", "due_date", "status"))}
        for c, agreement in session.execute(
            select(Commitment, Agreement)
            .join(Agreement, Agreement.id == Commitment.agreement_id)
            .where(Commitment.owner_id == person_id)
            .order_by(Commitment.id)
        )
    ]
    workshops = [
        {**_item(item), "as": "speaker", "topic": speaker.topic}
        for speaker, item in session.execute(
            select(WorkshopSpeaker, ItineraryItem)
            .join(ItineraryItem, ItineraryItem.id == WorkshopSpeaker.item_id)
            .where(WorkshopSpeaker.person_id == person_id)
        )
    ] + [
        {**_item(item), "as": "moderator", "theme": details.theme}
        for details, item in session.execute(
            select(WorkshopDetails, ItineraryItem)
            .join(ItineraryItem, ItineraryItem.id == WorkshopDetails.item_id)
            .where(WorkshopDetails.moderator_id == person_id)
        )
    ]
    return {
        "format": EXPORT_FORMAT,
        "version": 1,
        "program_version": __version__,
        "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "person": {
            **_row(person, _PERSON_FIELDS),
            "organisation": person.organisation.name if person.organisation else None,
            "photo": _photo(session, person.photo_id),
        },
        "participations": participations,
        "meetings_as_contact": as_contact,
        "workshops": workshops,
        "leads": lead_rows,
        "follow_up_actions": follow_ups,
        "agreements_signed": signatures,
        "commitments": commitments,
        "other_records": _other_records(session, person_id, participant_ids),
    }


def export_personal_data(session: Session, person_ref: str, path: Path) -> Path:
    """Write ``personal_data`` as indented UTF-8 JSON to ``path``, readable by the user only
    (0600 on POSIX), through a temporary file moved into place; returns ``path``."""
    data = personal_data(session, person_ref)
    path = Path(path)
    if path.suffix.lower() != ".json":
        raise ValidationError("output", say("'{name}' must end in .json", name=path.name))
    payload = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:  # mkstemp: mode 0600
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        if os.name == "posix":
            os.chmod(path, 0o600)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
