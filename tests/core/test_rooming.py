"""The rooming list a hotel receives: the read model, the workbook and the printed list."""

from __future__ import annotations

import zipfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from pypdf import PdfReader
from sqlalchemy import event, select

from delegation_app.errors import ValidationError
from delegation_app.interchange.rooming_export import export_rooming_xlsx
from delegation_app.printing.rooming import render_rooming_list
from delegation_app.services.itinerary import create_venue
from delegation_app.services.missions import StopInput, create_mission
from delegation_app.services.people import create_organisation, create_person
from delegation_app.services.rooming import (
    OccupancyIssue,
    RoomingList,
    natural_key,
    room_capacity,
    rooming_lists,
)
from delegation_app.services.roster import (
    add_participant,
    assign_room,
    create_accommodation,
    list_roster,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    ParticipantRole,
    ParticipantStatus,
    Person,
    Stop,
)

TORONTO = StopInput(
    city="Toronto",
    country="CA",
    zone="America/Toronto",
    start_date=date(2019, 7, 8),
    end_date=date(2019, 7, 10),
)
MONTREAL = StopInput(
    city="Montréal",
    country="CA",
    zone="America/Toronto",
    start_date=date(2019, 7, 10),
    end_date=date(2019, 7, 12),
)
ISSUED = date(2019, 6, 20)


@dataclass(frozen=True)
class Delegation:
    """The small mission every test reads: participant ids by short name."""

    mission: str
    ids: dict[str, int]


def _delegate(
    session: Any,
    mission_id: int,
    index: int,
    given: str,
    family: str,
    *,
    status: ParticipantStatus = ParticipantStatus.CONFIRMED,
    contact_role: str | None = None,
    **person: Any,
) -> int:
    """A delegate who, like everyone in these tests, has a passport and a birth date."""
    person_id = create_person(
        session,
        given_name=given,
        family_name=family,
        passport_number=f"PX{index:02d}77{index:03d}",
        passport_country="FR",
        passport_expiry=date(2027, 3, 1),
        birth_date=date(1970, 1, 1 + index % 28),
        **person,
    ).id
    return add_participant(
        session,
        mission_id=mission_id,
        person_id=person_id,
        role=ParticipantRole.STAFF if contact_role else ParticipantRole.BUSINESS_LEADER,
        status=status,
        contact_role=contact_role,
    )


@pytest.fixture
def delegation(db: Database) -> Delegation:
    """Toronto then Montréal, a hotel in each city.

    Toronto (8-10 July, Hôtel King West): a twin shared by Gasquet and Hamadi (1001), Vassal in
    a single (901), Marchetti the coordinator in a single with a later arrival (1002), Roux
    cancelled but still given a room (1003), "=Ferracci" in a room the hotel is to assign.
    Montréal (10-12 July, Hôtel du Vieux-Port): Gasquet and Hamadi share twin 301; Marchetti
    alone in twin 302; Vassal and "=Ferracci" both in single 303. Dupont has no room anywhere.
    """
    with db.transaction() as session:
        mission = create_mission(
            session,
            title_fr="Mission économique Toronto – Montréal 2019",
            title_en="Economic mission to Toronto and Montreal 2019",
            short="toronto-montreal-2019",
            start_date=date(2019, 7, 8),
            end_date=date(2019, 7, 12),
            stops=[TORONTO, MONTREAL],
        )
        stops = {
            s.city: s.id for s in session.scalars(select(Stop).where(Stop.mission_id == mission.id))
        }
        org = create_organisation(session, name="Calanques Blue Tech").id
        m = mission.id
        ids = {
            "gasquet": _delegate(
                session, m, 1, "Camille", "Gasquet", honorific="Mme", organisation_id=org
            ),
            "hamadi": _delegate(session, m, 2, "Noël", "Hamadi", honorific="M."),
            "vassal": _delegate(
                session,
                m,
                3,
                "Martine",
                "Vassal",
                honorific="Mme",
                dietary_needs="Sans gluten",
                mobility_needs="Fauteuil roulant",
            ),
            "marchetti": _delegate(
                session,
                m,
                4,
                "Sophie",
                "Marchetti",
                contact_role="Coordinatrice de la délégation",
                phone="+33639980011",
                email="s.marchetti@marseille.example",
            ),
            "roux": _delegate(
                session, m, 5, "Sandrine", "Roux", status=ParticipantStatus.CANCELLED
            ),
            "ferracci": _delegate(session, m, 6, "Raphaël", "=Ferracci"),
            "dupont": _delegate(session, m, 7, "Jean", "Dupont"),
        }
        king_west = create_venue(
            session,
            name="Hôtel King West",
            address="315 King Street West\nToronto, ON M5V 1J5",
            city="Toronto",
            phone="+14165550188",
        )
        vieux_port = create_venue(session, name="Hôtel du Vieux-Port", city="Montréal")
        toronto = create_accommodation(
            session,
            mission_id=m,
            venue_id=king_west,
            stop_id=stops["Toronto"],
            check_in=date(2019, 7, 8),
            check_out=date(2019, 7, 10),
            booking_reference="KW-MRS-0708",
        )
        montreal = create_accommodation(
            session,
            mission_id=m,
            venue_id=vieux_port,
            stop_id=stops["Montréal"],
            check_in=date(2019, 7, 10),
            check_out=date(2019, 7, 12),
        )
        for block, who, number, kind, arrival in [
            (toronto, "hamadi", "1001", "Twin", None),
            (toronto, "gasquet", "1001", "Twin", None),
            (toronto, "marchetti", "1002", "Single", date(2019, 7, 9)),
            (toronto, "vassal", "901", "Single", None),
            (toronto, "roux", "1003", "Single", None),
            (toronto, "ferracci", None, "Single", None),
            (montreal, "gasquet", "301", "Twin", None),
            (montreal, "hamadi", "301", "Twin", None),
            (montreal, "marchetti", "302", "Twin", None),
            (montreal, "vassal", "303", "Single", None),
            (montreal, "ferracci", "303", "Single", None),
        ]:
            assign_room(
                session,
                accommodation_id=block,
                participant_id=ids[who],
                room_number=number,
                room_type=kind,
                check_in=arrival,
            )
    return Delegation(mission="toronto-montreal-2019", ids=ids)


