"""Undoable changes to the itinerary: each command calls the itinerary services to do and undo.

A command remembers what the services returned (a deleted item's snapshot, an item's fields
before an edit) so that undo and redo give back the same item: same id, same calendar uid.
``changed(item_id)`` is called after every write (None when the item is gone) so the page
reads the itinerary again; ``failed(message)`` when the services refused, and the command
is then dropped from the stack, since what it remembers is no longer the database's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from delegation_app.services.itinerary import (
    ItemChanges,
    ItemSnapshot,
    create_item,
    delete_item,
    duplicate_item,
    move_item,
    restore_item,
    update_item,
)
from delegation_app.services.venues import NewVenue, with_venue
from delegation_app.storage.database import Database
from ui.labels import arg
from ui.roster_jobs import failure_text

Changed = Callable[[int | None], None]
Failed = Callable[[str], None]

#: QUndoCommand ids: consecutive moves of one item merge into one step.
MOVE_COMMAND_ID = 4101


def move_text(title: str, delta: timedelta) -> str:
    """``Move Lunch 15 min later``, ``Move Lunch 1 day earlier``."""
    minutes = int(delta.total_seconds() // 60)
    if minutes % (24 * 60) == 0:
        days = abs(minutes) // (24 * 60)
        amount = (
            QCoreApplication.translate("ItineraryCommands", "1 day")
            if days == 1
            else arg(QCoreApplication.translate("ItineraryCommands", "%1 days"), days)
        )
    elif minutes % 60 == 0:
        amount = arg(QCoreApplication.translate("ItineraryCommands", "%1 h"), abs(minutes) // 60)
    else:
        hours, rest = divmod(abs(minutes), 60)
        amount = (
            arg(QCoreApplication.translate("ItineraryCommands", "%1 h %2"), hours, f"{rest:02d}")
            if hours
            else arg(QCoreApplication.translate("ItineraryCommands", "%1 min"), rest)
        )
    template = (
        QCoreApplication.translate("ItineraryCommands", "Move %1 %2 later")
        if minutes > 0
        else QCoreApplication.translate("ItineraryCommands", "Move %1 %2 earlier")
    )
    return arg(template, title, amount)


class ItemCommand(QUndoCommand):
    """Base: one database transaction per step, the page told after each."""

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


class _AddCommand(ItemCommand):
    """Adds an item; undo deletes it, redo brings back that same item (same id and uid)."""

    def __init__(self, db: Database, text: str, *, changed: Changed, failed: Failed) -> None:
        super().__init__(db, text, changed=changed, failed=failed)
        self._snapshot: ItemSnapshot | None = None

    def _make(self, session: Session) -> int:
        raise NotImplementedError

    def redo(self) -> None:
        self._run(self._redo)

    def _redo(self) -> int:
        with self._db.transaction() as session:
            if self._snapshot is None:
                self.item_id = self._make(session)
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


class CreateItemCommand(_AddCommand):
    """A new item of the mission, with the fields the editor gave."""

    def __init__(
        self,
        db: Database,
        mission_id: int,
        changes: ItemChanges,
        title: str,
        *,
        changed: Changed,
        failed: Failed,
        new_venue: NewVenue | None = None,
    ) -> None:
        super().__init__(
            db,
            arg(QCoreApplication.translate("ItineraryCommands", "Add %1"), title),
            changed=changed,
            failed=failed,
        )
        self.mission_id = mission_id
        self.changes = changes
        self.new_venue = new_venue

    def _make(self, session: Session) -> int:
        # A place typed in the editor is created with the item, in the same transaction; undo
        # removes the item and leaves the place, unused, for redo to find again.
        changes = with_venue(session, self.changes, self.new_venue)
        values = {f.name: getattr(changes, f.name) for f in fields(ItemChanges)}
        return create_item(session, mission_id=self.mission_id, **values)


class DuplicateItemCommand(_AddCommand):
    """A copy of an item (a new uid, no bookings), at ``start_local`` or the same time."""

    def __init__(
        self,
        db: Database,
        item_id: int,
        title: str,
        *,
        start_local: datetime | None = None,
        changed: Changed,
        failed: Failed,
    ) -> None:
        super().__init__(
            db,
            arg(QCoreApplication.translate("ItineraryCommands", "Duplicate %1"), title),
            changed=changed,
            failed=failed,
        )
        self.source_id = item_id
        self.start_local = start_local

    def _make(self, session: Session) -> int:
        return duplicate_item(session, self.source_id, start_local=self.start_local)


class EditItemCommand(ItemCommand):
    """New values for an item's fields; undo writes the previous ones back."""

    def __init__(
        self,
        db: Database,
        item_id: int,
        before: ItemChanges,
        after: ItemChanges,
        title: str,
        *,
        changed: Changed,
        failed: Failed,
        new_venue: NewVenue | None = None,
    ) -> None:
        super().__init__(
            db,
            arg(QCoreApplication.translate("ItineraryCommands", "Edit %1"), title),
            changed=changed,
            failed=failed,
        )
        self.item_id = item_id
        self.before = before
        self.after = after
        self.new_venue = new_venue

    def redo(self) -> None:
        self._run(lambda: self._write(self.after, self.new_venue))

    def undo(self) -> None:
        self._run(lambda: self._write(self.before, None))

    def _write(self, changes: ItemChanges, new_venue: NewVenue | None) -> int:
        assert self.item_id is not None
        with self._db.transaction() as session:
            update_item(session, self.item_id, with_venue(session, changes, new_venue))
        return self.item_id


class MoveItemCommand(ItemCommand):
    """An item moved by ``delta`` (wall time, zones kept); undo moves it back.

    Consecutive moves of the same item merge, so that pressing Alt+Down four times is
    undone in one step."""

    def __init__(
        self,
        db: Database,
        item_id: int,
        delta: timedelta,
        title: str,
        *,
        changed: Changed,
        failed: Failed,
    ) -> None:
        super().__init__(db, move_text(title, delta), changed=changed, failed=failed)
        self.item_id = item_id
        self.delta = delta
        self.title = title

    def id(self) -> int:
        return MOVE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveItemCommand) or other.item_id != self.item_id:
            return False
        self.delta += other.delta
        self.setText(move_text(self.title, self.delta))
        if not self.delta:
            self.setObsolete(True)  # moved there and back: nothing left to undo
        return True

    def redo(self) -> None:
        self._run(lambda: self._move(self.delta))

    def undo(self) -> None:
        self._run(lambda: self._move(-self.delta))

    def _move(self, delta: timedelta) -> int:
        assert self.item_id is not None
        with self._db.transaction() as session:
            move_item(session, self.item_id, delta)
        return self.item_id


class DeleteItemCommand(ItemCommand):
    """An item deleted; undo brings it back with its uid, audience and dependent rows."""

    def __init__(
        self, db: Database, item_id: int, title: str, *, changed: Changed, failed: Failed
    ) -> None:
        super().__init__(
            db,
            arg(QCoreApplication.translate("ItineraryCommands", "Delete %1"), title),
            changed=changed,
            failed=failed,
        )
        self.item_id = item_id
        self.snapshot: ItemSnapshot | None = None

    def redo(self) -> None:
        self._run(self._delete)

    def _delete(self) -> None:
        assert self.item_id is not None
        with self._db.transaction() as session:
            self.snapshot = delete_item(session, self.item_id)
        return None

    def undo(self) -> None:
        self._run(self._restore)

    def _restore(self) -> int:
        assert self.snapshot is not None
        with self._db.transaction() as session:
            self.item_id = restore_item(session, self.snapshot)
        return self.item_id
