"""Undoable changes to leads and their follow-up actions: each step calls the services.

A new lead is undone by deleting it (its snapshot brings it back under the same id), a change
of stage by taking back the last line of its history (redone with the same moment, author and
note), a new action by deleting it (back under its id), marking an action done by reopening
it. ``changed(lead_id)`` is called after each write; ``failed(message)`` when the services
refused, and the command is then dropped from the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from delegation_app.services.follow_ups import (
    FollowUpView,
    add_follow_up,
    close_follow_up,
    delete_follow_up,
    reopen_follow_up,
    restore_follow_up,
)
from delegation_app.services.leads import (
    LeadRow,
    LeadSnapshot,
    change_stage,
    create_lead,
    delete_lead,
    link_meeting,
    restore_lead,
    revert_stage_change,
    stage_label,
    unlink_meeting,
    update_lead,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import FollowUpStatus, LeadStage
from ui.labels import arg
from ui.roster_jobs import failure_text

Changed = Callable[[int | None], None]
Failed = Callable[[str], None]


@dataclass(frozen=True, kw_only=True)
class LeadInput:
    """What the new-lead editor gives: the arguments of ``create_lead``."""

    organisation_id: int
    mission_id: int | None
    meeting_ids: tuple[int, ...] = ()
    stage: LeadStage = LeadStage.CONTACT
    sector: str | None = None
    project: str | None = None
    jobs_expected: int | None = None
    investment_expected: int | None = None
    investment_currency: str | None = None
    owner_person_id: int | None = None
    note: str | None = None


class LeadCommand(QUndoCommand):
    """Base: one transaction per step, the page told after each."""

    def __init__(self, db: Database, text: str, *, changed: Changed, failed: Failed) -> None:
        super().__init__(text)
        self._db = db
        self._changed = changed
        self._failed = failed
        self.lead_id: int | None = None

    def _run(self, step: Callable[[], int | None]) -> None:
        try:
            shown = step()
        except Exception as exc:  # a refused write is a sentence, never a crash in Qt's stack
            self.setObsolete(True)
            self._failed(failure_text(exc))
            return
        self._changed(shown)


class CreateLeadCommand(LeadCommand):
    def __init__(
        self,
        db: Database,
        lead: LeadInput,
        organisation: str,
        *,
        changed: Changed,
        failed: Failed,
    ) -> None:
        text = arg(QCoreApplication.translate("LeadCommands", "New lead: %1"), organisation)
        super().__init__(db, text, changed=changed, failed=failed)
        self.lead = lead
        self._snapshot: LeadSnapshot | None = None

    def redo(self) -> None:
        self._run(self._redo)

    def _redo(self) -> int:
        with self._db.transaction() as session:
            if self._snapshot is None:
                lead = self.lead
                self.lead_id = create_lead(
                    session,
                    organisation_id=lead.organisation_id,
                    mission_id=lead.mission_id,
                    meeting_ids=lead.meeting_ids,
                    stage=lead.stage,
                    sector=lead.sector,
                    project=lead.project,
                    jobs_expected=lead.jobs_expected,
                    investment_expected=lead.investment_expected,
                    investment_currency=lead.investment_currency,
                    owner_person_id=lead.owner_person_id,
                    note=lead.note,
                ).id
            else:
                self.lead_id = restore_lead(session, self._snapshot).id
        return self.lead_id

    def undo(self) -> None:
        self._run(self._undo)

    def _undo(self) -> None:
        assert self.lead_id is not None
        with self._db.transaction() as session:
            self._snapshot = delete_lead(session, self.lead_id)
        return None


class ChangeStageCommand(LeadCommand):
    def __init__(
        self,
        db: Database,
        lead_id: int,
        organisation: str,
        stage: LeadStage,
        *,
        note: str | None,
        language: str,
        changed: Changed,
        failed: Failed,
    ) -> None:
        text = arg(
            QCoreApplication.translate("LeadCommands", "Move %1 to %2"),
            organisation,
            stage_label(stage, language),
        )
        super().__init__(db, text, changed=changed, failed=failed)
        self.lead_id = lead_id
        self.stage = stage
        self.note = note
        self.at: datetime | None = None

    def redo(self) -> None:
        self._run(self._redo)

    def _redo(self) -> int:
        assert self.lead_id is not None
        with self._db.transaction() as session:
            detail = change_stage(session, self.lead_id, self.stage, note=self.note, at=self.at)
            self.at = detail.history[-1].changed_at  # redone at the same moment
        return self.lead_id

    def undo(self) -> None:
        self._run(self._undo)

    def _undo(self) -> int:
        assert self.lead_id is not None
        with self._db.transaction() as session:
            revert_stage_change(session, self.lead_id)
        return self.lead_id


class AddFollowUpCommand(LeadCommand):
    def __init__(
        self,
        db: Database,
        lead_id: int,
        description: str,
        *,
        owner_id: int | None,
        due_date: date | None,
        changed: Changed,
        failed: Failed,
    ) -> None:
        text = arg(QCoreApplication.translate("LeadCommands", "Add action %1"), description)
        super().__init__(db, text, changed=changed, failed=failed)
        self.lead_id = lead_id
        self.description = description
        self.owner_id = owner_id
        self.due_date = due_date
        self.action: FollowUpView | None = None

    def redo(self) -> None:
        self._run(self._redo)

    def _redo(self) -> int:
        assert self.lead_id is not None
        with self._db.transaction() as session:
            if self.action is None:
                self.action = add_follow_up(
                    session,
                    description=self.description,
                    lead_id=self.lead_id,
                    owner_id=self.owner_id,
                    due_date=self.due_date,
                )
            else:
                self.action = restore_follow_up(session, self.action)
        return self.lead_id

    def undo(self) -> None:
        self._run(self._undo)

    def _undo(self) -> int:
        assert self.action is not None and self.lead_id is not None
        with self._db.transaction() as session:
            self.action = delete_follow_up(session, self.action.id)
        return self.lead_id


class CloseFollowUpCommand(LeadCommand):
    def __init__(
        self,
        db: Database,
        action: FollowUpView,
        lead_id: int,
        *,
        changed: Changed,
        failed: Failed,
        status: FollowUpStatus = FollowUpStatus.DONE,
    ) -> None:
        text = arg(QCoreApplication.translate("LeadCommands", "Mark done: %1"), action.description)
        super().__init__(db, text, changed=changed, failed=failed)
        self.lead_id = lead_id
        self.action_id = action.id
        self.status = status

    def redo(self) -> None:
        self._run(self._redo)

    def _redo(self) -> int:
        assert self.lead_id is not None
        with self._db.transaction() as session:
            close_follow_up(session, self.action_id, self.status)
        return self.lead_id

    def undo(self) -> None:
        self._run(self._undo)

    def _undo(self) -> int:
        assert self.lead_id is not None
        with self._db.transaction() as session:
            reopen_follow_up(session, self.action_id)
        return self.lead_id


class LinkMeetingCommand(LeadCommand):
    """Links a meeting (of any mission) to the lead; undo takes it off again."""

    def __init__(
        self,
        db: Database,
        lead_id: int,
        meeting_id: int,
        organisation: str,
        *,
        changed: Changed,
        failed: Failed,
    ) -> None:
        text = arg(
            QCoreApplication.translate("LeadCommands", "Link the meeting with %1"), organisation
        )
        super().__init__(db, text, changed=changed, failed=failed)
        self.lead_id = lead_id
        self.meeting_id = meeting_id

    def redo(self) -> None:
        self._run(self._redo)

    def _redo(self) -> int:
        assert self.lead_id is not None
        with self._db.transaction() as session:
            link_meeting(session, self.lead_id, self.meeting_id)
        return self.lead_id

    def undo(self) -> None:
        self._run(self._undo)

    def _undo(self) -> int:
        assert self.lead_id is not None
        with self._db.transaction() as session:
            unlink_meeting(session, self.lead_id, self.meeting_id)
        return self.lead_id


@dataclass(frozen=True, kw_only=True)
class LeadChanges:
    """The fields of a lead the editor changes (``update_lead``'s arguments)."""

    sector: str | None
    project: str | None
    jobs_expected: int | None
    investment_expected: int | None
    investment_currency: str | None
    owner_person_id: int | None

    @classmethod
    def of(cls, lead: LeadRow) -> LeadChanges:
        return cls(
            sector=lead.sector,
            project=lead.project,
            jobs_expected=lead.jobs_expected,
            investment_expected=lead.investment_expected,
            investment_currency=lead.investment_currency,
            owner_person_id=lead.owner_id,
        )

    def write(self, session: Session, lead_id: int) -> LeadRow:
        return update_lead(
            session,
            lead_id,
            sector=self.sector,
            project=self.project,
            jobs_expected=self.jobs_expected,
            investment_expected=self.investment_expected,
            investment_currency=self.investment_currency,
            owner_person_id=self.owner_person_id,
        )


class EditLeadCommand(LeadCommand):
    """Sector, project, expected jobs and investment, owner; undo writes back the former."""

    def __init__(
        self,
        db: Database,
        lead: LeadRow,
        changes: LeadChanges,
        *,
        changed: Changed,
        failed: Failed,
    ) -> None:
        text = arg(
            QCoreApplication.translate("LeadCommands", "Edit the lead %1"), lead.organisation
        )
        super().__init__(db, text, changed=changed, failed=failed)
        self.lead_id = lead.id
        self.before = LeadChanges.of(lead)
        self.after = changes

    def redo(self) -> None:
        self._run(lambda: self._write(self.after))

    def undo(self) -> None:
        self._run(lambda: self._write(self.before))

    def _write(self, changes: LeadChanges) -> int:
        assert self.lead_id is not None
        with self._db.transaction() as session:
            changes.write(session, self.lead_id)
        return self.lead_id
