"""Entry formalities: each delegate's visa, ESTA or eTA, and the rules of the destinations.

The rules ship as a data file (``resources/rules/entry_rules.json``) because they change with
diplomacy, not with the program; a coordinator can correct them for their own missions with an
override kept in the database (setting ``entry_rules``), merged over the shipped file.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.errors import NotFound, ValidationError
from delegation_app.messages import say
from delegation_app.paths import resource_path
from delegation_app.services.validation import optional_text
from delegation_app.storage.models import (
    AuthorisationKind,
    AuthorisationState,
    EntryAuthorisation,
    Participant,
    Setting,
)

RULES_SETTING = "entry_rules"
RULES_FORMAT = "delegation-entry-rules"
RULES_VERSION = 1
MAX_PASSPORT_MONTHS = 24

# --- delegates' authorisations --------------------------------------------------------------


@dataclass(frozen=True)
class EntryAuthorisationView:
    """A delegate's visa, ESTA or eTA for one country. ``number`` is personal data: show
    ``masked_number`` unless the coordinator asks for it."""

    id: int
    participant_id: int
    kind: AuthorisationKind
    country: str
    state: AuthorisationState
    number: str | None
    expiry: date | None

    @property
    def masked_number(self) -> str | None:
        if self.number is None:
            return None
        return "…" + self.number[-2:] if len(self.number) > 2 else "…"


def _authorisation_view(row: EntryAuthorisation) -> EntryAuthorisationView:
    return EntryAuthorisationView(
        id=row.id,
        participant_id=row.participant_id,
        kind=row.kind,
        country=row.country,
        state=row.state,
        number=row.number,
        expiry=row.expiry,
    )


def check_country_code(field: str, code: str | None) -> str:
    """An assigned ISO 3166-1 alpha-2 code, upper-cased (``us`` -> ``US``); refuses ``XX``."""
    text = (code or "").strip().upper()
    if not text:
        raise ValidationError(
            field, say("must not be empty (a two-letter country code: US, CA...)")
        )
    if len(text) != 2 or not text.isascii() or not text.isalpha():
        raise ValidationError(field, _not_a_country_code(text))
    if text not in _known_countries():
        raise ValidationError(field, say("'{text}' is not a country code (ISO 3166-1)", text=text))
    return text


def _not_a_country_code(text: str) -> str:
    return say("'{text}' is not a two-letter country code (US, CA...)", text=text)


@cache
def _known_countries() -> frozenset[str]:
    import pycountry  # here, not at the top: the window need not load it to start

    return frozenset(country.alpha_2 for country in pycountry.countries)


_E = TypeVar("_E", AuthorisationKind, AuthorisationState)


def _enum_value(field: str, cls: type[_E], value: object) -> _E:
    if isinstance(value, cls):
        return value
    try:
        return cls(str(value).strip().lower())
    except ValueError:
        choices = ", ".join(member.value for member in cls)
        raise ValidationError(
            field, say("'{value}' is not one of {choices}", value=value, choices=choices)
        ) from None


def set_entry_authorisation(
    session: Session,
    *,
    participant_id: int,
    kind: AuthorisationKind,
    country: str,
    state: AuthorisationState,
    number: str | None = None,
    expiry: date | None = None,
) -> EntryAuthorisationView:
    """Record a delegate's authorisation for a country: creates it, or updates the one of the
    same kind for the same country. An expiry in the past is accepted (past missions)."""
    if session.get(Participant, participant_id) is None:
        raise NotFound(
            say("no participant with id {participant_id}", participant_id=participant_id)
        )
    kind = _enum_value("kind", AuthorisationKind, kind)
    state = _enum_value("state", AuthorisationState, state)
    country = check_country_code("country", country)
    number = optional_text("number", number, max_length=40)
    if expiry is not None and not isinstance(expiry, date):
        raise ValidationError("expiry", say("must be a date"))
    row = session.scalar(
        select(EntryAuthorisation).where(
            EntryAuthorisation.participant_id == participant_id,
            EntryAuthorisation.kind == kind,
            EntryAuthorisation.country == country,
        )
    )
    if row is None:
        row = EntryAuthorisation(participant_id=participant_id, kind=kind, country=country)
        session.add(row)
    row.state = state
    row.number = number
    row.expiry = expiry
    session.flush()
    return _authorisation_view(row)


def remove_entry_authorisation(session: Session, authorisation_id: int) -> None:
    row = session.get(EntryAuthorisation, authorisation_id)
    if row is None:
        raise NotFound(
            say(
                "no entry authorisation with id {authorisation_id}",
                authorisation_id=authorisation_id,
            )
        )
    session.delete(row)
    session.flush()


def entry_authorisations(
    session: Session, mission_id: int
) -> dict[int, list[EntryAuthorisationView]]:
    """Every delegate of the mission with their authorisations (an empty list when none), in
    one query, by country then kind."""
    result: dict[int, list[EntryAuthorisationView]] = {}
    rows = session.execute(
        select(Participant.id, EntryAuthorisation)
        .outerjoin(EntryAuthorisation, EntryAuthorisation.participant_id == Participant.id)
        .where(Participant.mission_id == mission_id)
        .order_by(Participant.id, EntryAuthorisation.country, EntryAuthorisation.kind)
    )
    for participant_id, row in rows:
        views = result.setdefault(participant_id, [])
        if row is not None:
            views.append(_authorisation_view(row))
    return result


# --- rules of the destinations --------------------------------------------------------------


@dataclass(frozen=True)
class RequiredAuthorisation:
    kind: AuthorisationKind
    label: str


@dataclass(frozen=True)
class TemporaryExemption:
    until: date
    nationalities: frozenset[str]


@dataclass(frozen=True)
class AuthorisationRule:
    """Who needs what to enter: own nationals and ``exempt`` need nothing, ``for_nationalities``
    need ``kind``, everybody else needs ``otherwise`` (None: nothing)."""

    kind: AuthorisationKind | None
    label: str
    for_nationalities: frozenset[str]
    exempt_nationalities: frozenset[str]
    temporary_exemptions: tuple[TemporaryExemption, ...]
    otherwise: AuthorisationKind | None


@dataclass(frozen=True)
class CountryRules:
    country: str  # an ISO code, or "default"
    passport_months_after_return: int
    passport_rule_recorded: bool  # False: the default's months apply to this country
    passport_exceptions: tuple[tuple[int, frozenset[str]], ...]
    authorisation: AuthorisationRule | None
    note: str | None


@dataclass(frozen=True)
class EntryRules:
    default: CountryRules
    countries: Mapping[str, CountryRules] = field(hash=False)
    overridden: bool = False
    override_problem: str | None = None  # why a stored override was set aside

    def for_country(self, country: str) -> CountryRules:
        return self.countries.get(country.upper(), self.default)

    def passport_months(self, destination: str, nationality: str) -> int:
        """How many months the passport must stay valid after the return date."""
        rules = self.for_country(destination)
        for months, nationalities in rules.passport_exceptions:
            if nationality in nationalities:
                return months
        return rules.passport_months_after_return

    def required_authorisation(
        self, destination: str, nationality: str, *, on: date | None = None
    ) -> RequiredAuthorisation | None:
        """What a national of ``nationality`` needs to enter ``destination`` (arriving ``on``)."""
        destination = destination.upper()
        rule = self.for_country(destination).authorisation
        if rule is None or nationality == destination:
            return None
        if nationality in rule.exempt_nationalities:
            return None
        if on is not None and any(
            on <= t.until and nationality in t.nationalities for t in rule.temporary_exemptions
        ):
            return None
        if rule.kind is not None and nationality in rule.for_nationalities:
            return RequiredAuthorisation(rule.kind, rule.label)
        if rule.otherwise is not None:
            return RequiredAuthorisation(rule.otherwise, kind_label(rule.otherwise))
        return None


def kind_label(kind: AuthorisationKind) -> str:
    return {
        AuthorisationKind.VISA: "visa",
        AuthorisationKind.ESTA: "ESTA",
        AuthorisationKind.ETA: "eTA",
        AuthorisationKind.OTHER: "entry authorisation",
    }[kind]


@cache
def _shipped_text() -> str:
    return resource_path("rules", "entry_rules.json").read_text(encoding="utf-8")


def shipped_entry_rules() -> EntryRules:
    """The rules shipped with the program, without any coordinator's override."""
    return _build(_parse_json(_shipped_text(), "shipped entry rules"), overridden=False)


