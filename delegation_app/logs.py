"""The program's log files, and the rule that keeps personal data out of them.

``setup_logging(program)`` sends every record to ``<user log folder>/<program>.log`` (rotated
at 1 MB, five old files kept, each readable by the user only), through ``RedactingFilter``,
which is also applied as each record is made, so any other handler gets the redacted record
too. ``install_excepthook`` logs uncaught exceptions with their traceback, redacted alike.

The filter does not trust callers: whatever a message, its arguments, a traceback or an
exception's text holds, these are replaced before a line is written (``redact``):

1. SQL parameter lists that SQLAlchemy puts in its errors (``[parameters: (...)]``), and
   the bound values its SQL echo logs: the values of an INSERT into ``person`` are a
   delegate's record -> ``[parameters: …]``.
2. The value after a personal field's name (``passport_number='12AB34567'``,
   ``'birth_date': datetime.date(1961, 4, 2)``, ``dietary needs: halal``) -> ``[redacted]``.
3. Any value registered at runtime with ``register_sensitive`` (passport numbers, birth
   dates, needs, emergency contacts read from the database), in any letter case.
4. E-mail addresses -> ``[e-mail]``.
5. A passport-like token (6 to 9 letters and digits, at least one digit) next to the word
   passport / passeport / pasaporte / reisepass (before or after it, a few characters
   of ``n°``, ``no``, ``number``, ``:``, quotes between) -> ``[passport]``.
6. A date next to birth / naissance / né(e) le / DOB -> ``[date of birth]``.
7. Phone numbers: international (``+33 6 12 34 56 78``, ``+33612345678``, ``0033…``),
   national with a trunk 0 (``06 12 34 56 78``, ``06.12.34.56.78``, ``020 7946 0958``)
   and North American (``(305) 555-0123``, ``305-555-0123``): 8 to 15 digits separated by
   spaces, dots or hyphens -> ``[phone]``. Dates, times, versions and line numbers do not
   start with ``+`` or ``0`` or have that shape, so they stay.
8. A database key: the value of ``PRAGMA key``/``rekey``, of ``ATTACH ... KEY``, of
   ``DELEGATION_DB_KEY``/``DELEGATION_DB_NEW_KEY``, and raw SQLCipher keys (``x'<hex>'``)
   -> ``[key]``. The program never logs one (keys are applied below SQLAlchemy's echo and
   hidden from ``repr``); this rule is there for what a caller might.

Redaction is a safety net, not a licence: code still logs ids and counts, never values.
Nothing here imports Qt: the window and the command line share it.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import Any

import platformdirs

from delegation_app.paths import APP_AUTHOR, APP_NAME

MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MIN_SENSITIVE_LENGTH = 4  # shorter registered values ("fr", "M.") would blank common words

_handler: logging.Handler | None = None
_log_file: Path | None = None
_problem: str | None = None  # why the log file could not be used, for the diagnostic


# --- where ----------------------------------------------------------------------------------


def log_folder() -> Path:
    """The user's log folder (``~/.local/state/Delegation/log``, ``%LOCALAPPDATA%\\…\\Logs``)."""
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def log_file_name(program: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", program).strip("-.") or "delegation"
    return f"{slug}.log"


def current_log_file() -> Path | None:
    """The file ``setup_logging`` writes to, or None before it (or if it failed)."""
    return _log_file


def logging_problem() -> str | None:
    """Why the log file is not written, if ``setup_logging`` had to give up on it."""
    return _problem


# --- redaction ------------------------------------------------------------------------------

# Registered values by their first word (lower case), so that a line is checked against the
# few values sharing one of its words rather than against thousands of them.
_sensitive: dict[str, frozenset[str]] = {}
_sensitive_lock = threading.Lock()


@functools.cache
def _word() -> re.Pattern[str]:
    return re.compile(r"\w+")


def register_sensitive(values: Iterable[str | None]) -> int:
    """Values never to be written to a log, whatever the context; returns how many are known.

    Values shorter than ``MIN_SENSITIVE_LENGTH`` characters are ignored.
    """
    global _sensitive
    fresh: dict[str, set[str]] = {}
    for value in values:
        folded = (value or "").strip().lower()
        if len(folded) < MIN_SENSITIVE_LENGTH:
            continue
        first = _word().search(folded)
        fresh.setdefault(first.group() if first else "", set()).add(folded)
    with _sensitive_lock:  # copy on write: the filter reads the mapping without the lock
        merged = dict(_sensitive)
        for key, found in fresh.items():
            merged[key] = merged.get(key, frozenset()) | found
        _sensitive = merged
        return sum(len(v) for v in merged.values())


def forget_sensitive() -> None:
    """Forget the registered values (another database was opened; tests)."""
    global _sensitive
    with _sensitive_lock:
        _sensitive = {}


# Patterns as text, compiled at the first record: compiling them costs ~10 ms at start.
_FIELD_NAMES = (
    r"passport[ _]?(?:number|no|num|country|expiry|expiration)|birth[ _]?date|date[ _]of[ _]birth"
    r"|dietary[ _]needs|mobility[ _]needs|emergency[ _]contact|booking[ _]reference"
    r"|date[ _]de[ _]naissance|r[ée]gime[ _]alimentaire|num[ée]ro[ _]de[ _]passeport"
)
_QUOTED = r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|[\w.]+\([^)\n]*\)"
_LABEL_TEXT = r"[^\n;,'\"{}()\[\]]+(?:,[^\n;,'\"{}()\[\]]+)*"  # "no pork, no alcohol"
_PASSPORT_WORD = r"(?:passport|passeport|pasaporte|passaporto|reisepass)\w*"
_GAP = r"(?:[\s:=#'\"°º.,()\[\]-]|\b(?:no|n|nr|num|number|numero|numéro)\b){1,12}?"
_TOKEN = r"(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{6,9}"  # with at least one digit
_DATE = (
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|datetime\.date\(\d{4}, ?\d{1,2}, ?\d{1,2}\)"
)


