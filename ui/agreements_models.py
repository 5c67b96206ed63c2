"""The agreements register as the window shows it: the list of agreements (over the core's
register rows, behind a search proxy) and the small tables of one agreement's detail
(parties, signatories, documents, commitments, status history).

Kinds and statuses of agreements and commitments are labelled by the core itself, in French
and English (the same words as the register's PDF); the headings are the window's own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from babel.dates import format_date, format_time
from babel.numbers import format_decimal
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from delegation_app.services.agreement_documents import DocumentView
from delegation_app.services.agreements import (
    OUR_SIDE,
    PartyView,
    RegisterRow,
    SignatoryView,
    StatusChangeView,
    status_label,
)
from delegation_app.services.commitments import CommitmentView
from ui import theme
from ui.formatting import country_name
from ui.labels import arg
from ui.search import SEARCH_ROLE, SORT_ROLE, SearchProxyModel, fold

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

# Role returning the read model (register row, document...) behind a row.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

NONE_SHOWN = "—"

# The register's columns.
TITLE, KIND, STATUS, PARTNERS, SIGNED, MISSION, DOCUMENTS = range(7)
REGISTER_COLUMNS = (TITLE, KIND, STATUS, PARTNERS, SIGNED, MISSION, DOCUMENTS)

# Status colours: grey while drafted, blue under way, green once signed, red when over.
STATUS_COLOURS = {
    "draft": "#6c6c6c",
    "negotiating": "#3b6fb6",
    "ready": "#7650ad",
    "signed": "#2f7d32",
    "in_force": "#2f7d32",
    "expired": "#b5832a",
    "terminated": "#b03a3a",
}


def short_date(day: date | None, language: str) -> str:
    return format_date(day, "medium", locale=language) if day is not None else NONE_SHOWN


def moment(at: datetime, language: str) -> str:
    """An aware time shown in this computer's zone: ``14 nov. 2017, 09:30``."""
    local = at.astimezone()
    day = format_date(local.date(), "medium", locale=language)
    return f"{day}, {format_time(local.time(), 'short', locale=language)}"


def file_size(size: int, language: str) -> str:
    """``528 bytes``, ``1.5 KB``, ``12.3 MB`` (``1,5 Ko`` in French)."""
    if size < 1024:
        return arg(QCoreApplication.translate("Agreements", "%1 bytes"), size)
    if size < 1024 * 1024:
        return arg(
            QCoreApplication.translate("Agreements", "%1 KB"),
            format_decimal(round(size / 1024, 1), locale=language),
        )
    return arg(
        QCoreApplication.translate("Agreements", "%1 MB"),
        format_decimal(round(size / 1024 / 1024, 1), locale=language),
    )


def register_header(column: int) -> str:
    return {
        TITLE: QCoreApplication.translate("Agreements", "Agreement"),
        KIND: QCoreApplication.translate("Agreements", "Kind"),
        STATUS: QCoreApplication.translate("Agreements", "Status"),
        PARTNERS: QCoreApplication.translate("Agreements", "Partners"),
        SIGNED: QCoreApplication.translate("Agreements", "Signed"),
        MISSION: QCoreApplication.translate("Agreements", "Mission"),
        DOCUMENTS: QCoreApplication.translate("Agreements", "Documents"),
    }[column]


def side_label(side: int) -> str:
    return (
        QCoreApplication.translate("Agreements", "Our side")
        if side == OUR_SIDE
        else QCoreApplication.translate("Agreements", "Partner")
    )


class RegisterTableModel(QAbstractTableModel):
    """One row per agreement of the register, texts in the window's language."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[RegisterRow] = []

    @property
    def rows(self) -> list[RegisterRow]:
        return self._rows

    def set_rows(self, rows: Sequence[RegisterRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self._language = language
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(REGISTER_COLUMNS) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(REGISTER_COLUMNS) - 1)

    def row_of(self, agreement_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == agreement_id:
                return number
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(REGISTER_COLUMNS)

    def display_text(self, row: RegisterRow, column: int) -> str:
        language = self._language
        if column == TITLE:
            return row.title(language)
        if column == KIND:
            return row.kind_label(language)
        if column == STATUS:
            return row.status_label(language)
        if column == PARTNERS:
            return ", ".join(p.organisation for p in row.partners) or NONE_SHOWN
        if column == SIGNED:
            return short_date(row.signing_date, language)
        if column == MISSION:
            return row.mission_title(language) or NONE_SHOWN
        if column == DOCUMENTS:
            text = str(row.documents)
            return text + " ✓" if row.has_signed_copy else text
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column == DOCUMENTS:
                return (
                    QCoreApplication.translate("Agreements", "Holds the signed copy")
                    if row.has_signed_copy
                    else None
                )
            if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
                return row.short
            return self.display_text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return theme.readable(STATUS_COLOURS.get(row.status.value, "#000000"))
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            if column == SIGNED:
                return row.signing_date.toordinal() if row.signing_date else 0
            if column == DOCUMENTS:
                return row.documents
            return fold(self.display_text(row, column))
        if role == SEARCH_ROLE:
            words = [
                row.short,
                row.title_fr,
                row.title_en,
                row.kind_label(self._language),
                row.status_label(self._language),
                row.mission_short or "",
                *(p.organisation for p in row.parties),
                *(s.name for s in row.signatories),
                *row.domains,
            ]
            return fold(" ".join(words))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DOCUMENTS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(REGISTER_COLUMNS)
        ):
            return register_header(section)
        return None


class RegisterFilterModel(SearchProxyModel):
    """The register behind the page's search box (accent- and case-insensitive)."""

    def row_at(self, proxy_row: int) -> RegisterRow:
        value = self.index(proxy_row, 0).data(ROW_ROLE)
        assert isinstance(value, RegisterRow)
        return value


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column of a detail table: its heading (translated when asked) and its text."""

    heading: Callable[[], str]
    text: Callable[[T, str], str]


class DetailTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table of read models (parties, documents...), one column per ``Column``."""

    def __init__(
        self, columns: Sequence[Column[T]], language: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._language = language
        self._items: list[T] = []

    @property
    def items(self) -> list[T]:
        return self._items

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.beginResetModel()
        self._language = language
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def text(self, row: int, column: int) -> str:
        return self._columns[column].text(self._items[row], self._language)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        if role == ROW_ROLE:
            return self._items[index.row()]
        return self.extra_data(self._items[index.row()], index.column(), role)

    def extra_data(self, item: T, column: int, role: int) -> Any:
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)  # not -1: Python would give the last one
        ):
            return self._columns[section].heading()
        return None


