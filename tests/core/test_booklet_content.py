"""What the booklet adds for the delegate, read back from PDFs printed from the database: QR
codes that a phone reads, the table of contents, the logo, transfers, B2B contacts, workshop
details, names in every script, and none of the other delegates' private data."""

from __future__ import annotations

import io
import re
from datetime import datetime
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from PIL import Image as PILImage
from pypdf import PdfReader
from sqlalchemy import select

from delegation_app.errors import ValidationError
from delegation_app.printing.booklet import render_booklet
from delegation_app.services import branding, itinerary, people, roster, transfers, venues
from delegation_app.services.agenda import agendas_for
from delegation_app.services.booklet import BookletData, booklet_data
from delegation_app.services.missions import resolve_mission_id
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    Audience,
    ItemKind,
    ItineraryItem,
    Participant,
    ParticipantRole,
    Person,
    Venue,
)

MIAMI = "miami-2017"


def _pages(path: Path) -> list[str]:
    return [
        re.sub(r"\s+", " ", re.sub(r"[\u00a0\u2009\u202f]", " ", page.extract_text() or ""))
        for page in PdfReader(path).pages
    ]


def _booklet(db: Database, short: str, language: str | None = None) -> BookletData:
    with db.reading() as session:
        return booklet_data(session, MIAMI, people.resolve_person_id(session, short), language)


def _codes_on(path: Path, page_number: int) -> set[str]:
    """The QR codes a phone's camera reads on a page printed at 200 dpi."""
    document = pypdfium2.PdfDocument(str(path))
    image = document[page_number].render(scale=200 / 72).to_pil()
    return {result.text for result in zxingcpp.read_barcodes(image)}


