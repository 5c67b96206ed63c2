"""An encrypted database (SQLCipher) keeps every guarantee of a plain one.

WAL, busy timeout and foreign keys; quick_check at open and damage told apart from a wrong key
and from a file that is not a database; migrations after a backup; backups by the online
backup API, encrypted with the same key; previews, restore, rotation; the lock; 0600 files;
and encrypt / decrypt / rekey, which never leave a half-converted file.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text

from delegation_app.cli import main
from delegation_app.errors import StorageError, ValidationError
from delegation_app.services.missions import list_missions
from delegation_app.storage import migrations
from delegation_app.storage import sqlite_driver as driver
from delegation_app.storage.backup import (
    ENCRYPTED_NO_KEY,
    ENCRYPTED_OTHER_KEY,
    backup_database,
    backup_file_name,
    latest_good_backup,
    list_backups,
    parse_backup_name,
    preview_backup,
    restore,
    rotate,
    take_backup,
)
from delegation_app.storage.database import (
    DamagedDatabase,
    Database,
    DatabaseKey,
    EncryptionUnavailable,
    KeyRequired,
    WrongKey,
    backup_before,
    integrity_check,
    open_database,
)
from delegation_app.storage.encryption import decrypt_database, encrypt_database, rekey_database
from delegation_app.storage.lock import DatabaseInUse
from delegation_app.storage.sqlite_driver import FileKind, file_kind
from tests.conftest import PASSPHRASE
from tests.core.test_backup import add_mission, mode
from tests.core.test_migrations import _build_at, _fill, _revisions, assert_rows_kept

# A passport number and a family name of the demo's delegates (resources/demo/miami-2017.json):
# what must never be readable in an encrypted file.
SECRETS = (b"15KD42817", b"Marchetti")


# --- helpers --------------------------------------------------------------------------------


def read_with_sqlcipher(path: Path, passphrase: str, sql: str) -> list[tuple[object, ...]]:
    """Rows read with SQLCipher's own key derivation, as any SQLCipher tool would."""
    connection = sqlcipher.connect(str(path))
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        return [tuple(row) for row in connection.execute(sql).fetchall()]
    finally:
        connection.close()


def shorts(path: Path, key: DatabaseKey | None) -> list[str]:
    """The missions inside a database file, plain or encrypted."""
    with closing(driver.connect(path, driver.key_for(path, key), read_only=True)) as connection:
        return [row[0] for row in connection.execute("SELECT short FROM mission ORDER BY short")]


def counts(path: Path, key: DatabaseKey | None) -> dict[str, int]:
    with closing(driver.connect(path, driver.key_for(path, key), read_only=True)) as connection:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def holds_secrets(*paths: Path) -> list[str]:
    found = []
    for path in paths:
        if path.exists():
            data = path.read_bytes()
            found += [f"{path.name}: {s!r}" for s in SECRETS if s in data]
    return found


