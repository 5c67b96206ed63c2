"""Planning a mission's B2B meetings in its sessions, from the database and back to it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.errors import ValidationError
from delegation_app.services import itinerary, missions, people, roster
from delegation_app.services.agenda import agenda_for
from delegation_app.services.meeting_plan import (
    Change,
    add_organisation_window,
    apply_plan,
    create_b2b_session,
    list_b2b_sessions,
    plan_meetings,
    revert_plan,
    set_meeting_place,
    travel_minutes_between,
)
from delegation_app.services.meetings import (
    get_meeting,
    list_meetings,
    request_meeting,
    schedule_meeting,
)
from delegation_app.services.scheduler import Reason
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    Audience,
    ItemKind,
    ItineraryItem,
    MeetingStatus,
    ParticipantRole,
)

MIAMI = "America/New_York"
DAY = date(2017, 11, 7)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(DAY.year, DAY.month, DAY.day, hour, minute)


@dataclass
class Setup:
    mission_id: int
    hall: int
    port: int
    airport_area: int
    orgs: dict[str, int]
    delegates: dict[str, int]


def _build(session: Session) -> Setup:
    mission_id = missions.create_mission(
        session,
        short="b2b-test",
        title_fr="Mission B2B",
        start_date=date(2017, 11, 5),
        end_date=date(2017, 11, 10),
        stops=[missions.StopInput("Miami", "US", MIAMI)],
    ).id
    # Coordinates: the hall downtown, the port 2 km east, an office in Doral 9.7 km west.
    hall = itinerary.create_venue(
        session, name="Hall B2B", city="Miami", zone=MIAMI, latitude=25.7743, longitude=-80.1937
    )
    port = itinerary.create_venue(
        session, name="PortMiami", city="Miami", zone=MIAMI, latitude=25.7781, longitude=-80.1740
    )
    airport_area = itinerary.create_venue(
        session, name="Doral office", city="Doral", zone=MIAMI, latitude=25.7959, longitude=-80.2870
    )
    orgs = {
        key: people.create_organisation(session, name=name).id
        for key, name in [("port", "PortMiami"), ("space", "Space Florida"), ("yacht", "USSA")]
    }
    delegates = {}
    for key, given, family in [("agnes", "Agnès", "Martinez"), ("loic", "Loïc", "Falcon")]:
        person = people.create_person(session, given_name=given, family_name=family).id
        delegates[key] = roster.add_participant(
            session, mission_id=mission_id, person_id=person, role=ParticipantRole.BUSINESS_LEADER
        )
    return Setup(mission_id, hall, port, airport_area, orgs, delegates)


@pytest.fixture
def setup(db: Database) -> Setup:
    with db.transaction() as session:
        built = _build(session)
        # 09:00-10:00, three 20-minute slots, two tables.
        create_b2b_session(
            session,
            mission_id=built.mission_id,
            start_local=at(9),
            end_local=at(10),
            zone=MIAMI,
            venue_id=built.hall,
            slot_minutes=20,
            tables=2,
        )
        return built


def _request(session: Session, setup: Setup, org: str, *who: str, priority: int = 2) -> int:
    return request_meeting(
        session,
        mission_id=setup.mission_id,
        organisation_id=setup.orgs[org],
        participant_ids=[setup.delegates[w] for w in who],
        priority=priority,
    )


def _busy(session: Session, setup: Setup, who: str, start: datetime, end: datetime) -> int:
    return itinerary.create_item(
        session,
        mission_id=setup.mission_id,
        kind=ItemKind.VISIT,
        title_fr="Visite",
        start_local=start,
        start_zone=MIAMI,
        end_local=end,
        venue_id=setup.hall,
        audience=Audience.PEOPLE,
        participant_ids=[setup.delegates[who]],
    )


def test_a_session_is_checked_and_listed(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        for bad in (
            {"slot_minutes": 17},
            {"end_local": at(8)},
            {"end_local": at(9, 10)},  # shorter than one slot
            {"tables": -1},
            {"zone": "Mars/Olympus"},
        ):
            arguments = {
                "mission_id": setup.mission_id,
                "start_local": at(9),
                "end_local": at(12),
                "zone": MIAMI,
                **bad,
            }
            with pytest.raises(ValidationError):
                create_b2b_session(session, **arguments)  # type: ignore[arg-type]
        # 2 a.m. on 5 November 2017 happened twice in Miami: refused, never guessed.
        with pytest.raises(ValidationError, match="twice"):
            create_b2b_session(
                session,
                mission_id=setup.mission_id,
                start_local=datetime(2017, 11, 5, 1, 30),
                end_local=datetime(2017, 11, 5, 4),
                zone=MIAMI,
            )
    with db.reading() as session:
        (view,) = list_b2b_sessions(session, setup.mission_id)
    assert (view.venue, view.tables, view.slot_count) == ("Hall B2B", 2, 3)


def test_a_plan_writes_nothing_and_never_double_books(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        ids = [_request(session, setup, org, "agnes") for org in ("port", "space", "yacht")]
    with db.reading() as session:
        plan = plan_meetings(session, setup.mission_id)
    assert plan.placed == 3 and plan.bound == 3
    starts = sorted(m.start for m in plan.meetings if m.start is not None)
    assert starts == [
        datetime(2017, 11, 7, h, m, tzinfo=starts[0].tzinfo) for h, m in ((9, 0), (9, 20), (9, 40))
    ]
    assert {m.change for m in plan.meetings} == {Change.NEW}
    with db.reading() as session:
        assert all(get_meeting(session, i).status is MeetingStatus.REQUESTED for i in ids)
        assert all(get_meeting(session, i).item_id is None for i in ids)


def test_delegates_are_busy_during_their_agenda(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        _busy(session, setup, "agnes", at(9), at(9, 40))
        meeting = _request(session, setup, "port", "agnes", "loic")
    with db.reading() as session:
        plan = plan_meetings(session, setup.mission_id)
    (row,) = plan.meetings
    assert row.meeting_id == meeting
    assert row.start is not None and row.start.replace(tzinfo=None) == at(9, 40)


def test_nobody_free_at_the_same_time_is_explained(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        _busy(session, setup, "agnes", at(8), at(11))
        _request(session, setup, "port", "agnes")
        add_organisation_window(
            session,
            mission_id=setup.mission_id,
            organisation_id=setup.orgs["space"],
            start_local=at(14),
            end_local=at(17),
            zone=MIAMI,
        )
        _request(session, setup, "space", "loic")
    with db.reading() as session:
        plan = plan_meetings(session, setup.mission_id)
    assert [(m.change, m.reason) for m in plan.meetings] == [
        (Change.UNPLACED, Reason.NO_COMMON_TIME),
        (Change.UNPLACED, Reason.NO_COMMON_TIME),
    ]
    assert plan.bound == 0


def test_priority_decides_who_gets_the_last_table(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        # One slot only (09:00-09:20), one table.
        session_row = list_b2b_sessions(session, setup.mission_id)[0]
        create_b2b_session(
            session,
            mission_id=setup.mission_id,
            start_local=at(15),
            end_local=at(15, 20),
            zone=MIAMI,
            venue_id=setup.hall,
            tables=1,
        )
        _busy(session, setup, "agnes", at(8), at(11))
        _busy(session, setup, "loic", at(8), at(11))
        low = _request(session, setup, "port", "agnes", priority=3)
        high = _request(session, setup, "space", "loic", priority=1)
        assert session_row.tables == 2
    with db.reading() as session:
        plan = plan_meetings(session, setup.mission_id)
    by_id = {m.meeting_id: m for m in plan.meetings}
    assert by_id[high].change is Change.NEW
    assert (by_id[low].change, by_id[low].reason) == (Change.UNPLACED, Reason.NO_TABLE)


def test_applying_creates_items_and_a_second_run_changes_nothing(
    db: Database, setup: Setup
) -> None:
    with db.transaction() as session:
        first = _request(session, setup, "port", "agnes", "loic")
        second = _request(session, setup, "space", "agnes")
    with db.transaction() as session:
        plan = apply_plan(session, setup.mission_id)
    assert plan.count(Change.NEW) == 2
    with db.reading() as session:
        views = {i: get_meeting(session, i) for i in (first, second)}
        agenda = agenda_for(session, setup.delegates["loic"])
    assert all(v.status is MeetingStatus.PROPOSED and v.item_id for v in views.values())
    assert [e.item_id for e in agenda] == [views[first].item_id]
    assert agenda[0].title_en == "Business meeting (B2B): PortMiami"
    assert agenda[0].venue == "Hall B2B"
    with db.transaction() as session:
        again = apply_plan(session, setup.mission_id)
        items = session.scalars(select(ItineraryItem.id)).all()
    assert {m.change for m in again.meetings} == {Change.KEPT}
    assert sorted(items) == sorted(v.item_id or 0 for v in views.values())


def test_a_change_moves_only_what_it_must_and_keeps_the_calendar_event(
    db: Database, setup: Setup
) -> None:
    with db.transaction() as session:
        port = _request(session, setup, "port", "agnes")
        space = _request(session, setup, "space", "loic")
        apply_plan(session, setup.mission_id)
    with db.reading() as session:
        before = {i: get_meeting(session, i) for i in (port, space)}
        sequence = session.get(ItineraryItem, before[port].item_id).sequence  # type: ignore[union-attr]
    assert before[port].start_local == at(9) and before[space].start_local == at(9)
    with db.transaction() as session:
        schedule_meeting(
            session, space, item_id=before[space].item_id or 0, status=MeetingStatus.CONFIRMED
        )
        _busy(session, setup, "agnes", at(9), at(9, 15))  # a visit moved earlier
    with db.transaction() as session:
        plan = apply_plan(session, setup.mission_id)
        after = {i: get_meeting(session, i) for i in (port, space)}
        item = session.get(ItineraryItem, after[port].item_id)
    changes = {m.meeting_id: m.change for m in plan.meetings}
    assert changes == {port: Change.MOVED, space: Change.KEPT}
    assert after[port].item_id == before[port].item_id  # updated, not replaced
    assert after[port].start_local == at(9, 20)
    assert after[port].status is MeetingStatus.PROPOSED
    assert after[space].status is MeetingStatus.CONFIRMED  # untouched
    assert item is not None and item.sequence == sequence + 1


def test_a_meeting_that_fits_nowhere_any_more_goes_back_to_requested(
    db: Database, setup: Setup
) -> None:
    with db.transaction() as session:
        port = _request(session, setup, "port", "agnes")
        apply_plan(session, setup.mission_id)
        item_id = get_meeting(session, port).item_id
        _busy(session, setup, "agnes", at(8), at(12))
    with db.transaction() as session:
        plan = apply_plan(session, setup.mission_id)
        view = get_meeting(session, port)
        gone = session.get(ItineraryItem, item_id)
    (row,) = plan.meetings
    assert (row.change, row.reason) == (Change.DROPPED, Reason.NO_COMMON_TIME)
    assert view.status is MeetingStatus.REQUESTED and view.item_id is None
    assert gone is None


def test_locked_and_hand_placed_meetings_stay_and_keep_people_busy(
    db: Database, setup: Setup
) -> None:
    with db.transaction() as session:
        locked = _request(session, setup, "port", "agnes")
        by_hand = _request(session, setup, "yacht", "loic")
        apply_plan(session, setup.mission_id)
        schedule_meeting(
            session, locked, item_id=get_meeting(session, locked).item_id or 0, locked=True
        )
        # Loïc's meeting moved by hand to 09:10-09:50, off the grid.
        item_id = get_meeting(session, by_hand).item_id or 0
        itinerary.update_item(session, item_id, start_local=at(9, 10), end_local=at(9, 50))
        newcomer = _request(session, setup, "space", "agnes", "loic")
    with db.transaction() as session:
        plan = apply_plan(session, setup.mission_id)
    by_id = {m.meeting_id: m for m in plan.meetings}
    assert by_id[locked].change is Change.FIXED
    assert by_id[by_hand].change is Change.FIXED
    # Agnès is locked at 09:00 and Loïc busy 09:10-09:50 by hand: no slot is left for both.
    assert by_id[newcomer].change is Change.UNPLACED
    assert by_id[newcomer].reason is Reason.NO_COMMON_TIME


def test_premises_far_away_take_travel_time(db: Database, setup: Setup) -> None:
    # 9.7 km from the hall to Doral: 10 min of doors + 23 min of road, rounded up to 35.
    assert travel_minutes_between((25.7743, -80.1937), (25.7959, -80.2870)) == 35
    assert travel_minutes_between((25.7743, -80.1937), (25.7743, -80.1937)) == 10
    with db.transaction() as session:
        at_table = _request(session, setup, "port", "agnes", priority=1)
        away = _request(session, setup, "space", "agnes", priority=2)
        set_meeting_place(session, away, setup.airport_area)
    with db.reading() as session:
        plan = plan_meetings(session, setup.mission_id)
    by_id = {m.meeting_id: m for m in plan.meetings}
    # 09:00-09:20 at the hall, then 35 minutes to Doral: 09:55 at the earliest, and the last
    # slot starts at 09:40. The other way round, Doral at 09:00 leaves the hall free from 09:55.
    assert by_id[at_table].change is Change.NEW
    assert by_id[away].change is Change.UNPLACED
    assert by_id[away].reason is Reason.PARTIES_BOOKED
    assert by_id[away].busy == ("Agnès Martinez",)


def _state(session: Session, mission_id: int) -> list[tuple[object, ...]]:
    """Every meeting's status and time, and every item's identity and time."""
    meetings = [
        (m.id, m.status, m.item_id, m.start_local, m.venue)
        for m in list_meetings(session, mission_id)
    ]
    items = [
        (i.id, i.uid, i.start_local, i.venue_id)
        for i in session.scalars(select(ItineraryItem).order_by(ItineraryItem.id))
    ]
    return [*meetings, *items]


def test_a_written_plan_can_be_taken_back_exactly(db: Database, setup: Setup) -> None:
    with db.transaction() as session:
        moved = _request(session, setup, "port", "agnes")
        dropped = _request(session, setup, "yacht", "loic")
        apply_plan(session, setup.mission_id)
        schedule_meeting(
            session,
            dropped,
            item_id=get_meeting(session, dropped).item_id or 0,
            status=MeetingStatus.CONFIRMED,
        )
        _busy(session, setup, "agnes", at(9), at(9, 15))  # the port meeting must move
        _busy(session, setup, "loic", at(8), at(12))  # the yacht meeting fits nowhere
        _request(session, setup, "space", "agnes")  # a new one
    with db.reading() as session:
        before = _state(session, setup.mission_id)
    with db.transaction() as session:
        plan = apply_plan(session, setup.mission_id)
    assert {m.meeting_id: m.change for m in plan.meetings if m.change is not Change.NEW} == {
        moved: Change.MOVED,
        dropped: Change.DROPPED,
    }
    with db.transaction() as session:
        revert_plan(session, plan)
    with db.reading() as session:
        after = _state(session, setup.mission_id)
        view = get_meeting(session, dropped)
    # The dropped meeting's item came back with its calendar identity, link and status.
    assert view.status is MeetingStatus.CONFIRMED and view.item_id is not None
    assert after == before
    with db.transaction() as session:
        again = apply_plan(session, setup.mission_id)
    assert [(m.meeting_id, m.change, m.start) for m in again.meetings] == [
        (m.meeting_id, m.change, m.start) for m in plan.meetings
    ]


def test_only_a_meeting_with_a_time_can_be_locked(db: Database, setup: Setup) -> None:
    from delegation_app.services.meetings import set_locked

    with db.transaction() as session:
        meeting = _request(session, setup, "port", "agnes")
        with pytest.raises(ValidationError, match="only a meeting with a time"):
            set_locked(session, meeting, True)
        apply_plan(session, setup.mission_id)
        assert set_locked(session, meeting, True).locked
        _busy(session, setup, "agnes", at(9), at(9, 15))
        plan = plan_meetings(session, setup.mission_id)
        assert [m.change for m in plan.meetings] == [Change.FIXED]  # a lock is never moved
        assert not set_locked(session, meeting, False).locked
        assert [m.change for m in plan_meetings(session, setup.mission_id).meetings] == [
            Change.MOVED
        ]
