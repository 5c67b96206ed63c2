"""Importing a partner's delegate list into a mission: plan row by row, then apply all or nothing.

``plan_roster_import`` reads nothing but the database and says, for every row, whether it
creates a person, adds a known person to the mission, updates a delegate already there, or is
refused (with the row number, the column and the reason). ``apply_roster_import`` writes a plan
inside the caller's transaction; it refuses a plan with refused rows unless asked to skip them,
so a coordinator never gets half a file without saying so.

Known people are matched, never duplicated: same short name, same e-mail, or same name and
birth date. A close spelling of a known person without an e-mail or a birth date to tell them
apart is reported as ambiguous and refused, never merged silently. An empty cell never erases
what is already known of a person.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypeVar

from sqlalchemy.orm import Session

from delegation_app.errors import DomainError, ValidationError
from delegation_app.interchange.cell_values import (
    CellError,
    fold,
    parse_country,
    parse_date,
    parse_language,
    parse_phone,
)
from delegation_app.interchange.roster_columns import (
    FIELDS,
    ROLE_LABELS,
    STATUS_LABELS,
    split_groups,
)
from delegation_app.interchange.tabular import Table
from delegation_app.messages import Said, say
from delegation_app.services import people as people_service
from delegation_app.services import roster as roster_service
from delegation_app.services.hotels import list_hotels, place_delegate, room_type_label
from delegation_app.services.languages import clean_languages
from delegation_app.services.missions import MissionView, get_mission
from delegation_app.services.validation import check_short
from delegation_app.storage.models import OrganisationKind, ParticipantRole, ParticipantStatus

FUZZY_THRESHOLD = 88
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

E = TypeVar("E", bound=enum.StrEnum)

_ROLE_WORDS = {
    ParticipantRole.ELECTED_OFFICIAL: (
        "elected official", "elu", "elue", "official", "officiel", "officielle",
        "delegation officielle", "maire", "adjoint", "vice president",
    ),
    ParticipantRole.BUSINESS_LEADER: (
        "business leader", "business", "chef d entreprise", "cheffe d entreprise",
        "entreprise", "dirigeant", "dirigeante", "company",
    ),
    ParticipantRole.INSTITUTIONAL: ("institutional", "institutionnel", "institution", "agence"),
    ParticipantRole.STAFF: ("staff", "organisation", "equipe", "organisateur", "organisatrice"),
    ParticipantRole.PRESS: ("press", "presse", "journaliste", "journalist", "media"),
    ParticipantRole.GUEST: ("guest", "invite", "invitee", "accompagnant", "accompagnante"),
}  # fmt: skip
_STATUS_WORDS = {
    ParticipantStatus.INVITED: ("invited", "invite", "invitee"),
    ParticipantStatus.REGISTERED: ("registered", "inscrit", "inscrite"),
    ParticipantStatus.CONFIRMED: ("confirmed", "confirme", "confirmee", "ok", "oui"),
    ParticipantStatus.WAITLISTED: ("waitlisted", "liste d attente", "en attente", "waiting list"),
    ParticipantStatus.CANCELLED: ("cancelled", "canceled", "annule", "annulee", "desiste"),
}


def _lookup(
    words: Mapping[E, tuple[str, ...]], labels: Mapping[str, Mapping[str, str]]
) -> dict[str, E]:
    table: dict[str, E] = {}
    for member, names in words.items():
        table[fold(member.value.replace("_", " "))] = member
        for name in (*names, *(by_value[member.value] for by_value in labels.values())):
            table[fold(name)] = member
    return table


_ROLES = _lookup(_ROLE_WORDS, ROLE_LABELS)
_STATUSES = _lookup(_STATUS_WORDS, STATUS_LABELS)
_LABELS = {f.name: f.label_fr for f in FIELDS}
#: What a role or a status cell may hold, as a refusal lists it. Literal so that the catalogue
#: says them in French (the labels a French coordinator writes, which the import reads too);
#: tests check that they are the enums' values.
ROLE_CHOICES = say("business_leader, elected_official, guest, institutional, press, staff")
STATUS_CHOICES = say("cancelled, confirmed, invited, registered, waitlisted")


class RowAction(enum.StrEnum):
    CREATE = "create"  # a new person, added to the mission
    ADD = "add"  # a known person, added to the mission
    UPDATE = "update"  # already a delegate of the mission: fields updated
    REFUSE = "refuse"


@dataclass(frozen=True)
class Problem:
    column: str
    reason: str


@dataclass(frozen=True)
class RowPlan:
    row_number: int
    action: RowAction
    name: str
    person_id: int | None
    problems: tuple[Problem, ...]
    person_fields: Mapping[str, object] = field(default_factory=dict)
    organisation: str | None = None
    role: ParticipantRole | None = None
    status: ParticipantStatus | None = None
    groups: tuple[str, ...] | None = None
    capacity: str | None = None
    language: str | None = None
    changes: tuple[str, ...] = ()
    hotel_id: int | None = None  # the hotel block of the mission the row names
    room: str | None = None
    room_type: str | None = None
    room_mates: tuple[str, ...] = ()  # names (or short names) of the delegates sharing

    def describe(self) -> str:
        """One line for the coordinator: what happens to this row and why."""
        if self.action == RowAction.REFUSE:
            reasons = "; ".join(f"{p.column}: {p.reason}" for p in self.problems)
            return f"row {self.row_number}: refused ({self.name or '?'}) — {reasons}"
        if self.action == RowAction.UPDATE:
            what = ", ".join(self.changes) if self.changes else "nothing to change"
            return f"row {self.row_number}: update {self.name} ({what})"
        if self.action == RowAction.ADD:
            return f"row {self.row_number}: add {self.name} (already known) to the mission"
        return f"row {self.row_number}: create {self.name}"


@dataclass(frozen=True)
class ImportPlan:
    mission_id: int
    source: str
    mapping: Mapping[int, str]
    headers: tuple[str, ...]
    rows: tuple[RowPlan, ...]
    new_groups: tuple[str, ...]
    new_organisations: tuple[str, ...]

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def refused(self) -> tuple[RowPlan, ...]:
        return tuple(r for r in self.rows if r.action == RowAction.REFUSE)

    def summary(self) -> str:
        return (
            f"{self.count(RowAction.CREATE)} to create, {self.count(RowAction.ADD)} to add, "
            f"{self.count(RowAction.UPDATE)} to update, {self.count(RowAction.REFUSE)} refused"
        )


@dataclass(frozen=True)
class ImportResult:
    created: int
    added: int
    updated: int
    skipped: int
    participant_ids: tuple[int, ...]


class ImportRefused(DomainError):
    """The plan has refused rows and the coordinator did not ask to skip them."""


# --- planning -----------------------------------------------------------------------------


@dataclass
class _Known:
    """The people already in the database, indexed for matching (loaded once)."""

    by_short: dict[str, int]
    by_email: dict[str, int]
    by_name_birth: dict[tuple[str, date], int]
    names: dict[int, str]
    folded_names: dict[int, str]
    details: dict[int, tuple[str | None, date | None, str | None]]  # email, birth, org
    stored: dict[int, Mapping[str, object]]  # person id -> fields as stored
    participants: dict[int, int]  # person id -> participant id on this mission
    groups_of: dict[int, tuple[str, ...]]  # participant id -> group names
    enrolment: dict[int, dict[str, object]]  # participant id -> role, status, capacity...
    rooms: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)
    hotels: dict[str, list[int]] = field(default_factory=dict)  # folded hotel name -> blocks


def _load_known(session: Session, mission_id: int) -> _Known:
    known = _Known({}, {}, {}, {}, {}, {}, {}, {}, {}, {})
    for person in people_service.people_for_matching(session):
        known.by_short[person.short] = person.id
        if person.email:
            known.by_email[person.email.casefold()] = person.id
        key = fold(f"{person.given_name} {person.family_name}")
        if person.birth_date:
            known.by_name_birth[(key, person.birth_date)] = person.id
        known.names[person.id] = f"{person.given_name} {person.family_name}"
        known.folded_names[person.id] = key
        known.details[person.id] = (person.email, person.birth_date, person.organisation)
        known.stored[person.id] = person.fields
    for entry in roster_service.list_roster(session, mission_id):
        known.participants[entry.person_id] = entry.participant_id
        known.groups_of[entry.participant_id] = entry.groups
        known.enrolment[entry.participant_id] = {
            "role": entry.role,
            "status": entry.status,
            "capacity": entry.capacity,
            "language": entry.language,
        }
        known.rooms[entry.participant_id] = (entry.hotel, entry.room)
    for hotel in list_hotels(session, mission_id):
        known.hotels.setdefault(fold(hotel.hotel), []).append(hotel.id)
    return known


class _Row:
    """Reads one row's cells by field, collecting problems instead of stopping at the first."""

    def __init__(self, cells: tuple[str, ...], mapping: Mapping[int, str]) -> None:
        self.values: dict[str, str] = {}
        width = len(cells)
        for index, name in mapping.items():
            if index < width and (value := cells[index].strip()):
                self.values[name] = value
        self.problems: list[Problem] = []

    def text(self, name: str, max_length: int = 200) -> str | None:
        value = self.values.get(name)
        if value is not None and len(value) > max_length:
            self.refuse(name, say("is longer than {limit} characters", limit=max_length))
            return None
        return value

    def parsed(self, name: str, parse: Callable[[str], object]) -> object:
        value = self.values.get(name)
        if value is None:
            return None
        try:
            return parse(value)
        except CellError as exc:
            self.refuse(name, cell_reason(exc))
            return None

    def refuse(self, name: str, reason: str) -> None:
        self.problems.append(Problem(column=_LABELS.get(name, name), reason=reason))


