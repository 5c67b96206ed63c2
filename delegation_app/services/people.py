"""People and organisations, kept across missions."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.messages import say
from delegation_app.services.entry import check_country_code
from delegation_app.services.languages import clean_languages, first_unknown
from delegation_app.services.validation import (
    MAX_INTEGER,
    check_country,
    check_language,
    check_short,
    clean_text,
    collation_key,
    is_id,
    optional_text,
    require_text,
    slugify,
    too_long,
    typed_ref,
    utc_now,
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
    stem = base[:50]  # a shortened base still starts with this
    taken = set(session.scalars(select(model.short).where(model.short.like(f"{stem}%"))))
    return _free_in(taken, base)


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
            raise Conflict(say("an organisation named '{short}' already exists", short=short))
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


def find_organisation(session: Session, name: str) -> int | None:
    """The organisation of that name, ignoring case and accents ("ville de montreal")."""
    wanted = collation_key(" ".join(name.split()))
    for org_id, org_name in session.execute(
        select(Organisation.id, Organisation.name).order_by(Organisation.id)
    ):
        if collation_key(" ".join(org_name.split())) == wanted:
            return int(org_id)
    return None


@dataclass(frozen=True)
class NewOrganisation:
    """An organisation typed by name in a form that none matched yet: made with the record
    that names it, in the same transaction."""

    name: str
    country: str | None = None
    kind: OrganisationKind = OrganisationKind.PUBLIC_AUTHORITY


def find_or_create_organisation(session: Session, new: NewOrganisation) -> int:
    """The existing organisation of that name, else a new one."""
    name = require_text("organisation name", new.name)
    existing = find_organisation(session, name)
    if existing is not None:
        return existing
    return create_organisation(session, name=name, kind=new.kind, country=new.country).id


@dataclass(frozen=True)
class PersonChoice:
    """A person as a form offers them: name, and whom they work for."""

    id: int
    short: str
    name: str
    organisation: str | None
    job_title: str | None


def list_people(session: Session) -> list[PersonChoice]:
    """Everyone on record, by family then given name (one query)."""
    rows = session.execute(
        select(
            Person.id,
            Person.short,
            Person.given_name,
            Person.family_name,
            Organisation.name,
            Person.job_title,
        ).outerjoin(Organisation, Person.organisation_id == Organisation.id)
    )
    keyed = sorted(
        (
            (collation_key(f"{family} {given}"), person_id),
            PersonChoice(person_id, short, f"{given} {family}", organisation, job_title),
        )
        for person_id, short, given, family, organisation, job_title in rows
    )
    return [person for _key, person in keyed]


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
    emergency_contact: str | None = None,
    languages: str | None = None,
) -> PersonView:
    fields = {k: v for k, v in locals().items() if k not in ("session", "short")}
    [person_id] = create_people(session, [{**fields, "short": short}])
    person = session.get(Person, person_id)
    assert person is not None
    return person_view(person)


def create_people(session: Session, people: Sequence[Mapping[str, Any]]) -> list[int]:
    """Create many people in one flush (a roster import), with the checks of create_person.

    Short names are chosen against the names already taken, loaded once; the first invalid
    person raises and nothing of the batch is flushed.
    """
    taken = set(session.scalars(select(Person.short)))
    wanted_orgs = {p["organisation_id"] for p in people if p.get("organisation_id") is not None}
    known_orgs = set(
        session.scalars(select(Organisation.id).where(Organisation.id.in_(wanted_orgs)))
    )
    created: list[dict[str, Any]] = []
    for fields in people:
        fields = dict(fields)
        short = fields.pop("short", None)
        row = _checked_person(**fields)
        if short:
            short = check_short("person short name", short)
            if short in taken:
                raise Conflict(say("a person named '{short}' already exists", short=short))
        else:
            short = _free_in(taken, person_short_name(row["given_name"], row["family_name"]))
        taken.add(short)
        row["short"] = short
        if row["organisation_id"] is not None and row["organisation_id"] not in known_orgs:
            raise NotFound(
                say(
                    "no organisation with id {organisation_id}",
                    organisation_id=row["organisation_id"],
                )
            )
        created.append(row)
    if not created:
        return []
    # One multi-row INSERT of plain, already checked values: an import of thousands of people
    # must not pay the ORM's bookkeeping for each.
    session.execute(insert(cast(Table, Person.__table__)), created)
    # Ids read back by short name: RETURNING in order costs SQLAlchemy quadratic time here.
    shorts = [row["short"] for row in created]
    ids: dict[str, int] = {}
    for chunk in range(0, len(shorts), 5000):
        part = shorts[chunk : chunk + 5000]
        ids.update(
            (short, person_id)
            for person_id, short in session.execute(
                select(Person.id, Person.short).where(Person.short.in_(part))
            )
        )
    return [ids[short] for short in shorts]


def _free_in(taken: set[str], base: str) -> str:
    if base not in taken:
        return base
    n = 2
    # The suffix must fit the 64 characters of the column: shorten the base to make room.
    while (candidate := f"{base[: 64 - len(f'-{n}')].rstrip('-')}-{n}") in taken:
        n += 1
    return candidate


def _checked_person(
    *,
    given_name: str,
    family_name: str,
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
    emergency_contact: str | None = None,
    languages: str | None = None,
) -> dict[str, Any]:
    """A person's column values, checked (no short name yet); raises ValidationError by field."""
    given_name = require_text("given name", given_name, max_length=120)
    family_name = require_text("family name", family_name, max_length=120)
    email = optional_text("e-mail", email)
    if email is not None and ("@" not in email or " " in email):
        raise ValidationError("e-mail", _not_an_email(email))
    passport_number = optional_text("passport number", passport_number, max_length=40)
    if passport_expiry is not None and passport_number is None:
        raise ValidationError("passport expiry", say("given without a passport number"))
    return {
        "given_name": given_name,
        "family_name": family_name,
        "honorific": optional_text("honorific", honorific, max_length=40),
        "email": email,
        "phone": optional_text("phone", phone, max_length=40),
        "language": check_language("language", language),
        "organisation_id": organisation_id,
        "job_title": optional_text("job title", job_title),
        "nationality": check_country("nationality", nationality),
        "birth_date": birth_date,
        "passport_number": passport_number,
        "passport_country": check_country("passport country", passport_country),
        "passport_expiry": passport_expiry,
        "dietary_needs": optional_text("dietary needs", dietary_needs),
        "mobility_needs": optional_text("mobility needs", mobility_needs),
        "emergency_contact": optional_text("emergency contact", emergency_contact),
        "languages": clean_languages(languages),
        # When the needs were entered: a record of them sent to a venue must be newer.
        "dietary_needs_changed_at": utc_now() if dietary_needs else None,
    }


