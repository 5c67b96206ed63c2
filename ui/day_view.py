"""One day of the itinerary on a vertical hour axis: a column per audience (everyone, groups,
delegates named), overlapping items side by side, a clock change shown as a repeated or missing
hour. Items can be selected with the mouse or the arrow keys and dragged by quarter hours.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
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

from delegation_app.storage.models import Audience
from ui.formatting import utc_offset
from ui.itinerary_models import (
    KIND_COLOURS,
    NONE_SHOWN,
    ItineraryRow,
    audience_text,
    city_of,
    clock_text,
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
TOP_MARGIN = 10
BOTTOM_MARGIN = 12
COLUMN_GAP = 6
BLOCK_GAP = 2
MIN_BLOCK_MINUTES = 30  # a short item still shows its time and title
#: A block narrower than this (pixels; a day of many items at once) is drawn without text.
MIN_TEXT_WIDTH = 24
SNAP_MINUTES = 15
COLUMNS = (Audience.EVERYONE, Audience.GROUPS, Audience.PEOPLE)


def column_title(audience: Audience) -> str:
    titles = {
        Audience.EVERYONE: QCoreApplication.translate("DayView", "Everyone"),
        Audience.GROUPS: QCoreApplication.translate("DayView", "Groups"),
        Audience.PEOPLE: QCoreApplication.translate("DayView", "Delegates named"),
    }
    return titles[audience]


@dataclass(frozen=True)
class DayAxis:
    """The day's hours in one zone, as elapsed time from local midnight: 25 hours on the day
    the clocks go back (the repeated hour shows twice), 23 on the day they go forward."""

    day: date
    zone: str

    @property
    def start(self) -> datetime:
        return datetime.combine(self.day, time(0), ZoneInfo(self.zone)).astimezone(UTC)

    @property
    def end(self) -> datetime:
        following = self.day + timedelta(days=1)
        return datetime.combine(following, time(0), ZoneInfo(self.zone)).astimezone(UTC)

    @property
    def hours(self) -> int:
        return round((self.end - self.start).total_seconds() / 3600)

    def minutes(self, moment: datetime) -> float:
        """Minutes from the day's start to ``moment`` (aware), in real elapsed time."""
        return (moment.astimezone(UTC) - self.start).total_seconds() / 60

    def moment(self, minutes: float) -> datetime:
        """The local wall time ``minutes`` after the day's start."""
        return (self.start + timedelta(minutes=minutes)).astimezone(ZoneInfo(self.zone))

    def hour_label(self, hour: int) -> str:
        return clock_text(self.moment(hour * 60))


@dataclass(frozen=True)
class Block:
    """An item placed on the day: its column, its lane among overlapping items, its span."""

    row: ItineraryRow
    column: int
    lane: int
    lanes: int
    top: float  # minutes from the day's start, clipped to the day
    bottom: float
    cut_before: bool  # began the day before
    cut_after: bool  # ends the day after


Placed = tuple[int, float, float, ItineraryRow, bool, bool]


def layout_day(rows: Sequence[ItineraryRow], axis: DayAxis) -> list[Block]:
    """The blocks of the items that take place (at least partly) on the axis' day: in each
    column, items that overlap (as drawn, short ones at their least height) share the width."""
    total = axis.hours * 60
    placed: list[Placed] = []
    for row in rows:
        entry = row.entry
        top, bottom = axis.minutes(entry.start), axis.minutes(entry.end)
        if top >= total or bottom < 0 or (bottom == 0 and top < 0):
            continue
        column = COLUMNS.index(entry.audience) if entry.audience in COLUMNS else 0
        placed.append((column, max(top, 0), min(bottom, total), row, top < 0, bottom > total))
    blocks: list[Block] = []
    for column in range(len(COLUMNS)):
        items = sorted(
            (p for p in placed if p[0] == column), key=lambda p: (p[1], -p[2], p[3].item_id)
        )
        cluster: list[tuple[int, Placed]] = []
        lane_ends: list[float] = []
        cluster_end = float("-inf")
        for item in items:
            top = item[1]
            shown_bottom = max(item[2], top + MIN_BLOCK_MINUTES)
            if cluster and top >= cluster_end:
                blocks.extend(_cluster_blocks(cluster))
                cluster, lane_ends, cluster_end = [], [], float("-inf")
            lane = next((n for n, end in enumerate(lane_ends) if end <= top), len(lane_ends))
            if lane == len(lane_ends):
                lane_ends.append(shown_bottom)
            else:
                lane_ends[lane] = shown_bottom
            cluster.append((lane, item))
            cluster_end = max(cluster_end, shown_bottom)
        blocks.extend(_cluster_blocks(cluster))
    blocks.sort(key=lambda b: (b.top, b.column, b.lane))
    return blocks


