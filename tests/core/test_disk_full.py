"""A full disk while printing or backing up: one clear sentence, earlier files intact.

Where the machine allows it (an unprivileged user and mount namespace: ``unshare -rm``), the CLI
really writes to a tiny tmpfs that fills up. Elsewhere the same outcome is checked in-process
by making the PDF writer or the copy fail with ENOSPC, as the operating system would.
"""

from __future__ import annotations

import errno
import hashlib
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from delegation_app.cli import main


def _can_mount_tmpfs() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=16k none /mnt"],
        capture_output=True,
    )
    return probe.returncode == 0


REAL_DISK = _can_mount_tmpfs()
BOOKLET = ["booklet", "--mission", "toronto-montreal-2019", "--person", "dparakian"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _on_small_disk(
    mount: Path, size_kb: int, earlier: Path, argv: list[str]
) -> subprocess.CompletedProcess[str]:
    """Run the CLI with ``mount`` a ``size_kb`` tmpfs holding a copy of ``earlier``; print the
    folder's files and their SHA-256 after it, as the tmpfs vanishes with the namespace."""
    command = " ".join(shlex.quote(a) for a in [sys.executable, "-m", "delegation_app.cli", *argv])
    script = (
        f"mount -t tmpfs -o size={size_kb}k none {shlex.quote(str(mount))} && "
        f"cp {shlex.quote(str(earlier))} {shlex.quote(str(mount))}/ && "
        f"{{ {command}; code=$?; }}; "
        f"echo '--- files'; cd {shlex.quote(str(mount))} && ls -A; "
        "echo '--- sums'; sha256sum *; exit $code"
    )
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, timeout=300
    )


def _earlier_booklet(db_path: Path, tmp_path: Path) -> Path:
    (tmp_path / "out").mkdir()
    earlier = tmp_path / "out" / "booklet.pdf"
    code = main([*BOOKLET, "--db", str(db_path), "-o", str(earlier)])
    assert code == 0
    return earlier


@pytest.mark.skipif(not REAL_DISK, reason="needs unshare -rm; the in-process test covers it")
def test_printing_on_a_full_disk_keeps_the_earlier_booklet(
    demo_db_path: Path, tmp_path: Path
) -> None:
    earlier = _earlier_booklet(demo_db_path, tmp_path)
    mount = tmp_path / "usb"
    mount.mkdir()
    # Room for the earlier booklet and a little more: not for a second one beside it.
    size_kb = earlier.stat().st_size // 1024 + 24
    result = _on_small_disk(
        mount,
        size_kb,
        earlier,
        [*BOOKLET, "--db", str(demo_db_path), "--lang", "en", "-o", str(mount / earlier.name)],
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert (
        result.stderr.strip()
        == (f"delegation-cli: No space left on device: {mount / earlier.name}")
        or "No space left on device" in result.stderr.splitlines()[0]
    )
    assert "Traceback" not in result.stderr
    files = result.stdout.split("--- files\n")[1].split("--- sums\n")[0].split()
    assert files == [earlier.name], "no partial file is left behind"
    assert f"{_digest(earlier)}  {earlier.name}" in result.stdout


@pytest.mark.skipif(not REAL_DISK, reason="needs unshare -rm; the in-process test covers it")
@pytest.mark.parametrize("variant", ["plain", "encrypted"])
def test_backing_up_to_a_full_disk_keeps_the_earlier_backup(
    variant: str,
    demo_db_path: Path,
    encrypted_demo_db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if variant == "encrypted":  # the key as the CLI takes it, here and in the subprocess
        from tests.conftest import PASSPHRASE

        monkeypatch.setenv("DELEGATION_DB_KEY", PASSPHRASE)
        demo_db_path = encrypted_demo_db_path
    earlier = tmp_path / "earlier-backup.sqlite"
    assert main(["backup", "create", "--db", str(demo_db_path), "-o", str(earlier)]) == 0
    mount = tmp_path / "usb"
    mount.mkdir()
    size_kb = earlier.stat().st_size // 1024 + 64  # the new copy cannot fit beside it
    result = _on_small_disk(
        mount,
        size_kb,
        earlier,
        ["backup", "create", "--db", str(demo_db_path), "-o", str(mount / "new.sqlite")],
    )
    assert result.returncode == 1, result.stdout + result.stderr
    [message] = result.stderr.strip().splitlines()
    assert message.startswith("delegation-cli: cannot back up")
    assert "full" in message or "No space" in message
    files = result.stdout.split("--- files\n")[1].split("--- sums\n")[0].split()
    assert files == [earlier.name], "the partial copy is removed"
    assert f"{_digest(earlier)}  {earlier.name}" in result.stdout


def test_printing_fails_cleanly_when_the_writer_hits_enospc(
    demo_db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    earlier = _earlier_booklet(demo_db_path, tmp_path)
    before = _digest(earlier)
    capsys.readouterr()

    from reportlab.pdfgen.canvas import Canvas

    def full(_self: Canvas) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(earlier))

    monkeypatch.setattr(Canvas, "save", full)
    code = main([*BOOKLET, "--db", str(demo_db_path), "--lang", "en", "-o", str(earlier)])
    _, err = capsys.readouterr()
    assert code == 1
    assert err == f"delegation-cli: No space left on device: {earlier}\n"
    assert _digest(earlier) == before
    assert [p.name for p in earlier.parent.iterdir()] == [earlier.name]
