"""The small editors of the leads tab: a new lead, a follow-up action, the note of a stage.

Each checks its fields as they are typed (the services asked in a transaction rolled back);
each field shows its own error and OK waits until all is well.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from delegation_app.errors import DomainError, ValidationError
from delegation_app.services.leads import STAGES, LeadRow, create_lead, stage_label
from delegation_app.services.meetings import MeetingView
from delegation_app.services.people import OrganisationView, PersonChoice
from delegation_app.services.sectors import SECTORS_OF_EXCELLENCE, sector_label
from delegation_app.storage.database import Database
from delegation_app.storage.models import LeadStage
from ui import theme
from ui.i18n import core_sentence, core_text
from ui.labels import arg
from ui.lead_commands import LeadChanges, LeadInput

FIELD_OF_ERROR = {
    "sector": "sector",
    "project": "project",
    "jobs expected": "jobs",
    "investment expected": "investment",
    "investment currency": "investment",
    "note": "note",
    "description": "description",
}


def _error_label(labels: dict[str, QLabel], key: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"{key}Error")
    label.setWordWrap(True)
    label.setStyleSheet(theme.error_style())
    label.hide()
    labels[key] = label
    return label


def _with_error(labels: dict[str, QLabel], key: str, *widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget, 1)
    layout.addLayout(row)
    layout.addWidget(_error_label(labels, key))
    return box


class _FieldError(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def _count(field: str, text: str, message: str) -> int | None:
    cleaned = text.replace(" ", "").replace("\u202f", "").replace("\xa0", "").replace(",", "")
    if not cleaned:
        return None
    if not cleaned.isdigit():
        raise _FieldError(field, message)
    return int(cleaned)


class NewLeadDialog(QDialog):
    """A prospect company to follow: from one of the mission's meetings, or any organisation."""

    def __init__(
        self,
        db: Database,
        *,
        mission_id: int | None,
        organisations: Sequence[OrganisationView],
        meetings: Sequence[MeetingView],
        people: Sequence[PersonChoice],
        language: str,
        organisation_id: int | None = None,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newLeadDialog")
        self.setWindowTitle(self.tr("New lead"))
        self._db = db
        self._mission_id = mission_id
        self._meetings = {m.id: m for m in meetings}
        self.lead: LeadInput | None = None
        self.error_labels: dict[str, QLabel] = {}

        self.meeting_combo = QComboBox()
        self.meeting_combo.addItem(self.tr("(no meeting)"), None)
        for meeting in meetings:
            when = f"{meeting.start_local:%d/%m %H:%M} – " if meeting.start_local else ""
            self.meeting_combo.addItem(f"{when}{meeting.organisation}", meeting.id)
        self.organisation_combo = QComboBox()
        self.organisation_combo.setEditable(True)
        self.organisation_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for organisation in organisations:
            city = f" ({organisation.city})" if organisation.city else ""
            self.organisation_combo.addItem(f"{organisation.name}{city}", organisation.id)
        self.organisation_combo.setCurrentIndex(-1)
        self.stage_combo = QComboBox()
        for stage in STAGES:
            self.stage_combo.addItem(stage_label(stage, language), stage.value)
        self.sector_combo = QComboBox()
        self.sector_combo.setEditable(True)
        self.sector_combo.addItem(self.tr("(the organisation's)"), None)
        for sector in SECTORS_OF_EXCELLENCE:
            self.sector_combo.addItem(sector_label(sector, language), sector)
        self.project_edit = QPlainTextEdit()
        self.project_edit.setTabChangesFocus(True)
        self.project_edit.setMaximumHeight(80)
        self.jobs_edit = QLineEdit()
        self.investment_edit = QLineEdit()
        self.currency_edit = QLineEdit()
        self.currency_edit.setMaximumWidth(70)
        self.currency_edit.setPlaceholderText("EUR")
        self.owner_combo = QComboBox()
        self.owner_combo.addItem(self.tr("(no owner)"), None)
        for person in people:
            self.owner_combo.addItem(person.name, person.id)
        self.note_edit = QLineEdit()

        form = QFormLayout()
        errors = self.error_labels
        form.addRow(self.tr("&Meeting"), _with_error(errors, "meeting", self.meeting_combo))
        form.addRow(
            self.tr("&Organisation"), _with_error(errors, "organisation", self.organisation_combo)
        )
        form.addRow(self.tr("&Stage"), _with_error(errors, "stage", self.stage_combo))
        form.addRow(self.tr("Sec&tor"), _with_error(errors, "sector", self.sector_combo))
        form.addRow(self.tr("&Project"), _with_error(errors, "project", self.project_edit))
        form.addRow(self.tr("Expected &jobs"), _with_error(errors, "jobs", self.jobs_edit))
        form.addRow(
            self.tr("Expected &investment"),
            _with_error(errors, "investment", self.investment_edit, self.currency_edit),
        )
        form.addRow(self.tr("O&wner"), _with_error(errors, "owner", self.owner_combo))
        form.addRow(self.tr("&Note"), _with_error(errors, "note", self.note_edit))
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(theme.error_style())
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(560, 460)

        self.meeting_combo.currentIndexChanged.connect(self._on_meeting)
        for edit in (self.jobs_edit, self.investment_edit, self.currency_edit, self.note_edit):
            edit.textChanged.connect(self.validate)
        self.project_edit.textChanged.connect(self.validate)
        self.organisation_combo.currentTextChanged.connect(self.validate)
        self.sector_combo.currentTextChanged.connect(self.validate)
        self.stage_combo.currentIndexChanged.connect(self.validate)
        self.owner_combo.currentIndexChanged.connect(self.validate)
        if organisation_id is not None:
            self.organisation_combo.setCurrentIndex(
                self.organisation_combo.findData(organisation_id)
            )
        if meeting_id is not None:
            self.meeting_combo.setCurrentIndex(max(self.meeting_combo.findData(meeting_id), 0))
        self.validate()

    def _on_meeting(self) -> None:
        meeting = self._meetings.get(self.meeting_combo.currentData())
        if meeting is not None:
            self.organisation_combo.setCurrentIndex(
                self.organisation_combo.findData(meeting.organisation_id)
            )
        self.validate()

    def _organisation_id(self) -> int:
        index = self.organisation_combo.currentIndex()
        typed = self.organisation_combo.currentText().strip()
        if index < 0 or self.organisation_combo.itemText(index) != typed:
            index = self.organisation_combo.findText(typed, Qt.MatchFlag.MatchContains)
        if not typed or index < 0:
            raise _FieldError(
                "organisation", self.tr("Pick the prospect company from the list (type to search)")
            )
        return int(self.organisation_combo.itemData(index))

    def _sector(self) -> str | None:
        text = self.sector_combo.currentText().strip()
        index = self.sector_combo.findText(text)
        if index == 0 or not text:
            return None
        data = self.sector_combo.itemData(index) if index > 0 else None
        return data if isinstance(data, str) else text

    def _read(self) -> LeadInput:
        organisation_id = self._organisation_id()
        meeting = self.meeting_combo.currentData()
        amount = _count(
            "investment",
            self.investment_edit.text(),
            self.tr("Not an amount: type digits, e.g. 4500000"),
        )
        return LeadInput(
            organisation_id=organisation_id,
            mission_id=self._mission_id,
            meeting_ids=(meeting,) if meeting is not None else (),
            stage=LeadStage(self.stage_combo.currentData()),
            sector=self._sector(),
            project=self.project_edit.toPlainText().strip() or None,
            jobs_expected=_count(
                "jobs", self.jobs_edit.text(), self.tr("Not a number of jobs: type digits, e.g. 25")
            ),
            investment_expected=amount,
            investment_currency=self.currency_edit.text().strip() or None,
            owner_person_id=self.owner_combo.currentData(),
            note=self.note_edit.text().strip() or None,
        )

    def validate(self) -> bool:
        errors: dict[str, str] = {}
        general = ""
        lead: LeadInput | None = None
        try:
            lead = self._read()
            if lead.meeting_ids and self._meetings[lead.meeting_ids[0]].organisation_id != (
                lead.organisation_id
            ):
                raise _FieldError("meeting", self.tr("This meeting is with another organisation"))
            with self._db.reading() as session:  # rolled back: nothing is written
                create_lead(
                    session,
                    organisation_id=lead.organisation_id,
                    mission_id=lead.mission_id,
                    meeting_ids=lead.meeting_ids,
                    stage=lead.stage,
                    sector=lead.sector,
                    project=lead.project,
                    jobs_expected=lead.jobs_expected,
                    investment_expected=lead.investment_expected,
                    investment_currency=lead.investment_currency,
                    owner_person_id=lead.owner_person_id,
                    note=lead.note,
                )
        except _FieldError as exc:
            errors[exc.field] = core_text(exc.message)
            lead = None
        except ValidationError as exc:
            key = FIELD_OF_ERROR.get(exc.field)
            if key is not None:
                errors[key] = core_sentence(exc.message)
            else:
                general = core_text(exc)
            lead = None
        except DomainError as exc:
            general = core_text(exc)
            lead = None
        self.lead = lead
        for key, label in self.error_labels.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        self.general_error.setText(general)
        self.general_error.setVisible(bool(general))
        self.ok_button.setEnabled(lead is not None)
        return lead is not None

    def _on_ok(self) -> None:
        if self.validate():
            self.accept()


class EditLeadDialog(QDialog):
    """What the agency counts of a lead: sector, project, expected jobs and investment, owner."""

    def __init__(
        self,
        db: Database,
        lead: LeadRow,
        *,
        people: Sequence[PersonChoice],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editLeadDialog")
        self.setWindowTitle(arg(self.tr("Edit the lead: %1"), lead.organisation))
        self._db = db
        self._lead = lead
        self.changes: LeadChanges | None = None
        self.error_labels: dict[str, QLabel] = {}
        self.sector_combo = QComboBox()
        self.sector_combo.setEditable(True)
        self.sector_combo.addItem("", None)
        for sector in SECTORS_OF_EXCELLENCE:
            self.sector_combo.addItem(sector_label(sector, language), sector)
        index = self.sector_combo.findData(lead.sector)
        if index >= 0:
            self.sector_combo.setCurrentIndex(index)
        else:
            self.sector_combo.setEditText(lead.sector or "")
        self.project_edit = QPlainTextEdit(lead.project or "")
        self.project_edit.setTabChangesFocus(True)
        self.project_edit.setMaximumHeight(80)
        self.jobs_edit = QLineEdit("" if lead.jobs_expected is None else str(lead.jobs_expected))
        self.investment_edit = QLineEdit(
            "" if lead.investment_expected is None else str(lead.investment_expected)
        )
        self.currency_edit = QLineEdit(lead.investment_currency or "")
        self.currency_edit.setMaximumWidth(70)
        self.owner_combo = QComboBox()
        self.owner_combo.addItem(self.tr("(no owner)"), None)
        for person in people:
            self.owner_combo.addItem(person.name, person.id)
        self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(lead.owner_id), 0))
        errors = self.error_labels
        form = QFormLayout()
        form.addRow(self.tr("Sec&tor"), _with_error(errors, "sector", self.sector_combo))
        form.addRow(self.tr("&Project"), _with_error(errors, "project", self.project_edit))
        form.addRow(self.tr("Expected &jobs"), _with_error(errors, "jobs", self.jobs_edit))
        form.addRow(
            self.tr("Expected &investment"),
            _with_error(errors, "investment", self.investment_edit, self.currency_edit),
        )
        form.addRow(self.tr("O&wner"), _with_error(errors, "owner", self.owner_combo))
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(theme.error_style())
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        for edit in (self.jobs_edit, self.investment_edit, self.currency_edit):
            edit.textChanged.connect(self.validate)
        self.project_edit.textChanged.connect(self.validate)
        self.sector_combo.currentTextChanged.connect(self.validate)
        self.owner_combo.currentIndexChanged.connect(self.validate)
        self.resize(520, 320)
        self.validate()

    def _sector(self) -> str | None:
        text = self.sector_combo.currentText().strip()
        if not text:
            return None
        index = self.sector_combo.findText(text)
        data = self.sector_combo.itemData(index) if index >= 0 else None
        return data if isinstance(data, str) else text

    def _read(self) -> LeadChanges:
        return LeadChanges(
            sector=self._sector(),
            project=self.project_edit.toPlainText().strip() or None,
            jobs_expected=_count(
                "jobs", self.jobs_edit.text(), self.tr("Not a number of jobs: type digits, e.g. 25")
            ),
            investment_expected=_count(
                "investment",
                self.investment_edit.text(),
                self.tr("Not an amount: type digits, e.g. 4500000"),
            ),
            investment_currency=self.currency_edit.text().strip() or None,
            owner_person_id=self.owner_combo.currentData(),
        )

    def validate(self) -> bool:
        errors: dict[str, str] = {}
        general = ""
        changes: LeadChanges | None = None
        try:
            changes = self._read()
            with self._db.reading() as session:  # rolled back: nothing is written
                changes.write(session, self._lead.id)
        except _FieldError as exc:
            errors[exc.field] = core_text(exc.message)
            changes = None
        except ValidationError as exc:
            key = FIELD_OF_ERROR.get(exc.field)
            if key is not None:
                errors[key] = core_sentence(exc.message)
            else:
                general = core_text(exc)
            changes = None
        except DomainError as exc:
            general = core_text(exc)
            changes = None
        self.changes = changes
        for key, label in self.error_labels.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        self.general_error.setText(general)
        self.general_error.setVisible(bool(general))
        self.ok_button.setEnabled(changes is not None)
        return changes is not None

    def _on_ok(self) -> None:
        if self.validate():
            self.accept()


