"""The agreements register (A4 landscape) and the run sheet of a signing ceremony (A4), printed.

The register is one table, a row per agreement of :func:`~delegation_app.services.agreements.
register_rows`: title and kind, the parties with their countries, status, signing date and place,
effective and end dates, domains and mission. The filters used are printed under the title, so a
printed register says what it leaves out.

The run sheet is what the protocol officer holds during the ceremony: when and where (the local
time of the ceremony's itinerary item, with its zone), the order of speeches with indicative
times, the signatories and where they sit (a plan of the table as the audience sees it), the
originals to sign, the gifts and the press arrangements.

Both are written to a temporary file and moved into place (:func:`write_pdf_atomically`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from delegation_app.printing.document import (
    CONTENT,
    COVER,
    DelegationDocument,
    RunningLabel,
    mark,
    write_pdf_atomically,
)
from delegation_app.printing.labels import Wording, zone_abbreviation
from delegation_app.printing.styles import ACCENT, MUTED, RULE, TINT
from delegation_app.printing.text import clean, join_markup, markup, multiline, nbsp, tag
from delegation_app.services.agreements import (
    PartyView,
    RegisterFilters,
    RegisterRow,
    RunSheet,
    SeatView,
    describe_filters,
    kind_label,
)

AGREEMENT_WORDING: dict[str, dict[str, str]] = {
    "fr": {
        "register": "Registre des accords",
        "issued_on": "Établi le {date}",
        "count_one": "{count} accord",
        "count_other": "{count} accords",
        "none_match": "Aucun accord ne correspond à ces critères.",
        "agreement": "Accord",
        "parties": "Parties",
        "status": "Statut",
        "signature": "Signature",
        "dates": "Effet – fin",
        "domains": "Domaines",
        "mission": "Mission",
        "from": "du {date}",
        "until": "au {date}",
        "notice": "préavis {days} j",
        "signed_copy": "copie signée",
        # the run sheet
        "run_sheet": "Déroulé de la cérémonie de signature",
        "when_where": "Date et lieu",
        "date": "Date",
        "time": "Horaire",
        "zone_time": "{abbreviation}, heure de {city}",
        "time_to_confirm": "horaire à confirmer",
        "place": "Lieu",
        "dress_code": "Tenue",
        "in_charge": "Responsable",
        "speeches": "Ordre des prises de parole",
        "no_speeches": "Aucune prise de parole n'est prévue.",
        "at": "Heure",
        "speaker": "Orateur",
        "topic": "Propos",
        "minutes": "Durée",
        "minutes_value": "{minutes} min",
        "language": "Langue",
        "indicative": "Heures indicatives, d'après la durée prévue de chaque intervention.",
        "seating": "Signataires et placement",
        "no_signatories": "Aucun signataire n'est encore désigné.",
        "left": "À gauche (vu du public)",
        "right": "À droite (vu du public)",
        "table": "Table de signature",
        "audience": "Public et presse",
        "host": "hôte",
        "guests": "invités",
        "seat_left": "gauche {seat}",
        "seat_right": "droite {seat}",
        "centre": "au centre",
        "seating_rule": (
            "Les signataires principaux sont au centre, l'hôte à droite et ses invités à sa "
            "droite, c'est-à-dire à gauche vu du public."
        ),
        "copies": "Exemplaires à signer",
        "no_copies": "Le nombre d'originaux n'est pas encore fixé.",
        "count": "Nombre",
        "languages": "Langue(s)",
        "remark": "Remarque",
        "originals_one": "{count} original",
        "originals_other": "{count} originaux",
        "signatures": (
            "{originals} au total ; chacun est signé par les {signatories} signataires, "
            "soit {signatures} signatures."
        ),
        "signatures_one": "{originals} au total, signé par le seul signataire.",
        "gifts": "Cadeaux",
        "press": "Presse",
        "notes": "Notes d'organisation",
        "nothing": "—",
        "not_recorded": "Le déroulé de la cérémonie n'a pas encore été renseigné.",
        "date_to_set": "date à fixer",
        "and": " et ",
    },
    "en": {
        "register": "Register of agreements",
        "issued_on": "Issued on {date}",
        "count_one": "{count} agreement",
        "count_other": "{count} agreements",
        "none_match": "No agreement matches these criteria.",
        "agreement": "Agreement",
        "parties": "Parties",
        "status": "Status",
        "signature": "Signature",
        "dates": "Effective – end",
        "domains": "Domains",
        "mission": "Mission",
        "from": "from {date}",
        "until": "until {date}",
        "notice": "notice {days} d",
        "signed_copy": "signed copy",
        # the run sheet
        "run_sheet": "Signing ceremony run sheet",
        "when_where": "Date and place",
        "date": "Date",
        "time": "Time",
        "zone_time": "{abbreviation}, {city} time",
        "time_to_confirm": "time to be confirmed",
        "place": "Place",
        "dress_code": "Dress code",
        "in_charge": "In charge",
        "speeches": "Order of speeches",
        "no_speeches": "No speech is planned.",
        "at": "Time",
        "speaker": "Speaker",
        "topic": "Remarks",
        "minutes": "Length",
        "minutes_value": "{minutes} min",
        "language": "Language",
        "indicative": "Indicative times, from the planned length of each speech.",
        "seating": "Signatories and seating",
        "no_signatories": "No signatory has been named yet.",
        "left": "Left (as the audience sees it)",
        "right": "Right (as the audience sees it)",
        "table": "Signing table",
        "audience": "Audience and press",
        "host": "host",
        "guests": "guests",
        "seat_left": "left {seat}",
        "seat_right": "right {seat}",
        "centre": "at the centre",
        "seating_rule": (
            "The principal signatories sit at the centre, the host on the right and the guests "
            "at the host's right hand, which the audience sees on its left."
        ),
        "copies": "Originals to sign",
        "no_copies": "The number of originals is not settled yet.",
        "count": "Number",
        "languages": "Language(s)",
        "remark": "Remark",
        "originals_one": "{count} original",
        "originals_other": "{count} originals",
        "signatures": (
            "{originals} in all; each is signed by the {signatories} signatories: "
            "{signatures} signatures."
        ),
        "signatures_one": "{originals} in all, signed by the one signatory.",
        "gifts": "Gifts",
        "press": "Press",
        "notes": "Arrangements",
        "nothing": "—",
        "not_recorded": "The run sheet of the ceremony has not been filled in yet.",
        "date_to_set": "date to be set",
        "and": " and ",
    },
}

_PADDING = 3.0


def _hex(color: object) -> str:
    return "#" + str(color.hexval())[2:]  # type: ignore[attr-defined]


class _Words:
    """This module's wording beside the shared :class:`Wording` (dates, times, countries)."""

    def __init__(self, language: str) -> None:
        self.shared = Wording(language)  # refuses a language other than fr or en
        self.language = language
        self._table = AGREEMENT_WORDING[language]

    def __call__(self, key: str, **values: object) -> str:
        return self._table[key].format(**values)

    def long_date(self, day: date) -> str:
        return self.shared.date_range(day, day)

    def language_name(self, code: str) -> str:
        name = self.shared.locale.languages.get(code)
        return name if isinstance(name, str) else code

    def listing(self, parts: Sequence[str]) -> str:
        if len(parts) <= 1:
            return "".join(parts)
        return ", ".join(parts[:-1]) + self("and") + parts[-1]

    def party(self, party: PartyView) -> str:
        """Markup: "Miami-Dade County (États-Unis)"."""
        country = self.shared.country(party.country) if party.country else ""
        text = markup(party.organisation)
        return f"{text} <font color='{_hex(MUTED)}'>({markup(country)})</font>" if country else text


