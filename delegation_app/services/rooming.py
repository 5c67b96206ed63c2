"""The rooming list a hotel receives: who sleeps in which room, from when to when.

Privacy by construction: a hotel gets names (and, when asked for, the needs it must cater for),
never a passport, a birth date or a personal phone. The read model only ever holds what the
hotel may read, so no export can leak more.

Rules a coordinator relies on:
- a cancelled delegate's room is left out of the list (the hotel would keep it and bill it);
  they are listed apart, in ``cancelled_with_room``, so the room can be released;
- two delegates with the same room number in a block share that room, and so do two with the
  same share key before the hotel numbers the room; any other assignment without a number is
  one room "to be assigned" by the hotel;
- a delegate (not cancelled) with no room in any block of the same stop is listed in
  ``without_room``: that is the coordinator's to-do, not the hotel's business.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.services.booklet import ContactView, key_contacts
from delegation_app.services.missions import get_mission
from delegation_app.services.roster import room_key
from delegation_app.services.validation import collation_key
from delegation_app.storage.models import (
    Accommodation,
    Organisation,
    Participant,
    ParticipantStatus,
    Person,
    RoomAssignment,
    Stop,
    Venue,
)


class OccupancyIssue(enum.StrEnum):
    """A room whose number of guests does not match its type."""

    ONE_GUEST_IN_SHARED_ROOM = "one_guest_in_shared_room"  # a twin or double with one guest
    TOO_MANY_GUESTS = "too_many_guests"  # a single with two, a twin with three


@dataclass(frozen=True)
class RoomingGuest:
    """One occupant of a room: names, dates, and needs only when they were asked for."""

    participant_id: int
    family_name: str
    given_name: str
    honorific: str | None
    organisation: str | None
    arrival: date
    departure: date
    own_dates: bool  # the assignment's dates differ from the block's
    dietary_needs: str | None = None
    mobility_needs: str | None = None

    @property
    def nights(self) -> int:
        return (self.departure - self.arrival).days

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    def sleeps_on(self, night: date) -> bool:
        """Whether the guest is in the room on the night starting on ``night``."""
        return self.arrival <= night < self.departure


@dataclass(frozen=True)
class RoomingRoom:
    """A room of the block with its guests; ``number`` None means the hotel assigns it."""

    number: str | None
    room_type: str | None
    guests: tuple[RoomingGuest, ...]
    capacity: int | None  # as read from the room type; None when the type says nothing
    issue: OccupancyIssue | None

    @property
    def nights(self) -> tuple[date, ...]:
        """The nights the room is taken: any guest in it (room-mates may arrive apart)."""
        taken = {
            guest.arrival + timedelta(days=offset)
            for guest in self.guests
            for offset in range(guest.nights)
        }
        return tuple(sorted(taken))

    @property
    def room_nights(self) -> int:
        return len(self.nights)

    def mates_of(self, guest: RoomingGuest) -> tuple[RoomingGuest, ...]:
        return tuple(g for g in self.guests if g.participant_id != guest.participant_id)


@dataclass(frozen=True)
class TypeTotal:
    """Rooms of one type in the block; ``room_type`` None for rooms given no type."""

    room_type: str | None
    rooms: int
    guests: int
    room_nights: int


@dataclass(frozen=True)
class NightCount:
    """Rooms taken on one night, per type (in the order of ``RoomingList.type_totals``)."""

    night: date
    by_type: tuple[int, ...]

    @property
    def rooms(self) -> int:
        return sum(self.by_type)


@dataclass(frozen=True)
class DelegateWithoutRoom:
    participant_id: int
    family_name: str
    given_name: str
    organisation: str | None
    status: ParticipantStatus

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


@dataclass(frozen=True)
class RoomingList:
    """The rooming list of one hotel block, as the hotel asks for it."""

    accommodation_id: int
    mission_short: str
    group_name_fr: str
    group_name_en: str
    hotel: str
    address: str | None
    phone: str | None
    city: str | None
    check_in: date
    check_out: date
    booking_reference: str | None
    contact: ContactView | None  # the delegation's coordinator, for the hotel's questions
    rooms: tuple[RoomingRoom, ...]
    without_room: tuple[DelegateWithoutRoom, ...]
    cancelled_with_room: tuple[DelegateWithoutRoom, ...]
    includes_needs: bool

    def group_name(self, language: str) -> str:
        return self.group_name_fr if language == "fr" else self.group_name_en

    @property
    def guests(self) -> tuple[RoomingGuest, ...]:
        return tuple(guest for room in self.rooms for guest in room.guests)

    @property
    def room_nights(self) -> int:
        return sum(room.room_nights for room in self.rooms)

    @property
    def nights(self) -> tuple[date, ...]:
        """Every night of the block, widened to any guest staying longer."""
        first = min([self.check_in, *(g.arrival for g in self.guests)])
        last = max([self.check_out, *(g.departure for g in self.guests)])
        return tuple(first + timedelta(days=n) for n in range((last - first).days))

    @property
    def type_totals(self) -> tuple[TypeTotal, ...]:
        """Rooms, guests and room-nights per room type, smallest rooms first."""
        by_type: dict[str | None, list[RoomingRoom]] = defaultdict(list)
        for room in self.rooms:
            by_type[_type_key(room.room_type)].append(room)
        totals = []
        for rooms in by_type.values():
            totals.append(
                TypeTotal(
                    room_type=rooms[0].room_type,
                    rooms=len(rooms),
                    guests=sum(len(r.guests) for r in rooms),
                    room_nights=sum(r.room_nights for r in rooms),
                )
            )
        totals.sort(key=_type_order)
        return tuple(totals)

    @property
    def night_counts(self) -> tuple[NightCount, ...]:
        """Rooms taken each night, per type: what the hotel checks against its allotment."""
        order = [_type_key(t.room_type) for t in self.type_totals]
        counts = []
        for night in self.nights:
            per_type = dict.fromkeys(order, 0)
            for room in self.rooms:
                if any(g.sleeps_on(night) for g in room.guests):
                    per_type[_type_key(room.room_type)] += 1
            counts.append(NightCount(night=night, by_type=tuple(per_type.values())))
        return tuple(counts)

    @property
    def issues(self) -> tuple[RoomingRoom, ...]:
        return tuple(room for room in self.rooms if room.issue is not None)


def rooming_lists(
    session: Session, mission_ref: str, *, include_needs: bool = False
) -> list[RoomingList]:
    """The rooming list of every hotel block of a mission, in stay order.

    A fixed number of queries whatever the size of the delegation. Dietary and mobility needs
    are read only with ``include_needs`` (a hotel may need to know of a wheelchair).
    """
    mission = get_mission(session, mission_ref)
    blocks = session.execute(
        select(Accommodation, Venue, Stop.city, Stop.position)
        .join(Venue, Accommodation.venue_id == Venue.id)
        .outerjoin(Stop, Accommodation.stop_id == Stop.id)
        .where(Accommodation.mission_id == mission.id)
        .order_by(Accommodation.check_in, Stop.position, Venue.name, Accommodation.id)
    ).all()
    delegates = _delegates(session, mission.id, include_needs=include_needs)
    assignments: dict[int, list[RoomAssignment]] = defaultdict(list)
    for assignment in session.scalars(
        select(RoomAssignment)
        .join(Accommodation, RoomAssignment.accommodation_id == Accommodation.id)
        .where(Accommodation.mission_id == mission.id)
        .order_by(RoomAssignment.id)
    ):
        assignments[assignment.accommodation_id].append(assignment)
    contact = _coordinator(key_contacts(session, mission.id))

    lists = []
    for block, venue, stop_city, _position in blocks:
        covering = [
            other.id
            for other, *_rest in blocks
            if (
                other.stop_id == block.stop_id
                if block.stop_id is not None
                else _overlap(other, block)
            )
        ]
        housed = {a.participant_id for block_id in covering for a in assignments[block_id]}
        rooms, cancelled = _rooms(block, assignments[block.id], delegates)
        without = [
            _unhoused(d)
            for d in delegates.values()
            if d.participant_id not in housed and d.status != ParticipantStatus.CANCELLED
        ]
        without.sort(key=lambda d: (collation_key(d.family_name), collation_key(d.given_name)))
        lists.append(
            RoomingList(
                accommodation_id=block.id,
                mission_short=mission.short,
                group_name_fr=mission.title_fr,
                group_name_en=mission.title_en,
                hotel=venue.name,
                address=venue.address,
                phone=venue.phone,
                city=stop_city or venue.city,
                check_in=block.check_in,
                check_out=block.check_out,
                booking_reference=block.booking_reference,
                contact=contact,
                rooms=tuple(rooms),
                without_room=tuple(without),
                cancelled_with_room=tuple(cancelled),
                includes_needs=include_needs,
            )
        )
    return lists


@dataclass(frozen=True)
class _Delegate:
    participant_id: int
    family_name: str
    given_name: str
    honorific: str | None
    organisation: str | None
    status: ParticipantStatus
    dietary_needs: str | None
    mobility_needs: str | None


def _delegates(session: Session, mission_id: int, *, include_needs: bool) -> dict[int, _Delegate]:
    """The mission's delegates by participant id: names only, needs only if asked for."""
    needs = (Person.dietary_needs, Person.mobility_needs) if include_needs else ()
    rows = session.execute(
        select(
            Participant.id,
            Participant.status,
            Person.family_name,
            Person.given_name,
            Person.honorific,
            Organisation.name,
            *needs,
        )
        .join(Person, Participant.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Participant.mission_id == mission_id)
    )
    delegates = {}
    for row in rows:
        participant_id, status, family, given, honorific, organisation = row[:6]
        dietary, mobility = (row[6], row[7]) if include_needs else (None, None)
        delegates[participant_id] = _Delegate(
            participant_id=participant_id,
            family_name=family,
            given_name=given,
            honorific=honorific,
            organisation=organisation,
            status=status,
            dietary_needs=dietary,
            mobility_needs=mobility,
        )
    return delegates