class _Rules:
    def __init__(self) -> None:
        self.sql_parameters = re.compile(r"\[parameters: [^\n]*")
        self.field_value = re.compile(
            rf"(?P<key>\b(?:{_FIELD_NAMES})\b['\"]?\s*(?:(?P<eq>=)|:)\s*)"
            rf"(?P<value>{_QUOTED}|(?(eq)[^\s,;)}}\]]+|{_LABEL_TEXT}))",
            re.IGNORECASE,
        )
        self.email = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
        self.passport_after = re.compile(
            rf"(?P<lead>\b{_PASSPORT_WORD}{_GAP})(?P<token>{_TOKEN})\b", re.IGNORECASE
        )
        self.passport_before = re.compile(
            rf"\b(?P<token>{_TOKEN})(?P<tail>[\s:=#'\"()-]{{1,4}}{_PASSPORT_WORD})", re.IGNORECASE
        )
        self.birth_date = re.compile(
            r"(?P<lead>\b(?:birth\w*|born|naissance|n[ée]e? le|dob)\b[\s:=#'\"(),-]{0,6})"
            rf"(?P<date>{_DATE})",
            re.IGNORECASE,
        )
        self.phone = re.compile(
            r"(?<![\w+])(?:"
            r"(?P<international>\+\d{1,3}(?:[\s.-]?\(0\))?(?:[\s.-]?\(?\d{1,4}\)?){1,2}"
            r"(?:[\s.-]?\d{2,4}){1,5}|00\d{1,3}(?:[\s.-]?\d{1,4}){3,6})"
            r"|(?P<national>0\d{1,4}(?:[\s.-]?\d{2,4}){2,5})"
            r"|(?P<american>\(\d{3}\)[\s.-]?\d{3}[\s.-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4})"
            r")(?!\w)"
        )
        self.day_first_date = re.compile(r"\d{1,2}([./-])\d{1,2}\1\d{2,4}(?![./-]?\d)")
        self.database_key = re.compile(
            r"(?P<lead>\bPRAGMA\s+(?:\w+\.)?(?:re)?key\s*=\s*|\bKEY\s+(?=['\"])"
            r"|\bDELEGATION_DB_(?:NEW_)?KEY\b['\"]?\s*[=:]\s*)"
            rf"(?P<value>{_QUOTED}|[^\s,;)}}\]]+)",
            re.IGNORECASE,
        )
        self.raw_key = re.compile(r"x'[0-9a-f]{32,}'", re.IGNORECASE)


