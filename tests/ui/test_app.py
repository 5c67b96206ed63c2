"""The entry point: opening databases, refusing bad files, the packaging self-test."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.ui.sample_data import Sample
from ui import settings as keys
from ui.app import main, parse_arguments, start
from ui.i18n import translations
from ui.startup import Startup

ROOT = Path(__file__).resolve().parents[2]


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


def _damage(path: Path) -> bytes:
    """Garbage over pages in the middle of the file, after a good backup; the damaged bytes."""
    import random

    from delegation_app.storage.backup import backup_database

    backup_database(path, reason="manual")
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2 - size // 2 % 4096)
        handle.write(random.Random(6).randbytes(8 * 4096))
    return path.read_bytes()


def _open_as_the_program_does(path: Path, stack: ExitStack, *, language: str = "en") -> Startup:
    """What ``delegation-app --db PATH`` does up to the window showing the data."""
    args = parse_arguments(["--db", str(path), "--lang", language])
    startup = start(args, stack, language=language, settings=keys.app_settings())
    stack.callback(startup.window.close)
    startup.run()
    return startup


class _Questions:
    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent: object, _title: str, text: str, *args: object) -> object:
        self.asked.append(text)
        return self.answer


def test_a_damaged_database_is_restored_from_its_latest_backup_when_accepted(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    import sqlite3

    _damage(demo_db_path)
    questions = _Questions(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", questions)
    with ExitStack() as stack:
        startup = _open_as_the_program_does(demo_db_path, stack)
        assert startup.code == 0 and startup.error is None
        assert startup.window.roster_model.rowCount() > 0  # the restored missions show
    [question] = questions.asked
    assert "miami-2017 (120)" in question
    with sqlite3.connect(demo_db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM participant").fetchone() == (150,)


def test_a_damaged_database_is_left_alone_when_the_restore_is_declined(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    from delegation_app.storage.database import DamagedDatabase

    damaged = _damage(demo_db_path)
    questions = _Questions(QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "question", questions)
    with ExitStack() as stack:
        startup = _open_as_the_program_does(demo_db_path, stack)
        assert startup.code == 1
        assert isinstance(startup.error, DamagedDatabase)
        assert not startup.window.attached
    assert len(questions.asked) == 1
    assert demo_db_path.read_bytes() == damaged


def test_a_damaged_database_declined_is_refused_in_one_sentence(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, critical: _Critical
) -> None:
    _damage(demo_db_path)
    monkeypatch.setattr(QMessageBox, "question", _Questions(QMessageBox.StandardButton.No))
    assert main(["--db", str(demo_db_path), "--lang", "en"]) == 1
    [(title, text)] = critical.calls
    assert title == "Cannot open the database"
    assert "damaged" in text or "malformed" in text
    assert "\n" not in text


def test_a_database_open_in_another_window_is_refused_naming_it(
    db_path: Path, critical: _Critical
) -> None:
    from delegation_app.storage.database import open_database

    held = open_database(db_path, daily_backup=False)
    try:
        assert main(["--db", str(db_path), "--lang", "en"]) == 1
    finally:
        held.close()
    [(title, text)] = critical.calls
    assert title == "Cannot open the database"
    assert text.startswith(f"test.sqlite is open in another window (pid {os.getpid()}")


def _lock_of_another_computer(db_path: Path) -> None:
    from delegation_app.storage.lock import lock_path_for

    lock = {
        "pid": 4242,
        "host": "laptop-x",
        "user": "marie",
        "program": "delegation-app",
        "started": "2017-11-05T09:30:00+01:00",
    }
    lock_path_for(db_path).write_text(json.dumps(lock), encoding="utf-8")


def test_a_lock_left_on_another_computer_is_taken_over_when_accepted(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    from delegation_app.storage.lock import read_lock

    _lock_of_another_computer(db_path)
    questions = _Questions(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", questions)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    with ExitStack() as stack:
        startup = _open_as_the_program_does(db_path, stack)
        assert startup.code == 0 and startup.window.attached
        holder = read_lock(db_path)
        assert holder is not None and holder.host == socket.gethostname()
    [question] = questions.asked
    assert "laptop-x" in question and "Open it here anyway?" in question
    assert warnings == [
        "took over the lock of test.sqlite from laptop-x (open there since 2017-11-05 09:30)"
    ]


def test_a_lock_left_on_another_computer_is_kept_when_declined(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, critical: _Critical
) -> None:
    from delegation_app.storage.lock import lock_path_for

    _lock_of_another_computer(db_path)
    before = lock_path_for(db_path).read_text(encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", _Questions(QMessageBox.StandardButton.No))
    assert main(["--db", str(db_path), "--lang", "en"]) == 1
    [(_title, text)] = critical.calls
    assert text == (
        "test.sqlite is open on laptop-x since 2017-11-05 09:30 (by marie); close it there first"
    )
    assert lock_path_for(db_path).read_text(encoding="utf-8") == before


def test_the_last_mission_and_tab_shown_are_shown_again_at_the_next_start(
    demo_db_path: Path, qapp: object
) -> None:
    from ui.main_window import ITINERARY_TAB

    with ExitStack() as stack:
        first = _open_as_the_program_does(demo_db_path, stack)
        window = first.window
        assert window.select_mission("toronto-montreal-2019")
        window.show_itinerary()
    with ExitStack() as stack:
        again = _open_as_the_program_does(demo_db_path, stack).window
        assert again.current_mission is not None
        assert again.current_mission.short == "toronto-montreal-2019"
        assert again.mission_tabs.currentIndex() == ITINERARY_TAB
        assert again.roster_model.rowCount() == again.current_mission.participant_count


def test_closing_the_window_while_the_database_opens_leaves_nothing_open(
    demo_db_path: Path, qapp: object
) -> None:
    from delegation_app.storage.lock import lock_path_for

    args = parse_arguments(["--db", str(demo_db_path), "--lang", "en"])
    with ExitStack() as stack:
        startup = start(args, stack, language="en", settings=keys.app_settings())
        QTimer.singleShot(0, startup.window.close)  # before the thread has opened anything
        assert startup.run() == 0
        assert not startup.window.attached
    assert not lock_path_for(demo_db_path).exists()


FRAME_ONLY = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.main_window import MainWindow
window = MainWindow(language="en")
window.show()
app.processEvents()
core = sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy" or m.startswith(
    ("delegation_app.storage", "delegation_app.services", "babel")))
print(window.isVisible(), window.missions_heading.text(), core)
"""


