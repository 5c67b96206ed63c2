"""Benchmark: importing a 10,000-row XLSX roster against reading it with openpyxl alone.

Run: ``python tests/benchmarks/bench_roster_import.py [--rows 10000] [--known 0] [--repeat 5]``
(``--reader openpyxl`` reads as on a machine without python-calamine).
Budget (issue 3): the whole import (read_table + plan + apply, one transaction) within 2x of
openpyxl reading the same file. Both are measured in this process, on the same file, one after
the other in each round (so a busy machine slows both alike); the ratio is given per round and
as the median of the rounds, in elapsed and in CPU time. The figures are printed, never asserted
(DESIGN.md: tests never assert on wall-clock time).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from openpyxl import Workbook, load_workbook

from delegation_app.interchange import tabular
from delegation_app.interchange.roster_columns import apply_overrides, guess_mapping
from delegation_app.interchange.roster_import import (
    ImportResult,
    apply_roster_import,
    plan_roster_import,
)
from delegation_app.interchange.tabular import read_table
from delegation_app.services.missions import StopInput, create_mission
from delegation_app.services.people import create_person
from delegation_app.storage.database import Database, open_database

T = TypeVar("T")

HEADERS = [
    "Civilité", "Nom", "Prénom", "Société", "Fonction", "E-mail", "Téléphone",
    "Date de naissance", "Nationalité", "N° passeport", "Pays de délivrance",
    "Date d'expiration", "Régime alimentaire", "Rôle", "Groupes", "Statut", "Langue",
]  # fmt: skip
GIVEN = ["Zoë", "Élodie", "Seán", "François", "Łukasz", "Inès", "Jean-Marc", "Anaïs", "Noé"]
FAMILY = ["Lefèvre", "Martin-Dupré", "O'Connor", "Wiśniewski", "Benali", "Nguyễn", "Dupont"]
ORGANISATIONS = [f"Entreprise {n} de Provence" for n in range(400)]
GROUPS = ["Délégation officielle", "Chefs d'entreprise", "Presse", "Équipe d'organisation"]
ROLES = ["Élu", "Chef d'entreprise", "Presse", "Équipe d'organisation"]
STATUSES = ["Inscrit", "Confirmé", "Invité", "Liste d'attente"]
COUNTRIES = ["France", "Allemagne", "États-Unis", "IRL", "PL"]


def write_roster(path: Path, rows: int) -> None:
    """A partner's workbook: real date cells, a phone as a number here and there, accents."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Délégués")
    sheet.append(HEADERS)
    birth = date(1950, 1, 1)
    for n in range(rows):
        given = GIVEN[n % len(GIVEN)]
        # A distinct family name per row: the same name twice would be a duplicate.
        family = f"{FAMILY[n % len(FAMILY)]}-{n:05d}"
        phone: object = (
            612000000 + n if n % 3 == 0 else f"06 12 {n // 100 % 100:02d} {n % 100:02d} 00"
        )
        sheet.append(
            [
                "Mme" if n % 2 else "M.",
                family,
                given,
                ORGANISATIONS[n % len(ORGANISATIONS)],
                "Directrice du développement international",
                f"delegue.{n}@entreprise-{n % 400}.example",
                phone,
                birth + timedelta(days=n * 3),
                COUNTRIES[n % len(COUNTRIES)],
                f"{n:02d}AB{n:05d}",
                COUNTRIES[(n + 1) % len(COUNTRIES)],
                date(2030, 6, 30) - timedelta(days=n % 900),
                "Végétarien" if n % 7 == 0 else None,
                ROLES[n % len(ROLES)],
                GROUPS[n % len(GROUPS)],
                STATUSES[n % len(STATUSES)],
                "fr" if n % 4 else "English",
            ]
        )
    workbook.save(path)


def openpyxl_alone(path: Path) -> int:
    """What any reader of the file pays: open read-only, walk every value of every row."""
    workbook = load_workbook(path, read_only=True, data_only=True)
    count = 0
    for row in workbook.worksheets[0].iter_rows(values_only=True):
        count += sum(1 for value in row if value is not None)
    workbook.close()
    return count


