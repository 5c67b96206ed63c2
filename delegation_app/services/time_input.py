"""Reading times as coordinators type them: "6/11 9h30", "lundi 6 novembre 9:30", "18h", "1h30".

The mission's dates settle what the text leaves out (the year, or the day for a bare time), and
a weekday that contradicts the date is refused rather than guessed: "lundi 7 novembre 2017" is
a typo to ask about, since 7 November 2017 was a Tuesday.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta
from typing import Any

from dateutil import parser as date_parser

from delegation_app.errors import ValidationError
from delegation_app.messages import say

# dateutil types these as 2- or 3-name tuples, but any number of names works.
_MONTHS: list[Any] = [
    ("jan", "janv", "janvier", "january"),
    ("feb", "fev", "fevr", "fevrier", "february"),
    ("mar", "mars", "march"),
    ("apr", "avr", "avril", "april"),
    ("may", "mai"),
    ("jun", "juin", "june"),
    ("jul", "juil", "juillet", "july"),
    ("aug", "aou", "aout", "august"),
    ("sep", "sept", "septembre", "september"),
    ("oct", "octobre", "october"),
    ("nov", "novembre", "november"),
    ("dec", "decembre", "december"),
]
_WEEKDAYS: list[Any] = [
    ("mon", "lun", "lundi", "monday"),
    ("tue", "mardi", "tuesday"),  # "mar" is March
    ("wed", "mer", "mercredi", "wednesday"),
    ("thu", "jeu", "jeudi", "thursday"),
    ("fri", "ven", "vendredi", "friday"),
    ("sat", "sam", "samedi", "saturday"),
    ("sun", "dim", "dimanche", "sunday"),
]
_WEEKDAY_NAMES = {name: index for index, names in enumerate(_WEEKDAYS) for name in names}


class FrenchParserInfo(date_parser.parserinfo):
    """dateutil's parser taught French month and day names and their usual abbreviations."""

    MONTHS = _MONTHS
    WEEKDAYS = _WEEKDAYS
    JUMP = [*date_parser.parserinfo.JUMP, "le", "er"]  # noqa: RUF012

    def __init__(self) -> None:
        super().__init__(dayfirst=True, yearfirst=False)


PARSER_INFO = FrenchParserInfo()

# Defaults no real text uses, differing in every part: what changes was not in the text.
_SENTINELS = (datetime(1111, 1, 1, 0, 0, 59), datetime(1112, 2, 2, 1, 1, 58))
_FRENCH_HOUR = re.compile(r"\b(\d{1,2})\s*h\s*(\d{2})?\b")
_YEAR_FIRST = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b")


def plain_text(text: str) -> str:
    """Lower case without accents, French hours as 9:30: what the date parser reads."""
    lowered = unicodedata.normalize("NFKD", text.strip().lower())
    bare = "".join(c for c in lowered if not unicodedata.combining(c))
    bare = bare.replace("1er", "1")
    # "à 9h30": the French "at", which dateutil would take for "a.m." once the accent is gone.
    bare = re.sub(r"\ba\b", " ", bare)
    # French writes 9h30, 18h, 9 h 30: give dateutil the 9:30 it understands.
    return _FRENCH_HOUR.sub(lambda m: f"{m.group(1)}:{m.group(2) or '00'}", bare)


def parse_both_ways(plain: str) -> tuple[datetime, datetime]:
    """``plain`` parsed with two defaults that differ in every part: a part that differs
    between the two results was not in the text (it must be asked for, not invented).

    Raises ValueError or OverflowError, as dateutil does, for text that is no date.
    """
    first, second = (
        date_parser.parse(plain, parserinfo=PARSER_INFO, default=default) for default in _SENTINELS
    )
    return first, second


