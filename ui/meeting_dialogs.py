"""The forms of the meetings tab: a request (who meets whom, why, in which languages) and a
meeting's status with its outcome. Each field shows its own error under it, in the window's
language, and OK waits until the form is right; the core checks again when it writes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegation_app.services.meetings import MeetingView
from delegation_app.services.people import OrganisationView
from delegation_app.storage.models import MeetingStatus
from ui import theme
from ui.labels import arg
from ui.meetings_commands import RequestFields
from ui.meetings_labels import meeting_status_label, priority_label

_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}$")
MAX_TEXT = 10_000


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"{name}Error")
    label.setWordWrap(True)
    label.setStyleSheet(theme.error_style())
    label.hide()
    return label


def _field(widget: QWidget, error: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


class RequestDialog(QDialog):
    """A new request, or a request edited; ``fields`` once accepted."""

    def __init__(
        self,
        organisations: Sequence[OrganisationView],
        delegates: Sequence[tuple[int, str]],
        *,
        meeting: MeetingView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("requestDialog")
        self.setWindowTitle(
            self.tr("New meeting request")
            if meeting is None
            else arg(self.tr("Meeting request with %1"), meeting.organisation)
        )
        self.errors: dict[str, str] = {}
        self.error_labels = {
            key: _error_label(key) for key in ("organisation", "delegates", "languages", "purpose")
        }
        self.organisation_combo = QComboBox()
        self.organisation_combo.setObjectName("organisation")
        for org in organisations:
            where = f" ({org.city})" if org.city else ""
            self.organisation_combo.addItem(f"{org.name}{where}", org.id)
        self.organisation_combo.setCurrentIndex(-1)
        self.organisation_combo.setPlaceholderText(self.tr("Choose the local organisation"))
        self.delegates_model = QStandardItemModel(self)
        for participant_id, name in delegates:
            item = QStandardItem(name)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(participant_id, Qt.ItemDataRole.UserRole)
            self.delegates_model.appendRow(item)
        self.delegates_view = QListView()
        self.delegates_view.setObjectName("delegates")
        self.delegates_view.setModel(self.delegates_model)
        self.delegates_view.setMinimumHeight(150)
        self.priority_combo = QComboBox()
        self.priority_combo.setObjectName("priority")
        for priority in (1, 2, 3):
            self.priority_combo.addItem(priority_label(priority), priority)
        self.priority_combo.setCurrentIndex(1)
        self.purpose_edit = QPlainTextEdit()
        self.purpose_edit.setObjectName("purpose")
        self.purpose_edit.setPlaceholderText(self.tr("What the delegates want from the meeting"))
        self.purpose_edit.setFixedHeight(70)
        self.languages_edit = QLineEdit()
        self.languages_edit.setObjectName("languages")
        self.languages_edit.setPlaceholderText(self.tr("Language codes: fr, en"))
        self.interpreter_check = QCheckBox(self.tr("An &interpreter is needed"))
        self.interpreter_check.setObjectName("interpreter")

        form = QFormLayout()
        form.addRow(
            self.tr("&Organisation:"),
            _field(self.organisation_combo, self.error_labels["organisation"]),
        )
        form.addRow(
            self.tr("&Delegates:"), _field(self.delegates_view, self.error_labels["delegates"])
        )
        form.addRow(self.tr("&Priority:"), self.priority_combo)
        form.addRow(self.tr("P&urpose:"), _field(self.purpose_edit, self.error_labels["purpose"]))
        form.addRow(
            self.tr("&Languages:"), _field(self.languages_edit, self.error_labels["languages"])
        )
        form.addRow("", self.interpreter_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(ok, QPushButton)
        self.ok_button = ok
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        if meeting is not None:
            self._fill(meeting)
        self.organisation_combo.currentIndexChanged.connect(self.validate)
        self.delegates_model.itemChanged.connect(self.validate)
        self.languages_edit.textChanged.connect(self.validate)
        self.purpose_edit.textChanged.connect(self.validate)
        self.validate()
        self.resize(560, self.sizeHint().height())

    def _fill(self, meeting: MeetingView) -> None:
        self.organisation_combo.setCurrentIndex(
            self.organisation_combo.findData(meeting.organisation_id)
        )
        wanted = set(meeting.delegate_ids)
        for row in range(self.delegates_model.rowCount()):
            item = self.delegates_model.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in wanted:
                item.setCheckState(Qt.CheckState.Checked)
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(meeting.priority))
        self.purpose_edit.setPlainText(meeting.purpose or "")
        self.languages_edit.setText(", ".join(meeting.languages))
        self.interpreter_check.setChecked(meeting.interpreter_needed)

    def set_delegates(self, participant_ids: Sequence[int]) -> None:
        wanted = set(participant_ids)
        for row in range(self.delegates_model.rowCount()):
            item = self.delegates_model.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_organisation(self, organisation_id: int) -> None:
        self.organisation_combo.setCurrentIndex(self.organisation_combo.findData(organisation_id))

    def _checked(self) -> tuple[int, ...]:
        return tuple(
            int(self.delegates_model.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.delegates_model.rowCount())
            if self.delegates_model.item(row).checkState() == Qt.CheckState.Checked
        )

    def _languages(self) -> tuple[str, ...]:
        return tuple(
            part.lower() for part in re.split(r"[;,\s]+", self.languages_edit.text()) if part
        )

    @Slot()
    def validate(self) -> bool:
        errors: dict[str, str] = {}
        if self.organisation_combo.currentIndex() < 0:
            errors["organisation"] = self.tr("Organisation: choose who the delegates meet")
        if not self._checked():
            errors["delegates"] = self.tr("Delegates: tick at least one delegate")
        wrong = [code for code in self._languages() if not _LANGUAGE_RE.match(code)]
        if wrong:
            errors["languages"] = arg(
                self.tr("Languages: “%1” is not a language code (fr, en, es)"), wrong[0]
            )
        if len(self.purpose_edit.toPlainText()) > MAX_TEXT:
            errors["purpose"] = arg(self.tr("Purpose: longer than %1 characters"), MAX_TEXT)
        self.errors = errors
        for key, label in self.error_labels.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        self.ok_button.setEnabled(not errors)
        return not errors

    @property
    def fields(self) -> RequestFields:
        purpose = self.purpose_edit.toPlainText().strip()
        return RequestFields(
            organisation_id=int(self.organisation_combo.currentData()),
            participant_ids=self._checked(),
            priority=int(self.priority_combo.currentData()),
            purpose=purpose or None,
            languages=self._languages(),
            interpreter_needed=self.interpreter_check.isChecked(),
        )

    @property
    def organisation(self) -> str:
        text = self.organisation_combo.currentText()
        return text.split(" (")[0]

    def accept(self) -> None:
        if self.validate():
            super().accept()


NEEDS_TIME = (
    MeetingStatus.PROPOSED,
    MeetingStatus.CONFIRMED,
    MeetingStatus.HELD,
    MeetingStatus.NO_SHOW,
)


class StatusDialog(QDialog):
    """Where a meeting stands and how it went."""

    def __init__(self, meeting: MeetingView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusDialog")
        self.setWindowTitle(arg(self.tr("Meeting with %1"), meeting.organisation))
        self.meeting = meeting
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status")
        for status in MeetingStatus:
            self.status_combo.addItem(meeting_status_label(status), status)
        self.status_combo.setCurrentIndex(self.status_combo.findData(meeting.status))
        self.outcome_edit = QPlainTextEdit(meeting.outcome or "")
        self.outcome_edit.setObjectName("outcome")
        self.outcome_edit.setPlaceholderText(
            self.tr("How it went: interest shown, what was agreed, what comes next")
        )
        self.status_error = _error_label("status")
        self.outcome_error = _error_label("outcome")
        form = QFormLayout()
        form.addRow(self.tr("&Status:"), _field(self.status_combo, self.status_error))
        form.addRow(self.tr("&Outcome:"), _field(self.outcome_edit, self.outcome_error))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(ok, QPushButton)
        self.ok_button = ok
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.status_combo.currentIndexChanged.connect(self.validate)
        self.outcome_edit.textChanged.connect(self.validate)
        self.validate()
        self.resize(520, self.sizeHint().height())

    @property
    def status(self) -> MeetingStatus:
        return MeetingStatus(self.status_combo.currentData())

    @property
    def outcome(self) -> str | None:
        return self.outcome_edit.toPlainText().strip() or None

    def set_status(self, status: MeetingStatus) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))

    @Slot()
    def validate(self) -> bool:
        scheduled = self.meeting.item_id is not None
        status_error = ""
        if self.status is MeetingStatus.REQUESTED and scheduled:
            status_error = self.tr(
                "Status: the meeting has a time, so it is proposed or confirmed; cancel it to "
                "free its slot"
            )
        elif self.status in NEEDS_TIME and not scheduled:
            status_error = self.tr(
                "Status: give the meeting a time first (drag it onto the grid, or Schedule all)"
            )
        outcome_error = ""
        if len(self.outcome_edit.toPlainText()) > MAX_TEXT:
            outcome_error = arg(self.tr("Outcome: longer than %1 characters"), MAX_TEXT)
        for label, text in ((self.status_error, status_error), (self.outcome_error, outcome_error)):
            label.setText(text)
            label.setVisible(bool(text))
        ok = not status_error and not outcome_error
        self.ok_button.setEnabled(ok)
        return ok

    def accept(self) -> None:
        if self.validate():
            super().accept()
