"""The mission report's figures, against a mission whose counts are set up by hand."""

from __future__ import annotations

import pytest

from delegation_app.errors import NotFound
from delegation_app.services.mission_report import (
    Amount,
    LeadFigures,
    MeetingCounts,
    MissionReport,
    mission_report,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import LeadStage, ParticipantStatus
from tests.core.report_cases import TODAY, ReportCase, build_report_case


@pytest.fixture
def case(db: Database) -> ReportCase:
    with db.transaction() as session:
        return build_report_case(session)


@pytest.fixture
def report(db: Database, case: ReportCase) -> MissionReport:
    with db.reading() as session:
        return mission_report(session, "miami-2017", today=TODAY)


def test_meetings_are_counted_by_what_became_of_them(report: MissionReport) -> None:
    assert report.meetings == MeetingCounts(
        requested=8, held=4, cancelled=1, no_show=1, scheduled=1, waiting=1
    )


def test_meetings_by_sector_put_the_sectors_of_excellence_first_in_their_order(
    report: MissionReport,
) -> None:
    assert [(line.label("en"), line.counts) for line in report.meetings_by_sector] == [
        ("Maritime & Logistics", MeetingCounts(requested=3, held=2, cancelled=1)),
        ("Health", MeetingCounts(requested=2, scheduled=1, waiting=1)),  # typed "Santé"
        ("Digital & Creative industries", MeetingCounts(requested=2, held=1, no_show=1)),
        ("No sector", MeetingCounts(requested=1, held=1)),
    ]
    assert [line.label("fr") for line in report.meetings_by_sector] == [
        "Maritime et logistique",
        "Santé",
        "Numérique et industries créatives",
        "Sans secteur",
    ]


def test_meetings_by_organisation_most_held_first(report: MissionReport) -> None:
    assert [(line.organisation, line.counts.requested, line.counts.held) for line in
            report.meetings_by_organisation] == [
        ("Oceanic Yacht Refit", 3, 2),
        ("Bayside Friends", 1, 1),
        ("Brickell Data Systems", 2, 1),
        ("Miami Health Lab", 2, 0),
    ]  # fmt: skip


def test_leads_by_stage_with_jobs_and_investment_per_currency(report: MissionReport) -> None:
    figures = {line.stage: line.figures for line in report.leads_by_stage}
    assert list(figures) == list(LeadStage)  # every stage, even those without a lead
    assert figures[LeadStage.CONTACT] == LeadFigures(0, 0, ())
    assert figures[LeadStage.STUDY] == LeadFigures(1, 25, (Amount("USD", 4_500_000),))
    assert figures[LeadStage.DECISION] == LeadFigures(1, 15, (Amount("USD", 20_000_000),))
    assert figures[LeadStage.SETTLED] == LeadFigures(1, 40, (Amount("EUR", 3_000_000),))
    assert figures[LeadStage.LOST] == LeadFigures(1, 10, (Amount("EUR", 1_000_000),))
    # the pipeline leaves the lost lead out and never adds dollars to euros
    assert report.pipeline == LeadFigures(
        3, 80, (Amount("EUR", 3_000_000), Amount("USD", 24_500_000))
    )
    assert report.settled == LeadFigures(1, 40, (Amount("EUR", 3_000_000),))
    assert "Great Lakes BlueTech" not in {lead.organisation for lead in report.leads}


def test_a_lead_linked_to_a_later_missions_meeting_counts_in_that_missions_report_too(
    db: Database, case: ReportCase
) -> None:
    with db.reading() as session:
        toronto = mission_report(session, "toronto-2019", today=TODAY)
    assert sorted(lead.organisation for lead in toronto.leads) == [
        "Brickell Data Systems",
        "Great Lakes BlueTech",
    ]
    assert toronto.pipeline.jobs_expected == 15 + 8
    assert toronto.meetings.requested == 2


def test_agreements_signed_during_the_mission_and_those_in_force_that_concern_it(
    report: MissionReport,
) -> None:
    assert [a.short for a in report.agreements_signed] == ["signed-in-miami"]
    assert [a.short for a in report.agreements_in_force] == ["port-2015"]
    assert [a.short for a in report.agreements_in_preparation] == ["miami-draft"]
    [signed] = report.agreements_signed
    assert signed.partners == ("Space Florida",) and signed.signatories == ("Zoë Écuyer",)
    assert signed.of_mission and not report.agreements_in_force[0].of_mission


def test_workshops_with_registered_delegates_and_seats(report: MissionReport) -> None:
    assert [(w.title("en"), w.registered, w.capacity) for w in report.workshops] == [
        ("Workshop : la sécurité de l'IoT", 3, 30),
        ("Workshop : SmartPort", 1, None),
    ]


def test_the_delegation_by_group_and_status(report: MissionReport) -> None:
    rows = {
        line.name: {status: count for status, count in line.by_status if count}
        for line in report.delegation
    }
    assert rows == {
        "Délégation officielle": {
            ParticipantStatus.CONFIRMED: 2,
            ParticipantStatus.CANCELLED: 1,
        },
        "Chefs d'entreprise": {
            ParticipantStatus.CONFIRMED: 1,
            ParticipantStatus.WAITLISTED: 1,
        },
        None: {ParticipantStatus.REGISTERED: 1},  # the agent, in no group
    }
    total = report.delegation_total
    assert total.total == 5  # the deputy in two groups counts once
    assert total.count(ParticipantStatus.CONFIRMED) == 2


def test_open_and_overdue_follow_ups(report: MissionReport) -> None:
    assert (report.open_actions, report.overdue_actions) == (2, 1)


def test_an_empty_mission_has_a_report_of_zeros(db: Database, case: ReportCase) -> None:
    from datetime import date

    from delegation_app.services import missions

    with db.transaction() as session:
        missions.create_mission(
            session,
            short="tel-aviv-2019",
            title_fr="Tel Aviv",
            start_date=date(2019, 9, 16),
            end_date=date(2019, 9, 20),
            stops=[missions.StopInput("Tel Aviv", "IL", "Asia/Jerusalem")],
        )
    with db.reading() as session:
        empty = mission_report(session, "tel-aviv-2019", today=TODAY)
    assert empty.meetings == MeetingCounts()
    assert empty.meetings_by_sector == () and empty.leads == ()
    assert empty.pipeline == LeadFigures(0, 0, ())
    assert empty.agreements_signed == empty.agreements_in_force == ()
    assert empty.delegation == () and empty.delegation_total.total == 0


def test_an_unknown_mission_is_not_found(db: Database) -> None:
    with pytest.raises(NotFound), db.reading() as session:
        mission_report(session, "nowhere-2030")
