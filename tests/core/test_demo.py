"""The demo database: the Miami 2017 and Toronto/Montreal 2019 missions, loaded through services."""

from __future__ import annotations

import importlib.util
import json
import re
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from delegation_app.errors import Conflict
from delegation_app.interchange.demo import (
    DEMO_FILES,
    DemoDataError,
    build_demo_database,
    demo_files,
    load_demo,
    load_demo_file,
)
from delegation_app.services import missions, people, roster
from delegation_app.services.agenda import AgendaEntry, agenda_for, agendas_for
from delegation_app.services.booklet import booklet_data, key_contacts
from delegation_app.services.checks import Finding, run_checks
from delegation_app.services.entry import EntryAuthorisationView, entry_authorisations
from delegation_app.storage.database import Database, integrity_problems, open_database
from delegation_app.storage.models import AuthorisationKind, AuthorisationState, ItemKind, Person

ROOT = Path(__file__).resolve().parents[2]
PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")


def _participant(db: Database, mission: str, short: str) -> int:
    with db.reading() as session:
        mission_id = missions.resolve_mission_id(session, mission)
        return roster.resolve_participant_id(
            session, mission_id, people.resolve_person_id(session, short)
        )


def _agenda(db: Database, mission: str, short: str) -> list[AgendaEntry]:
    participant_id = _participant(db, mission, short)
    with db.reading() as session:
        return agenda_for(session, participant_id)


def _authorisations(db: Database, mission: str, short: str) -> list[EntryAuthorisationView]:
    participant_id = _participant(db, mission, short)
    with db.reading() as session:
        return entry_authorisations(session, missions.resolve_mission_id(session, mission))[
            participant_id
        ]


def _checks(db: Database, mission: str, today: date) -> list[Finding]:
    with db.reading() as session:
        return run_checks(session, mission, today=today)


def _by_code(findings: list[Finding]) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for finding in findings:
        result.setdefault(finding.code, []).append(finding.subject)
    return result


# --- the whole database -----------------------------------------------------------------


def test_demo_database_holds_both_missions(demo_db: Database) -> None:
    with demo_db.reading() as session:
        views = {m.short: m for m in missions.list_missions(session)}
    assert set(views) == {"miami-2017", "toronto-montreal-2019"}
    miami, canada = views["miami-2017"], views["toronto-montreal-2019"]
    assert miami.participant_count == 120
    assert canada.participant_count == 30
    assert (miami.start_date, miami.end_date) == (date(2017, 11, 5), date(2017, 11, 10))
    assert (canada.start_date, canada.end_date) == (date(2019, 7, 8), date(2019, 7, 12))
    assert [(s.city, s.country, s.zone) for s in miami.stops] == [
        ("Miami", "US", "America/New_York")
    ]
    assert [(s.city, s.zone, s.start_date) for s in canada.stops] == [
        ("Toronto", "America/Toronto", date(2019, 7, 8)),
        ("Montréal", "America/Toronto", date(2019, 7, 10)),
    ]
    assert miami.home_zone == "Europe/Paris"
    assert miami.partner_event is not None and "French Weeks" in miami.partner_event
    assert canada.partner_event is not None and "Startupfest" in canada.partner_event


def test_missions_carry_their_organiser(demo_db: Database) -> None:
    with demo_db.reading() as session:
        organisers = {m.short: m.organiser for m in missions.list_missions(session)}
    assert organisers == {
        "miami-2017": "Métropole Aix-Marseille-Provence",
        "toronto-montreal-2019": "Ville de Marseille",
    }


def test_demo_database_is_sound(demo_db: Database) -> None:
    assert integrity_problems(demo_db) == []


def test_build_demo_database_replaces_an_old_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    path.write_bytes(b"not a database at all")
    (tmp_path / "demo.sqlite-wal").write_bytes(b"stale")
    assert build_demo_database(path) == path
    assert not (tmp_path / "demo.sqlite-wal").exists()
    db = open_database(path, create=False, upgrade=False)
    try:
        with db.reading() as session:
            assert len(missions.list_missions(session)) == 2
    finally:
        db.close()
    # closed properly: the main file alone holds everything
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM mission").fetchone() == (2,)


def test_load_demo_is_all_or_nothing(db: Database) -> None:
    with db.transaction() as session:
        missions.create_mission(
            session,
            short="toronto-montreal-2019",
            title_fr="Déjà là",
            start_date=date(2019, 7, 8),
            end_date=date(2019, 7, 12),
            stops=[missions.StopInput("Toronto", "CA", "America/Toronto")],
        )
    with pytest.raises(Conflict), db.transaction() as session:
        load_demo(session)
    with db.reading() as session:
        assert [m.short for m in missions.list_missions(session)] == ["toronto-montreal-2019"]
        assert session.scalar(select(func.count()).select_from(Person)) == 0


