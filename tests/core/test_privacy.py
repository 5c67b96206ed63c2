"""Personal data after a mission: the purge plan, the purge, and the right-of-access export."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from delegation_app import logs
from delegation_app.errors import NotFound, ValidationError
from delegation_app.services import privacy
from delegation_app.services.privacy import (
    PURGED_FIELDS,
    apply_purge,
    export_personal_data,
    personal_data,
    purge_log,
    purge_months,
    purge_plan,
    sensitive_values,
    set_purge_months,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    Accommodation,
    Agreement,
    AgreementKind,
    AgreementParty,
    AgreementSignatory,
    AgreementStatus,
    Attachment,
    AuthorisationKind,
    AuthorisationState,
    B2BMeeting,
    Base,
    EntryAuthorisation,
    FlightBooking,
    FlightDetails,
    Group,
    GroupKind,
    ItemKind,
    ItineraryItem,
    Lead,
    LeadMeeting,
    MeetingDelegate,
    MeetingStatus,
    Mission,
    MissionStatus,
    Organisation,
    OrganisationKind,
    Participant,
    ParticipantGroup,
    ParticipantRole,
    ParticipantStatus,
    Person,
    RoomAssignment,
    Setting,
    Venue,
)

# Missions of 2017 and 2019 (DOMAIN.md), seen from 15 August 2020: with 12 months, Miami
# (ended 10 Nov 2017) and Toronto (ended 12 Jul 2019, 13 months ago) are past the limit;
# Tel Aviv (ended 20 Sep 2019, 11 months ago) is not.
TODAY = date(2020, 8, 15)
PASSPORT = "18FV40217"  # the shape of a French passport number
PHOTO = b"\xff\xd8\xff\xe0 JPEG of Jean Dupont " + bytes(range(256)) * 8


@dataclass(frozen=True)
class Sample:
    dupont: int  # Miami only: purged
    martin: int  # Toronto only: purged
    vassal: int  # Miami and Tel Aviv: kept (Tel Aviv is recent)
    benali: int  # Tel Aviv only: kept
    smith: int  # no mission (a local contact): not a delegate, kept
    photo_id: int


def _mission(session: Session, short: str, title: str, start: date, end: date) -> Mission:
    mission = Mission(
        short=short,
        title_fr=title,
        title_en=title,
        start_date=start,
        end_date=end,
        status=MissionStatus.DONE,
    )
    session.add(mission)
    session.flush()
    return mission


def _person(session: Session, short: str, given: str, family: str, **fields: object) -> Person:
    person = Person(short=short, given_name=given, family_name=family, **fields)
    session.add(person)
    session.flush()
    return person


def _join(
    session: Session, mission: Mission, person: Person, group: Group, role: ParticipantRole
) -> Participant:
    participant = Participant(
        mission_id=mission.id, person_id=person.id, role=role, status=ParticipantStatus.CONFIRMED
    )
    session.add(participant)
    session.flush()
    session.add(ParticipantGroup(participant_id=participant.id, group_id=group.id))
    return participant


def _flight(session: Session, mission: Mission, day: datetime, number: str) -> ItineraryItem:
    item = ItineraryItem(
        mission_id=mission.id,
        kind=ItemKind.FLIGHT,
        title_fr=f"Vol AF {number}",
        title_en=f"Flight AF {number}",
        start_local=day,
        start_zone="Europe/Paris",
        end_local=day.replace(hour=17, minute=40),
        end_zone="America/New_York",
    )
    session.add(item)
    session.flush()
    session.add(
        FlightDetails(
            item_id=item.id,
            carrier="AF",
            number=number,
            departure_airport="CDG",
            arrival_airport="MIA",
        )
    )
    return item


def build(db: Database) -> Sample:
    with db.transaction() as session:
        amp = Organisation(short="amp", name="Métropole Aix-Marseille-Provence", kind="agency")
        promo = Organisation(short="provence-promotion", name="Provence Promotion", kind="agency")
        county = Organisation(
            short="miami-dade", name="Miami-Dade County", kind=OrganisationKind.PUBLIC_AUTHORITY
        )
        yachts = Organisation(short="ussa", name="U.S. Superyacht Association", kind="association")
        session.add_all([amp, promo, county, yachts])
        session.flush()
        miami = _mission(session, "miami-2017", "Miami", date(2017, 11, 5), date(2017, 11, 10))
        toronto = _mission(
            session, "toronto-2019", "Toronto, Montréal", date(2019, 7, 8), date(2019, 7, 12)
        )
        telaviv = _mission(
            session, "tel-aviv-2019", "Tel Aviv", date(2019, 9, 16), date(2019, 9, 20)
        )
        groups = {}
        for mission in (miami, toronto, telaviv):
            for kind, name in (
                (GroupKind.OFFICIAL, "Official party"),
                (GroupKind.BUSINESS, "Business"),
            ):
                group = Group(mission_id=mission.id, name=name, kind=kind)
                session.add(group)
                session.flush()
                groups[mission.short, kind] = group

        photo = Attachment(
            file_name="jdupont.jpg",
            media_type="image/jpeg",
            size=len(PHOTO),
            sha256="0" * 64,
            content=PHOTO,
            uploaded_at=datetime(2017, 10, 1, 9, 0),
        )
        session.add(photo)
        session.flush()
        dupont = _person(
            session, "jdupont", "Jean", "Dupont", organisation_id=amp.id,
            email="jean.dupont@ampmetropole.fr", phone="+33612345678", nationality="FR",
            birth_date=date(1961, 4, 2), passport_number=PASSPORT, passport_country="FR",
            passport_expiry=date(2026, 3, 14), dietary_needs="sans gluten",
            mobility_needs="fauteuil roulant", emergency_contact="Marie Dupont +33 6 98 76 54 32",
            photo_id=photo.id,
        )  # fmt: skip
        martin = _person(
            session, "cmartin", "Hélène", "Martin", organisation_id=promo.id,
            passport_number="21AK55031", birth_date=date(1975, 9, 30), dietary_needs="halal",
        )  # fmt: skip
        vassal = _person(
            session, "mvassal", "Martine", "Vassal", organisation_id=amp.id,
            passport_number="15CX88342", birth_date=date(1958, 1, 12),
        )  # fmt: skip
        benali = _person(
            session, "sbenali", "Samir", "Benali", organisation_id=promo.id,
            passport_number="19DE11873", mobility_needs="canne",
        )  # fmt: skip
        smith = _person(
            session, "rsmith", "Robert", "Smith", organisation_id=yachts.id,
            passport_number="561234987",
        )  # fmt: skip

        p_dupont = _join(
            session, miami, dupont, groups["miami-2017", GroupKind.OFFICIAL],
            ParticipantRole.ELECTED_OFFICIAL,
        )  # fmt: skip
        p_vassal_miami = _join(
            session, miami, vassal, groups["miami-2017", GroupKind.OFFICIAL],
            ParticipantRole.ELECTED_OFFICIAL,
        )  # fmt: skip
        p_martin = _join(
            session, toronto, martin, groups["toronto-2019", GroupKind.BUSINESS],
            ParticipantRole.STAFF,
        )  # fmt: skip
        _join(
            session, telaviv, vassal, groups["tel-aviv-2019", GroupKind.OFFICIAL],
            ParticipantRole.ELECTED_OFFICIAL,
        )  # fmt: skip
        p_benali = _join(
            session, telaviv, benali, groups["tel-aviv-2019", GroupKind.BUSINESS],
            ParticipantRole.BUSINESS_LEADER,
        )  # fmt: skip

        for participant, number in ((p_dupont, "ESTA7Q2K9X4M1P"), (p_vassal_miami, "ESTA1B2C3")):
            session.add(
                EntryAuthorisation(
                    participant_id=participant.id, kind=AuthorisationKind.ESTA, country="US",
                    state=AuthorisationState.GRANTED, number=number, expiry=date(2019, 10, 1),
                )
            )  # fmt: skip
        session.add(
            EntryAuthorisation(
                participant_id=p_martin.id, kind=AuthorisationKind.ETA, country="CA",
                state=AuthorisationState.GRANTED, number="V300123456", expiry=date(2024, 5, 2),
            )
        )  # fmt: skip
        session.add(
            EntryAuthorisation(
                participant_id=p_benali.id, kind=AuthorisationKind.OTHER, country="IL",
                state=AuthorisationState.NEEDED,
            )
        )  # fmt: skip

        outbound = _flight(session, miami, datetime(2017, 11, 5, 10, 25), "0090")
        for participant, reference, seat in (
            (p_dupont, "K7TR2Q", "2A"),
            (p_vassal_miami, "K7TR2Q", "2B"),
        ):
            session.add(
                FlightBooking(
                    item_id=outbound.id,
                    participant_id=participant.id,
                    booking_reference=reference,
                    seat=seat,
                )
            )
        toronto_flight = _flight(session, toronto, datetime(2019, 7, 8, 10, 0), "0356")
        session.add(FlightBooking(item_id=toronto_flight.id, participant_id=p_martin.id))

        hotel = Venue(name="InterContinental Miami", city="Miami", country="US")
        session.add(hotel)
        session.flush()
        stay = Accommodation(
            mission_id=miami.id,
            venue_id=hotel.id,
            check_in=date(2017, 11, 5),
            check_out=date(2017, 11, 10),
        )
        session.add(stay)
        session.flush()
        session.add(
            RoomAssignment(
                accommodation_id=stay.id,
                participant_id=p_dupont.id,
                room_number="1204",
                room_type="single",
            )
        )

        meeting = B2BMeeting(
            mission_id=miami.id,
            organisation_id=yachts.id,
            contact_person_id=smith.id,
            status=MeetingStatus.HELD,
            purpose="Refit yards in La Ciotat",
        )
        session.add(meeting)
        session.flush()
        session.add(MeetingDelegate(meeting_id=meeting.id, participant_id=p_dupont.id))
        lead = Lead(
            mission_id=miami.id,
            organisation_id=yachts.id,
            owner_id=vassal.id,
            sector="Maritime & Logistics",
            project="Superyacht refit base",
            jobs_expected=40,
        )
        session.add(lead)
        session.flush()
        session.add(LeadMeeting(lead_id=lead.id, meeting_id=meeting.id))
        agreement = Agreement(
            short="sister-miami-dade",
            title_fr="Accord de jumelage",
            title_en="Sister agreement",
            kind=AgreementKind.TWINNING,
            status=AgreementStatus.SIGNED,
            mission_id=miami.id,
            signing_date=date(2017, 11, 6),
        )
        session.add(agreement)
        session.flush()
        party = AgreementParty(agreement_id=agreement.id, organisation_id=amp.id, side=1)
        session.add(party)
        session.flush()
        session.add(
            AgreementSignatory(
                agreement_id=agreement.id,
                party_id=party.id,
                person_id=dupont.id,
                capacity="First Vice-President",
            )
        )
        return Sample(dupont.id, martin.id, vassal.id, benali.id, smith.id, photo.id)


@pytest.fixture
def sample(db: Database) -> Sample:
    return build(db)


def _snapshot(session: Session) -> dict[str, dict[tuple[object, ...], dict[str, object]]]:
    """Every row of every table, by primary key."""
    tables = {}
    for table in Base.metadata.sorted_tables:
        keys = [c.name for c in table.primary_key.columns]
        rows = session.execute(select(table)).mappings()
        tables[table.name] = {tuple(r[k] for k in keys): dict(r) for r in rows}
    return tables


def _plan(db: Database, **options: object) -> privacy.PurgePlan:
    with db.reading() as session:
        return purge_plan(session, today=TODAY, **options)  # type: ignore[arg-type]


# --- the plan -------------------------------------------------------------------------------


def test_plan_lists_delegates_whose_every_mission_ended_more_than_12_months_ago(
    db: Database, sample: Sample
) -> None:
    plan = _plan(db)
    assert (plan.months, plan.cutoff) == (12, date(2019, 8, 15))
    assert [e.short for e in plan.entries] == ["jdupont", "cmartin"]
    assert [e.last_mission for e in plan.entries] == ["miami-2017", "toronto-2019"]
    # Martine Vassal went to Miami too, but also to Tel Aviv 11 months ago; Samir Benali too.
    assert plan.kept == 2


def test_a_mission_that_ended_11_months_ago_keeps_its_data_at_12(
    db: Database, sample: Sample
) -> None:
    assert "sbenali" not in {e.short for e in _plan(db).entries}
    assert "sbenali" in {e.short for e in _plan(db, months=10).entries}


def test_a_person_on_no_mission_is_not_a_delegate_and_is_kept(db: Database, sample: Sample) -> None:
    assert "rsmith" not in {e.short for e in _plan(db, months=1).entries}


def test_plan_gives_field_names_and_counts_never_values(db: Database, sample: Sample) -> None:
    plan = _plan(db)
    dupont = plan.entries[0]
    assert dupont.fields == PURGED_FIELDS  # all seven hold a value
    assert (dupont.photo, dupont.entry_authorisations, dupont.flight_bookings) == (True, 1, 1)
    martin = plan.entries[1]
    assert martin.fields == ("birth_date", "passport_number", "dietary_needs")
    # Her booking has no reference nor seat: nothing to erase there.
    assert (martin.photo, martin.entry_authorisations, martin.flight_bookings) == (False, 1, 0)
    shown = repr(plan) + plan.summary()
    for value in (PASSPORT, "21AK55031", "1961", "sans gluten", "ESTA7Q2K9X4M1P", "K7TR2Q"):
        assert value not in shown
    assert plan.summary() == (
        "2 delegate(s) whose last mission ended before 2019-08-15 (12 months): 10 personal "
        "field(s), 1 photo(s), 2 entry authorisation(s), 1 flight booking(s) to erase."
    )


def test_purge_months_default_to_12_and_the_setting_is_checked(
    db: Database, sample: Sample
) -> None:
    with db.transaction() as session:
        assert purge_months(session) == 12
        assert set_purge_months(session, 10) == 10
    plan = _plan(db)
    assert plan.months == 10
    assert "sbenali" in {e.short for e in plan.entries}
    for wrong in (0, 121, "12", 6.5, True):
        with (
            pytest.raises(ValidationError, match="months: give a whole number of months"),
            db.transaction() as session,
        ):
            set_purge_months(session, wrong)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        _plan(db, months=0)
    with db.reading() as session:
        assert purge_months(session) == 10


# --- the purge ------------------------------------------------------------------------------


def test_purge_erases_exactly_the_listed_fields_and_nothing_else(
    db: Database, sample: Sample
) -> None:
    with db.reading() as session:
        before = _snapshot(session)
    plan = _plan(db)
    with db.transaction() as session:
        result = apply_purge(session, plan)
    with db.reading() as session:
        after = _snapshot(session)

    assert (result.people, result.fields, result.photos) == (2, 10, 1)
    assert (result.entry_authorisations, result.flight_bookings, result.skipped) == (1 + 1, 1, 0)
    purged = {sample.dupont, sample.martin}
    changed: set[tuple[str, str]] = set()
    for table, rows in before.items():
        if table == "app_setting":
            continue
        if table == "attachment":
            assert set(after[table]) == set(rows) - {(sample.photo_id,)}  # photo and bytes
            continue
        assert set(after[table]) == set(rows), table  # no row added or removed
        for key, row in rows.items():
            for column, value in row.items():
                if after[table][key][column] != value:
                    changed.add((table, column))
                    assert after[table][key][column] is None
    assert changed == {
        *(("person", name) for name in PURGED_FIELDS),
        ("person", "photo_id"),
        ("entry_authorisation", "number"),
        ("entry_authorisation", "expiry"),
        ("flight_booking", "booking_reference"),
        ("flight_booking", "seat"),
    }
    for key, row in before["person"].items():
        if key[0] not in purged:
            assert after["person"][key] == row  # the kept delegates lose nothing
    vassal_miami = next(
        k for k, r in before["entry_authorisation"].items() if r["number"] == "ESTA1B2C3"
    )
    assert after["entry_authorisation"][vassal_miami]["number"] == "ESTA1B2C3"
    seats = {r["seat"] for r in after["flight_booking"].values()}
    assert seats == {None, "2B"}  # Martine Vassal's seat stays: she is kept


def test_statistics_are_the_same_after_the_purge(db: Database, sample: Sample) -> None:
    def statistics() -> dict[str, object]:
        with db.reading() as session:
            count = {
                name: session.scalar(select(func.count()).select_from(model))
                for name, model in (
                    ("participants", Participant),
                    ("groups", ParticipantGroup),
                    ("meetings", B2BMeeting),
                    ("meeting delegates", MeetingDelegate),
                    ("leads", Lead),
                    ("signatories", AgreementSignatory),
                    ("rooms", RoomAssignment),
                    ("bookings", FlightBooking),
                    ("authorisations", EntryAuthorisation),
                )
            }
            per_mission = session.execute(
                select(Mission.short, func.count(Participant.id))
                .join(Participant)
                .group_by(Mission.short)
                .order_by(Mission.short)
            ).all()
            per_organisation = session.execute(
                select(Organisation.short, func.count(Participant.id))
                .join(Person, Person.organisation_id == Organisation.id)
                .join(Participant, Participant.person_id == Person.id)
                .group_by(Organisation.short)
                .order_by(Organisation.short)
            ).all()
            names = session.execute(
                select(Person.given_name, Person.family_name, Person.email, Person.nationality)
            ).all()
            return {
                **count,
                "per mission": per_mission,
                "per organisation": per_organisation,
                "names": names,
            }

    before = statistics()
    with db.transaction() as session:
        apply_purge(session, purge_plan(session, today=TODAY))
    assert statistics() == before


def test_a_second_purge_finds_nothing_and_changes_nothing(db: Database, sample: Sample) -> None:
    with db.transaction() as session:
        apply_purge(session, purge_plan(session, today=TODAY))
    with db.reading() as session:
        before = _snapshot(session)
    plan = _plan(db)
    assert plan.is_empty
    assert plan.summary().startswith("Nothing to purge")
    with db.transaction() as session:
        result = apply_purge(session, plan)
    assert result.people == 0
    with db.reading() as session:
        assert _snapshot(session) == before
        assert len(purge_log(session)) == 1


def test_the_same_plan_applied_twice_erases_nothing_more(db: Database, sample: Sample) -> None:
    plan = _plan(db)
    with db.transaction() as session:
        assert apply_purge(session, plan).people == 2
    with db.transaction() as session:
        again = apply_purge(session, plan)
    assert (again.people, again.fields, again.skipped) == (0, 0, 0)
    with db.reading() as session:
        assert len(purge_log(session)) == 1


def test_purge_log_keeps_date_count_and_months_without_names(db: Database, sample: Sample) -> None:
    with db.transaction() as session:
        apply_purge(session, purge_plan(session, today=TODAY))
    with db.reading() as session:
        assert purge_log(session) == [privacy.PurgeLogEntry(TODAY, 2, 12)]
        setting = session.get(Setting, privacy.LOG_SETTING)
        assert setting is not None
        assert json.loads(setting.value) == [{"date": "2020-08-15", "people": 2, "months": 12}]
        for name in ("jdupont", "Dupont", "cmartin", "Martin"):
            assert name not in setting.value


def test_a_delegate_added_to_a_recent_mission_after_the_plan_is_kept(
    db: Database, sample: Sample
) -> None:
    plan = _plan(db)
    with db.transaction() as session:
        telaviv = session.scalars(select(Mission).where(Mission.short == "tel-aviv-2019")).one()
        session.add(
            Participant(mission_id=telaviv.id, person_id=sample.dupont, role=ParticipantRole.GUEST)
        )
    with db.transaction() as session:
        result = apply_purge(session, plan)
    assert (result.people, result.skipped) == (1, 1)
    assert "kept" in result.summary()
    with db.reading() as session:
        dupont = session.get(Person, sample.dupont)
        assert dupont is not None
        assert dupont.passport_number == PASSPORT


def test_erased_values_do_not_linger_in_the_database_file(
    db: Database, sample: Sample, db_path: Path
) -> None:
    with db.transaction() as session:
        # As most SQLite builds have it (Debian's turns it on): the purge must turn it on.
        session.execute(text("PRAGMA secure_delete = OFF"))
        apply_purge(session, purge_plan(session, today=TODAY))
        assert session.execute(text("PRAGMA secure_delete")).scalar() == 0  # put back
    db.close()
    content = db_path.read_bytes()
    for value in (PASSPORT, "21AK55031", "Marie Dupont", "ESTA7Q2K9X4M1P", "fauteuil roulant"):
        assert value.encode() not in content
    assert PHOTO[:40] not in content
    assert b"15CX88342" in content  # Martine Vassal's is kept


# --- right of access ------------------------------------------------------------------------


def test_export_holds_the_passport_number_and_every_mission(
    db: Database, sample: Sample, tmp_path: Path
) -> None:
    target = tmp_path / "access" / "mvassal.json"
    with db.reading() as session:
        assert export_personal_data(session, "mvassal", target) == target
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "delegation-personal-data"
    assert data["person"]["passport_number"] == "15CX88342"
    assert data["person"]["birth_date"] == "1958-01-12"
    assert [p["mission"]["short"] for p in data["participations"]] == [
        "miami-2017",
        "tel-aviv-2019",
    ]
    miami = data["participations"][0]
    assert miami["role"] == "elected_official"
    assert miami["groups"] == ["Official party"]
    assert miami["flights"][0]["booking_reference"] == "K7TR2Q"
    assert miami["flights"][0]["seat"] == "2B"
    assert miami["entry_authorisations"][0]["number"] == "ESTA1B2C3"
    assert [lead["as"] for lead in data["leads"]] == ["owner"]


def test_export_gathers_rooms_meetings_leads_agreements_and_photo(
    db: Database, sample: Sample
) -> None:
    with db.reading() as session:
        data = personal_data(session, str(sample.dupont))  # by id as well as short name
    person = data["person"]
    assert person["passport_number"] == PASSPORT
    assert person["emergency_contact"] == "Marie Dupont +33 6 98 76 54 32"
    assert person["organisation"] == "Métropole Aix-Marseille-Provence"
    assert person["photo"]["file_name"] == "jdupont.jpg"
    [miami] = data["participations"]
    assert miami["rooms"] == [
        {
            "hotel": "InterContinental Miami",
            "city": "Miami",
            "room_number": "1204",
            "room_type": "single",
            "check_in": "2017-11-05",
            "check_out": "2017-11-10",
        }
    ]
    assert miami["flights"][0]["flight"] == "AF 0090"
    assert miami["entry_authorisations"][0]["number"] == "ESTA7Q2K9X4M1P"
    assert miami["meetings"][0]["organisation"] == "U.S. Superyacht Association"
    assert [(lead["organisation"], lead["as"]) for lead in data["leads"]] == [
        ("U.S. Superyacht Association", "from their meeting")
    ]
    [signed] = data["agreements_signed"]
    assert (signed["agreement"], signed["capacity"]) == (
        "sister-miami-dade",
        "First Vice-President",
    )
    with db.reading() as session:
        contact = personal_data(session, "rsmith")
    assert contact["participations"] == []
    assert contact["meetings_as_contact"][0]["purpose"] == "Refit yards in La Ciotat"


def test_export_covers_tables_it_does_not_read_by_name(
    db: Database, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A table added later (pointing to a person) is exported in full before it gets a section.
    monkeypatch.setattr(privacy, "_READ_BY_NAME", privacy._READ_BY_NAME - {("lead", "owner_id")})
    with db.reading() as session:
        data = personal_data(session, "mvassal")
    [lead] = data["other_records"]["lead"]
    assert (lead["project"], lead["jobs_expected"]) == ("Superyacht refit base", 40)


def test_export_file_is_private_utf8_json_written_in_one_go(
    db: Database, sample: Sample, tmp_path: Path
) -> None:
    target = tmp_path / "exports" / "cmartin.json"
    target.parent.mkdir()
    target.write_text("an older export", encoding="utf-8")
    with db.reading() as session:
        export_personal_data(session, "cmartin", target)
    text = target.read_text(encoding="utf-8")
    assert '"given_name": "Hélène"' in text  # UTF-8, not \u escapes
    assert text.startswith('{\n  "format"')  # indented
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["cmartin.json"]  # no temporary left


def test_export_of_an_unknown_person_is_one_sentence_and_writes_nothing(
    db: Database, sample: Sample, tmp_path: Path
) -> None:
    target = tmp_path / "nobody.json"
    with (
        pytest.raises(NotFound, match=r"^no person 'nobody' \(give their id or short name"),
        db.reading() as session,
    ):
        export_personal_data(session, "nobody", target)
    assert not target.exists()
    with pytest.raises(ValidationError, match=r"must end in \.json"), db.reading() as session:
        export_personal_data(session, "jdupont", tmp_path / "jdupont.csv")


def test_sensitive_values_are_papers_and_needs_not_names(db: Database, sample: Sample) -> None:
    with db.reading() as session:
        values = sensitive_values(session)
    assert {PASSPORT, "1961-04-02", "sans gluten", "ESTA7Q2K9X4M1P", "K7TR2Q"} <= set(values)
    assert "Dupont" not in values
    assert "Jean" not in values


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = logs.setup_logging("privacy-test", folder=tmp_path / "logs", level=logging.DEBUG)
    yield path
    logs.shutdown_logging()
    logging.getLogger().setLevel(logging.WARNING)


def test_purge_and_export_leave_no_personal_value_in_the_log(
    db: Database, sample: Sample, tmp_path: Path, log_file: Path
) -> None:
    with db.transaction() as session:
        export_personal_data(session, "jdupont", tmp_path / "jdupont.json")
        apply_purge(session, purge_plan(session, today=TODAY))
    logging.getLogger("delegation").error("export written: %s", personal_data)
    text = log_file.read_text(encoding="utf-8")
    for value in (PASSPORT, "21AK55031", "sans gluten", "ESTA7Q2K9X4M1P", "K7TR2Q"):
        assert value not in text
