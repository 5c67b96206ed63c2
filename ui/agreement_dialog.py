"""The editors of an agreement, new or recorded: titles, kind, mission and signing ceremony,
dates, renewal notice, domains; its parties (an organisation typed by a name no organisation has
is made with the agreement, in the same step) and its signatories. And the editor of one of its
commitments (what a party committed to, its owner, due date and status).

Each field shows its own error, in the window's language, and OK waits until the services
would accept the whole form (asked in a session rolled back at once, as the delegate and item
editors do). The status of a recorded agreement is not edited here: it changes through its
history (the page's "Change status").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from babel.dates import format_date
from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegation_app.errors import DomainError, ValidationError
from delegation_app.interchange.cell_values import CellError, parse_date
from delegation_app.services.agreement_editing import (
    AgreementChoices,
    AgreementForm,
    PartyEntry,
    SignatoryEntry,
    create_from_form,
    edit_agreement,
)
from delegation_app.services.agreements import (
    KIND_LABELS,
    OUR_SIDE,
    PARTNER_SIDE,
    SIGNED_STATUSES,
    AgreementChanges,
    AgreementView,
    status_label,
)
from delegation_app.services.commitments import STATUS_LABELS as COMMITMENT_STATUS_LABELS
from delegation_app.services.commitments import (
    CommitmentView,
    create_commitment,
    update_commitment,
)
from delegation_app.services.people import NewOrganisation, PersonChoice
from delegation_app.storage.database import Database
from delegation_app.storage.models import AgreementKind, AgreementStatus, CommitmentStatus
from ui import theme
from ui.agreement_commands import CommitmentFields
from ui.agreements_models import side_label
from ui.delegate_dialog import country_model, date_text, long_date
from ui.i18n import core_sentence, core_text
from ui.icons import warning_icon
from ui.labels import arg
from ui.roster_commands import safe_failure_text
from ui.search import fold

NONE_CHOSEN = "—"
HINT_STYLE = "color: palette(placeholder-text);"
#: The tabs, in order.
AGREEMENT_TAB, PARTIES_TAB = range(2)
TAB_OF = {
    "title_fr": AGREEMENT_TAB,
    "title_en": AGREEMENT_TAB,
    "kind": AGREEMENT_TAB,
    "status": AGREEMENT_TAB,
    "short": AGREEMENT_TAB,
    "mission": AGREEMENT_TAB,
    "signing_item": AGREEMENT_TAB,
    "signing_date": AGREEMENT_TAB,
    "signing_place": AGREEMENT_TAB,
    "effective_date": AGREEMENT_TAB,
    "end_date": AGREEMENT_TAB,
    "notice": AGREEMENT_TAB,
    "domains": AGREEMENT_TAB,
    "notes": AGREEMENT_TAB,
    "parties": PARTIES_TAB,
    "signatories": PARTIES_TAB,
}
#: The core's field names, as ValidationError gives them, to the editor's own fields.
FIELD_OF_ERROR = {
    "title": "title_fr",
    "English title": "title_en",
    "kind": "kind",
    "short name": "short",
    "signing item": "signing_item",
    "signing date": "signing_date",
    "signing place": "signing_place",
    "end date": "end_date",
    "renewal notice": "notice",
    "domain": "domains",
    "domains": "domains",
    "notes": "notes",
    "parties": "parties",
    "organisation name": "parties",
    "organisation country": "parties",
    "signatories": "signatories",
}
#: Kept as the longest notice a spin box offers (ten years).
MAX_NOTICE_DAYS = 3650


def commitment_status_label(status: CommitmentStatus, language: str) -> str:
    """Open, in progress, done, dropped: the core's words, as the commitments tab shows them."""
    return COMMITMENT_STATUS_LABELS["fr" if language == "fr" else "en"][status]


class _FieldError(Exception):
    """What is wrong, by field of the editor."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


def _searchable(combo: QComboBox, width: int = 28) -> None:
    """An editable combo box that completes what is typed from anywhere in its items."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
    combo.setMinimumContentsLength(width)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)


