"""Itinerary items (anything with a time and a place) and who attends them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from delegation_app.errors import NotFound, ValidationError
from delegation_app.services.recurrence import MAX_OCCURRENCES, occurrences
from delegation_app.services.validation import (
    aware,
    check_local_time,
    check_zone,
    optional_text,
    require_text,
    utc_now,
)
from delegation_app.storage.models import (
    Audience,
    FlightBooking,
    FlightDetails,
    Group,
    ItemAttendance,
    ItemGroup,
    ItemKind,
    ItineraryItem,
    Mission,
    Participant,
    Stop,
    Venue,
)


@dataclass(frozen=True)
class FlightInput:
    carrier: str
    number: str
    departure_airport: str
    arrival_airport: str


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
        raise ValidationError("latitude", f"{latitude} is not between -90 and 90")
    if longitude is not None and not -180 <= longitude <= 180:
        raise ValidationError("longitude", f"{longitude} is not between -180 and 180")
    venue = Venue(
        name=require_text("venue name", name),
        address=optional_text("address", address, max_length=300),
        city=optional_text("city", city, max_length=120),
        country=country.upper() if country else None,
        zone=check_zone("venue zone", zone) if zone else None,
        phone=optional_text("venue phone", phone, max_length=40),
        latitude=latitude,
        longitude=longitude,
        iata_code=iata_code.upper() if iata_code else None,
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
        raise NotFound(f"no mission with id {mission_id}")
    title_fr = require_text("title", title_fr)
    start_zone = check_zone("start zone", start_zone)
    end_zone = check_zone("end zone", end_zone or start_zone)
    check_local_time("start", start_local, start_zone)
    check_local_time("end", end_local, end_zone)
    if aware(end_local, end_zone) < aware(start_local, start_zone):
        raise ValidationError(
            "end",
            f"{end_local:%Y-%m-%d %H:%M} ({end_zone}) is before the start "
            f"{start_local:%Y-%m-%d %H:%M} ({start_zone})",
        )
    if stop_id is not None:
        stop = session.get(Stop, stop_id)
        if stop is None or stop.mission_id != mission_id:
            raise ValidationError("stop", "the stop does not belong to this mission")
    if venue_id is not None and session.get(Venue, venue_id) is None:
        raise NotFound(f"no venue with id {venue_id}")
    if recurrence:
        repeats = occurrences(start_local, end_local, recurrence, mission.end_date)
        if len(repeats) > MAX_OCCURRENCES:
            raise ValidationError(
                "repeat",
                f"'{recurrence}' repeats more than {MAX_OCCURRENCES} times within the mission",
            )
        for repeat_start, repeat_end in repeats[1:]:
            check_local_time("repeat", repeat_start, start_zone)
            check_local_time("repeat", repeat_end, end_zone)
    if audience == Audience.GROUPS and not group_ids:
        raise ValidationError("groups", "choose at least one group, or invite everyone")
    if group_ids:
        owners = set(session.scalars(select(Group.mission_id).where(Group.id.in_(set(group_ids)))))
        found = len(session.scalars(select(Group.id).where(Group.id.in_(set(group_ids)))).all())
        if found != len(set(group_ids)) or owners - {mission_id}:
            raise ValidationError("groups", "a group does not belong to this mission")
    # Flights, workshops and meetings may get their people from bookings, registrations and
    # meeting delegates alone, added after the item exists.
    filled_later = (ItemKind.FLIGHT, ItemKind.WORKSHOP, ItemKind.MEETING)
    if audience == Audience.PEOPLE and not participant_ids and kind not in filled_later:
        raise ValidationError("attendees", "choose at least one delegate, or invite everyone")
    if flight is not None and kind != ItemKind.FLIGHT:
        raise ValidationError("flight", "flight details given for an item that is no flight")
    everyone = set(participant_ids) | set(excluded_participant_ids)
    if staff_in_charge_id is not None:
        everyone.add(staff_in_charge_id)
    if everyone:
        known = set(
            session.scalars(
                select(Participant.id).where(
                    Participant.id.in_(everyone), Participant.mission_id == mission_id
                )
            )
        )
        if known != everyone:
            raise ValidationError("attendees", "someone named is not on this mission's roster")

    details = None
    if flight is not None:
        details = FlightDetails(
            carrier=require_text("carrier", flight.carrier, max_length=3).upper(),
            number=require_text("flight number", flight.number, max_length=8),
            departure_airport=require_text(
                "departure airport", flight.departure_airport, max_length=3
            ).upper(),
            arrival_airport=require_text(
                "arrival airport", flight.arrival_airport, max_length=3
            ).upper(),
        )
    item = ItineraryItem(
        mission_id=mission_id,
        stop_id=stop_id,
        kind=kind,
        title_fr=title_fr,
        title_en=require_text("English title", title_en) if title_en else title_fr,
        start_local=start_local,
        start_zone=start_zone,
        end_local=end_local,
        end_zone=end_zone,
        venue_id=venue_id,
        audience=audience,
        dress_code=optional_text("dress code", dress_code, max_length=120),
        to_bring=optional_text("to bring", to_bring, max_length=300),
        notes_fr=optional_text("French notes", notes_fr, max_length=10_000),
        notes_en=optional_text("English notes", notes_en, max_length=10_000),
        internal_notes=optional_text("internal notes", internal_notes, max_length=10_000),
        updated_at=utc_now(),
        staff_in_charge_id=staff_in_charge_id,
        recurrence=recurrence or None,
        is_private=is_private,
    )
    session.add(item)
    session.flush()
    session.add_all(ItemGroup(item_id=item.id, group_id=g) for g in set(group_ids))
    session.add_all(ItemAttendance(item_id=item.id, participant_id=p) for p in set(participant_ids))
    session.add_all(
        ItemAttendance(item_id=item.id, participant_id=p, excluded=True)
        for p in set(excluded_participant_ids)
    )
    if details is not None:
        details.item_id = item.id
        session.add(details)
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
        raise NotFound(f"item {item_id} is not a flight")
    item = session.get(ItineraryItem, item_id)
    participant = session.get(Participant, participant_id)
    if participant is None:
        raise NotFound(f"no participant with id {participant_id}")
    if item is None or participant.mission_id != item.mission_id:
        raise ValidationError("passenger", "the passenger is not on this flight's mission")
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