def _not_an_email(text: str) -> str:
    return say("'{text}' is not an e-mail address", text=text)


def resolve_person_id(session: Session, ref: str) -> int:
    """A person named by id (``12``) or short name (``jdupont``)."""
    ref = typed_ref(ref)
    if is_id(ref):
        person_id = session.scalar(select(Person.id).where(Person.id == int(ref)))
    else:
        person_id = session.scalar(select(Person.id).where(Person.short == ref))
    if person_id is None:
        raise NotFound(
            say("no person '{ref}' (give their id or short name, see 'roster list')", ref=ref)
        )
    return person_id


def get_person(session: Session, ref: str) -> PersonView:
    person = session.get(Person, resolve_person_id(session, ref))
    assert person is not None
    return person_view(person)


# Fields a roster import or an edit form may change on a person, with their checks.
PERSON_TEXT_FIELDS = {
    "honorific": 40,
    "email": 200,
    "phone": 40,
    "job_title": 200,
    "dietary_needs": 200,
    "mobility_needs": 200,
    "passport_number": 40,
    "emergency_contact": 200,
}
PERSON_COUNTRY_FIELDS = ("nationality", "passport_country")
PERSON_DATE_FIELDS = ("birth_date", "passport_expiry")


def update_person(session: Session, person_id: int, **changes: object) -> PersonView:
    """Change some fields of a person; unknown fields and bad values are refused by name."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(say("no person with id {person_id}", person_id=person_id))
    for field, value in changes.items():
        if field in ("given_name", "family_name"):
            setattr(
                person, field, require_text(field.replace("_", " "), _text(value), max_length=120)
            )
        elif field in PERSON_TEXT_FIELDS:
            cleaned = optional_text(field, _text(value), max_length=PERSON_TEXT_FIELDS[field])
            if field == "email" and cleaned is not None and "@" not in cleaned:
                raise ValidationError("e-mail", _not_an_email(cleaned))
            setattr(person, field, cleaned)
        elif field in PERSON_COUNTRY_FIELDS:
            setattr(person, field, check_country(field, _text(value)))
        elif field in PERSON_DATE_FIELDS:
            if value is not None and not isinstance(value, date):
                raise ValidationError(field, say("must be a date"))
            setattr(person, field, value)
        elif field == "language":
            person.language = check_language("language", str(value))
        elif field == "languages":
            person.languages = clean_languages(value)
        elif field == "organisation_id":
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int)
            ):  # an id, never a name typed where an id belongs
                raise ValidationError(
                    "organisation", say("{value!r} is not an organisation id", value=value)
                )
            if value is not None and (
                not 0 < value <= MAX_INTEGER or session.get(Organisation, value) is None
            ):
                raise NotFound(
                    say("no organisation with id {organisation_id}", organisation_id=value)
                )
            person.organisation_id = value
        else:
            raise ValidationError(field, say("is not a field of a person"))
    session.flush()
    return person_view(person)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True)
class PersonKey:
    """What matching an imported row against known people needs, and nothing more."""

    id: int
    short: str
    given_name: str
    family_name: str
    email: str | None
    birth_date: date | None
    organisation: str | None
    fields: Mapping[str, object]  # the fields an import may change, as stored


def people_for_matching(session: Session) -> list[PersonKey]:
    rows = session.execute(
        select(Person, Organisation.name).outerjoin(
            Organisation, Person.organisation_id == Organisation.id
        )
    )
    names = (
        "given_name", "family_name", "language", "languages", "birth_date", *PERSON_TEXT_FIELDS,
        *PERSON_COUNTRY_FIELDS, *PERSON_DATE_FIELDS,
    )  # fmt: skip
    return [
        PersonKey(
            id=person.id,
            short=person.short,
            given_name=person.given_name,
            family_name=person.family_name,
            email=person.email,
            birth_date=person.birth_date,
            organisation=organisation,
            fields={name: getattr(person, name) for name in names},
        )
        for person, organisation in rows
    ]


def organisation_ids_by_name(session: Session) -> dict[str, int]:
    """Every organisation's id by its case-folded name (one query, for imports)."""
    return {
        name.casefold(): org_id
        for org_id, name in session.execute(select(Organisation.id, Organisation.name))
    }


