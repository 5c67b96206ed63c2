"""The agreements tab of the window: the register with its filters above, the selected
agreement below (parties and signatories, documents, commitments, status history).

- A document is opened with the system's viewer: the stored copy (its SHA-256 checked) is
  written to a temporary folder by a worker thread, then handed to ``QDesktopServices``.
- A new version is added by dropping a file on the agreement, or with "Add a version…".
  Adding a draft version is undoable (undo deletes it, as the core allows for a draft).
- A status change always asks for confirmation, and says which steps it skips: the core keeps
  every change in the agreement's history and has no way to take one back, so the change is
  not put on the undo stack (an "undo" would have to fake history). Marking the signed copy
  is likewise final (the core keeps a signed copy as it is) and asks first.
"""

from __future__ import annotations

import getpass
import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDir,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    QStandardPaths,
    Qt,
    QTemporaryDir,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegation_app.errors import DomainError
from delegation_app.interchange.cell_values import CellError, parse_date
from delegation_app.services.agreement_documents import (
    DocumentView,
    add_document_version,
    delete_document,
    document_bytes,
    list_documents,
    mark_signed_copy,
    save_document,
)
from delegation_app.services.agreement_editing import (
    AgreementChoices,
    AgreementForm,
    agreement_choices,
)
from delegation_app.services.agreements import (
    KIND_LABELS,
    TRANSITIONS,
    AgreementView,
    RegisterFilters,
    RegisterRow,
    change_status,
    get_agreement,
    register_rows,
    run_sheet,
    skipped_steps,
    status_label,
)
from delegation_app.services.commitments import CommitmentView, list_commitments
from delegation_app.services.missions import MissionView
from delegation_app.services.people import list_people
from delegation_app.storage.database import Database
from delegation_app.storage.models import AgreementKind, AgreementStatus, CommitmentStatus
from ui import settings as keys
from ui import theme
from ui.agreement_commands import (
    AddCommitmentCommand,
    CommitmentFields,
    CreateAgreementCommand,
    DeleteCommitmentCommand,
    EditAgreementCommand,
    EditCommitmentCommand,
    shortened,
)
from ui.agreement_dialog import AgreementDialog, CommitmentDialog, commitment_status_label
from ui.agreements_follow_up import FollowUpStrip, register_findings
from ui.agreements_models import (
    MISSION,
    REGISTER_COLUMNS,
    STATUS_COLOURS,
    TITLE,
    CommitmentsModel,
    DocumentsModel,
    RegisterFilterModel,
    RegisterTableModel,
    history_model,
    parties_model,
    short_date,
    signatories_model,
)
from ui.delegate_dialog import long_date
from ui.formatting import country_name, date_range
from ui.labels import arg
from ui.roster_jobs import failure_text
from ui.search import fold
from ui.table_layout import ColumnLayout, remember_columns
from ui.workers import Job, JobRunner

log = logging.getLogger(__name__)

HINT_STYLE = "color: palette(placeholder-text);"

S = AgreementStatus
#: The tabs of an agreement's detail, in order.
PARTIES_TAB, DOCUMENTS_TAB, COMMITMENTS_TAB, HISTORY_TAB = range(4)


def user_name() -> str | None:
    """Who is at the keyboard, for "changed by" and "uploaded by": the system's login."""
    try:
        return getpass.getuser() or None
    except (KeyError, OSError):  # no login name (a container, a service account)
        return None


@dataclass(frozen=True)
class StatusChangeRequest:
    """What the confirmation gave: a note for the history, and who changes it (and, when an
    agreement without a signing date is marked signed, the day and place it was signed)."""

    note: str
    changed_by: str
    signing_date: date | None = None
    signing_place: str | None = None


# --- undo: adding a version ---------------------------------------------------------------


