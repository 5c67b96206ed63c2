"""Creating or editing an itinerary item: what, when (typed as coordinators write times, read
back at once), where, for whom, and notes; each field shows its own error, and OK waits until
the services would accept the item."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from babel.dates import format_date, format_skeleton
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from delegation_app.errors import DomainError, ValidationError
from delegation_app.services.itinerary import (
    FlightInput,
    ItemChanges,
    ItemDetail,
    VenueView,
    create_item,
    list_venues,
    update_item,
)
from delegation_app.services.missions import MissionView, StopView
from delegation_app.services.recurrence import MAX_OCCURRENCES, occurrences
from delegation_app.services.roster import GroupView, RosterEntry, list_groups, list_roster
from delegation_app.services.time_input import parse_duration, parse_local_datetime
from delegation_app.services.validation import aware, check_local_time
from delegation_app.services.venues import NewVenue, with_venue
from delegation_app.storage.database import Database
from delegation_app.storage.models import Audience, ItemKind, ParticipantRole
from ui import accessible, theme
from ui.i18n import core_sentence, core_text
from ui.itinerary_models import (
    city_of,
    clock_text,
    duration_text,
    kind_label,
    long_day_text,
    zone_abbreviation,
)
from ui.labels import arg
from ui.search import fold

Index = QModelIndex | QPersistentModelIndex

#: Kinds whose people may come later from bookings, registrations or meetings.
FILLED_LATER = (ItemKind.FLIGHT, ItemKind.WORKSHOP, ItemKind.MEETING)
NONE_CHOSEN = "—"

# How an item repeats, as the editor offers it; each gives an RRULE (CUSTOM: as typed).
NO_REPEAT, DAILY_TO_STOP_END, DAILY_COUNT, CUSTOM_RULE = "none", "stop end", "count", "custom"


def daily_until(last_day: date) -> str:
    """Every day up to and including ``last_day`` (floating local time, as items are)."""
    return f"FREQ=DAILY;UNTIL={last_day:%Y%m%d}T235959"


def daily_count(count: int) -> str:
    return f"FREQ=DAILY;COUNT={count}"


# The core's field names, as ValidationError gives them, to the editor's own fields.
FIELD_OF_ERROR = {
    "kind": "kind",
    "title": "title_fr",
    "English title": "title_en",
    "start": "start",
    "start zone": "start",
    "repeat": "repeat",
    "end": "end",
    "end zone": "end",
    "stop": "stop",
    "venue": "venue",
    "venue name": "venue",
    "place": "venue",
    "address": "venue",
    "city": "venue",
    "venue zone": "venue",
    "groups": "audience",
    "attendees": "audience",
    "dress code": "dress_code",
    "to bring": "to_bring",
    "French notes": "notes_fr",
    "English notes": "notes_en",
    "internal notes": "internal_notes",
    "flight": "flight",
    "carrier": "flight",
    "flight number": "flight",
    "departure airport": "flight",
    "arrival airport": "flight",
}


@dataclass(frozen=True)
class ItemChoices:
    """What the editor offers: the mission (dates, stops), its groups, delegates and places."""

    mission: MissionView
    groups: tuple[GroupView, ...]
    delegates: tuple[RosterEntry, ...]
    venues: tuple[VenueView, ...]

    def stop_for(self, day: date) -> StopView | None:
        return stop_for(self.mission, day)

    def zone_for(self, day: date) -> str:
        return zone_for(self.mission, day)


def stop_for(mission: MissionView, day: date) -> StopView | None:
    """The stop the mission is at on ``day`` (the nearest one when none covers it)."""
    stops = mission.stops
    if not stops:
        return None
    for stop in stops:
        if stop.start_date <= day <= stop.end_date:
            return stop
    return min(
        stops,
        key=lambda s: min(abs((s.start_date - day).days), abs((s.end_date - day).days)),
    )


def zone_for(mission: MissionView, day: date) -> str:
    """The zone the mission lives in on ``day``: its stop's, else home's."""
    stop = stop_for(mission, day)
    return stop.zone if stop else mission.home_zone


def load_choices(session: Session, mission: MissionView) -> ItemChoices:
    return ItemChoices(
        mission=mission,
        groups=tuple(list_groups(session, mission.id)),
        delegates=tuple(sorted(list_roster(session, mission.id), key=lambda e: fold(e.sort_name))),
        venues=tuple(list_venues(session)),
    )


@cache
def all_zones() -> tuple[str, ...]:
    return tuple(sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc")))


def format_local(moment: datetime, language: str) -> str:
    """How the editor writes a time back: a form the time parser reads the same way."""
    if language == "fr":
        return f"{moment:%d/%m/%Y %H:%M}"
    return f"{moment:%Y-%m-%d %H:%M}"


# --- the delegates' attendance --------------------------------------------------------------

INCLUDED, EXCLUDED = "included", "excluded"


class AttendanceModel(QAbstractListModel):
    """The mission's delegates, each invited by name, excluded, or as the audience says."""

    changed = Signal()

    def __init__(self, delegates: Sequence[RosterEntry], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._delegates = list(delegates)
        self._search = [fold(f"{e.full_name} {e.organisation or ''}") for e in self._delegates]
        self._state: dict[int, str] = {}

    def set_state(self, included: Sequence[int], excluded: Sequence[int]) -> None:
        self.beginResetModel()
        self._state = {p: INCLUDED for p in included} | {p: EXCLUDED for p in excluded}
        self.endResetModel()

    def included(self) -> tuple[int, ...]:
        return tuple(sorted(p for p, s in self._state.items() if s == INCLUDED))

    def excluded(self) -> tuple[int, ...]:
        return tuple(sorted(p for p, s in self._state.items() if s == EXCLUDED))

    def set_rows_state(self, rows: Sequence[int], state: str | None) -> None:
        for row in rows:
            participant_id = self._delegates[row].participant_id
            if state is None:
                self._state.pop(participant_id, None)
            else:
                self._state[participant_id] = state
            index = self.index(row)
            self.dataChanged.emit(index, index)
        self.changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._delegates)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags  # the root is no checkable item
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return None  # a list without headers (Qt's default numbers the sections)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._delegates[index.row()]
        state = self._state.get(entry.participant_id)
        if role == Qt.ItemDataRole.DisplayRole:
            text = entry.sort_name
            if state == INCLUDED:
                text += " — " + QCoreApplication.translate("ItemDialog", "invited")
            elif state == EXCLUDED:
                text += " — " + QCoreApplication.translate("ItemDialog", "excluded")
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if state == INCLUDED else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and state == EXCLUDED:
            return QColor("#b03a3a")
        if role == Qt.ItemDataRole.FontRole and state is not None:
            font = QFont()
            font.setBold(state == INCLUDED)
            font.setStrikeOut(state == EXCLUDED)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (entry.full_name, entry.organisation, *entry.groups) if x)
        if role == Qt.ItemDataRole.UserRole:
            return self._search[index.row()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_rows_state([index.row()], INCLUDED if checked else None)
        return True


class _DelegateFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.setFilterRole(Qt.ItemDataRole.UserRole)

    def set_query(self, text: str) -> None:
        self._words = tuple(fold(text).split())
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), Qt.ItemDataRole.UserRole)
        return all(word in str(haystack) for word in self._words)


