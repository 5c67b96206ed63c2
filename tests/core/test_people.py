"""People and organisations: short names, checks, normalisation and look-up."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from sqlalchemy import func, select

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.services.people import (
    create_organisation,
    create_person,
    get_person,
    person_short_name,
    resolve_person_id,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import Organisation, OrganisationKind, Person


def _person_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


# --- short names --------------------------------------------------------------------------


def test_person_short_name_is_initial_and_family_name_without_accents() -> None:
    assert person_short_name("Jean", "Dupont") == "jdupont"
    assert person_short_name("Élodie", "Le Guével-Hervé") == "eleguevelherve"


def test_create_person_derives_short_name_then_numbers_homonyms(db: Database) -> None:
    with db.transaction() as session:
        first = create_person(session, given_name="Jean", family_name="Dupont")
        second = create_person(session, given_name="Jeanne", family_name="Dupont")
        third = create_person(session, given_name="Jean", family_name="DUPONT")

    assert (first.short, second.short, third.short) == ("jdupont", "jdupont-2", "jdupont-3")
    with db.reading() as session:
        stored = session.execute(select(Person.short, Person.given_name).order_by(Person.id))
        assert [tuple(row) for row in stored] == [
            ("jdupont", "Jean"),
            ("jdupont-2", "Jeanne"),
            ("jdupont-3", "Jean"),
        ]


def test_create_person_rejects_an_explicit_short_name_already_taken(db: Database) -> None:
    with db.transaction() as session:
        create_person(session, given_name="Jean", family_name="Dupont")

    with pytest.raises(Conflict), db.transaction() as session:
        create_person(session, given_name="Jacques", family_name="Durand", short="jdupont")

    assert _person_count(db) == 1


def test_create_person_rejects_an_explicit_short_name_with_capitals(db: Database) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        create_person(session, given_name="Jean", family_name="Dupont", short="JDupont")
    assert caught.value.field == "person short name"


# --- checks -------------------------------------------------------------------------------


@pytest.mark.parametrize("email", ["jean.dupont.example.org", "jean dupont@example.org"])
def test_create_person_rejects_a_bad_email(db: Database, email: str) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        create_person(session, given_name="Jean", family_name="Dupont", email=email)
    assert caught.value.field == "e-mail"
    assert _person_count(db) == 0


def test_create_person_stores_a_good_email_stripped(db: Database) -> None:
    with db.transaction() as session:
        view = create_person(
            session, given_name="Jean", family_name="Dupont", email="  jean.dupont@example.org "
        )
    assert view.email == "jean.dupont@example.org"


def test_create_person_rejects_empty_family_name(db: Database) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        create_person(session, given_name="Jean", family_name=" ")
    assert caught.value.field == "family name"


def test_create_person_rejects_an_unsupported_language(db: Database) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        create_person(session, given_name="Hans", family_name="Müller", language="de")
    assert caught.value.field == "language"


def test_create_person_stores_names_composed_nfc(db: Database) -> None:
    decomposed_given = "Rene\u0301"  # "René" typed as e + combining acute accent
    decomposed_family = "Le\u0301ger"
    assert unicodedata.is_normalized("NFC", decomposed_given) is False

    with db.transaction() as session:
        view = create_person(session, given_name=decomposed_given, family_name=decomposed_family)

    assert view.given_name == "Ren\u00e9"
    assert view.short == "rleger"
    with db.reading() as session:
        given, family = session.execute(select(Person.given_name, Person.family_name)).one()
    assert (given, family) == ("Ren\u00e9", "L\u00e9ger")
    assert len(given) == 4


def test_create_organisation_keeps_ampersand_and_angle_brackets_exactly(db: Database) -> None:
    with db.transaction() as session:
        org = create_organisation(session, name="Dupont & Fils <SARL>", country="fr")
        person = create_person(
            session, given_name="Jean", family_name="Dupont", organisation_id=org.id
        )

    assert org.name == "Dupont & Fils <SARL>"
    assert org.short == "dupont-fils-sarl"
    assert org.country == "FR"
    assert person.organisation == "Dupont & Fils <SARL>"
    with db.reading() as session:
        assert session.scalar(select(Organisation.name)) == "Dupont & Fils <SARL>"


def test_create_organisation_numbers_homonyms_and_refuses_explicit_duplicates(
    db: Database,
) -> None:
    with db.transaction() as session:
        first = create_organisation(session, name="Port de Marseille", kind=OrganisationKind.PORT)
        second = create_organisation(session, name="Port de Marseille")
    assert (first.short, second.short) == ("port-de-marseille", "port-de-marseille-2")
    assert first.kind == OrganisationKind.PORT

    with pytest.raises(Conflict), db.transaction() as session:
        create_organisation(session, name="GPMM", short="port-de-marseille")
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == 2


def test_create_person_rejects_passport_expiry_without_number(db: Database) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        create_person(
            session, given_name="Jean", family_name="Dupont", passport_expiry=date(2027, 1, 31)
        )
    assert caught.value.field == "passport expiry"
    assert _person_count(db) == 0


def test_create_person_rejects_passport_expiry_with_a_blank_number(db: Database) -> None:
    # A spreadsheet import hands over "" for an empty cell: that is no passport number either.
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        create_person(
            session,
            given_name="Jean",
            family_name="Dupont",
            passport_number="  ",
            passport_expiry=date(2027, 1, 31),
        )
    assert caught.value.field == "passport expiry"
    assert _person_count(db) == 0


def test_create_person_stores_passport_number_with_expiry(db: Database) -> None:
    with db.transaction() as session:
        view = create_person(
            session,
            given_name="Jean",
            family_name="Dupont",
            passport_number=" 17AB12345 ",
            passport_country="fr",
            passport_expiry=date(2027, 1, 31),
        )
    with db.reading() as session:
        person = session.get(Person, view.id)
        assert person is not None
        assert (person.passport_number, person.passport_country, person.passport_expiry) == (
            "17AB12345",
            "FR",
            date(2027, 1, 31),
        )


def test_create_person_raises_not_found_for_unknown_organisation(db: Database) -> None:
    with pytest.raises(NotFound), db.transaction() as session:
        create_person(session, given_name="Jean", family_name="Dupont", organisation_id=404)
    assert _person_count(db) == 0


# --- look-up ------------------------------------------------------------------------------


def test_resolve_person_by_id_and_by_short(db: Database) -> None:
    with db.transaction() as session:
        view = create_person(session, given_name="Jean", family_name="Dupont", job_title="CEO")

    with db.reading() as session:
        assert resolve_person_id(session, str(view.id)) == view.id
        assert resolve_person_id(session, " jdupont ") == view.id
        found = get_person(session, "jdupont")
    assert (found.full_name, found.job_title, found.language) == ("Jean Dupont", "CEO", "fr")


@pytest.mark.parametrize("ref", ["77", "nobody"])
def test_resolve_person_raises_not_found_for_unknown(db: Database, ref: str) -> None:
    with db.reading() as session, pytest.raises(NotFound):
        resolve_person_id(session, ref)
