"""The meetings tab of the window: the mission's B2B meetings and "Schedule all".

- The list shows every meeting of the mission: its time (in the stop's zone), organisation,
  delegates, priority, status and place; a locked meeting shows a padlock icon. After a plan,
  a meeting that could not be placed says why in the last column.
- Below it, the grid of the B2B slots (``ui/meetings_grid.py``) by delegate or by table;
  dragging a meeting, or a request from the list, onto a slot moves it through the core
  (``move_meeting``), undoably; a refusal is one sentence in the status bar.
- New request / Edit / Status (and the context menus of the list and the grid) open the forms
  of ``ui/meeting_dialogs.py``; every change is a command of ``ui/meetings_commands.py``.
- "Schedule all…" computes the plan in a worker thread (a big mission takes seconds) with a
  progress dialog that counts the scheduler's steps, then shows what would change (new,
  moved, back to requested, not placed, and the share of the best possible) before anything
  is written. Applying is one undoable step: undo takes the plan back exactly (``revert_plan``).
- Lock / Unlock (Ctrl+L) keeps a meeting in its time; undoable.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from babel.dates import format_date
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegation_app.errors import DomainError
from delegation_app.services.meeting_plan import (
    Change,
    MeetingPlan,
    PlannedMeeting,
    SessionView,
    apply_plan,
    list_b2b_sessions,
    plan_meetings,
    reason_text,
    revert_plan,
)
from delegation_app.services.meetings import MeetingView, list_meetings, set_locked
from delegation_app.services.missions import MissionView
from delegation_app.services.people import list_organisations
from delegation_app.services.roster import list_roster
from delegation_app.storage.database import Database
from delegation_app.storage.models import MeetingStatus
from ui import settings as keys
from ui.icons import icon
from ui.labels import arg
from ui.meeting_dialogs import RequestDialog, StatusDialog
from ui.meetings_commands import (
    CreateRequestCommand,
    DeleteRequestCommand,
    EditRequestCommand,
    MoveMeetingCommand,
    RequestFields,
    StatusCommand,
)
from ui.meetings_grid import BY_DELEGATE, MEETING_MIME, GridSlot, MeetingsGrid, meeting_mime
from ui.meetings_labels import meeting_status_label, priority_label, when_text
from ui.roster_jobs import failure_text
from ui.search import SEARCH_ROLE, SORT_ROLE, SearchProxyModel, fold
from ui.table_layout import remember_columns
from ui.workers import Job, JobRunner

log = logging.getLogger(__name__)

WHEN, ORGANISATION, DELEGATES, PRIORITY, STATUS, PLACE, NOTE = range(7)


def change_label(change: Change) -> str:
    labels = {
        Change.NEW: QCoreApplication.translate("Meetings", "New"),
        Change.KEPT: QCoreApplication.translate("Meetings", "Kept"),
        Change.MOVED: QCoreApplication.translate("Meetings", "Moved"),
        Change.FIXED: QCoreApplication.translate("Meetings", "Locked or set by hand"),
        Change.DROPPED: QCoreApplication.translate("Meetings", "Back to requested"),
        Change.UNPLACED: QCoreApplication.translate("Meetings", "Not placed"),
    }
    return labels[change]


def session_text(view: SessionView, language: str) -> str:
    day = format_date(view.start_local.date(), "EEE d MMM", locale=language)
    return arg(
        QCoreApplication.translate("Meetings", "%1 %2–%3 at %4: %5 tables, %6-minute slots"),
        day,
        f"{view.start_local:%H:%M}",
        f"{view.end_local:%H:%M}",
        view.venue or "?",
        view.tables,
        view.slot_minutes,
    )


class MeetingsModel(QAbstractTableModel):
    """The mission's meetings; the last plan's reasons for those it could not place."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.rows: list[MeetingView] = []
        self.notes: dict[int, str] = {}

    def set_language(self, language: str) -> None:
        self._language = language
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, NOTE))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, NOTE)

    def set_rows(self, rows: Sequence[MeetingView], notes: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if notes is not None:
            self.notes = notes
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else NOTE + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            WHEN: self.tr("When"),
            ORGANISATION: self.tr("Organisation"),
            DELEGATES: self.tr("Delegates"),
            PRIORITY: self.tr("Priority"),
            STATUS: self.tr("Status"),
            PLACE: self.tr("Place"),
            NOTE: self.tr("Note"),
        }
        return headers.get(section)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role not in _ROLES or not index.isValid():
            return None  # the fonts, alignments, sizes… Qt asks for of every cell it sizes
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SEARCH_ROLE and column == 0:
            return fold(" ".join([row.organisation, *row.delegates, row.purpose or ""]))
        if role == SORT_ROLE:
            if column == WHEN:
                start = row.start
                return start.timestamp() if start is not None else float("inf")
            if column == PRIORITY:
                return row.priority
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == WHEN and row.locked:
                return self.tr("Locked: scheduling never moves this meeting")
            if column in (DELEGATES, PLACE, NOTE):
                return self._display(row, column) or None
            return row.purpose
        if role == Qt.ItemDataRole.DecorationRole and column == WHEN and row.locked:
            # An icon, not "🔒" in the text: most systems' fonts have no such glyph (a box).
            return icon("changes-prevent")
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [MEETING_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        for index in indexes:
            if index.isValid():
                return meeting_mime(self.rows[index.row()].id)
        return QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def _display(self, row: MeetingView, column: int) -> str:
        if column == WHEN:
            return when_text(row.start, _end(row), self._language)
        if column == ORGANISATION:
            return row.organisation
        if column == DELEGATES:
            return ", ".join(row.delegates)
        if column == PRIORITY:
            return priority_label(row.priority)
        if column == STATUS:
            return meeting_status_label(row.status)
        if column == PLACE:
            return row.venue or ""
        return self.notes.get(row.id, "")


#: The roles ``MeetingsModel.data`` answers; it answers None to the others at once (the
#: header sizes its columns to their contents, asking each cell for a dozen roles).
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.UserRole,
        SEARCH_ROLE,
        SORT_ROLE,
    }
)


