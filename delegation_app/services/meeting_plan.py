"""Scheduling a mission's B2B meetings: from the database to the scheduler and back.

The coordinator sets up B2B sessions (a span of time, cut into slots, with tables at a venue and
interpreters on hand), the windows in which local organisations can meet, and each request's
place (a table, or the organisation's premises). ``plan_meetings`` then asks the scheduler
(``services.scheduler``) where each meeting goes, without writing anything; ``apply_plan`` does
the same and writes the result: one MEETING item per meeting, moved in place when it already
had one (so that calendars update it rather than add a second event).

Rules a coordinator relies on:
- a delegate is busy during every item of their agenda (the meetings being planned aside), and
  needs the travel time between two places: from the venues' coordinates (straight-line
  distance at 25 km/h, plus 10 minutes to leave one building and find the next, rounded up to
  five minutes), or the session's ``travel_minutes`` where a place has no coordinates or lies
  in another city (more than 80 km away); a flight or a train counts as no place at all;
- a locked meeting never moves; neither does one placed by hand outside the sessions' slots;
  both keep their delegates and their organisation busy;
- a scheduled meeting that the plan moves goes back to "proposed": it must be confirmed again
  with the company; one the plan cannot keep anywhere goes back to "requested";
- meetings held, cancelled or missed are history: never planned again.
"""

from __future__ import annotations

import enum
import math
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.errors import NotFound, ValidationError
from delegation_app.messages import say
from delegation_app.services import scheduler
from delegation_app.services.agenda import agendas_for
from delegation_app.services.itinerary import (
    ItemSnapshot,
    create_item,
    delete_item,
    restore_item,
    update_item,
)
from delegation_app.services.meetings import SCHEDULED_STATUSES
from delegation_app.services.validation import (
    aware,
    check_count,
    check_local_time,
    check_zone,
    is_id,
    typed_ref,
)
from delegation_app.storage.models import (
    Audience,
    B2BMeeting,
    B2BSession,
    ItemKind,
    ItineraryItem,
    MeetingDelegate,
    MeetingStatus,
    Mission,
    Organisation,
    OrganisationWindow,
    Participant,
    Person,
    Stop,
    Venue,
)

SLOT_LENGTHS = (10, 15, 20, 25, 30, 40, 45, 60)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# Travel between two places with coordinates: an average city speed and the minutes lost
# leaving one building and finding the next.
_CITY_KMH = 25.0
_DOORS_MINUTES = 10
# Farther apart than this, two places are not in the same city.
_SAME_AREA_KM = 80.0


