"""One delegate's record edited in a form, and many delegates' groups changed at once: the
checks (by field, several at once), what an undo needs, and personal data kept out of sight."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, select

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.services.entry import set_entry_authorisation
from delegation_app.services.missions import StopInput, create_mission
from delegation_app.services.people import (
    InvalidField,
    create_organisation,
    create_person,
    mask_number,
    normalise_phone,
)
from delegation_app.services.roster import (
    AuthorisationInput,
    add_participant,
    create_group,
    delegate_detail,
    delegate_problems,
    delete_group,
    list_roster,
    memberships,
    set_groups,
    set_memberships,
    update_delegate,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    AuthorisationKind,
    AuthorisationState,
    EntryAuthorisation,
    ParticipantRole,
    ParticipantStatus,
    Person,
)

PASSPORT = "17FR48213"
TODAY = date(2026, 11, 22)


@dataclass(frozen=True)
class Mission:
    id: int
    groups: dict[str, int]
    delegates: dict[str, int]  # participant ids by given name


def _mission(db: Database, short: str = "miami-2017", home_country: str = "FR") -> Mission:
    with db.transaction() as session:
        mission = create_mission(
            session,
            title_fr=f"Mission {short}",
            short=short,
            start_date=date(2017, 11, 5),
            end_date=date(2017, 11, 10),
            home_country=home_country,
            stops=[StopInput(city="Miami", country="US", zone="America/New_York")],
        )
        groups = {
            name: create_group(session, mission.id, name).id
            for name in ("Official party", "Business leaders", "Press")
        }
        organisation = create_organisation(session, name=f"Provence Promotion {short}")
        delegates = {}
        for given, family in (("Hélène", "Durand"), ("Zoé", "Abadie"), ("Marc", "Zerbib")):
            person = create_person(
                session,
                given_name=given,
                family_name=f"{family} {short}",
                organisation_id=organisation.id,
                passport_number=PASSPORT if given == "Hélène" else None,
                passport_expiry=date(2026, 3, 1) if given == "Hélène" else None,
                birth_date=date(1971, 4, 12) if given == "Hélène" else None,
            )
            delegates[given] = add_participant(
                session,
                mission_id=mission.id,
                person_id=person.id,
                role=ParticipantRole.BUSINESS_LEADER,
                group_ids=[groups["Business leaders"]],
            )
    return Mission(mission.id, groups, delegates)


@pytest.fixture
def miami(db: Database) -> Mission:
    return _mission(db)


def _edit(db: Database, participant_id: int, **changes: Any) -> Any:
    with db.transaction() as session:
        return update_delegate(session, participant_id, changes, today=TODAY)


def _person_row(db: Database, participant_id: int) -> dict[str, Any]:
    with db.reading() as session:
        detail = delegate_detail(session, participant_id, reveal=True)
        return {
            "job_title": detail.job_title,
            "phone": detail.phone,
            "email": detail.email,
            "passport_number": detail.passport_number,
            "status": detail.status,
            "status_changed_on": detail.status_changed_on,
        }


# --- reading --------------------------------------------------------------------------------


def test_detail_masks_the_passport_number_unless_revealed(db: Database, miami: Mission) -> None:
    with db.reading() as session:
        masked = delegate_detail(session, miami.delegates["Hélène"])
        revealed = delegate_detail(session, miami.delegates["Hélène"], reveal=True)
        without = delegate_detail(session, miami.delegates["Zoé"])

    assert masked.passport_number is None
    assert masked.passport_masked == "•••• 8213"
    assert masked.has_passport and not masked.revealed
    assert PASSPORT not in repr(masked)
    assert "passport_number" not in masked.values()
    assert revealed.passport_number == PASSPORT
    assert PASSPORT not in repr(revealed)  # a detail printed to a log says nothing
    assert revealed.values()["passport_number"] == PASSPORT
    assert without.passport_masked is None and not without.has_passport
    assert masked.organisation == "Provence Promotion miami-2017"
    assert masked.group_ids == (miami.groups["Business leaders"],)
    assert masked.home_country == "FR"


def test_detail_is_read_in_a_few_queries(db: Database, miami: Mission) -> None:
    with _counting(db) as statements, db.reading() as session:
        delegate_detail(session, miami.delegates["Hélène"])
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 3


def test_mask_number_keeps_the_last_four_characters_of_long_numbers_only() -> None:
    assert mask_number("17FR48213") == "•••• 8213"
    assert mask_number("AB1234") == "••••"
    assert mask_number(None) is None


# --- editing one delegate -------------------------------------------------------------------


def test_update_reads_a_national_phone_in_the_mission_s_home_country(
    db: Database, miami: Mission
) -> None:
    update = _edit(
        db, miami.delegates["Zoé"], job_title="  Directrice générale ", phone="06 12 34 56 78"
    )
    assert update.detail.job_title == "Directrice générale"
    assert update.detail.phone == "+33612345678"
    assert update.previous == {"job_title": None, "phone": None}
    assert set(update.changed) == {"job_title", "phone"}
    with db.reading() as session:
        entry = next(e for e in list_roster(session, miami.id) if e.given_name == "Zoé")
    assert (entry.job_title, entry.phone) == ("Directrice générale", "+33612345678")

    # The previous values, given back, are the undo.
    undo = _edit(db, miami.delegates["Zoé"], **update.previous)
    assert _person_row(db, miami.delegates["Zoé"])["phone"] is None
    assert undo.previous == {"job_title": "Directrice générale", "phone": "+33612345678"}


def test_phone_default_region_follows_the_mission(db: Database) -> None:
    toronto = _mission(db, "toronto-2019", home_country="CA")
    update = _edit(db, toronto.delegates["Marc"], phone="(416) 555-0199")
    assert update.detail.phone == "+14165550199"
    # An international number is read as written, whatever the home country.
    assert _edit(db, toronto.delegates["Marc"], phone="00 33 6 12 34 56 78").detail.phone == (
        "+33612345678"
    )


def test_normalise_phone_refuses_what_is_no_number() -> None:
    with pytest.raises(InvalidField) as caught:
        normalise_phone("06 12", "FR")
    assert caught.value.field == "phone" and caught.value.reason == "phone_region"
    with pytest.raises(InvalidField) as caught:
        normalise_phone("call me", "FR")
    assert caught.value.reason == "phone"


def test_unchanged_values_change_nothing(db: Database, miami: Mission) -> None:
    with db.reading() as session:
        detail = delegate_detail(session, miami.delegates["Hélène"])
    update = _edit(db, miami.delegates["Hélène"], **detail.values())
    assert update.previous == {} and update.changed == ()


@pytest.mark.parametrize("email", ["helene", "helene@", "hélène durand@provence.fr", "a@b"])
def test_a_bad_email_is_refused_by_name_and_nothing_is_written(
    db: Database, miami: Mission, email: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        _edit(db, miami.delegates["Zoé"], job_title="CEO", email=email)
    assert caught.value.field == "e-mail"
    assert isinstance(caught.value, InvalidField) and caught.value.key == "email"
    assert _person_row(db, miami.delegates["Zoé"])["job_title"] is None


def test_problems_lists_every_wrong_field_at_once_in_the_order_given(
    db: Database, miami: Mission
) -> None:
    with db.reading() as session:
        problems = delegate_problems(
            session,
            miami.delegates["Zoé"],
            {
                "given_name": " ",
                "email": "zoe@",
                "phone": "12",
                "nationality": "XX",
                "birth_date": date(2030, 1, 1),
                "job_title": "x" * 201,
                "booklet_language": "de",
                "group_ids": [999],
                "capacity": "Présidente",
            },
            today=TODAY,
        )
    assert [(p.key, p.reason) for p in problems] == [
        ("given_name", "required"),
        ("email", "email"),
        ("phone", "phone_region"),
        ("nationality", "country"),
        ("birth_date", "date_not_past"),
        ("job_title", "too_long"),
        ("booklet_language", "language"),
        ("group_ids", "groups"),
    ]
    assert problems[5].params == {"limit": 200}
    assert str(problems[3]) == "nationality: 'XX' is not a country code (ISO 3166-1)"


def test_country_codes_are_upper_cased(db: Database, miami: Mission) -> None:
    update = _edit(db, miami.delegates["Zoé"], nationality="fr", passport_country=" us")
    assert (update.detail.nationality, update.detail.passport_country) == ("FR", "US")


def test_a_birth_date_before_1900_is_taken_for_a_slip(db: Database, miami: Mission) -> None:
    with pytest.raises(InvalidField) as caught:
        _edit(db, miami.delegates["Zoé"], birth_date=date(1871, 4, 12))
    assert caught.value.reason == "date_too_old"


def test_passport_expiry_must_follow_the_birth_date_and_need_a_number(
    db: Database, miami: Mission
) -> None:
    with pytest.raises(InvalidField) as caught:
        _edit(db, miami.delegates["Hélène"], passport_expiry=date(1970, 1, 1))
    assert (caught.value.key, caught.value.reason) == ("passport_expiry", "expiry_before_birth")
    with pytest.raises(InvalidField) as caught:
        _edit(db, miami.delegates["Zoé"], passport_expiry=date(2030, 1, 1))
    assert caught.value.reason == "expiry_without_passport"
    with pytest.raises(InvalidField) as caught:  # clearing the number, the expiry left behind
        _edit(db, miami.delegates["Hélène"], passport_number="")
    assert caught.value.reason == "expiry_without_passport"


def test_passport_numbers_never_appear_in_errors_nor_logs(
    db: Database, miami: Mission, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "ZX9!87654"
    caplog.set_level(logging.DEBUG)
    with pytest.raises(InvalidField) as caught:
        _edit(db, miami.delegates["Zoé"], passport_number=secret)
    assert caught.value.reason == "passport"
    assert secret not in str(caught.value) and secret not in repr(caught.value.args)
    update = _edit(db, miami.delegates["Zoé"], passport_number="ab 12 34 567")
    assert update.detail.passport_number is None
    assert update.detail.passport_masked == "•••• 4567"
    assert "AB1234567" not in repr(update)
    assert "AB1234567" not in caplog.text and secret not in caplog.text


def test_status_change_is_dated_and_its_undo_gives_the_old_date_back(
    db: Database, miami: Mission
) -> None:
    participant_id = miami.delegates["Marc"]
    update = _edit(db, participant_id, status="confirmed")
    assert update.detail.status == ParticipantStatus.CONFIRMED
    assert update.detail.status_changed_on == date.today()
    assert update.previous == {"status": ParticipantStatus.REGISTERED, "status_changed_on": None}
    _edit(db, participant_id, **update.previous)
    assert _person_row(db, participant_id)["status"] == ParticipantStatus.REGISTERED
    assert _person_row(db, participant_id)["status_changed_on"] is None


def test_role_groups_booklet_language_and_mission_fields(db: Database, miami: Mission) -> None:
    participant_id = miami.delegates["Hélène"]
    update = _edit(
        db,
        participant_id,
        role="staff",
        group_ids=[miami.groups["Press"], miami.groups["Official party"]],
        booklet_language="en",
        capacity="Head of delegation",
        contact_role="Coordinator",
        arrival_notes="Arrives the day before",
    )
    detail = update.detail
    assert detail.role == ParticipantRole.STAFF
    assert detail.group_ids == (miami.groups["Official party"], miami.groups["Press"])
    assert (detail.booklet_language, detail.effective_language) == ("en", "en")
    assert detail.contact_role == "Coordinator"
    assert update.previous["group_ids"] == (miami.groups["Business leaders"],)
    _edit(db, participant_id, **update.previous)
    with db.reading() as session:
        back = delegate_detail(session, participant_id)
    assert back.group_ids == (miami.groups["Business leaders"],)
    assert (back.booklet_language, back.role) == (None, ParticipantRole.BUSINESS_LEADER)


def test_a_group_of_another_mission_and_unknown_fields_are_refused(
    db: Database, miami: Mission
) -> None:
    other = _mission(db, "toronto-2019")
    with pytest.raises(InvalidField) as caught:
        _edit(db, miami.delegates["Zoé"], group_ids=[other.groups["Press"]])
    assert caught.value.field == "groups"
    with pytest.raises(InvalidField) as caught:
        _edit(db, miami.delegates["Zoé"], shoe_size="42")
    assert caught.value.reason == "unknown"
    with pytest.raises(NotFound):
        _edit(db, 9999, job_title="CEO")


def test_an_organisation_must_exist(db: Database, miami: Mission) -> None:
    with pytest.raises(InvalidField) as caught:
        _edit(db, miami.delegates["Zoé"], organisation_id=9999)
    assert caught.value.field == "organisation"


def test_the_person_is_shared_with_other_missions(db: Database, miami: Mission) -> None:
    """Fields of the person (not of this mission's participant) change everywhere."""
    with db.transaction() as session:
        person_id = delegate_detail(session, miami.delegates["Zoé"]).person_id
        toronto = create_mission(
            session,
            title_fr="Toronto",
            short="toronto",
            start_date=date(2019, 7, 8),
            end_date=date(2019, 7, 12),
            stops=[StopInput(city="Toronto", country="CA", zone="America/Toronto")],
        )
        add_participant(
            session, mission_id=toronto.id, person_id=person_id, role=ParticipantRole.GUEST
        )
    _edit(db, miami.delegates["Zoé"], job_title="CEO", capacity="Speaker")
    with db.reading() as session:
        [entry] = list_roster(session, toronto.id)
    assert (entry.job_title, entry.capacity, entry.role) == ("CEO", None, ParticipantRole.GUEST)


# --- entry authorisations -------------------------------------------------------------------


def test_authorisations_are_added_kept_masked_and_removed_with_undo(
    db: Database, miami: Mission
) -> None:
    participant_id = miami.delegates["Hélène"]
    with db.transaction() as session:
        esta = set_entry_authorisation(
            session,
            participant_id=participant_id,
            kind=AuthorisationKind.ESTA,
            country="US",
            state=AuthorisationState.GRANTED,
            number="A1B2C3D4E5",
            expiry=date(2019, 5, 1),
        )
        detail = delegate_detail(session, participant_id)
    [shown] = detail.entry_authorisations
    assert shown.number is None and shown.masked_number == "•••• D4E5"

    # The form never revealed the number: the state changes, the number stays.
    kept = shown.as_input(revealed=False)
    assert kept.keep_number
    changed = AuthorisationInput(
        kind=kept.kind,
        country=kept.country,
        state=AuthorisationState.REFUSED,
        expiry=kept.expiry,
        id=kept.id,
        keep_number=True,
    )
    visa = AuthorisationInput(AuthorisationKind.VISA, "us", AuthorisationState.APPLIED)
    update = _edit(db, participant_id, entry_authorisations=[changed, visa])
    assert [(a.kind, a.state, a.masked_number) for a in update.detail.entry_authorisations] == [
        (AuthorisationKind.ESTA, AuthorisationState.REFUSED, "•••• D4E5"),
        (AuthorisationKind.VISA, AuthorisationState.APPLIED, None),
    ]

    # Removing every one, then undoing, brings the ESTA back with its id and number.
    removal = _edit(db, participant_id, entry_authorisations=[])
    with db.reading() as session:
        assert session.scalars(select(EntryAuthorisation)).all() == []
    _edit(db, participant_id, **removal.previous)
    with db.reading() as session:
        back = delegate_detail(session, participant_id, reveal=True).entry_authorisations
    assert [(a.kind, a.number) for a in back] == [
        (AuthorisationKind.ESTA, "A1B2C3D4E5"),
        (AuthorisationKind.VISA, None),
    ]
    assert back[0].id == esta.id


def test_authorisations_refuse_a_duplicate_and_a_bad_country(db: Database, miami: Mission) -> None:
    esta = AuthorisationInput(AuthorisationKind.ESTA, "US", AuthorisationState.NEEDED)
    with pytest.raises(InvalidField) as caught:
        _edit(db, miami.delegates["Zoé"], entry_authorisations=[esta, esta])
    assert (caught.value.reason, caught.value.params["row"]) == ("duplicate", 1)
    with pytest.raises(InvalidField) as caught:
        _edit(
            db,
            miami.delegates["Zoé"],
            entry_authorisations=[AuthorisationInput(AuthorisationKind.ESTA, "XX")],
        )
    assert caught.value.reason == "country"


# --- groups of many delegates ---------------------------------------------------------------


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


def test_set_groups_adds_and_removes_many_delegates_and_returns_what_undo_needs(
    db: Database, miami: Mission
) -> None:
    ids = list(miami.delegates.values())
    press, business = miami.groups["Press"], miami.groups["Business leaders"]
    _edit(db, miami.delegates["Marc"], group_ids=[press, business])
    with _counting(db) as statements, db.transaction() as session:
        previous = set_groups(session, ids, add=[press], remove=[business])
    assert len(statements) <= 8  # a few statements, whatever the number of delegates
    assert previous == {
        miami.delegates["Hélène"]: (business,),
        miami.delegates["Zoé"]: (business,),
        miami.delegates["Marc"]: (business, press),
    }
    with db.reading() as session:
        assert memberships(session, ids) == dict.fromkeys(ids, (press,))
        assert {e.groups for e in list_roster(session, miami.id)} == {("Press",)}
    with db.transaction() as session:
        set_memberships(session, previous)
    with db.reading() as session:
        assert memberships(session, ids) == previous


def test_set_groups_refuses_mixed_missions_foreign_groups_and_contradictions(
    db: Database, miami: Mission
) -> None:
    other = _mission(db, "toronto-2019")
    press = miami.groups["Press"]
    with pytest.raises(ValidationError), db.transaction() as session:
        set_groups(session, [miami.delegates["Zoé"], other.delegates["Zoé"]], add=[press])
    with pytest.raises(ValidationError), db.transaction() as session:
        set_groups(session, [miami.delegates["Zoé"]], add=[other.groups["Press"]])
    with pytest.raises(ValidationError), db.transaction() as session:
        set_groups(session, [miami.delegates["Zoé"]], add=[press], remove=[press])
    with pytest.raises(NotFound), db.transaction() as session:
        set_groups(session, [9999], add=[press])


def test_delete_group_only_removes_an_empty_group(db: Database, miami: Mission) -> None:
    with pytest.raises(Conflict), db.transaction() as session:
        delete_group(session, miami.groups["Business leaders"])
    with db.transaction() as session:
        assert delete_group(session, miami.groups["Press"]).name == "Press"
        with pytest.raises(NotFound):
            delete_group(session, miami.groups["Press"])


def test_emergency_contact_and_needs_are_stored(db: Database, miami: Mission) -> None:
    participant_id = miami.delegates["Zoé"]
    _edit(
        db,
        participant_id,
        emergency_contact="Paul Abadie +33 6 11 22 33 44",
        dietary_needs="Vegetarian",
        mobility_needs="Wheelchair",
    )
    with db.reading() as session:
        person = session.scalars(select(Person).where(Person.given_name == "Zoé")).one()
        assert (person.dietary_needs, person.mobility_needs) == ("Vegetarian", "Wheelchair")
        assert person.emergency_contact == "Paul Abadie +33 6 11 22 33 44"


# --- status history and spoken languages ---------------------------------------------------


def test_status_history_keeps_each_change_with_its_from_to_and_when(
    db: Database, miami: Mission
) -> None:
    from delegation_app.services.roster import login_name, set_participant_status, status_history

    participant_id = miami.delegates["Marc"]
    _edit(db, participant_id, status="confirmed")
    with db.transaction() as session:
        set_participant_status(session, participant_id, ParticipantStatus.CANCELLED)
        set_participant_status(session, participant_id, ParticipantStatus.CANCELLED)  # no step
    with db.reading() as session:
        history = status_history(session, participant_id)
        other = status_history(session, miami.delegates["Zoé"])
    assert [(h.from_status, h.to_status) for h in history] == [
        (None, ParticipantStatus.REGISTERED),
        (ParticipantStatus.REGISTERED, ParticipantStatus.CONFIRMED),
        (ParticipantStatus.CONFIRMED, ParticipantStatus.CANCELLED),
    ]
    assert [h.changed_at for h in history] == sorted(h.changed_at for h in history)
    assert all(h.changed_by == login_name() for h in history)
    assert [(h.from_status, h.to_status) for h in other] == [(None, ParticipantStatus.REGISTERED)]


def test_spoken_languages_are_read_as_names_and_kept_as_codes(db: Database, miami: Mission) -> None:
    from delegation_app.services.languages import language_names

    participant_id = miami.delegates["Zoé"]
    update = _edit(db, participant_id, languages="Français, anglais et espagnol")
    assert update.detail.languages == "fr;en;es"
    assert language_names(update.detail.languages, "en") == "French, English, Spanish"
    assert update.previous == {"languages": None}
    with pytest.raises(ValidationError) as refused:
        _edit(db, participant_id, languages="français, elfique")
    assert "'elfique' is not a language" in str(refused.value)
    with db.reading() as session:
        assert delegate_detail(session, participant_id).languages == "fr;en;es"
