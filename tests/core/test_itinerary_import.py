"""Importing a host's programme into a mission's itinerary: columns, times, zones, all or none."""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from delegation_app.errors import NotFound, ValidationError
from delegation_app.interchange.itinerary_columns import (
    FIELDS,
    apply_overrides,
    guess_mapping,
    kind_from_title,
    parse_kind,
)
from delegation_app.interchange.itinerary_import import (
    ImportRefused,
    ItineraryImportPlan,
    ItineraryImportResult,
    ItineraryRowPlan,
    RowAction,
    apply_itinerary_import,
    plan_itinerary_import,
)
from delegation_app.interchange.tabular import ImportFileError
from delegation_app.services.itinerary import create_item, create_venue
from delegation_app.services.missions import StopInput, create_mission
from delegation_app.services.people import create_person
from delegation_app.services.roster import add_participant, create_group
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    Audience,
    ItemAttendance,
    ItemGroup,
    ItemKind,
    ItineraryItem,
    Participant,
    ParticipantRole,
    Person,
    Venue,
)

PROGRAMMES = Path(__file__).resolve().parents[1] / "data" / "itinerary"
MISSION = "miami-2017"
NEW_YORK = "America/New_York"

# --- helpers --------------------------------------------------------------------------------


def write_csv(
    path: Path,
    rows: Sequence[Sequence[str]],
    *,
    encoding: str = "cp1252",
    delimiter: str = ";",
) -> Path:
    """A CSV as French Excel writes it unless told otherwise: Windows-1252, ';', CRLF."""
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], title: str = "Programme") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def new_mission(
    db: Database,
    short: str = MISSION,
    start: date = date(2017, 11, 5),
    end: date = date(2017, 11, 10),
    stops: Sequence[StopInput] = (StopInput(city="Miami", country="US", zone=NEW_YORK),),
) -> int:
    with db.transaction() as session:
        return create_mission(
            session,
            title_fr=f"Mission {short}",
            short=short,
            start_date=start,
            end_date=end,
            stops=list(stops),
        ).id


DELEGATES = {
    # short: given, family, groups
    "zlefevre": ("Zoë", "Lefèvre", ("Élus",)),
    "soconnor": ("Seán", "O'Connor", ("Chefs d'entreprise",)),
    "emartin-dupre": ("Élodie", "Martin-Dupré", ("Presse",)),
    "jmartin": ("Julien", "Martin", ("Chefs d'entreprise",)),
    "pmartin": ("Paule", "Martin", ("Chefs d'entreprise",)),
}


def add_delegation(db: Database, mission_id: int) -> dict[str, int]:
    """The delegates above in their groups; returns participant ids by short name."""
    with db.transaction() as session:
        groups = {
            name: create_group(session, mission_id, name).id
            for name in ("Élus", "Chefs d'entreprise", "Presse")
        }
        ids = {}
        for short, (given, family, in_groups) in DELEGATES.items():
            person = create_person(session, given_name=given, family_name=family, short=short)
            ids[short] = add_participant(
                session,
                mission_id=mission_id,
                person_id=person.id,
                role=ParticipantRole.BUSINESS_LEADER,
                group_ids=[groups[g] for g in in_groups],
            )
    return ids


def plan_file(
    db: Database, path: Path, *, mission: str = MISSION, **options: Any
) -> ItineraryImportPlan:
    """The dry run, inside a committed transaction (to show that planning writes nothing)."""
    with db.transaction() as session:
        return plan_itinerary_import(session, mission, path, **options)


def import_file(
    db: Database, path: Path, *, mission: str = MISSION, **options: Any
) -> ItineraryImportResult:
    with db.transaction() as session:
        plan = plan_itinerary_import(session, mission, path, **options)
        return apply_itinerary_import(session, plan)


def items(db: Database) -> dict[str, dict[str, Any]]:
    """Every itinerary item by French title, with its venue, groups and attendance rules."""
    with db.reading() as session:
        found = {}
        for item in session.scalars(select(ItineraryItem).order_by(ItineraryItem.id)):
            venue = session.get(Venue, item.venue_id) if item.venue_id else None
            shorts = dict(
                session.execute(
                    select(Participant.id, Person.short).join(
                        Person, Participant.person_id == Person.id
                    )
                ).all()
            )
            attendance = session.scalars(
                select(ItemAttendance).where(ItemAttendance.item_id == item.id)
            ).all()
            found[item.title_fr] = {
                "id": item.id,
                "kind": item.kind,
                "title_en": item.title_en,
                "start": item.start_local,
                "end": item.end_local,
                "zone": item.start_zone,
                "end_zone": item.end_zone,
                "stop_id": item.stop_id,
                "venue": venue.name if venue else None,
                "address": venue.address if venue else None,
                "venue_city": venue.city if venue else None,
                "audience": item.audience,
                "groups": len(
                    session.scalars(select(ItemGroup).where(ItemGroup.item_id == item.id)).all()
                ),
                "invited": sorted(shorts[a.participant_id] for a in attendance if not a.excluded),
                "excepted": sorted(shorts[a.participant_id] for a in attendance if a.excluded),
                "dress_code": item.dress_code,
                "notes_fr": item.notes_fr,
                "notes_en": item.notes_en,
            }
        return found


