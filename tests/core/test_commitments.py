"""Commitments under agreements, and the checks for late ones and agreements reaching their end."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.services import missions
from delegation_app.services.agreements import (
    PartyInput,
    SignatoryInput,
    change_status,
    create_agreement,
    get_agreement,
)
from delegation_app.services.checks import ERROR, WARNING, Finding, run_checks
from delegation_app.services.commitments import (
    check_commitments,
    create_commitment,
    delete_commitment,
    list_commitments,
    restore_commitment,
    update_commitment,
)
from delegation_app.services.missions import resolve_mission_id
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    AgreementKind,
    AgreementStatus,
    CommitmentStatus,
    Organisation,
)
from tests.core.test_agreements import MIAMI, Setup, _build, _create

SIGNED = {"status": AgreementStatus.SIGNED, "signing_date": date(2017, 11, 6)}


@pytest.fixture
def setup(db: Database) -> Setup:
    with db.transaction() as session:
        return _build(session)


def _agreement(db: Database, setup: Setup, **changes: Any) -> int:
    with db.transaction() as session:
        return _create(session, setup, **changes).id


def _codes(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.code, f.severity) for f in findings]


def test_a_commitment_names_its_party_owner_due_date_and_status(db: Database, setup: Setup) -> None:
    agreement = _agreement(db, setup, **SIGNED)
    with db.transaction() as session:
        view = create_commitment(
            session,
            "amp-miami-dade",
            description="  Organiser la visite retour d'une délégation du Comté  ",
            organisation_id=setup.metropole,
            owner_id=setup.vassal,
            due_date=date(2018, 6, 30),
        )
    assert view.agreement_id == agreement
    assert view.description == "Organiser la visite retour d'une délégation du Comté"
    assert (view.party, view.organisation_id) == (
        "Métropole Aix-Marseille-Provence",
        setup.metropole,
    )
    assert (view.owner, view.owner_id) == ("Martine Vassal", setup.vassal)
    assert (view.due_date, view.status) == (date(2018, 6, 30), CommitmentStatus.OPEN)
    assert view.status_label("fr") == "À faire"
    assert view.days_late(date(2018, 7, 10)) == 10
    assert view.days_late(date(2018, 6, 30)) == 0


def test_a_commitment_may_name_no_party_or_owner(db: Database, setup: Setup) -> None:
    _agreement(db, setup)
    with db.transaction() as session:
        view = create_commitment(session, "amp-miami-dade", description="Échanges culturels")
    assert (view.party, view.owner, view.due_date) == (None, None, None)


@pytest.mark.parametrize(
    ("changes", "error", "field"),
    [
        ({"description": "  "}, ValidationError, "description"),
        ({"organisation_id": "port"}, ValidationError, "party"),
        ({"owner_id": 999}, NotFound, None),
    ],
)
def test_bad_commitments_are_refused(
    db: Database, setup: Setup, changes: dict[str, Any], error: type[Exception], field: str | None
) -> None:
    _agreement(db, setup)
    if changes.get("organisation_id") == "port":
        changes["organisation_id"] = setup.port  # not a party to this agreement
    arguments: dict[str, Any] = {"description": "Un engagement", **changes}
    with pytest.raises(error) as raised, db.transaction() as session:
        create_commitment(session, "amp-miami-dade", **arguments)
    if field is not None:
        assert raised.value.field == field  # type: ignore[attr-defined]
    with db.reading() as session:
        assert list_commitments(session) == []


def test_update_changes_only_what_is_given(db: Database, setup: Setup) -> None:
    _agreement(db, setup)
    with db.transaction() as session:
        view = create_commitment(
            session,
            "amp-miami-dade",
            description="Comité de suivi",
            organisation_id=setup.metropole,
            owner_id=setup.gaudin,
            due_date=date(2018, 3, 31),
        )
        done = update_commitment(session, view.id, status=CommitmentStatus.DONE)
        moved = update_commitment(
            session, view.id, due_date=None, owner_id=None, organisation_id=setup.county
        )
    assert (done.status, done.owner, done.due_date) == (
        CommitmentStatus.DONE,
        "Jean-Claude Gaudin",
        date(2018, 3, 31),
    )
    assert (moved.status, moved.owner, moved.due_date, moved.party) == (
        CommitmentStatus.DONE,
        None,
        None,
        "Miami-Dade County",
    )
    assert not moved.is_open
    assert moved.days_late(date(2030, 1, 1)) == 0
    with pytest.raises(NotFound), db.transaction() as session:
        update_commitment(session, 999, status=CommitmentStatus.DONE)


def test_list_commitments_by_agreement_mission_or_open(db: Database, setup: Setup) -> None:
    _agreement(db, setup)
    with db.transaction() as session:
        for description, due, status in (
            ("later", date(2018, 11, 15), CommitmentStatus.IN_PROGRESS),
            ("sooner", date(2018, 3, 31), CommitmentStatus.DONE),
            ("no date", None, CommitmentStatus.OPEN),
        ):
            create_commitment(
                session, "amp-miami-dade", description=description, due_date=due, status=status
            )
    with db.reading() as session:
        every = [c.description for c in list_commitments(session, "amp-miami-dade")]
        still_open = [c.description for c in list_commitments(session, open_only=True)]
        of_mission = list_commitments(session, mission_id=setup.mission_id)
        elsewhere = list_commitments(session, mission_id=setup.mission_id + 1)
    assert every == ["sooner", "later", "no date"]  # by due date, undated last
    assert still_open == ["later", "no date"]
    assert len(of_mission) == 3
    assert elsewhere == []


def test_delete_commitment(db: Database, setup: Setup) -> None:
    _agreement(db, setup)
    with db.transaction() as session:
        view = create_commitment(session, "amp-miami-dade", description="À supprimer")
        assert delete_commitment(session, view.id).description == "À supprimer"
        assert list_commitments(session) == []
    with pytest.raises(NotFound), db.transaction() as session:
        delete_commitment(session, view.id)


def test_a_deleted_commitment_is_restored_under_its_id(db: Database, setup: Setup) -> None:
    agreement = _agreement(db, setup, **SIGNED)
    with db.transaction() as session:
        kept = create_commitment(session, agreement, description="Premier")
        view = create_commitment(
            session,
            agreement,
            description="Visite retour",
            organisation_id=setup.county,
            owner_id=setup.commissioner,
            due_date=date(2018, 11, 15),
            status=CommitmentStatus.IN_PROGRESS,
        )
        deleted = delete_commitment(session, view.id)
    with db.transaction() as session:
        restored = restore_commitment(session, deleted)
    assert restored == view
    with db.reading() as session:
        assert [c.id for c in list_commitments(session, agreement)] == [view.id, kept.id]
    with pytest.raises(Conflict), db.transaction() as session:
        restore_commitment(session, deleted)


# --- the checks -------------------------------------------------------------------------------


def _late(db: Database, setup: Setup, **agreement: Any) -> None:
    _agreement(db, setup, **agreement)
    with db.transaction() as session:
        create_commitment(
            session,
            "amp-miami-dade",
            description="Organiser la visite retour",
            organisation_id=setup.metropole,
            owner_id=setup.vassal,
            due_date=date(2018, 6, 30),
        )


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2018, 6, 30), []),  # due today: not late
        (date(2018, 7, 1), [("commitment.overdue", WARNING)]),
        (date(2018, 7, 30), [("commitment.overdue", WARNING)]),  # 30 days late
        (date(2018, 7, 31), [("commitment.overdue", ERROR)]),  # 31 days late
    ],
)
def test_a_late_commitment_is_a_warning_then_an_error_after_thirty_days(
    db: Database, setup: Setup, today: date, expected: list[tuple[str, str]]
) -> None:
    _late(db, setup, **SIGNED)
    with db.reading() as session:
        assert _codes(check_commitments(session, setup.mission_id, today)) == expected


def test_a_late_commitment_finding_names_who_what_when_and_whom_to_ask(
    db: Database, setup: Setup
) -> None:
    _late(db, setup, **SIGNED)
    with db.reading() as session:
        [finding] = check_commitments(session, None, date(2018, 9, 1))
    assert finding.subject == (
        "Sister agreement between the Metropolitan Area and Miami-Dade County"
    )
    assert finding.message == (
        "Métropole Aix-Marseille-Provence committed to “Organiser la visite retour” by "
        "Sat 30 Jun 2018: it is 63 days late."
    )
    assert finding.advice.startswith("Ask Martine Vassal where it stands")
    assert (finding.participant_id, finding.item_id) == (None, None)


@pytest.mark.parametrize(
    "status", [CommitmentStatus.DONE, CommitmentStatus.DROPPED, CommitmentStatus.IN_PROGRESS]
)
def test_only_open_commitments_are_late(
    db: Database, setup: Setup, status: CommitmentStatus
) -> None:
    _late(db, setup, **SIGNED)
    with db.transaction() as session:
        [commitment] = list_commitments(session)
        update_commitment(session, commitment.id, status=status)
    with db.reading() as session:
        findings = check_commitments(session, None, date(2018, 9, 1))
    assert len(findings) == (1 if status == CommitmentStatus.IN_PROGRESS else 0)


def test_commitments_of_an_unsigned_text_are_not_late(db: Database, setup: Setup) -> None:
    _late(db, setup)  # a draft
    with db.reading() as session:
        assert check_commitments(session, None, date(2019, 1, 1)) == []


def test_checks_of_another_mission_leave_these_out(db: Database, setup: Setup) -> None:
    _late(db, setup, **SIGNED)
    with db.reading() as session:
        assert check_commitments(session, setup.mission_id + 1, date(2018, 9, 1)) == []
        assert len(check_commitments(session, setup.mission_id, date(2018, 9, 1))) == 1


def _in_force(db: Database, setup: Setup, **changes: Any) -> int:
    return _agreement(
        db,
        setup,
        status=AgreementStatus.IN_FORCE,
        signing_date=date(2015, 6, 15),
        effective_date=date(2015, 6, 15),
        end_date=date(2020, 6, 14),
        **changes,
    )


@pytest.mark.parametrize(
    ("notice", "today", "expected"),
    [
        (180, date(2019, 12, 16), []),
        (180, date(2019, 12, 17), [("agreement.renewal", WARNING)]),  # the notice begins
        (180, date(2020, 6, 14), [("agreement.renewal", WARNING)]),  # the last day
        (180, date(2020, 6, 15), [("agreement.expired", WARNING)]),
        (None, date(2020, 3, 15), []),  # 91 days before the end
        (None, date(2020, 3, 16), [("agreement.renewal", WARNING)]),  # 90 days by default
    ],
)
def test_agreements_reaching_their_end_are_found(
    db: Database,
    setup: Setup,
    notice: int | None,
    today: date,
    expected: list[tuple[str, str]],
) -> None:
    _in_force(db, setup, renewal_notice_days=notice)
    with db.reading() as session:
        assert _codes(check_commitments(session, None, today)) == expected


def test_renewal_and_expiry_findings_say_when(db: Database, setup: Setup) -> None:
    _in_force(db, setup, renewal_notice_days=180)
    with db.reading() as session:
        [renewal] = check_commitments(session, None, date(2020, 1, 1))
        [expired] = check_commitments(session, None, date(2020, 7, 1))
    assert renewal.message == (
        "“Sister agreement between the Metropolitan Area and Miami-Dade County” ends on "
        "Sun 14 Jun 2020, in 165 days; its renewal notice of 180 days began on Tue 17 Dec 2019."
    )
    assert expired.message == (
        "“Sister agreement between the Metropolitan Area and Miami-Dade County” ended on "
        "Sun 14 Jun 2020 but is still recorded as in force."
    )
    assert expired.advice == "Mark it expired, or record its renewal with the new end date."


def test_an_agreement_marked_expired_is_quiet(db: Database, setup: Setup) -> None:
    agreement = _in_force(db, setup)
    with db.transaction() as session:
        change_status(
            session, agreement, AgreementStatus.EXPIRED, at=datetime(2020, 6, 15, tzinfo=UTC)
        )
    with db.reading() as session:
        assert check_commitments(session, None, date(2020, 7, 1)) == []


def test_an_agreement_without_end_date_never_needs_renewal(db: Database, setup: Setup) -> None:
    _agreement(db, setup, **SIGNED)
    with db.reading() as session:
        assert check_commitments(session, None, date(2040, 1, 1)) == []


def test_errors_come_first(db: Database, setup: Setup) -> None:
    _late(db, setup, **SIGNED, end_date=date(2018, 10, 1), effective_date=date(2017, 11, 6))
    with db.reading() as session:
        findings = check_commitments(session, None, date(2018, 9, 1))
    assert _codes(findings) == [("commitment.overdue", ERROR), ("agreement.renewal", WARNING)]


def _port_agreement(db: Database, setup: Setup, *, mission_id: int | None = None) -> int:
    """The port's agreement with PortMiami: in force, ended in June 2020, of no mission."""
    with db.transaction() as session:
        for org, country in ((setup.metropole, "FR"), (setup.county, "US"), (setup.port, "US")):
            session.get(Organisation, org).country = country  # type: ignore[union-attr]
        return create_agreement(
            session,
            short="gpmm-portmiami-2015",
            title_fr="Accord GPMM – PortMiami",
            title_en="GPMM – PortMiami agreement",
            kind=AgreementKind.COOPERATION,
            mission_id=mission_id,
            parties=[PartyInput(setup.metropole, 1), PartyInput(setup.port, 2)],
            signatories=[SignatoryInput(setup.vassal, setup.metropole, "Présidente")],
            signing_date=date(2015, 6, 15),
            effective_date=date(2015, 6, 15),
            end_date=date(2020, 6, 14),
            status=AgreementStatus.IN_FORCE,
        ).id


