"""A table's columns as the user left them: widths, order, hidden columns and sort, kept in the
settings from one session to the next.

``remember_columns(view, settings, key)`` is called once a table's header is set up. It keeps
under ``<key>/columns`` the header's own state (``QHeaderView.saveState``: widths, order,
hidden sections and the sort indicator), under ``<key>/columnCount`` how many columns that was,
and under ``<key>/sizedColumns`` the columns the user gave a width by dragging.

A column set to fit its content (``ResizeToContents``) cannot be dragged in Qt, so it becomes
``Interactive`` and is fitted here instead, each time the rows change, until the user drags it;
from then on its width is the user's, also after a restart. Double-clicking its edge gives it
back to its content. Other columns keep their mode (a stretched column still shares the room
left); a page that fits its ``Interactive`` columns itself leaves out those in ``user_sized``.

A saved state the header refuses, or one of a table that had another number of columns (an
older version), is ignored: the columns are fitted as on a first start. Before, the window
kept only the sort of a page's table, as ``<page>/sort``: read when there is no saved state yet,
and removed once the state (which holds the sort) is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Slot
from PySide6.QtWidgets import QHeaderView, QTableView, QTreeView

from ui import settings as keys

#: The user's dragging is written this long after it stops, not at every pixel.
SAVE_DELAY_MS = 400


def header_of(view: QTableView | QTreeView) -> QHeaderView:
    """The header whose sections are the view's columns."""
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def _read_int(settings: QSettings, key: str) -> int | None:
    value = settings.value(key)
    if isinstance(value, int):
        return value
    return int(value) if isinstance(value, str) and value.isdigit() else None


def _read_columns(settings: QSettings, key: str) -> set[int]:
    value = keys.read_str(settings, key)
    return {int(part) for part in value.split(",") if part.isdigit()}


def _read_old_sort(settings: QSettings, key: str) -> tuple[int, Qt.SortOrder] | None:
    """``column,order`` as the window wrote it, or None."""
    column, _, order = keys.read_str(settings, key).partition(",")
    if column.isdigit() and order in {"0", "1"}:
        return int(column), Qt.SortOrder(int(order))
    return None