def item_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(ItineraryItem)) or 0


def venue_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Venue)) or 0


def row(plan: ItineraryImportPlan, number: int) -> ItineraryRowPlan:
    return next(r for r in plan.rows if r.row_number == number)


def reasons(plan_row: ItineraryRowPlan) -> list[tuple[str, str]]:
    return [(p.column, p.reason) for p in plan_row.problems]


HEADERS = ["Date", "Début", "Fin", "Titre", "Participants"]


@pytest.fixture
def mission_id(db: Database) -> int:
    return new_mission(db)


@pytest.fixture
def delegates(db: Database, mission_id: int) -> dict[str, int]:
    return add_delegation(db, mission_id)


# --- header mapping -------------------------------------------------------------------------


def test_guess_mapping_recognises_french_headers() -> None:
    headers = [
        "Date", "Heure de début", "Heure de fin", "Durée", "Fuseau horaire", "Ville", "Intitulé",
        "Titre anglais", "Type", "Lieu", "Adresse", "Participants", "Tenue", "À apporter",
        "Remarques", "Notes anglais", "Notes internes", "Responsable", "Fuseau d'arrivée",
    ]  # fmt: skip
    assert [guess_mapping(headers).get(i) for i in range(len(headers))] == [
        "date", "start", "end", "duration", "zone", "city", "title", "title_en", "kind",
        "venue", "address", "attendees", "dress_code", "to_bring", "notes_fr", "notes_en",
        "internal_notes", "staff", "end_zone",
    ]  # fmt: skip


def test_guess_mapping_recognises_english_headers_whatever_their_case() -> None:
    headers = [
        "DATE", "Start time", "End time", "Time zone", "City", "Title", "Title (EN)", "Kind",
        "Venue", "Address", "Attendees", "Dress code", "Notes", "Notes (EN)", "Staff in charge",
        "Budget",
    ]  # fmt: skip
    assert [guess_mapping(headers).get(i) for i in range(len(headers))] == [
        "date", "start", "end", "zone", "city", "title", "title_en", "kind", "venue",
        "address", "attendees", "dress_code", "notes_fr", "notes_en", "staff", None,
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_label_of_a_field_is_recognised(language: str) -> None:
    labels = [f.label_fr if language == "fr" else f.label_en for f in FIELDS]
    assert guess_mapping(labels) == {i: f.name for i, f in enumerate(FIELDS)}


def test_override_gives_an_unrecognised_column_a_field() -> None:
    headers = ["Jour J", "Créneau", "Activité prévue"]
    mapping = apply_overrides(
        headers, guess_mapping(headers), ["Jour J=date", "créneau=start", "Activité prévue=title"]
    )
    assert mapping == {0: "date", 1: "start", 2: "title"}


def test_a_file_without_a_title_column_is_refused_naming_map(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "p.csv", [["Date", "Début", "Quoi faire"], ["06/11/2017", "9h", "x"]]
    )
    with pytest.raises(ValidationError) as caught:
        plan_file(db, path)
    assert caught.value.field == "map"
    assert "'Titre' (title)" in caught.value.message
    assert '--map "Header=title"' in caught.value.message
    plan = plan_file(db, path, overrides=["Quoi faire=title"])
    assert plan.count(RowAction.CREATE) == 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Visite", ItemKind.VISIT),
        ("Déjeuner", ItemKind.MEAL),
        ("DÎNER", ItemKind.MEAL),
        ("Réception", ItemKind.RECEPTION),
        ("Atelier", ItemKind.WORKSHOP),
        ("Rendez-vous", ItemKind.MEETING),
        ("Signature", ItemKind.SIGNING),
        ("Temps libre", ItemKind.FREE_TIME),
        ("transfert", ItemKind.TRANSFER),
        ("Flight", ItemKind.FLIGHT),
        ("free_time", ItemKind.FREE_TIME),
        ("Cocktail", ItemKind.RECEPTION),
    ],
)
def test_kind_words_in_french_and_english(text: str, kind: ItemKind) -> None:
    assert parse_kind(text) == kind


