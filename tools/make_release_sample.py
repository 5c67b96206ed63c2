"""Keep one sample database per release in tests/data/releases, built by that release's code.

    python tools/make_release_sample.py --ref <git commit or tag> --name 0.1.0

checks the ref out in a temporary git worktree, builds the demo database with *that* code (so
the file is exactly what coordinators running that release have on disk), and writes
``tests/data/releases/<name>.sqlite`` with ``<name>.json``: the row count of every table and a
fingerprint of the values that must survive any later upgrade (people, passports, items and
their times). tests/core/test_release_samples.py upgrades each sample to the current schema and
compares. Run it once per release, before the release's schema is changed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "tests" / "data" / "releases"

# Values that must come through every upgrade, read with plain SQL: table -> (key columns,
# columns). Columns a later revision renamed are listed under their old name here and mapped by
# the test (RENAMED in tests/core/test_migrations.py).
FINGERPRINT: dict[str, tuple[str, ...]] = {
    "mission": ("short", "title_fr", "start_date", "end_date", "home_zone"),
    "person": ("short", "given_name", "family_name", "passport_number", "passport_expiry"),
    "itinerary_item": (
        "title_fr",
        "start_local",
        "start_zone",
        "end_local",
        "end_zone",
        "notes",
        "notes_fr",
    ),
    "participant": ("mission_id", "person_id", "status"),
    "flight_booking": ("item_id", "participant_id", "booking_reference", "seat"),
    "room_assignment": ("accommodation_id", "participant_id", "room_number"),
    # From 0.2.0: the agreements register, its stored files, meetings and leads.
    "agreement": ("short", "title_fr", "kind", "status", "signing_date", "end_date"),
    "commitment": ("agreement_id", "description", "due_date", "status"),
    "attachment": ("file_name", "size", "sha256"),
    "agreement_document": ("agreement_id", "attachment_id", "version", "is_signed_copy"),
    "b2b_meeting": ("mission_id", "organisation_id", "status", "priority", "locked", "outcome"),
    "lead": ("organisation_id", "stage", "project", "jobs_expected", "investment_expected"),
}


def fingerprint(
    path: Path,
    columns: dict[str, list[str]] | None = None,
    renamed: dict[tuple[str, str], str] | None = None,
) -> dict[str, object]:
    """Row counts and key values of the file at ``path``.

    ``columns``: which columns to read per table (default: those of FINGERPRINT the file has);
    ``renamed`` reads a column a later revision renamed under its new name.
    """
    renamed = renamed or {}
    with closing(sqlite3.connect(path)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        counts = {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in tables
        }
        if columns is None:
            columns = {}
            for table, wanted in FINGERPRINT.items():
                info = connection.execute(f'PRAGMA table_info("{table}")')
                present = {row[1] for row in info}
                if wanted_present := [c for c in wanted if c in present]:
                    columns[table] = wanted_present
        values: dict[str, list[list[object]]] = {}
        for table, names in columns.items():
            selected = ", ".join(renamed.get((table, name), name) for name in names)
            rows = connection.execute(f'SELECT {selected} FROM "{table}" ORDER BY {selected}')
            values[table] = [list(row) for row in rows]
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return {"revision": revision, "counts": counts, "columns": columns, "values": values}


def build_at(ref: str, target: Path) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        tree = Path(scratch) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), ref], cwd=ROOT, check=True)
        try:
            script = (
                "import sys; from pathlib import Path; "
                "from delegation_app.interchange.demo import build_demo_database; "
                "build_demo_database(Path(sys.argv[1]))"
            )
            built = Path(scratch) / "built.sqlite"
            subprocess.run(
                [sys.executable, "-c", script, str(built)],
                cwd=tree,
                env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
                check=True,
            )
            # One self-contained file: fold the WAL in and leave rollback-journal mode.
            with closing(sqlite3.connect(built)) as connection:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                connection.execute("PRAGMA journal_mode=DELETE")
                connection.execute("VACUUM")
            shutil.copy(built, target)
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=True
            )


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--ref", required=True, help="the release's git commit or tag")
    arguments.add_argument("--name", required=True, help="the release's version, e.g. 0.1.0")
    args = arguments.parse_args()
    FOLDER.mkdir(parents=True, exist_ok=True)
    target = FOLDER / f"{args.name}.sqlite"
    build_at(args.ref, target)
    manifest = {"release": args.name, "ref": args.ref, **fingerprint(target)}
    (FOLDER / f"{args.name}.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8"
    )
    print(f"wrote {target} ({target.stat().st_size // 1024} KB) at revision {manifest['revision']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
