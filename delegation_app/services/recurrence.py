"""Repeating itinerary items (RFC 5545 RRULE), expanded in wall-clock time."""

from __future__ import annotations

from datetime import date, datetime

from dateutil.rrule import rrule, rrulestr

from delegation_app.errors import ValidationError
from delegation_app.messages import say

MAX_OCCURRENCES = 400
_ALLOWED = ("YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY")


def parse_rule(field: str, text: str, start_local: datetime) -> rrule:
    """A rule that is sound to expand: parseable, at least hourly apart, moving forward."""
    try:
        rule = rrulestr(text, dtstart=start_local)
    except (ValueError, TypeError) as exc:
        raise ValidationError(
            field, say("'{text}' is not a valid RRULE: {problem}", text=text, problem=exc)
        ) from exc
    if not isinstance(rule, rrule):
        raise ValidationError(field, say("'{text}' must be a single RRULE", text=text))
    parts = dict(
        part.split("=", 1) for part in text.upper().removeprefix("RRULE:").split(";") if "=" in part
    )
    # dateutil loops forever on INTERVAL=0 and fails on negative ones; refuse them here.
    interval = parts.get("INTERVAL", "1")
    if not interval.isdigit() or int(interval) < 1:
        raise ValidationError(field, say("'{text}' needs an INTERVAL of at least 1", text=text))
    if parts.get("FREQ") not in _ALLOWED:
        raise ValidationError(
            field, say("'{text}' must repeat yearly, monthly, weekly, daily or hourly", text=text)
        )
    return rule


def occurrences(
    start_local: datetime, end_local: datetime, recurrence: str | None, last_day: date
) -> list[tuple[datetime, datetime]]:
    """The item's start and end, once, or once per repetition up to ``last_day``.

    Repetitions keep the wall-clock time (a daily 08:00 briefing stays at 08:00 local even
    across a clock change), which is what delegates expect.
    """
    if not recurrence:
        return [(start_local, end_local)]
    length = end_local - start_local
    rule = parse_rule("repeat", recurrence, start_local)
    limit = datetime.combine(last_day, datetime.max.time())
    result = []
    for start in rule.xafter(start_local, count=MAX_OCCURRENCES + 1, inc=True):
        if start > limit:
            break
        result.append((start, start + length))
    return result
