"""The domain's enumerations, apart from the ORM models so that what reads the database
without SQLAlchemy (``services.first_look``, the window's first paint) can use them; stored as
their values (``storage.models._enum``)."""

from __future__ import annotations

import enum


class MissionStatus(enum.StrEnum):
    DRAFT = "draft"
    PLANNED = "planned"
    UNDERWAY = "underway"
    DONE = "done"
    ARCHIVED = "archived"


class OrganisationKind(enum.StrEnum):
    COMPANY = "company"
    PUBLIC_AUTHORITY = "public_authority"
    AGENCY = "agency"
    CHAMBER = "chamber"
    ASSOCIATION = "association"
    CLUSTER = "cluster"
    PORT = "port"
    MEDIA = "media"
    OTHER = "other"


class GroupKind(enum.StrEnum):
    OFFICIAL = "official"
    BUSINESS = "business"
    STAFF = "staff"
    PRESS = "press"
    OTHER = "other"


class ParticipantRole(enum.StrEnum):
    ELECTED_OFFICIAL = "elected_official"
    BUSINESS_LEADER = "business_leader"
    INSTITUTIONAL = "institutional"
    STAFF = "staff"
    PRESS = "press"
    GUEST = "guest"


class ParticipantStatus(enum.StrEnum):
    INVITED = "invited"
    REGISTERED = "registered"
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class ItemKind(enum.StrEnum):
    FLIGHT = "flight"
    TRAIN = "train"
    TRANSFER = "transfer"
    VISIT = "visit"
    RECEPTION = "reception"
    MEAL = "meal"
    MEETING = "meeting"
    WORKSHOP = "workshop"
    SIGNING = "signing"
    BRIEFING = "briefing"
    FREE_TIME = "free_time"
    OTHER = "other"


class Audience(enum.StrEnum):
    """Who attends an itinerary item, before the explicit per-person exceptions."""

    EVERYONE = "everyone"
    GROUPS = "groups"
    PEOPLE = "people"


class MeetingStatus(enum.StrEnum):
    REQUESTED = "requested"
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class LeadStage(enum.StrEnum):
    """Where a prospect company stands, from the first contact until it settles (or not)."""

    CONTACT = "contact"
    STUDY = "study"
    SITE_VISIT = "site_visit"
    DECISION = "decision"
    SETTLED = "settled"
    LOST = "lost"


class FollowUpStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class AgreementKind(enum.StrEnum):
    TWINNING = "twinning"
    MEMORANDUM = "memorandum"
    COOPERATION = "cooperation"
    LETTER_OF_INTENT = "letter_of_intent"
    CONTRACT = "contract"


class AgreementStatus(enum.StrEnum):
    DRAFT = "draft"
    NEGOTIATING = "negotiating"
    READY = "ready_for_signature"
    SIGNED = "signed"
    IN_FORCE = "in_force"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class CommitmentStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class AuthorisationKind(enum.StrEnum):
    VISA = "visa"
    ESTA = "esta"
    ETA = "eta"
    OTHER = "other"


class AuthorisationState(enum.StrEnum):
    NEEDED = "needed"
    APPLIED = "applied"
    GRANTED = "granted"
    REFUSED = "refused"
