"""One writer per file: the lock beside the database, stale locks, other hosts, network shares."""

from __future__ import annotations

import gc
import getpass
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from delegation_app.errors import StorageError
from delegation_app.storage import lock as lock_module
from delegation_app.storage.database import open_database
from delegation_app.storage.lock import (
    DatabaseInUse,
    acquire_lock,
    filesystem_type,
    is_unc_path,
    lock_path_for,
    parse_mount_output,
    parse_proc_mounts,
    read_lock,
)

ROOT = Path(__file__).resolve().parents[2]
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="flock and signals are POSIX")

HOLDER = """
import sys
from pathlib import Path
from delegation_app.storage.database import open_database
db = open_database(Path(sys.argv[1]), daily_backup=False, program="holder")
print("ready", flush=True)
sys.stdin.readline()
db.close()
"""

RACER = """
import sys, time
from pathlib import Path
from delegation_app.storage.lock import DatabaseInUse, acquire_lock
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.001)
try:
    held = acquire_lock(Path(sys.argv[1]), program="racer")
except DatabaseInUse:
    print("refused", flush=True)
else:
    print("won", flush=True)
sys.stdin.readline()
"""


def python(script: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


@pytest.fixture
def holder(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another program with the database open, until the test lets it go."""
    process = python(HOLDER, str(db_path))
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    yield process
    if process.poll() is None:
        process.kill()
    process.wait()


def release(process: subprocess.Popen[str]) -> None:
    assert process.stdin is not None
    process.stdin.write("\n")
    process.stdin.flush()
    process.wait(timeout=30)


def write_lock(db_path: Path, **fields: object) -> None:
    data = {
        "pid": 999_999,
        "host": socket.gethostname(),
        "user": "marie",
        "program": "delegation-app",
        "started": "2017-11-05T09:30:00+01:00",
        **fields,
    }
    lock_path_for(db_path).write_text(json.dumps(data), encoding="utf-8")


def lock_json(db_path: Path) -> dict[str, object]:
    data = json.loads(lock_path_for(db_path).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


# --- the lock of an open database --------------------------------------------------------------


def test_open_writes_a_lock_naming_the_holder_and_close_removes_it(db_path: Path) -> None:
    db = open_database(db_path, daily_backup=False, program="delegation-cli")
    data = lock_json(db_path)
    assert set(data) == {"pid", "host", "user", "program", "started", "token"}
    assert data["pid"] == os.getpid()
    assert data["host"] == socket.gethostname()
    assert data["user"] == getpass.getuser()
    assert data["program"] == "delegation-cli"
    started = datetime.fromisoformat(str(data["started"]))
    assert started.tzinfo is not None
    assert abs(datetime.now().astimezone() - started) < timedelta(minutes=1)
    assert db.warnings == []
    db.close()
    assert not lock_path_for(db_path).exists()
    db.close()  # twice is harmless


def test_a_second_open_is_refused_naming_the_first(db_path: Path) -> None:
    db = open_database(db_path, daily_backup=False)
    try:
        before = lock_json(db_path)
        with pytest.raises(DatabaseInUse) as caught:
            open_database(db_path, daily_backup=False)
        since = datetime.fromisoformat(str(before["started"])).strftime("%Y-%m-%d %H:%M")
        assert str(caught.value) == (
            f"test.sqlite is open in another window (pid {os.getpid()}, since {since}); "
            "close it there first"
        )
        assert isinstance(caught.value, StorageError)  # the UI shows it as any StorageError
        assert lock_json(db_path) == before
    finally:
        db.close()
    open_database(db_path, daily_backup=False).close()


def test_opening_without_the_lock_leaves_no_lock_file(db_path: Path) -> None:
    db = open_database(db_path, daily_backup=False)
    other = open_database(db_path, daily_backup=False, lock=False)
    other.close()
    assert lock_path_for(db_path).exists()  # the first one's lock is untouched
    db.close()
    db = open_database(db_path, daily_backup=False, lock=False)
    assert not lock_path_for(db_path).exists()
    db.close()


def test_a_refused_open_releases_the_lock(db_path: Path) -> None:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    with pytest.raises(StorageError, match="newer version"):
        open_database(db_path, daily_backup=False)
    assert not lock_path_for(db_path).exists()


def test_a_database_dropped_without_close_lets_go_of_its_lock(db_path: Path) -> None:
    db = open_database(db_path, daily_backup=False)
    assert lock_path_for(db_path).exists()
    del db
    gc.collect()
    assert not lock_path_for(db_path).exists()
    open_database(db_path, daily_backup=False).close()


# --- other programs -----------------------------------------------------------------------------


def test_another_program_holding_the_database_is_named(
    db_path: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(DatabaseInUse, match=rf"open in another window \(pid {holder.pid}, since"):
        open_database(db_path, daily_backup=False)
    assert lock_json(db_path)["program"] == "holder"
    release(holder)
    assert not lock_path_for(db_path).exists()
    open_database(db_path, daily_backup=False).close()


@POSIX_ONLY
def test_the_lock_of_a_killed_program_is_taken_over_with_a_note(
    db_path: Path, holder: subprocess.Popen[str]
) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert lock_json(db_path)["pid"] == holder.pid  # left behind
    db = open_database(db_path, daily_backup=False)
    try:
        assert len(db.warnings) == 1
        assert db.warnings[0].startswith(
            f"took over the lock of test.sqlite left by pid {holder.pid} (since "
        )
        assert db.warnings[0].endswith("whose program is no longer running")
        assert lock_json(db_path)["pid"] == os.getpid()
    finally:
        db.close()


def test_a_lock_whose_pid_is_dead_is_taken_over(db_path: Path) -> None:
    pid = dead_pid()
    write_lock(db_path, pid=pid)
    db = open_database(db_path, daily_backup=False)
    try:
        assert db.warnings == [
            f"took over the lock of test.sqlite left by pid {pid} (since 2017-11-05 09:30), "
            "whose program is no longer running"
        ]
        assert lock_json(db_path)["pid"] == os.getpid()
    finally:
        db.close()


@POSIX_ONLY
def test_a_lock_whose_pid_was_reused_after_a_reboot_is_taken_over(db_path: Path) -> None:
    # The pid runs (our parent), but it holds no lock on the file: the lock is from before.
    write_lock(db_path, pid=os.getppid())
    db = open_database(db_path, daily_backup=False)
    try:
        assert "no longer running" in db.warnings[0]
    finally:
        db.close()


def test_an_unreadable_lock_file_is_replaced(db_path: Path) -> None:
    lock_path_for(db_path).write_bytes(b"\x00\x01 half-written")
    old = time.time() - 60
    os.utime(lock_path_for(db_path), (old, old))
    db = open_database(db_path, daily_backup=False)
    try:
        assert db.warnings == ["replaced an unreadable lock file beside test.sqlite"]
        assert lock_json(db_path)["pid"] == os.getpid()
    finally:
        db.close()


def test_a_lock_from_another_computer_is_refused_unless_forced(db_path: Path) -> None:
    write_lock(db_path, host="laptop-x", pid=os.getpid())
    before = lock_path_for(db_path).read_text(encoding="utf-8")
    with pytest.raises(DatabaseInUse) as caught:
        open_database(db_path, daily_backup=False)
    assert str(caught.value) == (
        "test.sqlite is open on laptop-x since 2017-11-05 09:30 (by marie); close it there first"
    )
    assert caught.value.holder is not None and caught.value.holder.host == "laptop-x"
    assert lock_path_for(db_path).read_text(encoding="utf-8") == before

    db = open_database(db_path, daily_backup=False, force=True)
    try:
        assert db.warnings == [
            "took over the lock of test.sqlite from laptop-x (open there since 2017-11-05 09:30)"
        ]
        assert lock_json(db_path)["host"] == socket.gethostname()
    finally:
        db.close()


@POSIX_ONLY
def test_force_does_not_take_a_lock_the_system_says_is_held(
    db_path: Path, holder: subprocess.Popen[str]
) -> None:
    data = lock_json(db_path)
    lock_path_for(db_path).write_text(json.dumps({**data, "host": "laptop-x"}), encoding="utf-8")
    with pytest.raises(DatabaseInUse, match="open on laptop-x"):
        open_database(db_path, daily_backup=False, force=True)


@POSIX_ONLY
def test_only_one_of_many_programs_starting_together_gets_the_lock(
    db_path: Path, tmp_path: Path
) -> None:
    go = tmp_path / "go"
    racers = [python(RACER, str(db_path), str(go)) for _ in range(8)]
    try:
        time.sleep(0.5)  # let them all start and wait on the signal
        go.write_text("")
        answers = []
        for racer in racers:
            assert racer.stdout is not None
            answers.append(racer.stdout.readline().strip())
        assert sorted(answers) == ["refused"] * 7 + ["won"]
        winner = racers[answers.index("won")]
        assert read_lock(db_path) is not None
        assert lock_json(db_path)["pid"] == winner.pid
    finally:
        for racer in racers:
            racer.kill()
            racer.wait()


def test_acquire_and_release_directly(db_path: Path) -> None:
    held = acquire_lock(db_path, program="restore")
    assert held.held and held.note is None
    assert read_lock(db_path) == held.info
    held.release()
    assert not held.held
    assert read_lock(db_path) is None


# --- network shares -------------------------------------------------------------------------


def test_mount_tables_are_read_with_their_escapes() -> None:
    mounts = parse_proc_mounts(
        "/dev/sda1 / ext4 rw,relatime 0 0\n"
        "server:/export /mnt/Mes\\040Missions nfs4 rw,vers=4.2 0 0\n"
        "//nas/partage /mnt/nas cifs rw 0 0\n"
    )
    assert mounts == [("/", "ext4"), ("/mnt/Mes Missions", "nfs4"), ("/mnt/nas", "cifs")]
    assert filesystem_type(Path("/mnt/Mes Missions/delegation.sqlite"), mounts) == "nfs4"
    assert filesystem_type(Path("/mnt/nas2/delegation.sqlite"), mounts) == "ext4"
    assert filesystem_type(Path("/home/marie/delegation.sqlite"), mounts) == "ext4"
    mac = parse_mount_output(
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "//marie@nas.local/Missions on /Volumes/Missions (smbfs, nodev, nosuid, mounted by marie)\n"
    )
    assert mac == [("/", "apfs"), ("/Volumes/Missions", "smbfs")]
    assert filesystem_type(Path("/Volumes/Missions/d.sqlite"), mac) == "smbfs"


def test_windows_network_paths_are_recognised() -> None:
    assert is_unc_path(r"\\serveur\partage\delegation.sqlite")
    assert is_unc_path("//serveur/partage/delegation.sqlite")
    assert not is_unc_path(r"C:\Users\marie\delegation.sqlite")
    assert not is_unc_path(r"\\?\C:\Users\marie\delegation.sqlite")


def test_a_local_database_gets_no_network_warning(db_path: Path) -> None:
    assert lock_module.network_share_warning(db_path) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/mounts")
def test_a_database_on_a_network_share_opens_with_a_warning(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mounts = tmp_path / "mounts"
    share = str(db_path.parent.resolve()).replace(" ", "\\040")
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\nnas:/missions {share} nfs4 rw 0 0\n")
    monkeypatch.setattr(lock_module, "PROC_MOUNTS", mounts)
    db = open_database(db_path, daily_backup=False)
    try:
        assert db.warnings == [
            "test.sqlite is on a network share (nfs4): a database there can be damaged when "
            "the connection drops or two computers use it; copy it to this computer to work on it"
        ]
    finally:
        db.close()
