"""The whole domain of DOMAIN.md as SQLAlchemy 2.x typed ORM models.

Conventions that later migrations rely on:
- every constraint and index has a name (``NAMING_CONVENTION``) so Alembic batch mode can
  alter SQLite tables;
- enumerations are stored as short strings without a CHECK constraint, so adding a value
  later needs no table rebuild; services validate them;
- a timed item stores its local wall-clock time (naive) plus its IANA zone, as calendars do;
  aware datetimes are derived with zoneinfo, never stored.
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from delegation_app.storage import kinds

# The enumerations live in storage.kinds (importable without SQLAlchemy); here as always.
AgreementKind = kinds.AgreementKind
AgreementStatus = kinds.AgreementStatus
Audience = kinds.Audience
AuthorisationKind = kinds.AuthorisationKind
AuthorisationState = kinds.AuthorisationState
CommitmentStatus = kinds.CommitmentStatus
FollowUpStatus = kinds.FollowUpStatus
GroupKind = kinds.GroupKind
ItemKind = kinds.ItemKind
LeadStage = kinds.LeadStage
MeetingStatus = kinds.MeetingStatus
MissionStatus = kinds.MissionStatus
OrganisationKind = kinds.OrganisationKind
ParticipantRole = kinds.ParticipantRole
ParticipantStatus = kinds.ParticipantStatus

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _enum(cls: type[enum.Enum]) -> Enum:
    """A string column holding the enum's value, without a CHECK constraint."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


# --- people and organisations -------------------------------------------------------------


class Organisation(Base):
    """A company, institution, agency, association or media outlet, on either side."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    short: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[OrganisationKind] = mapped_column(_enum(OrganisationKind))
    sector: Mapped[str | None] = mapped_column(String(80))
    country: Mapped[str | None] = mapped_column(String(2), comment="ISO 3166-1 alpha-2")
    city: Mapped[str | None] = mapped_column(String(120))
    website: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)


class Person(Base):
    """Someone known to the organisation, kept across missions."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    short: Mapped[str] = mapped_column(String(64), unique=True)
    given_name: Mapped[str] = mapped_column(String(120))
    family_name: Mapped[str] = mapped_column(String(120))
    honorific: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200), index=True)
    phone: Mapped[str | None] = mapped_column(String(40), comment="E.164")
    language: Mapped[str] = mapped_column(String(8), default="fr")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    job_title: Mapped[str | None] = mapped_column(String(200))
    nationality: Mapped[str | None] = mapped_column(String(2))
    birth_date: Mapped[date | None] = mapped_column(Date)
    passport_number: Mapped[str | None] = mapped_column(String(40))
    passport_country: Mapped[str | None] = mapped_column(String(2))
    passport_expiry: Mapped[date | None] = mapped_column(Date)
    dietary_needs: Mapped[str | None] = mapped_column(String(200))
    dietary_needs_changed_at: Mapped[datetime | None] = mapped_column(
        DateTime, comment="UTC; None when not known (needs entered before revision 0008)"
    )
    languages: Mapped[str | None] = mapped_column(
        String(80), comment="languages spoken, codes separated by ';'"
    )
    mobility_needs: Mapped[str | None] = mapped_column(String(200))
    emergency_contact: Mapped[str | None] = mapped_column(
        String(200), comment="name and phone of whom to call"
    )
    photo_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="SET NULL"), comment="for the face book"
    )
    notes: Mapped[str | None] = mapped_column(Text)

    organisation: Mapped[Organisation | None] = relationship()


@event.listens_for(Person.dietary_needs, "set", active_history=True)
def _dietary_needs_changed(target: Person, value: object, old: object, _initiator: object) -> None:
    """Remember when the needs changed: a record of them sent to a venue must be newer."""
    if value != old:
        target.dietary_needs_changed_at = datetime.now(UTC).replace(tzinfo=None)


# --- missions -----------------------------------------------------------------------------


