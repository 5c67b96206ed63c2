"""The airport table, flight durations and the check of a flight's time zones."""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from zoneinfo import available_timezones

import pytest

from delegation_app.errors import ValidationError
from delegation_app.paths import resource_path
from delegation_app.services.airports import (
    airport,
    airports_serving,
    check_airport,
    check_flight_zones,
    flight_duration,
    flight_zone_problems,
    serves,
)
from delegation_app.services.validation import aware

ROOT = Path(__file__).resolve().parents[2]
PARIS, NEW_YORK = "Europe/Paris", "America/New_York"


@pytest.mark.parametrize(
    ("code", "zone", "country", "named"),
    [
        ("MIA", NEW_YORK, "US", "Miami"),
        ("MRS", PARIS, "FR", "Marseille"),
        ("YYZ", "America/Toronto", "CA", "Pearson"),
        ("YUL", "America/Toronto", "CA", "Montréal"),
        ("TLV", "Asia/Jerusalem", "IL", "Ben Gurion"),
        ("ICN", "Asia/Seoul", "KR", "Incheon"),
        ("NRT", "Asia/Tokyo", "JP", "Narita"),
        ("HND", "Asia/Tokyo", "JP", "Tokyo"),
    ],
)
def test_airport_gives_name_country_and_zone(
    code: str, zone: str, country: str, named: str
) -> None:
    found = airport(code)
    assert found is not None
    assert (found.iata, found.zone, found.country) == (code, zone, country)
    assert named in found.name
    assert -90 <= found.latitude <= 90 and -180 <= found.longitude <= 180


def test_airport_code_is_read_whatever_its_case_and_spaces() -> None:
    assert airport(" mia ") == airport("MIA")
    assert check_airport("arrival airport", "yul").iata == "YUL"


def test_unknown_airport_is_none_and_refused_with_a_sentence() -> None:
    assert airport("XQQ") is None
    assert airport("MIAMI") is None
    with pytest.raises(ValidationError) as unknown:
        check_airport("arrival airport", "XQQ")
    assert unknown.value.field == "arrival airport"
    assert "'XQQ' is not a known airport code" in unknown.value.message
    with pytest.raises(ValidationError, match="three letters"):
        check_airport("departure airport", "MR5")
    with pytest.raises(ValidationError, match="three-letter IATA code"):
        check_airport("departure airport", "  ")


def test_af_7630_flies_13_hours_15_on_the_day_us_clocks_go_back() -> None:
    start, end = datetime(2017, 11, 5, 10, 25), datetime(2017, 11, 5, 17, 40)
    assert aware(start, PARIS).astimezone(UTC).replace(tzinfo=None) == datetime(2017, 11, 5, 9, 25)
    assert aware(end, NEW_YORK).astimezone(UTC).replace(tzinfo=None) == datetime(
        2017, 11, 5, 22, 40
    )
    assert flight_duration(start, PARIS, end, NEW_YORK) == timedelta(hours=13, minutes=15)


def test_seoul_to_tokyo_duration_with_both_clocks_alike() -> None:
    # Korea and Japan keep the same time all year: the duration is the wall-clock difference.
    duration = flight_duration(
        datetime(2019, 12, 2, 13, 35), "Asia/Seoul", datetime(2019, 12, 2, 15, 55), "Asia/Tokyo"
    )
    assert duration == timedelta(hours=2, minutes=20)


def test_duration_counts_the_hour_a_clock_change_adds_within_one_zone() -> None:
    # Miami to New York overnight as the clocks go back: 3 h 30 on the wall, 4 h 30 flown.
    duration = flight_duration(
        datetime(2017, 11, 4, 23, 30), NEW_YORK, datetime(2017, 11, 5, 3, 0), NEW_YORK
    )
    assert duration == timedelta(hours=4, minutes=30)


def test_flight_zones_on_the_airports_clocks_pass() -> None:
    check_flight_zones(
        "MRS",
        "MIA",
        PARIS,
        NEW_YORK,
        start_local=datetime(2017, 11, 5, 10, 25),
        end_local=datetime(2017, 11, 5, 17, 40),
    )
    # An alias keeps the same clock as the table's zone.
    check_flight_zones("MRS", "YUL", PARIS, "America/Montreal")
    check_flight_zones("CDG", "TLV", PARIS, "Asia/Tel_Aviv")
    assert flight_zone_problems("mrs", "mia", PARIS, NEW_YORK) == []


def test_landing_time_typed_in_the_departure_zone_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        check_flight_zones("MRS", "MIA", PARIS, PARIS, end_local=datetime(2017, 11, 5, 17, 40))
    assert error.value.field == "end zone"
    assert "MIA (Miami International Airport)" in error.value.message
    assert "America/New_York" in error.value.message


def test_departure_zone_of_another_airport_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        check_flight_zones("MRS", "MIA", NEW_YORK, NEW_YORK)
    assert error.value.field == "start zone"
    assert "MRS (Marseille Provence Airport) keeps Europe/Paris time" in error.value.message


def test_zone_problems_are_listed_as_sentences_without_raising() -> None:
    problems = flight_zone_problems("MRS", "XQQ", NEW_YORK, NEW_YORK)
    assert len(problems) == 2
    assert problems[0].startswith("start zone: MRS")
    assert problems[1].startswith("arrival airport: 'XQQ' is not a known airport code")


def test_airports_serving_a_city_include_those_outside_it() -> None:
    # Pearson stands in Mississauga and Trudeau in Dorval; Tokyo and Seoul have two each.
    assert "YYZ" in {a.iata for a in airports_serving("Toronto", "CA")}
    assert "YUL" in {a.iata for a in airports_serving("Montreal", "CA")}
    assert {"HND", "NRT"} <= {a.iata for a in airports_serving("Tokyo", "JP")}
    assert {"ICN", "GMP"} <= {a.iata for a in airports_serving("Seoul", "KR")}
    assert [a.iata for a in airports_serving("Marseille", "FR")] == ["MRS"]
    found = airport("YUL")
    assert found is not None
    assert serves(found, "Montréal", "CA")
    assert not serves(found, "Toronto", "CA")
    assert not serves(found, "Montréal", "FR")


def test_table_is_read_on_first_use_not_at_import() -> None:
    code = (
        "import delegation_app.services.airports as a; "
        "print(a._rows.cache_info().currsize); a.airport('MIA'); "
        "print(a._rows.cache_info().currsize)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.split() == ["0", "1"]


def test_shipped_table_has_its_columns_and_known_zones_only() -> None:
    path = resource_path("airports", "airports.csv")
    assert path.stat().st_size < 600_000
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == [
        "iata",
        "name",
        "city",
        "country",
        "zone",
        "latitude",
        "longitude",
        "metro",
    ]
    codes = [row["iata"] for row in rows]
    assert codes == sorted(set(codes))
    assert {row["zone"] for row in rows} <= available_timezones()


def _generator() -> ModuleType:
    pytest.importorskip("airportsdata")  # a development extra, not a test one
    spec = importlib.util.spec_from_file_location("make_airports", ROOT / "tools/make_airports.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_table_is_what_the_generator_writes() -> None:
    assert _generator().main(["--check"]) == 0, "run python tools/make_airports.py"
