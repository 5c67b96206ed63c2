"""Agreements between parties (twinning, MoU, cooperation...), their signatories and history,
the run sheet of their signing ceremony, and the register that lists them.

Every change of status is kept as a row of history, the initial one included, so that "who
moved this agreement to signed, and when" always has an answer. Times in the history are UTC.

A signed agreement (signed, in force or expired) always has its signing date and at least one
signatory: creating one without them, or marking one signed without them, is refused (the
signing date, and place, may be given with the change to signed).

A change of status that jumps over steps of the agreement's life (a draft made ready for
signature without a recorded negotiation) says so in its row of history: the steps skipped are
stored at the head of the row's note (``[skipped: negotiating]``) and read back as
:attr:`StatusChangeView.skipped`, which the window and the CLI word in their language.

The register (:func:`register_rows`) is the one read model behind the register's PDF, its XLSX
and the CLI's list, so that the three always show the same agreements for the same filters.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from babel import Locale
from sqlalchemy import ColumnElement, and_, case, delete, func, select
from sqlalchemy.orm import Session

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.messages import Said, say
from delegation_app.services.validation import (
    aware,
    check_count,
    check_country,
    check_short,
    collation_key,
    is_id,
    list_item,
    optional_text,
    require_text,
    slugify,
    typed_ref,
    utc_now,
)
from delegation_app.storage.models import (
    Agreement,
    AgreementCopy,
    AgreementDocument,
    AgreementKind,
    AgreementParty,
    AgreementRunSheet,
    AgreementSignatory,
    AgreementSpeech,
    AgreementStatus,
    AgreementStatusChange,
    Commitment,
    CommitmentStatus,
    ItemKind,
    ItineraryItem,
    Mission,
    Organisation,
    Participant,
    Person,
    Venue,
)

OUR_SIDE = 1
PARTNER_SIDE = 2

S = AgreementStatus
# Which status may follow which; a signed text never goes back to the drafting table.
TRANSITIONS: dict[AgreementStatus, frozenset[AgreementStatus]] = {
    S.DRAFT: frozenset({S.NEGOTIATING, S.READY, S.TERMINATED}),
    S.NEGOTIATING: frozenset({S.DRAFT, S.READY, S.TERMINATED}),
    S.READY: frozenset({S.NEGOTIATING, S.SIGNED, S.TERMINATED}),
    S.SIGNED: frozenset({S.IN_FORCE, S.EXPIRED, S.TERMINATED}),
    S.IN_FORCE: frozenset({S.EXPIRED, S.TERMINATED}),
    S.EXPIRED: frozenset({S.IN_FORCE}),
    S.TERMINATED: frozenset(),
}
SIGNED_STATUSES = frozenset({S.SIGNED, S.IN_FORCE, S.EXPIRED})
#: The steps of an agreement's life, in order: a change forward past more than one skips.
STEPS = (S.DRAFT, S.NEGOTIATING, S.READY, S.SIGNED, S.IN_FORCE, S.EXPIRED)


def skipped_steps(current: AgreementStatus, target: AgreementStatus) -> tuple[AgreementStatus, ...]:
    """The statuses a change from ``current`` to ``target`` jumps over (none going back, or
    to "terminated", which can end an agreement at any step)."""
    if current not in STEPS or target not in STEPS:
        return ()
    start, end = STEPS.index(current), STEPS.index(target)
    return STEPS[start + 1 : end] if end > start + 1 else ()


# How a row of history keeps the steps its change skipped: a first line of status values.
_SKIP_MARK = re.compile(r"^\[skipped: ([a-z_]+(?:, [a-z_]+)*)\](?:\n|$)")
_STATUS_VALUES = frozenset(s.value for s in AgreementStatus)
_SKIP_WORDS = {"fr": "Étapes sautées\u00a0: {steps}", "en": "Skipped steps: {steps}"}


def history_note(skipped: Sequence[AgreementStatus], note: str | None) -> str | None:
    """A row of history's note as stored: the steps skipped first, then the note itself."""
    if not skipped:
        return note
    mark = "[skipped: " + ", ".join(s.value for s in skipped) + "]"
    return f"{mark}\n{note}" if note else mark


def _read_note(stored: str | None) -> tuple[tuple[AgreementStatus, ...], str | None]:
    """The steps skipped and the coordinator's own note, from a stored note."""
    if not stored:
        return (), stored
    found = _SKIP_MARK.match(stored)
    values = found.group(1).split(", ") if found else []
    if not found or any(v not in _STATUS_VALUES for v in values):
        return (), stored
    rest = stored[found.end() :]
    return tuple(AgreementStatus(v) for v in values), rest or None


KIND_LABELS: dict[str, dict[AgreementKind, str]] = {
    "fr": {
        AgreementKind.TWINNING: "Jumelage (sister agreement)",
        AgreementKind.MEMORANDUM: "Protocole d'accord",
        AgreementKind.COOPERATION: "Accord de coopération",
        AgreementKind.LETTER_OF_INTENT: "Lettre d'intention",
        AgreementKind.CONTRACT: "Contrat",
    },
    "en": {
        AgreementKind.TWINNING: "Twinning (sister agreement)",
        AgreementKind.MEMORANDUM: "Memorandum of understanding",
        AgreementKind.COOPERATION: "Cooperation agreement",
        AgreementKind.LETTER_OF_INTENT: "Letter of intent",
        AgreementKind.CONTRACT: "Contract",
    },
}
STATUS_LABELS: dict[str, dict[AgreementStatus, str]] = {
    "fr": {
        S.DRAFT: "Projet",
        S.NEGOTIATING: "En négociation",
        S.READY: "Prêt pour signature",
        S.SIGNED: "Signé",
        S.IN_FORCE: "En vigueur",
        S.EXPIRED: "Expiré",
        S.TERMINATED: "Résilié",
    },
    "en": {
        S.DRAFT: "Draft",
        S.NEGOTIATING: "Negotiating",
        S.READY: "Ready for signature",
        S.SIGNED: "Signed",
        S.IN_FORCE: "In force",
        S.EXPIRED: "Expired",
        S.TERMINATED: "Terminated",
    },
}


def kind_label(kind: AgreementKind, language: str) -> str:
    """The kind as a coordinator reads it: "Accord de coopération", "Letter of intent"."""
    return KIND_LABELS["fr" if language == "fr" else "en"][kind]


def status_label(status: AgreementStatus, language: str) -> str:
    return STATUS_LABELS["fr" if language == "fr" else "en"][status]


