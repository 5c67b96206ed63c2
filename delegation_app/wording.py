"""Words shared by everything that shows the itinerary: booklets, calendars, the CLI, the window.

Plain text in French and English; each output adds its own (booklet typography, calendar
fields). Kept at the bottom of the core so every layer may use it.
"""

from __future__ import annotations

ITEM_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "booking": "Réservation",
        "seat": "Siège",
        "dress_code": "Tenue",
        "to_bring": "À prévoir",
        "staff": "Responsable",
        "meeting_with": "Rendez-vous avec {name}",
        "kind_flight": "Vol",
        "kind_train": "Train",
        "kind_transfer": "Transfert",
        "kind_visit": "Visite",
        "kind_reception": "Réception",
        "kind_meal": "Repas",
        "kind_meeting": "Rendez-vous",
        "kind_workshop": "Atelier",
        "kind_signing": "Signature",
        "kind_briefing": "Briefing",
        "kind_free_time": "Temps libre",
        "kind_other": "Programme",
    },
    "en": {
        "booking": "Booking",
        "seat": "Seat",
        "dress_code": "Dress code",
        "to_bring": "To bring",
        "staff": "In charge",
        "meeting_with": "Meeting with {name}",
        "kind_flight": "Flight",
        "kind_train": "Train",
        "kind_transfer": "Transfer",
        "kind_visit": "Visit",
        "kind_reception": "Reception",
        "kind_meal": "Meal",
        "kind_meeting": "Meeting",
        "kind_workshop": "Workshop",
        "kind_signing": "Signing",
        "kind_briefing": "Briefing",
        "kind_free_time": "Free time",
        "kind_other": "Programme",
    },
}


def kind_name(kind: str, language: str) -> str:
    """The name of a kind of itinerary item (``ItemKind`` values) in ``language``."""
    words = ITEM_WORDS[language]
    return words.get(f"kind_{kind}", words["kind_other"])
