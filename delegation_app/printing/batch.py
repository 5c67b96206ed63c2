"""Printing a whole delegation's booklets: one PDF per delegate, and one combined file.

ReportLab is pure Python and CPU-bound, so booklets are laid out in parallel in worker
*processes* (threads would share one interpreter lock). The read models are built once in the
calling process, in a fixed number of queries (:func:`booklets_data`), and sent to the workers,
which never touch the database: measured against workers that each open the file read-only and
build the read models themselves, it is as fast and simpler (``tests/benchmarks``).

Workers are started with the "spawn" method on every platform: a child forked from a process
that runs Qt or other threads can inherit a lock held by another thread and hang; spawn is what
Windows and macOS do anyway. They ignore Ctrl+C: the calling process decides, cancels what has
not started and waits for the booklets under way, each of which is written to a temporary name
and moved into place, so an interrupted batch leaves whole files only.

:func:`print_batch` is an iterator of :class:`BatchProgress`, one per booklet written (in the
order they finish) and a last one for the combined file: the command line draws its progress
bar from it and the window's worker emits its signals from it. Cancelling: set the ``cancel``
event (from any thread), or stop iterating.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import traceback
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from delegation_app.errors import DomainError, ValidationError
from delegation_app.messages import say
from delegation_app.services.booklet import BookletData

#: Below this many booklets, starting worker processes (about half a second each, to import
#: ReportLab) costs more than it saves: they are printed in the calling process.
POOL_THRESHOLD = 6

#: How often the loop waiting on the workers looks at the cancel event, in seconds.
_POLL_SECONDS = 0.1


class PrintingError(DomainError):
    """A booklet of the batch could not be printed (the sentence says whose and why)."""


@dataclass(frozen=True)
class BookletOrder:
    """One booklet to print: whose (the read model), to which file, on which paper.

    ``imposed``: A5 pages two-up on ``page_size`` sheets (A4 or Letter) in saddle-stitch order.
    """

    data: BookletData
    path: Path
    page_size: str = "A4"
    imposed: bool = False

    @property
    def name(self) -> str:
        return self.data.delegate.full_name


@dataclass(frozen=True)
class BatchProgress:
    """Where a batch stands: ``done`` of ``total`` booklets written.

    ``order`` is the booklet just written (None for the combined file's step), ``path`` the
    file just written; ``combined`` is True on the last step, once the combined file is there.
    """

    done: int
    total: int
    order: BookletOrder | None
    path: Path
    combined: bool = False

    @property
    def name(self) -> str:
        return self.order.name if self.order is not None else self.path.name


def worker_count(booklets: int, workers: int | None = None) -> int:
    """How many processes print ``booklets`` booklets: the cores available, at most one per
    booklet, and one (the calling process) for a handful."""
    if workers is None:
        available = (
            len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        )
        workers = available or 1
        if booklets < POOL_THRESHOLD:
            return 1
    return max(1, min(workers, booklets))


def print_batch(
    orders: Sequence[BookletOrder],
    *,
    combined: Path | None = None,
    workers: int | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[BatchProgress]:
    """Print every booklet of ``orders``, then (unless cancelled) the ``combined`` file.

    ``workers``: the number of processes (default: one per core for a large batch). Files
    already written stay when the batch is cancelled or a booklet fails; the combined file is
    written only when every booklet was, in the order of ``orders``.
    """
    orders = list(orders)
    total = len(orders)
    written: dict[int, Path] = {}

    def stopped() -> bool:
        return cancel is not None and cancel.is_set()

    if stopped():
        return
    processes = worker_count(total, workers)
    if processes <= 1:
        for index, order in enumerate(orders):
            if stopped():
                return
            written[index] = render_order(order)
            yield BatchProgress(len(written), total, order, written[index])
    else:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(
            max_workers=processes, mp_context=context, initializer=_start_worker
        ) as pool:
            waiting = iter(enumerate(orders))
            # Only a few booklets are handed to the workers at a time: what is handed over
            # cannot be taken back, and on a cancel the batch waits for it.
            in_flight: dict[Future[_Outcome], int] = {}
            stopping = interrupted = False
            try:
                while True:
                    while not stopping and len(in_flight) <= processes:
                        following = next(waiting, None)
                        if following is None:
                            break
                        index, order = following
                        in_flight[pool.submit(_print_in_worker, order)] = index
                    if not in_flight:
                        break
                    try:
                        finished, _ = wait(
                            in_flight, timeout=_POLL_SECONDS, return_when=FIRST_COMPLETED
                        )
                    except KeyboardInterrupt:
                        # Ctrl+C: nothing more is started, the booklets under way are waited
                        # for and reported (whole files), then the interrupt goes on.
                        interrupted = stopping = True
                        continue
                    stopping = stopping or stopped()
                    # In the order of the orders, so that progress lines read predictably.
                    for future in sorted(finished, key=in_flight.__getitem__):
                        index = in_flight.pop(future)
                        outcome = future.result()
                        if outcome.error is not None:
                            raise PrintingError(outcome.error)
                        written[index] = orders[index].path
                        yield BatchProgress(len(written), total, orders[index], written[index])
            finally:
                # Whatever ended the loop (a failure, the caller stopping): what was not
                # started is dropped; what is under way ends whole (``with`` waits for it).
                for future in in_flight:
                    future.cancel()
        if interrupted:
            raise KeyboardInterrupt
        if stopped():
            return
    if combined is not None and not stopped():
        from delegation_app.printing.combine import combine_booklets

        combine_booklets([(order.name, order.path) for order in orders], combined)
        yield BatchProgress(total, total, None, Path(combined), combined=True)


def render_order(order: BookletOrder) -> Path:
    """Print one booklet as ordered; returns its path."""
    if order.imposed:
        from delegation_app.printing.imposition import render_imposed_booklet

        render_imposed_booklet(order.data, order.path, sheet=order.page_size)
    else:
        from delegation_app.printing.booklet import render_booklet

        render_booklet(order.data, order.path, page_size=order.page_size)
    return order.path


@dataclass(frozen=True)
class _Outcome:
    error: str | None = None


# Held by a worker while it writes a booklet: a worker whose parent died ends once its
# booklet is whole, not in the middle of it.
_rendering = threading.Lock()


def _start_worker() -> None:
    """In each worker: Ctrl+C is the parent's to handle; load ReportLab and the fonts once;
    end when the parent process ends (killed, it cannot tell its workers to stop)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from delegation_app.printing import booklet, imposition  # noqa: F401
    from delegation_app.printing.fonts import register_fonts

    register_fonts()
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent,), daemon=True).start()


def _end_with(parent: multiprocessing.process.BaseProcess) -> None:
    parent.join()
    with _rendering:
        os._exit(1)


def _print_in_worker(order: BookletOrder) -> _Outcome:
    """Runs in a worker. Failures come back as a sentence: exceptions that do not pickle
    (``ValidationError`` takes two arguments) would otherwise break the pool."""
    try:
        with _rendering:
            render_order(order)
    except ValidationError as exc:
        # A Said crosses the process boundary whole, so the message is said again in the
        # window's language (the field keeps its core name: a Said cannot name it in French).
        reason = say("{field}: {message}", field=exc.field, message=exc.message)
        return _Outcome(say("{name}: {reason}", name=order.name, reason=reason))
    except DomainError as exc:
        message = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
        return _Outcome(say("{name}: {reason}", name=order.name, reason=message))
    except OSError as exc:
        cause = exc.strerror or str(exc)
        if exc.filename:
            return _Outcome(
                say("{name}: {reason} ({file})", name=order.name, reason=cause, file=exc.filename)
            )
        return _Outcome(say("{name}: {reason}", name=order.name, reason=cause))
    except Exception as exc:
        detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        return _Outcome(say("{name}: {reason}", name=order.name, reason=detail))
    return _Outcome()
