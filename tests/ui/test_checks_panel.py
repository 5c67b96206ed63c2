"""The Checks panel: findings of the selected mission, filters, and the way to the delegate."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from delegation_app.services.checks import run_checks
from delegation_app.storage.database import Database
from tests.core.test_checks import assert_french
from tests.ui.sample_data import Sample
from ui.checks_panel import MESSAGE, SEVERITY, SUBJECT
from ui.i18n import translations
from ui.main_window import MainWindow

TIMEOUT_MS = 30_000


def _show_checks(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.checks_panel
    with qtbot.waitSignal(panel.refreshed, timeout=TIMEOUT_MS):
        window.checks_action.trigger()
    assert panel.isVisible()


def test_f7_shows_the_findings_of_the_mission_with_their_count(
    window: MainWindow, qtbot: QtBot, db: Database, sample: Sample
) -> None:
    panel = window.checks_panel
    assert not panel.isVisible()
    assert not panel.running  # a hidden panel does not run the checks
    assert window.checks_action.shortcut().toString() == "F7"
    _show_checks(window, qtbot)

    with db.reading() as session:
        expected = run_checks(session, "miami-2017")
    assert expected  # the sample has delegates without passport or ESTA
    assert panel.windowTitle() == f"Checks ({len(expected)})"
    assert window.checks_action.text() == panel.windowTitle()
    shown = {
        (panel.proxy.index(r, SUBJECT).data(), panel.proxy.index(r, MESSAGE).data())
        for r in range(panel.proxy.rowCount())
    }
    assert shown == {(f.subject, f.message) for f in expected}
    # Errors first; the advice is in the tooltip.
    assert panel.proxy.index(0, SEVERITY).data() == "Error"
    first = panel.proxy.finding_at(0)
    assert first.advice in panel.proxy.index(0, MESSAGE).data(Qt.ItemDataRole.ToolTipRole)


def test_findings_are_sorted_errors_first_and_by_the_heading_clicked(
    window: MainWindow, qtbot: QtBot, db: Database, sample: Sample
) -> None:
    from ui.search import fold

    _show_checks(window, qtbot)
    panel = window.checks_panel
    proxy = panel.proxy
    rows = range(proxy.rowCount())
    severities = [proxy.finding_at(r).severity for r in rows]
    assert severities == sorted(severities, key=lambda s: s != "error")  # errors first
    panel.view.sortByColumn(SUBJECT, Qt.SortOrder.DescendingOrder)
    subjects = [fold(proxy.finding_at(r).subject) for r in rows]
    assert subjects == sorted(subjects, reverse=True)
    panel.severity_box.setCurrentIndex(2)  # the filter still applies to the sorted findings
    warnings = [fold(proxy.finding_at(r).subject) for r in range(proxy.rowCount())]
    assert warnings == sorted(warnings, reverse=True)
    assert {proxy.finding_at(r).severity for r in range(proxy.rowCount())} == {"warning"}


def test_the_severity_filter_counts_and_shows_one_kind(
    window: MainWindow, qtbot: QtBot, db: Database, sample: Sample
) -> None:
    _show_checks(window, qtbot)
    panel = window.checks_panel
    with db.reading() as session:
        findings = run_checks(session, "miami-2017")
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = len(findings) - errors
    box = panel.severity_box
    assert [box.itemText(i) for i in range(box.count())] == [
        f"All findings ({len(findings)})",
        f"Errors ({errors})",
        f"Warnings ({warnings})",
    ]
    box.setCurrentIndex(1)
    assert panel.proxy.rowCount() == errors
    assert {panel.proxy.finding_at(r).severity for r in range(errors)} == {"error"}
    box.setCurrentIndex(2)
    assert panel.proxy.rowCount() == warnings
    box.setCurrentIndex(0)
    assert panel.proxy.rowCount() == len(findings)


def test_double_clicking_a_finding_selects_the_delegate_even_if_the_search_hid_them(
    window: MainWindow, qtbot: QtBot
) -> None:
    _show_checks(window, qtbot)
    panel = window.checks_panel
    window.roster_search.setText("helene")  # Zoé Abadie is hidden by the search
    row = next(
        r
        for r in range(panel.proxy.rowCount())
        if panel.proxy.finding_at(r).subject == "Zoé Abadie"
    )
    view = panel.view
    rect = view.visualRect(panel.proxy.index(row, SUBJECT))
    with qtbot.waitSignal(panel.participant_activated, timeout=TIMEOUT_MS):
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    entry = window.current_entry()
    assert entry is not None and entry.full_name == "Zoé Abadie"
    assert [e.short for e in window.selected_entries()] == ["zabadie"]
    assert window.roster_search.text() == ""
    assert "Zoé Abadie" in panel.advice_label.text()
    assert "What to do:" in panel.advice_label.text()


def test_the_panel_follows_the_selected_mission(
    window: MainWindow, qtbot: QtBot, db: Database
) -> None:
    _show_checks(window, qtbot)
    panel = window.checks_panel
    with qtbot.waitSignal(panel.refreshed, timeout=TIMEOUT_MS) as blocker:
        window.select_mission("toronto-montreal-2019")
    with db.reading() as session:
        toronto = run_checks(session, "toronto-montreal-2019")
    assert blocker.args == [len(toronto)]
    subjects = {panel.proxy.finding_at(r).subject for r in range(panel.proxy.rowCount())}
    assert subjects == {f.subject for f in toronto}
    assert "Hélène Durand" not in subjects  # she is on the Miami roster only


def test_a_conflict_opens_its_item_in_the_itinerary(
    window: MainWindow, qtbot: QtBot, db: Database, sample: Sample
) -> None:
    from datetime import datetime

    from delegation_app.services.itinerary import create_item
    from delegation_app.storage.models import ItemKind
    from ui.main_window import ITINERARY_TAB

    zone = "America/New_York"
    with db.transaction() as session:
        for title, hour in (("Visite du port", 9), ("Déjeuner des élus", 10)):
            create_item(
                session,
                mission_id=sample.miami_id,
                kind=ItemKind.MEAL if hour == 10 else ItemKind.RECEPTION,
                title_fr=title,
                start_local=datetime(2017, 11, 7, hour, 0),
                start_zone=zone,
                end_local=datetime(2017, 11, 7, hour + 2, 0),
            )
    window.reload_current()
    _show_checks(window, qtbot)
    panel = window.checks_panel
    row = next(
        r
        for r in range(panel.proxy.rowCount())
        if panel.proxy.finding_at(r).code == "conflict.overlap"
    )
    finding = panel.proxy.finding_at(row)
    assert finding.item_id is not None and "Déjeuner des élus" in finding.message
    rect = panel.view.visualRect(panel.proxy.index(row, SUBJECT))
    with qtbot.waitSignal(panel.item_activated, timeout=TIMEOUT_MS):
        QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.mission_tabs.currentIndex() == ITINERARY_TAB
    current = window.itinerary_page.current_row()
    assert current is not None and current.item_id == finding.item_id


def _shown(window: MainWindow) -> set[tuple[str, str]]:
    panel = window.checks_panel
    return {
        (panel.proxy.index(r, SUBJECT).data(), panel.proxy.index(r, MESSAGE).data())
        for r in range(panel.proxy.rowCount())
    }


def test_the_french_window_shows_french_findings(
    qtbot: QtBot, db: Database, sample: Sample
) -> None:
    assert translations.install("fr")
    window = MainWindow(db, language="fr")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.select_mission("miami-2017")
    try:
        _show_checks(window, qtbot)
        panel = window.checks_panel
        assert panel.language == "fr"
        with db.reading() as session:
            expected = run_checks(session, "miami-2017", language="fr")
        assert _shown(window) == {(f.subject, f.message) for f in expected}
        shown = [panel.proxy.finding_at(r) for r in range(panel.proxy.rowCount())]
        assert_french(shown)
        assert any("Aucun passeport n’est enregistré pour" in f.message for f in shown)
        assert panel.proxy.index(0, SEVERITY).data() == "Erreur"
        panel.view.selectRow(0)
        assert "À faire" in panel.advice_label.text()
        assert html.escape(shown[0].advice) in panel.advice_label.text()
    finally:
        window.runner.shutdown()


def test_switching_the_language_words_the_findings_again_and_keeps_the_selection(
    window: MainWindow, qtbot: QtBot, db: Database
) -> None:
    _show_checks(window, qtbot)
    panel = window.checks_panel
    panel.view.selectRow(2)
    chosen = panel.current_finding()
    assert chosen is not None
    with qtbot.waitSignal(panel.refreshed, timeout=TIMEOUT_MS):
        window.language_actions["fr"].trigger()
    with db.reading() as session:
        french = run_checks(session, "miami-2017", language="fr")
        english = run_checks(session, "miami-2017", language="en")
    assert panel.language == "fr"
    assert _shown(window) == {(f.subject, f.message) for f in french}
    again = panel.current_finding()
    assert again is not None and again != chosen and again in french
    assert (again.code, again.participant_id, again.item_id) == (
        chosen.code,
        chosen.participant_id,
        chosen.item_id,
    )
    with qtbot.waitSignal(panel.refreshed, timeout=TIMEOUT_MS):
        window.language_actions["en"].trigger()
    assert _shown(window) == {(f.subject, f.message) for f in english}


def test_a_hidden_panel_words_its_findings_in_the_new_language_when_shown(
    window: MainWindow, qtbot: QtBot, db: Database
) -> None:
    panel = window.checks_panel
    window.language_actions["fr"].trigger()
    assert panel.language == "fr"
    assert not panel.running  # hidden: nothing runs yet
    _show_checks(window, qtbot)
    with db.reading() as session:
        french = run_checks(session, "miami-2017", language="fr")
    assert _shown(window) == {(f.subject, f.message) for f in french}