def new_database(folder: Path, known: int) -> Database:
    database = open_database(folder / "bench.sqlite")
    with database.transaction() as session:
        create_mission(
            session,
            title_fr="Mission économique à Miami",
            short="miami-2017",
            start_date=date(2017, 11, 5),
            end_date=date(2017, 11, 10),
            stops=[StopInput(city="Miami", country="US", zone="America/New_York")],
        )
        for n in range(known):
            create_person(
                session,
                given_name=f"Connu{n}",
                family_name=f"Personne{n}",
                email=f"connu.{n}@example.fr",
            )
    return database


def full_import(path: Path, database: Database) -> tuple[ImportResult, str]:
    table = read_table(path)
    mapping = apply_overrides(table.headers, guess_mapping(table.headers), [])
    with database.transaction() as session:
        plan = plan_roster_import(session, "miami-2017", table, mapping)
        return apply_roster_import(session, plan), plan.summary()


def timed(work: Callable[[], T]) -> tuple[float, float, T]:
    """Elapsed and CPU seconds of ``work``, and its result."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def reader_used(path: Path) -> str:
    """Which library read_table reads this workbook with here."""
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return "openpyxl (python-calamine is not installed)"
    if tabular._read_with_calamine(path, sheet=None, max_rows=tabular.MAX_ROWS) is None:
        return "openpyxl (this workbook holds what python-calamine reads otherwise)"
    return f"python-calamine {metadata.version('python-calamine')}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--known", type=int, default=0, help="people already in the database")
    parser.add_argument("--repeat", type=int, default=5, help="rounds (median reported)")
    parser.add_argument(
        "--reader",
        choices=("auto", "openpyxl"),
        default="auto",
        help="openpyxl: read as on a machine without python-calamine",
    )
    args = parser.parse_args()
    if args.reader == "openpyxl":
        sys.modules["python_calamine"] = None  # type: ignore[assignment]  # import fails

    alone: list[tuple[float, float]] = []
    reading: list[tuple[float, float]] = []
    whole: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "roster.xlsx"
        seconds, _, _ = timed(lambda: write_roster(path, args.rows))
        print(f"wrote {args.rows:,} rows to {path.name} ({path.stat().st_size / 1e6:.1f} MB) "
              f"in {seconds:.2f} s; read_table reads it with {reader_used(path)}")  # fmt: skip
        print("round  openpyxl alone   read_table       import           ratio (elapsed, CPU)")
        for run in range(args.repeat):
            run_folder = Path(folder) / f"run{run}"
            run_folder.mkdir()
            database = new_database(run_folder, args.known)
            try:
                alone.append(timed(lambda: openpyxl_alone(path))[:2])
                reading.append(timed(lambda: read_table(path))[:2])
                wall, cpu, (result, summary) = timed(partial(full_import, path, database))
                whole.append((wall, cpu))
            finally:
                database.close()
            print(f"{run + 1:5}  {_pair(alone[-1])}  {_pair(reading[-1])}  {_pair(whole[-1])}  "
                  f"{_ratio(whole[-1], alone[-1])}")  # fmt: skip

    print(f"plan: {summary}; applied: {result.created:,} created")
    print(f"median of {args.repeat} rounds, elapsed s (CPU s):")
    print(f"openpyxl alone (read-only, every value):  {_pair(_median(alone))}")
    print(f"read_table alone:                         {_pair(_median(reading))}  "
          f"({_median_ratio(reading, alone)})")  # fmt: skip
    print(f"read_table + plan + apply (one transaction, {args.known:,} known people): "
          f"{_pair(_median(whole))}")  # fmt: skip
    print(f"ratio import / openpyxl alone: {_median_ratio(whole, alone)} (budget 2x), "
          f"median of {args.repeat} rounds; best round "
          f"{min(w[0] / a[0] for w, a in zip(whole, alone, strict=True)):.2f}x")  # fmt: skip


def _pair(seconds: tuple[float, float]) -> str:
    return f"{seconds[0]:6.2f} ({seconds[1]:5.2f})"


def _ratio(part: tuple[float, float], base: tuple[float, float]) -> str:
    return f"{part[0] / base[0]:.2f}x ({part[1] / base[1]:.2f}x)"


def _median(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def _median_ratio(parts: list[tuple[float, float]], bases: list[tuple[float, float]]) -> str:
    """The median of the per-round ratios (each round's figures were taken together)."""
    pairs = list(zip(parts, bases, strict=True))
    return (
        f"{statistics.median(p[0] / b[0] for p, b in pairs):.2f}x "
        f"({statistics.median(p[1] / b[1] for p, b in pairs):.2f}x CPU)"
    )


if __name__ == "__main__":
    main()