class _PartyRow:
    """The editors of one party: the organisation (chosen or typed), its side, the country of
    an organisation to make."""

    def __init__(self, dialog: AgreementDialog, side: int, organisation_id: int | None) -> None:
        self.dialog = dialog
        choices = dialog.choices
        self.organisation_combo = QComboBox()
        self.organisation_combo.setObjectName("partyOrganisation")
        self.organisation_combo.addItem("", None)
        for organisation in choices.organisations:
            self.organisation_combo.addItem(organisation.name, organisation.id)
        _searchable(self.organisation_combo)
        self.side_combo = QComboBox()
        self.side_combo.setObjectName("partySide")
        for each in (OUR_SIDE, PARTNER_SIDE):
            self.side_combo.addItem(side_label(each), each)
        self.country_combo = QComboBox()
        self.country_combo.setObjectName("partyCountry")
        self.country_combo.setModel(country_model(dialog.language))
        _searchable(self.country_combo, 16)
        self.new_label = QLabel()
        self.new_label.setStyleSheet(HINT_STYLE)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(
            QCoreApplication.translate("AgreementDialog", "Remove this party")
        )
        self.side_combo.setCurrentIndex(max(self.side_combo.findData(side), 0))
        if organisation_id is not None:
            self.organisation_combo.setCurrentIndex(
                max(self.organisation_combo.findData(organisation_id), 0)
            )
        else:
            self.organisation_combo.setCurrentIndex(0)
            self.organisation_combo.setEditText("")
        self.organisation_combo.editTextChanged.connect(self._changed)
        self.side_combo.currentIndexChanged.connect(self._changed)
        self.country_combo.currentTextChanged.connect(self._changed)
        self.show_country()

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        return (
            self.organisation_combo,
            self.side_combo,
            self.country_combo,
            self.new_label,
            self.remove_button,
        )

    def text(self) -> str:
        return " ".join(self.organisation_combo.currentText().split())

    def organisation_id(self) -> int | None:
        """The known organisation typed or chosen (case and accents ignored), if any."""
        text = self.text()
        if not text:
            return None
        index = self.organisation_combo.currentIndex()
        if index > 0 and fold(self.organisation_combo.itemText(index)) == fold(text):
            return int(self.organisation_combo.itemData(index))
        for organisation in self.dialog.choices.organisations:
            if fold(organisation.name) == fold(text):
                return organisation.id
        return None

    def known_country(self) -> str | None:
        organisation_id = self.organisation_id()
        for organisation in self.dialog.choices.organisations:
            if organisation.id == organisation_id:
                return organisation.country
        return None

    def show_country(self) -> None:
        """A known organisation shows its country; a new one is given one here."""
        known = self.organisation_id() is not None
        is_new = not known and bool(self.text())
        with QSignalBlocker(self.country_combo):
            if known:
                code = self.known_country()
                index = self.country_combo.findData(code) if code else 0
                self.country_combo.setCurrentIndex(max(index, 0))
        self.country_combo.setEnabled(not known)
        self.new_label.setText(
            QCoreApplication.translate("AgreementDialog", "new organisation") if is_new else ""
        )

    def country(self) -> str | None:
        text = self.country_combo.currentText().strip()
        if not text or text == NONE_CHOSEN:
            return None
        index = self.country_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            value = self.country_combo.itemData(index, Qt.ItemDataRole.UserRole)
            return str(value) if value else None
        if len(text) == 2 and text.isalpha():
            return text.upper()
        raise ValueError(text)

    def side(self) -> int:
        return int(self.side_combo.currentData())

    @Slot()
    def _changed(self) -> None:
        self.show_country()
        self.dialog.parties_changed()


class _SignatoryRow:
    """The editors of one signatory: the person, their capacity, the party they sign for."""

    def __init__(
        self, dialog: AgreementDialog, person_id: int | None, capacity: str, party: int | None
    ) -> None:
        self.dialog = dialog
        self.person_combo = QComboBox()
        self.person_combo.setObjectName("signatoryPerson")
        self.person_combo.addItem("", None)
        for person in dialog.choices.people:
            label = f"{person.name} — {person.organisation}" if person.organisation else person.name
            self.person_combo.addItem(label, person.id)
        _searchable(self.person_combo, 24)
        self.capacity_edit = QLineEdit(capacity)
        self.capacity_edit.setObjectName("signatoryCapacity")
        self.capacity_edit.setPlaceholderText(
            QCoreApplication.translate("AgreementDialog", "e.g. President of the Metropolitan Area")
        )
        self.party_combo = QComboBox()
        self.party_combo.setObjectName("signatoryParty")
        self.party_combo.setMinimumContentsLength(18)
        self.party_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(
            QCoreApplication.translate("AgreementDialog", "Remove this signatory")
        )
        if person_id is not None:
            self.person_combo.setCurrentIndex(max(self.person_combo.findData(person_id), 0))
        else:
            self.person_combo.setEditText("")
        line = self.person_combo.lineEdit()
        if line is not None:
            line.setCursorPosition(0)  # the name, not the end of the organisation
        self.capacity_edit.setCursorPosition(0)
        self.fill_parties(party)
        self.person_combo.editTextChanged.connect(dialog.changed)
        self.capacity_edit.textChanged.connect(dialog.changed)
        self.party_combo.currentIndexChanged.connect(dialog.changed)

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        return (self.person_combo, self.capacity_edit, self.party_combo, self.remove_button)

    def fill_parties(self, party: int | None) -> None:
        """The parties of the form, by name, keeping the one chosen (by row)."""
        with QSignalBlocker(self.party_combo):
            self.party_combo.clear()
            for number, row in enumerate(self.dialog.party_rows):
                self.party_combo.addItem(row.text() or NONE_CHOSEN, number)
            # No party (the one chosen was removed) stays none: never a silent other party.
            known = party is not None and 0 <= party < self.party_combo.count()
            self.party_combo.setCurrentIndex(party if known and party is not None else -1)

    def party(self) -> int | None:
        value = self.party_combo.currentData()
        return int(value) if value is not None else None

    def person_id(self) -> int | None:
        text = " ".join(self.person_combo.currentText().split())
        if not text:
            return None
        index = self.person_combo.currentIndex()
        if index > 0 and fold(self.person_combo.itemText(index)) == fold(text):
            return int(self.person_combo.itemData(index))
        index = self.person_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return int(self.person_combo.itemData(index))
        named = [p.id for p in self.dialog.choices.people if fold(p.name) == fold(text)]
        return named[0] if len(named) == 1 else None


