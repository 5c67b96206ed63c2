"""The workshops tab of the window: the mission's workshops, their seats and speakers.

- The list shows when (in the stop's zone), the title in the window's language, venue and
  room, the seats taken (registered of capacity, marked when the room is over capacity) and
  the speakers; the search box looks in titles, theme, sector, room and names.
- New (Ins, Ctrl+N), Edit (Enter, double-click) and Delete (Del), also from the context menu;
  each is one undoable step of the window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegation_app.services.missions import MissionView
from delegation_app.services.workshop_editing import workshop_form
from delegation_app.services.workshops import WorkshopView, list_workshops
from delegation_app.storage.database import Database
from ui import settings as keys
from ui import theme
from ui.labels import arg
from ui.search import SEARCH_ROLE, SORT_ROLE, SearchProxyModel, fold
from ui.table_layout import remember_columns
from ui.workshop_commands import (
    CreateWorkshopCommand,
    DeleteWorkshopCommand,
    EditWorkshopCommand,
)
from ui.workshop_dialog import WorkshopDialog, when_text, workshop_choices

WHEN, TITLE, PLACE, SEATS, SPEAKERS = range(5)
OVER_CAPACITY = QColor("#b3261e")


def place_text(view: WorkshopView) -> str:
    return " – ".join(part for part in (view.venue, view.room) if part)


def is_over_capacity(view: WorkshopView) -> bool:
    return view.capacity is not None and view.registered_count > view.capacity


#: The roles ``WorkshopsModel.data`` answers; it answers None to the others at once.
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.UserRole,
        SEARCH_ROLE,
        SORT_ROLE,
    }
)


class WorkshopsModel(QAbstractTableModel):
    """The mission's workshops, as the services list them."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.rows: list[WorkshopView] = []
        # Each cell's text and each row's search words, made once per reading: Qt asks for
        # them again for every paint, every column it sizes to its contents and every key
        # typed in the search (some fifteen thousand times for a tab of 360 workshops).
        self._texts: dict[tuple[int, int], str] = {}
        self._words: dict[int, str] = {}
        self._starts: list[float] = []

    def set_language(self, language: str) -> None:
        self._language = language
        self._texts.clear()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, SPEAKERS))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, SPEAKERS)

    def set_rows(self, rows: Sequence[WorkshopView]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._texts.clear()
        self._words.clear()
        self._starts = [row.start.timestamp() for row in self.rows]  # compared while sorting
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else SPEAKERS + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            WHEN: self.tr("When"),
            TITLE: self.tr("Workshop"),
            PLACE: self.tr("Venue and room"),
            SEATS: self.tr("Registered"),
            SPEAKERS: self.tr("Speakers"),
        }.get(section)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role not in _ROLES or not index.isValid():
            return None  # the fonts, alignments, sizes… Qt asks for of every cell it sizes
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), column)
        row = self.rows[index.row()]
        if role == SEARCH_ROLE and column == 0:
            words = self._words.get(index.row())
            if words is None:
                words = self._words[index.row()] = self._search_words(row)
            return words
        if role == SORT_ROLE:
            if column == WHEN:
                return self._starts[index.row()]
            if column == SEATS:
                return row.registered_count
            return self._text(index.row(), column)
        if role == Qt.ItemDataRole.ForegroundRole and column == SEATS and is_over_capacity(row):
            return QBrush(theme.readable(OVER_CAPACITY))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SEATS and is_over_capacity(row):
                return arg(
                    self.tr("Over capacity: %1 delegates registered for %2 seats"),
                    row.registered_count,
                    row.capacity,
                )
            if column == TITLE:
                return row.summary(self._language) or row.theme
            if column == SPEAKERS and row.moderator:
                return arg(self.tr("Moderator: %1"), row.moderator)
            return self._text(index.row(), column) or None
        if role == Qt.ItemDataRole.UserRole:
            return row.item_id
        return None

    def text_at(self, index: QModelIndex) -> str:
        return self._text(index.row(), index.column())

    def texts_of(self, column: int) -> dict[int, str]:
        """A column's texts, by row, each once: the first of the rows that show it."""
        texts: dict[str, int] = {}
        for row in range(len(self.rows)):
            texts.setdefault(self._text(row, column), row)
        return {row: text for text, row in texts.items()}

    def _text(self, row: int, column: int) -> str:
        text = self._texts.get((row, column))
        if text is None:
            text = self._texts[(row, column)] = self._display(self.rows[row], column)
        return text

    @staticmethod
    def _search_words(row: WorkshopView) -> str:
        words = [
            row.title_fr,
            row.title_en,
            row.theme or "",
            row.sector or "",
            place_text(row),
            row.moderator or "",
            *(s.name for s in row.speakers),
        ]
        return fold(" ".join(words))

    def _display(self, row: WorkshopView, column: int) -> str:
        if column == WHEN:
            return f"{when_text(row.start_local, self._language)}–{row.end_local:%H:%M}"
        if column == TITLE:
            return row.title(self._language) or row.title_fr
        if column == PLACE:
            return place_text(row)
        if column == SEATS:
            if row.capacity is None:
                return str(row.registered_count)
            text = f"{row.registered_count} / {row.capacity}"
            return f"⚠ {text}" if is_over_capacity(row) else text
        return ", ".join(s.name for s in row.speakers)


