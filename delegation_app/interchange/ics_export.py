"""A mission's itinerary as an iCalendar file (RFC 5545): one delegate's agenda or the programme.

A delegate's calendar holds their agenda and nothing else (``agendas_for`` decides who attends
what, as for the booklet), with their own booking reference and seat; the whole mission's
calendar is the programme for the organisers, private items included and no one's booking.

Every event carries its item's stable UID and SEQUENCE, so that importing a newer export
updates the events already in a calendar instead of adding copies. Times are written as wall
time with the TZID of their zone (a flight starts in Europe/Paris and ends in America/New_York),
and a VTIMEZONE is added for every zone used, so a calendar reads them right whatever its own
zone database and across the clock change the delegation lives through.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app import __version__
from delegation_app.errors import NotFound, ValidationError
from delegation_app.interchange.rooming_export import readable_phone
from delegation_app.messages import say
from delegation_app.services.agenda import AgendaEntry, agendas_for, programme_for
from delegation_app.services.missions import MissionView, get_mission
from delegation_app.services.people import resolve_person_id
from delegation_app.services.roster import list_roster
from delegation_app.services.validation import check_language
from delegation_app.storage.models import ItemKind, ItineraryItem
from delegation_app.wording import ITEM_WORDS, kind_name

PRODID = f"-//Delegation//Mission itinerary {__version__}//EN"

# The words shared with the booklet, plus the calendar's own (plain text, no typography).
WORDS: dict[str, dict[str, str]] = {
    "fr": {**ITEM_WORDS["fr"], "programme": "Programme", "speaker": "Vous intervenez."},
    "en": {**ITEM_WORDS["en"], "programme": "Programme", "speaker": "You are speaking."},
}


def build_calendar(
    entries: Sequence[AgendaEntry],
    *,
    mission: MissionView,
    language: str = "fr",
    delegate_name: str | None = None,
    last_modified: Mapping[int, datetime] | None = None,
    stamp: datetime | None = None,
) -> Calendar:
    """The calendar of ``entries``: a delegate's agenda when ``delegate_name`` is given, else
    the whole mission's programme.

    ``last_modified`` maps item ids to their last change (naive UTC, as stored); ``stamp`` is
    the moment of the export (now by default).
    """
    words = WORDS[check_language("language", language)]
    stamp = _utc(stamp or datetime.now(UTC)).replace(microsecond=0)
    last_modified = last_modified or {}

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # One line: a calendar's name cannot hold a line break (a name typed with one, say).
    name = " ".join(
        _text(f"{mission.title(language)} – {delegate_name or words['programme']}").split()
    )
    calendar.add("x-wr-calname", name)  # the name Apple, Google and Outlook show
    calendar.add("name", name)  # RFC 7986's name for the same thing

    for entry, uid in zip(entries, _event_uids(entries), strict=True):
        calendar.add_component(
            _event(
                entry,
                uid,
                words=words,
                language=language,
                for_delegate=delegate_name is not None,
                stamp=stamp,
                modified=last_modified.get(entry.item_id),
            )
        )
    if entries:
        # Observances from the year of the first item to well after the last: enough for every
        # event, and the file stays small (icalendar's default spans 1970-2038).
        first = min(e.start_local.date() for e in entries)
        last = max(max(e.start_local.date(), e.end_local.date()) for e in entries)
        calendar.add_missing_timezones(
            first_date=date(first.year, 1, 1), last_date=date(last.year + 2, 1, 1)
        )
    return calendar


def _event_uids(entries: Sequence[AgendaEntry]) -> list[str]:
    """The UID of each entry's event, stable from one export to the next.

    A one-off item's event takes the item's own UID. A repeating item is written as one event
    per occurrence (the agenda is already expanded, cut at the mission's end, and all a
    calendar needs; an RRULE would repeat past the mission, and clients differ on RDATE and on
    RECURRENCE-ID without a master event). Each occurrence's UID is the item's UID and its
    local start date, so moving the time of a daily briefing updates the same events; a second
    occurrence on the same day (an hourly rule) takes "-2", "-3"... in time order. The counter
    also keeps UIDs unique within the file whatever the entries given.
    """
    seen: Counter[str] = Counter()
    uids = []
    for entry in entries:
        base = f"{entry.uid}-{entry.day:%Y%m%d}" if entry.recurring else entry.uid
        seen[base] += 1
        uids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return uids


def _event(
    entry: AgendaEntry,
    uid: str,
    *,
    words: Mapping[str, str],
    language: str,
    for_delegate: bool,
    stamp: datetime,
    modified: datetime | None,
) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("sequence", entry.sequence)
    event.add("dtstamp", stamp)
    if modified is not None:
        event.add("last-modified", _utc(modified))
    # Aware datetimes in zoneinfo zones: written as wall time with TZID=<IANA name>.
    event.add("dtstart", entry.start)
    event.add("dtend", entry.end)
    event.add("summary", _summary(entry, language))
    location = _location(entry)
    if location:
        event.add("location", location)
    if entry.latitude is not None and entry.longitude is not None:
        event.add("geo", (entry.latitude, entry.longitude))
    description = _description(entry, words, language, for_delegate=for_delegate)
    if description:
        event.add("description", description)
    event.add("categories", [kind_name(entry.kind.value, language)])
    if entry.is_private:
        # Hidden from whoever the calendar is shared with; the owner still sees it all.
        event.add("class", "PRIVATE")
    if entry.kind == ItemKind.FREE_TIME:
        event.add("transp", "TRANSPARENT")  # free time does not make the delegate busy
    return event


def _summary(entry: AgendaEntry, language: str) -> str:
    title = entry.title(language)
    if entry.flight is not None:
        flight = entry.flight
        title = (
            f"{title} ({flight.carrier} {flight.number} "
            f"{flight.departure_airport} → {flight.arrival_airport})"
        )
    return _text(title)


def _location(entry: AgendaEntry) -> str:
    parts = [part for part in (entry.venue, entry.address) if part]
    # An address usually names the city already; write it once.
    if entry.city and not (entry.address and entry.city.casefold() in entry.address.casefold()):
        parts.append(entry.city)
    if not parts and entry.flight is not None:
        parts.append(entry.flight.departure_airport)
    return _text(", ".join(parts))


def _description(
    entry: AgendaEntry, words: Mapping[str, str], language: str, *, for_delegate: bool
) -> str:
    def labelled(key: str, value: str) -> str:
        # French puts a (non-breaking) space before the colon.
        return f"{words[key]}\u00a0: {value}" if language == "fr" else f"{words[key]}: {value}"

    lines: list[str] = []
    if entry.meeting_with:
        lines.append(words["meeting_with"].format(name=entry.meeting_with))
    if entry.as_speaker:
        lines.append(words["speaker"])
    facts: list[str] = []
    if entry.dress_code:
        facts.append(labelled("dress_code", entry.dress_code))
    if entry.to_bring:
        facts.append(labelled("to_bring", entry.to_bring))
    if entry.staff_name:
        phone = readable_phone(entry.staff_phone)
        staff = f"{entry.staff_name}, {phone}" if phone else entry.staff_name
        facts.append(labelled("staff", staff))
    # A booking is the delegate's own: the programme's entries carry none, and this guard keeps
    # it out of a programme built from a delegate's entries too.
    if for_delegate and entry.flight is not None:
        if entry.flight.booking_reference:
            facts.append(labelled("booking", entry.flight.booking_reference))
        if entry.flight.seat:
            facts.append(labelled("seat", entry.flight.seat))
    notes = entry.notes(language)
    paragraphs = ["\n".join(lines), notes or "", "\n".join(facts)]
    return _text("\n\n".join(p for p in paragraphs if p))


# Controls other than tab and line feed have no place in an iCalendar TEXT value (RFC 5545 3.3.11).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _text(value: str) -> str:
    """User text as iCalendar takes it: NFC, one kind of line break, no control characters.

    Escaping ``;``, ``,``, ``\\`` and line breaks, and folding long lines, is icalendar's job.
    """
    value = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", value).strip()


def _utc(moment: datetime) -> datetime:
    """An instant in UTC; naive ones are UTC already, as the database stores them."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


