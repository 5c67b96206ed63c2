"""The agreements register exported: XLSX (a row per agreement) and PDF (A4 landscape)."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from delegation_app.errors import ValidationError
from delegation_app.interchange import agreements_export
from delegation_app.interchange.agreements_export import COLUMNS, export_register_xlsx
from delegation_app.printing.agreements import render_register
from delegation_app.services.agreements import RegisterFilters, RegisterRow, register_rows
from delegation_app.storage.database import Database
from delegation_app.storage.models import Agreement, AgreementStatus

ALL = ["montreal-marseille-2019", "amp-miami-dade-2017", "gpmm-portmiami-2015"]


def _rows(db: Database, filters: RegisterFilters | None = None) -> list[RegisterRow]:
    with db.reading() as session:
        return register_rows(session, filters)


def _sheet(path: Path) -> list[dict[str, object]]:
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    header = [str(v) for v in values[0]]
    return [dict(zip(header, row, strict=True)) for row in values[1:]]


def _pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


# --- XLSX -----------------------------------------------------------------------------------


def test_xlsx_has_one_row_per_agreement_with_every_column(
    demo_db: Database, tmp_path: Path
) -> None:
    path = export_register_xlsx(_rows(demo_db), tmp_path / "registre.xlsx", language="fr")
    rows = _sheet(path)
    assert [r["Référence"] for r in rows] == ALL
    assert list(rows[0]) == [fr for _key, fr, _en, _width in COLUMNS]
    sister = rows[1]
    assert sister["Titre"] == (
        "Accord de jumelage (« sister agreement ») entre la Métropole Aix-Marseille-Provence et "
        "le Comté de Miami-Dade"
    )
    assert sister["Type"] == "Jumelage (sister agreement)"
    assert sister["Nos parties"] == "Métropole Aix-Marseille-Provence (France)"
    assert sister["Partenaires"] == "Miami-Dade County (États-Unis)"
    assert sister["Pays partenaires"] == "États-Unis"
    assert sister["Statut"] == "Signé"
    assert sister["Date de signature"] == datetime(2017, 11, 6)
    assert sister["Lieu de signature"] == "Miami-Dade County Hall, Miami"
    assert sister["Date d'effet"] == datetime(2017, 11, 6)
    assert sister["Date de fin"] is None
    assert sister["Domaines"] == "trade; culture; economic development; tourism"
    assert sister["Mission"] == "Mission économique à Miami – French Weeks 2017"
    assert str(sister["Signataires"]).startswith(
        "Jean-Claude Gaudin (Président de la Métropole Aix-Marseille-Provence); Martine Vassal"
    )
    assert (sister["Copie signée"], sister["Versions du texte"], sister["Engagements ouverts"]) == (
        "oui",
        2,
        2,
    )
    port = rows[2]
    assert (port["Statut"], port["Date de fin"], port["Préavis (jours)"], port["Mission"]) == (
        "En vigueur",
        datetime(2020, 6, 14),
        180,
        None,
    )


def test_xlsx_in_english_with_sortable_dates_and_a_filter(
    demo_db: Database, tmp_path: Path
) -> None:
    path = export_register_xlsx(_rows(demo_db), tmp_path / "register.xlsx", language="en")
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    assert sheet.title == "Agreements"
    assert sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref == "A1:R4"
    assert sheet["H3"].is_date and sheet["H3"].number_format == "YYYY-MM-DD"
    assert workbook.properties.description == "All agreements"
    rows = _sheet(path)
    assert rows[0]["Status"] == "Negotiating"
    assert rows[0]["Partners"] == "Ville de Montréal (Canada)"
    assert rows[2]["Kind"] == "Cooperation agreement"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (RegisterFilters(country="US"), ["amp-miami-dade-2017", "gpmm-portmiami-2015"]),
        (RegisterFilters(country="CA"), ["montreal-marseille-2019"]),
        (RegisterFilters(status=AgreementStatus.IN_FORCE), ["gpmm-portmiami-2015"]),
        (
            RegisterFilters.parse(kind="cooperation"),
            ["montreal-marseille-2019", "gpmm-portmiami-2015"],
        ),
        (RegisterFilters(year=2017), ["amp-miami-dade-2017"]),
        (RegisterFilters(year=2016), []),
    ],
)
def test_xlsx_and_pdf_list_the_same_filtered_agreements(
    demo_db: Database, tmp_path: Path, filters: RegisterFilters, expected: list[str]
) -> None:
    rows = _rows(demo_db, filters)
    sheet = _sheet(export_register_xlsx(rows, tmp_path / "r.xlsx", filters=filters))
    text = _pdf_text(render_register(rows, tmp_path / "r.pdf", language="fr", filters=filters))
    assert [r["Référence"] for r in sheet] == expected
    assert [short for short in ALL if short in text] == expected
    count = f"{len(expected)} accord" + ("s" if len(expected) != 1 else "")
    assert count in text


def test_xlsx_says_which_filters_made_it(demo_db: Database, tmp_path: Path) -> None:
    filters = RegisterFilters(country="US", year=2015)
    path = export_register_xlsx(_rows(demo_db, filters), tmp_path / "r.xlsx", filters=filters)
    workbook = load_workbook(path)
    assert workbook.properties.description == "Pays partenaire : États-Unis · année : 2015"
    sheet = workbook.active
    assert sheet is not None and sheet.oddHeader is not None
    assert "Pays partenaire : États-Unis" in (sheet.oddHeader.center.text or "")


def test_xlsx_never_holds_a_formula(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.transaction() as session:
        agreement = session.get(Agreement, 1)
        assert agreement is not None
        agreement.title_fr = '=HYPERLINK("http://evil.example","Accord")'
        agreement.signing_place = "+33 Marseille\x07"
    path = export_register_xlsx(_rows(demo_db), tmp_path / "r.xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)
    titles = [c.value for c in cells if c.column == 2]
    assert '=HYPERLINK("http://evil.example","Accord")' in titles
    assert "+33 Marseille" in [c.value for c in cells if c.column == 9]


def test_xlsx_refuses_another_suffix_or_language(demo_db: Database, tmp_path: Path) -> None:
    rows = _rows(demo_db)
    with pytest.raises(ValidationError) as error:
        export_register_xlsx(rows, tmp_path / "r.csv")
    assert error.value.field == "output"
    with pytest.raises(ValidationError) as error:
        export_register_xlsx(rows, tmp_path / "r.xlsx", language="de")
    assert error.value.field == "language"
    with pytest.raises(ValidationError, match="does not exist"):
        export_register_xlsx(rows, tmp_path / "absent" / "r.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".csv", ".xlsx")) == []


def test_a_failed_xlsx_export_leaves_the_earlier_file_whole(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "registre.xlsx"
    target.write_bytes(b"earlier")

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(agreements_export, "_write", broken)
    with pytest.raises(OSError):
        export_register_xlsx(_rows(demo_db), target)
    assert target.read_bytes() == b"earlier"
    assert [p.name for p in folder.iterdir()] == ["registre.xlsx"]


# --- PDF ------------------------------------------------------------------------------------


def test_register_pdf_is_a4_landscape_with_every_agreement(
    demo_db: Database, tmp_path: Path
) -> None:
    path = render_register(
        _rows(demo_db), tmp_path / "registre.pdf", language="fr", issued_on=date(2018, 9, 1)
    )
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    text = _pdf_text(path)
    assert "Registre des accords" in text
    assert "Tous les accords · 3 accords" in text
    for expected in (
        "Accord de coopération entre la Ville de Montréal et la Ville de Marseille",
        "Ville de Montréal (Canada)",
        "En négociation",
        "Miami-Dade County (États-Unis)",
        "6 novembre 2017",
        "copie signée",
        "du 15/06/2015 au 14/06/2020",
        "préavis 180 j",
        "Mission économique à Miami – French Weeks 2017",
    ):
        assert expected in text, expected
    assert "Établi le 1 septembre 2018" in text
    assert "Page 1 sur 1" in text


def test_register_pdf_in_english_names_its_filters(demo_db: Database, tmp_path: Path) -> None:
    filters = RegisterFilters(status=AgreementStatus.NEGOTIATING)
    text = _pdf_text(
        render_register(
            _rows(demo_db, filters),
            tmp_path / "register.pdf",
            language="en",
            filters=filters,
            organisation="Ville de Marseille",
        )
    )
    assert "Register of agreements" in text
    assert "Status: negotiating · 1 agreement" in text
    assert "Negotiating" in text
    assert "VILLE DE MARSEILLE" in text


def test_an_empty_register_pdf_says_so(demo_db: Database, tmp_path: Path) -> None:
    filters = RegisterFilters(year=1999)
    text = _pdf_text(render_register([], tmp_path / "r.pdf", language="fr", filters=filters))
    assert "Année : 1999 · 0 accord" in text
    assert "Aucun accord ne correspond à ces critères." in text


def test_a_long_register_runs_over_pages_with_its_header_repeated(
    demo_db: Database, tmp_path: Path
) -> None:
    rows = _rows(demo_db) * 25
    path = render_register(rows, tmp_path / "long.pdf", language="en")
    reader = PdfReader(path)
    assert len(reader.pages) > 2
    last = reader.pages[-1].extract_text()
    assert "Agreement" in last and "Parties" in last  # the table's header row, repeated
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in last
