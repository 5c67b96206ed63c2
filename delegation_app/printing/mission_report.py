"""The mission report (A4, French or English): what the agency shows its board.

A title page with the mission and its key figures, then one section per subject, each a
bookmark and the running header of its pages: the B2B meetings (in all, by sector of
excellence, by organisation) and the follow-ups they left; the leads by stage with the jobs and
investment expected, and each lead; the agreements signed during the mission, in force, and in
preparation; the workshops and how full they were; the delegation by group and status.

Every figure comes from :func:`~delegation_app.services.mission_report.mission_report`, the
read model the workbook uses too. User text is escaped; the file is written to a temporary
file and moved into place.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from babel.dates import format_skeleton
from babel.numbers import format_compact_currency, format_currency, format_decimal, format_percent
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepInFrame,
    KeepTogether,
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
    mark,
    write_pdf_atomically,
)
from delegation_app.printing.fonts import BOLD
from delegation_app.printing.labels import Wording
from delegation_app.printing.styles import ACCENT, MUTED, RULE, TINT
from delegation_app.printing.text import clean, join, join_markup, markup, nbsp, tag
from delegation_app.services.leads import LeadRow, stage_label
from delegation_app.services.mission_report import (
    PARTICIPANT_STATUSES,
    Amount,
    GroupLine,
    LeadFigures,
    MeetingCounts,
    MissionReport,
    ReportAgreement,
)
from delegation_app.services.sectors import sector_label
from delegation_app.storage.models import ParticipantStatus

REPORT_WORDING: dict[str, dict[str, str]] = {
    "fr": {
        "report": "Rapport de mission",
        "issued_on": "Établi le {date}",
        "key_figures": "Chiffres clés",
        "meetings_held_one": "rendez-vous tenu",
        "meetings_held_other": "rendez-vous tenus",
        "of_requested_one": "sur {count} demandé",
        "of_requested_other": "sur {count} demandés",
        "leads_open_one": "prospect suivi",
        "leads_open_other": "prospects suivis",
        "leads_settled_one": "dont {count} implanté",
        "leads_settled_other": "dont {count} implantés",
        "jobs_one": "emploi attendu",
        "jobs_other": "emplois attendus",
        "investment": "d'investissement attendu",
        "no_investment": "aucun montant indiqué",
        "agreements_signed_one": "accord signé",
        "agreements_signed_other": "accords signés",
        "in_force_one": "{count} autre en vigueur",
        "in_force_other": "{count} autres en vigueur",
        "delegates_one": "délégué",
        "delegates_other": "délégués",
        "cancelled_one": "{count} désistement",
        "cancelled_other": "{count} désistements",
        "meetings": "Rendez-vous B2B",
        "meetings_intro": (
            "Chaque rendez-vous demandé compte une fois, selon ce qu'il est devenu : tenu, "
            "annulé, absence de l'entreprise, encore programmé ou en attente d'un créneau."
        ),
        "requested": "Demandés",
        "held": "Tenus",
        "cancelled_col": "Annulés",
        "no_show": "Absents",
        "scheduled": "Prévus",
        "waiting": "En attente",
        "by_sector": "Par secteur",
        "by_organisation": "Par organisation",
        "sector": "Secteur",
        "organisation": "Organisation",
        "city": "Ville",
        "total": "Total",
        "no_meetings": "Aucun rendez-vous n'a été demandé pour cette mission.",
        "follow_ups_one": "{count} action de suivi est ouverte ({late} en retard au {date}).",
        "follow_ups_other": (
            "{count} actions de suivi sont ouvertes ({late} en retard au {date})."
        ),
        "no_follow_ups": "Aucune action de suivi n'est ouverte.",
        "leads": "Prospects",
        "leads_intro": (
            "Les entreprises qui étudient une implantation, suivies depuis un rendez-vous de "
            "cette mission (ou d'une mission antérieure, revues pendant celle-ci)."
        ),
        "by_stage": "Par étape",
        "stage": "Étape",
        "count": "Prospects",
        "jobs_col": "Emplois attendus",
        "investment_col": "Investissement attendu",
        "pipeline": "Total hors perdus",
        "each_lead": "Les prospects",
        "company": "Entreprise",
        "next_action": "Prochaine action",
        "no_leads": "Aucun prospect n'est issu de cette mission.",
        "agreements": "Accords",
        "signed_during": "Signés pendant la mission",
        "in_force_title": "En vigueur et concernant la mission",
        "in_preparation": "En préparation",
        "agreement": "Accord",
        "partners": "Partenaires",
        "signature": "Signature",
        "signatories": "Signataires",
        "status": "Statut",
        "none": "Aucun.",
        "workshops": "Ateliers",
        "workshop": "Atelier",
        "date": "Date",
        "registered": "Inscrits",
        "seats": "Places",
        "fill": "Remplissage",
        "no_workshops": "La mission ne comptait pas d'atelier.",
        "delegation": "Délégation",
        "delegation_intro": (
            "Un délégué membre de deux groupes figure dans chacun ; le total le compte une fois."
        ),
        "group": "Groupe",
        "no_group": "Sans groupe",
        "no_delegates": "Personne n'est encore inscrit à la mission.",
        "status_invited": "Invités",
        "status_registered": "Inscrits",
        "status_confirmed": "Confirmés",
        "status_waitlisted": "En attente",
        "status_cancelled": "Désistés",
        "dash": "—",
    },
    "en": {
        "report": "Mission report",
        "issued_on": "Issued on {date}",
        "key_figures": "Key figures",
        "meetings_held_one": "meeting held",
        "meetings_held_other": "meetings held",
        "of_requested_one": "of {count} requested",
        "of_requested_other": "of {count} requested",
        "leads_open_one": "lead followed",
        "leads_open_other": "leads followed",
        "leads_settled_one": "{count} of them settled",
        "leads_settled_other": "{count} of them settled",
        "jobs_one": "job expected",
        "jobs_other": "jobs expected",
        "investment": "investment expected",
        "no_investment": "no amount given",
        "agreements_signed_one": "agreement signed",
        "agreements_signed_other": "agreements signed",
        "in_force_one": "{count} more in force",
        "in_force_other": "{count} more in force",
        "delegates_one": "delegate",
        "delegates_other": "delegates",
        "cancelled_one": "{count} cancelled",
        "cancelled_other": "{count} cancelled",
        "meetings": "B2B meetings",
        "meetings_intro": (
            "Each meeting requested counts once, by what became of it: held, cancelled, the "
            "company did not come, still scheduled, or waiting for a time."
        ),
        "requested": "Requested",
        "held": "Held",
        "cancelled_col": "Cancelled",
        "no_show": "No-show",
        "scheduled": "Scheduled",
        "waiting": "Waiting",
        "by_sector": "By sector",
        "by_organisation": "By organisation",
        "sector": "Sector",
        "organisation": "Organisation",
        "city": "City",
        "total": "Total",
        "no_meetings": "No meeting was requested for this mission.",
        "follow_ups_one": "{count} follow-up action is open ({late} overdue on {date}).",
        "follow_ups_other": "{count} follow-up actions are open ({late} overdue on {date}).",
        "no_follow_ups": "No follow-up action is open.",
        "leads": "Leads",
        "leads_intro": (
            "The companies studying a location, followed since a meeting of this mission (or "
            "of an earlier one, met again during it)."
        ),
        "by_stage": "By stage",
        "stage": "Stage",
        "count": "Leads",
        "jobs_col": "Jobs expected",
        "investment_col": "Investment expected",
        "pipeline": "Total without the lost ones",
        "each_lead": "The leads",
        "company": "Company",
        "next_action": "Next action",
        "no_leads": "No lead came from this mission.",
        "agreements": "Agreements",
        "signed_during": "Signed during the mission",
        "in_force_title": "In force and concerning the mission",
        "in_preparation": "In preparation",
        "agreement": "Agreement",
        "partners": "Partners",
        "signature": "Signature",
        "signatories": "Signatories",
        "status": "Status",
        "none": "None.",
        "workshops": "Workshops",
        "workshop": "Workshop",
        "date": "Date",
        "registered": "Registered",
        "seats": "Seats",
        "fill": "Filled",
        "no_workshops": "The mission had no workshop.",
        "delegation": "Delegation",
        "delegation_intro": (
            "A delegate in two groups appears in each; the total counts them once."
        ),
        "group": "Group",
        "no_group": "In no group",
        "no_delegates": "Nobody is registered for the mission yet.",
        "status_invited": "Invited",
        "status_registered": "Registered",
        "status_confirmed": "Confirmed",
        "status_waitlisted": "Waitlisted",
        "status_cancelled": "Cancelled",
        "dash": "—",
    },
}

_PADDING = 3.0


def _hex(color: object) -> str:
    return "#" + str(color.hexval())[2:]  # type: ignore[attr-defined]


class _Words:
    def __init__(self, language: str) -> None:
        self.shared = Wording(language)  # refuses a language other than fr or en
        self.language = language
        self.locale = self.shared.locale
        self._table = REPORT_WORDING[language]
        pattern = self.locale.currency_formats["standard"].pattern
        self._money = pattern.replace(".00", "")

    def __call__(self, key: str, **values: object) -> str:
        return self._table[key].format(**values)

    def counted(self, key: str, count: int, **values: object) -> str:
        """The wording for ``count`` (``key_one`` or ``key_other``, CLDR's plural rules: 0 is
        singular in French), ``{count}`` filled in."""
        form = "one" if self.locale.plural_form(count) == "one" else "other"
        return self(f"{key}_{form}", count=self.number(count), **values)

    def number(self, value: int) -> str:
        return nbsp(format_decimal(value, locale=self.locale))

    def money(self, amount: Amount) -> str:
        text = format_currency(
            amount.amount,
            amount.currency,
            format=self._money,
            locale=self.locale,
            currency_digits=False,
        )
        return nbsp(text)

    def compact_money(self, amount: Amount) -> str:
        text = format_compact_currency(
            amount.amount, amount.currency, locale=self.locale, fraction_digits=1
        )
        return nbsp(text)

    def amounts(self, amounts: Sequence[Amount], *, compact: bool = False) -> str:
        if not amounts:
            return self("dash")
        show = self.compact_money if compact else self.money
        return " + ".join(show(a) for a in amounts)

    def percent(self, share: float) -> str:
        return nbsp(format_percent(share, locale=self.locale))

    def long_date(self, day: date) -> str:
        return self.shared.date_range(day, day)

    def day(self, day: date) -> str:
        """A short date with its year, for tables: "6 févr. 2018", "Feb 6, 2018"."""
        return nbsp(format_skeleton("yMMMd", day, locale=self.locale))


def render_mission_report(
    report: MissionReport, path: Path, *, language: str, organisation: str | None = None
) -> Path:
    """Print the report to ``path`` (A4); the file appears only once complete."""
    words = _Words(language)

    def build(target: Path) -> None:
        title = clean(report.mission.title(language))
        document = DelegationDocument(
            target,
            title=f"{words('report')} — {title}",
            running_title=f"{words('report')} · {title}",
            footer_note=f"{title} · " + words("issued_on", date=words.long_date(report.issued_on)),
            page_label=lambda page, total: words.shared("page", page=page, total=total),
            language=language,
            subject=words("report"),
            author=organisation or report.mission.organiser or "",
        )
        document.build_story(_ReportStory(report, words, document).story())

    return write_pdf_atomically(Path(path), build)


class _ReportStory:
    def __init__(self, report: MissionReport, words: _Words, document: DelegationDocument):
        self.report = report
        self.words = words
        self.language = words.language
        self.styles = document.styles
        self.width: float = document.width
        self.cover_height: float = document.cover_height
        base = document.base_size
        self.right = ParagraphStyle("cell_right", parent=self.styles["cell"], alignment=TA_RIGHT)
        self.right_bold = ParagraphStyle(
            "cell_right_bold", parent=self.styles["cell_bold"], alignment=TA_RIGHT
        )
        self.header_right = ParagraphStyle(
            "table_header_right", parent=self.styles["table_header"], alignment=TA_RIGHT
        )
        self.loose_heading = ParagraphStyle(
            "heading_loose", parent=self.styles["heading"], keepWithNext=0
        )
        self.figure = ParagraphStyle(
            "figure",
            parent=self.styles["body"],
            fontName=BOLD,
            fontSize=base * 2.3,
            leading=base * 2.7,
            textColor=ACCENT,
            alignment=TA_CENTER,
        )
        self.figure_label = ParagraphStyle(
            "figure_label", parent=self.styles["body"], alignment=TA_CENTER
        )
        self.figure_note = ParagraphStyle(
            "figure_note", parent=self.styles["muted"], alignment=TA_CENTER
        )

    def para(self, text: str, style: str | ParagraphStyle) -> Paragraph:
        return Paragraph(text, self.styles[style] if isinstance(style, str) else style)

    def story(self) -> list[Flowable]:
        return [
            *self.cover(),
            NextPageTemplate(CONTENT),
            PageBreak(),
            *self.meetings(),
            *self.leads(),
            PageBreak(),
            *self.agreements(),
            *self.workshops(),
            *self.delegation(),
        ]

    # Shared pieces -------------------------------------------------------------------------

    def section(self, key: str) -> Flowable:
        title = self.words(key)
        return mark(
            self.para(markup(title), "title"),
            running_label=title,
            outline=OutlineEntry(key, title),
        )

    def heading(self, key: str) -> Paragraph:
        return self.para(markup(self.words(key)), "heading")

    def long_table_heading(self, key: str) -> list[Flowable]:
        """The heading of a table that may run over pages: it starts on this page if a few
        rows fit under it. (Kept with the next flowable, it would push the whole table to the
        next page.)"""
        return [
            CondPageBreak(self.styles["cell"].leading * 8),
            self.para(markup(self.words(key)), self.loose_heading),
        ]

    def note(self, key: str, **values: object) -> Paragraph:
        return self.para(markup(self.words(key, **values)), "muted")

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Flowable]],
        shares: Sequence[float],
        *,
        numeric_from: int,
        total: bool = False,
    ) -> Table:
        """A table whose columns from ``numeric_from`` on are numbers (right-aligned)."""
        head = [
            self.para(markup(text), self.header_right if i >= numeric_from else "table_header")
            for i, text in enumerate(header)
        ]
        data: list[list[Flowable]] = [head, *[list(r) for r in rows]]
        table = Table(data, colWidths=[self.width * s for s in shares], repeatRows=1)
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ]
        banded = len(data) - 1 if total else len(data)
        commands += [("BACKGROUND", (0, r), (-1, r), TINT) for r in range(2, banded, 2)]
        if total:
            commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT))
        table.setStyle(TableStyle(commands))
        return table

    def cell(self, text: str, *, bold: bool = False) -> Paragraph:
        return self.para(text, "cell_bold" if bold else "cell")

    def num(self, text: str, *, bold: bool = False) -> Paragraph:
        return self.para(text, self.right_bold if bold else self.right)

    def count(self, value: int, *, bold: bool = False) -> Paragraph:
        return self.num(self.words.number(value), bold=bold)

    # Cover ---------------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        report, words = self.report, self.words
        mission = report.mission
        cities = list(dict.fromkeys(stop.city for stop in mission.stops))
        countries = list(
            dict.fromkeys(words.shared.country(stop.country) for stop in mission.stops)
        )
        place = join(cities)
        if countries:
            place = f"{place} — {join(countries, ', ')}"
        story: list[Flowable] = [
            Spacer(1, self.cover_height * 0.06),
            self.para(markup(words("report").upper()), "kicker"),
            self.para(markup(mission.title(self.language)), "cover_title"),
            self.para(place, "cover_line"),
            self.para(
                markup(words.shared.date_range(mission.start_date, mission.end_date)),
                "cover_line",
            ),
        ]
        if mission.partner_event:
            story.append(self.para(markup(mission.partner_event), "cover_event"))
        story += [
            Spacer(1, self.cover_height * 0.07),
            self.para(markup(words("key_figures")), "heading"),
            self.key_figures(),
            Spacer(1, 16),
        ]
        issued = words("issued_on", date=words.long_date(report.issued_on))
        story.append(self.para(markup(join([mission.organiser, issued], " · ")), "cover_note"))
        return [KeepInFrame(self.width, self.cover_height, story, mode="shrink")]

    def key_figures(self) -> Table:
        report, words = self.report, self.words
        pipeline = report.pipeline
        cancelled = report.delegation_total.count(ParticipantStatus.CANCELLED)
        present = report.delegation_total.total - cancelled
        boxes = [
            (
                words.number(report.meetings.held),
                words.counted("meetings_held", report.meetings.held),
                words.counted("of_requested", report.meetings.requested),
            ),
            (
                words.number(pipeline.leads),
                words.counted("leads_open", pipeline.leads),
                words.counted("leads_settled", report.settled.leads),
            ),
            (
                words.number(pipeline.jobs_expected),
                words.counted("jobs", pipeline.jobs_expected),
                "",
            ),
            (
                words.amounts(pipeline.investment, compact=True)
                if pipeline.investment
                else words("dash"),
                words("investment"),
                "" if pipeline.investment else words("no_investment"),
            ),
            (
                words.number(len(report.agreements_signed)),
                words.counted("agreements_signed", len(report.agreements_signed)),
                words.counted("in_force", len(report.agreements_in_force)),
            ),
            (
                words.number(present),
                words.counted("delegates", present),
                words.counted("cancelled", cancelled) if cancelled else "",
            ),
        ]
        cells = [
            [
                self.para(markup(figure), self.figure),
                self.para(markup(label), self.figure_label),
                self.para(markup(note), self.figure_note),
            ]
            for figure, label, note in boxes
        ]
        grid = [cells[0:3], cells[3:6]]
        table = Table(grid, colWidths=[self.width / 3] * 3)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), TINT),
                    ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                    ("INNERGRID", (0, 0), (-1, -1), 3, "white"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 10),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ]
            )
        )
        return table

    # Meetings ------------------------------------------------------------------------------

    def _count_cells(self, counts: MeetingCounts, *, bold: bool = False) -> list[Flowable]:
        return [
            self.count(value, bold=bold)
            for value in (
                counts.requested,
                counts.held,
                counts.cancelled,
                counts.no_show,
                counts.scheduled,
                counts.waiting,
            )
        ]

    def _count_header(self) -> list[str]:
        keys = ("requested", "held", "cancelled_col", "no_show", "scheduled", "waiting")
        return [self.words(key) for key in keys]

    def meetings(self) -> list[Flowable]:
        report, words = self.report, self.words
        if not report.meetings.requested:
            return [self.section("meetings"), self.note("no_meetings"), *self.follow_ups()]
        numbers = [0.12] * 6
        opening = [
            self.section("meetings"),
            self.para(markup(words("meetings_intro")), "subtitle"),
            self.heading("by_sector"),
            self.table(
                [words("sector"), *self._count_header()],
                [
                    [self.cell(markup(line.label(self.language))), *self._count_cells(line.counts)]
                    for line in report.meetings_by_sector
                ]
                + [
                    [
                        self.cell(markup(words("total")), bold=True),
                        *self._count_cells(report.meetings, bold=True),
                    ]
                ],
                [0.28, *numbers],
                numeric_from=1,
                total=True,
            ),
        ]
        return [
            KeepTogether(opening),
            *self.long_table_heading("by_organisation"),
            self.table(
                [words("organisation"), *self._count_header()],
                [
                    [
                        self.cell(
                            join_markup(
                                [
                                    tag("b", markup(line.organisation)),
                                    self.muted(join([line.city, line.sector_label(self.language)])),
                                ],
                                "<br/>",
                            )
                        ),
                        *self._count_cells(line.counts),
                    ]
                    for line in report.meetings_by_organisation
                ],
                [0.34, *([0.11] * 6)],
                numeric_from=1,
            ),
            Spacer(1, 6),
            *self.follow_ups(),
        ]

    def follow_ups(self) -> list[Flowable]:
        report, words = self.report, self.words
        if not report.open_actions:
            return [self.note("no_follow_ups")]
        text = words.counted(
            "follow_ups",
            report.open_actions,
            late=words.number(report.overdue_actions),
            date=words.long_date(report.issued_on),
        )
        return [self.para(markup(text), "muted")]

    def muted(self, text: str) -> str:
        return f'<font color="{_hex(MUTED)}">{text}</font>' if text else ""

    # Leads ---------------------------------------------------------------------------------

    def _figure_cells(self, figures: LeadFigures, *, bold: bool = False) -> list[Flowable]:
        return [
            self.count(figures.leads, bold=bold),
            self.count(figures.jobs_expected, bold=bold),
            self.num(markup(self.words.amounts(figures.investment)), bold=bold),
        ]

    def leads(self) -> list[Flowable]:
        report, words = self.report, self.words
        if not report.leads:
            return [Spacer(1, 10), self.section("leads"), self.note("no_leads")]
        opening = [
            Spacer(1, 10),
            self.section("leads"),
            self.para(markup(words("leads_intro")), "subtitle"),
            self.heading("by_stage"),
            self.table(
                [words("stage"), words("count"), words("jobs_col"), words("investment_col")],
                [
                    [
                        self.cell(markup(stage_label(line.stage, self.language))),
                        *self._figure_cells(line.figures),
                    ]
                    for line in report.leads_by_stage
                ]
                + [
                    [
                        self.cell(markup(words("pipeline")), bold=True),
                        *self._figure_cells(report.pipeline, bold=True),
                    ]
                ],
                [0.34, 0.14, 0.18, 0.34],
                numeric_from=1,
                total=True,
            ),
        ]
        return [
            KeepTogether(opening),
            *self.long_table_heading("each_lead"),
            self.table(
                [
                    words("company"),
                    words("stage"),
                    words("next_action"),
                    words("jobs_col"),
                    words("investment_col"),
                ],
                [self.lead_row(lead) for lead in report.leads],
                [0.27, 0.13, 0.3, 0.12, 0.18],
                numeric_from=3,
            ),
        ]

    def lead_row(self, lead: LeadRow) -> list[Flowable]:
        words = self.words
        company = join_markup(
            [
                tag("b", markup(lead.organisation)),
                self.muted(markup(sector_label(lead.sector, self.language))),
            ],
            "<br/>",
        )
        action = (
            join_markup(
                [
                    markup(lead.next_action),
                    self.muted(markup(words.day(lead.next_action_due)))
                    if lead.next_action_due
                    else "",
                ],
                "<br/>",
            )
            if lead.next_action
            else markup(words("dash"))
        )
        investment = (
            [Amount(lead.investment_currency, lead.investment_expected)]
            if lead.investment_expected is not None and lead.investment_currency
            else []
        )
        return [
            self.cell(company),
            self.cell(markup(lead.stage_label(self.language))),
            self.para(action, "cell_small"),
            self.num(
                words.number(lead.jobs_expected)
                if lead.jobs_expected is not None
                else words("dash")
            ),
            self.num(markup(words.amounts(investment))),
        ]

    # Agreements ----------------------------------------------------------------------------

    def agreements(self) -> list[Flowable]:
        report = self.report
        story: list[Flowable] = [self.section("agreements")]
        for key, rows in (
            ("signed_during", report.agreements_signed),
            ("in_force_title", report.agreements_in_force),
            ("in_preparation", report.agreements_in_preparation),
        ):
            story.append(
                KeepTogether(
                    [self.heading(key), self.agreement_table(rows) if rows else self.note("none")]
                )
            )
        return story

    def agreement_table(self, rows: Sequence[ReportAgreement]) -> Table:
        words, language = self.words, self.language
        return self.table(
            [words("agreement"), words("partners"), words("signature"), words("signatories")],
            [
                [
                    self.cell(
                        join_markup(
                            [
                                tag("b", markup(row.title(language))),
                                self.muted(
                                    markup(
                                        f"{row.kind_label(language)} · {row.status_label(language)}"
                                    )
                                ),
                            ],
                            "<br/>",
                        )
                    ),
                    self.para(join(row.partners, "<br/>") or words("dash"), "cell_small"),
                    self.para(
                        join_markup(
                            [
                                markup(words.long_date(row.signing_date))
                                if row.signing_date
                                else markup(words("dash")),
                                self.muted(markup(row.signing_place)),
                            ],
                            "<br/>",
                        ),
                        "cell_small",
                    ),
                    self.para(join(row.signatories, "<br/>") or words("dash"), "cell_small"),
                ]
                for row in rows
            ],
            [0.38, 0.22, 0.18, 0.22],
            numeric_from=4,
        )

    # Workshops -----------------------------------------------------------------------------

    def workshops(self) -> list[Flowable]:
        report, words = self.report, self.words
        story: list[Flowable] = [Spacer(1, 10), self.section("workshops")]
        if not report.workshops:
            return [KeepTogether([*story, self.note("no_workshops")])]
        rows = []
        for workshop in report.workshops:
            fill = (
                words.percent(workshop.registered / workshop.capacity)
                if workshop.capacity
                else words("dash")
            )
            rows.append(
                [
                    self.cell(
                        join_markup(
                            [
                                tag("b", markup(workshop.title(self.language))),
                                self.muted(markup(sector_label(workshop.sector, self.language)))
                                if workshop.sector
                                else "",
                            ],
                            "<br/>",
                        )
                    ),
                    self.para(
                        markup(
                            f"{words.shared.short_date(workshop.start_local.date())} "
                            f"{words.shared.time(workshop.start_local)}"
                        ),
                        "cell_small",
                    ),
                    self.count(workshop.registered),
                    self.num(
                        words.number(workshop.capacity)
                        if workshop.capacity is not None
                        else words("dash")
                    ),
                    self.num(fill),
                ]
            )
        header = [
            words("workshop"),
            words("date"),
            words("registered"),
            words("seats"),
            words("fill"),
        ]
        table = self.table(header, rows, [0.46, 0.18, 0.12, 0.12, 0.12], numeric_from=2)
        return [KeepTogether([*story, table])]

    # Delegation ----------------------------------------------------------------------------

    def delegation(self) -> list[Flowable]:
        report, words = self.report, self.words
        story: list[Flowable] = [Spacer(1, 10), self.section("delegation")]
        if not report.delegation_total.total:
            return [KeepTogether([*story, self.note("no_delegates")])]
        story.append(self.para(markup(words("delegation_intro")), "subtitle"))

        def row(line: GroupLine, name: str, *, bold: bool = False) -> list[Flowable]:
            return [
                self.cell(markup(name), bold=bold),
                *[self.count(line.count(s), bold=bold) for s in PARTICIPANT_STATUSES],
                self.count(line.total, bold=bold),
            ]

        rows = [row(line, line.name or words("no_group")) for line in report.delegation]
        rows.append(row(report.delegation_total, words("total"), bold=True))
        story.append(
            self.table(
                [
                    words("group"),
                    *[words(f"status_{s.value}") for s in PARTICIPANT_STATUSES],
                    words("total"),
                ],
                rows,
                [0.28, *([0.12] * len(PARTICIPANT_STATUSES)), 0.12],
                numeric_from=1,
                total=True,
            )
        )
        return [KeepTogether(story)]
