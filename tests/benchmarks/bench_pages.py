"""Every page of the window and its searches on the big database, against the 100 ms budget.

Budget (DESIGN.md, issue 8): on a database of 50 missions, 5,000 people and 100,000 items
(``make_big_db.py``), every page opens and every search answers within 100 ms, no query count
grows with the number of rows shown (no N+1), and nothing keeps the window from answering
(the GUI thread from turning its event loop) for more than 100 ms.

What it does, offscreen, as a coordinator would:

1. starts the program as ``delegation-app --db big.sqlite`` does (the window's frame, then the
   database opened in a thread), a timer ticking every 10 ms on the GUI thread: the longest
   gap between two ticks is the longest stall while the big database loads;
2. on one of the big missions, then on the demo's Miami mission (120 delegates) for
   comparison, opens each page and runs the searches a coordinator types, one key at a time;
   each line gives the time the window's thread was busy (the call and the paint after it),
   and the SQL statements it ran: the same count on both databases means no query per row.

Each step starts once the workers of the previous one are done (a coordinator looks at the
screen before the next click). SQL: the statements of the window's thread, plus those of the
workers the step started (choosing a mission reads its programme ahead, in a worker). The
checks panel runs its checks in a worker, and a mission chosen while its itinerary shows is
read in one: those lines give the time until the result shows, and the longest stall of the
window meanwhile. Figures are printed, never asserted.

Each line also gives the CPU time of the window's thread, which a loaded machine hardly moves
(the wall-clock time there can double). ``--profile TEXT`` prints where the window's thread
spent the steps whose label holds TEXT (cProfile, cumulative).

Run: python tests/benchmarks/bench_pages.py [--db big.sqlite] [--mission SHORT] [--profile TEXT]
(without --db, the big database is written in a temporary folder first, about 20 s).
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUDGET_MS = 100.0
TICK_MS = 10


@dataclass
class Ticks:
    """A timer on the GUI thread: how long the event loop went without turning."""

    stamps: list[float] = field(default_factory=list)

    def tick(self) -> None:
        self.stamps.append(time.perf_counter())

    def longest_gap_ms(self, since: float = 0.0) -> float:
        stamps = [s for s in self.stamps if s >= since]
        gaps = [b - a for a, b in itertools.pairwise(stamps)]
        return max(gaps, default=0.0) * 1000


@dataclass
class Line:
    label: str
    ms: float
    statements: int
    stall_ms: float | None = None
    in_workers: int = 0
    #: The CPU time of the window's thread for the step: unlike ``ms``, it hardly moves when
    #: other programs share the machine (a loaded CI runner, helpers running tests).
    cpu_ms: float | None = None


class Statements:
    """Counts the SQL statements run on a database's engine by the window's thread (``count``)
    and by its workers (``in_workers``)."""

    def __init__(self, engine: object) -> None:
        from sqlalchemy import event

        self.count = 0
        self.in_workers = 0
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args: object) -> None:
        if threading.current_thread() is threading.main_thread():
            self.count += 1
        else:
            self.in_workers += 1


def _wait(app: object | None, until: Callable[[], bool], timeout_s: float = 120.0) -> None:
    """Turn the event loop (as the program does: the window thread waits in it) until."""
    from PySide6.QtCore import QEventLoop, QTimer

    if until():
        return
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s
    poll = QTimer()
    poll.setInterval(5)

    def check() -> None:
        if until():
            loop.quit()
        elif time.perf_counter() > deadline:
            loop.quit()
            raise TimeoutError("waited too long")

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()


class Bench:
    def __init__(self, window: object, statements: Statements, ticks: Ticks) -> None:
        self.window = window
        self.statements = statements
        self.ticks = ticks
        self.lines: list[Line] = []
        #: Steps whose label holds this text are profiled (``--profile``).
        self.profile: list[str] = []

    @contextmanager
    def _profiled(self, label: str) -> Iterator[None]:
        if not any(text in label for text in self.profile):
            yield
            return
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        try:
            yield
        finally:
            profiler.disable()
            print(f"\n--- profile of {label!r} (window's thread) ---")
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)

    def idle(self) -> None:
        """Wait for the workers a previous step started (a coordinator reads the screen
        before the next click), so that each step is timed alone."""
        from ui.main_window import MainWindow

        assert isinstance(self.window, MainWindow)
        runner = self.window.runner
        _wait(None, lambda: runner.active == 0)

    def timed(self, label: str, action: Callable[[], object]) -> None:
        """The action, then the events it posted (the paint), as the GUI thread runs them."""
        from PySide6.QtWidgets import QApplication

        self.idle()
        QApplication.processEvents()
        before, workers = self.statements.count, self.statements.in_workers
        started, cpu = time.perf_counter(), time.thread_time()
        with self._profiled(label):
            action()
            QApplication.processEvents()
        elapsed = (time.perf_counter() - started) * 1000
        line = Line(label, elapsed, self.statements.count - before)
        line.cpu_ms = (time.thread_time() - cpu) * 1000
        self.idle()
        line.in_workers = self.statements.in_workers - workers
        self.lines.append(line)

    def typed(self, label: str, box: object, text: str) -> None:
        """A search typed one key at a time: the slowest key is what the coordinator feels."""
        from PySide6.QtWidgets import QApplication, QLineEdit

        assert isinstance(box, QLineEdit)
        self.idle()
        box.clear()
        QApplication.processEvents()
        slowest, slowest_cpu, statements = 0.0, 0.0, 0
        for end in range(1, len(text) + 1):
            before = self.statements.count
            started, cpu = time.perf_counter(), time.thread_time()
            with self._profiled(label):
                box.setText(text[:end])
                QApplication.processEvents()
            slowest = max(slowest, (time.perf_counter() - started) * 1000)
            slowest_cpu = max(slowest_cpu, (time.thread_time() - cpu) * 1000)
            statements = max(statements, self.statements.count - before)
        line = Line(f'{label} "{text}" (slowest key)', slowest, statements)
        line.cpu_ms = slowest_cpu
        self.lines.append(line)
        box.clear()
        QApplication.processEvents()

    def waited(self, label: str, start: Callable[[], object], done: Callable[[], bool]) -> None:
        """Work handed to a worker: the time until ``done``, and the window's longest stall."""
        from PySide6.QtWidgets import QApplication

        self.idle()
        QApplication.processEvents()
        before, workers = self.statements.count, self.statements.in_workers
        started = time.perf_counter()
        start()
        _wait(None, done)
        QApplication.processEvents()
        elapsed = (time.perf_counter() - started) * 1000
        stall = self.ticks.longest_gap_ms(since=started)
        line = Line(label, elapsed, self.statements.count - before, stall)
        self.idle()
        line.in_workers = self.statements.in_workers - workers
        self.lines.append(line)