class _Base:
    def __init__(self, words: _Words) -> None:
        self.words = words
        self.styles: dict[str, ParagraphStyle] = {}
        self.width = 0.0

    def para(self, text: str, style: str | ParagraphStyle) -> Paragraph:
        return Paragraph(text, self.styles[style] if isinstance(style, str) else style)

    def muted(self, text: str) -> str:
        return f'<font color="{_hex(MUTED)}">{text}</font>' if text else ""

    def table_style(self, *, banded: bool = True, rows: int = 0) -> TableStyle:
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ]
        if banded:
            commands += [("BACKGROUND", (0, row), (-1, row), TINT) for row in range(2, rows, 2)]
        return TableStyle(commands)


# --- the register ---------------------------------------------------------------------------


class _LandscapeDocument(DelegationDocument):
    """The shared document, its frames laid out again on an A4 sheet turned landscape."""

    def __init__(self, filename: Path, **kwargs: Any) -> None:
        super().__init__(filename, page_size="A4", **kwargs)
        width, height = landscape(A4)
        self.pagesize = (width, height)
        margin = A4[0] * 0.06
        self.leftMargin = self.rightMargin = margin
        self.topMargin = self.bottomMargin = margin * 0.8
        self._calc()
        body_bottom = self.bottomMargin + self.footer_height
        self.cover_height = self.height - self.footer_height
        frames = {
            COVER: Frame(
                self.leftMargin, body_bottom, self.width, self.cover_height, id="cover",
                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
            ),
            CONTENT: Frame(
                self.leftMargin, body_bottom, self.width,
                self.height - self.footer_height - self.header_height, id="content",
                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
            ),
        }  # fmt: skip
        self.pageTemplates: list[PageTemplate] = []
        self.addPageTemplates(
            [
                PageTemplate(
                    id=COVER,
                    frames=[frames[COVER]],
                    onPage=self._begin_page,
                    onPageEnd=self._end_cover_page,
                    pagesize=self.pagesize,
                ),
                PageTemplate(
                    id=CONTENT,
                    frames=[frames[CONTENT]],
                    onPage=self._begin_page,
                    onPageEnd=self._end_content_page,
                    pagesize=self.pagesize,
                ),
            ]
        )


