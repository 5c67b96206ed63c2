"""The itinerary of a mission: a list or one day at a time, the whole programme or one
delegate's agenda, local and home clocks; items created, edited, duplicated, moved and deleted
through undoable commands."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegation_app.services.agenda import AgendaEntry, agenda_for, programme_for
from delegation_app.services.day_layout import DayColumns
from delegation_app.services.itinerary import (
    AudienceSummary,
    groups_reached,
    item_audiences,
    item_detail,
)
from delegation_app.services.missions import MissionView
from delegation_app.services.roster import GroupView, RosterEntry, list_groups, list_roster
from delegation_app.storage.database import Database
from delegation_app.storage.models import ParticipantStatus
from ui import settings as keys
from ui.day_view import DayView
from ui.icons import icon
from ui.item_dialog import ItemDialog, load_choices, stop_for, zone_for
from ui.itinerary_commands import (
    CreateItemCommand,
    DeleteItemCommand,
    DuplicateItemCommand,
    EditItemCommand,
    MoveItemCommand,
)
from ui.itinerary_models import (
    AUDIENCE,
    DAY,
    HOME,
    ITINERARY_COLUMNS,
    KIND,
    PLACE,
    TITLE,
    ItineraryFilterModel,
    ItineraryRow,
    ItineraryTableModel,
    city_of,
    clock_text,
    make_rows,
    zone_abbreviation,
)
from ui.labels import arg
from ui.search import fold
from ui.table_layout import remember_columns
from ui.workers import Job, JobRunner

#: Settings of the page (kept beside the window's own keys in ``ui.settings`` style).
VIEW_KEY = "itinerary/view"
log = logging.getLogger(__name__)
# The day view's columns: by stop or by group.
DAY_COLUMNS_KEY = "itinerary/dayColumns"
LIST, DAY_VIEW = "list", "day"
CLOCK_INTERVAL_MS = 30_000
#: A mission chosen while the page is hidden: its programme is read this much later.
READ_AHEAD_DELAY_MS = 300
STATUS_MESSAGE_MS = 15_000
QUARTER = timedelta(minutes=15)
ONE_DAY = timedelta(days=1)
#: Widest a fitted column gets (pixels); the title takes what is left.
MAX_FITTED_WIDTH = 260
FITTED_LIMITS = {PLACE: 240, AUDIENCE: 210}
MIN_TITLE_WIDTH = 280
MIN_SHRUNK_WIDTH = 110


def _utc_now() -> datetime:
    return datetime.now(UTC)


def sorted_roster(entries: Iterable[RosterEntry]) -> list[RosterEntry]:
    """The delegates as the page offers them: by name, accents aside."""
    return sorted(entries, key=lambda e: fold(e.sort_name))


@dataclass(frozen=True)
class ProgrammeRead:
    """What the page shows of a mission, read in a worker: its programme and roster."""

    mission_id: int
    roster: tuple[RosterEntry, ...]
    entries: tuple[AgendaEntry, ...]
    audiences: Mapping[int, AudienceSummary]
    groups: tuple[GroupView, ...]
    #: For each item, the groups it reaches (``services.itinerary.groups_reached``).
    reach: Mapping[int, frozenset[int]]


class ProgrammeReadJob(Job):
    """Reads a mission's whole programme, its items' audiences and its roster, in its own
    session; ``finished(generation, ProgrammeRead)``. A failure is left to the page, which
    reads again itself and says what went wrong."""

    finished = Signal(int, object)

    def __init__(self, db: Database, mission_id: int, generation: int) -> None:
        super().__init__(db)
        self.mission_id = mission_id
        self.generation = generation

    def work(self) -> None:
        try:
            with self._db.reading() as session:
                roster = sorted_roster(list_roster(session, self.mission_id))
                entries = programme_for(session, self.mission_id)
                audiences = item_audiences(session, self.mission_id)
                groups = tuple(list_groups(session, self.mission_id))
                reach = groups_reached(session, self.mission_id)
        except Exception:  # the page's own read reports it
            log.warning("reading the programme ahead failed", exc_info=True)
            return
        read = ProgrammeRead(
            self.mission_id, tuple(roster), tuple(entries), audiences, groups, reach
        )
        self.finished.emit(self.generation, read)


def _round_up(moment: datetime, minutes: int = 15) -> datetime:
    extra = (-moment.minute) % minutes
    return (moment + timedelta(minutes=extra)).replace(second=0, microsecond=0)


class ItineraryPage(QWidget):
    """The itinerary tab of the window."""

    #: After every change written to the database (the window refreshes its checks).
    changed = Signal()
    #: A sentence for the window's status bar.
    status_message = Signal(str)
    #: The item dialog was opened (tests and the window reach it through this).
    dialog_opened = Signal(QWidget)

    def __init__(
        self,
        db: Database,
        undo_stack: QUndoStack,
        *,
        language: str = "en",
        settings: QSettings | None = None,
        now: Callable[[], datetime] = _utc_now,
        runner: JobRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itineraryPage")
        self._db = db
        # With a runner, a mission's programme is read in a worker as soon as the mission is
        # chosen: on a big mission that takes longer than the window may stand still.
        self._runner = runner
        self._generation = 0  # of the mission shown: a read for an earlier one is dropped
        self._read_ahead: ProgrammeRead | None = None
        self._read_started = 0  # the generation whose read a worker was given
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(READ_AHEAD_DELAY_MS)
        self._read_timer.timeout.connect(self._start_read_ahead)
        self._undo_stack = undo_stack
        self._language = language
        self._settings = settings if settings is not None else keys.app_settings()
        self._now = now
        self._mission: MissionView | None = None
        self._participant_id: int | None = None
        self._roster: list[RosterEntry] = []
        self._groups: list[GroupView] = []
        self._reach: dict[int, frozenset[int]] = {}
        self._dirty = False
        self._active = True
        self._widths: dict[int, int] | None = None  # measured by _content_widths
        self._current_key: tuple[int, datetime] | None = None
        self.dialog: ItemDialog | None = None

        self.model = ItineraryTableModel(language, self)
        self.proxy = ItineraryFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self._build_actions()
        self._build()
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(CLOCK_INTERVAL_MS)
        self.clock_timer.timeout.connect(self.update_clock)
        self.clock_timer.start()
        self.day_view.set_columns(
            keys.read_str(self._settings, DAY_COLUMNS_KEY, str(DayColumns.BY_STOP))
        )
        self.day_view.columns_changed.connect(self._on_day_columns)
        self.set_view(keys.read_str(self._settings, VIEW_KEY, LIST))
        self.retranslate()
        self._update_actions()

    # --- construction -----------------------------------------------------------------------

    def _action(self, slot: Callable[[], object], *shortcuts: str) -> QAction:
        action = QAction(self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.new_item, "Ins", "Ctrl+N")
        self.edit_action = self._action(self.edit_current)
        self.new_action.setIcon(icon("list-add"))
        self.edit_action.setIcon(icon("document-edit"))
        self.duplicate_action = self._action(self.duplicate_current, "Ctrl+D")
        self.delete_action = self._action(self.delete_current, "Del")
        self.earlier_action = self._action(lambda: self.move_current(-QUARTER), "Alt+Up")
        self.later_action = self._action(lambda: self.move_current(QUARTER), "Alt+Down")
        self.day_earlier_action = self._action(lambda: self.move_current(-ONE_DAY), "Alt+PgUp")
        self.day_later_action = self._action(lambda: self.move_current(ONE_DAY), "Alt+PgDown")
        self.previous_day_action = self._action(lambda: self.go_day(-1), "Alt+Left")
        self.next_day_action = self._action(lambda: self.go_day(1), "Alt+Right")
        self.view_group = QActionGroup(self)
        self.view_group.setExclusive(True)
        self.list_view_action = QAction(self, checkable=True)
        self.list_view_action.triggered.connect(lambda: self.set_view(LIST))
        self.day_view_action = QAction(self, checkable=True)
        self.day_view_action.triggered.connect(lambda: self.set_view(DAY_VIEW))
        for action in (self.list_view_action, self.day_view_action):
            self.view_group.addAction(action)
        self.item_actions = (
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
            self.earlier_action,
            self.later_action,
            self.day_earlier_action,
            self.day_later_action,
        )
        # Delete, Ctrl+D and the moves act where the items are (the list, the day, the
        # search box), never on an item while the keyboard is elsewhere in the window.
        for action in self.item_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build(self) -> None:
        self.list_button = QToolButton()
        self.list_button.setObjectName("listViewButton")
        self.list_button.setDefaultAction(self.list_view_action)
        self.day_button = QToolButton()
        self.day_button.setObjectName("dayViewButton")
        self.day_button.setDefaultAction(self.day_view_action)
        for button in (self.list_button, self.day_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(False)
            button.setMinimumWidth(64)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        switch.addWidget(self.list_button)
        switch.addWidget(self.day_button)

        self.person_label = QLabel()
        self.person_combo = QComboBox()
        self.person_combo.setObjectName("agendaOf")
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_combo.setMinimumContentsLength(22)
        self.person_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.person_combo.activated.connect(self._on_person_chosen)
        self.person_label.setBuddy(self.person_combo)
        self.search = QLineEdit()
        self.search.setObjectName("itinerarySearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("edit-find"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._on_query)
        self.search.setMaximumWidth(340)
        self.count_label = QLabel()
        self.count_label.setObjectName("itineraryCount")
        self.clock_label = QLabel()
        self.clock_label.setObjectName("missionClock")
        self.new_button = QToolButton()
        self.new_button.setObjectName("newItemButton")
        self.new_button.setDefaultAction(self.new_action)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(8)
        bar.addLayout(switch)
        bar.addSpacing(6)
        bar.addWidget(self.person_label)
        bar.addWidget(self.person_combo)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        bar.addStretch(0)
        bar.addWidget(self.count_label)
        bar.addSpacing(10)
        bar.addWidget(self.clock_label)

        self.table = QTableView()
        self.table.setObjectName("itineraryView")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DAY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        columns = self.table.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setMinimumSectionSize(50)
        # The columns the user sized keep their width; fit_columns sizes the others.
        self.columns = remember_columns(self.table, self._settings, keys.ITINERARY_TABLE)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_table_menu)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_current)

        self.day_view = DayView()
        self.day_view.setObjectName("dayView")
        self.day_view.current_changed.connect(self._on_day_current)
        self.day_view.activated.connect(self.edit_current)
        self.day_view.context_menu_requested.connect(self._show_menu)
        self.day_view.move_requested.connect(self._on_dragged)
        self.day_view.create_requested.connect(self._on_create_at)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.day_view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    # --- language ---------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self.model.set_language(language)
        self._widths = None
        self.retranslate()
        self._refresh_day_view()

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New item…"))
        self.new_action.setToolTip(self.tr("Add an item to the itinerary (Insert or Ctrl+N)"))
        self.edit_action.setText(self.tr("&Edit item…"))
        self.edit_action.setToolTip(self.tr("Edit the selected item (Enter or double-click)"))
        self.duplicate_action.setText(self.tr("D&uplicate item"))
        self.delete_action.setText(self.tr("&Delete item"))
        self.earlier_action.setText(self.tr("Move 15 min &earlier"))
        self.later_action.setText(self.tr("Move 15 min &later"))
        self.day_earlier_action.setText(self.tr("Move 1 day e&arlier"))
        self.day_later_action.setText(self.tr("Move 1 day la&ter"))
        self.previous_day_action.setText(self.tr("&Previous day"))
        self.next_day_action.setText(self.tr("Ne&xt day"))
        self.list_view_action.setText(self.tr("List"))
        self.list_view_action.setToolTip(self.tr("Every item in a list"))
        self.day_view_action.setText(self.tr("Day"))
        self.day_view_action.setToolTip(self.tr("One day on an hour axis (Alt+Left, Alt+Right)"))
        self.person_label.setText(self.tr("&Agenda of:"))
        self.person_combo.setToolTip(
            self.tr("Show the whole programme, or only what one delegate attends")
        )
        self.search.setPlaceholderText(self.tr("Title, place, kind, flight…"))
        self._fill_people()
        self.day_view.retranslate()
        self._update_count()
        self.update_clock()

    # --- the mission ------------------------------------------------------------------------

    @property
    def mission(self) -> MissionView | None:
        return self._mission

    def set_mission(self, mission: MissionView | None) -> None:
        """Show ``mission`` (read now if the page is visible, else when it shows)."""
        same = mission is not None and self._mission is not None and mission.id == self._mission.id
        self._mission = mission
        self._roster = []  # read again: a roster import may have added delegates
        if not same:
            self._participant_id = None
            self._current_key = None
            self.search.clear()
        self._dirty = True
        self._generation += 1
        self._read_ahead = None
        if mission is not None and self._runner is not None and self._participant_id is None:
            if self.isVisible():  # what was shown is another mission's: cleared meanwhile
                self._start_read_ahead()
                self._show_reading()
            else:
                # Hidden, the read waits for the window to have shown the mission: a worker
                # reading meanwhile would slow the window's thread (they share the
                # interpreter), and the coordinator reads the roster first.
                self._read_timer.start()
        elif self.isVisible():
            self.reload()
        self.update_clock()
        self._update_actions()

    @Slot()
    def _start_read_ahead(self) -> None:
        """Read the programme of the mission shown in a worker (once per mission chosen)."""
        self._read_timer.stop()
        mission = self._mission
        if (
            mission is None
            or self._runner is None
            or not self._dirty
            or self._participant_id is not None
            or self._read_started == self._generation
            or not self.window().isVisible()  # closed (or never shown): read when shown
        ):
            return
        self._read_started = self._generation
        job = ProgrammeReadJob(self._db, mission.id, self._generation)
        job.finished.connect(self._on_read_ahead)
        self._runner.start(job)

    def _show_reading(self) -> None:
        self.model.set_rows([])
        self._widths = None
        self._refresh_day_view()
        self.count_label.setText(self.tr("Reading the itinerary…"))

    @Slot(int, object)
    def _on_read_ahead(self, generation: int, read: ProgrammeRead) -> None:
        if generation != self._generation or not self._dirty:
            return  # another mission was chosen since, or the page read it itself meanwhile
        self._read_ahead = read
        if self.isVisible():
            self.ensure_loaded()

    @property
    def reading(self) -> bool:
        """Whether the programme of the mission shown is still being read in a worker."""
        return self._dirty and self._read_ahead is None and self._runner is not None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty and self._read_ahead is None and self._runner is not None:
            self._start_read_ahead()  # unless it is under way already
            self._show_reading()  # the worker's read is on its way: no need to wait for it
            return
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        """Read the itinerary now if the mission changed since it was last read (or show what
        the worker read, when it is there)."""
        if self._dirty:
            self.reload(read=self._read_ahead)

    def reload(
        self, select: tuple[int, datetime] | int | None = None, *, read: ProgrammeRead | None = None
    ) -> None:
        """Read the itinerary again from the services, keeping (or making) the selection.
        ``read``: what a worker read since the mission was chosen, shown instead."""
        self._dirty = False
        self._read_ahead = None  # a change may follow it: never shown after this
        self._generation += 1  # a read still under way in a worker is older than this one
        mission = self._mission
        wanted = select if select is not None else self._current_key
        if mission is None:
            self.model.set_rows([])
            self._widths = None
            self._roster = []
            self._groups, self._reach = [], {}
            self._fill_people()
            self._refresh_day_view()
            self._update_count()
            self._update_actions()
            return
        if read is not None and read.mission_id == mission.id and self._participant_id is None:
            self._roster = list(read.roster)
            entries, audiences = list(read.entries), dict(read.audiences)
            self._groups, self._reach = list(read.groups), dict(read.reach)
        else:
            with self._db.reading() as session:
                if not self._roster:
                    self._roster = sorted_roster(list_roster(session, mission.id))
                if self._participant_id is None:
                    entries = programme_for(session, mission.id)
                else:
                    entries = agenda_for(session, self._participant_id)
                audiences = item_audiences(session, mission.id)
                self._groups = list_groups(session, mission.id)
                self._reach = groups_reached(session, mission.id)
        self.model.set_rows(make_rows(entries, audiences), mission.home_zone)
        self._widths = None
        self._fill_people()
        self._refresh_day_view()
        self.fit_columns()
        if wanted is not None:
            self.select(wanted)
        self._update_count()
        self._update_actions()

    def fit_columns(self) -> None:
        """Each column the user did not size as wide as its content (up to a limit), the place
        and audience giving width back when the window is narrow; the title takes the rest."""
        columns = self.table.horizontalHeader()
        sized = self.columns.user_sized
        wanted = {c: w for c, w in self._content_widths().items() if c not in sized}
        if not wanted:
            return
        available = self.table.viewport().width() or self.table.width()
        excess = sum(wanted.values()) + sum(columns.sectionSize(c) for c in sized)
        excess += MIN_TITLE_WIDTH - available
        for column in (PLACE, AUDIENCE, HOME):
            if excess <= 0:
                break
            if column not in wanted:
                continue
            give = min(excess, max(wanted[column] - MIN_SHRUNK_WIDTH, 0))
            wanted[column] -= give
            excess -= give
        for column, width in wanted.items():
            columns.resizeSection(column, width)

    def _content_widths(self) -> dict[int, int]:
        """What each column but the title needs for its heading and its texts, measured once
        per reading of the itinerary (a resize of the window only shares them out again)."""
        if self._widths is not None:
            return self._widths
        rows = self.model.rows[:300]  # enough to see the widest texts of a programme
        metrics = self.table.fontMetrics()
        heading = self.table.horizontalHeader().fontMetrics()
        wanted: dict[int, int] = {}
        for column in ITINERARY_COLUMNS:
            if column == TITLE:
                continue
            texts = {self.model.display_text(r, column) for r in rows}
            content = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(content + 22, heading.horizontalAdvance(str(title)) + 30)
            if column == KIND:
                width += 22  # the colour swatch
            wanted[column] = min(width, FITTED_LIMITS.get(column, MAX_FITTED_WIDTH))
        self._widths = wanted
        return wanted

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def days(self) -> list[date]:
        """The mission's days, and any day an item starts on outside them."""
        mission = self._mission
        if mission is None:
            return []
        days: set[date] = set()
        day = mission.start_date
        while day <= mission.end_date and len(days) < 400:
            days.add(day)
            day += ONE_DAY
        days.update(r.entry.day for r in self.model.rows)
        return sorted(days)

    def _refresh_day_view(self) -> None:
        mission = self._mission
        rows = self.proxy.shown_rows()
        days = self.days()
        places: dict[date, tuple[str, str]] = {}
        for day in days if mission else ():
            assert mission is not None
            stop = stop_for(mission, day)
            zone = stop.zone if stop else mission.home_zone
            places[day] = (zone, stop.city if stop else city_of(zone, self._language))
        self.day_view.set_rows(
            rows,
            days,
            places,
            self._language,
            stops=mission.stops if mission else (),
            groups=self._groups,
            reach=self._reach,
        )
        if self._current_key is not None and self.view == DAY_VIEW:
            self.day_view.select(self._current_key)

    # --- the agenda of one delegate ---------------------------------------------------------

    def _fill_people(self) -> None:
        combo = self.person_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Whole programme"), None)
        names = []
        for entry in self._roster:
            if entry.status == ParticipantStatus.CANCELLED:
                continue
            combo.addItem(entry.sort_name, entry.participant_id)
            names.append(entry.sort_name)
        completer = QCompleter([combo.itemText(0), *names], combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._on_person_completed)
        combo.setCompleter(completer)
        combo.setCurrentIndex(max(combo.findData(self._participant_id), 0))
        line = combo.lineEdit()
        if line is not None:
            line.setCursorPosition(0)
        combo.blockSignals(False)

    @Slot(int)
    def _on_person_chosen(self, index: int) -> None:
        value = self.person_combo.itemData(index)
        self.show_agenda_of(int(value) if value is not None else None)

    @Slot(str)
    def _on_person_completed(self, text: str) -> None:
        index = self.person_combo.findText(text)
        if index >= 0:
            self.person_combo.setCurrentIndex(index)
            self._on_person_chosen(index)

    def show_agenda_of(self, participant_id: int | None) -> None:
        """One delegate's agenda (None: the whole programme)."""
        if participant_id == self._participant_id:
            return
        self._participant_id = participant_id
        self.person_combo.setCurrentIndex(max(self.person_combo.findData(participant_id), 0))
        self.reload()

    @property
    def participant_id(self) -> int | None:
        return self._participant_id

    # --- views, selection -------------------------------------------------------------------

    @property
    def view(self) -> str:
        return DAY_VIEW if self.stack.currentWidget() is self.day_view else LIST

    def set_view(self, view: str) -> None:
        view = DAY_VIEW if view == DAY_VIEW else LIST
        key = self._current_key
        self.stack.setCurrentWidget(self.day_view if view == DAY_VIEW else self.table)
        (self.day_view_action if view == DAY_VIEW else self.list_view_action).setChecked(True)
        self._settings.setValue(VIEW_KEY, view)
        if key is not None:
            self.select(key)
        self.focus_view()
        self._update_actions()

    @Slot(str)
    def _on_day_columns(self, columns: str) -> None:
        self._settings.setValue(DAY_COLUMNS_KEY, columns)

    def focus_view(self) -> None:
        target = self.day_view.canvas if self.view == DAY_VIEW else self.table
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_row(self) -> ItineraryRow | None:
        if self.view == DAY_VIEW:
            return self.day_view.current_row()
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return self.proxy.row_at(index.row())

    def select(self, key: tuple[int, datetime] | int) -> bool:
        """Select the row named by ``key`` (an occurrence, or an item's first one) in both
        views; False when it is not shown."""
        source_row = self.model.row_of(key)
        if source_row is None:
            return False
        row = self.model.row_at(source_row)
        self._current_key = row.key
        proxy_index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if proxy_index.isValid():
            flags = QItemSelectionModel.SelectionFlag
            self.table.selectionModel().setCurrentIndex(
                proxy_index, flags.ClearAndSelect | flags.Rows
            )
            self.table.scrollTo(proxy_index)
        self.day_view.select(row.key)
        self._update_actions()
        return True

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.view == LIST:
            self._current_key = self.proxy.row_at(current.row()).key
        self._update_actions()

    @Slot()
    def _on_day_current(self) -> None:
        row = self.day_view.current_row()
        if row is not None and self.view == DAY_VIEW:
            self._current_key = row.key
        self._update_actions()

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_current()

    @Slot(str)
    def _on_query(self, text: str) -> None:
        self.proxy.set_query(text)
        self._refresh_day_view()
        self._update_count()
        self._update_actions()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("1 item") if total == 1 else arg(self.tr("%1 items"), total)
        else:
            text = arg(self.tr("%1 of %2 items"), shown, total)
        self.count_label.setText(text)

    def _update_actions(self) -> None:
        usable = self._active and self._mission is not None
        self.new_action.setEnabled(usable)
        self.previous_day_action.setEnabled(usable)
        self.next_day_action.setEnabled(usable)
        has_row = usable and self.current_row() is not None
        for action in self.item_actions:
            action.setEnabled(has_row)

    def set_active(self, active: bool) -> None:
        """Whether the page's actions and shortcuts act: the window turns them off while the
        roster is shown, so that Delete never deletes an item nobody sees."""
        self._active = active
        self._update_actions()

    def go_day(self, step: int) -> None:
        """The previous or next day: in the day view, that day; in the list, its first item."""
        if self.view == DAY_VIEW:
            if step < 0:
                self.day_view.previous_day()
            else:
                self.day_view.next_day()
            return
        current = self.current_row()
        days = sorted({self.proxy.row_at(r).entry.day for r in range(self.proxy.rowCount())})
        if not days:
            return
        if current is None:
            target = days[0] if step > 0 else days[-1]
        else:
            later = [
                d for d in days if (d > current.entry.day if step > 0 else d < current.entry.day)
            ]
            if not later:
                return
            target = later[0] if step > 0 else later[-1]
        for row in range(self.proxy.rowCount()):
            if self.proxy.row_at(row).entry.day == target:
                self.select(self.proxy.row_at(row).key)
                return

    # --- menus ------------------------------------------------------------------------------

    def item_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addAction(self.duplicate_action)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.earlier_action)
        menu.addAction(self.later_action)
        menu.addAction(self.day_earlier_action)
        menu.addAction(self.day_later_action)
        menu.addSeparator()
        menu.addAction(self.new_action)
        return menu

    @Slot(QPoint)
    def _show_table_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.select(self.proxy.row_at(index.row()).key)
        self._show_menu(self.table.viewport().mapToGlobal(position))

    @Slot(QPoint)
    def _show_menu(self, global_position: QPoint) -> None:
        self._update_actions()
        self.item_menu().exec(global_position)

    # --- the clock --------------------------------------------------------------------------

    @Slot()
    def update_clock(self) -> None:
        """Now at the mission's stop and at home: ``Miami 04:42 · Paris 10:42``."""
        mission = self._mission
        if mission is None:
            self.clock_label.clear()
            return
        now = self._now().astimezone(UTC)
        home = ZoneInfo(mission.home_zone)
        stop = stop_for(mission, now.astimezone(home).date())
        parts = []
        tips = []
        places = [(stop.city, stop.zone)] if stop else []
        places.append((city_of(mission.home_zone, self._language), mission.home_zone))
        seen = set()
        for city, zone in places:
            local = now.astimezone(ZoneInfo(zone))
            if local.utcoffset() in seen:
                continue
            seen.add(local.utcoffset())
            parts.append(f"{city} {clock_text(local)}")
            tips.append(f"{city}: {local:%Y-%m-%d %H:%M} {zone_abbreviation(local)} ({zone})")
        self.clock_label.setText(" · ".join(parts))
        self.clock_label.setToolTip(
            self.tr("The time now at the mission and at home") + "\n" + "\n".join(tips)
        )

    # --- changes ----------------------------------------------------------------------------

    def _default_start(self) -> tuple[datetime, str] | None:
        """Where a new item starts: after the selected one, else 9:00 on the day shown."""
        mission = self._mission
        if mission is None:
            return None
        current = self.current_row()
        if current is not None:
            entry = current.entry
            return _round_up(entry.end_local), entry.end_zone
        day = self.day_view.day if self.view == DAY_VIEW else None
        day = day or mission.start_date
        return datetime.combine(day, time(9, 0)), zone_for(mission, day)

    def _open_dialog(self, dialog: ItemDialog) -> ItemDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    @Slot()
    def _forget_dialog(self) -> None:
        self.dialog = None

    @Slot()
    def new_item(self, start: tuple[datetime, str] | None = None) -> ItemDialog | None:
        """Open the editor for a new item (at ``start``, else after the selected item)."""
        mission = self._mission
        if mission is None:
            return None
        with self._db.reading() as session:
            choices = load_choices(session, mission)
        dialog = ItemDialog(
            self._db,
            choices,
            start=start or self._default_start(),
            language=self._language,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._create(dialog))
        return self._open_dialog(dialog)

    def _create(self, dialog: ItemDialog) -> None:
        mission = self._mission
        if mission is None:
            return
        changes = dialog.changes
        title = (
            changes.title_fr if self._language == "fr" else (changes.title_en or changes.title_fr)
        )
        self._undo_stack.push(
            CreateItemCommand(
                self._db,
                mission.id,
                changes,
                title,
                changed=self._after_change,
                failed=self._on_failed,
                new_venue=dialog.new_venue,
            )
        )

    @Slot(object, str)
    def _on_create_at(self, local: datetime, zone: str) -> None:
        self.new_item((local, zone))

    @Slot()
    def edit_current(self) -> ItemDialog | None:
        """Open the editor on the selected item."""
        row, mission = self.current_row(), self._mission
        if row is None or mission is None:
            return None
        with self._db.reading() as session:
            detail = item_detail(session, row.item_id)
            choices = load_choices(session, mission)
        dialog = ItemDialog(self._db, choices, detail=detail, language=self._language, parent=self)

        def write() -> None:
            after = dialog.changes
            if after == detail.changes() and dialog.new_venue is None:
                return
            self._undo_stack.push(
                EditItemCommand(
                    self._db,
                    detail.id,
                    detail.changes(),
                    after,
                    detail.title(self._language),
                    changed=self._after_change,
                    failed=self._on_failed,
                    new_venue=dialog.new_venue,
                )
            )

        dialog.accepted.connect(write)
        return self._open_dialog(dialog)

    def duplicate_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self._undo_stack.push(
            DuplicateItemCommand(
                self._db,
                row.item_id,
                row.entry.title(self._language),
                changed=self._after_change,
                failed=self._on_failed,
            )
        )

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self._undo_stack.push(
            DeleteItemCommand(
                self._db,
                row.item_id,
                row.entry.title(self._language),
                changed=self._after_change,
                failed=self._on_failed,
            )
        )

    def move_current(self, delta: timedelta) -> None:
        row = self.current_row()
        if row is None:
            return
        self._move(row, delta)

    def _move(self, row: ItineraryRow, delta: timedelta) -> None:
        self._current_key = (row.item_id, row.entry.start_local + delta)
        self._undo_stack.push(
            MoveItemCommand(
                self._db,
                row.item_id,
                delta,
                row.entry.title(self._language),
                changed=self._after_change,
                failed=self._on_move_failed,
            )
        )

    @Slot(int, object)
    def _on_dragged(self, item_id: int, delta: timedelta) -> None:
        row = self.day_view.current_row()
        if row is None or row.item_id != item_id:
            source = self.model.row_of(item_id)
            if source is None:
                return
            row = self.model.row_at(source)
        self._move(row, delta)

    def _after_change(self, item_id: int | None) -> None:
        """After a write (or its undo): read again, select what changed (or, once it is
        gone, the item that took its place in time)."""
        key = self._current_key
        if item_id is None:
            source = self.model.row_of(key) if key is not None else None
            gone = self.model.row_at(source).entry.start if source is not None else None
            self._current_key = None
            self.reload()
            self._select_after(gone)
        else:
            self.reload()
            if key is None or key[0] != item_id or self.model.row_of(key) is None:
                self.select(item_id)
        self.changed.emit()

    def _select_after(self, when: datetime | None) -> None:
        count = self.proxy.rowCount()
        if when is None or count == 0:
            self._update_actions()
            return
        for row in range(count):
            candidate = self.proxy.row_at(row)
            if candidate.entry.start >= when:
                self.select(candidate.key)
                return
        self.select(self.proxy.row_at(count - 1).key)

    def _on_failed(self, message: str) -> None:
        self.reload()
        QMessageBox.warning(self, self.tr("The itinerary could not be changed"), message)

    def _on_move_failed(self, message: str) -> None:
        QApplication.beep()
        row = self.current_row()
        if row is not None:
            self._current_key = row.key
        self.reload()
        self.status_message.emit(arg(self.tr("Not moved: %1"), message))

    def shutdown(self) -> None:
        """At close: no read of the programme starts any more (the workers are waited on), and
        the list's columns are saved as the user left them."""
        self._read_timer.stop()
        self.columns.save()
        self._runner = None

    def flush_dialog(self) -> None:
        """Close an open editor (when the mission changes or the window closes)."""
        if self.dialog is not None:
            self.dialog.reject()
