"""Itinerary items (anything with a time and a place) and who attends them.

Creating, editing, moving, duplicating and deleting items all check the same rules: local wall
times that exist in their zone, an end after the start, a place, stop and audience of the item's
mission. Every change a delegate would see raises the item's iCalendar ``sequence`` so calendar
apps take the new version; internal notes are for the organisers and raise nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import RowMapping, Table, delete, func, insert, or_, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.messages import Said, say
from delegation_app.services.airports import check_flight_zones
from delegation_app.services.recurrence import MAX_OCCURRENCES, occurrences
from delegation_app.services.validation import (
    aware,
    check_country,
    check_local_time,
    check_zone,
    optional_text,
    require_text,
    utc_now,
)
from delegation_app.storage.models import (
    Audience,
    B2BMeeting,
    Base,
    FlightBooking,
    FlightDetails,
    Group,
    ItemAttendance,
    ItemGroup,
    ItemKind,
    ItineraryItem,
    MeetingDelegate,
    Mission,
    Participant,
    ParticipantGroup,
    ParticipantStatus,
    Stop,
    Venue,
    WorkshopSpeaker,
)


@dataclass(frozen=True)
class FlightInput:
    carrier: str
    number: str
    departure_airport: str
    arrival_airport: str


def _iata(code: str | None) -> str | None:
    code = (code or "").strip().upper()
    if not code:
        return None
    if not (len(code) == 3 and code.isascii() and code.isalpha()):
        raise ValidationError(
            "airport code", say("'{code}' is not a three-letter IATA code", code=code)
        )
    return code


def create_venue(
    session: Session,
    *,
    name: str,
    address: str | None = None,
    city: str | None = None,
    country: str | None = None,
    zone: str | None = None,
    phone: str | None = None,
    latitude: float | None = None,
    longitude: float | None = None,
    iata_code: str | None = None,
) -> int:
    if latitude is not None and not -90 <= latitude <= 90:
        raise ValidationError(
            "latitude", say("{latitude} is not between -90 and 90", latitude=latitude)
        )
    if longitude is not None and not -180 <= longitude <= 180:
        raise ValidationError(
            "longitude", say("{longitude} is not between -180 and 180", longitude=longitude)
        )
    venue = Venue(
        name=require_text("venue name", name),
        address=optional_text("address", address, max_length=300),
        city=optional_text("city", city, max_length=120),
        country=check_country("venue country", country),
        zone=check_zone("venue zone", zone) if zone else None,
        phone=optional_text("venue phone", phone, max_length=40),
        latitude=latitude,
        longitude=longitude,
        iata_code=_iata(iata_code),
    )
    session.add(venue)
    session.flush()
    return venue.id


def create_item(
    session: Session,
    *,
    mission_id: int,
    kind: ItemKind,
    title_fr: str,
    start_local: datetime,
    start_zone: str,
    end_local: datetime,
    end_zone: str | None = None,
    title_en: str | None = None,
    stop_id: int | None = None,
    venue_id: int | None = None,
    audience: Audience = Audience.EVERYONE,
    group_ids: Sequence[int] = (),
    participant_ids: Sequence[int] = (),
    excluded_participant_ids: Sequence[int] = (),
    dress_code: str | None = None,
    to_bring: str | None = None,
    notes_fr: str | None = None,
    notes_en: str | None = None,
    internal_notes: str | None = None,
    staff_in_charge_id: int | None = None,
    recurrence: str | None = None,
    is_private: bool = False,
    flight: FlightInput | None = None,
) -> int:
    """Create an item after checking its times, place and audience; returns its id."""
    mission = session.get(Mission, mission_id)
    if mission is None:
        raise NotFound(say("no mission with id {id}", id=mission_id))
    fields = ItemChanges(
        kind=kind,
        title_fr=title_fr,
        title_en=title_en,
        start_local=start_local,
        start_zone=start_zone,
        end_local=end_local,
        end_zone=end_zone,
        stop_id=stop_id,
        venue_id=venue_id,
        audience=audience,
        group_ids=tuple(group_ids),
        participant_ids=tuple(participant_ids),
        excluded_participant_ids=tuple(excluded_participant_ids),
        dress_code=dress_code,
        to_bring=to_bring,
        notes_fr=notes_fr,
        notes_en=notes_en,
        internal_notes=internal_notes,
        staff_in_charge_id=staff_in_charge_id,
        recurrence=recurrence,
        is_private=is_private,
        flight=flight,
    )
    clean = _checked(session, mission, fields)
    item = ItineraryItem(mission_id=mission_id, updated_at=utc_now(), **clean.columns)
    session.add(item)
    session.flush()
    _write_audience(session, item.id, clean)
    if clean.flight is not None:
        session.add(FlightDetails(item_id=item.id, **_flight_columns(clean.flight)))
    session.flush()
    return item.id


def book_flight(
    session: Session,
    *,
    item_id: int,
    participant_id: int,
    booking_reference: str | None,
    seat: str | None = None,
) -> None:
    if session.get(FlightDetails, item_id) is None:
        raise NotFound(say("item {id} is not a flight", id=item_id))
    item = session.get(ItineraryItem, item_id)
    participant = session.get(Participant, participant_id)
    if participant is None:
        raise NotFound(say("no participant with id {id}", id=participant_id))
    if item is None or participant.mission_id != item.mission_id:
        raise ValidationError("passenger", say("the passenger is not on this flight's mission"))
    booking = session.get(FlightBooking, (item_id, participant_id)) or FlightBooking(
        item_id=item_id, participant_id=participant_id
    )
    booking.booking_reference = optional_text("booking reference", booking_reference, max_length=12)
    booking.seat = optional_text("seat", seat, max_length=6)
    session.add(booking)
    session.flush()


def item_count(session: Session, mission_id: int) -> int:
    counted = session.scalar(
        select(func.count())
        .select_from(ItineraryItem)
        .where(ItineraryItem.mission_id == mission_id)
    )
    return int(counted or 0)


# --- editable fields and their checks -------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ItemChanges:
    """Every field of an item a coordinator edits: what the editor shows and sends back.

    ``title_en`` left empty means "as the French title"; ``end_zone`` left empty means the
    start zone. ``participant_ids`` are explicit inclusions (also workshop registrations),
    ``excluded_participant_ids`` explicit exceptions to the audience.
    """

    kind: ItemKind
    title_fr: str
    title_en: str | None = None
    start_local: datetime
    start_zone: str
    end_local: datetime
    end_zone: str | None = None
    stop_id: int | None = None
    venue_id: int | None = None
    audience: Audience = Audience.EVERYONE
    group_ids: tuple[int, ...] = ()
    participant_ids: tuple[int, ...] = ()
    excluded_participant_ids: tuple[int, ...] = ()
    dress_code: str | None = None
    to_bring: str | None = None
    notes_fr: str | None = None
    notes_en: str | None = None
    internal_notes: str | None = None
    staff_in_charge_id: int | None = None
    recurrence: str | None = None
    is_private: bool = False
    flight: FlightInput | None = None


@dataclass(frozen=True, kw_only=True)
class ItemDetail(ItemChanges):
    """One stored item with every editable field (id tuples sorted) and its calendar identity."""

    id: int
    mission_id: int
    uid: str
    sequence: int
    updated_at: datetime | None
    end_zone: str  # always stored

    def changes(self) -> ItemChanges:
        """The editable part, to change and pass to :func:`update_item`."""
        return editable(self)

    def title(self, language: str) -> str:
        return self.title_fr if language == "fr" else (self.title_en or self.title_fr)


def editable(fields_of: ItemChanges) -> ItemChanges:
    """The :class:`ItemChanges` part of an item's fields (drops an ``ItemDetail``'s identity)."""
    return ItemChanges(**{f.name: getattr(fields_of, f.name) for f in fields(ItemChanges)})


@dataclass(frozen=True)
class _Clean:
    """Checked, normalised fields, ready to be written."""

    columns: dict[str, Any]
    group_ids: frozenset[int]
    included: frozenset[int]
    excluded: frozenset[int]
    flight: FlightInput | None


def _checked(session: Session, mission: Mission, fields_of: ItemChanges) -> _Clean:
    """Check every field as :func:`create_item` always has; raise ValidationError naming it."""
    f = fields_of
    mission_id = mission.id
    title_fr = require_text("title", f.title_fr)
    title_en = require_text("English title", f.title_en) if f.title_en else title_fr
    start_zone = check_zone("start zone", f.start_zone)
    end_zone = check_zone("end zone", f.end_zone or start_zone)
    # A year either side of the mission is room enough for early flights and late follow-ups;
    # further off is a typo (and near year 1 or 9999, no instant can even be computed).
    earliest = mission.start_date - timedelta(days=366)
    latest = mission.end_date + timedelta(days=366)
    for name, local in (("start", f.start_local), ("end", f.end_local)):
        if not earliest <= local.date() <= latest:
            raise ValidationError(
                name,
                say("{day:%Y-%m-%d} is more than a year away from the mission's dates", day=local),
            )
    check_local_time("start", f.start_local, start_zone)
    check_local_time("end", f.end_local, end_zone)
    if aware(f.end_local, end_zone) < aware(f.start_local, start_zone):
        raise ValidationError(
            "end",
            say(
                "{end:%Y-%m-%d %H:%M} ({end_zone}) is before the start "
                "{start:%Y-%m-%d %H:%M} ({start_zone})",
                end=f.end_local,
                end_zone=end_zone,
                start=f.start_local,
                start_zone=start_zone,
            ),
        )
    if f.stop_id is not None:
        stop = session.get(Stop, f.stop_id)
        if stop is None or stop.mission_id != mission_id:
            raise ValidationError("stop", say("the stop does not belong to this mission"))
    if f.venue_id is not None and session.get(Venue, f.venue_id) is None:
        raise NotFound(say("no venue with id {id}", id=f.venue_id))
    if f.recurrence:
        repeats = occurrences(f.start_local, f.end_local, f.recurrence, mission.end_date)
        if len(repeats) > MAX_OCCURRENCES:
            raise ValidationError(
                "repeat",
                say(
                    "'{rule}' repeats more than {count} times within the mission",
                    rule=f.recurrence,
                    count=MAX_OCCURRENCES,
                ),
            )
        for repeat_start, repeat_end in repeats[1:]:
            check_local_time("repeat", repeat_start, start_zone)
            check_local_time("repeat", repeat_end, end_zone)
    group_ids = frozenset(f.group_ids)
    if f.audience == Audience.GROUPS and not group_ids:
        raise ValidationError("groups", say("choose at least one group, or invite everyone"))
    if group_ids:
        owners = set(session.scalars(select(Group.mission_id).where(Group.id.in_(group_ids))))
        found = len(session.scalars(select(Group.id).where(Group.id.in_(group_ids))).all())
        if found != len(group_ids) or owners - {mission_id}:
            raise ValidationError("groups", say("a group does not belong to this mission"))
    included, excluded = frozenset(f.participant_ids), frozenset(f.excluded_participant_ids)
    # Flights, workshops and meetings may get their people from bookings, registrations and
    # meeting delegates alone, added after the item exists.
    filled_later = (ItemKind.FLIGHT, ItemKind.WORKSHOP, ItemKind.MEETING)
    if f.audience == Audience.PEOPLE and not included and f.kind not in filled_later:
        raise ValidationError("attendees", say("choose at least one delegate, or invite everyone"))
    if included & excluded:
        raise ValidationError("attendees", say("a delegate cannot be both invited and excluded"))
    if f.flight is not None and f.kind != ItemKind.FLIGHT:
        raise ValidationError("flight", say("flight details given for an item that is no flight"))
    everyone = set(included | excluded)
    if f.staff_in_charge_id is not None:
        everyone.add(f.staff_in_charge_id)
    if everyone:
        known = set(
            session.scalars(
                select(Participant.id).where(
                    Participant.id.in_(everyone), Participant.mission_id == mission_id
                )
            )
        )
        if known != everyone:
            raise ValidationError("attendees", say("someone named is not on this mission's roster"))
    flight = _clean_flight(f.flight) if f.flight is not None else None
    if flight is not None:
        # A flight's times are on its airports' clocks: a landing typed in Paris time for a
        # Miami arrival would put every delegate's evening six hours off.
        check_flight_zones(
            flight.departure_airport,
            flight.arrival_airport,
            start_zone,
            end_zone,
            start_local=f.start_local,
            end_local=f.end_local,
        )
    columns: dict[str, Any] = {
        "stop_id": f.stop_id,
        "kind": f.kind,
        "title_fr": title_fr,
        "title_en": title_en,
        "start_local": f.start_local,
        "start_zone": start_zone,
        "end_local": f.end_local,
        "end_zone": end_zone,
        "venue_id": f.venue_id,
        "audience": f.audience,
        "dress_code": optional_text("dress code", f.dress_code, max_length=120),
        "to_bring": optional_text("to bring", f.to_bring, max_length=300),
        "notes_fr": optional_text("French notes", f.notes_fr, max_length=10_000),
        "notes_en": optional_text("English notes", f.notes_en, max_length=10_000),
        "internal_notes": optional_text("internal notes", f.internal_notes, max_length=10_000),
        "staff_in_charge_id": f.staff_in_charge_id,
        "recurrence": f.recurrence or None,
        "is_private": f.is_private,
    }
    return _Clean(columns, group_ids, included, excluded, flight)


def _clean_flight(flight: FlightInput) -> FlightInput:
    return FlightInput(
        carrier=require_text("carrier", flight.carrier, max_length=3).upper(),
        number=require_text("flight number", flight.number, max_length=8),
        departure_airport=require_text(
            "departure airport", flight.departure_airport, max_length=3
        ).upper(),
        arrival_airport=require_text(
            "arrival airport", flight.arrival_airport, max_length=3
        ).upper(),
    )


def _flight_columns(flight: FlightInput) -> dict[str, str]:
    return {
        "carrier": flight.carrier,
        "number": flight.number,
        "departure_airport": flight.departure_airport,
        "arrival_airport": flight.arrival_airport,
    }


def _write_audience(session: Session, item_id: int, clean: _Clean) -> None:
    """Make the item's group and attendance rows exactly those of ``clean``."""
    groups = set(session.scalars(select(ItemGroup.group_id).where(ItemGroup.item_id == item_id)))
    if groups - clean.group_ids:
        session.execute(
            delete(ItemGroup).where(
                ItemGroup.item_id == item_id, ItemGroup.group_id.in_(groups - clean.group_ids)
            )
        )
    session.add_all(ItemGroup(item_id=item_id, group_id=g) for g in clean.group_ids - groups)
    rows = {
        a.participant_id: a
        for a in session.scalars(select(ItemAttendance).where(ItemAttendance.item_id == item_id))
    }
    for participant_id, row in rows.items():
        if participant_id in clean.included:
            row.excluded = False
        elif participant_id in clean.excluded:
            row.excluded = True
        else:
            session.delete(row)
    session.add_all(
        ItemAttendance(item_id=item_id, participant_id=p, excluded=p in clean.excluded)
        for p in (clean.included | clean.excluded) - set(rows)
    )
    session.flush()


