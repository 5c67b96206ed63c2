"""Qt item models over the core's frozen read models (missions, roster).

The models hold read models only; they are refilled from the services after a change, never
lazy-load, and format text for the window's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from delegation_app.services.views import MissionView, RosterEntry
from delegation_app.storage.kinds import MissionStatus, ParticipantRole, ParticipantStatus
from ui import theme
from ui.formatting import date_range, language_name
from ui.labels import arg, delegates_count, mission_status_label, role_label, status_label
from ui.search import SEARCH_ROLE, SORT_ROLE, SearchProxyModel, fold

Index = QModelIndex | QPersistentModelIndex

#: Role returning the frozen read model behind a row (``MissionView`` or ``RosterEntry``).
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role returning a mission's second line: status, dates, destination, head count.
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2
#: Role returning a mission's status (``MissionStatus``).
MISSION_STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

NONE_SHOWN = "—"


class MissionListModel(QAbstractListModel):
    """Missions in the order the service gives (upcoming first, then past)."""

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._missions: list[MissionView] = []
        self._search: list[str] = []
        self._language = language

    def set_missions(self, missions: Sequence[MissionView]) -> None:
        self.beginResetModel()
        self._missions = list(missions)
        self._search = [_mission_search_text(m) for m in self._missions]
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self._language = language
        if self._missions:
            self.dataChanged.emit(self.index(0), self.index(len(self._missions) - 1))

    def mission_at(self, row: int) -> MissionView:
        return self._missions[row]

    def row_of(self, short: str) -> int | None:
        return next((row for row, m in enumerate(self._missions) if m.short == short), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._missions)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return None  # a list without headers (Qt's default numbers the sections)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._missions):
            return None
        mission = self._missions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return mission.title(self._language)
        if role == SUBTITLE_ROLE:
            return self.subtitle(mission)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [mission.title(self._language), self.subtitle(mission)]
            if mission.partner_event:
                lines.append(mission.partner_event)
            lines.append(mission_status_label(mission.status))
            return "\n".join(lines)
        if role == ITEM_ROLE:
            return mission
        if role == MISSION_STATUS_ROLE:
            return mission.status
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == SORT_ROLE:
            return mission.start_date.isoformat()
        return None

    def subtitle(self, mission: MissionView) -> str:
        """``Planned · 5–10 Nov 2017 · Miami · 120 delegates``: the status first, so a narrow
        list still shows it."""
        dates = date_range(mission.start_date, mission.end_date, self._language)
        parts = [
            mission_status_label(mission.status),
            dates,
            mission.destination,
            delegates_count(mission.participant_count),
        ]
        return " · ".join(p for p in parts if p)


def _mission_search_text(mission: MissionView) -> str:
    fields = [mission.short, mission.title_fr, mission.title_en, mission.partner_event or ""]
    fields += [stop.city for stop in mission.stops]
    fields.append(str(mission.start_date.year))
    return fold(" ".join(fields))


class MissionFilterModel(SearchProxyModel):
    """The mission list as filtered by the search box, archived missions hidden unless asked;
    keeps the service's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_archived = False

    @property
    def show_archived(self) -> bool:
        return self._show_archived

    def set_show_archived(self, show: bool) -> None:
        if show != self._show_archived:
            self.change_filter(lambda: setattr(self, "_show_archived", show))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._show_archived:
            model = self.sourceModel()
            status = model.data(model.index(source_row, 0, source_parent), MISSION_STATUS_ROLE)
            if status == MissionStatus.ARCHIVED:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


# --- roster -------------------------------------------------------------------------------

NAME, ORGANISATION, ROLE, STATUS, GROUPS, LANGUAGE, HOTEL_ROOM, PASSPORT = range(8)
ROSTER_COLUMNS = (NAME, ORGANISATION, ROLE, STATUS, GROUPS, LANGUAGE, HOTEL_ROOM, PASSPORT)
#: Columns that share the room left (and give it back first when the window is narrow).
FLEXIBLE_COLUMNS = {NAME: 3, ORGANISATION: 3, GROUPS: 2, HOTEL_ROOM: 3}
#: Widest a column grows when it is fitted to its content (pixels).
MAX_FITTED_WIDTH = 300
#: Narrowest a flexible column gets when the window is too narrow for every content.
MIN_FLEXIBLE_WIDTH = {NAME: 170, ORGANISATION: 140, GROUPS: 110, HOTEL_ROOM: 120}

