"""A delegate's record in the window: editing with inline errors and undo, the passport kept
masked until asked for, groups changed for many delegates at once, and the form in French."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from delegation_app.services.roster import RosterEntry, delegate_detail
from delegation_app.storage.database import Database
from delegation_app.storage.models import AuthorisationKind, AuthorisationState
from tests.ui.sample_data import PASSPORT_NUMBER, Sample
from ui.delegate_dialog import CONTACT_TAB, IDENTITY_TAB, DelegateDialog
from ui.i18n import translations
from ui.main_window import MainWindow
from ui.models import ITEM_ROLE, NAME


def _entry(window: MainWindow, short: str) -> RosterEntry:
    return next(e for e in window.roster_model.entries if e.short == short)


def _row_tooltip(window: MainWindow, short: str) -> str:
    proxy = window.roster_proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, NAME)
        entry = index.data(ITEM_ROLE)
        if entry.short == short:
            return str(index.data(Qt.ItemDataRole.ToolTipRole))
    raise AssertionError(short)


def _open(window: MainWindow, short: str) -> DelegateDialog:
    assert window.select_delegate(short)
    dialog = window.edit_delegate()
    assert dialog is not None
    return dialog


@pytest.fixture
def opened(window: MainWindow, qtbot: QtBot) -> Iterator[DelegateDialog]:
    dialog = _open(window, "zabadie")
    yield dialog
    if window.delegate_dialog is not None:
        window.delegate_dialog.reject()


def test_ctrl_e_is_the_shortcut_of_the_record(window: MainWindow) -> None:
    assert window.edit_delegate_action.shortcut() == QKeySequence("Ctrl+E")
    assert window.select_delegate("zabadie")
    assert window.edit_delegate_action.isEnabled()
    assert window.roster_menu().actions()[0] is window.edit_delegate_action
    window.select_participants([e.participant_id for e in window.roster_model.entries])
    assert not window.edit_delegate_action.isEnabled()  # one record at a time


def test_job_title_and_national_phone_are_saved_shown_and_undone(
    window: MainWindow, opened: DelegateDialog, qtbot: QtBot
) -> None:
    dialog = opened
    assert dialog.windowTitle() == "Delegate — Zoé Abadie"
    assert dialog.ok_button.isEnabled()
    dialog.job_title_edit.setText("Directrice générale")
    dialog.phone_edit.setText("06 12 34 56 78")
    assert dialog.phone_feedback.text() == "Saved as +33 6 12 34 56 78"
    assert dialog.ok_button.isEnabled() and dialog.errors == {}
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.delegate_dialog is None)

    entry = _entry(window, "zabadie")
    assert (entry.job_title, entry.phone) == ("Directrice générale", "+33612345678")
    assert "Directrice générale" in _row_tooltip(window, "zabadie")
    assert "+33612345678" in _row_tooltip(window, "zabadie")
    assert window.current_entry() == entry  # the edited delegate stays selected
    assert window.undo_action.text() == "&Undo Edit Zoé Abadie"

    window.undo_action.trigger()
    entry = _entry(window, "zabadie")
    assert (entry.job_title, entry.phone) == (None, None)
    window.redo_action.trigger()
    assert _entry(window, "zabadie").phone == "+33612345678"


def test_a_form_left_unchanged_writes_nothing(
    window: MainWindow, opened: DelegateDialog, qtbot: QtBot
) -> None:
    assert opened.ok_button.isEnabled()
    opened.ok_button.click()
    qtbot.waitUntil(lambda: window.delegate_dialog is None)
    assert window.undo_stack.count() == 0


def test_a_bad_email_shows_under_the_field_and_ok_stays_disabled(
    opened: DelegateDialog,
) -> None:
    dialog = opened
    dialog.email_edit.setText("zoe@")
    label = dialog.error_labels["email"]
    assert not label.isHidden()
    assert label.text() == "Not an e-mail address: write it as name@example.org"
    assert label.parentWidget() is dialog.email_edit.parentWidget()  # under the field
    assert not dialog.ok_button.isEnabled()
    assert not dialog.tabs.tabIcon(CONTACT_TAB).isNull()  # the tab says it needs a look
    assert dialog.tabs.tabIcon(IDENTITY_TAB).isNull()
    dialog.accept()
    assert dialog.isVisible()  # refused: still open

    dialog.email_edit.setText("zoe.abadie@ocean-robotique.fr")
    assert label.isHidden()
    assert dialog.ok_button.isEnabled()
    assert dialog.tabs.tabIcon(CONTACT_TAB).isNull()


def test_several_errors_show_at_once_each_under_its_field(opened: DelegateDialog) -> None:
    dialog = opened
    dialog.family_name_edit.setText("  ")
    dialog.phone_edit.setText("06 12")
    dialog.birth_date_edit.setText("31/02/1971")
    dialog.nationality_combo.setEditText("Atlantis")
    assert dialog.errors == {
        "family_name": "Required",
        "phone": "Not a valid number in France: add the country code (+1…) for a number abroad",
        "birth_date": "Not a date: write it as 1971-04-12",
        "nationality": "Not a country: choose one from the list or type its two-letter code",
    }
    assert not dialog.ok_button.isEnabled()


def test_dates_are_read_back_in_words(opened: DelegateDialog) -> None:
    opened.birth_date_edit.setText("12/04/1971")
    assert opened.birth_date_feedback.text() == "April 12, 1971"
    opened.birth_date_edit.setText("12/04/2071")
    assert opened.errors["birth_date"] == "A date of birth must be in the past"


def test_the_passport_is_masked_until_show(
    window: MainWindow, db: Database, sample: Sample, qtbot: QtBot
) -> None:
    dialog = _open(window, "hdurand")
    edit = dialog.passport_edit
    assert edit.text() == "•••• 8213"
    assert edit.isReadOnly()
    assert dialog.detail.passport_number is None
    shown = [w.text() for w in dialog.findChildren(QLineEdit)]
    assert not any(PASSPORT_NUMBER in text for text in shown)
    assert dialog.show_button.text() == "&Show"

    dialog.show_button.click()
    assert edit.text() == PASSPORT_NUMBER
    assert not edit.isReadOnly()
    assert dialog.show_button.text() == "&Hide"
    assert dialog.errors == {} and dialog.ok_button.isEnabled()
    dialog.show_button.click()
    assert edit.echoMode() == QLineEdit.EchoMode.Password

    # Revealed, the number can be corrected: saved, and undone.
    edit.setText("18FR00001")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.delegate_dialog is None)
    participant_id = _entry(window, "hdurand").participant_id
    with db.reading() as session:
        assert delegate_detail(session, participant_id, reveal=True).passport_number == (
            "18FR00001"
        )
    assert PASSPORT_NUMBER not in window.undo_action.text()
    window.undo_action.trigger()
    with db.reading() as session:
        assert delegate_detail(session, participant_id, reveal=True).passport_number == (
            PASSPORT_NUMBER
        )


def test_show_is_off_when_there_is_nothing_to_hide(opened: DelegateDialog) -> None:
    assert not opened.show_button.isEnabled()
    assert not opened.passport_edit.isReadOnly()


def test_an_esta_is_recorded_for_the_destination_and_undone(
    window: MainWindow, opened: DelegateDialog, db: Database, qtbot: QtBot
) -> None:
    [row] = opened.authorisation_rows  # Miami: the United States
    assert row.country == "US" and row.kind() is None
    assert not row.number_edit.isEnabled()
    row.kind_combo.setCurrentIndex(row.kind_combo.findData("esta"))
    row.state_combo.setCurrentIndex(row.state_combo.findData("granted"))
    row.number_edit.setText("Q7RT4LWX2K9P")
    row.expiry_edit.setText("2019-05-01")
    assert opened.ok_button.isEnabled(), opened.row_errors
    opened.ok_button.click()
    qtbot.waitUntil(lambda: window.delegate_dialog is None)
    participant_id = _entry(window, "zabadie").participant_id
    with db.reading() as session:
        [esta] = delegate_detail(session, participant_id).entry_authorisations
    assert (esta.kind, esta.state, esta.masked_number) == (
        AuthorisationKind.ESTA,
        AuthorisationState.GRANTED,
        "•••• 2K9P",
    )
    window.undo_action.trigger()
    with db.reading() as session:
        assert delegate_detail(session, participant_id).entry_authorisations == ()


def test_an_authorisation_expiry_that_is_no_date_shows_on_its_row(
    opened: DelegateDialog,
) -> None:
    [row] = opened.authorisation_rows
    row.kind_combo.setCurrentIndex(row.kind_combo.findData("esta"))
    row.expiry_edit.setText("soon")
    assert opened.row_errors == {0: "Not a date: write it as 1971-04-12"}
    assert not row.error_label.isHidden()
    assert not opened.ok_button.isEnabled()


def test_status_and_groups_from_the_form(
    window: MainWindow, opened: DelegateDialog, qtbot: QtBot
) -> None:
    dialog = opened
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("cancelled"))
    press = next(
        row
        for row in range(dialog.groups_model.rowCount())
        if dialog.groups_model.item(row).text() == "Press"
    )
    dialog.groups_model.item(press).setCheckState(Qt.CheckState.Checked)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.delegate_dialog is None)
    entry = _entry(window, "zabadie")
    assert entry.groups == ("Business leaders", "Press")
    assert entry.status.value == "cancelled"
    window.undo_action.trigger()
    entry = _entry(window, "zabadie")
    assert (entry.groups, entry.status.value) == (("Business leaders",), "confirmed")


# --- groups of many delegates ---------------------------------------------------------------


def _submenu(menu: QMenu, name: str) -> QMenu:
    found = menu.findChild(QMenu, name)
    assert isinstance(found, QMenu)
    return found


def test_three_selected_delegates_join_a_group_in_one_undoable_step(
    window: MainWindow,
) -> None:
    shorts = ("zabadie", "mzerbib", "scohen")
    window.select_participants(_entry(window, s).participant_id for s in shorts)
    menu = window.roster_menu()
    add_menu = _submenu(menu, "addToGroupMenu")
    assert add_menu.title() == "Add 3 delegates to a &group"
    press = next(a for a in add_menu.actions() if a.text() == "Press")
    business = next(a for a in add_menu.actions() if a.text() == "Business leaders")
    assert press.isEnabled() and not business.isEnabled()  # all three are already in it
    press.trigger()

    assert {_entry(window, s).groups for s in shorts} == {("Business leaders", "Press")}
    assert window.undo_stack.count() == 1
    assert window.undo_action.text() == "&Undo Add 3 delegates to Press"
    assert len(window.selected_entries()) == 3  # still selected, for the next change
    assert window.group_filter.itemText(4) == "Press (4)"

    window.undo_action.trigger()
    assert {_entry(window, s).groups for s in shorts} == {("Business leaders",)}
    window.redo_action.trigger()
    assert {_entry(window, s).groups for s in shorts} == {("Business leaders", "Press")}


def test_remove_from_group_offers_only_the_groups_of_the_selection(window: MainWindow) -> None:
    shorts = ("zabadie", "hdurand")
    window.select_participants(_entry(window, s).participant_id for s in shorts)
    remove_menu = _submenu(window.roster_menu(), "removeFromGroupMenu")
    assert [a.text() for a in remove_menu.actions()] == ["Business leaders", "Staff"]
    staff = remove_menu.actions()[1]
    staff.trigger()
    assert _entry(window, "hdurand").groups == ()
    assert window.undo_action.text() == "&Undo Remove Hélène Durand from Staff"
    window.undo_action.trigger()
    assert _entry(window, "hdurand").groups == ("Staff",)


def test_a_new_group_is_made_for_the_selection_and_undo_removes_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shorts = ("zabadie", "mzerbib")
    window.select_participants(_entry(window, s).participant_id for s in shorts)
    monkeypatch.setattr(window, "ask_group_name", lambda: "Boat show visit")
    add_menu = _submenu(window.roster_menu(), "addToGroupMenu")
    new = next(a for a in add_menu.actions() if a.objectName() == "newGroupAction")
    assert new.text() == "&New group…"
    new.trigger()
    assert {_entry(window, s).groups for s in shorts} == {("Business leaders", "Boat show visit")}
    assert window.group_filter.findData("Boat show visit") > 0
    window.undo_action.trigger()
    assert {_entry(window, s).groups for s in shorts} == {("Business leaders",)}
    assert window.group_filter.findData("Boat show visit") < 0
    window.redo_action.trigger()
    assert window.group_filter.findData("Boat show visit") > 0


# --- in French ------------------------------------------------------------------------------


def _texts(dialog: DelegateDialog) -> list[str]:
    """Every text the form shows of its own: labels, buttons, tabs, choices, hints."""
    texts = [dialog.windowTitle()]
    texts += [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            texts += [widget.itemText(i) for i in range(widget.count())]
    return [t for t in texts if t.strip()]


def test_the_form_in_french_has_no_english_left(qtbot: QtBot, db: Database, sample: Sample) -> None:
    def opened_in(language: str) -> tuple[MainWindow, DelegateDialog]:
        assert translations.install(language)
        window = MainWindow(db, language=language)
        qtbot.addWidget(window)
        window.select_mission("miami-2017")
        return window, _open(window, "hdurand")

    english_window, english = opened_in("en")
    english.email_edit.setText("helene@")
    english.birth_date_edit.setText("12/04/1971")
    english_texts = _texts(english)
    english.reject()
    english_window.runner.shutdown()

    window, dialog = opened_in("fr")
    dialog.email_edit.setText("helene@")
    dialog.birth_date_edit.setText("12/04/1971")
    french_texts = _texts(dialog)
    assert dialog.windowTitle() == "Délégué — Hélène Durand"
    assert dialog.tabs.tabText(3) == "Documents de voyage"
    assert dialog.errors["email"] == (
        "Ce n’est pas une adresse électronique : écrivez-la nom@exemple.org"
    )
    assert dialog.birth_date_feedback.text() == "12 avril 1971"
    assert dialog.status_since.text() == "" or "depuis" in dialog.status_since.text()
    assert dialog.passport_edit.text() == "•••• 8213"
    # Whatever both languages write alike is data (names, places) or the same word.
    data = {
        "Hélène Durand", "•••• 8213", "—", "ESTA", "OK", "Official party", "Business leaders",
        "Staff", "Press", "Visa", "Mission",
    }  # fmt: skip
    # The hotel and the possible room-mates are data too; "Double" and "Suite" are French.
    data |= {dialog.hotel_combo.itemText(i) for i in range(1, dialog.hotel_combo.count())}
    data |= {dialog.room_mate_combo.itemText(i) for i in range(1, dialog.room_mate_combo.count())}
    data |= {"Double", "Suite", "Photo"}  # the same word in French
    alike = [t for t in english_texts if t in french_texts and t not in data]
    assert alike == []
    dialog.reject()
    window.runner.shutdown()


def test_a_refused_write_never_shows_nor_logs_the_statement_s_parameters(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from sqlalchemy.exc import IntegrityError

    from ui.roster_commands import safe_failure_text

    error = IntegrityError(
        "UPDATE person SET passport_number=? WHERE person.id = ?",
        (PASSPORT_NUMBER, 3),
        Exception("CHECK constraint failed: passport"),
    )
    text = safe_failure_text(error)
    assert "CHECK constraint failed: passport" in text
    assert PASSPORT_NUMBER not in text and PASSPORT_NUMBER not in caplog.text


def test_the_edit_menu_offers_the_same_group_changes(window: MainWindow) -> None:
    window.select_participants([_entry(window, "hdurand").participant_id])
    assert window.add_group_menu.isEnabled() and window.remove_group_menu.isEnabled()
    window.add_group_menu.aboutToShow.emit()
    texts = [a.text() for a in window.add_group_menu.actions() if not a.isSeparator()]
    assert texts == ["Official party", "Business leaders", "Staff", "Press", "&New group…"]
    window.remove_group_menu.aboutToShow.emit()
    [staff] = window.remove_group_menu.actions()
    staff.trigger()
    assert _entry(window, "hdurand").groups == ()
    window.select_participants([_entry(window, "hdurand").participant_id])
    assert not window.remove_group_menu.isEnabled()  # in no group now


# --- spoken languages, status history, hotel ------------------------------------------------


def test_spoken_languages_are_typed_as_names_saved_as_codes_and_shown_back(
    window: MainWindow, opened: DelegateDialog, qtbot: QtBot, db: Database
) -> None:
    dialog = opened
    assert dialog.languages_edit.text() == ""
    dialog.languages_edit.setText("Français, elfique")
    assert not dialog.ok_button.isEnabled()
    assert dialog.errors == {
        "languages": "“elfique” is not a language: write names such as français, English, español"
    }
    dialog.languages_edit.setText("Français, anglais et espagnol")
    assert dialog.ok_button.isEnabled() and dialog.errors == {}
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.delegate_dialog is None)
    participant_id = _entry(window, "zabadie").participant_id
    with db.reading() as session:
        assert delegate_detail(session, participant_id).languages == "fr;en;es"
    again = _open(window, "zabadie")
    assert again.languages_edit.text() == "French, English, Spanish"
    again.reject()
    window.undo_action.trigger()
    with db.reading() as session:
        assert delegate_detail(session, participant_id).languages is None


def test_the_status_history_lists_each_change_newest_first(
    window: MainWindow, opened: DelegateDialog, qtbot: QtBot
) -> None:
    dialog = opened
    assert "— added as Confirmed" in dialog.history_label.text()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("cancelled"))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.delegate_dialog is None)
    again = _open(window, "zabadie")
    lines = again.history_label.text().splitlines()
    again.reject()
    assert len(lines) == 2
    assert "— Confirmed → Cancelled" in lines[0]
    assert "— added as Confirmed" in lines[1]


def test_the_hotel_room_shows_on_the_mission_tab(window: MainWindow, qtbot: QtBot) -> None:
    zoe = _open(window, "zabadie")
    assert zoe.stays_label.text() == "No room yet"
    zoe.reject()
    qtbot.waitUntil(lambda: window.delegate_dialog is None)
    helene = _open(window, "hdurand")
    try:
        assert helene.stays_label.text() == (
            "InterContinental Miami, room 1204 — 2017-11-05 to 2017-11-10"
        )
    finally:
        helene.reject()


def test_a_room_shared_with_a_delegate_is_chosen_in_the_form_and_undone(
    window: MainWindow, opened: DelegateDialog, qtbot: QtBot, db: Database
) -> None:
    from delegation_app.services.roster import stays_of

    dialog = opened
    assert dialog.hotel_combo.currentData() is None
    assert not dialog.room_edit.isEnabled()
    dialog.hotel_combo.setCurrentIndex(dialog.hotel_combo.findText("InterContinental Miami"))
    assert dialog.room_edit.isEnabled()
    dialog.room_type_combo.setCurrentIndex(dialog.room_type_combo.findData("Twin"))
    dialog.room_mate_combo.setCurrentIndex(dialog.room_mate_combo.findText("Hélène Durand"))
    assert dialog.ok_button.isEnabled() and dialog.errors == {}
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.delegate_dialog is None)
    zoe = _entry(window, "zabadie").participant_id
    with db.reading() as session:
        stays = stays_of(session, zoe)
    assert [(s.hotel, s.room, s.room_type, s.room_mates) for s in stays] == [
        ("InterContinental Miami", "1204", "Twin", ("Hélène Durand",))
    ]
    again = _open(window, "zabadie")
    assert "shared with Hélène Durand" in again.stays_label.text()
    assert again.room_mate_combo.currentText() == "Hélène Durand"
    again.reject()
    qtbot.waitUntil(lambda: window.delegate_dialog is None)
    window.undo_action.trigger()
    with db.reading() as session:
        assert stays_of(session, zoe) == []


def _png(tmp_path: Path, colour: str) -> Path:
    from PIL import Image

    path = tmp_path / f"{colour}.png"
    Image.new("RGB", (60, 80), colour).save(path)
    return path


def test_a_photo_chosen_in_the_form_is_saved_on_ok_shown_again_and_undone(
    window: MainWindow, opened: DelegateDialog, qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    from delegation_app.services.photos import photo_file

    zoe = _entry(window, "zabadie")
    assert not opened.photo_remove_button.isEnabled()
    path = _png(tmp_path, "teal")
    opened.load_photo(path)
    assert opened.errors == {} and opened.ok_button.isEnabled()
    assert not opened.photo_preview.pixmap().isNull()
    opened.ok_button.click()
    qtbot.waitUntil(lambda: window.delegate_dialog is None)
    with db.reading() as session:
        stored = photo_file(session, zoe.person_id)
    assert stored is not None and stored.content == path.read_bytes()
    again = _open(window, "zabadie")
    assert again.photo_remove_button.isEnabled()
    assert again.photo_preview.toolTip() == "teal.png"
    again.reject()
    qtbot.waitUntil(lambda: window.delegate_dialog is None)
    window.undo_action.trigger()
    with db.reading() as session:
        assert photo_file(session, zoe.person_id) is None
    window.redo_action.trigger()
    with db.reading() as session:
        assert photo_file(session, zoe.person_id) == stored


def test_a_file_that_is_no_photo_is_refused_under_the_photo_field_in_french(
    qtbot: QtBot, db: Database, sample: Sample, tmp_path: Path
) -> None:
    assert translations.install("fr")
    window = MainWindow(db, language="fr")
    qtbot.addWidget(window)
    window.select_mission("miami-2017")
    dialog = _open(window, "zabadie")
    try:
        scan = tmp_path / "passeport.pdf"
        scan.write_bytes(b"%PDF-1.7")
        dialog.load_photo(scan)
        assert dialog.errors == {"photo": "passeport.pdf n’est pas une image PNG ou JPEG"}
        assert not dialog.ok_button.isEnabled()
        dialog.load_photo(tmp_path / "absent.png")
        assert dialog.errors["photo"].startswith("Impossible de lire absent.png")
        dialog.set_photo(None)
        assert dialog.errors == {} and dialog.ok_button.isEnabled()
    finally:
        dialog.reject()
        window.runner.shutdown()