@functools.cache
def _rules() -> _Rules:
    return _Rules()


# Every rule naming a field or a passport or a birth needs one of these words (lower case).
_WORDS = (
    "passport", "passeport", "pasaporte", "passaporto", "reisepass", "birth", "born",
    "naissance", "né", "dob", "dietary", "mobility", "emergency", "booking", "gime alimentaire",
    "numéro de", "numero de",
)  # fmt: skip
_NOT_A_VALUE = frozenset({"none", "null", "''", '""'})


def _field_value(match: re.Match[str]) -> str:
    if match["value"].strip().lower() in _NOT_A_VALUE:
        return match.group()
    return match["key"] + "[redacted]"


def _phone(match: re.Match[str]) -> str:
    digits = sum(c.isdigit() for c in match.group())
    # A national number has at least 9 digits: 05.11.2017 (a date, 8 digits) is not one.
    lowest = 9 if match["national"] else 8
    if match["national"] and _rules().day_first_date.match(match.group()):
        return match.group()  # 05.11.2017 17 (a date and an hour)
    return "[phone]" if lowest <= digits <= 15 else match.group()


def _passport(match: re.Match[str]) -> str:
    token = match["token"]
    if not any(c.isdigit() for c in token):
        return match.group()
    return match.group().replace(token, "[passport]")


def _registered(text: str) -> str:
    index = _sensitive
    if not index:
        return text
    folded = text.lower()
    candidates = set(index.get("", ()))
    for word in set(_word().findall(folded)):
        candidates.update(index.get(word, ()))
    found = [v for v in candidates if v in folded]
    for value in sorted(found, key=len, reverse=True):  # "12AB3456" inside "12AB34567"
        text = re.sub(re.escape(value), "[redacted]", text, flags=re.IGNORECASE)
    return text


def redact(text: str) -> str:
    """``text`` without the personal data the rules of this module recognise."""
    if not text:
        return text
    # Most lines hold nothing personal: cheap string tests skip the rules that cannot match
    # (and keep the patterns from being compiled at start for the first line).
    lowered = text.lower()
    words = any(word in lowered for word in _WORDS)
    digits = sum(map(str.isdigit, text))
    if "[parameters:" in text:
        text = _rules().sql_parameters.sub("[parameters: …]", text)
    if words:
        text = _rules().field_value.sub(_field_value, text)
    text = _registered(text)
    if "@" in text:
        text = _rules().email.sub("[e-mail]", text)
    if words and digits:
        rules = _rules()
        text = rules.passport_after.sub(_passport, text)
        text = rules.passport_before.sub(_passport, text)
        text = rules.birth_date.sub(lambda m: m["lead"] + "[date of birth]", text)
    if digits >= 8:
        text = _rules().phone.sub(_phone, text)
    if "key" in lowered:
        text = _rules().database_key.sub(lambda m: m["lead"] + "[key]", text)
    if "x'" in lowered:
        text = _rules().raw_key.sub("[key]", text)
    return text


class _Hidden:
    def __repr__(self) -> str:
        return "[parameters: …]"

    __str__ = __repr__


_HIDDEN = _Hidden()
_REDACTED = "_delegation_redacted"


