"""French of the messages about agreements, meetings, leads, workshops and transfers."""

from __future__ import annotations

FRENCH: dict[str, str] = {}

FIELDS: dict[str, str] = {}
