"""The itinerary as the window shows it: rows over the core's agenda entries, their texts in
the window's language (kinds, times with their zones, home time, audience), and a search proxy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import Any

from babel.dates import format_date, format_skeleton, get_timezone_location
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from delegation_app.services.agenda import AgendaEntry
from delegation_app.services.itinerary import AudienceSummary
from delegation_app.storage.models import Audience, ItemKind
from ui import theme
from ui.formatting import utc_offset
from ui.labels import arg
from ui.search import SEARCH_ROLE, SORT_ROLE, SearchProxyModel, fold, matches, sort_rows

Index = QModelIndex | QPersistentModelIndex

#: Role returning the :class:`ItineraryRow` behind a row.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

DAY, TIME, HOME, KIND, TITLE, PLACE, AUDIENCE = range(7)
ITINERARY_COLUMNS = (DAY, TIME, HOME, KIND, TITLE, PLACE, AUDIENCE)

NONE_SHOWN = "—"

#: Fill and border of each kind of item, in the day view and as the list's swatch.
KIND_COLOURS: dict[ItemKind, tuple[str, str]] = {
    ItemKind.FLIGHT: ("#dce8f7", "#3b6fb6"),
    ItemKind.TRAIN: ("#dce8f7", "#3b6fb6"),
    ItemKind.TRANSFER: ("#e3eef5", "#4d7f9c"),
    ItemKind.VISIT: ("#dcefdc", "#3d8a3d"),
    ItemKind.RECEPTION: ("#fbe6cf", "#c0701d"),
    ItemKind.MEAL: ("#fbeed6", "#b5832a"),
    ItemKind.MEETING: ("#e9e0f5", "#7650ad"),
    ItemKind.WORKSHOP: ("#d6efed", "#26807a"),
    ItemKind.SIGNING: ("#f7dcdc", "#b03a3a"),
    ItemKind.BRIEFING: ("#e7e7e7", "#6c6c6c"),
    ItemKind.FREE_TIME: ("#f4f1d8", "#968b38"),
    ItemKind.OTHER: ("#ececec", "#7a7a7a"),
}


#: Each kind's name as written in the source; translated when asked for (lupdate reads them).
_KIND_NAMES = {
    ItemKind.FLIGHT: QT_TRANSLATE_NOOP("Itinerary", "Flight"),
    ItemKind.TRAIN: QT_TRANSLATE_NOOP("Itinerary", "Train"),
    ItemKind.TRANSFER: QT_TRANSLATE_NOOP("Itinerary", "Transfer"),
    ItemKind.VISIT: QT_TRANSLATE_NOOP("Itinerary", "Visit"),
    ItemKind.RECEPTION: QT_TRANSLATE_NOOP("Itinerary", "Reception"),
    ItemKind.MEAL: QT_TRANSLATE_NOOP("Itinerary", "Meal"),
    ItemKind.MEETING: QT_TRANSLATE_NOOP("Itinerary", "B2B meeting"),
    ItemKind.WORKSHOP: QT_TRANSLATE_NOOP("Itinerary", "Workshop"),
    ItemKind.SIGNING: QT_TRANSLATE_NOOP("Itinerary", "Signing"),
    ItemKind.BRIEFING: QT_TRANSLATE_NOOP("Itinerary", "Briefing"),
    ItemKind.FREE_TIME: QT_TRANSLATE_NOOP("Itinerary", "Free time"),
    ItemKind.OTHER: QT_TRANSLATE_NOOP("Itinerary", "Other"),
}


def kind_label(kind: ItemKind) -> str:
    # One lookup in the catalogue, not twelve: thousands of rows ask for it at once.
    name = _KIND_NAMES.get(kind)
    return QCoreApplication.translate("Itinerary", name) if name else str(kind)


def itinerary_header(column: int, home_zone: str, language: str) -> str:
    headers = {
        DAY: QCoreApplication.translate("Itinerary", "Day"),
        TIME: QCoreApplication.translate("Itinerary", "Local time"),
        HOME: arg(QCoreApplication.translate("Itinerary", "%1 time"), city_of(home_zone, language)),
        KIND: QCoreApplication.translate("Itinerary", "Kind"),
        TITLE: QCoreApplication.translate("Itinerary", "Title"),
        PLACE: QCoreApplication.translate("Itinerary", "Place"),
        AUDIENCE: QCoreApplication.translate("Itinerary", "For"),
    }
    return headers[column]


# --- dates and times ------------------------------------------------------------------------


@cache
def city_of(zone: str, language: str) -> str:
    """The zone's city as the language writes it: ``Europe/Paris`` -> ``Paris``."""
    try:
        return str(get_timezone_location(zone, locale=language, return_city=True))
    except (LookupError, ValueError):
        return zone.rsplit("/", 1)[-1].replace("_", " ")


