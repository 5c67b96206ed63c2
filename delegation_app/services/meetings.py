"""B2B meetings: requested, then scheduled on an itinerary item, then closed with an outcome.

A meeting is requested with its delegates and a local organisation, then scheduled by linking
it to an itinerary item of kind MEETING; the agenda puts the meeting's delegates on that item.
The leads meetings produce are in ``services/leads.py``, what to do after them in
``services/follow_ups.py``.
"""

from __future__ import annotations

import enum
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.messages import Said, say
from delegation_app.services.agenda import agendas_for
from delegation_app.services.agreements import ITEM_KIND_WORDS
from delegation_app.services.itinerary import (
    ItemSnapshot,
    create_item,
    delete_item,
    restore_item,
    update_item,
)
from delegation_app.services.validation import aware, optional_text
from delegation_app.storage.models import (
    Audience,
    B2BMeeting,
    B2BSession,
    FollowUpAction,
    ItemKind,
    ItineraryItem,
    LeadMeeting,
    MeetingDelegate,
    MeetingStatus,
    Mission,
    Organisation,
    Participant,
    Person,
    Stop,
    Venue,
)

_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}$")

# Built once: an alias is costly to construct (a proxy per column) and caches alike anyway.
_Contact = aliased(Person, name="contact")

_NEVER = datetime.max.replace(tzinfo=UTC)  # where requests without a time sort

SCHEDULED_STATUSES = (MeetingStatus.PROPOSED, MeetingStatus.CONFIRMED)
OUTCOME_STATUSES = (MeetingStatus.HELD, MeetingStatus.CANCELLED, MeetingStatus.NO_SHOW)
# A status inside a message, said in the reader's language: as its value ("no_show"), and as
# the messages that hyphen it write it ("no-show").
_STATUS_WORDS: dict[MeetingStatus, Said] = {
    MeetingStatus.REQUESTED: say("requested"),
    MeetingStatus.PROPOSED: say("proposed"),
    MeetingStatus.CONFIRMED: say("confirmed"),
    MeetingStatus.HELD: say("held"),
    MeetingStatus.CANCELLED: say("cancelled"),
    MeetingStatus.NO_SHOW: say("no_show"),
}
_HYPHENED_STATUS_WORDS: dict[MeetingStatus, Said] = {
    **_STATUS_WORDS,
    MeetingStatus.NO_SHOW: say("no-show"),
}


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
        raise ValidationError(
            "priority", say("{priority} is not 1 (high), 2 or 3 (low)", priority=priority)
        )
    return priority


def _check_languages(languages: Sequence[str] | str) -> str | None:
    """Language codes stored as 'en;fr'; a single string may list them as 'en;fr' or 'en, fr'."""
    if isinstance(languages, str):
        languages = [part for part in re.split(r"[;,\s]+", languages) if part]
    codes: list[str] = []
    for language in languages:
        code = language.strip().lower()
        if not _LANGUAGE_RE.match(code):
            raise ValidationError(
                "languages", say("'{code}' is not a language code (fr, en, es)", code=language)
            )
        if code not in codes:
            codes.append(code)
    text = ";".join(codes)
    if len(text) > 40:
        raise ValidationError("languages", say("too many languages for one meeting"))
    return text or None


