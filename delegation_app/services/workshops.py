"""Workshops the delegation runs: theme, speakers, moderator, room, capacity and registrations.

A workshop is an itinerary item of kind WORKSHOP; its details live beside it. A delegate
registers by an explicit inclusion row on the item (``ItemAttendance``), so the agenda, the
booklet and the calendar export see the registration without knowing about workshops. Speakers
need no registration: the agenda already counts them in.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.messages import say
from delegation_app.services.agreements import ITEM_KIND_WORDS
from delegation_app.services.validation import aware, check_count, optional_text

if TYPE_CHECKING:
    from delegation_app.services.checks import Finding
from delegation_app.storage.models import (
    ItemAttendance,
    ItemKind,
    ItineraryItem,
    Organisation,
    Participant,
    Person,
    Venue,
    WorkshopDetails,
    WorkshopSpeaker,
)


@dataclass(frozen=True)
class SpeakerView:
    person_id: int
    short: str
    name: str
    organisation: str | None
    job_title: str | None
    topic: str | None
    position: int


@dataclass(frozen=True)
class WorkshopView:
    item_id: int
    mission_id: int
    title_fr: str
    title_en: str
    start_local: datetime
    start_zone: str
    end_local: datetime
    end_zone: str
    venue: str | None
    theme: str | None
    sector: str | None
    summary_fr: str | None
    summary_en: str | None
    room: str | None
    capacity: int | None
    moderator_id: int | None
    moderator: str | None
    material: str | None
    speakers: tuple[SpeakerView, ...]
    registered_ids: tuple[int, ...]
    """Participant ids of the delegates registered (explicitly included)."""

    def title(self, language: str) -> str:
        return self.title_fr if language == "fr" else self.title_en

    def summary(self, language: str) -> str | None:
        return self.summary_fr if language == "fr" else (self.summary_en or self.summary_fr)

    @property
    def start(self) -> datetime:
        return aware(self.start_local, self.start_zone)

    @property
    def end(self) -> datetime:
        return aware(self.end_local, self.end_zone)

    @property
    def registered_count(self) -> int:
        return len(self.registered_ids)

    @property
    def seats_left(self) -> int | None:
        """Free seats, or None when the room has no stated capacity."""
        if self.capacity is None:
            return None
        return max(self.capacity - self.registered_count, 0)

    @property
    def is_full(self) -> bool:
        return self.seats_left == 0


def _workshop_item(session: Session, item_id: int) -> ItineraryItem:
    item = session.get(ItineraryItem, item_id)
    if item is None:
        raise NotFound(say("no itinerary item with id {item_id}", item_id=item_id))
    if item.kind != ItemKind.WORKSHOP:
        raise ValidationError(
            "item",
            say(
                "'{title}' is a {kind} item, not a workshop",
                title=item.title_fr,
                kind=ITEM_KIND_WORDS[item.kind],
            ),
        )
    return item


def _check_capacity(capacity: int | None) -> int | None:
    if capacity is not None and capacity <= 0:
        raise ValidationError(
            "capacity", say("{capacity} is not a positive number of seats", capacity=capacity)
        )
    return capacity


def _registered_count(session: Session, item_id: int) -> int:
    return (
        session.scalar(
            select(func.count()).where(
                ItemAttendance.item_id == item_id, ItemAttendance.excluded.is_(False)
            )
        )
        or 0
    )


def _apply_details(
    session: Session,
    item: ItineraryItem,
    details: WorkshopDetails,
    *,
    theme: str | None,
    sector: str | None,
    summary_fr: str | None,
    summary_en: str | None,
    room: str | None,
    capacity: int | None,
    moderator_person_id: int | None,
    material: str | None,
) -> None:
    # Every check before the first change, so a refused edit leaves the workshop as it was.
    capacity = _check_capacity(capacity)
    if moderator_person_id is not None and session.get(Person, moderator_person_id) is None:
        raise NotFound(
            say("no person with id {person_id} (moderator)", person_id=moderator_person_id)
        )
    values = {
        "theme": optional_text("theme", theme),
        "sector": optional_text("sector", sector, max_length=80),
        "summary_fr": optional_text("French summary", summary_fr, max_length=10_000),
        "summary_en": optional_text("English summary", summary_en, max_length=10_000),
        "room": optional_text("room", room, max_length=120),
        "material": optional_text("material", material, max_length=300),
    }
    check_count("capacity", capacity, maximum=100_000)
    if capacity is not None:
        registered = _registered_count(session, item.id)
        if registered > capacity:
            raise ValidationError(
                "capacity",
                say(
                    "{capacity} seats is fewer than the {registered} delegates registered",
                    capacity=capacity,
                    registered=registered,
                ),
            )
    for name, value in values.items():
        setattr(details, name, value)
    details.capacity = capacity
    details.moderator_id = moderator_person_id
    if moderator_person_id is not None:
        _include_moderator(session, item, moderator_person_id)


def _include_moderator(session: Session, item: ItineraryItem, person_id: int) -> None:
    """A moderator on the delegation attends their workshop (the agenda knows no moderators).

    They take a seat among the registered; a former moderator keeps theirs, since nothing tells
    whether they had registered on their own.
    """
    participant_id = session.scalar(
        select(Participant.id).where(
            Participant.mission_id == item.mission_id, Participant.person_id == person_id
        )
    )
    if participant_id is None:
        return
    row = session.get(ItemAttendance, (item.id, participant_id))
    if row is None:
        session.add(ItemAttendance(item_id=item.id, participant_id=participant_id))
    else:
        row.excluded = False


def create_workshop(
    session: Session,
    *,
    item_id: int,
    theme: str | None = None,
    sector: str | None = None,
    summary_fr: str | None = None,
    summary_en: str | None = None,
    room: str | None = None,
    capacity: int | None = None,
    moderator_person_id: int | None = None,
    material: str | None = None,
) -> WorkshopView:
    """Give a WORKSHOP itinerary item its theme, room, capacity and moderator."""
    item = _workshop_item(session, item_id)
    if session.get(WorkshopDetails, item_id) is not None:
        raise Conflict(say("the workshop '{title}' already has its details", title=item.title_fr))
    details = WorkshopDetails(item_id=item_id)
    _apply_details(
        session,
        item,
        details,
        theme=theme,
        sector=sector,
        summary_fr=summary_fr,
        summary_en=summary_en,
        room=room,
        capacity=capacity,
        moderator_person_id=moderator_person_id,
        material=material,
    )
    session.add(details)
    session.flush()
    return get_workshop(session, item_id)


def update_workshop(
    session: Session,
    *,
    item_id: int,
    theme: str | None = None,
    sector: str | None = None,
    summary_fr: str | None = None,
    summary_en: str | None = None,
    room: str | None = None,
    capacity: int | None = None,
    moderator_person_id: int | None = None,
    material: str | None = None,
) -> WorkshopView:
    """Replace every detail of a workshop (what is not given becomes empty)."""
    item = _workshop_item(session, item_id)
    details = session.get(WorkshopDetails, item_id)
    if details is None:
        raise NotFound(say("the workshop '{title}' has no details yet", title=item.title_fr))
    _apply_details(
        session,
        item,
        details,
        theme=theme,
        sector=sector,
        summary_fr=summary_fr,
        summary_en=summary_en,
        room=room,
        capacity=capacity,
        moderator_person_id=moderator_person_id,
        material=material,
    )
    session.flush()
    return get_workshop(session, item_id)


def add_speaker(
    session: Session,
    *,
    item_id: int,
    person_id: int,
    topic: str | None = None,
    position: int | None = None,
) -> WorkshopView:
    """Add a speaker; without a position they speak after those already listed."""
    item = _workshop_item(session, item_id)
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(say("no person with id {person_id}", person_id=person_id))
    if session.get(WorkshopSpeaker, (item_id, person_id)) is not None:
        raise Conflict(
            say(
                "{name} already speaks at '{title}'",
                name=f"{person.given_name} {person.family_name}",
                title=item.title_fr,
            )
        )
    if position is None:
        last = session.scalar(
            select(func.max(WorkshopSpeaker.position)).where(WorkshopSpeaker.item_id == item_id)
        )
        position = 0 if last is None else last + 1
    elif position < 0:
        raise ValidationError(
            "position", say("{position} is not a position (0 is first)", position=position)
        )
    session.add(
        WorkshopSpeaker(
            item_id=item_id,
            person_id=person_id,
            position=position,
            topic=optional_text("topic", topic),
        )
    )
    session.flush()
    return get_workshop(session, item_id)


def remove_speaker(session: Session, *, item_id: int, person_id: int) -> None:
    speaker = session.get(WorkshopSpeaker, (item_id, person_id))
    if speaker is None:
        raise NotFound(say("this person is not a speaker of the workshop"))
    session.delete(speaker)
    session.flush()


def register_delegate(session: Session, item_id: int, participant_id: int) -> None:
    """Register a delegate for a workshop (an explicit inclusion), within its capacity."""
    item = _workshop_item(session, item_id)
    participant = session.get(Participant, participant_id)
    if participant is None:
        raise NotFound(
            say("no participant with id {participant_id}", participant_id=participant_id)
        )
    if participant.mission_id != item.mission_id:
        raise ValidationError("delegate", say("is not on the roster of this workshop's mission"))
    row = session.get(ItemAttendance, (item_id, participant_id))
    if row is not None and not row.excluded:
        raise Conflict(say("this delegate is already registered for the workshop"))
    details = session.get(WorkshopDetails, item_id)
    if (
        details is not None
        and details.capacity is not None
        and _registered_count(session, item_id) >= details.capacity
    ):
        raise Conflict(
            say(
                "the workshop '{title}' is full ({capacity} seats)",
                title=item.title_fr,
                capacity=details.capacity,
            )
        )
    if row is None:
        session.add(ItemAttendance(item_id=item_id, participant_id=participant_id))
    else:
        row.excluded = False
    session.flush()


def unregister_delegate(session: Session, item_id: int, participant_id: int) -> None:
    _workshop_item(session, item_id)
    row = session.get(ItemAttendance, (item_id, participant_id))
    if row is None or row.excluded:
        raise NotFound(say("this delegate is not registered for the workshop"))
    session.delete(row)
    session.flush()


def get_workshop(session: Session, item_id: int) -> WorkshopView:
    _workshop_item(session, item_id)
    return _load(session, ItineraryItem.id == item_id)[0]


def list_workshops(session: Session, mission_id: int) -> list[WorkshopView]:
    """The mission's workshops in time order, in three queries whatever their number."""
    return _load(session, ItineraryItem.mission_id == mission_id)


