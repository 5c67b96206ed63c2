"""One writer per database file: a lock file beside it saying who holds it, and where.

``<name>.lock`` is created atomically (``O_CREAT | O_EXCL``) and holds JSON naming the
process, host, user, program and start time, so a refusal can say who has the file. On POSIX
the holder also keeps an ``flock`` on it for as long as it is open: the system drops that lock
when the process dies, however it dies, so a lock left by a crash (or by a process whose pid
was reused after a reboot) is recognised as stale and taken over. Windows has no ``flock``
here; there the pid alone decides (``OpenProcess``), which cannot be tested on this machine.

Also here: the warning for a database on a network share, where SQLite's own locking is not
to be trusted.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import secrets
import socket
import subprocess
import sys
import weakref
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path, PureWindowsPath

from delegation_app.errors import StorageError
from delegation_app.messages import say

if sys.platform != "win32":
    import fcntl

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # no stray lines on the CLI's stderr until logs are set up

LOCK_SUFFIX = ".lock"
ATTEMPTS = 5
UNREADABLE_GRACE_SECONDS = 10  # without flock: a lock being written is not yet stale

PROC_MOUNTS = Path("/proc/mounts")

# Filesystem types that are a network share (Linux /proc/mounts, macOS `mount`).
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "afpfs",
        "webdav",
        "davfs",
        "fuse.davfs2",
        "9p",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "lustre",
        "gpfs",
        "afs",
        "ncpfs",
        "fuse.rclone",
    }
)


class DatabaseInUse(StorageError):
    """The database is open in another window, another program, or on another computer."""

    def __init__(self, message: str, holder: LockInfo | None) -> None:
        super().__init__(message)
        self.holder = holder


@dataclass(frozen=True)
class LockInfo:
    """What the lock file says about its holder."""

    pid: int
    host: str
    user: str
    program: str
    started: str  # ISO 8601, local time with its offset
    token: str = ""  # tells our own lock from one that replaced it

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> LockInfo:
        """Raises ValueError when the text is not a lock of ours."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        pid = data.get("pid")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError("no pid")
        return cls(
            pid=pid,
            host=str(data.get("host", "")),
            user=str(data.get("user", "")),
            program=str(data.get("program", "")),
            started=str(data.get("started", "")),
            token=str(data.get("token", "")),
        )

    @property
    def since(self) -> str:
        """The start time as a person reads it (2017-11-05 09:30)."""
        try:
            return datetime.fromisoformat(self.started).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return self.started or say("an unknown time")


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def this_host() -> str:
    return socket.gethostname()


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some services and containers
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


def _program() -> str:
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return name or "delegation"


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        process_query_limited_information = 0x1000
        still_active = 259
        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == still_active
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but another user's
        return True
    except OSError:
        return False
    return True


def _try_flock(fd: int) -> bool | None:
    """Take the OS lock without waiting: True if taken, False if held, None if unsupported."""
    if sys.platform == "win32":
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:  # some network filesystems refuse flock altogether
        return None
    return True


def _private(path: Path) -> None:
    """Readable by the user only, whatever the umask (POSIX; Windows uses the folder's ACL)."""
    if os.name == "posix":
        os.chmod(path, 0o600)


def _write(fd: int, text: str) -> None:
    # No fsync: after a crash the lock is stale whatever it says, and an empty one is replaced.
    # Truncated after writing, not before: ext4 flushes a file truncated to zero when it is
    # closed (auto_da_alloc), which cost a millisecond at every open.
    data = text.encode("utf-8")
    os.lseek(fd, 0, os.SEEK_SET)
    remaining = data
    while remaining:
        written = os.write(fd, remaining)
        remaining = remaining[written:]
    os.ftruncate(fd, len(data))


def _read(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks).decode("utf-8", errors="replace")