def _get_meeting(session: Session, meeting_id: int) -> B2BMeeting:
    meeting = session.get(B2BMeeting, meeting_id)
    if meeting is None:
        raise NotFound(say("no B2B meeting with id {meeting_id}", meeting_id=meeting_id))
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
        raise NotFound(say("no mission with id {mission_id}", mission_id=mission_id))
    if session.get(Organisation, organisation_id) is None:
        raise NotFound(
            say("no organisation with id {organisation_id}", organisation_id=organisation_id)
        )
    if contact_person_id is not None and session.get(Person, contact_person_id) is None:
        raise NotFound(say("no person with id {person_id} (contact)", person_id=contact_person_id))
    wanted = _checked_delegates(session, mission_id, participant_ids)
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
            "status",
            say(
                "a scheduled meeting is proposed or confirmed, not {status}",
                status=_STATUS_WORDS[status],
            ),
        )
    item = session.get(ItineraryItem, item_id)
    if item is None:
        raise NotFound(say("no itinerary item with id {item_id}", item_id=item_id))
    if item.kind != ItemKind.MEETING:
        raise ValidationError(
            "item",
            say(
                "'{title}' is a {kind} item, not a meeting",
                title=item.title_fr,
                kind=ITEM_KIND_WORDS[item.kind],
            ),
        )
    if item.mission_id != meeting.mission_id:
        raise ValidationError(
            "item", say("'{title}' belongs to another mission", title=item.title_fr)
        )
    if meeting.locked and meeting.item_id is not None and meeting.item_id != item_id:
        raise Conflict(say("this meeting is locked in its time slot; unlock it before moving it"))
    taken = session.scalar(
        select(B2BMeeting.id).where(B2BMeeting.item_id == item_id, B2BMeeting.id != meeting_id)
    )
    if taken is not None:
        raise Conflict(say("another meeting already takes the slot '{title}'", title=item.title_fr))
    meeting.item_id = item_id
    meeting.status = status
    meeting.locked = locked
    session.flush()
    return get_meeting(session, meeting_id)


def set_locked(session: Session, meeting_id: int, locked: bool) -> MeetingView:
    """Lock a scheduled meeting in its time (the scheduler never moves it), or unlock it."""
    meeting = _get_meeting(session, meeting_id)
    if locked and meeting.item_id is None:
        raise ValidationError("locked", say("only a meeting with a time can be locked in it"))
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
            "status",
            say(
                "an outcome is held, cancelled or no-show, not {status}",
                status=_STATUS_WORDS[status],
            ),
        )
    if status in (MeetingStatus.HELD, MeetingStatus.NO_SHOW) and meeting.item_id is None:
        raise ValidationError("status", say("the meeting was never scheduled, so it was not held"))
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


# --- editing a request ------------------------------------------------------------------------


def _checked_delegates(
    session: Session, mission_id: int, participant_ids: Sequence[int]
) -> set[int]:
    wanted = set(participant_ids)
    if not wanted:
        raise ValidationError("delegates", say("choose at least one delegate for the meeting"))
    known = set(
        session.scalars(
            select(Participant.id).where(
                Participant.id.in_(wanted), Participant.mission_id == mission_id
            )
        )
    )
    if known != wanted:
        raise ValidationError("delegates", say("someone named is not on this mission's roster"))
    return wanted


def update_request(
    session: Session,
    meeting_id: int,
    *,
    organisation_id: int,
    participant_ids: Sequence[int],
    priority: int = 2,
    purpose: str | None = None,
    languages: Sequence[str] | str = (),
    interpreter_needed: bool = False,
) -> MeetingView:
    """Change who meets whom, the priority, purpose, languages and the need of an interpreter.

    A meeting that has a time keeps it: its item's delegates follow, and a change that would
    put someone in two meetings at once is refused (:class:`MoveRefused`)."""
    meeting = _get_meeting(session, meeting_id)
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound(
            say("no organisation with id {organisation_id}", organisation_id=organisation_id)
        )
    wanted = _checked_delegates(session, meeting.mission_id, participant_ids)
    clean_priority = _check_priority(priority)
    clean_purpose = optional_text("purpose", purpose, max_length=10_000)
    clean_languages = _check_languages(languages)
    item = session.get(ItineraryItem, meeting.item_id) if meeting.item_id is not None else None
    if item is not None and meeting.status in SCHEDULED_STATUSES:
        _refuse_clash(
            session,
            meeting,
            aware(item.start_local, item.start_zone),
            aware(item.end_local, item.end_zone),
            sorted(wanted),
            organisation_id,
        )
    before = set(
        session.scalars(
            select(MeetingDelegate.participant_id).where(MeetingDelegate.meeting_id == meeting.id)
        )
    )
    renamed = meeting.organisation_id != organisation_id
    meeting.organisation_id = organisation_id
    meeting.priority = clean_priority
    meeting.purpose = clean_purpose
    meeting.languages = clean_languages
    meeting.interpreter_needed = interpreter_needed
    for row in session.scalars(
        select(MeetingDelegate).where(
            MeetingDelegate.meeting_id == meeting.id,
            MeetingDelegate.participant_id.not_in(wanted),
        )
    ):
        session.delete(row)
    session.add_all(
        MeetingDelegate(meeting_id=meeting.id, participant_id=p) for p in sorted(wanted - before)
    )
    session.flush()
    if item is not None and (renamed or wanted != before):
        changes: dict[str, object] = {"participant_ids": tuple(sorted(wanted))}
        if renamed:
            changes["title_fr"] = _title_fr(organisation.name)
            changes["title_en"] = _title_en(organisation.name)
        update_item(session, item.id, **changes)
    return get_meeting(session, meeting_id)