class Mission(Base):
    """One trip: title, dates, one or more stops, objectives, sectors."""

    __tablename__ = "mission"

    id: Mapped[int] = mapped_column(primary_key=True)
    short: Mapped[str] = mapped_column(String(64), unique=True)
    title_fr: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    home_zone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    home_country: Mapped[str] = mapped_column(String(2), default="FR")
    status: Mapped[MissionStatus] = mapped_column(
        _enum(MissionStatus), default=MissionStatus.PLANNED
    )
    organiser_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    objectives: Mapped[str | None] = mapped_column(Text)
    sectors: Mapped[str | None] = mapped_column(
        String(400), comment="sectors of excellence, separated by ';'"
    )
    partner_event: Mapped[str | None] = mapped_column(String(200))

    organiser: Mapped[Organisation | None] = relationship()
    stops: Mapped[list[Stop]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", order_by="Stop.position"
    )
    groups: Mapped[list[Group]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", order_by="Group.position"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="mission", cascade="all, delete-orphan"
    )


class Stop(Base):
    """A city of the mission with its time zone and dates."""

    __tablename__ = "stop"

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    city: Mapped[str] = mapped_column(String(120))
    country: Mapped[str] = mapped_column(String(2))
    zone: Mapped[str] = mapped_column(String(64), comment="IANA time zone name")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    practical_info: Mapped[str | None] = mapped_column(
        Text, comment="emergency numbers, consulate, currency, plugs, tipping"
    )

    mission: Mapped[Mission] = relationship(back_populates="stops")