def render_register(
    rows: Sequence[RegisterRow],
    path: Path,
    *,
    language: str,
    filters: RegisterFilters | None = None,
    organisation: str | None = None,
    issued_on: date | None = None,
) -> Path:
    """Print the register to ``path`` (A4 landscape); an empty register says so."""
    words = _Words(language)
    issued = issued_on or date.today()
    filters = filters or RegisterFilters()
    mission_title = next(
        (r.mission_title(language) for r in rows if r.mission_id == filters.mission_id), None
    )
    described = describe_filters(filters, language, mission_title=mission_title)

    def build(target: Path) -> None:
        title = words("register")
        running = f"{title} — {clean(organisation)}" if organisation else title
        document = _LandscapeDocument(
            target,
            title=running,
            running_title=f"{running} · {described}",
            footer_note=f"{running} · " + words("issued_on", date=words.long_date(issued)),
            page_label=lambda page, total: words.shared("page", page=page, total=total),
            header_label=lambda labels: "",
            language=language,
            subject=title,
        )
        story = _RegisterStory(
            rows, words, described, organisation, words("issued_on", date=words.long_date(issued))
        )
        story.styles = document.styles
        story.width = document.width
        document.build_story(story.story())

    return write_pdf_atomically(Path(path), build)


class _RegisterStory(_Base):
    def __init__(
        self,
        rows: Sequence[RegisterRow],
        words: _Words,
        described: str,
        organisation: str | None,
        issued: str,
    ) -> None:
        super().__init__(words)
        self.rows = rows
        self.described = described
        self.organisation = organisation
        self.issued = issued

    def story(self) -> list[Flowable]:
        words = self.words
        count = len(self.rows)
        counted = words("count_one" if count == 1 else "count_other", count=count)
        story: list[Flowable] = [
            NextPageTemplate(CONTENT),
            self.para(markup((self.organisation or self.issued).upper()), "kicker"),
            self.para(markup(words("register")), "title"),
            self.para(markup(f"{self.described} · {counted}"), "subtitle"),
        ]
        if not self.rows:
            story.append(self.para(markup(words("none_match")), "muted"))
            return story
        story.append(self.table())
        return story

    def table(self) -> Table:
        words = self.words
        shares = (0.22, 0.22, 0.09, 0.13, 0.12, 0.11, 0.11)
        keys = ("agreement", "parties", "status", "signature", "dates", "domains", "mission")
        header = [self.para(markup(words(key)), "table_header") for key in keys]
        data: list[list[Flowable]] = [header]
        for row in self.rows:
            data.append(self.row(row))
        table = Table(data, colWidths=[self.width * s for s in shares], repeatRows=1)
        table.setStyle(self.table_style(rows=len(data)))
        return table

    def row(self, row: RegisterRow) -> list[Flowable]:
        words = self.words
        language = words.language
        cell, small = "cell", "cell_small"
        title = join_markup(
            [
                tag("b", markup(row.title(language))),
                self.muted(markup(f"{row.kind_label(language)} · {row.short}")),
            ],
            "<br/>",
        )
        parties = join_markup(
            [
                join_markup([words.party(p) for p in row.ours], "<br/>"),
                join_markup([words.party(p) for p in row.partners], "<br/>"),
            ],
            "<br/>— <br/>",
        )
        status = join_markup(
            [
                markup(row.status_label(language)),
                self.muted(markup(words("signed_copy"))) if row.has_signed_copy else "",
            ],
            "<br/>",
        )
        signature = join_markup(
            [
                markup(nbsp(words.long_date(row.signing_date))) if row.signing_date else "",
                self.muted(markup(row.signing_place)),
            ],
            "<br/>",
        ) or markup(words("nothing"))
        dates = join_markup(
            [
                markup(words("from", date=_numeric(row.effective_date, language)))
                if row.effective_date
                else "",
                markup(words("until", date=_numeric(row.end_date, language)))
                if row.end_date
                else "",
                self.muted(markup(words("notice", days=row.renewal_notice_days)))
                if row.renewal_notice_days is not None
                else "",
            ],
            "<br/>",
        ) or markup(words("nothing"))
        domains = markup(", ".join(row.domains)) or markup(words("nothing"))
        mission = markup(row.mission_title(language)) or markup(words("nothing"))
        return [
            self.para(title, cell),
            self.para(parties, cell),
            self.para(status, cell),
            self.para(signature, cell),
            self.para(dates, cell),
            self.para(domains, small),
            self.para(mission, small),
        ]