# A status inside a message, said in the reader's language: as its value ("in_force", in the
# messages that name the value) and as its label ("in force").
_STATUS_VALUE_WORDS: dict[AgreementStatus, Said] = {
    S.DRAFT: say("draft"),
    S.NEGOTIATING: say("negotiating"),
    S.READY: say("ready_for_signature"),
    S.SIGNED: say("signed"),
    S.IN_FORCE: say("in_force"),
    S.EXPIRED: say("expired"),
    S.TERMINATED: say("terminated"),
}
STATUS_LABEL_WORDS: dict[AgreementStatus, Said] = {
    S.DRAFT: say("draft"),
    S.NEGOTIATING: say("negotiating"),
    S.READY: say("ready for signature"),
    S.SIGNED: say("signed"),
    S.IN_FORCE: say("in force"),
    S.EXPIRED: say("expired"),
    S.TERMINATED: say("terminated"),
}
# An itinerary item's kind inside a message ("'Lunch' is a meal item, not a signing"); the
# meetings and the workshops refuse an item of the wrong kind with it too.
ITEM_KIND_WORDS: dict[ItemKind, Said] = {
    ItemKind.FLIGHT: say("flight"),
    ItemKind.TRAIN: say("train"),
    ItemKind.TRANSFER: say("transfer"),
    ItemKind.VISIT: say("visit"),
    ItemKind.RECEPTION: say("reception"),
    ItemKind.MEAL: say("meal"),
    ItemKind.MEETING: say("meeting"),
    ItemKind.WORKSHOP: say("workshop"),
    ItemKind.SIGNING: say("signing"),
    ItemKind.BRIEFING: say("briefing"),
    ItemKind.FREE_TIME: say("free_time"),
    ItemKind.OTHER: say("other"),
}


def _recorded_as(status: AgreementStatus) -> Said:
    """For messages: "an agreement recorded as in force"."""
    return say("an agreement recorded as {status}", status=STATUS_LABEL_WORDS[status])


def _no_person(person_id: int, field: str) -> Said:
    return say("no person with id {person_id} ({field})", person_id=person_id, field=field)


@dataclass(frozen=True)
class PartyInput:
    organisation_id: int
    side: int = OUR_SIDE


@dataclass(frozen=True)
class SignatoryInput:
    person_id: int
    organisation_id: int
    capacity: str


@dataclass(frozen=True)
class PartyView:
    id: int
    organisation_id: int
    organisation: str
    country: str | None
    side: int


@dataclass(frozen=True)
class SignatoryView:
    person_id: int
    short: str
    name: str
    organisation_id: int
    organisation: str
    capacity: str
    position: int


@dataclass(frozen=True)
class StatusChangeView:
    status: AgreementStatus
    changed_at: datetime
    """Aware, in UTC."""
    changed_by: str | None
    note: str | None
    """The coordinator's note, without the record of skipped steps."""
    skipped: tuple[AgreementStatus, ...] = ()
    """The steps of the agreement's life this change jumped over."""

    def note_text(self, language: str) -> str:
        """The note as the history shows it: the skipped steps first, in ``language``."""
        parts = []
        if self.skipped:
            steps = ", ".join(status_label(s, language) for s in self.skipped)
            parts.append(_SKIP_WORDS["fr" if language == "fr" else "en"].format(steps=steps))
        if self.note:
            parts.append(self.note)
        return " · ".join(parts)


@dataclass(frozen=True)
class AgreementView:
    id: int
    short: str
    title_fr: str
    title_en: str
    kind: AgreementKind
    status: AgreementStatus
    mission_id: int | None
    signing_item_id: int | None
    signing_date: date | None
    signing_place: str | None
    effective_date: date | None
    end_date: date | None
    renewal_notice_days: int | None
    domains: tuple[str, ...]
    notes: str | None
    parties: tuple[PartyView, ...]
    signatories: tuple[SignatoryView, ...]
    history: tuple[StatusChangeView, ...]

    def title(self, language: str) -> str:
        return self.title_fr if language == "fr" else self.title_en

    @property
    def is_signed(self) -> bool:
        return self.status in SIGNED_STATUSES


def _utc(at: datetime | None) -> datetime:
    """Naive UTC for storage; a naive ``at`` is taken to be UTC already."""
    if at is None:
        return utc_now()
    if at.tzinfo is None:
        return at
    return at.astimezone(UTC).replace(tzinfo=None)


def _joined_domains(domains: Sequence[str] | str) -> str | None:
    """Domains stored as 'trade;culture'; a single string is taken as such a list."""
    if isinstance(domains, str):
        domains = domains.split(";")
    cleaned = [list_item("domain", d) for d in domains if d.strip()]
    text = ";".join(dict.fromkeys(cleaned))
    if len(text) > 300:
        raise ValidationError("domains", say("the list of domains is longer than 300 characters"))
    return text or None


def _check_parties(session: Session, parties: Sequence[PartyInput]) -> None:
    if len(parties) < 2:
        raise ValidationError("parties", say("an agreement needs at least two parties"))
    seen: set[int] = set()
    for party in parties:
        if party.side not in (OUR_SIDE, PARTNER_SIDE):
            raise ValidationError(
                "parties", say("side {side} is not 1 (ours) or 2 (partner)", side=party.side)
            )
        if party.organisation_id in seen:
            raise ValidationError("parties", say("an organisation is listed twice"))
        seen.add(party.organisation_id)
    if {p.side for p in parties} != {OUR_SIDE, PARTNER_SIDE}:
        raise ValidationError("parties", say("an agreement needs a party on each side"))
    found = set(session.scalars(select(Organisation.id).where(Organisation.id.in_(seen))))
    missing = seen - found
    if missing:
        raise NotFound(
            say("no organisation with id {organisation_id}", organisation_id=min(missing))
        )


def _check_signatories(
    session: Session, signatories: Sequence[SignatoryInput], party_ids: set[int]
) -> list[tuple[SignatoryInput, str]]:
    checked = []
    seen: set[int] = set()
    for number, signatory in enumerate(signatories, start=1):
        # The field is said too, so that it can be named in the reader's language.
        field = say("signatory {number}", number=number)
        if signatory.organisation_id not in party_ids:
            raise ValidationError(field, say("signs for an organisation that is not a party"))
        if signatory.person_id in seen:
            raise ValidationError(field, say("the same person is listed twice"))
        seen.add(signatory.person_id)
        if session.get(Person, signatory.person_id) is None:
            raise NotFound(_no_person(signatory.person_id, field))
        capacity = require_text(say("{field} capacity", field=field), signatory.capacity)
        checked.append((signatory, capacity))
    return checked


