"""Undoable changes to the agreements register: each command calls the services to do and
undo, one transaction per step.

- Creating an agreement: undo deletes it (the core allows it while nothing refers to it yet),
  redo puts the same agreement back (same id, short name and history).
- Editing an agreement: the form before and after; undo writes the one before back. An
  organisation typed by name and made by the edit stays on record after an undo (unused), so
  that redo finds it again, as a place typed in the item editor does.
- Commitments: added (undo deletes), edited (undo writes the fields back), status set, deleted
  (undo records it again).

``changed(agreement_id)`` is called after every write (None when the agreement is gone) so the
page reads the register again; ``failed(message)`` when the services refused, and the command
is then dropped from the stack, since what it remembers is no longer the database's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from delegation_app.services.agreement_editing import (
    AgreementForm,
    create_from_form,
    delete_agreement,
    edit_agreement,
    restore_agreement,
)
from delegation_app.services.agreements import AgreementView
from delegation_app.services.commitments import (
    CommitmentView,
    create_commitment,
    delete_commitment,
    restore_commitment,
    update_commitment,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import AgreementStatus, CommitmentStatus
from ui.labels import arg
from ui.roster_jobs import failure_text

Changed = Callable[[int | None], None]
Failed = Callable[[str], None]


class AgreementCommand(QUndoCommand):
    """Base: one database transaction per step, the page told after each."""

    def __init__(self, db: Database, text: str, *, changed: Changed, failed: Failed) -> None:
        super().__init__(text)
        self._db = db
        self._changed = changed
        self._failed = failed
        self.agreement_id: int | None = None

    def _run(self, step: Callable[[], int | None]) -> None:
        try:
            shown = step()
        except Exception as exc:  # a refused write is a sentence, never a crash in Qt's stack
            self.setObsolete(True)
            self._failed(failure_text(exc))
            return
        self._changed(shown)


class CreateAgreementCommand(AgreementCommand):
    """A new agreement from the editor's form."""

    def __init__(
        self,
        db: Database,
        form: AgreementForm,
        title: str,
        *,
        short: str | None = None,
        status: AgreementStatus = AgreementStatus.DRAFT,
        changed_by: str | None = None,
        changed: Changed,
        failed: Failed,
    ) -> None:
        super().__init__(
            db,
            arg(QCoreApplication.translate("AgreementCommands", "Add the agreement %1"), title),
            changed=changed,
            failed=failed,
        )
        self.form = form
        self.short = short
        self.status = status
        self.changed_by = changed_by
        self._snapshot: AgreementView | None = None

    def redo(self) -> None:
        self._run(self._redo)

    def _redo(self) -> int:
        with self._db.transaction() as session:
            if self._snapshot is None:
                view = create_from_form(
                    session,
                    self.form,
                    short=self.short,
                    status=self.status,
                    changed_by=self.changed_by,
                )
            else:
                view = restore_agreement(session, self._snapshot)
        self.agreement_id = view.id
        return view.id

    def undo(self) -> None:
        self._run(self._undo)

    def _undo(self) -> None:
        assert self.agreement_id is not None
        with self._db.transaction() as session:
            self._snapshot = delete_agreement(session, self.agreement_id)
        return None


class EditAgreementCommand(AgreementCommand):
    """New values for an agreement's fields, parties and signatories; undo writes the old."""

    def __init__(
        self,
        db: Database,
        agreement_id: int,
        before: AgreementForm,
        after: AgreementForm,
        title: str,
        *,
        changed: Changed,
        failed: Failed,
    ) -> None:
        super().__init__(
            db,
            arg(QCoreApplication.translate("AgreementCommands", "Edit the agreement %1"), title),
            changed=changed,
            failed=failed,
        )
        self.agreement_id = agreement_id
        self.before = before
        self.after = after

    def redo(self) -> None:
        self._run(lambda: self._write(self.after))

    def undo(self) -> None:
        self._run(lambda: self._write(self.before))

    def _write(self, form: AgreementForm) -> int:
        assert self.agreement_id is not None
        with self._db.transaction() as session:
            edit_agreement(session, self.agreement_id, form)
        return self.agreement_id


