"""The follow-up strip above the agreements register: what the whole register needs done
(commitments past their due date, agreements in their renewal notice or past their end),
whatever the mission shown, so that an agreement of no mission (the port's 2015 agreement with
PortMiami) reaches the coordinator too.

The findings are the core's (``check_commitments`` over the whole register), worded in the
window's language; activating one asks the page to show its agreement.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from delegation_app.services.checks import ERROR, WARNING, Finding
from delegation_app.services.commitments import check_commitments
from ui.checks_panel import MESSAGE, SEVERITY, SUBJECT, FindingsModel
from ui.labels import arg

#: At most this many findings in view before the strip scrolls: the register stays in sight.
VISIBLE_ROWS = 4


def register_findings(session: Session, language: str, today: date | None = None) -> list[Finding]:
    """The follow-up of the whole register (every mission, and none), in ``language``."""
    return check_commitments(session, None, today or date.today(), language=language)


class FollowUpStrip(QFrame):
    """A heading that says how much there is to follow up, over the findings (foldable)."""

    #: The agreement of the finding activated (double-click or Enter).
    agreement_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementsFollowUp")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model = FindingsModel(self)
        self.toggle = QToolButton()
        self.toggle.setObjectName("followUpToggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.toggled.connect(self._on_toggled)
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        self.hint = QLabel()
        self.hint.setObjectName("followUpHint")
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toggle)
        top.addWidget(self.hint, 1)

        self.view = QTableView()
        self.view.setObjectName("followUpView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().hide()  # the strip's heading says what these are
        row_height = self.view.fontMetrics().height() + 8
        self.view.verticalHeader().setDefaultSectionSize(row_height)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SUBJECT, 300)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.view.setMaximumHeight(VISIBLE_ROWS * row_height + 4)
        self.view.activated.connect(self._on_activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.retranslate()

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.model.findings

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.model.set_findings(findings)
        self.view.setFixedHeight(
            min(max(len(findings), 1), VISIBLE_ROWS)
            * self.view.verticalHeader().defaultSectionSize()
            + 4
        )
        self.retranslate()

    def retranslate(self) -> None:
        errors, warnings = self.model.count(ERROR), self.model.count(WARNING)
        if not errors and not warnings:
            self.toggle.setText(self.tr("Nothing to follow up in the register"))
            self.hint.clear()
        else:
            parts = []
            if errors:
                parts.append(
                    self.tr("1 error") if errors == 1 else arg(self.tr("%1 errors"), errors)
                )
            if warnings:
                parts.append(
                    self.tr("1 warning") if warnings == 1 else arg(self.tr("%1 warnings"), warnings)
                )
            self.toggle.setText(arg(self.tr("To follow up: %1"), ", ".join(parts)))
            self.hint.setText(
                self.tr("Every mission's agreements, and those of none; double-click to open one")
            )
        self.toggle.setToolTip(
            self.tr(
                "Commitments past their due date, agreements in their renewal notice or past "
                "their end"
            )
        )
        self.toggle.setEnabled(bool(errors or warnings))
        self._show_view()

    @Slot(bool)
    def _on_toggled(self, _checked: bool) -> None:
        self._show_view()

    def _show_view(self) -> None:
        shown = self.toggle.isChecked() and self.model.rowCount() > 0
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.view.setVisible(shown)
        self.hint.setVisible(shown)

    def row_of(self, agreement_id: int) -> int | None:
        for row, finding in enumerate(self.model.findings):
            if finding.agreement_id == agreement_id:
                return row
        return None

    def activate_row(self, row: int) -> None:
        self._on_activated(self.model.index(row, 0))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        finding = self.model.finding_at(index.row())
        if finding.agreement_id is not None:
            self.agreement_activated.emit(finding.agreement_id)
