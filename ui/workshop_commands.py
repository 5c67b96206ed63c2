"""Undoable changes to the workshops: each step calls the workshop services to do and undo.

A new workshop is undone by deleting its itinerary item (the snapshot keeps its details,
speakers and registrations) and redone by bringing that same item back; an edit is undone by
saving the form read before it. ``changed(item_id)`` is called after every write (None when
the workshop is gone); ``failed(message)`` when the services refused, and the command is then
dropped from the stack, since what it remembers is no longer the database's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from delegation_app.services.itinerary import ItemSnapshot, delete_item, restore_item
from delegation_app.services.workshop_editing import WorkshopForm, save_workshop, workshop_form
from delegation_app.storage.database import Database
from ui.labels import arg
from ui.roster_jobs import failure_text

Changed = Callable[[int | None], None]
Failed = Callable[[str], None]


class WorkshopCommand(QUndoCommand):
    """Base: one transaction per step, the page told after each."""

    def __init__(self, db: Database, text: str, *, changed: Changed, failed: Failed) -> None:
        super().__init__(text)
        self._db = db
        self._changed = changed
        self._failed = failed
        self.item_id: int | None = None

    def _run(self, step: Callable[[], int | None]) -> None:
        try:
            shown = step()
        except Exception as exc:  # a refused write is a sentence, never a crash in Qt's stack
            self.setObsolete(True)
            self._failed(failure_text(exc))
            return
        self._changed(shown)


class CreateWorkshopCommand(WorkshopCommand):
    """A new workshop of the mission; undo deletes it, redo brings back the same item."""

    def __init__(
        self,
        db: Database,
        mission_id: int,
        form: WorkshopForm,
        title: str,
        *,
        changed: Changed,
        failed: Failed,
    ) -> None:
        text = arg(QCoreApplication.translate("WorkshopCommands", "Add workshop %1"), title)
        super().__init__(db, text, changed=changed, failed=failed)
        self.mission_id = mission_id
        self.form = form
        self._snapshot: ItemSnapshot | None = None

    def redo(self) -> None:
        self._run(self._redo)

    def _redo(self) -> int:
        with self._db.transaction() as session:
            if self._snapshot is None:
                self.item_id = save_workshop(session, self.form, mission_id=self.mission_id)
            else:
                self.item_id = restore_item(session, self._snapshot)
        return self.item_id

    def undo(self) -> None:
        self._run(self._undo)

    def _undo(self) -> None:
        assert self.item_id is not None
        with self._db.transaction() as session:
            self._snapshot = delete_item(session, self.item_id)
        return None


class EditWorkshopCommand(WorkshopCommand):
    """Every field of a workshop at once; undo saves back what was there before."""

    def __init__(
        self,
        db: Database,
        mission_id: int,
        item_id: int,
        form: WorkshopForm,
        title: str,
        *,
        changed: Changed,
        failed: Failed,
    ) -> None:
        text = arg(QCoreApplication.translate("WorkshopCommands", "Edit workshop %1"), title)
        super().__init__(db, text, changed=changed, failed=failed)
        self.mission_id = mission_id
        self.item_id = item_id
        self.form = form
        self.before: WorkshopForm | None = None

    def redo(self) -> None:
        self._run(lambda: self._save(self.form))

    def undo(self) -> None:
        assert self.before is not None
        self._run(lambda: self._save(self.before))

    def _save(self, form: WorkshopForm | None) -> int:
        assert self.item_id is not None and form is not None
        with self._db.transaction() as session:
            if self.before is None:
                self.before = workshop_form(session, self.item_id)
            save_workshop(session, form, mission_id=self.mission_id, item_id=self.item_id)
            if form is self.form:
                # Speakers from outside are on record now: a redo names them, never again.
                self.form = workshop_form(session, self.item_id)
        return self.item_id


class DeleteWorkshopCommand(WorkshopCommand):
    """Deletes a workshop's item with its details; undo brings back the same item."""

    def __init__(
        self, db: Database, item_id: int, title: str, *, changed: Changed, failed: Failed
    ) -> None:
        text = arg(QCoreApplication.translate("WorkshopCommands", "Delete workshop %1"), title)
        super().__init__(db, text, changed=changed, failed=failed)
        self.item_id = item_id
        self._snapshot: ItemSnapshot | None = None

    def redo(self) -> None:
        self._run(self._redo)

    def _redo(self) -> None:
        assert self.item_id is not None
        with self._db.transaction() as session:
            self._snapshot = delete_item(session, self.item_id)
        return None

    def undo(self) -> None:
        self._run(self._undo)

    def _undo(self) -> int:
        assert self._snapshot is not None
        with self._db.transaction() as session:
            self.item_id = restore_item(session, self._snapshot)
        return self.item_id
