"""What each party committed to under an agreement, and the checks that follow them up.

A commitment belongs to an agreement, optionally to one of its parties (by the party's
organisation), has an owner (a person who follows it up), a due date and a status.

:func:`check_commitments` finds, for the checks and the dashboard:
- commitments of signed agreements still open after their due date (an error when more than
  ``LATE_ERROR_DAYS`` late, a warning before);
- agreements in force whose end date falls within their renewal notice (``DEFAULT_NOTICE_DAYS``
  when none is recorded): the time to decide whether to renew;
- agreements whose end date has passed but which are still recorded as signed or in force.

For one mission, they cover the mission's agreements and those of no mission whose partner
(a party on the partner side) is in the country of one of the mission's stops: the port's
2015 agreement with PortMiami belongs to no mission, but the Miami mission is where it is
followed up. Without a mission they cover the whole register. Each finding names its agreement
(``Finding.agreement_id``) so that a window can lead to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from babel.dates import format_date
from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, aliased

from delegation_app.errors import Conflict, NotFound, ValidationError
from delegation_app.messages import say
from delegation_app.services.agreements import (
    PARTNER_SIDE,
    SIGNED_STATUSES,
    resolve_agreement_id,
    status_label,
)
from delegation_app.services.validation import collation_key, require_text
from delegation_app.storage.models import (
    Agreement,
    AgreementParty,
    AgreementStatus,
    Commitment,
    CommitmentStatus,
    Organisation,
    Person,
    Stop,
)

if TYPE_CHECKING:
    from delegation_app.services.checks import Finding

OPEN_STATUSES = frozenset({CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS})
LATE_ERROR_DAYS = 30
DEFAULT_NOTICE_DAYS = 90
# Agreements whose end date matters: still running as far as the register knows.
_RUNNING = frozenset({AgreementStatus.SIGNED, AgreementStatus.IN_FORCE})

STATUS_LABELS: dict[str, dict[CommitmentStatus, str]] = {
    "fr": {
        CommitmentStatus.OPEN: "À faire",
        CommitmentStatus.IN_PROGRESS: "En cours",
        CommitmentStatus.DONE: "Fait",
        CommitmentStatus.DROPPED: "Abandonné",
    },
    "en": {
        CommitmentStatus.OPEN: "Open",
        CommitmentStatus.IN_PROGRESS: "In progress",
        CommitmentStatus.DONE: "Done",
        CommitmentStatus.DROPPED: "Dropped",
    },
}


@dataclass(frozen=True)
class CommitmentView:
    id: int
    agreement_id: int
    agreement_short: str
    agreement_title_fr: str
    agreement_title_en: str
    agreement_status: AgreementStatus
    party_id: int | None
    organisation_id: int | None
    party: str | None
    """The committed party's organisation name, when the commitment names one."""
    description: str
    owner_id: int | None
    owner: str | None
    due_date: date | None
    status: CommitmentStatus

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def days_late(self, today: date) -> int:
        """How many days past its due date an open commitment is (0 if not late)."""
        if not self.is_open or self.due_date is None or self.due_date >= today:
            return 0
        return (today - self.due_date).days

    def status_label(self, language: str) -> str:
        return STATUS_LABELS["fr" if language == "fr" else "en"][self.status]


def _party_id(session: Session, agreement_id: int, organisation_id: int | None) -> int | None:
    if organisation_id is None:
        return None
    party_id = session.scalar(
        select(AgreementParty.id).where(
            AgreementParty.agreement_id == agreement_id,
            AgreementParty.organisation_id == organisation_id,
        )
    )
    if party_id is None:
        raise ValidationError("party", say("the organisation is not a party to this agreement"))
    return party_id


def _owner(session: Session, owner_id: int | None) -> int | None:
    if owner_id is not None and session.get(Person, owner_id) is None:
        raise NotFound(say("no person with id {person_id} (owner)", person_id=owner_id))
    return owner_id


