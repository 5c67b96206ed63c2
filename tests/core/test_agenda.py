"""Each delegate's agenda: who gets which item, repeats, order across zones and home time."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from delegation_app.services.agenda import AgendaEntry, agenda_for, agendas_for, programme_for
from delegation_app.services.itinerary import FlightInput, book_flight, create_item, create_venue
from delegation_app.services.missions import StopInput, create_mission, resolve_mission_id
from delegation_app.services.people import create_person
from delegation_app.services.roster import add_participant, create_group
from delegation_app.storage.database import Database
from delegation_app.storage.models import Audience, GroupKind, ItemKind, ParticipantRole

NEW_YORK = "America/New_York"


@dataclass(frozen=True)
class Delegation:
    mission_id: int
    official_group: int
    business_group: int
    mayor: int
    ceo: int
    engineer: int
    staff: int
    journalist: int

    @property
    def everyone(self) -> tuple[int, ...]:
        return (self.mayor, self.ceo, self.engineer, self.staff, self.journalist)


@pytest.fixture
def delegation(db: Database) -> Delegation:
    with db.transaction() as session:
        mission = create_mission(
            session,
            title_fr="Mission à Miami",
            short="miami-2017",
            start_date=date(2017, 11, 1),
            end_date=date(2017, 11, 10),
            stops=[StopInput(city="Miami", country="US", zone=NEW_YORK)],
        )
        official = create_group(session, mission.id, "Délégation officielle", GroupKind.OFFICIAL)
        business = create_group(session, mission.id, "Chefs d'entreprise", GroupKind.BUSINESS)
        staff_group = create_group(session, mission.id, "Équipe", GroupKind.STAFF)

        def delegate(given: str, family: str, role: ParticipantRole, groups: list[int]) -> int:
            person = create_person(
                session, given_name=given, family_name=family, phone="+33 6 12 34 56 78"
            )
            return add_participant(
                session,
                mission_id=mission.id,
                person_id=person.id,
                role=role,
                group_ids=groups,
            )

        return Delegation(
            mission_id=mission.id,
            official_group=official.id,
            business_group=business.id,
            mayor=delegate(
                "Jean-Claude", "Gaudin", ParticipantRole.ELECTED_OFFICIAL, [official.id]
            ),
            ceo=delegate("Marie", "Dupont", ParticipantRole.BUSINESS_LEADER, [business.id]),
            engineer=delegate("Paul", "Martin", ParticipantRole.BUSINESS_LEADER, [business.id]),
            staff=delegate("Anne", "Durand", ParticipantRole.STAFF, [staff_group.id]),
            journalist=delegate("Luc", "Bernard", ParticipantRole.PRESS, []),
        )


def _item(db: Database, delegation: Delegation, **overrides: Any) -> int:
    arguments: dict[str, Any] = {
        "mission_id": delegation.mission_id,
        "kind": ItemKind.VISIT,
        "title_fr": "Visite",
        "start_local": datetime(2017, 11, 6, 14, 0),
        "start_zone": NEW_YORK,
        "end_local": datetime(2017, 11, 6, 16, 0),
    }
    arguments.update(overrides)
    with db.transaction() as session:
        return create_item(session, **arguments)


def _agendas(db: Database, delegation: Delegation) -> dict[int, list[AgendaEntry]]:
    with db.reading() as session:
        return agendas_for(session, delegation.mission_id, delegation.everyone)


def _receivers(agendas: dict[int, list[AgendaEntry]], item_id: int) -> set[int]:
    return {pid for pid, entries in agendas.items() if any(e.item_id == item_id for e in entries)}


@contextmanager
def _counting_statements(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


# --- who gets what ------------------------------------------------------------------------


def test_everyone_item_reaches_every_delegate(db: Database, delegation: Delegation) -> None:
    with db.transaction() as session:
        venue = create_venue(
            session, name="PortMiami", address="1015 N America Way", city="Miami", zone=NEW_YORK
        )
    visit = _item(db, delegation, title_fr="Visite du port", title_en="Port visit", venue_id=venue)

    agendas = _agendas(db, delegation)

    assert _receivers(agendas, visit) == set(delegation.everyone)
    entry = agendas[delegation.journalist][0]
    assert (entry.title("fr"), entry.title("en")) == ("Visite du port", "Port visit")
    assert (entry.venue, entry.address, entry.city) == ("PortMiami", "1015 N America Way", "Miami")


def test_groups_item_reaches_only_members(db: Database, delegation: Delegation) -> None:
    signing = _item(
        db,
        delegation,
        kind=ItemKind.SIGNING,
        title_fr="Signature de l'accord de jumelage",
        audience=Audience.GROUPS,
        group_ids=[delegation.official_group],
    )
    b2b = _item(
        db,
        delegation,
        kind=ItemKind.MEETING,
        title_fr="Rendez-vous B2B",
        audience=Audience.GROUPS,
        group_ids=[delegation.business_group],
    )

    agendas = _agendas(db, delegation)

    assert _receivers(agendas, signing) == {delegation.mayor}
    assert _receivers(agendas, b2b) == {delegation.ceo, delegation.engineer}


def test_groups_item_also_reaches_a_delegate_invited_by_name(
    db: Database, delegation: Delegation
) -> None:
    signing = _item(
        db,
        delegation,
        audience=Audience.GROUPS,
        group_ids=[delegation.official_group],
        participant_ids=[delegation.journalist],
    )
    assert _receivers(_agendas(db, delegation), signing) == {
        delegation.mayor,
        delegation.journalist,
    }


def test_people_item_reaches_only_listed_people(db: Database, delegation: Delegation) -> None:
    dinner = _item(
        db,
        delegation,
        kind=ItemKind.MEAL,
        audience=Audience.PEOPLE,
        participant_ids=[delegation.mayor, delegation.ceo],
    )
    assert _receivers(_agendas(db, delegation), dinner) == {delegation.mayor, delegation.ceo}


def test_excluded_person_does_not_get_an_everyone_item(
    db: Database, delegation: Delegation
) -> None:
    reception = _item(
        db,
        delegation,
        kind=ItemKind.RECEPTION,
        excluded_participant_ids=[delegation.journalist],
    )
    agendas = _agendas(db, delegation)
    assert _receivers(agendas, reception) == set(delegation.everyone) - {delegation.journalist}
    assert agendas[delegation.journalist] == []


def test_staff_in_charge_gets_the_item_and_is_named_in_it(
    db: Database, delegation: Delegation
) -> None:
    meeting = _item(
        db,
        delegation,
        kind=ItemKind.MEETING,
        title_fr="Rencontre Space Florida",
        audience=Audience.PEOPLE,
        participant_ids=[delegation.ceo],
        staff_in_charge_id=delegation.staff,
    )

    agendas = _agendas(db, delegation)

    assert _receivers(agendas, meeting) == {delegation.ceo, delegation.staff}
    (entry,) = agendas[delegation.ceo]
    assert (entry.staff_name, entry.staff_phone) == ("Anne Durand", "+33 6 12 34 56 78")


def test_flight_passenger_gets_the_flight_with_their_own_booking_reference(
    db: Database, delegation: Delegation
) -> None:
    flight = _item(
        db,
        delegation,
        kind=ItemKind.FLIGHT,
        title_fr="Vol Paris - Miami",
        start_local=datetime(2017, 11, 5, 10, 25),
        start_zone="Europe/Paris",
        end_local=datetime(2017, 11, 5, 17, 40),
        end_zone=NEW_YORK,
        audience=Audience.PEOPLE,
        participant_ids=[delegation.staff],
        flight=FlightInput(
            carrier="AF", number="92", departure_airport="CDG", arrival_airport="MIA"
        ),
    )
    references = {delegation.ceo: "QX7P2L", delegation.engineer: "ZT4K9W"}
    with db.transaction() as session:
        for participant_id, reference in references.items():
            book_flight(
                session,
                item_id=flight,
                participant_id=participant_id,
                booking_reference=reference,
                seat="12A" if participant_id == delegation.ceo else None,
            )

    agendas = _agendas(db, delegation)

    assert _receivers(agendas, flight) == {delegation.ceo, delegation.engineer, delegation.staff}
    (ceo_flight,) = agendas[delegation.ceo]
    assert ceo_flight.flight is not None
    assert (ceo_flight.flight.carrier, ceo_flight.flight.number) == ("AF", "92")
    assert (ceo_flight.flight.booking_reference, ceo_flight.flight.seat) == ("QX7P2L", "12A")
    (staff_flight,) = agendas[delegation.staff]
    assert staff_flight.flight is not None
    assert staff_flight.flight.booking_reference is None
    for participant_id, entries in agendas.items():
        for entry in entries:
            for other, reference in references.items():
                if other != participant_id:
                    assert reference not in repr(entry), (participant_id, reference)
    with db.reading() as session:
        (alone,) = agenda_for(session, delegation.engineer)
    assert alone.flight is not None
    assert alone.flight.booking_reference == "ZT4K9W"


# --- repeats, order and home time ---------------------------------------------------------


def test_daily_repeat_keeps_local_wall_time_across_the_us_clock_change(
    db: Database, delegation: Delegation
) -> None:
    briefing = _item(
        db,
        delegation,
        kind=ItemKind.BRIEFING,
        title_fr="Point du matin",
        start_local=datetime(2017, 11, 3, 8, 0),
        end_local=datetime(2017, 11, 3, 8, 30),
        recurrence="FREQ=DAILY;COUNT=5",
    )

    entries = [e for e in _agendas(db, delegation)[delegation.mayor] if e.item_id == briefing]

    assert [e.start_local for e in entries] == [
        datetime(2017, 11, day, 8, 0) for day in (3, 4, 5, 6, 7)
    ]
    assert [e.end_local for e in entries] == [
        datetime(2017, 11, day, 8, 30) for day in (3, 4, 5, 6, 7)
    ]
    assert [e.start.utcoffset() for e in entries] == [
        timedelta(hours=-4),
        timedelta(hours=-4),
        timedelta(hours=-5),
        timedelta(hours=-5),
        timedelta(hours=-5),
    ]
    assert [e.start.astimezone(ZoneInfo("UTC")).hour for e in entries] == [12, 12, 13, 13, 13]
    assert all(e.duration == timedelta(minutes=30) for e in entries)


def test_repeats_stop_at_the_mission_last_day(db: Database, delegation: Delegation) -> None:
    briefing = _item(
        db,
        delegation,
        start_local=datetime(2017, 11, 8, 8, 0),
        end_local=datetime(2017, 11, 8, 8, 30),
        recurrence="FREQ=DAILY;COUNT=30",
    )
    entries = [e for e in _agendas(db, delegation)[delegation.ceo] if e.item_id == briefing]
    assert [e.day for e in entries] == [date(2017, 11, 8), date(2017, 11, 9), date(2017, 11, 10)]


def test_agenda_is_sorted_by_absolute_time_across_zones(
    db: Database, delegation: Delegation
) -> None:
    # 07:00 in Miami is 12:00 UTC; 10:00 in Paris is 09:00 UTC; 09:00 in Miami is 14:00 UTC.
    breakfast = _item(
        db,
        delegation,
        title_fr="Petit-déjeuner",
        start_local=datetime(2017, 11, 6, 7, 0),
        end_local=datetime(2017, 11, 6, 8, 0),
    )
    call = _item(
        db,
        delegation,
        title_fr="Visioconférence avec Marseille",
        start_local=datetime(2017, 11, 6, 10, 0),
        start_zone="Europe/Paris",
        end_local=datetime(2017, 11, 6, 10, 30),
    )
    workshop = _item(
        db,
        delegation,
        kind=ItemKind.WORKSHOP,
        title_fr="Atelier SmartPort",
        start_local=datetime(2017, 11, 6, 9, 0),
        end_local=datetime(2017, 11, 6, 11, 0),
    )

    entries = _agendas(db, delegation)[delegation.mayor]

    assert [e.item_id for e in entries] == [call, breakfast, workshop]
    assert [e.start for e in entries] == sorted(e.start for e in entries)


def test_start_at_home_gives_paris_time(db: Database, delegation: Delegation) -> None:
    # Before 5 November Miami is 5 hours behind Paris (EDT vs CET), after it 6 hours.
    before = _item(
        db,
        delegation,
        start_local=datetime(2017, 11, 3, 8, 0),
        end_local=datetime(2017, 11, 3, 9, 0),
    )
    after = _item(
        db,
        delegation,
        start_local=datetime(2017, 11, 6, 8, 0),
        end_local=datetime(2017, 11, 6, 9, 0),
    )

    entries = {e.item_id: e for e in _agendas(db, delegation)[delegation.ceo]}

    for item_id, expected in [
        (before, datetime(2017, 11, 3, 13, 0)),
        (after, datetime(2017, 11, 6, 14, 0)),
    ]:
        home = entries[item_id].start_at_home
        assert entries[item_id].home_zone == "Europe/Paris"
        assert str(home.tzinfo) == "Europe/Paris"
        assert home.replace(tzinfo=None) == expected
    assert entries[after].end_at_home.replace(tzinfo=None) == datetime(2017, 11, 6, 15, 0)


def test_agenda_for_an_unknown_participant_is_empty(db: Database, delegation: Delegation) -> None:
    _item(db, delegation)
    with db.reading() as session:
        assert agenda_for(session, 9999) == []


# --- queries ------------------------------------------------------------------------------


def test_agendas_for_forty_delegates_issue_as_many_queries_as_for_four(db: Database) -> None:
    with db.transaction() as session:
        mission = create_mission(
            session,
            title_fr="Toronto et Montréal",
            short="toronto-montreal-2019",
            start_date=date(2019, 7, 8),
            end_date=date(2019, 7, 12),
            stops=[StopInput(city="Toronto", country="CA", zone="America/Toronto")],
        )
        groups = [
            create_group(session, mission.id, name, kind).id
            for name, kind in [
                ("Officiels", GroupKind.OFFICIAL),
                ("Entreprises", GroupKind.BUSINESS),
            ]
        ]
        venue = create_venue(session, name="Startup Fest", city="Montréal")
        delegates = []
        for n in range(40):
            person = create_person(session, given_name=f"Prénom{n}", family_name=f"Nom{n:02d}")
            delegates.append(
                add_participant(
                    session,
                    mission_id=mission.id,
                    person_id=person.id,
                    role=ParticipantRole.BUSINESS_LEADER,
                    group_ids=[groups[n % 2]],
                )
            )
        create_item(
            session,
            mission_id=mission.id,
            kind=ItemKind.BRIEFING,
            title_fr="Point du matin",
            start_local=datetime(2019, 7, 8, 8, 0),
            start_zone="America/Toronto",
            end_local=datetime(2019, 7, 8, 8, 30),
            venue_id=venue,
            recurrence="FREQ=DAILY;COUNT=5",
            staff_in_charge_id=delegates[0],
            excluded_participant_ids=delegates[10:20],
        )
        create_item(
            session,
            mission_id=mission.id,
            kind=ItemKind.WORKSHOP,
            title_fr="Économie bleue",
            start_local=datetime(2019, 7, 9, 10, 0),
            start_zone="America/Toronto",
            end_local=datetime(2019, 7, 9, 12, 0),
            audience=Audience.GROUPS,
            group_ids=[groups[1]],
        )
        create_item(
            session,
            mission_id=mission.id,
            kind=ItemKind.MEAL,
            title_fr="Dîner officiel",
            start_local=datetime(2019, 7, 9, 19, 0),
            start_zone="America/Toronto",
            end_local=datetime(2019, 7, 9, 22, 0),
            audience=Audience.PEOPLE,
            participant_ids=delegates[::3],
        )
        flight = create_item(
            session,
            mission_id=mission.id,
            kind=ItemKind.FLIGHT,
            title_fr="Vol Paris - Toronto",
            start_local=datetime(2019, 7, 8, 10, 25),
            start_zone="Europe/Paris",
            end_local=datetime(2019, 7, 8, 12, 40),
            end_zone="America/Toronto",
            audience=Audience.PEOPLE,
            participant_ids=[delegates[0]],
            flight=FlightInput("AC", "881", "CDG", "YYZ"),
        )
        for n, participant_id in enumerate(delegates):
            book_flight(
                session,
                item_id=flight,
                participant_id=participant_id,
                booking_reference=f"REF{n:03d}",
            )

    with db.reading() as session, _counting_statements(db) as few:
        small = agendas_for(session, mission.id, delegates[:4])
    with db.reading() as session, _counting_statements(db) as many:
        large = agendas_for(session, mission.id, delegates)

    assert len(small) == 4
    assert len(large) == 40
    assert all(large[p] for p in delegates)
    assert large[delegates[0]] == small[delegates[0]]
    assert len(many) == len(few), "\n".join(many)


def test_duration_counts_the_hour_the_clocks_go_back(demo_db: Database) -> None:
    with demo_db.reading() as session:
        mission_id = resolve_mission_id(session, "miami-2017")
        [first, *_] = programme_for(session, mission_id)
    # 00:30 → 03:00 in New York on 5 November 2017: 01:00–02:00 happens twice, 3 h 30 in all.
    night = replace(
        first,
        start_local=datetime(2017, 11, 5, 0, 30),
        start_zone="America/New_York",
        end_local=datetime(2017, 11, 5, 3, 0),
        end_zone="America/New_York",
    )
    assert night.duration == timedelta(hours=3, minutes=30)