def _mission_in(db: Database, short: str, country: str, zone: str) -> int:
    with db.transaction() as session:
        return missions.create_mission(
            session,
            short=short,
            title_fr=short,
            start_date=date(2020, 7, 1),
            end_date=date(2020, 7, 5),
            stops=[missions.StopInput("Ville", country, zone)],
        ).id


def test_a_mission_follows_up_agreements_of_no_mission_with_a_partner_in_its_countries(
    db: Database, setup: Setup
) -> None:
    port = _port_agreement(db, setup)
    toronto = _mission_in(db, "toronto-2020", "CA", "America/Toronto")
    with db.reading() as session:
        miami = check_commitments(session, setup.mission_id, date(2020, 7, 1))
        elsewhere = check_commitments(session, toronto, date(2020, 7, 1))
        register = check_commitments(session, None, date(2020, 7, 1))
    assert [(f.code, f.agreement_id) for f in miami] == [("agreement.expired", port)]
    assert miami[0].subject == "GPMM – PortMiami agreement"
    assert elsewhere == []
    assert [(f.code, f.agreement_id) for f in register] == [("agreement.expired", port)]


def test_our_own_side_in_the_country_does_not_bring_an_agreement_into_a_mission(
    db: Database, setup: Setup
) -> None:
    _port_agreement(db, setup)
    paris = _mission_in(db, "paris-2020", "FR", "Europe/Paris")  # the Métropole is French
    with db.reading() as session:
        assert check_commitments(session, paris, date(2020, 7, 1)) == []