# --- setting up ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionView:
    id: int
    mission_id: int
    venue_id: int | None
    venue: str | None
    start_local: datetime
    end_local: datetime
    zone: str
    slot_minutes: int
    tables: int
    interpreters: int
    travel_minutes: int

    @property
    def slot_count(self) -> int:
        minutes = (
            aware(self.end_local, self.zone) - aware(self.start_local, self.zone)
        ).total_seconds()
        return int(minutes // 60) // self.slot_minutes


def _mission(session: Session, mission_id: int) -> Mission:
    mission = session.get(Mission, mission_id)
    if mission is None:
        raise NotFound(say("no mission with id {mission_id}", mission_id=mission_id))
    return mission


def _checked_span(start: datetime, end: datetime, zone: str) -> None:
    check_zone("zone", zone)
    check_local_time("start", start, zone)
    check_local_time("end", end, zone)
    if aware(end, zone) <= aware(start, zone):
        raise ValidationError("end", say("must come after the start"))
    if aware(end, zone) - aware(start, zone) > timedelta(hours=24):
        raise ValidationError("end", say("a span longer than a day: make one per day"))


def create_b2b_session(
    session: Session,
    *,
    mission_id: int,
    start_local: datetime,
    end_local: datetime,
    zone: str,
    venue_id: int | None = None,
    slot_minutes: int = 20,
    tables: int = 10,
    interpreters: int = 0,
    travel_minutes: int = 30,
) -> int:
    """Set time aside for B2B meetings; returns the session's id."""
    _mission(session, mission_id)
    _checked_span(start_local, end_local, zone)
    if slot_minutes not in SLOT_LENGTHS:
        lengths = ", ".join(str(n) for n in SLOT_LENGTHS)
        raise ValidationError(
            "slot length",
            say("{minutes} minutes: choose {lengths}", minutes=slot_minutes, lengths=lengths),
        )
    if aware(end_local, zone) - aware(start_local, zone) < timedelta(minutes=slot_minutes):
        raise ValidationError(
            "end",
            say("the session is shorter than one {minutes}-minute slot", minutes=slot_minutes),
        )
    if venue_id is not None and session.get(Venue, venue_id) is None:
        raise NotFound(say("no venue with id {venue_id}", venue_id=venue_id))
    row = B2BSession(
        mission_id=mission_id,
        venue_id=venue_id,
        start_local=start_local,
        end_local=end_local,
        zone=zone,
        slot_minutes=slot_minutes,
        tables=check_count("tables", tables, maximum=1_000),
        interpreters=check_count("interpreters", interpreters, maximum=100),
        travel_minutes=check_count("travel time", travel_minutes, maximum=240),
    )
    session.add(row)
    session.flush()
    return row.id


def list_b2b_sessions(session: Session, mission_id: int) -> list[SessionView]:
    rows = session.execute(
        select(B2BSession, Venue.name)
        .outerjoin(Venue, B2BSession.venue_id == Venue.id)
        .where(B2BSession.mission_id == mission_id)
    ).all()
    views = [
        SessionView(
            id=row.id,
            mission_id=row.mission_id,
            venue_id=row.venue_id,
            venue=venue,
            start_local=row.start_local,
            end_local=row.end_local,
            zone=row.zone,
            slot_minutes=row.slot_minutes,
            tables=row.tables,
            interpreters=row.interpreters,
            travel_minutes=row.travel_minutes,
        )
        for row, venue in rows
    ]
    return sorted(views, key=lambda v: (aware(v.start_local, v.zone), v.id))


def add_organisation_window(
    session: Session,
    *,
    mission_id: int,
    organisation_id: int,
    start_local: datetime,
    end_local: datetime,
    zone: str,
) -> int:
    """Say when a local organisation can meet; without any window it can meet at any time."""
    _mission(session, mission_id)
    if session.get(Organisation, organisation_id) is None:
        raise NotFound(
            say("no organisation with id {organisation_id}", organisation_id=organisation_id)
        )
    _checked_span(start_local, end_local, zone)
    row = OrganisationWindow(
        mission_id=mission_id,
        organisation_id=organisation_id,
        start_local=start_local,
        end_local=end_local,
        zone=zone,
    )
    session.add(row)
    session.flush()
    return row.id


def set_meeting_place(session: Session, meeting_id: int, premises_venue_id: int | None) -> None:
    """Hold a meeting at the organisation's premises (a venue), or at a table (None)."""
    meeting = session.get(B2BMeeting, meeting_id)
    if meeting is None:
        raise NotFound(say("no B2B meeting with id {meeting_id}", meeting_id=meeting_id))
    if premises_venue_id is not None and session.get(Venue, premises_venue_id) is None:
        raise NotFound(say("no venue with id {venue_id}", venue_id=premises_venue_id))
    meeting.premises_venue_id = premises_venue_id
    session.flush()


# --- the plan -----------------------------------------------------------------------------


class Change(enum.StrEnum):
    NEW = "new"
    """Requested, now given a time."""
    KEPT = "kept"
    """Already at this time; stays."""
    MOVED = "moved"
    """Already scheduled; the plan gives it another time."""
    FIXED = "fixed"
    """Locked, or placed by hand outside the sessions: never moved."""
    DROPPED = "dropped"
    """Was scheduled, and fits nowhere now."""
    UNPLACED = "unplaced"
    """Requested, and fits nowhere."""


@dataclass(frozen=True)
class PlannedMeeting:
    meeting_id: int
    organisation: str
    delegates: tuple[str, ...]
    priority: int
    change: Change
    before: datetime | None
    """Start as scheduled before the plan (aware, in the item's zone)."""
    start: datetime | None
    """Start once planned (aware, in the session's zone); None when not placed."""
    end: datetime | None
    place: str | None
    reason: scheduler.Reason | None = None
    busy: tuple[str, ...] = ()
    """For PARTIES_BOOKED: who is in other meetings at every common free time."""


@dataclass(frozen=True)
class Written:
    """What applying the plan did to one meeting, so that :func:`revert_plan` can undo it."""

    meeting_id: int
    status: MeetingStatus
    """The status before."""
    created_item_id: int | None = None
    moved_item_id: int | None = None
    before: tuple[datetime, str, datetime, str, int | None] | None = None
    """A moved item's start, start zone, end, end zone and venue before."""
    deleted: ItemSnapshot | None = None


@dataclass(frozen=True)
class MeetingPlan:
    mission_id: int
    meetings: tuple[PlannedMeeting, ...]
    requested: int
    """Meetings the plan was asked to place (fixed ones included)."""
    bound: int
    """The most any plan could place (``scheduler.upper_bound``), fixed ones included."""
    locked_clashes: tuple[tuple[int, int], ...]
    written: tuple[Written, ...] = ()
    """Once applied: what was written, newest last."""

    @property
    def placed(self) -> int:
        return sum(1 for m in self.meetings if m.start is not None)

    def count(self, change: Change) -> int:
        return sum(1 for m in self.meetings if m.change is change)


@dataclass(frozen=True)
class _Slot:
    session: SessionView
    start: datetime
    end: datetime


@dataclass
class _Context:
    """What was read to build the problem, kept to turn the scheduler's answer into rows."""

    slots: list[_Slot]
    meetings: dict[int, B2BMeeting]
    organisation: dict[int, str]
    delegates: dict[int, list[tuple[int, str]]]
    items: dict[int, ItineraryItem]
    venue_names: dict[int, str]
    fixed: list[int]
    previous: dict[int, int]


def _minutes(moment: datetime) -> int:
    return int((moment - _EPOCH).total_seconds() // 60)


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def travel_minutes_between(a: tuple[float, float], b: tuple[float, float]) -> int:
    """Door to door between two places by road in a city, rounded up to five minutes."""
    minutes = _DOORS_MINUTES + _distance_km(a, b) / _CITY_KMH * 60
    return int(math.ceil(minutes / 5) * 5)


def _place_of(latitude: float | None, longitude: float | None, fallback: str | None) -> str | None:
    if latitude is not None and longitude is not None:
        return f"@{latitude:.5f},{longitude:.5f}"
    return fallback


def _coordinates(place: str) -> tuple[float, float] | None:
    if not place.startswith("@"):
        return None
    lat, lon = place[1:].split(",")
    return float(lat), float(lon)


def _read(session: Session, mission_id: int) -> tuple[scheduler.Problem, _Context]:
    _mission(session, mission_id)
    sessions = list_b2b_sessions(session, mission_id)
    if not sessions:
        raise ValidationError(
            "B2B sessions", say("set up at least one B2B session (days, hours, tables) first")
        )
    venues = {v.id: v for v in session.scalars(select(Venue))}

    def venue_place(venue_id: int | None, fallback: str) -> str:
        venue = venues.get(venue_id) if venue_id is not None else None
        if venue is None:
            return fallback
        return _place_of(venue.latitude, venue.longitude, f"v{venue.id}") or fallback

    slots: list[_Slot] = []
    grid: list[scheduler.Slot] = []
    for view in sessions:
        start, end = aware(view.start_local, view.zone), aware(view.end_local, view.zone)
        step = timedelta(minutes=view.slot_minutes)
        place = venue_place(view.venue_id, f"s{view.id}")
        t = start
        # In UTC: slots of a session that spans a clock change keep their real length.
        while t.astimezone(UTC) + step <= end.astimezone(UTC):
            t_end = (t.astimezone(UTC) + step).astimezone(t.tzinfo)
            slots.append(_Slot(view, t, t_end))
            grid.append(scheduler.Slot(_minutes(t), _minutes(t_end), view.tables, place))
            t = t_end
    slot_at = {(g.start, g.end): i for i, g in enumerate(grid)}

    meetings = {
        m.id: m
        for m in session.scalars(
            select(B2BMeeting).where(
                B2BMeeting.mission_id == mission_id,
                B2BMeeting.status.in_((MeetingStatus.REQUESTED, *SCHEDULED_STATUSES)),
            )
        )
    }
    organisation: dict[int, str] = {
        org_id: name
        for org_id, name in session.execute(
            select(Organisation.id, Organisation.name).where(
                Organisation.id.in_({m.organisation_id for m in meetings.values()})
            )
        )
    }
    delegates: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for meeting_id, participant_id, given, family in session.execute(
        select(MeetingDelegate.meeting_id, Participant.id, Person.given_name, Person.family_name)
        .join(Participant, MeetingDelegate.participant_id == Participant.id)
        .join(Person, Participant.person_id == Person.id)
        .where(MeetingDelegate.meeting_id.in_(meetings))
    ):
        delegates[meeting_id].append((participant_id, f"{given} {family}"))
    item_ids = {m.item_id for m in meetings.values() if m.item_id is not None}
    items = {
        i.id: i
        for i in session.scalars(select(ItineraryItem).where(ItineraryItem.id.in_(item_ids)))
    }

    windows: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for window in session.scalars(
        select(OrganisationWindow).where(OrganisationWindow.mission_id == mission_id)
    ):
        windows[window.organisation_id].append(
            (
                _minutes(aware(window.start_local, window.zone)),
                _minutes(aware(window.end_local, window.zone)),
            )
        )

    def parties(meeting: B2BMeeting) -> tuple[str, ...]:
        return (*(f"p{p}" for p, _ in delegates[meeting.id]), f"o{meeting.organisation_id}")

    requests: list[scheduler.Request] = []
    busy: list[scheduler.Busy] = []
    fixed: list[int] = []
    previous: dict[int, int] = {}
    planned_items: set[int] = set()
    for meeting in sorted(meetings.values(), key=lambda m: m.id):
        item = items.get(meeting.item_id) if meeting.item_id is not None else None
        slot = None
        if item is not None:
            span = (
                _minutes(aware(item.start_local, item.start_zone)),
                _minutes(aware(item.end_local, item.end_zone)),
            )
            slot = slot_at.get(span)
            if slot is None:
                # Off the grid: placed by hand; it stays, and its people are busy then.
                fixed.append(meeting.id)
                held = venue_place(item.venue_id, f"i{item.id}")
                busy.extend(scheduler.Busy(p, *span, held) for p in parties(meeting))
                planned_items.add(item.id)
                continue
            planned_items.add(item.id)
        premises = (
            venue_place(meeting.premises_venue_id, f"o{meeting.organisation_id}")
            if meeting.premises_venue_id is not None
            else None
        )
        requests.append(
            scheduler.Request(
                id=meeting.id,
                parties=parties(meeting),
                priority=meeting.priority,
                interpreter=meeting.interpreter_needed,
                premises=premises,
                windows=tuple(windows.get(meeting.organisation_id, ())),
                locked_slot=slot if meeting.locked else None,
            )
        )
        if slot is not None and not meeting.locked:
            previous[meeting.id] = slot

    # Meetings already held keep their organisation busy at that time (its delegates are busy
    # through their agendas).
    for org_id, item_start, item_start_zone, item_end, item_end_zone, venue_id in session.execute(
        select(
            B2BMeeting.organisation_id,
            ItineraryItem.start_local,
            ItineraryItem.start_zone,
            ItineraryItem.end_local,
            ItineraryItem.end_zone,
            ItineraryItem.venue_id,
        )
        .join(ItineraryItem, B2BMeeting.item_id == ItineraryItem.id)
        .where(
            B2BMeeting.mission_id == mission_id,
            B2BMeeting.status.in_((MeetingStatus.HELD, MeetingStatus.NO_SHOW)),
        )
    ):
        busy.append(
            scheduler.Busy(
                f"o{org_id}",
                _minutes(aware(item_start, item_start_zone)),
                _minutes(aware(item_end, item_end_zone)),
                venue_place(venue_id, f"h{org_id}") if venue_id is not None else None,
            )
        )

    # Everyone's agenda, the meetings being planned aside, near the sessions' days.
    first = min((g.start for g in grid), default=0) - 24 * 60
    last = max((g.end for g in grid), default=0) + 24 * 60
    people = {p for rows in delegates.values() for p, _ in rows}
    for participant_id, entries in agendas_for(session, mission_id, sorted(people)).items():
        for entry in entries:
            if entry.item_id in planned_items:
                continue
            begins, ends = _minutes(entry.start), _minutes(entry.end)
            if ends <= first or begins >= last:
                continue
            # A flight's or a train's venue is where it leaves from; the traveller is elsewhere
            # when it ends, and the transfer after it is an item of its own.
            journey = entry.kind in (ItemKind.FLIGHT, ItemKind.TRAIN)
            where = None if journey else _place_of(entry.latitude, entry.longitude, None)
            busy.append(scheduler.Busy(f"p{participant_id}", begins, ends, where))

    places = {g.place for g in grid} | {r.premises for r in requests if r.premises}
    places |= {b.place for b in busy if b.place}
    located = sorted(p for p in places if _coordinates(p) is not None)
    travel: dict[frozenset[str], int] = {}
    for i, a in enumerate(located):
        for b in located[i + 1 :]:
            ca, cb = _coordinates(a), _coordinates(b)
            assert ca is not None and cb is not None
            # Another city is not a drive between meetings: the itinerary carries that trip,
            # and the session's own travel time applies.
            if _distance_km(ca, cb) <= _SAME_AREA_KM:
                travel[frozenset((a, b))] = travel_minutes_between(ca, cb)
    problem = scheduler.Problem(
        slots=tuple(grid),
        requests=tuple(requests),
        busy=tuple(busy),
        interpreters=max(v.interpreters for v in sessions),
        travel=travel,
        default_travel=max(v.travel_minutes for v in sessions),
    )
    context = _Context(
        slots=slots,
        meetings=meetings,
        organisation=organisation,
        delegates=delegates,
        items=items,
        venue_names={v.id: v.name for v in venues.values()},
        fixed=fixed,
        previous=previous,
    )
    return problem, context


def _zoned(item: ItineraryItem) -> datetime:
    return aware(item.start_local, item.start_zone)


#: The steps :func:`plan_meetings` reports: reading, the scheduler's, the best possible.
PLAN_STEPS = scheduler.STAGES + 2


def _solve(
    session: Session, mission_id: int, progress: scheduler.Progress | None = None
) -> tuple[MeetingPlan, _Context, dict[int, int]]:
    def step(done: int) -> None:
        if progress is not None:
            progress(done, PLAN_STEPS)

    problem, context = _read(session, mission_id)
    step(1)
    result = scheduler.schedule(problem, context.previous, lambda done, _: step(1 + done))
    bound = scheduler.upper_bound(problem) + len(context.fixed)
    step(PLAN_STEPS)
    slot_of = {p.request_id: p.slot for p in result.placements}
    reasons = {u.request_id: u for u in result.unplaced}
    rows: list[PlannedMeeting] = []
    for meeting_id, meeting in sorted(context.meetings.items()):
        item = context.items.get(meeting.item_id) if meeting.item_id is not None else None
        before = _zoned(item) if item is not None else None
        names = tuple(name for _, name in sorted(context.delegates[meeting_id], key=lambda d: d[1]))
        base = PlannedMeeting(
            meeting_id=meeting_id,
            organisation=context.organisation[meeting.organisation_id],
            delegates=names,
            priority=meeting.priority,
            change=Change.UNPLACED,
            before=before,
            start=None,
            end=None,
            place=None,
        )
        if meeting_id in context.fixed:
            assert item is not None
            place = context.venue_names.get(item.venue_id) if item.venue_id else None
            end = aware(item.end_local, item.end_zone)
            rows.append(replace(base, change=Change.FIXED, start=before, end=end, place=place))
            continue
        slot = slot_of.get(meeting_id)
        if slot is None:
            why = reasons[meeting_id]
            change = Change.DROPPED if meeting_id in context.previous else Change.UNPLACED
            busy = tuple(_party_name(context, party) for party in why.parties)
            rows.append(
                replace(
                    base,
                    change=change,
                    start=None,
                    end=None,
                    place=None,
                    reason=why.reason,
                    busy=busy,
                )
            )
            continue
        planned = context.slots[slot]
        if meeting.locked:
            change = Change.FIXED
        elif meeting_id not in context.previous:
            change = Change.NEW
        elif context.previous[meeting_id] == slot:
            change = Change.KEPT
        else:
            change = Change.MOVED
        venue_id = (
            meeting.premises_venue_id
            if meeting.premises_venue_id is not None
            else planned.session.venue_id
        )
        place = context.venue_names.get(venue_id) if venue_id is not None else None
        rows.append(replace(base, change=change, start=planned.start, end=planned.end, place=place))
    plan = MeetingPlan(
        mission_id=mission_id,
        meetings=tuple(rows),
        requested=len(rows),
        bound=bound,
        locked_clashes=result.locked_clashes,
    )
    return plan, context, slot_of


def _party_name(context: _Context, party: str) -> str:
    number = int(party[1:])
    if party.startswith("o"):
        return context.organisation.get(number, party)
    for rows in context.delegates.values():
        for participant_id, name in rows:
            if participant_id == number:
                return name
    return party


def plan_meetings(
    session: Session, mission_id: int, progress: scheduler.Progress | None = None
) -> MeetingPlan:
    """Where every pending meeting would go: nothing is written. ``progress`` hears of each
    of the :data:`PLAN_STEPS` steps as it ends."""
    return _solve(session, mission_id, progress)[0]


def apply_plan(session: Session, mission_id: int) -> MeetingPlan:
    """Plan the meetings and write the plan (in the caller's transaction); returns the plan,
    with what was written (``MeetingPlan.written``) for :func:`revert_plan`."""
    plan, context, slot_of = _solve(session, mission_id)
    stops = sorted(
        session.scalars(select(Stop).where(Stop.mission_id == mission_id)),
        key=lambda s: s.position,
    )
    written: list[Written] = []
    for row in plan.meetings:
        meeting = context.meetings[row.meeting_id]
        if row.change in (Change.KEPT, Change.FIXED, Change.UNPLACED):
            continue
        status = meeting.status
        if row.change is Change.DROPPED:
            snapshot = None
            if meeting.item_id is not None:
                # The item's link from the meeting is cleared by the database, and restored
                # with the item on undo.
                snapshot = delete_item(session, meeting.item_id)
            meeting = session.get(B2BMeeting, row.meeting_id) or meeting
            meeting.status = MeetingStatus.REQUESTED
            session.flush()
            written.append(Written(row.meeting_id, status, deleted=snapshot))
            continue
        planned = context.slots[slot_of[row.meeting_id]]
        venue_id = (
            meeting.premises_venue_id
            if meeting.premises_venue_id is not None
            else planned.session.venue_id
        )
        start_local = planned.start.replace(tzinfo=None)
        end_local = planned.end.replace(tzinfo=None)
        zone = planned.session.zone
        if meeting.item_id is not None:
            item = context.items[meeting.item_id]
            before = (
                item.start_local,
                item.start_zone,
                item.end_local,
                item.end_zone,
                item.venue_id,
            )
            update_item(
                session,
                meeting.item_id,
                start_local=start_local,
                start_zone=zone,
                end_local=end_local,
                end_zone=zone,
                venue_id=venue_id,
            )
            record = Written(row.meeting_id, status, moved_item_id=meeting.item_id, before=before)
        else:
            day = start_local.date()
            stop_id = next((s.id for s in stops if s.start_date <= day <= s.end_date), None)
            organisation = context.organisation[meeting.organisation_id]
            meeting.item_id = create_item(
                session,
                mission_id=mission_id,
                kind=ItemKind.MEETING,
                title_fr=f"Rendez-vous d'affaires (B2B) : {organisation}",
                title_en=f"Business meeting (B2B): {organisation}",
                start_local=start_local,
                start_zone=zone,
                end_local=end_local,
                end_zone=zone,
                stop_id=stop_id,
                venue_id=venue_id,
                audience=Audience.PEOPLE,
                participant_ids=[p for p, _ in context.delegates[meeting.id]],
                is_private=True,
            )
            record = Written(row.meeting_id, status, created_item_id=meeting.item_id)
        # A new or moved time must be agreed with the company again.
        meeting.status = MeetingStatus.PROPOSED
        session.flush()
        written.append(record)
    return replace(plan, written=tuple(written))


def revert_plan(session: Session, plan: MeetingPlan) -> None:
    """Undo what :func:`apply_plan` wrote: items created go, moved ones go back, deleted ones
    come back (same calendar identity), and every meeting gets its status back."""
    for record in reversed(plan.written):
        meeting = session.get(B2BMeeting, record.meeting_id)
        if meeting is None:
            raise NotFound(
                say(
                    "no B2B meeting with id {meeting_id}: it was deleted since",
                    meeting_id=record.meeting_id,
                )
            )
        if record.created_item_id is not None:
            if session.get(ItineraryItem, record.created_item_id) is not None:
                delete_item(session, record.created_item_id)
        elif record.moved_item_id is not None and record.before is not None:
            start_local, start_zone, end_local, end_zone, venue_id = record.before
            update_item(
                session,
                record.moved_item_id,
                start_local=start_local,
                start_zone=start_zone,
                end_local=end_local,
                end_zone=end_zone,
                venue_id=venue_id,
            )
        elif record.deleted is not None:
            restore_item(session, record.deleted)
        meeting = session.get(B2BMeeting, record.meeting_id)
        assert meeting is not None
        meeting.status = record.status
        session.flush()


_WORDS = {
    "fr": {
        scheduler.Reason.NO_COMMON_TIME: "personne n'est libre en même temps",
        scheduler.Reason.NO_TABLE: "plus de table libre quand tous le sont",
        scheduler.Reason.NO_INTERPRETER: "plus d'interprète libre quand tous le sont",
        scheduler.Reason.PARTIES_BOOKED: "déjà en rendez-vous à chaque créneau libre : {who}",
    },
    "en": {
        scheduler.Reason.NO_COMMON_TIME: "nobody is free at the same time",
        scheduler.Reason.NO_TABLE: "no table left whenever everyone is free",
        scheduler.Reason.NO_INTERPRETER: "no interpreter left whenever everyone is free",
        scheduler.Reason.PARTIES_BOOKED: "in other meetings at every free time: {who}",
    },
}


def reason_text(row: PlannedMeeting, language: str = "en") -> str:
    """Why a meeting could not be placed, in the coordinator's language."""
    if row.reason is None:
        return ""
    words = _WORDS["fr" if language == "fr" else "en"]
    return words[row.reason].format(who=", ".join(row.busy))


def resolve_organisation_id(session: Session, ref: str) -> int:
    """An organisation named by id (``12``) or short name (``portmiami``)."""
    ref = typed_ref(ref)
    if is_id(ref):
        found = session.scalar(select(Organisation.id).where(Organisation.id == int(ref)))
    else:
        found = session.scalar(select(Organisation.id).where(Organisation.short == ref))
    if found is None:
        raise NotFound(say("no organisation '{ref}' (give its id or short name)", ref=ref))
    return found
