"""What changed in each delegate's booklet since it was last printed.

When booklets are printed, each delegate's read model is reduced to its *facts* (what the
booklet says, as plain JSON values: each programme entry's times, place and details, the hotel
and room, the contacts...) and a SHA-256 fingerprint of them. Both are kept in the database's
key/value settings (``booklet.printed.<mission>.<person>``). After edits, the current facts are
compared with the stored ones: a booklet whose fingerprint differs is to be reprinted, and the
differences are worded for the coordinator ("room 808 → 812", "meeting with Space Florida moved
from 10:00 to 11:00"), in French or English.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from babel import Locale
from babel.dates import format_skeleton, format_time
from babel.lists import format_list
from sqlalchemy import select
from sqlalchemy.orm import Session

from delegation_app.errors import ValidationError
from delegation_app.messages import say
from delegation_app.services.booklet import BookletData
from delegation_app.storage.models import Setting

LANGUAGES = ("fr", "en")
_PREFIX = "booklet.printed"

Facts = dict[str, Any]


def _key(mission_id: int, person_id: int) -> str:
    return f"{_PREFIX}.{mission_id}.{person_id}"


# --- facts and fingerprints -------------------------------------------------------------------


def booklet_facts(data: BookletData) -> Facts:
    """What the booklet says, as JSON values in a stable order."""
    language = data.language
    occurrence: Counter[str] = Counter()
    items = []
    for entry in data.agenda:
        occurrence[entry.uid] += 1
        flight = entry.flight
        transfer = data.transfers.get(entry.item_id)
        contact = data.meeting_contacts.get(entry.item_id)
        workshop = data.workshops.get(entry.item_id)
        ceremony = data.ceremonies.get(entry.item_id)
        items.append(
            {
                # Occurrences of a repeating item share its UID: the n-th is matched with the n-th.
                "key": f"{entry.uid}#{occurrence[entry.uid]}",
                "kind": entry.kind.value,
                "title": entry.title(language),
                "meeting_with": entry.meeting_with,
                "start": entry.start_local.isoformat(timespec="minutes"),
                "start_zone": entry.start_zone,
                "end": entry.end_local.isoformat(timespec="minutes"),
                "end_zone": entry.end_zone,
                "place": entry.venue,
                "address": entry.address,
                "dress_code": entry.dress_code,
                "to_bring": entry.to_bring,
                "staff": _joined(entry.staff_name, entry.staff_phone),
                "notes": entry.notes(language),
                "booking": flight.booking_reference if flight else None,
                "seat": flight.seat if flight else None,
                "speaker": entry.as_speaker,
                "transfer": _joined(
                    transfer.vehicle,
                    transfer.meeting_point,
                    transfer.driver,
                    transfer.driver_phone,
                )
                if transfer
                else None,
                "contact": _joined(contact.name, contact.job_title, contact.phone, contact.email)
                if contact
                else None,
                "room": workshop.room if workshop else None,
                "moderator": workshop.moderator if workshop else None,
                "material": workshop.material if workshop else None,
                "ceremony": [
                    ceremony.own_seat,
                    ceremony.copies,
                    [
                        [s.isoformat() if s else None, name, capacity]
                        for s, name, capacity in ceremony.speeches
                    ],
                ]
                if ceremony
                else None,
            }
        )
    mission, delegate = data.mission, data.delegate
    return {
        "language": language,
        "delegate": {
            "name": _joined(delegate.honorific, delegate.full_name),
            "organisation": delegate.organisation,
            "job_title": delegate.job_title,
            "capacity": delegate.capacity,
            "groups": list(delegate.groups),
        },
        "mission": {
            "title": mission.title(language),
            "dates": [mission.start_date.isoformat(), mission.end_date.isoformat()],
            "partner_event": mission.partner_event,
            "organiser": mission.organiser,
            "stops": [
                [s.city, s.country, s.zone, s.start_date.isoformat(), s.end_date.isoformat()]
                for s in mission.stops
            ],
            "logo": hashlib.sha256(data.logo).hexdigest() if data.logo else None,
        },
        "practical": [[s.city, s.practical_info] for s in mission.stops if s.practical_info],
        "items": items,
        "stays": [
            {
                "hotel": stay.hotel,
                "city": stay.city,
                "address": stay.address,
                "phone": stay.phone,
                "check_in": stay.check_in.isoformat(),
                "check_out": stay.check_out.isoformat(),
                "room": stay.room,
                "room_type": stay.room_type,
                "room_mates": list(stay.room_mates),
            }
            for stay in data.stays
        ],
        "contacts": [[c.name, c.contact_role, c.phone, c.email] for c in data.contacts],
    }


def fingerprint(facts: Facts) -> str:
    """The SHA-256 of the facts: equal fingerprints, equal booklets."""
    text = json.dumps(facts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _joined(*parts: str | None) -> str | None:
    text = " · ".join(p.strip() for p in parts if p and p.strip())
    return text or None


# --- the record of prints ---------------------------------------------------------------------


@dataclass(frozen=True)
class PrintRecord:
    """A delegate's booklet as it was last printed."""

    person_id: int
    fingerprint: str
    printed_at: datetime
    facts: Facts