def test_kind_from_the_first_words_of_a_title() -> None:
    assert kind_from_title("Réception à l'hôtel de ville") == ItemKind.RECEPTION
    assert kind_from_title("Petit-déjeuner de travail") == ItemKind.MEAL
    assert kind_from_title("Visite du port") == ItemKind.VISIT
    assert kind_from_title("Rencontre avec Space Florida") == ItemKind.MEETING
    assert kind_from_title("Soirée des Semaines françaises") == ItemKind.RECEPTION
    assert kind_from_title("Photo officielle") is None


# --- whole files ----------------------------------------------------------------------------


def test_french_excel_csv_is_imported_with_its_dates_times_words_and_accents(
    db: Database, delegates: dict[str, int]
) -> None:
    path = PROGRAMMES / "programme_excel_fr_cp1252.csv"
    plan = plan_file(db, path)
    assert plan.summary() == "6 to create, 0 already there (skipped), 0 refused"
    assert item_count(db) == 0  # planning writes nothing
    assert plan.new_places == (
        "Miami International Airport",
        "Hôtel de ville de Miami",
        "PortMiami",
    )

    result = import_file(db, path)
    assert (result.created, result.skipped, result.places_created) == (6, 0, 3)
    found = items(db)
    assert set(found) == {
        "Accueil à l'aéroport et transfert à l'hôtel",
        "Signature de l'accord de jumelage",
        "Déjeuner avec la Chambre de commerce",
        "Réception à l'hôtel de ville",
        "Atelier SmartPort : logistique, énergie, numérique",
        "Rendez-vous B2B avec Space Florida",
    }
    reception = found["Réception à l'hôtel de ville"]
    assert reception["kind"] == ItemKind.RECEPTION
    assert (reception["start"], reception["end"]) == (
        datetime(2017, 11, 6, 19, 0),
        datetime(2017, 11, 6, 21, 30),
    )
    assert reception["zone"] == reception["end_zone"] == NEW_YORK
    assert reception["venue"] == "Hôtel de ville de Miami"
    assert reception["venue_city"] == "Miami"
    assert reception["dress_code"] == "Tenue de soirée"
    assert reception["notes_fr"] == "« Soirée des Semaines françaises »"
    assert reception["audience"] == Audience.EVERYONE
    assert reception["title_en"] == "Réception à l'hôtel de ville"  # no English title given

    arrival = found["Accueil à l'aéroport et transfert à l'hôtel"]
    assert arrival["kind"] == ItemKind.TRANSFER
    assert arrival["start"] == datetime(2017, 11, 5, 17, 40)
    assert arrival["address"] == "2100 NW 42nd Ave, Miami"

    signing = found["Signature de l'accord de jumelage"]
    assert signing["kind"] == ItemKind.SIGNING
    assert signing["audience"] == Audience.GROUPS
    assert signing["groups"] == 1
    assert signing["dress_code"] == "Costume sombre"

    # "1h30" in the end column of a 12h30 lunch is its length.
    lunch = found["Déjeuner avec la Chambre de commerce"]
    assert lunch["kind"] == ItemKind.MEAL
    assert lunch["end"] == datetime(2017, 11, 6, 14, 0)
    assert lunch["audience"] == Audience.EVERYONE
    assert lunch["excepted"] == ["zlefevre"]
    assert "end '1h30' read as a duration" in row(plan, 4).describe()

    workshop = found["Atelier SmartPort : logistique, énergie, numérique"]
    assert workshop["kind"] == ItemKind.WORKSHOP
    assert (workshop["audience"], workshop["groups"]) == (Audience.GROUPS, 1)
    assert workshop["invited"] == ["emartin-dupre"]

    meeting = found["Rendez-vous B2B avec Space Florida"]
    assert meeting["kind"] == ItemKind.MEETING
    assert meeting["audience"] == Audience.PEOPLE
    assert meeting["invited"] == ["soconnor", "zlefevre"]
    assert meeting["venue"] is None
    # One venue per name: the town hall of three rows was created once.
    assert venue_count(db) == 3