class ColumnLayout(QObject):
    """Restores a view's saved columns once its model has them, and saves them again."""

    def __init__(
        self,
        view: QTableView | QTreeView,
        settings: QSettings,
        key: str,
        *,
        old_sort_key: str | None = None,
        fitted: Iterable[int] = (),
        fit_column: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._header = header_of(view)
        self._settings = settings
        self._state_key = keys.table_key(key, keys.COLUMNS)
        self._count_key = keys.table_key(key, keys.COLUMN_COUNT)
        self._sized_key = keys.table_key(key, keys.SIZED_COLUMNS)
        self._old_sort_key = old_sort_key
        #: Columns the user gave a width: no fitting changes them any more.
        self.user_sized: set[int] = set()
        #: Columns that were set to fit their content (or named ``fitted``), fitted here while
        #: the user leaves them, by ``fit_column`` (default: Qt measuring every row).
        self._fitted: set[int] = set(fitted)
        self._fit_column = fit_column or view.resizeColumnToContents
        self._modes: dict[int, QHeaderView.ResizeMode] = {}
        self._taken_over = False
        self._pressed = False  # a mouse button is down on the header: a resize is the user's
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        self._fit_timer = QTimer(self)  # many row changes in one turn: one fitting
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit)

        header = self._header
        header.sectionResized.connect(self._on_resized)
        header.sectionMoved.connect(self._schedule_save)
        header.sortIndicatorChanged.connect(self._schedule_save)
        header.sectionHandleDoubleClicked.connect(self._on_handle_double_clicked)
        header.sectionCountChanged.connect(self._on_count_changed)
        header.viewport().installEventFilter(self)
        view.installEventFilter(self)
        model = view.model()
        if model is not None:
            for signal in (
                model.modelReset,
                model.layoutChanged,
                model.rowsInserted,
                model.rowsRemoved,
                model.dataChanged,
                model.headerDataChanged,
            ):
                signal.connect(self._schedule_fit)
        if header.count() > 0:
            self._take_over()

    # --- restoring ------------------------------------------------------------------------

    @Slot(int, int)
    def _on_count_changed(self, _old: int, new: int) -> None:
        if new > 0 and not self._taken_over:
            self._take_over()

    def _take_over(self) -> None:
        """The columns as the page set them up, then as the user left them."""
        self._taken_over = True
        header = self._header
        for column in range(header.count()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents:
                self._fitted.add(column)
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self._modes[column] = header.sectionResizeMode(column)
        header.setSectionsMovable(True)
        if not self._restore():
            old = _read_old_sort(self._settings, self._old_sort_key) if self._old_sort_key else None
            if old is not None and old[0] < header.count() and self._view.isSortingEnabled():
                self._view.sortByColumn(*old)
        self.fit()

    def _restore(self) -> bool:
        """Apply the saved state, unless it is missing, refused or of another column set."""
        header = self._header
        state = self._settings.value(self._state_key)
        if not isinstance(state, QByteArray) or state.isEmpty():
            return False
        if _read_int(self._settings, self._count_key) != header.count():
            return False  # an older version's columns: their widths and order mean nothing now
        # restoreState also sets what the page chose (modes, stretching, alignment...): the
        # page's own choices stand, only the user's widths, order, hiding and sort come back.
        page_choices = (
            header.stretchLastSection(),
            header.cascadingSectionResizes(),
            header.minimumSectionSize(),
            header.defaultAlignment(),
            header.highlightSections(),
            header.sectionsClickable(),
            header.isSortIndicatorShown(),
        )
        before = header.saveState()
        if not header.restoreState(state) or header.count() != len(self._modes):
            header.restoreState(before)
            return False
        stretch, cascading, minimum, alignment, highlight, clickable, indicator = page_choices
        header.setStretchLastSection(stretch)
        header.setCascadingSectionResizes(cascading)
        header.setMinimumSectionSize(minimum)
        header.setDefaultAlignment(alignment)
        header.setHighlightSections(highlight)
        header.setSectionsClickable(clickable)
        header.setSortIndicatorShown(indicator)
        header.setSectionsMovable(True)
        for column, mode in self._modes.items():
            header.setSectionResizeMode(column, mode)
        self.user_sized = {
            c
            for c in _read_columns(self._settings, self._sized_key)
            if c < header.count() and self._modes[c] == QHeaderView.ResizeMode.Interactive
        }
        section = header.sortIndicatorSection()
        if self._view.isSortingEnabled() and -1 <= section < header.count():
            # The header only shows the arrow: the rows are sorted by the view.
            self._view.sortByColumn(section, header.sortIndicatorOrder())
        return True

    # --- fitting --------------------------------------------------------------------------

    @Slot()
    def _schedule_fit(self) -> None:
        if self._fitted - self.user_sized:
            self._fit_timer.start()

    @Slot()
    def fit(self) -> None:
        """The columns that fit their content, and that the user left, fitted to it again."""
        self._fit_timer.stop()
        for column in sorted(self._fitted - self.user_sized):
            if column < self._header.count() and not self._header.isSectionHidden(column):
                self._fit_column(column)

    # --- the user's changes ---------------------------------------------------------------

    def _stretched_last(self, column: int) -> bool:
        """Whether the column is the last one shown, which stretches to the view's edge."""
        header = self._header
        if not header.stretchLastSection():
            return False
        for visual in range(header.count() - 1, -1, -1):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                return logical == column
        return False

    @Slot(int, int, int)
    def _on_resized(self, column: int, _old: int, _new: int) -> None:
        # Only a drag on the header is the user's: fitting, stretching and the page's own
        # sizing of its columns happen without a button down.
        if not self._pressed or self._stretched_last(column):
            return
        if self._header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
            self.user_sized.add(column)
            self._schedule_save()

    @Slot(int)
    def _on_handle_double_clicked(self, column: int) -> None:
        # The view fits the column to its content: it follows its content again from now on.
        self.user_sized.discard(column)
        self._schedule_fit()
        self._schedule_save()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._view:
            if kind == QEvent.Type.Hide and self._save_timer.isActive():
                self.save()  # the window closes, or the page is left: nothing waits
            elif kind in (QEvent.Type.Show, QEvent.Type.Resize):
                self._schedule_fit()  # other rows are in sight
        elif kind == QEvent.Type.MouseButtonPress:
            self._pressed = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._pressed = False
        return False

    @Slot()
    def _schedule_save(self) -> None:
        if self._taken_over:
            self._save_timer.start()

    @Slot()
    def save(self) -> None:
        """Write the columns now (also called by the page at close)."""
        self._save_timer.stop()
        header = self._header
        if not self._taken_over or header.count() == 0:
            return  # nothing shown yet: an earlier saved state is kept as it is
        self._settings.setValue(self._state_key, header.saveState())
        self._settings.setValue(self._count_key, header.count())
        self._settings.setValue(self._sized_key, ",".join(map(str, sorted(self.user_sized))))
        if self._old_sort_key is not None:
            self._settings.remove(self._old_sort_key)  # the state above holds the sort
        self._settings.sync()


def remember_columns(
    view: QTableView | QTreeView,
    settings: QSettings,
    key: str,
    *,
    old_sort_key: str | None = None,
    fitted: Iterable[int] = (),
    fit_column: Callable[[int], None] | None = None,
) -> ColumnLayout:
    """Keep ``view``'s columns under ``key`` in ``settings`` (see the module's docstring).

    Call it once the header is set up (modes, stretching): the saved state is applied as soon
    as the model has its columns. ``old_sort_key`` names the setting where an earlier version
    kept only the sort, read when nothing else is saved yet. ``fitted`` names columns the page
    fits itself with ``fit_column`` (a faster measure than Qt's), while the user leaves them."""
    return ColumnLayout(
        view, settings, key, old_sort_key=old_sort_key, fitted=fitted, fit_column=fit_column
    )
