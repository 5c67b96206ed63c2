"""Leads: the prospect companies meetings produce, followed until they settle in the region.

A lead keeps the organisation and the mission it began with, and lives on after that mission:
meetings of any later mission are linked to it. It moves through stages (contact, study, site
visit, decision, then settled or lost); every change of stage is kept with when, by whom and
why, the first one included. It carries what the agency counts: the jobs and the investment
(an amount in a currency) the project would bring.

:func:`list_leads` gives the rows of a leads list (across all missions or one, filtered by
stage, sector or organisation) in a fixed number of queries; :func:`get_lead` one lead with its
meetings, its history and its follow-up actions.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.messages import Said, say
from delegation_app.services.follow_ups import FollowUpView, list_follow_ups
from delegation_app.services.meetings import MissionMeeting, meetings_across_missions
from delegation_app.services.validation import (
    check_count,
    optional_text,
    utc_now,
)
from delegation_app.storage.models import (
    B2BMeeting,
    FollowUpAction,
    FollowUpStatus,
    Lead,
    LeadMeeting,
    LeadStage,
    LeadStageChange,
    Mission,
    Organisation,
    Person,
)

STAGES: tuple[LeadStage, ...] = tuple(LeadStage)
"""In the order a lead goes through them."""
CLOSED_STAGES = frozenset({LeadStage.SETTLED, LeadStage.LOST})
MAX_JOBS = 10_000_000
MAX_INVESTMENT = 10**12

STAGE_LABELS: dict[str, dict[LeadStage, str]] = {
    "fr": {
        LeadStage.CONTACT: "Contact",
        LeadStage.STUDY: "Étude",
        LeadStage.SITE_VISIT: "Visite de site",
        LeadStage.DECISION: "Décision",
        LeadStage.SETTLED: "Implanté",
        LeadStage.LOST: "Perdu",
    },
    "en": {
        LeadStage.CONTACT: "Contact",
        LeadStage.STUDY: "Study",
        LeadStage.SITE_VISIT: "Site visit",
        LeadStage.DECISION: "Decision",
        LeadStage.SETTLED: "Settled",
        LeadStage.LOST: "Lost",
    },
}


# A stage inside a message ("the lead is already at the stage site visit"), said in the
# reader's language.
_STAGE_WORDS: dict[LeadStage, Said] = {
    LeadStage.CONTACT: say("contact"),
    LeadStage.STUDY: say("study"),
    LeadStage.SITE_VISIT: say("site visit"),
    LeadStage.DECISION: say("decision"),
    LeadStage.SETTLED: say("settled"),
    LeadStage.LOST: say("lost"),
}


def stage_label(stage: LeadStage, language: str) -> str:
    return STAGE_LABELS["fr" if language == "fr" else "en"][stage]


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("_", " ").replace("-", " ").split())


@cache
def _stage_names() -> dict[str, LeadStage]:
    names = {_folded(stage.value): stage for stage in LeadStage}
    for labels in STAGE_LABELS.values():
        names.update({_folded(label): stage for stage, label in labels.items()})
    return names


def parse_stage(text: str) -> LeadStage:
    """A stage as typed: ``site_visit``, ``site visit``, ``Visite de site``, ``étude``."""
    stage = _stage_names().get(_folded(text))
    if stage is None:
        choices = ", ".join(s.value for s in LeadStage)
        raise ValidationError(
            "stage", say("'{text}' is not a stage ({choices})", text=text.strip(), choices=choices)
        )
    return stage


@dataclass(frozen=True)
class LeadRow:
    """One lead as a list shows it."""

    id: int
    organisation_id: int
    organisation: str
    organisation_short: str
    organisation_city: str | None
    organisation_country: str | None
    stage: LeadStage
    sector: str | None
    project: str | None
    jobs_expected: int | None
    investment_expected: int | None
    investment_currency: str | None
    owner_id: int | None
    owner: str | None
    mission_id: int | None
    """The mission the lead began with."""
    mission_short: str | None
    mission_title_fr: str | None
    mission_title_en: str | None
    mission_ids: tuple[int, ...]
    """Every mission it concerns: the one it began with and those of its meetings."""
    meeting_ids: tuple[int, ...]
    open_actions: int
    next_action: str | None
    """The open follow-up action due first."""
    next_action_due: date | None
    stage_since: datetime | None
    """When it reached its stage (aware, UTC); None when it predates the stage history."""

    @property
    def is_open(self) -> bool:
        return self.stage not in CLOSED_STAGES

    def stage_label(self, language: str) -> str:
        return stage_label(self.stage, language)

    def mission_title(self, language: str) -> str | None:
        return self.mission_title_fr if language == "fr" else self.mission_title_en


@dataclass(frozen=True)
class StageChangeView:
    stage: LeadStage
    changed_at: datetime
    """Aware, in UTC."""
    changed_by: str | None
    note: str | None

    def stage_label(self, language: str) -> str:
        return stage_label(self.stage, language)


@dataclass(frozen=True)
class LeadDetail:
    """One lead with its meetings across missions, its stage history and its actions."""

    lead: LeadRow
    meetings: tuple[MissionMeeting, ...]
    history: tuple[StageChangeView, ...]
    """Oldest first."""
    actions: tuple[FollowUpView, ...]


# --- checks of the fields -------------------------------------------------------------------


def _jobs(jobs_expected: int | None) -> int | None:
    return check_count("jobs expected", jobs_expected, maximum=MAX_JOBS)


@cache
def _currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def _investment(amount: int | None, currency: str | None) -> tuple[int | None, str | None]:
    check_count("investment expected", amount, maximum=MAX_INVESTMENT)
    code = (currency or "").strip().upper() or None
    if code is not None and code not in _currencies():
        raise ValidationError(
            "investment currency",
            say("'{currency}' is not a currency code (EUR, USD, CAD...)", currency=currency),
        )
    if amount is not None and code is None:
        raise ValidationError(
            "investment currency",
            say("give the currency of the expected investment (EUR, USD...)"),
        )
    if amount is None and code is not None:
        raise ValidationError(
            "investment expected",
            say("a currency ({code}) is given without an amount", code=code),
        )
    return amount, code


def _owner(session: Session, owner_id: int | None) -> int | None:
    if owner_id is not None and session.get(Person, owner_id) is None:
        raise NotFound(say("no person with id {person_id} (owner)", person_id=owner_id))
    return owner_id


def _utc(at: datetime | None) -> datetime:
    """Naive UTC for storage; a naive ``at`` is taken to be UTC already."""
    if at is None:
        return utc_now()
    if at.tzinfo is None:
        return at.replace(microsecond=0)
    return at.astimezone(UTC).replace(tzinfo=None, microsecond=0)


def _get(session: Session, lead_id: int) -> Lead:
    lead = session.get(Lead, lead_id)
    if lead is None:
        raise NotFound(say("no lead with id {lead_id}", lead_id=lead_id))
    return lead


def _meeting(session: Session, meeting_id: int) -> B2BMeeting:
    meeting = session.get(B2BMeeting, meeting_id)
    if meeting is None:
        raise NotFound(say("no B2B meeting with id {meeting_id}", meeting_id=meeting_id))
    return meeting


# --- writing --------------------------------------------------------------------------------


def create_lead(
    session: Session,
    *,
    organisation_id: int,
    mission_id: int | None = None,
    meeting_ids: Sequence[int] = (),
    stage: LeadStage = LeadStage.CONTACT,
    sector: str | None = None,
    project: str | None = None,
    jobs_expected: int | None = None,
    investment_expected: int | None = None,
    investment_currency: str | None = None,
    owner_person_id: int | None = None,
    changed_by: str | None = None,
    note: str | None = None,
    at: datetime | None = None,
) -> LeadRow:
    """Follow a prospect company; its first stage is the first line of its history.

    The mission defaults to that of its earliest meeting; the sector to the organisation's.
    The meetings may belong to any mission.
    """
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound(
            say("no organisation with id {organisation_id}", organisation_id=organisation_id)
        )
    if mission_id is not None and session.get(Mission, mission_id) is None:
        raise NotFound(say("no mission with id {mission_id}", mission_id=mission_id))
    meetings = [_meeting(session, meeting_id) for meeting_id in dict.fromkeys(meeting_ids)]
    if mission_id is None and meetings:
        mission_id = session.scalar(
            select(Mission.id)
            .where(Mission.id.in_({m.mission_id for m in meetings}))
            .order_by(Mission.start_date, Mission.id)
            .limit(1)
        )
    amount, currency = _investment(investment_expected, investment_currency)
    lead = Lead(
        mission_id=mission_id,
        organisation_id=organisation_id,
        owner_id=_owner(session, owner_person_id),
        stage=LeadStage(stage),
        sector=optional_text("sector", sector, max_length=80) or organisation.sector,
        project=optional_text("project", project, max_length=10_000),
        jobs_expected=_jobs(jobs_expected),
        investment_expected=amount,
        investment_currency=currency,
    )
    session.add(lead)
    session.flush()
    session.add_all(LeadMeeting(lead_id=lead.id, meeting_id=m.id) for m in meetings)
    session.add(
        LeadStageChange(
            lead_id=lead.id,
            stage=lead.stage,
            changed_at=_utc(at),
            changed_by=optional_text("changed by", changed_by, max_length=120),
            note=optional_text("note", note, max_length=10_000),
        )
    )
    session.flush()
    return _row(session, lead.id)


class _Unchanged:
    """The default of :func:`update_lead`'s fields: leave as it is."""


