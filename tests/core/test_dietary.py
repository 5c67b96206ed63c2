"""Dietary needs passed to a venue: recorded per item; the check asks again once they change."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from delegation_app.cli import main
from delegation_app.errors import NotFound, ValidationError
from delegation_app.services.checks import Finding, run_checks
from delegation_app.services.dietary import needs_sent, record_needs_sent
from delegation_app.services.missions import resolve_mission_id
from delegation_app.services.people import update_person
from delegation_app.services.roster import list_roster
from delegation_app.storage.database import Database
from delegation_app.storage.models import ItemKind, ItineraryItem, Venue

MISSION = "miami-2017"


def _diet(db: Database, language: str = "en") -> dict[str, Finding]:
    with db.reading() as session:
        findings = run_checks(session, MISSION, language=language)
    return {f.subject: f for f in findings if f.code == "diet.venues"}


def _items(db: Database) -> list[tuple[int, ItemKind, str | None]]:
    """The mission's items: id, kind, venue name."""
    with db.reading() as session:
        mission_id = resolve_mission_id(session, MISSION)
        return [
            (item_id, kind, venue)
            for item_id, kind, venue in session.execute(
                select(ItineraryItem.id, ItineraryItem.kind, Venue.name)
                .outerjoin(Venue, ItineraryItem.venue_id == Venue.id)
                .where(ItineraryItem.mission_id == mission_id)
            )
        ]


def _meals(db: Database) -> dict[str, int]:
    """The mission's meals: venue -> item id."""
    return {venue: i for i, kind, venue in _items(db) if kind == ItemKind.MEAL and venue}


def test_needs_sent_for_a_meal_leave_only_the_other_venues_in_the_finding(
    demo_db: Database,
) -> None:
    meals = _meals(demo_db)
    lunch = meals["Brickell Avenue Conference Center"]
    before = _diet(demo_db)
    assert before, "the demo mission has delegates with dietary needs at its meals"
    assert all("Brickell Avenue Conference Center" in f.message for f in before.values())

    with demo_db.transaction() as session:
        notice = record_needs_sent(session, MISSION, str(lunch), sent_by="Agnès")
    assert notice.venue == "Brickell Avenue Conference Center"
    assert notice.delegates == len(
        [f for f in before.values() if "Brickell Avenue Conference Center (" in f.message]
    )
    after = _diet(demo_db)
    assert set(after) <= set(before)
    assert not [f for f in after.values() if "Brickell Avenue Conference Center (" in f.message]
    assert all("Brickell Bayside Hotel" in f.message for f in after.values())

    with demo_db.transaction() as session:
        record_needs_sent(session, MISSION, str(meals["Brickell Bayside Hotel"]))
    assert _diet(demo_db) == {}


def test_needs_changed_after_they_were_sent_are_asked_for_again(demo_db: Database) -> None:
    meals = _meals(demo_db)
    with demo_db.transaction() as session:
        for item_id in meals.values():
            record_needs_sent(session, MISSION, str(item_id))
    assert _diet(demo_db) == {}
    with demo_db.transaction() as session:
        mission_id = resolve_mission_id(session, MISSION)
        [first, *_] = list_roster(session, mission_id)
        update_person(session, first.person_id, dietary_needs="Allergie aux arachides")
    name = f"{first.given_name} {first.family_name}"
    again = _diet(demo_db)
    assert list(again) == [name]
    assert "changed after they were sent on" in again[name].advice
    french = _diet(demo_db, "fr")[name]
    assert "ont changé après leur envoi du" in french.advice


def test_a_record_older_than_the_needs_does_not_count(demo_db: Database) -> None:
    meals = _meals(demo_db)
    before = _diet(demo_db)
    with demo_db.transaction() as session:
        notice = record_needs_sent(session, MISSION, str(meals["Brickell Bayside Hotel"]))
        for item_id in meals.values():
            record_needs_sent(
                session, MISSION, str(item_id), sent_at=notice.sent_at - timedelta(days=400)
            )
    assert set(_diet(demo_db)) == {
        s for s, f in before.items() if "Brickell Avenue Conference Center (" in f.message
    }


def test_needs_sent_refuses_an_item_of_another_mission_or_without_a_venue(
    demo_db: Database,
) -> None:
    without = next(i for i, _, venue in _items(demo_db) if venue is None)
    with demo_db.transaction() as session:
        mission_id = resolve_mission_id(session, MISSION)
        with pytest.raises(ValidationError, match="no venue"):
            record_needs_sent(session, MISSION, str(without))
        with pytest.raises(NotFound, match="no itinerary item '999999'"):
            record_needs_sent(session, MISSION, "999999")
        with pytest.raises(NotFound):
            record_needs_sent(session, MISSION, "déjeuner")
    with demo_db.reading() as session:
        assert needs_sent(session, mission_id) == []


def test_cli_needs_sent_then_list(capsys: pytest.CaptureFixture[str], demo_db_path: Path) -> None:
    from delegation_app.storage.database import open_database

    db = open_database(demo_db_path)
    try:
        lunch = _meals(db)["Brickell Avenue Conference Center"]
    finally:
        db.close()
    code = main(["needs", "sent", "--db", str(demo_db_path), "--mission", MISSION,
                 "--item", str(lunch), "--lang", "fr"])  # fmt: skip
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert (
        "sent to Brickell Avenue Conference Center for Déjeuner d'affaires franco-américain" in out
    )
    code = main(["needs", "list", "--db", str(demo_db_path), "--mission", MISSION, "--json"])
    out, _ = capsys.readouterr()
    [row] = json.loads(out)
    assert (row["item"], row["venue"], row["title"]) == (
        lunch, "Brickell Avenue Conference Center", "French-American business lunch",
    )  # fmt: skip
    assert row["delegates"] > 0


def test_needs_of_unknown_age_count_as_sent_by_any_record(demo_db: Database) -> None:
    # Needs entered before revision 0008 carry no date: any record of them sent is newer.
    from sqlalchemy import update

    from delegation_app.storage.models import Person

    with demo_db.transaction() as session:
        session.execute(update(Person).values(dietary_needs_changed_at=None))
    assert _diet(demo_db)
    with demo_db.transaction() as session:
        for item_id in _meals(demo_db).values():
            record_needs_sent(session, MISSION, str(item_id))
    assert _diet(demo_db) == {}
