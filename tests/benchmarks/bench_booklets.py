"""Printing every personal booklet of the 120-delegate Miami mission, against ReportLab alone.

Budget (DESIGN.md): within 1.5x of ReportLab alone laying out the same pages on one core, and
faster than that when both cores are used.

- Baseline, "ReportLab alone": ReportLab's own ``BaseDocTemplate`` (two page templates with
  the same frames, a header and a page number drawn by an ``onPage`` callback, nothing of
  ours) builds the very same flowables, made beforehand outside the timing (the table of
  contents, which only our canvas can number, as a plain table of its lines). No "page x of y",
  no outline, no running labels, no atomic write: only ReportLab laying out and writing pages.
- The program, end to end: open the database, build the read models, make the flowables, lay
  them out with our document class, write each file atomically; through the batch engine with
  one process, then with two worker processes.
- A variant of the two-process run, for the design choice: the workers open the database
  file read-only and build the read models themselves instead of receiving them.

Each figure is the best of ``--repeat`` runs (the machine is shared). Run:
    python tests/benchmarks/bench_booklets.py [--repeat 2]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

try:
    import resource
except ImportError:  # Windows: the parent's CPU time only
    resource = None  # type: ignore[assignment]

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table

from delegation_app.interchange.demo import build_demo_database
from delegation_app.printing.batch import BookletOrder, print_batch, render_order
from delegation_app.printing.booklet import BookletStory, booklet_document
from delegation_app.printing.document import TableOfContents
from delegation_app.printing.fonts import REGULAR
from delegation_app.printing.labels import Wording
from delegation_app.services.booklet import BookletData, booklets_data
from delegation_app.services.missions import resolve_mission_id
from delegation_app.services.roster import list_roster
from delegation_app.storage.database import open_database

MISSION = "miami-2017"


def _people(db_path: Path) -> list[int]:
    db = open_database(db_path, lock=False)
    try:
        with db.reading() as session:
            mission_id = resolve_mission_id(session, MISSION)
            return [e.person_id for e in list_roster(session, mission_id)]
    finally:
        db.close()


def _read_models(db_path: Path, people: Sequence[int]) -> list[BookletData]:
    db = open_database(db_path, lock=False, upgrade=False, daily_backup=False)
    try:
        with db.reading() as session:
            return booklets_data(session, MISSION, [(p, None) for p in people])
    finally:
        db.close()


class PlainDocument(BaseDocTemplate):  # type: ignore[misc]
    """ReportLab alone: its own document class, our frames, a header and a page number."""

    def __init__(self, filename: str, like: Any) -> None:
        super().__init__(
            filename,
            pagesize=like.pagesize,
            leftMargin=like.leftMargin,
            rightMargin=like.rightMargin,
            topMargin=like.topMargin,
            bottomMargin=like.bottomMargin,
        )
        frames = {t.id: t.frames[0] for t in like.pageTemplates}
        self.addPageTemplates(
            [
                PageTemplate(
                    id=template_id,
                    frames=[Frame(f._x1, f._y1, f._width, f._height, id=template_id)],
                    onPage=self._furniture,
                )
                for template_id, f in frames.items()
            ]
        )
        self.header = like.running_title

    def _furniture(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        width, height = self.pagesize
        canvas.drawString(self.leftMargin, height - self.topMargin, self.header)
        canvas.drawRightString(width - self.rightMargin, self.bottomMargin, f"Page {doc.page}")
        canvas.restoreState()


def _plain(flowable: Any, styles: Any) -> Any:
    """Our one flowable that needs our document (the table of contents, whose numbers and
    links are filled in by our canvas) as a plain ReportLab table of the same lines."""
    if isinstance(flowable, TableOfContents):
        rows = [[Paragraph(e.title, styles["body"]), Paragraph("0", styles["right"])]
                for e in flowable.entries]  # fmt: skip
        return Table(rows, colWidths=[None, 30])
    return flowable


def baseline(all_data: Sequence[BookletData], folder: Path) -> float:
    prepared = []
    for index, data in enumerate(all_data):
        words = Wording(data.language)
        ours = booklet_document(data, folder / "unused.pdf", words=words)
        story = [_plain(f, ours.styles) for f in BookletStory(data, ours, words).story()]
        prepared.append((PlainDocument(str(folder / f"base-{index}.pdf"), ours), story))
    start = time.perf_counter()
    for document, story in prepared:
        document.build(story)
    return time.perf_counter() - start


def program(db_path: Path, people: Sequence[int], folder: Path, workers: int) -> float:
    start = time.perf_counter()
    orders = [
        BookletOrder(data, folder / f"booklet-{data.delegate.short}.pdf")
        for data in _read_models(db_path, people)
    ]
    for _ in print_batch(orders, workers=workers):
        pass
    return time.perf_counter() - start


# The variant: workers that read the database themselves ---------------------------------------

_worker_data: list[BookletData] = []


def _open_and_read(db_path: Path, people: Sequence[int]) -> None:
    _worker_data[:] = _read_models(db_path, people)


def _print_index(index: int, folder: Path) -> None:
    data = _worker_data[index]
    render_order(BookletOrder(data, folder / f"booklet-{data.delegate.short}.pdf"))


def workers_read(db_path: Path, people: Sequence[int], folder: Path, workers: int) -> float:
    start = time.perf_counter()
    with ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_open_and_read,
        initargs=(db_path, list(people)),
    ) as pool:
        list(pool.map(_print_index, range(len(people)), [folder] * len(people)))
    return time.perf_counter() - start


def _cpu() -> float:
    """CPU seconds of this process and of its ended children (the worker processes)."""
    own = time.process_time()
    if resource is None:
        return own
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own + children.ru_utime + children.ru_stime


def best(runs: int, measure: Callable[[Path], float], root: Path, name: str) -> tuple[float, float]:
    """The best wall-clock time of the runs, and the CPU time that run took."""
    results = []
    for run in range(runs):
        folder = root / f"{name}-{run}"
        folder.mkdir()
        cpu = _cpu()
        wall = measure(folder)
        results.append((wall, _cpu() - cpu))
    return min(results)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        db_path = build_demo_database(root / "demo.sqlite")
        people = _people(db_path)
        all_data = _read_models(db_path, people)
        pages = 0
        reference = root / "reference"
        reference.mkdir()
        for data in all_data[:10]:
            order = BookletOrder(data, reference / f"{data.delegate.short}.pdf")
            render_order(order)
        from pypdf import PdfReader

        pages = sum(len(PdfReader(p).pages) for p in reference.glob("*.pdf"))

        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        base = best(args.repeat, lambda f: baseline(all_data, f), root, "baseline")
        one = best(args.repeat, lambda f: program(db_path, people, f, 1), root, "one")
        two = best(args.repeat, lambda f: program(db_path, people, f, 2), root, "two")
        variant = best(args.repeat, lambda f: workers_read(db_path, people, f, 2), root, "read")
    print(
        f"{len(people)} booklets (about {pages / 10:.1f} pages each); load average "
        f"{load:.2f} before the runs (on {os.cpu_count()} cores: above 0 means other work)"
    )
    print("                                                       wall      CPU")
    for label, (wall, cpu) in (
        ("ReportLab alone (BaseDocTemplate, same flowables):", base),
        ("delegation booklets, end to end, one process:", one),
        ("delegation booklets, end to end, two processes:", two),
        ("  variant: workers read the database themselves:", variant),
    ):
        print(f"{label:52} {wall:6.2f} s {cpu:6.2f} s")
    print(
        f"one-core ratio: {one[0] / base[0]:.2f}x wall, {one[1] / base[1]:.2f}x CPU (budget 1.5x)"
    )
    print(f"two-core ratio: {two[0] / base[0]:.2f}x wall (budget below 1x)")


if __name__ == "__main__":
    main()
