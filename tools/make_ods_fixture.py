"""Write tests/data/rosters/delegues_deux_feuilles.ods from the .xlsx fixture beside it.

LibreOffice is not on every developer's machine, so the OpenDocument file is written here the
way LibreOffice Calc writes one: a zip whose first member is ``mimetype`` (stored, not
compressed), then ``content.xml`` with real date cells (office:date-value) and numbers
(office:value), and the manifest. Run it again only when the .xlsx fixture changes:

    python tools/make_ods_fixture.py
"""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from openpyxl import load_workbook

FOLDER = Path(__file__).resolve().parents[1] / "tests" / "data" / "rosters"
MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'office:version="1.3"'
)
MANIFEST = f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" \
manifest:media-type="{MIMETYPE}"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""


def _cell(value: object) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, datetime | date):
        day = value.date() if isinstance(value, datetime) else value
        shown = day.strftime("%d/%m/%Y")
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{day.isoformat()}">'
            f"<text:p>{shown}</text:p></table:table-cell>"
        )
    if isinstance(value, int | float):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p>'
        "</table:table-cell>"
    )


def content_xml(source: Path) -> str:
    workbook = load_workbook(source)
    sheets = []
    for sheet in workbook.worksheets:
        rows = "".join(
            "<table:table-row>" + "".join(_cell(v) for v in row) + "</table:table-row>"
            for row in sheet.iter_rows(values_only=True)
        )
        sheets.append(f"<table:table table:name={quoteattr(sheet.title)}>{rows}</table:table>")
    body = "".join(sheets)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<office:document-content {NAMESPACES}><office:body><office:spreadsheet>{body}"
        "</office:spreadsheet></office:body></office:document-content>"
    )


def write_ods(source: Path, target: Path) -> None:
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content_xml(source), compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", MANIFEST, compress_type=zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    write_ods(FOLDER / "delegues_deux_feuilles.xlsx", FOLDER / "delegues_deux_feuilles.ods")
    print(FOLDER / "delegues_deux_feuilles.ods")
