"""Work that runs off the GUI thread: printing booklets.

Worker-object pattern: a ``QObject`` whose ``run`` slot is called in a ``QThread`` it was moved
to. A worker opens its own session from the ``Database``, reports through signals only (never
touches a widget), and the :class:`JobRunner` quits and waits on every thread at close.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from delegation_app.errors import DomainError
from delegation_app.storage.database import Database
from ui.i18n import core_text
from ui.labels import arg

if TYPE_CHECKING:
    from delegation_app.services.booklet import BookletData

log = logging.getLogger(__name__)

BOOKLET_LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class BookletRequest:
    """One delegate's booklet: who, in which language and paper size, written where."""

    mission_id: int
    person_id: int
    language: str
    path: Path
    page_size: str = "A4"


def _error_text(exc: Exception) -> str:
    if isinstance(exc, DomainError):
        return core_text(exc)  # in the window's language (a plain read: fine in a worker)
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or exc}{where}"
    return f"{type(exc).__name__}: {exc}"


def booklet_file_name(short: str, language: str) -> str:
    """The file a delegate's booklet is saved as (``services.booklet.booklet_file_name``)."""
    # Imported here, like the printing below: the window's first start does without them.
    from delegation_app.services.booklet import booklet_file_name as file_name

    return file_name(short, language)


def write_booklet(db: Database, request: BookletRequest) -> Path:
    """Gather the booklet's data in a fresh session, then lay the PDF out."""
    from delegation_app.services.booklet import booklet_data

    with db.reading() as session:
        data = booklet_data(session, str(request.mission_id), request.person_id, request.language)
    # Imported here: ReportLab and its fonts load only when something is printed.
    from delegation_app.printing.booklet import render_booklet

    path = Path(render_booklet(data, request.path, page_size=request.page_size))
    record_booklets(db, [data])
    return path


def record_booklets(db: Database, written: Sequence[BookletData]) -> None:
    """Remember what was printed, so that the change list knows (never fails the job)."""
    from delegation_app.services.print_changes import record_prints

    by_mission: dict[int, list[BookletData]] = {}
    for data in written:
        by_mission.setdefault(data.mission.id, []).append(data)
    try:
        with db.transaction() as session:
            for mission_id, booklets in by_mission.items():
                record_prints(session, mission_id, booklets, at=None)
    except Exception:
        log.exception("the print record could not be written")


class Job(QObject):
    """Base of the workers: ``done`` is emitted last, whatever the outcome."""

    done = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Thread-safe: asks the job to stop at the next booklet."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        """Called in the worker thread; subclasses implement :meth:`work`, not this slot.

        PySide 6 runs an overriding ``@Slot`` of a subclass in the thread that connected it
        (the GUI thread), not in the thread the object was moved to: only this one is a slot.
        """
        try:
            self.work()
        finally:
            self.done.emit()

    def work(self) -> None:
        raise NotImplementedError


class BookletJob(Job):
    """Prints one delegate's booklet; emits ``finished(path)`` or ``failed(message)``."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, db: Database, request: BookletRequest) -> None:
        super().__init__(db)
        self.request = request

    def work(self) -> None:
        try:
            path = write_booklet(self._db, self.request)
        except Exception as exc:  # every failure becomes a sentence for the window
            if not isinstance(exc, DomainError | OSError):
                log.exception("booklet printing failed")
            self.failed.emit(
                arg(
                    QCoreApplication.translate("Workers", "The booklet could not be printed: %1"),
                    _error_text(exc),
                )
            )
        else:
            self.finished.emit(str(path))


class BookletBatchJob(Job):
    """Prints the booklets of several delegates into one folder, with progress and cancel.

    ``progress(done, total)`` after each booklet; at the end ``finished(count)`` with the
    number written, or ``failed(message)`` on the first error (the files already written stay).
    """

    progress = Signal(int, int)
    finished = Signal(int)
    failed = Signal(str)

    def __init__(
        self, db: Database, requests: Sequence[BookletRequest], *, workers: int | None = None
    ) -> None:
        super().__init__(db)
        self.requests = tuple(requests)
        self.workers = workers  # processes; default: one per core for a large batch

    def work(self) -> None:
        written: list[BookletData] = []
        try:
            self._print(written)
        except Exception as exc:
            if not isinstance(exc, DomainError | OSError):
                log.exception("booklet printing failed")
            self.failed.emit(
                arg(
                    QCoreApplication.translate("Workers", "Printing stopped after %1 booklets: %2"),
                    len(written),
                    _error_text(exc),
                )
            )
        else:
            self.finished.emit(len(written))
        finally:
            record_booklets(self._db, written)

    def _print(self, written: list[BookletData]) -> None:
        """The same engine as the command line: read models in one pass, then the booklets
        laid out in worker processes, one per core; cancel is checked between booklets."""
        from delegation_app.printing.batch import BookletOrder, print_batch
        from delegation_app.services.booklet import booklets_data

        if not self.requests or self.cancelled:
            return
        by_mission: dict[int, list[BookletRequest]] = {}
        for request in self.requests:
            by_mission.setdefault(request.mission_id, []).append(request)
        orders: list[BookletOrder] = []
        with self._db.reading() as session:
            for mission_id, requests in by_mission.items():
                booklets = booklets_data(
                    session, str(mission_id), [(r.person_id, r.language) for r in requests]
                )
                orders += [
                    BookletOrder(data, r.path, page_size=r.page_size)
                    for data, r in zip(booklets, requests, strict=True)
                ]
        total = len(orders)
        for progress in print_batch(orders, cancel=self._cancel, workers=self.workers):
            if progress.order is not None:
                written.append(progress.order.data)
                self.progress.emit(progress.done, total)


class JobRunner(QObject):
    """Starts each job in its own ``QThread`` and keeps them alive until they end."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: dict[QThread, Job] = {}

    @property
    def active(self) -> int:
        return len(self._running)

    def start(self, job: Job) -> None:
        thread = QThread()
        thread.setObjectName(type(job).__name__)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        # Direct: the worker thread ends its own loop, even while the GUI thread waits on it.
        job.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._reap)
        self._running[thread] = job
        thread.start()

    @Slot()
    def _reap(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread) and thread in self._running:
            thread.wait()  # ``finished`` is emitted just before the thread really ends
            del self._running[thread]

    def shutdown(self, timeout_ms: int = 60_000) -> bool:
        """Cancel what can be cancelled, then wait for every thread to end (at close).

        A job that has not started yet still runs (its thread quits once it is done), so a
        booklet asked for is never half-written.
        """
        for job in self._running.values():
            job.cancel()
        all_ended = True
        for thread in list(self._running):
            if thread.wait(timeout_ms):
                del self._running[thread]
            else:
                all_ended = False
        return all_ended
