"""Crash safety, proven the hard way: the CLI is killed with SIGKILL at random moments.

After each kill the database must pass a full integrity check, an import must be wholly there
or wholly absent, a migration must leave the file either at its old revision or at the new one
with every row intact, and a batch print must leave no half-written PDF under a final name.
Kill moments are drawn uniformly over the length of an uninterrupted run measured first, so the
kills land before, during and after the writing; the seed is printed for a failing run to be
replayed (``CRASH_SEED=...``). The import and the migration are killed on a plain and on an
encrypted database (SQLCipher, its key in $DELEGATION_DB_KEY), and ``encrypt`` is killed too:
the file is then the plain one or the encrypted one, whole.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import signal
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
from delegation_app.storage.database import DatabaseKey, integrity_check, open_database
from delegation_app.storage.models import Participant
from delegation_app.storage.sqlite_driver import FileKind, export_copy, file_kind
from tests.conftest import PASSPHRASE
from tests.core.test_migrations import _build_at, _fill, _revisions, assert_rows_kept

if sys.platform == "win32":  # pragma: no cover - SIGKILL is a POSIX signal
    pytest.skip("kill -9 is POSIX", allow_module_level=True)

KILLS = int(os.environ.get("CRASH_KILLS", "4"))
ROOT = Path(__file__).resolve().parents[2]
SEED = int(os.environ.get("CRASH_SEED", str(random.randrange(1_000_000))))


KEY = DatabaseKey(PASSPHRASE)
VARIANTS = ["plain", "encrypted"]


def _cli(*argv: str) -> list[str]:
    return [sys.executable, "-m", "delegation_app.cli", *argv]


def _environment(key: DatabaseKey | None) -> dict[str, str]:
    environment = dict(os.environ)
    environment.pop("DELEGATION_DB_KEY", None)
    if key is not None:
        environment["DELEGATION_DB_KEY"] = key.passphrase
    return environment


def _timed_run(
    argv: Sequence[str], *, expected_code: int = 0, key: DatabaseKey | None = None
) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        argv, capture_output=True, text=True, timeout=600, env=_environment(key)
    )
    assert result.returncode == expected_code, result.stderr
    return time.perf_counter() - started


def _kill_after(argv: Sequence[str], delay: float, key: DatabaseKey | None = None) -> int | None:
    """Start ``argv``, SIGKILL it after ``delay`` seconds; its exit code if it ended first."""
    process = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_environment(key)
    )
    try:
        return process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        return None


def _crash_at(statement: int, count_file: Path, *argv: str) -> int | None:
    """Run the CLI, killed by itself at its ``statement``-th SQL statement (0: never).

    The exit code when it ended on its own, None when it was killed.
    """
    command = [sys.executable, "-m", "tests.core.crash_at", str(statement), str(count_file)]
    process = subprocess.run(
        [*command, "--", *argv],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env=_environment(None),
    )
    return None if process.returncode == -signal.SIGKILL else process.returncode


def _statements(count_file: Path, *argv: str, expected_code: int = 0) -> tuple[int, int]:
    """How many SQL statements an uninterrupted run of the CLI sends, and its first write."""
    assert _crash_at(0, count_file, *argv) == expected_code
    total, first_write = count_file.read_text(encoding="ascii").split()
    return int(total), int(first_write)


def _kill_statements(total: int, first_write: int, kills: int) -> list[int]:
    """Distinct statements to die at: half anywhere in the run, half among the writes."""
    assert 0 < first_write <= total, "the run wrote nothing"
    generator = random.Random(SEED)
    half = max(kills // 2, 1)
    anywhere = generator.sample(range(1, total + 1), min(half, total))
    writing = generator.sample(range(first_write, total + 1), min(half, total - first_write + 1))
    return sorted({*anywhere, *writing})


def _kill_moments(total: float) -> list[float]:
    generator = random.Random(SEED)
    # Python's own start takes a good part of the run: aim the kills at the rest of it.
    return sorted(generator.uniform(0.1, total * 1.05) for _ in range(KILLS))


def _intact(path: Path, key: DatabaseKey | None = None) -> None:
    problems = integrity_check(path, key)
    assert problems == [], f"seed {SEED}: {problems}"


def _delegates(path: Path, mission: str, key: DatabaseKey | None = None) -> int:
    db = open_database(path, lock=False, upgrade=False, daily_backup=False, key=key)
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


@pytest.mark.parametrize("variant", VARIANTS)
def test_kill_during_an_import_leaves_it_wholly_absent_or_wholly_present(
    variant: str, demo_db_path: Path, encrypted_demo_db_path: Path, tmp_path: Path
) -> None:
    key = KEY if variant == "encrypted" else None
    source = encrypted_demo_db_path if key else demo_db_path
    roster = tmp_path / "roster.csv"
    rows = 1500
    _write_roster(roster, rows)
    before = _delegates(source, "toronto-montreal-2019", key)
    command = ["roster", "import", str(roster), "--mission", "toronto-montreal-2019"]

    reference = tmp_path / "reference.sqlite"
    shutil.copy(source, reference)
    total = _timed_run(_cli(*command, "--db", str(reference)), key=key)
    assert _delegates(reference, "toronto-montreal-2019", key) == before + rows

    outcomes = []
    for number, delay in enumerate(_kill_moments(total)):
        target = tmp_path / f"killed-{number}.sqlite"
        shutil.copy(source, target)
        code = _kill_after(_cli(*command, "--db", str(target)), delay, key)
        _intact(target, key)
        count = _delegates(target, "toronto-montreal-2019", key)
        assert count in (before, before + rows), f"seed {SEED}, kill at {delay:.2f}s: {count}"
        outcomes.append((delay, code, count == before + rows))
        # The program opens the file again after the crash: the lock left behind is stale.
        again = open_database(target, key=key)
        again.close()
    print(
        f"{variant}: seed {SEED}; run {total:.2f}s; kills (s, exit code, import present): "
        f"{outcomes}"
    )


def _revision(path: Path, key: DatabaseKey | None) -> str | None:
    from delegation_app.storage.sqlite_driver import connect, key_for

    with closing(connect(path, key_for(path, key), read_only=True)) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


@pytest.mark.parametrize("variant", VARIANTS)
def test_kill_during_a_migration_leaves_the_old_or_the_new_schema(
    variant: str, tmp_path: Path
) -> None:
    key = KEY if variant == "encrypted" else None
    oldest = _revisions()[0]
    built = tmp_path / "built.sqlite"
    _build_at(built, oldest)
    before = _fill(built)
    pristine = tmp_path / "pristine.sqlite"
    if key is None:
        shutil.copy(built, pristine)
    else:
        export_copy(built, None, pristine, key)
    reference = tmp_path / "reference.sqlite"
    shutil.copy(pristine, reference)
    # Any command opening the file upgrades it first (after taking a backup); this one then
    # fails on purpose without reading the sample rows, which are not valid missions.
    command = ["roster", "list", "--mission", "no-such-mission"]
    total = _timed_run(_cli(*command, "--db", str(reference)), expected_code=1, key=key)

    for number, delay in enumerate(_kill_moments(total)):
        target = tmp_path / f"killed-{number}.sqlite"
        shutil.copy(pristine, target)
        _kill_after(_cli(*command, "--db", str(target)), delay, key)
        backups = tmp_path / f"backups-{number}"
        _upgraded_intact(target, oldest, before, backups, f"{delay:.2f}s", key)


def _upgraded_intact(
    target: Path,
    start: str,
    before: dict[str, list[dict[str, object]]],
    backups: Path,
    when: str,
    key: DatabaseKey | None = None,
) -> None:
    """After a killed upgrade: the old revision or head, never between; reopening finishes it
    with every row written before still there."""
    _intact(target, key)
    revision = _revision(target, key)
    assert revision in (start, migrations.HEAD), (revision, when)
    db = open_database(target, backup_dir=backups, key=key)
    try:
        assert_rows_kept(before, db.engine)  # renamed, mapped and moved columns too
    except AssertionError as error:
        raise AssertionError(f"seed {SEED}, killed at {when}") from error
    finally:
        db.close()


@pytest.mark.parametrize("start", _revisions()[:-1])
def test_kill_at_any_statement_of_an_upgrade_from_each_release(start: str, tmp_path: Path) -> None:
    pristine = tmp_path / "pristine.sqlite"
    _build_at(pristine, start)
    before = _fill(pristine)
    command = ["roster", "list", "--mission", "no-such-mission"]
    reference = tmp_path / "reference.sqlite"
    shutil.copy(pristine, reference)
    counted = tmp_path / "count"
    total, first_write = _statements(counted, *command, "--db", str(reference), expected_code=1)

    killed = 0
    # Fewer kills per release than for one import: the releases multiply them.
    points = _kill_statements(total, first_write, KILLS)
    for statement in points:
        target = tmp_path / f"killed-{statement}.sqlite"
        shutil.copy(pristine, target)
        code = _crash_at(statement, counted, *command, "--db", str(target))
        killed += code is None
        backups = tmp_path / f"backups-{statement}"
        _upgraded_intact(target, start, before, backups, f"statement {statement} of {total}")
    assert killed == len(points)
    print(f"seed {SEED}; upgrade from {start}: {total} statements, killed at {points}")


def test_kill_at_any_statement_of_an_import(demo_db_path: Path, tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    rows = 300
    _write_roster(roster, rows)
    before = _delegates(demo_db_path, "toronto-montreal-2019")
    command = ["roster", "import", str(roster), "--mission", "toronto-montreal-2019"]
    reference = tmp_path / "reference.sqlite"
    shutil.copy(demo_db_path, reference)
    counted = tmp_path / "count"
    total, first_write = _statements(counted, *command, "--db", str(reference))
    assert _delegates(reference, "toronto-montreal-2019") == before + rows

    present = 0
    points = _kill_statements(total, first_write, KILLS * 2)
    for statement in points:
        target = tmp_path / f"killed-{statement}.sqlite"
        shutil.copy(demo_db_path, target)
        assert _crash_at(statement, counted, *command, "--db", str(target)) is None
        _intact(target)
        count = _delegates(target, "toronto-montreal-2019")
        assert count in (before, before + rows), f"seed {SEED}, statement {statement}: {count}"
        present += count == before + rows
    print(
        f"seed {SEED}; import: {total} statements, the first write at {first_write}; "
        f"killed at {points}, the import present after {present} of them"
    )


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


def test_kill_during_encrypt_leaves_the_plain_file_or_the_encrypted_one(
    demo_db_path: Path, tmp_path: Path
) -> None:
    expected = _delegates(demo_db_path, "miami-2017")
    command = ["encrypt", "--folder", str(tmp_path / "backups")]
    reference = tmp_path / "reference.sqlite"
    shutil.copy(demo_db_path, reference)
    total = _timed_run(_cli(*command, "--db", str(reference)), key=KEY)
    assert file_kind(reference) is FileKind.ENCRYPTED

    outcomes = []
    for number, delay in enumerate(_kill_moments(total)):
        target = tmp_path / f"killed-{number}.sqlite"
        shutil.copy(demo_db_path, target)
        _kill_after(_cli(*command, "--db", str(target)), delay, KEY)
        kind = file_kind(target)
        assert kind in (FileKind.PLAIN, FileKind.ENCRYPTED), f"seed {SEED}, kill at {delay:.2f}s"
        key = KEY if kind is FileKind.ENCRYPTED else None
        _intact(target, key)
        assert _delegates(target, "miami-2017", key) == expected
        outcomes.append((round(delay, 2), kind.value))
        # Opened again after the crash (a stale lock, maybe a half export beside it).
        open_database(target, key=key, backup_dir=tmp_path / "backups").close()
    print(f"encrypt: seed {SEED}; run {total:.2f}s; kills (s, file after): {outcomes}")
