"""Undoable edits of delegates: one delegate's record from the form, and the groups of many.

Each command calls the roster services in one transaction per step and remembers what they
returned (the values replaced, the memberships before) so that undo writes them back.
``changed(participant_ids)`` is called after every write so the window reads the roster
again; ``failed(message)`` when the services refused, and the command is then dropped from
the stack, since what it remembers is no longer the database's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.exc import StatementError

from delegation_app.services.roster import (
    create_group,
    delete_group,
    set_groups,
    set_memberships,
    update_delegate,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import GroupKind
from ui.labels import arg
from ui.roster_jobs import failure_text

Changed = Callable[[tuple[int, ...]], None]
Failed = Callable[[str], None]


def safe_failure_text(exc: Exception) -> str:
    """``failure_text`` without a database statement's parameters: they may hold a passport
    number, and an unexpected failure is logged."""
    if isinstance(exc, StatementError):
        plain = RuntimeError(str(exc.orig) if exc.orig is not None else type(exc).__name__)
        plain.__suppress_context__ = True
        return failure_text(plain)
    return failure_text(exc)


class _RosterCommand(QUndoCommand):
    def __init__(self, db: Database, text: str, *, changed: Changed, failed: Failed) -> None:
        super().__init__(text)
        self._db = db
        self._changed = changed
        self._failed = failed

    def _run(self, step: Callable[[], tuple[int, ...]]) -> None:
        try:
            shown = step()
        except Exception as exc:  # a refused write is a sentence, never a crash in Qt's stack
            self.setObsolete(True)
            self._failed(safe_failure_text(exc))
            return
        self._changed(shown)


class EditDelegateCommand(_RosterCommand):
    """New values for some fields of a delegate's record; undo writes the replaced ones back.

    The values may hold a passport number: they stay in memory, in this command, and are
    never part of its text."""

    def __init__(
        self,
        db: Database,
        participant_id: int,
        changes: Mapping[str, object],
        name: str,
        *,
        changed: Changed,
        failed: Failed,
    ) -> None:
        super().__init__(
            db,
            arg(QCoreApplication.translate("RosterCommands", "Edit %1"), name),
            changed=changed,
            failed=failed,
        )
        self.participant_id = participant_id
        self.changes = dict(changes)
        self.previous: dict[str, object] = {}

    def redo(self) -> None:
        self._run(self._apply)

    def _apply(self) -> tuple[int, ...]:
        with self._db.transaction() as session:
            update = update_delegate(session, self.participant_id, self.changes)
        if not self.previous:
            self.previous = dict(update.previous)
        if not update.changed and not self.previous:
            self.setObsolete(True)  # the form's values were the stored ones: nothing to undo
        return (self.participant_id,)

    def undo(self) -> None:
        self._run(self._restore)

    def _restore(self) -> tuple[int, ...]:
        with self._db.transaction() as session:
            update_delegate(session, self.participant_id, self.previous)
        return (self.participant_id,)


def groups_change_text(count: int, name: str, group: str, *, add: bool, new: bool) -> str:
    """``Add Hélène Durand to Press``, ``Remove 3 delegates from Press``..."""
    if new:
        template = (
            QCoreApplication.translate("RosterCommands", "Add %1 to the new group %2")
            if count == 1
            else QCoreApplication.translate(
                "RosterCommands", "Add %1 delegates to the new group %2"
            )
        )
    elif add:
        template = (
            QCoreApplication.translate("RosterCommands", "Add %1 to %2")
            if count == 1
            else QCoreApplication.translate("RosterCommands", "Add %1 delegates to %2")
        )
    else:
        template = (
            QCoreApplication.translate("RosterCommands", "Remove %1 from %2")
            if count == 1
            else QCoreApplication.translate("RosterCommands", "Remove %1 delegates from %2")
        )
    return arg(template, name if count == 1 else count, group)


class ChangeGroupsCommand(_RosterCommand):
    """Many delegates put into a group (a new one, made on the way) or taken out of one; undo
    gives each delegate their groups back, and removes the group it made."""

    def __init__(
        self,
        db: Database,
        participant_ids: Sequence[int],
        text: str,
        *,
        add: int | None = None,
        remove: int | None = None,
        new_group: tuple[str, GroupKind] | None = None,
        mission_id: int | None = None,
        changed: Changed,
        failed: Failed,
    ) -> None:
        super().__init__(db, text, changed=changed, failed=failed)
        if new_group is not None and mission_id is None:
            raise ValueError("a new group needs its mission")
        self.participant_ids = tuple(participant_ids)
        self.add = add
        self.remove = remove
        self.new_group = new_group
        self.mission_id = mission_id
        self.previous: dict[int, tuple[int, ...]] = {}

    def redo(self) -> None:
        self._run(self._apply)

    def _apply(self) -> tuple[int, ...]:
        with self._db.transaction() as session:
            if self.new_group is not None:
                assert self.mission_id is not None
                name, kind = self.new_group
                self.add = create_group(session, self.mission_id, name, kind).id
            self.previous = set_groups(
                session,
                self.participant_ids,
                add=[self.add] if self.add is not None else [],
                remove=[self.remove] if self.remove is not None else [],
            )
        return self.participant_ids

    def undo(self) -> None:
        self._run(self._restore)

    def _restore(self) -> tuple[int, ...]:
        with self._db.transaction() as session:
            set_memberships(session, self.previous)
            if self.new_group is not None and self.add is not None:
                delete_group(session, self.add)
        return self.participant_ids