_STATUS_ORDER = {status: n for n, status in enumerate(ParticipantStatus)}
_ROLE_ORDER = {role: n for n, role in enumerate(ParticipantRole)}
_STATUS_COLOURS = {
    ParticipantStatus.CONFIRMED: QColor("#2e7d32"),
    ParticipantStatus.WAITLISTED: QColor("#a15c00"),
    ParticipantStatus.CANCELLED: QColor("#8a8a8a"),
}


def roster_header(column: int) -> str:
    headers = {
        NAME: QCoreApplication.translate("Roster", "Name"),
        ORGANISATION: QCoreApplication.translate("Roster", "Organisation"),
        ROLE: QCoreApplication.translate("Roster", "Role"),
        STATUS: QCoreApplication.translate("Roster", "Status"),
        GROUPS: QCoreApplication.translate("Roster", "Groups"),
        LANGUAGE: QCoreApplication.translate("Roster", "Language"),
        HOTEL_ROOM: QCoreApplication.translate("Roster", "Room / hotel"),
        PASSPORT: QCoreApplication.translate("Roster", "Passport"),
    }
    return headers[column]


def passport_text(entry: RosterEntry) -> str:
    """Never the number: the roster only says whether one is on file."""
    if entry.has_passport:
        return QCoreApplication.translate("Roster", "•••• on file")
    return NONE_SHOWN


def hotel_room_text(entry: RosterEntry) -> str:
    """``1204 · InterContinental Miami``: the room first, so a narrow column still shows it."""
    if not entry.hotel:
        return NONE_SHOWN
    return f"{entry.room} · {entry.hotel}" if entry.room else entry.hotel


def hotel_room_tooltip(entry: RosterEntry) -> str | None:
    if not entry.hotel:
        return None
    if not entry.room:
        return entry.hotel
    return arg(QCoreApplication.translate("Roster", "%1, room %2"), entry.hotel, entry.room)