@dataclass(frozen=True)
class AgreementChanges:
    """An agreement's own fields, all at once: what the editor shows and gives back (its
    parties, signatories and status are changed apart)."""

    title_fr: str
    title_en: str | None
    kind: AgreementKind
    mission_id: int | None = None
    signing_item_id: int | None = None
    signing_date: date | None = None
    signing_place: str | None = None
    effective_date: date | None = None
    end_date: date | None = None
    renewal_notice_days: int | None = None
    domains: tuple[str, ...] = ()
    notes: str | None = None

    @classmethod
    def of(cls, view: AgreementView) -> AgreementChanges:
        """The fields of an agreement as it is (to edit, or to write back on undo)."""
        return cls(
            title_fr=view.title_fr,
            title_en=view.title_en,
            kind=view.kind,
            mission_id=view.mission_id,
            signing_item_id=view.signing_item_id,
            signing_date=view.signing_date,
            signing_place=view.signing_place,
            effective_date=view.effective_date,
            end_date=view.end_date,
            renewal_notice_days=view.renewal_notice_days,
            domains=view.domains,
            notes=view.notes,
        )


def _checked_fields(
    session: Session, changes: AgreementChanges, status: AgreementStatus
) -> dict[str, object]:
    """The fields as stored, once every rule holds (the ceremony gives the signing day)."""
    title_fr = require_text("title", changes.title_fr, max_length=300)
    title_en = (
        require_text("English title", changes.title_en, max_length=300)
        if changes.title_en and changes.title_en.strip()
        else title_fr
    )
    mission_id, signing_date = changes.mission_id, changes.signing_date
    if mission_id is not None and session.get(Mission, mission_id) is None:
        raise NotFound(say("no mission with id {mission_id}", mission_id=mission_id))
    if changes.signing_item_id is not None:
        item = session.get(ItineraryItem, changes.signing_item_id)
        if item is None:
            raise NotFound(
                say("no itinerary item with id {item_id}", item_id=changes.signing_item_id)
            )
        if item.kind != ItemKind.SIGNING:
            raise ValidationError(
                "signing item",
                say(
                    "'{title}' is a {kind} item, not a signing",
                    title=item.title_fr,
                    kind=ITEM_KIND_WORDS[item.kind],
                ),
            )
        if mission_id is None:
            mission_id = item.mission_id
        elif item.mission_id != mission_id:
            raise ValidationError("signing item", say("the ceremony belongs to another mission"))
        item_day = item.start_local.date()
        if signing_date is None:
            signing_date = item_day
        elif signing_date != item_day:
            raise ValidationError(
                "signing date",
                say(
                    "{day} is not the day of the ceremony ({ceremony_day})",
                    day=signing_date,
                    ceremony_day=item_day,
                ),
            )
    effective_date, end_date = changes.effective_date, changes.end_date
    if end_date is not None and effective_date is not None and end_date <= effective_date:
        raise ValidationError(
            "end date",
            say(
                "{end_date} is not after the effective date {effective_date}",
                end_date=end_date,
                effective_date=effective_date,
            ),
        )
    notice = changes.renewal_notice_days
    if notice is not None and notice < 0:
        raise ValidationError(
            "renewal notice", say("{notice} is not a number of days", notice=notice)
        )
    check_count("renewal notice", notice, maximum=36_500)
    if status in SIGNED_STATUSES and signing_date is None:
        raise ValidationError(
            "signing date",
            say(
                "{recorded} needs its signing date (the day it was signed)",
                recorded=_recorded_as(status),
            ),
        )
    return {
        "title_fr": title_fr,
        "title_en": title_en,
        "kind": AgreementKind(changes.kind),
        "mission_id": mission_id,
        "signing_item_id": changes.signing_item_id,
        "signing_date": signing_date,
        "signing_place": optional_text("signing place", changes.signing_place),
        "effective_date": effective_date,
        "end_date": end_date,
        "renewal_notice_days": notice,
        "domains": _joined_domains(changes.domains),
        "notes": optional_text("notes", changes.notes, max_length=10_000),
    }


def suggested_short(
    session: Session, parties: Sequence[PartyInput], year: int | None = None
) -> str:
    """A free short name from the parties and the year: ``amp-metropole-miami-dade-2017``."""
    shorts: dict[int, str] = {
        org_id: short
        for org_id, short in session.execute(
            select(Organisation.id, Organisation.short).where(
                Organisation.id.in_([p.organisation_id for p in parties])
            )
        )
    }
    ours = [shorts[p.organisation_id] for p in parties if p.side == OUR_SIDE][:1]
    theirs = [shorts[p.organisation_id] for p in parties if p.side == PARTNER_SIDE][:1]
    year_part = [str(year)] if year is not None else []
    base = "-".join(part[:24] for part in (*ours, *theirs)) or "agreement"
    base = slugify("-".join([base, *year_part]))[:56].strip("-")
    taken = set(session.scalars(select(Agreement.short).where(Agreement.short.like(f"{base}%"))))
    short, number = base, 2
    while short in taken:
        short, number = f"{base}-{number}", number + 1
    return short


def create_agreement(
    session: Session,
    *,
    short: str | None = None,
    title_fr: str,
    title_en: str | None = None,
    kind: AgreementKind,
    parties: Sequence[PartyInput],
    signatories: Sequence[SignatoryInput] = (),
    mission_id: int | None = None,
    signing_item_id: int | None = None,
    signing_date: date | None = None,
    signing_place: str | None = None,
    effective_date: date | None = None,
    end_date: date | None = None,
    renewal_notice_days: int | None = None,
    domains: Sequence[str] | str = (),
    notes: str | None = None,
    status: AgreementStatus = AgreementStatus.DRAFT,
    changed_by: str | None = None,
    note: str | None = None,
    at: datetime | None = None,
) -> AgreementView:
    """Record an agreement and the first row of its status history (``at``, default now).

    Without ``short``, one is made from the parties and the year (see :func:`suggested_short`).
    """
    if short is not None:
        short = check_short("short name", short)
        if session.scalar(select(Agreement.id).where(Agreement.short == short)) is not None:
            raise Conflict(say("an agreement named '{short}' already exists", short=short))
    fields = _checked_fields(
        session,
        AgreementChanges(
            title_fr=title_fr,
            title_en=title_en,
            kind=kind,
            mission_id=mission_id,
            signing_item_id=signing_item_id,
            signing_date=signing_date,
            signing_place=signing_place,
            effective_date=effective_date,
            end_date=end_date,
            renewal_notice_days=renewal_notice_days,
            domains=tuple(domains.split(";")) if isinstance(domains, str) else tuple(domains),
            notes=notes,
        ),
        status,
    )
    _check_parties(session, parties)
    checked = _check_signatories(session, signatories, {p.organisation_id for p in parties})
    if status in SIGNED_STATUSES and not checked:
        raise ValidationError(
            "signatories",
            say(
                "{recorded} needs at least one signatory: record who signs it, "
                "and in what capacity",
                recorded=_recorded_as(status),
            ),
        )
    if short is None:
        short = suggested_short(session, parties, _year_of(session, fields))
    agreement = Agreement(short=short, status=status, **fields)
    session.add(agreement)
    session.flush()
    party_rows = {
        p.organisation_id: AgreementParty(
            agreement_id=agreement.id, organisation_id=p.organisation_id, side=p.side
        )
        for p in parties
    }
    session.add_all(party_rows.values())
    session.flush()
    session.add_all(
        AgreementSignatory(
            agreement_id=agreement.id,
            party_id=party_rows[signatory.organisation_id].id,
            person_id=signatory.person_id,
            capacity=capacity,
            position=position,
        )
        for position, (signatory, capacity) in enumerate(checked)
    )
    session.add(
        AgreementStatusChange(
            agreement_id=agreement.id,
            status=status,
            changed_at=_utc(at),
            changed_by=optional_text("changed by", changed_by, max_length=120),
            note=optional_text("note", note, max_length=10_000),
        )
    )
    session.flush()
    return _load(session, Agreement.id == agreement.id)[0]


