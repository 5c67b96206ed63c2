"""Calendar files of a mission: read back with icalendar and checked as instants, UIDs and text."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar, Event
from sqlalchemy import select, update

from delegation_app.errors import NotFound, ValidationError
from delegation_app.interchange import ics_export
from delegation_app.interchange.ics_export import export_calendar
from delegation_app.services.agenda import agendas_for, programme_for
from delegation_app.services.itinerary import create_item, create_venue
from delegation_app.services.missions import get_mission
from delegation_app.services.people import resolve_person_id
from delegation_app.services.roster import resolve_participant_id
from delegation_app.storage.database import Database
from delegation_app.storage.models import FlightBooking, ItemKind, ItineraryItem

MIAMI = "miami-2017"
TORONTO = "toronto-montreal-2019"
NEW_YORK = "America/New_York"
STAMP = datetime(2017, 10, 20, 8, 30, tzinfo=UTC)


def _export(
    db: Database,
    path: Path,
    mission: str = MIAMI,
    person: str | None = None,
    *,
    language: str | None = None,
    stamp: datetime = STAMP,
) -> tuple[int, Calendar]:
    with db.reading() as session:
        count = export_calendar(session, mission, path, person, language=language, stamp=stamp)
    return count, Calendar.from_ical(path.read_bytes())


def _events(calendar: Calendar) -> list[Event]:
    return list(calendar.walk("VEVENT"))


def _by_summary(calendar: Calendar, start: str) -> Event:
    found = [e for e in _events(calendar) if str(e["SUMMARY"]).startswith(start)]
    assert len(found) == 1, [str(e["SUMMARY"]) for e in _events(calendar)]
    return found[0]


def _utc(event: Event, name: str) -> datetime:
    moment: datetime = event[name].dt
    return moment.astimezone(UTC)


def _add_item(db: Database, mission: str = MIAMI, **overrides: Any) -> int:
    with db.transaction() as session:
        arguments: dict[str, Any] = {
            "mission_id": get_mission(session, mission).id,
            "kind": ItemKind.VISIT,
            "title_fr": "Visite du Port",
            "title_en": "Port visit",
            "start_local": datetime(2017, 11, 6, 9, 0),
            "start_zone": NEW_YORK,
            "end_local": datetime(2017, 11, 6, 10, 0),
        }
        arguments.update(overrides)
        return create_item(session, **arguments)


def _uid_of(db: Database, item_id: int) -> str:
    with db.reading() as session:
        uid = session.scalar(select(ItineraryItem.uid).where(ItineraryItem.id == item_id))
    assert uid is not None
    return uid


def _physical_lines(data: bytes) -> Iterator[bytes]:
    assert data.endswith(b"\r\n")
    yield from data[:-2].split(b"\r\n")


def _offset_in_vtimezone(calendar: Calendar, tzid: str, wall: datetime) -> timedelta:
    """The UTC offset at a wall time as the file's own VTIMEZONE says, without a zone database.

    The observance in effect is the one with the latest onset (DTSTART or RDATE, in local time)
    at or before the wall time; far from a clock change that is exact.
    """
    (zone,) = [tz for tz in calendar.walk("VTIMEZONE") if str(tz["TZID"]) == tzid]
    onsets: list[tuple[datetime, timedelta]] = []
    for observance in zone.subcomponents:
        assert observance.name in ("STANDARD", "DAYLIGHT")
        assert "RRULE" not in observance  # the walk below reads DTSTART and RDATE only
        offset = observance["TZOFFSETTO"].td
        onsets.append((observance["DTSTART"].dt, offset))
        rdates = observance.get("RDATE", [])
        for rdate in rdates if isinstance(rdates, list) else [rdates]:
            onsets.extend((period.dt, offset) for period in rdate.dts)
    return max(onset for onset in onsets if onset[0] <= wall)[1]


# --- instants -----------------------------------------------------------------------------


def test_outbound_flight_starts_in_paris_and_lands_after_the_us_clock_change(
    demo_db: Database, tmp_path: Path
) -> None:
    _, calendar = _export(demo_db, tmp_path / "gaudin.ics", person="jcgaudin")
    flight = _by_summary(calendar, "Vol aller Marseille – Miami")

    assert flight["DTSTART"].params["TZID"] == "Europe/Paris"
    assert flight["DTEND"].params["TZID"] == NEW_YORK
    assert flight["DTSTART"].dt.replace(tzinfo=None) == datetime(2017, 11, 5, 10, 25)
    assert flight["DTEND"].dt.replace(tzinfo=None) == datetime(2017, 11, 5, 17, 40)
    assert _utc(flight, "DTSTART") == datetime(2017, 11, 5, 9, 25, tzinfo=UTC)
    # US daylight saving time ended at 02:00 that Sunday: 17:40 is EST (UTC-5), not EDT.
    assert _utc(flight, "DTEND") == datetime(2017, 11, 5, 22, 40, tzinfo=UTC)
    # The file's own VTIMEZONEs say the same, whatever zone database the reader has.
    landing = datetime(2017, 11, 5, 17, 40)
    assert _offset_in_vtimezone(calendar, NEW_YORK, landing) == timedelta(hours=-5)
    take_off = datetime(2017, 11, 5, 10, 25)
    assert _offset_in_vtimezone(calendar, "Europe/Paris", take_off) == timedelta(hours=1)


def test_miami_morning_after_the_clock_change_is_utc_minus_five(
    demo_db: Database, tmp_path: Path
) -> None:
    _add_item(demo_db, title_fr="Petit-déjeuner avec la presse", title_en="Press breakfast")
    _, calendar = _export(demo_db, tmp_path / "programme.ics")
    breakfast = _by_summary(calendar, "Petit-déjeuner avec la presse")

    assert breakfast["DTSTART"].params["TZID"] == NEW_YORK
    assert _utc(breakfast, "DTSTART") == datetime(2017, 11, 6, 14, 0, tzinfo=UTC)
    assert _utc(breakfast, "DTEND") == datetime(2017, 11, 6, 15, 0, tzinfo=UTC)
    wall = datetime(2017, 11, 6, 9, 0)
    assert _offset_in_vtimezone(calendar, NEW_YORK, wall) == timedelta(hours=-5)


def test_toronto_in_july_is_utc_minus_four(demo_db: Database, tmp_path: Path) -> None:
    _, calendar = _export(demo_db, tmp_path / "toronto.ics", TORONTO, language="en")
    briefing = _by_summary(calendar, "Briefing: the Canadian market")
    assert _utc(briefing, "DTSTART") == datetime(2019, 7, 8, 20, 0, tzinfo=UTC)

    in_toronto = [
        (e, name)
        for e in _events(calendar)
        for name in ("DTSTART", "DTEND")
        if e[name].params.get("TZID") == "America/Toronto"
    ]
    assert len(in_toronto) > 30
    for event, name in in_toronto:
        assert event[name].dt.utcoffset() == timedelta(hours=-4), str(event["SUMMARY"])
        wall = event[name].dt.replace(tzinfo=None)
        assert _offset_in_vtimezone(calendar, "America/Toronto", wall) == timedelta(hours=-4)


def test_every_zone_used_has_a_vtimezone(demo_db: Database, tmp_path: Path) -> None:
    for mission, person in ((MIAMI, None), (MIAMI, "jcgaudin"), (TORONTO, None)):
        _, calendar = _export(demo_db, tmp_path / "calendar.ics", mission, person)
        used = {
            str(e[name].params["TZID"]) for e in _events(calendar) for name in ("DTSTART", "DTEND")
        }
        defined = [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")]
        assert used == set(defined)
        assert len(defined) == len(set(defined))
        assert calendar.get_missing_tzids() == set()
    assert used == {"Europe/Paris", "America/Toronto"}


# --- identity and updates -----------------------------------------------------------------


def test_uids_are_stable_across_exports_and_unique_in_a_file(
    demo_db: Database, tmp_path: Path
) -> None:
    _, first = _export(demo_db, tmp_path / "first.ics")
    later = STAMP + timedelta(days=3)
    _, second = _export(demo_db, tmp_path / "second.ics", stamp=later)

    uids = [str(e["UID"]) for e in _events(first)]
    assert len(uids) == len(set(uids))
    assert uids == [str(e["UID"]) for e in _events(second)]
    assert {e["DTSTAMP"].dt for e in _events(second)} == {later}
    with demo_db.reading() as session:
        item_uids = set(session.scalars(select(ItineraryItem.uid)))
    one_offs = [uid for uid in uids if uid in item_uids]
    assert len(one_offs) >= 30  # a one-off item's event has the item's own UID


def test_sequence_and_last_modified_follow_the_item(demo_db: Database, tmp_path: Path) -> None:
    item_id = _add_item(demo_db)
    uid = _uid_of(demo_db, item_id)

    def event() -> Event:
        _, calendar = _export(demo_db, tmp_path / "programme.ics")
        (found,) = [e for e in _events(calendar) if str(e["UID"]) == uid]
        return found

    assert event()["SEQUENCE"] == 0
    with demo_db.transaction() as session:
        session.execute(
            update(ItineraryItem)
            .where(ItineraryItem.id == item_id)
            .values(sequence=ItineraryItem.sequence + 1, updated_at=datetime(2017, 11, 2, 7, 15))
        )
    changed = event()
    assert changed["SEQUENCE"] == 1
    assert changed["LAST-MODIFIED"].dt == datetime(2017, 11, 2, 7, 15, tzinfo=UTC)
    assert changed["DTSTAMP"].dt == STAMP


def test_repeating_item_gives_one_event_per_occurrence_with_stable_uids(
    demo_db: Database, tmp_path: Path
) -> None:
    item_id = _add_item(
        demo_db,
        title_fr="Point presse quotidien",
        title_en="Daily press point",
        recurrence="FREQ=DAILY;COUNT=3",
    )
    uid = _uid_of(demo_db, item_id)

    def occurrences(name: str) -> list[Event]:
        _, calendar = _export(demo_db, tmp_path / name)
        return [e for e in _events(calendar) if str(e["SUMMARY"]) == "Point presse quotidien"]

    first, second = occurrences("first.ics"), occurrences("second.ics")
    assert [_utc(e, "DTSTART") for e in first] == [
        datetime(2017, 11, day, 14, 0, tzinfo=UTC) for day in (6, 7, 8)
    ]
    uids = [str(e["UID"]) for e in first]
    assert uids == [f"{uid}-201711{day:02d}" for day in (6, 7, 8)]
    assert uids == [str(e["UID"]) for e in second]
    assert all("RRULE" not in e for e in first)  # expanded: no rule to repeat past the mission


def test_repeats_on_the_same_day_get_distinct_uids(demo_db: Database, tmp_path: Path) -> None:
    item_id = _add_item(
        demo_db,
        title_fr="Navette vers le salon",
        start_local=datetime(2017, 11, 7, 8, 0),
        end_local=datetime(2017, 11, 7, 8, 30),
        recurrence="FREQ=HOURLY;INTERVAL=2;COUNT=3",
    )
    uid = _uid_of(demo_db, item_id)
    _, calendar = _export(demo_db, tmp_path / "programme.ics")
    shuttles = [e for e in _events(calendar) if str(e["SUMMARY"]) == "Navette vers le salon"]

    assert [str(e["UID"]) for e in shuttles] == [
        f"{uid}-20171107",
        f"{uid}-20171107-2",
        f"{uid}-20171107-3",
    ]
    assert [e["DTSTART"].dt.hour for e in shuttles] == [8, 10, 12]


# --- who sees what --------------------------------------------------------------------------


def test_delegate_calendar_holds_their_agenda_and_only_their_booking(
    demo_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "gaudin.ics"
    count, calendar = _export(demo_db, path, person="jcgaudin")
    with demo_db.reading() as session:
        mission_id = get_mission(session, MIAMI).id
        participant_id = resolve_participant_id(
            session, mission_id, resolve_person_id(session, "jcgaudin")
        )
        agenda = agendas_for(session, mission_id, [participant_id])[participant_id]
        programme = programme_for(session, mission_id)
        others = {
            reference
            for reference, who in session.execute(
                select(FlightBooking.booking_reference, FlightBooking.participant_id)
            )
            if reference and who != participant_id
        }

    assert count == len(agenda) == len(_events(calendar))
    assert count < len(programme)
    assert [str(e["UID"]) for e in _events(calendar)] == [e.uid for e in agenda]
    summaries = {str(e["SUMMARY"]) for e in _events(calendar)}
    assert not any("U.S. Superyacht Association" in s for s in summaries)  # others' meetings

    flight = _by_summary(calendar, "Vol aller Marseille – Miami")
    description = str(flight["DESCRIPTION"])
    assert "Réservation\u00a0: QXERCE" in description
    assert "Siège\u00a0: 5J" in description
    text = path.read_bytes().decode()
    assert others and not any(reference in text for reference in others)


def test_mission_calendar_is_the_whole_programme_without_bookings(
    demo_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "programme.ics"
    count, calendar = _export(demo_db, path)
    with demo_db.reading() as session:
        programme = programme_for(session, get_mission(session, MIAMI).id)
        references = {r for r in session.scalars(select(FlightBooking.booking_reference)) if r}

    assert count == len(programme) == len(_events(calendar))
    text = path.read_bytes().decode()
    assert not any(reference in text for reference in references)
    meeting = _by_summary(calendar, "Rendez-vous d'affaires (B2B) : U.S. Superyacht Association")
    assert meeting["CLASS"] == "PRIVATE"  # for organisers; hidden from a shared view
    assert "Rendez-vous avec U.S. Superyacht Association" in str(meeting["DESCRIPTION"])
    assert [str(c) for c in meeting["CATEGORIES"].cats] == ["Rendez-vous"]


def test_calendar_header_names_the_mission_and_the_delegate(
    demo_db: Database, tmp_path: Path
) -> None:
    _, mine = _export(demo_db, tmp_path / "gaudin.ics", person="jcgaudin")
    _, programme = _export(demo_db, tmp_path / "programme.ics")

    assert str(mine["VERSION"]) == "2.0"
    assert str(mine["PRODID"]).startswith("-//Delegation//")
    assert str(mine["METHOD"]) == "PUBLISH"
    assert str(mine["X-WR-CALNAME"]) == (
        "Mission économique à Miami – French Weeks 2017 – Jean-Claude Gaudin"
    )
    assert str(programme["X-WR-CALNAME"]) == (
        "Mission économique à Miami – French Weeks 2017 – Programme"
    )


# --- wording --------------------------------------------------------------------------------


def test_summaries_follow_the_language(demo_db: Database, tmp_path: Path) -> None:
    _, french = _export(demo_db, tmp_path / "fr.ics", person="jcgaudin")
    _, english = _export(demo_db, tmp_path / "en.ics", person="jcgaudin", language="en")
    # soconnor reads English: their calendar is in English unless asked otherwise.
    _, own_language = _export(demo_db, tmp_path / "oconnor.ics", person="soconnor")

    assert str(_by_summary(french, "Vol aller")["SUMMARY"]) == (
        "Vol aller Marseille – Miami (AF 7630 MRS → MIA)"
    )
    flight = _by_summary(english, "Outbound flight")
    assert str(flight["SUMMARY"]).endswith("Marseille – Miami (AF 7630 MRS → MIA)")
    assert [str(c) for c in flight["CATEGORIES"].cats] == ["Flight"]
    assert "Booking: QXERCE" in str(flight["DESCRIPTION"])
    assert str(english["X-WR-CALNAME"]).startswith("Economic mission to Miami")
    assert str(own_language["X-WR-CALNAME"]).startswith("Economic mission to Miami")
    french_uids = [str(e["UID"]) for e in _events(french)]
    assert french_uids == [str(e["UID"]) for e in _events(english)]


def test_description_gathers_what_the_delegate_needs(demo_db: Database, tmp_path: Path) -> None:
    _, calendar = _export(demo_db, tmp_path / "gaudin.ics", person="jcgaudin")
    signing = _by_summary(calendar, "Signature de l'accord de jumelage")
    description = str(signing["DESCRIPTION"])

    assert "Tenue\u00a0: Costume sombre" in description
    assert "À prévoir\u00a0: Pièce d'identité" in description
    assert "Responsable\u00a0: Jérémie Rey, +33 6 39 98 00 13" in description
    assert str(signing["LOCATION"]).startswith("Miami-Dade County Hall")
    assert signing["GEO"].latitude == pytest.approx(25.7751)
    assert signing["GEO"].longitude == pytest.approx(-80.1965)


def test_accents_separators_and_line_breaks_survive_a_round_trip(
    demo_db: Database, tmp_path: Path
) -> None:
    notes = (
        "Départ à 8 h; tenue: correcte, s'il vous plaît.\n"
        "Deuxième ligne, avec « guillemets » et un \\ oblique.\n"
        + "Très longue phrase accentuée é è à ç œ "
        * 6
    ).strip()
    with demo_db.transaction() as session:
        venue_id = create_venue(
            session,
            name="Café de l'Étoile; salle B",
            address="12, rue de la Paix",
            city="Miami",
            latitude=25.77,
            longitude=-80.19,
        )
    _add_item(
        demo_db,
        title_fr="Déjeuner; café, thé — « Éco »",
        venue_id=venue_id,
        notes_fr=notes,
        dress_code="Veste, cravate; badge",
    )
    path = tmp_path / "programme.ics"
    _, calendar = _export(demo_db, path)
    lunch = _by_summary(calendar, "Déjeuner; café, thé — « Éco »")

    assert str(lunch["SUMMARY"]) == "Déjeuner; café, thé — « Éco »"
    assert str(lunch["LOCATION"]) == "Café de l'Étoile; salle B, 12, rue de la Paix, Miami"
    description = str(lunch["DESCRIPTION"])
    assert description.startswith(notes + "\n\n")
    assert "Tenue\u00a0: Veste, cravate; badge" in description
    raw = path.read_bytes()
    assert b"SUMMARY:D\xc3\xa9jeuner\\; caf\xc3\xa9\\, th\xc3\xa9" in raw  # escaped per RFC 5545


def test_lines_are_folded_within_75_octets(demo_db: Database, tmp_path: Path) -> None:
    _add_item(demo_db, title_fr="Réunion " + "très importante, " * 10, notes_fr="é" * 300)
    for mission, person in ((MIAMI, None), (MIAMI, "jcgaudin"), (TORONTO, None)):
        path = tmp_path / f"{mission}-{person}.ics"
        _export(demo_db, path, mission, person)
        data = path.read_bytes()
        lines = list(_physical_lines(data))
        assert lines[0] == b"BEGIN:VCALENDAR" and lines[-1] == b"END:VCALENDAR"
        assert b"\n" not in data.replace(b"\r\n", b"")  # no bare line feeds
        for line in lines:
            assert len(line) <= 75, line
            line.decode("utf-8")  # a fold never splits a character
        # Unfolded by hand (RFC 5545 3.1), every content line is "NAME[;params]:value".
        unfolded = data.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
        for line in unfolded.decode().split("\r\n")[:-1]:
            name = line.split(":", 1)[0].split(";", 1)[0]
            assert name and name.replace("-", "").isalnum() and ":" in line, line
        assert unfolded != data  # the long lines were folded, not cut


# --- errors and the file ------------------------------------------------------------------


def test_unknown_mission_is_not_found(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no mission 'paris-2030'"):
        _export(demo_db, tmp_path / "x.ics", "paris-2030")
    assert not (tmp_path / "x.ics").exists()


def test_unknown_person_is_not_found(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no person 'nobody'"):
        _export(demo_db, tmp_path / "x.ics", person="nobody")


def test_person_of_another_mission_is_not_found(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="'dparakian' is not on the roster of mission 'miami-2017'"):
        _export(demo_db, tmp_path / "x.ics", person="dparakian")


def test_bad_language_and_blank_person_are_refused(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="language"):
        _export(demo_db, tmp_path / "x.ics", language="de")
    with pytest.raises(ValidationError, match="person"):
        _export(demo_db, tmp_path / "x.ics", person="  ")


def test_folder_given_as_file_is_refused(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="is a folder"):
        _export(demo_db, tmp_path)


def test_failed_write_keeps_the_previous_file_and_no_temporary(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "calendars"
    folder.mkdir()
    path = folder / "programme.ics"
    path.write_bytes(b"previous")

    def refuse(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(ics_export.os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        _export(demo_db, path)
    assert path.read_bytes() == b"previous"
    assert os.listdir(folder) == ["programme.ics"]

    monkeypatch.undo()
    count, _ = _export(demo_db, path)
    assert count > 0
    assert os.listdir(folder) == ["programme.ics"]


def test_empty_agenda_gives_a_valid_calendar_without_events(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.reading() as session:
        mission = get_mission(session, MIAMI)
    calendar = ics_export.build_calendar([], mission=mission, delegate_name="Personne", stamp=STAMP)
    path = tmp_path / "empty.ics"
    assert ics_export.write_calendar(calendar, path) == 0
    parsed = Calendar.from_ical(path.read_bytes())
    assert _events(parsed) == [] and str(parsed["VERSION"]) == "2.0"