def _lists(db: Database, *, include_needs: bool = False) -> list[RoomingList]:
    with db.reading() as session:
        return rooming_lists(session, "toronto-montreal-2019", include_needs=include_needs)


def _passports(db: Database) -> list[str]:
    with db.reading() as session:
        return [n for n in session.scalars(select(Person.passport_number)) if n]


# --- the read model -----------------------------------------------------------------------


def test_rooming_lists_give_one_list_per_hotel_in_stay_order(
    db: Database, delegation: Delegation
) -> None:
    toronto, montreal = _lists(db)
    assert (toronto.hotel, toronto.city) == ("Hôtel King West", "Toronto")
    assert (montreal.hotel, montreal.city) == ("Hôtel du Vieux-Port", "Montréal")
    assert (toronto.check_in, toronto.check_out) == (date(2019, 7, 8), date(2019, 7, 10))
    assert toronto.booking_reference == "KW-MRS-0708"
    assert toronto.phone == "+14165550188"
    assert toronto.group_name("fr") == "Mission économique Toronto – Montréal 2019"
    assert toronto.group_name("en") == "Economic mission to Toronto and Montreal 2019"
    assert toronto.contact is not None
    assert toronto.contact.name == "Sophie Marchetti"
    assert toronto.contact.phone == "+33639980011"


def test_rooms_sort_naturally_with_room_mates_together_and_unassigned_last(
    db: Database, delegation: Delegation
) -> None:
    toronto, montreal = _lists(db)
    assert [room.number for room in toronto.rooms] == ["901", "1001", "1002", None]
    twin = toronto.rooms[1]
    assert twin.room_type == "Twin"
    assert [(g.family_name, g.given_name) for g in twin.guests] == [
        ("Gasquet", "Camille"),
        ("Hamadi", "Noël"),
    ]
    assert [g.family_name for g in twin.mates_of(twin.guests[0])] == ["Hamadi"]
    assert twin.guests[0].honorific == "Mme"
    assert twin.guests[0].organisation == "Calanques Blue Tech"
    assert [g.family_name for g in toronto.rooms[3].guests] == ["=Ferracci"]
    assert [room.number for room in montreal.rooms] == ["301", "302", "303"]


def test_natural_key_puts_shorter_numbers_first() -> None:
    numbers = ["1001", "12B", "901", "12A", "Suite 2", "95", "Suite 10"]
    assert sorted(numbers, key=natural_key) == [
        "12A",
        "12B",
        "95",
        "901",
        "1001",
        "Suite 2",
        "Suite 10",
    ]


