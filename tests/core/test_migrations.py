"""Every schema revision upgrades to head with every row intact; models and migrations agree."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    insert,
    select,
)

from delegation_app import paths
from delegation_app.errors import StorageError
from delegation_app.storage import migrations
from delegation_app.storage.database import backup_dir_for, make_engine, open_database, sqlite_url
from delegation_app.storage.models import Base


def _revisions() -> list[str]:
    scripts = migrations._scripts()
    return [s.revision for s in reversed(list(scripts.walk_revisions()))]


def _build_at(path: Path, revision: str) -> None:
    engine = make_engine(sqlite_url(path), foreign_keys=False)
    migrations.upgrade(engine, revision)
    engine.dispose()


def _value(column: Any, row: int) -> Any:
    """A representative value for a column, different per row, valid for its type."""
    kind = column.type
    if isinstance(kind, Enum):
        return kind.enums[row % len(kind.enums)]
    if isinstance(kind, Boolean):
        return row % 2 == 0
    if isinstance(kind, DateTime):
        return datetime(2017, 11, 5 + row, 9, 30)
    if isinstance(kind, Date):
        return date(2017, 11, 5 + row)
    if isinstance(kind, Integer):
        return row + 1
    if isinstance(kind, Float):
        return 25.77 + row
    if isinstance(kind, LargeBinary):
        return bytes([row]) * 16
    if isinstance(kind, String | Text):
        length = getattr(kind, "length", None) or 40
        text = f"Zoë é & <{column.name}>{row}"
        return text[:length]
    raise AssertionError(f"no sample value for {column} of type {kind!r}")


def _fill(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Two rows in every table of the schema as it is at this revision (foreign keys -> 1, 2)."""
    engine = make_engine(sqlite_url(path))
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.begin() as connection:
        for table in metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            for row in range(2):
                values = {}
                for column in table.columns:
                    integer_key = column.primary_key and isinstance(column.type, Integer)
                    if column.foreign_keys or integer_key:
                        values[column.name] = row + 1
                    else:
                        values[column.name] = _value(column, row)
                connection.execute(insert(table).values(values))
    content = _dump(engine, metadata)
    engine.dispose()
    return content


def _dump(engine: Any, metadata: MetaData) -> dict[str, list[dict[str, Any]]]:
    content = {}
    with engine.connect() as connection:
        for table in metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            ordered: Table = table
            rows = connection.execute(select(ordered).order_by(*ordered.primary_key.columns))
            content[table.name] = [dict(r._mapping) for r in rows]
    return content


# Columns renamed by a revision: (table, old name) -> new name.
RENAMED = {("itinerary_item", "notes"): "notes_fr", ("lead", "status"): "stage"}
# Values a revision changed: (table, old column name) -> {old value: new value}.
MAPPED = {
    ("lead", "status"): {
        "new": "contact",
        "qualified": "study",
        "visit_planned": "site_visit",
        "location_project": "decision",
    }
}
# Columns a revision moved into other tables (see _moved_lead_columns).
MOVED = frozenset({("lead", "meeting_id"), ("lead", "next_step"), ("lead", "next_step_due")})


def _kept(table: str, name: str, value: Any) -> Any:
    return MAPPED.get((table, name), {}).get(value, value)


def _moved_lead_columns(before: dict[str, list[dict[str, Any]]], engine: Any) -> None:
    """Revision 0007: a lead's meeting became a link, its next step an open follow-up action."""
    leads = before.get("lead", [])
    if not leads or "meeting_id" not in leads[0]:
        return
    metadata = MetaData()
    metadata.reflect(engine, only=["lead_meeting", "follow_up_action"])
    after = _dump(engine, metadata)
    assert {(r["lead_id"], r["meeting_id"]) for r in after["lead_meeting"]} == {
        (lead["id"], lead["meeting_id"]) for lead in leads if lead["meeting_id"] is not None
    }
    assert [
        (r["lead_id"], r["description"], r["due_date"], r["owner_id"], r["status"], r["meeting_id"])
        for r in after["follow_up_action"]
    ] == [
        (lead["id"], lead["next_step"], lead["next_step_due"], lead["owner_id"], "open", None)
        for lead in leads
        if lead["next_step"] is not None
    ]