def create_commitment(
    session: Session,
    agreement_ref: str | int,
    *,
    description: str,
    organisation_id: int | None = None,
    owner_id: int | None = None,
    due_date: date | None = None,
    status: CommitmentStatus = CommitmentStatus.OPEN,
) -> CommitmentView:
    """Record what a party committed to; ``organisation_id`` names the party, if one."""
    agreement_id = resolve_agreement_id(session, str(agreement_ref))
    commitment = Commitment(
        agreement_id=agreement_id,
        party_id=_party_id(session, agreement_id, organisation_id),
        description=require_text("description", description, max_length=2_000),
        owner_id=_owner(session, owner_id),
        due_date=due_date,
        status=CommitmentStatus(status),
    )
    session.add(commitment)
    session.flush()
    return _load(session, Commitment.id == commitment.id)[0]


class _Unchanged:
    """The default of :func:`update_commitment`'s fields: leave as it is."""


UNCHANGED = _Unchanged()


def update_commitment(
    session: Session,
    commitment_id: int,
    *,
    description: str | _Unchanged = UNCHANGED,
    organisation_id: int | _Unchanged | None = UNCHANGED,
    owner_id: int | _Unchanged | None = UNCHANGED,
    due_date: date | _Unchanged | None = UNCHANGED,
    status: CommitmentStatus | _Unchanged = UNCHANGED,
) -> CommitmentView:
    """Change the fields given (``None`` clears an optional one)."""
    commitment = session.get(Commitment, commitment_id)
    if commitment is None:
        raise NotFound(say("no commitment with id {commitment_id}", commitment_id=commitment_id))
    if not isinstance(description, _Unchanged):
        commitment.description = require_text("description", description, max_length=2_000)
    if not isinstance(organisation_id, _Unchanged):
        commitment.party_id = _party_id(session, commitment.agreement_id, organisation_id)
    if not isinstance(owner_id, _Unchanged):
        commitment.owner_id = _owner(session, owner_id)
    if not isinstance(due_date, _Unchanged):
        commitment.due_date = due_date
    if not isinstance(status, _Unchanged):
        commitment.status = CommitmentStatus(status)
    session.flush()
    return _load(session, Commitment.id == commitment_id)[0]


def delete_commitment(session: Session, commitment_id: int) -> CommitmentView:
    view = _load(session, Commitment.id == commitment_id)
    if not view:
        raise NotFound(say("no commitment with id {commitment_id}", commitment_id=commitment_id))
    commitment = session.get(Commitment, commitment_id)
    session.delete(commitment)
    session.flush()
    return view[0]


def restore_commitment(session: Session, view: CommitmentView) -> CommitmentView:
    """Record again a commitment :func:`delete_commitment` removed, under the same id (what
    undoing the deletion does, so that later steps naming it still find it)."""
    if session.get(Commitment, view.id) is not None:
        raise Conflict(
            say("a commitment with id {commitment_id} already exists", commitment_id=view.id)
        )
    commitment = Commitment(
        id=view.id,
        agreement_id=resolve_agreement_id(session, str(view.agreement_id)),
        party_id=_party_id(session, view.agreement_id, view.organisation_id),
        description=require_text("description", view.description, max_length=2_000),
        owner_id=_owner(session, view.owner_id),
        due_date=view.due_date,
        status=CommitmentStatus(view.status),
    )
    session.add(commitment)
    session.flush()
    return _load(session, Commitment.id == view.id)[0]


def list_commitments(
    session: Session,
    agreement_ref: str | int | None = None,
    *,
    mission_id: int | None = None,
    open_only: bool = False,
) -> list[CommitmentView]:
    """Commitments of one agreement, of one mission's agreements, or all; by due date."""
    conditions: list[ColumnElement[bool]] = []
    if agreement_ref is not None:
        conditions.append(
            Commitment.agreement_id == resolve_agreement_id(session, str(agreement_ref))
        )
    if mission_id is not None:
        conditions.append(Agreement.mission_id == mission_id)
    if open_only:
        conditions.append(Commitment.status.in_(OPEN_STATUSES))
    return _load(session, *conditions)


