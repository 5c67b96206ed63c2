"""Itinerary conflicts: who is expected in two places at once, items outside their stop,
double-booked speakers, transfers that leave before their flight lands."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from delegation_app.errors import NotFound
from delegation_app.services.agenda import agendas_for
from delegation_app.services.checks import ERROR, WARNING, Finding
from delegation_app.services.conflicts import MIN_CONNECTION, find_conflicts
from delegation_app.services.itinerary import FlightInput, book_flight, create_item, create_venue
from delegation_app.services.meetings import request_meeting, schedule_meeting, set_outcome
from delegation_app.services.missions import StopInput, create_mission, resolve_mission_id
from delegation_app.services.people import create_organisation, create_person
from delegation_app.services.roster import add_participant, create_group
from delegation_app.services.workshops import add_speaker, create_workshop
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    Audience,
    GroupKind,
    ItemKind,
    MeetingStatus,
    Participant,
    ParticipantRole,
    TransferFlight,
)
from tests.core.test_checks import assert_french

NY, PARIS, TORONTO = "America/New_York", "Europe/Paris", "America/Toronto"
JERUSALEM, SEOUL, TOKYO = "Asia/Jerusalem", "Asia/Seoul", "Asia/Tokyo"
MIAMI = StopInput(city="Miami", country="US", zone=NY)


class Plan:
    """A mission built through the services, with helpers for the items the tests need."""

    def __init__(
        self,
        session: Session,
        stops: Sequence[StopInput] = (MIAMI,),
        start: date = date(2017, 11, 5),
        end: date = date(2017, 11, 10),
        short: str = "miami-2017",
    ) -> None:
        self.session = session
        mission = create_mission(
            session, title_fr=short, short=short, start_date=start, end_date=end, stops=stops
        )
        self.id = mission.id
        self.stops = {s.city: s.id for s in mission.stops}
        self.zone = stops[0].zone
        self.venues: dict[tuple[str, str], int] = {}

    def delegate(self, given: str, family: str, *, groups: Sequence[int] = ()) -> int:
        person = create_person(self.session, given_name=given, family_name=family)
        return add_participant(
            self.session,
            mission_id=self.id,
            person_id=person.id,
            role=ParticipantRole.BUSINESS_LEADER,
            group_ids=groups,
        )

    def venue(self, name: str, city: str, iata: str | None = None) -> int:
        key = (name, city)
        if key not in self.venues:
            self.venues[key] = create_venue(self.session, name=name, city=city, iata_code=iata)
        return self.venues[key]

    def item(
        self,
        kind: ItemKind,
        title: str,
        start: datetime,
        end: datetime,
        *,
        zone: str | None = None,
        end_zone: str | None = None,
        people: Sequence[int] = (),
        venue: tuple[str, str] | None = None,
        stop: str | None = None,
        title_en: str | None = None,
        **extra: Any,
    ) -> int:
        """``title`` in French, and in English unless ``title_en`` differs."""
        if people and "audience" not in extra:
            extra["audience"] = Audience.PEOPLE
        return create_item(
            self.session,
            mission_id=self.id,
            kind=kind,
            title_fr=title,
            title_en=title_en or title,
            start_local=start,
            start_zone=zone or self.zone,
            end_local=end,
            end_zone=end_zone,
            participant_ids=people,
            venue_id=self.venue(*venue) if venue else None,
            stop_id=self.stops[stop] if stop else None,
            **extra,
        )

    def flight(
        self,
        number: str,
        passengers: Sequence[int],
        start: datetime,
        start_zone: str,
        end: datetime,
        end_zone: str,
        route: tuple[str, str],
        carrier: str = "AF",
    ) -> int:
        item = create_item(
            self.session,
            mission_id=self.id,
            kind=ItemKind.FLIGHT,
            title_fr=f"Vol {carrier} {number}",
            start_local=start,
            start_zone=start_zone,
            end_local=end,
            end_zone=end_zone,
            audience=Audience.PEOPLE,
            flight=FlightInput(carrier, number, *route),
        )
        for passenger in passengers:
            book_flight(
                self.session, item_id=item, participant_id=passenger, booking_reference="QX7P2L"
            )
        return item

    def miami_arrival(self, passengers: Sequence[int]) -> int:
        """AF 90 from Marseille, landing at 17:40 on the day the US clocks went back."""
        return self.flight(
            "90",
            passengers,
            datetime(2017, 11, 5, 10, 25),
            PARIS,
            datetime(2017, 11, 5, 17, 40),
            NY,
            ("MRS", "MIA"),
        )

    def workshop(self, title: str, start: datetime, end: datetime, **extra: Any) -> int:
        item = self.item(ItemKind.WORKSHOP, title, start, end, **extra)
        create_workshop(self.session, item_id=item, theme=title)
        return item

    def conflicts(self, language: str = "en") -> list[Finding]:
        return find_conflicts(self.session, self.id, language=language)


def _of(findings: Sequence[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def _only(findings: Sequence[Finding], code: str) -> Finding:
    found = _of(findings, code)
    assert len(found) == 1, [f.message for f in findings]
    return found[0]


# --- two places at once ---------------------------------------------------------------------


def test_a_dinner_before_the_miami_flight_lands_clashes_and_one_after_does_not(
    db: Database,
) -> None:
    with db.transaction() as session:
        plan = Plan(session)
        mayor = plan.delegate("Jean-Claude", "Gaudin")
        plan.miami_arrival([mayor])
        early = plan.item(
            ItemKind.MEAL,
            "Early dinner",
            datetime(2017, 11, 5, 17, 0),
            datetime(2017, 11, 5, 19, 0),
            venue=("Brickell Bayside Hotel", "Miami"),
        )
        plan.item(
            ItemKind.MEAL,
            "Welcome dinner",
            datetime(2017, 11, 5, 19, 0),
            datetime(2017, 11, 5, 21, 0),
        )
        findings = plan.conflicts()
    clash = _only(findings, "conflict.overlap")
    assert clash.severity == ERROR
    assert clash.participant_id == mayor
    assert clash.subject == "Jean-Claude Gaudin"
    assert clash.item_id == early
    assert clash.message == (
        "Jean-Claude Gaudin is expected in two places at once on Sun 5 Nov 2017: "
        "flight AF 90 (10:25 CET – 17:40 EST) overlaps Early dinner at Brickell Bayside Hotel "
        "(17:00–19:00 EST)."
    )
    assert "Welcome dinner" not in clash.message


def test_one_finding_per_clashing_pair_names_the_delegates_concerned(db: Database) -> None:
    with db.transaction() as session:
        plan = Plan(session)
        people = [plan.delegate(f"Délégué{n}", f"Nom{n:02}") for n in range(9)]
        plan.item(
            ItemKind.VISIT,
            "Visit to PortMiami",
            datetime(2017, 11, 8, 9, 30),
            datetime(2017, 11, 8, 12, 0),
            venue=("PortMiami", "Miami"),
        )
        reception = plan.item(
            ItemKind.RECEPTION,
            "Consul's reception",
            datetime(2017, 11, 8, 11, 0),
            datetime(2017, 11, 8, 13, 0),
            venue=("Residence of the Consul", "Miami"),
            people=people[:3],
        )
        findings = plan.conflicts()
    clash = _only(findings, "conflict.overlap")
    assert clash.participant_id is None  # three delegates: the finding is the item's
    assert clash.item_id == reception
    assert clash.subject == "Consul's reception, Wed 8 Nov"
    assert clash.message.startswith(
        "Délégué0 Nom00, Délégué1 Nom01 and Délégué2 Nom02 are expected in two places at once "
        "on Wed 8 Nov 2017: Visit to PortMiami at PortMiami (09:30–12:00 EST) overlaps"
    )


def test_many_delegates_are_counted_after_the_first_names(db: Database) -> None:
    with db.transaction() as session:
        plan = Plan(session)
        for n in range(20):
            plan.delegate(f"Délégué{n}", f"Nom{n:02}")
        plan.item(
            ItemKind.BRIEFING, "Briefing", datetime(2017, 11, 6, 8, 0), datetime(2017, 11, 6, 9, 0)
        )
        plan.item(
            ItemKind.TRANSFER,
            "Coach to County Hall",
            datetime(2017, 11, 6, 8, 45),
            datetime(2017, 11, 6, 9, 30),
        )
        findings = plan.conflicts()
    clash = _only(findings, "conflict.overlap")
    assert clash.message.startswith(
        "20 delegates (Délégué0 Nom00, Délégué1 Nom01, Délégué2 Nom02, Délégué3 Nom03, "
        "Délégué4 Nom04, Délégué5 Nom05 and 14 others) are expected in two places at once"
    )
    assert clash.advice == "Move one of the two, or take those delegates off one of them."


def test_items_that_follow_each_other_do_not_clash(db: Database) -> None:
    with db.transaction() as session:
        plan = Plan(session)
        plan.delegate("Marie", "Dupont")
        plan.item(ItemKind.MEAL, "Lunch", datetime(2017, 11, 6, 12, 30), datetime(2017, 11, 6, 14))
        plan.item(
            ItemKind.WORKSHOP, "IoT", datetime(2017, 11, 6, 14, 0), datetime(2017, 11, 6, 15, 30)
        )
        assert plan.conflicts() == []


def test_a_repeating_daily_briefing_clashes_on_one_day_only(db: Database) -> None:
    with db.transaction() as session:
        plan = Plan(session)
        staff = create_group(session, plan.id, "Équipe", GroupKind.STAFF)
        anne = plan.delegate("Anne", "Durand", groups=[staff.id])
        plan.delegate("Paul", "Martin")
        plan.item(
            ItemKind.BRIEFING,
            "Staff briefing",
            datetime(2017, 11, 6, 8, 0),
            datetime(2017, 11, 6, 8, 30),
            audience=Audience.GROUPS,
            group_ids=[staff.id],
            recurrence="FREQ=DAILY;COUNT=5",
        )
        plan.item(
            ItemKind.TRANSFER,
            "Coach to PortMiami",
            datetime(2017, 11, 8, 8, 15),
            datetime(2017, 11, 8, 9, 0),
        )
        findings = plan.conflicts()
    clash = _only(findings, "conflict.overlap")
    assert clash.participant_id == anne
    assert "on Wed 8 Nov 2017: Staff briefing (08:00–08:30 EST) overlaps Coach to PortMiami" in (
        clash.message
    )


def test_a_delegate_excluded_from_an_item_does_not_clash(db: Database) -> None:
    with db.transaction() as session:
        plan = Plan(session)
        ceo = plan.delegate("Marie", "Dupont")
        engineer = plan.delegate("Paul", "Martin")
        plan.item(
            ItemKind.MEAL,
            "Business lunch",
            datetime(2017, 11, 6, 12, 30),
            datetime(2017, 11, 6, 14, 0),
            excluded_participant_ids=[ceo],
        )
        plan.item(
            ItemKind.MEETING,
            "Meeting with Space Florida",
            datetime(2017, 11, 6, 13, 0),
            datetime(2017, 11, 6, 13, 45),
            people=[ceo],
        )
        assert plan.conflicts() == []
        plan.item(
            ItemKind.MEETING,
            "Meeting with Brickell Biotech",
            datetime(2017, 11, 6, 13, 0),
            datetime(2017, 11, 6, 13, 45),
            people=[engineer],
        )
        clash = _only(plan.conflicts(), "conflict.overlap")
    assert clash.participant_id == engineer


def test_free_time_and_what_a_show_frames_do_not_clash_but_a_reception_over_a_visit_does(
    db: Database,
) -> None:
    with db.transaction() as session:
        plan = Plan(session)
        ceo = plan.delegate("Marie", "Dupont")
        show = ("Bahia Mar Yachting Center", "Fort Lauderdale")
        plan.item(
            ItemKind.VISIT,
            "Boat Show",
            datetime(2017, 11, 6, 9, 30),
            datetime(2017, 11, 6, 16, 30),
            venue=show,
        )
        plan.item(  # held within the show's hours, elsewhere: the frame is left and come back to
            ItemKind.MEETING,
            "Meeting with the U.S. Superyacht Association",
            datetime(2017, 11, 6, 11, 0),
            datetime(2017, 11, 6, 11, 45),
            people=[ceo],
            venue=("USSA offices", "Fort Lauderdale"),
        )
        plan.item(  # running past the show's end, at the show
            ItemKind.MEETING,
            "Meeting with Oceanic Yacht Refit",
            datetime(2017, 11, 6, 16, 0),
            datetime(2017, 11, 6, 16, 45),
            people=[ceo],
            venue=show,
        )
        plan.item(
            ItemKind.FREE_TIME,
            "Free afternoon",
            datetime(2017, 11, 7, 14, 0),
            datetime(2017, 11, 7, 18, 0),
        )
        plan.item(
            ItemKind.MEETING,
            "Meeting with Key Biscayne Marine",
            datetime(2017, 11, 7, 16, 0),
            datetime(2017, 11, 7, 16, 45),
            people=[ceo],
        )
        assert _of(plan.conflicts(), "conflict.overlap") == []
        wynwood = plan.item(
            ItemKind.VISIT,
            "Wynwood walls",
            datetime(2017, 11, 8, 18, 0),
            datetime(2017, 11, 8, 19, 0),
            venue=("Wynwood Walls", "Miami"),
        )
        plan.item(
            ItemKind.RECEPTION,
            "Opening reception",
            datetime(2017, 11, 8, 17, 30),
            datetime(2017, 11, 8, 20, 30),
            venue=("Pérez Art Museum", "Miami"),
        )
        clash = _only(plan.conflicts(), "conflict.overlap")
    assert clash.item_id == wynwood
    assert clash.message.endswith(
        "Opening reception at Pérez Art Museum (17:30–20:30 EST) overlaps "
        "Wynwood walls at Wynwood Walls (18:00–19:00 EST)."
    )


def test_a_tel_aviv_day_is_compared_in_jerusalem_time(db: Database) -> None:
    with db.transaction() as session:
        plan = Plan(
            session,
            stops=[StopInput(city="Tel Aviv", country="IL", zone=JERUSALEM)],
            start=date(2019, 9, 16),
            end=date(2019, 9, 20),
            short="tel-aviv-2019",
        )
        founder = plan.delegate("Yasmina", "Benhamou")
        plan.item(
            ItemKind.VISIT,
            "DLD Tel Aviv Innovation Festival",
            datetime(2019, 9, 17, 9, 0),
            datetime(2019, 9, 17, 13, 0),
            venue=("Tel Aviv Port", "Tel Aviv"),
        )
        plan.item(
            ItemKind.MEETING,
            "Meeting with the Israel Innovation Authority",
            datetime(2019, 9, 17, 12, 30),
            datetime(2019, 9, 17, 13, 30),
            venue=("Israel Innovation Authority", "Jerusalem"),
            people=[founder],
        )
        plan.item(
            ItemKind.MEAL,
            "Lunch in Jaffa",
            datetime(2019, 9, 17, 13, 30),
            datetime(2019, 9, 17, 15, 0),
        )
        findings = plan.conflicts()
    clash = _only(findings, "conflict.overlap")
    assert clash.participant_id == founder
    assert "on Tue 17 Sep 2019: DLD Tel Aviv Innovation Festival at Tel Aviv Port " in (
        clash.message
    )
    assert "(09:00–13:00 IDT) overlaps Meeting with the Israel Innovation Authority" in (
        clash.message
    )
    # Held in Jerusalem though filed under no stop: a city no stop names is a trip out.
    assert _of(findings, "conflict.outside_stop") == []


def test_a_seoul_to_tokyo_flight_clashes_with_a_meeting_before_it_lands(db: Database) -> None:
    with db.transaction() as session:
        plan = Plan(
            session,
            stops=[
                StopInput("Seoul", "KR", SEOUL, date(2019, 12, 2), date(2019, 12, 4)),
                StopInput("Tokyo", "JP", TOKYO, date(2019, 12, 5), date(2019, 12, 7)),
            ],
            start=date(2019, 12, 2),
            end=date(2019, 12, 7),
            short="korea-japan-2019",
        )
        engineer = plan.delegate("Paul", "Martin")
        plan.venue("Narita International Airport", "Tokyo", iata="NRT")
        plan.flight(
            "703",
            [engineer],
            datetime(2019, 12, 5, 9, 55),
            SEOUL,
            datetime(2019, 12, 5, 12, 15),
            TOKYO,
            ("ICN", "NRT"),
            carrier="KE",
        )
        plan.item(
            ItemKind.MEETING,
            "Meeting with JETRO",
            datetime(2019, 12, 5, 12, 0),
            datetime(2019, 12, 5, 12, 45),
            zone=TOKYO,
            people=[engineer],
            stop="Tokyo",
            venue=("JETRO headquarters", "Tokyo"),
        )
        plan.item(
            ItemKind.MEAL,
            "Dinner at the embassy",
            datetime(2019, 12, 5, 19, 0),
            datetime(2019, 12, 5, 21, 0),
            zone=TOKYO,
            stop="Tokyo",
        )
        findings = plan.conflicts()
    clash = _only(findings, "conflict.overlap")
    assert clash.message == (
        "Paul Martin is expected in two places at once on Thu 5 Dec 2019: flight KE 703 "
        "(09:55 KST – 12:15 JST) overlaps Meeting with JETRO at JETRO headquarters "
        "(12:00–12:45 JST)."
    )
    assert len(findings) == 1


# --- speakers -------------------------------------------------------------------------------


def test_an_outside_speaker_at_two_workshops_at_once_is_an_error(db: Database) -> None:
    with db.transaction() as session:
        plan = Plan(session)
        plan.delegate("Marie", "Dupont")
        port = create_person(session, given_name="Christine", family_name="Cabau-Woehrel")
        iot = plan.workshop(
            "Security in the Internet of Things",
            datetime(2017, 11, 6, 14, 30),
            datetime(2017, 11, 6, 16, 0),
        )
        smartport = plan.workshop(
            "SmartPort Marseille", datetime(2017, 11, 6, 15, 30), datetime(2017, 11, 6, 17, 0)
        )
        add_speaker(session, item_id=iot, person_id=port.id)
        add_speaker(session, item_id=smartport, person_id=port.id)
        findings = plan.conflicts()
    clash = _only(findings, "conflict.speaker")
    assert clash.severity == ERROR
    assert clash.participant_id is None  # not a delegate
    assert clash.subject == "Christine Cabau-Woehrel"
    assert clash.message == (
        "Christine Cabau-Woehrel speaks at two workshops at once on Mon 6 Nov 2017: "
        "Security in the Internet of Things (14:30–16:00 EST) and SmartPort Marseille "
        "(15:30–17:00 EST)."
    )
    # Marie Dupont attends both (everyone is invited): that is an overlap of her own.
    assert _only(findings, "conflict.overlap").subject == "Marie Dupont"


def test_a_delegate_speaking_while_expected_elsewhere_is_a_speaker_conflict(
    db: Database,
) -> None:
    with db.transaction() as session:
        plan = Plan(session)
        director = plan.delegate("Jean-Luc", "Ruiz")
        ceo = plan.delegate("Marie", "Dupont")
        talk = plan.workshop(
            "SmartPort Marseille",
            datetime(2017, 11, 6, 16, 30),
            datetime(2017, 11, 6, 18, 0),
            people=[ceo],
        )
        director_person = session.get_one(Participant, director).person_id
        add_speaker(session, item_id=talk, person_id=director_person)
        plan.item(
            ItemKind.MEETING,
            "Meeting with PortMiami",
            datetime(2017, 11, 6, 17, 0),
            datetime(2017, 11, 6, 17, 45),
            people=[director, ceo],
        )
        findings = plan.conflicts()
    clash = _only(findings, "conflict.speaker")
    assert clash.participant_id == director
    assert clash.item_id == talk
    assert clash.message == (
        "Jean-Luc Ruiz speaks at SmartPort Marseille (16:30–18:00 EST) on Mon 6 Nov 2017 but "
        "is also expected at Meeting with PortMiami (17:00–17:45 EST)."
    )
    overlap = _only(findings, "conflict.overlap")  # the director is not reported twice
    assert overlap.participant_id == ceo


# --- transfers ------------------------------------------------------------------------------


def test_a_transfer_leaving_before_the_flight_it_meets_lands_is_an_error(db: Database) -> None:
    with db.transaction() as session:
        plan = Plan(session)
        mayor = plan.delegate("Jean-Claude", "Gaudin")
        flight = plan.flight(
            "7630",
            [mayor],
            datetime(2017, 11, 5, 14, 20),
            NY,
            datetime(2017, 11, 5, 17, 40),
            NY,
            ("JFK", "MIA"),
        )
        transfer = plan.item(
            ItemKind.TRANSFER,
            "Airport to hotel transfer",
            datetime(2017, 11, 5, 16, 30),
            datetime(2017, 11, 5, 17, 50),
        )
        session.add(TransferFlight(transfer_item_id=transfer, flight_item_id=flight))
        session.flush()
        findings = plan.conflicts()
    late = _only(findings, "conflict.transfer_before_landing")
    assert late.severity == ERROR
    assert late.item_id == transfer
    assert late.subject == "Airport to hotel transfer"
    assert late.message == (
        "Airport to hotel transfer leaves at 16:30 EST on Sun 5 Nov 2017, before AF 7630 "
        "lands at 17:40 EST."
    )
    # The clash is said once, as the transfer's, not again as the mayor's overlap.
    assert [f.code for f in findings] == ["conflict.transfer_before_landing"]


def test_a_transfer_soon_after_landing_is_a_tight_connection_unless_linked(
    db: Database,
) -> None:
    with db.transaction() as session:
        plan = Plan(session)
        mayor = plan.delegate("Jean-Claude", "Gaudin")
        plan.venue("Miami International Airport", "Miami", iata="MIA")
        flight = plan.miami_arrival([mayor])
        transfer = plan.item(
            ItemKind.TRANSFER,
            "Airport to hotel transfer",
            datetime(2017, 11, 5, 18, 0),
            datetime(2017, 11, 5, 19, 0),
            venue=("Miami International Airport", "Miami"),
        )
        plan.item(  # an hour after landing: enough
            ItemKind.TRANSFER,
            "Coach to the welcome reception",
            datetime(2017, 11, 5, 20, 0),
            datetime(2017, 11, 5, 20, 30),
        )
        findings = plan.conflicts()
        tight = _only(findings, "conflict.tight_connection")
        assert tight.severity == WARNING
        assert tight.participant_id == mayor
        assert tight.item_id == transfer
        assert tight.message == (
            "Airport to hotel transfer leaves at 18:00 EST on Sun 5 Nov 2017, only 20 minutes "
            "after flight AF 90 lands at 17:40 EST, for Jean-Claude Gaudin."
        )
        assert f"{MIN_CONNECTION.seconds // 60} minutes" in tight.advice
        session.add(TransferFlight(transfer_item_id=transfer, flight_item_id=flight))
        session.flush()
        assert plan.conflicts() == []  # linked: the coach waits for the flight


# --- outside the stop -----------------------------------------------------------------------


def _toronto_montreal(session: Session) -> Plan:
    return Plan(
        session,
        stops=[
            StopInput("Toronto", "CA", TORONTO, date(2019, 7, 8), date(2019, 7, 9)),
            StopInput("Montréal", "CA", TORONTO, date(2019, 7, 10), date(2019, 7, 12)),
        ],
        start=date(2019, 7, 8),
        end=date(2019, 7, 12),
        short="toronto-montreal-2019",
    )


def test_a_meeting_during_the_toronto_stop_at_a_montreal_venue_is_flagged(db: Database) -> None:
    with db.transaction() as session:
        plan = _toronto_montreal(session)
        ceo = plan.delegate("Marie", "Dupont")
        plan.item(  # "Montreal" without its accent is the Montréal stop's city
            ItemKind.MEETING,
            "Meeting with Ocean Data",
            datetime(2019, 7, 11, 14, 0),
            datetime(2019, 7, 11, 14, 45),
            people=[ceo],
            stop="Montréal",
            venue=("Startupfest site", "MONTREAL"),
        )
        plan.item(  # the train leaves Toronto the morning the Montréal stop begins
            ItemKind.TRAIN,
            "Train to Montréal",
            datetime(2019, 7, 10, 6, 40),
            datetime(2019, 7, 10, 11, 59),
            stop="Toronto",
            venue=("Union Station", "Toronto"),
        )
        assert plan.conflicts() == []
        filed_in_toronto = plan.item(
            ItemKind.MEETING,
            "Meeting with Plateau Animation",
            datetime(2019, 7, 9, 10, 0),
            datetime(2019, 7, 9, 10, 45),
            people=[ceo],
            stop="Toronto",
            venue=("Plateau Animation studio", "Montréal"),
        )
        filed_in_montreal = plan.item(
            ItemKind.MEETING,
            "Meeting with Ville de Montréal",
            datetime(2019, 7, 9, 15, 0),
            datetime(2019, 7, 9, 15, 45),
            people=[ceo],
            stop="Montréal",
            venue=("Hôtel de ville", "Montréal"),
        )
        without_stop = plan.item(
            ItemKind.WORKSHOP,
            "Pitch session",
            datetime(2019, 7, 9, 17, 0),
            datetime(2019, 7, 9, 18, 0),
            people=[ceo],
            venue=("Startupfest site", "MONTREAL"),
        )
        findings = _of(plan.conflicts(), "conflict.outside_stop")
    by_item = {f.item_id: f for f in findings}
    assert set(by_item) == {filed_in_toronto, filed_in_montreal, without_stop}
    assert all(f.severity == WARNING and f.participant_id is None for f in findings)
    assert by_item[filed_in_toronto].message == (
        "Meeting with Plateau Animation on Tue 9 Jul 2019 is filed under the Toronto stop but "
        "takes place at Plateau Animation studio, Montréal."
    )
    assert by_item[filed_in_toronto].advice.startswith(
        "Move it to the Montréal stop and its dates (Wed 10 Jul 2019 to Fri 12 Jul 2019)"
    )
    assert by_item[filed_in_montreal].message == (
        "Meeting with Ville de Montréal on Tue 9 Jul 2019 falls outside its stop, Montréal "
        "(Wed 10 Jul 2019 to Fri 12 Jul 2019)."
    )
    assert by_item[without_stop].message == (
        "Pitch session on Tue 9 Jul 2019 takes place at Startupfest site, MONTREAL, but the "
        "delegation is in Toronto that day; the Montréal stop runs Wed 10 Jul 2019 to "
        "Fri 12 Jul 2019."
    )


def test_a_trip_out_to_a_city_no_stop_names_is_no_conflict(db: Database) -> None:
    with db.transaction() as session:
        plan = Plan(session)
        plan.delegate("Marie", "Dupont")
        show = plan.item(
            ItemKind.VISIT,
            "Boat Show",
            datetime(2017, 11, 6, 9, 30),
            datetime(2017, 11, 6, 16, 30),
            stop="Miami",
            venue=("Bahia Mar Yachting Center", "Fort Lauderdale"),
        )
        findings = plan.conflicts()
    # Fort Lauderdale is a day out from Miami, planned on purpose: nothing to warn about.
    assert not [f for f in findings if f.item_id == show]


def test_items_dated_outside_the_mission_are_flagged_but_not_an_overnight_arrival(
    db: Database,
) -> None:
    with db.transaction() as session:
        plan = Plan(
            session,
            stops=[StopInput("Tokyo", "JP", TOKYO)],
            start=date(2019, 12, 2),
            end=date(2019, 12, 6),
            short="tokyo-2019",
        )
        plan.delegate("Paul", "Martin")
        plan.flight(  # leaves Paris the day before the mission, lands on its first day
            "276",
            [],
            datetime(2019, 12, 1, 13, 35),
            PARIS,
            datetime(2019, 12, 2, 8, 55),
            TOKYO,
            ("CDG", "HND"),
        )
        late = plan.item(
            ItemKind.MEAL,
            "Farewell dinner",
            datetime(2019, 12, 7, 19, 0),
            datetime(2019, 12, 7, 21, 0),
            stop="Tokyo",
        )
        repeating = plan.item(
            ItemKind.BRIEFING,
            "Morning briefing",
            datetime(2019, 11, 30, 8, 0),
            datetime(2019, 11, 30, 8, 30),
            recurrence="FREQ=DAILY;COUNT=4",
        )
        findings = plan.conflicts()
    by_item = {f.item_id: f for f in _of(findings, "conflict.outside_stop")}
    assert set(by_item) == {late, repeating}
    assert by_item[late].message == (
        "Farewell dinner on Sat 7 Dec 2019 falls outside the mission "
        "(Mon 2 Dec 2019 to Fri 6 Dec 2019)."
    )
    assert by_item[repeating].message == (
        "Morning briefing repeats 2 times outside the mission (Mon 2 Dec 2019 to "
        "Fri 6 Dec 2019), the first on Sat 30 Nov 2019."
    )


# --- meetings called off --------------------------------------------------------------------


@pytest.mark.parametrize("outcome", [MeetingStatus.CANCELLED, MeetingStatus.NO_SHOW])
def test_cancelled_and_no_show_meetings_never_conflict(
    db: Database, outcome: MeetingStatus
) -> None:
    with db.transaction() as session:
        plan = Plan(session)
        ceo = plan.delegate("Marie", "Dupont")
        plan.item(ItemKind.MEAL, "Lunch", datetime(2017, 11, 6, 12, 30), datetime(2017, 11, 6, 14))
        org = create_organisation(session, name="Coral Gables Marine")
        meeting = request_meeting(
            session, mission_id=plan.id, organisation_id=org.id, participant_ids=[ceo]
        )
        slot = plan.item(
            ItemKind.MEETING,
            "Meeting with Coral Gables Marine",
            datetime(2017, 11, 6, 13, 0),  # over lunch, out of town
            datetime(2017, 11, 6, 13, 45),
            people=[ceo],
            stop="Miami",
            venue=("Coral Gables Marine", "Coral Gables"),
        )
        schedule_meeting(session, meeting, item_id=slot)
        assert {f.code for f in plan.conflicts()} == {"conflict.overlap"}
        set_outcome(session, meeting, outcome, None)
        assert plan.conflicts() == []


# --- loading --------------------------------------------------------------------------------


@contextmanager
def _counting_selects(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement != "BEGIN":
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def _busy(db: Database, size: int) -> tuple[int, list[int]]:
    with db.transaction() as session:
        plan = Plan(session, short=f"busy-{size}")
        people = [plan.delegate(f"Délégué{n}", f"Nom{n}") for n in range(size)]
        plan.miami_arrival(people)
        for day in range(6, 10):
            plan.item(
                ItemKind.MEETING,
                "Meeting",
                datetime(2017, 11, day, 10, 0),
                datetime(2017, 11, day, 11, 0),
                people=people[::2],
            )
            plan.item(
                ItemKind.VISIT,
                "Visit",
                datetime(2017, 11, day, 10, 30),
                datetime(2017, 11, day, 12, 0),
                venue=("Port", "Miami"),
            )
            talk = plan.workshop(
                "Workshop", datetime(2017, 11, day, 14, 0), datetime(2017, 11, day, 15, 0)
            )
            speaker = create_person(session, given_name="Orateur", family_name=f"Jour{day}")
            add_speaker(session, item_id=talk, person_id=speaker.id)
        return plan.id, people


def test_the_conflicts_cost_the_same_number_of_queries_for_5_or_40_delegates(
    db: Database,
) -> None:
    counts = []
    for size in (5, 40):
        mission_id, people = _busy(db, size)
        with db.reading() as session, _counting_selects(db) as statements:
            findings = find_conflicts(session, mission_id)
        assert len(_of(findings, "conflict.overlap")) == 4
        counts.append(len(statements))
        with db.reading() as session:
            agendas = agendas_for(session, mission_id, people)
            with _counting_selects(db) as statements:
                assert find_conflicts(session, mission_id, agendas) == findings
            assert len(statements) == 4  # the agendas given are not read again
    assert counts[0] == counts[1]


def test_an_unknown_mission_is_not_found(db: Database) -> None:
    with db.reading() as session, pytest.raises(NotFound):
        find_conflicts(session, 999)


# --- the demo -------------------------------------------------------------------------------


def test_the_demo_has_no_one_in_two_places_and_flags_what_deserves_a_look(
    demo_db: Database,
) -> None:
    with demo_db.reading() as session:
        miami = find_conflicts(session, resolve_mission_id(session, "miami-2017"))
        canada = find_conflicts(session, resolve_mission_id(session, "toronto-montreal-2019"))
    assert not [f for f in miami + canada if f.severity == ERROR]
    # The Boat Show and the B2B meetings held there are a trip out to Fort Lauderdale.
    assert miami == []
    # The coach leaves Toronto Pearson 40 minutes after AF 7352 lands, with all 29 passengers.
    [tight] = canada
    assert tight.code == "conflict.tight_connection"
    assert tight.message.startswith(
        "Airport to hotel transfer leaves at 14:00 EDT on Mon 8 Jul 2019, only 40 minutes "
        "after flight AF 7352 lands at 13:20 EDT, for 29 delegates ("
    )


# --- in French ------------------------------------------------------------------------------


def _plain(text: str) -> str:
    """The text with ordinary spaces, to compare it with a readable string."""
    return text.replace("\u00a0", " ")


def _worded(findings: Sequence[Finding]) -> list[tuple[str, str, str]]:
    assert_french(findings)
    return [(f.subject, _plain(f.message), _plain(f.advice)) for f in findings]


def test_french_overlap_of_one_delegate_names_them_and_the_two_items(db: Database) -> None:
    with db.transaction() as session:
        plan = Plan(session)
        mayor = plan.delegate("Jean-Claude", "Gaudin")
        plan.miami_arrival([mayor])
        plan.item(
            ItemKind.MEAL,
            "Dîner de bienvenue",
            datetime(2017, 11, 5, 17, 0),
            datetime(2017, 11, 5, 19, 0),
            venue=("Brickell Bayside Hotel", "Miami"),
            title_en="Early dinner",
        )
        english = _only(plan.conflicts(), "conflict.overlap")
        clash = _only(plan.conflicts("fr"), "conflict.overlap")
    assert "Early dinner at Brickell Bayside Hotel" in english.message
    assert (clash.severity, clash.participant_id, clash.item_id) == (
        english.severity,
        english.participant_id,
        english.item_id,
    )
    assert _worded([clash]) == [
        (
            "Jean-Claude Gaudin",
            "Jean-Claude Gaudin devrait être à deux endroits à la fois le dimanche 5 novembre "
            "2017 : le vol AF 90 (10:25 CET – 17:40 EST) chevauche « Dîner de bienvenue » "
            "(Brickell Bayside Hotel, 17:00–19:00 EST).",
            "Déplacez l’un des deux, ou retirez cette personne de l’un d’eux.",
        )
    ]


def test_french_overlap_of_many_delegates_names_the_item_and_counts_the_others(
    db: Database,
) -> None:
    with db.transaction() as session:
        plan = Plan(session)
        for n in range(20):
            plan.delegate(f"Délégué{n}", f"Nom{n:02}")
        plan.item(
            ItemKind.BRIEFING, "Briefing", datetime(2017, 11, 6, 8, 0), datetime(2017, 11, 6, 9, 0)
        )
        plan.item(
            ItemKind.TRANSFER,
            "Car pour l’hôtel de ville",
            datetime(2017, 11, 6, 8, 45),
            datetime(2017, 11, 6, 9, 30),
            title_en="Coach to County Hall",
        )
        findings = _of(plan.conflicts("fr"), "conflict.overlap")
    assert _worded(findings) == [
        (
            "Car pour l’hôtel de ville, lun. 6 nov.",
            "20 délégués (Délégué0 Nom00, Délégué1 Nom01, Délégué2 Nom02, Délégué3 Nom03, "
            "Délégué4 Nom04, Délégué5 Nom05 et 14 autres) devraient être à deux endroits à la "
            "fois le lundi 6 novembre 2017 : « Briefing » (08:00–09:00 EST) chevauche « Car "
            "pour l’hôtel de ville » (08:45–09:30 EST).",
            "Déplacez l’un des deux, ou retirez ces délégués de l’un d’eux.",
        )
    ]


def test_french_speaker_conflicts(db: Database) -> None:
    with db.transaction() as session:
        plan = Plan(session)
        director = plan.delegate("Jean-Luc", "Ruiz")
        ceo = plan.delegate("Marie", "Dupont")
        port = create_person(session, given_name="Christine", family_name="Cabau-Woehrel")
        iot = plan.workshop(
            "Sécurité de l’Internet des objets",
            datetime(2017, 11, 6, 14, 30),
            datetime(2017, 11, 6, 16, 0),
            people=[ceo],
        )
        smartport = plan.workshop(
            "SmartPort Marseille",
            datetime(2017, 11, 6, 15, 30),
            datetime(2017, 11, 6, 17, 0),
            people=[director],
        )
        add_speaker(session, item_id=iot, person_id=port.id)
        add_speaker(session, item_id=smartport, person_id=port.id)
        director_person = session.get_one(Participant, director).person_id
        add_speaker(session, item_id=smartport, person_id=director_person)
        plan.item(
            ItemKind.MEETING,
            "Rendez-vous avec PortMiami",
            datetime(2017, 11, 6, 16, 30),
            datetime(2017, 11, 6, 17, 15),
            people=[director],
            venue=("PortMiami", "Miami"),
        )
        findings = _of(plan.conflicts("fr"), "conflict.speaker")
    assert _worded(findings) == [
        (
            "Christine Cabau-Woehrel",
            "Christine Cabau-Woehrel intervient dans deux ateliers à la fois le lundi "
            "6 novembre 2017 : « Sécurité de l’Internet des objets » (14:30–16:00 EST) et "
            "« SmartPort Marseille » (15:30–17:00 EST).",
            "Déplacez l’un des ateliers, ou trouvez un autre intervenant pour l’un d’eux.",
        ),
        (
            "Jean-Luc Ruiz",
            "Jean-Luc Ruiz intervient le lundi 6 novembre 2017 à « SmartPort Marseille » "
            "(15:30–17:00 EST), mais « Rendez-vous avec PortMiami » (PortMiami, "
            "16:30–17:15 EST) figure aussi à son programme.",
            "Déplacez l’un des deux, retirez cette personne de l’autre, ou trouvez un autre "
            "intervenant.",
        ),
    ]


def test_french_transfers_leaving_before_or_soon_after_landing(db: Database) -> None:
    with db.transaction() as session:
        plan = Plan(session)
        mayor = plan.delegate("Jean-Claude", "Gaudin")
        plan.venue("Miami International Airport", "Miami", iata="MIA")
        plan.miami_arrival([mayor])
        plan.item(
            ItemKind.TRANSFER,
            "Transfert aéroport – hôtel",
            datetime(2017, 11, 5, 18, 0),
            datetime(2017, 11, 5, 19, 0),
            venue=("Miami International Airport", "Miami"),
        )
        night = plan.flight(  # lands the next morning
            "92",
            [],
            datetime(2017, 11, 9, 22, 0),
            PARIS,
            datetime(2017, 11, 10, 6, 30),
            NY,
            ("CDG", "MIA"),
        )
        early = plan.item(
            ItemKind.TRANSFER,
            "Navette des retardataires",
            datetime(2017, 11, 9, 23, 0),
            datetime(2017, 11, 9, 23, 30),
        )
        session.add(TransferFlight(transfer_item_id=early, flight_item_id=night))
        session.flush()
        findings = plan.conflicts("fr")
    assert [f.code for f in findings] == [
        "conflict.transfer_before_landing",
        "conflict.tight_connection",
    ]
    assert _worded(findings) == [
        (
            "Navette des retardataires",
            "« Navette des retardataires » part à 23:00 EST le jeudi 9 novembre 2017, avant "
            "l’atterrissage du vol AF 92 à 06:30 EST le vendredi 10 novembre 2017.",
            "Décalez le transfert à au moins 45 minutes après l’atterrissage, ou rattachez-le "
            "au vol qu’il attend réellement.",
        ),
        (
            "Jean-Claude Gaudin",
            "« Transfert aéroport – hôtel » part à 18:00 EST le dimanche 5 novembre 2017, "
            "20 minutes seulement après l’atterrissage du vol AF 90 à 17:40 EST, pour "
            "Jean-Claude Gaudin.",
            "Prévoyez au moins 45 minutes entre l’atterrissage et le départ (contrôle des "
            "passeports, bagages), ou rattachez le transfert au vol pour qu’il l’attende.",
        ),
    ]


def test_french_items_outside_their_stop_or_the_mission(db: Database) -> None:
    with db.transaction() as session:
        plan = _toronto_montreal(session)
        ceo = plan.delegate("Marie", "Dupont")
        plan.item(
            ItemKind.MEETING,
            "Rendez-vous avec Plateau Animation",
            datetime(2019, 7, 9, 10, 0),
            datetime(2019, 7, 9, 10, 45),
            people=[ceo],
            stop="Toronto",
            venue=("Studio Plateau Animation", "Montréal"),
        )
        plan.item(
            ItemKind.MEETING,
            "Rendez-vous à l’hôtel de ville",
            datetime(2019, 7, 9, 15, 0),
            datetime(2019, 7, 9, 15, 45),
            people=[ceo],
            stop="Montréal",
            venue=("Hôtel de ville", "Montréal"),
        )
        plan.item(
            ItemKind.WORKSHOP,
            "Séance de pitchs",
            datetime(2019, 7, 9, 17, 0),
            datetime(2019, 7, 9, 18, 0),
            people=[ceo],
            venue=("Site du Startupfest", "Montréal"),
        )
        plan.item(
            ItemKind.MEAL, "Dîner d’adieu", datetime(2019, 7, 13, 19, 0), datetime(2019, 7, 13, 21)
        )
        plan.item(
            ItemKind.BRIEFING,
            "Point du matin",
            datetime(2019, 7, 6, 8, 0),
            datetime(2019, 7, 6, 8, 30),
            recurrence="FREQ=DAILY;COUNT=4",
        )
        findings = _of(plan.conflicts("fr"), "conflict.outside_stop")
    assert _worded(findings) == [
        (
            "Dîner d’adieu",
            "« Dîner d’adieu », le samedi 13 juillet 2019, tombe en dehors des dates de la "
            "mission (du lundi 8 au vendredi 12 juillet 2019).",
            "Corrigez sa date, ou celles de la mission.",
        ),
        (
            "Point du matin",
            "« Point du matin » a lieu 2 fois en dehors des dates de la mission (du lundi 8 au "
            "vendredi 12 juillet 2019), la première le samedi 6 juillet 2019.",
            "Corrigez sa date, ou celles de la mission.",
        ),
        (
            "Rendez-vous à l’hôtel de ville",
            "« Rendez-vous à l’hôtel de ville », le mardi 9 juillet 2019, tombe en dehors des "
            "dates de son étape, Montréal (du mercredi 10 au vendredi 12 juillet 2019).",
            "Placez-le dans les dates de l’étape, ou rattachez-le à l’étape dont il relève.",
        ),
        (
            "Rendez-vous avec Plateau Animation",
            "« Rendez-vous avec Plateau Animation », le mardi 9 juillet 2019, figure dans "
            "l’étape de Toronto, mais a pour lieu Studio Plateau Animation, Montréal.",
            "Placez-le dans l’étape de Montréal et ses dates (du mercredi 10 au vendredi "
            "12 juillet 2019), ou choisissez un lieu à Toronto.",
        ),
        (
            "Séance de pitchs",
            "« Séance de pitchs », le mardi 9 juillet 2019, a pour lieu Site du Startupfest, "
            "Montréal, mais la délégation est à Toronto ce jour-là ; l’étape de Montréal se "
            "déroule du mercredi 10 au vendredi 12 juillet 2019.",
            "Placez-le dans les dates de l’étape de Montréal, ou choisissez un lieu à Toronto.",
        ),
    ]


def test_an_unknown_language_is_refused_before_any_query(db: Database) -> None:
    from delegation_app.errors import ValidationError

    with db.transaction() as session, pytest.raises(ValidationError, match="fr or en"):
        find_conflicts(session, Plan(session).id, language="de")
