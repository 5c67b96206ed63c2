"""Each delegate's agenda: what they attend, in order, in local time with home time beside it.

One service computes it for the booklet, the calendar export and the window alike, so the three
never disagree. It answers for many delegates at once in a fixed number of queries.
"""

from __future__ import annotations

from collections import defaultdict, namedtuple
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from functools import cached_property
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Select, select
from sqlalchemy.orm import Session

from delegation_app.services.recurrence import occurrences
from delegation_app.services.validation import aware
from delegation_app.storage.models import (
    Audience,
    B2BMeeting,
    FlightBooking,
    FlightDetails,
    ItemAttendance,
    ItemGroup,
    ItemKind,
    ItineraryItem,
    MeetingDelegate,
    MeetingStatus,
    Mission,
    Organisation,
    Participant,
    ParticipantGroup,
    Person,
    Stop,
    Venue,
    WorkshopSpeaker,
)


@dataclass(frozen=True)
class FlightView:
    carrier: str
    number: str
    departure_airport: str
    arrival_airport: str
    booking_reference: str | None
    seat: str | None


@dataclass(frozen=True)
class AgendaEntry:
    item_id: int
    uid: str  # the item's iCalendar UID; each occurrence of a repeating item shares it
    sequence: int  # raised by every change delegates would see
    stop_id: int | None
    audience: Audience
    is_private: bool
    recurring: bool
    kind: ItemKind
    title_fr: str
    title_en: str
    start_local: datetime
    start_zone: str
    end_local: datetime
    end_zone: str
    home_zone: str
    city: str | None
    venue: str | None
    address: str | None
    latitude: float | None
    longitude: float | None
    dress_code: str | None
    to_bring: str | None
    notes_fr: str | None
    notes_en: str | None
    staff_name: str | None
    staff_phone: str | None
    flight: FlightView | None
    as_speaker: bool
    meeting_with: str | None

    def title(self, language: str) -> str:
        return self.title_fr if language == "fr" else self.title_en

    def notes(self, language: str) -> str | None:
        """The notes in the language asked for; the French ones when no English is written."""
        return self.notes_fr if language == "fr" else (self.notes_en or self.notes_fr)

    # Computed once per entry (the window sorts, lays out and draws thousands of them); a
    # frozen dataclass without slots keeps them in its __dict__, outside its fields.
    @cached_property
    def start(self) -> datetime:
        return aware(self.start_local, self.start_zone)

    @cached_property
    def end(self) -> datetime:
        return aware(self.end_local, self.end_zone)

    @property
    def day(self) -> date:
        """The local calendar day the item starts on, which is the day delegates live it."""
        return self.start_local.date()

    @property
    def start_at_home(self) -> datetime:
        return self.start.astimezone(ZoneInfo(self.home_zone))

    @property
    def end_at_home(self) -> datetime:
        return self.end.astimezone(ZoneInfo(self.home_zone))

    @property
    def duration(self) -> timedelta:
        # In UTC: two aware times of one zone subtract as wall times, an hour off across a
        # clock change.
        return self.end.astimezone(UTC) - self.start.astimezone(UTC)


def agenda_for(session: Session, participant_id: int) -> list[AgendaEntry]:
    mission_id = session.scalar(
        select(Participant.mission_id).where(Participant.id == participant_id)
    )
    if mission_id is None:
        return []
    return agendas_for(session, mission_id, [participant_id])[participant_id]


def programme_for(session: Session, mission_id: int) -> list[AgendaEntry]:
    """Every item of the mission, whoever attends it, in order: the whole delegation's
    programme (cancelled meetings left out), with repeating items expanded."""
    return _agendas(session, mission_id, [_EVERYTHING])[_EVERYTHING]


# A participant id no row has: asks ``_agendas`` for every item rather than one delegate's.
_EVERYTHING = -1


def agendas_for(
    session: Session, mission_id: int, participant_ids: Iterable[int]
) -> dict[int, list[AgendaEntry]]:
    """The agendas of several delegates of one mission, in a fixed number of queries."""
    return _agendas(session, mission_id, [p for p in participant_ids if p != _EVERYTHING])


