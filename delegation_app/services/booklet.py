"""What one delegate's booklet shows, gathered in one read model for the printer.

Privacy by construction: the read model carries this delegate's own data and, of the others,
only what the booklet may print (room-mates' names, key contacts' work phones, the work
contact of the company a delegate meets).

:func:`booklets_data` builds the read models of many delegates of one mission at once, in a
number of queries that does not grow with the programme (the agendas of everyone in one pass):
a whole delegation's batch reads the database once, not once per delegate.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from delegation_app.errors import NotFound
from delegation_app.messages import say
from delegation_app.services.agenda import AgendaEntry, agendas_for
from delegation_app.services.agreements import RunSheet, run_sheet_for_item
from delegation_app.services.branding import organisation_logo
from delegation_app.services.missions import MissionView, get_mission
from delegation_app.services.roster import StayView, stays_for
from delegation_app.storage.models import (
    B2BMeeting,
    Group,
    ItemKind,
    Organisation,
    Participant,
    ParticipantGroup,
    ParticipantStatus,
    Person,
    TransferDetails,
    WorkshopDetails,
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
    given_name: str = ""
    family_name: str = ""
    organisation: str | None = None


@dataclass(frozen=True)
class CeremonyNote:
    """What a booklet says under a signing ceremony: the speeches in order, and the delegate's
    own chair at the signing table when they sign."""

    speeches: tuple[tuple[datetime | None, str, str | None], ...]  # (start, speaker, capacity)
    own_seat: int | None  # 1 = the chair nearest the centre of the table
    copies: int  # originals to sign, all languages


@dataclass(frozen=True)
class TransferNote:
    """The vehicle of a transfer and where to meet it."""

    vehicle: str
    meeting_point: str | None
    driver: str | None
    driver_phone: str | None


@dataclass(frozen=True)
class MeetingContact:
    """The person a B2B meeting is with, on the company's side (their work details)."""

    name: str
    job_title: str | None
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class WorkshopNote:
    """A workshop's room, moderator and material, printed under its entry."""

    room: str | None
    moderator: str | None
    material: str | None


@dataclass(frozen=True)
class BookletData:
    mission: MissionView
    delegate: DelegateCard
    language: str
    agenda: tuple[AgendaEntry, ...]
    stays: tuple[StayView, ...]
    contacts: tuple[ContactView, ...]
    ceremonies: Mapping[int, CeremonyNote] = field(default_factory=dict)  # by item id
    transfers: Mapping[int, TransferNote] = field(default_factory=dict)  # by item id
    meeting_contacts: Mapping[int, MeetingContact] = field(default_factory=dict)  # by item id
    workshops: Mapping[int, WorkshopNote] = field(default_factory=dict)  # by item id
    logo: bytes | None = None  # the organisation's logo (PNG or JPEG), for the cover


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
            Organisation.name,
        )
        .join(Person, Participant.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(
            Participant.mission_id == mission_id,
            Participant.contact_role.is_not(None),
            Participant.status != ParticipantStatus.CANCELLED,
        )
        .order_by(Participant.id)
    )
    return [
        ContactView(
            name=f"{given} {family}",
            contact_role=role or "",
            phone=phone,
            email=email,
            given_name=given,
            family_name=family,
            organisation=organisation,
        )
        for given, family, role, phone, email, organisation in rows
    ]


def booklet_data(
    session: Session, mission_ref: str, person_ref_id: int, language: str | None = None
) -> BookletData:
    """Everything one delegate's booklet prints; ``language`` defaults to the delegate's."""
    return booklets_data(session, mission_ref, [(person_ref_id, language)])[0]