class Group(Base):
    """A part of the delegation: official party, business leaders, staff, press."""

    __tablename__ = "delegation_group"
    __table_args__ = (UniqueConstraint("mission_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[GroupKind] = mapped_column(_enum(GroupKind), default=GroupKind.OTHER)
    position: Mapped[int] = mapped_column(Integer, default=0)

    mission: Mapped[Mission] = relationship(back_populates="groups")


class ParticipantGroup(Base):
    __tablename__ = "participant_group"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
    group_id: Mapped[int] = mapped_column(
        ForeignKey("delegation_group.id", ondelete="CASCADE"), primary_key=True
    )


class Participant(Base):
    """A person taking part in one mission (a delegate), with role, groups and status."""

    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("mission_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    role: Mapped[ParticipantRole] = mapped_column(_enum(ParticipantRole))
    status: Mapped[ParticipantStatus] = mapped_column(
        _enum(ParticipantStatus), default=ParticipantStatus.REGISTERED
    )
    capacity: Mapped[str | None] = mapped_column(
        String(200), comment="title held for this mission, e.g. First Vice-President"
    )
    contact_role: Mapped[str | None] = mapped_column(
        String(120), comment="set for staff listed as key contacts in the booklets"
    )
    language: Mapped[str | None] = mapped_column(String(8), comment="booklet language override")
    status_changed_on: Mapped[date | None] = mapped_column(Date)
    arrival_notes: Mapped[str | None] = mapped_column(Text)

    mission: Mapped[Mission] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship()
    groups: Mapped[list[Group]] = relationship(
        secondary="participant_group", order_by="Group.position"
    )


class ParticipantStatusChange(Base):
    """One step of a delegate's status history: from what to what, when, by whom."""

    __tablename__ = "participant_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[ParticipantStatus | None] = mapped_column(
        _enum(ParticipantStatus), comment="None when the delegate was added"
    )
    to_status: Mapped[ParticipantStatus] = mapped_column(_enum(ParticipantStatus))
    changed_at: Mapped[datetime] = mapped_column(DateTime, comment="UTC")
    changed_by: Mapped[str | None] = mapped_column(String(120))


class EntryAuthorisation(Base):
    """A delegate's visa, ESTA or eTA for the mission's destination."""

    __tablename__ = "entry_authorisation"
    __table_args__ = (UniqueConstraint("participant_id", "kind", "country"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[AuthorisationKind] = mapped_column(_enum(AuthorisationKind))
    country: Mapped[str] = mapped_column(String(2))
    state: Mapped[AuthorisationState] = mapped_column(
        _enum(AuthorisationState), default=AuthorisationState.NEEDED
    )
    number: Mapped[str | None] = mapped_column(String(40))
    expiry: Mapped[date | None] = mapped_column(Date)


# --- places and time ----------------------------------------------------------------------


class Venue(Base):
    """A place with an address: hotel, conference centre, company premises, airport."""

    __tablename__ = "venue"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str | None] = mapped_column(String(2))
    zone: Mapped[str | None] = mapped_column(String(64))
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    phone: Mapped[str | None] = mapped_column(String(40))
    iata_code: Mapped[str | None] = mapped_column(String(3), comment="for airports")


class ItineraryItem(Base):
    """Anything with a time and a place: flight, transfer, visit, reception, workshop..."""

    __tablename__ = "itinerary_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    stop_id: Mapped[int | None] = mapped_column(ForeignKey("stop.id", ondelete="SET NULL"))
    kind: Mapped[ItemKind] = mapped_column(_enum(ItemKind))
    title_fr: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str] = mapped_column(String(200))
    start_local: Mapped[datetime] = mapped_column(DateTime, comment="wall-clock time in start_zone")
    start_zone: Mapped[str] = mapped_column(String(64))
    end_local: Mapped[datetime] = mapped_column(DateTime, comment="wall-clock time in end_zone")
    end_zone: Mapped[str] = mapped_column(String(64))
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id", ondelete="SET NULL"))
    audience: Mapped[Audience] = mapped_column(_enum(Audience), default=Audience.EVERYONE)
    dress_code: Mapped[str | None] = mapped_column(String(120))
    to_bring: Mapped[str | None] = mapped_column(String(300))
    notes_fr: Mapped[str | None] = mapped_column(
        Text, comment="for delegates: printed in French booklets"
    )
    notes_en: Mapped[str | None] = mapped_column(
        Text, comment="for delegates: printed in English booklets (French ones when empty)"
    )
    internal_notes: Mapped[str | None] = mapped_column(
        Text, comment="for the organisers only: never printed"
    )
    staff_in_charge_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    recurrence: Mapped[str | None] = mapped_column(
        String(200), comment="RFC 5545 RRULE, expanded in agendas"
    )
    is_private: Mapped[bool] = mapped_column(
        Boolean, default=False, comment="shown only in the attendees' booklets"
    )
    # A calendar app recognises an event by its UID and takes a higher SEQUENCE as an update:
    # the UID never changes, and every change the delegates would see raises the sequence.
    uid: Mapped[str] = mapped_column(
        String(64), unique=True, default=lambda: str(uuid.uuid4()), comment="iCalendar UID"
    )
    sequence: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0", comment="iCalendar SEQUENCE"
    )
    updated_at: Mapped[datetime | None] = mapped_column(
        DateTime, comment="UTC, last change the delegates would see"
    )

    venue: Mapped[Venue | None] = relationship()
    stop: Mapped[Stop | None] = relationship()


class TransferDetails(Base):
    """The vehicle of a ground transfer, and the flights whose passengers it collects."""

    __tablename__ = "transfer_details"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("itinerary_item.id", ondelete="CASCADE"), primary_key=True
    )
    vehicle: Mapped[str] = mapped_column(String(80), comment="e.g. 'Coach 1', 'Van 2'")
    capacity: Mapped[int | None] = mapped_column(Integer, comment="seats for passengers")
    driver: Mapped[str | None] = mapped_column(String(120))
    driver_phone: Mapped[str | None] = mapped_column(String(40))
    meeting_point: Mapped[str | None] = mapped_column(String(200))


