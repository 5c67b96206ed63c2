"""Entry point of the desktop program (``delegation-app``)."""

from __future__ import annotations

import argparse
import os
import re
import socket
import sys
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QProgressDialog
from sqlalchemy.exc import SQLAlchemyError

from delegation_app.errors import DomainError
from delegation_app.logs import install_excepthook, setup_logging, shutdown_logging
from delegation_app.paths import default_database_path
from delegation_app.storage.backup import preview_backup, restore
from delegation_app.storage.database import DamagedDatabase, Database, open_database
from delegation_app.storage.lock import DatabaseInUse
from delegation_app.storage.sqlite_driver import DatabaseKey, KeyRequired, WrongKey
from ui import settings as keys
from ui.i18n import LANGUAGES, preferred_language, translations
from ui.icons import icon
from ui.main_window import MainWindow

EXIT_OK = 0
EXIT_OPEN_FAILED = 1
EXIT_SELF_TEST_FAILED = 2
KEY_VARIABLE = "DELEGATION_DB_KEY"  # as for delegation-cli: a key never given as an argument
KEY_TRIES = 3


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="delegation-app",
        description="Rosters, itineraries and booklets of official economic delegations.",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--db", type=Path, metavar="PATH", help="database file to open (created if missing)"
    )
    source.add_argument(
        "--demo", action="store_true", help="open a fresh demo database (Miami 2017, Toronto 2019)"
    )
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        help="a database file to open, as the desktop passes it on a double-click",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the window")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window, check that it shows the missions, and exit",
    )
    args = parser.parse_args(argv)
    if args.file is not None:
        if args.db is not None or args.demo:
            parser.error("give the database either as FILE or with --db/--demo, not both")
        args.db = args.file
    return args


def _application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0] if sys.argv else "delegation-app", *argv])
    app.setOrganizationName(keys.ORGANISATION)
    app.setApplicationName(keys.APPLICATION)
    app.setApplicationDisplayName("Delegation")
    app.setWindowIcon(icon("delegation"))
    return app


def _open(args: argparse.Namespace, stack: ExitStack, *, interactive: bool) -> Database:
    if args.demo:
        # Imported here: only the demo needs the demo builder.
        from delegation_app.interchange.demo import build_demo_database

        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="delegation-")))
        notice = _busy_notice(QCoreApplication.translate("App", "Preparing the demo missions…"))
        try:
            path = build_demo_database(folder / "demo.sqlite")
        finally:
            notice.close()
            QApplication.restoreOverrideCursor()
        # A throw-away demo needs no daily copy in the user's backup folder.
        db = open_database(path, daily_backup=False)
    else:
        path = args.db if args.db is not None else default_database_path()
        db = _open_with_recovery(path, interactive=interactive)
    stack.callback(db.close)
    if db.warnings:
        _report_warnings(db.warnings, interactive=interactive)
    return db


def _open_with_recovery(path: Path, *, interactive: bool) -> Database:
    """Open ``path``; ask the key of an encrypted file (three tries), offer the latest good
    backup for a damaged file, and to take over a lock left by another computer.
    Unattended (--self-test), nothing is asked: the key comes from $DELEGATION_DB_KEY."""
    value = os.environ.get(KEY_VARIABLE)
    key = DatabaseKey(value) if value else None
    tries = 0
    while True:
        try:
            return _open_keyed(path, key, interactive=interactive)
        except (KeyRequired, WrongKey) as needed:
            if not interactive or tries == KEY_TRIES:
                raise
            wrong = isinstance(needed, WrongKey)
            typed = _ask_key(needed.path, wrong=wrong, attempt=tries + 1)
            if typed is None:
                raise
            tries += 1
            key = DatabaseKey(typed) if typed else None


def key_dialog(path: Path, *, wrong: bool, attempt: int) -> QInputDialog:
    """The password dialog asking an encrypted database's key (its text hidden as typed);
    ``attempt``: which of the ``KEY_TRIES`` tries this is."""
    dialog = QInputDialog()
    dialog.setWindowTitle(QCoreApplication.translate("App", "Encrypted database"))
    if wrong:
        text = QCoreApplication.translate(
            "App", "That key does not open {name}. Try again (try {attempt} of {tries}):"
        ).format(name=path.name, attempt=attempt, tries=KEY_TRIES)
    else:
        text = QCoreApplication.translate(
            "App", "{name} is encrypted: enter its key to open it."
        ).format(name=path.name)
    dialog.setLabelText(text)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setOkButtonText(QCoreApplication.translate("App", "Open"))
    dialog.setCancelButtonText(QCoreApplication.translate("App", "Cancel"))
    return dialog


def _ask_key(path: Path, *, wrong: bool, attempt: int) -> str | None:
    """The key typed by the user; None if they cancelled."""
    dialog = key_dialog(path, wrong=wrong, attempt=attempt)
    try:
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return None
        return dialog.textValue()
    finally:
        dialog.setTextValue("")
        dialog.deleteLater()