def test_xlsx_with_english_headers_and_real_date_and_time_cells(
    db: Database, delegates: dict[str, int], tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "host_programme.xlsx",
        [
            ["Date", "Start time", "End time", "Title", "Title (EN)", "Kind", "Venue",
             "Attendees", "Notes", "Notes (EN)"],
            [datetime(2017, 11, 6), time(9, 30), time(11, 0), "Visite du port",
             "Port tour", "Visit", "PortMiami", "All", "Chaussures de marche", "Walking shoes"],
            [None, "Nov 7 9:30am", "Nov 7 11:15am", "Rencontre Space Florida",
             "Meeting with Space Florida", "Meeting", None, "group:Chefs d'entreprise", None,
             None],
            [datetime(2017, 11, 8), "6:30 pm", "2h", "Dîner", "Dinner", None, "Hilton",
             "everyone except jmartin, pmartin", None, None],
        ],
    )  # fmt: skip
    result = import_file(db, path)
    assert result.created == 3
    found = items(db)
    tour = found["Visite du port"]
    assert (tour["kind"], tour["title_en"]) == (ItemKind.VISIT, "Port tour")
    assert (tour["start"], tour["end"]) == (datetime(2017, 11, 6, 9, 30), datetime(2017, 11, 6, 11))
    assert (tour["notes_fr"], tour["notes_en"]) == ("Chaussures de marche", "Walking shoes")
    meeting = found["Rencontre Space Florida"]
    assert meeting["kind"] == ItemKind.MEETING
    assert meeting["start"] == datetime(2017, 11, 7, 9, 30)  # the year from the mission
    assert (meeting["audience"], meeting["groups"]) == (Audience.GROUPS, 1)
    dinner = found["Dîner"]
    assert dinner["kind"] == ItemKind.MEAL  # from the title, the kind cell being empty
    assert dinner["end"] == datetime(2017, 11, 8, 20, 30)
    assert dinner["excepted"] == ["jmartin", "pmartin"]


def test_toronto_then_montreal_takes_the_zone_of_the_stop_of_each_day(
    db: Database, tmp_path: Path
) -> None:
    new_mission(
        db,
        "canada-2019",
        date(2019, 7, 8),
        date(2019, 7, 12),
        [
            StopInput("Toronto", "CA", "America/Toronto", date(2019, 7, 8), date(2019, 7, 9)),
            StopInput("Montréal", "CA", "America/Montreal", date(2019, 7, 10), date(2019, 7, 12)),
        ],
    )
    path = write_csv(
        tmp_path / "canada.csv",
        [
            ["Jour", "Horaire", "Intitulé", "Lieu"],
            ["08/07/2019", "9h30 - 11h", "Rendez-vous qualifiés", "MaRS Discovery District"],
            ["10/07/2019", "de 10h à 12h", "Startupfest : ouverture", "Parc Jean-Drapeau"],
            ["11/07/2019", "14h-15h30", "Rencontre Montréal–Marseille", "Hôtel de ville"],
        ],
    )
    plan = plan_file(db, path, mission="canada-2019")
    assert [(r.start_zone, r.city) for r in plan.rows] == [
        ("America/Toronto", "Toronto"),
        ("America/Montreal", "Montréal"),
        ("America/Montreal", "Montréal"),
    ]
    import_file(db, path, mission="canada-2019")
    found = items(db)
    assert found["Rendez-vous qualifiés"]["zone"] == "America/Toronto"
    assert found["Rendez-vous qualifiés"]["end"] == datetime(2019, 7, 8, 11, 0)
    assert found["Startupfest : ouverture"]["zone"] == "America/Montreal"
    assert found["Startupfest : ouverture"]["start"] == datetime(2019, 7, 10, 10, 0)
    assert found["Rencontre Montréal–Marseille"]["venue_city"] == "Montréal"
    assert found["Rencontre Montréal–Marseille"]["stop_id"] is not None


def test_city_column_chooses_the_stop_on_a_day_shared_by_two_zones(
    db: Database, tmp_path: Path
) -> None:
    new_mission(
        db,
        "coree-japon",
        date(2019, 12, 2),
        date(2019, 12, 8),
        [
            StopInput("Séoul", "KR", "Asia/Seoul", date(2019, 12, 2), date(2019, 12, 5)),
            StopInput("Tokyo", "JP", "Asia/Tokyo", date(2019, 12, 5), date(2019, 12, 8)),
        ],
    )
    path = write_csv(
        tmp_path / "asie.csv",
        [
            ["Date", "Début", "Fin", "Titre", "Ville", "Fuseau horaire"],
            ["05/12/2019", "9h", "10h", "Petit-déjeuner à Séoul", "Seoul", ""],
            ["05/12/2019", "19h", "21h", "Dîner à Tokyo", "Tokyo", ""],
            ["05/12/2019", "15h", "16h", "Sans ville", "", ""],
            ["05/12/2019", "12h", "13h", "Zone donnée", "", "Asia/Tokyo"],
            ["05/12/2019", "12h", "13h", "Zone inconnue", "", "Asia/Osaka"],
            ["05/12/2019", "12h", "13h", "Ville inconnue", "Busan", ""],
        ],
    )
    plan = plan_file(db, path, mission="coree-japon")
    assert (row(plan, 2).start_zone, row(plan, 2).city) == ("Asia/Seoul", "Séoul")
    assert (row(plan, 3).start_zone, row(plan, 3).city) == ("Asia/Tokyo", "Tokyo")
    assert reasons(row(plan, 4)) == [
        (
            "Date",
            "on 2019-12-05 the mission is in Séoul (Asia/Seoul) and Tokyo (Asia/Tokyo): "
            "give the city or the time zone",
        )
    ]
    assert (row(plan, 5).start_zone, row(plan, 5).city) == ("Asia/Tokyo", "Tokyo")
    assert reasons(row(plan, 6)) == [
        (
            "Fuseau horaire",
            "unknown time zone 'Asia/Osaka' (write it as America/Toronto, Europe/Paris…)",
        )
    ]
    assert reasons(row(plan, 7)) == [
        ("Ville", "'Busan' is not a stop of this mission (Séoul, Tokyo)")
    ]


