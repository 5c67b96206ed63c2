"""Edit > Preferences: what is saved where (the database or QSettings), read back, checked under
each field, and the backup folder that the next automatic backups use."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from delegation_app.services.branding import organisation_logo
from delegation_app.services.preferences import database_preferences
from delegation_app.storage.database import Database, backup_before, open_database
from tests.ui.sample_data import Sample
from ui import settings as keys
from ui.dialogs import BookletOptionsDialog
from ui.main_window import ROSTER_TAB, MainWindow
from ui.preferences_dialog import PreferencesDialog, open_preferences


def _png(path: Path) -> Path:
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5fa8"))
    assert image.save(str(path), "PNG")
    return path


def _dialog(qtbot: QtBot, db: Database, settings: QSettings) -> PreferencesDialog:
    dialog = PreferencesDialog(db, settings, language="en")
    qtbot.addWidget(dialog)
    return dialog


def _ok(dialog: PreferencesDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_preferences_are_saved_and_read_back(
    qtbot: QtBot, db: Database, isolated_settings: QSettings, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, db, isolated_settings)
    dialog.organisation_edit.setText("Ville de Marseille")
    assert dialog.choose_logo(_png(tmp_path / "marseille.png"))
    dialog.city_edit.setText("Marseille")
    dialog.zone_box.setEditText("America/Montreal")
    dialog.booklet_language_box.setCurrentIndex(dialog.booklet_language_box.findData("fr"))
    dialog.page_size_box.setCurrentIndex(dialog.page_size_box.findData("A5"))
    dialog.program_language_box.setCurrentIndex(dialog.program_language_box.findData("fr"))
    dialog.backup_edit.setText(str(tmp_path / "backups"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    with db.reading() as session:
        stored = database_preferences(session)
        logo = organisation_logo(session)
    assert stored.organisation_name == "Ville de Marseille"
    assert stored.home_city == "Marseille"
    assert stored.home_zone == "America/Montreal"
    assert stored.backup_folder == tmp_path / "backups"
    assert logo is not None and logo.file_name == "marseille.png"
    assert logo.content == (tmp_path / "marseille.png").read_bytes()
    assert keys.read_str(isolated_settings, keys.BOOKLET_LANGUAGE) == "fr"
    assert keys.read_str(isolated_settings, keys.BOOKLET_PAGE_SIZE) == "A5"
    assert keys.read_str(isolated_settings, keys.LANGUAGE) == "fr"

    again = _dialog(qtbot, db, isolated_settings)
    assert again.organisation_edit.text() == "Ville de Marseille"
    assert again.city_edit.text() == "Marseille"
    assert again.zone_box.currentText() == "America/Montreal"
    assert again.backup_edit.text() == str(tmp_path / "backups")
    assert again.booklet_language_box.currentData() == "fr"
    assert again.page_size_box.currentData() == "A5"
    assert again.logo_name.text().startswith("marseille.png, ")
    assert not again.logo_preview.pixmap().isNull()


def test_the_logo_can_be_removed(
    qtbot: QtBot, db: Database, isolated_settings: QSettings, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, db, isolated_settings)
    dialog.choose_logo(_png(tmp_path / "logo.png"))
    dialog.accept()
    again = _dialog(qtbot, db, isolated_settings)
    again.remove_logo_button.click()
    again.accept()
    with db.reading() as session:
        assert organisation_logo(session) is None


def test_the_backup_folder_chosen_is_where_the_next_automatic_backups_land(
    qtbot: QtBot, db: Database, db_path: Path, isolated_settings: QSettings, tmp_path: Path
) -> None:
    chosen = tmp_path / "usb stick" / "backups"
    dialog = _dialog(qtbot, db, isolated_settings)
    dialog.backup_edit.setText(str(chosen))
    dialog.accept()
    # While the database stays open: the copy taken before an import.
    before_import = backup_before(db, "import")
    assert before_import.parent == chosen
    # At the next opening: the day's first copy.
    db.close()
    reopened = open_database(db_path, lock=False)
    try:
        assert reopened.backup_folder == chosen
        assert [p.name for p in chosen.glob("*-daily.delegation")] != []
    finally:
        reopened.close()


def test_an_unknown_time_zone_is_refused_naming_the_field(
    qtbot: QtBot, db: Database, isolated_settings: QSettings
) -> None:
    dialog = _dialog(qtbot, db, isolated_settings)
    dialog.city_edit.setText("Marseille")
    dialog.zone_box.setEditText("Europe/Marseille")
    error = dialog.error_labels["zone"]
    assert not error.isHidden()
    assert error.text().startswith("Home time zone:")
    assert "Europe/Marseille" in error.text()
    assert not _ok(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    with db.reading() as session:
        assert database_preferences(session).home_city is None  # nothing written
    dialog.zone_box.setEditText("Europe/Paris")
    assert error.isHidden() and _ok(dialog)


def test_an_unreadable_logo_is_refused_naming_the_field(
    qtbot: QtBot, db: Database, isolated_settings: QSettings, tmp_path: Path
) -> None:
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"not really an image")
    dialog = _dialog(qtbot, db, isolated_settings)
    assert not dialog.choose_logo(fake)
    error = dialog.error_labels["logo"]
    assert not error.isHidden()
    assert error.text() == "Logo: logo.png is not a readable PNG or JPEG image."
    assert not dialog.choose_logo(tmp_path / "missing.png")
    assert error.text().startswith("Logo: missing.png cannot be read")
    dialog.accept()
    with db.reading() as session:
        assert organisation_logo(session) is None


@pytest.mark.parametrize(
    ("folder", "words"), [("relative/backups", "full path"), ("FILE", "is a file")]
)
def test_a_bad_backup_folder_is_refused_naming_the_field(
    qtbot: QtBot,
    db: Database,
    isolated_settings: QSettings,
    tmp_path: Path,
    folder: str,
    words: str,
) -> None:
    if folder == "FILE":
        folder = str(tmp_path / "notes.txt")
        Path(folder).write_text("a file")
    dialog = _dialog(qtbot, db, isolated_settings)
    dialog.backup_edit.setText(folder)
    error = dialog.error_labels["backup"]
    assert error.text().startswith("Backup folder:") and words in error.text()
    assert not _ok(dialog)


def test_ctrl_comma_is_the_edit_menus_preferences(window: MainWindow) -> None:
    assert "Ctrl+," in [s.toString() for s in window.preferences_action.shortcuts()]
    assert window.preferences_action in window.edit_menu.actions()


def test_a_program_language_chosen_applies_to_the_window(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose_french(dialog: PreferencesDialog) -> int:
        dialog.program_language_box.setCurrentIndex(dialog.program_language_box.findData("fr"))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(PreferencesDialog, "exec", choose_french)
    assert open_preferences(window, db, keys.app_settings())
    assert window.language == "fr"
    assert window.mission_tabs.tabText(ROSTER_TAB) == "Délégués"


def test_the_booklet_defaults_are_offered_when_printing(
    qtbot: QtBot, isolated_settings: QSettings, sample: Sample
) -> None:
    dialog = BookletOptionsDialog("Hélène Durand", language="en", ui_language="en")
    qtbot.addWidget(dialog)
    assert (dialog.language, dialog.page_size) == ("en", "A4")
    isolated_settings.setValue(keys.BOOKLET_LANGUAGE, "fr")
    isolated_settings.setValue(keys.BOOKLET_PAGE_SIZE, "Letter")
    isolated_settings.sync()
    chosen = BookletOptionsDialog("Hélène Durand", language="en", ui_language="en")
    qtbot.addWidget(chosen)
    assert (chosen.language, chosen.page_size) == ("fr", "Letter")
