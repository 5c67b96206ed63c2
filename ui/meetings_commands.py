"""Undoable changes to B2B meetings: move to a slot, create or edit a request, record a status,
delete a request. Each command calls the core in one transaction; a refused write becomes
one sentence (``failed``) and the command leaves the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from delegation_app.services.meetings import (
    MeetingMove,
    MeetingSnapshot,
    MeetingView,
    MoveRefused,
    Refusal,
    delete_request,
    move_meeting,
    request_meeting,
    restore_request,
    set_status,
    undo_move,
    update_request,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import MeetingStatus
from ui.labels import arg
from ui.meetings_grid import GridSlot
from ui.roster_jobs import failure_text

Changed = Callable[[int | None], None]
"""Called after a write with the meeting to select (None when it is gone)."""
Failed = Callable[[str], None]


def refusal_text(exc: Exception) -> str:
    """The window's sentence for a refused move, in its language; else the core's."""
    if not isinstance(exc, MoveRefused):
        return failure_text(exc)
    at = f"{exc.at:%H:%M}" if exc.at is not None else ""
    if exc.refusal is Refusal.LOCKED:
        return arg(
            QCoreApplication.translate(
                "Meetings", "The meeting with %1 is locked at its time: unlock it first (Ctrl+L)."
            ),
            exc.what,
        )
    if exc.refusal is Refusal.CLOSED:
        return arg(
            QCoreApplication.translate(
                "Meetings", "The meeting with %1 is over (held, cancelled or no-show): not moved."
            ),
            exc.what,
        )
    if exc.refusal is Refusal.DELEGATE_BUSY:
        return arg(
            QCoreApplication.translate("Meetings", "Not moved: %1 is already busy at %2 (%3)."),
            exc.who,
            at,
            exc.what,
        )
    if exc.refusal is Refusal.ORGANISATION_BUSY:
        return arg(
            QCoreApplication.translate(
                "Meetings", "Not moved: %1 already meets other delegates at %2."
            ),
            exc.who,
            at,
        )
    if exc.refusal is Refusal.NO_INTERPRETER:
        return arg(
            QCoreApplication.translate("Meetings", "Not moved: no interpreter is free at %1."), at
        )
    return arg(QCoreApplication.translate("Meetings", "Not moved: every table is taken at %1."), at)


class MeetingCommand(QUndoCommand):
    def __init__(self, text: str, db: Database, *, changed: Changed, failed: Failed) -> None:
        super().__init__(text)
        self._db = db
        self._changed = changed
        self._failed = failed

    def _run(self, write: Callable[[], int | None]) -> None:
        try:
            selected = write()
        except Exception as exc:  # a refused write is a sentence, never a crash in Qt's stack
            self.setObsolete(True)
            self._failed(refusal_text(exc))
            return
        self._changed(selected)


class MoveMeetingCommand(MeetingCommand):
    def __init__(
        self,
        db: Database,
        meeting: MeetingView,
        slot: GridSlot,
        *,
        changed: Changed,
        failed: Failed,
    ) -> None:
        text = arg(
            QCoreApplication.translate("Meetings", "Move the meeting with %1 to %2"),
            meeting.organisation,
            f"{slot.start:%H:%M}",
        )
        super().__init__(text, db, changed=changed, failed=failed)
        self.meeting_id = meeting.id
        self.slot = slot
        self.move: MeetingMove | None = None

    def redo(self) -> None:
        def write() -> int:
            with self._db.transaction() as session:
                self.move = move_meeting(
                    session,
                    self.meeting_id,
                    session_id=self.slot.session_id,
                    start_local=self.slot.start_local,
                )
            return self.meeting_id

        self._run(write)

    def undo(self) -> None:
        move = self.move
        if move is None:
            return

        def write() -> int:
            with self._db.transaction() as session:
                undo_move(session, move)
            return self.meeting_id

        self._run(write)


@dataclass(frozen=True)
class RequestFields:
    """A request as the form edits it."""

    organisation_id: int
    participant_ids: tuple[int, ...]
    priority: int = 2
    purpose: str | None = None
    languages: tuple[str, ...] = ()
    interpreter_needed: bool = False

    @classmethod
    def of(cls, meeting: MeetingView) -> RequestFields:
        return cls(
            organisation_id=meeting.organisation_id,
            participant_ids=meeting.delegate_ids,
            priority=meeting.priority,
            purpose=meeting.purpose,
            languages=meeting.languages,
            interpreter_needed=meeting.interpreter_needed,
        )


class CreateRequestCommand(MeetingCommand):
    def __init__(
        self,
        db: Database,
        mission_id: int,
        fields: RequestFields,
        organisation: str,
        *,
        changed: Changed,
        failed: Failed,
    ) -> None:
        text = arg(QCoreApplication.translate("Meetings", "New request with %1"), organisation)
        super().__init__(text, db, changed=changed, failed=failed)
        self.mission_id = mission_id
        self.fields = fields
        self.meeting_id: int | None = None
        self._snapshot: MeetingSnapshot | None = None

    def redo(self) -> None:
        def write() -> int:
            with self._db.transaction() as session:
                if self._snapshot is not None:
                    self.meeting_id = restore_request(session, self._snapshot)
                else:
                    self.meeting_id = request_meeting(
                        session,
                        mission_id=self.mission_id,
                        organisation_id=self.fields.organisation_id,
                        participant_ids=self.fields.participant_ids,
                        priority=self.fields.priority,
                        purpose=self.fields.purpose,
                        languages=self.fields.languages,
                        interpreter_needed=self.fields.interpreter_needed,
                    )
            return self.meeting_id

        self._run(write)

    def undo(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return

        def write() -> None:
            with self._db.transaction() as session:
                self._snapshot = delete_request(session, meeting_id)

        self._run(write)


class EditRequestCommand(MeetingCommand):
    def __init__(
        self,
        db: Database,
        meeting: MeetingView,
        fields: RequestFields,
        *,
        changed: Changed,
        failed: Failed,
    ) -> None:
        text = arg(
            QCoreApplication.translate("Meetings", "Edit the request with %1"), meeting.organisation
        )
        super().__init__(text, db, changed=changed, failed=failed)
        self.meeting_id = meeting.id
        self.before = RequestFields.of(meeting)
        self.after = fields

    def _write(self, fields: RequestFields) -> None:
        def write() -> int:
            with self._db.transaction() as session:
                update_request(
                    session,
                    self.meeting_id,
                    organisation_id=fields.organisation_id,
                    participant_ids=fields.participant_ids,
                    priority=fields.priority,
                    purpose=fields.purpose,
                    languages=fields.languages,
                    interpreter_needed=fields.interpreter_needed,
                )
            return self.meeting_id

        self._run(write)

    def redo(self) -> None:
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)


class StatusCommand(MeetingCommand):
    def __init__(
        self,
        db: Database,
        meeting: MeetingView,
        status: MeetingStatus,
        outcome: str | None,
        *,
        changed: Changed,
        failed: Failed,
    ) -> None:
        text = arg(
            QCoreApplication.translate("Meetings", "Record the status of the meeting with %1"),
            meeting.organisation,
        )
        super().__init__(text, db, changed=changed, failed=failed)
        self.meeting_id = meeting.id
        self.before = (meeting.status, meeting.outcome)
        self.after = (status, outcome)

    def _write(self, status: MeetingStatus, outcome: str | None) -> None:
        def write() -> int:
            with self._db.transaction() as session:
                set_status(session, self.meeting_id, status, outcome)
            return self.meeting_id

        self._run(write)

    def redo(self) -> None:
        self._write(*self.after)

    def undo(self) -> None:
        self._write(*self.before)


class DeleteRequestCommand(MeetingCommand):
    def __init__(
        self, db: Database, meeting: MeetingView, *, changed: Changed, failed: Failed
    ) -> None:
        text = arg(
            QCoreApplication.translate("Meetings", "Delete the request with %1"),
            meeting.organisation,
        )
        super().__init__(text, db, changed=changed, failed=failed)
        self.meeting_id = meeting.id
        self._snapshot: MeetingSnapshot | None = None

    def redo(self) -> None:
        def write() -> None:
            with self._db.transaction() as session:
                self._snapshot = delete_request(session, self.meeting_id)

        self._run(write)

    def undo(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return

        def write() -> int:
            with self._db.transaction() as session:
                return restore_request(session, snapshot)

        self._run(write)
