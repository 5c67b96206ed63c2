"""Search as coordinators type it: case- and accent-insensitive, every word must match."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

# Letters that Unicode does not decompose but French and Nordic names write both ways.
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ß": "ss"})

#: Role under which a source model returns a row's folded search text (on column 0).
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 100
#: Role under which a source model returns the key a column sorts by.
SORT_ROLE = Qt.ItemDataRole.UserRole + 101


def fold(text: str) -> str:
    """``"Hélène Œuvray"`` -> ``"helene oeuvray"``: casefold, drop accents, spell ligatures."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold().translate(_LIGATURES)


def query_words(query: str) -> tuple[str, ...]:
    return tuple(fold(query).split())


def matches(words: tuple[str, ...], haystack: str) -> bool:
    """True when every word of the query occurs in the (already folded) haystack."""
    return all(word in haystack for word in words)


class SearchProxyModel(QSortFilterProxyModel):
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
