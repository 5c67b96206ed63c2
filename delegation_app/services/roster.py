"""The delegation of a mission: groups, participants (delegates), hotels and rooms."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session, aliased

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.services.validation import (
    check_language,
    collation_key,
    optional_text,
    require_text,
)
from delegation_app.storage.models import (
    Accommodation,
    Group,
    GroupKind,
    Mission,
    Organisation,
    Participant,
    ParticipantGroup,
    ParticipantRole,
    ParticipantStatus,
    Person,
    RoomAssignment,
    Stop,
    Venue,
)


@dataclass(frozen=True)
class GroupView:
    id: int
    name: str
    kind: GroupKind


@dataclass(frozen=True)
class RosterEntry:
    """One delegate as the roster shows them (personal data masked: see ``has_passport``)."""

    participant_id: int
    person_id: int
    short: str
    given_name: str
    family_name: str
    organisation: str | None
    job_title: str | None
    capacity: str | None
    role: ParticipantRole
    status: ParticipantStatus
    groups: tuple[str, ...]
    email: str | None
    phone: str | None
    language: str
    hotel: str | None
    room: str | None
    has_passport: bool
    contact_role: str | None

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def sort_name(self) -> str:
        return f"{self.family_name}, {self.given_name}"


def create_group(
    session: Session, mission_id: int, name: str, kind: GroupKind = GroupKind.OTHER
) -> GroupView:
    if session.get(Mission, mission_id) is None:
        raise NotFound(f"no mission with id {mission_id}")
    name = require_text("group name", name, max_length=120)
    existing = session.scalar(
        select(Group.id).where(Group.mission_id == mission_id, Group.name == name)
    )
    if existing is not None:
        raise Conflict(f"the mission already has a group '{name}'")
    position = len(session.scalars(select(Group.id).where(Group.mission_id == mission_id)).all())
    group = Group(mission_id=mission_id, name=name, kind=kind, position=position)
    session.add(group)
    session.flush()
    return GroupView(id=group.id, name=group.name, kind=group.kind)


def list_groups(session: Session, mission_id: int) -> list[GroupView]:
    groups = session.scalars(
        select(Group).where(Group.mission_id == mission_id).order_by(Group.position)
    )
    return [GroupView(id=g.id, name=g.name, kind=g.kind) for g in groups]


@dataclass(frozen=True)
class ParticipantInput:
    person_id: int
    role: ParticipantRole
    status: ParticipantStatus = ParticipantStatus.REGISTERED
    group_ids: Sequence[int] = ()
    capacity: str | None = None
    contact_role: str | None = None
    language: str | None = None


def add_participant(
    session: Session,
    *,
    mission_id: int,
    person_id: int,
    role: ParticipantRole,
    status: ParticipantStatus = ParticipantStatus.REGISTERED,
    group_ids: Sequence[int] = (),
    capacity: str | None = None,
    contact_role: str | None = None,
    language: str | None = None,
) -> int:
    """Put a known person on a mission's roster; returns the participant id."""
    entry = ParticipantInput(person_id, role, status, group_ids, capacity, contact_role, language)
    return add_participants(session, mission_id, [entry])[0]


