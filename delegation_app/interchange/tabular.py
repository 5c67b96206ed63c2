"""Reading spreadsheets as partners send them: CSV (any of ; , tab; UTF-8 or Windows-1252) and XLSX.

Every cell comes back as text exactly as the partner typed it (accents and apostrophes kept);
interpreting dates, phones and countries is the importer's job. A file that cannot be read
gives an ``ImportFileError`` with a sentence for the coordinator, never a traceback.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from delegation_app.errors import DomainError

MAX_ROWS = 20_000
MAX_BYTES = 50 * 1024 * 1024


class ImportFileError(DomainError):
    """The file itself cannot be read as a table."""


@dataclass(frozen=True)
class Table:
    """A header row and data rows of text, each with its row number in the file (1-based)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]
    source: str
    encoding: str | None = None
    delimiter: str | None = None


def read_table(path: Path, *, sheet: str | None = None, max_rows: int = MAX_ROWS) -> Table:
    """Read a CSV, TSV or XLSX file into a Table; the format is told by content, not name."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFileError(f"cannot read {path.name}: {exc.strerror}") from exc
    if size == 0:
        raise ImportFileError(f"{path.name} is empty")
    if size > MAX_BYTES:
        raise ImportFileError(f"{path.name} is larger than {MAX_BYTES // (1024 * 1024)} MB")
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, sheet=sheet, max_rows=max_rows)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            f"{path.name} is an old Excel 97-2003 file (.xls): save it as .xlsx or .csv first"
        )
    if sheet is not None:
        raise ImportFileError(f"{path.name} is a text file: it has no sheet '{sheet}'")
    return _read_csv(path, path.read_bytes(), max_rows=max_rows)


def _decode(name: str, data: bytes) -> tuple[str, str]:
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16"), "utf-16"
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            f"{name} announces Unicode but holds other bytes (at byte {exc.start}): "
            "save it again as CSV UTF-8"
        ) from exc
    if b"\x00" in data[:4096]:
        raise ImportFileError(f"{name} is not a text table (it holds binary data)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # French Excel on Windows writes "CSV (séparateur: point-virgule)" in Windows-1252.
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise ImportFileError(f"{name} is neither UTF-8 nor Windows-1252 text") from exc


def _sniff_delimiter(sample: str) -> str:
    lines = [line for line in sample.splitlines()[:20] if line.strip()]
    if not lines:
        return ";"
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=";,\t").delimiter
    except csv.Error:
        pass
    # The sniffer gives up on ragged files: take the delimiter most regular over the lines.
    counts = {d: [line.count(d) for line in lines] for d in ";\t,"}
    return max(counts, key=lambda d: (min(counts[d]) > 0, sum(counts[d])))


def _unneutralise(cell: str) -> str:
    """Undo the apostrophe our CSV export puts before = + - @ so formulas are never run."""
    if cell[:1] == "'" and (cell[1:2] in _SIGNS or (cell[1:2] == "'" and cell[2:3] in _SIGNS)):
        return cell[1:]
    return cell


_SIGNS = frozenset("=+-@\t\r")


def _read_csv(path: Path, data: bytes, *, max_rows: int) -> Table:
    text, encoding = _decode(path.name, data)
    if not text.strip():
        raise ImportFileError(f"{path.name} is empty")
    delimiter = _sniff_delimiter(text[:16_384])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: tuple[str, ...] | None = None
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    try:
        # A spreadsheet row is one CSV record, even when a cell spans several lines.
        for number, values in enumerate(reader, start=1):
            cells = tuple(_clean_cell(v) for v in values)
            if not any(cells):
                continue
            if header is None:
                header = cells
                continue
            rows.append(tuple(_unneutralise(c) for c in cells))
            numbers.append(number)
            if len(rows) > max_rows:
                raise ImportFileError(
                    f"{path.name} has more than {max_rows:,} rows; split it into smaller files"
                )
    except csv.Error as exc:
        raise ImportFileError(f"{path.name}, line {reader.line_num}: {exc}") from exc
    if header is None:
        raise ImportFileError(f"{path.name} is empty")
    if not rows:
        raise ImportFileError(f"{path.name} has a header row but no data rows")
    return Table(
        headers=header,
        rows=tuple(rows),
        row_numbers=tuple(numbers),
        source=path.name,
        encoding=encoding,
        delimiter=delimiter,
    )


def _clean_cell(text: str) -> str:
    """NFC text; Word's line break (vertical tab) becomes a newline, other controls go."""
    text = unicodedata.normalize("NFC", text).replace("\x0b", "\n").strip()
    return _CONTROL.sub("", text)


_CONTROL = re.compile(r"[\x00-\x08\x0c\x0e-\x1f\x7f]")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        # A date typed in Excel comes back as midnight: keep only the day.
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _clean_cell(str(value))


def _read_xlsx(path: Path, *, sheet: str | None, max_rows: int) -> Table:
    try:
        return _read_workbook(path, sheet=sheet, max_rows=max_rows)
    except ImportFileError:
        raise
    except Exception as exc:
        # A damaged workbook fails deep inside zlib or the XML parser, with many exception
        # types; for the coordinator they all mean the same thing.
        raise ImportFileError(
            f"{path.name} is not a readable XLSX workbook (it may be damaged): "
            "open it in the spreadsheet program and save it again"
        ) from exc


def _read_workbook(path: Path, *, sheet: str | None, max_rows: int) -> Table:
    from openpyxl import load_workbook  # imported here: only XLSX imports pay for it

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(f"{path.name} is not a readable XLSX workbook") from exc
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            names = ", ".join(workbook.sheetnames)
            raise ImportFileError(f"{path.name} has no sheet '{sheet}' (it has: {names})")
        worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        header: tuple[str, ...] | None = None
        rows: list[tuple[str, ...]] = []
        numbers: list[int] = []
        for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
            cells = tuple(_cell_text(v) for v in values)
            if not any(cells):
                continue
            if header is None:
                header = cells
                continue
            rows.append(cells)
            numbers.append(number)
            if len(rows) > max_rows:
                raise ImportFileError(
                    f"{path.name} has more than {max_rows:,} rows; split it into smaller files"
                )
    finally:
        workbook.close()
    title = worksheet.title
    if header is None:
        raise ImportFileError(f"the sheet '{title}' of {path.name} is empty")
    if not rows:
        raise ImportFileError(f"the sheet '{title}' of {path.name} has a header but no data rows")
    width = len(header)
    while width and not header[width - 1]:
        width -= 1
    return Table(
        headers=header[:width],
        rows=tuple(r[:width] for r in rows),
        row_numbers=tuple(numbers),
        source=f"{path.name} [{title}]",
    )
