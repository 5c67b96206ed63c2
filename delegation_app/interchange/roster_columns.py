"""Which column of a partner's spreadsheet holds which roster field, in French or English."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from delegation_app.errors import ValidationError
from delegation_app.interchange.cell_values import fold
from delegation_app.messages import Said, say


@dataclass(frozen=True)
class RosterField:
    name: str
    label_fr: str
    label_en: str
    aliases: tuple[str, ...]


# The first label of each field is what our own export writes, so an export re-imports as is.
FIELDS: tuple[RosterField, ...] = (
    RosterField("short", "Identifiant", "Short name", ("id", "short", "code")),
    RosterField("honorific", "Civilité", "Title", ("civ", "civilite", "salutation", "mr mrs")),
    RosterField("family_name", "Nom", "Last name",
                ("nom de famille", "family name", "surname", "last name", "nom usuel")),
    RosterField("given_name", "Prénom", "First name",
                ("prenom", "first name", "given name", "forename")),
    RosterField("organisation", "Société", "Organisation",
                ("societe", "entreprise", "organisme", "structure", "company", "organization",
                 "employer", "raison sociale", "etablissement")),
    RosterField("job_title", "Fonction", "Job title",
                ("poste", "titre", "position", "job", "fonction occupee")),
    RosterField("capacity", "Qualité", "Capacity", ("qualite", "en qualite de", "capacity")),
    RosterField("email", "E-mail", "E-mail",
                ("courriel", "mail", "adresse mail", "adresse e mail", "email address",
                 "adresse electronique")),
    RosterField("phone", "Téléphone", "Phone",
                ("tel", "telephone portable", "portable", "mobile", "mobile phone", "cell",
                 "gsm", "numero de telephone", "phone number")),
    RosterField("language", "Langue", "Language",
                ("langue du livret", "booklet language")),
    RosterField("languages", "Langues parlées", "Languages",
                ("langues parlees", "langue parlee", "langues", "spoken languages",
                 "languages spoken", "langues pratiquees")),
    RosterField("role", "Rôle", "Role", ("role", "categorie", "category", "type")),
    RosterField("status", "Statut", "Status", ("etat", "inscription")),
    RosterField("groups", "Groupes", "Groups", ("groupe", "group", "delegation", "sous groupe")),
    RosterField("nationality", "Nationalité", "Nationality", ("nationalite", "citizenship")),
    RosterField("birth_date", "Date de naissance", "Date of birth",
                ("ne le", "nee le", "ne e le", "naissance", "birth date", "dob", "birthday")),
    RosterField("passport_number", "N° passeport", "Passport number",
                ("n passeport", "no passeport", "numero de passeport", "numero passeport",
                 "passeport", "passport", "passport no", "passport n")),
    RosterField("passport_country", "Pays de délivrance", "Issuing country",
                ("pays d emission", "pays emetteur", "passport country", "country of issue",
                 "pays de delivrance du passeport")),
    RosterField("passport_expiry", "Date d'expiration", "Passport expiry",
                ("expiration", "date d expiration du passeport", "expiration passeport",
                 "validite passeport", "expiry date", "date of expiry", "passport expiry date",
                 "expires")),
    RosterField("dietary_needs", "Régime alimentaire", "Dietary needs",
                ("regime", "allergies", "restrictions alimentaires", "dietary requirements",
                 "diet", "food")),
    RosterField("mobility_needs", "Mobilité", "Mobility needs",
                ("pmr", "handicap", "accessibilite", "accessibility", "mobility")),
    RosterField("hotel", "Hôtel", "Hotel", ("hebergement", "accommodation", "hotel name")),
    RosterField("room", "Chambre", "Room",
                ("n chambre", "no chambre", "numero de chambre", "room number", "room no")),
    RosterField("room_type", "Type de chambre", "Room type",
                ("type chambre", "categorie de chambre", "room category")),
    RosterField("room_mate", "Partage la chambre avec", "Room-mate",
                ("colocataire", "partage avec", "chambre partagee avec", "shares with",
                 "sharing with", "roommate", "room mate")),
)  # fmt: skip

# How roles and statuses are written in an export, per language; the importer reads them back.
ROLE_LABELS = {
    "fr": {
        "elected_official": "Élu", "business_leader": "Chef d'entreprise",
        "institutional": "Institutionnel", "staff": "Équipe d'organisation", "press": "Presse",
        "guest": "Invité",
    },
    "en": {
        "elected_official": "Elected official", "business_leader": "Business leader",
        "institutional": "Institutional", "staff": "Staff", "press": "Press", "guest": "Guest",
    },
}  # fmt: skip
STATUS_LABELS = {
    "fr": {
        "invited": "Invité", "registered": "Inscrit", "confirmed": "Confirmé",
        "waitlisted": "Liste d'attente", "cancelled": "Annulé",
    },
    "en": {
        "invited": "Invited", "registered": "Registered", "confirmed": "Confirmed",
        "waitlisted": "Waitlisted", "cancelled": "Cancelled",
    },
}  # fmt: skip

FIELD_NAMES = frozenset(f.name for f in FIELDS)
REQUIRED = ("family_name", "given_name")


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
    """Correct a mapping with ``Header=field`` pairs (``Société=organisation``, ``Notes=``).

    An empty field name ignores that column.
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
                "map", say("'{field}' is not a roster field ({known})", field=field, known=known)
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
    missing = [name for name in REQUIRED if name not in result.values()]
    if missing:
        labels = {f.name: f.label_fr for f in FIELDS}
        raise ValidationError("map", no_column_for(missing, labels))
    return result


def no_column_for(missing: Sequence[str], labels: Mapping[str, str]) -> Said:
    """Why a mapping without the required fields ``missing`` (one or two) is refused, and how
    to name a column for the first (``labels``: the fields' French headers)."""
    first = missing[0]
    if len(missing) == 1:
        return say(
            "no column for '{label}' ({field}); name it with --map \"Header={field}\"",
            label=labels[first],
            field=first,
        )
    # Every importer requires two fields, so at most two are missing.
    second = missing[1]
    return say(
        "no column for '{label}' ({field}) and '{other_label}' ({other}); "
        'name it with --map "Header={field}"',
        label=labels[first],
        field=first,
        other_label=labels[second],
        other=second,
    )


def split_groups(text: str) -> tuple[str, ...]:
    """The groups named in one cell.

    Partners separate groups with commas (or bars); our export uses semicolons (and ends a
    single group whose name holds a comma with one), so a cell with a semicolon is split on
    semicolons only.
    """
    separator = ";" if ";" in text else "|" if "|" in text else ","
    return tuple(dict.fromkeys(g.strip() for g in text.split(separator) if g.strip()))


def join_groups(groups: Sequence[str]) -> str | None:
    """The cell an export writes for a delegate's groups, which split_groups reads back."""
    if not groups:
        return None
    text = "; ".join(groups)
    return text + ";" if len(groups) == 1 and "," in groups[0] else text
