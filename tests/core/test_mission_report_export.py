"""The mission report printed (PDF) and as a workbook (XLSX), and `delegation-cli report`.

The figures looked for are those counted by hand in ``report_cases``.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from delegation_app.cli import main
from delegation_app.errors import ValidationError
from delegation_app.interchange.mission_report_export import export_mission_report_xlsx
from delegation_app.printing.mission_report import render_mission_report
from delegation_app.services.mission_report import MissionReport, mission_report
from delegation_app.storage.database import Database
from tests.core.report_cases import TODAY, ReportCase, build_report_case

NBSP = "\u00a0"


@pytest.fixture
def case(db: Database) -> ReportCase:
    with db.transaction() as session:
        return build_report_case(session)


@pytest.fixture
def report(db: Database, case: ReportCase) -> MissionReport:
    with db.reading() as session:
        return mission_report(session, "miami-2017", today=TODAY)


def _text(path: Path) -> str:
    pages = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", pages.replace(NBSP, " ").replace("\u202f", " "))


def _pages(path: Path) -> list[str]:
    return [
        re.sub(r"\s+", " ", page.extract_text().replace(NBSP, " "))
        for page in PdfReader(path).pages
    ]


def test_the_french_report_has_a_title_page_and_every_section(
    report: MissionReport, tmp_path: Path
) -> None:
    path = render_mission_report(report, tmp_path / "rapport.pdf", language="fr")
    pages = _pages(path)
    cover = pages[0]
    assert "RAPPORT DE MISSION" in cover and "Mission à Miami" in cover
    assert "5–10 novembre 2017" in cover
    assert "Chiffres clés" in cover
    assert "4 rendez-vous tenus" in cover and "sur 8 demandés" in cover
    assert "3 prospects suivis" in cover and "dont 1 implanté" in cover
    assert "80 emplois attendus" in cover
    assert "3 M € + 24,5 M $US" in cover
    assert "1 accord signé" in cover and "1 autre en vigueur" in cover
    assert "4 délégués" in cover and "1 désistement" in cover
    text = _text(path)
    for title in ("Rendez-vous B2B", "Prospects", "Accords", "Ateliers", "Délégation"):
        assert title in text
    reader = PdfReader(path)
    assert [entry.title for entry in reader.outline] == [
        "Rendez-vous B2B",
        "Prospects",
        "Accords",
        "Ateliers",
        "Délégation",
    ]
    # the meetings' total line, by sector in French, and the follow-ups
    assert "Total 8 4 1 1 1 1" in text
    assert "Maritime et logistique 3 2 1 0 0 0" in text
    assert "Santé 2 0 0 0 1 1" in text
    assert "Sans secteur 1 1 0 0 0 0" in text
    assert "2 actions de suivi sont ouvertes (1 en retard au 1 janvier 2018)" in text
    # leads by stage, with the pipeline total in both currencies
    assert "Étude 1 25 4 500 000 $US" in text
    assert "Décision 1 15 20 000 000 $US" in text
    assert "Perdu 1 10 1 000 000 €" in text
    assert "Total hors perdus 3 80 3 000 000 € + 24 500 000 $US" in text
    # agreements, workshops, delegation
    assert "Accord signed-in-miami" in text and "Accord port-2015" in text
    assert "Accord miami-draft" in text
    assert "Accord montreal-2016" not in text and "Accord miami-later" not in text
    assert "Atelier : la sécurité de l'IoT" in text and "3 30 10 %" in text
    assert "Délégation officielle 0 0 2 0 1 3" in text
    assert "Sans groupe 0 1 0 0 0 1" in text
    assert "Total 0 1 2 1 1 5" in text


def test_the_english_report_speaks_english(report: MissionReport, tmp_path: Path) -> None:
    path = render_mission_report(report, tmp_path / "report.pdf", language="en")
    text = _text(path)
    assert "MISSION REPORT" in text and "Miami mission" in text
    assert "November 5 – 10, 2017" in text or "November 5–10, 2017" in text
    assert "4 meetings held" in text and "of 8 requested" in text
    assert "Maritime & Logistics 3 2 1 0 0 0" in text
    assert "Health 2 0 0 0 1 1" in text
    assert "Total without the lost ones 3 80 €3,000,000 + $24,500,000" in text
    assert "Workshop : SmartPort" in text
    assert "Rendez-vous" not in text


def test_user_text_is_printed_as_typed_not_as_markup(
    db: Database, case: ReportCase, tmp_path: Path
) -> None:
    from delegation_app.services import people
    from delegation_app.services.leads import create_lead

    with db.transaction() as session:
        org = people.create_organisation(
            session, short="dupont", name="Dupont & Fils <SARL>", sector="Énergie"
        ).id
        meeting = case.world.meeting(session, case.world.miami, "agency")
        create_lead(session, organisation_id=org, meeting_ids=[meeting])
        report = mission_report(session, "miami-2017", today=TODAY)
    text = _text(render_mission_report(report, tmp_path / "r.pdf", language="fr"))
    assert "Dupont & Fils <SARL>" in text


def test_a_mission_without_meetings_or_leads_says_so(db: Database, tmp_path: Path) -> None:
    from delegation_app.services import missions

    with db.transaction() as session:
        missions.create_mission(
            session,
            short="tel-aviv-2019",
            title_fr="Tel Aviv",
            start_date=datetime(2019, 9, 16).date(),
            end_date=datetime(2019, 9, 20).date(),
            stops=[missions.StopInput("Tel Aviv", "IL", "Asia/Jerusalem")],
        )
        report = mission_report(session, "tel-aviv-2019", today=TODAY)
    text = _text(render_mission_report(report, tmp_path / "vide.pdf", language="fr"))
    assert "Aucun rendez-vous n'a été demandé pour cette mission." in text
    assert "Aucun prospect n'est issu de cette mission." in text
    assert "La mission ne comptait pas d'atelier." in text


def _sheet_rows(path: Path, title: str) -> list[tuple[object, ...]]:
    sheet = load_workbook(path)[title]
    return list(sheet.iter_rows(values_only=True))


def test_the_workbook_has_one_sheet_per_section_with_numbers_and_dates(
    report: MissionReport, tmp_path: Path
) -> None:
    path = export_mission_report_xlsx(report, tmp_path / "rapport.xlsx", language="fr")
    workbook = load_workbook(path)
    assert workbook.sheetnames == [
        "Synthèse",
        "Rendez-vous par secteur",
        "Rendez-vous par organisation",
        "Prospects par étape",
        "Prospects",
        "Accords",
        "Ateliers",
        "Délégation",
    ]
    summary = dict(_sheet_rows(path, "Synthèse")[1:])
    assert summary["Premier jour"] == datetime(2017, 11, 5)
    assert workbook["Synthèse"]["B3"].number_format == "DD/MM/YYYY"
    assert workbook["Synthèse"]["B6"].number_format == "General"  # a count is not a date
    assert summary["Rendez-vous demandés"] == 8 and summary["Rendez-vous tenus"] == 4
    assert summary["Emplois attendus (hors perdus)"] == 80
    assert summary["Investissement attendu (hors perdus), EUR"] == 3_000_000
    assert summary["Investissement attendu (hors perdus), USD"] == 24_500_000
    assert summary["Actions de suivi en retard"] == 1
    sectors = _sheet_rows(path, "Rendez-vous par secteur")
    assert sectors[0] == (
        "Secteur", "Demandés", "Tenus", "Annulés", "Absents", "Prévus", "En attente",
    )  # fmt: skip
    assert sectors[1:] == [
        ("Maritime et logistique", 3, 2, 1, 0, 0, 0),
        ("Santé", 2, 0, 0, 0, 1, 1),
        ("Numérique et industries créatives", 2, 1, 0, 1, 0, 0),
        ("Sans secteur", 1, 1, 0, 0, 0, 0),
        ("Total", 8, 4, 1, 1, 1, 1),
    ]
    stages = _sheet_rows(path, "Prospects par étape")
    assert stages[0] == (
        "Étape",
        "Prospects",
        "Emplois attendus",
        "Investissement attendu (EUR)",
        "Investissement attendu (USD)",
    )
    assert stages[2] == ("Étude", 1, 25, 0, 4_500_000)
    assert stages[-1] == ("Total hors perdus", 3, 80, 3_000_000, 24_500_000)
    agreements = _sheet_rows(path, "Accords")
    assert [(r[0], r[1]) for r in agreements[1:]] == [
        ("Signé pendant la mission", "Accord signed-in-miami"),
        ("En vigueur, concerne la mission", "Accord port-2015"),
        ("En préparation", "Accord miami-draft"),
    ]
    assert agreements[1][5] == datetime(2017, 11, 6)
    workshops = _sheet_rows(path, "Ateliers")
    assert workshops[1][1] == datetime(2017, 11, 8) and workshops[1][4:] == (3, 30)
    delegation = _sheet_rows(path, "Délégation")
    assert delegation[-1] == ("Total", 0, 1, 2, 1, 1, 5)


def test_text_starting_with_equals_stays_text_in_the_workbook(
    db: Database, case: ReportCase, tmp_path: Path
) -> None:
    from delegation_app.services import people
    from delegation_app.services.leads import create_lead

    with db.transaction() as session:
        org = people.create_organisation(session, short="evil", name='=HYPERLINK("http://x")').id
        create_lead(session, organisation_id=org, mission_id=case.world.miami)
        report = mission_report(session, "miami-2017", today=TODAY)
    path = export_mission_report_xlsx(report, tmp_path / "r.xlsx", language="en")
    sheet = load_workbook(path)["Leads"]
    [cell] = [c for c in sheet["A"] if c.value == '=HYPERLINK("http://x")']
    assert cell.data_type == "s"


def test_the_workbook_refuses_another_extension(report: MissionReport, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValidationError):
        export_mission_report_xlsx(report, folder / "r.csv", language="fr")
    with pytest.raises(ValidationError):
        export_mission_report_xlsx(report, folder / "r.xlsx", language="de")
    assert list(folder.iterdir()) == []


def test_the_cli_writes_the_report_as_pdf_or_xlsx(
    capsys: pytest.CaptureFixture[str], db_path: Path, case: ReportCase, tmp_path: Path
) -> None:
    pdf = tmp_path / "rapport.pdf"
    assert main(["report", "--db", str(db_path), "--mission", "miami-2017", "-o", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "4 of 8 meetings held, 3 leads followed, 80 jobs expected, 1 agreement signed" in out
    assert "Rendez-vous B2B" in _text(pdf)
    xlsx = tmp_path / "report.xlsx"
    code = main(
        ["report", "--db", str(db_path), "--mission", "miami-2017", "--lang", "en", "-o", str(xlsx)]
    )
    assert code == 0
    assert load_workbook(xlsx).sheetnames[0] == "Summary"
    assert main(["report", "--db", str(db_path), "--mission", "miami-2017", "-o", "r.docx"]) == 2
    assert "must be a file name ending in .pdf or .xlsx" in capsys.readouterr().err
    assert main(["report", "--db", str(db_path), "--mission", "nowhere", "-o", str(pdf)]) == 1