@lru_cache(maxsize=4096)
def day_text(day: date, language: str) -> str:
    """``Sun, Nov 5`` in English, ``dim. 5 nov.`` in French."""
    return str(format_skeleton("MMMEd", day, locale=language))


def long_day_text(day: date, language: str) -> str:
    """``Sunday, November 5, 2017``, ``dimanche 5 novembre 2017``."""
    text = str(format_date(day, "full", locale=language))
    return text[:1].upper() + text[1:]


def clock_text(moment: datetime) -> str:
    """24-hour wall time, as itineraries and boarding passes print it in both languages."""
    return f"{moment:%H:%M}"


def zone_abbreviation(moment: datetime) -> str:
    """``EST``, ``CET``, ``JST``; the UTC offset where the zone has no letters (``UTC+3``)."""
    name = moment.tzname() or ""
    if name.isalpha():
        return name
    return utc_offset(str(moment.tzinfo), moment.date())


def _day_mark(later: date, earlier: date) -> str:
    days = (later - earlier).days
    return f" +{days}" if days > 0 else (f" {days}".replace("-", "\N{MINUS SIGN}") if days else "")


def local_time_text(entry: AgendaEntry) -> str:
    """``14:30–16:00 EST``; ``10:25 CET → 17:40 EST`` across zones; ``+1`` for the next day."""
    start, end = entry.start, entry.end
    mark = _day_mark(entry.end_local.date(), entry.start_local.date())
    if entry.start_zone == entry.end_zone and start.utcoffset() == end.utcoffset():
        return f"{clock_text(start)}–{clock_text(end)}{mark} {zone_abbreviation(start)}"
    return (
        f"{clock_text(start)} {zone_abbreviation(start)} → "
        f"{clock_text(end)}{mark} {zone_abbreviation(end)}"
    )


def same_offset_as_home(entry: AgendaEntry) -> bool:
    return (
        entry.start.utcoffset() == entry.start_at_home.utcoffset()
        and entry.end.utcoffset() == entry.end_at_home.utcoffset()
    )


def home_time_text(entry: AgendaEntry) -> str:
    """The item's times at home (Paris), or nothing when home keeps the same time."""
    if same_offset_as_home(entry):
        return ""
    start, end = entry.start_at_home, entry.end_at_home
    start_mark = _day_mark(start.date(), entry.start_local.date())
    end_mark = _day_mark(end.date(), entry.start_local.date())
    if start_mark == end_mark:
        return f"{clock_text(start)}–{clock_text(end)}{end_mark}"
    return f"{clock_text(start)}{start_mark}–{clock_text(end)}{end_mark}"


