"""What imports, exports and the itinerary tell a French coordinator, from real calls.

Each test makes the core refuse something as a coordinator would meet it (a partner's file, a
column mapping, an item that ends before it starts) and checks the sentence said again in
French (``delegation_app.messages``), the field or column named.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from delegation_app.errors import ValidationError
from delegation_app.interchange.roster_columns import apply_overrides, guess_mapping
from delegation_app.interchange.roster_import import (
    ROLE_CHOICES,
    STATUS_CHOICES,
    ImportRefused,
    apply_roster_import,
    plan_roster_import,
)
from delegation_app.interchange.tabular import ImportFileError, read_table
from delegation_app.messages import explain, in_language
from delegation_app.services.itinerary import create_item
from delegation_app.services.missions import StopInput, create_mission
from delegation_app.storage.database import Database
from delegation_app.storage.models import ItemKind, ParticipantRole, ParticipantStatus

MISSION = "miami-2017"
NBSP = "\u00a0"


@pytest.fixture
def mission_id(db: Database) -> int:
    with db.transaction() as session:
        return create_mission(
            session,
            title_fr="Mission Miami",
            short=MISSION,
            start_date=date(2017, 11, 5),
            end_date=date(2017, 11, 10),
            stops=[StopInput(city="Miami", country="US", zone="America/New_York")],
            home_country="FR",
        ).id


def _partner_file(path: Path) -> Path:
    """A roster as French Excel saves it: Windows-1252, semicolons; its second row has a day
    that does not exist and no family name."""
    path.write_bytes(
        "Prénom;Nom;Date de naissance\r\nHélène;Dupré;05/11/1970\r\nJérôme;;32/13/1971\r\n".encode(
            "cp1252"
        )
    )
    return path


def test_a_refused_row_gives_its_reasons_in_french(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    table = read_table(_partner_file(tmp_path / "délégués.csv"))
    with db.transaction() as session:
        plan = plan_roster_import(session, MISSION, table, guess_mapping(table.headers))
    [refused] = plan.refused
    reasons = {p.column: in_language(p.reason, "fr") for p in refused.problems}
    assert reasons == {
        "Nom": "est vide",
        "Date de naissance": (
            f"«{NBSP}32/13/1971{NBSP}» n'est pas une date (écrivez-la sous la forme 05/11/2017)"
        ),
    }
    # The English the CLI prints is unchanged.
    assert {p.reason for p in refused.problems} == {
        "is empty",
        "'32/13/1971' is not a date (write it as 05/11/2017)",
    }


def test_importing_refused_rows_is_refused_in_french(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    table = read_table(_partner_file(tmp_path / "délégués.csv"))
    with db.transaction() as session:
        plan = plan_roster_import(session, MISSION, table, guess_mapping(table.headers))
        with pytest.raises(ImportRefused) as caught:
            apply_roster_import(session, plan)
    assert explain(caught.value, "fr") == (
        f"1 ligne(s) de délégués.csv refusée(s){NBSP}: rien n'a été importé "
        "(corrigez-les, ou demandez expressément à les laisser de côté)"
    )


def test_a_bad_role_lists_the_french_words_it_takes(
    db: Database, mission_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "rôles.csv"
    path.write_bytes("Prénom;Nom;Rôle\r\nHélène;Dupré;Astronaute\r\n".encode("cp1252"))
    table = read_table(path)
    with db.transaction() as session:
        plan = plan_roster_import(session, MISSION, table, guess_mapping(table.headers))
    [problem] = plan.refused[0].problems
    assert (problem.column, in_language(problem.reason, "fr")) == (
        "Rôle",
        f"«{NBSP}Astronaute{NBSP}» ne fait pas partie des choix possibles (chef "
        "d'entreprise, élu, invité, institutionnel, presse, équipe d'organisation)",
    )


def test_the_choices_a_refusal_lists_are_the_enums_values() -> None:
    # Literal, so that the catalogue has their French: they must follow the enums.
    assert ", ".join(sorted(m.value for m in ParticipantRole)) == ROLE_CHOICES
    assert ", ".join(sorted(m.value for m in ParticipantStatus)) == STATUS_CHOICES


def test_an_unreadable_file_is_said_in_french(tmp_path: Path) -> None:
    empty = tmp_path / "vide.csv"
    empty.write_bytes(b" \r\n")
    with pytest.raises(ImportFileError) as caught:
        read_table(empty)
    assert explain(caught.value, "fr") == "vide.csv est vide"
    old = tmp_path / "ancien.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 64)
    with pytest.raises(ImportFileError) as caught:
        read_table(old)
    assert explain(caught.value, "fr") == (
        f"ancien.xls est un ancien fichier Excel 97-2003 (.xls){NBSP}: "
        "enregistrez-le d'abord en .xlsx ou .csv"
    )


def test_a_mapping_naming_a_missing_column_names_the_field_in_french() -> None:
    headers = ("Prénom", "Nom")
    with pytest.raises(ValidationError) as caught:
        apply_overrides(headers, guess_mapping(headers), ["Société=organisation"])
    assert explain(caught.value, "fr") == (
        f"correspondance des colonnes{NBSP}: le fichier n'a pas de colonne «{NBSP}Société{NBSP}»"
    )


def test_an_item_ending_before_it_starts_is_refused_in_french(
    db: Database, mission_id: int
) -> None:
    with db.transaction() as session, pytest.raises(ValidationError) as caught:
        create_item(
            session,
            mission_id=mission_id,
            kind=ItemKind.VISIT,
            title_fr="Visite du port",
            start_local=datetime(2017, 11, 6, 10, 0),
            start_zone="America/New_York",
            end_local=datetime(2017, 11, 6, 9, 0),
        )
    assert explain(caught.value, "fr") == (
        f"fin{NBSP}: 06/11/2017 09:00 (America/New_York) est avant le début "
        "06/11/2017 10:00 (America/New_York)"
    )
