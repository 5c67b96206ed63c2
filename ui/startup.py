"""Opening the program without a blank wait: the window first, the database in a thread.

PySide6 alone takes a fifth of a second to load; the core (SQLAlchemy, the models, the
services, the pages' modules) takes about as long again three or four times over. So the
window's frame (menus, toolbar, the missions pane, at its saved size) shows first, from PySide6
alone; a thread then imports the core, opens the database (or writes the demo), and reads the
missions and the roster the window shows first; the window fills in when they arrive, then the
thread imports the other pages' modules and the window builds one page per turn of the event
loop. The window keeps answering throughout.

This module, like ``ui.main_window``, imports only PySide6 and light modules at its top.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QMessageBox, QWidget

from delegation_app.errors import DomainError

if TYPE_CHECKING:
    from delegation_app.services.first_look import FirstLook
    from delegation_app.services.missions import MissionView
    from delegation_app.services.roster import GroupView, RosterEntry
    from delegation_app.storage.database import DamagedDatabase, Database
    from delegation_app.storage.lock import DatabaseInUse
    from delegation_app.storage.sqlite_driver import DatabaseKey
    from ui.main_window import MainWindow

#: Asks the key of an encrypted file: ``(path, wrong=..., attempt=...)``, None if cancelled.
AskKey = Callable[..., "str | None"]

#: What the window needs to show the first look's missions and roster (no SQLAlchemy).
FIRST_LOOK_MODULES = (
    "delegation_app.services.first_look",
    "ui.formatting",
    "ui.labels",
    "ui.models",
    "ui.delegates",
)
#: The modules the window needs to show the missions and the first roster, imported first.
FIRST_MODULES = (
    "delegation_app.storage.database",
    "delegation_app.services.missions",
    "delegation_app.services.roster",
    "ui.formatting",
    "ui.labels",
    "ui.models",
    "ui.delegates",
    "ui.workers",
)
#: The modules of the other pages and dialogs, imported by the thread once the first roster
#: shows; the pages are built afterwards, one per turn of the event loop. Imported on the
#: window's thread instead, one per turn, some kept it from answering for half a second on a
#: busy machine (the checks' services alone); in the thread, the window's thread only waits
#: for its share of the interpreter (a few milliseconds at a time).
LATER_MODULES = (
    "delegation_app.services.checks",
    "ui.checks_panel",
    "delegation_app.services.agenda",
    "ui.item_dialog",
    "ui.itinerary_page",
    "delegation_app.services.agreements",
    "ui.agreements_page",
    "delegation_app.services.meetings",
    "delegation_app.services.meeting_plan",
    "ui.meetings_page",
    "ui.workshops_page",
    "ui.leads_page",
    "ui.overview_page",
    "ui.print_page",
    "ui.delegate_dialog",
    "ui.import_dialog",
    "ui.commands",
    "ui.roster_commands",
    "ui.dialogs",
    "phonenumbers",  # a delegate's record shows their phone: 50 ms at its first opening
)
#: Set in the environment, the program writes "startup: <step>" lines on stderr as it opens
#: (what tests/benchmarks/bench_startup.py times; see ``Trace``); set to "quit", it also quits
#: once the window is ready.
TRACE_VARIABLE = "DELEGATION_STARTUP_TRACE"
_IMPORTED = time.perf_counter()


@dataclass(frozen=True)
class OpenRequest:
    """What to open: ``path``, or with ``demo`` a fresh demo written at ``path``."""

    path: Path
    demo: bool = False
    #: Take over a lock left by another computer.
    force: bool = False
    #: Restore this backup over ``path`` before opening it (the file was damaged).
    restore_from: Path | None = None
    #: The mission to show first (its short name), when it still exists.
    select: str | None = None
    #: The key of an encrypted file (its repr never shows the passphrase).
    key: DatabaseKey | None = None


@dataclass(frozen=True)
class Opened:
    """The open database and what the window shows first, read in the thread."""

    db: Database
    missions: tuple[MissionView, ...]
    #: The mission to select, with its roster and groups (None without missions).
    first: tuple[MissionView, tuple[RosterEntry, ...], tuple[GroupView, ...]] | None


def import_modules(names: tuple[str, ...]) -> None:
    import importlib

    for name in names:
        importlib.import_module(name)


def look_first(request: OpenRequest, language: str = "fr") -> FirstLook | None:
    """The first look at the file to open (``services.first_look``: sqlite3 alone, read-only),
    with what the window needs to show it imported; None when there is none to take: a demo
    still to write, a backup to restore, a key or a lock to deal with, or a file it cannot read
    as it is (the real opening then says why). Run in the thread."""
    if request.demo or request.restore_from is not None or request.force or request.key:
        return None
    from delegation_app.services.first_look import first_look

    look = first_look(request.path, request.select)
    if look is not None:
        _load_first_paint_data((language,))  # the window's: the other is loaded later
        import_modules(FIRST_LOOK_MODULES)
    return look


def _load_first_paint_data(languages: tuple[str, ...] = ("fr", "en")) -> None:
    from babel import Locale

    for code in languages:  # what the roster's first paint reads (names of languages)
        Locale.parse(code).languages  # noqa: B018 - loads the locale's data, once


def open_request(request: OpenRequest, say: Callable[[str], None]) -> Opened:
    """Open (or write) the database and read what the window shows first. Run in a thread:
    it imports the core and touches no widget."""
    import_modules(FIRST_MODULES)
    _load_first_paint_data()
    from delegation_app.services.missions import list_missions
    from delegation_app.services.roster import list_groups, list_roster
    from delegation_app.storage.database import open_database

    if request.demo:
        from delegation_app.interchange.demo import build_demo_database

        say(QCoreApplication.translate("App", "Preparing the demo missions…"))
        build_demo_database(request.path)
        # A throw-away demo needs no daily copy in the user's backup folder.
        db = open_database(request.path, daily_backup=False)
    else:
        if request.restore_from is not None:
            from delegation_app.storage.backup import restore

            restore(request.restore_from, request.path, key=request.key)
        db = open_database(request.path, force=request.force, key=request.key)
    try:
        with db.reading() as session:
            missions = tuple(list_missions(session))
            chosen = next((m for m in missions if m.short == request.select), None)
            chosen = chosen or (missions[0] if missions else None)
            first = None
            if chosen is not None:
                roster = tuple(list_roster(session, chosen.id))
                first = (chosen, roster, tuple(list_groups(session, chosen.id)))
    except BaseException:
        db.close()  # a damaged file can still fail here: nothing is left open
        raise
    return Opened(db=db, missions=missions, first=first)


class OpenDatabaseJob(QObject):
    """The thread's side: import the core, open, and say what it is doing; then import the
    other pages' modules (``import_later``), stopping between two when ``stop`` is set."""

    message = Signal(str)
    looked = Signal(object)  # FirstLook
    opened = Signal(object)  # Opened
    failed = Signal(object)  # the exception
    imported = Signal()

    def __init__(self, language: str = "fr") -> None:
        super().__init__()
        self.stop = threading.Event()
        #: The window's language, whose names the first look's roster shows.
        self.language = language

    @Slot(object)
    def import_later(self, names: tuple[str, ...]) -> None:
        import importlib
        import logging

        for name in names:
            if self.stop.is_set():
                return
            try:
                importlib.import_module(name)
            except Exception:  # the window imports it again where it is used, and says why
                logging.getLogger(__name__).warning("importing %s failed", name, exc_info=True)
        self.imported.emit()

    @Slot(object)
    def run(self, request: OpenRequest) -> None:
        try:
            look = look_first(request, self.language)
        except Exception:  # a first look is a nicety: the real opening says what is wrong
            import logging

            logging.getLogger(__name__).warning("no first look", exc_info=True)
            look = None
        if look is not None:
            self.looked.emit(look)
        try:
            opened = open_request(request, self.message.emit)
        except Exception as error:  # handed to the window's thread, which words it
            self.failed.emit(error)
            return
        self.opened.emit(opened)


