"""The connection rules: foreign keys on, WAL, busy timeout, all-or-nothing transactions."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from delegation_app.errors import StorageError
from delegation_app.services.missions import StopInput, create_mission
from delegation_app.storage.backup import backup_sqlite
from delegation_app.storage.database import Database, integrity_problems, open_database
from delegation_app.storage.models import Mission, Participant


def test_connections_enforce_foreign_keys_wal_and_busy_timeout(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_a_row_pointing_to_a_missing_mission_is_refused(db: Database) -> None:
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(Participant(mission_id=999, person_id=999, role="staff"))
        session.flush()


def test_a_failed_transaction_writes_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as session:
        create_mission(
            session,
            title_fr="Tel Aviv 2019",
            start_date=date(2019, 9, 16),
            end_date=date(2019, 9, 20),
            stops=[StopInput("Tel Aviv", "IL", "Asia/Jerusalem")],
        )
        raise RuntimeError("power cut")
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Mission)) == 0


def test_missing_database_is_created_with_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "delegation.sqlite"
    db = open_database(path)
    db.close()
    assert path.exists()
    db = open_database(path)
    try:
        assert integrity_problems(db) == []
    finally:
        db.close()


def test_missing_database_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="no database"):
        open_database(tmp_path / "absent.sqlite", create=False)


def test_backup_is_a_consistent_copy_while_the_database_is_open(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as session:
        create_mission(
            session,
            title_fr="Austin SXSW 2019",
            short="austin-2019",
            start_date=date(2019, 3, 8),
            end_date=date(2019, 3, 13),
            stops=[StopInput("Austin", "US", "America/Chicago")],
        )
    assert db.path is not None
    target = backup_sqlite(db.path, tmp_path / "copies" / "austin.sqlite")
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT short FROM mission").fetchall() == [("austin-2019",)]
    assert not list(target.parent.glob("*.partial"))


def test_backup_into_an_unwritable_place_says_so_and_leaves_nothing(
    db: Database, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert db.path is not None
    with pytest.raises(StorageError, match="cannot back up"):
        backup_sqlite(db.path, blocker / "sub" / "copy.sqlite")
