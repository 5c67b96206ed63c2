"""A delegate's record: identity, role and groups on the mission, contact, travel documents,
needs and booklet language. Each field shows its own error, in the window's language, and OK
waits until the services would accept the changes (asked in a session rolled back at once).

Personal data stays out of sight until asked for: the passport and authorisation numbers are
masked until "Show", and the needs say where they will (not) be printed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date
from functools import cache
from pathlib import Path

from babel.dates import format_date, format_datetime
from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from delegation_app.errors import DomainError
from delegation_app.interchange.cell_values import CellError, parse_date
from delegation_app.services.hotels import ROOM_TYPES, HotelView, list_hotels
from delegation_app.services.languages import language_names
from delegation_app.services.missions import MissionView
from delegation_app.services.people import (
    InvalidField,
    OrganisationView,
    list_organisations,
    normalise_phone,
)
from delegation_app.services.photos import PhotoFile, photo_file
from delegation_app.services.roster import (
    AuthorisationInput,
    DelegateAuthorisation,
    DelegateDetail,
    GroupView,
    RoomChoice,
    current_room,
    delegate_detail,
    delegate_problems,
    list_groups,
    list_roster,
    status_history,
    stays_of,
    update_delegate,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    AuthorisationKind,
    AuthorisationState,
    ParticipantRole,
    ParticipantStatus,
)
from ui import accessible, theme
from ui.formatting import country_name, language_name
from ui.i18n import core_text
from ui.icons import warning_icon
from ui.labels import arg, role_label, status_label
from ui.roster_commands import safe_failure_text
from ui.search import fold

NONE_CHOSEN = "—"
#: Qt's "no maximum" for a widget's size.
QWIDGETSIZE_MAX = (1 << 24) - 1
NOTE_STYLE = (
    "background: palette(alternate-base); border: 1px solid palette(mid); "
    "border-radius: 4px; padding: 6px;"
)
HINT_STYLE = "color: palette(placeholder-text);"
#: The tabs, in order.
IDENTITY_TAB, MISSION_TAB, CONTACT_TAB, TRAVEL_TAB, NEEDS_TAB = range(5)
#: Which tab holds each field (its errors mark the tab).
TAB_OF = {
    "honorific": IDENTITY_TAB,
    "given_name": IDENTITY_TAB,
    "family_name": IDENTITY_TAB,
    "organisation_id": IDENTITY_TAB,
    "job_title": IDENTITY_TAB,
    "nationality": IDENTITY_TAB,
    "birth_date": IDENTITY_TAB,
    "notes": IDENTITY_TAB,
    "role": MISSION_TAB,
    "status": MISSION_TAB,
    "status_changed_on": MISSION_TAB,
    "capacity": MISSION_TAB,
    "contact_role": MISSION_TAB,
    "group_ids": MISSION_TAB,
    "booklet_language": MISSION_TAB,
    "arrival_notes": MISSION_TAB,
    "email": CONTACT_TAB,
    "phone": CONTACT_TAB,
    "language": CONTACT_TAB,
    "emergency_contact": CONTACT_TAB,
    "languages": CONTACT_TAB,
    "room": MISSION_TAB,
    "passport_number": TRAVEL_TAB,
    "passport_country": TRAVEL_TAB,
    "passport_expiry": TRAVEL_TAB,
    "entry_authorisations": TRAVEL_TAB,
    "dietary_needs": NEEDS_TAB,
    "mobility_needs": NEEDS_TAB,
}


@dataclass(frozen=True)
class DelegateChoices:
    """What the form offers: the mission (its countries, home country), groups, employers."""

    mission: MissionView
    groups: tuple[GroupView, ...]
    organisations: tuple[OrganisationView, ...]
    hotels: tuple[HotelView, ...] = ()
    delegates: tuple[tuple[int, str], ...] = ()  # participant id, name: the possible room-mates

    @property
    def destinations(self) -> tuple[str, ...]:
        """The countries of the mission's stops, in order, each once."""
        return tuple(dict.fromkeys(stop.country for stop in self.mission.stops))


def load_delegate_choices(session: Session, mission: MissionView) -> DelegateChoices:
    return DelegateChoices(
        mission=mission,
        groups=tuple(list_groups(session, mission.id)),
        organisations=tuple(list_organisations(session)),
        hotels=tuple(list_hotels(session, mission.id)),
        delegates=tuple(
            (e.participant_id, f"{e.given_name} {e.family_name}")
            for e in list_roster(session, mission.id)
        ),
    )


_COUNTRY_MODELS: dict[str, QStandardItemModel] = {}


def country_model(language: str) -> QStandardItemModel:
    """ "—" then every country by name, with its code as data: one model per language, shared
    by every country box (250 items are not rebuilt for each form)."""
    model = _COUNTRY_MODELS.get(language)
    if model is None:
        model = QStandardItemModel()
        none = QStandardItem(NONE_CHOSEN)
        none.setData(None, Qt.ItemDataRole.UserRole)
        model.appendRow(none)
        for code, name in countries(language):
            item = QStandardItem(name)
            item.setData(code, Qt.ItemDataRole.UserRole)
            item.setToolTip(code)
            model.appendRow(item)
        _COUNTRY_MODELS[language] = model
    return model


@cache
def countries(language: str) -> tuple[tuple[str, str], ...]:
    """Every ISO country as (code, name in ``language``), by name as a reader looks it up."""
    import pycountry  # here, not at the top: the window need not load it to start

    named = [(c.alpha_2, country_name(c.alpha_2, language)) for c in pycountry.countries]
    return tuple(sorted(named, key=lambda pair: fold(pair[1])))


def date_text(day: date | None, language: str) -> str:
    """How a date is written back in its field: a form the date reader reads the same way."""
    if day is None:
        return ""
    return f"{day:%d/%m/%Y}" if language == "fr" else day.isoformat()


def long_date(day: date, language: str) -> str:
    """``12 avril 1971``, ``April 12, 1971``."""
    return str(format_date(day, "long", locale=language))


