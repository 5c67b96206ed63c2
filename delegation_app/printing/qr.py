"""QR codes on the page: a vCard to save a contact, a ``geo:`` link to open a place in a maps app.

The code is computed with ReportLab's own encoder (``reportlab.graphics.barcode.qrencoder``)
from the UTF-8 bytes of the text, once per process for a given text (a delegation's booklets
share their contacts), and drawn as filled runs of dark modules inside a quiet zone.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.barcode.qrencoder import QR8bitByte, QRCode, QRErrorCorrectLevel
from reportlab.lib.colors import black, white
from reportlab.platypus import Flowable

from delegation_app.printing.text import clean

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


@lru_cache(maxsize=1024)
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark (True) and light modules of the QR code of ``text``, row by row from the top."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(QR8bitByte(text.encode("utf-8")))
    code.make()
    count = code.getModuleCount()
    return tuple(tuple(bool(code.isDark(row, col)) for col in range(count)) for row in range(count))


class QrCode(Flowable):  # type: ignore[misc]
    """A square QR code of ``size`` points (quiet zone included)."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        modules = qr_modules(self.text)
        count = len(modules) + 2 * QUIET_ZONE
        unit = self.size / count
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(white)
        canvas.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        canvas.setFillColor(black)
        # Drawn in module units: the operators are made once per text and per process (a
        # delegation's booklets print the same contacts), not formatted number by number.
        canvas.transform(unit, 0, 0, unit, 0, 0)
        path = canvas.beginPath()
        path._code.append(_module_rectangles(self.text))  # already PDF path operators
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()


@lru_cache(maxsize=1024)
def _module_rectangles(text: str) -> str:
    """PDF path operators of the dark runs of the code, one rectangle per run of a row, in
    module units from the bottom left of the quiet zone."""
    modules = qr_modules(text)
    count = len(modules) + 2 * QUIET_ZONE
    operators = []
    for row, line in enumerate(modules):
        y = count - (row + QUIET_ZONE + 1)
        col = 0
        while col < len(line):
            if not line[col]:
                col += 1
                continue
            start = col
            while col < len(line) and line[col]:
                col += 1
            # A hair taller than the run, so that rows print without seams between them.
            operators.append(f"{start + QUIET_ZONE} {y} {col - start} 1.02 re")
    return "\n".join(operators)


def vcard(
    *,
    given_name: str,
    family_name: str,
    full_name: str,
    phone: str | None,
    email: str | None = None,
    organisation: str | None = None,
    title: str | None = None,
) -> str:
    """A vCard 3.0 (RFC 2426) for a phone's contacts app; values escaped as the RFC says."""
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{_escape(family_name)};{_escape(given_name)};;;",
        f"FN:{_escape(full_name)}",
    ]
    if organisation:
        lines.append(f"ORG:{_escape(organisation)}")
    if title:
        lines.append(f"TITLE:{_escape(title)}")
    if phone:
        lines.append(f"TEL;TYPE=CELL:{_escape(phone)}")
    if email:
        lines.append(f"EMAIL:{_escape(email)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines)


def geo_uri(latitude: float, longitude: float) -> str:
    """A ``geo:`` URI (RFC 5870) for a place: ``geo:25.7663,-80.1918``."""
    return f"geo:{_coordinate(latitude)},{_coordinate(longitude)}"


def _coordinate(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _escape(value: str) -> str:
    text = " ".join(clean(value).split())
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