def _rooms(
    block: Accommodation,
    assignments: Sequence[RoomAssignment],
    delegates: dict[int, _Delegate],
) -> tuple[list[RoomingRoom], list[DelegateWithoutRoom]]:
    """The block's rooms in natural order, and the cancelled delegates still given a room."""
    numbered: dict[str, list[RoomAssignment]] = defaultdict(list)
    unnumbered: list[RoomAssignment] = []
    cancelled: list[DelegateWithoutRoom] = []
    for assignment in assignments:
        delegate = delegates[assignment.participant_id]
        if delegate.status == ParticipantStatus.CANCELLED:
            cancelled.append(_unhoused(delegate))
        elif (key := room_key(assignment.room_number, assignment.share_key)) is not None:
            # "1204" and " 1204 " typed by two people are one room; so are two delegates
            # sharing a room the hotel has not numbered yet.
            numbered[key].append(assignment)
        else:
            unnumbered.append(assignment)
    rooms = [_room(block, group, delegates) for group in numbered.values()]
    # Numbered rooms in natural order, then the shared ones still to be numbered.
    rooms.sort(key=lambda room: (room.number is None, natural_key(room.number or ""), _first(room)))
    to_assign = [_room(block, [a], delegates) for a in unnumbered]
    to_assign.sort(key=lambda room: _guest_key(room.guests[0]))
    cancelled.sort(key=lambda d: (collation_key(d.family_name), collation_key(d.given_name)))
    return rooms + to_assign, cancelled


