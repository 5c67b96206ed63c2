"""The B2B meeting scheduler (``services.scheduler``), checked against an independent model.

The model below re-states the module's rules without its code: a feasibility checker for a
whole plan, a step-by-step partial assignment, and a brute force that enumerates every
assignment of a small instance for the lexicographic optimum (priority 1 first, then 2, then 3)
and for the most meetings any schedule can hold. Random small problems come from a hypothesis
strategy (overlapping slots of different lengths, itineraries with travel, windows, premises,
interpreters, locks taken from a feasible placement); hand-built instances pin the reasons, the
re-planning and the locked clashes; generated missions (``scheduler_cases``) check the quality
against ``upper_bound``.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from delegation_app.services.scheduler import (
    Busy,
    Placement,
    Plan,
    Problem,
    Reason,
    Request,
    Slot,
    schedule,
    upper_bound,
)
from tests.core.scheduler_cases import generate

HALL = "hall"
ANNEX = "annex"
VISIT = "visit"

# Brute force is exponential: modest example counts keep the file well under a minute.
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BRUTE = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

Vector = tuple[int, int, int]


# --- the independent model ---------------------------------------------------------------


def span(problem: Problem, s: int) -> tuple[int, int]:
    slot = problem.slots[s]
    return slot.start, slot.end


def place_of(problem: Problem, request: Request, s: int) -> str:
    """A table meeting is at the slot's venue, a premises meeting at the premises."""
    return request.premises if request.premises is not None else problem.slots[s].place


def apart(a: tuple[int, int], b: tuple[int, int], gap: int) -> bool:
    """Two spans that do not overlap and leave ``gap`` minutes between them."""
    return a[1] + gap <= b[0] or b[1] + gap <= a[0]


def in_a_window(request: Request, slot: Slot) -> bool:
    return not request.windows or any(
        start <= slot.start and slot.end <= end for start, end in request.windows
    )


def free_of_itinerary(problem: Problem, request: Request, s: int) -> bool:
    place = place_of(problem, request, s)
    return all(
        apart((item.start, item.end), span(problem, s), problem.travel_time(item.place, place))
        for item in problem.busy
        if item.party in request.parties
    )


def common_free(problem: Problem, r: int, s: int) -> bool:
    """Every party can be there (windows, itinerary, travel): tables and interpreters aside."""
    request = problem.requests[r]
    return in_a_window(request, problem.slots[s]) and free_of_itinerary(problem, request, s)


def usable(problem: Problem, r: int, s: int) -> bool:
    """Slot s could hold request r were it alone in the plan."""
    request = problem.requests[r]
    return (
        common_free(problem, r, s)
        and (request.premises is not None or problem.slots[s].tables > 0)
        and (not request.interpreter or problem.interpreters > 0)
        and (request.locked_slot is None or request.locked_slot == s)
    )


def peak(problem: Problem, slots: Iterable[int]) -> int:
    """The most of these meetings running at one moment (the peak is at some start)."""
    spans = [span(problem, s) for s in slots]
    return max((sum(1 for a, b in spans if a <= t < b) for t, _ in spans), default=0)


def party_clash(problem: Problem, r1: int, s1: int, r2: int, s2: int) -> set[str]:
    """The parties two placed meetings share when they overlap (travel included)."""
    one, two = problem.requests[r1], problem.requests[r2]
    shared = set(one.parties) & set(two.parties)
    if not shared:
        return set()
    gap = problem.travel_time(place_of(problem, one, s1), place_of(problem, two, s2))
    return set() if apart(span(problem, s1), span(problem, s2), gap) else shared


def table_full(problem: Problem, placed: Mapping[int, int], r: int, s: int) -> bool:
    """Request r needs a table and slot s has none left."""
    if problem.requests[r].premises is not None:
        return False
    used = sum(1 for o, so in placed.items() if so == s and problem.requests[o].premises is None)
    return used >= problem.slots[s].tables


def interpreters_short(problem: Problem, placed: Mapping[int, int], r: int, s: int) -> bool:
    """Request r needs an interpreter and adding it in s would exceed the pool at some moment."""
    if not problem.requests[r].interpreter:
        return False
    interpreted = [so for o, so in placed.items() if problem.requests[o].interpreter]
    return peak(problem, [*interpreted, s]) > problem.interpreters


def fits(problem: Problem, placed: Mapping[int, int], r: int, s: int) -> bool:
    return (
        usable(problem, r, s)
        and not table_full(problem, placed, r, s)
        and not interpreters_short(problem, placed, r, s)
        and not any(party_clash(problem, r, s, o, so) for o, so in placed.items())
    )


def assignment(problem: Problem, plan: Plan) -> dict[int, int]:
    """The plan as request index -> slot index."""
    index = {request.id: r for r, request in enumerate(problem.requests)}
    return {index[p.request_id]: p.slot for p in plan.placements}


