"""Generated B2B scheduling instances shaped like a real mission's B2B days.

Two days of meeting sessions (09:00-12:40 and 14:00-18:00) cut into slots, tables at the
event's hall, a small pool of interpreters, delegates busy in some workshops and visits, local
organisations that meet on one day or one half-day only, popular organisations asked by many
delegates (a skewed draw), and a share of meetings at the organisation's premises with travel.
Shared by the scheduler's tests and ``tests/benchmarks/bench_scheduler.py``.
"""

from __future__ import annotations

import random

from delegation_app.services.scheduler import Busy, Problem, Request, Slot

DAY = 24 * 60
HALL = "hall"


def generate(
    seed: int,
    *,
    delegates: int = 120,
    organisations: int = 300,
    requests: int = 1_000,
    days: int = 2,
    slot_minutes: int = 20,
    tables: int = 14,
    interpreters: int = 2,
) -> Problem:
    rng = random.Random(seed)
    slots: list[Slot] = []
    halves: list[tuple[int, int]] = []
    for day in range(days):
        for start, end in ((9 * 60, 12 * 60 + 40), (14 * 60, 18 * 60)):
            a, b = day * DAY + start, day * DAY + end
            halves.append((a, b))
            t = a
            while t + slot_minutes <= b:
                slots.append(Slot(t, t + slot_minutes, tables, HALL))
                t += slot_minutes
    people = [f"d{i}" for i in range(delegates)]
    locals_ = [f"o{i}" for i in range(organisations)]
    windows: dict[str, tuple[tuple[int, int], ...]] = {}
    for org in locals_:
        draw = rng.random()
        if draw < 0.5:
            windows[org] = ()
        elif draw < 0.8:
            day = rng.randrange(days)
            windows[org] = ((day * DAY, (day + 1) * DAY),)
        else:
            windows[org] = (rng.choice(halves),)
    busy: list[Busy] = []
    for person in people:
        for _ in range(rng.randint(0, 3)):
            day = rng.randrange(days)
            start = day * DAY + rng.choice((9 * 60, 10 * 60 + 30, 14 * 60, 16 * 60))
            length = rng.choice((60, 90, 180))
            busy.append(Busy(person, start, start + length, rng.choice((HALL, "visit"))))
    # A few organisations are wanted by many delegates (ports, big companies): a skewed draw.
    weights = [1.0 / (1 + i) ** 0.6 for i in range(organisations)]
    seen: set[tuple[tuple[str, ...], str]] = set()
    out: list[Request] = []
    while len(out) < requests:
        team = tuple(sorted(rng.sample(people, 1 if rng.random() < 0.8 else 2)))
        org = rng.choices(locals_, weights)[0]
        if (team, org) in seen:
            continue
        seen.add((team, org))
        out.append(
            Request(
                id=len(out) + 1,
                parties=(*team, org),
                priority=rng.choices((1, 2, 3), (0.2, 0.5, 0.3))[0],
                interpreter=rng.random() < 0.08,
                premises=org if rng.random() < 0.3 else None,
                windows=windows[org],
            )
        )
    return Problem(
        slots=tuple(slots),
        requests=tuple(out),
        busy=tuple(busy),
        interpreters=interpreters,
        travel={frozenset((HALL, "visit")): 20},
        default_travel=30,
    )
