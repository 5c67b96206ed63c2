"""Log files: where they go, their rotation, the redaction of personal data, recent errors."""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from types import TracebackType

import platformdirs
import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import IntegrityError

from delegation_app import diagnostics, logs
from delegation_app.paths import APP_AUTHOR, APP_NAME
from delegation_app.storage.database import Database
from delegation_app.storage.models import Person

log = logging.getLogger("delegation.test")

VERSION = version("delegation-app")  # the installed metadata, as the program reads it


@pytest.fixture(autouse=True)
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Never the user's log folder; the logging set-up undone after each test."""
    folder = tmp_path / "logs"
    monkeypatch.setattr(logs, "log_folder", lambda: folder)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # for a subprocess
    level = logging.getLogger().level
    yield folder
    logs.shutdown_logging()
    logs.forget_sensitive()
    logging.getLogger().setLevel(level)


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# --- files ----------------------------------------------------------------------------------


def test_log_folder_is_the_platform_log_folder_of_the_program(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The test session points logs at a temporary folder: load the module afresh for the real
    # function.
    import importlib.util

    spec = importlib.util.find_spec("delegation_app.logs")
    assert spec is not None and spec.loader is not None
    fresh = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fresh)
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    assert fresh.log_folder() == Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def test_setup_logging_writes_to_a_private_file_in_the_log_folder(log_folder: Path) -> None:
    path = logs.setup_logging("delegation-app")
    assert path == log_folder / "delegation-app.log"
    assert logs.current_log_file() == path
    log.warning("the daily backup failed: disk full")
    lines = _text(path).splitlines()
    assert lines[0].endswith(f"INFO delegation: delegation-app {VERSION} started")
    assert lines[-1].endswith("WARNING delegation.test: the daily backup failed: disk full")
    assert lines[-1][:4].isdigit()  # the time first
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
        assert log_folder.stat().st_mode & 0o777 == 0o700


def test_setting_up_twice_keeps_one_handler(log_folder: Path) -> None:
    logs.setup_logging("delegation-app")
    path = logs.setup_logging("delegation-app")
    log.error("only once")
    assert _text(path).count("only once") == 1


def test_info_is_kept_and_debug_is_not_by_default(log_folder: Path) -> None:
    path = logs.setup_logging("delegation-cli")
    log.debug("a detail")
    log.info("a step")
    assert "a step" in _text(path)
    assert "a detail" not in _text(path)


def test_log_rotates_and_keeps_five_old_files(
    log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.setup_logging("delegation-app")
    for number in range(400):
        log.error("error number %04d of the booklet printing", number)
    rotated = sorted(p.name for p in log_folder.iterdir())
    assert rotated == [
        f"delegation-app.log{suffix}" for suffix in ("", ".1", ".2", ".3", ".4", ".5")
    ]
    for file in log_folder.iterdir():
        assert file.stat().st_size <= 2_000
        if os.name == "posix":
            assert file.stat().st_mode & 0o777 == 0o600
    assert _text(path).rstrip().endswith("error number 0399 of the booklet printing")


def test_a_folder_that_cannot_be_made_does_not_stop_the_program(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    logs.setup_logging("delegation-app", folder=blocked / "logs")
    assert logs.current_log_file() is None
    problem = logs.logging_problem()
    assert problem is not None and "cannot write logs in" in problem
    log.error("still works")  # goes to stderr, without raising


# --- redaction ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "passport 18FV40217 expires before the return",
        "Passeport n° 18FV40217 de M. Dupont",
        "passeport : 18fv40217",
        "PASSPORT NUMBER 18FV40217",
        "passport no. 561234987 (US)",
        "18FV40217 (passport) is not valid for six months after the return",
        "passport_number='18FV40217' refused",
        "{'passport_number': '18FV40217', 'given_name': 'Jean'}",
        "numéro de passeport: 18FV40217",
    ],
)
def test_passport_numbers_next_to_the_word_are_redacted(line: str) -> None:
    redacted = logs.redact(line)
    assert "18FV40217".lower() not in redacted.lower()
    assert "561234987" not in redacted


