"""Reading partners' spreadsheets as office software writes them, and refusing what is not one."""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from delegation_app.interchange import tabular
from delegation_app.interchange.tabular import MAX_ROWS, ImportFileError, Table, read_table

ROSTERS = Path(__file__).resolve().parents[1] / "data" / "rosters"


def write_csv(
    path: Path, rows: list[list[str]], *, encoding: str = "utf-8", delimiter: str = ";"
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    workbook = Workbook()
    first = True
    for title, rows in sheets.items():
        if first:
            sheet = workbook.active
            assert sheet is not None
            sheet.title = title
            first = False
        else:
            sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


@pytest.fixture(params=["calamine", "openpyxl"])
def both_readers(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Runs a workbook test with python-calamine, then as on a machine without it."""
    if request.param == "calamine":
        pytest.importorskip("python_calamine")
    else:
        monkeypatch.setitem(sys.modules, "python_calamine", None)  # import fails: not installed
    yield request.param


# --- text files -----------------------------------------------------------------------------


def test_reads_a_french_excel_csv_in_windows_1252_with_semicolons(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "liste.csv",
        [
            ["Nom", "Prénom", "Société", "Fonction"],
            ["Lefèvre", "Zoë", "Société Générale", "Chargée d’affaires"],
            ["O'Connor", "Seán", "Port de Marseille Fos", "Directeur, développement"],
            ["Martin-Dupré", "Élodie", "Métropole", "Vice-présidente; économie"],
        ],
        encoding="cp1252",
    )
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.headers == ("Nom", "Prénom", "Société", "Fonction")
    assert table.rows == (
        ("Lefèvre", "Zoë", "Société Générale", "Chargée d’affaires"),
        ("O'Connor", "Seán", "Port de Marseille Fos", "Directeur, développement"),
        ("Martin-Dupré", "Élodie", "Métropole", "Vice-présidente; économie"),
    )
    assert table.row_numbers == (2, 3, 4)
    assert table.source == "liste.csv"


def test_reads_utf8_with_a_byte_order_mark_and_commas(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "delegates.csv",
        [
            ["Last name", "First name", "Company"],
            ["Wiśniewski", "Łukasz", "Polish Investment & Trade Agency"],
            ["O'Connor", "Zoë", "Acme, Inc."],
        ],
        encoding="utf-8-sig",
        delimiter=",",
    )
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ",")
    # The BOM does not stick to the first header (it would hide the "Last name" column).
    assert table.headers[0] == "Last name"
    assert table.rows == (
        ("Wiśniewski", "Łukasz", "Polish Investment & Trade Agency"),
        ("O'Connor", "Zoë", "Acme, Inc."),
    )


def test_reads_utf8_without_bom_with_semicolons(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "sans_bom.csv", [["Nom", "Prénom"], ["Wiśniewski", "Łukasz"], ["Žák", "Jiří"]]
    )
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("utf-8", ";")
    assert table.rows == (("Wiśniewski", "Łukasz"), ("Žák", "Jiří"))


def test_reads_a_tab_separated_file(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "liste.tsv",
        [["Nom", "Prénom", "Société"], ["Lefèvre", "Zoë", "Provence; Promotion, SA"]],
        delimiter="\t",
    )
    table = read_table(path)
    assert table.delimiter == "\t"
    assert table.rows == (("Lefèvre", "Zoë", "Provence; Promotion, SA"),)


def test_reads_excel_unicode_text_in_utf16_with_tabs(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "texte.txt",
        [["Nom", "Prénom"], ["Wiśniewski", "Łukasz"]],
        encoding="utf-16",
        delimiter="\t",
    )
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.rows == (("Wiśniewski", "Łukasz"),)


def test_the_format_is_told_by_content_not_by_the_file_name(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "liste.xlsx", [["Nom", "Prénom"], ["Lefèvre", "Zoë"]])
    assert read_table(path).rows == (("Lefèvre", "Zoë"),)


def test_keeps_quoted_cells_with_delimiters_quotes_and_line_breaks(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "adresses.csv",
        [
            ["Nom", "Prénom", "Remarque"],
            ["Lefèvre", "Zoë", 'dit "la Cheffe"; arrive le 6'],
            ["O'Connor", "Seán", "ligne 1\nligne 2"],
        ],
        encoding="cp1252",
    )
    table = read_table(path)
    assert table.rows[0][2] == 'dit "la Cheffe"; arrive le 6'
    assert table.rows[1][2] == "ligne 1\nligne 2"


def test_csv_row_numbers_are_spreadsheet_rows_even_after_a_multi_line_cell(
    tmp_path: Path,
) -> None:
    # A refusal names the row the coordinator sees in Excel, not a line of the text file.
    path = write_csv(
        tmp_path / "adresses.csv",
        [
            ["Nom", "Prénom", "Adresse"],
            ["Lefèvre", "Zoë", "2 rue Henri Barbusse\n13001 Marseille"],
            ["O'Connor", "Seán", "Dublin"],
        ],
    )
    assert read_table(path).row_numbers == (2, 3)


def test_skips_blank_lines_and_keeps_file_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "trous.csv"
    path.write_text("Nom;Prénom\r\nLefèvre;Zoë\r\n;\r\n\r\nO'Connor;Seán\r\n", encoding="utf-8")
    table = read_table(path)
    assert table.rows == (("Lefèvre", "Zoë"), ("O'Connor", "Seán"))
    assert table.row_numbers == (2, 5)


def test_strips_spaces_around_cells_but_keeps_inner_spaces(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "espaces.csv", [[" Nom ", "Prénom"], ["  de La Tour ", " Zoë"]])
    table = read_table(path)
    assert table.headers == ("Nom", "Prénom")
    assert table.rows == (("de La Tour", "Zoë"),)


def test_cells_come_back_nfc_normalised(tmp_path: Path) -> None:
    # macOS writes "é" as "e" + combining accent; matching needs one form.
    path = write_csv(tmp_path / "mac.csv", [["Nom", "Prénom"], ["Lefe\u0300vre", "Zoe\u0308"]])
    assert read_table(path).rows == (("Lefèvre", "Zoë"),)


def test_reads_ragged_rows_where_trailing_empty_cells_are_missing(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text(
        "Nom;Prénom;Société;Fonction\nLefèvre;Zoë\nO'Connor;Seán;Port;Directeur\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.delimiter == ";"
    assert table.rows == (("Lefèvre", "Zoë"), ("O'Connor", "Seán", "Port", "Directeur"))


def test_removes_the_apostrophe_our_export_puts_before_formula_characters(
    tmp_path: Path,
) -> None:
    path = write_csv(
        tmp_path / "export.csv",
        [
            ["Nom", "Prénom", "Téléphone", "Fonction", "Note"],
            ["O'Connor", "'=Seán", "'+33612345678", "'-2", "'@SUM(A1)"],
        ],
    )
    assert read_table(path).rows == (("O'Connor", "=Seán", "+33612345678", "-2", "@SUM(A1)"),)


# --- workbooks ------------------------------------------------------------------------------


@pytest.mark.usefixtures("both_readers")
def test_reads_an_xlsx_with_date_cells_and_number_cells_as_text(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "liste.xlsx",
        {
            "Délégués": [
                ["Nom", "Prénom", "Date de naissance", "Téléphone", "Chambre", "Arrivée", None],
                ["Lefèvre", "Zoë", datetime(1970, 11, 5), 612345678, 12.0, None, None],
                ["O'Connor", "Seán", date(1968, 11, 5), "+353 1 234 5678", 1.5, None, None],
            ]
        },
    )
    table = read_table(path)
    # The trailing empty header column is dropped; the empty "Arrivée" cells are "".
    assert table.headers == (
        "Nom",
        "Prénom",
        "Date de naissance",
        "Téléphone",
        "Chambre",
        "Arrivée",
    )
    assert table.rows == (
        ("Lefèvre", "Zoë", "1970-11-05", "612345678", "12", ""),
        ("O'Connor", "Seán", "1968-11-05", "+353 1 234 5678", "1.5", ""),
    )
    assert table.row_numbers == (2, 3)
    assert table.source == "liste.xlsx [Délégués]"


@pytest.mark.usefixtures("both_readers")
def test_reads_the_first_sheet_unless_one_is_named(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "classeur.xlsx",
        {
            "Officiels": [["Nom", "Prénom"], ["Martin-Dupré", "Élodie"]],
            "Entreprises": [["Nom", "Prénom"], ["Lefèvre", "Zoë"], ["O'Connor", "Seán"]],
        },
    )
    assert read_table(path).rows == (("Martin-Dupré", "Élodie"),)
    table = read_table(path, sheet="Entreprises")
    assert table.rows == (("Lefèvre", "Zoë"), ("O'Connor", "Seán"))
    assert table.source == "classeur.xlsx [Entreprises]"


@pytest.mark.usefixtures("both_readers")
def test_a_missing_sheet_name_lists_the_sheets_there_are(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "classeur.xlsx",
        {"Officiels": [["Nom", "Prénom"], ["A", "B"]], "Entreprises": [["Nom"], ["C"]]},
    )
    with pytest.raises(ImportFileError) as caught:
        read_table(path, sheet="Presse")
    assert (
        str(caught.value) == "classeur.xlsx has no sheet 'Presse' (it has: Officiels, Entreprises)"
    )


@pytest.mark.usefixtures("both_readers")
def test_a_header_row_further_down_the_sheet_is_found(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "liste.xlsx",
        {"Liste": [[None, None], [None, None], ["Nom", "Prénom"], ["Lefèvre", "Zoë"]]},
    )
    table = read_table(path)
    assert table.headers == ("Nom", "Prénom")
    assert table.row_numbers == (4,)


# --- committed fixtures ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter", "rows"),
    [
        ("partenaires_excel_fr_cp1252.csv", "cp1252", ";", 3),
        ("delegates_utf8_bom.csv", "utf-8-sig", ",", 4),
        ("delegues_tabulations.tsv", "utf-8", "\t", 4),
        ("delegues_texte_unicode.txt", "utf-16", "\t", 4),
    ],
)
def test_committed_text_fixtures_are_detected(
    name: str, encoding: str, delimiter: str, rows: int
) -> None:
    table = read_table(ROSTERS / name)
    assert (table.encoding, table.delimiter, len(table.rows)) == (encoding, delimiter, rows)
    assert "O'Connor" in {row[1] for row in table.rows}
    assert "Seán" in {row[2] for row in table.rows}


@pytest.mark.usefixtures("both_readers")
def test_committed_workbook_reads_its_second_sheet_by_name() -> None:
    table = read_table(ROSTERS / "delegues_deux_feuilles.xlsx", sheet="Délégués")
    assert table.headers[:3] == ("Civilité", "Nom", "Prénom")
    assert [row[2] for row in table.rows] == ["Zoë", "Seán", "Élodie", "Łukasz"]
    assert table.rows[0][7] == "1970-11-05"  # a real date cell


# --- files that are not tables --------------------------------------------------------------


def _message(path: Path, **options: object) -> str:
    with pytest.raises(ImportFileError) as caught:
        read_table(path, **options)  # type: ignore[arg-type]
    return str(caught.value)


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "vide.csv"
    path.write_bytes(b"")
    assert _message(path) == "vide.csv is empty"


def test_a_file_of_blank_lines_and_empty_cells_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blanc.csv"
    path.write_bytes(b"\r\n;;;\r\n  \r\n")
    assert _message(path) == "blanc.csv is empty"


def test_a_csv_with_only_a_header_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "entete.csv", [["Nom", "Prénom"]], encoding="cp1252")
    assert _message(path) == "entete.csv has a header row but no data rows"


@pytest.mark.usefixtures("both_readers")
def test_an_xlsx_with_only_a_header_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "entete.xlsx", {"Liste": [["Nom", "Prénom"]]})
    assert _message(path) == "the sheet 'Liste' of entete.xlsx has a header but no data rows"


@pytest.mark.usefixtures("both_readers")
def test_an_xlsx_with_an_empty_sheet_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "vide.xlsx", {"Feuil1": []})
    assert _message(path) == "the sheet 'Feuil1' of vide.xlsx is empty"


def test_a_png_is_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert _message(path) == "photo.csv is not a text table (it holds binary data)"


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "bruit.csv"
    # 0x81 and 0x8D are neither UTF-8 nor Windows-1252.
    path.write_bytes(bytes([0x81, 0x8D, 0x41, 0xFE, 0x0A]) * 50)
    assert _message(path) == "bruit.csv is neither UTF-8 nor Windows-1252 text"


def test_an_old_xls_file_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "liste.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    message = _message(path)
    assert "old Excel 97-2003 file (.xls)" in message
    assert "save it as .xlsx or .csv" in message


@pytest.mark.usefixtures("both_readers")
def test_a_truncated_xlsx_is_refused(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "entier.xlsx", {"Liste": [["Nom", "Prénom"], ["A", "B"]]})
    path = tmp_path / "coupe.xlsx"
    path.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    assert _message(path) == "coupe.xlsx is not a readable XLSX workbook"


@pytest.mark.usefixtures("both_readers")
def test_a_zip_header_followed_by_garbage_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "faux.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"garbage" * 100)
    assert _message(path) == "faux.xlsx is not a readable XLSX workbook"


@pytest.mark.usefixtures("both_readers")
def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("lisez-moi.txt", "ceci n'est pas un classeur")
    path = tmp_path / "archive.xlsx"
    path.write_bytes(buffer.getvalue())
    assert _message(path) == "archive.xlsx is not a readable XLSX workbook"


def _damaged_copy(source: Path, target: Path, part: str) -> Path:
    """``source`` with one byte of ``part``'s compressed data flipped (a bad download)."""
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo(part)
    data = bytearray(source.read_bytes())
    name_length = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_length = int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_length + extra_length
    data[start + 1] ^= 0x55
    target.write_bytes(bytes(data))
    return target


@pytest.mark.usefixtures("both_readers")
def test_an_xlsx_with_damaged_compressed_data_is_refused(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "entier.xlsx", {"Liste": [["Nom", "Prénom"], ["A", "B"]]})
    path = _damaged_copy(whole, tmp_path / "abime.xlsx", "xl/worksheets/sheet1.xml")
    assert "abime.xlsx" in _message(path)


@pytest.mark.usefixtures("both_readers")
def test_an_xlsx_with_damaged_xml_inside_is_refused(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "entier.xlsx", {"Liste": [["Nom", "Prénom"], ["A", "B"]]})
    path = tmp_path / "xml_abime.xlsx"
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/workbook.xml":
                data = data[: len(data) // 2]
            target.writestr(info, data)
    assert "xml_abime.xlsx" in _message(path)


def test_utf8_bom_followed_by_windows_1252_text_is_refused(tmp_path: Path) -> None:
    # A BOM-marked file to which someone appended lines saved in Windows-1252.
    path = tmp_path / "melange.csv"
    path.write_bytes(b"\xef\xbb\xbfNom;Pr\xc3\xa9nom\r\nLef\xe8vre;Zo\xeb\r\n")
    assert "melange.csv" in _message(path)


def test_truncated_utf16_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "coupe.txt"
    path.write_bytes("Nom\tPrénom\r\nLefèvre\tZoë".encode("utf-16")[:-1])
    assert "coupe.txt" in _message(path)


def test_a_missing_file_is_refused_by_name(tmp_path: Path) -> None:
    assert _message(tmp_path / "absent.csv").startswith("cannot read absent.csv")


def test_a_sheet_asked_of_a_csv_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "liste.csv", [["Nom", "Prénom"], ["A", "B"]])
    assert _message(path, sheet="Feuil1") == "liste.csv is a text file: it has no sheet 'Feuil1'"


# --- the row limit --------------------------------------------------------------------------


def _people(count: int) -> list[list[str]]:
    return [["Nom", "Prénom"]] + [[f"Nom{n}", f"Prénom{n}"] for n in range(count)]


def test_a_csv_at_the_row_limit_is_read(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "cent.csv", _people(100))
    table: Table = read_table(path, max_rows=100)
    assert len(table.rows) == 100
    assert table.row_numbers[-1] == 101


def test_a_csv_over_the_row_limit_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "trop.csv", _people(101))
    assert _message(path, max_rows=100) == (
        "trop.csv has more than 100 rows; split it into smaller files"
    )


@pytest.mark.usefixtures("both_readers")
def test_an_xlsx_over_the_row_limit_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "trop.xlsx", {"Liste": list(_people(101))})  # type: ignore[arg-type]
    assert _message(path, max_rows=100) == (
        "trop.xlsx has more than 100 rows; split it into smaller files"
    )
    path = write_xlsx(tmp_path / "cent.xlsx", {"Liste": list(_people(100))})  # type: ignore[arg-type]
    assert len(read_table(path, max_rows=100).rows) == 100


