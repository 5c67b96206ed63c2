"""The delegation's other papers, read back from the PDFs: the whole programme with who attends
what, the face book, and the visa invitation letters."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader
from sqlalchemy import select

from delegation_app.cli import main
from delegation_app.errors import ValidationError
from delegation_app.printing.face_book import render_face_book
from delegation_app.printing.letters import PLACEHOLDERS, parse_template, render_letters
from delegation_app.printing.programme import render_delegation_programme
from delegation_app.services.agenda import agendas_for, programme_for
from delegation_app.services.missions import resolve_mission_id
from delegation_app.services.papers import delegation_programme, face_book, invitation_letters
from delegation_app.services.people import resolve_person_id
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    Attachment,
    Participant,
    ParticipantStatus,
    Person,
)

MIAMI = "miami-2017"


def _text(path: Path) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", re.sub(r"[\u00a0\u2009\u202f]", " ", text))


# The whole delegation's programme -------------------------------------------------------------


def test_programme_lists_every_item_but_the_private_ones_in_time_order(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.reading() as session:
        mission_id = resolve_mission_id(session, MIAMI)
        programme = delegation_programme(session, MIAMI)
        everything = programme_for(session, mission_id)
    public = [e for e in everything if not e.is_private]
    assert [line.entry.item_id for line in programme.lines] == [e.item_id for e in public]
    assert programme.private_left_out == len(everything) - len(public) > 0

    text = _text(render_delegation_programme(programme, tmp_path / "p.pdf", language="en"))
    # Each title after the previous one (a daily item appears once a day).
    position = 0
    for entry in public:
        position = text.index(entry.title_en, position) + 1
    assert f"{programme.private_left_out} private appointments are not listed" in text
    assert not any(e.title_en in text for e in everything if e.is_private)


def test_programme_says_who_attends_as_the_agendas_do(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reading() as session:
        mission_id = resolve_mission_id(session, MIAMI)
        programme = delegation_programme(session, MIAMI, with_private=True)
        active = [
            p.id
            for p in session.scalars(
                select(Participant).where(
                    Participant.mission_id == mission_id,
                    Participant.status != ParticipantStatus.CANCELLED,
                )
            )
        ]
        agendas = agendas_for(session, mission_id, active)
    attending: dict[int, int] = {}
    for agenda in agendas.values():
        for item_id in {entry.item_id for entry in agenda}:
            attending[item_id] = attending.get(item_id, 0) + 1
    for line in programme.lines:
        assert line.attendance.count == attending.get(line.entry.item_id, 0), line.entry.title_en

    by_title = {line.entry.title_en: line.attendance for line in programme.lines}
    outbound = by_title["Outbound flight Marseille – Miami"]
    assert outbound.everyone and "Loïc Falcon" in outbound.excluded
    assert outbound.count == programme.delegates - len(outbound.excluded)
    space = by_title["Business meeting (B2B): Space Florida"]
    assert not space.everyone and not space.groups
    assert space.people == ("Jean-Luc Chauvin", "Loïc Falcon", "Zoë Guérin", "Agnès Martinez")

    text = _text(render_delegation_programme(programme, tmp_path / "p.pdf", language="en"))
    assert "Whole delegation except Christine Cabau-Woehrel, Loïc Falcon, Agnès Martinez, " in text
    assert "Jean-Luc Chauvin, Loïc Falcon, Zoë Guérin, and Agnès Martinez 4 attendees" in text
    french = _text(render_delegation_programme(programme, tmp_path / "f.pdf", language="fr"))
    assert (
        "Toute la délégation sauf Christine Cabau-Woehrel, Loïc Falcon, Agnès Martinez, " in french
    )
    assert "Jean-Luc Chauvin, Loïc Falcon, Zoë Guérin et Agnès Martinez 4 participants" in french


# The face book --------------------------------------------------------------------------------


def _png(color: tuple[int, int, int], size: tuple[int, int] = (60, 80)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, color).save(buffer, format="PNG")
    return buffer.getvalue()


def test_face_book_groups_the_delegates_with_photos_or_initials(
    demo_db: Database, tmp_path: Path
) -> None:
    photo = _png((200, 30, 30))
    with demo_db.transaction() as session:
        gaudin = session.get(Person, resolve_person_id(session, "jcgaudin"))
        assert gaudin is not None
        attachment = Attachment(
            file_name="gaudin.png",
            media_type="image/png",
            size=len(photo),
            sha256=hashlib.sha256(photo).hexdigest(),
            content=photo,
            uploaded_at=datetime.now(UTC).replace(tzinfo=None),
        )
        session.add(attachment)
        session.flush()
        gaudin.photo_id = attachment.id
        mission_id = resolve_mission_id(session, MIAMI)
        cancelled = session.scalars(
            select(Participant).where(Participant.mission_id == mission_id)
        ).first()
        assert cancelled is not None
        cancelled.status = ParticipantStatus.CANCELLED
        cancelled_person = session.get(Person, cancelled.person_id)
        assert cancelled_person is not None
        cancelled_name = f"{cancelled_person.given_name} {cancelled_person.family_name}"
    with demo_db.reading() as session:
        book = face_book(session, MIAMI)
    names = [group.name for group in book.groups]
    assert names[0] == "Délégation officielle"
    everyone = [card for group in book.groups for card in group.cards]
    assert len(everyone) == 119 and len({c.person_id for c in everyone}) == 119
    [with_photo] = [card for card in everyone if card.photo]
    assert with_photo.family_name == "Gaudin"

    path = render_face_book(book, tmp_path / "faces.pdf", language="fr")
    reader = PdfReader(path)
    text = _text(path)
    assert "Trombinoscope" in text
    assert "Jean-Claude Gaudin" in text and cancelled_name not in text
    for name in names:
        assert name in text
    # The photo is drawn once; every other delegate gets their initials.
    assert sum(len(page.images) for page in reader.pages) == 1
    official = book.groups[0].cards
    first_other = next(c for c in official if not c.photo)
    assert f"{first_other.initials} {first_other.full_name}" in text


def test_face_book_of_one_group(demo_db: Database) -> None:
    with demo_db.reading() as session:
        book = face_book(session, MIAMI, group="délégation OFFICIELLE")
    assert [g.name for g in book.groups] == ["Délégation officielle"]


# Visa invitation letters ----------------------------------------------------------------------


def test_each_letter_carries_its_own_delegate_s_passport_only(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.reading() as session:
        people = [resolve_person_id(session, s) for s in ("jcgaudin", "mvassal", "lfalcon")]
        letters = invitation_letters(session, MIAMI, people, language="en")
        passports = {
            p.id: p.passport_number
            for p in session.scalars(select(Person).where(Person.id.in_(people)))
        }
    assert [letter.person_id for letter in letters] == people  # one destination: the US
    path = tmp_path / "letters.pdf"
    assert render_letters(letters, path, today=date(2017, 9, 15)) == 3
    pages = [re.sub(r"\s+", " ", page.extract_text() or "") for page in PdfReader(path).pages]
    assert len(pages) == 3
    for page, letter in zip(pages, letters, strict=True):
        own = passports[letter.person_id]
        assert own and f"passport number {own}" in page
        assert all(
            number not in page for pid, number in passports.items() if pid != letter.person_id
        )
        assert letter.full_name in page
        assert "B-1 business visitor visa" in page  # the United States' template
        assert "September 15, 2017" in page
        assert "from November 5, 2017 to November 10, 2017" in page


def test_letters_for_canada_use_its_template_in_each_delegate_s_language(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.reading() as session:
        mission_id = resolve_mission_id(session, "toronto-montreal-2019")
        people = [
            p.person_id
            for p in session.scalars(
                select(Participant).where(Participant.mission_id == mission_id)
            )
        ][:3]
        letters = invitation_letters(session, "toronto-montreal-2019", people)
    render_letters(letters, tmp_path / "ca.pdf", today=date(2019, 5, 2))
    text = _text(tmp_path / "ca.pdf")
    assert "Immigration, Réfugiés et Citoyenneté Canada" in text or (
        "Immigration, Refugees and Citizenship Canada" in text
    )
    assert "Toronto et Montréal" in text or "Toronto and Montréal" in text


def test_a_missing_passport_is_left_to_complete_by_hand(db: Database, tmp_path: Path) -> None:
    from delegation_app.services import missions, people, roster
    from delegation_app.storage.models import ParticipantRole

    with db.transaction() as session:
        mission = missions.create_mission(
            session,
            title_fr="Mission à Tel Aviv",
            title_en="Mission to Tel Aviv",
            short="tel-aviv-2019",
            start_date=date(2019, 9, 16),
            end_date=date(2019, 9, 20),
            stops=[missions.StopInput("Tel Aviv", "IL", "Asia/Jerusalem")],
        )
        person = people.create_person(session, given_name="Ærin", family_name="Ñúñez")
        roster.add_participant(
            session, mission_id=mission.id, person_id=person.id, role=ParticipantRole.GUEST
        )
        letters = invitation_letters(session, str(mission.id), [person.id], language="fr")
    render_letters(letters, tmp_path / "l.pdf", today=date(2019, 8, 1))
    text = _text(tmp_path / "l.pdf")
    assert "Ærin Ñúñez" in text
    assert "passeport n° …………………… (à compléter)" in text
    assert "à Tel Aviv (Israël) du 16 septembre 2019 au 20 septembre 2019" in text


def test_every_shipped_template_parses_and_names_only_known_placeholders() -> None:
    from delegation_app.paths import resource_path

    templates = sorted(resource_path("letters").glob("*.txt"))
    assert {p.name for p in templates} >= {"default.fr.txt", "default.en.txt", "US.en.txt"}
    for path in templates:
        template = parse_template(path.read_text(encoding="utf-8"), path.name)
        assert template.subject and template.signature and template.paragraphs
        assert "{passport_number}" in " ".join(template.paragraphs)
    assert "passport_number" in PLACEHOLDERS


def test_a_template_with_an_unknown_placeholder_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"names \{salary\}, which is not a placeholder"):
        parse_template("subject: Invitation\n\nDear {full_name}, your {salary}.", "XX.en.txt")
    with pytest.raises(ValidationError, match="no text after its header lines"):
        parse_template("# only a comment\nsubject: Invitation\n", "XX.en.txt")


# The command line -----------------------------------------------------------------------------


def test_cli_prints_the_programme_the_face_book_and_the_letters(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    common = ["--db", str(demo_db_path), "--mission", MIAMI]
    assert main(["programme", *common, "--lang", "en", "-o", str(tmp_path / "p.pdf")]) == 0
    assert "private left out written to" in capsys.readouterr().out
    assert "Delegation programme" in _text(tmp_path / "p.pdf")
    assert main(["facebook", *common, "--group", "Presse", "-o", str(tmp_path / "f.pdf")]) == 0
    assert "Face book of" in capsys.readouterr().out
    code = main(["letters", *common, "--person", "jcgaudin", "-o", str(tmp_path / "l.pdf")])
    out = capsys.readouterr().out
    assert code == 0 and "1 invitation letters written" in out
    assert "Jean-Claude Gaudin" in _text(tmp_path / "l.pdf")
