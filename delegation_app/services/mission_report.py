"""The mission report: what the agency shows its board after a mission.

One read model, :func:`mission_report`, behind the printed report and its workbook, so both
always give the same figures:

- B2B meetings: how many were requested, held, cancelled or missed (no-show), and how many are
  still scheduled or waiting for a time; by sector (the sectors of excellence first, in their
  order) and by organisation;
- leads (those that began with the mission or were linked to one of its meetings) by stage,
  with the jobs and the investment they are expected to bring (investment totalled per
  currency: amounts in different currencies are never added up); the pipeline totals leave
  the lost leads out;
- agreements signed during the mission (its own, signed between its first and last day), those
  in force while it ran that concern it (its own, or with a partner of a country it visited),
  and its own still being prepared;
- workshops with the delegates registered and the seats of the room;
- the delegation by group and status (a delegate in two groups counts in both; the total counts
  each delegate once);
- follow-up actions the meetings left open, and how many of them are past their due date.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.services.agreements import (
    SIGNED_STATUSES,
    RegisterRow,
    kind_label,
    register_rows,
    status_label,
)
from delegation_app.services.follow_ups import list_follow_ups
from delegation_app.services.leads import STAGES, LeadRow, list_leads
from delegation_app.services.meetings import MeetingView, list_meetings
from delegation_app.services.missions import MissionView, get_mission
from delegation_app.services.sectors import canonical_sector, sector_label, sector_order
from delegation_app.services.validation import collation_key
from delegation_app.services.workshops import list_workshops
from delegation_app.storage.models import (
    AgreementKind,
    AgreementStatus,
    Group,
    GroupKind,
    LeadStage,
    MeetingStatus,
    Participant,
    ParticipantGroup,
    ParticipantStatus,
)

PARTICIPANT_STATUSES: tuple[ParticipantStatus, ...] = tuple(ParticipantStatus)


@dataclass(frozen=True)
class MeetingCounts:
    requested: int = 0
    """Every meeting asked for, whatever became of it."""
    held: int = 0
    cancelled: int = 0
    no_show: int = 0
    scheduled: int = 0
    """Proposed or confirmed, with no outcome recorded yet."""
    waiting: int = 0
    """Still requested: never given a time."""

    def add(self, status: MeetingStatus) -> MeetingCounts:
        field = {
            MeetingStatus.HELD: "held",
            MeetingStatus.CANCELLED: "cancelled",
            MeetingStatus.NO_SHOW: "no_show",
            MeetingStatus.PROPOSED: "scheduled",
            MeetingStatus.CONFIRMED: "scheduled",
            MeetingStatus.REQUESTED: "waiting",
        }[status]
        return replace(self, requested=self.requested + 1, **{field: getattr(self, field) + 1})


@dataclass(frozen=True)
class SectorLine:
    sector: str | None
    counts: MeetingCounts

    def label(self, language: str) -> str:
        return sector_label(self.sector, language)


@dataclass(frozen=True)
class OrganisationLine:
    organisation_id: int
    organisation: str
    sector: str | None
    city: str | None
    counts: MeetingCounts

    def sector_label(self, language: str) -> str:
        return sector_label(self.sector, language)


@dataclass(frozen=True)
class Amount:
    currency: str
    amount: int


@dataclass(frozen=True)
class LeadFigures:
    """Leads counted with the jobs and investment they are expected to bring."""

    leads: int
    jobs_expected: int
    investment: tuple[Amount, ...]
    """Per currency, by currency code."""


@dataclass(frozen=True)
class StageLine:
    stage: LeadStage
    figures: LeadFigures


@dataclass(frozen=True)
class ReportAgreement:
    id: int
    short: str
    title_fr: str
    title_en: str
    kind: AgreementKind
    status: AgreementStatus
    signing_date: date | None
    signing_place: str | None
    partners: tuple[str, ...]
    signatories: tuple[str, ...]
    of_mission: bool

    def title(self, language: str) -> str:
        return self.title_fr if language == "fr" else self.title_en

    def kind_label(self, language: str) -> str:
        return kind_label(self.kind, language)

    def status_label(self, language: str) -> str:
        return status_label(self.status, language)


@dataclass(frozen=True)
class ReportWorkshop:
    item_id: int
    title_fr: str
    title_en: str
    start_local: datetime
    start_zone: str
    sector: str | None
    registered: int
    capacity: int | None
    speakers: int

    def title(self, language: str) -> str:
        return self.title_fr if language == "fr" else self.title_en


@dataclass(frozen=True)
class GroupLine:
    group_id: int | None
    """None: the delegates in no group (or the total line)."""
    name: str | None
    kind: GroupKind | None
    by_status: tuple[tuple[ParticipantStatus, int], ...]
    """Every status, in the order of ``PARTICIPANT_STATUSES``."""

    @property
    def total(self) -> int:
        return sum(count for _, count in self.by_status)

    def count(self, status: ParticipantStatus) -> int:
        return dict(self.by_status)[status]


@dataclass(frozen=True)
class MissionReport:
    mission: MissionView
    issued_on: date
    meetings: MeetingCounts
    meetings_by_sector: tuple[SectorLine, ...]
    meetings_by_organisation: tuple[OrganisationLine, ...]
    """Most meetings held first, then by name."""
    leads: tuple[LeadRow, ...]
    leads_by_stage: tuple[StageLine, ...]
    """Every stage, in order, even those without a lead."""
    pipeline: LeadFigures
    """The leads not lost."""
    agreements_signed: tuple[ReportAgreement, ...]
    agreements_in_force: tuple[ReportAgreement, ...]
    agreements_in_preparation: tuple[ReportAgreement, ...]
    workshops: tuple[ReportWorkshop, ...]
    delegation: tuple[GroupLine, ...]
    """The mission's groups in their order, then the delegates in no group (if any)."""
    delegation_total: GroupLine
    open_actions: int
    overdue_actions: int

    @property
    def settled(self) -> LeadFigures:
        return next(s.figures for s in self.leads_by_stage if s.stage == LeadStage.SETTLED)