def record_prints(
    session: Session, mission_id: int, booklets: Iterable[BookletData], *, at: datetime | None
) -> int:
    """Remember these booklets as printed now (``at``, UTC); returns how many."""
    moment = (at or datetime.now(UTC)).astimezone(UTC)
    count = 0
    for data in booklets:
        facts = booklet_facts(data)
        value = json.dumps(
            {
                "fingerprint": fingerprint(facts),
                "printed_at": moment.isoformat(timespec="seconds"),
                "facts": facts,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )
        key = _key(mission_id, data.delegate.person_id)
        setting = session.get(Setting, key)
        if setting is None:
            session.add(Setting(key=key, value=value))
        else:
            setting.value = value
        count += 1
    session.flush()
    return count


def last_prints(session: Session, mission_id: int) -> dict[int, PrintRecord]:
    """The last print of each delegate's booklet of the mission, by person id."""
    prefix = f"{_PREFIX}.{mission_id}."
    records: dict[int, PrintRecord] = {}
    for setting in session.scalars(select(Setting).where(Setting.key.startswith(prefix))):
        try:
            person_id = int(setting.key.removeprefix(prefix))
            stored = json.loads(setting.value)
            records[person_id] = PrintRecord(
                person_id=person_id,
                fingerprint=str(stored["fingerprint"]),
                printed_at=datetime.fromisoformat(stored["printed_at"]),
                facts=dict(stored["facts"]),
            )
        except (ValueError, TypeError, KeyError):
            continue  # an unreadable record counts as never printed
    return records


@dataclass(frozen=True)
class BookletChange:
    """A delegate whose booklet differs from the one last printed, and how."""

    person_id: int
    name: str
    never_printed: bool
    changes: tuple[str, ...]


def changed_booklets(
    session: Session, mission_id: int, current: Sequence[BookletData], *, language: str = "en"
) -> list[BookletChange]:
    """The booklets of ``current`` that differ from their last print, in ``current``'s order."""
    words = ChangeWording(language)
    printed = last_prints(session, mission_id)
    result = []
    for data in current:
        facts = booklet_facts(data)
        record = printed.get(data.delegate.person_id)
        if record is not None and record.fingerprint == fingerprint(facts):
            continue
        if record is None:
            changes: tuple[str, ...] = (words("never_printed"),)
        else:
            changes = tuple(describe_changes(record.facts, facts, language=language))
        result.append(
            BookletChange(
                person_id=data.delegate.person_id,
                name=data.delegate.full_name,
                never_printed=record is None,
                changes=changes,
            )
        )
    return result


# --- the differences in words -----------------------------------------------------------------

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "never_printed": "never printed",
        "meeting": "meeting with {name}",
        "added": "new: {item}, {when}",
        "removed": "no longer in the programme: {item}, {when}",
        "moved": "{item} moved from {old} to {new}",
        "ends": "{item} now ends at {new} (was {old})",
        "renamed": "{old} is now called {new}",
        "changed": "{item}: {what} {old} → {new}",
        "changed_text": "{item}: {what} changed",
        "speaker_now": "you now speak at {item}",
        "speaker_no_longer": "you no longer speak at {item}",
        "room": "room {old} → {new}",
        "hotel": "hotel {old} → {new}",
        "stay": "{hotel}: stay {old} → {new}",
        "room_mates": "room shared with {new} (was {old})",
        "new_stay": "new accommodation: {hotel}",
        "no_stay": "no longer staying at {hotel}",
        "section": "{what} changed",
        "language": "language {old} → {new}",
        "nobody": "nobody",
        "none": "none",
        # The names of the details.
        "place": "place",
        "address": "address",
        "dress_code": "dress code",
        "to_bring": "what to bring",
        "staff": "staff in charge",
        "notes": "notes",
        "booking": "booking reference",
        "seat": "seat",
        "transfer": "vehicle",
        "contact": "contact",
        "room_of": "room",
        "moderator": "moderator",
        "material": "material",
        "ceremony": "the ceremony's run sheet",
        "cover": "the cover",
        "practical": "the practical information",
        "contacts": "the key contacts",
    },
    "fr": {
        "never_printed": "jamais imprimé",
        "meeting": "rendez-vous avec {name}",
        "added": "nouveau : {item}, {when}",
        "removed": "retiré du programme : {item}, {when}",
        "moved": "{item} passe de {old} à {new}",
        "ends": "{item} se termine désormais à {new} (au lieu de {old})",
        "renamed": "{old} s'appelle désormais {new}",
        "changed": "{item} : {what} {old} → {new}",
        "changed_text": "{item} : nouvelles informations ({what})",
        "speaker_now": "vous intervenez désormais à {item}",
        "speaker_no_longer": "vous n'intervenez plus à {item}",
        "room": "chambre {old} → {new}",
        "hotel": "hôtel {old} → {new}",
        "stay": "{hotel} : séjour {old} → {new}",
        "room_mates": "chambre partagée avec {new} (au lieu de {old})",
        "new_stay": "nouvel hébergement : {hotel}",
        "no_stay": "plus d'hébergement à {hotel}",
        "section": "modification : {what}",
        "language": "langue {old} → {new}",
        "nobody": "personne",
        "none": "aucun",
        "place": "lieu",
        "address": "adresse",
        "dress_code": "tenue",
        "to_bring": "à apporter",
        "staff": "responsable",
        "notes": "notes",
        "booking": "réservation",
        "seat": "siège",
        "transfer": "véhicule",
        "contact": "contact",
        "room_of": "salle",
        "moderator": "modération",
        "material": "matériel",
        "ceremony": "déroulé de la cérémonie",
        "cover": "couverture",
        "practical": "informations pratiques",
        "contacts": "contacts",
    },
}

