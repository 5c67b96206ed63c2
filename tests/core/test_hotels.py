"""Hotels and rooms entered by the coordinator: hotel blocks per stop, rooms, room-mates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from delegation_app.cli import main
from delegation_app.interchange.tabular import read_table
from delegation_app.services.hotels import list_hotels
from delegation_app.services.missions import resolve_mission_id
from delegation_app.services.people import resolve_person_id, update_person
from delegation_app.services.rooming import OccupancyIssue, rooming_lists
from delegation_app.services.roster import list_roster as roster_records_entries
from delegation_app.services.roster import roster_records, stays_of
from delegation_app.storage.database import open_database

ROSTER = (
    "Nom;Prénom;E-mail\r\n"
    "Martinez;Agnès;agnes.martinez@example.fr\r\n"
    "Dupont;Jean-Luc;jl.dupont@example.fr\r\n"
    "N'Diaye;Fatou;fatou.ndiaye@example.fr\r\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def toronto(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A two-stop mission with three delegates (amartinez, jdupont, fndiaye)."""
    code, _, err = run(
        capsys, "missions", "create", "--db", str(db_path),
        "--name", "Toronto et Montréal 2019", "--short", "toronto-2019",
        "--start", "08/07/2019", "--end", "2019-07-12",
        "--stop", "Toronto|CA|America/Toronto|2019-07-08|2019-07-10",
        "--stop", "Montréal|CA|America/Toronto|2019-07-10|2019-07-12",
    )  # fmt: skip
    assert code == 0, err
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    code, _, err = run(
        capsys, "roster", "import", str(roster), "--mission", "toronto-2019", "--db", str(db_path)
    )
    assert code == 0, err
    return db_path


def _hotel(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "hotel", "add", "--db", str(db), "--mission", "toronto-2019", *extra)


def _room(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "room", "assign", "--db", str(db), "--mission", "toronto-2019", *extra)


