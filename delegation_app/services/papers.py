"""Read models of the delegation's other papers: the whole programme with who attends what,
the face book, and the visa invitation letters.

The programme says who attends each item the way the coordinators set it up (the whole
delegation, some groups, named people) and checks it against the agendas (the single source of
who attends what), so that an exception or an added speaker is named. Private items are left
out unless asked for: the document goes to everyone. The invitation letters are the only paper
that carries a passport number, each letter its own delegate's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.services.agenda import AgendaEntry, agendas_for, programme_for
from delegation_app.services.booklet import ContactView, key_contacts
from delegation_app.services.missions import MissionView, get_mission
from delegation_app.services.validation import collation_key
from delegation_app.storage.models import (
    Attachment,
    Audience,
    Group,
    ItemGroup,
    Organisation,
    Participant,
    ParticipantGroup,
    ParticipantStatus,
    Person,
)

# --- the whole delegation's programme ---------------------------------------------------------


@dataclass(frozen=True)
class Attendance:
    """Who attends an item: the whole delegation or some groups, named people added to them,
    and named people left out; ``count`` is the number of delegates attending."""

    everyone: bool
    groups: tuple[str, ...]
    people: tuple[str, ...]
    excluded: tuple[str, ...]
    count: int


@dataclass(frozen=True)
class ProgrammeLine:
    entry: AgendaEntry
    attendance: Attendance


@dataclass(frozen=True)
class DelegationProgramme:
    mission: MissionView
    lines: tuple[ProgrammeLine, ...]
    delegates: int
    private_left_out: int  # occurrences of private items not listed


def delegation_programme(
    session: Session,
    mission_ref: str,
    *,
    with_private: bool = False,
    attended_by: Collection[int] | None = None,
) -> DelegationProgramme:
    """Every item of the mission, day by day, with who attends it; ``attended_by``
    (participant ids): only the items one of them attends."""
    mission = get_mission(session, mission_ref)
    delegates = _active_delegates(session, mission.id)
    names = {pid: f"{given} {family}" for pid, (given, family) in delegates.items()}
    agendas = agendas_for(session, mission.id, names)
    attending: dict[int, set[int]] = defaultdict(set)
    for participant_id, agenda in agendas.items():
        for entry in agenda:
            attending[entry.item_id].add(participant_id)
    group_names = {
        g.id: g.name for g in session.scalars(select(Group).where(Group.mission_id == mission.id))
    }
    item_groups: dict[int, list[int]] = defaultdict(list)
    for item_id, group_id in session.execute(
        select(ItemGroup.item_id, ItemGroup.group_id).where(ItemGroup.group_id.in_(group_names))
    ):
        item_groups[item_id].append(group_id)
    members: dict[int, set[int]] = defaultdict(set)
    for participant_id, group_id in session.execute(
        select(ParticipantGroup.participant_id, ParticipantGroup.group_id).where(
            ParticipantGroup.participant_id.in_(names)
        )
    ):
        members[group_id].add(participant_id)

    def sorted_names(ids: set[int]) -> tuple[str, ...]:
        """By family name, as a list of people is read."""
        ordered = sorted(
            ids, key=lambda i: (collation_key(delegates[i][1]), collation_key(delegates[i][0]))
        )
        return tuple(names[i] for i in ordered)

    chosen = set(attended_by or ())
    lines = []
    left_out = 0
    for entry in programme_for(session, mission.id):
        if entry.is_private and not with_private:
            left_out += 1
            continue
        who = attending.get(entry.item_id, set())
        if attended_by is not None and not who & chosen:
            continue
        groups = sorted(item_groups.get(entry.item_id, []), key=list(group_names).index)
        if entry.audience == Audience.EVERYONE:
            expected = set(names)
            attendance = Attendance(True, (), (), sorted_names(expected - who), len(who))
        elif entry.audience == Audience.GROUPS and groups:
            expected = set().union(*(members[g] for g in groups))
            attendance = Attendance(
                False,
                tuple(group_names[g] for g in groups),
                sorted_names(who - expected),
                sorted_names(expected - who),
                len(who),
            )
        else:
            attendance = Attendance(False, (), sorted_names(who), (), len(who))
        lines.append(ProgrammeLine(entry, attendance))
    return DelegationProgramme(mission, tuple(lines), len(names), left_out)


def _active_delegates(session: Session, mission_id: int) -> dict[int, tuple[str, str]]:
    """Participant id → (given name, family name) of the delegates not cancelled."""
    return {
        participant_id: (given, family)
        for participant_id, given, family in session.execute(
            select(Participant.id, Person.given_name, Person.family_name)
            .join(Person, Participant.person_id == Person.id)
            .where(
                Participant.mission_id == mission_id,
                Participant.status != ParticipantStatus.CANCELLED,
            )
        )
    }


# --- the face book ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FaceCard:
    person_id: int
    given_name: str
    family_name: str
    honorific: str | None
    job_title: str | None
    organisation: str | None
    capacity: str | None
    photo: bytes | None  # PNG or JPEG, when one is on file

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def initials(self) -> str:
        return "".join(part[:1] for part in (self.given_name, self.family_name)).upper()


@dataclass(frozen=True)
class FaceGroup:
    name: str | None  # None: the delegates in no group
    cards: tuple[FaceCard, ...]


@dataclass(frozen=True)
class FaceBook:
    mission: MissionView
    groups: tuple[FaceGroup, ...]


def face_book(
    session: Session,
    mission_ref: str,
    *,
    group: str | None = None,
    person_ids: Collection[int] | None = None,
) -> FaceBook:
    """The delegates not cancelled, under their first group (in the groups' order), by name;
    ``group``: only the section of that group; ``person_ids``: only these people."""
    mission = get_mission(session, mission_ref)
    groups = list(
        session.scalars(
            select(Group).where(Group.mission_id == mission.id).order_by(Group.position)
        )
    )
    first_group: dict[int, int] = {}
    for participant_id, group_id in session.execute(
        select(ParticipantGroup.participant_id, ParticipantGroup.group_id)
        .join(Group, ParticipantGroup.group_id == Group.id)
        .where(Group.mission_id == mission.id)
        .order_by(Group.position)
    ):
        first_group.setdefault(participant_id, group_id)
    rows = session.execute(
        select(Participant, Person, Organisation.name)
        .join(Person, Participant.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(
            Participant.mission_id == mission.id,
            Participant.status != ParticipantStatus.CANCELLED,
        )
    ).all()
    photos = {
        attachment.id: attachment.content
        for attachment in session.scalars(
            select(Attachment).where(
                Attachment.id.in_({p.photo_id for _, p, _ in rows if p.photo_id}),
                Attachment.media_type.in_(("image/png", "image/jpeg")),
            )
        )
    }
    by_group: dict[int | None, list[FaceCard]] = defaultdict(list)
    wanted = None if person_ids is None else set(person_ids)
    for participant, person, organisation in rows:
        if wanted is not None and person.id not in wanted:
            continue
        by_group[first_group.get(participant.id)].append(
            FaceCard(
                person_id=person.id,
                given_name=person.given_name,
                family_name=person.family_name,
                honorific=person.honorific,
                job_title=person.job_title,
                organisation=organisation,
                capacity=participant.capacity,
                photo=photos.get(person.photo_id) if person.photo_id else None,
            )
        )
    result = []
    sections: list[tuple[int | None, str | None]] = [(g.id, g.name) for g in groups]
    for section, name in [*sections, (None, None)]:
        if group is not None and (name is None or collation_key(name) != collation_key(group)):
            continue
        cards = sorted(
            by_group.get(section, []),
            key=lambda c: (collation_key(c.family_name), collation_key(c.given_name)),
        )
        if cards:
            result.append(FaceGroup(name, tuple(cards)))
    return FaceBook(mission, tuple(result))


# --- visa invitation letters ------------------------------------------------------------------


@dataclass(frozen=True)
class LetterData:
    """What one delegate's invitation letter for one destination country says."""

    mission: MissionView
    country: str  # ISO 3166-1 alpha-2 of the destination
    cities: tuple[str, ...]  # the mission's stops in that country
    first_day: date
    last_day: date
    language: str
    person_id: int
    honorific: str | None
    given_name: str
    family_name: str
    job_title: str | None
    organisation: str | None
    nationality: str | None
    birth_date: date | None
    passport_number: str | None
    passport_country: str | None
    passport_expiry: date | None
    contact: ContactView | None  # whom the consulate may call

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


def invitation_letters(
    session: Session,
    mission_ref: str,
    person_ids: Sequence[int],
    *,
    language: str | None = None,
) -> list[LetterData]:
    """One letter per delegate (in the order given) per destination country of the mission;
    ``language`` None: each delegate's own."""
    mission = get_mission(session, mission_ref)
    countries: dict[str, list[tuple[str, date, date]]] = defaultdict(list)
    for stop in mission.stops:
        countries[stop.country].append((stop.city, stop.start_date, stop.end_date))
    contacts = key_contacts(session, mission.id)
    rows = {
        person.id: (participant, person, organisation)
        for participant, person, organisation in session.execute(
            select(Participant, Person, Organisation.name)
            .join(Person, Participant.person_id == Person.id)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(Participant.mission_id == mission.id, Participant.person_id.in_(person_ids))
        )
    }
    letters = []
    for person_id in person_ids:
        if person_id not in rows:
            continue
        participant, person, organisation = rows[person_id]
        for country, stops in countries.items():
            letters.append(
                LetterData(
                    mission=mission,
                    country=country,
                    cities=tuple(dict.fromkeys(city for city, _, _ in stops)),
                    first_day=min(start for _, start, _ in stops),
                    last_day=max(end for _, _, end in stops),
                    language=language or participant.language or person.language,
                    person_id=person.id,
                    honorific=person.honorific,
                    given_name=person.given_name,
                    family_name=person.family_name,
                    job_title=person.job_title,
                    organisation=organisation,
                    nationality=person.nationality,
                    birth_date=person.birth_date,
                    passport_number=person.passport_number,
                    passport_country=person.passport_country,
                    passport_expiry=person.passport_expiry,
                    contact=contacts[0] if contacts else None,
                )
            )
    return letters
