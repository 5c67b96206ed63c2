"""The transfer manifest: the list the coordinator at the airport holds, one section per vehicle.

Each section opens with the vehicle's particulars (departure, place, meeting point, driver, who
is in charge, seats), then the flights it meets with their landing times, then the passengers
in alphabetical order (the coordinator finds a name fast when someone walks up) with their
organisation, mobile phone, flight and landing time, and an empty box to tick as they board. A
sign-off block closes the section: actual departure, passengers present, signature.

Only what :class:`~delegation_app.services.transfers.TransferView` carries is printed: names,
organisations and phones, never a passport or a birth date (the read model has none). Times
are the local times of the place the vehicle leaves from.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import unescape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
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
from delegation_app.printing.fonts import BOLD, REGULAR
from delegation_app.printing.labels import Wording
from delegation_app.printing.styles import ACCENT, INK, MUTED, RULE, TINT
from delegation_app.printing.text import clean, join_markup, markup, nbsp, tag, tel
from delegation_app.services.transfers import ManifestPassenger, MetFlight, TransferView

# Wording of this document only; the shared words (page x of y, dates) come from labels.Wording.
TRANSFER_WORDING: dict[str, dict[str, str]] = {
    "fr": {
        "manifest": "Manifeste de transfert",
        "issued_on": "Établi le {date}",
        "departure": "Départ",
        "local_time": "heure locale de {city}",
        "from": "Lieu de départ",
        "meeting_point": "Point de rendez-vous",
        "driver": "Chauffeur",
        "in_charge": "Responsable",
        "seats": "Places",
        "seats_value": "{passengers} passagers · {capacity} places",
        "passengers_value": "{passengers} passagers",
        "flights_met": "Vols attendus",
        "flight": "Vol",
        "route": "Trajet",
        "landing": "Atterrissage",
        "on_board": "À bord",
        "passengers": "Passagers",
        "number": "N°",
        "name": "Nom",
        "organisation": "Organisation",
        "mobile": "Portable",
        "landed": "Arrivée",
        "tick": "✓",
        "no_passengers": "Aucun passager n'est inscrit à ce transfert.",
        "not_given": "à préciser",
        "actual_departure": "Départ effectif à",
        "present": "Passagers présents",
        "present_value": "……… sur {count}",
        "signature": "Coordinateur à l'aéroport (nom et signature)",
    },
    "en": {
        "manifest": "Transfer manifest",
        "issued_on": "Issued on {date}",
        "departure": "Departure",
        "local_time": "local time in {city}",
        "from": "Leaves from",
        "meeting_point": "Meeting point",
        "driver": "Driver",
        "in_charge": "In charge",
        "seats": "Seats",
        "seats_value": "{passengers} passengers · {capacity} seats",
        "passengers_value": "{passengers} passengers",
        "flights_met": "Flights met",
        "flight": "Flight",
        "route": "Route",
        "landing": "Landing",
        "on_board": "On board",
        "passengers": "Passengers",
        "number": "No.",
        "name": "Name",
        "organisation": "Organisation",
        "mobile": "Mobile",
        "landed": "Lands",
        "tick": "✓",
        "no_passengers": "No passenger is listed for this transfer.",
        "not_given": "to be confirmed",
        "actual_departure": "Actual departure at",
        "present": "Passengers present",
        "present_value": "……… of {count}",
        "signature": "Coordinator at the airport (name and signature)",
    },
}

# An empty box the coordinator ticks as each passenger boards (DejaVu has the glyph).
_BOX = "☐"
_PADDING = 3.0
_TAG = re.compile(r"<[^>]+>")


def render_transfer_manifest(
    transfers: Sequence[TransferView],
    path: Path,
    *,
    language: str,
    mission_title: str,
    page_size: str = "A4",
    issued_on: date | None = None,
) -> Path:
    """Print the transfers' manifest to ``path``, one section per vehicle (A4, A5 or Letter)."""
    words = Wording(language)  # refuses a language other than fr or en
    page_size_of(page_size)  # refuse a bad size before any file is touched
    if not transfers:
        raise ValidationError("transfers", say("there is no transfer to list"))
    issued = issued_on or date.today()

    def build(target: Path) -> None:
        story = TransferStory(transfers, words, issued)
        document = manifest_document(story, target, mission_title, page_size=page_size)
        story.styles = document.styles
        story.width = document.width
        document.build_story(story.story())

    return write_pdf_atomically(Path(path), build)


