"""Follow-up actions after meetings: owner, due date, status; overdue ones in the checks."""

from __future__ import annotations

from datetime import date

import pytest

from delegation_app.errors import NotFound, ValidationError
from delegation_app.services.checks import ERROR, WARNING, Finding, run_checks
from delegation_app.services.follow_ups import (
    add_follow_up,
    close_follow_up,
    delete_follow_up,
    get_follow_up,
    list_follow_ups,
    reopen_follow_up,
    restore_follow_up,
    update_follow_up,
)
from delegation_app.services.leads import create_lead
from delegation_app.storage.database import Database
from delegation_app.storage.models import FollowUpStatus, LeadStage
from tests.core.lead_cases import World, build_world
from tests.core.test_checks import assert_french


@pytest.fixture
def world(db: Database) -> World:
    with db.transaction() as session:
        return build_world(session)


def test_an_action_after_a_meeting_belongs_to_the_meetings_mission(
    db: Database, world: World
) -> None:
    with db.transaction() as session:
        meeting = world.meeting(session, world.miami, "space")
        view = add_follow_up(
            session,
            description="  Transmettre les contacts des PME  ",
            meeting_id=meeting,
            owner_id=world.people["director"],
            due_date=date(2017, 12, 15),
        )
    assert view.description == "Transmettre les contacts des PME"
    assert (view.status, view.is_open, view.closed_on) == (FollowUpStatus.OPEN, True, None)
    assert (view.owner, view.organisation, view.mission_id) == (
        "Zoë Écuyer",
        "Space Florida",
        world.miami,
    )
    assert view.meeting_item_id is not None
    with db.reading() as session:
        assert [a.id for a in list_follow_ups(session, mission_id=world.miami)] == [view.id]
        assert list_follow_ups(session, mission_id=world.toronto) == []
        assert [a.id for a in list_follow_ups(session, meeting_id=meeting)] == [view.id]


def test_an_action_of_a_lead_alone_belongs_to_the_mission_the_lead_began_with(
    db: Database, world: World
) -> None:
    with db.transaction() as session:
        lead = create_lead(
            session,
            organisation_id=world.organisations["oceanic"],
            mission_id=world.miami,
            stage=LeadStage.STUDY,
        )
        view = add_follow_up(session, description="Visite de site", lead_id=lead.id)
    assert (view.lead_id, view.meeting_id, view.mission_id) == (lead.id, None, world.miami)
    assert (view.organisation, view.lead_stage) == ("Oceanic Yacht Refit", LeadStage.STUDY)
    with db.reading() as session:
        assert [a.id for a in list_follow_ups(session, lead_id=lead.id)] == [view.id]
        assert [a.id for a in list_follow_ups(session, mission_id=world.miami)] == [view.id]


def test_an_action_for_a_lead_at_a_later_mission_belongs_to_that_mission(
    db: Database, world: World
) -> None:
    with db.transaction() as session:
        first = world.meeting(session, world.miami, "brickell")
        later = world.meeting(session, world.toronto, "brickell")
        lead = create_lead(
            session, organisation_id=world.organisations["brickell"], meeting_ids=[first, later]
        )
        view = add_follow_up(session, description="Relancer", meeting_id=later, lead_id=lead.id)
    assert view.mission_id == world.toronto


def test_an_action_is_attached_to_something_that_exists(db: Database, world: World) -> None:
    with db.transaction() as session:
        meeting = world.meeting(session, world.miami, "space")
        lead_id = create_lead(session, organisation_id=world.organisations["oceanic"]).id
    with pytest.raises(ValidationError) as neither, db.transaction() as session:
        add_follow_up(session, description="Quelque chose")
    assert neither.value.field == "meeting"
    with pytest.raises(ValidationError, match="not one of the lead's"), db.transaction() as s:
        add_follow_up(s, description="Relancer", meeting_id=meeting, lead_id=lead_id)
    with pytest.raises(NotFound), db.transaction() as session:
        add_follow_up(session, description="Relancer", meeting_id=9999)
    with pytest.raises(NotFound, match="owner"), db.transaction() as session:
        add_follow_up(session, description="Relancer", lead_id=lead_id, owner_id=9999)
    with pytest.raises(ValidationError) as empty, db.transaction() as session:
        add_follow_up(session, description="   ", lead_id=lead_id)
    assert empty.value.field == "description"
    with db.reading() as session:
        assert list_follow_ups(session) == []


def test_an_action_is_done_then_reopened_and_its_closing_day_kept(
    db: Database, world: World
) -> None:
    with db.transaction() as session:
        meeting = world.meeting(session, world.miami, "space")
        action_id = add_follow_up(session, description="Envoyer la brochure", meeting_id=meeting).id
        done = close_follow_up(session, action_id, on=date(2017, 11, 21))
    assert (done.status, done.closed_on, done.is_open) == (
        FollowUpStatus.DONE,
        date(2017, 11, 21),
        False,
    )
    with pytest.raises(ValidationError, match="already done"), db.transaction() as session:
        close_follow_up(session, action_id)
    with pytest.raises(ValidationError), db.transaction() as session:
        close_follow_up(session, action_id, FollowUpStatus.OPEN)
    with db.transaction() as session:
        dropped = close_follow_up(session, action_id, FollowUpStatus.DROPPED, on=date(2018, 1, 2))
        assert (dropped.status, dropped.closed_on) == (FollowUpStatus.DROPPED, date(2018, 1, 2))
        again = reopen_follow_up(session, action_id)
    assert (again.status, again.closed_on) == (FollowUpStatus.OPEN, None)
    with pytest.raises(ValidationError, match="still open"), db.transaction() as session:
        reopen_follow_up(session, action_id)
    with db.reading() as session:
        assert [a.id for a in list_follow_ups(session, open_only=True)] == [action_id]


