"""The mission overview's figures, each checked against the demo database counted another way
(plain SQL, or the service the page it leads to uses)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from delegation_app.services.booklet import booklets_data
from delegation_app.services.checks import run_checks
from delegation_app.services.dashboard import mission_dashboard
from delegation_app.services.missions import resolve_mission_id, update_mission
from delegation_app.services.print_changes import record_prints
from delegation_app.storage.database import Database
from delegation_app.storage.models import LeadStage

MISSIONS = ("miami-2017", "toronto-montreal-2019")
TORONTO = "toronto-montreal-2019"
TODAY = date(2017, 10, 20)


def _scalar(session: Session, sql: str, **values: object) -> int:
    return int(session.execute(text(sql), values).scalar_one())


def _active_people(session: Session, mission_id: int) -> list[int]:
    rows = session.execute(
        text(
            "SELECT person_id FROM participant WHERE mission_id = :m AND status != 'cancelled'"
            " ORDER BY person_id"
        ),
        {"m": mission_id},
    )
    return [int(r[0]) for r in rows]


def test_days_to_departure_count_from_the_day_given(demo_db: Database) -> None:
    with demo_db.reading() as session:
        start = date.fromisoformat(
            str(
                session.execute(
                    text("SELECT start_date FROM mission WHERE short = 'miami-2017'")
                ).scalar_one()
            )
        )
        before = mission_dashboard(session, "miami-2017", today=date(2017, 10, 20))
        on_the_day = mission_dashboard(session, "miami-2017", today=start)
    assert before.days_to_departure == (start - date(2017, 10, 20)).days > 0
    assert on_the_day.days_to_departure == 0
    assert on_the_day.days_to_return >= 0


@pytest.mark.parametrize("short", MISSIONS)
def test_delegates_confirmed_out_of_those_not_cancelled(demo_db: Database, short: str) -> None:
    with demo_db.reading() as session:
        mission_id = resolve_mission_id(session, short)
        board = mission_dashboard(session, short, today=TODAY)
        total = _scalar(
            session,
            "SELECT count(*) FROM participant WHERE mission_id = :m AND status != 'cancelled'",
            m=mission_id,
        )
        confirmed = _scalar(
            session,
            "SELECT count(*) FROM participant WHERE mission_id = :m AND status = 'confirmed'",
            m=mission_id,
        )
    assert total > 0
    assert (board.delegates_confirmed, board.delegates_total) == (confirmed, total)


@pytest.mark.parametrize("short", MISSIONS)
def test_meetings_placed_out_of_those_requested(demo_db: Database, short: str) -> None:
    with demo_db.reading() as session:
        mission_id = resolve_mission_id(session, short)
        board = mission_dashboard(session, short, today=TODAY)
        requested = _scalar(
            session,
            "SELECT count(*) FROM b2b_meeting WHERE mission_id = :m AND status != 'cancelled'",
            m=mission_id,
        )
        placed = _scalar(
            session,
            "SELECT count(*) FROM b2b_meeting WHERE mission_id = :m AND status != 'cancelled'"
            " AND item_id IS NOT NULL",
            m=mission_id,
        )
    assert (board.meetings_placed, board.meetings_requested) == (placed, requested)


def test_the_demo_has_meetings_and_agreements_to_count(demo_db: Database) -> None:
    """Otherwise the comparisons above and below would hold with zeros everywhere."""
    with demo_db.reading() as session:
        boards = [mission_dashboard(session, short, today=TODAY) for short in MISSIONS]
    assert sum(b.meetings_requested for b in boards) > 0
    assert sum(b.leads_total for b in boards) > 0


@pytest.mark.parametrize("short", MISSIONS)
def test_agreements_to_sign_are_those_ready_or_in_negotiation(
    demo_db: Database, short: str
) -> None:
    with demo_db.reading() as session:
        mission_id = resolve_mission_id(session, short)
        board = mission_dashboard(session, short, today=TODAY)
        counts = {
            status: _scalar(
                session,
                "SELECT count(*) FROM agreement WHERE mission_id = :m AND status = :s",
                m=mission_id,
                s=status,
            )
            for status in ("ready_for_signature", "negotiating")
        }
    assert board.agreements_ready == counts["ready_for_signature"]
    assert board.agreements_negotiating == counts["negotiating"]
    assert board.agreements_to_sign == sum(counts.values())


@pytest.mark.parametrize("today", [TODAY, date(2030, 1, 1)])
def test_open_checks_by_severity_are_those_of_the_checks_panel(
    demo_db: Database, today: date
) -> None:
    with demo_db.reading() as session:
        board = mission_dashboard(session, "miami-2017", today=today)
        findings = run_checks(session, "miami-2017", today=today)
    assert board.check_errors == sum(1 for f in findings if f.severity == "error")
    assert board.check_warnings == sum(1 for f in findings if f.severity == "warning")
    assert board.open_checks == len(findings) > 0
    assert board.commitments_overdue == sum(1 for f in findings if f.code == "commitment.overdue")


def test_commitments_fall_overdue_as_days_pass(demo_db: Database) -> None:
    with demo_db.reading() as session:
        mission_id = resolve_mission_id(session, "miami-2017")
        late_by_2030 = _scalar(
            session,
            "SELECT count(*) FROM commitment c JOIN agreement a ON a.id = c.agreement_id"
            " WHERE a.mission_id = :m AND c.status IN ('open', 'in_progress')"
            " AND a.status IN ('signed', 'in_force') AND c.due_date < '2030-01-01'",
            m=mission_id,
        )
        later = mission_dashboard(session, "miami-2017", today=date(2030, 1, 1))
    assert late_by_2030 > 0
    # Agreements of no mission whose partner is in the mission's country count too.
    assert later.commitments_overdue >= late_by_2030


def test_leads_by_stage_are_the_missions_leads(demo_db: Database) -> None:
    with demo_db.reading() as session:
        mission_id = resolve_mission_id(session, TORONTO)
        board = mission_dashboard(session, TORONTO, today=TODAY)
        rows = session.execute(
            text(
                "SELECT stage, count(*) FROM lead WHERE mission_id = :m OR id IN ("
                " SELECT lm.lead_id FROM lead_meeting lm JOIN b2b_meeting b"
                " ON b.id = lm.meeting_id WHERE b.mission_id = :m) GROUP BY stage"
            ),
            {"m": mission_id},
        )
        expected = {str(stage): int(count) for stage, count in rows}
    assert [stage for stage, _ in board.leads_by_stage] == list(LeadStage)
    assert {stage.value: n for stage, n in board.leads_by_stage if n} == expected
    assert board.leads_total == sum(expected.values())


def test_booklets_never_printed_all_count_as_changed(demo_db: Database) -> None:
    with demo_db.reading() as session:
        mission_id = resolve_mission_id(session, TORONTO)
        people = _active_people(session, mission_id)
        board = mission_dashboard(session, TORONTO, today=TODAY)
    assert board.booklets_changed == board.booklets_never_printed == len(people)


def test_booklets_printed_in_french_are_unchanged_until_the_mission_changes(
    demo_db: Database,
) -> None:
    with demo_db.transaction() as session:
        mission_id = resolve_mission_id(session, TORONTO)
        people = _active_people(session, mission_id)
        printed = booklets_data(session, TORONTO, [(p, "fr") for p in people[1:]])
        record_prints(session, mission_id, printed, at=None)
    with demo_db.reading() as session:
        board = mission_dashboard(session, TORONTO, today=TODAY)
    # The one never printed; the others compared in French, the language they were printed in.
    assert (board.booklets_changed, board.booklets_never_printed) == (1, 1)

    with demo_db.transaction() as session:
        update_mission(session, mission_id, title_fr="Mission Toronto-Montréal (nouveau titre)")
    with demo_db.reading() as session:
        board = mission_dashboard(session, TORONTO, today=TODAY)
    assert (board.booklets_changed, board.booklets_never_printed) == (len(people), 1)
