"""The grid of B2B slots: one row per delegate (or per table), one column per slot of a day.

- Columns are the slots of the B2B sessions of the chosen day, in the stop's local time.
- A cell shows the meeting there: the organisation, a padlock icon when it is locked, and the
  status as the cell's colour. A meeting longer than a slot (set by hand) spans its slots.
- By table: the tables are not stored; each slot's meetings at the session's venue take the
  tables in time order (a meeting keeps one table over all its slots), those elsewhere (at
  the organisation's premises) have a row of their own.
- Dragging a meeting (from the grid, or a request from the list) onto a cell asks to move it to
  that slot: the page turns it into an undoable move through the core, which refuses a double
  booking, a locked meeting and a full slot.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from babel.dates import format_date
from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegation_app.services.meeting_plan import SessionView
from delegation_app.services.meetings import MeetingView
from delegation_app.services.validation import aware, collation_key
from delegation_app.storage.models import MeetingStatus
from ui import theme
from ui.icons import icon
from ui.labels import arg
from ui.meetings_labels import meeting_status_label, when_text

#: What a dragged meeting carries: its id, as ASCII digits.
MEETING_MIME = "application/x-delegation-meeting"
MEETING_ROLE = Qt.ItemDataRole.UserRole
BY_DELEGATE, BY_TABLE = "delegate", "table"
PREMISES_ROW = -1
"""The row key, by table, of meetings held elsewhere than at a session's tables."""

STATUS_COLOURS = {
    MeetingStatus.PROPOSED: "#fde9b8",
    MeetingStatus.CONFIRMED: "#cdeccf",
    MeetingStatus.HELD: "#cfe0f3",
    MeetingStatus.NO_SHOW: "#f6cdd0",
    MeetingStatus.REQUESTED: "#eeeeee",
}
#: Meetings the grid shows; a cancelled one frees its slot.
SHOWN = frozenset(STATUS_COLOURS)


def meeting_mime(meeting_id: int) -> QMimeData:
    data = QMimeData()
    data.setData(MEETING_MIME, QByteArray(str(meeting_id).encode("ascii")))
    return data


def meeting_of_mime(data: QMimeData) -> int | None:
    if not data.hasFormat(MEETING_MIME):
        return None
    text = bytes(data.data(MEETING_MIME).data()).decode("ascii", "replace")
    return int(text) if text.isdigit() else None


@dataclass(frozen=True)
class GridSlot:
    session_id: int
    start: datetime
    """Aware, in the session's zone."""
    end: datetime
    tables: int
    venue: str | None

    @property
    def start_local(self) -> datetime:
        return self.start.replace(tzinfo=None)


def session_slots(view: SessionView) -> list[GridSlot]:
    """The slots of a B2B session, as the scheduler cuts it (in UTC steps across a clock
    change)."""
    start, end = aware(view.start_local, view.zone), aware(view.end_local, view.zone)
    step = timedelta(minutes=view.slot_minutes)
    slots = []
    t = start
    while t.astimezone(UTC) + step <= end.astimezone(UTC):
        t_end = (t.astimezone(UTC) + step).astimezone(t.tzinfo)
        slots.append(GridSlot(view.id, t, t_end, view.tables, view.venue))
        t = t_end
    return slots


def slots_by_day(sessions: Sequence[SessionView]) -> dict[date, list[GridSlot]]:
    days: dict[date, list[GridSlot]] = defaultdict(list)
    for view in sessions:
        for slot in session_slots(view):
            days[slot.start.date()].append(slot)
    return {day: sorted(slots, key=lambda s: s.start) for day, slots in sorted(days.items())}


def _overlaps(meeting: MeetingView, slot: GridSlot) -> bool:
    start = meeting.start
    if start is None or meeting.end_local is None or meeting.end_zone is None:
        return False
    end = aware(meeting.end_local, meeting.end_zone)
    return start < slot.end and slot.start < end


def _family_key(name: str) -> tuple[str, str]:
    given, _, family = name.partition(" ")
    return collation_key(family or given), collation_key(given)