def _numeric(day: date | None, language: str) -> str:
    if day is None:
        return ""
    return day.strftime("%d/%m/%Y") if language == "fr" else day.isoformat()


# --- the run sheet --------------------------------------------------------------------------


def render_run_sheet(
    sheet: RunSheet,
    path: Path,
    *,
    language: str,
    issued_on: date | None = None,
) -> Path:
    """Print the run sheet of the agreement's signing ceremony to ``path`` (A4)."""
    words = _Words(language)
    issued = issued_on or date.today()
    title = words("run_sheet")
    agreement_title = clean(sheet.agreement.title(language))

    def build(target: Path) -> None:
        def header_label(labels: Sequence[RunningLabel]) -> str:
            return str(labels[0]) if labels else ""

        document = DelegationDocument(
            target,
            page_size="A4",
            title=f"{title} — {agreement_title}",
            running_title=f"{title} — {agreement_title}",
            footer_note=f"{title} · {sheet.agreement.short} · "
            + words("issued_on", date=words.long_date(issued)),
            page_label=lambda page, total: words.shared("page", page=page, total=total),
            header_label=header_label,
            language=language,
            subject=title,
        )
        story = _RunSheetStory(sheet, words)
        story.styles = document.styles
        story.width = document.width
        document.build_story(story.story())

    return write_pdf_atomically(Path(path), build)