def kind_label(kind: AuthorisationKind) -> str:
    return {
        AuthorisationKind.VISA: QCoreApplication.translate("DelegateDialog", "Visa"),
        AuthorisationKind.ESTA: QCoreApplication.translate("DelegateDialog", "ESTA"),
        AuthorisationKind.ETA: QCoreApplication.translate("DelegateDialog", "eTA"),
        AuthorisationKind.OTHER: QCoreApplication.translate(
            "DelegateDialog", "Other authorisation"
        ),
    }[kind]


def state_label(state: AuthorisationState) -> str:
    return {
        AuthorisationState.NEEDED: QCoreApplication.translate("DelegateDialog", "Needed"),
        AuthorisationState.APPLIED: QCoreApplication.translate("DelegateDialog", "Applied for"),
        AuthorisationState.GRANTED: QCoreApplication.translate("DelegateDialog", "Granted"),
        AuthorisationState.REFUSED: QCoreApplication.translate("DelegateDialog", "Refused"),
    }[state]


def room_type_name(kind: str) -> str:
    """A room type of ROOM_TYPES in the window's language."""
    names = {
        "Single": QCoreApplication.translate("DelegateDialog", "Single"),
        "Double": QCoreApplication.translate("DelegateDialog", "Double"),
        "Twin": QCoreApplication.translate("DelegateDialog", "Twin"),
        "Suite": QCoreApplication.translate("DelegateDialog", "Suite"),
    }
    return names.get(kind, kind)


def problem_text(problem: InvalidField, language: str) -> str:
    """The core's problem with a field, said in the window's language."""
    reason, params = problem.reason, problem.params
    if reason == "required":
        return QCoreApplication.translate("DelegateDialog", "Required")
    if reason == "too_long":
        return arg(
            QCoreApplication.translate("DelegateDialog", "Too long: %1 characters at most"),
            params.get("limit", ""),
        )
    if reason == "email":
        return QCoreApplication.translate(
            "DelegateDialog", "Not an e-mail address: write it as name@example.org"
        )
    if reason == "phone":
        return QCoreApplication.translate("DelegateDialog", "Not a phone number")
    if reason == "phone_region":
        region = str(params.get("region", ""))
        return arg(
            QCoreApplication.translate(
                "DelegateDialog",
                "Not a valid number in %1: add the country code (+1…) for a number abroad",
            ),
            country_name(region, language),
        )
    if reason == "country":
        return QCoreApplication.translate(
            "DelegateDialog", "Not a country: choose one from the list or type its two-letter code"
        )
    if reason == "date":
        return QCoreApplication.translate("DelegateDialog", "Not a date")
    if reason == "date_not_past":
        return QCoreApplication.translate("DelegateDialog", "A date of birth must be in the past")
    if reason == "date_too_old":
        return QCoreApplication.translate("DelegateDialog", "Before 1900: check the year")
    if reason == "expiry_without_passport":
        return QCoreApplication.translate(
            "DelegateDialog", "An expiry date needs a passport number"
        )
    if reason == "expiry_before_birth":
        return QCoreApplication.translate(
            "DelegateDialog", "Expires before the date of birth: check both dates"
        )
    if reason == "passport":
        return QCoreApplication.translate(
            "DelegateDialog", "5 to 20 letters and digits, without other signs"
        )
    if reason == "language":
        return QCoreApplication.translate(
            "DelegateDialog", "Not a language of the booklets (French or English)"
        )
    if reason == "languages":
        return arg(
            QCoreApplication.translate(
                "DelegateDialog",
                "“%1” is not a language: write names such as français, English, español",
            ),
            params.get("word", ""),
        )
    if reason == "room":
        return QCoreApplication.translate(
            "DelegateDialog", "Not a hotel of this mission, or a room number too long"
        )
    if reason == "room_mate":
        return QCoreApplication.translate(
            "DelegateDialog", "The room-mate must be another delegate of this mission"
        )
    if reason == "groups":
        return QCoreApplication.translate(
            "DelegateDialog", "A group does not belong to this mission"
        )
    if reason == "organisation":
        return QCoreApplication.translate(
            "DelegateDialog", "Not a known organisation: choose one from the list"
        )
    if reason == "duplicate":
        return QCoreApplication.translate(
            "DelegateDialog", "The same authorisation for the same country is given twice"
        )
    if reason == "choice":
        return QCoreApplication.translate("DelegateDialog", "Not one of the choices offered")
    if reason == "photo":
        texts = {
            "empty": QCoreApplication.translate("DelegateDialog", "%1 is empty"),
            "too_large": QCoreApplication.translate(
                "DelegateDialog", "%1 is larger than 5 MB: save it at a lower resolution"
            ),
            "not_image": QCoreApplication.translate(
                "DelegateDialog", "%1 is not a PNG or JPEG image"
            ),
        }
        kind = str(params.get("problem", ""))
        if kind in texts:
            return arg(texts[kind], params.get("name", ""))
    return str(problem)


class _LocalError(Exception):
    """A field the form itself cannot read (a date, a name not in a list)."""

    def __init__(self, key: str, text: str, row: int | None = None) -> None:
        super().__init__(text)
        self.key = key
        self.text = text
        self.row = row