class RedactingFilter(logging.Filter):
    """Rewrites each record so no handler after it sees personal data (``redact``).

    The message is merged with its arguments and redacted; a traceback (``exc_info``) is
    formatted here and redacted into ``exc_text``, which formatters use as it is.
    ``setup_logging`` also applies it as each record is made, so every handler (one the
    command line adds for stderr, a test's capture) gets the redacted record, whatever
    their order; the file handler applies it again for records made some other way.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, _REDACTED, False):
            return True
        setattr(record, _REDACTED, True)
        if record.name.startswith("sqlalchemy.engine") and isinstance(record.args, tuple):
            # SQL echo logs the bound values of each statement as an argument of their own.
            record.args = tuple(
                arg if isinstance(arg, str | int | float) else _HIDDEN for arg in record.args
            )
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep the record, not its arguments
            message = f"{record.msg!s} (arguments not shown)"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


# --- files ----------------------------------------------------------------------------------


def _private_opener(path: str, flags: int) -> int:
    return os.open(path, flags, 0o600)


class _PrivateRotatingFileHandler(logging.FileHandler):
    """A log file rotated at ``max_bytes`` into ``.1`` … ``.<backups>``, created readable by the
    user only (0600 on POSIX).

    What ``logging.handlers.RotatingFileHandler`` does, without importing that module (and
    the queue and pickle modules it brings): 3 ms of the program's start.
    """

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backups = backups

    def _open(self) -> Any:
        return open(self.baseFilename, self.mode, encoding=self.encoding, opener=_private_opener)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is None:
                self.stream = self._open()
            position = self.stream.tell()
            if position and position + len(self.format(record)) + 1 > self.max_bytes:
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for number in range(self.backups - 1, 0, -1):
            older = f"{base}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{number + 1}")
        if self.backups > 0:
            os.replace(base, f"{base}.1")
        else:
            os.remove(base)
        self.stream = self._open()


def _private_folder(folder: Path) -> None:
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)


def setup_logging(program: str, *, folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Log to ``<folder>/<program>.log`` (default: the user's log folder); returns the file.

    Safe to call again (the previous handler is replaced). If the folder cannot be made, the
    program goes on: records go to stderr (still redacted) and ``logging_problem`` says why.
    The file is opened at the first record, which is the start line written here.
    """
    global _handler, _log_file, _problem
    folder = Path(folder) if folder is not None else log_folder()
    path = folder / log_file_name(program)
    handler: logging.Handler
    try:
        _private_folder(folder)
        handler = _PrivateRotatingFileHandler(path, max_bytes=MAX_BYTES, backups=BACKUP_COUNT)
        _log_file, _problem = path, None
    except OSError as exc:
        handler = logging.StreamHandler() if sys.stderr is not None else logging.NullHandler()
        _log_file, _problem = None, f"cannot write logs in {folder}: {exc.strerror or exc}"
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    shutdown_logging(forget_file=False)
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    _redact_as_made()
    from delegation_app import __version__

    logging.getLogger("delegation").info("%s %s started", program, __version__)
    if _problem:
        logging.getLogger("delegation").warning("%s", _problem)
    return path


_factory: Callable[..., logging.LogRecord] | None = None
_previous_factory: Callable[..., logging.LogRecord] | None = None


def _redact_as_made() -> None:
    """Redact each record as it is made (before any handler sees it)."""
    global _factory, _previous_factory
    if _factory is not None and logging.getLogRecordFactory() is _factory:
        return
    previous = logging.getLogRecordFactory()
    redacting = RedactingFilter()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        redacting.filter(record)
        return record

    logging.setLogRecordFactory(factory)
    _factory, _previous_factory = factory, previous


def shutdown_logging(*, forget_file: bool = True) -> None:
    """Remove and close the handler ``setup_logging`` installed (at exit; in tests)."""
    global _handler, _log_file, _factory
    if forget_file and _factory is not None:
        if logging.getLogRecordFactory() is _factory and _previous_factory is not None:
            logging.setLogRecordFactory(_previous_factory)
        _factory = None
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    if forget_file:
        _log_file = None


