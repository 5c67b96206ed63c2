"""The French window: our catalogue, Qt's own, and Babel dates."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from pytestqt.qtbot import QtBot

from delegation_app.storage.database import Database
from tests.ui.sample_data import Sample
from ui import settings as keys
from ui.i18n import catalogue_path, translations
from ui.main_window import MainWindow
from ui.models import NAME, PASSPORT, SUBTITLE_ROLE


def test_the_french_catalogue_is_shipped_compiled() -> None:
    assert catalogue_path("fr").is_file()
    assert catalogue_path("fr").with_suffix(".ts").is_file()


def test_window_in_french(qtbot: QtBot, db: Database, sample: Sample) -> None:
    assert translations.install("fr")
    window = MainWindow(db, language="fr")
    qtbot.addWidget(window)
    window.select_mission("miami-2017")

    assert window.roster_search.placeholderText().startswith("Rechercher")
    assert window.mission_search.placeholderText() == "Rechercher une mission…"
    assert window.print_action.text() == "&Imprimer le livret…"
    assert window.count_status.text() == "8 sur 8 délégués"
    assert window.title_label.text() == "Semaines françaises de Miami"
    assert window.meta_label.text().startswith("5–10 nov. 2017")
    assert "heure de l’Est nord-américain (UTC−5)" in window.stops_label.text()
    model = window.roster_model
    assert model.headerData(NAME, Qt.Orientation.Horizontal) == "Nom"
    subtitle = window.missions_model.index(1).data(SUBTITLE_ROLE)
    assert subtitle == "Prévue · 5–10 nov. 2017 · Miami · 8 délégués"
    passports = {window.roster_proxy.index(r, PASSPORT).data() for r in range(8)}
    assert "•••• au dossier" in passports
    # Qt's own strings (standard buttons) come from Qt's French catalogue.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_language_menu_switches_live_and_is_remembered(
    window: MainWindow, isolated_settings: QSettings
) -> None:
    assert window.roster_search.placeholderText() == "Search by name, organisation or group…"
    window.language_actions["fr"].trigger()
    assert window.language == "fr"
    assert window.roster_search.placeholderText() == "Rechercher par nom, organisme ou groupe…"
    assert window.count_status.text() == "8 sur 8 délégués"
    assert window.roster_model.headerData(NAME, Qt.Orientation.Horizontal) == "Nom"
    assert keys.read_str(isolated_settings, keys.LANGUAGE) == "fr"
    window.language_actions["en"].trigger()
    assert window.count_status.text() == "8 of 8 delegates"


def test_every_string_of_the_window_is_translated_in_french() -> None:
    root = ElementTree.parse(catalogue_path("fr").with_suffix(".ts")).getroot()
    unfinished = [
        message.findtext("source")
        for message in root.iter("message")
        if (translation := message.find("translation")) is None
        or translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not (translation.text or "").strip()
    ]
    assert unfinished == []


def test_import_dialog_and_new_roster_tools_in_french(
    qtbot: QtBot, db: Database, sample: Sample, tmp_path: Path
) -> None:
    from tests.ui.rosters import partner_csv
    from ui.import_dialog import ColumnsModel

    assert translations.install("fr")
    window = MainWindow(db, language="fr")
    qtbot.addWidget(window)
    window.select_mission("miami-2017")
    assert window.import_action.text() == "&Importer une liste…"
    assert window.status_filter.itemText(3) == "Confirmé (5)"
    assert window.group_filter.itemText(0) == "Tous les groupes"
    assert window.checks_panel.windowTitle() == "Vérifications"

    dialog = window.open_import(partner_csv(tmp_path))
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    model = dialog.columns_model
    assert model.index(1, ColumnsModel.FIELD).data() == "Nom"
    assert model.index(7, ColumnsModel.FIELD).data() == "— ignorer —"
    assert "séparé par des points-virgules" in dialog.file_label.text()
    with qtbot.waitSignal(dialog.plan_ready, timeout=30_000):
        dialog.next_button.click()
    assert dialog.summary_label.text() == "2 à créer, 1 à ajouter, 1 à mettre à jour, 2 refusées"
    refused = [
        dialog.review_proxy.index(r, 3).data()
        for r in range(dialog.review_proxy.rowCount())
        if dialog.review_proxy.index(r, 1).data() == "Refusée"
    ]
    assert "Prénom : est vide" in refused  # the core's reason, said again in French
    dialog.reject()
    window.runner.shutdown()