def _country(party: PartyView, language: str) -> str:
    return country_name(party.country, language) if party.country else NONE_SHOWN


def parties_model(language: str, parent: QObject | None = None) -> DetailTableModel[PartyView]:
    return DetailTableModel(
        [
            Column(
                lambda: QCoreApplication.translate("Agreements", "Organisation"),
                lambda p, _l: p.organisation,
            ),
            Column(
                lambda: QCoreApplication.translate("Agreements", "Side"),
                lambda p, _l: side_label(p.side),
            ),
            Column(lambda: QCoreApplication.translate("Agreements", "Country"), _country),
        ],
        language,
        parent,
    )


def signatories_model(
    language: str, parent: QObject | None = None
) -> DetailTableModel[SignatoryView]:
    return DetailTableModel(
        [
            Column(
                lambda: QCoreApplication.translate("Agreements", "Signatory"), lambda s, _l: s.name
            ),
            Column(
                lambda: QCoreApplication.translate("Agreements", "Capacity"),
                lambda s, _l: s.capacity,
            ),
            Column(
                lambda: QCoreApplication.translate("Agreements", "For"),
                lambda s, _l: s.organisation,
            ),
        ],
        language,
        parent,
    )


def _uploaded(document: DocumentView, language: str) -> str:
    return moment(document.uploaded_at, language)


def _signed_mark(document: DocumentView, _language: str) -> str:
    return (
        QCoreApplication.translate("Agreements", "Signed copy")
        if document.is_signed_copy
        else QCoreApplication.translate("Agreements", "Draft")
    )


class DocumentsModel(DetailTableModel[DocumentView]):
    """An agreement's versions; the signed copy in bold, marked as such."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("Agreements", "Version"),
                    lambda d, _l: str(d.version),
                ),
                Column(
                    lambda: QCoreApplication.translate("Agreements", "File"), lambda d, _l: d.name
                ),
                Column(
                    lambda: QCoreApplication.translate("Agreements", "Kind of copy"), _signed_mark
                ),
                Column(
                    lambda: QCoreApplication.translate("Agreements", "Size"),
                    lambda d, lang: file_size(d.size, lang),
                ),
                Column(lambda: QCoreApplication.translate("Agreements", "Added"), _uploaded),
                Column(
                    lambda: QCoreApplication.translate("Agreements", "By"),
                    lambda d, _l: d.uploaded_by or NONE_SHOWN,
                ),
                Column(
                    lambda: QCoreApplication.translate("Agreements", "Note"),
                    lambda d, _l: d.note or "",
                ),
            ],
            language,
            parent,
        )

    def extra_data(self, item: DocumentView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and item.is_signed_copy:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.StatusTipRole:
            return f"SHA-256 {item.sha256}"
        return None


class CommitmentsModel(DetailTableModel[CommitmentView]):
    """What each party committed to; an open commitment past its due date in red."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("Agreements", "Commitment"),
                    lambda c, _l: c.description,
                ),
                Column(
                    lambda: QCoreApplication.translate("Agreements", "Party"),
                    lambda c, _l: c.party or NONE_SHOWN,
                ),
                Column(
                    lambda: QCoreApplication.translate("Agreements", "Owner"),
                    lambda c, _l: c.owner or NONE_SHOWN,
                ),
                Column(
                    lambda: QCoreApplication.translate("Agreements", "Due"),
                    lambda c, lang: short_date(c.due_date, lang),
                ),
                Column(
                    lambda: QCoreApplication.translate("Agreements", "Status"),
                    lambda c, lang: c.status_label(lang),
                ),
            ],
            language,
            parent,
        )
        self.today = date.today()

    def extra_data(self, item: CommitmentView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and item.days_late(self.today) > 0:
            return theme.readable("#b03a3a")
        return None


def history_model(
    language: str, parent: QObject | None = None
) -> DetailTableModel[StatusChangeView]:
    return DetailTableModel(
        [
            Column(
                lambda: QCoreApplication.translate("Agreements", "Status"),
                lambda h, lang: status_label(h.status, lang),
            ),
            Column(
                lambda: QCoreApplication.translate("Agreements", "Changed"),
                lambda h, lang: moment(h.changed_at, lang),
            ),
            Column(
                lambda: QCoreApplication.translate("Agreements", "By"),
                lambda h, _l: h.changed_by or NONE_SHOWN,
            ),
            # The steps a change skipped come first, worded by the core in the window's language.
            Column(
                lambda: QCoreApplication.translate("Agreements", "Note"),
                lambda h, lang: h.note_text(lang),
            ),
        ],
        language,
        parent,
    )