@pytest.fixture(scope="module")
def falcon(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> tuple[Path, Path]:
    """Loïc Falcon's booklet (business leader with B2B meetings), French, with a logo."""
    from delegation_app.storage.database import open_database

    folder = tmp_path_factory.mktemp("falcon")
    path = folder / "demo.sqlite"
    path.write_bytes(demo_template.read_bytes())
    db = open_database(path, lock=False)
    try:
        logo = io.BytesIO()
        PILImage.new("RGB", (300, 120), (31, 78, 121)).save(logo, format="PNG")
        with db.transaction() as session:
            branding.set_organisation_logo(session, logo.getvalue(), "logo.png")
        data = _booklet(db, "lfalcon", "fr")
    finally:
        db.close()
    return render_booklet(data, folder / "falcon.pdf"), path


def test_each_key_contact_has_a_qr_code_holding_their_vcard(falcon: tuple[Path, Path]) -> None:
    pdf, _ = falcon
    pages = _pages(pdf)
    contacts = next(i for i, p in enumerate(pages) if "Contacts Les personnes à joindre" in p)
    codes = _codes_on(pdf, contacts)
    cards = [c for c in codes if c.startswith("BEGIN:VCARD")]
    assert len(cards) == 5  # the demo's five key contacts, each with a phone
    laborde = next(c for c in cards if "FN:Aurélie Laborde" in c)
    assert laborde.split("\r\n") == [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Laborde;Aurélie;;;",
        "FN:Aurélie Laborde",
        "ORG:Métropole Aix-Marseille-Provence",
        "TITLE:Responsable logistique et transports",
        "TEL;TYPE=CELL:+33639980012",
        "EMAIL:aurelie.laborde@amp-metropole.example",
        "END:VCARD",
    ]


def test_each_place_with_coordinates_has_a_geo_qr_code(falcon: tuple[Path, Path]) -> None:
    pdf, db_path = falcon
    pages = _pages(pdf)
    addresses = next(i for i, p in enumerate(pages) if "Adresses Les lieux de votre programme" in p)
    codes = {c for c in _codes_on(pdf, addresses) if c.startswith("geo:")}
    from delegation_app.storage.database import open_database

    db = open_database(db_path, lock=False)
    try:
        with db.reading() as session:
            data = _booklet(db, "lfalcon", "fr")
            places = {e.venue for e in data.agenda if e.latitude is not None}
            expected = {
                f"geo:{v.latitude:g},{v.longitude:g}"
                for v in session.scalars(select(Venue).where(Venue.name.in_(places)))
            }
    finally:
        db.close()
    assert codes == expected
    assert "geo:25.7663,-80.1917" in codes  # the Brickell Avenue Conference Center


def test_table_of_contents_gives_the_page_of_each_section_and_day(
    falcon: tuple[Path, Path],
) -> None:
    pdf, _ = falcon
    reader = PdfReader(pdf)
    pages = _pages(pdf)
    contents = pages[1]
    assert contents.startswith("Sommaire")

    def bookmarks(items: list[object]) -> list[object]:
        flat: list[object] = []
        for item in items:
            flat += bookmarks(item) if isinstance(item, list) else [item]
        return flat

    outline = [b for b in bookmarks(reader.outline) if b.title != "Sommaire"]  # type: ignore[attr-defined]
    assert len(outline) >= 8
    for bookmark in outline:
        page = reader.get_destination_page_number(bookmark) + 1  # type: ignore[arg-type]
        assert f"{bookmark.title} {page}" in contents  # type: ignore[attr-defined]
        # On the page itself (the contents page names it once more, in its list).
        expected = 2 if page == 2 else 1
        assert pages[page - 1].count(bookmark.title) >= expected  # type: ignore[attr-defined]


def test_the_organisation_s_logo_is_on_the_cover_only(falcon: tuple[Path, Path]) -> None:
    pdf, _ = falcon
    reader = PdfReader(pdf)
    [logo] = reader.pages[0].images
    assert logo.image is not None and logo.image.size == (300, 120)
    assert all(not page.images for page in reader.pages[1:])


def test_a_b2b_meeting_names_the_company_s_contact(falcon: tuple[Path, Path]) -> None:
    pdf, _ = falcon
    text = " ".join(_pages(pdf))
    assert (
        "Rendez-vous avec Space Florida Contact : Jennifer Liu, Business Development Manager · "
        "+1 305-555-0115 · jennifer.liu@space-florida.example" in text
    )


def test_long_e_mail_addresses_break_after_the_at_sign_never_inside_a_word(
    falcon: tuple[Path, Path],
) -> None:
    pdf, _ = falcon
    reader = PdfReader(pdf)
    contacts = next(
        p for p in reader.pages if "Les personnes à joindre" in (p.extract_text() or "")
    )
    lines = (contacts.extract_text() or "").splitlines()
    assert "aurelie.laborde@" in lines and "amp-metropole.example" in lines
    for address in ("s.marchetti@marseille.example", "loic.lefevre@ville-marseille.example"):
        whole = address in lines
        split = f"{address.split('@')[0]}@" in lines and address.split("@")[1] in lines
        assert whole or split, address


def test_a_workshop_entry_gives_its_room_moderator_and_material(demo_db: Database) -> None:
    target = Path(demo_db.path or ".").parent / "afalcon.pdf"
    text = " ".join(_pages(render_booklet(_booklet(demo_db, "afalcon", "en"), target)))
    assert (
        "Room: Salle Biscayne A · Moderator: Jean-Baptiste Ferracci Material: Vidéoprojecteur, "
        "deux micros sans fil, interprétation français-anglais" in text
    )


def test_transfers_are_in_the_trip_at_a_glance_with_vehicle_and_meeting_point(
    demo_db: Database,
) -> None:
    with demo_db.transaction() as session:
        mission_id = resolve_mission_id(session, MIAMI)
        arrival = session.scalars(
            select(ItineraryItem).where(
                ItineraryItem.mission_id == mission_id,
                ItineraryItem.kind == ItemKind.TRANSFER,
                ItineraryItem.title_en.contains("airport"),
            )
        ).first()
        assert arrival is not None
        transfers.set_transfer_details(
            session,
            arrival.id,
            vehicle="Autocar 1",
            meeting_point="Porte 7, niveau arrivées",
            driver="Marco Díaz",
            driver_phone="+13055550199",
        )
        title = arrival.title_fr
    target = Path(demo_db.path or ".").parent / "gaudin.pdf"
    pages = _pages(render_booklet(_booklet(demo_db, "jcgaudin", "fr"), target))
    glance = next(p for p in pages if "Votre voyage en bref" in p and "Vos transferts" in p)
    transfers_part = glance[glance.index("Vos transferts") :]
    assert title in transfers_part
    assert "Autocar 1 Rendez-vous : Porte 7, niveau arrivées" in transfers_part
    assert "Chauffeur : Marco Díaz, +1 305-555-0199" in transfers_part


def test_a_logo_that_is_not_an_image_is_refused(db: Database) -> None:
    with db.transaction() as session, pytest.raises(ValidationError, match="not a PNG or JPEG"):
        branding.set_organisation_logo(session, b"%PDF-1.4 not an image", "logo.pdf")
    with db.reading() as session:
        assert branding.organisation_logo(session) is None


def test_names_in_every_script_print_exactly_as_entered(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.transaction() as session:
        mission_id = resolve_mission_id(session, MIAMI)
        lurssen = people.create_organisation(session, name="Lürssen Werft & Söhne <GmbH>")
        nunez = people.create_person(
            session,
            given_name="José",
            family_name="Ñúñez",
            honorific="Sr",
            organisation_id=lurssen.id,
            job_title="Директор по развитию",
        )
        participant = roster.add_participant(
            session, mission_id=mission_id, person_id=nunez.id, role=ParticipantRole.GUEST
        )
        place = venues.find_or_create_venue(
            session, name="Ærøskøbing Havn", address="Vestergade 1\n5970 Ærøskøbing", city="Miami"
        )
        itinerary.create_item(
            session,
            mission_id=mission_id,
            kind=ItemKind.VISIT,
            title_fr="Visite du chantier Lürssen d'Ærøskøbing",
            title_en="Visit of the Lürssen yard in Ærøskøbing",
            start_local=datetime(2017, 11, 8, 15, 0),
            start_zone="America/New_York",
            end_local=datetime(2017, 11, 8, 16, 0),
            venue_id=place,
            audience=Audience.PEOPLE,
            participant_ids=[participant],
            notes_fr="Rencontre avec Сергей Ковалёв",
        )
    for language, title in (
        ("fr", "Visite du chantier Lürssen d'Ærøskøbing"),
        ("en", "Visit of the Lürssen yard in Ærøskøbing"),
    ):
        pdf = render_booklet(_booklet(demo_db, nunez.short, language), tmp_path / f"{language}.pdf")
        pages = _pages(pdf)
        assert "Sr José Ñúñez" in pages[0]
        assert "Lürssen Werft & Söhne <GmbH>" in pages[0]
        assert "Директор по развитию" in pages[0]
        text = " ".join(pages)
        assert title in text
        assert "Ærøskøbing Havn, Vestergade 1, 5970 Ærøskøbing" in text
        assert "Rencontre avec Сергей Ковалёв" in text
        assert "&amp;" not in text and "&lt;" not in text


def test_a_booklet_holds_none_of_the_other_delegates_private_data(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.transaction() as session:
        mission_id = resolve_mission_id(session, MIAMI)
        falcon = people.resolve_person_id(session, "lfalcon")
        others = list(
            session.scalars(
                select(Person)
                .join(Participant, Participant.person_id == Person.id)
                .where(Participant.mission_id == mission_id, Person.id != falcon)
            )
        )
        # Needs and emergency contacts on everyone else, distinct enough to be found.
        for number, person in enumerate(others):
            person.dietary_needs = person.dietary_needs or f"Sans gluten n°{number}"
            person.mobility_needs = f"Fauteuil roulant n°{number}"
            person.emergency_contact = f"Urgence {person.family_name} +3360000{number:04d}"
        participants = {
            p.person_id: p.id
            for p in session.scalars(
                select(Participant).where(Participant.mission_id == mission_id)
            )
        }
        agendas = agendas_for(session, mission_id, participants.values())
        own = {e.item_id for e in agendas[participants[falcon]]}
        private = [
            title
            for item in session.scalars(
                select(ItineraryItem).where(
                    ItineraryItem.mission_id == mission_id, ItineraryItem.is_private.is_(True)
                )
            )
            if item.id not in own
            for title in (item.title_fr, item.title_en)
        ]
    assert len(private) >= 10
    secrets = [
        value
        for person in others
        for value in (
            person.passport_number,
            person.dietary_needs,
            person.mobility_needs,
            person.emergency_contact,
        )
        if value
    ]
    assert len(secrets) > 300
    for language in ("fr", "en"):
        pdf = render_booklet(_booklet(demo_db, "lfalcon", language), tmp_path / f"{language}.pdf")
        text = " ".join(_pages(pdf))
        assert "Loïc Falcon" in text
        leaked = [value for value in [*secrets, *private] if value in text]
        assert leaked == []