def _load(session: Session, *conditions: ColumnElement[bool]) -> list[CommitmentView]:
    """Commitments with their agreement, party and owner, in one query."""
    owner = aliased(Person)
    rows = session.execute(
        select(Commitment, Agreement, AgreementParty, Organisation, owner)
        .join(Agreement, Commitment.agreement_id == Agreement.id)
        .outerjoin(AgreementParty, Commitment.party_id == AgreementParty.id)
        .outerjoin(Organisation, AgreementParty.organisation_id == Organisation.id)
        .outerjoin(owner, Commitment.owner_id == owner.id)
        .where(*conditions)
        .order_by(
            Commitment.due_date.is_(None), Commitment.due_date, Agreement.short, Commitment.id
        )
    )
    return [
        CommitmentView(
            id=commitment.id,
            agreement_id=agreement.id,
            agreement_short=agreement.short,
            agreement_title_fr=agreement.title_fr,
            agreement_title_en=agreement.title_en,
            agreement_status=agreement.status,
            party_id=commitment.party_id,
            organisation_id=party.organisation_id if party is not None else None,
            party=organisation.name if organisation is not None else None,
            description=commitment.description,
            owner_id=commitment.owner_id,
            owner=f"{person.given_name} {person.family_name}" if person is not None else None,
            due_date=commitment.due_date,
            status=commitment.status,
        )
        for commitment, agreement, party, organisation, person in rows
    ]


# --- the checks -----------------------------------------------------------------------------

NBSP = "\u00a0"

# Whole sentences per language, filled in: nothing is assembled from translated fragments.
_CHECK_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "overdue": "{party} committed to “{what}” by {day}: it is {late} late.",
        "overdue.no_party": "A commitment, “{what}”, was due by {day}: it is {late} late.",
        "overdue.advice": (
            "Ask {owner} where it stands, then record it as done, give it a new due date, "
            "or drop it."
        ),
        "overdue.advice.no_owner": (
            "Give it an owner who follows it up, and record where it stands."
        ),
        "days.one": "{count} day",
        "days.other": "{count} days",
        "expired": "“{title}” ended on {day} but is still recorded as {status}.",
        "expired.advice": "Mark it expired, or record its renewal with the new end date.",
        "renewal": "“{title}” ends on {day}, {when}; {notice}.",
        "renewal.notice": "its renewal notice of {count} days began on {day}",
        "renewal.no_notice": (
            "no renewal notice is recorded, so the last {count} days count as one"
        ),
        "renewal.advice": (
            "Decide with the partner whether to renew it; record the renewal (a new end date) "
            "or let it expire."
        ),
        "when.today": "today",
        "when.tomorrow": "tomorrow",
        "when.later": "in {count} days",
    },
    "fr": {
        "overdue": (
            "L’engagement « {what} » ({party}) était attendu pour le {day} : {late} de retard."
        ),
        "overdue.no_party": (
            "L’engagement « {what} » était attendu pour le {day} : {late} de retard."
        ),
        "overdue.advice": (
            "Demandez à {owner} où en est cet engagement, puis marquez-le comme fait, "
            "donnez-lui une nouvelle échéance ou abandonnez-le."
        ),
        "overdue.advice.no_owner": (
            "Confiez-le à une personne qui en assure le suivi, et indiquez où il en est."
        ),
        "days.one": "{count} jour",
        "days.other": "{count} jours",
        "expired": "« {title} » a pris fin le {day} mais figure encore comme {status}.",
        "expired.advice": (
            "Indiquez qu’il a expiré, ou enregistrez son renouvellement avec la nouvelle date "
            "de fin."
        ),
        "renewal": "« {title} » prend fin le {day}, {when} ; {notice}.",
        "renewal.notice": "son préavis de renouvellement de {count} jours a commencé le {day}",
        "renewal.no_notice": (
            "aucun préavis n’est indiqué : les {count} derniers jours en tiennent lieu"
        ),
        "renewal.advice": (
            "Décidez avec le partenaire de le renouveler ou non ; enregistrez le "
            "renouvellement (une nouvelle date de fin) ou laissez-le expirer."
        ),
        "when.today": "aujourd’hui",
        "when.tomorrow": "demain",
        "when.later": "dans {count} jours",
    },
}


class _CheckWords:
    def __init__(self, language: str) -> None:
        if language not in _CHECK_WORDS:
            raise ValidationError(
                "language",
                say("'{language}' is not a language of the checks (fr or en)", language=language),
            )
        self.language = language
        self._table = _CHECK_WORDS[language]

    def __call__(self, key: str, **values: object) -> str:
        text = self._table[key]
        if self.language == "fr":
            # French typography in our templates only, never in the coordinators' text.
            text = re.sub(r" ([:;?!»])", NBSP + r"\1", text).replace("« ", "«" + NBSP)
        return text.format(**values)

    def days(self, count: int) -> str:
        return self("days.one" if count == 1 else "days.other", count=count)

    def day(self, value: date) -> str:
        """ "Sat 30 Jun 2018"; "samedi 30 juin 2018", "vendredi 1er juin 2018"."""
        if self.language == "fr":
            pattern = "EEEE d'er' MMMM y" if value.day == 1 else "EEEE d MMMM y"
            return format_date(value, pattern, locale="fr_FR")
        return format_date(value, "EEE d MMM y", locale="en")