def set_status(
    session: Session, meeting_id: int, status: MeetingStatus, outcome: str | None = None
) -> MeetingView:
    """Record where a meeting stands, with a note of its outcome.

    Requested is for a meeting without a time; proposed, confirmed, held and no-show need one
    (give it a time first); cancelled fits any meeting."""
    meeting = _get_meeting(session, meeting_id)
    scheduled = meeting.item_id is not None
    if status is MeetingStatus.REQUESTED and scheduled:
        raise ValidationError(
            "status",
            say("the meeting has a time, so it is proposed or confirmed, not requested"),
        )
    if status in SCHEDULED_STATUSES and not scheduled:
        raise ValidationError(
            "status",
            say(
                "give the meeting a time before it is {status}",
                status=_HYPHENED_STATUS_WORDS[status],
            ),
        )
    if status in (MeetingStatus.HELD, MeetingStatus.NO_SHOW) and not scheduled:
        raise ValidationError("status", say("the meeting was never scheduled, so it was not held"))
    meeting.status = status
    meeting.outcome = optional_text("outcome", outcome, max_length=10_000)
    session.flush()
    return get_meeting(session, meeting_id)


@dataclass(frozen=True)
class MeetingSnapshot:
    """A deleted request: its row, its delegates and its item, for :func:`restore_request`."""

    meeting_id: int
    organisation: str
    row: tuple[tuple[str, object], ...]
    participant_ids: tuple[int, ...]
    item: ItemSnapshot | None


def delete_request(session: Session, meeting_id: int) -> MeetingSnapshot:
    """Delete a meeting (request) and its time in the itinerary; refused once it has a lead or
    follow-up actions (they are the meeting's history)."""
    meeting = _get_meeting(session, meeting_id)
    if session.scalar(select(LeadMeeting.lead_id).where(LeadMeeting.meeting_id == meeting_id)):
        raise Conflict(say("this meeting concerns a lead: keep it, or cancel it instead"))
    if session.scalar(
        select(FollowUpAction.id).where(FollowUpAction.meeting_id == meeting_id).limit(1)
    ):
        raise Conflict(say("this meeting has follow-up actions: keep it, or cancel it instead"))
    organisation = session.get(Organisation, meeting.organisation_id)
    participant_ids = tuple(
        sorted(
            session.scalars(
                select(MeetingDelegate.participant_id).where(
                    MeetingDelegate.meeting_id == meeting_id
                )
            )
        )
    )
    item = delete_item(session, meeting.item_id) if meeting.item_id is not None else None
    meeting = _get_meeting(session, meeting_id)  # deleting the item expired it
    table = B2BMeeting.__table__
    row = tuple((column.name, getattr(meeting, column.key)) for column in table.columns)
    session.delete(meeting)
    session.flush()
    return MeetingSnapshot(
        meeting_id=meeting_id,
        organisation=organisation.name if organisation is not None else "",
        row=row,
        participant_ids=participant_ids,
        item=item,
    )


