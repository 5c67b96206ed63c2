"""Dietary needs passed to a venue: the record that they were sent, for which item, and when.

The pre-departure check "dietary needs not passed to a venue" stops naming a meal once its
needs were sent after they last changed; a delegate's needs edited later make it speak again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.errors import NotFound, ValidationError
from delegation_app.messages import say
from delegation_app.services.agenda import agendas_for
from delegation_app.services.missions import get_mission
from delegation_app.services.roster import login_name
from delegation_app.services.validation import is_id, optional_text, utc_now
from delegation_app.storage.models import (
    DietaryNotice,
    ItineraryItem,
    Participant,
    ParticipantStatus,
    Person,
    Venue,
)


@dataclass(frozen=True)
class NeedsSentView:
    """The needs of an item's delegates, sent to its venue."""

    id: int
    item_id: int
    item_title_fr: str
    item_title_en: str
    day: date
    venue: str | None
    sent_at: datetime  # UTC
    sent_by: str | None
    delegates: int  # how many delegates' needs were sent


def record_needs_sent(
    session: Session,
    mission_ref: str,
    item_ref: str,
    *,
    sent_by: str | None = None,
    sent_at: datetime | None = None,
) -> NeedsSentView:
    """Record that the dietary needs of the delegates attending an item went to its venue."""
    mission = get_mission(session, mission_ref)
    ref = item_ref.strip()
    item = session.get(ItineraryItem, int(ref)) if is_id(ref) else None
    if item is None or item.mission_id != mission.id:
        raise NotFound(
            say("the mission has no itinerary item '{ref}' (see 'itinerary list')", ref=ref)
        )
    if item.venue_id is None:
        raise ValidationError("item", say("the item has no venue to send the needs to"))
    attending = [
        participant_id
        for participant_id, has_needs in session.execute(
            select(Participant.id, Person.dietary_needs.is_not(None))
            .join(Person, Participant.person_id == Person.id)
            .where(
                Participant.mission_id == mission.id,
                Participant.status != ParticipantStatus.CANCELLED,
            )
        )
        if has_needs
    ]
    agendas = agendas_for(session, mission.id, attending)
    count = sum(
        1 for entries in agendas.values() if any(entry.item_id == item.id for entry in entries)
    )
    notice = DietaryNotice(
        item_id=item.id,
        venue_id=item.venue_id,
        sent_at=sent_at or utc_now(),
        sent_by=optional_text("sent by", sent_by or login_name(), max_length=120),
        delegates=count,
    )
    session.add(notice)
    session.flush()
    return _view(session, notice)


def needs_sent(session: Session, mission_id: int) -> list[NeedsSentView]:
    """Every record of needs sent for the mission's items, newest first."""
    notices = session.scalars(
        select(DietaryNotice)
        .join(ItineraryItem, DietaryNotice.item_id == ItineraryItem.id)
        .where(ItineraryItem.mission_id == mission_id)
        .order_by(DietaryNotice.sent_at.desc(), DietaryNotice.id.desc())
    )
    return [_view(session, notice) for notice in notices]


def _view(session: Session, notice: DietaryNotice) -> NeedsSentView:
    item = session.get(ItineraryItem, notice.item_id)
    assert item is not None
    venue = session.get(Venue, notice.venue_id) if notice.venue_id is not None else None
    return NeedsSentView(
        id=notice.id,
        item_id=item.id,
        item_title_fr=item.title_fr,
        item_title_en=item.title_en,
        day=item.start_local.date(),
        venue=venue.name if venue else None,
        sent_at=notice.sent_at,
        sent_by=notice.sent_by,
        delegates=notice.delegates,
    )