def _year_of(session: Session, fields: dict[str, object]) -> int:
    """The year a new agreement is named after: signed, else its mission's, else this one."""
    signing_date = fields["signing_date"]
    if isinstance(signing_date, date):
        return signing_date.year
    mission_id = fields["mission_id"]
    if isinstance(mission_id, int):
        start = session.scalar(select(Mission.start_date).where(Mission.id == mission_id))
        if start is not None:
            return start.year
    return date.today().year


def update_agreement(
    session: Session, agreement_ref: str | int, changes: AgreementChanges
) -> AgreementView:
    """Write an agreement's own fields (titles, kind, dates, renewal notice, mission, signing
    ceremony, domains, notes), checked as when it was created; a signed agreement keeps its
    signing date."""
    agreement_id = resolve_agreement_id(session, str(agreement_ref))
    agreement = session.get(Agreement, agreement_id)
    assert agreement is not None
    fields = _checked_fields(session, changes, agreement.status)
    for name, value in fields.items():
        setattr(agreement, name, value)
    session.flush()
    return _load(session, Agreement.id == agreement_id)[0]


def set_parties(
    session: Session, agreement_ref: str | int, parties: Sequence[PartyInput]
) -> AgreementView:
    """Replace the agreement's parties: those still listed keep their row (and what refers to
    it), with the side given; a party that is dropped may be named by no signatory and no
    commitment (change those first)."""
    agreement_id = resolve_agreement_id(session, str(agreement_ref))
    _check_parties(session, parties)
    wanted = {p.organisation_id: p.side for p in parties}
    rows = {
        row.organisation_id: row
        for row in session.scalars(
            select(AgreementParty).where(AgreementParty.agreement_id == agreement_id)
        )
    }
    dropped = [row for org_id, row in rows.items() if org_id not in wanted]
    if dropped:
        names: dict[int, str] = {
            org_id: name
            for org_id, name in session.execute(
                select(Organisation.id, Organisation.name).where(
                    Organisation.id.in_([row.organisation_id for row in dropped])
                )
            )
        }
        dropped_ids = [row.id for row in dropped]
        signing = session.scalar(
            select(AgreementSignatory.party_id).where(AgreementSignatory.party_id.in_(dropped_ids))
        )
        committed = session.scalar(
            select(Commitment.party_id).where(Commitment.party_id.in_(dropped_ids))
        )
        for party_id, held_by_signatory in ((signing, True), (committed, False)):
            if party_id is not None:
                name = names[next(r.organisation_id for r in dropped if r.id == party_id)]
                raise ValidationError(
                    "parties",
                    say(
                        "{name} still has a signatory: change that first, then remove {name}",
                        name=name,
                    )
                    if held_by_signatory
                    else say(
                        "a commitment names {name}: change that first, then remove {name}",
                        name=name,
                    ),
                )
        for row in dropped:
            session.delete(row)
    for org_id, side in wanted.items():
        existing = rows.get(org_id)
        if existing is None:
            session.add(
                AgreementParty(agreement_id=agreement_id, organisation_id=org_id, side=side)
            )
        else:
            existing.side = side
    session.flush()
    return _load(session, Agreement.id == agreement_id)[0]


def change_status(
    session: Session,
    agreement_id: int,
    status: AgreementStatus,
    *,
    changed_by: str | None = None,
    note: str | None = None,
    at: datetime | None = None,
    signing_date: date | None = None,
    signing_place: str | None = None,
) -> AgreementView:
    """Move an agreement to its next status and keep the change in its history.

    Marking it signed needs a signatory and a signing date: the one recorded, or
    ``signing_date`` given with the change (with ``signing_place``); without either it is
    refused. A change that skips steps (see :func:`skipped_steps`) records which.
    """
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise NotFound(say("no agreement with id {agreement_id}", agreement_id=agreement_id))
    if status == agreement.status:
        raise ValidationError(
            "status",
            say("the agreement is already {status}", status=_STATUS_VALUE_WORDS[status]),
        )
    if status not in TRANSITIONS[agreement.status]:
        raise ValidationError(
            "status",
            say(
                "an agreement cannot go from {current} to {status}",
                current=_STATUS_VALUE_WORDS[agreement.status],
                status=_STATUS_VALUE_WORDS[status],
            ),
        )
    if status != AgreementStatus.SIGNED and (signing_date is not None or signing_place):
        raise ValidationError(
            "signing date",
            say("the signing date and place are given only when marking it signed"),
        )
    changed_at = _utc(at)
    last = session.scalar(
        select(AgreementStatusChange.changed_at)
        .where(AgreementStatusChange.agreement_id == agreement_id)
        .order_by(AgreementStatusChange.changed_at.desc())
        .limit(1)
    )
    if last is not None and changed_at < last:
        raise ValidationError(
            "date",
            say(
                "{changed_at:%Y-%m-%d %H:%M} UTC is before the last change ({last:%Y-%m-%d})",
                changed_at=changed_at,
                last=last,
            ),
        )
    place = optional_text("signing place", signing_place)
    if status == AgreementStatus.SIGNED:
        if not _has_signatory(session, agreement_id):
            raise ValidationError(
                "signatories",
                say(
                    "the agreement has no signatory: record who signs it, and in what capacity, "
                    "before marking it signed"
                ),
            )
        day = signing_date if signing_date is not None else agreement.signing_date
        if day is None:
            raise ValidationError(
                "signing date",
                say(
                    "the agreement has no signing date: give the day it was signed (and where) "
                    "to mark it signed"
                ),
            )
        item = (
            session.get(ItineraryItem, agreement.signing_item_id)
            if agreement.signing_item_id is not None
            else None
        )
        if item is not None and item.start_local.date() != day:
            raise ValidationError(
                "signing date",
                say(
                    "{day} is not the day of the ceremony ({ceremony_day})",
                    day=day,
                    ceremony_day=item.start_local.date(),
                ),
            )
        agreement.signing_date = day
        if place is not None:
            agreement.signing_place = place
    skipped = skipped_steps(agreement.status, status)
    agreement.status = status
    session.add(
        AgreementStatusChange(
            agreement_id=agreement_id,
            status=status,
            changed_at=changed_at,
            changed_by=optional_text("changed by", changed_by, max_length=120),
            note=history_note(skipped, optional_text("note", note, max_length=9_900)),
        )
    )
    session.flush()
    return _load(session, Agreement.id == agreement_id)[0]