def plan_roster_import(
    session: Session, mission_ref: str, table: Table, mapping: Mapping[int, str]
) -> ImportPlan:
    """What importing ``table`` into the mission would do, row by row; writes nothing."""
    mission = get_mission(session, mission_ref)
    known = _load_known(session, mission.id)
    existing_groups = {
        fold(g.name): g.name for g in roster_service.list_groups(session, mission.id)
    }
    new_groups: dict[str, str] = {}
    new_organisations: dict[str, str] = {}
    organisations = people_service.organisation_ids_by_name(session)
    seen: dict[object, int] = {}
    pool_ids = list(known.folded_names)
    # Known names with their words sorted (see _match), once here rather than at every row.
    pool_names = [_sorted_words(known.folded_names[i]) for i in pool_ids]

    plans = []
    for cells, number in zip(table.rows, table.row_numbers, strict=True):
        row = _Row(cells, mapping)
        plan = _plan_row(row, number, mission, known, pool_ids, pool_names, seen)
        if plan.action != RowAction.REFUSE:
            for name in plan.groups or ():
                key = fold(name)
                if key not in existing_groups:
                    new_groups.setdefault(key, name)
            org = plan.organisation
            if org and org.casefold() not in organisations:
                new_organisations.setdefault(org.casefold(), org)
        plans.append(plan)
    plans = _check_room_mates(plans, known)
    return ImportPlan(
        mission_id=mission.id,
        source=table.source,
        mapping=dict(mapping),
        headers=table.headers,
        rows=tuple(plans),
        new_groups=tuple(new_groups.values()),
        new_organisations=tuple(new_organisations.values()),
    )


