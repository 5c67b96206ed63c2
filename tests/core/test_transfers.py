"""Airport pick-ups: the plan, the transfer items it creates, and the printed manifest."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from delegation_app.errors import Conflict, ValidationError
from delegation_app.printing.transfers import render_transfer_manifest
from delegation_app.services.agenda import agenda_for
from delegation_app.services.itinerary import FlightInput, book_flight, create_item
from delegation_app.services.missions import StopInput, create_mission
from delegation_app.services.people import create_organisation, create_person
from delegation_app.services.roster import add_participant
from delegation_app.services.transfers import (
    TITLE_EN,
    TITLE_FR,
    VAN_CAPACITY,
    PickupPlan,
    apply_pickup_plan,
    list_transfers,
    pickup_plan,
    set_transfer_details,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    Audience,
    ItemAttendance,
    ItemKind,
    ItineraryItem,
    Mission,
    Participant,
    ParticipantRole,
    ParticipantStatus,
    Stop,
    TransferDetails,
    TransferFlight,
    Venue,
)

PARIS, ATHENS, ISRAEL = "Europe/Paris", "Europe/Athens", "Asia/Jerusalem"
DAY = date(2019, 9, 16)


@dataclass(frozen=True)
class Arrival:
    """The Tel Aviv mission of these tests: its stop, flights and who flies on each."""

    mission: int
    stop: int
    flights: dict[str, int]  # item id by flight label
    passengers: dict[str, list[int]]  # participant ids by flight label
    cancelled: int  # booked on AF 1620, then cancelled


def _delegate(
    session: Any,
    mission_id: int,
    number: int,
    *,
    status: ParticipantStatus = ParticipantStatus.CONFIRMED,
    **extra: Any,
) -> int:
    person = create_person(
        session,
        given_name="Camille",
        family_name=f"Famille{number:02d}",
        phone=f"+336399800{number:02d}",
        **extra,
    )
    return add_participant(
        session,
        mission_id=mission_id,
        person_id=person.id,
        role=ParticipantRole.BUSINESS_LEADER,
        status=status,
    )


def _flight(
    session: Any,
    mission_id: int,
    label: str,
    route: tuple[str, str],
    start: datetime,
    start_zone: str,
    end: datetime,
    **extra: Any,
) -> int:
    carrier, number = label.split()
    return create_item(
        session,
        mission_id=mission_id,
        kind=ItemKind.FLIGHT,
        title_fr=f"Vol {label}",
        start_local=start,
        start_zone=start_zone,
        end_local=end,
        end_zone=ISRAEL,
        flight=FlightInput(carrier, number, *route),
        **extra,
    )


@pytest.fixture
def arrival(db: Database) -> Arrival:
    """DLD Tel Aviv, 16 September 2019: three flights land at Ben Gurion.

    AF 1620 from Paris at 14:05 with 30 booked passengers (and one more who cancelled), LY 324
    from Paris at 14:30 with 25 booked, A3 928 from Athens at 17:10 with 8 who attend it but
    hold no booking yet.
    """
    with db.transaction() as session:
        mission = create_mission(
            session,
            title_fr="Mission DLD Tel Aviv 2019",
            title_en="DLD Tel Aviv mission 2019",
            short="tel-aviv-2019",
            start_date=DAY,
            end_date=date(2019, 9, 20),
            stops=[
                StopInput(
                    city="Tel Aviv",
                    country="IL",
                    zone=ISRAEL,
                    start_date=DAY,
                    end_date=date(2019, 9, 20),
                )
            ],
        )
        stop = session.scalar(select(Stop.id).where(Stop.mission_id == mission.id))
        assert stop is not None
        org = create_organisation(session, name="Pôle Mer Méditerranée").id
        ids = [
            _delegate(session, mission.id, n, organisation_id=org if n % 2 else None)
            for n in range(63)
        ]
        cancelled = _delegate(session, mission.id, 99, status=ParticipantStatus.CANCELLED)
        passengers = {"AF 1620": ids[:30], "LY 324": ids[30:55], "A3 928": ids[55:]}
        flights = {
            "AF 1620": _flight(
                session,
                mission.id,
                "AF 1620",
                ("CDG", "TLV"),
                datetime(2019, 9, 16, 8, 50),
                PARIS,
                datetime(2019, 9, 16, 14, 5),
                audience=Audience.PEOPLE,
            ),
            "LY 324": _flight(
                session,
                mission.id,
                "LY 324",
                ("CDG", "TLV"),
                datetime(2019, 9, 16, 9, 15),
                PARIS,
                datetime(2019, 9, 16, 14, 30),
                audience=Audience.PEOPLE,
            ),
            "A3 928": _flight(
                session,
                mission.id,
                "A3 928",
                ("ATH", "TLV"),
                datetime(2019, 9, 16, 15, 25),
                ATHENS,
                datetime(2019, 9, 16, 17, 10),
                audience=Audience.PEOPLE,
                participant_ids=passengers["A3 928"],
            ),
        }
        for label in ("AF 1620", "LY 324"):
            for participant_id in passengers[label]:
                book_flight(
                    session,
                    item_id=flights[label],
                    participant_id=participant_id,
                    booking_reference="ABC123",
                )
        book_flight(
            session, item_id=flights["AF 1620"], participant_id=cancelled, booking_reference="X"
        )
    return Arrival(mission.id, stop, flights, passengers, cancelled)


def _plan(db: Database, arrival: Arrival, **options: Any) -> PickupPlan:
    with db.reading() as session:
        return pickup_plan(session, arrival.stop, **options)


def test_plan_fills_coaches_in_landing_order_within_the_window(
    db: Database, arrival: Arrival
) -> None:
    plan = _plan(db, arrival)
    assert plan.airports == ("TLV",)
    assert [f.label for f in plan.flights] == ["AF 1620", "LY 324", "A3 928"]
    summary = [
        (v.name, len(v.passengers), [f.label for f in v.flights], v.departure_local)
        for v in plan.vehicles
    ]
    assert summary == [
        # 30 from the first flight and the first 19 of the second fill the first coach...
        ("Coach 1", 49, ["AF 1620", "LY 324"], datetime(2019, 9, 16, 15, 30)),
        # ...the other 6 of the second take the next, leaving an hour after landing...
        ("Coach 2", 6, ["LY 324"], datetime(2019, 9, 16, 15, 30)),
        # ...and the Athens flight, beyond the 45 minutes, has its own.
        ("Coach 3", 8, ["A3 928"], datetime(2019, 9, 16, 18, 10)),
    ]
    for vehicle in plan.vehicles:
        assert len(vehicle.passengers) <= vehicle.capacity == 49
        assert vehicle.zone == ISRAEL and vehicle.airport == "TLV"
        first = vehicle.passengers[0].landing
        assert all(p.landing - first <= timedelta(minutes=45) for p in vehicle.passengers)
        landings = [p.landing for p in vehicle.passengers]
        assert landings == sorted(landings)


def test_plan_collects_everyone_once_and_no_cancelled_delegate(
    db: Database, arrival: Arrival
) -> None:
    plan = _plan(db, arrival)
    collected = Counter(p.participant_id for p in plan.passengers)
    expected = [p for ids in arrival.passengers.values() for p in ids]
    assert sorted(collected) == sorted(expected)
    assert set(collected.values()) == {1}
    assert arrival.cancelled not in collected
    assert plan.double_booked == ()
    for passenger in plan.passengers:
        assert passenger.participant_id in arrival.passengers[passenger.flight]


def test_plan_is_the_same_each_time(db: Database, arrival: Arrival) -> None:
    first, second = _plan(db, arrival), _plan(db, arrival)
    assert first == second
    coach = first.vehicles[0]
    # Boarding order: landing time, then name.
    assert [p.family_name for p in coach.passengers[:3]] == ["Famille00", "Famille01", "Famille02"]
    assert coach.passengers[30].family_name == "Famille30"


def test_plan_with_vans_respects_their_capacity(db: Database, arrival: Arrival) -> None:
    plan = _plan(db, arrival, capacity=VAN_CAPACITY, vehicle_name="Van")
    assert [len(v.passengers) for v in plan.vehicles] == [8, 8, 8, 8, 8, 8, 7, 8]
    assert plan.vehicles[-1].name == "Van 8"
    assert len(plan.passengers) == len({p.participant_id for p in plan.passengers}) == 63


def test_plan_window_and_allowance_are_parameters(db: Database, arrival: Arrival) -> None:
    plan = _plan(
        db, arrival, window=timedelta(hours=4), capacity=80, allowance=timedelta(minutes=90)
    )
    assert len(plan.vehicles) == 1
    assert plan.vehicles[0].departure_local == datetime(2019, 9, 16, 18, 40)


def test_domestic_landing_waits_for_baggage_only(db: Database, arrival: Arrival) -> None:
    with db.transaction() as session:
        late = _delegate(session, arrival.mission, 70)
        eilat = _flight(
            session,
            arrival.mission,
            "LY 5",
            ("ETM", "TLV"),
            datetime(2019, 9, 17, 9, 0),
            ISRAEL,
            datetime(2019, 9, 17, 9, 50),
        )
        book_flight(session, item_id=eilat, participant_id=late, booking_reference=None)
        plan = pickup_plan(session, arrival.stop, on=date(2019, 9, 17))
    assert [(len(v.passengers), v.departure_local) for v in plan.vehicles] == [
        (1, datetime(2019, 9, 17, 10, 20))
    ]


def test_second_landing_of_the_same_delegate_is_reported_not_collected(
    db: Database, arrival: Arrival
) -> None:
    twice = arrival.passengers["AF 1620"][0]
    with db.transaction() as session:
        book_flight(
            session, item_id=arrival.flights["LY 324"], participant_id=twice, booking_reference="Z"
        )
        plan = pickup_plan(session, arrival.stop)
    assert [p.participant_id for p in plan.passengers].count(twice) == 1
    assert [(p.participant_id, p.flight) for p in plan.double_booked] == [(twice, "LY 324")]


def test_plan_meets_only_the_airports_asked_for(db: Database, arrival: Arrival) -> None:
    assert _plan(db, arrival, airports=["HFA"]).vehicles == ()
    with pytest.raises(ValidationError, match="three letters"):
        _plan(db, arrival, airports=["TLVX"])
    with pytest.raises(ValidationError, match="at least one"):
        _plan(db, arrival, capacity=0)


def test_apply_creates_a_transfer_per_vehicle_attended_by_its_passengers(
    db: Database, arrival: Arrival
) -> None:
    plan = _plan(db, arrival)
    with db.transaction() as session:
        item_ids = apply_pickup_plan(
            session, arrival.mission, plan, meeting_point="Hall 3, arrivals"
        )
    assert len(item_ids) == 3
    with db.reading() as session:
        for item_id, vehicle in zip(item_ids, plan.vehicles, strict=True):
            item = session.get(ItineraryItem, item_id)
            assert item is not None
            assert (item.kind, item.audience, item.stop_id) == (
                ItemKind.TRANSFER,
                Audience.PEOPLE,
                arrival.stop,
            )
            assert (item.title_fr, item.title_en) == (TITLE_FR, TITLE_EN)
            assert (item.start_local, item.start_zone) == (vehicle.departure_local, ISRAEL)
            assert item.end_local == vehicle.departure_local + timedelta(hours=1)
            attendees = set(
                session.scalars(
                    select(ItemAttendance.participant_id).where(
                        ItemAttendance.item_id == item_id, ItemAttendance.excluded.is_(False)
                    )
                )
            )
            assert attendees == {p.participant_id for p in vehicle.passengers}
            met = set(
                session.scalars(
                    select(TransferFlight.flight_item_id).where(
                        TransferFlight.transfer_item_id == item_id
                    )
                )
            )
            assert met == {f.item_id for f in vehicle.flights}
            details = session.get(TransferDetails, item_id)
            assert details is not None
            assert (details.vehicle, details.capacity, details.meeting_point) == (
                vehicle.name,
                49,
                "Hall 3, arrivals",
            )
            venue = session.get(Venue, item.venue_id)
            assert venue is not None and venue.iata_code == "TLV" and venue.zone == ISRAEL
        # The booklets follow: a passenger of coach 3 has that transfer, not coach 1's.
        athens = arrival.passengers["A3 928"][0]
        transfers = [e.item_id for e in agenda_for(session, athens) if e.kind == ItemKind.TRANSFER]
        assert transfers == [item_ids[2]]


def test_applying_a_plan_twice_is_refused(db: Database, arrival: Arrival) -> None:
    plan = _plan(db, arrival)
    with db.transaction() as session:
        apply_pickup_plan(session, arrival.mission, plan)
    with pytest.raises(Conflict, match="AF 1620 is already met"), db.transaction() as session:
        apply_pickup_plan(session, arrival.mission, plan)
    with db.reading() as session:
        count = session.scalars(
            select(ItineraryItem.id).where(ItineraryItem.kind == ItemKind.TRANSFER)
        ).all()
    assert len(count) == 3


def test_apply_refuses_a_plan_of_another_mission(db: Database, arrival: Arrival) -> None:
    plan = _plan(db, arrival)
    with pytest.raises(ValidationError, match="another mission"), db.transaction() as session:
        apply_pickup_plan(session, arrival.mission + 1, plan)


def _manifest_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_manifest_lists_each_vehicle_with_flights_and_passengers_never_passports(
    db: Database, arrival: Arrival, tmp_path: Path
) -> None:
    plan = _plan(db, arrival)
    watched = arrival.passengers["LY 324"][-1]
    with db.transaction() as session:
        item_ids = apply_pickup_plan(session, arrival.mission, plan)
        participant = session.get(Participant, watched)
        assert participant is not None
        participant.person.passport_number = "PX9876543"
        participant.person.birth_date = date(1971, 4, 12)
        set_transfer_details(
            session,
            item_ids[0],
            vehicle="Coach 1",
            capacity=49,
            driver="Yossi Levi",
            driver_phone="+972501234567",
            meeting_point="Hall 3, arrivals",
        )
        transfers = list_transfers(session, arrival.mission)
        title = session.scalar(select(Mission.title_fr).where(Mission.id == arrival.mission))
    assert [t.vehicle for t in transfers] == ["Coach 1", "Coach 2", "Coach 3"]
    assert [len(t.passengers) for t in transfers] == [49, 6, 8]
    assert transfers[2].passengers[0].flight == "A3 928"
    assert transfers[2].passengers[0].landing_local == datetime(2019, 9, 16, 17, 10)

    for language, words in (("fr", ["Chauffeur", "Page 1 sur"]), ("en", ["Driver", "Page 1 of"])):
        path = render_transfer_manifest(
            transfers,
            tmp_path / f"manifest-{language}.pdf",
            language=language,
            mission_title=title or "",
            issued_on=date(2019, 9, 10),
        )
        text = _manifest_text(path)
        for word in words:
            assert word in text
        for number in range(63):
            assert f"Famille{number:02d}" in text
        for label in ("AF 1620", "LY 324", "A3 928", "Yossi Levi", "Hall 3, arrivals"):
            assert label in text
        assert "Famille99" not in text  # cancelled
        assert "PX9876543" not in text
        assert "1971" not in text
        assert not list(tmp_path.glob("*.part"))


def test_manifest_of_the_demo_miami_arrival(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.transaction() as session:
        mission = session.scalar(select(Mission).where(Mission.short == "miami-2017"))
        assert mission is not None
        stop = session.scalar(select(Stop.id).where(Stop.mission_id == mission.id))
        assert stop is not None
        plan = pickup_plan(session, stop)
        # AF 7630 lands at 17:40 on Miami's clock with 115 booked delegates: three coaches.
        assert [(f.label, f.landing_local) for f in plan.flights] == [
            ("AF 7630", datetime(2017, 11, 5, 17, 40))
        ]
        assert [len(v.passengers) for v in plan.vehicles] == [49, 49, 17]
        assert {v.departure_local for v in plan.vehicles} == {datetime(2017, 11, 5, 18, 40)}
        item_ids = apply_pickup_plan(session, mission.id, plan)
        transfers = list_transfers(session, mission.id, item_ids=item_ids)
        title = mission.title_en
    path = render_transfer_manifest(
        transfers, tmp_path / "miami.pdf", language="en", mission_title=title
    )
    text = _manifest_text(path)
    assert "AF 7630" in text and "5:40" in text and "Coach 3" in text


def test_manifest_refuses_nothing_to_print_and_an_unknown_language(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no transfer"):
        render_transfer_manifest([], tmp_path / "x.pdf", language="fr", mission_title="M")
    with pytest.raises(ValidationError, match="language"):
        render_transfer_manifest([], tmp_path / "x.pdf", language="de", mission_title="M")
    assert not list(tmp_path.iterdir())
