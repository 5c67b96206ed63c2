"""The base every printed document shares: page sizes, page templates, outline, atomic writing.

- A cover template (no running header) and a content template whose header shows the document's
  running title and the day (or section) the page holds.
- "Page x of y" in one layout pass: each page draws a form XObject that is only filled in when
  the canvas is saved and the total is known. Laying the document out twice would double the
  time of printing a whole delegation's booklets, and a canvas that defers its pages breaks
  bookmarks (they would all point at page one).
- Outline entries (PDF bookmarks) and running labels are attached to flowables with
  :func:`mark` and acted on in :meth:`DelegationDocument.afterFlowable`.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, A5, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
)

from delegation_app.errors import ValidationError
from delegation_app.messages import say
from delegation_app.printing.fonts import BOLD, REGULAR, register_fonts
from delegation_app.printing.styles import ACCENT, INK, MUTED, RULE, stylesheet

# ReportLab has no type hints: its flowables are plain objects to us.
AnyFlowable = Any

# What the running header is told a page holds: a section's name or a day of the programme.
RunningLabel = str | date

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "A5": A5, "LETTER": letter}

COVER = "cover"
CONTENT = "content"


def page_size_of(name: str) -> tuple[float, float]:
    """Width and height in points of "A4", "A5" or "Letter" (also "US Letter")."""
    key = name.strip().upper().removeprefix("US").strip(" -_")
    if key not in PAGE_SIZES:
        raise ValidationError("page size", say("'{name}' is not one of A4, A5, Letter", name=name))
    return PAGE_SIZES[key]


@dataclass(frozen=True)
class OutlineEntry:
    """A bookmark in the PDF's outline; ``key`` must be unique within the document."""

    key: str
    title: str
    level: int = 0


def mark(
    flowable: AnyFlowable,
    *,
    running_label: RunningLabel | None = None,
    outline: OutlineEntry | None = None,
) -> AnyFlowable:
    """Attach a running-header label and/or an outline entry to a flowable; returns it."""
    if running_label is not None:
        flowable.running_label = running_label
    if outline is not None:
        flowable.outline_entry = outline
    return flowable


