"""The rooming list as the workbook a hotel asks for: one sheet per hotel block.

Each sheet opens with the group's particulars (group name, hotel, dates, booking reference,
the delegation's contact), then one row per guest: Room, Type, Title, Last name, First name,
Organisation, Arrival, Departure, Nights, Notes; then the totals (rooms and room-nights per
type, and rooms taken each night, which the hotel checks against its allotment).

Room-mates are on consecutive rows, each row repeating the room number (a hotel sorts, filters
and imports the sheet into its system: merged cells would break all three) and each room banded
alternately so that a shared room reads as one. Dates are real dates, shown with the month's
name so that neither a French nor an American reader can take 05/11 for 11 May. Every string is
stored as a string: a name typed "=SUM(...)" stays a name.

Delegates with no room are not printed: the hotel is not the one to act on them (the command
line reports them to the coordinator).
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from delegation_app.errors import ValidationError
from delegation_app.interchange.cell_values import xml_safe
from delegation_app.messages import say
from delegation_app.services.rooming import (
    OccupancyIssue,
    RoomingGuest,
    RoomingList,
    RoomingRoom,
)

if TYPE_CHECKING:
    from openpyxl.styles import Alignment
    from openpyxl.worksheet.worksheet import Worksheet

LANGUAGES = ("fr", "en")

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Rooming list",
        "group": "Groupe",
        "hotel": "Hôtel",
        "address": "Adresse",
        "phone": "Téléphone",
        "city": "Ville",
        "group_arrival": "Arrivée du groupe",
        "group_departure": "Départ du groupe",
        "booking_reference": "Référence de réservation",
        "contact": "Contact de la délégation",
        "issued_on": "Établie le",
        "room": "Chambre",
        "type": "Type",
        "honorific": "Civilité",
        "family_name": "Nom",
        "given_name": "Prénom",
        "organisation": "Organisation",
        "arrival": "Arrivée",
        "departure": "Départ",
        "nights": "Nuits",
        "notes": "Remarques",
        "to_be_assigned": "à attribuer",
        "shares_with": "Partage avec {names}",
        "one_guest_in_shared_room": "{type} occupée par une seule personne",
        "too_many_guests": "{type} pour {count} personnes",
        "a_room": "Chambre",
        "dietary": "Régime : {needs}",
        "mobility": "Mobilité : {needs}",
        "legend": "Les dates en gras diffèrent de celles du groupe.",
        "summary": "Récapitulatif",
        "rooms": "Chambres",
        "guests": "Personnes",
        "room_nights": "Nuitées",
        "total": "Total",
        "type_unknown": "Type non précisé",
        "rooms_per_night": "Chambres par nuit",
        "night_of": "Nuit du",
        "page": "Page &P sur &N",
    },
    "en": {
        "title": "Rooming list",
        "group": "Group",
        "hotel": "Hotel",
        "address": "Address",
        "phone": "Phone",
        "city": "City",
        "group_arrival": "Group arrival",
        "group_departure": "Group departure",
        "booking_reference": "Booking reference",
        "contact": "Delegation contact",
        "issued_on": "Issued on",
        "room": "Room",
        "type": "Type",
        "honorific": "Title",
        "family_name": "Last name",
        "given_name": "First name",
        "organisation": "Organisation",
        "arrival": "Arrival",
        "departure": "Departure",
        "nights": "Nights",
        "notes": "Notes",
        "to_be_assigned": "to be assigned",
        "shares_with": "Shares with {names}",
        "one_guest_in_shared_room": "{type} with one guest",
        "too_many_guests": "{type} with {count} guests",
        "a_room": "Room",
        "dietary": "Diet: {needs}",
        "mobility": "Mobility: {needs}",
        "legend": "Dates in bold differ from the group's dates.",
        "summary": "Summary",
        "rooms": "Rooms",
        "guests": "Guests",
        "room_nights": "Room-nights",
        "total": "Total",
        "type_unknown": "Type not given",
        "rooms_per_night": "Rooms per night",
        "night_of": "Night of",
        "page": "Page &P of &N",
    },
}

# The guest table's columns, in order, with their widths (in characters).
COLUMNS: tuple[tuple[str, float], ...] = (
    ("room", 15),
    ("type", 14),
    ("honorific", 9),
    ("family_name", 20),
    ("given_name", 18),
    ("organisation", 26),
    ("arrival", 13),
    ("departure", 13),
    ("nights", 8),
    ("notes", 44),
)
_LAST_COLUMN = len(COLUMNS)
_DATE_FORMAT = "dd mmm yyyy"
_NIGHT_FORMAT = "ddd dd mmm yyyy"
_ACCENT = "1F4E79"
_MUTED = "5B6670"
_TINT = "EEF3F8"
_RULE = "BFC8D2"


def words_for(language: str) -> Callable[..., str]:
    """The wording of ``language`` as a function: ``words("shares_with", names=...)``."""
    if language not in LANGUAGES:
        raise ValidationError("language", say("'{language}' is not fr or en", language=language))
    table = WORDS[language]

    def words(key: str, **values: object) -> str:
        return table[key].format(**values)

    return words


def export_rooming_xlsx(
    lists: Sequence[RoomingList],
    path: Path,
    *,
    language: str,
    issued_on: date | None = None,
) -> Path:
    """Write one sheet per hotel block to ``path`` (.xlsx); the file appears only once whole."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("output", say("'{name}' must end in .xlsx", name=path.name))
    words = words_for(language)
    if not lists:
        raise ValidationError(
            "hotels", say("the mission has no hotel block: there is nothing to list")
        )
    issued = issued_on or date.today()
    _write_atomically(path, lambda target: _write(lists, target, words, language, issued))
    return path


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