def test_guest_arriving_later_keeps_own_dates_and_nights(
    db: Database, delegation: Delegation
) -> None:
    toronto, _ = _lists(db)
    by_name = {g.family_name: g for g in toronto.guests}
    marchetti = by_name["Marchetti"]
    assert (marchetti.arrival, marchetti.departure) == (date(2019, 7, 9), date(2019, 7, 10))
    assert marchetti.nights == 1
    assert marchetti.own_dates
    vassal = by_name["Vassal"]
    assert (vassal.arrival, vassal.departure, vassal.nights) == (
        date(2019, 7, 8),
        date(2019, 7, 10),
        2,
    )
    assert not vassal.own_dates


def test_cancelled_delegate_loses_the_room_and_is_reported_apart(
    db: Database, delegation: Delegation
) -> None:
    toronto, montreal = _lists(db)
    assert "Roux" not in {g.family_name for g in toronto.guests}
    assert "1003" not in {room.number for room in toronto.rooms}
    assert [d.family_name for d in toronto.cancelled_with_room] == ["Roux"]
    assert montreal.cancelled_with_room == ()


def test_delegates_without_a_room_in_the_stop_are_listed_not_the_cancelled(
    db: Database, delegation: Delegation
) -> None:
    toronto, montreal = _lists(db)
    assert [d.full_name for d in toronto.without_room] == ["Jean Dupont"]
    assert [d.full_name for d in montreal.without_room] == ["Jean Dupont"]


def test_second_hotel_in_the_same_city_counts_as_a_room(
    db: Database, delegation: Delegation
) -> None:
    with db.transaction() as session:
        toronto_stop, mission_id = session.execute(
            select(Stop.id, Stop.mission_id).where(Stop.city == "Toronto")
        ).one()
        annex = create_venue(session, name="Annexe King West")
        block = create_accommodation(
            session,
            mission_id=mission_id,
            venue_id=annex,
            stop_id=toronto_stop,
            check_in=date(2019, 7, 8),
            check_out=date(2019, 7, 10),
        )
        assign_room(
            session,
            accommodation_id=block,
            participant_id=delegation.ids["dupont"],
            room_number="12",
        )
    lists = _lists(db)
    assert [rl.hotel for rl in lists] == [
        "Annexe King West",
        "Hôtel King West",
        "Hôtel du Vieux-Port",
    ]
    assert lists[0].without_room == ()
    assert lists[1].without_room == ()
    assert [d.family_name for d in lists[2].without_room] == ["Dupont"]


def test_rooms_whose_guests_do_not_match_their_type_are_flagged(
    db: Database, delegation: Delegation
) -> None:
    toronto, montreal = _lists(db)
    assert toronto.issues == ()
    issues = {room.number: room.issue for room in montreal.issues}
    assert issues == {
        "302": OccupancyIssue.ONE_GUEST_IN_SHARED_ROOM,
        "303": OccupancyIssue.TOO_MANY_GUESTS,
    }


@pytest.mark.parametrize(
    ("room_type", "capacity"),
    [
        ("Single", 1),
        ("Chambre individuelle", 1),
        ("Double for single use", 1),
        ("DUS", 1),
        ("Twin", 2),
        ("Double", 2),
        ("Chambre à deux lits", 2),
        ("Triple", 3),
        ("Suite", None),
        (None, None),
    ],
)
def test_room_capacity_reads_french_and_english_types(
    room_type: str | None, capacity: int | None
) -> None:
    assert room_capacity(room_type) == capacity


def test_needs_are_read_only_when_asked_for(db: Database, delegation: Delegation) -> None:
    plain = {g.family_name: g for g in _lists(db)[0].guests}
    assert plain["Vassal"].mobility_needs is None
    assert plain["Vassal"].dietary_needs is None
    with_needs = {g.family_name: g for g in _lists(db, include_needs=True)[0].guests}
    assert with_needs["Vassal"].mobility_needs == "Fauteuil roulant"
    assert with_needs["Vassal"].dietary_needs == "Sans gluten"


