"""Backups: daily and before-migration/import copies, rotation, previews, restore, privacy."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from delegation_app.errors import StorageError
from delegation_app.services.missions import StopInput, create_mission, list_missions
from delegation_app.services.people import create_person
from delegation_app.services.roster import add_participant
from delegation_app.storage import migrations
from delegation_app.storage.backup import (
    FOLDER_SETTING,
    RetentionPolicy,
    backup_database,
    backup_file_name,
    backups_to_delete,
    list_backups,
    parse_backup_name,
    reason_slug,
    restore,
    rotate,
)
from delegation_app.storage.database import Database, backup_before, open_database
from delegation_app.storage.lock import DatabaseInUse
from delegation_app.storage.models import ParticipantRole

TODAY = datetime.now().date()


# --- helpers --------------------------------------------------------------------------------


def add_mission(db: Database, short: str, delegates: int = 0) -> int:
    with db.transaction() as session:
        mission = create_mission(
            session,
            title_fr=f"Mission {short}",
            short=short,
            start_date=date(2019, 9, 16),
            end_date=date(2019, 9, 20),
            stops=[StopInput("Tel Aviv", "IL", "Asia/Jerusalem")],
        )
        for number in range(delegates):
            person = create_person(
                session, given_name=f"Zoë{number}", family_name=f"Lefèvre-{short}"
            )
            add_participant(
                session,
                mission_id=mission.id,
                person_id=person.id,
                role=ParticipantRole.BUSINESS_LEADER,
            )
    return mission.id


def shorts(path: Path) -> list[str]:
    """The missions inside a database file, read with the plain driver."""
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT short FROM mission ORDER BY short")]


def set_revision(path: Path, revision: str) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def opened(db_path: Path, folder: Path) -> Iterator[Database]:
    database = open_database(db_path, backup_dir=folder)
    yield database
    database.close()


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    previous = os.umask(0)
    yield
    os.umask(previous)


# --- names ----------------------------------------------------------------------------------


def test_backup_names_say_database_time_and_reason() -> None:
    name = backup_file_name("délégation 2019", datetime(2019, 9, 16, 8, 5, 3), "before-import")
    assert name == "délégation 2019-20190916-080503-before-import.delegation"
    parsed = parse_backup_name(name)
    assert parsed is not None
    assert (parsed.stem, parsed.taken, parsed.reason) == (
        "délégation 2019",
        datetime(2019, 9, 16, 8, 5, 3),
        "before-import",
    )
    numbered = parse_backup_name(backup_file_name("x-1", datetime(2019, 1, 2), "daily", 2))
    assert numbered is not None and (numbered.stem, numbered.reason) == ("x-1", "daily")
    assert parse_backup_name("copie pour l'audit.sqlite") is None
    assert reason_slug("Import « liste définitive ».xlsx") == "import-liste-definitive-xlsx"


# --- rotation: a pure decision, property-tested -----------------------------------------------

REASONS = ["daily", "daily", "daily", "manual", "before-migration-0002", "before-import"]
REASONS += ["before-restore", "copy"]  # "copy": a file not named by the program


@st.composite
def backup_sets(draw: st.DrawFn) -> tuple[list[tuple[Path, datetime]], datetime]:
    start = datetime(2023, 1, 1)
    offsets = draw(st.lists(st.integers(0, 600 * 24 * 60), min_size=0, max_size=60))
    entries = []
    for index, minutes in enumerate(offsets):
        taken = start + timedelta(minutes=minutes)
        reason = draw(st.sampled_from(REASONS))
        if reason == "copy":
            name = f"copie {index}.sqlite"
        else:
            name = backup_file_name("delegation", taken, reason, index)
        entries.append((Path("/backups") / name, taken))
    latest = max((taken for _, taken in entries), default=start)
    now = latest + timedelta(minutes=draw(st.integers(0, 200 * 24 * 60)))
    return entries, now


def _bucket_heads(entries: list[tuple[Path, datetime]], bucket_of: object, count: int) -> set[Path]:
    """The newest entry of each of the ``count`` most recent buckets."""
    assert callable(bucket_of)
    heads: dict[object, tuple[datetime, str, Path]] = {}
    for path, taken in entries:
        key = bucket_of(taken)
        if key not in heads or (taken, path.name) > heads[key][:2]:
            heads[key] = (taken, path.name, path)
    newest_buckets = sorted(heads, key=lambda k: heads[k][:2], reverse=True)[:count]
    return {heads[k][2] for k in newest_buckets}


@settings(max_examples=300, deadline=None)
@given(backup_sets())
def test_rotation_keeps_the_newest_and_the_counts(
    case: tuple[list[tuple[Path, datetime]], datetime],
) -> None:
    entries, now = case
    policy = RetentionPolicy()
    doomed = backups_to_delete(entries, now, policy)
    kept = [(p, t) for p, t in entries if p not in doomed]
    assert doomed <= {p for p, _ in entries}
    if entries:
        newest = max(entries, key=lambda e: (e[1], e[0].name))[0]
        assert newest not in doomed
    heads = {
        "day": _bucket_heads(entries, lambda t: t.date(), policy.daily),
        "week": _bucket_heads(entries, lambda t: t.isocalendar()[:2], policy.weekly),
        "month": _bucket_heads(entries, lambda t: (t.year, t.month), policy.monthly),
    }
    for kind, wanted in heads.items():
        assert not (wanted & doomed), f"the newest copy of a recent {kind} was deleted"
    # Counts: as many recent days, weeks and months as there were (up to the policy's).
    for count, bucket_of in (
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: t.isocalendar()[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    ):
        before = {bucket_of(t) for _, t in entries}
        after = {bucket_of(t) for _, t in kept}
        assert len(after) >= min(count, len(before))
    for path, taken in entries:
        name = parse_backup_name(path.name)
        if name is None or name.reason == "manual":
            assert path not in doomed, "only the program's own automatic copies are deleted"
        elif name.reason.startswith("before-migration") and now - taken <= timedelta(days=90):
            assert path not in doomed, "a copy before a recent migration was deleted"
    # Nothing beyond what the policy asks: every other automatic copy goes.
    needed = set().union(*heads.values())
    for path, taken in kept:
        name = parse_backup_name(path.name)
        if name is None or name.reason == "manual" or path in needed:
            continue
        if now - taken <= timedelta(hours=policy.recent_hours):
            continue  # every copy of the last two days
        assert name.reason.startswith(("before-migration", "before-restore"))
        assert now - taken <= timedelta(days=90)
    # Rotating again deletes nothing more.
    assert backups_to_delete(kept, now, policy) == set()


def test_rotation_of_fifteen_months_of_daily_copies_keeps_the_expected_ones(
    folder: Path,
) -> None:
    folder.mkdir()
    day = date(2024, 1, 1)
    while day <= date(2025, 3, 31):
        taken = datetime.combine(day, datetime.min.time()).replace(hour=9)
        (folder / backup_file_name("delegation", taken, "daily")).write_bytes(b"")
        day += timedelta(days=1)
    extra = {
        "recent migration": backup_file_name(
            "delegation", datetime(2025, 1, 15, 10), "before-migration-0002"
        ),
        "old migration": backup_file_name(
            "delegation", datetime(2024, 11, 1, 10), "before-migration-0001"
        ),
        "manual": backup_file_name("delegation", datetime(2024, 2, 10, 18), "manual"),
        "import": backup_file_name("delegation", datetime(2025, 3, 20, 15), "before-import"),
    }
    for name in extra.values():
        (folder / name).write_bytes(b"")
    (folder / "copie pour l'audit.sqlite").write_bytes(b"")
    other = folder / backup_file_name("other-database", datetime(2024, 1, 1, 9), "daily")
    other.write_bytes(b"")

    deleted = rotate(folder, "delegation", now=datetime(2025, 3, 31, 12))

    left = {parse_backup_name(p.name) for p in folder.iterdir()} - {None}
    dailies = sorted(
        n.taken.date() for n in left if n and n.stem == "delegation" and n.reason == "daily"
    )
    expected = [date(2025, 3, d) for d in range(25, 32)]  # the last 7 days
    # Four ISO weeks: 31 Mar (a Monday) and 24-30 Mar are covered; then the 23rd and the 16th.
    expected += [date(2025, 3, 23), date(2025, 3, 16)]
    expected += [
        date(2024, 4, 30),
        date(2024, 5, 31),
        date(2024, 6, 30),
        date(2024, 7, 31),
        date(2024, 8, 31),
        date(2024, 9, 30),
        date(2024, 10, 31),
        date(2024, 11, 30),
        date(2024, 12, 31),
        date(2025, 1, 31),
        date(2025, 2, 28),
    ]  # one a month for 12 months (March 2025: the 31st)
    assert dailies == sorted(expected)
    names = {p.name for p in folder.iterdir()}
    assert extra["recent migration"] in names
    assert extra["manual"] in names
    assert extra["import"] not in names  # not the newest of its day, week or month
    assert extra["old migration"] not in names  # older than 90 days
    assert "copie pour l'audit.sqlite" in names
    assert other.name in names  # another database's copies are not this one's to rotate
    assert len(deleted) == 456 + 4 - len(expected) - 2


# --- copies at open and before an operation ---------------------------------------------------


def test_first_open_of_the_day_keeps_a_copy_and_later_opens_do_not(
    db_path: Path, folder: Path
) -> None:
    db = open_database(db_path, backup_dir=folder)
    add_mission(db, "austin-2019")
    db.close()
    [first] = list(folder.glob("*.delegation"))
    parsed = parse_backup_name(first.name)
    assert parsed is not None
    assert (parsed.stem, parsed.reason, parsed.taken.date()) == ("test", "daily", TODAY)
    assert shorts(first) == []  # the state before the day's work

    open_database(db_path, backup_dir=folder).close()
    assert list(folder.glob("*.delegation")) == [first]


def test_a_copy_from_yesterday_does_not_count_for_today(db_path: Path, folder: Path) -> None:
    folder.mkdir()
    yesterday = datetime.now() - timedelta(days=1)
    old = folder / backup_file_name("test", yesterday, "daily")
    shutil.copyfile(db_path, old)
    open_database(db_path, backup_dir=folder).close()
    todays = [
        n
        for p in folder.glob("*.delegation")
        if (n := parse_backup_name(p.name)) and n.taken.date() == TODAY
    ]
    assert [n.reason for n in todays] == ["daily"]
    assert old.exists()


def test_a_new_database_has_nothing_to_back_up(tmp_path: Path, folder: Path) -> None:
    open_database(tmp_path / "new.sqlite", backup_dir=folder).close()
    assert not folder.exists()


def test_daily_copy_can_be_switched_off(db_path: Path, folder: Path) -> None:
    open_database(db_path, backup_dir=folder, daily_backup=False).close()
    assert not folder.exists()


def test_a_daily_copy_that_cannot_be_written_is_a_warning_not_a_refusal(
    db_path: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the folder should be")
    db = open_database(db_path, backup_dir=blocker / "backups")
    try:
        assert len(db.warnings) == 1
        assert db.warnings[0].startswith("no backup could be made today: cannot back up")
        add_mission(db, "still-works")
    finally:
        db.close()


def test_backup_before_an_import_holds_the_rows_of_that_moment(
    opened: Database, folder: Path
) -> None:
    add_mission(opened, "miami-2017", delegates=3)
    copy = backup_before(opened, "import")
    add_mission(opened, "toronto-2019")
    parsed = parse_backup_name(copy.name)
    assert parsed is not None and parsed.reason == "before-import"
    assert copy.parent == folder
    assert shorts(copy) == ["miami-2017"]
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT count(*) FROM participant").fetchone() == (3,)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert not list(folder.glob("*.partial"))


def test_two_copies_in_the_same_second_do_not_overwrite_each_other(opened: Database) -> None:
    first = backup_before(opened, "import")
    add_mission(opened, "second")
    second = backup_before(opened, "import")
    assert first != second
    assert (shorts(first), shorts(second)) == ([], ["second"])


def test_the_backup_folder_comes_from_the_setting_unless_a_parameter_says_otherwise(
    db_path: Path, tmp_path: Path
) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "INSERT INTO app_setting (key, value) VALUES (?, ?)", (FOLDER_SETTING, "sauvegardes")
        )
    db = open_database(db_path)
    db.close()
    assert db.backup_folder == tmp_path / "sauvegardes"
    assert [p.name.endswith("-daily.delegation") for p in db.backup_folder.iterdir()] == [True]

    chosen = tmp_path / "chosen"
    db = open_database(db_path, backup_dir=chosen)
    db.close()
    assert db.backup_folder == chosen
    assert backup_before(db, "test").parent == chosen


def test_the_default_backup_folder_is_in_the_user_data_folder(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from delegation_app import paths

    monkeypatch.setattr(paths, "user_data_dir", lambda: tmp_path / "user-data")
    db = open_database(db_path)
    db.close()
    assert db.backup_folder == tmp_path / "user-data" / "backups" / "test"
    assert len(list(db.backup_folder.glob("test-*-daily.delegation"))) == 1


def test_manual_backup_to_a_chosen_file(opened: Database, tmp_path: Path) -> None:
    add_mission(opened, "miami-2017")
    assert opened.path is not None
    chosen = tmp_path / "clé USB" / "copie.sqlite"
    assert backup_database(opened.path, to=chosen) == chosen  # while the database is open
    assert shorts(chosen) == ["miami-2017"]
    with pytest.raises(StorageError, match="already exists"):
        backup_database(opened.path, to=chosen)
    with pytest.raises(StorageError, match="the database itself"):
        backup_database(opened.path, to=opened.path, overwrite=True)


def test_manual_backup_into_the_backup_folder(opened: Database, folder: Path) -> None:
    add_mission(opened, "miami-2017")
    assert opened.path is not None
    copy = backup_database(opened.path, folder=folder)
    assert copy.parent == folder
    assert copy.name.endswith("-manual.delegation")
    assert shorts(copy) == ["miami-2017"]


def test_backup_of_something_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database")
    with pytest.raises(StorageError, match="not an SQLite file"):
        backup_database(notes, to=tmp_path / "copy.sqlite")
    with pytest.raises(StorageError, match="no database"):
        backup_database(tmp_path / "absent.sqlite")


# --- previews -------------------------------------------------------------------------------


def test_list_shows_missions_and_delegate_counts_without_changing_anything(
    demo_db_path: Path, folder: Path
) -> None:
    db = open_database(demo_db_path, backup_dir=folder)
    try:
        with db.reading() as session:
            expected = {m.short: m.participant_count for m in list_missions(session)}
        manual = backup_before(db, "manual check")
    finally:
        db.close()
    snapshot = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}

    found = list_backups(folder)

    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()} == snapshot
    assert found[0].path == manual  # newest first (same second: the later written)
    assert [info.reason for info in found] == ["before-manual-check", "daily"]
    for info in found:
        assert info.problem is None
        assert info.revision == migrations.HEAD
        assert info.taken.date() == TODAY
        assert info.size == info.path.stat().st_size
        assert {m.short: m.delegates for m in info.missions} == expected
        assert info.delegates == sum(expected.values()) > 0


def test_list_names_what_cannot_be_restored(db_path: Path, folder: Path) -> None:
    folder.mkdir()
    (folder / "notes.sqlite").write_text("not a database")
    future = folder / backup_file_name("test", datetime(2030, 1, 1), "daily")
    shutil.copyfile(db_path, future)
    set_revision(future, "ffff_future")
    problems = {
        info.path.name: (info.problem, info.newer_than_program) for info in list_backups(folder)
    }
    assert problems == {
        "notes.sqlite": ("not an SQLite file", False),
        future.name: ("written by a newer version", True),
    }
    assert [i.path for i in list_backups(folder, stem="test")] == [future]


# --- restore --------------------------------------------------------------------------------


def test_restore_brings_back_the_rows_and_keeps_the_current_file(
    db_path: Path, folder: Path
) -> None:
    db = open_database(db_path, backup_dir=folder)
    add_mission(db, "miami-2017", delegates=2)
    good = backup_before(db, "test")
    add_mission(db, "mistake")
    db.close()

    result = restore(good, db_path, backup_dir=folder)

    assert shorts(db_path) == ["miami-2017"]
    assert result.kept_copy is not None
    assert result.kept_copy.name.endswith("-before-restore.delegation")
    assert shorts(result.kept_copy) == ["miami-2017", "mistake"]
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith((".restoring", ".lock"))]
    reopened = open_database(db_path, backup_dir=folder)
    try:
        with reopened.reading() as session:
            assert [m.short for m in list_missions(session)] == ["miami-2017"]
    finally:
        reopened.close()


def test_restore_removes_a_stale_wal_after_keeping_its_commits(db_path: Path, folder: Path) -> None:
    db = open_database(db_path, backup_dir=folder)
    good = backup_before(db, "test")
    db.close()
    # A crash left committed transactions in the WAL, not yet in the main file.
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA wal_autocheckpoint=0")
    connection.execute(
        "INSERT INTO app_setting (key, value) VALUES ('only-in-the-wal', 'committed')"
    )
    connection.commit()
    wal = db_path.with_name(db_path.name + "-wal")
    saved = wal.read_bytes()
    connection.close()
    wal.write_bytes(saved)
    assert wal.stat().st_size > 0

    result = restore(good, db_path, backup_dir=folder)

    assert not wal.exists()
    assert not db_path.with_name(db_path.name + "-shm").exists()
    with sqlite3.connect(db_path) as restored:
        assert restored.execute("SELECT count(*) FROM app_setting").fetchone() == (0,)
    assert result.kept_copy is not None
    with sqlite3.connect(result.kept_copy) as kept:
        assert kept.execute("SELECT value FROM app_setting").fetchall() == [("committed",)]


def test_restore_refuses_while_the_database_is_open(opened: Database, folder: Path) -> None:
    good = backup_before(opened, "test")
    add_mission(opened, "kept")
    assert opened.path is not None
    with pytest.raises(DatabaseInUse, match=r"open in another window \(pid \d+, since "):
        restore(good, opened.path, backup_dir=folder)
    assert shorts(opened.path) == ["kept"]
    assert not [p for p in folder.iterdir() if "before-restore" in p.name]


def test_restore_refuses_a_backup_from_a_newer_program(db_path: Path, tmp_path: Path) -> None:
    future = tmp_path / "future.sqlite"
    shutil.copyfile(db_path, future)
    set_revision(future, "ffff_future")
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match=r"newer version of the program \(schema ffff_future\)"):
        restore(future, db_path, backup_dir=tmp_path / "backups")
    assert db_path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_restore_into_a_lost_file_needs_no_copy(db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path, backup_dir=tmp_path / "b")
    add_mission(db, "miami-2017")
    good = backup_before(db, "test")
    db.close()
    target = tmp_path / "elsewhere" / "new.sqlite"
    result = restore(good, target, backup_dir=tmp_path / "b")
    assert result.kept_copy is None
    assert shorts(target) == ["miami-2017"]


def test_restoring_the_database_onto_itself_is_refused(db_path: Path) -> None:
    with pytest.raises(StorageError, match="the database itself"):
        restore(db_path, db_path)


# --- privacy: files readable by the user only ------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_database_backups_and_restored_files_are_private_whatever_the_umask(
    tmp_path: Path, folder: Path, permissive_umask: None
) -> None:
    path = tmp_path / "new.sqlite"
    db = open_database(path, backup_dir=folder)
    assert mode(path) == 0o600
    assert mode(tmp_path / "new.sqlite.lock") == 0o600
    add_mission(db, "miami-2017")
    for sidecar in ("-wal", "-shm"):
        assert mode(path.with_name(path.name + sidecar)) == 0o600
    copy = backup_before(db, "import")
    chosen = backup_database(path, to=tmp_path / "chosen.sqlite")
    db.close()
    assert mode(copy) == 0o600
    assert mode(chosen) == 0o600
    assert mode(folder) == 0o700
    restored = tmp_path / "restored.sqlite"
    restore(copy, restored, backup_dir=folder)
    assert mode(restored) == 0o600
    open_database(path, backup_dir=folder).close()  # the daily copy
    assert {mode(p) for p in folder.iterdir()} == {0o600}


def test_copies_named_by_earlier_versions_are_still_listed_and_found(
    db_path: Path, folder: Path
) -> None:
    from delegation_app.storage.backup import latest_good_backup, list_backups

    folder.mkdir()
    earlier = folder / "test-20190910-080000-daily.sqlite"  # named by version 0.1
    shutil.copyfile(db_path, earlier)
    new = folder / backup_file_name("test", datetime(2019, 9, 11, 8, 0), "manual")
    assert new.suffix == ".delegation"
    shutil.copyfile(db_path, new)
    assert {info.path.name for info in list_backups(folder, "test")} == {earlier.name, new.name}
    assert latest_good_backup(folder, "test") == new