class FollowUpDialog(QDialog):
    """A follow-up action of a lead: what, by whom, by when."""

    def __init__(
        self,
        people: Sequence[PersonChoice],
        *,
        owner_id: int | None,
        due: date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self.setWindowTitle(self.tr("New follow-up action"))
        self.error_labels: dict[str, QLabel] = {}
        self.description_edit = QLineEdit()
        self.owner_combo = QComboBox()
        self.owner_combo.addItem(self.tr("(no owner)"), None)
        for person in people:
            self.owner_combo.addItem(person.name, person.id)
        self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(owner_id), 0))
        self.due_check = QCheckBox(self.tr("Due by"))
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        start = due or date.today()
        self.due_edit.setDate(QDate(start.year, start.month, start.day))
        self.due_check.setChecked(due is not None)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.due_edit.setEnabled(due is not None)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        form = QFormLayout()
        form.addRow(
            self.tr("&What"), _with_error(self.error_labels, "description", self.description_edit)
        )
        form.addRow(self.tr("&Owner"), self.owner_combo)
        form.addRow(self.tr("&Due"), due_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.description_edit.textChanged.connect(self.validate)
        self.resize(520, 180)
        self.validate()

    @property
    def description(self) -> str:
        return self.description_edit.text().strip()

    @property
    def owner_id(self) -> int | None:
        data = self.owner_combo.currentData()
        return int(data) if data is not None else None

    @property
    def due_date(self) -> date | None:
        if not self.due_check.isChecked():
            return None
        picked = self.due_edit.date()
        return date(picked.year(), picked.month(), picked.day())

    def validate(self) -> bool:
        ok = bool(self.description)
        label = self.error_labels["description"]
        label.setText("" if ok else self.tr("Required: what is to be done"))
        label.setVisible(not ok)
        self.ok_button.setEnabled(ok)
        return ok

    def _on_ok(self) -> None:
        if self.validate():
            self.accept()


def stage_change_prompt(organisation: str, stage: LeadStage, language: str) -> str:
    return arg(
        QCoreApplication.translate(
            "LeadDialogs", "Why does %1 move to “%2”? (optional note, kept in the history)"
        ),
        organisation,
        stage_label(stage, language),
    )