UNCHANGED = _Unchanged()


def update_lead(
    session: Session,
    lead_id: int,
    *,
    sector: str | _Unchanged | None = UNCHANGED,
    project: str | _Unchanged | None = UNCHANGED,
    jobs_expected: int | _Unchanged | None = UNCHANGED,
    investment_expected: int | _Unchanged | None = UNCHANGED,
    investment_currency: str | _Unchanged | None = UNCHANGED,
    owner_person_id: int | _Unchanged | None = UNCHANGED,
) -> LeadRow:
    """Change the fields given (``None`` clears one). The organisation and the mission it
    began with never change; the stage changes with :func:`change_stage`."""
    lead = _get(session, lead_id)
    if not isinstance(sector, _Unchanged):
        lead.sector = optional_text("sector", sector, max_length=80)
    if not isinstance(project, _Unchanged):
        lead.project = optional_text("project", project, max_length=10_000)
    if not isinstance(jobs_expected, _Unchanged):
        lead.jobs_expected = _jobs(jobs_expected)
    if not isinstance(investment_expected, _Unchanged) or not isinstance(
        investment_currency, _Unchanged
    ):
        lead.investment_expected, lead.investment_currency = _investment(
            lead.investment_expected
            if isinstance(investment_expected, _Unchanged)
            else investment_expected,
            lead.investment_currency
            if isinstance(investment_currency, _Unchanged)
            else investment_currency,
        )
    if not isinstance(owner_person_id, _Unchanged):
        lead.owner_id = _owner(session, owner_person_id)
    session.flush()
    return _row(session, lead_id)


