"""A Miami mission whose report figures are known in advance (counted by hand below).

Meetings of the Miami mission (the Toronto ones never count in its report):
    Oceanic Yacht Refit (Maritime)   held, held, cancelled
    Brickell Data Systems (Digital)  held, no-show
    Miami Health Lab ("Santé")       confirmed, requested
    Bayside Friends (no sector)      held
    => 8 requested, 4 held, 1 cancelled, 1 no-show, 1 scheduled, 1 waiting.
Leads: Oceanic study (25 jobs, 4.5 M USD), Brickell decision (15, 20 M USD; also linked to a
Toronto meeting), Health Lab lost (10, 1 M EUR), Bayside settled (40, 3 M EUR); a Toronto lead
(Great Lakes, study, 8 jobs) is not the Miami mission's.
Agreements: signed during the mission (its own, 6 Nov 2017); in force and with a US partner
(2015, no mission); in force with a Canadian partner only (not Miami's concern); the mission's
own under negotiation; the mission's own signed after it (in none of the lists).
Workshops: 3 registered of 30 seats; 1 registered, no stated capacity.
Delegation: Official (2 confirmed, 1 cancelled), Business (1 confirmed also in Official,
1 waitlisted), the agent in no group (registered) => 5 delegates.
Follow-ups: two open (one past due on 1 Jan 2018), one done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from delegation_app.services import agreements, itinerary, people, roster, workshops
from delegation_app.services.follow_ups import add_follow_up, close_follow_up
from delegation_app.services.leads import create_lead, link_meeting
from delegation_app.storage.models import (
    AgreementKind,
    AgreementStatus,
    GroupKind,
    ItemKind,
    LeadStage,
    MeetingStatus,
    OrganisationKind,
    ParticipantRole,
    ParticipantStatus,
)
from tests.core.lead_cases import MIAMI_ZONE, World, build_world

TODAY = date(2018, 1, 1)


@dataclass
class ReportCase:
    world: World
    meetings: dict[str, int]


def _agreement(
    session: Session,
    short: str,
    partner: int,
    ours: int,
    signer: int,
    *,
    status: AgreementStatus,
    mission_id: int | None = None,
    signed: date | None = None,
    end: date | None = None,
) -> None:
    signatories = (
        [agreements.SignatoryInput(signer, ours, "Président")] if signed is not None else []
    )
    agreements.create_agreement(
        session,
        short=short,
        title_fr=f"Accord {short}",
        title_en=f"Agreement {short}",
        kind=AgreementKind.COOPERATION,
        parties=[agreements.PartyInput(ours, 1), agreements.PartyInput(partner, 2)],
        signatories=signatories,
        mission_id=mission_id,
        signing_date=signed,
        effective_date=signed,
        end_date=end,
        status=status,
    )


def build_report_case(session: Session) -> ReportCase:
    world = build_world(session)
    miami, toronto = world.miami, world.toronto
    for key, name, sector in [
        ("health", "Miami Health Lab", "Santé"),
        ("bayside", "Bayside Friends", None),
    ]:
        world.organisations[key] = people.create_organisation(
            session, short=key, name=name, sector=sector, country="US"
        ).id
    world.organisations["metropole"] = people.create_organisation(
        session, short="metropole", name="Métropole", kind=OrganisationKind.PUBLIC_AUTHORITY
    ).id
    world.organisations["montreal"] = people.create_organisation(
        session, short="montreal", name="Ville de Montréal", country="CA"
    ).id
    m = {
        "oceanic-1": world.meeting(session, miami, "oceanic"),
        "oceanic-2": world.meeting(session, miami, "oceanic"),
        "oceanic-3": world.meeting(session, miami, "oceanic", MeetingStatus.CANCELLED),
        "brickell-1": world.meeting(session, miami, "brickell"),
        "brickell-2": world.meeting(session, miami, "brickell", MeetingStatus.NO_SHOW),
        "health-1": world.meeting(session, miami, "health", MeetingStatus.CONFIRMED),
        "health-2": world.meeting(session, miami, "health", MeetingStatus.REQUESTED),
        "bayside-1": world.meeting(session, miami, "bayside"),
        "brickell-toronto": world.meeting(session, toronto, "brickell"),
        "lakes-toronto": world.meeting(session, toronto, "lakes"),
    }
    for org, meeting, stage, jobs, amount, currency in [
        ("oceanic", "oceanic-1", LeadStage.STUDY, 25, 4_500_000, "USD"),
        ("brickell", "brickell-1", LeadStage.DECISION, 15, 20_000_000, "USD"),
        ("health", "health-1", LeadStage.LOST, 10, 1_000_000, "EUR"),
        ("bayside", "bayside-1", LeadStage.SETTLED, 40, 3_000_000, "EUR"),
        ("lakes", "lakes-toronto", LeadStage.STUDY, 8, None, None),
    ]:
        lead = create_lead(
            session,
            organisation_id=world.organisations[org],
            meeting_ids=[m[meeting]],
            stage=stage,
            jobs_expected=jobs,
            investment_expected=amount,
            investment_currency=currency,
        )
        if org == "brickell":
            link_meeting(session, lead.id, m["brickell-toronto"])
    signer = world.people["director"]
    ours = world.organisations["metropole"]
    _agreement(
        session, "signed-in-miami", world.organisations["space"], ours, signer,
        status=AgreementStatus.SIGNED, mission_id=miami, signed=date(2017, 11, 6),
    )  # fmt: skip
    _agreement(
        session, "port-2015", world.organisations["oceanic"], ours, signer,
        status=AgreementStatus.IN_FORCE, signed=date(2015, 6, 15), end=date(2020, 6, 14),
    )  # fmt: skip
    _agreement(
        session, "montreal-2016", world.organisations["montreal"], ours, signer,
        status=AgreementStatus.IN_FORCE, signed=date(2016, 5, 1),
    )  # fmt: skip
    _agreement(
        session, "miami-draft", world.organisations["health"], ours, signer,
        status=AgreementStatus.NEGOTIATING, mission_id=miami,
    )  # fmt: skip
    _agreement(
        session, "miami-later", world.organisations["brickell"], ours, signer,
        status=AgreementStatus.SIGNED, mission_id=miami, signed=date(2018, 3, 1),
    )  # fmt: skip

    official = roster.create_group(session, miami, "Délégation officielle", GroupKind.OFFICIAL)
    business = roster.create_group(session, miami, "Chefs d'entreprise", GroupKind.BUSINESS)
    delegates = {}
    for key, status, groups in [
        ("mayor", ParticipantStatus.CONFIRMED, [official.id]),
        ("deputy", ParticipantStatus.CONFIRMED, [official.id, business.id]),
        ("absent", ParticipantStatus.CANCELLED, [official.id]),
        ("hopeful", ParticipantStatus.WAITLISTED, [business.id]),
    ]:
        person = people.create_person(session, short=key, given_name=key, family_name="Test").id
        delegates[key] = roster.add_participant(
            session,
            mission_id=miami,
            person_id=person,
            role=ParticipantRole.ELECTED_OFFICIAL,
            status=status,
            group_ids=groups,
        )
    for title, hour, capacity, registered in [
        ("Atelier : la sécurité de l'IoT", 9, 30, ["mayor", "deputy", "hopeful"]),
        ("Atelier : SmartPort", 14, None, ["mayor"]),
    ]:
        item = itinerary.create_item(
            session,
            mission_id=miami,
            kind=ItemKind.WORKSHOP,
            title_fr=title,
            title_en=title.replace("Atelier", "Workshop"),
            start_local=datetime(2017, 11, 8, hour, 0),
            start_zone=MIAMI_ZONE,
            end_local=datetime(2017, 11, 8, hour + 1, 30),
        )
        workshops.create_workshop(session, item_id=item, capacity=capacity, sector="Health")
        for key in registered:
            workshops.register_delegate(session, item, delegates[key])

    add_follow_up(
        session, description="Envoyer les contacts", meeting_id=m["oceanic-2"],
        due_date=date(2017, 12, 15),
    )  # fmt: skip
    add_follow_up(
        session, description="Préparer la visite", meeting_id=m["brickell-1"],
        due_date=date(2018, 2, 1),
    )  # fmt: skip
    done = add_follow_up(session, description="Remercier", meeting_id=m["bayside-1"])
    close_follow_up(session, done.id, on=date(2017, 11, 20))
    return ReportCase(world, m)