@pytest.mark.parametrize("revision", _revisions())
def test_every_revision_upgrades_to_head_with_every_row_intact(
    revision: str, tmp_path: Path
) -> None:
    path = tmp_path / "old.sqlite"
    _build_at(path, revision)
    before = _fill(path)
    assert all(len(rows) == 2 for rows in before.values())

    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        with db.engine.connect() as connection:
            assert migrations.current_revision(connection) == migrations.head_revision()
        assert_rows_kept(before, db.engine)
    finally:
        db.close()


def assert_rows_kept(before: dict[str, list[dict[str, Any]]], engine: Any) -> None:
    """Every value of ``before`` is in the upgraded database behind ``engine``.

    Later revisions may add columns; every value that existed before must be there unchanged,
    under its new name where a revision renamed the column, as mapped where one mapped it, or
    in the table it was moved to.
    """
    metadata = MetaData()
    metadata.reflect(engine, only=list(before))
    after = _dump(engine, metadata)
    _moved_lead_columns(before, engine)
    kept = {
        table: [
            {
                name: row[RENAMED.get((table, name), name)]
                for name in rows[0]
                if (table, name) not in MOVED
            }
            for row in after[table]
        ]
        for table, rows in before.items()
    }
    expected = {
        table: [
            {
                name: _kept(table, name, value)
                for name, value in row.items()
                if (table, name) not in MOVED
            }
            for row in rows
        ]
        for table, rows in before.items()
    }
    assert kept == expected


def test_upgrade_at_open_keeps_a_backup_of_the_older_file(tmp_path: Path) -> None:
    first, *later = _revisions()
    if not later:
        pytest.fail("needs at least two revisions to exercise an upgrade")
    path = tmp_path / "mission.sqlite"
    folder = tmp_path / "backups"
    _build_at(path, first)
    before = _fill(path)

    open_database(path, backup_dir=folder).close()

    # The copy before the migration stands for the day's backup: no second copy.
    backups = list(folder.glob("*.delegation"))
    assert len(backups) == 1
    assert backups[0].name.startswith("mission-")
    assert backups[0].name.endswith(f"-before-migration-{first}.delegation")
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (first,)
        assert copy.execute("SELECT count(*) FROM mission").fetchone() == (len(before["mission"]),)


