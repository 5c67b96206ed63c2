"""Visa invitation letters: one page per delegate and destination country, from a template.

Templates are text files in ``resources/letters/`` named ``<country>.<language>.txt``
(``US.en.txt``), with ``default.<language>.txt`` for a country that has none; their format and
placeholders are described in that folder's README. Every placeholder of a template is checked
before anything is printed. This is the one paper that prints a passport number: the consulate
needs it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from string import Formatter
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Spacer,
)

from delegation_app.errors import ValidationError
from delegation_app.messages import say
from delegation_app.paths import resource_path
from delegation_app.printing.document import page_size_of, write_pdf_atomically
from delegation_app.printing.fonts import BOLD, REGULAR, register_fonts
from delegation_app.printing.labels import Wording
from delegation_app.printing.paragraphs import paragraph
from delegation_app.printing.styles import ACCENT, MUTED, RULE, stylesheet
from delegation_app.printing.text import clean, markup, phone_text, tag
from delegation_app.services.papers import LetterData

PLACEHOLDERS = frozenset(
    {
        "date",
        "organiser",
        "mission_title",
        "partner_event",
        "cities",
        "country",
        "first_day",
        "last_day",
        "honorific",
        "given_name",
        "family_name",
        "full_name",
        "job_title",
        "organisation",
        "nationality",
        "birth_date",
        "passport_number",
        "passport_country",
        "passport_expiry",
        "contact_name",
        "contact_role",
        "contact_phone",
        "contact_email",
    }
)
_HEADER = re.compile(r"^(subject|to|signature)\s*:\s*(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class LetterTemplate:
    name: str
    subject: str
    to: tuple[str, ...]
    signature: str
    paragraphs: tuple[str, ...]


def parse_template(text: str, name: str) -> LetterTemplate:
    """Read a template; refuses one without a body or with an unknown placeholder."""
    subject, signature = "", ""
    to: list[str] = []
    lines = [line.rstrip() for line in clean(text).split("\n")]
    lines = [line for line in lines if not line.lstrip().startswith("#")]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and (header := _HEADER.match(lines[0])):
        key, value = header.group(1).lower(), header.group(2).strip()
        if key == "subject":
            subject = value
        elif key == "to":
            to.append(value)
        else:
            signature = value
        lines.pop(0)
    paragraphs = tuple(
        " ".join(block.split()) for block in "\n".join(lines).split("\n\n") if block.strip()
    )
    if not paragraphs:
        raise ValidationError(
            "letter template", say("{name} has no text after its header lines", name=name)
        )
    for part in (subject, signature, *to, *paragraphs):
        for field in _fields(part, name):
            if field not in PLACEHOLDERS:
                raise ValidationError(
                    "letter template",
                    say(
                        "{name} names {{{field}}}, which is not a placeholder",
                        name=name,
                        field=field,
                    ),
                )
    return LetterTemplate(name, subject, tuple(to), signature, paragraphs)


def _fields(text: str, name: str) -> list[str]:
    try:
        return [field for _, field, _, _ in Formatter().parse(text) if field is not None]
    except ValueError as exc:
        raise ValidationError(
            "letter template", say("{name}: {reason}", name=name, reason=str(exc))
        ) from exc


@cache
def letter_template(country: str, language: str) -> LetterTemplate:
    """The template for a destination country in a language (the default one when none)."""
    folder = resource_path("letters")
    for name in (f"{country.upper()}.{language}.txt", f"default.{language}.txt"):
        path = folder / name
        if path.is_file():
            return parse_template(path.read_text(encoding="utf-8"), name)
    raise ValidationError(
        "letter template",
        say("no template for {country} in '{language}'", country=country, language=language),
    )


def letter_values(letter: LetterData, words: Wording, today: date) -> dict[str, str]:
    """What fills each placeholder for this letter (plain text; the blanks to complete)."""
    blank = words("to_complete")

    def day(value: date | None) -> str:
        return words.date_range(value, value) if value else blank

    mission = letter.mission
    event = clean(mission.partner_event).strip()
    contact = letter.contact
    return {
        "date": day(today),
        "organiser": clean(mission.organiser) or blank,
        "mission_title": clean(mission.title(letter.language)),
        "partner_event": f" — {event}" if event else "",
        "cities": words.names([clean(city) for city in letter.cities]),
        "country": words.country(letter.country),
        "first_day": day(letter.first_day),
        "last_day": day(letter.last_day),
        "honorific": clean(letter.honorific),
        "given_name": clean(letter.given_name),
        "family_name": clean(letter.family_name),
        "full_name": clean(letter.full_name),
        "job_title": clean(letter.job_title) or blank,
        "organisation": clean(letter.organisation) or blank,
        "nationality": words.country(letter.nationality) if letter.nationality else blank,
        "birth_date": day(letter.birth_date),
        "passport_number": clean(letter.passport_number) or blank,
        "passport_country": words.country(letter.passport_country)
        if letter.passport_country
        else blank,
        "passport_expiry": day(letter.passport_expiry),
        "contact_name": clean(contact.name) if contact else blank,
        "contact_role": clean(contact.contact_role) if contact else blank,
        "contact_phone": phone_text(contact.phone) if contact and contact.phone else blank,
        "contact_email": clean(contact.email) if contact and contact.email else blank,
    }


def _fill(text: str, values: Mapping[str, str]) -> str:
    """The template text with its placeholders replaced, escaped for paragraph markup."""
    return " ".join(markup(text).format_map(_Escaped(values)).split())


class _Escaped(dict[str, str]):
    """The values escaped for markup; their own spaces kept (" — event" after a title)."""

    def __init__(self, values: Mapping[str, str]) -> None:
        super().__init__(
            {key: escape(" ".join(clean(value).split(" "))) for key, value in values.items()}
        )


def render_letters(
    letters: Sequence[LetterData],
    path: Path,
    *,
    logo: bytes | None = None,
    page_size: str = "A4",
    today: date | None = None,
) -> int:
    """Print one letter per page into ``path``; returns the number of letters."""
    size = page_size_of(page_size)
    day = today or date.today()
    templates = {
        (letter.country, letter.language): letter_template(letter.country, letter.language)
        for letter in letters
    }
    register_fonts()

    def build(target: Path) -> None:
        margin = size[0] * 0.11
        document = _LetterDocument(str(target), size, margin, logo)
        styles = stylesheet(10.0)
        story: list[Flowable] = []
        if letters:
            document.organiser = clean(letters[0].mission.organiser)
        for number, letter in enumerate(letters):
            words = Wording(letter.language)
            template = templates[(letter.country, letter.language)]
            values = letter_values(letter, words, day)
            if number:
                story.append(PageBreak())
            story.append(paragraph(markup(values["date"]), styles["letter_right"]))
            story.append(Spacer(1, 0.8 * cm))
            for line in template.to:
                story.append(paragraph(_fill(line, values), styles["body"]))
            story.append(Spacer(1, 0.8 * cm))
            subject = f"{markup(words.colon(words('subject')))} {_fill(template.subject, values)}"
            story.append(paragraph(tag("b", subject), styles["letter"]))
            story += [
                paragraph(_fill(text, values), styles["letter"]) for text in template.paragraphs
            ]
            story.append(Spacer(1, 2.2 * cm))
            story.append(paragraph(_fill(template.signature, values), styles["letter"]))
        document.build(story)

    write_pdf_atomically(Path(path), build)
    return len(letters)


class _LetterDocument(BaseDocTemplate):  # type: ignore[misc]
    """A letterhead (logo and organiser) and a footer rule; no page numbers."""

    def __init__(self, filename: str, size: tuple[float, float], margin: float, logo: bytes | None):
        super().__init__(
            filename,
            pagesize=size,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin * 1.5,
            bottomMargin=margin,
            creator="Delegation",
            initialFontName=REGULAR,
        )
        self.logo = logo
        self.organiser = ""
        frame = Frame(margin, margin, size[0] - 2 * margin, size[1] - 2.5 * margin, id="letter")
        self.addPageTemplates([PageTemplate(id="letter", frames=[frame], onPage=self._head)])

    def _head(self, canvas: Any, doc: Any) -> None:
        width, height = self.pagesize
        top = height - self.leftMargin * 0.6
        canvas.saveState()
        x = self.leftMargin
        if self.logo:
            try:
                reader = ImageReader(io.BytesIO(self.logo))
                w, h = reader.getSize()
                scale = min(3.5 * cm / w, 1.6 * cm / h)
                canvas.drawImage(reader, x, top - h * scale, w * scale, h * scale, mask="auto")
                x += w * scale + 0.5 * cm
            except Exception:  # a damaged logo leaves the letterhead to the name
                pass
        canvas.setFont(BOLD, 11)
        canvas.setFillColor(ACCENT)
        canvas.drawString(x, top - 14, self.organiser)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(
            self.leftMargin,
            self.bottomMargin * 0.7,
            width - self.rightMargin,
            self.bottomMargin * 0.7,
        )
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(self.leftMargin, self.bottomMargin * 0.45, self.organiser)
        canvas.restoreState()
