"""Creating and editing an agreement as a form gives it: its own fields, its parties (an
organisation typed by a name no organisation has is made in the same transaction, as the item
editor does for places) and its signatories, in one step.

The window's editor and ``delegation-cli agreements add`` go through here; undoing the creation
of an agreement deletes it (:func:`delete_agreement`, only while nothing else refers to it) and
redoing it puts the same agreement back, same id (:func:`restore_agreement`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from delegation_app.errors import Conflict, ValidationError
from delegation_app.messages import Said, say
from delegation_app.services.agreements import (
    AgreementChanges,
    AgreementView,
    PartyInput,
    SignatoryInput,
    create_agreement,
    get_agreement,
    history_note,
    resolve_agreement_id,
    set_parties,
    set_signatories,
    update_agreement,
)
from delegation_app.services.people import (
    NewOrganisation,
    OrganisationView,
    PersonChoice,
    find_or_create_organisation,
    list_organisations,
    list_people,
)
from delegation_app.storage.models import (
    Agreement,
    AgreementDocument,
    AgreementParty,
    AgreementRunSheet,
    AgreementSignatory,
    AgreementStatus,
    AgreementStatusChange,
    Commitment,
    ItemKind,
    ItineraryItem,
    Mission,
)


@dataclass(frozen=True)
class PartyEntry:
    """A party as the form lists it: a known organisation, or one to make (``new``)."""

    side: int
    organisation_id: int | None = None
    new: NewOrganisation | None = None


@dataclass(frozen=True)
class SignatoryEntry:
    """Who signs, in what capacity, for the ``party``-th party of the form (from 0)."""

    person_id: int
    party: int
    capacity: str


@dataclass(frozen=True)
class AgreementForm:
    """Everything the editor sets at once."""

    changes: AgreementChanges
    parties: tuple[PartyEntry, ...]
    signatories: tuple[SignatoryEntry, ...] = ()

    @classmethod
    def of(cls, view: AgreementView) -> AgreementForm:
        """The form of an agreement as it is (to edit it, or to write it back on undo)."""
        index = {party.organisation_id: n for n, party in enumerate(view.parties)}
        return cls(
            changes=AgreementChanges.of(view),
            parties=tuple(PartyEntry(p.side, p.organisation_id) for p in view.parties),
            signatories=tuple(
                SignatoryEntry(s.person_id, index[s.organisation_id], s.capacity)
                for s in view.signatories
            ),
        )

    @property
    def new_organisations(self) -> tuple[NewOrganisation, ...]:
        return tuple(p.new for p in self.parties if p.new is not None)


def _resolved(
    session: Session, form: AgreementForm
) -> tuple[list[PartyInput], list[SignatoryInput]]:
    """The form's parties and signatories by organisation id, new organisations made."""
    parties = []
    for number, entry in enumerate(form.parties, start=1):
        if entry.new is not None:
            organisation_id = find_or_create_organisation(session, entry.new)
        elif entry.organisation_id is not None:
            organisation_id = entry.organisation_id
        else:
            raise ValidationError(
                "parties", say("party {number} names no organisation", number=number)
            )
        parties.append(PartyInput(organisation_id, entry.side))
    signatories = []
    for number, signatory in enumerate(form.signatories, start=1):
        if not 0 <= signatory.party < len(parties):
            raise ValidationError(
                say("signatory {number}", number=number),
                say("signs for an organisation not listed"),
            )
        signatories.append(
            SignatoryInput(
                signatory.person_id, parties[signatory.party].organisation_id, signatory.capacity
            )
        )
    return parties, signatories


def create_from_form(
    session: Session,
    form: AgreementForm,
    *,
    short: str | None = None,
    status: AgreementStatus = AgreementStatus.DRAFT,
    changed_by: str | None = None,
    note: str | None = None,
    at: datetime | None = None,
) -> AgreementView:
    """A new agreement from the editor's form (its short name made from the parties and the
    year when none is given)."""
    parties, signatories = _resolved(session, form)
    changes = form.changes
    return create_agreement(
        session,
        short=short,
        title_fr=changes.title_fr,
        title_en=changes.title_en,
        kind=changes.kind,
        parties=parties,
        signatories=signatories,
        mission_id=changes.mission_id,
        signing_item_id=changes.signing_item_id,
        signing_date=changes.signing_date,
        signing_place=changes.signing_place,
        effective_date=changes.effective_date,
        end_date=changes.end_date,
        renewal_notice_days=changes.renewal_notice_days,
        domains=changes.domains,
        notes=changes.notes,
        status=status,
        changed_by=changed_by,
        note=note,
        at=at,
    )


def edit_agreement(
    session: Session, agreement_ref: str | int, form: AgreementForm
) -> AgreementView:
    """Write the form: the agreement's fields, then its parties and signatories.

    The parties are first widened to old and new together, so that the signatories can move
    to a new party before an old one is dropped; a party that is dropped while a commitment
    still names it is refused (nothing is written).
    """
    agreement_id = resolve_agreement_id(session, str(agreement_ref))
    update_agreement(session, agreement_id, form.changes)
    parties, signatories = _resolved(session, form)
    current = get_agreement(session, agreement_id).parties
    sides = {p.organisation_id: p.side for p in parties}
    kept = {p.organisation_id for p in current}
    widened = [PartyInput(p.organisation_id, sides.get(p.organisation_id, p.side)) for p in current]
    widened += [p for p in parties if p.organisation_id not in kept]
    set_parties(session, agreement_id, widened)
    set_signatories(session, agreement_id, signatories)
    return set_parties(session, agreement_id, parties)