# --- unexpected errors ----------------------------------------------------------------------

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


def log_unexpected(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    where: str = "unexpected error",
) -> None:
    """Log an uncaught exception with its traceback (redacted like every record)."""
    logging.getLogger("delegation.crash").critical(where, exc_info=(exc_type, exc, tb))


def _print_redacted(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, header: str = ""
) -> None:
    """What Python's default hook prints, redacted: a desktop session keeps stderr in a log
    of its own (the systemd journal, ~/.xsession-errors)."""
    if sys.stderr is None:  # a windowed program on Windows has no stderr
        return
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    with contextlib.suppress(OSError, ValueError):
        print(header + redact(text), file=sys.stderr, end="", flush=True)


def install_excepthook() -> Callable[[], None]:
    """Log uncaught exceptions (main thread and others), then let the previous hooks run;
    Python's own hooks, which print the traceback as it is, are replaced by a redacted print.

    Returns a function that puts the previous hooks back.
    """
    previous = sys.excepthook
    previous_thread = threading.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(exc_type, KeyboardInterrupt):
            log_unexpected(exc_type, exc, tb)
        if previous is sys.__excepthook__:
            _print_redacted(exc_type, exc, tb)
        else:  # a hook someone installed before us (a test runner's) decides what follows
            previous(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "a thread"
        log_unexpected(
            args.exc_type, args.exc_value, args.exc_traceback, where=f"unexpected error in {name}"
        )
        if previous_thread is threading.__excepthook__:
            _print_redacted(
                args.exc_type, args.exc_value, args.exc_traceback, f"Exception in thread {name}:\n"
            )
        else:
            previous_thread(args)

    sys.excepthook = hook
    threading.excepthook = thread_hook

    def uninstall() -> None:
        if sys.excepthook is hook:
            sys.excepthook = previous
        if threading.excepthook is thread_hook:
            threading.excepthook = previous_thread

    return uninstall


# --- reading back ---------------------------------------------------------------------------


@functools.cache
def _record_start() -> re.Pattern[str]:
    return re.compile(
        r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} (?P<level>[A-Z]+) ", re.MULTILINE
    )


_ERROR_LEVELS = ("ERROR", "CRITICAL")


def _records(text: str) -> list[tuple[str, str]]:
    """(level, text) of each record of a log file, a traceback kept with its record."""
    starts = list(_record_start().finditer(text))
    return [
        (
            match["level"],
            text[match.start() : starts[i + 1].start() if i + 1 < len(starts) else None],
        )
        for i, match in enumerate(starts)
    ]


def _summary(record: str) -> str:
    """The record's first line, and the exception's last line when a traceback follows."""
    lines = [line for line in record.rstrip("\n").splitlines() if line.strip()]
    first = lines[0]
    if len(lines) > 1 and any(line.startswith("Traceback") for line in lines[1:]):
        return f"{first} | {lines[-1].strip()}"
    return first


def recent_errors(n: int = 20, *, path: Path | None = None) -> list[str]:
    """The last ``n`` errors of the log (oldest first), one line each, redacted again.

    Reads ``path`` (default: the current log file) and, if needed, its rotated copies.
    """
    path = path if path is not None else _log_file
    if path is None or n <= 0:
        return []
    found: list[str] = []
    files = [path] + [path.with_name(f"{path.name}.{i}") for i in range(1, BACKUP_COUNT + 1)]
    for file in files:
        try:
            text = file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            break
        errors = [_summary(body) for level, body in _records(text) if level in _ERROR_LEVELS]
        found = errors + found
        if len(found) >= n:
            break
    # A line written by an older version, or by hand, goes through today's rules too.
    return [redact(line) for line in found[-n:]]
