"""Importing partners' delegate lists into a mission: mapping, matching, all or nothing."""

from __future__ import annotations

import csv
import dataclasses
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import func, select

from delegation_app.cli import main
from delegation_app.errors import DomainError, ValidationError
from delegation_app.interchange.roster_columns import (
    FIELDS,
    ROLE_LABELS,
    STATUS_LABELS,
    apply_overrides,
    guess_mapping,
)
from delegation_app.interchange.roster_import import (
    ImportPlan,
    ImportRefused,
    ImportResult,
    RowAction,
    RowPlan,
    apply_roster_import,
    plan_roster_import,
)
from delegation_app.interchange.tabular import read_table
from delegation_app.services.missions import StopInput, create_mission
from delegation_app.services.people import create_organisation, create_person
from delegation_app.services.roster import add_participant, create_group, roster_records
from delegation_app.storage.database import Database, open_database
from delegation_app.storage.models import (
    Group,
    Organisation,
    Participant,
    ParticipantGroup,
    ParticipantRole,
    ParticipantStatus,
    Person,
)

ROSTERS = Path(__file__).resolve().parents[1] / "data" / "rosters"
MIAMI = StopInput(city="Miami", country="US", zone="America/New_York")
MISSION = "miami-2017"

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


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], title: str = "Feuil1") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def new_mission(db: Database, short: str = MISSION, home_country: str = "FR") -> int:
    with db.transaction() as session:
        return create_mission(
            session,
            title_fr=f"Mission {short}",
            short=short,
            start_date=date(2017, 11, 5),
            end_date=date(2017, 11, 10),
            stops=[MIAMI],
            home_country=home_country,
        ).id


def new_person(db: Database, given: str, family: str, **fields: Any) -> int:
    with db.transaction() as session:
        return create_person(session, given_name=given, family_name=family, **fields).id


def new_delegate(db: Database, mission_id: int, person_id: int, **fields: Any) -> int:
    fields.setdefault("role", ParticipantRole.BUSINESS_LEADER)
    with db.transaction() as session:
        return add_participant(session, mission_id=mission_id, person_id=person_id, **fields)


def plan_file(
    db: Database,
    path: Path,
    *,
    overrides: Sequence[str] = (),
    sheet: str | None = None,
    mission: str = MISSION,
) -> ImportPlan:
    """The dry run: read, map, plan (inside a committed transaction, to show it writes nothing)."""
    table = read_table(path, sheet=sheet)
    mapping = apply_overrides(table.headers, guess_mapping(table.headers), overrides)
    with db.transaction() as session:
        return plan_roster_import(session, mission, table, mapping)


def import_file(
    db: Database,
    path: Path,
    *,
    overrides: Sequence[str] = (),
    sheet: str | None = None,
    skip_refused: bool = False,
    mission: str = MISSION,
) -> ImportResult:
    table = read_table(path, sheet=sheet)
    mapping = apply_overrides(table.headers, guess_mapping(table.headers), overrides)
    with db.transaction() as session:
        plan = plan_roster_import(session, mission, table, mapping)
        return apply_roster_import(session, plan, skip_refused=skip_refused)


def counts(db: Database) -> dict[str, int]:
    """How many rows each table an import writes to holds."""
    with db.reading() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Person, Participant, Organisation, Group, ParticipantGroup)
        }


# A delegate with no spoken languages on record and no room yet.
NO_STAY = {"languages": None, "hotel": None, "room": None, "room_type": None, "room_mate": None}


def records(db: Database, mission_id: int) -> dict[str, dict[str, Any]]:
    """The mission's roster with personal data, by family name, as plain dicts."""
    with db.reading() as session:
        found = roster_records(session, mission_id, include_personal=True)
    return {r.family_name: dataclasses.asdict(r) for r in found}


def people(db: Database) -> list[Person]:
    """Every person in the database, loaded and detached (the reading session rolls back)."""
    with db.reading() as session:
        found = list(session.scalars(select(Person).order_by(Person.id)))
        session.expunge_all()
    return found


def reasons(row: RowPlan) -> list[tuple[str, str]]:
    return [(p.column, p.reason) for p in row.problems]


@pytest.fixture
def mission_id(db: Database) -> int:
    return new_mission(db)


# --- header mapping -------------------------------------------------------------------------


def test_guess_mapping_recognises_french_headers() -> None:
    headers = [
        "Civilité", "Nom", "Prénom", "Société", "Fonction", "Qualité", "E-mail", "Téléphone",
        "Langue", "Rôle", "Statut", "Groupes", "Nationalité", "Date de naissance",
        "N° passeport", "Pays de délivrance", "Date d'expiration", "Régime alimentaire",
        "Mobilité", "Identifiant",
    ]  # fmt: skip
    assert [guess_mapping(headers).get(i) for i in range(len(headers))] == [
        "honorific", "family_name", "given_name", "organisation", "job_title", "capacity",
        "email", "phone", "language", "role", "status", "groups", "nationality", "birth_date",
        "passport_number", "passport_country", "passport_expiry", "dietary_needs",
        "mobility_needs", "short",
    ]  # fmt: skip


def test_guess_mapping_recognises_english_headers() -> None:
    headers = [
        "Title", "Last name", "First name", "Company", "Job title", "Email", "Mobile",
        "Date of birth", "Nationality", "Passport number", "Issuing country", "Passport expiry",
        "Dietary requirements", "Role", "Groups", "Status", "Language", "Surname",
    ]  # fmt: skip
    assert [guess_mapping(headers).get(i) for i in range(len(headers))] == [
        "honorific", "family_name", "given_name", "organisation", "job_title", "email", "phone",
        "birth_date", "nationality", "passport_number", "passport_country", "passport_expiry",
        "dietary_needs", "role", "groups", "status", "language", None,
    ]  # fmt: skip


def test_guess_mapping_ignores_case_accents_spaces_and_unknown_headers() -> None:
    headers = [" NOM ", "prenom", "N° Passeport", "Courriel", "Tél.", "Entreprise", "Commentaires"]
    assert guess_mapping(headers) == {
        0: "family_name",
        1: "given_name",
        2: "passport_number",
        3: "email",
        4: "phone",
        5: "organisation",
    }


def test_guess_mapping_gives_a_field_to_the_first_of_two_columns() -> None:
    assert guess_mapping(["Nom", "Prénom", "Portable", "Téléphone"]) == {
        0: "family_name",
        1: "given_name",
        2: "phone",
    }


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_label_our_export_writes_is_recognised(language: str) -> None:
    labels = [f.label_fr if language == "fr" else f.label_en for f in FIELDS]
    assert guess_mapping(labels) == {i: f.name for i, f in enumerate(FIELDS)}


def test_override_moves_a_field_to_another_column() -> None:
    headers = ["Nom", "Prénom", "Entreprise", "Société"]
    mapping = apply_overrides(headers, guess_mapping(headers), ["Société=organisation"])
    assert mapping == {0: "family_name", 1: "given_name", 3: "organisation"}