def test_totals_count_rooms_guests_and_room_nights_per_type(
    db: Database, delegation: Delegation
) -> None:
    toronto, _ = _lists(db)
    totals = {t.room_type: (t.rooms, t.guests, t.room_nights) for t in toronto.type_totals}
    # Singles: Vassal 2 nights, Marchetti 1 (arrives on the 9th), the room to assign 2.
    assert totals == {"Single": (3, 3, 5), "Twin": (1, 2, 2)}
    assert toronto.room_nights == 7
    assert [t.room_type for t in toronto.type_totals] == ["Single", "Twin"]
    nights = [(c.night, c.by_type, c.rooms) for c in toronto.night_counts]
    assert nights == [
        (date(2019, 7, 8), (2, 1), 3),
        (date(2019, 7, 9), (3, 1), 4),
    ]


@contextmanager
def _counting_statements(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def test_rooming_lists_take_the_same_number_of_queries_for_more_delegates(
    db: Database, delegation: Delegation
) -> None:
    with _counting_statements(db) as before:
        _lists(db, include_needs=True)
    with db.transaction() as session:
        mission_id = session.scalar(select(Stop.mission_id).limit(1))
        assert mission_id is not None
        hotel = create_venue(session, name="Hôtel Bonaventure")
        block = create_accommodation(
            session,
            mission_id=mission_id,
            venue_id=hotel,
            check_in=date(2019, 7, 8),
            check_out=date(2019, 7, 12),
        )
        for index in range(30):
            participant = _delegate(session, mission_id, 10 + index, "Extra", f"Delegate{index}")
            assign_room(
                session,
                accommodation_id=block,
                participant_id=participant,
                room_number=str(100 + index // 2),
                room_type="Twin",
            )
    with _counting_statements(db) as after:
        lists = _lists(db, include_needs=True)
    assert len(lists) == 3
    assert len(after) == len(before)


# --- the workbook -------------------------------------------------------------------------


def _table(sheet: Worksheet, first_header: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The guest table of a sheet: its header and its rows, down to the first blank row."""
    rows = list(sheet.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == first_header)
    header = [str(v) for v in rows[start]]
    body = []
    for row in rows[start + 1 :]:
        if all(v is None for v in row):
            break
        body.append(row)
    return header, body


def _particulars(sheet: Worksheet) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for row in sheet.iter_rows(min_row=2, max_row=14, values_only=True):
        if row[0] is not None and row[2] is not None:
            values[str(row[0])] = row[2]
    return values


def test_workbook_has_a_sheet_per_hotel_with_the_group_particulars(
    db: Database, delegation: Delegation, tmp_path: Path
) -> None:
    path = export_rooming_xlsx(
        _lists(db), tmp_path / "rooming.xlsx", language="en", issued_on=ISSUED
    )
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Hôtel King West", "Hôtel du Vieux-Port"]
    particulars = _particulars(workbook["Hôtel King West"])
    assert particulars["Group"] == "Economic mission to Toronto and Montreal 2019"
    assert particulars["Hotel"] == "Hôtel King West"
    assert particulars["Address"] == "315 King Street West, Toronto, ON M5V 1J5"
    assert particulars["Phone"] == "+1 416-555-0188"
    assert particulars["Group arrival"].date() == date(2019, 7, 8)
    assert particulars["Group departure"].date() == date(2019, 7, 10)
    assert particulars["Booking reference"] == "KW-MRS-0708"
    assert particulars["Delegation contact"] == (
        "Sophie Marchetti (Coordinatrice de la délégation) · +33 6 39 98 00 11"
        " · s.marchetti@marseille.example"
    )
    assert particulars["Issued on"].date() == ISSUED


def test_workbook_lists_guests_room_by_room_with_room_mates_on_consecutive_rows(
    db: Database, delegation: Delegation, tmp_path: Path
) -> None:
    path = export_rooming_xlsx(
        _lists(db), tmp_path / "rooming.xlsx", language="en", issued_on=ISSUED
    )
    sheet = load_workbook(path)["Hôtel King West"]
    header, rows = _table(sheet, "Room")
    assert header == [
        "Room",
        "Type",
        "Title",
        "Last name",
        "First name",
        "Organisation",
        "Arrival",
        "Departure",
        "Nights",
        "Notes",
    ]
    assert [(r[0], r[1], r[3], r[4], r[8]) for r in rows] == [
        ("901", "Single", "Vassal", "Martine", 2),
        ("1001", "Twin", "Gasquet", "Camille", 2),
        ("1001", "Twin", "Hamadi", "Noël", 2),
        ("1002", "Single", "Marchetti", "Sophie", 1),
        ("to be assigned", "Single", "=Ferracci", "Raphaël", 2),
    ]
    assert rows[1][2] == "Mme"
    assert rows[1][5] == "Calanques Blue Tech"
    assert rows[1][9] == "Shares with Noël Hamadi"
    assert rows[2][9] == "Shares with Camille Gasquet"
    assert (rows[3][6].date(), rows[3][7].date()) == (date(2019, 7, 9), date(2019, 7, 10))
    # Needs were not asked for: the notes say nothing of Vassal's wheelchair.
    assert rows[0][9] is None


def test_workbook_stores_a_name_starting_with_equals_as_text(
    db: Database, delegation: Delegation, tmp_path: Path
) -> None:
    path = export_rooming_xlsx(
        _lists(db), tmp_path / "rooming.xlsx", language="en", issued_on=ISSUED
    )
    sheet = load_workbook(path)["Hôtel King West"]
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value == "=Ferracci"]
    assert len(cells) == 1
    assert cells[0].data_type == "s"


def test_workbook_flags_rooms_and_totals_rooms_and_room_nights(
    db: Database, delegation: Delegation, tmp_path: Path
) -> None:
    path = export_rooming_xlsx(
        _lists(db), tmp_path / "rooming.xlsx", language="fr", issued_on=ISSUED
    )
    workbook = load_workbook(path)
    _, montreal = _table(workbook["Hôtel du Vieux-Port"], "Chambre")
    notes = {(r[0], r[3]): r[9] for r in montreal}
    assert notes[("302", "Marchetti")] == "Twin occupée par une seule personne"
    assert notes[("303", "=Ferracci")] == "Partage avec Martine Vassal\nSingle pour 2 personnes"
    header, totals = _table(workbook["Hôtel King West"], "Chambres")
    assert header[:4] == ["Chambres", "Type", "Personnes", "Nuitées"]
    assert [r[:4] for r in totals] == [(3, "Single", 3, 5), (1, "Twin", 2, 2), (4, "Total", 5, 7)]
    header, nights = _table(workbook["Hôtel King West"], "Nuit du")
    assert header[2:5] == ["Single", "Twin", "Total"]
    assert [(r[0].date(), r[2], r[3], r[4]) for r in nights] == [
        (date(2019, 7, 8), 2, 1, 3),
        (date(2019, 7, 9), 3, 1, 4),
    ]


def test_workbook_notes_needs_only_when_the_list_holds_them(
    db: Database, delegation: Delegation, tmp_path: Path
) -> None:
    path = export_rooming_xlsx(
        _lists(db, include_needs=True), tmp_path / "rooming.xlsx", language="en"
    )
    _, rows = _table(load_workbook(path)["Hôtel King West"], "Room")
    assert rows[0][9] == "Mobility: Fauteuil roulant\nDiet: Sans gluten"


def test_workbook_refuses_another_suffix_a_bad_language_and_no_hotel(
    db: Database, delegation: Delegation, tmp_path: Path
) -> None:
    lists = _lists(db)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError, match="xlsx"):
        export_rooming_xlsx(lists, out / "rooming.csv", language="en")
    with pytest.raises(ValidationError, match="language"):
        export_rooming_xlsx(lists, out / "rooming.xlsx", language="de")
    with pytest.raises(ValidationError, match="no hotel"):
        export_rooming_xlsx([], out / "rooming.xlsx", language="en")
    assert list(out.iterdir()) == []


def test_workbook_replaces_an_old_list_and_leaves_no_temporary_file(
    db: Database, delegation: Delegation, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / "rooming.xlsx"
    path.write_bytes(b"an older rooming list")
    export_rooming_xlsx(_lists(db), path, language="en")
    assert load_workbook(path).sheetnames == ["Hôtel King West", "Hôtel du Vieux-Port"]
    assert [p.name for p in out.iterdir()] == ["rooming.xlsx"]


def test_workbook_of_the_demo_mission_has_every_roomed_delegate_once(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.reading() as session:
        lists = rooming_lists(session, "miami-2017")
        mission_id = session.scalar(select(Stop.mission_id).where(Stop.city == "Miami"))
        assert mission_id is not None
        roster = list_roster(session, mission_id)
    path = export_rooming_xlsx(lists, tmp_path / "miami.xlsx", language="fr")
    workbook = load_workbook(path)
    assert len(workbook.sheetnames) == 1
    _, rows = _table(workbook.worksheets[0], "Chambre")
    listed = Counter((row[3], row[4]) for row in rows)
    expected = {
        (entry.family_name, entry.given_name)
        for entry in roster
        if entry.room is not None and entry.status != ParticipantStatus.CANCELLED
    }
    assert len(expected) > 100
    assert set(listed) == expected
    assert set(listed.values()) == {1}
    # The twins of the demo: room-mates side by side under one room number.
    twins = [row for row in rows if row[1] == "Twin"]
    assert len(twins) == 20
    assert all(twins[i][0] == twins[i + 1][0] for i in range(0, 20, 2))


# --- the printed list ---------------------------------------------------------------------


def _pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_printed_list_has_a_section_per_hotel_with_names_rooms_and_page_numbers(
    db: Database, delegation: Delegation, tmp_path: Path
) -> None:
    path = render_rooming_list(
        _lists(db), tmp_path / "rooming.pdf", language="en", issued_on=ISSUED
    )
    pages = _pdf_text(path)
    assert len(pages) == 2  # each hotel on its own page
    toronto, montreal = pages
    assert "Hôtel King West" in toronto
    assert "KW-MRS-0708" in toronto
    assert "Sophie Marchetti" in toronto
    for text in ("901", "1001", "1002", "to be assigned", "Gasquet", "Hamadi", "=Ferracci"):
        assert text in toronto
    assert toronto.index("901") < toronto.index("1001") < toronto.index("1002")
    assert "Jul 9" in toronto  # Marchetti's own arrival
    assert "Dates in bold differ from the group's dates." in toronto
    assert "Page 1 of 2" in toronto
    assert "Hôtel du Vieux-Port" in montreal
    assert "Twin with one guest" in montreal
    assert "Single with 2 guests" in montreal
    assert "Page 2 of 2" in montreal
    # The cancelled delegate and the one without a room are not the hotel's business.
    assert "Roux" not in "".join(pages)
    assert "Dupont" not in "".join(pages)


def test_printed_list_twin_shows_the_room_once_for_both_room_mates(
    db: Database, delegation: Delegation, tmp_path: Path
) -> None:
    path = render_rooming_list(_lists(db), tmp_path / "rooming.pdf", language="en")
    toronto = _pdf_text(path)[0]
    assert toronto.count("1001") == 1
    assert toronto.index("Gasquet") < toronto.index("Hamadi")


def test_printed_list_speaks_french_with_totals(
    db: Database, delegation: Delegation, tmp_path: Path
) -> None:
    path = render_rooming_list(
        _lists(db, include_needs=True), tmp_path / "rooming.pdf", language="fr", issued_on=ISSUED
    )
    toronto = _pdf_text(path)[0]
    assert "Page 1 sur 2" in toronto
    assert "Récapitulatif" in toronto
    assert "Chambres par nuit" in toronto
    assert "à attribuer" in toronto
    assert "Mobilité : Fauteuil roulant" in toronto
    assert "Établie le 20 juin 2019" in toronto


def test_printed_list_refuses_a_bad_language_size_or_no_hotel(
    db: Database, delegation: Delegation, tmp_path: Path
) -> None:
    lists = _lists(db)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError):
        render_rooming_list(lists, out / "a.pdf", language="de")
    with pytest.raises(ValidationError):
        render_rooming_list(lists, out / "a.pdf", language="en", page_size="B5")
    with pytest.raises(ValidationError):
        render_rooming_list([], out / "a.pdf", language="en")
    assert list(out.iterdir()) == []


# --- privacy ------------------------------------------------------------------------------


def test_no_passport_or_birth_date_reaches_the_hotel_in_either_file(
    db: Database, delegation: Delegation, tmp_path: Path
) -> None:
    passports = _passports(db)
    assert len(passports) == 7
    lists = _lists(db, include_needs=True)
    xlsx = export_rooming_xlsx(lists, tmp_path / "rooming.xlsx", language="en")
    pdf = render_rooming_list(lists, tmp_path / "rooming.pdf", language="en")

    with zipfile.ZipFile(xlsx) as archive:
        raw = "".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    pdf_text = "".join(_pdf_text(pdf))
    metadata = str(PdfReader(pdf).metadata)
    for number in passports:
        assert number not in raw
        assert number not in pdf_text
        assert number not in metadata
    # Birth dates were all in January 1970: no year 1970 anywhere.
    assert "1970" not in pdf_text
    workbook = load_workbook(xlsx)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                assert not (isinstance(value, date) and value.year == 1970)