def _plan_row(
    row: _Row,
    number: int,
    mission: MissionView,
    known: _Known,
    pool_ids: list[int],
    pool_names: list[str],
    seen: dict[object, int],
) -> RowPlan:
    given = row.text("given_name", 120)
    family = row.text("family_name", 120)
    if "given_name" not in row.values:
        row.refuse("given_name", say("is empty"))
    if "family_name" not in row.values:
        row.refuse("family_name", say("is empty"))
    name = f"{given or ''} {family or ''}".strip()

    fields: dict[str, object] = {}
    if given:
        fields["given_name"] = given
    if family:
        fields["family_name"] = family
    for text_field, limit in (
        ("honorific", 40), ("job_title", 200), ("dietary_needs", 200),
        ("mobility_needs", 200), ("passport_number", 40),
    ):  # fmt: skip
        value = row.text(text_field, limit)
        if value is not None:
            fields[text_field] = value
    email = row.text("email")
    if email is not None:
        if _EMAIL.match(email):
            fields["email"] = email
        else:
            row.refuse("email", say("'{text}' is not an e-mail address", text=email))
    phone = row.parsed("phone", lambda v: parse_phone(v, mission.home_country))
    if phone is not None:
        fields["phone"] = phone
    for country_field in ("nationality", "passport_country"):
        code = row.parsed(country_field, parse_country)
        if code is not None:
            fields[country_field] = code
    for date_field in ("birth_date", "passport_expiry"):
        day = row.parsed(date_field, parse_date)
        if day is not None:
            fields[date_field] = day
    if "passport_expiry" in fields and "passport_number" not in fields:
        row.refuse("passport_expiry", say("given without a passport number"))
    language = row.parsed("language", parse_language)
    spoken = row.parsed("languages", _spoken_languages)
    if isinstance(spoken, str):
        fields["languages"] = spoken
    hotel_id, room, room_type, mates = _room_cells(row, known)
    role = _enum_cell(row, "role", _ROLES, ROLE_CHOICES)
    status = _enum_cell(row, "status", _STATUSES, STATUS_CHOICES)
    groups_text = row.text("groups", 1000)
    groups = split_groups(groups_text) if groups_text else None
    for group in groups or ():
        if len(group) > 120:
            row.refuse(
                "groups",
                say("'{start}…' is longer than {limit} characters", start=group[:30], limit=120),
            )
    short = row.text("short", 64)
    if short is not None:
        try:
            short = check_short("short", short)
        except ValidationError as exc:
            row.refuse("short", exc.message)
            short = None
        else:
            fields["short"] = short

    person_id = None
    if not row.problems:
        person_id = _match(row, short, email, fields, known, pool_ids, pool_names)
    key: object = person_id if person_id is not None else fold(name)
    if not row.problems:
        if key in seen:
            row.refuse("family_name", say("same person as row {row}", row=seen[key]))
        else:
            seen[key] = number
        if email and email.casefold() in seen and seen[email.casefold()] != number:
            row.refuse("email", say("same e-mail as row {row}", row=seen[email.casefold()]))
        elif email:
            seen[email.casefold()] = number

    if row.problems:
        return RowPlan(number, RowAction.REFUSE, name, person_id, tuple(row.problems))
    if person_id is None:
        action = RowAction.CREATE
        changes: tuple[str, ...] = ()
    else:
        action = RowAction.UPDATE if person_id in known.participants else RowAction.ADD
        enrolment = {
            "role": role,
            "status": status,
            "capacity": row.text("capacity"),
            "language": language,
        }
        changes = _changes(
            fields, known, person_id, groups, row.values.get("organisation"), enrolment
        )
    return RowPlan(
        row_number=number,
        action=action,
        name=name,
        person_id=person_id,
        problems=(),
        person_fields=fields,
        organisation=row.text("organisation"),
        role=role,
        status=status,
        groups=groups,
        capacity=row.text("capacity"),
        language=language if isinstance(language, str) else None,
        changes=changes + _room_changes(row, known, person_id),
        hotel_id=hotel_id,
        room=room,
        room_type=room_type,
        room_mates=mates,
    )