def _end(row: MeetingView) -> datetime | None:
    if row.end_local is None or row.end_zone is None:
        return None
    return row.end_local


class PlanJob(Job):
    """Computes the plan of a mission's meetings in a reading session (nothing written)."""

    finished = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)
    """(steps done, steps in all) of the planning."""

    def __init__(self, db: Database, mission_id: int) -> None:
        super().__init__(db)
        self.mission_id = mission_id

    def work(self) -> None:
        try:
            with self._db.reading() as session:
                plan = plan_meetings(session, self.mission_id, self.progress.emit)
        except Exception as exc:
            if not isinstance(exc, DomainError):
                log.exception("meeting planning failed")
            self.failed.emit(failure_text(exc))
        else:
            self.finished.emit(plan)


def plan_summary(plan: MeetingPlan) -> str:
    share = f"{plan.placed / plan.bound:.0%}" if plan.bound else "–"
    return arg(
        QCoreApplication.translate(
            "Meetings",
            "%1 of %2 meetings placed (%3 of the best any plan could do: %4). "
            "%5 new, %6 moved, %7 back to requested, %8 not placed.",
        ),
        plan.placed,
        plan.requested,
        share,
        plan.bound,
        plan.count(Change.NEW),
        plan.count(Change.MOVED),
        plan.count(Change.DROPPED),
        plan.count(Change.UNPLACED),
    )