def _write(
    lists: Sequence[RoomingList],
    path: Path,
    words: Callable[..., str],
    language: str,
    issued: date,
) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    default = workbook.active
    if default is not None:
        workbook.remove(default)
    used: set[str] = set()
    for rooming in lists:
        sheet = workbook.create_sheet(_sheet_title(rooming, used))
        _RoomingSheet(sheet, rooming, words, language, issued).write()
    workbook.properties.title = _text(f"{words('title')} — {lists[0].group_name(language)}")
    workbook.properties.creator = "Delegation"
    workbook.save(path)


class _RoomingSheet:
    """One hotel block's sheet, written top to bottom."""

    def __init__(
        self,
        sheet: Worksheet,
        rooming: RoomingList,
        words: Callable[..., str],
        language: str,
        issued: date,
    ) -> None:
        self.sheet = sheet
        self.rooming = rooming
        self.words = words
        self.language = language
        self.issued = issued
        self.row = 1

    def write(self) -> None:
        self.particulars()
        self.guests()
        self.summary()
        self.rooms_per_night()
        self.page_setup()

    # Cells -------------------------------------------------------------------------------

    def put(
        self,
        column: int,
        value: str | int | date | None,
        *,
        bold: bool = False,
        italic: bool = False,
        color: str | None = None,
        size: float | None = None,
        number_format: str | None = None,
        row: int | None = None,
        wrap: bool = False,
        right: bool = False,
        indent: int = 0,
    ) -> None:
        """Write one cell; text is never wrapped unless asked (a title would be cut off)."""
        from openpyxl.styles import Alignment, Font

        cell = self.sheet.cell(row=row or self.row, column=column)
        if isinstance(value, str):
            cell.value = _text(value)
            # openpyxl would store a string starting with "=" as a formula.
            cell.data_type = "s"
        else:
            cell.value = value
        if number_format:
            cell.number_format = number_format
        if bold or italic or color or size:
            cell.font = Font(bold=bold, italic=italic, color=color, size=size)
        cell.alignment = Alignment(
            vertical="top",
            wrap_text=wrap,
            horizontal="right" if right else None,
            indent=indent,
        )

    def label_and_value(self, label: str, value: str | date | None) -> None:
        if value is None or value == "":
            return
        self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=2)
        self.sheet.merge_cells(
            start_row=self.row, start_column=3, end_row=self.row, end_column=_LAST_COLUMN
        )
        self.put(1, label, bold=True, color=_ACCENT)
        if isinstance(value, date):
            self.put(3, value, number_format=_NIGHT_FORMAT)
            self.sheet.cell(row=self.row, column=3).alignment = _left()
        else:
            self.put(3, value, wrap=True)
        self.row += 1

    # Sections ----------------------------------------------------------------------------

    def particulars(self) -> None:
        rooming, words = self.rooming, self.words
        self.put(1, f"{words('title')} — {rooming.hotel}", bold=True, size=14, color=_ACCENT)
        self.row += 2
        self.label_and_value(words("group"), rooming.group_name(self.language))
        self.label_and_value(words("hotel"), rooming.hotel)
        self.label_and_value(words("address"), _one_line(rooming.address))
        self.label_and_value(words("phone"), readable_phone(rooming.phone))
        self.label_and_value(words("city"), rooming.city)
        self.label_and_value(words("group_arrival"), rooming.check_in)
        self.label_and_value(words("group_departure"), rooming.check_out)
        self.label_and_value(words("booking_reference"), rooming.booking_reference)
        contact = rooming.contact
        if contact is not None:
            self.label_and_value(
                words("contact"),
                " · ".join(
                    part
                    for part in (
                        f"{contact.name} ({contact.contact_role})"
                        if contact.contact_role
                        else contact.name,
                        readable_phone(contact.phone),
                        contact.email,
                    )
                    if part
                ),
            )
        self.label_and_value(words("issued_on"), self.issued)
        self.row += 1
        if any(guest.own_dates for guest in rooming.guests):
            self.put(1, words("legend"), italic=True, color=_MUTED)
            self.row += 1

    def guests(self) -> None:
        from openpyxl.styles import Border, PatternFill, Side
        from openpyxl.utils import get_column_letter

        words = self.words
        header_row = self.row
        for column, (key, width) in enumerate(COLUMNS, start=1):
            self.put(
                column,
                words(key),
                bold=True,
                color=_ACCENT,
                right=key == "nights",
                indent=1 if key == "notes" else 0,
            )
            self.sheet.column_dimensions[get_column_letter(column)].width = width
        rule = Side(style="thin", color=_RULE)
        for column in range(1, _LAST_COLUMN + 1):
            self.sheet.cell(row=header_row, column=column).border = Border(bottom=rule)
        self.sheet.print_title_rows = f"{header_row}:{header_row}"
        self.row += 1
        first_row = self.row
        band = PatternFill("solid", fgColor=_TINT)
        for index, room in enumerate(self.rooming.rooms):
            room_first_row = self.row
            for position, guest in enumerate(room.guests):
                self.guest_row(room, guest, first_in_room=position == 0)
            for row in range(room_first_row, self.row):
                for column in range(1, _LAST_COLUMN + 1):
                    cell = self.sheet.cell(row=row, column=column)
                    if index % 2 == 1:
                        cell.fill = band
                    if row == room_first_row:
                        cell.border = Border(top=rule)
        if self.row > first_row:
            last = self.sheet.cell(row=self.row - 1, column=_LAST_COLUMN).coordinate
            self.sheet.auto_filter.ref = f"A{header_row}:{last}"
        self.row += 1

    def guest_row(self, room: RoomingRoom, guest: RoomingGuest, *, first_in_room: bool) -> None:
        words = self.words
        values: dict[str, str | int | date | None] = {
            "room": room.number or words("to_be_assigned"),
            "type": room.room_type,
            "honorific": guest.honorific,
            "family_name": guest.family_name,
            "given_name": guest.given_name,
            "organisation": guest.organisation,
            "arrival": guest.arrival,
            "departure": guest.departure,
            "nights": guest.nights,
            "notes": "\n".join(self.notes(room, guest, first_in_room=first_in_room)) or None,
        }
        for column, (key, _width) in enumerate(COLUMNS, start=1):
            value = values[key]
            if isinstance(value, date):
                self.put(column, value, number_format=_DATE_FORMAT, bold=guest.own_dates)
            else:
                self.put(
                    column,
                    value,
                    bold=key == "room" and room.number is not None,
                    wrap=True,
                    # Set off from the number of nights just before it.
                    indent=1 if key == "notes" else 0,
                )
        # Spreadsheets do not always grow a row for wrapped text: give it the lines it needs.
        lines = max(
            _lines(values[key], width) for key, width in COLUMNS if isinstance(values[key], str)
        )
        if lines > 1:
            self.sheet.row_dimensions[self.row].height = 15 * lines
        self.row += 1

    def notes(self, room: RoomingRoom, guest: RoomingGuest, *, first_in_room: bool) -> list[str]:
        words = self.words
        notes = []
        mates = room.mates_of(guest)
        if mates:
            notes.append(words("shares_with", names=", ".join(m.full_name for m in mates)))
        if first_in_room and room.issue is not None:
            notes.append(issue_note(room, words))
        if guest.mobility_needs:
            notes.append(words("mobility", needs=guest.mobility_needs))
        if guest.dietary_needs:
            notes.append(words("dietary", needs=guest.dietary_needs))
        return notes

    def summary(self) -> None:
        words, rooming = self.words, self.rooming
        self.put(1, words("summary"), bold=True, color=_ACCENT, size=12)
        self.row += 1
        headers = (words("rooms"), words("type"), words("guests"), words("room_nights"))
        for column, header in enumerate(headers, start=1):
            self.put(
                column, header, bold=True, color=_ACCENT, right=column != 2, indent=int(column == 2)
            )
        self.row += 1
        for total in rooming.type_totals:
            self.put(1, total.rooms)
            self.put(2, total.room_type or words("type_unknown"), indent=1)
            self.put(3, total.guests)
            self.put(4, total.room_nights)
            self.row += 1
        self.put(1, len(rooming.rooms), bold=True)
        self.put(2, words("total"), bold=True, indent=1)
        self.put(3, len(rooming.guests), bold=True)
        self.put(4, rooming.room_nights, bold=True)
        self.row += 2

    def rooms_per_night(self) -> None:
        words, rooming = self.words, self.rooming
        counts = rooming.night_counts
        if not counts:
            return
        self.put(1, words("rooms_per_night"), bold=True, color=_ACCENT, size=12)
        self.row += 1
        self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=2)
        self.put(1, words("night_of"), bold=True, color=_ACCENT)
        types = [t.room_type or words("type_unknown") for t in rooming.type_totals]
        for column, name in enumerate([*types, words("total")], start=3):
            self.put(column, name, bold=True, color=_ACCENT, right=True, wrap=True)
        self.row += 1
        for count in counts:
            self.sheet.merge_cells(
                start_row=self.row, start_column=1, end_row=self.row, end_column=2
            )
            self.put(1, count.night, number_format=_NIGHT_FORMAT)
            self.sheet.cell(row=self.row, column=1).alignment = _left()
            for column, rooms in enumerate([*count.by_type, count.rooms], start=3):
                self.put(column, rooms, bold=column == 3 + len(types))
            self.row += 1

    def page_setup(self) -> None:
        from openpyxl.worksheet.properties import PageSetupProperties

        sheet = self.sheet
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        footer = sheet.oddFooter
        if footer is not None:
            footer.right.text = self.words("page")
            footer.left.text = _footer_text(
                f"{self.rooming.group_name(self.language)} — {self.rooming.hotel}"
            )


