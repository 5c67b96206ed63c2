"""The Checks panel: what to fix before departure (passports, entry authorisations, rooms,
flights, dietary needs, duplicates), for the selected mission.

The checks run in a worker (a fraction of a second on a 120-delegate mission) when the panel
is shown and the mission or its roster changed; a finding about a delegate leads to them in
the roster.

The findings are worded by the core in the window's language (the catalogue ``ui.i18n``
installed); when the window switches language and calls ``retranslate``, they are run again
in the new one.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegation_app.services.checks import ERROR, WARNING, Finding, Severity, run_checks
from delegation_app.storage.database import Database
from ui import accessible, theme
from ui import settings as keys
from ui.i18n import translations
from ui.icons import ERROR_COLOUR, WARNING_COLOUR, error_icon, icon, warning_icon
from ui.labels import arg
from ui.roster_jobs import ChecksJob, failure_text
from ui.search import SortedBySource, fold, sort_rows
from ui.table_layout import remember_columns
from ui.workers import JobRunner

Index = QModelIndex | QPersistentModelIndex

SEVERITY, SUBJECT, MESSAGE = range(3)
#: Role returning the ``Finding`` behind a row.
FINDING_ROLE = Qt.ItemDataRole.UserRole + 20
_SORT_ROLE = Qt.ItemDataRole.UserRole + 21
_COLOURS = {ERROR: ERROR_COLOUR, WARNING: WARNING_COLOUR}


def severity_label(severity: Severity) -> str:
    if severity == ERROR:
        return QCoreApplication.translate("Checks", "Error")
    return QCoreApplication.translate("Checks", "Warning")


def severity_icon(severity: Severity) -> QIcon:
    """The red "no entry" disc of an error, the amber triangle of a warning."""
    return error_icon() if severity == ERROR else warning_icon()


class FindingsModel(QAbstractTableModel):
    """The findings of the checks, one per row: severity, who or what, the problem."""

    #: The proxy hands sorting to this model (a big mission has a thousand findings).
    sorts_itself = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._keys: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self._keys = [fold(f.subject) for f in self._findings]
        self.endResetModel()
        if self._sort is not None:
            self.sort(*self._sort)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order) if 0 <= column < 3 else None
        if self._sort is None:
            return
        keys = [self.sort_key(row, column) for row in range(len(self._findings))]

        def reorder(ranks: list[int]) -> None:
            self._findings = [self._findings[rank] for rank in ranks]
            self._keys = [self._keys[rank] for rank in ranks]

        sort_rows(self, keys, order, reorder)

    def sort_key(self, row: int, column: int) -> str:
        finding = self._findings[row]
        severity = 0 if finding.severity == ERROR else 1
        if column == SEVERITY:
            return f"{severity}\t{self._keys[row]}"
        if column == SUBJECT:
            return f"{self._keys[row]}\t{severity}"
        return fold(finding.message)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(self._findings)

    def finding_at(self, row: int) -> Finding:
        return self._findings[row]

    def count(self, severity: Severity | None = None) -> int:
        if severity is None:
            return len(self._findings)
        return sum(1 for f in self._findings if f.severity == severity)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None  # no vertical header is shown
        titles = {
            SEVERITY: QCoreApplication.translate("Checks", "Severity"),
            SUBJECT: QCoreApplication.translate("Checks", "Who or what"),
            MESSAGE: QCoreApplication.translate("Checks", "Problem"),
        }
        return titles.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        finding, column = self._findings[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SEVERITY:
                return severity_label(finding.severity)
            if column == SUBJECT:
                return finding.subject
            return finding.message
        if role == Qt.ItemDataRole.DecorationRole and column == SEVERITY:
            return severity_icon(finding.severity)
        if role == Qt.ItemDataRole.ForegroundRole and column == SEVERITY:
            return theme.readable(_COLOURS[finding.severity])
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding_tooltip(finding)
        if role == FINDING_ROLE:
            return finding
        if role == _SORT_ROLE:
            return self.sort_key(index.row(), column)
        return None


def finding_tooltip(finding: Finding) -> str:
    """The problem and what to do, as rich text so that Qt wraps it."""
    what = QCoreApplication.translate("Checks", "What to do:")
    return (
        f"<p>{html.escape(finding.message)}</p>"
        f"<p><b>{html.escape(what)}</b> {html.escape(finding.advice)}</p>"
    )


class LocalisedChecksJob(ChecksJob):
    """The checks of one mission, their findings worded in ``language`` ("fr" or "en")."""

    def __init__(self, db: Database, mission_id: int, generation: int, language: str) -> None:
        super().__init__(db, mission_id, generation)
        self.language = language

    def work(self) -> None:
        try:
            with self._db.reading() as session:
                findings = run_checks(session, str(self.mission_id), language=self.language)
        except Exception as exc:
            self.failed.emit(self.generation, failure_text(exc))
        else:
            self.finished.emit(self.generation, tuple(findings))


def same_finding(a: Finding, b: Finding) -> bool:
    """The same problem, whatever the language it is worded in."""
    return (a.code, a.severity, a.participant_id, a.item_id) == (
        b.code,
        b.severity,
        b.participant_id,
        b.item_id,
    )


class FindingsFilterModel(SortedBySource):
    """The findings of one severity, or all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._severity: Severity | None = None
        self.setSortRole(_SORT_ROLE)

    @property
    def severity(self) -> Severity | None:
        return self._severity

    def set_severity(self, severity: Severity | None) -> None:
        if severity == self._severity:
            return
        self.beginFilterChange()
        self._severity = severity
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def finding_at(self, row: int) -> Finding:
        finding = self.index(row, 0).data(FINDING_ROLE)
        assert isinstance(finding, Finding)
        return finding

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._severity is None:
            return True
        model = self.sourceModel()
        finding = model.index(source_row, 0, source_parent).data(FINDING_ROLE)
        return isinstance(finding, Finding) and finding.severity == self._severity


