"""Write resources/airports/airports.csv, the airport table, from the airportsdata package.

Which airports: every airport airportsdata gives an IATA code (about 7,900). airportsdata has
no size or traffic field, and a rule such as "names containing International" drops airports a
delegation really flies to (Marseille Provence, Paris-Orly, London City, LaGuardia, Tangier's
Ibn Batouta). IATA codes are only given to airports that sell tickets, so the whole IATA list is
the list of airports a flight can use; with coordinates cut to four decimals (11 m) the file
stays under 600 KB, and it is read only when a flight is first checked.

Columns: iata, name, city, country (ISO 3166-1 alpha-2), zone (IANA), latitude, longitude,
metro. ``metro`` is the IATA multi-airport city an airport belongs to ("Tokyo" for HND and NRT,
"London" for LGW), so that a stop in Tokyo finds both airports; it is empty for most rows.

Deterministic (sorted by code, "\\n" line ends, UTF-8), so running it again writes the same
bytes. Regenerate rather than edit the CSV by hand::

    python tools/make_airports.py           # write the file (needs pip install airportsdata)
    python tools/make_airports.py --check   # exit 1 if the file is not what this writes

Writing also puts the airportsdata version into resources/airports/README.md; ``--check``
fails when the README names another version.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import airportsdata

ROOT = Path(__file__).resolve().parent.parent
AIRPORTS_DIR = ROOT / "resources" / "airports"
CSV_FILE = AIRPORTS_DIR / "airports.csv"
README_FILE = AIRPORTS_DIR / "README.md"

COLUMNS = ("iata", "name", "city", "country", "zone", "latitude", "longitude", "metro")

# How the README names the version it was built from; rewritten by each run.
_VERSION_RE = re.compile(r"airportsdata \d{8}")


def _coordinate(value: float) -> str:
    text = f"{value:.4f}"
    return "0.0000" if text == "-0.0000" else text


def render() -> str:
    """The CSV text this version of airportsdata gives."""
    airports = airportsdata.load("IATA")
    metro: dict[str, str] = {}
    for city in airportsdata.load_iata_macs().values():
        for code in city["airports"]:
            metro[code] = city["name"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for code in sorted(airports):
        row = airports[code]
        if not row["tz"]:  # only Antarctic strips have no zone; no flight of ours lands there
            continue
        writer.writerow(
            [
                code,
                row["name"].strip(),
                row["city"].strip(),
                row["country"],
                row["tz"],
                _coordinate(float(row["lat"])),
                _coordinate(float(row["lon"])),
                metro.get(code, ""),
            ]
        )
    return buffer.getvalue()


def version_line() -> str:
    return f"airportsdata {airportsdata.__version__}"


def main(argv: Sequence[str]) -> int:
    check = "--check" in argv
    text = render()
    readme = README_FILE.read_text(encoding="utf-8") if README_FILE.exists() else ""
    if check:
        problems = []
        if not CSV_FILE.exists() or CSV_FILE.read_bytes() != text.encode("utf-8"):
            problems.append(f"{CSV_FILE.relative_to(ROOT)} differs")
        if version_line() not in readme:
            problems.append(f"{README_FILE.relative_to(ROOT)} does not name {version_line()}")
        if problems:
            print(
                f"{'; '.join(problems)}: run python tools/make_airports.py",
                file=sys.stderr,
            )
            return 1
        return 0
    AIRPORTS_DIR.mkdir(parents=True, exist_ok=True)
    CSV_FILE.write_bytes(text.encode("utf-8"))
    if readme:
        README_FILE.write_text(_VERSION_RE.sub(version_line(), readme), encoding="utf-8")
    rows = text.count("\n") - 1
    print(f"wrote {CSV_FILE.relative_to(ROOT)}: {rows} airports from {version_line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
