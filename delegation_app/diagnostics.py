"""What a coordinator sends to IT when something goes wrong: versions, files, recent errors.

No personal data: counts rather than rows, and the whole text goes through the log's
redaction rules (``logs.redact``) before it is returned. The core does not import Qt, so the
window passes what it knows of Qt in ``extra``.
"""

from __future__ import annotations

import contextlib
import platform
import sqlite3
import sys
from collections.abc import Mapping
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from delegation_app import __version__, logs
from delegation_app.storage import backup as backups
from delegation_app.storage import migrations
from delegation_app.storage import sqlite_driver as driver

ERROR_LINES = 20
_LIBRARIES = ("SQLAlchemy", "alembic", "reportlab", "openpyxl", "icalendar", "platformdirs")
_COUNTED_TABLES = ("mission", "person", "participant", "itinerary_item", "b2b_meeting", "lead")


def _size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    raise AssertionError("unreachable")


def _cipher() -> str:
    found = driver.cipher_version()
    if found is None:
        return f"not installed (encrypted databases need {driver.ENCRYPTION_EXTRA})"
    try:
        return f"{found} (sqlcipher3 {version('sqlcipher3')})"
    except PackageNotFoundError:
        return found


def _library_versions() -> str:
    found = []
    for name in _LIBRARIES:
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            continue
    return ", ".join(found)


def _database_lines(path: Path) -> list[str]:
    lines = [f"Database: {path}"]
    if not path.exists():
        return [*lines, "  (no file at this path)"]
    try:
        stat = path.stat()
    except OSError as exc:
        return [*lines, f"  cannot be read: {exc.strerror or exc}"]
    modified = datetime.fromtimestamp(stat.st_mtime).isoformat(sep=" ", timespec="seconds")
    lines.append(f"  size: {_size(stat.st_size)}, modified {modified}")
    wal = backups.sidecars(path)[0]
    if wal.exists():
        lines.append(f"  write-ahead log: {_size(wal.stat().st_size)} (open, or not closed)")
    if driver.is_encrypted(path):
        # The key is never given to the diagnostic: what is inside stays unsaid.
        return [*lines, "  encrypted (SQLCipher): contents not read without the key"]
    if not backups.has_sqlite_header(path):
        return [*lines, "  not an SQLite file"]
    try:
        # Read-only, but not immutable: an open window's committed changes count too.
        connection = driver.connect(path, read_only=True, timeout_ms=2000)
        try:
            revision = backups.read_revision(connection)
            lines.append(
                f"  schema revision: {revision or 'none'} (this program: "
                f"{migrations.head_revision()})"
            )
            counts = []
            for table in _COUNTED_TABLES:
                with contextlib.suppress(*driver.errors()):
                    row = connection.execute(f"SELECT count(*) FROM {table}").fetchone()
                    counts.append(f"{table} {row[0]}")
            if counts:
                lines.append("  rows: " + ", ".join(counts))
        finally:
            connection.close()
    except driver.errors() as exc:
        lines.append(f"  cannot be read: {exc}")
    return lines


def _backup_lines(path: Path) -> list[str]:
    folder = backups.backup_folder_of(path)
    lines = [f"Backup folder: {folder}"]
    try:
        found = backups.list_backups(folder, path.stem)  # newest first
    except OSError as exc:
        return [*lines, f"  cannot be read: {exc.strerror or exc}"]
    if not found:
        return [*lines, "  no backup of this database yet"]
    latest = found[0]
    state = f", {latest.problem}" if latest.problem else ""
    lines.append(
        f"  {len(found)} backup(s); latest: {latest.path.name} ({latest.reason or 'copy'}, "
        f"{_size(latest.size)}{state})"
    )
    return lines


def _log_lines(folder: Path | None) -> list[str]:
    current = logs.current_log_file()
    folder = folder or (current.parent if current else logs.log_folder())
    files = sorted(folder.glob("*.log")) if folder.is_dir() else []
    if current is not None and current not in files:
        files.append(current)
    lines = [f"Log folder: {folder}"]
    if problem := logs.logging_problem():
        lines.append(f"  {problem}")
    for file in files:
        marker = " (this program)" if file == current else ""
        with contextlib.suppress(OSError):
            lines.append(f"  {file.name}: {_size(file.stat().st_size)}{marker}")
    errors: list[str] = []
    for file in files:
        errors += [f"{line}  [{file.stem}]" for line in logs.recent_errors(ERROR_LINES, path=file)]
    errors.sort()  # each line starts with its time stamp
    lines.append(f"Last errors ({min(len(errors), ERROR_LINES)}):")
    lines += [f"  {line}" for line in errors[-ERROR_LINES:]] or ["  none"]
    return lines


def diagnostic_text(
    db_path: Path | None,
    *,
    extra: Mapping[str, str] | None = None,
    log_folder: Path | None = None,
    now: datetime | None = None,
) -> str:
    """The diagnostic as plain text: program, Python, libraries, OS, database, backups, logs.

    ``extra``: lines the caller adds (the window: Qt and PySide6 versions, the platform plugin).
    ``log_folder``: where to look for logs (default: the current log file's folder).
    """
    moment = (now or datetime.now()).astimezone()
    frozen = " (installed bundle)" if getattr(sys, "frozen", False) else ""
    lines = [
        "Delegation: diagnostic information (no personal data)",
        f"Generated: {moment.isoformat(sep=' ', timespec='seconds')}",
        f"Program: {__version__}{frozen}",
        f"Python: {platform.python_version()} ({platform.python_implementation()}, "
        f"{sys.executable})",
        f"SQLite: {sqlite3.sqlite_version}",
        f"SQLCipher: {_cipher()}",
        f"Libraries: {_library_versions()}",
    ]
    lines += [f"{key}: {value}" for key, value in (extra or {}).items()]
    lines.append(f"OS: {platform.platform()} ({platform.machine()})")
    lines.append(f"Time zone: {moment.tzname()} (UTC{moment.strftime('%z')})")
    if db_path is None:
        lines.append("Database: none open")
    else:
        db_path = Path(db_path)
        lines += _database_lines(db_path)
        lines += _backup_lines(db_path)
    lines += _log_lines(log_folder)
    return logs.redact("\n".join(lines)) + "\n"