def test_an_agreement_of_another_mission_stays_with_that_mission(
    db: Database, setup: Setup
) -> None:
    other = _mission_in(db, "miami-2020", "US", MIAMI)
    port = _port_agreement(db, setup, mission_id=other)
    with db.reading() as session:
        assert check_commitments(session, setup.mission_id, date(2020, 7, 1)) == []
        assert [f.agreement_id for f in check_commitments(session, other, date(2020, 7, 1))] == [
            port
        ]


def test_every_finding_names_its_agreement(db: Database, setup: Setup) -> None:
    agreement = _agreement(
        db, setup, **SIGNED, end_date=date(2018, 10, 1), effective_date=date(2017, 11, 6)
    )
    with db.transaction() as session:
        create_commitment(
            session, agreement, description="Visite retour", due_date=date(2018, 6, 30)
        )
    with db.reading() as session:
        findings = check_commitments(session, None, date(2018, 9, 1))
    assert [(f.code, f.agreement_id) for f in findings] == [
        ("commitment.overdue", agreement),
        ("agreement.renewal", agreement),
    ]


# --- the demo ---------------------------------------------------------------------------------


def test_demo_sister_agreement_has_one_commitment_late_in_september_2018(
    demo_db: Database,
) -> None:
    with demo_db.reading() as session:
        miami = resolve_mission_id(session, "miami-2017")
        commitments = list_commitments(session, "amp-miami-dade-2017")
        findings = check_commitments(session, miami, date(2018, 9, 1))
        before_departure = check_commitments(session, miami, date(2017, 11, 1))
        everything_2020 = check_commitments(session, None, date(2020, 1, 1))
    assert [(c.status, c.due_date) for c in commitments] == [
        (CommitmentStatus.DONE, date(2018, 3, 31)),
        (CommitmentStatus.OPEN, date(2018, 6, 30)),
        (CommitmentStatus.IN_PROGRESS, date(2018, 11, 15)),
    ]
    assert {c.party for c in commitments} == {
        "Métropole Aix-Marseille-Provence",
        "Miami-Dade County",
    }
    [late] = findings
    assert (late.code, late.severity) == ("commitment.overdue", ERROR)
    assert "63 days late" in late.message
    assert before_departure == []
    # the port agreement (no mission) enters its renewal notice at the end of 2019
    assert ("agreement.renewal", WARNING) in _codes(everything_2020)


