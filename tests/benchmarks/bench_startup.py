"""Opening the program on the demo database against a bare PySide6 window's start.

Budget (DESIGN.md): within 2x. Each run is a fresh process (what a coordinator waits for),
repeated; the medians are compared. Run: python tests/benchmarks/bench_startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.show()
app.processEvents()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
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
        program = [sys.executable, "-m", "ui.app", "--db", str(database), "--self-test"]
        bare = [sys.executable, "-c", BARE]
        timed(bare, env)  # warm the file cache for both
        timed(program, env)
        bare_times = [timed(bare, env) for _ in range(RUNS)]
        program_times = [timed(program, env) for _ in range(RUNS)]
    bare_median = statistics.median(bare_times)
    program_median = statistics.median(program_times)
    print(f"bare PySide6 window:            {bare_median:.3f} s (median of {RUNS})")
    print(f"delegation-app on the demo:     {program_median:.3f} s (median of {RUNS})")
    print(f"ratio: {program_median / bare_median:.2f}x (budget 2x)")


if __name__ == "__main__":
    main()