def _spoken_languages(text: str) -> str | None:
    try:
        return clean_languages(text)
    except ValidationError as exc:
        raise CellError(exc.message) from exc  # the Said kept, to be said in French


def _room_cells(
    row: _Row, known: _Known
) -> tuple[int | None, str | None, str | None, tuple[str, ...]]:
    """The hotel block, room, room type and room-mates a row names (problems noted)."""
    hotel = row.text("hotel")
    room = row.text("room", 12)
    room_type = room_type_label(row.text("room_type", 40))
    mates_text = row.text("room_mate", 400)
    mates = tuple(m.strip() for m in re.split(r"[,;]", mates_text or "") if m.strip())
    hotel_id = None
    if hotel is not None:
        blocks = known.hotels.get(fold(hotel), [])
        if not blocks:
            row.refuse(
                "hotel",
                say("the mission has no hotel '{hotel}' (add it with 'hotel add')", hotel=hotel),
            )
        elif len(blocks) > 1:
            row.refuse("hotel", say("the mission has several blocks at '{hotel}'", hotel=hotel))
        else:
            hotel_id = blocks[0]
    elif room or room_type or mates:
        row.refuse("hotel", say("is empty, but the row gives a room, a room type or a room-mate"))
    return hotel_id, room, room_type, mates


