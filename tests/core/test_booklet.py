"""The personal booklet: what a delegate reads on paper, checked in the PDF's own text."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import Destination

from delegation_app.errors import ValidationError
from delegation_app.printing import booklet as booklet_module
from delegation_app.printing.booklet import render_booklet
from delegation_app.printing.labels import Wording
from delegation_app.printing.text import join, markup, multiline
from delegation_app.services.agenda import AgendaEntry, FlightView
from delegation_app.services.booklet import BookletData, ContactView, DelegateCard
from delegation_app.services.missions import MissionView, StopView
from delegation_app.services.roster import StayView
from delegation_app.storage.database import Database
from delegation_app.storage.models import Audience, ItemKind, MissionStatus

MIAMI = "America/New_York"
PARIS = "Europe/Paris"

_next_id = iter(range(1, 10_000))


def entry(
    kind: ItemKind,
    title_fr: str,
    title_en: str,
    start: datetime,
    end: datetime,
    *,
    zone: str = MIAMI,
    end_zone: str | None = None,
    city: str | None = "Miami",
    venue: str | None = None,
    address: str | None = None,
    dress_code: str | None = None,
    to_bring: str | None = None,
    notes: str | None = None,
    notes_en: str | None = None,
    staff: tuple[str, str] | None = None,
    flight: FlightView | None = None,
    as_speaker: bool = False,
    meeting_with: str | None = None,
) -> AgendaEntry:
    item_id = next(_next_id)
    return AgendaEntry(
        item_id=item_id,
        uid=f"item-{item_id}",
        sequence=0,
        stop_id=None,
        audience=Audience.EVERYONE,
        is_private=False,
        recurring=False,
        kind=kind,
        title_fr=title_fr,
        title_en=title_en,
        start_local=start,
        start_zone=zone,
        end_local=end,
        end_zone=end_zone or zone,
        home_zone=PARIS,
        city=city,
        venue=venue,
        address=address,
        latitude=None,
        longitude=None,
        dress_code=dress_code,
        to_bring=to_bring,
        notes_fr=notes,
        notes_en=notes_en,
        staff_name=staff[0] if staff else None,
        staff_phone=staff[1] if staff else None,
        flight=flight,
        as_speaker=as_speaker,
        meeting_with=meeting_with,
    )


def miami_booklet(language: str = "fr") -> BookletData:
    """The Miami 2017 mission as one business leader of the delegation lives it."""
    mission = MissionView(
        id=1,
        short="miami-2017",
        title_fr="Mission économique à Miami — French Weeks 2017",
        title_en="Business mission to Miami — French Weeks 2017",
        start_date=date(2017, 11, 5),
        end_date=date(2017, 11, 10),
        status=MissionStatus.PLANNED,
        home_zone=PARIS,
        home_country="FR",
        partner_event="10th French Weeks Miami",
        organiser="Métropole Aix-Marseille-Provence",
        objectives=None,
        sectors=("Maritime & Logistics", "Digital & Creative industries"),
        stops=(
            StopView(
                id=1,
                position=0,
                city="Miami",
                country="US",
                zone=MIAMI,
                start_date=date(2017, 11, 5),
                end_date=date(2017, 11, 10),
                practical_info=(
                    "Clocks went back one hour on Sunday 5 November at 02:00.\n"
                    "Tipping: 18 to 20 % in restaurants.\nPower: 110 V, type A/B plugs."
                ),
            ),
        ),
        participant_count=120,
    )
    delegate = DelegateCard(
        participant_id=7,
        person_id=7,
        short="zoe-lukasz",
        given_name="Zoë Bénédicte",
        family_name="Łukasz",
        honorific="Mme",
        organisation="Dupont & Fils <SARL>",
        job_title="Directrice générale",
        capacity="Cheffe d'entreprise, filière maritime",
        groups=("Chefs d'entreprise", "Atelier SmartPort"),
        language=language,
    )
    staff = ("Camille Roux", "+33 6 12 34 56 78")
    agenda = (
        entry(
            ItemKind.FLIGHT,
            "Vol Marseille → Miami",
            "Flight Marseille → Miami",
            datetime(2017, 11, 5, 10, 25),
            datetime(2017, 11, 5, 17, 40),
            zone=PARIS,
            end_zone=MIAMI,
            city=None,
            flight=FlightView("AF", "1234", "MRS", "MIA", "XK4P2Q", "23A"),
            to_bring="Passeport, ESTA imprimée",
            staff=staff,
        ),
        entry(
            ItemKind.TRANSFER,
            "Transfert vers l'hôtel",
            "Transfer to the hotel",
            datetime(2017, 11, 5, 18, 30),
            datetime(2017, 11, 5, 19, 15),
            venue="InterContinental Miami",
            address="100 Chopin Plaza\nMiami, FL 33131",
        ),
        entry(
            ItemKind.BRIEFING,
            "Briefing de la délégation",
            "Delegation briefing",
            datetime(2017, 11, 6, 8, 0),
            datetime(2017, 11, 6, 8, 45),
            venue="InterContinental Miami, salon Biscayne",
            staff=staff,
        ),
        entry(
            ItemKind.SIGNING,
            "Signature de l'accord de jumelage Métropole – Miami-Dade",
            "Signing of the sister agreement Metropolis – Miami-Dade",
            datetime(2017, 11, 6, 9, 30),
            datetime(2017, 11, 6, 11, 30),
            venue="Stephen P. Clark Government Center",
            address="111 NW 1st Street, Miami, FL 33128",
            dress_code="Costume sombre",
            to_bring="Pièce d'identité (contrôle de sécurité)",
            staff=staff,
        ),
        entry(
            ItemKind.WORKSHOP,
            "Atelier : la sécurité de l'Internet des objets",
            "Workshop: security in the Internet of Things",
            datetime(2017, 11, 6, 14, 0),
            datetime(2017, 11, 6, 16, 0),
            venue="Miami Dade College, Wolfson Campus",
            address="300 NE 2nd Ave, Miami, FL 33132",
            as_speaker=True,
            to_bring="Présentation sur clé USB",
        ),
        entry(
            ItemKind.RECEPTION,
            "Réception au consulat général de France",
            "Reception at the Consulate General of France",
            datetime(2017, 11, 6, 19, 0),
            datetime(2017, 11, 6, 22, 0),
            venue="Consulat général de France",
            address="1395 Brickell Ave, Suite 1050, Miami, FL 33131",
            dress_code="Tenue de ville",
        ),
        entry(
            ItemKind.MEETING,
            "Rendez-vous B2B",
            "B2B meeting",
            datetime(2017, 11, 7, 9, 30),
            datetime(2017, 11, 7, 10, 15),
            venue="Fort Lauderdale International Boat Show",
            address="1881 SE 17th St, Fort Lauderdale, FL 33316",
            city="Fort Lauderdale",
            meeting_with="Роснефть",
        ),
        entry(
            ItemKind.MEETING,
            "Rendez-vous B2B",
            "B2B meeting",
            datetime(2017, 11, 7, 11, 0),
            datetime(2017, 11, 7, 11, 45),
            venue="Fort Lauderdale International Boat Show",
            city="Fort Lauderdale",
            meeting_with="U.S. Superyacht Association",
            notes=(
                "Présentation de l'offre d'accueil de Provence Promotion : foncier portuaire, "
                "aides à l'implantation, réseau de sous-traitants de la réparation navale. "
            )
            * 4,
        ),
        entry(
            ItemKind.WORKSHOP,
            "Atelier SmartPort : logistique, énergie, numérique",
            "SmartPort workshop: logistics, energy, digital",
            datetime(2017, 11, 8, 10, 0),
            datetime(2017, 11, 8, 12, 30),
            venue="PortMiami, Cruise Terminal J",
            address="1015 N America Way, Miami, FL 33132",
            staff=staff,
        ),
        entry(
            ItemKind.FREE_TIME,
            "Après-midi libre",
            "Free afternoon",
            datetime(2017, 11, 8, 14, 0),
            datetime(2017, 11, 8, 18, 0),
        ),
        entry(
            ItemKind.VISIT,
            "Visite de PortMiami et des compagnies de croisière",
            "Visit of PortMiami and the cruise lines",
            datetime(2017, 11, 9, 9, 0),
            datetime(2017, 11, 9, 12, 0),
            venue="PortMiami",
            dress_code="Chaussures fermées",
        ),
        entry(
            ItemKind.FLIGHT,
            "Vol retour Miami → Paris",
            "Return flight Miami → Paris",
            datetime(2017, 11, 9, 21, 50),
            datetime(2017, 11, 10, 12, 5),
            end_zone=PARIS,
            flight=FlightView("AF", "AF095", "MIA", "CDG", "XK4P2Q", "31C"),
            staff=staff,
        ),
    )
    stays = (
        StayView(
            hotel="InterContinental Miami",
            address="100 Chopin Plaza\nMiami, FL 33131",
            phone="+1 305-577-1000",
            city="Miami",
            check_in=date(2017, 11, 5),
            check_out=date(2017, 11, 9),
            room="1412",
            room_type="Twin",
            room_mates=("Agnieszka Nowak",),
        ),
    )
    contacts = (
        ContactView(
            "Camille Roux", "Cheffe de délégation", "+33 6 12 34 56 78", "c.roux@example.org"
        ),
        ContactView("Hugo Martin", "Logistique et transferts", "+13055550142", None),
        ContactView("Inès Haddad", "Presse", None, "presse@example.org"),
    )
    return BookletData(
        mission=mission,
        delegate=replace(delegate, language=language),
        language=language,
        agenda=agenda,
        stays=stays,
        contacts=contacts,
    )


def pdf_pages(path: Path) -> list[str]:
    """Each page's text, with the no-break and thin spaces of the layout read as spaces."""
    return [
        re.sub(r"[\u00a0\u2009\u202f]", " ", page.extract_text() or "")
        for page in PdfReader(path).pages
    ]


