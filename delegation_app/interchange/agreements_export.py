"""The agreements register as an XLSX workbook: one row per agreement, ready to sort and filter.

The rows are those of :func:`~delegation_app.services.agreements.register_rows`, the read model
the printed register uses too, so both always list the same agreements for the same filters.
Dates are real date cells (so a spreadsheet sorts them), counts are numbers, and no text is
ever stored as a formula: a title starting with "=" stays a title. The file appears only once
whole (written beside it, then moved into place).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from babel import Locale

from delegation_app.errors import ValidationError
from delegation_app.interchange.xlsx_table import Cell, Column, write_atomically, write_table
from delegation_app.messages import say
from delegation_app.services.agreements import (
    PartyView,
    RegisterFilters,
    RegisterRow,
    describe_filters,
    kind_label,
    status_label,
)

LANGUAGES = ("fr", "en")
_LOCALES = {"fr": "fr_FR", "en": "en_US"}

# (key, French header, English header, width)
COLUMNS: tuple[tuple[str, str, str, int], ...] = (
    ("short", "Référence", "Reference", 24),
    ("title", "Titre", "Title", 50),
    ("kind", "Type", "Kind", 24),
    ("ours", "Nos parties", "Our side", 34),
    ("partners", "Partenaires", "Partners", 34),
    ("partner_countries", "Pays partenaires", "Partner countries", 18),
    ("status", "Statut", "Status", 18),
    ("signing_date", "Date de signature", "Signing date", 14),
    ("signing_place", "Lieu de signature", "Signing place", 28),
    ("signatories", "Signataires", "Signatories", 45),
    ("effective_date", "Date d'effet", "Effective date", 14),
    ("end_date", "Date de fin", "End date", 14),
    ("renewal_notice_days", "Préavis (jours)", "Notice (days)", 12),
    ("domains", "Domaines", "Domains", 34),
    ("mission", "Mission", "Mission", 40),
    ("signed_copy", "Copie signée", "Signed copy", 12),
    ("documents", "Versions du texte", "Text versions", 12),
    ("open_commitments", "Engagements ouverts", "Open commitments", 14),
)
_DATE_COLUMNS = frozenset({"signing_date", "effective_date", "end_date"})
_WORDS = {
    "fr": {"sheet": "Accords", "title": "Registre des accords", "yes": "oui", "no": "non"},
    "en": {"sheet": "Agreements", "title": "Register of agreements", "yes": "yes", "no": "no"},
}


def export_register_xlsx(
    rows: Sequence[RegisterRow],
    path: Path,
    *,
    language: str = "fr",
    filters: RegisterFilters | None = None,
) -> Path:
    """Write the register to ``path`` (.xlsx), a row per agreement; returns the path.

    The ``filters`` the rows were read with are written in words in the workbook's description
    and the printed page's header, so a printed sheet says what it leaves out.
    """
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("output", say("'{name}' must end in .xlsx", name=path.name))
    if language not in LANGUAGES:
        raise ValidationError("language", say("'{language}' is not fr or en", language=language))
    filters = filters or RegisterFilters()
    mission_title = next(
        (r.mission_title(language) for r in rows if r.mission_id == filters.mission_id), None
    )
    described = describe_filters(filters, language, mission_title=mission_title)
    table = [[_value(row, key, language) for key, *_ in COLUMNS] for row in rows]
    write_atomically(path, lambda target: _write(target, table, language, described))
    return path


def _country(code: str | None, language: str) -> str:
    if not code:
        return ""
    name = Locale.parse(_LOCALES[language]).territories.get(code)
    return name if isinstance(name, str) else code


def _parties(parties: Sequence[PartyView], language: str) -> str:
    return "; ".join(
        f"{p.organisation} ({_country(p.country, language)})" if p.country else p.organisation
        for p in parties
    )


def _value(row: RegisterRow, key: str, language: str) -> Cell:
    words = _WORDS[language]
    match key:
        case "title":
            return row.title(language)
        case "kind":
            return kind_label(row.kind, language)
        case "status":
            return status_label(row.status, language)
        case "ours":
            return _parties(row.ours, language)
        case "partners":
            return _parties(row.partners, language)
        case "partner_countries":
            return "; ".join(_country(c, language) for c in row.partner_countries)
        case "signatories":
            return "; ".join(f"{s.name} ({s.capacity})" for s in row.signatories)
        case "domains":
            return "; ".join(row.domains)
        case "mission":
            return row.mission_title(language)
        case "signed_copy":
            return words["yes"] if row.has_signed_copy else words["no"]
        case _:
            value: Cell = getattr(row, key)
            return value


def _write(path: Path, table: Sequence[Sequence[Cell]], language: str, described: str) -> None:
    words = _WORDS[language]
    write_table(
        path,
        [Column(key, fr if language == "fr" else en, width) for key, fr, en, width in COLUMNS],
        table,
        language=language,
        sheet_title=words["sheet"],
        title=words["title"],
        described=described,
        date_keys=_DATE_COLUMNS,
        freeze="C2",  # the reference and the title stay in view
    )