class PlanDialog(QDialog):
    """What a plan would change, before anything is written."""

    def __init__(self, plan: MeetingPlan, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schedule all meetings"))
        self.plan = plan
        summary = QLabel(plan_summary(plan))
        summary.setWordWrap(True)
        shown = sorted(
            (m for m in plan.meetings if m.change not in (Change.KEPT, Change.FIXED)),
            key=lambda m: (m.start is None, m.start.timestamp() if m.start else 0, m.organisation),
        )
        self.table = QTableWidget(len(shown), 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Change"),
                self.tr("When"),
                self.tr("Organisation"),
                self.tr("Delegates"),
                self.tr("Place"),
                self.tr("Why not placed"),
            ]
        )
        for row, meeting in enumerate(shown):
            cells = [
                change_label(meeting.change),
                _when_with_before(meeting, language),
                meeting.organisation,
                ", ".join(meeting.delegates),
                meeting.place or "",
                reason_text(meeting, language),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        writes = plan.count(Change.NEW) + plan.count(Change.MOVED) + plan.count(Change.DROPPED)
        self.buttons = QDialogButtonBox()
        if writes:
            apply = self.buttons.addButton(
                self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            apply.setDefault(True)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "Moved meetings go back to “proposed”: confirm them again with the companies. "
                "Applying can be undone (Ctrl+Z)."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(1080, 480)

    @property
    def writes(self) -> bool:
        return any(
            m.change in (Change.NEW, Change.MOVED, Change.DROPPED) for m in self.plan.meetings
        )


def _when_with_before(meeting: PlannedMeeting, language: str) -> str:
    text = when_text(meeting.start, meeting.end, language)
    if meeting.change is Change.MOVED and meeting.before is not None:
        was = when_text(meeting.before, None, language)
        return arg(QCoreApplication.translate("Meetings", "%1 (was %2)"), text, was)
    if meeting.change is Change.DROPPED and meeting.before is not None:
        return arg(
            QCoreApplication.translate("Meetings", "was %1"),
            when_text(meeting.before, None, language),
        )
    return text


class ApplyPlanCommand(QUndoCommand):
    """Writes the plan (computed again on the data of the moment); undo takes it back."""

    def __init__(
        self,
        db: Database,
        mission_id: int,
        *,
        changed: Callable[[MeetingPlan | None], None],
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(QCoreApplication.translate("Meetings", "Schedule all meetings"))
        self._db = db
        self.mission_id = mission_id
        self.plan: MeetingPlan | None = None
        self._changed = changed
        self._failed = failed

    def redo(self) -> None:
        try:
            with self._db.transaction() as session:
                self.plan = apply_plan(session, self.mission_id)
        except Exception as exc:  # a refused write is a sentence, never a crash in Qt's stack
            self.setObsolete(True)
            self._failed(failure_text(exc))
            return
        self._changed(self.plan)

    def undo(self) -> None:
        plan = self.plan
        if plan is None:
            return
        try:
            with self._db.transaction() as session:
                revert_plan(session, plan)
        except Exception as exc:
            self.setObsolete(True)
            self._failed(failure_text(exc))
            return
        self._changed(None)


class LockCommand(QUndoCommand):
    def __init__(
        self,
        db: Database,
        meeting: MeetingView,
        locked: bool,
        *,
        changed: Callable[[], None],
        failed: Callable[[str], None],
    ) -> None:
        text = (
            QCoreApplication.translate("Meetings", "Lock the meeting with %1")
            if locked
            else QCoreApplication.translate("Meetings", "Unlock the meeting with %1")
        )
        super().__init__(arg(text, meeting.organisation))
        self._db = db
        self.meeting_id = meeting.id
        self.locked = locked
        self._changed = changed
        self._failed = failed

    def redo(self) -> None:
        self._write(self.locked)

    def undo(self) -> None:
        self._write(not self.locked)

    def _write(self, locked: bool) -> None:
        try:
            with self._db.transaction() as session:
                set_locked(session, self.meeting_id, locked)
        except Exception as exc:
            self.setObsolete(True)
            self._failed(failure_text(exc))
            return
        self._changed()


class MeetingsPage(QWidget):
    """The B2B meetings of the selected mission."""

    changed = Signal()
    status_message = Signal(str)
    planned = Signal(object)
    """Emitted with the plan once computed (before the preview dialog)."""

    def __init__(
        self,
        db: Database,
        undo_stack: QUndoStack,
        runner: JobRunner,
        *,
        language: str,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._undo_stack = undo_stack
        self._runner = runner
        self._language = language
        self._settings = settings if settings is not None else keys.app_settings()
        self._mission: MissionView | None = None
        self._dirty = True
        self._progress: QProgressDialog | None = None
        self._job: PlanJob | None = None
        #: Set by tests: called with the preview dialog instead of showing it modally.
        self.review: Callable[[PlanDialog], bool] | None = None
        #: Set by tests: called with a form instead of showing it modally.
        self.fill_form: Callable[[QDialog], bool] | None = None

        self.model = MeetingsModel(language, self)
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(380)
        self.search.textChanged.connect(self._on_query)
        self.count_label = QLabel()
        self.schedule_button = QPushButton()
        self.schedule_button.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.schedule_button.clicked.connect(self.schedule_all)
        self.lock_button = QPushButton()
        self.lock_button.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_button.clicked.connect(self.toggle_lock)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_request)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_request)
        self.status_button = QPushButton()
        self.status_button.clicked.connect(self.record_status)
        self.sessions_label = QLabel()
        self.sessions_label.setWordWrap(True)
        self.sessions_label.setObjectName("sessionsLabel")

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(WHEN, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The long texts share the room left, so the table never scrolls sideways; the full
        # text of a cut cell is in its tooltip.
        for column in (DELEGATES, PLACE, NOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.columns = remember_columns(
            self.view,
            self._settings,
            keys.MEETINGS_TABLE,
            old_sort_key=keys.table_key(keys.MEETINGS_TABLE, keys.OLD_SORT),
        )
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.view.selectionModel().selectionChanged.connect(self._follow_in_grid)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_list_context)
        self.view.doubleClicked.connect(self.edit_request)

        self.grid = MeetingsGrid(language)
        self.grid.drop_requested.connect(self._on_grid_drop)
        self.grid.meeting_clicked.connect(self._on_grid_clicked)
        self.grid.context_requested.connect(self._on_grid_context)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.grid)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.status_button)
        bar.addWidget(self.lock_button)
        bar.addWidget(self.schedule_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.sessions_label)
        layout.addWidget(self.splitter, 1)
        self.retranslate()
        self._update_actions()

    # --- language ---------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self.model.set_language(language)
        self.grid.set_language(language)
        self.retranslate()
        self._dirty = True
        if self.isVisible():
            self.reload()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Organisation, delegate, purpose…"))
        self.schedule_button.setText(self.tr("&Schedule all…"))
        self.new_button.setText(self.tr("&New request…"))
        self.new_button.setToolTip(
            self.tr("Record which delegates want to meet which organisation")
        )
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Change the request: delegates, organisation, purpose"))
        self.status_button.setText(self.tr("S&tatus…"))
        self.status_button.setToolTip(
            self.tr("Record where the meeting stands (confirmed, held…) and how it went")
        )
        self.schedule_button.setToolTip(
            self.tr(
                "Place every requested meeting in the B2B sessions, never double-booking "
                "anyone; shows the changes before writing them (Ctrl+Shift+M)"
            )
        )
        self._update_actions()
        self._update_count()

    # --- loading ----------------------------------------------------------------------------

    def set_mission(self, mission: MissionView | None) -> None:
        self._mission = mission
        self._dirty = True
        self.model.notes = {}
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if self._dirty:
            self.reload()

    def shutdown(self) -> None:
        """At close: the list's columns are saved as the user left them."""
        self.columns.save()

    def reload(self) -> None:
        self._dirty = False
        current = self.current_meeting()
        if self._mission is None:
            self.model.set_rows([])
            self.grid.set_data([], [])
            self.sessions_label.clear()
        else:
            with self._db.reading() as session:
                rows = list_meetings(session, self._mission.id)
                sessions = list_b2b_sessions(session, self._mission.id)
            self.model.set_rows(rows)
            self.grid.set_data(rows, sessions)
            if sessions:
                self.sessions_label.setText(
                    arg(
                        self.tr("B2B sessions: %1"),
                        "; ".join(session_text(s, self._language) for s in sessions),
                    )
                )
            else:
                self.sessions_label.setText(
                    self.tr(
                        "No B2B session yet: add one (delegation-cli meetings session) to "
                        "schedule the requests."
                    )
                )
        if current is not None:
            self.select(current.id)
        self._update_count()
        self._update_actions()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("1 meeting") if total == 1 else arg(self.tr("%1 meetings"), total)
        else:
            text = arg(self.tr("%1 of %2 meetings"), shown, total)
        self.count_label.setText(text)

    @Slot(str)
    def _on_query(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()

    def current_meeting(self) -> MeetingView | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().hasSelection():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.rows[source.row()] if source.isValid() else None

    def select(self, meeting_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, Qt.ItemDataRole.UserRole) == meeting_id:
                self.view.selectRow(row)
                return True
        return False

    def shown_rows(self) -> list[MeetingView]:
        return [
            self.model.rows[self.proxy.mapToSource(self.proxy.index(row, 0)).row()]
            for row in range(self.proxy.rowCount())
        ]

    @Slot()
    def _update_actions(self) -> None:
        meeting = self.current_meeting()
        self.schedule_button.setEnabled(self._mission is not None and self._job is None)
        self.lock_button.setEnabled(meeting is not None and meeting.item_id is not None)
        self.new_button.setEnabled(self._mission is not None)
        self.edit_button.setEnabled(meeting is not None)
        self.status_button.setEnabled(meeting is not None)
        if meeting is not None and meeting.locked:
            self.lock_button.setText(self.tr("Un&lock"))
            self.lock_button.setToolTip(self.tr("Let scheduling move this meeting (Ctrl+L)"))
        else:
            self.lock_button.setText(self.tr("&Lock"))
            self.lock_button.setToolTip(
                self.tr("Keep this meeting at its time whatever scheduling does (Ctrl+L)")
            )

    # --- actions ----------------------------------------------------------------------------

    @Slot()
    def toggle_lock(self) -> None:
        meeting = self.current_meeting()
        if meeting is None or meeting.item_id is None:
            return
        self._undo_stack.push(
            LockCommand(
                self._db,
                meeting,
                not meeting.locked,
                changed=self._after_lock,
                failed=self._show_failure,
            )
        )

    def _after_lock(self) -> None:
        self.reload()
        self.changed.emit()

    # --- requests, statuses and moves --------------------------------------------------------

    def meeting_by_id(self, meeting_id: int) -> MeetingView | None:
        return next((m for m in self.model.rows if m.id == meeting_id), None)

    def _after_change(self, meeting_id: int | None) -> None:
        self.reload()
        if meeting_id is not None:
            self.select(meeting_id)
            self.grid.select(meeting_id)
        self.changed.emit()

    def _refused(self, message: str) -> None:
        self.status_message.emit(message)

    def _run_form(self, dialog: QDialog) -> bool:
        if self.fill_form is not None:
            return self.fill_form(dialog)
        return bool(dialog.exec())

    def _request_dialog(self, meeting: MeetingView | None) -> RequestDialog | None:
        if self._mission is None:
            return None
        with self._db.reading() as session:
            organisations = list_organisations(session)
            roster = list_roster(session, self._mission.id)
        delegates = [
            (entry.participant_id, f"{entry.given_name} {entry.family_name}")
            for entry in sorted(roster, key=lambda e: (fold(e.family_name), fold(e.given_name)))
        ]
        return RequestDialog(organisations, delegates, meeting=meeting, parent=self)

    @Slot()
    def new_request(self) -> None:
        dialog = self._request_dialog(None)
        if dialog is None or self._mission is None:
            return
        if self._run_form(dialog):
            self._undo_stack.push(
                CreateRequestCommand(
                    self._db,
                    self._mission.id,
                    dialog.fields,
                    dialog.organisation,
                    changed=self._after_change,
                    failed=self._show_failure,
                )
            )

    @Slot()
    def edit_request(self) -> None:
        meeting = self.current_meeting()
        dialog = self._request_dialog(meeting) if meeting is not None else None
        if dialog is None or meeting is None:
            return
        if self._run_form(dialog) and dialog.fields != RequestFields.of(meeting):
            self._undo_stack.push(
                EditRequestCommand(
                    self._db,
                    meeting,
                    dialog.fields,
                    changed=self._after_change,
                    failed=self._show_failure,
                )
            )

    @Slot()
    def record_status(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        dialog = StatusDialog(meeting, self)
        if self._run_form(dialog) and (dialog.status, dialog.outcome) != (
            meeting.status,
            meeting.outcome,
        ):
            self.set_status(meeting, dialog.status, dialog.outcome)

    def set_status(self, meeting: MeetingView, status: MeetingStatus, outcome: str | None) -> None:
        self._undo_stack.push(
            StatusCommand(
                self._db,
                meeting,
                status,
                outcome,
                changed=self._after_change,
                failed=self._refused,
            )
        )

    @Slot()
    def delete_request(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        self._undo_stack.push(
            DeleteRequestCommand(
                self._db, meeting, changed=self._after_change, failed=self._show_failure
            )
        )

    def move(self, meeting_id: int, slot: GridSlot, row_key: int | None = None) -> None:
        """Move a meeting to a slot of the grid (``row_key``: the delegate's row it was
        dropped on, by delegate)."""
        meeting = self.meeting_by_id(meeting_id)
        if meeting is None:
            return
        by_delegate = row_key is not None and self.grid.mode == BY_DELEGATE
        if by_delegate and row_key not in meeting.delegate_ids:
            self._refused(
                arg(
                    self.tr(
                        "Not moved: %1 is not in the meeting with %2. A drag changes the "
                        "time only; edit the request to change who attends."
                    ),
                    self.grid.model.delegate_names.get(row_key or 0, "?"),
                    meeting.organisation,
                )
            )
            return
        if meeting.start is not None and meeting.start == slot.start:
            return
        self._undo_stack.push(
            MoveMeetingCommand(
                self._db, meeting, slot, changed=self._after_change, failed=self._refused
            )
        )

    @Slot(int, object, object)
    def _on_grid_drop(self, meeting_id: int, slot: GridSlot, row_key: object) -> None:
        self.move(meeting_id, slot, row_key if isinstance(row_key, int) else None)

    @Slot(int)
    def _on_grid_clicked(self, meeting_id: int) -> None:
        if not self.select(meeting_id):
            self.search.clear()
            self.select(meeting_id)

    @Slot()
    def _follow_in_grid(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None and meeting.start is not None:
            self.grid.select(meeting.id)

    def context_menu(self, meeting: MeetingView | None) -> QMenu:
        """Edit, lock, status and delete for a meeting; a new request anywhere."""
        menu = QMenu(self)
        new = menu.addAction(self.tr("New request…"))
        new.triggered.connect(self.new_request)
        if meeting is None:
            return menu
        edit = menu.addAction(self.tr("Edit the request…"))
        edit.triggered.connect(self.edit_request)
        lock = menu.addAction(self.tr("Unlock") if meeting.locked else self.tr("Lock"))
        lock.setEnabled(meeting.item_id is not None)
        lock.triggered.connect(self.toggle_lock)
        statuses = menu.addMenu(self.tr("Set the status"))
        for status in MeetingStatus:
            action = QAction(meeting_status_label(status), statuses)
            action.setCheckable(True)
            action.setChecked(status is meeting.status)
            action.setData(status.value)
            action.triggered.connect(
                lambda _checked=False, s=status, m=meeting: self.set_status(m, s, m.outcome)
            )
            statuses.addAction(action)
        statuses.addSeparator()
        outcome = statuses.addAction(self.tr("Status and outcome…"))
        outcome.triggered.connect(self.record_status)
        menu.addSeparator()
        delete = menu.addAction(self.tr("Delete the request"))
        delete.triggered.connect(self.delete_request)
        return menu

    @Slot(QPoint)
    def _on_list_context(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid():
            self.view.selectRow(index.row())
        meeting = self.current_meeting() if index.isValid() else None
        self.context_menu(meeting).exec(self.view.viewport().mapToGlobal(position))

    @Slot(object, QPoint)
    def _on_grid_context(self, meeting: object, position: QPoint) -> None:
        found = meeting if isinstance(meeting, MeetingView) else None
        self.context_menu(found).exec(position)

    @Slot()
    def schedule_all(self) -> PlanJob | None:
        """Compute the plan in a worker; its preview opens when it is ready."""
        if self._mission is None or self._job is not None:
            return None
        job = PlanJob(self._db, self._mission.id)
        job.finished.connect(self._on_planned)
        job.failed.connect(self._on_plan_failed)
        job.done.connect(self._on_plan_done)
        job.progress.connect(self._on_plan_progress)
        self._job = job
        self._progress = QProgressDialog(self.tr("Scheduling the meetings…"), "", 0, 0, self)
        # Steps go to the bar itself: the dialog's setValue would run the event loop (it is
        # modal) and deliver the plan in the middle of a progress step.
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy until the scheduler's first step
        self._progress.setBar(bar)
        self._progress.setCancelButton(None)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(400)
        self._update_actions()
        self._runner.start(job)
        return job

    @Slot(int, int)
    def _on_plan_progress(self, done: int, total: int) -> None:
        """The scheduler says how far it is: the busy bar becomes a measured one."""
        dialog = self._progress
        bar = dialog.findChild(QProgressBar) if dialog is not None else None
        if bar is not None:
            bar.setRange(0, total)
            bar.setValue(done)

    @Slot()
    def _on_plan_done(self) -> None:
        self._job = None
        if self._progress is not None:
            self._progress.close()
            self._progress = None
        self._update_actions()

    @Slot(object)
    def _on_planned(self, plan: MeetingPlan) -> None:
        self._on_plan_done()
        self.planned.emit(plan)
        self.model.notes = {
            m.meeting_id: reason_text(m, self._language) for m in plan.meetings if m.reason
        }
        self.model.set_rows(self.model.rows)
        dialog = PlanDialog(plan, self._language, self)
        accepted = self.review(dialog) if self.review is not None else bool(dialog.exec())
        if accepted and dialog.writes:
            self._undo_stack.push(
                ApplyPlanCommand(
                    self._db,
                    plan.mission_id,
                    changed=self._after_plan,
                    failed=self._show_failure,
                )
            )

    def _after_plan(self, plan: MeetingPlan | None) -> None:
        if plan is not None:
            self.model.notes = {
                m.meeting_id: reason_text(m, self._language) for m in plan.meetings if m.reason
            }
            self.status_message.emit(plan_summary(plan))
        else:
            self.model.notes = {}
            self.status_message.emit(self.tr("The meetings are back where they were"))
        self.reload()
        self.changed.emit()

    @Slot(str)
    def _on_plan_failed(self, message: str) -> None:
        self._show_failure(message)

    def _show_failure(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The meetings could not be scheduled"),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        if self.review is not None or self.fill_form is not None:  # under test: never block
            self.status_message.emit(message)
            return
        box.exec()
