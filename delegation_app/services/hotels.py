"""Hotels and rooms as the coordinator enters them: hotel blocks per stop, who sleeps where.

Two delegates may share a room before the hotel gives numbers: their assignments in the block
carry the same ``share_key``, and the rooming list and the checks treat them as one room.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.errors import NotFound, ValidationError
from delegation_app.messages import say
from delegation_app.services.missions import MissionView, get_mission
from delegation_app.services.people import resolve_person_id
from delegation_app.services.roster import (
    assign_room,
    create_accommodation,
    resolve_participant_id,
    room_key,
)
from delegation_app.services.validation import collation_key, is_id, typed_ref
from delegation_app.services.venues import find_or_create_venue
from delegation_app.storage.models import Accommodation, RoomAssignment, Stop, Venue

#: The room types a coordinator picks from (stored as written here; the hotel reads them).
ROOM_TYPES = {"single": "Single", "double": "Double", "twin": "Twin", "suite": "Suite"}


@dataclass(frozen=True)
class HotelView:
    """A hotel block of a mission: where, for which stop, from when to when, how full."""

    id: int
    hotel: str
    address: str | None
    city: str | None
    stop_city: str | None
    check_in: date
    check_out: date
    booking_reference: str | None
    guests: int


@dataclass(frozen=True)
class RoomView:
    """A delegate's room in a hotel block, with the room-mates sharing it."""

    accommodation_id: int
    participant_id: int
    hotel: str
    room_number: str | None
    room_type: str | None
    share_key: str | None
    room_mates: tuple[int, ...]  # participant ids


def room_type_label(text: str | None) -> str | None:
    """``twin`` -> ``Twin``; any other text kept as typed (a hotel's own wording)."""
    if text is None or not text.strip():
        return None
    return ROOM_TYPES.get(text.strip().casefold(), text.strip())


def _stop_id(session: Session, mission: MissionView, ref: str | None) -> int | None:
    """A stop named by its city (accents and case ignored), its position (1, 2) or its id."""
    if ref is None or not ref.strip():
        if len(mission.stops) == 1:
            return mission.stops[0].id
        return None
    wanted = collation_key(ref)
    for stop in mission.stops:
        if collation_key(stop.city) == wanted:
            return stop.id
    if ref.strip().isdigit():
        number = int(ref.strip())
        for position, stop in enumerate(mission.stops, start=1):
            if position == number:
                return stop.id
    cities = ", ".join(s.city for s in mission.stops) or say("none")
    raise ValidationError(
        "stop",
        say(
            "the mission has no stop '{ref}' (its stops: {cities})", ref=ref.strip(), cities=cities
        ),
    )


def add_hotel(
    session: Session,
    mission_ref: str,
    *,
    venue: str,
    check_in: date,
    check_out: date,
    stop: str | None = None,
    address: str | None = None,
    booking_reference: str | None = None,
) -> HotelView:
    """A hotel block for a stop of the mission; the hotel is the venue of that name if known."""
    mission = get_mission(session, mission_ref)
    stop_id = _stop_id(session, mission, stop)
    city = next((s.city for s in mission.stops if s.id == stop_id), None)
    zone = next((s.zone for s in mission.stops if s.id == stop_id), None)
    if not venue.strip():
        raise ValidationError("venue", say("the hotel's name is empty"))
    venue_id = find_or_create_venue(
        session, name=venue.strip(), address=address, city=city, zone=zone
    )
    block_id = create_accommodation(
        session,
        mission_id=mission.id,
        venue_id=venue_id,
        check_in=check_in,
        check_out=check_out,
        stop_id=stop_id,
        booking_reference=booking_reference,
    )
    return next(h for h in list_hotels(session, mission.id) if h.id == block_id)


