"""Reading cells the way French and English partners fill them in: dates, phones, countries."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from delegation_app.interchange.cell_values import (
    CellError,
    fold,
    parse_country,
    parse_date,
    parse_language,
    parse_phone,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/11/2017", date(2017, 11, 5)),
        ("5/11/2017", date(2017, 11, 5)),
        ("05/11/17", date(2017, 11, 5)),
        ("5.11.2017", date(2017, 11, 5)),
        ("5-11-2017", date(2017, 11, 5)),
        ("5 nov. 2017", date(2017, 11, 5)),
        ("5 novembre 2017", date(2017, 11, 5)),
        ("5 November 2017", date(2017, 11, 5)),
        ("lundi 6 novembre 2017", date(2017, 11, 6)),
        ("2017-11-05", date(2017, 11, 5)),
        (" 2017-11-05 ", date(2017, 11, 5)),
        ("1er févr. 2018", date(2018, 2, 1)),
        ("1er mai 2019", date(2019, 5, 1)),
        ("6 août 2018", date(2018, 8, 6)),
        ("15 juil. 2019", date(2019, 7, 15)),
        ("3 déc. 2019", date(2019, 12, 3)),
        ("29/02/2020", date(2020, 2, 29)),
    ],
)
def test_parse_date_reads_day_first_and_french_month_names(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_parse_date_never_reads_05_11_as_may_the_eleventh() -> None:
    assert parse_date("05/11/2017").month == 11
    assert parse_date("12/01/2018") == date(2018, 1, 12)


@pytest.mark.parametrize(
    "text",
    [
        "2017/11/05",  # how Japanese and Korean partners write dates (Tokyo, Seoul missions)
        "2017-11-5",  # ISO written without the leading zero
        "2017-11-05 10:00",  # what the XLSX reader gives for a date cell holding a time
    ],
)
def test_parse_date_reads_year_first_dates_as_year_month_day(text: str) -> None:
    assert parse_date(text) == date(2017, 11, 5)


@pytest.mark.parametrize("text", ["nov. 2017", "11/2027", "1970"])
def test_parse_date_refuses_a_date_without_a_day_rather_than_inventing_one(text: str) -> None:
    # A birth date or a passport expiry with an invented day is wrong data, silently.
    with pytest.raises(CellError):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31/02/2017", "'31/02/2017' is not a date"),
        ("2017-02-31", "'2017-02-31' is not a date"),
        ("05/11", "'05/11' has no year"),
        ("bientôt", "'bientôt' is not a date"),
        ("à confirmer 12", "is not a date"),
    ],
)
def test_parse_date_refuses_what_is_not_a_date_and_says_why(text: str, reason: str) -> None:
    with pytest.raises(CellError, match=reason):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("06 12 34 56 78", "FR", "+33612345678"),
        ("06.12.34.56.78", "FR", "+33612345678"),
        ("0612345678", "FR", "+33612345678"),
        ("612345678", "FR", "+33612345678"),  # Excel dropped the leading zero of a number cell
        ("04 91 12 34 56", "FR", "+33491123456"),
        ("+33 6 12 34 56 78", "FR", "+33612345678"),
        ("+33 (0)6 12 34 56 78", "FR", "+33612345678"),
        ("0033 6 12 34 56 78", "FR", "+33612345678"),
        ("+1 305 555 0123", "FR", "+13055550123"),
        ("00353 1 234 5678", "FR", "+35312345678"),
        ("+972 3-123-4567", "FR", "+97231234567"),
        ("(305) 555-0123", "US", "+13055550123"),
        ("305-555-0123", "us", "+13055550123"),
        ("+33 6 12 34 56 78", "US", "+33612345678"),
    ],
)
def test_parse_phone_gives_e164_with_the_home_country_as_default(
    text: str, region: str, expected: str
) -> None:
    assert parse_phone(text, region) == expected


def test_parse_phone_refuses_a_national_number_of_another_country() -> None:
    with pytest.raises(CellError, match=r"not a valid phone number for US.*country code"):
        parse_phone("06 12 34 56 78", "US")


@pytest.mark.parametrize("text", ["12", "abc", "voir assistante", "+33"])
def test_parse_phone_refuses_what_is_not_a_phone_number(text: str) -> None:
    with pytest.raises(CellError, match=re.escape(f"'{text}'")):
        parse_phone(text, "FR")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France", "FR"),
        ("france", "FR"),
        ("FR", "FR"),
        ("fr", "FR"),
        ("FRA", "FR"),
        ("Allemagne", "DE"),
        ("Germany", "DE"),
        ("DEU", "DE"),
        ("États-Unis", "US"),
        ("Etats-Unis", "US"),
        ("ETATS UNIS", "US"),
        ("United States", "US"),
        ("USA", "US"),
        ("Royaume-Uni", "GB"),
        ("United Kingdom", "GB"),
        ("Irlande", "IE"),
        ("Israël", "IL"),
        ("Israel", "IL"),
        ("Maroc", "MA"),
        ("Morocco", "MA"),
        ("Corée du Sud", "KR"),
        ("South Korea", "KR"),
        ("Japon", "JP"),
        ("Canada", "CA"),
        ("Pays-Bas", "NL"),
        ("Pologne", "PL"),
        ("POL", "PL"),
    ],
)
def test_parse_country_reads_french_and_english_names_and_iso_codes(
    text: str, expected: str
) -> None:
    assert parse_country(text) == expected


def test_parse_country_refuses_an_unknown_country_by_name() -> None:
    with pytest.raises(CellError, match="'Narnia' is not a country"):
        parse_country("Narnia")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fr", "fr"),
        ("FR", "fr"),
        ("Français", "fr"),
        ("francais", "fr"),
        ("French", "fr"),
        ("en", "en"),
        ("Anglais", "en"),
        ("English", "en"),
    ],
)
def test_parse_language_reads_booklet_languages(text: str, expected: str) -> None:
    assert parse_language(text) == expected


def test_parse_language_refuses_a_language_without_booklet() -> None:
    with pytest.raises(CellError, match="'Deutsch' is not a booklet language"):
        parse_language("Deutsch")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("N° passeport", "n passeport"),
        ("Date d'expiration", "date d expiration"),
        ("Date d’expiration", "date d expiration"),
        ("Régime alimentaire", "regime alimentaire"),
        ("  PRÉNOM  ", "prenom"),
        ("E-mail", "e mail"),
        ("Société", "societe"),
    ],
)
def test_fold_ignores_case_accents_and_punctuation(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Văn", "nguyen van"),
        ("Wiśniewski, Łukasz", "wisniewski łukasz"),  # Ł is a letter of its own, not L + mark
        ("Ὀδυσσεύς", "οδυσσευσ"),
        ("Straße", "strasse"),
        ("ﬁliale Ｎｏｒｄ", "filiale nord"),
        ("O'Connor_Jr.", "o connor jr"),
        ("--", ""),
    ],
)
def test_fold_removes_the_marks_of_every_script_and_keeps_letters(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_keeps_hangul_names_as_letters() -> None:
    assert fold("김민준") == unicodedata.normalize("NFKD", "김민준")
    assert fold("김민준") != fold("김민수")


def _fold_as_defined(text: str) -> str:
    """fold written out plainly: casefold, decompose, drop the marks, punctuation to spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", bare).strip()


@settings(max_examples=500, deadline=None)
@given(text=st.text(max_size=40))
def test_fold_is_casefold_decompose_and_drop_marks_for_any_text(text: str) -> None:
    assert fold(text) == _fold_as_defined(text)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=80), region=st.sampled_from(["FR", "US", "IL", "JP"]))
def test_cell_parsers_refuse_any_text_with_a_cell_error_only(text: str, region: str) -> None:
    for parse in (parse_date, parse_country, parse_language, lambda t: parse_phone(t, region)):
        try:
            parse(text)
        except CellError as exc:
            assert str(exc)  # a reason the coordinator can read
