"""The mission's B2B meetings as an XLSX workbook: one row per meeting, to sort and share.

The rows are those of :func:`~delegation_app.services.meetings.list_meetings` (scheduled ones
in time order, then the requests by priority). The date is a real date cell, the times are the
local wall times of the meeting's zone (written beside them), and no text is stored as a
formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from delegation_app.errors import ValidationError
from delegation_app.interchange.xlsx_table import Cell, Column, write_atomically, write_table
from delegation_app.messages import say
from delegation_app.services.meetings import MeetingView
from delegation_app.storage.models import MeetingStatus

LANGUAGES = ("fr", "en")

# (key, French header, English header, width)
COLUMNS: tuple[tuple[str, str, str, int], ...] = (
    ("day", "Date", "Date", 12),
    ("start", "Début", "Start", 8),
    ("end", "Fin", "End", 8),
    ("zone", "Fuseau horaire", "Time zone", 18),
    ("organisation", "Organisation", "Organisation", 32),
    ("sector", "Secteur", "Sector", 22),
    ("city", "Ville", "City", 16),
    ("delegates", "Délégués", "Delegates", 40),
    ("priority", "Priorité", "Priority", 9),
    ("status", "Statut", "Status", 12),
    ("place", "Lieu", "Place", 30),
    ("purpose", "Objet", "Purpose", 50),
    ("languages", "Langues", "Languages", 10),
    ("interpreter", "Interprète", "Interpreter", 11),
    ("locked", "Verrouillé", "Locked", 10),
    ("contact", "Contact", "Contact", 24),
    ("outcome", "Résultat", "Outcome", 50),
)
_STATUS = {
    "fr": {
        MeetingStatus.REQUESTED: "Demandé",
        MeetingStatus.PROPOSED: "Proposé",
        MeetingStatus.CONFIRMED: "Confirmé",
        MeetingStatus.HELD: "Tenu",
        MeetingStatus.CANCELLED: "Annulé",
        MeetingStatus.NO_SHOW: "Absent",
    },
    "en": {
        MeetingStatus.REQUESTED: "Requested",
        MeetingStatus.PROPOSED: "Proposed",
        MeetingStatus.CONFIRMED: "Confirmed",
        MeetingStatus.HELD: "Held",
        MeetingStatus.CANCELLED: "Cancelled",
        MeetingStatus.NO_SHOW: "No-show",
    },
}
_WORDS = {
    "fr": {"sheet": "Rendez-vous", "title": "Rendez-vous B2B", "yes": "oui", "no": "non"},
    "en": {"sheet": "Meetings", "title": "B2B meetings", "yes": "yes", "no": "no"},
}


def export_meetings_xlsx(
    meetings: Sequence[MeetingView], path: Path, *, mission_title: str, language: str = "fr"
) -> Path:
    """Write the meetings to ``path`` (.xlsx), a row per meeting; returns the path."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("output", say("'{name}' must end in .xlsx", name=path.name))
    if language not in LANGUAGES:
        raise ValidationError("language", say("'{language}' is not fr or en", language=language))
    words = _WORDS[language]
    table = [[_value(meeting, key, language) for key, *_ in COLUMNS] for meeting in meetings]
    columns = [Column(key, fr if language == "fr" else en, width) for key, fr, en, width in COLUMNS]
    write_atomically(
        path,
        lambda target: write_table(
            target,
            columns,
            table,
            language=language,
            sheet_title=words["sheet"],
            title=words["title"],
            described=mission_title,
            date_keys={"day"},
            freeze="F2",  # the time and the organisation stay in view
        ),
    )
    return path


def _value(meeting: MeetingView, key: str, language: str) -> Cell:
    words = _WORDS[language]
    match key:
        case "day":
            return meeting.start_local.date() if meeting.start_local else None
        case "start":
            return f"{meeting.start_local:%H:%M}" if meeting.start_local else None
        case "end":
            return f"{meeting.end_local:%H:%M}" if meeting.end_local else None
        case "zone":
            return meeting.start_zone
        case "sector":
            return meeting.organisation_sector
        case "city":
            return meeting.organisation_city
        case "delegates":
            return ", ".join(meeting.delegates)
        case "status":
            return _STATUS[language][meeting.status]
        case "place":
            return meeting.venue
        case "languages":
            return ", ".join(meeting.languages) or None
        case "interpreter":
            return words["yes"] if meeting.interpreter_needed else words["no"]
        case "locked":
            return words["yes"] if meeting.locked else words["no"]
        case _:
            value: Cell = getattr(meeting, key)
            return value