def entry_rules_override_text(session: Session) -> str | None:
    setting = session.get(Setting, RULES_SETTING)
    return setting.value if setting is not None else None


def load_entry_rules(session: Session) -> EntryRules:
    """The shipped rules with the coordinators' override (if any) merged over them."""
    shipped = _parse_json(_shipped_text(), "shipped entry rules")
    override_text = entry_rules_override_text(session)
    if override_text is None:
        return _build(shipped, overridden=False)
    try:
        override = _parse_json(override_text, "entry rules")
        return _build(_merge(shipped, override), overridden=True)
    except ValidationError as exc:
        # An override is validated when saved, but one written for an older program may no
        # longer fit: the shipped rules apply and the checks report the problem.
        # Said, not str(exc): the checks show the problem in the reader's language.
        problem = say("entry rules: {problem}", problem=exc.message)
        return dataclasses.replace(_build(shipped, overridden=False), override_problem=problem)


def effective_entry_rules_text(session: Session) -> str:
    """The rules document as it applies (the shipped file with the override merged over it):
    a coordinator can copy it, correct what they must, and save only that as the override."""
    shipped = _parse_json(_shipped_text(), "shipped entry rules")
    override_text = entry_rules_override_text(session)
    merged: Mapping[str, Any] = shipped
    if override_text is not None:
        try:
            merged = _merge(shipped, _parse_json(override_text, "entry rules"))
        except ValidationError:
            merged = shipped  # as load_entry_rules: a stale override is set aside
    return json.dumps(merged, ensure_ascii=False, indent=2) + "\n"