def _load(session: Session, where: ColumnElement[bool]) -> list[WorkshopView]:
    # Columns, not ORM objects: only their values are read, and a mission has hundreds of
    # workshops. The speakers and registrations name the workshops by a subquery rather than
    # one bound parameter per workshop.
    rows = session.execute(
        select(
            ItineraryItem.id,
            ItineraryItem.mission_id,
            ItineraryItem.title_fr,
            ItineraryItem.title_en,
            ItineraryItem.start_local,
            ItineraryItem.start_zone,
            ItineraryItem.end_local,
            ItineraryItem.end_zone,
            Venue.name,
            WorkshopDetails.theme,
            WorkshopDetails.sector,
            WorkshopDetails.summary_fr,
            WorkshopDetails.summary_en,
            WorkshopDetails.room,
            WorkshopDetails.capacity,
            WorkshopDetails.moderator_id,
            Person.given_name,
            Person.family_name,
            WorkshopDetails.material,
        )
        .outerjoin(WorkshopDetails, WorkshopDetails.item_id == ItineraryItem.id)
        .outerjoin(Venue, ItineraryItem.venue_id == Venue.id)
        .outerjoin(Person, WorkshopDetails.moderator_id == Person.id)
        .where(where, ItineraryItem.kind == ItemKind.WORKSHOP)
    ).all()
    workshops = select(ItineraryItem.id).where(where, ItineraryItem.kind == ItemKind.WORKSHOP)
    speakers: dict[int, list[SpeakerView]] = defaultdict(list)
    for (
        item_id,
        topic,
        position,
        person_id,
        short,
        given,
        family,
        job,
        organisation,
    ) in session.execute(
        select(
            WorkshopSpeaker.item_id,
            WorkshopSpeaker.topic,
            WorkshopSpeaker.position,
            Person.id,
            Person.short,
            Person.given_name,
            Person.family_name,
            Person.job_title,
            Organisation.name,
        )
        .join(Person, WorkshopSpeaker.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(WorkshopSpeaker.item_id.in_(workshops))
        .order_by(WorkshopSpeaker.position, Person.family_name)
    ):
        speakers[item_id].append(
            SpeakerView(
                person_id=person_id,
                short=short,
                name=f"{given} {family}",
                organisation=organisation,
                job_title=job,
                topic=topic,
                position=position,
            )
        )
    registered: dict[int, list[int]] = defaultdict(list)
    for item_id, participant_id in session.execute(
        select(ItemAttendance.item_id, ItemAttendance.participant_id)
        .where(ItemAttendance.item_id.in_(workshops), ItemAttendance.excluded.is_(False))
        .order_by(ItemAttendance.participant_id)
    ):
        registered[item_id].append(participant_id)

    views = [
        WorkshopView(
            item_id=item_id,
            mission_id=mission_id,
            title_fr=title_fr,
            title_en=title_en,
            start_local=start_local,
            start_zone=start_zone,
            end_local=end_local,
            end_zone=end_zone,
            venue=venue,
            theme=theme,
            sector=sector,
            summary_fr=summary_fr,
            summary_en=summary_en,
            room=room,
            capacity=capacity,
            moderator_id=moderator_id,
            moderator=f"{given} {family}" if given is not None else None,
            material=material,
            speakers=tuple(speakers.get(item_id, ())),
            registered_ids=tuple(registered.get(item_id, ())),
        )
        for (
            item_id,
            mission_id,
            title_fr,
            title_en,
            start_local,
            start_zone,
            end_local,
            end_zone,
            venue,
            theme,
            sector,
            summary_fr,
            summary_en,
            room,
            capacity,
            moderator_id,
            given,
            family,
            material,
        ) in rows
    ]
    views.sort(key=lambda v: (v.start, v.item_id))
    return views


_OVER_CAPACITY = {
    "fr": (
        "{registered} délégués inscrits pour {capacity} places",
        "Inscrire des délégués à une autre séance, ou demander une salle plus grande au lieu.",
    ),
    "en": (
        "{registered} delegates registered for {capacity} seats",
        "Move some delegates to another session, or ask the venue for a bigger room.",
    ),
}


def check_workshops(session: Session, mission_id: int, *, language: str = "en") -> list[Finding]:
    """Workshops with more delegates registered than the room seats."""
    # Imported here: the checks module imports this one to add these findings.
    from delegation_app.services.checks import WARNING, Finding

    message, advice = _OVER_CAPACITY["fr" if language == "fr" else "en"]
    registered = func.count(ItemAttendance.participant_id)
    # One query, whatever the number of workshops: the checks' cost must not grow with them.
    rows = session.execute(
        select(
            ItineraryItem.id,
            ItineraryItem.title_fr,
            ItineraryItem.title_en,
            WorkshopDetails.capacity,
            registered,
        )
        .join(WorkshopDetails, WorkshopDetails.item_id == ItineraryItem.id)
        .join(ItemAttendance, ItemAttendance.item_id == ItineraryItem.id)
        .where(
            ItineraryItem.mission_id == mission_id,
            WorkshopDetails.capacity.is_not(None),
            ItemAttendance.excluded.is_(False),
        )
        .group_by(ItineraryItem.id)
        .having(registered > WorkshopDetails.capacity)
        .order_by(ItineraryItem.start_local, ItineraryItem.id)
    )
    return [
        Finding(
            "workshop.over_capacity",
            WARNING,
            None,
            item_id,
            title_fr if language == "fr" else title_en,
            message.format(registered=count, capacity=capacity),
            advice,
        )
        for item_id, title_fr, title_en, capacity, count in rows
    ]
