"""User text made safe for ReportLab paragraph markup.

Every string that comes from the database or a roster goes through :func:`markup` *before* any
tag is added around it, so ``Dupont & Fils <SARL>`` prints exactly as typed instead of breaking
the paragraph parser or, worse, being read as markup.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from xml.sax.saxutils import escape, quoteattr

import phonenumbers

# C0/C1 control characters (other than tab and newline) have no glyph and upset PDF viewers;
# they arrive from spreadsheets pasted out of other programs.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029")
_SPACES = re.compile(r"[ \t]+")


def clean(text: str | None) -> str:
    """NFC-normalised plain text without control characters (no escaping)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text)
    return _CONTROL.sub("", text)


def markup(text: str | None) -> str:
    """One line of user text, escaped for paragraph markup (newlines become spaces)."""
    return _markup(text) if text else ""


@lru_cache(maxsize=65_536)
def _markup(text: str) -> str:
    # Cached: a delegation's booklets escape the same names and places over and over.
    return escape(_SPACES.sub(" ", clean(text).replace("\n", " ")).strip())


def multiline(text: str | None) -> str:
    """User text that keeps its line breaks (addresses, practical information)."""
    lines = [_SPACES.sub(" ", line).strip() for line in clean(text).split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "<br/>".join(escape(line) for line in lines)


def join(parts: Iterable[str | None], separator: str = " · ") -> str:
    """Escaped user strings joined with a separator, skipping the empty ones.

    The separator is markup written by the program (it is not escaped).
    """
    return separator.join(m for m in (markup(p) for p in parts) if m)


def join_markup(parts: Iterable[str | None], separator: str = " · ") -> str:
    """Fragments that are already markup, joined, skipping the empty ones."""
    return separator.join(p for p in parts if p)


def tag(name: str, content: str) -> str:
    """Wrap markup (already escaped) in a simple tag: ``tag("b", markup(name))``."""
    return f"<{name}>{content}</{name}>" if content else ""


def link(href: str, content: str) -> str:
    """A clickable link around markup; the address itself is user text and is quoted."""
    target = clean(href).strip()
    if not target or not content:
        return content
    return f"<link href={quoteattr(target)}>{content}</link>"


def mailto(email: str | None) -> str:
    address = clean(email).strip()
    return link(f"mailto:{address}", markup(address)) if address else ""


def phone_text(phone: str | None) -> str:
    """A phone number as people read it: E.164 (+33612345678) grouped the way the country
    writes it ("+33 6 12 34 56 78"); anything else as typed. Plain text, not escaped."""
    return _phone_text(clean(phone).strip()) if phone else ""


@lru_cache(maxsize=4096)
def _phone_text(number: str) -> str:
    if number.startswith("+"):
        try:
            parsed = phonenumbers.parse(number, None)
            return str(
                phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            )
        except phonenumbers.NumberParseException:
            pass
    return number


def tel(phone: str | None) -> str:
    number = clean(phone).strip()
    if not number:
        return ""
    digits = re.sub(r"[^\d+]", "", number)
    shown_number = phone_text(number)
    # A no-break space keeps "+33 6 12 34 56 78" on one line.
    shown = markup(shown_number).replace(" ", "\u00a0")
    return link(f"tel:{digits}", shown) if digits else shown


def nbsp(text: str) -> str:
    """Plain program text with no-break spaces, for times like "9:30 AM" (no escaping)."""
    return text.replace(" ", "\u00a0").replace("\u202f", "\u00a0")
