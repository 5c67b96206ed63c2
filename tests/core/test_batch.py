"""Printing a whole delegation: one PDF per delegate and a combined file, in worker processes,
with progress and cancel; and ``delegation-cli booklets`` on top of it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from delegation_app.cli import main
from delegation_app.printing.batch import BookletOrder, PrintingError, print_batch
from delegation_app.services.booklet import BookletData, booklet_file_name, booklets_data
from delegation_app.services.missions import resolve_mission_id
from delegation_app.services.people import resolve_person_id
from delegation_app.services.print_changes import last_prints
from delegation_app.services.roster import list_roster
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    Accommodation,
    ItineraryItem,
    Participant,
    ParticipantStatus,
    RoomAssignment,
)

TORONTO = "toronto-montreal-2019"


def _texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def _toronto_booklets(db: Database, count: int | None = None) -> list[BookletData]:
    with db.reading() as session:
        mission_id = resolve_mission_id(session, TORONTO)
        entries = [
            e for e in list_roster(session, mission_id) if e.status != ParticipantStatus.CANCELLED
        ]
        return booklets_data(session, TORONTO, [(e.person_id, None) for e in entries[:count]])


def _orders(booklets: list[BookletData], folder: Path) -> list[BookletOrder]:
    return [
        BookletOrder(d, folder / booklet_file_name(d.delegate.short, d.language)) for d in booklets
    ]


def test_batch_writes_each_booklet_and_a_combined_file_in_roster_order(
    demo_db: Database, tmp_path: Path
) -> None:
    booklets = _toronto_booklets(demo_db, 7)
    orders = _orders(booklets, tmp_path)
    combined = tmp_path / "all" / "delegation.pdf"
    combined.parent.mkdir()
    steps = list(print_batch(orders, combined=combined, workers=2))

    assert [s.done for s in steps] == [1, 2, 3, 4, 5, 6, 7, 7]
    assert steps[-1].combined and steps[-1].path == combined
    assert {s.order.path for s in steps if s.order is not None} == {o.path for o in orders}
    for order in orders:
        texts = _texts(order.path)
        assert order.data.delegate.full_name in texts[0]
        assert f"Page {len(texts)}" in texts[-1]

    reader = PdfReader(combined)
    names = [d.delegate.full_name for d in booklets]
    assert [item.title for item in reader.outline if not isinstance(item, list)] == names
    # Each booklet starts on the front of a sheet: odd page counts are followed by a blank.
    counts = [len(PdfReader(o.path).pages) for o in orders]
    padded = [c + c % 2 for c in counts[:-1]] + [counts[-1]]
    assert len(reader.pages) == sum(padded)
    start = 0
    for name, count, pages in zip(names, counts, padded, strict=True):
        assert name in (reader.pages[start].extract_text() or "")
        if pages > count:
            assert not (reader.pages[start + count].extract_text() or "").strip()
        start += pages


def test_worker_processes_print_the_same_booklets_as_one_process(
    demo_db: Database, tmp_path: Path
) -> None:
    booklets = _toronto_booklets(demo_db, 3)
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    list(print_batch(_orders(booklets, tmp_path / "one"), workers=1))
    list(print_batch(_orders(booklets, tmp_path / "two"), workers=2))
    for one in sorted((tmp_path / "one").glob("*.pdf")):
        assert _texts(one) == _texts(tmp_path / "two" / one.name)


def test_a_batch_cancelled_before_it_starts_writes_nothing(
    demo_db: Database, tmp_path: Path
) -> None:
    cancel = threading.Event()
    cancel.set()
    folder = tmp_path / "booklets"
    folder.mkdir()
    orders = _orders(_toronto_booklets(demo_db, 8), folder)
    assert list(print_batch(orders, combined=folder / "all.pdf", cancel=cancel)) == []
    assert list(folder.iterdir()) == []


def test_a_batch_cancelled_midway_reports_every_file_it_wrote_and_no_combined_file(
    demo_db: Database, tmp_path: Path
) -> None:
    cancel = threading.Event()
    folder = tmp_path / "booklets"
    folder.mkdir()
    orders = _orders(_toronto_booklets(demo_db), folder)
    reported = []
    for step in print_batch(orders, combined=folder / "all.pdf", workers=2, cancel=cancel):
        reported.append(step.path)
        cancel.set()
    assert 1 <= len(reported) < len(orders)
    assert sorted(folder.iterdir()) == sorted(reported)


def test_a_booklet_that_fails_in_a_worker_stops_the_batch_with_a_sentence(
    demo_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "booklets"
    folder.mkdir()
    orders = _orders(_toronto_booklets(demo_db, 4), folder)
    bad = BookletOrder(orders[1].data, orders[1].path, page_size="A3")
    with pytest.raises(PrintingError) as raised:
        list(print_batch([orders[0], bad, *orders[2:]], workers=2))
    assert str(raised.value).startswith(bad.name + ": page size: 'A3'")
    assert not bad.path.exists()
    assert not [p for p in folder.iterdir() if p.suffix == ".part"]


# The command line ----------------------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_booklets_of_a_group_with_a_combined_file(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "booklets"
    combined = tmp_path / "official.pdf"
    code, out, err = _cli(
        capsys, "booklets", "--db", str(demo_db_path), "--mission", "miami-2017",
        "--group", "Délégation officielle", "--lang", "en", "--combined", str(combined),
        "-o", str(folder),
    )  # fmt: skip
    assert code == 0, err
    files = sorted(folder.glob("*.pdf"))
    assert files and all(p.name.endswith("-en.pdf") for p in files)
    assert f"{len(files)} booklets written to {folder}" in out
    assert out.count("[") >= len(files)  # one plain progress line each (not a terminal)
    gaudin = folder / "booklet-jcgaudin-en.pdf"
    assert "Jean-Claude Gaudin" in _texts(gaudin)[0]
    assert "Monday, November 6, 2017" in " ".join(_texts(gaudin))
    assert not (folder / "booklet-lfalcon-en.pdf").exists()  # a business leader
    outline = [i.title for i in PdfReader(combined).outline if not isinstance(i, list)]
    assert len(outline) == len(files) and "Jean-Claude Gaudin" in outline


def test_cli_booklets_changed_reprints_only_the_delegates_whose_booklet_changed(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, demo_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "booklets"
    common = [
        "--db", str(demo_db_path), "--mission", "miami-2017", "--lang", "en", "-o", str(folder)
    ]  # fmt: skip
    code, _, err = _cli(capsys, "booklets", *common, "--person", "jcgaudin,lfalcon,mvassal")
    assert code == 0, err
    with demo_db.reading() as session:
        mission_id = resolve_mission_id(session, "miami-2017")
        assert len(last_prints(session, mission_id)) == 3

    code, out, _ = _cli(capsys, "booklets", *common, "--person", "jcgaudin,lfalcon", "--changed")
    assert code == 0
    assert "No booklet changed since it was last printed." in out

    # Gaudin changes rooms; the Space Florida meeting (Falcon's) moves by half an hour.
    with demo_db.transaction() as session:
        gaudin = resolve_person_id(session, "jcgaudin")
        room = session.scalars(
            select(RoomAssignment)
            .join(Participant, RoomAssignment.participant_id == Participant.id)
            .join(Accommodation, RoomAssignment.accommodation_id == Accommodation.id)
            .where(Participant.person_id == gaudin, Accommodation.mission_id == mission_id)
        ).one()
        room.room_number = "1503"
        meeting = session.scalars(
            select(ItineraryItem).where(ItineraryItem.title_en.contains("Space Florida"))
        ).one()
        meeting.start_local += timedelta(minutes=30)
        meeting.end_local += timedelta(minutes=30)
    for pdf in folder.glob("*.pdf"):
        pdf.unlink()
    code, out, err = _cli(
        capsys, "booklets", *common, "--person", "jcgaudin,lfalcon,mvassal", "--changed"
    )
    assert code == 0, err
    assert "Jean-Claude Gaudin: room 1501 → 1503" in out
    assert "Loïc Falcon: meeting with Space Florida moved from 2:30 PM to 3:00 PM" in out, out
    assert "Vassal" not in out
    assert sorted(p.name for p in folder.glob("*.pdf")) == [
        "booklet-jcgaudin-en.pdf",
        "booklet-lfalcon-en.pdf",
    ]
    code, out, _ = _cli(capsys, "booklets", *common, "--person", "jcgaudin", "--changed")
    assert "No booklet changed" in out
    code, out, _ = _cli(capsys, "booklets", *common[:-2], "--lang", "fr", "--person",
                        "jcgaudin", "--changed", "--dry-run", "-o", str(folder))  # fmt: skip
    assert "Jean-Claude Gaudin: langue en → fr" in out


def test_ctrl_c_stops_the_batch_with_whole_booklets_only_and_no_combined_file(
    demo_db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "booklets"
    combined = tmp_path / "all.pdf"
    command = [
        sys.executable, "-m", "delegation_app.cli", "booklets", "--db", str(demo_db_path),
        "--mission", "miami-2017", "--workers", "2", "--combined", str(combined),
        "-o", str(folder),
    ]  # fmt: skip
    # As a terminal does: SIGINT to the whole process group (the workers too).
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    assert process.stdout is not None
    seen = 0
    for line in process.stdout:
        if line.startswith("["):
            seen += 1
            if seen == 3:
                os.killpg(process.pid, signal.SIGINT)
                break
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    written = sorted(folder.glob("*.pdf"))
    assert f"interrupted: {len(written)} of 120 booklets written" in err
    assert "the combined file was not written" in err
    assert 3 <= len(written) < 120
    assert not combined.exists()
    assert not [p for p in folder.iterdir() if not p.name.endswith(".pdf")]
    for pdf in written:
        assert len(PdfReader(pdf, strict=True).pages) >= 2
    time.sleep(0.5)
    assert not sorted(folder.glob("*.pdf"))[len(written) :]  # no worker went on writing
