"""Search as coordinators type it: case- and accent-insensitive, every word must match."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

# Letters that Unicode does not decompose but French and Nordic names write both ways.
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ß": "ss"})

#: Role under which a source model returns a row's folded search text (on column 0).
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 100
#: Role under which a source model returns the key a column sorts by.
SORT_ROLE = Qt.ItemDataRole.UserRole + 101


#: The accents of the Latin, Greek and Cyrillic alphabets (the combining marks among U+0300 to
#: U+036F), dropped in one pass; other combining marks are looked up one by one.
_ACCENTS = re.compile(
    "[" + "".join(chr(c) for c in range(0x300, 0x370) if unicodedata.combining(chr(c))) + "]"
)


def fold(text: str) -> str:
    """``"Hélène Œuvray"`` -> ``"helene oeuvray"``: casefold, drop accents, spell ligatures."""
    # Fast paths first (the search texts of thousands of rows are folded at once): ASCII has
    # nothing to decompose, and casefolds as it lowers.
    if text.isascii():
        return text.lower()
    bare = _ACCENTS.sub("", unicodedata.normalize("NFKD", text))
    if bare.isascii():
        return bare.lower()
    bare = "".join(c for c in bare if not unicodedata.combining(c))
    return bare.casefold().translate(_LIGATURES)


def query_words(query: str) -> tuple[str, ...]:
    return tuple(fold(query).split())


def matches(words: tuple[str, ...], haystack: str) -> bool:
    """True when every word of the query occurs in the (already folded) haystack."""
    return all(word in haystack for word in words)


def sort_rows(
    model: QAbstractItemModel,
    keys: Sequence[Any],
    order: Qt.SortOrder,
    reorder: Callable[[list[int]], None],
) -> None:
    """Sort a list model's rows by ``keys`` (one per row; stable, equal keys keep their
    order): ``reorder`` gets, for each new row, the old row it comes from and rearranges the
    model's lists; the views, proxies and selections holding on to rows follow them."""
    if not keys:
        return
    model.layoutAboutToBeChanged.emit()
    ranks = sorted(
        range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
    )
    reorder(ranks)
    moved_to = [0] * len(ranks)
    for new, old in enumerate(ranks):
        moved_to[old] = new
    held = model.persistentIndexList()
    model.changePersistentIndexList(
        held, [model.index(moved_to[index.row()], index.column()) for index in held]
    )
    model.layoutChanged.emit()


class SortedBySource(QSortFilterProxyModel):
    """A proxy that hands sorting to a source whose ``sorts_itself`` is true.

    Sorting in the proxy calls the source's data() twice per comparison, from C++ into
    Python: most of a second for 2,000 rows. Such a source sorts its list once, by key
    (``sort_rows``), and the proxy keeps its order.
    """

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if getattr(source, "sorts_itself", False):
            source.sort(column, order)
            return
        super().sort(column, order)


class SearchProxyModel(SortedBySource):
    """Filters rows by the source's :data:`SEARCH_ROLE` text and sorts by :data:`SORT_ROLE`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    @property
    def query(self) -> str:
        return " ".join(self._words)

    @property
    def words(self) -> tuple[str, ...]:
        """The query's words, folded: a row is shown when its search text holds them all."""
        return self._words

    def set_query(self, query: str) -> None:
        words = query_words(query)
        if words != self._words:
            self.change_filter(lambda: setattr(self, "_words", words))

    def change_filter(self, change: Callable[[], None]) -> None:
        """Apply ``change`` to what the filter looks at, and filter the rows again."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter before that
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE)
        return isinstance(haystack, str) and matches(self._words, haystack)