# --- reading, editing, moving, duplicating --------------------------------------------------


def _item(session: Session, item_id: int) -> ItineraryItem:
    item = session.get(ItineraryItem, item_id)
    if item is None:
        raise NotFound(say("no itinerary item with id {id}", id=item_id))
    return item


def _detail(session: Session, item: ItineraryItem) -> ItemDetail:
    group_ids = tuple(
        sorted(session.scalars(select(ItemGroup.group_id).where(ItemGroup.item_id == item.id)))
    )
    included: list[int] = []
    excluded: list[int] = []
    for participant_id, is_excluded in session.execute(
        select(ItemAttendance.participant_id, ItemAttendance.excluded).where(
            ItemAttendance.item_id == item.id
        )
    ):
        (excluded if is_excluded else included).append(participant_id)
    details = session.get(FlightDetails, item.id)
    flight = (
        FlightInput(
            carrier=details.carrier,
            number=details.number,
            departure_airport=details.departure_airport,
            arrival_airport=details.arrival_airport,
        )
        if details is not None
        else None
    )
    return ItemDetail(
        id=item.id,
        mission_id=item.mission_id,
        uid=item.uid,
        sequence=item.sequence,
        updated_at=item.updated_at,
        kind=item.kind,
        title_fr=item.title_fr,
        title_en=item.title_en,
        start_local=item.start_local,
        start_zone=item.start_zone,
        end_local=item.end_local,
        end_zone=item.end_zone,
        stop_id=item.stop_id,
        venue_id=item.venue_id,
        audience=item.audience,
        group_ids=group_ids,
        participant_ids=tuple(sorted(included)),
        excluded_participant_ids=tuple(sorted(excluded)),
        dress_code=item.dress_code,
        to_bring=item.to_bring,
        notes_fr=item.notes_fr,
        notes_en=item.notes_en,
        internal_notes=item.internal_notes,
        staff_in_charge_id=item.staff_in_charge_id,
        recurrence=item.recurrence,
        is_private=item.is_private,
        flight=flight,
    )