def flat(text: str) -> str:
    """Text with every run of whitespace (line breaks too) as one space."""
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def french_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_booklet(miami_booklet("fr"), tmp_path_factory.mktemp("fr") / "booklet.pdf")


@pytest.fixture(scope="module")
def english_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_booklet(miami_booklet("en"), tmp_path_factory.mktemp("en") / "booklet.pdf")


_CONTENTS = re.compile(
    r"(Sommaire|Contents) (Votre voyage en bref|Your trip at a glance) .*? "
    r"(Notes|Adresses|Addresses|Informations pratiques|Practical information) \d+ "
)


def without_contents(page: str) -> str:
    """A page's text without the table of contents (which repeats every day's heading)."""
    return _CONTENTS.sub("", flat(page), count=1)


def page_with(pages: list[str], needle: str) -> str:
    found = [without_contents(p) for p in pages if needle in without_contents(p)]
    assert found, f"{needle!r} is on no page"
    return found[0]


# User text ------------------------------------------------------------------------------


def test_markup_escapes_user_text_before_any_tag() -> None:
    assert markup("Dupont & Fils <SARL>") == "Dupont &amp; Fils &lt;SARL&gt;"
    assert markup("<b>not bold</b>") == "&lt;b&gt;not bold&lt;/b&gt;"
    assert markup(None) == ""


