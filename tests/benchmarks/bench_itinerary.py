"""Every delegate's agenda, and the itinerary's conflicts, against SQLite reading the same rows.

A mission of 120 delegates and 2,000 items (for everyone, for groups, for named people; some
repeating daily; some people excluded) is built through the services in a temporary database.
Then, best of ``--runs``:

- baseline: one plain ``sqlite3`` query returning, for every delegate, the rows of the items
  they attend (items joined with the explicit attendance and the groups), fetched into tuples;
- ``agendas_for`` every delegate (read models, repeats expanded, sorted);
- ``find_conflicts`` as ``run_checks`` calls it, with the agendas already loaded (the sweep);
- ``find_conflicts`` alone, loading the agendas itself.

Figures are printed as ratios to the baseline, never asserted (DESIGN.md). Run:
    python tests/benchmarks/bench_itinerary.py [--delegates 120] [--items 2000] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from delegation_app.services.agenda import agendas_for
from delegation_app.services.conflicts import find_conflicts
from delegation_app.services.itinerary import create_item, create_venue
from delegation_app.services.missions import StopInput, create_mission
from delegation_app.services.people import create_people
from delegation_app.services.roster import ParticipantInput, add_participants, create_group
from delegation_app.storage.database import Database, open_database
from delegation_app.storage.models import Audience, GroupKind, ItemKind, ParticipantRole

T = TypeVar("T")

ZONE = "America/Toronto"
START, DAYS = date(2019, 7, 8), 10
KINDS = [ItemKind.MEETING, ItemKind.VISIT, ItemKind.MEAL, ItemKind.WORKSHOP, ItemKind.BRIEFING]

# The delegates' rows, as the program's rules decide them (explicit inclusion or exclusion
# first, then the audience), without the program's read models, repeats or ordering by instant.
BASELINE_SQL = """
SELECT p.id, i.id, i.kind, i.title_fr, i.title_en, i.start_local, i.start_zone, i.end_local,
       i.end_zone, i.recurrence, i.stop_id, i.venue_id, i.audience
FROM participant p
JOIN itinerary_item i ON i.mission_id = p.mission_id
LEFT JOIN item_attendance a ON a.item_id = i.id AND a.participant_id = p.id
WHERE p.mission_id = ? AND p.status != 'cancelled'
  AND CASE
        WHEN a.excluded IS NOT NULL THEN a.excluded = 0
        WHEN i.audience = 'everyone' THEN 1
        WHEN i.audience = 'groups' THEN EXISTS (
            SELECT 1 FROM item_group g
            JOIN participant_group pg ON pg.group_id = g.group_id
            WHERE g.item_id = i.id AND pg.participant_id = p.id)
        ELSE 0
      END