def item_detail(session: Session, item_id: int) -> ItemDetail:
    """Every editable field of one item, as the editor shows it."""
    return _detail(session, _item(session, item_id))


def _seen_by_delegates(detail: ItemDetail) -> ItemChanges:
    """What booklets and calendars show: everything but the organisers' internal notes."""
    return replace(editable(detail), internal_notes=None)


def update_item(
    session: Session, item_id: int, changes: ItemChanges | None = None, /, **fields_of: Any
) -> ItemDetail:
    """Change an item: either a whole :class:`ItemChanges`, or some fields by name
    (``update_item(session, 7, title_fr="Déjeuner")``), or both (the names win).

    Checked like :func:`create_item`. When anything a delegate would see changes, the
    ``sequence`` is raised by one and ``updated_at`` set; returns the item as stored.
    """
    item = _item(session, item_id)
    mission = session.get(Mission, item.mission_id)
    if mission is None:  # pragma: no cover - the foreign key forbids it
        raise NotFound(say("no mission with id {id}", id=item.mission_id))
    before = _detail(session, item)
    wanted = editable(changes if changes is not None else before)
    if fields_of:
        wanted = replace(wanted, **fields_of)  # an unknown name is a TypeError: a bug, not input
    clean = _checked(session, mission, wanted)
    if clean.flight is None and before.flight is not None:
        booked = session.scalar(
            select(func.count()).select_from(FlightBooking).where(FlightBooking.item_id == item.id)
        )
        if booked:
            flight = before.flight
            raise ValidationError(
                "kind",
                say(
                    "1 passenger is booked on {carrier} {number}: "
                    "it stays a flight while anyone is",
                    carrier=flight.carrier,
                    number=flight.number,
                )
                if booked == 1
                else say(
                    "{count} passengers are booked on {carrier} {number}: "
                    "it stays a flight while anyone is",
                    count=booked,
                    carrier=flight.carrier,
                    number=flight.number,
                ),
            )
    for name, value in clean.columns.items():
        if getattr(item, name) != value:
            setattr(item, name, value)
    _write_audience(session, item.id, clean)
    details = session.get(FlightDetails, item.id)
    if clean.flight is None and details is not None:
        session.delete(details)  # its bookings go with it
    elif clean.flight is not None:
        if details is None:
            session.add(FlightDetails(item_id=item.id, **_flight_columns(clean.flight)))
        else:
            for name, value in _flight_columns(clean.flight).items():
                setattr(details, name, value)
    session.flush()
    after = _detail(session, item)
    if _seen_by_delegates(after) != _seen_by_delegates(before):
        item.sequence = before.sequence + 1
        item.updated_at = utc_now()
        session.flush()
        after = replace(after, sequence=item.sequence, updated_at=item.updated_at)
    return after