def _room_changes(row: _Row, known: _Known, person_id: int | None) -> tuple[str, ...]:
    participant = known.participants.get(person_id) if person_id is not None else None
    if participant is None or "hotel" not in row.values:
        return ()
    hotel, room = known.rooms.get(participant, (None, None))
    changed = []
    if fold(hotel or "") != fold(row.values["hotel"]):
        changed.append(_LABELS["hotel"])
    if "room" in row.values and (room or "").strip() != row.values["room"]:
        changed.append(_LABELS["room"])
    return tuple(changed)


def _check_room_mates(plans: list[RowPlan], known: _Known) -> list[RowPlan]:
    """Refuse the rows whose room-mate is neither on the mission nor in the file."""
    names = {fold(known.names[person_id]) for person_id in known.participants}
    names |= {
        fold(short)
        for short, person_id in known.by_short.items()
        if person_id in known.participants
    }
    for plan in plans:
        if plan.action != RowAction.REFUSE:
            names.add(fold(plan.name))
            short = plan.person_fields.get("short")
            if isinstance(short, str):
                names.add(fold(short))
    checked = []
    for plan in plans:
        unknown = [m for m in plan.room_mates if fold(m) not in names]
        if plan.action != RowAction.REFUSE and unknown:
            problem = Problem(
                _LABELS["room_mate"],
                say("'{name}' is neither on the mission's roster nor in the file", name=unknown[0]),
            )
            plan = replace(plan, action=RowAction.REFUSE, problems=(problem,))
        checked.append(plan)
    return checked


def _enum_cell(row: _Row, name: str, table: Mapping[str, E], choices: Said) -> E | None:
    value = row.values.get(name)
    if value is None:
        return None
    member = table.get(fold(value))
    if member is None:
        row.refuse(name, say("'{value}' is not one of {choices}", value=value, choices=choices))
    return member


def _match(
    row: _Row,
    short: str | None,
    email: str | None,
    fields: Mapping[str, object],
    known: _Known,
    pool_ids: list[int],
    pool_names: list[str],
) -> int | None:
    # A short name we know says who this is; an unknown one (an export from another
    # database) only names the person to create, and matching goes on by e-mail and name.
    if short is not None and short in known.by_short:
        return known.by_short[short]
    if email is not None and email.casefold() in known.by_email:
        return known.by_email[email.casefold()]
    name_key = fold(f"{fields.get('given_name', '')} {fields.get('family_name', '')}")
    birth = fields.get("birth_date")
    if isinstance(birth, date) and (name_key, birth) in known.by_name_birth:
        return known.by_name_birth[(name_key, birth)]
    if not pool_names:
        return None  # nobody known yet: no close spelling to ask about
    # A close spelling is a question for the coordinator, not a decision for the program.
    from rapidfuzz import fuzz, process  # here: the window need not load it to start

    # The ratio of names with sorted words is rapidfuzz's token_sort_ratio ("Dupont Jean" is
    # "Jean Dupont"), without sorting every known name again for every row.
    candidates = []
    for _, score, index in process.extract(
        _sorted_words(name_key), pool_names, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD,
        limit=5,
    ):  # fmt: skip
        person_id = pool_ids[index]
        their_email, their_birth, their_org = known.details[person_id]
        if email and their_email and email.casefold() != their_email.casefold():
            continue  # two e-mails: two people
        if isinstance(birth, date) and their_birth and birth != their_birth:
            continue  # two birth dates: two people
        candidates.append((score, person_id, their_org))
    if candidates:
        described = "; ".join(
            f"{known.names[pid]}{f' ({org})' if org else ''}, id {pid}"
            for _, pid, org in candidates
        )
        row.refuse(
            "family_name",
            say(
                "may be a person already known ({described}): add their e-mail, birth date or "
                "short name to the row to say who this is",
                described=described,
            ),
        )
    return None