class _AuthorisationRow:
    """The editors of one entry authorisation: a stored one, or a destination without any."""

    def __init__(self, country: str, stored: DelegateAuthorisation | None, language: str) -> None:
        self.country = country
        self.stored = stored
        self.country_label = QLabel(country_name(country, language))
        self.country_label.setToolTip(country)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(QCoreApplication.translate("DelegateDialog", "— none —"), None)
        for kind in AuthorisationKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.state_combo = QComboBox()
        for state in AuthorisationState:
            self.state_combo.addItem(state_label(state), state.value)
        self.number_edit = QLineEdit()
        self.number_edit.setMaxLength(40)
        self.number_edit.setMinimumWidth(120)
        self.expiry_edit = QLineEdit()
        self.expiry_edit.setMinimumWidth(96)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(theme.error_style())
        self.error_label.hide()
        self.masked = stored is not None and stored.masked_number is not None
        # The column headings name these fields on screen; a screen reader needs the country too.
        where = country_name(country, language)
        for widget, text in (
            (self.kind_combo, QCoreApplication.translate("DelegateDialog", "%1: kind")),
            (self.state_combo, QCoreApplication.translate("DelegateDialog", "%1: state")),
            (self.number_edit, QCoreApplication.translate("DelegateDialog", "%1: number")),
            (self.expiry_edit, QCoreApplication.translate("DelegateDialog", "%1: expires on")),
        ):
            accessible.name(widget, arg(text, where))
        if stored is not None:
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(stored.kind.value), 0))
            self.state_combo.setCurrentIndex(max(self.state_combo.findData(stored.state.value), 0))
            self.expiry_edit.setText(date_text(stored.expiry, language))
            if self.masked:
                self.number_edit.setText(stored.masked_number or "")
                self.number_edit.setReadOnly(True)
        self.kind_changed()

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        return (
            self.country_label,
            self.kind_combo,
            self.state_combo,
            self.number_edit,
            self.expiry_edit,
        )

    def kind(self) -> AuthorisationKind | None:
        data = self.kind_combo.currentData()
        return AuthorisationKind(str(data)) if data else None

    def kind_changed(self) -> None:
        has_kind = self.kind() is not None
        for widget in (self.state_combo, self.number_edit, self.expiry_edit):
            widget.setEnabled(has_kind)

    def raw(self) -> tuple[object, ...]:
        return (
            self.kind_combo.currentData(),
            self.state_combo.currentData(),
            self.number_edit.text(),
            self.expiry_edit.text(),
        )

    def reveal(self, number: str | None) -> None:
        if self.masked:
            self.number_edit.setText(number or "")
            self.number_edit.setReadOnly(False)
            self.masked = False


