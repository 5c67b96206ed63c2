"""Printing every personal booklet of the 120-delegate Miami mission, against ReportLab alone.

Budget (DESIGN.md): within 1.5x of ReportLab alone laying out the same pages. The baseline
builds the very same flowables (made beforehand, outside the timing) with ReportLab's own
``BaseDocTemplate.build``; the program's run includes reading the database, building the read
models and the flowables, and the atomic file write. Run:
    python tests/benchmarks/bench_booklets.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from delegation_app.interchange.demo import build_demo_database
from delegation_app.printing.booklet import BookletStory, booklet_document, render_booklet
from delegation_app.printing.labels import Wording
from delegation_app.services.booklet import booklet_data
from delegation_app.services.missions import resolve_mission_id
from delegation_app.services.roster import list_roster
from delegation_app.storage.database import open_database


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        db = open_database(build_demo_database(root / "demo.sqlite"))
        with db.reading() as session:
            mission_id = resolve_mission_id(session, "miami-2017")
            people = [e.person_id for e in list_roster(session, mission_id)]
            all_data = [booklet_data(session, "miami-2017", p) for p in people]

        # ReportLab alone: the same documents and flowables, prepared before the clock starts.
        prepared = []
        for index, data in enumerate(all_data):
            words = Wording(data.language)
            document = booklet_document(data, root / f"base-{index}.pdf", words=words)
            prepared.append((document, BookletStory(data, document, words).story()))
        start = time.perf_counter()
        for document, story in prepared:
            document.build_story(story)
        baseline = time.perf_counter() - start

        start = time.perf_counter()
        with db.reading() as session:
            for person_id in people:
                data = booklet_data(session, "miami-2017", person_id)
                render_booklet(data, root / f"booklet-{person_id}.pdf")
        program = time.perf_counter() - start
        db.close()
    print(f"{len(people)} booklets")
    print(f"ReportLab alone (same flowables):  {baseline:.2f} s")
    print(f"delegation booklets, end to end:   {program:.2f} s")
    print(f"ratio: {program / baseline:.2f}x (budget 1.5x, one core)")


if __name__ == "__main__":
    main()