def _sorted_words(folded: str) -> str:
    """A folded name's words in sorted order: fuzz.ratio of two is their token_sort_ratio."""
    return " ".join(sorted(folded.split()))


def _changes(
    fields: Mapping[str, object],
    known: _Known,
    person_id: int,
    groups: tuple[str, ...] | None,
    organisation: str | None,
    enrolment: Mapping[str, object],
) -> tuple[str, ...]:
    """The columns whose value differs from what is stored (what an update really changes)."""
    stored = known.stored[person_id]
    changed = [
        _LABELS.get(name, name)
        for name, value in fields.items()
        if name != "short" and _differs(name, value, stored.get(name))
    ]
    participant = known.participants.get(person_id)
    if participant is not None:
        now = known.enrolment[participant]
        changed += [
            _LABELS[name]
            for name, value in enrolment.items()
            if value is not None and value != now[name]
        ]
    their_org = known.details[person_id][2]
    if organisation and organisation.casefold() != (their_org or "").casefold():
        changed.append(_LABELS["organisation"])
    participant_id = known.participants.get(person_id)
    if groups is not None and participant_id is not None:
        before = known.groups_of.get(participant_id, ())
        if {fold(g) for g in groups} != {fold(g) for g in before}:
            changed.append(_LABELS["groups"])
    return tuple(dict.fromkeys(changed))


def _differs(name: str, value: object, stored: object) -> bool:
    if name == "email" and isinstance(value, str) and isinstance(stored, str):
        return value.casefold() != stored.casefold()
    return value != stored


# --- applying -----------------------------------------------------------------------------


def apply_roster_import(
    session: Session, plan: ImportPlan, *, skip_refused: bool = False
) -> ImportResult:
    """Write the plan in the caller's transaction (all rows or, on any error, none).

    New people and their places on the roster are written in bulk (one flush each); known
    people go through the same services one by one, as they are usually few.
    """
    if plan.refused and not skip_refused:
        raise ImportRefused(
            say(
                "{count} row(s) of {source} are refused; nothing was imported "
                "(correct them, or skip them explicitly)",
                count=len(plan.refused),
                source=plan.source,
            )
        )
    try:
        return _apply(session, plan)
    except ImportRefused:
        raise
    except DomainError as exc:
        # The plan was made from the same data; this means the database moved meanwhile.
        raise ImportRefused(
            say("{reason}; nothing was imported", reason=error_reason(exc))
        ) from exc


def cell_reason(exc: CellError) -> str:
    """A cell's refusal as its parser said it (a ``Said``, kept to be said in French)."""
    return exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)


def error_reason(exc: DomainError) -> str:
    """What a core error says, kept sayable in the reader's language: ``str(exc)`` would be
    its English only."""
    if isinstance(exc, ValidationError):
        return say("{field}: {message}", field=exc.field, message=exc.message)
    if len(exc.args) == 1 and isinstance(exc.args[0], str):
        return exc.args[0]
    return str(exc)


@contextmanager
def row_context(row_number: int) -> Iterator[None]:
    """A core error while applying row ``row_number`` refuses the whole import, naming the row
    (the roster's and the itinerary's imports alike)."""
    try:
        yield
    except DomainError as exc:
        raise ImportRefused(
            say(
                "row {row}: {reason}; nothing was imported",
                row=row_number,
                reason=error_reason(exc),
            )
        ) from exc