class _PageTotalCanvas(Canvas):  # type: ignore[misc]
    """A canvas that fills in, when saved, a per-page footer that needs the page count."""

    def __init__(
        self,
        *args: Any,
        paint_footer: Callable[[Any, int, int], None],
        finish: Callable[[Any], None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._paint_footer = paint_footer
        self._finish = finish
        self._reserved: list[int] = []
        self._pages_shown = 0

    def reserve_footer(self) -> None:
        """Place this page's footer, drawn at save time once the total is known."""
        page = self.getPageNumber()
        self.doForm(_footer_form(page))
        self._reserved.append(page)

    def showPage(self) -> None:
        self._pages_shown += 1
        super().showPage()

    def save(self) -> None:
        total = self._pages_shown
        for page in self._reserved:
            self.beginForm(_footer_form(page))
            self._paint_footer(self, page, total)
            self.endForm()
        if self._finish is not None:
            self._finish(self)
        super().save()


def _footer_form(page: int) -> str:
    return f"PageFooter{page}"


def contents_form(key: str) -> str:
    """The form holding the page number of an outline entry in the table of contents."""
    return "Contents" + "".join(c if c.isalnum() else "_" for c in key)


class TableOfContents(Flowable):  # type: ignore[misc]
    """The document's sections and days with their page numbers, in one layout pass.

    The entries are known before layout (the story makes them); each number is a form drawn
    when the canvas is saved, from where :meth:`DelegationDocument.afterFlowable` saw the
    entry land. Each line links to its place in the document.
    """

    def __init__(self, document: DelegationDocument, entries: Sequence[OutlineEntry]) -> None:
        super().__init__()
        self.document = document
        self.entries = list(entries)
        self.size = document.base_size
        self.leading = self.size * 1.75
        self.width = self.height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.leading * len(self.entries)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        number_room = self.size * 3
        for row, entry in enumerate(self.entries):
            y = self.height - (row + 1) * self.leading + self.size * 0.5
            indent = self.size * 1.6 * entry.level
            font = BOLD if entry.level == 0 else REGULAR
            room = self.width - indent - number_room
            title = _fit(entry.title, font, self.size, room)
            canvas.saveState()
            canvas.setFont(font, self.size)
            canvas.setFillColor(ACCENT if entry.level == 0 else INK)
            canvas.drawString(indent, y, title)
            # A dotted leader from the title to the number.
            start = indent + stringWidth(title, font, self.size) + self.size * 0.5
            end = self.width - number_room
            if end > start:
                canvas.setStrokeColor(RULE)
                canvas.setLineWidth(0.6)
                canvas.setDash(0.6, self.size * 0.45)
                canvas.line(start, y, end, y)
            canvas.restoreState()
            canvas.saveState()
            canvas.translate(self.width, y)
            canvas.doForm(contents_form(entry.key))
            canvas.restoreState()
            self.document.contents_forms.add(entry.key)
            canvas.linkRect(
                "", entry.key, (indent, y - self.size * 0.4, self.width, y + self.size), relative=1
            )


class DelegationDocument(BaseDocTemplate):  # type: ignore[misc]
    """A document with a cover, running header and "Page x of y" footer, and an outline.

    Start the story on the cover; put ``NextPageTemplate(CONTENT)`` and a ``PageBreak`` after it.
    """

    def __init__(
        self,
        filename: str | Path,
        *,
        page_size: str = "A4",
        title: str,
        running_title: str,
        footer_note: str,
        page_label: Callable[[int, int], str],
        language: str,
        header_label: Callable[[Sequence[RunningLabel]], str] | None = None,
        author: str = "",
        subject: str = "",
    ) -> None:
        register_fonts()
        size = page_size_of(page_size)
        width = size[0]
        self.compact = width < 500  # A5 and smaller: smaller type, narrower margins
        self.base_size = 8.5 if self.compact else 9.5
        self.styles: dict[str, ParagraphStyle] = stylesheet(self.base_size)
        margin = width * 0.085
        super().__init__(
            str(filename),
            pagesize=size,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin * 0.8,
            bottomMargin=margin * 0.8,
            title=title,
            author=author,
            subject=subject,
            creator="Delegation",
            lang=language,
            initialFontName=REGULAR,
        )
        self.running_title = running_title
        self.footer_note = footer_note
        self.page_label = page_label
        self.header_label = header_label or _first_label
        self.header_height = self.base_size * 3.2
        self.footer_height = self.base_size * 3.0
        self._page_labels: list[RunningLabel] = []
        self._last_label: RunningLabel | None = None
        self._outline_keys: set[str] = set()
        # Where each outline entry landed (page number), and the table of contents' numbers
        # waiting for it (form names), drawn when the canvas is saved.
        self.outline_pages: dict[str, int] = {}
        self.contents_forms: set[str] = set()

        body_bottom = self.bottomMargin + self.footer_height
        self.cover_height = self.height - self.footer_height
        cover = Frame(
            self.leftMargin,
            body_bottom,
            self.width,
            self.cover_height,
            id="cover",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        content = Frame(
            self.leftMargin,
            body_bottom,
            self.width,
            self.height - self.footer_height - self.header_height,
            id="content",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    id=COVER,
                    frames=[cover],
                    onPage=self._begin_page,
                    onPageEnd=self._end_cover_page,
                    pagesize=size,
                ),
                PageTemplate(
                    id=CONTENT,
                    frames=[content],
                    onPage=self._begin_page,
                    onPageEnd=self._end_content_page,
                    pagesize=size,
                ),
            ]
        )

    # Building -----------------------------------------------------------------------------

    def build_story(self, story: Sequence[AnyFlowable]) -> None:
        """Lay the story out and write the file (use :func:`write_pdf_atomically` around it)."""
        self.build(list(story))

    def build(
        self, flowables: list[AnyFlowable], filename: str | None = None, canvasmaker: Any = None
    ) -> None:
        # The footer's "of y" needs our canvas, whoever calls build.
        super().build(flowables, filename=filename, canvasmaker=canvasmaker or self._make_canvas)

    def _make_canvas(self, *args: Any, **kwargs: Any) -> _PageTotalCanvas:
        return _PageTotalCanvas(
            *args, paint_footer=self._paint_page_number, finish=self._paint_contents, **kwargs
        )

    def _paint_contents(self, canvas: Any) -> None:
        """The page numbers of the table of contents, known once every page is laid out."""
        size = self.base_size
        for key in sorted(self.contents_forms):
            canvas.beginForm(
                contents_form(key), lowerx=-size * 6, lowery=-size, upperx=1, uppery=size * 2
            )
            page = self.outline_pages.get(key)
            if page is not None:
                canvas.setFont(REGULAR, size)
                canvas.setFillColor(ACCENT)
                canvas.drawRightString(0, 0, str(page))
            canvas.endForm()

    def afterFlowable(self, flowable: AnyFlowable) -> None:
        entry: OutlineEntry | None = getattr(flowable, "outline_entry", None)
        if entry is not None and entry.key not in self._outline_keys:
            self._outline_keys.add(entry.key)
            # The frame's cursor sits just below the flowable: jump to its top line.
            top = getattr(self.frame, "_y", self.pagesize[1]) + getattr(flowable, "height", 0)
            self.canv.bookmarkHorizontal(entry.key, 0, top)
            self.canv.addOutlineEntry(entry.title, entry.key, level=entry.level, closed=False)
            self.outline_pages[entry.key] = self.canv.getPageNumber()

        label: RunningLabel | None = getattr(flowable, "running_label", None)
        if label is not None:
            if not self._page_labels or self._page_labels[-1] != label:
                self._page_labels.append(label)
            self._last_label = label
        elif (
            not self._page_labels
            and self._last_label is not None
            and not isinstance(flowable, Spacer | ActionFlowable)
        ):
            # The page opens with what continues the previous page's day or section.
            self._page_labels.append(self._last_label)

    # Page furniture -----------------------------------------------------------------------

    def _begin_page(self, canvas: Any, doc: Any) -> None:
        self._page_labels = []
        if canvas.getPageNumber() == 1:
            canvas.showOutline()  # viewers open with the bookmarks (the days) shown

    def _end_cover_page(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        width, height = self.pagesize
        band = self.base_size * 0.9
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - band, width, band, stroke=0, fill=1)
        canvas.restoreState()
        self._draw_footer(canvas)

    def _end_content_page(self, canvas: Any, doc: Any) -> None:
        labels = self._page_labels or ([self._last_label] if self._last_label else [])
        self._draw_header(canvas, self.header_label(labels))
        self._draw_footer(canvas)

    def _draw_header(self, canvas: Any, label: str) -> None:
        size = self.base_size * 0.82
        y = self.pagesize[1] - self.topMargin - size
        left, right = self.leftMargin, self.leftMargin + self.width
        canvas.saveState()
        canvas.setFillColor(MUTED)
        label_width = stringWidth(label, BOLD, size) if label else 0.0
        if label:
            canvas.setFont(BOLD, size)
            canvas.setFillColor(ACCENT)
            canvas.drawRightString(right, y, label)
        room = self.width - label_width - (size * 2 if label else 0)
        canvas.setFont(REGULAR, size)
        canvas.setFillColor(MUTED)
        canvas.drawString(left, y, _fit(self.running_title, REGULAR, size, room))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        rule_y = y - size * 0.9
        canvas.line(left, rule_y, right, rule_y)
        canvas.restoreState()

    def _draw_footer(self, canvas: Any) -> None:
        size = self.base_size * 0.78
        y = self.bottomMargin
        left, right = self.leftMargin, self.leftMargin + self.width
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y + size * 1.9, right, y + size * 1.9)
        canvas.setFont(REGULAR, size)
        canvas.setFillColor(MUTED)
        room = self.width - stringWidth(self.page_label(999, 999), REGULAR, size) - size * 2
        canvas.drawString(left, y, _fit(self.footer_note, REGULAR, size, room))
        canvas.restoreState()
        canvas.reserve_footer()

    def _paint_page_number(self, canvas: Any, page: int, total: int) -> None:
        size = self.base_size * 0.78
        canvas.setFont(REGULAR, size)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(
            self.leftMargin + self.width, self.bottomMargin, self.page_label(page, total)
        )


def _first_label(labels: Sequence[RunningLabel]) -> str:
    return str(labels[0]) if labels else ""


def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text, cut with an ellipsis if it is wider than ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def write_pdf_atomically(path: Path, build: Callable[[Path], None]) -> Path:
    """Run ``build(temporary_path)`` then move the result to ``path`` in one step.

    The temporary file sits in the same folder (so the move is a rename); on any failure it is
    removed and whatever was at ``path`` before is left untouched.
    """
    path = Path(path)
    handle, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".pdf.part", dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        build(temporary)
        with temporary.open("r+b") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path
