"""Dates, time zones and languages written the way each locale writes them (Babel)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.dates import format_interval, get_timezone_name

from delegation_app.services.views import StopView


def date_range(start: date, end: date, language: str, *, with_year: bool = True) -> str:
    """``5–10 nov. 2017`` in French, ``Nov 5 – 10, 2017`` in English."""
    skeleton = "yMMMd" if with_year else "MMMd"
    return format_interval(start, end, skeleton, locale=language)


def utc_offset(zone: str, day: date) -> str:
    """The zone's offset from UTC at noon on ``day``: ``UTC−5``, ``UTC+5:30``, ``UTC``."""
    try:
        info = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return zone
    return utc_offset_at(datetime.combine(day, time(12), info))


def utc_offset_at(moment: datetime) -> str:
    """The offset from UTC of an aware ``moment``, written as :func:`utc_offset` writes it."""
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "\N{MINUS SIGN}"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def stop_offsets(stop: StopView) -> str:
    """The stop's offsets over its days, so a clock change shows: ``UTC−4 → UTC−5``."""
    seen: list[str] = []
    day, days = stop.start_date, 0
    while day <= stop.end_date and days < 120:
        label = utc_offset(stop.zone, day)
        if label not in seen:
            seen.append(label)
        day += timedelta(days=1)
        days += 1
    return " → ".join(seen)


@cache
def language_name(code: str, language: str) -> str:
    """``fr`` shown in English as ``French``, in French as ``Français``."""
    try:
        name = Locale.parse(language).languages.get(code)
    except (ValueError, TypeError):
        name = None
    return name[:1].upper() + name[1:] if name else code.upper()


@cache
def zone_name(zone: str, language: str) -> str:
    """The zone's generic name: ``Eastern Time``, ``heure de l’Est nord-américain``."""
    try:
        return str(get_timezone_name(zone, "long", locale=language, zone_variant="generic"))
    except (LookupError, ValueError):
        return zone


@cache
def country_name(code: str, language: str) -> str:
    try:
        return str(Locale.parse(language).territories.get(code.upper(), code))
    except (ValueError, TypeError):
        return code
