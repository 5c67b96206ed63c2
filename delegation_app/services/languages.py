"""The languages a person speaks: typed as names in French or English, kept as ISO 639 codes.

A partner's cell reads "Français, anglais", "French / English", "fr; en" or "anglais et
espagnol"; all of them are kept as "fr;en" (the order as typed, each language once), and shown
back as names in the reader's language with Babel (never a hand-made table).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from delegation_app.errors import ValidationError
from delegation_app.messages import say

SEPARATOR = ";"
MAX_LENGTH = 80
_SPLIT = re.compile(r"\s*(?:[,;/|+&]|\bet\b|\band\b)\s*", re.IGNORECASE)


def _fold(text: str) -> str:
    bare = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in bare if not unicodedata.combining(c)).split())


@cache
def _index() -> dict[str, str]:
    """Folded French and English language names, and the codes themselves -> code."""
    from babel import Locale

    index: dict[str, str] = {}
    for language in ("en", "fr"):
        for code, name in Locale(language).languages.items():
            if "_" in code or len(code) not in (2, 3):
                continue  # "en_GB" and the like: a spoken language is the language
            index.setdefault(_fold(name), code)
            index.setdefault(code.casefold(), code)
    return index


def first_unknown(text: str) -> str | None:
    """The first word of ``text`` that names no language (None when all do)."""
    for part in _SPLIT.split(text.strip()):
        if part and _fold(part) not in _index():
            return part
    return None


def parse_languages(text: str | None, *, field: str = "languages") -> tuple[str, ...]:
    """The codes of the languages named in ``text`` (empty text: none).

    Raises ValidationError naming the first word that is not a language.
    """
    if text is None or not text.strip():
        return ()
    codes: list[str] = []
    for part in _SPLIT.split(text.strip()):
        if not part:
            continue
        code = _index().get(_fold(part))
        if code is None:
            raise ValidationError(
                field,
                say(
                    "'{part}' is not a language (write names such as français, English, or codes "
                    "such as fr, en)",
                    part=part,
                ),
            )
        if code not in codes:
            codes.append(code)
    return tuple(codes)


def stored_languages(codes: Iterable[str]) -> str | None:
    """What the person's ``languages`` column holds for these codes (None for none)."""
    text = SEPARATOR.join(dict.fromkeys(codes))
    if len(text) > MAX_LENGTH:
        raise ValidationError(
            "languages", say("are more than {most} characters once coded", most=MAX_LENGTH)
        )
    return text or None


def clean_languages(value: object, *, field: str = "languages") -> str | None:
    """A form's or a file's cell of spoken languages, as the column stores it."""
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return stored_languages(parse_languages(SEPARATOR.join(map(str, value)), field=field))
    return stored_languages(parse_languages(str(value), field=field))


def language_codes(stored: str | None) -> tuple[str, ...]:
    return tuple(code for code in (stored or "").split(SEPARATOR) if code)


def language_names(stored: str | None, language: str = "en") -> str:
    """ "fr;en" -> "French, English" (or "français, anglais" for ``language`` "fr")."""
    from babel import Locale

    names = Locale(language).languages
    return ", ".join(names.get(code, code) for code in language_codes(stored))