@pytest.mark.parametrize(
    "line",
    [
        "passport expired for mission miami-2017",
        "flight AF0090 lands at 17:40 on 2017-11-05",
        "booklet of Jean Dupont printed in 1.2 s",
        "schema 0004 upgraded to 0005",
        "quick_check found 3 problems on page 12345678",
        "meeting at 05.11.2017 17:40 with Space Florida",
        'File "/work/main/delegation_app/services/people.py", line 1234, in update_person',
        "version 6.10.1 of PySide6",
    ],
)
def test_ordinary_lines_are_left_alone(line: str) -> None:
    assert logs.redact(line) == line


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("call +33 6 12 34 56 78 on arrival", "+33 6 12 34 56 78"),
        ("call +33612345678 on arrival", "+33612345678"),
        ("call +1 (305) 555-0123 on arrival", "+1 (305) 555-0123"),
        ("call 0033 6 12 34 56 78 on arrival", "0033 6 12 34 56 78"),
        ("call 06 12 34 56 78 on arrival", "06 12 34 56 78"),
        ("call 06.12.34.56.78 on arrival", "06.12.34.56.78"),
        ("call 0612345678 on arrival", "0612345678"),
        ("call 020 7946 0958 on arrival", "020 7946 0958"),
        ("call (305) 555-0123 on arrival", "(305) 555-0123"),
        ("call 305-555-0123 on arrival", "305-555-0123"),
        ("call +972 3-555-1234 on arrival", "+972 3-555-1234"),
    ],
)
def test_phone_numbers_are_redacted(line: str, number: str) -> None:
    assert logs.redact(line) == line.replace(number, "[phone]")


def test_email_addresses_are_redacted() -> None:
    line = "invitation to jean.dupont@ampmetropole.fr and h.martin+miami@provence-promotion.org"
    assert logs.redact(line) == "invitation to [e-mail] and [e-mail]"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("date of birth: 1961-04-02", "date of birth: [redacted]"),
        ("born 02/04/1961 in Marseille", "born [date of birth] in Marseille"),
        ("née le 02/04/1961", "née le [date of birth]"),
        (
            "{'birth_date': datetime.date(1961, 4, 2), 'language': 'fr'}",
            "{'birth_date': [redacted], 'language': 'fr'}",
        ),
        ("dietary needs: no pork, no alcohol; seat 2A", "dietary needs: [redacted]; seat 2A"),
        (
            "mobility_needs=wheelchair mission=miami-2017",
            "mobility_needs=[redacted] mission=miami-2017",
        ),
        ("emergency_contact='Marie Dupont' row 4", "emergency_contact=[redacted] row 4"),
        ("booking_reference: 'K7TR2Q'", "booking_reference: [redacted]"),
        ("birth_date: None", "birth_date: None"),
    ],
)
def test_values_named_by_a_personal_field_are_redacted(line: str, expected: str) -> None:
    assert logs.redact(line) == expected


def test_registered_values_are_redacted_in_any_letter_case() -> None:
    assert (
        logs.register_sensitive(
            ["Sans gluten, pas de fruits à coque", "ESTA7Q2K9X4M1P", "FR", None]
        )
        == 2
    )
    line = "paragraph 'Régime : SANS GLUTEN, pas de fruits à coque' too long; esta7q2k9x4m1p"
    assert logs.redact(line) == "paragraph 'Régime : [redacted]' too long; [redacted]"
    assert (
        logs.redact("FR and fr stay: too short to register")
        == "FR and fr stay: too short to register"
    )
    logs.forget_sensitive()
    assert "ESTA7Q2K9X4M1P" in logs.redact("ESTA7Q2K9X4M1P")


def test_a_traceback_is_written_redacted(log_folder: Path) -> None:
    path = logs.setup_logging("delegation-app")
    try:
        raise ValueError("passport 18FV40217 of jean.dupont@ampmetropole.fr expires")
    except ValueError:
        log.exception("booklet printing failed")
    text = _text(path)
    assert "Traceback (most recent call last)" in text
    assert "ValueError: passport [passport] of [e-mail] expires" in text
    assert "18FV40217" not in text
    assert "jean.dupont" not in text


