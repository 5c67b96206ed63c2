"""Hypothesis strategies for hostile input: what partners paste and what a keyboard can type.

Text is built from fragments chosen to break things: control characters and NUL bytes,
bidirectional controls, combining marks, characters that NFC changes (and one that it makes
longer), emoji sequences, markup-like and formula-like text, CSV separators, very long runs.
Lone surrogates (which Python strings, but no UTF-8 file or database, can hold) are mixed in
only where asked for.
"""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import strategies as st

CONTROLS = tuple(chr(c) for c in (*range(0x00, 0x20), 0x7F, 0x85, 0x9F))
BIDI = (
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u061c",  # Arabic letter mark
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",  # embeddings and overrides, PDF
    "\u2066", "\u2067", "\u2068", "\u2069",  # isolates
)  # fmt: skip
INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\ufffe")
SPACES = (" ", "\t", "\n", "\r\n", "\r", "\u00a0", "\u202f", "\u2028", "\u2029", "\u3000")
COMBINING = ("\u0301", "\u0308", "\u0327", "\u20dd", "e\u0301", "A\u030a", "Z\u0336\u0337\u0338")
NFC_CHANGES = (
    "\u212b",  # Angstrom sign, NFC: Å
    "\u2126",  # Ohm sign, NFC: Ω
    "\u0958",  # Devanagari QA: NFC makes it two characters (a composition exclusion)
    "\ufb2c",  # Hebrew shin with dagesh and shin dot: NFC makes it three
    "\u1e9b\u0323",
    "\ufb01",  # the "fi" ligature (NFKC only)
    "\u00b2",  # superscript two: isdigit() but not a decimal digit
    "\u0661\u0662",  # Arabic-Indic digits
    "\U0001d7cf",  # mathematical bold digit one
)
EMOJI = ("😀", "👨‍👩‍👧‍👦", "🇫🇷", "👍🏽", "🏳️‍🌈", "\U0010ffff", "\ufffd", "\uffff")
SCRIPTS = ("Zoë", "Łukasz", "김민준", "محمد", "שלום", "Ελένη", "Дмитрий", "ß", "İı", "ǅ")
MARKUP = (
    "<b>", "</b>", "<i>bold</i>", "&", "&amp;", "&#0;", "&#x1F600;", "&nbsp;", "<font size=99>",
    '<font name="Nope">', "</font>", "<para>", "<br/>", "<img src='x'/>", '<a href="x">',
    "<link>", "<![CDATA[", "]]>", "<", ">", "<<", "'", '"', "\\", "%s", "%(name)s", "{0}",
    "{}", "$(rm)", "\\N{BULLET}", "<seq/>", "<onDraw name=x/>",
)  # fmt: skip
SPREADSHEET = ("=1+1", "+33", "-", "@SUM(A1)", "'=", "''=", ";", ",", '""', "\t=", "\r=")
ICAL = ("BEGIN:VEVENT", "END:VCALENDAR", "\r\nSUMMARY:x", ";TZID=", ":", ",", "\\n")
PLAUSIBLE = (
    "Dupont", "Jean-Claude", "O'Connor", "Dupont & Fils <SARL>", "Mme", "AF 7630",
    "06/11/2017", "2017-11-06", "6 nov. 2017", "9h30", "18h", "1h30", "90 min", "+2h",
    "lundi 6 novembre 9:30", "9h30 - 11h", "America/New_York", "Europe/Paris", "Miami",
    "France", "FR", "US", "fr", "en", "tous", "all", "groupe:Élus", "sauf zlefevre",
    "zoe@example.org", "+33 6 12 34 56 78", "0612345678", "Élu", "Business leader",
    "Confirmé", "Visite", "Déjeuner", "Rendez-vous", "Workshop", "FREQ=DAILY",
    "FREQ=DAILY;COUNT=3", "RRULE:FREQ=WEEKLY;INTERVAL=0", "FREQ=SECONDLY", "DTSTART:20170101",
)  # fmt: skip
HUGE_DIGITS = ("9" * 30, "1" + "0" * 400, "-" + "9" * 25, "1e999", "nan", "inf", "0" * 50)

