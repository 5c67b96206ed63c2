"""Missions and their stops: creation rules, look-up, listing and date changes."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.services.missions import (
    MissionView,
    StopInput,
    create_mission,
    get_mission,
    list_missions,
    resolve_mission_id,
    update_mission,
)
from delegation_app.services.people import create_person
from delegation_app.services.roster import add_participant
from delegation_app.storage.database import Database
from delegation_app.storage.models import Mission, MissionStatus, ParticipantRole, Stop

MIAMI = StopInput(city="Miami", country="US", zone="America/New_York")
TORONTO = StopInput(
    city="Toronto",
    country="CA",
    zone="America/Toronto",
    start_date=date(2019, 7, 8),
    end_date=date(2019, 7, 9),
)
MONTREAL = StopInput(
    city="Montréal",
    country="CA",
    zone="America/Toronto",
    start_date=date(2019, 7, 10),
    end_date=date(2019, 7, 12),
)


def _miami(db: Database, **overrides: object) -> MissionView:
    arguments: dict[str, object] = {
        "title_fr": "Mission à Miami",
        "title_en": "Mission to Miami",
        "short": "miami-2017",
        "start_date": date(2017, 11, 5),
        "end_date": date(2017, 11, 10),
        "stops": [MIAMI],
    }
    arguments.update(overrides)
    with db.transaction() as session:
        return create_mission(session, **arguments)  # type: ignore[arg-type]


def _count(db: Database, model: type[Mission] | type[Stop]) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# --- create -------------------------------------------------------------------------------


def test_create_mission_with_one_stop_stores_the_mission_and_its_stop(db: Database) -> None:
    view = _miami(db, partner_event="French Weeks", sectors=["Maritime & Logistics", "Health"])

    assert view.short == "miami-2017"
    assert view.destination == "Miami"
    assert view.sectors == ("Maritime & Logistics", "Health")
    assert view.participant_count == 0
    with db.reading() as session:
        mission = session.scalars(select(Mission)).one()
        stop = session.scalars(select(Stop)).one()
        assert (mission.title_fr, mission.title_en) == ("Mission à Miami", "Mission to Miami")
        assert (mission.home_zone, mission.home_country) == ("Europe/Paris", "FR")
        assert mission.status == MissionStatus.PLANNED
        assert mission.partner_event == "French Weeks"
        assert mission.sectors == "Maritime & Logistics;Health"
        # A stop without dates spans the whole mission.
        assert (stop.mission_id, stop.position, stop.city, stop.country, stop.zone) == (
            mission.id,
            0,
            "Miami",
            "US",
            "America/New_York",
        )
        assert (stop.start_date, stop.end_date) == (date(2017, 11, 5), date(2017, 11, 10))


def test_create_mission_with_two_stops_keeps_their_order_and_dates(db: Database) -> None:
    with db.transaction() as session:
        view = create_mission(
            session,
            title_fr="Toronto et Montréal",
            short="toronto-montreal-2019",
            start_date=date(2019, 7, 8),
            end_date=date(2019, 7, 12),
            stops=[TORONTO, MONTREAL],
        )

    assert view.destination == "Toronto, Montréal"
    assert [(s.position, s.city, s.zone) for s in view.stops] == [
        (0, "Toronto", "America/Toronto"),
        (1, "Montréal", "America/Toronto"),
    ]
    assert [(s.start_date, s.end_date) for s in view.stops] == [
        (date(2019, 7, 8), date(2019, 7, 9)),
        (date(2019, 7, 10), date(2019, 7, 12)),
    ]
    with db.reading() as session:
        stored = session.execute(select(Stop.city, Stop.position).order_by(Stop.position)).all()
    assert [tuple(row) for row in stored] == [("Toronto", 0), ("Montréal", 1)]


def test_create_mission_without_english_title_reuses_the_french_one(db: Database) -> None:
    view = _miami(db, title_en=None)
    assert view.title_en == "Mission à Miami"
    assert view.title("en") == "Mission à Miami"


def test_create_mission_derives_short_name_from_title_without_accents(db: Database) -> None:
    view = _miami(db, title_fr="Délégation à Montréal, Été 2019", short=None)

    assert view.short == "delegation-a-montreal-ete-2019"
    with db.reading() as session:
        assert session.scalar(select(Mission.short)) == "delegation-a-montreal-ete-2019"


def test_create_mission_short_derived_from_a_digit_only_title_can_be_resolved(
    db: Database,
) -> None:
    # A mission titled "2019" must still be found by the short name it was given.
    view = _miami(db, title_fr="2019", short=None)

    with db.reading() as session:
        assert resolve_mission_id(session, view.short) == view.id


def test_create_mission_rejects_duplicate_short_and_writes_nothing(db: Database) -> None:
    _miami(db)

    with pytest.raises(Conflict), db.transaction() as session:
        create_mission(
            session,
            title_fr="Miami, encore",
            short="miami-2017",
            start_date=date(2018, 11, 5),
            end_date=date(2018, 11, 10),
            stops=[MIAMI],
        )

    assert _count(db, Mission) == 1
    assert _count(db, Stop) == 1
    with db.reading() as session:
        assert session.scalar(select(Mission.title_fr)) == "Mission à Miami"


def test_create_mission_rejects_unknown_zone_naming_the_stop_zone(db: Database) -> None:
    bad = StopInput(city="Montréal", country="CA", zone="America/Montreal_City")

    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        create_mission(
            session,
            title_fr="Toronto et Montréal",
            start_date=date(2019, 7, 8),
            end_date=date(2019, 7, 12),
            stops=[TORONTO, bad],
        )

    assert caught.value.field == "stop 2 zone"
    assert _count(db, Mission) == 0
    assert _count(db, Stop) == 0


def test_create_mission_rejects_empty_title(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        _miami(db, title_fr="   ")
    assert caught.value.field == "title"
    assert _count(db, Mission) == 0


def test_create_mission_rejects_end_before_start(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        _miami(db, start_date=date(2017, 11, 10), end_date=date(2017, 11, 5))
    assert caught.value.field == "end date"
    assert _count(db, Mission) == 0


def test_create_mission_rejects_a_stop_outside_the_mission_dates(db: Database) -> None:
    late = StopInput(
        city="Fort Lauderdale",
        country="US",
        zone="America/New_York",
        start_date=date(2017, 11, 9),
        end_date=date(2017, 11, 12),
    )
    with pytest.raises(ValidationError) as caught:
        _miami(db, stops=[MIAMI, late])
    assert caught.value.field == "stop 2"
    assert _count(db, Mission) == 0


def test_create_mission_rejects_a_mission_without_stops(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        _miami(db, stops=[])
    assert caught.value.field == "stops"


def test_create_mission_rejects_a_stop_country_that_is_not_a_code(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        _miami(db, stops=[StopInput(city="Miami", country="USA", zone="America/New_York")])
    assert caught.value.field == "stop 1 country"


# --- StopInput.parse ----------------------------------------------------------------------


def test_stop_input_parse_reads_city_country_and_zone() -> None:
    stop = StopInput.parse("Miami|US|America/New_York")
    assert stop == StopInput(city="Miami", country="US", zone="America/New_York")
    assert stop.start_date is None and stop.end_date is None


def test_stop_input_parse_reads_optional_dates() -> None:
    stop = StopInput.parse(" Tel Aviv | IL | Asia/Jerusalem | 2019-09-16 | 2019-09-18 ")
    assert (stop.city, stop.country, stop.zone) == ("Tel Aviv", "IL", "Asia/Jerusalem")
    assert (stop.start_date, stop.end_date) == (date(2019, 9, 16), date(2019, 9, 18))


@pytest.mark.parametrize("text", ["Miami", "Miami|US", "Miami|US|America/New_York|2017-11-05"])
def test_stop_input_parse_rejects_a_string_without_three_or_five_parts(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        StopInput.parse(text)
    assert caught.value.field == "stop"


def test_stop_input_parse_rejects_a_french_date() -> None:
    with pytest.raises(ValidationError) as caught:
        StopInput.parse("Miami|US|America/New_York|05/11/2017|2017-11-10")
    assert caught.value.field == "stop start"


# --- find and list ------------------------------------------------------------------------


def test_resolve_mission_by_id_and_by_short(db: Database) -> None:
    view = _miami(db)
    with db.reading() as session:
        assert resolve_mission_id(session, str(view.id)) == view.id
        assert resolve_mission_id(session, " miami-2017 ") == view.id
        assert get_mission(session, "miami-2017").title_en == "Mission to Miami"
        assert get_mission(session, str(view.id)).short == "miami-2017"


@pytest.mark.parametrize("ref", ["999", "tokyo-2019"])
def test_resolve_mission_raises_not_found_for_unknown(db: Database, ref: str) -> None:
    _miami(db)
    with db.reading() as session, pytest.raises(NotFound):
        resolve_mission_id(session, ref)
    with db.reading() as session, pytest.raises(NotFound):
        get_mission(session, ref)


def test_list_missions_puts_latest_start_first_with_participant_counts(db: Database) -> None:
    miami = _miami(db)
    austin = _miami(
        db,
        title_fr="SXSW Austin",
        short="austin-2019",
        start_date=date(2019, 3, 8),
        end_date=date(2019, 3, 13),
        stops=[StopInput(city="Austin", country="US", zone="America/Chicago")],
    )
    with db.transaction() as session:
        toronto = create_mission(
            session,
            title_fr="Toronto et Montréal",
            short="toronto-montreal-2019",
            start_date=date(2019, 7, 8),
            end_date=date(2019, 7, 12),
            stops=[TORONTO, MONTREAL],
        )
        for n in range(3):
            person = create_person(session, given_name=f"Délégué{n}", family_name="Martin")
            add_participant(
                session,
                mission_id=toronto.id,
                person_id=person.id,
                role=ParticipantRole.BUSINESS_LEADER,
            )
            if n == 0:
                add_participant(
                    session,
                    mission_id=miami.id,
                    person_id=person.id,
                    role=ParticipantRole.BUSINESS_LEADER,
                )

    with db.reading() as session:
        missions = list_missions(session)

    assert [m.short for m in missions] == ["toronto-montreal-2019", "austin-2019", "miami-2017"]
    assert [m.participant_count for m in missions] == [3, 0, 1]
    assert missions[0].destination == "Toronto, Montréal"
    assert austin.id == missions[1].id


def test_list_missions_can_leave_archived_missions_out(db: Database) -> None:
    _miami(db)
    _miami(
        db,
        short="miami-2016",
        start_date=date(2016, 11, 5),
        end_date=date(2016, 11, 10),
        status=MissionStatus.ARCHIVED,
    )
    with db.reading() as session:
        assert [m.short for m in list_missions(session)] == ["miami-2017", "miami-2016"]
        assert [m.short for m in list_missions(session, include_archived=False)] == ["miami-2017"]


# --- update -------------------------------------------------------------------------------


def test_update_mission_changes_title_dates_and_status(db: Database) -> None:
    view = _miami(db)
    with db.transaction() as session:
        updated = update_mission(
            session,
            view.id,
            title_en="Miami delegation",
            start_date=date(2017, 11, 4),
            end_date=date(2017, 11, 11),
            status=MissionStatus.UNDERWAY,
        )
    assert updated.title_en == "Miami delegation"
    assert (updated.start_date, updated.end_date) == (date(2017, 11, 4), date(2017, 11, 11))
    with db.reading() as session:
        mission = session.get(Mission, view.id)
        assert mission is not None
        assert mission.status == MissionStatus.UNDERWAY
        assert mission.title_fr == "Mission à Miami"


def test_update_mission_refuses_dates_that_would_exclude_a_stop(db: Database) -> None:
    with db.transaction() as session:
        view = create_mission(
            session,
            title_fr="Toronto et Montréal",
            short="toronto-montreal-2019",
            start_date=date(2019, 7, 8),
            end_date=date(2019, 7, 12),
            stops=[TORONTO, MONTREAL],
        )

    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        update_mission(session, view.id, title_fr="Toronto seulement", end_date=date(2019, 7, 10))

    assert caught.value.field == "dates"
    assert "Montréal" in caught.value.message
    with db.reading() as session:
        mission = session.get(Mission, view.id)
        assert mission is not None
        assert (mission.title_fr, mission.end_date) == ("Toronto et Montréal", date(2019, 7, 12))


def test_update_mission_refuses_end_before_start(db: Database) -> None:
    view = _miami(db)
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        update_mission(session, view.id, end_date=date(2017, 11, 1))
    assert caught.value.field == "end date"


def test_update_mission_raises_not_found_for_unknown_id(db: Database) -> None:
    with pytest.raises(NotFound), db.transaction() as session:
        update_mission(session, 42, title_fr="Nulle part")


def test_list_missions_puts_upcoming_soonest_first_then_past_most_recent_first(
    db: Database,
) -> None:
    def add(short: str, start: date, end: date, status: MissionStatus) -> None:
        _miami(db, short=short, start_date=start, end_date=end, status=status)

    add("past-2015", date(2015, 11, 2), date(2015, 11, 6), MissionStatus.DONE)
    add("next-year", date(2020, 3, 2), date(2020, 3, 6), MissionStatus.PLANNED)
    add("past-2018", date(2018, 11, 5), date(2018, 11, 9), MissionStatus.DONE)
    add("under-way", date(2019, 6, 28), date(2019, 7, 3), MissionStatus.UNDERWAY)
    add("next-month", date(2019, 8, 5), date(2019, 8, 9), MissionStatus.DRAFT)
    add("archived-2016", date(2016, 5, 2), date(2016, 5, 6), MissionStatus.ARCHIVED)
    today = date(2019, 7, 1)
    with db.reading() as session:
        every = [m.short for m in list_missions(session, today=today)]
        shown = [m.short for m in list_missions(session, today=today, include_archived=False)]
    assert every == [
        "under-way",
        "next-month",
        "next-year",
        "past-2018",
        "archived-2016",
        "past-2015",
    ]
    assert shown == ["under-way", "next-month", "next-year", "past-2018", "past-2015"]