# --- the files ----------------------------------------------------------------------------


def test_a_file_of_another_format_is_refused_by_name(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text(json.dumps({"format": "something-else", "version": 1}), encoding="utf-8")
    with pytest.raises(DemoDataError) as error, db.transaction() as session:
        load_demo_file(session, path)
    assert error.value.field == "other.json"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"format": "delegation-demo", "version": 1}), encoding="utf-8")
    with pytest.raises(DemoDataError, match="mission"), db.transaction() as session:
        load_demo_file(session, broken)


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_demo_data", ROOT / "tools/make_demo_data.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_demo_files_are_what_the_generator_writes() -> None:
    written = dict(_generator().documents())
    assert sorted(written) == sorted(DEMO_FILES)
    for path in demo_files():
        assert path.read_text(encoding="utf-8") == written[path.name], (
            f"{path.name} differs: run python tools/make_demo_data.py"
        )


def test_demo_files_use_local_times_with_zones() -> None:
    for path in demo_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["format"] == "delegation-demo"
        people_keys = {p["key"] for p in data["people"]}
        for item in data["items"]:
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", item["start"]), item["key"]
            ZoneInfo(item["start_zone"])
            assert item["title_fr"] and item["title_en"]
        for entry in data["delegation"]:
            assert entry["person"] in people_keys


# --- Miami 2017 -----------------------------------------------------------------------------


def test_miami_delegation_has_its_groups_and_about_forty_business_leaders(
    demo_db: Database,
) -> None:
    with demo_db.reading() as session:
        mission_id = missions.resolve_mission_id(session, "miami-2017")
        groups = [g.name for g in roster.list_groups(session, mission_id)]
        entries = roster.list_roster(session, mission_id)
    assert groups[:4] == [
        "Délégation officielle",
        "Chefs d'entreprise",
        "Équipe d'organisation",
        "Presse",
    ]
    business = [e for e in entries if "Chefs d'entreprise" in e.groups]
    assert 38 <= len(business) <= 42
    official = {e.short for e in entries if "Délégation officielle" in e.groups}
    assert {"jcgaudin", "mvassal", "jlchauvin", "ccabauwoehrel", "jfsuhas", "hparant"} <= official
    assert sum(e.has_passport for e in entries) > 60
    assert all(e.room for e in entries)
    assert sum(e.language == "fr" for e in entries) > 90


def test_miami_names_keep_their_accents_and_companies_their_signs(demo_db: Database) -> None:
    with demo_db.reading() as session:
        mission_id = missions.resolve_mission_id(session, "miami-2017")
        by_short = {e.short: e for e in roster.list_roster(session, mission_id)}
    assert by_short["hducastelnunez"].full_name == "Hélène Ducastel-Núñez"
    assert by_short["lkowalski"].given_name == "Łukasz"
    assert by_short["soconnor"].full_name == "Siobhán O'Connor"
    assert by_short["bdupont"].organisation == "Dupont & Fils <SARL>"
    assert by_short["jcgaudin"].capacity == "Président de la Métropole Aix-Marseille-Provence"


def test_a_person_on_both_missions_is_one_person(demo_db: Database) -> None:
    with demo_db.reading() as session:
        dupont = people.resolve_person_id(session, "bdupont")
        for short in ("miami-2017", "toronto-montreal-2019"):
            mission_id = missions.resolve_mission_id(session, short)
            roster.resolve_participant_id(session, mission_id, dupont)
        assert (
            session.scalar(
                select(func.count()).select_from(Person).where(Person.family_name == "Dupont")
            )
            == 1
        )


def test_outbound_flight_lasts_13h15_across_zones(demo_db: Database) -> None:
    agenda = _agenda(demo_db, "miami-2017", "jcgaudin")
    flight = agenda[0]
    assert flight.kind == ItemKind.FLIGHT
    assert flight.start == datetime(2017, 11, 5, 10, 25, tzinfo=PARIS)
    assert flight.end == datetime(2017, 11, 5, 17, 40, tzinfo=NEW_YORK)
    assert flight.duration == timedelta(hours=13, minutes=15)
    # US clocks went back at 02:00 that Sunday: Miami is six hours behind Paris on landing
    assert flight.end.utcoffset() == timedelta(hours=-5)
    assert flight.end_at_home.time() == time(23, 40)
    assert flight.flight is not None
    assert (flight.flight.departure_airport, flight.flight.arrival_airport) == ("MRS", "MIA")
    assert flight.flight.carrier == "AF"
    assert flight.flight.booking_reference and re.fullmatch(
        r"[A-Z0-9]{6}", flight.flight.booking_reference
    )