def _has_signatory(session: Session, agreement_id: int) -> bool:
    return (
        session.scalar(
            select(AgreementSignatory.id).where(AgreementSignatory.agreement_id == agreement_id)
        )
        is not None
    )


def set_signatories(
    session: Session, agreement_ref: str | int, signatories: Sequence[SignatoryInput]
) -> AgreementView:
    """Replace the agreement's signatories (in signing order; the first sits at the centre).

    A signed agreement keeps at least one signatory.
    """
    agreement_id = resolve_agreement_id(session, str(agreement_ref))
    agreement = session.get(Agreement, agreement_id)
    assert agreement is not None
    party_rows = {
        party.organisation_id: party
        for party in session.scalars(
            select(AgreementParty).where(AgreementParty.agreement_id == agreement_id)
        )
    }
    checked = _check_signatories(session, signatories, set(party_rows))
    if agreement.status in SIGNED_STATUSES and not checked:
        raise ValidationError(
            "signatories",
            say(
                "{recorded} keeps at least one signatory",
                recorded=_recorded_as(agreement.status),
            ),
        )
    session.execute(
        delete(AgreementSignatory).where(AgreementSignatory.agreement_id == agreement_id)
    )
    session.add_all(
        AgreementSignatory(
            agreement_id=agreement_id,
            party_id=party_rows[signatory.organisation_id].id,
            person_id=signatory.person_id,
            capacity=capacity,
            position=position,
        )
        for position, (signatory, capacity) in enumerate(checked)
    )
    session.flush()
    return _load(session, Agreement.id == agreement_id)[0]


def resolve_agreement_id(session: Session, ref: str) -> int:
    """An agreement named by id (``2``) or short name (``amp-miami-dade-2017``)."""
    ref = typed_ref(ref)
    if is_id(ref):
        agreement_id = session.scalar(select(Agreement.id).where(Agreement.id == int(ref)))
    else:
        agreement_id = session.scalar(select(Agreement.id).where(Agreement.short == ref))
    if agreement_id is None:
        raise NotFound(say("no agreement '{ref}' (give its id or short name)", ref=ref))
    return agreement_id


def get_agreement(session: Session, ref: str | int) -> AgreementView:
    agreement_id = resolve_agreement_id(session, str(ref))
    return _load(session, Agreement.id == agreement_id)[0]


def list_agreements(session: Session, mission_id: int | None = None) -> list[AgreementView]:
    """Agreements (of one mission, or all): unsigned first, then newest signed; four queries."""
    where: ColumnElement[bool] = (
        Agreement.mission_id == mission_id if mission_id is not None else Agreement.id.is_not(None)
    )
    return _in_register_order(_load(session, where))


def _load(session: Session, where: ColumnElement[bool]) -> list[AgreementView]:
    agreements = list(session.scalars(select(Agreement).where(where)))
    ids = [a.id for a in agreements]
    parties: dict[int, list[PartyView]] = defaultdict(list)
    party_org: dict[int, tuple[int, str]] = {}
    for party, org in session.execute(
        select(AgreementParty, Organisation)
        .join(Organisation, AgreementParty.organisation_id == Organisation.id)
        .where(AgreementParty.agreement_id.in_(ids))
        .order_by(AgreementParty.side, AgreementParty.id)
    ):
        parties[party.agreement_id].append(
            PartyView(
                id=party.id,
                organisation_id=org.id,
                organisation=org.name,
                country=org.country,
                side=party.side,
            )
        )
        party_org[party.id] = (org.id, org.name)
    signatories: dict[int, list[SignatoryView]] = defaultdict(list)
    for signatory, person in session.execute(
        select(AgreementSignatory, Person)
        .join(Person, AgreementSignatory.person_id == Person.id)
        .where(AgreementSignatory.agreement_id.in_(ids))
        .order_by(AgreementSignatory.position, AgreementSignatory.id)
    ):
        org_id, org_name = party_org[signatory.party_id]
        signatories[signatory.agreement_id].append(
            SignatoryView(
                person_id=person.id,
                short=person.short,
                name=f"{person.given_name} {person.family_name}",
                organisation_id=org_id,
                organisation=org_name,
                capacity=signatory.capacity,
                position=signatory.position,
            )
        )
    history: dict[int, list[StatusChangeView]] = defaultdict(list)
    for change in session.scalars(
        select(AgreementStatusChange)
        .where(AgreementStatusChange.agreement_id.in_(ids))
        .order_by(AgreementStatusChange.changed_at, AgreementStatusChange.id)
    ):
        skipped, note = _read_note(change.note)
        history[change.agreement_id].append(
            StatusChangeView(
                status=change.status,
                changed_at=change.changed_at.replace(tzinfo=UTC),
                changed_by=change.changed_by,
                note=note,
                skipped=skipped,
            )
        )
    return [
        AgreementView(
            id=a.id,
            short=a.short,
            title_fr=a.title_fr,
            title_en=a.title_en,
            kind=a.kind,
            status=a.status,
            mission_id=a.mission_id,
            signing_item_id=a.signing_item_id,
            signing_date=a.signing_date,
            signing_place=a.signing_place,
            effective_date=a.effective_date,
            end_date=a.end_date,
            renewal_notice_days=a.renewal_notice_days,
            domains=tuple(d for d in (a.domains or "").split(";") if d),
            notes=a.notes,
            parties=tuple(parties.get(a.id, ())),
            signatories=tuple(signatories.get(a.id, ())),
            history=tuple(history.get(a.id, ())),
        )
        for a in agreements
    ]


def _in_register_order(views: Sequence[AgreementView]) -> list[AgreementView]:
    """Unsigned first (by short name), then the newest signed."""
    unsigned = sorted((v for v in views if v.signing_date is None), key=lambda v: v.short)
    signed = sorted(
        (v for v in views if v.signing_date is not None),
        key=lambda v: (-(v.signing_date or date.min).toordinal(), v.short),
    )
    return unsigned + signed


# --- the register -------------------------------------------------------------------------

_CODE_RE = re.compile(r"^[a-z]{2,3}$")
_E = TypeVar("_E", AgreementStatus, AgreementKind)


def _fold(text: str) -> str:
    return " ".join(collation_key(text).replace("-", " ").replace("_", " ").split())