def _cluster_blocks(cluster: list[tuple[int, Placed]]) -> list[Block]:
    lanes = max((lane for lane, _ in cluster), default=-1) + 1
    return [
        Block(row, column, lane, lanes, top, bottom, before, after)
        for lane, (column, top, bottom, row, before, after) in cluster
    ]


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
        self._axis: DayAxis | None = None
        self._blocks: list[Block] = []
        self._fonts: tuple[str, tuple[QFont, QFont, QFont, QFontMetrics, QFontMetrics]] | None = (
            None
        )
        self._current: tuple[int, datetime] | None = None
        self._language = "en"
        self._press: tuple[Block, QPoint] | None = None
        self._drag_minutes: int | None = None
        self.setMinimumHeight(self.sizeHint().height())

    # --- data -------------------------------------------------------------------------------

    def set_day(self, axis: DayAxis | None, rows: Sequence[ItineraryRow], language: str) -> None:
        self._axis = axis
        self._language = language
        self._blocks = layout_day(rows, axis) if axis else []
        self._press, self._drag_minutes = None, None
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    @property
    def axis(self) -> DayAxis | None:
        return self._axis

    @property
    def blocks(self) -> tuple[Block, ...]:
        return tuple(self._blocks)

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
        hours = self._axis.hours if self._axis else 24
        return QSize(600, TOP_MARGIN + hours * HOUR_HEIGHT + BOTTOM_MARGIN)

    # --- geometry ---------------------------------------------------------------------------

    def y_of(self, minutes: float) -> float:
        return TOP_MARGIN + minutes * HOUR_HEIGHT / 60

    def column_rect(self, column: int) -> QRectF:
        width = max(self.width() - GUTTER - COLUMN_GAP, 60)
        each = width / len(COLUMNS)
        left = GUTTER + column * each
        return QRectF(left, 0, each - COLUMN_GAP, self.height())

    def block_rect(self, block: Block, shift_minutes: float = 0) -> QRectF:
        column = self.column_rect(block.column)
        lane_width = column.width() / block.lanes
        top = self.y_of(block.top + shift_minutes)
        bottom = self.y_of(max(block.bottom, block.top + MIN_BLOCK_MINUTES) + shift_minutes)
        return QRectF(
            column.left() + block.lane * lane_width,
            top + 1,
            lane_width - BLOCK_GAP,
            bottom - top - BLOCK_GAP,
        )

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
        axis = self._axis
        if axis is None:
            painter.end()
            return
        self._paint_grid(painter, axis)
        exposed = QRectF(event.rect())
        for block in self._blocks:
            if not self.block_rect(block).intersects(exposed):
                continue  # scrolled out of sight: a busy day has hundreds of blocks
            dragged = self._drag_minutes is not None and self._press and self._press[0] == block
            self._paint_block(painter, block, ghost_of=bool(dragged))
        if self._drag_minutes is not None and self._press is not None:
            self._paint_block(painter, self._press[0], shift=self._drag_minutes)
        painter.end()

    def _paint_grid(self, painter: QPainter, axis: DayAxis) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.PlaceholderText)
        line = palette.color(QPalette.ColorRole.Mid)
        line.setAlpha(90)
        half = QColor(line)
        half.setAlpha(40)
        metrics = painter.fontMetrics()
        for column in range(len(COLUMNS)):
            rect = self.column_rect(column)
            if column % 2:
                shade = palette.color(QPalette.ColorRole.AlternateBase)
                painter.fillRect(rect.adjusted(-COLUMN_GAP / 2, 0, COLUMN_GAP / 2, 0), shade)
        previous_label = ""
        for hour in range(axis.hours + 1):
            y = self.y_of(hour * 60)
            painter.setPen(QPen(line, 1))
            painter.drawLine(QPointF(GUTTER - 6, y), QPointF(self.width(), y))
            if hour < axis.hours:
                painter.setPen(QPen(half, 1, Qt.PenStyle.DashLine))
                middle = self.y_of(hour * 60 + 30)
                painter.drawLine(QPointF(GUTTER, middle), QPointF(self.width(), middle))
                label = axis.hour_label(hour)
                repeated = label == previous_label or (
                    hour + 1 < axis.hours and axis.hour_label(hour + 1) == label
                )
                previous_label = label
                painter.setPen(QColor("#b03a3a") if repeated else text)
                box = QRectF(0, y - metrics.height() / 2, GUTTER - 10, metrics.height())
                painter.drawText(
                    box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
                )

    def _paint_block(
        self, painter: QPainter, block: Block, *, shift: float = 0, ghost_of: bool = False
    ) -> None:
        entry = block.row.entry
        fill_name, border_name = KIND_COLOURS[entry.kind]
        fill, border = QColor(fill_name), QColor(border_name)
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
        painter.setPen(QColor("#1d1d1d"))
        base, small, bold, bold_metrics, base_metrics = self._text_fonts()
        title = title_text(entry, self._language)
        when = local_time_text(entry)
        if shift and self._axis is not None:
            start = self._axis.moment(block.top + shift)
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
        axis = self._axis
        if axis is None or event.position().x() < GUTTER:
            return
        minutes = (event.position().y() - TOP_MARGIN) * 60 / HOUR_HEIGHT
        snapped = max(0, int(minutes // SNAP_MINUTES) * SNAP_MINUTES)
        local = axis.moment(snapped).replace(tzinfo=None)
        self.create_requested.emit(local, axis.zone)

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
        order = self._blocks
        if (
            plain
            and order
            and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End)
        ):
            current = self.current_block()
            index = order.index(current) if current in order else -1
            if key == Qt.Key.Key_Home:
                index = 0
            elif key == Qt.Key.Key_End:
                index = len(order) - 1
            elif key == Qt.Key.Key_Down:
                index = min(index + 1, len(order) - 1)
            else:
                index = max(index - 1, 0) if index >= 0 else 0
            self.set_current(order[index].row.key)
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


class DayColumnsHeader(QWidget):
    """The column titles above the canvas, aligned with its columns."""

    def __init__(self, canvas: DayCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas = canvas
        self._zone_text = ""
        self.setFixedHeight(self.fontMetrics().height() + 10)

    def set_zone_text(self, text: str) -> None:
        self._zone_text = text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        bold = QFont(self.font())
        bold.setBold(True)
        offset = self._canvas.mapToGlobal(QPoint(0, 0)).x() - self.mapToGlobal(QPoint(0, 0)).x()
        for column, audience in enumerate(COLUMNS):
            rect = self._canvas.column_rect(column)
            box = QRect(int(rect.left()) + offset + 6, 0, int(rect.width()) - 6, self.height())
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            text = painter.fontMetrics().elidedText(
                column_title(audience), Qt.TextElideMode.ElideRight, box.width()
            )
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        gutter = QRect(0, 0, GUTTER + offset - 4, self.height())
        painter.drawText(
            gutter, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self._zone_text
        )
        painter.end()


class DayView(QWidget):
    """Day navigation (previous, next), the column titles and the scrolled day canvas."""

    current_changed = Signal()
    activated = Signal()
    day_changed = Signal()
    context_menu_requested = Signal(QPoint)
    move_requested = Signal(int, object)
    create_requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ItineraryRow] = []
        self._days: list[date] = []
        self._zones: dict[date, str] = {}
        self._cities: dict[date, str] = {}
        self._day: date | None = None
        self._language = "en"

        self.previous_button = QToolButton()
        self.previous_button.setObjectName("previousDay")
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setAutoRaise(True)
        self.previous_button.clicked.connect(self.previous_day)
        self.next_button = QToolButton()
        self.next_button.setObjectName("nextDay")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setAutoRaise(True)
        self.next_button.clicked.connect(self.next_day)
        self.day_label = QLabel()
        self.day_label.setObjectName("dayTitle")
        font = self.day_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.day_label.setFont(font)
        self.zone_label = QLabel()
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
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.header = DayColumnsHeader(self.canvas)
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
    ) -> None:
        """The rows to lay out, the mission's days, and the zone and city each day is shown
        in (the stop's)."""
        self._rows = list(rows)
        self._days = list(days)
        self._zones = {day: zone for day, (zone, _city) in places.items()}
        self._cities = {day: city for day, (_zone, city) in places.items()}
        self._language = language
        day = self._day if self._day in self._days else (self._days[0] if self._days else None)
        self._show(day, scroll=self._day != day)

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
        zone = self._zones.get(day) if day else None
        axis = DayAxis(day, zone) if day and zone else None
        keep = self.canvas.current_block()
        self.canvas.set_day(axis, self._rows, self._language)
        if keep is None or all(b.row.key != keep.row.key for b in self.canvas.blocks):
            self.canvas.set_current(None, notify=False)
        self._update_labels()
        if scroll:
            self.scroll_to_first()
        if changed:
            self.day_changed.emit()
            self.current_changed.emit()

    def _update_labels(self) -> None:
        day, axis = self._day, self.canvas.axis
        count = len(self._days)
        if day is None or axis is None:
            self.day_label.setText(QCoreApplication.translate("DayView", "No day to show"))
            self.zone_label.clear()
            self.header.set_zone_text("")
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
            noon = datetime.combine(day, time(12), ZoneInfo(axis.zone))
            offsets = utc_offset(axis.zone, day)
            text = arg(
                QCoreApplication.translate("DayView", "Times in %1 (%2, %3)"),
                self._cities.get(day) or city_of(axis.zone, self._language),
                zone_abbreviation(noon),
                offsets,
            )
            if axis.hours != 24:
                text += " · " + (
                    QCoreApplication.translate("DayView", "clocks go back: one hour happens twice")
                    if axis.hours > 24
                    else QCoreApplication.translate(
                        "DayView", "clocks go forward: one hour is skipped"
                    )
                )
            self.zone_label.setText(text)
            self.header.set_zone_text(zone_abbreviation(noon))
        index = self._days.index(day) if day in self._days else -1
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(0 <= index < count - 1)
        empty = axis is not None and not self.canvas.blocks
        self.empty_label.setVisible(empty)
        self.empty_label.setText(QCoreApplication.translate("DayView", "Nothing planned this day."))

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
        self._update_labels()
        self.header.update()
        self.canvas.update()
