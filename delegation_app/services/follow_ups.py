"""Follow-up actions: what is to be done after a meeting, by whom, by when.

An action is attached to a meeting, to a lead, or to both (then the meeting must be one of the
lead's meetings). It has an owner (a person, usually of the staff), a due date and a status:
open, done or dropped; closing it records the day.

An action belongs to the mission of its meeting, else to the mission its lead began with: that
mission's checks report it once it is overdue (:func:`check_follow_ups`), a warning at first,
an error after ``LATE_ERROR_DAYS`` days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, aliased

from delegation_app.errors import NotFound, ValidationError
from delegation_app.messages import say
from delegation_app.services.check_wording import check_wording
from delegation_app.services.validation import require_text
from delegation_app.storage.models import (
    B2BMeeting,
    FollowUpAction,
    FollowUpStatus,
    Lead,
    LeadMeeting,
    LeadStage,
    Organisation,
    Person,
)

if TYPE_CHECKING:
    from delegation_app.services.checks import Finding

LATE_ERROR_DAYS = 30
CLOSED_STATUSES = (FollowUpStatus.DONE, FollowUpStatus.DROPPED)

STATUS_LABELS: dict[str, dict[FollowUpStatus, str]] = {
    "fr": {
        FollowUpStatus.OPEN: "À faire",
        FollowUpStatus.DONE: "Fait",
        FollowUpStatus.DROPPED: "Abandonné",
    },
    "en": {
        FollowUpStatus.OPEN: "Open",
        FollowUpStatus.DONE: "Done",
        FollowUpStatus.DROPPED: "Dropped",
    },
}


def status_label(status: FollowUpStatus, language: str) -> str:
    return STATUS_LABELS["fr" if language == "fr" else "en"][status]


@dataclass(frozen=True)
class FollowUpView:
    id: int
    description: str
    owner_id: int | None
    owner: str | None
    due_date: date | None
    status: FollowUpStatus
    closed_on: date | None
    meeting_id: int | None
    meeting_item_id: int | None
    """The meeting's itinerary item, when it was scheduled."""
    lead_id: int | None
    lead_stage: LeadStage | None
    organisation_id: int | None
    organisation: str | None
    """Whom it concerns: the meeting's organisation, else the lead's."""
    mission_id: int | None
    """The mission whose checks follow it: the meeting's, else the one the lead began with."""

    @property
    def is_open(self) -> bool:
        return self.status == FollowUpStatus.OPEN

    def days_late(self, today: date) -> int:
        """How many days past its due date an open action is (0 if not late)."""
        if not self.is_open or self.due_date is None or self.due_date >= today:
            return 0
        return (today - self.due_date).days

    def status_label(self, language: str) -> str:
        return status_label(self.status, language)


class _Unchanged:
    """The default of :func:`update_follow_up`'s fields: leave as it is."""


UNCHANGED = _Unchanged()


def _owner(session: Session, owner_id: int | None) -> int | None:
    if owner_id is not None and session.get(Person, owner_id) is None:
        raise NotFound(say("no person with id {person_id} (owner)", person_id=owner_id))
    return owner_id


def _attachment(
    session: Session, meeting_id: int | None, lead_id: int | None
) -> tuple[int | None, int | None]:
    if meeting_id is None and lead_id is None:
        raise ValidationError(
            "meeting", say("a follow-up action is attached to a meeting, a lead, or both")
        )
    if meeting_id is not None and session.get(B2BMeeting, meeting_id) is None:
        raise NotFound(say("no B2B meeting with id {meeting_id}", meeting_id=meeting_id))
    if lead_id is not None and session.get(Lead, lead_id) is None:
        raise NotFound(say("no lead with id {lead_id}", lead_id=lead_id))
    both = meeting_id is not None and lead_id is not None
    if both and session.get(LeadMeeting, (lead_id, meeting_id)) is None:
        raise ValidationError(
            "meeting", say("the meeting is not one of the lead's: link it to the lead first")
        )
    return meeting_id, lead_id


def _get(session: Session, action_id: int) -> FollowUpAction:
    action = session.get(FollowUpAction, action_id)
    if action is None:
        raise NotFound(say("no follow-up action with id {action_id}", action_id=action_id))
    return action


def _description(description: str) -> str:
    return require_text("description", description, max_length=2_000)