class WorkshopsPage(QWidget):
    """The workshops of the selected mission."""

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
        self.dialog: WorkshopDialog | None = None
        #: Set by tests: called with a failure's sentence instead of a message box.
        self.report_failure: Callable[[str], None] | None = None

        self.model = WorkshopsModel(language, self)
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(380)
        self.search.textChanged.connect(self._on_query)
        self.count_label = QLabel()

        self.new_action = self._action(self.new_workshop, "Ctrl+N", "Ins")
        self.edit_action = self._action(self.edit_current)
        self.delete_action = self._action(self.delete_current)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_action.trigger)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_action.trigger)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_action.trigger)

        self.view = QTableView()
        self.view.setObjectName("workshopsView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(WHEN, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        # The time and seats are sized to their texts once per reading (``_fit_column``):
        # sized to their contents by the header, they were measured again at every paint
        # and every key typed in the search, over all the workshops (250 ms for 360).
        for column in (TITLE, PLACE, SPEAKERS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.columns = remember_columns(
            self.view,
            self._settings,
            keys.WORKSHOPS_TABLE,
            old_sort_key=keys.table_key(keys.WORKSHOPS_TABLE, keys.OLD_SORT),
            fitted=(WHEN, SEATS),
            fit_column=self._fit_column,
        )
        self.view.doubleClicked.connect(lambda _index: self.edit_current())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_menu)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        # Enter edits and Del deletes while the keyboard is on the list.
        for key, action in (
            ("Return", self.edit_action),
            ("Enter", self.edit_action),
            ("Del", self.delete_action),
        ):
            shortcut = QAction(self.view)
            shortcut.setShortcut(QKeySequence(key))
            shortcut.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.triggered.connect(action.trigger)
            self.view.addAction(shortcut)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.retranslate()
        self._update_actions()

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
        self.search.setPlaceholderText(self.tr("Title, theme, room, speaker…"))
        self.new_action.setText(self.tr("&New workshop…"))
        self.edit_action.setText(self.tr("&Edit workshop…"))
        self.delete_action.setText(self.tr("&Delete workshop"))
        self.new_button.setText(self.tr("&New workshop…"))
        self.new_button.setToolTip(self.tr("Add a workshop to the mission (Ctrl+N or Ins)"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected workshop (Enter, double-click)"))
        self.delete_button.setText(self.tr("De&lete"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected workshop (Del); Ctrl+Z brings it back")
        )
        self._update_count()

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
        """At close: the list's columns are saved as the user left them."""
        self.columns.save()

    def reload(self, select: int | None = None) -> None:
        self._dirty = False
        current = self.current_workshop()
        if self._mission is None:
            self.model.set_rows([])
        else:
            with self._db.reading() as session:
                self.model.set_rows(list_workshops(session, self._mission.id))
        self.columns.fit()  # the time and seats, unless the user sized them
        chosen = select if select is not None else (current.item_id if current else None)
        if chosen is not None:
            self.select(chosen)
        self._update_count()
        self._update_actions()

    def _fit_column(self, column: int) -> None:
        """The time or seats as wide as its widest text or its heading: as Qt would size it to
        its contents, but measuring each distinct text once instead of asking the delegate for
        every row."""
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        grid = 1 if self.view.showGrid() else 0
        wanted = header.sectionSizeHint(column)
        texts = self.model.texts_of(column)
        if texts:
            # Every workshop counts, shown or not: the width stays put while a search
            # narrows the list. The delegate's margins, from a row shown (else the style's).
            shown = self.proxy.index(0, column)
            if shown.isValid():
                margins = self.view.sizeHintForIndex(shown).width() - metrics.horizontalAdvance(
                    self.model.text_at(self.proxy.mapToSource(shown))
                )
            else:
                focus = self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
                margins = 2 * (focus + 1) + 1
            width = max(metrics.horizontalAdvance(t) for t in texts.values())
            wanted = max(wanted, width + margins + grid)
        header.resizeSection(column, wanted)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("1 workshop") if total == 1 else arg(self.tr("%1 workshops"), total)
        else:
            text = arg(self.tr("%1 of %2 workshops"), shown, total)
        self.count_label.setText(text)

    @Slot(str)
    def _on_query(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()

    def current_workshop(self) -> WorkshopView | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().hasSelection():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.rows[source.row()] if source.isValid() else None

    def select(self, item_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, Qt.ItemDataRole.UserRole) == item_id:
                self.view.selectRow(row)
                return True
        return False

    def shown_rows(self) -> list[WorkshopView]:
        return [
            self.model.rows[self.proxy.mapToSource(self.proxy.index(row, 0)).row()]
            for row in range(self.proxy.rowCount())
        ]

    @Slot()
    def _update_actions(self) -> None:
        has_mission = self._mission is not None
        selected = self.current_workshop() is not None
        self.new_action.setEnabled(has_mission)
        self.new_button.setEnabled(has_mission)
        for widget in (self.edit_action, self.delete_action, self.edit_button, self.delete_button):
            widget.setEnabled(selected)

    @Slot(QPoint)
    def _show_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid():
            self.view.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.new_action)
        menu.addAction(self.edit_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.popup(self.view.viewport().mapToGlobal(position))
        self.context_menu = menu

    # --- actions ----------------------------------------------------------------------------

    def _open_dialog(self, dialog: WorkshopDialog) -> WorkshopDialog:
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
    def new_workshop(self) -> WorkshopDialog | None:
        mission = self._mission
        if mission is None:
            return None
        with self._db.reading() as session:
            choices = workshop_choices(session, mission)
        dialog = WorkshopDialog(self._db, choices, language=self._language, parent=self)
        dialog.accepted.connect(lambda: self._create(dialog))
        return self._open_dialog(dialog)

    def _create(self, dialog: WorkshopDialog) -> None:
        form, mission = dialog.form, self._mission
        if form is None or mission is None:
            return
        title = form.title_fr if self._language == "fr" else (form.title_en or form.title_fr)
        self._undo_stack.push(
            CreateWorkshopCommand(
                self._db,
                mission.id,
                form,
                title,
                changed=self._after_change,
                failed=self._show_failure,
            )
        )

    @Slot()
    def edit_current(self) -> WorkshopDialog | None:
        workshop, mission = self.current_workshop(), self._mission
        if workshop is None or mission is None:
            return None
        with self._db.reading() as session:
            choices = workshop_choices(session, mission)
            form = workshop_form(session, workshop.item_id)
        dialog = WorkshopDialog(
            self._db,
            choices,
            language=self._language,
            item_id=workshop.item_id,
            form=form,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._edit(dialog, workshop))
        return self._open_dialog(dialog)

    def _edit(self, dialog: WorkshopDialog, workshop: WorkshopView) -> None:
        form, mission = dialog.form, self._mission
        if form is None or mission is None:
            return
        self._undo_stack.push(
            EditWorkshopCommand(
                self._db,
                mission.id,
                workshop.item_id,
                form,
                workshop.title(self._language),
                changed=self._after_change,
                failed=self._show_failure,
            )
        )

    @Slot()
    def delete_current(self) -> bool:
        workshop = self.current_workshop()
        if workshop is None:
            return False
        self._undo_stack.push(
            DeleteWorkshopCommand(
                self._db,
                workshop.item_id,
                workshop.title(self._language),
                changed=self._after_change,
                failed=self._show_failure,
            )
        )
        self.status_message.emit(
            arg(self.tr("Deleted %1 (Ctrl+Z brings it back)"), workshop.title(self._language))
        )
        return True

    def _after_change(self, item_id: int | None) -> None:
        self.reload(select=item_id)
        self.changed.emit()

    def _show_failure(self, message: str) -> None:
        self.status_message.emit(message)
        if self.report_failure is not None:
            self.report_failure(message)
            return
        QMessageBox.warning(self, self.tr("The workshop could not be saved"), message)
