"""Delegates' entry authorisations (visa, ESTA, eTA) and the destinations' entry rules."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from delegation_app.errors import NotFound, ValidationError
from delegation_app.paths import resource_path
from delegation_app.services.entry import (
    RULES_SETTING,
    RequiredAuthorisation,
    entry_authorisations,
    entry_rules_override_text,
    load_entry_rules,
    remove_entry_authorisation,
    save_entry_rules_override,
    set_entry_authorisation,
    shipped_entry_rules,
)
from delegation_app.services.missions import StopInput, create_mission
from delegation_app.services.people import create_person
from delegation_app.services.roster import add_participant
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    AuthorisationKind,
    AuthorisationState,
    EntryAuthorisation,
    ParticipantRole,
    Setting,
)

ESTA, ETA, VISA = AuthorisationKind.ESTA, AuthorisationKind.ETA, AuthorisationKind.VISA
GRANTED, APPLIED = AuthorisationState.GRANTED, AuthorisationState.APPLIED


def _mission(session: Session, short: str = "miami-2017") -> int:
    return create_mission(
        session,
        title_fr=f"Mission {short}",
        short=short,
        start_date=date(2017, 11, 5),
        end_date=date(2017, 11, 10),
        stops=[StopInput(city="Miami", country="US", zone="America/New_York")],
    ).id


def _delegate(session: Session, mission_id: int, given: str, family: str) -> int:
    person = create_person(session, given_name=given, family_name=family)
    return add_participant(
        session, mission_id=mission_id, person_id=person.id, role=ParticipantRole.BUSINESS_LEADER
    )


@contextmanager
def _counting(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


# --- recording authorisations ---------------------------------------------------------------


def test_set_entry_authorisation_creates_then_updates_the_same_row(db: Database) -> None:
    with db.transaction() as session:
        participant = _delegate(session, _mission(session), "Jean", "Dupont")
        first = set_entry_authorisation(
            session, participant_id=participant, kind=ESTA, country="us", state=APPLIED
        )
        second = set_entry_authorisation(
            session,
            participant_id=participant,
            kind=ESTA,
            country="US",
            state=GRANTED,
            number=" K7PQ2M4X9A1 ",
            expiry=date(2019, 10, 1),
        )
    assert second.id == first.id
    assert (second.country, second.state, second.number, second.expiry) == (
        "US",
        GRANTED,
        "K7PQ2M4X9A1",
        date(2019, 10, 1),
    )
    assert second.masked_number == "…A1"
    with db.reading() as session:
        rows = session.scalars(select(EntryAuthorisation)).all()
        assert [(r.kind, r.country, r.state) for r in rows] == [(ESTA, "US", GRANTED)]


def test_a_visa_and_an_esta_for_the_same_country_are_two_records(db: Database) -> None:
    with db.transaction() as session:
        participant = _delegate(session, _mission(session), "Jean", "Dupont")
        set_entry_authorisation(
            session, participant_id=participant, kind=ESTA, country="US", state=GRANTED
        )
        set_entry_authorisation(
            session, participant_id=participant, kind=VISA, country="US", state=APPLIED
        )
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(EntryAuthorisation)) == 2


def test_an_expiry_in_the_past_is_accepted_for_past_missions(db: Database) -> None:
    with db.transaction() as session:
        participant = _delegate(session, _mission(session), "Jean", "Dupont")
        view = set_entry_authorisation(
            session,
            participant_id=participant,
            kind=ESTA,
            country="US",
            state=GRANTED,
            expiry=date(2016, 1, 1),
        )
    assert view.expiry == date(2016, 1, 1)


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"country": "XX"}, "country", "not a country code"),
        ({"country": "USA"}, "country", "two-letter"),
        ({"country": " "}, "country", "must not be empty"),
        ({"number": "9" * 41}, "number", "longer than 40"),
        ({"kind": "passport"}, "kind", "is not one of visa, esta, eta, other"),
        ({"state": "maybe"}, "state", "is not one of needed, applied, granted, refused"),
        ({"expiry": "2019-10-01"}, "expiry", "must be a date"),
    ],
)
def test_set_entry_authorisation_names_the_bad_field(
    db: Database, changes: dict[str, Any], field: str, words: str
) -> None:
    with db.transaction() as session:
        participant = _delegate(session, _mission(session), "Jean", "Dupont")
    arguments: dict[str, Any] = {"kind": ESTA, "country": "US", "state": GRANTED, **changes}
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        set_entry_authorisation(session, participant_id=participant, **arguments)
    assert caught.value.field == field
    assert words in caught.value.message
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(EntryAuthorisation)) == 0


def test_kind_and_state_may_be_given_as_their_stored_text(db: Database) -> None:
    with db.transaction() as session:
        participant = _delegate(session, _mission(session), "Jean", "Dupont")
        view = set_entry_authorisation(
            session,
            participant_id=participant,
            kind="ETA",  # type: ignore[arg-type]
            country="CA",
            state="granted",  # type: ignore[arg-type]
        )
    assert (view.kind, view.state) == (ETA, GRANTED)


def test_set_entry_authorisation_for_an_unknown_delegate_is_not_found(db: Database) -> None:
    with pytest.raises(NotFound), db.transaction() as session:
        set_entry_authorisation(session, participant_id=999, kind=ESTA, country="US", state=GRANTED)


def test_remove_entry_authorisation(db: Database) -> None:
    with db.transaction() as session:
        participant = _delegate(session, _mission(session), "Jean", "Dupont")
        view = set_entry_authorisation(
            session, participant_id=participant, kind=ESTA, country="US", state=GRANTED
        )
        remove_entry_authorisation(session, view.id)
        with pytest.raises(NotFound):
            remove_entry_authorisation(session, view.id)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(EntryAuthorisation)) == 0


def test_entry_authorisations_lists_every_delegate_of_the_mission_in_one_query(
    db: Database,
) -> None:
    with db.transaction() as session:
        mission = _mission(session)
        other_mission = _mission(session, "tel-aviv-2019")
        ids = [_delegate(session, mission, "Délégué", f"Numéro{n}") for n in range(12)]
        outsider = _delegate(session, other_mission, "Autre", "Mission")
        for participant in ids[:5]:
            set_entry_authorisation(
                session, participant_id=participant, kind=ESTA, country="US", state=GRANTED
            )
        set_entry_authorisation(
            session, participant_id=ids[0], kind=ETA, country="CA", state=APPLIED
        )
        set_entry_authorisation(
            session, participant_id=outsider, kind=ETA, country="IL", state=GRANTED
        )
    with db.reading() as session, _counting(db) as statements:
        result = entry_authorisations(session, mission)
    assert [s.split()[0] for s in statements if s != "BEGIN"] == ["SELECT"]
    assert sorted(result) == sorted(ids)
    assert [(v.country, v.kind) for v in result[ids[0]]] == [("CA", ETA), ("US", ESTA)]
    assert [(v.country, v.kind) for v in result[ids[4]]] == [("US", ESTA)]
    assert result[ids[11]] == []
    assert outsider not in result


# --- the shipped rules ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("destination", "nationality", "expected"),
    [
        ("US", "FR", RequiredAuthorisation(ESTA, "ESTA")),
        ("US", "PL", RequiredAuthorisation(ESTA, "ESTA")),
        ("US", "RO", RequiredAuthorisation(VISA, "visa")),  # designation rescinded in 2025
        ("US", "CN", RequiredAuthorisation(VISA, "visa")),
        ("US", "CA", None),
        ("US", "US", None),
        ("CA", "FR", RequiredAuthorisation(ETA, "eTA")),
        ("CA", "US", None),
        ("GB", "FR", RequiredAuthorisation(ETA, "UK ETA")),
        ("GB", "IE", None),
        ("IL", "DE", RequiredAuthorisation(ETA, "ETA-IL")),
        ("JP", "FR", None),
        ("MA", "FR", None),
        ("MA", "CN", RequiredAuthorisation(VISA, "visa")),
        ("DE", "FR", None),  # no rule recorded: nothing is required
    ],
)
def test_shipped_rules_say_who_needs_what(
    destination: str, nationality: str, expected: RequiredAuthorisation | None
) -> None:
    rules = shipped_entry_rules()
    assert rules.required_authorisation(destination, nationality) == expected


def test_a_temporary_exemption_applies_until_its_date() -> None:
    rules = shipped_entry_rules()
    assert rules.required_authorisation("KR", "FR", on=date(2026, 12, 1)) is None
    assert rules.required_authorisation("KR", "FR", on=date(2027, 3, 1)) == (
        RequiredAuthorisation(ETA, "K-ETA")
    )


def test_shipped_passport_rules() -> None:
    rules = shipped_entry_rules()
    assert rules.passport_months("US", "FR") == 0  # the "six-month club"
    assert rules.passport_months("US", "CN") == 6
    assert rules.passport_months("IL", "FR") == 6
    assert rules.passport_months("CA", "FR") == 0
    assert rules.passport_months("ZA", "FR") == 6  # no rule recorded: the default


def test_the_shipped_file_names_its_sources_and_a_readme_explains_it() -> None:
    data = json.loads(resource_path("rules", "entry_rules.json").read_text(encoding="utf-8"))
    assert data["format"] == "delegation-entry-rules"
    assert {source.split(":")[0] for source in data["sources"]} >= set(data["countries"])
    readme = resource_path("rules", "README.md").read_text(encoding="utf-8")
    assert "consulate" in readme


# --- the coordinators' override -------------------------------------------------------------


def test_without_override_the_shipped_rules_apply(db: Database) -> None:
    with db.reading() as session:
        rules = load_entry_rules(session)
        assert entry_rules_override_text(session) is None
    assert not rules.overridden
    assert rules == shipped_entry_rules()


def test_an_override_is_merged_key_by_key_over_the_shipped_rules(db: Database) -> None:
    override = {
        "countries": {
            "US": {"passport_months_after_return": 3},
            "DE": {"passport_months_after_return": 0},
            "JP": None,
        },
        "default": {"passport_months_after_return": 4},
    }
    with db.transaction() as session:
        save_entry_rules_override(session, json.dumps(override))
    with db.reading() as session:
        rules = load_entry_rules(session)
    assert rules.overridden
    assert rules.passport_months("US", "CN") == 3
    assert rules.passport_months("US", "FR") == 0  # the shipped exception is kept
    assert rules.required_authorisation("US", "FR") == RequiredAuthorisation(ESTA, "ESTA")
    assert rules.passport_months("DE", "FR") == 0
    assert rules.passport_months("JP", "FR") == 4  # removed: the default applies
    assert rules.required_authorisation("JP", "CN") is None
    assert rules.passport_months("ZA", "FR") == 4


def test_an_override_may_define_its_own_nationality_sets(db: Database) -> None:
    override = {
        "nationality_sets": {"PARTNERS": ["FR", "DE"]},
        "countries": {
            "AE": {"authorisation": {"kind": "visa", "for_nationalities": ["@PARTNERS"]}}
        },
    }
    with db.transaction() as session:
        rules = save_entry_rules_override(session, json.dumps(override))
    assert rules.required_authorisation("AE", "DE") == RequiredAuthorisation(VISA, "visa")
    assert rules.required_authorisation("AE", "IT") is None


def test_blank_text_removes_the_override(db: Database) -> None:
    with db.transaction() as session:
        save_entry_rules_override(session, '{"countries": {"US": {"authorisation": null}}}')
    with db.transaction() as session:
        assert load_entry_rules(session).required_authorisation("US", "FR") is None
        rules = save_entry_rules_override(session, "   ")
    assert rules.required_authorisation("US", "FR") == RequiredAuthorisation(ESTA, "ESTA")
    with db.reading() as session:
        assert session.get(Setting, RULES_SETTING) is None
        assert not load_entry_rules(session).overridden


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"countries": {"US": ', "is not valid JSON (line 1"),
        ("[1, 2]", "must be a JSON object"),
        ('{"country": {}}', "(top): unknown key 'country'"),
        ('{"countries": {"USA": {}}}', "countries.USA: 'USA' is not a two-letter"),
        ('{"countries": {"US": {"months": 3}}}', "countries.US: unknown key 'months'"),
        (
            '{"countries": {"US": {"passport_months_after_return": -1}}}',
            "countries.US.passport_months_after_return: -1 is not between 0 and 24",
        ),
        (
            '{"countries": {"US": {"passport_months_after_return": "six"}}}',
            "countries.US.passport_months_after_return: must be a whole number",
        ),
        (
            '{"countries": {"US": {"authorisation": {"kind": "passport"}}}}',
            "countries.US.authorisation.kind: 'passport' is not one of",
        ),
        (
            '{"countries": {"US": {"authorisation": {"kind": "esta", '
            '"for_nationalities": ["@NOPE"]}}}}',
            "'@NOPE' names no set",
        ),
        (
            '{"countries": {"US": {"authorisation": {"for_nationalities": ["FR"]}}}}',
            "countries.US.authorisation.kind: is needed",
        ),
        (
            '{"countries": {"FR": {"authorisation": {"exempt_nationalities": ["XX"]}}}}',
            "countries.FR.authorisation.exempt_nationalities: 'XX' is not",
        ),
    ],
)
def test_a_bad_override_is_refused_naming_where(db: Database, text: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        save_entry_rules_override(session, text)
    assert caught.value.field == "entry rules"
    assert words in caught.value.message
    with db.reading() as session:
        assert session.get(Setting, RULES_SETTING) is None


def test_a_stored_override_that_no_longer_fits_is_set_aside_and_reported(db: Database) -> None:
    with db.transaction() as session:
        session.add(Setting(key=RULES_SETTING, value='{"countries": {"US": {"visa": true}}}'))
    with db.reading() as session:
        rules = load_entry_rules(session)
    assert not rules.overridden
    assert rules.override_problem is not None
    assert "countries.US: unknown key 'visa'" in rules.override_problem
    assert rules.required_authorisation("US", "FR") == RequiredAuthorisation(ESTA, "ESTA")
