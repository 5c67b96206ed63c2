"""The mission report as an XLSX workbook: one sheet per section, for the board's own tables.

The figures are those of :func:`~delegation_app.services.mission_report.mission_report`, the
read model of the printed report. Counts and amounts are numbers, dates are date cells, and no
text is ever stored as a formula (the table writer of the other exports). Investment is given
per currency, one column each: amounts in different currencies are never added.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from delegation_app.errors import ValidationError
from delegation_app.interchange.xlsx_table import (
    Cell,
    Column,
    Sheet,
    write_atomically,
    write_workbook,
)
from delegation_app.messages import say
from delegation_app.services.leads import stage_label
from delegation_app.services.mission_report import (
    PARTICIPANT_STATUSES,
    LeadFigures,
    MeetingCounts,
    MissionReport,
    ReportAgreement,
)
from delegation_app.services.sectors import sector_label
from delegation_app.storage.models import ParticipantStatus

LANGUAGES = ("fr", "en")

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Rapport de mission",
        "summary": "Synthèse",
        "figure": "Indicateur",
        "value": "Valeur",
        "mission": "Mission",
        "first_day": "Premier jour",
        "last_day": "Dernier jour",
        "issued_on": "Établi le",
        "meetings_requested": "Rendez-vous demandés",
        "meetings_held": "Rendez-vous tenus",
        "meetings_cancelled": "Rendez-vous annulés",
        "meetings_no_show": "Rendez-vous sans l'entreprise (absents)",
        "meetings_scheduled": "Rendez-vous encore prévus",
        "meetings_waiting": "Rendez-vous en attente d'un créneau",
        "leads_pipeline": "Prospects suivis (hors perdus)",
        "leads_settled": "Prospects implantés",
        "jobs_pipeline": "Emplois attendus (hors perdus)",
        "investment_in": "Investissement attendu (hors perdus), {currency}",
        "agreements_signed": "Accords signés pendant la mission",
        "agreements_in_force": "Autres accords en vigueur la concernant",
        "workshops": "Ateliers",
        "registered": "Inscrits",
        "delegates": "Délégués (hors désistements)",
        "open_actions": "Actions de suivi ouvertes",
        "overdue_actions": "Actions de suivi en retard",
        "by_sector": "Rendez-vous par secteur",
        "by_organisation": "Rendez-vous par organisation",
        "sector": "Secteur",
        "organisation": "Organisation",
        "city": "Ville",
        "requested": "Demandés",
        "held": "Tenus",
        "cancelled": "Annulés",
        "no_show": "Absents",
        "scheduled": "Prévus",
        "waiting": "En attente",
        "total": "Total",
        "leads_by_stage": "Prospects par étape",
        "stage": "Étape",
        "leads": "Prospects",
        "jobs": "Emplois attendus",
        "investment_column": "Investissement attendu ({currency})",
        "pipeline": "Total hors perdus",
        "company": "Entreprise",
        "stage_since": "Étape atteinte le",
        "origin": "Mission d'origine",
        "investment": "Investissement attendu",
        "currency": "Devise",
        "next_action": "Prochaine action",
        "due": "Échéance",
        "owner": "Suivi par",
        "agreements": "Accords",
        "list": "Liste",
        "signed_during": "Signé pendant la mission",
        "in_force": "En vigueur, concerne la mission",
        "in_preparation": "En préparation",
        "agreement": "Accord",
        "kind": "Type",
        "status": "Statut",
        "partners": "Partenaires",
        "signing_date": "Date de signature",
        "signing_place": "Lieu de signature",
        "signatories": "Signataires",
        "workshop": "Atelier",
        "day": "Date",
        "start": "Début",
        "seats": "Places",
        "delegation": "Délégation",
        "group": "Groupe",
        "no_group": "Sans groupe",
        "status_invited": "Invités",
        "status_registered": "Inscrits",
        "status_confirmed": "Confirmés",
        "status_waitlisted": "En attente",
        "status_cancelled": "Désistés",
    },
    "en": {
        "title": "Mission report",
        "summary": "Summary",
        "figure": "Figure",
        "value": "Value",
        "mission": "Mission",
        "first_day": "First day",
        "last_day": "Last day",
        "issued_on": "Issued on",
        "meetings_requested": "Meetings requested",
        "meetings_held": "Meetings held",
        "meetings_cancelled": "Meetings cancelled",
        "meetings_no_show": "Meetings the company missed (no-show)",
        "meetings_scheduled": "Meetings still scheduled",
        "meetings_waiting": "Meetings waiting for a time",
        "leads_pipeline": "Leads followed (without the lost ones)",
        "leads_settled": "Leads settled",
        "jobs_pipeline": "Jobs expected (without the lost leads)",
        "investment_in": "Investment expected (without the lost leads), {currency}",
        "agreements_signed": "Agreements signed during the mission",
        "agreements_in_force": "Other agreements in force that concern it",
        "workshops": "Workshops",
        "registered": "Registered",
        "delegates": "Delegates (without cancellations)",
        "open_actions": "Follow-up actions open",
        "overdue_actions": "Follow-up actions overdue",
        "by_sector": "Meetings by sector",
        "by_organisation": "Meetings by organisation",
        "sector": "Sector",
        "organisation": "Organisation",
        "city": "City",
        "requested": "Requested",
        "held": "Held",
        "cancelled": "Cancelled",
        "no_show": "No-show",
        "scheduled": "Scheduled",
        "waiting": "Waiting",
        "total": "Total",
        "leads_by_stage": "Leads by stage",
        "stage": "Stage",
        "leads": "Leads",
        "jobs": "Jobs expected",
        "investment_column": "Investment expected ({currency})",
        "pipeline": "Total without the lost ones",
        "company": "Company",
        "stage_since": "Stage reached on",
        "origin": "Mission of origin",
        "investment": "Investment expected",
        "currency": "Currency",
        "next_action": "Next action",
        "due": "Due",
        "owner": "Followed by",
        "agreements": "Agreements",
        "list": "List",
        "signed_during": "Signed during the mission",
        "in_force": "In force, concerns the mission",
        "in_preparation": "In preparation",
        "agreement": "Agreement",
        "kind": "Kind",
        "status": "Status",
        "partners": "Partners",
        "signing_date": "Signing date",
        "signing_place": "Signing place",
        "signatories": "Signatories",
        "workshop": "Workshop",
        "day": "Date",
        "start": "Start",
        "seats": "Seats",
        "delegation": "Delegation",
        "group": "Group",
        "no_group": "In no group",
        "status_invited": "Invited",
        "status_registered": "Registered",
        "status_confirmed": "Confirmed",
        "status_waitlisted": "Waitlisted",
        "status_cancelled": "Cancelled",
    },
}

_COUNT_KEYS = ("requested", "held", "cancelled", "no_show", "scheduled", "waiting")


def export_mission_report_xlsx(report: MissionReport, path: Path, *, language: str) -> Path:
    """Write the report to ``path`` (.xlsx), a sheet per section; returns the path."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("output", say("'{name}' must end in .xlsx", name=path.name))
    if language not in LANGUAGES:
        raise ValidationError("language", say("'{language}' is not fr or en", language=language))
    builder = _Workbook(report, language)
    sheets = builder.sheets()
    words = WORDS[language]
    write_atomically(
        path,
        lambda target: write_workbook(
            target,
            sheets,
            language=language,
            title=words["title"],
            described=report.mission.title(language),
        ),
    )
    return path


