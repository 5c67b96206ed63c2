"""The two demo missions (Miami 2017, Toronto then Montreal 2019), loaded through the services.

The data lives in ``resources/demo/*.json`` and is written by ``tools/make_demo_data.py``
(deterministic: regenerate rather than edit by hand). Everything is created through the service
functions, so the demo obeys the same checks as a coordinator's input.

File format (one mission per file; UTF-8 JSON; optional keys may be left out)::

    {
      "format": "delegation-demo", "version": 1,
      "mission": {"short", "title_fr", "title_en", "start_date", "end_date", "home_zone",
                  "home_country", "organiser" (organisation key), "status", "partner_event",
                  "objectives", "sectors": [str],
                  "stops": [{"key", "city", "country", "zone", "start_date", "end_date",
                             "practical_info"}]},
      "organisations": [{"key", "name", "kind", "sector", "country", "city", "website"}],
      "people": [{"key", "given_name", "family_name", "honorific", "email", "phone",
                  "language", "organisation", "job_title", "nationality", "birth_date",
                  "passport": {"number", "country", "expiry"}, "dietary_needs",
                  "mobility_needs", "emergency_contact"}],
      "groups": [{"key", "name", "kind"}],
      "delegation": [{"person", "role", "status", "groups": [group key], "capacity",
                      "contact_role", "language", "authorisations": [{"kind", "country",
                      "state", "number", "expiry"}]}],
      "venues": [{"key", "name", "address", "city", "country", "zone", "phone", "latitude",
                  "longitude", "iata_code"}],
      "hotels": [{"venue", "stop", "check_in", "check_out", "booking_reference",
                  "rooms": [{"room", "type", "guests": [person key], "check_in",
                             "check_out"}]}],
      "items": [{"key", "kind", "title_fr", "title_en", "start", "start_zone", "end",
                 "end_zone", "stop", "venue", "audience", "groups": [group key],
                 "attendees": [person key], "excluded": [person key], "staff_in_charge",
                 "dress_code", "to_bring", "notes", "recurrence", "private",
                 "flight": {"carrier", "number", "from", "to",
                            "passengers": [{"person", "booking_reference", "seat"}]}}],
      "workshops": [{"item", "theme", "sector", "summary_fr", "summary_en", "room",
                     "capacity", "moderator", "material",
                     "speakers": [{"person", "topic"}], "registered": [person key]}],
      "meetings": [{"key", "organisation", "delegates": [person key], "priority", "purpose",
                    "languages": [str], "interpreter_needed", "contact", "item", "status",
                    "locked", "outcome", "follow_ups": [follow-up]}],
      "leads": [{"organisation", "meetings": [meeting key], "sector", "project",
                 "jobs_expected", "investment": {"amount", "currency"}, "owner",
                 "history": [{"stage", "at", "zone", "by", "note"}],
                 "follow_ups": [follow-up]}],
      "lead_links": [{"mission" (short name), "organisation", "meeting" (key),
                      "history": [...], "follow_ups": [follow-up]}],
      "agreements": [{"short", "title_fr", "title_en", "kind", "of_mission", "parties":
                      [{"organisation", "side"}], "signatories": [{"person", "organisation",
                      "capacity"}], "signing_item", "signing_date", "signing_place",
                      "effective_date", "end_date", "renewal_notice_days", "domains": [str],
                      "notes", "history": [{"status", "at", "zone", "by", "note"}],
                      "run_sheet": {"host_side", "speeches": [{"person" | "speaker",
                                    "capacity", "topic", "minutes", "language"}],
                                    "copies": [{"languages": [str], "count", "note"}],
                                    "gifts", "press", "notes", "at", "zone"},
                      "documents": [{"name", "text" | "base64", "signed", "language", "note",
                                     "by", "at", "zone"}],
                      "commitments": [{"description", "party" (organisation key),
                                       "owner" (person key), "due_date", "status"}]}]
    }

    follow-up: {"description", "owner" (person key), "due_date", "status", "closed_on",
                "meeting" (key; in a lead's follow-ups, one of its meetings)}

Conventions:
- dates are ``YYYY-MM-DD``; times are local wall-clock ``YYYY-MM-DDTHH:MM`` with the IANA zone
  beside them (``start_zone``, ``end_zone`` defaulting to ``start_zone``; ``zone`` in history);
- people and organisations are referred to by ``key``, which is also their short name in the
  database, so that they are shared across files (a person on both missions is one person);
  venues are shared across files by key too; every other key is local to its file;
- enumerations (``kind``, ``role``, ``status``, ``state``, ``audience``...) use the stored values
  of ``delegation_app.storage.models``; a person is a delegate only if listed in ``delegation``;
- a delegate's ``authorisations`` are their visas, ESTAs and eTAs (``country`` an ISO code); a
  room's ``check_in``/``check_out`` are its guests' own dates, when not the hotel block's;
- a workshop's item lists its moderator as attendee; a meeting's item lists its delegates;
  a meeting's ``status`` is where it ended: scheduled ones have an ``item``; the first entry of
  an agreement's ``history`` is its initial status, the others are changes in order; a lead's
  ``history`` likewise (its first stage, then its changes);
- a lead lives on after its mission: a later file links it (``lead_links``, the lead named by
  the mission it began with and its organisation) to one of its own meetings;
- an agreement's documents are its versions in order, each given as UTF-8 ``text`` or as
  ``base64`` bytes; they, its run sheet and its commitments are recorded after its history
  (a signed copy needs a text ready for signature).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import event
from sqlalchemy.orm import Session

from delegation_app.errors import ValidationError
from delegation_app.messages import say
from delegation_app.paths import resource_path
from delegation_app.services import (
    agreement_documents,
    agreements,
    commitments,
    follow_ups,
    itinerary,
    leads,
    meeting_plan,
    meetings,
    missions,
    people,
    roster,
)
from delegation_app.services import entry as entry_service
from delegation_app.services import workshops as workshop_service
from delegation_app.storage.database import DatabaseKey, open_database
from delegation_app.storage.models import (
    AgreementKind,
    AgreementStatus,
    Audience,
    AuthorisationKind,
    AuthorisationState,
    CommitmentStatus,
    FollowUpStatus,
    GroupKind,
    ItemKind,
    LeadStage,
    MeetingStatus,
    MissionStatus,
    OrganisationKind,
    ParticipantRole,
    ParticipantStatus,
)

DEMO_FILES = ("miami-2017.json", "toronto-montreal-2019.json")
FORMAT = "delegation-demo"
VERSION = 1

Json = Mapping[str, Any]


class DemoDataError(ValidationError):
    """A demo file that does not follow the format (a bug in the shipped data)."""


@dataclass
class DemoKeys:
    """The ids of what several files refer to by key: people, organisations and venues."""

    people: dict[str, int] = field(default_factory=dict)
    organisations: dict[str, int] = field(default_factory=dict)
    venues: dict[str, int] = field(default_factory=dict)


def demo_files() -> list[Path]:
    return [resource_path("demo", name) for name in DEMO_FILES]


def load_demo(session: Session) -> list[int]:
    """Create both demo missions in ``session`` (the caller commits); returns their ids."""
    shared = DemoKeys()
    with _strong_references(session):
        return [load_demo_file(session, path, shared) for path in demo_files()]


@contextmanager
def _strong_references(session: Session) -> Iterator[None]:
    """Keep every object of the load in the session's identity map while it runs.

    The identity map holds objects weakly; the services return read models, so the rows they
    create are dropped at once and every later ``session.get`` of them costs a query. Holding
    them (SQLAlchemy's documented "strong reference" recipe) makes the load about a fifth faster.
    """
    held: list[object] = []

    def hold(_session: Session, instance: object) -> None:
        held.append(instance)

    events = ("pending_to_persistent", "loaded_as_persistent")
    for name in events:
        event.listen(session, name, hold)
    try:
        yield
    finally:
        for name in events:
            event.remove(session, name, hold)
        held.clear()


def load_demo_file(session: Session, path: Path, shared: DemoKeys | None = None) -> int:
    """Create the mission of one demo file; returns its id."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DemoDataError(path.name, say("cannot be read: {reason}", reason=str(exc))) from exc
    if data.get("format") != FORMAT or data.get("version") != VERSION:
        raise DemoDataError(
            path.name,
            say("is not a {format} file of version {version}", format=FORMAT, version=VERSION),
        )
    try:
        return _MissionLoader(session, data, shared or DemoKeys()).load()
    except (KeyError, TypeError, ValueError) as exc:
        raise DemoDataError(
            path.name, say("does not follow the format: {problem!r}", problem=exc)
        ) from exc


def build_demo_database(path: Path, key: DatabaseKey | None = None) -> Path:
    """A fresh database file at ``path`` holding the demo missions (any old file is replaced).

    ``key``: the file is encrypted with it.
    """
    path = Path(path)
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    db = open_database(path, key=key)
    try:
        with db.transaction() as session:
            load_demo(session)
    finally:
        db.close()
    return path


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _local(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M")


class _MissionLoader:
    def __init__(self, session: Session, data: Json, shared: DemoKeys) -> None:
        self.session = session
        self.data = data
        self.shared = shared
        self.mission_id = 0
        self.stops: dict[str, int] = {}
        self.groups: dict[str, int] = {}
        self.participants: dict[str, int] = {}
        self.items: dict[str, int] = {}
        self.meetings: dict[str, int] = {}

    def _list(self, key: str) -> list[Json]:
        return cast(list[Json], self.data.get(key, []))

    def load(self) -> int:
        for org in self._list("organisations"):
            self._organisation(org)
        self._mission(self.data["mission"])
        self._people(self._list("people"))
        for group in self._list("groups"):
            view = roster.create_group(
                self.session, self.mission_id, group["name"], GroupKind(group["kind"])
            )
            self.groups[group["key"]] = view.id
        self._delegation(self._list("delegation"))
        for venue in self._list("venues"):
            self._venue(venue)
        for hotel in self._list("hotels"):
            self._hotel(hotel)
        for item in self._list("items"):
            self._item(item)
        for workshop in self._list("workshops"):
            self._workshop(workshop)
        for b2b in self._list("b2b_sessions"):
            meeting_plan.create_b2b_session(
                self.session,
                mission_id=self.mission_id,
                start_local=_local(b2b["start"]),
                end_local=_local(b2b["end"]),
                zone=b2b["zone"],
                venue_id=self.shared.venues[b2b["venue"]] if b2b.get("venue") else None,
                slot_minutes=b2b.get("slot_minutes", 20),
                tables=b2b.get("tables", 10),
                interpreters=b2b.get("interpreters", 0),
                travel_minutes=b2b.get("travel_minutes", 30),
            )
        for window in self._list("availability"):
            meeting_plan.add_organisation_window(
                self.session,
                mission_id=self.mission_id,
                organisation_id=self.organisation(window["organisation"]),
                start_local=_local(window["start"]),
                end_local=_local(window["end"]),
                zone=window["zone"],
            )
        for meeting in self._list("meetings"):
            self._meeting(meeting)
        for lead in self._list("leads"):
            self._lead(lead)
        for link in self._list("lead_links"):
            self._lead_link(link)
        for agreement in self._list("agreements"):
            self._agreement(agreement)
        return self.mission_id

    # --- references -----------------------------------------------------------------------

    def person(self, key: str) -> int:
        return self.shared.people[key]

    def participant(self, key: str) -> int:
        return self.participants[key]

    def participant_ids(self, keys: Iterable[str]) -> list[int]:
        return [self.participants[k] for k in keys]

    def organisation(self, key: str) -> int:
        return self.shared.organisations[key]

    # --- records --------------------------------------------------------------------------

    def _mission(self, mission: Json) -> None:
        organiser = mission.get("organiser")
        stops = [
            missions.StopInput(
                city=stop["city"],
                country=stop["country"],
                zone=stop["zone"],
                start_date=_date(stop.get("start_date")),
                end_date=_date(stop.get("end_date")),
                practical_info=stop.get("practical_info"),
            )
            for stop in mission["stops"]
        ]
        view = missions.create_mission(
            self.session,
            short=mission["short"],
            title_fr=mission["title_fr"],
            title_en=mission.get("title_en"),
            start_date=date.fromisoformat(mission["start_date"]),
            end_date=date.fromisoformat(mission["end_date"]),
            stops=stops,
            home_zone=mission.get("home_zone", "Europe/Paris"),
            home_country=mission.get("home_country", "FR"),
            status=MissionStatus(mission.get("status", MissionStatus.PLANNED.value)),
            partner_event=mission.get("partner_event"),
            objectives=mission.get("objectives"),
            sectors=mission.get("sectors", ()),
            organiser_id=self.organisation(organiser) if organiser else None,
        )
        self.mission_id = view.id
        for stop, stop_view in zip(mission["stops"], view.stops, strict=True):
            self.stops[stop["key"]] = stop_view.id

    def _organisation(self, org: Json) -> None:
        if org["key"] in self.shared.organisations:
            return
        view = people.create_organisation(
            self.session,
            short=org["key"],
            name=org["name"],
            kind=OrganisationKind(org["kind"]),
            sector=org.get("sector"),
            country=org.get("country"),
            city=org.get("city"),
            website=org.get("website"),
        )
        self.shared.organisations[org["key"]] = view.id

    def _people(self, records: list[Json]) -> None:
        """The file's people not met in an earlier file, in one batch (as a roster import)."""
        new = [p for p in records if p["key"] not in self.shared.people]
        ids = people.create_people(self.session, [self._person_fields(p) for p in new])
        for person, person_id in zip(new, ids, strict=True):
            self.shared.people[person["key"]] = person_id

    def _person_fields(self, person: Json) -> dict[str, Any]:
        passport = person.get("passport") or {}
        return {
            "short": person["key"],
            "given_name": person["given_name"],
            "family_name": person["family_name"],
            "honorific": person.get("honorific"),
            "email": person.get("email"),
            "phone": person.get("phone"),
            "language": person.get("language", "fr"),
            "organisation_id": (
                self.organisation(person["organisation"]) if person.get("organisation") else None
            ),
            "job_title": person.get("job_title"),
            "nationality": person.get("nationality"),
            "birth_date": _date(person.get("birth_date")),
            "passport_number": passport.get("number"),
            "passport_country": passport.get("country"),
            "passport_expiry": _date(passport.get("expiry")),
            "dietary_needs": person.get("dietary_needs"),
            "mobility_needs": person.get("mobility_needs"),
            "emergency_contact": person.get("emergency_contact"),
        }

    def _delegation(self, entries: list[Json]) -> None:
        """The roster in one batch, then each delegate's visas, ESTAs and eTAs."""
        ids = roster.add_participants(
            self.session,
            self.mission_id,
            [
                roster.ParticipantInput(
                    person_id=self.person(entry["person"]),
                    role=ParticipantRole(entry["role"]),
                    status=ParticipantStatus(
                        entry.get("status", ParticipantStatus.CONFIRMED.value)
                    ),
                    group_ids=[self.groups[g] for g in entry.get("groups", ())],
                    capacity=entry.get("capacity"),
                    contact_role=entry.get("contact_role"),
                    language=entry.get("language"),
                )
                for entry in entries
            ],
        )
        for entry, participant_id in zip(entries, ids, strict=True):
            self.participants[entry["person"]] = participant_id
            for authorisation in entry.get("authorisations", ()):
                entry_service.set_entry_authorisation(
                    self.session,
                    participant_id=participant_id,
                    kind=AuthorisationKind(authorisation["kind"]),
                    country=authorisation["country"],
                    state=AuthorisationState(authorisation["state"]),
                    number=authorisation.get("number"),
                    expiry=_date(authorisation.get("expiry")),
                )

    def _venue(self, venue: Json) -> None:
        if venue["key"] in self.shared.venues:
            return
        self.shared.venues[venue["key"]] = itinerary.create_venue(
            self.session,
            name=venue["name"],
            address=venue.get("address"),
            city=venue.get("city"),
            country=venue.get("country"),
            zone=venue.get("zone"),
            phone=venue.get("phone"),
            latitude=venue.get("latitude"),
            longitude=venue.get("longitude"),
            iata_code=venue.get("iata_code"),
        )

    def _hotel(self, hotel: Json) -> None:
        block = roster.create_accommodation(
            self.session,
            mission_id=self.mission_id,
            venue_id=self.shared.venues[hotel["venue"]],
            check_in=date.fromisoformat(hotel["check_in"]),
            check_out=date.fromisoformat(hotel["check_out"]),
            stop_id=self.stops[hotel["stop"]] if hotel.get("stop") else None,
            booking_reference=hotel.get("booking_reference"),
        )
        for room in hotel.get("rooms", ()):
            for guest in room["guests"]:
                roster.assign_room(
                    self.session,
                    accommodation_id=block,
                    participant_id=self.participant(guest),
                    room_number=room.get("room"),
                    room_type=room.get("type"),
                    check_in=_date(room.get("check_in")),
                    check_out=_date(room.get("check_out")),
                )

    def _item(self, item: Json) -> None:
        flight = item.get("flight")
        staff = item.get("staff_in_charge")
        item_id = itinerary.create_item(
            self.session,
            mission_id=self.mission_id,
            kind=ItemKind(item["kind"]),
            title_fr=item["title_fr"],
            title_en=item.get("title_en"),
            start_local=_local(item["start"]),
            start_zone=item["start_zone"],
            end_local=_local(item["end"]),
            end_zone=item.get("end_zone"),
            stop_id=self.stops[item["stop"]] if item.get("stop") else None,
            venue_id=self.shared.venues[item["venue"]] if item.get("venue") else None,
            audience=Audience(item.get("audience", Audience.EVERYONE.value)),
            group_ids=[self.groups[g] for g in item.get("groups", ())],
            participant_ids=self.participant_ids(item.get("attendees", ())),
            excluded_participant_ids=self.participant_ids(item.get("excluded", ())),
            dress_code=item.get("dress_code"),
            to_bring=item.get("to_bring"),
            notes_fr=item.get("notes_fr"),
            notes_en=item.get("notes_en"),
            staff_in_charge_id=self.participant(staff) if staff else None,
            recurrence=item.get("recurrence"),
            is_private=bool(item.get("private", False)),
            flight=(
                itinerary.FlightInput(
                    carrier=flight["carrier"],
                    number=flight["number"],
                    departure_airport=flight["from"],
                    arrival_airport=flight["to"],
                )
                if flight
                else None
            ),
        )
        self.items[item["key"]] = item_id
        for passenger in flight.get("passengers", ()) if flight else ():
            itinerary.book_flight(
                self.session,
                item_id=item_id,
                participant_id=self.participant(passenger["person"]),
                booking_reference=passenger.get("booking_reference"),
                seat=passenger.get("seat"),
            )

    def _workshop(self, workshop: Json) -> None:
        item_id = self.items[workshop["item"]]
        moderator = workshop.get("moderator")
        workshop_service.create_workshop(
            self.session,
            item_id=item_id,
            theme=workshop.get("theme"),
            sector=workshop.get("sector"),
            summary_fr=workshop.get("summary_fr"),
            summary_en=workshop.get("summary_en"),
            room=workshop.get("room"),
            capacity=workshop.get("capacity"),
            moderator_person_id=self.person(moderator) if moderator else None,
            material=workshop.get("material"),
        )
        for speaker in workshop.get("speakers", ()):
            workshop_service.add_speaker(
                self.session,
                item_id=item_id,
                person_id=self.person(speaker["person"]),
                topic=speaker.get("topic"),
            )
        for key in workshop.get("registered", ()):
            workshop_service.register_delegate(self.session, item_id, self.participant(key))

    def _meeting(self, meeting: Json) -> None:
        contact = meeting.get("contact")
        meeting_id = meetings.request_meeting(
            self.session,
            mission_id=self.mission_id,
            organisation_id=self.organisation(meeting["organisation"]),
            participant_ids=self.participant_ids(meeting["delegates"]),
            priority=meeting.get("priority", 2),
            purpose=meeting.get("purpose"),
            languages=meeting.get("languages", ()),
            interpreter_needed=bool(meeting.get("interpreter_needed", False)),
            contact_person_id=self.person(contact) if contact else None,
        )
        self.meetings[meeting["key"]] = meeting_id
        if meeting.get("premises"):
            meeting_plan.set_meeting_place(
                self.session, meeting_id, self.shared.venues[meeting["premises"]]
            )
        status = MeetingStatus(meeting.get("status", MeetingStatus.REQUESTED.value))
        if meeting.get("item"):
            meetings.schedule_meeting(
                self.session,
                meeting_id,
                item_id=self.items[meeting["item"]],
                status=status if status in meetings.SCHEDULED_STATUSES else MeetingStatus.CONFIRMED,
                locked=bool(meeting.get("locked", False)),
            )
        if status in meetings.OUTCOME_STATUSES:
            meetings.set_outcome(self.session, meeting_id, status, meeting.get("outcome"))
        for action in meeting.get("follow_ups", ()):
            self._follow_up(action, meeting_id=meeting_id)

    def _lead(self, lead: Json) -> None:
        owner = lead.get("owner")
        investment = lead.get("investment") or {}
        first, *changes = lead["history"]
        view = leads.create_lead(
            self.session,
            organisation_id=self.organisation(lead["organisation"]),
            mission_id=self.mission_id,
            meeting_ids=[self.meetings[key] for key in lead.get("meetings", ())],
            stage=LeadStage(first["stage"]),
            sector=lead.get("sector"),
            project=lead.get("project"),
            jobs_expected=lead.get("jobs_expected"),
            investment_expected=investment.get("amount"),
            investment_currency=investment.get("currency"),
            owner_person_id=self.person(owner) if owner else None,
            changed_by=first.get("by"),
            note=first.get("note"),
            at=_moment(first),
        )
        self._lead_changes(view.id, changes, lead.get("follow_ups", ()))

    def _lead_link(self, link: Json) -> None:
        """A lead an earlier file made, linked to a meeting of this mission."""
        organisation_id = self.organisation(link["organisation"])
        [lead_id] = [
            row.id
            for row in leads.list_leads(self.session, organisation_id=organisation_id)
            if row.mission_short == link["mission"]
        ]
        leads.link_meeting(self.session, lead_id, self.meetings[link["meeting"]])
        self._lead_changes(lead_id, link.get("history", ()), link.get("follow_ups", ()))

    def _lead_changes(self, lead_id: int, changes: Iterable[Json], actions: Iterable[Json]) -> None:
        for change in changes:
            leads.change_stage(
                self.session,
                lead_id,
                LeadStage(change["stage"]),
                changed_by=change.get("by"),
                note=change.get("note"),
                at=_moment(change),
            )
        for action in actions:
            meeting = action.get("meeting")
            self._follow_up(
                action, meeting_id=self.meetings[meeting] if meeting else None, lead_id=lead_id
            )

    def _follow_up(
        self, action: Json, *, meeting_id: int | None = None, lead_id: int | None = None
    ) -> None:
        owner = action.get("owner")
        view = follow_ups.add_follow_up(
            self.session,
            description=action["description"],
            meeting_id=meeting_id,
            lead_id=lead_id,
            owner_id=self.person(owner) if owner else None,
            due_date=_date(action.get("due_date")),
        )
        status = FollowUpStatus(action.get("status", FollowUpStatus.OPEN.value))
        if status != FollowUpStatus.OPEN:
            follow_ups.close_follow_up(
                self.session, view.id, status, on=_date(action.get("closed_on"))
            )

    def _agreement(self, agreement: Json) -> None:
        history = agreement["history"]
        first, changes = history[0], history[1:]
        signing_item = agreement.get("signing_item")
        view = agreements.create_agreement(
            self.session,
            short=agreement["short"],
            title_fr=agreement["title_fr"],
            title_en=agreement.get("title_en"),
            kind=AgreementKind(agreement["kind"]),
            mission_id=self.mission_id if agreement.get("of_mission", True) else None,
            parties=[
                agreements.PartyInput(self.organisation(p["organisation"]), p["side"])
                for p in agreement["parties"]
            ],
            signatories=[
                agreements.SignatoryInput(
                    self.person(s["person"]), self.organisation(s["organisation"]), s["capacity"]
                )
                for s in agreement.get("signatories", ())
            ],
            signing_item_id=self.items[signing_item] if signing_item else None,
            signing_date=_date(agreement.get("signing_date")),
            signing_place=agreement.get("signing_place"),
            effective_date=_date(agreement.get("effective_date")),
            end_date=_date(agreement.get("end_date")),
            renewal_notice_days=agreement.get("renewal_notice_days"),
            domains=agreement.get("domains", ()),
            notes=agreement.get("notes"),
            status=AgreementStatus(first["status"]),
            changed_by=first.get("by"),
            note=first.get("note"),
            at=_moment(first),
        )
        for change in changes:
            agreements.change_status(
                self.session,
                view.id,
                AgreementStatus(change["status"]),
                changed_by=change.get("by"),
                note=change.get("note"),
                at=_moment(change),
            )
        sheet = agreement.get("run_sheet")
        if sheet:
            self._run_sheet(view.id, sheet)
        for document in agreement.get("documents", ()):
            content = (
                document["text"].encode("utf-8")
                if "text" in document
                else base64.b64decode(document["base64"], validate=True)
            )
            agreement_documents.add_document_version(
                self.session,
                view.id,
                content,
                name=document["name"],
                uploaded_by=document.get("by"),
                signed=bool(document.get("signed", False)),
                language=document.get("language"),
                note=document.get("note"),
                at=_moment(document),
            )
        for commitment in agreement.get("commitments", ()):
            owner = commitment.get("owner")
            party = commitment.get("party")
            commitments.create_commitment(
                self.session,
                view.id,
                description=commitment["description"],
                organisation_id=self.organisation(party) if party else None,
                owner_id=self.person(owner) if owner else None,
                due_date=_date(commitment.get("due_date")),
                status=CommitmentStatus(commitment.get("status", CommitmentStatus.OPEN.value)),
            )

    def _run_sheet(self, agreement_id: int, sheet: Json) -> None:
        agreements.set_run_sheet(
            self.session,
            agreement_id,
            host_side=sheet.get("host_side", agreements.PARTNER_SIDE),
            speeches=[
                agreements.SpeechInput(
                    person_id=self.person(speech["person"]) if speech.get("person") else None,
                    speaker=speech.get("speaker"),
                    capacity=speech.get("capacity"),
                    topic=speech.get("topic"),
                    minutes=speech.get("minutes"),
                    language=speech.get("language"),
                )
                for speech in sheet.get("speeches", ())
            ],
            copies=[
                agreements.CopyInput(
                    languages=copy["languages"], count=copy["count"], note=copy.get("note")
                )
                for copy in sheet.get("copies", ())
            ],
            gifts=sheet.get("gifts"),
            press=sheet.get("press"),
            notes=sheet.get("notes"),
            at=_moment(sheet) if sheet.get("at") else None,
        )


def _moment(change: Json) -> datetime:
    return _local(change["at"]).replace(tzinfo=ZoneInfo(change["zone"]))