def parse_local_datetime(
    field: str,
    text: str,
    *,
    mission_start: date,
    mission_end: date,
    day: date | None = None,
) -> datetime:
    """A naive wall-clock datetime from what the coordinator typed.

    ``day`` is used when the text gives only a time ("18h"); a missing year is the one that
    puts the date nearest the mission.
    """
    plain = plain_text(text)
    if not plain or not re.search(r"\d", plain):
        raise ValidationError(field, _not_a_date_and_time(text))
    year_first = _YEAR_FIRST.match(plain)
    try:
        if year_first:
            # Year first is never day first: 2017-11-05 is the 5th of November.
            options: dict[str, Any] = {"yearfirst": True, "dayfirst": False}
            parsed = [date_parser.parse(plain, default=s, **options) for s in _SENTINELS]
        else:
            parsed = list(parse_both_ways(plain))
    except (ValueError, OverflowError) as exc:
        raise ValidationError(field, _not_a_date_and_time(text)) from exc
    first, second = parsed
    if (first.hour, first.minute) != (second.hour, second.minute):
        raise ValidationError(field, say("'{text}' has no time (e.g. 9h30 or 9:30)", text=text))
    clock = time(first.hour, first.minute)
    has_day = (first.month, first.day) == (second.month, second.day)
    has_year = first.year == second.year
    if not has_day:
        if day is None:
            raise ValidationError(
                field, say("'{text}' has no date: which day of the mission?", text=text)
            )
        return datetime.combine(day, clock)
    if has_year:
        resolved = date(first.year, first.month, first.day)
    else:
        resolved = _nearest_year(field, text, first.month, first.day, mission_start, mission_end)
    _check_weekday(field, text, plain, resolved)
    return datetime.combine(resolved, clock)


def _not_a_date_and_time(text: str) -> str:
    return say("'{text}' is not a date and time (e.g. 6/11 9h30)", text=text)


def _nearest_year(
    field: str, text: str, month: int, day_of_month: int, start: date, end: date
) -> date:
    candidates = []
    for year in range(start.year - 1, end.year + 2):
        try:
            candidates.append(date(year, month, day_of_month))
        except ValueError:
            continue  # 29 February
    if not candidates:
        raise ValidationError(field, say("'{text}' is not a date", text=text))

    def distance(candidate: date) -> int:
        if start <= candidate <= end:
            return 0
        return min(abs((candidate - start).days), abs((candidate - end).days))

    return min(candidates, key=distance)


def _check_weekday(field: str, text: str, plain: str, resolved: date) -> None:
    named = [
        _WEEKDAY_NAMES[word]
        for word in re.findall(r"[a-z]+", plain)
        if word in _WEEKDAY_NAMES and word not in ("mar",)
    ]
    if named and named[0] != resolved.weekday():
        raise ValidationError(
            field,
            say(
                "'{text}': {resolved} is a {actual}, not the day named",
                text=text,
                resolved=resolved.isoformat(),
                actual=_WEEKDAY_SAID[resolved.weekday()],
            ),
        )


#: The weekday a date falls on, said in the reader's language.
_WEEKDAY_SAID = (
    say("Monday"),
    say("Tuesday"),
    say("Wednesday"),
    say("Thursday"),
    say("Friday"),
    say("Saturday"),
    say("Sunday"),
)


_DURATION = re.compile(
    r"^(?:(?P<h>\d{1,3})\s*(?:h|heures?|hours?|hrs?)\s*(?P<hm>\d{1,2})?\s*(?:min|mn|m)?"
    r"|(?P<m>\d{1,4})\s*(?:min|mn|minutes?|m)"
    r"|(?P<ch>\d{1,3}):(?P<cm>\d{2}))$"
)


def parse_duration(field: str, text: str) -> timedelta:
    """'1h30', '1 h 30', '90 min', '1:30', '2h', '45 minutes' -> a timedelta (up to 999 h)."""
    plain = unicodedata.normalize("NFKC", text).strip().lower()
    match = _DURATION.match(plain)
    if match is None:
        raise ValidationError(
            field, say("'{text}' is not a duration (e.g. 1h30 or 90 min)", text=text)
        )
    if match["m"] is not None:
        minutes = int(match["m"])
    elif match["ch"] is not None:
        minutes = int(match["ch"]) * 60 + int(match["cm"])
        if int(match["cm"]) >= 60:
            raise ValidationError(field, _too_many_minutes(text))
    else:
        extra = int(match["hm"] or 0)
        if extra >= 60:
            raise ValidationError(field, _too_many_minutes(text))
        minutes = int(match["h"]) * 60 + extra
    if minutes == 0:
        raise ValidationError(field, say("must be longer than zero"))
    return timedelta(minutes=minutes)


def _too_many_minutes(text: str) -> str:
    return say("'{text}' has more than 59 minutes after the hours", text=text)