def _records(connection: Connection, statement: Select[Any]) -> list[Any]:
    """The statement's rows as named tuples: reading a field of a SQLAlchemy row costs half a
    microsecond, and an agenda reads some thirty per item, thousands of times."""
    result = connection.execute(statement)
    record = namedtuple("record", list(result.keys()))  # type: ignore[misc]
    return [record._make(row) for row in result]


def _agendas(session: Session, mission_id: int, wanted: list[int]) -> dict[int, list[AgendaEntry]]:
    mission = session.get(Mission, mission_id)
    if mission is None:
        return {p: [] for p in wanted}

    # Plain records, not ORM objects: only their values are read, and a mission has thousands
    # of items. The other queries name the mission's items by a subquery, not by a list of
    # their ids: one bound parameter per item made SQLAlchemy compile each statement afresh.
    connection = session.connection()
    items = _records(
        connection, select(ItineraryItem.__table__).where(ItineraryItem.mission_id == mission_id)
    )
    in_mission = select(ItineraryItem.id).where(ItineraryItem.mission_id == mission_id)
    in_venues = select(ItineraryItem.venue_id).where(ItineraryItem.mission_id == mission_id)
    venues = {
        v.id: v
        for v in _records(connection, select(Venue.__table__).where(Venue.id.in_(in_venues)))
    }
    stops = {s.id: s for s in session.scalars(select(Stop).where(Stop.mission_id == mission_id))}
    groups_of_item: dict[int, set[int]] = defaultdict(set)
    for item_id, group_id in session.execute(
        select(ItemGroup.item_id, ItemGroup.group_id).where(ItemGroup.item_id.in_(in_mission))
    ):
        groups_of_item[item_id].add(group_id)
    groups_of_participant: dict[int, set[int]] = defaultdict(set)
    for participant_id, group_id in session.execute(
        select(ParticipantGroup.participant_id, ParticipantGroup.group_id).where(
            ParticipantGroup.participant_id.in_(wanted)
        )
    ):
        groups_of_participant[participant_id].add(group_id)
    explicit: dict[tuple[int, int], bool] = {
        (a.item_id, a.participant_id): not a.excluded
        for a in session.scalars(
            select(ItemAttendance).where(ItemAttendance.participant_id.in_(wanted))
        )
    }
    person_of: dict[int, int] = {
        participant_id: person_id
        for participant_id, person_id in session.execute(
            select(Participant.id, Participant.person_id).where(
                Participant.mission_id == mission_id
            )
        )
    }
    speaking: set[tuple[int, int]] = {
        (item_id, person_id)
        for item_id, person_id in session.execute(
            select(WorkshopSpeaker.item_id, WorkshopSpeaker.person_id).where(
                WorkshopSpeaker.item_id.in_(in_mission)
            )
        )
    }
    meeting_org: dict[int, str] = {}
    meeting_delegates: dict[int, set[int]] = defaultdict(set)
    called_off: set[int] = set()
    for meeting_item, org_name, status, delegate in session.execute(
        select(
            B2BMeeting.item_id, Organisation.name, B2BMeeting.status, MeetingDelegate.participant_id
        )
        .join(Organisation, B2BMeeting.organisation_id == Organisation.id)
        .outerjoin(MeetingDelegate, MeetingDelegate.meeting_id == B2BMeeting.id)
        .where(B2BMeeting.mission_id == mission_id, B2BMeeting.item_id.is_not(None))
    ):
        if meeting_item is None:  # excluded by the query; narrows the type
            continue
        if status in (MeetingStatus.CANCELLED, MeetingStatus.NO_SHOW):
            called_off.add(meeting_item)
        meeting_org[meeting_item] = org_name
        if delegate is not None:
            meeting_delegates[meeting_item].add(delegate)
    flights = {
        f.item_id: f
        for f in _records(
            connection,
            select(FlightDetails.__table__).where(FlightDetails.item_id.in_(in_mission)),
        )
    }
    bookings = {
        (b.item_id, b.participant_id): b
        for b in session.scalars(
            select(FlightBooking).where(FlightBooking.participant_id.in_(wanted))
        )
    }
    staff = {
        pid: (f"{given} {family}", phone)
        for pid, given, family, phone in session.execute(
            select(Participant.id, Person.given_name, Person.family_name, Person.phone)
            .join(Person, Participant.person_id == Person.id)
            .where(
                Participant.id.in_({i.staff_in_charge_id for i in items if i.staff_in_charge_id})
            )
        )
    }

    # Each occurrence is built once, whoever attends it, and shared (entries are frozen): a
    # delegate's agenda is then a filter over the programme in its order, with only their own
    # flight booking and speaker role made afresh. Reading ORM attributes per item and per
    # delegate cost millions of attribute reads on a 120-delegate, 2,000-item mission.
    programme: list[tuple[tuple[datetime, datetime, int], AgendaEntry]] = []
    for item in items:
        venue = venues.get(item.venue_id) if item.venue_id else None
        stop = stops.get(item.stop_id) if item.stop_id else None
        detail = flights.get(item.id)
        flight = (
            FlightView(
                carrier=detail.carrier,
                number=detail.number,
                departure_airport=detail.departure_airport,
                arrival_airport=detail.arrival_airport,
                booking_reference=None,
                seat=None,
            )
            if detail
            else None
        )
        staff_name, staff_phone = staff.get(item.staff_in_charge_id or -1, (None, None))
        for start_local, end_local in occurrences(
            item.start_local, item.end_local, item.recurrence, mission.end_date
        ):
            entry = AgendaEntry(
                item_id=item.id,
                uid=item.uid,
                sequence=item.sequence,
                stop_id=item.stop_id,
                audience=item.audience,
                is_private=item.is_private,
                recurring=bool(item.recurrence),
                kind=item.kind,
                title_fr=item.title_fr,
                title_en=item.title_en,
                start_local=start_local,
                start_zone=item.start_zone,
                end_local=end_local,
                end_zone=item.end_zone,
                home_zone=mission.home_zone,
                # The venue's own city first: a boat show in Fort Lauderdale during the Miami
                # stop is in Fort Lauderdale.
                city=(venue.city if venue and venue.city else None)
                or (stop.city if stop else None),
                venue=venue.name if venue else None,
                address=venue.address if venue else None,
                latitude=venue.latitude if venue else None,
                longitude=venue.longitude if venue else None,
                dress_code=item.dress_code,
                to_bring=item.to_bring,
                notes_fr=item.notes_fr,
                notes_en=item.notes_en,
                staff_name=staff_name,
                staff_phone=staff_phone,
                flight=flight,
                as_speaker=False,
                meeting_with=meeting_org.get(item.id),
            )
            key = (entry.start.astimezone(UTC), entry.end.astimezone(UTC), item.id)
            programme.append((key, entry))
    programme.sort(key=lambda keyed: keyed[0])
    ordered = [entry for _, entry in programme]

    # Who attends what, from plain values read once per item.
    rules = [
        (item.id, item.audience, item.staff_in_charge_id, frozenset(groups_of_item[item.id]))
        for item in items
        if item.id not in called_off  # a cancelled meeting must not reach a booklet
    ]
    everyone_items = {item.id for item in items if item.id not in called_off}

    def attended(participant_id: int) -> set[int]:
        if participant_id == _EVERYTHING:
            return everyone_items
        person_id = person_of.get(participant_id)
        own_groups = groups_of_participant[participant_id]
        chosen: set[int] = set()
        for item_id, audience, staff_id, item_groups in rules:
            rule = explicit.get((item_id, participant_id))
            if rule is not None:
                if rule:
                    chosen.add(item_id)
                continue
            if (
                staff_id == participant_id
                or audience == Audience.EVERYONE
                or (audience == Audience.GROUPS and not item_groups.isdisjoint(own_groups))
                or (item_id, participant_id) in bookings
                or participant_id in meeting_delegates.get(item_id, ())
                or (item_id, person_id) in speaking
            ):
                chosen.add(item_id)
        return chosen

    result: dict[int, list[AgendaEntry]] = {}
    for participant_id in wanted:
        chosen = attended(participant_id)
        person_id = person_of.get(participant_id)
        entries: list[AgendaEntry] = []
        for entry in ordered:
            if entry.item_id not in chosen:
                continue
            booking = bookings.get((entry.item_id, participant_id))
            if booking is not None and entry.flight is not None:
                entry = replace(
                    entry,
                    flight=replace(
                        entry.flight,
                        booking_reference=booking.booking_reference,
                        seat=booking.seat,
                    ),
                )
            if (entry.item_id, person_id) in speaking:
                entry = replace(entry, as_speaker=True)
            entries.append(entry)
        result[participant_id] = entries
    return result
