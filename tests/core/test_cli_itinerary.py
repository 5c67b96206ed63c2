"""delegation-cli itinerary: adding items as coordinators type times, listing agendas."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from delegation_app.cli import main
from delegation_app.services.validation import aware
from delegation_app.storage.database import open_database
from delegation_app.storage.models import (
    Audience,
    FlightDetails,
    ItemAttendance,
    ItemGroup,
    ItineraryItem,
    Venue,
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _item(path: Path, title: str) -> ItineraryItem:
    db = open_database(path, lock=False)
    try:
        with db.reading() as session:
            item = session.query(ItineraryItem).filter_by(title_fr=title).one()
            session.expunge(item)
            return item
    finally:
        db.close()


def test_add_a_dinner_typed_in_french_for_a_group_but_one_person(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    code, out, err = run(
        capsys, "itinerary", "add", "--db", str(demo_db_path), "--mission", "miami-2017",
        "--kind", "meal", "--title", "Dîner au Versailles", "--title-en", "Dinner at Versailles",
        "--start", "lundi 6 novembre 20h", "--duration", "2h",
        "--place", "Versailles Restaurant", "--address", "3555 SW 8th St, Miami",
        "--attendees", "group:Délégation officielle,except:jcgaudin",
        "--notes", "Cuisine cubaine", "--notes-en", "Cuban food",
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    assert "2017-11-06 20:00 America/New_York → 2017-11-06 22:00 America/New_York" in out

    item = _item(demo_db_path, "Dîner au Versailles")
    assert (item.start_local, item.end_local) == (
        datetime(2017, 11, 6, 20, 0),
        datetime(2017, 11, 6, 22, 0),
    )
    # The zone and stop come from the stop whose dates hold the day.
    assert (item.start_zone, item.end_zone) == ("America/New_York", "America/New_York")
    assert (item.notes_fr, item.notes_en) == ("Cuisine cubaine", "Cuban food")
    assert item.audience == Audience.GROUPS
    db = open_database(demo_db_path, lock=False)
    try:
        with db.reading() as session:
            assert session.query(ItemGroup).filter_by(item_id=item.id).count() == 1
            [excluded] = session.query(ItemAttendance).filter_by(item_id=item.id).all()
            assert excluded.excluded
            venue = session.get(Venue, item.venue_id)
            assert venue is not None and venue.city == "Miami"
    finally:
        db.close()

    # The same place typed again (another case, no accent change) is the same venue.
    code, _, err = run(
        capsys, "itinerary", "add", "--db", str(demo_db_path), "--mission", "miami-2017",
        "--kind", "meal", "--title", "Second dîner", "--start", "7/11 20h", "--end", "22h",
        "--place", "versailles restaurant",
    )  # fmt: skip
    assert code == 0, err
    assert _item(demo_db_path, "Second dîner").venue_id == item.venue_id


def test_add_a_flight_across_zones(capsys: pytest.CaptureFixture[str], demo_db_path: Path) -> None:
    code, _, err = run(
        capsys, "itinerary", "add", "--db", str(demo_db_path), "--mission", "miami-2017",
        "--kind", "flight", "--title", "Vol de l'équipe avancée",
        "--start", "2017-11-04 10:25", "--start-zone", "Europe/Paris",
        "--end", "17:40", "--end-zone", "America/New_York",
        "--flight", "af 92", "--from", "mrs", "--to", "mia", "--attendees", "person:smarchetti",
    )  # fmt: skip
    assert code == 0, err
    item = _item(demo_db_path, "Vol de l'équipe avancée")
    # On 4 November 2017 Paris was already on winter time (since 29 October) but New York
    # still on summer time (until the next morning): 10:25 CET = 09:25Z, 17:40 EDT = 21:40Z.
    assert aware(item.start_local, item.start_zone).astimezone(UTC) == datetime(
        2017, 11, 4, 9, 25, tzinfo=UTC
    )
    assert aware(item.end_local, item.end_zone).astimezone(UTC) == datetime(
        2017, 11, 4, 21, 40, tzinfo=UTC
    )
    db = open_database(demo_db_path, lock=False)
    try:
        with db.reading() as session:
            details = session.get(FlightDetails, item.id)
            assert details is not None
            assert (details.carrier, details.number) == ("AF", "92")
            assert (details.departure_airport, details.arrival_airport) == ("MRS", "MIA")
    finally:
        db.close()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ["--start", "12/03/2017 2h30", "--duration", "1h", "--start-zone", "America/New_York"],
            "does not exist in America/New_York",
        ),
        (
            ["--start", "5/11/2017 1h30", "--duration", "1h", "--start-zone", "America/New_York"],
            "happens twice",
        ),
        (["--start", "6/11 9h", "--duration", "1h", "--attendees", "group:Nobody"], "no group"),
        (["--start", "lundi 7 novembre 9h", "--duration", "1h"], "is a Tuesday"),
        (["--start", "6/11 9h", "--end", "8h"], "before the start"),
        (["--start", "6/11 9h", "--duration", "1h", "--stop", "Paris"], "not a stop"),
        (["--start", "6/11 9h", "--duration", "1h", "--attendees", "everybody"], "is not all"),
    ],
)
def test_add_refuses_bad_input_with_one_sentence(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, extra: list[str], message: str
) -> None:
    code, _, err = run(
        capsys, "itinerary", "add", "--db", str(demo_db_path), "--mission", "miami-2017",
        "--kind", "visit", "--title", "Visite", *extra,
    )  # fmt: skip
    assert code != 0
    assert message in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_list_the_programme_and_one_agenda(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    code, out, _ = run(
        capsys, "itinerary", "list", "--db", str(demo_db_path), "--mission", "miami-2017",
        "--lang", "en",
    )  # fmt: skip
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Sunday, November 5, 2017"
    assert "10:25\u202fAM CET → 5:40\u202fPM EST" in lines[1].replace("\xa0", "\u202f")
    # A venue outside the stop's city is named by its own city.
    assert any("Fort Lauderdale  [Paris" in line for line in lines)

    code, out, _ = run(
        capsys, "itinerary", "list", "--db", str(demo_db_path), "--mission", "miami-2017",
        "--person", "faitahmed", "--json",
    )  # fmt: skip
    assert code == 0
    agenda = json.loads(out)
    assert agenda, "the delegate attends something"
    starts = [entry["start_utc"] for entry in agenda]
    assert starts == sorted(starts)
    flight = next(e for e in agenda if e["kind"] == "flight")
    assert (flight["start_utc"], flight["end_utc"]) == (
        "2017-11-05T09:25+00:00",
        "2017-11-05T22:40+00:00",
    )


def test_ics_for_a_delegate_then_for_the_mission(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    from icalendar import Calendar

    target = tmp_path / "faitahmed.ics"
    code, out, err = run(
        capsys, "ics", "--db", str(demo_db_path), "--mission", "miami-2017",
        "--person", "faitahmed", "-o", str(target),
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    calendar = Calendar.from_ical(target.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert out.startswith(f"{len(events)} events (faitahmed's agenda)")
    flight = next(e for e in events if "AF 7630" in str(e["SUMMARY"]))
    assert flight.decoded("DTSTART").astimezone(UTC) == datetime(2017, 11, 5, 9, 25, tzinfo=UTC)
    assert flight.decoded("DTEND").astimezone(UTC) == datetime(2017, 11, 5, 22, 40, tzinfo=UTC)

    whole = tmp_path / "programme.ics"
    code, out, _ = run(
        capsys, "ics", "--db", str(demo_db_path), "--mission", "miami-2017", "--lang", "en",
        "-o", str(whole),
    )  # fmt: skip
    assert code == 0
    everything = list(Calendar.from_ical(whole.read_bytes()).walk("VEVENT"))
    assert len(everything) > len(events)
    assert {str(e["UID"]) for e in events} <= {str(e["UID"]) for e in everything}

    code, _, err = run(
        capsys, "ics", "--db", str(demo_db_path), "--mission", "miami-2017",
        "--person", "nobody", "-o", str(whole),
    )  # fmt: skip
    assert code == 1 and "no person 'nobody'" in err


def test_import_a_programme_all_or_nothing_then_again_without_duplicates(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    programme = tmp_path / "programme.csv"
    programme.write_bytes(
        "Date;Début;Fin;Intitulé;Lieu;Participants\r\n"
        "07/11/2017;7h15;7h45;Petit-déjeuner presse;Brickell Bayside Hotel;groupe:Presse\r\n"
        "09/11/2017;18h;19h30;Cocktail d'adieu;Rooftop Brickell;tous sauf jcgaudin\r\n".encode(
            "cp1252"
        )
    )
    argv = ["itinerary", "import", str(programme), "--db", str(demo_db_path)]
    code, out, err = run(capsys, *argv, "--mission", "miami-2017", "--dry-run")
    assert (code, err) == (0, ""), out + err
    assert "2 to create" in out

    code, out, err = run(capsys, *argv, "--mission", "miami-2017")
    assert (code, err) == (0, ""), err
    assert "Imported: 2 items created" in out
    cocktail = _item(demo_db_path, "Cocktail d'adieu")
    assert (cocktail.start_local, cocktail.start_zone) == (
        datetime(2017, 11, 9, 18, 0),
        "America/New_York",
    )

    code, out, _ = run(capsys, *argv, "--mission", "miami-2017")
    assert code == 0 and "Imported: 0 items created, 2 already there" in out

    # One refused row: nothing from the file is written.
    with programme.open("ab") as handle:
        handle.write("10/11/2017;9h;10h;Visite;Port;groupe:Inconnus\r\n".encode("cp1252"))
    programme.write_bytes(programme.read_bytes().replace(b"Cocktail", b"Cocktail bis"))
    code, out, err = run(capsys, *argv, "--mission", "miami-2017")
    assert code == 1
    assert "row 4: refused" in out and "nothing was imported" in err
    with pytest.raises(Exception, match="No row was found"):
        _item(demo_db_path, "Cocktail bis d'adieu")


def test_transfers_plan_apply_and_manifest(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    db = ["--db", str(demo_db_path), "--mission", "miami-2017"]
    code, out, err = run(capsys, "transfers", "plan", *db, "--capacity", "60")
    assert (code, err) == (0, ""), err
    # AF 7630 lands at 17:40 with the delegation: two coaches of 60, leaving an hour later.
    coaches = [line for line in out.splitlines() if line.startswith("  Coach")]
    assert len(coaches) == 2
    assert all("leaves 05/11 18:40 from MIA" in line for line in coaches)

    code, out, err = run(capsys, "transfers", "apply", *db, "--capacity", "60")
    assert (code, err) == (0, ""), err
    assert out.endswith("2 transfers added to the programme\n")
    code, _, err = run(capsys, "transfers", "apply", *db)
    assert code == 1 and "already met by a transfer" in err

    manifest = tmp_path / "manifest.pdf"
    code, out, err = run(capsys, "transfers", "manifest", *db, "--lang", "en", "-o", str(manifest))
    assert (code, err) == (0, ""), err
    text = "\n".join(page.extract_text() for page in PdfReader(manifest).pages)
    assert "Coach 1" in text and "AF 7630" in text


def test_a_flight_landing_typed_on_the_wrong_clock_is_refused(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    # The end zone defaults to the start's: 17:40 Paris time is not when it lands in Miami.
    code, _, err = run(
        capsys, "itinerary", "add", "--db", str(demo_db_path), "--mission", "miami-2017",
        "--kind", "flight", "--title", "Vol", "--start", "2017-11-05 10:25",
        "--start-zone", "Europe/Paris", "--end", "17:40",
        "--flight", "AF 7630", "--from", "MRS", "--to", "MIA",
    )  # fmt: skip
    assert code == 1
    assert "end zone: MIA (Miami International Airport) keeps America/New_York time" in err


def test_book_a_delegate_on_a_flight_then_see_it_in_their_agenda(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    db = ["--db", str(demo_db_path), "--mission", "miami-2017"]
    code, out, err = run(
        capsys, "itinerary", "book", *db, "--flight", "af7630", "--person", "smarchetti",
        "--ref", "XK42PQ", "--seat", "3A",
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    assert out == "smarchetti booked on AF 7630 (reference XK42PQ, seat 3A)\n"
    code, out, _ = run(
        capsys, "ics", *db, "--person", "smarchetti", "-o", str(demo_db_path.parent / "s.ics")
    )
    assert code == 0
    assert "XK42PQ" in (demo_db_path.parent / "s.ics").read_text(encoding="utf-8")

    code, _, err = run(
        capsys, "itinerary", "book", *db, "--flight", "LH 123", "--person", "smarchetti",
        "--ref", "X",
    )  # fmt: skip
    assert code == 1 and "no flight LH 123 in this mission's programme" in err


def test_badges_and_an_imposed_booklet_from_the_command_line(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    db = ["--db", str(demo_db_path), "--mission", "toronto-montreal-2019"]
    code, out, err = run(capsys, "badges", *db, "-o", str(tmp_path / "badges.pdf"))
    assert (code, err) == (0, ""), err
    assert out.startswith("29 badges (90x54)")  # 30 on the roster, one cancelled
    assert len(PdfReader(tmp_path / "badges.pdf").pages) == 3

    imposed = tmp_path / "imposed.pdf"
    code, _, err = run(
        capsys, "booklet", *db, "--person", "dparakian", "--imposed", "-o", str(imposed)
    )
    assert code == 0, err
    pages = PdfReader(imposed).pages
    assert len(pages) % 2 == 0
    assert float(pages[0].mediabox.width) > float(pages[0].mediabox.height)  # landscape A4


def test_agreements_register_runsheet_and_documents(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    db = ["--db", str(demo_db_path)]
    code, out, err = run(capsys, "agreements", "list", *db, "--status", "signed", "--json")
    assert (code, err) == (0, ""), err
    [signed] = json.loads(out)
    assert signed["short"] == "amp-miami-dade-2017"

    register = tmp_path / "register.xlsx"
    code, out, err = run(capsys, "agreements", "export", *db, "-o", str(register))
    assert (code, err) == (0, "") and out.startswith("3 agreements")
    assert load_workbook(register).active.max_row >= 4

    sheet = tmp_path / "runsheet.pdf"
    code, _, err = run(capsys, "runsheet", *db, "--agreement", signed["short"], "--lang", "en",
                       "-o", str(sheet))  # fmt: skip
    assert code == 0, err
    assert "Miami" in "".join(page.extract_text() for page in PdfReader(sheet).pages)

    draft = tmp_path / "brouillon.txt"
    draft.write_text("Article 1 : coopération portuaire.", encoding="utf-8")
    code, out, err = run(capsys, "agreements", "attach", str(draft), *db,
                         "--agreement", "montreal-marseille-2019")  # fmt: skip
    assert code == 0, err
    assert "brouillon.txt" in out and "SHA-256" in out
    code, _, err = run(capsys, "agreements", "export", *db, "-o", str(tmp_path / "r.csv"))
    assert code == 2 and ".pdf or .xlsx" in err
