"""What encrypting the database file (SQLCipher) costs, against the same work on a plain file.

On the demo database (Miami 2017, 120 delegates; Toronto-Montréal 2019, 30), each step runs
on a plain and on an encrypted copy, alternately, ``RUNS`` times; the medians and their ratio
(encrypted / plain) are printed. Steps:
- build: the demo database written from its JSON (migrations, then every row);
- open: ``open_database`` (lock, quick_check, engine, schema check) then close, with a key
  typed anew each time, so that the key derivation (PBKDF2, 256,000 rounds) is counted;
- roster: the 120 delegates of Miami listed (``list_roster``);
- read models: the data of the 120 personal booklets (``booklet_data`` for each delegate);
- agendas: every delegate's agenda at once (``agendas_for``);
- backup: a backup by the online backup API, checked, moved into place (the key already
  derived, as in the open window);
and the key derivation alone, which is most of what an encrypted open costs.
Run:
    python tests/benchmarks/bench_encryption.py [RUNS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from delegation_app.interchange.demo import build_demo_database
from delegation_app.services.agenda import agendas_for
from delegation_app.services.booklet import booklet_data
from delegation_app.services.missions import resolve_mission_id
from delegation_app.storage.backup import backup_database
from delegation_app.storage.database import Database, open_database
from delegation_app.storage.sqlite_driver import DatabaseKey, cipher_version

PASSPHRASE = "correct horse battery staple"
MISSION = "miami-2017"


def _key(encrypted: bool) -> DatabaseKey | None:
    return DatabaseKey(PASSPHRASE) if encrypted else None


class _Results:
    def __init__(self) -> None:
        self.timings: dict[str, dict[bool, list[float]]] = {}

    @contextmanager
    def timing(self, step: str, encrypted: bool) -> Iterator[None]:
        start = time.perf_counter()
        yield
        seconds = time.perf_counter() - start
        self.timings.setdefault(step, {False: [], True: []})[encrypted].append(seconds)


def _order(run: int) -> tuple[bool, bool]:
    """Plain first on even runs, encrypted first on odd ones."""
    return (run % 2 == 1, run % 2 == 0)


def main(runs: int = 5) -> None:
    from delegation_app.services.roster import list_roster

    results = _Results()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paths = {False: root / "plain" / "demo.sqlite", True: root / "encrypted" / "demo.sqlite"}
        for run in range(runs):
            for encrypted in _order(run):
                path = paths[encrypted]
                path.parent.mkdir(exist_ok=True)
                key = _key(encrypted)
                with results.timing("build", encrypted):
                    build_demo_database(path, key)

        for run in range(runs):
            for encrypted in _order(run):
                # A key typed anew: its derivation counts, as at a real open.
                with results.timing("open", encrypted):
                    open_database(
                        paths[encrypted],
                        key=_key(encrypted),
                        daily_backup=False,
                        backup_dir=root / "b",
                    ).close()

        databases: dict[bool, Database] = {
            encrypted: open_database(
                path, key=_key(encrypted), daily_backup=False, backup_dir=root / "b"
            )
            for encrypted, path in paths.items()
        }
        try:
            for run in range(runs):
                for encrypted in _order(run):
                    db = databases[encrypted]
                    with db.reading() as session:
                        mission_id = resolve_mission_id(session, MISSION)
                        with results.timing("roster", encrypted):
                            roster = list_roster(session, mission_id)
                    with db.reading() as session, results.timing("read models", encrypted):
                        for entry in roster:
                            booklet_data(session, MISSION, entry.person_id)
                    with db.reading() as session, results.timing("agendas", encrypted):
                        agendas_for(session, mission_id, [e.participant_id for e in roster])
                    assert db.path is not None
                    target = root / f"backup-{encrypted}-{run}.delegation"
                    with results.timing("backup", encrypted):
                        backup_database(db.path, to=target, key=db.key)
        finally:
            for db in databases.values():
                db.close()
        sizes = {encrypted: path.stat().st_size for encrypted, path in paths.items()}
        salt = paths[True].read_bytes()[:16]
        derivations = []
        for _ in range(runs):
            start = time.perf_counter()
            DatabaseKey(PASSPHRASE).pragma_value(salt)
            derivations.append(time.perf_counter() - start)

    print(f"SQLCipher {cipher_version()}; {runs} runs each, medians (encrypted / plain)")
    print(f"{'step':<14}{'plain':>10}{'encrypted':>12}{'ratio':>8}")
    for step, timings in results.timings.items():
        plain = statistics.median(timings[False])
        encrypted = statistics.median(timings[True])
        print(
            f"{step:<14}{plain * 1000:>8.1f}ms{encrypted * 1000:>10.1f}ms{encrypted / plain:>7.2f}x"
        )
    print(
        "of which the key derivation alone (PBKDF2-HMAC-SHA512, 256,000 rounds): "
        f"{statistics.median(derivations) * 1000:.1f}ms, once per open"
    )
    print(
        f"{'file size':<14}{sizes[False] / 1024:>8.0f}KB{sizes[True] / 1024:>10.0f}KB"
        f"{sizes[True] / sizes[False]:>7.2f}x"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
