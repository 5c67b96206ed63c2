"""Leads: stages with their history, meetings of any mission, expected jobs and investment."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.services.follow_ups import add_follow_up, get_follow_up
from delegation_app.services.leads import (
    change_stage,
    create_lead,
    delete_lead,
    get_lead,
    link_meeting,
    list_leads,
    parse_stage,
    restore_lead,
    revert_stage_change,
    unlink_meeting,
    update_lead,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import LeadStage, MeetingStatus
from tests.core.lead_cases import DIGITAL, MARITIME, World, build_world

MIAMI = ZoneInfo("America/New_York")


@pytest.fixture
def world(db: Database) -> World:
    with db.transaction() as session:
        return build_world(session)


def test_a_new_lead_starts_its_history_with_its_first_stage(db: Database, world: World) -> None:
    at = datetime(2017, 11, 6, 15, 45, tzinfo=MIAMI)
    with db.transaction() as session:
        meeting = world.meeting(session, world.miami, "brickell")
        row = create_lead(
            session,
            organisation_id=world.organisations["brickell"],
            meeting_ids=[meeting],
            project="Centre de données à Marseille",
            jobs_expected=15,
            investment_expected=20_000_000,
            investment_currency="usd",
            owner_person_id=world.people["agent"],
            changed_by="Provence Promotion",
            note="Premier rendez-vous",
            at=at,
        )
    with db.reading() as session:
        detail = get_lead(session, row.id)
    lead = detail.lead
    assert lead.stage == LeadStage.CONTACT
    assert lead.mission_id == world.miami and lead.mission_short == "miami-2017"
    assert lead.organisation == "Brickell Data Systems"
    assert lead.sector == DIGITAL  # the organisation's, when none is given
    assert (lead.jobs_expected, lead.investment_expected, lead.investment_currency) == (
        15,
        20_000_000,
        "USD",
    )
    assert lead.owner == "Agnès Martinez"
    assert [(c.stage, c.changed_at, c.changed_by, c.note) for c in detail.history] == [
        (LeadStage.CONTACT, at.astimezone(UTC), "Provence Promotion", "Premier rendez-vous")
    ]
    assert lead.stage_since == at.astimezone(UTC)
    assert [m.meeting.id for m in detail.meetings] == [meeting]


def test_a_stage_change_is_recorded_with_when_who_and_why(db: Database, world: World) -> None:
    with db.transaction() as session:
        lead_id = create_lead(
            session,
            organisation_id=world.organisations["oceanic"],
            mission_id=world.miami,
            at=datetime(2017, 11, 5, 16, 0, tzinfo=MIAMI),
        ).id
        change_stage(
            session,
            lead_id,
            LeadStage.STUDY,
            changed_by="amartinez",
            note="Décide d'étudier une implantation",
            at=datetime(2017, 11, 10, 9, 0, tzinfo=MIAMI),
        )
        detail = change_stage(
            session,
            lead_id,
            LeadStage.SITE_VISIT,
            at=datetime(2018, 1, 25, 10, 0, tzinfo=UTC),
        )
    assert detail.lead.stage == LeadStage.SITE_VISIT
    assert [(c.stage, c.changed_at, c.changed_by, c.note) for c in detail.history] == [
        (LeadStage.CONTACT, datetime(2017, 11, 5, 21, 0, tzinfo=UTC), None, None),
        (
            LeadStage.STUDY,
            datetime(2017, 11, 10, 14, 0, tzinfo=UTC),
            "amartinez",
            "Décide d'étudier une implantation",
        ),
        (LeadStage.SITE_VISIT, datetime(2018, 1, 25, 10, 0, tzinfo=UTC), None, None),
    ]
    with db.reading() as session:
        [row] = list_leads(session)
    assert row.stage_since == datetime(2018, 1, 25, 10, 0, tzinfo=UTC)


def test_a_lost_lead_can_be_taken_up_again(db: Database, world: World) -> None:
    with db.transaction() as session:
        lead_id = create_lead(session, organisation_id=world.organisations["space"]).id
        change_stage(session, lead_id, LeadStage.LOST, note="Pas de projet")
        detail = change_stage(session, lead_id, LeadStage.STUDY, note="Nouveau projet")
    assert [c.stage for c in detail.history] == [
        LeadStage.CONTACT,
        LeadStage.LOST,
        LeadStage.STUDY,
    ]
    assert detail.lead.is_open


def test_the_same_stage_again_or_a_change_dated_before_the_last_is_refused(
    db: Database, world: World
) -> None:
    with db.transaction() as session:
        lead_id = create_lead(
            session,
            organisation_id=world.organisations["space"],
            stage=LeadStage.STUDY,
            at=datetime(2017, 11, 10, 12, 0, tzinfo=UTC),
        ).id
    with pytest.raises(ValidationError) as same, db.transaction() as session:
        change_stage(session, lead_id, LeadStage.STUDY)
    assert same.value.field == "stage"
    assert "already at the stage study" in str(same.value)
    with pytest.raises(ValidationError) as earlier, db.transaction() as session:
        change_stage(session, lead_id, LeadStage.DECISION, at=datetime(2017, 11, 9, tzinfo=UTC))
    assert earlier.value.field == "date"
    with db.reading() as session:
        detail = get_lead(session, lead_id)
    assert detail.lead.stage == LeadStage.STUDY and len(detail.history) == 1


def test_a_lead_is_linked_to_a_meeting_of_a_later_mission_and_listed_with_both(
    db: Database, world: World
) -> None:
    with db.transaction() as session:
        in_miami = world.meeting(session, world.miami, "brickell", outcome="Visite prévue")
        in_toronto = world.meeting(session, world.toronto, "brickell", outcome="Toujours à l'étude")
        other = world.meeting(session, world.toronto, "lakes")
        lead_id = create_lead(
            session, organisation_id=world.organisations["brickell"], meeting_ids=[in_miami]
        ).id
        detail = link_meeting(session, lead_id, in_toronto)
    assert detail.lead.mission_id == world.miami  # the mission it began with stays
    assert detail.lead.organisation_id == world.organisations["brickell"]
    assert set(detail.lead.mission_ids) == {world.miami, world.toronto}
    assert [(m.mission_short, m.meeting.id, m.meeting.outcome) for m in detail.meetings] == [
        ("miami-2017", in_miami, "Visite prévue"),
        ("toronto-2019", in_toronto, "Toujours à l'étude"),
    ]
    with db.reading() as session:
        assert [r.id for r in list_leads(session, mission_id=world.miami)] == [lead_id]
        assert [r.id for r in list_leads(session, mission_id=world.toronto)] == [lead_id]
    with db.transaction() as session:
        unlink_meeting(session, lead_id, in_toronto)
        assert list_leads(session, mission_id=world.toronto) == []
        link_meeting(session, lead_id, other)  # a meeting with another organisation too
        assert [r.id for r in list_leads(session, mission_id=world.toronto)] == [lead_id]


def test_a_lead_takes_the_mission_of_its_earliest_meeting(db: Database, world: World) -> None:
    with db.transaction() as session:
        later = world.meeting(session, world.toronto, "brickell")
        earlier = world.meeting(session, world.miami, "brickell")
        row = create_lead(
            session, organisation_id=world.organisations["brickell"], meeting_ids=[later, earlier]
        )
    assert row.mission_id == world.miami
    assert set(row.meeting_ids) == {later, earlier}


def test_linking_twice_is_a_conflict_and_unlinking_what_is_not_linked_is_not_found(
    db: Database, world: World
) -> None:
    with db.transaction() as session:
        meeting = world.meeting(session, world.miami, "oceanic")
        lead_id = create_lead(
            session, organisation_id=world.organisations["oceanic"], meeting_ids=[meeting]
        ).id
        other = world.meeting(session, world.toronto, "oceanic")
    with pytest.raises(Conflict), db.transaction() as session:
        link_meeting(session, lead_id, meeting)
    with pytest.raises(NotFound), db.transaction() as session:
        unlink_meeting(session, lead_id, other)
    with pytest.raises(NotFound), db.transaction() as session:
        link_meeting(session, lead_id, 9999)


def test_unlinking_a_meeting_keeps_its_follow_up_with_the_lead(db: Database, world: World) -> None:
    with db.transaction() as session:
        meeting = world.meeting(session, world.toronto, "brickell")
        lead_id = create_lead(
            session,
            organisation_id=world.organisations["brickell"],
            mission_id=world.miami,
            meeting_ids=[meeting],
        ).id
        action = add_follow_up(session, description="Relancer", meeting_id=meeting, lead_id=lead_id)
        unlink_meeting(session, lead_id, meeting)
        kept = get_follow_up(session, action.id)
    assert (kept.lead_id, kept.meeting_id) == (lead_id, None)
    assert kept.mission_id == world.miami  # now the lead's own mission's


def _three_leads(db: Database, world: World) -> dict[str, int]:
    with db.transaction() as session:
        return {
            "oceanic": create_lead(
                session,
                organisation_id=world.organisations["oceanic"],
                mission_id=world.miami,
                stage=LeadStage.STUDY,
            ).id,
            "brickell": create_lead(
                session,
                organisation_id=world.organisations["brickell"],
                mission_id=world.miami,
                stage=LeadStage.DECISION,
            ).id,
            "lakes": create_lead(
                session,
                organisation_id=world.organisations["lakes"],
                mission_id=world.toronto,
                stage=LeadStage.STUDY,
            ).id,
        }


def test_leads_are_listed_across_missions_in_the_order_of_their_stages(
    db: Database, world: World
) -> None:
    ids = _three_leads(db, world)
    with db.reading() as session:
        rows = list_leads(session)
    # study before decision; within a stage by organisation (Great Lakes before Oceanic)
    assert [r.id for r in rows] == [ids["lakes"], ids["oceanic"], ids["brickell"]]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"stage": LeadStage.STUDY}, {"oceanic", "lakes"}),
        ({"sector": MARITIME}, {"oceanic", "lakes"}),
        ({"sector": DIGITAL, "stage": LeadStage.STUDY}, set()),
        ({"organisation": "brickell"}, {"brickell"}),
        ({"mission": "toronto"}, {"lakes"}),
        ({"mission": "miami", "stage": LeadStage.STUDY}, {"oceanic"}),
    ],
)
def test_the_list_filters_by_mission_stage_sector_and_organisation(
    db: Database, world: World, filters: dict[str, Any], expected: set[str]
) -> None:
    ids = _three_leads(db, world)
    arguments: dict[str, Any] = {}
    if "stage" in filters:
        arguments["stage"] = filters["stage"]
    if "sector" in filters:
        arguments["sector"] = filters["sector"]
    if "organisation" in filters:
        arguments["organisation_id"] = world.organisations[filters["organisation"]]
    if "mission" in filters:
        arguments["mission_id"] = getattr(world, filters["mission"])
    with db.reading() as session:
        found = {r.id for r in list_leads(session, **arguments)}
    assert found == {ids[key] for key in expected}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"investment_expected": 5_000_000}, "investment currency"),
        (
            {"investment_expected": 5_000_000, "investment_currency": "DOLLARS"},
            "investment currency",
        ),
        ({"investment_expected": 5_000_000, "investment_currency": "XYZ"}, "investment currency"),
        ({"investment_currency": "EUR"}, "investment expected"),
        ({"investment_expected": -1, "investment_currency": "EUR"}, "investment expected"),
        ({"jobs_expected": -3}, "jobs expected"),
        ({"project": "x" * 10_001}, "project"),
    ],
)
def test_a_bad_lead_names_the_field_and_writes_nothing(
    db: Database, world: World, changes: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        create_lead(session, organisation_id=world.organisations["oceanic"], **changes)
    assert error.value.field == field
    with db.reading() as session:
        assert list_leads(session) == []


def test_an_unknown_organisation_or_meeting_is_not_found(db: Database, world: World) -> None:
    with pytest.raises(NotFound, match="organisation"), db.transaction() as session:
        create_lead(session, organisation_id=9999)
    with pytest.raises(NotFound, match="meeting"), db.transaction() as session:
        create_lead(session, organisation_id=world.organisations["space"], meeting_ids=[9999])


def test_an_update_changes_only_the_fields_given(db: Database, world: World) -> None:
    with db.transaction() as session:
        lead_id = create_lead(
            session,
            organisation_id=world.organisations["oceanic"],
            project="Atelier de refit",
            jobs_expected=25,
            investment_expected=4_500_000,
            investment_currency="USD",
            owner_person_id=world.people["agent"],
        ).id
        row = update_lead(session, lead_id, jobs_expected=30, investment_expected=5_000_000)
    assert (row.jobs_expected, row.investment_expected, row.investment_currency) == (
        30,
        5_000_000,
        "USD",
    )
    assert row.project == "Atelier de refit" and row.owner == "Agnès Martinez"
    with db.transaction() as session:
        row = update_lead(
            session,
            lead_id,
            owner_person_id=None,
            investment_expected=None,
            investment_currency=None,
        )
    assert (row.owner, row.investment_expected, row.investment_currency) == (None, None, None)
    assert row.stage == LeadStage.CONTACT


@pytest.mark.parametrize(
    ("typed", "stage"),
    [
        ("site_visit", LeadStage.SITE_VISIT),
        ("Site visit", LeadStage.SITE_VISIT),
        ("visite de site", LeadStage.SITE_VISIT),
        ("ÉTUDE", LeadStage.STUDY),
        (" decision ", LeadStage.DECISION),
        ("implanté", LeadStage.SETTLED),
    ],
)
def test_a_stage_is_read_as_typed_in_french_or_english(typed: str, stage: LeadStage) -> None:
    assert parse_stage(typed) == stage


def test_an_unknown_stage_lists_the_stages() -> None:
    with pytest.raises(ValidationError, match="contact, study, site_visit"):
        parse_stage("signed")


@contextmanager
def _counting(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_the_list_runs_a_fixed_number_of_queries(db: Database, world: World) -> None:
    with db.transaction() as session:
        meeting = world.meeting(session, world.miami, "oceanic")
        lead_id = create_lead(
            session, organisation_id=world.organisations["oceanic"], meeting_ids=[meeting]
        ).id
        add_follow_up(session, description="Visite", lead_id=lead_id)
    with db.reading() as session, _counting(db) as one:
        list_leads(session)
    with db.transaction() as session:
        for key in ("brickell", "space", "lakes"):
            meeting = world.meeting(session, world.toronto, key, MeetingStatus.CONFIRMED)
            lead_id = create_lead(
                session, organisation_id=world.organisations[key], meeting_ids=[meeting]
            ).id
            add_follow_up(session, description="Visite", lead_id=lead_id)
    with db.reading() as session, _counting(db) as four:
        assert len(list_leads(session)) == 4
    assert len(four) == len(one)


def test_the_row_shows_the_next_open_action(db: Database, world: World) -> None:
    from datetime import date

    with db.transaction() as session:
        lead_id = create_lead(session, organisation_id=world.organisations["oceanic"]).id
        add_follow_up(session, description="Plus tard", lead_id=lead_id, due_date=date(2018, 3, 1))
        add_follow_up(session, description="Sans date", lead_id=lead_id)
        add_follow_up(session, description="D'abord", lead_id=lead_id, due_date=date(2018, 1, 5))
        [row] = list_leads(session)
    assert (row.open_actions, row.next_action, row.next_action_due) == (
        3,
        "D'abord",
        date(2018, 1, 5),
    )


def test_taking_back_a_stage_change_returns_to_the_stage_before_and_keeps_the_first(
    db: Database, world: World
) -> None:
    with db.transaction() as session:
        lead_id = create_lead(session, organisation_id=world.organisations["brickell"]).id
        change_stage(
            session,
            lead_id,
            LeadStage.STUDY,
            changed_by="Provence Promotion",
            note="Étude de site demandée",
        )
    with db.transaction() as session:
        taken = revert_stage_change(session, lead_id)
    assert (taken.stage, taken.changed_by, taken.note) == (
        LeadStage.STUDY,
        "Provence Promotion",
        "Étude de site demandée",
    )
    with db.reading() as session:
        detail = get_lead(session, lead_id)
    assert detail.lead.stage == LeadStage.CONTACT
    assert [change.stage for change in detail.history] == [LeadStage.CONTACT]
    with pytest.raises(ValidationError) as refused, db.transaction() as session:
        revert_stage_change(session, lead_id)
    assert refused.value.field == "stage"


def test_a_deleted_lead_comes_back_under_its_id_with_its_history_and_meetings(
    db: Database, world: World
) -> None:
    with db.transaction() as session:
        meeting = world.meeting(session, world.miami, "brickell")
        lead_id = create_lead(
            session,
            organisation_id=world.organisations["brickell"],
            meeting_ids=[meeting],
            jobs_expected=15,
            investment_expected=20_000_000,
            investment_currency="USD",
            note="Premier rendez-vous",
        ).id
        change_stage(session, lead_id, LeadStage.STUDY, note="Étude")
        before = get_lead(session, lead_id)
    with db.transaction() as session:
        snapshot = delete_lead(session, lead_id)
    with db.reading() as session:
        assert list_leads(session) == []
    with db.transaction() as session:
        restore_lead(session, snapshot)
    with db.reading() as session:
        after = get_lead(session, lead_id)
    assert after == before


def test_a_lead_with_follow_up_actions_is_not_deleted(db: Database, world: World) -> None:
    with db.transaction() as session:
        lead_id = create_lead(session, organisation_id=world.organisations["brickell"]).id
        add_follow_up(session, description="Envoyer la brochure", lead_id=lead_id)
    with pytest.raises(Conflict, match="follow-up actions"), db.transaction() as session:
        delete_lead(session, lead_id)
    with db.reading() as session:
        assert [row.id for row in list_leads(session)] == [lead_id]