def _room(
    block: Accommodation, assignments: Sequence[RoomAssignment], delegates: dict[int, _Delegate]
) -> RoomingRoom:
    guests = sorted(
        (
            _guest(block, assignment, delegates[assignment.participant_id])
            for assignment in assignments
        ),
        key=_guest_key,
    )
    types = [a.room_type for a in assignments if a.room_type]
    # Room-mates normally carry the same type; if they do not, the first one typed wins.
    room_type = types[0] if types else None
    capacity = room_capacity(room_type)
    issue = None
    if capacity is not None and len(guests) > capacity:
        issue = OccupancyIssue.TOO_MANY_GUESTS
    elif capacity is not None and capacity >= 2 and len(guests) == 1:
        issue = OccupancyIssue.ONE_GUEST_IN_SHARED_ROOM
    number = assignments[0].room_number
    return RoomingRoom(
        number=number.strip() if number else None,
        room_type=room_type,
        guests=tuple(guests),
        capacity=capacity,
        issue=issue,
    )


def _first(room: RoomingRoom) -> tuple[str, str]:
    return _guest_key(room.guests[0]) if room.guests else ("", "")


def _guest(block: Accommodation, assignment: RoomAssignment, delegate: _Delegate) -> RoomingGuest:
    arrival = assignment.check_in or block.check_in
    departure = assignment.check_out or block.check_out
    return RoomingGuest(
        participant_id=delegate.participant_id,
        family_name=delegate.family_name,
        given_name=delegate.given_name,
        honorific=delegate.honorific,
        organisation=delegate.organisation,
        arrival=arrival,
        departure=departure,
        own_dates=(arrival, departure) != (block.check_in, block.check_out),
        dietary_needs=delegate.dietary_needs,
        mobility_needs=delegate.mobility_needs,
    )