def add_participants(
    session: Session, mission_id: int, entries: Sequence[ParticipantInput]
) -> list[int]:
    """Put many known people on a mission's roster in one flush (a roster import)."""
    if session.get(Mission, mission_id) is None:
        raise NotFound(f"no mission with id {mission_id}")
    wanted = {e.person_id for e in entries}
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(wanted)))}
    already = set(
        session.scalars(
            select(Participant.person_id).where(
                Participant.mission_id == mission_id, Participant.person_id.in_(wanted)
            )
        )
    )
    groups = {g.id: g for g in session.scalars(select(Group).where(Group.mission_id == mission_id))}
    created: list[dict[str, object]] = []
    for entry in entries:
        person = people.get(entry.person_id)
        if person is None:
            raise NotFound(f"no person with id {entry.person_id}")
        if entry.person_id in already:
            raise Conflict(f"{person.given_name} {person.family_name} is already on this mission")
        already.add(entry.person_id)
        if any(g not in groups for g in entry.group_ids):
            raise ValidationError("groups", "a group does not belong to this mission")
        created.append(
            {
                "mission_id": mission_id,
                "person_id": entry.person_id,
                "role": entry.role,
                "status": entry.status,
                "capacity": optional_text("capacity", entry.capacity),
                "contact_role": optional_text("contact role", entry.contact_role, max_length=120),
                "language": check_language("language", entry.language) if entry.language else None,
            }
        )
    if not created:
        return []
    # Multi-row INSERTs, as for create_people: a 500-delegate import stays one statement each.
    session.execute(insert(cast(Table, Participant.__table__)), created)
    # Ids read back by person (unique per mission), as in create_people.
    by_person: dict[int, int] = {}
    persons = [entry.person_id for entry in entries]
    for chunk in range(0, len(persons), 5000):
        by_person.update(
            (person_id, participant_id)
            for participant_id, person_id in session.execute(
                select(Participant.id, Participant.person_id).where(
                    Participant.mission_id == mission_id,
                    Participant.person_id.in_(persons[chunk : chunk + 5000]),
                )
            )
        )
    ids = [by_person[person_id] for person_id in persons]
    memberships = [
        {"participant_id": participant_id, "group_id": group_id}
        for participant_id, entry in zip(ids, entries, strict=True)
        for group_id in dict.fromkeys(entry.group_ids)
    ]
    if memberships:
        session.execute(insert(cast(Table, ParticipantGroup.__table__)), memberships)
    return ids


def set_participant_status(
    session: Session, participant_id: int, status: ParticipantStatus
) -> None:
    participant = session.get(Participant, participant_id)
    if participant is None:
        raise NotFound(f"no participant with id {participant_id}")
    _set_status(participant, status)
    session.flush()


def _set_status(participant: Participant, status: ParticipantStatus) -> None:
    """Change a status and remember the day it changed (a confirmation date, a withdrawal)."""
    if participant.status != status:
        participant.status = status
        participant.status_changed_on = date.today()


def resolve_participant_id(session: Session, mission_id: int, person_id: int) -> int:
    participant_id = session.scalar(
        select(Participant.id).where(
            Participant.mission_id == mission_id, Participant.person_id == person_id
        )
    )
    if participant_id is None:
        raise NotFound("this person is not on the mission's roster")
    return participant_id


def list_roster(session: Session, mission_id: int) -> list[RosterEntry]:
    """The whole roster in three queries, sorted by family name (no query per row)."""
    rows = session.execute(
        select(Participant, Person, Organisation.name)
        .join(Person, Participant.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Participant.mission_id == mission_id)
    ).all()
    group_names: dict[int, list[str]] = defaultdict(list)
    for participant_id, group_name in session.execute(
        select(ParticipantGroup.participant_id, Group.name)
        .join(Group, ParticipantGroup.group_id == Group.id)
        .where(Group.mission_id == mission_id)
        .order_by(Group.position)
    ):
        group_names[participant_id].append(group_name)
    rooms = _rooms(session, mission_id)
    entries = []
    for participant, person, organisation in rows:
        hotel, room = rooms.get(participant.id, (None, None))
        entries.append(
            RosterEntry(
                participant_id=participant.id,
                person_id=person.id,
                short=person.short,
                given_name=person.given_name,
                family_name=person.family_name,
                organisation=organisation,
                job_title=person.job_title,
                capacity=participant.capacity,
                role=participant.role,
                status=participant.status,
                groups=tuple(group_names.get(participant.id, ())),
                email=person.email,
                phone=person.phone,
                language=participant.language or person.language,
                hotel=hotel,
                room=room,
                has_passport=person.passport_number is not None,
                contact_role=participant.contact_role,
            )
        )
    entries.sort(key=lambda e: (collation_key(e.family_name), collation_key(e.given_name)))
    return entries