class RosterTableModel(QAbstractTableModel):
    """The delegates of one mission, one row each (personal data masked)."""

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[RosterEntry] = []
        self._search: list[str] = []
        # Sorting asks for a row's key at every comparison: fold each text once.
        self._sort_keys: dict[tuple[int, int], str | int] = {}
        self._language = language

    def set_entries(self, entries: Sequence[RosterEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._search = [_entry_search_text(e) for e in self._entries]
        self._sort_keys.clear()
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self._language = language
        self._sort_keys.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(ROSTER_COLUMNS) - 1)
        if self._entries:
            last = self.index(len(self._entries) - 1, len(ROSTER_COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    @property
    def entries(self) -> tuple[RosterEntry, ...]:
        return tuple(self._entries)

    def entry_at(self, row: int) -> RosterEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(ROSTER_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section not in ROSTER_COLUMNS:
            return None  # no vertical header is shown
        if role == Qt.ItemDataRole.DisplayRole:
            return roster_header(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry, column = self._entries[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(entry, column)
        if role == SORT_ROLE:
            key = self._sort_keys.get((index.row(), column))
            if key is None:
                key = self._sort_keys[(index.row(), column)] = self.sort_key(entry, column)
            return key
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == ITEM_ROLE:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.status == ParticipantStatus.CANCELLED:
                return theme.readable(_STATUS_COLOURS[ParticipantStatus.CANCELLED])
            colour = _STATUS_COLOURS.get(entry.status) if column == STATUS else None
            return theme.readable(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and entry.status == ParticipantStatus.CANCELLED:
            font = QFont()
            font.setStrikeOut(column == NAME)
            font.setItalic(True)
            return font
        return None

    def display_text(self, entry: RosterEntry, column: int) -> str:
        if column == NAME:
            return entry.sort_name
        if column == ORGANISATION:
            return entry.organisation or NONE_SHOWN
        if column == ROLE:
            return role_label(entry.role)
        if column == STATUS:
            return status_label(entry.status)
        if column == GROUPS:
            return ", ".join(entry.groups) or NONE_SHOWN
        if column == LANGUAGE:
            return language_name(entry.language, self._language)
        if column == HOTEL_ROOM:
            return hotel_room_text(entry)
        if column == PASSPORT:
            return passport_text(entry)
        return ""

    def sort_key(self, entry: RosterEntry, column: int) -> str | int:
        """Family name then given name for the name column; workflow order for the enums."""
        if column == NAME:
            return f"{fold(entry.family_name)}\t{fold(entry.given_name)}"
        if column == STATUS:
            return _STATUS_ORDER.get(entry.status, len(_STATUS_ORDER))
        if column == ROLE:
            return _ROLE_ORDER.get(entry.role, len(_ROLE_ORDER))
        if column == PASSPORT:
            return int(entry.has_passport)
        if column == HOTEL_ROOM and entry.hotel:
            # By hotel, then room in numeric order: 815 before 1118.
            room = entry.room or ""
            return f"{fold(entry.hotel)}\t{room.zfill(12) if room.isdigit() else fold(room)}"
        text = self.display_text(entry, column)
        # Empty cells ("—") sort after every name, whichever the direction's first rows.
        return "\uffff" if text == NONE_SHOWN else fold(text)

    def _tooltip(self, entry: RosterEntry, column: int) -> str | None:
        if column == NAME:
            lines = [entry.full_name]
            lines += [x for x in (entry.job_title, entry.capacity, entry.email, entry.phone) if x]
            if entry.contact_role:
                lines.append(
                    arg(QCoreApplication.translate("Roster", "Key contact: %1"), entry.contact_role)
                )
            return "\n".join(lines)
        if column == ORGANISATION:
            return "\n".join(x for x in (entry.organisation, entry.job_title) if x) or None
        if column == PASSPORT:
            if entry.has_passport:
                return QCoreApplication.translate(
                    "Roster", "A passport is on file; its number is never shown here."
                )
            return QCoreApplication.translate("Roster", "No passport on file.")
        if column == HOTEL_ROOM:
            return hotel_room_tooltip(entry)
        text = self.display_text(entry, column)
        return text if text != NONE_SHOWN else None


def _entry_search_text(entry: RosterEntry) -> str:
    fields = [entry.given_name, entry.family_name, entry.organisation or "", *entry.groups]
    return fold(" ".join(fields))


class RosterFilterModel(SearchProxyModel):
    """The roster as searched (name, organisation, groups), filtered by status and group,
    and sorted by the user."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status: ParticipantStatus | None = None
        self._group: str | None = None

    @property
    def status(self) -> ParticipantStatus | None:
        return self._status

    @property
    def group(self) -> str | None:
        return self._group

    def set_status(self, status: ParticipantStatus | None) -> None:
        """Show only the delegates of ``status`` (all when None)."""
        if status != self._status:
            self.change_filter(lambda: setattr(self, "_status", status))

    def set_group(self, group: str | None) -> None:
        """Show only the members of the group named ``group`` (all when None)."""
        if group != self._group:
            self.change_filter(lambda: setattr(self, "_group", group))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._status is not None or self._group is not None:
            model = self.sourceModel()
            entry = model.data(model.index(source_row, 0, source_parent), ITEM_ROLE)
            if not isinstance(entry, RosterEntry):
                return False
            if self._status is not None and entry.status != self._status:
                return False
            if self._group is not None and self._group not in entry.groups:
                return False
        return super().filterAcceptsRow(source_row, source_parent)

    def entry_at(self, row: int) -> RosterEntry:
        entry = self.index(row, 0).data(ITEM_ROLE)
        assert isinstance(entry, RosterEntry)
        return entry
