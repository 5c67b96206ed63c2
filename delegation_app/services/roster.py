"""The delegation of a mission: groups, participants (delegates), hotels and rooms."""

from __future__ import annotations

import getpass
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session, object_session

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.messages import say
from delegation_app.services.entry import check_country_code
from delegation_app.services.people import (
    FieldProblem,
    InvalidField,
    clean_person_changes,
    mask_number,
    not_a_language,
)
from delegation_app.services.validation import (
    check_language,
    clean_text,
    collation_key,
    optional_text,
    require_text,
    too_long,
    utc_now,
)
from delegation_app.services.views import GroupView as GroupView
from delegation_app.services.views import RosterEntry as RosterEntry
from delegation_app.storage.models import (
    Accommodation,
    AuthorisationKind,
    AuthorisationState,
    EntryAuthorisation,
    Group,
    GroupKind,
    ItemGroup,
    Mission,
    Organisation,
    Participant,
    ParticipantGroup,
    ParticipantRole,
    ParticipantStatus,
    ParticipantStatusChange,
    Person,
    RoomAssignment,
    Stop,
    Venue,
)


def create_group(
    session: Session, mission_id: int, name: str, kind: GroupKind = GroupKind.OTHER
) -> GroupView:
    if session.get(Mission, mission_id) is None:
        raise NotFound(say("no mission with id {mission_id}", mission_id=mission_id))
    name = require_text("group name", name, max_length=120)
    existing = session.scalar(
        select(Group.id).where(Group.mission_id == mission_id, Group.name == name)
    )
    if existing is not None:
        raise Conflict(say("the mission already has a group '{name}'", name=name))
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
        raise NotFound(say("no mission with id {mission_id}", mission_id=mission_id))
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
            raise NotFound(say("no person with id {person_id}", person_id=entry.person_id))
        if entry.person_id in already:
            raise Conflict(
                say(
                    "{given} {family} is already on this mission",
                    given=person.given_name,
                    family=person.family_name,
                )
            )
        already.add(entry.person_id)
        if any(g not in groups for g in entry.group_ids):
            raise ValidationError("groups", _foreign_group())
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
    # Each delegate's history starts on the day they were put on the roster.
    now, who = utc_now(), optional_text("changed by", login_name(), max_length=120)
    session.execute(
        insert(cast(Table, ParticipantStatusChange.__table__)),
        [
            {
                "participant_id": participant_id,
                "from_status": None,
                "to_status": entry.status,
                "changed_at": now,
                "changed_by": who,
            }
            for participant_id, entry in zip(ids, entries, strict=True)
        ],
    )
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
        raise NotFound(_no_participant(participant_id))
    _set_status(participant, status)
    session.flush()


def _set_status(
    participant: Participant, status: ParticipantStatus, changed_by: str | None = None
) -> None:
    """Change a status, remember the day it changed (a confirmation date, a withdrawal) and
    keep the step in the delegate's history: from what, to what, when, by whom."""
    if participant.status != status:
        session = object_session(participant)
        assert session is not None, "a participant's status changes inside a session"
        session.add(
            ParticipantStatusChange(
                participant_id=participant.id,
                from_status=participant.status,
                to_status=status,
                changed_at=utc_now(),
                changed_by=optional_text("changed by", changed_by or login_name(), max_length=120),
            )
        )
        participant.status = status
        participant.status_changed_on = date.today()


def login_name() -> str | None:
    """Who is at the keyboard, for a history's "by whom": the system's login."""
    try:
        return getpass.getuser() or None
    except (KeyError, OSError):  # no login name (a container, a service account)
        return None


@dataclass(frozen=True)
class StatusChangeView:
    """One step of a delegate's status history (``from_status`` None: added to the roster)."""

    from_status: ParticipantStatus | None
    to_status: ParticipantStatus
    changed_at: datetime  # UTC
    changed_by: str | None


def status_history(session: Session, participant_id: int) -> tuple[StatusChangeView, ...]:
    """A delegate's status changes, oldest first."""
    return tuple(
        StatusChangeView(
            from_status=row.from_status,
            to_status=row.to_status,
            changed_at=row.changed_at,
            changed_by=row.changed_by,
        )
        for row in session.scalars(
            select(ParticipantStatusChange)
            .where(ParticipantStatusChange.participant_id == participant_id)
            .order_by(ParticipantStatusChange.changed_at, ParticipantStatusChange.id)
        )
    )


