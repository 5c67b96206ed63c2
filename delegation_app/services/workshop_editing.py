"""A workshop as its editor shows it, saved in one transaction (the window's undo uses it too).

:func:`workshop_form` reads every field of a workshop (its item's title, times and place, its
details, speakers in order and the delegates registered); :func:`save_workshop` writes a form
back, creating the itinerary item and its details for a new workshop. Saving the form read
before an edit gives the workshop back as it was. A speaker from outside, not on record yet, is
typed by name (:func:`outside_speaker`) and recorded as a person with the workshop.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.errors import ValidationError
from delegation_app.messages import say
from delegation_app.services import workshops
from delegation_app.services.itinerary import create_item, item_detail, update_item
from delegation_app.services.people import (
    NewOrganisation,
    create_person,
    find_or_create_organisation,
)
from delegation_app.storage.models import (
    Audience,
    ItemAttendance,
    ItemKind,
    OrganisationKind,
    WorkshopDetails,
    WorkshopSpeaker,
)


@dataclass(frozen=True)
class OutsideSpeaker:
    """A speaker not on record yet (a local expert): recorded as a person with the workshop."""

    given_name: str
    family_name: str
    organisation: str | None = None

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}"


def outside_speaker(text: str) -> OutsideSpeaker:
    """``Maria Lopez, PortMiami``: given and family names, then whom they work for."""
    name, _, organisation = text.partition(",")
    words = name.split()
    if len(words) < 2:
        raise ValidationError(
            "speaker",
            say(
                "'{text}' needs a given and a family name (Maria Lopez, PortMiami)",
                text=text.strip(),
            ),
        )
    return OutsideSpeaker(words[0], " ".join(words[1:]), " ".join(organisation.split()) or None)


@dataclass(frozen=True, kw_only=True)
class WorkshopForm:
    title_fr: str
    title_en: str | None
    start_local: datetime
    start_zone: str
    end_local: datetime
    end_zone: str | None = None
    stop_id: int | None = None
    venue_id: int | None = None
    theme: str | None = None
    sector: str | None = None
    summary_fr: str | None = None
    summary_en: str | None = None
    room: str | None = None
    capacity: int | None = None
    material: str | None = None
    moderator_person_id: int | None = None
    speakers: tuple[tuple[int | OutsideSpeaker, str | None], ...] = ()
    """(person id, or someone to record, and topic), in the order they speak."""
    registered_ids: tuple[int, ...] = ()
    """Participant ids of the delegates registered."""


def workshop_form(session: Session, item_id: int) -> WorkshopForm:
    detail = item_detail(session, item_id)
    view = workshops.get_workshop(session, item_id)
    return WorkshopForm(
        title_fr=detail.title_fr,
        title_en=detail.title_en,
        start_local=detail.start_local,
        start_zone=detail.start_zone,
        end_local=detail.end_local,
        end_zone=detail.end_zone,
        stop_id=detail.stop_id,
        venue_id=detail.venue_id,
        theme=view.theme,
        sector=view.sector,
        summary_fr=view.summary_fr,
        summary_en=view.summary_en,
        room=view.room,
        capacity=view.capacity,
        material=view.material,
        moderator_person_id=view.moderator_id,
        speakers=tuple((s.person_id, s.topic) for s in view.speakers),
        registered_ids=view.registered_ids,
    )


def save_workshop(
    session: Session, form: WorkshopForm, *, mission_id: int, item_id: int | None = None
) -> int:
    """Create (``item_id`` None) or replace a workshop with the form's fields; its item id.

    A refused field raises ``ValidationError`` naming it; the caller's transaction is then
    rolled back, so nothing is half-written.
    """
    if item_id is None:
        item_id = create_item(
            session,
            mission_id=mission_id,
            kind=ItemKind.WORKSHOP,
            title_fr=form.title_fr,
            title_en=form.title_en,
            start_local=form.start_local,
            start_zone=form.start_zone,
            end_local=form.end_local,
            end_zone=form.end_zone,
            stop_id=form.stop_id,
            venue_id=form.venue_id,
            audience=Audience.PEOPLE,
        )
    else:
        detail = item_detail(session, item_id)
        update_item(
            session,
            item_id,
            replace(
                detail.changes(),
                title_fr=form.title_fr,
                title_en=form.title_en,
                start_local=form.start_local,
                start_zone=form.start_zone,
                end_local=form.end_local,
                end_zone=form.end_zone,
                stop_id=form.stop_id,
                venue_id=form.venue_id,
            ),
        )
    wanted = set(form.registered_ids)
    # Those leaving first, so that a smaller room still seats those who stay.
    for participant_id in _registered(session, item_id) - wanted:
        workshops.unregister_delegate(session, item_id, participant_id)
    write = (
        workshops.create_workshop
        if session.get(WorkshopDetails, item_id) is None
        else workshops.update_workshop
    )
    write(
        session,
        item_id=item_id,
        theme=form.theme,
        sector=form.sector,
        summary_fr=form.summary_fr,
        summary_en=form.summary_en,
        room=form.room,
        capacity=form.capacity,
        moderator_person_id=form.moderator_person_id,
        material=form.material,
    )
    speakers = [(_speaker(session, who), topic) for who, topic in form.speakers]
    stored = [
        (row.person_id, row.topic)
        for row in session.scalars(
            select(WorkshopSpeaker)
            .where(WorkshopSpeaker.item_id == item_id)
            .order_by(WorkshopSpeaker.position)
        )
    ]
    if stored != speakers:
        for person_id, _topic in stored:
            workshops.remove_speaker(session, item_id=item_id, person_id=person_id)
        for position, (person_id, topic) in enumerate(dict(speakers).items()):
            workshops.add_speaker(
                session, item_id=item_id, person_id=person_id, topic=topic, position=position
            )
    for participant_id in sorted(wanted - _registered(session, item_id)):
        workshops.register_delegate(session, item_id, participant_id)
    session.flush()
    return item_id


def _speaker(session: Session, who: int | OutsideSpeaker) -> int:
    if isinstance(who, int):
        return who
    organisation_id = (
        find_or_create_organisation(
            session, NewOrganisation(who.organisation, kind=OrganisationKind.COMPANY)
        )
        if who.organisation
        else None
    )
    return create_person(
        session,
        given_name=who.given_name,
        family_name=who.family_name,
        organisation_id=organisation_id,
    ).id


def _registered(session: Session, item_id: int) -> set[int]:
    return set(
        session.scalars(
            select(ItemAttendance.participant_id).where(
                ItemAttendance.item_id == item_id, ItemAttendance.excluded.is_(False)
            )
        )
    )
