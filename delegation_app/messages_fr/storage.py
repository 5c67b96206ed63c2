"""French of the messages about the database file, backups and printing."""

from __future__ import annotations

FRENCH: dict[str, str] = {}

FIELDS: dict[str, str] = {}
