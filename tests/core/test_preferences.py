"""Preferences kept in the database: organisation, home city and zone (new missions' default),
and the backup folder that the automatic backups then use."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from delegation_app.errors import ValidationError
from delegation_app.services.missions import StopInput, create_mission
from delegation_app.services.preferences import (
    database_preferences,
    save_database_preferences,
)
from delegation_app.storage.database import Database, backup_before, open_database
from delegation_app.storage.models import Setting


def _save(db: Database, **changes: object) -> None:
    values: dict[str, object] = {
        "organisation_name": "Ville de Marseille",
        "home_city": "Marseille",
        "home_zone": "Europe/Paris",
        "backup_folder": None,
    }
    values.update(changes)
    with db.transaction() as session:
        save_database_preferences(session, **values)  # type: ignore[arg-type]


def test_preferences_are_saved_and_read_back(db: Database, tmp_path: Path) -> None:
    _save(db, home_city="  Marseille ", home_zone="America/Montreal", backup_folder=tmp_path)
    with db.reading() as session:
        stored = database_preferences(session)
    assert stored.organisation_name == "Ville de Marseille"
    assert stored.home_city == "Marseille"
    assert stored.home_zone == "America/Montreal"
    assert stored.backup_folder == tmp_path


def test_empty_fields_remove_their_settings(db: Database, tmp_path: Path) -> None:
    _save(db, backup_folder=tmp_path, home_zone="Asia/Tokyo")
    _save(db, organisation_name=" ", home_city="", home_zone="", backup_folder="")
    with db.reading() as session:
        stored = database_preferences(session)
        keys = list(session.scalars(select(Setting.key)))
    assert (stored.organisation_name, stored.home_city, stored.backup_folder) == (None, None, None)
    assert stored.home_zone == "Europe/Paris"
    assert not {"organisation.name", "home.city", "home.zone", "backup.folder"} & set(keys)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"home_zone": "Europe/Marseille"}, "home time zone"),
        ({"backup_folder": "backups"}, "backup folder"),
        ({"organisation_name": "x" * 201}, "organisation name"),
    ],
)
def test_a_bad_field_is_refused_by_name_and_nothing_is_written(
    db: Database, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        _save(db, home_city="Lyon", **changes)
    assert refused.value.field == field
    with db.reading() as session:
        assert database_preferences(session).home_city is None


def test_a_file_is_refused_as_backup_folder(db: Database, tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    with pytest.raises(ValidationError, match="is a file") as refused:
        _save(db, backup_folder=a_file)
    assert refused.value.field == "backup folder"


def test_a_new_mission_takes_the_home_zone_of_the_preferences(db: Database) -> None:
    _save(db, home_zone="America/Montreal")
    with db.transaction() as session:
        mission = create_mission(
            session,
            title_fr="Paris",
            start_date=date(2019, 9, 2),
            end_date=date(2019, 9, 5),
            stops=[StopInput(city="Paris", country="FR", zone="Europe/Paris")],
        )
    assert mission.home_zone == "America/Montreal"


def test_backups_at_open_and_before_an_import_go_to_the_folder_chosen(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    chosen = tmp_path / "chosen backups"
    _save(db, backup_folder=chosen)
    db.close()
    reopened = open_database(db_path, lock=False)
    try:
        assert reopened.backup_folder == chosen
        daily = list(chosen.glob("test-*-daily.delegation"))
        assert len(daily) == 1
        before_import = backup_before(reopened, "import")
        assert before_import.parent == chosen
        assert before_import.name.endswith("-before-import.delegation")
    finally:
        reopened.close()