def restore_request(session: Session, snapshot: MeetingSnapshot) -> int:
    """Bring a deleted request back, with its delegates and its time; returns its id."""
    if session.get(B2BMeeting, snapshot.meeting_id) is not None:
        raise Conflict(
            say("the B2B meeting {meeting_id} exists already", meeting_id=snapshot.meeting_id)
        )
    values = dict(snapshot.row)
    values["item_id"] = None  # restore_item links the item back
    session.add(B2BMeeting(**values))
    session.flush()
    session.add_all(
        MeetingDelegate(meeting_id=snapshot.meeting_id, participant_id=p)
        for p in snapshot.participant_ids
    )
    session.flush()
    if snapshot.item is not None:
        restore_item(session, snapshot.item)
    return snapshot.meeting_id


# --- moving a meeting to a slot ---------------------------------------------------------------


class Refusal(enum.StrEnum):
    """Why a meeting cannot go to a slot."""

    LOCKED = "locked"
    CLOSED = "closed"
    """Held, cancelled or no-show: its time is history."""
    DELEGATE_BUSY = "delegate_busy"
    ORGANISATION_BUSY = "organisation_busy"
    NO_TABLE = "no_table"
    NO_INTERPRETER = "no_interpreter"


class MoveRefused(Conflict):
    """A move the rules forbid; ``who`` is the person or organisation concerned, ``what`` the
    meeting or item they are in, ``at`` its start (aware, local)."""

    def __init__(
        self,
        refusal: Refusal,
        message: str,
        *,
        who: str = "",
        what: str = "",
        at: datetime | None = None,
    ) -> None:
        super().__init__(message)
        self.refusal = refusal
        self.who = who
        self.what = what
        self.at = at


@dataclass(frozen=True)
class MeetingMove:
    """What :func:`move_meeting` wrote, so that :func:`undo_move` takes it back."""

    meeting_id: int
    status_before: MeetingStatus
    created_item_id: int | None
    before: tuple[datetime, str, datetime, str, int | None] | None
    """The item's start, start zone, end, end zone and venue before the move."""
    meeting: MeetingView
    """The meeting once moved."""


_LIVE = (MeetingStatus.REQUESTED, *SCHEDULED_STATUSES, MeetingStatus.HELD, MeetingStatus.NO_SHOW)


def _title_fr(organisation: str) -> str:
    return f"Rendez-vous d'affaires (B2B) : {organisation}"


def _title_en(organisation: str) -> str:
    return f"Business meeting (B2B): {organisation}"


