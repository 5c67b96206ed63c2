"""Undoable changes to the roster: each command calls the services again to undo or redo."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from delegation_app.services.roster import RosterEntry, set_participant_status
from delegation_app.storage.database import Database
from delegation_app.storage.models import ParticipantStatus
from ui.labels import arg, status_label
from ui.roster_jobs import failure_text


def write_statuses(db: Database, statuses: Mapping[int, ParticipantStatus]) -> None:
    """Every status in one transaction: all are written, or none."""
    with db.transaction() as session:
        for participant_id, status in statuses.items():
            set_participant_status(session, participant_id, status)


def status_change_text(entries: Sequence[RosterEntry], status: ParticipantStatus) -> str:
    """``Set Hélène Durand to Confirmed``, ``Set 3 delegates to Cancelled``."""
    if len(entries) == 1:
        return arg(
            QCoreApplication.translate("Commands", "Set %1 to %2"),
            entries[0].full_name,
            status_label(status),
        )
    return arg(
        QCoreApplication.translate("Commands", "Set %1 delegates to %2"),
        len(entries),
        status_label(status),
    )


class SetStatusCommand(QUndoCommand):
    """Sets the status of several delegates; undo gives each their previous status back.

    ``changed(participant_ids)`` is called after each write so the window reads the roster
    again; ``failed(message)`` when the database refused (the command is then dropped from
    the stack, since the state it remembers is no longer the database's).
    """

    def __init__(
        self,
        db: Database,
        entries: Sequence[RosterEntry],
        status: ParticipantStatus,
        *,
        changed: Callable[[tuple[int, ...]], None],
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(status_change_text(entries, status))
        self._db = db
        self.status = status
        self.previous = {e.participant_id: e.status for e in entries}
        self._changed = changed
        self._failed = failed

    @property
    def participant_ids(self) -> tuple[int, ...]:
        return tuple(self.previous)

    def redo(self) -> None:
        self._write(dict.fromkeys(self.previous, self.status))

    def undo(self) -> None:
        self._write(self.previous)

    def _write(self, statuses: Mapping[int, ParticipantStatus]) -> None:
        try:
            write_statuses(self._db, statuses)
        except Exception as exc:  # a refused write is a sentence, never a crash in Qt's stack
            self.setObsolete(True)
            self._failed(failure_text(exc))
            return
        self._changed(self.participant_ids)