def list_hotels(session: Session, mission_id: int) -> list[HotelView]:
    """The mission's hotel blocks in stay order, with how many delegates each holds."""
    guests = Counter(
        session.scalars(
            select(RoomAssignment.accommodation_id)
            .join(Accommodation, RoomAssignment.accommodation_id == Accommodation.id)
            .where(Accommodation.mission_id == mission_id)
        )
    )
    rows = session.execute(
        select(Accommodation, Venue, Stop.city)
        .join(Venue, Accommodation.venue_id == Venue.id)
        .outerjoin(Stop, Accommodation.stop_id == Stop.id)
        .where(Accommodation.mission_id == mission_id)
        .order_by(Accommodation.check_in, Venue.name, Accommodation.id)
    ).all()
    return [
        HotelView(
            id=block.id,
            hotel=venue.name,
            address=venue.address,
            city=venue.city,
            stop_city=stop_city,
            check_in=block.check_in,
            check_out=block.check_out,
            booking_reference=block.booking_reference,
            guests=guests[block.id],
        )
        for block, venue, stop_city in rows
    ]


def resolve_hotel_id(session: Session, mission_id: int, ref: str) -> int:
    """A hotel block of the mission named by its id or by its hotel's name."""
    ref = typed_ref(ref)
    hotels = list_hotels(session, mission_id)
    if is_id(ref):
        found = [h for h in hotels if h.id == int(ref)]
    else:
        found = [h for h in hotels if collation_key(h.hotel) == collation_key(ref)]
    if len(found) > 1:
        ids = ", ".join(str(h.id) for h in found)
        raise ValidationError(
            "hotel",
            say("the mission has several blocks at '{ref}': give its id ({ids})", ref=ref, ids=ids),
        )
    if not found:
        raise NotFound(
            say("the mission has no hotel '{ref}' (see 'hotel list', or 'hotel add')", ref=ref)
        )
    return found[0].id


def _assignment(session: Session, block_id: int, participant_id: int) -> RoomAssignment | None:
    return session.scalar(
        select(RoomAssignment).where(
            RoomAssignment.accommodation_id == block_id,
            RoomAssignment.participant_id == participant_id,
        )
    )


def place_delegate(
    session: Session,
    *,
    accommodation_id: int,
    participant_id: int,
    room_number: str | None = None,
    room_type: str | None = None,
    room_mate_id: int | None = None,
) -> RoomView:
    """Put a delegate in a room of a hotel block, sharing it with ``room_mate_id`` when given.

    Room-mates get the same room (number, type) and one share key, so they share the room even
    before the hotel numbers it; a mate already sharing with someone else keeps their key (a
    triple). Leaving out the number or the type keeps what the delegate (or the mate) had.
    """
    if room_mate_id == participant_id:
        raise ValidationError("room-mate", say("a delegate cannot share a room with themselves"))
    mine = _assignment(session, accommodation_id, participant_id)
    number = room_number if room_number is not None else (mine.room_number if mine else None)
    kind = room_type_label(room_type) or (mine.room_type if mine else None)
    key = None
    if room_mate_id is not None:
        mate = _assignment(session, accommodation_id, room_mate_id)
        if mate is not None:
            # Joining a mate means joining their room, unless a number is given for both.
            if room_number is None and mate.room_number:
                number = mate.room_number
            if room_type is None and mate.room_type:
                kind = mate.room_type
            key = mate.share_key
        key = key or (mine.share_key if mine else None) or uuid.uuid4().hex[:12]
        assign_room(
            session,
            accommodation_id=accommodation_id,
            participant_id=room_mate_id,
            room_number=number,
            room_type=kind,
            check_in=mate.check_in if mate else None,
            check_out=mate.check_out if mate else None,
        )
        mate = _assignment(session, accommodation_id, room_mate_id)
        assert mate is not None
        mate.share_key = key
    elif mine is not None and room_number is not None and mine.room_number != room_number:
        key = None  # a new room of its own: the old sharing ends
    elif mine is not None:
        key = mine.share_key
    assign_room(
        session,
        accommodation_id=accommodation_id,
        participant_id=participant_id,
        room_number=number,
        room_type=kind,
        check_in=mine.check_in if mine else None,
        check_out=mine.check_out if mine else None,
    )
    mine = _assignment(session, accommodation_id, participant_id)
    assert mine is not None
    mine.share_key = key
    session.flush()
    return room_of(session, accommodation_id, participant_id)


