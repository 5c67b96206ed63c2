"""Opening a database: lock, integrity check, backups, engine, connection rules, migrations.

Everything SQLite-specific lives in this module (and ``backup.py``, ``lock.py``); the services
above only see a SQLAlchemy ``Session`` so the same code can later run on PostgreSQL.

At open, in this order: the file is recognised as SQLite; its lock is taken (one writer);
``PRAGMA quick_check`` runs (a damaged file raises ``DamagedDatabase``, naming the latest good
backup); an older schema is upgraded after a "before-migration" backup, otherwise the first
open of a calendar day takes a "daily" backup; old backups are rotated.

An encrypted file (SQLCipher, ``sqlite_driver``) goes through the same steps with its key:
``open_database(path, key=DatabaseKey(...))``. Without the key it raises ``KeyRequired``, with
another one ``WrongKey``; a new file opened with a key is created encrypted. The key stays in
the ``Database`` (never in its ``repr``) for the backups taken while it is open.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from delegation_app.errors import StorageError
from delegation_app.messages import say
from delegation_app.storage import backup as backups
from delegation_app.storage import migrations
from delegation_app.storage import sqlite_driver as driver
from delegation_app.storage.lock import DatabaseLock, acquire_lock, network_share_warning
from delegation_app.storage.sqlite_driver import (
    DatabaseKey,
    EncryptionUnavailable,
    FileKind,
    KeyRequired,
    WrongKey,
)

__all__ = [
    "DamagedDatabase",
    "Database",
    "DatabaseKey",
    "EncryptionUnavailable",
    "KeyRequired",
    "WrongKey",
    "backup_before",
    "integrity_check",
    "make_engine",
    "open_database",
]

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # no stray lines on the CLI's stderr until logs are set up

BUSY_TIMEOUT_MS = 5000


class DamagedDatabase(StorageError):
    """The file fails its integrity check; ``latest_backup`` is the newest good copy, if any."""

    def __init__(
        self,
        path: Path,
        problems: list[str],
        latest_backup: Path | None,
        backup_folder: Path | None = None,
    ) -> None:
        first = problems[0] if problems else say("unknown damage")
        more = (
            say(" and {count} more problems", count=len(problems) - 1) if len(problems) > 1 else ""
        )
        if latest_backup is not None:
            offer = say("the latest good backup is {backup}", backup=latest_backup)
        elif backup_folder is not None:
            offer = say("no good backup was found in {folder}", folder=backup_folder)
        else:
            offer = say("no good backup was found")
        super().__init__(
            say(
                "{path} is damaged ({first}{more}); {offer}",
                path=path,
                first=first,
                more=more,
                offer=offer,
            )
        )
        self.path = path
        self.problems = problems
        self.latest_backup = latest_backup
        self.backup_folder = backup_folder


def make_engine(
    url: str,
    *,
    foreign_keys: bool = True,
    key: DatabaseKey | None = None,
    salt: bytes | None = None,
) -> Engine:
    """An engine whose SQLite connections follow our rules (foreign keys, WAL, busy timeout).

    ``key``: the file is encrypted; its connections come from SQLCipher, keyed before
    anything else runs on them (``salt``: the salt of a file still to be written, so that
    every connection of the pool agrees on it).
    """
    if key is not None:
        path = Path(make_url(url).database or "")
        module = driver.cipher_module(path)

        def keyed() -> sqlite3.Connection:
            return driver.connect(path, key, salt=salt, check_same_thread=False)

        engine = create_engine(url, module=module, creator=keyed)
    else:
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
    """An open database: its engine, a factory of sessions, and what the user should know.

    ``warnings``: sentences for the user (a network share, a stale lock taken over, a daily
    backup that could not be written); the database works, but the UI should show them.
    """

    engine: Engine
    path: Path | None = None
    warnings: list[str] = field(default_factory=list)
    backup_folder: Path | None = None
    lock: DatabaseLock | None = field(default=None, repr=False)
    key: DatabaseKey | None = field(default=None, repr=False)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

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
        """Close every connection, then let go of the lock (safe to call twice)."""
        try:
            self.engine.dispose()
        finally:
            if self.lock is not None:
                self.lock.release()


def _key_to_open(path: Path, key: DatabaseKey | None) -> DatabaseKey | None:
    """The key the file needs (none for a plain one); a clear refusal for what is not ours."""
    try:
        kind = driver.file_kind(path)
    except OSError as exc:
        raise StorageError(
            say("cannot read {path}: {reason}", path=path, reason=exc.strerror)
        ) from exc
    if kind is FileKind.PLAIN:
        return None
    if kind is FileKind.ENCRYPTED:
        if not driver.cipher_available():
            raise EncryptionUnavailable(path)
        if key is None:
            raise KeyRequired(path)
        return key
    if kind is FileKind.OTHER:
        raise StorageError(
            say("{path} is not a database of this program (not an SQLite file)", path=path)
        )
    return key  # a new file: encrypted if a key is given


def backup_dir_for(path: Path) -> Path:
    """The default backup folder of a database: ``<user data dir>/backups/<stem>``."""
    return backups.default_backup_folder(Path(path))


def open_database(
    path: Path,
    *,
    create: bool = True,
    upgrade: bool = True,
    backup_dir: Path | None = None,
    lock: bool = True,
    force: bool = False,
    daily_backup: bool = True,
    program: str | None = None,
    key: DatabaseKey | None = None,
) -> Database:
    """Open (or create) a database file and bring its schema to the current version.

    An older schema is upgraded after a backup copy of the file is taken; a schema written by
    a newer version of the program is refused, so an old program never damages new data.
    ``lock``: take the file's lock (refused while it is open elsewhere; ``force`` takes over
    a lock left on another computer). ``backup_dir``: where backups go (default: the
    ``backup.folder`` setting, else ``backup_dir_for(path)``). ``daily_backup``: copy the
    file at the first open of each calendar day (local time).
    Raises ``DamagedDatabase`` (a ``StorageError``) for a file failing ``quick_check``.
    ``key``: the key of an encrypted file (``KeyRequired`` without it, ``WrongKey`` for
    another); a plain file does not use it, a new file is created encrypted with it.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise StorageError(say("no database at {path}", path=path))
    key = _key_to_open(path, key)
    if key is not None and not exists:
        driver.cipher_module(path)  # no SQLCipher: say so before creating anything
    if not exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                say(
                    "cannot create the folder {folder}: {reason}",
                    folder=path.parent,
                    reason=exc.strerror,
                )
            ) from exc

    warnings: list[str] = []
    if share := network_share_warning(path):
        log.warning("%s", share)
        warnings.append(share)
    held = acquire_lock(path, force=force, program=program) if lock else None
    if held is not None and held.note:
        warnings.append(held.note)
    try:
        salt = None
        if exists:
            setting = _quick_check(path, backup_dir, key)
        else:
            _create_private(path)
            setting = None
            salt = driver.new_salt() if key is not None else None
        folder = backups.resolve_backup_folder(path, backup_dir, setting)
        engine, backed_up = _open_engine(path, folder, upgrade=upgrade, key=key, salt=salt)
    except BaseException:
        if held is not None:
            held.release()
        raise
    if exists and daily_backup and not backed_up:
        warnings += _daily_backup(path, folder, key)
    return Database(
        engine=engine, path=path, warnings=warnings, backup_folder=folder, lock=held, key=key
    )


