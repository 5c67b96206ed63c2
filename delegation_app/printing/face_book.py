"""The face book: the delegates, group by group, with their photo, name and organisation.

A delegate without a photo on file gets their initials in a circle, so that the grid stays
regular and nobody looks left out. Photos are drawn into a square, cropped to its centre.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.colors import white
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, NextPageTemplate, Paragraph, Table, TableStyle

from delegation_app.printing.document import (
    CONTENT,
    DelegationDocument,
    OutlineEntry,
    mark,
    page_size_of,
    write_pdf_atomically,
)
from delegation_app.printing.fonts import BOLD
from delegation_app.printing.labels import Wording
from delegation_app.printing.paragraphs import paragraph
from delegation_app.printing.styles import ACCENT, RULE
from delegation_app.printing.text import clean, join_markup, markup, tag
from delegation_app.services.papers import FaceBook, FaceCard


def render_face_book(book: FaceBook, path: Path, *, language: str, page_size: str = "A4") -> Path:
    """Print the face book to ``path``; the file appears only once complete."""
    words = Wording(language)
    page_size_of(page_size)
    title = clean(book.mission.title(language))

    def build(target: Path) -> None:
        document = DelegationDocument(
            target,
            page_size=page_size,
            title=f"{title} — {words('face_book')}",
            running_title=f"{title} — {words('face_book')}",
            footer_note=book.mission.organiser or "",
            page_label=lambda page, total: words("page", page=page, total=total),
            language=language,
            subject=words("face_book"),
            author=book.mission.organiser or "",
        )
        document.build_story(_story(book, document, words))

    return write_pdf_atomically(Path(path), build)


def _story(book: FaceBook, document: DelegationDocument, words: Wording) -> list[Flowable]:
    styles = document.styles

    def para(text: str, style: str) -> Paragraph:
        return paragraph(text, styles[style])

    count = sum(len(group.cards) for group in book.groups)
    story: list[Flowable] = [
        para(markup(words("face_book").upper()), "kicker"),
        para(markup(book.mission.title(words.language)), "title"),
        para(
            join_markup(
                [
                    markup(words.date_range(book.mission.start_date, book.mission.end_date)),
                    markup(words.count("delegates", count)),
                ]
            ),
            "subtitle",
        ),
        para(markup(words("face_book_intro")), "body"),
        NextPageTemplate(CONTENT),
    ]
    columns = 3 if document.compact else 4
    width = document.width / columns
    portrait = min(width - 12, 3.2 * cm)
    for number, group in enumerate(book.groups):
        name = group.name or words("other_delegates")
        story.append(
            mark(
                para(markup(name), "heading"),
                running_label=name,
                outline=OutlineEntry(key=f"group-{number}", title=name, level=0),
            )
        )
        cells: list[list[Flowable]] = []
        for card in group.cards:
            text = join_markup(
                [
                    tag("b", markup(card.full_name)),
                    markup(card.capacity or card.job_title),
                    f'<font color="#5B6670">{markup(card.organisation)}</font>'
                    if card.organisation
                    else "",
                ],
                "<br/>",
            )
            cells.append([Portrait(card, portrait), para(text, "cell_centered")])
        # A table per row of cards: the group's heading stays with its first row only.
        for start in range(0, len(cells), columns):
            row = cells[start : start + columns]
            row += [[]] * (columns - len(row))
            table = Table([row], colWidths=[width] * columns)
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 4),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                        ("TOPPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                    ]
                )
            )
            story.append(table)
    return story


class Portrait(Flowable):  # type: ignore[misc]
    """A delegate's photo in a square, or their initials in a circle when there is none."""

    def __init__(self, card: FaceCard, size: float) -> None:
        super().__init__()
        self.card = card
        self.size = size
        self.width = self.height = size
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size + 4

    def draw(self) -> None:
        canvas = self.canv
        size = self.size
        canvas.saveState()
        canvas.translate(0, 4)
        if self.card.photo and self._draw_photo():
            canvas.restoreState()
            return
        radius = size / 2
        canvas.setFillColor(ACCENT)
        canvas.setStrokeColor(RULE)
        canvas.circle(radius, radius, radius, stroke=0, fill=1)
        initials = clean(self.card.initials) or "?"
        font_size = size * 0.36
        while stringWidth(initials, BOLD, font_size) > size * 0.7 and font_size > 6:
            font_size -= 0.5
        canvas.setFillColor(white)
        canvas.setFont(BOLD, font_size)
        canvas.drawCentredString(radius, radius - font_size * 0.35, initials)
        canvas.restoreState()

    def _draw_photo(self) -> bool:
        """Draw the photo cropped to a centred square; False when it cannot be read."""
        assert self.card.photo is not None
        try:
            reader = ImageReader(io.BytesIO(self.card.photo))
            width, height = reader.getSize()
        except Exception:  # a damaged image prints as initials, not as a failed batch
            return False
        if not width or not height:
            return False
        canvas = self.canv
        scale = self.size / min(width, height)
        shown_width, shown_height = width * scale, height * scale
        path = canvas.beginPath()
        path.rect(0, 0, self.size, self.size)
        canvas.clipPath(path, stroke=0, fill=0)
        canvas.drawImage(
            reader,
            (self.size - shown_width) / 2,
            (self.size - shown_height) / 2,
            shown_width,
            shown_height,
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, self.size, self.size, stroke=1, fill=0)
        return True