def _overlaps(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _other_meetings(
    session: Session, meeting: B2BMeeting
) -> list[tuple[B2BMeeting, ItineraryItem, str]]:
    """The mission's other meetings with a time (cancelled ones aside), with their item and
    organisation's name."""
    return [
        (other, item, name)
        for other, item, name in session.execute(
            select(B2BMeeting, ItineraryItem, Organisation.name)
            .join(ItineraryItem, B2BMeeting.item_id == ItineraryItem.id)
            .join(Organisation, B2BMeeting.organisation_id == Organisation.id)
            .where(
                B2BMeeting.mission_id == meeting.mission_id,
                B2BMeeting.id != meeting.id,
                B2BMeeting.status.in_(_LIVE),
            )
        )
    ]


def _span(item: ItineraryItem) -> tuple[datetime, datetime]:
    return aware(item.start_local, item.start_zone), aware(item.end_local, item.end_zone)


def _refuse_clash(
    session: Session,
    meeting: B2BMeeting,
    start: datetime,
    end: datetime,
    participant_ids: Sequence[int],
    organisation_id: int,
) -> None:
    """Raise :class:`MoveRefused` when anyone of the meeting is elsewhere from start to end."""
    span = (start, end)
    others = [row for row in _other_meetings(session, meeting) if _overlaps(_span(row[1]), span)]
    names = {
        participant_id: f"{given} {family}"
        for participant_id, given, family in session.execute(
            select(Participant.id, Person.given_name, Person.family_name)
            .join(Person, Participant.person_id == Person.id)
            .where(Participant.id.in_(participant_ids))
        )
    }
    delegates_of: dict[int, set[int]] = defaultdict(set)
    for meeting_id, participant_id in session.execute(
        select(MeetingDelegate.meeting_id, MeetingDelegate.participant_id).where(
            MeetingDelegate.meeting_id.in_([other.id for other, _, _ in others])
        )
    ):
        delegates_of[meeting_id].add(participant_id)
    for other, item, organisation in others:
        at = _span(item)[0]
        for participant_id in sorted(participant_ids, key=lambda p: names.get(p, "")):
            if participant_id in delegates_of[other.id]:
                who = names.get(participant_id, str(participant_id))
                raise MoveRefused(
                    Refusal.DELEGATE_BUSY,
                    say(
                        "{who} is already in the meeting with {organisation} "
                        "at {at:%H:%M}: nobody is in two meetings at once",
                        who=who,
                        organisation=organisation,
                        at=at,
                    ),
                    who=who,
                    what=organisation,
                    at=at,
                )
        if other.organisation_id == organisation_id:
            raise MoveRefused(
                Refusal.ORGANISATION_BUSY,
                say(
                    "{organisation} already meets other delegates at {at:%H:%M}",
                    organisation=organisation,
                    at=at,
                ),
                who=organisation,
                what=organisation,
                at=at,
            )
    # Every other item of their agendas (visits, meals, journeys) keeps them busy too.
    meeting_items = {item.id for _, item, _ in _other_meetings(session, meeting)}
    for participant_id, entries in sorted(
        agendas_for(session, meeting.mission_id, participant_ids).items(),
        key=lambda pair: names.get(pair[0], ""),
    ):
        for entry in entries:
            if entry.item_id == meeting.item_id or entry.item_id in meeting_items:
                continue
            if entry.kind is ItemKind.FREE_TIME or not _overlaps((entry.start, entry.end), span):
                continue
            who = names.get(participant_id, str(participant_id))
            raise MoveRefused(
                Refusal.DELEGATE_BUSY,
                say(
                    "{who} is at '{title}' at {at:%H:%M}: nobody is in two places at once",
                    who=who,
                    title=entry.title_en,
                    at=entry.start,
                ),
                who=who,
                what=entry.title_en,
                at=entry.start,
            )


def move_meeting(
    session: Session, meeting_id: int, *, session_id: int, start_local: datetime
) -> MeetingMove:
    """Give a meeting the slot of a B2B session starting at ``start_local`` (the session's wall
    time): its item moves there, or is created for a request. The meeting becomes "proposed"
    (a new time is agreed with the company again).

    Refused with :class:`MoveRefused` for a locked meeting or one already held, cancelled or
    missed, when a delegate or the organisation is busy then, and when every table of the
    slot is taken (meetings at the organisation's premises take no table), or every
    interpreter of the session when the meeting needs one."""
    meeting = _get_meeting(session, meeting_id)
    b2b = session.get(B2BSession, session_id)
    if b2b is None:
        raise NotFound(say("no B2B session with id {session_id}", session_id=session_id))
    if b2b.mission_id != meeting.mission_id:
        raise ValidationError("slot", say("the B2B session belongs to another mission"))
    organisation = session.get(Organisation, meeting.organisation_id)
    assert organisation is not None  # the foreign key forbids it
    if meeting.status in OUTCOME_STATUSES:
        raise MoveRefused(
            Refusal.CLOSED,
            say(
                "the meeting with {organisation} is {status}: its time is history",
                organisation=organisation.name,
                status=_HYPHENED_STATUS_WORDS[meeting.status],
            ),
            what=organisation.name,
        )
    if meeting.locked:
        raise MoveRefused(
            Refusal.LOCKED,
            say(
                "the meeting with {organisation} is locked at its time: unlock it first",
                organisation=organisation.name,
            ),
            what=organisation.name,
        )
    start = aware(start_local, b2b.zone)
    step = timedelta(minutes=b2b.slot_minutes)
    first = aware(b2b.start_local, b2b.zone).astimezone(UTC)
    last = aware(b2b.end_local, b2b.zone).astimezone(UTC)
    offset = start.astimezone(UTC) - first
    if offset < timedelta(0) or start.astimezone(UTC) + step > last or offset % step:
        raise ValidationError(
            "slot",
            say("{start:%H:%M} is not the start of a slot of this B2B session", start=start_local),
        )
    end = (start.astimezone(UTC) + step).astimezone(start.tzinfo)
    item = session.get(ItineraryItem, meeting.item_id) if meeting.item_id is not None else None
    if item is not None and _span(item) == (start, end):
        raise ValidationError(
            "slot", say("the meeting is already at {start:%H:%M}", start=start_local)
        )
    participant_ids = sorted(
        session.scalars(
            select(MeetingDelegate.participant_id).where(MeetingDelegate.meeting_id == meeting_id)
        )
    )
    _refuse_clash(session, meeting, start, end, participant_ids, meeting.organisation_id)
    venue_id = meeting.premises_venue_id if meeting.premises_venue_id is not None else b2b.venue_id
    if meeting.premises_venue_id is None:
        at_tables = sum(
            1
            for other, other_item, _ in _other_meetings(session, meeting)
            if other.premises_venue_id is None
            and other_item.venue_id == b2b.venue_id
            and _overlaps(_span(other_item), (start, end))
        )
        if at_tables >= b2b.tables:
            raise MoveRefused(
                Refusal.NO_TABLE,
                say(
                    "all {tables} tables are taken at {start:%H:%M}",
                    tables=b2b.tables,
                    start=start_local,
                ),
                at=start,
            )
    if meeting.interpreter_needed:
        with_interpreter = sum(
            1
            for other, other_item, _ in _other_meetings(session, meeting)
            if other.interpreter_needed and _overlaps(_span(other_item), (start, end))
        )
        if with_interpreter >= b2b.interpreters:
            raise MoveRefused(
                Refusal.NO_INTERPRETER,
                say(
                    "no interpreter is free at {start:%H:%M} "
                    "({interpreters} on hand for the session)",
                    start=start_local,
                    interpreters=b2b.interpreters,
                ),
                at=start,
            )
    status_before = meeting.status
    new_local, new_end = start.replace(tzinfo=None), end.replace(tzinfo=None)
    created: int | None = None
    before = None
    if item is not None:
        before = (item.start_local, item.start_zone, item.end_local, item.end_zone, item.venue_id)
        update_item(
            session,
            item.id,
            start_local=new_local,
            start_zone=b2b.zone,
            end_local=new_end,
            end_zone=b2b.zone,
            venue_id=venue_id,
        )
    else:
        day = new_local.date()
        stop_id = session.scalar(
            select(Stop.id)
            .where(
                Stop.mission_id == meeting.mission_id,
                Stop.start_date <= day,
                Stop.end_date >= day,
            )
            .order_by(Stop.position)
            .limit(1)
        )
        created = create_item(
            session,
            mission_id=meeting.mission_id,
            kind=ItemKind.MEETING,
            title_fr=_title_fr(organisation.name),
            title_en=_title_en(organisation.name),
            start_local=new_local,
            start_zone=b2b.zone,
            end_local=new_end,
            end_zone=b2b.zone,
            stop_id=stop_id,
            venue_id=venue_id,
            audience=Audience.PEOPLE,
            participant_ids=participant_ids,
            is_private=True,
        )
        meeting = _get_meeting(session, meeting_id)
        meeting.item_id = created
    meeting.status = MeetingStatus.PROPOSED
    session.flush()
    return MeetingMove(
        meeting_id=meeting_id,
        status_before=status_before,
        created_item_id=created,
        before=before,
        meeting=get_meeting(session, meeting_id),
    )


def undo_move(session: Session, move: MeetingMove) -> MeetingView:
    """Put a moved meeting back where it was, with its status before."""
    meeting = _get_meeting(session, move.meeting_id)
    if move.created_item_id is not None:
        if session.get(ItineraryItem, move.created_item_id) is not None:
            delete_item(session, move.created_item_id)
    elif move.before is not None and meeting.item_id is not None:
        start_local, start_zone, end_local, end_zone, venue_id = move.before
        update_item(
            session,
            meeting.item_id,
            start_local=start_local,
            start_zone=start_zone,
            end_local=end_local,
            end_zone=end_zone,
            venue_id=venue_id,
        )
    meeting = _get_meeting(session, move.meeting_id)
    meeting.status = move.status_before
    session.flush()
    return get_meeting(session, move.meeting_id)