def violations(problem: Problem, plan: Plan) -> list[str]:
    """Every broken rule of a plan, checked from scratch (empty for a valid plan)."""
    found: list[str] = []
    index = {request.id: r for r, request in enumerate(problem.requests)}
    placed: dict[int, int] = {}
    for p in plan.placements:
        if p.request_id not in index:
            found.append(f"unknown request {p.request_id} placed")
            continue
        r = index[p.request_id]
        request = problem.requests[r]
        if r in placed:
            found.append(f"request {p.request_id} placed twice")
        if not 0 <= p.slot < len(problem.slots):
            found.append(f"request {p.request_id} in slot {p.slot}, which does not exist")
            continue
        placed[r] = p.slot
        slot = problem.slots[p.slot]
        if p.place != place_of(problem, request, p.slot):
            found.append(f"request {p.request_id} said to be at {p.place!r}")
        if request.locked_slot is not None and p.slot != request.locked_slot:
            found.append(f"request {p.request_id} left its locked slot {request.locked_slot}")
        if not in_a_window(request, slot):
            found.append(f"request {p.request_id} outside its windows in slot {p.slot}")
        if not free_of_itinerary(problem, request, p.slot):
            found.append(f"request {p.request_id} clashes with an itinerary in slot {p.slot}")
    for s, slot in enumerate(problem.slots):
        tables = sum(
            1 for r, so in placed.items() if so == s and problem.requests[r].premises is None
        )
        if tables > slot.tables:
            found.append(f"slot {s} holds {tables} table meetings for {slot.tables} tables")
    interpreted = [so for r, so in placed.items() if problem.requests[r].interpreter]
    if peak(problem, interpreted) > problem.interpreters:
        found.append(f"{peak(problem, interpreted)} interpreters at once, {problem.interpreters}")
    by_party: dict[str, list[int]] = defaultdict(list)
    for r in placed:
        for party in problem.requests[r].parties:
            by_party[party].append(r)
    clashes: set[tuple[int, int]] = set()
    for meetings in by_party.values():
        for i, r1 in enumerate(meetings):
            for r2 in meetings[i + 1 :]:
                if party_clash(problem, r1, placed[r1], r2, placed[r2]):
                    clashes.add((min(r1, r2), max(r1, r2)))
    for r1, r2 in sorted(clashes):
        found.append(
            f"requests {problem.requests[r1].id} and {problem.requests[r2].id} share a party "
            f"in slots {placed[r1]} and {placed[r2]}"
        )
    return found


def accounting_errors(problem: Problem, plan: Plan) -> list[str]:
    """Every request is placed or unplaced, exactly once."""
    placed = [p.request_id for p in plan.placements]
    unplaced = [u.request_id for u in plan.unplaced]
    errors = []
    if len(set(placed)) != len(placed):
        errors.append(f"placed twice: {placed}")
    if len(set(unplaced)) != len(unplaced):
        errors.append(f"unplaced twice: {unplaced}")
    if set(placed) & set(unplaced):
        errors.append(f"both placed and unplaced: {set(placed) & set(unplaced)}")
    if sorted(placed + unplaced) != sorted(request.id for request in problem.requests):
        errors.append("placements and unplaced do not cover the requests")
    return errors


def reason_errors(problem: Problem, plan: Plan) -> list[str]:
    """The reasons given for the unplaced requests, checked against the final plan.

    Whatever the reason, a slot where every party is free must be blocked by something (or the
    request could have been added); and each reason must describe what blocks it.
    """
    errors: list[str] = []
    placed = assignment(problem, plan)
    index = {request.id: r for r, request in enumerate(problem.requests)}
    for u in plan.unplaced:
        r = index[u.request_id]
        request = problem.requests[r]
        free = [s for s in range(len(problem.slots)) if common_free(problem, r, s)]
        if not free:
            if u.reason is not Reason.NO_COMMON_TIME:
                errors.append(f"request {u.request_id}: no common time, said {u.reason}")
            continue
        if u.reason is Reason.NO_COMMON_TIME:
            errors.append(f"request {u.request_id}: said no common time, but slots {free} are")
        booked: dict[int, set[str]] = {}
        no_table: dict[int, bool] = {}
        no_interpreter: dict[int, bool] = {}
        for s in free:
            booked[s] = set()
            for o, so in placed.items():
                booked[s] |= party_clash(problem, r, s, o, so)
            no_table[s] = table_full(problem, placed, r, s)
            no_interpreter[s] = interpreters_short(problem, placed, r, s)
            if not (booked[s] or no_table[s] or no_interpreter[s]):
                errors.append(f"request {u.request_id} could have been added in slot {s}")
        # A missing resource (rather than the parties' meetings) blocks every free slot: the
        # reason names one that is missing somewhere (a table for a table meeting).
        short = all(no_table[s] or no_interpreter[s] for s in free)
        if u.reason is Reason.NO_TABLE and not (
            request.premises is None and any(no_table.values()) and short
        ):
            errors.append(f"request {u.request_id}: said no table, tables {no_table}")
        if u.reason is Reason.NO_INTERPRETER and not (
            request.interpreter and any(no_interpreter.values()) and short
        ):
            errors.append(f"request {u.request_id}: said no interpreter, {no_interpreter}")
        if u.reason is Reason.PARTIES_BOOKED:
            anyone = set().union(*booked.values())
            if not u.parties:
                errors.append(f"request {u.request_id}: parties booked, but names nobody")
            if len(set(u.parties)) != len(u.parties) or not set(u.parties) <= anyone:
                errors.append(f"request {u.request_id}: booked {u.parties}, really {anyone}")
        elif u.parties:
            errors.append(f"request {u.request_id}: {u.reason} names parties {u.parties}")
    return errors


def vector(problem: Problem, placed: Iterable[int]) -> Vector:
    """Placed meetings by priority: (priority 1, priority 2, priority 3)."""
    counts = [0, 0, 0]
    for r in placed:
        counts[problem.requests[r].priority - 1] += 1
    return counts[0], counts[1], counts[2]


def plan_vector(problem: Problem, plan: Plan) -> Vector:
    return vector(problem, assignment(problem, plan))


@dataclass(frozen=True)
class Optimum:
    best: Vector
    """The lexicographically best placed-by-priority vector."""
    assignment: Mapping[int, int]
    """One assignment (request index -> slot) reaching ``best``."""
    most: int
    """The most requests any valid assignment places, priorities ignored."""


def brute_force(problem: Problem) -> Optimum | None:
    """Every assignment of a small instance (None when the locks cannot all hold)."""
    n = len(problem.requests)
    options: list[list[int | None]] = []
    for r, request in enumerate(problem.requests):
        slots: list[int | None] = [s for s in range(len(problem.slots)) if usable(problem, r, s)]
        options.append(slots if request.locked_slot is not None else [*slots, None])
    remaining = [[0, 0, 0] for _ in range(n + 1)]
    for r in range(n - 1, -1, -1):
        remaining[r] = list(remaining[r + 1])
        remaining[r][problem.requests[r].priority - 1] += 1
    placed: dict[int, int] = {}
    best: Vector | None = None
    best_assignment: dict[int, int] = {}
    most = -1

    def search(r: int) -> None:
        nonlocal best, best_assignment, most
        counts = vector(problem, placed)
        hope = (
            counts[0] + remaining[r][0],
            counts[1] + remaining[r][1],
            counts[2] + remaining[r][2],
        )
        if best is not None and hope <= best and sum(hope) <= most:
            return
        if r == n:
            if best is None or counts > best:
                best, best_assignment = counts, dict(placed)
            most = max(most, len(placed))
            return
        for s in options[r]:
            if s is None:
                search(r + 1)
            elif fits(problem, placed, r, s):
                placed[r] = s
                search(r + 1)
                del placed[r]

    search(0)
    if best is None:
        return None
    return Optimum(best, best_assignment, most)