def booklets_data(
    session: Session,
    mission_ref: str,
    wanted: Sequence[tuple[int, str | None]],
) -> list[BookletData]:
    """The read models of several delegates' booklets, in the order asked.

    ``wanted``: (person id, language or None for the delegate's own). Raises ``NotFound`` for
    a person who is not on the mission's roster.
    """
    mission = get_mission(session, mission_ref)
    person_ids = list(dict.fromkeys(person_id for person_id, _ in wanted))
    rows = {
        person.id: (participant, person, organisation)
        for participant, person, organisation in session.execute(
            select(Participant, Person, Organisation.name)
            .join(Person, Participant.person_id == Person.id)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(Participant.mission_id == mission.id, Participant.person_id.in_(person_ids))
        )
    }
    missing = [p for p in person_ids if p not in rows]
    if missing:
        raise NotFound(say("this person is not on the mission's roster"))
    participant_ids = [rows[p][0].id for p in person_ids]
    groups: dict[int, list[str]] = defaultdict(list)
    for participant_id, name in session.execute(
        select(ParticipantGroup.participant_id, Group.name)
        .join(Group, ParticipantGroup.group_id == Group.id)
        .where(ParticipantGroup.participant_id.in_(participant_ids))
        .order_by(Group.position)
    ):
        groups[participant_id].append(name)
    agendas = agendas_for(session, mission.id, participant_ids)
    item_ids = {entry.item_id for agenda in agendas.values() for entry in agenda}
    sheets = _run_sheets(session, agendas.values())
    transfers = _transfer_notes(session, item_ids)
    meeting_contacts = _meeting_contacts(session, item_ids)
    workshops = _workshop_notes(session, item_ids)
    contacts = tuple(key_contacts(session, mission.id))
    stays = stays_for(session, participant_ids)
    logo = organisation_logo(session)

    result = []
    for person_id, language in wanted:
        participant, person, organisation = rows[person_id]
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
            groups=tuple(groups.get(participant.id, ())),
            language=own_language,
        )
        agenda = tuple(agendas[participant.id])
        own_items = {entry.item_id for entry in agenda}
        ceremonies = {
            item_id: CeremonyNote(
                speeches=tuple((s.start_local, s.name, s.capacity) for s in sheet.speeches),
                own_seat=next((s.seat for s in sheet.seats if s.person_id == person.id), None),
                copies=sum(copy.count for copy in sheet.copies),
            )
            for item_id, sheet in sheets.items()
            if item_id in own_items
        }
        result.append(
            BookletData(
                mission=mission,
                delegate=delegate,
                language=language or own_language,
                agenda=agenda,
                stays=tuple(stays[participant.id]),
                contacts=contacts,
                ceremonies=ceremonies,
                transfers={i: n for i, n in transfers.items() if i in own_items},
                meeting_contacts={i: c for i, c in meeting_contacts.items() if i in own_items},
                workshops={i: w for i, w in workshops.items() if i in own_items},
                logo=logo.content if logo is not None else None,
            )
        )
    return result


def _run_sheets(session: Session, agendas: Iterable[list[AgendaEntry]]) -> dict[int, RunSheet]:
    """The recorded run sheet of each signing ceremony in these agendas, read once each."""
    signing = {
        entry.item_id for agenda in agendas for entry in agenda if entry.kind == ItemKind.SIGNING
    }
    sheets: dict[int, RunSheet] = {}
    for item_id in sorted(signing):
        sheet = run_sheet_for_item(session, item_id)
        if sheet is not None and sheet.recorded:
            sheets[item_id] = sheet
    return sheets


def _transfer_notes(session: Session, item_ids: set[int]) -> dict[int, TransferNote]:
    return {
        details.item_id: TransferNote(
            vehicle=details.vehicle,
            meeting_point=details.meeting_point,
            driver=details.driver,
            driver_phone=details.driver_phone,
        )
        for details in session.scalars(
            select(TransferDetails).where(TransferDetails.item_id.in_(item_ids))
        )
    }


def _meeting_contacts(session: Session, item_ids: set[int]) -> dict[int, MeetingContact]:
    contact = aliased(Person)
    return {
        item_id: MeetingContact(
            name=f"{given} {family}", job_title=job_title, phone=phone, email=email
        )
        for item_id, given, family, job_title, phone, email in session.execute(
            select(
                B2BMeeting.item_id,
                contact.given_name,
                contact.family_name,
                contact.job_title,
                contact.phone,
                contact.email,
            )
            .join(contact, B2BMeeting.contact_person_id == contact.id)
            .where(B2BMeeting.item_id.in_(item_ids))
        )
        if item_id is not None
    }


def _workshop_notes(session: Session, item_ids: set[int]) -> dict[int, WorkshopNote]:
    moderator = aliased(Person)
    return {
        item_id: WorkshopNote(
            room=room,
            moderator=f"{given} {family}" if given is not None else None,
            material=material,
        )
        for item_id, room, material, given, family in session.execute(
            select(
                WorkshopDetails.item_id,
                WorkshopDetails.room,
                WorkshopDetails.material,
                moderator.given_name,
                moderator.family_name,
            )
            .outerjoin(moderator, WorkshopDetails.moderator_id == moderator.id)
            .where(WorkshopDetails.item_id.in_(item_ids))
        )
        if room or material or given is not None
    }
