"""Exporting a mission's roster to XLSX or CSV, in the columns the importer reads back.

CSV is written the way French Excel reads it without a question: semicolons, UTF-8 with a byte
order mark, dates as 05/11/2017. A cell that a spreadsheet would take for a formula (starting
with = + - @, or a tab or carriage return) is neutralised with a leading apostrophe in CSV; the
importer removes that apostrophe, so an export re-imports without loss.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from delegation_app.errors import ValidationError
from delegation_app.interchange.cell_values import xml_safe
from delegation_app.interchange.roster_columns import (
    FIELDS,
    ROLE_LABELS,
    STATUS_LABELS,
    join_groups,
)
from delegation_app.messages import say
from delegation_app.services.languages import language_names
from delegation_app.services.roster import RosterRecord, roster_records

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_EXPORTED = (
    "short", "honorific", "family_name", "given_name", "organisation", "job_title", "capacity",
    "email", "phone", "language", "languages", "role", "status", "groups", "nationality",
    "hotel", "room", "room_type", "room_mate",
)  # fmt: skip
_PERSONAL = (
    "birth_date", "passport_number", "passport_country", "passport_expiry", "dietary_needs",
    "mobility_needs",
)  # fmt: skip


def export_columns(include_personal: bool) -> tuple[str, ...]:
    return _EXPORTED + (_PERSONAL if include_personal else ())


def _header(field: str, language: str) -> str:
    spec = next(f for f in FIELDS if f.name == field)
    return spec.label_fr if language == "fr" else spec.label_en


def _value(record: RosterRecord, field: str, language: str) -> str | date | None:
    if field == "groups":
        return join_groups(record.groups)
    if field == "role":
        return ROLE_LABELS[language][record.role.value]
    if field == "status":
        return STATUS_LABELS[language][record.status.value]
    if field == "languages":
        return language_names(record.languages, language) or None
    value: str | date | None = getattr(record, field)
    return value


def neutralise(text: str) -> str:
    """Keep a spreadsheet from evaluating a cell as a formula (CSV injection).

    A text that already starts with an apostrophe before a formula sign gets one more, so that
    the importer, which removes one, gives it back unchanged.
    """
    if text.startswith(FORMULA_STARTS) or (text[:1] == "'" and text[1:2] in _SIGNS):
        return "'" + text
    return text


_SIGNS = frozenset("=+-@\t\r")


def export_roster(
    session: Session,
    mission_id: int,
    path: Path,
    *,
    language: str = "fr",
    include_personal: bool = False,
) -> int:
    """Write the roster to ``path`` (.xlsx or .csv, by its suffix); returns the row count."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError("output", say("'{name}' must end in .xlsx or .csv", name=path.name))
    records = roster_records(session, mission_id, include_personal=include_personal)
    columns = export_columns(include_personal)
    headers = [_header(c, language) for c in columns]
    rows = [[_value(r, c, language) for c in columns] for r in records]
    writer = _write_xlsx if suffix == ".xlsx" else _write_csv
    _write_atomically(path, lambda target: writer(target, headers, rows))
    return len(rows)


def _write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_csv_cell(v) for v in row])


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return neutralise(str(value))


def _write_xlsx(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Roster"
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row_index, row in enumerate(rows, start=2):
        for column_index, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_index, column=column_index)
            if isinstance(value, str):
                # Control characters are not allowed in XLSX; Word's line break becomes one.
                value = xml_safe(ILLEGAL_CHARACTERS_RE.sub("", value.replace("\x0b", "\n")))
            cell.value = value  # type: ignore[assignment]
            if isinstance(value, str):
                # openpyxl stores a string starting with "=" as a formula unless told otherwise.
                cell.data_type = "s"
            elif isinstance(value, date):
                cell.number_format = "DD/MM/YYYY"
    for index, header in enumerate(headers, start=1):
        longest = max([len(header)] + [len(str(r[index - 1] or "")) for r in rows])
        sheet.column_dimensions[get_column_letter(index)].width = min(max(10, longest + 2), 45)
    sheet.freeze_panes = "A2"
    workbook.save(path)
