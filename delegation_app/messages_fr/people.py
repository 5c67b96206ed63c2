"""French of the messages about the roster, the people and the mission's settings."""

from __future__ import annotations

FRENCH: dict[str, str] = {}

FIELDS: dict[str, str] = {}