def _figures(leads: Iterable[LeadRow]) -> LeadFigures:
    rows = list(leads)
    amounts: Counter[str] = Counter()
    for row in rows:
        if row.investment_expected is not None and row.investment_currency is not None:
            amounts[row.investment_currency] += row.investment_expected
    return LeadFigures(
        leads=len(rows),
        jobs_expected=sum(row.jobs_expected or 0 for row in rows),
        investment=tuple(Amount(code, amounts[code]) for code in sorted(amounts)),
    )


def _counts(meetings: Iterable[MeetingView]) -> MeetingCounts:
    counts = MeetingCounts()
    for meeting in meetings:
        counts = counts.add(meeting.status)
    return counts


def _by_sector(meetings: Sequence[MeetingView]) -> tuple[SectorLine, ...]:
    groups: dict[str | None, list[MeetingView]] = defaultdict(list)
    for meeting in meetings:
        groups[canonical_sector(meeting.organisation_sector)].append(meeting)
    return tuple(
        SectorLine(sector, _counts(groups[sector])) for sector in sorted(groups, key=sector_order)
    )


def _by_organisation(meetings: Sequence[MeetingView]) -> tuple[OrganisationLine, ...]:
    groups: dict[int, list[MeetingView]] = defaultdict(list)
    for meeting in meetings:
        groups[meeting.organisation_id].append(meeting)
    lines = [
        OrganisationLine(
            organisation_id=org_id,
            organisation=rows[0].organisation,
            sector=canonical_sector(rows[0].organisation_sector),
            city=rows[0].organisation_city,
            counts=_counts(rows),
        )
        for org_id, rows in groups.items()
    ]
    lines.sort(key=lambda line: (-line.counts.held, collation_key(line.organisation)))
    return tuple(lines)


def _agreement(row: RegisterRow, mission_id: int) -> ReportAgreement:
    return ReportAgreement(
        id=row.id,
        short=row.short,
        title_fr=row.title_fr,
        title_en=row.title_en,
        kind=row.kind,
        status=row.status,
        signing_date=row.signing_date,
        signing_place=row.signing_place,
        partners=tuple(p.organisation for p in row.partners),
        signatories=tuple(s.name for s in row.signatories),
        of_mission=row.mission_id == mission_id,
    )


