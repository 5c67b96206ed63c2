"""The French window: our catalogue, Qt's own, and Babel dates."""

from __future__ import annotations

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
    assert subtitle == "5–10 nov. 2017 · Miami · 8 délégués"
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
