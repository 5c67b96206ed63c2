"""The organisations of the destinations, kept across missions: one organisation's file.

Clusters, associations, companies and authorities met on one mission are met again on the next:
:func:`organisation_detail` gives what the program knows of one of them, its contact people,
every meeting with it on any mission (with how it went) and its leads.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.errors import NotFound
from delegation_app.messages import say
from delegation_app.services.leads import LeadRow, list_leads
from delegation_app.services.meetings import MissionMeeting, meetings_across_missions
from delegation_app.services.validation import collation_key
from delegation_app.storage.models import (
    B2BMeeting,
    MeetingStatus,
    Organisation,
    OrganisationKind,
    Person,
)


@dataclass(frozen=True)
class ContactView:
    """A person of the organisation."""

    person_id: int
    short: str
    name: str
    job_title: str | None
    email: str | None
    phone: str | None
    language: str


@dataclass(frozen=True)
class OrganisationDetail:
    id: int
    short: str
    name: str
    kind: OrganisationKind
    sector: str | None
    country: str | None
    city: str | None
    website: str | None
    notes: str | None
    contacts: tuple[ContactView, ...]
    """By family name."""
    meetings: tuple[MissionMeeting, ...]
    """Every meeting with it, oldest mission first: its history."""
    leads: tuple[LeadRow, ...]

    @property
    def meetings_held(self) -> int:
        return sum(1 for m in self.meetings if m.meeting.status == MeetingStatus.HELD)

    @property
    def missions(self) -> tuple[str, ...]:
        """Short names of the missions that met it, oldest first."""
        return tuple(dict.fromkeys(m.mission_short for m in self.meetings))


def organisation_detail(session: Session, organisation_id: int) -> OrganisationDetail:
    """One organisation with its contacts, its meetings across missions and its leads."""
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound(
            say("no organisation with id {organisation_id}", organisation_id=organisation_id)
        )
    people = sorted(
        session.scalars(select(Person).where(Person.organisation_id == organisation_id)),
        key=lambda p: (collation_key(p.family_name), collation_key(p.given_name), p.short),
    )
    contacts = [
        ContactView(
            person_id=person.id,
            short=person.short,
            name=f"{person.given_name} {person.family_name}",
            job_title=person.job_title,
            email=person.email,
            phone=person.phone,
            language=person.language,
        )
        for person in people
    ]
    return OrganisationDetail(
        id=organisation.id,
        short=organisation.short,
        name=organisation.name,
        kind=organisation.kind,
        sector=organisation.sector,
        country=organisation.country,
        city=organisation.city,
        website=organisation.website,
        notes=organisation.notes,
        contacts=tuple(contacts),
        meetings=tuple(
            meetings_across_missions(session, B2BMeeting.organisation_id == organisation_id)
        ),
        leads=tuple(list_leads(session, organisation_id=organisation_id)),
    )
