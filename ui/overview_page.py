"""The mission's Overview: a dashboard of tiles (days to departure, delegates confirmed, open
checks, B2B meetings placed, agreements to sign, booklets changed since their last print, leads),
each opening the page it counts.

The figures come from ``services.dashboard`` in a worker (the checks and the booklets' read
models take about a second on a 120-delegate mission); the previous figures stay until then.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from delegation_app.services.dashboard import MissionDashboard, mission_dashboard
from delegation_app.services.leads import stage_label
from delegation_app.services.missions import MissionView
from delegation_app.storage.database import Database
from ui import theme
from ui.formatting import date_range
from ui.labels import arg
from ui.roster_jobs import failure_text
from ui.workers import Job, JobRunner

#: The pages a tile opens, as ``open_page`` names them.
ROSTER, ITINERARY, CHECKS, MEETINGS, AGREEMENTS, PRINT, LEADS = (
    "roster",
    "itinerary",
    "checks",
    "meetings",
    "agreements",
    "print",
    "leads",
)
TILES = ("departure", "delegates", "checks", "meetings", "agreements", "booklets", "leads")
#: Where each tile leads.
TARGETS: dict[str, str | None] = {
    "departure": ITINERARY,
    "delegates": ROSTER,
    "checks": CHECKS,
    "meetings": MEETINGS,
    "agreements": AGREEMENTS,
    "booklets": PRINT,
    "leads": LEADS,
}
COLUMNS = 3
ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#a15c00"
GOOD_COLOUR = "#2e7d32"


def _on_window(colour: str) -> str:
    """``colour`` made readable on the window's colour (light or dark theme)."""
    return theme.readable(colour, theme.window()).name()


TILE_STYLE = """
QPushButton#overviewTile, QFrame#overviewTile {
    text-align: left;
    border: 1px solid palette(mid);
    border-radius: 8px;
    background: palette(base);
    padding: 0px;
}
QPushButton#overviewTile:hover { border-color: palette(highlight); }
QPushButton#overviewTile:focus { border: 2px solid palette(highlight); }
QPushButton#overviewTile:pressed { background: palette(alternate-base); }
"""


def _count(n: int, one: str, many: str) -> str:
    """``1 error`` / ``3 errors``: the form for ``n`` of the two translated ones given."""
    return arg(one if n == 1 else many, n)


class DashboardJob(Job):
    """Counts a mission's overview off the GUI thread: ``finished(generation, dashboard)``."""

    finished = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, db: Database, mission_id: int, generation: int, today: date) -> None:
        super().__init__(db)
        self.mission_id = mission_id
        self.generation = generation
        self.today = today

    def work(self) -> None:
        try:
            with self._db.reading() as session:
                board = mission_dashboard(session, str(self.mission_id), today=self.today)
        except Exception as exc:
            self.failed.emit(self.generation, failure_text(exc))
        else:
            self.finished.emit(self.generation, board)