def add_follow_up(
    session: Session,
    *,
    description: str,
    meeting_id: int | None = None,
    lead_id: int | None = None,
    owner_id: int | None = None,
    due_date: date | None = None,
) -> FollowUpView:
    """Record something to do after a meeting (or for a lead); it starts open."""
    meeting_id, lead_id = _attachment(session, meeting_id, lead_id)
    action = FollowUpAction(
        meeting_id=meeting_id,
        lead_id=lead_id,
        description=_description(description),
        owner_id=_owner(session, owner_id),
        due_date=due_date,
        status=FollowUpStatus.OPEN,
    )
    session.add(action)
    session.flush()
    return get_follow_up(session, action.id)


def update_follow_up(
    session: Session,
    action_id: int,
    *,
    description: str | _Unchanged = UNCHANGED,
    owner_id: int | _Unchanged | None = UNCHANGED,
    due_date: date | _Unchanged | None = UNCHANGED,
    meeting_id: int | _Unchanged | None = UNCHANGED,
    lead_id: int | _Unchanged | None = UNCHANGED,
) -> FollowUpView:
    """Change the fields given (``None`` clears an optional one)."""
    action = _get(session, action_id)
    if not isinstance(description, _Unchanged):
        action.description = _description(description)
    if not isinstance(owner_id, _Unchanged):
        action.owner_id = _owner(session, owner_id)
    if not isinstance(due_date, _Unchanged):
        action.due_date = due_date
    if not isinstance(meeting_id, _Unchanged) or not isinstance(lead_id, _Unchanged):
        action.meeting_id, action.lead_id = _attachment(
            session,
            action.meeting_id if isinstance(meeting_id, _Unchanged) else meeting_id,
            action.lead_id if isinstance(lead_id, _Unchanged) else lead_id,
        )
    session.flush()
    return get_follow_up(session, action_id)


def close_follow_up(
    session: Session,
    action_id: int,
    status: FollowUpStatus = FollowUpStatus.DONE,
    *,
    on: date | None = None,
) -> FollowUpView:
    """Mark an action done (or dropped), on ``on`` (default: today)."""
    action = _get(session, action_id)
    status = FollowUpStatus(status)
    if status not in CLOSED_STATUSES:
        raise ValidationError("status", say("an action is closed as done or dropped"))
    if action.status == status:
        raise ValidationError(
            "status",
            say("the action is already done")
            if status == FollowUpStatus.DONE
            else say("the action is already dropped"),
        )
    action.status = status
    action.closed_on = on or date.today()
    session.flush()
    return get_follow_up(session, action_id)


def reopen_follow_up(session: Session, action_id: int) -> FollowUpView:
    action = _get(session, action_id)
    if action.status == FollowUpStatus.OPEN:
        raise ValidationError("status", say("the action is still open"))
    action.status = FollowUpStatus.OPEN
    action.closed_on = None
    session.flush()
    return get_follow_up(session, action_id)


def delete_follow_up(session: Session, action_id: int) -> FollowUpView:
    view = get_follow_up(session, action_id)
    session.delete(_get(session, action_id))
    session.flush()
    return view


def restore_follow_up(session: Session, view: FollowUpView) -> FollowUpView:
    """Record a deleted action again under its id, as it was (the undo of a deletion)."""
    if session.get(FollowUpAction, view.id) is not None:
        raise ValidationError(
            "action",
            say("a follow-up action with id {action_id} exists already", action_id=view.id),
        )
    meeting_id, lead_id = _attachment(session, view.meeting_id, view.lead_id)
    session.add(
        FollowUpAction(
            id=view.id,
            meeting_id=meeting_id,
            lead_id=lead_id,
            description=_description(view.description),
            owner_id=view.owner_id
            if view.owner_id is not None and session.get(Person, view.owner_id) is not None
            else None,
            due_date=view.due_date,
            status=view.status,
            closed_on=view.closed_on,
        )
    )
    session.flush()
    return get_follow_up(session, view.id)


def get_follow_up(session: Session, action_id: int) -> FollowUpView:
    found = _load(session, FollowUpAction.id == action_id)
    if not found:
        raise NotFound(say("no follow-up action with id {action_id}", action_id=action_id))
    return found[0]


