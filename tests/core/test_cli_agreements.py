"""delegation-cli agreements check and add, on the demo database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from delegation_app.cli import main


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