def delta_text(delta: timedelta) -> Said:
    """``15 min later``, ``1 day earlier``, ``1 day 2 h 30 min later``: a move in words (a
    ``Said``: the days and "later" are words of the reader's language)."""
    minutes = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    clock = []  # "2 h 30 min" reads the same in French
    if hours:
        clock.append(f"{hours} h")
    if minutes or not (days or hours):
        clock.append(f"{minutes} min")
    length: str = " ".join(clock)
    if days:
        in_days = say("{count} days", count=days) if days > 1 else say("{count} day", count=days)
        length = say("{days} {clock}", days=in_days, clock=length) if clock else in_days
    if delta < timedelta(0):
        return say("{length} earlier", length=length)
    return say("{length} later", length=length)


def move_item(session: Session, item_id: int, delta: timedelta) -> ItemDetail:
    """Shift the item's start and end wall times by ``delta``, keeping their zones.

    A result that does not exist (or happens twice) at a clock change is refused, naming
    the field and the time, rather than silently shifted.
    """
    item = _item(session, item_id)
    if not delta:
        return _detail(session, item)
    start, end = item.start_local + delta, item.end_local + delta
    for field, local, zone in (("start", start, item.start_zone), ("end", end, item.end_zone)):
        try:
            check_local_time(field, local, zone)
        except ValidationError as exc:
            raise ValidationError(
                field,
                say(
                    "moved {delta}, {reason}; move it further",
                    delta=delta_text(delta),
                    reason=exc.message,
                ),
            ) from exc
    return update_item(session, item_id, start_local=start, end_local=end)


