"""What one delegate's booklet shows, gathered in one read model for the printer.

Privacy by construction: the read model carries this delegate's own data and, of the others,
only what the booklet may print (room-mates' names, key contacts' work phones).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.errors import NotFound
from delegation_app.services.agenda import AgendaEntry, agendas_for
from delegation_app.services.agreements import run_sheet_for_item
from delegation_app.services.missions import MissionView, get_mission
from delegation_app.services.roster import StayView, stays_of
from delegation_app.storage.models import (
    Group,
    ItemKind,
    Organisation,
    Participant,
    ParticipantGroup,
    ParticipantStatus,
    Person,
)


@dataclass(frozen=True)
class DelegateCard:
    participant_id: int
    person_id: int
    short: str
    given_name: str
    family_name: str
    honorific: str | None
    organisation: str | None
    job_title: str | None
    capacity: str | None
    groups: tuple[str, ...]
    language: str

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


@dataclass(frozen=True)
class ContactView:
    """A staff member listed as a key contact of the delegation."""

    name: str
    contact_role: str
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class CeremonyNote:
    """What a booklet says under a signing ceremony: the speeches in order, and the delegate's
    own chair at the signing table when they sign."""

    speeches: tuple[tuple[datetime | None, str, str | None], ...]  # (start, speaker, capacity)
    own_seat: int | None  # 1 = the chair nearest the centre of the table
    copies: int  # originals to sign, all languages


@dataclass(frozen=True)
class BookletData:
    mission: MissionView
    delegate: DelegateCard
    language: str
    agenda: tuple[AgendaEntry, ...]
    stays: tuple[StayView, ...]
    contacts: tuple[ContactView, ...]
    ceremonies: Mapping[int, CeremonyNote] = field(default_factory=dict)  # by item id


def booklet_file_name(person_short: str, language: str) -> str:
    """The file a delegate's booklet is saved as: the same from the window and the CLI."""
    return f"booklet-{person_short}-{language}.pdf"


def key_contacts(session: Session, mission_id: int) -> list[ContactView]:
    rows = session.execute(
        select(
            Person.given_name,
            Person.family_name,
            Participant.contact_role,
            Person.phone,
            Person.email,
        )
        .join(Person, Participant.person_id == Person.id)
        .where(
            Participant.mission_id == mission_id,
            Participant.contact_role.is_not(None),
            Participant.status != ParticipantStatus.CANCELLED,
        )
        .order_by(Participant.id)
    )
    return [
        ContactView(name=f"{given} {family}", contact_role=role or "", phone=phone, email=email)
        for given, family, role, phone, email in rows
    ]


def booklet_data(
    session: Session, mission_ref: str, person_ref_id: int, language: str | None = None
) -> BookletData:
    """Everything one delegate's booklet prints; ``language`` defaults to the delegate's."""
    mission = get_mission(session, mission_ref)
    row = session.execute(
        select(Participant, Person, Organisation.name)
        .join(Person, Participant.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Participant.mission_id == mission.id, Participant.person_id == person_ref_id)
    ).first()
    if row is None:
        raise NotFound("this person is not on the mission's roster")
    participant, person, organisation = row
    groups = tuple(
        session.scalars(
            select(Group.name)
            .join(ParticipantGroup, ParticipantGroup.group_id == Group.id)
            .where(ParticipantGroup.participant_id == participant.id)
            .order_by(Group.position)
        )
    )
    own_language = participant.language or person.language
    delegate = DelegateCard(
        participant_id=participant.id,
        person_id=person.id,
        short=person.short,
        given_name=person.given_name,
        family_name=person.family_name,
        honorific=person.honorific,
        organisation=organisation,
        job_title=person.job_title,
        capacity=participant.capacity,
        groups=groups,
        language=own_language,
    )
    agenda = agendas_for(session, mission.id, [participant.id])[participant.id]
    ceremonies: dict[int, CeremonyNote] = {}
    for entry in agenda:
        if entry.kind != ItemKind.SIGNING or entry.item_id in ceremonies:
            continue
        sheet = run_sheet_for_item(session, entry.item_id)
        if sheet is None or not sheet.recorded:
            continue
        ceremonies[entry.item_id] = CeremonyNote(
            speeches=tuple((s.start_local, s.name, s.capacity) for s in sheet.speeches),
            own_seat=next((s.seat for s in sheet.seats if s.person_id == person.id), None),
            copies=sum(copy.count for copy in sheet.copies),
        )
    return BookletData(
        mission=mission,
        delegate=delegate,
        language=language or own_language,
        agenda=tuple(agenda),
        stays=tuple(stays_of(session, participant.id)),
        contacts=tuple(key_contacts(session, mission.id)),
        ceremonies=ceremonies,
    )
