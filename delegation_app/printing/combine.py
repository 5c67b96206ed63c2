"""Several PDFs as one file to send to the printer: the combined booklets of a delegation.

Each document keeps its own pages, numbers and bookmarks, nested under a bookmark with its
title (the delegate's name). A document with an odd number of pages is followed by a blank
page, so that printed double-sided each booklet starts on a new sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from delegation_app.printing.document import write_pdf_atomically


def combine_booklets(parts: Sequence[tuple[str, Path]], target: Path) -> int:
    """Write ``parts`` (title, PDF file) one after the other into ``target``; its page count."""
    pages = 0

    def build(temporary: Path) -> None:
        nonlocal pages
        writer = PdfWriter()
        for number, (title, path) in enumerate(parts):
            reader = PdfReader(path)
            writer.append(reader, outline_item=title, import_outline=True)
            count = len(reader.pages)
            if count % 2 and number < len(parts) - 1:
                last = reader.pages[-1]
                writer.add_blank_page(float(last.mediabox.width), float(last.mediabox.height))
        writer.add_metadata({"/Creator": "Delegation"})
        writer.page_mode = "/UseOutlines"
        with temporary.open("wb") as handle:
            writer.write(handle)
        pages = len(writer.pages)

    write_pdf_atomically(Path(target), build)
    return pages