def room_of(session: Session, accommodation_id: int, participant_id: int) -> RoomView:
    """A delegate's room in a block, with who shares it (same number, or same share key)."""
    rows = session.execute(
        select(RoomAssignment, Venue.name)
        .join(Accommodation, RoomAssignment.accommodation_id == Accommodation.id)
        .join(Venue, Accommodation.venue_id == Venue.id)
        .where(RoomAssignment.accommodation_id == accommodation_id)
        .order_by(RoomAssignment.id)
    ).all()
    mine = next((a for a, _ in rows if a.participant_id == participant_id), None)
    if mine is None:
        raise NotFound(say("this delegate has no room in this hotel"))
    hotel = rows[0][1]
    key = room_key(mine.room_number, mine.share_key)
    mates = tuple(
        a.participant_id
        for a, _ in rows
        if a.participant_id != participant_id
        and key is not None
        and room_key(a.room_number, a.share_key) == key
    )
    return RoomView(
        accommodation_id=accommodation_id,
        participant_id=participant_id,
        hotel=hotel,
        room_number=mine.room_number,
        room_type=mine.room_type,
        share_key=mine.share_key,
        room_mates=mates,
    )


def clear_room(session: Session, participant_id: int, accommodation_id: int | None = None) -> int:
    """Take a delegate out of their room(s): of one block, or of every block; returns how many.

    A room-mate left alone keeps the room (and its type): the checks then say the twin has one
    guest, which is the coordinator's to settle.
    """
    query = select(RoomAssignment).where(RoomAssignment.participant_id == participant_id)
    if accommodation_id is not None:
        query = query.where(RoomAssignment.accommodation_id == accommodation_id)
    assignments = list(session.scalars(query))
    for assignment in assignments:
        session.delete(assignment)
    session.flush()
    return len(assignments)


def resolve_delegate(session: Session, mission_id: int, ref: str) -> int:
    """The participant id of a delegate named by person id or short name."""
    return resolve_participant_id(session, mission_id, resolve_person_id(session, ref))


def rooms_of_mission(session: Session, mission_id: int) -> dict[int, list[RoomView]]:
    """Every delegate's rooms (participant id -> rooms in stay order), in two queries."""
    rows = session.execute(
        select(RoomAssignment, Venue.name)
        .join(Accommodation, RoomAssignment.accommodation_id == Accommodation.id)
        .join(Venue, Accommodation.venue_id == Venue.id)
        .where(Accommodation.mission_id == mission_id)
        .order_by(Accommodation.check_in, Accommodation.id, RoomAssignment.id)
    ).all()
    by_room: dict[tuple[int, str], list[int]] = {}
    for assignment, _ in rows:
        key = room_key(assignment.room_number, assignment.share_key)
        if key is not None:
            by_room.setdefault((assignment.accommodation_id, key), []).append(
                assignment.participant_id
            )
    result: dict[int, list[RoomView]] = {}
    for assignment, hotel in rows:
        key = room_key(assignment.room_number, assignment.share_key)
        together: Sequence[int] = (
            by_room[(assignment.accommodation_id, key)] if key is not None else ()
        )
        result.setdefault(assignment.participant_id, []).append(
            RoomView(
                accommodation_id=assignment.accommodation_id,
                participant_id=assignment.participant_id,
                hotel=hotel,
                room_number=assignment.room_number,
                room_type=assignment.room_type,
                share_key=assignment.share_key,
                room_mates=tuple(p for p in together if p != assignment.participant_id),
            )
        )
    return result