# --- the dialog -----------------------------------------------------------------------------


class ItemDialog(QDialog):
    """The editor of one item. ``detail`` edits it; without, a new item is made, starting at
    ``start`` (local time and zone) when given."""

    def __init__(
        self,
        db: Database,
        choices: ItemChoices,
        *,
        detail: ItemDetail | None = None,
        start: tuple[datetime, str] | None = None,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itemDialog")
        self._db = db
        self._choices = choices
        self._detail = detail
        self._language = language
        self._errors: dict[str, str] = {}
        self._changes: ItemChanges | None = None
        self._new_venue: NewVenue | None = None
        self._repeats: list[tuple[datetime, datetime]] = []
        self._filling = True
        mission = choices.mission
        self._mission_days = (mission.start_date, mission.end_date)

        self._build()
        self._fill(detail, start)
        self._filling = False
        self.validate()
        self.resize(1020, 700)

    # --- construction -----------------------------------------------------------------------

    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{key}Error")
        label.setWordWrap(True)
        label.setStyleSheet(theme.error_style())
        label.hide()
        self.error_labels[key] = label
        return label

    def _with_error(
        self,
        key: str,
        *widgets: QWidget,
        feedback: QWidget | None = None,
        stretches: Sequence[int] = (1,),
    ) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for number, widget in enumerate(widgets):
            row.addWidget(widget, stretches[number] if number < len(stretches) else 0)
        layout.addLayout(row)
        if feedback is not None:
            layout.addWidget(feedback)
        layout.addWidget(self._error_label(key))
        return box

    def _zone_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(list(all_zones()), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setCompleter(completer)
        zones: list[str] = []
        for zone in [s.zone for s in self._choices.mission.stops] + [
            self._choices.mission.home_zone
        ]:
            if zone not in zones:
                zones.append(zone)
        combo.addItems(zones)
        combo.setMinimumContentsLength(18)
        combo.currentTextChanged.connect(self._changed)
        return combo

    def _build(self) -> None:
        self.error_labels: dict[str, QLabel] = {}

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        for kind in ItemKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.title_fr_edit = QLineEdit()
        self.title_fr_edit.setObjectName("titleFrEdit")
        self.title_en_edit = QLineEdit()
        self.title_en_edit.setObjectName("titleEnEdit")
        self.title_en_edit.setPlaceholderText(self.tr("Same as the French title"))
        self.start_edit = QLineEdit()
        self.start_edit.setObjectName("startEdit")
        self.start_edit.setPlaceholderText(
            self.tr("e.g. 6/11 9h30, Nov 6 9:30am, Monday 6 November 9:30")
        )
        self.start_zone = self._zone_combo("startZone")
        self.start_feedback = QLabel()
        self.start_feedback.setObjectName("startFeedback")
        self.end_edit = QLineEdit()
        self.end_edit.setObjectName("endEdit")
        self.end_edit.setPlaceholderText(self.tr("e.g. 11h, a length such as 1h30, or 7/11 18h"))
        self.end_zone = self._zone_combo("endZone")
        self.end_feedback = QLabel()
        self.end_feedback.setObjectName("endFeedback")
        for feedback in (self.start_feedback, self.end_feedback):
            feedback.setStyleSheet("color: palette(placeholder-text);")
        self.stop_combo = QComboBox()
        self.stop_combo.setObjectName("stopCombo")
        self.stop_combo.addItem(NONE_CHOSEN, None)
        for stop in self._choices.mission.stops:
            self.stop_combo.addItem(stop.city, stop.id)
        self.stop_combo.currentIndexChanged.connect(self._on_stop_changed)
        # A place is picked from the known venues or typed: a name no venue has is made
        # (with the stop's city and zone) when the item is written.
        self.venue_combo = QComboBox()
        self.venue_combo.setObjectName("venueCombo")
        self.venue_combo.setEditable(True)
        self.venue_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.venue_combo.addItem(NONE_CHOSEN, None)
        for venue in self._choices.venues:
            label = f"{venue.name}, {venue.city}" if venue.city else venue.name
            self.venue_combo.addItem(label, venue.id)
        venue_completer = QCompleter(self.venue_combo.model(), self.venue_combo)
        venue_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        venue_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.venue_combo.setCompleter(venue_completer)
        self._fit_long_items(self.venue_combo)
        self.venue_combo.editTextChanged.connect(self._changed)
        self.new_place_label = QLabel()
        self.new_place_label.setObjectName("newPlaceLabel")
        self.new_place_label.setStyleSheet("color: palette(placeholder-text);")
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("addressEdit")
        self.address_edit.setPlaceholderText(self.tr("Address (optional)"))
        self.new_place_box = QWidget()
        new_place_layout = QVBoxLayout(self.new_place_box)
        new_place_layout.setContentsMargins(0, 0, 0, 0)
        new_place_layout.setSpacing(2)
        new_place_layout.addWidget(self.new_place_label)
        new_place_layout.addWidget(self.address_edit)
        self.new_place_box.hide()
        self.carrier_edit = QLineEdit()
        self.carrier_edit.setObjectName("carrierEdit")
        self.carrier_edit.setPlaceholderText("AF")
        self.carrier_edit.setMaximumWidth(52)
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("flightNumberEdit")
        self.number_edit.setPlaceholderText("7630")
        self.number_edit.setMaximumWidth(72)
        self.from_edit = QLineEdit()
        self.from_edit.setObjectName("fromEdit")
        self.from_edit.setPlaceholderText("MRS")
        self.from_edit.setMaximumWidth(60)
        self.to_edit = QLineEdit()
        self.to_edit.setObjectName("toEdit")
        self.to_edit.setPlaceholderText("MIA")
        self.to_edit.setMaximumWidth(60)
        self.arrow_label = QLabel("→")
        self.dress_code_edit = QLineEdit()
        self.dress_code_edit.setObjectName("dressCodeEdit")
        self.to_bring_edit = QLineEdit()
        self.to_bring_edit.setObjectName("toBringEdit")
        self.staff_combo = QComboBox()
        self.staff_combo.setObjectName("staffCombo")
        self.staff_combo.addItem(NONE_CHOSEN, None)
        staff_first = sorted(
            self._choices.delegates,
            key=lambda e: (e.role != ParticipantRole.STAFF, fold(e.sort_name)),
        )
        for entry in staff_first:
            self.staff_combo.addItem(entry.sort_name, entry.participant_id)
        self._fit_long_items(self.staff_combo)
        self.repeat_combo = QComboBox()
        self.repeat_combo.setObjectName("repeatCombo")
        for text, mode in (
            (self.tr("Does not repeat"), NO_REPEAT),
            (self.tr("Every day until the end of the stop"), DAILY_TO_STOP_END),
            (self.tr("Every day, a number of times"), DAILY_COUNT),
            (self.tr("Custom rule (RRULE)…"), CUSTOM_RULE),
        ):
            self.repeat_combo.addItem(text, mode)
        self.repeat_combo.currentIndexChanged.connect(self._on_repeat_mode_changed)
        self.repeat_count = QSpinBox()
        self.repeat_count.setObjectName("repeatCount")
        self.repeat_count.setRange(2, MAX_OCCURRENCES)
        self.repeat_count.setValue(3)
        self.repeat_count.setSuffix(self.tr(" times"))
        self.repeat_count.valueChanged.connect(self._changed)
        self.repeat_rule_edit = QLineEdit()
        self.repeat_rule_edit.setObjectName("repeatRuleEdit")
        self.repeat_rule_edit.setPlaceholderText("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4")
        self.repeat_rule_edit.textChanged.connect(self._changed)
        self.repeat_summary = QLabel()
        self.repeat_summary.setObjectName("repeatSummary")
        self.repeat_summary.setStyleSheet("color: palette(placeholder-text);")
        self.repeat_summary.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._form_labels: dict[str, QLabel] = {}

        def add(key: str, text: str, field: QWidget) -> None:
            label = QLabel(text)
            label.setBuddy(field)
            self._form_labels[key] = label
            form.addRow(label, field)

        add("kind", self.tr("&Kind"), self._with_error("kind", self.kind_combo))
        add(
            "title_fr", self.tr("&Title (French)"), self._with_error("title_fr", self.title_fr_edit)
        )
        add(
            "title_en",
            self.tr("Title (En&glish)"),
            self._with_error("title_en", self.title_en_edit),
        )
        add(
            "start",
            self.tr("&Start"),
            self._with_error(
                "start", self.start_edit, self.start_zone, feedback=self.start_feedback
            ),
        )
        add(
            "end",
            self.tr("&End"),
            self._with_error("end", self.end_edit, self.end_zone, feedback=self.end_feedback),
        )
        repeat_box = self._with_error(
            "repeat",
            self.repeat_combo,
            self.repeat_count,
            self.repeat_rule_edit,
            feedback=self.repeat_summary,
            stretches=(1, 0, 2),  # a rule is longer than the choice's name
        )
        add("repeat", self.tr("Repeats"), repeat_box)
        add("stop", self.tr("St&op"), self._with_error("stop", self.stop_combo))
        add(
            "venue",
            self.tr("&Place"),
            self._with_error("venue", self.venue_combo, feedback=self.new_place_box),
        )
        flight_row = QWidget()
        flight_layout = QHBoxLayout(flight_row)
        flight_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.carrier_edit,
            self.number_edit,
            self.from_edit,
            self.arrow_label,
            self.to_edit,
        ):
            flight_layout.addWidget(widget)
        flight_layout.addStretch(1)
        self.flight_box = self._with_error("flight", flight_row)
        add("flight", self.tr("&Flight"), self.flight_box)
        add(
            "dress_code",
            self.tr("&Dress code"),
            self._with_error("dress_code", self.dress_code_edit),
        )
        add("to_bring", self.tr("To &bring"), self._with_error("to_bring", self.to_bring_edit))
        add("staff", self.tr("Staff in &charge"), self.staff_combo)
        self._form = form
        # The labels' buddies are the rows (a field and its error), not the fields: each field
        # gets its label's text as its accessible name, so that a screen reader says it.
        labels = {key: label.text() for key, label in self._form_labels.items()}
        for widget, text in (
            (self.kind_combo, labels["kind"]),
            (self.title_fr_edit, labels["title_fr"]),
            (self.title_en_edit, labels["title_en"]),
            (self.start_edit, labels["start"]),
            (self.start_zone, self.tr("Time zone of the start")),
            (self.end_edit, labels["end"]),
            (self.end_zone, self.tr("Time zone of the end")),
            (self.repeat_combo, labels["repeat"]),
            (self.repeat_count, self.tr("Number of occurrences")),
            (self.repeat_rule_edit, self.tr("Repeat rule (RRULE)")),
            (self.stop_combo, labels["stop"]),
            (self.venue_combo, labels["venue"]),
            (self.address_edit, self.tr("Address of the new place")),
            (self.carrier_edit, self.tr("Airline code")),
            (self.number_edit, self.tr("Flight number")),
            (self.from_edit, self.tr("Departure airport")),
            (self.to_edit, self.tr("Arrival airport")),
            (self.dress_code_edit, labels["dress_code"]),
            (self.to_bring_edit, labels["to_bring"]),
            (self.staff_combo, labels["staff"]),
        ):
            accessible.name(widget, text)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)

        # Right: the audience (its list of delegates takes the height); the notes go left,
        # under the form, which leaves room there.
        self.everyone_radio = QRadioButton(self.tr("E&veryone"))
        self.everyone_radio.setObjectName("everyoneRadio")
        self.groups_radio = QRadioButton(self.tr("Some &groups"))
        self.groups_radio.setObjectName("groupsRadio")
        self.people_radio = QRadioButton(self.tr("Delegates &named"))
        self.people_radio.setObjectName("peopleRadio")
        self.audience_buttons = QButtonGroup(self)
        for radio, audience in (
            (self.everyone_radio, Audience.EVERYONE),
            (self.groups_radio, Audience.GROUPS),
            (self.people_radio, Audience.PEOPLE),
        ):
            self.audience_buttons.addButton(radio)
            radio.setProperty("audience", audience.value)
        self.audience_buttons.buttonToggled.connect(self._on_audience_toggled)
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
        rows = max(min(len(self._choices.groups), 5), 2)
        self.groups_view.setFixedHeight(rows * (self.fontMetrics().height() + 6) + 6)

        self.attendance = AttendanceModel(self._choices.delegates, self)
        self.attendance.changed.connect(self._changed)
        self.attendance_filter = _DelegateFilter(self)
        self.attendance_filter.setSourceModel(self.attendance)
        self.people_search = QLineEdit()
        self.people_search.setObjectName("peopleSearch")
        self.people_search.setClearButtonEnabled(True)
        self.people_search.setPlaceholderText(self.tr("Find a delegate…"))
        self.people_search.textChanged.connect(self.attendance_filter.set_query)
        self.people_view = QListView()
        self.people_view.setObjectName("peopleView")
        self.people_view.setModel(self.attendance_filter)
        self.people_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invite_button = QPushButton(self.tr("&Invite"))
        self.invite_button.setObjectName("inviteButton")
        self.invite_button.clicked.connect(lambda: self._set_selected_state(INCLUDED))
        self.exclude_button = QPushButton(self.tr("E&xclude"))
        self.exclude_button.setObjectName("excludeButton")
        self.exclude_button.clicked.connect(lambda: self._set_selected_state(EXCLUDED))
        self.reset_button = QPushButton(self.tr("As the audience"))
        self.reset_button.setObjectName("resetButton")
        self.reset_button.clicked.connect(lambda: self._set_selected_state(None))
        self.attendance_summary = QLabel()
        self.attendance_summary.setObjectName("attendanceSummary")
        self.attendance_summary.setStyleSheet("color: palette(placeholder-text);")
        buttons = QHBoxLayout()
        buttons.addWidget(self.invite_button)
        buttons.addWidget(self.exclude_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        radios = QHBoxLayout()
        radios.addWidget(self.everyone_radio)
        radios.addWidget(self.groups_radio)
        radios.addWidget(self.people_radio)
        radios.addStretch(1)
        self.audience_box = QGroupBox(self.tr("For whom"))
        audience_layout = QVBoxLayout(self.audience_box)
        audience_layout.addLayout(radios)
        audience_layout.addWidget(self.groups_view)
        audience_layout.addWidget(self.people_search)
        audience_layout.addWidget(self.people_view, 1)
        audience_layout.addLayout(buttons)
        audience_layout.addWidget(self.attendance_summary)
        audience_layout.addWidget(self._error_label("audience"))
        self.private_check = QCheckBox(self.tr("Onl&y in its attendees' booklets and calendars"))
        self.private_check.setObjectName("privateCheck")
        self.private_check.toggled.connect(self._changed)
        audience_layout.addWidget(self.private_check)

        self.notes_fr_edit = QPlainTextEdit()
        self.notes_fr_edit.setObjectName("notesFrEdit")
        self.notes_en_edit = QPlainTextEdit()
        self.notes_en_edit.setObjectName("notesEnEdit")
        self.internal_notes_edit = QPlainTextEdit()
        self.internal_notes_edit.setObjectName("internalNotesEdit")
        self.internal_notes_edit.setPlaceholderText(
            self.tr("For the organisers only: never printed")
        )
        for notes in (self.notes_fr_edit, self.notes_en_edit, self.internal_notes_edit):
            # Whole lines only: a few pixels more showed the top of a fourth line, cut off;
            # one pixel more is what a plain text edit needs to count its third line as shown.
            margins = 2 * (notes.document().documentMargin() + notes.frameWidth())
            notes.setFixedHeight(round(3 * notes.fontMetrics().lineSpacing() + margins) + 1)
            notes.setTabChangesFocus(True)
            notes.textChanged.connect(self._changed)
        self.notes_box = QGroupBox(self.tr("Notes"))
        notes_form = QFormLayout(self.notes_box)
        notes_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        notes_form.addRow(self.tr("French"), self._with_error("notes_fr", self.notes_fr_edit))
        notes_form.addRow(self.tr("English"), self._with_error("notes_en", self.notes_en_edit))
        notes_form.addRow(
            self.tr("Internal"), self._with_error("internal_notes", self.internal_notes_edit)
        )
        for widget, text in (
            (self.groups_view, self.tr("Groups invited")),
            (self.people_search, self.tr("Find a delegate")),
            (self.people_view, self.tr("Delegates: invite or exclude")),
            (self.notes_fr_edit, self.tr("Notes for delegates in French")),
            (self.notes_en_edit, self.tr("Notes for delegates in English")),
            (self.internal_notes_edit, self.tr("Internal notes")),
        ):
            accessible.name(widget, text)

        left_layout.addWidget(self.notes_box)
        left_layout.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.audience_box, 1)
        columns = QHBoxLayout()
        columns.addWidget(left, 5)
        columns.addLayout(right, 4)

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
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        for edit in (
            self.title_fr_edit,
            self.title_en_edit,
            self.start_edit,
            self.end_edit,
            self.dress_code_edit,
            self.to_bring_edit,
            self.carrier_edit,
            self.number_edit,
            self.from_edit,
            self.to_edit,
            self.address_edit,
        ):
            edit.textChanged.connect(self._changed)
        self.staff_combo.currentIndexChanged.connect(self._changed)

    @staticmethod
    def _fit_long_items(combo: QComboBox) -> None:
        """A long venue name widens the list that drops down, not the dialog."""
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        view = combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)

    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    # --- filling ----------------------------------------------------------------------------

    def _fill(self, detail: ItemDetail | None, start: tuple[datetime, str] | None) -> None:
        mission = self._choices.mission
        if detail is not None:
            self.setWindowTitle(arg(self.tr("Edit %1"), detail.title(self._language)))
            changes: ItemChanges = detail
        else:
            self.setWindowTitle(self.tr("New itinerary item"))
            if start is None:
                first = datetime.combine(mission.start_date, time(9, 0))
                start = (first, self._choices.zone_for(mission.start_date))
            stop = self._choices.stop_for(start[0].date())
            changes = ItemChanges(
                kind=ItemKind.VISIT,
                title_fr="",
                start_local=start[0],
                start_zone=start[1],
                end_local=start[0] + timedelta(hours=1),
                end_zone=start[1],
                stop_id=stop.id if stop else None,
            )
        self._set_combo_data(self.kind_combo, changes.kind.value)
        self.title_fr_edit.setText(changes.title_fr)
        title_en = changes.title_en or ""
        self.title_en_edit.setText("" if title_en == changes.title_fr else title_en)
        self.start_edit.setText(format_local(changes.start_local, self._language))
        self._set_zone(self.start_zone, changes.start_zone)
        self.end_edit.setText(format_local(changes.end_local, self._language))
        self._set_zone(self.end_zone, changes.end_zone or changes.start_zone)
        self._set_combo_data(self.stop_combo, changes.stop_id)
        self._set_combo_data(self.venue_combo, changes.venue_id)
        self._set_combo_data(self.staff_combo, changes.staff_in_charge_id)
        self.dress_code_edit.setText(changes.dress_code or "")
        self.to_bring_edit.setText(changes.to_bring or "")
        self.notes_fr_edit.setPlainText(changes.notes_fr or "")
        self.notes_en_edit.setPlainText(changes.notes_en or "")
        self.internal_notes_edit.setPlainText(changes.internal_notes or "")
        if changes.flight is not None:
            self.carrier_edit.setText(changes.flight.carrier)
            self.number_edit.setText(changes.flight.number)
            self.from_edit.setText(changes.flight.departure_airport)
            self.to_edit.setText(changes.flight.arrival_airport)
        radio = {
            Audience.EVERYONE: self.everyone_radio,
            Audience.GROUPS: self.groups_radio,
            Audience.PEOPLE: self.people_radio,
        }[changes.audience]
        radio.setChecked(True)
        for row in range(self.groups_model.rowCount()):
            item = self.groups_model.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in changes.group_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.attendance.set_state(changes.participant_ids, changes.excluded_participant_ids)
        self._fill_repeat(changes)
        self.private_check.setChecked(changes.is_private)
        for edit in (self.title_fr_edit, self.title_en_edit, self.start_edit, self.end_edit):
            edit.setCursorPosition(0)  # long titles show their beginning
        self._on_kind_changed()
        self._on_audience_toggled()
        self._on_repeat_mode_changed()

    def _fill_repeat(self, changes: ItemChanges) -> None:
        """The stored rule as one of the simple choices when it is exactly one, else as typed."""
        rule = changes.recurrence or ""
        mode = CUSTOM_RULE
        if not rule:
            mode = NO_REPEAT
        elif rule == daily_until(self._last_day_of_stop(changes.start_local.date())):
            mode = DAILY_TO_STOP_END
        else:
            count = rule.removeprefix("FREQ=DAILY;COUNT=")
            if count != rule and count.isdigit() and 2 <= int(count) <= MAX_OCCURRENCES:
                mode = DAILY_COUNT
                self.repeat_count.setValue(int(count))
        if mode == CUSTOM_RULE:
            self.repeat_rule_edit.setText(rule)
        self._set_combo_data(self.repeat_combo, mode)

    @staticmethod
    def _set_combo_data(combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    @staticmethod
    def _set_zone(combo: QComboBox, zone: str) -> None:
        if combo.findText(zone) < 0:
            combo.addItem(zone)
        combo.setCurrentIndex(combo.findText(zone))

    # --- reactions --------------------------------------------------------------------------

    @Slot()
    def _changed(self) -> None:
        if not self._filling:
            self.validate()

    @Slot()
    def _on_kind_changed(self) -> None:
        is_flight = self.kind() == ItemKind.FLIGHT
        self.flight_box.setVisible(is_flight)
        self._form_labels["flight"].setVisible(is_flight)
        self._changed()

    @Slot()
    def _on_audience_toggled(self) -> None:
        audience = self.audience()
        self.groups_view.setEnabled(audience == Audience.GROUPS)
        self._changed()

    @Slot(int)
    def _on_stop_changed(self, _index: int) -> None:
        """A new stop brings its zone, unless the coordinator chose another zone by hand."""
        stop_id = self.stop_combo.currentData()
        stop = next((s for s in self._choices.mission.stops if s.id == stop_id), None)
        if stop is not None and not self._filling:
            stop_zones = {s.zone for s in self._choices.mission.stops}
            for combo in (self.start_zone, self.end_zone):
                if combo.currentText() in stop_zones:
                    self._set_zone(combo, stop.zone)
        self._changed()

    @Slot()
    def _on_repeat_mode_changed(self) -> None:
        mode = self.repeat_combo.currentData()
        self.repeat_count.setVisible(mode == DAILY_COUNT)
        self.repeat_rule_edit.setVisible(mode == CUSTOM_RULE)
        if mode == CUSTOM_RULE and not self._filling:
            self.repeat_rule_edit.setFocus()
        self._changed()

    def _set_selected_state(self, state: str | None) -> None:
        rows = sorted(
            {
                self.attendance_filter.mapToSource(index).row()
                for index in self.people_view.selectionModel().selectedIndexes()
            }
        )
        if rows:
            self.attendance.set_rows_state(rows, state)

    def selected_stop(self) -> StopView | None:
        stop_id = self.stop_combo.currentData()
        return next((s for s in self._choices.mission.stops if s.id == stop_id), None)

    def _last_day_of_stop(self, start_day: date) -> date:
        """The last day of the item's stop (the one chosen, else the one of its start day)."""
        stop = self.selected_stop() or self._choices.stop_for(start_day)
        return stop.end_date if stop is not None else self._choices.mission.end_date

    def kind(self) -> ItemKind:
        return ItemKind(str(self.kind_combo.currentData()))

    def audience(self) -> Audience:
        checked = self.audience_buttons.checkedButton()
        if checked is None:
            return Audience.EVERYONE
        return Audience(str(checked.property("audience")))

    def checked_groups(self) -> tuple[int, ...]:
        return tuple(
            int(self.groups_model.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.groups_model.rowCount())
            if self.groups_model.item(row).checkState() == Qt.CheckState.Checked
        )

    # --- reading the fields -----------------------------------------------------------------

    def _parse_time(self, field: str, text: str, day: date | None) -> datetime:
        start, end = self._mission_days
        try:
            return parse_local_datetime(field, text, mission_start=start, mission_end=end, day=day)
        except ValidationError as exc:
            raise _FieldError(field, self._time_error(exc.message, text)) from exc

    def _time_error(self, message: str, text: str) -> str:
        if not text.strip():
            return self.tr("Required: a day and a time, e.g. 6/11 9h30")
        if "has no time" in message:
            return self.tr("Add a time, e.g. 9h30 or 9:30")
        if "has no date" in message:
            return self.tr("Add a day, e.g. 6/11 9h30")
        if "not the day named" in message:
            return self.tr("The weekday does not match the date")
        return self.tr("Not a day and time the program understands, e.g. 6/11 9h30 or Nov 6 9:30")

    def _zone(self, field: str, combo: QComboBox) -> str:
        zone = combo.currentText().strip()
        if zone not in all_zones() and zone != "UTC":
            raise _FieldError(field, self.tr("Unknown time zone (e.g. America/New_York)"))
        return zone

    def _check_exists(self, field: str, local: datetime, zone: str) -> None:
        try:
            check_local_time(field, local, zone)
        except ValidationError as exc:
            when = f"{long_day_text(local.date(), self._language)} {clock_text(local)}"
            place = city_of(zone, self._language)
            if "twice" in exc.message:
                text = self.tr(
                    "%1 happens twice in %2: the clocks go back; choose a time outside that hour"
                )
            else:
                text = self.tr("%1 does not exist in %2: the clocks skip that hour")
            raise _FieldError(field, arg(text, when, place)) from exc

    def _times(self) -> tuple[datetime, str, datetime, str]:
        """Start and end, read and checked; raises _FieldError naming the field."""
        start_zone = self._zone("start", self.start_zone)
        start = self._parse_time("start", self.start_edit.text(), None)
        self._check_exists("start", start, start_zone)
        end_zone = self._zone("end", self.end_zone)
        end = self._end(self.end_edit.text(), start, start_zone, end_zone)
        self._check_exists("end", end, end_zone)
        if aware(end, end_zone) < aware(start, start_zone):
            raise _FieldError(
                "end",
                arg(
                    self.tr("Ends before it starts (%1)"),
                    f"{clock_text(end)} {zone_abbreviation(aware(end, end_zone))}",
                ),
            )
        return start, start_zone, end, end_zone

    def _end(self, text: str, start: datetime, start_zone: str, end_zone: str) -> datetime:
        """The end as typed: a time (on the start's day unless a day is given), or a length
        ("1h30", "90 min") when the text is no time after the start."""
        try:
            end: datetime | None = self._parse_time("end", text, start.date())
        except _FieldError as exc:
            end, error = None, exc
        if end is not None and aware(end, end_zone) >= aware(start, start_zone):
            return end
        try:
            length = parse_duration("end", text)
        except ValidationError:
            if end is None:
                raise error from None
            return end
        moment = aware(start, start_zone) + length
        return moment.astimezone(ZoneInfo(end_zone)).replace(tzinfo=None)

    def _flight(self) -> FlightInput | None:
        if self.kind() != ItemKind.FLIGHT:
            return None
        parts = [
            e.text().strip()
            for e in (self.carrier_edit, self.number_edit, self.from_edit, self.to_edit)
        ]
        if not any(parts):
            return None
        return FlightInput(*parts)

    def place(self) -> tuple[int | None, NewVenue | None]:
        """The known venue chosen or typed, else the new place typed, else neither.

        A typed name matches a venue as the services' find_venue does (case and accents
        ignored; a venue in another city of that name is another place).
        """
        text = " ".join(self.venue_combo.currentText().split())
        if not text or text == NONE_CHOSEN:
            return None, None
        index = self.venue_combo.currentIndex()  # of two venues with one label, the chosen
        if index <= 0 or fold(self.venue_combo.itemText(index)) != fold(text):
            index = self.venue_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return int(self.venue_combo.itemData(index)), None
        stop = self.selected_stop()
        city = fold(stop.city) if stop is not None else None
        for venue in self._choices.venues:
            if fold(venue.name) == fold(text) and (
                city is None or venue.city is None or fold(venue.city) == city
            ):
                return venue.id, None
        return None, NewVenue(
            name=text,
            address=" ".join(self.address_edit.text().split()) or None,
            city=stop.city if stop is not None else None,
            zone=stop.zone if stop is not None else None,
        )

    def _recurrence(self, start: datetime) -> str | None:
        mode = self.repeat_combo.currentData()
        if mode == DAILY_TO_STOP_END:
            return daily_until(self._last_day_of_stop(start.date()))
        if mode == DAILY_COUNT:
            return daily_count(self.repeat_count.value())
        if mode == CUSTOM_RULE:
            rule = self.repeat_rule_edit.text().strip()
            if not rule:
                raise _FieldError("repeat", self.tr("Required: a rule such as FREQ=WEEKLY;COUNT=4"))
            return rule
        return None

    def _read(self) -> tuple[ItemChanges, NewVenue | None]:
        """The fields as an ItemChanges and the new place to make, if any; raises _FieldError
        with every field found wrong."""
        errors: dict[str, str] = {}
        times: tuple[datetime, str, datetime, str] | None = None
        try:
            times = self._times()
        except _FieldError as exc:
            errors.update(exc.errors)
        title_fr = self.title_fr_edit.text()
        if not title_fr.strip():
            errors["title_fr"] = self.tr("Required: the title delegates will read")
        audience = self.audience()
        groups = self.checked_groups()
        if audience == Audience.GROUPS and not groups:
            errors["audience"] = self.tr("Choose at least one group, or Everyone")
        kind = self.kind()
        included = self.attendance.included()
        if audience == Audience.PEOPLE and not included and kind not in FILLED_LATER:
            errors["audience"] = self.tr("Invite at least one delegate by name, or choose Everyone")
        recurrence: str | None = None
        if times is not None:
            try:
                recurrence = self._recurrence(times[0])
            except _FieldError as exc:
                errors.update(exc.errors)
        venue_id, new_venue = self.place()
        if errors or times is None:
            raise _FieldError(errors)
        start, start_zone, end, end_zone = times
        changes = ItemChanges(
            kind=kind,
            title_fr=title_fr,
            title_en=self.title_en_edit.text().strip() or None,
            start_local=start,
            start_zone=start_zone,
            end_local=end,
            end_zone=end_zone,
            stop_id=self.stop_combo.currentData(),
            venue_id=venue_id,
            audience=audience,
            group_ids=groups if audience == Audience.GROUPS else (),
            participant_ids=included,
            excluded_participant_ids=self.attendance.excluded(),
            dress_code=self.dress_code_edit.text() or None,
            to_bring=self.to_bring_edit.text() or None,
            notes_fr=self.notes_fr_edit.toPlainText() or None,
            notes_en=self.notes_en_edit.toPlainText() or None,
            internal_notes=self.internal_notes_edit.toPlainText() or None,
            staff_in_charge_id=self.staff_combo.currentData(),
            recurrence=recurrence,
            is_private=self.private_check.isChecked(),
            flight=self._flight(),
        )
        return changes, new_venue

    def _occurrences(self, changes: ItemChanges) -> list[tuple[datetime, datetime]]:
        """When a repeating item happens within the mission; none at all is refused, since
        the programme would then leave the item out."""
        if not changes.recurrence:
            return []
        repeats = occurrences(
            changes.start_local,
            changes.end_local,
            changes.recurrence,
            self._choices.mission.end_date,
        )
        if not repeats:
            raise _FieldError("repeat", self.tr("This rule gives no date within the mission"))
        return repeats

    def _dry_run(self, changes: ItemChanges, new_venue: NewVenue | None) -> None:
        """Ask the services, in a transaction rolled back at once, whether they accept
        (the new place included: it is made there too, and forgotten with the rest)."""
        with self._db.reading() as session:
            changes = with_venue(session, changes, new_venue)
            if self._detail is None:
                fields = {name: getattr(changes, name) for name in ItemChanges.__dataclass_fields__}
                create_item(session, mission_id=self._choices.mission.id, **fields)
            else:
                update_item(session, self._detail.id, changes)

    # --- validation -------------------------------------------------------------------------

    def validate(self) -> bool:
        """Check every field now; show each error under its field; OK only when all is well."""
        errors: dict[str, str] = {}
        general = ""
        changes: ItemChanges | None = None
        new_venue: NewVenue | None = None
        try:
            changes, new_venue = self._read()
            self._dry_run(changes, new_venue)
            self._repeats = self._occurrences(changes)
        except _FieldError as exc:
            errors.update(exc.errors)
            changes = None
        except ValidationError as exc:
            key = FIELD_OF_ERROR.get(exc.field)
            if key in self.error_labels:
                errors[key] = core_sentence(exc.message)
            else:
                general = core_text(exc)
            changes = None
        except DomainError as exc:
            general = core_text(exc)
            changes = None
        self._errors = errors
        self._changes = changes
        self._new_venue = new_venue if changes is not None else None
        for key, label in self.error_labels.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        self.general_error.setText(general)
        self.general_error.setVisible(bool(general))
        self._show_feedback()
        self.ok_button.setEnabled(changes is not None)
        return changes is not None

    def _show_feedback(self) -> None:
        """What the typed start and end were read as, in words."""
        home = self._choices.mission.home_zone
        start: datetime | None = None
        start_zone = self.start_zone.currentText().strip()
        try:
            start = self._parse_time("start", self.start_edit.text(), None)
            self.start_feedback.setText(self._moment_text(start, start_zone, home))
        except (_FieldError, LookupError, ValueError):
            self.start_feedback.clear()
        try:
            times = self._times()
        except (_FieldError, LookupError, ValueError):
            self.end_feedback.clear()
        else:
            _start, _zone, end, end_zone = times
            text = self._moment_text(end, end_zone, home)
            length = aware(end, end_zone) - aware(times[0], times[1])
            self.end_feedback.setText(f"{text} · {duration_text(length)}")
        # A time in error is not read back: the error says what is wrong with it.
        self.start_feedback.setVisible(
            bool(self.start_feedback.text()) and "start" not in self._errors
        )
        self.end_feedback.setVisible(bool(self.end_feedback.text()) and "end" not in self._errors)
        self._show_attendance()
        self._show_new_place()
        self._show_repeats()

    def _show_new_place(self) -> None:
        _venue_id, new_venue = self.place()
        if new_venue is not None:
            self.new_place_label.setText(arg(self.tr("New place: %1"), new_venue.name))
        self.new_place_box.setVisible(new_venue is not None)

    def _show_repeats(self) -> None:
        """How many times a repeating item happens within the mission, and its last day."""
        text = ""
        repeats = self._repeats if self._changes is not None else []
        if repeats:
            # "Thursday 9 November", "jeudi 9 novembre": the year is the mission's.
            last = format_date(repeats[-1][0].date(), "EEEE d MMMM", locale=self._language)
            if len(repeats) == 1:
                text = arg(self.tr("1 occurrence, on %1"), last)
            else:
                text = arg(self.tr("%1 occurrences, last on %2"), len(repeats), last)
        self.repeat_summary.setText(text)
        self.repeat_summary.setVisible(bool(text))

    def _show_attendance(self) -> None:
        included, excluded = len(self.attendance.included()), len(self.attendance.excluded())
        parts = []
        if included == 1:
            parts.append(self.tr("1 invited by name"))
        elif included:
            parts.append(arg(self.tr("%1 invited by name"), included))
        if excluded == 1:
            parts.append(self.tr("1 excluded"))
        elif excluded:
            parts.append(arg(self.tr("%1 excluded"), excluded))
        self.attendance_summary.setText(" · ".join(parts))
        self.attendance_summary.setVisible(bool(parts))

    def _moment_text(self, local: datetime, zone: str, home: str) -> str:
        try:
            moment = aware(local, zone)
            day = long_day_text(local.date(), self._language)
            text = f"{day}, {clock_text(local)} {zone_abbreviation(moment)}"
            at_home = moment.astimezone(ZoneInfo(home))
        except (LookupError, ValueError):
            return ""
        if at_home.utcoffset() != moment.utcoffset():
            when = clock_text(at_home)
            if at_home.date() != local.date():
                when = f"{format_skeleton('MMMEd', at_home.date(), locale=self._language)} {when}"
            text += " " + arg(self.tr("(%1 in %2)"), when, city_of(home, self._language))
        return text

    @property
    def errors(self) -> dict[str, str]:
        return dict(self._errors)

    @property
    def changes(self) -> ItemChanges:
        """The item as edited; valid once the dialog is accepted. When :attr:`new_venue` is
        set, ``venue_id`` is None: the command writing the item makes the venue first."""
        assert self._changes is not None
        return self._changes

    @property
    def new_venue(self) -> NewVenue | None:
        """The place typed that no venue has: to make with the item, in its transaction
        (``services.venues.with_venue(session, dialog.changes, dialog.new_venue)``)."""
        return self._new_venue

    def accept(self) -> None:
        if self.validate():
            super().accept()


class _FieldError(Exception):
    """What is wrong, by field of the editor (one field, or several at once)."""

    def __init__(self, key_or_errors: str | dict[str, str], text: str = "") -> None:
        errors = key_or_errors if isinstance(key_or_errors, dict) else {key_or_errors: text}
        super().__init__("; ".join(errors.values()))
        self.errors = errors
