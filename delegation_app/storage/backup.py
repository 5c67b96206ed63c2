"""Backups of a database file: copies, names, rotation, previews and restore.

Copies use the SQLite online backup API, so they are consistent while the program runs; each
is written under a temporary name, checked, and moved into place, so a crash or a full disk
never leaves a half-written file under a backup's name. A backup is named
``<stem>-<YYYYMMDD>-<HHMMSS>-<reason>.delegation`` in local time (``daily``, ``manual``,
``before-migration-0002``, ``before-import``, ``before-restore``...), which is all rotation
needs to know about it. Backups are plain SQLite files in rollback-journal mode, so they can
be read without creating anything beside them.

A backup of an encrypted database is encrypted with the same key (and the same salt, so the
same passphrase opens it): the online backup API copies the encrypted pages through SQLCipher,
which refuses to write them into a plain file, so no plaintext copy is ever written. Every
function here takes the database's ``key`` (``sqlite_driver.DatabaseKey``), which plain files
ignore.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from delegation_app import paths
from delegation_app.errors import StorageError
from delegation_app.messages import say
from delegation_app.storage import migrations
from delegation_app.storage import sqlite_driver as driver
from delegation_app.storage.lock import acquire_lock
from delegation_app.storage.sqlite_driver import (
    SQLITE_HEADER,
    DatabaseKey,
    FileKind,
    KeyRequired,
    WrongKey,
    file_kind,
    has_sqlite_header,
    key_for,
)

# Backups carry the program's own extension, which the installers register so that a double
# click opens one; copies made by earlier versions (".sqlite") are still listed and rotated.
SUFFIX = ".delegation"
SUFFIXES = (SUFFIX, ".sqlite")
FOLDER_SETTING = "backup.folder"  # app_setting key: the folder chosen in the preferences
BUSY_TIMEOUT_MS = 5000

DAILY = "daily"
MANUAL = "manual"
BEFORE_MIGRATION = "before-migration"
BEFORE_IMPORT = "before-import"
BEFORE_RESTORE = "before-restore"

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<date>\d{8})-(?P<time>\d{6})(?:_(?P<n>\d+))?-(?P<reason>[a-z][a-z0-9-]*)"
    + "(?:"
    + "|".join(re.escape(suffix) for suffix in SUFFIXES)
    + ")$"
)


# --- files and connections ------------------------------------------------------------------


def make_private(path: Path) -> None:
    """Readable by the user only, whatever the umask (POSIX; Windows keeps the folder's ACL)."""
    if os.name == "posix":
        os.chmod(path, 0o600)


def create_private_file(path: Path) -> None:
    """An empty file with mode 0600 (truncating any), before SQLite writes into it."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    make_private(path)


def _make_folder(folder: Path) -> None:
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some filesystems refuse fsync on a folder; the data itself is synced
        pass
    finally:
        os.close(fd)


def sidecars(path: Path) -> list[Path]:
    """The files SQLite keeps beside a database: WAL, shared memory, rollback journal."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


__all__ = ["SQLITE_HEADER", "DatabaseKey", "has_sqlite_header"]


def _readable(path: Path, key: DatabaseKey | None) -> DatabaseKey | None:
    """The key to read ``path`` with; ``KeyRequired`` for an encrypted file and no key."""
    effective = key_for(path, key)
    if effective is None and driver.is_encrypted(path):
        raise KeyRequired(Path(path))
    return effective


def connect_frozen(path: Path, key: DatabaseKey | None = None) -> sqlite3.Connection:
    """Read a file nobody writes (a backup): read-only and immutable, nothing created beside."""
    return driver.connect(path, _readable(path, key), immutable=True)


def connect_live(path: Path, key: DatabaseKey | None = None) -> sqlite3.Connection:
    """A connection to a database others may be using (sees their committed WAL)."""
    return driver.connect(path, _readable(path, key))


def is_damage(exc: BaseException) -> bool:
    """Whether the driver says the file is damaged (rather than busy, locked, unreadable)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def check(connection: sqlite3.Connection, *, full: bool, cipher: bool = False) -> list[str]:
    """What ``PRAGMA quick_check`` (or the full ``integrity_check``) finds; empty when healthy.

    ``cipher``: an encrypted file's full check also verifies the HMAC of every page
    (``cipher_integrity_check``), free pages included.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
        problems = [row for row in rows if row != "ok"]
        if full and cipher:
            problems += [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
    except driver.database_errors() as exc:
        if is_damage(exc):
            return [str(exc)]
        raise
    return problems


def read_revision(connection: sqlite3.Connection) -> str | None:
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not found:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def read_folder_setting(connection: sqlite3.Connection) -> str | None:
    """The backup folder chosen in the preferences (the ``app_setting`` table), if any."""
    try:
        row = connection.execute(
            "SELECT value FROM app_setting WHERE key = ?", (FOLDER_SETTING,)
        ).fetchone()
    except driver.errors():  # an older schema without the table, or an unreadable file
        return None
    return (str(row[0]).strip() or None) if row else None


def default_backup_folder(db_path: Path) -> Path:
    """``<user data dir>/backups/<database stem>``."""
    return paths.user_data_dir() / "backups" / Path(db_path).stem


def resolve_backup_folder(
    db_path: Path, override: Path | None = None, setting: str | None = None
) -> Path:
    """The parameter first, then the preference stored in the database, then the default."""
    if override is not None:
        return Path(override)
    if setting:
        folder = Path(setting).expanduser()
        return folder if folder.is_absolute() else Path(db_path).parent / folder
    return default_backup_folder(db_path)


def backup_folder_of(
    db_path: Path, override: Path | None = None, key: DatabaseKey | None = None
) -> Path:
    """The backup folder of a database file, reading its preference if the file allows.

    An encrypted file without its key (or with another) has its folder setting unread.
    """
    if override is not None:
        return Path(override)
    setting = None
    db_path = Path(db_path)
    if has_sqlite_header(db_path) or (key is not None and driver.is_encrypted(db_path)):
        try:
            connection = connect_live(db_path, key)
            try:
                setting = read_folder_setting(connection)
            finally:
                connection.close()
        except driver.errors(StorageError):
            setting = None
    return resolve_backup_folder(db_path, None, setting)


# --- copies ---------------------------------------------------------------------------------


def backup_sqlite(source: Path, target: Path, key: DatabaseKey | None = None) -> Path:
    """Copy ``source`` to ``target`` while other connections may be using it.

    The copy is written beside the target under a temporary name, made private (0600),
    switched to rollback-journal mode, checked with ``quick_check``, then moved into place.
    An encrypted source gives a copy encrypted with the same key and salt.
    """
    source, target = Path(source), Path(target)
    partial = target.with_name(target.name + ".partial")
    source_key = _readable(source, key)
    try:
        _make_folder(target.parent)
        create_private_file(partial)
        src = driver.connect(source, source_key, read_only=True)
        try:
            salt = driver.salt_of(source) if source_key is not None else None
            dst = driver.connect(partial, source_key, salt=salt)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        checked = connect_frozen(partial, source_key)
        try:
            problems = check(checked, full=False)
        finally:
            checked.close()
        if problems:
            raise StorageError(
                say(
                    "cannot back up {source}: the copy is damaged ({problem})",
                    source=source,
                    problem=problems[0],
                )
            )
        os.replace(partial, target)
        _fsync_folder(target.parent)
    except driver.errors(OSError) as exc:
        _remove(partial)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StorageError(
            say(
                "cannot back up {source} to {target}: {reason}",
                source=source,
                target=target,
                reason=reason,
            )
        ) from exc
    except BaseException:
        _remove(partial)
        raise
    return target


def _remove(partial: Path) -> None:
    for path in (partial, *sidecars(partial)):
        with contextlib.suppress(OSError):
            path.unlink()


def reason_slug(text: str) -> str:
    """A reason as it can stand in a file name: ``Import roster.xlsx`` -> ``import-roster-xlsx``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")
    if not slug or not slug[0].isalpha():
        slug = f"r-{slug}".rstrip("-") if slug else MANUAL
    return slug


def before(reason: str) -> str:
    """The reason of a copy taken before something: ``import`` -> ``before-import``."""
    slug = reason_slug(reason)
    return slug if slug.startswith("before-") else f"before-{slug}"


@dataclass(frozen=True)
class BackupName:
    stem: str
    taken: datetime  # local wall time
    reason: str


def parse_backup_name(name: str) -> BackupName | None:
    """What a backup's file name says; None for a file not named by this program."""
    match = _NAME.match(name)
    if not match:
        return None
    try:
        taken = datetime.strptime(match["date"] + match["time"], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return BackupName(match["stem"], taken, match["reason"])


def backup_file_name(stem: str, taken: datetime, reason: str, number: int = 0) -> str:
    suffix = f"_{number}" if number else ""
    return f"{stem}-{taken:%Y%m%d-%H%M%S}{suffix}-{reason_slug(reason)}{SUFFIX}"


def take_backup(
    db_path: Path,
    folder: Path,
    reason: str,
    *,
    now: datetime | None = None,
    key: DatabaseKey | None = None,
) -> Path:
    """A backup of ``db_path`` in ``folder``, named with the local time and the reason."""
    db_path = Path(db_path)
    taken = (now or datetime.now()).replace(microsecond=0)
    number = 0
    while (target := Path(folder) / backup_file_name(db_path.stem, taken, reason, number)).exists():
        number += 1
    return backup_sqlite(db_path, target, key)


def backup_database(
    db_path: Path,
    *,
    to: Path | None = None,
    folder: Path | None = None,
    reason: str = MANUAL,
    overwrite: bool = False,
    key: DatabaseKey | None = None,
) -> Path:
    """A backup now, while the database may be open elsewhere (no lock needed).

    ``to``: the file chosen by the user; else a file named by time and reason in ``folder``
    (default: the database's backup folder). An encrypted database needs its ``key``; its
    copy is encrypted with it.
    """
    db_path = Path(db_path)
    if not db_path.exists():
        raise StorageError(say("no database at {path}", path=db_path))
    kind = file_kind(db_path)
    if kind is not FileKind.PLAIN and kind is not FileKind.ENCRYPTED:
        raise StorageError(
            say("{path} is not a database of this program (not an SQLite file)", path=db_path)
        )
    if to is not None:
        to = Path(to)
        if to.resolve() == db_path.resolve():
            raise StorageError(say("{file} is the database itself; choose another file", file=to))
        if to.exists() and not overwrite:
            raise StorageError(say("{file} already exists; choose another name", file=to))
        return backup_sqlite(db_path, to, key)
    target_folder = backup_folder_of(db_path, folder, key)
    target = take_backup(db_path, target_folder, reason, key=key)
    rotate(target_folder, db_path.stem)
    return target


# --- rotation -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionPolicy:
    """How many backups rotation keeps.

    Every copy of the last ``recent_hours`` (so a copy before an import is not deleted by the
    next import of the same day); then the newest backup of each of the last ``daily`` days
    that have one, of the last ``weekly`` ISO weeks and of the last ``monthly`` months; copies
    taken before a migration or a restore for ``protected_days``; manual copies always; and
    always the newest of all.
    """

    recent_hours: int = 48
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    protected_days: int = 90
    protected_reasons: tuple[str, ...] = (BEFORE_MIGRATION, BEFORE_RESTORE)
    kept_reasons: tuple[str, ...] = (MANUAL,)


def _is(reason: str, kinds: tuple[str, ...]) -> bool:
    return any(reason == kind or reason.startswith(kind + "-") for kind in kinds)


def _day(taken: datetime) -> date:
    return taken.date()


def _week(taken: datetime) -> tuple[int, int]:
    year, week, _ = taken.isocalendar()
    return year, week


def _month(taken: datetime) -> tuple[int, int]:
    return taken.year, taken.month


def backups_to_delete(
    backups: Iterable[tuple[Path, datetime]],
    now: datetime,
    policy: RetentionPolicy = RetentionPolicy(),
) -> set[Path]:
    """Which backups rotation deletes: a pure decision on (path, time taken) pairs.

    Only files named by this program can be deleted (the reason is read from the name); a
    file named otherwise is counted but always kept.
    """
    ordered = sorted(backups, key=lambda entry: (entry[1], entry[0].name), reverse=True)
    if not ordered:
        return set()
    keep: set[Path] = {ordered[0][0]}
    buckets = ((_day, policy.daily), (_week, policy.weekly), (_month, policy.monthly))
    for bucket_of, count in buckets:
        seen: set[object] = set()
        for path, taken in ordered:  # newest first: the first of a bucket is its newest
            bucket = bucket_of(taken)
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(bucket)
            keep.add(path)
    protected_since = now - timedelta(days=policy.protected_days)
    recent_since = now - timedelta(hours=policy.recent_hours)
    doomed = set()
    for path, taken in ordered:
        if path in keep or taken >= recent_since:
            continue
        name = parse_backup_name(path.name)
        if name is None or _is(name.reason, policy.kept_reasons):
            continue
        if _is(name.reason, policy.protected_reasons) and taken >= protected_since:
            continue
        doomed.add(path)
    return doomed


def _entries(folder: Path, stem: str | None) -> list[tuple[Path, BackupName]]:
    try:
        files = [p for suffix in SUFFIXES for p in Path(folder).glob("*" + suffix)]
    except OSError:
        return []
    found = []
    for path in files:
        name = parse_backup_name(path.name)
        if name is not None and (stem is None or name.stem == stem) and path.is_file():
            found.append((path, name))
    return found


def rotate(
    folder: Path,
    stem: str,
    *,
    now: datetime | None = None,
    policy: RetentionPolicy = RetentionPolicy(),
) -> list[Path]:
    """Delete the backups of database ``stem`` in ``folder`` that the policy lets go."""
    entries = [(path, name.taken) for path, name in _entries(folder, stem)]
    deleted = []
    for path in sorted(backups_to_delete(entries, now or datetime.now(), policy)):
        with contextlib.suppress(OSError):
            path.unlink()
            deleted.append(path)
            for sidecar in sidecars(path):  # the WAL kept with a raw copy of a damaged file
                sidecar.unlink(missing_ok=True)
    return deleted


def has_backup_on(folder: Path, stem: str, day: date, reason: str = DAILY) -> bool:
    return any(
        name.taken.date() == day and _is(name.reason, (reason,))
        for _, name in _entries(folder, stem)
    )


# --- previews -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MissionSummary:
    short: str
    title: str
    start_date: str
    delegates: int


@dataclass(frozen=True)
class BackupInfo:
    """A backup as the restore dialog and ``backup list`` show it."""

    path: Path
    taken: datetime
    reason: str | None
    size: int
    revision: str | None = None
    missions: tuple[MissionSummary, ...] = field(default_factory=tuple)
    problem: str | None = None  # why it cannot be read (damaged, not a database...)
    encrypted: bool = False

    @property
    def newer_than_program(self) -> bool:
        return self.revision is not None and not migrations.is_known(self.revision)

    @property
    def delegates(self) -> int:
        return sum(m.delegates for m in self.missions)


def _missions(connection: sqlite3.Connection) -> tuple[MissionSummary, ...]:
    rows = connection.execute(
        "SELECT m.short, m.title_fr, m.start_date,"
        " (SELECT count(*) FROM participant p WHERE p.mission_id = m.id)"
        " FROM mission m ORDER BY m.start_date DESC, m.id"
    ).fetchall()
    return tuple(MissionSummary(str(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows)


ENCRYPTED_NO_KEY = say("encrypted: its key is needed")
ENCRYPTED_OTHER_KEY = say("encrypted with another key")


def preview_backup(path: Path, key: DatabaseKey | None = None) -> BackupInfo:
    """What a backup holds, read without changing it or creating anything beside it.

    An encrypted backup is read with ``key``; without it (or with another key) its problem
    says so.
    """
    path = Path(path)
    name = parse_backup_name(path.name)
    stat = path.stat()
    taken = name.taken if name else datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
    info = BackupInfo(
        path=path, taken=taken, reason=name.reason if name else None, size=stat.st_size
    )
    try:
        kind = file_kind(path)
    except OSError as exc:
        return replace(
            info, problem=say("cannot be read: {reason}", reason=exc.strerror or str(exc))
        )
    if kind is FileKind.ENCRYPTED:
        info = replace(info, encrypted=True)
        if key is None:
            return replace(info, problem=ENCRYPTED_NO_KEY)
    elif kind is not FileKind.PLAIN:
        return replace(info, problem=say("not an SQLite file"))
    wal = sidecars(path)[0]
    if wal.exists() and wal.stat().st_size > 0:
        # Read-only, the WAL would be ignored (immutable) or need files created beside it.
        return replace(info, problem=say("has changes not merged into it ({wal})", wal=wal.name))
    try:
        connection = connect_frozen(path, key)
        try:
            revision = read_revision(connection)
            if revision is None:
                return replace(info, problem=say("not a database of this program"))
            if not migrations.is_known(revision):
                return replace(info, revision=revision, problem=say("written by a newer version"))
            return replace(info, revision=revision, missions=_missions(connection))
        finally:
            connection.close()
    except WrongKey:
        return replace(info, problem=ENCRYPTED_OTHER_KEY)
    except driver.errors() as exc:
        return replace(info, problem=say("cannot be read: {reason}", reason=str(exc)))


def list_backups(
    folder: Path, stem: str | None = None, key: DatabaseKey | None = None
) -> list[BackupInfo]:
    """The backups in ``folder`` (of database ``stem``, or all), newest first, with previews.

    Files not named by this program are listed too (a copy the user put there), dated by
    their modification time; nothing is changed in the folder.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return []
    infos: list[tuple[int, BackupInfo]] = []
    for path in (p for suffix in SUFFIXES for p in folder.glob("*" + suffix)):
        if not path.is_file():
            continue
        name = parse_backup_name(path.name)
        if stem is not None and (name is None or name.stem != stem):
            continue
        with contextlib.suppress(OSError):
            infos.append((path.stat().st_mtime_ns, preview_backup(path, key)))
    # Copies taken in the same second: the one written last first.
    infos.sort(key=lambda item: (item[1].taken, item[0]), reverse=True)
    return [info for _, info in infos]


def file_problems(
    path: Path, *, full: bool = True, frozen: bool = True, key: DatabaseKey | None = None
) -> list[str]:
    """Integrity problems of a database file; empty when healthy.

    An encrypted file needs its ``key`` (``KeyRequired``, ``WrongKey`` otherwise); its full
    check verifies every page's HMAC too.
    """
    path = Path(path)
    try:
        kind = file_kind(path)
    except OSError as exc:
        raise StorageError(
            say("cannot check {path}: {reason}", path=path, reason=exc.strerror or str(exc))
        ) from exc
    if kind is not FileKind.PLAIN and kind is not FileKind.ENCRYPTED:
        return [say("not an SQLite file")]
    try:
        connection = connect_frozen(path, key) if frozen else connect_live(path, key)
        try:
            return check(connection, full=full, cipher=kind is FileKind.ENCRYPTED)
        finally:
            connection.close()
    except driver.database_errors() as exc:
        if is_damage(exc):
            return [str(exc)]
        raise StorageError(
            say("cannot check {path}: {reason}", path=path, reason=str(exc))
        ) from exc


def latest_good_backup(folder: Path, stem: str, key: DatabaseKey | None = None) -> Path | None:
    """The newest backup of ``stem`` in ``folder`` that passes ``quick_check`` and fits.

    Encrypted backups count when ``key`` opens them.
    """
    entries = sorted(
        _entries(folder, stem), key=lambda entry: (entry[1].taken, entry[0].name), reverse=True
    )
    for path, _ in entries:
        try:
            connection = connect_frozen(path, key)
            try:
                revision = read_revision(connection)
                if revision is None or not migrations.is_known(revision):
                    continue
                if not check(connection, full=False):
                    return path
            finally:
                connection.close()
        except driver.errors(KeyRequired, WrongKey):
            continue
    return None


# --- restore --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    target: Path
    restored_from: Path
    kept_copy: Path | None  # the file as it was before the restore ("before-restore")


def verify_backup(backup: Path, key: DatabaseKey | None = None) -> BackupInfo:
    """The backup's preview once it passed the full integrity check and fits this program."""
    backup = Path(backup)
    if not backup.is_file():
        raise StorageError(say("no backup at {backup}", backup=backup))
    info = preview_backup(backup, key)
    if info.problem == ENCRYPTED_NO_KEY:
        raise KeyRequired(backup)
    if info.problem == ENCRYPTED_OTHER_KEY:
        raise WrongKey(backup)
    if info.newer_than_program:
        raise StorageError(
            say(
                "{name} was written by a newer version of the program (schema {revision}); "
                "install that version to restore it",
                name=backup.name,
                revision=info.revision,
            )
        )
    if info.problem:
        raise StorageError(
            say("{name} cannot be restored: {problem}", name=backup.name, problem=info.problem)
        )
    problems = file_problems(backup, full=True, key=key)
    if problems:
        raise StorageError(
            say(
                "{name} is damaged ({problem}); choose another backup",
                name=backup.name,
                problem=problems[0],
            )
        )
    return info


def _keep_current(
    target: Path, folder: Path, now: datetime | None, key: DatabaseKey | None
) -> Path:
    """A copy of the file about to be replaced; a raw copy if SQLite cannot read it.

    A raw copy of an encrypted file stays encrypted: its bytes are kept as they are.
    """
    try:
        return take_backup(target, folder, BEFORE_RESTORE, now=now, key=key)
    except StorageError:
        if file_kind(target) not in (FileKind.PLAIN, FileKind.ENCRYPTED):
            raise
    # A damaged file: keep its bytes (and its WAL, whose commits SQLite would replay).
    taken = (now or datetime.now()).replace(microsecond=0)
    copy = folder / backup_file_name(target.stem, taken, BEFORE_RESTORE + "-damaged")
    wal, copy_wal = sidecars(target)[0], sidecars(copy)[0]
    try:
        _make_folder(folder)
        for source, dest in ((target, copy), (wal, copy_wal)):
            if source.exists():
                shutil.copyfile(source, dest)
                make_private(dest)
    except OSError as exc:
        raise StorageError(
            say(
                "cannot keep a copy of {target} before restoring: {reason}",
                target=target,
                reason=str(exc),
            )
        ) from exc
    return copy


def restore(
    backup: Path,
    target: Path,
    *,
    backup_dir: Path | None = None,
    force: bool = False,
    now: datetime | None = None,
    key: DatabaseKey | None = None,
) -> RestoreResult:
    """Replace ``target`` by ``backup``, keeping a copy of the current file first.

    The backup must pass ``integrity_check`` and not come from a newer program; the target
    must not be open elsewhere (its lock is taken for the duration). The file is replaced
    atomically (temporary file beside it, fsync, rename); stale WAL and journal files go.
    ``key`` opens an encrypted backup and an encrypted target. A plain backup restored onto
    an encrypted database is encrypted with ``key`` on the way (``sqlcipher_export``), so the
    data never lands in clear where it was encrypted; an encrypted target needs the key.
    """
    backup, target = Path(backup), Path(target)
    if target.exists() and backup.resolve() == target.resolve():
        raise StorageError(say("{file} is the database itself; choose a backup", file=backup))
    verify_backup(backup, key)
    target_encrypted = driver.is_encrypted(target)
    if target_encrypted and key is None:
        raise KeyRequired(target)
    encrypt_on_the_way = target_encrypted and has_sqlite_header(backup)
    folder = backup_folder_of(target, backup_dir, key)
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = acquire_lock(target, force=force)
    temporary = target.with_name(target.name + ".restoring")
    kept = None
    try:
        if target.exists() and target.stat().st_size > 0:
            kept = _keep_current(target, folder, now, key)
        create_private_file(temporary)
        if encrypt_on_the_way:
            assert key is not None
            driver.export_copy(backup, None, temporary, key)
            _fsync(temporary)
        else:
            with backup.open("rb") as source, temporary.open("r+b") as copy:
                shutil.copyfileobj(source, copy, 1 << 20)
                copy.flush()
                os.fsync(copy.fileno())
        problems = file_problems(temporary, full=False, key=key_for(temporary, key))
        if problems:
            raise StorageError(
                say(
                    "the copy of {name} is damaged ({problem})",
                    name=backup.name,
                    problem=problems[0],
                )
            )
        # Old WAL frames or a hot journal would be replayed onto the restored file.
        for stale in sidecars(target):
            stale.unlink(missing_ok=True)
        os.replace(temporary, target)
        _fsync_folder(target.parent)
    except driver.errors(OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StorageError(
            say("cannot restore {target}: {reason}", target=target, reason=reason)
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
        lock.release()
    return RestoreResult(target=target, restored_from=backup, kept_copy=kept)
