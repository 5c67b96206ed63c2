"""Agreements: parties, signatories, the status history, and the demo's sister agreement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.services import itinerary, missions, people
from delegation_app.services.agreements import (
    AgreementView,
    PartyInput,
    RegisterFilters,
    SignatoryInput,
    change_status,
    create_agreement,
    describe_filters,
    get_agreement,
    kind_label,
    list_agreements,
    register_rows,
    set_signatories,
    status_label,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    AgreementStatusChange,
    Audience,
    ItemKind,
    Organisation,
    OrganisationKind,
)

MIAMI = "America/New_York"


@dataclass
class Setup:
    mission_id: int
    metropole: int
    county: int
    port: int
    gaudin: int
    vassal: int
    commissioner: int
    signing_item: int
    reception_item: int


def _build(session: Session) -> Setup:
    mission_id = missions.create_mission(
        session,
        short="miami-test",
        title_fr="Mission à Miami",
        start_date=date(2017, 11, 5),
        end_date=date(2017, 11, 10),
        stops=[missions.StopInput("Miami", "US", MIAMI)],
    ).id
    org = {
        name: people.create_organisation(
            session, name=name, kind=OrganisationKind.PUBLIC_AUTHORITY
        ).id
        for name in ("Métropole Aix-Marseille-Provence", "Miami-Dade County", "PortMiami")
    }
    metropole = org["Métropole Aix-Marseille-Provence"]
    county = org["Miami-Dade County"]

    def person(given: str, family: str, organisation: int) -> int:
        return people.create_person(
            session, given_name=given, family_name=family, organisation_id=organisation
        ).id

    def item(kind: ItemKind, day: int, hour: int) -> int:
        return itinerary.create_item(
            session,
            mission_id=mission_id,
            kind=kind,
            title_fr=f"{kind.value} du {day}",
            start_local=datetime(2017, 11, day, hour, 0),
            start_zone=MIAMI,
            end_local=datetime(2017, 11, day, hour + 1, 30),
            audience=Audience.EVERYONE,
        )

    return Setup(
        mission_id=mission_id,
        metropole=metropole,
        county=county,
        port=org["PortMiami"],
        gaudin=person("Jean-Claude", "Gaudin", metropole),
        vassal=person("Martine", "Vassal", metropole),
        commissioner=person("Carmen", "Ibáñez-Rivera", county),
        signing_item=item(ItemKind.SIGNING, 6, 10),
        reception_item=item(ItemKind.RECEPTION, 5, 20),
    )


@pytest.fixture
def setup(db: Database) -> Setup:
    with db.transaction() as session:
        return _build(session)


def _create(session: Session, setup: Setup, **changes: Any) -> AgreementView:
    arguments: dict[str, Any] = {
        "short": "amp-miami-dade",
        "title_fr": "Accord de jumelage Métropole – Comté de Miami-Dade",
        "title_en": "Sister agreement between the Metropolitan Area and Miami-Dade County",
        "kind": AgreementKind.TWINNING,
        "mission_id": setup.mission_id,
        "parties": [PartyInput(setup.metropole, 1), PartyInput(setup.county, 2)],
        "signatories": [
            SignatoryInput(setup.gaudin, setup.metropole, "Président de la Métropole"),
            SignatoryInput(setup.vassal, setup.metropole, "Première vice-présidente"),
            SignatoryInput(setup.commissioner, setup.county, "County Commissioner"),
        ],
        "domains": ["trade", "culture", "economic development", "tourism"],
        "changed_by": "Relations internationales",
        "at": datetime(2017, 6, 20, 10, 0, tzinfo=ZoneInfo("Europe/Paris")),
    }
    arguments.update(changes)
    return create_agreement(session, **arguments)


def test_creating_an_agreement_records_its_first_status(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        view = _create(session, setup)
    assert view.status == AgreementStatus.DRAFT
    assert [p.organisation for p in view.parties] == [
        "Métropole Aix-Marseille-Provence",
        "Miami-Dade County",
    ]
    assert [(s.name, s.organisation) for s in view.signatories] == [
        ("Jean-Claude Gaudin", "Métropole Aix-Marseille-Provence"),
        ("Martine Vassal", "Métropole Aix-Marseille-Provence"),
        ("Carmen Ibáñez-Rivera", "Miami-Dade County"),
    ]
    assert view.domains == ("trade", "culture", "economic development", "tourism")
    [first] = view.history
    assert first.status == AgreementStatus.DRAFT
    assert first.changed_at == datetime(2017, 6, 20, 8, 0, tzinfo=UTC)
    assert first.changed_by == "Relations internationales"


def test_domains_may_be_given_as_one_string(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        view = _create(session, setup, domains="trade;culture; ;trade")
    assert view.domains == ("trade", "culture")


def test_the_signing_item_gives_the_signing_date(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        view = _create(session, setup, signing_item_id=setup.signing_item)
    assert view.signing_date == date(2017, 11, 6)
    assert view.signing_item_id == setup.signing_item


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"effective_date": date(2018, 1, 1), "end_date": date(2017, 12, 31)}, "end date"),
        ({"effective_date": date(2018, 1, 1), "end_date": date(2018, 1, 1)}, "end date"),
        ({"status": AgreementStatus.SIGNED}, "signing date"),
        ({"short": "Not A Short"}, "short name"),
        ({"title_fr": "  "}, "title"),
        ({"renewal_notice_days": -30}, "renewal notice"),
    ],
)
def test_bad_agreements_name_the_field(
    db: Database, setup: Setup, changes: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        _create(session, setup, **changes)
    assert error.value.field == field


def test_the_signing_item_must_be_a_signing(db: Database, setup: Setup) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        _create(session, setup, signing_item_id=setup.reception_item)
    assert error.value.field == "signing item"


def test_the_signing_date_must_be_the_day_of_the_ceremony(db: Database, setup: Setup) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        _create(session, setup, signing_item_id=setup.signing_item, signing_date=date(2017, 11, 7))
    assert error.value.field == "signing date"


def test_a_signatory_must_sign_for_a_party(db: Database, setup: Setup) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        _create(
            session,
            setup,
            signatories=[SignatoryInput(setup.gaudin, setup.port, "Président")],
        )
    assert error.value.field == "signatory 1"
    assert "not a party" in error.value.message


@pytest.mark.parametrize(
    "parties",
    [
        [PartyInput(1, 1)],
        [PartyInput(1, 1), PartyInput(2, 1)],
        [PartyInput(1, 1), PartyInput(1, 2)],
        [PartyInput(1, 1), PartyInput(2, 3)],
    ],
)
def test_parties_are_checked(db: Database, setup: Setup, parties: list[PartyInput]) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        _create(session, setup, parties=parties, signatories=[])
    assert error.value.field == "parties"


def test_an_unknown_party_is_not_found(db: Database, setup: Setup) -> None:
    with pytest.raises(NotFound), db.transaction() as session:
        _create(session, setup, parties=[PartyInput(setup.metropole, 1), PartyInput(999, 2)])


def test_a_short_name_is_used_once(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        _create(session, setup)
    with pytest.raises(Conflict), db.transaction() as session:
        _create(session, setup)


def test_status_changes_are_kept_in_order(db: Database, setup: Setup) -> None:
    paris, miami = ZoneInfo("Europe/Paris"), ZoneInfo(MIAMI)
    with db.transaction() as session:
        view = _create(session, setup)
        change_status(
            session,
            view.id,
            AgreementStatus.READY,
            changed_by="Relations internationales",
            at=datetime(2017, 10, 16, 15, 0, tzinfo=paris),
        )
        signed = change_status(
            session,
            view.id,
            AgreementStatus.SIGNED,
            changed_by="Protocole",
            note="Signé à Miami-Dade County Hall",
            at=datetime(2017, 11, 6, 10, 45, tzinfo=miami),
            signing_date=date(2017, 11, 6),
            signing_place="Miami-Dade County Hall",
        )
    assert [h.status for h in signed.history] == [
        AgreementStatus.DRAFT,
        AgreementStatus.READY,
        AgreementStatus.SIGNED,
    ]
    assert signed.history[-1].changed_at == datetime(2017, 11, 6, 15, 45, tzinfo=UTC)
    assert signed.history[-1].note == "Signé à Miami-Dade County Hall"
    # the signing date and place given with the change are the agreement's
    assert (signed.signing_date, signed.signing_place) == (
        date(2017, 11, 6),
        "Miami-Dade County Hall",
    )
    assert signed.is_signed


@pytest.mark.parametrize(
    ("path", "refused"),
    [
        ([], AgreementStatus.DRAFT),
        ([], AgreementStatus.SIGNED),
        ([AgreementStatus.READY, AgreementStatus.SIGNED], AgreementStatus.DRAFT),
        ([AgreementStatus.TERMINATED], AgreementStatus.NEGOTIATING),
    ],
)
def test_impossible_status_changes_are_refused(
    db: Database, setup: Setup, path: list[AgreementStatus], refused: AgreementStatus
) -> None:
    with db.transaction() as session:
        # the day planned for the signature is known, so that a path may go through "signed"
        agreement_id = _create(session, setup, signing_date=date(2017, 11, 6)).id
        for status in path:
            change_status(session, agreement_id, status)
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        change_status(session, agreement_id, refused)
    assert error.value.field == "status"
    with db.reading() as session:
        assert len(get_agreement(session, agreement_id).history) == len(path) + 1


def test_a_change_cannot_predate_the_last_one(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        agreement_id = _create(session, setup).id
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        change_status(
            session, agreement_id, AgreementStatus.NEGOTIATING, at=datetime(2017, 1, 1, tzinfo=UTC)
        )
    assert error.value.field == "date"


def test_agreements_are_found_by_id_or_short_name(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        view = _create(session, setup)
    with db.reading() as session:
        assert get_agreement(session, "amp-miami-dade").id == view.id
        assert get_agreement(session, str(view.id)).short == "amp-miami-dade"
        assert get_agreement(session, view.id).title("en").startswith("Sister agreement")
        with pytest.raises(NotFound):
            get_agreement(session, "no-such-agreement")


def test_list_agreements_of_one_mission_or_all(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        _create(session, setup)
        create_agreement(
            session,
            short="gpmm-portmiami-2015",
            title_fr="Accord GPMM – PortMiami",
            kind=AgreementKind.COOPERATION,
            parties=[PartyInput(setup.metropole, 1), PartyInput(setup.port, 2)],
            signatories=[SignatoryInput(setup.vassal, setup.metropole, "Présidente")],
            signing_date=date(2015, 6, 15),
            status=AgreementStatus.SIGNED,
        )
    with db.reading() as session:
        of_mission = [a.short for a in list_agreements(session, setup.mission_id)]
        every = [a.short for a in list_agreements(session)]
    assert of_mission == ["amp-miami-dade"]
    assert every == ["amp-miami-dade", "gpmm-portmiami-2015"]


# --- a signed agreement has its date and its signatories ---------------------------------


@pytest.mark.parametrize(
    "status", [AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.EXPIRED]
)
def test_a_signed_agreement_without_signatory_is_refused(
    db: Database, setup: Setup, status: AgreementStatus
) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        _create(session, setup, status=status, signing_date=date(2017, 11, 6), signatories=[])
    assert error.value.field == "signatories"
    assert "at least one signatory" in error.value.message
    assert status_label(status, "en").lower() in error.value.message
    with db.reading() as session:
        assert list_agreements(session) == []


def test_a_signed_agreement_without_signing_date_is_refused_with_a_message(
    db: Database, setup: Setup
) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        _create(session, setup, status=AgreementStatus.IN_FORCE)
    assert error.value.field == "signing date"
    assert str(error.value) == (
        "signing date: an agreement recorded as in force needs its signing date "
        "(the day it was signed)"
    )


def test_marking_signed_an_agreement_without_signatory_is_refused(
    db: Database, setup: Setup
) -> None:
    with db.transaction() as session:
        agreement_id = _create(session, setup, signatories=[]).id
        change_status(session, agreement_id, AgreementStatus.READY)
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        change_status(session, agreement_id, AgreementStatus.SIGNED)
    assert error.value.field == "signatories"
    assert "before marking it signed" in error.value.message
    with db.reading() as session:
        view = get_agreement(session, agreement_id)
    assert view.status == AgreementStatus.READY
    assert view.signing_date is None
    assert len(view.history) == 2


def test_signatories_named_later_allow_the_signature(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        agreement_id = _create(session, setup, signatories=[]).id
        change_status(
            session, agreement_id, AgreementStatus.READY, at=datetime(2017, 10, 16, tzinfo=UTC)
        )
        named = set_signatories(
            session,
            agreement_id,
            [
                SignatoryInput(setup.commissioner, setup.county, "County Commissioner"),
                SignatoryInput(setup.gaudin, setup.metropole, "Président de la Métropole"),
            ],
        )
        signed = change_status(
            session,
            agreement_id,
            AgreementStatus.SIGNED,
            at=datetime(2017, 11, 6, 10, 45, tzinfo=ZoneInfo(MIAMI)),
            signing_date=date(2017, 11, 6),
        )
    assert [s.name for s in named.signatories] == ["Carmen Ibáñez-Rivera", "Jean-Claude Gaudin"]
    assert signed.signing_date == date(2017, 11, 6)


def test_a_signed_agreement_keeps_at_least_one_signatory(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        agreement_id = _create(
            session, setup, status=AgreementStatus.SIGNED, signing_date=date(2017, 11, 6)
        ).id
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        set_signatories(session, agreement_id, [])
    assert error.value.field == "signatories"
    with db.reading() as session:
        assert len(get_agreement(session, agreement_id).signatories) == 3


def test_marking_signed_without_a_signing_date_is_refused_naming_the_field(
    db: Database, setup: Setup
) -> None:
    with db.transaction() as session:
        agreement_id = _create(session, setup).id
        change_status(session, agreement_id, AgreementStatus.READY, at=datetime(2017, 10, 16))
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        change_status(
            session, agreement_id, AgreementStatus.SIGNED, at=datetime(2017, 11, 6, tzinfo=UTC)
        )
    assert error.value.field == "signing date"
    assert "no signing date" in error.value.message
    with db.reading() as session:
        view = get_agreement(session, agreement_id)
    assert (view.status, view.signing_date, len(view.history)) == (AgreementStatus.READY, None, 2)


def test_a_signing_date_already_recorded_is_enough_to_sign(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        view = _create(session, setup, signing_date=date(2017, 11, 6), signing_place="Miami")
        change_status(session, view.id, AgreementStatus.READY, at=datetime(2017, 10, 16))
        signed = change_status(
            session, view.id, AgreementStatus.SIGNED, at=datetime(2017, 11, 9, tzinfo=UTC)
        )
    assert (signed.signing_date, signed.signing_place) == (date(2017, 11, 6), "Miami")


def test_the_signing_date_given_must_be_the_ceremony_day(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        view = _create(session, setup)
        session.get(Agreement, view.id).signing_item_id = setup.signing_item  # type: ignore[union-attr]
        change_status(session, view.id, AgreementStatus.READY, at=datetime(2017, 10, 16))
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        change_status(session, view.id, AgreementStatus.SIGNED, signing_date=date(2017, 11, 7))
    assert error.value.field == "signing date"
    assert "2017-11-06" in error.value.message


def test_a_signing_date_comes_only_with_the_change_to_signed(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        view = _create(session, setup)
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        change_status(session, view.id, AgreementStatus.NEGOTIATING, signing_date=date(2017, 11, 6))
    assert error.value.field == "signing date"


def test_a_change_that_skips_steps_records_which_in_the_history(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        view = _create(session, setup)
        change_status(
            session,
            view.id,
            AgreementStatus.READY,
            note="Texte arrêté",
            at=datetime(2017, 10, 16, tzinfo=UTC),
        )
        change_status(
            session,
            view.id,
            AgreementStatus.SIGNED,
            at=datetime(2017, 11, 6, tzinfo=UTC),
            signing_date=date(2017, 11, 6),
        )
        # signed straight to expired: "in force" was never recorded
        expired = change_status(
            session, view.id, AgreementStatus.EXPIRED, at=datetime(2020, 1, 1, tzinfo=UTC)
        )
        stored = list(
            session.scalars(
                select(AgreementStatusChange.note)
                .where(AgreementStatusChange.agreement_id == view.id)
                .order_by(AgreementStatusChange.id)
            )
        )
    # in the database itself, not only in what the service reads back
    assert stored[1] is not None and "negotiating" in stored[1] and "Texte arrêté" in stored[1]
    assert stored[2] is None
    assert stored[3] is not None and "in_force" in stored[3]
    ready, signed, ended = expired.history[1:]
    assert (ready.skipped, ready.note) == ((AgreementStatus.NEGOTIATING,), "Texte arrêté")
    assert (signed.skipped, signed.note) == ((), None)
    assert (ended.skipped, ended.note) == ((AgreementStatus.IN_FORCE,), None)
    assert ready.note_text("en") == "Skipped steps: Negotiating · Texte arrêté"
    assert ready.note_text("fr") == "Étapes sautées\u00a0: En négociation · Texte arrêté"
    assert ended.note_text("fr") == "Étapes sautées\u00a0: En vigueur"


def test_a_note_that_only_looks_like_a_record_of_skipped_steps_is_kept_whole(
    db: Database, setup: Setup
) -> None:
    with db.transaction() as session:
        view = _create(session, setup)
        changed = change_status(
            session, view.id, AgreementStatus.NEGOTIATING, note="[skipped: lunch] rien de grave"
        )
    assert changed.history[-1].skipped == ()
    assert changed.history[-1].note == "[skipped: lunch] rien de grave"


# --- the register -----------------------------------------------------------------------------


def _register(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        _create(session, setup, status=AgreementStatus.SIGNED, signing_date=date(2017, 11, 6))
        create_agreement(
            session,
            short="gpmm-portmiami-2015",
            title_fr="Accord GPMM – PortMiami",
            kind=AgreementKind.COOPERATION,
            parties=[PartyInput(setup.metropole, 1), PartyInput(setup.port, 2)],
            signatories=[SignatoryInput(setup.vassal, setup.metropole, "Présidente")],
            signing_date=date(2015, 6, 15),
            status=AgreementStatus.IN_FORCE,
        )
        quebec = people.create_organisation(
            session, name="Ville de Québec", kind=OrganisationKind.PUBLIC_AUTHORITY, country="CA"
        ).id
        create_agreement(
            session,
            short="quebec-mou",
            title_fr="Protocole d'accord avec Québec",
            kind=AgreementKind.MEMORANDUM,
            mission_id=setup.mission_id,
            parties=[PartyInput(setup.metropole, 1), PartyInput(quebec, 2)],
            status=AgreementStatus.NEGOTIATING,
        )
        for org, country in ((setup.county, "US"), (setup.port, "US"), (setup.metropole, "FR")):
            session.get(Organisation, org).country = country  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (RegisterFilters(), ["quebec-mou", "amp-miami-dade", "gpmm-portmiami-2015"]),
        (RegisterFilters(status=AgreementStatus.IN_FORCE), ["gpmm-portmiami-2015"]),
        (RegisterFilters(kind=AgreementKind.TWINNING), ["amp-miami-dade"]),
        (RegisterFilters(country="US"), ["amp-miami-dade", "gpmm-portmiami-2015"]),
        (RegisterFilters(country="CA"), ["quebec-mou"]),
        (RegisterFilters(country="FR"), []),  # our own side is not a partner country
        (RegisterFilters(year=2015), ["gpmm-portmiami-2015"]),
        # an unsigned text counts in its mission's year
        (RegisterFilters(year=2017), ["quebec-mou", "amp-miami-dade"]),
        (RegisterFilters(country="US", year=2017), ["amp-miami-dade"]),
        (RegisterFilters(status=AgreementStatus.SIGNED, kind=AgreementKind.CONTRACT), []),
    ],
)
def test_register_rows_are_filtered(
    db: Database, setup: Setup, filters: RegisterFilters, expected: list[str]
) -> None:
    _register(db, setup)
    with db.reading() as session:
        assert [r.short for r in register_rows(session, filters)] == expected


def test_register_rows_carry_parties_countries_and_mission(db: Database, setup: Setup) -> None:
    _register(db, setup)
    with db.reading() as session:
        rows = {r.short: r for r in register_rows(session)}
    sister = rows["amp-miami-dade"]
    assert [(p.organisation, p.country) for p in sister.ours] == [
        ("Métropole Aix-Marseille-Provence", "FR")
    ]
    assert sister.partner_countries == ("US",)
    assert sister.mission_short == "miami-test"
    assert sister.mission_title("fr") == "Mission à Miami"
    assert sister.kind_label("fr") == "Jumelage (sister agreement)"
    assert sister.status_label("en") == "Signed"
    assert (sister.documents, sister.has_signed_copy, sister.open_commitments) == (0, False, 0)
    assert rows["gpmm-portmiami-2015"].mission_short is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ({"status": "in_force"}, RegisterFilters(status=AgreementStatus.IN_FORCE)),
        ({"status": "En vigueur"}, RegisterFilters(status=AgreementStatus.IN_FORCE)),
        ({"status": "ready for signature"}, RegisterFilters(status=AgreementStatus.READY)),
        ({"kind": "twinning"}, RegisterFilters(kind=AgreementKind.TWINNING)),
        ({"kind": "Protocole d'accord"}, RegisterFilters(kind=AgreementKind.MEMORANDUM)),
        ({"country": "us", "year": "2017"}, RegisterFilters(country="US", year=2017)),
        ({"status": " ", "year": ""}, RegisterFilters()),
    ],
)
def test_register_filters_read_values_and_labels(
    typed: dict[str, str], expected: RegisterFilters
) -> None:
    assert RegisterFilters.parse(**typed) == expected


@pytest.mark.parametrize(
    ("typed", "field"),
    [
        ({"status": "sealed"}, "status"),
        ({"kind": "treaty"}, "kind"),
        ({"country": "USA"}, "country"),
        ({"year": "17th"}, "year"),
        ({"year": "1066"}, "year"),
    ],
)
def test_bad_register_filters_name_the_field(typed: dict[str, str], field: str) -> None:
    with pytest.raises(ValidationError) as error:
        RegisterFilters.parse(**typed)
    assert error.value.field == field


def test_filters_are_described_in_both_languages() -> None:
    filters = RegisterFilters(status=AgreementStatus.IN_FORCE, country="US", year=2015)
    assert describe_filters(filters, "fr") == (
        "Statut : en vigueur · pays partenaire : États-Unis · année : 2015"
    )
    assert describe_filters(filters, "en") == (
        "Status: in force · partner country: United States · year: 2015"
    )
    assert describe_filters(RegisterFilters(), "fr") == "Tous les accords"
    assert kind_label(AgreementKind.MEMORANDUM, "en") == "Memorandum of understanding"


# --- the demo -----------------------------------------------------------------------------


def test_demo_sister_agreement_is_signed_by_gaudin_and_vassal(demo_db: Database) -> None:
    with demo_db.reading() as session:
        view = get_agreement(session, "amp-miami-dade-2017")
        mission = missions.get_mission(session, "miami-2017")
    assert view.kind == AgreementKind.TWINNING
    assert view.status == AgreementStatus.SIGNED
    assert view.mission_id == mission.id
    assert view.signing_date == date(2017, 11, 6)
    assert view.signing_item_id is not None
    assert view.domains == ("trade", "culture", "economic development", "tourism")
    ours = [s for s in view.signatories if s.organisation == "Métropole Aix-Marseille-Provence"]
    assert [s.short for s in ours] == ["jcgaudin", "mvassal"]
    assert [s.organisation for s in view.signatories if s not in ours] == ["Miami-Dade County"]
    assert {p.organisation: p.side for p in view.parties} == {
        "Métropole Aix-Marseille-Provence": 1,
        "Miami-Dade County": 2,
    }
    assert [h.status for h in view.history] == [
        AgreementStatus.DRAFT,
        AgreementStatus.READY,
        AgreementStatus.SIGNED,
    ]


def test_demo_holds_the_2015_port_agreement_without_a_mission(demo_db: Database) -> None:
    with demo_db.reading() as session:
        view = get_agreement(session, "gpmm-portmiami-2015")
        every = list_agreements(session)
    assert view.mission_id is None
    assert view.signing_date is not None and view.signing_date.year == 2015
    assert {p.organisation for p in view.parties} == {
        "Grand Port Maritime de Marseille",
        "PortMiami",
    }
    # still being negotiated, so listed first; then the newest signed
    assert [a.short for a in every] == [
        "montreal-marseille-2019",
        "amp-miami-dade-2017",
        "gpmm-portmiami-2015",
    ]
    assert every[0].status == AgreementStatus.NEGOTIATING


def test_demo_port_agreement_is_in_force_with_its_signatories(demo_db: Database) -> None:
    with demo_db.reading() as session:
        view = get_agreement(session, "gpmm-portmiami-2015")
    assert view.status == AgreementStatus.IN_FORCE
    assert [(s.short, s.organisation) for s in view.signatories] == [
        ("ccabauwoehrel", "Grand Port Maritime de Marseille"),
        ("rdelvalleortiz", "PortMiami"),
    ]
    assert (view.end_date, view.renewal_notice_days) == (date(2020, 6, 14), 180)


def test_demo_register_lists_the_three_agreements(demo_db: Database) -> None:
    with demo_db.reading() as session:
        rows = {r.short: r for r in register_rows(session)}
        us = [r.short for r in register_rows(session, RegisterFilters(country="US"))]
        canada = [r.short for r in register_rows(session, RegisterFilters(country="CA"))]
    assert us == ["amp-miami-dade-2017", "gpmm-portmiami-2015"]
    assert canada == ["montreal-marseille-2019"]
    sister = rows["amp-miami-dade-2017"]
    assert (sister.documents, sister.has_signed_copy, sister.open_commitments) == (2, True, 2)
    assert rows["montreal-marseille-2019"].year == 2019
