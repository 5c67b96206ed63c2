"""Which column of a host's programme holds which itinerary field, and what its kind words mean.

Headers are recognised in French and English whatever their case, accents and punctuation
("Heure de début", "START TIME", "Fuseau horaire"); the coordinator corrects the guess with
``Header=field`` pairs, as for a roster.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from delegation_app.errors import ValidationError
from delegation_app.interchange.cell_values import fold
from delegation_app.interchange.roster_columns import no_column_for
from delegation_app.messages import say
from delegation_app.storage.models import ItemKind


@dataclass(frozen=True)
class ItineraryField:
    name: str
    label_fr: str
    label_en: str
    aliases: tuple[str, ...]


FIELDS: tuple[ItineraryField, ...] = (
    ItineraryField("date", "Date", "Date",
                   ("jour", "day", "date de debut", "start date", "journee")),
    ItineraryField("start", "Début", "Start",
                   ("heure", "heure de debut", "debut", "horaire", "horaires", "de", "a partir de",
                    "start time", "starts", "begins", "from", "time", "times", "schedule",
                    "date et heure", "date and time", "when", "quand")),
    ItineraryField("end", "Fin", "End",
                   ("heure de fin", "jusqu a", "jusqu au", "a", "end time", "ends", "until", "to",
                    "finish")),
    ItineraryField("duration", "Durée", "Duration", ("duree", "length", "duree prevue")),
    ItineraryField("zone", "Fuseau horaire", "Time zone",
                   ("fuseau", "zone", "timezone", "tz", "zone horaire", "heure locale de")),
    ItineraryField("end_zone", "Fuseau d'arrivée", "End time zone",
                   ("fuseau horaire d arrivee", "fuseau de fin", "arrival zone",
                    "arrival time zone", "end zone")),
    ItineraryField("city", "Ville", "City", ("etape", "stop", "escale", "town")),
    ItineraryField("title", "Titre", "Title",
                   ("intitule", "activite", "evenement", "programme", "objet", "libelle",
                    "titre fr", "titre francais", "intitule fr", "activity", "event", "item",
                    "title fr", "french title", "what", "quoi")),
    ItineraryField("title_en", "Titre anglais", "English title",
                   ("titre en", "titre en anglais", "intitule anglais", "intitule en",
                    "title en", "title english", "english", "anglais")),
    ItineraryField("kind", "Type", "Kind",
                   ("categorie", "nature", "genre", "type d activite", "category", "type of event",
                    "activity type")),
    ItineraryField("venue", "Lieu", "Place",
                   ("endroit", "salle", "site", "lieu de rendez vous", "venue", "location",
                    "where", "ou")),
    ItineraryField("address", "Adresse", "Address",
                   ("adresse du lieu", "adresse postale", "venue address", "street address")),
    ItineraryField("attendees", "Participants", "Attendees",
                   ("public", "qui", "pour", "invites", "delegues", "delegues concernes",
                    "personnes concernees", "concerne", "audience", "who", "participants concernes",
                    "for", "people")),
    ItineraryField("dress_code", "Tenue", "Dress code",
                   ("code vestimentaire", "tenue vestimentaire", "dress", "attire")),
    ItineraryField("to_bring", "À apporter", "To bring",
                   ("a prevoir", "documents a apporter", "what to bring", "bring")),
    ItineraryField("notes_fr", "Notes", "Notes",
                   ("remarques", "commentaires", "observations", "informations", "infos",
                    "notes fr", "remarques fr", "details", "description", "comments", "remarks",
                    "french notes", "notes francais")),
    ItineraryField("notes_en", "Notes anglais", "English notes",
                   ("notes en", "notes en anglais", "remarques en", "remarques anglais",
                    "comments en", "description en")),
    ItineraryField("internal_notes", "Notes internes", "Internal notes",
                   ("interne", "note interne", "remarques internes", "internal", "staff notes")),
    ItineraryField("staff", "Responsable", "Staff in charge",
                   ("encadrant", "referent", "accompagnateur", "accompagnatrice", "staff",
                    "in charge", "person in charge", "responsable sur place")),
)  # fmt: skip

FIELD_NAMES = frozenset(f.name for f in FIELDS)
REQUIRED = ("start", "title")
LABELS_FR = {f.name: f.label_fr for f in FIELDS}


def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for field in FIELDS:
        for name in (field.name, field.label_fr, field.label_en, *field.aliases):
            index.setdefault(fold(name.replace("_", " ")), field.name)
    return index


_ALIASES = _index()


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index -> field name for every header we recognise (first column wins)."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        field = _ALIASES.get(fold(header))
        if field is not None and field not in taken:
            mapping[index] = field
            taken.add(field)
    return mapping


def apply_overrides(
    headers: Sequence[str], mapping: Mapping[int, str], overrides: Iterable[str]
) -> dict[int, str]:
    """Correct a mapping with ``Header=field`` pairs (``Horaire=start``, ``Commentaire=``).

    An empty field name ignores that column. Raises ValidationError("map", ...) when a pair is
    malformed, names an unknown field or column, or when no column holds a required field.
    """
    result = dict(mapping)
    folded_headers = [fold(h) for h in headers]
    for override in overrides:
        header, sep, field = override.partition("=")
        if not sep:
            raise ValidationError("map", say("'{pair}' must read Header=field", pair=override))
        field = field.strip()
        if field and field not in FIELD_NAMES:
            known = ", ".join(sorted(FIELD_NAMES))
            raise ValidationError(
                "map",
                say("'{field}' is not an itinerary field ({known})", field=field, known=known),
            )
        try:
            index = folded_headers.index(fold(header))
        except ValueError:
            raise ValidationError(
                "map", say("the file has no column '{header}'", header=header.strip())
            ) from None
        result = {i: f for i, f in result.items() if f != field or not field}
        if field:
            result[index] = field
        else:
            result.pop(index, None)
    check_required(result)
    return result


def check_required(mapping: Mapping[int, str]) -> None:
    """Refuse a mapping without a start column or a title column, saying how to name one."""
    missing = [name for name in REQUIRED if name not in mapping.values()]
    if missing:
        raise ValidationError("map", no_column_for(missing, LABELS_FR))


# How hosts write the kind of an item. Matched on the whole folded cell, or on the first words
# of the title when the programme has no kind column ("Déjeuner avec le maire" -> meal).
_KIND_WORDS: dict[ItemKind, tuple[str, ...]] = {
    ItemKind.FLIGHT: ("vol", "avion", "flight", "plane", "vol retour", "vol aller", "envol"),
    ItemKind.TRAIN: ("train", "tgv", "rail", "eurostar", "trajet en train", "train journey"),
    ItemKind.TRANSFER: ("transfert", "transfer", "transport", "navette", "shuttle", "bus",
                        "autocar", "car", "taxi", "trajet", "deplacement", "depart", "departure",
                        "ride", "drive", "coach"),
    ItemKind.VISIT: ("visite", "visit", "tour", "visite de site", "site visit", "excursion",
                     "visite guidee", "guided tour"),
    ItemKind.RECEPTION: ("reception", "cocktail", "soiree", "gala", "vin d honneur",
                         "cocktail dinatoire", "networking", "afterwork", "evening reception"),
    ItemKind.MEAL: ("repas", "dejeuner", "diner", "petit dejeuner", "petit dej", "brunch",
                    "lunch", "dinner", "breakfast", "meal", "buffet", "dejeuner de travail",
                    "diner de gala", "working lunch", "business lunch", "business dinner"),
    ItemKind.MEETING: ("rendez vous", "rdv", "reunion", "rencontre", "entretien", "meeting",
                       "appointment", "b2b", "rendez vous b2b", "entrevue", "audience",
                       "rencontres b2b", "b2b meetings"),
    ItemKind.WORKSHOP: ("atelier", "workshop", "table ronde", "conference", "seminaire",
                        "panel", "session", "seminar", "round table", "forum", "colloque",
                        "masterclass", "pitch", "keynote"),
    ItemKind.SIGNING: ("signature", "signing", "ceremonie de signature", "signature ceremony",
                       "signature d accord", "signature de l accord"),
    ItemKind.BRIEFING: ("briefing", "debriefing", "point d information", "reunion de preparation",
                        "brief", "debrief", "point presse", "press briefing"),
    ItemKind.FREE_TIME: ("temps libre", "libre", "free time", "quartier libre", "free",
                         "pause", "break", "temps personnel", "soiree libre", "free evening"),
    ItemKind.OTHER: ("autre", "other", "divers", "programme", "misc"),
}  # fmt: skip


def _kind_table() -> dict[str, ItemKind]:
    table: dict[str, ItemKind] = {}
    for kind, words in _KIND_WORDS.items():
        table[fold(kind.value.replace("_", " "))] = kind
        for word in words:
            table.setdefault(fold(word), kind)
    return table


_KINDS = _kind_table()
_LONGEST_KIND = max(len(k.split()) for k in _KINDS)


def parse_kind(text: str) -> ItemKind | None:
    """The kind a cell names ("Visite", "Déjeuner", "Rendez-vous", "signing"), or None."""
    return _KINDS.get(fold(text))


def kind_from_title(title: str) -> ItemKind | None:
    """The kind the first words of a title name ("Réception à l'hôtel de ville"), or None.

    The longest leading phrase wins, so "Petit-déjeuner" is a meal and not "petit" anything.
    """
    words = fold(title).split()
    for length in range(min(_LONGEST_KIND, len(words)), 0, -1):
        kind = _KINDS.get(" ".join(words[:length]))
        if kind is not None and kind != ItemKind.OTHER:
            return kind
    return None