def _open_keyed(path: Path, key: DatabaseKey | None, *, interactive: bool) -> Database:
    try:
        return open_database(path, key=key)
    except DamagedDatabase as damaged:
        if not interactive or damaged.latest_backup is None:
            raise
        if not _ask_restore(damaged, key):
            raise
        restore(damaged.latest_backup, path, key=key)
        return open_database(path, key=key)
    except DatabaseInUse as in_use:
        holder = in_use.holder
        if not interactive or holder is None or holder.host == socket.gethostname():
            raise
        answer = QMessageBox.question(
            None,
            QCoreApplication.translate("App", "Database open on another computer"),
            QCoreApplication.translate(
                "App",
                "{message}\n\nOpen it here anyway? Do so only if that computer no longer uses "
                "it: two computers writing the same file can lose work.",
            ).format(message=str(in_use)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            raise
        return open_database(path, force=True, key=key)


def _ask_restore(damaged: DamagedDatabase, key: DatabaseKey | None = None) -> bool:
    assert damaged.latest_backup is not None
    info = preview_backup(damaged.latest_backup, key)
    missions = ", ".join(f"{m.short} ({m.delegates})" for m in info.missions) or "—"
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("App", "The database is damaged"),
        QCoreApplication.translate(
            "App",
            "{message}\n\nRestore the latest good backup, taken {taken}?\nIt holds: "
            "{missions}.\nThe damaged file is kept beside the backups.",
        ).format(message=str(damaged), taken=f"{info.taken:%Y-%m-%d %H:%M}", missions=missions),
    )
    return answer == QMessageBox.StandardButton.Yes


def _report_warnings(warnings: list[str], *, interactive: bool) -> None:
    text = "\n".join(warnings)
    if interactive:
        QMessageBox.warning(None, QCoreApplication.translate("App", "Delegation"), text)
    elif sys.stderr is not None:
        print(text, file=sys.stderr, flush=True)


def _busy_notice(text: str) -> QProgressDialog:
    """A small window saying what takes a few seconds before the main window appears."""
    notice = QProgressDialog(text, "", 0, 0)
    notice.setCancelButton(None)
    notice.setWindowTitle("Delegation")
    notice.setMinimumDuration(0)
    notice.show()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QApplication.processEvents()
    return notice


def open_failure_text(error: Exception, path: Path | None) -> str:
    """One sentence for a database that cannot be opened, without SQL or traceback."""
    if isinstance(error, DomainError):
        return _without_driver_noise(str(error))
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        where = error.filename or path
    else:  # a driver error from inside SQLAlchemy: its own message is the readable part
        reason = str(getattr(error, "orig", None) or type(error).__name__)
        where = path
    return f"{where}: {reason}" if where else reason


def _without_driver_noise(text: str) -> str:
    """Drop what SQLAlchemy appends for developers (SQL, links) from a wrapped driver error."""
    lines = [
        line
        for line in text.splitlines()
        if not line.startswith(("(Background on this error", "[SQL:", "[parameters:"))
    ]
    return re.sub(r"\((?:\w+\.)*\w+Error\) ", "", " ".join(lines)).strip()


def _report_open_failure(text: str, *, interactive: bool) -> None:
    title = QCoreApplication.translate("App", "Cannot open the database")
    if interactive:
        QMessageBox.critical(None, title, text)
    elif sys.stderr is not None:  # --self-test runs unattended: never wait on a dialog
        print(f"{title}: {text}", file=sys.stderr, flush=True)


def self_test(window: MainWindow, db: Database, report: Callable[[str], None]) -> int:
    """The checks of ``--self-test``: the window shows, and shows the stored missions."""
    QApplication.processEvents()
    from delegation_app.services.missions import list_missions

    with db.reading() as session:
        stored = len(list_missions(session))
    shown = window.missions_model.rowCount()
    if not window.isVisible() or shown != stored:
        report(f"self-test failed: {shown} of {stored} missions shown")
        return EXIT_SELF_TEST_FAILED
    mission = window.current_mission
    if stored and mission is None:
        report("self-test failed: no mission selected")
        return EXIT_SELF_TEST_FAILED
    roster = window.roster_model.rowCount()
    if mission is not None and roster != mission.participant_count:
        report(f"self-test failed: roster shows {roster} of {mission.participant_count}")
        return EXIT_SELF_TEST_FAILED
    report(f"self-test ok: {shown} missions, {roster} delegates shown")
    return EXIT_OK


def _print(text: str) -> None:
    # A GUI-subsystem executable on Windows has no stdout.
    if sys.stdout is not None:
        print(text, flush=True)


def start_logging() -> Callable[[], None]:
    """Log to the user's log folder, personal data redacted, uncaught exceptions included
    (with their traceback); returns what undoes it. About 2 ms of the start."""
    setup_logging("delegation-app")
    uninstall = install_excepthook()

    def stop() -> None:
        uninstall()
        shutdown_logging()

    return stop


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    stop_logging = start_logging()
    try:
        return _run(args)
    finally:
        stop_logging()


def _run(args: argparse.Namespace) -> int:
    app = _application([])
    settings = keys.app_settings()
    language = args.lang or preferred_language(settings)
    translations.install(language)
    with ExitStack() as stack:
        try:
            db = _open(args, stack, interactive=not args.self_test)
            # The window reads the missions at once: a damaged file can still fail here.
            window = MainWindow(db, language=language, settings=settings)
        except (DomainError, OSError, SQLAlchemyError) as error:
            path = None if args.demo else (args.db or default_database_path())
            _report_open_failure(open_failure_text(error, path), interactive=not args.self_test)
            return EXIT_OPEN_FAILED
        window.show()
        if args.self_test:
            code = self_test(window, db, _print)
            window.close()
            return code
        code = app.exec()
        window.close()  # a no-op after the user closed it; waits on the workers otherwise
        return code


if __name__ == "__main__":
    sys.exit(main())
