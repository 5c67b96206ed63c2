"""The one place that opens SQLite connections: plain files and encrypted ones.

A plain file is opened with Python's ``sqlite3``. An encrypted file is opened with SQLCipher,
through the optional ``sqlcipher3`` package (``pip install delegation-app[encryption]``): the
same DB-API, the same SQL, every page encrypted (AES-256) and authenticated (HMAC-SHA512), the
write-ahead log's pages too. Nothing else in the program calls ``sqlite3.connect``: the engine
(``database.make_engine``), Alembic (which runs on that engine), backups, previews, checks and
restores all come through ``connect``, so an encrypted database gets the same rules as a plain
one (foreign keys, WAL, busy timeout, checks, backups by the online backup API).

Telling files apart (``file_kind``): a plain database starts with "SQLite format 3"; an
encrypted one starts with the 16-byte salt of its key and is whole pages of what looks random;
anything else is not a database. Only the key tells an encrypted database from random bytes of
the right size, so a key that does not open a file says both possibilities (``WrongKey``).

The key: SQLCipher 4 turns a passphrase into the page key with PBKDF2-HMAC-SHA512 (256,000
iterations) over the file's salt, about 0.2 s, at every connection. ``DatabaseKey`` derives it
once per salt and hands SQLCipher the raw key, so the pool, a backup (three connections) and a
check open as fast as on a plain file. A backup keeps the salt of its database, so the same
passphrase opens it, with SQLCipher's own derivation too (the ``sqlcipher`` shell, say).
A file encrypted elsewhere with other settings is opened with the passphrase as SQLCipher
takes it (slower, never wrong). The passphrase is never logged: ``repr`` hides it and the
statements that carry it run on the raw connection, below SQLAlchemy's echo.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import threading
from enum import StrEnum
from pathlib import Path
from types import ModuleType
from typing import cast

from delegation_app.errors import StorageError, ValidationError
from delegation_app.messages import say

SQLITE_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
BUSY_TIMEOUT_MS = 5000
MIN_NEW_KEY_LENGTH = 8
# SQLCipher 4's defaults: what its own derivation does with a passphrase.
KDF_ITERATIONS = 256_000
KEY_BYTES = 32
CIPHER_MODULE = "sqlcipher3.dbapi2"
ENCRYPTION_EXTRA = "delegation-app[encryption]"


class FileKind(StrEnum):
    MISSING = "missing"  # no file, or an empty one: a new database
    PLAIN = "plain"
    ENCRYPTED = "encrypted"  # looks like SQLCipher's: only the key can tell for sure
    OTHER = "other"  # not a database


class KeyRequired(StorageError):
    """The database is encrypted and no key was given."""

    def __init__(self, path: Path) -> None:
        super().__init__(say("{path} is encrypted: enter its key", path=path))
        self.path = path


class WrongKey(StorageError):
    """The key given does not open the file."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            say(
                "the key does not open {path}: either the key is wrong, or the file is not a "
                "database of this program",
                path=path,
            )
        )
        self.path = path


class EncryptionUnavailable(StorageError):
    """An encrypted database, and no SQLCipher in this installation."""

    def __init__(self, path: Path | None = None) -> None:
        if path is not None:
            message = say(
                "{path} is encrypted, but this installation has no SQLCipher (install {extra})",
                path=path,
                extra=ENCRYPTION_EXTRA,
            )
        else:
            message = say(
                "Encryption needs SQLCipher: this installation has no SQLCipher (install {extra})",
                extra=ENCRYPTION_EXTRA,
            )
        super().__init__(message)
        self.path = path


