"""The people and roster services' errors, said again in French (``delegation_app.messages``).

Each test makes a real call of a service and checks what a French window shows for the error
it raises, while the English (the CLI's and the logs') stays what it was.
"""

from __future__ import annotations

from datetime import date

import pytest

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.messages import explain, in_language
from delegation_app.services.itinerary import create_venue
from delegation_app.services.missions import StopInput, create_mission
from delegation_app.services.people import create_person, resolve_person_id
from delegation_app.services.roster import add_participant, create_accommodation
from delegation_app.services.time_input import parse_local_datetime
from delegation_app.storage.database import Database
from delegation_app.storage.models import ParticipantRole

NBSP = "\u00a0"


def _mission(db: Database) -> int:
    with db.transaction() as session:
        return create_mission(
            session,
            title_fr="Mission économique à Miami",
            short="miami-2017",
            start_date=date(2017, 11, 5),
            end_date=date(2017, 11, 10),
            stops=[StopInput(city="Miami", country="US", zone="America/New_York")],
        ).id


def test_a_bad_email_names_the_field_in_french(db: Database) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        create_person(session, given_name="Hélène", family_name="Durand", email="helene")
    assert str(caught.value) == "e-mail: 'helene' is not an e-mail address"
    assert explain(caught.value, "fr") == (
        f"adresse e-mail{NBSP}: «{NBSP}helene{NBSP}» n'est pas une adresse e-mail"
    )


def test_an_empty_name_is_said_in_french(db: Database) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        create_person(session, given_name="  ", family_name="Durand")
    assert str(caught.value) == "given name: must not be empty"
    assert in_language(caught.value.message, "fr") == "ne doit pas être vide"


def test_a_short_name_taken_and_a_person_twice_on_a_mission_are_said_in_french(
    db: Database,
) -> None:
    mission_id = _mission(db)
    with db.transaction() as session:
        person_id = create_person(session, given_name="Jean", family_name="Dupont").id
        add_participant(
            session, mission_id=mission_id, person_id=person_id, role=ParticipantRole.GUEST
        )
    with pytest.raises(Conflict) as taken, db.transaction() as session:
        create_person(session, given_name="Jacques", family_name="Durand", short="jdupont")
    assert str(taken.value) == "a person named 'jdupont' already exists"
    assert explain(taken.value, "fr") == f"une personne nommée «{NBSP}jdupont{NBSP}» existe déjà"

    with pytest.raises(Conflict) as twice, db.transaction() as session:
        add_participant(
            session, mission_id=mission_id, person_id=person_id, role=ParticipantRole.STAFF
        )
    assert str(twice.value) == "Jean Dupont is already on this mission"
    assert explain(twice.value, "fr") == "Jean Dupont fait déjà partie de cette mission"


def test_an_unknown_person_is_said_in_french(db: Database) -> None:
    with pytest.raises(NotFound) as caught, db.reading() as session:
        resolve_person_id(session, "personne")
    assert explain(caught.value, "fr") == (
        f"aucune personne «{NBSP}personne{NBSP}» (donnez son identifiant ou son nom court, "
        f"voir «{NBSP}roster list{NBSP}»)"
    )


def test_a_check_out_before_the_check_in_names_the_field_in_french(db: Database) -> None:
    mission_id = _mission(db)
    with db.transaction() as session:
        hotel = create_venue(session, name="InterContinental Miami")
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        create_accommodation(
            session,
            mission_id=mission_id,
            venue_id=hotel,
            check_in=date(2017, 11, 10),
            check_out=date(2017, 11, 8),
        )
    assert str(caught.value) == "check-out: 2017-11-08 is not after check-in 2017-11-10"
    assert explain(caught.value, "fr") == (
        f"date de départ{NBSP}: le 2017-11-08 n'est pas après la date d'arrivée, le 2017-11-10"
    )


def test_a_weekday_that_contradicts_the_date_is_named_in_french() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_local_datetime(
            "start",
            "lundi 7 novembre 2017 9h30",
            mission_start=date(2017, 11, 5),
            mission_end=date(2017, 11, 10),
        )
    assert caught.value.message == (
        "'lundi 7 novembre 2017 9h30': 2017-11-07 is a Tuesday, not the day named"
    )
    # The weekday itself is said in French, not left in English inside the sentence.
    assert in_language(caught.value.message, "fr") == (
        f"«{NBSP}lundi 7 novembre 2017 9h30{NBSP}»{NBSP}: le 2017-11-07 est un mardi, "
        "pas le jour indiqué"
    )