# --- the fast reader reads what openpyxl reads ------------------------------------------------
#
# python-calamine reads workbooks when it is installed; openpyxl remains the reference (and
# the reader without it). Each workbook below is read both ways and must give the same table;
# where the two libraries differ, the file must go to openpyxl.


def _by_openpyxl(path: Path, monkeypatch: pytest.MonkeyPatch, sheet: str | None = None) -> Table:
    with monkeypatch.context() as patch:
        patch.setitem(sys.modules, "python_calamine", None)
        return read_table(path, sheet=sheet)


def _by_calamine(path: Path, sheet: str | None = None) -> Table | None:
    pytest.importorskip("python_calamine")
    return tabular._read_with_calamine(path, sheet=sheet, max_rows=MAX_ROWS)


_SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def write_package(
    path: Path, sheet_data: str, *, shared: str | None = None, date1904: bool = False
) -> Path:
    """A workbook written by hand, as other programs than Excel and openpyxl write them.

    Style 1 is dd/mm/yyyy, style 2 hh:mm, style 3 the built-in date format (14).
    """
    relation = f"{_REL_NS.rsplit('/', 1)[0]}/relationships"
    kinds = {"rId1": ("worksheet", "worksheets/sheet1.xml"), "rId2": ("styles", "styles.xml")}
    if shared is not None:
        kinds["rId3"] = ("sharedStrings", "sharedStrings.xml")
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            + (
                '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                if shared is not None
                else ""
            )
            + "</Types>"
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{_PACKAGE_NS}"><Relationship Id="rId1" '
            f'Type="{relation}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{_SHEET_NS}" xmlns:r="{_REL_NS}">'
            + ('<workbookPr date1904="1"/>' if date1904 else "")
            + '<sheets><sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{_PACKAGE_NS}">'
            + "".join(
                f'<Relationship Id="{rid}" Type="{relation}/{kind}" Target="{target}"/>'
                for rid, (kind, target) in kinds.items()
            )
            + "</Relationships>"
        ),
        "xl/styles.xml": (
            f'<styleSheet xmlns="{_SHEET_NS}"><numFmts count="2">'
            '<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
            '<numFmt numFmtId="165" formatCode="hh:mm"/></numFmts>'
            '<fonts count="1"><font/></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
            '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/>'
            '<xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/>'
            '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
            "</cellStyles></styleSheet>"
        ),
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{_SHEET_NS}">{sheet_data}</worksheet>',
    }
    if shared is not None:
        parts["xl/sharedStrings.xml"] = f'<sst xmlns="{_SHEET_NS}">{shared}</sst>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>\n' + text)
    return path


