"""Checks shared by the services; each raises ValidationError naming the field."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from delegation_app.errors import ValidationError
from delegation_app.messages import say

_SHORT_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


def clean_text(value: str | None) -> str | None:
    """NFC-normalised, stripped text; None for blank."""
    if value is None:
        return None
    value = unicodedata.normalize("NFC", value).strip()
    return value or None


def _encodable(field: str, value: str) -> str:
    # A lone surrogate (from a broken clipboard or file) cannot be stored as UTF-8.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError(field, say("contains a character that is not valid text")) from exc
    return value


def is_id(ref: str) -> bool:
    """Whether a reference typed by a user is a row id: ASCII digits a 64-bit integer holds
    (not "²", not thirty nines)."""
    return ref.isascii() and ref.isdigit() and int(ref) <= MAX_INTEGER


MAX_INTEGER = 2**63 - 1  # what SQLite (and PostgreSQL's bigint) can store


def check_count(
    field: str, value: int | None, *, minimum: int = 0, maximum: int = 1_000_000
) -> int | None:
    """A count typed by a user (seats, jobs, days): a whole number within sensible bounds."""
    if value is None:
        return None
    if not minimum <= value <= maximum:
        raise ValidationError(
            field,
            say("must be between {minimum} and {maximum:,}", minimum=minimum, maximum=maximum),
        )
    return value


def require_text(field: str, value: str | None, *, max_length: int = 200) -> str:
    cleaned = clean_text(value)
    if cleaned is not None:
        _encodable(field, cleaned)
    if cleaned is None:
        raise ValidationError(field, say("must not be empty"))
    if len(cleaned) > max_length:
        raise ValidationError(field, too_long(max_length))
    return cleaned


def too_long(max_length: int) -> str:
    """Why a text of more than ``max_length`` characters is refused."""
    return say("is longer than {max_length} characters", max_length=max_length)


def optional_text(field: str, value: str | None, *, max_length: int = 200) -> str | None:
    cleaned = clean_text(value)
    if cleaned is not None:
        _encodable(field, cleaned)
    if cleaned is not None and len(cleaned) > max_length:
        raise ValidationError(field, too_long(max_length))
    return cleaned


def slugify(text: str) -> str:
    """ASCII lower-case short name: 'Jean-Claude Gaudin' -> 'jean-claude-gaudin'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:64] or "x"


def check_short(field: str, value: str) -> str:
    value = value.strip()
    if not _SHORT_RE.match(value):
        raise ValidationError(
            field,
            say(
                "'{value}' must be lower-case letters, digits, '.', '-' or '_' (64 at most)",
                value=value,
            ),
        )
    if value.isdigit():
        raise ValidationError(
            field, say("'{value}' must not be only digits (ids are numbers)", value=value)
        )
    return value


_ZONES: frozenset[str] | None = None


def check_zone(field: str, zone: str) -> str:
    global _ZONES
    zone = zone.strip()
    if _ZONES is None:
        _ZONES = frozenset(available_timezones())
    if zone not in _ZONES:
        raise ValidationError(
            field, say("'{zone}' is not a known time zone (e.g. America/New_York)", zone=zone)
        )
    try:
        ZoneInfo(zone)
    except ZoneInfoNotFoundError as exc:  # pragma: no cover - listed zones always load
        raise ValidationError(field, say("'{zone}' cannot be loaded", zone=zone)) from exc
    return zone


def check_country(field: str, code: str | None) -> str | None:
    if code is None or not code.strip():
        return None
    code = code.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise ValidationError(
            field, say("'{code}' is not a two-letter country code (FR, US...)", code=code)
        )
    return code


def check_language(field: str, language: str) -> str:
    if language not in ("fr", "en"):
        raise ValidationError(
            field, say("'{language}' is not a supported language (fr or en)", language=language)
        )
    return language


def check_date_range(start_field: str, start: date, end_field: str, end: date) -> None:
    if end < start:
        raise ValidationError(
            end_field,
            say(
                "{end} is before {start_field} {start}",
                end=end.isoformat(),
                start_field=start_field,
                start=start,
            ),
        )


def check_local_time(field: str, local: datetime, zone: str) -> datetime:
    """Refuse wall-clock times that do not exist or happen twice in the zone.

    A clock change skips an hour (spring) or repeats one (autumn); silently shifting such a
    time is how delegates miss a flight, so the coordinator is asked to say what they mean.
    """
    if local.tzinfo is not None:
        raise ValidationError(field, say("must be a local wall-clock time, without a zone"))
    tz = ZoneInfo(zone)
    first = local.replace(tzinfo=tz, fold=0)
    second = local.replace(tzinfo=tz, fold=1)
    if first.utcoffset() != second.utcoffset():
        round_trip = first.astimezone(ZoneInfo("UTC")).astimezone(tz).replace(tzinfo=None)
        if round_trip != local:
            raise ValidationError(
                field,
                say(
                    "{local:%Y-%m-%d %H:%M} does not exist in {zone} (the clocks skip that hour)",
                    local=local,
                    zone=zone,
                ),
            )
        raise ValidationError(
            field,
            say(
                "{local:%Y-%m-%d %H:%M} happens twice in {zone} (the clocks go back); "
                "choose a time outside that hour",
                local=local,
                zone=zone,
            ),
        )
    return local


def aware(local: datetime, zone: str) -> datetime:
    return local.replace(tzinfo=ZoneInfo(zone))


def collation_key(text: str) -> str:
    """Sort key that ignores case and accents, as French readers expect (Écuyer before Zola)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def utc_now() -> datetime:
    """Now, as naive UTC to the second: how the database stores instants."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def list_item(field: str, value: str, *, max_length: int = 80) -> str:
    """One item of a list stored as 'a;b;c': it may not hold the separator itself."""
    text = require_text(field, value, max_length=max_length)
    if ";" in text:
        raise ValidationError(
            field, say("'{text}' holds a ';': give each one separately", text=text)
        )
    return text


def typed_ref(ref: str) -> str:
    """A reference as typed, stripped, with anything UTF-8 cannot hold (a lone surrogate)
    replaced: such a reference names nothing, and must say so rather than crash the query."""
    return ref.strip().encode("utf-8", "replace").decode("utf-8")
