"""The workshop editor: titles and summaries in both languages, theme and sector, time, place,
capacity, material, speakers and moderator, and the delegates registered.

Every change is checked at once (the times as the itinerary reads them, then the services in a
transaction rolled back); each field shows its own error and OK waits until all is well.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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

from delegation_app.errors import DomainError, ValidationError
from delegation_app.services.itinerary import VenueView, list_venues
from delegation_app.services.missions import MissionView
from delegation_app.services.people import PersonChoice, list_people
from delegation_app.services.roster import RosterEntry, list_roster
from delegation_app.services.sectors import SECTORS_OF_EXCELLENCE, sector_label
from delegation_app.services.time_input import parse_duration, parse_local_datetime
from delegation_app.services.validation import aware
from delegation_app.services.workshop_editing import (
    OutsideSpeaker,
    WorkshopForm,
    outside_speaker,
    save_workshop,
)
from delegation_app.storage.database import Database
from ui import theme
from ui.i18n import core_sentence, core_text
from ui.labels import arg
from ui.search import SEARCH_ROLE, SearchProxyModel, fold

#: The core's field names, as ValidationError gives them, to the editor's own fields.
FIELD_OF_ERROR = {
    "title": "title_fr",
    "English title": "title_en",
    "start": "start",
    "start zone": "start",
    "end": "end",
    "end zone": "end",
    "stop": "stop",
    "venue": "venue",
    "theme": "theme",
    "sector": "sector",
    "French summary": "summary_fr",
    "English summary": "summary_en",
    "room": "room",
    "capacity": "capacity",
    "material": "material",
    "topic": "speakers",
    "speaker": "speakers",
    "given name": "speakers",
    "family name": "speakers",
    "position": "speakers",
    "delegate": "registered",
}

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
TOPIC_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class WorkshopChoices:
    """What the editor offers: the mission's stops and delegates, people and places known."""

    mission: MissionView
    delegates: tuple[RosterEntry, ...]
    people: tuple[PersonChoice, ...]
    venues: tuple[VenueView, ...]


def workshop_choices(session: Session, mission: MissionView) -> WorkshopChoices:
    return WorkshopChoices(
        mission=mission,
        delegates=tuple(list_roster(session, mission.id)),
        people=tuple(list_people(session)),
        venues=tuple(list_venues(session)),
    )