# --- commitments ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CommitmentFields:
    """What the commitment editor sets: the description, party, owner, due date and status."""

    description: str
    organisation_id: int | None
    owner_id: int | None
    due_date: date | None
    status: CommitmentStatus = CommitmentStatus.OPEN

    @classmethod
    def of(cls, view: CommitmentView) -> CommitmentFields:
        return cls(
            view.description, view.organisation_id, view.owner_id, view.due_date, view.status
        )


def shortened(text: str, limit: int = 40) -> str:
    """A description cut to fit in a menu's or the undo history's line."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1].rstrip() + "…"


class AddCommitmentCommand(AgreementCommand):
    """A commitment recorded under an agreement; undo deletes it, redo records it again under
    the same id (later steps name it by id)."""

    def __init__(
        self,
        db: Database,
        agreement_id: int,
        fields: CommitmentFields,
        *,
        changed: Changed,
        failed: Failed,
    ) -> None:
        super().__init__(
            db,
            arg(
                QCoreApplication.translate("AgreementCommands", "Add the commitment “%1”"),
                shortened(fields.description),
            ),
            changed=changed,
            failed=failed,
        )
        self.agreement_id = agreement_id
        self.fields = fields
        self.commitment: CommitmentView | None = None
        self._deleted: CommitmentView | None = None

    def redo(self) -> None:
        self._run(self._redo)

    def _redo(self) -> int:
        assert self.agreement_id is not None
        with self._db.transaction() as session:
            if self._deleted is None:
                fields = self.fields
                self.commitment = create_commitment(
                    session,
                    self.agreement_id,
                    description=fields.description,
                    organisation_id=fields.organisation_id,
                    owner_id=fields.owner_id,
                    due_date=fields.due_date,
                    status=fields.status,
                )
            else:
                self.commitment = restore_commitment(session, self._deleted)
        return self.agreement_id

    def undo(self) -> None:
        self._run(self._undo)

    def _undo(self) -> int:
        assert self.agreement_id is not None and self.commitment is not None
        with self._db.transaction() as session:
            self._deleted = delete_commitment(session, self.commitment.id)
        self.commitment = None
        return self.agreement_id


class EditCommitmentCommand(AgreementCommand):
    """New fields (or only a new status) for a commitment; undo writes the old ones back."""

    def __init__(
        self,
        db: Database,
        commitment: CommitmentView,
        after: CommitmentFields,
        *,
        text: str | None = None,
        changed: Changed,
        failed: Failed,
    ) -> None:
        super().__init__(
            db,
            text
            or arg(
                QCoreApplication.translate("AgreementCommands", "Edit the commitment “%1”"),
                shortened(commitment.description),
            ),
            changed=changed,
            failed=failed,
        )
        self.agreement_id = commitment.agreement_id
        self.commitment_id = commitment.id
        self.before = CommitmentFields.of(commitment)
        self.after = after

    def redo(self) -> None:
        self._run(lambda: self._write(self.after))

    def undo(self) -> None:
        self._run(lambda: self._write(self.before))

    def _write(self, fields: CommitmentFields) -> int:
        assert self.agreement_id is not None
        with self._db.transaction() as session:
            update_commitment(
                session,
                self.commitment_id,
                description=fields.description,
                organisation_id=fields.organisation_id,
                owner_id=fields.owner_id,
                due_date=fields.due_date,
                status=fields.status,
            )
        return self.agreement_id


class DeleteCommitmentCommand(AgreementCommand):
    """A commitment deleted; undo records it again, same id and fields."""

    def __init__(
        self, db: Database, commitment: CommitmentView, *, changed: Changed, failed: Failed
    ) -> None:
        super().__init__(
            db,
            arg(
                QCoreApplication.translate("AgreementCommands", "Delete the commitment “%1”"),
                shortened(commitment.description),
            ),
            changed=changed,
            failed=failed,
        )
        self.agreement_id = commitment.agreement_id
        self.commitment = commitment

    def redo(self) -> None:
        self._run(self._delete)

    def _delete(self) -> int:
        assert self.agreement_id is not None
        with self._db.transaction() as session:
            self.commitment = delete_commitment(session, self.commitment.id)
        return self.agreement_id

    def undo(self) -> None:
        self._run(self._restore)

    def _restore(self) -> int:
        assert self.agreement_id is not None
        with self._db.transaction() as session:
            restore_commitment(session, self.commitment)
        return self.agreement_id