def run_pages(window: object, mission_short: str, bench: Bench) -> None:
    """Each page of ``mission_short`` opened, and the searches typed."""
    from PySide6.QtCore import Qt

    from ui.main_window import ITINERARY_DAYS, ITINERARY_LIST, OVERVIEW_TAB, MainWindow

    assert isinstance(window, MainWindow)
    w = window
    w.finish_building()
    w.show_roster()
    bench.timed("select the mission: header and roster", lambda: w.select_mission(mission_short))
    bench.typed("roster search", w.roster_search, "marc")
    bench.timed(
        "roster: status filter Confirmed",
        lambda: w.status_filter.setCurrentIndex(w.status_filter.findData("confirmed")),
    )
    bench.timed("roster: all statuses again", lambda: w.status_filter.setCurrentIndex(0))
    bench.timed(
        "roster: sort by organisation",
        lambda: w.roster_view.sortByColumn(1, Qt.SortOrder.AscendingOrder),
    )
    bench.timed(
        "roster: sort by name", lambda: w.roster_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    )
    bench.typed("mission search", w.mission_search, "toronto")
    w.select_mission(mission_short)  # the search may have moved the selection

    def open_record() -> None:
        w.select_row(0)
        dialog = w.edit_delegate()
        assert dialog is not None
        dialog.reject()

    bench.timed("a delegate's record (open)", open_record)
    # Chosen a moment ago: its programme was read in a worker meanwhile, as when a
    # coordinator chooses a mission, then its itinerary.
    _wait(None, lambda: not w.itinerary_page.reading)
    bench.timed("itinerary, whole programme (list)", lambda: w.show_itinerary(ITINERARY_LIST))
    page = w.itinerary_page
    bench.typed("itinerary search", page.search, "atelier")
    first = w.roster_model.entries[0].participant_id
    bench.timed("itinerary: one delegate's agenda", lambda: page.show_agenda_of(first))
    bench.timed("itinerary: whole programme again", lambda: page.show_agenda_of(None))
    bench.timed("itinerary by day", lambda: w.show_itinerary(ITINERARY_DAYS))
    bench.timed("itinerary by day: next day", lambda: page.go_day(1))
    bench.timed("itinerary by day: next day again", lambda: page.go_day(1))
    bench.timed("agreements of the mission", w.show_agreements)
    agreements = w.agreements_page
    bench.timed("agreements of every mission", lambda: agreements.all_missions.setChecked(True))
    bench.typed("agreements search", agreements.search, "coopération")
    bench.timed(
        "agreements of the mission again", lambda: agreements.all_missions.setChecked(False)
    )
    bench.timed("B2B meetings", w.show_meetings)
    bench.typed("meetings search", w.meetings_page.search, "partner")
    bench.timed("workshops", w.show_workshops)
    bench.typed("workshops search", w.workshops_page.search, "atelier")
    bench.timed("leads", w.show_leads)
    bench.typed("leads search", w.leads_page.search, "bureau")
    bench.timed("print page", w.show_print_page)
    overview = w.overview_page
    bench.waited(
        "overview: tiles counted",
        lambda: w.mission_tabs.setCurrentIndex(OVERVIEW_TAB),
        lambda: overview.isVisible() and overview._runner.active == 0,  # its own worker
    )
    panel = w.checks_panel
    seen = len(bench.lines)

    def shown() -> bool:
        return not panel._running and panel.isVisible()

    bench.waited("checks panel (F7): findings shown", w.checks_action.trigger, shown)
    bench.lines[seen].label += f" ({panel.model.rowCount()} findings)"
    bench.timed("checks panel hidden", w.checks_action.trigger)
    bench.timed("roster again (tab)", w.show_roster)
    other = next(
        w.missions_model.mission_at(row).short
        for row in range(w.missions_model.rowCount())
        if w.missions_model.mission_at(row).short != mission_short
    )
    w.show_itinerary(ITINERARY_LIST)
    page = w.itinerary_page
    bench.waited(
        "another mission, on the itinerary tab: items shown",
        lambda: w.select_mission(other),
        lambda: not page.reading,
    )
    w.select_mission(mission_short)


