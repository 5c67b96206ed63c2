"""The pre-departure checks: each finding names the delegate and says what to do."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from delegation_app.services.checks import ERROR, WARNING, Finding, run_checks
from delegation_app.services.entry import save_entry_rules_override, set_entry_authorisation
from delegation_app.services.itinerary import FlightInput, book_flight, create_item, create_venue
from delegation_app.services.missions import StopInput, create_mission, resolve_mission_id
from delegation_app.services.people import create_person
from delegation_app.services.roster import (
    add_participant,
    assign_room,
    create_accommodation,
    create_group,
    list_roster,
    set_participant_status,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    Audience,
    AuthorisationKind,
    AuthorisationState,
    ItemKind,
    ParticipantRole,
    ParticipantStatus,
    Person,
    Setting,
)

MIAMI = StopInput(city="Miami", country="US", zone="America/New_York")
NY, PARIS = "America/New_York", "Europe/Paris"
TODAY = date(2017, 10, 1)  # a month before the Miami mission
ESTA = AuthorisationKind.ESTA


class Trip:
    """A small mission built through the services, with helpers for what the checks read."""

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
        self.short = mission.short
        self.stop_ids = [s.id for s in mission.stops]
        self.hotel_venue = create_venue(session, name="Brickell Bayside Hotel", city="Miami")

    def delegate(
        self,
        given: str,
        family: str,
        *,
        passport: tuple[str, date | None] | None = ("19AB12345", date(2027, 1, 1)),
        nationality: str | None = "FR",
        esta: bool = True,
        status: ParticipantStatus = ParticipantStatus.CONFIRMED,
        **person: Any,
    ) -> int:
        """A delegate with, unless told otherwise, a valid passport and a granted ESTA."""
        number, expiry = passport if passport else (None, None)
        view = create_person(
            self.session,
            given_name=given,
            family_name=family,
            nationality=nationality,
            passport_number=number,
            passport_country=person.pop("passport_country", nationality if number else None),
            passport_expiry=expiry,
            **person,
        )
        participant = add_participant(
            self.session,
            mission_id=self.id,
            person_id=view.id,
            role=ParticipantRole.BUSINESS_LEADER,
            status=status,
        )
        if esta:
            set_entry_authorisation(
                self.session,
                participant_id=participant,
                kind=ESTA,
                country="US",
                state=AuthorisationState.GRANTED,
            )
        return participant

    def flight(
        self,
        passengers: Sequence[int],
        start: datetime,
        start_zone: str,
        end: datetime,
        end_zone: str,
        *,
        number: str = "90",
        route: tuple[str, str] = ("MRS", "MIA"),
        audience: Audience = Audience.PEOPLE,
    ) -> int:
        item = create_item(
            self.session,
            mission_id=self.id,
            kind=ItemKind.FLIGHT,
            title_fr=f"Vol AF {number}",
            start_local=start,
            start_zone=start_zone,
            end_local=end,
            end_zone=end_zone,
            audience=audience,
            flight=FlightInput("AF", number, *route),
        )
        for participant in passengers:
            book_flight(
                self.session, item_id=item, participant_id=participant, booking_reference="QX7P2L"
            )
        return item

    def outbound(self, passengers: Sequence[int]) -> int:
        return self.flight(
            passengers, datetime(2017, 11, 5, 10, 25), PARIS, datetime(2017, 11, 5, 17, 40), NY
        )

    def homebound(self, passengers: Sequence[int]) -> int:
        return self.flight(
            passengers,
            datetime(2017, 11, 10, 16, 55),
            NY,
            datetime(2017, 11, 11, 9, 40),
            PARIS,
            number="91",
            route=("MIA", "MRS"),
        )

    def hotel(
        self,
        guests: Sequence[int],
        check_in: date = date(2017, 11, 5),
        check_out: date = date(2017, 11, 10),
        *,
        stop: int = 0,
        venue: int | None = None,
    ) -> int:
        block = create_accommodation(
            self.session,
            mission_id=self.id,
            venue_id=venue or self.hotel_venue,
            check_in=check_in,
            check_out=check_out,
            stop_id=self.stop_ids[stop],
        )
        for number, guest in enumerate(guests, start=101):
            assign_room(
                self.session, accommodation_id=block, participant_id=guest, room_number=str(number)
            )
        return block

    def travelling(self, participants: Sequence[int]) -> None:
        """Flights out and back and a hotel for the whole stay: nothing for the checks."""
        self.outbound(participants)
        self.homebound(participants)
        self.hotel(participants)

    def meal(self, title: str, when: datetime, venue: str | None, **extra: Any) -> int:
        return create_item(
            self.session,
            mission_id=self.id,
            kind=ItemKind.MEAL,
            title_fr=title,
            title_en=title,
            start_local=when,
            start_zone=NY,
            end_local=when.replace(hour=when.hour + 2),
            venue_id=create_venue(self.session, name=venue, city="Miami") if venue else None,
            **extra,
        )

    def check(self) -> list[Finding]:
        return run_checks(self.session, self.short, today=TODAY)


def _codes(findings: Sequence[Finding]) -> list[tuple[str, str]]:
    return [(f.code, f.subject) for f in findings]


def _only(findings: Sequence[Finding], code: str) -> Finding:
    found = [f for f in findings if f.code == code]
    assert len(found) == 1, _codes(findings)
    return found[0]


# --- a mission where everything is in order -------------------------------------------------


def test_a_delegate_with_everything_in_order_has_no_finding(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        jean = trip.delegate("Jean", "Dupont")
        trip.travelling([jean])
        assert trip.check() == []


def test_cancelled_delegates_are_not_checked(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        trip.delegate(
            "Jean", "Dupont", passport=None, esta=False, status=ParticipantStatus.CANCELLED
        )
        assert trip.check() == []


def test_a_mission_named_by_id_is_checked_too(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        trip.delegate("Jean", "Dupont", passport=None)
        by_id = run_checks(session, str(trip.id), today=TODAY)
        assert by_id == trip.check() != []


# --- passports ------------------------------------------------------------------------------


def test_a_missing_passport_is_an_error_naming_the_delegate(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        jean = trip.delegate("Jean", "Dupont", passport=None)
        trip.travelling([jean])
        finding = _only(trip.check(), "passport.missing")
    assert finding == Finding(
        code="passport.missing",
        severity=ERROR,
        participant_id=jean,
        item_id=None,
        subject="Jean Dupont",
        message="Jean Dupont has no passport on record.",
        advice="Ask for a copy of the passport and record its issuing country and expiry date.",
    )


def test_a_passport_expiring_before_the_return_is_an_error(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        jean = trip.delegate("Jean", "Dupont", passport=("19AB12345", date(2017, 11, 8)))
        trip.travelling([jean])
        finding = _only(trip.check(), "passport.expired")
    assert finding.severity == ERROR
    assert finding.message == (
        "Jean Dupont's passport expires on Wed 8 Nov 2017, before the return on Fri 10 Nov 2017."
    )


def test_a_passport_that_already_expired_says_so(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        trip.delegate("Jean", "Dupont", passport=("19AB12345", date(2017, 9, 30)))
        finding = _only(trip.check(), "passport.expired")
    assert finding.message.startswith("Jean Dupont's passport expired on Sat 30 Sep 2017")


def test_a_passport_without_expiry_is_a_warning(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        trip.delegate("Jean", "Dupont", passport=("19AB12345", None))
        finding = _only(trip.check(), "passport.no_expiry")
    assert finding.severity == WARNING
    assert finding.message == "Jean Dupont's passport has no expiry date on record."


def test_six_months_of_validity_are_needed_by_nationals_outside_the_six_month_club(
    db: Database,
) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        french = trip.delegate("Jean", "Dupont", passport=("19AB12345", date(2018, 2, 1)))
        chinese = trip.delegate(
            "Wei", "Zhang", nationality="CN", passport=("E12345678", date(2018, 2, 1)), esta=False
        )
        set_entry_authorisation(
            session,
            participant_id=chinese,
            kind=AuthorisationKind.VISA,
            country="US",
            state=AuthorisationState.GRANTED,
        )
        trip.travelling([french, chinese])
        findings = trip.check()
    assert _codes(findings) == [("passport.expiring", "Wei Zhang")]
    assert findings[0].message == (
        "Wei Zhang's passport expires on Thu 1 Feb 2018; the United States requires it valid "
        "6 months after the return, until Thu 10 May 2018."
    )


def test_the_strictest_stop_sets_the_passport_rule(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(
            session,
            stops=[
                StopInput("Tokyo", "JP", "Asia/Tokyo", date(2019, 12, 2), date(2019, 12, 4)),
                StopInput("Séoul", "KR", "Asia/Seoul", date(2019, 12, 5), date(2019, 12, 6)),
            ],
            start=date(2019, 12, 2),
            end=date(2019, 12, 6),
            short="seoul-tokyo-2019",
        )
        trip.delegate("Jean", "Dupont", passport=("19AB12345", date(2020, 3, 1)), esta=False)
        finding = _only(run_checks(session, trip.short, today=TODAY), "passport.expiring")
    assert finding.message == (
        "Jean Dupont's passport expires on Sun 1 Mar 2020; for South Korea, the prudent rule "
        "is a passport valid 6 months after the return, until Sat 6 Jun 2020."
    )


def test_no_finding_ever_shows_a_passport_number(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        trip.delegate("Jean", "Dupont", passport=("19AB12345", date(2017, 11, 6)))
        trip.delegate(
            "Wei", "Zhang", nationality="CN", passport=("E98765432", date(2018, 1, 1)), esta=False
        )
        findings = trip.check()
    assert {f.code for f in findings} >= {"passport.expired", "passport.expiring"}
    for finding in findings:
        for secret in ("19AB12345", "E98765432", "12345", "65432"):
            assert secret not in finding.message + finding.advice + finding.subject


# --- entry authorisations -------------------------------------------------------------------


def test_a_missing_esta_is_an_error_with_the_rules_note(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        jean = trip.delegate("Jean", "Dupont", esta=False)
        trip.travelling([jean])
        finding = _only(trip.check(), "entry.missing")
    assert (finding.severity, finding.participant_id, finding.subject) == (
        ERROR,
        jean,
        "Jean Dupont",
    )
    assert finding.message == "Jean Dupont has no ESTA on record for the United States."
    assert finding.advice.startswith("Have them apply for the ESTA (or record the one they hold).")
    assert "esta.cbp.dhs.gov" in finding.advice


@pytest.mark.parametrize(
    ("state", "expiry", "code", "severity", "message"),
    [
        (AuthorisationState.GRANTED, None, None, None, None),
        (AuthorisationState.GRANTED, date(2019, 1, 1), None, None, None),
        (
            AuthorisationState.APPLIED,
            None,
            "entry.pending",
            WARNING,
            "Jean Dupont's ESTA for the United States is applied for but not granted yet.",
        ),
        (
            AuthorisationState.NEEDED,
            None,
            "entry.not_applied",
            ERROR,
            "Jean Dupont still has to apply for the ESTA needed to enter the United States.",
        ),
        (
            AuthorisationState.REFUSED,
            None,
            "entry.refused",
            ERROR,
            "Jean Dupont's ESTA for the United States was refused.",
        ),
        (
            AuthorisationState.GRANTED,
            date(2017, 11, 1),
            "entry.expired",
            ERROR,
            "Jean Dupont's ESTA for the United States expires on Wed 1 Nov 2017, "
            "before the arrival on Sun 5 Nov 2017.",
        ),
    ],
)
def test_the_state_of_an_esta_decides_the_finding(
    db: Database,
    state: AuthorisationState,
    expiry: date | None,
    code: str | None,
    severity: str | None,
    message: str | None,
) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        jean = trip.delegate("Jean", "Dupont", esta=False)
        trip.travelling([jean])
        set_entry_authorisation(
            session, participant_id=jean, kind=ESTA, country="US", state=state, expiry=expiry
        )
        findings = trip.check()
    if code is None:
        assert findings == []
    else:
        assert [(f.code, f.severity, f.message) for f in findings] == [(code, severity, message)]


def test_a_granted_visa_stands_in_for_an_esta(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        jean = trip.delegate("Jean", "Dupont", esta=False)
        trip.travelling([jean])
        set_entry_authorisation(
            session,
            participant_id=jean,
            kind=AuthorisationKind.VISA,
            country="US",
            state=AuthorisationState.GRANTED,
        )
        assert trip.check() == []


def test_an_esta_for_another_country_does_not_count(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        jean = trip.delegate("Jean", "Dupont", esta=False)
        set_entry_authorisation(
            session,
            participant_id=jean,
            kind=AuthorisationKind.ETA,
            country="CA",
            state=AuthorisationState.GRANTED,
        )
        assert "entry.missing" in {f.code for f in trip.check()}


def test_nationality_falls_back_to_the_passport_then_to_the_home_country(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        passport_only = trip.delegate(
            "Wei", "Zhang", nationality=None, passport_country="CN", esta=False
        )
        unknown = trip.delegate("Jean", "Dupont", nationality=None, esta=False)
        american = trip.delegate("John", "Smith", nationality="US", esta=False)
        trip.travelling([passport_only, unknown, american])
        findings = trip.check()
    assert [(f.code, f.subject, f.message) for f in findings] == [
        (
            "entry.missing",
            "Jean Dupont",
            "Jean Dupont has no ESTA on record for the United States "
            "(no nationality on record: taken as FR).",
        ),
        ("entry.missing", "Wei Zhang", "Wei Zhang has no visa on record for the United States."),
    ]


def test_each_country_of_the_mission_is_checked(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(
            session,
            stops=[
                StopInput("Toronto", "CA", "America/Toronto", date(2019, 7, 8), date(2019, 7, 9)),
                StopInput("Boston", "US", NY, date(2019, 7, 10), date(2019, 7, 12)),
            ],
            start=date(2019, 7, 8),
            end=date(2019, 7, 12),
            short="toronto-boston-2019",
        )
        trip.delegate("Jean", "Dupont")  # an ESTA, but no eTA
        findings = run_checks(session, trip.short, today=TODAY)
    entry = [f for f in findings if f.code.startswith("entry.")]
    assert [(f.code, f.message) for f in entry] == [
        ("entry.missing", "Jean Dupont has no eTA on record for Canada.")
    ]


def test_a_coordinators_override_changes_what_is_required(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        jean = trip.delegate("Jean", "Dupont", esta=False)
        trip.travelling([jean])
        assert {f.code for f in trip.check()} == {"entry.missing"}
        save_entry_rules_override(session, '{"countries": {"US": {"authorisation": null}}}')
        assert trip.check() == []


def test_a_broken_stored_override_is_reported_and_the_shipped_rules_apply(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        jean = trip.delegate("Jean", "Dupont", esta=False)
        trip.travelling([jean])
        session.add(Setting(key="entry_rules", value="{not json"))
        session.flush()
        findings = trip.check()
    assert _codes(findings) == [
        ("entry.missing", "Jean Dupont"),
        ("rules.override_invalid", "Entry rules"),
    ]
    assert findings[1].participant_id is None
    assert "is not valid JSON" in findings[1].message


# --- rooms ----------------------------------------------------------------------------------


def test_a_delegate_without_a_room_gets_a_warning(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        jean = trip.delegate("Jean", "Dupont")
        trip.outbound([jean])
        trip.homebound([jean])
        finding = _only(trip.check(), "room.missing")
    assert (finding.severity, finding.participant_id, finding.message) == (
        WARNING,
        jean,
        "Jean Dupont has no hotel room.",
    )


def test_nights_without_a_room_are_listed(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        jean = trip.delegate("Jean", "Dupont")
        trip.outbound([jean])
        trip.homebound([jean])
        trip.hotel([jean], date(2017, 11, 5), date(2017, 11, 7))
        trip.hotel([jean], date(2017, 11, 8), date(2017, 11, 9))
        finding = _only(trip.check(), "room.nights")
    assert finding.message == "Jean Dupont has no room for 2 nights: 7 Nov 2017, 9 Nov 2017."


def test_a_room_is_needed_only_between_the_delegates_own_flights(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        late = trip.delegate("Jean", "Dupont")
        trip.flight([late], datetime(2017, 11, 7, 10, 25), PARIS, datetime(2017, 11, 7, 17, 40), NY)
        trip.homebound([late])
        trip.hotel([late], date(2017, 11, 7), date(2017, 11, 10))
        assert trip.check() == []


def test_a_night_on_a_plane_needs_no_room(db: Database) -> None:
    jerusalem = "Asia/Jerusalem"
    with db.transaction() as session:
        trip = Trip(
            session,
            stops=[
                StopInput("Miami", "US", NY, date(2019, 9, 14), date(2019, 9, 16)),
                StopInput("Tel Aviv", "IL", jerusalem, date(2019, 9, 17), date(2019, 9, 20)),
            ],
            start=date(2019, 9, 14),
            end=date(2019, 9, 20),
            short="miami-tel-aviv-2019",
        )
        jean = trip.delegate("Jean", "Dupont")
        set_entry_authorisation(
            session,
            participant_id=jean,
            kind=AuthorisationKind.ETA,
            country="IL",
            state=AuthorisationState.GRANTED,
        )
        trip.flight([jean], datetime(2019, 9, 14, 10, 0), PARIS, datetime(2019, 9, 14, 15, 0), NY)
        trip.flight(
            [jean],
            datetime(2019, 9, 16, 22, 0),
            NY,
            datetime(2019, 9, 17, 16, 0),
            jerusalem,
            number="92",
            route=("MIA", "TLV"),
        )
        trip.flight(
            [jean],
            datetime(2019, 9, 20, 8, 0),
            jerusalem,
            datetime(2019, 9, 20, 12, 0),
            PARIS,
            number="93",
            route=("TLV", "CDG"),
        )
        trip.hotel([jean], date(2019, 9, 14), date(2019, 9, 16), stop=0)
        trip.hotel([jean], date(2019, 9, 17), date(2019, 9, 20), stop=1)
        assert run_checks(session, trip.short, today=TODAY) == []


# --- flights --------------------------------------------------------------------------------


def test_a_delegate_without_any_flight_gets_one_finding(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        jean = trip.delegate("Jean", "Dupont")
        trip.hotel([jean])
        findings = trip.check()
    assert [(f.code, f.severity, f.message, f.advice) for f in findings] == [
        (
            "flight.none",
            WARNING,
            "Jean Dupont has no flight in the itinerary.",
            "Book their flights to and from Miami, or note how they travel.",
        )
    ]


def test_missing_arrival_and_departure_flights_are_named(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        out_only = trip.delegate("Jean", "Dupont")
        back_only = trip.delegate("Marie", "Martin")
        trip.outbound([out_only])
        trip.homebound([back_only])
        trip.hotel([out_only, back_only])
        findings = trip.check()
    assert [(f.code, f.subject, f.message) for f in findings] == [
        ("flight.no_departure", "Jean Dupont", "Jean Dupont has no flight leaving Miami."),
        ("flight.no_arrival", "Marie Martin", "Marie Martin has no flight arriving in Miami."),
    ]


def test_a_connection_counts_as_the_arrival(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        jean = trip.delegate("Jean", "Dupont")
        trip.flight(
            [jean],
            datetime(2017, 11, 5, 7, 0),
            PARIS,
            datetime(2017, 11, 5, 8, 20),
            PARIS,
            number="7661",
            route=("MRS", "CDG"),
        )
        trip.flight(
            [jean],
            datetime(2017, 11, 5, 10, 25),
            PARIS,
            datetime(2017, 11, 5, 14, 40),
            NY,
            route=("CDG", "MIA"),
        )
        trip.homebound([jean])
        trip.hotel([jean])
        assert trip.check() == []


def test_a_flight_between_two_stops_of_one_zone_is_no_departure(db: Database) -> None:
    toronto = "America/Toronto"
    with db.transaction() as session:
        trip = Trip(
            session,
            stops=[
                StopInput("Toronto", "CA", toronto, date(2019, 7, 8), date(2019, 7, 9)),
                StopInput("Montréal", "CA", toronto, date(2019, 7, 10), date(2019, 7, 12)),
            ],
            start=date(2019, 7, 8),
            end=date(2019, 7, 12),
            short="toronto-montreal-2019",
        )
        jean = trip.delegate("Jean", "Dupont", esta=False)
        set_entry_authorisation(
            session,
            participant_id=jean,
            kind=AuthorisationKind.ETA,
            country="CA",
            state=AuthorisationState.GRANTED,
        )
        trip.flight(
            [jean], datetime(2019, 7, 8, 7, 5), PARIS, datetime(2019, 7, 8, 13, 20), toronto
        )
        trip.flight(
            [jean],
            datetime(2019, 7, 10, 7, 0),
            toronto,
            datetime(2019, 7, 10, 8, 15),
            toronto,
            number="8611",
            route=("YYZ", "YUL"),
        )
        marie = trip.delegate("Marie", "Martin", esta=False)
        set_entry_authorisation(
            session,
            participant_id=marie,
            kind=AuthorisationKind.ETA,
            country="CA",
            state=AuthorisationState.GRANTED,
        )
        trip.flight(
            [marie],
            datetime(2019, 7, 9, 7, 0),
            toronto,
            datetime(2019, 7, 9, 8, 15),
            toronto,
            number="8613",
            route=("YTZ", "YUL"),
        )
        trip.flight(
            [marie],
            datetime(2019, 7, 12, 19, 45),
            toronto,
            datetime(2019, 7, 13, 8, 50),
            PARIS,
            number="347",
            route=("YUL", "CDG"),
        )
        trip.hotel([jean, marie], date(2019, 7, 8), date(2019, 7, 12))
        findings = run_checks(session, trip.short, today=TODAY)
    assert [(f.code, f.message) for f in findings] == [
        ("flight.no_departure", "Jean Dupont has no flight leaving Montréal."),
        ("flight.no_arrival", "Marie Martin has no flight arriving in Toronto."),
    ]


def test_on_a_domestic_mission_home_zone_flights_count_and_no_passport_is_needed(
    db: Database,
) -> None:
    with db.transaction() as session:
        trip = Trip(
            session,
            stops=[StopInput("Paris", "FR", PARIS)],
            start=date(2019, 10, 1),
            end=date(2019, 10, 3),
            short="paris-2019",
        )
        jean = trip.delegate("Jean", "Dupont", esta=False, passport=None)
        trip.flight(
            [jean],
            datetime(2019, 10, 1, 7, 0),
            PARIS,
            datetime(2019, 10, 1, 8, 20),
            PARIS,
            route=("MRS", "ORY"),
        )
        trip.flight(
            [jean],
            datetime(2019, 10, 3, 18, 0),
            PARIS,
            datetime(2019, 10, 3, 19, 20),
            PARIS,
            number="91",
            route=("ORY", "MRS"),
        )
        trip.hotel([jean], date(2019, 10, 1), date(2019, 10, 3))
        assert run_checks(session, trip.short, today=TODAY) == []


def test_someone_expected_on_a_flight_without_a_seat_is_named(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        booked = trip.delegate("Jean", "Dupont")
        unbooked = trip.delegate("Marie", "Martin")
        out = trip.flight(
            [booked],
            datetime(2017, 11, 5, 10, 25),
            PARIS,
            datetime(2017, 11, 5, 17, 40),
            NY,
            audience=Audience.EVERYONE,
        )
        trip.homebound([booked, unbooked])
        trip.hotel([booked, unbooked])
        finding = _only(trip.check(), "flight.not_booked")
    assert (finding.participant_id, finding.item_id, finding.subject) == (
        unbooked,
        out,
        "Marie Martin",
    )
    assert finding.message == (
        "Marie Martin is expected on flight AF 90 of Sun 5 Nov 2017 but is not on its "
        "passenger list."
    )


def test_a_flight_without_any_passenger_is_one_finding_not_one_per_delegate(
    db: Database,
) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        people = [trip.delegate("Délégué", f"Numéro{n}") for n in range(5)]
        out = trip.flight(
            [],
            datetime(2017, 11, 5, 10, 25),
            PARIS,
            datetime(2017, 11, 5, 17, 40),
            NY,
            audience=Audience.EVERYONE,
        )
        trip.homebound(people)
        trip.hotel(people)
        findings = trip.check()
    assert [(f.code, f.item_id, f.participant_id, f.subject, f.message) for f in findings] == [
        (
            "flight.no_passengers",
            out,
            None,
            "Flight AF 90 of Sun 5 Nov 2017",
            "No passenger is booked on flight AF 90 of Sun 5 Nov 2017.",
        )
    ]


# --- dietary needs --------------------------------------------------------------------------


def test_dietary_needs_are_to_be_passed_to_the_venues_of_the_meals(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        jean = trip.delegate("Jean", "Dupont", dietary_needs="Sans gluten")
        marie = trip.delegate("Marie", "Martin")
        trip.travelling([jean, marie])
        trip.meal("Business lunch", datetime(2017, 11, 6, 12, 30), "Brickell Conference Center")
        trip.meal("Closing dinner", datetime(2017, 11, 9, 19, 30), "Bayside Hotel")
        trip.meal("Breakfast", datetime(2017, 11, 7, 7, 0), None)
        finding = _only(trip.check(), "diet.venues")
    assert (finding.severity, finding.participant_id, finding.item_id) == (WARNING, jean, None)
    assert finding.message == (
        "Pass Jean Dupont's dietary needs to Brickell Conference Center "
        "(Business lunch, Mon 6 Nov) and Bayside Hotel (Closing dinner, Thu 9 Nov)."
    )
    assert "gluten" not in finding.message + finding.advice


def test_only_the_meals_the_delegate_attends_are_listed(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        jean = trip.delegate("Jean", "Dupont", dietary_needs="Halal")
        trip.travelling([jean])
        press = create_group(session, trip.id, "Presse")
        trip.meal(
            "Press lunch",
            datetime(2017, 11, 6, 12, 30),
            "Press Club",
            audience=Audience.GROUPS,
            group_ids=[press.id],
        )
        assert trip.check() == []
        dinner = trip.meal("Closing dinner", datetime(2017, 11, 9, 19, 30), "Bayside Hotel")
        finding = _only(trip.check(), "diet.venues")
    assert finding.item_id == dinner
    assert finding.message == (
        "Pass Jean Dupont's dietary needs to Bayside Hotel (Closing dinner, Thu 9 Nov)."
    )


# --- duplicates -----------------------------------------------------------------------------


def test_the_same_name_spelled_twice_is_a_possible_duplicate(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        first = trip.delegate("Jean-Luc", "Dupont", short="jldupont")
        second = trip.delegate("JEAN LUC", "DUPONT", short="jldupont2")
        trip.delegate("Jean", "Dupont", short="jdupont")
        trip.travelling([first, second])
        finding = _only(trip.check(), "roster.duplicate")
    assert finding.severity == WARNING
    assert (finding.participant_id, finding.subject) == (second, "JEAN LUC DUPONT")
    assert finding.message == (
        "JEAN LUC DUPONT (jldupont2) and Jean-Luc Dupont (jldupont) may be the same person: "
        "same name."
    )
    assert first != second


def test_family_name_first_and_a_shared_email_make_one_finding(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        trip.delegate("Émilie", "Peyron", short="epeyron", email="e.peyron@example.org")
        trip.delegate("Peyron", "Emilie", short="epeyron2", email="E.Peyron@Example.org")
        trip.delegate("Anne", "Martin", short="amartin", email="contact@example.org")
        trip.delegate("Paul", "Durand", short="pdurand", email="contact@example.org")
        findings = [f for f in trip.check() if f.code == "roster.duplicate"]
    assert sorted(f.message for f in findings) == [
        "Paul Durand (pdurand) and Anne Martin (amartin) may be the same person: "
        "same e-mail address.",
        "Peyron Emilie (epeyron2) and Émilie Peyron (epeyron) may be the same person: "
        "same e-mail address and name.",
    ]


def test_a_cancelled_registration_is_no_duplicate(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        trip.delegate("Jean", "Dupont", short="jdupont")
        again = trip.delegate("Jean", "Dupont", short="jdupont2")
        set_participant_status(session, again, ParticipantStatus.CANCELLED)
        assert "roster.duplicate" not in {f.code for f in trip.check()}


# --- order and cost -------------------------------------------------------------------------


def test_errors_come_first_then_subjects_in_alphabetical_order(db: Database) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        zola = trip.delegate("Émile", "Zola", passport=None)
        abel = trip.delegate("Anne", "Abel")
        ecuyer = trip.delegate("Élise", "Écuyer", esta=False)
        trip.travelling([zola, ecuyer])
        findings = trip.check()
    assert [(f.severity, f.code, f.subject) for f in findings] == [
        (ERROR, "entry.missing", "Élise Écuyer"),
        (ERROR, "passport.missing", "Émile Zola"),
        (WARNING, "flight.none", "Anne Abel"),
        (WARNING, "room.missing", "Anne Abel"),
    ]
    assert abel == findings[2].participant_id


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


def _busy_mission(db: Database, size: int) -> tuple[str, int]:
    """``size`` delegates, each with something to report, flights, rooms and meals."""
    short = f"miami-{size}"
    with db.transaction() as session:
        trip = Trip(session, short=short)
        people = []
        for n in range(size):
            people.append(
                trip.delegate(
                    "Délégué",
                    f"Numéro{n}",
                    passport=("19AB12345", date(2018, 1, 1)) if n % 3 else None,
                    nationality="CN" if n % 4 == 0 else "FR",
                    esta=n % 2 == 0,
                    dietary_needs="Végétarien" if n % 5 == 0 else None,
                    email=f"delegue{n % (size - 2)}@example.org",
                )
            )
        trip.outbound(people[: size - 3])
        trip.homebound(people[3:])
        trip.hotel(people[: size // 2])
        trip.hotel(people[size // 2 : -1], date(2017, 11, 5), date(2017, 11, 8))
        trip.meal("Business lunch", datetime(2017, 11, 6, 12, 30), "Conference Center")
        trip.meal("Closing dinner", datetime(2017, 11, 9, 19, 30), "Bayside Hotel")
    return short, len(people)


def test_the_checks_cost_the_same_number_of_queries_for_10_or_60_delegates(
    db: Database,
) -> None:
    counts = []
    for size in (10, 60):
        short, _ = _busy_mission(db, size)
        with db.reading() as session, _counting_selects(db) as statements:
            findings = run_checks(session, short, today=TODAY)
        assert {f.code for f in findings} >= {
            "passport.missing",
            "passport.expiring",
            "entry.missing",
            "room.missing",
            "room.nights",
            "flight.no_arrival",
            "flight.no_departure",
            "diet.venues",
            "roster.duplicate",
        }
        counts.append(len(statements))
    assert counts[0] == counts[1]
    assert counts[0] <= 30  # the roster's checks, then the itinerary's conflicts


# --- the demo -------------------------------------------------------------------------------


def test_the_demo_mission_to_miami_gets_sane_findings(demo_db: Database) -> None:
    with _rolled_back(demo_db) as session:
        mission_id = resolve_mission_id(session, "miami-2017")
        roster = {e.participant_id: e for e in list_roster(session, mission_id)}
        passports = {
            e.participant_id: (person.passport_number, person.passport_expiry)
            for e in roster.values()
            if (person := session.get(Person, e.person_id)) is not None
        }
        # Valid six months after the return: good for anyone, whatever the six-month rule.
        ready = [
            pid
            for pid, (number, expiry) in passports.items()
            if number and expiry and expiry >= date(2018, 5, 10)
        ][:20]
        assert len(ready) == 20
        for participant_id in ready:
            set_entry_authorisation(
                session,
                participant_id=participant_id,
                kind=ESTA,
                country="US",
                state=AuthorisationState.GRANTED,
                expiry=date(2019, 1, 1),
            )
        findings = run_checks(session, "miami-2017", today=date(2017, 10, 1))
    assert len(roster) == 120
    names = {pid: e.full_name for pid, e in roster.items()}
    by_delegate: dict[int, set[str]] = {}
    # The demo's programme holds no conflict (the boat show in Fort Lauderdale is a trip out).
    assert not [f for f in findings if f.code.startswith("conflict.")]
    for finding in findings:
        assert finding.participant_id in names, finding
        assert finding.subject == names[finding.participant_id]
        assert finding.subject in finding.message
        assert finding.severity in (ERROR, WARNING)
        assert finding.advice
        number = passports[finding.participant_id][0]
        assert number is None or number not in finding.message + finding.advice
        by_delegate.setdefault(finding.participant_id, set()).add(finding.code)
    for participant_id in ready:
        codes = by_delegate.get(participant_id, set())
        assert not {c for c in codes if c.startswith(("passport.", "entry."))}, codes
    # Every delegate without a passport on record is reported; the demo gives an ESTA (granted
    # or applied for) to everyone who has a passport, so they are the ones with none.
    without_passport = [pid for pid, (number, _) in passports.items() if number is None]
    assert without_passport
    assert all("passport.missing" in by_delegate[pid] for pid in without_passport)
    missing = {pid for pid, codes in by_delegate.items() if "entry.missing" in codes}
    assert missing == set(without_passport)
    # The demo keeps five delegates off the outbound flight and three off the return, two of
    # them off both; everyone has a room for the whole stay.
    flights = sorted(code for codes in by_delegate.values() for code in codes if "flight" in code)
    assert flights == ["flight.no_arrival"] * 3 + ["flight.no_departure"] + ["flight.none"] * 2
    assert not any(code.startswith("room.") for codes in by_delegate.values() for code in codes)
    severities = [f.severity for f in findings]
    assert severities == sorted(severities, key=lambda severity: severity != ERROR)


@contextmanager
def _rolled_back(database: Database) -> Iterator[Session]:
    """A session whose changes are rolled back: the demo stays as built."""
    with database.reading() as session:
        yield session
