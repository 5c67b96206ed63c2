"""What the window shows first (the missions, a mission's roster and groups) as plain values,
apart from the services that read them through the ORM: ``services.first_look`` builds the same
values with sqlite3 alone, before SQLAlchemy is imported (the window's first data)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from delegation_app.storage.kinds import (
    GroupKind,
    MissionStatus,
    ParticipantRole,
    ParticipantStatus,
)


@dataclass(frozen=True)
class StopView:
    id: int
    position: int
    city: str
    country: str
    zone: str
    start_date: date
    end_date: date
    practical_info: str | None


@dataclass(frozen=True)
class MissionView:
    id: int
    short: str
    title_fr: str
    title_en: str
    start_date: date
    end_date: date
    status: MissionStatus
    home_zone: str
    home_country: str
    partner_event: str | None
    organiser: str | None
    objectives: str | None
    sectors: tuple[str, ...]
    stops: tuple[StopView, ...]
    participant_count: int

    def title(self, language: str) -> str:
        return self.title_fr if language == "fr" else self.title_en

    @property
    def destination(self) -> str:
        return ", ".join(stop.city for stop in self.stops)


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


def is_upcoming(mission: MissionView, today: date) -> bool:
    """Not over yet on ``today``: coming, or under way."""
    return mission.end_date >= today


def mission_order(mission: MissionView, today: date) -> tuple[int, int, int]:
    """The missions list's order: upcoming by nearest start, then past by latest start."""
    days = mission.start_date.toordinal()
    if is_upcoming(mission, today):
        return (0, days, mission.id)
    return (1, -days, mission.id)
