"""One delegate's personal booklet, in their language.

Pages: a cover; "your trip at a glance" (stops, flights, hotel); the programme day by day in
local time with home time beside it; key contacts and practical information; a page for notes.

Only what :class:`BookletData` carries is printed: it holds this delegate's own data and, of the
others, only room-mates' names and key contacts' work details.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Image,
    KeepInFrame,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from delegation_app.printing.document import (
    CONTENT,
    DelegationDocument,
    OutlineEntry,
    RunningLabel,
    TableOfContents,
    mark,
    page_size_of,
    write_pdf_atomically,
)
from delegation_app.printing.fonts import REGULAR
from delegation_app.printing.labels import Wording, zone_abbreviation
from delegation_app.printing.paragraphs import paragraph
from delegation_app.printing.qr import QrCode, geo_uri, vcard
from delegation_app.printing.styles import ACCENT, MUTED, RULE, TINT
from delegation_app.printing.text import (
    clean,
    join,
    join_markup,
    link,
    mailto,
    markup,
    multiline,
    nbsp,
    tag,
    tel,
)
from delegation_app.services.agenda import AgendaEntry, FlightView
from delegation_app.services.booklet import BookletData
from delegation_app.storage.models import ItemKind

# One warm colour, for the one thing a delegate must not miss: they speak at this session.
SPEAKER: Color = HexColor("#9C2F1F")

# Above this much detail an entry may break across pages instead of moving whole.
_LONG_ENTRY = 900


def render_booklet(data: BookletData, path: Path, *, page_size: str = "A4") -> Path:
    """Print ``data`` to ``path`` (A4, A5 or Letter); the file appears only once complete."""
    words = Wording(data.language)
    page_size_of(page_size)  # refuse a bad size before any file is touched

    def build(target: Path) -> None:
        document = booklet_document(data, target, words=words, page_size=page_size)
        document.build_story(BookletStory(data, document, words).story())

    return write_pdf_atomically(Path(path), build)


def booklet_document(
    data: BookletData, target: Path, *, words: Wording, page_size: str = "A4"
) -> DelegationDocument:
    mission_title = clean(data.mission.title(data.language))
    name = clean(data.delegate.full_name)

    def header_label(labels: Sequence[RunningLabel]) -> str:
        days = [label for label in labels if isinstance(label, date)]
        if days:
            return words.day_range(days[0], days[-1])
        return str(labels[0]) if labels else ""

    return DelegationDocument(
        target,
        page_size=page_size,
        title=f"{mission_title} — {name}",
        running_title=mission_title,
        footer_note=name,
        page_label=lambda page, total: words("page", page=page, total=total),
        header_label=header_label,
        language=data.language,
        subject=words("booklet"),
        author=data.mission.organiser or "",
    )


class BookletStory:
    """The flowables of one booklet, section by section."""

    def __init__(self, data: BookletData, document: DelegationDocument, words: Wording) -> None:
        self.data = data
        self.words = words
        self.language = data.language
        self.document = document
        self.styles = document.styles
        self.width: float = document.width
        self.frame_height: float = document.height
        self.cover_height: float = document.cover_height
        self.compact = document.compact
        self.home_city = words.zone_city(data.mission.home_zone)
        self.time_width = self._time_column_width()
        # Details of a long entry, printed under the table, aligned with its right column.
        self.long_detail = ParagraphStyle(
            "entry_detail_long", parent=self.styles["entry_detail"], leftIndent=self.time_width
        )
        self.long_detail_last = ParagraphStyle(
            "entry_detail_long_last", parent=self.long_detail, spaceAfter=7
        )

    def story(self) -> list[Flowable]:
        sections = [
            [*self.at_a_glance(), PageBreak()],
            [*self.programme(), PageBreak()],
            [*self.contacts(), *self.addresses(), *self.practical_information(), PageBreak()],
            self.notes(),
        ]
        body = [flowable for section in sections for flowable in section]
        return [
            *self.cover(),
            NextPageTemplate(CONTENT),
            PageBreak(),
            *self.contents(body),
            *body,
        ]

    # Helpers ------------------------------------------------------------------------------

    def para(self, text: str, style: str) -> Paragraph:
        """A paragraph of markup (user text in it already went through ``markup``)."""
        return paragraph(text, self.styles[style])

    def field(self, key: str, value: str) -> str:
        """A labelled fact, "Tenue : costume sombre", label in grey; ``value`` is markup."""
        if not value:
            return ""
        label = markup(self.words.colon(self.words(key)))
        return f"{muted(label)} {value}"

    def section_title(self, key: str) -> Flowable:
        title = self.words(key)
        return mark(
            self.para(markup(title), "title"),
            running_label=title,
            outline=OutlineEntry(key=key, title=title, level=0),
        )

    def heading(self, key: str) -> Paragraph:
        return self.para(markup(self.words(key)), "heading")

    def time(self, moment: datetime) -> str:
        return markup(self.words.time(moment))

    def grid(
        self,
        rows: list[list[Flowable | str]],
        widths: Sequence[float],
        *,
        header: bool = True,
    ) -> Table:
        """A table of rows separated by hairlines, with a header row in the accent colour."""
        # splitInRow: a row taller than the page (an address of many lines) is split across
        # pages instead of failing the whole booklet.
        table = Table(
            rows,
            colWidths=[self.width * w for w in widths],
            repeatRows=int(header),
            splitInRow=1,
        )
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ]
        if header:
            commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT))
        table.setStyle(TableStyle(commands))
        return table

    # Contents -----------------------------------------------------------------------------

    def contents(self, body: Sequence[Flowable]) -> list[Flowable]:
        """The table of contents: each section and day of the body, with its page."""
        entries = [
            entry
            for flowable in body
            if (entry := getattr(flowable, "outline_entry", None)) is not None
        ]
        title = self.words("contents")
        return [
            mark(
                self.para(markup(title), "title"),
                running_label=title,
                outline=OutlineEntry(key="contents", title=title, level=0),
            ),
            TableOfContents(self.document, entries),
            Spacer(1, self.styles["body"].fontSize * 2.5),
        ]

    # Cover --------------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        mission, delegate, words = self.data.mission, self.data.delegate, self.words
        cities = _distinct(stop.city for stop in mission.stops)
        countries = _distinct(words.country(stop.country) for stop in mission.stops)
        place = join(cities)
        if countries:
            place = f"{place} — {join(countries, ', ')}" if place else join(countries, ", ")
        story: list[Flowable] = [*self.logo(), Spacer(1, self.frame_height * 0.1)]
        story += [
            self.para(markup(words("booklet").upper()), "kicker"),
            self.para(markup(mission.title(self.language)), "cover_title"),
        ]
        if place:
            story.append(self.para(place, "cover_line"))
        story.append(
            self.para(markup(words.date_range(mission.start_date, mission.end_date)), "cover_line")
        )
        if mission.partner_event:
            story.append(self.para(markup(mission.partner_event), "cover_event"))
        story.append(Spacer(1, self.frame_height * 0.12))

        name = join([delegate.honorific, delegate.full_name], " ")
        card: list[Flowable] = [
            self.para(markup(words("personal_programme_of")), "cover_label"),
            self.para(name, "cover_name"),
        ]
        for line in (delegate.job_title, delegate.organisation):
            if line and line.strip():
                card.append(self.para(markup(line), "cover_detail"))
        if delegate.capacity and delegate.capacity.strip():
            card.append(self.para(tag("i", markup(delegate.capacity)), "cover_detail"))
        if delegate.groups:
            card.append(Spacer(1, 4))
            card.append(self.para(join(delegate.groups), "muted"))
        pad = 10 if self.compact else 14
        box = Table([[card]], colWidths=[self.width])
        box.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), TINT),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), pad * 1.3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                    ("TOPPADDING", (0, 0), (-1, -1), pad),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                ]
            )
        )
        story += [
            box,
            Spacer(1, 14),
            self.para(markup(words("personal_document", name=delegate.full_name)), "cover_note"),
        ]
        # The cover is one page whatever the length of the title and names: shrink to fit.
        return [KeepInFrame(self.width, self.cover_height, story, mode="shrink")]

    def logo(self) -> list[Flowable]:
        """The organisation's logo, top left of the cover, at most 4.5 × 2.2 cm (A4)."""
        if not self.data.logo:
            return []
        width, height = _image_size(self.data.logo)
        if not width or not height:
            return []
        scale = 0.75 if self.compact else 1.0
        box_width, box_height = 4.5 * cm * scale, 2.2 * cm * scale
        factor = min(box_width / width, box_height / height)
        image = Image(io.BytesIO(self.data.logo), width=width * factor, height=height * factor)
        image.hAlign = "LEFT"
        return [image]

    # Your trip at a glance ----------------------------------------------------------------

    def at_a_glance(self) -> list[Flowable]:
        story: list[Flowable] = [self.section_title("at_a_glance")]
        story += self.stops()
        story += self.flights()
        story += self.hotels()
        story += self.transfers()
        return story

    def transfers(self) -> list[Flowable]:
        """The delegate's ground transfers: when, from where, in which vehicle."""
        words = self.words
        transfers = [e for e in self.data.agenda if e.kind == ItemKind.TRANSFER]
        if not transfers:
            return []
        header = [
            self.para(markup(words(key)), "table_header")
            for key in ("date", "time", "transfer", "vehicle")
        ]
        rows: list[list[Flowable | str]] = [header]
        for entry in transfers:
            note = self.data.transfers.get(entry.item_id)
            journey = join_markup(
                [
                    tag("b", markup(entry.title(self.language))),
                    muted(join([entry.venue, _first_line(entry.address)], ", ")),
                ],
                "<br/>",
            )
            vehicle = (
                join_markup(
                    [
                        tag("b", markup(note.vehicle)),
                        self.field("meeting_point", markup(note.meeting_point)),
                        self.field(
                            "driver",
                            join_markup([markup(note.driver), tel(note.driver_phone)], ", "),
                        ),
                    ],
                    "<br/>",
                )
                if note is not None
                else "—"
            )
            rows.append(
                [
                    self.para(markup(words.short_date(entry.day)), "cell"),
                    self.para(self.time(entry.start), "cell"),
                    self.para(journey, "cell"),
                    self.para(vehicle, "cell"),
                ]
            )
        return [self.heading("transfers"), self.grid(rows, (0.18, 0.14, 0.38, 0.30))]

    def stops(self) -> list[Flowable]:
        mission, words = self.data.mission, self.words
        if not mission.stops:
            return []
        home = ZoneInfo(mission.home_zone)
        rows: list[list[Flowable | str]] = []
        for stop in mission.stops:
            noon = datetime.combine(stop.start_date, time(12), ZoneInfo(stop.zone))
            difference = (noon.utcoffset() or _ZERO) - (noon.astimezone(home).utcoffset() or _ZERO)
            if difference:
                offset = words(
                    "time_difference", offset=words.offset(difference), home=self.home_city
                )
            else:
                offset = words("same_time", home=self.home_city)
            rows.append(
                [
                    self.para(
                        f"{tag('b', markup(stop.city))}<br/>"
                        + muted(markup(words.country(stop.country))),
                        "cell",
                    ),
                    self.para(markup(words.date_range(stop.start_date, stop.end_date)), "cell"),
                    self.para(
                        join_markup([markup(offset), markup(zone_abbreviation(noon))]), "cell"
                    ),
                ]
            )
        return [self.heading("stops"), self.grid(rows, (0.3, 0.35, 0.35), header=False)]

    def flights(self) -> list[Flowable]:
        words = self.words
        story: list[Flowable] = [self.heading("flights")]
        flights = [(e, f) for e in self.data.agenda if (f := e.flight) is not None]
        if not flights:
            story.append(self.para(markup(words("no_flights")), "muted"))
            return story
        header = [
            self.para(markup(words(key)), "table_header")
            for key in ("date", "flight", "departure", "arrival", "booking")
        ]
        rows: list[list[Flowable | str]] = [header]
        for entry, flight in flights:
            arrival = f"{self.time(entry.end)} {markup(zone_abbreviation(entry.end))}"
            shift = words.day_shift((entry.end_local.date() - entry.day).days)
            if shift:
                arrival += " " + muted(f"({markup(nbsp(shift))})")
            booking = join_markup(
                [
                    tag("b", markup(flight.booking_reference)),
                    self.field("seat", markup(flight.seat)),
                ],
                "<br/>",
            )
            rows.append(
                [
                    self.para(markup(words.short_date(entry.day)), "cell"),
                    self.para(tag("b", markup(_flight_number(flight))), "cell"),
                    self.para(
                        f"{tag('b', markup(flight.departure_airport))}<br/>"
                        f"{self.time(entry.start)} {markup(zone_abbreviation(entry.start))}",
                        "cell",
                    ),
                    self.para(f"{tag('b', markup(flight.arrival_airport))}<br/>{arrival}", "cell"),
                    self.para(booking or "—", "cell"),
                ]
            )
        story.append(self.grid(rows, (0.18, 0.16, 0.2, 0.24, 0.22)))
        return story

    def hotels(self) -> list[Flowable]:
        words = self.words
        story: list[Flowable] = [self.heading("hotels")]
        if not self.data.stays:
            story.append(self.para(markup(words("no_hotel")), "muted"))
            return story
        header = [
            self.para(markup(words(key)), "table_header") for key in ("hotel", "stay", "room")
        ]
        rows: list[list[Flowable | str]] = [header]
        for stay in self.data.stays:
            # A mission with several stops has a hotel per city: say which city each is in.
            several_cities = len(self.data.mission.stops) > 1
            hotel = join_markup(
                [
                    muted(markup(stay.city)) if several_cities and stay.city else "",
                    tag("b", markup(stay.hotel)),
                    multiline(stay.address),
                    tel(stay.phone),
                ],
                "<br/>",
            )
            nights = (stay.check_out - stay.check_in).days
            dates = join_markup(
                [
                    self.field("check_in", markup(words.short_date(stay.check_in))),
                    self.field("check_out", markup(words.short_date(stay.check_out))),
                    muted(markup(words.nights(nights))),
                ],
                "<br/>",
            )
            room_line = join_markup([tag("b", markup(stay.room)), markup(stay.room_type)], " · ")
            mates = (
                markup(words("room_shared", names=", ".join(clean(m) for m in stay.room_mates)))
                if stay.room_mates
                else ""
            )
            rows.append(
                [
                    self.para(hotel, "cell"),
                    self.para(dates, "cell"),
                    self.para(join_markup([room_line, mates], "<br/>") or "—", "cell"),
                ]
            )
        story.append(self.grid(rows, (0.42, 0.28, 0.30)))
        return story

    # Programme ----------------------------------------------------------------------------

    def programme(self) -> list[Flowable]:
        words = self.words
        story: list[Flowable] = [
            self.section_title("programme"),
            self.para(markup(words("programme_intro", home=self.home_city)), "subtitle"),
        ]
        if not self.data.agenda:
            story.append(self.para(markup(words("no_programme")), "muted"))
            return story
        by_day: dict[date, list[AgendaEntry]] = {}
        for entry in self.data.agenda:
            by_day.setdefault(entry.day, []).append(entry)
        for day in sorted(by_day):
            entries = by_day[day]
            cities = _distinct(e.city for e in entries) or self._stop_cities(day)
            heading = words.day_heading(day)
            if cities:
                heading = f"{heading} — {' · '.join(clean(c) for c in cities)}"
            story.append(
                mark(
                    self.para(markup(heading), "day"),
                    running_label=day,
                    outline=OutlineEntry(key=f"day-{day.isoformat()}", title=heading, level=1),
                )
            )
            for position, entry in enumerate(entries):
                story += self.entry(entry, first=position == 0)
        return story

    def _stop_cities(self, day: date) -> list[str]:
        return _distinct(
            stop.city for stop in self.data.mission.stops if stop.start_date <= day <= stop.end_date
        )

    def entry(self, entry: AgendaEntry, *, first: bool) -> list[Flowable]:
        """One programme entry: times on the left, what, where and who on the right."""
        words = self.words
        label = markup(words.kind(entry.kind.value).upper())
        if entry.as_speaker:
            label += f' · <font color="{_hex(SPEAKER)}">{markup(words("speaker").upper())}</font>'
        heading: list[Flowable] = [
            self.para(label, "label"),
            self.para(markup(entry.title(self.language)), "entry_title"),
        ]
        texts = self.entry_details(entry)
        long = sum(len(text) for text in texts) > _LONG_ENTRY
        # A short entry is one table row, which moves to the next page whole. A long one keeps
        # its details out of the table, as indented paragraphs that break across pages freely.
        if long:
            styles = [self.long_detail] * len(texts)
            styles[-1] = self.long_detail_last
            details = [paragraph(text, style) for text, style in zip(texts, styles, strict=True)]
        else:
            details = [self.para(text, "entry_detail") for text in texts]
        cell = heading if long else heading + details
        table = Table(
            [[self.entry_times(entry), cell]],
            colWidths=[self.time_width, self.width - self.time_width],
        )
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 8),
            ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1 if long else 7),
        ]
        if not first:
            commands.append(("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE))
        table.setStyle(TableStyle(commands))
        if not long:
            return [table]
        table.keepWithNext = 1
        return [table, *details]

    def _time_column_width(self) -> float:
        """Wide enough for the booklet's longest "start – end" on one line, within limits.

        One width for the whole booklet keeps the column aligned from page to page; 12-hour
        English times need more room than French ones.
        """
        style = self.styles["time"]
        widest = max(
            (
                stringWidth(
                    f"{self.words.time(e.start)} – {self.words.time(e.end)}",
                    style.fontName,
                    style.fontSize,
                )
                for e in self.data.agenda
            ),
            default=0.0,
        )
        return min(max(widest + 12, self.width * 0.16), self.width * 0.25)

    def entry_times(self, entry: AgendaEntry) -> list[Flowable]:
        """Local start and end (each in its own zone for a flight), then home time in small."""
        words = self.words
        start, end = entry.start, entry.end
        small = (
            f'<font name="{REGULAR}" size="{self.styles["time_small"].fontSize:.1f}" '
            f'color="{_hex(MUTED)}">'
        )
        crosses = start.utcoffset() != end.utcoffset() or entry.start_zone != entry.end_zone
        if crosses:
            text = (
                f"{self.time(start)} {small}{markup(zone_abbreviation(start))}</font><br/>"
                f"→ {self.time(end)} {small}{markup(zone_abbreviation(end))}</font>"
            )
        elif end > start:
            text = f"{self.time(start)} – {self.time(end)}"
        else:
            text = self.time(start)
        shift = words.day_shift((entry.end_local.date() - entry.day).days)
        if shift:
            text += f"<br/>{small}({markup(nbsp(shift))})</font>"
        flowables: list[Flowable] = [self.para(text, "time")]

        home_start, home_end = entry.start_at_home, entry.end_at_home
        if start.utcoffset() != home_start.utcoffset() or end.utcoffset() != home_end.utcoffset():
            shown = self.time(home_start)
            if end > start:
                shown += f"–{self.time(home_end)}"
            home = words.rich("home_time", time=shown, home=markup(self.home_city))
            home_shift = words.day_shift((home_start.date() - entry.day).days)
            if home_shift:
                home += f" ({markup(nbsp(home_shift))})"
            flowables.append(self.para(home, "time_small"))
        return flowables

    def entry_details(self, entry: AgendaEntry) -> list[str]:
        """The lines under an entry's title, as markup (empty facts are left out)."""
        lines: list[str] = []
        if entry.meeting_with:
            lines.append(self.words.rich("meeting_with", name=tag("b", markup(entry.meeting_with))))
        contact = self.data.meeting_contacts.get(entry.item_id)
        if contact is not None:
            lines.append(
                self.field(
                    "contact",
                    join_markup(
                        [
                            join_markup(
                                [tag("b", markup(contact.name)), markup(contact.job_title)], ", "
                            ),
                            tel(contact.phone),
                            mailto(contact.email),
                        ]
                    ),
                )
            )
        workshop = self.data.workshops.get(entry.item_id)
        if workshop is not None:
            lines.append(
                join_markup(
                    [
                        self.field("workshop_room", tag("b", markup(workshop.room))),
                        self.field("moderator", markup(workshop.moderator)),
                    ]
                )
            )
            lines.append(self.field("material", markup(workshop.material)))
        if entry.flight is not None:
            flight = entry.flight
            lines.append(
                join_markup(
                    [
                        tag("b", markup(_flight_number(flight))),
                        f"{markup(flight.departure_airport)} → {markup(flight.arrival_airport)}",
                    ]
                )
            )
            booking = join_markup(
                [
                    self.field("booking", tag("b", markup(flight.booking_reference))),
                    self.field("seat", tag("b", markup(flight.seat))),
                ]
            )
            if booking:
                lines.append(booking)
        place = join_markup([tag("b", markup(entry.venue)), _one_line(entry.address)], ", ")
        if not place and entry.flight is None:
            place = markup(entry.city)
        lines.append(self.field("place", place))
        lines.append(self.field("dress_code", markup(entry.dress_code)))
        lines.append(self.field("to_bring", markup(entry.to_bring)))
        lines.append(
            self.field(
                "staff", join_markup([markup(entry.staff_name), tel(entry.staff_phone)], ", ")
            )
        )
        ceremony = self.data.ceremonies.get(entry.item_id)
        if ceremony is not None:
            # The run sheet, as the delegate needs it: who speaks when, and their own chair.
            separator = "\u00a0; " if self.language == "fr" else "; "
            speeches = separator.join(
                join_markup(
                    [
                        self.words.time(start) if start is not None else "",
                        tag("b", markup(name)),
                        markup(capacity),
                    ]
                    if capacity
                    else [
                        self.words.time(start) if start is not None else "",
                        tag("b", markup(name)),
                    ]
                )
                for start, name, capacity in ceremony.speeches
            )
            lines.append(self.field("speeches", speeches))
            if ceremony.own_seat is not None:
                key = "your_seat_one" if ceremony.own_seat == 1 else "your_seat_other"
                lines.append(
                    self.words.rich(key, seat=str(ceremony.own_seat), copies=str(ceremony.copies))
                )
        lines += [tag("i", markup(line)) for line in clean(entry.notes(self.language)).split("\n")]
        return [line for line in lines if line]

    # Contacts, practical information, notes ------------------------------------------------

    def contacts(self) -> list[Flowable]:
        words = self.words
        story: list[Flowable] = [self.section_title("contacts")]
        if not self.data.contacts:
            story.append(self.para(markup(words("contacts_intro")), "subtitle"))
            return story
        intro = words("contacts_intro")
        if any(c.phone for c in self.data.contacts):
            intro = f"{intro} {words('scan_contact')}"
        story.append(self.para(markup(intro), "subtitle"))
        qr_size = (2.3 if self.compact else 2.6) * cm
        cards = []
        for contact in self.data.contacts:
            text_width = self.width / 2 - qr_size - 12
            details = join_markup(
                [
                    tag("b", markup(contact.name)),
                    muted(markup(contact.contact_role)),
                    tel(contact.phone),
                    self.email(contact.email, text_width),
                ],
                "<br/>",
            )
            code: Flowable | str = (
                QrCode(
                    vcard(
                        given_name=contact.given_name or contact.name,
                        family_name=contact.family_name,
                        full_name=contact.name,
                        phone=contact.phone,
                        email=contact.email,
                        organisation=contact.organisation,
                        title=contact.contact_role,
                    ),
                    qr_size,
                )
                if contact.phone
                else ""
            )
            cards.append((code, [self.para(details, "cell")]))
        story.append(self.cards(cards, qr_size))
        return story

    def email(self, address: str | None, width: float) -> str:
        """An e-mail address as a link; one too wide for its column breaks after the "@",
        never inside a word."""
        shown = mailto(address)
        text = clean(address).strip()
        style = self.styles["cell"]
        if "@" not in text or stringWidth(text, style.fontName, style.fontSize) <= width:
            return shown
        local, domain = text.split("@", 1)
        return link(f"mailto:{text}", f"{markup(local)}@<br/>{markup(domain)}")

    def cards(
        self, cards: Sequence[tuple[Flowable | str, list[Flowable]]], qr_size: float
    ) -> Table:
        """Cards two by two: a QR code on the left of each, its text beside it."""
        half = self.width / 2
        cells: list[list[Flowable | str]] = []
        for code, text in cards:
            inner = Table([[code, text]], colWidths=[qr_size + 6, half - qr_size - 6])
            inner.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
            cells.append(inner)
        rows = [
            cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)
        ]
        table = Table(rows, colWidths=[half, half])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ]
            )
        )
        return table

    def addresses(self) -> list[Flowable]:
        """The places of the delegate's programme that have coordinates, each with a QR code
        opening it in a maps app (``geo:``)."""
        places: dict[tuple[str, str], AgendaEntry] = {}
        for entry in self.data.agenda:
            if entry.latitude is None or entry.longitude is None or not entry.venue:
                continue
            places.setdefault((entry.venue, entry.address or ""), entry)
        if not places:
            return []
        title = self.words("addresses")
        story: list[Flowable] = [
            Spacer(1, self.styles["body"].fontSize * 1.5),
            mark(
                self.para(markup(title), "title"),
                running_label=title,
                outline=OutlineEntry(key="addresses", title=title, level=0),
            ),
            self.para(markup(self.words("addresses_intro")), "subtitle"),
        ]
        qr_size = (1.6 if self.compact else 1.9) * cm
        cards = []
        for entry in places.values():
            assert entry.latitude is not None and entry.longitude is not None
            uri = geo_uri(entry.latitude, entry.longitude)
            text = join_markup(
                [
                    tag("b", markup(entry.venue)),
                    multiline(entry.address),
                    muted(markup(entry.city)),
                ],
                "<br/>",
            )
            cards.append((QrCode(uri, qr_size), [self.para(link(uri, text), "cell")]))
        story.append(self.cards(cards, qr_size))
        return story

    def practical_information(self) -> list[Flowable]:
        stops = [
            s for s in self.data.mission.stops if s.practical_info and s.practical_info.strip()
        ]
        if not stops:
            return []
        title = self.words("practical_info")
        story: list[Flowable] = [
            Spacer(1, self.styles["body"].fontSize * 1.5),
            mark(
                self.para(markup(title), "title"),
                running_label=title,
                outline=OutlineEntry(key="practical_info", title=title, level=0),
            ),
        ]
        for stop in stops:
            story.append(self.para(markup(stop.city), "heading"))
            story.append(self.para(multiline(stop.practical_info), "body"))
        return story

    def notes(self) -> list[Flowable]:
        return [self.section_title("notes"), NoteLines(self.styles["body"].leading * 2)]