def test_override_with_an_empty_field_ignores_the_column() -> None:
    headers = ["Nom", "Prénom", "Fonction", "Notes"]
    mapping = apply_overrides(headers, guess_mapping(headers), ["Notes=", "Fonction="])
    assert mapping == {0: "family_name", 1: "given_name"}


def test_override_can_give_an_unrecognised_column_a_field() -> None:
    headers = ["Nom", "Prénom", "Structure d'accueil", "Remarques repas"]
    mapping = apply_overrides(
        headers,
        guess_mapping(headers),
        ["Structure d'accueil=organisation", "remarques REPAS = dietary_needs"],
    )
    assert mapping == {0: "family_name", 1: "given_name", 2: "organisation", 3: "dietary_needs"}


def test_override_finds_the_header_whatever_its_case_and_accents() -> None:
    headers = ["Nom", "Prénom", "Entreprise", "Société"]
    mapping = apply_overrides(headers, guess_mapping(headers), ["SOCIETE=organisation"])
    assert mapping[3] == "organisation"


def test_override_with_an_unknown_field_is_refused_naming_map() -> None:
    headers = ["Nom", "Prénom", "Société"]
    with pytest.raises(ValidationError) as caught:
        apply_overrides(headers, guess_mapping(headers), ["Société=company_name"])
    assert caught.value.field == "map"
    assert "'company_name' is not a roster field" in caught.value.message
    assert "organisation" in caught.value.message  # the known fields are listed


def test_override_with_an_unknown_header_is_refused_naming_map() -> None:
    headers = ["Nom", "Prénom", "Société"]
    with pytest.raises(ValidationError) as caught:
        apply_overrides(headers, guess_mapping(headers), ["Entreprise cliente=organisation"])
    assert caught.value.field == "map"
    assert caught.value.message == "the file has no column 'Entreprise cliente'"


def test_override_without_an_equals_sign_is_refused_naming_map() -> None:
    with pytest.raises(ValidationError) as caught:
        apply_overrides(["Nom", "Prénom"], {0: "family_name", 1: "given_name"}, ["Société"])
    assert caught.value.field == "map"
    assert "must read Header=field" in caught.value.message


def test_a_file_without_name_columns_is_refused_naming_them() -> None:
    headers = ["Name", "Company", "Email"]
    with pytest.raises(ValidationError) as caught:
        apply_overrides(headers, guess_mapping(headers), [])
    assert caught.value.field == "map"
    assert "'Nom' (family_name)" in caught.value.message
    assert "'Prénom' (given_name)" in caught.value.message
    assert '--map "Header=family_name"' in caught.value.message


def test_ignoring_the_family_name_column_is_refused() -> None:
    headers = ["Nom", "Prénom"]
    with pytest.raises(ValidationError, match=r"no column for 'Nom' \(family_name\)"):
        apply_overrides(headers, guess_mapping(headers), ["Nom="])


# --- files as office software writes them ---------------------------------------------------

FR_HEADER = [
    "Civilité", "Nom", "Prénom", "Société", "Fonction", "E-mail", "Téléphone",
    "Date de naissance", "Nationalité", "N° passeport", "Pays de délivrance",
    "Date d'expiration", "Régime alimentaire", "Rôle", "Groupes", "Statut", "Langue",
]  # fmt: skip


def test_import_a_french_excel_csv_keeps_accents_and_apostrophes_exactly(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "delegation.csv",
        [
            FR_HEADER,
            [
                "Mme", "Lefèvre", "Zoë", "Provence Promotion", "Chargée d’affaires",
                "zoe.lefevre@provence-promotion.example", "06 12 34 56 78", "05/11/1970",
                "France", "18AB12345", "France", "1er févr. 2028", "Végétarienne",
                "Chef d'entreprise", "Chefs d'entreprise", "Confirmé", "Français",
            ],
            [
                "M.", "O'Connor", "Seán", "Port de Marseille Fos", "Directeur du développement",
                "sean.oconnor@port.example", "+353 1 234 5678", "5 nov. 1968", "Irlande",
                "PA1234567", "IRL", "2029-03-15", "", "Chef d'entreprise",
                "Chefs d'entreprise; Port", "Inscrit", "Anglais",
            ],
            [
                "Mme", "Martin-Dupré", "Élodie", "Métropole Aix-Marseille-Provence",
                "Vice-présidente déléguée à l'économie", "", "0033 4 91 12 34 56",
                "1975-06-30", "FR", "19CD54321", "FRA", "30/06/2030", "Sans gluten", "Élu",
                "Délégation officielle", "Liste d'attente", "fr",
            ],
        ],
    )  # fmt: skip
    plan = plan_file(db, path)
    assert [(r.row_number, r.action) for r in plan.rows] == [
        (2, RowAction.CREATE),
        (3, RowAction.CREATE),
        (4, RowAction.CREATE),
    ]
    assert plan.new_groups == ("Chefs d'entreprise", "Port", "Délégation officielle")
    import_file(db, path)

    found = records(db, mission_id)
    assert found["Lefèvre"] | {"short": None} == {
        "short": None, "honorific": "Mme", "family_name": "Lefèvre", "given_name": "Zoë",
        "organisation": "Provence Promotion", "job_title": "Chargée d’affaires",
        "capacity": None, "email": "zoe.lefevre@provence-promotion.example",
        "phone": "+33612345678", "language": "fr", "role": ParticipantRole.BUSINESS_LEADER,
        "status": ParticipantStatus.CONFIRMED, "groups": ("Chefs d'entreprise",),
        "nationality": "FR", "birth_date": date(1970, 11, 5), "passport_number": "18AB12345",
        "passport_country": "FR", "passport_expiry": date(2028, 2, 1),
        "dietary_needs": "Végétarienne", "mobility_needs": None, **NO_STAY,
    }  # fmt: skip
    oconnor = found["O'Connor"]
    assert (oconnor["given_name"], oconnor["phone"], oconnor["birth_date"]) == (
        "Seán",
        "+35312345678",
        date(1968, 11, 5),
    )
    assert (oconnor["nationality"], oconnor["passport_country"], oconnor["language"]) == (
        "IE",
        "IE",
        "en",
    )
    assert oconnor["groups"] == ("Chefs d'entreprise", "Port")
    assert oconnor["status"] == ParticipantStatus.REGISTERED
    elodie = found["Martin-Dupré"]
    assert elodie["given_name"] == "Élodie"
    assert elodie["job_title"] == "Vice-présidente déléguée à l'économie"
    assert elodie["email"] is None
    assert (elodie["phone"], elodie["passport_expiry"]) == ("+33491123456", date(2030, 6, 30))
    assert (elodie["role"], elodie["status"]) == (
        ParticipantRole.ELECTED_OFFICIAL,
        ParticipantStatus.WAITLISTED,
    )