def duplicate_item(session: Session, item_id: int, *, start_local: datetime | None = None) -> int:
    """A copy of the item (at ``start_local``, keeping its length, else at the same time):
    a new calendar identity (uid, sequence 0), the same audience rows and flight number,
    but no passengers' bookings. Returns the copy's id."""
    detail = item_detail(session, item_id)
    shift = start_local - detail.start_local if start_local is not None else timedelta(0)
    copy = replace(
        editable(detail),
        start_local=detail.start_local + shift,
        end_local=detail.end_local + shift,
    )
    arguments = {f.name: getattr(copy, f.name) for f in fields(ItemChanges)}
    return create_item(session, mission_id=detail.mission_id, **arguments)


# --- deleting and restoring -----------------------------------------------------------------

Columns = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class ItemSnapshot:
    """Everything a deleted item was: its row, the rows that went with it (audience, flight,
    bookings, workshop, transfer...) and the rows that pointed at it (a meeting, an agreement's
    signing), so that :func:`restore_item` brings back the same item."""

    item_id: int
    mission_id: int
    uid: str
    sequence: int
    title_fr: str
    title_en: str
    item_row: Columns
    #: (table, columns) of the rows deleted with the item.
    rows: tuple[tuple[str, Columns], ...]
    #: (table, column, primary key) of the rows whose reference was set to NULL.
    links: tuple[tuple[str, str, Columns], ...]

    def title(self, language: str) -> str:
        return self.title_fr if language == "fr" else self.title_en