def test_demo_miami_checks_show_the_ended_port_agreement_of_no_mission(demo_db: Database) -> None:
    with demo_db.reading() as session:
        port = get_agreement(session, "gpmm-portmiami-2015")
        findings = run_checks(session, "miami-2017", today=date(2021, 1, 4))
        in_french = run_checks(session, "miami-2017", today=date(2021, 1, 4), language="fr")
        toronto = run_checks(session, "toronto-montreal-2019", today=date(2021, 1, 4))
    assert port.mission_id is None
    [ended] = [f for f in findings if f.agreement_id == port.id]
    assert ended.code == "agreement.expired"
    assert "ended on Sun 14 Jun 2020 but is still recorded as in force" in ended.message
    assert any(
        f.agreement_id == port.id and "a pris fin le dimanche 14 juin 2020" in f.message
        for f in in_french
    )
    assert all(f.agreement_id != port.id for f in toronto)


def test_findings_in_french(db: Database, setup: Setup) -> None:
    _late(db, setup, **SIGNED, end_date=date(2018, 10, 1), effective_date=date(2017, 11, 6))
    with db.reading() as session:
        late, renewal = check_commitments(session, None, date(2018, 9, 1), language="fr")
        [first_of_month] = check_commitments(session, None, date(2018, 10, 2), language="fr")[1:]
    nbsp = "\u00a0"
    assert late.subject == "Accord de jumelage Métropole – Comté de Miami-Dade"
    assert late.message == (
        f"L’engagement «{nbsp}Organiser la visite retour{nbsp}» (Métropole "
        f"Aix-Marseille-Provence) était attendu pour le samedi 30 juin 2018{nbsp}: "
        "63 jours de retard."
    )
    assert late.advice.startswith("Demandez à Martine Vassal où en est cet engagement")
    assert renewal.message == (
        f"«{nbsp}Accord de jumelage Métropole – Comté de Miami-Dade{nbsp}» prend fin le lundi "
        f"1er octobre 2018, dans 30 jours{nbsp}; aucun préavis n’est indiqué{nbsp}: les 90 "
        "derniers jours en tiennent lieu."
    )
    assert first_of_month.code == "agreement.expired"
    assert "figure encore comme signé" in first_of_month.message


def test_a_language_other_than_french_or_english_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as error, db.reading() as session:
        check_commitments(session, None, date(2018, 9, 1), language="de")
    assert error.value.field == "language"
