"""Moving a B2B meeting to a slot by hand, editing and deleting requests, recording a status:
on the Toronto demo mission (one session on 9 July, 09:00-12:20, 20-minute slots, 3 tables
at MaRS; the held meetings of that morning each take a table)."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.errors import Conflict, ValidationError
from delegation_app.services import itinerary
from delegation_app.services.agenda import agenda_for
from delegation_app.services.follow_ups import add_follow_up
from delegation_app.services.meeting_plan import PLAN_STEPS, list_b2b_sessions, plan_meetings
from delegation_app.services.meetings import (
    MeetingView,
    MoveRefused,
    Refusal,
    delete_request,
    get_meeting,
    list_meetings,
    move_meeting,
    request_meeting,
    restore_request,
    set_locked,
    set_status,
    undo_move,
    update_request,
)
from delegation_app.services.missions import resolve_mission_id
from delegation_app.storage.database import Database
from delegation_app.storage.models import Audience, ItemKind, ItineraryItem, MeetingStatus

TORONTO = "America/Toronto"


def _mission(session: Session) -> int:
    return resolve_mission_id(session, "toronto-montreal-2019")


def _find(session: Session, organisation: str, *delegates: str) -> MeetingView:
    [found] = [
        m
        for m in list_meetings(session, _mission(session))
        if m.organisation == organisation and set(delegates) <= set(m.delegates)
    ]
    return found


def _session_id(session: Session) -> int:
    [b2b] = list_b2b_sessions(session, _mission(session))
    return b2b.id


def _at(hour: int, minute: int) -> datetime:
    return datetime(2019, 7, 9, hour, minute)


def _move(session: Session, meeting: MeetingView, hour: int, minute: int) -> MeetingView:
    return move_meeting(
        session, meeting.id, session_id=_session_id(session), start_local=_at(hour, minute)
    ).meeting


def test_a_request_moved_to_a_slot_gets_its_time_in_the_delegates_agenda(
    demo_db: Database,
) -> None:
    with demo_db.transaction() as session:
        request = _find(session, "Lakeshore Games Inc.", "Karim Fabre")
        assert request.item_id is None
        moved = _move(session, request, 9, 20)
    assert moved.status is MeetingStatus.PROPOSED
    assert (moved.start_local, moved.end_local, moved.start_zone) == (
        _at(9, 20),
        _at(9, 40),
        TORONTO,
    )
    assert moved.venue == "MaRS Discovery District"
    with demo_db.reading() as session:
        [karim] = request.delegate_ids
        titles = [e.title_en for e in agenda_for(session, karim) if e.item_id == moved.item_id]
    assert titles == ["Business meeting (B2B): Lakeshore Games Inc."]


def test_a_move_onto_a_delegates_other_meeting_is_refused_and_nothing_changes(
    demo_db: Database,
) -> None:
    with demo_db.transaction() as session:
        _move(session, _find(session, "Great Lakes BlueTech", "Rachid Mercier"), 12, 0)
    with demo_db.reading() as session:
        both = _find(session, "Ontario Blue Economy Network", "Rachid Mercier")
    with pytest.raises(MoveRefused) as refused, demo_db.transaction() as session:
        _move(session, both, 12, 0)
    assert refused.value.refusal is Refusal.DELEGATE_BUSY
    assert refused.value.who == "Rachid Mercier"
    assert "Rachid Mercier is already in the meeting with Great Lakes BlueTech at 12:00" in str(
        refused.value
    )
    with demo_db.reading() as session:
        after = get_meeting(session, both.id)
    assert after.item_id is None and after.status is MeetingStatus.REQUESTED


def test_a_held_meeting_keeps_its_organisation_busy(demo_db: Database) -> None:
    # Great Lakes BlueTech met delegates from 11:00 to 11:45.
    with demo_db.reading() as session:
        request = _find(session, "Great Lakes BlueTech", "Siobhán O'Connor")
    with pytest.raises(MoveRefused) as refused, demo_db.transaction() as session:
        _move(session, request, 11, 20)
    assert refused.value.refusal is Refusal.ORGANISATION_BUSY
    assert refused.value.who == "Great Lakes BlueTech"


def test_a_delegate_busy_with_another_item_cannot_be_moved_there(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        request = _find(session, "Lakeshore Games Inc.", "Karim Fabre")
        itinerary.create_item(
            session,
            mission_id=_mission(session),
            kind=ItemKind.VISIT,
            title_fr="Visite de chantier",
            title_en="Site visit",
            start_local=_at(10, 0),
            start_zone=TORONTO,
            end_local=_at(11, 0),
            audience=Audience.PEOPLE,
            participant_ids=list(request.delegate_ids),
        )
    with pytest.raises(MoveRefused) as refused, demo_db.transaction() as session:
        _move(session, request, 10, 40)
    assert refused.value.who == "Karim Fabre" and refused.value.what == "Site visit"
    with demo_db.transaction() as session:
        assert _move(session, request, 11, 0).start_local == _at(11, 0)


def test_a_locked_meeting_is_not_moved(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        meeting = _move(session, _find(session, "Lakeshore Games Inc.", "Karim Fabre"), 9, 0)
        set_locked(session, meeting.id, True)
    with pytest.raises(MoveRefused) as refused, demo_db.transaction() as session:
        _move(session, meeting, 9, 20)
    assert refused.value.refusal is Refusal.LOCKED
    with demo_db.reading() as session:
        assert get_meeting(session, meeting.id).start_local == _at(9, 0)


def test_a_slot_whose_tables_are_all_taken_is_refused(demo_db: Database) -> None:
    # At 09:00 the held meeting with Ontario Blue Economy Network takes one of the 3 tables.
    with demo_db.transaction() as session:
        _move(session, _find(session, "Lakeshore Games Inc.", "Karim Fabre"), 9, 0)
        _move(session, _find(session, "Toronto Music & Tech Hub", "Ömer Çelik"), 9, 0)
    with pytest.raises(MoveRefused) as refused, demo_db.transaction() as session:
        _move(session, _find(session, "Queen West Media Studio", "Noémie Bérard"), 9, 0)
    assert refused.value.refusal is Refusal.NO_TABLE
    assert "all 3 tables are taken at 09:00" in str(refused.value)


def test_a_meeting_needing_an_interpreter_waits_for_a_free_one(demo_db: Database) -> None:
    # The session has one interpreter on hand.
    with demo_db.transaction() as session:
        for organisation, delegate in (
            ("Lakeshore Games Inc.", "Karim Fabre"),
            ("Toronto Music & Tech Hub", "Ömer Çelik"),
        ):
            meeting = _find(session, organisation, delegate)
            update_request(
                session,
                meeting.id,
                organisation_id=meeting.organisation_id,
                participant_ids=meeting.delegate_ids,
                interpreter_needed=True,
            )
        _move(session, _find(session, "Lakeshore Games Inc.", "Karim Fabre"), 10, 20)
    with pytest.raises(MoveRefused) as refused, demo_db.transaction() as session:
        _move(session, _find(session, "Toronto Music & Tech Hub", "Ömer Çelik"), 10, 20)
    assert refused.value.refusal is Refusal.NO_INTERPRETER
    with demo_db.transaction() as session:
        moved = _move(session, _find(session, "Toronto Music & Tech Hub", "Ömer Çelik"), 10, 40)
    assert moved.start_local == _at(10, 40)


def test_a_held_meeting_is_history(demo_db: Database) -> None:
    with demo_db.reading() as session:
        held = _find(session, "Harbourfront Creative Lab", "Bénédicte Dupont")
    with pytest.raises(MoveRefused) as refused, demo_db.transaction() as session:
        _move(session, held, 12, 0)
    assert refused.value.refusal is Refusal.CLOSED


def test_a_time_between_two_slots_is_refused_naming_the_slot(demo_db: Database) -> None:
    with pytest.raises(ValidationError) as refused, demo_db.transaction() as session:
        _move(session, _find(session, "Lakeshore Games Inc.", "Karim Fabre"), 9, 10)
    assert refused.value.field == "slot"
    with pytest.raises(ValidationError), demo_db.transaction() as session:
        _move(session, _find(session, "Lakeshore Games Inc.", "Karim Fabre"), 12, 20)


def test_undoing_a_move_puts_the_meeting_back_with_its_status(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        request = _find(session, "Lakeshore Games Inc.", "Karim Fabre")
        first = move_meeting(
            session, request.id, session_id=_session_id(session), start_local=_at(9, 0)
        )
        session.flush()
        set_status(session, request.id, MeetingStatus.CONFIRMED)
        second = move_meeting(
            session, request.id, session_id=_session_id(session), start_local=_at(11, 40)
        )
    assert second.meeting.item_id == first.meeting.item_id  # the same calendar event moves
    with demo_db.transaction() as session:
        back = undo_move(session, second)
    assert back.start_local == _at(9, 0) and back.status is MeetingStatus.CONFIRMED
    with demo_db.transaction() as session:
        undone = undo_move(session, first)
        assert session.get(ItineraryItem, first.meeting.item_id) is None
    assert undone.item_id is None and undone.status is MeetingStatus.REQUESTED


def test_editing_a_scheduled_request_moves_its_delegates_with_it(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        meeting = _move(session, _find(session, "Lakeshore Games Inc.", "Karim Fabre"), 9, 20)
        other = _find(session, "Toronto Music & Tech Hub", "Ömer Çelik")
        edited = update_request(
            session,
            meeting.id,
            organisation_id=meeting.organisation_id,
            participant_ids=[*meeting.delegate_ids, *other.delegate_ids],
            priority=1,
            purpose="Studios de jeu vidéo",
            languages="fr, en",
            interpreter_needed=True,
        )
        [omer] = other.delegate_ids
        in_agenda = [e.item_id for e in agenda_for(session, omer)]
    assert set(edited.delegates) == {"Ömer Çelik", "Karim Fabre"}
    assert (edited.priority, edited.purpose, edited.languages, edited.interpreter_needed) == (
        1,
        "Studios de jeu vidéo",
        ("fr", "en"),
        True,
    )
    assert meeting.item_id in in_agenda


def test_editing_a_request_refuses_a_delegate_busy_at_its_time(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        meeting = _move(session, _find(session, "Lakeshore Games Inc.", "Karim Fabre"), 9, 20)
        held = _find(session, "Ontario Blue Economy Network", "Thierry Blanchard")
        thierry = dict(zip(held.delegates, held.delegate_ids, strict=True))["Thierry Blanchard"]
    with pytest.raises(MoveRefused) as refused, demo_db.transaction() as session:
        update_request(
            session,
            meeting.id,
            organisation_id=meeting.organisation_id,
            participant_ids=[*meeting.delegate_ids, thierry],
        )
    assert refused.value.who == "Thierry Blanchard"
    with demo_db.reading() as session:
        assert get_meeting(session, meeting.id).delegates == ("Karim Fabre",)


def test_a_status_needs_the_time_it_speaks_of(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        request = _find(session, "Lakeshore Games Inc.", "Karim Fabre")
    with pytest.raises(ValidationError) as refused, demo_db.transaction() as session:
        set_status(session, request.id, MeetingStatus.CONFIRMED)
    assert refused.value.field == "status"
    with demo_db.transaction() as session:
        moved = _move(session, request, 9, 20)
        with pytest.raises(ValidationError):
            set_status(session, moved.id, MeetingStatus.REQUESTED)
        held = set_status(session, moved.id, MeetingStatus.HELD, "  Intéressés par un studio ")
    assert (held.status, held.outcome) == (MeetingStatus.HELD, "Intéressés par un studio")


def test_a_deleted_request_comes_back_with_its_time(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        meeting = _move(session, _find(session, "Lakeshore Games Inc.", "Karim Fabre"), 9, 20)
        uid = session.scalars(
            select(ItineraryItem.uid).where(ItineraryItem.id == meeting.item_id)
        ).one()
        snapshot = delete_request(session, meeting.id)
        assert session.get(ItineraryItem, meeting.item_id) is None
        assert meeting.id not in {m.id for m in list_meetings(session, meeting.mission_id)}
    with demo_db.transaction() as session:
        restore_request(session, snapshot)
        back = get_meeting(session, meeting.id)
        back_uid = session.scalars(
            select(ItineraryItem.uid).where(ItineraryItem.id == back.item_id)
        ).one()
    assert (back.delegates, back.start_local, back.status) == (
        ("Karim Fabre",),
        _at(9, 20),
        MeetingStatus.PROPOSED,
    )
    assert back_uid == uid


def test_a_meeting_with_follow_ups_cannot_be_deleted(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        request = _find(session, "Lakeshore Games Inc.", "Karim Fabre")
        add_follow_up(session, description="Envoyer la plaquette", meeting_id=request.id)
    with pytest.raises(Conflict), demo_db.transaction() as session:
        delete_request(session, request.id)
    with demo_db.reading() as session:
        assert get_meeting(session, request.id).organisation == "Lakeshore Games Inc."


def test_a_new_request_can_be_moved_into_a_slot(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        template = _find(session, "Queen West Media Studio", "Noémie Bérard")
        new_id = request_meeting(
            session,
            mission_id=template.mission_id,
            organisation_id=template.organisation_id,
            participant_ids=template.delegate_ids,
        )
        moved = _move(session, get_meeting(session, new_id), 12, 0)
    assert moved.start_local == _at(12, 0)


def test_planning_reports_each_of_its_steps_in_order(demo_db: Database) -> None:
    calls: list[tuple[int, int]] = []
    with demo_db.reading() as session:
        mission_id = _mission(session)
        quiet = plan_meetings(session, mission_id)
        heard = plan_meetings(session, mission_id, lambda done, total: calls.append((done, total)))
    assert {total for _, total in calls} == {PLAN_STEPS}
    dones = [done for done, _ in calls]
    assert dones == sorted(set(dones)) and dones[0] == 1 and dones[-1] == PLAN_STEPS
    assert len(dones) == PLAN_STEPS  # every step heard once
    assert heard == quiet  # listening changes nothing