class DelegateDialog(QDialog):
    """The record of one delegate; ``changes`` holds the fields changed once accepted."""

    def __init__(
        self,
        db: Database,
        detail: DelegateDetail,
        choices: DelegateChoices,
        *,
        language: str = "en",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("delegateDialog")
        self._db = db
        self._detail = detail
        self._choices = choices
        self._language = language
        self._today = today
        self._revealed = False
        self._hidden_again = False
        self._passport_original: str | None = None
        self._errors: dict[str, str] = {}
        self._row_errors: dict[int, str] = {}
        self._changes: dict[str, object] | None = {}
        self._filling = True
        self.error_labels: dict[str, QLabel] = {}
        self._raw: dict[str, Callable[[], object]] = {}
        self._filled: dict[str, object] = {}
        self._build()
        self._fill()
        self._filling = False
        self.validate()
        hint = self.sizeHint()
        self.resize(max(hint.width() + 40, 700), hint.height())

    # --- construction -----------------------------------------------------------------------

    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{key}Error")
        label.setWordWrap(True)
        label.setStyleSheet(theme.error_style())
        label.hide()
        self.error_labels[key] = label
        return label

    def _with_error(self, key: str, *widgets: QWidget, feedback: QLabel | None = None) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        capped = widgets[0].maximumWidth() < QWIDGETSIZE_MAX
        for number, widget in enumerate(widgets):
            row.addWidget(widget, 1 if number == 0 and not capped else 0)
        if capped:
            row.addStretch(1)  # a short field (a date, a number) stays at the left
        layout.addLayout(row)
        if feedback is not None:
            layout.addWidget(feedback)
        layout.addWidget(self._error_label(key))
        return box

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return form

    def _add(
        self,
        form: QFormLayout,
        label: str,
        key: str,
        field: QWidget,
        *extra: QWidget,
        feedback: QLabel | None = None,
    ) -> None:
        text = QLabel(label)
        text.setBuddy(field)
        # The field sits in a box with its error line, not beside its label: Qt would not find
        # the label's text for a screen reader, so the field is named after it.
        accessible.name(field, label)
        form.addRow(text, self._with_error(key, field, *extra, feedback=feedback))

    def _line(self, name: str, max_length: int, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(max_length + 20)  # a little over: the error names the limit
        if placeholder:
            edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._changed)
        return edit

    def _notes(self, name: str, lines: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(lines * self.fontMetrics().lineSpacing() + 14)
        edit.textChanged.connect(self._changed)
        return edit

    def _feedback(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setStyleSheet(HINT_STYLE)
        label.hide()
        return label

    def _country_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setModel(country_model(self._language))
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setCompleter(completer)
        combo.setMinimumContentsLength(22)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentTextChanged.connect(self._changed)
        return combo

    def _combo(self, name: str, items: Sequence[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _date(self, name: str) -> tuple[QLineEdit, QLabel]:
        edit = self._line(name, 40, self.tr("e.g. 12/04/1971"))
        edit.setMaximumWidth(160)
        return edit, self._feedback(f"{name}Feedback")

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(HINT_STYLE)
        return label

    def _build(self) -> None:
        detail = self._detail
        self.name_label = QLabel()
        self.name_label.setObjectName("delegateName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("delegateSummary")
        self.summary_label.setStyleSheet(HINT_STYLE)

        # Identity.
        self.honorific_edit = self._line("honorificEdit", 40, self.tr("e.g. Mme, M., Dr"))
        self.honorific_edit.setMaximumWidth(160)
        self.given_name_edit = self._line("givenNameEdit", 120)
        self.family_name_edit = self._line("familyNameEdit", 120)
        self.organisation_combo = QComboBox()
        self.organisation_combo.setObjectName("organisationCombo")
        self.organisation_combo.setEditable(True)
        self.organisation_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation_combo.addItem(NONE_CHOSEN, None)
        for organisation in self._choices.organisations:
            self.organisation_combo.addItem(organisation.name, organisation.id)
        completer = QCompleter(self.organisation_combo.model(), self.organisation_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation_combo.setCompleter(completer)
        self.organisation_combo.setMinimumContentsLength(30)
        self.organisation_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.organisation_combo.currentTextChanged.connect(self._changed)
        self.job_title_edit = self._line("jobTitleEdit", 200)
        self.nationality_combo = self._country_combo("nationalityCombo")
        self.birth_date_edit, self.birth_date_feedback = self._date("birthDateEdit")
        self.notes_edit = self._notes("notesEdit")
        self.notes_edit.setPlaceholderText(self.tr("For the organisers only: never printed"))
        # The photo of the face book: held here until OK, saved with the rest (and undone so).
        with self._db.reading() as session:
            self._photo: PhotoFile | None = photo_file(session, self._detail.person_id)
        self._photo_error = ""
        self.photo_preview = QLabel()
        self.photo_preview.setObjectName("photoPreview")
        self.photo_preview.setFixedSize(72, 90)
        self.photo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_preview.setStyleSheet("border: 1px solid palette(mid);")
        self.photo_choose_button = QPushButton(self.tr("C&hoose…"))
        self.photo_choose_button.setObjectName("photoChooseButton")
        self.photo_choose_button.clicked.connect(self._choose_photo)
        self.photo_remove_button = QPushButton(self.tr("Remove"))
        self.photo_remove_button.setObjectName("photoRemoveButton")
        self.photo_remove_button.clicked.connect(lambda: self.set_photo(None))
        self._show_photo()
        identity = self._form()
        self._add(identity, self.tr("&Honorific"), "honorific", self.honorific_edit)
        self._add(identity, self.tr("&Given name"), "given_name", self.given_name_edit)
        self._add(identity, self.tr("&Family name"), "family_name", self.family_name_edit)
        self._add(identity, self.tr("&Organisation"), "organisation_id", self.organisation_combo)
        self._add(identity, self.tr("&Job title"), "job_title", self.job_title_edit)
        self._add(identity, self.tr("&Nationality"), "nationality", self.nationality_combo)
        self._add(
            identity,
            self.tr("Date of &birth"),
            "birth_date",
            self.birth_date_edit,
            feedback=self.birth_date_feedback,
        )
        self._add(identity, self.tr("Internal no&tes"), "notes", self.notes_edit)
        self._add(
            identity,
            self.tr("Photo"),
            "photo",
            self.photo_preview,
            self.photo_choose_button,
            self.photo_remove_button,
        )

        # The mission: role, status, groups, booklet.
        self.role_combo = self._combo(
            "roleCombo", [(role_label(r), r.value) for r in ParticipantRole]
        )
        self.status_combo = self._combo(
            "statusCombo", [(status_label(s), s.value) for s in ParticipantStatus]
        )
        self.status_since = QLabel()
        self.status_since.setObjectName("statusSince")
        self.status_since.setStyleSheet(HINT_STYLE)
        self.capacity_edit = self._line(
            "capacityEdit", 200, self.tr("e.g. First Vice-President, for this mission")
        )
        self.contact_role_edit = self._line(
            "contactRoleEdit", 120, self.tr("Listed as a key contact in the booklets, e.g. Press")
        )
        self.groups_model = QStandardItemModel(self)
        for group in self._choices.groups:
            item = QStandardItem(group.name)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(group.id, Qt.ItemDataRole.UserRole)
            self.groups_model.appendRow(item)
        self.groups_model.itemChanged.connect(self._changed)
        self.groups_view = QListView()
        self.groups_view.setObjectName("groupsView")
        self.groups_view.setModel(self.groups_model)
        self.groups_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = max(min(len(self._choices.groups), 6), 2)
        self.groups_view.setFixedHeight(rows * (self.fontMetrics().height() + 6) + 6)
        self.booklet_language_combo = self._combo("bookletLanguageCombo", [("", None)])
        for code in ("fr", "en"):
            self.booklet_language_combo.addItem(language_name(code, self._language), code)
        self.arrival_notes_edit = self._notes("arrivalNotesEdit", 2)
        self.history_label = QLabel()
        self.history_label.setObjectName("statusHistory")
        self.history_label.setStyleSheet(HINT_STYLE)
        self.history_label.setWordWrap(True)
        self.stays_label = QLabel()
        self.stays_label.setObjectName("staysLabel")
        self.stays_label.setWordWrap(True)
        self.stays_label.setStyleSheet(HINT_STYLE)
        self.hotel_combo = self._combo("hotelCombo", [(self.tr("No room"), None)])
        for hotel in self._choices.hotels:
            where = f" ({hotel.stop_city})" if hotel.stop_city else ""
            self.hotel_combo.addItem(f"{hotel.hotel}{where}", hotel.id)
        self.room_edit = self._line("roomEdit", 12, self.tr("number, once the hotel gives it"))
        self.room_edit.setMaximumWidth(200)
        self.room_type_combo = self._combo("roomTypeCombo", [("", None)])
        for kind in ROOM_TYPES.values():
            self.room_type_combo.addItem(room_type_name(kind), kind)
        self.room_mate_combo = self._combo("roomMateCombo", [(self.tr("nobody"), None)])
        for participant_id, name in self._choices.delegates:
            if participant_id != self._detail.participant_id:
                self.room_mate_combo.addItem(name, participant_id)
        self.hotel_combo.currentIndexChanged.connect(self._on_hotel_changed)
        room_row = QWidget()
        room_layout = QHBoxLayout(room_row)
        room_layout.setContentsMargins(0, 0, 0, 0)
        room_layout.addWidget(self.room_edit)
        room_layout.addWidget(self.room_type_combo)
        room_layout.addWidget(QLabel(self.tr("shared with")))
        room_layout.addWidget(self.room_mate_combo, 1)
        mission = self._form()
        self._add(mission, self.tr("&Role"), "role", self.role_combo)
        self._add(mission, self.tr("&Status"), "status", self.status_combo, self.status_since)
        mission.addRow(self.tr("History"), self.history_label)
        self._add(mission, self.tr("&Capacity"), "capacity", self.capacity_edit)
        self._add(mission, self.tr("&Key contact as"), "contact_role", self.contact_role_edit)
        self._add(mission, self.tr("&Groups"), "group_ids", self.groups_view)
        self._add(
            mission, self.tr("&Booklet language"), "booklet_language", self.booklet_language_combo
        )
        self._add(mission, self.tr("&Arrival notes"), "arrival_notes", self.arrival_notes_edit)
        self._add(mission, self.tr("&Hotel"), "room", self.hotel_combo)
        mission.addRow(self.tr("Room"), room_row)
        # Three fields on one row behind one label: each is named for a screen reader.
        accessible.name(self.room_edit, self.tr("Room number"))
        accessible.name(self.room_type_combo, self.tr("Room type"))
        accessible.name(self.room_mate_combo, self.tr("Room shared with"))
        mission.addRow("", self.stays_label)

        # Contact and emergency.
        self.email_edit = self._line("emailEdit", 200, self.tr("name@example.org"))
        self.phone_edit = self._line("phoneEdit", 40)
        self.phone_edit.setPlaceholderText(
            arg(
                self.tr("e.g. 06 12 34 56 78 (in %1) or +1 305 555 0100"),
                country_name(detail.home_country, self._language),
            )
        )
        self.phone_feedback = self._feedback("phoneFeedback")
        self.language_combo = self._combo(
            "languageCombo", [(language_name(c, self._language), c) for c in ("fr", "en")]
        )
        self.language_combo.currentIndexChanged.connect(self._show_booklet_default)
        self.emergency_edit = self._line(
            "emergencyEdit", 200, self.tr("Name and phone of whom to call")
        )
        self.languages_edit = self._line(
            "languagesEdit", 80, self.tr("e.g. français, English, español")
        )
        contact = self._form()
        self._add(contact, self.tr("&E-mail"), "email", self.email_edit)
        self._add(
            contact, self.tr("&Phone"), "phone", self.phone_edit, feedback=self.phone_feedback
        )
        self._add(contact, self.tr("&Language"), "language", self.language_combo)
        self._add(contact, self.tr("Languages &spoken"), "languages", self.languages_edit)
        self._add(contact, self.tr("E&mergency contact"), "emergency_contact", self.emergency_edit)

        # Travel documents.
        self.passport_edit = self._line("passportEdit", 20)
        self.passport_edit.setMaximumWidth(220)
        self.show_button = QPushButton()
        self.show_button.setObjectName("showButton")
        self.show_button.setAutoDefault(False)
        self.show_button.clicked.connect(self.toggle_numbers)
        self.passport_country_combo = self._country_combo("passportCountryCombo")
        self.passport_expiry_edit, self.passport_expiry_feedback = self._date("passportExpiryEdit")
        travel = self._form()
        self._add(
            travel, self.tr("Passport &number"), "passport_number", self.passport_edit,
            self.show_button,
        )  # fmt: skip
        self._add(
            travel, self.tr("Issuing &country"), "passport_country", self.passport_country_combo
        )
        self._add(
            travel,
            self.tr("&Expires on"),
            "passport_expiry",
            self.passport_expiry_edit,
            feedback=self.passport_expiry_feedback,
        )
        self.authorisation_rows = self._authorisation_rows()
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        headings = (
            self.tr("Country"),
            self.tr("Kind"),
            self.tr("State"),
            self.tr("Number"),
            self.tr("Expires on"),
        )
        for column, heading in enumerate(headings):
            label = QLabel(heading)
            label.setStyleSheet(HINT_STYLE)
            grid.addWidget(label, 0, column)
        for number, row in enumerate(self.authorisation_rows):
            for column, widget in enumerate(row.widgets):
                grid.addWidget(widget, 1 + 2 * number, column)
            grid.addWidget(row.error_label, 2 + 2 * number, 1, 1, 4)
            row.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
            row.state_combo.currentIndexChanged.connect(self._changed)
            row.number_edit.textChanged.connect(self._changed)
            row.expiry_edit.textChanged.connect(self._changed)
        grid.setColumnStretch(3, 1)
        self.authorisations_box = QGroupBox(self.tr("Entry authorisations"))
        self.authorisations_box.setObjectName("authorisationsBox")
        box_layout = QVBoxLayout(self.authorisations_box)
        box_layout.addLayout(grid)
        self.no_authorisation_label = self._note(
            self.tr("No destination abroad: no visa, ESTA or eTA to follow.")
        )
        self.no_authorisation_label.setVisible(not self.authorisation_rows)
        box_layout.addWidget(self.no_authorisation_label)
        box_layout.addWidget(self._error_label("entry_authorisations"))
        self.travel_note = self._note(
            self.tr(
                "Passport and authorisation numbers stay hidden until you click Show; they "
                "are never written to the program's logs."
            )
        )

        # Needs.
        self.dietary_edit = self._line("dietaryEdit", 200, self.tr("e.g. vegetarian, no nuts"))
        self.mobility_edit = self._line("mobilityEdit", 200, self.tr("e.g. wheelchair, no stairs"))
        needs = self._form()
        self._add(needs, self.tr("&Dietary needs"), "dietary_needs", self.dietary_edit)
        self._add(needs, self.tr("&Mobility needs"), "mobility_needs", self.mobility_edit)
        self.needs_note = self._note(
            self.tr(
                "These needs are sensitive personal data. They are shown here, and printed on "
                "no document except those where you choose to include them (a rooming list "
                "for the hotel, for example): never in the booklets."
            )
        )
        self.needs_note.setObjectName("needsNote")
        self.needs_note.setStyleSheet(NOTE_STYLE)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("delegateTabs")
        self.tabs.addTab(self._page(identity), self.tr("Identity"))
        self.tabs.addTab(self._page(mission), self.tr("Mission"))
        self.tabs.addTab(self._page(contact), self.tr("Contact"))
        self.tabs.addTab(
            self._page(travel, self.authorisations_box, self.travel_note),
            self.tr("Travel documents"),
        )
        self.tabs.addTab(self._page(needs, self.needs_note), self.tr("Needs"))

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
        layout.addWidget(self.name_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self._raw = {
            "honorific": self.honorific_edit.text,
            "given_name": self.given_name_edit.text,
            "family_name": self.family_name_edit.text,
            "organisation_id": self.organisation_combo.currentText,
            "job_title": self.job_title_edit.text,
            "nationality": self.nationality_combo.currentText,
            "birth_date": self.birth_date_edit.text,
            "notes": self.notes_edit.toPlainText,
            "role": self.role_combo.currentData,
            "status": self.status_combo.currentData,
            "capacity": self.capacity_edit.text,
            "contact_role": self.contact_role_edit.text,
            "group_ids": self.checked_groups,
            "booklet_language": self.booklet_language_combo.currentData,
            "arrival_notes": self.arrival_notes_edit.toPlainText,
            "email": self.email_edit.text,
            "phone": self.phone_edit.text,
            "language": self.language_combo.currentData,
            "emergency_contact": self.emergency_edit.text,
            "languages": self.languages_edit.text,
            "room": self.room_choice,
            "passport_number": self.passport_edit.text,
            "passport_country": self.passport_country_combo.currentText,
            "passport_expiry": self.passport_expiry_edit.text,
            "entry_authorisations": lambda: tuple(r.raw() for r in self.authorisation_rows),
            "dietary_needs": self.dietary_edit.text,
            "mobility_needs": self.mobility_edit.text,
            "photo": lambda: self._photo,
        }

    def _page(self, form: QFormLayout, *below: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(form)
        for widget in below:
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _authorisation_rows(self) -> list[_AuthorisationRow]:
        """The stored authorisations, then a row for each destination without any."""
        stored = self._detail.entry_authorisations
        rows = [_AuthorisationRow(a.country, a, self._language) for a in stored]
        covered = {a.country for a in stored}
        home = self._detail.home_country
        for country in self._choices.destinations:
            if country not in covered and country != home:
                rows.append(_AuthorisationRow(country, None, self._language))
        return rows

    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    # --- filling ----------------------------------------------------------------------------

    def _fill(self) -> None:
        detail, language = self._detail, self._language
        self.setWindowTitle(arg(self.tr("Delegate — %1"), detail.full_name))
        self.name_label.setText(
            " ".join(part for part in (detail.honorific, detail.full_name) if part)
        )
        summary = [detail.organisation, detail.job_title, role_label(detail.role)]
        self.summary_label.setText(" · ".join(part for part in summary if part))
        self.honorific_edit.setText(detail.honorific or "")
        self.given_name_edit.setText(detail.given_name)
        self.family_name_edit.setText(detail.family_name)
        self._set_data(self.organisation_combo, detail.organisation_id)
        self.job_title_edit.setText(detail.job_title or "")
        self._set_data(self.nationality_combo, detail.nationality)
        self.birth_date_edit.setText(date_text(detail.birth_date, language))
        self.notes_edit.setPlainText(detail.notes or "")
        self._set_data(self.role_combo, detail.role.value)
        self._set_data(self.status_combo, detail.status.value)
        if detail.status_changed_on is not None:
            self.status_since.setText(
                arg(self.tr("since %1"), long_date(detail.status_changed_on, language))
            )
        self.capacity_edit.setText(detail.capacity or "")
        self.contact_role_edit.setText(detail.contact_role or "")
        for row in range(self.groups_model.rowCount()):
            item = self.groups_model.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in detail.group_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._set_data(self.language_combo, detail.language)
        self._set_data(self.booklet_language_combo, detail.booklet_language)
        self.arrival_notes_edit.setPlainText(detail.arrival_notes or "")
        self.email_edit.setText(detail.email or "")
        self.phone_edit.setText(self._phone_shown(detail.phone))
        self.emergency_edit.setText(detail.emergency_contact or "")
        self.languages_edit.setText(language_names(detail.languages, language))
        self._fill_history_and_stays()
        if detail.has_passport:
            self.passport_edit.setText(detail.passport_masked or "")
            self.passport_edit.setReadOnly(True)
            self.passport_edit.setToolTip(self.tr("Click Show to see or change the number"))
        self._set_data(self.passport_country_combo, detail.passport_country)
        self.passport_expiry_edit.setText(date_text(detail.passport_expiry, language))
        self.dietary_edit.setText(detail.dietary_needs or "")
        self.mobility_edit.setText(detail.mobility_needs or "")
        has_secret = detail.has_passport or any(
            a.masked_number for a in detail.entry_authorisations
        )
        self.show_button.setEnabled(has_secret)
        self.show_button.setText(self.tr("&Show"))
        self._show_booklet_default()
        for edit in (self.given_name_edit, self.family_name_edit, self.job_title_edit):
            edit.setCursorPosition(0)
        self._filled = {key: raw() for key, raw in self._raw.items()}

    #: How many status changes the form lists (the newest).
    HISTORY_SHOWN = 5

    def _fill_history_and_stays(self) -> None:
        """The delegate's status history and hotel stays, read now (two short queries)."""
        language = self._language
        with self._db.reading() as session:
            history = status_history(session, self._detail.participant_id)
            stays = stays_of(session, self._detail.participant_id)
            room = current_room(session, self._detail.participant_id)
        self._set_data(self.hotel_combo, room.accommodation_id)
        self.room_edit.setText(room.room_number or "")
        self._set_data(self.room_type_combo, room.room_type)
        if room.room_type and self.room_type_combo.findData(room.room_type) < 0:
            self.room_type_combo.addItem(room.room_type, room.room_type)  # the hotel's word
            self._set_data(self.room_type_combo, room.room_type)
        self._set_data(self.room_mate_combo, room.room_mate_id)
        self._on_hotel_changed()
        lines = []
        for change in reversed(history[-self.HISTORY_SHOWN :]):
            local = change.changed_at.replace(tzinfo=UTC).astimezone()
            when = format_datetime(local, "short", locale=language)
            if change.from_status is None:
                step = arg(self.tr("added as %1"), status_label(change.to_status))
            else:
                step = arg(
                    self.tr("%1 → %2"),
                    status_label(change.from_status),
                    status_label(change.to_status),
                )
            by = arg(self.tr(" (%1)"), change.changed_by) if change.changed_by else ""
            lines.append(f"{when} — {step}{by}")
        if len(history) > self.HISTORY_SHOWN:
            lines.append(arg(self.tr("and %1 earlier changes"), len(history) - self.HISTORY_SHOWN))
        self.history_label.setText("\n".join(lines) or self.tr("No change recorded yet"))
        shown = []
        for stay in stays:
            room = (
                arg(self.tr("room %1"), stay.room) if stay.room else self.tr("room to be numbered")
            )
            kind = f" ({stay.room_type})" if stay.room_type else ""
            mates = (
                arg(self.tr(", shared with %1"), ", ".join(stay.room_mates))
                if stay.room_mates
                else ""
            )
            span = arg(
                self.tr("%1 to %2"),
                date_text(stay.check_in, language),
                date_text(stay.check_out, language),
            )
            shown.append(f"{stay.hotel}, {room}{kind}{mates} — {span}")
        self.stays_label.setText("\n".join(shown) or self.tr("No room yet"))

    def room_choice(self) -> RoomChoice:
        """The room as the form shows it (no hotel: no room)."""
        block = self.hotel_combo.currentData()
        if block is None:
            return RoomChoice(None)
        return RoomChoice(
            accommodation_id=int(block),
            room_number=self.room_edit.text().strip() or None,
            room_type=self.room_type_combo.currentData(),
            room_mate_id=self.room_mate_combo.currentData(),
        )

    @Slot()
    def _on_hotel_changed(self) -> None:
        housed = self.hotel_combo.currentData() is not None
        for widget in (self.room_edit, self.room_type_combo, self.room_mate_combo):
            widget.setEnabled(housed)
        self._changed()

    @staticmethod
    def _set_data(combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    @staticmethod
    def _phone_shown(phone: str | None) -> str:
        """A stored E.164 number grouped as people read it (+33 6 12 34 56 78)."""
        if not phone:
            return ""
        import phonenumbers

        try:
            number = phonenumbers.parse(phone, None)
        except phonenumbers.NumberParseException:
            return phone
        return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))

    # --- reactions --------------------------------------------------------------------------

    @Slot()
    def _changed(self) -> None:
        if not self._filling:
            self.validate()

    @Slot()
    def _on_kind_changed(self) -> None:
        for row in self.authorisation_rows:
            row.kind_changed()
        self._changed()

    @Slot()
    def _show_booklet_default(self) -> None:
        own = str(self.language_combo.currentData() or "fr")
        self.booklet_language_combo.setItemText(
            0, arg(self.tr("Their own language (%1)"), language_name(own, self._language))
        )

    @Slot()
    def toggle_numbers(self) -> None:
        """Show the passport and authorisation numbers (read again, on purpose), or hide them."""
        if not self._revealed:
            self.reveal()
            return
        hidden = not self._hidden_again
        mode = QLineEdit.EchoMode.Password if hidden else QLineEdit.EchoMode.Normal
        for edit in self._number_edits():
            edit.setEchoMode(mode)
        self._hidden_again = hidden
        self.show_button.setText(self.tr("&Show") if hidden else self.tr("&Hide"))

    def _number_edits(self) -> list[QLineEdit]:
        return [self.passport_edit, *(r.number_edit for r in self.authorisation_rows)]

    def reveal(self) -> None:
        if self._revealed:
            return
        with self._db.reading() as session:
            secret = delegate_detail(session, self._detail.participant_id, reveal=True)
        self._filling = True
        try:
            self._passport_original = secret.passport_number
            if self._detail.has_passport:
                self.passport_edit.setText(secret.passport_number or "")
                self.passport_edit.setReadOnly(False)
                self.passport_edit.setToolTip("")
            numbers = {a.id: a.number for a in secret.entry_authorisations}
            for row in self.authorisation_rows:
                if row.stored is not None:
                    row.reveal(numbers.get(row.stored.id))
        finally:
            self._filling = False
        self._revealed = True
        self._filled["passport_number"] = self.passport_edit.text()
        # The rows' numbers are now the stored ones: not a change.
        self._filled["entry_authorisations"] = self._raw["entry_authorisations"]()
        self.show_button.setText(self.tr("&Hide"))
        self.validate()

    @property
    def revealed(self) -> bool:
        return self._revealed

    def checked_groups(self) -> tuple[int, ...]:
        return tuple(
            int(self.groups_model.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.groups_model.rowCount())
            if self.groups_model.item(row).checkState() == Qt.CheckState.Checked
        )

    # --- reading the fields -----------------------------------------------------------------

    def _date_value(self, key: str, text: str, row: int | None = None) -> date | None:
        if not text.strip():
            return None
        try:
            return parse_date(text)
        except CellError:
            example = "12/04/1971" if self._language == "fr" else "1971-04-12"
            raise _LocalError(
                key, arg(self.tr("Not a date: write it as %1"), example), row
            ) from None

    def _country_value(self, key: str, combo: QComboBox) -> str | None:
        text = combo.currentText().strip()
        if not text or text == NONE_CHOSEN:
            return None
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            data = combo.itemData(index)
            return str(data) if data else None
        if len(text) == 2 and text.isalpha():
            return text.upper()  # the services say whether it is a country
        raise _LocalError(
            key, self.tr("Not a country: choose one from the list or type its two-letter code")
        )

    def _organisation_value(self) -> int | None:
        text = self.organisation_combo.currentText().strip()
        if not text or text == NONE_CHOSEN:
            return None
        index = self.organisation_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            raise _LocalError(
                "organisation_id", self.tr("Not a known organisation: choose one from the list")
            )
        data = self.organisation_combo.itemData(index)
        return int(data) if data is not None else None

    def _authorisations_value(self) -> tuple[AuthorisationInput, ...]:
        rows = []
        for number, row in enumerate(self.authorisation_rows):
            kind = row.kind()
            if kind is None:
                continue
            keep = row.masked
            rows.append(
                AuthorisationInput(
                    kind=kind,
                    country=row.country,
                    state=AuthorisationState(str(row.state_combo.currentData())),
                    number=None if keep else (row.number_edit.text().strip() or None),
                    expiry=self._date_value("entry_authorisations", row.expiry_edit.text(), number),
                    id=row.stored.id if row.stored is not None else None,
                    keep_number=keep,
                )
            )
        return tuple(rows)

    def _value(self, key: str) -> object:
        """The field as the services take it; raises _LocalError when it cannot be read."""
        if key == "organisation_id":
            return self._organisation_value()
        if key == "nationality":
            return self._country_value(key, self.nationality_combo)
        if key == "passport_country":
            return self._country_value(key, self.passport_country_combo)
        if key in ("birth_date", "passport_expiry"):
            return self._date_value(key, str(self._raw[key]()))
        if key == "entry_authorisations":
            return self._authorisations_value()
        if key == "photo" and self._photo_error:
            raise _LocalError(key, self._photo_error)
        raw = self._raw[key]()
        if isinstance(raw, str):
            return raw.strip() or None
        return raw

    # --- photo ------------------------------------------------------------------------------

    def _show_photo(self) -> None:
        pixmap = QPixmap()
        if self._photo is not None and pixmap.loadFromData(self._photo.content):
            self.photo_preview.setPixmap(
                pixmap.scaled(
                    self.photo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.photo_preview.setToolTip(self._photo.file_name)
        else:
            self.photo_preview.setPixmap(QPixmap())
            self.photo_preview.setText(self.tr("No photo") if self._photo is None else "?")
            self.photo_preview.setToolTip("")
        self.photo_remove_button.setEnabled(self._photo is not None)

    def set_photo(self, photo: PhotoFile | None) -> None:
        """Show ``photo`` (None: no photo) as the one to save on OK."""
        self._photo, self._photo_error = photo, ""
        self._show_photo()
        self._changed()

    def load_photo(self, path: Path) -> None:
        """Read the photo at ``path`` (what Choose… does once a file is picked)."""
        try:
            content = path.read_bytes()
        except OSError as exc:
            self._photo_error = arg(self.tr("Cannot read %1: %2"), path.name, exc.strerror or "")
            self._changed()
            return
        self.set_photo(PhotoFile(path.name, content))

    @Slot()
    def _choose_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Photo of the delegate"), "", self.tr("Photos (*.png *.jpg *.jpeg)")
        )
        if name:
            self.load_photo(Path(name))

    def _touched(self) -> list[str]:
        """The fields whose text or choice differs from what the form was opened with."""
        touched = [key for key, raw in self._raw.items() if raw() != self._filled.get(key)]
        if "passport_number" in touched and self._detail.has_passport and not self._revealed:
            touched.remove("passport_number")  # the mask is no value (and is read-only)
        return touched

    def _read(self) -> tuple[dict[str, object], dict[str, str], dict[int, str]]:
        changes: dict[str, object] = {}
        errors: dict[str, str] = {}
        row_errors: dict[int, str] = {}
        for key in self._touched():
            try:
                changes[key] = self._value(key)
            except _LocalError as exc:
                if exc.row is not None:
                    row_errors[exc.row] = exc.text
                else:
                    errors[key] = exc.text
        return changes, errors, row_errors

    # --- validation -------------------------------------------------------------------------

    def validate(self) -> bool:
        """Check every field now; show each error under its field; OK only when all is well."""
        changes, errors, row_errors = self._read()
        general = ""
        problems: list[InvalidField] = []
        if changes:
            try:
                with self._db.reading() as session:
                    problems = delegate_problems(
                        session, self._detail.participant_id, changes, today=self._today
                    )
                    if not problems and not errors and not row_errors:
                        # The write itself, rolled back: what the command will do on OK.
                        update_delegate(
                            session, self._detail.participant_id, changes, today=self._today
                        )
            except InvalidField as exc:
                problems = [exc]
            except DomainError as exc:
                general = core_text(exc)
            except Exception as exc:  # the database refused: a sentence, never a crash
                general = safe_failure_text(exc)
        for problem in problems:
            row = problem.params.get("row")
            if problem.key == "entry_authorisations" and isinstance(row, int):
                row_errors.setdefault(self._shown_row(row), problem_text(problem, self._language))
            elif problem.key in self.error_labels:
                errors.setdefault(problem.key, problem_text(problem, self._language))
            else:
                general = general or str(problem)
        self._errors, self._row_errors = errors, row_errors
        self._show_errors(general)
        self._show_feedback(changes, errors)
        ok = not errors and not row_errors and not general
        self._changes = changes if ok else None
        self.ok_button.setEnabled(ok)
        return ok

    def _shown_row(self, index: int) -> int:
        """The form's row of the ``index``-th authorisation given to the services."""
        given = [n for n, row in enumerate(self.authorisation_rows) if row.kind() is not None]
        return given[index] if 0 <= index < len(given) else 0

    def _show_errors(self, general: str) -> None:
        for key, label in self.error_labels.items():
            label.setText(self._errors.get(key, ""))
            label.setVisible(key in self._errors)
        for number, row in enumerate(self.authorisation_rows):
            text = self._row_errors.get(number, "")
            row.error_label.setText(text)
            row.error_label.setVisible(bool(text))
        self.general_error.setText(general)
        self.general_error.setVisible(bool(general))
        wrong = {TAB_OF[key] for key in self._errors if key in TAB_OF}
        if self._row_errors:
            wrong.add(TRAVEL_TAB)
        warning = warning_icon()
        for tab in range(self.tabs.count()):
            if tab in wrong:
                self.tabs.setTabIcon(tab, warning)
                self.tabs.setTabToolTip(tab, self.tr("A field of this tab needs correcting"))
            else:
                self.tabs.setTabIcon(tab, QIcon())
                self.tabs.setTabToolTip(tab, "")

    def _show_feedback(self, changes: dict[str, object], errors: dict[str, str]) -> None:
        """What the typed dates and phone were read as."""
        for key, edit, label in (
            ("birth_date", self.birth_date_edit, self.birth_date_feedback),
            ("passport_expiry", self.passport_expiry_edit, self.passport_expiry_feedback),
        ):
            try:
                day = self._date_value(key, edit.text())
            except _LocalError:
                day = None
            label.setText(long_date(day, self._language) if day else "")
            label.setVisible(day is not None and key not in errors)
        phone = self.phone_edit.text()
        text = ""
        if "phone" in changes and phone.strip() and "phone" not in errors:
            try:
                stored = normalise_phone(phone, self._detail.home_country)
            except InvalidField:
                stored = None
            if stored:
                text = arg(self.tr("Saved as %1"), self._phone_shown(stored))
        self.phone_feedback.setText(text)
        self.phone_feedback.setVisible(bool(text))
        # "since 5 November 2017" is about the stored status, not one just chosen.
        self.status_since.setVisible(bool(self.status_since.text()) and "status" not in changes)

    @property
    def errors(self) -> dict[str, str]:
        return dict(self._errors)

    @property
    def row_errors(self) -> dict[int, str]:
        return dict(self._row_errors)

    @property
    def changes(self) -> dict[str, object]:
        """The fields changed, as the services take them; valid once the dialog is accepted."""
        assert self._changes is not None
        return dict(self._changes)

    @property
    def detail(self) -> DelegateDetail:
        return self._detail

    def accept(self) -> None:
        if self.validate():
            super().accept()
