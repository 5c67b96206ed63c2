"""One day of the itinerary on a vertical real-time axis, in columns chosen in the view's bar:
one per stop (each with the hours of its own clock beside it) or one per delegation group (an
item for everyone spanning them all). Overlapping items sit side by side, a clock change shows
as a repeated or missing hour. Items can be selected with the mouse or the arrow keys and
dragged by quarter hours. The layout itself is computed in ``delegation_app.services.day_layout``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QBrush,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from delegation_app.services.day_layout import (
    MIN_BLOCK_MINUTES,
    ColumnKind,
    DayAxis,
    DayBlock,
    DayColumn,
    DayColumns,
    DayLayout,
    layout_by_group,
    layout_by_stop,
)
from delegation_app.services.missions import StopView
from delegation_app.services.roster import GroupView
from delegation_app.services.validation import aware
from delegation_app.storage.models import Audience
from ui import theme
from ui.formatting import utc_offset, utc_offset_at
from ui.icons import icon
from ui.itinerary_models import (
    KIND_COLOURS,
    NONE_SHOWN,
    ItineraryRow,
    audience_text,
    city_of,
    clock_text,
    day_text,
    duration_text,
    kind_label,
    local_time_text,
    long_day_text,
    place_text,
    title_text,
    zone_abbreviation,
)
from ui.labels import arg

HOUR_HEIGHT = 46
GUTTER = 58
# The hours of a column on another clock, at its left.
RAIL = 50
TOP_MARGIN = 10
BOTTOM_MARGIN = 12
COLUMN_GAP = 6
BLOCK_GAP = 2
#: A block narrower than this (pixels) is drawn without text: no letter would show whole.
MIN_TEXT_WIDTH = 24
# Narrower than this, a column's items cannot be read: the day scrolls sideways instead.
MIN_COLUMN_WIDTH = 120
SNAP_MINUTES = 15
# Chosen for a light base; drawn through ui.theme, so that they stay readable on a dark one.
OUTSIDE_DAY = QColor("#8a8a8a")
REPEATED_HOUR = QColor("#b03a3a")
#: The blocks' text, on their pastel fill (made readable on the fill a dark theme gives).
BLOCK_TEXT = QColor("#1d1d1d")


def column_title(column: DayColumn, language: str) -> str:
    if column.kind == ColumnKind.NAMED:
        return QCoreApplication.translate("DayView", "Named delegates")
    if column.kind == ColumnKind.EVERYONE:
        return QCoreApplication.translate("DayView", "Everyone")
    return column.title or city_of(column.zone, language)


def clock_of_day(axis: DayAxis) -> str:
    """``EST · UTC−5``; ``EDT → EST · UTC−4 → UTC−5`` on the day the clocks go back."""
    first = axis.start.astimezone(ZoneInfo(axis.zone))
    last = (axis.end - timedelta(minutes=1)).astimezone(ZoneInfo(axis.zone))
    names = [zone_abbreviation(first), zone_abbreviation(last)]
    offsets = [utc_offset_at(first), utc_offset_at(last)]
    if names[0] == names[1]:
        names.pop()
    if offsets[0] == offsets[1]:
        offsets.pop()
    return f"{' → '.join(names)} · {' → '.join(offsets)}" if names != offsets else names[0]


def columns_label(columns: DayColumns) -> str:
    labels = {
        DayColumns.BY_STOP: QCoreApplication.translate("DayView", "By stop"),
        DayColumns.BY_GROUP: QCoreApplication.translate("DayView", "By group"),
    }
    return labels[columns]


@dataclass(frozen=True)
class Block:
    """An item's block as the canvas draws it: the row and where the layout put it."""

    row: ItineraryRow
    cell: DayBlock

    @property
    def column(self) -> int:
        return self.cell.column

    @property
    def last_column(self) -> int:
        return self.cell.last_column

    @property
    def top(self) -> float:
        return self.cell.top

    @property
    def bottom(self) -> float:
        return self.cell.bottom

    @property
    def cut_before(self) -> bool:
        return self.cell.cut_before

    @property
    def cut_after(self) -> bool:
        return self.cell.cut_after


@dataclass(frozen=True)
class _HourMark:
    minutes: float  # from the top of the layout
    label: str
    repeated: bool  # the hour the clocks go back shows twice
    in_day: bool  # within the column's own calendar day


def _hour_marks(layout: DayLayout, column: int) -> list[_HourMark]:
    """The full hours of the column's clock down the layout."""
    zone = ZoneInfo(layout.columns[column].zone)
    first = layout.start.astimezone(zone)
    offset = (60 - first.minute) % 60
    top, bottom = layout.window(column)
    moments = []
    minutes = float(offset)
    while minutes <= layout.minutes + 0.5:
        moments.append((minutes, clock_text(layout.moment(minutes, column))))
        minutes += 60
    marks = []
    for number, (minutes, label) in enumerate(moments):
        repeated = (number > 0 and moments[number - 1][1] == label) or (
            number + 1 < len(moments) and moments[number + 1][1] == label
        )
        marks.append(_HourMark(minutes, label, repeated, top <= minutes < bottom))
    return marks