def _item_table() -> Table:
    return Base.metadata.tables[ItineraryItem.__tablename__]


def _columns(row: RowMapping) -> Columns:
    return tuple((str(name), value) for name, value in row.items())


def _referring_tables() -> list[tuple[Any, list[Any], list[Any]]]:
    """Each table with a foreign key to an item: (table, cascading columns, nulled columns)."""
    item_id_column = _item_table().c.id
    found = []
    for table in Base.metadata.sorted_tables:
        cascading, nulled = [], []
        for key in table.foreign_keys:
            if key.column is not item_id_column:
                continue
            if (key.ondelete or "").upper() == "SET NULL":
                nulled.append(key.parent)
            else:
                cascading.append(key.parent)
        if cascading or nulled:
            found.append((table, cascading, nulled))
    return found


def delete_item(session: Session, item_id: int) -> ItemSnapshot:
    """Delete an item and what belongs to it; the snapshot lets :func:`restore_item` undo it."""
    session.flush()
    item = _item(session, item_id)
    item_table = _item_table()
    row = session.execute(select(item_table).where(item_table.c.id == item_id)).mappings().one()
    rows: list[tuple[str, Columns]] = []
    links: list[tuple[str, str, Columns]] = []
    for table, cascading, nulled in _referring_tables():
        if cascading:
            condition = or_(*(column == item_id for column in cascading))
            for dependent in session.execute(select(table).where(condition)).mappings():
                rows.append((table.name, _columns(dependent)))
        for column in nulled:
            key = list(table.primary_key.columns)
            for found in session.execute(select(*key).where(column == item_id)).mappings():
                links.append((table.name, column.name, _columns(found)))
    snapshot = ItemSnapshot(
        item_id=item.id,
        mission_id=item.mission_id,
        uid=item.uid,
        sequence=item.sequence,
        title_fr=item.title_fr,
        title_en=item.title_en,
        item_row=_columns(row),
        rows=tuple(rows),
        links=tuple(links),
    )
    # The database's ON DELETE rules remove the dependent rows and clear the references.
    session.execute(delete(ItineraryItem).where(ItineraryItem.id == item_id))
    session.expire_all()
    return snapshot


