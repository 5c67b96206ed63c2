"""Reading spreadsheets as partners send them: CSV (any of ; , tab; UTF-8 or Windows-1252), XLSX
and ODS (LibreOffice Calc).

Every cell comes back as text exactly as the partner typed it (accents and apostrophes kept);
interpreting dates, phones and countries is the importer's job. A file that cannot be read
gives an ``ImportFileError`` with a sentence for the coordinator, never a traceback.
"""

from __future__ import annotations

import csv
import io
import posixpath
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from xml.etree import ElementTree

from delegation_app.errors import DomainError
from delegation_app.messages import say

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
    """Read a CSV, TSV, XLSX or ODS file into a Table; the format is told by content, not name."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFileError(
            say("cannot read {name}: {reason}", name=path.name, reason=exc.strerror)
        ) from exc
    if size == 0:
        raise ImportFileError(say("{name} is empty", name=path.name))
    if size > MAX_BYTES:
        raise ImportFileError(
            say("{name} is larger than {size} MB", name=path.name, size=MAX_BYTES // (1024 * 1024))
        )
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"PK\x03\x04"):
        kind = _opendocument_kind(path)
        if kind == ODS_MIMETYPE:
            return _read_ods(path, sheet=sheet, max_rows=max_rows)
        if kind is not None:
            raise ImportFileError(
                say(
                    "{name} is an OpenDocument file but not a spreadsheet ({kind}): "
                    "save the list from LibreOffice Calc as .ods, .xlsx or .csv",
                    name=path.name,
                    kind=kind,
                )
            )
        return _read_xlsx(path, sheet=sheet, max_rows=max_rows)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            say(
                "{name} is an old Excel 97-2003 file (.xls): save it as .xlsx or .csv first",
                name=path.name,
            )
        )
    if sheet is not None:
        raise ImportFileError(
            say("{name} is a text file: it has no sheet '{sheet}'", name=path.name, sheet=sheet)
        )
    return _read_csv(path, path.read_bytes(), max_rows=max_rows)


def _decode(name: str, data: bytes) -> tuple[str, str]:
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16"), "utf-16"
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            say(
                "{name} announces Unicode but holds other bytes (at byte {start}): "
                "save it again as CSV UTF-8",
                name=name,
                start=exc.start,
            )
        ) from exc
    if b"\x00" in data[:4096]:
        raise ImportFileError(say("{name} is not a text table (it holds binary data)", name=name))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # French Excel on Windows writes "CSV (séparateur: point-virgule)" in Windows-1252.
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            say("{name} is neither UTF-8 nor Windows-1252 text", name=name)
        ) from exc


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
        raise ImportFileError(say("{name} is empty", name=path.name))
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
                raise _too_many_rows(path, max_rows)
    except csv.Error as exc:
        raise ImportFileError(
            say(
                "{name}, line {line}: {reason}",
                name=path.name,
                line=reader.line_num,
                reason=exc.args[0] if exc.args else "",
            )
        ) from exc
    if header is None:
        raise ImportFileError(say("{name} is empty", name=path.name))
    if not rows:
        raise ImportFileError(say("{name} has a header row but no data rows", name=path.name))
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


# --- OpenDocument (LibreOffice Calc) -----------------------------------------------------------

ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"


def _opendocument_kind(path: Path) -> str | None:
    """The media type an OpenDocument zip declares in its ``mimetype`` member, else None."""
    try:
        with zipfile.ZipFile(path) as archive:
            if "mimetype" not in archive.namelist():
                return None
            declared = archive.read("mimetype")[:200].decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError):
        return None  # the XLSX reader words what is wrong with a damaged zip
    return declared if declared.startswith("application/vnd.oasis.opendocument") else None


def _read_ods(path: Path, *, sheet: str | None, max_rows: int) -> Table:
    """A LibreOffice Calc sheet, read by python-calamine (dates and numbers as typed)."""
    from python_calamine import CalamineWorkbook  # type: ignore[import-not-found, unused-ignore]

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:
        raise ImportFileError(
            say(
                "{name} is not a readable OpenDocument spreadsheet (it may be damaged): "
                "open it in LibreOffice Calc and save it again",
                name=path.name,
            )
        ) from exc
    try:
        names = list(workbook.sheet_names)
        if not names:
            raise ImportFileError(say("{name} has no sheet", name=path.name))
        if sheet is not None and sheet not in names:
            raise _no_sheet(path, sheet, names)
        title = sheet if sheet is not None else names[0]
        try:
            worksheet = workbook.get_sheet_by_name(title)
            lead: list[object] = [""] * (worksheet.start or (0, 0))[1]
            rows = [lead + list(row) for row in worksheet.iter_rows()]
        except Exception as exc:
            raise ImportFileError(
                say(
                    "the sheet '{title}' of {name} cannot be read (it may be damaged)",
                    title=title,
                    name=path.name,
                )
            ) from exc
        return _sheet_table(path, title, rows, max_rows=max_rows)
    finally:
        workbook.close()


def _read_xlsx(path: Path, *, sheet: str | None, max_rows: int) -> Table:
    try:
        table = _read_with_calamine(path, sheet=sheet, max_rows=max_rows)
        if table is None:
            table = _read_workbook(path, sheet=sheet, max_rows=max_rows)
        return table
    except ImportFileError:
        raise
    except Exception as exc:
        # A damaged workbook fails deep inside zlib or the XML parser, with many exception
        # types; for the coordinator they all mean the same thing.
        raise ImportFileError(
            say(
                "{name} is not a readable XLSX workbook (it may be damaged): "
                "open it in the spreadsheet program and save it again",
                name=path.name,
            )
        ) from exc


def _sheet_table(
    path: Path, title: str, values: Iterable[Sequence[object]], *, max_rows: int
) -> Table:
    """The Table of a sheet's rows of cell values, the first of them being row 1 (A1)."""
    header: tuple[str, ...] | None = None
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    # Partners repeat the same texts down a column (company, role, country): clean each once.
    texts: dict[str, str] = {"": ""}
    for number, row in enumerate(values, start=1):
        cells: list[str] = []
        for value in row:
            if type(value) is str:
                text = texts.get(value)
                if text is None:
                    text = texts[value] = _clean_cell(value)
                cells.append(text)
            else:
                cells.append(_cell_text(value))
        if not any(cells):
            continue
        if header is None:
            header = tuple(cells)
            continue
        rows.append(tuple(cells))
        numbers.append(number)
        if len(rows) > max_rows:
            raise _too_many_rows(path, max_rows)
    if header is None:
        raise ImportFileError(
            say("the sheet '{title}' of {name} is empty", title=title, name=path.name)
        )
    if not rows:
        raise ImportFileError(
            say(
                "the sheet '{title}' of {name} has a header but no data rows",
                title=title,
                name=path.name,
            )
        )
    width = len(header)
    while width and not header[width - 1]:
        width -= 1
    # Every row as wide as the header: a workbook without a declared size gives ragged rows.
    padding = ("",) * width
    return Table(
        headers=header[:width],
        rows=tuple(r[:width] if len(r) >= width else (r + padding)[:width] for r in rows),
        row_numbers=tuple(numbers),
        source=f"{path.name} [{title}]",
    )


