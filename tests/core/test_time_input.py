"""Times and durations typed the way coordinators type them, in French and English."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from delegation_app.errors import ValidationError
from delegation_app.services.time_input import parse_duration, parse_local_datetime

MIAMI = {"mission_start": date(2017, 11, 5), "mission_end": date(2017, 11, 10)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6/11 9h30", datetime(2017, 11, 6, 9, 30)),
        ("06/11/2017 09:30", datetime(2017, 11, 6, 9, 30)),
        ("lundi 6 novembre 9:30", datetime(2017, 11, 6, 9, 30)),
        ("Lundi 6 Novembre à 9h30", datetime(2017, 11, 6, 9, 30)),
        ("dimanche 5 nov. 17h40", datetime(2017, 11, 5, 17, 40)),
        ("Nov 6 9:30am", datetime(2017, 11, 6, 9, 30)),
        ("Monday, November 6, 2017 2:30 PM", datetime(2017, 11, 6, 14, 30)),
        ("2017-11-05 10:25", datetime(2017, 11, 5, 10, 25)),
        ("1er déc. 8h", datetime(2017, 12, 1, 8, 0)),
    ],
)
def test_dates_and_times_as_typed(text: str, expected: datetime) -> None:
    assert parse_local_datetime("start", text, **MIAMI) == expected


def test_a_bare_time_takes_the_day_given() -> None:
    assert parse_local_datetime("end", "18h", day=date(2017, 11, 7), **MIAMI) == datetime(
        2017, 11, 7, 18, 0
    )


def test_a_bare_time_without_a_day_is_refused() -> None:
    with pytest.raises(ValidationError, match="which day") as info:
        parse_local_datetime("end", "18h", **MIAMI)
    assert info.value.field == "end"


def test_the_year_is_the_one_nearest_the_mission() -> None:
    # A mission over New Year: 2 January belongs to the next year, 30 December to this one.
    span = {"mission_start": date(2019, 12, 28), "mission_end": date(2020, 1, 4)}
    assert parse_local_datetime("start", "2/1 10h", **span) == datetime(2020, 1, 2, 10, 0)
    assert parse_local_datetime("start", "30/12 10h", **span) == datetime(2019, 12, 30, 10, 0)


def test_a_weekday_that_contradicts_the_date_is_refused() -> None:
    with pytest.raises(ValidationError, match="is a Tuesday"):
        parse_local_datetime("start", "lundi 7 novembre 9h", **MIAMI)


@pytest.mark.parametrize("text", ["6 novembre", "6/11", "", "   ", "demain", "31/02 9h"])
def test_text_without_a_usable_time_is_refused_with_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_local_datetime("start", text, **MIAMI)
    assert info.value.field == "start"


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("1h30", 90), ("1 h 30", 90), ("90 min", 90), ("1:30", 90), ("2h", 120), ("45 minutes", 45),
     ("3 heures", 180)],
)  # fmt: skip
def test_durations_as_typed(text: str, minutes: int) -> None:
    assert parse_duration("duration", text) == timedelta(minutes=minutes)


@pytest.mark.parametrize("text", ["1h75", "0h", "abc", "", "-1h", "1:60"])
def test_bad_durations_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_duration("duration", text)
    assert info.value.field == "duration"


@given(st.text(max_size=40))
def test_any_text_gives_a_time_or_a_clear_error(text: str) -> None:
    try:
        result = parse_local_datetime("start", text, day=date(2017, 11, 6), **MIAMI)
    except ValidationError as exc:
        assert exc.field == "start"
    else:
        assert isinstance(result, datetime)
        assert result.tzinfo is None