class _Workbook:
    def __init__(self, report: MissionReport, language: str) -> None:
        self.report = report
        self.language = language
        self.words = WORDS[language]

    def column(self, key: str, width: int, **values: str) -> Column:
        return Column(key, self.words[key].format(**values), width)

    def sheets(self) -> list[Sheet]:
        return [
            self.summary(),
            self.by_sector(),
            self.by_organisation(),
            self.leads_by_stage(),
            self.leads(),
            self.agreements(),
            self.workshops(),
            self.delegation(),
        ]

    def summary(self) -> Sheet:
        report, w = self.report, self.words
        mission = report.mission
        pipeline = report.pipeline
        cancelled = report.delegation_total.count(ParticipantStatus.CANCELLED)
        rows: list[tuple[str, Cell]] = [
            (w["mission"], mission.title(self.language)),
            (w["first_day"], mission.start_date),
            (w["last_day"], mission.end_date),
            (w["issued_on"], report.issued_on),
            (w["meetings_requested"], report.meetings.requested),
            (w["meetings_held"], report.meetings.held),
            (w["meetings_cancelled"], report.meetings.cancelled),
            (w["meetings_no_show"], report.meetings.no_show),
            (w["meetings_scheduled"], report.meetings.scheduled),
            (w["meetings_waiting"], report.meetings.waiting),
            (w["leads_pipeline"], pipeline.leads),
            (w["leads_settled"], report.settled.leads),
            (w["jobs_pipeline"], pipeline.jobs_expected),
            *[
                (w["investment_in"].format(currency=amount.currency), amount.amount)
                for amount in pipeline.investment
            ],
            (w["agreements_signed"], len(report.agreements_signed)),
            (w["agreements_in_force"], len(report.agreements_in_force)),
            (w["workshops"], len(report.workshops)),
            (w["delegates"], report.delegation_total.total - cancelled),
            (w["open_actions"], report.open_actions),
            (w["overdue_actions"], report.overdue_actions),
        ]
        return Sheet(
            w["summary"],
            [self.column("figure", 50), self.column("value", 40)],
            [list(row) for row in rows],
            date_keys={"value"},  # the date format goes to the date cells only
            freeze="A2",
        )

    def _counts(self, counts: MeetingCounts) -> list[Cell]:
        return [getattr(counts, key) for key in _COUNT_KEYS]

    def by_sector(self) -> Sheet:
        report, w = self.report, self.words
        table: list[list[Cell]] = [
            [line.label(self.language), *self._counts(line.counts)]
            for line in report.meetings_by_sector
        ]
        table.append([w["total"], *self._counts(report.meetings)])
        return Sheet(
            w["by_sector"],
            [self.column("sector", 34), *[self.column(k, 12) for k in _COUNT_KEYS]],
            table,
            freeze="B2",
        )

    def by_organisation(self) -> Sheet:
        report, w = self.report, self.words
        return Sheet(
            w["by_organisation"],
            [
                self.column("organisation", 36),
                self.column("sector", 30),
                self.column("city", 18),
                *[self.column(k, 12) for k in _COUNT_KEYS],
            ],
            [
                [
                    line.organisation,
                    line.sector_label(self.language),
                    line.city,
                    *self._counts(line.counts),
                ]
                for line in report.meetings_by_organisation
            ],
            freeze="B2",
        )

    def _currencies(self) -> list[str]:
        codes = {a.currency for line in self.report.leads_by_stage for a in line.figures.investment}
        return sorted(codes)

    def _figures(self, figures: LeadFigures, currencies: Sequence[str]) -> list[Cell]:
        amounts = {a.currency: a.amount for a in figures.investment}
        return [figures.leads, figures.jobs_expected, *[amounts.get(c, 0) for c in currencies]]

    def leads_by_stage(self) -> Sheet:
        report, w = self.report, self.words
        currencies = self._currencies()
        table: list[list[Cell]] = [
            [stage_label(line.stage, self.language), *self._figures(line.figures, currencies)]
            for line in report.leads_by_stage
        ]
        table.append([w["pipeline"], *self._figures(report.pipeline, currencies)])
        return Sheet(
            w["leads_by_stage"],
            [
                self.column("stage", 26),
                self.column("leads", 12),
                self.column("jobs", 16),
                *[
                    Column(f"investment_{c}", w["investment_column"].format(currency=c), 24)
                    for c in currencies
                ],
            ],
            table,
            freeze="B2",
        )

    def leads(self) -> Sheet:
        w = self.words
        return Sheet(
            w["leads"],
            [
                self.column("company", 32),
                self.column("sector", 28),
                self.column("stage", 16),
                self.column("stage_since", 14),
                self.column("origin", 30),
                self.column("jobs", 12),
                self.column("investment", 18),
                self.column("currency", 9),
                self.column("next_action", 50),
                self.column("due", 12),
                self.column("owner", 24),
            ],
            [
                [
                    lead.organisation,
                    sector_label(lead.sector, self.language) if lead.sector else None,
                    lead.stage_label(self.language),
                    lead.stage_since.date() if lead.stage_since else None,
                    lead.mission_title(self.language),
                    lead.jobs_expected,
                    lead.investment_expected,
                    lead.investment_currency,
                    lead.next_action,
                    lead.next_action_due,
                    lead.owner,
                ]
                for lead in self.report.leads
            ],
            date_keys={"stage_since", "due"},
            freeze="B2",
        )

    def _agreement(self, which: str, row: ReportAgreement) -> list[Cell]:
        return [
            self.words[which],
            row.title(self.language),
            row.kind_label(self.language),
            row.status_label(self.language),
            ", ".join(row.partners),
            row.signing_date,
            row.signing_place,
            ", ".join(row.signatories),
        ]

    def agreements(self) -> Sheet:
        report, w = self.report, self.words
        table = [
            *[self._agreement("signed_during", a) for a in report.agreements_signed],
            *[self._agreement("in_force", a) for a in report.agreements_in_force],
            *[self._agreement("in_preparation", a) for a in report.agreements_in_preparation],
        ]
        return Sheet(
            w["agreements"],
            [
                self.column("list", 30),
                self.column("agreement", 50),
                self.column("kind", 26),
                self.column("status", 16),
                self.column("partners", 34),
                self.column("signing_date", 14),
                self.column("signing_place", 26),
                self.column("signatories", 40),
            ],
            table,
            date_keys={"signing_date"},
        )

    def workshops(self) -> Sheet:
        w = self.words
        return Sheet(
            w["workshops"],
            [
                self.column("workshop", 56),
                self.column("day", 12),
                self.column("start", 8),
                self.column("sector", 28),
                self.column("registered", 12),
                self.column("seats", 10),
            ],
            [
                [
                    workshop.title(self.language),
                    workshop.start_local.date(),
                    f"{workshop.start_local:%H:%M}",
                    sector_label(workshop.sector, self.language) if workshop.sector else None,
                    workshop.registered,
                    workshop.capacity,
                ]
                for workshop in self.report.workshops
            ],
            date_keys={"day"},
            freeze="B2",
        )

    def delegation(self) -> Sheet:
        report, w = self.report, self.words
        table: list[list[Cell]] = [
            [
                line.name or w["no_group"],
                *[line.count(s) for s in PARTICIPANT_STATUSES],
                line.total,
            ]
            for line in report.delegation
        ]
        total = report.delegation_total
        table.append([w["total"], *[total.count(s) for s in PARTICIPANT_STATUSES], total.total])
        return Sheet(
            w["delegation"],
            [
                self.column("group", 32),
                *[self.column(f"status_{s.value}", 12) for s in PARTICIPANT_STATUSES],
                self.column("total", 10),
            ],
            table,
            freeze="B2",
        )