def _rooms(session: Session, mission_id: int) -> dict[int, tuple[str, str | None]]:
    result: dict[int, tuple[str, str | None]] = {}
    for participant_id, hotel, room in session.execute(
        select(RoomAssignment.participant_id, Venue.name, RoomAssignment.room_number)
        .join(Accommodation, RoomAssignment.accommodation_id == Accommodation.id)
        .join(Venue, Accommodation.venue_id == Venue.id)
        .where(Accommodation.mission_id == mission_id)
        .order_by(Accommodation.check_in)
    ):
        result.setdefault(participant_id, (hotel, room))
    return result


# --- accommodation ------------------------------------------------------------------------


@dataclass(frozen=True)
class StayView:
    """A delegate's hotel stay, with room-mates (names only: never their personal data)."""

    hotel: str
    address: str | None
    phone: str | None
    city: str | None
    check_in: date
    check_out: date
    room: str | None
    room_type: str | None
    room_mates: tuple[str, ...]


def create_accommodation(
    session: Session,
    *,
    mission_id: int,
    venue_id: int,
    check_in: date,
    check_out: date,
    stop_id: int | None = None,
    booking_reference: str | None = None,
) -> int:
    if session.get(Mission, mission_id) is None:
        raise NotFound(f"no mission with id {mission_id}")
    if session.get(Venue, venue_id) is None:
        raise NotFound(f"no venue with id {venue_id}")
    if stop_id is not None:
        stop = session.get(Stop, stop_id)
        if stop is None or stop.mission_id != mission_id:
            raise ValidationError("stop", "the stop does not belong to this mission")
    if check_out <= check_in:
        raise ValidationError("check-out", f"{check_out} is not after check-in {check_in}")
    block = Accommodation(
        mission_id=mission_id,
        venue_id=venue_id,
        stop_id=stop_id,
        check_in=check_in,
        check_out=check_out,
        booking_reference=optional_text("booking reference", booking_reference, max_length=40),
    )
    session.add(block)
    session.flush()
    return block.id


def assign_room(
    session: Session,
    *,
    accommodation_id: int,
    participant_id: int,
    room_number: str | None,
    room_type: str | None = None,
    check_in: date | None = None,
    check_out: date | None = None,
) -> None:
    """Put a delegate in a room; own dates only when they differ from the hotel block's."""
    block = session.get(Accommodation, accommodation_id)
    participant = session.get(Participant, participant_id)
    if block is None or participant is None:
        raise NotFound("no such hotel block or participant")
    if block.mission_id != participant.mission_id:
        raise ValidationError("room", "the hotel block and the delegate are on different missions")
    existing = session.scalar(
        select(RoomAssignment).where(
            RoomAssignment.accommodation_id == accommodation_id,
            RoomAssignment.participant_id == participant_id,
        )
    )
    assignment = existing or RoomAssignment(
        accommodation_id=accommodation_id, participant_id=participant_id
    )
    assignment.room_number = optional_text("room number", room_number, max_length=12)
    assignment.room_type = optional_text("room type", room_type, max_length=40)
    first, last = check_in or block.check_in, check_out or block.check_out
    if last <= first:
        raise ValidationError("check-out", f"{last} is not after check-in {first}")
    assignment.check_in, assignment.check_out = check_in, check_out
    session.add(assignment)
    session.flush()


