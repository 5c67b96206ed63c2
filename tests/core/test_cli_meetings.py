"""delegation-cli meetings: B2B sessions, organisations' windows, scheduling on the demo."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegation_app.cli import main
from delegation_app.services.meeting_plan import list_b2b_sessions
from delegation_app.services.meetings import list_meetings
from delegation_app.services.missions import resolve_mission_id
from delegation_app.storage.database import open_database
from delegation_app.storage.models import MeetingStatus

TORONTO = "toronto-montreal-2019"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _statuses(path: Path) -> list[MeetingStatus]:
    db = open_database(path, lock=False)
    try:
        with db.reading() as session:
            mission_id = resolve_mission_id(session, TORONTO)
            return [m.status for m in list_meetings(session, mission_id)]
    finally:
        db.close()


def test_a_dry_run_shows_the_plan_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    before = _statuses(demo_db_path)
    code, out, err = run(
        capsys, "meetings", "schedule", "--db", str(demo_db_path), "--mission", TORONTO,
        "--dry-run",
    )  # fmt: skip
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == ("16 of 16 meetings placed; the best any plan could do is 16 (100% of it)")
    assert sum(1 for line in lines if line.strip().startswith("new ")) == 15
    assert any(
        "Harbourfront Creative Lab with Cédric Olive at Harbourfront Creative Lab (studio)" in line
        for line in lines
    )
    assert lines[-1] == "Dry run: nothing written."
    assert _statuses(demo_db_path) == before


def test_scheduling_writes_the_plan_and_a_second_run_keeps_it(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    code, out, _ = run(
        capsys, "meetings", "schedule", "--db", str(demo_db_path), "--mission", TORONTO
    )
    assert code == 0
    assert out.splitlines()[-1].startswith("Written: 15 new, 0 moved")
    assert MeetingStatus.REQUESTED not in _statuses(demo_db_path)
    code, out, _ = run(
        capsys, "meetings", "schedule", "--db", str(demo_db_path), "--mission", TORONTO
    )
    assert code == 0
    assert out.splitlines()[-1].startswith("Written: 0 new, 0 moved")
    assert sum(1 for line in out.splitlines() if line.strip().startswith("kept ")) == 15


def test_a_session_typed_as_people_type_times(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    code, out, err = run(
        capsys, "meetings", "session", "--db", str(demo_db_path), "--mission", TORONTO,
        "--start", "9/7 14h", "--end", "17h", "--tables", "4", "--slot", "30",
        "--place", "MaRS Discovery District",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.strip() == (
        "B2B session added: 2019-07-09 14:00-17:00 America/Toronto, 6 slots of 30 min, 4 tables"
    )
    db = open_database(demo_db_path, lock=False)
    try:
        with db.reading() as session:
            views = list_b2b_sessions(session, resolve_mission_id(session, TORONTO))
    finally:
        db.close()
    assert [(v.venue, v.slot_minutes, v.tables) for v in views] == [
        ("MaRS Discovery District", 20, 3),
        ("MaRS Discovery District", 30, 4),
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["session", "--start", "9/7 14h", "--end", "13h"], "end: must come after the start"),
        (["session", "--start", "9/7 14h", "--end", "17h", "--slot", "17"], "17 minutes"),
        (
            ["window", "--organisation", "nobody-inc", "--start", "9/7 9h", "--end", "12h"],
            "no organisation 'nobody-inc'",
        ),
    ],
)
def test_bad_input_is_one_sentence_and_exit_code_1(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, argv: list[str], message: str
) -> None:
    code, out, err = run(
        capsys, "meetings", argv[0], "--db", str(demo_db_path), "--mission", TORONTO, *argv[1:]
    )
    assert code == 1 and out == ""
    assert err.startswith("delegation-cli: ") and message in err
    assert err.count("\n") == 1


def test_a_mission_without_sessions_is_told_what_to_do(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    code, _, err = run(
        capsys, "meetings", "schedule", "--db", str(demo_db_path), "--mission", "miami-2017"
    )
    assert code == 1
    assert "set up at least one B2B session" in err


def test_the_meetings_export_to_xlsx_as_a_spreadsheet_reads_them(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    from datetime import datetime

    from openpyxl import load_workbook

    from delegation_app.services.meetings import request_meeting
    from delegation_app.storage.models import Organisation

    db = open_database(demo_db_path, lock=False)
    try:
        with db.transaction() as session:
            mission_id = resolve_mission_id(session, TORONTO)
            someone = list_meetings(session, mission_id)[0].delegate_ids[0]
            org = session.query(Organisation).filter_by(short="lakeshore-games").one().id
            request_meeting(
                session,
                mission_id=mission_id,
                organisation_id=org,
                participant_ids=[someone],
                purpose='=HYPERLINK("http://x")',
            )
    finally:
        db.close()
    out_path = tmp_path / "rdv.xlsx"
    code, out, err = run(
        capsys, "meetings", "export", "--db", str(demo_db_path), "--mission", TORONTO,
        "-o", str(out_path),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.strip() == f"25 meetings written to {out_path}"
    sheet = load_workbook(out_path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("Date", "Début", "Fin", "Fuseau horaire", "Organisation")
    first = rows[1]
    assert first[0] == datetime(2019, 7, 9) and first[1:4] == ("09:00", "09:45", "America/Toronto")
    assert first[4] == "Ontario Blue Economy Network" and first[9] == "Tenu"
    assert len(rows) == 26
    injected = [r for r in rows if r[11] == '=HYPERLINK("http://x")']
    assert len(injected) == 1
    cell = next(c for c in sheet["L"] if c.value == '=HYPERLINK("http://x")')
    assert cell.data_type == "s"  # text, not a formula