def test_every_passenger_has_their_own_booking_reference(demo_db: Database) -> None:
    with demo_db.reading() as session:
        mission_id = missions.resolve_mission_id(session, "miami-2017")
        ids = [e.participant_id for e in roster.list_roster(session, mission_id)]
        agendas = agendas_for(session, mission_id, ids)
    references = [
        entry.flight.booking_reference
        for agenda in agendas.values()
        for entry in agenda
        if entry.flight is not None and entry.start.date() == date(2017, 11, 5)
    ]
    assert 100 <= len(references) < 120  # a few travel on their own
    assert len(set(references)) == len(references)


def test_the_advance_team_is_not_on_the_group_flight(demo_db: Database) -> None:
    agenda = _agenda(demo_db, "miami-2017", "amartinez")
    kinds = [(e.kind, e.start_local.date()) for e in agenda]
    assert (ItemKind.FLIGHT, date(2017, 11, 5)) not in kinds
    assert agenda[0].kind == ItemKind.VISIT and "Boat Show" in agenda[0].title_en
    assert any(e.meeting_with == "U.S. Superyacht Association" for e in agenda)


def test_signing_is_on_monday_morning_in_miami(demo_db: Database) -> None:
    agenda = _agenda(demo_db, "miami-2017", "mvassal")
    [signing] = [e for e in agenda if e.kind == ItemKind.SIGNING]
    assert signing.start_zone == "America/New_York"
    assert signing.start_local.date() == date(2017, 11, 6)
    assert signing.start_local.hour < 12
    assert signing.venue is not None and "County Hall" in signing.venue
    assert signing.start_at_home.hour == signing.start_local.hour + 6


def test_gaudin_has_the_signing_but_not_a_b2b_meeting_he_is_not_part_of(
    demo_db: Database,
) -> None:
    gaudin = _agenda(demo_db, "miami-2017", "jcgaudin")
    chauvin = _agenda(demo_db, "miami-2017", "jlchauvin")
    assert ItemKind.SIGNING in {e.kind for e in gaudin}
    assert [e for e in gaudin if e.meeting_with] == []
    space = [e for e in chauvin if e.meeting_with == "Space Florida"]
    assert len(space) == 1
    assert space[0].item_id not in {e.item_id for e in gaudin}
    # nor the staff briefing, which is for the organising team only
    assert ItemKind.BRIEFING not in {e.kind for e in gaudin}


def test_press_attends_the_signing_but_business_leaders_do_not(demo_db: Database) -> None:
    with demo_db.reading() as session:
        mission_id = missions.resolve_mission_id(session, "miami-2017")
        entries = roster.list_roster(session, mission_id)
    journalist = next(e for e in entries if e.groups == ("Presse",))
    assert ItemKind.SIGNING in {e.kind for e in _agenda(demo_db, "miami-2017", journalist.short)}
    assert ItemKind.SIGNING not in {e.kind for e in _agenda(demo_db, "miami-2017", "bdupont")}


def test_a_speaker_has_their_workshop_in_their_agenda(demo_db: Database) -> None:
    agenda = _agenda(demo_db, "miami-2017", "ccabauwoehrel")
    [smartport] = [e for e in agenda if e.kind == ItemKind.WORKSHOP]
    assert "SmartPort" in smartport.title_fr
    assert smartport.as_speaker
    # she travels on her own: no seat on the group's outbound flight
    assert not [e for e in agenda if e.kind == ItemKind.FLIGHT and e.day == date(2017, 11, 5)]


def test_the_staff_briefing_repeats_each_morning_at_eight(demo_db: Database) -> None:
    agenda = _agenda(demo_db, "miami-2017", "smarchetti")
    briefings = [e for e in agenda if e.kind == ItemKind.BRIEFING]
    assert [e.day for e in briefings] == [date(2017, 11, d) for d in range(6, 11)]
    assert {e.start_local.time() for e in briefings} == {time(8, 0)}


