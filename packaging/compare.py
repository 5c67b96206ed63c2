#!/usr/bin/env python3
"""The bundle against a bare PySide6 window frozen the same way (issue 10, item 5).

    python3 packaging/build.py --with-hello && python3 packaging/compare.py [--runs 9]

Prints both bundles' sizes (unpacked, on disk, and as .tar.gz at gzip level 6, the shipped
archive's setting) and their frozen start times: the median of several fresh processes,
offscreen, in a clean HOME; ``delegation-app --db demo.sqlite --self-test`` on the demo
missions against ``hello-pyside6 --self-test`` (a main window with a table view, shown, events
processed, exit), and the moment each window first paints (``DELEGATION_STARTUP_TRACE``, as
tests/benchmarks/bench_startup.py reads it unfrozen), with the moment the program's missions
and roster show. Runs alternate between the two so that a busy machine slows both alike.
Budgets: 1.3x the size, 1.5x the start. Like the benchmarks, it prints and never fails.
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE_BUDGET = 1.3
START_BUDGET = 1.5


class _Counter:
    """A write-only file that only counts the bytes written to it."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        pass


def sizes(folder: Path) -> tuple[int, int, int]:
    """(sum of file sizes, disk usage in 4 KiB blocks, size as .tar.gz level 6)."""
    apparent = on_disk = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            size = path.stat().st_size
            apparent += size
            on_disk += -(-size // 4096) * 4096
    counter = _Counter()
    with (
        gzip.GzipFile(fileobj=counter, mode="wb", compresslevel=6, mtime=0) as compressed,  # type: ignore[arg-type]
        tarfile.open(fileobj=compressed, mode="w", format=tarfile.PAX_FORMAT) as archive,
    ):
        archive.add(folder, arcname=folder.name)
    return apparent, on_disk, counter.size


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    # From HOME (a scratch folder): never the source tree, which `python -m` would import.
    result = subprocess.run(command, env=env, capture_output=True, timeout=120, cwd=env["HOME"])
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(
            f"{' '.join(command)} failed ({result.returncode}):\n"
            + result.stdout.decode(errors="replace")
            + result.stderr.decode(errors="replace")
        )
    return elapsed


def timed_steps(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from starting ``command`` to each "startup: <step>" line it writes on stderr
    (with DELEGATION_STARTUP_TRACE=quit: the program's first paint, data shown and ready, then
    it quits; the hello-world's first paint)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        env={**env, "DELEGATION_STARTUP_TRACE": "quit"},
        cwd=env["HOME"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    steps: dict[str, float] = {}
    for line in process.stderr:
        if line.startswith("startup: "):
            name = " ".join(word for word in line.split()[1:] if not word.isdigit())
            steps.setdefault(name, time.perf_counter() - started)
    if process.wait(timeout=120) != 0 or "first paint" not in steps:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}) or never painted")
    return steps


def clean_environment(home: Path) -> dict[str, str]:
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[f"XDG_{name}_HOME"] = str(folder)
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    if os.name == "nt":  # Windows needs these to start anything
        for name in ("SYSTEMROOT", "TEMP", "TMP", "USERPROFILE", "APPDATA", "LOCALAPPDATA"):
            if name in os.environ:
                env[name] = os.environ[name]
    return env


def executable(folder: Path, name: str) -> str:
    return str(folder / (name + (".exe" if os.name == "nt" else "")))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--runs", type=int, default=9, help="timed starts of each (default 9)")
    parser.add_argument(
        "--venv",
        type=Path,
        default=ROOT / "build/venv",
        help="also time the same two programs unfrozen with this environment's Python "
        "(default: build.py's build/venv, when present): what freezing itself costs",
    )
    args = parser.parse_args(argv)
    app, hello = args.dist / "delegation-app", args.dist / "hello-pyside6"
    for folder in (app, hello):
        if not folder.is_dir():
            raise SystemExit(f"{folder} is missing: run packaging/build.py --with-hello first")

    print("sizes                        unpacked      on disk      .tar.gz")
    app_sizes, hello_sizes = sizes(app), sizes(hello)
    for label, values in (("hello-pyside6", hello_sizes), ("delegation-app", app_sizes)):
        print(f"  {label:22}" + "".join(f"{v / 1048576:10.1f} MiB" for v in values))
    ratios = [a / h for a, h in zip(app_sizes, hello_sizes, strict=True)]
    print(
        f"  {'ratio':22}" + "".join(f"{r:13.2f}x" for r in ratios) + f"   (budget {SIZE_BUDGET}x)"
    )

    with tempfile.TemporaryDirectory(prefix="delegation-compare-") as scratch:
        env = clean_environment(Path(scratch))
        database = Path(scratch) / "demo.sqlite"
        subprocess.run(
            [executable(app, "delegation-cli"), "demo", "--db", str(database)],
            env=env,
            check=True,
            capture_output=True,
        )
        ours = [executable(app, "delegation-app"), "--db", str(database), "--self-test"]
        bare = [executable(hello, "hello-pyside6"), "--self-test"]
        cli = [executable(app, "delegation-cli"), "missions", "list", "--db", str(database)]
        commands = {"bare": bare, "ours": ours, "cli": cli}
        python = args.venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
        if python.exists():
            hello_script = str(Path(__file__).parent / "hello/hello.py")
            commands["bare unfrozen"] = [str(python), hello_script, "--self-test"]
            commands["ours unfrozen"] = [str(python), "-m", "ui.app", *ours[1:]]
        for command in commands.values():  # warm the file cache for each
            timed(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        painted: dict[str, list[dict[str, float]]] = {"bare": [], "ours": []}
        traced = {"bare": bare[:-1], "ours": ours[:-1]}  # without --self-test
        for command in traced.values():
            timed_steps(command, env)
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(timed(command, env))
            for name, command in traced.items():
                painted[name].append(timed_steps(command, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    bare_paint = statistics.median(run["first paint"] for run in painted["bare"])
    our_paint = statistics.median(run["first paint"] for run in painted["ours"])
    our_data = statistics.median(run.get("data shown", float("nan")) for run in painted["ours"])
    our_ready = statistics.median(run.get("ready", float("nan")) for run in painted["ours"])
    print(f"\nfirst paint (median of {args.runs}, offscreen): the window on the screen")
    print(f"  hello-pyside6                             {bare_paint:.3f} s")
    print(f"  delegation-app --db demo                  {our_paint:.3f} s")
    print(f"  ratio                                     {our_paint / bare_paint:.2f}x", end="")
    print(f"   (budget {START_BUDGET}x)")
    print(f"  delegation-app: missions and roster shown {our_data:.3f} s", end="")
    print(f"   ({our_data / bare_paint:.2f}x)")
    print(f"  delegation-app: open, ready to edit       {our_ready:.3f} s", end="")
    print(f"   ({our_ready / bare_paint:.2f}x)")
    bare_median, our_median = medians["bare"], medians["ours"]
    print(f"\nstart (median of {args.runs}, offscreen, fresh process each)")
    print(f"  hello-pyside6 --self-test                 {bare_median:.3f} s")
    print(f"  delegation-app --db demo --self-test      {our_median:.3f} s")
    print(f"  ratio                                     {our_median / bare_median:.2f}x", end="")
    print(f"   (budget {START_BUDGET}x)")
    print(f"  delegation-cli missions list (no Qt)      {medians['cli']:.3f} s")
    if "ours unfrozen" in medians:
        print(f"unfrozen with {python}, same runs")
        print(f"  hello.py --self-test                      {medians['bare unfrozen']:.3f} s")
        print(f"  python -m ui.app --db demo --self-test    {medians['ours unfrozen']:.3f} s")
        ratio = medians["ours unfrozen"] / medians["bare unfrozen"]
        print(f"  ratio                                     {ratio:.2f}x")
        freezing = our_median / medians["ours unfrozen"]
        print(f"  frozen / unfrozen, the program            {freezing:.2f}x")
    verdicts = {
        "size (unpacked)": ratios[0] <= SIZE_BUDGET,
        "size (.tar.gz)": ratios[2] <= SIZE_BUDGET,
        "start (first paint)": our_paint / bare_paint <= START_BUDGET,
        "start (self-test)": our_median / bare_median <= START_BUDGET,
    }
    print("\n" + ", ".join(f"{k}: {'within budget' if v else 'OVER'}" for k, v in verdicts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
