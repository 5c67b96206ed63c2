"""The entry point: opening databases, refusing bad files, the packaging self-test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.ui.sample_data import Sample
from ui import settings as keys
from ui.app import main, parse_arguments
from ui.i18n import translations


class _Critical:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def __call__(self, parent: QWidget | None, title: str, text: str, *args: object) -> int:
        self.calls.append((title, text))
        return int(QMessageBox.StandardButton.Ok.value)


@pytest.fixture
def critical(monkeypatch: pytest.MonkeyPatch) -> _Critical:
    recorder = _Critical()
    monkeypatch.setattr(QMessageBox, "critical", recorder)
    return recorder


def test_a_file_that_is_not_a_database_is_refused_with_a_message(
    tmp_path: Path, critical: _Critical
) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("Programme de la mission à Miami\n", encoding="utf-8")
    assert main(["--db", str(notes), "--lang", "en"]) == 1
    [(title, text)] = critical.calls
    assert title == "Cannot open the database"
    assert "not an SQLite file" in text
    assert "Traceback" not in text


def test_a_folder_in_place_of_the_file_is_refused_with_a_message(
    tmp_path: Path, critical: _Critical
) -> None:
    assert main(["--db", str(tmp_path), "--lang", "en"]) == 1
    [(_title, text)] = critical.calls
    assert str(tmp_path) in text


def test_self_test_never_waits_on_a_dialog(
    tmp_path: Path, critical: _Critical, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_bytes(b"not a database at all")
    assert main(["--db", str(notes), "--self-test"]) == 1
    assert critical.calls == []
    assert "not an SQLite file" in capsys.readouterr().err


def test_self_test_on_a_database_with_missions_returns_0(
    db_path: Path, sample: Sample, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "--self-test", "--lang", "en"]) == 0
    assert "self-test ok: 2 missions" in capsys.readouterr().out


def test_self_test_on_a_new_database_creates_it_and_returns_0(tmp_path: Path) -> None:
    path = tmp_path / "new" / "delegation.sqlite"
    assert main(["--db", str(path), "--self-test"]) == 0
    assert path.exists()


def test_self_test_on_the_demo_database(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_db_path), "--self-test", "--lang", "fr"]) == 0
    assert "self-test ok: 2 missions" in capsys.readouterr().out


def test_demo_option_builds_and_opens_a_fresh_demo(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--demo", "--self-test", "--lang", "en"]) == 0
    assert "self-test ok: 2 missions" in capsys.readouterr().out


def test_language_comes_from_the_option_then_the_settings(
    isolated_settings: QSettings, monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    chosen: list[str] = []
    monkeypatch.setattr(translations, "install", lambda language: chosen.append(language))
    isolated_settings.setValue(keys.LANGUAGE, "fr")
    isolated_settings.sync()
    assert main(["--db", str(db_path), "--self-test"]) == 0
    assert main(["--db", str(db_path), "--self-test", "--lang", "en"]) == 0
    assert chosen == ["fr", "en"]


def test_options_are_exclusive_and_checked() -> None:
    assert parse_arguments(["--demo"]).demo
    assert parse_arguments(["--db", "x.sqlite"]).db == Path("x.sqlite")
    with pytest.raises(SystemExit):
        parse_arguments(["--demo", "--db", "x.sqlite"])
    with pytest.raises(SystemExit):
        parse_arguments(["--lang", "de"])


def test_a_damaged_database_gives_one_sentence(tmp_path: Path, critical: _Critical) -> None:
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    assert main(["--db", str(damaged), "--lang", "en"]) == 1
    [(_title, text)] = critical.calls
    assert "file is not a database" in text
    assert "sqlalche.me" not in text
    assert "sqlite3.DatabaseError" not in text
    assert "\n" not in text


def test_a_damaged_database_is_restored_from_its_latest_backup_when_accepted(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    import random
    import sqlite3

    from delegation_app.storage.backup import backup_database
    from ui.app import _open_with_recovery

    backup_database(demo_db_path, reason="manual")
    size = demo_db_path.stat().st_size
    with demo_db_path.open("r+b") as handle:  # garbage over pages in the middle
        handle.seek(size // 2 - size // 2 % 4096)
        handle.write(random.Random(6).randbytes(8 * 4096))
    questions: list[str] = []

    def accept(_parent: object, _title: str, text: str, *args: object) -> object:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", accept)
    db = _open_with_recovery(demo_db_path, interactive=True)
    db.close()
    [question] = questions
    assert "miami-2017 (120)" in question
    with sqlite3.connect(demo_db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM participant").fetchone() == (150,)


def test_a_damaged_database_is_left_alone_when_the_restore_is_declined(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    import random

    from delegation_app.storage.backup import backup_database
    from delegation_app.storage.database import DamagedDatabase
    from ui.app import _open_with_recovery

    backup_database(demo_db_path, reason="manual")
    size = demo_db_path.stat().st_size
    with demo_db_path.open("r+b") as handle:
        handle.seek(size // 2 - size // 2 % 4096)
        handle.write(random.Random(6).randbytes(8 * 4096))
    damaged = demo_db_path.read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    with pytest.raises(DamagedDatabase):
        _open_with_recovery(demo_db_path, interactive=True)
    assert demo_db_path.read_bytes() == damaged


def test_a_file_given_as_argument_is_the_database_to_open(tmp_path: Path) -> None:
    path = tmp_path / "mission.sqlite"
    assert parse_arguments([str(path)]).db == path
    with pytest.raises(SystemExit):
        parse_arguments([str(path), "--db", str(path)])


# --- an encrypted database: the key asked at open -----------------------------------------------


class _Typed:
    """What the user types in the key dialog, one entry per time it is shown."""

    def __init__(self, *entries: str | None) -> None:
        self.entries = list(entries)
        self.shown: list[tuple[str, bool, int]] = []

    def __call__(self, path: Path, *, wrong: bool, attempt: int) -> str | None:
        self.shown.append((path.name, wrong, attempt))
        return self.entries.pop(0)


def test_an_encrypted_database_opens_once_its_key_is_typed(
    encrypted_demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    import ui.app
    from tests.conftest import PASSPHRASE

    monkeypatch.delenv("DELEGATION_DB_KEY", raising=False)
    typed = _Typed("not it", PASSPHRASE)
    monkeypatch.setattr(ui.app, "_ask_key", typed)
    db = ui.app._open_with_recovery(encrypted_demo_db_path, interactive=True)
    try:
        assert db.encrypted
        assert PASSPHRASE not in repr(db)
    finally:
        db.close()
    assert typed.shown == [("demo.sqlite", False, 1), ("demo.sqlite", True, 2)]


def test_three_wrong_keys_say_the_key_does_not_open_the_database(
    encrypted_demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, critical: _Critical
) -> None:
    import ui.app

    monkeypatch.delenv("DELEGATION_DB_KEY", raising=False)
    typed = _Typed("one", "two", "three")
    monkeypatch.setattr(ui.app, "_ask_key", typed)
    assert main(["--db", str(encrypted_demo_db_path), "--lang", "en"]) == 1
    assert [wrong for _, wrong, _ in typed.shown] == [False, True, True]
    [(title, text)] = critical.calls
    assert title == "Cannot open the database"
    assert text.startswith(f"the key does not open {encrypted_demo_db_path}: either the key is")


def test_cancelling_the_key_dialog_says_the_database_is_encrypted(
    encrypted_demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, critical: _Critical
) -> None:
    import ui.app

    monkeypatch.delenv("DELEGATION_DB_KEY", raising=False)
    monkeypatch.setattr(ui.app, "_ask_key", _Typed(None))
    assert main(["--db", str(encrypted_demo_db_path), "--lang", "en"]) == 1
    [(_title, text)] = critical.calls
    assert text == f"{encrypted_demo_db_path} is encrypted: enter its key"


def test_self_test_of_an_encrypted_database_takes_the_key_from_the_environment(
    encrypted_demo_db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import ui.app
    from tests.conftest import PASSPHRASE

    monkeypatch.setattr(ui.app, "_ask_key", _Typed())  # never shown: no entry to pop
    monkeypatch.setenv("DELEGATION_DB_KEY", PASSPHRASE)
    assert main(["--db", str(encrypted_demo_db_path), "--self-test"]) == 0
    assert "self-test ok: 2 missions" in capsys.readouterr().out
    monkeypatch.delenv("DELEGATION_DB_KEY")
    assert main(["--db", str(encrypted_demo_db_path), "--self-test"]) == 1
    assert "is encrypted: enter its key" in capsys.readouterr().err


def test_the_key_dialog_hides_what_is_typed_and_speaks_french(qapp: object) -> None:
    from PySide6.QtWidgets import QLineEdit

    from ui.app import key_dialog

    translations.install("fr")
    try:
        dialog = key_dialog(Path("delegation.sqlite"), wrong=False, attempt=1)
        assert dialog.textEchoMode() == QLineEdit.EchoMode.Password
        assert (
            dialog.labelText() == "delegation.sqlite est chiffrée : saisissez sa clé pour l'ouvrir."
        )
        assert dialog.windowTitle() == "Base de données chiffrée"
        again = key_dialog(Path("delegation.sqlite"), wrong=True, attempt=2)
        assert again.labelText() == (
            "Cette clé n'ouvre pas delegation.sqlite. Réessayez (essai 2 sur 3) :"
        )
    finally:
        translations.install("en")
    dialog = key_dialog(Path("delegation.sqlite"), wrong=True, attempt=3)
    assert dialog.labelText() == "That key does not open delegation.sqlite. Try again (try 3 of 3):"