class TransferFlight(Base):
    """A flight met by a transfer: the transfer must not leave before it lands."""

    __tablename__ = "transfer_flight"

    transfer_item_id: Mapped[int] = mapped_column(
        ForeignKey("itinerary_item.id", ondelete="CASCADE"), primary_key=True
    )
    flight_item_id: Mapped[int] = mapped_column(
        ForeignKey("itinerary_item.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ItemGroup(Base):
    """The groups invited to an item whose audience is GROUPS."""

    __tablename__ = "item_group"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("itinerary_item.id", ondelete="CASCADE"), primary_key=True
    )
    group_id: Mapped[int] = mapped_column(
        ForeignKey("delegation_group.id", ondelete="CASCADE"), primary_key=True
    )


class ItemAttendance(Base):
    """An explicit per-person inclusion or exception to an item's audience."""

    __tablename__ = "item_attendance"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("itinerary_item.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    excluded: Mapped[bool] = mapped_column(Boolean, default=False)


class FlightDetails(Base):
    __tablename__ = "flight_details"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("itinerary_item.id", ondelete="CASCADE"), primary_key=True
    )
    carrier: Mapped[str] = mapped_column(String(3), comment="IATA airline code")
    number: Mapped[str] = mapped_column(String(8))
    departure_airport: Mapped[str] = mapped_column(String(3))
    arrival_airport: Mapped[str] = mapped_column(String(3))


class FlightBooking(Base):
    """A passenger on a flight, with their booking reference."""

    __tablename__ = "flight_booking"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("itinerary_item.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    booking_reference: Mapped[str | None] = mapped_column(String(12))
    seat: Mapped[str | None] = mapped_column(String(6))


# --- workshops ----------------------------------------------------------------------------


class WorkshopDetails(Base):
    __tablename__ = "workshop_details"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("itinerary_item.id", ondelete="CASCADE"), primary_key=True
    )
    theme: Mapped[str | None] = mapped_column(String(200))
    sector: Mapped[str | None] = mapped_column(String(80))
    summary_fr: Mapped[str | None] = mapped_column(Text)
    summary_en: Mapped[str | None] = mapped_column(Text)
    room: Mapped[str | None] = mapped_column(String(120))
    capacity: Mapped[int | None]
    moderator_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    material: Mapped[str | None] = mapped_column(String(300))


class WorkshopSpeaker(Base):
    __tablename__ = "workshop_speaker"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("itinerary_item.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    topic: Mapped[str | None] = mapped_column(String(200))


# --- B2B meetings and leads ---------------------------------------------------------------


class B2BMeeting(Base):
    """An appointment between delegates and a local organisation, requested then scheduled."""

    __tablename__ = "b2b_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("itinerary_item.id", ondelete="SET NULL"),
        comment="set once scheduled",
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="RESTRICT"))
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    status: Mapped[MeetingStatus] = mapped_column(
        _enum(MeetingStatus), default=MeetingStatus.REQUESTED
    )
    priority: Mapped[int] = mapped_column(Integer, default=2, comment="1 high .. 3 low")
    purpose: Mapped[str | None] = mapped_column(Text)
    languages: Mapped[str | None] = mapped_column(String(40))
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    locked: Mapped[bool] = mapped_column(Boolean, default=False, comment="never moved")
    outcome: Mapped[str | None] = mapped_column(Text)
    premises_venue_id: Mapped[int | None] = mapped_column(
        ForeignKey("venue.id", ondelete="SET NULL"),
        comment="held at the organisation's premises; otherwise at a table of a B2B session",
    )


class B2BSession(Base):
    """A span of time set aside for B2B meetings, cut into slots, with tables at a venue."""

    __tablename__ = "b2b_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id", ondelete="SET NULL"))
    start_local: Mapped[datetime] = mapped_column(DateTime, comment="wall time in zone")
    end_local: Mapped[datetime] = mapped_column(DateTime, comment="wall time in zone")
    zone: Mapped[str] = mapped_column(String(64), comment="IANA time zone name")
    slot_minutes: Mapped[int] = mapped_column(Integer, default=20)
    tables: Mapped[int] = mapped_column(Integer, default=0)
    interpreters: Mapped[int] = mapped_column(
        Integer, default=0, comment="interpreters on hand during the session"
    )
    travel_minutes: Mapped[int] = mapped_column(
        Integer, default=30, comment="between two places whose coordinates are not known"
    )


class OrganisationWindow(Base):
    """When a local organisation can meet the delegation during a mission."""

    __tablename__ = "organisation_window"

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    start_local: Mapped[datetime] = mapped_column(DateTime, comment="wall time in zone")
    end_local: Mapped[datetime] = mapped_column(DateTime, comment="wall time in zone")
    zone: Mapped[str] = mapped_column(String(64), comment="IANA time zone name")