def list_organisations(session: Session) -> list[OrganisationView]:
    """Every organisation, by name (for a form's choice of employer)."""
    rows = session.execute(
        select(
            Organisation.id,
            Organisation.short,
            Organisation.name,
            Organisation.kind,
            Organisation.sector,
            Organisation.country,
            Organisation.city,
        )
    )
    views = [OrganisationView(*row) for row in rows]  # plain rows: no ORM bookkeeping
    return sorted(views, key=lambda o: collation_key(o.name))


# --- checks of a delegate form ------------------------------------------------------------


class FieldProblem(StrEnum):
    """Why a form field is refused, for a window to word in its own language (with the
    ``params`` an InvalidField gives)."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    EMAIL = "email"
    PHONE = "phone"
    PHONE_REGION = "phone_region"
    COUNTRY = "country"
    DATE = "date"
    DATE_NOT_PAST = "date_not_past"
    DATE_TOO_OLD = "date_too_old"
    EXPIRY_WITHOUT_PASSPORT = "expiry_without_passport"
    EXPIRY_BEFORE_BIRTH = "expiry_before_birth"
    PASSPORT = "passport"
    LANGUAGE = "language"
    LANGUAGES = "languages"
    ORGANISATION = "organisation"
    CHOICE = "choice"
    DUPLICATE = "duplicate"
    GROUPS = "groups"
    ROOM = "room"
    ROOM_MATE = "room_mate"
    PHOTO = "photo"
    UNKNOWN = "unknown"


class InvalidField(ValidationError):
    """A ValidationError that also says which form field (``key``) and why (``reason``, with
    ``params``), so a window can word it in its own language; ``field`` is the name the
    message gives it (``passport number``). The message never quotes a passport number."""

    def __init__(
        self, key: str, message: str, reason: FieldProblem, *, field: str, **params: object
    ) -> None:
        super().__init__(field, message)
        self.key = key
        self.reason = reason
        self.params = params


#: Marks an unchanged-by-the-caller value (a passport number the form never revealed).
PASSPORT_MASK = "••••"
_EMAIL_RE = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")
_PASSPORT_RE = re.compile(r"^[A-Z0-9]{5,20}$")
#: Nobody on a roster was born before this day: a typing slip, not a centenarian.
EARLIEST_BIRTH_DATE = date(1900, 1, 1)


def mask_number(number: str | None) -> str | None:
    """``17FR48213`` -> ``•••• 8213``: enough to recognise a document, not to copy it."""
    if not number:
        return None
    return f"{PASSPORT_MASK} {number[-4:]}" if len(number) > 6 else PASSPORT_MASK


def check_email(key: str, text: str | None) -> str | None:
    """An address as people write it (``name@domain.tld``), stripped; None for blank."""
    cleaned = clean_text(text)
    if cleaned is None:
        return None
    if len(cleaned) > 200:
        raise InvalidField(key, too_long(200), FieldProblem.TOO_LONG, field="e-mail", limit=200)
    if not _EMAIL_RE.match(cleaned):
        raise InvalidField(
            key,
            say("'{text}' is not an e-mail address (name@example.org)", text=cleaned),
            FieldProblem.EMAIL,
            field="e-mail",
        )
    return cleaned


def normalise_phone(text: str | None, default_region: str, *, key: str = "phone") -> str | None:
    """A number as E.164 (``+33612345678``) from national writing in ``default_region``
    (``06 12 34 56 78`` with FR) or international writing (``+1 305…``, ``00 1 305…``)."""
    import phonenumbers  # here, not at the top: the window need not load it to start

    cleaned = clean_text(text)
    if cleaned is None:
        return None
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    region = default_region.upper()
    try:
        number = phonenumbers.parse(cleaned, region)
    except phonenumbers.NumberParseException:
        raise InvalidField(
            key,
            say("'{text}' is not a phone number", text=cleaned),
            FieldProblem.PHONE,
            field="phone",
            region=region,
        ) from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidField(
            key,
            say(
                "'{text}' is not a valid number for {region}; add the country code (+1...)",
                text=cleaned,
                region=region,
            ),
            FieldProblem.PHONE_REGION,
            field="phone",
            region=region,
        )
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def _required(key: str, label: str, limit: int) -> Callable[[object], object]:
    def clean(value: object) -> str:
        text = clean_text(None if value is None else str(value))
        if text is None:
            raise InvalidField(key, say("must not be empty"), FieldProblem.REQUIRED, field=label)
        if len(text) > limit:
            raise InvalidField(
                key, too_long(limit), FieldProblem.TOO_LONG, field=label, limit=limit
            )
        return text

    return clean


def _optional(key: str, label: str, limit: int) -> Callable[[object], object]:
    def clean(value: object) -> str | None:
        text = clean_text(None if value is None else str(value))
        if text is not None and len(text) > limit:
            raise InvalidField(
                key, too_long(limit), FieldProblem.TOO_LONG, field=label, limit=limit
            )
        return text

    return clean


def _country(key: str, label: str) -> Callable[[object], object]:
    def clean(value: object) -> str | None:
        text = clean_text(None if value is None else str(value))
        if text is None:
            return None
        try:
            return check_country_code(label, text)
        except ValidationError as exc:
            raise InvalidField(
                key, exc.message, FieldProblem.COUNTRY, field=label, code=text.upper()
            ) from None

    return clean


def _date(key: str, label: str) -> Callable[[object], object]:
    def clean(value: object) -> date | None:
        if value is None or isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip()) if value.strip() else None
            except ValueError:
                pass
        raise InvalidField(key, say("must be a date (YYYY-MM-DD)"), FieldProblem.DATE, field=label)

    return clean


def _passport_number(key: str, label: str) -> Callable[[object], object]:
    def clean(value: object) -> str | None:
        text = clean_text(None if value is None else str(value))
        if text is None:
            return None
        compact = re.sub(r"[\s-]+", "", text).upper()
        # The number itself is never quoted: messages may reach a log or a screenshot.
        if len(compact) > 20:
            raise InvalidField(key, too_long(20), FieldProblem.TOO_LONG, field=label, limit=20)
        if not _PASSPORT_RE.match(compact):
            raise InvalidField(
                key,
                say("must be 5 to 20 letters and digits (no other signs)"),
                FieldProblem.PASSPORT,
                field=label,
            )
        return compact

    return clean


def _spoken(key: str, label: str) -> Callable[[object], object]:
    def clean(value: object) -> str | None:
        try:
            return clean_languages(value)
        except ValidationError as exc:
            word = first_unknown(str(value)) if not isinstance(value, list | tuple) else None
            raise InvalidField(
                key, exc.message, FieldProblem.LANGUAGES, field=label, word=word or ""
            ) from exc

    return clean


def _language(key: str, label: str) -> Callable[[object], object]:
    def clean(value: object) -> str:
        text = str(value or "").strip().lower()
        if text not in ("fr", "en"):
            raise InvalidField(key, not_a_language(text), FieldProblem.LANGUAGE, field=label)
        return text

    return clean


def not_a_language(text: str) -> str:
    """Why ``text`` cannot be the language a delegate's booklet is printed in."""
    return say("'{text}' is not a supported language (fr or en)", text=text)