def _agreements(
    session: Session, mission: MissionView
) -> tuple[tuple[ReportAgreement, ...], tuple[ReportAgreement, ...], tuple[ReportAgreement, ...]]:
    countries = {stop.country for stop in mission.stops}
    signed: list[ReportAgreement] = []
    in_force: list[ReportAgreement] = []
    preparing: list[ReportAgreement] = []
    for row in register_rows(session):
        ours = row.mission_id == mission.id
        if row.status in SIGNED_STATUSES and row.signing_date is not None:
            during = mission.start_date <= row.signing_date <= mission.end_date
            if ours and during:
                signed.append(_agreement(row, mission.id))
                continue
            began = row.effective_date or row.signing_date
            running = began <= mission.end_date and (
                row.end_date is None or row.end_date >= mission.start_date
            )
            concerns = ours or bool(countries & set(row.partner_countries))
            if running and concerns:
                in_force.append(_agreement(row, mission.id))
        elif ours and row.status != AgreementStatus.TERMINATED:
            preparing.append(_agreement(row, mission.id))

    def by_date(rows: list[ReportAgreement]) -> tuple[ReportAgreement, ...]:
        return tuple(sorted(rows, key=lambda a: (a.signing_date or date.max, a.short)))

    return by_date(signed), by_date(in_force), tuple(sorted(preparing, key=lambda a: a.short))


def _delegation(session: Session, mission_id: int) -> tuple[tuple[GroupLine, ...], GroupLine]:
    statuses = dict(
        session.execute(
            select(Participant.id, Participant.status).where(Participant.mission_id == mission_id)
        ).all()
    )
    groups = list(
        session.execute(
            select(Group.id, Group.name, Group.kind)
            .where(Group.mission_id == mission_id)
            .order_by(Group.position, Group.id)
        )
    )
    members: dict[int, list[int]] = defaultdict(list)
    grouped: set[int] = set()
    for participant_id, group_id in session.execute(
        select(ParticipantGroup.participant_id, ParticipantGroup.group_id)
        .join(Group, ParticipantGroup.group_id == Group.id)
        .where(Group.mission_id == mission_id)
    ):
        members[group_id].append(participant_id)
        grouped.add(participant_id)

    def line(
        group_id: int | None, name: str | None, kind: GroupKind | None, people: Iterable[int]
    ) -> GroupLine:
        counted = Counter(statuses[p] for p in people)
        return GroupLine(group_id, name, kind, tuple((s, counted[s]) for s in PARTICIPANT_STATUSES))

    lines = [line(group_id, name, kind, members[group_id]) for group_id, name, kind in groups]
    loose = [p for p in statuses if p not in grouped]
    if loose:
        lines.append(line(None, None, None, loose))
    return tuple(lines), line(None, None, None, statuses)


def mission_report(
    session: Session, mission_ref: str, *, today: date | None = None
) -> MissionReport:
    """The report of one mission (by id or short name), as of ``today`` (default: today)."""
    mission = get_mission(session, mission_ref)
    today = today or date.today()
    meetings = list_meetings(session, mission.id)
    leads = list_leads(session, mission_id=mission.id)
    by_stage = defaultdict(list)
    for lead in leads:
        by_stage[lead.stage].append(lead)
    signed, in_force, preparing = _agreements(session, mission)
    workshops = tuple(
        ReportWorkshop(
            item_id=w.item_id,
            title_fr=w.title_fr,
            title_en=w.title_en,
            start_local=w.start_local,
            start_zone=w.start_zone,
            sector=canonical_sector(w.sector),
            registered=w.registered_count,
            capacity=w.capacity,
            speakers=len(w.speakers),
        )
        for w in list_workshops(session, mission.id)
    )
    delegation, total = _delegation(session, mission.id)
    actions = list_follow_ups(session, mission_id=mission.id, open_only=True)
    return MissionReport(
        mission=mission,
        issued_on=today,
        meetings=_counts(meetings),
        meetings_by_sector=_by_sector(meetings),
        meetings_by_organisation=_by_organisation(meetings),
        leads=tuple(leads),
        leads_by_stage=tuple(StageLine(stage, _figures(by_stage[stage])) for stage in STAGES),
        pipeline=_figures(lead for lead in leads if lead.stage != LeadStage.LOST),
        agreements_signed=signed,
        agreements_in_force=in_force,
        agreements_in_preparation=preparing,
        workshops=workshops,
        delegation=delegation,
        delegation_total=total,
        open_actions=len(actions),
        overdue_actions=sum(1 for action in actions if action.days_late(today)),
    )