def restore_item(session: Session, snapshot: ItemSnapshot) -> int:
    """Bring back a deleted item with its uid, audience and dependent rows, the sequence
    raised by one; under its old id when that is still free. Rows naming someone or something
    deleted since are left out. Returns the item's id."""
    if session.get(Mission, snapshot.mission_id) is None:
        raise NotFound(say("no mission with id {id}", id=snapshot.mission_id))
    taken = session.scalar(select(ItineraryItem.id).where(ItineraryItem.uid == snapshot.uid))
    if taken is not None:
        raise Conflict(say("the item {uid} exists already (id {id})", uid=snapshot.uid, id=taken))
    item_table = _item_table()
    values = dict(snapshot.item_row)
    if session.get(ItineraryItem, snapshot.item_id) is not None:
        del values["id"]
    # A stop, venue or staff member deleted since: the reference is cleared, as on delete.
    for foreign_key in item_table.foreign_keys:
        name = foreign_key.parent.name
        target = foreign_key.column
        if name == "mission_id" or values.get(name) is None:
            continue
        if session.scalar(select(target).where(target == values[name])) is None:
            values[name] = None
    values["sequence"] = snapshot.sequence + 1
    values["updated_at"] = utc_now()
    result = cast(CursorResult[Any], session.execute(insert(item_table).values(values)))
    inserted = result.inserted_primary_key
    assert inserted is not None
    new_id = int(inserted[0])
    tables = {table.name: (table, cascading) for table, cascading, _ in _referring_tables()}
    for table_name, columns in snapshot.rows:
        table, cascading = tables[table_name]
        row = dict(columns)
        for column in cascading:
            if row.get(column.name) == snapshot.item_id:
                row[column.name] = new_id
        try:
            with session.begin_nested():
                session.execute(insert(table).values(row))
        except IntegrityError:
            continue  # its delegate, person or other item is gone
    metadata_tables = Base.metadata.tables
    for table_name, column_name, primary_key in snapshot.links:
        table = metadata_tables[table_name]
        column = table.c[column_name]
        condition = [table.c[name] == value for name, value in primary_key]
        session.execute(
            update(table).where(*condition, column.is_(None)).values({column_name: new_id})
        )
    session.flush()
    session.expire_all()
    return new_id


# --- read models for the itinerary page -----------------------------------------------------


@dataclass(frozen=True)
class VenueView:
    id: int
    name: str
    city: str | None
    zone: str | None


def list_venues(session: Session) -> list[VenueView]:
    """Every known place, by name: the editor's choice of place."""
    return [
        VenueView(id=v.id, name=v.name, city=v.city, zone=v.zone)
        for v in session.scalars(select(Venue).order_by(Venue.name, Venue.city, Venue.id))
    ]


@dataclass(frozen=True)
class AudienceSummary:
    """Who an item is for, in short: its audience, its groups' names, how many are named."""

    audience: Audience
    group_names: tuple[str, ...]
    #: Delegates attending by name: invited, booked on the flight, at the meeting, speaking.
    named: int
    excluded: int


