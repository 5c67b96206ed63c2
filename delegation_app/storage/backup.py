"""Consistent copies of a database file with the SQLite online backup API."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from delegation_app.errors import StorageError


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` while other connections may be using it.

    The copy is written beside the target under a temporary name and moved into place, so a
    crash or a full disk never leaves a half-written file under the final name.
    """
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StorageError(f"cannot back up {source} to {target}: {exc}") from exc
    return target