def resolve_participant_id(session: Session, mission_id: int, person_id: int) -> int:
    participant_id = session.scalar(
        select(Participant.id).where(
            Participant.mission_id == mission_id, Participant.person_id == person_id
        )
    )
    if participant_id is None:
        raise NotFound(say("this person is not on the mission's roster"))
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
        raise NotFound(say("no mission with id {mission_id}", mission_id=mission_id))
    if session.get(Venue, venue_id) is None:
        raise NotFound(say("no venue with id {venue_id}", venue_id=venue_id))
    if stop_id is not None:
        stop = session.get(Stop, stop_id)
        if stop is None or stop.mission_id != mission_id:
            raise ValidationError("stop", say("the stop does not belong to this mission"))
    if check_out <= check_in:
        raise ValidationError("check-out", _not_after_check_in(check_out, check_in))
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
        raise NotFound(say("no such hotel block or participant"))
    if block.mission_id != participant.mission_id:
        raise ValidationError(
            "room", say("the hotel block and the delegate are on different missions")
        )
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
        raise ValidationError("check-out", _not_after_check_in(last, first))
    assignment.check_in, assignment.check_out = check_in, check_out
    session.add(assignment)
    session.flush()


def stays_of(session: Session, participant_id: int) -> list[StayView]:
    return stays_for(session, [participant_id])[participant_id]


def stays_for(session: Session, participant_ids: Sequence[int]) -> dict[int, list[StayView]]:
    """The hotel stays of several delegates, with room-mates, in three queries."""
    wanted = set(participant_ids)
    mine = session.execute(
        select(RoomAssignment, Accommodation, Venue)
        .join(Accommodation, RoomAssignment.accommodation_id == Accommodation.id)
        .join(Venue, Accommodation.venue_id == Venue.id)
        .where(RoomAssignment.participant_id.in_(wanted))
        .order_by(Accommodation.check_in, RoomAssignment.id)
    ).all()
    blocks = {block.id for _, block, _ in mine}
    block_city = {
        block_id: city
        for block_id, city in session.execute(
            select(Accommodation.id, Stop.city)
            .join(Stop, Accommodation.stop_id == Stop.id)
            .where(Accommodation.id.in_(blocks))
        )
    }
    # Everyone in the same rooms of the same hotel blocks, named once.
    occupants: dict[tuple[int, str], list[tuple[int, str]]] = defaultdict(list)
    for block_id, room, share, occupant, given, family in session.execute(
        select(
            RoomAssignment.accommodation_id,
            RoomAssignment.room_number,
            RoomAssignment.share_key,
            RoomAssignment.participant_id,
            Person.given_name,
            Person.family_name,
        )
        .join(Participant, RoomAssignment.participant_id == Participant.id)
        .join(Person, Participant.person_id == Person.id)
        .where(
            RoomAssignment.accommodation_id.in_(blocks),
            (RoomAssignment.room_number.is_not(None)) | (RoomAssignment.share_key.is_not(None)),
        )
        .order_by(RoomAssignment.id)
    ):
        if (key := room_key(room, share)) is not None:
            occupants[(block_id, key)].append((occupant, f"{given} {family}"))
    stays: dict[int, list[StayView]] = {p: [] for p in participant_ids}
    for assignment, block, venue in mine:
        key = room_key(assignment.room_number, assignment.share_key)
        mates = [
            name
            for occupant, name in (occupants.get((block.id, key), []) if key else [])
            if occupant != assignment.participant_id
        ]
        stays[assignment.participant_id].append(
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


def room_key(number: str | None, share_key: str | None) -> str | None:
    """Which room an assignment is in: its number ("1204" and " 1204 " are one room), else its
    share key (room-mates before the hotel numbers the room); None for a room of its own."""
    if number and number.strip():
        return "#" + number.strip().casefold()
    if share_key:
        return "~" + share_key
    return None


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
        raise NotFound(_no_participant(participant_id))
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
            raise ValidationError("groups", _foreign_group())
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
    languages: str | None = None  # spoken, codes separated by ';'
    hotel: str | None = None  # the first hotel of the stay, its room and who shares it
    room: str | None = None
    room_type: str | None = None
    room_mate: str | None = None


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
    stays = stays_for(session, list(entries))
    records = []
    for entry in entries.values():
        person = people[entry.person_id]
        personal = include_personal
        stay = stays[entry.participant_id][0] if stays[entry.participant_id] else None
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
                languages=person.languages,
                hotel=stay.hotel if stay else None,
                room=stay.room if stay else None,
                room_type=stay.room_type if stay else None,
                room_mate=", ".join(stay.room_mates) if stay and stay.room_mates else None,
            )
        )
    return records


# --- groups of many delegates at once -----------------------------------------------------


