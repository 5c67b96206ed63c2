"""Importing a partner's roster file into a mission: columns first, then a row-by-row review.

Step 1 ("Columns") shows the file's columns, each with the roster field it holds (guessed from
its header, correctable), and the first rows. Step 2 ("Review") says what every row would do:
create a person, add a known one, update a delegate, or be refused with the column and the
reason. Nothing is written before Import; the import itself is one transaction, in a worker.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegation_app.interchange.roster_columns import FIELDS, REQUIRED, guess_mapping
from delegation_app.interchange.roster_import import ImportPlan, ImportResult, RowAction, RowPlan
from delegation_app.interchange.tabular import Table
from delegation_app.services.missions import MissionView
from delegation_app.storage.database import Database
from ui import accessible, theme
from ui.i18n import core_text
from ui.labels import arg
from ui.roster_jobs import ApplyImportJob, LoadedTable, PlanImportJob, ReadTableJob
from ui.workers import JobRunner

Index = QModelIndex | QPersistentModelIndex

#: What a column mapped to nothing holds in the columns model.
IGNORED = ""
PREVIEW_ROWS = 5
_FIELDS = {f.name: f for f in FIELDS}
#: The core names a row's problem columns and changes by the field's French label.
_FIELD_OF_LABEL = {f.label_fr: f.name for f in FIELDS}

_ACTION_COLOURS = {
    RowAction.CREATE: QColor("#2e7d32"),
    RowAction.ADD: QColor("#1565c0"),
    RowAction.UPDATE: QColor("#a15c00"),
    RowAction.REFUSE: QColor("#c62828"),
}
_ERROR_COLOUR = "#c62828"
_MUTED = QColor("#8a8a8a")


def field_label(name: str, language: str) -> str:
    """A roster field as the window's language names it (``family_name`` -> ``Nom``)."""
    field = _FIELDS.get(name)
    if field is None:
        return name
    return field.label_fr if language == "fr" else field.label_en


def ignore_label() -> str:
    return QCoreApplication.translate("Import", "— ignore —")


def action_label(action: RowAction) -> str:
    labels = {
        RowAction.CREATE: QCoreApplication.translate("Import", "Create"),
        RowAction.ADD: QCoreApplication.translate("Import", "Add"),
        RowAction.UPDATE: QCoreApplication.translate("Import", "Update"),
        RowAction.REFUSE: QCoreApplication.translate("Import", "Refused"),
    }
    return labels[action]


def plan_summary(plan: ImportPlan) -> str:
    """``12 to create, 3 to add, 1 to update, 2 refused``, in the window's language."""
    return arg(
        QCoreApplication.translate("Import", "%1 to create, %2 to add, %3 to update, %4 refused"),
        plan.count(RowAction.CREATE),
        plan.count(RowAction.ADD),
        plan.count(RowAction.UPDATE),
        plan.count(RowAction.REFUSE),
    )


def file_header(field: str, table: Table, mapping: Mapping[int, str]) -> str | None:
    """The file's own heading for the column mapped to ``field``."""
    for index, name in mapping.items():
        if name == field and index < len(table.headers):
            return table.headers[index] or column_placeholder(index)
    return None


def column_placeholder(index: int) -> str:
    return arg(QCoreApplication.translate("Import", "(column %1)"), index + 1)


# --- step 1: columns ----------------------------------------------------------------------


