"""Turning a database file encrypted, plain again, or onto a new key.

Each change writes a whole new file with ``sqlcipher_export`` beside the database, checks it
(``quick_check`` and every table's row count against the original), fsyncs it and moves it
over the database with ``os.replace``: a crash at any moment leaves either the old file or the
new one, never a mix. The database's lock is held throughout (not while open elsewhere).
A backup with the new key is taken at once, so the backup folder always holds a copy that
the new key opens.

What this does not change, and says (``ConversionResult.left_behind``): the backups taken
before keep the state they were taken in. After ``encrypt`` the earlier backups are plain
files holding the data in clear; after ``rekey`` they open with the old key only. Both can be
deleted with ``purge``: they are unlinked, which frees their blocks without wiping them (a
disk-encrypted laptop covers that; an SSD may keep them until it reuses the blocks).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from delegation_app.errors import StorageError
from delegation_app.messages import say
from delegation_app.storage import backup as backups
from delegation_app.storage import sqlite_driver as driver
from delegation_app.storage.lock import acquire_lock
from delegation_app.storage.sqlite_driver import DatabaseKey, FileKind

ENCRYPTED = "encrypted"
DECRYPTED = "decrypted"
REKEYED = "rekeyed"
TEMPORARY_SUFFIX = ".converting"
# What _needs is asked for (the action refused when the file is already in the wanted state).
ENCRYPT = "encrypt"
DECRYPT = "decrypt"
REKEY = "rekey"


@dataclass(frozen=True)
class ConversionResult:
    path: Path
    backup: Path  # the copy taken right after, in the new state
    left_behind: tuple[Path, ...]  # earlier backups the change does not cover (see module)
    purged: tuple[Path, ...]


def _row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    tables = [
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        table: int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        for table in tables
    }


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _convert(
    path: Path,
    source_key: DatabaseKey | None,
    target_key: DatabaseKey | None,
    reason: str,
    backup_dir: Path | None,
    *,
    force: bool = False,
) -> tuple[Path, Path]:
    """Replace ``path`` by a copy of itself under ``target_key``; the backup folder, and the
    copy taken after."""
    driver.cipher_module(path)  # SQLCipher does the export: say so first if it is missing
    lock = acquire_lock(path, force=force)
    temporary = path.with_name(path.name + TEMPORARY_SUFFIX)
    try:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()  # left by a crash during an earlier conversion
        source = driver.connect(path, source_key)
        try:
            problems = backups.check(source, full=False)
            if problems:
                raise StorageError(
                    say(
                        "{path} is damaged ({problem}): restore a backup before changing "
                        "its encryption",
                        path=path,
                        problem=problems[0],
                    )
                )
            # Everything in the main file, so that the old WAL can go with the old file.
            source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            expected = _row_counts(source)
            folder = backups.resolve_backup_folder(
                path, backup_dir, backups.read_folder_setting(source)
            )
        finally:
            source.close()
        backups.create_private_file(temporary)
        driver.export_copy(path, source_key, temporary, target_key)
        written = driver.connect(temporary, target_key, immutable=True)
        try:
            problems = backups.check(written, full=False)
            counted = _row_counts(written)
        finally:
            written.close()
        if problems or counted != expected:
            what = problems[0] if problems else say("the row counts differ")
            raise StorageError(
                say(
                    "the new copy of {path} is not right ({what}); nothing changed",
                    path=path,
                    what=what,
                )
            )
        _fsync(temporary)
        for stale in backups.sidecars(path):  # checkpointed above: nothing in them is lost
            stale.unlink(missing_ok=True)
        os.replace(temporary, path)
        backups._fsync_folder(path.parent)
    except driver.errors(OSError) as exc:
        reason_text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StorageError(
            say("cannot change the encryption of {path}: {reason}", path=path, reason=reason_text)
        ) from exc
    finally:
        for leftover in (temporary, *backups.sidecars(temporary)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        lock.release()
    taken = backups.take_backup(path, folder, reason, key=target_key)
    with contextlib.suppress(OSError):
        backups.rotate(folder, path.stem)
    return folder, taken


def _left_behind(folder: Path, stem: str, opens: DatabaseKey | None) -> tuple[Path, ...]:
    """This database's backups in ``folder`` that are plain (``opens`` None: the encrypted
    ones) or that ``opens`` does not open."""
    found = []
    for info in backups.list_backups(folder, stem, opens):
        if opens is None:
            if info.encrypted:
                found.append(info.path)
        elif not info.encrypted or info.problem == backups.ENCRYPTED_OTHER_KEY:
            found.append(info.path)
    return tuple(sorted(found))


def purge(paths: tuple[Path, ...]) -> tuple[Path, ...]:
    """Delete these backups (and the WAL kept with a raw copy); returns those deleted."""
    deleted = []
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        for sidecar in backups.sidecars(path):
            sidecar.unlink(missing_ok=True)
        deleted.append(path)
    return tuple(deleted)


def _finish(
    path: Path, done: tuple[Path, Path], opens: DatabaseKey | None, *, purge_them: bool
) -> ConversionResult:
    folder, taken = done
    left = _left_behind(folder, path.stem, opens)
    purged = purge(left) if purge_them else ()
    return ConversionResult(
        path=path,
        backup=taken,
        left_behind=tuple(p for p in left if p not in purged),
        purged=purged,
    )


def _needs(path: Path, kind: FileKind, action: str) -> None:
    try:
        found = driver.file_kind(path)
    except OSError as exc:
        raise StorageError(
            say("cannot read {path}: {reason}", path=path, reason=exc.strerror or str(exc))
        ) from exc
    if found is FileKind.MISSING:
        raise StorageError(say("no database at {path}", path=path))
    if found is FileKind.OTHER:
        raise StorageError(
            say("{path} is not a database of this program (not an SQLite file)", path=path)
        )
    if found is kind:
        return
    # One sentence for each case, so that no English verb is left in a French sentence.
    if action == ENCRYPT:
        raise StorageError(say("{path} is already encrypted: nothing to encrypt", path=path))
    if action == DECRYPT:
        raise StorageError(say("{path} is not encrypted: nothing to decrypt", path=path))
    raise StorageError(say("{path} is not encrypted: nothing to rekey", path=path))


def encrypt_database(
    path: Path,
    key: DatabaseKey,
    *,
    backup_dir: Path | None = None,
    purge_plain_backups: bool = False,
    force: bool = False,
) -> ConversionResult:
    """Encrypt a plain database with ``key``; ``left_behind``: its plain backups."""
    path = Path(path)
    _needs(path, FileKind.PLAIN, ENCRYPT)
    done = _convert(path, None, key, ENCRYPTED, backup_dir, force=force)
    return _finish(path, done, key, purge_them=purge_plain_backups)


def decrypt_database(
    path: Path, key: DatabaseKey, *, backup_dir: Path | None = None, force: bool = False
) -> ConversionResult:
    """Make an encrypted database plain again; ``left_behind``: its encrypted backups."""
    path = Path(path)
    _needs(path, FileKind.ENCRYPTED, DECRYPT)
    done = _convert(path, key, None, DECRYPTED, backup_dir, force=force)
    return _finish(path, done, None, purge_them=False)


def rekey_database(
    path: Path,
    key: DatabaseKey,
    new_key: DatabaseKey,
    *,
    backup_dir: Path | None = None,
    purge_old_backups: bool = False,
    force: bool = False,
) -> ConversionResult:
    """Move an encrypted database onto ``new_key``; ``left_behind``: backups it does not open
    (the old key's, and any plain ones)."""
    path = Path(path)
    _needs(path, FileKind.ENCRYPTED, REKEY)
    if new_key == key:
        raise StorageError(say("the new key is the current one: nothing to change"))
    done = _convert(path, key, new_key, REKEYED, backup_dir, force=force)
    return _finish(path, done, new_key, purge_them=purge_old_backups)
