"""Opening the program on the demo database against a bare PySide6 window's start.

Budget (DESIGN.md, issue 8): within 2x. Each start is a fresh process (what a coordinator
waits for); starts of the bare window and of the program alternate, so that a busy machine
slows both alike, and the medians are compared. Three moments of the program's start:

- first paint: its window (menus, toolbar, the missions pane) is on the screen;
- data shown: the missions are listed and the roster of the mission shown last is painted
  (from the first look, ``delegation_app/services/first_look.py``, read before the core loads);
- ready: the database is open and the window attached to it (everything can be changed);
- self-test: ``--self-test`` is over (every page built, the counts checked, the process gone),
  what ``packaging/compare.py`` times for the frozen bundle.

Each is a ratio to the bare window's own first paint (a main window with a table view) or,
for the self-test, to the bare window's whole run (``packaging/hello/hello.py --self-test``).
The times are taken by this script, from starting the process to reading the line the process
writes at that moment (``DELEGATION_STARTUP_TRACE``, see ``ui/startup.py``).

Run: python tests/benchmarks/bench_startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUDGET = 2.0

#: The bare window (the installers' yardstick too): with DELEGATION_STARTUP_TRACE set it writes
#: the same line at its first paint as the program does, then quits.
HELLO = ROOT / "packaging/hello/hello.py"


def timed_steps(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from starting ``command`` to each "startup: <step>" line, and to its exit."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    assert process.stderr is not None
    steps: dict[str, float] = {}
    for line in process.stderr:
        if line.startswith("startup: "):
            words = line.split()[1:]
            name = " ".join(word for word in words if not word.isdigit())
            steps.setdefault(name, time.perf_counter() - started)
    if process.wait(timeout=120) != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode})")
    steps["exit"] = time.perf_counter() - started
    return steps


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="timed starts of each (default 9)")
    args = parser.parse_args(argv)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed program starts from compiled bytecode (the installers ship it); without it,
    # every start would recompile every module and measure the compiler, not the program.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "demo.sqlite"
        env["XDG_CONFIG_HOME"] = folder  # keep the user's own settings and backups out of it
        env["XDG_DATA_HOME"] = folder
        env["XDG_STATE_HOME"] = folder  # logs
        from delegation_app.interchange.demo import build_demo_database

        build_demo_database(database)
        program = [sys.executable, "-m", "ui.app", "--db", str(database)]
        commands = {
            "bare": ([sys.executable, str(HELLO)], {"DELEGATION_STARTUP_TRACE": "quit"}),
            "bare self-test": (
                [sys.executable, str(HELLO), "--self-test"],
                {},
            ),
            "program": (program, {"DELEGATION_STARTUP_TRACE": "quit"}),
            "program self-test": ([*program, "--self-test"], {}),
        }
        for command, extra in commands.values():  # warm the file cache and the bytecode
            timed_steps(command, {**env, **extra})
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, (command, extra) in commands.items():
                runs[name].append(timed_steps(command, {**env, **extra}))

    def median(name: str, step: str) -> float:
        return statistics.median(run[step] for run in runs[name])

    bare = median("bare", "first paint")
    bare_run = median("bare self-test", "exit")
    rows = [
        ("first paint of the window", median("program", "first paint"), bare, "first paint"),
        ("missions and roster shown", median("program", "data shown"), bare, "first paint"),
        ("ready to change things", median("program", "ready"), bare, "first paint"),
        ("--self-test over (exit)", median("program self-test", "exit"), bare_run, "run"),
    ]
    print(f"medians of {args.runs} fresh processes each, alternating, offscreen, demo database")
    print(f"  bare PySide6 window, first paint     {bare * 1000:7.0f} ms")
    print(f"  bare PySide6 window, whole run       {bare_run * 1000:7.0f} ms")
    for label, seconds, reference, against in rows:
        ratio = seconds / reference
        verdict = "within" if ratio <= BUDGET else "OVER"
        print(
            f"  delegation-app: {label:26} {seconds * 1000:7.0f} ms"
            f"   {ratio:4.2f}x the bare {against}  ({verdict} the {BUDGET:g}x budget)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