def test_markup_normalises_to_nfc_and_drops_control_characters() -> None:
    assert markup("Zoe\u0308 Be\u0301ne\u0301dicte\x07") == "Zoë Bénédicte"
    assert markup("two\nlines") == "two lines"
    assert multiline("12 rue A & B\r\n13001 Marseille\n") == "12 rue A &amp; B<br/>13001 Marseille"
    assert join(["A & B", None, " ", "C"]) == "A &amp; B · C"


# Content --------------------------------------------------------------------------------


def test_booklet_prints_delegate_and_user_text_exactly_as_written(french_pdf: Path) -> None:
    pages = pdf_pages(french_pdf)
    cover = flat(pages[0])
    assert "Mme Zoë Bénédicte Łukasz" in cover
    assert "Dupont & Fils <SARL>" in cover
    assert "&amp;" not in cover
    assert "Mission économique à Miami — French Weeks 2017" in cover
    assert "5–10 novembre 2017" in cover
    assert "Chefs d'entreprise · Atelier SmartPort" in cover
    # Cyrillic comes back as Cyrillic, not as missing glyphs.
    assert "Rendez-vous avec Роснефть" in page_with(pages, "Роснефть")


def test_french_booklet_prints_french_dates_and_24_hour_times(french_pdf: Path) -> None:
    pages = pdf_pages(french_pdf)
    programme = page_with(pages, "Lundi 6 novembre 2017 — Miami")
    assert "09:30 – 11:30" in programme
    assert "15:30–17:30 à Paris" in programme
    assert "Tuesday" not in " ".join(pages)