def previous_of(problem: Problem, placed: Mapping[int, int]) -> dict[int, int]:
    """An assignment (request index -> slot) as ``schedule``'s ``previous`` (id -> slot)."""
    return {problem.requests[r].id: s for r, s in placed.items()}


def plan_slots(plan: Plan) -> dict[int, int]:
    return {p.request_id: p.slot for p in plan.placements}


def reason_of(plan: Plan, request_id: int) -> Reason:
    (found,) = [u for u in plan.unplaced if u.request_id == request_id]
    return found.reason


# --- random small problems -----------------------------------------------------------------


@st.composite
def problems(draw: st.DrawFn, max_slots: int = 6, max_requests: int = 7) -> Problem:
    """Small problems with all the features, locks taken from a feasible partial plan."""
    default_travel = draw(st.sampled_from((0, 10, 30)))
    travel = draw(
        st.sampled_from(
            (
                {},
                {frozenset((HALL, ANNEX)): 10},
                {frozenset((HALL, VISIT)): 0, frozenset((HALL, "o0")): 30},
            )
        )
    )
    slots = []
    for _ in range(draw(st.integers(1, max_slots))):
        # Starts on a 10-minute grid, 20- or 40-minute slots: gaps, back-to-back slots, and
        # overlapping slots of different lengths.
        start = draw(st.integers(0, 16)) * 10
        length = draw(st.sampled_from((20, 20, 40)))
        tables = draw(st.integers(0, 2))
        slots.append(
            Slot(start, start + length, tables, draw(st.sampled_from((HALL, HALL, ANNEX))))
        )
    delegates = [f"d{i}" for i in range(draw(st.integers(1, 4)))]
    organisations = [f"o{i}" for i in range(draw(st.integers(1, 3)))]
    n = draw(st.integers(1, max_requests))
    ids = draw(st.lists(st.integers(1, 60), min_size=n, max_size=n, unique=True))
    windows = st.lists(
        st.tuples(st.integers(0, 16), st.sampled_from((20, 40, 60, 120))).map(
            lambda w: (w[0] * 10, w[0] * 10 + w[1])
        ),
        max_size=2,
    ).map(tuple)
    requests = []
    for rid in ids:
        team = draw(st.lists(st.sampled_from(delegates), min_size=1, max_size=2, unique=True))
        organisation = draw(st.sampled_from(organisations))
        requests.append(
            Request(
                id=rid,
                parties=(*sorted(team), organisation),
                priority=draw(st.integers(1, 3)),
                interpreter=draw(st.integers(0, 2)) == 0,
                premises=draw(st.sampled_from((None, None, organisation))),
                windows=draw(windows) if draw(st.booleans()) else (),
            )
        )
    busy = []
    for _ in range(draw(st.integers(0, 3))):
        start = draw(st.integers(-3, 17)) * 10
        busy.append(
            Busy(
                draw(st.sampled_from(delegates + organisations)),
                start,
                start + draw(st.sampled_from((10, 30, 60))),
                draw(st.sampled_from((None, HALL, ANNEX, VISIT))),
            )
        )
    problem = Problem(
        slots=tuple(slots),
        requests=tuple(requests),
        busy=tuple(busy),
        interpreters=draw(st.integers(0, 2)),
        travel=travel,
        default_travel=default_travel,
    )
    # Locks: a few requests, in the slot a greedy feasible placement gives them, so that the
    # locks never clash with one another.
    placed: dict[int, int] = {}
    locked = list(requests)
    for r in draw(st.permutations(range(n))):
        if draw(st.integers(0, 3)) != 0:
            continue
        offset = draw(st.integers(0, len(slots) - 1))
        for k in range(len(slots)):
            s = (offset + k) % len(slots)
            if fits(problem, placed, r, s):
                placed[r] = s
                locked[r] = dataclasses.replace(requests[r], locked_slot=s)
                break
    return dataclasses.replace(problem, requests=tuple(locked))


# --- 1. properties on random small problems ------------------------------------------------


@PROPERTY
@given(problems())
def test_plans_never_double_book_and_account_for_every_request(problem: Problem) -> None:
    plan = schedule(problem)
    assert accounting_errors(problem, plan) == []
    assert violations(problem, plan) == []
    for request in problem.requests:
        if request.locked_slot is not None:
            assert plan.slot_of(request.id) == request.locked_slot
    assert plan.locked_clashes == ()
    assert plan.moved == () and plan.dropped == ()
    assert reason_errors(problem, plan) == []


@PROPERTY
@given(problems())
def test_replanning_an_unchanged_plan_moves_nothing(problem: Problem) -> None:
    plan = schedule(problem)
    again = schedule(problem, previous=plan_slots(plan))
    assert again.moved == ()
    assert again.dropped == ()
    assert plan_slots(again) == plan_slots(plan)


# --- 2. brute force ------------------------------------------------------------------------


@BRUTE
@given(problems())
def test_small_plans_reach_the_lexicographic_optimum_within_the_bound(problem: Problem) -> None:
    optimum = brute_force(problem)
    assert optimum is not None, "the strategy's locks come from a feasible placement"
    plan = schedule(problem)
    assert plan_vector(problem, plan) == optimum.best
    assert upper_bound(problem) >= optimum.most
    # An optimal previous plan (not necessarily the scheduler's own) is kept as it is.
    again = schedule(problem, previous=previous_of(problem, optimum.assignment))
    assert again.moved == () and again.dropped == ()
    assert assignment(problem, again) == dict(optimum.assignment)


