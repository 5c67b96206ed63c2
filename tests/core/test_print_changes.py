"""Changes since the last print: fingerprints of each booklet's content, and what changed, in
words a coordinator reads the night before."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from delegation_app.services.booklet import BookletData, booklets_data
from delegation_app.services.missions import resolve_mission_id
from delegation_app.services.people import resolve_person_id
from delegation_app.services.print_changes import (
    booklet_facts,
    changed_booklets,
    fingerprint,
    last_prints,
    record_prints,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    Accommodation,
    ItineraryItem,
    Participant,
    RoomAssignment,
    Venue,
    WorkshopSpeaker,
)

MIAMI = "miami-2017"
PEOPLE = ("jcgaudin", "lfalcon", "mvassal", "hducastelnunez")


def _booklets(db: Database, language: str = "en") -> list[BookletData]:
    with db.reading() as session:
        ids = [resolve_person_id(session, short) for short in PEOPLE]
        return booklets_data(session, MIAMI, [(i, language) for i in ids])


def _print(db: Database, language: str = "en") -> int:
    booklets = _booklets(db, language)
    with db.transaction() as session:
        return record_prints(
            session, booklets[0].mission.id, booklets, at=datetime(2017, 11, 4, 22, tzinfo=UTC)
        )


def _changes(db: Database, language: str = "en") -> dict[str, tuple[str, ...]]:
    booklets = _booklets(db)
    with db.reading() as session:
        found = changed_booklets(session, booklets[0].mission.id, booklets, language=language)
    return {change.name: change.changes for change in found}


def _item(session: object, title_en: str) -> ItineraryItem:
    item = session.scalars(  # type: ignore[attr-defined]
        select(ItineraryItem).where(ItineraryItem.title_en == title_en)
    ).one()
    assert isinstance(item, ItineraryItem)
    return item


def test_fingerprint_is_the_same_for_the_same_booklet_and_survives_pickling(
    demo_db: Database,
) -> None:
    first, second = _booklets(demo_db), _booklets(demo_db)
    for a, b in zip(first, second, strict=True):
        assert fingerprint(booklet_facts(a)) == fingerprint(booklet_facts(b))
        assert fingerprint(booklet_facts(pickle.loads(pickle.dumps(a)))) == fingerprint(
            booklet_facts(a)
        )
    french = _booklets(demo_db, "fr")
    assert fingerprint(booklet_facts(french[0])) != fingerprint(booklet_facts(first[0]))
    assert len({fingerprint(booklet_facts(b)) for b in first}) == len(first)


def test_a_booklet_never_printed_is_listed_and_then_no_longer(demo_db: Database) -> None:
    assert set(_changes(demo_db).values()) == {("never printed",)}
    assert _print(demo_db) == len(PEOPLE)
    assert _changes(demo_db) == {}
    with demo_db.reading() as session:
        records = last_prints(session, resolve_mission_id(session, MIAMI))
    assert len(records) == len(PEOPLE)
    assert {r.printed_at for r in records.values()} == {datetime(2017, 11, 4, 22, tzinfo=UTC)}


def test_a_room_change_and_a_room_mate_are_worded(demo_db: Database) -> None:
    _print(demo_db)
    with demo_db.transaction() as session:
        mission_id = resolve_mission_id(session, MIAMI)
        gaudin, vassal = (resolve_person_id(session, s) for s in ("jcgaudin", "mvassal"))
        rooms = {
            person: room
            for person, room in session.execute(
                select(Participant.person_id, RoomAssignment)
                .join(RoomAssignment, RoomAssignment.participant_id == Participant.id)
                .join(Accommodation, RoomAssignment.accommodation_id == Accommodation.id)
                .where(Accommodation.mission_id == mission_id)
            )
        }
        rooms[gaudin].room_number = "1599"
        rooms[vassal].room_number = "1599"
    changes = _changes(demo_db)
    assert changes["Jean-Claude Gaudin"] == (
        "room 1501 → 1599",
        "room shared with Martine Vassal (was nobody)",
    )
    assert changes["Martine Vassal"] == (
        "room 1502 → 1599",
        "room shared with Jean-Claude Gaudin (was nobody)",
    )
    assert "Loïc Falcon" not in changes
    french = {k: v for k, v in _changes(demo_db, "fr").items()}
    assert french["Jean-Claude Gaudin"][0] == "chambre 1501 → 1599"


def test_a_meeting_moved_within_the_day_or_to_another_day(demo_db: Database) -> None:
    _print(demo_db)
    with demo_db.transaction() as session:
        space = _item(session, "Business meeting (B2B): Space Florida")
        space.start_local += timedelta(minutes=30)
        space.end_local += timedelta(minutes=30)
    assert _changes(demo_db)["Loïc Falcon"] == (
        "meeting with Space Florida moved from 2:30 PM to 3:00 PM",
    )
    assert _changes(demo_db, "fr")["Loïc Falcon"] == (
        "rendez-vous avec Space Florida passe de 14:30 à 15:00",
    )
    with demo_db.transaction() as session:
        space = _item(session, "Business meeting (B2B): Space Florida")
        space.start_local += timedelta(days=1)
        space.end_local += timedelta(days=1)
    assert _changes(demo_db)["Loïc Falcon"] == (
        "meeting with Space Florida moved from Tue, Nov 7 at 2:30 PM to Wed, Nov 8 at 3:00 PM",
    )


def test_a_new_item_a_removed_item_and_a_new_place_are_worded(demo_db: Database) -> None:
    _print(demo_db)
    with demo_db.transaction() as session:
        dinner = _item(session, "Delegation closing dinner")
        hotel = session.get(Venue, dinner.venue_id)
        assert hotel is not None
        other = session.scalars(select(Venue).where(Venue.id != hotel.id)).first()
        assert other is not None
        dinner.venue_id = other.id
        space = _item(session, "Business meeting (B2B): Space Florida")
        session.delete(space)
        free_time = _item(session, "Free time or individual appointments")
        copy = ItineraryItem(
            mission_id=free_time.mission_id,
            stop_id=free_time.stop_id,
            kind=free_time.kind,
            title_fr="Croisière dans la baie",
            title_en="Cruise on the bay",
            start_local=free_time.start_local + timedelta(hours=6),
            start_zone=free_time.start_zone,
            end_local=free_time.start_local + timedelta(hours=8),
            end_zone=free_time.end_zone,
            audience=free_time.audience,
        )
        session.add(copy)
        other_name, hotel_name = other.name, hotel.name
    falcon = _changes(demo_db)["Loïc Falcon"]
    assert falcon[0] == "new: Cruise on the bay, Wed, Nov 8 at 8:00 PM"
    assert f"Delegation closing dinner: place {hotel_name} → {other_name}" in falcon
    assert (
        falcon[-1]
        == "no longer in the programme: meeting with Space Florida, Tue, Nov 7 at 2:30 PM"
    )


def test_becoming_a_speaker_is_worded(demo_db: Database) -> None:
    _print(demo_db)
    with demo_db.transaction() as session:
        workshop = _item(session, "Workshop: security in the Internet of Things")
        falcon = resolve_person_id(session, "lfalcon")
        session.add(WorkshopSpeaker(item_id=workshop.id, person_id=falcon, position=9))
    assert _changes(demo_db)["Loïc Falcon"] == (
        "new: Workshop: security in the Internet of Things, Mon, Nov 6 at 2:30 PM",
    )
    _print(demo_db)
    assert _changes(demo_db) == {}
    with demo_db.transaction() as session:
        workshop = _item(session, "Workshop: security in the Internet of Things")
        workshop.dress_code = "Business attire"
    changes = _changes(demo_db)
    assert changes["Loïc Falcon"] == (
        "Workshop: security in the Internet of Things: dress code none → Business attire",
    )