def test_import_utf8_csv_with_bom_and_english_headers_keeps_polish_names(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "delegates.csv",
        [
            ["Last name", "First name", "Company", "Email", "Mobile", "Date of birth",
             "Nationality"],
            ["Wiśniewski", "Łukasz", "Polish Investment & Trade Agency, Warsaw",
             "lukasz.wisniewski@paih.example", "+48 22 123 45 67", "29 Feb 1980", "Poland"],
            ["Żółć", "Zoë", "", "", "", "", "Pologne"],
        ],
        encoding="utf-8-sig",
        delimiter=",",
    )  # fmt: skip
    result = import_file(db, path)
    assert result.created == 2
    found = records(db, mission_id)
    assert found["Wiśniewski"]["given_name"] == "Łukasz"
    assert found["Wiśniewski"]["organisation"] == "Polish Investment & Trade Agency, Warsaw"
    assert found["Wiśniewski"]["phone"] == "+48221234567"
    assert found["Wiśniewski"]["birth_date"] == date(1980, 2, 29)
    assert found["Żółć"]["given_name"] == "Zoë"
    assert found["Żółć"]["nationality"] == "PL"


def test_import_a_tab_separated_file(db: Database, mission_id: int, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "liste.tsv",
        [
            ["Nom", "Prénom", "Société", "Téléphone", "Nationalité"],
            ["O'Connor", "Seán", "Cruise Club; Provence", "06.12.34.56.78", "Royaume-Uni"],
        ],
        encoding="utf-8",
        delimiter="\t",
    )
    import_file(db, path)
    oconnor = records(db, mission_id)["O'Connor"]
    assert oconnor["organisation"] == "Cruise Club; Provence"
    assert (oconnor["phone"], oconnor["nationality"]) == ("+33612345678", "GB")


def test_import_an_xlsx_with_date_cells_and_a_phone_typed_as_a_number(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "delegues.xlsx",
        [
            ["Nom", "Prénom", "Téléphone", "Date de naissance", "N° passeport",
             "Date d'expiration", "Pays de délivrance"],
            ["Lefèvre", "Zoë", 612345678, datetime(1970, 11, 5), "18AB12345",
             date(2028, 2, 1), "Allemagne"],
            ["O'Connor", "Seán", "+1 305 555 0123", "05/11/1968", 123456789,
             "15 mars 2029", "DEU"],
        ],
    )  # fmt: skip
    import_file(db, path)
    found = records(db, mission_id)
    assert found["Lefèvre"]["phone"] == "+33612345678"
    assert found["Lefèvre"]["birth_date"] == date(1970, 11, 5)
    assert found["Lefèvre"]["passport_expiry"] == date(2028, 2, 1)
    assert found["Lefèvre"]["passport_country"] == "DE"
    assert found["O'Connor"]["phone"] == "+13055550123"
    assert found["O'Connor"]["birth_date"] == date(1968, 11, 5)
    assert found["O'Connor"]["passport_number"] == "123456789"
    assert found["O'Connor"]["passport_expiry"] == date(2029, 3, 15)


def test_an_xlsx_date_cell_holding_a_time_keeps_its_day(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    # Cells filled with =NOW() or pasted from a booking system carry a time of day.
    path = write_xlsx(
        tmp_path / "heures.xlsx",
        [["Nom", "Prénom", "Date de naissance"], ["Lefèvre", "Zoë", datetime(1970, 11, 5, 10, 30)]],
    )
    import_file(db, path)
    assert records(db, mission_id)["Lefèvre"]["birth_date"] == date(1970, 11, 5)


def test_phones_use_the_missions_home_country_as_default_region(
    db: Database, tmp_path: Path
) -> None:
    new_mission(db, "miami-from-us", home_country="US")
    path = write_csv(
        tmp_path / "us.csv",
        [
            ["Nom", "Prénom", "Téléphone"],
            ["Smith", "Ann", "(305) 555-0123"],
            ["Lefèvre", "Zoë", "06 12 34 56 78"],
            ["O'Connor", "Seán", "+33 6 12 34 56 78"],
        ],
    )
    plan = plan_file(db, path, mission="miami-from-us")
    assert plan.rows[0].person_fields["phone"] == "+13055550123"
    assert plan.rows[1].action == RowAction.REFUSE
    assert reasons(plan.rows[1]) == [
        (
            "Téléphone",
            "'06 12 34 56 78' is not a valid phone number for US (add the country code, e.g. +1)",
        )
    ]
    assert plan.rows[2].person_fields["phone"] == "+33612345678"


# --- the committed fixture files ------------------------------------------------------------

EXPECTED = {
    "Lefèvre": {
        "honorific": "Mme", "given_name": "Zoë", "organisation": "Provence Promotion",
        "job_title": "Chargée d'affaires", "email": "zoe.lefevre@provence-promotion.example",
        "phone": "+33612345678", "language": "fr", "role": ParticipantRole.BUSINESS_LEADER,
        "status": ParticipantStatus.CONFIRMED, "groups": ("Chefs d'entreprise",),
        "nationality": "FR", "birth_date": date(1970, 11, 5), "passport_number": "18AB12345",
        "passport_country": "FR", "passport_expiry": date(2028, 2, 1),
        "dietary_needs": "Végétarienne", "mobility_needs": None, **NO_STAY,
    },
    "O'Connor": {
        "honorific": "M.", "given_name": "Seán", "organisation": "Port de Marseille Fos",
        "job_title": "Directeur du développement",
        "email": "sean.oconnor@port-marseille.example", "phone": "+35312345678",
        "language": "en", "role": ParticipantRole.BUSINESS_LEADER,
        "status": ParticipantStatus.REGISTERED, "groups": ("Chefs d'entreprise",),
        "nationality": "IE", "birth_date": date(1968, 11, 5), "passport_number": "PA1234567",
        "passport_country": "IE", "passport_expiry": date(2029, 3, 15), "dietary_needs": None,
        "mobility_needs": None, **NO_STAY,
    },
    "Martin-Dupré": {
        "honorific": "Mme", "given_name": "Élodie",
        "organisation": "Métropole Aix-Marseille-Provence",
        "job_title": "Vice-présidente déléguée à l'économie", "email": None,
        "phone": "+33491123456", "language": "fr", "role": ParticipantRole.ELECTED_OFFICIAL,
        "status": ParticipantStatus.CONFIRMED, "groups": ("Délégation officielle",),
        "nationality": "FR", "birth_date": date(1975, 6, 30), "passport_number": "19CD54321",
        "passport_country": "FR", "passport_expiry": date(2030, 6, 30),
        "dietary_needs": "Sans gluten", "mobility_needs": None, **NO_STAY,
    },
    "Wiśniewski": {
        "honorific": "M.", "given_name": "Łukasz",
        "organisation": "Polish Investment & Trade Agency", "job_title": "Trade advisor",
        "email": "lukasz.wisniewski@paih.example", "phone": "+48221234567", "language": "en",
        "role": ParticipantRole.BUSINESS_LEADER, "status": ParticipantStatus.REGISTERED,
        "groups": ("Chefs d'entreprise",), "nationality": "PL", "birth_date": date(1980, 2, 29),
        "passport_number": "EA7654321", "passport_country": "PL",
        "passport_expiry": date(2031, 12, 31), "dietary_needs": "Halal", "mobility_needs": None,
        **NO_STAY,
    },
}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "sheet", "family_names"),
    [
        ("partenaires_excel_fr_cp1252.csv", None, ["Lefèvre", "O'Connor", "Martin-Dupré"]),
        ("delegates_utf8_bom.csv", None, list(EXPECTED)),
        ("delegues_tabulations.tsv", None, list(EXPECTED)),
        ("delegues_texte_unicode.txt", None, list(EXPECTED)),
        ("delegues_deux_feuilles.xlsx", "Délégués", list(EXPECTED)),
        ("delegues_deux_feuilles.ods", "Délégués", list(EXPECTED)),
    ],
)
def test_committed_partner_files_import_every_field_exactly(
    db: Database, mission_id: int, name: str, sheet: str | None, family_names: list[str]
) -> None:
    plan = plan_file(db, ROSTERS / name, sheet=sheet)
    assert [r.describe() for r in plan.refused] == []
    assert plan.count(RowAction.CREATE) == len(family_names)
    import_file(db, ROSTERS / name, sheet=sheet)
    found = records(db, mission_id)
    assert sorted(found) == sorted(family_names)
    for family in family_names:
        got = {k: v for k, v in found[family].items() if k in EXPECTED[family]}
        assert got == EXPECTED[family], family
    assert counts(db)["organisation"] == len(family_names)