def test_hotel_add_then_list_shows_the_block_of_its_stop(
    capsys: pytest.CaptureFixture[str], toronto: Path
) -> None:
    code, out, err = _hotel(
        capsys, toronto, "--stop", "montreal", "--venue", "Hôtel Le Germain",
        "--check-in", "10/07/2019", "--check-out", "12/07/2019", "--reference", "GRM-7781",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "Hôtel Le Germain in Montréal" in out
    code, out, _ = run(
        capsys, "hotel", "list", "--db", str(toronto), "--mission", "toronto-2019", "--json"
    )
    assert code == 0
    [hotel] = json.loads(out)
    assert {k: hotel[k] for k in ("hotel", "stop", "check_in", "check_out", "reference")} == {
        "hotel": "Hôtel Le Germain",
        "stop": "Montréal",
        "check_in": "2019-07-10",
        "check_out": "2019-07-12",
        "reference": "GRM-7781",
    }
    assert hotel["guests"] == 0


def test_hotel_add_refuses_an_unknown_stop_and_dates_in_the_wrong_order(
    capsys: pytest.CaptureFixture[str], toronto: Path
) -> None:
    code, _, err = _hotel(
        capsys, toronto, "--stop", "Ottawa", "--venue", "Château Laurier",
        "--check-in", "2019-07-08", "--check-out", "2019-07-10",
    )  # fmt: skip
    assert code == 1
    assert "no stop 'Ottawa'" in err and "Toronto, Montréal" in err
    code, _, err = _hotel(
        capsys, toronto, "--stop", "Toronto", "--venue", "Fairmont Royal York",
        "--check-in", "2019-07-10", "--check-out", "2019-07-08",
    )  # fmt: skip
    assert code == 1
    assert "check-out" in err


def test_two_delegates_share_a_twin_before_the_hotel_numbers_it(
    capsys: pytest.CaptureFixture[str], toronto: Path
) -> None:
    _hotel(
        capsys, toronto, "--stop", "Toronto", "--venue", "Fairmont Royal York",
        "--check-in", "2019-07-08", "--check-out", "2019-07-10",
    )  # fmt: skip
    code, out, err = _room(
        capsys, toronto, "--person", "amartinez", "--hotel", "fairmont royal york",
        "--type", "twin", "--with", "fndiaye",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == (
        "Agnès Martinez: Fairmont Royal York, a room to be numbered (Twin) shared with "
        "Fatou N'Diaye.\n"
    )
    code, _, err = _room(
        capsys, toronto, "--person", "jdupont", "--hotel", "Fairmont Royal York",
        "--type", "single",
    )  # fmt: skip
    assert code == 0, err

    db = open_database(toronto)
    try:
        with db.reading() as session:
            [rooming] = rooming_lists(session, "toronto-2019")
            rooms = [(r.number, r.room_type, [g.family_name for g in r.guests], r.issue)
                     for r in rooming.rooms]  # fmt: skip
            participant = {g.family_name: g.participant_id for g in rooming.guests}
            stays = stays_of(session, participant["Martinez"])
    finally:
        db.close()
    assert sorted(rooms, key=str) == sorted(
        [(None, "Twin", ["Martinez", "N'Diaye"], None), (None, "Single", ["Dupont"], None)],
        key=str,
    )
    assert [s.room_mates for s in stays] == [("Fatou N'Diaye",)]


def test_numbering_a_shared_room_later_keeps_the_room_mates_together(
    capsys: pytest.CaptureFixture[str], toronto: Path
) -> None:
    _hotel(
        capsys, toronto, "--venue", "Fairmont Royal York", "--stop", "1",
        "--check-in", "2019-07-08", "--check-out", "2019-07-10",
    )  # fmt: skip
    _room(capsys, toronto, "--person", "amartinez", "--hotel", "1", "--type", "double",
          "--with", "jdupont")  # fmt: skip
    code, out, err = _room(
        capsys, toronto, "--person", "jdupont", "--hotel", "Fairmont Royal York",
        "--room", "1204", "--with", "amartinez",
    )  # fmt: skip
    assert code == 0, err
    assert "room 1204 (Double) shared with Agnès Martinez" in out
    db = open_database(toronto)
    try:
        with db.reading() as session:
            [rooming] = rooming_lists(session, "toronto-2019")
    finally:
        db.close()
    assert [(r.number, [g.given_name for g in r.guests]) for r in rooming.rooms] == [
        ("1204", ["Jean-Luc", "Agnès"])
    ]


def test_clearing_a_room_mate_leaves_one_guest_in_a_shared_room(
    capsys: pytest.CaptureFixture[str], toronto: Path
) -> None:
    _hotel(
        capsys, toronto, "--venue", "Fairmont Royal York", "--stop", "Toronto",
        "--check-in", "2019-07-08", "--check-out", "2019-07-10",
    )  # fmt: skip
    _room(capsys, toronto, "--person", "amartinez", "--hotel", "Fairmont Royal York",
          "--type", "twin", "--with", "fndiaye")  # fmt: skip
    code, out, err = run(
        capsys, "room", "clear", "--db", str(toronto), "--mission", "toronto-2019",
        "--person", "fndiaye",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "Removed 1 room assignment(s)" in out
    db = open_database(toronto)
    try:
        with db.reading() as session:
            [rooming] = rooming_lists(session, "toronto-2019")
    finally:
        db.close()
    assert [(r.room_type, [g.family_name for g in r.guests], r.issue) for r in rooming.rooms] == [
        ("Twin", ["Martinez"], OccupancyIssue.ONE_GUEST_IN_SHARED_ROOM)
    ]
    assert "N'Diaye" in [d.family_name for d in rooming.without_room]


def test_room_assign_names_an_unknown_hotel(
    capsys: pytest.CaptureFixture[str], toronto: Path
) -> None:
    code, _, err = _room(capsys, toronto, "--person", "amartinez", "--hotel", "Ritz")
    assert code == 1
    assert "no hotel 'Ritz'" in err


# --- the roster's hotel, room and room-mate columns ------------------------------------------


def _rooms_and_languages(db_file: Path) -> dict[str, tuple[object, ...]]:
    db = open_database(db_file)
    try:
        with db.reading() as session:
            mission_id = resolve_mission_id(session, "toronto-2019")
            found = roster_records(session, mission_id)
    finally:
        db.close()
    return {r.family_name: (r.languages, r.hotel, r.room, r.room_type, r.room_mate) for r in found}


def _house_the_delegation(capsys: pytest.CaptureFixture[str], toronto: Path) -> None:
    _hotel(
        capsys, toronto, "--venue", "Fairmont Royal York", "--stop", "Toronto",
        "--check-in", "2019-07-08", "--check-out", "2019-07-10",
    )  # fmt: skip
    _room(capsys, toronto, "--person", "amartinez", "--hotel", "Fairmont Royal York",
          "--type", "twin", "--with", "fndiaye")  # fmt: skip
    _room(capsys, toronto, "--person", "jdupont", "--hotel", "Fairmont Royal York",
          "--type", "single", "--room", "1204")  # fmt: skip
    db = open_database(toronto)
    try:
        with db.transaction() as session:
            update_person(session, resolve_person_id(session, "amartinez"), languages="fr, en")
            update_person(session, resolve_person_id(session, "fndiaye"), languages="wolof")
    finally:
        db.close()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_roster_export_writes_hotel_room_room_mate_and_languages_and_reads_them_back(
    capsys: pytest.CaptureFixture[str], toronto: Path, tmp_path: Path, suffix: str
) -> None:
    _house_the_delegation(capsys, toronto)
    before = _rooms_and_languages(toronto)
    assert before == {
        "Martinez": ("fr;en", "Fairmont Royal York", None, "Twin", "Fatou N'Diaye"),
        "N'Diaye": ("wo", "Fairmont Royal York", None, "Twin", "Agnès Martinez"),
        "Dupont": (None, "Fairmont Royal York", "1204", "Single", None),
    }
    path = tmp_path / f"roster{suffix}"
    code, _, err = run(
        capsys, "roster", "export", "--db", str(toronto), "--mission", "toronto-2019",
        "-o", str(path),
    )  # fmt: skip
    assert code == 0, err
    table = read_table(path)
    rows = {row[2]: dict(zip(table.headers, row, strict=True)) for row in table.rows}
    assert {k: rows["Martinez"][k] for k in (
        "Langues parlées", "Hôtel", "Chambre", "Type de chambre", "Partage la chambre avec"
    )} == {
        "Langues parlées": "français, anglais", "Hôtel": "Fairmont Royal York", "Chambre": "",
        "Type de chambre": "Twin", "Partage la chambre avec": "Fatou N'Diaye",
    }  # fmt: skip

    # Everyone out of their rooms, then the export imported again puts them back.
    for person in ("amartinez", "fndiaye", "jdupont"):
        run(capsys, "room", "clear", "--db", str(toronto), "--mission", "toronto-2019",
            "--person", person)  # fmt: skip
    assert {v[1] for v in _rooms_and_languages(toronto).values()} == {None}
    code, out, err = run(
        capsys, "roster", "import", str(path), "--db", str(toronto), "--mission", "toronto-2019"
    )
    assert code == 0, err + out
    assert _rooms_and_languages(toronto) == before


def test_import_refuses_a_room_mate_nobody_knows_and_a_hotel_not_on_the_mission(
    capsys: pytest.CaptureFixture[str], toronto: Path, tmp_path: Path
) -> None:
    _hotel(
        capsys, toronto, "--venue", "Fairmont Royal York", "--stop", "Toronto",
        "--check-in", "2019-07-08", "--check-out", "2019-07-10",
    )  # fmt: skip
    path = tmp_path / "rooms.csv"
    path.write_text(
        "Identifiant;Nom;Prénom;Hôtel;Chambre;Partage la chambre avec;Langues parlées\r\n"
        "amartinez;Martinez;Agnès;Fairmont Royal York;;Jeanne Inconnue;français\r\n"
        "jdupont;Dupont;Jean-Luc;Ritz-Carlton;12;;\r\n"
        "fndiaye;N'Diaye;Fatou;;;;langue des elfes\r\n",
        encoding="utf-8",
    )
    code, out, _ = run(
        capsys, "roster", "import", str(path), "--db", str(toronto), "--mission", "toronto-2019",
        "--dry-run",
    )  # fmt: skip
    assert code == 1
    assert "row 2: refused (Agnès Martinez)" in out
    assert "'Jeanne Inconnue' is neither on the mission's roster nor in the file" in out
    assert "row 3: refused (Jean-Luc Dupont)" in out
    assert "no hotel 'Ritz-Carlton'" in out
    assert "row 4: refused (Fatou N'Diaye)" in out
    assert "'langue des elfes' is not a language" in out


# --- the room as the delegate's form edits it (update_delegate, undoable) --------------------


def test_update_delegate_puts_a_delegate_in_a_shared_room_and_its_undo_takes_them_out(
    capsys: pytest.CaptureFixture[str], toronto: Path
) -> None:
    from delegation_app.services.roster import RoomChoice, current_room, update_delegate

    _hotel(
        capsys, toronto, "--venue", "Fairmont Royal York", "--stop", "Toronto",
        "--check-in", "2019-07-08", "--check-out", "2019-07-10",
    )  # fmt: skip
    db = open_database(toronto)
    try:
        with db.transaction() as session:
            mission_id = resolve_mission_id(session, "toronto-2019")
            ids = {e.short: e.participant_id for e in roster_records_entries(session, mission_id)}
            [block] = list_hotels(session, mission_id)
            update = update_delegate(
                session,
                ids["amartinez"],
                {"room": RoomChoice(block.id, None, "Twin", ids["fndiaye"])},
            )
        assert update.previous == {"room": RoomChoice(None)}
        with db.reading() as session:
            assert current_room(session, ids["amartinez"]) == RoomChoice(
                block.id, None, "Twin", ids["fndiaye"]
            )
            [rooming] = rooming_lists(session, "toronto-2019")
            assert [[g.family_name for g in r.guests] for r in rooming.rooms] == [
                ["Martinez", "N'Diaye"]
            ]
        with db.transaction() as session:
            update_delegate(session, ids["amartinez"], dict(update.previous))
        with db.reading() as session:
            assert current_room(session, ids["amartinez"]) == RoomChoice(None)
            with pytest.raises(Exception, match="room-mate"):
                update_delegate(
                    session,
                    ids["amartinez"],
                    {"room": RoomChoice(block.id, "12", None, ids["amartinez"])},
                )
    finally:
        db.close()