def check_commitments(
    session: Session, mission_id: int | None, today: date, *, language: str = "en"
) -> list[Finding]:
    """Late commitments and agreements reaching (or past) their end, of one mission or all.

    ``language`` ("fr" or "en") is the language of the subjects, messages and advice.
    """
    # Imported here: the checks module may itself import this one to add these findings.
    from delegation_app.services.checks import ERROR, WARNING, Finding

    words = _CheckWords(language)  # an unknown language fails before any query
    french = language == "fr"
    findings: list[Finding] = []
    scope: list[ColumnElement[bool]] = [_in_scope_of(mission_id)] if mission_id is not None else []
    for commitment in _load(session, Commitment.status.in_(OPEN_STATUSES), *scope):
        late = commitment.days_late(today)
        if not late or commitment.agreement_status not in SIGNED_STATUSES:
            continue  # an unsigned text binds no one yet
        assert commitment.due_date is not None
        values = {
            "party": commitment.party,
            "what": _shortened(commitment.description),
            "day": words.day(commitment.due_date),
            "late": words.days(late),
        }
        findings.append(
            Finding(
                "commitment.overdue",
                ERROR if late > LATE_ERROR_DAYS else WARNING,
                None,
                None,
                commitment.agreement_title_fr if french else commitment.agreement_title_en,
                words("overdue" if commitment.party else "overdue.no_party", **values),
                words("overdue.advice", owner=commitment.owner)
                if commitment.owner
                else words("overdue.advice.no_owner"),
                commitment.agreement_id,
            )
        )
    agreements = session.scalars(
        select(Agreement).where(
            Agreement.status.in_(_RUNNING), Agreement.end_date.is_not(None), *scope
        )
    )
    for agreement in agreements:
        end = agreement.end_date
        assert end is not None
        title = agreement.title_fr if french else agreement.title_en
        if end < today:
            findings.append(
                Finding(
                    "agreement.expired",
                    WARNING,
                    None,
                    None,
                    title,
                    words(
                        "expired",
                        title=title,
                        day=words.day(end),
                        status=status_label(agreement.status, language).lower(),
                    ),
                    words("expired.advice"),
                    agreement.id,
                )
            )
            continue
        notice = agreement.renewal_notice_days
        days_notice = notice if notice is not None else DEFAULT_NOTICE_DAYS
        opens = end - timedelta(days=days_notice)
        if today < opens:
            continue
        left = (end - today).days
        when = (
            words("when.today")
            if left == 0
            else words("when.tomorrow")
            if left == 1
            else words("when.later", count=left)
        )
        notice_text = (
            words("renewal.notice", count=days_notice, day=words.day(opens))
            if notice is not None
            else words("renewal.no_notice", count=days_notice)
        )
        findings.append(
            Finding(
                "agreement.renewal",
                WARNING,
                None,
                None,
                title,
                words("renewal", title=title, day=words.day(end), when=when, notice=notice_text),
                words("renewal.advice"),
                agreement.id,
            )
        )
    return sorted(
        findings, key=lambda f: (f.severity != ERROR, collation_key(f.subject), f.code, f.message)
    )


def _in_scope_of(mission_id: int) -> ColumnElement[bool]:
    """The agreements a mission's checks follow up: its own, and those of no mission with a
    partner in the country of one of its stops."""
    stop_countries = select(Stop.country).where(Stop.mission_id == mission_id)
    partner_there = (
        select(AgreementParty.id)
        .join(Organisation, AgreementParty.organisation_id == Organisation.id)
        .where(
            AgreementParty.agreement_id == Agreement.id,
            AgreementParty.side == PARTNER_SIDE,
            Organisation.country.in_(stop_countries),
        )
        .exists()
    )
    return or_(
        Agreement.mission_id == mission_id, and_(Agreement.mission_id.is_(None), partner_there)
    )


def _shortened(text: str, limit: int = 120) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1].rstrip() + "…"
