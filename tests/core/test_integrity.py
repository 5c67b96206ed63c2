"""A damaged file is never used silently: quick_check at open, the latest good backup offered."""

from __future__ import annotations

import random
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from delegation_app.services.missions import list_missions
from delegation_app.storage.backup import backup_file_name, restore
from delegation_app.storage.database import DamagedDatabase, integrity_check, open_database
from delegation_app.storage.lock import lock_path_for


def page_layout(path: Path) -> tuple[int, int]:
    with closing(sqlite3.connect(path)) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        count = connection.execute("PRAGMA page_count").fetchone()[0]
    return int(size), int(count)


def damage(path: Path, *, first_page: int | None = None, pages: int = 8) -> None:
    """Write garbage over whole pages in the middle of the file (the header stays valid)."""
    size, count = page_layout(path)
    assert count > 20, "the demo database should span many pages"
    start = first_page if first_page is not None else count // 2
    noise = random.Random(1917)
    with path.open("r+b") as handle:
        handle.seek((start - 1) * size)
        handle.write(noise.randbytes(size * pages))
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"


def test_a_healthy_database_passes_the_full_check(demo_db_path: Path) -> None:
    assert integrity_check(demo_db_path) == []


def test_garbage_in_the_middle_of_the_file_is_refused_and_left_untouched(
    demo_db_path: Path, tmp_path: Path
) -> None:
    damage(demo_db_path)
    before = demo_db_path.read_bytes()
    with pytest.raises(DamagedDatabase) as caught:
        open_database(demo_db_path, backup_dir=tmp_path / "backups")
    error = caught.value
    assert error.path == demo_db_path
    assert error.problems
    assert error.latest_backup is None
    assert str(error).startswith(f"{demo_db_path} is damaged (")
    assert str(error).endswith(f"no good backup was found in {tmp_path / 'backups'}")
    assert demo_db_path.read_bytes() == before
    assert not lock_path_for(demo_db_path).exists()
    assert not (tmp_path / "backups").exists()  # a damaged file is never taken as a backup
    assert integrity_check(demo_db_path) != []


def test_damage_to_the_schema_page_is_refused_too(demo_db_path: Path, tmp_path: Path) -> None:
    size, _ = page_layout(demo_db_path)
    with demo_db_path.open("r+b") as handle:
        handle.seek(100)  # just after the file header: the schema table's page
        handle.write(random.Random(7).randbytes(size - 100))
    with pytest.raises(DamagedDatabase, match="is damaged"):
        open_database(demo_db_path, backup_dir=tmp_path / "backups")


def test_the_latest_good_backup_is_offered_and_restores_the_missions(
    demo_db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    db = open_database(demo_db_path, backup_dir=folder)  # the day's copy, healthy
    with db.reading() as session:
        missions = [(m.short, m.participant_count) for m in list_missions(session)]
    db.close()
    [good] = list(folder.iterdir())
    # A newer copy that is itself damaged must not be the one offered.
    later = folder / backup_file_name("demo", datetime.now() + timedelta(minutes=5), "manual")
    shutil.copyfile(good, later)
    damage(later)
    damage(demo_db_path)
    damaged_bytes = demo_db_path.read_bytes()

    with pytest.raises(DamagedDatabase) as caught:
        open_database(demo_db_path, backup_dir=folder)
    assert caught.value.latest_backup == good
    assert str(caught.value).endswith(f"the latest good backup is {good}")

    # What the UI offers: restore it, then open again.
    result = restore(good, demo_db_path, backup_dir=folder)
    assert result.kept_copy is not None
    assert result.kept_copy.read_bytes() == damaged_bytes  # the damaged file, kept as it was
    db = open_database(demo_db_path, backup_dir=folder)
    try:
        with db.reading() as session:
            assert [(m.short, m.participant_count) for m in list_missions(session)] == missions
    finally:
        db.close()
    assert integrity_check(demo_db_path) == []


def test_a_damaged_backup_cannot_be_restored(demo_db_path: Path, tmp_path: Path) -> None:
    from delegation_app.errors import StorageError

    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(demo_db_path, copy)
    with closing(sqlite3.connect(copy)) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    damage(copy)
    before = demo_db_path.read_bytes()
    with pytest.raises(StorageError, match=r"copy.sqlite (is damaged|cannot be restored)"):
        restore(copy, demo_db_path, backup_dir=tmp_path / "backups")
    assert demo_db_path.read_bytes() == before