# --- refused rows ---------------------------------------------------------------------------


def test_a_time_the_spring_clock_change_skips_is_refused_with_the_hour(
    db: Database, tmp_path: Path
) -> None:
    new_mission(
        db,
        "new-york",
        date(2017, 3, 10),
        date(2017, 3, 14),
        [StopInput("New York", "US", NEW_YORK)],
    )
    path = write_csv(
        tmp_path / "ny.csv",
        [HEADERS, ["12/03/2017", "2h30", "4h", "Départ matinal", ""],
         ["12/03/2017", "1h", "2h30", "Fin impossible", ""],
         ["12/03/2017", "3h", "4h", "Juste après", ""]],
    )  # fmt: skip
    plan = plan_file(db, path, mission="new-york")
    assert reasons(row(plan, 2)) == [
        (
            "Début",
            "02:30 on 2017-03-12 in America/New_York does not exist: the clocks go forward "
            "from 02:00 to 03:00 that night (choose 03:00 or later)",
        )
    ]
    assert reasons(row(plan, 3))[0][0] == "Fin"
    assert "does not exist" in reasons(row(plan, 3))[0][1]
    assert row(plan, 4).action == RowAction.CREATE
    assert "row 2: refused (Départ matinal) — Début: 02:30 on 2017-03-12" in row(plan, 2).describe()


def test_a_time_the_autumn_clock_change_repeats_is_refused_as_ambiguous(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "p.csv", [HEADERS, ["05/11/2017", "1h30", "3h", "Arrivée de nuit", ""]]
    )
    plan = plan_file(db, path)
    assert reasons(row(plan, 2)) == [
        (
            "Début",
            "01:30 on 2017-11-05 in America/New_York is ambiguous: the clocks go back from "
            "02:00 to 01:00 that night, so it happens twice (choose a time outside that hour)",
        )
    ]


def test_an_unknown_group_is_refused_with_its_row_number_and_column(
    db: Database, delegates: dict[str, int], tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [
            HEADERS,
            ["06/11/2017", "9h", "10h", "Visite", "groupe:Élus"],
            ["06/11/2017", "10h", "11h", "Visite presse", "groupe:Journalistes"],
            ["06/11/2017", "11h", "12h", "Déjeuner", "Dupont"],
            ["06/11/2017", "12h", "13h", "Point", "Martin"],
        ],
    )
    plan = plan_file(db, path)
    assert row(plan, 2).action == RowAction.CREATE
    assert reasons(row(plan, 3)) == [
        (
            "Participants",
            'unknown group "Journalistes" (groups of this mission: Élus, '
            "Chefs d'entreprise, Presse)",
        )
    ]
    assert reasons(row(plan, 4)) == [
        (
            "Participants",
            'unknown group or person "Dupont" (not a group nor a delegate of this mission)',
        )
    ]
    assert reasons(row(plan, 5)) == [
        ("Participants", "'Martin' may be jmartin, pmartin: write the short name")
    ]
    assert row(plan, 3).describe() == (
        'row 3: refused (Visite presse) — Participants: unknown group "Journalistes" '
        "(groups of this mission: Élus, Chefs d'entreprise, Presse)"
    )