class Trace:
    """``startup: <step> <ms>`` lines on stderr when TRACE_VARIABLE is set (the time since
    this module was imported); nothing otherwise. The steps: "first paint" (the frame),
    "data shown" (the missions and the roster painted, from the first look or the open
    database, whichever comes first), "opened" (the database open), "ready" (the window
    attached to it and painted: it can change things)."""

    def __init__(self) -> None:
        value = os.environ.get(TRACE_VARIABLE, "")
        self.enabled = bool(value) and sys.stderr is not None
        self.quit_when_shown = self.enabled and value == "quit"

    def step(self, name: str) -> None:
        if self.enabled:
            elapsed = (time.perf_counter() - _IMPORTED) * 1000
            print(f"startup: {name} {elapsed:.0f}", file=sys.stderr, flush=True)


class _FirstPaint(QObject):
    """Calls back once, on the first paint of a widget (as it paints, or once it is done)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], *, after: bool) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        self._after = after
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            self._widget.removeEventFilter(self)
            if self._after:
                QTimer.singleShot(0, callback)
            else:
                callback()
        return False


def when_painted(
    widget: QWidget, callback: Callable[[], None], *, at_latest_ms: int, after: bool = True
) -> None:
    """Call ``callback`` once ``widget`` has painted (``after``), or as it starts painting;
    or after ``at_latest_ms`` whatever happens (a window opened minimised never paints)."""
    done = False

    def once() -> None:
        nonlocal done
        if not done:
            done = True
            callback()

    _FirstPaint(widget, once, after=after)
    QTimer.singleShot(at_latest_ms, once)


class Startup(QObject):
    """Shows ``window`` (a frame), opens the database in a thread and fills the window.

    ``run()`` waits, the window answering, until the window shows the data (0), the
    database cannot be opened (1: ``error`` says why) or the window is closed first (0,
    nothing opened). Interactive, it asks the key of an encrypted file (``ask_key``, up to
    ``key_tries`` times), offers to restore the latest backup of a damaged file, and to take
    over a lock left by another computer.
    """

    #: Emitted with the exit code when opening is over, one way or the other.
    done = Signal(int)
    _start = Signal(object)
    _import = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        request: OpenRequest,
        *,
        interactive: bool,
        ask_key: AskKey | None = None,
        key_tries: int = 3,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.request = request
        self.interactive = interactive
        self._ask_key = ask_key
        self._key_tries = key_tries
        self._keys_asked = 0
        self._data_traced = False
        self.opened: Opened | None = None
        self.error: Exception | None = None
        self.code: int | None = None
        self.trace = Trace()
        self._thread = QThread()
        self._thread.setObjectName("open-database")
        self._job = OpenDatabaseJob(window.language)
        self._job.moveToThread(self._thread)
        self._start.connect(self._job.run)
        self._import.connect(self._job.import_later)
        self._job.imported.connect(self._on_imported)
        self._job.message.connect(window.show_opening)
        self._job.looked.connect(self._on_looked)
        self._job.opened.connect(self._on_opened)
        self._job.failed.connect(self._on_failed)
        window.closed.connect(self._on_window_closed)

    @property
    def db(self) -> Database | None:
        return self.opened.db if self.opened is not None else None

    def begin(self) -> None:
        """Show the window and start opening once it has painted."""
        self.window.show()
        if self.trace.enabled:
            trace = self.trace
            when_painted(
                self.window, lambda: trace.step("first paint"), at_latest_ms=300, after=False
            )
        when_painted(self.window, self._painted, at_latest_ms=300)

    def run(self) -> int:
        """``begin()``, then wait (the window answering) until opening is over."""
        loop = QEventLoop()
        self.done.connect(loop.quit)
        self.begin()
        if self.code is None:
            loop.exec()
        if self.code is None:  # the application was told to quit
            self._finish(0)
        assert self.code is not None
        return self.code

    def wait_for_thread(self) -> None:
        """Let the thread finish what it does (an import or an open cannot be stopped), and
        close what it opened after the window was closed."""
        self._job.stop.set()
        self._thread.quit()
        self._thread.wait()
        QCoreApplication.sendPostedEvents(self)  # an "opened" still on its way

    @Slot()
    def _painted(self) -> None:
        if self.code is None:
            self._thread.start()
            self._start.emit(self.request)

    def _retry(self, request: OpenRequest) -> None:
        self.request = request
        self._start.emit(request)

    @Slot(object)
    def _on_looked(self, look: FirstLook) -> None:
        if self.code is not None or self.window.attached:
            return
        self.window.show_first_look(look.missions, look.first)
        self._trace_data_shown()

    def _trace_data_shown(self) -> None:
        """Trace "data shown" once the roster (or the saved tab) has painted with the data."""
        if not self.trace.enabled or self._data_traced:
            return
        self._data_traced = True
        window = self.window
        shown = window.mission_tabs.currentWidget()
        if shown is window.roster_view.parentWidget():  # the roster tab
            shown = window.roster_view.viewport()
        when_painted(shown, lambda: self.trace.step("data shown"), at_latest_ms=1000, after=False)

    @Slot(object)
    def _on_opened(self, opened: Opened) -> None:
        if self.code is not None:  # the window was closed meanwhile
            opened.db.close()
            return
        self.opened = opened
        self.trace.step("opened")
        window = self.window
        if opened.db.warnings:
            _report_warnings(opened.db.warnings, interactive=self.interactive, parent=window)
        window.attach(opened.db, opened.missions, opened.first, build_pages=False)
        # Then, once the data is on the screen (at the latest 300 ms on), the thread imports
        # the other pages' modules; the window builds the pages once they are there.
        when_painted(window, lambda: self._import.emit(LATER_MODULES), at_latest_ms=300)
        self._trace_data_shown()  # unless the first look did
        if self.trace.enabled:
            # Painted once attached: a repaint of the window, which attaching asks for.
            window.update()
            when_painted(window, self._ready, at_latest_ms=1000, after=False)
        self._finish(0)

    @Slot()
    def _on_imported(self) -> None:
        self._thread.quit()  # nothing more for it to do
        if self.opened is not None and self.window.isVisible():
            self.window.build_pages_in_turns()

    def _ready(self) -> None:
        self.trace.step("ready")
        if self.trace.quit_when_shown:
            QTimer.singleShot(0, self.window.close)

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        from delegation_app.storage.database import DamagedDatabase
        from delegation_app.storage.lock import DatabaseInUse
        from delegation_app.storage.sqlite_driver import KeyRequired, WrongKey

        if self.code is not None:
            return
        if isinstance(error, KeyRequired | WrongKey):
            key = self._typed_key(error.path, wrong=isinstance(error, WrongKey))
            if key is not None:
                self._retry(_replace(self.request, key=key[0]))
                return
        if isinstance(error, DamagedDatabase) and self._may_restore(error):
            assert error.latest_backup is not None
            self._retry(_replace(self.request, restore_from=error.latest_backup))
            return
        if isinstance(error, DatabaseInUse) and self._may_take_over(error):
            self._retry(_replace(self.request, force=True, restore_from=None))
            return
        self.error = error
        self._finish(1)

    def _typed_key(self, path: Path, *, wrong: bool) -> tuple[DatabaseKey | None] | None:
        """The key typed for another try (in a 1-tuple: an empty key is None), or None when
        the user cancelled, the tries are used up or nobody is there to type it."""
        if not self.interactive or self._ask_key is None or self._keys_asked == self._key_tries:
            return None
        typed = self._ask_key(path, wrong=wrong, attempt=self._keys_asked + 1)
        if typed is None:
            return None
        self._keys_asked += 1
        from delegation_app.storage.sqlite_driver import DatabaseKey

        return (DatabaseKey(typed) if typed else None,)

    def _may_restore(self, damaged: DamagedDatabase) -> bool:
        if not self.interactive or damaged.latest_backup is None:
            return False
        return ask_restore(damaged, self.window, self.request.key)

    def _may_take_over(self, in_use: DatabaseInUse) -> bool:
        holder = in_use.holder
        if not self.interactive or holder is None or holder.host == socket.gethostname():
            return False
        return ask_take_over(in_use, self.window)

    @Slot()
    def _on_window_closed(self) -> None:
        if self.code is None:
            self._finish(0)

    def _finish(self, code: int) -> None:
        if self.code is None:
            self.code = code
            self.done.emit(code)


def _replace(request: OpenRequest, **changes: Any) -> OpenRequest:
    from dataclasses import replace

    return replace(request, **changes)


def expected_failure(error: Exception) -> bool:
    """Whether ``error`` says why a file cannot be opened (else it is a bug)."""
    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(error, DomainError | OSError | SQLAlchemyError)


def ask_restore(
    damaged: DamagedDatabase, parent: QWidget | None, key: DatabaseKey | None = None
) -> bool:
    from delegation_app.storage.backup import preview_backup

    assert damaged.latest_backup is not None
    info = preview_backup(damaged.latest_backup, key)
    missions = ", ".join(f"{m.short} ({m.delegates})" for m in info.missions) or "—"
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("App", "The database is damaged"),
        QCoreApplication.translate(
            "App",
            "{message}\n\nRestore the latest good backup, taken {taken}?\nIt holds: "
            "{missions}.\nThe damaged file is kept beside the backups.",
        ).format(message=str(damaged), taken=f"{info.taken:%Y-%m-%d %H:%M}", missions=missions),
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_take_over(in_use: DatabaseInUse, parent: QWidget | None) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("App", "Database open on another computer"),
        QCoreApplication.translate(
            "App",
            "{message}\n\nOpen it here anyway? Do so only if that computer no longer uses "
            "it: two computers writing the same file can lose work.",
        ).format(message=str(in_use)),
    )
    return answer == QMessageBox.StandardButton.Yes


def _report_warnings(warnings: list[str], *, interactive: bool, parent: QWidget | None) -> None:
    text = "\n".join(warnings)
    if interactive:
        QMessageBox.warning(parent, QCoreApplication.translate("App", "Delegation"), text)
    elif sys.stderr is not None:
        print(text, file=sys.stderr, flush=True)