def _apply(session: Session, plan: ImportPlan) -> ImportResult:
    group_ids = {fold(g.name): g.id for g in roster_service.list_groups(session, plan.mission_id)}
    for name in plan.new_groups:
        group_ids[fold(name)] = roster_service.create_group(session, plan.mission_id, name).id
    organisation_ids = people_service.organisation_ids_by_name(session)

    def organisation_id(name: str) -> int:
        key = name.casefold()
        if key not in organisation_ids:
            organisation_ids[key] = people_service.create_organisation(
                session, name=name, kind=OrganisationKind.COMPANY
            ).id
        return organisation_ids[key]

    def person_fields(row: RowPlan) -> dict[str, object]:
        fields = dict(row.person_fields)
        if row.organisation:
            fields["organisation_id"] = organisation_id(row.organisation)
        if row.language:
            fields["language"] = row.language
        return fields

    def group_list(row: RowPlan) -> list[int] | None:
        return [group_ids[fold(g)] for g in row.groups] if row.groups is not None else None

    def enrolment(row: RowPlan, person_id: int) -> roster_service.ParticipantInput:
        return roster_service.ParticipantInput(
            person_id=person_id,
            role=row.role or ParticipantRole.BUSINESS_LEADER,
            status=row.status or ParticipantStatus.REGISTERED,
            group_ids=group_list(row) or (),
            capacity=row.capacity,
            language=row.language,
        )

    accepted = [r for r in plan.rows if r.action != RowAction.REFUSE]
    new_rows = [r for r in accepted if r.action == RowAction.CREATE]
    new_ids = people_service.create_people(session, [person_fields(r) for r in new_rows])
    person_of = {r.row_number: pid for r, pid in zip(new_rows, new_ids, strict=True)}
    for row in accepted:
        if row.action != RowAction.CREATE:
            assert row.person_id is not None
            fields = person_fields(row)
            fields.pop("short", None)  # a known person keeps their short name
            with row_context(row.row_number):
                people_service.update_person(session, row.person_id, **fields)
            person_of[row.row_number] = row.person_id
    to_add = [r for r in accepted if r.action in (RowAction.CREATE, RowAction.ADD)]
    added = roster_service.add_participants(
        session, plan.mission_id, [enrolment(r, person_of[r.row_number]) for r in to_add]
    )
    participant_of = {r.row_number: pid for r, pid in zip(to_add, added, strict=True)}
    for row in accepted:
        if row.action == RowAction.UPDATE:
            with row_context(row.row_number):
                participant_id = roster_service.resolve_participant_id(
                    session, plan.mission_id, person_of[row.row_number]
                )
                roster_service.update_participant(
                    session,
                    participant_id,
                    role=row.role,
                    status=row.status,
                    group_ids=group_list(row),
                    capacity=row.capacity,
                    language=row.language,
                )
            participant_of[row.row_number] = participant_id
    _apply_rooms(session, plan, accepted, participant_of)
    counts = Counter(r.action for r in accepted)
    return ImportResult(
        created=counts[RowAction.CREATE],
        added=counts[RowAction.ADD],
        updated=counts[RowAction.UPDATE],
        skipped=len(plan.refused),
        participant_ids=tuple(participant_of[r.row_number] for r in accepted),
    )


def _apply_rooms(
    session: Session, plan: ImportPlan, accepted: list[RowPlan], participant_of: dict[int, int]
) -> None:
    """Put the rows' delegates in their rooms, room-mates sharing (numbered or not)."""
    roomed = [r for r in accepted if r.hotel_id is not None]
    if not roomed:
        return
    by_name: dict[str, int] = {}
    for entry in roster_service.list_roster(session, plan.mission_id):
        by_name.setdefault(fold(f"{entry.given_name} {entry.family_name}"), entry.participant_id)
        by_name.setdefault(fold(entry.short), entry.participant_id)
    for row in roomed:
        assert row.hotel_id is not None
        with row_context(row.row_number):
            participant_id = participant_of[row.row_number]
            mates = [by_name[fold(m)] for m in row.room_mates if fold(m) in by_name]
            place_delegate(
                session,
                accommodation_id=row.hotel_id,
                participant_id=participant_id,
                room_number=row.room,
                room_type=row.room_type,
                room_mate_id=mates[0] if mates else None,
            )
            for mate in mates[1:]:
                place_delegate(
                    session,
                    accommodation_id=row.hotel_id,
                    participant_id=participant_id,
                    room_mate_id=mate,
                )