class ColumnsModel(QAbstractTableModel):
    """One row per column of the file: its heading, its first values, the field it holds."""

    HEADER, VALUES, FIELD = range(3)

    #: Emitted whenever the mapping changes (by the user or by a new table).
    mapping_changed = Signal()

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._headers: tuple[str, ...] = ()
        self._values: list[str] = []
        self._fields: list[str] = []

    def set_table(self, table: Table, mapping: Mapping[int, str]) -> None:
        self.beginResetModel()
        width = max([len(table.headers), *(len(r) for r in table.rows[:50])], default=0)
        self._headers = tuple(table.headers) + ("",) * (width - len(table.headers))
        self._values = [_first_values(table, column) for column in range(width)]
        self._fields = [mapping.get(column, IGNORED) for column in range(width)]
        self.endResetModel()
        self.mapping_changed.emit()

    def mapping(self) -> dict[int, str]:
        """Column index -> field name, for the columns not ignored."""
        return {column: name for column, name in enumerate(self._fields) if name}

    def missing(self) -> list[str]:
        """The required fields no column holds yet."""
        return [name for name in REQUIRED if name not in self._fields]

    def field_of(self, column: int) -> str:
        return self._fields[column]

    def set_field(self, column: int, name: str) -> bool:
        """Map ``column`` to ``name`` (or ignore it); a field is held by one column only."""
        if not 0 <= column < len(self._fields) or self._fields[column] == name:
            return False
        if name and name not in _FIELDS:
            return False
        changed = [column]
        if name:
            for other, held in enumerate(self._fields):
                if held == name and other != column:
                    self._fields[other] = IGNORED
                    changed.append(other)
        self._fields[column] = name
        # One signal per cell: an item view refreshes a persistent editor only for one cell.
        for row in changed:
            for col in (self.HEADER, self.VALUES, self.FIELD):
                index = self.index(row, col)
                self.dataChanged.emit(index, index)
        self.mapping_changed.emit()
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None  # no vertical header is shown
        titles = {
            self.HEADER: QCoreApplication.translate("Import", "Column in the file"),
            self.VALUES: QCoreApplication.translate("Import", "First values"),
            self.FIELD: QCoreApplication.translate("Import", "Roster field"),
        }
        return titles.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._fields):
            return None
        row, column = index.row(), index.column()
        name = self._fields[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.HEADER:
                return self._headers[row] or column_placeholder(row)
            if column == self.VALUES:
                return self._values[row]
            return field_label(name, self._language) if name else ignore_label()
        if role == Qt.ItemDataRole.EditRole and column == self.FIELD:
            return name
        if role == Qt.ItemDataRole.ToolTipRole and column == self.VALUES:
            return self._values[row] or None
        if role == Qt.ItemDataRole.ForegroundRole and not name and column != self.FIELD:
            return theme.readable(_MUTED)
        if role == Qt.ItemDataRole.FontRole and column == self.HEADER and name:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() != self.FIELD:
            return False
        return self.set_field(index.row(), str(value or ""))


def _first_values(table: Table, column: int, count: int = 3) -> str:
    seen: list[str] = []
    for row in table.rows[:200]:
        value = row[column].replace("\n", " ") if column < len(row) else ""
        if value and value not in seen:
            seen.append(value)
            if len(seen) == count:
                break
    return " · ".join(seen)


class FieldComboDelegate(QStyledItemDelegate):
    """A combo box of the roster fields (and "— ignore —") for a column of the file."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("fieldCombo")
        heading = index.siblingAtColumn(ColumnsModel.HEADER).data()
        accessible.name(
            combo,
            arg(QCoreApplication.translate("Import", "Roster field of the column “%1”"), heading),
        )
        combo.addItem(ignore_label(), IGNORED)
        for field in FIELDS:
            combo.addItem(field_label(field.name, self._language), field.name)
            if field.name in REQUIRED:
                font = QFont(combo.font())
                font.setBold(True)
                combo.setItemData(combo.count() - 1, font, Qt.ItemDataRole.FontRole)
        combo.setMaxVisibleItems(len(FIELDS) + 1)
        combo.currentIndexChanged.connect(self._commit)
        return combo

    @Slot()
    def _commit(self) -> None:
        combo = self.sender()
        if isinstance(combo, QComboBox):
            self.commitData.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.blockSignals(True)
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewModel(QAbstractTableModel):
    """The first rows of the file as it is, ignored columns greyed."""

    def __init__(self, columns: ColumnsModel, language: str, parent: QObject | None = None):
        super().__init__(parent)
        self._columns = columns
        self._language = language
        self._headers: tuple[str, ...] = ()
        self._rows: tuple[tuple[str, ...], ...] = ()
        self._numbers: tuple[int, ...] = ()
        columns.mapping_changed.connect(self._on_mapping_changed)

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self._headers = table.headers
        self._rows = table.rows[:PREVIEW_ROWS]
        self._numbers = table.row_numbers[:PREVIEW_ROWS]
        self.endResetModel()

    @Slot()
    def _on_mapping_changed(self) -> None:
        if self._rows and self.columnCount():
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._columns.rowCount()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._numbers):
                return str(self._numbers[section])
            return None  # no vertical header is shown
        if not 0 <= section < self.columnCount():
            return None
        name = self._columns.field_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            header = self._headers[section] if section < len(self._headers) else ""
            return header or column_placeholder(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "→ " + (field_label(name, self._language) if name else ignore_label())
        if role == Qt.ItemDataRole.ForegroundRole and not name:
            return theme.readable(_MUTED)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        text = row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return text.replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole and not self._columns.field_of(index.column()):
            return theme.readable(_MUTED)
        return None


# --- step 2: review -----------------------------------------------------------------------

#: Role returning a row's ``RowAction`` (the review filter and sort use it).
ACTION_ROLE = Qt.ItemDataRole.UserRole + 10
_ACTION_ORDER = {RowAction.REFUSE: 0, RowAction.UPDATE: 1, RowAction.ADD: 2, RowAction.CREATE: 3}


class ReviewModel(QAbstractTableModel):
    """Every row of the file: its number, what it does, the name, and why (refused) or what
    changes (update)."""

    ROW, ACTION, NAME, DETAILS = range(4)

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: tuple[RowPlan, ...] = ()
        self._details: list[str] = []
        self._table: Table | None = None
        self._mapping: Mapping[int, str] = {}

    def set_plan(self, plan: ImportPlan, table: Table) -> None:
        self.beginResetModel()
        self._rows = plan.rows
        self._table = table
        self._mapping = plan.mapping
        self._details = [self.details(row) for row in plan.rows]
        self.endResetModel()

    def row_plan(self, row: int) -> RowPlan:
        return self._rows[row]

    def details(self, row: RowPlan) -> str:
        if row.action == RowAction.REFUSE:
            template = QCoreApplication.translate("Import", "%1: %2")
            # A reason is the core's Said: said again in the window's language.
            return "\n".join(
                arg(template, self._column(p.column), core_text(p.reason)) for p in row.problems
            )
        if row.action == RowAction.UPDATE:
            if not row.changes:
                return QCoreApplication.translate("Import", "Already on the roster, nothing new")
            changed = ", ".join(self._label(label) for label in row.changes)
            return arg(QCoreApplication.translate("Import", "Changes: %1"), changed)
        if row.action == RowAction.ADD:
            return QCoreApplication.translate(
                "Import", "Already known: added to this mission's roster"
            )
        return ""

    def _label(self, french_label: str) -> str:
        name = _FIELD_OF_LABEL.get(french_label)
        return field_label(name, self._language) if name else french_label

    def _column(self, french_label: str) -> str:
        """The file's own heading for a problem's column, as the coordinator sees it."""
        name = _FIELD_OF_LABEL.get(french_label)
        if name is not None and self._table is not None:
            heading = file_header(name, self._table, self._mapping)
            if heading:
                return heading
        return self._label(french_label)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None  # no vertical header is shown
        titles = {
            self.ROW: QCoreApplication.translate("Import", "Row"),
            self.ACTION: QCoreApplication.translate("Import", "Action"),
            self.NAME: QCoreApplication.translate("Import", "Name"),
            self.DETAILS: QCoreApplication.translate("Import", "Details"),
        }
        return titles.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        plan, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.ROW:
                return str(plan.row_number)
            if column == self.ACTION:
                return action_label(plan.action)
            if column == self.NAME:
                return plan.name or "—"
            if column == self.DETAILS:
                return self._details[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.DETAILS, self.NAME):
            return self._details[index.row()] or None
        if role == ACTION_ROLE:
            return plan.action
        if role == Qt.ItemDataRole.UserRole:  # sort key
            if column == self.ROW:
                return plan.row_number
            if column == self.ACTION:
                return _ACTION_ORDER[plan.action] * 1_000_000 + plan.row_number
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ACTION:
            return theme.readable(_ACTION_COLOURS[plan.action])
        if role == Qt.ItemDataRole.FontRole and column == self.ACTION:
            font = QFont()
            font.setBold(plan.action == RowAction.REFUSE)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReviewFilterModel(QSortFilterProxyModel):
    """The review's rows, all or those of one action, sorted by the user."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action: RowAction | None = None
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_action(self, action: RowAction | None) -> None:
        if action == self._action:
            return
        self.beginFilterChange()
        self._action = action
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._action is None:
            return True
        model = self.sourceModel()
        action = model.index(source_row, 0, source_parent).data(ACTION_ROLE)
        return bool(action == self._action)


# --- the dialog ---------------------------------------------------------------------------


class ImportRosterDialog(QDialog):
    """Two steps, Columns then Review; the import runs in a worker with its own transaction.

    ``imported(source, result)`` is emitted once the rows are written, before it closes.
    """

    COLUMNS_PAGE, REVIEW_PAGE, STATUS_PAGE = range(3)

    imported = Signal(str, object)
    #: Emitted when the file is read (``LoadedTable``) and when the review is ready (plan).
    table_loaded = Signal(object)
    plan_ready = Signal(object)
    #: Emitted with the sentence shown when something failed.
    failed = Signal(str)

    def __init__(
        self,
        db: Database,
        mission: MissionView,
        path: Path,
        *,
        runner: JobRunner,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ImportRosterDialog")
        self._db = db
        self._mission = mission
        self._path = path
        self._runner = runner
        self._language = language
        self._loaded: LoadedTable | None = None
        self._plan: ImportPlan | None = None
        self._busy = False
        self._return_page = self.COLUMNS_PAGE

        self.columns_model = ColumnsModel(language, self)
        self.preview_model = PreviewModel(self.columns_model, language, self)
        self.review_model = ReviewModel(language, self)
        self.review_proxy = ReviewFilterModel(self)
        self.review_proxy.setSourceModel(self.review_model)
        self.columns_model.mapping_changed.connect(self._update_buttons)

        self.setWindowTitle(arg(self.tr("Import a roster into %1"), mission.title(language)))
        self.steps_label = QLabel()
        self.steps_label.setObjectName("importSteps")
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.file_label = QLabel()
        self.file_label.setObjectName("importFile")
        self.file_label.setTextFormat(Qt.TextFormat.RichText)
        self.file_label.setWordWrap(True)
        self.sheet_box = QComboBox()
        self.sheet_box.setObjectName("sheetBox")
        self.sheet_box.activated.connect(self._on_sheet_chosen)
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet_box)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.sheet_label)
        file_row.addWidget(self.sheet_box)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_columns_page())
        self.pages.addWidget(self._build_review_page())
        self.pages.addWidget(self._build_status_page())

        self.message_label = QLabel()
        self.message_label.setObjectName("importMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.clicked.connect(self.go_next)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(self.start_import)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.steps_label)
        layout.addLayout(file_row)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.resize(1000, 680)

        self._show_file_line()
        self._read(sheet=None)

    # --- construction ---------------------------------------------------------------------

    def _build_columns_page(self) -> QWidget:
        self.columns_view = QTableView()
        self.columns_view.setObjectName("columnsView")
        self.columns_view.setModel(self.columns_model)
        self.columns_view.setItemDelegateForColumn(
            ColumnsModel.FIELD, FieldComboDelegate(self._language, self.columns_view)
        )
        self.columns_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns_view.setAlternatingRowColors(True)
        self.columns_view.setShowGrid(False)
        self.columns_view.setWordWrap(False)
        self.columns_view.verticalHeader().hide()
        self.columns_view.verticalHeader().setDefaultSectionSize(
            self.columns_view.fontMetrics().height() + 16
        )
        header = self.columns_view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(ColumnsModel.HEADER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ColumnsModel.VALUES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ColumnsModel.FIELD, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ColumnsModel.HEADER, 220)
        header.resizeSection(ColumnsModel.FIELD, 230)
        header.setHighlightSections(False)

        self.preview_view = QTableView()
        self.preview_view.setObjectName("previewView")
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview_view.setWordWrap(False)
        self.preview_view.setAlternatingRowColors(True)
        self.preview_view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        row_height = self.preview_view.fontMetrics().height() + 8
        self.preview_view.verticalHeader().setDefaultSectionSize(row_height)
        self.preview_view.setFixedHeight(
            (PREVIEW_ROWS + 1) * row_height
            + self.preview_view.horizontalScrollBar().sizeHint().height()
            + 8
        )

        self.columns_heading = QLabel(
            self.tr("Which roster field does each column of the file hold?")
        )
        self.columns_heading.setObjectName("importHeading")
        self.preview_heading = QLabel(self.tr("First rows of the file"))
        self.preview_heading.setObjectName("importHeading")
        for label in (self.columns_heading, self.preview_heading):
            _embolden(label)
        accessible.name(self.columns_view, self.columns_heading.text())
        accessible.name(self.preview_view, self.preview_heading.text())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.columns_heading)
        layout.addWidget(self.columns_view, 1)
        layout.addSpacing(4)
        layout.addWidget(self.preview_heading)
        layout.addWidget(self.preview_view)
        return page

    def _build_review_page(self) -> QWidget:
        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        font = self.summary_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.summary_label.setFont(font)
        self.novelty_label = QLabel()
        self.novelty_label.setObjectName("importNovelty")
        self.novelty_label.setWordWrap(True)
        self.show_box = QComboBox()
        self.show_box.setObjectName("reviewFilter")
        self.show_box.currentIndexChanged.connect(self._on_show_changed)
        show_label = QLabel(self.tr("Sho&w:"))
        show_label.setBuddy(self.show_box)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(show_label)
        top.addWidget(self.show_box)

        self.review_view = QTableView()
        self.review_view.setObjectName("reviewView")
        self.review_view.setModel(self.review_proxy)
        accessible.name(self.review_view, self.tr("Rows of the file and what importing does"))
        self.review_view.setSortingEnabled(True)
        # The plan is in the file's order already: say so, and let the proxy keep it as it is
        # (sorting 10,000 rows asks the model for some 150,000 keys) until a heading is clicked.
        self.review_view.horizontalHeader().setSortIndicator(
            ReviewModel.ROW, Qt.SortOrder.AscendingOrder
        )
        self.review_proxy.sort(-1)
        self.review_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.review_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.review_view.setAlternatingRowColors(True)
        self.review_view.setShowGrid(False)
        self.review_view.setWordWrap(False)
        self.review_view.verticalHeader().hide()
        self.review_view.verticalHeader().setDefaultSectionSize(
            self.review_view.fontMetrics().height() + 10
        )
        header = self.review_view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.resizeSection(ReviewModel.ROW, 64)
        header.resizeSection(ReviewModel.ACTION, 110)
        header.resizeSection(ReviewModel.NAME, 230)
        for signal in (
            self.review_proxy.layoutChanged,
            self.review_proxy.modelReset,
            self.review_proxy.rowsInserted,
            self.review_proxy.rowsRemoved,
        ):
            signal.connect(self._fit_review_rows)

        self.skip_box = QCheckBox(self.tr("Import the other rows and leave the refused ones"))
        self.skip_box.setObjectName("skipRefused")
        self.skip_box.toggled.connect(self._update_buttons)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.novelty_label)
        layout.addWidget(self.review_view, 1)
        layout.addWidget(self.skip_box)
        return page

    def _build_status_page(self) -> QWidget:
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setRange(0, 0)  # busy: no known end
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedWidth(320)
        self.status_label = QLabel()
        self.status_label.setObjectName("importStatus")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    # --- state ----------------------------------------------------------------------------

    @property
    def loaded(self) -> LoadedTable | None:
        return self._loaded

    @property
    def plan(self) -> ImportPlan | None:
        return self._plan

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, text: str) -> None:
        self._busy = True
        self.pages.setCurrentIndex(self.STATUS_PAGE)
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)
        self.busy_bar.show()
        self._set_message("")
        self._update_buttons()

    def _end_busy(self, page: int) -> None:
        self._busy = False
        self.pages.setCurrentIndex(page)
        self._update_buttons()

    def _set_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(theme.colour_style(_ERROR_COLOUR) if error else "")
        self.message_label.setText(text)

    def _show_error(self, text: str, page: int) -> None:
        self.failed.emit(text)
        if page == self.STATUS_PAGE:
            self.busy_bar.hide()
            self.status_label.setStyleSheet(theme.colour_style(_ERROR_COLOUR))
            self.status_label.setText(text)
            self._busy = False
            self._update_buttons()
        else:
            self._end_busy(page)
            self._set_message(text, error=True)

    def _show_steps(self) -> None:
        review = self.pages.currentIndex() == self.REVIEW_PAGE or (
            self._busy and self._plan is not None
        )
        steps = [(self.tr("1. Columns"), not review), (self.tr("2. Review"), review)]
        self.steps_label.setText(
            " &nbsp;›&nbsp; ".join(
                f"<b>{text}</b>" if current else f"<span style='color:#8a8a8a'>{text}</span>"
                for text, current in steps
            )
        )

    def _show_file_line(self) -> None:
        parts = [f"<b>{_escape(self._path.name)}</b>"]
        loaded = self._loaded
        if loaded is not None:
            table = loaded.table
            if table.encoding:
                parts.append(_escape(encoding_label(table.encoding)))
            if table.delimiter:
                parts.append(_escape(delimiter_label(table.delimiter)))
            if loaded.sheet and len(loaded.sheets) <= 1:
                parts.append(_escape(arg(self.tr("sheet “%1”"), loaded.sheet)))
            parts.append(_escape(rows_label(len(table.rows))))
        self.file_label.setText(" &nbsp;·&nbsp; ".join(parts))
        many = loaded is not None and len(loaded.sheets) > 1
        self.sheet_label.setVisible(many)
        self.sheet_box.setVisible(many)

    @Slot()
    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        idle = not self._busy
        on_columns = page == self.COLUMNS_PAGE and self._loaded is not None
        on_review = page == self.REVIEW_PAGE and self._plan is not None
        self.back_button.setVisible(page == self.REVIEW_PAGE)
        self.back_button.setEnabled(idle)
        self.next_button.setVisible(page != self.REVIEW_PAGE)
        self.import_button.setVisible(page == self.REVIEW_PAGE)
        self.cancel_button.setEnabled(idle or self._plan is None)
        self.sheet_box.setEnabled(idle)
        missing = self.columns_model.missing()
        self.next_button.setEnabled(idle and on_columns and not missing)
        if on_columns and idle:
            self._set_message(self._columns_hint(missing))
        if on_review:
            self._update_review_controls()
        self.import_button.setEnabled(idle and on_review and self._can_import())
        self._show_steps()

    def _columns_hint(self, missing: Sequence[str]) -> str:
        labels = [field_label(name, self._language) for name in missing]
        if len(labels) == 2:
            return arg(self.tr("Choose the columns that hold “%1” and “%2” to go on."), *labels)
        if labels:
            return arg(self.tr("Choose the column that holds “%1” to go on."), labels[0])
        used = len(self.columns_model.mapping())
        return arg(
            self.tr("%1 of %2 columns will be imported; the others are ignored."),
            used,
            self.columns_model.rowCount(),
        )

    def _to_import(self) -> int:
        plan = self._plan
        return 0 if plan is None else len(plan.rows) - len(plan.refused)

    def _can_import(self) -> bool:
        plan = self._plan
        if plan is None or self._to_import() == 0:
            return False
        return not plan.refused or self.skip_box.isChecked()

    def _update_review_controls(self) -> None:
        plan = self._plan
        if plan is None:
            return
        refused, count = len(plan.refused), self._to_import()
        self.skip_box.setVisible(bool(refused) and count > 0)
        if count == 1:
            self.import_button.setText(self.tr("&Import 1 delegate"))
        else:
            self.import_button.setText(arg(self.tr("&Import %1 delegates"), count))
        if self._busy:
            return
        if count == 0:
            self._set_message(self.tr("Every row is refused: nothing can be imported."), error=True)
        elif refused and not self.skip_box.isChecked():
            self._set_message(
                arg(
                    self.tr(
                        "%1 rows are refused: correct them in the file and import it again, "
                        "or tick the box to import the other rows."
                    ),
                    refused,
                )
                if refused > 1
                else self.tr(
                    "1 row is refused: correct it in the file and import it again, "
                    "or tick the box to import the other rows."
                ),
                error=True,
            )
        elif refused:
            self._set_message(self.tr("The refused rows will be left out of the roster."))
        else:
            self._set_message(self.tr("Nothing is written until you click Import."))

    # --- step 1 ---------------------------------------------------------------------------

    def _read(self, sheet: str | None) -> None:
        self._plan = None
        self._set_busy(arg(self.tr("Reading %1…"), self._path.name))
        job = ReadTableJob(self._db, self._path, sheet)
        job.finished.connect(self._on_table_loaded)
        job.failed.connect(self._on_read_failed)
        self._runner.start(job)

    @Slot(object)
    def _on_table_loaded(self, loaded: LoadedTable) -> None:
        self._loaded = loaded
        self.columns_model.set_table(loaded.table, guess_mapping(loaded.table.headers))
        self.preview_model.set_table(loaded.table)
        self.sheet_box.clear()
        self.sheet_box.addItems(list(loaded.sheets))
        if loaded.sheet:
            self.sheet_box.setCurrentIndex(max(self.sheet_box.findText(loaded.sheet), 0))
        for row in range(self.columns_model.rowCount()):
            self.columns_view.openPersistentEditor(
                self.columns_model.index(row, ColumnsModel.FIELD)
            )
        self._fit_preview()
        self._show_file_line()
        self._end_busy(self.COLUMNS_PAGE)
        self.table_loaded.emit(loaded)

    def _fit_preview(self) -> None:
        view = self.preview_view
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        for column in range(self.preview_model.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column), 70), 220))

    @Slot(str)
    def _on_read_failed(self, message: str) -> None:
        self._show_error(message, self.STATUS_PAGE if self._loaded is None else self.COLUMNS_PAGE)

    @Slot(int)
    def _on_sheet_chosen(self, index: int) -> None:
        name = self.sheet_box.itemText(index)
        if self._loaded is not None and name and name != self._loaded.sheet:
            self._read(sheet=name)

    def field_combo(self, column: int) -> QComboBox:
        """The combo box choosing the field of the file's ``column`` (tests drive it)."""
        editor = self.columns_view.indexWidget(self.columns_model.index(column, ColumnsModel.FIELD))
        assert isinstance(editor, QComboBox)
        return editor

    # --- step 2 ---------------------------------------------------------------------------

    @Slot()
    def go_next(self) -> None:
        loaded = self._loaded
        if loaded is None or self._busy or self.columns_model.missing():
            return
        self._set_busy(
            arg(self.tr("Checking the %1 rows against the roster…"), len(loaded.table.rows))
        )
        job = PlanImportJob(self._db, self._mission.id, loaded.table, self.columns_model.mapping())
        job.finished.connect(self._on_plan_ready)
        job.failed.connect(self._on_plan_failed)
        self._runner.start(job)

    @Slot(object)
    def _on_plan_ready(self, plan: ImportPlan) -> None:
        assert self._loaded is not None
        self._plan = plan
        self.review_model.set_plan(plan, self._loaded.table)
        self.summary_label.setText(plan_summary(plan))
        self.novelty_label.setText(self._novelties(plan))
        self.novelty_label.setVisible(bool(self.novelty_label.text()))
        self._fill_show_box(plan)
        self.skip_box.setChecked(False)
        self._end_busy(self.REVIEW_PAGE)
        self.plan_ready.emit(plan)

    @Slot()
    def _fit_review_rows(self) -> None:
        """Refused rows one line per problem (the others keep one line: 10,000 rows are
        measured in a blink this way, where resizing every row to its contents is not)."""
        view, proxy = self.review_view, self.review_proxy
        single = view.verticalHeader().defaultSectionSize()
        spacing = view.fontMetrics().lineSpacing()
        for row in range(proxy.rowCount()):
            index = proxy.index(row, ReviewModel.DETAILS)
            lines = str(index.data() or "").count("\n") + 1
            height = single + (lines - 1) * spacing
            if view.rowHeight(row) != height:
                view.setRowHeight(row, height)

    def _novelties(self, plan: ImportPlan) -> str:
        parts = []
        if plan.new_groups:
            parts.append(arg(self.tr("New groups: %1"), ", ".join(plan.new_groups)))
        if plan.new_organisations:
            parts.append(arg(self.tr("New organisations: %1"), ", ".join(plan.new_organisations)))
        return " · ".join(parts)

    def _fill_show_box(self, plan: ImportPlan) -> None:
        self.show_box.blockSignals(True)
        self.show_box.clear()
        self.show_box.addItem(arg(self.tr("Every row (%1)"), len(plan.rows)), "")
        for action in (RowAction.REFUSE, RowAction.CREATE, RowAction.ADD, RowAction.UPDATE):
            if plan.count(action):
                self.show_box.addItem(
                    f"{action_label(action)} ({plan.count(action)})", action.value
                )
        self.show_box.setCurrentIndex(0)
        self.show_box.blockSignals(False)
        self.review_proxy.set_action(None)

    @Slot(int)
    def _on_show_changed(self, index: int) -> None:
        value = self.show_box.itemData(index)
        self.review_proxy.set_action(RowAction(value) if value else None)

    @Slot(str)
    def _on_plan_failed(self, message: str) -> None:
        self._show_error(message, self.COLUMNS_PAGE)

    @Slot()
    def go_back(self) -> None:
        if self._busy:
            return
        self._plan = None
        self.pages.setCurrentIndex(self.COLUMNS_PAGE)
        self._update_buttons()

    # --- import ---------------------------------------------------------------------------

    @Slot()
    def start_import(self) -> None:
        plan = self._plan
        if plan is None or self._busy or not self._can_import():
            return
        count = self._to_import()
        self._set_busy(
            self.tr("Importing 1 delegate…")
            if count == 1
            else arg(self.tr("Importing %1 delegates…"), count)
        )
        job = ApplyImportJob(self._db, plan, skip_refused=self.skip_box.isChecked())
        job.finished.connect(self._on_imported)
        job.failed.connect(self._on_import_failed)
        self._runner.start(job)

    @Slot(object)
    def _on_imported(self, result: ImportResult) -> None:
        self._busy = False
        source = self._plan.source if self._plan is not None else self._path.name
        self.imported.emit(source, result)
        self.accept()

    @Slot(str)
    def _on_import_failed(self, message: str) -> None:
        self._show_error(message, self.REVIEW_PAGE)

    def reject(self) -> None:
        if self._busy and self._plan is not None:
            return  # the import is being written: it ends by itself, all or nothing
        super().reject()


