"""The booklet's fixed wording in French and English, and locale-aware dates and times.

Dates, times, countries and zone cities come from Babel (CLDR), never from tables of our own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import (
    format_date,
    format_interval,
    format_skeleton,
    format_time,
    get_timezone_location,
    parse_pattern,
)
from babel.lists import format_list

from delegation_app.errors import ValidationError
from delegation_app.messages import say
from delegation_app.printing.text import nbsp
from delegation_app.wording import ITEM_WORDS, kind_name

LANGUAGES = ("fr", "en")

# The Babel locale each booklet language is printed in.
LOCALES = {"fr": "fr_FR", "en": "en_US"}

WORDING: dict[str, dict[str, str]] = {
    "fr": {
        **ITEM_WORDS["fr"],
        "booklet": "Carnet de voyage",
        "personal_programme_of": "Programme personnel de",
        "personal_document": "Document personnel, établi pour {name}.",
        "at_a_glance": "Votre voyage en bref",
        "programme": "Programme",
        "programme_intro": (
            "Les horaires sont donnés à l'heure locale ; l'heure de {home} figure en petit "
            "à côté quand elle diffère."
        ),
        "contacts": "Contacts",
        "contacts_intro": "Les personnes à joindre pendant la mission.",
        "notes": "Notes",
        "practical_info": "Informations pratiques",
        "page": "Page {page} sur {total}",
        "stops": "Étapes",
        "flights": "Vos vols",
        "hotels": "Votre hébergement",
        "no_flights": "Aucun vol n'est réservé à votre nom dans ce programme.",
        "no_hotel": "Aucun hébergement n'est réservé à votre nom.",
        "no_programme": "Aucun rendez-vous n'est encore prévu pour vous.",
        "date": "Date",
        "flight": "Vol",
        "departure": "Départ",
        "arrival": "Arrivée",
        "hotel": "Hôtel",
        "stay": "Séjour",
        "room": "Chambre",
        "room_shared": "Partagée avec {names}",
        "check_in": "Arrivée",
        "check_out": "Départ",
        "nights_one": "{count} nuit",
        "nights_other": "{count} nuits",
        "phone": "Téléphone",
        "email": "E-mail",
        "name": "Nom",
        "role": "Rôle",
        "place": "Lieu",
        "speeches": "Discours",
        "your_seat_one": (
            "Vous signez à la place la plus proche du centre de la table ; "
            "{copies} originaux à signer."
        ),
        "your_seat_other": (
            "Vous signez à la place n° {seat} depuis le centre de la table ; "
            "{copies} originaux à signer."
        ),
        "speaker": "Intervenant",
        "home_time": "{time} à {home}",
        "next_day": "lendemain",
        "previous_day": "veille",
        "days_later": "+{count} j",
        "days_earlier": "−{count} j",
        "time_difference": "{offset} par rapport à {home}",
        "same_time": "même heure qu'à {home}",
        "hours": "{sign}{hours} h",
        "hours_minutes": "{sign}{hours} h {minutes:02d}",
        "contents": "Sommaire",
        "addresses": "Adresses",
        "addresses_intro": (
            "Les lieux de votre programme ; scannez le code pour les ouvrir dans votre "
            "application de cartes."
        ),
        "scan_contact": "Scannez le code pour enregistrer le contact dans votre téléphone.",
        "transfers": "Vos transferts",
        "time": "Heure",
        "transfer": "Trajet",
        "vehicle": "Véhicule",
        "meeting_point": "Rendez-vous",
        "driver": "Chauffeur",
        "contact": "Contact",
        "workshop_room": "Salle",
        "moderator": "Modération",
        "material": "Matériel",
        "map": "Plan",
        "delegation_programme": "Programme de la délégation",
        "delegation_programme_intro": (
            "Tout le programme jour par jour, à l'heure locale, avec qui participe à quoi."
        ),
        "delegation_programme_for": (
            "Les éléments du programme auxquels participe {who}, jour par jour, à l'heure "
            "locale, avec qui participe à quoi."
        ),
        "everyone": "Toute la délégation",
        "except": "sauf {names}",
        "and_people": "et {names}",
        "attending_one": "{count} participant",
        "attending_other": "{count} participants",
        "delegates_one": "{count} délégué",
        "delegates_other": "{count} délégués",
        "private_left_out_one": (
            "{count} rendez-vous privé n'est pas listé : il figure dans le carnet de ses "
            "participants."
        ),
        "private_left_out_other": (
            "{count} rendez-vous privés ne sont pas listés : ils figurent dans le carnet de "
            "leurs participants."
        ),
        "who": "Qui",
        "what": "Quoi",
        "face_book": "Trombinoscope",
        "face_book_intro": "Les membres de la délégation, groupe par groupe.",
        "other_delegates": "Autres participants",
        "letters": "Lettres d'invitation",
        "subject": "Objet",
        "to_complete": "…………………… (à compléter)",
    },
    "en": {
        **ITEM_WORDS["en"],
        "booklet": "Travel booklet",
        "personal_programme_of": "Personal programme of",
        "personal_document": "Personal document, prepared for {name}.",
        "at_a_glance": "Your trip at a glance",
        "programme": "Programme",
        "programme_intro": (
            "Times are local times; the time in {home} is shown beside them in small type "
            "when it differs."
        ),
        "contacts": "Contacts",
        "contacts_intro": "The people to call during the mission.",
        "notes": "Notes",
        "practical_info": "Practical information",
        "page": "Page {page} of {total}",
        "stops": "Stops",
        "flights": "Your flights",
        "hotels": "Your accommodation",
        "no_flights": "No flight is booked in your name in this programme.",
        "no_hotel": "No accommodation is booked in your name.",
        "no_programme": "Nothing is scheduled for you yet.",
        "date": "Date",
        "flight": "Flight",
        "departure": "Departure",
        "arrival": "Arrival",
        "hotel": "Hotel",
        "stay": "Stay",
        "room": "Room",
        "room_shared": "Shared with {names}",
        "check_in": "Check-in",
        "check_out": "Check-out",
        "nights_one": "{count} night",
        "nights_other": "{count} nights",
        "phone": "Phone",
        "email": "E-mail",
        "name": "Name",
        "role": "Role",
        "place": "Place",
        "speeches": "Speeches",
        "your_seat_one": (
            "You sign at the chair nearest the centre of the table; {copies} originals to sign."
        ),
        "your_seat_other": (
            "You sign at chair {seat} from the centre of the table; {copies} originals to sign."
        ),
        "speaker": "Speaker",
        "home_time": "{time} in {home}",
        "next_day": "next day",
        "previous_day": "previous day",
        "days_later": "+{count} d",
        "days_earlier": "−{count} d",
        "time_difference": "{offset} from {home}",
        "same_time": "same time as {home}",
        "hours": "{sign}{hours} h",
        "hours_minutes": "{sign}{hours} h {minutes:02d}",
        "contents": "Contents",
        "addresses": "Addresses",
        "addresses_intro": (
            "The places of your programme; scan a code to open the place in your maps app."
        ),
        "scan_contact": "Scan a code to save the contact in your phone.",
        "transfers": "Your transfers",
        "time": "Time",
        "transfer": "Journey",
        "vehicle": "Vehicle",
        "meeting_point": "Meeting point",
        "driver": "Driver",
        "contact": "Contact",
        "workshop_room": "Room",
        "moderator": "Moderator",
        "material": "Material",
        "map": "Map",
        "delegation_programme": "Delegation programme",
        "delegation_programme_intro": (
            "The whole programme day by day, in local time, with who attends what."
        ),
        "delegation_programme_for": (
            "The items of the programme {who} attends, day by day, in local time, with who "
            "attends what."
        ),
        "everyone": "Whole delegation",
        "except": "except {names}",
        "and_people": "and {names}",
        "attending_one": "{count} attendee",
        "attending_other": "{count} attendees",
        "delegates_one": "{count} delegate",
        "delegates_other": "{count} delegates",
        "private_left_out_one": (
            "{count} private appointment is not listed: it is in its attendees' booklets."
        ),
        "private_left_out_other": (
            "{count} private appointments are not listed: they are in their attendees' booklets."
        ),
        "who": "Who",
        "what": "What",
        "face_book": "Face book",
        "face_book_intro": "The members of the delegation, group by group.",
        "other_delegates": "Other delegates",
        "letters": "Invitation letters",
        "subject": "Subject",
        "to_complete": "…………………… (to be completed)",
    },
}


class Wording:
    """The fixed text and the date and time formats of one booklet language."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValidationError(
                "language",
                say("'{language}' is not a booklet language (fr or en)", language=language),
            )
        self.language = language
        self.locale = Locale.parse(LOCALES[language])
        self._words = WORDING[language]

    def __call__(self, key: str, **values: object) -> str:
        """The wording for ``key`` with ``values`` filled in (plain text, not escaped)."""
        return self._words[key].format(**values)

    def rich(self, key: str, **values: str) -> str:
        """The wording as paragraph markup, ``values`` being markup already (escaped)."""
        return escape(self._words[key]).format(**values)

    def kind(self, kind: str) -> str:
        """The name of a kind of itinerary item (``ItemKind`` values)."""
        return kind_name(kind, self.language)

    def colon(self, label: str) -> str:
        """A label introducing a value: "Tenue :" (French spacing), "Dress code:"."""
        return f"{label}\u00a0:" if self.language == "fr" else f"{label}:"

    def nights(self, count: int) -> str:
        return self("nights_one" if count == 1 else "nights_other", count=count)

    def count(self, key: str, count: int) -> str:
        """``key_one`` or ``key_other`` after CLDR's plural rule ("0 participant" in French)."""
        category = self.locale.plural_form(count)
        return self(f"{key}_{'one' if category == 'one' else 'other'}", count=count)

    def names(self, names: Sequence[str]) -> str:
        """ "A, B et C", "A, B, and C"."""
        return format_list(list(names), locale=self.locale)

    # Dates and times -------------------------------------------------------------------

    def full_date(self, day: date) -> str:
        """The full date: "lundi 6 novembre 2017", "Monday, November 6, 2017"."""
        return format_date(day, format="full", locale=self.locale)

    def day_heading(self, day: date) -> str:
        """The full date with a capital, as a heading starts: "Lundi 6 novembre 2017"."""
        text = self.full_date(day)
        return text[:1].upper() + text[1:]

    def short_date(self, day: date) -> str:
        """A short date for tables: "lun. 6 nov.", "Mon, Nov 6"."""
        return format_skeleton("MMMEd", day, locale=self.locale)

    def date_range(self, start: date, end: date) -> str:
        """A date range with months in full: "5–10 novembre 2017"."""
        if start == end:
            return format_date(start, format="long", locale=self.locale)
        return _long_interval(start, end, self.locale)

    def day_range(self, first: date, last: date) -> str:
        """Several days of a page: "lun. 6 – mar. 7 nov. 2017"."""
        if first == last:
            return self.full_date(first)
        return format_interval(first, last, "yMMMEd", locale=self.locale)

    def time(self, moment: datetime) -> str:
        """09:30 in French, "9:30 AM" in English (never broken across lines)."""
        # The wall-clock time only: aware datetimes of different zones can be equal (and
        # hash alike) as instants, which a cache keyed on them would confuse.
        return _short_time(moment.time(), self.language)

    def country(self, code: str) -> str:
        name = self.locale.territories.get(code.upper())
        return name if isinstance(name, str) else code

    def zone_city(self, zone: str) -> str:
        """The city naming a zone in this language: "Europe/Paris" → "Paris"."""
        return get_timezone_location(ZoneInfo(zone), locale=self.locale, return_city=True)

    def day_shift(self, days: int) -> str:
        """How far a time lies from the day it is listed under: "lendemain", "+2 j"."""
        if days == 1:
            return self("next_day")
        if days == -1:
            return self("previous_day")
        if days > 0:
            return self("days_later", count=days)
        if days < 0:
            return self("days_earlier", count=-days)
        return ""

    def offset(self, difference: timedelta) -> str:
        """A time difference: "−6 h", "+3 h 30"."""
        minutes = round(difference.total_seconds() / 60)
        sign = "+" if minutes > 0 else "−" if minutes < 0 else "±"
        hours, rest = divmod(abs(minutes), 60)
        if rest:
            return self("hours_minutes", sign=sign, hours=hours, minutes=rest)
        return self("hours", sign=sign, hours=hours)