def change_stage(
    session: Session,
    lead_id: int,
    stage: LeadStage,
    *,
    changed_by: str | None = None,
    note: str | None = None,
    at: datetime | None = None,
) -> LeadDetail:
    """Move a lead to another stage (forward, back, or reopened) and keep it in its history."""
    lead = _get(session, lead_id)
    stage = LeadStage(stage)
    if stage == lead.stage:
        raise ValidationError(
            "stage", say("the lead is already at the stage {stage}", stage=_STAGE_WORDS[stage])
        )
    changed_at = _utc(at)
    last = session.scalar(
        select(func.max(LeadStageChange.changed_at)).where(LeadStageChange.lead_id == lead_id)
    )
    if last is not None and changed_at < last:
        raise ValidationError(
            "date",
            say(
                "{changed_at:%Y-%m-%d %H:%M} UTC is before the last change "
                "({last:%Y-%m-%d %H:%M} UTC)",
                changed_at=changed_at,
                last=last,
            ),
        )
    lead.stage = stage
    session.add(
        LeadStageChange(
            lead_id=lead_id,
            stage=stage,
            changed_at=changed_at,
            changed_by=optional_text("changed by", changed_by, max_length=120),
            note=optional_text("note", note, max_length=10_000),
        )
    )
    session.flush()
    return get_lead(session, lead_id)


