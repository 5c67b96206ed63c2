"""delegation-cli backup create|list|restore|verify."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from delegation_app.cli import main
from delegation_app.storage.database import open_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_create_list_and_restore(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    db, folder = str(demo_db_path), str(tmp_path / "backups")
    code, out, err = run(capsys, "backup", "create", "--db", db, "--folder", folder)
    assert (code, err) == (0, "")
    [copy] = (tmp_path / "backups").glob("demo-*-manual.delegation")
    assert out == f"Backup of {demo_db_path} written to {copy}\n"

    code, out, _ = run(capsys, "backup", "list", "--db", db, "--folder", folder, "--json")
    [listed] = json.loads(out)
    assert (listed["file"], listed["reason"]) == (str(copy), "manual")
    assert {m["short"]: m["delegates"] for m in listed["missions"]}["miami-2017"] > 0

    with closing(sqlite3.connect(demo_db_path)) as connection, connection:
        connection.execute("DELETE FROM mission")
    code, out, err = run(capsys, "backup", "restore", copy.name, "--db", db, "--folder", folder)
    assert (code, err) == (0, "")
    assert "  miami-2017: " in out
    assert "The file as it was before is kept as " in out
    with closing(sqlite3.connect(demo_db_path)) as connection:
        assert connection.execute("SELECT count(*) FROM mission").fetchone()[0] > 0


def test_backup_restore_refused_while_open_says_so_in_one_sentence(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.sqlite"
    assert run(capsys, "backup", "create", "--db", str(db_path), "-o", str(copy))[0] == 0
    held = open_database(db_path, backup_dir=tmp_path / "b")
    try:
        code, _, err = run(capsys, "backup", "restore", str(copy), "--db", str(db_path))
    finally:
        held.close()
    assert code == 1
    assert err.startswith("delegation-cli: test.sqlite is open in another window (pid ")
    assert err.count("\n") == 1


def test_backup_verify_reports_damage(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    assert run(capsys, "backup", "verify", "--db", str(demo_db_path))[0] == 0
    with demo_db_path.open("r+b") as handle:
        handle.seek(4096 * 30)
        handle.write(b"\xff" * 4096 * 4)
    code, out, _ = run(capsys, "backup", "verify", "--db", str(demo_db_path))
    assert code == 1
    assert "is damaged" in out
