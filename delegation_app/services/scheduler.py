"""The B2B meeting scheduler: places requested meetings in time slots, never double-booking.

Pure Python, no database and no Qt, so that it can be run on generated instances, compared with
an upper bound and checked against brute force. The database side (what is requested, who is
busy when, how many tables) lives in ``services.meeting_plan``.

The model:
- time is whole minutes on any one clock (the database side uses minutes since 1970 UTC);
- a ``Slot`` is a span of the meeting grid (20 minutes, say) with the number of tables set up at
  its venue; a meeting is held either at one of those tables or at the local organisation's
  premises (``Request.premises``), which needs no table but takes travel time;
- every party of a request (its delegates and the local organisation) must be free for the whole
  slot; a party is busy during its itinerary items (``Busy``) and its other meetings, and needs
  the travel time between two different places (``Problem.travel``) between them;
- a local organisation may only meet within its windows (``Request.windows``);
- a meeting that needs an interpreter takes one from a pool shared by all meetings of a slot;
- a locked meeting stays in its slot, whatever else happens.

The objective is the number of meetings placed; between two requests competing for the last
place, the higher priority (1) is placed first, and once placed a meeting is only moved to make
room for another, never dropped. Re-planning starts from the previous plan and moves as few
meetings as it can (a meeting moves only when that lets one more be placed).

``upper_bound`` gives the largest number of requests any schedule could place (the minimum of
several flow relaxations): the scheduler's result is reported as a share of it.
"""

from __future__ import annotations

import enum
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

__all__ = [
    "Busy",
    "Placement",
    "Plan",
    "Problem",
    "Reason",
    "Request",
    "Slot",
    "Unplaced",
    "schedule",
    "upper_bound",
]


@dataclass(frozen=True)
class Slot:
    start: int
    end: int
    tables: int = 0
    """Meetings that can be held at the same time at the venue's tables."""
    place: str = ""
    """The venue of the tables (a key of ``Problem.travel``)."""


@dataclass(frozen=True)
class Request:
    id: int
    parties: tuple[str, ...]
    """Everyone who must be there: the delegates' keys and the local organisation's key."""
    priority: int = 2
    """1 high .. 3 low."""
    interpreter: bool = False
    premises: str | None = None
    """Held at this place (the organisation's premises) rather than at a table."""
    windows: tuple[tuple[int, int], ...] = ()
    """When the local side can meet; empty means any time."""
    locked_slot: int | None = None
    """Index of the slot a locked meeting keeps."""


@dataclass(frozen=True)
class Busy:
    party: str
    start: int
    end: int
    place: str | None = None


@dataclass(frozen=True)
class Problem:
    slots: tuple[Slot, ...]
    requests: tuple[Request, ...]
    busy: tuple[Busy, ...] = ()
    interpreters: int = 0
    travel: Mapping[frozenset[str], int] = field(default_factory=dict)
    """Minutes between two places, keyed by the pair."""
    default_travel: int = 0
    """Minutes between two different places the table does not list."""

    def travel_time(self, a: str | None, b: str | None) -> int:
        if a is None or b is None or a == b:
            return 0
        return self.travel.get(frozenset((a, b)), self.default_travel)


class Reason(enum.StrEnum):
    NO_COMMON_TIME = "no_common_time"
    """No slot when every party is free (itinerary, the organisation's windows, travel)."""
    NO_TABLE = "no_table"
    """The common free slots have no table left (or no tables at all)."""
    NO_INTERPRETER = "no_interpreter"
    """The common free slots have no interpreter left (or the pool is empty)."""
    PARTIES_BOOKED = "parties_booked"
    """The parties' other meetings take every common free slot."""


@dataclass(frozen=True)
class Placement:
    request_id: int
    slot: int
    place: str


@dataclass(frozen=True)
class Unplaced:
    request_id: int
    reason: Reason
    parties: tuple[str, ...] = ()
    """For PARTIES_BOOKED: the parties whose meetings fill the common free time, busiest first."""


@dataclass(frozen=True)
class Plan:
    placements: tuple[Placement, ...]
    unplaced: tuple[Unplaced, ...]
    moved: tuple[int, ...]
    """Requests placed before (``previous``) that now sit in another slot."""
    dropped: tuple[int, ...]
    """Requests placed before that could not be kept anywhere (their reason is in unplaced)."""
    locked_clashes: tuple[tuple[int, int], ...]
    """Locked meetings that share a party or overflow a slot: kept, but someone must decide."""

    def slot_of(self, request_id: int) -> int | None:
        for placement in self.placements:
            if placement.request_id == request_id:
                return placement.slot
        return None


# --- the search ---------------------------------------------------------------------------