def test_opening_a_current_database_takes_no_migration_backup(
    db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    open_database(db_path, backup_dir=folder).close()
    open_database(db_path, backup_dir=folder).close()
    names = [p.name for p in folder.glob("*.delegation")]
    assert len(names) == 1  # the day's copy, once
    assert names[0].endswith("-daily.delegation")


def test_backups_go_to_the_user_data_folder_by_default(db_path: Path) -> None:
    folder = backup_dir_for(db_path)
    assert folder == paths.user_data_dir() / "backups" / "test"
    assert folder != db_path.parent


def test_a_failed_upgrade_backup_leaves_the_old_file_unchanged(tmp_path: Path) -> None:
    first, *_ = _revisions()
    path = tmp_path / "mission.sqlite"
    _build_at(path, first)
    _fill(path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    before = path.read_bytes()
    with pytest.raises(StorageError, match="cannot back up"):
        open_database(path, backup_dir=blocker / "backups")
    assert path.read_bytes() == before
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (first,)


def test_models_and_migrations_agree(db_path: Path) -> None:
    engine = make_engine(sqlite_url(db_path))
    with engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
    engine.dispose()
    assert diff == []


def test_database_from_a_newer_program_is_refused_untouched(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="newer version"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database")
    with pytest.raises(StorageError, match="not a database"):
        open_database(path)


def test_foreign_key_tables_are_all_named(db_path: Path) -> None:
    # Batch migrations on SQLite need named constraints; an unnamed one breaks a later ALTER.
    with sqlite3.connect(db_path) as connection:
        sql = [row[0] for row in connection.execute("SELECT sql FROM sqlite_master") if row[0]]
    foreign_keys = sum(s.count("FOREIGN KEY") for s in sql)
    named = sum(s.count("CONSTRAINT fk_") for s in sql)
    assert foreign_keys > 20
    assert named == foreign_keys


def test_head_constant_is_the_newest_script() -> None:
    # The program compares with HEAD at open so that it need not load Alembic each time.
    assert migrations.script_head() == migrations.HEAD


def _revision_0006_with_leads(path: Path) -> None:
    """A database at 0006 with a lead at each old status, two of them from a meeting."""
    _build_at(path, "0006")
    with sqlite3.connect(path) as connection:
        connection.executescript(
            """
            INSERT INTO mission (id, short, title_fr, title_en, start_date, end_date, home_zone,
                                 home_country, status)
            VALUES (1, 'miami-2017', 'Miami', 'Miami', '2017-11-05', '2017-11-10',
                    'Europe/Paris', 'FR', 'done'),
                   (2, 'toronto-2019', 'Toronto', 'Toronto', '2019-07-08', '2019-07-12',
                    'Europe/Paris', 'FR', 'done');
            INSERT INTO organisation (id, short, name, kind)
            VALUES (1, 'oceanic', 'Oceanic Yacht Refit', 'company');
            INSERT INTO person (id, short, given_name, family_name, language)
            VALUES (1, 'amartinez', 'Agnès', 'Martinez', 'fr');
            INSERT INTO b2b_meeting (id, mission_id, organisation_id, status, priority,
                                     interpreter_needed, locked)
            VALUES (1, 1, 1, 'held', 1, 0, 0), (2, 1, 1, 'held', 2, 0, 0);
            INSERT INTO lead (id, mission_id, meeting_id, organisation_id, owner_id, status,
                              jobs_expected, next_step, next_step_due)
            VALUES (1, 1, 1, 1, 1, 'new', 10, 'Visite de site', '2018-01-25'),
                   (2, 1, 2, 1, NULL, 'qualified', 20, NULL, NULL),
                   (3, 1, NULL, 1, 1, 'visit_planned', 30, 'Choix du site', NULL),
                   (4, 2, NULL, 1, NULL, 'location_project', 40, NULL, NULL),
                   (5, 2, NULL, 1, NULL, 'settled', 50, NULL, NULL),
                   (6, NULL, NULL, 1, NULL, 'lost', NULL, NULL, NULL);
            """
        )


def test_revision_0007_maps_lead_statuses_to_stages_and_keeps_meetings_and_next_steps(
    tmp_path: Path,
) -> None:
    from delegation_app.services.leads import get_lead
    from delegation_app.storage.models import FollowUpStatus, LeadStage

    path = tmp_path / "old.sqlite"
    _revision_0006_with_leads(path)
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        with db.reading() as session:
            details = {lead_id: get_lead(session, lead_id) for lead_id in range(1, 7)}
    finally:
        db.close()
    assert {i: d.lead.stage for i, d in details.items()} == {
        1: LeadStage.CONTACT,
        2: LeadStage.STUDY,
        3: LeadStage.SITE_VISIT,
        4: LeadStage.DECISION,
        5: LeadStage.SETTLED,
        6: LeadStage.LOST,
    }
    assert {i: d.lead.jobs_expected for i, d in details.items()} == {
        1: 10, 2: 20, 3: 30, 4: 40, 5: 50, 6: None,
    }  # fmt: skip
    assert {i: [m.meeting.id for m in d.meetings] for i, d in details.items()} == {
        1: [1], 2: [2], 3: [], 4: [], 5: [], 6: [],
    }  # fmt: skip
    assert {i: d.lead.mission_short for i, d in details.items()} == {
        1: "miami-2017", 2: "miami-2017", 3: "miami-2017",
        4: "toronto-2019", 5: "toronto-2019", 6: None,
    }  # fmt: skip
    actions = {i: [(a.description, a.due_date, a.owner, a.status) for a in d.actions]
               for i, d in details.items() if d.actions}  # fmt: skip
    assert actions == {
        1: [("Visite de site", date(2018, 1, 25), "Agnès Martinez", FollowUpStatus.OPEN)],
        3: [("Choix du site", None, "Agnès Martinez", FollowUpStatus.OPEN)],
    }
    # When they reached their stage is not known: no history is made up.
    assert all(d.history == () and d.lead.stage_since is None for d in details.values())
    assert all(d.lead.investment_expected is None for d in details.values())


def test_revision_0007_downgrades_back_to_the_old_leads(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "old.sqlite"
    _revision_0006_with_leads(path)
    with sqlite3.connect(path) as connection:
        before = connection.execute(
            "SELECT id, mission_id, meeting_id, status, next_step, next_step_due FROM lead "
            "ORDER BY id"
        ).fetchall()
    engine = make_engine(sqlite_url(path), foreign_keys=False)
    migrations.upgrade(engine, "0007")
    with engine.begin() as connection:
        command.downgrade(migrations.alembic_config(connection), "0006")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        after = connection.execute(
            "SELECT id, mission_id, meeting_id, status, next_step, next_step_due FROM lead "
            "ORDER BY id"
        ).fetchall()
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert after == before
    assert not tables & {"lead_meeting", "lead_stage_change", "follow_up_action"}
