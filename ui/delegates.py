"""Painting of the mission list: the title on up to two lines, dates and destination below."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ui.models import SUBTITLE_ROLE

Index = QModelIndex | QPersistentModelIndex

PADDING_X = 10
PADDING_Y = 7
LINE_GAP = 2
TITLE_LINES = 2


def wrap_lines(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines, the last one elided if need be."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if len(lines) == max_lines - 1 and words:
            line = metrics.elidedText(
                f"{line} {' '.join(words)}", Qt.TextElideMode.ElideRight, width
            )
            words = []
        lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return lines or [""]


class MissionItemDelegate(QStyledItemDelegate):
    """A mission's title (wrapped, two lines at most) over its dates, cities and head count."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        subtitle = QFont(option.font)
        subtitle.setPointSizeF(max(option.font.pointSizeF() * 0.92, 7.0))
        return title, subtitle

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width()
        view = self.parent()
        if width <= 0 and isinstance(view, QAbstractItemView):
            width = view.viewport().width()
        return max(width - 2 * PADDING_X, 40)

    def _title_lines(self, option: QStyleOptionViewItem, index: Index) -> list[str]:
        title_font, _ = self._fonts(option)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return wrap_lines(text, QFontMetrics(title_font), self._text_width(option), TITLE_LINES)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title_font, subtitle_font = self._fonts(option)
        lines = len(self._title_lines(option, index))
        height = (
            lines * QFontMetrics(title_font).lineSpacing()
            + LINE_GAP
            + QFontMetrics(subtitle_font).height()
        )
        return QSize(self._text_width(option) + 2 * PADDING_X, height + 2 * PADDING_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = opt.palette.color(group, text_role)
        sub_colour = (
            text_colour
            if selected
            else opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
        )
        title_font, subtitle_font = self._fonts(opt)
        rect = opt.rect.adjusted(PADDING_X, PADDING_Y, -PADDING_X, -PADDING_Y)
        title_metrics, sub_metrics = QFontMetrics(title_font), QFontMetrics(subtitle_font)

        painter.save()
        painter.setFont(title_font)
        painter.setPen(text_colour)
        top = rect.top()
        for line in self._title_lines(opt, index):
            line_rect = QRect(rect.left(), top, rect.width(), title_metrics.height())
            painter.drawText(line_rect, int(Qt.AlignmentFlag.AlignLeft), line)
            top += title_metrics.lineSpacing()

        painter.setFont(subtitle_font)
        painter.setPen(sub_colour)
        sub_rect = QRect(rect.left(), top + LINE_GAP, rect.width(), sub_metrics.height())
        subtitle = sub_metrics.elidedText(
            str(index.data(SUBTITLE_ROLE) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(sub_rect, int(Qt.AlignmentFlag.AlignLeft), subtitle)
        painter.restore()
