"""Finding the venues a programme names: the same hall typed twice is one venue."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.services.itinerary import ItemChanges, create_venue
from delegation_app.services.validation import collation_key, require_text
from delegation_app.storage.models import Venue


def find_venue(session: Session, name: str, city: str | None = None) -> int | None:
    """The venue with this name (ignoring case and accents), in this city when one is given.

    A name alone may be ambiguous across missions ("Hilton Downtown"); the city settles it, and
    a venue with no city recorded matches any city.
    """
    wanted = collation_key(name)
    city_key = collation_key(city) if city else None
    found = [
        (venue_id, venue_city)
        for venue_id, venue_name, venue_city in session.execute(
            select(Venue.id, Venue.name, Venue.city).order_by(Venue.id)
        )
        if collation_key(venue_name) == wanted
    ]
    for venue_id, venue_city in found:
        if city_key is None or venue_city is None or collation_key(venue_city) == city_key:
            return int(venue_id)
    return None


def find_or_create_venue(
    session: Session,
    *,
    name: str,
    address: str | None = None,
    city: str | None = None,
    zone: str | None = None,
) -> int:
    """The existing venue of that name and city, else a new one."""
    name = require_text("place", name)
    existing = find_venue(session, name, city)
    if existing is not None:
        return existing
    return create_venue(session, name=name, address=address, city=city, zone=zone)


@dataclass(frozen=True)
class NewVenue:
    """A place typed in the item editor that no venue matched yet: made when the item is."""

    name: str
    address: str | None = None
    city: str | None = None
    zone: str | None = None


def with_venue(session: Session, changes: ItemChanges, new_venue: NewVenue | None) -> ItemChanges:
    """``changes`` pointing at ``new_venue``, found or created now in the caller's transaction
    (so the venue is written with the item, or not at all); unchanged when there is none."""
    if new_venue is None:
        return changes
    venue_id = find_or_create_venue(
        session,
        name=new_venue.name,
        address=new_venue.address,
        city=new_venue.city,
        zone=new_venue.zone,
    )
    return replace(changes, venue_id=venue_id)
