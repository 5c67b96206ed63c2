"""Workshops: details on a WORKSHOP item, speakers, moderator, registrations within capacity."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.services import itinerary, missions, people, roster
from delegation_app.services.agenda import agenda_for
from delegation_app.services.workshops import (
    add_speaker,
    create_workshop,
    get_workshop,
    list_workshops,
    register_delegate,
    unregister_delegate,
    update_workshop,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import Audience, ItemKind, ParticipantRole

MIAMI = "America/New_York"


@dataclass
class Setup:
    mission_id: int
    other_mission_id: int
    persons: dict[str, int]
    participants: dict[str, int]
    workshop_id: int
    reception_id: int


def _mission(session: Session, short: str) -> int:
    return missions.create_mission(
        session,
        short=short,
        title_fr=f"Mission {short}",
        start_date=date(2017, 11, 5),
        end_date=date(2017, 11, 10),
        stops=[missions.StopInput("Miami", "US", MIAMI)],
    ).id


def _workshop_item(session: Session, mission_id: int, attendee: int, hour: int = 14) -> int:
    return itinerary.create_item(
        session,
        mission_id=mission_id,
        kind=ItemKind.WORKSHOP,
        title_fr="Atelier : la sécurité dans l'Internet des objets",
        title_en="Workshop: security in the Internet of Things",
        start_local=datetime(2017, 11, 6, hour, 30),
        start_zone=MIAMI,
        end_local=datetime(2017, 11, 6, hour + 1, 30),
        audience=Audience.PEOPLE,
        participant_ids=[attendee],
    )


def _build(session: Session) -> Setup:
    mission_id = _mission(session, "miami-test")
    other = _mission(session, "other-test")
    persons = {
        key: people.create_person(session, short=key, given_name=given, family_name=family).id
        for key, given, family in [
            ("hducastel", "Hélène", "Ducastel-Núñez"),
            ("lkowalski", "Łukasz", "Kowalski"),
            ("moderator", "Zoë", "Bérard"),
            ("delegate", "François", "Lefèvre"),
            ("second", "Bénédicte", "Dupont"),
            ("outsider", "Seán", "O'Connor"),
            ("local", "Daniel", "Whitaker"),
        ]
    }
    participants = {
        key: roster.add_participant(
            session,
            mission_id=other if key == "outsider" else mission_id,
            person_id=persons[key],
            role=ParticipantRole.BUSINESS_LEADER,
        )
        for key in ("hducastel", "lkowalski", "moderator", "delegate", "second", "outsider")
    }
    workshop_id = _workshop_item(session, mission_id, participants["hducastel"])
    reception_id = itinerary.create_item(
        session,
        mission_id=mission_id,
        kind=ItemKind.RECEPTION,
        title_fr="Réception d'accueil",
        start_local=datetime(2017, 11, 5, 20, 30),
        start_zone=MIAMI,
        end_local=datetime(2017, 11, 5, 22, 30),
    )
    return Setup(mission_id, other, persons, participants, workshop_id, reception_id)


@pytest.fixture
def setup(db: Database) -> Setup:
    with db.transaction() as session:
        return _build(session)


def test_create_workshop_returns_its_details(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        view = create_workshop(
            session,
            item_id=setup.workshop_id,
            theme="Sécurité dans l'Internet des objets",
            sector="Digital & Creative industries",
            summary_fr="Objets connectés sûrs.",
            summary_en="Safe connected devices.",
            room="Salle Biscayne A",
            capacity=60,
            moderator_person_id=setup.persons["moderator"],
            material="Vidéoprojecteur",
        )
    assert view.room == "Salle Biscayne A"
    assert view.capacity == 60
    assert view.moderator == "Zoë Bérard"
    assert view.title("en") == "Workshop: security in the Internet of Things"
    assert view.summary("en") == "Safe connected devices."
    assert view.start.utcoffset() is not None and view.start.hour == 14


def test_create_workshop_refuses_an_item_that_is_no_workshop(db: Database, setup: Setup) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        create_workshop(session, item_id=setup.reception_id, capacity=10)
    assert error.value.field == "item"
    assert "not a workshop" in error.value.message


def test_create_workshop_refuses_an_unknown_item(db: Database, setup: Setup) -> None:
    with pytest.raises(NotFound), db.transaction() as session:
        create_workshop(session, item_id=9999)


@pytest.mark.parametrize("capacity", [0, -5])
def test_create_workshop_refuses_a_capacity_that_is_not_positive(
    db: Database, setup: Setup, capacity: int
) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        create_workshop(session, item_id=setup.workshop_id, capacity=capacity)
    assert error.value.field == "capacity"


def test_create_workshop_twice_is_a_conflict(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        create_workshop(session, item_id=setup.workshop_id, room="A")
    with pytest.raises(Conflict), db.transaction() as session:
        create_workshop(session, item_id=setup.workshop_id, room="B")


def test_unknown_moderator_is_not_found(db: Database, setup: Setup) -> None:
    with pytest.raises(NotFound), db.transaction() as session:
        create_workshop(session, item_id=setup.workshop_id, moderator_person_id=9999)


def test_moderator_on_the_roster_gets_the_workshop_in_their_agenda(
    db: Database, setup: Setup
) -> None:
    with db.transaction() as session:
        create_workshop(
            session, item_id=setup.workshop_id, moderator_person_id=setup.persons["moderator"]
        )
    with db.reading() as session:
        agenda = agenda_for(session, setup.participants["moderator"])
    assert setup.workshop_id in {entry.item_id for entry in agenda}


def test_speakers_are_listed_in_order_and_see_the_workshop_as_speakers(
    db: Database, setup: Setup
) -> None:
    with db.transaction() as session:
        create_workshop(session, item_id=setup.workshop_id)
        add_speaker(
            session,
            item_id=setup.workshop_id,
            person_id=setup.persons["lkowalski"],
            topic="Capteurs",
        )
        view = add_speaker(session, item_id=setup.workshop_id, person_id=setup.persons["local"])
    assert [s.name for s in view.speakers] == ["Łukasz Kowalski", "Daniel Whitaker"]
    assert [s.position for s in view.speakers] == [0, 1]
    assert view.speakers[0].topic == "Capteurs"
    with db.reading() as session:
        agenda = agenda_for(session, setup.participants["lkowalski"])
        others = agenda_for(session, setup.participants["second"])
    [entry] = [e for e in agenda if e.item_id == setup.workshop_id]
    assert entry.as_speaker
    assert setup.workshop_id not in {e.item_id for e in others}


def test_the_same_speaker_twice_is_a_conflict(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        add_speaker(session, item_id=setup.workshop_id, person_id=setup.persons["lkowalski"])
    with pytest.raises(Conflict, match="already speaks"), db.transaction() as session:
        add_speaker(session, item_id=setup.workshop_id, person_id=setup.persons["lkowalski"])


def test_a_speaker_cannot_be_added_to_a_reception(db: Database, setup: Setup) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        add_speaker(session, item_id=setup.reception_id, person_id=setup.persons["lkowalski"])
    assert error.value.field == "item"


def test_registered_delegate_gets_the_workshop_in_their_agenda(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        create_workshop(session, item_id=setup.workshop_id, capacity=10)
        register_delegate(session, setup.workshop_id, setup.participants["delegate"])
    with db.reading() as session:
        view = get_workshop(session, setup.workshop_id)
        agenda = agenda_for(session, setup.participants["delegate"])
    assert setup.participants["delegate"] in view.registered_ids
    assert view.seats_left == 10 - view.registered_count
    assert setup.workshop_id in {entry.item_id for entry in agenda}


def test_registration_beyond_capacity_is_refused(db: Database, setup: Setup) -> None:
    # the item was created with one attendee, so two seats leave room for one more delegate
    with db.transaction() as session:
        create_workshop(session, item_id=setup.workshop_id, capacity=2)
        register_delegate(session, setup.workshop_id, setup.participants["delegate"])
    with pytest.raises(Conflict, match="full"), db.transaction() as session:
        register_delegate(session, setup.workshop_id, setup.participants["second"])
    with db.reading() as session:
        assert get_workshop(session, setup.workshop_id).is_full


def test_registering_twice_is_a_conflict(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        register_delegate(session, setup.workshop_id, setup.participants["delegate"])
    with pytest.raises(Conflict, match="already registered"), db.transaction() as session:
        register_delegate(session, setup.workshop_id, setup.participants["delegate"])


def test_a_delegate_of_another_mission_cannot_register(db: Database, setup: Setup) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        register_delegate(session, setup.workshop_id, setup.participants["outsider"])
    assert error.value.field == "delegate"


def test_unregistering_removes_the_workshop_from_the_agenda(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        register_delegate(session, setup.workshop_id, setup.participants["delegate"])
        unregister_delegate(session, setup.workshop_id, setup.participants["delegate"])
    with db.reading() as session:
        agenda = agenda_for(session, setup.participants["delegate"])
    assert setup.workshop_id not in {entry.item_id for entry in agenda}
    with pytest.raises(NotFound), db.transaction() as session:
        unregister_delegate(session, setup.workshop_id, setup.participants["delegate"])


def test_capacity_cannot_shrink_below_the_registrations(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        create_workshop(session, item_id=setup.workshop_id, capacity=10)
        register_delegate(session, setup.workshop_id, setup.participants["delegate"])
        register_delegate(session, setup.workshop_id, setup.participants["second"])
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        update_workshop(session, item_id=setup.workshop_id, capacity=2)
    assert error.value.field == "capacity"
    with db.reading() as session:
        assert get_workshop(session, setup.workshop_id).capacity == 10


@contextmanager
def _counting(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_list_workshops_runs_a_fixed_number_of_queries(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        create_workshop(session, item_id=setup.workshop_id, capacity=30)
        add_speaker(session, item_id=setup.workshop_id, person_id=setup.persons["lkowalski"])
    with db.reading() as session, _counting(db) as one:
        list_workshops(session, setup.mission_id)
    with db.transaction() as session:
        for hour in (9, 11, 16):
            item = _workshop_item(session, setup.mission_id, setup.participants["second"], hour)
            create_workshop(session, item_id=item, capacity=20)
            add_speaker(session, item_id=item, person_id=setup.persons["local"])
            register_delegate(session, item, setup.participants["delegate"])
    with db.reading() as session, _counting(db) as four:
        views = list_workshops(session, setup.mission_id)
    assert len(views) == 4
    assert [v.start_local.hour for v in views] == [9, 11, 14, 16]
    assert len(four) == len(one)


def test_demo_miami_has_the_three_workshops_with_speakers(demo_db: Database) -> None:
    with demo_db.reading() as session:
        mission_id = missions.resolve_mission_id(session, "miami-2017")
        views = list_workshops(session, mission_id)
    assert [v.theme for v in views] == [
        "Sécurité dans l'Internet des objets",
        "SmartPort : logistique, énergie et numérique",
        "Génie énergétique et santé",
    ]
    smartport = views[1]
    assert "Christine Cabau-Woehrel" in [s.name for s in smartport.speakers]
    assert all(v.moderator and v.room and v.capacity for v in views)
    assert all(v.registered_count <= (v.capacity or 0) for v in views)
    assert all(v.registered_count > 5 for v in views)


def test_more_delegates_than_seats_is_a_finding_of_the_checks(db: Database, setup: Setup) -> None:
    from delegation_app.services.checks import run_checks
    from delegation_app.services.workshops import check_workshops

    with db.transaction() as session:
        create_workshop(session, item_id=setup.workshop_id, capacity=2)
        register_delegate(session, setup.workshop_id, setup.participants["delegate"])
        assert check_workshops(session, setup.mission_id) == []
        # The itinerary editor includes people directly: a third delegate, over the capacity.
        itinerary.update_item(
            session,
            setup.workshop_id,
            participant_ids=(
                setup.participants["hducastel"],
                setup.participants["delegate"],
                setup.participants["second"],
            ),
        )
    with db.reading() as session:
        (english,) = check_workshops(session, setup.mission_id)
        (french,) = check_workshops(session, setup.mission_id, language="fr")
        everything = run_checks(session, "miami-test", language="fr")
    assert (english.code, english.severity, english.item_id) == (
        "workshop.over_capacity",
        "warning",
        setup.workshop_id,
    )
    assert english.subject == "Workshop: security in the Internet of Things"
    assert english.message == "3 delegates registered for 2 seats"
    assert french.message == "3 délégués inscrits pour 2 places"
    assert french in everything
