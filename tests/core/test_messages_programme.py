"""The programme's services (agreements, meetings, leads) refuse in French for a French reader.

Each test makes a real call that the service refuses and checks what a coordinator reads in
the French window (``explain(error, "fr")``), the field named, while the English stays the
sentence the CLI and the logs have always shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy.orm import Session

from delegation_app.errors import Conflict, ValidationError
from delegation_app.messages import explain
from delegation_app.services import itinerary, meetings, missions, people
from delegation_app.services.agreements import (
    AgreementView,
    PartyInput,
    SignatoryInput,
    change_status,
    create_agreement,
)
from delegation_app.services.leads import change_stage, create_lead
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    AgreementKind,
    AgreementStatus,
    Audience,
    ItemKind,
    LeadStage,
    OrganisationKind,
)
from tests.core.lead_cases import World, build_world

MIAMI = "America/New_York"
NBSP = "\u00a0"


@dataclass(frozen=True)
class Parties:
    mission_id: int
    ours: int
    theirs: int
    president: int


@pytest.fixture
def parties(db: Database) -> Parties:
    """A mission to Miami, a French metropolis, a US county and the metropolis's president."""
    with db.transaction() as session:
        mission_id = missions.create_mission(
            session,
            short="miami-test",
            title_fr="Mission à Miami",
            start_date=date(2017, 11, 5),
            end_date=date(2017, 11, 10),
            stops=[missions.StopInput("Miami", "US", MIAMI)],
        ).id
        ours, theirs = (
            people.create_organisation(
                session, name=name, kind=OrganisationKind.PUBLIC_AUTHORITY
            ).id
            for name in ("Métropole Aix-Marseille-Provence", "Miami-Dade County")
        )
        president = people.create_person(
            session, given_name="Jean-Claude", family_name="Gaudin", organisation_id=ours
        ).id
    return Parties(mission_id, ours, theirs, president)


def _agreement(session: Session, parties: Parties, **changes: Any) -> AgreementView:
    """The sister agreement of the metropolis and the county, with ``changes``."""
    arguments: dict[str, Any] = {
        "short": "amp-miami-dade",
        "title_fr": "Accord de jumelage Métropole – Comté de Miami-Dade",
        "kind": AgreementKind.TWINNING,
        "mission_id": parties.mission_id,
        "parties": [PartyInput(parties.ours, 1), PartyInput(parties.theirs, 2)],
        "signatories": [
            SignatoryInput(parties.president, parties.ours, "Président de la Métropole")
        ],
    }
    arguments.update(changes)
    return create_agreement(session, **arguments)


def test_a_signed_agreement_without_its_date_is_refused_in_french(
    db: Database, parties: Parties
) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        _agreement(session, parties, status=AgreementStatus.SIGNED)
    assert explain(error.value, "en") == (
        "signing date: an agreement recorded as signed needs its signing date "
        "(the day it was signed)"
    )
    assert explain(error.value, "fr") == (
        f"date de signature{NBSP}: un accord au statut «{NBSP}signé{NBSP}» doit avoir sa date "
        "de signature (le jour où il a été signé)"
    )


def test_an_end_before_the_effective_date_is_said_with_french_dates(
    db: Database, parties: Parties
) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        _agreement(session, parties, effective_date=date(2018, 1, 1), end_date=date(2017, 12, 31))
    assert str(error.value) == "end date: 2017-12-31 is not after the effective date 2018-01-01"
    assert explain(error.value, "fr") == (
        f"date de fin{NBSP}: le 31/12/2017 n'est pas après la date d'entrée en vigueur, "
        "le 01/01/2018"
    )


def test_an_item_of_another_kind_names_its_kind_in_french(db: Database, parties: Parties) -> None:
    with db.transaction() as session:
        reception = itinerary.create_item(
            session,
            mission_id=parties.mission_id,
            kind=ItemKind.RECEPTION,
            title_fr="Réception au consulat",
            start_local=datetime(2017, 11, 5, 20, 0),
            start_zone=MIAMI,
            end_local=datetime(2017, 11, 5, 22, 0),
            audience=Audience.EVERYONE,
        )
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        _agreement(session, parties, signing_item_id=reception)
    assert explain(error.value, "fr") == (
        f"cérémonie de signature{NBSP}: «{NBSP}Réception au consulat{NBSP}» est un élément "
        f"de type «{NBSP}réception{NBSP}», pas une signature"
    )


def test_a_change_of_status_names_both_statuses_in_french(db: Database, parties: Parties) -> None:
    with db.transaction() as session:
        agreement_id = _agreement(session, parties).id
    with pytest.raises(ValidationError) as same, db.transaction() as session:
        change_status(session, agreement_id, AgreementStatus.DRAFT)
    with pytest.raises(ValidationError) as jump, db.transaction() as session:
        change_status(session, agreement_id, AgreementStatus.IN_FORCE)
    assert str(same.value) == "status: the agreement is already draft"
    assert explain(same.value, "fr") == (
        f"statut{NBSP}: l'accord est déjà au statut «{NBSP}projet{NBSP}»"
    )
    assert str(jump.value) == "status: an agreement cannot go from draft to in_force"
    assert explain(jump.value, "fr") == (
        f"statut{NBSP}: un accord ne peut pas passer du statut «{NBSP}projet{NBSP}» "
        f"au statut «{NBSP}en vigueur{NBSP}»"
    )


def test_a_second_agreement_of_the_same_name_is_refused_in_french(
    db: Database, parties: Parties
) -> None:
    with db.transaction() as session:
        _agreement(session, parties)
    with pytest.raises(Conflict) as error, db.transaction() as session:
        create_agreement(
            session,
            short="amp-miami-dade",
            title_fr="Un autre accord",
            kind=AgreementKind.COOPERATION,
            parties=[],
        )
    assert str(error.value) == "an agreement named 'amp-miami-dade' already exists"
    assert explain(error.value, "fr") == f"un accord nommé «{NBSP}amp-miami-dade{NBSP}» existe déjà"


@pytest.fixture
def world(db: Database) -> World:
    with db.transaction() as session:
        return build_world(session)


def test_leads_and_meetings_refuse_in_french(db: Database, world: World) -> None:
    with db.transaction() as session:
        lead_id = create_lead(session, organisation_id=world.organisations["brickell"]).id
    with pytest.raises(ValidationError) as stage, db.transaction() as session:
        change_stage(session, lead_id, LeadStage.SITE_VISIT)
        change_stage(session, lead_id, LeadStage.SITE_VISIT)
    with pytest.raises(ValidationError) as priority, db.transaction() as session:
        meetings.request_meeting(
            session,
            mission_id=world.miami,
            organisation_id=world.organisations["oceanic"],
            participant_ids=[world.delegates[(world.miami, "agent")]],
            priority=5,
        )
    assert str(stage.value) == "stage: the lead is already at the stage site visit"
    assert explain(stage.value, "fr") == (
        f"étape{NBSP}: la piste est déjà à l'étape «{NBSP}visite de site{NBSP}»"
    )
    assert explain(priority.value, "fr") == (
        f"priorité{NBSP}: 5 n'est pas 1 (haute), 2 ou 3 (basse)"
    )