class MeetingDelegate(Base):
    __tablename__ = "meeting_delegate"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("b2b_meeting.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )


class Lead(Base):
    """A prospect company a meeting produced, followed until it settles (or not).

    A lead outlives its mission: it keeps the organisation and the mission it began with, and
    later missions' meetings are linked to it (``LeadMeeting``).
    """

    __tablename__ = "lead"

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int | None] = mapped_column(
        ForeignKey("mission.id", ondelete="SET NULL"), comment="the mission it began with"
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="RESTRICT"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    stage: Mapped[LeadStage] = mapped_column(_enum(LeadStage), default=LeadStage.CONTACT)
    sector: Mapped[str | None] = mapped_column(String(80))
    project: Mapped[str | None] = mapped_column(Text)
    jobs_expected: Mapped[int | None]
    investment_expected: Mapped[int | None] = mapped_column(
        Integer, comment="whole units of investment_currency"
    )
    investment_currency: Mapped[str | None] = mapped_column(String(3), comment="ISO 4217")


class LeadMeeting(Base):
    """A meeting, of any mission, that concerned a lead."""

    __tablename__ = "lead_meeting"

    lead_id: Mapped[int] = mapped_column(
        ForeignKey("lead.id", ondelete="CASCADE"), primary_key=True
    )
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("b2b_meeting.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class LeadStageChange(Base):
    """One step of a lead's history: the stage it reached, when, by whom, and why."""

    __tablename__ = "lead_stage_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("lead.id", ondelete="CASCADE"), index=True)
    stage: Mapped[LeadStage] = mapped_column(_enum(LeadStage))
    changed_at: Mapped[datetime] = mapped_column(DateTime, comment="UTC")
    changed_by: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(Text)


class FollowUpAction(Base):
    """Something to do after a meeting, for a meeting and/or a lead: who, by when."""

    __tablename__ = "follow_up_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("b2b_meeting.id", ondelete="SET NULL"), index=True
    )
    lead_id: Mapped[int | None] = mapped_column(
        ForeignKey("lead.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[FollowUpStatus] = mapped_column(
        _enum(FollowUpStatus), default=FollowUpStatus.OPEN
    )
    closed_on: Mapped[date | None] = mapped_column(Date, comment="when it was done or dropped")


# --- agreements ---------------------------------------------------------------------------


class Agreement(Base):
    """A signed or to-be-signed text between parties: twinning, MoU, cooperation..."""

    __tablename__ = "agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    short: Mapped[str] = mapped_column(String(64), unique=True)
    title_fr: Mapped[str] = mapped_column(String(300))
    title_en: Mapped[str] = mapped_column(String(300))
    kind: Mapped[AgreementKind] = mapped_column(_enum(AgreementKind))
    status: Mapped[AgreementStatus] = mapped_column(
        _enum(AgreementStatus), default=AgreementStatus.DRAFT
    )
    mission_id: Mapped[int | None] = mapped_column(ForeignKey("mission.id", ondelete="SET NULL"))
    signing_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("itinerary_item.id", ondelete="SET NULL")
    )
    signing_date: Mapped[date | None] = mapped_column(Date)
    signing_place: Mapped[str | None] = mapped_column(String(200))
    effective_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    renewal_notice_days: Mapped[int | None]
    domains: Mapped[str | None] = mapped_column(String(300), comment="separated by ';'")
    notes: Mapped[str | None] = mapped_column(Text)


class AgreementParty(Base):
    __tablename__ = "agreement_party"
    __table_args__ = (UniqueConstraint("agreement_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="RESTRICT"))
    side: Mapped[int] = mapped_column(Integer, default=1, comment="1 = ours, 2 = partner")


class AgreementSignatory(Base):
    __tablename__ = "agreement_signatory"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    party_id: Mapped[int] = mapped_column(ForeignKey("agreement_party.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    capacity: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)


class AgreementStatusChange(Base):
    __tablename__ = "agreement_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[AgreementStatus] = mapped_column(_enum(AgreementStatus))
    changed_at: Mapped[datetime] = mapped_column(DateTime, comment="UTC")
    changed_by: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(Text)


class Commitment(Base):
    __tablename__ = "commitment"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    party_id: Mapped[int | None] = mapped_column(
        ForeignKey("agreement_party.id", ondelete="SET NULL")
    )
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[CommitmentStatus] = mapped_column(
        _enum(CommitmentStatus), default=CommitmentStatus.OPEN
    )


class Attachment(Base):
    """A file stored inside the database so that the laptop carries it offline."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(120))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    uploaded_at: Mapped[datetime] = mapped_column(DateTime, comment="UTC")
    uploaded_by: Mapped[str | None] = mapped_column(String(120))


class AgreementDocument(Base):
    """A version of an agreement's text; the signed copy is never overwritten."""

    __tablename__ = "agreement_document"
    __table_args__ = (UniqueConstraint("agreement_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id", ondelete="RESTRICT"))
    version: Mapped[int]
    is_signed_copy: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str | None] = mapped_column(String(8))
    note: Mapped[str | None] = mapped_column(Text, comment="what this version is")


class AgreementRunSheet(Base):
    """How the signing ceremony runs: who hosts, gifts, press; speeches and copies beside it."""

    __tablename__ = "agreement_run_sheet"

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), primary_key=True
    )
    host_side: Mapped[int] = mapped_column(
        Integer,
        default=2,
        server_default="2",
        comment="side of the host: seated on the right as the audience sees the table",
    )
    gifts: Mapped[str | None] = mapped_column(Text, comment="who offers what to whom, and when")
    press: Mapped[str | None] = mapped_column(Text, comment="photo call, outlets, release")
    notes: Mapped[str | None] = mapped_column(Text, comment="flags, pens, table, cues")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, comment="UTC")


class AgreementSpeech(Base):
    """One speech of the signing ceremony, in the order they are given."""

    __tablename__ = "agreement_speech"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    speaker: Mapped[str | None] = mapped_column(
        String(200), comment="the speaker's name when not a person on record"
    )
    capacity: Mapped[str | None] = mapped_column(String(200))
    topic: Mapped[str | None] = mapped_column(String(200))
    minutes: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str | None] = mapped_column(String(8))