def test_an_sqlalchemy_error_is_logged_without_its_parameters(
    log_folder: Path, db: Database
) -> None:
    path = logs.setup_logging("delegation-app")
    with db.transaction() as session:
        session.add(Person(short="jdupont", given_name="Jean", family_name="Dupont"))
    with pytest.raises(IntegrityError), db.transaction() as session:
        try:
            session.add(
                Person(
                    short="jdupont",
                    given_name="Jean",
                    family_name="Dupont",
                    passport_number="18FV40217",
                    emergency_contact="Marie Dupont",
                )
            )
            session.flush()
        except IntegrityError:
            log.exception("import failed")
            raise
    text = _text(path)
    assert "UNIQUE constraint failed: person.short" in text
    assert "[parameters: …]" in text
    assert "18FV40217" not in text
    assert "Marie Dupont" not in text


def test_sql_echo_never_writes_bound_values(log_folder: Path) -> None:
    path = logs.setup_logging("delegation-app")
    engine = create_engine("sqlite://", echo=True)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT ?, ?", ("18FV40217", "Marie Dupont"))
    finally:
        engine.dispose()
        logging.getLogger("sqlalchemy.engine.Engine").setLevel(logging.WARNING)
        for handler in list(logging.getLogger("sqlalchemy.engine.Engine").handlers):
            logging.getLogger("sqlalchemy.engine.Engine").removeHandler(handler)
    text = _text(path)
    assert "SELECT ?, ?" in text
    assert "18FV40217" not in text
    assert "Marie Dupont" not in text