def _create_private(path: Path) -> None:
    try:
        backups.create_private_file(path)
    except OSError as exc:
        raise StorageError(
            say("cannot create {path}: {reason}", path=path, reason=exc.strerror)
        ) from exc


def _quick_check(path: Path, backup_dir: Path | None, key: DatabaseKey | None) -> str | None:
    """Run ``quick_check`` before anything writes; return the backup folder setting.

    For an encrypted file this is also where a wrong key is found (``WrongKey``).
    """
    problems: list[str] = []
    setting = None
    try:
        connection = backups.connect_live(path, key)
        try:
            problems = backups.check(connection, full=False)
            setting = backups.read_folder_setting(connection)
        finally:
            connection.close()
    except WrongKey:
        _damaged_first_page(path, backup_dir, key)
        raise
    except driver.database_errors() as exc:
        if not backups.is_damage(exc):
            raise StorageError(
                say("cannot open {path}: {reason}", path=path, reason=str(exc))
            ) from exc
        problems = [str(exc)]
    if problems:
        folder = backups.resolve_backup_folder(path, backup_dir, setting)
        latest = backups.latest_good_backup(folder, path.stem, key)
        log.error("%s failed its integrity check (%d problems)", path, len(problems))
        raise DamagedDatabase(path, problems, latest, folder)
    return setting


def _damaged_first_page(path: Path, backup_dir: Path | None, key: DatabaseKey | None) -> None:
    """Raise ``DamagedDatabase`` if the key is right after all: a backup with the file's salt
    (its copies share it) opens with it, so the file's first page is what fails."""
    folder = backups.resolve_backup_folder(path, backup_dir, None)  # the setting is unreadable
    latest = backups.latest_good_backup(folder, path.stem, key)
    try:
        same_salt = latest is not None and driver.salt_of(latest) == driver.salt_of(path)
    except OSError:
        same_salt = False
    if same_salt:
        log.error("%s: its first page does not open with the key of its backups", path)
        problems: list[str] = [
            say("its first page cannot be read with the key that opens its backups")
        ]
        raise DamagedDatabase(path, problems, latest, folder)