def _enum_value(field: str, text: str, labels: dict[str, dict[_E, str]]) -> str:
    """The stored value of a status or kind typed as its value, its name or a label."""
    wanted = _fold(text)
    for table in labels.values():
        for member, label in table.items():
            if wanted in (_fold(member.value), _fold(member.name), _fold(label)):
                return member.value
    choices = ", ".join(m.value for m in next(iter(labels.values())))
    raise ValidationError(
        field, say("'{text}' is not one of {choices}", text=text.strip(), choices=choices)
    )


def parse_kind(text: str) -> AgreementKind:
    """A kind as typed: its value (``twinning``), name or label ("Protocole d'accord")."""
    return AgreementKind(_enum_value("kind", text, KIND_LABELS))


@dataclass(frozen=True)
class RegisterFilters:
    """Which agreements the register lists; ``None`` means any."""

    status: AgreementStatus | None = None
    kind: AgreementKind | None = None
    country: str | None = None
    """A partner's country (a party on the partner side), ISO 3166 alpha-2."""
    year: int | None = None
    """The register year: see :attr:`RegisterRow.year`."""
    mission_id: int | None = None

    @classmethod
    def parse(
        cls,
        *,
        status: str | None = None,
        kind: str | None = None,
        country: str | None = None,
        year: str | int | None = None,
        mission_id: int | None = None,
    ) -> RegisterFilters:
        """Filters as typed: a status or kind by value (``in_force``) or label (``En vigueur``)."""
        parsed_year: int | None = None
        if year is not None and str(year).strip():
            text = str(year).strip()
            if not text.isdigit() or not 1900 <= int(text) <= 2200:
                raise ValidationError("year", say("'{text}' is not a year (e.g. 2017)", text=text))
            parsed_year = int(text)
        return cls(
            status=AgreementStatus(_enum_value("status", status, STATUS_LABELS))
            if status and status.strip()
            else None,
            kind=AgreementKind(_enum_value("kind", kind, KIND_LABELS))
            if kind and kind.strip()
            else None,
            country=check_country("country", country),
            year=parsed_year,
            mission_id=mission_id,
        )

    @property
    def is_empty(self) -> bool:
        return self == RegisterFilters()

    def keeps(self, row: RegisterRow) -> bool:
        """Whether the row passes every filter (for rows already read)."""
        return (
            (self.status is None or row.status == self.status)
            and (self.kind is None or row.kind == self.kind)
            and (self.mission_id is None or row.mission_id == self.mission_id)
            and (self.country is None or self.country in row.partner_countries)
            and (self.year is None or row.year == self.year)
        )


_FILTER_WORDS = {
    "fr": {
        "all": "Tous les accords",
        "status": "statut : {value}",
        "kind": "type : {value}",
        "country": "pays partenaire : {value}",
        "year": "année : {value}",
        "mission": "mission : {value}",
    },
    "en": {
        "all": "All agreements",
        "status": "status: {value}",
        "kind": "kind: {value}",
        "country": "partner country: {value}",
        "year": "year: {value}",
        "mission": "mission: {value}",
    },
}


def describe_filters(
    filters: RegisterFilters, language: str, *, mission_title: str | None = None
) -> str:
    """The filters in words, for a register's heading: "Statut : en vigueur · année : 2017"."""
    words = _FILTER_WORDS["fr" if language == "fr" else "en"]
    parts = []
    if filters.status is not None:
        parts.append(words["status"].format(value=status_label(filters.status, language).lower()))
    if filters.kind is not None:
        parts.append(words["kind"].format(value=kind_label(filters.kind, language).lower()))
    if filters.country is not None:
        locale = Locale.parse("fr_FR" if language == "fr" else "en_US")
        name = locale.territories.get(filters.country)
        parts.append(
            words["country"].format(value=name if isinstance(name, str) else filters.country)
        )
    if filters.year is not None:
        parts.append(words["year"].format(value=filters.year))
    if filters.mission_id is not None:
        parts.append(words["mission"].format(value=mission_title or filters.mission_id))
    if not parts:
        return words["all"]
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class RegisterRow:
    """One agreement as the register lists it (PDF, XLSX, the CLI and the window's list)."""

    id: int
    short: str
    title_fr: str
    title_en: str
    kind: AgreementKind
    status: AgreementStatus
    parties: tuple[PartyView, ...]
    signatories: tuple[SignatoryView, ...]
    signing_date: date | None
    signing_place: str | None
    effective_date: date | None
    end_date: date | None
    renewal_notice_days: int | None
    domains: tuple[str, ...]
    mission_id: int | None
    mission_short: str | None
    mission_title_fr: str | None
    mission_title_en: str | None
    year: int | None
    """The year it was signed; for an unsigned text, its mission's year, else when recorded."""
    documents: int
    has_signed_copy: bool
    open_commitments: int

    def title(self, language: str) -> str:
        return self.title_fr if language == "fr" else self.title_en

    def mission_title(self, language: str) -> str | None:
        return self.mission_title_fr if language == "fr" else self.mission_title_en

    def kind_label(self, language: str) -> str:
        return kind_label(self.kind, language)

    def status_label(self, language: str) -> str:
        return status_label(self.status, language)

    @property
    def ours(self) -> tuple[PartyView, ...]:
        return tuple(p for p in self.parties if p.side == OUR_SIDE)

    @property
    def partners(self) -> tuple[PartyView, ...]:
        return tuple(p for p in self.parties if p.side == PARTNER_SIDE)

    @property
    def partner_countries(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.country for p in self.partners if p.country))


