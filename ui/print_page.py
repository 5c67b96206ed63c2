"""The Print page of a mission: every paper of the print room, and what changed since.

Choose the document (booklets, the delegation's programme, the face book, visa letters, name
badges, tent cards, the rooming list, the transfer manifest), for whom (everyone, a group, the
delegates selected on the roster), its options, and the folder; "Print" runs a
:class:`~ui.print_jobs.PaperJob` off the GUI thread with progress and Cancel, then says what was
written and offers to open the folder or the file. Below, the delegates whose booklet changed
since it was last printed, why, and "Reprint the changed ones".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDir,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegation_app.services.missions import MissionView
from delegation_app.services.roster import GroupView, RosterEntry, list_groups, list_roster
from delegation_app.storage.database import Database
from delegation_app.storage.models import ParticipantStatus
from ui import settings as keys
from ui.formatting import language_name
from ui.icons import icon
from ui.labels import arg, delegates_count
from ui.print_jobs import (
    BADGES,
    BOOKLETS,
    DOCUMENTS,
    FACE_BOOK,
    FOR_DELEGATES,
    LAYOUTS,
    LETTERS,
    OWN_LANGUAGE,
    PAGE_SIZED,
    PAGE_SIZES,
    PROGRAMME,
    ROOMING,
    TENT_CARDS,
    TRANSFERS,
    ChangeList,
    ChangeListJob,
    ChangeRow,
    PaperJob,
    PaperRequest,
    PaperResult,
)
from ui.table_layout import remember_columns
from ui.workers import BOOKLET_LANGUAGES, JobRunner

EVERYONE, GROUP, SELECTION = "everyone", "group", "selection"
OWN = ""  # the language combo's value for "each delegate's own"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class ChangeListModel(QAbstractTableModel):
    """The change list: one row per delegate, the reasons joined in one cell."""

    COLUMNS = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChangeRow] = []

    def set_rows(self, rows: Sequence[ChangeRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.tr("Delegate") if section == 0 else self.tr("What changed")

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == SORT_ROLE:
            return "\x1f".join(row.sort_key) if index.column() == 0 else " · ".join(row.changes)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return row.name
            separator = "\n" if role == Qt.ItemDataRole.ToolTipRole else " · "
            return separator.join(row.changes)
        return None


def document_label(document: str) -> str:
    return {
        BOOKLETS: QCoreApplication.translate("PrintLabels", "Personal booklets"),
        PROGRAMME: QCoreApplication.translate("PrintLabels", "The delegation's programme"),
        FACE_BOOK: QCoreApplication.translate("PrintLabels", "Face book"),
        LETTERS: QCoreApplication.translate("PrintLabels", "Visa invitation letters"),
        BADGES: QCoreApplication.translate("PrintLabels", "Name badges"),
        TENT_CARDS: QCoreApplication.translate("PrintLabels", "Table tent cards"),
        ROOMING: QCoreApplication.translate("PrintLabels", "Rooming list"),
        TRANSFERS: QCoreApplication.translate("PrintLabels", "Transfer manifest"),
    }[document]


def layout_label(layout: str) -> str:
    return {
        "90x54": QCoreApplication.translate("PrintLabels", "90 × 54 mm cards, 10 per A4 sheet"),
        "a6-4up": QCoreApplication.translate("PrintLabels", "A6 badges, 4 per A4 sheet"),
        "tent": QCoreApplication.translate("PrintLabels", "Folded A4, one per delegate"),
    }[layout]


def page_size_label(size: str) -> str:
    return {
        "A4": QCoreApplication.translate("PrintLabels", "A4 (210 × 297 mm)"),
        "A5": QCoreApplication.translate("PrintLabels", "A5 (148 × 210 mm)"),
        "Letter": QCoreApplication.translate("PrintLabels", "US Letter (8.5 × 11 in)"),
    }[size]


class PrintPage(QWidget):
    """The print room of the selected mission."""

    status_message = Signal(str)
    #: Emitted with the result once a print ends (also when cancelled).
    printed = Signal(object)
    #: Emitted with the sentence shown when a print failed.
    print_failed = Signal(str)

    def __init__(
        self,
        db: Database,
        runner: JobRunner,
        *,
        language: str,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        self._language = language
        self._settings = settings
        self._mission: MissionView | None = None
        self._entries: list[RosterEntry] = []
        self._groups: list[GroupView] = []
        self._dirty = True
        self._job: PaperJob | None = None
        self._result: PaperResult | None = None
        self._never_printed = 0
        self._changes: list[ChangeRow] = []
        self._changes_job: ChangeListJob | None = None
        self._changes_again = False
        self._asked_combined = False
        #: The delegates selected on the roster (the window sets it).
        self.selected_people: Callable[[], Sequence[RosterEntry]] = list
        #: Booklets: processes laying them out (None: one per core for a large batch).
        self.workers: int | None = None
        #: How a folder or a file is opened (tests replace it).
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl

        # What.
        self.document_box = QGroupBox()
        self.document_buttons = QButtonGroup(self)
        self.document_radios: dict[str, QRadioButton] = {}
        document_layout = QVBoxLayout(self.document_box)
        for document in DOCUMENTS:
            radio = QRadioButton()
            radio.setObjectName(f"document-{document}")
            self.document_buttons.addButton(radio)
            self.document_radios[document] = radio
            document_layout.addWidget(radio)
        document_layout.addStretch(1)
        self.document_radios[BOOKLETS].setChecked(True)
        self.document_buttons.buttonToggled.connect(self._on_choice)

        # Who.
        self.who_box = QGroupBox()
        self.who_buttons = QButtonGroup(self)
        self.everyone_radio = QRadioButton()
        self.group_radio = QRadioButton()
        self.selection_radio = QRadioButton()
        for radio in (self.everyone_radio, self.group_radio, self.selection_radio):
            self.who_buttons.addButton(radio)
        self.everyone_radio.setChecked(True)
        self.group_box = QComboBox()
        self.group_box.currentIndexChanged.connect(self._on_group_chosen)
        self.who_buttons.buttonToggled.connect(self._on_choice)
        self.count_label = QLabel()
        self.count_label.setObjectName("printCount")
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        group_row = QHBoxLayout()
        group_row.addWidget(self.group_radio)
        group_row.addWidget(self.group_box, 1)
        who_layout = QVBoxLayout(self.who_box)
        who_layout.addWidget(self.everyone_radio)
        who_layout.addLayout(group_row)
        who_layout.addWidget(self.selection_radio)
        who_layout.addSpacing(6)
        who_layout.addWidget(self.count_label)
        who_layout.addStretch(1)

        # How.
        self.options_box = QGroupBox()
        self.language_box = QComboBox()
        self.page_box = QComboBox()
        for size in PAGE_SIZES:
            self.page_box.addItem("", size)
        self.layout_box = QComboBox()
        self.imposed_check = QCheckBox()
        self.combined_check = QCheckBox()
        self.crop_check = QCheckBox()
        self.imposed_check.toggled.connect(self._update_options)
        self.language_label = QLabel()
        self.page_label = QLabel()
        self.layout_label = QLabel()
        for label, box in (
            (self.language_label, self.language_box),
            (self.page_label, self.page_box),
            (self.layout_label, self.layout_box),
        ):
            label.setBuddy(box)
        options = QFormLayout(self.options_box)
        options.addRow(self.language_label, self.language_box)
        options.addRow(self.page_label, self.page_box)
        options.addRow(self.layout_label, self.layout_box)
        options.addRow(self.imposed_check)
        options.addRow(self.combined_check)
        options.addRow(self.crop_check)

        choices = QHBoxLayout()
        choices.addWidget(self.document_box, 2)
        choices.addWidget(self.who_box, 3)
        choices.addWidget(self.options_box, 4)

        # Where, and go.
        self.folder_label = QLabel()
        self.folder_edit = QLineEdit(str(self._default_folder()))
        self.folder_label.setBuddy(self.folder_edit)
        self.choose_button = QPushButton()
        self.choose_button.setIcon(icon("folder"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.print_button = QPushButton()
        self.print_button.setIcon(icon("document-print"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        self.progress_bar.setFormat("%v / %m")
        self.cancel_button = QPushButton()
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("printSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton()
        self.open_folder_button.setIcon(icon("folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_file_button = QPushButton()
        self.open_file_button.setIcon(icon("document-open"))
        self.open_file_button.clicked.connect(self.open_file)
        for button in (self.open_folder_button, self.open_file_button):
            button.setVisible(False)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addSpacing(12)
        folder_row.addWidget(self.print_button)
        result_row = QHBoxLayout()
        result_row.addWidget(self.progress_bar, 1)
        result_row.addWidget(self.cancel_button)
        result_row.addWidget(self.summary_label, 2)
        result_row.addWidget(self.open_folder_button)
        result_row.addWidget(self.open_file_button)

        # What changed since the last print.
        self.changes_box = QGroupBox()
        self.changes_model = ChangeListModel(self)
        self.changes_proxy = QSortFilterProxyModel(self)
        self.changes_proxy.setSourceModel(self.changes_model)
        self.changes_proxy.setSortRole(SORT_ROLE)
        self.changes_view = QTableView()
        self.changes_view.setObjectName("changeList")
        self.changes_view.setModel(self.changes_proxy)
        self.changes_view.setSortingEnabled(True)
        self.changes_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.changes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes_view.verticalHeader().hide()
        self.changes_view.setAlternatingRowColors(True)
        self.changes_view.setWordWrap(False)
        self.changes_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.changes_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.changes_columns = remember_columns(
            self.changes_view, self._settings, keys.PRINT_CHANGES_TABLE
        )
        self.changes_label = QLabel()
        self.changes_label.setObjectName("changesSummary")
        self.changes_label.setWordWrap(True)
        self.never_printed_check = QCheckBox()
        self.never_printed_check.toggled.connect(self._show_changes)
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.reload_changes)
        self.reprint_button = QPushButton()
        self.reprint_button.clicked.connect(self.reprint_changed)
        changes_bar = QHBoxLayout()
        changes_bar.addWidget(self.changes_label, 1)
        changes_bar.addWidget(self.never_printed_check)
        changes_bar.addWidget(self.check_button)
        changes_bar.addWidget(self.reprint_button)
        changes_layout = QVBoxLayout(self.changes_box)
        changes_layout.addLayout(changes_bar)
        changes_layout.addWidget(self.changes_view, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(choices)
        layout.addLayout(folder_row)
        layout.addLayout(result_row)
        layout.addWidget(self.changes_box, 1)
        self.retranslate()

    # --- language ----------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()
        self._dirty = True
        if self.isVisible():
            self.reload()

    def retranslate(self) -> None:
        self.document_box.setTitle(self.tr("Document"))
        for document, radio in self.document_radios.items():
            radio.setText(document_label(document))
        self.who_box.setTitle(self.tr("For whom"))
        self.everyone_radio.setText(self.tr("Ever&yone"))
        self.group_radio.setText(self.tr("A &group:"))
        self.selection_radio.setText(self.tr("The delegates &selected on the roster"))
        self.options_box.setTitle(self.tr("Options"))
        self.language_label.setText(self.tr("Lang&uage:"))
        self.page_label.setText(self.tr("P&aper:"))
        self.layout_label.setText(self.tr("La&bel sheet:"))
        for index in range(self.page_box.count()):
            self.page_box.setItemText(index, page_size_label(str(self.page_box.itemData(index))))
        self.imposed_check.setText(self.tr("Print as a boo&klet (A5 two-up, to fold and staple)"))
        self.combined_check.setText(self.tr("Also one &combined file"))
        self.crop_check.setText(self.tr("Crop &marks"))
        self.folder_label.setText(self.tr("F&older:"))
        self.choose_button.setText(self.tr("Choose…"))
        self.print_button.setText(self.tr("&Print"))
        self.print_button.setToolTip(self.tr("Print the chosen document into the folder"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.open_folder_button.setText(self.tr("Open fol&der"))
        self.open_file_button.setText(self.tr("Open file"))
        self.changes_box.setTitle(self.tr("Booklets changed since they were last printed"))
        self.never_printed_check.setText(self.tr("Include those never printed"))
        self.check_button.setText(self.tr("Check agai&n"))
        self.reprint_button.setText(self.tr("&Reprint the changed ones"))
        self.reprint_button.setToolTip(
            self.tr(
                "Print again the booklets listed, each in the language it was last printed "
                "in, with the paper chosen above"
            )
        )
        self._fill_languages()
        self._fill_layouts()
        self._update_options()
        self._update_changes_label()

    # --- loading -----------------------------------------------------------------------------

    def set_mission(self, mission: MissionView | None) -> None:
        self._mission = mission
        self._dirty = True
        self._result = None
        self._show_result()
        if self.isVisible():
            self.reload()

    @property
    def mission(self) -> MissionView | None:
        return self._mission

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The roster's selection and the programme may have changed while the page was hidden.
        self.reload()

    def ensure_loaded(self) -> None:
        if self._dirty:
            self.reload()

    def shutdown(self) -> None:
        """At close: the list of changes keeps its columns as the user left them."""
        self.changes_columns.save()

    def reload(self) -> None:
        """Read the roster and the groups again, and the change list."""
        self._dirty = False
        if self._mission is None:
            self._entries, self._groups = [], []
        else:
            with self._db.reading() as session:
                self._entries = [
                    e
                    for e in list_roster(session, self._mission.id)
                    if e.status != ParticipantStatus.CANCELLED
                ]
                self._groups = list(list_groups(session, self._mission.id))
        current = self.group_box.currentText()
        self.group_box.blockSignals(True)
        self.group_box.clear()
        for group in self._groups:
            self.group_box.addItem(group.name, group.name)
        self.group_box.setCurrentIndex(max(self.group_box.findData(current), 0))
        self.group_box.blockSignals(False)
        self.reload_changes()
        self._update_options()

    # --- choices -----------------------------------------------------------------------------

    @property
    def document(self) -> str:
        for document, radio in self.document_radios.items():
            if radio.isChecked():
                return document
        return BOOKLETS

    def set_document(self, document: str) -> None:
        self.document_radios[document].setChecked(True)

    @property
    def who(self) -> str:
        if self.group_radio.isChecked():
            return GROUP
        if self.selection_radio.isChecked():
            return SELECTION
        return EVERYONE

    def set_who(self, who: str, group: str | None = None) -> None:
        if group is not None:
            self.group_box.setCurrentIndex(max(self.group_box.findData(group), 0))
        {EVERYONE: self.everyone_radio, GROUP: self.group_radio, SELECTION: self.selection_radio}[
            who
        ].setChecked(True)
        self._update_options()

    def chosen_entries(self) -> list[RosterEntry]:
        """The delegates the document is for, not cancelled, in roster order."""
        if self.who == GROUP:
            name = self.group_box.currentData()
            return [e for e in self._entries if name in e.groups]
        if self.who == SELECTION:
            chosen = {e.person_id for e in self.selected_people()}
            return [e for e in self._entries if e.person_id in chosen]
        return list(self._entries)

    @Slot()
    def _on_group_chosen(self) -> None:
        if self.group_box.count():
            self.group_radio.setChecked(True)
        self._update_options()

    @Slot()
    def _on_choice(self) -> None:
        self._fill_languages()
        self._fill_layouts()
        self._update_options()

    def _fill_languages(self) -> None:
        current = self.language_box.currentData()
        own = self.document in OWN_LANGUAGE
        self.language_box.blockSignals(True)
        self.language_box.clear()
        if own:
            self.language_box.addItem(self.tr("Each delegate's own language"), OWN)
        for code in BOOKLET_LANGUAGES:
            self.language_box.addItem(language_name(code, self._language), code)
        fallback = self._language if self._language in BOOKLET_LANGUAGES else "en"
        index = self.language_box.findData(current if current is not None else OWN)
        if index < 0:
            index = self.language_box.findData(OWN if own else fallback)
        self.language_box.setCurrentIndex(max(index, 0))
        self.language_box.blockSignals(False)

    def _fill_layouts(self) -> None:
        current = self.layout_box.currentData()
        layouts = LAYOUTS.get(self.document, LAYOUTS[BADGES])
        self.layout_box.blockSignals(True)
        self.layout_box.clear()
        for layout in layouts:
            self.layout_box.addItem(layout_label(layout), layout)
        self.layout_box.setCurrentIndex(max(self.layout_box.findData(current), 0))
        self.layout_box.blockSignals(False)

    @Slot()
    def _update_options(self) -> None:
        document = self.document
        busy = self._job is not None
        for_delegates = document in FOR_DELEGATES
        self.who_box.setEnabled(for_delegates and not busy)
        self.group_radio.setEnabled(bool(self._groups))
        self.group_box.setEnabled(bool(self._groups))
        self.page_box.setEnabled(document in PAGE_SIZED)
        self.layout_box.setEnabled(document in LAYOUTS)
        self.crop_check.setEnabled(document in LAYOUTS)
        self.imposed_check.setEnabled(document == BOOKLETS)
        self.combined_check.setEnabled(document == BOOKLETS)
        for widget in (self.document_box, self.options_box, self.folder_edit, self.choose_button):
            widget.setEnabled(not busy)
        if for_delegates:
            count = len(self.chosen_entries())
            text = delegates_count(count) if count else self.tr("Nobody: choose other delegates")
        else:
            text = self.tr("The whole mission")
        self.count_label.setText(text)
        can_print = self._mission is not None and (not for_delegates or bool(self.chosen_entries()))
        self.print_button.setEnabled(can_print and not busy)
        self.reprint_button.setEnabled(bool(self.changes_model.rows) and not busy)

    # --- the folder --------------------------------------------------------------------------

    def _default_folder(self) -> Path:
        saved = keys.read_str(self._settings, keys.PRINT_FOLDER)
        if saved:
            return Path(saved)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    @property
    def folder(self) -> Path:
        text = self.folder_edit.text().strip()
        return Path(QDir.fromNativeSeparators(text)) if text else self._default_folder()

    def set_folder(self, folder: Path) -> None:
        self.folder_edit.setText(QDir.toNativeSeparators(str(folder)))

    @Slot()
    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the printed documents"), str(self.folder)
        )
        if chosen:
            self.set_folder(Path(chosen))

    # --- printing ----------------------------------------------------------------------------

    def request(self) -> PaperRequest | None:
        """The print asked for by the page's choices; None when there is nothing to print."""
        mission = self._mission
        if mission is None:
            return None
        document = self.document
        people: tuple[tuple[int, str | None], ...] | None = None
        whose = ""
        group: str | None = None
        if document in FOR_DELEGATES and self.who != EVERYONE:
            entries = self.chosen_entries()
            if not entries:
                return None
            people = tuple((e.person_id, None) for e in entries)
            whose = str(self.group_box.currentData()) if self.who == GROUP else "selection"
            group = str(self.group_box.currentData()) if self.who == GROUP else None
        language = str(self.language_box.currentData() or "") or None
        return PaperRequest(
            document=document,
            mission_id=mission.id,
            folder=self.folder,
            people=people,
            whose=whose,
            group=group,
            language=language,
            page_size=str(self.page_box.currentData()),
            imposed=document == BOOKLETS and self.imposed_check.isChecked(),
            combined=document == BOOKLETS and self.combined_check.isChecked(),
            layout=str(self.layout_box.currentData() or "90x54"),
            crop_marks=document in LAYOUTS and self.crop_check.isChecked(),
        )

    @Slot()
    def print_document(self) -> PaperJob | None:
        """Start printing what the page's choices say; returns the job (None: nothing)."""
        request = self.request()
        return self.start(request) if request is not None else None

    def start(self, request: PaperRequest) -> PaperJob | None:
        if self._job is not None:
            return None
        self._settings.setValue(keys.PRINT_FOLDER, str(request.folder))
        job = PaperJob(self._db, request, workers=self.workers)
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        job.done.connect(self._on_done)
        self._job = job
        self._asked_combined = request.combined
        self._result = None
        self.summary_label.setText(self.tr("Printing…"))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        for button in (self.open_folder_button, self.open_file_button):
            button.setVisible(False)
        self._update_options()
        self._runner.start(job)
        return job

    @property
    def job(self) -> PaperJob | None:
        return self._job

    @Slot()
    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.summary_label.setText(self.tr("Stopping after the documents under way…"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, name: str) -> None:
        if total <= 1 and not done:
            self.progress_bar.setRange(0, 0)  # one document: busy, no steps to count
            return
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        if name and not (self._job is not None and self._job.cancelled):
            self.summary_label.setText(arg(self.tr("%1 of %2: %3"), done, total, name))

    @Slot(object)
    def _on_finished(self, result: PaperResult) -> None:
        self._result = result
        self._show_result()
        self.status_message.emit(self.summary_label.text())
        self.printed.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._result = None
        self._show_result()
        self.summary_label.setText(message)
        self.status_message.emit(message)
        self.print_failed.emit(message)

    @Slot()
    def _on_done(self) -> None:
        self._job = None
        self.progress_bar.setVisible(False)
        self.cancel_button.setVisible(False)
        self._update_options()
        if self._result is not None and self._result.document == BOOKLETS:
            self.reload_changes()

    @property
    def result(self) -> PaperResult | None:
        return self._result

    def _show_result(self) -> None:
        result = self._result
        has_files = result is not None and bool(result.files)
        self.open_folder_button.setVisible(has_files)
        self.open_file_button.setVisible(has_files)
        if result is None:
            self.summary_label.clear()
            return
        self.summary_label.setText(self.summary_text(result))

    def summary_text(self, result: PaperResult) -> str:
        folder = QDir.toNativeSeparators(str(result.folder))
        if result.document == BOOKLETS:
            if result.cancelled:
                text = arg(
                    self.tr("Cancelled: %1 of %2 booklets written in %3."),
                    len(result.files),
                    result.total,
                    folder,
                )
                if self._asked_combined:
                    text += " " + self.tr("The combined file was not written.")
            else:
                text = arg(self.tr("%1 booklets written in %2."), len(result.files), folder)
                if result.combined is not None:
                    text += " " + arg(self.tr("All of them in %1."), result.combined.name)
        elif result.cancelled:
            text = self.tr("Cancelled: nothing written.")
        else:
            text = arg(
                self.tr("%1 written in %2 (%3)."),
                result.files[0].name,
                folder,
                self._count_text(result),
            )
        if result.warnings:
            shown = "; ".join(result.warnings[:3])
            more = len(result.warnings) - 3
            text += " " + shown + (arg(self.tr(" and %1 more"), more) if more > 0 else "")
        return text

    def _count_text(self, result: PaperResult) -> str:
        count = result.count
        return {
            PROGRAMME: arg(self.tr("%1 items"), count),
            FACE_BOOK: delegates_count(count),
            LETTERS: arg(self.tr("%1 letters"), count),
            BADGES: arg(self.tr("%1 badges"), count),
            TENT_CARDS: arg(self.tr("%1 tent cards"), count),
            ROOMING: arg(self.tr("%1 guests"), count),
            TRANSFERS: arg(self.tr("%1 transfers"), count),
        }.get(result.document, str(count))

    @Slot()
    def open_folder(self) -> bool:
        if self._result is None:
            return False
        return self.open_url(QUrl.fromLocalFile(str(self._result.folder)))

    @Slot()
    def open_file(self) -> bool:
        path = self._result.main_file if self._result is not None else None
        return path is not None and self.open_url(QUrl.fromLocalFile(str(path)))

    # --- the change list ---------------------------------------------------------------------

    @Slot()
    def reload_changes(self) -> ChangeListJob | None:
        """Compare each delegate's booklet with the one last printed, in a worker; asked
        again while it runs, it runs once more after (the latest state wins)."""
        mission = self._mission
        if mission is None or not self._entries:
            self._changes = []
            self._never_printed = 0
            self._show_changes()
            return None
        if self._changes_job is not None:
            self._changes_again = True
            return None
        language = self._language if self._language in BOOKLET_LANGUAGES else "en"
        job = ChangeListJob(self._db, mission.id, self._entries, language)
        job.finished.connect(self._on_changes)
        job.failed.connect(self._on_changes_failed)
        job.done.connect(self._on_changes_done)
        self._changes_job = job
        self._changes_again = False
        self.check_button.setEnabled(False)
        self.changes_label.setText(self.tr("Comparing each booklet with its last print…"))
        self._runner.start(job)
        return job

    @property
    def changes_job(self) -> ChangeListJob | None:
        return self._changes_job

    @Slot(object)
    def _on_changes(self, found: ChangeList) -> None:
        if self._mission is None or found.mission_id != self._mission.id:
            return  # another mission was chosen meanwhile: its own read follows
        self._changes = list(found.rows)
        self._never_printed = found.never_printed
        self._show_changes()

    @Slot(str)
    def _on_changes_failed(self, message: str) -> None:
        self.changes_label.setText(message)

    @Slot()
    def _on_changes_done(self) -> None:
        self._changes_job = None
        self.check_button.setEnabled(True)
        if self._changes_again:
            self.reload_changes()

    @Slot()
    def _show_changes(self) -> None:
        never = self.never_printed_check.isChecked()
        self.changes_model.set_rows(
            [row for row in self._changes if never or not row.never_printed]
        )
        self._update_changes_label()
        self._update_options()

    def _update_changes_label(self) -> None:
        rows = self.changes_model.rows
        changed = sum(1 for row in rows if not row.never_printed)
        never = self._never_printed
        if self._mission is None:
            text = ""
        elif not changed:
            text = self.tr("No booklet changed since it was last printed.")
        elif changed == 1:
            text = self.tr("1 booklet changed since it was last printed.")
        else:
            text = arg(self.tr("%1 booklets changed since they were last printed."), changed)
        if never:
            text += " " + arg(self.tr("Never printed: %1."), never)
        self.changes_label.setText(text)

    @Slot()
    def reprint_changed(self) -> PaperJob | None:
        """Print again the booklets of the change list, each in its last print's language."""
        mission = self._mission
        rows = self.changes_model.rows
        if mission is None or not rows:
            return None
        request = PaperRequest(
            document=BOOKLETS,
            mission_id=mission.id,
            folder=self.folder,
            people=tuple((row.person_id, row.language) for row in rows),
            whose="changed",
            page_size=str(self.page_box.currentData()),
            imposed=self.imposed_check.isChecked(),
        )
        return self.start(request)