class AgreementCopy(Base):
    """Originals to sign at the ceremony: how many, in which language(s)."""

    __tablename__ = "agreement_copy"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    languages: Mapped[str] = mapped_column(
        String(40), comment="language codes separated by ';' (a bilingual original: 'fr;en')"
    )
    count: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(String(200))


# --- accommodation ------------------------------------------------------------------------


class Accommodation(Base):
    """A hotel block booked for a stop of the mission."""

    __tablename__ = "accommodation"

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"))
    stop_id: Mapped[int | None] = mapped_column(ForeignKey("stop.id", ondelete="SET NULL"))
    venue_id: Mapped[int] = mapped_column(ForeignKey("venue.id", ondelete="RESTRICT"))
    check_in: Mapped[date] = mapped_column(Date)
    check_out: Mapped[date] = mapped_column(Date)
    booking_reference: Mapped[str | None] = mapped_column(String(40))

    venue: Mapped[Venue] = relationship()


class RoomAssignment(Base):
    """A delegate in a room; two delegates with the same room number are room-mates."""

    __tablename__ = "room_assignment"
    __table_args__ = (UniqueConstraint("accommodation_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    accommodation_id: Mapped[int] = mapped_column(
        ForeignKey("accommodation.id", ondelete="CASCADE")
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    room_number: Mapped[str | None] = mapped_column(String(12))
    room_type: Mapped[str | None] = mapped_column(String(40))
    check_in: Mapped[date | None] = mapped_column(Date, comment="if not the block's")
    check_out: Mapped[date | None] = mapped_column(Date, comment="if not the block's")
    share_key: Mapped[str | None] = mapped_column(
        String(40), comment="same key in a block: one shared room, before the hotel numbers it"
    )


class DietaryNotice(Base):
    """The dietary needs of the delegates attending an item were sent to its venue."""

    __tablename__ = "dietary_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("itinerary_item.id", ondelete="CASCADE"), index=True
    )
    venue_id: Mapped[int | None] = mapped_column(
        ForeignKey("venue.id", ondelete="SET NULL"), comment="the venue they were sent to"
    )
    sent_at: Mapped[datetime] = mapped_column(DateTime, comment="UTC")
    sent_by: Mapped[str | None] = mapped_column(String(120))
    delegates: Mapped[int] = mapped_column(Integer, default=0, comment="how many needs were sent")


# --- settings -----------------------------------------------------------------------------


class Setting(Base):
    """A setting kept in the database so it travels with it (organisation name, logo...)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