def test_dates_outside_the_mission_and_ends_before_starts_are_refused(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [
            HEADERS,
            ["12/11/2017", "9h", "10h", "Après la mission", ""],
            ["06/11/2017", "11h", "10h", "À l'envers", ""],
            ["06/11/2017", "22h", "0:30", "Après minuit", ""],
            ["31/11/2017", "9h", "10h", "Date impossible", ""],
            ["06/11/2017", "", "10h", "Sans début", ""],
            ["06/11/2017", "9h", "10h", "", ""],
            ["", "9h", "10h", "Sans date", ""],
            ["06/11/2017", "9h", "dix heures", "Fin illisible", ""],
        ],
    )
    plan = plan_file(db, path)
    assert reasons(row(plan, 2)) == [
        ("Date", "2017-11-12 is outside the mission (2017-11-05 to 2017-11-10)")
    ]
    assert reasons(row(plan, 3)) == [
        ("Fin", "2017-11-06 10:00 is before the start 2017-11-06 11:00 (an end after midnight "
         "needs its date)")
    ]  # fmt: skip
    assert reasons(row(plan, 4))[0][0] == "Fin"
    assert reasons(row(plan, 5)) == [
        ("Date", "'31/11/2017' is not a date (write it as 05/11/2017)")
    ]
    assert reasons(row(plan, 6)) == [("Début", "is empty")]
    assert reasons(row(plan, 7)) == [("Titre", "is empty")]
    assert reasons(row(plan, 8)) == [("Début", "'9h' has no date: which day of the mission?")]
    assert reasons(row(plan, 9)) == [
        ("Fin", "'dix heures' is not a date and time (e.g. 6/11 9h30)")
    ]
    assert plan.count(RowAction.REFUSE) == 8


def test_an_end_after_midnight_is_accepted_with_its_date(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [
            ["Date", "Début", "Fin", "Durée", "Titre"],
            ["06/11/2017", "22h", "07/11/2017 0h30", "", "Soirée"],
            ["07/11/2017", "9h", "", "45 min", "Briefing"],
            ["07/11/2017", "10h", "+1h", "", "Point presse"],
            ["07/11/2017", "11h", "12h", "1h", "Trop précis"],
            ["07/11/2017", "14h", "", "", "Départ du bus"],
        ],
    )
    plan = plan_file(db, path)
    assert row(plan, 2).end_local == datetime(2017, 11, 7, 0, 30)
    assert row(plan, 3).end_local == datetime(2017, 11, 7, 9, 45)
    assert row(plan, 3).kind == ItemKind.BRIEFING
    assert row(plan, 4).end_local == datetime(2017, 11, 7, 11, 0)
    assert reasons(row(plan, 5)) == [("Durée", "give the end or the duration, not both")]
    assert row(plan, 6).end_local == datetime(2017, 11, 7, 14, 0)
    assert "no end given: ends when it starts" in row(plan, 6).describe()


def test_a_start_on_another_day_than_the_date_column_is_refused(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "p.csv", [HEADERS, ["06/11/2017", "7/11 9h", "10h", "Visite", ""]])
    assert reasons(row(plan_file(db, path), 2)) == [
        ("Début", "'7/11 9h' is on 2017-11-07, not on the day of the date column (2017-11-06)")
    ]


# --- all or nothing, and twice ---------------------------------------------------------------


def test_one_refused_row_and_nothing_is_written(
    db: Database, delegates: dict[str, int], tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [
            [*HEADERS, "Lieu"],
            ["06/11/2017", "9h", "10h", "Visite du port", "tous", "PortMiami"],
            ["06/11/2017", "10h", "11h", "Rencontre", "groupe:Inconnus", "Nouveau lieu"],
            ["06/11/2017", "12h", "13h", "Déjeuner", "tous", "Autre lieu"],
        ],
    )
    with db.transaction() as session:
        plan = plan_itinerary_import(session, MISSION, path)
        assert plan.count(RowAction.CREATE) == 2
        with pytest.raises(ImportRefused, match=r"1 row\(s\) of p.csv are refused; nothing was"):
            apply_itinerary_import(session, plan)
    assert item_count(db) == 0
    assert venue_count(db) == 0


def test_a_failure_while_writing_names_the_row_and_the_caller_rolls_back(
    db: Database, delegates: dict[str, int], tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [
            HEADERS,
            ["06/11/2017", "9h", "10h", "Visite du port", "tous"],
            ["06/11/2017", "10h", "11h", "Rencontre", "zlefevre"],
        ],
    )
    with db.transaction() as session:
        plan = plan_itinerary_import(session, MISSION, path)
    # The delegate leaves the mission between the plan and its application.
    with db.transaction() as session:
        session.delete(session.get(Participant, delegates["zlefevre"]))
    with (
        pytest.raises(ImportRefused, match="row 3: attendees: someone named is not on"),
        db.transaction() as session,
    ):
        apply_itinerary_import(session, plan)
    assert item_count(db) == 0


def test_importing_the_same_file_twice_creates_nothing_the_second_time(
    db: Database, delegates: dict[str, int]
) -> None:
    path = PROGRAMMES / "programme_excel_fr_cp1252.csv"
    first = import_file(db, path)
    assert first.created == 6
    before = (item_count(db), venue_count(db))
    plan = plan_file(db, path)
    assert plan.summary() == "0 to create, 6 already there (skipped), 0 refused"
    skipped = row(plan, 2).describe()
    assert skipped.startswith(
        "row 2: skip 'Accueil à l'aéroport et transfert à l'hôtel' 2017-11-05 17:40–18:30 "
        "America/New_York — already in the mission (item "
    )
    second = import_file(db, path)
    assert (second.created, second.skipped, second.places_created) == (0, 6, 0)
    assert (item_count(db), venue_count(db)) == before


