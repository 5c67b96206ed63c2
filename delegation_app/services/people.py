"""People and organisations, kept across missions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.services.validation import (
    check_country,
    check_language,
    check_short,
    optional_text,
    require_text,
    slugify,
)
from delegation_app.storage.models import Organisation, OrganisationKind, Person


@dataclass(frozen=True)
class OrganisationView:
    id: int
    short: str
    name: str
    kind: OrganisationKind
    sector: str | None
    country: str | None
    city: str | None


@dataclass(frozen=True)
class PersonView:
    id: int
    short: str
    given_name: str
    family_name: str
    honorific: str | None
    email: str | None
    phone: str | None
    language: str
    organisation: str | None
    job_title: str | None

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


def organisation_view(org: Organisation) -> OrganisationView:
    return OrganisationView(
        id=org.id,
        short=org.short,
        name=org.name,
        kind=org.kind,
        sector=org.sector,
        country=org.country,
        city=org.city,
    )


def person_view(person: Person) -> PersonView:
    return PersonView(
        id=person.id,
        short=person.short,
        given_name=person.given_name,
        family_name=person.family_name,
        honorific=person.honorific,
        email=person.email,
        phone=person.phone,
        language=person.language,
        organisation=person.organisation.name if person.organisation else None,
        job_title=person.job_title,
    )


def _free_short(session: Session, model: type[Person] | type[Organisation], base: str) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is not taken yet."""
    taken = set(session.scalars(select(model.short).where(model.short.like(f"{base}%"))))
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def create_organisation(
    session: Session,
    *,
    name: str,
    kind: OrganisationKind = OrganisationKind.COMPANY,
    short: str | None = None,
    sector: str | None = None,
    country: str | None = None,
    city: str | None = None,
    website: str | None = None,
) -> OrganisationView:
    name = require_text("organisation name", name)
    if short:
        short = check_short("organisation short name", short)
        if session.scalar(select(Organisation.id).where(Organisation.short == short)):
            raise Conflict(f"an organisation named '{short}' already exists")
    else:
        short = _free_short(session, Organisation, slugify(name))
    org = Organisation(
        short=short,
        name=name,
        kind=kind,
        sector=optional_text("sector", sector, max_length=80),
        country=check_country("organisation country", country),
        city=optional_text("city", city, max_length=120),
        website=optional_text("website", website),
    )
    session.add(org)
    session.flush()
    return organisation_view(org)


def person_short_name(given_name: str, family_name: str) -> str:
    """The usual login-like short name: Jean Dupont -> jdupont."""
    return slugify(f"{given_name[:1]}{family_name}").replace("-", "")


def create_person(
    session: Session,
    *,
    given_name: str,
    family_name: str,
    short: str | None = None,
    honorific: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    language: str = "fr",
    organisation_id: int | None = None,
    job_title: str | None = None,
    nationality: str | None = None,
    birth_date: date | None = None,
    passport_number: str | None = None,
    passport_country: str | None = None,
    passport_expiry: date | None = None,
    dietary_needs: str | None = None,
    mobility_needs: str | None = None,
) -> PersonView:
    given_name = require_text("given name", given_name, max_length=120)
    family_name = require_text("family name", family_name, max_length=120)
    if short:
        short = check_short("person short name", short)
        if session.scalar(select(Person.id).where(Person.short == short)):
            raise Conflict(f"a person named '{short}' already exists")
    else:
        short = _free_short(session, Person, person_short_name(given_name, family_name))
    email = optional_text("e-mail", email)
    if email is not None and ("@" not in email or " " in email):
        raise ValidationError("e-mail", f"'{email}' is not an e-mail address")
    if organisation_id is not None and session.get(Organisation, organisation_id) is None:
        raise NotFound(f"no organisation with id {organisation_id}")
    if passport_expiry is not None and passport_number is None:
        raise ValidationError("passport expiry", "given without a passport number")
    person = Person(
        short=short,
        given_name=given_name,
        family_name=family_name,
        honorific=optional_text("honorific", honorific, max_length=40),
        email=email,
        phone=optional_text("phone", phone, max_length=40),
        language=check_language("language", language),
        organisation_id=organisation_id,
        job_title=optional_text("job title", job_title),
        nationality=check_country("nationality", nationality),
        birth_date=birth_date,
        passport_number=optional_text("passport number", passport_number, max_length=40),
        passport_country=check_country("passport country", passport_country),
        passport_expiry=passport_expiry,
        dietary_needs=optional_text("dietary needs", dietary_needs),
        mobility_needs=optional_text("mobility needs", mobility_needs),
    )
    session.add(person)
    session.flush()
    return person_view(person)


def resolve_person_id(session: Session, ref: str) -> int:
    """A person named by id (``12``) or short name (``jdupont``)."""
    ref = ref.strip()
    if ref.isdigit():
        person_id = session.scalar(select(Person.id).where(Person.id == int(ref)))
    else:
        person_id = session.scalar(select(Person.id).where(Person.short == ref))
    if person_id is None:
        raise NotFound(f"no person '{ref}' (give their id or short name, see 'roster list')")
    return person_id


def get_person(session: Session, ref: str) -> PersonView:
    person = session.get(Person, resolve_person_id(session, ref))
    assert person is not None
    return person_view(person)
