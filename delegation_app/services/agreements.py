"""Agreements between parties (twinning, MoU, cooperation...), their signatories and history.

Every change of status is kept as a row of history, the initial one included, so that "who
moved this agreement to signed, and when" always has an answer. Times in the history are UTC.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.services.validation import (
    check_short,
    optional_text,
    require_text,
    utc_now,
)
from delegation_app.storage.models import (
    Agreement,
    AgreementKind,
    AgreementParty,
    AgreementSignatory,
    AgreementStatus,
    AgreementStatusChange,
    ItemKind,
    ItineraryItem,
    Mission,
    Organisation,
    Person,
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
    cleaned = [require_text("domain", d, max_length=80) for d in domains if d.strip()]
    text = ";".join(dict.fromkeys(cleaned))
    if len(text) > 300:
        raise ValidationError("domains", "the list of domains is longer than 300 characters")
    return text or None


def _check_parties(session: Session, parties: Sequence[PartyInput]) -> None:
    if len(parties) < 2:
        raise ValidationError("parties", "an agreement needs at least two parties")
    seen: set[int] = set()
    for party in parties:
        if party.side not in (OUR_SIDE, PARTNER_SIDE):
            raise ValidationError("parties", f"side {party.side} is not 1 (ours) or 2 (partner)")
        if party.organisation_id in seen:
            raise ValidationError("parties", "an organisation is listed twice")
        seen.add(party.organisation_id)
    if {p.side for p in parties} != {OUR_SIDE, PARTNER_SIDE}:
        raise ValidationError("parties", "an agreement needs a party on each side")
    found = set(session.scalars(select(Organisation.id).where(Organisation.id.in_(seen))))
    missing = seen - found
    if missing:
        raise NotFound(f"no organisation with id {min(missing)}")


def _check_signatories(
    session: Session, signatories: Sequence[SignatoryInput], party_ids: set[int]
) -> list[tuple[SignatoryInput, str]]:
    checked = []
    seen: set[int] = set()
    for number, signatory in enumerate(signatories, start=1):
        field = f"signatory {number}"
        if signatory.organisation_id not in party_ids:
            raise ValidationError(field, "signs for an organisation that is not a party")
        if signatory.person_id in seen:
            raise ValidationError(field, "the same person is listed twice")
        seen.add(signatory.person_id)
        if session.get(Person, signatory.person_id) is None:
            raise NotFound(f"no person with id {signatory.person_id} ({field})")
        capacity = require_text(f"{field} capacity", signatory.capacity)
        checked.append((signatory, capacity))
    return checked


def create_agreement(
    session: Session,
    *,
    short: str,
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
    """Record an agreement and the first row of its status history (``at``, default now)."""
    short = check_short("short name", short)
    if session.scalar(select(Agreement.id).where(Agreement.short == short)) is not None:
        raise Conflict(f"an agreement named '{short}' already exists")
    title_fr = require_text("title", title_fr, max_length=300)
    title_en = require_text("English title", title_en, max_length=300) if title_en else title_fr
    if mission_id is not None and session.get(Mission, mission_id) is None:
        raise NotFound(f"no mission with id {mission_id}")
    if signing_item_id is not None:
        item = session.get(ItineraryItem, signing_item_id)
        if item is None:
            raise NotFound(f"no itinerary item with id {signing_item_id}")
        if item.kind != ItemKind.SIGNING:
            raise ValidationError(
                "signing item", f"'{item.title_fr}' is a {item.kind.value} item, not a signing"
            )
        if mission_id is None:
            mission_id = item.mission_id
        elif item.mission_id != mission_id:
            raise ValidationError("signing item", "the ceremony belongs to another mission")
        item_day = item.start_local.date()
        if signing_date is None:
            signing_date = item_day
        elif signing_date != item_day:
            raise ValidationError(
                "signing date", f"{signing_date} is not the day of the ceremony ({item_day})"
            )
    if end_date is not None and effective_date is not None and end_date <= effective_date:
        raise ValidationError(
            "end date", f"{end_date} is not after the effective date {effective_date}"
        )
    if renewal_notice_days is not None and renewal_notice_days < 0:
        raise ValidationError("renewal notice", f"{renewal_notice_days} is not a number of days")
    if status in SIGNED_STATUSES and signing_date is None:
        raise ValidationError("signing date", f"a {status.value} agreement needs its signing date")
    _check_parties(session, parties)
    checked = _check_signatories(session, signatories, {p.organisation_id for p in parties})

    agreement = Agreement(
        short=short,
        title_fr=title_fr,
        title_en=title_en,
        kind=kind,
        status=status,
        mission_id=mission_id,
        signing_item_id=signing_item_id,
        signing_date=signing_date,
        signing_place=optional_text("signing place", signing_place),
        effective_date=effective_date,
        end_date=end_date,
        renewal_notice_days=renewal_notice_days,
        domains=_joined_domains(domains),
        notes=optional_text("notes", notes, max_length=10_000),
    )
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


def change_status(
    session: Session,
    agreement_id: int,
    status: AgreementStatus,
    *,
    changed_by: str | None = None,
    note: str | None = None,
    at: datetime | None = None,
) -> AgreementView:
    """Move an agreement to its next status and keep the change in its history.

    Marking it signed without a signing date takes the day of its ceremony, or of ``at``.
    """
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise NotFound(f"no agreement with id {agreement_id}")
    if status == agreement.status:
        raise ValidationError("status", f"the agreement is already {status.value}")
    if status not in TRANSITIONS[agreement.status]:
        raise ValidationError(
            "status", f"an agreement cannot go from {agreement.status.value} to {status.value}"
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
            "date", f"{changed_at:%Y-%m-%d %H:%M} UTC is before the last change ({last:%Y-%m-%d})"
        )
    if status == AgreementStatus.SIGNED and agreement.signing_date is None:
        item = (
            session.get(ItineraryItem, agreement.signing_item_id)
            if agreement.signing_item_id
            else None
        )
        if item is not None:
            agreement.signing_date = item.start_local.date()
        elif at is not None:
            agreement.signing_date = at.date()
        else:
            agreement.signing_date = changed_at.date()
    agreement.status = status
    session.add(
        AgreementStatusChange(
            agreement_id=agreement_id,
            status=status,
            changed_at=changed_at,
            changed_by=optional_text("changed by", changed_by, max_length=120),
            note=optional_text("note", note, max_length=10_000),
        )
    )
    session.flush()
    return _load(session, Agreement.id == agreement_id)[0]


def resolve_agreement_id(session: Session, ref: str) -> int:
    """An agreement named by id (``2``) or short name (``amp-miami-dade-2017``)."""
    ref = ref.strip()
    if ref.isdigit():
        agreement_id = session.scalar(select(Agreement.id).where(Agreement.id == int(ref)))
    else:
        agreement_id = session.scalar(select(Agreement.id).where(Agreement.short == ref))
    if agreement_id is None:
        raise NotFound(f"no agreement '{ref}' (give its id or short name)")
    return agreement_id


def get_agreement(session: Session, ref: str | int) -> AgreementView:
    agreement_id = resolve_agreement_id(session, str(ref))
    return _load(session, Agreement.id == agreement_id)[0]


def list_agreements(session: Session, mission_id: int | None = None) -> list[AgreementView]:
    """Agreements (of one mission, or all): unsigned first, then newest signed; four queries."""
    where: ColumnElement[bool] = (
        Agreement.mission_id == mission_id if mission_id is not None else Agreement.id.is_not(None)
    )
    views = _load(session, where)
    unsigned = sorted((v for v in views if v.signing_date is None), key=lambda v: v.short)
    signed = sorted(
        (v for v in views if v.signing_date is not None),
        key=lambda v: (-(v.signing_date or date.min).toordinal(), v.short),
    )
    return unsigned + signed


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
        history[change.agreement_id].append(
            StatusChangeView(
                status=change.status,
                changed_at=change.changed_at.replace(tzinfo=UTC),
                changed_by=change.changed_by,
                note=change.note,
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
