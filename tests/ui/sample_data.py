"""A small database made through the services: two missions, accents, a passport, a room."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from delegation_app.services import itinerary, missions, people, roster
from delegation_app.storage.database import Database
from delegation_app.storage.models import GroupKind, OrganisationKind, ParticipantRole
from delegation_app.storage.models import ParticipantStatus as Status

PASSPORT_NUMBER = "17FR48213"


@dataclass(frozen=True)
class Sample:
    miami_id: int
    toronto_id: int
    helene_person_id: int
    miami_count: int
    toronto_count: int


MIAMI_DELEGATES = [
    # given, family, organisation, role, status, group, language
    (
        "Hélène",
        "Durand",
        "Provence Promotion",
        ParticipantRole.STAFF,
        Status.CONFIRMED,
        "Staff",
        "fr",
    ),
    (
        "Bernard",
        "Aubert",
        "Métropole Aix-Marseille-Provence",
        ParticipantRole.ELECTED_OFFICIAL,
        Status.CONFIRMED,
        "Official party",
        "fr",
    ),
    (
        "Zoé",
        "Abadie",
        "Océan Robotique",
        ParticipantRole.BUSINESS_LEADER,
        Status.CONFIRMED,
        "Business leaders",
        "fr",
    ),
    (
        "Marc",
        "Zerbib",
        "SmartPort Lab",
        ParticipantRole.BUSINESS_LEADER,
        Status.REGISTERED,
        "Business leaders",
        "fr",
    ),
    (
        "Sarah",
        "Cohen",
        "Blue Tech Ventures",
        ParticipantRole.BUSINESS_LEADER,
        Status.CONFIRMED,
        "Business leaders",
        "en",
    ),
    (
        "Anne",
        "Étienne",
        "Radio Méditerranée Éco",
        ParticipantRole.PRESS,
        Status.CONFIRMED,
        "Press",
        "fr",
    ),
    (
        "Laëtitia",
        "Ngo",
        "Cœur de Provence Santé",
        ParticipantRole.BUSINESS_LEADER,
        Status.WAITLISTED,
        "Business leaders",
        "fr",
    ),
    (
        "Yves",
        "Bellon",
        "Grand Port Maritime de Marseille",
        ParticipantRole.INSTITUTIONAL,
        Status.CANCELLED,
        "Official party",
        "fr",
    ),
]

TORONTO_DELEGATES = [
    (
        "Claire",
        "Fabre",
        "Studio Calanques",
        ParticipantRole.BUSINESS_LEADER,
        Status.CONFIRMED,
        "Business leaders",
        "fr",
    ),
    (
        "Hugo",
        "Lemaire",
        "Ville de Marseille",
        ParticipantRole.ELECTED_OFFICIAL,
        Status.CONFIRMED,
        "Official party",
        "fr",
    ),
    (
        "Nadia",
        "Benali",
        "Blue Coast Shipping",
        ParticipantRole.BUSINESS_LEADER,
        Status.INVITED,
        "Business leaders",
        "en",
    ),
]

GROUP_KINDS = {
    "Official party": GroupKind.OFFICIAL,
    "Business leaders": GroupKind.BUSINESS,
    "Staff": GroupKind.STAFF,
    "Press": GroupKind.PRESS,
}


def build_sample(db: Database) -> Sample:
    with db.transaction() as session:
        miami = missions.create_mission(
            session,
            title_fr="Semaines françaises de Miami",
            title_en="French Weeks in Miami",
            short="miami-2017",
            start_date=date(2017, 11, 5),
            end_date=date(2017, 11, 10),
            partner_event="10th French Weeks",
            stops=[missions.StopInput("Miami", "US", "America/New_York")],
        )
        toronto = missions.create_mission(
            session,
            title_fr="Toronto et Montréal : industries créatives et économie bleue",
            title_en="Toronto and Montreal: creative industries and blue economy",
            short="toronto-montreal-2019",
            start_date=date(2019, 7, 8),
            end_date=date(2019, 7, 12),
            partner_event="Startup Fest",
            stops=[
                missions.StopInput(
                    "Toronto", "CA", "America/Toronto", date(2019, 7, 8), date(2019, 7, 9)
                ),
                missions.StopInput(
                    "Montréal", "CA", "America/Toronto", date(2019, 7, 10), date(2019, 7, 12)
                ),
            ],
        )
        organisations: dict[str, int] = {}
        helene_id = 0
        for mission_id, delegates in ((miami.id, MIAMI_DELEGATES), (toronto.id, TORONTO_DELEGATES)):
            groups = {
                name: roster.create_group(session, mission_id, name, kind).id
                for name, kind in GROUP_KINDS.items()
            }
            for given, family, org, role, status, group, language in delegates:
                if org not in organisations:
                    organisations[org] = people.create_organisation(
                        session, name=org, kind=OrganisationKind.COMPANY
                    ).id
                person = people.create_person(
                    session,
                    given_name=given,
                    family_name=family,
                    language=language,
                    organisation_id=organisations[org],
                    passport_number=PASSPORT_NUMBER if given == "Hélène" else None,
                    passport_expiry=date(2026, 3, 1) if given == "Hélène" else None,
                )
                participant_id = roster.add_participant(
                    session,
                    mission_id=mission_id,
                    person_id=person.id,
                    role=role,
                    status=status,
                    group_ids=[groups[group]],
                    contact_role="Head of delegation" if given == "Hélène" else None,
                )
                if given == "Hélène":
                    helene_id = person.id
                    hotel = itinerary.create_venue(
                        session, name="InterContinental Miami", city="Miami", country="US"
                    )
                    block = roster.create_accommodation(
                        session,
                        mission_id=mission_id,
                        venue_id=hotel,
                        check_in=date(2017, 11, 5),
                        check_out=date(2017, 11, 10),
                    )
                    roster.assign_room(
                        session,
                        accommodation_id=block,
                        participant_id=participant_id,
                        room_number="1204",
                    )
    return Sample(
        miami_id=miami.id,
        toronto_id=toronto.id,
        helene_person_id=helene_id,
        miami_count=len(MIAMI_DELEGATES),
        toronto_count=len(TORONTO_DELEGATES),
    )
