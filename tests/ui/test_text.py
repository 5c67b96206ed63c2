"""Search folding and locale formatting, without a window."""

from __future__ import annotations

from datetime import date

import pytest

from delegation_app.services.missions import StopView
from ui.formatting import date_range, language_name, stop_offsets, utc_offset
from ui.labels import arg
from ui.search import fold, matches, query_words


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Hélène", "helene"),
        ("ÉTIENNE", "etienne"),
        ("Laëtitia", "laetitia"),
        ("Cœur de Provence", "coeur de provence"),
        ("Straße", "strasse"),
        ("Siobhán O'Connor", "siobhan o'connor"),
    ],
)
def test_fold_drops_case_and_accents(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_every_word_of_the_query_must_match() -> None:
    haystack = fold("Hélène Durand Provence Promotion Staff")
    assert matches(query_words("durand HELENE"), haystack)
    assert matches(query_words("  promo  "), haystack)
    assert not matches(query_words("helene martin"), haystack)


def test_dates_are_written_the_way_each_language_writes_them() -> None:
    start, end = date(2017, 11, 5), date(2017, 11, 10)
    assert date_range(start, end, "fr") == "5–10 nov. 2017"
    assert date_range(start, end, "en").replace("\u2009", " ") == "Nov 5 – 10, 2017"
    assert date_range(start, end, "fr", with_year=False) == "5–10 nov."


def test_utc_offset_follows_daylight_saving_time() -> None:
    # US clocks went back at 02:00 on Sunday 5 November 2017, the day the delegation arrived.
    assert utc_offset("America/New_York", date(2017, 11, 4)) == "UTC−4"
    assert utc_offset("America/New_York", date(2017, 11, 5)) == "UTC−5"
    assert utc_offset("Asia/Kolkata", date(2019, 1, 1)) == "UTC+5:30"
    assert utc_offset("Europe/London", date(2019, 1, 1)) == "UTC"


def test_a_stop_across_a_clock_change_shows_both_offsets() -> None:
    stop = StopView(
        id=1,
        position=0,
        city="Miami",
        country="US",
        zone="America/New_York",
        start_date=date(2017, 11, 3),
        end_date=date(2017, 11, 7),
        practical_info=None,
    )
    assert stop_offsets(stop) == "UTC−4 → UTC−5"


def test_language_names_are_in_the_window_language() -> None:
    assert language_name("fr", "fr") == "Français"
    assert language_name("fr", "en") == "French"
    assert language_name("en", "fr") == "Anglais"


def test_arg_fills_numbered_placeholders() -> None:
    assert arg("%1 of %2 delegates", 3, 120) == "3 of 120 delegates"
    assert arg("%2 sur %1", "a", "b") == "b sur a"