def list_follow_ups(
    session: Session,
    *,
    mission_id: int | None = None,
    lead_id: int | None = None,
    meeting_id: int | None = None,
    open_only: bool = False,
) -> list[FollowUpView]:
    """Actions of a mission (see the module), a lead or a meeting, or all; by due date."""
    conditions: list[ColumnElement[bool]] = []
    if mission_id is not None:
        conditions.append(
            or_(
                B2BMeeting.mission_id == mission_id,
                and_(FollowUpAction.meeting_id.is_(None), Lead.mission_id == mission_id),
            )
        )
    if lead_id is not None:
        conditions.append(FollowUpAction.lead_id == lead_id)
    if meeting_id is not None:
        conditions.append(FollowUpAction.meeting_id == meeting_id)
    if open_only:
        conditions.append(FollowUpAction.status == FollowUpStatus.OPEN)
    return _load(session, *conditions)


_MeetingOrganisation = aliased(Organisation, name="meeting_organisation")
_LeadOrganisation = aliased(Organisation, name="lead_organisation")


def _load(session: Session, *conditions: ColumnElement[bool]) -> list[FollowUpView]:
    """Actions with their meeting, lead, organisations and owner, in one query."""
    rows = session.execute(
        select(
            FollowUpAction,
            B2BMeeting.mission_id,
            B2BMeeting.item_id,
            Lead.mission_id,
            Lead.stage,
            _MeetingOrganisation.id,
            _MeetingOrganisation.name,
            _LeadOrganisation.id,
            _LeadOrganisation.name,
            Person.given_name,
            Person.family_name,
        )
        .outerjoin(B2BMeeting, FollowUpAction.meeting_id == B2BMeeting.id)
        .outerjoin(_MeetingOrganisation, B2BMeeting.organisation_id == _MeetingOrganisation.id)
        .outerjoin(Lead, FollowUpAction.lead_id == Lead.id)
        .outerjoin(_LeadOrganisation, Lead.organisation_id == _LeadOrganisation.id)
        .outerjoin(Person, FollowUpAction.owner_id == Person.id)
        .where(*conditions)
        .order_by(FollowUpAction.due_date.is_(None), FollowUpAction.due_date, FollowUpAction.id)
    )
    return [
        FollowUpView(
            id=action.id,
            description=action.description,
            owner_id=action.owner_id,
            owner=f"{given} {family}" if given is not None else None,
            due_date=action.due_date,
            status=action.status,
            closed_on=action.closed_on,
            meeting_id=action.meeting_id,
            meeting_item_id=item_id,
            lead_id=action.lead_id,
            lead_stage=stage,
            organisation_id=meeting_org_id if meeting_org_id is not None else lead_org_id,
            organisation=meeting_org if meeting_org is not None else lead_org,
            mission_id=meeting_mission if action.meeting_id is not None else lead_mission,
        )
        for (
            action,
            meeting_mission,
            item_id,
            lead_mission,
            stage,
            meeting_org_id,
            meeting_org,
            lead_org_id,
            lead_org,
            given,
            family,
        ) in rows
    ]


# --- the checks -----------------------------------------------------------------------------


def check_follow_ups(
    session: Session, mission_id: int, today: date, *, language: str = "en"
) -> list[Finding]:
    """The mission's open follow-up actions past their due date, in one query."""
    # Imported here: the checks module imports this one to add these findings.
    from delegation_app.services.checks import ERROR, WARNING, Finding

    words = check_wording(language)  # an unknown language fails before any query
    findings = []
    for action in list_follow_ups(session, mission_id=mission_id, open_only=True):
        late = action.days_late(today)
        if not late:
            continue
        assert action.due_date is not None
        of = "meeting" if action.meeting_id is not None else "lead"
        organisation = action.organisation or ""
        findings.append(
            Finding(
                "follow_up.overdue",
                ERROR if late > LATE_ERROR_DAYS else WARNING,
                None,
                action.meeting_item_id,
                organisation,
                words.counted(
                    f"follow_up.overdue.message.{of}",
                    late,
                    what=_shortened(action.description),
                    organisation=organisation,
                    day=words.day(action.due_date),
                ),
                words("follow_up.overdue.advice", owner=action.owner)
                if action.owner
                else words("follow_up.overdue.advice.no_owner"),
            )
        )
    return findings


def _shortened(text: str, limit: int = 120) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1].rstrip() + "…"