def _mission_of(session: Session, participant_ids: Sequence[int]) -> int:
    """The one mission of these delegates; refuses unknown delegates and a mix of missions."""
    rows: dict[int, int] = {
        participant_id: mission_id
        for participant_id, mission_id in session.execute(
            select(Participant.id, Participant.mission_id).where(
                Participant.id.in_(participant_ids)
            )
        )
    }
    missing = [p for p in participant_ids if p not in rows]
    if missing:
        raise NotFound(_no_participant(missing[0]))
    missions = set(rows.values())
    if len(missions) > 1:
        raise ValidationError("delegates", say("are on different missions"))
    return missions.pop()


def _check_groups(session: Session, mission_id: int, group_ids: Iterable[int]) -> None:
    known = set(session.scalars(select(Group.id).where(Group.mission_id == mission_id)))
    if any(g not in known for g in group_ids):
        raise ValidationError("groups", _foreign_group())


def memberships(session: Session, participant_ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
    """Each delegate's group ids, in the groups' order (an empty tuple for none)."""
    result: dict[int, list[int]] = {p: [] for p in participant_ids}
    for participant_id, group_id in session.execute(
        select(ParticipantGroup.participant_id, ParticipantGroup.group_id)
        .join(Group, ParticipantGroup.group_id == Group.id)
        .where(ParticipantGroup.participant_id.in_(participant_ids))
        .order_by(Group.position, Group.id)
    ):
        result[participant_id].append(group_id)
    return {p: tuple(groups) for p, groups in result.items()}


def _forget_loaded_groups(session: Session, participant_ids: Iterable[int]) -> None:
    """Rows were written under the ORM's feet: loaded delegates read their groups again."""
    wanted = set(participant_ids)
    for loaded in list(session.identity_map.values()):
        if isinstance(loaded, Participant) and loaded.id in wanted:
            session.expire(loaded, ["groups"])


def set_groups(
    session: Session,
    participant_ids: Sequence[int],
    *,
    add: Sequence[int] = (),
    remove: Sequence[int] = (),
) -> dict[int, tuple[int, ...]]:
    """Put many delegates in the ``add`` groups and take them out of the ``remove`` ones, in a
    few statements; returns each delegate's groups before, for ``set_memberships`` to undo."""
    ids = list(dict.fromkeys(participant_ids))
    add, remove = list(dict.fromkeys(add)), list(dict.fromkeys(remove))
    if not ids:
        return {}
    if set(add) & set(remove):
        raise ValidationError("groups", say("a group cannot be both added and removed"))
    mission_id = _mission_of(session, ids)
    _check_groups(session, mission_id, [*add, *remove])
    previous = memberships(session, ids)
    if remove:
        session.execute(
            delete(ParticipantGroup).where(
                ParticipantGroup.participant_id.in_(ids), ParticipantGroup.group_id.in_(remove)
            )
        )
    wanted = [
        {"participant_id": p, "group_id": g} for p in ids for g in add if g not in previous[p]
    ]
    if wanted:
        session.execute(insert(cast(Table, ParticipantGroup.__table__)), wanted)
    session.flush()
    _forget_loaded_groups(session, ids)
    return previous


def set_memberships(
    session: Session, groups_by_participant: Mapping[int, Sequence[int]]
) -> dict[int, tuple[int, ...]]:
    """Give each delegate exactly these groups (an undo of ``set_groups``); returns before."""
    ids = list(groups_by_participant)
    if not ids:
        return {}
    mission_id = _mission_of(session, ids)
    _check_groups(session, mission_id, {g for gs in groups_by_participant.values() for g in gs})
    previous = memberships(session, ids)
    changed = [p for p in ids if set(previous[p]) != set(groups_by_participant[p])]
    if changed:
        session.execute(
            delete(ParticipantGroup).where(ParticipantGroup.participant_id.in_(changed))
        )
        rows = [
            {"participant_id": p, "group_id": g}
            for p in changed
            for g in dict.fromkeys(groups_by_participant[p])
        ]
        if rows:
            session.execute(insert(cast(Table, ParticipantGroup.__table__)), rows)
        session.flush()
        _forget_loaded_groups(session, changed)
    return previous


def delete_group(session: Session, group_id: int) -> GroupView:
    """Remove an empty group no itinerary item invites (the undo of making one)."""
    group = session.get(Group, group_id)
    if group is None:
        raise NotFound(say("no group with id {group_id}", group_id=group_id))
    if session.scalar(
        select(ParticipantGroup.group_id).where(ParticipantGroup.group_id == group_id)
    ):
        raise Conflict(say("the group '{name}' still has delegates", name=group.name))
    if session.scalar(select(ItemGroup.group_id).where(ItemGroup.group_id == group_id)):
        raise Conflict(say("the group '{name}' is invited to itinerary items", name=group.name))
    view = GroupView(id=group.id, name=group.name, kind=group.kind)
    session.delete(group)
    session.flush()
    return view


# --- one delegate's record, as a form edits it --------------------------------------------


@dataclass(frozen=True)
class DelegateAuthorisation:
    """A visa, ESTA or eTA on a delegate's record; ``number`` only when it was revealed."""

    id: int
    kind: AuthorisationKind
    country: str
    state: AuthorisationState
    number: str | None = field(repr=False)
    masked_number: str | None
    expiry: date | None

    def as_input(self, *, revealed: bool) -> AuthorisationInput:
        """This authorisation as ``update_delegate`` takes it back unchanged."""
        keep = not revealed and self.masked_number is not None
        return AuthorisationInput(
            kind=self.kind,
            country=self.country,
            state=self.state,
            number=None if keep else self.number,
            expiry=self.expiry,
            id=self.id,
            keep_number=keep,
        )


@dataclass(frozen=True)
class AuthorisationInput:
    """One authorisation of the list ``update_delegate`` gives a delegate (the rows left out
    are removed). ``id`` names the stored one it edits, or restores after an undo."""

    kind: AuthorisationKind
    country: str
    state: AuthorisationState = AuthorisationState.NEEDED
    number: str | None = field(default=None, repr=False)
    expiry: date | None = None
    id: int | None = None
    #: The stored number stays as it is (the form never revealed it).
    keep_number: bool = False


#: The keys of ``update_delegate``'s changes: the person's (kept across missions), then this
#: mission's participant's.
DELEGATE_PERSON_KEYS = (
    "honorific", "given_name", "family_name", "organisation_id", "job_title", "nationality",
    "birth_date", "email", "phone", "language", "emergency_contact", "passport_number",
    "passport_country", "passport_expiry", "dietary_needs", "mobility_needs", "notes",
    "languages",
)  # fmt: skip
DELEGATE_PARTICIPANT_KEYS = (
    "role", "status", "status_changed_on", "capacity", "contact_role", "booklet_language",
    "arrival_notes", "group_ids", "entry_authorisations",
)  # fmt: skip


@dataclass(frozen=True)
class DelegateDetail:
    """Everything a coordinator may edit about one delegate. The passport number is None
    unless the detail was read with ``reveal=True``; ``passport_masked`` shows it is there."""

    participant_id: int
    person_id: int
    mission_id: int
    home_country: str
    short: str
    honorific: str | None
    given_name: str
    family_name: str
    organisation_id: int | None
    organisation: str | None
    job_title: str | None
    nationality: str | None
    birth_date: date | None
    email: str | None
    phone: str | None
    language: str
    emergency_contact: str | None
    passport_number: str | None = field(repr=False)
    passport_masked: str | None
    passport_country: str | None
    passport_expiry: date | None
    dietary_needs: str | None
    mobility_needs: str | None
    notes: str | None
    role: ParticipantRole
    status: ParticipantStatus
    status_changed_on: date | None
    capacity: str | None
    contact_role: str | None
    booklet_language: str | None
    arrival_notes: str | None
    group_ids: tuple[int, ...]
    entry_authorisations: tuple[DelegateAuthorisation, ...]
    revealed: bool = False
    languages: str | None = None  # spoken, codes separated by ';'

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def has_passport(self) -> bool:
        return self.passport_masked is not None

    @property
    def effective_language(self) -> str:
        """The language of the delegate's booklet: the override, else their own."""
        return self.booklet_language or self.language

    def values(self) -> dict[str, object]:
        """The editable values under ``update_delegate``'s keys (the passport number only when
        revealed): give back a changed copy of this, or just the keys that changed."""
        values = {key: getattr(self, key) for key in DELEGATE_PERSON_KEYS}
        if not self.revealed:
            del values["passport_number"]
        values.update({key: getattr(self, key) for key in DELEGATE_PARTICIPANT_KEYS})
        values["entry_authorisations"] = tuple(
            a.as_input(revealed=self.revealed) for a in self.entry_authorisations
        )
        return values


@dataclass(frozen=True)
class DelegateUpdate:
    """What ``update_delegate`` did: the delegate now (masked), and the values it replaced,
    ready to be given back to ``update_delegate`` to undo. Both mappings may hold a passport
    number: keep them in memory only, never in a log (they are left out of ``repr``)."""

    detail: DelegateDetail
    previous: Mapping[str, object] = field(repr=False)
    applied: Mapping[str, object] = field(repr=False)

    @property
    def changed(self) -> tuple[str, ...]:
        return tuple(self.applied)


def _participant(session: Session, participant_id: int) -> Participant:
    participant = session.get(Participant, participant_id)
    if participant is None:
        raise NotFound(_no_participant(participant_id))
    return participant


def _stored_authorisations(session: Session, participant_id: int) -> list[EntryAuthorisation]:
    return list(
        session.scalars(
            select(EntryAuthorisation)
            .where(EntryAuthorisation.participant_id == participant_id)
            .order_by(EntryAuthorisation.country, EntryAuthorisation.kind, EntryAuthorisation.id)
        )
    )


def delegate_detail(
    session: Session, participant_id: int, *, reveal: bool = False
) -> DelegateDetail:
    """One delegate's record for the form (four queries); ``reveal`` includes the passport
    and authorisation numbers, which are otherwise masked (``•••• 8213``)."""
    row = session.execute(
        select(Participant, Person, Mission.home_country, Organisation.name)
        .join(Person, Participant.person_id == Person.id)
        .join(Mission, Participant.mission_id == Mission.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Participant.id == participant_id)
    ).one_or_none()
    if row is None:
        raise NotFound(_no_participant(participant_id))
    participant, person, home_country, organisation = row
    return DelegateDetail(
        participant_id=participant.id,
        person_id=person.id,
        mission_id=participant.mission_id,
        home_country=home_country,
        short=person.short,
        honorific=person.honorific,
        given_name=person.given_name,
        family_name=person.family_name,
        organisation_id=person.organisation_id,
        organisation=organisation,
        job_title=person.job_title,
        nationality=person.nationality,
        birth_date=person.birth_date,
        email=person.email,
        phone=person.phone,
        language=person.language,
        emergency_contact=person.emergency_contact,
        passport_number=person.passport_number if reveal else None,
        passport_masked=mask_number(person.passport_number),
        passport_country=person.passport_country,
        passport_expiry=person.passport_expiry,
        dietary_needs=person.dietary_needs,
        mobility_needs=person.mobility_needs,
        notes=person.notes,
        role=participant.role,
        status=participant.status,
        status_changed_on=participant.status_changed_on,
        capacity=participant.capacity,
        contact_role=participant.contact_role,
        booklet_language=participant.language,
        arrival_notes=participant.arrival_notes,
        group_ids=tuple(g.id for g in participant.groups),
        entry_authorisations=tuple(
            DelegateAuthorisation(
                id=row.id,
                kind=row.kind,
                country=row.country,
                state=row.state,
                number=row.number if reveal else None,
                masked_number=mask_number(row.number),
                expiry=row.expiry,
            )
            for row in _stored_authorisations(session, participant.id)
        ),
        revealed=reveal,
        languages=person.languages,
    )


def _choice(key: str, label: str, cls: type[Any], value: object) -> Any:
    if isinstance(value, cls):
        return value
    try:
        return cls(str(value).strip().lower())
    except ValueError:
        choices = ", ".join(member.value for member in cls)
        raise InvalidField(
            key,
            say("'{value}' is not one of {choices}", value=value, choices=choices),
            FieldProblem.CHOICE,
            field=label,
            choices=choices,
        ) from None


def _optional_participant_text(key: str, label: str, value: object, limit: int) -> str | None:
    text = _clean(value)
    if text is not None and len(text) > limit:
        raise InvalidField(key, too_long(limit), FieldProblem.TOO_LONG, field=label, limit=limit)
    return text


def _clean_authorisations(
    session: Session, participant: Participant, value: object
) -> tuple[AuthorisationInput, ...]:
    """The list as it would be stored: checked, kept numbers filled in, in a stable order."""
    key, label = "entry_authorisations", "entry authorisation"
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidField(key, _not_a_list(), FieldProblem.CHOICE, field=label)
    stored = {row.id: row for row in _stored_authorisations(session, participant.id)}
    rows: list[AuthorisationInput] = []
    seen: dict[tuple[AuthorisationKind, str], int] = {}
    claimed: set[int] = set()
    for number, item in enumerate(value):
        if not isinstance(item, AuthorisationInput):
            raise InvalidField(key, _not_a_list(), FieldProblem.CHOICE, field=label, row=number)
        kind = _choice(key, "kind", AuthorisationKind, item.kind)
        state = _choice(key, "state", AuthorisationState, item.state)
        typed_country = str(item.country)  # as typed, for the window to show back
        try:
            country = check_country_code("country", item.country)
        except ValidationError as exc:
            raise InvalidField(
                key,
                exc.message,
                FieldProblem.COUNTRY,
                field=exc.field,
                row=number,
                code=typed_country,
            ) from None
        if item.expiry is not None and not isinstance(item.expiry, date):
            raise InvalidField(
                key, say("must be a date"), FieldProblem.DATE, field="expiry", row=number
            )
        row_id = item.id
        if row_id is not None and row_id not in stored:
            other = session.get(EntryAuthorisation, row_id)
            if other is not None:  # another delegate's: never taken over
                raise InvalidField(
                    key,
                    say("belongs to another delegate"),
                    FieldProblem.CHOICE,
                    field=label,
                    row=number,
                )
        if item.keep_number:
            kept = stored.get(row_id) if row_id is not None else None
            digits = kept.number if kept is not None else None
        else:
            text = _clean(item.number)
            if text is not None and len(text) > 40:
                raise InvalidField(
                    key, too_long(40), FieldProblem.TOO_LONG, field="number", limit=40, row=number
                )
            digits = text
        if (kind, country) in seen:
            raise InvalidField(
                key,
                say(
                    "a {kind} for {country} is given twice",
                    kind=_KIND_SAID.get(kind, kind.value),
                    country=country,
                ),
                FieldProblem.DUPLICATE,
                field=label,
                row=number,
            )
        seen[(kind, country)] = number
        if row_id is not None:
            claimed.add(row_id)
        rows.append(AuthorisationInput(kind, country, state, digits, item.expiry, row_id))
    # A new row of the kind and country of a stored one that the list drops is that one.
    for number, row in enumerate(rows):
        if row.id is None:
            same = next(
                (
                    s.id
                    for s in stored.values()
                    if s.id not in claimed and (s.kind, s.country) == (row.kind, row.country)
                ),
                None,
            )
            if same is not None:
                claimed.add(same)
                rows[number] = AuthorisationInput(
                    row.kind, row.country, row.state, row.number, row.expiry, same
                )
    return _sorted_authorisations(rows)


def _not_a_list() -> str:
    return say("must be a list of authorisations")


#: The kinds of authorisation, as a sentence names them in the reader's language.
_KIND_SAID = {
    AuthorisationKind.VISA: say("visa"),
    AuthorisationKind.ESTA: say("esta"),
    AuthorisationKind.ETA: say("eta"),
    AuthorisationKind.OTHER: say("other"),
}


def _foreign_group() -> str:
    return say("a group does not belong to this mission")


def _no_participant(participant_id: int) -> str:
    return say("no participant with id {participant_id}", participant_id=participant_id)


def _not_after_check_in(check_out: date, check_in: date) -> str:
    return say(
        "{check_out} is not after check-in {check_in}", check_out=check_out, check_in=check_in
    )


def _clean(value: object) -> str | None:
    return clean_text(None if value is None else str(value))


def _sorted_authorisations(rows: Iterable[AuthorisationInput]) -> tuple[AuthorisationInput, ...]:
    return tuple(sorted(rows, key=lambda a: (a.country, a.kind.value, a.id or 0)))


def _current_authorisations(
    session: Session, participant_id: int
) -> tuple[AuthorisationInput, ...]:
    return _sorted_authorisations(
        AuthorisationInput(row.kind, row.country, row.state, row.number, row.expiry, row.id)
        for row in _stored_authorisations(session, participant_id)
    )


def _clean_participant_changes(
    session: Session, participant: Participant, changes: Mapping[str, object]
) -> tuple[dict[str, object], list[InvalidField]]:
    cleaned: dict[str, object] = {}
    problems: list[InvalidField] = []
    for key, value in changes.items():
        try:
            if key == "role":
                cleaned[key] = _choice(key, "role", ParticipantRole, value)
            elif key == "status":
                cleaned[key] = _choice(key, "status", ParticipantStatus, value)
            elif key == "status_changed_on":
                if value is not None and not isinstance(value, date):
                    raise InvalidField(
                        key, say("must be a date"), FieldProblem.DATE, field="status changed on"
                    )
                cleaned[key] = value
            elif key == "capacity":
                cleaned[key] = _optional_participant_text(key, "capacity", value, 200)
            elif key == "contact_role":
                cleaned[key] = _optional_participant_text(key, "contact role", value, 120)
            elif key == "arrival_notes":
                cleaned[key] = _optional_participant_text(key, "arrival notes", value, 4000)
            elif key == "booklet_language":
                text = _clean(value)
                if text is not None and text not in ("fr", "en"):
                    raise InvalidField(
                        key, not_a_language(text), FieldProblem.LANGUAGE, field="booklet language"
                    )
                cleaned[key] = text
            elif key == "group_ids":
                if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
                    raise InvalidField(
                        key, say("must be a list of groups"), FieldProblem.GROUPS, field="groups"
                    )
                wanted = set(value)
                order = list(
                    session.scalars(
                        select(Group.id)
                        .where(Group.mission_id == participant.mission_id)
                        .order_by(Group.position, Group.id)
                    )
                )
                if not wanted <= set(order):
                    raise InvalidField(key, _foreign_group(), FieldProblem.GROUPS, field="groups")
                cleaned[key] = tuple(g for g in order if g in wanted)
            elif key == "entry_authorisations":
                cleaned[key] = _clean_authorisations(session, participant, value)
            elif key == "room":
                cleaned[key] = _clean_room(session, participant, value)
            elif key == "photo":
                cleaned[key] = _clean_photo(value)
            elif key not in DELEGATE_PERSON_KEYS:
                raise InvalidField(
                    key, say("is not a field of a delegate"), FieldProblem.UNKNOWN, field=key
                )
        except InvalidField as problem:
            problems.append(problem)
    return cleaned, problems


@dataclass(frozen=True)
class RoomChoice:
    """A delegate's room as the form edits it: in which hotel block (None: no room), which
    room and type, and with whom they share it."""

    accommodation_id: int | None
    room_number: str | None = None
    room_type: str | None = None
    room_mate_id: int | None = None


def current_room(session: Session, participant_id: int) -> RoomChoice:
    """The delegate's first room (by check-in) as a RoomChoice, with its first room-mate."""
    from delegation_app.services import hotels  # here: hotels builds on this module

    first = session.execute(
        select(RoomAssignment)
        .join(Accommodation, RoomAssignment.accommodation_id == Accommodation.id)
        .where(RoomAssignment.participant_id == participant_id)
        .order_by(Accommodation.check_in, Accommodation.id)
        .limit(1)
    ).scalar_one_or_none()
    if first is None:
        return RoomChoice(None)
    room = hotels.room_of(session, first.accommodation_id, participant_id)
    return RoomChoice(
        accommodation_id=first.accommodation_id,
        room_number=first.room_number,
        room_type=first.room_type,
        room_mate_id=room.room_mates[0] if room.room_mates else None,
    )


def _clean_room(session: Session, participant: Participant, value: object) -> RoomChoice:
    key = "room"  # the form's key for every part of the room
    if not isinstance(value, RoomChoice):
        raise InvalidField(key, say("must be a room choice"), FieldProblem.ROOM, field="room")
    if value.accommodation_id is None:
        return RoomChoice(None)
    block = session.get(Accommodation, value.accommodation_id)
    if block is None or block.mission_id != participant.mission_id:
        raise InvalidField(
            key, say("is not a hotel of this mission"), FieldProblem.ROOM, field="hotel"
        )
    number = _optional_participant_text(key, "room number", value.room_number, 12)
    kind = _optional_participant_text(key, "room type", value.room_type, 40)
    mate = value.room_mate_id
    if mate is not None:
        other = session.get(Participant, mate)
        if other is None or other.mission_id != participant.mission_id or mate == participant.id:
            raise InvalidField(
                key,
                say("is not another delegate of this mission"),
                FieldProblem.ROOM_MATE,
                field="room-mate",
            )
    return RoomChoice(value.accommodation_id, number, kind, mate)


def _clean_photo(value: object) -> object:
    from delegation_app.services.photos import PhotoFile, PhotoRefused, check_photo

    key = "photo"
    if value is None:
        return None
    if not isinstance(value, PhotoFile):
        raise InvalidField(key, say("must be a photo file"), FieldProblem.PHOTO, field="photo")
    try:
        check_photo(value.content, value.file_name)
    except PhotoRefused as problem:
        raise InvalidField(
            key,
            problem.message,
            FieldProblem.PHOTO,
            field=problem.field,
            problem=problem.problem,
            name=problem.name,
        ) from problem
    return value


def _write_room(
    session: Session, participant_id: int, before: RoomChoice, wanted: RoomChoice
) -> None:
    from delegation_app.services import hotels  # here: hotels builds on this module

    if before.accommodation_id is not None and before.accommodation_id != wanted.accommodation_id:
        hotels.clear_room(session, participant_id, before.accommodation_id)
    if wanted.accommodation_id is None:
        return
    # With a room-mate, the number and type apply to both (no number: the mate's room).
    hotels.place_delegate(
        session,
        accommodation_id=wanted.accommodation_id,
        participant_id=participant_id,
        room_number=wanted.room_number,
        room_type=wanted.room_type,
        room_mate_id=wanted.room_mate_id,
    )
    if wanted.room_mate_id is not None:
        return
    assignment = session.scalar(
        select(RoomAssignment).where(
            RoomAssignment.accommodation_id == wanted.accommodation_id,
            RoomAssignment.participant_id == participant_id,
        )
    )
    assert assignment is not None
    assignment.room_number = wanted.room_number
    assignment.room_type = wanted.room_type
    assignment.share_key = None  # no room-mate: the sharing ends
    session.flush()


def _check_changes(
    session: Session,
    participant: Participant,
    changes: Mapping[str, object],
    today: date | None,
) -> tuple[dict[str, object], list[InvalidField]]:
    person_changes = {k: v for k, v in changes.items() if k in DELEGATE_PERSON_KEYS}
    cleaned, problems = clean_person_changes(
        session,
        participant.person,
        person_changes,
        home_country=participant.mission.home_country,
        today=today,
    )
    more, more_problems = _clean_participant_changes(session, participant, changes)
    cleaned.update(more)
    # In the order of the form (and of ``changes``), so the first problem is the first field.
    order = list(changes)
    problems = sorted([*problems, *more_problems], key=lambda p: _rank(order, p.key))
    return cleaned, problems


def _rank(order: list[str], key: str) -> int:
    return order.index(key) if key in order else len(order)


def delegate_problems(
    session: Session,
    participant_id: int,
    changes: Mapping[str, object],
    *,
    today: date | None = None,
) -> list[InvalidField]:
    """Every problem ``update_delegate`` would find in ``changes``, one per field at most, in
    the order of the changes; nothing is written."""
    participant = _participant(session, participant_id)
    return _check_changes(session, participant, changes, today)[1]


def _stored(session: Session, participant: Participant, key: str) -> object:
    if key == "room":
        return current_room(session, participant.id)
    if key == "photo":
        from delegation_app.services.photos import photo_file

        return photo_file(session, participant.person_id)
    if key == "booklet_language":
        return participant.language
    if key == "group_ids":
        return tuple(g.id for g in participant.groups)
    if key == "entry_authorisations":
        return _current_authorisations(session, participant.id)
    if key in DELEGATE_PERSON_KEYS:
        return getattr(participant.person, key)
    return getattr(participant, key)


def update_delegate(
    session: Session,
    participant_id: int,
    changes: Mapping[str, object],
    *,
    today: date | None = None,
) -> DelegateUpdate:
    """Change a delegate's record: the person's fields (kept across missions) and this
    mission's ones (role, status, groups, booklet language, entry authorisations...).

    Keys are those of ``DelegateDetail.values()``; a value equal to the stored one changes
    nothing. Every field is checked first (``InvalidField``, a ValidationError naming the
    field) and nothing is written when one is wrong. The phone is read in the mission's home
    country unless it is written with its country code, and stored as E.164.
    """
    participant = _participant(session, participant_id)
    cleaned, problems = _check_changes(session, participant, changes, today)
    if problems:
        raise problems[0]
    person = participant.person
    previous: dict[str, object] = {}
    applied: dict[str, object] = {}
    for key, value in cleaned.items():
        if key == "status_changed_on":
            continue  # after the status, which sets it
        before = _stored(session, participant, key)
        if before == value:
            continue
        previous[key], applied[key] = before, value
        if key == "status":
            previous["status_changed_on"] = participant.status_changed_on
            assert isinstance(value, ParticipantStatus)
            _set_status(participant, value)
        elif key == "booklet_language":
            participant.language = cast(str | None, value)
        elif key == "group_ids":
            participant.groups = list(
                session.scalars(select(Group).where(Group.id.in_(cast(tuple[int, ...], value))))
            )
        elif key == "entry_authorisations":
            _write_authorisations(
                session, participant.id, cast(tuple[AuthorisationInput, ...], value)
            )
        elif key == "room":
            _write_room(session, participant.id, cast(RoomChoice, before), cast(RoomChoice, value))
        elif key == "photo":
            from delegation_app.services.photos import PhotoFile, write_photo

            write_photo(session, person.id, cast(PhotoFile | None, value))
        elif key in DELEGATE_PERSON_KEYS:
            setattr(person, key, value)
        else:
            setattr(participant, key, value)
    if "status_changed_on" in cleaned:
        when = cleaned["status_changed_on"]
        if when != participant.status_changed_on:
            previous.setdefault("status_changed_on", participant.status_changed_on)
            applied["status_changed_on"] = when
            participant.status_changed_on = cast(date | None, when)
    session.flush()
    return DelegateUpdate(
        detail=delegate_detail(session, participant.id), previous=previous, applied=applied
    )


def _write_authorisations(
    session: Session, participant_id: int, wanted: Sequence[AuthorisationInput]
) -> None:
    stored = {row.id: row for row in _stored_authorisations(session, participant_id)}
    kept = {a.id for a in wanted if a.id is not None}
    for row_id, gone in stored.items():
        if row_id not in kept:
            session.delete(gone)
    session.flush()  # before a new row takes the kind and country of a removed one
    for item in wanted:
        found = stored.get(item.id) if item.id is not None else None
        if found is None:
            # An id that no longer exists is an undone removal: the same row comes back.
            row = EntryAuthorisation(participant_id=participant_id, kind=item.kind)
            if item.id is not None:
                row.id = item.id
            session.add(row)
        else:
            row = found
        row.kind = item.kind
        row.country = item.country
        row.state = item.state
        row.number = item.number
        row.expiry = item.expiry
    session.flush()