# Details shown with their old and new value; the others are only said to have changed.
_SHOWN = ("place", "dress_code", "to_bring", "staff", "booking", "seat", "transfer", "contact")
_SAID = ("address", "notes", "room_of", "moderator", "material", "ceremony")


class ChangeWording:
    """The sentences of the change list in one language (French typography in French)."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValidationError(
                "language", say("'{language}' is not one of fr, en", language=language)
            )
        self.language = language
        self.locale = Locale.parse("fr_FR" if language == "fr" else "en_US")
        self._words = _WORDS[language]

    def __call__(self, key: str, **values: str) -> str:
        return self._words[key].format(**values)

    def time(self, moment: datetime) -> str:
        return format_time(moment, format="short", locale=self.locale).replace("\u202f", " ")

    def day(self, day: date) -> str:
        return format_skeleton("MMMEd", day, locale=self.locale)

    def when(self, moment: datetime) -> str:
        separator = " à " if self.language == "fr" else " at "
        return f"{self.day(moment.date())}{separator}{self.time(moment)}"

    def names(self, names: Sequence[str]) -> str:
        return format_list(list(names), locale=self.locale) if names else self("nobody")


def describe_changes(before: Facts, after: Facts, *, language: str = "en") -> list[str]:
    """The differences between two booklets' facts, one sentence each, in reading order."""
    words = ChangeWording(language)
    lines: list[str] = []
    if before.get("language") != after.get("language"):
        # Every text differs in another language: that is the one change worth saying.
        return [words("language", old=str(before.get("language")), new=str(after.get("language")))]
    lines += _item_changes(words, before.get("items", []), after.get("items", []))
    lines += _stay_changes(words, before.get("stays", []), after.get("stays", []))
    if before.get("delegate") != after.get("delegate") or before.get("mission") != after.get(
        "mission"
    ):
        lines.append(words("section", what=words("cover")))
    for section in ("practical", "contacts"):
        if before.get(section) != after.get(section):
            lines.append(words("section", what=words(section)))
    return lines