def import_result_text(source: str, result: ImportResult) -> str:
    """What the status bar says once a roster is imported."""
    text = arg(
        QCoreApplication.translate(
            "Import", "Roster imported from %1: %2 created, %3 added, %4 updated"
        ),
        source,
        result.created,
        result.added,
        result.updated,
    )
    if result.skipped:
        text += arg(
            QCoreApplication.translate("Import", ", %1 refused rows left out"), result.skipped
        )
    return text + "."


def encoding_label(encoding: str) -> str:
    labels = {
        "utf-8": QCoreApplication.translate("Import", "UTF-8"),
        "utf-8-sig": QCoreApplication.translate("Import", "UTF-8 with BOM"),
        "utf-16": QCoreApplication.translate("Import", "UTF-16 (Unicode text)"),
        "cp1252": QCoreApplication.translate("Import", "Windows-1252"),
    }
    return labels.get(encoding, encoding)


def delimiter_label(delimiter: str) -> str:
    labels = {
        ";": QCoreApplication.translate("Import", "separated by semicolons"),
        ",": QCoreApplication.translate("Import", "separated by commas"),
        "\t": QCoreApplication.translate("Import", "separated by tabs"),
    }
    return labels.get(
        delimiter, arg(QCoreApplication.translate("Import", "separated by “%1”"), delimiter)
    )


def rows_label(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("Import", "1 row")
    return arg(QCoreApplication.translate("Import", "%1 rows"), count)


def _escape(text: str) -> str:
    return html.escape(text)


def _embolden(label: QLabel) -> None:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