ORDER BY p.id, i.start_local
"""


def build(db: Database, delegates: int, items: int, seed: int = 2019) -> tuple[int, list[int]]:
    rng = random.Random(seed)
    with db.transaction() as session:
        mission = create_mission(
            session,
            title_fr="Toronto puis Montréal (banc d'essai)",
            short="bench-itinerary",
            start_date=START,
            end_date=START + timedelta(days=DAYS - 1),
            stops=[
                StopInput("Toronto", "CA", ZONE, START, START + timedelta(days=4)),
                StopInput(
                    "Montréal",
                    "CA",
                    ZONE,
                    START + timedelta(days=5),
                    START + timedelta(days=DAYS - 1),
                ),
            ],
        )
        stops = [s.id for s in mission.stops]
        groups = [
            create_group(session, mission.id, name, kind).id
            for name, kind in [
                ("Délégation officielle", GroupKind.OFFICIAL),
                ("Industries créatives", GroupKind.BUSINESS),
                ("Économie bleue", GroupKind.BUSINESS),
                ("Numérique", GroupKind.BUSINESS),
                ("Équipe", GroupKind.STAFF),
                ("Presse", GroupKind.PRESS),
            ]
        ]
        people = create_people(
            session,
            [
                {"given_name": f"Délégué{n}", "family_name": f"Benchmark{n:03}"}
                for n in range(delegates)
            ],
        )
        participants = add_participants(
            session,
            mission.id,
            [
                ParticipantInput(
                    person_id=person,
                    role=ParticipantRole.BUSINESS_LEADER,
                    group_ids=rng.sample(groups, rng.choice((1, 1, 2))),
                )
                for person in people
            ],
        )
        venues = [
            [create_venue(session, name=f"{city} venue {n}", city=city) for n in range(20)]
            for city in ("Toronto", "Montréal")
        ]
        for n in range(items):
            day = rng.randrange(DAYS)
            stop = 0 if day < 5 else 1
            start = datetime.combine(START + timedelta(days=day), datetime.min.time()) + timedelta(
                minutes=7 * 60 + 15 * rng.randrange(52)
            )
            length = timedelta(minutes=rng.choice((30, 45, 60, 90, 120)))
            roll = rng.random()
            audience, group_ids, named, excluded = Audience.PEOPLE, [], [], []
            if roll < 0.05:
                audience = Audience.EVERYONE
                excluded = rng.sample(participants, rng.randrange(4))
            elif roll < 0.30:
                audience = Audience.GROUPS
                group_ids = rng.sample(groups, rng.choice((1, 1, 2)))
            else:
                named = rng.sample(participants, rng.randrange(2, 7))
            repeat = None
            if n % 100 == 0 and day < DAYS - 3:
                repeat = "FREQ=DAILY;COUNT=3"
            create_item(
                session,
                mission_id=mission.id,
                kind=rng.choice(KINDS),
                title_fr=f"Élément {n}",
                title_en=f"Item {n}",
                start_local=start,
                start_zone=ZONE,
                end_local=start + length,
                stop_id=stops[stop],
                venue_id=rng.choice(venues[stop]),
                audience=audience,
                group_ids=group_ids,
                participant_ids=named,
                excluded_participant_ids=excluded,
                recurrence=repeat,
            )
        return mission.id, participants


def best(runs: int, work: Callable[[], T]) -> tuple[float, T]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    assert result is not None
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delegates", type=int, default=120)
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        db = open_database(path)
        made = time.perf_counter()
        mission_id, participants = build(db, args.delegates, args.items)
        made = time.perf_counter() - made

        def baseline() -> list[tuple[object, ...]]:
            with sqlite3.connect(path) as connection:
                return connection.execute(BASELINE_SQL, (mission_id,)).fetchall()

        def agendas() -> int:
            with db.reading() as session:
                return sum(map(len, agendas_for(session, mission_id, participants).values()))

        with db.reading() as session:
            loaded = agendas_for(session, mission_id, participants)

        def sweep() -> Counter[str]:
            with db.reading() as session:
                return Counter(f.code for f in find_conflicts(session, mission_id, loaded))

        def conflicts() -> Counter[str]:
            with db.reading() as session:
                return Counter(f.code for f in find_conflicts(session, mission_id))

        base_time, rows = best(args.runs, baseline)
        agenda_time, entries = best(args.runs, agendas)
        sweep_time, codes = best(args.runs, sweep)
        conflict_time, _ = best(args.runs, conflicts)
        db.close()

    pairs = {(p, i) for p, agenda in loaded.items() for i in {e.item_id for e in agenda}}
    print(
        f"{args.delegates} delegates, {args.items} items (built in {made:.1f} s); "
        f"{len(rows)} delegate-item rows, {entries} agenda entries with repeats expanded"
    )
    print(f"same rows as the baseline: {len(pairs) == len(rows)}")
    print("findings: " + ", ".join(f"{code} {count}" for code, count in sorted(codes.items())))
    print(f"best of {args.runs}:")
    print(f"  sqlite3, same rows (baseline):       {base_time * 1000:8.1f} ms")
    print(
        f"  agendas_for every delegate:          {agenda_time * 1000:8.1f} ms"
        f"   {agenda_time / base_time:5.2f}x"
    )
    print(
        f"  find_conflicts, agendas given:       {sweep_time * 1000:8.1f} ms"
        f"   {sweep_time / base_time:5.2f}x"
    )
    print(
        f"  find_conflicts, loading the agendas: {conflict_time * 1000:8.1f} ms"
        f"   {conflict_time / base_time:5.2f}x"
    )


if __name__ == "__main__":
    main()