class AddDocumentCommand(QUndoCommand):
    """Stores a file as the agreement's next draft version; undo deletes that version (the
    core allows it for a draft), redo stores the same bytes again under the same name."""

    def __init__(
        self,
        db: Database,
        agreement_id: int,
        path: Path,
        *,
        uploaded_by: str | None,
        changed: Callable[[DocumentView | None], None],
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(
            arg(QCoreApplication.translate("AgreementsPage", "Add the version %1"), path.name)
        )
        self._db = db
        self.agreement_id = agreement_id
        self._path = path
        self._uploaded_by = uploaded_by
        self._changed = changed
        self._failed = failed
        self._content: bytes | None = None
        self._kept: DocumentView | None = None
        self.document: DocumentView | None = None

    def _run(self, step: Callable[[], DocumentView | None]) -> None:
        try:
            shown = step()
        except Exception as exc:  # a refused write is a sentence, never a crash in Qt's stack
            self.setObsolete(True)
            self._failed(failure_text(exc))
            return
        self._changed(shown)

    def redo(self) -> None:
        self._run(self._redo)

    def _redo(self) -> DocumentView:
        with self._db.transaction() as session:
            if self._content is None or self._kept is None:
                self.document = add_document_version(
                    session, self.agreement_id, self._path, uploaded_by=self._uploaded_by
                )
            else:
                kept = self._kept
                self.document = add_document_version(
                    session,
                    self.agreement_id,
                    self._content,
                    name=kept.name,
                    uploaded_by=kept.uploaded_by,
                    language=kept.language,
                    note=kept.note,
                )
        return self.document

    def undo(self) -> None:
        self._run(self._undo)

    def _undo(self) -> None:
        assert self.document is not None
        with self._db.transaction() as session:
            self._content = document_bytes(session, self.document.id)
            self._kept = delete_document(session, self.document.id)
        self.document = None
        return None


# --- off the GUI thread: writing a stored copy for the viewer -----------------------------


class SaveDocumentJob(Job):
    """Writes a stored version into ``folder``; ``finished(path)`` or ``failed(message)``."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, db: Database, document_id: int, folder: Path) -> None:
        super().__init__(db)
        self.document_id = document_id
        self.folder = folder

    def work(self) -> None:
        try:
            with self._db.reading() as session:
                path = save_document(session, self.document_id, self.folder)
        except Exception as exc:
            if not isinstance(exc, DomainError | OSError):
                log.exception("saving a stored document failed")
            self.failed.emit(
                arg(
                    QCoreApplication.translate(
                        "AgreementsPage", "The document could not be opened: %1"
                    ),
                    failure_text(exc),
                )
            )
        else:
            self.finished.emit(str(path))


class RegisterExportJob(Job):
    """Writes the register (as the filters keep it) as PDF or XLSX, by the file's suffix;
    ``finished(path, count)`` or ``failed(message)``."""

    finished = Signal(str, int)
    failed = Signal(str)

    def __init__(self, db: Database, filters: RegisterFilters, path: Path, language: str) -> None:
        super().__init__(db)
        self.filters = filters
        self.path = path
        self.language = language

    def work(self) -> None:
        try:
            with self._db.reading() as session:
                rows = register_rows(session, self.filters)
            # Imported here: ReportLab and openpyxl load only when something is written.
            if self.path.suffix.lower() == ".xlsx":
                from delegation_app.interchange.agreements_export import export_register_xlsx

                export_register_xlsx(rows, self.path, language=self.language, filters=self.filters)
            else:
                from delegation_app.printing.agreements import render_register

                render_register(rows, self.path, language=self.language, filters=self.filters)
        except Exception as exc:
            if not isinstance(exc, DomainError | OSError):
                log.exception("exporting the register failed")
            self.failed.emit(
                arg(
                    QCoreApplication.translate(
                        "AgreementsPage", "The register could not be written: %1"
                    ),
                    failure_text(exc),
                )
            )
        else:
            self.finished.emit(str(self.path), len(rows))


class RunSheetJob(Job):
    """Prints one agreement's run sheet (PDF); ``finished(path)`` or ``failed(message)``."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, db: Database, agreement_id: int, path: Path, language: str) -> None:
        super().__init__(db)
        self.agreement_id = agreement_id
        self.path = path
        self.language = language

    def work(self) -> None:
        try:
            with self._db.reading() as session:
                sheet = run_sheet(session, self.agreement_id)
            from delegation_app.printing.agreements import render_run_sheet

            render_run_sheet(sheet, self.path, language=self.language)
        except Exception as exc:
            if not isinstance(exc, DomainError | OSError):
                log.exception("printing a run sheet failed")
            self.failed.emit(
                arg(
                    QCoreApplication.translate(
                        "AgreementsPage", "The run sheet could not be printed: %1"
                    ),
                    failure_text(exc),
                )
            )
        else:
            self.finished.emit(str(self.path))


# --- the confirmation of a status change -------------------------------------------------


class StatusChangeDialog(QDialog):
    """Confirms a change of status, warns about the steps it skips, takes a note; marking
    signed an agreement with no signing date asks for that date (and the place) too, and
    "Change the status" waits until the date can be read."""

    def __init__(
        self,
        title: str,
        current: AgreementStatus,
        target: AgreementStatus,
        language: str,
        parent: QWidget | None = None,
        *,
        needs_signing_date: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the status"))
        self.setObjectName("statusChangeDialog")
        self._language = language
        self._signing_date: date | None = None
        skipped = skipped_steps(current, target)
        self.question = QLabel(
            arg(
                self.tr("Change the status of “%1” from %2 to %3?"),
                title,
                status_label(current, language),
                status_label(target, language),
            )
        )
        self.question.setWordWrap(True)
        self.skip_warning = QLabel()
        self.skip_warning.setObjectName("skipWarning")
        self.skip_warning.setWordWrap(True)
        self.skip_warning.setStyleSheet(theme.error_style())
        if skipped:
            self.skip_warning.setText(
                arg(
                    self.tr(
                        "This change skips %1. Make sure those steps really took place: "
                        "the history will record that they were skipped."
                    ),
                    ", ".join(arg(self.tr("“%1”"), status_label(s, language)) for s in skipped),
                )
            )
        self.skip_warning.setVisible(bool(skipped))
        self.final_note = QLabel(
            self.tr(
                "The change is recorded in the agreement's history, with your name and the "
                "time, and cannot be undone."
            )
        )
        self.final_note.setWordWrap(True)
        self.final_note.setStyleSheet(HINT_STYLE)
        self.signing_date_edit = QLineEdit()
        self.signing_date_edit.setObjectName("signingDateEdit")
        self.signing_date_edit.setPlaceholderText(
            self.tr("e.g. 06/11/2017") if language == "fr" else self.tr("e.g. 2017-11-06")
        )
        self.signing_date_edit.setMaximumWidth(180)
        self.signing_date_edit.textChanged.connect(self.validate)
        self.signing_date_feedback = QLabel()
        self.signing_date_feedback.setObjectName("signingDateFeedback")
        self.signing_date_feedback.setStyleSheet(HINT_STYLE)
        self.signing_date_error = QLabel()
        self.signing_date_error.setObjectName("signingDateError")
        self.signing_date_error.setStyleSheet(theme.error_style())
        self.signing_date_error.setWordWrap(True)
        self.signing_place_edit = QLineEdit()
        self.signing_place_edit.setObjectName("signingPlaceEdit")
        self.signing_place_edit.setPlaceholderText(self.tr("e.g. Miami-Dade County Hall"))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Why, or on whose decision (optional)"))
        self.by_edit = QLineEdit(user_name() or "")
        form = QFormLayout()
        self.needs_signing_date = needs_signing_date
        if needs_signing_date:
            date_box = QWidget()
            date_layout = QVBoxLayout(date_box)
            date_layout.setContentsMargins(0, 0, 0, 0)
            date_layout.setSpacing(2)
            date_layout.addWidget(self.signing_date_edit)
            date_layout.addWidget(self.signing_date_feedback)
            date_layout.addWidget(self.signing_date_error)
            form.addRow(self.tr("Signed &on:"), date_box)
            form.addRow(self.tr("Signed &in:"), self.signing_place_edit)
        form.addRow(self.tr("&Note:"), self.note_edit)
        form.addRow(self.tr("Changed &by:"), self.by_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change the status"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.skip_warning)
        if needs_signing_date:
            self.signing_hint = QLabel(
                self.tr(
                    "No signing date is recorded yet: say on which day, and where, the "
                    "agreement was signed."
                )
            )
            self.signing_hint.setWordWrap(True)
            layout.addWidget(self.signing_hint)
        layout.addWidget(self.final_note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.validate()
        self.resize(520, self.sizeHint().height())

    @Slot()
    def validate(self) -> bool:
        """Only the signing date can be wrong: required, and a date."""
        if not self.needs_signing_date:
            self.signing_date_error.hide()
            self.signing_date_feedback.hide()
            self.ok_button.setEnabled(True)
            return True
        text = self.signing_date_edit.text().strip()
        error = ""
        self._signing_date = None
        if not text:
            error = self.tr("Required: the day the agreement was signed")
        else:
            try:
                self._signing_date = parse_date(text)
            except CellError:
                example = "06/11/2017" if self._language == "fr" else "2017-11-06"
                error = arg(self.tr("Not a date: write it as %1"), example)
        self.signing_date_error.setText(error)
        self.signing_date_error.setVisible(bool(error))
        if self._signing_date is not None:
            self.signing_date_feedback.setText(long_date(self._signing_date, self._language))
        self.signing_date_feedback.setVisible(self._signing_date is not None)
        self.ok_button.setEnabled(not error)
        return not error

    def accept(self) -> None:
        if self.validate():
            super().accept()

    def request(self) -> StatusChangeRequest:
        place = " ".join(self.signing_place_edit.text().split())
        return StatusChangeRequest(
            note=self.note_edit.text().strip(),
            changed_by=self.by_edit.text().strip(),
            signing_date=self._signing_date if self.needs_signing_date else None,
            signing_place=(place or None) if self.needs_signing_date else None,
        )


# --- the page -----------------------------------------------------------------------------


def _table(model: QAbstractItemModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class AgreementsPage(QWidget):
    """The agreements register of the window, with one agreement's detail."""

    #: After every change written to the database (the window refreshes its checks).
    changed = Signal()
    #: A sentence for the window's status bar.
    status_message = Signal(str)
    #: The path of a stored document handed to the system's viewer.
    document_opened = Signal(str)
    #: An editor opened (the agreement's, a commitment's), for tests and the window.
    dialog_opened = Signal(QDialog)
    #: A register or a run sheet written (its path), or why it could not be.
    exported = Signal(str)
    export_failed = Signal(str)

    def __init__(
        self,
        db: Database,
        undo_stack: QUndoStack,
        runner: JobRunner,
        *,
        language: str = "en",
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agreementsPage")
        self._db = db
        self._undo_stack = undo_stack
        self._runner = runner
        self._language = language
        self._settings = settings if settings is not None else keys.app_settings()
        self._mission: MissionView | None = None
        self._dirty = True
        self._agreement: AgreementView | None = None
        self._temporary: QTemporaryDir | None = None
        self.dialog: QDialog | None = None
        self._options: list[RegisterRow] = []  # the rows the country and year are offered from
        self._export_folder: Path | None = None

        self.model = RegisterTableModel(language, self)
        self.proxy = RegisterFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.parties = parties_model(language, self)
        self.signatories = signatories_model(language, self)
        self.documents = DocumentsModel(language, self)
        self.commitments = CommitmentsModel(language, self)
        self.history = history_model(language, self)
        self._build_actions()
        self._build()
        self.columns: tuple[ColumnLayout, ...] = tuple(
            remember_columns(view, self._settings, key)
            for view, key in (
                (self.view, keys.AGREEMENTS_TABLE),
                (self.parties_view, keys.AGREEMENT_PARTIES_TABLE),
                (self.signatories_view, keys.AGREEMENT_SIGNATORIES_TABLE),
                (self.documents_view, keys.AGREEMENT_DOCUMENTS_TABLE),
                (self.commitments_view, keys.AGREEMENT_COMMITMENTS_TABLE),
                (self.history_view, keys.AGREEMENT_HISTORY_TABLE),
            )
        )
        self.retranslate()
        self._show_detail()

    # --- construction -----------------------------------------------------------------------

    def _action(self, slot: Callable[[], object], *shortcuts: str) -> QAction:
        action = QAction(self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        # Ctrl+N and the others act while the keyboard is on this page, never elsewhere.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.new_agreement, "Ctrl+N")
        self.edit_action = self._action(self.edit_current)
        self.export_action = self._action(self.ask_and_export_register)
        self.run_sheet_action = self._action(self.ask_and_print_run_sheet)
        self.add_commitment_action = self._action(self.add_commitment)
        self.edit_commitment_action = self._action(self.edit_current_commitment)
        self.delete_commitment_action = QAction(self)  # Delete acts in the commitments' list
        self.delete_commitment_action.triggered.connect(self.delete_current_commitment)
        self.commitment_status_menu = QMenu(self)
        self.commitment_status_actions: dict[CommitmentStatus, QAction] = {}
        for status in CommitmentStatus:
            action = self.commitment_status_menu.addAction("")
            action.setData(status.value)
            action.triggered.connect(
                lambda _checked=False, chosen=status: self.set_commitment_status(chosen)
            )
            self.commitment_status_actions[status] = action

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setAcceptDrops(False)
        self.search.setMaximumWidth(520)
        self.search.textChanged.connect(self._on_query)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("agreementStatusFilter")
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.currentIndexChanged.connect(self._on_filter)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("agreementKindFilter")
        self.kind_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_filter.currentIndexChanged.connect(self._on_filter)
        self.country_filter = QComboBox()
        self.country_filter.setObjectName("agreementCountryFilter")
        self.country_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.country_filter.currentIndexChanged.connect(self._on_filter)
        self.year_filter = QComboBox()
        self.year_filter.setObjectName("agreementYearFilter")
        self.year_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_filter.currentIndexChanged.connect(self._on_filter)
        self.all_missions = QCheckBox()
        self.all_missions.setObjectName("allMissions")
        self.all_missions.toggled.connect(self._on_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("agreementsCount")
        # Two rows: the search and what can be done with the register, then its filters.
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 1)
        self.new_button = QToolButton()
        self.new_button.setObjectName("newAgreementButton")
        self.new_button.setDefaultAction(self.new_action)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addWidget(self.new_button)
        self.export_button = QToolButton()
        self.export_button.setObjectName("exportRegisterButton")
        self.export_button.setDefaultAction(self.export_action)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addWidget(self.export_button)
        bar.addStretch(0)
        bar.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.status_filter,
            self.kind_filter,
            self.country_filter,
            self.year_filter,
            self.all_missions,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        # What the whole register needs done, whatever the mission shown.
        self.follow_up = FollowUpStrip()
        self.follow_up.agreement_activated.connect(self.show_agreement)

        self.view = QTableView()
        self.view.setObjectName("agreementsView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(False)  # the register's own order: unsigned, then newest
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        columns = self.view.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(False)
        columns.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in REGISTER_COLUMNS:
            if column != TITLE:
                columns.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # A mission's title is long: it gets a fixed share, the agreement's title the rest.
        columns.setSectionResizeMode(MISSION, QHeaderView.ResizeMode.Interactive)
        columns.resizeSection(MISSION, 220)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.view.doubleClicked.connect(self._on_register_activated)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_current)

        # The detail: heading, actions, then one tab per part of the agreement.
        self.title_label = QLabel()
        self.title_label.setObjectName("agreementTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.meta_label = QLabel()
        self.meta_label.setObjectName("agreementMeta")
        self.meta_label.setWordWrap(True)
        self.meta_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_button = QToolButton()
        self.status_button.setObjectName("changeStatusButton")
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.status_menu = QMenu(self.status_button)
        self.status_menu.aboutToShow.connect(self._fill_status_menu)
        self.status_button.setMenu(self.status_menu)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openDocumentButton")
        self.open_button.clicked.connect(self.open_current_document)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addVersionButton")
        self.add_button.clicked.connect(self.ask_document_files)
        self.sign_button = QPushButton()
        self.sign_button.setObjectName("markSignedButton")
        self.sign_button.clicked.connect(self.mark_current_signed)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        self.edit_button = QToolButton()
        self.edit_button.setObjectName("editAgreementButton")
        self.edit_button.setDefaultAction(self.edit_action)
        self.edit_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.status_button)
        actions.addSpacing(12)
        actions.addWidget(self.open_button)
        actions.addWidget(self.add_button)
        actions.addWidget(self.sign_button)
        actions.addSpacing(12)
        self.run_sheet_button = QToolButton()
        self.run_sheet_button.setObjectName("runSheetButton")
        self.run_sheet_button.setDefaultAction(self.run_sheet_action)
        self.run_sheet_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        actions.addWidget(self.run_sheet_button)
        actions.addStretch(1)

        self.parties_view = _table(self.parties, "partiesView")
        self.signatories_view = _table(self.signatories, "signatoriesView")
        parties_tab = QWidget()
        parties_layout = QVBoxLayout(parties_tab)
        parties_layout.setContentsMargins(4, 6, 4, 4)
        parties_layout.addWidget(self.parties_view, 2)
        parties_layout.addWidget(self.signatories_view, 3)
        self.documents_view = _table(self.documents, "documentsView")
        self.documents_view.doubleClicked.connect(self._on_document_activated)
        self.documents_view.selectionModel().currentRowChanged.connect(self._update_actions)
        self.drop_hint = QLabel()
        self.drop_hint.setStyleSheet(HINT_STYLE)
        self.documents_error = QLabel()
        self.documents_error.setObjectName("documentsError")
        self.documents_error.setWordWrap(True)
        self.documents_error.setStyleSheet(theme.error_style())
        self.documents_error.hide()
        documents_tab = QWidget()
        documents_layout = QVBoxLayout(documents_tab)
        documents_layout.setContentsMargins(4, 6, 4, 4)
        documents_layout.addWidget(self.documents_view, 1)
        documents_layout.addWidget(self.documents_error)
        documents_layout.addWidget(self.drop_hint)
        self.commitments_view = _table(self.commitments, "commitmentsView")
        self.commitments_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.commitments_view.horizontalHeader().setStretchLastSection(False)
        self.commitments_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.commitments_view.customContextMenuRequested.connect(self._show_commitment_menu)
        self.commitments_view.doubleClicked.connect(self._on_commitment_activated)
        self.commitments_view.selectionModel().currentRowChanged.connect(self._update_actions)
        self.commitments_view.addAction(self.delete_commitment_action)
        self.delete_commitment_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_commitment_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.commitments_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_current_commitment)
        self.add_commitment_button = QPushButton()
        self.add_commitment_button.setObjectName("addCommitmentButton")
        self.add_commitment_button.clicked.connect(self.add_commitment_action.trigger)
        self.edit_commitment_button = QPushButton()
        self.edit_commitment_button.setObjectName("editCommitmentButton")
        self.edit_commitment_button.clicked.connect(self.edit_commitment_action.trigger)
        self.commitment_status_button = QToolButton()
        self.commitment_status_button.setObjectName("commitmentStatusButton")
        self.commitment_status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.commitment_status_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.commitment_status_button.setMenu(self.commitment_status_menu)
        self.delete_commitment_button = QPushButton()
        self.delete_commitment_button.setObjectName("deleteCommitmentButton")
        self.delete_commitment_button.clicked.connect(self.delete_commitment_action.trigger)
        commitment_buttons = QHBoxLayout()
        commitment_buttons.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.add_commitment_button,
            self.edit_commitment_button,
            self.commitment_status_button,
            self.delete_commitment_button,
        ):
            commitment_buttons.addWidget(widget)
        commitment_buttons.addStretch(1)
        commitments_tab = QWidget()
        commitments_layout = QVBoxLayout(commitments_tab)
        commitments_layout.setContentsMargins(4, 6, 4, 4)
        commitments_layout.addLayout(commitment_buttons)
        commitments_layout.addWidget(self.commitments_view, 1)
        self.history_view = _table(self.history, "historyView")
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setObjectName("agreementTabs")
        self.detail_tabs.setDocumentMode(True)
        self.detail_tabs.addTab(parties_tab, "")
        self.detail_tabs.addTab(documents_tab, "")
        self.detail_tabs.addTab(commitments_tab, "")
        self.detail_tabs.addTab(self.history_view, "")

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(2, 6, 2, 2)
        detail_layout.setSpacing(6)
        detail_layout.addWidget(self.title_label)
        detail_layout.addWidget(self.meta_label)
        detail_layout.addLayout(actions)
        detail_layout.addWidget(self.detail_tabs, 1)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(HINT_STYLE)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.empty_label)
        self.detail_stack.addWidget(detail)
        # A file dropped anywhere on the agreement's detail becomes its next version.
        self.detail_stack.setAcceptDrops(True)
        self.detail_stack.installEventFilter(self)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("agreementsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.follow_up)
        layout.addWidget(self.splitter, 1)

    # --- language ---------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self.model.set_language(language)
        for model in (
            self.parties,
            self.signatories,
            self.documents,
            self.commitments,
            self.history,
        ):
            model.set_language(language)
        self.retranslate()
        self._dirty = True
        if self.isVisible():
            self.reload()  # the follow-up is worded by the core, in the new language
        else:
            self._show_detail()

    def retranslate(self) -> None:
        self.follow_up.retranslate()
        self.search.setPlaceholderText(self.tr("Title, partner, signatory, domain…"))
        self.all_missions.setText(self.tr("&All missions"))
        self.all_missions.setToolTip(
            self.tr("Show the agreements of every mission, and those of no mission")
        )
        self.status_filter.setToolTip(self.tr("Show the agreements of one status"))
        self.kind_filter.setToolTip(self.tr("Show the agreements of one kind"))
        self.country_filter.setToolTip(self.tr("Show the agreements with a partner in one country"))
        self.year_filter.setToolTip(
            self.tr("Show the agreements of one year (signed then, else of a mission that year)")
        )
        self.export_action.setText(self.tr("E&xport the register…"))
        self.export_action.setToolTip(
            self.tr("The register as shown (its filters, not the search) as PDF or XLSX")
        )
        self.run_sheet_action.setText(self.tr("Print the &run sheet…"))
        self.run_sheet_action.setToolTip(
            self.tr("The signing ceremony's run sheet of this agreement (PDF)")
        )
        self._fill_filters()
        self._fill_country_year(self._options)
        self.new_action.setText(self.tr("&New agreement…"))
        self.new_action.setToolTip(self.tr("Record a new agreement (Ctrl+N)"))
        self.edit_action.setText(self.tr("&Edit…"))
        self.edit_action.setToolTip(
            self.tr("Edit the agreement, its parties and signatories (Enter or double-click)")
        )
        self.add_commitment_action.setText(self.tr("Add a &commitment…"))
        self.add_commitment_button.setText(self.add_commitment_action.text())
        self.edit_commitment_action.setText(self.tr("Edit the commitment…"))
        self.edit_commitment_button.setText(self.tr("Edit…"))
        self.edit_commitment_button.setToolTip(self.tr("Edit the selected commitment (Enter)"))
        self.delete_commitment_action.setText(self.tr("Delete the commitment"))
        self.delete_commitment_button.setText(self.tr("Delete"))
        self.delete_commitment_button.setToolTip(
            self.tr("Delete the selected commitment (Delete; it can be undone)")
        )
        self.commitment_status_button.setText(self.tr("Set status"))
        self.commitment_status_menu.setTitle(self.tr("Set status"))
        for status, action in self.commitment_status_actions.items():
            action.setText(commitment_status_label(status, self._language))
        self.status_button.setText(self.tr("Change &status"))
        self.status_button.setToolTip(
            self.tr("Move the agreement to its next status (recorded in its history)")
        )
        self.open_button.setText(self.tr("&Open document"))
        self.open_button.setToolTip(
            self.tr("Open the selected version with the system's viewer (or double-click it)")
        )
        self.add_button.setText(self.tr("Add a &version…"))
        self.add_button.setToolTip(
            self.tr("Store a file as the agreement's next version (or drop the file here)")
        )
        self.sign_button.setText(self.tr("Mark as si&gned copy"))
        self.sign_button.setToolTip(
            self.tr("Mark the selected version as the signed copy: it never changes afterwards")
        )
        self.drop_hint.setText(self.tr("Drop a file here to add it as a new version."))
        self.empty_label.setText(
            self.tr("Select an agreement to see its parties, documents and commitments.")
        )
        self._update_count()

    def _fill_filters(self) -> None:
        status = self.status_filter.currentData()
        kind = self.kind_filter.currentData()
        for combo in (self.status_filter, self.kind_filter):
            combo.blockSignals(True)
            combo.clear()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for each in AgreementStatus:
            self.status_filter.addItem(status_label(each, self._language), each.value)
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind_value, label in KIND_LABELS["fr" if self._language == "fr" else "en"].items():
            self.kind_filter.addItem(label, kind_value.value)
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(status or ""), 0))
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(kind or ""), 0))
        for combo in (self.status_filter, self.kind_filter):
            combo.blockSignals(False)

    def _fill_country_year(self, rows: Sequence[RegisterRow]) -> None:
        """The partner countries and the years of the agreements the other filters keep
        (one chosen stays offered, even when no agreement has it any more)."""
        country = self.country_filter.currentData() or ""
        year = self.year_filter.currentData() or 0
        countries = {c for row in rows for c in row.partner_countries}
        years = {row.year for row in rows if row.year is not None}
        if country:
            countries.add(country)
        if year:
            years.add(year)
        for combo in (self.country_filter, self.year_filter):
            combo.blockSignals(True)
            combo.clear()
        self.country_filter.addItem(self.tr("All partner countries"), "")
        named = sorted(
            ((country_name(code, self._language), code) for code in countries),
            key=lambda pair: fold(pair[0]),
        )
        for name, code in named:
            self.country_filter.addItem(name, code)
        self.year_filter.addItem(self.tr("All years"), 0)
        for each in sorted(years, reverse=True):
            self.year_filter.addItem(str(each), each)
        self.country_filter.setCurrentIndex(max(self.country_filter.findData(country), 0))
        self.year_filter.setCurrentIndex(max(self.year_filter.findData(year), 0))
        for combo in (self.country_filter, self.year_filter):
            combo.blockSignals(False)

    # --- the register -----------------------------------------------------------------------

    @property
    def mission(self) -> MissionView | None:
        return self._mission

    def set_mission(self, mission: MissionView | None) -> None:
        """The mission whose agreements are shown (read now if visible, else when shown)."""
        self._mission = mission
        self._dirty = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if self._dirty:
            self.reload()

    def filters(self) -> RegisterFilters:
        """The register's filters as the bar shows them (what an export lists, too)."""
        status = self.status_filter.currentData()
        kind = self.kind_filter.currentData()
        mission_id = None
        if not self.all_missions.isChecked() and self._mission is not None:
            mission_id = self._mission.id
        return RegisterFilters(
            status=AgreementStatus(status) if status else None,
            kind=AgreementKind(kind) if kind else None,
            country=self.country_filter.currentData() or None,
            year=self.year_filter.currentData() or None,
            mission_id=mission_id,
        )

    def reload(self, select: int | None = None) -> None:
        """Read the register again, keeping (or making) the selection."""
        self._dirty = False
        current = self.current_row()
        wanted = select if select is not None else (current.id if current else None)
        filters = self.filters()
        with self._db.reading() as session:
            # Read without the partner country and year, which are offered from these rows.
            options = register_rows(session, replace(filters, country=None, year=None))
            findings = register_findings(session, self._language)
        self._options = options
        self._fill_country_year(options)
        rows = [row for row in options if filters.keeps(row)]
        self.model.set_rows(rows)
        self.follow_up.set_findings(findings)
        self.view.setColumnHidden(MISSION, not self.all_missions.isChecked())
        if wanted is None or not self.select(wanted):
            if self.proxy.rowCount():
                self.select_proxy_row(0)
            else:
                self._load_detail(None)
        self._update_count()

    @Slot()
    def _on_filter(self) -> None:
        self.reload()

    @Slot(str)
    def _on_query(self, text: str) -> None:
        self.proxy.set_query(text)
        if self.current_row() is None and self.proxy.rowCount():
            self.select_proxy_row(0)
        elif not self.proxy.rowCount():
            self._load_detail(None)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("1 agreement") if total == 1 else arg(self.tr("%1 agreements"), total)
        else:
            text = arg(self.tr("%1 of %2 agreements"), shown, total)
        self.count_label.setText(text)

    def shown_rows(self) -> list[RegisterRow]:
        return [self.proxy.row_at(row) for row in range(self.proxy.rowCount())]

    def current_row(self) -> RegisterRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.row_at(index.row())

    @property
    def agreement(self) -> AgreementView | None:
        """The agreement shown in the detail, as last read."""
        return self._agreement

    def select_proxy_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.view.scrollTo(index)

    def select(self, agreement: int | str) -> bool:
        """Select an agreement by id or short name, if the filters show it."""
        for row in range(self.proxy.rowCount()):
            candidate = self.proxy.row_at(row)
            if agreement in (candidate.id, candidate.short):
                if self.current_row() is not None and self.current_row() == candidate:
                    self._load_detail(candidate.id)  # read again: it may have changed
                else:
                    self.select_proxy_row(row)
                return True
        return False

    @Slot(int)
    def show_agreement(self, agreement_id: int) -> bool:
        """Select an agreement, widening the register (every mission, no filter) if it is
        not shown: what a finding of the follow-up leads to."""
        if self.select(agreement_id):
            return True
        self.clear_filters(all_missions=True)
        self.reload(select=agreement_id)
        return self.select(agreement_id)

    def clear_filters(self, *, all_missions: bool) -> None:
        """Every filter back to "all" (and the search emptied), without reading in between."""
        widgets = (
            self.status_filter,
            self.kind_filter,
            self.country_filter,
            self.year_filter,
            self.all_missions,
            self.search,
        )
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (self.status_filter, self.kind_filter, self.country_filter, self.year_filter):
            combo.setCurrentIndex(0)
        self.all_missions.setChecked(all_missions or self.all_missions.isChecked())
        self.search.clear()
        self.proxy.set_query("")
        for widget in widgets:
            widget.blockSignals(False)

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._load_detail(self.proxy.row_at(current.row()).id if current.isValid() else None)

    # --- the detail -------------------------------------------------------------------------

    def _load_detail(self, agreement_id: int | None) -> None:
        documents: list[DocumentView] = []
        commitments: list[CommitmentView] = []
        agreement = None
        if agreement_id is not None:
            with self._db.reading() as session:
                agreement = get_agreement(session, agreement_id)
                documents = list_documents(session, agreement_id)
                commitments = list_commitments(session, agreement_id)
        self._agreement = agreement
        self.parties.set_items(agreement.parties if agreement else ())
        self.signatories.set_items(agreement.signatories if agreement else ())
        self.documents.set_items(documents)
        # Newest first in the history: what happened last is what the coordinator looks for.
        self.history.set_items(tuple(reversed(agreement.history)) if agreement else ())
        self.commitments.set_items(commitments)
        self.documents_error.hide()
        if documents:
            signed = [n for n, d in enumerate(documents) if d.is_signed_copy]
            self.documents_view.selectRow(signed[-1] if signed else len(documents) - 1)
        self._show_detail()

    def _show_detail(self) -> None:
        agreement = self._agreement
        language = self._language
        if agreement is None:
            self.detail_stack.setCurrentIndex(0)
            self.title_label.clear()
            self.meta_label.clear()
            self._update_actions()
            return
        self.detail_stack.setCurrentIndex(1)
        self.title_label.setText(agreement.title(language))
        colour = theme.readable(
            STATUS_COLOURS.get(agreement.status.value, "#000000"), theme.window()
        ).name()
        parts = [
            html.escape(KIND_LABELS["fr" if language == "fr" else "en"][agreement.kind]),
            f"<b style='color:{colour}'>{html.escape(status_label(agreement.status, language))}"
            "</b>",
        ]
        if agreement.signing_date is not None:
            signed = arg(self.tr("signed on %1"), short_date(agreement.signing_date, language))
            if agreement.signing_place:
                signed = arg(self.tr("%1 in %2"), signed, agreement.signing_place)
            parts.append(html.escape(signed))
        if agreement.effective_date is not None and agreement.end_date is not None:
            parts.append(
                html.escape(
                    arg(
                        self.tr("in force %1"),
                        date_range(agreement.effective_date, agreement.end_date, language),
                    )
                )
            )
        elif agreement.effective_date is not None:
            parts.append(
                html.escape(
                    arg(self.tr("in force from %1"), short_date(agreement.effective_date, language))
                )
            )
        if agreement.domains:
            parts.append(html.escape(arg(self.tr("domains: %1"), ", ".join(agreement.domains))))
        self.meta_label.setText(" · ".join(parts))
        self.meta_label.setToolTip(agreement.short)
        self.detail_tabs.setTabText(
            0,
            arg(
                self.tr("Parties and signatories (%1)"),
                len(agreement.parties) + len(agreement.signatories),
            ),
        )
        self.detail_tabs.setTabText(1, arg(self.tr("Documents (%1)"), self.documents.rowCount()))
        self.detail_tabs.setTabText(
            2, arg(self.tr("Commitments (%1)"), self.commitments.rowCount())
        )
        self.detail_tabs.setTabText(3, arg(self.tr("History (%1)"), len(agreement.history)))
        self._update_actions()

    @Slot()
    def _update_actions(self) -> None:
        agreement = self._agreement
        document = self.current_document()
        self.status_button.setEnabled(agreement is not None and bool(TRANSITIONS[agreement.status]))
        self.edit_action.setEnabled(agreement is not None)
        self.run_sheet_action.setEnabled(agreement is not None)
        commitment = self.current_commitment()
        self.add_commitment_action.setEnabled(agreement is not None)
        self.add_commitment_button.setEnabled(agreement is not None)
        for widget in (
            self.edit_commitment_action,
            self.edit_commitment_button,
            self.delete_commitment_action,
            self.delete_commitment_button,
            self.commitment_status_button,
        ):
            widget.setEnabled(commitment is not None)
        for status, action in self.commitment_status_actions.items():
            action.setEnabled(commitment is not None and commitment.status != status)
        self.add_button.setEnabled(agreement is not None)
        self.open_button.setEnabled(document is not None)
        self.sign_button.setEnabled(
            document is not None
            and not document.is_signed_copy
            and agreement is not None
            and agreement.status not in (S.DRAFT, S.NEGOTIATING)
        )

    def current_document(self) -> DocumentView | None:
        index = self.documents_view.currentIndex()
        if not index.isValid() or index.row() >= self.documents.rowCount():
            return None
        return self.documents.items[index.row()]

    def _after_change(self, agreement_id: int) -> None:
        self._dirty = True
        self.reload(select=agreement_id)
        self.changed.emit()

    # --- creating and editing --------------------------------------------------------------

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

    def _choices(self) -> AgreementChoices:
        with self._db.reading() as session:
            return agreement_choices(session)

    @Slot()
    def new_agreement(self) -> AgreementDialog:
        """Open the editor for a new agreement (of the mission shown, by default)."""
        dialog = AgreementDialog(
            self._db,
            self._choices(),
            mission_id=self._mission.id if self._mission is not None else None,
            language=self._language,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._create(dialog))
        self._open_dialog(dialog)
        return dialog

    def _create(self, dialog: AgreementDialog) -> None:
        form = dialog.form
        title = (
            form.changes.title_fr
            if self._language == "fr"
            else (form.changes.title_en or form.changes.title_fr)
        )
        command = CreateAgreementCommand(
            self._db,
            form,
            title,
            short=dialog.short(),
            status=dialog.status(),
            changed_by=user_name(),
            changed=self._after_command,
            failed=self._on_command_failed,
        )
        self._undo_stack.push(command)
        if command.agreement_id is not None:
            self.status_message.emit(arg(self.tr("Agreement “%1” recorded."), title))

    @Slot(QModelIndex)
    def _on_register_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_current()

    @Slot()
    def edit_current(self) -> AgreementDialog | None:
        """Open the editor on the agreement shown."""
        agreement = self._agreement
        if agreement is None:
            return None
        with self._db.reading() as session:
            view = get_agreement(session, agreement.id)  # as it is now
            choices = agreement_choices(session)
        dialog = AgreementDialog(self._db, choices, view=view, language=self._language, parent=self)

        def write() -> None:
            before, after = AgreementForm.of(view), dialog.form
            if after == before:
                return
            self._undo_stack.push(
                EditAgreementCommand(
                    self._db,
                    view.id,
                    before,
                    after,
                    view.title(self._language),
                    changed=self._after_command,
                    failed=self._on_command_failed,
                )
            )

        dialog.accepted.connect(write)
        self._open_dialog(dialog)
        return dialog

    def _after_command(self, agreement_id: int | None) -> None:
        """After a command wrote (or undid): the register read again, the agreement shown."""
        self._dirty = True
        self.reload(select=agreement_id)
        if agreement_id is not None and (
            self._agreement is None or self._agreement.id != agreement_id
        ):
            self.show_agreement(agreement_id)
        self.changed.emit()

    def _on_command_failed(self, message: str) -> None:
        self.show_error(self.tr("The change could not be made"), message)
        self._dirty = True
        self.reload()

    # --- exports ------------------------------------------------------------------------------

    def _documents_folder(self) -> Path:
        if self._export_folder is not None:
            return self._export_folder
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def ask_register_path(self) -> Path | None:
        """Where to write the register, and as what (by the suffix); None when cancelled."""
        pdf, xlsx = self.tr("PDF documents (*.pdf)"), self.tr("Excel workbooks (*.xlsx)")
        name = self.tr("agreements-register") + ".pdf"
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the agreements register"),
            str(self._documents_folder() / name),
            f"{pdf};;{xlsx}",
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_name(path.name + (".xlsx" if chosen_filter == xlsx else ".pdf"))
        self._export_folder = path.parent
        return path

    @Slot()
    def ask_and_export_register(self) -> RegisterExportJob | None:
        path = self.ask_register_path()
        return self.export_register(path) if path is not None else None

    def export_register(self, path: Path) -> RegisterExportJob:
        """Write the register as the filters show it (a worker: PDF or XLSX by the suffix)."""
        job = RegisterExportJob(self._db, self.filters(), path, self._language)
        job.finished.connect(self._on_register_written)
        job.failed.connect(self._on_export_failed)
        self._runner.start(job)
        self.status_message.emit(arg(self.tr("Writing the register to %1…"), path.name))
        return job

    @Slot(str, int)
    def _on_register_written(self, path: str, count: int) -> None:
        where = QDir.toNativeSeparators(path)
        self.status_message.emit(
            arg(self.tr("1 agreement written to %1"), where)
            if count == 1
            else arg(self.tr("%1 agreements written to %2"), count, where)
        )
        self.exported.emit(path)

    @Slot(str)
    def _on_export_failed(self, message: str) -> None:
        self.export_failed.emit(message)
        self.show_error(self.tr("Nothing was written"), message)

    def ask_run_sheet_path(self, agreement: AgreementView) -> Path | None:
        name = arg(self.tr("run-sheet-%1"), agreement.short) + ".pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            arg(self.tr("Save the run sheet of %1"), agreement.short),
            str(self._documents_folder() / name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._export_folder = path.parent
        return path

    @Slot()
    def ask_and_print_run_sheet(self) -> RunSheetJob | None:
        agreement = self._agreement
        if agreement is None:
            return None
        path = self.ask_run_sheet_path(agreement)
        return self.print_run_sheet(path) if path is not None else None

    def print_run_sheet(self, path: Path) -> RunSheetJob | None:
        """Print the run sheet of the agreement shown (in a worker), then open it."""
        agreement = self._agreement
        if agreement is None:
            return None
        job = RunSheetJob(self._db, agreement.id, path, self._language)
        job.finished.connect(self._on_run_sheet_written)
        job.failed.connect(self._on_export_failed)
        self._runner.start(job)
        self.status_message.emit(arg(self.tr("Printing the run sheet to %1…"), path.name))
        return job

    @Slot(str)
    def _on_run_sheet_written(self, path: str) -> None:
        self.status_message.emit(arg(self.tr("Run sheet saved: %1"), QDir.toNativeSeparators(path)))
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self.exported.emit(path)

    # --- commitments --------------------------------------------------------------------------

    def current_commitment(self) -> CommitmentView | None:
        index = self.commitments_view.currentIndex()
        if not index.isValid() or index.row() >= self.commitments.rowCount():
            return None
        return self.commitments.items[index.row()]

    def select_commitment(self, commitment_id: int) -> bool:
        for row, commitment in enumerate(self.commitments.items):
            if commitment.id == commitment_id:
                self.commitments_view.selectRow(row)
                return True
        return False

    def _commitment_dialog(self, commitment: CommitmentView | None) -> CommitmentDialog | None:
        agreement = self._agreement
        if agreement is None:
            return None
        with self._db.reading() as session:
            people = list_people(session)
        dialog = CommitmentDialog(
            self._db,
            agreement,
            people,
            commitment=commitment,
            language=self._language,
            parent=self,
        )
        self._open_dialog(dialog)
        return dialog

    @Slot()
    def add_commitment(self) -> CommitmentDialog | None:
        """Record what a party committed to under the agreement shown."""
        dialog = self._commitment_dialog(None)
        if dialog is None:
            return None
        agreement_id = dialog.agreement.id

        def write() -> None:
            command = AddCommitmentCommand(
                self._db,
                agreement_id,
                dialog.fields,
                changed=self._after_commitment_command,
                failed=self._on_command_failed,
            )
            self._undo_stack.push(command)
            if command.commitment is not None:
                self.select_commitment(command.commitment.id)

        dialog.accepted.connect(write)
        return dialog

    @Slot(QModelIndex)
    def _on_commitment_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.commitments_view.selectRow(index.row())
            self.edit_current_commitment()

    @Slot()
    def edit_current_commitment(self) -> CommitmentDialog | None:
        commitment = self.current_commitment()
        if commitment is None:
            return None
        dialog = self._commitment_dialog(commitment)
        if dialog is None:
            return None

        def write() -> None:
            if dialog.fields == CommitmentFields.of(commitment):
                return
            self._undo_stack.push(
                EditCommitmentCommand(
                    self._db,
                    commitment,
                    dialog.fields,
                    changed=self._after_commitment_command,
                    failed=self._on_command_failed,
                )
            )
            self.select_commitment(commitment.id)

        dialog.accepted.connect(write)
        return dialog

    def set_commitment_status(self, status: CommitmentStatus) -> bool:
        """Open, in progress, done or dropped: one undoable step."""
        commitment = self.current_commitment()
        if commitment is None or commitment.status == status:
            return False
        fields = replace(CommitmentFields.of(commitment), status=status)
        command = EditCommitmentCommand(
            self._db,
            commitment,
            fields,
            text=arg(
                self.tr("Mark the commitment “%1” %2"),
                shortened(commitment.description),
                commitment_status_label(status, self._language).lower(),
            ),
            changed=self._after_commitment_command,
            failed=self._on_command_failed,
        )
        self._undo_stack.push(command)
        self.select_commitment(commitment.id)
        return not command.isObsolete()

    @Slot()
    def delete_current_commitment(self) -> bool:
        commitment = self.current_commitment()
        if commitment is None:
            return False
        row = self.commitments_view.currentIndex().row()
        command = DeleteCommitmentCommand(
            self._db,
            commitment,
            changed=self._after_commitment_command,
            failed=self._on_command_failed,
        )
        self._undo_stack.push(command)
        if self.commitments.rowCount():
            self.commitments_view.selectRow(min(row, self.commitments.rowCount() - 1))
        return not command.isObsolete()

    def _after_commitment_command(self, agreement_id: int | None) -> None:
        """A commitment written: the agreement shown again, on its commitments."""
        selected = self.current_commitment()
        self._after_command(agreement_id)
        self.detail_tabs.setCurrentIndex(COMMITMENTS_TAB)
        if selected is not None:
            self.select_commitment(selected.id)

    @Slot(QPoint)
    def _show_commitment_menu(self, position: QPoint) -> None:
        index = self.commitments_view.indexAt(position)
        if index.isValid():
            self.commitments_view.selectRow(index.row())
        menu = self.commitment_menu()
        viewport = self.commitments_view.viewport()
        menu.popup(viewport.mapToGlobal(position))

    def commitment_menu(self) -> QMenu:
        """The commitments' context menu: add, edit, set status, delete."""
        menu = QMenu(self)
        menu.addAction(self.add_commitment_action)
        menu.addAction(self.edit_commitment_action)
        status = menu.addMenu(self.commitment_status_menu.title())
        for action in self.commitment_status_actions.values():
            status.addAction(action)
        status.setEnabled(self.current_commitment() is not None)
        menu.addSeparator()
        menu.addAction(self.delete_commitment_action)
        return menu

    # --- status -----------------------------------------------------------------------------

    def next_statuses(self) -> list[AgreementStatus]:
        """The statuses the shown agreement may move to, in the order of its life."""
        if self._agreement is None:
            return []
        allowed = TRANSITIONS[self._agreement.status]
        return [s for s in AgreementStatus if s in allowed]

    @Slot()
    def _fill_status_menu(self) -> None:
        self.status_menu.clear()
        agreement = self._agreement
        if agreement is None:
            return
        for status in self.next_statuses():
            text = status_label(status, self._language)
            if skipped_steps(agreement.status, status):
                text = arg(self.tr("%1 (skips steps)"), text)
            action = self.status_menu.addAction(text)
            action.setData(status.value)
            action.triggered.connect(
                lambda _checked=False, chosen=status: self.change_status_to(chosen)
            )

    def ask_status_change(
        self, agreement: AgreementView, target: AgreementStatus
    ) -> StatusChangeRequest | None:
        """The confirmation (with a note); None when the coordinator cancels."""
        dialog = StatusChangeDialog(
            agreement.title(self._language),
            agreement.status,
            target,
            self._language,
            self,
            needs_signing_date=target == S.SIGNED and agreement.signing_date is None,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()

    def change_status_to(self, target: AgreementStatus) -> bool:
        """Move the shown agreement to ``target`` once confirmed; recorded, not undoable."""
        agreement = self._agreement
        if agreement is None:
            return False
        request = self.ask_status_change(agreement, target)
        if request is None:
            return False
        try:
            with self._db.transaction() as session:
                change_status(
                    session,
                    agreement.id,
                    target,
                    changed_by=request.changed_by or None,
                    note=request.note or None,
                    signing_date=request.signing_date,
                    signing_place=request.signing_place,
                )
        except Exception as exc:
            self.show_error(self.tr("The status could not be changed"), failure_text(exc))
            return False
        self._after_change(agreement.id)
        self.status_message.emit(
            arg(
                self.tr("“%1” is now %2 (recorded in its history)."),
                agreement.short,
                status_label(target, self._language),
            )
        )
        return True

    def show_error(self, title: str, message: str) -> None:
        """A refusal from the core, as one sentence (a dialog: the coordinator asked)."""
        QMessageBox.warning(self, title, message)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- documents --------------------------------------------------------------------------

    @staticmethod
    def dropped_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        """The local files being dragged (folders and remote addresses left out)."""
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [path for path in paths if not path.is_dir()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.detail_stack and isinstance(event, QDragEnterEvent | QDragMoveEvent):
            if self._agreement is not None and self.dropped_files(event):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if watched is self.detail_stack and isinstance(event, QDropEvent):
            paths = self.dropped_files(event)
            if self._agreement is None or not paths:
                event.ignore()
                return True
            event.acceptProposedAction()
            self.add_document_files(paths)
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def ask_document_files(self) -> None:
        """Add a version: choose one or more files."""
        if self._agreement is None:
            return
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            arg(self.tr("Add a version of %1"), self._agreement.short),
            "",
            self.tr("All files (*)"),
        )
        if chosen:
            self.add_document_files([Path(path) for path in chosen])

    def add_document_files(self, paths: Sequence[Path]) -> int:
        """Store each file as the shown agreement's next version (each one undoable).

        This is what a drop does. Returns how many were stored; a refused file (unreadable,
        empty, the same as an earlier version) is said under the documents, nothing stored.
        """
        agreement = self._agreement
        if agreement is None:
            return 0
        commands: list[AddDocumentCommand] = []
        self.documents_error.hide()

        def changed(_document: DocumentView | None, agreement_id: int = agreement.id) -> None:
            self._after_change(agreement_id)

        if len(paths) > 1:
            self._undo_stack.beginMacro(arg(self.tr("Add %1 versions"), len(paths)))
        for path in paths:
            command = AddDocumentCommand(
                self._db,
                agreement.id,
                path,
                uploaded_by=user_name(),
                changed=changed,
                failed=self._on_document_refused,
            )
            commands.append(command)
            self._undo_stack.push(command)  # stores it (redo), or drops it when refused
        if len(paths) > 1:
            self._undo_stack.endMacro()
        stored = [c.document for c in commands if c.document is not None]
        if stored:
            self.detail_tabs.setCurrentIndex(1)
            self.select_document(stored[-1].id)
            self.status_message.emit(
                arg(
                    self.tr("Version %1 of “%2” stored: %3"),
                    stored[-1].version,
                    agreement.short,
                    stored[-1].name,
                )
            )
        return len(stored)

    def _on_document_refused(self, message: str) -> None:
        """A file refused by the core (or an undo refused): said under the documents."""
        self.detail_tabs.setCurrentIndex(1)
        shown = self.documents_error.text() if self.documents_error.isVisible() else ""
        self.documents_error.setText(f"{shown}\n{message}" if shown else message)
        self.documents_error.show()

    def select_document(self, document_id: int) -> bool:
        for row, document in enumerate(self.documents.items):
            if document.id == document_id:
                self.documents_view.selectRow(row)
                return True
        return False

    @Slot(QModelIndex)
    def _on_document_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.documents_view.selectRow(index.row())
            self.open_current_document()

    @Slot()
    def open_current_document(self) -> SaveDocumentJob | None:
        document = self.current_document()
        return self.open_document(document.id) if document is not None else None

    def open_document(self, document_id: int) -> SaveDocumentJob | None:
        """Write the stored copy to a temporary folder (in a worker), then open it."""
        if self._temporary is None:
            self._temporary = QTemporaryDir()
        if not self._temporary.isValid():
            self.show_error(
                self.tr("The document could not be opened"),
                self.tr("No temporary folder can be written on this computer."),
            )
            return None
        job = SaveDocumentJob(self._db, document_id, Path(self._temporary.path()))
        job.finished.connect(self._on_document_saved)
        job.failed.connect(self._on_document_failed)
        self._runner.start(job)
        return job

    @Slot(str)
    def _on_document_saved(self, path: str) -> None:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            self.status_message.emit(arg(self.tr("Opened %1"), Path(path).name))
        else:
            self.documents_error.setText(
                arg(self.tr("No program on this computer opens this file; it is saved at %1"), path)
            )
            self.documents_error.show()
        self.document_opened.emit(path)

    @Slot(str)
    def _on_document_failed(self, message: str) -> None:
        self.documents_error.setText(message)
        self.documents_error.show()

    @Slot()
    def mark_current_signed(self) -> bool:
        """Mark the selected version as the signed copy, once confirmed (final)."""
        document = self.current_document()
        agreement = self._agreement
        if document is None or agreement is None:
            return False
        if not self.confirm(
            self.tr("Mark as signed copy"),
            arg(
                self.tr(
                    "Mark version %1 (%2) as the signed copy? From then on it is kept exactly as "
                    "it is: it can be neither changed nor deleted, and this cannot be undone."
                ),
                document.version,
                document.name,
            ),
        ):
            return False
        try:
            with self._db.transaction() as session:
                mark_signed_copy(session, document.id)
        except Exception as exc:
            self.show_error(self.tr("The signed copy could not be marked"), failure_text(exc))
            return False
        self._after_change(agreement.id)
        self.select_document(document.id)
        return True

    def shutdown(self) -> None:
        """At close: the tables' columns are saved as the user left them, and the temporary
        copies go (a viewer that still holds one keeps its own)."""
        for columns in self.columns:
            columns.save()
        if self._temporary is not None:
            self._temporary.remove()
            self._temporary = None