def link_meeting(session: Session, lead_id: int, meeting_id: int) -> LeadDetail:
    """Link a meeting of any mission to the lead (a later mission met the company again)."""
    _get(session, lead_id)
    _meeting(session, meeting_id)
    if session.get(LeadMeeting, (lead_id, meeting_id)) is not None:
        raise Conflict(say("this meeting is already linked to the lead"))
    session.add(LeadMeeting(lead_id=lead_id, meeting_id=meeting_id))
    session.flush()
    return get_lead(session, lead_id)


def unlink_meeting(session: Session, lead_id: int, meeting_id: int) -> LeadDetail:
    """Take a meeting off the lead; its follow-up actions for the lead stay with the lead."""
    _get(session, lead_id)
    link = session.get(LeadMeeting, (lead_id, meeting_id))
    if link is None:
        raise NotFound(say("this meeting is not linked to the lead"))
    for action in session.scalars(
        select(FollowUpAction).where(
            FollowUpAction.lead_id == lead_id, FollowUpAction.meeting_id == meeting_id
        )
    ):
        action.meeting_id = None  # attached to both: it stays with the lead alone
    session.delete(link)
    session.flush()
    return get_lead(session, lead_id)


def revert_stage_change(session: Session, lead_id: int) -> StageChangeView:
    """Take back the lead's last change of stage (an undo): it returns to the stage before.

    Returns the change taken back, so that it can be made again as it was. The first line of
    the history stays: a lead always has the stage it began with.
    """
    lead = _get(session, lead_id)
    changes = list(
        session.scalars(
            select(LeadStageChange)
            .where(LeadStageChange.lead_id == lead_id)
            .order_by(LeadStageChange.changed_at.desc(), LeadStageChange.id.desc())
            .limit(2)
        )
    )
    if len(changes) < 2:
        raise ValidationError("stage", say("the lead has had no change of stage since it began"))
    last, before = changes
    taken = StageChangeView(
        stage=last.stage,
        changed_at=last.changed_at.replace(tzinfo=UTC),
        changed_by=last.changed_by,
        note=last.note,
    )
    lead.stage = before.stage
    session.delete(last)
    session.flush()
    return taken


@dataclass(frozen=True)
class LeadSnapshot:
    """A deleted lead's rows, for :func:`restore_lead` (an undo)."""

    lead_id: int
    lead: tuple[tuple[str, object], ...]
    history: tuple[tuple[tuple[str, object], ...], ...]
    meeting_ids: tuple[int, ...]


def _values(row: object, columns: Sequence[str]) -> tuple[tuple[str, object], ...]:
    return tuple((name, getattr(row, name)) for name in columns)


