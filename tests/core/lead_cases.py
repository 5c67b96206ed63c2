"""Two missions two years apart, local organisations and meetings: what leads are made of."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from delegation_app.services import itinerary, meetings, missions, people, roster
from delegation_app.storage.models import (
    Audience,
    ItemKind,
    MeetingStatus,
    OrganisationKind,
    ParticipantRole,
)

MIAMI_ZONE = "America/New_York"
TORONTO_ZONE = "America/Toronto"
MARITIME = "Maritime & Logistics"
DIGITAL = "Digital & Creative industries"
AERO = "Aeronautics & Mechanics"


@dataclass
class World:
    miami: int
    toronto: int
    organisations: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    delegates: dict[tuple[int, str], int] = field(default_factory=dict)
    """(mission, person key) -> participant id."""
    _hour: dict[int, int] = field(default_factory=dict)

    def meeting(
        self,
        session: Session,
        mission_id: int,
        organisation: str,
        status: MeetingStatus = MeetingStatus.HELD,
        *,
        outcome: str | None = None,
        day: date | None = None,
    ) -> int:
        """A meeting of the agent with the organisation, scheduled unless only requested."""
        meeting_id = meetings.request_meeting(
            session,
            mission_id=mission_id,
            organisation_id=self.organisations[organisation],
            participant_ids=[self.delegates[(mission_id, "agent")]],
            purpose=f"Rendez-vous {organisation}",
        )
        if status in (MeetingStatus.REQUESTED, MeetingStatus.CANCELLED):
            if status == MeetingStatus.CANCELLED:
                meetings.set_outcome(session, meeting_id, status, outcome)
            return meeting_id
        hour = self._hour.get(mission_id, 8) + 1
        self._hour[mission_id] = hour
        zone = MIAMI_ZONE if mission_id == self.miami else TORONTO_ZONE
        start_day = day or (date(2017, 11, 7) if mission_id == self.miami else date(2019, 7, 9))
        item = itinerary.create_item(
            session,
            mission_id=mission_id,
            kind=ItemKind.MEETING,
            title_fr=f"Rendez-vous : {organisation}",
            start_local=datetime(start_day.year, start_day.month, start_day.day, hour, 0),
            start_zone=zone,
            end_local=datetime(start_day.year, start_day.month, start_day.day, hour, 45),
            audience=Audience.PEOPLE,
            participant_ids=[self.delegates[(mission_id, "agent")]],
            is_private=True,
        )
        meetings.schedule_meeting(session, meeting_id, item_id=item)
        if status in meetings.OUTCOME_STATUSES:
            meetings.set_outcome(session, meeting_id, status, outcome)
        return meeting_id


def build_world(session: Session) -> World:
    miami = missions.create_mission(
        session,
        short="miami-2017",
        title_fr="Mission à Miami",
        title_en="Miami mission",
        start_date=date(2017, 11, 5),
        end_date=date(2017, 11, 10),
        stops=[missions.StopInput("Miami", "US", MIAMI_ZONE)],
    ).id
    toronto = missions.create_mission(
        session,
        short="toronto-2019",
        title_fr="Mission à Toronto",
        title_en="Toronto mission",
        start_date=date(2019, 7, 8),
        end_date=date(2019, 7, 12),
        stops=[missions.StopInput("Toronto", "CA", TORONTO_ZONE)],
    ).id
    world = World(miami, toronto)
    for key, name, kind, sector, country in [
        ("oceanic", "Oceanic Yacht Refit", OrganisationKind.COMPANY, MARITIME, "US"),
        ("brickell", "Brickell Data Systems", OrganisationKind.COMPANY, DIGITAL, "US"),
        ("space", "Space Florida", OrganisationKind.AGENCY, AERO, "US"),
        ("lakes", "Great Lakes BlueTech", OrganisationKind.COMPANY, MARITIME, "CA"),
        ("agency", "Provence Promotion", OrganisationKind.AGENCY, None, "FR"),
    ]:
        world.organisations[key] = people.create_organisation(
            session, short=key, name=name, kind=kind, sector=sector, country=country
        ).id
    for key, given, family, org in [
        ("agent", "Agnès", "Martinez", "agency"),
        ("director", "Zoë", "Écuyer", "agency"),
        ("ceo", "Rosa", "Delgado", "brickell"),
        ("cto", "Ben", "Adams", "brickell"),
    ]:
        world.people[key] = people.create_person(
            session,
            short=key,
            given_name=given,
            family_name=family,
            organisation_id=world.organisations[org],
        ).id
    for mission_id in (miami, toronto):
        world.delegates[(mission_id, "agent")] = roster.add_participant(
            session,
            mission_id=mission_id,
            person_id=world.people["agent"],
            role=ParticipantRole.STAFF,
        )
    return world
