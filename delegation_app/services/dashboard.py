"""A mission at a glance: the figures of the window's Overview page, in one read model.

Each figure comes from the service that owns it, so the overview never disagrees with the page
it leads to: the open checks are ``checks.run_checks`` (overdue commitments among them), the
booklets changed since their last print are ``print_changes.changed_booklets`` (each compared in
the language it was last printed in), the leads are ``leads.list_leads``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from delegation_app.services.agreements import list_agreements
from delegation_app.services.booklet import booklets_data
from delegation_app.services.checks import ERROR, WARNING, run_checks
from delegation_app.services.leads import STAGES, list_leads
from delegation_app.services.meetings import list_meetings
from delegation_app.services.missions import MissionView, get_mission
from delegation_app.services.print_changes import changed_booklets, last_prints
from delegation_app.services.roster import list_roster
from delegation_app.storage.models import (
    AgreementStatus,
    LeadStage,
    MeetingStatus,
    ParticipantStatus,
)

OVERDUE_COMMITMENT = "commitment.overdue"  # the code of a late commitment's finding


@dataclass(frozen=True)
class MissionDashboard:
    """What a coordinator wants to know first about a mission, counted ``today``."""

    mission: MissionView
    today: date
    delegates_confirmed: int
    delegates_total: int
    """Delegates not cancelled (invited, registered, confirmed or waitlisted)."""
    check_errors: int
    check_warnings: int
    meetings_placed: int
    """Meetings given a time (proposed, confirmed, held or missed), cancelled ones left out."""
    meetings_requested: int
    """Every meeting asked for, cancelled ones left out."""
    agreements_ready: int
    """Ready for signature."""
    agreements_negotiating: int
    commitments_overdue: int
    booklets_changed: int
    """Booklets that differ from their last print, never printed ones included."""
    booklets_never_printed: int
    leads_by_stage: tuple[tuple[LeadStage, int], ...]
    """Every stage in its order, with how many of the mission's leads are at it."""

    @property
    def days_to_departure(self) -> int:
        """Days from ``today`` to the first day; 0 on it, negative once the mission began."""
        return (self.mission.start_date - self.today).days

    @property
    def days_to_return(self) -> int:
        """Days from ``today`` to the last day; negative once the mission is over."""
        return (self.mission.end_date - self.today).days

    @property
    def open_checks(self) -> int:
        return self.check_errors + self.check_warnings

    @property
    def agreements_to_sign(self) -> int:
        return self.agreements_ready + self.agreements_negotiating

    @property
    def leads_total(self) -> int:
        return sum(count for _, count in self.leads_by_stage)


def mission_dashboard(
    session: Session, mission_ref: str, *, today: date | None = None
) -> MissionDashboard:
    """The overview of the mission named by id or short name (``today`` for tests)."""
    mission = get_mission(session, mission_ref)
    today = today or date.today()

    roster = [
        e for e in list_roster(session, mission.id) if e.status != ParticipantStatus.CANCELLED
    ]
    confirmed = sum(1 for e in roster if e.status == ParticipantStatus.CONFIRMED)

    findings = run_checks(session, str(mission.id), today=today)
    errors = sum(1 for f in findings if f.severity == ERROR)
    warnings = sum(1 for f in findings if f.severity == WARNING)
    overdue = sum(1 for f in findings if f.code == OVERDUE_COMMITMENT)

    meetings = [
        m for m in list_meetings(session, mission.id) if m.status != MeetingStatus.CANCELLED
    ]
    placed = sum(1 for m in meetings if m.is_scheduled)

    statuses = Counter(a.status for a in list_agreements(session, mission.id))

    # Each booklet in the language it was last printed in (the delegate's own if never):
    # comparing a French print with an English read model would call every booklet changed.
    printed = last_prints(session, mission.id)
    wanted = []
    for entry in roster:
        record = printed.get(entry.person_id)
        language = record.facts.get("language") if record is not None else None
        wanted.append((entry.person_id, language if isinstance(language, str) else None))
    changes = changed_booklets(session, mission.id, booklets_data(session, str(mission.id), wanted))

    stages = Counter(lead.stage for lead in list_leads(session, mission_id=mission.id))
    return MissionDashboard(
        mission=mission,
        today=today,
        delegates_confirmed=confirmed,
        delegates_total=len(roster),
        check_errors=errors,
        check_warnings=warnings,
        meetings_placed=placed,
        meetings_requested=len(meetings),
        agreements_ready=statuses[AgreementStatus.READY],
        agreements_negotiating=statuses[AgreementStatus.NEGOTIATING],
        commitments_overdue=overdue,
        booklets_changed=len(changes),
        booklets_never_printed=sum(1 for c in changes if c.never_printed),
        leads_by_stage=tuple((stage, stages[stage]) for stage in STAGES),
    )