def _inline(text: str) -> str:
    return f'<c t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


_HEADER_ROW = f'<row r="1">{_inline("Nom")}{_inline("Prénom")}{_inline("Valeur")}</row>'


def _every_kind_of_cell(path: Path) -> Path:
    """Texts, numbers and dates of every shape openpyxl writes, across two sheets."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Délégués"
    sheet.append([])  # the header is on row 3, from column B: row numbers must still match
    sheet.append([])
    sheet.append([None, "Nom", "  Prénom ", "Date", "Heure", "Nombre", "Texte", None, None])
    values: list[object] = [
        datetime(1970, 11, 5),
        datetime(2017, 11, 5, 14, 30),
        datetime(2017, 11, 5, 23, 59, 59, 999000),
        date(1968, 2, 29),
        time(14, 30),
        timedelta(hours=36, minutes=30),
        612345678,
        612345678.0,
        0.0,
        0.1,
        1.5,
        1e20,
        2**53 + 1,
        True,
        False,
        "Lefe\u0300vre",  # macOS decomposed accent
        "ligne 1\nligne 2\tfin",
        "a\u007fb",
        "  de La Tour ",
        "'=SUM(A1)",
        "=1+2",  # a formula without a cached value
        "Nguyễn, 김민준",
        "",
        None,
    ]
    for n, value in enumerate(values):
        sheet.append([None, f"Nom{n}", f"Prénom{n}", value, value, value, value])
    sheet.append([])
    sheet.append([None, "Après", "un trou"])
    for cell, number_format in (
        ("E6", "hh:mm"),
        ("F10", "0%"),
        ("F11", "# ##0,00 €"),
        ("F12", "[$-40C]dddd d mmmm yyyy"),
        ("F13", 'yyyy"年"m"月"d"日"'),
        ("F14", "mmm-yy"),
        ("F15", '0" jours"'),
        ("F16", "@"),
        ("F17", "[Red]0.00"),
        ("F18", "[h]:mm:ss"),
        ("F19", "d-mmm"),
        ("F20", "mm:ss.0"),
    ):
        sheet[cell].number_format = number_format
    hidden = workbook.create_sheet("Masquée")
    hidden.sheet_state = "hidden"
    hidden.append(["Nom", "Prénom"])
    hidden.append(["Lefèvre", "Zoë"])
    workbook.save(path)
    return path


def test_the_fast_reader_reads_every_kind_of_cell_as_openpyxl_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _every_kind_of_cell(tmp_path / "tout.xlsx")
    for sheet in (None, "Masquée"):
        fast = _by_calamine(path, sheet)
        assert fast is not None  # read by calamine, not handed to openpyxl
        assert fast == _by_openpyxl(path, monkeypatch, sheet)
    table = read_table(path)
    assert table.headers == ("", "Nom", "Prénom", "Date", "Heure", "Nombre", "Texte")
    assert table.row_numbers[0] == 4
    assert table.rows[0] == ("", "Nom0", "Prénom0", *["1970-11-05"] * 4)
    assert table.rows[-1] == ("", "Après", "un trou", "", "", "", "")


def test_the_fast_reader_reads_dates_of_a_mac_workbook_as_openpyxl_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workbook = Workbook()
    workbook.epoch = CALENDAR_MAC_1904
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nom", "Né le", "Arrivée"])
    sheet.append(["Lefèvre", date(1970, 11, 5), datetime(2017, 11, 5, 14, 30)])
    path = tmp_path / "mac.xlsx"
    workbook.save(path)
    fast = _by_calamine(path)
    assert fast is not None
    assert fast == _by_openpyxl(path, monkeypatch)
    assert fast.rows == (("Lefèvre", "1970-11-05", "2017-11-05 14:30"),)


@pytest.mark.parametrize(
    ("sheet_data", "shared"),
    [
        pytest.param(  # no <dimension>, no cell references, ragged rows
            "<sheetData><row>"
            + _inline("Nom")
            + _inline("Prénom")
            + _inline("Société")
            + "</row><row>"
            + _inline("Lefèvre")
            + "</row><row>"
            + _inline("O'Connor")
            + "<c/>"
            + _inline("Port")
            + "</row></sheetData>",
            None,
            id="no-size-no-references",
        ),
        pytest.param(  # rich text runs and a phonetic reading, cached formula results
            "<dimension ref='A1:C4'/><sheetData>"
            + _HEADER_ROW
            + '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c>'
            '<c r="C2" t="str"><f>A2&amp;B2</f><v>calcul</v></c></row>'
            '<row r="4"><c r="A4" t="inlineStr"><is><r><t>Le</t></r><r><rPr><b/></rPr>'
            '<t xml:space="preserve">fèvre </t></r></is></c>'
            '<c r="B4" t="b"><v>1</v></c><c r="C4"><f>1+1</f><v>2</v></c></row></sheetData>',
            '<si><t>Tanaka</t><rPh sb="0" eb="1"><t>タナカ</t></rPh></si>'
            "<si><r><t>Hana</t></r><r><t>ko</t></r></si>",
            id="rich-text-and-formulas",
        ),
        pytest.param(  # date cells written as ISO text (t="d"), serials with date styles
            "<sheetData>"
            + _HEADER_ROW
            + '<row r="2"><c r="A2" t="d"><v>2017-11-05T00:00:00</v></c>'
            '<c r="B2" t="d"><v>2017-11-05T14:30:00</v></c><c r="C2" t="d"><v>2017-11-05</v></c>'
            '</row><row r="3"><c r="A3" s="1"><v>0</v></c><c r="B3" s="1"><v>59</v></c>'
            '<c r="C3" s="1"><v>61</v></c></row><row r="4"><c r="A4" s="2"><v>0.5</v></c>'
            '<c r="B4" s="3"><v>43000.604166666664</v></c><c r="C4" s="1"><v>0.5</v></c>'
            "</row></sheetData>",
            None,
            id="iso-dates-and-serials",
        ),
    ],
)
def test_the_fast_reader_reads_what_other_programs_write_as_openpyxl_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sheet_data: str, shared: str | None
) -> None:
    path = write_package(tmp_path / "autre.xlsx", sheet_data, shared=shared)
    fast = _by_calamine(path)
    assert fast is not None
    assert fast == _by_openpyxl(path, monkeypatch)
    assert all(len(row) == len(fast.headers) for row in fast.rows)


@pytest.mark.parametrize(
    ("sheet_data", "shared", "expected"),
    [
        pytest.param(
            "<sheetData>"
            + _HEADER_ROW
            + '<row r="2">'
            + _inline("Lefèvre")
            + _inline("Zoë")
            + '<c r="C2" t="e"><v>#N/A</v></c></row></sheetData>',
            None,
            ("Lefèvre", "Zoë", "#N/A"),
            id="error-cell",
        ),
        pytest.param(
            "<sheetData>"
            + _HEADER_ROW
            + '<row r="2"><c r="A2" t="s"><v>0</v></c>'
            + _inline("Zoë")
            + _inline("x")
            + "</row></sheetData>",
            "<si><t>Lefèvre_x000D_</t></si>",
            ("Lefèvre_x000D_", "Zoë", "x"),
            id="escaped-character-in-shared-strings",
        ),
        pytest.param(
            "<sheetData>"
            + _HEADER_ROW
            + '<row r="2">'
            + _inline("Lefèvre")
            + _inline("Zoë")
            + _inline("a_x000A_b")
            + "</row></sheetData>",
            None,
            ("Lefèvre", "Zoë", "a_x000A_b"),
            id="escaped-character-in-the-sheet",
        ),
        pytest.param(
            '<dimension ref="A1:C2"/><sheetData>'
            + _HEADER_ROW
            + '<row r="2">'
            + _inline("Lefèvre")
            + _inline("Zoë")
            + _inline("x")
            + '</row><row r="3">'
            + _inline("O'Connor")
            + _inline("Seán")
            + "</row></sheetData>",
            None,
            ("Lefèvre", "Zoë", "x"),
            id="declared-size-smaller-than-the-data",
        ),
        pytest.param(
            "<sheetData>"
            + _HEADER_ROW
            + '<row r="2">'
            + _inline("Lefèvre")
            + _inline("Zoë")
            + '<c r="C2" s="1"><v>-1</v></c></row></sheetData>',
            None,
            ("Lefèvre", "Zoë", "1899-12-29"),
            id="negative-date-serial",
        ),
    ],
)
def test_a_workbook_the_two_readers_read_differently_is_read_by_openpyxl(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sheet_data: str,
    shared: str | None,
    expected: tuple[str, ...],
) -> None:
    path = write_package(tmp_path / "ecart.xlsx", sheet_data, shared=shared)
    assert _by_calamine(path) is None
    table = read_table(path)
    assert table == _by_openpyxl(path, monkeypatch)
    assert table.rows[0] == expected


def test_a_workbook_with_a_chart_sheet_is_read_by_openpyxl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workbook = Workbook()
    sheet = workbook.worksheets[0]
    sheet.append(["Nom", "Prénom", "Âge"])
    sheet.append(["Lefèvre", "Zoë", 42])
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=3, min_row=1, max_row=2), titles_from_data=True)
    workbook.create_chartsheet("Graphique", 0).add_chart(chart)
    path = tmp_path / "graphique.xlsx"
    workbook.save(path)
    assert _by_calamine(path) is None
    assert read_table(path) == _by_openpyxl(path, monkeypatch)
    assert read_table(path).rows == (("Lefèvre", "Zoë", "42"),)


def test_the_fast_reader_stops_at_the_row_limit(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "trop.xlsx", {"Liste": list(_people(101))})  # type: ignore[arg-type]
    pytest.importorskip("python_calamine")
    with pytest.raises(ImportFileError, match="more than 100 rows"):
        tabular._read_with_calamine(path, sheet=None, max_rows=100)


def test_a_sheet_too_large_to_hold_at_once_is_streamed_by_openpyxl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "grand.xlsx", {"Liste": list(_people(50))})  # type: ignore[arg-type]
    assert _by_calamine(path) is not None
    monkeypatch.setattr(tabular, "_CALAMINE_MAX_PART_BYTES", 1000)
    assert _by_calamine(path) is None
    assert read_table(path) == _by_openpyxl(path, monkeypatch)
    assert len(read_table(path).rows) == 50


# --- OpenDocument spreadsheets (LibreOffice Calc) --------------------------------------------


def test_reads_the_committed_ods_with_real_dates_and_a_phone_typed_as_a_number() -> None:
    table = read_table(ROSTERS / "delegues_deux_feuilles.ods", sheet="Délégués")
    assert table.source == "delegues_deux_feuilles.ods [Délégués]"
    assert table.headers[:3] == ("Civilité", "Nom", "Prénom")
    first = dict(zip(table.headers, table.rows[0], strict=True))
    assert (first["Nom"], first["Prénom"], first["Fonction"]) == (
        "Lefèvre", "Zoë", "Chargée d'affaires",
    )  # fmt: skip
    assert first["Téléphone"] == "612345678"
    assert first["Date de naissance"] == "1970-11-05"
    assert table.row_numbers == (2, 3, 4, 5)
    assert [row[1] for row in table.rows][-1] == "Wiśniewski"


def test_an_ods_without_the_sheet_asked_for_lists_its_sheets() -> None:
    with pytest.raises(ImportFileError, match=r"no sheet 'Inscrits' \(it has: Légende, Délégués\)"):
        read_table(ROSTERS / "delegues_deux_feuilles.ods", sheet="Inscrits")


def test_an_opendocument_text_is_named_for_what_it_is_not_a_damaged_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "liste.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(ImportFileError) as refused:
        read_table(path)
    assert "is an OpenDocument file but not a spreadsheet" in str(refused.value)
    assert "XLSX" not in str(refused.value)


def test_a_damaged_ods_gets_a_sentence_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "liste.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content><unclosed>")
    with pytest.raises(ImportFileError) as refused:
        read_table(path)
    assert str(refused.value) == (
        "liste.ods is not a readable OpenDocument spreadsheet (it may be damaged): open it in "
        "LibreOffice Calc and save it again"
    )
