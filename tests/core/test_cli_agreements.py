"""delegation-cli agreements check and add, on the demo database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from delegation_app.cli import main
from delegation_app.services.people import find_organisation
from delegation_app.storage.database import open_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_lists_the_whole_registers_follow_up_with_the_port_agreement_of_no_mission(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    code, out, err = run(capsys, "agreements", "check", "--db", str(demo_db_path), "--lang", "en")
    assert err == ""
    assert code == 1  # the sister agreement's commitments are months late: errors
    lines = out.splitlines()
    port = [line for line in lines if "gpmm-portmiami-2015" in line]
    assert len(port) == 1
    assert port[0].startswith("WARNING")
    assert "ended on Sun 14 Jun 2020 but is still recorded as in force" in port[0]
    assert any(line.startswith("ERROR") and "amp-miami-dade-2017" in line for line in lines)
    assert lines[-1] == "2 errors, 1 warning"


def test_check_in_french_as_json_names_each_agreement(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    code, out, err = run(capsys, "agreements", "check", "--db", str(demo_db_path), "--json")
    assert (code, err) == (1, "")
    findings = json.loads(out)
    assert {(f["agreement"], f["code"]) for f in findings} == {
        ("amp-miami-dade-2017", "commitment.overdue"),
        ("gpmm-portmiami-2015", "agreement.expired"),
    }
    port = next(f for f in findings if f["agreement"] == "gpmm-portmiami-2015")
    assert "a pris fin le dimanche 14 juin 2020" in port["message"]
    assert isinstance(port["agreement_id"], int)


def test_add_records_a_draft_with_a_new_partner_organisation(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    db = ["--db", str(demo_db_path)]
    code, out, err = run(
        capsys, "agreements", "add", *db,
        "--title-fr", "Lettre d'intention Marseille – Québec",
        "--title-en", "Letter of intent Marseille – Québec City",
        "--kind", "Lettre d'intention",
        "--mission", "toronto-montreal-2019",
        "--party", "ville de marseille=ours",  # on record, typed in another case
        "--party", "Ville de Québec=partner/CA",
        "--domains", "culture; tourism",
        "--lang", "en",
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    assert "Letter of intent Marseille – Québec City" in out
    assert "New organisation: Ville de Québec" in out
    code, out, err = run(capsys, "agreements", "list", *db, "--country", "CA", "--json")
    added = next(row for row in json.loads(out) if row["kind"] == "letter_of_intent")
    assert added["status"] == "draft"
    assert added["mission_short"] == "toronto-montreal-2019"
    assert [(p["organisation"], p["side"], p["country"]) for p in added["parties"]] == [
        ("Ville de Marseille", 1, "FR"),
        ("Ville de Québec", 2, "CA"),
    ]
    assert added["domains"] == ["culture", "tourism"]


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        (["--kind", "treaty", "--party", "A=ours", "--party", "B=partner"], "kind"),
        (["--kind", "contract", "--party", "A=ours", "--party", "B=them"], "party"),
        (["--kind", "contract", "--party", "A=ours", "--party", "B=ours"], "parties"),
    ],
)
def test_add_refuses_bad_input_with_one_sentence_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, arguments: list[str], field: str
) -> None:
    db = ["--db", str(demo_db_path)]
    code, out, err = run(capsys, "agreements", "add", *db, "--title-fr", "Accord", *arguments)
    assert code == 1
    assert err.startswith(f"delegation-cli: {field}: ")
    assert len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "agreements", "list", *db, "--json")
    assert len(json.loads(out)) == 3
    database = open_database(demo_db_path, lock=False)
    try:
        with database.reading() as session:
            assert find_organisation(session, "A") is None
            assert find_organisation(session, "B") is None
    finally:
        database.close()
