"""The print room's commands take the same options: --person / --group for the papers printed
for delegates, --size in any case for every paper, and a missing output folder is created."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from delegation_app.cli import main
from delegation_app.services.roster import RosterEntry, list_roster
from delegation_app.storage.database import Database, open_database
from delegation_app.storage.models import ItemAttendance, ItineraryItem, ParticipantStatus

MISSION = "toronto-montreal-2019"
WORKSHOP = "Workshop: Marseille, the Mediterranean's digital and maritime hub"
SIGNING = "Montreal City Hall: Montreal – Marseille cooperation agreement"
A5 = (419.5, 595.3)
LETTER = (612.0, 792.0)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _roster(db_path: Path) -> list[RosterEntry]:
    db = open_database(db_path, daily_backup=False)
    try:
        with db.reading() as session:
            return [e for e in list_roster(session, 2) if e.status != ParticipantStatus.CANCELLED]
    finally:
        db.close()


def _size(path: Path, page: int = 0) -> tuple[float, float]:
    box = PdfReader(path).pages[page].mediabox
    return round(float(box.width), 1), round(float(box.height), 1)


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


@pytest.mark.parametrize("size", ["a5", "A5", "us-letter", "Letter"])
def test_size_is_taken_in_any_case(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path, size: str
) -> None:
    db = ("--db", str(demo_db_path), "--mission", MISSION)
    expected = A5 if "5" in size else LETTER
    code, _, err = run(capsys, "programme", *db, "--size", size, "-o", str(tmp_path / "p.pdf"))
    assert (code, err) == (0, "")
    assert _size(tmp_path / "p.pdf") == expected
    person = _roster(demo_db_path)[0].short
    code, _, _ = run(
        capsys, "booklets", *db, "--person", person, "--size", size, "-o", str(tmp_path / "b")
    )
    assert code == 0
    [booklet] = (tmp_path / "b").glob("booklet-*.pdf")
    assert _size(booklet) == expected


def test_an_unknown_size_is_refused_in_one_sentence(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["letters", "--db", str(demo_db_path), "--mission", MISSION, "--size", "b5",
              "-o", str(tmp_path / "l.pdf")])  # fmt: skip
    assert exit_.value.code == 2
    assert "'b5' is not one of A4, A5, letter" in capsys.readouterr().err
    assert not (tmp_path / "l.pdf").exists()


def test_programme_for_a_group_lists_only_the_items_its_delegates_attend(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, demo_db: Database, tmp_path: Path
) -> None:
    [press] = [e for e in _roster(demo_db_path) if "Presse" in e.groups]
    with demo_db.reading() as session:
        workshop = session.scalars(
            select(ItineraryItem).where(ItineraryItem.title_en == WORKSHOP)
        ).one()
        named = set(
            session.scalars(
                select(ItemAttendance.participant_id).where(
                    ItemAttendance.item_id == workshop.id, ~ItemAttendance.excluded
                )
            )
        )
    assert named and press.participant_id not in named  # the workshop is not theirs

    db = ("--db", str(demo_db_path), "--mission", MISSION, "--lang", "en")
    assert run(capsys, "programme", *db, "-o", str(tmp_path / "all.pdf"))[0] == 0
    code, _, _ = run(capsys, "programme", *db, "--group", "Presse", "-o", str(tmp_path / "p.pdf"))
    assert code == 0
    whole = _text(tmp_path / "all.pdf").replace("\n", " ")
    theirs = _text(tmp_path / "p.pdf").replace("\n", " ")
    assert "Workshop: Marseille" in whole
    assert "Workshop: Marseille" not in theirs
    assert "The items of the programme Presse attends" in theirs
    assert "The whole programme day by day" in whole
    assert "Montreal City Hall" in theirs and "Briefing: the Canadian market" in theirs
    code, _, _ = run(
        capsys, "programme", *db, "--person", press.short, "-o", str(tmp_path / "one.pdf")
    )
    assert code == 0
    one = _text(tmp_path / "one.pdf").replace("\n", " ")
    assert f"The items of the programme {press.given_name} {press.family_name} attends" in one
    assert "Montreal City Hall" in one and "Workshop: Marseille" not in one
    # The group has one member: the same items, "Presse" or their name on top.
    assert one.count("participants") == theirs.count("participants")


def test_badges_for_a_group_or_named_people(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    roster = _roster(demo_db_path)
    officials = [e for e in roster if "Délégation officielle" in e.groups]
    db = ("--db", str(demo_db_path), "--mission", MISSION)
    code, out, _ = run(
        capsys, "badges", *db, "--group", "Délégation officielle", "-o", str(tmp_path / "b.pdf")
    )
    assert code == 0
    assert out.startswith(f"{len(officials)} badges")
    text = _text(tmp_path / "b.pdf").replace("\n", " ")
    assert all(e.family_name in text for e in officials)
    assert not any(e.family_name in text for e in roster if e not in officials)

    two = roster[-2:]
    code, out, _ = run(
        capsys, "badges", *db, "--person", ",".join(e.short for e in two),
        "--layout", "tent", "-o", str(tmp_path / "t.pdf"),
    )  # fmt: skip
    assert code == 0 and out.startswith("2 badges (tent)")
    text = _text(tmp_path / "t.pdf").replace("\n", " ")
    assert all(e.family_name in text for e in two)


def test_face_book_for_named_people_and_a_new_folder(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    roster = _roster(demo_db_path)
    two = roster[:2]
    output = tmp_path / "not" / "yet" / "faces.pdf"
    code, out, err = run(
        capsys, "facebook", "--db", str(demo_db_path), "--mission", MISSION,
        "--person", two[0].short, "--person", two[1].short, "-o", str(output),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith("Face book of 2 delegates")
    text = _text(output).replace("\n", " ")
    assert all(e.family_name in text for e in two)
    assert not any(e.family_name in text for e in roster[2:])