class AgreementDialog(QDialog):
    """A new agreement (``view`` None) or a recorded one; ``form`` once accepted."""

    def __init__(
        self,
        db: Database,
        choices: AgreementChoices,
        *,
        view: AgreementView | None = None,
        mission_id: int | None = None,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self._db = db
        self.choices = choices
        self.view = view
        self.language = language
        self._filling = True
        self._errors: dict[str, str] = {}
        self._form: AgreementForm | None = None
        self._short: str | None = None
        self.error_labels: dict[str, QLabel] = {}
        self.party_rows: list[_PartyRow] = []
        self.signatory_rows: list[_SignatoryRow] = []
        self._build()
        self._fill(mission_id)
        self._filling = False
        self.validate()
        hint = self.sizeHint()
        self.resize(max(hint.width() + 40, 760), max(hint.height(), 560))

    # --- construction -----------------------------------------------------------------------

    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{key}Error")
        label.setWordWrap(True)
        label.setStyleSheet(theme.error_style())
        label.hide()
        self.error_labels[key] = label
        return label

    def _add(
        self,
        form: QFormLayout,
        label: str,
        key: str,
        field: QWidget,
        *,
        feedback: QLabel | None = None,
        short: bool = False,
    ) -> None:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 0 if short else 1)
        if short:
            row.addStretch(1)
        layout.addLayout(row)
        if feedback is not None:
            layout.addWidget(feedback)
        layout.addWidget(self._error_label(key))
        text = QLabel(label)
        text.setBuddy(field)
        form.addRow(text, box)

    def _line(self, name: str, placeholder: str = "", max_length: int = 320) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(max_length)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.changed)
        return edit

    def _date(self, name: str) -> tuple[QLineEdit, QLabel]:
        example = "06/11/2017" if self.language == "fr" else "2017-11-06"
        edit = self._line(name, arg(self.tr("e.g. %1"), example), 40)
        edit.setMaximumWidth(170)
        feedback = QLabel()
        feedback.setObjectName(f"{name}Feedback")
        feedback.setStyleSheet(HINT_STYLE)
        feedback.hide()
        return edit, feedback

    @staticmethod
    def _form_layout() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    def _build(self) -> None:
        language = self.language
        self.title_fr_edit = self._line("titleFrEdit", self.tr("As the French text names it"))
        self.title_en_edit = self._line(
            "titleEnEdit", self.tr("As the English text names it (the French title if empty)")
        )
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        for kind, label in KIND_LABELS["fr" if language == "fr" else "en"].items():
            self.kind_combo.addItem(label, kind.value)
        self.kind_combo.currentIndexChanged.connect(self.changed)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("initialStatusCombo")
        for status in AgreementStatus:
            self.status_combo.addItem(status_label(status, language), status.value)
        self.status_combo.currentIndexChanged.connect(self.changed)
        self.short_edit = self._line(
            "shortEdit", self.tr("Made from the parties and the year if left empty"), 64
        )
        self.short_feedback = QLabel()
        self.short_feedback.setObjectName("shortFeedback")
        self.short_feedback.setStyleSheet(HINT_STYLE)
        self.short_feedback.hide()
        self.mission_combo = QComboBox()
        self.mission_combo.setObjectName("missionCombo")
        self.mission_combo.addItem(self.tr("— no mission —"), None)
        for mission in self.choices.missions:
            self.mission_combo.addItem(mission.title(language), mission.id)
        self.mission_combo.currentIndexChanged.connect(self._on_mission_changed)
        self.signing_item_combo = QComboBox()
        self.signing_item_combo.setObjectName("signingItemCombo")
        self.signing_item_combo.currentIndexChanged.connect(self.changed)
        self.signing_date_edit, self.signing_date_feedback = self._date("signingDateEdit")
        self.signing_place_edit = self._line(
            "signingPlaceEdit", self.tr("e.g. Miami-Dade County Hall"), 220
        )
        self.effective_date_edit, self.effective_date_feedback = self._date("effectiveDateEdit")
        self.end_date_edit, self.end_date_feedback = self._date("endDateEdit")
        self.notice_spin = QSpinBox()
        self.notice_spin.setObjectName("noticeSpin")
        self.notice_spin.setRange(-1, MAX_NOTICE_DAYS)
        self.notice_spin.setSpecialValueText(self.tr("none recorded"))
        self.notice_spin.setSuffix(self.tr(" days"))
        self.notice_spin.setValue(-1)
        self.notice_spin.setMinimumWidth(140)
        self.notice_spin.valueChanged.connect(self.changed)
        self.domains_edit = self._line(
            "domainsEdit", self.tr("e.g. trade; culture; tourism; economic development")
        )
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("agreementNotesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(3 * self.fontMetrics().lineSpacing() + 14)
        self.notes_edit.setPlaceholderText(self.tr("For the organisers: never printed"))
        self.notes_edit.textChanged.connect(self.changed)

        general = self._form_layout()
        self._add(general, self.tr("&French title"), "title_fr", self.title_fr_edit)
        self._add(general, self.tr("&English title"), "title_en", self.title_en_edit)
        self._add(general, self.tr("&Kind"), "kind", self.kind_combo, short=True)
        if self.view is None:
            self._add(general, self.tr("&Status"), "status", self.status_combo, short=True)
            self._add(
                general,
                self.tr("S&hort name"),
                "short",
                self.short_edit,
                feedback=self.short_feedback,
            )
        self._add(general, self.tr("&Mission"), "mission", self.mission_combo)
        self._add(general, self.tr("Signing &ceremony"), "signing_item", self.signing_item_combo)
        self._add(
            general,
            self.tr("Signed &on"),
            "signing_date",
            self.signing_date_edit,
            feedback=self.signing_date_feedback,
            short=True,
        )
        self._add(general, self.tr("Signed &in"), "signing_place", self.signing_place_edit)
        self._add(
            general,
            self.tr("In force &from"),
            "effective_date",
            self.effective_date_edit,
            feedback=self.effective_date_feedback,
            short=True,
        )
        self._add(
            general,
            self.tr("E&nds on"),
            "end_date",
            self.end_date_edit,
            feedback=self.end_date_feedback,
            short=True,
        )
        self._add(general, self.tr("&Renewal notice"), "notice", self.notice_spin, short=True)
        self._add(general, self.tr("&Domains"), "domains", self.domains_edit)
        self._add(general, self.tr("No&tes"), "notes", self.notes_edit)
        general_page = QWidget()
        general_layout = QVBoxLayout(general_page)
        general_layout.setContentsMargins(12, 12, 12, 12)
        general_layout.addLayout(general)
        general_layout.addStretch(1)

        # Parties and signatories: rows of editors, added and removed with buttons.
        self.parties_grid = QGridLayout()
        self.parties_grid.setHorizontalSpacing(8)
        self.parties_grid.setColumnStretch(0, 1)
        self.add_party_button = QPushButton(self.tr("Add a &party"))
        self.add_party_button.setObjectName("addPartyButton")
        self.add_party_button.clicked.connect(lambda: self.add_party(PARTNER_SIDE))
        self.party_headings = self._headings(
            (self.tr("Organisation"), self.tr("Side"), self.tr("Country"))
        )
        self.signatories_grid = QGridLayout()
        self.signatories_grid.setHorizontalSpacing(8)
        self.signatories_grid.setColumnStretch(0, 1)
        self.signatories_grid.setColumnStretch(1, 1)
        self.signatory_headings = self._headings(
            (self.tr("Person"), self.tr("Capacity"), self.tr("Signs for"))
        )
        self.add_signatory_button = QPushButton(self.tr("Add a si&gnatory"))
        self.add_signatory_button.setObjectName("addSignatoryButton")
        self.add_signatory_button.clicked.connect(lambda: self.add_signatory())
        parties_heading = QLabel(self.tr("<b>Parties</b>"))
        self.parties_hint = QLabel(
            self.tr(
                "Choose an organisation or type its name: one not on record is made with the "
                "agreement (give its country, for the register and the checks)."
            )
        )
        self.parties_hint.setWordWrap(True)
        self.parties_hint.setStyleSheet(HINT_STYLE)
        signatories_heading = QLabel(self.tr("<b>Signatories</b>, in signing order"))
        parties_page = QWidget()
        parties_layout = QVBoxLayout(parties_page)
        parties_layout.setContentsMargins(12, 12, 12, 12)
        parties_layout.addWidget(parties_heading)
        parties_layout.addWidget(self.parties_hint)
        parties_layout.addLayout(self.parties_grid)
        parties_layout.addWidget(self._error_label("parties"))
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_party_button)
        buttons_row.addStretch(1)
        parties_layout.addLayout(buttons_row)
        parties_layout.addSpacing(10)
        parties_layout.addWidget(signatories_heading)
        parties_layout.addLayout(self.signatories_grid)
        parties_layout.addWidget(self._error_label("signatories"))
        signatory_buttons = QHBoxLayout()
        signatory_buttons.addWidget(self.add_signatory_button)
        signatory_buttons.addStretch(1)
        parties_layout.addLayout(signatory_buttons)
        parties_layout.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("agreementDialogTabs")
        self.tabs.addTab(general_page, self.tr("&Agreement"))
        self.tabs.addTab(parties_page, self.tr("&Parties and signatories"))
        self.general_error = QLabel()
        self.general_error.setObjectName("generalError")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(theme.error_style())
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    # --- rows -------------------------------------------------------------------------------

    def add_party(self, side: int, organisation_id: int | None = None) -> _PartyRow:
        row = _PartyRow(self, side, organisation_id)
        row.remove_button.clicked.connect(lambda: self.remove_party(row))
        self.party_rows.append(row)
        self._lay_out_parties()
        self.parties_changed()
        return row

    def remove_party(self, row: _PartyRow) -> None:
        number = self.party_rows.index(row)
        self.party_rows.remove(row)
        for widget in row.widgets:
            widget.hide()
            widget.deleteLater()
        # A signatory who signed for a later party keeps that party, one row up.
        for signatory in self.signatory_rows:
            party = signatory.party()
            signatory.fill_parties(
                None if party == number else (party - 1 if party and party > number else party)
            )
        self._lay_out_parties()
        self.parties_changed()

    def add_signatory(
        self, person_id: int | None = None, capacity: str = "", party: int | None = None
    ) -> _SignatoryRow:
        if party is None and self.party_rows:
            party = 0  # a new signatory signs for the first party until told otherwise
        row = _SignatoryRow(self, person_id, capacity, party)
        row.remove_button.clicked.connect(lambda: self.remove_signatory(row))
        self.signatory_rows.append(row)
        self._lay_out_signatories()
        self.changed()
        return row

    def remove_signatory(self, row: _SignatoryRow) -> None:
        self.signatory_rows.remove(row)
        for widget in row.widgets:
            widget.hide()
            widget.deleteLater()
        self._lay_out_signatories()
        self.changed()

    def _headings(self, texts: Sequence[str]) -> list[QLabel]:
        labels = []
        for text in texts:
            label = QLabel(text)
            label.setStyleSheet(HINT_STYLE)
            labels.append(label)
        return labels

    @staticmethod
    def _lay_out(
        grid: QGridLayout, headings: Sequence[QLabel], rows: Sequence[Sequence[QWidget]]
    ) -> None:
        """The headings, then each row's editors (the layout emptied first, widgets kept)."""
        while grid.count():
            grid.takeAt(0)
        for column, label in enumerate(headings):
            grid.addWidget(label, 0, column)
        for number, widgets in enumerate(rows, start=1):
            for column, widget in enumerate(widgets):
                grid.addWidget(widget, number, column)

    def _lay_out_parties(self) -> None:
        self._lay_out(self.parties_grid, self.party_headings, [r.widgets for r in self.party_rows])

    def _lay_out_signatories(self) -> None:
        self._lay_out(
            self.signatories_grid,
            self.signatory_headings,
            [r.widgets for r in self.signatory_rows],
        )

    def parties_changed(self) -> None:
        """The signatories' "signs for" follow the parties' names."""
        for signatory in self.signatory_rows:
            signatory.fill_parties(signatory.party())
        self.changed()

    # --- filling ----------------------------------------------------------------------------

    @staticmethod
    def _set_data(combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def _fill(self, mission_id: int | None) -> None:
        view, language = self.view, self.language
        if view is None:
            self.setWindowTitle(self.tr("New agreement"))
            self._set_data(self.mission_combo, mission_id)
            self._fill_signing_items(None)
            self.add_party(OUR_SIDE)
            self.add_party(PARTNER_SIDE)
            return
        self.setWindowTitle(arg(self.tr("Edit %1"), view.short))
        self.title_fr_edit.setText(view.title_fr)
        self.title_en_edit.setText(view.title_en if view.title_en != view.title_fr else "")
        self._set_data(self.kind_combo, view.kind.value)
        self._set_data(self.mission_combo, view.mission_id)
        self._fill_signing_items(view.signing_item_id)
        self.signing_date_edit.setText(date_text(view.signing_date, language))
        self.signing_place_edit.setText(view.signing_place or "")
        self.effective_date_edit.setText(date_text(view.effective_date, language))
        self.end_date_edit.setText(date_text(view.end_date, language))
        self.notice_spin.setValue(
            view.renewal_notice_days if view.renewal_notice_days is not None else -1
        )
        self.domains_edit.setText("; ".join(view.domains))
        self.notes_edit.setPlainText(view.notes or "")
        for party in view.parties:
            self.add_party(party.side, party.organisation_id)
        index = {party.organisation_id: n for n, party in enumerate(view.parties)}
        for signatory in view.signatories:
            self.add_signatory(
                signatory.person_id, signatory.capacity, index[signatory.organisation_id]
            )
        for edit in (self.title_fr_edit, self.title_en_edit):
            edit.setCursorPosition(0)

    def _fill_signing_items(self, chosen: int | None) -> None:
        mission_id = self.mission_combo.currentData()
        with QSignalBlocker(self.signing_item_combo):
            self.signing_item_combo.clear()
            self.signing_item_combo.addItem(self.tr("— none —"), None)
            for item in self.choices.signing_items_of(mission_id):
                when = format_date(item.start_local.date(), "medium", locale=self.language)
                self.signing_item_combo.addItem(
                    f"{item.title(self.language)} ({when}, {item.start_local:%H:%M})", item.id
                )
            self._set_data(self.signing_item_combo, chosen)
        self.signing_item_combo.setEnabled(self.signing_item_combo.count() > 1)

    @Slot()
    def _on_mission_changed(self) -> None:
        self._fill_signing_items(self.signing_item_combo.currentData())
        self.changed()

    @Slot()
    def changed(self) -> None:
        if not self._filling:
            self.validate()

    # --- reading ----------------------------------------------------------------------------

    def _date_value(self, key: str, edit: QLineEdit, errors: dict[str, str]) -> date | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except CellError:
            example = "06/11/2017" if self.language == "fr" else "2017-11-06"
            errors[key] = arg(self.tr("Not a date: write it as %1"), example)
            return None

    def status(self) -> AgreementStatus:
        if self.view is not None:
            return self.view.status
        return AgreementStatus(str(self.status_combo.currentData()))

    def _read(self) -> AgreementForm:
        """The form as the services take it; raises _FieldError with every field found wrong."""
        errors: dict[str, str] = {}
        title_fr = self.title_fr_edit.text()
        if not title_fr.strip():
            errors["title_fr"] = self.tr("Required: the title of the agreement")
        signing_date = self._date_value("signing_date", self.signing_date_edit, errors)
        effective = self._date_value("effective_date", self.effective_date_edit, errors)
        end = self._date_value("end_date", self.end_date_edit, errors)
        if effective is not None and end is not None and end <= effective:
            errors["end_date"] = self.tr("Must come after the date it comes into force")
        status = self.status()
        has_ceremony = self.signing_item_combo.currentData() is not None
        if status in SIGNED_STATUSES and signing_date is None and not has_ceremony:
            errors.setdefault(
                "signing_date",
                arg(
                    self.tr("Required for an agreement recorded as %1: the day it was signed"),
                    status_label(status, self.language).lower(),
                ),
            )
        domains = tuple(
            part.strip() for part in self.domains_edit.text().replace(",", ";").split(";")
        )
        parties: list[PartyEntry] = []
        for number, row in enumerate(self.party_rows, start=1):
            text = row.text()
            if not text:
                errors.setdefault(
                    "parties",
                    arg(self.tr("Party %1: choose an organisation or type its name"), number),
                )
                continue
            organisation_id = row.organisation_id()
            if organisation_id is not None:
                parties.append(PartyEntry(row.side(), organisation_id))
                continue
            try:
                country = row.country()
            except ValueError:
                errors.setdefault(
                    "parties",
                    arg(self.tr("Party %1: not a country, choose one from the list"), number),
                )
                continue
            parties.append(PartyEntry(row.side(), new=NewOrganisation(text, country=country)))
        sides = {row.side() for row in self.party_rows}
        if "parties" not in errors and sides != {OUR_SIDE, PARTNER_SIDE}:
            errors["parties"] = self.tr(
                "An agreement needs a party on our side and one on the partner's side"
            )
        names = [fold(row.text()) for row in self.party_rows if row.text()]
        if "parties" not in errors and len(set(names)) != len(names):
            errors["parties"] = self.tr("An organisation is listed twice")
        signatories: list[SignatoryEntry] = []
        for number, row in enumerate(self.signatory_rows, start=1):
            person_id = row.person_id()
            party = row.party()
            if person_id is None:
                errors.setdefault(
                    "signatories",
                    arg(
                        self.tr("Signatory %1: not a person on record, choose one from the list"),
                        number,
                    ),
                )
            elif not row.capacity_edit.text().strip():
                errors.setdefault(
                    "signatories",
                    arg(self.tr("Signatory %1: say in what capacity they sign"), number),
                )
            elif party is None:
                errors.setdefault(
                    "signatories", arg(self.tr("Signatory %1: say for whom they sign"), number)
                )
            else:
                signatories.append(SignatoryEntry(person_id, party, row.capacity_edit.text()))
        if status in SIGNED_STATUSES and not self.signatory_rows:
            errors.setdefault(
                "signatories",
                arg(
                    self.tr("An agreement recorded as %1 needs at least one signatory"),
                    status_label(status, self.language).lower(),
                ),
            )
        if errors:
            raise _FieldError(errors)
        notice = self.notice_spin.value()
        return AgreementForm(
            changes=AgreementChanges(
                title_fr=title_fr,
                title_en=self.title_en_edit.text().strip() or None,
                kind=AgreementKind(str(self.kind_combo.currentData())),
                mission_id=self.mission_combo.currentData(),
                signing_item_id=self.signing_item_combo.currentData(),
                signing_date=signing_date,
                signing_place=self.signing_place_edit.text().strip() or None,
                effective_date=effective,
                end_date=end,
                renewal_notice_days=notice if notice >= 0 else None,
                domains=tuple(d for d in domains if d),
                notes=self.notes_edit.toPlainText().strip() or None,
            ),
            parties=tuple(parties),
            signatories=tuple(signatories),
        )

    def short(self) -> str | None:
        if self.view is not None:
            return None
        return self.short_edit.text().strip() or None

    def _dry_run(self, form: AgreementForm) -> str:
        """Ask the services, in a transaction rolled back at once, whether they accept (new
        organisations included: made there too, and forgotten with the rest); the short name
        the agreement gets."""
        with self._db.reading() as session:
            if self.view is None:
                view = create_from_form(session, form, short=self.short(), status=self.status())
            else:
                view = edit_agreement(session, self.view.id, form)
        return view.short

    # --- validation -------------------------------------------------------------------------

    def validate(self) -> bool:
        """Check every field now; show each error under its field; OK only when all is well."""
        errors: dict[str, str] = {}
        general = ""
        form: AgreementForm | None = None
        self._short = None
        try:
            form = self._read()
            self._short = self._dry_run(form)
        except _FieldError as exc:
            errors.update(exc.errors)
            form = None
        except ValidationError as exc:
            key = FIELD_OF_ERROR.get(exc.field)
            if key is None and exc.field.startswith("signatory"):
                key = "signatories"
            if key in self.error_labels:
                errors[key] = core_sentence(exc.message)
            else:
                general = core_text(exc)
            form = None
        except DomainError as exc:
            general = core_text(exc)
            form = None
        except Exception as exc:  # the database refused: a sentence, never a crash
            general = safe_failure_text(exc)
            form = None
        self._errors = errors
        self._form = form
        for key, label in self.error_labels.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        self.general_error.setText(general)
        self.general_error.setVisible(bool(general))
        self._show_tabs()
        self._show_feedback()
        self.ok_button.setEnabled(form is not None)
        return form is not None

    def _show_tabs(self) -> None:
        wrong = {TAB_OF[key] for key in self._errors if key in TAB_OF}
        warning = warning_icon()
        for tab in range(self.tabs.count()):
            if tab in wrong:
                self.tabs.setTabIcon(tab, warning)
                self.tabs.setTabToolTip(tab, self.tr("A field of this tab needs correcting"))
            else:
                self.tabs.setTabIcon(tab, QIcon())
                self.tabs.setTabToolTip(tab, "")

    def _show_feedback(self) -> None:
        """What the typed dates were read as, and the short name a new agreement gets."""
        for key, edit, label in (
            ("signing_date", self.signing_date_edit, self.signing_date_feedback),
            ("effective_date", self.effective_date_edit, self.effective_date_feedback),
            ("end_date", self.end_date_edit, self.end_date_feedback),
        ):
            day = self._date_value(key, edit, {})
            label.setText(long_date(day, self.language) if day else "")
            label.setVisible(day is not None and key not in self._errors)
        text = ""
        if self.view is None and self._short is not None and not self.short_edit.text().strip():
            text = arg(self.tr("It will be named %1"), self._short)
        self.short_feedback.setText(text)
        self.short_feedback.setVisible(bool(text))

    @property
    def errors(self) -> dict[str, str]:
        return dict(self._errors)

    @property
    def form(self) -> AgreementForm:
        """The agreement as edited; valid once the dialog is accepted."""
        assert self._form is not None
        return self._form

    def accept(self) -> None:
        if self.validate():
            super().accept()


# --- a commitment ------------------------------------------------------------------------------


class CommitmentDialog(QDialog):
    """What a party committed to under an agreement: the description, the party, the owner
    who follows it up, the due date and the status; ``fields`` once accepted."""

    def __init__(
        self,
        db: Database,
        agreement: AgreementView,
        people: Sequence[PersonChoice],
        *,
        commitment: CommitmentView | None = None,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentDialog")
        self._db = db
        self.agreement = agreement
        self.commitment = commitment
        self.language = language
        self._people = tuple(people)
        self._fields: CommitmentFields | None = None
        self._errors: dict[str, str] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._filling = True

        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("commitmentDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(3 * self.fontMetrics().lineSpacing() + 14)
        self.description_edit.setPlaceholderText(
            self.tr("What the party committed to, e.g. host a return visit in 2018")
        )
        self.description_edit.textChanged.connect(self.changed)
        self.party_combo = QComboBox()
        self.party_combo.setObjectName("commitmentParty")
        self.party_combo.addItem(self.tr("— no party in particular —"), None)
        for party in agreement.parties:
            self.party_combo.addItem(party.organisation, party.organisation_id)
        self.party_combo.currentIndexChanged.connect(self.changed)
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("commitmentOwner")
        self.owner_combo.addItem("", None)
        for person in self._people:
            label = f"{person.name} — {person.organisation}" if person.organisation else person.name
            self.owner_combo.addItem(label, person.id)
        _searchable(self.owner_combo)
        self.owner_combo.editTextChanged.connect(self.changed)
        example = "30/06/2018" if language == "fr" else "2018-06-30"
        self.due_edit = QLineEdit()
        self.due_edit.setObjectName("commitmentDue")
        self.due_edit.setPlaceholderText(arg(self.tr("e.g. %1"), example))
        self.due_edit.setMaximumWidth(170)
        self.due_edit.textChanged.connect(self.changed)
        self.due_feedback = QLabel()
        self.due_feedback.setStyleSheet(HINT_STYLE)
        self.due_feedback.hide()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("commitmentStatus")
        for status in CommitmentStatus:
            self.status_combo.addItem(commitment_status_label(status, language), status.value)
        self.status_combo.currentIndexChanged.connect(self.changed)

        form = AgreementDialog._form_layout()
        for label, key, field, feedback, short in (
            (self.tr("&Commitment"), "description", self.description_edit, None, False),
            (self.tr("&Party"), "party", self.party_combo, None, False),
            (self.tr("&Owner"), "owner", self.owner_combo, None, False),
            (self.tr("&Due by"), "due_date", self.due_edit, self.due_feedback, True),
            (self.tr("&Status"), "status", self.status_combo, None, True),
        ):
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(2)
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(field, 0 if short else 1)
            if short:
                row.addStretch(1)
            layout.addLayout(row)
            if feedback is not None:
                layout.addWidget(feedback)
            error = QLabel()
            error.setObjectName(f"{key}Error")
            error.setWordWrap(True)
            error.setStyleSheet(theme.error_style())
            error.hide()
            self.error_labels[key] = error
            layout.addWidget(error)
            text = QLabel(label)
            text.setBuddy(field)
            form.addRow(text, box)
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(theme.error_style())
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        heading = QLabel(agreement.title(language))
        heading.setWordWrap(True)
        heading.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if commitment is None:
            self.setWindowTitle(self.tr("New commitment"))
            self.owner_combo.setEditText("")
        else:
            self.setWindowTitle(self.tr("Edit the commitment"))
            self.description_edit.setPlainText(commitment.description)
            AgreementDialog._set_data(self.party_combo, commitment.organisation_id)
            if commitment.owner_id is not None:
                AgreementDialog._set_data(self.owner_combo, commitment.owner_id)
            else:
                self.owner_combo.setEditText("")
            self.due_edit.setText(date_text(commitment.due_date, language))
            AgreementDialog._set_data(self.status_combo, commitment.status.value)
        line = self.owner_combo.lineEdit()
        if line is not None:
            line.setCursorPosition(0)
        self._filling = False
        self.validate()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    @Slot()
    def changed(self) -> None:
        if not self._filling:
            self.validate()

    def _owner(self) -> int | None:
        text = " ".join(self.owner_combo.currentText().split())
        if not text:
            return None
        index = self.owner_combo.currentIndex()
        if index > 0 and fold(self.owner_combo.itemText(index)) == fold(text):
            return int(self.owner_combo.itemData(index))
        index = self.owner_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return int(self.owner_combo.itemData(index))
        named = [p.id for p in self._people if fold(p.name) == fold(text)]
        if len(named) == 1:
            return named[0]
        raise ValueError(text)

    def _read(self) -> CommitmentFields:
        errors: dict[str, str] = {}
        description = self.description_edit.toPlainText().strip()
        if not description:
            errors["description"] = self.tr("Required: what the party committed to")
        owner: int | None = None
        try:
            owner = self._owner()
        except ValueError:
            errors["owner"] = self.tr("Not a person on record: choose one from the list")
        due: date | None = None
        text = self.due_edit.text().strip()
        if text:
            try:
                due = parse_date(text)
            except CellError:
                example = "30/06/2018" if self.language == "fr" else "2018-06-30"
                errors["due_date"] = arg(self.tr("Not a date: write it as %1"), example)
        if errors:
            raise _FieldError(errors)
        return CommitmentFields(
            description=description,
            organisation_id=self.party_combo.currentData(),
            owner_id=owner,
            due_date=due,
            status=CommitmentStatus(str(self.status_combo.currentData())),
        )

    def validate(self) -> bool:
        errors: dict[str, str] = {}
        general = ""
        fields: CommitmentFields | None = None
        try:
            fields = self._read()
            with self._db.reading() as session:  # what OK will do, rolled back at once
                if self.commitment is None:
                    create_commitment(
                        session,
                        self.agreement.id,
                        description=fields.description,
                        organisation_id=fields.organisation_id,
                        owner_id=fields.owner_id,
                        due_date=fields.due_date,
                        status=fields.status,
                    )
                else:
                    update_commitment(
                        session,
                        self.commitment.id,
                        description=fields.description,
                        organisation_id=fields.organisation_id,
                        owner_id=fields.owner_id,
                        due_date=fields.due_date,
                        status=fields.status,
                    )
        except _FieldError as exc:
            errors.update(exc.errors)
            fields = None
        except ValidationError as exc:
            key = {"description": "description", "party": "party"}.get(exc.field)
            if key is not None:
                errors[key] = core_sentence(exc.message)
            else:
                general = core_text(exc)
            fields = None
        except DomainError as exc:
            general = core_text(exc)
            fields = None
        except Exception as exc:  # the database refused: a sentence, never a crash
            general = safe_failure_text(exc)
            fields = None
        self._errors, self._fields = errors, fields
        for key, label in self.error_labels.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        self.general_error.setText(general)
        self.general_error.setVisible(bool(general))
        due = fields.due_date if fields is not None else None
        self.due_feedback.setText(long_date(due, self.language) if due else "")
        self.due_feedback.setVisible(due is not None)
        self.ok_button.setEnabled(fields is not None)
        return fields is not None

    @property
    def errors(self) -> dict[str, str]:
        return dict(self._errors)

    @property
    def fields(self) -> CommitmentFields:
        assert self._fields is not None
        return self._fields

    def accept(self) -> None:
        if self.validate():
            super().accept()