def test_room_mates_are_reported(demo_db: Database) -> None:
    with demo_db.reading() as session:
        mission_id = missions.resolve_mission_id(session, "miami-2017")
        entries = roster.list_roster(session, mission_id)
        by_room: dict[str | None, list[roster.RosterEntry]] = {}
        for entry in entries:
            by_room.setdefault(entry.room, []).append(entry)
        twins = [pair for pair in by_room.values() if len(pair) == 2]
        assert len(twins) >= 8
        first, second = twins[0]
        [stay] = roster.stays_of(session, first.participant_id)
        [gaudin_stay] = roster.stays_of(
            session,
            roster.resolve_participant_id(
                session, mission_id, people.resolve_person_id(session, "jcgaudin")
            ),
        )
    assert stay.room_mates == (second.full_name,)
    assert stay.room_type == "Twin"
    assert (stay.check_in, stay.check_out) == (date(2017, 11, 5), date(2017, 11, 10))
    assert gaudin_stay.room_mates == ()
    assert gaudin_stay.room_type == "Suite"


def test_key_contacts_have_phones_in_e164(demo_db: Database) -> None:
    with demo_db.reading() as session:
        mission_id = missions.resolve_mission_id(session, "miami-2017")
        contacts = key_contacts(session, mission_id)
    roles = [c.contact_role for c in contacts]
    assert "Coordinatrice de la délégation" in roles
    assert len(contacts) >= 4
    for contact in contacts:
        assert contact.phone is not None and re.fullmatch(r"\+[1-9]\d{7,14}", contact.phone)


def test_a_delegates_booklet_data_gathers_agenda_stay_and_contacts(demo_db: Database) -> None:
    with demo_db.reading() as session:
        dupont = people.resolve_person_id(session, "bdupont")
        data = booklet_data(session, "miami-2017", dupont)
    assert data.delegate.organisation == "Dupont & Fils <SARL>"
    assert data.language == "fr"
    assert data.agenda[0].kind == ItemKind.FLIGHT
    assert data.agenda[-1].kind == ItemKind.FLIGHT
    assert data.agenda[-1].end.astimezone(UTC).date() == date(2017, 11, 11)
    assert data.stays and data.stays[0].hotel
    assert data.contacts


def test_miami_checks_leave_a_short_list_a_few_days_before_departure(demo_db: Database) -> None:
    findings = _checks(demo_db, "miami-2017", today=date(2017, 11, 1))
    codes = _by_code(findings)
    assert len(findings) < 40
    for code in ("entry.missing", "entry.pending", "passport.missing"):
        assert 1 <= len(codes.get(code, ())) <= 5, (code, codes.get(code))
    assert codes.get("passport.expiring", []) + codes.get("passport.expired", [])
    # without a passport, no ESTA: the same few delegates lack both
    assert sorted(codes["entry.missing"]) == sorted(codes["passport.missing"])
    assert not {"entry.expired", "entry.refused", "entry.not_applied"} & set(codes)
    # the French are exempt from the six-month rule; an Algerian passport is not
    [expiring] = [f for f in findings if f.code == "passport.expiring"]
    assert expiring.subject == "Frédéric Aït-Ahmed"
    assert "6 months after the return" in expiring.message


def test_a_delegates_esta_is_granted_for_two_years(demo_db: Database) -> None:
    [esta] = _authorisations(demo_db, "miami-2017", "bdupont")
    assert (esta.kind, esta.country, esta.state) == (
        AuthorisationKind.ESTA,
        "US",
        AuthorisationState.GRANTED,
    )
    assert esta.number is not None and re.fullmatch(r"[A-Z0-9]{16}", esta.number)
    assert esta.expiry is not None
    assert date(2018, 11, 5) <= esta.expiry <= date(2019, 11, 5)
    assert esta.masked_number == "…" + esta.number[-2:]


def test_an_esta_never_outlasts_its_passport(demo_db: Database) -> None:
    # Antoine Lefèvre's passport expires in February 2018, and his ESTA with it
    [esta] = _authorisations(demo_db, "miami-2017", "alefevre")
    assert esta.state == AuthorisationState.GRANTED
    assert esta.expiry == date(2018, 2, 20)


def test_delegates_who_need_a_visa_for_the_us_have_one(demo_db: Database) -> None:
    for short in ("faitahmed", "lkowalski"):  # Algerian; Polish (no visa waiver before 2019)
        [visa] = _authorisations(demo_db, "miami-2017", short)
        assert (visa.kind, visa.country, visa.state) == (
            AuthorisationKind.VISA,
            "US",
            AuthorisationState.GRANTED,
        )
        assert visa.expiry is not None and visa.expiry > date(2017, 11, 10)


