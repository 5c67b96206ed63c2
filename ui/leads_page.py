"""The leads tab of the window: the prospect companies the mission's meetings produced.

- The list shows each lead's stage (a coloured badge; the list sorts by stage in the order a
  lead goes through them), organisation, sector, expected jobs and investment, owner, and the
  open follow-up action due first with its date (marked when overdue). "All missions" shows
  every lead, since a lead lives on after the mission it began with.
- The pane beside it shows the selected lead: its stage history, its meetings across missions
  and its follow-up actions (add one, mark one done).
- The stage changes from the combo beside the history or the context menu, with a note asked
  for; a new lead starts from an organisation or one of the mission's meetings. Every change
  is one undoable step of the window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from delegation_app.services.follow_ups import FollowUpView
from delegation_app.services.leads import STAGES, LeadDetail, LeadRow, get_lead, list_leads
from delegation_app.services.leads import stage_label as core_stage_label
from delegation_app.services.meetings import MeetingView, list_meetings
from delegation_app.services.missions import MissionView
from delegation_app.services.people import list_organisations, list_people
from delegation_app.services.sectors import sector_label
from delegation_app.storage.database import Database
from delegation_app.storage.models import FollowUpStatus, LeadStage
from ui import settings as keys
from ui import theme
from ui.labels import arg
from ui.lead_commands import (
    AddFollowUpCommand,
    ChangeStageCommand,
    CloseFollowUpCommand,
    CreateLeadCommand,
    EditLeadCommand,
    LinkMeetingCommand,
)
from ui.lead_dialogs import EditLeadDialog, FollowUpDialog, NewLeadDialog, stage_change_prompt
from ui.meetings_page import meeting_status_label, when_text
from ui.search import SEARCH_ROLE, SORT_ROLE, SearchProxyModel, fold
from ui.table_layout import ColumnLayout, remember_columns

STAGE, ORGANISATION, SECTOR, JOBS, INVESTMENT, OWNER, NEXT_ACTION, DUE = range(8)
OVERDUE = QColor("#b3261e")
#: The badge of each stage: background, then text colour.
STAGE_COLOURS = {
    LeadStage.CONTACT: ("#dbe7f6", "#1d3f6e"),
    LeadStage.STUDY: ("#fdf0c4", "#6b4d00"),
    LeadStage.SITE_VISIT: ("#fde0c8", "#7a3a00"),
    LeadStage.DECISION: ("#e6dcf5", "#4a2a7a"),
    LeadStage.SETTLED: ("#d5efd9", "#1b5e20"),
    LeadStage.LOST: ("#e4e4e4", "#555555"),
}


def investment_text(amount: int | None, currency: str | None, language: str) -> str:
    if amount is None:
        return ""
    return f"{format_decimal(amount, locale=language)} {currency or ''}".strip()


def day_text(day: date, language: str) -> str:
    return format_date(day, "d MMM y", locale=language)


class LeadsModel(QAbstractTableModel):
    """Leads as :func:`list_leads` gives them."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.rows: list[LeadRow] = []
        self.today = date.today()

    def set_language(self, language: str) -> None:
        self._language = language
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, DUE))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, DUE)

    def set_rows(self, rows: Sequence[LeadRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.today = date.today()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else DUE + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            STAGE: self.tr("Stage"),
            ORGANISATION: self.tr("Organisation"),
            SECTOR: self.tr("Sector"),
            JOBS: self.tr("Jobs"),
            INVESTMENT: self.tr("Investment"),
            OWNER: self.tr("Owner"),
            NEXT_ACTION: self.tr("Next action"),
            DUE: self.tr("Due"),
        }.get(section)

    def is_overdue(self, row: LeadRow) -> bool:
        return row.next_action_due is not None and row.next_action_due < self.today

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SEARCH_ROLE and column == 0:
            words = [
                row.organisation,
                row.organisation_city or "",
                row.sector or "",
                row.project or "",
                row.owner or "",
                row.stage_label(self._language),
                row.next_action or "",
            ]
            return fold(" ".join(words))
        if role == SORT_ROLE:
            if column == STAGE:
                return STAGES.index(row.stage)
            if column == JOBS:
                return row.jobs_expected if row.jobs_expected is not None else -1
            if column == INVESTMENT:
                return row.investment_expected if row.investment_expected is not None else -1
            if column == DUE:
                return row.next_action_due.toordinal() if row.next_action_due else 10**7
            return self._display(row, column)
        if column == STAGE and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(theme.fill(STAGE_COLOURS[row.stage][0]))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == STAGE:
                tint = theme.fill(STAGE_COLOURS[row.stage][0])
                return QBrush(theme.readable(STAGE_COLOURS[row.stage][1], tint))
            if column in (NEXT_ACTION, DUE) and self.is_overdue(row):
                return QBrush(theme.readable(OVERDUE))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (JOBS, INVESTMENT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DUE and self.is_overdue(row) and row.next_action_due is not None:
                return arg(self.tr("Overdue by %1 days"), (self.today - row.next_action_due).days)
            if column == ORGANISATION:
                return row.project
            return self._display(row, column) or None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _display(self, row: LeadRow, column: int) -> str:
        language = self._language
        if column == STAGE:
            return row.stage_label(language)
        if column == ORGANISATION:
            return row.organisation
        if column == SECTOR:
            return sector_label(row.sector, language) if row.sector else ""
        if column == JOBS:
            return (
                ""
                if row.jobs_expected is None
                else format_decimal(row.jobs_expected, locale=language)
            )
        if column == INVESTMENT:
            return investment_text(row.investment_expected, row.investment_currency, language)
        if column == OWNER:
            return row.owner or ""
        if column == NEXT_ACTION:
            return row.next_action or ""
        if row.next_action_due is None:
            return ""
        text = day_text(row.next_action_due, language)
        return f"⚠ {text}" if self.is_overdue(row) else text


class TextRowsModel(QAbstractTableModel):
    """A small read-only table of texts (the detail pane's history, meetings, actions)."""

    def __init__(self, headers: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self.rows: list[tuple[str, ...]] = []
        self.marked: frozenset[int] = frozenset()
        self.ids: list[int] = []

    def set_rows(
        self,
        rows: Sequence[tuple[str, ...]],
        ids: Sequence[int] = (),
        marked: frozenset[int] = frozenset(),
    ) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.ids = list(ids)
        self.marked = set(marked)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers()) - 1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self._headers()
            return headers[section] if section < len(headers) else None
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.marked:
            return QBrush(theme.readable(OVERDUE))
        return None


def _small_table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class LeadsPage(QWidget):
    """The leads of the selected mission (or of every mission)."""

    changed = Signal()
    status_message = Signal(str)
    dialog_opened = Signal(object)

    def __init__(
        self,
        db: Database,
        undo_stack: QUndoStack,
        *,
        language: str,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._undo_stack = undo_stack
        self._language = language
        self._settings = settings if settings is not None else keys.app_settings()
        self._mission: MissionView | None = None
        self._dirty = True
        self.detail: LeadDetail | None = None
        self.dialog: QDialog | None = None
        #: Set by tests: asked for the note of a change of stage instead of a dialog
        #: (None cancels the change).
        self.ask_note: Callable[[LeadRow, LeadStage], str | None] | None = None
        #: Set by tests: called with a failure's sentence instead of a message box.
        self.report_failure: Callable[[str], None] | None = None
        #: Set by tests: picks the meeting to link among those offered (None cancels).
        self.choose_meeting: Callable[[list[MeetingView]], MeetingView | None] | None = None

        self.model = LeadsModel(language, self)
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(320)
        self.search.textChanged.connect(self._on_query)
        self.all_missions = QCheckBox()
        self.all_missions.toggled.connect(lambda _on: self.reload())
        self.count_label = QLabel()
        self.new_action = self._action(self.new_lead, "Ctrl+N", "Ins")
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_action.trigger)
        self.add_action_action = self._action(self.add_follow_up)
        self.done_action = self._action(self.mark_done)
        self.link_action = self._action(self.link_meeting)
        self.edit_action = self._action(self.edit_current)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_action.trigger)

        self.view = QTableView()
        self.view.setObjectName("leadsView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(STAGE, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (ORGANISATION, SECTOR, NEXT_ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.columns = remember_columns(
            self.view,
            self._settings,
            keys.LEADS_TABLE,
            old_sort_key=keys.table_key(keys.LEADS_TABLE, keys.OLD_SORT),
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_menu)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.doubleClicked.connect(lambda _index: self.edit_current())
        for key in ("Return", "Enter"):
            shortcut = QAction(self.view)
            shortcut.setShortcut(QKeySequence(key))
            shortcut.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.triggered.connect(self.edit_action.trigger)
            self.view.addAction(shortcut)

        # The detail of the selected lead.
        self.title_label = QLabel()
        self.title_label.setObjectName("leadTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stage_combo = QComboBox()
        self.stage_button = QPushButton()
        self.stage_button.clicked.connect(self._on_stage_button)
        self.history = TextRowsModel(
            lambda: [self.tr("Stage"), self.tr("When (UTC)"), self.tr("By"), self.tr("Note")], self
        )
        self.meetings = TextRowsModel(
            lambda: [self.tr("When"), self.tr("Mission"), self.tr("Delegates"), self.tr("Status")],
            self,
        )
        self.actions = TextRowsModel(
            lambda: [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status")], self
        )
        self.history_view = _small_table(self.history)
        self.meetings_view = _small_table(self.meetings)
        self.actions_view = _small_table(self.actions)
        self.detail_columns: tuple[ColumnLayout, ...] = tuple(
            remember_columns(view, self._settings, key)
            for view, key in (
                (self.history_view, keys.LEAD_HISTORY_TABLE),
                (self.meetings_view, keys.LEAD_MEETINGS_TABLE),
                (self.actions_view, keys.LEAD_ACTIONS_TABLE),
            )
        )
        self.actions_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.add_action_button = QPushButton()
        self.add_action_button.clicked.connect(self.add_action_action.trigger)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.done_action.trigger)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setDocumentMode(True)
        self.detail_tabs.addTab(self.history_view, "")
        meetings_tab = QWidget()
        meetings_layout = QVBoxLayout(meetings_tab)
        meetings_layout.setContentsMargins(0, 4, 0, 0)
        meetings_layout.addWidget(self.meetings_view, 1)
        self.link_button = QPushButton()
        self.link_button.clicked.connect(self.link_action.trigger)
        link_row = QHBoxLayout()
        link_row.addStretch(1)
        link_row.addWidget(self.link_button)
        meetings_layout.addLayout(link_row)
        self.detail_tabs.addTab(meetings_tab, "")
        actions_tab = QWidget()
        actions_layout = QVBoxLayout(actions_tab)
        actions_layout.setContentsMargins(0, 4, 0, 0)
        actions_layout.addWidget(self.actions_view, 1)
        actions_buttons = QHBoxLayout()
        actions_buttons.addStretch(1)
        actions_buttons.addWidget(self.add_action_button)
        actions_buttons.addWidget(self.done_button)
        actions_layout.addLayout(actions_buttons)
        self.detail_tabs.addTab(actions_tab, "")

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        detail_layout.addWidget(self.title_label)
        detail_layout.addWidget(self.info_label)
        stage_row = QHBoxLayout()
        self.stage_caption = QLabel()
        stage_row.addWidget(self.stage_caption)
        stage_row.addWidget(self.stage_combo)
        stage_row.addWidget(self.stage_button)
        stage_row.addStretch(1)
        stage_row.addWidget(self.edit_button)
        detail_layout.addLayout(stage_row)
        detail_layout.addWidget(self.detail_tabs, 1)

        # The list above, the lead below: the list needs the width for its eight columns.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        detail.setMinimumHeight(200)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.all_missions)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.retranslate()
        self._show_detail()

    def _action(self, slot: Callable[[], object], *shortcuts: str) -> QAction:
        action = QAction(self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        # Ctrl+N acts while the keyboard is on this page, never on another tab's.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- language ---------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self.model.set_language(language)
        self.retranslate()
        self._dirty = True
        if self.isVisible():
            self.reload()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Organisation, sector, owner, action…"))
        self.all_missions.setText(self.tr("&All missions"))
        self.all_missions.setToolTip(
            self.tr("Every lead, whatever the mission it began with: a lead lives on")
        )
        self.new_action.setText(self.tr("&New lead…"))
        self.new_button.setText(self.tr("&New lead…"))
        self.new_button.setToolTip(
            self.tr("Follow a prospect company, from an organisation or a meeting (Ctrl+N)")
        )
        self.add_action_action.setText(self.tr("Add follow-up &action…"))
        self.add_action_button.setText(self.tr("&Add action…"))
        self.done_action.setText(self.tr("Mark action &done"))
        self.done_button.setText(self.tr("Mark &done"))
        self.stage_caption.setText(self.tr("Stage:"))
        self.link_action.setText(self.tr("&Link a meeting…"))
        self.edit_action.setText(self.tr("&Edit the lead…"))
        self.edit_button.setText(self.tr("&Edit the lead…"))
        self.edit_button.setToolTip(
            self.tr("Sector, project, expected jobs and investment, owner (Enter, double-click)")
        )
        self.link_button.setText(self.tr("&Link a meeting…"))
        self.link_button.setToolTip(
            self.tr("Link one of this mission's meetings with the company to the lead")
        )
        self.stage_button.setText(self.tr("&Change stage…"))
        self.stage_button.setToolTip(self.tr("Move the lead to the stage chosen, with a note"))
        self.detail_tabs.setTabText(0, self.tr("Stage history"))
        self.detail_tabs.setTabText(1, self.tr("Meetings"))
        self.detail_tabs.setTabText(2, self.tr("Follow-up actions"))
        self.stage_combo.clear()
        for stage in STAGES:
            self.stage_combo.addItem(core_stage_label(stage, self._language), stage.value)
        for model in (self.history, self.meetings, self.actions):
            model.retranslate()
        self._update_count()
        self._show_detail()

    # --- loading ----------------------------------------------------------------------------

    @property
    def mission(self) -> MissionView | None:
        return self._mission

    def set_mission(self, mission: MissionView | None) -> None:
        self._mission = mission
        self._dirty = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Read again each time the tab is shown: the other tabs change what it lists (an
        # item moved in the itinerary, a meeting held), and reading it costs a few queries.
        self._dirty = True
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if self._dirty:
            self.reload()

    def shutdown(self) -> None:
        """At close: the tables' columns are saved as the user left them."""
        for columns in (self.columns, *self.detail_columns):
            columns.save()

    def reload(self, select: int | None = None) -> None:
        self._dirty = False
        current = self.current_lead()
        if self._mission is None and not self.all_missions.isChecked():
            self.model.set_rows([])
        else:
            mission_id = (
                None
                if self.all_missions.isChecked() or self._mission is None
                else (self._mission.id)
            )
            with self._db.reading() as session:
                self.model.set_rows(list_leads(session, mission_id=mission_id))
        chosen = select if select is not None else (current.id if current else None)
        if chosen is None or not self.select(chosen):
            self._show_detail()
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("1 lead") if total == 1 else arg(self.tr("%1 leads"), total)
        else:
            text = arg(self.tr("%1 of %2 leads"), shown, total)
        self.count_label.setText(text)

    @Slot(str)
    def _on_query(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()

    def current_lead(self) -> LeadRow | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().hasSelection():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.rows[source.row()] if source.isValid() else None

    def select(self, lead_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, Qt.ItemDataRole.UserRole) == lead_id:
                self.view.selectRow(row)
                self._show_detail()
                return True
        return False

    def shown_rows(self) -> list[LeadRow]:
        return [
            self.model.rows[self.proxy.mapToSource(self.proxy.index(row, 0)).row()]
            for row in range(self.proxy.rowCount())
        ]

    @Slot()
    def _on_selection(self) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        lead = self.current_lead()
        if lead is None:
            self.detail = None
            self.title_label.setText(self.tr("No lead selected"))
            self.info_label.clear()
            for model in (self.history, self.meetings, self.actions):
                model.set_rows([])
            self._update_actions()
            return
        with self._db.reading() as session:
            self.detail = detail = get_lead(session, lead.id)
        language = self._language
        self.title_label.setText(
            f"{lead.organisation} – {lead.project}" if lead.project else lead.organisation
        )
        facts = []
        if lead.mission_title(language):
            facts.append(arg(self.tr("Began with: %1"), lead.mission_title(language)))
        if lead.jobs_expected is not None:
            facts.append(arg(self.tr("%1 jobs expected"), lead.jobs_expected))
        if lead.investment_expected is not None:
            facts.append(
                arg(
                    self.tr("investment %1"),
                    investment_text(lead.investment_expected, lead.investment_currency, language),
                )
            )
        if lead.owner:
            facts.append(arg(self.tr("followed by %1"), lead.owner))
        self.info_label.setText(" · ".join(facts))
        self.stage_combo.setCurrentIndex(max(self.stage_combo.findData(lead.stage.value), 0))
        self.history.set_rows(
            [
                (
                    change.stage_label(language),
                    format_datetime(change.changed_at, "d MMM y HH:mm", locale=language),
                    change.changed_by or "",
                    change.note or "",
                )
                for change in detail.history
            ]
        )
        self.meetings.set_rows(
            [
                (
                    when_text(m.meeting.start_local, m.meeting.end_local, language),
                    m.mission_title(language),
                    ", ".join(m.meeting.delegates),
                    meeting_status_label(m.meeting.status),
                )
                for m in detail.meetings
            ]
        )
        today = date.today()
        self.actions.set_rows(
            [self._action_cells(action) for action in detail.actions],
            ids=[action.id for action in detail.actions],
            marked={row for row, a in enumerate(detail.actions) if a.days_late(today)},
        )
        self._update_actions()

    def _action_cells(self, action: FollowUpView) -> tuple[str, ...]:
        status = action.status_label(self._language)
        if action.closed_on is not None:
            status = f"{status} ({day_text(action.closed_on, self._language)})"
        due = day_text(action.due_date, self._language) if action.due_date else ""
        return (action.description, action.owner or "", due, status)

    def current_action(self) -> FollowUpView | None:
        if self.detail is None:
            return None
        index = self.actions_view.currentIndex()
        if not index.isValid() or not self.actions_view.selectionModel().hasSelection():
            return None
        return self.detail.actions[index.row()]

    @Slot()
    def _update_actions(self) -> None:
        has_lead = self.detail is not None
        for widget in (self.stage_combo, self.stage_button, self.add_action_button):
            widget.setEnabled(has_lead)
        self.add_action_action.setEnabled(has_lead)
        self.edit_button.setEnabled(has_lead)
        self.edit_action.setEnabled(has_lead)
        can_link = has_lead and self._mission is not None
        self.link_button.setEnabled(can_link)
        self.link_action.setEnabled(can_link)
        action = self.current_action()
        can_close = action is not None and action.status == FollowUpStatus.OPEN
        self.done_button.setEnabled(can_close)
        self.done_action.setEnabled(can_close)
        self.new_action.setEnabled(self._mission is not None or self.all_missions.isChecked())
        self.new_button.setEnabled(self.new_action.isEnabled())

    @Slot(QPoint)
    def _show_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid():
            self.view.selectRow(index.row())
        lead = self.current_lead()
        menu = QMenu(self)
        menu.addAction(self.new_action)
        if lead is not None:
            stages = menu.addMenu(self.tr("Move to &stage"))
            for stage in STAGES:
                action = stages.addAction(core_stage_label(stage, self._language))
                action.setEnabled(stage != lead.stage)
                action.triggered.connect(
                    lambda _checked=False, chosen=stage: self.change_stage_to(chosen)
                )
            menu.addAction(self.edit_action)
            menu.addAction(self.add_action_action)
        menu.popup(self.view.viewport().mapToGlobal(position))
        self.context_menu = menu

    # --- actions ----------------------------------------------------------------------------

    def _after_change(self, lead_id: int | None) -> None:
        self.reload(select=lead_id)
        self.changed.emit()

    def _show_failure(self, message: str) -> None:
        self.status_message.emit(message)
        if self.report_failure is not None:
            self.report_failure(message)
            return
        QMessageBox.warning(self, self.tr("The lead could not be changed"), message)

    @Slot()
    def _on_stage_button(self) -> None:
        self.change_stage_to(LeadStage(self.stage_combo.currentData()))

    def change_stage_to(self, stage: LeadStage) -> bool:
        """Move the selected lead to ``stage`` with the note asked for; one undoable step."""
        lead = self.current_lead()
        if lead is None:
            return False
        if stage == lead.stage:
            self.status_message.emit(
                arg(self.tr("The lead is already at “%1”"), core_stage_label(stage, self._language))
            )
            return False
        note = self._ask_note(lead, stage)
        if note is None:
            return False
        self._undo_stack.push(
            ChangeStageCommand(
                self._db,
                lead.id,
                lead.organisation,
                stage,
                note=note.strip() or None,
                language=self._language,
                changed=self._after_change,
                failed=self._show_failure,
            )
        )
        return True

    def _ask_note(self, lead: LeadRow, stage: LeadStage) -> str | None:
        if self.ask_note is not None:
            return self.ask_note(lead, stage)
        text, accepted = QInputDialog.getText(
            self,
            self.tr("Change of stage"),
            stage_change_prompt(lead.organisation, stage, self._language),
        )
        return text if accepted else None

    def _open_dialog(self, dialog: QDialog) -> QDialog:
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
    def new_lead(
        self, *, organisation_id: int | None = None, meeting_id: int | None = None
    ) -> NewLeadDialog | None:
        """The new-lead editor, on an organisation or one of the mission's meetings."""
        mission = self._mission
        with self._db.reading() as session:
            organisations = list_organisations(session)
            meetings = list_meetings(session, mission.id) if mission is not None else []
            people = list_people(session)
        dialog = NewLeadDialog(
            self._db,
            mission_id=mission.id if mission is not None else None,
            organisations=organisations,
            meetings=meetings,
            people=people,
            language=self._language,
            organisation_id=organisation_id,
            meeting_id=meeting_id,
            parent=self,
        )
        names = {o.id: o.name for o in organisations}
        dialog.accepted.connect(lambda: self._create(dialog, names))
        self._open_dialog(dialog)
        return dialog

    def _create(self, dialog: NewLeadDialog, names: dict[int, str]) -> None:
        lead = dialog.lead
        if lead is None:
            return
        self._undo_stack.push(
            CreateLeadCommand(
                self._db,
                lead,
                names.get(lead.organisation_id, ""),
                changed=self._after_change,
                failed=self._show_failure,
            )
        )

    @Slot()
    def edit_current(self) -> EditLeadDialog | None:
        lead = self.current_lead()
        if lead is None:
            return None
        with self._db.reading() as session:
            people = list_people(session)
        dialog = EditLeadDialog(self._db, lead, people=people, language=self._language, parent=self)
        dialog.accepted.connect(lambda: self._edit(dialog, lead))
        self._open_dialog(dialog)
        return dialog

    def _edit(self, dialog: EditLeadDialog, lead: LeadRow) -> None:
        if dialog.changes is None:
            return
        self._undo_stack.push(
            EditLeadCommand(
                self._db,
                lead,
                dialog.changes,
                changed=self._after_change,
                failed=self._show_failure,
            )
        )

    @Slot()
    def add_follow_up(self) -> FollowUpDialog | None:
        lead = self.current_lead()
        if lead is None:
            return None
        with self._db.reading() as session:
            people = list_people(session)
        dialog = FollowUpDialog(people, owner_id=lead.owner_id, due=None, parent=self)
        dialog.accepted.connect(lambda: self._add_follow_up(dialog, lead))
        self._open_dialog(dialog)
        return dialog

    def _add_follow_up(self, dialog: FollowUpDialog, lead: LeadRow) -> None:
        self._undo_stack.push(
            AddFollowUpCommand(
                self._db,
                lead.id,
                dialog.description,
                owner_id=dialog.owner_id,
                due_date=dialog.due_date,
                changed=self._after_change,
                failed=self._show_failure,
            )
        )

    def linkable_meetings(self) -> list[MeetingView]:
        """The mission's meetings with the lead's company not linked to it yet."""
        lead, mission, detail = self.current_lead(), self._mission, self.detail
        if lead is None or mission is None or detail is None:
            return []
        linked = {m.meeting.id for m in detail.meetings}
        with self._db.reading() as session:
            meetings = list_meetings(session, mission.id)
        return [
            m for m in meetings if m.organisation_id == lead.organisation_id and m.id not in linked
        ]

    @Slot()
    def link_meeting(self) -> bool:
        lead = self.current_lead()
        if lead is None:
            return False
        offered = self.linkable_meetings()
        if not offered:
            self.status_message.emit(
                arg(self.tr("No other meeting of this mission with %1 to link"), lead.organisation)
            )
            return False
        chosen = self._choose_meeting(offered)
        if chosen is None:
            return False
        self._undo_stack.push(
            LinkMeetingCommand(
                self._db,
                lead.id,
                chosen.id,
                lead.organisation,
                changed=self._after_change,
                failed=self._show_failure,
            )
        )
        return True

    def _choose_meeting(self, offered: list[MeetingView]) -> MeetingView | None:
        if self.choose_meeting is not None:
            return self.choose_meeting(offered)
        labels = [
            f"{when_text(m.start_local, m.end_local, self._language)} – "
            f"{', '.join(m.delegates)} ({meeting_status_label(m.status)})"
            for m in offered
        ]
        text, accepted = QInputDialog.getItem(
            self, self.tr("Link a meeting"), self.tr("Meeting:"), labels, 0, False
        )
        return offered[labels.index(text)] if accepted and text in labels else None

    @Slot()
    def mark_done(self) -> bool:
        lead, action = self.current_lead(), self.current_action()
        if lead is None or action is None or action.status != FollowUpStatus.OPEN:
            return False
        self._undo_stack.push(
            CloseFollowUpCommand(
                self._db,
                action,
                lead.id,
                changed=self._after_change,
                failed=self._show_failure,
            )
        )
        return True