class DayCanvas(QWidget):
    """The painted day: hour lines, columns, item blocks; selection, keys and dragging."""

    current_changed = Signal()
    activated = Signal()
    context_menu_requested = Signal(QPoint)
    #: (item id, timedelta): an item dragged by quarter hours.
    move_requested = Signal(int, object)
    #: (naive local datetime, zone): a double-click on an empty slot.
    create_requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._layout: DayLayout | None = None
        self._blocks: list[Block] = []
        self._fonts: tuple[str, tuple[QFont, QFont, QFont, QFontMetrics, QFontMetrics]] | None = (
            None
        )
        self._current: tuple[int, datetime] | None = None
        self._language = "en"
        self._press: tuple[Block, QPoint] | None = None
        self._drag_minutes: int | None = None
        self._rails: tuple[bool, ...] = ()
        self._weights: tuple[float, ...] = ()
        self.setMinimumHeight(self.sizeHint().height())

    # --- data -------------------------------------------------------------------------------

    def set_day(
        self, layout: DayLayout | None, rows: Sequence[ItineraryRow], language: str
    ) -> None:
        """Show ``layout``, whose blocks index ``rows``."""
        self._layout = layout
        self._language = language
        self._blocks = [Block(rows[cell.index], cell) for cell in layout.blocks] if layout else []
        self._rails = self._clock_changes(layout) if layout else ()
        self._weights = self._column_weights(layout) if layout else ()
        self._press, self._drag_minutes = None, None
        columns = len(layout.columns) if layout else 1
        self.setMinimumWidth(
            GUTTER + sum(self._rails) * RAIL + columns * MIN_COLUMN_WIDTH + COLUMN_GAP
        )
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    @staticmethod
    def _clock_changes(layout: DayLayout) -> tuple[bool, ...]:
        """Which columns need their own hours beside them: those whose clock reads otherwise
        than the clock of the column before them."""
        probes = [layout.start + timedelta(minutes=m) for m in (0, layout.minutes / 2)]
        probes.append(layout.start + timedelta(minutes=layout.minutes - 1))

        def offsets(column: DayColumn) -> tuple[timedelta | None, ...]:
            zone = ZoneInfo(column.zone)
            return tuple(p.astimezone(zone).utcoffset() for p in probes)

        clocks = [offsets(c) for c in layout.columns]
        return tuple(n > 0 and clocks[n] != clocks[n - 1] for n in range(len(clocks)))

    @staticmethod
    def _column_weights(layout: DayLayout) -> tuple[float, ...]:
        """A column where items sit side by side gets more of the width (up to 3 times)."""
        lanes = [1] * len(layout.columns)
        for cell in layout.blocks:
            lanes[cell.column] = max(lanes[cell.column], cell.lanes)
            lanes[cell.last_column] = max(lanes[cell.last_column], cell.last_lanes)
        return tuple(float(min(n, 3)) for n in lanes)

    @property
    def day_layout(self) -> DayLayout | None:
        return self._layout

    @property
    def axis(self) -> DayAxis | None:
        """The day as titled: in the zone of its stop."""
        return self._layout.axis if self._layout else None

    @property
    def columns(self) -> tuple[DayColumn, ...]:
        return self._layout.columns if self._layout else ()

    @property
    def blocks(self) -> tuple[Block, ...]:
        return tuple(self._blocks)

    def blocks_of(self, key: tuple[int, datetime]) -> list[Block]:
        return [b for b in self._blocks if b.row.key == key]

    def current_block(self) -> Block | None:
        return next((b for b in self._blocks if b.row.key == self._current), None)

    def set_current(self, key: tuple[int, datetime] | None, *, notify: bool = True) -> None:
        if key == self._current:
            return
        self._current = key
        self.update()
        if notify:
            self.current_changed.emit()

    def sizeHint(self) -> QSize:
        hours = self._layout.minutes / 60 if self._layout else 24
        return QSize(600, int(TOP_MARGIN + hours * HOUR_HEIGHT + BOTTOM_MARGIN))

    # --- geometry ---------------------------------------------------------------------------

    def y_of(self, minutes: float) -> float:
        return TOP_MARGIN + minutes * HOUR_HEIGHT / 60

    def minutes_at(self, y: float) -> float:
        return (y - TOP_MARGIN) * 60 / HOUR_HEIGHT

    def _column_widths(self) -> list[float]:
        """Each column's share of the width by its weight, none narrower than can be read."""
        weights = list(self._weights) or [1.0]
        room = max(self.width() - GUTTER - sum(self._rails) * RAIL - COLUMN_GAP, 60.0)
        widths = [0.0] * len(weights)
        free = set(range(len(weights)))
        while free:
            share = room / sum(weights[n] for n in free)
            narrow = {n for n in free if share * weights[n] < MIN_COLUMN_WIDTH}
            if not narrow or narrow == free:
                for n in free:
                    widths[n] = max(share * weights[n], min(MIN_COLUMN_WIDTH, room / len(free)))
                break
            for n in narrow:
                widths[n] = MIN_COLUMN_WIDTH
                room -= MIN_COLUMN_WIDTH
            free -= narrow
        return widths

    def column_left(self, column: int) -> float:
        rails = sum(self._rails[: column + 1])
        return GUTTER + rails * RAIL + sum(self._column_widths()[:column])

    def column_rect(self, column: int) -> QRectF:
        widths = self._column_widths()
        width = widths[column] if column < len(widths) else widths[-1]
        return QRectF(self.column_left(column), 0, width - COLUMN_GAP, self.height())

    def rail_rect(self, column: int) -> QRectF | None:
        """Where the hours of the column's clock are written: the gutter for the first column,
        a rail at its left for a column on another clock, else none."""
        if column == 0:
            return QRectF(0, 0, GUTTER, self.height())
        if column < len(self._rails) and self._rails[column]:
            left = self.column_left(column) - RAIL
            return QRectF(left, 0, RAIL, self.height())
        return None

    def column_at(self, x: float) -> int | None:
        for column in range(len(self.columns)):
            rect = self.column_rect(column)
            if rect.left() <= x < rect.right() + COLUMN_GAP:
                return column
        return None

    def block_rect(self, block: Block, shift_minutes: float = 0) -> QRectF:
        cell = block.cell
        first, last = self.column_rect(cell.column), self.column_rect(cell.last_column)
        left = first.left() + cell.lane * first.width() / cell.lanes
        right = last.left() + (cell.last_lane + 1) * last.width() / cell.last_lanes
        top = self.y_of(block.top + shift_minutes)
        bottom = self.y_of(max(block.bottom, block.top + MIN_BLOCK_MINUTES) + shift_minutes)
        return QRectF(left, top + 1, right - left - BLOCK_GAP, bottom - top - BLOCK_GAP)

    def block_at(self, point: QPoint | QPointF) -> Block | None:
        target = QPointF(point)
        # The last painted (the later ones) are on top.
        return next(
            (b for b in reversed(self._blocks) if self.block_rect(b).contains(target)), None
        )

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.Base))
        layout = self._layout
        if layout is None:
            painter.end()
            return
        self._paint_grid(painter, layout)
        exposed = QRectF(event.rect())
        for block in self._blocks:
            if not self.block_rect(block).intersects(exposed):
                continue  # scrolled out of sight: a busy day has hundreds of blocks
            dragged = (
                self._drag_minutes is not None
                and self._press is not None
                and self._press[0].row.key == block.row.key
            )
            self._paint_block(painter, block, ghost_of=dragged)
        if self._drag_minutes is not None and self._press is not None:
            for block in self.blocks_of(self._press[0].row.key):
                self._paint_block(painter, block, shift=self._drag_minutes)
        painter.end()

    def _paint_grid(self, painter: QPainter, layout: DayLayout) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.PlaceholderText)
        line = palette.color(QPalette.ColorRole.Mid)
        line.setAlpha(90)
        half = QColor(line)
        half.setAlpha(40)
        outside = QColor(palette.color(QPalette.ColorRole.Mid))
        outside.setAlpha(70)
        base = palette.color(QPalette.ColorRole.Base)
        outside_text = theme.readable(OUTSIDE_DAY, base, theme.ICON_CONTRAST)
        repeated = theme.readable(REPEATED_HOUR, base)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.86, 7))
        metrics = painter.fontMetrics()
        count = len(layout.columns)
        for column in range(count):
            rect = self.column_rect(column)
            band = rect.adjusted(-COLUMN_GAP / 2, 0, COLUMN_GAP / 2, 0)
            if column % 2:
                painter.fillRect(band, palette.color(QPalette.ColorRole.AlternateBase))
            # Before and after the column's own day (a column on another clock starts and
            # ends its day at other heights): hatched, with the day it is.
            top, bottom = layout.window(column)
            axis = layout.columns[column].axis
            for start, end, day in (
                (0.0, top, axis.day - timedelta(days=1)),
                (bottom, layout.minutes, axis.day + timedelta(days=1)),
            ):
                if end - start < 1:
                    continue
                area = QRectF(
                    QPointF(band.left(), self.y_of(start)), QPointF(band.right(), self.y_of(end))
                )
                painter.fillRect(area, QBrush(outside, Qt.BrushStyle.BDiagPattern))
                painter.setFont(small)
                painter.setPen(outside_text)
                caption = QRectF(area.left() + 6, area.top() + 2, area.width() - 8, 20)
                painter.drawText(
                    caption,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    day_text(day, self._language),
                )
        painter.setFont(self.font())
        # Hour lines and labels, for each clock from its rail to the next one.
        rails = [(c, r) for c in range(count) if (r := self.rail_rect(c)) is not None]
        for number, (column, rail) in enumerate(rails):
            right = rails[number + 1][1].left() if number + 1 < len(rails) else float(self.width())
            marks = _hour_marks(layout, column)
            for mark in marks:
                y = self.y_of(mark.minutes)
                painter.setPen(QPen(line, 1))
                painter.drawLine(QPointF(rail.right() - 6, y), QPointF(right, y))
                if mark.minutes + 30 < layout.minutes:
                    painter.setPen(QPen(half, 1, Qt.PenStyle.DashLine))
                    middle = self.y_of(mark.minutes + 30)
                    painter.drawLine(QPointF(rail.right(), middle), QPointF(right, middle))
                if mark.minutes >= layout.minutes - 0.5:
                    continue  # the line closing the day has no hour of its own
                colour = repeated if mark.repeated else text
                painter.setPen(colour if mark.in_day else outside_text)
                box = QRectF(
                    rail.left(), y - metrics.height() / 2, rail.width() - 10, metrics.height()
                )
                painter.drawText(
                    box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, mark.label
                )

    def _paint_block(
        self, painter: QPainter, block: Block, *, shift: float = 0, ghost_of: bool = False
    ) -> None:
        entry = block.row.entry
        fill_name, border_name = KIND_COLOURS[entry.kind]
        base = self.palette().color(QPalette.ColorRole.Base)
        # The pastel fill, mixed into a dark base so that the block does not glare; its text
        # (see _paint_text) is then made readable on whichever fill it gets.
        fill, border = theme.fill(fill_name, base), QColor(border_name)
        rect = self.block_rect(block, shift)
        selected = block.row.key == self._current
        painter.save()
        if ghost_of:
            painter.setOpacity(0.35)
        painter.setPen(QPen(border.lighter(130), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        stripe = QRectF(rect.left(), rect.top(), 4, rect.height())
        painter.fillRect(stripe, border)
        if selected:
            highlight = self.palette().color(QPalette.ColorRole.Highlight)
            width = 2.5 if self.hasFocus() else 1.5
            painter.setPen(QPen(highlight, width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        if rect.width() >= MIN_TEXT_WIDTH:  # narrower, no letter would show whole
            painter.setClipRect(rect.adjusted(6, 2, -3, -2))
            self._paint_text(painter, block, rect.adjusted(8, 2, -4, -2), shift)
        painter.restore()

    def _text_fonts(self) -> tuple[QFont, QFont, QFont, QFontMetrics, QFontMetrics]:
        """The blocks' fonts (made once per font of the view: a day has hundreds of blocks)."""
        key = self.font().key()
        if self._fonts is None or self._fonts[0] != key:
            base = QFont(self.font())
            small = QFont(base)
            small.setPointSizeF(max(base.pointSizeF() * 0.86, 7))
            bold = QFont(small)
            bold.setBold(True)
            self._fonts = (key, (base, small, bold, QFontMetrics(bold), QFontMetrics(base)))
        return self._fonts[1]

    def _paint_text(self, painter: QPainter, block: Block, box: QRectF, shift: float) -> None:
        """Time, title (on two lines when there is room), then place and audience; a short
        block gets its start time and title on one line."""
        entry = block.row.entry
        fill = theme.fill(
            KIND_COLOURS[entry.kind][0], self.palette().color(QPalette.ColorRole.Base)
        )
        painter.setPen(theme.text_on(fill, BLOCK_TEXT))
        base, small, bold, bold_metrics, base_metrics = self._text_fonts()
        title = title_text(entry, self._language)
        when = local_time_text(entry)
        if shift:
            # Where the start will be, on the item's own clock (what the move writes).
            start = aware(entry.start_local + timedelta(minutes=shift), entry.start_zone)
            when = arg(
                QCoreApplication.translate("DayView", "→ %1"),
                f"{clock_text(start)} {zone_abbreviation(start)}",
            )
        if block.cut_before:
            when = "↑ " + when
        if block.cut_after:
            when += " ↓"
        width = int(box.width())
        if box.height() < bold_metrics.height() + base_metrics.height():
            # One line: "08:00 Daily staff briefing".
            start_text = when if shift else clock_text(entry.start)
            painter.setFont(bold)
            baseline = (
                box.top() + (box.height() + bold_metrics.ascent() - bold_metrics.descent()) / 2
            )
            painter.drawText(QPointF(box.left(), baseline), start_text)
            left = box.left() + bold_metrics.horizontalAdvance(start_text + " ")
            painter.setFont(base)
            rest = int(box.right() - left)
            painter.drawText(
                QPointF(left, baseline),
                base_metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(rest, 0)),
            )
            return
        place = place_text(entry)
        parts = [
            place if place != NONE_SHOWN else "",
            audience_text(block.row.audience, entry.audience),
        ]
        if entry.audience == Audience.GROUPS:
            parts.reverse()  # in the groups' column, which groups matters first
        lines: list[tuple[QFont, str]] = [(bold, when), (base, title)]
        lines.append((small, " · ".join(part for part in parts if part)))
        y = box.top()
        for number, (font, text) in enumerate(lines):
            metrics = QFontMetrics(font)
            if y + metrics.height() > box.bottom() + 2 and number:
                break
            painter.setFont(font)
            if number == 1:  # the title may take two lines when there is room
                room = int((box.bottom() - y) // metrics.height())
                for part in _wrap(text, metrics, width, max(min(room - 1, 2), 1)):
                    painter.drawText(QPointF(box.left(), y + metrics.ascent()), part)
                    y += metrics.height()
                continue
            painter.drawText(
                QPointF(box.left(), y + metrics.ascent()),
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, width),
            )
            y += metrics.height()

    # --- events -----------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(event.pos())
            if block is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(block), self)
            return True
        return super().event(event)

    def tooltip(self, block: Block) -> str:
        entry = block.row.entry
        lines = [
            title_text(entry, self._language),
            f"{kind_label(entry.kind)} · {local_time_text(entry)}"
            f" ({duration_text(entry.duration)})",
            place_text(entry),
            audience_text(block.row.audience, entry.audience),
        ]
        notes = entry.notes(self._language)
        if notes:
            lines.append(notes)
        return "\n".join(line for line in lines if line and line != "—")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        block = self.block_at(event.position())
        if block is not None:
            self.set_current(block.row.key)
        if event.button() == Qt.MouseButton.LeftButton and block is not None:
            self._press = (block, event.position().toPoint())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            block = self.block_at(event.position())
            self.setCursor(Qt.CursorShape.OpenHandCursor if block else Qt.CursorShape.ArrowCursor)
            return
        block, origin = self._press
        moved = event.position().toPoint() - origin
        if (
            self._drag_minutes is None
            and moved.manhattanLength() < QApplication.startDragDistance()
        ):
            return
        minutes = moved.y() * 60 / HOUR_HEIGHT
        snapped = int(round(minutes / SNAP_MINUTES) * SNAP_MINUTES)
        if snapped != self._drag_minutes:
            self._drag_minutes = snapped
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, minutes = self._press, self._drag_minutes
        self._press, self._drag_minutes = None, None
        self.setCursor(Qt.CursorShape.ArrowCursor)
        if press is not None and minutes:
            self.update()
            self.move_requested.emit(press[0].row.item_id, timedelta(minutes=minutes))
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        if block is not None:
            self.set_current(block.row.key)
            self.activated.emit()
            return
        layout = self._layout
        column = self.column_at(event.position().x())
        if layout is None or column is None:
            return
        # A new item starts on the clock of the column clicked, at the quarter hour clicked.
        moment = layout.moment(self.minutes_at(event.position().y()), column)
        local = moment.replace(tzinfo=None, second=0, microsecond=0)
        local -= timedelta(minutes=local.minute % SNAP_MINUTES)
        self.create_requested.emit(local, layout.columns[column].zone)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        block = self.block_at(event.pos())
        if block is not None:
            self.set_current(block.row.key)
        elif event.reason() == QContextMenuEvent.Reason.Keyboard and self.current_block():
            block = self.current_block()
        position = event.globalPos()
        if event.reason() == QContextMenuEvent.Reason.Keyboard and block is not None:
            position = self.mapToGlobal(self.block_rect(block).center().toPoint())
        self.context_menu_requested.emit(position)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if self._drag_minutes is not None and key == Qt.Key.Key_Escape:
            self._press, self._drag_minutes = None, None
            self.update()
            return
        plain = not modifiers & (
            Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        # Each item once, in the order of its first block (an item in two columns is one).
        order = list(dict.fromkeys(b.row.key for b in self._blocks))
        if (
            plain
            and order
            and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End)
        ):
            index = order.index(self._current) if self._current in order else -1
            if key == Qt.Key.Key_Home:
                index = 0
            elif key == Qt.Key.Key_End:
                index = len(order) - 1
            elif key == Qt.Key.Key_Down:
                index = min(index + 1, len(order) - 1)
            else:
                index = max(index - 1, 0) if index >= 0 else 0
            self.set_current(order[index])
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_block():
            self.activated.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)


def _wrap(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines, the last one elided."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if len(lines) == max_lines - 1 and words:
            line = f"{line} {' '.join(words)}"
            words = []
        lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return lines or [""]


@dataclass(frozen=True)
class ColumnHeading:
    title: str
    clock: str  # the zone and its offset, for a column on a clock of its own
    tooltip: str


class DayColumnsHeader(QWidget):
    """The column titles above the canvas, aligned with its columns (also when it scrolls
    sideways); above each clock's hours, the zone's abbreviation."""

    def __init__(self, canvas: DayCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas = canvas
        self._headings: list[ColumnHeading] = []
        self._clocks: dict[int, str] = {}
        self.setFixedHeight(2 * self.fontMetrics().height() + 10)

    def set_headings(self, headings: Sequence[ColumnHeading], clocks: Mapping[int, str]) -> None:
        """The columns' headings, and the zone written above each column's hours."""
        self._headings = list(headings)
        self._clocks = dict(clocks)
        self.update()

    @property
    def headings(self) -> tuple[ColumnHeading, ...]:
        return tuple(self._headings)

    def _offset(self) -> int:
        return self._canvas.mapToGlobal(QPoint(0, 0)).x() - self.mapToGlobal(QPoint(0, 0)).x()

    def heading_at(self, x: float) -> ColumnHeading | None:
        column = self._canvas.column_at(x - self._offset())
        return (
            self._headings[column] if column is not None and column < len(self._headings) else None
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            heading = self.heading_at(event.pos().x())
            if heading is None or not heading.tooltip:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), heading.tooltip, self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics, metrics = QFontMetrics(bold), self.fontMetrics()
        offset = self._offset()
        line = metrics.height()
        top = (self.height() - 2 * line) // 2
        for column, heading in enumerate(self._headings):
            rect = self._canvas.column_rect(column)
            width = int(rect.width()) - 6
            left = int(rect.left()) + offset + 6
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            # The title takes the second line too when no clock is written under it.
            lines = _wrap(heading.title, bold_metrics, width, 1 if heading.clock else 2)
            y = top if heading.clock or len(lines) > 1 else top + line // 2
            for text in lines:
                painter.drawText(QPointF(left, y + bold_metrics.ascent()), text)
                y += line
            if heading.clock:
                painter.setFont(self.font())
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                text = metrics.elidedText(heading.clock, Qt.TextElideMode.ElideRight, width)
                painter.drawText(QPointF(left, top + line + metrics.ascent()), text)
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        for column, text in self._clocks.items():
            rail = self._canvas.rail_rect(column)
            if rail is None:
                continue
            box = QRect(int(rail.left()) + offset, 0, int(rail.width()) - 4, self.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, text)
        painter.end()


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" rather than widen the window; the
    whole text is in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(60, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 1)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


def _noon_abbreviation(axis: DayAxis) -> str:
    return zone_abbreviation(datetime.combine(axis.day, time(12), ZoneInfo(axis.zone)))


class DayView(QWidget):
    """Day navigation (previous, next), the column titles and the scrolled day canvas."""

    current_changed = Signal()
    activated = Signal()
    day_changed = Signal()
    context_menu_requested = Signal(QPoint)
    move_requested = Signal(int, object)
    create_requested = Signal(object, str)
    # The columns were chosen anew (by stop or by group): the page remembers the choice.
    columns_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ItineraryRow] = []
        self._days: list[date] = []
        self._zones: dict[date, str] = {}
        self._cities: dict[date, str] = {}
        self._day: date | None = None
        self._language = "en"
        self._columns = DayColumns.BY_STOP
        self._stops: tuple[StopView, ...] = ()
        self._groups: tuple[GroupView, ...] = ()
        self._reach: dict[int, frozenset[int]] = {}

        self.previous_button = QToolButton()
        self.previous_button.setObjectName("previousDay")
        self.previous_button.setIcon(icon("go-previous"))
        self.previous_button.setAutoRaise(True)
        self.previous_button.clicked.connect(self.previous_day)
        self.next_button = QToolButton()
        self.next_button.setObjectName("nextDay")
        self.next_button.setIcon(icon("go-next"))
        self.next_button.setAutoRaise(True)
        self.next_button.clicked.connect(self.next_day)
        self.day_label = QLabel()
        self.day_label.setObjectName("dayTitle")
        font = self.day_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.day_label.setFont(font)
        self.zone_label = ElidedLabel()
        self.zone_label.setObjectName("dayZone")
        self.zone_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        navigation = QHBoxLayout()
        navigation.setContentsMargins(0, 0, 0, 0)
        navigation.setSpacing(4)
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.day_label)
        navigation.addWidget(self.next_button)
        navigation.addSpacing(12)
        navigation.addWidget(self.zone_label, 1)
        self.columns_group = QActionGroup(self)
        self.columns_group.setExclusive(True)
        self.columns_buttons: dict[DayColumns, QToolButton] = {}
        self.columns_actions: dict[DayColumns, QAction] = {}
        switch = QHBoxLayout()
        switch.setSpacing(0)
        for columns in DayColumns:
            action = QAction(self, checkable=True)
            action.setData(str(columns))
            action.triggered.connect(lambda _checked=False, c=columns: self.set_columns(c))
            self.columns_group.addAction(action)
            button = QToolButton()
            button.setObjectName("dayColumnsBy" + columns.value.capitalize())
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            switch.addWidget(button)
            self.columns_buttons[columns] = button
            self.columns_actions[columns] = action
        self.columns_actions[self._columns].setChecked(True)
        navigation.addSpacing(8)
        navigation.addLayout(switch)

        self.canvas = DayCanvas()
        self.canvas.current_changed.connect(self._on_current_changed)
        self.canvas.activated.connect(self.activated)
        self.canvas.context_menu_requested.connect(self.context_menu_requested)
        self.canvas.move_requested.connect(self.move_requested)
        self.canvas.create_requested.connect(self.create_requested)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("dayScroll")
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(True)
        # Sideways only when the columns would be too narrow to read (many groups).
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.header = DayColumnsHeader(self.canvas)
        self.scroll_area.horizontalScrollBar().valueChanged.connect(self.header.update)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("dayEmpty")
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(navigation)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.empty_label)
        self.empty_label.hide()
        self.retranslate()

    # --- data -------------------------------------------------------------------------------

    def set_rows(
        self,
        rows: Sequence[ItineraryRow],
        days: Sequence[date],
        places: Mapping[date, tuple[str, str]],
        language: str,
        *,
        stops: Sequence[StopView] = (),
        groups: Sequence[GroupView] = (),
        reach: Mapping[int, frozenset[int]] | None = None,
    ) -> None:
        """The rows to lay out, the mission's days, the zone and city each day is titled in
        (the stop's), the stops and groups that give the columns, and the groups each item
        reaches (see ``services.itinerary.groups_reached``)."""
        self._rows = list(rows)
        self._days = list(days)
        self._zones = {day: zone for day, (zone, _city) in places.items()}
        self._cities = {day: city for day, (_zone, city) in places.items()}
        self._language = language
        self._stops = tuple(stops)
        self._groups = tuple(groups)
        self._reach = dict(reach or {})
        day = self._day if self._day in self._days else (self._days[0] if self._days else None)
        self._show(day, scroll=self._day != day)

    @property
    def columns(self) -> DayColumns:
        return self._columns

    def set_columns(self, columns: DayColumns | str) -> None:
        """One column per stop, or per group; the selection and the day stay."""
        try:
            chosen = DayColumns(columns)
        except ValueError:
            chosen = DayColumns.BY_STOP
        self.columns_actions[chosen].setChecked(True)
        if chosen == self._columns:
            return
        self._columns = chosen
        self._show(self._day, scroll=False)
        self.columns_changed.emit(str(chosen))
        self._ensure_visible()

    def layout_of(self, day: date) -> DayLayout | None:
        """The day laid out in the columns chosen."""
        zone = self._zones.get(day)
        if zone is None:
            return None
        entries = [row.entry for row in self._rows]
        if self._columns == DayColumns.BY_GROUP:
            return layout_by_group(entries, day, zone, self._groups, self._reach)
        return layout_by_stop(entries, day, zone, self._stops, city=self._cities.get(day, ""))

    @property
    def day(self) -> date | None:
        return self._day

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self._days)

    def set_day(self, day: date) -> bool:
        if day not in self._days:
            return False
        if day != self._day:
            self._show(day, scroll=True)
        return True

    def previous_day(self) -> bool:
        return self._step(-1)

    def next_day(self) -> bool:
        return self._step(1)

    def _step(self, step: int) -> bool:
        if self._day is None or self._day not in self._days:
            return False
        index = self._days.index(self._day) + step
        if not 0 <= index < len(self._days):
            return False
        self._show(self._days[index], scroll=True)
        return True

    def _show(self, day: date | None, *, scroll: bool) -> None:
        changed = day != self._day
        self._day = day
        layout = self.layout_of(day) if day else None
        keep = self.canvas.current_block()
        self.canvas.set_day(layout, self._rows, self._language)
        if keep is None or all(b.row.key != keep.row.key for b in self.canvas.blocks):
            self.canvas.set_current(None, notify=False)
        self._update_labels()
        if scroll:
            self.scroll_to_first()
        if changed:
            self.day_changed.emit()
            self.current_changed.emit()

    def _update_labels(self) -> None:
        day, layout = self._day, self.canvas.day_layout
        count = len(self._days)
        if day is None or layout is None:
            self.day_label.setText(QCoreApplication.translate("DayView", "No day to show"))
            self.zone_label.set_full_text("")
            self.header.set_headings([], {})
        else:
            position = self._days.index(day) + 1
            self.day_label.setText(
                arg(
                    QCoreApplication.translate("DayView", "%1 (day %2 of %3)"),
                    long_day_text(day, self._language),
                    position,
                    count,
                )
            )
            text = self._zone_text(day, layout)
            self.zone_label.set_full_text(text)
            self.header.set_headings(
                [self._heading(c) for c in layout.columns],
                {n: _noon_abbreviation(c.axis) for n, c in enumerate(layout.columns)},
            )
        index = self._days.index(day) if day in self._days else -1
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(0 <= index < count - 1)
        empty = layout is not None and not self.canvas.blocks
        self.empty_label.setVisible(empty)
        self.empty_label.setText(QCoreApplication.translate("DayView", "Nothing planned this day."))

    def _zone_text(self, day: date, layout: DayLayout) -> str:
        """``Times in Miami (EST, UTC−5)``, with the clock change of the day; when columns are
        on other clocks, that each keeps its own."""
        axis = layout.axis

        def change(hours: int) -> str:
            if hours > 24:
                return QCoreApplication.translate(
                    "DayView", "clocks go back: one hour happens twice"
                )
            return QCoreApplication.translate("DayView", "clocks go forward: one hour is skipped")

        clocks = {clock_of_day(c.axis) for c in layout.columns}
        if clocks <= {clock_of_day(axis)}:
            text = arg(
                QCoreApplication.translate("DayView", "Times in %1 (%2, %3)"),
                self._cities.get(day) or city_of(axis.zone, self._language),
                _noon_abbreviation(axis),
                utc_offset(axis.zone, day),
            )
            return text + (" · " + change(axis.hours) if axis.hours != 24 else "")
        parts = [QCoreApplication.translate("DayView", "Each column on its own clock")]
        for column in layout.columns:
            city = column_title(column, self._language)
            if column.axis.hours > 24:
                parts.append(
                    arg(QCoreApplication.translate("DayView", "clocks go back in %1"), city)
                )
            elif column.axis.hours < 24:
                parts.append(
                    arg(QCoreApplication.translate("DayView", "clocks go forward in %1"), city)
                )
        return " · ".join(dict.fromkeys(parts))

    def _heading(self, column: DayColumn) -> ColumnHeading:
        title = column_title(column, self._language)
        if column.kind in (ColumnKind.STOP, ColumnKind.PLACE):
            clock = clock_of_day(column.axis)
            return ColumnHeading(title, clock, f"{title}\n{column.zone} · {clock}")
        if column.kind == ColumnKind.NAMED:
            tip = QCoreApplication.translate(
                "DayView", "Items for delegates invited by name only (meetings, speakers)"
            )
            return ColumnHeading(title, "", tip)
        return ColumnHeading(title, "", title)

    def scroll_to_first(self) -> None:
        """Scroll to an hour before the day's first item (or to 8 o'clock)."""
        blocks = self.canvas.blocks
        minutes = min((b.top for b in blocks), default=8 * 60)
        self.scroll_area.verticalScrollBar().setValue(int(self.canvas.y_of(max(minutes - 60, 0))))

    # --- selection --------------------------------------------------------------------------

    def current_row(self) -> ItineraryRow | None:
        block = self.canvas.current_block()
        return block.row if block else None

    def select(self, key: tuple[int, datetime] | int) -> bool:
        """Show the day of the row named by ``key`` (or of the item's first occurrence) and
        select it."""
        for row in self._rows:
            if (row.key == key) if isinstance(key, tuple) else (row.item_id == key):
                axis_day = self._day_of(row)
                if axis_day is not None and axis_day != self._day:
                    self._show(axis_day, scroll=False)
                self.canvas.set_current(row.key)
                self._ensure_visible()
                return True
        return False

    def _day_of(self, row: ItineraryRow) -> date | None:
        for day in self._days:
            zone = self._zones.get(day)
            if zone and row.entry.start.astimezone(ZoneInfo(zone)).date() == day:
                return day
        return row.entry.day if row.entry.day in self._days else None

    def _on_current_changed(self) -> None:
        self._ensure_visible()
        self.current_changed.emit()

    def _ensure_visible(self) -> None:
        block = self.canvas.current_block()
        if block is not None:
            rect = self.canvas.block_rect(block)
            self.scroll_area.ensureVisible(
                int(rect.center().x()), int(rect.top()), 0, int(HOUR_HEIGHT / 2)
            )
            self.scroll_area.ensureVisible(int(rect.center().x()), int(rect.top()), 0, 4)

    def retranslate(self) -> None:
        self.previous_button.setToolTip(
            QCoreApplication.translate("DayView", "Previous day (Alt+Left)")
        )
        self.next_button.setToolTip(QCoreApplication.translate("DayView", "Next day (Alt+Right)"))
        tips = {
            DayColumns.BY_STOP: QCoreApplication.translate(
                "DayView", "One column per stop of the day, each with the hours of its own clock"
            ),
            DayColumns.BY_GROUP: QCoreApplication.translate(
                "DayView", "One column per group of the delegation, and one for delegates named"
            ),
        }
        for columns, action in self.columns_actions.items():
            action.setText(columns_label(columns))
            action.setToolTip(tips[columns])
            self.columns_buttons[columns].setAccessibleName(
                arg(QCoreApplication.translate("DayView", "Columns: %1"), columns_label(columns))
            )
        self._update_labels()
        self.header.update()
        self.canvas.update()