class MeetingsGridModel(QAbstractTableModel):
    """Cells of meetings by (row, slot) for one day; see the module's docstring."""

    drop_requested = Signal(int, int, int)
    """A meeting id dropped on (row, column) of this model."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.mode = BY_DELEGATE
        self.slots: list[GridSlot] = []
        self.row_keys: list[int] = []
        """Participant ids by delegate; table numbers (from 1) and PREMISES_ROW by table."""
        self.delegate_names: dict[int, str] = {}
        self.cells: dict[tuple[int, int], list[MeetingView]] = {}
        self.spans: list[tuple[int, int, int]] = []
        """(row, first column, column count) of the meetings longer than a slot."""
        self.outside = 0
        """Meetings of the day outside every slot shown (not in the grid)."""

    def set_language(self, language: str) -> None:
        self._language = language
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(0, len(self.row_keys) - 1))

    def set_data(
        self, meetings: Sequence[MeetingView], slots: Sequence[GridSlot], mode: str
    ) -> None:
        self.beginResetModel()
        self.mode = mode
        self.slots = list(slots)
        shown = [m for m in meetings if m.status in SHOWN and m.start is not None]
        self.delegate_names = {}
        for meeting in meetings:
            if meeting.status in SHOWN:
                for pid, name in zip(meeting.delegate_ids, meeting.delegates, strict=True):
                    self.delegate_names[pid] = name
        cells: dict[tuple[int, int], list[MeetingView]] = defaultdict(list)
        in_grid: set[int] = set()
        day_meetings = [
            m for m in shown if self.slots and m.start and m.start.date() == slots[0].start.date()
        ]
        if mode == BY_DELEGATE:
            self.row_keys = sorted(
                self.delegate_names, key=lambda p: _family_key(self.delegate_names[p])
            )
            row_of = {pid: row for row, pid in enumerate(self.row_keys)}
            for meeting in day_meetings:
                for column, slot in enumerate(self.slots):
                    if _overlaps(meeting, slot):
                        in_grid.add(meeting.id)
                        for pid in meeting.delegate_ids:
                            cells[(row_of[pid], column)].append(meeting)
        else:
            tables = max((s.tables for s in self.slots), default=0)
            self.row_keys = [*range(1, tables + 1), PREMISES_ROW]
            taken: dict[int, set[int]] = defaultdict(set)  # column -> tables in use
            for meeting in sorted(day_meetings, key=lambda m: (m.start, m.id)):
                columns = [c for c, s in enumerate(self.slots) if _overlaps(meeting, s)]
                if not columns:
                    continue
                in_grid.add(meeting.id)
                at_tables = meeting.venue is not None and meeting.venue == (
                    self.slots[columns[0]].venue
                )
                row = len(self.row_keys) - 1
                if at_tables:
                    free = [
                        t
                        for t in range(1, tables + 1)
                        if all(t not in taken[c] and t <= self.slots[c].tables for c in columns)
                    ]
                    if free:
                        row = free[0] - 1
                        for c in columns:
                            taken[c].add(free[0])
                for c in columns:
                    cells[(row, c)].append(meeting)
        self.cells = dict(cells)
        self.outside = sum(1 for m in day_meetings if m.id not in in_grid)
        self.spans = self._runs()
        self.endResetModel()

    def _runs(self) -> list[tuple[int, int, int]]:
        runs = []
        for row in range(len(self.row_keys)):
            column = 0
            while column < len(self.slots):
                here = self.cells.get((row, column))
                length = 1
                if here is not None and len(here) == 1:
                    while self.cells.get((row, column + length)) == here:
                        length += 1
                if length > 1:
                    runs.append((row, column, length))
                column += length
        return runs

    # --- the model --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.row_keys)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.slots)

    def meetings_at(self, row: int, column: int) -> list[MeetingView]:
        return self.cells.get((row, column), [])

    def meeting_at(self, index: QModelIndex | QPersistentModelIndex) -> MeetingView | None:
        found = self.meetings_at(index.row(), index.column()) if index.isValid() else []
        return found[0] if found else None

    def cell_of(self, meeting_id: int) -> list[tuple[int, int]]:
        """Every (row, column) where the meeting shows."""
        return sorted(
            key for key, found in self.cells.items() if any(m.id == meeting_id for m in found)
        )

    def row_label(self, row: int) -> str:
        key = self.row_keys[row]
        if self.mode == BY_DELEGATE:
            return self.delegate_names.get(key, "")
        if key == PREMISES_ROW:
            return QCoreApplication.translate("MeetingsGrid", "Elsewhere (premises)")
        return arg(QCoreApplication.translate("MeetingsGrid", "Table %1"), key)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.slots):
                return f"{self.slots[section].start:%H:%M}"
            return None
        return self.row_label(section) if 0 <= section < len(self.row_keys) else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        found = self.meetings_at(index.row(), index.column()) if index.isValid() else []
        if not found:
            return None
        meeting = found[0]
        if role == Qt.ItemDataRole.DisplayRole:
            text = meeting.organisation
            return f"{text} +{len(found) - 1}" if len(found) > 1 else text
        if role == Qt.ItemDataRole.DecorationRole and meeting.locked:
            return icon("changes-prevent")
        if role == Qt.ItemDataRole.BackgroundRole:
            if len(found) > 1 and self.mode == BY_DELEGATE:
                return QBrush(theme.fill("#f4b6b6"))  # someone in two meetings at once
            return QBrush(theme.fill(STATUS_COLOURS.get(meeting.status, "#ffffff")))
        if role == Qt.ItemDataRole.ForegroundRole:
            tint = theme.fill(STATUS_COLOURS.get(meeting.status, "#ffffff"))
            if len(found) > 1 and self.mode == BY_DELEGATE:
                tint = theme.fill("#f4b6b6")
            return QBrush(theme.readable("#1b1b1b", tint))
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n\n".join(self._tooltip(m) for m in found)
        if role == MEETING_ROLE:
            return meeting.id
        return None

    def _tooltip(self, meeting: MeetingView) -> str:
        end = meeting.end_local
        lines = [
            meeting.organisation,
            when_text(meeting.start, end, self._language),
            ", ".join(meeting.delegates),
            meeting_status_label(meeting.status),
        ]
        if meeting.locked:
            lines.append(
                QCoreApplication.translate("MeetingsGrid", "Locked: scheduling never moves it")
            )
        if meeting.purpose:
            lines.append(meeting.purpose)
        return "\n".join(line for line in lines if line)

    # --- drag and drop ----------------------------------------------------------------------

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if self.meeting_at(index) is not None:
            base |= Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MEETING_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        for index in indexes:
            meeting = self.meeting_at(index)
            if meeting is not None:
                return meeting_mime(meeting.id)
        return QMimeData()

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return meeting_of_mime(data) is not None and parent.isValid()

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """A drop on a cell (``parent``) asks for the move; the page decides, the core writes.
        Nothing is removed from this model: the grid is rebuilt from the database after."""
        meeting_id = meeting_of_mime(data)
        if meeting_id is None or not parent.isValid():
            return False
        self.drop_requested.emit(meeting_id, parent.row(), parent.column())
        return True

    def removeRows(
        self, row: int, count: int, parent: QModelIndex | QPersistentModelIndex | None = None
    ) -> bool:
        return False  # a move's source is never removed by the view


class MeetingsGrid(QWidget):
    """The grid with its day and row choices, and a legend of the colours."""

    drop_requested = Signal(int, object, object)
    """(meeting id, slot, row key) of a drop."""
    meeting_clicked = Signal(int)
    context_requested = Signal(object, QPoint)
    """(meeting or None, global position)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._meetings: list[MeetingView] = []
        self._days: dict[date, list[GridSlot]] = {}
        self.model = MeetingsGridModel(language, self)
        self.model.drop_requested.connect(self._on_drop)
        self.day_combo = QComboBox()
        self.day_combo.currentIndexChanged.connect(self._rebuild)
        self.mode_combo = QComboBox()
        self.mode_combo.currentIndexChanged.connect(self._rebuild)
        self.day_label = QLabel()
        self.mode_label = QLabel()
        self.day_label.setBuddy(self.day_combo)
        self.mode_label.setBuddy(self.mode_combo)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.outside_label = QLabel()
        self.outside_label.setObjectName("outsideLabel")

        self.view = QTableView()
        self.view.setObjectName("meetingsGrid")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(True)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The slots share the width (a day's session fits the screen), never below a
        # readable width.
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(72)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(36)  # two lines of a long name
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_context)
        self.view.clicked.connect(self._on_clicked)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.day_label)
        bar.addWidget(self.day_combo)
        bar.addSpacing(12)
        bar.addWidget(self.mode_label)
        bar.addWidget(self.mode_combo)
        bar.addSpacing(12)
        bar.addWidget(self.legend, 1)
        bar.addWidget(self.outside_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.day_label.setText(self.tr("&Day:"))
        self.mode_label.setText(self.tr("&Rows:"))
        mode = self.mode_combo.currentIndex()
        self.mode_combo.blockSignals(True)
        self.mode_combo.clear()
        self.mode_combo.addItem(self.tr("By delegate"), BY_DELEGATE)
        self.mode_combo.addItem(self.tr("By table"), BY_TABLE)
        self.mode_combo.setCurrentIndex(max(0, mode))
        self.mode_combo.blockSignals(False)
        self.legend.setText(
            " ".join(
                f'<span style="background:{theme.fill(colour).name()};'
                f'color:{theme.readable("#1b1b1b", theme.fill(colour)).name()}">&nbsp;'
                f"{meeting_status_label(status)}&nbsp;</span>"
                for status, colour in STATUS_COLOURS.items()
                if status is not MeetingStatus.REQUESTED
            )
        )
        self.view.setToolTip(
            self.tr("Drag a meeting to another slot to move it; drag a request from the list here")
        )
        self._fill_days()

    def set_language(self, language: str) -> None:
        self._language = language
        self.model.set_language(language)
        self.retranslate()

    @property
    def mode(self) -> str:
        return str(self.mode_combo.currentData() or BY_DELEGATE)

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))

    @property
    def day(self) -> date | None:
        value = self.day_combo.currentData()
        return value if isinstance(value, date) else None

    def _day_index(self, day: date) -> int:
        # By value: findData compares a Python date by identity.
        for index in range(self.day_combo.count()):
            if self.day_combo.itemData(index) == day:
                return index
        return -1

    def set_day(self, day: date) -> None:
        index = self._day_index(day)
        if index >= 0:
            self.day_combo.setCurrentIndex(index)

    def set_data(self, meetings: Sequence[MeetingView], sessions: Sequence[SessionView]) -> None:
        self._meetings = list(meetings)
        self._days = slots_by_day(sessions)
        self._fill_days()

    def _fill_days(self) -> None:
        current = self.day
        self.day_combo.blockSignals(True)
        self.day_combo.clear()
        for day in self._days:
            self.day_combo.addItem(format_date(day, "EEEE d MMMM", locale=self._language), day)
        if current is not None:
            self.day_combo.setCurrentIndex(max(0, self._day_index(current)))
        self.day_combo.blockSignals(False)
        self.day_combo.setEnabled(self.day_combo.count() > 1)
        self._rebuild()

    @Slot()
    def _rebuild(self) -> None:
        day = self.day
        slots = self._days.get(day, []) if day is not None else []
        self.view.clearSpans()
        self.model.set_data(self._meetings, slots, self.mode)
        for row, column, length in self.model.spans:
            self.view.setSpan(row, column, 1, length)
        if self.model.outside:
            self.outside_label.setText(
                arg(
                    self.tr("%1 more this day outside the slots (see the list)"), self.model.outside
                )
            )
        else:
            self.outside_label.clear()
        header = self.view.verticalHeader()
        header.setMinimumWidth(150 if self.mode == BY_TABLE else 170)

    def select(self, meeting_id: int) -> None:
        """Show the meeting's cell, on its day when it is another day of the sessions."""
        cells = self.model.cell_of(meeting_id)
        meeting = next((m for m in self._meetings if m.id == meeting_id), None)
        if not cells and meeting is not None and meeting.start_local is not None:
            day = meeting.start_local.date()
            if day in self._days and day != self.day:
                self.set_day(day)
                cells = self.model.cell_of(meeting_id)
        if cells:
            row, column = cells[0]
            index = self.model.index(row, column)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        else:
            self.view.clearSelection()

    @Slot(int, int, int)
    def _on_drop(self, meeting_id: int, row: int, column: int) -> None:
        if not (0 <= column < len(self.model.slots) and 0 <= row < len(self.model.row_keys)):
            return
        self.drop_requested.emit(meeting_id, self.model.slots[column], self.model.row_keys[row])

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        meeting = self.model.meeting_at(index)
        if meeting is not None:
            self.meeting_clicked.emit(meeting.id)

    @Slot(QPoint)
    def _on_context(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        meeting = self.model.meeting_at(index)
        if meeting is not None:
            self.view.setCurrentIndex(index)
            self.meeting_clicked.emit(meeting.id)
        self.context_requested.emit(meeting, self.view.viewport().mapToGlobal(position))
