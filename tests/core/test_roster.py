"""The delegation of a mission: groups, participants, the roster, hotels and room-mates."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, func, select

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.services.itinerary import create_venue
from delegation_app.services.missions import StopInput, create_mission
from delegation_app.services.people import create_organisation, create_person
from delegation_app.services.roster import (
    RosterEntry,
    add_participant,
    assign_room,
    create_accommodation,
    create_group,
    list_groups,
    list_roster,
    resolve_participant_id,
    set_participant_status,
    stays_of,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    GroupKind,
    Participant,
    ParticipantGroup,
    ParticipantRole,
    ParticipantStatus,
)

MIAMI = StopInput(city="Miami", country="US", zone="America/New_York")


def _mission(db: Database, short: str = "miami-2017") -> int:
    with db.transaction() as session:
        return create_mission(
            session,
            title_fr=f"Mission {short}",
            short=short,
            start_date=date(2017, 11, 5),
            end_date=date(2017, 11, 10),
            stops=[MIAMI],
        ).id


def _person(db: Database, given: str, family: str, **extra: Any) -> int:
    with db.transaction() as session:
        return create_person(session, given_name=given, family_name=family, **extra).id


def _delegate(
    db: Database,
    mission_id: int,
    given: str,
    family: str,
    *,
    group_ids: tuple[int, ...] = (),
    **extra: Any,
) -> int:
    person_id = _person(db, given, family, **extra)
    with db.transaction() as session:
        return add_participant(
            session,
            mission_id=mission_id,
            person_id=person_id,
            role=ParticipantRole.BUSINESS_LEADER,
            group_ids=group_ids,
        )


@contextmanager
def _counting_statements(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


# --- groups and participants --------------------------------------------------------------


def test_create_group_keeps_the_order_of_creation(db: Database) -> None:
    mission_id = _mission(db)
    with db.transaction() as session:
        create_group(session, mission_id, "Délégation officielle", GroupKind.OFFICIAL)
        create_group(session, mission_id, "Chefs d'entreprise", GroupKind.BUSINESS)
        create_group(session, mission_id, "Presse", GroupKind.PRESS)
    with db.reading() as session:
        groups = list_groups(session, mission_id)
    assert [(g.name, g.kind) for g in groups] == [
        ("Délégation officielle", GroupKind.OFFICIAL),
        ("Chefs d'entreprise", GroupKind.BUSINESS),
        ("Presse", GroupKind.PRESS),
    ]


def test_create_group_rejects_a_second_group_with_the_same_name(db: Database) -> None:
    mission_id = _mission(db)
    with db.transaction() as session:
        create_group(session, mission_id, "Presse", GroupKind.PRESS)
    with pytest.raises(Conflict), db.transaction() as session:
        create_group(session, mission_id, "Presse")


def test_add_participant_stores_the_participant_and_their_groups(db: Database) -> None:
    mission_id = _mission(db)
    with db.transaction() as session:
        official = create_group(session, mission_id, "Délégation officielle", GroupKind.OFFICIAL)
        business = create_group(session, mission_id, "Chefs d'entreprise", GroupKind.BUSINESS)
    person_id = _person(db, "Martine", "Vassal")

    with db.transaction() as session:
        participant_id = add_participant(
            session,
            mission_id=mission_id,
            person_id=person_id,
            role=ParticipantRole.ELECTED_OFFICIAL,
            status=ParticipantStatus.CONFIRMED,
            group_ids=[official.id, business.id],
            capacity="Présidente",
            language="en",
        )

    with db.reading() as session:
        participant = session.get(Participant, participant_id)
        assert participant is not None
        assert (participant.mission_id, participant.person_id) == (mission_id, person_id)
        assert participant.role == ParticipantRole.ELECTED_OFFICIAL
        assert participant.status == ParticipantStatus.CONFIRMED
        assert (participant.capacity, participant.language) == ("Présidente", "en")
        memberships = set(
            session.scalars(
                select(ParticipantGroup.group_id).where(
                    ParticipantGroup.participant_id == participant_id
                )
            )
        )
    assert memberships == {official.id, business.id}


def test_add_participant_rejects_the_same_person_twice(db: Database) -> None:
    mission_id = _mission(db)
    person_id = _person(db, "Jean", "Dupont")
    with db.transaction() as session:
        add_participant(
            session, mission_id=mission_id, person_id=person_id, role=ParticipantRole.GUEST
        )

    with pytest.raises(Conflict), db.transaction() as session:
        add_participant(
            session, mission_id=mission_id, person_id=person_id, role=ParticipantRole.STAFF
        )

    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == 1


def test_add_participant_refuses_a_group_of_another_mission(db: Database) -> None:
    miami = _mission(db)
    tokyo = _mission(db, "tokyo-2019")
    with db.transaction() as session:
        tokyo_press = create_group(session, tokyo, "Presse", GroupKind.PRESS)
    person_id = _person(db, "Jean", "Dupont")

    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        add_participant(
            session,
            mission_id=miami,
            person_id=person_id,
            role=ParticipantRole.PRESS,
            group_ids=[tokyo_press.id],
        )

    assert caught.value.field == "groups"
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == 0


def test_add_participant_refuses_an_unknown_group(db: Database) -> None:
    mission_id = _mission(db)
    person_id = _person(db, "Jean", "Dupont")
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        add_participant(
            session,
            mission_id=mission_id,
            person_id=person_id,
            role=ParticipantRole.PRESS,
            group_ids=[999],
        )
    assert caught.value.field == "groups"


def test_add_participant_raises_not_found_for_unknown_person_or_mission(db: Database) -> None:
    mission_id = _mission(db)
    person_id = _person(db, "Jean", "Dupont")
    with pytest.raises(NotFound), db.transaction() as session:
        add_participant(session, mission_id=mission_id, person_id=999, role=ParticipantRole.GUEST)
    with pytest.raises(NotFound), db.transaction() as session:
        add_participant(session, mission_id=999, person_id=person_id, role=ParticipantRole.GUEST)


def test_set_participant_status_and_resolve_participant(db: Database) -> None:
    mission_id = _mission(db)
    participant_id = _delegate(db, mission_id, "Jean", "Dupont")
    with db.transaction() as session:
        person_id = session.scalar(
            select(Participant.person_id).where(Participant.id == participant_id)
        )
        assert person_id is not None
        assert resolve_participant_id(session, mission_id, person_id) == participant_id
        set_participant_status(session, participant_id, ParticipantStatus.CANCELLED)
    with db.reading() as session:
        assert list_roster(session, mission_id)[0].status == ParticipantStatus.CANCELLED
        with pytest.raises(NotFound):
            resolve_participant_id(session, mission_id, 999)


# --- the roster ---------------------------------------------------------------------------


def test_list_roster_sorts_by_family_name_ignoring_case(db: Database) -> None:
    mission_id = _mission(db)
    for given, family in [
        ("Paul", "martin"),
        ("Anne", "de Villiers"),
        ("Zoé", "Dupont"),
        ("Bruno", "Dupont"),
        ("Claire", "ARNAUD"),
    ]:
        _delegate(db, mission_id, given, family)

    with db.reading() as session:
        roster = list_roster(session, mission_id)

    assert [e.sort_name for e in roster] == [
        "ARNAUD, Claire",
        "de Villiers, Anne",
        "Dupont, Bruno",
        "Dupont, Zoé",
        "martin, Paul",
    ]


def test_list_roster_shows_groups_in_order_organisation_hotel_and_room(db: Database) -> None:
    mission_id = _mission(db)
    with db.transaction() as session:
        official = create_group(session, mission_id, "Délégation officielle", GroupKind.OFFICIAL)
        business = create_group(session, mission_id, "Chefs d'entreprise", GroupKind.BUSINESS)
        org = create_organisation(session, name="Dupont & Fils <SARL>")
    # Groups given in the reverse order still show in the mission's order.
    dupont = _delegate(
        db,
        mission_id,
        "Jean",
        "Dupont",
        group_ids=(business.id, official.id),
        organisation_id=org.id,
        job_title="PDG",
    )
    lonely = _delegate(db, mission_id, "Anne", "Martin")
    with db.transaction() as session:
        hotel = create_venue(
            session, name="InterContinental Miami", city="Miami", zone="America/New_York"
        )
        block = create_accommodation(
            session,
            mission_id=mission_id,
            venue_id=hotel,
            check_in=date(2017, 11, 5),
            check_out=date(2017, 11, 10),
        )
        assign_room(session, accommodation_id=block, participant_id=dupont, room_number="1204")

    with db.reading() as session:
        entries = {e.participant_id: e for e in list_roster(session, mission_id)}

    assert entries[dupont].groups == ("Délégation officielle", "Chefs d'entreprise")
    assert entries[dupont].organisation == "Dupont & Fils <SARL>"
    assert entries[dupont].job_title == "PDG"
    assert (entries[dupont].hotel, entries[dupont].room) == ("InterContinental Miami", "1204")
    assert entries[lonely].groups == ()
    assert (entries[lonely].hotel, entries[lonely].room, entries[lonely].organisation) == (
        None,
        None,
        None,
    )


def test_list_roster_language_override_wins_over_the_person_language(db: Database) -> None:
    mission_id = _mission(db)
    person_id = _person(db, "John", "Smith", language="fr")
    with db.transaction() as session:
        add_participant(
            session,
            mission_id=mission_id,
            person_id=person_id,
            role=ParticipantRole.GUEST,
            language="en",
        )
    with db.reading() as session:
        assert list_roster(session, mission_id)[0].language == "en"


def test_list_roster_masks_the_passport_number(db: Database) -> None:
    mission_id = _mission(db)
    with_passport = _delegate(
        db,
        mission_id,
        "Jean",
        "Dupont",
        passport_number="17AB12345",
        passport_expiry=date(2027, 1, 31),
    )
    without = _delegate(db, mission_id, "Anne", "Martin")

    with db.reading() as session:
        entries = {e.participant_id: e for e in list_roster(session, mission_id)}

    assert entries[with_passport].has_passport is True
    assert entries[without].has_passport is False
    field_names = {f.name for f in dataclasses.fields(RosterEntry)}
    assert not any("passport" in name and name != "has_passport" for name in field_names)
    for entry in entries.values():
        assert not hasattr(entry, "passport_number")
        assert "17AB12345" not in repr(entry)


def test_list_roster_shows_only_the_mission_s_own_delegates(db: Database) -> None:
    miami = _mission(db)
    tokyo = _mission(db, "tokyo-2019")
    _delegate(db, miami, "Jean", "Dupont")
    _delegate(db, tokyo, "Anne", "Martin")
    with db.reading() as session:
        assert [e.full_name for e in list_roster(session, miami)] == ["Jean Dupont"]


def _populate(db: Database, mission_id: int, start: int, count: int, group_ids: list[int]) -> None:
    with db.transaction() as session:
        hotel = create_venue(session, name=f"Hotel {start}")
        block = create_accommodation(
            session,
            mission_id=mission_id,
            venue_id=hotel,
            check_in=date(2017, 11, 5),
            check_out=date(2017, 11, 10),
        )
        org = create_organisation(session, name=f"Société {start}")
        for n in range(start, start + count):
            person = create_person(
                session,
                given_name=f"Prénom{n}",
                family_name=f"Nom{n:03d}",
                organisation_id=org.id,
                passport_number=f"P{n:07d}" if n % 2 else None,
            )
            participant_id = add_participant(
                session,
                mission_id=mission_id,
                person_id=person.id,
                role=ParticipantRole.BUSINESS_LEADER,
                group_ids=group_ids[: 1 + n % len(group_ids)],
            )
            assign_room(
                session,
                accommodation_id=block,
                participant_id=participant_id,
                room_number=str(100 + n // 2),
            )


def test_list_roster_query_count_does_not_grow_with_the_delegation(db: Database) -> None:
    mission_id = _mission(db)
    with db.transaction() as session:
        group_ids = [
            create_group(session, mission_id, name, kind).id
            for name, kind in [
                ("Officiels", GroupKind.OFFICIAL),
                ("Entreprises", GroupKind.BUSINESS),
            ]
        ]

    _populate(db, mission_id, 0, 5, group_ids)
    with db.reading() as session, _counting_statements(db) as small:
        assert len(list_roster(session, mission_id)) == 5

    _populate(db, mission_id, 5, 45, group_ids)
    with db.reading() as session, _counting_statements(db) as large:
        roster = list_roster(session, mission_id)
    assert len(roster) == 50
    assert all(entry.hotel is not None and entry.groups for entry in roster)

    assert len(large) == len(small), "\n".join(large)


# --- hotels and room-mates ----------------------------------------------------------------


def test_stays_of_lists_room_mates_by_name_and_not_other_rooms(db: Database) -> None:
    mission_id = _mission(db)
    jean = _delegate(db, mission_id, "Jean", "Dupont", passport_number="17AB12345")
    paul = _delegate(db, mission_id, "Paul", "Martin", email="paul.martin@example.org")
    anne = _delegate(db, mission_id, "Anne", "Durand")
    with db.transaction() as session:
        hotel = create_venue(
            session,
            name="InterContinental Miami",
            address="100 Chopin Plaza, Miami, FL 33131",
            phone="+1 305 577 1000",
        )
        block = create_accommodation(
            session,
            mission_id=mission_id,
            venue_id=hotel,
            check_in=date(2017, 11, 5),
            check_out=date(2017, 11, 10),
            booking_reference="ICM-2017-118",
        )
        assign_room(
            session,
            accommodation_id=block,
            participant_id=jean,
            room_number="1204",
            room_type="twin",
        )
        assign_room(
            session,
            accommodation_id=block,
            participant_id=paul,
            room_number="1204",
            room_type="twin",
        )
        assign_room(session, accommodation_id=block, participant_id=anne, room_number="1205")

    with db.reading() as session:
        jean_stays = stays_of(session, jean)
        paul_stays = stays_of(session, paul)
        anne_stays = stays_of(session, anne)

    assert len(jean_stays) == 1
    stay = jean_stays[0]
    assert (stay.hotel, stay.address, stay.phone) == (
        "InterContinental Miami",
        "100 Chopin Plaza, Miami, FL 33131",
        "+1 305 577 1000",
    )
    assert (stay.check_in, stay.check_out) == (date(2017, 11, 5), date(2017, 11, 10))
    assert (stay.room, stay.room_type) == ("1204", "twin")
    assert stay.room_mates == ("Paul Martin",)
    assert paul_stays[0].room_mates == ("Jean Dupont",)
    assert anne_stays[0].room_mates == ()
    # Room-mates are names only: never another delegate's personal data.
    assert "paul.martin@example.org" not in repr(jean_stays)
    assert "17AB12345" not in repr(paul_stays)


def test_assign_room_twice_moves_the_delegate_instead_of_adding_a_room(db: Database) -> None:
    mission_id = _mission(db)
    jean = _delegate(db, mission_id, "Jean", "Dupont")
    with db.transaction() as session:
        hotel = create_venue(session, name="InterContinental Miami")
        block = create_accommodation(
            session,
            mission_id=mission_id,
            venue_id=hotel,
            check_in=date(2017, 11, 5),
            check_out=date(2017, 11, 10),
        )
        assign_room(session, accommodation_id=block, participant_id=jean, room_number="1204")
        assign_room(session, accommodation_id=block, participant_id=jean, room_number="1510")
    with db.reading() as session:
        assert [s.room for s in stays_of(session, jean)] == ["1510"]


def test_assign_room_refuses_a_delegate_of_another_mission(db: Database) -> None:
    miami = _mission(db)
    tokyo = _mission(db, "tokyo-2019")
    tokyo_delegate = _delegate(db, tokyo, "Anne", "Martin")
    with db.transaction() as session:
        hotel = create_venue(session, name="InterContinental Miami")
        block = create_accommodation(
            session,
            mission_id=miami,
            venue_id=hotel,
            check_in=date(2017, 11, 5),
            check_out=date(2017, 11, 10),
        )
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        assign_room(session, accommodation_id=block, participant_id=tokyo_delegate, room_number="1")
    assert caught.value.field == "room"


def test_create_accommodation_refuses_check_out_not_after_check_in(db: Database) -> None:
    mission_id = _mission(db)
    with db.transaction() as session:
        hotel = create_venue(session, name="InterContinental Miami")
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        create_accommodation(
            session,
            mission_id=mission_id,
            venue_id=hotel,
            check_in=date(2017, 11, 10),
            check_out=date(2017, 11, 10),
        )
    assert caught.value.field == "check-out"


def test_a_status_change_records_the_day_it_happened(db: Database) -> None:
    from datetime import date as _date

    from delegation_app.services.roster import set_participant_status
    from delegation_app.storage.models import Participant as _Participant
    from delegation_app.storage.models import ParticipantStatus as _Status

    with db.transaction() as session:
        mission = create_mission(
            session,
            title_fr="Tanger et Casablanca 2019",
            short="maroc-2019",
            start_date=_date(2019, 4, 8),
            end_date=_date(2019, 4, 12),
            stops=[StopInput("Tanger", "MA", "Africa/Casablanca")],
        )
        person = create_person(session, given_name="Nadia", family_name="Benali")
        participant_id = add_participant(
            session, mission_id=mission.id, person_id=person.id, role=ParticipantRole.GUEST
        )
    with db.transaction() as session:
        fresh = session.get(_Participant, participant_id)
        assert fresh is not None
        assert fresh.status_changed_on is None
        set_participant_status(session, participant_id, _Status.CONFIRMED)
    with db.reading() as session:
        participant = session.get(_Participant, participant_id)
        assert participant is not None
        assert participant.status == _Status.CONFIRMED
        assert participant.status_changed_on == _date.today()