def delete_lead(session: Session, lead_id: int) -> LeadSnapshot:
    """Delete a lead that has no follow-up actions (the undo of its creation)."""
    lead = _get(session, lead_id)
    actions = session.scalar(select(func.count()).where(FollowUpAction.lead_id == lead_id))
    if actions:
        raise Conflict(say("the lead has follow-up actions: delete or move them first"))
    changes = session.scalars(
        select(LeadStageChange)
        .where(LeadStageChange.lead_id == lead_id)
        .order_by(LeadStageChange.changed_at, LeadStageChange.id)
    )
    snapshot = LeadSnapshot(
        lead_id=lead_id,
        lead=_values(lead, [c.key for c in Lead.__table__.columns]),
        history=tuple(
            _values(change, [c.key for c in LeadStageChange.__table__.columns])
            for change in changes
        ),
        meeting_ids=tuple(
            session.scalars(
                select(LeadMeeting.meeting_id)
                .where(LeadMeeting.lead_id == lead_id)
                .order_by(LeadMeeting.meeting_id)
            )
        ),
    )
    session.delete(lead)
    session.flush()
    return snapshot


def restore_lead(session: Session, snapshot: LeadSnapshot) -> LeadRow:
    """Bring a deleted lead back under its id, with its history and the meetings still there."""
    if session.get(Lead, snapshot.lead_id) is not None:
        raise Conflict(say("a lead with id {lead_id} exists already", lead_id=snapshot.lead_id))
    values = dict(snapshot.lead)
    if session.get(Organisation, values["organisation_id"]) is None:
        raise NotFound(say("the lead's organisation was deleted since"))
    if values.get("mission_id") is not None and session.get(Mission, values["mission_id"]) is None:
        values["mission_id"] = None
    if values.get("owner_id") is not None and session.get(Person, values["owner_id"]) is None:
        values["owner_id"] = None
    session.add(Lead(**values))
    session.flush()
    session.add_all(LeadStageChange(**dict(change)) for change in snapshot.history)
    session.add_all(
        LeadMeeting(lead_id=snapshot.lead_id, meeting_id=meeting_id)
        for meeting_id in snapshot.meeting_ids
        if session.get(B2BMeeting, meeting_id) is not None
    )
    session.flush()
    return _row(session, snapshot.lead_id)


# --- reading --------------------------------------------------------------------------------


def leads_of_mission(mission_id: int) -> ColumnElement[bool]:
    """Leads that began with the mission or are linked to one of its meetings."""
    linked = (
        select(LeadMeeting.lead_id)
        .join(B2BMeeting, LeadMeeting.meeting_id == B2BMeeting.id)
        .where(B2BMeeting.mission_id == mission_id)
    )
    return or_(Lead.mission_id == mission_id, Lead.id.in_(linked))


def list_leads(
    session: Session,
    *,
    mission_id: int | None = None,
    stage: LeadStage | None = None,
    sector: str | None = None,
    organisation_id: int | None = None,
) -> list[LeadRow]:
    """Leads across all missions (or those of one, see :func:`leads_of_mission`), filtered;
    by stage in their order, then by organisation; four queries whatever their number."""
    conditions: list[ColumnElement[bool]] = []
    if mission_id is not None:
        conditions.append(leads_of_mission(mission_id))
    if stage is not None:
        conditions.append(Lead.stage == LeadStage(stage))
    if sector is not None:
        conditions.append(Lead.sector == sector.strip())
    if organisation_id is not None:
        conditions.append(Lead.organisation_id == organisation_id)
    rows = _load(session, *conditions)
    order = {stage: position for position, stage in enumerate(STAGES)}
    rows.sort(key=lambda r: (order[r.stage], _folded(r.organisation), r.id))
    return rows


def get_lead(session: Session, lead_id: int) -> LeadDetail:
    row = _row(session, lead_id)
    history = tuple(
        StageChangeView(
            stage=change.stage,
            changed_at=change.changed_at.replace(tzinfo=UTC),
            changed_by=change.changed_by,
            note=change.note,
        )
        for change in session.scalars(
            select(LeadStageChange)
            .where(LeadStageChange.lead_id == lead_id)
            .order_by(LeadStageChange.changed_at, LeadStageChange.id)
        )
    )
    linked = select(LeadMeeting.meeting_id).where(LeadMeeting.lead_id == lead_id)
    return LeadDetail(
        lead=row,
        meetings=tuple(meetings_across_missions(session, B2BMeeting.id.in_(linked))),
        history=history,
        actions=tuple(list_follow_ups(session, lead_id=lead_id)),
    )