def _too_many_rows(path: Path, max_rows: int) -> ImportFileError:
    return ImportFileError(
        say(
            "{name} has more than {count:,} rows; split it into smaller files",
            name=path.name,
            count=max_rows,
        )
    )


def _no_sheet(path: Path, sheet: str, names: Iterable[str]) -> ImportFileError:
    return ImportFileError(
        say(
            "{name} has no sheet '{sheet}' (it has: {names})",
            name=path.name,
            sheet=sheet,
            names=", ".join(names),
        )
    )


def _read_workbook(path: Path, *, sheet: str | None, max_rows: int) -> Table:
    """openpyxl's reading: always there, and the reference for what a cell reads as."""
    from openpyxl import load_workbook  # imported here: only XLSX imports pay for it

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(
            say("{name} is not a readable XLSX workbook", name=path.name)
        ) from exc
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise _no_sheet(path, sheet, workbook.sheetnames)
        worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        return _sheet_table(
            path, worksheet.title, worksheet.iter_rows(values_only=True), max_rows=max_rows
        )
    finally:
        workbook.close()


# --- the fast reader ---------------------------------------------------------------------------
#
# python-calamine (Rust) reads a 10,000-row workbook several times faster than openpyxl. It
# is used only where it reads exactly what openpyxl reads; where the two are known to differ,
# the file goes to openpyxl as before:
# - error cells (#N/A, #REF!...): openpyxl gives their text, calamine an empty cell;
# - _x000D_-style escapes: openpyxl keeps them as typed, calamine decodes them;
# - a <dimension> smaller than the data: openpyxl reads only what it declares;
# - negative numbers (a negative date serial is a day before 1900 for openpyxl, a time for
#   calamine);
# - chart or macro sheets, a sheet name that is not there (openpyxl's message lists the
#   sheets), and any file calamine refuses, so that a damaged file is refused in openpyxl's
#   words, as it always was;
# - a sheet too large to hold in memory at once: calamine loads a whole sheet, openpyxl
#   streams it and stops at the row limit.