def duration_text(length: timedelta) -> str:
    minutes = int(length.total_seconds() // 60)
    hours, rest = divmod(abs(minutes), 60)
    if not hours:
        return arg(QCoreApplication.translate("Itinerary", "%1 min"), rest)
    if not rest:
        return arg(QCoreApplication.translate("Itinerary", "%1 h"), hours)
    return arg(QCoreApplication.translate("Itinerary", "%1 h %2"), hours, f"{rest:02d}")


# --- audience and place ---------------------------------------------------------------------


def audience_text(summary: AudienceSummary | None, fallback: Audience) -> str:
    """``Everyone``, ``Everyone but 5``, ``Group: Press``, ``5 delegates``."""
    audience = summary.audience if summary else fallback
    if audience == Audience.EVERYONE:
        if summary and summary.excluded:
            return arg(QCoreApplication.translate("Itinerary", "Everyone but %1"), summary.excluded)
        return QCoreApplication.translate("Itinerary", "Everyone")
    if audience == Audience.GROUPS:
        names = summary.group_names if summary else ()
        if len(names) == 1:
            text = arg(QCoreApplication.translate("Itinerary", "Group: %1"), names[0])
        else:
            text = arg(QCoreApplication.translate("Itinerary", "Groups: %1"), ", ".join(names))
        if summary and summary.named:
            text += " " + arg(
                QCoreApplication.translate("Itinerary", "+ %1 by name"), summary.named
            )
        return text
    count = summary.named if summary else 0
    if count == 1:
        return QCoreApplication.translate("Itinerary", "1 delegate")
    return arg(QCoreApplication.translate("Itinerary", "%1 delegates"), count)


def place_text(entry: AgendaEntry) -> str:
    """``MRS → MIA`` for a flight; else the venue; else the city."""
    if entry.flight is not None:
        return f"{entry.flight.departure_airport} → {entry.flight.arrival_airport}"
    return entry.venue or entry.city or NONE_SHOWN


def title_text(entry: AgendaEntry, language: str) -> str:
    title = entry.title(language)
    if entry.flight is not None:
        return f"{title} · {entry.flight.carrier} {entry.flight.number}"
    return title


# --- the rows -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItineraryRow:
    """One occurrence of an item (a repeating item gives one row per occurrence)."""

    entry: AgendaEntry
    audience: AudienceSummary | None

    @property
    def item_id(self) -> int:
        return self.entry.item_id

    @property
    def key(self) -> tuple[int, datetime]:
        """Names the row across reloads, even among the occurrences of a repeating item."""
        return (self.entry.item_id, self.entry.start_local)


def make_rows(
    entries: Sequence[AgendaEntry], audiences: Mapping[int, AudienceSummary]
) -> list[ItineraryRow]:
    return [ItineraryRow(entry, audiences.get(entry.item_id)) for entry in entries]


def _search_text(row: ItineraryRow) -> str:
    entry = row.entry
    fields = [entry.title_fr, entry.title_en, entry.venue or "", entry.city or ""]
    fields += [kind_label(entry.kind), str(entry.kind)]
    if entry.flight is not None:
        flight = entry.flight
        fields += [f"{flight.carrier}{flight.number}", f"{flight.carrier} {flight.number}"]
        fields += [flight.departure_airport, flight.arrival_airport]
    if row.audience is not None:
        fields += row.audience.group_names
    return fold(" ".join(fields))


def _lighter() -> QColor:
    # The palette's placeholder grey, made readable on both row colours (a dark palette's
    # alternate base leaves it at 3.8, under the 4.5 text needs).
    return theme.readable(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))


