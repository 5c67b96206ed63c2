"""A booklet "printed as a booklet": A5 pages two by two on A4 sheets, folded and stapled.

Saddle stitching: the sheets are printed on both sides, stacked, folded in the middle and
stapled on the fold. Each side of a sheet carries two pages, side by side, in the order that
makes them read 1, 2, 3 ... once folded. For 8 pages, sheet 1 carries 8 | 1 on its front and
2 | 7 on its back; sheet 2 carries 6 | 3, then 4 | 5.

The imposed PDF holds landscape sheets: print it double-sided, *flip on short edge*, at actual
size (no "fit to page"). A booklet whose page count is not a multiple of four is padded with
blank pages at its end (the last pages before the back of the booklet stay blank).

Pages are placed as vectors: each becomes a form XObject (its content stream untouched, its own
resources), drawn on its half of the sheet. The text stays text, sharp at any size and
searchable. Links and bookmarks are not carried over: the imposed file is for the printer.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
)

from delegation_app.errors import ValidationError
from delegation_app.messages import say
from delegation_app.printing.booklet import render_booklet
from delegation_app.printing.document import page_size_of, write_pdf_atomically
from delegation_app.services.booklet import BookletData

#: One side of a sheet: the page number on its left half and on its right half (1-based;
#: None is a blank half).
Side = tuple[int | None, int | None]


def saddle_stitch_order(pages: int) -> list[Side]:
    """The pages on each side of each sheet, in print order: front of sheet 1, back of
    sheet 1, front of sheet 2, ... each as (left, right); padding pages are None.

    >>> saddle_stitch_order(8)
    [(8, 1), (2, 7), (6, 3), (4, 5)]
    """
    if pages < 0:
        raise ValueError(f"a booklet cannot have {pages} pages")
    padded = -(-pages // 4) * 4  # rounded up to a multiple of four

    def page(number: int) -> int | None:
        return number if number <= pages else None

    sides: list[Side] = []
    for sheet in range(padded // 4):
        outer, inner = 2 * sheet, 2 * sheet + 1
        # Front: the last unplaced page on the left, the first on the right; the back mirrors it.
        sides.append((page(padded - outer), page(1 + outer)))
        sides.append((page(1 + inner), page(padded - inner)))
    return sides


def sheet_count(pages: int) -> int:
    """How many sheets of paper a booklet of ``pages`` pages needs once imposed."""
    return len(saddle_stitch_order(pages)) // 2


def impose_saddle_stitch(source_pdf: Path, target_pdf: Path, *, sheet: str = "A4") -> int:
    """Impose ``source_pdf`` (A5 pages) on ``sheet`` landscape sheets for saddle stitching.

    Writes ``target_pdf`` atomically (nothing is left behind on failure) and returns the number
    of sheets of paper (the PDF has two sides per sheet). A5 pages go on A4 at actual size; on
    a sheet whose halves are smaller (Letter) they are scaled down to fit, against the fold.
    """
    sheet_width, sheet_height = sorted(page_size_of(sheet), reverse=True)  # landscape
    try:
        # Read into memory first: the target may be the source itself.
        reader = PdfReader(io.BytesIO(Path(source_pdf).read_bytes()))
        pages = list(reader.pages)
    except (OSError, PdfReadError) as exc:
        raise ValidationError(
            "booklet",
            say("cannot read {file} as a PDF: {reason}", file=source_pdf, reason=str(exc)),
        ) from exc
    if not pages:
        raise ValidationError("booklet", say("{file} has no page to impose", file=source_pdf))

    def build(temporary: Path) -> None:
        writer = PdfWriter()
        for left, right in saddle_stitch_order(len(pages)):
            side = writer.add_blank_page(width=sheet_width, height=sheet_height)
            drawing = b"".join(
                _place(writer, side, pages[number - 1], half, sheet_width, sheet_height)
                for number, half in ((left, 0), (right, 1))
                if number is not None
            )
            if drawing:
                content = DecodedStreamObject()
                content.set_data(drawing)
                side.replace_contents(content.flate_encode())
        _copy_document_information(reader, writer)
        with temporary.open("wb") as output:
            writer.write(output)

    write_pdf_atomically(Path(target_pdf), build)
    return sheet_count(len(pages))


def render_imposed_booklet(data: BookletData, path: Path, *, sheet: str = "A4") -> int:
    """Print a delegate's booklet in A5 and impose it on ``sheet`` sheets; returns the sheets.

    The A5 booklet is laid out in a temporary folder and never appears beside ``path``.
    """
    page_size_of(sheet)  # refuse a bad size before any work
    with tempfile.TemporaryDirectory(prefix="delegation-booklet-") as folder:
        a5 = Path(folder) / "booklet-a5.pdf"
        render_booklet(data, a5, page_size="A5")
        return impose_saddle_stitch(a5, Path(path), sheet=sheet)


Matrix = tuple[float, float, float, float, float, float]

# How a page of width w and height h, its corner at the origin, is turned clockwise by /Rotate.
_TURNS: dict[int, Callable[[float, float], Matrix]] = {
    0: lambda w, h: (1, 0, 0, 1, 0, 0),
    90: lambda w, h: (0, -1, 1, 0, 0, w),
    180: lambda w, h: (-1, 0, 0, -1, w, h),
    270: lambda w, h: (0, 1, -1, 0, h, 0),
}


def _place(
    writer: PdfWriter,
    side: PageObject,
    page: PageObject,
    half: int,
    sheet_width: float,
    sheet_height: float,
) -> bytes:
    """Put ``page`` on the left (0) or right (1) half of ``side``, against the fold.

    The page becomes a form XObject (its content stream as it is, with its own resources, clipped
    to its crop box); the returned drawing operators place it. Nothing is parsed, so imposing
    costs next to nothing beside laying the booklet out.
    """
    box = page.cropbox
    left, bottom = float(box.left), float(box.bottom)
    width, height = float(box.width), float(box.height)
    # A page turned by its /Rotate entry is placed as a viewer shows it.
    rotation = page.rotation % 360
    turn = _TURNS.get(rotation, _TURNS[0])(width, height)
    if rotation in (90, 270):
        width, height = height, width
    half_width = sheet_width / 2
    # Actual size when it fits (A5 on A4 does, to a tenth of a millimetre); never enlarged.
    scale = min(1.0, half_width / width, sheet_height / height)
    x = half_width - width * scale if half == 0 else half_width
    y = (sheet_height - height * scale) / 2
    # The crop box's corner to the origin, turned, scaled, then moved to its place.
    a, b, c, d, e, f = turn
    matrix = (
        a * scale,
        b * scale,
        c * scale,
        d * scale,
        (e - a * left - c * bottom) * scale + x,
        (f - b * left - d * bottom) * scale + y,
    )

    form = DecodedStreamObject()
    form.set_data(_content_of(page))
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                FloatObject(v)
                for v in (left, bottom, left + float(box.width), bottom + float(box.height))
            ),
            NameObject("/Resources"): page.get("/Resources", DictionaryObject()).clone(writer),
        }
    )
    # pypdf has no public call to add a stream object; a form must be an indirect object.
    reference = writer._add_object(form.flate_encode())
    name = f"/Page{half}"
    resources = side.setdefault(NameObject("/Resources"), DictionaryObject())
    xobjects = resources.setdefault(NameObject("/XObject"), DictionaryObject())
    xobjects[NameObject(name)] = reference
    operands = " ".join(f"{value:.6f}" for value in matrix)
    return f"q {operands} cm {name} Do Q\n".encode("ascii")


def _content_of(page: PageObject) -> bytes:
    """A page's content streams, decoded and joined (as the PDF reads them, one after another)."""
    contents = page.get("/Contents")
    if contents is None:
        return b""
    contents = contents.get_object()
    streams = contents if isinstance(contents, ArrayObject) else [contents]
    return b"\n".join(stream.get_object().get_data() for stream in streams)


def _copy_document_information(reader: PdfReader, writer: PdfWriter) -> None:
    info = reader.metadata
    if info:
        writer.add_metadata({key: info[key] for key in info if key in _INFO_KEYS})
    writer.add_metadata({"/Creator": "Delegation"})
    language = reader.root_object.get("/Lang")
    if language is not None:
        writer.root_object[NameObject("/Lang")] = language


_INFO_KEYS: Sequence[str] = ("/Title", "/Author", "/Subject")
