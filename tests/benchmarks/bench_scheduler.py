"""The B2B scheduler on a large mission: time, and meetings placed against the best possible.

Generated instances (``tests/core/scheduler_cases.py``): 120 delegates, 300 local organisations,
1,000 requests over two days of 20-minute slots (46 slots), 14 tables, 2 interpreters, busy
delegates, organisations' windows, a third of the meetings at premises with travel.

For each seed it prints the time to schedule, the meetings placed, ``upper_bound`` (the most any
schedule could place: the least of several flow relaxations) and the share of it reached; then
the same without travel times, where the bound is tighter. The baseline in the same process is
``upper_bound`` itself (a few max-flow runs over the same instance), so the ratio says what the
search costs beyond reading the instance; no time is asserted (DESIGN.md). Run:
    python tests/benchmarks/bench_scheduler.py [--seeds 3] [--requests 1000]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from delegation_app.services.scheduler import Problem, schedule, upper_bound
from tests.core.scheduler_cases import generate


def _run(problem: Problem) -> tuple[float, float, int, int]:
    started = time.perf_counter()
    bound = upper_bound(problem)
    bound_seconds = time.perf_counter() - started
    started = time.perf_counter()
    plan = schedule(problem)
    seconds = time.perf_counter() - started
    return seconds, bound_seconds, len(plan.placements), bound


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--requests", type=int, default=1_000)
    parser.add_argument("--delegates", type=int, default=120)
    parser.add_argument("--organisations", type=int, default=300)
    args = parser.parse_args()
    print(
        f"{args.delegates} delegates, {args.organisations} organisations, "
        f"{args.requests} requests, 2 days of 20-minute slots"
    )
    shares: list[float] = []
    for seed in range(args.seeds):
        problem = generate(
            seed,
            delegates=args.delegates,
            organisations=args.organisations,
            requests=args.requests,
        )
        for label, instance in (
            ("travel", problem),
            ("no travel", dataclasses.replace(problem, travel={}, default_travel=0)),
        ):
            seconds, bound_seconds, placed, bound = _run(instance)
            share = placed / bound if bound else 1.0
            if label == "travel":
                shares.append(share)
            print(
                f"  seed {seed} {label:<9}: scheduled in {seconds:5.2f} s "
                f"({seconds / bound_seconds:4.1f}x the bound's {bound_seconds:.2f} s); "
                f"placed {placed} of {len(instance.requests)}, bound {bound}: {share:.1%}"
            )
    print(f"lowest share of the bound (with travel): {min(shares):.1%} (target 98%)")


if __name__ == "__main__":
    main()