def damage_encrypted(path: Path, *, pages: int = 4) -> None:
    """Random bytes over whole pages in the middle; the first page (the key check) is kept."""
    size = 4096
    count = path.stat().st_size // size
    assert count > 20
    with path.open("r+b") as handle:
        handle.seek((count // 2) * size)
        handle.write(random.Random(1917).randbytes(size * pages))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def opened(encrypted_demo_db_path: Path, folder: Path, key: DatabaseKey) -> Iterator[Database]:
    database = open_database(encrypted_demo_db_path, backup_dir=folder, key=key)
    yield database
    database.close()


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    previous = os.umask(0)
    yield
    os.umask(previous)


# --- telling files apart ----------------------------------------------------------------------


def test_an_encrypted_database_has_no_header_and_no_readable_personal_data(
    encrypted_demo_db_path: Path, demo_db_path: Path
) -> None:
    assert holds_secrets(demo_db_path), "the plain demo holds the values looked for"
    assert encrypted_demo_db_path.read_bytes()[:16] != driver.SQLITE_HEADER
    assert file_kind(encrypted_demo_db_path) is FileKind.ENCRYPTED
    assert file_kind(demo_db_path) is FileKind.PLAIN
    assert holds_secrets(encrypted_demo_db_path) == []
    found = "SELECT count(*) FROM person WHERE family_name = 'Marchetti'"
    assert read_with_sqlcipher(encrypted_demo_db_path, PASSPHRASE, found) == [(1,)]


def test_without_a_key_an_encrypted_database_asks_for_it(
    encrypted_demo_db_path: Path, tmp_path: Path
) -> None:
    with pytest.raises(KeyRequired) as caught:
        open_database(encrypted_demo_db_path, backup_dir=tmp_path / "b")
    assert str(caught.value) == f"{encrypted_demo_db_path} is encrypted: enter its key"
    assert not (tmp_path / "b").exists()


def test_a_wrong_key_says_so_and_is_told_apart_from_damage_and_from_other_files(
    encrypted_demo_db_path: Path, tmp_path: Path, key: DatabaseKey
) -> None:
    before = encrypted_demo_db_path.read_bytes()
    with pytest.raises(WrongKey, match=r"the key does not open .*either the key is wrong"):
        open_database(encrypted_demo_db_path, key=DatabaseKey("not the key"))
    assert encrypted_demo_db_path.read_bytes() == before
    assert not encrypted_demo_db_path.with_name("demo.sqlite.lock").exists()

    notes = tmp_path / "notes.sqlite"
    notes.write_text("a text file, not a database\n" * 200)
    with pytest.raises(StorageError, match=r"not a database of this program \(not an SQLite"):
        open_database(notes, key=key)

    damage_encrypted(encrypted_demo_db_path)
    with pytest.raises(DamagedDatabase, match="is damaged"):
        open_database(encrypted_demo_db_path, key=key, backup_dir=tmp_path / "b")


def test_without_sqlcipher_an_encrypted_database_names_the_extra_to_install(
    encrypted_demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, key: DatabaseKey
) -> None:
    def missing(path: Path | None = None) -> object:
        raise EncryptionUnavailable(path)

    monkeypatch.setattr(driver, "cipher_module", missing)
    with pytest.raises(EncryptionUnavailable, match=r"install delegation-app\[encryption\]"):
        open_database(encrypted_demo_db_path, key=key)
    with pytest.raises(EncryptionUnavailable, match=r"is encrypted, but this installation"):
        open_database(encrypted_demo_db_path)


def test_the_key_is_never_shown_by_repr() -> None:
    key = DatabaseKey(PASSPHRASE)
    assert PASSPHRASE not in repr(key) and PASSPHRASE not in str(key)
    with pytest.raises(ValidationError, match="at least 8"):
        DatabaseKey.new("short")


# --- connection rules and open ------------------------------------------------------------------


def test_an_encrypted_database_keeps_wal_busy_timeout_and_foreign_keys(opened: Database) -> None:
    assert opened.encrypted
    assert PASSPHRASE not in repr(opened)
    with opened.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert connection.execute(text("PRAGMA cipher_version")).scalar()
    with pytest.raises(Exception, match="FOREIGN KEY constraint failed"), opened.transaction() as s:
        s.execute(
            text(
                "INSERT INTO stop (mission_id, position, city, country, zone, start_date,"
                " end_date) VALUES (999, 9, 'Haifa', 'IL', 'Asia/Jerusalem', '2019-09-16',"
                " '2019-09-20')"
            )
        )
    with opened.reading() as session:
        assert {m.short for m in list_missions(session)} == {"miami-2017", "toronto-montreal-2019"}
    assert opened.path is not None
    wal = opened.path.with_name(opened.path.name + "-wal")
    assert wal.exists()
    assert holds_secrets(opened.path, wal) == []


def test_a_new_database_opened_with_a_key_is_created_encrypted(
    tmp_path: Path, key: DatabaseKey
) -> None:
    path = tmp_path / "new.sqlite"
    db = open_database(path, key=key, backup_dir=tmp_path / "b")
    add_mission(db, "tel-aviv-2019", delegates=3)
    db.close()
    assert file_kind(path) is FileKind.ENCRYPTED
    assert read_with_sqlcipher(path, PASSPHRASE, "SELECT short FROM mission") == [
        ("tel-aviv-2019",)
    ]


def test_writes_from_the_window_and_the_cli_side_by_side_on_an_encrypted_file(
    opened: Database, key: DatabaseKey
) -> None:
    # A reader alongside the writer (WAL): what the CLI does while the window has the file.
    assert opened.path is not None
    add_mission(opened, "seoul-2019")
    reader = open_database(opened.path, lock=False, upgrade=False, daily_backup=False, key=key)
    try:
        with reader.reading() as session:
            assert "seoul-2019" in {m.short for m in list_missions(session)}
    finally:
        reader.close()


def test_the_lock_keeps_a_second_writer_out_of_an_encrypted_database(
    opened: Database, key: DatabaseKey
) -> None:
    assert opened.path is not None
    with pytest.raises(DatabaseInUse, match="open in another window"):
        open_database(opened.path, key=key)
    with pytest.raises(DatabaseInUse):
        rekey_database(opened.path, key, DatabaseKey("another long key"))


# --- integrity ----------------------------------------------------------------------------------


def test_damage_in_an_encrypted_file_is_found_at_open_and_the_latest_encrypted_backup_offered(
    encrypted_demo_db_path: Path, folder: Path, key: DatabaseKey
) -> None:
    db = open_database(encrypted_demo_db_path, backup_dir=folder, key=key)  # the day's copy
    db.close()
    [good] = folder.iterdir()
    assert integrity_check(encrypted_demo_db_path, key) == []
    damage_encrypted(encrypted_demo_db_path)
    damaged = encrypted_demo_db_path.read_bytes()
    problems = integrity_check(encrypted_demo_db_path, key)
    assert problems

    with pytest.raises(DamagedDatabase) as caught:
        open_database(encrypted_demo_db_path, backup_dir=folder, key=key)
    assert caught.value.latest_backup == good

    result = restore(good, encrypted_demo_db_path, backup_dir=folder, key=key)
    assert result.kept_copy is not None
    assert result.kept_copy.read_bytes() == damaged  # kept as it was: encrypted bytes
    assert file_kind(encrypted_demo_db_path) is FileKind.ENCRYPTED
    assert integrity_check(encrypted_demo_db_path, key) == []
    assert shorts(encrypted_demo_db_path, key) == ["miami-2017", "toronto-montreal-2019"]


def test_damage_to_the_first_page_is_told_from_a_wrong_key_by_the_backups_salt(
    encrypted_demo_db_path: Path, folder: Path, key: DatabaseKey
) -> None:
    open_database(encrypted_demo_db_path, backup_dir=folder, key=key).close()
    [good] = folder.iterdir()
    with encrypted_demo_db_path.open("r+b") as handle:  # past the salt, inside page 1
        handle.seek(1000)
        handle.write(random.Random(5).randbytes(500))
    with pytest.raises(DamagedDatabase) as caught:
        open_database(encrypted_demo_db_path, backup_dir=folder, key=key)
    assert caught.value.latest_backup == good
    assert "first page cannot be read with the key that opens its backups" in str(caught.value)
    # Another key opens no backup either: that is a wrong key, said as such.
    with pytest.raises(WrongKey):
        open_database(encrypted_demo_db_path, backup_dir=folder, key=DatabaseKey("not it!"))
    restore(good, encrypted_demo_db_path, backup_dir=folder, key=key)
    assert integrity_check(encrypted_demo_db_path, key) == []


def test_the_full_check_of_an_encrypted_file_verifies_every_page(
    encrypted_demo_db_path: Path, key: DatabaseKey
) -> None:
    damage_encrypted(encrypted_demo_db_path, pages=1)
    problems = integrity_check(encrypted_demo_db_path, key)
    assert problems
    with pytest.raises(KeyRequired):
        integrity_check(encrypted_demo_db_path)


# --- migrations ---------------------------------------------------------------------------------


def test_an_older_encrypted_database_is_upgraded_after_an_encrypted_backup(
    tmp_path: Path, key: DatabaseKey
) -> None:
    oldest = _revisions()[0]
    plain = tmp_path / "plain.sqlite"
    _build_at(plain, oldest)
    before = _fill(plain)
    path = tmp_path / "mission.sqlite"
    driver.export_copy(plain, None, path, key)
    folder = tmp_path / "backups"

    db = open_database(path, backup_dir=folder, key=key)
    try:
        with db.engine.connect() as connection:
            assert migrations.current_revision(connection) == migrations.HEAD
        assert_rows_kept(before, db.engine)  # renamed, mapped and moved columns too
    finally:
        db.close()
    [copy] = folder.glob("*.delegation")
    assert copy.name.endswith(f"-before-migration-{oldest}.delegation")
    assert file_kind(copy) is FileKind.ENCRYPTED
    assert read_with_sqlcipher(copy, PASSPHRASE, "SELECT version_num FROM alembic_version") == [
        (oldest,)
    ]


# --- backups ------------------------------------------------------------------------------------


def test_every_backup_of_an_encrypted_database_is_encrypted_with_its_key(
    opened: Database, folder: Path, tmp_path: Path, key: DatabaseKey
) -> None:
    assert opened.path is not None
    add_mission(opened, "austin-2019", delegates=2)
    before_import = backup_before(opened, "import")
    manual = backup_database(opened.path, folder=folder, key=key)
    chosen = backup_database(opened.path, to=tmp_path / "usb" / "copy.delegation", key=key)
    [daily] = folder.glob("*-daily.delegation")
    for copy in (daily, before_import, manual, chosen):
        assert file_kind(copy) is FileKind.ENCRYPTED, copy.name
        assert holds_secrets(copy) == [], copy.name
        # The same passphrase opens it through SQLCipher's own derivation: the same salt.
        assert copy.read_bytes()[:16] == opened.path.read_bytes()[:16]
        assert read_with_sqlcipher(copy, PASSPHRASE, "PRAGMA journal_mode") == [("delete",)]
    assert "austin-2019" not in shorts(daily, key)  # the state before the day's work
    assert "austin-2019" in shorts(before_import, key)
    assert not list(folder.glob("*.partial"))
    with pytest.raises(KeyRequired):
        backup_database(opened.path, folder=folder)


def test_previews_of_encrypted_backups_need_the_key_and_name_another_key(
    opened: Database, folder: Path, key: DatabaseKey
) -> None:
    backup_before(opened, "test")
    with_key = list_backups(folder, "demo", key)
    assert [i.problem for i in with_key] == [None, None]
    assert all(i.encrypted for i in with_key)
    assert {m.short: m.delegates for m in with_key[0].missions}["miami-2017"] > 0
    assert {i.problem for i in list_backups(folder, "demo")} == {ENCRYPTED_NO_KEY}
    other = list_backups(folder, "demo", DatabaseKey("another long key"))
    assert {i.problem for i in other} == {ENCRYPTED_OTHER_KEY}
    assert latest_good_backup(folder, "demo", DatabaseKey("another long key")) is None
    assert latest_good_backup(folder, "demo", key) in {i.path for i in with_key}


def test_rotation_treats_encrypted_backups_as_any_other(
    encrypted_db_path: Path, folder: Path, key: DatabaseKey
) -> None:
    start = datetime(2025, 1, 1, 9)
    made = [
        take_backup(encrypted_db_path, folder, "daily", now=start + timedelta(days=n), key=key)
        for n in range(20)
    ]
    deleted = rotate(folder, "test", now=start + timedelta(days=19, hours=1))
    left = sorted(p.name for p in folder.iterdir())
    # 7 daily, plus the newest of each of the 4 ISO weeks and of the month, all within the 20.
    assert len(left) == len(made) - len(deleted)
    kept_days = sorted(n.taken.date() for p in folder.iterdir() if (n := parse_backup_name(p.name)))
    assert kept_days[-7:] == [(start + timedelta(days=n)).date() for n in range(13, 20)]
    assert all(file_kind(folder / name) is FileKind.ENCRYPTED for name in left)


def test_restore_of_an_encrypted_backup_needs_its_key_and_keeps_the_current_file(
    opened: Database, folder: Path, key: DatabaseKey
) -> None:
    assert opened.path is not None
    path = opened.path
    good = backup_before(opened, "test")
    add_mission(opened, "mistake")
    opened.close()
    with pytest.raises(KeyRequired):
        restore(good, path, backup_dir=folder)
    with pytest.raises(WrongKey):
        restore(good, path, backup_dir=folder, key=DatabaseKey("another long key"))
    assert "mistake" in shorts(path, key)

    result = restore(good, path, backup_dir=folder, key=key)

    assert "mistake" not in shorts(path, key)
    assert result.kept_copy is not None and file_kind(result.kept_copy) is FileKind.ENCRYPTED
    assert "mistake" in shorts(result.kept_copy, key)
    assert file_kind(path) is FileKind.ENCRYPTED


def test_a_plain_backup_restored_onto_an_encrypted_database_is_encrypted_on_the_way(
    demo_db_path: Path, encrypted_db_path: Path, folder: Path, key: DatabaseKey
) -> None:
    plain_backup = folder / backup_file_name("test", datetime(2024, 5, 1, 9), "daily")
    folder.mkdir()
    shutil.copyfile(demo_db_path, plain_backup)
    with pytest.raises(KeyRequired):
        restore(plain_backup, encrypted_db_path, backup_dir=folder)

    restore(plain_backup, encrypted_db_path, backup_dir=folder, key=key)

    assert file_kind(encrypted_db_path) is FileKind.ENCRYPTED
    assert holds_secrets(encrypted_db_path) == []
    assert counts(encrypted_db_path, key) == counts(demo_db_path, None)
    open_database(encrypted_db_path, backup_dir=folder, key=key).close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_encrypted_files_and_their_backups_are_private_whatever_the_umask(
    tmp_path: Path, folder: Path, key: DatabaseKey, permissive_umask: None
) -> None:
    path = tmp_path / "new.sqlite"
    db = open_database(path, backup_dir=folder, key=key)
    add_mission(db, "miami-2017")
    for sidecar in ("", "-wal", "-shm"):
        assert mode(path.with_name(path.name + sidecar)) == 0o600
    assert mode(tmp_path / "new.sqlite.lock") == 0o600
    copy = backup_before(db, "import")
    db.close()
    restored = tmp_path / "restored.sqlite"
    restore(copy, restored, backup_dir=folder, key=key)
    new_key = DatabaseKey("another long key")
    rekey_database(path, key, new_key, backup_dir=folder)
    assert {mode(p) for p in (copy, restored, path)} == {0o600}
    assert {mode(p) for p in folder.iterdir()} == {0o600}
    assert mode(folder) == 0o700


# --- encrypt, decrypt, rekey ----------------------------------------------------------------


def test_encrypt_then_decrypt_keeps_every_row_and_says_which_backups_stay_plain(
    demo_db_path: Path, folder: Path, key: DatabaseKey
) -> None:
    open_database(demo_db_path, backup_dir=folder).close()  # a plain daily copy
    [plain_daily] = folder.iterdir()
    expected = counts(demo_db_path, None)

    result = encrypt_database(demo_db_path, key, backup_dir=folder)

    assert file_kind(demo_db_path) is FileKind.ENCRYPTED
    assert holds_secrets(demo_db_path) == []
    assert not demo_db_path.with_name("demo.sqlite-wal").exists()
    assert counts(demo_db_path, key) == expected
    assert result.left_behind == (plain_daily,)
    assert result.purged == ()
    assert file_kind(result.backup) is FileKind.ENCRYPTED
    assert result.backup.name.endswith("-encrypted.delegation")
    assert counts(result.backup, key) == expected
    db = open_database(demo_db_path, backup_dir=folder, key=key)
    db.close()
    assert integrity_check(demo_db_path, key) == []

    back = decrypt_database(demo_db_path, key, backup_dir=folder)

    assert file_kind(demo_db_path) is FileKind.PLAIN
    assert counts(demo_db_path, None) == expected
    assert file_kind(back.backup) is FileKind.PLAIN
    assert result.backup in back.left_behind  # the encrypted copies stay encrypted


def test_encrypt_can_delete_the_plain_backups(
    demo_db_path: Path, folder: Path, key: DatabaseKey
) -> None:
    open_database(demo_db_path, backup_dir=folder).close()
    [plain_daily] = folder.iterdir()
    result = encrypt_database(demo_db_path, key, backup_dir=folder, purge_plain_backups=True)
    assert result.purged == (plain_daily,)
    assert result.left_behind == ()
    assert [p.name for p in folder.iterdir()] == [result.backup.name]
    assert holds_secrets(*folder.iterdir()) == []


def test_rekey_moves_the_database_to_the_new_key_and_names_the_old_key_backups(
    opened: Database, folder: Path, key: DatabaseKey
) -> None:
    assert opened.path is not None
    path = opened.path
    expected_missions = shorts(path, key)
    opened.close()
    [old_daily] = folder.iterdir()
    new_key = DatabaseKey("a brand new passphrase")

    result = rekey_database(path, key, new_key, backup_dir=folder)

    with pytest.raises(WrongKey):
        open_database(path, key=key)
    assert shorts(path, new_key) == expected_missions
    assert result.left_behind == (old_daily,)
    assert preview_backup(old_daily, new_key).problem == ENCRYPTED_OTHER_KEY
    assert preview_backup(result.backup, new_key).problem is None
    assert path.read_bytes()[:16] != old_daily.read_bytes()[:16]  # a new salt too
    with pytest.raises(StorageError, match="the new key is the current one"):
        rekey_database(path, new_key, DatabaseKey("a brand new passphrase"), backup_dir=folder)


def test_encrypt_refuses_what_it_cannot_convert_and_changes_nothing(
    demo_db_path: Path, encrypted_db_path: Path, tmp_path: Path, key: DatabaseKey
) -> None:
    with pytest.raises(StorageError, match="already encrypted: nothing to encrypt"):
        encrypt_database(encrypted_db_path, key, backup_dir=tmp_path / "b")
    with pytest.raises(StorageError, match="not encrypted: nothing to decrypt"):
        decrypt_database(demo_db_path, key, backup_dir=tmp_path / "b")
    with pytest.raises(WrongKey):
        decrypt_database(encrypted_db_path, DatabaseKey("another long key"))
    size, count = 4096, demo_db_path.stat().st_size // 4096
    with demo_db_path.open("r+b") as handle:
        handle.seek((count // 2) * size)
        handle.write(random.Random(3).randbytes(size * 4))
    damaged = demo_db_path.read_bytes()
    with pytest.raises(StorageError, match=r"is damaged .*restore a backup before"):
        encrypt_database(demo_db_path, key, backup_dir=tmp_path / "b")
    assert demo_db_path.read_bytes() == damaged
    assert not [p for p in demo_db_path.parent.iterdir() if p.name.endswith(".converting")]


def test_a_conversion_left_half_done_by_a_crash_is_cleaned_up(
    demo_db_path: Path, folder: Path, key: DatabaseKey
) -> None:
    leftover = demo_db_path.with_name(demo_db_path.name + ".converting")
    leftover.write_bytes(b"half an export")
    encrypt_database(demo_db_path, key, backup_dir=folder)
    assert not leftover.exists()
    assert file_kind(demo_db_path) is FileKind.ENCRYPTED


# --- the command line -----------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_encrypt_takes_the_key_from_the_environment_and_lists_plain_backups(
    capsys: pytest.CaptureFixture[str],
    demo_db_path: Path,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    key: DatabaseKey,
) -> None:
    db = str(demo_db_path)
    assert run(capsys, "backup", "create", "--db", db, "--folder", str(folder))[0] == 0
    [plain] = folder.iterdir()
    monkeypatch.setenv("DELEGATION_DB_KEY", PASSPHRASE)
    code, out, err = run(capsys, "encrypt", "--db", db, "--folder", str(folder))
    assert (code, err) == (0, "")
    assert f"{demo_db_path} is now encrypted (SQLCipher)." in out
    assert f"1 earlier backup(s) in {folder} hold the data in clear; delete them with " in out
    assert f"  {plain.name}\n" in out
    assert PASSPHRASE not in out
    code, out, _ = run(capsys, "missions", "list", "--db", db, "--json")
    assert code == 0 and "miami-2017" in out
    code, out, _ = run(capsys, "backup", "list", "--db", db, "--folder", str(folder), "--json")
    assert code == 0 and '"encrypted": true' in out and '"encrypted": false' in out

    monkeypatch.delenv("DELEGATION_DB_KEY")
    code, _, err = run(capsys, "missions", "list", "--db", db)
    assert code == 1
    assert err == (
        f"delegation-cli: {demo_db_path} is encrypted: enter its key (set $DELEGATION_DB_KEY, "
        "or run the command in a terminal to type it)\n"
    )


def test_cli_asks_the_key_on_a_terminal_three_times(
    capsys: pytest.CaptureFixture[str],
    encrypted_demo_db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import delegation_app.cli as cli

    monkeypatch.delenv("DELEGATION_DB_KEY", raising=False)
    monkeypatch.setattr(cli, "_can_ask", lambda: True)
    typed = iter(["wrong one", "wrong two", PASSPHRASE])
    prompts: list[str] = []
    monkeypatch.setattr(
        cli.getpass, "getpass", lambda prompt: prompts.append(prompt) or next(typed)
    )
    code, out, err = run(capsys, "missions", "list", "--db", str(encrypted_demo_db_path))
    assert code == 0 and "miami-2017" in out
    assert prompts == ["Key of demo.sqlite: "] * 3
    assert err.count("That key does not open demo.sqlite.") == 2

    typed = iter(["wrong"] * 3)
    code, _, err = run(capsys, "missions", "list", "--db", str(encrypted_demo_db_path))
    assert code == 1
    assert err.endswith("either the key is wrong, or the file is not a database of this program\n")


def test_cli_rekey_and_decrypt(
    capsys: pytest.CaptureFixture[str],
    encrypted_demo_db_path: Path,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = str(encrypted_demo_db_path)
    monkeypatch.setenv("DELEGATION_DB_KEY", PASSPHRASE)
    monkeypatch.setenv("DELEGATION_DB_NEW_KEY", "short")
    code, _, err = run(capsys, "rekey", "--db", db, "--folder", str(folder))
    assert code == 1 and "at least 8 characters" in err
    monkeypatch.setenv("DELEGATION_DB_NEW_KEY", "a brand new passphrase")
    code, out, err = run(capsys, "rekey", "--db", db, "--folder", str(folder))
    assert (code, err) == (0, "")
    assert "is now encrypted with the new key" in out
    code, _, err = run(capsys, "decrypt", "--db", db, "--folder", str(folder))
    assert code == 1 and "the key comes from $DELEGATION_DB_KEY" in err
    monkeypatch.setenv("DELEGATION_DB_KEY", "a brand new passphrase")
    code, out, err = run(capsys, "decrypt", "--db", db, "--folder", str(folder))
    assert (code, err) == (0, "")
    assert file_kind(encrypted_demo_db_path) is FileKind.PLAIN


def test_the_key_is_no_command_line_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["encrypt", "--db", "x.sqlite", "--key", PASSPHRASE])
    assert "unrecognized arguments: --key" in capsys.readouterr().err


def test_the_key_reaches_neither_the_log_nor_the_diagnostic(
    capsys: pytest.CaptureFixture[str],
    encrypted_demo_db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import logging

    from delegation_app import logs
    from delegation_app.diagnostics import diagnostic_text

    monkeypatch.setenv("DELEGATION_DB_KEY", PASSPHRASE)
    assert run(capsys, "check", "--db", str(encrypted_demo_db_path), "--mission", "miami-2017")[
        0
    ] in (0, 1)
    # Whatever a caller might log with it is redacted too.
    logging.getLogger("delegation_app.test").error("PRAGMA key = '%s' failed", PASSPHRASE)
    logs.shutdown_logging()
    written = "".join(p.read_text() for p in logs.log_folder().glob("*.log"))
    assert "PRAGMA key = [key]" in written
    assert PASSPHRASE not in written
    text_ = diagnostic_text(encrypted_demo_db_path)
    assert "encrypted (SQLCipher): contents not read without the key" in text_
    assert "SQLCipher: 4." in text_
    assert PASSPHRASE not in text_
    assert "Marchetti" not in text_


def test_errors_of_sqlcipher_are_caught_like_those_of_sqlite3(
    encrypted_demo_db_path: Path, key: DatabaseKey
) -> None:
    connection = driver.connect(encrypted_demo_db_path, key)
    try:
        with pytest.raises(driver.errors()):
            connection.execute("SELECT * FROM no_such_table")
    finally:
        connection.close()
    assert sqlcipher.Error in driver.errors()
    assert not issubclass(sqlcipher.Error, sqlite3.Error)  # why the tuple is needed