def test_every_handler_gets_the_redacted_record_whatever_its_place(
    log_folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # pytest's capture handler sits on the root logger before ours: it must not see the values.
    logs.setup_logging("delegation-cli")
    with caplog.at_level(logging.INFO):
        log.warning("emergency contact: Marie Dupont +33 6 98 76 54 32")
    assert caplog.messages[-1] == "emergency contact: [redacted]"
    logs.shutdown_logging()
    with caplog.at_level(logging.INFO):
        log.warning("passport 18FV40217")
    assert caplog.messages[-1] == "passport 18FV40217"  # the factory is put back


def test_a_message_with_wrong_arguments_keeps_its_line_not_its_values(log_folder: Path) -> None:
    path = logs.setup_logging("delegation-app")
    log.error("row %d refused", "18FV40217")
    assert "row %d refused (arguments not shown)" in _text(path)
    assert "18FV40217" not in _text(path)


# --- unexpected errors ----------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_uncaught_exceptions_are_logged_and_the_previous_hook_still_runs(
    log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[type[BaseException]] = []

    def previous(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        seen.append(kind)

    monkeypatch.setattr(sys, "excepthook", previous)
    path = logs.setup_logging("delegation-app")
    uninstall = logs.install_excepthook()
    try:
        try:
            raise KeyError("dietary_needs='sans gluten'")
        except KeyError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        worker = threading.Thread(target=lambda: 1 / 0, name="booklet-worker")
        worker.start()
        worker.join()
    finally:
        uninstall()
    assert sys.excepthook is previous
    assert seen == [KeyError]
    text = _text(path)
    assert "CRITICAL delegation.crash: unexpected error\nTraceback" in text
    assert 'KeyError: "dietary_needs=[redacted]"' in text
    assert "CRITICAL delegation.crash: unexpected error in booklet-worker" in text
    assert "ZeroDivisionError" in text
    assert "sans gluten" not in text


def test_python_s_own_hooks_give_way_to_a_redacted_print(
    log_folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)
    logs.setup_logging("delegation-app")
    uninstall = logs.install_excepthook()
    try:
        try:
            raise RuntimeError("passport 18FV40217 refused")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]

        def fail() -> None:
            raise RuntimeError("call +33 6 12 34 56 78")

        worker = threading.Thread(target=fail, name="import-worker")
        worker.start()
        worker.join()
    finally:
        uninstall()
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err
    assert "RuntimeError: passport [passport] refused" in err
    assert "Exception in thread import-worker:" in err
    assert "RuntimeError: call [phone]" in err
    assert "18FV40217" not in err


# --- reading back ---------------------------------------------------------------------------


def test_recent_errors_are_the_last_ones_with_their_exception(log_folder: Path) -> None:
    path = logs.setup_logging("delegation-app")
    for number in range(25):
        log.error("error %d", number)
        log.info("not an error %d", number)
    try:
        raise OSError("disk full")
    except OSError:
        log.exception("backup failed")
    errors = logs.recent_errors(20)
    assert len(errors) == 20
    assert errors[0].endswith("ERROR delegation.test: error 6")
    assert errors[-1].endswith("ERROR delegation.test: backup failed | OSError: disk full")
    assert logs.recent_errors(3, path=path)[0].endswith("error 23")
    assert logs.recent_errors(0) == []


def test_recent_errors_read_the_rotated_files_too(
    log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 1_000)
    logs.setup_logging("delegation-app")
    for number in range(30):
        log.error("error %02d", number)
    assert (log_folder / "delegation-app.log.1").exists()
    errors = logs.recent_errors(20)
    assert [e[-2:] for e in errors] == [f"{n:02d}" for n in range(10, 30)]


def test_recent_errors_redact_lines_written_before_the_rules(log_folder: Path) -> None:
    log_folder.mkdir()
    old = log_folder / "delegation-app.log"
    old.write_text(
        "2026-11-20 09:12:03,120 ERROR ui.workers: passport 18FV40217 refused\n",
        encoding="utf-8",
    )
    assert logs.recent_errors(5, path=old) == [
        "2026-11-20 09:12:03,120 ERROR ui.workers: passport [passport] refused"
    ]
    assert logs.recent_errors(5, path=log_folder / "missing.log") == []


# --- diagnostic -----------------------------------------------------------------------------


def test_diagnostic_names_versions_database_backups_and_recent_errors(
    log_folder: Path, db: Database, db_path: Path
) -> None:
    from delegation_app.storage.database import backup_before

    logs.setup_logging("delegation-app")
    with db.transaction() as session:
        session.add(
            Person(
                short="jdupont",
                given_name="Jean",
                family_name="Dupont",
                passport_number="18FV40217",
            )
        )
    backup_before(db, "purge")
    log.error("booklet printing failed for passport 18FV40217")
    text = diagnostics.diagnostic_text(db_path, extra={"Qt": "6.8.1", "PySide6": "6.8.1"})
    assert f"Program: {VERSION}" in text
    assert f"Python: {sys.version_info.major}.{sys.version_info.minor}" in text
    assert "Qt: 6.8.1\nPySide6: 6.8.1\n" in text
    assert f"Database: {db_path}" in text
    assert "schema revision: " in text
    assert "rows: mission 0, person 1, participant 0" in text
    assert f"Backup folder: {db.backup_folder}" in text
    assert re.search(r"\d backup\(s\); latest: test-\d{8}-\d{6}-[a-z-]+\.\w+ \(", text)
    assert f"Log folder: {log_folder}" in text
    assert "delegation-app.log: " in text
    assert "ERROR delegation.test: booklet printing failed for passport [passport]" in text
    for personal in ("18FV40217", "Jean", "Dupont", "jdupont"):
        assert personal not in text


def test_diagnostic_without_a_database_or_logs(log_folder: Path) -> None:
    text = diagnostics.diagnostic_text(None)
    assert "Database: none open" in text
    assert "Last errors (0):\n  none" in text
    assert "PySide6" not in text  # the core knows nothing of Qt: the window adds it


def test_diagnostic_of_a_missing_or_foreign_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite"
    assert "(no file at this path)" in diagnostics.diagnostic_text(missing)
    assert not missing.exists()  # looking does not create it
    notes = tmp_path / "notes.sqlite"
    notes.write_text("Programme de la mission à Miami", encoding="utf-8")
    assert "not an SQLite file" in diagnostics.diagnostic_text(notes)
