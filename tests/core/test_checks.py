"""The pre-departure checks: each finding names the delegate and says what to do."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from delegation_app.errors import ValidationError
from delegation_app.paths import resource_path
from delegation_app.services.check_wording import (
    NOTES_FR,
    TEMPLATES,
    CheckWording,
    check_wording,
    placeholders,
)
from delegation_app.services.checks import ERROR, WARNING, Finding, run_checks
from delegation_app.services.entry import (
    save_entry_rules_override,
    set_entry_authorisation,
    shipped_entry_rules,
)
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

    def check(self, language: str = "en") -> list[Finding]:
        return run_checks(self.session, self.short, today=TODAY, language=language)


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
    # The roster's checks (one of them for the dietary needs sent), then the conflicts.
    assert counts[0] <= 31


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


# --- in French ------------------------------------------------------------------------------

# Words of the English sentences that no French finding should hold (the coordinators' own
# text aside: the tests' titles and venues are French or proper names).
_ENGLISH_WORDS = re.compile(
    r"\b(?:passports?|expires|expired|delegates?|missing|flights?|booked|booking|record(?:ed)?|"
    r"renew|arrival|departure|needs|nights?|rooms?|before|after|until|stop|has|is|are|was|"
    r"with|the|and|of|for|to|in|at|not|yet|leaves|lands|overlaps|speaks|workshops?|outside|"
    r"repeats|may|same|person|ask|them|their|entry|authorisation|applied|granted|refused|"
    r"requires|itinerary|venues?|dietary|meals?|passengers?|nationality|transfer|what)\b",
    re.IGNORECASE,
)


_ADDRESS = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def assert_french(findings: Iterable[Finding]) -> None:
    """Every text of the findings is French: no English word, every placeholder filled, a
    no-break space before the high punctuation."""
    for finding in findings:
        for text in (finding.subject, finding.message, finding.advice):
            assert text, finding
            words = _ADDRESS.sub("", text)  # israel-entry.piba.gov.il is no English sentence
            assert not _ENGLISH_WORDS.findall(words), (_ENGLISH_WORDS.findall(words), text)
            assert not re.search(r"[{}]|\bNone\b", text), text
            assert not re.search(r" [:;?!»]|« ", text), text


def _plain(text: str) -> str:
    """The text with ordinary spaces, to compare it with a readable string."""
    return text.replace("\u00a0", " ")


def _ids(findings: Iterable[Finding]) -> list[tuple[str, str, int | None, int | None]]:
    """What a finding is about, whatever its words, in a stable order."""
    return sorted(((f.code, f.severity, f.participant_id, f.item_id) for f in findings), key=repr)


CHECK_CODES = {
    "passport.missing",
    "passport.no_expiry",
    "passport.expired",
    "passport.expiring",
    "entry.expired",
    "entry.refused",
    "entry.pending",
    "entry.not_applied",
    "entry.missing",
    "flight.none",
    "flight.no_arrival",
    "flight.no_departure",
    "flight.not_booked",
    "flight.no_passengers",
    "room.missing",
    "room.nights",
    "diet.venues",
    "roster.duplicate",
    "rules.override_invalid",
}


def _every_problem(session: Session) -> Trip:
    """A mission with one delegate (or two) for each code of the checks."""
    trip = Trip(session)

    def authorisation(participant: int, state: AuthorisationState, **more: Any) -> None:
        set_entry_authorisation(
            session,
            participant_id=participant,
            kind=more.pop("kind", ESTA),
            country="US",
            state=state,
            **more,
        )

    jean = trip.delegate("Jean", "Dupont", passport=None, dietary_needs="Sans gluten")
    anne = trip.delegate("Anne", "Abel", passport=("19AB12345", None))
    emile = trip.delegate("Émile", "Zola", passport=("19AB12345", date(2017, 11, 8)))
    wei = trip.delegate(
        "Wei", "Zhang", nationality="CN", passport=("E12345678", date(2018, 2, 1)), esta=False
    )
    authorisation(wei, AuthorisationState.GRANTED, kind=AuthorisationKind.VISA)
    helene = trip.delegate("Hélène", "Durand", esta=False)
    authorisation(helene, AuthorisationState.GRANTED, expiry=date(2017, 11, 1))
    omar = trip.delegate("Omar", "Benali", nationality="MA", esta=False)
    authorisation(omar, AuthorisationState.REFUSED, kind=AuthorisationKind.VISA)
    paul = trip.delegate("Paul", "Martin", esta=False)
    authorisation(paul, AuthorisationState.APPLIED)
    marie = trip.delegate("Marie", "Martin", esta=False)
    authorisation(marie, AuthorisationState.NEEDED)
    anais = trip.delegate("Anaïs", "Estève", nationality=None, esta=False)
    nina = trip.delegate("Nina", "Roux")
    trip.travelling([jean, anne, emile, wei, helene, omar, paul, marie, anais, nina])
    trip.hotel([trip.delegate("Yves", "Roux")])  # no flight at all
    ines = trip.delegate("Inès", "Faure")
    trip.outbound([ines])
    trip.hotel([ines])
    hugo = trip.delegate("Hugo", "Blanc")
    trip.homebound([hugo])
    trip.hotel([hugo])
    rose = trip.delegate("Rose", "Petit")
    trip.outbound([rose])
    trip.homebound([rose])
    leo = trip.delegate("Léo", "Garnier")
    trip.outbound([leo])
    trip.homebound([leo])
    trip.hotel([leo], date(2017, 11, 5), date(2017, 11, 7))
    trip.hotel([leo], date(2017, 11, 8), date(2017, 11, 9))
    first = trip.delegate("Jean-Luc", "Moreau", short="jlmoreau")
    second = trip.delegate("JEAN LUC", "MOREAU", short="jlmoreau2")
    trip.travelling([first, second])
    # Orlando and back for Jean and Nina: Jean has a seat, Nina none; nobody on the return.
    for number, start, end, booked in (
        ("7000", datetime(2017, 11, 8, 8, 0), datetime(2017, 11, 8, 9, 0), [jean]),
        ("7001", datetime(2017, 11, 8, 18, 0), datetime(2017, 11, 8, 19, 0), []),
    ):
        item = create_item(
            session,
            mission_id=trip.id,
            kind=ItemKind.FLIGHT,
            title_fr=f"Vol AF {number}",
            start_local=start,
            start_zone=NY,
            end_local=end,
            audience=Audience.PEOPLE,
            participant_ids=[jean, nina],
            flight=FlightInput("AF", number, "MIA", "MCO"),
        )
        for passenger in booked:
            book_flight(session, item_id=item, participant_id=passenger, booking_reference="QX7P2L")
    for title_fr, title_en, when, venue in (
        (
            "Déjeuner d'affaires",
            "Business lunch",
            datetime(2017, 11, 6, 12, 30),
            "Conference Center",
        ),
        ("Dîner de clôture", "Closing dinner", datetime(2017, 11, 9, 19, 30), "Bayside Hotel"),
    ):
        create_item(
            session,
            mission_id=trip.id,
            kind=ItemKind.MEAL,
            title_fr=title_fr,
            title_en=title_en,
            start_local=when,
            start_zone=NY,
            end_local=when.replace(hour=when.hour + 2),
            venue_id=create_venue(session, name=venue, city="Miami"),
        )
    session.add(Setting(key="entry_rules", value="{not json"))
    session.flush()
    return trip


# One finding of each code, as the French window shows it (no-break spaces as spaces).
EVERY_CODE_IN_FRENCH = {
    "diet.venues": (
        "Jean Dupont",
        "Transmettez les besoins alimentaires de Jean Dupont aux établissements "
        "suivants : Conference Center (Déjeuner d'affaires, lun. 6 nov.) et Bayside "
        "Hotel (Dîner de clôture, jeu. 9 nov.).",
        "Envoyez à chaque établissement les besoins inscrits sur sa fiche et demandez "
        "au traiteur de les confirmer, puis notez qu’ils ont été transmis.",
    ),
    "entry.expired": (
        "Hélène Durand",
        "Pour les États-Unis, l’autorisation ESTA d’Hélène Durand expire le mercredi "
        "1er novembre 2017, avant l’arrivée du dimanche 5 novembre 2017.",
        "Demandez-lui de solliciter une nouvelle autorisation ESTA, puis "
        "enregistrez-la. La demande se fait sur esta.cbp.dhs.gov au moins 72 heures "
        "avant le départ ; une autorisation ESTA vaut deux ans, ou jusqu’à "
        "l’expiration du passeport.",
    ),
    "entry.missing": (
        "Anaïs Estève",
        "Aucune autorisation ESTA pour les États-Unis n’est enregistrée au nom "
        "d’Anaïs Estève (nationalité non renseignée : celle de la France est "
        "retenue).",
        "Demandez-lui de solliciter l’autorisation ESTA, ou enregistrez-la si elle a "
        "déjà été obtenue. La demande se fait sur esta.cbp.dhs.gov au moins 72 heures "
        "avant le départ ; une autorisation ESTA vaut deux ans, ou jusqu’à "
        "l’expiration du passeport.",
    ),
    "entry.not_applied": (
        "Marie Martin",
        "Marie Martin n’a pas encore déposé sa demande d’autorisation ESTA pour les États-Unis.",
        "Demandez-lui de déposer sa demande d’autorisation ESTA dès maintenant, "
        "puis enregistrez le numéro obtenu. La demande se fait sur "
        "esta.cbp.dhs.gov au moins 72 heures avant le départ ; une autorisation "
        "ESTA vaut deux ans, ou jusqu’à l’expiration du passeport.",
    ),
    "entry.pending": (
        "Paul Martin",
        "Pour les États-Unis, la demande d’autorisation ESTA de Paul Martin est "
        "déposée mais pas encore accordée.",
        "Suivez la demande et enregistrez-la comme accordée dès qu’elle est "
        "confirmée. La demande se fait sur esta.cbp.dhs.gov au moins 72 heures avant "
        "le départ ; une autorisation ESTA vaut deux ans, ou jusqu’à l’expiration du "
        "passeport.",
    ),
    "entry.refused": (
        "Omar Benali",
        "Pour les États-Unis, le visa d’Omar Benali a été refusé.",
        "Contactez sans attendre le consulat au sujet d’un visa, ou retirez cette "
        "personne des délégués de la mission.",
    ),
    "flight.no_arrival": (
        "Hugo Blanc",
        "Hugo Blanc n’a aucun vol arrivant à Miami.",
        "Réservez son vol aller, ou indiquez comment et quand cette personne arrive.",
    ),
    "flight.no_departure": (
        "Inès Faure",
        "Inès Faure n’a aucun vol partant de Miami.",
        "Réservez son vol retour, ou indiquez comment et quand cette personne repart.",
    ),
    "flight.no_passengers": (
        "Vol AF 7001 du mercredi 8 novembre 2017",
        "Aucun passager n’est enregistré sur le vol AF 7001 du mercredi 8 novembre 2017.",
        "Enregistrez les passagers et leurs références de réservation "
        "transmises par l’agence de voyages.",
    ),
    "flight.none": (
        "Yves Roux",
        "Yves Roux n’a aucun vol dans l’itinéraire.",
        "Réservez ses vols aller et retour pour Miami, ou indiquez comment cette personne voyage.",
    ),
    "flight.not_booked": (
        "Nina Roux",
        "Nina Roux doit prendre le vol AF 7000 du mercredi 8 novembre 2017 mais "
        "ne figure pas sur sa liste de passagers.",
        "Réservez sa place et enregistrez la référence de réservation, ou retirez "
        "cette personne du vol.",
    ),
    "passport.expired": (
        "Émile Zola",
        "Le passeport d’Émile Zola expire le mercredi 8 novembre 2017, avant le "
        "retour du vendredi 10 novembre 2017.",
        "Un nouveau passeport est nécessaire avant le départ : demandez-lui d’en "
        "solliciter un dès maintenant, puis enregistrez le nouveau.",
    ),
    "passport.expiring": (
        "Wei Zhang",
        "Le passeport de Wei Zhang expire le jeudi 1er février 2018 ; aux "
        "États-Unis, il doit rester valide 6 mois après le retour, soit jusqu’au "
        "jeudi 10 mai 2018.",
        "Demandez-lui de le faire renouveler avant le départ, puis enregistrez le "
        "nouveau passeport.",
    ),
    "passport.missing": (
        "Jean Dupont",
        "Aucun passeport n’est enregistré pour Jean Dupont.",
        "Demandez une copie du passeport et enregistrez son pays de délivrance et "
        "sa date d’expiration.",
    ),
    "passport.no_expiry": (
        "Anne Abel",
        "La date d’expiration du passeport d’Anne Abel n’est pas enregistrée.",
        "Enregistrez la date d’expiration pour que la validité du passeport puisse être vérifiée.",
    ),
    "room.missing": (
        "Rose Petit",
        "Rose Petit n’a pas de chambre d’hôtel.",
        "Attribuez-lui une chambre dans l’un des hôtels de la mission, ou indiquez où "
        "cette personne loge.",
    ),
    "room.nights": (
        "Léo Garnier",
        "Léo Garnier n’a pas de chambre pour 2 nuits : 7 novembre 2017 et 9 novembre 2017.",
        "Prolongez son séjour ou réservez une chambre pour ces nuits.",
    ),
    "roster.duplicate": (
        "JEAN LUC MOREAU",
        "JEAN LUC MOREAU (jlmoreau2) et Jean-Luc Moreau (jlmoreau) sont peut-être "
        "une seule et même personne : même nom.",
        "Comparez les fiches ; s’il s’agit d’une seule personne, gardez-en une "
        "parmi les délégués et retirez l’autre.",
    ),
    "rules.override_invalid": (
        "Règles d’entrée",
        # The problem in French too; only the JSON parser's own words stay English.
        "Les corrections des coordinateurs aux règles d’entrée sont écartées "
        ": règles d'entrée : n'est pas du JSON valide (ligne 1, colonne 2 : Expecting "
        "property name enclosed in double quotes).",
        "Corrigez-les dans les réglages ; en attendant, les règles fournies "
        "avec le programme s’appliquent.",
    ),
}


def test_every_code_of_the_checks_is_worded_in_french(db: Database) -> None:
    with db.transaction() as session:
        trip = _every_problem(session)
        french = trip.check("fr")
        english = trip.check("en")
    assert {f.code for f in french} == CHECK_CODES
    # The same findings, in other words.
    assert _ids(french) == _ids(english)
    assert_french(f for f in french if f.code != "rules.override_invalid")
    first: dict[str, Finding] = {}
    for finding in french:
        first.setdefault(finding.code, finding)
    shown = {code: (f.subject, _plain(f.message), _plain(f.advice)) for code, f in first.items()}
    assert shown == EVERY_CODE_IN_FRENCH


@pytest.mark.parametrize(
    ("state", "expiry", "message", "advice"),
    [
        (
            AuthorisationState.APPLIED,
            None,
            "Pour les États-Unis, la demande d’autorisation ESTA de Jean Dupont est déposée mais "
            "pas encore accordée.",
            "Suivez la demande et enregistrez-la comme accordée dès qu’elle est confirmée.",
        ),
        (
            AuthorisationState.NEEDED,
            None,
            "Jean Dupont n’a pas encore déposé sa demande d’autorisation ESTA pour les États-Unis.",
            "Demandez-lui de déposer sa demande d’autorisation ESTA dès maintenant, puis "
            "enregistrez le numéro obtenu.",
        ),
        (
            AuthorisationState.REFUSED,
            None,
            "Pour les États-Unis, l’autorisation ESTA de Jean Dupont a été refusée.",
            "Contactez sans attendre le consulat au sujet d’un visa, ou retirez cette personne "
            "des délégués de la mission.",
        ),
        (
            AuthorisationState.GRANTED,
            date(2017, 9, 1),
            "Pour les États-Unis, l’autorisation ESTA de Jean Dupont a expiré le vendredi "
            "1er septembre 2017, avant l’arrivée du dimanche 5 novembre 2017.",
            "Demandez-lui de solliciter une nouvelle autorisation ESTA, puis enregistrez-la.",
        ),
    ],
)
def test_the_state_of_an_esta_decides_the_french_finding(
    db: Database, state: AuthorisationState, expiry: date | None, message: str, advice: str
) -> None:
    with db.transaction() as session:
        trip = Trip(session)
        jean = trip.delegate("Jean", "Dupont", esta=False)
        trip.travelling([jean])
        set_entry_authorisation(
            session, participant_id=jean, kind=ESTA, country="US", state=state, expiry=expiry
        )
        findings = trip.check("fr")
    assert_french(findings)
    assert len(findings) == 1
    assert _plain(findings[0].message) == message
    # The rules' note follows, in French too.
    note = "La demande se fait sur esta.cbp.dhs.gov au moins 72 heures avant le départ"
    assert _plain(findings[0].advice).startswith(advice)
    assert (note in findings[0].advice.replace("\u00a0", " ")) == (
        state != AuthorisationState.REFUSED
    )


def test_a_visa_agrees_in_the_masculine_and_an_eta_is_the_canadian_ave(db: Database) -> None:
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
        wei = trip.delegate(
            "Wei", "Zhang", nationality="CN", passport=("E1", date(2030, 1, 1)), esta=False
        )
        set_entry_authorisation(
            session,
            participant_id=wei,
            kind=AuthorisationKind.VISA,
            country="US",
            state=AuthorisationState.GRANTED,
            expiry=date(2019, 7, 1),
        )
        findings = run_checks(session, trip.short, today=TODAY, language="fr")
    entry = [f for f in findings if f.code.startswith("entry.")]
    assert_french(entry)
    assert [(f.code, _plain(f.message), _plain(f.advice).split(". ")[0]) for f in entry] == [
        (
            "entry.missing",
            "Aucune AVE (eTA) pour le Canada n’est enregistrée au nom de Jean Dupont.",
            "Demandez-lui de solliciter l’AVE (eTA), ou enregistrez-la si elle a déjà été obtenue",
        ),
        (
            "entry.expired",
            "Pour les États-Unis, le visa de Wei Zhang expire le lundi 1er juillet 2019, avant "
            "l’arrivée du mercredi 10 juillet 2019.",
            "Demandez-lui de solliciter un nouveau visa, puis enregistrez-le",
        ),
        (
            "entry.missing",
            "Aucun visa pour le Canada n’est enregistré au nom de Wei Zhang.",
            "Demandez-lui de solliciter le visa, ou enregistrez-le s’il a déjà été obtenu",
        ),
    ]


def test_french_passport_findings_in_the_past_and_by_the_prudent_rule(db: Database) -> None:
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
        trip.delegate("Hugo", "Blanc", passport=("19AB12346", date(2017, 9, 30)), esta=False)
        findings = run_checks(session, trip.short, today=TODAY, language="fr")
    passports = {f.code: f for f in findings if f.code.startswith("passport.")}
    assert_french(passports.values())
    assert _plain(passports["passport.expiring"].message) == (
        "Le passeport de Jean Dupont expire le dimanche 1er mars 2020 ; pour la Corée du Sud, "
        "la règle prudente est un passeport valide 6 mois après le retour, soit jusqu’au "
        "samedi 6 juin 2020."
    )
    assert _plain(passports["passport.expired"].message) == (
        "Le passeport d’Hugo Blanc a expiré le samedi 30 septembre 2017, avant le retour du "
        "vendredi 6 décembre 2019."
    )


def test_french_findings_never_show_a_passport_number_nor_the_needs(db: Database) -> None:
    with db.transaction() as session:
        trip = _every_problem(session)
        findings = trip.check("fr")
    for finding in findings:
        text = finding.message + finding.advice + finding.subject
        for secret in ("19AB12345", "E12345678", "12345", "gluten", "Sans"):
            assert secret not in text


def test_the_demo_missions_are_checked_in_french(demo_db: Database) -> None:
    with demo_db.reading() as session:
        for mission, today in (
            ("miami-2017", date(2017, 10, 1)),
            ("toronto-montreal-2019", date(2019, 6, 1)),
        ):
            french = run_checks(session, mission, today=today, language="fr")
            english = run_checks(session, mission, today=today, language="en")
            assert french, mission
            assert _ids(french) == _ids(english)
            assert_french(french)
            for finding in french:
                if finding.participant_id is not None:
                    assert finding.subject in finding.message


# --- the wording ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "the", "in_", "of"),
    [
        ("US", "les États-Unis", "aux États-Unis", "des États-Unis"),
        ("CA", "le Canada", "au Canada", "du Canada"),
        ("GB", "le Royaume-Uni", "au Royaume-Uni", "du Royaume-Uni"),
        ("IL", "Israël", "en Israël", "d’Israël"),
        ("JP", "le Japon", "au Japon", "du Japon"),
        ("KR", "la Corée du Sud", "en Corée du Sud", "de la Corée du Sud"),
        ("MA", "le Maroc", "au Maroc", "du Maroc"),
        ("FR", "la France", "en France", "de la France"),
        ("IT", "l’Italie", "en Italie", "de l’Italie"),
        ("IR", "l’Iran", "en Iran", "de l’Iran"),
        ("NL", "les Pays-Bas", "aux Pays-Bas", "des Pays-Bas"),
        ("SG", "Singapour", "à Singapour", "de Singapour"),
        ("HK", "Hong Kong", "à Hong Kong", "de Hong Kong"),
        ("MX", "le Mexique", "au Mexique", "du Mexique"),
        ("KI", "Kiribati", "pour Kiribati", "de Kiribati"),  # not in our table
    ],
)
def test_french_country_names_take_their_article_and_preposition(
    code: str, the: str, in_: str, of: str
) -> None:
    country = check_wording("fr").country(code)
    assert (country.the, country.in_, country.of) == (the, in_, of)


def test_every_country_of_the_shipped_rules_has_its_french_grammar() -> None:
    data = json.loads(resource_path("rules", "entry_rules.json").read_text(encoding="utf-8"))
    codes = set(data["countries"])
    for members in data["nationality_sets"].values():
        codes |= {code for code in members if not code.startswith("@")}
    words = check_wording("fr")
    guessed = sorted(code for code in codes if words.country(code).in_.startswith("pour "))
    assert guessed == []


def test_every_note_of_the_shipped_rules_is_translated_and_an_own_note_is_kept() -> None:
    rules = shipped_entry_rules()
    notes = {r.note for r in [rules.default, *rules.countries.values()] if r.note}
    words = check_wording("fr")
    assert len(notes) == 8
    for note in notes:
        assert " ".join(note.split()) in NOTES_FR
        assert_french([Finding("x", WARNING, None, None, "x", words.note(note), "x")])
    assert words.note("Visa au consulat de Lyon.") == "Visa au consulat de Lyon."
    assert check_wording("en").note(next(iter(notes))) in notes


def test_both_languages_have_the_same_sentences_and_french_typography() -> None:
    # French has a masculine and a feminine variant where English has one sentence.
    french = set(TEMPLATES["fr"])
    gendered = {key[:-2] for key in french if key.endswith((".m", ".f"))}
    assert all(f"{key}.m" in french and f"{key}.f" in french for key in gendered)
    assert {key for key in french if not key.endswith((".m", ".f"))} | gendered == set(
        TEMPLATES["en"]
    )
    for key, template in TEMPLATES["fr"].items():
        placeholders(template)  # well formed
        assert "'" not in template, key  # the typographic apostrophe
        assert not re.search(r" [:;?!»]|« ", template), key
    assert placeholders("{name} n’a pas de chambre pour {count} nuits") == {"name", "count"}


def test_french_dates_counts_and_lists() -> None:
    fr, en = check_wording("fr"), check_wording("en")
    assert fr.day(date(2017, 11, 7)) == "mardi 7 novembre 2017"
    assert fr.day(date(2017, 11, 1)) == "mercredi 1er novembre 2017"
    assert en.day(date(2017, 11, 7)) == "Tue 7 Nov 2017"
    assert fr.short_day(date(2017, 11, 1)) == "mer. 1er nov."
    assert fr.span(date(2017, 11, 5), date(2017, 11, 10)) == (
        "du dimanche 5 au vendredi 10 novembre 2017"
    )
    assert fr.span(date(2017, 10, 30), date(2017, 11, 2)) == (
        "du lundi 30 octobre au jeudi 2 novembre 2017"
    )
    assert fr.span(date(2017, 11, 5), date(2017, 11, 5)) == "le dimanche 5 novembre 2017"
    nights = [date(2017, 11, 1), date(2017, 11, 2), date(2017, 11, 4)]
    assert fr.nights(nights) == "1er–2 novembre 2017 et 4 novembre 2017"
    assert en.nights(nights) == "1–2 Nov 2017, 4 Nov 2017"
    assert fr.summary(0, 1) == "0 erreur, 1 avertissement"  # CLDR: 0 is singular in French
    assert en.summary(0, 1) == "0 errors, 1 warning"
    assert fr.summary(2, 3) == "2 erreurs, 3 avertissements"
    assert fr.listing(["A", "B", "C"]) == "A, B et C"
    assert en.listing(["A", "B", "C"]) == "A, B and C"
    assert fr.of("Émile Zola") == "d’Émile Zola"
    assert fr.of("Hamid Benali") == "de Hamid Benali"
    assert (fr.city_at("Le Havre"), fr.city_of("Le Havre")) == ("au Havre", "du Havre")
    assert fr.city_of("Ottawa") == "d’Ottawa"


def test_an_unknown_language_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError, match="fr or en"):
        CheckWording("de")
    with db.transaction() as session:
        trip = Trip(session)
        with pytest.raises(ValidationError, match="language"):
            run_checks(session, trip.short, language="de")


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("Yasmina Benhamou", "de Yasmina Benhamou"),
        ("Yves Ruel", "d’Yves Ruel"),
        ("Anaïs Estève", "d’Anaïs Estève"),
        ("Jean Blum", "de Jean Blum"),
    ],
)
def test_french_elides_de_before_a_vowel_sound_only(name: str, phrase: str) -> None:
    from delegation_app.services.check_wording import _elides

    assert (("d’" if _elides(name) else "de ") + name) == phrase