# --- refused rows: the row, the column and the reason ---------------------------------------


def test_refused_rows_name_the_row_the_column_and_the_reason(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "erreurs.csv",
        [
            ["Nom", "Prénom", "E-mail", "Téléphone", "Date de naissance", "Nationalité",
             "N° passeport", "Date d'expiration", "Statut", "Rôle", "Langue"],
            ["Lefèvre", "Zoë", "", "", "31/02/1970", "", "", "", "", "", ""],
            ["O'Connor", "Seán", "sean.oconnor(at)port.example", "12", "", "Narnia", "", "",
             "", "", ""],
            ["Martin", "Élodie", "", "", "", "", "", "30/06/2030", "peut-être", "Ministre",
             "Deutsch"],
            ["", "Paul", "", "", "", "", "", "", "", "", ""],
            ["Durand", "Lucie", "lucie@example.fr", "", "", "", "", "", "", "", ""],
        ],
    )  # fmt: skip
    plan = plan_file(db, path)
    assert [(r.row_number, r.action) for r in plan.rows] == [
        (2, RowAction.REFUSE),
        (3, RowAction.REFUSE),
        (4, RowAction.REFUSE),
        (5, RowAction.REFUSE),
        (6, RowAction.CREATE),
    ]
    assert reasons(plan.rows[0]) == [
        ("Date de naissance", "'31/02/1970' is not a date (write it as 05/11/2017)")
    ]
    assert reasons(plan.rows[1]) == [
        ("E-mail", "'sean.oconnor(at)port.example' is not an e-mail address"),
        ("Téléphone", "'12' is not a valid phone number for FR (add the country code, e.g. +1)"),
        ("Nationalité", "'Narnia' is not a country name or code"),
    ]
    columns = [column for column, _ in reasons(plan.rows[2])]
    assert columns == ["Date d'expiration", "Langue", "Rôle", "Statut"]
    assert "given without a passport number" in reasons(plan.rows[2])[0][1]
    assert "'peut-être' is not one of" in reasons(plan.rows[2])[3][1]
    assert reasons(plan.rows[3]) == [("Nom", "is empty")]
    assert plan.rows[1].describe().startswith("row 3: refused (Seán O'Connor) — E-mail: ")
    assert plan.summary() == "1 to create, 0 to add, 0 to update, 4 refused"


def test_a_too_long_given_name_is_refused_once_for_its_length(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "long.csv", [["Nom", "Prénom"], ["Lefèvre", "Z" * 121]])
    [row] = plan_file(db, path).rows
    assert row.action == RowAction.REFUSE
    assert reasons(row) == [("Prénom", "is longer than 120 characters")]


