"""Booklets printed off the GUI thread: the worker, the runner, and the window's actions."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from delegation_app.services.missions import MissionView
from delegation_app.services.roster import RosterEntry
from delegation_app.storage.database import Database
from tests.ui.sample_data import Sample
from ui.main_window import MainWindow
from ui.workers import (
    BookletBatchJob,
    BookletJob,
    BookletRequest,
    Job,
    JobRunner,
    booklet_file_name,
)

TIMEOUT_MS = 60_000


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.fixture
def runner() -> JobRunner:
    return JobRunner()


def test_booklet_worker_writes_the_pdf_and_emits_finished(
    qtbot: QtBot, db: Database, sample: Sample, runner: JobRunner, tmp_path: Path
) -> None:
    target = tmp_path / "booklets" / booklet_file_name("hdurand", "fr")
    target.parent.mkdir()
    request = BookletRequest(sample.miami_id, sample.helene_person_id, "fr", target)
    job = BookletJob(db, request)
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT_MS) as blocker:
        runner.start(job)
    assert runner.shutdown()
    assert blocker.args == [str(target)]
    assert target.read_bytes().startswith(b"%PDF")
    text = _pdf_text(target)
    assert "Hélène" in text and "Durand" in text.replace("DURAND", "Durand")
    assert runner.active == 0


def test_booklet_worker_reports_a_domain_error_as_a_sentence(
    qtbot: QtBot, db: Database, sample: Sample, runner: JobRunner, tmp_path: Path
) -> None:
    # Hélène is not on the Toronto roster.
    request = BookletRequest(sample.toronto_id, sample.helene_person_id, "en", tmp_path / "x.pdf")
    job = BookletJob(db, request)
    with qtbot.waitSignal(job.failed, timeout=TIMEOUT_MS) as blocker:
        runner.start(job)
    runner.shutdown()
    (message,) = blocker.args
    assert message.startswith("The booklet could not be printed: ")
    assert "not on the mission's roster" in message
    assert not (tmp_path / "x.pdf").exists()


def test_a_cancelled_batch_writes_nothing(db: Database, sample: Sample, tmp_path: Path) -> None:
    request = BookletRequest(sample.miami_id, sample.helene_person_id, "fr", tmp_path / "a.pdf")
    job = BookletBatchJob(db, [request])
    written: list[int] = []
    job.finished.connect(written.append)
    job.cancel()
    job.run()  # synchronously: the cancel flag is checked before each booklet
    assert written == [0]
    assert not (tmp_path / "a.pdf").exists()


def test_print_action_runs_the_worker_and_shows_the_path(
    window: MainWindow,
    qtbot: QtBot,
    sample: Sample,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "booklet-hdurand-en.pdf"

    def ask(mission: MissionView, entry: RosterEntry) -> BookletRequest:
        return BookletRequest(mission.id, entry.person_id, "en", target, "Letter")

    monkeypatch.setattr(window, "ask_booklet_request", ask)
    window.select_delegate("hdurand")
    with qtbot.waitSignal(window.booklet_saved, timeout=TIMEOUT_MS):
        window.print_action.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in window.statusBar().currentMessage()
    assert window.statusBar().currentMessage().startswith("Booklet saved: ")


def test_print_all_writes_one_booklet_per_delegate_not_cancelled(
    window: MainWindow,
    qtbot: QtBot,
    sample: Sample,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def ask(mission: MissionView) -> list[BookletRequest]:
        return [
            BookletRequest(
                mission.id, e.person_id, e.language, tmp_path / booklet_file_name(e.short, "en")
            )
            for e in window.roster_model.entries
            if e.short in ("hdurand", "scohen")
        ]

    monkeypatch.setattr(window, "ask_batch_requests", ask)
    with qtbot.waitSignal(window.booklets_saved, timeout=TIMEOUT_MS) as blocker:
        window.print_all_action.trigger()
    assert blocker.args == [2]
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == [
        "booklet-hdurand-en.pdf",
        "booklet-scohen-en.pdf",
    ]
    assert "2 booklets saved in" in window.statusBar().currentMessage()


def test_closing_the_window_waits_for_the_printing_thread(
    qtbot: QtBot, window: MainWindow, sample: Sample, tmp_path: Path
) -> None:
    # What the window reads in workers as it opens (the checks, the programme) done first.
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=TIMEOUT_MS)
    target = tmp_path / "late.pdf"
    window.start_booklet(
        BookletRequest(sample.miami_id, sample.helene_person_id, "fr", target), "Hélène Durand"
    )
    assert window.runner.active == 1
    window.close()
    assert window.runner.active == 0
    assert target.exists()


class _ThreadProbe(Job):
    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.thread_name = ""

    def work(self) -> None:
        self.thread_name = threading.current_thread().name


def test_jobs_run_off_the_gui_thread(qtbot: QtBot, db: Database, runner: JobRunner) -> None:
    job = _ThreadProbe(db)
    with qtbot.waitSignal(job.done, timeout=TIMEOUT_MS):
        runner.start(job)
    assert runner.shutdown()
    assert job.thread_name
    assert job.thread_name != threading.main_thread().name


def _miami_requests(db: Database, sample: Sample, folder: Path) -> list[BookletRequest]:
    from delegation_app.services.roster import list_roster

    with db.reading() as session:
        entries = list_roster(session, sample.miami_id)
    return [
        BookletRequest(
            sample.miami_id, e.person_id, "en", folder / booklet_file_name(e.short, "en")
        )
        for e in entries
    ]


def test_batch_job_prints_in_worker_processes_with_progress_and_records_the_print(
    qtbot: QtBot, db: Database, sample: Sample, runner: JobRunner, tmp_path: Path
) -> None:
    from delegation_app.services.print_changes import last_prints

    requests = _miami_requests(db, sample, tmp_path)
    job = BookletBatchJob(db, requests, workers=2)
    steps: list[tuple[int, int]] = []
    job.progress.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT_MS) as blocker:
        runner.start(job)
    assert runner.shutdown()
    assert blocker.args == [len(requests)]
    assert steps == [(n, len(requests)) for n in range(1, len(requests) + 1)]
    for request in requests:
        assert "Page 1 of" in _pdf_text(request.path)
    with db.reading() as session:
        assert set(last_prints(session, sample.miami_id)) == {r.person_id for r in requests}


def test_cancelling_a_running_batch_stops_it_and_leaves_only_whole_booklets(
    qtbot: QtBot, db: Database, sample: Sample, runner: JobRunner, tmp_path: Path
) -> None:
    # The same delegates many times over: a batch long enough to be cancelled midway.
    base = _miami_requests(db, sample, tmp_path)
    requests = [
        BookletRequest(r.mission_id, r.person_id, r.language, tmp_path / f"{n:03d}-{r.path.name}")
        for n in range(6)
        for r in base
    ]
    job = BookletBatchJob(db, requests, workers=2)
    job.progress.connect(lambda done, total: job.cancel() if done == 1 else None)
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT_MS) as blocker:
        runner.start(job)
    assert runner.shutdown()
    (count,) = blocker.args
    assert 1 <= count < len(requests)
    written = sorted(tmp_path.glob("*.pdf"))
    assert len(written) == count  # what was reported is what is on disk, nothing more
    assert not list(tmp_path.glob(".*.part"))
    for path in written:
        assert len(PdfReader(path, strict=True).pages) >= 2