def register_rows(session: Session, filters: RegisterFilters | None = None) -> list[RegisterRow]:
    """The agreements the filters keep, unsigned first then newest signed; seven queries."""
    filters = filters or RegisterFilters()
    conditions: list[ColumnElement[bool]] = [Agreement.id.is_not(None)]
    if filters.status is not None:
        conditions.append(Agreement.status == filters.status)
    if filters.kind is not None:
        conditions.append(Agreement.kind == filters.kind)
    if filters.mission_id is not None:
        conditions.append(Agreement.mission_id == filters.mission_id)
    views = _load(session, and_(*conditions))
    ids = [v.id for v in views]
    mission_ids = {v.mission_id for v in views if v.mission_id is not None}
    missions = {
        m.id: m for m in session.scalars(select(Mission).where(Mission.id.in_(mission_ids)))
    }
    documents = {
        agreement_id: (count, bool(signed))
        for agreement_id, count, signed in session.execute(
            select(
                AgreementDocument.agreement_id,
                func.count(AgreementDocument.id),
                func.sum(case((AgreementDocument.is_signed_copy.is_(True), 1), else_=0)),
            )
            .where(AgreementDocument.agreement_id.in_(ids))
            .group_by(AgreementDocument.agreement_id)
        )
    }
    commitments: dict[int, int] = {
        agreement_id: count
        for agreement_id, count in session.execute(
            select(Commitment.agreement_id, func.count(Commitment.id))
            .where(
                Commitment.agreement_id.in_(ids),
                Commitment.status.in_([CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS]),
            )
            .group_by(Commitment.agreement_id)
        )
    }
    rows = []
    for view in _in_register_order(views):
        mission = missions.get(view.mission_id) if view.mission_id is not None else None
        if view.signing_date is not None:
            year: int | None = view.signing_date.year
        elif mission is not None:
            year = mission.start_date.year
        else:
            year = view.history[0].changed_at.year if view.history else None
        count, signed_copy = documents.get(view.id, (0, False))
        row = RegisterRow(
            id=view.id,
            short=view.short,
            title_fr=view.title_fr,
            title_en=view.title_en,
            kind=view.kind,
            status=view.status,
            parties=view.parties,
            signatories=view.signatories,
            signing_date=view.signing_date,
            signing_place=view.signing_place,
            effective_date=view.effective_date,
            end_date=view.end_date,
            renewal_notice_days=view.renewal_notice_days,
            domains=view.domains,
            mission_id=view.mission_id,
            mission_short=mission.short if mission else None,
            mission_title_fr=mission.title_fr if mission else None,
            mission_title_en=mission.title_en if mission else None,
            year=year,
            documents=count,
            has_signed_copy=signed_copy,
            open_commitments=commitments.get(view.id, 0),
        )
        if filters.keeps(row):
            rows.append(row)
    return rows


# --- the signing ceremony's run sheet ------------------------------------------------------


@dataclass(frozen=True)
class SpeechInput:
    """A speech: by a person on record (``person_id``) or by name (``speaker``)."""

    person_id: int | None = None
    speaker: str | None = None
    capacity: str | None = None
    topic: str | None = None
    minutes: int | None = None
    language: str | None = None


@dataclass(frozen=True)
class CopyInput:
    """``count`` originals in ``languages`` (a bilingual original: ``("fr", "en")``)."""

    languages: Sequence[str] | str
    count: int = 1
    note: str | None = None


@dataclass(frozen=True)
class CeremonyView:
    """The signing ceremony's itinerary item: its local time, zone and place."""

    item_id: int
    title_fr: str
    title_en: str
    start_local: datetime
    start_zone: str
    end_local: datetime
    end_zone: str
    venue: str | None
    address: str | None
    city: str | None
    dress_code: str | None
    staff_in_charge: str | None

    def title(self, language: str) -> str:
        return self.title_fr if language == "fr" else self.title_en

    @property
    def start(self) -> datetime:
        """Aware, in the ceremony's zone."""
        return aware(self.start_local, self.start_zone)

    @property
    def end(self) -> datetime:
        return aware(self.end_local, self.end_zone)


@dataclass(frozen=True)
class SeatView:
    """A signatory's chair: ``seat`` 1 is the nearest to the centre of the table."""

    side: int
    seat: int
    person_id: int
    name: str
    capacity: str
    organisation: str


@dataclass(frozen=True)
class SpeechView:
    position: int
    person_id: int | None
    name: str
    capacity: str | None
    topic: str | None
    minutes: int | None
    language: str | None
    start_local: datetime | None
    """Indicative, from the ceremony's start and the length of the speeches before it."""


@dataclass(frozen=True)
class CopyView:
    languages: tuple[str, ...]
    count: int
    note: str | None


@dataclass(frozen=True)
class RunSheet:
    """Everything the run sheet prints, for one agreement's signing ceremony."""

    agreement: AgreementView
    ceremony: CeremonyView | None
    host_side: int
    seats: tuple[SeatView, ...]
    speeches: tuple[SpeechView, ...]
    copies: tuple[CopyView, ...]
    gifts: str | None
    press: str | None
    notes: str | None
    recorded: bool
    """False when no run sheet was entered yet (the defaults are shown)."""
    updated_at: datetime | None = field(default=None)

    @property
    def guest_side(self) -> int:
        return OUR_SIDE if self.host_side == PARTNER_SIDE else PARTNER_SIDE

    def side_seats(self, side: int) -> tuple[SeatView, ...]:
        return tuple(sorted((s for s in self.seats if s.side == side), key=lambda s: s.seat))

    @property
    def left_to_right(self) -> tuple[SeatView, ...]:
        """The chairs as the audience sees the table: the guests on the left, the host on the
        right, the principal signatories side by side at the centre (the place of honour is at
        the host's right hand, which the audience sees on its left)."""
        return tuple(reversed(self.side_seats(self.guest_side))) + self.side_seats(self.host_side)

    @property
    def copies_total(self) -> int:
        return sum(c.count for c in self.copies)

    @property
    def day(self) -> date | None:
        if self.ceremony is not None:
            return self.ceremony.start_local.date()
        return self.agreement.signing_date


