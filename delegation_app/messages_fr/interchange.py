"""French of the messages about imports and exports (``interchange/``) and the itinerary."""

from __future__ import annotations

FRENCH: dict[str, str] = {}

FIELDS: dict[str, str] = {}