@contextmanager
def settings_in(folder: Path) -> Iterator[None]:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield


def open_like_the_program(
    path: Path, stack: ExitStack, ticks: Ticks
) -> tuple[object, float, float, float]:
    """The window on ``path`` as ``delegation-app --db`` opens it; (window, ms to the data,
    longest stall until then, longest stall until every page is built)."""
    from PySide6.QtWidgets import QApplication

    from ui import settings as keys
    from ui.app import parse_arguments, start

    args = parse_arguments(["--db", str(path), "--lang", "en"])
    started = time.perf_counter()
    startup = start(args, stack, language="en", settings=keys.app_settings())
    stack.callback(startup.window.close)
    code = startup.run()
    if code != 0:
        raise SystemExit(f"cannot open {path}: {startup.error}")
    shown = (time.perf_counter() - started) * 1000
    stall_to_data = ticks.longest_gap_ms(since=started)
    window = startup.window
    _wait(QApplication.instance(), lambda: not window._page_steps)
    QApplication.processEvents()
    return window, shown, stall_to_data, ticks.longest_gap_ms(since=started)


def _sql(line: Line) -> str:
    """The window's statements, and the workers' after a plus."""
    return f"{line.statements}+{line.in_workers}" if line.in_workers else str(line.statements)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="a database written by make_big_db.py")
    parser.add_argument("--mission", help="the mission to open (default: the 25th)")
    parser.add_argument(
        "--profile",
        metavar="TEXT",
        action="append",
        default=[],
        help="profile the steps whose label holds TEXT (cProfile; may be repeated)",
    )
    args = parser.parse_args(argv)

    from PySide6.QtCore import QTimer

    from tests.benchmarks.make_big_db import make_big_database
    from ui.app import _application

    with tempfile.TemporaryDirectory(prefix="bench-pages-") as scratch, ExitStack() as stack:
        folder = Path(scratch)
        os.environ["XDG_DATA_HOME"] = str(folder)  # backups and logs out of the user's
        os.environ["XDG_STATE_HOME"] = str(folder)
        stack.enter_context(settings_in(folder / "settings"))
        big = args.db
        if big is None:
            big = folder / "big.sqlite"
            started = time.perf_counter()
            make_big_database(big)
            print(f"big database written in {time.perf_counter() - started:.1f} s")
        demo = folder / "demo.sqlite"
        from delegation_app.interchange.demo import build_demo_database

        build_demo_database(demo)

        app = _application([])
        ticks = Ticks()
        timer = QTimer()
        timer.setInterval(TICK_MS)
        timer.timeout.connect(ticks.tick)
        timer.start()

        results: dict[str, list[Line]] = {}
        for name, path in (("big", big), ("demo", demo)):
            with ExitStack() as opened:
                window, shown_ms, stall_data, stall_pages = open_like_the_program(
                    path, opened, ticks
                )
                from ui.main_window import MainWindow

                assert isinstance(window, MainWindow)
                statements = Statements(window.db.engine)
                bench = Bench(window, statements, ticks)
                bench.profile = args.profile if name == "big" else []
                if name == "big":
                    print(
                        f"\nstart on the big database: missions and roster shown after "
                        f"{shown_ms:.0f} ms; longest stall of the window until then "
                        f"{stall_data:.0f} ms, until every page was built {stall_pages:.0f} ms"
                        f" (budget {BUDGET_MS:.0f} ms)"
                    )
                    missions = [
                        window.missions_model.mission_at(r).short
                        for r in range(window.missions_model.rowCount())
                    ]
                    mission = args.mission or sorted(missions)[len(missions) // 2]
                else:
                    mission = "miami-2017"
                run_pages(window, mission, bench)
                results[name] = bench.lines
        app.processEvents()

    big_lines, demo_lines = results["big"], results["demo"]
    print(
        f"\n{'':46} {'big database':>31}   {'demo (miami-2017)':>18}   "
        f"\n{'':46} {'ms':>8} {'CPU ms':>8} {'SQL':>9} {'':>7}   {'ms':>8} {'SQL':>9}"
    )
    for line, small in zip(big_lines, demo_lines, strict=True):
        verdict = "ok" if line.ms <= BUDGET_MS else "OVER"
        extra = ""
        if line.stall_ms is not None:
            stall = "ok" if line.stall_ms <= BUDGET_MS else "OVER"
            extra = f"   window's longest stall meanwhile {line.stall_ms:.0f} ms ({stall})"
            verdict = "worker"
        grows = (
            " (grows)"
            if (line.statements, line.in_workers) > (small.statements, small.in_workers)
            else ""
        )
        cpu = "" if line.cpu_ms is None else f"{line.cpu_ms:.1f}"
        print(
            f"  {line.label:44} {line.ms:8.1f} {cpu:>8} {_sql(line):>9} {verdict:>7}"
            f"   {small.ms:8.1f} {_sql(small):>9}{grows}{extra}"
        )
    over = [line for line in big_lines if line.stall_ms is None and line.ms > BUDGET_MS]
    print(
        f"\n{len(big_lines) - len(over)} of {len(big_lines)} within {BUDGET_MS:.0f} ms on the big"
        f" database; median {statistics.median(line.ms for line in big_lines):.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
