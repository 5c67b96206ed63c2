"""One table as an XLSX workbook, the way the registers and lists are exported.

A header row in the program's colours, banded rows, dates as real date cells (so spreadsheets
sort them), numbers as numbers, and text never stored as a formula: a title starting with "="
stays a title. The page prints landscape on A4, one page wide, the header row repeated, the
title (and what the list leaves out) in the page header. The file appears only once whole
(written beside it, then moved into place).
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from delegation_app.errors import ValidationError
from delegation_app.messages import say

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

_ACCENT = "1F4E79"
_TINT = "EEF3F8"

Cell = str | int | date | None


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: int


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    if not path.parent.is_dir():
        raise ValidationError(
            "output", say("the folder '{folder}' does not exist", folder=str(path.parent))
        )
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def cell_text(value: str) -> str:
    """User text as a cell can hold it: NFC, without the control characters XLSX refuses."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return str(ILLEGAL_CHARACTERS_RE.sub("", unicodedata.normalize("NFC", value)))


@dataclass(frozen=True)
class Sheet:
    """One sheet of a workbook: a table under a header row."""

    title: str
    columns: Sequence[Column]
    table: Sequence[Sequence[Cell]]
    date_keys: Collection[str] = ()
    freeze: str = "C2"
    heading: str | None = None
    """What the printed page header says (default: the workbook's title and description)."""


def write_table(
    path: Path,
    columns: Sequence[Column],
    table: Sequence[Sequence[Cell]],
    *,
    language: str,
    sheet_title: str,
    title: str,
    described: str,
    date_keys: Collection[str] = (),
    freeze: str = "C2",
) -> None:
    """Write ``table`` (a row of cells per line, in the order of ``columns``) to ``path``."""
    sheet = Sheet(sheet_title, columns, table, date_keys, freeze)
    write_workbook(path, [sheet], language=language, title=title, described=described)


def write_workbook(
    path: Path, sheets: Sequence[Sheet], *, language: str, title: str, described: str
) -> None:
    """Write one sheet per table, in order, to ``path``."""
    from openpyxl import Workbook

    workbook = Workbook()
    first: Worksheet | None = workbook.active
    assert first is not None
    for index, sheet in enumerate(sheets):
        worksheet = first if index == 0 else workbook.create_sheet()
        _fill_sheet(worksheet, sheet, language=language, title=title, described=described)
    workbook.properties.title = title
    workbook.properties.description = cell_text(described)
    workbook.properties.creator = "Delegation"
    workbook.save(path)


def _fill_sheet(
    sheet: Worksheet, content: Sheet, *, language: str, title: str, described: str
) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    columns, table = content.columns, content.table
    # A sheet's name: at most 31 characters, none of []:*?/\ (Excel refuses the file otherwise).
    sheet.title = "".join(c for c in content.title if c not in "[]:*?/\\")[:31]
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor=_ACCENT)
    band_fill = PatternFill("solid", fgColor=_TINT)
    top = Alignment(vertical="top", wrap_text=True)
    for index, column in enumerate(columns, start=1):
        header = sheet.cell(row=1, column=index, value=column.header)
        header.font = header_font
        header.fill = header_fill
        header.alignment = Alignment(vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    for row_index, values in enumerate(table, start=2):
        for index, (column, value) in enumerate(zip(columns, values, strict=True), start=1):
            cell = sheet.cell(row=row_index, column=index)
            if isinstance(value, str):
                cell.value = cell_text(value)
                # openpyxl would store a string starting with "=" as a formula.
                cell.data_type = "s"
            else:
                cell.value = value
            if column.key in content.date_keys and isinstance(value, date):
                cell.number_format = "DD/MM/YYYY" if language == "fr" else "YYYY-MM-DD"
            cell.alignment = top
            if row_index % 2 == 1:
                cell.fill = band_fill
    last = get_column_letter(len(columns))
    sheet.freeze_panes = content.freeze
    sheet.auto_filter.ref = f"A1:{last}{max(len(table) + 1, 1)}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = "1:1"
    heading = cell_text(content.heading or f"{title} — {described}")
    # "&" starts a header/footer code in spreadsheets: doubled, it prints as itself.
    if sheet.oddHeader is not None:
        sheet.oddHeader.center.text = heading.replace("&", "&&")[:200]
    if sheet.oddFooter is not None:
        sheet.oddFooter.right.text = "&P / &N"