# An ejection chain may move this many meetings to make room for one (depth of the search).
_CHAIN_DEPTH = 2
#: The steps :func:`schedule` reports to its ``progress``: locked and kept meetings, the first
#: placement, each depth of chains, then the last search.
STAGES = 3 + _CHAIN_DEPTH

Progress = Callable[[int, int], None]
"""Called with (steps done, steps in all)."""
# How many slots a chain tries per meeting it moves; the least contested ones come first.
_CHAIN_BREADTH = 12
# Work budget for the chains, in placement attempts per request, so big instances stay fast.
_CHAIN_BUDGET_PER_REQUEST = 4_000
# Rounds of the large neighbourhood search, per request of the instance.
_SHAKE_ROUNDS_PER_REQUEST = 3
# Instances this small are searched exactly (branch and bound) within this many nodes.
_EXACT_LIMIT = 40
_EXACT_NODES = 200_000


class _State:
    """Who is where: kept incrementally, so that a trial move costs a few list operations."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.slots = problem.slots
        n = len(problem.slots)
        self.slot_of: dict[int, int] = {}
        self.place_of: dict[int, str] = {}
        self.by_party: dict[str, list[int]] = defaultdict(list)
        self.at_slot: list[list[int]] = [[] for _ in range(n)]
        self.tables_used = [0] * n
        self.interpreters_used = [0] * n
        # Slots overlapping each slot (itself included): interpreters are shared across them.
        self.overlapping: list[list[int]] = [
            [
                j
                for j, other in enumerate(problem.slots)
                if other.start < s.end and s.start < other.end
            ]
            for s in problem.slots
        ]
        self.requests = problem.requests
        self.starts = [slot.start for slot in problem.slots]
        self.ends = [slot.end for slot in problem.slots]
        self._travel: dict[tuple[str, str], int] = {}
        # Placed meetings by priority (index 0 for priority 1), kept as meetings come and go.
        self.counts = [0, 0, 0]
        # Every add and remove, so that a failed trial (however deep) is undone exactly.
        self.journal: list[tuple[bool, int, int]] = []

    def mark(self) -> int:
        return len(self.journal)

    def undo(self, mark: int) -> None:
        while len(self.journal) > mark:
            added, r, s = self.journal.pop()
            if added:
                self._remove(r)
            else:
                self._add(r, s)

    def place_for(self, r: int, s: int) -> str:
        premises = self.requests[r].premises
        return premises if premises is not None else self.slots[s].place

    def gap(self, a: str, b: str) -> int:
        if a == b:
            return 0
        known = self._travel.get((a, b))
        if known is None:
            known = self._travel[(a, b)] = self.problem.travel_time(a, b)
        return known

    def _clashing(self, r: int, s: int) -> Iterable[int]:
        """Placed meetings sharing a party with r that overlap slot s (travel included)."""
        place = self.place_for(r, s)
        start, end = self.starts[s], self.ends[s]
        starts, ends, slot_of, place_of = self.starts, self.ends, self.slot_of, self.place_of
        by_party = self.by_party
        for party in self.requests[r].parties:
            for other in by_party.get(party, ()):
                if other == r:
                    continue
                o = slot_of[other]
                gap = self.gap(place, place_of[other])
                if not (end + gap <= starts[o] or ends[o] + gap <= start):
                    yield other

    def party_conflicts(self, r: int, s: int) -> set[int]:
        return set(self._clashing(r, s))

    def parties_free(self, r: int, s: int) -> bool:
        return next(iter(self._clashing(r, s)), None) is None

    def tables_full(self, r: int, s: int) -> bool:
        return self.requests[r].premises is None and self.tables_used[s] >= self.slots[s].tables

    def interpreters_full(self, r: int, s: int) -> bool:
        if not self.requests[r].interpreter:
            return False
        # Counted over every slot overlapping this one: never more interpreters at once than
        # the pool holds (a little stricter than needed when overlapping slots do not overlap
        # each other, which only happens with sessions of different slot lengths).
        used = sum(self.interpreters_used[j] for j in self.overlapping[s])
        return used >= self.problem.interpreters

    def fits(self, r: int, s: int) -> bool:
        return (
            not self.tables_full(r, s)
            and not self.interpreters_full(r, s)
            and self.parties_free(r, s)
        )

    def add(self, r: int, s: int) -> None:
        self._add(r, s)
        self.journal.append((True, r, s))

    def remove(self, r: int) -> int:
        s = self._remove(r)
        self.journal.append((False, r, s))
        return s

    def _add(self, r: int, s: int) -> None:
        request = self.requests[r]
        self.slot_of[r] = s
        self.place_of[r] = self.place_for(r, s)
        for party in request.parties:
            self.by_party[party].append(r)
        self.at_slot[s].append(r)
        if request.premises is None:
            self.tables_used[s] += 1
        if request.interpreter:
            self.interpreters_used[s] += 1
        self.counts[request.priority - 1] += 1

    def _remove(self, r: int) -> int:
        request = self.requests[r]
        s = self.slot_of.pop(r)
        del self.place_of[r]
        for party in request.parties:
            self.by_party[party].remove(r)
        self.at_slot[s].remove(r)
        if request.premises is None:
            self.tables_used[s] -= 1
        if request.interpreter:
            self.interpreters_used[s] -= 1
        self.counts[request.priority - 1] -= 1
        return s


def _free_of_busy(
    problem: Problem, request: Request, slot: Slot, place: str, busy: Mapping[str, list[Busy]]
) -> bool:
    for party in request.parties:
        for item in busy.get(party, ()):
            gap = problem.travel_time(item.place, place)
            if not (slot.end + gap <= item.start or item.end + gap <= slot.start):
                return False
    return True


def _in_windows(request: Request, slot: Slot) -> bool:
    return not request.windows or any(a <= slot.start and slot.end <= b for a, b in request.windows)


def _common_free_slots(problem: Problem) -> list[list[int]]:
    """Per request, the slots every party is free in (windows, itinerary, travel).

    Tables and interpreters aside: those are the state's business.
    """
    busy: dict[str, list[Busy]] = defaultdict(list)
    for item in problem.busy:
        busy[item.party].append(item)
    free: list[list[int]] = []
    for request in problem.requests:
        slots = []
        for s, slot in enumerate(problem.slots):
            place = request.premises if request.premises is not None else slot.place
            if _in_windows(request, slot) and _free_of_busy(problem, request, slot, place, busy):
                slots.append(s)
        free.append(slots)
    return free


def _candidates(problem: Problem, free: list[list[int]]) -> list[list[int]]:
    """The common free slots a request could use at all: a table exists, an interpreter exists."""
    out: list[list[int]] = []
    for request, slots in zip(problem.requests, free, strict=True):
        if request.interpreter and problem.interpreters <= 0:
            out.append([])
            continue
        if request.premises is None:
            slots = [s for s in slots if problem.slots[s].tables > 0]
        out.append(slots)
    return out


class _Scheduler:
    def __init__(
        self, problem: Problem, previous: Mapping[int, int], progress: Progress | None = None
    ) -> None:
        self.problem = problem
        self.progress = progress
        self.state = _State(problem)
        self.free = _common_free_slots(problem)
        self.candidates = _candidates(problem, self.free)
        index = {request.id: r for r, request in enumerate(problem.requests)}
        if len(index) != len(problem.requests):
            raise ValueError("request ids must be unique")
        self.previous = {index[rid]: s for rid, s in previous.items() if rid in index}
        self.locked = {
            r for r, request in enumerate(problem.requests) if request.locked_slot is not None
        }
        self.budget = 0
        self.pressure = self._pressure()
        self.candidate_sets = [set(slots) for slots in self.candidates]
        self.near = self._near()

    def _near(self) -> list[set[int]]:
        """Per slot, the slots a meeting freed there can matter to (within travel reach)."""
        problem = self.problem
        reach = max([problem.default_travel, *problem.travel.values()])
        return [
            {
                j
                for j, other in enumerate(problem.slots)
                if other.start < slot.end + reach and slot.start < other.end + reach
            }
            for slot in problem.slots
        ]

    def _pressure(self) -> dict[str, list[float]]:
        """How much each party's and each slot's requests want a slot: used to pick quiet slots."""
        n = len(self.problem.slots)
        pressure: dict[str, list[float]] = defaultdict(lambda: [0.0] * n)
        for r, slots in enumerate(self.candidates):
            if not slots:
                continue
            weight = 1.0 / len(slots)
            request = self.problem.requests[r]
            keys = [*request.parties, "" if request.premises is None else None]
            for key in keys:
                if key is None:
                    continue
                row = pressure[key]
                for s in slots:
                    row[s] += weight
        return pressure

    def _release_pressure(self, r: int) -> None:
        slots = self.candidates[r]
        if not slots:
            return
        weight = 1.0 / len(slots)
        request = self.problem.requests[r]
        for key in [*request.parties, "" if request.premises is None else None]:
            if key is None:
                continue
            row = self.pressure[key]
            for s in slots:
                row[s] -= weight

    def _ordered(self, r: int, slots: Iterable[int]) -> list[int]:
        request = self.problem.requests[r]
        rows = [self.pressure[p] for p in request.parties]
        tables = self.pressure[""] if request.premises is None else None
        slot_list = self.problem.slots

        def cost(s: int) -> tuple[float, int]:
            total = sum(row[s] for row in rows)
            if tables is not None:
                total += tables[s] / max(slot_list[s].tables, 1)
            return (total, s)

        return sorted(slots, key=cost)

    # -- the phases --

    def _step(self, done: int) -> None:
        if self.progress is not None:
            self.progress(done, STAGES)

    def run(self) -> Plan:
        state = self.state
        clashes: list[tuple[int, int]] = []
        requests = self.problem.requests
        for r in sorted(self.locked, key=lambda r: requests[r].id):
            s = requests[r].locked_slot
            assert s is not None  # and within the grid: checked by _check
            for other in sorted(state.party_conflicts(r, s)):
                clashes.append((requests[other].id, requests[r].id))
            if state.tables_full(r, s):
                for other in state.at_slot[s]:
                    if requests[other].premises is None:
                        clashes.append((requests[other].id, requests[r].id))
            if state.interpreters_full(r, s):
                for j in state.overlapping[s]:
                    for other in state.at_slot[j]:
                        if requests[other].interpreter:
                            clashes.append((requests[other].id, requests[r].id))
            state.add(r, s)
            self._release_pressure(r)
        # Keep what was planned before, where it still fits, highest priority first.
        kept_order = sorted(
            (r for r in self.previous if r not in self.locked),
            key=lambda r: (requests[r].priority, requests[r].id),
        )
        waiting: list[int] = []
        for r in kept_order:
            s = self.previous[r]
            if s in self.candidates[r] and state.fits(r, s):
                state.add(r, s)
                self._release_pressure(r)
            else:
                waiting.append(r)
        self._step(1)
        placed_before = set(self.previous)
        fresh = [r for r in range(len(requests)) if r not in self.locked and r not in placed_before]
        order = sorted(
            [*waiting, *fresh],
            key=lambda r: (requests[r].priority, len(self.candidates[r]), requests[r].id),
        )
        unplaced: list[int] = []
        for r in order:
            for s in self._ordered(r, self.candidates[r]):
                if state.fits(r, s):
                    state.add(r, s)
                    break
            else:
                unplaced.append(r)
            self._release_pressure(r)
        self._step(2)
        # Make room by moving meetings: short chains first, so that few meetings move.
        self.budget = _CHAIN_BUDGET_PER_REQUEST * max(len(requests), 1)
        for depth in range(1, _CHAIN_DEPTH + 1):
            still: list[int] = []
            for r in unplaced:
                if self.budget <= 0 or not self._chain(r, depth, frozenset({r})):
                    still.append(r)
                self.state.journal.clear()
            unplaced = still
            self._step(2 + depth)
        if unplaced:
            unplaced = self._exchange(unplaced)
        if unplaced and len(requests) > _EXACT_LIMIT:
            unplaced = self._shake(unplaced)
        if unplaced and len(requests) <= _EXACT_LIMIT:
            unplaced = self._exact(unplaced)
        self._step(STAGES)
        return self._plan(unplaced, clashes)

    def _counts(self) -> tuple[int, int, int, int]:
        """Placed meetings by priority, then (negated) the earlier plan's meetings moved."""
        counts = self.state.counts
        moved = 0
        if self.previous:
            slot_of = self.state.slot_of
            moved = sum(1 for r, s in self.previous.items() if slot_of.get(r) != s)
        return (counts[0], counts[1], counts[2], -moved)

    def _shake(self, unplaced: list[int]) -> list[int]:
        """Large neighbourhood search: force a waiting request in, re-seat what it displaced.

        A waiting request takes a slot drawn at random, the meetings in its way leave, and each
        of them (and any waiting request the room suits) is seated again by a short chain. The
        result is kept when the plan is no worse (by priority, then count): sideways moves let
        the search drift to arrangements the chains alone cannot reach, but never away from an
        earlier plan (a move or a drop of its meetings counts against). Draws come from a
        generator seeded by the instance, so a plan is the same on every run.
        """
        state = self.state
        requests = self.problem.requests
        rng = random.Random(len(requests) * 7919 + len(self.problem.slots))
        waiting = {r for r in unplaced if self.candidates[r]}
        stuck = [r for r in unplaced if not self.candidates[r]]
        score = self._counts()
        for _ in range(_SHAKE_ROUNDS_PER_REQUEST * len(requests)):
            if not waiting or self.budget <= 0:
                break
            u = rng.choice(sorted(waiting))
            s = rng.choice(self.candidates[u])
            evict = self._evictions(u, s, frozenset({u}))
            if evict is None:
                continue
            mark = state.mark()
            origin = {e: state.remove(e) for e in evict}
            state.add(u, s)
            out = set(waiting) - {u}
            for e in sorted(evict, key=lambda e: (requests[e].priority, e)):
                self.budget -= 1
                if not self._chain(e, 0, frozenset({u})):
                    out.add(e)
            for e in evict:
                if e in out:
                    for w in self._fillers(e, origin[e], out):
                        self.budget -= 1
                        if self._fill(w, self.candidate_sets[w]):
                            out.discard(w)
            new = self._counts()
            if new >= score:
                score, waiting = new, out
            else:
                state.undo(mark)
            state.journal.clear()
        return sorted(waiting | set(stuck))

    def _exchange(self, unplaced: list[int]) -> list[int]:
        """Trade one placed meeting for a waiting one when the trade places more, or better.

        The chains only move meetings that find another slot. Here a meeting may leave the plan
        when the one taking its place is at least as important and the room it frees takes one
        more waiting request, or when the newcomer is strictly more important.
        """
        waiting = set(unplaced)
        requests = self.problem.requests
        progress = True
        while progress and self.budget > 0:
            progress = False
            for u in sorted(waiting, key=lambda r: (requests[r].priority, requests[r].id)):
                if u in waiting and self._trade(u, waiting):
                    progress = True
            self.state.journal.clear()
        return sorted(waiting)

    def _trade(self, u: int, waiting: set[int]) -> bool:
        state = self.state
        requests = self.problem.requests
        for s in self._ordered(u, self.candidates[u]):
            self.budget -= 1
            if self.budget <= 0:
                return False
            if state.fits(u, s):
                state.add(u, s)
                waiting.discard(u)
                return True
            evict = self._evictions(u, s, frozenset({u}))
            if evict is None or len(evict) != 1:
                continue
            e = evict[0]
            if requests[u].priority > requests[e].priority:
                continue
            mark = state.mark()
            freed = state.remove(e)
            state.add(u, s)
            waiting.discard(u)
            if self._fill(e, self.near[freed]):
                return True
            for w in self._fillers(e, freed, waiting):
                self.budget -= 1
                if self._fill(w, self.near[freed]):
                    waiting.discard(w)
                    waiting.add(e)
                    return True
            if requests[u].priority < requests[e].priority:
                waiting.add(e)
                return True
            state.undo(mark)
            waiting.add(u)
        return False

    def _fill(self, r: int, near: set[int]) -> bool:
        for s in self.candidates[r]:
            if s in near and self.state.fits(r, s):
                self.state.add(r, s)
                return True
        return False

    def _fillers(self, e: int, freed: int, waiting: set[int]) -> list[int]:
        """Waiting requests that the room e left (its parties' time, its table) may now fit."""
        requests = self.problem.requests
        parties = set(requests[e].parties)
        table = requests[e].premises is None
        found = [
            w
            for w in waiting
            if parties.intersection(requests[w].parties)
            or (table and requests[w].premises is None and freed in self.candidate_sets[w])
            or (requests[e].interpreter and requests[w].interpreter)
        ]
        return sorted(found, key=lambda w: (requests[w].priority, requests[w].id))

    def _score(self) -> tuple[int, ...]:
        """What a plan is worth: placed meetings by priority (1 first), then fewest moved."""
        counts = [0, 0, 0]
        for r in self.state.slot_of:
            counts[self.problem.requests[r].priority - 1] += 1
        moves = sum(1 for r, s in self.previous.items() if self.state.slot_of.get(r) != s)
        return (*counts, -moves)

    def _exact(self, unplaced: list[int]) -> list[int]:
        """Branch and bound over every placement, from the heuristic's plan, within a budget.

        Small instances (a mission's own requests often are) are thus solved exactly; big ones
        keep the heuristic's plan, which the chains have already improved.
        """
        state = self.state
        requests = self.problem.requests
        best_score = self._score()
        best = dict(state.slot_of)
        free = [r for r in range(len(requests)) if r not in self.locked]
        order = sorted(free, key=lambda r: (requests[r].priority, len(self.candidates[r]), r))
        remaining = [[0, 0, 0] for _ in range(len(order) + 1)]
        for i in range(len(order) - 1, -1, -1):
            remaining[i] = list(remaining[i + 1])
            remaining[i][requests[order[i]].priority - 1] += 1
        mark = state.mark()
        for r in free:
            if r in state.slot_of:
                state.remove(r)
        # Locked meetings stay placed: they count from the start, as they do in best_score.
        counts = [0, 0, 0]
        for r in self.locked:
            counts[requests[r].priority - 1] += 1
        moves = 0
        nodes = _EXACT_NODES

        def search(i: int) -> None:
            nonlocal best_score, best, moves, nodes
            nodes -= 1
            if nodes < 0:
                return
            optimistic = (*(counts[k] + remaining[i][k] for k in range(3)), -moves)
            if optimistic <= best_score:
                return
            if i == len(order):
                best_score, best = optimistic, dict(state.slot_of)
                return
            r = order[i]
            before = self.previous.get(r)
            slots = self.candidates[r]
            if before in slots:
                slots = [before, *(s for s in slots if s != before)]
            priority = requests[r].priority - 1
            for s in slots:
                if state.fits(r, s):
                    state.add(r, s)
                    counts[priority] += 1
                    moved = before is not None and before != s
                    moves += moved
                    search(i + 1)
                    moves -= moved
                    counts[priority] -= 1
                    state.remove(r)
            moved = before is not None
            moves += moved
            search(i + 1)
            moves -= moved

        search(0)
        state.undo(mark)
        for r in free:
            if r in state.slot_of:
                state.remove(r)
        for r in free:
            if r in best:
                state.add(r, best[r])
        return [r for r in range(len(requests)) if r not in state.slot_of]

    def _chain(self, r: int, depth: int, frozen: frozenset[int]) -> bool:
        """Place r, moving at most ``depth`` levels of other meetings out of its way."""
        state = self.state
        candidates = self._ordered(r, self.candidates[r])
        for s in candidates:
            self.budget -= 1
            if state.fits(r, s):
                state.add(r, s)
                return True
        if depth == 0:
            return False
        for s in candidates[:_CHAIN_BREADTH] if depth > 1 else candidates:
            if self.budget <= 0:
                return False
            self.budget -= 1
            evict = self._evictions(r, s, frozen)
            if evict is None:
                continue
            mark = state.mark()
            for e in evict:
                state.remove(e)
            state.add(r, s)
            inner = frozen | {r} | set(evict)
            if all(
                self._chain(e, depth - 1, inner)
                for e in sorted(evict, key=lambda e: len(self.candidates[e]))
            ):
                return True
            state.undo(mark)
        return False

    def _evictions(self, r: int, s: int, frozen: frozenset[int]) -> list[int] | None:
        """The meetings to move so that r fits in s, or None when one of them may not move."""
        state = self.state
        evict = state.party_conflicts(r, s)
        if evict & frozen or evict & self.locked:
            return None
        requests = self.problem.requests
        request = requests[r]
        # Evict until r fits: one table meeting may not be enough when a locked clash already
        # overfills the slot, nor one interpreted meeting when r overlaps two that do not
        # overlap each other (each holds the pool's only interpreter in its own slot).
        if request.premises is None:
            at_tables = [e for e in state.at_slot[s] if requests[e].premises is None]
            while sum(1 for e in at_tables if e not in evict) >= self.problem.slots[s].tables:
                extra = self._most_movable(at_tables, evict | frozen | self.locked)
                if extra is None or len(evict) >= 2:
                    return None
                evict.add(extra)
        if request.interpreter:
            interpreted = [
                e for j in state.overlapping[s] for e in state.at_slot[j] if requests[e].interpreter
            ]
            while sum(1 for e in interpreted if e not in evict) >= self.problem.interpreters:
                extra = self._most_movable(interpreted, evict | frozen | self.locked)
                if extra is None or len(evict) >= 2:
                    return None
                evict.add(extra)
        if len(evict) > 2:
            return None
        return sorted(evict)

    def _most_movable(
        self, meetings: Iterable[int], excluded: set[int] | frozenset[int]
    ) -> int | None:
        choices = [e for e in meetings if e not in excluded]
        if not choices:
            return None
        return max(
            choices, key=lambda e: (len(self.candidates[e]), -self.problem.requests[e].priority, -e)
        )

    # -- the report --

    def _plan(self, unplaced: list[int], clashes: list[tuple[int, int]]) -> Plan:
        state = self.state
        requests = self.problem.requests
        placements = tuple(
            Placement(requests[r].id, s, state.place_of[r])
            for r, s in sorted(state.slot_of.items(), key=lambda kv: (kv[1], requests[kv[0]].id))
        )
        moved = tuple(
            sorted(
                requests[r].id
                for r, s in self.previous.items()
                if r in state.slot_of and state.slot_of[r] != s
            )
        )
        dropped = tuple(sorted(requests[r].id for r in self.previous if r not in state.slot_of))
        reasons = tuple(sorted((self._why(r) for r in unplaced), key=lambda u: u.request_id))
        return Plan(placements, reasons, moved, dropped, tuple(sorted(set(clashes))))

    def _why(self, r: int) -> Unplaced:
        state = self.state
        request = self.problem.requests[r]
        rid = request.id
        free = self.free[r]
        if not free:
            return Unplaced(rid, Reason.NO_COMMON_TIME)
        if request.interpreter and self.problem.interpreters <= 0:
            return Unplaced(rid, Reason.NO_INTERPRETER)
        if not self.candidates[r]:
            return Unplaced(rid, Reason.NO_TABLE)
        booked: Counter[str] = Counter()
        short_of_tables = short_of_interpreters = 0
        for s in self.candidates[r]:
            conflicts = state.party_conflicts(r, s)
            for other in conflicts:
                for party in set(request.parties) & set(self.problem.requests[other].parties):
                    booked[party] += 1
            if not conflicts:
                # Free of other meetings: a table or an interpreter (or both) is missing.
                short_of_tables += state.tables_full(r, s)
                short_of_interpreters += state.interpreters_full(r, s)
        if not booked:
            # Nobody's meetings are in the way: name what is short in all of the free time
            # (more tables would not help if the interpreters are short everywhere), else what
            # is short in most of it.
            everywhere = len(self.candidates[r])
            if short_of_interpreters == everywhere and short_of_tables < everywhere:
                return Unplaced(rid, Reason.NO_INTERPRETER)
            if short_of_tables == everywhere or short_of_tables >= short_of_interpreters:
                return Unplaced(rid, Reason.NO_TABLE)
            return Unplaced(rid, Reason.NO_INTERPRETER)
        busiest = tuple(
            party for party, _ in sorted(booked.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        return Unplaced(rid, Reason.PARTIES_BOOKED, busiest)


def schedule(
    problem: Problem,
    previous: Mapping[int, int] | None = None,
    progress: Progress | None = None,
) -> Plan:
    """Place as many requests as possible; ``previous`` maps request ids to their former slot.
    ``progress`` hears of each of the :data:`STAGES` steps as it ends (a call per step: cheap)."""
    _check(problem)
    return _Scheduler(problem, previous or {}, progress).run()


def _check(problem: Problem) -> None:
    for slot in problem.slots:
        if slot.end <= slot.start:
            raise ValueError(f"a slot ends ({slot.end}) before it starts ({slot.start})")
        if slot.tables < 0:
            raise ValueError("a slot cannot have fewer than no tables")
    for request in problem.requests:
        if not request.parties:
            raise ValueError(f"request {request.id} has nobody to meet")
        if request.priority not in (1, 2, 3):
            raise ValueError(f"request {request.id} has priority {request.priority}, not 1-3")
        if request.locked_slot is not None and not 0 <= request.locked_slot < len(problem.slots):
            raise ValueError(
                f"request {request.id} is locked in slot {request.locked_slot}, "
                "which does not exist"
            )


# --- the bound ----------------------------------------------------------------------------


def upper_bound(problem: Problem) -> int:
    """The most requests any schedule could place: the least of several relaxations.

    Each relaxation keeps one kind of limit and drops the others, so each is an upper bound:
    - one meeting per slot for the local organisation, and for the busiest delegate of each
      request (a matching of requests to (party, slot));
    - the tables of each slot (requests at tables matched to slots; premises requests free);
    - the interpreters of each slot;
    - locked meetings count as placed, as they are.
    """
    _check(problem)
    free = _common_free_slots(problem)
    candidates = _candidates(problem, free)
    for r, request in enumerate(problem.requests):
        if request.locked_slot is not None:
            candidates[r] = [request.locked_slot]
    placeable = [r for r, slots in enumerate(candidates) if slots]
    bounds = [len(placeable)]
    load: Counter[str] = Counter(p for request in problem.requests for p in request.parties)
    locals_ = [request.parties[-1] for request in problem.requests]
    busiest = [
        max(request.parties[:-1] or request.parties, key=lambda p: (load[p], p))
        for request in problem.requests
    ]
    for key in (locals_, busiest):
        bounds.append(
            _matching(
                placeable,
                lambda r, key=key: [((key[r], s), 1) for s in candidates[r]],
            )
        )
    table_requests = [r for r in placeable if problem.requests[r].premises is None]
    bounds.append(
        len(placeable)
        - len(table_requests)
        + _matching(table_requests, lambda r: [(s, problem.slots[s].tables) for s in candidates[r]])
    )
    interpreted = [r for r in placeable if problem.requests[r].interpreter]
    groups, room = _interpreter_groups(problem)
    bounds.append(
        len(placeable)
        - len(interpreted)
        + _matching(
            interpreted,
            lambda r: [(groups[s], problem.interpreters * room[groups[s]]) for s in candidates[r]],
        )
    )
    return min(bounds)


def _interpreter_groups(problem: Problem) -> tuple[list[int], list[int]]:
    """Slots grouped by overlap (chains of overlapping spans), and each group's room.

    Never more than the pool at once means, within a group, at most the pool times the most
    slots of the group that do not overlap one another (an interval graph of clique size at most
    the pool splits into that many sets of disjoint spans).
    """
    order = sorted(range(len(problem.slots)), key=lambda s: problem.slots[s].start)
    group = [0] * len(problem.slots)
    room: list[int] = []
    end: int | None = None
    last_disjoint_end: int | None = None
    members: list[list[int]] = []
    for s in order:
        slot = problem.slots[s]
        if end is None or slot.start >= end:
            members.append([])
            end = slot.end
        else:
            end = max(end, slot.end)
        group[s] = len(members) - 1
        members[-1].append(s)
    for spans in members:
        # Most disjoint spans: earliest end first (interval scheduling).
        count, last_disjoint_end = 0, None
        for s in sorted(spans, key=lambda s: problem.slots[s].end):
            if last_disjoint_end is None or problem.slots[s].start >= last_disjoint_end:
                count += 1
                last_disjoint_end = problem.slots[s].end
        room.append(count)
    return group, room


def _matching(left: Sequence[int], edges: object) -> int:
    """Maximum b-matching of ``left`` (capacity 1 each) to right nodes with capacities (max flow).

    ``edges(r)`` lists (right node, its capacity) for r. Dinic's algorithm on
    source -> left -> right -> sink.
    """
    assert callable(edges)
    right_index: dict[object, int] = {}
    capacity_of: list[int] = []
    adjacency: list[list[int]] = []
    for r in left:
        row = []
        for node, capacity in edges(r):
            index = right_index.get(node)
            if index is None:
                index = right_index[node] = len(capacity_of)
                capacity_of.append(capacity)
            row.append(index)
        adjacency.append(row)
    flow = _Flow(len(left), capacity_of)
    for i, row in enumerate(adjacency):
        for j in row:
            flow.connect(i, j)
    return flow.run()


class _Flow:
    """Dinic's max flow on a bipartite graph: source -> left (1) -> right (cap) -> sink."""

    def __init__(self, n_left: int, right_capacity: list[int]) -> None:
        self.n_left = n_left
        n = n_left + len(right_capacity) + 2
        self.source, self.sink = n - 2, n - 1
        self.head: list[list[int]] = [[] for _ in range(n)]
        self.to: list[int] = []
        self.cap: list[int] = []
        for i in range(n_left):
            self._edge(self.source, i, 1)
        for j, capacity in enumerate(right_capacity):
            self._edge(n_left + j, self.sink, capacity)

    def _edge(self, a: int, b: int, capacity: int) -> None:
        self.head[a].append(len(self.to))
        self.to.append(b)
        self.cap.append(capacity)
        self.head[b].append(len(self.to))
        self.to.append(a)
        self.cap.append(0)

    def connect(self, i: int, j: int) -> None:
        self._edge(i, self.n_left + j, 1)

    def run(self) -> int:
        total = 0
        n = len(self.head)
        to, cap, head = self.to, self.cap, self.head
        while True:
            level = [-1] * n
            level[self.source] = 0
            queue = [self.source]
            for node in queue:
                for e in head[node]:
                    if cap[e] > 0 and level[to[e]] < 0:
                        level[to[e]] = level[node] + 1
                        queue.append(to[e])
            if level[self.sink] < 0:
                return total
            pointer = [0] * n
            while True:
                pushed = self._augment(level, pointer)
                if not pushed:
                    break
                total += pushed

    def _augment(self, level: list[int], pointer: list[int]) -> int:
        """One augmenting path along the level graph (iterative: paths are only 3 edges long)."""
        to, cap, head = self.to, self.cap, self.head
        path: list[int] = []
        node = self.source
        while node != self.sink:
            edges = head[node]
            while pointer[node] < len(edges):
                e = edges[pointer[node]]
                if cap[e] > 0 and level[to[e]] == level[node] + 1:
                    break
                pointer[node] += 1
            else:
                if node == self.source:
                    return 0
                # Dead end: retreat one step and skip the edge that led here.
                level[node] = -1
                e = path.pop()
                node = to[e ^ 1]
                pointer[node] += 1
                continue
            path.append(e)
            node = to[e]
        pushed = min(cap[e] for e in path)
        for e in path:
            cap[e] -= pushed
            cap[e ^ 1] += pushed
        return pushed
