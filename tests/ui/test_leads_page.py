"""The leads tab on the demo database: the list with stages and overdue actions, a change of
stage recorded in the history, a new lead with its errors, follow-up actions; all undoable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from delegation_app.services.follow_ups import list_follow_ups
from delegation_app.services.leads import LeadDetail, get_lead, list_leads
from delegation_app.services.meetings import MeetingView, list_meetings, request_meeting
from delegation_app.services.missions import resolve_mission_id
from delegation_app.storage.database import Database
from delegation_app.storage.models import FollowUpStatus, LeadStage
from ui.i18n import translations
from ui.lead_dialogs import EditLeadDialog
from ui.leads_page import DUE, NEXT_ACTION, STAGE, LeadsPage
from ui.main_window import LEADS_TAB, MainWindow


@pytest.fixture
def demo_window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    win = MainWindow(demo_db, language="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.select_mission("miami-2017")
    yield win
    win.runner.shutdown()


@pytest.fixture
def page(demo_window: MainWindow) -> LeadsPage:
    page = demo_window.show_leads()
    page.report_failure = lambda message: pytest.fail(message)
    return page


def lead_of(db: Database, organisation: str) -> LeadDetail:
    with db.reading() as session:
        [row] = [r for r in list_leads(session) if r.organisation == organisation]
        return get_lead(session, row.id)


OCEANIC = "Oceanic Yacht Refit Inc."


def test_ctrl_7_lists_the_missions_leads_with_their_stage_and_overdue_action(
    demo_window: MainWindow, demo_db: Database
) -> None:
    assert demo_window.show_leads_action.shortcut().toString() == "Ctrl+7"
    demo_window.show_leads_action.trigger()
    page = demo_window.leads_page
    assert demo_window.mission_tabs.currentIndex() == LEADS_TAB
    with demo_db.reading() as session:
        mission_id = resolve_mission_id(session, "miami-2017")
        expected = {r.organisation for r in list_leads(session, mission_id=mission_id)}
        everyone = {r.organisation for r in list_leads(session)}
    assert {r.organisation for r in page.shown_rows()} == expected
    row = next(i for i, r in enumerate(page.shown_rows()) if r.organisation == OCEANIC)
    lead = page.shown_rows()[row]
    assert page.proxy.data(page.proxy.index(row, STAGE)) == lead.stage_label("en")
    assert page.proxy.data(page.proxy.index(row, NEXT_ACTION)) == lead.next_action
    # The demo's actions were due in 2018: overdue today, marked so.
    assert page.proxy.data(page.proxy.index(row, DUE)).startswith("⚠ ")
    page.all_missions.setChecked(True)
    assert {r.organisation for r in page.shown_rows()} == everyone
    assert len(everyone) > len(expected)


def test_a_change_of_stage_is_recorded_with_its_note_and_undone(
    demo_window: MainWindow, page: LeadsPage, demo_db: Database
) -> None:
    before = lead_of(demo_db, OCEANIC)
    assert page.select(before.lead.id)
    assert [page.history.rows[i][0] for i in range(len(before.history))] == [
        change.stage_label("en") for change in before.history
    ]
    asked: list[LeadStage] = []
    page.ask_note = lambda _lead, stage: asked.append(stage) or "Visite des chantiers de La Ciotat"
    page.stage_combo.setCurrentIndex(page.stage_combo.findData(LeadStage.SITE_VISIT.value))
    page.stage_button.click()
    assert asked == [LeadStage.SITE_VISIT]
    after = lead_of(demo_db, OCEANIC)
    assert after.lead.stage == LeadStage.SITE_VISIT
    assert len(after.history) == len(before.history) + 1
    assert (after.history[-1].stage, after.history[-1].note) == (
        LeadStage.SITE_VISIT,
        "Visite des chantiers de La Ciotat",
    )
    assert page.history.rows[-1][0] == "Site visit"
    assert page.history.rows[-1][3] == "Visite des chantiers de La Ciotat"
    demo_window.undo_stack.undo()
    assert lead_of(demo_db, OCEANIC) == before
    demo_window.undo_stack.redo()
    assert lead_of(demo_db, OCEANIC).history == after.history


def test_cancelling_the_note_changes_nothing(page: LeadsPage, demo_db: Database) -> None:
    before = lead_of(demo_db, OCEANIC)
    assert page.select(before.lead.id)
    page.ask_note = lambda _lead, _stage: None
    assert not page.change_stage_to(LeadStage.DECISION)
    assert lead_of(demo_db, OCEANIC) == before


def test_a_new_lead_from_a_meeting_names_the_field_in_error_then_is_undoable(
    demo_window: MainWindow, page: LeadsPage, demo_db: Database
) -> None:
    with demo_db.reading() as session:
        mission_id = resolve_mission_id(session, "miami-2017")
        followed = {r.organisation_id for r in list_leads(session)}
        meeting = next(
            m for m in list_meetings(session, mission_id) if m.organisation_id not in followed
        )
    dialog = page.new_lead()
    assert dialog is not None and not dialog.ok_button.isEnabled()
    assert dialog.error_labels["organisation"].isVisible()
    dialog.meeting_combo.setCurrentIndex(dialog.meeting_combo.findData(meeting.id))
    assert dialog.organisation_combo.currentData() == meeting.organisation_id
    dialog.jobs_edit.setText("a few")
    assert dialog.error_labels["jobs"].text() == "Not a number of jobs: type digits, e.g. 25"
    assert not dialog.ok_button.isEnabled()
    dialog.jobs_edit.setText("40")
    dialog.investment_edit.setText("3 000 000")
    assert "currency" in dialog.error_labels["investment"].text()
    dialog.currency_edit.setText("USD")
    dialog.note_edit.setText("Rencontré au salon nautique")
    assert dialog.ok_button.isEnabled(), dialog.general_error.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    made = lead_of(demo_db, meeting.organisation)
    assert (made.lead.jobs_expected, made.lead.investment_expected) == (40, 3_000_000)
    assert made.lead.mission_short == "miami-2017"
    assert [m.meeting.id for m in made.meetings] == [meeting.id]
    assert [(c.stage, c.note) for c in made.history] == [
        (LeadStage.CONTACT, "Rencontré au salon nautique")
    ]
    assert page.current_lead() is not None and page.current_lead().id == made.lead.id
    demo_window.undo_stack.undo()
    with demo_db.reading() as session:
        assert made.lead.id not in {r.id for r in list_leads(session)}
    demo_window.undo_stack.redo()
    assert lead_of(demo_db, meeting.organisation) == made


def test_a_follow_up_action_is_added_marked_done_and_both_undone(
    demo_window: MainWindow, page: LeadsPage, demo_db: Database
) -> None:
    lead = lead_of(demo_db, OCEANIC).lead
    assert page.select(lead.id)
    dialog = page.add_follow_up()
    assert dialog is not None and not dialog.ok_button.isEnabled()
    assert dialog.error_labels["description"].text() == "Required: what is to be done"
    dialog.description_edit.setText("Envoyer le dossier foncier de La Ciotat")
    dialog.due_check.setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    with demo_db.reading() as session:
        actions = list_follow_ups(session, lead_id=lead.id)
    [added] = [a for a in actions if a.description == "Envoyer le dossier foncier de La Ciotat"]
    assert added.owner_id == lead.owner_id and added.status == FollowUpStatus.OPEN
    row = next(i for i, a in enumerate(page.detail.actions) if a.id == added.id)
    page.actions_view.selectRow(row)
    assert page.done_button.isEnabled()
    page.done_button.click()
    with demo_db.reading() as session:
        statuses = {a.id: a.status for a in list_follow_ups(session, lead_id=lead.id)}
    assert statuses[added.id] == FollowUpStatus.DONE
    demo_window.undo_stack.undo()
    with demo_db.reading() as session:
        statuses = {a.id: a.status for a in list_follow_ups(session, lead_id=lead.id)}
    assert statuses[added.id] == FollowUpStatus.OPEN
    demo_window.undo_stack.undo()
    with demo_db.reading() as session:
        assert added.id not in {a.id for a in list_follow_ups(session, lead_id=lead.id)}
    demo_window.undo_stack.redo()
    with demo_db.reading() as session:
        assert added.id in {a.id for a in list_follow_ups(session, lead_id=lead.id)}


def test_the_context_menu_moves_the_lead_to_a_stage(page: LeadsPage, demo_db: Database) -> None:
    lead = lead_of(demo_db, OCEANIC).lead
    assert page.select(lead.id)
    page.ask_note = lambda _lead, _stage: ""
    row = next(i for i, r in enumerate(page.shown_rows()) if r.id == lead.id)
    rect = page.view.visualRect(page.proxy.index(row, 1))
    page.view.customContextMenuRequested.emit(rect.center())
    [stages] = [a.menu() for a in page.context_menu.actions() if a.menu() is not None]
    [lost] = [a for a in stages.actions() if a.text() == "Lost"]
    lost.trigger()
    page.context_menu.close()
    assert lead_of(demo_db, OCEANIC).lead.stage == LeadStage.LOST
    assert page.shown_rows()[-1].organisation == OCEANIC  # lost leads come last


def test_the_leads_tab_speaks_french(qtbot: QtBot, demo_db: Database) -> None:
    assert translations.install("fr")
    window = MainWindow(demo_db, language="fr")
    qtbot.addWidget(window)
    window.select_mission("miami-2017")
    page = window.show_leads()
    assert window.mission_tabs.tabText(LEADS_TAB) == "Pistes"
    assert page.count_label.text() == "3 pistes"
    assert page.all_missions.text() == "&Toutes les missions"
    assert {page.proxy.index(r, STAGE).data() for r in range(page.proxy.rowCount())} == {"Étude"}
    assert page.detail_tabs.tabText(0) == "Historique des étapes"
    window.runner.shutdown()


def test_a_meeting_of_the_mission_is_linked_to_the_lead_and_unlinked_by_undo(
    demo_window: MainWindow, page: LeadsPage, demo_db: Database
) -> None:
    before = lead_of(demo_db, OCEANIC)
    with demo_db.transaction() as session:
        mission_id = resolve_mission_id(session, "miami-2017")
        delegate = before.meetings[0].meeting.delegate_ids[0]
        again = request_meeting(
            session,
            mission_id=mission_id,
            organisation_id=before.lead.organisation_id,
            participant_ids=[delegate],
            purpose="Second rendez-vous : le chantier de La Ciotat",
        )
    page.reload()
    assert page.select(before.lead.id)
    offered: list[list[int]] = []

    def choose(meetings: list[MeetingView]) -> MeetingView:
        offered.append([m.id for m in meetings])
        return meetings[0]

    page.choose_meeting = choose
    page.link_button.click()
    assert offered == [[again]]
    linked = [m.meeting.id for m in lead_of(demo_db, OCEANIC).meetings]
    assert linked == [m.meeting.id for m in before.meetings] + [again]
    assert page.meetings.rowCount() == len(linked)
    demo_window.undo_stack.undo()
    assert lead_of(demo_db, OCEANIC) == before


def test_the_leads_figures_are_edited_with_errors_named_and_undone(
    qtbot: QtBot, demo_window: MainWindow, page: LeadsPage, demo_db: Database
) -> None:
    before = lead_of(demo_db, OCEANIC)
    assert page.select(before.lead.id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, EditLeadDialog)
    assert dialog.jobs_edit.text() == str(before.lead.jobs_expected)
    dialog.currency_edit.setText("XYZ")
    assert "not a currency code" in dialog.error_labels["investment"].text()
    assert not dialog.ok_button.isEnabled()
    dialog.currency_edit.setText("EUR")
    dialog.jobs_edit.setText("40")
    dialog.investment_edit.setText("6 500 000")
    assert dialog.ok_button.isEnabled(), dialog.general_error.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    after = lead_of(demo_db, OCEANIC).lead
    assert (after.jobs_expected, after.investment_expected, after.investment_currency) == (
        40,
        6_500_000,
        "EUR",
    )
    assert after.project == before.lead.project and after.owner_id == before.lead.owner_id
    demo_window.undo_stack.undo()
    assert lead_of(demo_db, OCEANIC) == before
