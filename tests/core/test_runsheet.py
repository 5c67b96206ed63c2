"""The run sheet of a signing ceremony: what is recorded, and the PDF the protocol officer holds."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from delegation_app.errors import NotFound, ValidationError
from delegation_app.printing import agreements as printing
from delegation_app.printing.agreements import render_run_sheet
from delegation_app.services import itinerary
from delegation_app.services.agreements import (
    OUR_SIDE,
    PARTNER_SIDE,
    CopyInput,
    RunSheet,
    SpeechInput,
    run_sheet,
    run_sheet_for_item,
    set_run_sheet,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import Audience, ItemKind, ItineraryItem
from tests.core.test_agreements import MIAMI, Setup, _build, _create


@pytest.fixture
def setup(db: Database) -> Setup:
    with db.transaction() as session:
        setup = _build(session)
        hall = itinerary.create_venue(
            session,
            name="Miami-Dade County Hall",
            address="111 NW 1st Street\nMiami, FL 33128",
            city="Miami",
            zone=MIAMI,
        )
        item = session.get(ItineraryItem, setup.signing_item)
        assert item is not None
        item.venue_id = hall
        item.dress_code = "Costume sombre"
        _create(session, setup, signing_item_id=setup.signing_item)
        return setup


def _speeches(setup: Setup) -> list[SpeechInput]:
    return [
        SpeechInput(person_id=setup.commissioner, topic="Welcome", minutes=5, language="en"),
        SpeechInput(person_id=setup.gaudin, topic="Allocution", minutes=8, language="FR"),
        SpeechInput(speaker="Maître de cérémonie", capacity="Protocole", minutes=4),
    ]


def _record(db: Database, setup: Setup, **changes: Any) -> RunSheet:
    arguments: dict[str, Any] = {
        "speeches": _speeches(setup),
        "copies": [CopyInput(["en"], 2, "one for each party"), CopyInput("fr;en", 1)],
        "gifts": "Santons de Provence",
        "press": "Photo officielle après la signature",
        "notes": "Drapeaux, stylos",
    }
    arguments.update(changes)
    with db.transaction() as session:
        return set_run_sheet(session, "amp-miami-dade", **arguments)


def test_the_ceremony_comes_from_the_signing_item(db: Database, setup: Setup) -> None:
    with db.reading() as session:
        sheet = run_sheet(session, "amp-miami-dade")
    ceremony = sheet.ceremony
    assert ceremony is not None
    assert (ceremony.start_local, ceremony.end_local) == (
        datetime(2017, 11, 6, 10, 0),
        datetime(2017, 11, 6, 11, 30),
    )
    assert ceremony.start_zone == MIAMI
    assert ceremony.start.utcoffset() is not None and ceremony.start.hour == 10
    assert (ceremony.venue, ceremony.city, ceremony.dress_code) == (
        "Miami-Dade County Hall",
        "Miami",
        "Costume sombre",
    )
    assert sheet.day == date(2017, 11, 6)
    assert not sheet.recorded
    assert sheet.host_side == PARTNER_SIDE
    assert (sheet.speeches, sheet.copies, sheet.gifts) == ((), (), None)


def test_a_recorded_run_sheet_reads_back(db: Database, setup: Setup) -> None:
    sheet = _record(db, setup)
    assert sheet.recorded
    assert [(s.position, s.name, s.capacity, s.language) for s in sheet.speeches] == [
        (1, "Carmen Ibáñez-Rivera", "County Commissioner", "en"),
        (2, "Jean-Claude Gaudin", "Président de la Métropole", "fr"),
        (3, "Maître de cérémonie", "Protocole", None),
    ]
    # indicative times follow the lengths of the speeches before
    assert [s.start_local for s in sheet.speeches] == [
        datetime(2017, 11, 6, 10, 0),
        datetime(2017, 11, 6, 10, 5),
        datetime(2017, 11, 6, 10, 13),
    ]
    assert [(c.languages, c.count, c.note) for c in sheet.copies] == [
        (("en",), 2, "one for each party"),
        (("fr", "en"), 1, None),
    ]
    assert sheet.copies_total == 3
    assert (sheet.gifts, sheet.press, sheet.notes) == (
        "Santons de Provence",
        "Photo officielle après la signature",
        "Drapeaux, stylos",
    )
    with db.reading() as session:
        assert run_sheet(session, "amp-miami-dade") == sheet


def test_recording_again_replaces_the_whole_sheet(db: Database, setup: Setup) -> None:
    _record(db, setup)
    sheet = _record(db, setup, speeches=[SpeechInput(speaker="Seul orateur")], copies=[])
    assert [s.name for s in sheet.speeches] == ["Seul orateur"]
    assert sheet.copies == ()


def test_indicative_times_stop_at_a_speech_of_unknown_length(db: Database, setup: Setup) -> None:
    sheet = _record(
        db,
        setup,
        speeches=[
            SpeechInput(speaker="A", minutes=5),
            SpeechInput(speaker="B"),
            SpeechInput(speaker="C", minutes=5),
        ],
    )
    assert [s.start_local for s in sheet.speeches] == [
        datetime(2017, 11, 6, 10, 0),
        datetime(2017, 11, 6, 10, 5),
        None,
    ]


def test_indicative_times_cross_the_clock_change(db: Database, setup: Setup) -> None:
    # The US clocks went back at 02:00 on Sunday 5 November 2017: 01:00-02:00 happened twice.
    with db.transaction() as session:
        night = itinerary.create_item(
            session,
            mission_id=setup.mission_id,
            kind=ItemKind.SIGNING,
            title_fr="Signature de nuit",
            start_local=datetime(2017, 11, 5, 0, 30),
            start_zone=MIAMI,
            end_local=datetime(2017, 11, 5, 3, 0),
            audience=Audience.EVERYONE,
        )
        _create(session, setup, short="night", signing_item_id=night)
        sheet = set_run_sheet(
            session, "night", speeches=[SpeechInput(speaker=n, minutes=40) for n in "ABCD"]
        )
    assert [s.start_local for s in sheet.speeches] == [
        datetime(2017, 11, 5, 0, 30),
        datetime(2017, 11, 5, 1, 10),
        datetime(2017, 11, 5, 1, 50),
        datetime(2017, 11, 5, 1, 30),  # 40 minutes later, the clocks having gone back
    ]


def test_seating_puts_the_guests_on_the_left_and_the_principals_at_the_centre(
    db: Database, setup: Setup
) -> None:
    sheet = _record(db, setup)
    assert [(s.name, s.side, s.seat) for s in sheet.left_to_right] == [
        ("Martine Vassal", OUR_SIDE, 2),
        ("Jean-Claude Gaudin", OUR_SIDE, 1),
        ("Carmen Ibáñez-Rivera", PARTNER_SIDE, 1),
    ]
    hosting = _record(db, setup, host_side=OUR_SIDE)
    assert [s.name for s in hosting.left_to_right] == [
        "Carmen Ibáñez-Rivera",
        "Jean-Claude Gaudin",
        "Martine Vassal",
    ]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"host_side": 3}, "host"),
        ({"speeches": [SpeechInput(topic="no one")]}, "speech 1"),
        ({"speeches": [SpeechInput(speaker="A", minutes=0)]}, "speech 1 minutes"),
        ({"speeches": [SpeechInput(speaker="A", language="french")]}, "speech 1 language"),
        ({"copies": [CopyInput(["fr"], 0)]}, "copy 1 count"),
        ({"copies": [CopyInput([" "], 2)]}, "copy 1 languages"),
        ({"copies": [CopyInput("fr;english", 2)]}, "copy 1 languages"),
    ],
)
def test_bad_run_sheets_name_the_field_and_keep_the_old_one(
    db: Database, setup: Setup, changes: dict[str, Any], field: str
) -> None:
    before = _record(db, setup)
    with pytest.raises(ValidationError) as error:
        _record(db, setup, **changes)
    assert error.value.field == field
    with db.reading() as session:
        assert run_sheet(session, "amp-miami-dade") == before


def test_an_unknown_speaker_or_agreement_is_not_found(db: Database, setup: Setup) -> None:
    with pytest.raises(NotFound):
        _record(db, setup, speeches=[SpeechInput(person_id=999)])
    with pytest.raises(NotFound), db.reading() as session:
        run_sheet(session, "no-such-agreement")


def test_the_run_sheet_is_found_from_the_ceremony_item(db: Database, setup: Setup) -> None:
    _record(db, setup)
    with db.reading() as session:
        found = run_sheet_for_item(session, setup.signing_item)
        assert run_sheet_for_item(session, setup.reception_item) is None
    assert found is not None and found.agreement.short == "amp-miami-dade"


# --- the PDF --------------------------------------------------------------------------------


def _text(path: Path) -> str:
    reader = PdfReader(path)
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def _in_order(text: str, *parts: str) -> bool:
    """Each part found after the one before it."""
    position = 0
    for part in parts:
        position = text.find(part, position)
        if position < 0:
            return False
        position += len(part)
    return True


def test_demo_run_sheet_in_french_has_time_place_speeches_seating_copies_gifts_press(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.reading() as session:
        sheet = run_sheet(session, "amp-miami-dade-2017")
    path = render_run_sheet(
        sheet, tmp_path / "deroule.pdf", language="fr", issued_on=date(2017, 11, 3)
    )
    text = _text(path)
    assert "DÉROULÉ DE LA CÉRÉMONIE DE SIGNATURE" in text
    assert "Lundi 6 novembre 2017" in text
    assert "10:00 – 11:30 (EST, heure de New York)" in text
    assert "Miami-Dade County Hall (Stephen P. Clark Government Center)" in text
    assert "111 NW 1st Street, Miami, FL 33128" in text
    assert _in_order(
        text,
        "Ordre des prises de parole",
        "10:00 Carmen Ibáñez-Rivera",
        "10:05 Jean-Claude Gaudin",
        "10:13 Martine Vassal",
        "10:18 Maître de cérémonie du Comté",
    )
    # the plan of the table, left to right as the audience sees it
    assert _in_order(
        text,
        "À gauche (vu du public) — Métropole Aix-Marseille-Provence (invités)",
        "Martine Vassal",
        "Jean-Claude Gaudin",
        "Carmen Ibáñez-Rivera",
        "Table de signature",
    )
    assert "gauche 1, au centre" in text and "droite 1, au centre" in text
    assert "4 originaux au total ; chacun est signé par les 3 signataires, soit 12 signatures." in (
        text
    )
    assert "crèche de santons de Provence" in text
    assert "Communiqué de presse commun diffusé à 11 h 30" in text
    assert "Établi le 3 novembre 2017" in text
    assert "Page 1 sur 2" in text


def test_demo_run_sheet_in_english(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reading() as session:
        sheet = run_sheet(session, "amp-miami-dade-2017")
    text = _text(render_run_sheet(sheet, tmp_path / "run-sheet.pdf", language="en"))
    assert "SIGNING CEREMONY RUN SHEET" in text
    assert "Monday, November 6, 2017" in text
    assert "10:00 AM – 11:30 AM (EST, New York time)" in text
    assert "Left (as the audience sees it)" in text
    assert "English" in text and "French" in text
    assert "4 originals in all; each is signed by the 3 signatories: 12 signatures." in text


def test_an_unrecorded_run_sheet_prints_what_is_known(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reading() as session:
        sheet = run_sheet(session, "montreal-marseille-2019")
    text = _text(render_run_sheet(sheet, tmp_path / "montreal.pdf", language="fr"))
    assert "Le déroulé de la cérémonie n'a pas encore été renseigné." in text
    assert "date à fixer" in text and "horaire à confirmer" in text
    assert "Aucun signataire n'est encore désigné." in text


def test_user_text_prints_as_typed(db: Database, setup: Setup, tmp_path: Path) -> None:
    sheet = _record(db, setup, gifts="Dupont & Fils <SARL> offre un <b>santon</b>")
    text = _text(render_run_sheet(sheet, tmp_path / "s.pdf", language="fr"))
    assert "Dupont & Fils <SARL> offre un <b>santon</b>" in text


def test_a_failed_print_leaves_the_earlier_file_whole(
    db: Database, setup: Setup, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = _record(db, setup)
    target = tmp_path / "out" / "deroule.pdf"
    target.parent.mkdir()
    target.write_bytes(b"earlier")

    def broken(self: object) -> list[object]:
        raise RuntimeError("layout failed")

    monkeypatch.setattr(printing._RunSheetStory, "story", broken)
    with pytest.raises(RuntimeError):
        render_run_sheet(sheet, target, language="fr")
    assert target.read_bytes() == b"earlier"
    assert [p.name for p in target.parent.iterdir()] == ["deroule.pdf"]


def test_a_language_other_than_french_or_english_is_refused(
    db: Database, setup: Setup, tmp_path: Path
) -> None:
    sheet = _record(db, setup)
    with pytest.raises(ValidationError) as error:
        render_run_sheet(sheet, tmp_path / "s.pdf", language="de")
    assert error.value.field == "language"
    assert not (tmp_path / "s.pdf").exists()