def test_english_booklet_prints_english_dates_and_12_hour_times(english_pdf: Path) -> None:
    pages = pdf_pages(english_pdf)
    programme = page_with(pages, "Monday, November 6, 2017 — Miami")
    assert "9:30 AM – 11:30 AM" in programme
    assert "3:30 PM–5:30 PM in Paris" in programme
    assert "Signing of the sister agreement" in programme
    assert "Signature de l'accord" not in " ".join(pages)
    assert "Meeting with Роснефть" in page_with(pages, "Роснефть")


def test_cross_zone_flight_shows_each_end_in_its_own_zone_and_home_time(
    french_pdf: Path,
) -> None:
    pages = pdf_pages(french_pdf)
    day = page_with(pages, "Dimanche 5 novembre 2017")
    assert "10:25 CET → 17:40 EST" in day
    # Arrival at 17:40 in Miami is 23:40 at home (US clocks went back that very morning).
    assert "10:25–23:40 à Paris" in day
    assert "AF 1234 · MRS → MIA" in day
    assert "Réservation : XK4P2Q · Siège : 23A" in day
    glance = page_with(pages, "Vos vols")
    assert "MRS 10:25 CET" in glance
    assert "MIA 17:40 EST" in glance
    # The return lands the next day, which the booklet says; "AF095" is kept as typed.
    back = page_with(pages, "Vol retour Miami → Paris")
    assert "21:50 EST → 12:05 CET (lendemain)" in back
    assert "AF095 · MIA → CDG" in back


def test_programme_entry_prints_place_dress_code_staff_and_speaker(french_pdf: Path) -> None:
    pages = pdf_pages(french_pdf)
    day = page_with(pages, "Lundi 6 novembre 2017 — Miami")
    assert "Stephen P. Clark Government Center, 111 NW 1st Street, Miami, FL 33128" in day
    assert "Tenue : Costume sombre" in day
    assert "Responsable : Camille Roux, +33 6 12 34 56 78" in day
    assert "ATELIER · INTERVENANT Atelier : la sécurité de l'Internet des objets" in day
    # Only the session where she speaks carries the marker.
    assert day.count("INTERVENANT") == 1


def test_trip_at_a_glance_shows_stop_hotel_and_room_mates(english_pdf: Path) -> None:
    glance = page_with(pdf_pages(english_pdf), "Your trip at a glance")
    assert "Miami United States" in glance
    assert "6 h from Paris" in glance
    assert "InterContinental Miami 100 Chopin Plaza Miami, FL 33131" in glance
    assert "Check-in: Sun, Nov 5" in glance
    assert "4 nights" in glance
    assert "1412 · Twin" in glance
    assert "Shared with Agnieszka Nowak" in glance