def test_the_brute_force_model_itself() -> None:
    """The model agrees with a hand count: two slots, three meetings of one delegate."""
    problem = Problem(
        slots=(Slot(0, 20, 1, HALL), Slot(20, 40, 1, HALL)),
        requests=(
            Request(1, ("d", "o1"), priority=3),
            Request(2, ("d", "o2"), priority=1),
            Request(3, ("d", "o3"), priority=2),
        ),
    )
    optimum = brute_force(problem)
    assert optimum is not None
    assert optimum.best == (1, 1, 0)
    assert optimum.most == 2
    assert sorted(optimum.assignment) == [1, 2]
    # Back to back at two places 10 minutes apart: only one of the two fits.
    apart_problem = dataclasses.replace(
        problem,
        requests=(Request(1, ("d", "o1")), Request(2, ("d", "o2"), premises="o2")),
        default_travel=10,
    )
    optimum = brute_force(apart_problem)
    assert optimum is not None and optimum.most == 1


def test_the_checker_catches_each_broken_rule() -> None:
    """The independent checker is not vacuous: each kind of double booking is reported."""
    problem = Problem(
        slots=(Slot(0, 20, 1, HALL), Slot(20, 40, 1, HALL), Slot(0, 40, 1, ANNEX)),
        requests=(
            Request(1, ("d", "o1"), interpreter=True),
            Request(2, ("d", "o2"), premises="o2", windows=((0, 20),)),
            Request(3, ("e", "o3"), interpreter=True, locked_slot=1),
        ),
        busy=(Busy("e", 45, 60, VISIT),),  # reachable from the hall, not from the annex
        interpreters=1,
        travel={frozenset((HALL, VISIT)): 0},
        default_travel=10,
    )

    def check(*placed: tuple[int, int, str]) -> list[str]:
        plan = Plan(tuple(Placement(*p) for p in placed), (), (), (), ())
        return violations(problem, plan)

    assert check((1, 0, HALL), (3, 1, HALL)) == []
    assert peak(problem, [0, 1, 2]) == 2
    assert len(check((1, 0, HALL), (2, 0, "o2"))) == 1  # d twice at once
    assert len(check((1, 1, HALL), (2, 0, "o2"))) == 1  # no time to travel
    assert len(check((1, 0, HALL), (3, 2, ANNEX))) == 3  # lock, itinerary, interpreter
    assert len(check((2, 1, "o2"))) == 1  # outside the window
    assert len(check((1, 0, ANNEX))) == 1  # wrong place
    assert len(check((1, 0, HALL), (1, 0, HALL))) >= 1  # placed twice
    two_tables = dataclasses.replace(
        problem, requests=(problem.requests[0], Request(2, ("f", "o2")), problem.requests[2])
    )
    plan = Plan((Placement(1, 0, HALL), Placement(2, 0, HALL)), (), (), (), ())
    assert len(violations(two_tables, plan)) == 1  # one table


# --- 3. hand-built cases: reasons ----------------------------------------------------------

NINE = 9 * 60


def grid(count: int, tables: int = 2, start: int = NINE, minutes: int = 20) -> tuple[Slot, ...]:
    return tuple(
        Slot(start + k * minutes, start + (k + 1) * minutes, tables, HALL) for k in range(count)
    )


def test_no_common_time_from_windows() -> None:
    problem = Problem(
        slots=grid(3),
        requests=(Request(1, ("d1", "o1"), windows=((NINE + 60, NINE + 120),)),),
    )
    plan = schedule(problem)
    assert plan.placements == ()
    assert reason_of(plan, 1) is Reason.NO_COMMON_TIME


def test_no_common_time_from_itinerary_and_travel() -> None:
    # Slot 0 is taken by a workshop; slot 1 starts 20 minutes after a visit 30 minutes away;
    # the organisation is out during slot 2. Each party alone has free slots, not all at once.
    problem = Problem(
        slots=grid(3),
        requests=(Request(1, ("d1", "o1")),),
        busy=(
            Busy("d1", NINE - 30, NINE + 20, HALL),
            Busy("d1", NINE - 10, NINE, VISIT),
            Busy("o1", NINE + 40, NINE + 60),
        ),
        default_travel=30,
    )
    plan = schedule(problem)
    assert reason_of(plan, 1) is Reason.NO_COMMON_TIME
    # Ten minutes more between the visit and slot 1 and the meeting fits there.
    later = dataclasses.replace(
        problem, busy=(problem.busy[0], Busy("d1", NINE - 20, NINE - 10, VISIT), problem.busy[2])
    )
    assert plan_slots(schedule(later)) == {1: 1}


def test_travel_counts_for_a_busy_block_only_when_both_places_are_known() -> None:
    # The block ends as slot 0 starts: fine without travel, not with 30 minutes to the hall.
    slots = grid(1)
    for place, expected in ((None, {1: 0}), (HALL, {1: 0}), (VISIT, {})):
        problem = Problem(
            slots=slots,
            requests=(Request(1, ("d1", "o1")),),
            busy=(Busy("d1", NINE - 60, NINE, place),),
            default_travel=30,
        )
        assert plan_slots(schedule(problem)) == expected, place


def test_no_table_when_the_common_slots_have_no_tables() -> None:
    problem = Problem(
        slots=(Slot(NINE, NINE + 20, 0, HALL), Slot(NINE + 20, NINE + 40, 3, HALL)),
        requests=(
            Request(1, ("d1", "o1"), windows=((NINE, NINE + 20),)),
            # The same request at the organisation's premises needs no table.
            Request(2, ("d2", "o2"), premises="o2", windows=((NINE, NINE + 20),)),
        ),
    )
    plan = schedule(problem)
    assert reason_of(plan, 1) is Reason.NO_TABLE
    assert plan_slots(plan) == {2: 0}