def stays_of(session: Session, participant_id: int) -> list[StayView]:
    mine = session.execute(
        select(RoomAssignment, Accommodation, Venue)
        .join(Accommodation, RoomAssignment.accommodation_id == Accommodation.id)
        .join(Venue, Accommodation.venue_id == Venue.id)
        .where(RoomAssignment.participant_id == participant_id)
        .order_by(Accommodation.check_in)
    ).all()
    other = aliased(RoomAssignment)
    block_city = {
        block_id: city
        for block_id, city in session.execute(
            select(Accommodation.id, Stop.city)
            .join(Stop, Accommodation.stop_id == Stop.id)
            .where(Accommodation.id.in_([block.id for _, block, _ in mine]))
        )
    }
    stays = []
    for assignment, block, venue in mine:
        mates: list[str] = []
        if assignment.room_number:
            mates = [
                f"{given} {family}"
                for given, family in session.execute(
                    select(Person.given_name, Person.family_name)
                    .join(Participant, Participant.person_id == Person.id)
                    .join(other, other.participant_id == Participant.id)
                    .where(
                        other.accommodation_id == block.id,
                        other.room_number == assignment.room_number,
                        other.participant_id != participant_id,
                    )
                )
            ]
        stays.append(
            StayView(
                hotel=venue.name,
                address=venue.address,
                phone=venue.phone,
                city=block_city.get(block.id) or venue.city,
                check_in=assignment.check_in or block.check_in,
                check_out=assignment.check_out or block.check_out,
                room=assignment.room_number,
                room_type=assignment.room_type,
                room_mates=tuple(mates),
            )
        )
    return stays


def update_participant(
    session: Session,
    participant_id: int,
    *,
    role: ParticipantRole | None = None,
    status: ParticipantStatus | None = None,
    group_ids: Sequence[int] | None = None,
    capacity: str | None = None,
    language: str | None = None,
) -> None:
    """Change what is given; None leaves a field as it is."""
    participant = session.get(Participant, participant_id)
    if participant is None:
        raise NotFound(f"no participant with id {participant_id}")
    if role is not None:
        participant.role = role
    if status is not None:
        _set_status(participant, status)
    if capacity is not None:
        participant.capacity = optional_text("capacity", capacity)
    if language is not None:
        participant.language = check_language("language", language)
    if group_ids is not None:
        groups = list(session.scalars(select(Group).where(Group.id.in_(group_ids))))
        if any(g.mission_id != participant.mission_id for g in groups):
            raise ValidationError("groups", "a group does not belong to this mission")
        participant.groups = groups
    session.flush()


@dataclass(frozen=True)
class RosterRecord:
    """A delegate with every field an export may write; personal data only when asked for."""

    short: str
    honorific: str | None
    family_name: str
    given_name: str
    organisation: str | None
    job_title: str | None
    capacity: str | None
    email: str | None
    phone: str | None
    language: str
    role: ParticipantRole
    status: ParticipantStatus
    groups: tuple[str, ...]
    nationality: str | None
    birth_date: date | None
    passport_number: str | None
    passport_country: str | None
    passport_expiry: date | None
    dietary_needs: str | None
    mobility_needs: str | None


def roster_records(
    session: Session, mission_id: int, *, include_personal: bool = False
) -> list[RosterRecord]:
    """The roster for export, in roster order; passports, birth dates and needs are left out
    unless ``include_personal`` (they go only where the document needs them)."""
    entries = {e.participant_id: e for e in list_roster(session, mission_id)}
    people = {
        p.id: p
        for p in session.scalars(
            select(Person)
            .join(Participant, Participant.person_id == Person.id)
            .where(Participant.mission_id == mission_id)
        )
    }
    records = []
    for entry in entries.values():
        person = people[entry.person_id]
        personal = include_personal
        records.append(
            RosterRecord(
                short=entry.short,
                honorific=person.honorific,
                family_name=entry.family_name,
                given_name=entry.given_name,
                organisation=entry.organisation,
                job_title=entry.job_title,
                capacity=entry.capacity,
                email=entry.email,
                phone=entry.phone,
                language=entry.language,
                role=entry.role,
                status=entry.status,
                groups=entry.groups,
                nationality=person.nationality,
                birth_date=person.birth_date if personal else None,
                passport_number=person.passport_number if personal else None,
                passport_country=person.passport_country if personal else None,
                passport_expiry=person.passport_expiry if personal else None,
                dietary_needs=person.dietary_needs if personal else None,
                mobility_needs=person.mobility_needs if personal else None,
            )
        )
    return records