def save_entry_rules_override(session: Session, json_text: str | None) -> EntryRules:
    """Store the coordinators' corrections (same shape as the shipped file, only what changes).
    Blank text removes the override. Returns the rules as they now apply."""
    existing = session.get(Setting, RULES_SETTING)
    if json_text is None or not json_text.strip():
        if existing is not None:
            session.delete(existing)
            session.flush()
        return shipped_entry_rules()
    override = _parse_json(json_text, "entry rules")
    _check_shape(override, partial=True)
    rules = _build(_merge(_parse_json(_shipped_text(), "shipped entry rules"), override), True)
    if existing is None:
        session.add(Setting(key=RULES_SETTING, value=json_text.strip()))
    else:
        existing.value = json_text.strip()
    session.flush()
    return rules


# --- parsing and validation of a rules document ---------------------------------------------

_TOP_KEYS = ("format", "version", "reviewed", "sources", "nationality_sets", "default", "countries")
_COUNTRY_KEYS = ("passport_months_after_return", "passport_exceptions", "authorisation", "note")
_AUTHORISATION_KEYS = (
    "kind",
    "label",
    "for_nationalities",
    "exempt_nationalities",
    "temporary_exemptions",
    "otherwise",
)


def _parse_json(text: str, field: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            field,
            say(
                "is not valid JSON (line {line}, column {column}: {problem})",
                line=exc.lineno,
                column=exc.colno,
                problem=exc.msg,
            ),
        ) from None
    except (ValueError, RecursionError):
        # Nested thousands deep, or a number of thousands of digits: nobody writes rules so.
        raise ValidationError(
            field, say("is nested too deeply or holds too long a number")
        ) from None
    if not isinstance(data, dict):
        raise ValidationError(field, say('must be a JSON object such as {{"countries": {{...}}}}'))
    return data