def test_the_advance_team_has_its_own_hotel_dates(demo_db: Database) -> None:
    with demo_db.reading() as session:
        for short in ("amartinez", "epeyron"):
            participant_id = _participant(demo_db, "miami-2017", short)
            [stay] = roster.stays_of(session, participant_id)
            assert (stay.check_in, stay.check_out) == (date(2017, 11, 4), date(2017, 11, 10))


def test_some_delegates_left_an_emergency_contact(demo_db: Database) -> None:
    with demo_db.reading() as session:
        mission_id = missions.resolve_mission_id(session, "miami-2017")
        entries = roster.list_roster(session, mission_id)
        contacts = {
            e.short: person.emergency_contact
            for e in entries
            if (person := session.get(Person, e.person_id)) is not None
        }
    given = {short: text for short, text in contacts.items() if text}
    assert 30 <= len(given) <= 80
    assert given["smarchetti"] == "Julien Marchetti (époux) : +33 6 39 98 27 14"
    assert given["soconnor"].startswith("Ciarán O'Connor (brother):")
    assert "jcgaudin" not in given  # public figures' relatives are not invented


# --- Toronto then Montreal 2019 ---------------------------------------------------------------


def test_toronto_delegation_has_three_deputy_mayors_and_founders(demo_db: Database) -> None:
    with demo_db.reading() as session:
        mission_id = missions.resolve_mission_id(session, "toronto-montreal-2019")
        entries = {e.short: e for e in roster.list_roster(session, mission_id)}
    assert {"dparakian", "dvlasto", "rblum"} <= {
        s for s, e in entries.items() if "Délégation officielle" in e.groups
    }
    assert entries["amessoudi"].organisation == "Transpare"
    assert entries["mamara"].organisation == "Protecto"
    assert len(entries) == 30


def test_toronto_agenda_moves_from_toronto_to_montreal(demo_db: Database) -> None:
    agenda = _agenda(demo_db, "toronto-montreal-2019", "dparakian")
    cities = [e.city for e in agenda if e.city in ("Toronto", "Montréal")]
    assert cities[0] == "Toronto" and cities[-1] == "Montréal"
    assert cities.index("Montréal") > cities.index("Toronto")
    startupfest = [e for e in agenda if "Startupfest" in e.title_fr]
    assert [e.day for e in startupfest] == [date(2019, 7, d) for d in (10, 11, 12)]
    assert any(e.kind == ItemKind.WORKSHOP for e in agenda)  # he moderates the pitch session
    outbound = agenda[0]
    assert outbound.kind == ItemKind.FLIGHT
    assert outbound.duration == timedelta(hours=12, minutes=15)


def test_toronto_hotels_follow_the_stops(demo_db: Database) -> None:
    participant_id = _participant(demo_db, "toronto-montreal-2019", "amessoudi")
    with demo_db.reading() as session:
        stays = roster.stays_of(session, participant_id)
    assert [(s.check_in, s.check_out) for s in stays] == [
        (date(2019, 7, 8), date(2019, 7, 10)),
        (date(2019, 7, 10), date(2019, 7, 12)),
    ]
    assert stays[0].hotel != stays[1].hotel


def test_toronto_checks_find_a_few_missing_etas_and_passports(demo_db: Database) -> None:
    findings = _checks(demo_db, "toronto-montreal-2019", today=date(2019, 7, 3))
    codes = _by_code(findings)
    assert len(findings) < 20
    assert len(codes["entry.missing"]) == 3
    assert len(codes["passport.missing"]) == 2
    assert set(codes["passport.missing"]) < set(codes["entry.missing"])
    assert codes["entry.pending"] == ["Rachid Mercier"]
    assert not [code for code in codes if code.startswith("passport.expir")]


def test_toronto_delegates_hold_etas_and_a_turkish_founder_a_visa(demo_db: Database) -> None:
    [eta] = _authorisations(demo_db, "toronto-montreal-2019", "amessoudi")
    assert (eta.kind, eta.country, eta.state) == (
        AuthorisationKind.ETA,
        "CA",
        AuthorisationState.GRANTED,
    )
    assert eta.number is not None and re.fullmatch(r"V\d{9}", eta.number)
    [visa] = _authorisations(demo_db, "toronto-montreal-2019", "ocelik")
    assert (visa.kind, visa.country, visa.state) == (
        AuthorisationKind.VISA,
        "CA",
        AuthorisationState.GRANTED,
    )
    # a person on both missions has an authorisation on each
    [esta] = _authorisations(demo_db, "miami-2017", "smarchetti")
    [eta] = _authorisations(demo_db, "toronto-montreal-2019", "smarchetti")
    assert (esta.kind, eta.kind) == (AuthorisationKind.ESTA, AuthorisationKind.ETA)