def delete_agreement(session: Session, agreement_ref: str | int) -> AgreementView:
    """Delete an agreement that nothing else refers to yet (what undoing its creation does):
    one with documents, commitments, a run sheet or a change of status is kept."""
    agreement_id = resolve_agreement_id(session, str(agreement_ref))
    view = get_agreement(session, agreement_id)
    held: list[Said] = []
    if session.scalar(
        select(func.count(AgreementDocument.id)).where(
            AgreementDocument.agreement_id == agreement_id
        )
    ):
        held.append(say("documents"))
    if session.scalar(
        select(func.count(Commitment.id)).where(Commitment.agreement_id == agreement_id)
    ):
        held.append(say("commitments"))
    if session.get(AgreementRunSheet, agreement_id) is not None:
        held.append(say("a run sheet"))
    if len(view.history) > 1:
        held.append(say("changes of status"))
    if held:
        # "documents and commitments", joined so that each language says its own "and".
        joined = held[0]
        for more in held[1:]:
            joined = say("{first} and {second}", first=joined, second=more)
        raise Conflict(
            say("'{short}' has {held} recorded: it is kept", short=view.short, held=joined)
        )
    for table in (AgreementSignatory, AgreementParty, AgreementStatusChange):
        session.execute(delete(table).where(table.agreement_id == agreement_id))
    session.execute(delete(Agreement).where(Agreement.id == agreement_id))
    session.flush()
    return view


def restore_agreement(session: Session, view: AgreementView) -> AgreementView:
    """Put back an agreement :func:`delete_agreement` removed: same id, short name, parties,
    signatories and history."""
    if session.get(Agreement, view.id) is not None:
        raise Conflict(
            say("an agreement with id {agreement_id} already exists", agreement_id=view.id)
        )
    if session.scalar(select(Agreement.id).where(Agreement.short == view.short)) is not None:
        raise Conflict(say("an agreement named '{short}' already exists", short=view.short))
    session.add(
        Agreement(
            id=view.id,
            short=view.short,
            title_fr=view.title_fr,
            title_en=view.title_en,
            kind=view.kind,
            status=view.status,
            mission_id=view.mission_id,
            signing_item_id=view.signing_item_id,
            signing_date=view.signing_date,
            signing_place=view.signing_place,
            effective_date=view.effective_date,
            end_date=view.end_date,
            renewal_notice_days=view.renewal_notice_days,
            domains=";".join(view.domains) or None,
            notes=view.notes,
        )
    )
    session.flush()
    rows = {
        p.organisation_id: AgreementParty(
            agreement_id=view.id, organisation_id=p.organisation_id, side=p.side
        )
        for p in view.parties
    }
    session.add_all(rows.values())
    session.flush()
    session.add_all(
        AgreementSignatory(
            agreement_id=view.id,
            party_id=rows[s.organisation_id].id,
            person_id=s.person_id,
            capacity=s.capacity,
            position=s.position,
        )
        for s in view.signatories
    )
    session.add_all(
        AgreementStatusChange(
            agreement_id=view.id,
            status=h.status,
            changed_at=h.changed_at.astimezone(UTC).replace(tzinfo=None),
            changed_by=h.changed_by,
            note=history_note(h.skipped, h.note),
        )
        for h in view.history
    )
    session.flush()
    return get_agreement(session, view.id)


# --- what the editor offers ----------------------------------------------------------------


@dataclass(frozen=True)
class MissionChoice:
    id: int
    short: str
    title_fr: str
    title_en: str
    start_date: date

    def title(self, language: str) -> str:
        return self.title_fr if language == "fr" else self.title_en


@dataclass(frozen=True)
class SigningItemChoice:
    """A signing ceremony of the programme, with its mission and day."""

    id: int
    mission_id: int
    title_fr: str
    title_en: str
    start_local: datetime

    def title(self, language: str) -> str:
        return self.title_fr if language == "fr" else self.title_en


@dataclass(frozen=True)
class AgreementChoices:
    missions: tuple[MissionChoice, ...]
    signing_items: tuple[SigningItemChoice, ...]
    organisations: tuple[OrganisationView, ...]
    people: tuple[PersonChoice, ...]

    def signing_items_of(self, mission_id: int | None) -> tuple[SigningItemChoice, ...]:
        return tuple(i for i in self.signing_items if i.mission_id == mission_id)


def agreement_choices(session: Session) -> AgreementChoices:
    """The missions (newest first), their signing ceremonies, organisations and people."""
    missions = tuple(
        MissionChoice(m.id, m.short, m.title_fr, m.title_en or m.title_fr, m.start_date)
        for m in session.scalars(select(Mission).order_by(Mission.start_date.desc(), Mission.id))
    )
    items = tuple(
        SigningItemChoice(i.id, i.mission_id, i.title_fr, i.title_en or i.title_fr, i.start_local)
        for i in session.scalars(
            select(ItineraryItem)
            .where(ItineraryItem.kind == ItemKind.SIGNING)
            .order_by(ItineraryItem.start_local, ItineraryItem.id)
        )
    )
    return AgreementChoices(
        missions=missions,
        signing_items=items,
        organisations=tuple(list_organisations(session)),
        people=tuple(list_people(session)),
    )