def _fail(path: str, message: str) -> ValidationError:
    return ValidationError("entry rules", say("{path}: {message}", path=path, message=message))


def _unknown_keys(path: str, data: Mapping[str, Any], allowed: Sequence[str]) -> None:
    for key in data:
        if key not in allowed:
            raise _fail(
                path,
                say(
                    "unknown key '{key}' (expected {allowed})", key=key, allowed=", ".join(allowed)
                ),
            )


def _object(path: str, value: object) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _fail(path, say("must be a JSON object"))
    return value


def _check_shape(data: Mapping[str, Any], *, partial: bool) -> None:
    """Refuse unknown keys and wrong types early, naming where (``countries.US.kind``)."""
    _unknown_keys("(top)", data, _TOP_KEYS)
    if "format" in data and data["format"] != RULES_FORMAT:
        raise _fail("format", say("must be '{format}'", format=RULES_FORMAT))
    if "version" in data and data["version"] != RULES_VERSION:
        raise _fail("version", say("must be {version}", version=RULES_VERSION))
    for name, members in _object("nationality_sets", data.get("nationality_sets", {})).items():
        if not isinstance(members, list):
            raise _fail(f"nationality_sets.{name}", say("must be a list of country codes"))
    _object("default", data.get("default", {}))
    for code, entry in _object("countries", data.get("countries", {})).items():
        path = f"countries.{code}"
        if len(code) != 2 or code.upper() not in _known_countries():
            raise _fail(path, _not_a_country_code(code))
        if entry is None and partial:
            continue  # an override may remove a shipped country (its default then applies)
        _unknown_keys(path, _object(path, entry), _COUNTRY_KEYS)


