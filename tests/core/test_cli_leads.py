"""delegation-cli leads list|stage, on the demo: leads across missions, stages recorded."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import pytest

from delegation_app.cli import main
from delegation_app.services.leads import get_lead
from delegation_app.storage.database import open_database
from delegation_app.storage.models import LeadStage


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _leads(
    capsys: pytest.CaptureFixture[str], path: Path, *options: str
) -> list[dict[str, object]]:
    code, out, err = run(capsys, "leads", "list", "--db", str(path), "--json", *options)
    assert (code, err) == (0, "")
    rows: list[dict[str, object]] = json.loads(out)
    return rows


def test_leads_are_listed_across_missions_or_for_one(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    every = _leads(capsys, demo_db_path)
    assert sorted(r["organisation"] for r in every) == [  # type: ignore[type-var]
        "Brickell Data Systems",
        "Everglades BioHealth",
        "Great Lakes BlueTech",
        "Oceanic Yacht Refit Inc.",
    ]
    assert all({"id", "short", "stage", "jobs_expected"} <= set(r) for r in every)
    toronto = _leads(capsys, demo_db_path, "--mission", "toronto-montreal-2019")
    # the Miami lead met again in Toronto is one of Toronto's too
    assert sorted((r["organisation"], r["mission_short"]) for r in toronto) == [  # type: ignore[type-var]
        ("Brickell Data Systems", "miami-2017"),
        ("Great Lakes BlueTech", "toronto-montreal-2019"),
    ]
    assert _leads(capsys, demo_db_path, "--stage", "decision") == []
    assert len(_leads(capsys, demo_db_path, "--stage", "étude")) == 4


def test_the_table_shows_the_stage_and_the_next_action(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    code, out, _ = run(
        capsys, "leads", "list", "--db", str(demo_db_path), "--mission", "miami-2017",
        "--lang", "fr",
    )  # fmt: skip
    assert code == 0
    header, *lines = out.splitlines()
    assert header.split()[:3] == ["ID", "ORGANISATION", "STAGE"]
    assert len(lines) == 3
    oceanic = next(line for line in lines if "Oceanic" in line)
    assert "Étude" in oceanic and "25" in oceanic and "4500000 USD" in oceanic
    assert "2018-01-25 Visite de site dans les trois mois" in oceanic


def test_a_stage_change_is_recorded_with_who_and_why(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    [oceanic] = [r for r in _leads(capsys, demo_db_path) if r["short"] == "oceanic-yacht-refit"]
    lead_id = str(oceanic["id"])
    code, out, err = run(
        capsys, "leads", "stage", lead_id, "site visit", "--db", str(demo_db_path),
        "--note", "Visite des chantiers de La Ciotat",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "is now at the stage site_visit: contact -> study -> site_visit" in out
    db = open_database(demo_db_path, lock=False)
    try:
        with db.reading() as session:
            detail = get_lead(session, int(lead_id))
    finally:
        db.close()
    last = detail.history[-1]
    assert (last.stage, last.changed_by, last.note) == (
        LeadStage.SITE_VISIT,
        getpass.getuser(),
        "Visite des chantiers de La Ciotat",
    )


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["1", "signed"], 1, "'signed' is not a stage"),
        (["9999", "study"], 1, "no lead with id 9999"),
        (["oceanic", "study"], 2, "is not a lead id"),
        (["1", "contact"], 1, "already at the stage contact"),
    ],
)
def test_a_bad_stage_change_is_one_sentence(
    capsys: pytest.CaptureFixture[str],
    demo_db_path: Path,
    argv: list[str],
    code: int,
    message: str,
) -> None:
    from delegation_app.services.leads import change_stage

    db = open_database(demo_db_path, lock=False)
    try:
        with db.transaction() as session:
            change_stage(session, 1, LeadStage.CONTACT)  # lead 1 back at the first stage
    finally:
        db.close()
    got, out, err = run(capsys, "leads", "stage", *argv, "--db", str(demo_db_path))
    assert got == code and out == ""
    assert message in err and err.count("\n") == 1
