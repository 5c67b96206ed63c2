"""Editing itinerary items: details, changes and their sequence, moves across clock changes,
duplicates, delete and restore."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.services.itinerary import (
    FlightInput,
    ItemChanges,
    book_flight,
    create_item,
    create_venue,
    delete_item,
    delta_text,
    duplicate_item,
    item_audiences,
    item_detail,
    list_venues,
    move_item,
    restore_item,
    update_item,
)
from delegation_app.services.missions import StopInput, create_mission
from delegation_app.services.people import create_person
from delegation_app.services.roster import add_participant, create_group
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    Agreement,
    Audience,
    B2BMeeting,
    FlightBooking,
    FlightDetails,
    GroupKind,
    ItemAttendance,
    ItemGroup,
    ItemKind,
    ItineraryItem,
    Participant,
    ParticipantRole,
)

NEW_YORK = "America/New_York"


@dataclass(frozen=True)
class Trip:
    mission_id: int
    stop_id: int
    group_ids: tuple[int, int]
    delegate_ids: tuple[int, ...]
    venue_id: int
    other_stop_id: int


@pytest.fixture
def trip(db: Database) -> Trip:
    with db.transaction() as session:
        mission = create_mission(
            session,
            title_fr="Mission Miami",
            short="miami-2017",
            start_date=date(2017, 3, 10),
            end_date=date(2017, 11, 10),
            stops=[StopInput(city="Miami", country="US", zone=NEW_YORK)],
        )
        other = create_mission(
            session,
            title_fr="Mission Tokyo",
            short="tokyo-2019",
            start_date=date(2019, 12, 2),
            end_date=date(2019, 12, 6),
            stops=[StopInput(city="Tokyo", country="JP", zone="Asia/Tokyo")],
        )
        official = create_group(session, mission.id, "Délégation officielle", GroupKind.OFFICIAL)
        press = create_group(session, mission.id, "Presse", GroupKind.PRESS)
        delegates = []
        for given, family in [("Jean", "Dupont"), ("Anne", "Martin"), ("Léa", "Roux")]:
            person = create_person(session, given_name=given, family_name=family)
            delegates.append(
                add_participant(
                    session,
                    mission_id=mission.id,
                    person_id=person.id,
                    role=ParticipantRole.BUSINESS_LEADER,
                )
            )
        venue = create_venue(session, name="PortMiami", city="Miami", zone=NEW_YORK)
    return Trip(
        mission_id=mission.id,
        stop_id=mission.stops[0].id,
        group_ids=(official.id, press.id),
        delegate_ids=tuple(delegates),
        venue_id=venue,
        other_stop_id=other.stops[0].id,
    )


def _create(db: Database, trip: Trip, **overrides: Any) -> int:
    arguments: dict[str, Any] = {
        "mission_id": trip.mission_id,
        "kind": ItemKind.VISIT,
        "title_fr": "Visite du port de Miami",
        "title_en": "Visit of PortMiami",
        "start_local": datetime(2017, 11, 6, 14, 0),
        "start_zone": NEW_YORK,
        "end_local": datetime(2017, 11, 6, 16, 0),
        "stop_id": trip.stop_id,
        "venue_id": trip.venue_id,
    }
    arguments.update(overrides)
    with db.transaction() as session:
        return create_item(session, **arguments)


def _stored(db: Database, item_id: int) -> ItineraryItem:
    with db.reading() as session:
        item = session.get(ItineraryItem, item_id)
        assert item is not None
        session.expunge(item)  # loaded, and kept readable after the session ends
        return item


def _count(db: Database, model: type[Any], **where: Any) -> int:
    with db.reading() as session:
        query = select(func.count()).select_from(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return session.scalar(query) or 0


# --- item_detail ----------------------------------------------------------------------------


def test_item_detail_has_every_editable_field(db: Database, trip: Trip) -> None:
    jean, anne, lea = trip.delegate_ids
    item_id = _create(
        db,
        trip,
        audience=Audience.GROUPS,
        group_ids=list(reversed(trip.group_ids)),
        participant_ids=[lea],
        excluded_participant_ids=[anne],
        dress_code="Tenue de ville",
        to_bring="Badge",
        notes_fr="Rendez-vous au hall",
        notes_en="Meet in the hall",
        internal_notes="Chauffeur payé",
        staff_in_charge_id=jean,
    )
    with db.reading() as session:
        detail = item_detail(session, item_id)
    assert detail.id == item_id and detail.mission_id == trip.mission_id
    assert (detail.kind, detail.title_fr, detail.title_en) == (
        ItemKind.VISIT,
        "Visite du port de Miami",
        "Visit of PortMiami",
    )
    assert (detail.start_local, detail.start_zone) == (datetime(2017, 11, 6, 14, 0), NEW_YORK)
    assert (detail.end_local, detail.end_zone) == (datetime(2017, 11, 6, 16, 0), NEW_YORK)
    assert (detail.stop_id, detail.venue_id) == (trip.stop_id, trip.venue_id)
    assert detail.audience == Audience.GROUPS
    assert detail.group_ids == tuple(sorted(trip.group_ids))
    assert detail.participant_ids == (lea,)
    assert detail.excluded_participant_ids == (anne,)
    assert (detail.dress_code, detail.to_bring) == ("Tenue de ville", "Badge")
    assert (detail.notes_fr, detail.notes_en, detail.internal_notes) == (
        "Rendez-vous au hall",
        "Meet in the hall",
        "Chauffeur payé",
    )
    assert detail.staff_in_charge_id == jean
    assert detail.sequence == 0 and len(detail.uid) == 36 and detail.updated_at is not None
    assert detail.flight is None and detail.recurrence is None and not detail.is_private
    # The editable part, passed back unchanged, changes nothing.
    with db.transaction() as session:
        same = update_item(session, item_id, detail.changes())
    assert same.sequence == 0


def test_item_detail_of_an_unknown_item_is_not_found(db: Database) -> None:
    with db.reading() as session, pytest.raises(NotFound):
        item_detail(session, 999)


# --- update_item and the sequence -----------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        {"title_fr": "Visite de PortMiami"},
        {"title_en": "PortMiami tour"},
        {"start_local": datetime(2017, 11, 6, 13, 0)},
        {"end_local": datetime(2017, 11, 6, 17, 0)},
        {"end_zone": "America/Chicago", "end_local": datetime(2017, 11, 6, 15, 0)},
        {"venue_id": None},
        {"audience": Audience.PEOPLE, "participant_ids": (1,)},
        {"excluded_participant_ids": (2,)},
        {"dress_code": "Tenue de ville"},
        {"notes_fr": "Badge obligatoire"},
        {"notes_en": "Badge required"},
        {"to_bring": "Passeport"},
        {"kind": ItemKind.RECEPTION},
    ],
    ids=lambda change: "+".join(change),
)
def test_a_change_delegates_see_raises_the_sequence(
    db: Database, trip: Trip, change: dict[str, Any]
) -> None:
    # Participant ids 1 and 2 are the trip's first delegates (a fresh database).
    assert trip.delegate_ids[:2] == (1, 2)
    item_id = _create(db, trip)
    before = _stored(db, item_id)
    with db.transaction() as session:
        after = update_item(session, item_id, **change)
    assert after.sequence == 1
    stored = _stored(db, item_id)
    assert stored.sequence == 1
    assert stored.updated_at is not None and before.updated_at is not None
    assert stored.updated_at >= before.updated_at
    for name, value in change.items():
        assert getattr(after, name) == value


def test_internal_notes_do_not_raise_the_sequence(db: Database, trip: Trip) -> None:
    item_id = _create(db, trip)
    before = _stored(db, item_id)
    with db.transaction() as session:
        after = update_item(session, item_id, internal_notes="Payer le chauffeur en espèces")
    stored = _stored(db, item_id)
    assert stored.internal_notes == "Payer le chauffeur en espèces"
    assert after.sequence == stored.sequence == 0
    assert stored.updated_at == before.updated_at


def test_a_change_to_the_same_values_raises_nothing(db: Database, trip: Trip) -> None:
    item_id = _create(db, trip, dress_code="Business")
    with db.transaction() as session:
        update_item(session, item_id, dress_code="  Business ", title_fr="Visite du port de Miami")
    assert _stored(db, item_id).sequence == 0


def test_each_visible_change_raises_the_sequence_again(db: Database, trip: Trip) -> None:
    item_id = _create(db, trip)
    for number, title in enumerate(("A", "B", "C"), start=1):
        with db.transaction() as session:
            assert update_item(session, item_id, title_fr=title).sequence == number
    assert _stored(db, item_id).sequence == 3


def test_update_item_takes_a_whole_item_changes(db: Database, trip: Trip) -> None:
    item_id = _create(db, trip)
    with db.reading() as session:
        changes = item_detail(session, item_id).changes()
    assert type(changes) is ItemChanges
    edited = replace(
        changes,
        title_fr="Déjeuner d'affaires",
        title_en=None,  # as the French title
        kind=ItemKind.MEAL,
        audience=Audience.GROUPS,
        group_ids=trip.group_ids,
    )
    with db.transaction() as session:
        after = update_item(session, item_id, edited)
    assert (after.title_fr, after.title_en, after.kind) == (
        "Déjeuner d'affaires",
        "Déjeuner d'affaires",
        ItemKind.MEAL,
    )
    assert _count(db, ItemGroup, item_id=item_id) == 2


def test_update_item_rewrites_the_audience_rows(db: Database, trip: Trip) -> None:
    jean, anne, lea = trip.delegate_ids
    item_id = _create(
        db, trip, participant_ids=[jean], excluded_participant_ids=[anne], audience=Audience.PEOPLE
    )
    with db.transaction() as session:
        update_item(session, item_id, participant_ids=(anne, lea), excluded_participant_ids=(jean,))
    with db.reading() as session:
        rows = {
            (a.participant_id, a.excluded)
            for a in session.scalars(
                select(ItemAttendance).where(ItemAttendance.item_id == item_id)
            )
        }
    assert rows == {(anne, False), (lea, False), (jean, True)}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title_fr": "   "}, "title"),
        (
            {"start_local": datetime(2017, 3, 12, 2, 30), "end_local": datetime(2017, 3, 12, 4)},
            "start",
        ),
        ({"end_local": datetime(2017, 11, 5, 1, 30), "start_local": datetime(2017, 11, 5)}, "end"),
        ({"end_local": datetime(2017, 11, 6, 13, 0)}, "end"),
        ({"start_zone": "Mars/Olympus"}, "start zone"),
        ({"end_zone": "Europe/Nowhere"}, "end zone"),
        ({"audience": Audience.GROUPS, "group_ids": ()}, "groups"),
        ({"audience": Audience.PEOPLE, "participant_ids": ()}, "attendees"),
        ({"participant_ids": (999,)}, "attendees"),
        ({"participant_ids": (1,), "excluded_participant_ids": (1,)}, "attendees"),
        ({"dress_code": "x" * 121}, "dress code"),
        ({"to_bring": "x" * 301}, "to bring"),
        ({"notes_en": "x" * 10_001}, "English notes"),
        ({"recurrence": "FREQ=SECONDLY"}, "repeat"),
        ({"flight": FlightInput("AA", "92", "JFK", "MIA")}, "flight"),
    ],
    ids=lambda value: value if isinstance(value, str) else "+".join(value),
)
def test_update_item_validation_names_the_field_and_writes_nothing(
    db: Database, trip: Trip, change: dict[str, Any], field: str
) -> None:
    item_id = _create(db, trip)
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        update_item(session, item_id, **change)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}: ")
    stored = _stored(db, item_id)
    assert (stored.title_fr, stored.start_local, stored.sequence) == (
        "Visite du port de Miami",
        datetime(2017, 11, 6, 14, 0),
        0,
    )


def test_a_flight_with_passengers_stays_a_flight(db: Database, trip: Trip) -> None:
    jean = trip.delegate_ids[0]
    item_id = _create(db, trip, kind=ItemKind.FLIGHT, flight=FlightInput("AA", "92", "JFK", "MIA"))
    with db.transaction() as session:
        book_flight(session, item_id=item_id, participant_id=jean, booking_reference="ABC123")
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        update_item(session, item_id, kind=ItemKind.VISIT, flight=None)
    assert caught.value.field == "kind"
    assert "1 passenger is booked on AA 92" in str(caught.value)
    assert _count(db, FlightBooking, item_id=item_id) == 1
    # Without passengers, the flight details may go.
    other = _create(db, trip, kind=ItemKind.FLIGHT, flight=FlightInput("AA", "93", "MIA", "JFK"))
    with db.transaction() as session:
        assert update_item(session, other, kind=ItemKind.TRANSFER, flight=None).flight is None


def test_update_item_refuses_a_stop_of_another_mission(db: Database, trip: Trip) -> None:
    item_id = _create(db, trip)
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        update_item(session, item_id, stop_id=trip.other_stop_id)
    assert caught.value.field == "stop"


def test_update_item_of_an_unknown_item_is_not_found(db: Database, trip: Trip) -> None:
    with pytest.raises(NotFound), db.transaction() as session:
        update_item(session, 999, title_fr="x")


# --- move_item ------------------------------------------------------------------------------


def test_move_shifts_both_wall_times_keeps_zones_and_raises_the_sequence(
    db: Database, trip: Trip
) -> None:
    item_id = _create(
        db,
        trip,
        kind=ItemKind.FLIGHT,
        start_local=datetime(2017, 11, 5, 10, 25),
        start_zone="Europe/Paris",
        end_local=datetime(2017, 11, 5, 17, 40),
        end_zone=NEW_YORK,
    )
    with db.transaction() as session:
        moved = move_item(session, item_id, timedelta(minutes=15))
    assert (moved.start_local, moved.start_zone) == (datetime(2017, 11, 5, 10, 40), "Europe/Paris")
    assert (moved.end_local, moved.end_zone) == (datetime(2017, 11, 5, 17, 55), NEW_YORK)
    assert moved.sequence == 1
    with db.transaction() as session:
        back = move_item(session, item_id, timedelta(minutes=-15))
    assert back.start_local == datetime(2017, 11, 5, 10, 25)
    assert back.sequence == 2  # undoing is a change too: calendars must take it


def test_move_by_a_day_keeps_the_wall_time_across_the_autumn_change(
    db: Database, trip: Trip
) -> None:
    item_id = _create(
        db, trip, start_local=datetime(2017, 11, 4, 9, 0), end_local=datetime(2017, 11, 4, 10)
    )
    with db.transaction() as session:
        moved = move_item(session, item_id, timedelta(days=1))
    assert (moved.start_local, moved.end_local) == (
        datetime(2017, 11, 5, 9, 0),
        datetime(2017, 11, 5, 10, 0),
    )


def test_move_into_the_skipped_spring_hour_is_refused(db: Database, trip: Trip) -> None:
    item_id = _create(
        db, trip, start_local=datetime(2017, 3, 12, 1, 30), end_local=datetime(2017, 3, 12, 1, 45)
    )
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        move_item(session, item_id, timedelta(hours=1))
    assert caught.value.field == "start"
    message = str(caught.value)
    assert "moved 1 h later" in message
    assert "2017-03-12 02:30 does not exist in America/New_York" in message
    stored = _stored(db, item_id)
    assert (stored.start_local, stored.sequence) == (datetime(2017, 3, 12, 1, 30), 0)


def test_move_ending_in_the_repeated_autumn_hour_is_refused(db: Database, trip: Trip) -> None:
    item_id = _create(
        db, trip, start_local=datetime(2017, 11, 5, 0, 0), end_local=datetime(2017, 11, 5, 0, 45)
    )
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        move_item(session, item_id, timedelta(minutes=45))
    assert caught.value.field == "end"
    assert "happens twice" in str(caught.value)


def test_move_by_nothing_changes_nothing(db: Database, trip: Trip) -> None:
    item_id = _create(db, trip)
    with db.transaction() as session:
        assert move_item(session, item_id, timedelta(0)).sequence == 0


def test_delta_text_says_the_move_in_words() -> None:
    assert delta_text(timedelta(minutes=15)) == "15 min later"
    assert delta_text(timedelta(minutes=-15)) == "15 min earlier"
    assert delta_text(timedelta(days=-1)) == "1 day earlier"
    assert delta_text(timedelta(days=2, hours=1, minutes=30)) == "2 days 1 h 30 min later"


# --- duplicate_item -------------------------------------------------------------------------


def test_duplicate_has_a_new_uid_the_same_audience_and_flight_but_no_bookings(
    db: Database, trip: Trip
) -> None:
    jean, anne, lea = trip.delegate_ids
    item_id = _create(
        db,
        trip,
        kind=ItemKind.FLIGHT,
        title_fr="Vol aller",
        start_local=datetime(2017, 11, 5, 10, 25),
        start_zone="Europe/Paris",
        end_local=datetime(2017, 11, 5, 17, 40),
        end_zone=NEW_YORK,
        audience=Audience.GROUPS,
        group_ids=[trip.group_ids[0]],
        participant_ids=[lea],
        excluded_participant_ids=[anne],
        flight=FlightInput("af", "7630", "mrs", "mia"),
    )
    with db.transaction() as session:
        book_flight(session, item_id=item_id, participant_id=jean, booking_reference="QXERCE")
        update_item(session, item_id, notes_fr="Bagages enregistrés")  # sequence 1
    with db.transaction() as session:
        copy_id = duplicate_item(session, item_id)
    with db.reading() as session:
        original, copy = item_detail(session, item_id), item_detail(session, copy_id)
    assert copy_id != item_id
    assert copy.uid != original.uid and len(copy.uid) == 36
    assert (original.sequence, copy.sequence) == (1, 0)
    assert copy.changes() == original.changes()
    assert copy.flight == FlightInput("AF", "7630", "MRS", "MIA")
    assert _count(db, FlightBooking, item_id=copy_id) == 0
    assert _count(db, FlightBooking, item_id=item_id) == 1


def test_duplicate_at_another_time_keeps_the_length(db: Database, trip: Trip) -> None:
    item_id = _create(db, trip)
    with db.transaction() as session:
        copy_id = duplicate_item(session, item_id, start_local=datetime(2017, 11, 7, 9, 30))
        copy = item_detail(session, copy_id)
    assert (copy.start_local, copy.end_local) == (
        datetime(2017, 11, 7, 9, 30),
        datetime(2017, 11, 7, 11, 30),
    )


def test_duplicate_to_a_time_that_does_not_exist_is_refused(db: Database, trip: Trip) -> None:
    item_id = _create(db, trip)
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        duplicate_item(session, item_id, start_local=datetime(2017, 3, 12, 2, 15))
    assert caught.value.field == "start"
    assert _count(db, ItineraryItem) == 1


# --- delete_item and restore_item -----------------------------------------------------------


def test_delete_then_restore_keeps_the_uid_id_and_attendance(db: Database, trip: Trip) -> None:
    jean, anne, lea = trip.delegate_ids
    item_id = _create(
        db,
        trip,
        kind=ItemKind.FLIGHT,
        audience=Audience.GROUPS,
        group_ids=trip.group_ids,
        participant_ids=[lea],
        excluded_participant_ids=[anne],
        flight=FlightInput("AA", "92", "JFK", "MIA"),
        internal_notes="Groupe sur le même PNR",
    )
    with db.transaction() as session:
        book_flight(session, item_id=item_id, participant_id=jean, booking_reference="ABC123")
        before = item_detail(session, item_id)

    with db.transaction() as session:
        snapshot = delete_item(session, item_id)
    assert snapshot.uid == before.uid and snapshot.title("fr") == "Visite du port de Miami"
    assert _count(db, ItineraryItem) == 0
    assert _count(db, ItemAttendance) == _count(db, ItemGroup) == _count(db, FlightBooking) == 0

    with db.transaction() as session:
        restored_id = restore_item(session, snapshot)
        after = item_detail(session, restored_id)
    assert restored_id == item_id
    assert after.uid == before.uid
    assert after.sequence == before.sequence + 1
    assert after.changes() == before.changes()
    assert _count(db, FlightDetails, item_id=item_id) == 1
    with db.reading() as session:
        booking = session.get(FlightBooking, (item_id, jean))
        assert booking is not None and booking.booking_reference == "ABC123"


def test_restore_leaves_out_a_delegate_removed_since(db: Database, trip: Trip) -> None:
    jean, _anne, lea = trip.delegate_ids
    item_id = _create(db, trip, audience=Audience.PEOPLE, participant_ids=[jean, lea])
    with db.transaction() as session:
        snapshot = delete_item(session, item_id)
    with db.transaction() as session:
        participant = session.get(Participant, lea)
        session.delete(participant)
    with db.transaction() as session:
        restored = item_detail(session, restore_item(session, snapshot))
    assert restored.participant_ids == (jean,)


def test_restore_under_a_new_id_when_the_old_one_is_taken(db: Database, trip: Trip) -> None:
    first = _create(db, trip, title_fr="Premier")
    with db.transaction() as session:
        snapshot = delete_item(session, first)
    # SQLite gives the highest free id again: the next item takes the deleted one's.
    second = _create(db, trip, title_fr="Second")
    assert second == first
    with db.transaction() as session:
        restored = restore_item(session, snapshot)
        assert item_detail(session, restored).title_fr == "Premier"
    assert restored != first


def test_restore_twice_is_a_conflict(db: Database, trip: Trip) -> None:
    item_id = _create(db, trip)
    with db.transaction() as session:
        snapshot = delete_item(session, item_id)
    with db.transaction() as session:
        restore_item(session, snapshot)
    with pytest.raises(Conflict), db.transaction() as session:
        restore_item(session, snapshot)


def test_delete_of_an_unknown_item_is_not_found(db: Database, trip: Trip) -> None:
    with pytest.raises(NotFound), db.transaction() as session:
        delete_item(session, 999)


def test_delete_and_restore_relink_a_meeting_and_an_agreement(demo_db: Database) -> None:
    with demo_db.reading() as session:
        meeting_item = session.scalar(
            select(B2BMeeting.item_id).where(B2BMeeting.item_id.is_not(None))
        )
        signing_item = session.scalar(
            select(Agreement.signing_item_id).where(Agreement.signing_item_id.is_not(None))
        )
    assert meeting_item is not None and signing_item is not None
    for item_id, model, column in (
        (meeting_item, B2BMeeting, B2BMeeting.item_id),
        (signing_item, Agreement, Agreement.signing_item_id),
    ):
        linked = _count(demo_db, model, **{column.key: item_id})
        assert linked >= 1
        with demo_db.transaction() as session:
            snapshot = delete_item(session, item_id)
        assert _count(demo_db, model, **{column.key: item_id}) == 0
        with demo_db.transaction() as session:
            assert restore_item(session, snapshot) == item_id
        assert _count(demo_db, model, **{column.key: item_id}) == linked


def test_delete_and_restore_a_demo_flight_keeps_every_booking(demo_db: Database) -> None:
    with demo_db.reading() as session:
        flight_id = session.scalar(
            select(FlightDetails.item_id).where(FlightDetails.number == "7630")
        )
    assert flight_id is not None
    bookings = _count(demo_db, FlightBooking, item_id=flight_id)
    assert bookings > 100
    with demo_db.transaction() as session:
        snapshot = delete_item(session, flight_id)
    with demo_db.transaction() as session:
        restore_item(session, snapshot)
    assert _count(demo_db, FlightBooking, item_id=flight_id) == bookings


# --- read models ----------------------------------------------------------------------------


def test_item_audiences_summarise_groups_and_named_delegates(db: Database, trip: Trip) -> None:
    jean, anne, lea = trip.delegate_ids
    everyone = _create(db, trip, excluded_participant_ids=[anne])
    groups = _create(db, trip, audience=Audience.GROUPS, group_ids=list(trip.group_ids))
    people = _create(db, trip, audience=Audience.PEOPLE, participant_ids=[jean, lea])
    with db.reading() as session:
        summaries = item_audiences(session, trip.mission_id)
    assert summaries[everyone].audience == Audience.EVERYONE
    assert summaries[everyone].excluded == 1
    assert summaries[groups].group_names == ("Délégation officielle", "Presse")
    assert summaries[people].named == 2


def test_list_venues_lists_the_places_by_name(db: Database, trip: Trip) -> None:
    with db.transaction() as session:
        create_venue(session, name="Adrienne Arsht Center", city="Miami")
        names = [v.name for v in list_venues(session)]
    assert names == ["Adrienne Arsht Center", "PortMiami"]
