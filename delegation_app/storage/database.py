"""Opening a database: engine, connection rules, migrations at open, backup before upgrade.

Everything SQLite-specific lives in this module (and ``backup.py``); the services above only
see a SQLAlchemy ``Session`` so the same code can later run on PostgreSQL.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from delegation_app.errors import StorageError
from delegation_app.storage import migrations
from delegation_app.storage.backup import backup_sqlite

BUSY_TIMEOUT_MS = 5000


def make_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    """An engine whose SQLite connections follow our rules (foreign keys, WAL, busy timeout)."""
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, foreign_keys=foreign_keys)
    return engine


def _configure_sqlite(engine: Engine, *, foreign_keys: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that DDL
        # and SAVEPOINTs are transactional too (SQLAlchemy's documented pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@dataclass
class Database:
    """An open database: its engine and a factory of sessions."""

    engine: Engine
    path: Path | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed if the block ends normally, rolled back otherwise."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; whatever it might have changed is rolled back."""
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def close(self) -> None:
        self.engine.dispose()


def _check_is_sqlite(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise StorageError(f"cannot read {path}: {exc.strerror}") from exc
    if header and header != b"SQLite format 3\x00":
        raise StorageError(f"{path} is not a database of this program (not an SQLite file)")


def backup_dir_for(path: Path) -> Path:
    return path.parent / f"{path.stem}-backups"


def open_database(
    path: Path, *, create: bool = True, upgrade: bool = True, backup_dir: Path | None = None
) -> Database:
    """Open (or create) a database file and bring its schema to the current version.

    An older schema is upgraded after a backup copy of the file is taken; a schema written by
    a newer version of the program is refused, so an old program never damages new data.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise StorageError(f"no database at {path}")
    if exists:
        _check_is_sqlite(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"cannot create the folder {path.parent}: {exc.strerror}") from exc

    url = sqlite_url(path)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            revision = migrations.current_revision(connection)
            has_tables = bool(inspect(connection).get_table_names())
    except Exception as exc:  # a damaged or locked file must give a sentence, not a traceback
        engine.dispose()
        reason = getattr(exc, "orig", None) or exc  # the driver's words, not SQLAlchemy's
        raise StorageError(f"cannot open {path}: {reason}") from exc

    head = migrations.head_revision()
    if revision is None and has_tables:
        engine.dispose()
        raise StorageError(f"{path} holds tables but is not a database of this program")
    if revision is not None and not migrations.is_known(revision):
        engine.dispose()
        raise StorageError(
            f"{path} was written by a newer version of the program (schema {revision}); "
            "install that version to open it"
        )
    if revision != head:
        if not upgrade:
            engine.dispose()
            raise StorageError(f"{path} needs an upgrade from schema {revision} to {head}")
        if revision is not None:
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            target = (backup_dir or backup_dir_for(path)) / f"{path.stem}-{stamp}-{revision}.sqlite"
            backup_sqlite(path, target)
        migrate_engine = make_engine(url, foreign_keys=False)
        try:
            migrations.upgrade(migrate_engine, head)
        finally:
            migrate_engine.dispose()
    return Database(engine=engine, path=path)


def open_url(url: str) -> Database:
    """Open a database by SQLAlchemy URL (tests, and PostgreSQL later), upgrading it."""
    engine = make_engine(url)
    migrations.upgrade(engine, migrations.head_revision())
    return Database(engine=engine)


def integrity_problems(db: Database) -> list[str]:
    """What ``PRAGMA quick_check`` and ``foreign_key_check`` report; empty when healthy."""
    with db.engine.connect() as connection:
        rows = [r[0] for r in connection.execute(text("PRAGMA quick_check"))]
        problems = [r for r in rows if r != "ok"]
        problems += [
            f"row {r[1]} of {r[0]} points to a missing {r[2]}"
            for r in connection.execute(text("PRAGMA foreign_key_check"))
        ]
    return problems