#: What a delegate form may change on the person, with each field's cleaner (phone apart: it
#: needs the mission's country).
PERSON_FORM_FIELDS: dict[str, Callable[[object], object]] = {
    "given_name": _required("given_name", "given name", 120),
    "family_name": _required("family_name", "family name", 120),
    "honorific": _optional("honorific", "honorific", 40),
    "job_title": _optional("job_title", "job title", 200),
    "emergency_contact": _optional("emergency_contact", "emergency contact", 200),
    "dietary_needs": _optional("dietary_needs", "dietary needs", 200),
    "mobility_needs": _optional("mobility_needs", "mobility needs", 200),
    "notes": _optional("notes", "notes", 4000),
    "nationality": _country("nationality", "nationality"),
    "passport_country": _country("passport_country", "passport country"),
    "birth_date": _date("birth_date", "birth date"),
    "passport_expiry": _date("passport_expiry", "passport expiry"),
    "passport_number": _passport_number("passport_number", "passport number"),
    "language": _language("language", "language"),
    "languages": _spoken("languages", "languages"),
}


def clean_person_changes(
    session: Session,
    person: Person,
    changes: Mapping[str, object],
    *,
    home_country: str,
    today: date | None = None,
) -> tuple[dict[str, object], list[InvalidField]]:
    """The person's fields among ``changes``, cleaned, and every problem found (each field is
    checked on its own, then the fields that depend on each other, as they would be stored)."""
    cleaned: dict[str, object] = {}
    problems: list[InvalidField] = []
    for key, value in changes.items():
        try:
            if key == "email":
                cleaned[key] = check_email(key, None if value is None else str(value))
            elif key == "phone":
                cleaned[key] = normalise_phone(
                    None if value is None else str(value), home_country or "FR"
                )
            elif key == "organisation_id":
                if value is not None and (
                    not isinstance(value, int) or session.get(Organisation, value) is None
                ):
                    raise InvalidField(
                        key,
                        say("is not a known organisation"),
                        FieldProblem.ORGANISATION,
                        field="organisation",
                    )
                cleaned[key] = value
            elif key in PERSON_FORM_FIELDS:
                cleaned[key] = PERSON_FORM_FIELDS[key](value)
        except InvalidField as problem:
            problems.append(problem)
    failed = {p.key for p in problems}

    def final(name: str) -> Any:
        return cleaned[name] if name in cleaned else getattr(person, name)

    today = today or date.today()
    birth_key, expiry_key = "birth_date", "passport_expiry"
    birth_label, expiry_label = "birth date", "passport expiry"
    birth = final(birth_key)
    if birth_key in cleaned and birth is not None and birth_key not in failed:
        if birth >= today:
            problems.append(
                InvalidField(
                    birth_key,
                    say("must be in the past"),
                    FieldProblem.DATE_NOT_PAST,
                    field=birth_label,
                )
            )
        elif birth < EARLIEST_BIRTH_DATE:
            problems.append(
                InvalidField(
                    birth_key,
                    say("is before 1900: check the year"),
                    FieldProblem.DATE_TOO_OLD,
                    field=birth_label,
                )
            )
    expiry = final(expiry_key)
    touched = {expiry_key, "passport_number", birth_key} & cleaned.keys()
    if touched and expiry is not None and not failed & {expiry_key, "passport_number"}:
        if final("passport_number") is None:
            problems.append(
                InvalidField(
                    expiry_key,
                    say("given without a passport number"),
                    FieldProblem.EXPIRY_WITHOUT_PASSPORT,
                    field=expiry_label,
                )
            )
        elif birth is not None and expiry <= birth:
            # No issue date is kept: a passport is issued after its holder's birth, at least.
            problems.append(
                InvalidField(
                    expiry_key,
                    say("is not after the birth date"),
                    FieldProblem.EXPIRY_BEFORE_BIRTH,
                    field=expiry_label,
                )
            )
    return cleaned, problems