def test_contacts_and_practical_information_are_printed(english_pdf: Path) -> None:
    contacts = page_with(pdf_pages(english_pdf), "The people to call")
    assert "Camille Roux Cheffe de délégation +33 6 12 34 56 78 c.roux@example.org" in contacts
    assert "Hugo Martin Logistique et transferts +1 305-555-0142 Inès Haddad" in contacts
    assert "Tipping: 18 to 20 % in restaurants." in contacts


# Page furniture -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "template"), [("french_pdf", "Page {} sur {}"), ("english_pdf", "Page {} of {}")]
)
def test_every_page_says_its_number_and_the_total(
    fixture: str, template: str, request: pytest.FixtureRequest
) -> None:
    pages = pdf_pages(request.getfixturevalue(fixture))
    assert len(pages) >= 5
    for number, text in enumerate(pages, start=1):
        assert template.format(number, len(pages)) in text


def test_outline_has_one_entry_per_programme_day(french_pdf: Path) -> None:
    reader = PdfReader(french_pdf)
    outline = reader.outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    assert titles == [
        "Sommaire",
        "Votre voyage en bref",
        "Programme",
        "Contacts",
        "Informations pratiques",
        "Notes",
    ]
    nested = outline[titles.index("Programme") + 1]
    assert isinstance(nested, list)
    days = [d for d in nested if isinstance(d, Destination)]
    assert [d.title for d in days] == [
        "Dimanche 5 novembre 2017 — Miami",
        "Lundi 6 novembre 2017 — Miami",
        "Mardi 7 novembre 2017 — Fort Lauderdale",
        "Mercredi 8 novembre 2017 — Miami",
        "Jeudi 9 novembre 2017 — Miami",
    ]
    texts = pdf_pages(french_pdf)
    for day in days:
        number = reader.get_destination_page_number(day)
        assert number is not None
        assert str(day.title) in flat(texts[number])


def test_running_header_names_the_days_of_the_page(french_pdf: Path) -> None:
    pages = [without_contents(p) for p in pdf_pages(french_pdf)]
    first = next(i for i, p in enumerate(pages) if "Lundi 6 novembre 2017 — Miami" in p)
    # That page holds Sunday to Tuesday; the next one opens on the rest of Tuesday.
    assert "dim. 5 – mar. 7 nov. 2017" in pages[first]
    assert "mar. 7 – jeu. 9 nov. 2017" in pages[first + 1]
    contacts = next(p for p in pages if "Les personnes à joindre" in p)
    assert "nov. 2017" not in contacts
    assert contacts.count("Contacts") == 2  # the title and the running header


def test_running_header_of_a_one_day_page_gives_the_full_french_date(tmp_path: Path) -> None:
    data = miami_booklet("fr")
    monday = tuple(e for e in data.agenda if e.day == date(2017, 11, 6))
    pages = pdf_pages(render_booklet(replace(data, agenda=monday), tmp_path / "monday.pdf"))
    programme = page_with(pages, "Lundi 6 novembre 2017 — Miami")
    assert "lundi 6 novembre 2017" in programme
    assert "mardi" not in programme.lower()


@pytest.mark.parametrize(
    ("size", "width", "height"),
    [("A4", 595.3, 841.9), ("A5", 419.5, 595.3), ("Letter", 612.0, 792.0)],
)
def test_page_size_sets_the_mediabox(
    size: str, width: float, height: float, tmp_path: Path
) -> None:
    path = render_booklet(miami_booklet("en"), tmp_path / "b.pdf", page_size=size)
    pages = PdfReader(path).pages
    for page in pages:
        assert float(page.mediabox.width) == pytest.approx(width, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(height, abs=0.5)
    texts = pdf_pages(path)
    assert f"Page 1 of {len(texts)}" in texts[0]
    assert "Monday, November 6, 2017 — Miami" in flat(" ".join(texts))


# Writing the file -----------------------------------------------------------------------


def test_failed_render_leaves_no_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: object) -> None:
        raise RuntimeError("printer on fire")

    # The notes page is drawn last: by then most of the PDF has been written.
    monkeypatch.setattr(booklet_module.NoteLines, "draw", broken)
    target = tmp_path / "booklet.pdf"
    with pytest.raises(RuntimeError, match="printer on fire"):
        render_booklet(miami_booklet(), target)
    assert list(tmp_path.iterdir()) == []


