"""B2B meetings: requested, then scheduled on an itinerary item, then closed with an outcome.

A meeting is requested with its delegates and a local organisation, then scheduled by linking
it to an itinerary item of kind MEETING; the agenda puts the meeting's delegates on that item.
The leads meetings produce are in ``services/leads.py``, what to do after them in
``services/follow_ups.py``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.services.validation import aware, optional_text
from delegation_app.storage.models import (
    B2BMeeting,
    ItemKind,
    ItineraryItem,
    MeetingDelegate,
    MeetingStatus,
    Mission,
    Organisation,
    Participant,
    Person,
    Venue,
)

_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}$")

# Built once: an alias is costly to construct (a proxy per column) and caches alike anyway.
_Contact = aliased(Person, name="contact")

_NEVER = datetime.max.replace(tzinfo=UTC)  # where requests without a time sort

SCHEDULED_STATUSES = (MeetingStatus.PROPOSED, MeetingStatus.CONFIRMED)
OUTCOME_STATUSES = (MeetingStatus.HELD, MeetingStatus.CANCELLED, MeetingStatus.NO_SHOW)


@dataclass(frozen=True)
class MeetingView:
    id: int
    mission_id: int
    organisation_id: int
    organisation: str
    organisation_city: str | None
    organisation_sector: str | None
    contact_person_id: int | None
    contact: str | None
    status: MeetingStatus
    priority: int
    purpose: str | None
    languages: tuple[str, ...]
    interpreter_needed: bool
    locked: bool
    outcome: str | None
    item_id: int | None
    start_local: datetime | None
    start_zone: str | None
    end_local: datetime | None
    end_zone: str | None
    venue: str | None
    delegate_ids: tuple[int, ...]
    """Participant ids of the delegates taking part."""
    delegates: tuple[str, ...]

    @property
    def is_scheduled(self) -> bool:
        return self.item_id is not None

    @property
    def start(self) -> datetime | None:
        if self.start_local is None or self.start_zone is None:
            return None
        return aware(self.start_local, self.start_zone)


@dataclass(frozen=True)
class MissionMeeting:
    """A meeting with the mission it belongs to: one line of a history across missions."""

    mission_short: str
    mission_title_fr: str
    mission_title_en: str
    mission_start: date
    meeting: MeetingView

    def mission_title(self, language: str) -> str:
        return self.mission_title_fr if language == "fr" else self.mission_title_en


def _check_priority(priority: int) -> int:
    if priority not in (1, 2, 3):
        raise ValidationError("priority", f"{priority} is not 1 (high), 2 or 3 (low)")
    return priority


def _check_languages(languages: Sequence[str] | str) -> str | None:
    """Language codes stored as 'en;fr'; a single string may list them as 'en;fr' or 'en, fr'."""
    if isinstance(languages, str):
        languages = [part for part in re.split(r"[;,\s]+", languages) if part]
    codes: list[str] = []
    for language in languages:
        code = language.strip().lower()
        if not _LANGUAGE_RE.match(code):
            raise ValidationError("languages", f"'{language}' is not a language code (fr, en, es)")
        if code not in codes:
            codes.append(code)
    text = ";".join(codes)
    if len(text) > 40:
        raise ValidationError("languages", "too many languages for one meeting")
    return text or None


def _get_meeting(session: Session, meeting_id: int) -> B2BMeeting:
    meeting = session.get(B2BMeeting, meeting_id)
    if meeting is None:
        raise NotFound(f"no B2B meeting with id {meeting_id}")
    return meeting


def request_meeting(
    session: Session,
    *,
    mission_id: int,
    organisation_id: int,
    participant_ids: Sequence[int],
    priority: int = 2,
    purpose: str | None = None,
    languages: Sequence[str] | str = (),
    interpreter_needed: bool = False,
    contact_person_id: int | None = None,
) -> int:
    """Record a meeting request with a local organisation; returns the meeting id."""
    if session.get(Mission, mission_id) is None:
        raise NotFound(f"no mission with id {mission_id}")
    if session.get(Organisation, organisation_id) is None:
        raise NotFound(f"no organisation with id {organisation_id}")
    if contact_person_id is not None and session.get(Person, contact_person_id) is None:
        raise NotFound(f"no person with id {contact_person_id} (contact)")
    wanted = set(participant_ids)
    if not wanted:
        raise ValidationError("delegates", "choose at least one delegate for the meeting")
    known = set(
        session.scalars(
            select(Participant.id).where(
                Participant.id.in_(wanted), Participant.mission_id == mission_id
            )
        )
    )
    if known != wanted:
        raise ValidationError("delegates", "someone named is not on this mission's roster")
    meeting = B2BMeeting(
        mission_id=mission_id,
        organisation_id=organisation_id,
        contact_person_id=contact_person_id,
        status=MeetingStatus.REQUESTED,
        priority=_check_priority(priority),
        purpose=optional_text("purpose", purpose, max_length=10_000),
        languages=_check_languages(languages),
        interpreter_needed=interpreter_needed,
        locked=False,
    )
    session.add(meeting)
    session.flush()
    session.add_all(
        MeetingDelegate(meeting_id=meeting.id, participant_id=p) for p in sorted(wanted)
    )
    session.flush()
    return meeting.id


def schedule_meeting(
    session: Session,
    meeting_id: int,
    *,
    item_id: int,
    status: MeetingStatus = MeetingStatus.CONFIRMED,
    locked: bool = False,
) -> MeetingView:
    """Put a meeting on an itinerary item (kind MEETING) of the same mission."""
    meeting = _get_meeting(session, meeting_id)
    if status not in SCHEDULED_STATUSES:
        raise ValidationError(
            "status", f"a scheduled meeting is proposed or confirmed, not {status.value}"
        )
    item = session.get(ItineraryItem, item_id)
    if item is None:
        raise NotFound(f"no itinerary item with id {item_id}")
    if item.kind != ItemKind.MEETING:
        raise ValidationError(
            "item", f"'{item.title_fr}' is a {item.kind.value} item, not a meeting"
        )
    if item.mission_id != meeting.mission_id:
        raise ValidationError("item", f"'{item.title_fr}' belongs to another mission")
    if meeting.locked and meeting.item_id is not None and meeting.item_id != item_id:
        raise Conflict("this meeting is locked in its time slot; unlock it before moving it")
    taken = session.scalar(
        select(B2BMeeting.id).where(B2BMeeting.item_id == item_id, B2BMeeting.id != meeting_id)
    )
    if taken is not None:
        raise Conflict(f"another meeting already takes the slot '{item.title_fr}'")
    meeting.item_id = item_id
    meeting.status = status
    meeting.locked = locked
    session.flush()
    return get_meeting(session, meeting_id)


def set_locked(session: Session, meeting_id: int, locked: bool) -> MeetingView:
    """Lock a scheduled meeting in its time (the scheduler never moves it), or unlock it."""
    meeting = _get_meeting(session, meeting_id)
    if locked and meeting.item_id is None:
        raise ValidationError("locked", "only a meeting with a time can be locked in it")
    meeting.locked = locked
    session.flush()
    return get_meeting(session, meeting_id)


def set_outcome(
    session: Session, meeting_id: int, status: MeetingStatus, outcome: str | None
) -> MeetingView:
    """Record how a meeting went: held, cancelled or no-show, with a note of the outcome."""
    meeting = _get_meeting(session, meeting_id)
    if status not in OUTCOME_STATUSES:
        raise ValidationError(
            "status", f"an outcome is held, cancelled or no-show, not {status.value}"
        )
    if status in (MeetingStatus.HELD, MeetingStatus.NO_SHOW) and meeting.item_id is None:
        raise ValidationError("status", "the meeting was never scheduled, so it was not held")
    meeting.status = status
    meeting.outcome = optional_text("outcome", outcome, max_length=10_000)
    session.flush()
    return get_meeting(session, meeting_id)


def get_meeting(session: Session, meeting_id: int) -> MeetingView:
    _get_meeting(session, meeting_id)
    return _load_meetings(session, B2BMeeting.id == meeting_id)[0]


def list_meetings(session: Session, mission_id: int) -> list[MeetingView]:
    """Scheduled meetings in time order, then requests by priority; two queries in all."""
    views = _load_meetings(session, B2BMeeting.mission_id == mission_id)
    scheduled = sorted((v for v in views if v.start is not None), key=lambda v: (v.start, v.id))
    pending = sorted(
        (v for v in views if v.start is None),
        key=lambda v: (v.priority, v.organisation.casefold(), v.id),
    )
    return scheduled + pending


def _load_meetings(session: Session, where: ColumnElement[bool]) -> list[MeetingView]:
    contact = _Contact
    rows = session.execute(
        select(
            B2BMeeting,
            Organisation,
            contact.given_name,
            contact.family_name,
            ItineraryItem,
            Venue.name,
        )
        .join(Organisation, B2BMeeting.organisation_id == Organisation.id)
        .outerjoin(contact, B2BMeeting.contact_person_id == contact.id)
        .outerjoin(ItineraryItem, B2BMeeting.item_id == ItineraryItem.id)
        .outerjoin(Venue, ItineraryItem.venue_id == Venue.id)
        .where(where)
    ).all()
    ids = [meeting.id for meeting, *_ in rows]
    delegates: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for meeting_id, participant_id, given, family in session.execute(
        select(MeetingDelegate.meeting_id, Participant.id, Person.given_name, Person.family_name)
        .join(Participant, MeetingDelegate.participant_id == Participant.id)
        .join(Person, Participant.person_id == Person.id)
        .where(MeetingDelegate.meeting_id.in_(ids))
    ):
        delegates[meeting_id].append((participant_id, given, family))
    views = []
    for meeting, org, given, family, item, venue in rows:
        people = sorted(delegates.get(meeting.id, ()), key=lambda d: (d[2].casefold(), d[1]))
        views.append(
            MeetingView(
                id=meeting.id,
                mission_id=meeting.mission_id,
                organisation_id=org.id,
                organisation=org.name,
                organisation_city=org.city,
                organisation_sector=org.sector,
                contact_person_id=meeting.contact_person_id,
                contact=f"{given} {family}" if given is not None else None,
                status=meeting.status,
                priority=meeting.priority,
                purpose=meeting.purpose,
                languages=tuple(c for c in (meeting.languages or "").split(";") if c),
                interpreter_needed=meeting.interpreter_needed,
                locked=meeting.locked,
                outcome=meeting.outcome,
                item_id=item.id if item else None,
                start_local=item.start_local if item else None,
                start_zone=item.start_zone if item else None,
                end_local=item.end_local if item else None,
                end_zone=item.end_zone if item else None,
                venue=venue,
                delegate_ids=tuple(p for p, _, _ in people),
                delegates=tuple(f"{g} {f}" for _, g, f in people),
            )
        )
    return views


def meetings_across_missions(session: Session, where: ColumnElement[bool]) -> list[MissionMeeting]:
    """The meetings ``where`` selects, of any mission, oldest mission first and in time order
    within it (requests last); three queries whatever their number."""
    views = _load_meetings(session, where)
    missions = {
        mission_id: (short, title_fr, title_en, start)
        for mission_id, short, title_fr, title_en, start in session.execute(
            select(
                Mission.id, Mission.short, Mission.title_fr, Mission.title_en, Mission.start_date
            ).where(Mission.id.in_({v.mission_id for v in views}))
        )
    }
    rows = [MissionMeeting(*missions[v.mission_id], meeting=v) for v in views]
    rows.sort(
        key=lambda r: (
            r.mission_start,
            r.mission_short,
            r.meeting.start is None,
            r.meeting.start or _NEVER,
            r.meeting.id,
        )
    )
    return rows