def _row(session: Session, lead_id: int) -> LeadRow:
    found = _load(session, Lead.id == lead_id)
    if not found:
        raise NotFound(say("no lead with id {lead_id}", lead_id=lead_id))
    return found[0]


def _load(session: Session, *conditions: ColumnElement[bool]) -> list[LeadRow]:
    rows = session.execute(
        select(
            Lead,
            Organisation.short,
            Organisation.name,
            Organisation.city,
            Organisation.country,
            Person.given_name,
            Person.family_name,
            Mission.short,
            Mission.title_fr,
            Mission.title_en,
        )
        .join(Organisation, Lead.organisation_id == Organisation.id)
        .outerjoin(Person, Lead.owner_id == Person.id)
        .outerjoin(Mission, Lead.mission_id == Mission.id)
        .where(*conditions)
    ).all()
    ids = [lead.id for lead, *_ in rows]
    links: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for lead_id, meeting_id, mission_id in session.execute(
        select(LeadMeeting.lead_id, LeadMeeting.meeting_id, B2BMeeting.mission_id)
        .join(B2BMeeting, LeadMeeting.meeting_id == B2BMeeting.id)
        .where(LeadMeeting.lead_id.in_(ids))
        .order_by(LeadMeeting.meeting_id)
    ):
        links[lead_id].append((meeting_id, mission_id))
    actions: dict[int, list[tuple[str, date | None]]] = defaultdict(list)
    for action_lead, description, due in session.execute(
        select(FollowUpAction.lead_id, FollowUpAction.description, FollowUpAction.due_date)
        .where(FollowUpAction.lead_id.in_(ids), FollowUpAction.status == FollowUpStatus.OPEN)
        .order_by(FollowUpAction.due_date.is_(None), FollowUpAction.due_date, FollowUpAction.id)
    ):
        if action_lead is not None:
            actions[action_lead].append((description, due))
    since = {
        lead_id: changed_at.replace(tzinfo=UTC)
        for lead_id, changed_at in session.execute(
            select(LeadStageChange.lead_id, func.max(LeadStageChange.changed_at))
            .where(LeadStageChange.lead_id.in_(ids))
            .group_by(LeadStageChange.lead_id)
        )
    }
    result = []
    for lead, org_short, org_name, city, country, given, family, m_short, m_fr, m_en in rows:
        linked = links.get(lead.id, [])
        missions = [lead.mission_id] if lead.mission_id is not None else []
        missions += [mission for _, mission in linked]
        todo = actions.get(lead.id, [])
        result.append(
            LeadRow(
                id=lead.id,
                organisation_id=lead.organisation_id,
                organisation=org_name,
                organisation_short=org_short,
                organisation_city=city,
                organisation_country=country,
                stage=lead.stage,
                sector=lead.sector,
                project=lead.project,
                jobs_expected=lead.jobs_expected,
                investment_expected=lead.investment_expected,
                investment_currency=lead.investment_currency,
                owner_id=lead.owner_id,
                owner=f"{given} {family}" if given is not None else None,
                mission_id=lead.mission_id,
                mission_short=m_short,
                mission_title_fr=m_fr,
                mission_title_en=m_en,
                mission_ids=tuple(dict.fromkeys(missions)),
                meeting_ids=tuple(meeting for meeting, _ in linked),
                open_actions=len(todo),
                next_action=todo[0][0] if todo else None,
                next_action_due=todo[0][1] if todo else None,
                stage_since=since.get(lead.id),
            )
        )
    return result