def _unhoused(delegate: _Delegate) -> DelegateWithoutRoom:
    return DelegateWithoutRoom(
        participant_id=delegate.participant_id,
        family_name=delegate.family_name,
        given_name=delegate.given_name,
        organisation=delegate.organisation,
        status=delegate.status,
    )


def _guest_key(guest: RoomingGuest) -> tuple[str, str]:
    return collation_key(guest.family_name), collation_key(guest.given_name)


def _overlap(first: Accommodation, second: Accommodation) -> bool:
    return first.check_in < second.check_out and second.check_in < first.check_out


def _coordinator(contacts: Iterable[ContactView]) -> ContactView | None:
    """The key contact whose role says coordinator (in French or English), else the first."""
    contacts = list(contacts)
    for contact in contacts:
        if "coordinat" in _fold(contact.contact_role):
            return contact
    return contacts[0] if contacts else None


# --- room numbers and types ---------------------------------------------------------------

_DIGITS = re.compile(r"(\d+)")


def natural_key(number: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key putting room "901" before "1001" and "12A" before "12B"."""
    parts = _DIGITS.split(number.strip())
    return tuple(
        (0, int(part), "") if part.isascii() and part.isdigit() else (1, 0, collation_key(part))
        for part in parts
        if part
    )


# Words of room types in French and English, and how many people each sleeps. "Double for
# single use" (DUS) is a single: the words meaning one person are looked for first.
_SINGLE_WORDS = (
    "single",
    "simple",
    "individuel",
    "individuelle",
    "dus",
    "sole use",
    "solo",
)
_SHARED_WORDS = (
    ("quadruple", 4),
    ("quad", 4),
    ("triple", 3),
    ("twin", 2),
    ("double", 2),
    ("2 lits", 2),
    ("deux lits", 2),
    ("queen", 2),
    ("king", 2),
)


def room_capacity(room_type: str | None) -> int | None:
    """How many people a room type sleeps (Single 1, Twin 2...); None when the type is silent
    (a suite, a studio)."""
    if not room_type:
        return None
    words = f" {_fold(room_type)} "
    if any(f" {word} " in words for word in _SINGLE_WORDS):
        return 1
    for word, capacity in _SHARED_WORDS:
        if f" {word} " in words:
            return capacity
    return None


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", bare).split())


def _type_key(room_type: str | None) -> str | None:
    return _fold(room_type) if room_type else None


def _type_order(total: TypeTotal) -> tuple[int, int, str]:
    capacity = room_capacity(total.room_type)
    return (
        1 if total.room_type is None else 0,
        capacity if capacity is not None else 99,
        collation_key(total.room_type or ""),
    )