# --- from the database to a file ------------------------------------------------------------


def calendar_for(
    session: Session,
    mission_ref: str,
    person: str | None = None,
    *,
    language: str | None = None,
    stamp: datetime | None = None,
) -> Calendar:
    """The calendar of a mission (by id or short name): one delegate's agenda when ``person``
    (id or short name) is given, else the whole programme.

    ``language`` defaults to the delegate's own language, and to French for the programme.
    """
    mission = get_mission(session, mission_ref)
    if language is not None:
        check_language("language", language)
    if person is None:
        entries = programme_for(session, mission.id)
        delegate_name = None
    else:
        if not person.strip():
            raise ValidationError("person", say("give a short name, or none for the whole mission"))
        person_id = resolve_person_id(session, person)
        delegate = next(
            (r for r in list_roster(session, mission.id) if r.person_id == person_id), None
        )
        if delegate is None:
            raise NotFound(
                say(
                    "'{person}' is not on the roster of mission '{mission}'",
                    person=person.strip(),
                    mission=mission.short,
                )
            )
        entries = agendas_for(session, mission.id, [delegate.participant_id])[
            delegate.participant_id
        ]
        delegate_name = f"{delegate.given_name} {delegate.family_name}"
        language = language or delegate.language
    return build_calendar(
        entries,
        mission=mission,
        language=language or "fr",
        delegate_name=delegate_name,
        last_modified=_last_changes(session, {e.item_id for e in entries}),
        stamp=stamp,
    )


def _last_changes(session: Session, item_ids: set[int]) -> dict[int, datetime]:
    # The agenda's read model has no change time: one query for all the items.
    if not item_ids:
        return {}
    return {
        item_id: updated_at
        for item_id, updated_at in session.execute(
            select(ItineraryItem.id, ItineraryItem.updated_at).where(ItineraryItem.id.in_(item_ids))
        )
        if updated_at is not None
    }


def write_calendar(calendar: Calendar, path: Path) -> int:
    """Write ``calendar`` to ``path`` whole or not at all; returns the number of events."""
    if path.is_dir():
        raise ValidationError(
            "file", say("{path} is a folder; give a file name ending in .ics", path=str(path))
        )
    data = calendar.to_ical()
    path.parent.mkdir(parents=True, exist_ok=True)
    # A temporary file beside the target, then a rename: a reader never sees half a calendar,
    # and a failed export leaves the previous file as it was.
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(calendar.events)


def export_calendar(
    session: Session,
    mission_ref: str,
    path: Path,
    person: str | None = None,
    *,
    language: str | None = None,
    stamp: datetime | None = None,
) -> int:
    """Write the calendar of ``calendar_for`` to ``path``; returns the number of events."""
    calendar = calendar_for(session, mission_ref, person, language=language, stamp=stamp)
    return write_calendar(calendar, path)
