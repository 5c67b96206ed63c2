"""The rooming list as a printed document for the hotel: one section per hotel block.

Each section opens with the group's particulars (hotel, group, dates, booking reference, the
delegation's contact), then the guests room by room: room-mates share one band with the room
number and type printed once, a row per guest with their own arrival and departure (in bold when
they differ from the group's). The totals follow: rooms, guests and room-nights per type, and
rooms taken night by night.

Only what :class:`~delegation_app.services.rooming.RoomingList` carries is printed: names, and
needs only when the list was read with them. Delegates with no room are left out (they are the
coordinator's business, not the hotel's).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from babel.dates import format_skeleton
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from delegation_app.errors import ValidationError
from delegation_app.messages import say
from delegation_app.printing.document import (
    CONTENT,
    DelegationDocument,
    OutlineEntry,
    RunningLabel,
    mark,
    page_size_of,
    write_pdf_atomically,
)
from delegation_app.printing.fonts import BOLD, ITALIC
from delegation_app.printing.labels import Wording
from delegation_app.printing.styles import ACCENT, MUTED, RULE, TINT
from delegation_app.printing.text import (
    clean,
    join_markup,
    mailto,
    markup,
    multiline,
    nbsp,
    tag,
    tel,
)
from delegation_app.services.rooming import (
    OccupancyIssue,
    RoomingGuest,
    RoomingList,
    RoomingRoom,
)

# Wording of this document only; the shared words (page x of y, nights, dates) come from
# labels.Wording. These belong in labels.WORDING once the rooming list is part of it.
ROOMING_WORDING: dict[str, dict[str, str]] = {
    "fr": {
        "rooming_list": "Rooming list",
        "group": "Groupe",
        "hotel": "Hôtel",
        "stay": "Séjour du groupe",
        "booking_reference": "Référence de réservation",
        "contact": "Contact de la délégation",
        "issued_on": "Établie le {date}",
        "room": "Chambre",
        "type": "Type",
        "family_name": "Nom",
        "given_name": "Prénom",
        "arrival": "Arrivée",
        "departure": "Départ",
        "nights": "Nuits",
        "notes": "Remarques",
        "to_be_assigned": "à attribuer",
        "one_guest_in_shared_room": "{type} occupée par une seule personne",
        "too_many_guests": "{type} pour {count} personnes",
        "a_room": "Chambre",
        "dietary": "Régime : {needs}",
        "mobility": "Mobilité : {needs}",
        "legend": "Les dates en gras diffèrent de celles du groupe.",
        "no_rooms": "Aucune chambre n'est encore attribuée dans cet hôtel.",
        "summary": "Récapitulatif",
        "rooms": "Chambres",
        "guests": "Personnes",
        "room_nights": "Nuitées",
        "total": "Total",
        "type_unknown": "Type non précisé",
        "rooms_per_night": "Chambres par nuit",
        "night_of": "Nuit du",
    },
    "en": {
        "rooming_list": "Rooming list",
        "group": "Group",
        "hotel": "Hotel",
        "stay": "Group stay",
        "booking_reference": "Booking reference",
        "contact": "Delegation contact",
        "issued_on": "Issued on {date}",
        "room": "Room",
        "type": "Type",
        "family_name": "Last name",
        "given_name": "First name",
        "arrival": "Arrival",
        "departure": "Departure",
        "nights": "Nights",
        "notes": "Notes",
        "to_be_assigned": "to be assigned",
        "one_guest_in_shared_room": "{type} with one guest",
        "too_many_guests": "{type} with {count} guests",
        "a_room": "Room",
        "dietary": "Diet: {needs}",
        "mobility": "Mobility: {needs}",
        "legend": "Dates in bold differ from the group's dates.",
        "no_rooms": "No room is assigned in this hotel yet.",
        "summary": "Summary",
        "rooms": "Rooms",
        "guests": "Guests",
        "room_nights": "Room-nights",
        "total": "Total",
        "type_unknown": "Type not given",
        "rooms_per_night": "Rooms per night",
        "night_of": "Night of",
    },
}

# The one warm colour: a room whose occupancy does not match its type.
WARNING: Color = HexColor("#9C2F1F")

# The guest table's columns. Room, type, dates and nights are as wide as their widest content;
# names and notes share what is left (portrait fits them all).
_COLUMNS: tuple[str, ...] = (
    "room",
    "type",
    "family_name",
    "given_name",
    "arrival",
    "departure",
    "nights",
    "notes",
)
_PADDING = 3.0


def render_rooming_list(
    lists: Sequence[RoomingList],
    path: Path,
    *,
    language: str,
    page_size: str = "A4",
    issued_on: date | None = None,
) -> Path:
    """Print the rooming lists to ``path``, one section per hotel block (A4, A5 or Letter)."""
    words = Wording(language)  # refuses a language other than fr or en
    page_size_of(page_size)  # refuse a bad size before any file is touched
    if not lists:
        raise ValidationError(
            "hotels", say("the mission has no hotel block: there is nothing to list")
        )
    issued = issued_on or date.today()

    def build(target: Path) -> None:
        story = RoomingStory(lists, words, issued)
        document = rooming_document(story, target, page_size=page_size)
        story.styles = document.styles
        story.width = document.width
        document.build_story(story.story())

    return write_pdf_atomically(Path(path), build)


def rooming_document(
    story: RoomingStory, target: Path, *, page_size: str = "A4"
) -> DelegationDocument:
    group = clean(story.lists[0].group_name(story.language))
    title = story.local("rooming_list")

    def header_label(labels: Sequence[RunningLabel]) -> str:
        return str(labels[0]) if labels else ""

    return DelegationDocument(
        target,
        page_size=page_size,
        title=f"{title} — {group}",
        running_title=f"{title} — {group}",
        footer_note=f"{title} · {group} · "
        + story.local("issued_on", date=story.words.date_range(story.issued, story.issued)),
        page_label=lambda page, total: story.words("page", page=page, total=total),
        header_label=header_label,
        language=story.language,
        subject=title,
    )


class RoomingStory:
    """The flowables of the rooming lists, hotel by hotel."""

    def __init__(self, lists: Sequence[RoomingList], words: Wording, issued: date) -> None:
        self.lists = lists
        self.words = words
        self.language = words.language
        self.issued = issued
        self._local = ROOMING_WORDING[words.language]
        self.styles: dict[str, ParagraphStyle] = {}
        self.width = 0.0

    def local(self, key: str, **values: object) -> str:
        """This document's own wording (plain text, not escaped)."""
        return self._local[key].format(**values)

    def story(self) -> list[Flowable]:
        base = self.styles["cell"]
        self.cell_right = ParagraphStyle("cell_right", parent=base, alignment=TA_RIGHT)
        self.cell_centre = ParagraphStyle("cell_centre", parent=base, alignment=TA_CENTER)
        self.header_right = ParagraphStyle(
            "header_right", parent=self.styles["table_header"], alignment=TA_RIGHT
        )
        # The first page has no running header (the section title says it all).
        story: list[Flowable] = [NextPageTemplate(CONTENT)]
        for index, rooming in enumerate(self.lists):
            if index:
                story.append(PageBreak())
            story += self.section(rooming, index)
        return story

    # Helpers -----------------------------------------------------------------------------

    def para(self, text: str, style: str | ParagraphStyle) -> Paragraph:
        return Paragraph(text, self.styles[style] if isinstance(style, str) else style)

    def muted(self, text: str) -> str:
        return f'<font color="{_hex(MUTED)}">{text}</font>' if text else ""

    def day(self, day: date) -> str:
        """A date in a table: "5 nov.", "Nov 5" (the year is in the section's heading)."""
        return nbsp(format_skeleton("MMMd", day, locale=self.words.locale))

    def short_date(self, day: date) -> str:
        """A night in the totals: "dim. 5 nov.", "Sun, Nov 5"."""
        return markup(nbsp(self.words.short_date(day)))

    def text_width(self, text: str, style: str | ParagraphStyle, *, font: str = "") -> float:
        """The width of one line of plain text in a style, with the cell's padding."""
        chosen = self.styles[style] if isinstance(style, str) else style
        size: float = chosen.fontSize
        return float(stringWidth(text, font or chosen.fontName, size)) + 2 * _PADDING + 1

    # A section per hotel -------------------------------------------------------------------

    def section(self, rooming: RoomingList, index: int) -> list[Flowable]:
        label = " · ".join(clean(p) for p in (rooming.hotel, rooming.city) if p)
        # The section's first flowable names the hotel for the running header and the outline.
        kicker = mark(
            self.para(markup(self.local("rooming_list").upper()), "kicker"),
            running_label=label,
            outline=OutlineEntry(key=f"hotel-{index}", title=label),
        )
        story: list[Flowable] = [
            kicker,
            self.para(markup(rooming.hotel), "title"),
            self.particulars(rooming),
            Spacer(1, self.styles["body"].fontSize),
        ]
        if not rooming.rooms:
            story.append(self.para(markup(self.local("no_rooms")), "muted"))
            return story
        if any(guest.own_dates for guest in rooming.guests):
            story.append(self.para(markup(self.local("legend")), "note"))
            story.append(Spacer(1, self.styles["body"].fontSize * 0.5))
        story.append(self.guest_table(rooming))
        story += self.summary(rooming)
        return story

    def particulars(self, rooming: RoomingList) -> Table:
        """Hotel, group and dates on the left; booking and contact on the right."""
        words = self.words

        def field(key: str, value: str) -> list[Flowable]:
            return [
                self.para(markup(self.local(key)), "label"),
                self.para(value or "—", "cell"),
            ]

        nights = (rooming.check_out - rooming.check_in).days
        hotel = join_markup(
            [
                multiline(rooming.address),
                tel(rooming.phone),
            ],
            "<br/>",
        )
        stay = join_markup(
            [
                markup(words.date_range(rooming.check_in, rooming.check_out)),
                self.muted(
                    markup(
                        f"{words('check_in')} {words.short_date(rooming.check_in)} · "
                        f"{words('check_out')} {words.short_date(rooming.check_out)} · "
                        f"{words.nights(nights)}"
                    )
                ),
            ],
            "<br/>",
        )
        contact = rooming.contact
        contact_text = ""
        if contact is not None:
            contact_text = join_markup(
                [
                    tag("b", markup(contact.name)),
                    self.muted(markup(contact.contact_role)),
                    tel(contact.phone),
                    mailto(contact.email),
                ],
                "<br/>",
            )
        left = [
            *field("group", markup(rooming.group_name(self.language))),
            # The hotel knows its own name: the field is there for its address and phone.
            *(field("hotel", hotel) if hotel else []),
            *field("stay", stay),
        ]
        right = [
            *field("booking_reference", tag("b", markup(rooming.booking_reference))),
            *field("contact", contact_text),
        ]
        table = Table(
            [[left, right]],
            colWidths=[self.width * 0.55, self.width * 0.45],
            splitInRow=1,  # a hotel address of many lines may run onto the next page
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("LEFTPADDING", (1, 0), (1, -1), 12),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBEFORE", (1, 0), (1, -1), 0.5, RULE),
                ]
            )
        )
        return table

    def guest_table(self, rooming: RoomingList) -> Table:
        header = []
        for key in _COLUMNS:
            style = self.header_right if key == "nights" else "table_header"
            header.append(self.para(markup(self.local(key)), style))
        rows: list[list[Flowable | str]] = [header]
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
        for index, room in enumerate(rooming.rooms):
            first = len(rows)
            for position, guest in enumerate(room.guests):
                rows.append(self.guest_row(room, guest, first_in_room=position == 0))
            last = len(rows) - 1
            if last > first:
                # Room-mates: the room and its type printed once, across their rows.
                commands.append(("SPAN", (0, first), (0, last)))
                commands.append(("SPAN", (1, first), (1, last)))
            if index % 2 == 1:
                commands.append(("BACKGROUND", (0, first), (-1, last), TINT))
            if index:
                commands.append(("LINEABOVE", (0, first), (-1, first), 0.4, RULE))
        commands.append(("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT))
        table = Table(
            rows,
            colWidths=self.guest_columns(rooming),
            repeatRows=1,
            splitInRow=1,
        )
        table.setStyle(TableStyle(commands))
        return table

    def guest_columns(self, rooming: RoomingList) -> list[float]:
        """Room, dates and nights as wide as their content; the rest shared out."""
        header = self.styles["table_header"]
        cell = self.styles["cell"]
        rooms = [room.number or "" for room in rooming.rooms]
        days = [self.day(d) for g in rooming.guests for d in (g.arrival, g.departure)]
        fixed = {
            "room": max(
                [
                    self.text_width(self.local("room"), header),
                    self.text_width(self.local("to_be_assigned"), "cell_small", font=ITALIC),
                    *(self.text_width(number, cell, font=BOLD) for number in rooms),
                ]
            ),
            "arrival": max(
                [self.text_width(self.local("arrival"), header)]
                + [self.text_width(d, cell, font=BOLD) for d in days]
            ),
            "departure": max(
                [self.text_width(self.local("departure"), header)]
                + [self.text_width(d, cell, font=BOLD) for d in days]
            ),
            "nights": self.text_width(self.local("nights"), header),
            # A type name may wrap between its words, never inside one.
            "type": max(
                [self.text_width(self.local("type"), header)]
                + [
                    self.text_width(word, cell)
                    for room in rooming.rooms
                    for word in clean(room.room_type).split()
                ]
            ),
        }
        # A very long room number or type must not squeeze the names out.
        fixed["room"] = min(fixed["room"], self.width * 0.14)
        fixed["type"] = min(fixed["type"], self.width * 0.16)
        # Names and notes: each at least as wide as its longest word; then the given names,
        # the family names and the notes, in that order, get what they need to sit on one line.
        texts: dict[str, list[tuple[str, ParagraphStyle, str]]] = {
            "given_name": [(self.local("given_name"), header, "")],
            "family_name": [(self.local("family_name"), header, "")],
            "notes": [(self.local("notes"), header, "")],
        }
        for room in rooming.rooms:
            for position, guest in enumerate(room.guests):
                texts["family_name"].append((clean(guest.family_name), cell, BOLD))
                given = " ".join(clean(p) for p in (guest.honorific, guest.given_name) if p)
                texts["given_name"].append((given, cell, ""))
                for note, _warning in self.notes(room, guest, first_in_room=position == 0):
                    texts["notes"].append((note, self.styles["cell_small"], ""))
        minimum, natural = {}, {}
        for key, entries in texts.items():
            natural[key] = max(self.text_width(t, style, font=f) for t, style, f in entries)
            if key != "notes":
                # An uncommonly long name wraps rather than crowd the others out.
                natural[key] = min(natural[key], self.width * 0.2)
            # A single endless word (a name typed without spaces) is broken inside rather
            # than given a column that leaves none for the others.
            minimum[key] = min(
                max(
                    self.text_width(word, style, font=f)
                    for t, style, f in entries
                    for word in t.split() or [""]
                ),
                self.width * (0.25 if key == "notes" else 0.15),
            )
        rest = self.width - sum(fixed.values())
        flexible = _share_out(rest, minimum, natural)
        return [fixed[key] if key in fixed else flexible[key] for key in _COLUMNS]

    def guest_row(
        self, room: RoomingRoom, guest: RoomingGuest, *, first_in_room: bool
    ) -> list[Flowable | str]:
        number = (
            tag("b", markup(room.number))
            if room.number
            else self.muted(tag("i", markup(self.local("to_be_assigned"))))
        )
        # The honorific in grey before the given name: "Mme Camille", as a desk greets.
        given = join_markup([self.muted(markup(guest.honorific)), markup(guest.given_name)], " ")

        def when(day: date) -> str:
            text = markup(self.day(day))
            return tag("b", text) if guest.own_dates else text

        notes = [
            f'<font color="{_hex(WARNING)}">{markup(text)}</font>' if warning else markup(text)
            for text, warning in self.notes(room, guest, first_in_room=first_in_room)
        ]
        first_cells: list[Flowable | str] = (
            [
                self.para(number, "cell" if room.number else "cell_small"),
                self.para(markup(room.room_type), "cell"),
            ]
            if first_in_room
            else ["", ""]
        )
        return [
            *first_cells,
            self.para(tag("b", markup(guest.family_name)), "cell"),
            self.para(given, "cell"),
            self.para(when(guest.arrival), "cell"),
            self.para(when(guest.departure), "cell"),
            self.para(str(guest.nights), self.cell_right),
            self.para("<br/>".join(notes), "cell_small") if notes else "",
        ]

    def notes(
        self, room: RoomingRoom, guest: RoomingGuest, *, first_in_room: bool
    ) -> list[tuple[str, bool]]:
        """The notes of a guest's row as plain text, each with whether it is a warning."""
        notes = []
        if first_in_room and room.issue is not None:
            notes.append((self.issue_note(room), True))
        if guest.mobility_needs:
            notes.append((self.local("mobility", needs=clean(guest.mobility_needs)), False))
        if guest.dietary_needs:
            notes.append((self.local("dietary", needs=clean(guest.dietary_needs)), False))
        return notes

    def issue_note(self, room: RoomingRoom) -> str:
        room_type = clean(room.room_type) or self.local("a_room")
        if room.issue is OccupancyIssue.TOO_MANY_GUESTS:
            return self.local("too_many_guests", type=room_type, count=len(room.guests))
        return self.local("one_guest_in_shared_room", type=room_type)

    # Totals ------------------------------------------------------------------------------

    def summary(self, rooming: RoomingList) -> list[Flowable]:
        """Rooms, guests and room-nights per type; rooms taken each night."""
        local = self.local
        type_names = [total.room_type or local("type_unknown") for total in rooming.type_totals]
        totals: list[list[str]] = [
            [local("type"), local("rooms"), local("guests"), local("room_nights")]
        ]
        for name, total in zip(type_names, rooming.type_totals, strict=True):
            totals.append([name, str(total.rooms), str(total.guests), str(total.room_nights)])
        totals.append(
            [
                local("total"),
                str(len(rooming.rooms)),
                str(len(rooming.guests)),
                str(rooming.room_nights),
            ]
        )
        summary = self.small_table(totals, bold_last_row=True)

        per_night: list[list[str]] = [[local("night_of"), *type_names, local("total")]]
        for count in rooming.night_counts:
            per_night.append(
                [
                    nbsp(self.words.short_date(count.night)),
                    *map(str, count.by_type),
                    str(count.rooms),
                ]
            )
        nights = self.small_table(per_night, bold_last_column=True)

        space = self.styles["body"].fontSize
        summary_block = [self.para(markup(local("summary")), "heading"), summary]
        nights_block = [self.para(markup(local("rooms_per_night")), "heading"), nights]
        gap = space * 3
        left_width = sum(summary._colWidths) + gap
        if len(per_night) <= 22 and left_width + sum(nights._colWidths) <= self.width:
            # Side by side: the hotel reads its allotment at a glance, on one page.
            pair = Table(
                [[summary_block, nights_block]],
                colWidths=[left_width, self.width - left_width],
                hAlign="LEFT",
            )
            pair.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
            return [Spacer(1, space * 1.2), pair]
        # A long stay: one block under the other, the nights free to break across pages.
        return [Spacer(1, space * 1.2), KeepTogether(summary_block), *nights_block]

    def small_table(
        self,
        rows: Sequence[Sequence[str]],
        *,
        bold_last_row: bool = False,
        bold_last_column: bool = False,
    ) -> Table:
        """A table of totals: a header row, labels on the left, numbers on the right.

        Each column is as wide as its content, a long type name wrapping past a third of the
        page.
        """
        header, cell = self.styles["table_header"], self.styles["cell"]
        widths = []
        for column in range(len(rows[0])):
            widest = max(
                self.text_width(clean(row[column]), header if index == 0 else cell, font=BOLD)
                for index, row in enumerate(rows)
            )
            widths.append(min(widest, self.width / 3))
        flowables: list[list[Flowable | str]] = []
        for index, row in enumerate(rows):
            line: list[Flowable | str] = []
            for column, text in enumerate(row):
                content = markup(text)
                bold = (bold_last_row and index == len(rows) - 1) or (
                    bold_last_column and column == len(row) - 1
                )
                if index == 0:
                    style = header if column == 0 else self.header_right
                else:
                    style = cell if column == 0 else self.cell_right
                line.append(self.para(tag("b", content) if bold and index else content, style))
            flowables.append(line)
        table = Table(flowables, colWidths=widths, hAlign="LEFT", repeatRows=1)
        table.setStyle(self.small_table_style(total_row=bold_last_row))
        return table

    def small_table_style(self, *, total_row: bool = True) -> TableStyle:
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ]
        if total_row:
            commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT))
        return TableStyle(commands)


def _hex(color: Color) -> str:
    return "#" + str(color.hexval())[2:]


def _share_out(
    width: float, minimum: dict[str, float], natural: dict[str, float]
) -> dict[str, float]:
    """Column widths filling ``width``: each its minimum, then the spare room given to the
    columns in order (names before notes) up to their natural width; what is left goes to the
    last column. Too little room for the minimums shrinks them all alike."""
    floor = sum(minimum.values())
    if floor >= width:
        return {key: width * value / floor for key, value in minimum.items()}
    widths = dict(minimum)
    spare = width - floor
    for key in widths:
        grown = min(spare, max(natural[key] - widths[key], 0.0))
        widths[key] += grown
        spare -= grown
    widths[list(widths)[-1]] += spare
    return widths
