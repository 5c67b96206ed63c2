"""Shared checks: text, short names, zones, countries and, above all, local wall-clock times."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from delegation_app.errors import ValidationError
from delegation_app.services.validation import (
    aware,
    check_country,
    check_date_range,
    check_language,
    check_local_time,
    check_short,
    check_zone,
    clean_text,
    optional_text,
    require_text,
    slugify,
)

ZONES = ["Europe/Paris", "America/New_York", "Asia/Tokyo", "Asia/Jerusalem", "America/Toronto"]

# The days of 2017 on which the clocks of one of ZONES change (Tokyo never changes).
CLOCK_CHANGE_DAYS = [
    date(2017, 3, 12),  # America/New_York, America/Toronto: 02:00 -> 03:00
    date(2017, 3, 24),  # Asia/Jerusalem: 02:00 -> 03:00
    date(2017, 3, 26),  # Europe/Paris: 02:00 -> 03:00
    date(2017, 10, 29),  # Europe/Paris 03:00 -> 02:00, Asia/Jerusalem 02:00 -> 01:00
    date(2017, 11, 5),  # America/New_York, America/Toronto: 02:00 -> 01:00
]


# --- text ---------------------------------------------------------------------------------


def test_clean_text_composes_decomposed_accents_and_strips_blanks() -> None:
    assert clean_text("  Ren\u0065\u0301  ") == "Ren\u00e9"
    assert clean_text("   ") is None
    assert clean_text(None) is None


def test_require_text_names_the_field_when_empty() -> None:
    with pytest.raises(ValidationError) as caught:
        require_text("title", " \t ")
    assert caught.value.field == "title"


def test_require_text_refuses_text_longer_than_the_limit() -> None:
    with pytest.raises(ValidationError) as caught:
        require_text("city", "x" * 121, max_length=120)
    assert caught.value.field == "city"


def test_optional_text_keeps_markup_characters_exactly() -> None:
    assert optional_text("name", "Dupont & Fils <SARL>") == "Dupont & Fils <SARL>"


def test_slugify_strips_accents_and_punctuation() -> None:
    assert slugify("Mission à Montréal — Startup Fest") == "mission-a-montreal-startup-fest"
    assert slugify("Jean-Claude Gaudin") == "jean-claude-gaudin"


def test_check_short_refuses_upper_case_and_digit_only_names() -> None:
    with pytest.raises(ValidationError) as upper:
        check_short("short name", "Miami")
    with pytest.raises(ValidationError) as digits:
        check_short("short name", "2017")
    assert upper.value.field == digits.value.field == "short name"
    assert check_short("short name", " miami-2017 ") == "miami-2017"


def test_check_zone_accepts_iana_names_and_refuses_others() -> None:
    assert check_zone("zone", " America/New_York ") == "America/New_York"
    with pytest.raises(ValidationError) as caught:
        check_zone("stop 1 zone", "Mars/Olympus_Mons")
    assert caught.value.field == "stop 1 zone"


def test_check_country_upper_cases_two_letters_and_refuses_names() -> None:
    assert check_country("country", "us") == "US"
    assert check_country("country", "  ") is None
    with pytest.raises(ValidationError) as caught:
        check_country("country", "USA")
    assert caught.value.field == "country"


def test_check_language_accepts_only_french_and_english() -> None:
    assert check_language("language", "en") == "en"
    with pytest.raises(ValidationError) as caught:
        check_language("language", "de")
    assert caught.value.field == "language"


def test_check_date_range_names_the_end_field() -> None:
    check_date_range("start date", date(2017, 11, 5), "end date", date(2017, 11, 5))
    with pytest.raises(ValidationError) as caught:
        check_date_range("start date", date(2017, 11, 10), "end date", date(2017, 11, 5))
    assert caught.value.field == "end date"


# --- local wall-clock times ---------------------------------------------------------------


def test_check_local_time_refuses_a_time_that_happens_twice() -> None:
    # 5 November 2017: at 02:00 the US clocks went back to 01:00, so 01:30 happened twice.
    with pytest.raises(ValidationError) as caught:
        check_local_time("start", datetime(2017, 11, 5, 1, 30), "America/New_York")
    assert caught.value.field == "start"
    assert "twice" in caught.value.message


def test_check_local_time_refuses_a_time_that_does_not_exist() -> None:
    # 12 March 2017: at 02:00 the US clocks jumped to 03:00, so 02:30 never happened.
    with pytest.raises(ValidationError) as caught:
        check_local_time("end", datetime(2017, 3, 12, 2, 30), "America/New_York")
    assert caught.value.field == "end"
    assert "does not exist" in caught.value.message


def test_check_local_time_accepts_the_hour_after_the_autumn_change() -> None:
    local = datetime(2017, 11, 5, 3, 0)
    assert check_local_time("start", local, "America/New_York") == local
    assert aware(local, "America/New_York").utcoffset() == ZoneInfo("America/New_York").utcoffset(
        datetime(2017, 11, 6)
    )


def test_check_local_time_refuses_an_aware_datetime() -> None:
    with pytest.raises(ValidationError) as caught:
        check_local_time("start", datetime(2017, 11, 5, 10, 25, tzinfo=UTC), "Europe/Paris")
    assert caught.value.field == "start"


def _utc_instants_showing(local: datetime, zone: str) -> set[datetime]:
    """Every UTC instant at which the clocks of ``zone`` show ``local`` (0, 1 or 2 of them)."""
    tz = ZoneInfo(zone)
    offsets = {local.replace(tzinfo=tz, fold=fold).utcoffset() for fold in (0, 1)}
    instants = set()
    for offset in offsets:
        assert offset is not None
        candidate = (local - offset).replace(tzinfo=UTC)
        if candidate.astimezone(tz).replace(tzinfo=None) == local:
            instants.add(candidate)
    return instants


_minutes_of_2017 = st.datetimes(
    min_value=datetime(2017, 1, 1), max_value=datetime(2017, 12, 31, 23, 59)
).map(lambda d: d.replace(second=0, microsecond=0))
_around_clock_changes = st.builds(
    lambda day, hour, minute: datetime(day.year, day.month, day.day, hour, minute),
    st.sampled_from(CLOCK_CHANGE_DAYS),
    st.integers(min_value=0, max_value=4),
    st.integers(min_value=0, max_value=59),
)


@st.composite
def _wall_times(draw: st.DrawFn) -> tuple[datetime, str]:
    """A wall-clock time of 2017 in one of ZONES, often near a clock change."""
    zone = draw(st.sampled_from(ZONES))
    source = draw(st.integers(min_value=0, max_value=2))
    if source == 0:
        # The wall time an aware datetime shows (hypothesis also invents imaginary ones).
        moment = draw(
            st.datetimes(
                min_value=datetime(2017, 1, 1),
                max_value=datetime(2017, 12, 31, 23, 59),
                timezones=st.just(ZoneInfo(zone)),
            )
        )
        return moment.replace(tzinfo=None, fold=0), zone
    if source == 1:
        return draw(_minutes_of_2017), zone
    return draw(_around_clock_changes), zone


@given(_wall_times())
@example((datetime(2017, 11, 5, 1, 30), "America/New_York"))
@example((datetime(2017, 3, 12, 2, 30), "America/New_York"))
@example((datetime(2017, 3, 12, 2, 0), "America/Toronto"))
@example((datetime(2017, 3, 26, 2, 15), "Europe/Paris"))
@example((datetime(2017, 10, 29, 2, 45), "Europe/Paris"))
@example((datetime(2017, 3, 24, 2, 30), "Asia/Jerusalem"))
@example((datetime(2017, 10, 29, 1, 0), "Asia/Jerusalem"))
@example((datetime(2017, 11, 5, 3, 0), "America/New_York"))
@example((datetime(2017, 12, 31, 2, 30), "Asia/Tokyo"))
def test_check_local_time_accepts_exactly_the_wall_times_that_happen_once(
    wall: tuple[datetime, str],
) -> None:
    local, zone = wall
    happens = len(_utc_instants_showing(local, zone))
    try:
        accepted = check_local_time("start", local, zone)
    except ValidationError as refused:
        assert refused.field == "start"
        assert happens != 1, f"{local} happens once in {zone} but was refused"
        expected = "does not exist" if happens == 0 else "twice"
        assert expected in refused.message
    else:
        assert happens == 1, f"{local} happens {happens} times in {zone} but was accepted"
        assert accepted == local
        back = aware(local, zone).astimezone(UTC).astimezone(ZoneInfo(zone))
        assert back.replace(tzinfo=None) == local