class ChecksPanel(QDockWidget):
    """A dock listing the findings of the checks for the mission the window shows."""

    #: Emitted with a delegate's participant id when their finding is activated.
    participant_activated = Signal(int)
    item_activated = Signal(int)  # a finding about an itinerary item (a conflict)
    agreement_activated = Signal(int)  # a late commitment, a renewal, an ended agreement
    #: Emitted with the number of findings each time the checks have run.
    refreshed = Signal(int)

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checksDock")
        self._db = db
        self._settings = settings if settings is not None else keys.app_settings()
        self._runner = JobRunner(self)
        self._mission_id: int | None = None
        self._stale = False
        self._generation = 0
        self._running = False
        self._checked_at: datetime | None = None
        self._error = ""
        self._language = translations.language  # of the findings shown and of the next run

        self.model = FindingsModel(self)
        self.proxy = FindingsFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.severity_box = QComboBox()
        self.severity_box.setObjectName("severityFilter")
        self.severity_box.currentIndexChanged.connect(self._on_severity_chosen)
        self.refresh_button = QToolButton()
        self.refresh_button.setIcon(icon("view-refresh"))
        self.refresh_button.setAutoRaise(True)
        self.refresh_button.clicked.connect(self.refresh)
        self.state_label = QLabel()
        self.state_label.setObjectName("checksState")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.severity_box)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.state_label)

        self.view = QTableView()
        self.view.setObjectName("checksView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(SEVERITY, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(SEVERITY, 110)
        header.resizeSection(SUBJECT, 220)
        self.columns = remember_columns(self.view, self._settings, keys.CHECKS_TABLE)
        self.view.activated.connect(self._on_activated)
        self.view.selectionModel().currentRowChanged.connect(self._show_advice)

        self.advice_label = QLabel()
        self.advice_label.setObjectName("checksAdvice")
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.RichText)
        self.advice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.advice_label.setMargin(6)
        self.advice_label.setMinimumHeight(3 * self.advice_label.fontMetrics().lineSpacing())
        self.advice_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.advice_label)
        self.setWidget(body)
        self.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self.visibilityChanged.connect(self._on_visibility_changed)
        self.retranslate()

    # --- what is shown --------------------------------------------------------------------

    @property
    def mission_id(self) -> int | None:
        return self._mission_id

    @property
    def running(self) -> bool:
        return self._running

    @property
    def language(self) -> str:
        """The language the findings are worded in: the window's."""
        return self._language

    def set_language(self, language: str) -> None:
        """Word the findings in ``language`` ("fr" or "en"): they are run again now if the
        panel is shown, else when it is next shown."""
        if language == self._language:
            return
        self._language = language
        if self._mission_id is None:
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def set_mission(self, mission_id: int | None, *, changed: bool = False) -> None:
        """Check ``mission_id`` now if the panel is shown, else when it is next shown.

        ``changed`` says the same mission's roster changed, so its findings are out of date.
        """
        if mission_id == self._mission_id and not changed:
            return
        if mission_id != self._mission_id:
            self.model.set_findings([])
            self._checked_at = None
        self._mission_id = mission_id
        self._stale = True
        if self.isVisible():
            self.refresh()
        else:
            self.retranslate()

    @Slot()
    def refresh(self) -> None:
        """Run the checks again, in a worker; the previous findings stay until they end."""
        self._generation += 1
        self._stale = False
        self._error = ""
        if self._mission_id is None:
            self._running = False
            self.model.set_findings([])
            self.retranslate()
            return
        self._running = True
        job = LocalisedChecksJob(self._db, self._mission_id, self._generation, self._language)
        job.finished.connect(self._on_checked)
        job.failed.connect(self._on_failed)
        self._runner.start(job)
        self.retranslate()

    @Slot(int, object)
    def _on_checked(self, generation: int, findings: tuple[Finding, ...]) -> None:
        if generation != self._generation:
            return  # a later run (another mission) is under way
        self._running = False
        self._checked_at = datetime.now()
        selected = self.current_finding()
        self.model.set_findings(findings)
        if selected is not None:
            self._reselect(selected)
        self.retranslate()
        self.refreshed.emit(len(findings))

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._running = False
        self._error = message
        self.model.set_findings([])
        self.retranslate()

    def _reselect(self, finding: Finding) -> None:
        """Select ``finding`` again, or the same problem worded in another language."""
        rows = range(self.proxy.rowCount())
        row = next((r for r in rows if self.proxy.finding_at(r) == finding), None)
        if row is None:
            row = next((r for r in rows if same_finding(self.proxy.finding_at(r), finding)), None)
        if row is not None:
            flags = QItemSelectionModel.SelectionFlag
            self.view.selectionModel().setCurrentIndex(
                self.proxy.index(row, 0), flags.ClearAndSelect | flags.Rows
            )

    @Slot(bool)
    def _on_visibility_changed(self, visible: bool) -> None:
        if visible and self._stale:
            self.refresh()

    def current_finding(self) -> Finding | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.finding_at(index.row())

    def row_of(self, finding: Finding) -> int | None:
        """The finding's row in the view, if shown."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.finding_at(row) == finding:
                return row
        return None

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        finding = self.proxy.finding_at(index.row())
        if finding.participant_id is not None:
            self.participant_activated.emit(finding.participant_id)
        elif finding.item_id is not None:
            self.item_activated.emit(finding.item_id)
        elif finding.agreement_id is not None:
            self.agreement_activated.emit(finding.agreement_id)

    @Slot(QModelIndex, QModelIndex)
    def _show_advice(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._fill_advice()

    def _fill_advice(self) -> None:
        finding = self.current_finding()
        if finding is not None:
            what = html.escape(self.tr("What to do:"))
            self.advice_label.setText(
                f"<b>{html.escape(finding.subject)}</b> — {html.escape(finding.message)}<br>"
                f"<b>{what}</b> {html.escape(finding.advice)}"
            )
        elif self._error:
            self.advice_label.setText(
                f"<span style='color:{theme.readable(ERROR_COLOUR, theme.window()).name()}'>"
                f"{html.escape(self._error)}</span>"
            )
        elif self._mission_id is None:
            self.advice_label.setText(html.escape(self.tr("Select a mission to check it.")))
        elif not self._running and self._checked_at is not None and not self.model.rowCount():
            self.advice_label.setText(
                html.escape(self.tr("Nothing to fix: every check passed for this mission."))
            )
        else:
            self.advice_label.setText(
                html.escape(
                    self.tr(
                        "Select a finding to see what to do; double-click a delegate's finding "
                        "to find them in the roster."
                    )
                )
            )

    # --- filters and texts ----------------------------------------------------------------

    @Slot(int)
    def _on_severity_chosen(self, index: int) -> None:
        value = self.severity_box.itemData(index)
        self.proxy.set_severity(value if value in (ERROR, WARNING) else None)

    def set_severity(self, severity: Severity | None) -> None:
        """Show the findings of one severity (None: all), as the filter box does."""
        self.severity_box.setCurrentIndex(max(self.severity_box.findData(severity or ""), 0))

    def retranslate(self) -> None:
        """Every text again; the findings themselves are run again in the window's language
        if it changed (the window installs its catalogues, then calls this)."""
        self.set_language(translations.language)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, MESSAGE)
        count = self.model.rowCount()
        if self._checked_at is not None or count:
            self.setWindowTitle(arg(self.tr("Checks (%1)"), count))
        else:
            self.setWindowTitle(self.tr("Checks"))
        chosen = self.proxy.severity or ""
        self.severity_box.blockSignals(True)
        self.severity_box.clear()
        self.severity_box.addItem(arg(self.tr("All findings (%1)"), count), "")
        self.severity_box.addItem(
            severity_icon(ERROR), arg(self.tr("Errors (%1)"), self.model.count(ERROR)), ERROR
        )
        self.severity_box.addItem(
            severity_icon(WARNING),
            arg(self.tr("Warnings (%1)"), self.model.count(WARNING)),
            WARNING,
        )
        self.severity_box.setCurrentIndex(max(self.severity_box.findData(chosen), 0))
        self.severity_box.blockSignals(False)
        self.refresh_button.setToolTip(self.tr("Run the checks again"))
        # An icon only: its accessible name says what it does.
        accessible.name(self.refresh_button, self.refresh_button.toolTip())
        accessible.name(self.severity_box, self.tr("Findings shown"))
        accessible.name(self.view, self.tr("Findings of the checks"))
        accessible.name(self.advice_label, self.tr("What to do"))
        if self._running:
            self.state_label.setText(self.tr("Checking…"))
        elif self._checked_at is not None:
            self.state_label.setText(
                arg(self.tr("Checked at %1"), self._checked_at.strftime("%H:%M"))
            )
        else:
            self.state_label.clear()
        self._fill_advice()

    def shutdown(self) -> bool:
        """At close: the findings' columns are saved as the user left them, and the checks
        running are waited on (whether they ended in time)."""
        self.columns.save()
        return self._runner.shutdown()