def manifest_document(
    story: TransferStory, target: Path, mission_title: str, *, page_size: str = "A4"
) -> DelegationDocument:
    title = story.local("manifest")
    mission = clean(mission_title)

    def header_label(labels: Sequence[RunningLabel]) -> str:
        return str(labels[0]) if labels else ""

    return DelegationDocument(
        target,
        page_size=page_size,
        title=f"{title} — {mission}",
        running_title=f"{title} — {mission}",
        footer_note=f"{title} · {mission} · "
        + story.local("issued_on", date=story.words.date_range(story.issued, story.issued)),
        page_label=lambda page, total: story.words("page", page=page, total=total),
        header_label=header_label,
        language=story.language,
        subject=title,
    )


class TransferStory:
    """The flowables of the manifest, vehicle by vehicle."""

    def __init__(self, transfers: Sequence[TransferView], words: Wording, issued: date) -> None:
        self.transfers = transfers
        self.words = words
        self.language = words.language
        self.issued = issued
        self._local = TRANSFER_WORDING[words.language]
        self.styles: dict[str, ParagraphStyle] = {}
        self.width = 0.0

    def local(self, key: str, **values: object) -> str:
        """This document's own wording (plain text, not escaped)."""
        return self._local[key].format(**values)

    def story(self) -> list[Flowable]:
        base = self.styles["cell"]
        self.cell_right = ParagraphStyle("cell_right", parent=base, alignment=TA_RIGHT)
        self.cell_centre = ParagraphStyle("cell_centre", parent=base, alignment=TA_CENTER)
        self.box = ParagraphStyle(
            "box",
            parent=base,
            alignment=TA_CENTER,
            fontSize=base.fontSize * 1.4,
            leading=base.leading,
        )
        self.passenger_heading = ParagraphStyle(
            "passenger_heading", parent=self.styles["heading"], keepWithNext=0
        )
        self.row_height = base.leading + 6
        self.header_right = ParagraphStyle(
            "header_right", parent=self.styles["table_header"], alignment=TA_RIGHT
        )
        self.header_centre = ParagraphStyle(
            "header_centre", parent=self.styles["table_header"], alignment=TA_CENTER
        )
        story: list[Flowable] = [NextPageTemplate(CONTENT)]
        for index, transfer in enumerate(self.transfers):
            if index:
                story.append(PageBreak())  # a page (or more) per vehicle, to hand out
            story += self.section(transfer, index)
        return story

    # Helpers -----------------------------------------------------------------------------

    def para(self, text: str, style: str | ParagraphStyle) -> Paragraph:
        return Paragraph(text, self.styles[style] if isinstance(style, str) else style)

    def muted(self, text: str) -> str:
        return f'<font color="#{str(MUTED.hexval())[2:]}">{text}</font>' if text else ""

    def text_width(self, text: str, style: str | ParagraphStyle, *, font: str = "") -> float:
        """The width of one line of plain text in a style, with the cell's padding."""
        chosen = self.styles[style] if isinstance(style, str) else style
        size: float = chosen.fontSize
        return float(stringWidth(text, font or chosen.fontName, size)) + 2 * _PADDING + 1

    def time(self, moment: datetime, day: date) -> str:
        """A local time as markup; with its date in front when it is not on ``day``."""
        return markup(self.plain_time(moment, day))

    def plain_time(self, moment: datetime, day: date) -> str:
        """:meth:`time` as plain text, for a table cell that is a string."""
        text = self.words.time(moment)
        if moment.date() != day:
            text = f"{nbsp(self.words.short_date(moment.date()))} {text}"
        return text

    def name_of(self, transfer: TransferView) -> str:
        return clean(transfer.vehicle) or clean(transfer.title(self.language))

    # A section per vehicle -----------------------------------------------------------------

    def section(self, transfer: TransferView, index: int) -> list[Flowable]:
        name = self.name_of(transfer)
        label = f"{name} · {self.words.time(transfer.departure_local)}"
        kicker = mark(
            self.para(markup(self.local("manifest").upper()), "kicker"),
            running_label=label,
            outline=OutlineEntry(key=f"transfer-{index}", title=label),
        )
        story: list[Flowable] = [
            kicker,
            self.para(markup(name), "title"),
        ]
        if transfer.vehicle:
            story.append(self.para(markup(transfer.title(self.language)), "subtitle"))
        story += [self.particulars(transfer), Spacer(1, self.styles["body"].fontSize)]
        if transfer.flights:
            story.append(self.para(markup(self.local("flights_met")), "heading"))
            story.append(self.flight_table(transfer))
        # The heading goes to the next page with the table when fewer than three rows would
        # follow it here (keepWithNext would move the whole, long table to the next page).
        story.append(CondPageBreak(self.styles["heading"].leading * 2 + self.row_height * 4))
        story.append(self.para(markup(self.local("passengers")), self.passenger_heading))
        if not transfer.passengers:
            story.append(self.para(markup(self.local("no_passengers")), "muted"))
            return story
        story.append(self.passenger_table(transfer))
        story.append(Spacer(1, self.styles["body"].fontSize * 2))
        story.append(KeepTogether(self.sign_off(transfer)))
        return story

    def particulars(self, transfer: TransferView) -> Table:
        """When and where on the left; who drives, who is in charge and seats on the right."""
        words = self.words
        not_given = self.muted(tag("i", markup(self.local("not_given"))))

        def field(key: str, value: str) -> list[Flowable]:
            return [
                self.para(markup(self.local(key)), "label"),
                self.para(value or not_given, "cell"),
            ]

        departure = join_markup(
            [
                tag("b", markup(f"{words.day_heading(transfer.departure_local.date())}"))
                + " · "
                + tag("b", markup(words.time(transfer.departure_local))),
                self.muted(
                    markup(
                        self.local(
                            "local_time", city=transfer.city or words.zone_city(transfer.zone)
                        )
                    )
                ),
            ],
            "<br/>",
        )
        driver = join_markup([markup(transfer.driver), tel(transfer.driver_phone)], "<br/>")
        staff = join_markup([markup(transfer.staff_name), tel(transfer.staff_phone)], "<br/>")
        count = len(transfer.passengers)
        seats = (
            self.local("seats_value", passengers=count, capacity=transfer.capacity)
            if transfer.capacity
            else self.local("passengers_value", passengers=count)
        )
        left = [
            *field("departure", departure),
            *field("from", markup(transfer.place)),
            *field("meeting_point", markup(transfer.meeting_point)),
        ]
        right = [
            *field("driver", driver),
            *field("in_charge", staff),
            *field("seats", markup(seats)),
        ]
        table = Table([[left, right]], colWidths=[self.width * 0.55, self.width * 0.45])
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

    def flight_table(self, transfer: TransferView) -> Table:
        aboard = Counter(p.flight for p in transfer.passengers if p.flight)
        header = [
            self.para(markup(self.local("flight")), "table_header"),
            self.para(markup(self.local("route")), "table_header"),
            self.para(markup(self.local("landing")), "table_header"),
            self.para(markup(self.local("on_board")), self.header_right),
        ]
        rows: list[list[Flowable | str]] = [header]
        day = transfer.departure_local.date()
        for flight in transfer.flights:
            rows.append(self.flight_row(flight, aboard[flight.label], day))
        widths = [
            max(self.text_width(clean(f.label), "cell", font=BOLD) for f in transfer.flights),
            self.text_width("MRS → MIA", "cell"),
            max(
                [self.text_width(self.local("landing"), "table_header")]
                + [
                    self.text_width(self.plain_time(f.landing_local, day), "cell")
                    for f in transfer.flights
                ]
            ),
            self.text_width(self.local("on_board"), "table_header"),
        ]
        widths[0] = max(widths[0], self.text_width(self.local("flight"), "table_header"))
        widths[1] = max(widths[1], self.text_width(self.local("route"), "table_header"))
        table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
                    ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ]
            )
        )
        return table

    def flight_row(self, flight: MetFlight, aboard: int, day: date) -> list[Flowable | str]:
        return [
            self.para(tag("b", markup(flight.label)), "cell"),
            self.para(markup(f"{flight.departure_airport} → {flight.arrival_airport}"), "cell"),
            self.para(self.time(flight.landing_local, day), "cell"),
            self.para(str(aboard), self.cell_right),
        ]

    def passenger_table(self, transfer: TransferView) -> Table:
        keys = ("number", "name", "organisation", "mobile", "flight", "landed", "tick")
        header: list[Flowable | str] = []
        for key in keys:
            style: str | ParagraphStyle = "table_header"
            if key == "number":
                style = self.header_right
            elif key == "tick":
                style = self.header_centre
            header.append(self.para(markup(self.local(key)), style))
        rows: list[list[Flowable | str]] = [header]
        day = transfer.departure_local.date()
        for number, passenger in enumerate(transfer.passengers, start=1):
            rows.append(self.passenger_row(number, passenger, day))
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
            # The plain-string cells: number, phone, flight, landing time, box.
            ("FONTNAME", (0, 1), (-1, -1), REGULAR),
            ("FONTSIZE", (0, 1), (-1, -1), self.styles["cell"].fontSize),
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
            ("ALIGN", (0, 1), (0, -1), "RIGHT"),
            ("FONTSIZE", (6, 1), (6, -1), self.box.fontSize),
            ("ALIGN", (6, 1), (6, -1), "CENTER"),
        ]
        # Every other row tinted: the eye follows a name across to its box.
        commands += [("BACKGROUND", (0, row), (-1, row), TINT) for row in range(2, len(rows), 2)]
        table = Table(rows, colWidths=self.passenger_columns(transfer), repeatRows=1)
        table.setStyle(TableStyle(commands))
        return table

    def passenger_columns(self, transfer: TransferView) -> list[float]:
        """Number, phone, flight, time and box as wide as their content; names and
        organisations share the rest, names first."""
        header, cell = self.styles["table_header"], self.styles["cell"]
        passengers = transfer.passengers
        day = transfer.departure_local.date()
        fixed = {
            "number": max(
                self.text_width(self.local("number"), header),
                self.text_width(str(len(passengers)), cell),
            ),
            "mobile": max(
                [self.text_width(self.local("mobile"), header)]
                + [self.text_width(_phone_text(p.phone), cell) for p in passengers]
            ),
            "flight": max(
                [self.text_width(self.local("flight"), header)]
                + [self.text_width(clean(p.flight), cell) for p in passengers]
            ),
            "landed": max(
                [self.text_width(self.local("landed"), header)]
                + [
                    self.text_width(self.plain_time(p.landing_local, day), cell)
                    for p in passengers
                    if p.landing_local is not None
                ]
            ),
            "tick": self.text_width(_BOX, self.box) + 4,
        }
        fixed["mobile"] = min(fixed["mobile"], self.width * 0.22)
        fixed["landed"] = min(fixed["landed"], self.width * 0.18)
        rest = max(self.width - sum(fixed.values()), self.width * 0.3)
        names = max(
            [self.text_width(self.local("name"), header)]
            + [self.text_width(_full_name(p), cell, font=BOLD) for p in passengers]
        )
        name_width = min(names, rest * 0.6)
        widths = {**fixed, "name": name_width, "organisation": rest - name_width}
        return [
            widths[key]
            for key in ("number", "name", "organisation", "mobile", "flight", "landed", "tick")
        ]

    def passenger_row(
        self, number: int, passenger: ManifestPassenger, day: date
    ) -> list[Flowable | str]:
        """A passenger's row. Only the name and organisation are paragraphs (markup, wrapping);
        the other cells are plain strings, which a 120-name list lays out several times
        faster."""
        # Family name in bold first, as the coordinator calls the roll; honorific in grey.
        name = join_markup(
            [
                tag("b", markup(passenger.family_name)),
                self.muted(markup(passenger.honorific)),
                markup(passenger.given_name),
            ],
            " ",
        )
        landed = self.plain_time(passenger.landing_local, day) if passenger.landing_local else ""
        return [
            str(number),
            self.para(name, "cell"),
            self.para(markup(passenger.organisation), "cell_small"),
            _phone_text(passenger.phone),
            clean(passenger.flight),
            landed,
            _BOX,
        ]

    def sign_off(self, transfer: TransferView) -> list[Flowable]:
        """Blank lines the coordinator fills in as the vehicle leaves."""
        line_width = self.width * 0.45
        rows = [
            [self.para(markup(self.local("actual_departure")), "cell"), ""],
            [
                self.para(markup(self.local("present")), "cell"),
                self.para(
                    markup(self.local("present_value", count=len(transfer.passengers))), "cell"
                ),
            ],
            [self.para(markup(self.local("signature")), "cell"), ""],
        ]
        table = Table(
            rows,
            colWidths=[self.width - line_width, line_width],
            rowHeights=[self.styles["body"].fontSize * 2.6] * len(rows),
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (1, 0), (1, -1), 0.5, MUTED),
                ]
            )
        )
        return [table]


def _full_name(passenger: ManifestPassenger) -> str:
    return " ".join(
        clean(part)
        for part in (passenger.family_name, passenger.honorific, passenger.given_name)
        if part
    )


def _phone_text(phone: str | None) -> str:
    """The phone as :func:`tel` prints it (grouped the country's way), as plain text."""
    return unescape(_TAG.sub("", tel(phone)))