def test_failed_render_keeps_the_previous_booklet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = render_booklet(miami_booklet(), tmp_path / "booklet.pdf")
    before = target.read_bytes()

    def broken(self: object) -> None:
        raise RuntimeError("printer on fire")

    monkeypatch.setattr(booklet_module.NoteLines, "draw", broken)
    with pytest.raises(RuntimeError):
        render_booklet(miami_booklet("en"), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["booklet.pdf"]


def test_bad_language_or_page_size_is_refused_before_writing(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="language"):
        render_booklet(replace(miami_booklet(), language="de"), tmp_path / "a.pdf")
    with pytest.raises(ValidationError, match="page size"):
        render_booklet(miami_booklet(), tmp_path / "b.pdf", page_size="A3")
    assert list(tmp_path.iterdir()) == []


def test_empty_programme_still_prints_a_booklet(tmp_path: Path) -> None:
    data = replace(miami_booklet("en"), agenda=(), stays=(), contacts=())
    pages = pdf_pages(render_booklet(data, tmp_path / "empty.pdf"))
    text = flat(" ".join(pages))
    assert "No flight is booked in your name" in text
    assert "Nothing is scheduled for you yet." in text
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


# Wording --------------------------------------------------------------------------------


def test_wording_uses_babel_for_dates_and_times() -> None:
    fr, en = Wording("fr"), Wording("en")
    monday = date(2017, 11, 6)
    assert fr.full_date(monday) == "lundi 6 novembre 2017"
    assert en.full_date(monday) == "Monday, November 6, 2017"
    morning = datetime(2017, 11, 6, 9, 30)
    assert fr.time(morning) == "09:30"
    assert en.time(morning) == "9:30\u00a0AM"
    # CLDR sets the range dash between thin spaces.
    assert fr.date_range(date(2017, 10, 30), date(2017, 11, 3)) == (
        "30 octobre\u2009–\u20093 novembre 2017"
    )
    assert en.date_range(date(2017, 11, 5), date(2017, 11, 10)) == "November 5\u2009–\u200910, 2017"
    assert fr.nights(1) == "1 nuit"
    assert en.nights(4) == "4 nights"


def test_both_languages_have_the_same_wording_keys() -> None:
    from delegation_app.printing.labels import WORDING

    assert WORDING["fr"].keys() == WORDING["en"].keys()


def test_failed_move_into_place_removes_the_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(source: object, target: object) -> None:
        # What Windows answers when the old booklet is open in a PDF viewer.
        raise PermissionError("the file is open in another program")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(PermissionError):
        render_booklet(miami_booklet(), tmp_path / "booklet.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_signatory_s_booklet_gives_the_order_of_speeches_and_their_chair(
    demo_db: Database, tmp_path: Path
) -> None:
    from delegation_app.services.booklet import booklet_data
    from delegation_app.services.people import resolve_person_id

    with demo_db.reading() as session:
        vassal = booklet_data(session, "miami-2017", resolve_person_id(session, "mvassal"), "en")
        press = booklet_data(session, "miami-2017", resolve_person_id(session, "faitahmed"), "en")
    [note] = vassal.ceremonies.values()
    assert note.own_seat == 2 and note.copies == 4
    assert [name for _, name, _ in note.speeches][1:3] == ["Jean-Claude Gaudin", "Martine Vassal"]
    assert all(n.own_seat is None for n in press.ceremonies.values())  # not a signatory

    target = render_booklet(vassal, tmp_path / "vassal.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(target).pages).replace("\n", " ")
    assert "Speeches: 10:00 AM · Carmen Ibáñez-Rivera" in text.replace("\u202f", " ").replace(
        "\xa0", " "
    )
    assert "You sign at chair 2 from the centre of the table; 4 originals to sign." in text