_ESCAPE = re.compile(rb"_x[0-9A-Fa-f]{4}_")
_NEGATIVE = re.compile(rb"v>\s*-")
_DIMENSION = re.compile(rb"""<(?:[\w.-]+:)?dimension\b[^>]*?\bref\s*=\s*["']([^"']*)["']""")
_REFERENCE = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$")
# Twice the XML of a 20,000-row roster (MAX_ROWS) of twenty columns.
_CALAMINE_MAX_PART_BYTES = 64 * 1024 * 1024


def _read_with_calamine(path: Path, *, sheet: str | None, max_rows: int) -> Table | None:
    """The sheet read by python-calamine, or None where openpyxl must read it."""
    try:
        from python_calamine import (  # type: ignore[import-not-found, unused-ignore]
            CalamineWorkbook,
            SheetTypeEnum,
        )
    except ImportError:  # an optional speed-up: openpyxl reads everything without it
        return None
    try:
        checked = _calamine_reads_as_openpyxl(path, sheet)
        if checked is None:
            return None
        names, title, declared = checked
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception:  # openpyxl says what is wrong with the file, as it always did
        return None
    try:
        if workbook.sheet_names != names or any(
            m.typ != SheetTypeEnum.WorkSheet for m in workbook.sheets_metadata
        ):
            return None
        worksheet = workbook.get_sheet_by_name(title)
        end = worksheet.end
        if declared and end and (end[0] >= declared[0] or end[1] >= declared[1]):
            return None  # openpyxl would leave out what lies beyond the declared size
        # Its rows start at row 1 but at the first column that holds something: put back the
        # empty columns before it, so that rows and headers keep their places.
        lead: list[object] = [""] * (worksheet.start or (0, 0))[1]
        rows = worksheet.iter_rows()
        values = (lead + row for row in rows) if lead else rows
        return _sheet_table(path, title, values, max_rows=max_rows)
    except ImportFileError:
        raise
    except Exception:
        return None
    finally:
        workbook.close()


def _calamine_reads_as_openpyxl(
    path: Path, sheet: str | None
) -> tuple[list[str], str, tuple[int, int] | None] | None:
    """The workbook's sheet names, the title of the sheet to read and the (rows, columns) its
    <dimension> declares, if calamine reads that sheet as openpyxl does; None otherwise."""
    with zipfile.ZipFile(path) as archive:
        parts = _sheet_parts(archive)
        names = [name for name, _ in parts]
        if not parts or (sheet is not None and sheet not in names):
            return None
        title, part = parts[names.index(sheet)] if sheet is not None else parts[0]
        if archive.getinfo(part).file_size > _CALAMINE_MAX_PART_BYTES:
            return None
        data = archive.read(part)
        if b'"e"' in data or b"'e'" in data:  # t="e": an error cell (or text like it)
            return None
        if _ESCAPE.search(data) or _NEGATIVE.search(data):
            return None
        for info in archive.infolist():
            if info.filename.casefold().endswith("sharedstrings.xml") and (
                info.file_size > _CALAMINE_MAX_PART_BYTES
                or _ESCAPE.search(archive.read(info.filename))
            ):
                return None
    declared = _DIMENSION.search(data.split(b"sheetData", 1)[0])
    if declared is None:
        return names, title, None
    bounds = _REFERENCE.match(declared.group(1).decode("ascii", "replace").upper())
    if bounds is None:
        return None
    column, row = bounds.group(3) or bounds.group(1), bounds.group(4) or bounds.group(2)
    return names, title, (int(row), _column_number(column))


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _local(name: str) -> str:
    return name.rpartition("}")[2]


def _relations(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, archive member) of a part of the package ("" for the root)."""
    folder, name = posixpath.split(part)
    root = ElementTree.fromstring(archive.read(posixpath.join(folder, "_rels", f"{name}.rels")))
    relations: dict[str, tuple[str, str]] = {}
    for element in root:
        target = element.get("Target", "")
        member = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join(folder, target))
        )
        relations[element.get("Id", "")] = (element.get("Type", ""), member)
    return relations


def _sheet_parts(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(name, archive member) of every sheet, in the workbook's order."""
    workbook = next(
        m for kind, m in _relations(archive, "").values() if kind.endswith("/officeDocument")
    )
    relations = _relations(archive, workbook)
    parts = []
    for element in ElementTree.fromstring(archive.read(workbook)).iter():
        if _local(element.tag) == "sheet":
            [relation] = [value for key, value in element.attrib.items() if _local(key) == "id"]
            parts.append((element.attrib["name"], relations[relation][1]))
    return parts
