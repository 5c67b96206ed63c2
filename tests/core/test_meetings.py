"""B2B meetings: requested, scheduled on a MEETING item, closed with an outcome."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.services import itinerary, missions, people, roster
from delegation_app.services.agenda import agenda_for
from delegation_app.services.follow_ups import list_follow_ups
from delegation_app.services.leads import get_lead, list_leads
from delegation_app.services.meetings import (
    get_meeting,
    list_meetings,
    request_meeting,
    schedule_meeting,
    set_outcome,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    Audience,
    ItemKind,
    LeadStage,
    MeetingStatus,
    OrganisationKind,
    ParticipantRole,
)

MIAMI = "America/New_York"


@dataclass
class Setup:
    mission_id: int
    other_mission_id: int
    organisation_id: int
    second_organisation_id: int
    contact_id: int
    participants: dict[str, int]
    slots: list[int]
    other_slot: int
    reception_id: int


def _mission(session: Session, short: str) -> int:
    return missions.create_mission(
        session,
        short=short,
        title_fr=f"Mission {short}",
        start_date=date(2017, 11, 5),
        end_date=date(2017, 11, 10),
        stops=[missions.StopInput("Miami", "US", MIAMI)],
    ).id


def _slot(
    session: Session, mission_id: int, attendee: int, hour: int, kind: ItemKind = ItemKind.MEETING
) -> int:
    return itinerary.create_item(
        session,
        mission_id=mission_id,
        kind=kind,
        title_fr=f"Rendez-vous de {hour} h",
        start_local=datetime(2017, 11, 7, hour, 0),
        start_zone=MIAMI,
        end_local=datetime(2017, 11, 7, hour, 45),
        audience=Audience.PEOPLE,
        participant_ids=[attendee],
        is_private=True,
    )


def _build(session: Session) -> Setup:
    mission_id = _mission(session, "miami-test")
    other = _mission(session, "other-test")
    org = people.create_organisation(
        session, name="U.S. Superyacht Association", kind=OrganisationKind.ASSOCIATION
    ).id
    second = people.create_organisation(session, name="Space Florida").id
    contact = people.create_person(session, given_name="Rosa", family_name="Delgado").id
    participants = {}
    for key, given, family in [
        ("agent", "Agnès", "Martinez"),
        ("leader", "Loïc", "Falcon"),
        ("mayor", "Jean-Claude", "Gaudin"),
        ("outsider", "Łukasz", "Kowalski"),
    ]:
        person = people.create_person(session, given_name=given, family_name=family).id
        participants[key] = roster.add_participant(
            session,
            mission_id=other if key == "outsider" else mission_id,
            person_id=person,
            role=ParticipantRole.STAFF,
        )
    slots = [_slot(session, mission_id, participants["agent"], hour) for hour in (9, 11, 15)]
    other_slot = _slot(session, other, participants["outsider"], 10)
    reception = _slot(session, mission_id, participants["agent"], 19, ItemKind.RECEPTION)
    return Setup(
        mission_id, other, org, second, contact, participants, slots, other_slot, reception
    )


@pytest.fixture
def setup(db: Database) -> Setup:
    with db.transaction() as session:
        return _build(session)


def _request(session: Session, setup: Setup, **changes: Any) -> int:
    arguments: dict[str, Any] = {
        "mission_id": setup.mission_id,
        "organisation_id": setup.organisation_id,
        "participant_ids": [setup.participants["agent"], setup.participants["leader"]],
        "purpose": "Présenter la filière yachting",
        "languages": ["en", "FR"],
        "contact_person_id": setup.contact_id,
    }
    arguments.update(changes)
    return request_meeting(session, **arguments)


def test_a_request_is_recorded_with_its_delegates_and_languages(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        meeting_id = _request(session, setup, priority=1, interpreter_needed=True)
    with db.reading() as session:
        view = get_meeting(session, meeting_id)
    assert view.status == MeetingStatus.REQUESTED
    assert not view.is_scheduled and view.start is None
    assert view.organisation == "U.S. Superyacht Association"
    assert view.delegates == ("Loïc Falcon", "Agnès Martinez")
    assert view.languages == ("en", "fr")
    assert view.contact == "Rosa Delgado"
    assert view.priority == 1 and view.interpreter_needed


def test_languages_may_be_given_as_one_string(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        meeting_id = _request(session, setup, languages="en; es")
        assert get_meeting(session, meeting_id).languages == ("en", "es")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"participant_ids": []}, "delegates"),
        ({"priority": 0}, "priority"),
        ({"priority": 4}, "priority"),
        ({"languages": ["english"]}, "languages"),
    ],
)
def test_a_bad_request_names_the_field(
    db: Database, setup: Setup, changes: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        _request(session, setup, **changes)
    assert error.value.field == field


def test_a_delegate_of_another_mission_cannot_be_requested(db: Database, setup: Setup) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        _request(session, setup, participant_ids=[setup.participants["outsider"]])
    assert error.value.field == "delegates"


def test_an_unknown_organisation_is_not_found(db: Database, setup: Setup) -> None:
    with pytest.raises(NotFound), db.transaction() as session:
        _request(session, setup, organisation_id=9999)


def test_scheduling_puts_the_meeting_in_its_delegates_agendas_only(
    db: Database, setup: Setup
) -> None:
    with db.transaction() as session:
        meeting_id = _request(session, setup)
        view = schedule_meeting(session, meeting_id, item_id=setup.slots[1])
    assert view.status == MeetingStatus.CONFIRMED
    assert view.start_local == datetime(2017, 11, 7, 11, 0)
    with db.reading() as session:
        leader = agenda_for(session, setup.participants["leader"])
        mayor = agenda_for(session, setup.participants["mayor"])
    [entry] = [e for e in leader if e.item_id == setup.slots[1]]
    assert entry.meeting_with == "U.S. Superyacht Association"
    assert not [e for e in mayor if e.kind == ItemKind.MEETING]


def test_only_a_meeting_item_can_hold_a_meeting(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        meeting_id = _request(session, setup)
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        schedule_meeting(session, meeting_id, item_id=setup.reception_id)
    assert error.value.field == "item"


def test_a_meeting_cannot_be_scheduled_on_another_missions_item(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        meeting_id = _request(session, setup)
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        schedule_meeting(session, meeting_id, item_id=setup.other_slot)
    assert error.value.field == "item"
    assert "another mission" in error.value.message


def test_scheduling_as_held_is_refused(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        meeting_id = _request(session, setup)
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        schedule_meeting(session, meeting_id, item_id=setup.slots[0], status=MeetingStatus.HELD)
    assert error.value.field == "status"


def test_two_meetings_cannot_share_a_slot(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        first = _request(session, setup)
        second = _request(session, setup, organisation_id=setup.second_organisation_id)
        schedule_meeting(session, first, item_id=setup.slots[0])
    with pytest.raises(Conflict), db.transaction() as session:
        schedule_meeting(session, second, item_id=setup.slots[0])


def test_a_locked_meeting_is_never_moved(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        meeting_id = _request(session, setup)
        schedule_meeting(session, meeting_id, item_id=setup.slots[0], locked=True)
    with pytest.raises(Conflict, match="locked"), db.transaction() as session:
        schedule_meeting(session, meeting_id, item_id=setup.slots[1])
    with db.reading() as session:
        assert get_meeting(session, meeting_id).item_id == setup.slots[0]


def test_an_outcome_is_recorded(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        meeting_id = _request(session, setup)
        schedule_meeting(session, meeting_id, item_id=setup.slots[0])
        view = set_outcome(session, meeting_id, MeetingStatus.HELD, "Visite prévue en janvier")
    assert view.status == MeetingStatus.HELD
    assert view.outcome == "Visite prévue en janvier"


def test_a_meeting_never_scheduled_was_not_held(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        meeting_id = _request(session, setup)
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        set_outcome(session, meeting_id, MeetingStatus.HELD, "?")
    assert error.value.field == "status"
    with db.transaction() as session:
        view = set_outcome(session, meeting_id, MeetingStatus.CANCELLED, "Annulé par l'entreprise")
    assert view.status == MeetingStatus.CANCELLED


def test_confirmed_is_no_outcome(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        meeting_id = _request(session, setup)
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        set_outcome(session, meeting_id, MeetingStatus.CONFIRMED, None)
    assert error.value.field == "status"


def test_meetings_are_listed_by_time_then_requests_by_priority(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        late = _request(session, setup)
        early = _request(session, setup)
        low = _request(session, setup, priority=3)
        high = _request(session, setup, priority=1)
        schedule_meeting(session, late, item_id=setup.slots[2])
        schedule_meeting(session, early, item_id=setup.slots[0])
    with db.reading() as session:
        order = [v.id for v in list_meetings(session, setup.mission_id)]
    assert order == [early, late, high, low]


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


def test_list_meetings_runs_a_fixed_number_of_queries(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        schedule_meeting(session, _request(session, setup), item_id=setup.slots[0])
    with db.reading() as session, _counting(db) as one:
        list_meetings(session, setup.mission_id)
    with db.transaction() as session:
        for slot in setup.slots[1:]:
            schedule_meeting(session, _request(session, setup), item_id=slot)
        _request(session, setup)
    with db.reading() as session, _counting(db) as four:
        assert len(list_meetings(session, setup.mission_id)) == 4
    assert len(four) == len(one)


# --- the demo -----------------------------------------------------------------------------


def test_demo_miami_has_about_a_dozen_meetings_and_three_leads(demo_db: Database) -> None:
    with demo_db.reading() as session:
        mission_id = missions.resolve_mission_id(session, "miami-2017")
        meetings = list_meetings(session, mission_id)
        leads = [get_lead(session, row.id) for row in list_leads(session, mission_id=mission_id)]
        actions = list_follow_ups(session, mission_id=mission_id)
    assert 11 <= len(meetings) <= 14
    statuses = {m.status for m in meetings}
    assert {MeetingStatus.HELD, MeetingStatus.CONFIRMED, MeetingStatus.CANCELLED} <= statuses
    networks = {m.organisation for m in meetings}
    assert {
        "U.S. Superyacht Association",
        "Marine Industries Association of South Florida",
        "Florida High Tech Corridor",
        "Space Florida",
    } <= networks
    # the first ones at the Fort Lauderdale boat show on the day of arrival
    assert meetings[0].start_local is not None
    assert meetings[0].start_local.date() == date(2017, 11, 5)
    assert meetings[0].venue is not None and "Boat Show" in meetings[0].venue
    assert any("Jean-Luc Chauvin" in m.delegates for m in meetings)
    # three companies decided to study a location and to visit within three months
    assert len(leads) == 3
    assert {lead.lead.stage for lead in leads} == {LeadStage.STUDY}
    for lead in leads:
        assert lead.lead.jobs_expected
        [visit] = [a for a in lead.actions if "trois mois" in a.description]
        assert visit.due_date is not None
        assert visit.due_date <= date(2017, 11, 10) + timedelta(days=92)
        assert visit.meeting_id in {m.id for m in meetings}
        assert {m.meeting.mission_id for m in lead.meetings} >= {mission_id}
        assert [c.stage for c in lead.history] == [LeadStage.CONTACT, LeadStage.STUDY]
    # and what else the meetings left to do
    assert any(a.lead_id is None and a.meeting_id is not None for a in actions)


def test_demo_toronto_has_qualified_appointments(demo_db: Database) -> None:
    with demo_db.reading() as session:
        mission_id = missions.resolve_mission_id(session, "toronto-montreal-2019")
        meetings = list_meetings(session, mission_id)
    toronto = [m for m in meetings if m.start_local and m.start_local.date() == date(2019, 7, 9)]
    assert len(toronto) >= 5
    assert all(m.start_zone == "America/Toronto" for m in meetings if m.start_zone)