@lru_cache(maxsize=4096)
def _short_time(moment: time, language: str) -> str:
    # Cached: Babel formats each time afresh, and a delegation's booklets share their times.
    return nbsp(format_time(moment, format="short", locale=Locale.parse(LOCALES[language])))


def zone_abbreviation(moment: datetime) -> str:
    """The abbreviation of the zone at that moment: "CET", "EST"; "UTC-03" where none exists."""
    name = moment.tzname() or ""
    if not name or name[0] in "+-":
        return f"UTC{name.replace('-', '−')}" if name else "UTC"
    return name


def _long_interval(start: date, end: date, locale: Locale) -> str:
    """A date range with months in full, by widening CLDR's "yMMMd" interval pattern.

    CLDR has no "yMMMMd" interval; TR35 says to adjust the closest one's field widths, which
    Babel's ``format_interval`` does not do.
    """
    parts_by_field = locale.interval_formats.get("yMMMd") or {}
    for field, differs in (
        ("y", start.year != end.year),
        ("M", (start.year, start.month) != (end.year, end.month)),
        ("d", True),
    ):
        if differs and field in parts_by_field:
            return "".join(
                parse_pattern(_MONTH_ABBREVIATED.sub(r"\1\1\1\1", pattern)).apply(moment, locale)
                for pattern, moment in zip(parts_by_field[field], (start, end), strict=True)
            )
    first = format_date(start, format="long", locale=locale)
    return f"{first} – {format_date(end, format='long', locale=locale)}"


_MONTH_ABBREVIATED = re.compile(r"(?<![ML])([ML])\1\1(?![ML])")