def test_a_group_name_too_long_to_store_is_refused_by_the_plan_not_by_the_apply(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    # The dry run must tell the truth: a clean plan applies without error.
    group = "Délégation officielle de la Métropole " * 4
    path = write_csv(
        tmp_path / "groupe.csv", [["Nom", "Prénom", "Groupes"], ["Lefèvre", "Zoë", group]]
    )
    plan = plan_file(db, path)
    if not plan.refused:
        with db.transaction() as session:
            apply_roster_import(session, plan)
    else:
        assert "Groupes" in [p.column for p in plan.refused[0].problems]


def test_names_in_non_latin_scripts_are_told_apart(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    # Delegates and guests from Seoul, Tokyo or Tel Aviv may write their names in their script.
    path = write_csv(
        tmp_path / "seoul.csv",
        [["Nom", "Prénom"], ["김", "민준"], ["이", "서연"], ["山田", "太郎"], ["כהן", "דוד"]],
        encoding="utf-8",
    )
    plan = plan_file(db, path)
    assert [r.describe() for r in plan.refused] == []
    import_file(db, path)
    assert sorted(p.family_name for p in people(db)) == sorted(["김", "이", "山田", "כהן"])


# --- matching known people ------------------------------------------------------------------


def test_same_email_adds_the_known_person_instead_of_creating_one(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    known = new_person(db, "Zoë", "Lefèvre", email="zoe.lefevre@provence-promotion.example")
    path = write_csv(
        tmp_path / "email.csv",
        [
            ["Nom", "Prénom", "E-mail", "Fonction"],
            ["LEFEVRE", "Zoe", "Zoe.Lefevre@Provence-Promotion.example", "Directrice"],
        ],
    )
    [row] = plan_file(db, path).rows
    assert (row.action, row.person_id) == (RowAction.ADD, known)
    # The dry run says the capitals without accents would replace the stored spelling.
    assert row.changes == ("Prénom", "Nom", "Fonction")
    assert row.describe() == "row 2: add Zoe LEFEVRE (already known) to the mission"
    result = import_file(db, path)
    assert (result.created, result.added) == (0, 1)
    [person] = people(db)
    assert (person.id, person.job_title) == (known, "Directrice")
    assert counts(db)["participant"] == 1


def test_same_email_as_a_delegate_updates_them(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    known = new_person(db, "Zoë", "Lefèvre", email="zoe@example.fr", job_title="Chargée")
    new_delegate(db, mission_id, known)
    path = write_csv(
        tmp_path / "maj.csv",
        [["Nom", "Prénom", "E-mail", "Fonction"], ["Lefèvre", "Zoë", "zoe@example.fr", "Cheffe"]],
    )
    [row] = plan_file(db, path).rows
    assert (row.action, row.person_id, row.changes) == (RowAction.UPDATE, known, ("Fonction",))
    assert row.describe() == "row 2: update Zoë Lefèvre (Fonction)"
    result = import_file(db, path)
    assert (result.created, result.added, result.updated) == (0, 0, 1)
    assert counts(db)["person"] == 1
    assert counts(db)["participant"] == 1
    assert people(db)[0].job_title == "Cheffe"


def test_same_name_and_birth_date_is_the_known_person(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    known = new_person(db, "François", "Lefèvre", birth_date=date(1970, 11, 5))
    path = write_csv(
        tmp_path / "naissance.csv",
        [["Nom", "Prénom", "Date de naissance"], ["Lefèvre", "François", "5 nov. 1970"]],
    )
    [row] = plan_file(db, path).rows
    assert (row.action, row.person_id) == (RowAction.ADD, known)
    import_file(db, path)
    assert [p.id for p in people(db)] == [known]


def test_a_close_spelling_without_email_or_birth_date_is_refused_naming_the_known_person(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    known = new_person(db, "François", "Lefèvre", email="f.lefevre@port-marseille.example")
    path = write_csv(
        tmp_path / "proche.csv",
        [["Nom", "Prénom", "Société"], ["Lefevre", "Francois", "Port de Marseille"]],
    )
    [row] = plan_file(db, path).rows
    assert row.action == RowAction.REFUSE
    [(column, reason)] = reasons(row)
    assert column == "Nom"
    assert f"François Lefèvre, id {known}" in reason
    assert "e-mail, birth date or short name" in reason
    # Never merged silently, even when the coordinator skips the refused rows.
    import_file(db, path, skip_refused=True)
    assert [p.id for p in people(db)] == [known]
    assert counts(db)["participant"] == 0


def test_a_typo_in_a_known_name_is_refused_as_ambiguous(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    known = new_person(db, "Jean", "Dupont")
    path = write_csv(tmp_path / "typo.csv", [["Nom", "Prénom"], ["Dupond", "Jean"]])
    [row] = plan_file(db, path).rows
    assert row.action == RowAction.REFUSE
    assert f"Jean Dupont, id {known}" in reasons(row)[0][1]


def test_a_known_name_written_family_name_first_is_refused_as_ambiguous(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    known = new_person(db, "Jean", "Dupont")
    # The partner put the family name in the given-name column and the other way round.
    path = write_csv(tmp_path / "inverse.csv", [["Nom", "Prénom"], ["Jean", "Dupont"]])
    [row] = plan_file(db, path).rows
    assert row.action == RowAction.REFUSE
    assert f"Jean Dupont, id {known}" in reasons(row)[0][1]


def test_a_close_spelling_names_every_close_known_person_closest_first(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    dupond = new_person(db, "Jean", "Dupond")
    new_person(db, "Marie", "Curie")
    dupont = new_person(db, "Jean", "Dupont")
    new_person(db, "Jeanne", "Dupuis")
    path = write_csv(tmp_path / "proches.csv", [["Nom", "Prénom"], ["Dupont", "Jean-"]])
    [row] = plan_file(db, path).rows
    [(column, reason)] = reasons(row)
    assert column == "Nom"
    assert reason.index(f"Jean Dupont, id {dupont}") < reason.index(f"Jean Dupond, id {dupond}")
    assert "Curie" not in reason
    assert "Dupuis" not in reason


def test_a_close_spelling_with_another_email_is_a_new_person(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    known = new_person(db, "François", "Lefèvre", email="f.lefevre@port-marseille.example")
    path = write_csv(
        tmp_path / "homonyme.csv",
        [["Nom", "Prénom", "E-mail"], ["Lefevre", "Francois", "francois.lefevre@cci.example"]],
    )
    [row] = plan_file(db, path).rows
    assert (row.action, row.person_id) == (RowAction.CREATE, None)
    import_file(db, path)
    assert [(p.id == known, p.given_name, p.email) for p in people(db)] == [
        (True, "François", "f.lefevre@port-marseille.example"),
        (False, "Francois", "francois.lefevre@cci.example"),
    ]


def test_a_close_spelling_with_another_birth_date_is_a_new_person(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    new_person(db, "François", "Lefèvre", birth_date=date(1970, 11, 5))
    path = write_csv(
        tmp_path / "fils.csv",
        [["Nom", "Prénom", "Date de naissance"], ["Lefevre", "Francois", "12/03/1998"]],
    )
    [row] = plan_file(db, path).rows
    assert row.action == RowAction.CREATE
    import_file(db, path)
    assert counts(db)["person"] == 2


def test_the_same_person_twice_in_one_file_refuses_the_second_row_naming_the_first(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "doublon.csv",
        [
            ["Nom", "Prénom", "Société"],
            ["Lefèvre", "Zoë", "Provence Promotion"],
            ["O'Connor", "Seán", "Port"],
            ["LEFÈVRE", "Zoë", "Provence Promotion"],
        ],
    )
    plan = plan_file(db, path)
    assert [r.action for r in plan.rows] == [RowAction.CREATE, RowAction.CREATE, RowAction.REFUSE]
    assert reasons(plan.rows[2]) == [("Nom", "same person as row 2")]
    import_file(db, path, skip_refused=True)
    assert sorted(p.family_name for p in people(db)) == ["Lefèvre", "O'Connor"]


def test_the_same_known_person_twice_in_one_file_is_refused(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    new_person(db, "Zoë", "Lefèvre", email="zoe@example.fr", short="zoe")
    path = write_csv(
        tmp_path / "doublon.csv",
        [
            ["Identifiant", "Nom", "Prénom", "E-mail"],
            ["", "Lefèvre", "Zoë", "ZOE@example.fr"],
            ["zoe", "Lefèvre", "Zoé", ""],
        ],
    )
    plan = plan_file(db, path)
    assert plan.rows[0].action == RowAction.ADD
    assert reasons(plan.rows[1]) == [("Nom", "same person as row 2")]


def test_the_same_email_twice_in_one_file_is_refused(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "email.csv",
        [
            ["Nom", "Prénom", "E-mail"],
            ["Lefèvre", "Zoë", "contact@provence-promotion.example"],
            ["Martin", "Élodie", "Contact@Provence-Promotion.example"],
        ],
    )
    plan = plan_file(db, path)
    assert plan.rows[0].action == RowAction.CREATE
    assert reasons(plan.rows[1]) == [("E-mail", "same e-mail as row 2")]


def test_the_short_name_column_matches_the_known_person_whatever_the_spelling(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    known = new_person(db, "François", "Lefèvre", short="flefevre")
    new_person(db, "Françoise", "Lefèvre", short="flefevre-2")
    path = write_csv(
        tmp_path / "identifiant.csv",
        [["Identifiant", "Nom", "Prénom", "Fonction"], ["flefevre", "Lefevre", "Francois", "DG"]],
    )
    [row] = plan_file(db, path).rows
    assert (row.action, row.person_id) == (RowAction.ADD, known)
    import_file(db, path)
    assert counts(db)["person"] == 2
    with db.reading() as session:
        person = session.get(Person, known)
        assert person is not None
        assert (person.given_name, person.job_title) == ("Francois", "DG")


def test_an_unknown_short_name_names_the_person_to_create(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    # An export from another database carries its short names: they are kept, not refused.
    path = write_csv(
        tmp_path / "identifiant.csv", [["Identifiant", "Nom", "Prénom"], ["zlef", "Lefèvre", "Zoë"]]
    )
    [row] = plan_file(db, path).rows
    assert row.action == RowAction.CREATE
    import_file(db, path)
    [person] = people(db)
    assert (person.short, person.given_name, person.family_name) == ("zlef", "Zoë", "Lefèvre")


def test_a_malformed_short_name_is_refused(db: Database, mission_id: int, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "identifiant.csv",
        [["Identifiant", "Nom", "Prénom"], ["Zoë L", "Lefèvre", "Zoë"]],
    )
    [row] = plan_file(db, path).rows
    assert row.action == RowAction.REFUSE
    assert [column for column, _ in reasons(row)] == ["Identifiant"]


def test_an_empty_cell_never_erases_what_is_known(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    known = new_person(
        db,
        "Zoë",
        "Lefèvre",
        email="zoe@example.fr",
        phone="+33612345678",
        passport_number="18AB12345",
        passport_expiry=date(2028, 2, 1),
        dietary_needs="Végétarienne",
    )
    new_delegate(db, mission_id, known)
    path = write_csv(
        tmp_path / "vides.csv",
        [
            ["Nom", "Prénom", "E-mail", "Téléphone", "N° passeport", "Date d'expiration",
             "Régime alimentaire", "Fonction"],
            ["Lefèvre", "Zoë", "zoe@example.fr", "", "", "", "", "Directrice"],
        ],
    )  # fmt: skip
    import_file(db, path)
    [person] = people(db)
    assert (person.phone, person.passport_number, person.passport_expiry) == (
        "+33612345678",
        "18AB12345",
        date(2028, 2, 1),
    )
    assert (person.dietary_needs, person.job_title) == ("Végétarienne", "Directrice")


def test_an_update_reports_a_changed_status_role_capacity_and_language(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    known = new_person(db, "Zoë", "Lefèvre", email="zoe@example.fr")
    new_delegate(
        db, mission_id, known, role=ParticipantRole.GUEST, status=ParticipantStatus.INVITED
    )
    path = write_csv(
        tmp_path / "statut.csv",
        [
            ["Nom", "Prénom", "E-mail", "Statut", "Rôle", "Qualité", "Langue"],
            ["Lefèvre", "Zoë", "zoe@example.fr", "Confirmé", "Élu", "Maire adjointe", "English"],
        ],
    )
    [row] = plan_file(db, path).rows
    assert row.action == RowAction.UPDATE
    # The dry run must not say "nothing to change" when the import changes four things.
    assert set(row.changes) == {"Statut", "Rôle", "Qualité", "Langue"}


def test_groups_are_created_once_and_matched_ignoring_case_and_accents(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    with db.transaction() as session:
        create_group(session, mission_id, "Presse")
    path = write_csv(
        tmp_path / "groupes.csv",
        [
            ["Nom", "Prénom", "Groupes"],
            ["Lefèvre", "Zoë", "presse, Délégation officielle"],
            ["O'Connor", "Seán", "DELEGATION OFFICIELLE"],
            ["Martin", "Élodie", "Chefs d'entreprise | Presse"],
        ],
    )
    plan = plan_file(db, path)
    assert plan.new_groups == ("Délégation officielle", "Chefs d'entreprise")
    import_file(db, path)
    found = records(db, mission_id)
    assert set(found["Lefèvre"]["groups"]) == {"Presse", "Délégation officielle"}
    assert found["O'Connor"]["groups"] == ("Délégation officielle",)
    assert set(found["Martin"]["groups"]) == {"Presse", "Chefs d'entreprise"}
    assert counts(db)["delegation_group"] == 3


def test_organisations_are_matched_by_name_ignoring_case(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    with db.transaction() as session:
        create_organisation(session, name="Provence Promotion")
    path = write_csv(
        tmp_path / "orgs.csv",
        [
            ["Nom", "Prénom", "Société"],
            ["Lefèvre", "Zoë", "PROVENCE PROMOTION"],
            ["O'Connor", "Seán", "Port de Marseille Fos"],
            ["Martin", "Élodie", "port de marseille fos"],
        ],
    )
    assert plan_file(db, path).new_organisations == ("Port de Marseille Fos",)
    import_file(db, path)
    assert counts(db)["organisation"] == 2
    found = records(db, mission_id)
    assert found["Lefèvre"]["organisation"] == "Provence Promotion"
    assert found["Martin"]["organisation"] == "Port de Marseille Fos"


def test_new_delegates_default_to_business_leader_and_registered(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "min.csv", [["Nom", "Prénom"], ["Lefèvre", "Zoë"]])
    import_file(db, path)
    zoe = records(db, mission_id)["Lefèvre"]
    assert (zoe["role"], zoe["status"]) == (
        ParticipantRole.BUSINESS_LEADER,
        ParticipantStatus.REGISTERED,
    )


@pytest.mark.parametrize("language", ["fr", "en"])
def test_role_and_status_labels_of_our_export_are_read_back(
    db: Database, mission_id: int, tmp_path: Path, language: str
) -> None:
    rows = [["Nom", "Prénom", "Rôle", "Statut"]]
    roles = list(ROLE_LABELS[language].items())
    statuses = list(STATUS_LABELS[language].items())
    for index, (_, role_label) in enumerate(roles):
        rows.append([f"Nom{index}", "Zoë", role_label, statuses[index % len(statuses)][1]])
    path = write_csv(tmp_path / "labels.csv", rows, encoding="utf-8")
    plan = plan_file(db, path)
    assert [(r.role, r.status) for r in plan.rows] == [
        (ParticipantRole(role), ParticipantStatus(statuses[i % len(statuses)][0]))
        for i, (role, _) in enumerate(roles)
    ]


# --- all or nothing -------------------------------------------------------------------------


def _mixed_file(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "mixte.csv",
        [
            ["Nom", "Prénom", "Date de naissance", "Groupes", "Société"],
            ["Lefèvre", "Zoë", "05/11/1970", "Presse", "Provence Promotion"],
            ["O'Connor", "Seán", "le 5 du mois", "Presse", "Port"],
            ["Martin-Dupré", "Élodie", "", "Délégation officielle", "Métropole"],
        ],
    )


def test_a_plan_with_a_refused_row_is_not_applied_and_nothing_is_written(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    known = new_person(db, "Jean", "Dupont", email="jean.dupont@example.fr")
    new_delegate(db, mission_id, known)
    before = counts(db)
    path = _mixed_file(tmp_path)
    with pytest.raises(ImportRefused, match=r"1 row\(s\) of mixte\.csv are refused"):
        import_file(db, path)
    assert counts(db) == before


def test_skip_refused_imports_every_other_row(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    before = counts(db)
    result = import_file(db, _mixed_file(tmp_path), skip_refused=True)
    assert (result.created, result.skipped) == (2, 1)
    assert sorted(records(db, mission_id)) == ["Lefèvre", "Martin-Dupré"]
    after = counts(db)
    assert after["person"] == before["person"] + 2
    assert after["delegation_group"] == before["delegation_group"] + 2
    assert after["organisation"] == before["organisation"] + 2  # not "Port" of the refused row


def test_a_dry_run_writes_nothing(db: Database, mission_id: int, tmp_path: Path) -> None:
    before = counts(db)
    path = write_csv(
        tmp_path / "ok.csv",
        [["Nom", "Prénom", "Groupes", "Société"], ["Lefèvre", "Zoë", "Presse", "Provence"]],
    )
    plan = plan_file(db, path)
    assert plan.summary() == "1 to create, 0 to add, 0 to update, 0 refused"
    assert (plan.new_groups, plan.new_organisations) == (("Presse",), ("Provence",))
    assert counts(db) == before


def test_apply_writes_nothing_when_the_database_moved_since_the_plan(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    gone = new_person(db, "Jean", "Dupont", email="jean.dupont@example.fr")
    new_person(db, "Paul", "Martin")
    path = write_csv(
        tmp_path / "ordre.csv",
        [
            ["Nom", "Prénom", "E-mail", "Groupes"],
            ["Lefèvre", "Zoë", "", "Presse"],
            ["Dupont", "Jean", "jean.dupont@example.fr", "Presse"],
        ],
    )
    plan = plan_file(db, path)
    assert [r.action for r in plan.rows] == [RowAction.CREATE, RowAction.ADD]
    with db.transaction() as session:  # someone deletes Jean Dupont between dry run and run
        person = session.get(Person, gone)
        assert person is not None
        session.delete(person)
    before = counts(db)
    with (
        pytest.raises(ImportRefused, match=r"^row 3: .*; nothing was imported$"),
        db.transaction() as session,
    ):
        apply_roster_import(session, plan)
    # Zoë Lefèvre (row 2) and the new group were written in the session, then rolled back.
    assert counts(db) == before


# --- the command line -----------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_dry_run_shows_every_row_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], db: Database, db_path: Path, tmp_path: Path
) -> None:
    new_mission(db)
    path = write_csv(
        tmp_path / "liste.csv",
        [["Nom", "Prénom", "Société", "Notes"], ["Lefèvre", "Zoë", "Provence", "VIP"]],
    )
    before = counts(db)
    code, out, err = run(
        capsys, "roster", "import", str(path), "--mission", MISSION, "--db", str(db_path),
        "--dry-run",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "liste.csv: 1 rows" in out
    assert "column 'Société' -> organisation" in out
    assert "ignored columns: 'Notes'" in out
    assert "row 2: create Zoë Lefèvre" in out
    assert "1 to create, 0 to add, 0 to update, 0 refused" in out
    assert counts(db) == before


def test_cli_import_with_a_corrected_mapping(
    capsys: pytest.CaptureFixture[str], db: Database, db_path: Path, tmp_path: Path
) -> None:
    mission_id = new_mission(db)
    path = write_csv(
        tmp_path / "liste.csv",
        [
            ["Nom", "Prénom", "Entreprise", "Société", "Notes"],
            ["Lefèvre", "Zoë", "Groupe Lefèvre", "Provence Promotion", "VIP"],
        ],
    )
    code, out, err = run(
        capsys, "roster", "import", str(path), "--mission", MISSION, "--db", str(db_path),
        "--map", "Société=organisation", "--map", "Notes=",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "Imported: 1 created, 0 added, 0 updated." in out
    assert records(db, mission_id)["Lefèvre"]["organisation"] == "Provence Promotion"


def test_cli_import_with_a_bad_mapping_exits_1_naming_map(
    capsys: pytest.CaptureFixture[str], db: Database, db_path: Path, tmp_path: Path
) -> None:
    new_mission(db)
    path = write_csv(tmp_path / "liste.csv", [["Nom", "Prénom", "Société"], ["A", "B", "C"]])
    code, _, err = run(
        capsys, "roster", "import", str(path), "--mission", MISSION, "--db", str(db_path),
        "--map", "Société=company",
    )  # fmt: skip
    assert code == 1
    assert err.startswith("delegation-cli: map: 'company' is not a roster field")
    assert err.count("\n") == 1


def test_cli_import_with_refused_rows_exits_1_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], db: Database, db_path: Path, tmp_path: Path
) -> None:
    new_mission(db)
    path = _mixed_file(tmp_path)
    before = counts(db)
    argv = ["roster", "import", str(path), "--mission", MISSION, "--db", str(db_path)]

    code, out, err = run(capsys, *argv, "--dry-run")
    assert code == 1
    assert "row 3: refused (Seán O'Connor) — Date de naissance: 'le 5 du mois'" in out

    code, out, err = run(capsys, *argv)
    assert code == 1
    assert err == (
        "delegation-cli: 1 row(s) of mixte.csv are refused; nothing was imported "
        "(correct them, or add --skip-refused)\n"
    )
    assert counts(db) == before

    code, out, err = run(capsys, *argv, "--skip-refused")
    assert (code, err) == (0, "")
    assert "Imported: 2 created, 0 added, 0 updated, 1 refused rows skipped." in out
    assert counts(db)["person"] == before["person"] + 2


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _header_only(path: Path) -> None:
    write_csv(path, [["Nom", "Prénom"]])


def _png(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def _xls(path: Path) -> None:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)


def _corrupt_zip(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04" + b"\x00\x14garbage" * 64)


def _damaged_xml(path: Path) -> None:
    import zipfile

    whole = write_xlsx(path.with_suffix(".ok.xlsx"), [["Nom", "Prénom"], ["A", "B"]])
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/workbook.xml":
                data = data[: len(data) // 2]
            target.writestr(info, data)


def _bom_then_cp1252(path: Path) -> None:
    path.write_bytes(b"\xef\xbb\xbfNom;Pr\xc3\xa9nom\r\nLef\xe8vre;Zo\xeb\r\n")


def _no_name_columns(path: Path) -> None:
    write_csv(path, [["Name", "Company"], ["Zoë Lefèvre", "Provence Promotion"]])


def _too_many_rows(path: Path) -> None:
    path.write_text("Nom;Prénom\n" + "Dupont;Jean\n" * 20_001, encoding="utf-8")


@pytest.mark.parametrize(
    ("make", "name", "extra", "message"),
    [
        (_empty, "vide.csv", [], "vide.csv is empty"),
        (_header_only, "entete.csv", [], "entete.csv has a header row but no data rows"),
        (_png, "photo.csv", [], "photo.csv is not a text table (it holds binary data)"),
        (_xls, "liste.xls", [], "liste.xls is an old Excel 97-2003 file (.xls)"),
        (_corrupt_zip, "abime.xlsx", [], "abime.xlsx is not a readable XLSX workbook"),
        (_damaged_xml, "xml.xlsx", [], "xml.xlsx"),
        (_bom_then_cp1252, "melange.csv", [], "melange.csv"),
        (_no_name_columns, "noms.csv", [], "map: no column for 'Nom' (family_name)"),
        (_too_many_rows, "enorme.csv", [], "enorme.csv has more than 20,000 rows"),
        (_header_only, "feuille.csv", ["--sheet", "Feuil2"], "feuille.csv is a text file"),
    ],
)
def test_cli_refuses_a_malformed_file_in_one_line_without_traceback(
    capsys: pytest.CaptureFixture[str],
    db: Database,
    db_path: Path,
    tmp_path: Path,
    make: Any,
    name: str,
    extra: list[str],
    message: str,
) -> None:
    new_mission(db)
    path = tmp_path / name
    make(path)
    before = counts(db)
    code, _, err = run(
        capsys, "roster", "import", str(path), "--mission", MISSION, "--db", str(db_path), *extra
    )
    assert code == 1
    assert err.startswith(f"delegation-cli: {message}")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert counts(db) == before


def test_cli_names_the_sheets_of_a_workbook_when_the_sheet_is_missing(
    capsys: pytest.CaptureFixture[str], db: Database, db_path: Path, tmp_path: Path
) -> None:
    new_mission(db)
    code, _, err = run(
        capsys, "roster", "import", str(ROSTERS / "delegues_deux_feuilles.xlsx"),
        "--mission", MISSION, "--db", str(db_path), "--sheet", "Delegates",
    )  # fmt: skip
    assert code == 1
    assert err == (
        "delegation-cli: delegues_deux_feuilles.xlsx has no sheet 'Delegates' "
        "(it has: Légende, Délégués)\n"
    )


# --- property: arbitrary cells never crash the importer and never half-write ----------------

PROPERTY_HEADERS = (
    "Identifiant", "Nom", "Prénom", "Société", "Fonction", "E-mail", "Téléphone",
    "Date de naissance", "Nationalité", "N° passeport", "Date d'expiration", "Rôle", "Statut",
    "Groupes", "Langue", "Qualité",
)  # fmt: skip
# Values a partner plausibly writes in each column, so that many rows get past the checks
# and the apply runs; arbitrary text then replaces some cells.
PLAUSIBLE: dict[str, tuple[str, ...]] = {
    "Identifiant": ("", "", "", "flefevre", "jdupont"),
    "Nom": ("Lefèvre", "Lefevre", "Dupont", "O'Connor", "Wiśniewski", "=1+1", ""),
    "Prénom": ("François", "Francois", "Jean", "Zoë", "Seán", "Łukasz", "@moi"),
    "Société": ("", "Provence Promotion", "PROVENCE PROMOTION", '=HYPERLINK("x")', "Port; Fos"),
    "Fonction": ("", "Directrice", "-2", "+33", "Chargée d’affaires", "ligne\nligne"),
    "E-mail": ("", "", "jean.dupont@example.fr", "FRANCOIS.LEFEVRE@example.fr", "x@y.fr", "x@"),
    "Téléphone": ("", "06 12 34 56 78", "+1 305 555 0123", "0033491123456", "12"),
    "Date de naissance": ("", "05/11/1970", "5 nov. 1970", "1er févr. 1980", "31/02/1970"),
    "Nationalité": ("", "France", "Allemagne", "USA", "DEU", "Narnia"),
    "N° passeport": ("", "18AB12345"),
    "Date d'expiration": ("", "", "2030-06-30", "30/06/2030"),
    "Rôle": ("", "Élu", "Chef d'entreprise", "Presse", "Business leader", "pilote"),
    "Statut": ("", "Confirmé", "Inscrit", "waitlisted", "peut-être"),
    "Groupes": ("", "Presse", "presse, Délégation officielle", "Staff | Presse", ",;/"),
    "Langue": ("", "fr", "English", "Deutsch"),
    "Qualité": ("", "Maire", "=SUM(A1:A9)"),
}

ARBITRARY = st.text(max_size=60)


@st.composite
def roster_rows(draw: st.DrawFn) -> list[list[str]]:
    rows = []
    for _ in range(draw(st.integers(1, 5))):
        row = [draw(st.sampled_from(PLAUSIBLE[header])) for header in PROPERTY_HEADERS]
        replaced = draw(st.dictionaries(st.integers(0, len(row) - 1), ARBITRARY, max_size=4))
        for index, text in replaced.items():
            row[index] = text
        row.append(draw(ARBITRARY))  # a column nobody maps, under an arbitrary header
        rows.append(row)
    return rows


def _write_property_file(
    directory: Path, fmt: str, encoding: str, delimiter: str, header: str, rows: list[list[str]]
) -> Path:
    table = [[*PROPERTY_HEADERS, header], *rows]
    if fmt == "xlsx":
        # XLSX cannot hold control characters: strip what openpyxl refuses to write.
        cleaned = [[ILLEGAL_CHARACTERS_RE.sub("", cell) for cell in row] for row in table]
        return write_xlsx(directory / "roster.xlsx", cleaned)
    path = directory / "roster.csv"
    with path.open("w", encoding=encoding, errors="replace", newline="") as handle:
        csv.writer(handle, delimiter=delimiter, lineterminator="\r\n").writerows(table)
    return path


@pytest.fixture(scope="module")
def roster_template(empty_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the mission, a known person and a delegate, built once per module."""
    path = tmp_path_factory.mktemp("roster") / "roster.sqlite"
    shutil.copyfile(empty_template, path)
    database = open_database(path)
    try:
        mission = new_mission(database)
        new_person(
            database, "François", "Lefèvre", email="francois.lefevre@example.fr", short="flefevre"
        )
        dupont = new_person(database, "Jean", "Dupont", email="jean.dupont@example.fr")
        with database.transaction() as session:
            press = create_group(session, mission, "Presse").id
        new_delegate(database, mission, dupont, group_ids=[press])
    finally:
        database.close()
    return path


@contextmanager
def _fresh_copy(template: Path, directory: Path) -> Iterator[Database]:
    path = directory / "roster.sqlite"
    shutil.copyfile(template, path)
    database = open_database(path)
    try:
        yield database
    finally:
        database.close()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    rows=roster_rows(),
    header=ARBITRARY,
    fmt=st.sampled_from(["csv", "xlsx"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    delimiter=st.sampled_from([";", ",", "\t"]),
    skip_refused=st.booleans(),
)
def test_arbitrary_cells_never_crash_the_import_and_never_half_write(
    roster_template: Path,
    rows: list[list[str]],
    header: str,
    fmt: str,
    encoding: str,
    delimiter: str,
    skip_refused: bool,
) -> None:
    # A fresh database per example: hypothesis runs every example in the same test call.
    with tempfile.TemporaryDirectory() as directory:
        path = _write_property_file(Path(directory), fmt, encoding, delimiter, header, rows)
        with _fresh_copy(roster_template, Path(directory)) as database:
            before = counts(database)
            try:
                table = read_table(path)
                mapping = apply_overrides(table.headers, guess_mapping(table.headers), [])
                with database.transaction() as session:
                    plan = plan_roster_import(session, MISSION, table, mapping)
                    result = apply_roster_import(session, plan, skip_refused=skip_refused)
            except DomainError as exc:
                # Refused, unreadable or failed midway: nothing at all was written.
                event(f"nothing written ({type(exc).__name__})")
                assert counts(database) == before
                return
            event("applied")
            after = counts(database)
            created, added = plan.count(RowAction.CREATE), plan.count(RowAction.ADD)
            assert (result.created, result.added) == (created, added)
            assert result.updated == plan.count(RowAction.UPDATE)
            assert after["person"] == before["person"] + created
            assert after["participant"] == before["participant"] + created + added
            assert len(result.participant_ids) == len(plan.rows) - len(plan.refused)