def issue_note(room: RoomingRoom, words: Callable[..., str]) -> str:
    """What is wrong with the room's occupancy, in the hotel's words."""
    room_type = room.room_type or words("a_room")
    if room.issue is OccupancyIssue.TOO_MANY_GUESTS:
        return words("too_many_guests", type=room_type, count=len(room.guests))
    return words("one_guest_in_shared_room", type=room_type)


def _lines(text: object, width: float) -> int:
    """How many lines a wrapped text takes in a column ``width`` characters wide."""
    if not isinstance(text, str):
        return 1
    usable = max(int(width) - 1, 1)
    return sum(max(1, -(-len(line) // usable)) for line in text.split("\n"))


def readable_phone(phone: str | None) -> str | None:
    """A number stored as E.164 (+14165550188) grouped as its country writes it."""
    if not phone or not phone.startswith("+"):
        return phone
    import phonenumbers

    try:
        number = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return phone
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _left() -> Alignment:
    from openpyxl.styles import Alignment

    return Alignment(horizontal="left", vertical="top")


def _text(value: str) -> str:
    """User text as a cell can hold it: NFC, without the control characters XLSX refuses."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return xml_safe(str(ILLEGAL_CHARACTERS_RE.sub("", unicodedata.normalize("NFC", value))))


def _one_line(text: str | None) -> str | None:
    if not text:
        return None
    return ", ".join(line.strip() for line in text.splitlines() if line.strip()) or None


def _footer_text(text: str) -> str:
    # "&" starts a header/footer code in spreadsheets: double it to print it.
    return _text(text).replace("&", "&&")[:120]


_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def _sheet_title(rooming: RoomingList, used: set[str]) -> str:
    """The hotel's name as a sheet title: at most 31 characters, allowed ones, unique."""
    base = " ".join(_text(rooming.hotel).translate(_SHEET_FORBIDDEN).split()).strip("'")
    base = base or "Hotel"
    title = base[:31]
    counter = 2
    while title.casefold() in used:
        suffix = f" ({counter})"
        title = base[: 31 - len(suffix)] + suffix
        counter += 1
    used.add(title.casefold())
    return title