class ItineraryTableModel(QAbstractTableModel):
    """The mission's items (or one delegate's), one row per occurrence, in time order."""

    #: The proxy hands sorting to this model (see ``SearchProxyModel.sort``).
    sorts_itself = True

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ItineraryRow] = []
        self._search: list[str] = []
        self._language = language
        self._home_zone = "Europe/Paris"
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[ItineraryRow], home_zone: str | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if home_zone:
            self._home_zone = home_zone
        if self._sort is not None:
            self._rows = self._sorted(self._rows, *self._sort)
        self._search = [_search_text(r) for r in self._rows]
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(ITINERARY_COLUMNS) - 1)

    def set_language(self, language: str) -> None:
        self._language = language
        self._search = [_search_text(r) for r in self._rows]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(ITINERARY_COLUMNS) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(ITINERARY_COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        if self._sort is not None and self._sort[0] not in (DAY, TIME, HOME):
            self.sort(*self._sort)  # the texts it sorts by changed language

    def _sorted(
        self, rows: list[ItineraryRow], column: int, order: Qt.SortOrder
    ) -> list[ItineraryRow]:
        keys = [self.sort_key(row, column) for row in rows]
        descending = order == Qt.SortOrder.DescendingOrder
        ranks = sorted(range(len(rows)), key=keys.__getitem__, reverse=descending)
        return [rows[rank] for rank in ranks]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column``, moving what views and proxies hold on to with them."""
        self._sort = (column, order) if column in ITINERARY_COLUMNS else None
        if self._sort is None:
            return

        def reorder(ranks: list[int]) -> None:
            self._rows = [self._rows[rank] for rank in ranks]
            self._search = [self._search[rank] for rank in ranks]

        sort_rows(self, [self.sort_key(row, column) for row in self._rows], order, reorder)

    @property
    def rows(self) -> tuple[ItineraryRow, ...]:
        return tuple(self._rows)

    def rows_matching(self, words: tuple[str, ...]) -> list[ItineraryRow]:
        """The rows whose search text holds every word, in order."""
        if not words:
            return list(self._rows)
        return [
            row for row, text in zip(self._rows, self._search, strict=True) if matches(words, text)
        ]

    @property
    def home_zone(self) -> str:
        return self._home_zone

    def row_at(self, row: int) -> ItineraryRow:
        return self._rows[row]

    def row_of(self, key: tuple[int, datetime] | int) -> int | None:
        """The row of an occurrence (item id and start), or of an item's first occurrence."""
        for number, row in enumerate(self._rows):
            if (row.key == key) if isinstance(key, tuple) else (row.item_id == key):
                return number
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(ITINERARY_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section not in ITINERARY_COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return itinerary_header(section, self._home_zone, self._language)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and section == HOME:
            return QCoreApplication.translate(
                "Itinerary", "The time at home, shown when it differs from the local time"
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        entry = row.entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(row, column)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == HOME:
            return _lighter()
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return QColor(KIND_COLOURS[entry.kind][1])
        if role == Qt.ItemDataRole.FontRole and column == TIME:
            font = QFont()
            font.setFeature(QFont.Tag("tnum"), 1)  # digits of one width: times line up
            return font
        return None

    def display_text(self, row: ItineraryRow, column: int) -> str:
        entry = row.entry
        if column == DAY:
            return day_text(entry.day, self._language)
        if column == TIME:
            return local_time_text(entry)
        if column == HOME:
            return home_time_text(entry)
        if column == KIND:
            return kind_label(entry.kind)
        if column == TITLE:
            return title_text(entry, self._language)
        if column == PLACE:
            return place_text(entry)
        if column == AUDIENCE:
            return audience_text(row.audience, entry.audience)
        return ""

    def sort_key(self, row: ItineraryRow, column: int) -> str:
        entry = row.entry
        when = f"{entry.start.timestamp():015.0f}\t{entry.end.timestamp():015.0f}"
        if column in (DAY, TIME, HOME):
            return f"{when}\t{entry.item_id:09d}"
        return f"{fold(self.display_text(row, column))}\t{when}"

    def tooltip(self, row: ItineraryRow, column: int) -> str | None:
        entry = row.entry
        if column in (DAY, TIME, HOME):
            lines = [
                long_day_text(entry.day, self._language),
                f"{local_time_text(entry)} ({duration_text(entry.duration)})",
                f"{entry.start_zone}"
                + (f" → {entry.end_zone}" if entry.end_zone != entry.start_zone else ""),
            ]
            home = home_time_text(entry)
            if home:
                lines.append(
                    arg(
                        QCoreApplication.translate("Itinerary", "%1 time: %2"),
                        city_of(entry.home_zone, self._language),
                        home,
                    )
                )
            if entry.recurring:
                lines.append(
                    QCoreApplication.translate(
                        "Itinerary", "Repeats: editing changes every occurrence"
                    )
                )
            return "\n".join(lines)
        if column == TITLE:
            lines = [entry.title(self._language)]
            other = entry.title("en" if self._language == "fr" else "fr")
            if other != lines[0]:
                lines.append(other)
            notes = entry.notes(self._language)
            if notes:
                lines.append(notes)
            if entry.dress_code:
                lines.append(
                    arg(QCoreApplication.translate("Itinerary", "Dress code: %1"), entry.dress_code)
                )
            if entry.to_bring:
                lines.append(
                    arg(QCoreApplication.translate("Itinerary", "To bring: %1"), entry.to_bring)
                )
            if entry.staff_name:
                lines.append(
                    arg(
                        QCoreApplication.translate("Itinerary", "Staff in charge: %1"),
                        entry.staff_name,
                    )
                )
            return "\n".join(lines)
        if column == PLACE:
            parts = [entry.venue, entry.address, entry.city]
            return "\n".join(p for p in parts if p) or None
        if column == AUDIENCE:
            text = self.display_text(row, column)
            if (
                row.audience
                and row.audience.audience == Audience.EVERYONE
                and row.audience.excluded
            ):
                return arg(
                    QCoreApplication.translate("Itinerary", "Everyone except %1 delegates"),
                    row.audience.excluded,
                )
            return text
        return self.display_text(row, column) or None


class ItineraryFilterModel(SearchProxyModel):
    """The itinerary as searched (titles, places, kinds, flight numbers, groups), in time order
    unless the user sorts by a column."""

    def row_at(self, row: int) -> ItineraryRow:
        value = self.index(row, 0).data(ROW_ROLE)
        assert isinstance(value, ItineraryRow)
        return value

    def shown_rows(self) -> list[ItineraryRow]:
        """The rows the search lets through, in the order shown: read from the source's list
        (which sorts itself), not row by row through Qt, which costs thousands of calls."""
        source = self.sourceModel()
        assert isinstance(source, ItineraryTableModel)
        return source.rows_matching(self.words)