FRAGMENTS = (
    CONTROLS + BIDI + INVISIBLE + SPACES + COMBINING + NFC_CHANGES + EMOJI + SCRIPTS + MARKUP
    + SPREADSHEET + ICAL + PLAUSIBLE + HUGE_DIGITS
)  # fmt: skip

lone_surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)


def texts(*, max_parts: int = 8, surrogates: bool = False) -> st.SearchStrategy[str]:
    """Text made of hostile fragments and arbitrary characters (lone surrogates if asked)."""
    parts: list[st.SearchStrategy[str]] = [
        st.sampled_from(FRAGMENTS),
        st.text(max_size=6),
    ]
    if surrogates:
        parts.append(lone_surrogates)
    return st.lists(st.one_of(*parts), max_size=max_parts).map("".join)


def long_texts(*, surrogates: bool = False) -> st.SearchStrategy[str]:
    """A fragment repeated to an exact length, from just over a limit to 50,000 characters."""
    return st.builds(
        lambda fragment, length: ((fragment or "x") * length)[:length],
        texts(max_parts=3, surrogates=surrogates),
        st.sampled_from((40, 80, 81, 120, 121, 200, 201, 300, 301, 1001, 10_001, 50_000)),
    )


def any_text(*, surrogates: bool = False) -> st.SearchStrategy[str]:
    """Mostly short hostile text, sometimes a very long one."""
    return st.one_of(
        texts(surrogates=surrogates),
        texts(surrogates=surrogates),
        texts(surrogates=surrogates),
        long_texts(surrogates=surrogates),
    )


def optional_text(*, surrogates: bool = False) -> st.SearchStrategy[str | None]:
    return st.one_of(st.none(), any_text(surrogates=surrogates))


def plausible_or_hostile(
    plausible: tuple[str, ...] = PLAUSIBLE, *, surrogates: bool = False, odds: int = 1
) -> st.SearchStrategy[str]:
    """A value a form expects (perhaps padded with junk), or anything at all; the expected
    value is ``odds`` times as likely as the junk."""
    padded = st.builds(
        lambda left, value, right: left + value + right,
        st.sampled_from(("", "", " ", "\u200f", "\x00", "\t")),
        st.sampled_from(plausible),
        st.sampled_from(("", "", " ", "\u202e", "\x0b", "\n")),
    )
    return st.one_of(*([padded] * odds), any_text(surrogates=surrogates))


huge_ints = st.one_of(
    st.integers(min_value=-5, max_value=500),
    st.sampled_from((2**31, 2**63 - 1, 2**63, 2**64, 10**30, -(2**63) - 1)),
    st.integers(),
)
any_dates = st.one_of(
    st.dates(min_value=date(2017, 1, 1), max_value=date(2018, 12, 31)),
    st.sampled_from((date.min, date.max, date(2000, 2, 29))),
    st.dates(),
)
any_datetimes = st.one_of(
    st.datetimes(min_value=datetime(2017, 11, 1), max_value=datetime(2017, 11, 30)),
    st.sampled_from(
        (datetime.min, datetime.max, datetime(2017, 3, 12, 2, 30), datetime(2017, 11, 5, 1, 30))
    ),
    st.datetimes(),
)
zones = st.one_of(
    st.sampled_from(
        ("America/New_York", "Europe/Paris", "Asia/Kolkata", "Pacific/Kiritimati", "UTC",
         "Etc/GMT+12", "Pacific/Chatham")
    ),
    plausible_or_hostile(("America/New_York", "Europe/Paris", "UTC", "../../etc/passwd")),
)  # fmt: skip
floats = st.one_of(st.none(), st.floats(), st.floats(min_value=-90, max_value=90))
