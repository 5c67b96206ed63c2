"""Crash safety, proven the hard way: the CLI is killed with SIGKILL at random moments.

After each kill the database must pass a full integrity check, an import must be wholly there
or wholly absent, a migration must leave the file either at its old revision or at the new one
with every row intact, and a batch print must leave no half-written PDF under a final name.
Kill moments are drawn uniformly over the length of an uninterrupted run measured first, so the
kills land before, during and after the writing; the seed is printed for a failing run to be
replayed (``CRASH_SEED=...``).
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, text

from delegation_app.storage import migrations
from delegation_app.storage.database import integrity_check, open_database
from delegation_app.storage.models import Participant
from tests.core.test_migrations import _build_at, _fill, _revisions, assert_rows_kept

if sys.platform == "win32":  # pragma: no cover - SIGKILL is a POSIX signal
    pytest.skip("kill -9 is POSIX", allow_module_level=True)

KILLS = int(os.environ.get("CRASH_KILLS", "4"))
SEED = int(os.environ.get("CRASH_SEED", str(random.randrange(1_000_000))))


def _cli(*argv: str) -> list[str]:
    return [sys.executable, "-m", "delegation_app.cli", *argv]


def _timed_run(argv: Sequence[str], *, expected_code: int = 0) -> float:
    started = time.perf_counter()
    result = subprocess.run(argv, capture_output=True, text=True, timeout=600)
    assert result.returncode == expected_code, result.stderr
    return time.perf_counter() - started


def _kill_after(argv: Sequence[str], delay: float) -> int | None:
    """Start ``argv``, SIGKILL it after ``delay`` seconds; its exit code if it ended first."""
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        return process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        return None


def _kill_moments(total: float) -> list[float]:
    generator = random.Random(SEED)
    # Python's own start takes a good part of the run: aim the kills at the rest of it.
    return sorted(generator.uniform(0.1, total * 1.05) for _ in range(KILLS))


def _intact(path: Path) -> None:
    problems = integrity_check(path)
    assert problems == [], f"seed {SEED}: {problems}"


def _delegates(path: Path, mission: str) -> int:
    db = open_database(path, lock=False, upgrade=False, daily_backup=False)
    try:
        with db.reading() as session:
            mission_id = session.execute(
                text("SELECT id FROM mission WHERE short = :short"), {"short": mission}
            ).scalar_one()
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(Participant)
                    .where(Participant.mission_id == mission_id)
                )
                or 0
            )
    finally:
        db.close()


def _write_roster(path: Path, rows: int) -> None:
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Nom", "Prénom", "Société", "Courriel", "Date de naissance"])
        for row in range(rows):
            writer.writerow(
                [
                    f"Pérès-{row:05d}",
                    "Zoé",
                    f"Société {row % 97}",
                    f"zoe.peres.{row}@example.fr",
                    f"{1 + row % 28:02d}/{1 + row % 12:02d}/19{50 + row % 50}",
                ]
            )


def test_kill_during_an_import_leaves_it_wholly_absent_or_wholly_present(
    demo_db_path: Path, tmp_path: Path
) -> None:
    roster = tmp_path / "roster.csv"
    rows = 1500
    _write_roster(roster, rows)
    before = _delegates(demo_db_path, "toronto-montreal-2019")
    command = ["roster", "import", str(roster), "--mission", "toronto-montreal-2019"]

    reference = tmp_path / "reference.sqlite"
    shutil.copy(demo_db_path, reference)
    total = _timed_run(_cli(*command, "--db", str(reference)))
    assert _delegates(reference, "toronto-montreal-2019") == before + rows

    outcomes = []
    for number, delay in enumerate(_kill_moments(total)):
        target = tmp_path / f"killed-{number}.sqlite"
        shutil.copy(demo_db_path, target)
        code = _kill_after(_cli(*command, "--db", str(target)), delay)
        _intact(target)
        count = _delegates(target, "toronto-montreal-2019")
        assert count in (before, before + rows), f"seed {SEED}, kill at {delay:.2f}s: {count}"
        outcomes.append((delay, code, count == before + rows))
        # The program opens the file again after the crash: the lock left behind is stale.
        again = open_database(target)
        again.close()
    print(f"seed {SEED}; run {total:.2f}s; kills (s, exit code, import present): {outcomes}")


def test_kill_during_a_migration_leaves_the_old_or_the_new_schema(tmp_path: Path) -> None:
    oldest = _revisions()[0]
    reference = tmp_path / "reference.sqlite"
    _build_at(reference, oldest)
    before = _fill(reference)
    pristine = tmp_path / "pristine.sqlite"
    shutil.copy(reference, pristine)
    # Any command opening the file upgrades it first (after taking a backup); this one then
    # fails on purpose without reading the sample rows, which are not valid missions.
    command = ["roster", "list", "--mission", "no-such-mission"]
    total = _timed_run(_cli(*command, "--db", str(reference)), expected_code=1)

    for number, delay in enumerate(_kill_moments(total)):
        target = tmp_path / f"killed-{number}.sqlite"
        shutil.copy(pristine, target)
        _kill_after(_cli(*command, "--db", str(target)), delay)
        _intact(target)
        with closing(sqlite3.connect(target)) as connection:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        assert revision is not None and revision[0] in (oldest, migrations.HEAD), revision
        # Opening it again finishes the upgrade; every row written before is still there.
        db = open_database(target, backup_dir=tmp_path / f"backups-{number}")
        try:
            assert_rows_kept(before, db.engine)  # renamed, mapped and moved columns too
        except AssertionError as error:
            raise AssertionError(f"seed {SEED}, kill at {delay:.2f}s") from error
        finally:
            db.close()


def test_kill_during_a_batch_print_leaves_no_half_written_booklet(
    demo_db_path: Path, tmp_path: Path
) -> None:
    command = ["booklet", "--all", "--mission", "toronto-montreal-2019", "--db", str(demo_db_path)]
    reference = tmp_path / "reference"
    total = _timed_run(_cli(*command, "-o", str(reference)))
    expected = sorted(p.name for p in reference.glob("*.pdf"))
    assert len(expected) >= 20

    for number, delay in enumerate(_kill_moments(total)):
        folder = tmp_path / f"killed-{number}"
        _kill_after(_cli(*command, "-o", str(folder)), delay)
        finished = sorted(folder.glob("booklet-*.pdf")) if folder.exists() else []
        assert {p.name for p in finished} <= set(expected)
        for pdf in finished:
            # Under its final name a booklet is whole: every page parses.
            reader = PdfReader(pdf, strict=True)
            assert len(reader.pages) >= 2, pdf
            assert reader.pages[-1].extract_text() is not None
        _intact(demo_db_path)
