"""Airports: the table shipped in resources/airports, flight durations and flight time zones.

A flight's departure time is read on the departure airport's clock and its landing time on the
arrival airport's clock; getting one of the two zones wrong moves the flight by hours in every
booklet without anyone noticing. The table gives each airport's IANA zone so that mistake is
caught when the flight is entered.

The table (7,884 airports, see resources/airports/README.md) is read on first use, not at
import, because opening the program must stay fast and most sessions never look an airport up.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from delegation_app.errors import ValidationError
from delegation_app.messages import say
from delegation_app.paths import resource_path
from delegation_app.services.validation import aware, collation_key

_CODE_RE = re.compile(r"[A-Z]{3}")
_WORD_RE = re.compile(r"[a-z0-9]+")
_COLUMNS = ("iata", "name", "city", "country", "zone", "latitude", "longitude", "metro")


@dataclass(frozen=True)
class Airport:
    iata: str
    name: str
    city: str | None  # where it stands: Mississauga for Toronto Pearson; None for some strips
    country: str  # ISO 3166-1 alpha-2
    zone: str  # IANA time zone name
    latitude: float
    longitude: float
    metro: str | None  # the IATA multi-airport city it serves ("Tokyo" for HND and NRT)


@cache
def _rows() -> dict[str, list[str]]:
    """The table's rows by code, as read: an Airport is built only for the codes asked for
    (building all 7,884 would double the time of the first look-up)."""
    path = resource_path("airports", "airports.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        if header != list(_COLUMNS):
            raise RuntimeError(f"{path} has columns {header}, expected {list(_COLUMNS)}")
        return {row[0]: row for row in reader}


def _airport(row: list[str]) -> Airport:
    iata, name, city, country, zone, latitude, longitude, metro = row
    return Airport(
        iata=iata,
        name=name,
        city=city or None,
        country=country,
        zone=zone,
        latitude=float(latitude),
        longitude=float(longitude),
        metro=metro or None,
    )


def _normal_code(code: str | None) -> str:
    return (code or "").strip().upper()


def airport(code: str | None) -> Airport | None:
    """The airport with this IATA code ("mia" works too), or None if there is none."""
    key = _normal_code(code)
    row = _rows().get(key) if _CODE_RE.fullmatch(key) else None
    return _airport(row) if row is not None else None


def check_airport(field: str, code: str | None) -> Airport:
    """The airport with this IATA code; a ValidationError naming ``field`` otherwise."""
    key = _normal_code(code)
    if not key:
        raise ValidationError(field, say("give the airport's three-letter IATA code (e.g. MRS)"))
    if not _CODE_RE.fullmatch(key):
        raise ValidationError(
            field, say("'{key}' is not an airport code: three letters, such as MRS or MIA", key=key)
        )
    found = airport(key)
    if found is None:
        raise ValidationError(
            field,
            say(
                "'{key}' is not a known airport code; check the ticket (e.g. MRS is Marseille, "
                "MIA is Miami)",
                key=key,
            ),
        )
    return found


def describe(found: Airport) -> str:
    """'MIA (Miami International Airport)', as messages name an airport."""
    return f"{found.iata} ({found.name})"


def _words(text: str | None) -> tuple[str, ...]:
    return tuple(_WORD_RE.findall(collation_key(text or "")))


def _contains(words: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    size = len(wanted)
    return any(words[i : i + size] == wanted for i in range(len(words) - size + 1))


@cache
def _search_words() -> tuple[tuple[Airport, tuple[str, ...], tuple[str, ...]], ...]:
    """Each airport with the words of its city and metro, and those of its name."""
    return tuple(
        (found, _words(f"{found.city or ''} / {found.metro or ''}"), _words(found.name))
        for found in map(_airport, _rows().values())
    )


def airports_serving(city: str, country: str | None = None) -> list[Airport]:
    """The airports of a city, by code: see :func:`serves`. Reads the whole table; to test a
    few known codes, call :func:`serves` on each."""
    wanted = _words(city)
    if not wanted:
        return []
    country = _normal_code(country) or None
    return sorted(
        (
            found
            for found, place, name in _search_words()
            if (country is None or found.country == country)
            and (_contains(place, wanted) or _contains(name, wanted))
        ),
        key=lambda found: found.iata,
    )


def serves(found: Airport, city: str, country: str | None = None) -> bool:
    """Whether the airport serves the city: it stands in it, belongs to its IATA metro area, or
    is named after it.

    The name counts because airports often stand outside the city they serve: Toronto Pearson
    is in Mississauga and Montréal-Trudeau in Dorval, and neither city has a metro entry.
    Accents and case are ignored ("Montreal" finds YUL). A few small fields also bear a big
    city's name (Miami Executive), which is harmless when only the airports a mission's
    flights land at are asked about.
    """
    wanted = _words(city)
    if not wanted or (country and found.country != _normal_code(country)):
        return False
    place = _words(f"{found.city or ''} / {found.metro or ''}")
    return _contains(place, wanted) or _contains(_words(found.name), wanted)


def flight_duration(
    start_local: datetime, start_zone: str, end_local: datetime, end_zone: str
) -> timedelta:
    """Time in the air, from local departure and landing times each on its own clock.

    AF 7630 leaves Marseille at 10:25 and lands in Miami at 17:40 on 5 November 2017: 13 h 15.
    Both instants go to UTC first: Python subtracts two datetimes that share one tzinfo as wall
    times, which is an hour wrong across a clock change.
    """
    start = aware(start_local, start_zone).astimezone(UTC)
    end = aware(end_local, end_zone).astimezone(UTC)
    return end - start


def _same_clock(zone: str, other: str, moments: Iterable[datetime]) -> bool:
    """Whether two zones show the same time at these wall-clock moments (and all year).

    Aliases (America/Montreal for America/Toronto, Asia/Tel_Aviv for Asia/Jerusalem) and zones
    that keep the same time give the same instants, which is all a flight's times need.
    """
    if zone == other:
        return True
    first, second = ZoneInfo(zone), ZoneInfo(other)
    samples = list(moments)
    years = {moment.year for moment in samples} or {date.today().year}
    for year in years:
        # Midwinter and midsummer: a zone with another daylight-saving rule differs in one.
        samples += [datetime(year, 1, 15, 12), datetime(year, 7, 15, 12)]
    for moment in samples:
        naive = moment.replace(tzinfo=None)
        if naive.replace(tzinfo=first).utcoffset() != naive.replace(tzinfo=second).utcoffset():
            return False
    return True


def _zone_problems(
    departure: str,
    arrival: str,
    start_zone: str,
    end_zone: str,
    start_local: datetime | None,
    end_local: datetime | None,
) -> list[ValidationError]:
    problems: list[ValidationError] = []
    for field, zone_field, code, zone, local, landing in (
        ("departure airport", "start zone", departure, start_zone, start_local, False),
        ("arrival airport", "end zone", arrival, end_zone, end_local, True),
    ):
        try:
            found = check_airport(field, code)
        except ValidationError as error:
            problems.append(error)
            continue
        if not _same_clock(found.zone, zone, [local] if local is not None else []):
            problems.append(
                ValidationError(
                    zone_field,
                    _other_clock(describe(found), found.zone, zone, landing=landing),
                )
            )
    return problems


def _other_clock(airport: str, kept: str, zone: str, *, landing: bool) -> str:
    # Two sentences rather than the word "departure" or "landing" inside one: each language
    # words its own.
    if landing:
        return say(
            "{airport} keeps {kept} time, not {zone}: give the landing "
            "time on the airport's clock, in {kept}",
            airport=airport,
            kept=kept,
            zone=zone,
        )
    return say(
        "{airport} keeps {kept} time, not {zone}: give the departure "
        "time on the airport's clock, in {kept}",
        airport=airport,
        kept=kept,
        zone=zone,
    )


def check_flight_zones(
    departure: str,
    arrival: str,
    start_zone: str,
    end_zone: str,
    *,
    start_local: datetime | None = None,
    end_local: datetime | None = None,
) -> None:
    """Refuse a flight whose departure or landing time is not on its airport's clock.

    Raises ValidationError for an unknown airport code (field "departure airport" or "arrival
    airport") or for a zone that does not keep the airport's time (field "start zone" or "end
    zone"): the usual mistake is a landing time typed in the departure zone. Give the local
    times when known, so that the zones are compared on the day of the flight too.
    """
    problems = _zone_problems(departure, arrival, start_zone, end_zone, start_local, end_local)
    if problems:
        raise problems[0]


def flight_zone_problems(
    departure: str,
    arrival: str,
    start_zone: str,
    end_zone: str,
    *,
    start_local: datetime | None = None,
    end_local: datetime | None = None,
) -> list[str]:
    """What :func:`check_flight_zones` would refuse, as sentences, for flights already stored
    (the pre-departure checks list them instead of refusing)."""
    return [
        str(problem)
        for problem in _zone_problems(
            departure, arrival, start_zone, end_zone, start_local, end_local
        )
    ]


def local_time_at(moment: datetime, zone: str) -> datetime:
    """An aware instant as naive wall-clock time in ``zone``, as items store times."""
    return moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
