"""delegation-cli as scripts and coordinators use it: outputs, JSON, errors, no Qt."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pypdf import PdfReader

from delegation_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_missions_create_then_list_as_json(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, err = run(
        capsys, "missions", "create", "--db", str(db_path),
        "--name", "Toronto et Montréal 2019", "--short", "toronto-2019",
        "--start", "08/07/2019", "--end", "2019-07-12",
        "--stop", "Toronto|CA|America/Toronto|2019-07-08|2019-07-09",
        "--stop", "Montréal|CA|America/Toronto|2019-07-10|2019-07-12",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "toronto-2019" in out

    code, out, _ = run(capsys, "missions", "list", "--db", str(db_path), "--json")
    assert code == 0
    [mission] = json.loads(out)
    assert mission["short"] == "toronto-2019"
    assert isinstance(mission["id"], int)
    assert mission["start"] == "2019-07-08"
    assert [s["city"] for s in mission["stops"]] == ["Toronto", "Montréal"]
    assert mission["destination"] == "Toronto, Montréal"


def test_database_from_environment_variable(
    capsys: pytest.CaptureFixture[str], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DELEGATION_DB", str(db_path))
    code, out, _ = run(
        capsys, "missions", "create", "--name", "Londres", "--short", "focus-london",
        "--start", "2019-11-20", "--end", "2019-11-22", "--stop", "London|GB|Europe/London",
    )  # fmt: skip
    assert code == 0
    code, out, _ = run(capsys, "missions", "list")
    assert "focus-london" in out
    assert "London" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--start", "2019-07-12", "--end", "2019-07-08"], "end date"),
        (["--start", "32/13/2019", "--end", "2019-07-08"], "start"),
        (["--start", "2019-07-08", "--end", "2019-07-12", "--zone-typo"], None),
    ],
)
def test_bad_mission_input_is_one_sentence_on_stderr(
    capsys: pytest.CaptureFixture[str], db_path: Path, argv: list[str], message: str | None
) -> None:
    base = [
        "missions",
        "create",
        "--db",
        str(db_path),
        "--name",
        "X",
        "--stop",
        "A|FR|Europe/Paris",
    ]
    if message is None:
        with pytest.raises(SystemExit) as exit_info:
            main(base + argv)
        assert exit_info.value.code == 2
        return
    code, out, err = run(capsys, *base, *argv)
    assert code == 1
    assert out == ""
    assert err.startswith("delegation-cli: ")
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_unknown_zone_is_named(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, _, err = run(
        capsys, "missions", "create", "--db", str(db_path), "--name", "Séoul",
        "--start", "2019-12-02", "--end", "2019-12-06", "--stop", "Seoul|KR|Asia/Seul",
    )  # fmt: skip
    assert code == 1
    assert "stop 1 zone" in err and "Asia/Seul" in err


def test_demo_refuses_to_overwrite_without_force(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, _, err = run(capsys, "demo", "--db", str(db_path))
    assert code == 2
    assert "--force" in err


def test_roster_of_unknown_mission(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, _, err = run(capsys, "roster", "list", "--db", str(db_path), "--mission", "paris-2030")
    assert code == 1
    assert "no mission 'paris-2030'" in err


def test_demo_roster_and_booklet_end_to_end(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db_path = tmp_path / "demo.sqlite"
    code, out, _ = run(capsys, "demo", "--db", str(db_path))
    assert code == 0
    assert "miami-2017" in out

    code, out, _ = run(capsys, "roster", "list", "--db", str(db_path), "--mission", "miami-2017",
                       "--json")  # fmt: skip
    roster = json.loads(out)
    assert len(roster) == 120
    assert all({"id", "short", "name", "organisation", "groups"} <= set(r) for r in roster)
    by_short = {r["short"]: r for r in roster}
    assert by_short["jcgaudin"]["family_name"] == "Gaudin"

    pdf = tmp_path / "gaudin.pdf"
    code, out, err = run(capsys, "booklet", "--db", str(db_path), "--mission", "miami-2017",
                         "--person", "jcgaudin", "--lang", "fr", "-o", str(pdf))  # fmt: skip
    assert (code, err) == (0, "")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Jean-Claude Gaudin" in text
    assert "Miami" in text
    assert "Lundi 6 novembre 2017" in text


def test_booklet_for_someone_not_on_the_mission(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "booklet", "--db", str(demo_db_path), "--mission",
                       "toronto-montreal-2019", "--person", "jcgaudin", "-o",
                       str(tmp_path / "x.pdf"))  # fmt: skip
    assert code == 1
    assert "not on the mission" in err
    assert not (tmp_path / "x.pdf").exists()


def test_cli_never_imports_qt(demo_db_path: Path, tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from delegation_app.cli import main
        assert main(["missions", "list", "--db", {str(demo_db_path)!r}]) == 0
        assert main(["roster", "list", "--db", {str(demo_db_path)!r}, "--mission", "1"]) == 0
        assert main(["booklet", "--db", {str(demo_db_path)!r}, "--mission", "1",
                     "--person", "jcgaudin", "-o", {str(tmp_path / "b.pdf")!r}]) == 0
        loaded = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "ui", "shiboken6")]
        assert not loaded, loaded
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_check_lists_findings_as_json_and_fails_on_errors(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    code, out, _ = run(
        capsys, "check", "--db", str(demo_db_path), "--mission", "miami-2017", "--json"
    )
    findings = json.loads(out)
    assert findings, "the demo leaves a few delegates without an ESTA: the checks must say so"
    assert code == 1
    assert {"code", "severity", "subject", "message", "advice"} <= set(findings[0])
    assert any(f["code"] == "entry.missing" and "ESTA" in f["message"] for f in findings)


def test_rooming_list_pdf_names_the_hotel_and_its_guests(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "rooming.pdf"
    code, out, _ = run(
        capsys, "rooming", "--db", str(demo_db_path), "--mission", "miami-2017", "-o", str(pdf)
    )
    assert code == 0
    assert "120 guests" in out
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Brickell Bayside Hotel" in text
    assert "Gaudin" in text


def test_rooming_refuses_an_unknown_format(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "rooming", "--db", str(demo_db_path), "--mission", "1",
                       "-o", str(tmp_path / "rooming.docx"))  # fmt: skip
    assert code == 2
    assert ".xlsx or .pdf" in err