class DatabaseKey:
    """A database's passphrase, hidden from ``repr`` and logs, with its derived page keys."""

    __slots__ = ("_derived", "_lock", "_passphrase", "_sqlcipher_derives")

    def __init__(self, passphrase: str) -> None:
        if not passphrase:
            raise ValidationError("key", say("the key is empty"))
        from delegation_app import logs

        logs.register_sensitive([passphrase])  # a line that would hold it is redacted
        self._passphrase = passphrase
        self._derived: dict[bytes, bytes] = {}
        self._sqlcipher_derives: set[bytes] = set()  # salts of files with other settings
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return "DatabaseKey(<hidden>)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DatabaseKey) and other._passphrase == self._passphrase

    def __hash__(self) -> int:
        return hash((DatabaseKey, self._passphrase))

    @classmethod
    def new(cls, passphrase: str) -> DatabaseKey:
        """A key for encrypting: long enough to be worth it."""
        if len(passphrase) < MIN_NEW_KEY_LENGTH:
            raise ValidationError(
                "key",
                say("a new key needs at least {count} characters", count=MIN_NEW_KEY_LENGTH),
            )
        return cls(passphrase)

    def _raw(self, salt: bytes) -> str:
        with self._lock:
            derived = self._derived.get(salt)
            if derived is None:
                derived = hashlib.pbkdf2_hmac(
                    "sha512", self._passphrase.encode(), salt, KDF_ITERATIONS, KEY_BYTES
                )
                self._derived[salt] = derived
        return f"x'{derived.hex()}{salt.hex()}'"

    def pragma_value(self, salt: bytes) -> str:
        """What ``PRAGMA key`` (or ``ATTACH ... KEY``) takes for a file with this salt."""
        if salt in self._sqlcipher_derives:
            return self._passphrase
        return self._raw(salt)

    def _derived_by_sqlcipher(self, salt: bytes) -> None:
        with self._lock:
            self._sqlcipher_derives.add(salt)

    @property
    def passphrase(self) -> str:
        return self._passphrase


# --- files ----------------------------------------------------------------------------------


def _head(path: Path, size: int) -> bytes:
    with Path(path).open("rb") as handle:
        return handle.read(size)


def has_sqlite_header(path: Path) -> bool:
    try:
        return _head(path, 16) == SQLITE_HEADER
    except OSError:
        return False


def file_kind(path: Path) -> FileKind:
    """What a file is, from its first bytes and its size (raises ``OSError`` if unreadable)."""
    path = Path(path)
    if not path.exists():
        return FileKind.MISSING
    size = path.stat().st_size
    if size == 0:
        return FileKind.MISSING
    head = _head(path, 1024)
    if head[:16] == SQLITE_HEADER:
        return FileKind.PLAIN
    # SQLCipher writes whole pages (512 bytes at least) of ciphertext: about 250 distinct
    # byte values in a kilobyte, where text or a zero-filled file has a few dozen.
    if size >= 512 and size % 512 == 0 and len(set(head)) > 160:
        return FileKind.ENCRYPTED
    return FileKind.OTHER


def is_encrypted(path: Path) -> bool:
    try:
        return file_kind(path) is FileKind.ENCRYPTED
    except OSError:
        return False


def key_for(path: Path, key: DatabaseKey | None) -> DatabaseKey | None:
    """The key to open ``path`` with: none for a plain file, ``key`` otherwise."""
    try:
        return None if file_kind(path) is FileKind.PLAIN else key
    except OSError:
        return key


def salt_of(path: Path) -> bytes:
    return _head(path, SALT_BYTES)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


# --- the drivers ----------------------------------------------------------------------------


def cipher_available() -> bool:
    try:
        cipher_module()
    except EncryptionUnavailable:
        return False
    return True


def cipher_module(path: Path | None = None) -> ModuleType:
    """The SQLCipher DB-API module (``sqlcipher3.dbapi2``), imported at its first use."""
    try:
        import sqlcipher3.dbapi2 as module
    except ImportError as exc:
        raise EncryptionUnavailable(path) from exc
    return cast(ModuleType, module)


