"""Editing an agreement after it was recorded: its fields, its parties (organisations typed by
name made on the way), its signatories; deleting one nothing refers to, and putting it back."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete as sql_delete
from sqlalchemy import func, select

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.services import people
from delegation_app.services.agreement_documents import add_document_version
from delegation_app.services.agreement_editing import (
    AgreementForm,
    PartyEntry,
    SignatoryEntry,
    agreement_choices,
    create_from_form,
    delete_agreement,
    edit_agreement,
    restore_agreement,
)
from delegation_app.services.agreements import (
    AgreementChanges,
    PartyInput,
    change_status,
    get_agreement,
    list_agreements,
    parse_kind,
    set_parties,
    update_agreement,
)
from delegation_app.services.commitments import create_commitment
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Organisation,
    OrganisationKind,
)
from tests.core.test_agreements import Setup, _build, _create


@pytest.fixture
def setup(db: Database) -> Setup:
    with db.transaction() as session:
        return _build(session)


@pytest.fixture
def agreement(db: Database, setup: Setup) -> int:
    with db.transaction() as session:
        return _create(session, setup).id


def _changes(db: Database, agreement_id: int) -> AgreementChanges:
    with db.reading() as session:
        return AgreementChanges.of(get_agreement(session, agreement_id))


def _organisations(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count(Organisation.id))) or 0


# --- the agreement's own fields ---------------------------------------------------------------


def test_update_writes_titles_kind_dates_notice_and_domains(db: Database, agreement: int) -> None:
    changes = replace(
        _changes(db, agreement),
        title_fr="Accord de jumelage (version finale)",
        title_en="Sister agreement (final)",
        kind=AgreementKind.MEMORANDUM,
        signing_date=date(2017, 11, 6),
        signing_place="Miami-Dade County Hall",
        effective_date=date(2017, 11, 6),
        end_date=date(2022, 11, 5),
        renewal_notice_days=180,
        domains=("trade", "culture", "ports"),
        notes="Texte relu par le service juridique",
    )
    with db.transaction() as session:
        update_agreement(session, agreement, changes)
    with db.reading() as session:
        view = get_agreement(session, agreement)
    assert AgreementChanges.of(view) == changes
    assert view.status == AgreementStatus.DRAFT  # a status changes only through its history
    assert len(view.history) == 1


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title_fr": "  "}, "title"),
        ({"effective_date": date(2018, 1, 1), "end_date": date(2017, 12, 31)}, "end date"),
        ({"renewal_notice_days": -5}, "renewal notice"),
        ({"domains": ("trade;culture",)}, "domain"),
    ],
)
def test_a_bad_change_names_its_field_and_writes_nothing(
    db: Database, agreement: int, fields: dict[str, object], field: str
) -> None:
    before = _changes(db, agreement)
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        update_agreement(session, agreement, replace(before, **fields))  # type: ignore[arg-type]
    assert error.value.field == field
    assert _changes(db, agreement) == before


def test_the_signing_ceremony_must_be_a_signing_of_the_same_mission(
    db: Database, setup: Setup, agreement: int
) -> None:
    before = _changes(db, agreement)
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        update_agreement(session, agreement, replace(before, signing_item_id=setup.reception_item))
    assert error.value.field == "signing item"
    assert "not a signing" in error.value.message
    with db.transaction() as session:
        other = people.create_organisation(session, name="Autre", kind=OrganisationKind.OTHER)
        assert other.id
    with pytest.raises(NotFound), db.transaction() as session:
        update_agreement(session, agreement, replace(before, mission_id=999))


def test_choosing_the_ceremony_gives_the_signing_day(
    db: Database, setup: Setup, agreement: int
) -> None:
    with db.transaction() as session:
        view = update_agreement(
            session, agreement, replace(_changes(db, agreement), signing_item_id=setup.signing_item)
        )
    assert view.signing_date == date(2017, 11, 6)
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        update_agreement(
            session, agreement, replace(AgreementChanges.of(view), signing_date=date(2017, 11, 8))
        )
    assert error.value.field == "signing date"


def test_a_signed_agreement_keeps_its_signing_date(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        signed = _create(
            session, setup, status=AgreementStatus.SIGNED, signing_date=date(2017, 11, 6)
        )
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        update_agreement(
            session, signed.id, replace(AgreementChanges.of(signed), signing_date=None)
        )
    assert error.value.field == "signing date"
    assert "signed" in error.value.message


# --- parties --------------------------------------------------------------------------------


def test_set_parties_keeps_the_signatories_of_parties_still_listed(
    db: Database, setup: Setup, agreement: int
) -> None:
    with db.transaction() as session:
        view = set_parties(
            session,
            agreement,
            [
                PartyInput(setup.metropole, 1),
                PartyInput(setup.county, 2),
                PartyInput(setup.port, 2),
            ],
        )
    assert [(p.organisation, p.side) for p in view.parties] == [
        ("Métropole Aix-Marseille-Provence", 1),
        ("Miami-Dade County", 2),
        ("PortMiami", 2),
    ]
    assert len(view.signatories) == 3


def test_a_party_with_a_signatory_or_a_commitment_is_not_dropped(
    db: Database, setup: Setup, agreement: int
) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        set_parties(session, agreement, [PartyInput(setup.metropole, 1), PartyInput(setup.port, 2)])
    assert error.value.field == "parties"
    assert "Miami-Dade County still has a signatory" in error.value.message
    with db.transaction() as session:
        set_parties(
            session,
            agreement,
            [
                PartyInput(setup.metropole, 1),
                PartyInput(setup.county, 2),
                PartyInput(setup.port, 2),
            ],
        )
        create_commitment(session, agreement, description="Escale", organisation_id=setup.port)
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        set_parties(
            session, agreement, [PartyInput(setup.metropole, 1), PartyInput(setup.county, 2)]
        )
    assert "a commitment names PortMiami" in error.value.message
    with db.reading() as session:
        assert len(get_agreement(session, agreement).parties) == 3


def test_parties_need_both_sides(db: Database, setup: Setup, agreement: int) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        set_parties(
            session, agreement, [PartyInput(setup.metropole, 1), PartyInput(setup.county, 1)]
        )
    assert error.value.field == "parties"


# --- the form: new organisations, signatories, in one step -----------------------------------


def _form(setup: Setup, *parties: PartyEntry, **changes: object) -> AgreementForm:
    fields: dict[str, object] = {
        "title_fr": "Accord de coopération avec Québec",
        "title_en": "Cooperation agreement with Québec City",
        "kind": AgreementKind.COOPERATION,
        "mission_id": setup.mission_id,
    }
    fields.update(changes)
    return AgreementForm(
        changes=AgreementChanges(**fields),  # type: ignore[arg-type]
        parties=parties or (PartyEntry(1, setup.metropole), PartyEntry(2, setup.county)),
    )


def test_a_new_agreement_with_a_party_typed_by_name_makes_the_organisation(
    db: Database, setup: Setup
) -> None:
    before = _organisations(db)
    form = _form(
        setup,
        PartyEntry(1, setup.metropole),
        PartyEntry(2, new=people.NewOrganisation("Ville de Québec", country="CA")),
    )
    form = replace(form, signatories=(SignatoryEntry(setup.gaudin, 0, "Président"),))
    with db.transaction() as session:
        view = create_from_form(session, form, changed_by="ri")
    assert _organisations(db) == before + 1
    assert [(p.organisation, p.country, p.side) for p in view.parties] == [
        ("Métropole Aix-Marseille-Provence", None, 1),
        ("Ville de Québec", "CA", 2),
    ]
    assert [(s.name, s.organisation) for s in view.signatories] == [
        ("Jean-Claude Gaudin", "Métropole Aix-Marseille-Provence")
    ]
    assert (view.status, view.history[0].changed_by) == (AgreementStatus.DRAFT, "ri")
    # its short name comes from the parties and its mission's year
    assert view.short.endswith("-2017") and "quebec" in view.short
    with db.transaction() as session:
        again = create_from_form(session, form)
    assert again.short == view.short + "-2"
    # the same name typed again (other case, no accent) is the same organisation
    assert {p.organisation_id for p in again.parties} == {p.organisation_id for p in view.parties}
    assert _organisations(db) == before + 1


def test_a_refused_form_leaves_no_organisation_behind(db: Database, setup: Setup) -> None:
    before = _organisations(db)
    form = _form(
        setup,
        PartyEntry(1, setup.metropole),
        PartyEntry(2, new=people.NewOrganisation("Ville de Québec", country="CA")),
        end_date=date(2017, 1, 1),
        effective_date=date(2018, 1, 1),
    )
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        create_from_form(session, form)
    assert error.value.field == "end date"
    assert _organisations(db) == before
    with db.reading() as session:
        assert list_agreements(session) == []


def test_a_signed_agreement_made_from_a_form_needs_its_date_and_signatory(
    db: Database, setup: Setup
) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        create_from_form(
            session, _form(setup, signing_date=date(2015, 6, 15)), status=AgreementStatus.IN_FORCE
        )
    assert error.value.field == "signatories"


def test_editing_moves_a_signatory_to_a_new_party_and_drops_the_old_one_at_once(
    db: Database, setup: Setup, agreement: int
) -> None:
    with db.reading() as session:
        form = AgreementForm.of(get_agreement(session, agreement))
    # Miami-Dade County gives way to PortMiami; its commissioner now signs for the port.
    parties = (form.parties[0], PartyEntry(2, setup.port))
    signatories = tuple(
        replace(s, party=1) if s.person_id == setup.commissioner else s for s in form.signatories
    )
    changed = replace(
        form,
        changes=replace(form.changes, title_en="Agreement with PortMiami"),
        parties=parties,
        signatories=signatories,
    )
    with db.transaction() as session:
        view = edit_agreement(session, agreement, changed)
    assert [p.organisation for p in view.parties] == [
        "Métropole Aix-Marseille-Provence",
        "PortMiami",
    ]
    assert [(s.name, s.organisation) for s in view.signatories][-1] == (
        "Carmen Ibáñez-Rivera",
        "PortMiami",
    )
    assert view.title_en == "Agreement with PortMiami"
    # and back, as undo does
    with db.transaction() as session:
        back = edit_agreement(session, agreement, form)
    assert AgreementForm.of(back) == form


def test_a_form_of_an_agreement_reads_back_the_same(db: Database, agreement: int) -> None:
    with db.reading() as session:
        view = get_agreement(session, agreement)
    with db.transaction() as session:
        again = edit_agreement(session, agreement, AgreementForm.of(view))
    assert again == view


# --- delete and restore (undoing a creation) -------------------------------------------------


def test_delete_then_restore_gives_back_the_same_agreement(db: Database, agreement: int) -> None:
    with db.transaction() as session:
        deleted = delete_agreement(session, agreement)
    with db.reading() as session:
        assert list_agreements(session) == []
    with db.transaction() as session:
        restored = restore_agreement(session, deleted)
    assert restored == deleted
    with pytest.raises(Conflict), db.transaction() as session:
        restore_agreement(session, deleted)


def test_an_agreement_with_a_history_or_documents_is_not_deleted(
    db: Database, setup: Setup, agreement: int
) -> None:
    with db.transaction() as session:
        change_status(session, agreement, AgreementStatus.NEGOTIATING)
    with pytest.raises(Conflict) as error, db.transaction() as session:
        delete_agreement(session, agreement)
    assert "changes of status" in str(error.value)
    with db.transaction() as session:
        other = _create(session, setup, short="autre").id
        add_document_version(session, other, b"projet", name="projet.txt")
    with pytest.raises(Conflict) as error, db.transaction() as session:
        delete_agreement(session, other)
    assert "documents" in str(error.value)
    with db.reading() as session:
        assert len(list_agreements(session)) == 2


def test_a_restored_history_keeps_its_skipped_steps(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        view = _create(session, setup, short="vieux", status=AgreementStatus.SIGNED,
                       signing_date=date(2017, 11, 6),
                       at=datetime(2017, 11, 6, tzinfo=UTC))  # fmt: skip
        ended = change_status(
            session, view.id, AgreementStatus.EXPIRED, at=datetime(2020, 1, 1, tzinfo=UTC)
        )
    with db.transaction() as session:  # gone, by other means than delete_agreement
        session.execute(sql_delete(Agreement).where(Agreement.id == view.id))
    with db.transaction() as session:
        restored = restore_agreement(session, ended)
    assert restored == ended
    assert restored.history[-1].skipped == (AgreementStatus.IN_FORCE,)


# --- what the editor offers ------------------------------------------------------------------


def test_the_editor_offers_missions_ceremonies_organisations_and_people(
    db: Database, setup: Setup
) -> None:
    with db.reading() as session:
        choices = agreement_choices(session)
    assert [m.id for m in choices.missions] == [setup.mission_id]
    assert [i.id for i in choices.signing_items_of(setup.mission_id)] == [setup.signing_item]
    assert choices.signing_items_of(None) == ()
    assert [o.name for o in choices.organisations] == [
        "Métropole Aix-Marseille-Provence",
        "Miami-Dade County",
        "PortMiami",
    ]
    # by family name
    assert [p.name for p in choices.people] == [
        "Jean-Claude Gaudin",
        "Carmen Ibáñez-Rivera",
        "Martine Vassal",
    ]
    assert choices.people[0].organisation == "Métropole Aix-Marseille-Provence"


def test_an_organisation_is_found_by_its_name_ignoring_case_and_accents(
    db: Database, setup: Setup
) -> None:
    with db.reading() as session:
        assert (
            people.find_organisation(session, "metropole  aix-marseille-PROVENCE")
            == setup.metropole
        )
        assert people.find_organisation(session, "Métropole") is None


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("twinning", AgreementKind.TWINNING),
        ("Protocole d'accord", AgreementKind.MEMORANDUM),
        ("letter of intent", AgreementKind.LETTER_OF_INTENT),
        ("memorandum", AgreementKind.MEMORANDUM),
    ],
)
def test_a_kind_is_read_as_typed(typed: str, kind: AgreementKind) -> None:
    assert parse_kind(typed) == kind


def test_an_unknown_kind_names_the_field() -> None:
    with pytest.raises(ValidationError) as error:
        parse_kind("treaty")
    assert error.value.field == "kind"


def test_signatory_input_is_still_taken_by_set_signatories(db: Database, setup: Setup) -> None:
    """The form writes signatories through the same rules: a person who signs twice is refused."""
    with db.transaction() as session:
        view = _create(session, setup, short="double", signatories=[])
    form = AgreementForm(
        changes=AgreementChanges.of(view),
        parties=tuple(PartyEntry(p.side, p.organisation_id) for p in view.parties),
        signatories=(
            SignatoryEntry(setup.gaudin, 0, "Président"),
            SignatoryEntry(setup.gaudin, 0, "Maire"),
        ),
    )
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        edit_agreement(session, view.id, form)
    assert error.value.field == "signatory 2"