def test_no_table_when_the_tables_are_taken() -> None:
    # One slot, one table, two unrelated table meetings: priority 1 gets it.
    problem = Problem(
        slots=grid(1, tables=1),
        requests=(Request(1, ("d1", "o1"), priority=2), Request(2, ("d2", "o2"), priority=1)),
    )
    plan = schedule(problem)
    assert plan_slots(plan) == {2: 0}
    assert reason_of(plan, 1) is Reason.NO_TABLE
    assert plan.unplaced[0].parties == ()


def test_no_interpreter_when_the_pool_is_empty() -> None:
    problem = Problem(
        slots=grid(2),
        requests=(Request(1, ("d1", "o1"), interpreter=True), Request(2, ("d2", "o2"))),
        interpreters=0,
    )
    plan = schedule(problem)
    assert reason_of(plan, 1) is Reason.NO_INTERPRETER
    assert plan.slot_of(2) is not None


def test_no_interpreter_when_overlapping_slots_use_the_pool() -> None:
    # A 40-minute slot and a 20-minute slot starting 20 minutes into it (say two sessions):
    # they overlap from 9:20 to 9:40, so one interpreter serves only one of them.
    problem = Problem(
        slots=(Slot(NINE, NINE + 40, 2, HALL), Slot(NINE + 20, NINE + 40, 2, ANNEX)),
        requests=(
            Request(1, ("d1", "o1"), priority=1, interpreter=True, windows=((NINE, NINE + 40),)),
            Request(2, ("d2", "o2"), priority=2, interpreter=True, windows=((NINE + 20, 600),)),
            Request(3, ("d3", "o3"), priority=3, interpreter=False),
        ),
        interpreters=1,
    )
    plan = schedule(problem)
    # Request 1 (priority 1) may use either slot, request 2 only the second: they overlap.
    assert plan.slot_of(1) is not None
    assert reason_of(plan, 2) is Reason.NO_INTERPRETER
    assert plan.slot_of(3) is not None
    # With two interpreters both fit.
    assert len(schedule(dataclasses.replace(problem, interpreters=2)).placements) == 3


def test_interpreters_in_disjoint_slots_are_not_counted_together() -> None:
    # Two 20-minute slots inside a 40-minute one, one interpreter: the short slots can both
    # have an interpreted meeting (never two at once), the long one then none.
    problem = Problem(
        slots=(
            Slot(NINE, NINE + 20, 1, HALL),
            Slot(NINE + 20, NINE + 40, 1, HALL),
            Slot(NINE, NINE + 40, 1, ANNEX),
        ),
        requests=(
            Request(1, ("d1", "o1"), interpreter=True),
            Request(2, ("d2", "o2"), interpreter=True),
            Request(3, ("d3", "o3"), interpreter=True, priority=3),
        ),
        interpreters=1,
    )
    plan = schedule(problem)
    assert sorted(plan_slots(plan).items()) in ([(1, 0), (2, 1)], [(1, 1), (2, 0)])
    assert reason_of(plan, 3) is Reason.NO_INTERPRETER
    assert violations(problem, plan) == []


def test_interpreters_are_counted_at_each_moment() -> None:
    # A 40-minute slot at the hall's one table, and two 20-minute slots (no tables) inside it
    # for premises meetings. Two interpreters: at every moment two meetings run, so all three
    # fit; one interpreter: the long meeting overlaps both others, which do not overlap.
    slots = (
        Slot(NINE, NINE + 40, 1, HALL),
        Slot(NINE, NINE + 20, 0, HALL),
        Slot(NINE + 20, NINE + 40, 0, HALL),
    )
    requests = (
        Request(1, ("d1", "o1"), interpreter=True),
        Request(2, ("d2", "o2"), interpreter=True, premises="o2", windows=((NINE, NINE + 20),)),
        Request(3, ("d3", "o3"), interpreter=True, premises="o3", windows=((NINE + 20, 600),)),
    )
    for order in (requests, requests[::-1]):
        problem = Problem(slots=slots, requests=order, interpreters=2)
        assert plan_slots(schedule(problem)) == {1: 0, 2: 1, 3: 2}
        plan = schedule(dataclasses.replace(problem, interpreters=1))
        assert plan_slots(plan) == {2: 1, 3: 2}
        assert reason_of(plan, 1) is Reason.NO_INTERPRETER


def test_making_room_for_an_interpreter_frees_enough_of_the_pool() -> None:
    # One interpreter, so interpreted meetings must never overlap. Request 2 can only be at
    # 10:00-10:20 and request 3 only at 9:50-10:10: they overlap, so at most one of them is
    # placed, with request 1 in a slot that overlaps neither (9:10-9:30, or 9:20-10:00 next
    # to request 2). Making room for request 3 means freeing the interpreter of both request
    # 1 (9:20-10:00) and request 2 (10:00-10:20), not just one of them.
    problem = Problem(
        slots=(
            Slot(NINE + 20, NINE + 60, 1, HALL),
            Slot(NINE + 50, NINE + 70, 1, HALL),
            Slot(NINE + 10, NINE + 30, 1, HALL),
            Slot(NINE + 60, NINE + 80, 1, HALL),
        ),
        requests=(
            Request(1, ("d1", "o1"), interpreter=True),
            Request(2, ("d2", "o2"), interpreter=True, windows=((NINE + 60, NINE + 80),)),
            Request(3, ("d3", "o3"), interpreter=True, windows=((NINE + 50, NINE + 70),)),
        ),
        interpreters=1,
    )
    plan = schedule(problem)
    assert violations(problem, plan) == [], f"double-booked interpreter: {plan_slots(plan)}"
    assert len(plan.placements) == 2