def _read_lock_file(lock_path: Path) -> LockInfo | None:
    try:
        return LockInfo.from_json(lock_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_lock(db_path: Path) -> LockInfo | None:
    """Who holds the database, as its lock file says (None: no lock, or not readable)."""
    return _read_lock_file(lock_path_for(Path(db_path)))


# Locks this process holds, by lock file: a second open in the same process is refused too.
# Weak values: a lock whose Database was dropped without close() is released when collected.
_HELD: weakref.WeakValueDictionary[str, DatabaseLock] = weakref.WeakValueDictionary()


def _release(fd: int, path: Path, token: str) -> None:
    # Only our own lock goes, not one that replaced it (taken over with force). On POSIX it
    # is unlinked while the flock is still held, so nobody takes over a file about to vanish;
    # Windows cannot delete a file that is still open, so there it is closed first.
    current = _read_lock_file(path)
    mine = current is not None and current.token == token
    if sys.platform == "win32":
        with contextlib.suppress(OSError):
            os.close(fd)
    try:
        if mine:
            path.unlink(missing_ok=True)
    except OSError:
        pass
    finally:
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                os.close(fd)


class DatabaseLock:
    """A lock held on a database file; released by ``release()`` (or when collected)."""

    def __init__(self, path: Path, fd: int, info: LockInfo, note: str | None, key: str) -> None:
        self.path = path
        self.info = info
        self.note = note or None  # a stale lock taken over: say so to the user
        self._key = key
        self._finalizer = weakref.finalize(self, _release, fd, path, info.token)

    @property
    def held(self) -> bool:
        return self._finalizer.alive

    def release(self) -> None:
        if _HELD.get(self._key) is self:
            del _HELD[self._key]
        self._finalizer()


def _in_use(db_path: Path, holder: LockInfo) -> DatabaseInUse:
    if holder.host != this_host():
        return DatabaseInUse(
            say(
                "{name} is open on {host} since {since} (by {user}); close it there first",
                name=db_path.name,
                host=holder.host,
                since=holder.since,
                user=holder.user,
            ),
            holder,
        )
    return DatabaseInUse(
        say(
            "{name} is open in another window (pid {pid}, since {since}); close it there first",
            name=db_path.name,
            pid=holder.pid,
            since=holder.since,
        ),
        holder,
    )


def acquire_lock(db_path: Path, *, force: bool = False, program: str | None = None) -> DatabaseLock:
    """Take the lock of ``db_path`` or raise ``DatabaseInUse`` naming who has it.

    A stale lock (its process is gone) is taken over and ``note`` says so. A lock from
    another computer is refused unless ``force`` (the user says that computer is done with
    it); even then, a lock the system reports as actively held is refused.
    """
    db_path = Path(db_path)
    lock_path = lock_path_for(db_path)
    key = str(lock_path.resolve())
    if (mine := _HELD.get(key)) is not None:
        raise _in_use(db_path, mine.info)
    info = LockInfo(
        pid=os.getpid(),
        host=this_host(),
        user=_user(),
        program=program or _program(),
        started=datetime.now().astimezone().isoformat(timespec="seconds"),
        token=secrets.token_hex(8),
    )
    for _ in range(ATTEMPTS):
        try:
            fd = os.open(lock_path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
        except FileExistsError:
            taken = _take_over(db_path, lock_path, info, force=force)
            if taken is None:
                continue  # the lock vanished or changed hands while we looked: look again
            fd, note = taken
        except OSError as exc:
            raise StorageError(
                say(
                    "cannot create the lock file {lock}: {reason}",
                    lock=lock_path,
                    reason=exc.strerror,
                )
            ) from exc
        else:
            note = ""
            if _try_flock(fd) is False:
                # Someone judged our empty new file stale and took it: theirs now.
                os.close(fd)
                continue
        try:
            _write(fd, info.to_json())
            _private(lock_path)
        except OSError as exc:
            os.close(fd)
            with contextlib.suppress(OSError):
                lock_path.unlink()
            raise StorageError(
                say(
                    "cannot write the lock file {lock}: {reason}",
                    lock=lock_path,
                    reason=exc.strerror,
                )
            ) from exc
        if note:
            log.warning("%s", note)
        lock = DatabaseLock(lock_path, fd, info, note, key)
        _HELD[key] = lock
        return lock
    raise StorageError(
        say("cannot take the lock of {name}: it keeps changing; try again", name=db_path.name)
    )


def _take_over(
    db_path: Path, lock_path: Path, info: LockInfo, *, force: bool
) -> tuple[int, str] | None:
    """Open an existing lock; return (fd, note) once taken over, None to retry, or raise."""
    try:
        fd = os.open(lock_path, os.O_RDWR)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StorageError(
            say("cannot read the lock file {lock}: {reason}", lock=lock_path, reason=exc.strerror)
        ) from exc
    try:
        note = _judge(db_path, fd, info, force=force)
        same_file = os.fstat(fd).st_ino == os.stat(lock_path).st_ino
    except FileNotFoundError:
        same_file = False
    except BaseException:
        os.close(fd)
        raise
    if not same_file:  # removed or replaced while we looked: start again with the new file
        os.close(fd)
        return None
    return fd, note


def _judge(db_path: Path, fd: int, info: LockInfo, *, force: bool) -> str:
    """Whether an existing lock may be taken over: the note saying so, or DatabaseInUse."""
    try:
        holder: LockInfo | None = LockInfo.from_json(_read(fd))
    except ValueError:
        holder = None
    free = _try_flock(fd)  # None: no flock here, decide on the pid alone
    if holder is None:
        age = datetime.now().timestamp() - os.fstat(fd).st_mtime
        if free is False or (free is None and age < UNREADABLE_GRACE_SECONDS):
            raise DatabaseInUse(
                say(
                    "{name} is being opened by another program; try again in a moment",
                    name=db_path.name,
                ),
                None,
            )
        return say("replaced an unreadable lock file beside {name}", name=db_path.name)
    if free is False:  # the system says a live process holds it
        raise _in_use(db_path, holder)
    if holder.host != info.host:
        if not force:
            raise _in_use(db_path, holder)
        return say(
            "took over the lock of {name} from {host} (open there since {since})",
            name=db_path.name,
            host=holder.host,
            since=holder.since,
        )
    if free is None and holder.pid != info.pid and pid_alive(holder.pid):
        raise _in_use(db_path, holder)
    # Dead, or alive without the flock: a pid reused after a crash and a reboot.
    return say(
        "took over the lock of {name} left by pid {pid} (since {since}), whose program is no "
        "longer running",
        name=db_path.name,
        pid=holder.pid,
        since=holder.since,
    )


# --- network shares -------------------------------------------------------------------------


def _unescape_mount(text: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes (\040).
    out = []
    i = 0
    while i < len(text):
        code = text[i + 1 : i + 4]
        if text[i] == "\\" and len(code) == 3 and all(c in "01234567" for c in code):
            out.append(chr(int(code, 8)))
            i += 4
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def parse_proc_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, filesystem type) pairs from Linux ``/proc/mounts``."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append((_unescape_mount(fields[1]), fields[2]))
    return mounts


def parse_mount_output(text: str) -> list[tuple[str, str]]:
    """(mount point, filesystem type) pairs from macOS/BSD ``mount``.

    Lines read ``//user@server/share on /Volumes/share (smbfs, nodev, nosuid)``.
    """
    mounts = []
    for line in text.splitlines():
        head, sep, options = line.rpartition(" (")
        if not sep or " on " not in head:
            continue
        mount_point = head.split(" on ", 1)[1]
        mounts.append((mount_point, options.split(",")[0].strip(" )")))
    return mounts


def filesystem_type(path: Path, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the filesystem holding ``path``: the longest mount point above it."""
    text = path.as_posix()
    best: tuple[int, str] | None = None
    for mount_point, kind in mounts:
        prefix = mount_point.rstrip("/")
        above = text == prefix or text.startswith(prefix + "/") or mount_point == "/"
        if above and (best is None or len(prefix) > best[0]):
            best = (len(prefix), kind)
    return best[1] if best else None


def is_unc_path(path: str) -> bool:
    r"""A Windows network path (``\\server\share\...``)."""
    drive = PureWindowsPath(path).drive
    return drive.startswith(("\\\\", "//")) and not drive.startswith(("\\\\?\\", "\\\\.\\"))


def _existing(path: Path) -> Path:
    path = path.absolute()
    while not path.exists() and path.parent != path:
        path = path.parent
    return path.resolve()


def network_share_kind(path: Path) -> str | None:
    """The kind of network share holding ``path`` (e.g. ``nfs4``), or None when local."""
    if sys.platform == "win32":
        text = str(path.absolute())
        if is_unc_path(text):
            return say("network path")
        import ctypes

        drive_remote = 4
        drive = PureWindowsPath(text).drive
        if drive and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote:
            return say("network drive")
        return None
    where = _existing(path)
    try:
        if sys.platform.startswith("linux"):
            mounts = parse_proc_mounts(PROC_MOUNTS.read_text(encoding="utf-8"))
        else:  # macOS and the BSDs
            output = subprocess.run(
                ["mount"], capture_output=True, text=True, timeout=5, check=False
            ).stdout
            mounts = parse_mount_output(output)
    except (OSError, subprocess.SubprocessError):
        return None
    kind = filesystem_type(where, mounts)
    return kind if kind in NETWORK_FILESYSTEMS else None


def network_share_warning(path: Path) -> str | None:
    """A sentence for the user when ``path`` is on a network share; None when local."""
    kind = network_share_kind(Path(path))
    if kind is None:
        return None
    return say(
        "{name} is on a network share ({kind}): a database there can be damaged when the "
        "connection drops or two computers use it; copy it to this computer to work on it",
        name=Path(path).name,
        kind=kind,
    )