class _RunSheetStory(_Base):
    def __init__(self, sheet: RunSheet, words: _Words) -> None:
        super().__init__(words)
        self.sheet = sheet

    def story(self) -> list[Flowable]:
        words = self.words
        sheet = self.sheet
        agreement = sheet.agreement
        base = self.styles["cell"]
        self.cell_centre = ParagraphStyle("cell_centre", parent=base, alignment=TA_CENTER)
        self.cell_right = ParagraphStyle("cell_right", parent=base, alignment=TA_RIGHT)
        self.header_centre = ParagraphStyle(
            "header_centre", parent=self.styles["table_header"], alignment=TA_CENTER
        )
        parties = words.listing([words.party(p) for p in agreement.parties])
        story: list[Flowable] = [
            NextPageTemplate(CONTENT),
            mark(
                self.para(markup(words("run_sheet").upper()), "kicker"),
                running_label=_day_label(sheet, words),
            ),
            self.para(markup(agreement.title(words.language)), "title"),
            self.para(
                join_markup([markup(kind_label(agreement.kind, words.language)), parties]),
                "subtitle",
            ),
        ]
        if not sheet.recorded:
            story.append(self.para(markup(words("not_recorded")), "note"))
        story += self.when_where()
        story += self.speeches()
        story += self.seating()
        story += self.copies()
        for key, text in (("gifts", sheet.gifts), ("press", sheet.press), ("notes", sheet.notes)):
            story.append(self.para(markup(words(key)), "heading"))
            story.append(self.para(multiline(text) or markup(words("nothing")), "body"))
        return story

    # Date and place ----------------------------------------------------------------------

    def when_where(self) -> list[Flowable]:
        words = self.words
        sheet = self.sheet
        ceremony = sheet.ceremony
        rows: list[tuple[str, str]] = []
        day = sheet.day
        if day is not None:
            rows.append(("date", markup(words.shared.day_heading(day))))
        else:
            rows.append(("date", self.muted(markup(words("date_to_set")))))
        if ceremony is not None:
            start, end = ceremony.start, ceremony.end
            zone = words(
                "zone_time",
                abbreviation=zone_abbreviation(start),
                city=words.shared.zone_city(ceremony.start_zone),
            )
            rows.append(
                (
                    "time",
                    tag("b", markup(f"{words.shared.time(start)} – {words.shared.time(end)}"))
                    + " "
                    + self.muted(markup(f"({zone})")),
                )
            )
            place = join_markup(
                [tag("b", markup(ceremony.venue)), multiline(ceremony.address)], "<br/>"
            )
            rows.append(("place", place or markup(sheet.agreement.signing_place)))
            if ceremony.dress_code:
                rows.append(("dress_code", markup(ceremony.dress_code)))
            if ceremony.staff_in_charge:
                rows.append(("in_charge", markup(ceremony.staff_in_charge)))
        else:
            rows.append(("time", self.muted(markup(words("time_to_confirm")))))
            if sheet.agreement.signing_place:
                rows.append(("place", markup(sheet.agreement.signing_place)))
        data = [
            [self.para(markup(words(key)), "label"), self.para(value or "—", "body")]
            for key, value in rows
        ]
        table = Table(data, colWidths=[self.width * 0.18, self.width * 0.82], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return [self.para(markup(words("when_where")), "heading"), table]

    # Speeches ----------------------------------------------------------------------------

    def speeches(self) -> list[Flowable]:
        words = self.words
        heading = self.para(markup(words("speeches")), "heading")
        if not self.sheet.speeches:
            return [heading, self.para(markup(words("no_speeches")), "muted")]
        header = [
            self.para("#", "table_header"),
            self.para(markup(words("at")), "table_header"),
            self.para(markup(words("speaker")), "table_header"),
            self.para(markup(words("topic")), "table_header"),
            self.para(markup(words("minutes")), self.header_centre),
            self.para(markup(words("language")), "table_header"),
        ]
        data: list[list[Flowable]] = [header]
        timed = False
        for speech in self.sheet.speeches:
            at = _time(words, speech.start_local)
            timed = timed or bool(at)
            data.append(
                [
                    self.para(str(speech.position), "cell"),
                    self.para(markup(at), "cell"),
                    self.para(
                        join_markup(
                            [tag("b", markup(speech.name)), self.muted(markup(speech.capacity))],
                            "<br/>",
                        ),
                        "cell",
                    ),
                    self.para(markup(speech.topic), "cell"),
                    self.para(
                        markup(words("minutes_value", minutes=speech.minutes))
                        if speech.minutes
                        else "",
                        self.cell_centre,
                    ),
                    self.para(
                        markup(words.language_name(speech.language)) if speech.language else "",
                        "cell",
                    ),
                ]
            )
        shares = (0.05, 0.11, 0.34, 0.3, 0.09, 0.11)
        table = Table(data, colWidths=[self.width * s for s in shares], repeatRows=1)
        table.setStyle(self.table_style(rows=len(data)))
        story: list[Flowable] = [heading, table]
        if timed:
            story.append(Spacer(1, 3))
            story.append(self.para(markup(words("indicative")), "note"))
        return story

    # Seating -----------------------------------------------------------------------------

    def seating(self) -> list[Flowable]:
        words = self.words
        sheet = self.sheet
        heading = self.para(markup(words("seating")), "heading")
        if not sheet.seats:
            return [heading, self.para(markup(words("no_signatories")), "muted")]
        return [
            heading,
            KeepTogether(
                [self.plan(), Spacer(1, 3), self.para(markup(words("seating_rule")), "note")]
            ),
        ]

    def side_name(self, side: int) -> str:
        return next((p.organisation for p in self.sheet.agreement.parties if p.side == side), "")

    def plan(self) -> Table:
        """The table as the audience sees it: a chair per signatory above the table's band."""
        words = self.words
        sheet = self.sheet
        seats = sheet.left_to_right
        guests = len(sheet.side_seats(sheet.guest_side))
        columns = len(seats)
        guest_label = f"{words('left')} — {self.side_name(sheet.guest_side)} ({words('guests')})"
        host_label = f"{words('right')} — {self.side_name(sheet.host_side)} ({words('host')})"
        top: list[Flowable | str] = [""] * columns
        if guests:
            top[0] = self.para(markup(guest_label), self.header_centre)
        if columns > guests:
            top[guests] = self.para(markup(host_label), self.header_centre)
        chairs = [
            self.para(
                join_markup(
                    [
                        tag("b", markup(seat.name)),
                        markup(seat.capacity),
                        self.muted(markup(self.seat_name(seat))),
                    ],
                    "<br/>",
                ),
                self.cell_centre,
            )
            for seat in seats
        ]
        band: list[Flowable | str] = [self.para(tag("b", markup(words("table"))), self.cell_centre)]
        band += [""] * (columns - 1)
        audience: list[Flowable | str] = [
            self.para(self.muted(markup(words("audience"))), self.cell_centre)
        ]
        audience += [""] * (columns - 1)
        width = self.width / max(columns, 1)
        table = Table([top, chairs, band, audience], colWidths=[width] * columns)
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("SPAN", (0, 2), (-1, 2)),
            ("SPAN", (0, 3), (-1, 3)),
            ("BACKGROUND", (0, 2), (-1, 2), TINT),
            ("BOX", (0, 2), (-1, 2), 0.8, ACCENT),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        for column in range(columns):
            commands.append(("BOX", (column, 1), (column, 1), 0.5, RULE))
        if guests > 1:
            commands.append(("SPAN", (0, 0), (guests - 1, 0)))
        if columns - guests > 1:
            commands.append(("SPAN", (guests, 0), (columns - 1, 0)))
        if 0 < guests < columns:
            # the centre of the table, between the two sides
            commands.append(("LINEAFTER", (guests - 1, 0), (guests - 1, 1), 1.2, ACCENT))
        table.setStyle(TableStyle(commands))
        return table

    def seat_name(self, seat: SeatView) -> str:
        words = self.words
        on_left = seat.side == self.sheet.guest_side
        text = words("seat_left" if on_left else "seat_right", seat=seat.seat)
        return f"{text}, {words('centre')}" if seat.seat == 1 else text

    # Copies ------------------------------------------------------------------------------

    def copies(self) -> list[Flowable]:
        words = self.words
        sheet = self.sheet
        heading = self.para(markup(words("copies")), "heading")
        if not sheet.copies:
            return [heading, self.para(markup(words("no_copies")), "muted")]
        header = [
            self.para(markup(words("count")), self.header_centre),
            self.para(markup(words("languages")), "table_header"),
            self.para(markup(words("remark")), "table_header"),
        ]
        data: list[list[Flowable]] = [header]
        for copy in sheet.copies:
            data.append(
                [
                    self.para(tag("b", str(copy.count)), self.cell_centre),
                    self.para(
                        markup(words.listing([words.language_name(c) for c in copy.languages])),
                        "cell",
                    ),
                    self.para(markup(copy.note), "cell"),
                ]
            )
        table = Table(data, colWidths=[self.width * s for s in (0.12, 0.38, 0.5)], repeatRows=1)
        table.setStyle(self.table_style(banded=False))
        total = sheet.copies_total
        originals = words("originals_one" if total == 1 else "originals_other", count=total)
        signatories = len(sheet.seats)
        if signatories == 1:
            summary = words("signatures_one", originals=originals)
        else:
            summary = words(
                "signatures",
                originals=originals,
                signatories=signatories,
                signatures=total * signatories,
            )
        return [KeepTogether([heading, table, Spacer(1, 3), self.para(markup(summary), "body")])]


def _time(words: _Words, local: datetime | None) -> str:
    return words.shared.time(local) if local is not None else ""


def _day_label(sheet: RunSheet, words: _Words) -> str:
    day = sheet.day
    return words.shared.full_date(day) if day is not None else ""
