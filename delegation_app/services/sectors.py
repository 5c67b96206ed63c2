"""The sectors of excellence that classify companies, workshops and leads, in both languages.

Sectors are stored as the coordinators type them; the six sectors of excellence are recognised
in French or English (whatever the case and accents) so that reports group them and name them in
the reader's language, in their usual order. Any other sector is kept as typed.
"""

from __future__ import annotations

import unicodedata

MARITIME = "Maritime & Logistics"
HEALTH = "Health"
TOURISM = "Tourism"
DIGITAL = "Digital & Creative industries"
AERO = "Aeronautics & Mechanics"
ENERGY = "Energy & Environment"

SECTORS_OF_EXCELLENCE: tuple[str, ...] = (MARITIME, HEALTH, TOURISM, DIGITAL, AERO, ENERGY)

_FRENCH = {
    MARITIME: "Maritime et logistique",
    HEALTH: "Santé",
    TOURISM: "Tourisme",
    DIGITAL: "Numérique et industries créatives",
    AERO: "Aéronautique et mécanique",
    ENERGY: "Énergie et environnement",
}
_NONE = {"fr": "Sans secteur", "en": "No sector"}


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("&", " et ").replace(" and ", " et ").split())


_KNOWN = {
    **{_folded(sector): sector for sector in SECTORS_OF_EXCELLENCE},
    **{_folded(french): sector for sector, french in _FRENCH.items()},
}


def canonical_sector(sector: str | None) -> str | None:
    """A sector of excellence under its one stored name; any other sector as typed."""
    if sector is None or not sector.strip():
        return None
    return _KNOWN.get(_folded(sector), sector.strip())


def sector_label(sector: str | None, language: str) -> str:
    """The sector in the reader's language ("Santé"); "No sector" for None."""
    if sector is None:
        return _NONE["fr" if language == "fr" else "en"]
    canonical = canonical_sector(sector) or sector
    if language == "fr":
        return _FRENCH.get(canonical, canonical)
    return canonical


def sector_order(sector: str | None) -> tuple[int, str]:
    """The sectors of excellence in their order, then the others alphabetically, None last."""
    if sector is None:
        return (len(SECTORS_OF_EXCELLENCE) + 1, "")
    canonical = canonical_sector(sector) or sector
    if canonical in SECTORS_OF_EXCELLENCE:
        return (SECTORS_OF_EXCELLENCE.index(canonical), "")
    return (len(SECTORS_OF_EXCELLENCE), _folded(canonical))
