"""The agreement editor on the demo database: a new agreement (with a partner typed by name),
an edit of a recorded one, errors under their fields with OK held back, and undo in one step."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from delegation_app.services.agreements import get_agreement, list_agreements
from delegation_app.services.people import find_organisation
from delegation_app.storage.database import Database
from delegation_app.storage.models import AgreementKind, AgreementStatus
from ui.agreement_dialog import PARTIES_TAB, AgreementDialog
from ui.agreements_page import AgreementsPage
from ui.i18n import translations
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    win = MainWindow(demo_db, language="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.select_mission("toronto-montreal-2019")
    yield win
    win.runner.shutdown()


@pytest.fixture
def page(window: MainWindow) -> Iterator[AgreementsPage]:
    page = window.show_agreements()
    yield page
    if page.dialog is not None:
        page.dialog.reject()


def _shorts(db: Database) -> set[str]:
    with db.reading() as session:
        return {a.short for a in list_agreements(session)}


def _fill_new(dialog: AgreementDialog) -> None:
    dialog.title_fr_edit.setText("Lettre d'intention Marseille – Québec")
    dialog.title_en_edit.setText("Letter of intent Marseille – Québec City")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("letter_of_intent"))
    ours, partner = dialog.party_rows
    ours.organisation_combo.setEditText("ville de marseille")  # on record, another case
    partner.organisation_combo.setEditText("Ville de Québec")  # not on record
    partner.country_combo.setEditText("Canada")
    dialog.domains_edit.setText("culture, tourism")


def test_ctrl_n_on_the_page_opens_a_new_agreement_of_the_mission(
    window: MainWindow, page: AgreementsPage
) -> None:
    assert page.new_action.shortcut() == QKeySequence("Ctrl+N")
    assert page.new_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    page.new_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, AgreementDialog)
    assert dialog.windowTitle() == "New agreement"
    assert dialog.mission_combo.currentText() == "Economic mission to Toronto and Montreal 2019"
    assert [row.side() for row in dialog.party_rows] == [1, 2]
    assert dialog.status_combo.isVisibleTo(dialog)  # a new one may be recorded as signed
    assert not dialog.ok_button.isEnabled()
    assert dialog.errors["title_fr"] == "Required: the title of the agreement"
    assert dialog.errors["parties"] == "Party 1: choose an organisation or type its name"


def test_ctrl_n_typed_on_the_register_opens_the_editor(
    window: MainWindow, page: AgreementsPage, qtbot: QtBot
) -> None:
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(page.dialog, AgreementDialog)
    assert page.dialog.view is None


def test_a_new_agreement_with_a_partner_typed_by_name_is_one_undoable_step(
    window: MainWindow, page: AgreementsPage, demo_db: Database
) -> None:
    dialog = page.new_agreement()
    _fill_new(dialog)
    partner = dialog.party_rows[1]
    assert partner.new_label.text() == "new organisation"
    assert partner.country_combo.isEnabled()
    assert not dialog.party_rows[0].country_combo.isEnabled()  # a known one keeps its country
    assert dialog.ok_button.isEnabled(), dialog.errors
    assert dialog.short_feedback.text().startswith("It will be named ville-marseille-")
    before = _shorts(demo_db)
    undo_count = window.undo_stack.count()
    dialog.accept()

    with demo_db.reading() as session:
        [added] = [a for a in list_agreements(session) if a.short not in before]
        quebec = find_organisation(session, "Ville de Québec")
    assert added.title_en == "Letter of intent Marseille – Québec City"
    assert added.kind == AgreementKind.LETTER_OF_INTENT
    assert added.status == AgreementStatus.DRAFT
    assert added.domains == ("culture", "tourism")
    assert [(p.organisation, p.side, p.country) for p in added.parties] == [
        ("Ville de Marseille", 1, "FR"),
        ("Ville de Québec", 2, "CA"),
    ]
    assert quebec is not None
    assert window.undo_stack.count() == undo_count + 1
    assert window.undo_stack.undoText().startswith("Add the agreement Letter of intent")
    assert page.agreement is not None and page.agreement.id == added.id  # shown at once

    window.undo_stack.undo()
    assert _shorts(demo_db) == before
    assert page.agreement is None or page.agreement.id != added.id
    window.undo_stack.redo()
    with demo_db.reading() as session:
        again = get_agreement(session, added.short)
    assert again == added  # the same agreement, same id and history
    assert page.agreement is not None and page.agreement.id == added.id


def test_dates_are_read_as_typed_and_wrong_ones_hold_ok_back(page: AgreementsPage) -> None:
    dialog = page.new_agreement()
    _fill_new(dialog)
    dialog.effective_date_edit.setText("11/07/2019")
    assert dialog.effective_date_feedback.text() == "July 11, 2019"
    dialog.end_date_edit.setText("le 31 juin")
    assert dialog.errors["end_date"] == "Not a date: write it as 2017-11-06"
    assert not dialog.ok_button.isEnabled()
    dialog.end_date_edit.setText("2019-01-01")
    assert dialog.errors["end_date"] == "Must come after the date it comes into force"
    assert dialog.tabs.tabToolTip(0) == "A field of this tab needs correcting"
    dialog.end_date_edit.setText("2024-07-10")
    assert dialog.ok_button.isEnabled()
    assert dialog.errors == {}
    assert dialog.tabs.tabToolTip(0) == ""


def test_a_signed_agreement_recorded_afresh_needs_its_date_and_a_signatory(
    page: AgreementsPage,
) -> None:
    dialog = page.new_agreement()
    _fill_new(dialog)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("in_force"))
    assert dialog.errors["signing_date"] == (
        "Required for an agreement recorded as in force: the day it was signed"
    )
    assert dialog.errors["signatories"] == (
        "An agreement recorded as in force needs at least one signatory"
    )
    dialog.signing_date_edit.setText("2019-07-11")
    row = dialog.add_signatory()
    row.person_combo.setEditText("Didier Parakian")
    assert dialog.errors["signatories"] == "Signatory 1: say in what capacity they sign"
    row.capacity_edit.setText("Adjoint au maire de Marseille")
    assert row.party_combo.itemText(0) == "ville de marseille"
    assert dialog.ok_button.isEnabled(), dialog.errors


def test_editing_the_shown_agreement_writes_it_and_undo_gives_it_back(
    window: MainWindow, page: AgreementsPage, demo_db: Database
) -> None:
    assert page.select("montreal-marseille-2019")
    with demo_db.reading() as session:
        before = get_agreement(session, "montreal-marseille-2019")
    page.view.doubleClicked.emit(page.view.currentIndex())
    dialog = page.dialog
    assert isinstance(dialog, AgreementDialog)
    assert dialog.windowTitle() == "Edit montreal-marseille-2019"
    assert dialog.title_fr_edit.text() == before.title_fr
    # a recorded agreement's status changes through its history, not here; its short name stays
    assert not dialog.status_combo.isVisibleTo(dialog)
    assert not dialog.short_edit.isVisibleTo(dialog)
    dialog.title_en_edit.setText("Cooperation agreement Montréal – Marseille")
    dialog.end_date_edit.setText("2024-12-31")
    dialog.effective_date_edit.setText("2020-01-01")
    dialog.notice_spin.setValue(120)
    dialog.tabs.setCurrentIndex(PARTIES_TAB)
    startupfest = dialog.add_party(2)
    startupfest.organisation_combo.setEditText("Startupfest")
    assert dialog.ok_button.isEnabled(), dialog.errors
    undo_count = window.undo_stack.count()
    dialog.accept()

    with demo_db.reading() as session:
        after = get_agreement(session, "montreal-marseille-2019")
    assert after.title_en == "Cooperation agreement Montréal – Marseille"
    assert (after.effective_date, after.end_date, after.renewal_notice_days) == (
        date(2020, 1, 1),
        date(2024, 12, 31),
        120,
    )
    assert [p.organisation for p in after.parties][-1] == "Startupfest"
    assert after.history == before.history  # an edit is no change of status
    assert window.undo_stack.count() == undo_count + 1
    assert page.agreement == after

    window.undo_stack.undo()
    with demo_db.reading() as session:
        assert get_agreement(session, "montreal-marseille-2019") == before
    assert page.agreement == before


def test_enter_on_the_register_opens_the_editor(page: AgreementsPage, qtbot: QtBot) -> None:
    assert page.select("montreal-marseille-2019")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert isinstance(page.dialog, AgreementDialog)
    assert page.dialog.view is not None
    assert page.dialog.view.short == "montreal-marseille-2019"


def test_a_signed_agreement_without_ceremony_keeps_its_signing_date(
    page: AgreementsPage,
) -> None:
    page.all_missions.setChecked(True)
    assert page.select("gpmm-portmiami-2015")
    dialog = page.edit_current()
    assert dialog is not None
    assert dialog.ok_button.isEnabled(), dialog.errors
    dialog.signing_date_edit.clear()
    assert not dialog.ok_button.isEnabled()
    assert dialog.errors["signing_date"] == (
        "Required for an agreement recorded as in force: the day it was signed"
    )


def test_the_ceremonies_offered_are_those_of_the_mission_chosen(
    window: MainWindow, page: AgreementsPage
) -> None:
    window.select_mission("miami-2017")
    assert page.select("amp-miami-dade-2017")
    dialog = page.edit_current()
    assert dialog is not None
    assert dialog.signing_item_combo.currentText().startswith("Signing of the sister agreement")
    dialog.mission_combo.setCurrentIndex(
        dialog.mission_combo.findText("Economic mission to Toronto and Montreal 2019")
    )
    texts = [
        dialog.signing_item_combo.itemText(n) for n in range(dialog.signing_item_combo.count())
    ]
    assert texts == ["— none —"]
    assert not dialog.signing_item_combo.isEnabled()


def test_a_party_that_still_has_a_signatory_cannot_just_be_removed(
    window: MainWindow, page: AgreementsPage
) -> None:
    window.select_mission("miami-2017")
    assert page.select("amp-miami-dade-2017")
    dialog = page.edit_current()
    assert dialog is not None
    county = dialog.party_rows[1]
    dialog.remove_party(county)
    assert not dialog.ok_button.isEnabled()
    # the commissioner signed for the county, which is gone: say for whom she signs
    assert dialog.errors["parties"] == (
        "An agreement needs a party on our side and one on the partner's side"
    )
    assert dialog.errors["signatories"] == "Signatory 3: say for whom they sign"


def test_the_editor_in_french(qtbot: QtBot, demo_db: Database) -> None:
    assert translations.install("fr")
    window = MainWindow(demo_db, language="fr")
    qtbot.addWidget(window)
    window.select_mission("miami-2017")
    page = window.show_agreements()
    assert page.new_action.text() == "&Nouvel accord…"
    dialog = page.new_agreement()
    assert dialog.windowTitle() == "Nouvel accord"
    assert dialog.tabs.tabText(0) == "&Accord"
    assert dialog.errors["title_fr"] == "Obligatoire : le titre de l’accord"
    dialog.end_date_edit.setText("pas une date")
    assert dialog.errors["end_date"] == "Ce n’est pas une date : écrivez-la 06/11/2017"
    assert dialog.party_rows[0].side_combo.currentText() == "Notre côté"
    dialog.reject()
    window.runner.shutdown()
    QApplication.processEvents()