class _FieldError(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def when_text(start: datetime, language: str) -> str:
    """``lun. 6 nov. 14:30``: a workshop's local day and time."""
    return f"{_day_text(start.date(), language)} {start:%H:%M}"


@lru_cache(maxsize=1024)
def _day_text(day: date, language: str) -> str:
    """``lun. 6 nov.``: Babel takes some 100 µs for it, and a mission's few days are each
    written for dozens of workshops (the list sizes its columns on every one)."""
    return format_datetime(datetime.combine(day, time()), "EEE d MMM", locale=language)


class WorkshopDialog(QDialog):
    """Creates (``form`` None) or edits a workshop; ``form`` holds what OK gives back."""

    def __init__(
        self,
        db: Database,
        choices: WorkshopChoices,
        *,
        language: str,
        item_id: int | None = None,
        form: WorkshopForm | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workshopDialog")
        self._db = db
        self._choices = choices
        self._language = language
        self.item_id = item_id
        self.form: WorkshopForm | None = None
        self.error_labels: dict[str, QLabel] = {}
        self._filling = True
        self._build()
        self._fill(form)
        self._filling = False
        self.validate()
        self.resize(820, 560)

    # --- construction -----------------------------------------------------------------------

    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{key}Error")
        label.setWordWrap(True)
        label.setStyleSheet(theme.error_style())
        label.hide()
        self.error_labels[key] = label
        return label

    def _with_error(self, key: str, *widgets: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget, 1)
        layout.addLayout(row)
        layout.addWidget(self._error_label(key))
        return box

    def _build(self) -> None:
        mission = self._choices.mission
        self.setWindowTitle(
            self.tr("New workshop") if self.item_id is None else self.tr("Edit workshop")
        )
        self.title_fr_edit = QLineEdit()
        self.title_en_edit = QLineEdit()
        self.theme_edit = QLineEdit()
        self.sector_combo = QComboBox()
        self.sector_combo.setEditable(True)
        self.sector_combo.addItem("", None)
        for sector in SECTORS_OF_EXCELLENCE:
            self.sector_combo.addItem(sector_label(sector, self._language), sector)
        self.start_edit = QLineEdit()
        self.start_edit.setPlaceholderText(self.tr("e.g. 6/11 14h30"))
        self.end_edit = QLineEdit()
        self.end_edit.setPlaceholderText(self.tr("e.g. 16h or 1h30"))
        self.time_feedback = QLabel()
        self.time_feedback.setObjectName("timeFeedback")
        self.stop_combo = QComboBox()
        for stop in mission.stops:
            self.stop_combo.addItem(f"{stop.city} ({stop.zone})", stop.id)
        self.venue_combo = QComboBox()
        self.venue_combo.addItem(self.tr("(no venue)"), None)
        for venue in self._choices.venues:
            city = f" – {venue.city}" if venue.city else ""
            self.venue_combo.addItem(f"{venue.name}{city}", venue.id)
        self.room_edit = QLineEdit()
        self.capacity_edit = QLineEdit()
        self.capacity_edit.setPlaceholderText(self.tr("seats (empty: no limit)"))
        self.material_edit = QLineEdit()
        self.material_edit.setPlaceholderText(self.tr("What delegates bring (cards, laptop…)"))
        self.summary_fr_edit = QPlainTextEdit()
        self.summary_en_edit = QPlainTextEdit()
        for edit in (self.summary_fr_edit, self.summary_en_edit):
            edit.setTabChangesFocus(True)

        delegates = {d.person_id for d in self._choices.delegates}
        self.moderator_combo = QComboBox()
        self.moderator_combo.addItem(self.tr("(no moderator)"), None)
        self.speaker_combo = QComboBox()
        self.speaker_combo.setEditable(True)
        self.speaker_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # The delegation first, then everyone else known (local speakers, partners).
        ordered = sorted(self._choices.people, key=lambda p: p.id not in delegates)
        for person in ordered:
            text = self._person_text(person, person.id in delegates)
            self.moderator_combo.addItem(text, person.id)
            self.speaker_combo.addItem(text, person.id)
        self.speaker_combo.setCurrentIndex(-1)
        line = self.speaker_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Person (type a name to search)"))
        self.topic_edit = QLineEdit()
        self.topic_edit.setPlaceholderText(self.tr("Topic (optional)"))
        self.add_speaker_button = QPushButton(self.tr("&Add speaker"))
        self.add_speaker_button.clicked.connect(self.add_speaker)
        self.remove_speaker_button = QPushButton(self.tr("&Remove"))
        self.remove_speaker_button.clicked.connect(self.remove_speaker)
        self.speakers_model = QStandardItemModel(self)
        self.speakers_view = QListView()
        self.speakers_view.setModel(self.speakers_model)
        self.speakers_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)

        self.registered_model = QStandardItemModel(self)
        for entry in sorted(self._choices.delegates, key=lambda d: d.sort_name.casefold()):
            text = entry.sort_name
            if entry.organisation:
                text = f"{text} – {entry.organisation}"
            item = QStandardItem(text)
            item.setCheckable(True)
            item.setData(entry.participant_id, PERSON_ROLE)
            item.setData(fold(text), SEARCH_ROLE)
            self.registered_model.appendRow(item)
        self.registered_proxy = SearchProxyModel(self)
        self.registered_proxy.setSourceModel(self.registered_model)
        self.registered_search = QLineEdit()
        self.registered_search.setClearButtonEnabled(True)
        self.registered_search.setPlaceholderText(self.tr("Find a delegate or an organisation…"))
        self.registered_search.textChanged.connect(self.registered_proxy.set_query)
        self.registered_view = QListView()
        self.registered_view.setModel(self.registered_proxy)
        self.registered_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.seats_label = QLabel()
        self.seats_label.setObjectName("seatsLabel")

        tabs = QTabWidget()
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("&Title (French)"), self._with_error("title_fr", self.title_fr_edit))
        form.addRow(self.tr("Title (&English)"), self._with_error("title_en", self.title_en_edit))
        form.addRow(self.tr("T&heme"), self._with_error("theme", self.theme_edit))
        form.addRow(self.tr("Sec&tor"), self._with_error("sector", self.sector_combo))
        form.addRow(self.tr("&Starts"), self._with_error("start", self.start_edit))
        form.addRow(self.tr("E&nds"), self._with_error("end", self.end_edit))
        form.addRow("", self.time_feedback)
        form.addRow(self.tr("St&op"), self._with_error("stop", self.stop_combo))
        form.addRow(self.tr("&Venue"), self._with_error("venue", self.venue_combo))
        form.addRow(self.tr("&Room"), self._with_error("room", self.room_edit))
        form.addRow(self.tr("&Capacity"), self._with_error("capacity", self.capacity_edit))
        form.addRow(self.tr("&Material to bring"), self._with_error("material", self.material_edit))
        tabs.addTab(general, self.tr("General"))

        summaries = QWidget()
        summaries_form = QFormLayout(summaries)
        summaries_form.addRow(
            self.tr("French"), self._with_error("summary_fr", self.summary_fr_edit)
        )
        summaries_form.addRow(
            self.tr("English"), self._with_error("summary_en", self.summary_en_edit)
        )
        tabs.addTab(summaries, self.tr("Summary"))

        speakers = QWidget()
        speakers_layout = QVBoxLayout(speakers)
        moderator_row = QFormLayout()
        moderator_row.addRow(
            self.tr("&Moderator"), self._with_error("moderator", self.moderator_combo)
        )
        speakers_layout.addLayout(moderator_row)
        pick = QHBoxLayout()
        pick.addWidget(self.speaker_combo, 2)
        pick.addWidget(self.topic_edit, 2)
        pick.addWidget(self.add_speaker_button)
        speakers_layout.addWidget(QLabel(self.tr("Speakers, in the order they speak:")))
        speakers_layout.addLayout(pick)
        speakers_layout.addWidget(self.speakers_view, 1)
        speakers_layout.addWidget(self._error_label("speakers"))
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_speaker_button)
        speakers_layout.addLayout(remove_row)
        tabs.addTab(speakers, self.tr("Speakers"))

        registered = QWidget()
        registered_layout = QVBoxLayout(registered)
        registered_layout.addWidget(self.seats_label)
        registered_layout.addWidget(self.registered_search)
        registered_layout.addWidget(self.registered_view, 1)
        registered_layout.addWidget(self._error_label("registered"))
        tabs.addTab(registered, self.tr("Registered delegates"))
        self.tabs = tabs

        self.general_error = QLabel()
        self.general_error.setObjectName("generalError")
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
        layout.addWidget(tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        for edit in (
            self.title_fr_edit,
            self.title_en_edit,
            self.theme_edit,
            self.start_edit,
            self.end_edit,
            self.room_edit,
            self.capacity_edit,
            self.material_edit,
        ):
            edit.textChanged.connect(self._changed)
        for text_edit in (self.summary_fr_edit, self.summary_en_edit):
            text_edit.textChanged.connect(self._changed)
        self.sector_combo.currentTextChanged.connect(self._changed)
        for combo in (self.stop_combo, self.venue_combo, self.moderator_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.registered_model.itemChanged.connect(self._changed)
        self.speakers_model.rowsInserted.connect(self._changed)
        self.speakers_model.rowsRemoved.connect(self._changed)

    def _person_text(self, person: PersonChoice, delegate: bool) -> str:
        text = person.name
        if person.organisation:
            text = f"{text} ({person.organisation})"
        if not delegate:
            text = arg(self.tr("%1 – not on the delegation"), text)
        return text

    def _fill(self, form: WorkshopForm | None) -> None:
        if form is None:
            mission = self._choices.mission
            if mission.stops:
                self.stop_combo.setCurrentIndex(0)
            return
        self.title_fr_edit.setText(form.title_fr)
        self.title_en_edit.setText(form.title_en or "")
        self.theme_edit.setText(form.theme or "")
        index = self.sector_combo.findData(form.sector)
        if index >= 0:
            self.sector_combo.setCurrentIndex(index)
        else:
            self.sector_combo.setEditText(form.sector or "")
        self.start_edit.setText(f"{form.start_local:%Y-%m-%d %H:%M}")
        self.end_edit.setText(
            f"{form.end_local:%H:%M}"
            if form.end_local.date() == form.start_local.date()
            else f"{form.end_local:%Y-%m-%d %H:%M}"
        )
        self.stop_combo.setCurrentIndex(max(self.stop_combo.findData(form.stop_id), 0))
        self.venue_combo.setCurrentIndex(max(self.venue_combo.findData(form.venue_id), 0))
        self.room_edit.setText(form.room or "")
        self.capacity_edit.setText("" if form.capacity is None else str(form.capacity))
        self.material_edit.setText(form.material or "")
        self.summary_fr_edit.setPlainText(form.summary_fr or "")
        self.summary_en_edit.setPlainText(form.summary_en or "")
        self.moderator_combo.setCurrentIndex(
            max(self.moderator_combo.findData(form.moderator_person_id), 0)
        )
        names = {p.id: p.name for p in self._choices.people}
        for person_id, topic in form.speakers:
            self._append_speaker(person_id, names.get(person_id, "?"), topic)
        registered = set(form.registered_ids)
        for row in range(self.registered_model.rowCount()):
            item = self.registered_model.item(row)
            if item.data(PERSON_ROLE) in registered:
                item.setCheckState(Qt.CheckState.Checked)

    # --- speakers and registrations ---------------------------------------------------------

    def _append_speaker(
        self, person_id: int | OutsideSpeaker, name: str, topic: str | None
    ) -> None:
        item = QStandardItem(f"{name} – {topic}" if topic else name)
        item.setData(person_id, PERSON_ROLE)
        item.setData(topic, TOPIC_ROLE)
        self.speakers_model.appendRow(item)

    def add_speaker(self) -> bool:
        """Add the person picked (or typed) as the last speaker; a name typed that matches
        nobody on record is someone from outside, recorded with the workshop."""
        index = self.speaker_combo.currentIndex()
        typed = self.speaker_combo.currentText().strip()
        if index < 0 or self.speaker_combo.itemText(index) != typed:
            index = self.speaker_combo.findText(typed, Qt.MatchFlag.MatchContains)
        who: int | OutsideSpeaker
        if index >= 0:
            who = self.speaker_combo.itemData(index)
            name = next(p.name for p in self._choices.people if p.id == who)
        else:
            if not typed:
                self._show_errors({"speakers": self.tr("Pick a person from the list")}, "")
                return False
            try:
                who = outside_speaker(typed)
            except ValidationError:
                self._show_errors(
                    {
                        "speakers": self.tr(
                            "Nobody on record by that name: type a given and a family name "
                            "to add someone from outside (Maria Lopez, PortMiami)"
                        )
                    },
                    "",
                )
                return False
            name = arg(self.tr("%1 (new, from outside)"), who.name)
        if who in self.speaker_ids():
            self._show_errors({"speakers": self.tr("This person already speaks")}, "")
            return False
        self._append_speaker(who, name, self.topic_edit.text().strip() or None)
        self.speaker_combo.setCurrentIndex(-1)
        self.speaker_combo.setEditText("")
        self.topic_edit.clear()
        return True

    def remove_speaker(self) -> None:
        index = self.speakers_view.currentIndex()
        if index.isValid():
            self.speakers_model.removeRow(index.row())

    def speaker_ids(self) -> list[int | OutsideSpeaker]:
        return [
            self.speakers_model.item(row).data(PERSON_ROLE)
            for row in range(self.speakers_model.rowCount())
        ]

    def set_registered(self, participant_id: int, registered: bool) -> None:
        for row in range(self.registered_model.rowCount()):
            item = self.registered_model.item(row)
            if item.data(PERSON_ROLE) == participant_id:
                item.setCheckState(Qt.CheckState.Checked if registered else Qt.CheckState.Unchecked)

    def registered_ids(self) -> tuple[int, ...]:
        return tuple(
            sorted(
                self.registered_model.item(row).data(PERSON_ROLE)
                for row in range(self.registered_model.rowCount())
                if self.registered_model.item(row).checkState() == Qt.CheckState.Checked
            )
        )

    # --- reading the fields -----------------------------------------------------------------

    def _zone(self) -> str:
        stop_id = self.stop_combo.currentData()
        for stop in self._choices.mission.stops:
            if stop.id == stop_id:
                return stop.zone
        return self._choices.mission.home_zone

    def _parse_time(self, field: str, text: str, day: date | None) -> datetime:
        mission = self._choices.mission
        try:
            return parse_local_datetime(
                field, text, mission_start=mission.start_date, mission_end=mission.end_date, day=day
            )
        except ValidationError as exc:
            if not text.strip():
                message = self.tr("Required: a day and a time, e.g. 6/11 14h30")
            elif "has no time" in exc.message:
                message = self.tr("Add a time, e.g. 14h30 or 14:30")
            elif "has no date" in exc.message:
                message = self.tr("Add a day, e.g. 6/11 14h30")
            else:
                message = self.tr("Not a day and time the program understands, e.g. 6/11 14h30")
            raise _FieldError(field, message) from exc

    def _times(self) -> tuple[datetime, datetime, str]:
        zone = self._zone()
        start = self._parse_time("start", self.start_edit.text(), None)
        text = self.end_edit.text()
        # A time (on the start's day unless a day is given), or a length ("1h30", "90 min")
        # when the text is no time after the start.
        end: datetime | None
        try:
            end = self._parse_time("end", text, start.date())
        except _FieldError:
            end = None
        if end is None or end < start:
            try:
                length = parse_duration("end", text)
            except ValidationError:
                if end is None:
                    raise _FieldError(
                        "end", self.tr("Give an end time (16h) or a length (1h30, 90 min)")
                    ) from None
            else:
                moment = aware(start, zone) + length
                end = moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
        if end < start:
            raise _FieldError("end", arg(self.tr("Ends before it starts (%1)"), f"{end:%H:%M}"))
        return start, end, zone

    def _capacity(self) -> int | None:
        text = self.capacity_edit.text().strip()
        if not text:
            return None
        if not text.isdigit():
            raise _FieldError("capacity", self.tr("Not a number of seats: type digits, e.g. 60"))
        return int(text)

    def _sector(self) -> str | None:
        text = self.sector_combo.currentText().strip()
        if not text:
            return None
        index = self.sector_combo.findText(text)
        data = self.sector_combo.itemData(index) if index >= 0 else None
        return data if isinstance(data, str) else text

    def _read(self) -> WorkshopForm:
        title_fr = self.title_fr_edit.text().strip()
        if not title_fr:
            raise _FieldError("title_fr", self.tr("Required: the title delegates will read"))
        start, end, zone = self._times()
        capacity = self._capacity()
        registered = self.registered_ids()
        if capacity is not None and 0 < capacity < len(registered):
            raise _FieldError(
                "capacity",
                arg(
                    self.tr("%1 seats is fewer than the %2 delegates registered"),
                    capacity,
                    len(registered),
                ),
            )
        return WorkshopForm(
            title_fr=title_fr,
            title_en=self.title_en_edit.text().strip() or None,
            start_local=start,
            start_zone=zone,
            end_local=end,
            end_zone=zone,
            stop_id=self.stop_combo.currentData(),
            venue_id=self.venue_combo.currentData(),
            theme=self.theme_edit.text().strip() or None,
            sector=self._sector(),
            summary_fr=self.summary_fr_edit.toPlainText().strip() or None,
            summary_en=self.summary_en_edit.toPlainText().strip() or None,
            room=self.room_edit.text().strip() or None,
            capacity=capacity,
            material=self.material_edit.text().strip() or None,
            moderator_person_id=self.moderator_combo.currentData(),
            speakers=tuple(
                (
                    self.speakers_model.item(row).data(PERSON_ROLE),
                    self.speakers_model.item(row).data(TOPIC_ROLE),
                )
                for row in range(self.speakers_model.rowCount())
            ),
            registered_ids=registered,
        )

    def _dry_run(self, form: WorkshopForm) -> None:
        """Ask the services, in a transaction rolled back at once, whether they accept."""
        with self._db.reading() as session:
            save_workshop(session, form, mission_id=self._choices.mission.id, item_id=self.item_id)

    # --- validation -------------------------------------------------------------------------

    def _changed(self) -> None:
        if not self._filling:
            self.validate()

    def validate(self) -> bool:
        """Check every field now; show each error under its field; OK only when all is well."""
        errors: dict[str, str] = {}
        general = ""
        form: WorkshopForm | None = None
        try:
            form = self._read()
            self._dry_run(form)
        except _FieldError as exc:
            errors[exc.field] = core_text(exc.message)
            form = None
        except ValidationError as exc:
            key = FIELD_OF_ERROR.get(exc.field)
            if key is not None:
                errors[key] = core_sentence(exc.message)
            else:
                general = core_text(exc)
            form = None
        except DomainError as exc:
            general = core_text(exc)
            form = None
        self.form = form
        self._show_errors(errors, general)
        self._show_feedback()
        self.ok_button.setEnabled(form is not None)
        return form is not None

    def _show_errors(self, errors: dict[str, str], general: str) -> None:
        for key, label in self.error_labels.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        self.general_error.setText(general)
        self.general_error.setVisible(bool(general))

    def _show_feedback(self) -> None:
        try:
            start, end, _zone = self._times()
        except _FieldError:
            self.time_feedback.clear()
        else:
            self.time_feedback.setText(
                arg(
                    self.tr("%1 to %2 (%3 min)"),
                    when_text(start, self._language),
                    f"{end:%H:%M}",
                    int((end - start).total_seconds() // 60),
                )
            )
        count = len(self.registered_ids())
        try:
            capacity = self._capacity()
        except _FieldError:
            capacity = None
        if capacity is None:
            text = arg(self.tr("%1 registered (no limit of seats)"), count)
        else:
            text = arg(self.tr("%1 registered for %2 seats"), count, capacity)
        self.seats_label.setText(text)

    def _on_ok(self) -> None:
        if self.validate():
            self.accept()
