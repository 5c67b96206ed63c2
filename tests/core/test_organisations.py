"""An organisation of the destination, kept across missions: contacts, meetings, leads."""

from __future__ import annotations

from datetime import date

import pytest

from delegation_app.errors import NotFound
from delegation_app.services.leads import create_lead, link_meeting
from delegation_app.services.organisations import organisation_detail
from delegation_app.storage.database import Database
from delegation_app.storage.models import LeadStage, MeetingStatus, OrganisationKind
from tests.core.lead_cases import DIGITAL, World, build_world


@pytest.fixture
def world(db: Database) -> World:
    with db.transaction() as session:
        return build_world(session)


def test_an_organisation_shows_its_people_its_meetings_on_every_mission_and_its_leads(
    db: Database, world: World
) -> None:
    with db.transaction() as session:
        toronto = world.meeting(session, world.toronto, "brickell", outcome="Toujours à l'étude")
        cancelled = world.meeting(
            session, world.miami, "brickell", MeetingStatus.CANCELLED, outcome="Annulé"
        )
        held = world.meeting(
            session, world.miami, "brickell", outcome="Visite prévue", day=date(2017, 11, 6)
        )
        world.meeting(session, world.miami, "space")  # someone else's
        lead = create_lead(
            session,
            organisation_id=world.organisations["brickell"],
            meeting_ids=[held],
            stage=LeadStage.STUDY,
            jobs_expected=15,
        )
        link_meeting(session, lead.id, toronto)
    with db.reading() as session:
        detail = organisation_detail(session, world.organisations["brickell"])
    assert (detail.name, detail.kind, detail.sector, detail.country) == (
        "Brickell Data Systems",
        OrganisationKind.COMPANY,
        DIGITAL,
        "US",
    )
    # by family name: Adams, then Delgado
    assert [c.name for c in detail.contacts] == ["Ben Adams", "Rosa Delgado"]
    # the history: Miami's meetings (in time order, the cancelled request last), then Toronto's
    assert [(m.mission_short, m.meeting.id) for m in detail.meetings] == [
        ("miami-2017", held),
        ("miami-2017", cancelled),
        ("toronto-2019", toronto),
    ]
    assert [(m.meeting.status, m.meeting.outcome) for m in detail.meetings] == [
        (MeetingStatus.HELD, "Visite prévue"),
        (MeetingStatus.CANCELLED, "Annulé"),
        (MeetingStatus.HELD, "Toujours à l'étude"),
    ]
    assert detail.meetings_held == 2
    assert detail.missions == ("miami-2017", "toronto-2019")
    assert [(row.id, row.stage, row.jobs_expected) for row in detail.leads] == [
        (lead.id, LeadStage.STUDY, 15)
    ]


def test_an_organisation_never_met_has_an_empty_history(db: Database, world: World) -> None:
    with db.reading() as session:
        detail = organisation_detail(session, world.organisations["lakes"])
    assert (detail.contacts, detail.meetings, detail.leads) == ((), (), ())


def test_an_unknown_organisation_is_not_found(db: Database, world: World) -> None:
    with pytest.raises(NotFound), db.reading() as session:
        organisation_detail(session, 9999)