class NoteLines(Flowable):  # type: ignore[misc]
    """Ruled lines filling the rest of the frame, to write on."""

    def __init__(self, spacing: float) -> None:
        super().__init__()
        self.spacing = spacing
        self.width = 0.0
        self.height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = max(0.0, available_height - 1)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        y = self.height - self.spacing
        while y >= self.spacing / 2:
            canvas.line(0, y, self.width, y)
            y -= self.spacing
        canvas.restoreState()


_ZERO = datetime.min - datetime.min


def _flight_number(flight: FlightView) -> str:
    """The flight as "AF 90"; a number typed with its carrier ("AF090") is kept as typed."""
    carrier, number = clean(flight.carrier).strip(), clean(flight.number).strip()
    if not carrier or number.upper().startswith(carrier.upper()):
        return number
    return f"{carrier} {number}"


def _first_line(text: str | None) -> str:
    return next((line.strip() for line in clean(text).split("\n") if line.strip()), "")


@lru_cache(maxsize=8)
def _image_size(content: bytes) -> tuple[int, int]:
    """A logo's size in pixels, read once per process."""
    width, height = ImageReader(io.BytesIO(content)).getSize()
    return int(width), int(height)


def _one_line(text: str | None) -> str:
    """An address typed on several lines, printed on one ("12 rue X, 13001 Marseille")."""
    return ", ".join(m for m in (markup(line) for line in clean(text).split("\n")) if m)


def _distinct(values: Iterable[str | None]) -> list[str]:
    """Non-empty values in order, each once."""
    seen: dict[str, None] = {}
    for value in values:
        if value and value.strip():
            seen.setdefault(value.strip(), None)
    return list(seen)


def _hex(color: Color) -> str:
    return "#" + str(color.hexval())[2:]


def muted(text: str) -> str:
    """Markup shown in the secondary (grey) colour."""
    return f'<font color="{_hex(MUTED)}">{text}</font>' if text else ""
