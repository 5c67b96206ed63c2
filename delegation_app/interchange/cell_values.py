"""Interpreting spreadsheet cells the way French and English partners fill them in.

Each parser returns the value or raises ``CellError`` with a reason a coordinator can act on.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from datetime import date
from functools import cache, lru_cache

from delegation_app.messages import say
from delegation_app.services.time_input import parse_both_ways, plain_text


class CellError(ValueError):
    """A cell whose content cannot be understood; the message says why."""


class _CombiningMarks(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks (the accents NFKD splits off)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _CombiningMarks()
_PUNCTUATION = re.compile(r"[\W_]+")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key: "N° Passeport" -> "n passeport"."""
    bare = text.casefold()
    if not bare.isascii():  # ASCII has nothing to decompose
        bare = unicodedata.normalize("NFKD", bare).translate(_WITHOUT_MARKS)
    # Letters of every script count (김민준 must not fold to nothing); punctuation does not.
    return _PUNCTUATION.sub(" ", bare).strip()


# Year first (ISO, and how Japanese and Korean partners write): 2017-11-05, 2017/11/5,
# with an optional time after it (an XLSX date cell that holds a time).
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_YEAR_FIRST = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")


def parse_date(text: str) -> date:
    """Day-first dates: 05/11/2017, 5.11.2017, 5 nov. 2017, 5 novembre 2017, 2017-11-05."""
    cleaned = text.strip()
    numeric = _YEAR_FIRST.match(cleaned) or _DAY_FIRST.match(cleaned)
    if numeric:
        # The common shapes are read directly: dateutil is slow on a 10,000-row roster.
        lead, month, tail = (int(part) for part in numeric.groups())
        year, day = (lead, tail) if numeric.re is _YEAR_FIRST else (tail, lead)
        try:
            return date(year, month, day)
        except ValueError as exc:
            raise CellError(
                say("'{text}' is not a date (write it as 05/11/2017)", text=text)
            ) from exc
    # Accents removed so "févr." and "août" match the parser's month names.
    plain = plain_text(cleaned)
    if not re.search(r"\d", plain):
        raise CellError(say("'{text}' is not a date", text=text))
    try:
        first, second = parse_both_ways(plain)
    except (ValueError, OverflowError) as exc:
        raise CellError(say("'{text}' is not a date (write it as 05/11/2017)", text=text)) from exc
    if first.year != second.year:
        raise CellError(say("'{text}' has no year", text=text))
    if first.month != second.month or first.day != second.day:
        raise CellError(say("'{text}' has no day (write it as 05/11/2017)", text=text))
    return first.date()


def parse_phone(text: str, default_region: str) -> str:
    """A phone number in E.164 (+33612345678), from national or international writing."""
    import phonenumbers  # here, not at the top: the window need not load it to start

    cleaned = text.strip()
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    try:
        number = phonenumbers.parse(cleaned, default_region.upper())
    except phonenumbers.NumberParseException as exc:
        raise CellError(say("'{text}' is not a phone number", text=text)) from exc
    if not phonenumbers.is_valid_number(number):
        raise CellError(
            say(
                "'{text}' is not a valid phone number for {region} (add the country code, e.g. +1)",
                text=text,
                region=default_region.upper(),
            )
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@cache
def _country_names() -> dict[str, str]:
    """Folded country names in English and French, and ISO codes -> alpha-2 code."""
    import pycountry  # here, not at the top: the window need not load it to start

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for name in (
            country.name,
            getattr(country, "official_name", None),
            getattr(country, "common_name", None),
        ):
            if name:
                names[fold(name)] = code
                names[fold(french.gettext(name))] = code
        names[fold(country.alpha_3)] = code
        names[fold(code)] = code
    # Usual spellings that the ISO list writes otherwise.
    for alias, code in {
        "usa": "US", "etats unis": "US", "etats unis d amerique": "US", "united states": "US",
        "uk": "GB", "royaume uni": "GB", "angleterre": "GB", "grande bretagne": "GB",
        "coree du sud": "KR", "south korea": "KR", "russie": "RU", "russia": "RU",
    }.items():  # fmt: skip
        names[alias] = code
    return names


def parse_country(text: str) -> str:
    """An ISO 3166 alpha-2 code from 'France', 'Allemagne', 'Germany', 'DE' or 'DEU'."""
    code = _country_names().get(fold(text))
    if code is None:
        raise CellError(say("'{text}' is not a country name or code", text=text))
    return code


_LANGUAGES = {
    "fr": "fr", "fra": "fr", "fre": "fr", "francais": "fr", "french": "fr",
    "en": "en", "eng": "en", "anglais": "en", "english": "en",
}  # fmt: skip


def parse_language(text: str) -> str:
    language = _LANGUAGES.get(fold(text))
    if language is None:
        raise CellError(say("'{text}' is not a booklet language (français or English)", text=text))
    return language


_XML_NONCHARACTERS = re.compile("[\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Text a spreadsheet's XML can hold: openpyxl drops control characters but lets U+FFFE
    and U+FFFF through, which XML forbids (the workbook would not open)."""
    return _XML_NONCHARACTERS.sub("", text)
