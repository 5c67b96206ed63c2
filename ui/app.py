"""Entry point of the desktop program (``delegation-app``).

It imports only PySide6 and light modules at its top: the window shows first, and the core
is loaded in a thread while it does (see ``ui.startup``).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from delegation_app.errors import DomainError
from delegation_app.logs import install_excepthook, setup_logging, shutdown_logging
from delegation_app.paths import default_database_path
from ui import settings as keys
from ui.i18n import LANGUAGES, preferred_language, translations
from ui.icons import icon
from ui.main_window import MainWindow
from ui.startup import OpenRequest, Startup, expected_failure

if TYPE_CHECKING:
    from delegation_app.storage.database import Database

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


def _report_open_failure(text: str, *, interactive: bool, parent: MainWindow | None) -> None:
    title = QCoreApplication.translate("App", "Cannot open the database")
    if interactive:
        QMessageBox.critical(parent, title, text)
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


def open_request(args: argparse.Namespace, settings: QSettings, stack: ExitStack) -> OpenRequest:
    """What ``args`` ask to open; the mission shown last is shown first again."""
    select = keys.read_str(settings, keys.LAST_MISSION) or None
    if args.demo:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="delegation-")))
        return OpenRequest(path=folder / "demo.sqlite", demo=True, select=select)
    path = args.db if args.db is not None else default_database_path()
    value = os.environ.get(KEY_VARIABLE)
    key = None
    if value:
        from delegation_app.storage.sqlite_driver import DatabaseKey

        key = DatabaseKey(value)
    return OpenRequest(path=path, select=select, key=key)


def start(
    args: argparse.Namespace, stack: ExitStack, *, language: str, settings: QSettings
) -> Startup:
    """The window's frame, shown, and the database opening in a thread (``Startup.run``
    waits for it). What the thread opens is closed when ``stack`` closes."""
    window = MainWindow(language=language, settings=settings)
    startup = Startup(
        window,
        open_request(args, settings, stack),
        interactive=not args.self_test,
        # Looked up at each ask: a test puts its own typing in place of the dialog.
        ask_key=lambda path, *, wrong, attempt: _ask_key(path, wrong=wrong, attempt=attempt),
        key_tries=KEY_TRIES,
    )

    def close() -> None:
        startup.wait_for_thread()
        if startup.db is not None:
            startup.db.close()

    stack.callback(close)
    return startup


def _run(args: argparse.Namespace) -> int:
    app = _application([])
    settings = keys.app_settings()
    language = args.lang or preferred_language(settings)
    translations.install(language)
    interactive = not args.self_test
    with ExitStack() as stack:
        startup = start(args, stack, language=language, settings=settings)
        window = startup.window
        if startup.run() != EXIT_OK or startup.db is None:
            error = startup.error
            if error is not None and expected_failure(error):
                text = open_failure_text(error, None if args.demo else startup.request.path)
                _report_open_failure(text, interactive=interactive, parent=window)
            window.close()
            if error is None:  # closed before the database was open
                return EXIT_OK
            if not expected_failure(error):
                raise error  # a bug: the excepthook logs it with its traceback
            return EXIT_OPEN_FAILED
        if args.self_test:
            window.finish_building()  # every page, as the bundle's test wants them
            code = self_test(window, startup.db, _print)
            window.close()
            return code
        code = app.exec()
        window.close()  # a no-op after the user closed it; waits on the workers otherwise
        return code


if __name__ == "__main__":
    sys.exit(main())