def test_the_window_frame_shows_before_the_core_is_imported(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", FRAME_ONLY],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)},
        timeout=60,
    )
    assert result.stdout.strip() == "True Missions []"


def test_a_file_given_as_argument_is_the_database_to_open(tmp_path: Path) -> None:
    path = tmp_path / "mission.sqlite"
    assert parse_arguments([str(path)]).db == path
    with pytest.raises(SystemExit):
        parse_arguments([str(path), "--db", str(path)])


def test_the_checks_panel_shown_at_close_shows_again_at_the_next_start(
    demo_db_path: Path, qapp: object
) -> None:
    with ExitStack() as stack:
        window = _open_as_the_program_does(demo_db_path, stack).window
        window.finish_building()
        assert not window.checks_panel.isVisible()
        window.checks_action.trigger()
        assert window.checks_panel.isVisible()
    with ExitStack() as stack:
        window = _open_as_the_program_does(demo_db_path, stack).window
        window.finish_building()
        assert window.checks_panel.isVisible()
        assert window.checks_action.isChecked()


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
    with ExitStack() as stack:
        startup = _open_as_the_program_does(encrypted_demo_db_path, stack)
        assert startup.code == 0 and startup.db is not None
        assert startup.db.encrypted
        assert PASSPHRASE not in repr(startup.db)
        assert PASSPHRASE not in repr(startup.request)
        assert startup.window.roster_model.rowCount() > 0
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