class Tile(QPushButton):
    """A card: a heading, a large figure and a line of detail; clicking opens its page."""

    def __init__(self, key: str, clickable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("overviewTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if clickable else Qt.FocusPolicy.NoFocus)
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        self.clickable = clickable
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(118)
        self.heading = QLabel()
        self.heading.setObjectName(f"{key}Heading")
        heading_font = self.heading.font()
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setStyleSheet("color: palette(placeholder-text);")
        self.figure = QLabel()
        self.figure.setObjectName(f"{key}Figure")
        figure_font = self.figure.font()
        figure_font.setPointSizeF(figure_font.pointSizeF() * 2.2)
        figure_font.setBold(True)
        self.figure.setFont(figure_font)
        self.detail = QLabel()
        self.detail.setObjectName(f"{key}Detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.figure)
        layout.addWidget(self.detail, 1)
        for label in (self.heading, self.figure, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def show_figures(self, heading: str, figure: str, detail: str, colour: str = "") -> None:
        self.heading.setText(heading.upper())
        self.figure.setText(figure)
        self.figure.setStyleSheet(theme.colour_style(colour) if colour else "")
        self.detail.setText(detail)
        self.setAccessibleName(f"{heading}: {figure}")
        self.setAccessibleDescription(self.detail.text())

    # A card that opens nothing (the leads) takes no press, so it never looks pushed.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.clickable:
            super().mousePressEvent(event)
        else:
            event.ignore()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.clickable:
            super().mouseReleaseEvent(event)
        else:
            event.ignore()


class OverviewPage(QWidget):
    """The selected mission at a glance; ``open_page(name)`` when a tile is clicked."""

    #: One of ROSTER, ITINERARY, CHECKS, MEETINGS, AGREEMENTS, PRINT.
    open_page = Signal(str)
    #: Emitted after the figures were counted (tests wait on it).
    refreshed = Signal()

    def __init__(
        self, db: Database, *, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self._db = db
        self._language = language
        self._runner = JobRunner(self)
        self._mission: MissionView | None = None
        self._board: MissionDashboard | None = None
        self._generation = 0
        self._running = False
        self._error = ""
        #: The day the figures count from; tests set it.
        self.today: date | None = None

        self.setStyleSheet(TILE_STYLE)
        self.tiles: dict[str, Tile] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for position, key in enumerate(TILES):
            target = TARGETS[key]
            tile = Tile(key, target is not None)
            if target is not None:
                tile.clicked.connect(lambda _=False, t=target: self.open_page.emit(t))
            self.tiles[key] = tile
            grid.addWidget(tile, position // COLUMNS, position % COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        self.status_label = QLabel()
        self.status_label.setObjectName("overviewStatus")
        self.status_label.setStyleSheet("color: palette(placeholder-text);")
        self.status_label.setWordWrap(True)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(4, 6, 4, 6)
        content_layout.setSpacing(10)
        content_layout.addLayout(grid)
        content_layout.addWidget(self.status_label)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()

    # --- state ------------------------------------------------------------------------------

    @property
    def mission(self) -> MissionView | None:
        return self._mission

    @property
    def dashboard(self) -> MissionDashboard | None:
        return self._board

    @property
    def running(self) -> bool:
        return self._running

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()

    def set_mission(self, mission: MissionView | None) -> None:
        """Show ``mission``'s figures: counted now if the page is shown, else when it is."""
        if mission is not None and self._mission is not None and mission.id != self._mission.id:
            self._board = None  # never another mission's figures under this one's title
        elif mission is None:
            self._board = None
        self._mission = mission
        self.mark_stale()

    @Slot()
    def mark_stale(self) -> None:
        """The mission's data changed: count again now if shown (else it is, when shown)."""
        if self.isVisible():
            self.refresh()
        else:
            self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        # Counted again each time it is shown: imports and prints change the figures without
        # going through the undo stack.
        super().showEvent(event)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self._generation += 1
        self._error = ""
        if self._mission is None:
            self._running = False
            self._board = None
            self.retranslate()
            return
        self._running = True
        job = DashboardJob(self._db, self._mission.id, self._generation, self.today or date.today())
        job.finished.connect(self._on_counted)
        job.failed.connect(self._on_failed)
        self._runner.start(job)
        self.retranslate()

    @Slot(int, object)
    def _on_counted(self, generation: int, board: MissionDashboard) -> None:
        if generation != self._generation:
            return  # a later count (another mission, a later change) is under way
        self._running = False
        self._board = board
        self.retranslate()
        self.refreshed.emit()

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._running = False
        self._error = message
        self.retranslate()
        self.refreshed.emit()

    def shutdown(self) -> bool:
        return self._runner.shutdown()

    # --- text -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        board = self._board
        if self._error:
            self.status_label.setText(
                arg(self.tr("The overview could not be counted: %1"), self._error)
            )
        elif self._running:
            self.status_label.setText(self.tr("Counting…"))
        elif board is not None:
            self.status_label.setText(
                arg(
                    self.tr("Counted on %1. Click a tile to open its page."),
                    format_date(board.today, "medium", locale=self._language),
                )
            )
        else:
            self.status_label.clear()
        headings = {
            "departure": self.tr("Departure"),
            "delegates": self.tr("Delegates"),
            "checks": self.tr("Checks"),
            "meetings": self.tr("B2B meetings"),
            "agreements": self.tr("Agreements to sign"),
            "booklets": self.tr("Booklets"),
            "leads": self.tr("Leads"),
        }
        tooltips = {
            "departure": self.tr("Open the itinerary"),
            "delegates": self.tr("Open the roster"),
            "checks": self.tr("Show the checks to run before departure"),
            "meetings": self.tr("Open the B2B meetings"),
            "agreements": self.tr("Open the agreements"),
            "booklets": self.tr("Print the delegates' booklets"),
            "leads": "",
        }
        for key, tile in self.tiles.items():
            tile.setToolTip(tooltips[key])
            if board is None:
                tile.show_figures(headings[key], "…" if self._running else "—", "")
        if board is None:
            return
        self._departure(headings["departure"], board)
        self.tiles["delegates"].show_figures(
            headings["delegates"],
            f"{board.delegates_confirmed} / {board.delegates_total}",
            self.tr("confirmed, of the delegates not cancelled"),
            GOOD_COLOUR
            if board.delegates_total and board.delegates_confirmed == board.delegates_total
            else "",
        )
        errors = _count(board.check_errors, self.tr("%1 error"), self.tr("%1 errors"))
        warnings = _count(board.check_warnings, self.tr("%1 warning"), self.tr("%1 warnings"))
        self.tiles["checks"].show_figures(
            headings["checks"],
            str(board.open_checks),
            f"<span style='color:{_on_window(ERROR_COLOUR)}'>{errors}</span> · {warnings}"
            if board.check_errors
            else (warnings if board.check_warnings else self.tr("nothing to fix")),
            ERROR_COLOUR
            if board.check_errors
            else (WARNING_COLOUR if board.open_checks else GOOD_COLOUR),
        )
        unplaced = board.meetings_requested - board.meetings_placed
        self.tiles["meetings"].show_figures(
            headings["meetings"],
            f"{board.meetings_placed} / {board.meetings_requested}",
            self.tr("placed, of the meetings requested")
            + ("<br>" + arg(self.tr("%1 still to place"), unplaced) if unplaced else ""),
            WARNING_COLOUR if unplaced else "",
        )
        agreement_lines = [
            arg(self.tr("%1 ready for signature"), board.agreements_ready),
            arg(self.tr("%1 under negotiation"), board.agreements_negotiating),
        ]
        if board.commitments_overdue:
            overdue = _count(
                board.commitments_overdue,
                self.tr("%1 commitment overdue"),
                self.tr("%1 commitments overdue"),
            )
            agreement_lines.append(
                f"<span style='color:{_on_window(ERROR_COLOUR)}'>{overdue}</span>"
            )
        self.tiles["agreements"].show_figures(
            headings["agreements"],
            str(board.agreements_to_sign),
            " · ".join(agreement_lines[:2])
            + "<br>"
            + (
                agreement_lines[2] if len(agreement_lines) > 2 else self.tr("no commitment overdue")
            ),
            ERROR_COLOUR if board.commitments_overdue else "",
        )
        booklet_detail = self.tr("changed since their last print")
        if board.booklets_never_printed:
            booklet_detail += "<br>" + arg(
                self.tr("%1 never printed"), board.booklets_never_printed
            )
        self.tiles["booklets"].show_figures(
            headings["booklets"],
            str(board.booklets_changed),
            booklet_detail if board.booklets_changed else self.tr("all up to date"),
            WARNING_COLOUR if board.booklets_changed else GOOD_COLOUR,
        )
        stages = [
            f"{stage_label(stage, self._language)}\u00a0{count}"
            for stage, count in board.leads_by_stage
            if count
        ]
        self.tiles["leads"].show_figures(
            headings["leads"],
            str(board.leads_total),
            " · ".join(stages) if stages else self.tr("no lead yet"),
        )

    def _departure(self, heading: str, board: MissionDashboard) -> None:
        days, back = board.days_to_departure, board.days_to_return
        dates = date_range(board.mission.start_date, board.mission.end_date, self._language)
        if days > 1:
            figure, detail = arg(self.tr("in %1 days"), days), dates
        elif days == 1:
            figure, detail = self.tr("tomorrow"), dates
        elif days == 0:
            figure, detail = self.tr("today"), dates
        elif back >= 0:
            length = (board.mission.end_date - board.mission.start_date).days + 1
            figure = self.tr("under way")
            detail = arg(self.tr("day %1 of %2 · %3"), 1 - days, length, dates)
        else:
            figure = self.tr("over")
            detail = arg(
                self.tr("%1 · returned %2 days ago")
                if back < -1
                else self.tr("%1 · returned yesterday"),
                dates,
                -back,
            )
        self.tiles["departure"].show_figures(heading, figure, detail)