def item_audiences(session: Session, mission_id: int) -> dict[int, AudienceSummary]:
    """The audience of every item of the mission, in a fixed number of queries."""
    items: dict[int, Audience] = {
        item_id: audience
        for item_id, audience in session.execute(
            select(ItineraryItem.id, ItineraryItem.audience).where(
                ItineraryItem.mission_id == mission_id
            )
        )
    }
    in_mission = select(ItineraryItem.id).where(ItineraryItem.mission_id == mission_id)
    groups: dict[int, list[str]] = defaultdict(list)
    for item_id, name in session.execute(
        select(ItemGroup.item_id, Group.name)
        .join(Group, ItemGroup.group_id == Group.id)
        .where(ItemGroup.item_id.in_(in_mission))
        .order_by(Group.position, Group.name)
    ):
        groups[item_id].append(name)
    named: dict[int, set[int]] = defaultdict(set)
    excluded: dict[int, set[int]] = defaultdict(set)
    for item_id, participant_id, is_excluded in session.execute(
        select(
            ItemAttendance.item_id, ItemAttendance.participant_id, ItemAttendance.excluded
        ).where(ItemAttendance.item_id.in_(in_mission))
    ):
        (excluded if is_excluded else named)[item_id].add(participant_id)
    for item_id, participant_id in session.execute(
        select(FlightBooking.item_id, FlightBooking.participant_id).where(
            FlightBooking.item_id.in_(in_mission)
        )
    ):
        named[item_id].add(participant_id)
    for meeting_item, participant_id in session.execute(
        select(B2BMeeting.item_id, MeetingDelegate.participant_id)
        .join(MeetingDelegate, MeetingDelegate.meeting_id == B2BMeeting.id)
        .where(B2BMeeting.mission_id == mission_id, B2BMeeting.item_id.is_not(None))
    ):
        if meeting_item is not None:
            named[meeting_item].add(participant_id)
    # Speakers and delegates matched here, not in a join: SQLite would run that join from the
    # delegates, probing every workshop of the mission for each (80 ms on 2,000 items).
    delegate_of: dict[int, int] = {
        person_id: participant_id
        for person_id, participant_id in session.execute(
            select(Participant.person_id, Participant.id).where(
                Participant.mission_id == mission_id
            )
        )
    }
    for item_id, person_id in session.execute(
        select(WorkshopSpeaker.item_id, WorkshopSpeaker.person_id).where(
            WorkshopSpeaker.item_id.in_(in_mission)
        )
    ):
        if person_id in delegate_of:
            named[item_id].add(delegate_of[person_id])
    return {
        item_id: AudienceSummary(
            audience=audience,
            group_names=tuple(groups[item_id]),
            named=len(named[item_id] - excluded[item_id]),
            excluded=len(excluded[item_id]),
        )
        for item_id, audience in items.items()
    }


def groups_reached(session: Session, mission_id: int) -> dict[int, frozenset[int]]:
    """For each item for everyone or for groups, the groups of the mission it reaches: all of
    them (everyone) or its own, less any group whose every delegate is excepted from it (the
    press excused from a dinner); its groups as chosen when that would leave none. Delegates
    who cancelled do not count. A fixed number of queries."""
    all_groups = frozenset(session.scalars(select(Group.id).where(Group.mission_id == mission_id)))
    members: dict[int, set[int]] = defaultdict(set)
    for group_id, participant_id in session.execute(
        select(ParticipantGroup.group_id, ParticipantGroup.participant_id)
        .join(Participant, Participant.id == ParticipantGroup.participant_id)
        .where(
            Participant.mission_id == mission_id,
            Participant.status != ParticipantStatus.CANCELLED,
        )
    ):
        members[group_id].add(participant_id)
    items = {
        item_id: audience
        for item_id, audience in session.execute(
            select(ItineraryItem.id, ItineraryItem.audience).where(
                ItineraryItem.mission_id == mission_id,
                ItineraryItem.audience.in_((Audience.EVERYONE, Audience.GROUPS)),
            )
        )
    }
    in_mission = select(ItineraryItem.id).where(ItineraryItem.mission_id == mission_id)
    chosen: dict[int, set[int]] = defaultdict(set)
    for item_id, group_id in session.execute(
        select(ItemGroup.item_id, ItemGroup.group_id).where(ItemGroup.item_id.in_(in_mission))
    ):
        chosen[item_id].add(group_id)
    excepted: dict[int, set[int]] = defaultdict(set)
    for item_id, participant_id in session.execute(
        select(ItemAttendance.item_id, ItemAttendance.participant_id).where(
            ItemAttendance.item_id.in_(in_mission), ItemAttendance.excluded.is_(True)
        )
    ):
        excepted[item_id].add(participant_id)
    reached: dict[int, frozenset[int]] = {}
    for item_id, audience in items.items():
        wanted = all_groups if audience == Audience.EVERYONE else frozenset(chosen[item_id])
        out = excepted[item_id]
        kept = frozenset(g for g in wanted if not members[g] or not members[g] <= out)
        reached[item_id] = kept or wanted
    return reached