def test_parties_booked_names_the_busiest_party_first() -> None:
    # d1 has two priority-1 meetings, which fill both slots; o1 meets d2 in slot 0 (its
    # window). Request 4 (d1 with o1, priority 3) is blocked in slot 0 by d1 and o1 and in
    # slot 1 by d1 alone: d1 is the busiest.
    problem = Problem(
        slots=grid(2, tables=5),
        requests=(
            Request(1, ("d1", "o2"), priority=1),
            Request(2, ("d1", "o3"), priority=1),
            Request(3, ("d2", "o1"), priority=1, windows=((NINE, NINE + 20),)),
            Request(4, ("d1", "o1"), priority=3),
        ),
    )
    plan = schedule(problem)
    assert len(plan.placements) == 3
    (unplaced,) = plan.unplaced
    assert unplaced.request_id == 4
    assert unplaced.reason is Reason.PARTIES_BOOKED
    assert unplaced.parties == ("d1", "o1")


def test_parties_booked_through_travel() -> None:
    # d1's premises meeting with o2 (priority 1, only slot 1) leaves no time to reach the hall
    # 30 minutes away in slot 0 or slot 2: its meeting with o1 at the hall cannot be placed.
    problem = Problem(
        slots=grid(3, tables=5),
        requests=(
            Request(1, ("d1", "o2"), priority=1, premises="o2", windows=((NINE + 20, NINE + 40),)),
            Request(2, ("d1", "o1"), priority=2),
        ),
        default_travel=30,
    )
    plan = schedule(problem)
    assert plan_slots(plan) == {1: 1}
    (unplaced,) = plan.unplaced
    assert unplaced.reason is Reason.PARTIES_BOOKED
    assert unplaced.parties == ("d1",)
    # Without travel both fit.
    assert len(schedule(dataclasses.replace(problem, default_travel=0)).placements) == 2


def test_a_slot_blocked_by_tables_and_another_by_interpreters_is_not_parties_booked() -> None:
    """Nobody's meetings block request 3: slot 0 has no table left, slot 1 no interpreter.

    PARTIES_BOOKED means "the parties' other meetings take the free time" and must name the
    parties; here no party of request 3 has any other meeting.
    """
    problem = Problem(
        slots=(Slot(NINE, NINE + 20, 1, HALL), Slot(NINE + 20, NINE + 40, 2, HALL)),
        requests=(
            Request(1, ("d1", "o1"), priority=1, windows=((NINE, NINE + 20),)),
            Request(2, ("d2", "o2"), priority=1, interpreter=True, windows=((NINE + 20, 600),)),
            Request(3, ("d3", "o3"), priority=3, interpreter=True),
        ),
        interpreters=1,
    )
    plan = schedule(problem)
    assert plan_slots(plan) == {1: 0, 2: 1}
    (unplaced,) = plan.unplaced
    assert unplaced.reason in (Reason.NO_TABLE, Reason.NO_INTERPRETER), (
        f"request 3 reported {unplaced}, though only a table (slot 0) and the interpreter "
        "(slot 1) are missing"
    )
    assert unplaced.parties == ()


# --- 3. hand-built cases: priorities and locks ---------------------------------------------


def test_priority_1_beats_two_lower_meetings() -> None:
    # One slot; the priority-1 meeting shares a delegate with two priority-3 meetings. Placing
    # both of those would place more meetings, but priority 1 comes first.
    problem = Problem(
        slots=grid(1, tables=3),
        requests=(
            Request(1, ("d1", "d2", "o1"), priority=1),
            Request(2, ("d1", "o2"), priority=3),
            Request(3, ("d2", "o3"), priority=3),
        ),
    )
    plan = schedule(problem)
    assert plan_slots(plan) == {1: 0}
    assert upper_bound(problem) >= 2


def test_a_locked_meeting_keeps_its_slot() -> None:
    # Request 1 is locked in slot 1, the only slot request 2 (priority 1) could use: the lock
    # holds, request 2 is unplaced with d1 booked, though moving request 1 would place both.
    problem = Problem(
        slots=grid(2),
        requests=(
            Request(1, ("d1", "o1"), priority=3, locked_slot=1),
            Request(2, ("d1", "o2"), priority=1, windows=((NINE + 20, NINE + 40),)),
        ),
    )
    plan = schedule(problem)
    assert plan_slots(plan) == {1: 1}
    (unplaced,) = plan.unplaced
    assert unplaced.reason is Reason.PARTIES_BOOKED
    assert unplaced.parties == ("d1",)
    assert plan.locked_clashes == ()


def lock_and_travel(locked: int | None) -> Problem:
    """Four meetings of d with o; slots listed out of time order (any order is valid)."""
    return Problem(
        slots=(
            Slot(NINE, NINE + 20, 1, HALL),
            Slot(NINE + 70, NINE + 90, 1, HALL),
            Slot(NINE + 20, NINE + 40, 1, HALL),
        ),
        requests=(
            Request(1, ("d", "o"), priority=2),
            Request(2, ("d", "o"), priority=1, locked_slot=locked),
            Request(3, ("d", "o"), priority=1),
            Request(4, ("d", "o"), priority=1, premises="o"),
        ),
        default_travel=30,
    )


def test_the_best_plan_is_found_without_locks() -> None:
    # Three priority-1 meetings fit: two at the hall at 9:00 and 9:20 (back to back, same
    # place) and the premises one at 10:10 (30 minutes after 9:40). The premises meeting
    # cannot be at 9:00 or 9:20 next to a hall meeting, so it takes slot 1.
    problem = lock_and_travel(None)
    plan = schedule(problem)
    assert plan_vector(problem, plan) == (3, 0, 0)
    assert plan.slot_of(4) == 1
    assert reason_of(plan, 1) is Reason.PARTIES_BOOKED


def test_a_lock_does_not_stop_the_search_for_the_best_plan() -> None:
    # The same with request 2 locked at 9:00, where the best plan has it anyway: request 3
    # takes 9:20, request 4 10:10, and request 1 (priority 2) has no slot left. Placing
    # request 1 instead of request 4 gives one priority-1 meeting fewer.
    problem = lock_and_travel(0)
    plan = schedule(problem)
    assert plan_slots(plan) == {2: 0, 3: 2, 4: 1}, (
        f"plan {plan_slots(plan)} places {plan_vector(problem, plan)} by priority, where "
        "{2: 0, 3: 2, 4: 1} places (3, 0, 0): a lock must not hide the best plan"
    )