def _merge(shipped: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """Country by country and key by key: the override replaces what it names, nothing more."""
    _check_shape(override, partial=True)
    merged = copy.deepcopy(dict(shipped))
    sets = merged.setdefault("nationality_sets", {})
    sets.update(copy.deepcopy(override.get("nationality_sets", {})))
    merged.setdefault("default", {}).update(copy.deepcopy(override.get("default", {})))
    countries = merged.setdefault("countries", {})
    for code, entry in override.get("countries", {}).items():
        code = code.upper()
        if entry is None:
            countries.pop(code, None)
        else:
            countries.setdefault(code, {}).update(copy.deepcopy(entry))
    return merged


def _must_be_text() -> str:
    return say("must be text")


MAX_SET_DEPTH = 20  # sets naming sets naming sets...: a few levels are all anyone needs


def _build(data: Mapping[str, Any], overridden: bool) -> EntryRules:
    _check_shape(data, partial=False)
    sets: dict[str, list[Any]] = data.get("nationality_sets", {})

    def nationalities(path: str, value: object, seen: tuple[str, ...] = ()) -> frozenset[str]:
        if not isinstance(value, list):
            raise _fail(path, say("must be a list of country codes (or @SET names)"))
        codes: set[str] = set()
        for item in value:
            if not isinstance(item, str):
                raise _fail(path, say("{item!r} is not a country code", item=item))
            if item.startswith("@"):
                name = item[1:]
                if name not in sets:
                    raise _fail(path, say("'{item}' names no set of nationality_sets", item=item))
                if name in seen:
                    raise _fail(path, say("'{item}' includes itself", item=item))
                if len(seen) >= MAX_SET_DEPTH:
                    raise _fail(
                        path, say("'{item}': sets include each other too deeply", item=item)
                    )
                codes |= nationalities(f"nationality_sets.{name}", sets[name], (*seen, name))
            elif len(item) == 2 and item.upper() in _known_countries():
                codes.add(item.upper())
            else:
                raise _fail(path, _not_a_country_code(item))
        return frozenset(codes)

    def months(path: str, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(path, say("must be a whole number of months"))
        if not 0 <= value <= MAX_PASSPORT_MONTHS:
            raise _fail(
                path,
                say(
                    "{value} is not between 0 and {most} months",
                    value=value,
                    most=MAX_PASSPORT_MONTHS,
                ),
            )
        return value

    def kind(path: str, value: object) -> AuthorisationKind | None:
        if value is None:
            return None
        try:
            if not isinstance(value, str):
                raise ValueError(value)
            return AuthorisationKind(value)
        except ValueError:
            choices = ", ".join(k.value for k in AuthorisationKind)
            raise _fail(
                path,
                say("{value!r} is not one of {choices} (or null)", value=value, choices=choices),
            ) from None

    def note(path: str, value: object) -> str | None:
        if value is not None and not isinstance(value, str):
            raise _fail(path, _must_be_text())
        return value or None

    def authorisation(path: str, value: object) -> AuthorisationRule | None:
        if value is None:
            return None
        entry = _object(path, value)
        _unknown_keys(path, entry, _AUTHORISATION_KEYS)
        required = kind(f"{path}.kind", entry.get("kind"))
        targets = nationalities(f"{path}.for_nationalities", entry.get("for_nationalities", []))
        if targets and required is None:
            raise _fail(f"{path}.kind", say("is needed when for_nationalities is given"))
        label = entry.get("label")
        if label is not None and not isinstance(label, str):
            raise _fail(f"{path}.label", _must_be_text())
        exemptions = []
        for index, exemption in enumerate(entry.get("temporary_exemptions", [])):
            where = f"{path}.temporary_exemptions[{index}]"
            exemption = _object(where, exemption)
            _unknown_keys(where, exemption, ("until", "for_nationalities"))
            try:
                until = date.fromisoformat(str(exemption.get("until")))
            except ValueError:
                raise _fail(f"{where}.until", say("must be a date as YYYY-MM-DD")) from None
            exemptions.append(
                TemporaryExemption(
                    until,
                    nationalities(f"{where}.for_nationalities", exemption.get("for_nationalities")),
                )
            )
        return AuthorisationRule(
            kind=required,
            label=label or (kind_label(required) if required else ""),
            for_nationalities=targets,
            exempt_nationalities=nationalities(
                f"{path}.exempt_nationalities", entry.get("exempt_nationalities", [])
            ),
            temporary_exemptions=tuple(exemptions),
            otherwise=kind(f"{path}.otherwise", entry.get("otherwise")),
        )

    def country_rules(
        code: str, path: str, entry: Mapping[str, Any], fallback: int
    ) -> CountryRules:
        _unknown_keys(path, entry, _COUNTRY_KEYS)
        exceptions = []
        raw_exceptions = entry.get("passport_exceptions", [])
        if not isinstance(raw_exceptions, list):
            raise _fail(f"{path}.passport_exceptions", say("must be a list"))
        for index, exception in enumerate(raw_exceptions):
            where = f"{path}.passport_exceptions[{index}]"
            exception = _object(where, exception)
            _unknown_keys(where, exception, ("months", "for_nationalities"))
            exceptions.append(
                (
                    months(f"{where}.months", exception.get("months")),
                    nationalities(f"{where}.for_nationalities", exception.get("for_nationalities")),
                )
            )
        return CountryRules(
            country=code,
            passport_months_after_return=months(
                f"{path}.passport_months_after_return",
                entry.get("passport_months_after_return", fallback),
            ),
            passport_rule_recorded="passport_months_after_return" in entry,
            passport_exceptions=tuple(exceptions),
            authorisation=authorisation(f"{path}.authorisation", entry.get("authorisation")),
            note=note(f"{path}.note", entry.get("note")),
        )

    default_entry = _object("default", data.get("default", {}))
    default = country_rules("default", "default", default_entry, 6)
    countries = {
        code.upper(): country_rules(
            code.upper(),
            f"countries.{code}",
            _object(f"countries.{code}", entry),
            default.passport_months_after_return,
        )
        for code, entry in data.get("countries", {}).items()
    }
    return EntryRules(default=default, countries=countries, overridden=overridden)
