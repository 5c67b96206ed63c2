"""The French of the core's messages (see ``delegation_app.messages``), one file per part of
the core so that each can be translated on its own.

``FRENCH`` maps each English template given to ``say`` to its French, with the same named
fields; ``FIELDS`` names in French the fields a ``ValidationError`` can name. French typography:
a no-break space (``\\u00a0``) before « : ; ? ! » and inside « guillemets ».

``tests/core/test_messages.py`` fails when a template the core uses is missing, when its fields
differ, when an entry is no longer used, or when two files translate one template differently.
"""

from __future__ import annotations

from collections.abc import Mapping

from delegation_app.messages_fr import interchange, people, programme, storage

PARTS = (people, programme, interchange, storage)


def _merged(name: str) -> dict[str, str]:
    merged: dict[str, str] = {}
    for part in PARTS:
        table: Mapping[str, str] = getattr(part, name)
        merged.update(table)
    return merged


FRENCH: dict[str, str] = _merged("FRENCH")
FIELDS: dict[str, str] = _merged("FIELDS")