def _open_engine(
    path: Path,
    folder: Path,
    *,
    upgrade: bool,
    key: DatabaseKey | None = None,
    salt: bytes | None = None,
) -> tuple[Engine, bool]:
    """The engine of a checked file, upgraded if needed; and whether a backup was taken."""
    url = sqlite_url(path)
    engine = make_engine(url, key=key, salt=salt)
    try:
        with engine.connect() as connection:
            revision = migrations.current_revision(connection)
            has_tables = bool(inspect(connection).get_table_names())
    except Exception as exc:  # a damaged or locked file must give a sentence, not a traceback
        engine.dispose()
        reason = getattr(exc, "orig", None) or exc  # the driver's words, not SQLAlchemy's
        raise StorageError(
            say("cannot open {path}: {reason}", path=path, reason=str(reason))
        ) from exc

    head = migrations.head_revision()
    backed_up = False
    try:
        if revision is None and has_tables:
            raise StorageError(
                say("{path} holds tables but is not a database of this program", path=path)
            )
        if revision is not None and not migrations.is_known(revision):
            raise StorageError(
                say(
                    "{path} was written by a newer version of the program (schema {revision}); "
                    "install that version to open it",
                    path=path,
                    revision=revision,
                )
            )
        if revision != head:
            if not upgrade:
                raise StorageError(
                    say(
                        "{path} needs an upgrade from schema {revision} to {head}",
                        path=path,
                        revision=revision,
                        head=head,
                    )
                )
            if revision is not None:
                backups.take_backup(path, folder, f"{backups.BEFORE_MIGRATION}-{revision}", key=key)
                backed_up = True
                _rotate(path, folder)
            migrate_engine = make_engine(url, foreign_keys=False, key=key, salt=salt)
            try:
                migrations.upgrade(migrate_engine, head)
            finally:
                migrate_engine.dispose()
    except BaseException:
        engine.dispose()
        raise
    return engine, backed_up


def _daily_backup(path: Path, folder: Path, key: DatabaseKey | None = None) -> list[str]:
    """The first open of a calendar day keeps a copy; a failure is a warning, not a refusal."""
    if backups.has_backup_on(folder, path.stem, datetime.now().date(), backups.DAILY):
        return []
    try:
        backups.take_backup(path, folder, backups.DAILY, key=key)
    except StorageError as exc:
        log.warning("daily backup failed: %s", exc)
        return [say("no backup could be made today: {reason}", reason=_reason(exc))]
    return _rotate(path, folder)


def _reason(exc: BaseException) -> str:
    """The sentence of a core error, kept a ``Said`` so that it is said again in French."""
    if len(exc.args) == 1 and isinstance(exc.args[0], str):
        return exc.args[0]
    return str(exc)


def _rotate(path: Path, folder: Path) -> list[str]:
    try:
        backups.rotate(folder, path.stem)
    except OSError as exc:
        return [
            say(
                "old backups in {folder} could not be cleaned up: {reason}",
                folder=folder,
                reason=exc.strerror,
            )
        ]
    return []


def backup_before(db: Database, reason: str) -> Path:
    """A backup of an open database before an operation (``backup_before(db, "import")``).

    Named ``before-<reason>`` in the database's backup folder; raises ``StorageError`` when
    it cannot be written, so the caller does not go ahead without it.
    """
    if db.path is None:
        raise StorageError(say("this database is not a file: there is nothing to back up"))
    folder = db.backup_folder or backups.backup_folder_of(db.path, key=db.key)
    target = backups.take_backup(db.path, folder, backups.before(reason), key=db.key)
    _rotate(db.path, folder)
    return target


def integrity_check(path: Path, key: DatabaseKey | None = None) -> list[str]:
    """The full ``PRAGMA integrity_check`` of a database file, on demand; empty when healthy.

    Safe while the file is open elsewhere (it reads what others committed, writes nothing).
    An encrypted file needs its ``key``; its check also verifies every page's HMAC.
    """
    return backups.file_problems(Path(path), full=True, frozen=False, key=key)


def integrity_problems(db: Database) -> list[str]:
    """What ``PRAGMA quick_check`` and ``foreign_key_check`` report; empty when healthy."""
    with db.engine.connect() as connection:
        rows = [r[0] for r in connection.execute(text("PRAGMA quick_check"))]
        problems = [r for r in rows if r != "ok"]
        problems += [
            say(
                "row {row} of {table} points to a missing {parent}",
                row=r[1],
                table=r[0],
                parent=r[2],
            )
            for r in connection.execute(text("PRAGMA foreign_key_check"))
        ]
    return problems
