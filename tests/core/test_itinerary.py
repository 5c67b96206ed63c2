"""Itinerary items: times across zones and clock changes, repeats, audiences and flights."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from delegation_app.errors import DomainError, NotFound, ValidationError
from delegation_app.services.agenda import agenda_for
from delegation_app.services.itinerary import (
    FlightInput,
    book_flight,
    create_item,
    create_venue,
    item_count,
)
from delegation_app.services.missions import StopInput, create_mission
from delegation_app.services.people import create_person
from delegation_app.services.roster import add_participant, create_group
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    Audience,
    FlightBooking,
    FlightDetails,
    GroupKind,
    ItemAttendance,
    ItemGroup,
    ItemKind,
    ItineraryItem,
    ParticipantRole,
)

AF_MIAMI = FlightInput(carrier="af", number="92", departure_airport="cdg", arrival_airport="mia")


@dataclass(frozen=True)
class Trip:
    mission_id: int
    stop_id: int
    delegate_ids: tuple[int, ...]
    other_mission_id: int
    other_stop_id: int
    other_delegate_id: int


def _mission(db: Database, short: str, start: date, end: date, stop: StopInput) -> tuple[int, int]:
    with db.transaction() as session:
        view = create_mission(
            session, title_fr=f"Mission {short}", short=short, start_date=start, end_date=end,
            stops=[stop],
        )  # fmt: skip
    return view.id, view.stops[0].id


def _delegates(db: Database, mission_id: int, names: list[tuple[str, str]]) -> tuple[int, ...]:
    ids = []
    with db.transaction() as session:
        for given, family in names:
            person = create_person(session, given_name=given, family_name=family)
            ids.append(
                add_participant(
                    session,
                    mission_id=mission_id,
                    person_id=person.id,
                    role=ParticipantRole.BUSINESS_LEADER,
                )
            )
    return tuple(ids)


@pytest.fixture
def trip(db: Database) -> Trip:
    mission_id, stop_id = _mission(
        db,
        "miami-2017",
        date(2017, 11, 1),
        date(2017, 11, 10),
        StopInput(city="Miami", country="US", zone="America/New_York"),
    )
    other_id, other_stop_id = _mission(
        db,
        "tokyo-2019",
        date(2019, 12, 2),
        date(2019, 12, 6),
        StopInput(city="Tokyo", country="JP", zone="Asia/Tokyo"),
    )
    return Trip(
        mission_id=mission_id,
        stop_id=stop_id,
        delegate_ids=_delegates(db, mission_id, [("Jean", "Dupont"), ("Anne", "Martin")]),
        other_mission_id=other_id,
        other_stop_id=other_stop_id,
        other_delegate_id=_delegates(db, other_id, [("Kenji", "Sato")])[0],
    )


def _create(db: Database, trip: Trip, **overrides: Any) -> int:
    arguments: dict[str, Any] = {
        "mission_id": trip.mission_id,
        "kind": ItemKind.VISIT,
        "title_fr": "Visite du port de Miami",
        "title_en": "Visit of PortMiami",
        "start_local": datetime(2017, 11, 6, 14, 0),
        "start_zone": "America/New_York",
        "end_local": datetime(2017, 11, 6, 16, 0),
    }
    arguments.update(overrides)
    with db.transaction() as session:
        return create_item(session, **arguments)


def _count(db: Database, model: type[Any]) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# --- times --------------------------------------------------------------------------------


def test_create_item_stores_wall_clock_times_and_zones(db: Database, trip: Trip) -> None:
    with db.transaction() as session:
        venue = create_venue(
            session,
            name="PortMiami",
            address="1015 N America Way",
            city="Miami",
            country="us",
            zone="America/New_York",
        )
    item_id = _create(
        db,
        trip,
        stop_id=trip.stop_id,
        venue_id=venue,
        dress_code="Business",
        notes_fr="Badge obligatoire",
        notes_en="Badge required",
        internal_notes="Driver paid in cash",
    )

    with db.reading() as session:
        item = session.get(ItineraryItem, item_id)
        assert item is not None
        assert (item.start_local, item.start_zone) == (
            datetime(2017, 11, 6, 14, 0),
            "America/New_York",
        )
        # The end zone defaults to the start zone.
        assert (item.end_local, item.end_zone) == (datetime(2017, 11, 6, 16, 0), "America/New_York")
        assert (item.title_fr, item.title_en) == ("Visite du port de Miami", "Visit of PortMiami")
        assert (item.stop_id, item.venue_id) == (trip.stop_id, venue)
        assert item.audience == Audience.EVERYONE
        assert (item.dress_code, item.notes_fr, item.notes_en, item.internal_notes) == (
            "Business",
            "Badge obligatoire",
            "Badge required",
            "Driver paid in cash",
        )
        # A new item has its calendar identity from the start.
        assert len(item.uid) == 36 and item.sequence == 0 and item.updated_at is not None
        assert item_count(session, trip.mission_id) == 1


def test_create_item_refuses_a_start_that_happens_twice(db: Database, trip: Trip) -> None:
    with pytest.raises(ValidationError) as caught:
        _create(
            db,
            trip,
            start_local=datetime(2017, 11, 5, 1, 30),
            end_local=datetime(2017, 11, 5, 4, 0),
        )
    assert caught.value.field == "start"
    assert _count(db, ItineraryItem) == 0


def test_create_item_refuses_an_end_that_does_not_exist(db: Database, trip: Trip) -> None:
    with pytest.raises(ValidationError) as caught:
        _create(
            db,
            trip,
            start_local=datetime(2017, 3, 12, 1, 0),
            end_local=datetime(2017, 3, 12, 2, 30),
        )
    assert caught.value.field == "end"


def test_create_item_accepts_three_o_clock_on_the_autumn_change_day(
    db: Database, trip: Trip
) -> None:
    item_id = _create(
        db,
        trip,
        start_local=datetime(2017, 11, 5, 3, 0),
        end_local=datetime(2017, 11, 5, 4, 0),
    )
    with db.reading() as session:
        item = session.get(ItineraryItem, item_id)
        assert item is not None
        assert item.start_local == datetime(2017, 11, 5, 3, 0)


def test_create_item_refuses_end_before_start_across_zones(db: Database, trip: Trip) -> None:
    # 15:00 in Paris is 09:00 in New York that day: before the 10:00 start.
    with pytest.raises(ValidationError) as caught:
        _create(
            db,
            trip,
            kind=ItemKind.FLIGHT,
            start_local=datetime(2017, 11, 6, 10, 0),
            start_zone="America/New_York",
            end_local=datetime(2017, 11, 6, 15, 0),
            end_zone="Europe/Paris",
        )
    assert caught.value.field == "end"
    assert _count(db, ItineraryItem) == 0


def test_create_item_accepts_a_flight_landing_at_an_earlier_hour_in_a_later_zone(
    db: Database, trip: Trip
) -> None:
    # Marseille/Paris 10:25 -> Miami 17:40 on the day the US clocks went back: 13 h 15 in the air.
    item_id = _create(
        db,
        trip,
        kind=ItemKind.FLIGHT,
        title_fr="Vol Paris - Miami",
        title_en="Flight Paris - Miami",
        start_local=datetime(2017, 11, 5, 10, 25),
        start_zone="Europe/Paris",
        end_local=datetime(2017, 11, 5, 17, 40),
        end_zone="America/New_York",
        flight=AF_MIAMI,
    )

    with db.reading() as session:
        flight = session.get(FlightDetails, item_id)
        assert flight is not None
        assert (
            flight.carrier,
            flight.number,
            flight.departure_airport,
            flight.arrival_airport,
        ) == (
            "AF",
            "92",
            "CDG",
            "MIA",
        )
        (entry,) = agenda_for(session, trip.delegate_ids[0])
    assert entry.item_id == item_id
    assert entry.duration == timedelta(hours=13, minutes=15)
    assert (entry.start_zone, entry.end_zone) == ("Europe/Paris", "America/New_York")
    assert entry.end_local == datetime(2017, 11, 5, 17, 40)


def test_create_item_refuses_an_unknown_zone(db: Database, trip: Trip) -> None:
    with pytest.raises(ValidationError) as caught:
        _create(db, trip, end_zone="Florida/Miami")
    assert caught.value.field == "end zone"


def test_create_item_refuses_a_stop_of_another_mission(db: Database, trip: Trip) -> None:
    with pytest.raises(ValidationError) as caught:
        _create(db, trip, stop_id=trip.other_stop_id)
    assert caught.value.field == "stop"
    with pytest.raises(ValidationError) as unknown:
        _create(db, trip, stop_id=trip.other_stop_id + 1000)
    assert unknown.value.field == "stop"


def test_create_item_raises_not_found_for_unknown_mission_or_venue(
    db: Database, trip: Trip
) -> None:
    with pytest.raises(NotFound):
        _create(db, trip, mission_id=9999)
    with pytest.raises(NotFound):
        _create(db, trip, venue_id=9999)


# --- repeats ------------------------------------------------------------------------------


@pytest.mark.parametrize("rule", ["FREQ=SOMETIMES", "every day at 8", "FREQ=DAILY;COUNT=x"])
def test_create_item_refuses_a_bad_rrule(db: Database, trip: Trip, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _create(db, trip, recurrence=rule)
    assert caught.value.field == "repeat"
    assert _count(db, ItineraryItem) == 0


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY;INTERVAL=0",  # dateutil repeats the first date forever: the agenda hangs
        "FREQ=DAILY;INTERVAL=-1",  # dateutil raises a bare ValueError when the agenda expands it
    ],
)
def test_create_item_refuses_an_rrule_that_cannot_be_expanded(
    db: Database, trip: Trip, rule: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        _create(db, trip, recurrence=rule)
    assert caught.value.field == "repeat"
    assert _count(db, ItineraryItem) == 0


def test_create_item_refuses_a_repeat_landing_on_a_time_that_does_not_exist(
    db: Database, trip: Trip
) -> None:
    # A daily 02:30 briefing from 10 March 2017: on 12 March 02:30 never happens in New York.
    march, _ = _mission(
        db,
        "new-york-2017",
        date(2017, 3, 10),
        date(2017, 3, 14),
        StopInput(city="New York", country="US", zone="America/New_York"),
    )
    with pytest.raises(ValidationError) as caught:
        _create(
            db,
            trip,
            mission_id=march,
            kind=ItemKind.BRIEFING,
            start_local=datetime(2017, 3, 10, 2, 30),
            end_local=datetime(2017, 3, 10, 3, 0),
            recurrence="FREQ=DAILY;COUNT=5",
        )
    assert caught.value.field in ("repeat", "start")


def test_create_item_stores_a_valid_rrule(db: Database, trip: Trip) -> None:
    item_id = _create(db, trip, recurrence="FREQ=DAILY;COUNT=5")
    with db.reading() as session:
        assert session.scalar(
            select(ItineraryItem.recurrence).where(ItineraryItem.id == item_id)
        ) == ("FREQ=DAILY;COUNT=5")


# --- audiences ----------------------------------------------------------------------------


def test_create_item_refuses_audience_groups_without_groups(db: Database, trip: Trip) -> None:
    with pytest.raises(ValidationError) as caught:
        _create(db, trip, audience=Audience.GROUPS)
    assert caught.value.field == "groups"
    assert _count(db, ItineraryItem) == 0


def test_create_item_refuses_audience_people_without_people(db: Database, trip: Trip) -> None:
    with pytest.raises(ValidationError) as caught:
        _create(db, trip, audience=Audience.PEOPLE)
    assert caught.value.field == "attendees"


def test_create_item_stores_groups_and_attendance_rows(db: Database, trip: Trip) -> None:
    with db.transaction() as session:
        official = create_group(session, trip.mission_id, "Officiels", GroupKind.OFFICIAL)
    jean, anne = trip.delegate_ids
    item_id = _create(
        db,
        trip,
        audience=Audience.GROUPS,
        group_ids=[official.id],
        participant_ids=[anne],
        excluded_participant_ids=[jean],
    )
    with db.reading() as session:
        groups = list(
            session.scalars(select(ItemGroup.group_id).where(ItemGroup.item_id == item_id))
        )
        attendance = {
            (row.participant_id, row.excluded)
            for row in session.execute(
                select(ItemAttendance.participant_id, ItemAttendance.excluded).where(
                    ItemAttendance.item_id == item_id
                )
            )
        }
    assert groups == [official.id]
    assert attendance == {(anne, False), (jean, True)}


def test_create_item_refuses_a_group_of_another_mission(db: Database, trip: Trip) -> None:
    with db.transaction() as session:
        tokyo_press = create_group(session, trip.other_mission_id, "Presse", GroupKind.PRESS)
    with pytest.raises(ValidationError) as caught:
        _create(db, trip, audience=Audience.GROUPS, group_ids=[tokyo_press.id])
    assert caught.value.field == "groups"
    assert _count(db, ItineraryItem) == 0
    assert _count(db, ItemGroup) == 0


@pytest.mark.parametrize("role", ["participant_ids", "excluded_participant_ids", "staff"])
def test_create_item_refuses_an_attendee_from_another_mission(
    db: Database, trip: Trip, role: str
) -> None:
    stranger = trip.other_delegate_id
    overrides: dict[str, Any] = (
        {"staff_in_charge_id": stranger}
        if role == "staff"
        else {"audience": Audience.PEOPLE, "participant_ids": [stranger]}
        if role == "participant_ids"
        else {"excluded_participant_ids": [stranger]}
    )
    with pytest.raises(ValidationError) as caught:
        _create(db, trip, **overrides)
    assert caught.value.field == "attendees"
    assert _count(db, ItineraryItem) == 0
    assert _count(db, ItemAttendance) == 0


# --- flights ------------------------------------------------------------------------------


def test_create_item_refuses_flight_details_on_a_non_flight_and_writes_nothing(
    db: Database, trip: Trip
) -> None:
    with pytest.raises(ValidationError) as caught:
        _create(db, trip, kind=ItemKind.TRANSFER, flight=AF_MIAMI)
    assert caught.value.field == "flight"
    assert _count(db, ItineraryItem) == 0
    assert _count(db, FlightDetails) == 0


def test_create_item_writes_nothing_to_the_session_when_it_refuses_flight_details(
    db: Database, trip: Trip
) -> None:
    # ValidationError promises "nothing was written": a caller that reports the error and goes
    # on (an import collecting refusals row by row) must not find a half-made item.
    with db.transaction() as session:
        with pytest.raises(ValidationError):
            create_item(
                session,
                mission_id=trip.mission_id,
                kind=ItemKind.TRANSFER,
                title_fr="Transfert aéroport",
                start_local=datetime(2017, 11, 5, 18, 0),
                start_zone="America/New_York",
                end_local=datetime(2017, 11, 5, 19, 0),
                flight=AF_MIAMI,
            )
        assert session.scalar(select(func.count()).select_from(ItineraryItem)) == 0


def test_book_flight_stores_and_updates_the_passenger_booking(db: Database, trip: Trip) -> None:
    jean = trip.delegate_ids[0]
    flight_id = _create(
        db,
        trip,
        kind=ItemKind.FLIGHT,
        start_local=datetime(2017, 11, 5, 10, 25),
        start_zone="Europe/Paris",
        end_local=datetime(2017, 11, 5, 17, 40),
        end_zone="America/New_York",
        flight=AF_MIAMI,
    )
    with db.transaction() as session:
        book_flight(session, item_id=flight_id, participant_id=jean, booking_reference="QX7P2L")
        book_flight(
            session, item_id=flight_id, participant_id=jean, booking_reference="QX7P2M", seat="12A"
        )
    with db.reading() as session:
        rows = session.execute(
            select(FlightBooking.booking_reference, FlightBooking.seat).where(
                FlightBooking.participant_id == jean
            )
        ).all()
    assert [tuple(r) for r in rows] == [("QX7P2M", "12A")]


def test_book_flight_refuses_an_item_that_is_no_flight(db: Database, trip: Trip) -> None:
    visit = _create(db, trip)
    with pytest.raises(NotFound), db.transaction() as session:
        book_flight(
            session, item_id=visit, participant_id=trip.delegate_ids[0], booking_reference="X"
        )


def test_book_flight_refuses_a_passenger_of_another_mission(db: Database, trip: Trip) -> None:
    flight_id = _create(
        db,
        trip,
        kind=ItemKind.FLIGHT,
        start_local=datetime(2017, 11, 5, 10, 25),
        start_zone="Europe/Paris",
        end_local=datetime(2017, 11, 5, 17, 40),
        end_zone="America/New_York",
        flight=AF_MIAMI,
    )
    with pytest.raises(DomainError), db.transaction() as session:
        book_flight(
            session,
            item_id=flight_id,
            participant_id=trip.other_delegate_id,
            booking_reference="QX7P2L",
        )
    assert _count(db, FlightBooking) == 0