def test_a_locked_meeting_stays_even_in_a_busy_slot_or_outside_its_windows() -> None:
    problem = Problem(
        slots=grid(2, tables=0),
        requests=(Request(1, ("d1", "o1"), windows=((0, 10),), locked_slot=1),),
        busy=(Busy("d1", 0, 24 * 60),),
    )
    assert plan_slots(schedule(problem)) == {1: 1}


def test_locked_meetings_sharing_a_party_are_reported_not_resolved() -> None:
    problem = Problem(
        slots=grid(3, tables=5),
        requests=(
            Request(1, ("d1", "o1"), locked_slot=0),
            Request(2, ("d2", "o2"), locked_slot=0),
            Request(3, ("d1", "o3"), locked_slot=0),
            Request(4, ("d3", "o1"), locked_slot=2),
        ),
    )
    plan = schedule(problem)
    assert plan_slots(plan) == {1: 0, 2: 0, 3: 0, 4: 2}
    assert {frozenset(pair) for pair in plan.locked_clashes} == {frozenset((1, 3))}


def test_locked_meetings_a_travel_apart_are_reported() -> None:
    # Back to back, the first at the organisation's premises 30 minutes from the hall.
    problem = Problem(
        slots=grid(2),
        requests=(
            Request(1, ("d1", "o1"), premises="o1", locked_slot=0),
            Request(2, ("d1", "o2"), locked_slot=1),
        ),
        default_travel=30,
    )
    plan = schedule(problem)
    assert plan_slots(plan) == {1: 0, 2: 1}
    assert {frozenset(pair) for pair in plan.locked_clashes} == {frozenset((1, 2))}


def test_locked_meetings_overflowing_the_tables_are_reported() -> None:
    # One table: the two locked table meetings clash; the premises meeting takes no table.
    problem = Problem(
        slots=grid(1, tables=1),
        requests=(
            Request(1, ("d1", "o1"), locked_slot=0),
            Request(2, ("d2", "o2"), premises="o2", locked_slot=0),
            Request(3, ("d3", "o3"), locked_slot=0),
        ),
    )
    plan = schedule(problem)
    assert plan_slots(plan) == {1: 0, 2: 0, 3: 0}
    assert {frozenset(pair) for pair in plan.locked_clashes} == {frozenset((1, 3))}, (
        f"locked clashes {plan.locked_clashes}: request 2 is at the organisation's premises "
        "and uses neither a table nor an interpreter"
    )


def test_locked_interpreted_meetings_in_overlapping_slots_are_reported() -> None:
    # One interpreter; two locked interpreted meetings in slots overlapping from 9:20 to 9:40.
    problem = Problem(
        slots=(Slot(NINE, NINE + 40, 2, HALL), Slot(NINE + 20, NINE + 60, 2, HALL)),
        requests=(
            Request(1, ("d1", "o1"), interpreter=True, locked_slot=0),
            Request(2, ("d2", "o2"), interpreter=True, locked_slot=1),
        ),
        interpreters=1,
    )
    plan = schedule(problem)
    assert plan_slots(plan) == {1: 0, 2: 1}
    assert {frozenset(pair) for pair in plan.locked_clashes} == {frozenset((1, 2))}, (
        f"locked clashes {plan.locked_clashes}: two interpreted meetings run at once from "
        "9:20 to 9:40 with one interpreter"
    )


# --- 3. hand-built cases: re-planning ------------------------------------------------------


def replan_problem(busy: tuple[Busy, ...] = ()) -> Problem:
    """Three back-to-back slots with one table each, and a premises meeting beside them."""
    return Problem(
        slots=grid(3, tables=1),
        requests=(
            Request(1, ("d1", "o1"), windows=((NINE, NINE + 40),)),
            Request(2, ("d2", "o2")),
            Request(3, ("d3", "o3")),
            Request(4, ("d4", "o4"), premises="o4"),
        ),
        busy=busy,
        default_travel=30,
    )


PREVIOUS = {1: 0, 2: 1, 3: 2, 4: 0}


def test_replanning_keeps_a_previous_plan_that_still_fits() -> None:
    problem = replan_problem()
    plan = schedule(problem, previous=PREVIOUS)
    assert plan_slots(plan) == PREVIOUS
    assert plan.moved == () and plan.dropped == ()
    # Another valid previous plan is kept just as well.
    other = {1: 1, 2: 2, 3: 0, 4: 2}
    plan = schedule(problem, previous=other)
    assert plan_slots(plan) == other
    assert plan.moved == () and plan.dropped == ()


def test_replanning_moves_only_the_meetings_that_must_move() -> None:
    # d1 is now on a visit 30 minutes away until 8:50: slot 0 (9:00) is out of reach, slot 1
    # (9:20) just in reach. Request 1 (windows: slots 0 and 1) must take slot 1, whose only
    # table request 2 then leaves for slot 0, freed by request 1. Requests 3 and 4 stay.
    problem = replan_problem(busy=(Busy("d1", NINE - 60, NINE - 10, VISIT),))
    plan = schedule(problem, previous=PREVIOUS)
    assert plan_slots(plan) == {1: 1, 2: 0, 3: 2, 4: 0}
    assert plan.moved == (1, 2)
    assert plan.dropped == ()


def test_replanning_drops_a_meeting_that_no_longer_fits_anywhere() -> None:
    # d3 is now busy all day: request 3 cannot be kept; nothing else moves.
    problem = replan_problem(busy=(Busy("d3", 0, 24 * 60),))
    plan = schedule(problem, previous=PREVIOUS)
    assert plan_slots(plan) == {1: 0, 2: 1, 4: 0}
    assert plan.moved == ()
    assert plan.dropped == (3,)
    assert reason_of(plan, 3) is Reason.NO_COMMON_TIME