def test_an_edit_changes_the_fields_given_and_can_move_the_action_to_a_lead(
    db: Database, world: World
) -> None:
    with db.transaction() as session:
        meeting = world.meeting(session, world.miami, "oceanic")
        lead_id = create_lead(
            session, organisation_id=world.organisations["oceanic"], meeting_ids=[meeting]
        ).id
        action_id = add_follow_up(
            session,
            description="Visite",
            meeting_id=meeting,
            owner_id=world.people["agent"],
            due_date=date(2018, 1, 25),
        ).id
        view = update_follow_up(
            session, action_id, due_date=date(2018, 2, 15), lead_id=lead_id, owner_id=None
        )
    assert (view.description, view.due_date, view.owner) == ("Visite", date(2018, 2, 15), None)
    assert (view.meeting_id, view.lead_id) == (meeting, lead_id)
    with pytest.raises(ValidationError), db.transaction() as session:
        update_follow_up(session, action_id, meeting_id=None, lead_id=None)
    with db.transaction() as session:
        removed = delete_follow_up(session, action_id)
    assert removed.id == action_id
    with pytest.raises(NotFound), db.reading() as session:
        get_follow_up(session, action_id)


def _overdue(db: Database, mission: str, today: date, language: str) -> list[Finding]:
    with db.reading() as session:
        findings = run_checks(session, mission, today=today, language=language)
    return [f for f in findings if f.code == "follow_up.overdue"]


def test_an_overdue_action_is_a_finding_of_its_missions_checks_in_both_languages(
    db: Database, world: World
) -> None:
    with db.transaction() as session:
        meeting = world.meeting(session, world.miami, "space")
        item_id = add_follow_up(
            session,
            description="Transmettre les contacts des PME",
            meeting_id=meeting,
            owner_id=world.people["director"],
            due_date=date(2017, 12, 15),
        ).meeting_item_id
    [english] = _overdue(db, "miami-2017", date(2017, 12, 25), "en")
    assert (english.severity, english.subject, english.item_id) == (
        WARNING,
        "Space Florida",
        item_id,
    )
    assert english.message == (
        "“Transmettre les contacts des PME”, to follow up the meeting with Space Florida, was "
        "due on Fri 15 Dec 2017: it is 10 days late."
    )
    assert english.advice == (
        "Ask Zoë Écuyer where it stands, then mark it done, give it a new due date, or drop it."
    )
    [french] = _overdue(db, "miami-2017", date(2017, 12, 16), "fr")
    assert french.message == (
        "L’action «\u00a0Transmettre les contacts des PME\u00a0», suite au rendez-vous avec "
        "Space Florida, était prévue pour le vendredi 15 décembre 2017\u00a0: 1 jour de retard."
    )
    assert french.advice.startswith("Demandez à Zoë Écuyer où en est cette action")
    assert_french([french])
    # a month and more late: an error
    [late] = _overdue(db, "miami-2017", date(2018, 1, 20), "en")
    assert late.severity == ERROR and "36 days late" in late.message
    # not another mission's
    assert _overdue(db, "toronto-2019", date(2018, 1, 20), "en") == []


def test_a_lead_action_without_owner_is_worded_for_the_lead(db: Database, world: World) -> None:
    with db.transaction() as session:
        lead_id = create_lead(
            session, organisation_id=world.organisations["oceanic"], mission_id=world.miami
        ).id
        add_follow_up(
            session,
            description="Visite de site dans les trois mois",
            lead_id=lead_id,
            due_date=date(2018, 1, 25),
        )
    [english] = _overdue(db, "miami-2017", date(2018, 1, 27), "en")
    assert english.message == (
        "“Visite de site dans les trois mois”, to follow up the lead Oceanic Yacht Refit, was "
        "due on Thu 25 Jan 2018: it is 2 days late."
    )
    assert english.advice.startswith("Give it an owner")
    [french] = _overdue(db, "miami-2017", date(2018, 1, 27), "fr")
    assert french.message == (
        "L’action «\u00a0Visite de site dans les trois mois\u00a0» (projet Oceanic Yacht Refit) "
        "était prévue pour le jeudi 25 janvier 2018\u00a0: 2 jours de retard."
    )
    assert french.advice.startswith("Confiez-la à une personne")
    assert_french([french])


def test_actions_done_dropped_due_today_or_undated_are_not_overdue(
    db: Database, world: World
) -> None:
    today = date(2018, 1, 10)
    with db.transaction() as session:
        meeting = world.meeting(session, world.miami, "space")
        for description, due in [("Aujourd'hui", today), ("Sans date", None)]:
            add_follow_up(session, description=description, meeting_id=meeting, due_date=due)
        for status in (FollowUpStatus.DONE, FollowUpStatus.DROPPED):
            action = add_follow_up(
                session, description="Ancien", meeting_id=meeting, due_date=date(2017, 12, 1)
            )
            close_follow_up(session, action.id, status, on=date(2017, 12, 2))
    assert _overdue(db, "miami-2017", today, "en") == []


def test_a_deleted_action_comes_back_under_its_id_as_it_was(db: Database, world: World) -> None:
    with db.transaction() as session:
        meeting = world.meeting(session, world.miami, "space")
        action_id = add_follow_up(
            session,
            description="Envoyer la brochure",
            meeting_id=meeting,
            owner_id=world.people["agent"],
            due_date=date(2017, 11, 20),
        ).id
        before = close_follow_up(session, action_id, on=date(2017, 11, 21))
    with db.transaction() as session:
        delete_follow_up(session, action_id)
    with db.transaction() as session:
        restored = restore_follow_up(session, before)
    assert restored == before
    with db.reading() as session:
        assert [a.id for a in list_follow_ups(session)] == [action_id]