def _label(words: ChangeWording, item: Mapping[str, Any]) -> str:
    if item.get("meeting_with"):
        return words("meeting", name=str(item["meeting_with"]))
    return str(item.get("title") or "")


def _item_changes(
    words: ChangeWording, before: Sequence[Mapping[str, Any]], after: Sequence[Mapping[str, Any]]
) -> list[str]:
    old = {item["key"]: item for item in before}
    new = {item["key"]: item for item in after}
    lines: list[str] = []
    for item in after:
        previous = old.get(item["key"])
        start = datetime.fromisoformat(item["start"])
        if previous is None:
            lines.append(words("added", item=_label(words, item), when=words.when(start)))
            continue
        label = _label(words, item)
        if previous.get("title") != item.get("title") and not item.get("meeting_with"):
            lines.append(words("renamed", old=str(previous.get("title")), new=label))
        was = datetime.fromisoformat(previous["start"])
        if was != start:
            if was.date() == start.date():
                old_text, new_text = words.time(was), words.time(start)
            else:
                old_text, new_text = words.when(was), words.when(start)
            lines.append(words("moved", item=label, old=old_text, new=new_text))
        elif previous.get("end") != item.get("end"):
            lines.append(
                words(
                    "ends",
                    item=label,
                    old=words.time(datetime.fromisoformat(previous["end"])),
                    new=words.time(datetime.fromisoformat(item["end"])),
                )
            )
        if previous.get("speaker") != item.get("speaker"):
            lines.append(
                words("speaker_now" if item.get("speaker") else "speaker_no_longer", item=label)
            )
        for detail in _SHOWN:
            if previous.get(detail) != item.get(detail):
                lines.append(
                    words(
                        "changed",
                        item=label,
                        what=words(detail),
                        old=str(previous.get(detail) or words("none")),
                        new=str(item.get(detail) or words("none")),
                    )
                )
        changed = [
            words(detail)
            for detail in _SAID
            if previous.get("room" if detail == "room_of" else detail)
            != item.get("room" if detail == "room_of" else detail)
        ]
        if changed:
            what = format_list(changed, locale=words.locale)
            lines.append(words("changed_text", item=label, what=what))
    for item in before:
        if item["key"] not in new:
            start = datetime.fromisoformat(item["start"])
            lines.append(words("removed", item=_label(words, item), when=words.when(start)))
    return lines


def _stay_changes(
    words: ChangeWording, before: Sequence[Mapping[str, Any]], after: Sequence[Mapping[str, Any]]
) -> list[str]:
    lines: list[str] = []
    # Stays are matched in order (one per stop of the mission, at most a few).
    for index in range(max(len(before), len(after))):
        if index >= len(before):
            lines.append(words("new_stay", hotel=str(after[index]["hotel"])))
            continue
        if index >= len(after):
            lines.append(words("no_stay", hotel=str(before[index]["hotel"])))
            continue
        old, new = before[index], after[index]
        if old["hotel"] != new["hotel"]:
            lines.append(words("hotel", old=str(old["hotel"]), new=str(new["hotel"])))
        if old["room"] != new["room"]:
            lines.append(
                words(
                    "room",
                    old=str(old["room"] or words("none")),
                    new=str(new["room"] or words("none")),
                )
            )
        if (old["check_in"], old["check_out"]) != (new["check_in"], new["check_out"]):
            lines.append(
                words(
                    "stay",
                    hotel=str(new["hotel"]),
                    old=_span(words, old["check_in"], old["check_out"]),
                    new=_span(words, new["check_in"], new["check_out"]),
                )
            )
        if old["room_mates"] != new["room_mates"]:
            lines.append(
                words(
                    "room_mates",
                    old=words.names(old["room_mates"]),
                    new=words.names(new["room_mates"]),
                )
            )
    return lines


def _span(words: ChangeWording, first: str, last: str) -> str:
    return f"{words.day(date.fromisoformat(first))} – {words.day(date.fromisoformat(last))}"