def cipher_version() -> str | None:
    """SQLCipher's version, if installed (for the diagnostic)."""
    if not cipher_available():
        return None
    connection = cipher_module().connect(":memory:")
    try:
        return str(connection.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        connection.close()


def errors(*also: type[Exception]) -> tuple[type[Exception], ...]:
    """The errors either driver raises (``except errors():``), SQLCipher's once it is loaded;
    ``also``: other exceptions caught with them."""
    loaded = sys.modules.get(CIPHER_MODULE)
    found: tuple[type[Exception], ...] = (sqlite3.Error,)
    if loaded is not None:
        found += (loaded.Error,)
    return found + also


def database_errors() -> tuple[type[Exception], ...]:
    loaded = sys.modules.get(CIPHER_MODULE)
    if loaded is not None:
        return (sqlite3.DatabaseError, loaded.DatabaseError)
    return (sqlite3.DatabaseError,)


def is_not_a_database(exc: BaseException) -> bool:
    return (getattr(exc, "sqlite_errorname", "") or "") == "SQLITE_NOTADB"


def _target(path: Path, read_only: bool, immutable: bool) -> tuple[str, bool]:
    if not (read_only or immutable):
        return str(path), False
    options = "mode=ro&immutable=1" if immutable else "mode=ro"
    return Path(path).resolve().as_uri() + "?" + options, True


def connect(
    path: Path,
    key: DatabaseKey | None = None,
    *,
    read_only: bool = False,
    immutable: bool = False,
    salt: bytes | None = None,
    check_same_thread: bool = True,
    timeout_ms: int = BUSY_TIMEOUT_MS,
) -> sqlite3.Connection:
    """A connection to ``path``: plain without a key, SQLCipher with one.

    ``read_only``: nothing is written; ``immutable``: and nobody else writes (a backup): no
    file is created beside it. ``salt``: for a new encrypted file, the salt to give it
    (a backup takes its database's, so the same passphrase opens both); random otherwise.
    A key that does not open an existing file raises ``WrongKey``.
    """
    path = Path(path)
    target, uri = _target(path, read_only, immutable)
    if key is None:
        connection = sqlite3.connect(
            target, uri=uri, timeout=timeout_ms / 1000, check_same_thread=check_same_thread
        )
        connection.execute(f"PRAGMA busy_timeout={timeout_ms}")
        return connection
    module = cipher_module(path)
    exists = path.exists() and path.stat().st_size > 0
    file_salt = salt_of(path) if exists else (salt or new_salt())

    def open_with(value: str) -> sqlite3.Connection:
        connection = cast(
            sqlite3.Connection,
            module.connect(
                target, uri=uri, timeout=timeout_ms / 1000, check_same_thread=check_same_thread
            ),
        )
        try:
            # SQLCipher prints a line to stderr for every page that fails its HMAC (a wrong
            # key, damage); the error the caller gets says it once.
            connection.execute("PRAGMA cipher_log_level = NONE")
            connection.execute("PRAGMA key = " + _quoted(value))
            connection.execute(f"PRAGMA busy_timeout={timeout_ms}")
            # Sorts and temporary indexes stay in memory, never in a plain temporary file.
            connection.execute("PRAGMA temp_store = MEMORY")
            if exists:  # the key is checked here, at the first page, not at a later query
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            connection.close()
            raise
        return connection

    try:
        return open_with(key.pragma_value(file_salt))
    except module.DatabaseError as exc:
        if not (exists and is_not_a_database(exc)):
            raise
    try:  # a file encrypted with other settings: let SQLCipher derive the key itself
        connection = open_with(key.passphrase)
    except module.DatabaseError as exc:
        if is_not_a_database(exc):
            raise WrongKey(path) from None
        raise
    key._derived_by_sqlcipher(file_salt)
    return connection


def _quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def attach_key_value(key: DatabaseKey | None, salt: bytes) -> str:
    """The ``KEY`` of an ``ATTACH``: empty for a plain file."""
    return key.pragma_value(salt) if key is not None else ""


def _cipher_connection(
    path: Path, key: DatabaseKey | None, salt: bytes | None = None
) -> sqlite3.Connection:
    """SQLCipher's driver on ``path``, keyed or plain, URI file names allowed in ATTACH."""
    if key is not None:
        return connect(path, key, salt=salt)  # a keyed connection is SQLCipher's
    module = cipher_module(path)
    connection = cast(sqlite3.Connection, module.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000))
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection


def export_copy(
    source: Path,
    source_key: DatabaseKey | None,
    target: Path,
    target_key: DatabaseKey | None,
    *,
    frozen: bool = False,
) -> None:
    """Write every table, index and row of ``source`` into the empty file ``target``.

    SQLCipher's ``sqlcipher_export``: the only way between a plain and an encrypted file (the
    backup API copies pages as they are) and from one key to another. ``target`` is encrypted
    with ``target_key`` under a new salt, or plain without one; ``source`` is read only
    (``frozen``: a backup nobody writes, nothing created beside it).
    """
    source, target = Path(source), Path(target)
    connection = _cipher_connection(target, target_key, salt=new_salt())
    try:
        options = "mode=ro&immutable=1" if frozen else "mode=ro"
        source_uri = source.resolve().as_uri() + "?" + options
        source_salt = salt_of(source) if source_key is not None else b""
        connection.execute(
            "ATTACH DATABASE ? AS source KEY ?",
            (source_uri, attach_key_value(source_key, source_salt)),
        )
        try:
            connection.execute("SELECT sqlcipher_export('main', 'source')").fetchall()
            version = connection.execute("PRAGMA source.user_version").fetchone()[0]
            connection.execute(f"PRAGMA main.user_version = {int(version)}")
        finally:
            connection.execute("DETACH DATABASE source")
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()
