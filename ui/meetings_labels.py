"""Words of the meetings tab shared by its list, grid and forms."""

from __future__ import annotations

from datetime import datetime

from babel.dates import format_date
from PySide6.QtCore import QCoreApplication

from delegation_app.storage.models import MeetingStatus


def meeting_status_label(status: MeetingStatus) -> str:
    labels = {
        MeetingStatus.REQUESTED: QCoreApplication.translate("Labels", "Requested"),
        MeetingStatus.PROPOSED: QCoreApplication.translate("Labels", "Proposed"),
        MeetingStatus.CONFIRMED: QCoreApplication.translate("Labels", "Confirmed"),
        MeetingStatus.HELD: QCoreApplication.translate("Labels", "Held"),
        MeetingStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
        MeetingStatus.NO_SHOW: QCoreApplication.translate("Labels", "No-show"),
    }
    return labels.get(status, str(status))


def priority_label(priority: int) -> str:
    labels = {
        1: QCoreApplication.translate("Meetings", "1 – high"),
        2: QCoreApplication.translate("Meetings", "2 – normal"),
        3: QCoreApplication.translate("Meetings", "3 – low"),
    }
    return labels.get(priority, str(priority))


def when_text(start: datetime | None, end: datetime | None, language: str) -> str:
    """``mar. 9 juil. 09:00–09:20``: the local day and times of a meeting."""
    if start is None:
        return ""
    day = format_date(start.date(), "EEE d MMM", locale=language)
    until = f"–{end:%H:%M}" if end is not None else ""
    return f"{day} {start:%H:%M}{until}"