def _language_code(field: str, value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    code = value.strip().lower()
    if not _CODE_RE.match(code):
        raise ValidationError(
            field, say("'{code}' is not a language code (fr, en, es...)", code=value.strip())
        )
    return code


def _languages(field: str, value: Sequence[str] | str) -> tuple[str, ...]:
    parts = value.split(";") if isinstance(value, str) else list(value)
    codes = [_language_code(field, part) for part in parts]
    kept = tuple(dict.fromkeys(c for c in codes if c))
    if not kept:
        raise ValidationError(field, say("say in which language(s) the originals are (fr, en...)"))
    return kept


def set_run_sheet(
    session: Session,
    agreement_ref: str | int,
    *,
    host_side: int = PARTNER_SIDE,
    speeches: Sequence[SpeechInput] = (),
    copies: Sequence[CopyInput] = (),
    gifts: str | None = None,
    press: str | None = None,
    notes: str | None = None,
    at: datetime | None = None,
) -> RunSheet:
    """Record (or replace) the run sheet of the agreement's signing ceremony, all at once."""
    agreement_id = resolve_agreement_id(session, str(agreement_ref))
    if host_side not in (OUR_SIDE, PARTNER_SIDE):
        raise ValidationError(
            "host", say("side {side} is not 1 (ours) or 2 (partner)", side=host_side)
        )
    speech_rows = []
    for position, speech in enumerate(speeches):
        field_name = say("speech {number}", number=position + 1)
        speaker = optional_text(say("{field} speaker", field=field_name), speech.speaker)
        if speech.person_id is None and speaker is None:
            raise ValidationError(field_name, say("say who speaks (a person on record or a name)"))
        if speech.person_id is not None and session.get(Person, speech.person_id) is None:
            raise NotFound(_no_person(speech.person_id, field_name))
        if speech.minutes is not None and not 1 <= speech.minutes <= 180:
            raise ValidationError(
                say("{field} minutes", field=field_name),
                say("{minutes} is not a length of 1 to 180 minutes", minutes=speech.minutes),
            )
        speech_rows.append(
            AgreementSpeech(
                agreement_id=agreement_id,
                position=position,
                person_id=speech.person_id,
                speaker=speaker,
                capacity=optional_text(say("{field} capacity", field=field_name), speech.capacity),
                topic=optional_text(say("{field} topic", field=field_name), speech.topic),
                minutes=speech.minutes,
                language=_language_code(say("{field} language", field=field_name), speech.language),
            )
        )
    copy_rows = []
    for position, copy in enumerate(copies):
        field_name = say("copy {number}", number=position + 1)
        if not 1 <= copy.count <= 50:
            raise ValidationError(
                say("{field} count", field=field_name),
                say("{count} is not 1 to 50 originals", count=copy.count),
            )
        languages_field = say("{field} languages", field=field_name)
        languages = ";".join(_languages(languages_field, copy.languages))
        if len(languages) > 40:
            raise ValidationError(languages_field, say("too many languages for one original"))
        copy_rows.append(
            AgreementCopy(
                agreement_id=agreement_id,
                position=position,
                languages=languages,
                count=copy.count,
                note=optional_text(say("{field} note", field=field_name), copy.note),
            )
        )
    sheet = session.get(AgreementRunSheet, agreement_id)
    if sheet is None:
        sheet = AgreementRunSheet(agreement_id=agreement_id)
        session.add(sheet)
    sheet.host_side = host_side
    sheet.gifts = optional_text("gifts", gifts, max_length=10_000)
    sheet.press = optional_text("press", press, max_length=10_000)
    sheet.notes = optional_text("notes", notes, max_length=10_000)
    sheet.updated_at = _utc(at)
    session.execute(delete(AgreementSpeech).where(AgreementSpeech.agreement_id == agreement_id))
    session.execute(delete(AgreementCopy).where(AgreementCopy.agreement_id == agreement_id))
    session.add_all(speech_rows)
    session.add_all(copy_rows)
    session.flush()
    return _run_sheet(session, agreement_id)


def run_sheet(session: Session, agreement_ref: str | int) -> RunSheet:
    """The run sheet of the agreement's signing ceremony (defaults if none was entered)."""
    return _run_sheet(session, resolve_agreement_id(session, str(agreement_ref)))


def run_sheet_for_item(session: Session, item_id: int) -> RunSheet | None:
    """The run sheet of the agreement signed at this itinerary item, if any (for booklets)."""
    agreement_id = session.scalar(
        select(Agreement.id).where(Agreement.signing_item_id == item_id).order_by(Agreement.id)
    )
    return _run_sheet(session, agreement_id) if agreement_id is not None else None


def _ceremony(session: Session, item_id: int | None) -> CeremonyView | None:
    if item_id is None:
        return None
    item = session.get(ItineraryItem, item_id)
    if item is None:
        return None
    venue = session.get(Venue, item.venue_id) if item.venue_id is not None else None
    staff = None
    if item.staff_in_charge_id is not None:
        staff = session.execute(
            select(Person.given_name, Person.family_name)
            .join(Participant, Participant.person_id == Person.id)
            .where(Participant.id == item.staff_in_charge_id)
        ).first()
    return CeremonyView(
        item_id=item.id,
        title_fr=item.title_fr,
        title_en=item.title_en or item.title_fr,
        start_local=item.start_local,
        start_zone=item.start_zone,
        end_local=item.end_local,
        end_zone=item.end_zone,
        venue=venue.name if venue else None,
        address=venue.address if venue else None,
        city=venue.city if venue else None,
        dress_code=item.dress_code,
        staff_in_charge=f"{staff[0]} {staff[1]}" if staff else None,
    )


def _run_sheet(session: Session, agreement_id: int) -> RunSheet:
    agreement = _load(session, Agreement.id == agreement_id)[0]
    ceremony = _ceremony(session, agreement.signing_item_id)
    sheet = session.get(AgreementRunSheet, agreement_id)
    sides = {p.organisation_id: p.side for p in agreement.parties}
    seats: list[SeatView] = []
    taken: dict[int, int] = defaultdict(int)
    for signatory in agreement.signatories:  # already in signing order
        side = sides[signatory.organisation_id]
        taken[side] += 1
        seats.append(
            SeatView(
                side=side,
                seat=taken[side],
                person_id=signatory.person_id,
                name=signatory.name,
                capacity=signatory.capacity,
                organisation=signatory.organisation,
            )
        )
    capacities = {s.person_id: s.capacity for s in agreement.signatories}
    speech_rows = session.execute(
        select(AgreementSpeech, Person)
        .outerjoin(Person, AgreementSpeech.person_id == Person.id)
        .where(AgreementSpeech.agreement_id == agreement_id)
        .order_by(AgreementSpeech.position, AgreementSpeech.id)
    ).all()
    speeches = []
    # Indicative start times, counted in UTC so that a clock change cannot skew them.
    clock: datetime | None = ceremony.start.astimezone(UTC) if ceremony is not None else None
    for position, (speech, person) in enumerate(speech_rows, start=1):
        if person is not None:
            name = f"{person.given_name} {person.family_name}"
            capacity = speech.capacity or capacities.get(person.id) or person.job_title
        else:
            name = speech.speaker or "—"  # a speaker whose record was erased
            capacity = speech.capacity
        start_local = None
        if clock is not None and ceremony is not None:
            start_local = clock.astimezone(ZoneInfo(ceremony.start_zone)).replace(tzinfo=None)
        speeches.append(
            SpeechView(
                position=position,
                person_id=speech.person_id,
                name=name,
                capacity=capacity,
                topic=speech.topic,
                minutes=speech.minutes,
                language=speech.language,
                start_local=start_local,
            )
        )
        clock = clock + timedelta(minutes=speech.minutes) if clock and speech.minutes else None
    copies = tuple(
        CopyView(languages=tuple(c.languages.split(";")), count=c.count, note=c.note)
        for c in session.scalars(
            select(AgreementCopy)
            .where(AgreementCopy.agreement_id == agreement_id)
            .order_by(AgreementCopy.position, AgreementCopy.id)
        )
    )
    return RunSheet(
        agreement=agreement,
        ceremony=ceremony,
        host_side=sheet.host_side if sheet is not None else PARTNER_SIDE,
        seats=tuple(seats),
        speeches=tuple(speeches),
        copies=copies,
        gifts=sheet.gifts if sheet is not None else None,
        press=sheet.press if sheet is not None else None,
        notes=sheet.notes if sheet is not None else None,
        recorded=sheet is not None,
        updated_at=(
            sheet.updated_at.replace(tzinfo=UTC) if sheet is not None and sheet.updated_at else None
        ),
    )