def test_replanning_with_fewer_tables_drops_the_lowest_priority() -> None:
    requests = (
        Request(1, ("d1", "o1"), priority=1),
        Request(2, ("d2", "o2"), priority=3),
        Request(3, ("d3", "o3"), priority=2),
    )
    before = Problem(slots=grid(1, tables=3), requests=requests)
    previous = plan_slots(schedule(before))
    assert previous == {1: 0, 2: 0, 3: 0}
    plan = schedule(dataclasses.replace(before, slots=grid(1, tables=2)), previous=previous)
    assert plan_slots(plan) == {1: 0, 3: 0}
    assert plan.dropped == (2,)
    assert plan.moved == ()
    assert reason_of(plan, 2) is Reason.NO_TABLE


def test_replanning_ignores_requests_that_are_gone() -> None:
    problem = replan_problem()
    plan = schedule(problem, previous={**PREVIOUS, 99: 1})
    assert plan_slots(plan) == PREVIOUS
    assert plan.moved == () and plan.dropped == ()


def contest(extra: int) -> Problem:
    """Two equal meetings wanting the one table, and ``extra`` independent premises meetings."""
    return Problem(
        slots=grid(1, tables=1),
        requests=(
            Request(1, ("d1", "o1")),
            Request(2, ("d2", "o2")),
            *(Request(10 + k, (f"x{k}", f"y{k}"), premises=f"y{k}") for k in range(extra)),
        ),
    )


@pytest.mark.parametrize("extra", [0, 38, 39, 60])
def test_replanning_an_unchanged_plan_keeps_it_on_any_size(extra: int) -> None:
    # Whichever of requests 1 and 2 got the table keeps it: swapping them places no more.
    problem = contest(extra)
    plan = schedule(problem)
    assert len(plan.placements) == extra + 1
    again = schedule(problem, previous=plan_slots(plan))
    assert (again.moved, again.dropped) == ((), ()), (
        f"re-planning an unchanged plan of {len(problem.requests)} requests moved "
        f"{again.moved} and dropped {again.dropped} without placing more"
    )
    assert plan_slots(again) == plan_slots(plan)


def test_replanning_a_generated_mission_unchanged_moves_only_to_place_more() -> None:
    # A heuristic plan may be improved by a second run; but a meeting moves (or leaves) only
    # when that places more, by priority: a re-run that places no more moves nothing.
    problem = generate(0)
    plan = schedule(problem)
    for _ in range(2):
        again = schedule(problem, previous=plan_slots(plan))
        assert accounting_errors(problem, again) == []
        before, after = plan_vector(problem, plan), plan_vector(problem, again)
        assert after >= before
        if after == before:
            assert (again.moved, again.dropped) == ((), ()), (
                f"re-planning unchanged moved {len(again.moved)} and dropped "
                f"{len(again.dropped)} meetings and still places {after} by priority"
            )
            assert plan_slots(again) == plan_slots(plan)
        plan = again


# --- 3. input validation -------------------------------------------------------------------


def valid() -> Problem:
    return Problem(slots=grid(2), requests=(Request(1, ("d1", "o1")), Request(2, ("d2", "o2"))))


INVALID: dict[str, Callable[[Problem], Problem]] = {
    "duplicate id": lambda p: dataclasses.replace(
        p, requests=(p.requests[0], dataclasses.replace(p.requests[1], id=1))
    ),
    "slot ends before it starts": lambda p: dataclasses.replace(
        p, slots=(p.slots[0], Slot(NINE + 40, NINE + 20, 2, HALL))
    ),
    "slot of no length": lambda p: dataclasses.replace(
        p, slots=(p.slots[0], Slot(NINE + 20, NINE + 20, 2, HALL))
    ),
    "negative tables": lambda p: dataclasses.replace(
        p, slots=(p.slots[0], Slot(NINE + 20, NINE + 40, -1, HALL))
    ),
    "priority 4": lambda p: dataclasses.replace(
        p, requests=(p.requests[0], dataclasses.replace(p.requests[1], priority=4))
    ),
    "priority 0": lambda p: dataclasses.replace(
        p, requests=(p.requests[0], dataclasses.replace(p.requests[1], priority=0))
    ),
    "nobody to meet": lambda p: dataclasses.replace(
        p, requests=(p.requests[0], dataclasses.replace(p.requests[1], parties=()))
    ),
    "locked after the last slot": lambda p: dataclasses.replace(
        p, requests=(p.requests[0], dataclasses.replace(p.requests[1], locked_slot=2))
    ),
    "locked before the first slot": lambda p: dataclasses.replace(
        p, requests=(p.requests[0], dataclasses.replace(p.requests[1], locked_slot=-1))
    ),
}


def test_the_valid_base_problem_schedules() -> None:
    assert len(schedule(valid()).placements) == 2
    assert upper_bound(valid()) == 2


@pytest.mark.parametrize("name", sorted(INVALID))
def test_schedule_rejects_invalid_input(name: str) -> None:
    with pytest.raises(ValueError):
        schedule(INVALID[name](valid()))


@pytest.mark.parametrize(
    "name",
    sorted(set(INVALID) - {"duplicate id"}),
)
def test_upper_bound_rejects_invalid_input(name: str) -> None:
    with pytest.raises(ValueError):
        upper_bound(INVALID[name](valid()))


# --- 4. quality on generated missions ------------------------------------------------------


@pytest.mark.parametrize("seed", [0, 1])
def test_generated_missions_are_placed_near_the_bound(seed: int) -> None:
    problem = generate(seed)
    assert len(problem.requests) == 1_000
    plan = schedule(problem)
    assert accounting_errors(problem, plan) == []
    assert violations(problem, plan) == []
    bound = upper_bound(problem)
    assert len(plan.placements) <= bound
    assert len(plan.placements) >= 0.98 * bound, (len(plan.placements), bound)


def test_every_unplaced_request_of_a_generated_mission_has_a_true_reason() -> None:
    problem = generate(2, requests=400, delegates=60, organisations=120)
    plan = schedule(problem)
    assert plan.unplaced, "an instance where some requests do not fit"
    assert reason_errors(problem, plan) == []
