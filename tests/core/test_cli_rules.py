"""delegation-cli rules show|set|reset: the entry rules a coordinator corrects for a destination."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from delegation_app.cli import main
from delegation_app.services.entry import entry_rules_override_text, load_entry_rules
from delegation_app.storage.database import open_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _stored(db_path: Path) -> tuple[str | None, int]:
    db = open_database(db_path)
    try:
        with db.reading() as session:
            text = entry_rules_override_text(session)
            months = load_entry_rules(session).passport_months("US", "MA")
    finally:
        db.close()
    return text, months


def test_rules_set_applies_a_correction_and_reset_removes_it(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    shipped_months = _stored(db_path)[1]
    correction = tmp_path / "corrections.json"
    correction.write_text(
        '\ufeff{"countries": {"US": {"passport_months_after_return": 3}}}', encoding="utf-8"
    )
    code, out, err = run(capsys, "rules", "set", str(correction), "--db", str(db_path))
    assert (code, err) == (0, "")
    assert "corrected from corrections.json" in out
    text, months = _stored(db_path)
    assert json.loads(text or "") == {"countries": {"US": {"passport_months_after_return": 3}}}
    assert months == 3 != shipped_months

    code, out, _ = run(capsys, "rules", "show", "--db", str(db_path))
    assert code == 0
    assert "with the coordinators' corrections" in out
    [us] = [line for line in out.splitlines() if line.startswith("US ")]
    assert us.split()[1] == "3"

    code, out, _ = run(capsys, "rules", "show", "--db", str(db_path), "--json")
    assert json.loads(out)["countries"]["US"]["passport_months_after_return"] == 3

    code, out, _ = run(capsys, "rules", "reset", "--db", str(db_path))
    assert code == 0
    assert "shipped entry rules apply" in out
    assert _stored(db_path) == (None, shipped_months)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"countries": {"US": {"passport_months_after_return": 3}}',
         "is not valid JSON (line 1"),
        ('{"countries": {"US": {"passport_month": 3}}}',
         "countries.US: unknown key 'passport_month'"),
    ],
)  # fmt: skip
def test_rules_set_refuses_a_bad_file_by_name_and_keeps_the_rules(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, content: str, reason: str
) -> None:
    before = _stored(db_path)
    path = tmp_path / "regles.json"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "rules", "set", str(path), "--db", str(db_path))
    assert (code, out) == (1, "")
    assert err.startswith("delegation-cli: regles.json: ")
    assert reason in err
    assert err.rstrip().endswith("the rules were not changed")
    assert _stored(db_path) == before


def test_rules_set_refuses_an_empty_or_missing_file(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "vide.json"
    empty.write_text("  \n", encoding="utf-8")
    code, _, err = run(capsys, "rules", "set", str(empty), "--db", str(db_path))
    assert code == 2
    assert "vide.json is empty" in err and "rules reset" in err
    code, _, err = run(capsys, "rules", "set", str(tmp_path / "absent.json"), "--db", str(db_path))
    assert code == 1
    assert "absent.json" in err
