"""Small roster files written the way office software writes them, for the import tests."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

HEADERS = ["Identifiant", "Nom", "Prénom", "Société", "E-mail", "Statut", "Groupes", "Notes"]
ROWS = [
    # row 2: a new person
    ["", "Lefèvre", "Zoë", "Provence Promotion", "zoe.lefevre@example.fr", "Confirmé",
     "Chefs d'entreprise", "végétarienne"],
    # row 3: a new person, new organisation
    ["", "O'Connor", "Seán", "Port de Marseille Fos", "", "Inscrit", "", ""],
    # row 4: Hélène Durand, already on the Miami roster (her short name says who she is)
    ["hdurand", "Durand", "Hélène", "Provence Promotion", "", "Liste d'attente", "", ""],
    # row 5: Claire Fabre, known from the Toronto mission: added to Miami
    ["cfabre", "Fabre", "Claire", "Studio Calanques", "", "Inscrit", "", ""],
    # row 6: refused, no given name
    ["", "Martin", "", "Océan Robotique", "", "", "", ""],
    # row 7: refused, a bad e-mail address
    ["", "Roux", "Paul", "", "paul.roux-at-example.fr", "", "", ""],
]  # fmt: skip


def write_csv(
    path: Path,
    rows: Sequence[Sequence[str]],
    *,
    encoding: str = "cp1252",
    delimiter: str = ";",
) -> Path:
    """A CSV as French Excel writes it unless told otherwise: Windows-1252, ';', CRLF."""
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return path


def partner_csv(folder: Path) -> Path:
    return write_csv(folder / "délégués miami.csv", [HEADERS, *ROWS])


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[object]]]) -> Path:
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path
