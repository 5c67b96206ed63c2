"""Translated names of the core's enumerations, as the window shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from delegation_app.storage.kinds import MissionStatus, ParticipantRole, ParticipantStatus
from ui.i18n import arg as arg  # where the window's modules have always found it


def role_label(role: ParticipantRole) -> str:
    labels = {
        ParticipantRole.ELECTED_OFFICIAL: QCoreApplication.translate("Labels", "Elected official"),
        ParticipantRole.BUSINESS_LEADER: QCoreApplication.translate("Labels", "Business leader"),
        ParticipantRole.INSTITUTIONAL: QCoreApplication.translate("Labels", "Institutional"),
        ParticipantRole.STAFF: QCoreApplication.translate("Labels", "Staff"),
        ParticipantRole.PRESS: QCoreApplication.translate("Labels", "Press"),
        ParticipantRole.GUEST: QCoreApplication.translate("Labels", "Guest"),
    }
    return labels.get(role, str(role))


def status_label(status: ParticipantStatus) -> str:
    labels = {
        ParticipantStatus.INVITED: QCoreApplication.translate("Labels", "Invited"),
        ParticipantStatus.REGISTERED: QCoreApplication.translate("Labels", "Registered"),
        ParticipantStatus.CONFIRMED: QCoreApplication.translate("Labels", "Confirmed"),
        ParticipantStatus.WAITLISTED: QCoreApplication.translate("Labels", "Waitlisted"),
        ParticipantStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }
    return labels.get(status, str(status))


def mission_status_label(status: MissionStatus) -> str:
    labels = {
        MissionStatus.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        MissionStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        MissionStatus.UNDERWAY: QCoreApplication.translate("Labels", "Underway"),
        MissionStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        MissionStatus.ARCHIVED: QCoreApplication.translate("Labels", "Archived"),
    }
    return labels.get(status, str(status))


def delegates_count(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("Labels", "1 delegate")
    return arg(QCoreApplication.translate("Labels", "%1 delegates"), count)