def test_a_row_twice_in_the_file_is_created_once(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [
            HEADERS,
            ["06/11/2017", "9h", "10h", "Visite du port", ""],
            ["06/11/2017", "9:00", "10h", "VISITE DU PORT", ""],
            ["06/11/2017", "14h", "15h", "Visite du port", ""],
        ],
    )
    plan = plan_file(db, path)
    assert [r.action for r in plan.rows] == [RowAction.CREATE, RowAction.SKIP, RowAction.CREATE]
    assert row(plan, 3).reason == "same title and start as row 2"
    assert import_file(db, path).created == 2


def test_an_item_already_in_the_mission_is_skipped(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    with db.transaction() as session:
        item_id = create_item(
            session,
            mission_id=mission_id,
            kind=ItemKind.VISIT,
            title_fr="Visite du port",
            start_local=datetime(2017, 11, 6, 9),
            start_zone=NEW_YORK,
            end_local=datetime(2017, 11, 6, 10),
        )
    path = write_csv(
        tmp_path / "p.csv", [HEADERS, ["06/11/2017", "9h", "11h", "Visite du Port", ""]]
    )
    plan = plan_file(db, path)
    assert row(plan, 2).action == RowAction.SKIP
    assert row(plan, 2).reason == f"already in the mission (item {item_id})"


# --- attendees and places -------------------------------------------------------------------


def test_attendees_with_groups_people_and_exceptions(
    db: Database, delegates: dict[str, int], tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [
            HEADERS,
            ["06/11/2017", "8h", "9h", "Tous sauf deux", "Tous sauf Zoë Lefèvre; M. O'Connor"],
            ["06/11/2017", "9h", "10h", "Élus et une journaliste", "Élus, emartin-dupre"],
            ["06/11/2017", "10h", "11h", "Entreprises sauf une", "groupe:Chefs d'entreprise "
             "except pmartin"],
            ["06/11/2017", "11h", "12h", "Deux personnes", "Lefèvre Zoë ; Seán O'Connor"],
            ["06/11/2017", "12h", "13h", "Tous sauf la presse", "tous sauf Presse"],
            ["06/11/2017", "13h", "14h", "Contradiction", "jmartin sauf jmartin"],
            ["06/11/2017", "14h", "15h", "Inconnu", "all except Jean Inconnu"],
            ["06/11/2017", "15h", "16h", "Forme CLI", "group:Élus, except:zlefevre"],
        ],
    )  # fmt: skip
    plan = plan_file(db, path)
    everyone_but = row(plan, 2).attendance
    assert everyone_but is not None
    assert everyone_but.audience == Audience.EVERYONE
    assert everyone_but.description == "everyone except zlefevre, soconnor"
    assert row(plan, 3).attendance is not None
    assert row(plan, 3).attendance.description == "groups Élus + emartin-dupre"
    assert row(plan, 4).attendance is not None
    assert row(plan, 4).attendance.description == "groups Chefs d'entreprise except pmartin"
    assert row(plan, 5).attendance is not None
    assert row(plan, 5).attendance.audience == Audience.PEOPLE
    assert reasons(row(plan, 6)) == [
        ("Participants", "'Presse' is a group: exceptions are delegates (name the groups who "
         "attend)")
    ]  # fmt: skip
    assert reasons(row(plan, 7)) == [("Participants", "jmartin both invited and excepted")]
    assert reasons(row(plan, 8)) == [
        ("Participants", 'unknown person "Jean Inconnu" (not a delegate of this mission)')
    ]
    assert row(plan, 9).attendance is not None
    assert row(plan, 9).attendance.description == "groups Élus except zlefevre"

    with db.transaction() as session:
        # The refused rows left out, as a coordinator would after correcting them elsewhere.
        apply_itinerary_import(session, dataclasses.replace(plan, rows=plan.to_create))
    found = items(db)
    assert found["Tous sauf deux"]["excepted"] == ["soconnor", "zlefevre"]
    assert found["Élus et une journaliste"]["invited"] == ["emartin-dupre"]
    assert found["Élus et une journaliste"]["groups"] == 1
    assert found["Entreprises sauf une"]["excepted"] == ["pmartin"]
    assert found["Deux personnes"]["invited"] == ["soconnor", "zlefevre"]


def test_an_existing_venue_is_reused_whatever_its_case_and_accents(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    with db.transaction() as session:
        town_hall = create_venue(session, name="Hôtel de Ville de Miami", city="Miami")
        create_venue(session, name="Hôtel de ville", city="Montréal")
    path = write_csv(
        tmp_path / "p.csv",
        [
            ["Date", "Début", "Fin", "Titre", "Lieu", "Adresse"],
            ["06/11/2017", "9h", "10h", "Accueil", "HOTEL DE VILLE DE MIAMI", ""],
            ["06/11/2017", "11h", "12h", "Visite", "Hôtel de ville", "3500 Pan American Dr"],
            ["06/11/2017", "13h", "14h", "Déjeuner", "", "1 Biscayne Blvd"],
        ],
    )
    plan = plan_file(db, path)
    assert row(plan, 2).place is not None and row(plan, 2).place.venue_id == town_hall
    # Montréal's town hall is another place: Miami's is created.
    assert row(plan, 3).place is not None and row(plan, 3).place.is_new
    assert plan.new_places == ("Hôtel de ville", "1 Biscayne Blvd")
    assert "at Hôtel de ville (new place)" in row(plan, 3).describe()
    result = import_file(db, path)
    assert result.places_created == 2
    assert items(db)["Accueil"]["venue"] == "Hôtel de Ville de Miami"
    assert venue_count(db) == 4


def test_unknown_kind_words_become_other_and_the_plan_says_so(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [["Date", "Début", "Fin", "Titre", "Type"],
         ["06/11/2017", "9h", "10h", "Photo officielle", "Photographie"],
         ["06/11/2017", "10h", "11h", "Photo de groupe", ""]],
    )  # fmt: skip
    plan = plan_file(db, path)
    assert row(plan, 2).kind == ItemKind.OTHER
    assert "kind 'Photographie' not recognised: other" in row(plan, 2).describe()
    assert row(plan, 3).kind == ItemKind.OTHER
    assert row(plan, 3).describe() == (
        "row 3: create 'Photo de groupe' — other, 2017-11-06 10:00–11:00 America/New_York, "
        "Miami, everyone"
    )


# --- files that are no programme -----------------------------------------------------------


def test_malformed_files_give_one_clear_sentence(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    empty = tmp_path / "vide.csv"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    header_only = write_csv(tmp_path / "entete.csv", [HEADERS])
    workbook = write_xlsx(tmp_path / "classeur.xlsx", [HEADERS, ["06/11/2017", "9h", "", "X", ""]])
    damaged = tmp_path / "abime.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    cases = [
        (empty, {}, "vide.csv is empty"),
        (binary, {}, "photo.csv is not a text table (it holds binary data)"),
        (header_only, {}, "entete.csv has a header row but no data rows"),
        (workbook, {"sheet": "Feuil2"}, "classeur.xlsx has no sheet 'Feuil2' (it has: Programme)"),
        (damaged, {}, "abime.xlsx is not a readable XLSX workbook"),
        (tmp_path / "absent.csv", {}, "cannot read absent.csv"),
    ]
    for path, options, sentence in cases:
        with pytest.raises(ImportFileError) as caught:
            plan_file(db, path, **options)
        assert str(caught.value).startswith(sentence), str(caught.value)
    assert plan_file(db, workbook, sheet="Programme").count(RowAction.CREATE) == 1


def test_an_unknown_mission_is_refused(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [HEADERS, ["06/11/2017", "9h", "10h", "X", ""]])
    with pytest.raises(NotFound, match="no mission 'nowhere'"):
        plan_file(db, path, mission="nowhere")


def test_a_range_in_the_start_cell_gives_start_and_end(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [
            ["Date", "Horaire", "Fin", "Titre"],
            ["06/11/2017", "9h30 - 11h", "", "Visite"],
            ["06/11/2017", "9:30 am to 11:15 am", "", "Tour"],
            ["06/11/2017", "11h - 10h", "", "À l'envers"],
            ["06/11/2017", "14h-15h", "16h", "Deux fins"],
            ["2017-11-06 17:00", "17h", "", "Date avec une heure"],
        ],
    )
    plan = plan_file(db, path)
    assert (row(plan, 2).start_local, row(plan, 2).end_local) == (
        datetime(2017, 11, 6, 9, 30),
        datetime(2017, 11, 6, 11, 0),
    )
    assert row(plan, 3).end_local == datetime(2017, 11, 6, 11, 15)
    # The end is refused in the column where it was written.
    assert reasons(row(plan, 4)) == [
        ("Horaire", "2017-11-06 10:00 is before the start 2017-11-06 11:00 (an end after "
         "midnight needs its date)")
    ]  # fmt: skip
    assert reasons(row(plan, 5)) == [
        ("Horaire", "'14h-15h' already gives the end: leave the end empty")
    ]
    assert row(plan, 6).start_local == datetime(2017, 11, 6, 17, 0)
