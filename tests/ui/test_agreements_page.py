"""The agreements tab on the demo database: the register, its filters, one agreement's detail,
documents opened and added (dropped), status changes confirmed and recorded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from delegation_app.services.agreement_documents import list_documents
from delegation_app.services.agreements import (
    SignatoryInput,
    change_status,
    get_agreement,
    set_signatories,
)
from delegation_app.services.checks import run_checks
from delegation_app.services.commitments import CommitmentView, list_commitments
from delegation_app.services.people import resolve_person_id
from delegation_app.storage.database import Database
from delegation_app.storage.models import AgreementStatus, CommitmentStatus
from ui.agreement_dialog import CommitmentDialog
from ui.agreements_follow_up import FollowUpStrip
from ui.agreements_page import (
    COMMITMENTS_TAB,
    AgreementsPage,
    StatusChangeDialog,
    StatusChangeRequest,
    skipped_steps,
)
from ui.i18n import translations
from ui.main_window import AGREEMENTS_TAB, MainWindow

S = AgreementStatus


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
def page(demo_window: MainWindow) -> AgreementsPage:
    return demo_window.show_agreements()


def shorts(page: AgreementsPage) -> list[str]:
    return [row.short for row in page.shown_rows()]


def texts(model: object, column: int) -> list[str]:
    return [model.text(row, column) for row in range(model.rowCount())]  # type: ignore[attr-defined]


def test_ctrl_4_shows_the_missions_agreements(demo_window: MainWindow) -> None:
    assert demo_window.show_agreements_action.shortcut().toString() == "Ctrl+4"
    demo_window.show_agreements_action.trigger()
    page = demo_window.agreements_page
    assert demo_window.mission_tabs.currentIndex() == AGREEMENTS_TAB
    assert demo_window.mission_tabs.tabText(AGREEMENTS_TAB) == "Agreements"
    # The port agreement of 2015 belongs to no mission; Montreal's to the 2019 mission.
    assert shorts(page) == ["amp-miami-dade-2017"]
    assert page.count_label.text() == "1 agreement"
    demo_window.select_mission("toronto-montreal-2019")
    assert shorts(page) == ["montreal-marseille-2019"]


def test_all_missions_and_the_status_filter(page: AgreementsPage) -> None:
    page.all_missions.setChecked(True)
    assert set(shorts(page)) == {
        "amp-miami-dade-2017",
        "gpmm-portmiami-2015",
        "montreal-marseille-2019",
    }
    assert not page.view.isColumnHidden(5)  # the mission column, once missions are mixed
    page.status_filter.setCurrentIndex(page.status_filter.findData("in_force"))
    assert shorts(page) == ["gpmm-portmiami-2015"]
    assert page.agreement is not None and page.agreement.short == "gpmm-portmiami-2015"
    page.status_filter.setCurrentIndex(page.status_filter.findData("negotiating"))
    assert shorts(page) == ["montreal-marseille-2019"]
    page.status_filter.setCurrentIndex(0)
    page.search.setText("portmiami")  # a partner's name, any case
    assert shorts(page) == ["gpmm-portmiami-2015"]
    assert page.count_label.text() == "1 of 3 agreements"
    page.all_missions.setChecked(False)
    page.search.clear()
    assert shorts(page) == ["amp-miami-dade-2017"]


def test_detail_shows_parties_signatories_documents_commitments_history(
    page: AgreementsPage,
) -> None:
    assert page.select("amp-miami-dade-2017")
    assert page.title_label.text().startswith("Sister agreement between the Aix-Marseille")
    assert "Signed" in page.meta_label.text()
    assert texts(page.parties, 0) == ["Métropole Aix-Marseille-Provence", "Miami-Dade County"]
    assert texts(page.parties, 1) == ["Our side", "Partner"]
    assert texts(page.signatories, 0) == [
        "Jean-Claude Gaudin",
        "Martine Vassal",
        "Carmen Ibáñez-Rivera",
    ]
    assert texts(page.signatories, 1)[0] == "Président de la Métropole Aix-Marseille-Provence"
    # The signed copy is marked (and selected, ready to open).
    assert texts(page.documents, 1) == [
        "projet-accord-jumelage-amp-miami-dade-v1.txt",
        "accord-jumelage-amp-miami-dade-signe.pdf",
    ]
    assert texts(page.documents, 2) == ["Draft", "Signed copy"]
    assert page.documents.index(1, 1).data(Qt.ItemDataRole.FontRole).bold()
    current = page.current_document()
    assert current is not None and current.is_signed_copy
    assert not page.sign_button.isEnabled()
    assert len(texts(page.commitments, 0)) == 3
    assert "comité de suivi" in texts(page.commitments, 0)[0]
    assert texts(page.commitments, 4) == ["Done", "Open", "In progress"]
    assert page.detail_tabs.tabText(1) == "Documents (2)"
    assert page.detail_tabs.tabText(2) == "Commitments (3)"
    assert texts(page.history, 0)[0] == "Signed"  # newest first


def test_open_document_writes_the_stored_copy_and_hands_it_to_the_viewer(
    page: AgreementsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.select("amp-miami-dade-2017")
    with qtbot.waitSignal(page.document_opened, timeout=10_000) as signal:
        page.open_current_document()
    path = Path(signal.args[0])
    assert path.name == "accord-jumelage-amp-miami-dade-signe.pdf"
    assert path.read_bytes().startswith(b"%PDF-")
    assert [url.toLocalFile() for url in opened] == [str(path)]


def test_dropping_a_file_stores_a_version_and_undo_removes_it(
    demo_window: MainWindow, page: AgreementsPage, demo_db: Database, tmp_path: Path
) -> None:
    demo_window.select_mission("toronto-montreal-2019")
    assert page.select("montreal-marseille-2019")
    draft = tmp_path / "projet-v2.txt"
    draft.write_text("Accord de coopération, deuxième projet", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(draft))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert page.eventFilter(page.detail_stack, drop)
    assert drop.isAccepted()

    with demo_db.reading() as session:
        documents = list_documents(session, "montreal-marseille-2019")
    assert [(d.version, d.name) for d in documents][-1] == (2, "projet-v2.txt")
    assert texts(page.documents, 1)[-1] == "projet-v2.txt"
    assert page.current_document() is not None
    assert page.current_document().name == "projet-v2.txt"  # type: ignore[union-attr]
    assert page.detail_tabs.tabText(1) == "Documents (2)"
    assert demo_window.undo_stack.undoText() == "Add the version projet-v2.txt"

    demo_window.undo_stack.undo()
    with demo_db.reading() as session:
        assert len(list_documents(session, "montreal-marseille-2019")) == 1
    assert page.documents.rowCount() == 1
    demo_window.undo_stack.redo()
    with demo_db.reading() as session:
        again = list_documents(session, "montreal-marseille-2019")
    assert [d.name for d in again] == [documents[0].name, "projet-v2.txt"]
    assert page.documents.rowCount() == 2


def test_a_refused_file_is_said_and_nothing_is_stored(
    page: AgreementsPage, demo_db: Database, tmp_path: Path
) -> None:
    page.select("amp-miami-dade-2017")
    empty = tmp_path / "vide.pdf"
    empty.write_bytes(b"")
    undo_count = page._undo_stack.count()
    assert page.add_document_files([empty]) == 0
    assert page.documents_error.isVisibleTo(page)
    assert "empty" in page.documents_error.text()
    assert page._undo_stack.count() == undo_count
    with demo_db.reading() as session:
        assert len(list_documents(session, "amp-miami-dade-2017")) == 2


def test_status_change_is_confirmed_recorded_and_kept_off_the_undo_stack(
    page: AgreementsPage,
    demo_window: MainWindow,
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo_window.select_mission("toronto-montreal-2019")
    page.select("montreal-marseille-2019")
    assert page.next_statuses() == [S.DRAFT, S.READY, S.TERMINATED]
    asked: list[AgreementStatus] = []

    def cancel(_agreement: object, target: AgreementStatus) -> None:
        asked.append(target)
        return None

    monkeypatch.setattr(page, "ask_status_change", cancel)
    assert not page.change_status_to(S.READY)
    assert asked == [S.READY]
    with demo_db.reading() as session:
        assert get_agreement(session, "montreal-marseille-2019").status == S.NEGOTIATING

    monkeypatch.setattr(
        page,
        "ask_status_change",
        lambda _a, _t: StatusChangeRequest(
            note="Texte validé par les deux villes", changed_by="ac"
        ),
    )
    undo_count = demo_window.undo_stack.count()
    assert page.change_status_to(S.READY)
    with demo_db.reading() as session:
        agreement = get_agreement(session, "montreal-marseille-2019")
    assert agreement.status == S.READY
    last = agreement.history[-1]
    assert (last.status, last.changed_by, last.note) == (
        S.READY,
        "ac",
        "Texte validé par les deux villes",
    )
    assert texts(page.history, 0)[0] == "Ready for signature"
    assert texts(page.history, 3)[0] == "Texte validé par les deux villes"
    assert demo_window.undo_stack.count() == undo_count  # the core cannot take it back


def test_a_change_that_skips_steps_says_which(qtbot: QtBot) -> None:
    assert skipped_steps(S.DRAFT, S.READY) == (S.NEGOTIATING,)
    assert skipped_steps(S.NEGOTIATING, S.READY) == ()
    assert skipped_steps(S.READY, S.NEGOTIATING) == ()
    assert skipped_steps(S.DRAFT, S.TERMINATED) == ()
    assert skipped_steps(S.SIGNED, S.EXPIRED) == (S.IN_FORCE,)
    dialog = StatusChangeDialog("Accord", S.DRAFT, S.READY, "en")
    qtbot.addWidget(dialog)
    assert not dialog.skip_warning.isHidden()
    assert "“Negotiating”" in dialog.skip_warning.text()
    assert "the history will record that they were skipped" in dialog.skip_warning.text()
    assert "cannot be undone" in dialog.final_note.text()
    plain = StatusChangeDialog("Accord", S.NEGOTIATING, S.READY, "en")
    qtbot.addWidget(plain)
    assert plain.skip_warning.isHidden()


def _ready_with_a_signatory(db: Database, short: str) -> None:
    with db.transaction() as session:
        agreement = get_agreement(session, short)
        marseille = next(p for p in agreement.parties if p.side == 1)
        set_signatories(
            session,
            agreement.id,
            [
                SignatoryInput(
                    resolve_person_id(session, "dparakian"),
                    marseille.organisation_id,
                    "Adjoint au maire",
                )
            ],
        )
        change_status(session, agreement.id, S.READY)


def test_marking_signed_without_a_date_asks_for_it_and_records_it(
    page: AgreementsPage,
    demo_window: MainWindow,
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _ready_with_a_signatory(demo_db, "montreal-marseille-2019")
    demo_window.select_mission("toronto-montreal-2019")
    page.select("montreal-marseille-2019")
    errors: list[str] = []
    monkeypatch.setattr(page, "show_error", lambda _title, message: errors.append(message))
    asked: list[bool] = []

    def fill_in(dialog: StatusChangeDialog) -> int:
        asked.append(dialog.needs_signing_date)
        assert not dialog.ok_button.isEnabled()  # no date yet
        dialog.signing_date_edit.setText("11/07/2019")
        dialog.signing_place_edit.setText("Hôtel de ville de Montréal")
        assert dialog.ok_button.isEnabled()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(StatusChangeDialog, "exec", fill_in)
    assert page.change_status_to(S.SIGNED)
    assert (asked, errors) == ([True], [])
    with demo_db.reading() as session:
        agreement = get_agreement(session, "montreal-marseille-2019")
    assert agreement.status == S.SIGNED
    assert agreement.signing_date == date(2019, 7, 11)
    assert agreement.signing_place == "Hôtel de ville de Montréal"
    assert "Signed" in page.meta_label.text()


def test_the_signing_date_is_required_and_read_as_a_date(qtbot: QtBot) -> None:
    dialog = StatusChangeDialog("Accord", S.READY, S.SIGNED, "en", needs_signing_date=True)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.signing_date_error.text() == "Required: the day the agreement was signed"
    dialog.signing_date_edit.setText("le jour J")
    assert not dialog.ok_button.isEnabled()
    assert dialog.signing_date_error.text() == "Not a date: write it as 2017-11-06"
    dialog.signing_date_edit.setText("6 November 2017")
    assert dialog.ok_button.isEnabled()
    assert dialog.signing_date_error.isHidden()
    assert dialog.signing_date_feedback.text() == "November 6, 2017"
    assert dialog.request().signing_date == date(2017, 11, 6)
    # an agreement whose date is known is not asked for it
    known = StatusChangeDialog("Accord", S.READY, S.SIGNED, "en")
    qtbot.addWidget(known)
    assert known.ok_button.isEnabled()
    assert known.request().signing_date is None


def test_the_history_tab_shows_the_steps_a_change_skipped(page: AgreementsPage) -> None:
    # The demo's sister agreement went from draft straight to ready for signature.
    page.select("amp-miami-dade-2017")
    statuses = texts(page.history, 0)
    notes = texts(page.history, 3)
    ready = statuses.index("Ready for signature")
    assert notes[ready].startswith("Skipped steps: Negotiating")
    assert not any("Skipped" in note for number, note in enumerate(notes) if number != ready)


def test_a_refused_status_change_is_one_sentence(
    page: AgreementsPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.all_missions.setChecked(True)
    page.select("gpmm-portmiami-2015")
    errors: list[str] = []
    monkeypatch.setattr(page, "show_error", lambda _title, message: errors.append(message))
    monkeypatch.setattr(
        page, "ask_status_change", lambda _a, _t: StatusChangeRequest(note="", changed_by="")
    )
    assert not page.change_status_to(S.DRAFT)
    assert errors == ["status: an agreement cannot go from in_force to draft"]


def test_marking_the_signed_copy_asks_first(
    page: AgreementsPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page.select("amp-miami-dade-2017")
    scan = tmp_path / "scan-2.pdf"
    scan.write_bytes(b"%PDF-1.4 second scan")
    assert page.add_document_files([scan]) == 1
    assert page.sign_button.isEnabled()
    monkeypatch.setattr(page, "confirm", lambda _title, _text: False)
    assert not page.mark_current_signed()
    monkeypatch.setattr(page, "confirm", lambda _title, _text: True)
    assert page.mark_current_signed()
    with demo_db.reading() as session:
        documents = list_documents(session, "amp-miami-dade-2017")
    assert [d.is_signed_copy for d in documents] == [False, True, True]
    assert texts(page.documents, 2)[-1] == "Signed copy"


def test_the_follow_up_shows_the_whole_registers_findings_and_leads_to_the_agreement(
    page: AgreementsPage,
) -> None:
    # Miami's register shows one agreement, but the follow-up covers every mission and none:
    # the port's agreement of 2015 (no mission) ended in June 2020.
    assert shorts(page) == ["amp-miami-dade-2017"]
    strip = page.follow_up
    assert strip.toggle.text() == "To follow up: 2 errors, 1 warning"
    messages = [f.message for f in strip.findings]
    port_row = next(n for n, m in enumerate(messages) if "PortMiami" in m)
    assert "ended on Sun 14 Jun 2020 but is still recorded as in force" in messages[port_row]
    assert strip.view.isVisibleTo(page)
    page.status_filter.setCurrentIndex(page.status_filter.findData("signed"))
    strip.activate_row(port_row)
    assert page.agreement is not None and page.agreement.short == "gpmm-portmiami-2015"
    assert page.all_missions.isChecked()
    assert page.status_filter.currentIndex() == 0  # the filter that hid it is lifted
    # a finding about an agreement already shown just selects it
    miami_row = next(n for n, m in enumerate(messages) if "Miami-Dade County committed" in m)
    strip.activate_row(miami_row)
    assert page.agreement is not None and page.agreement.short == "amp-miami-dade-2017"
    strip.toggle.setChecked(False)  # folded away
    assert not strip.view.isVisibleTo(page)


def test_a_register_with_nothing_to_follow_up_says_so(qtbot: QtBot) -> None:
    strip = FollowUpStrip()
    qtbot.addWidget(strip)
    strip.set_findings([])
    assert strip.toggle.text() == "Nothing to follow up in the register"
    assert not strip.toggle.isEnabled()
    assert strip.view.isHidden()


def test_a_finding_of_the_checks_panel_opens_its_agreement(
    demo_window: MainWindow, demo_db: Database
) -> None:
    with demo_db.reading() as session:
        findings = run_checks(session, "miami-2017")
    port = next(f for f in findings if f.agreement_id is not None and "PortMiami" in f.message)
    demo_window.checks_panel.model.set_findings(findings)
    row = demo_window.checks_panel.row_of(port)
    assert row is not None
    demo_window.checks_panel._on_activated(demo_window.checks_panel.proxy.index(row, 0))
    assert demo_window.mission_tabs.currentIndex() == AGREEMENTS_TAB
    assert demo_window.agreements_page.agreement is not None
    assert demo_window.agreements_page.agreement.short == "gpmm-portmiami-2015"


def _commitments(db: Database, short: str) -> list[CommitmentView]:
    with db.reading() as session:
        return list_commitments(session, short)


def test_a_commitment_is_added_from_the_commitments_tab_and_undone(
    page: AgreementsPage, demo_window: MainWindow, demo_db: Database
) -> None:
    page.select("amp-miami-dade-2017")
    page.detail_tabs.setCurrentIndex(COMMITMENTS_TAB)
    assert page.add_commitment_button.isEnabled()
    dialog = page.add_commitment()
    assert isinstance(dialog, CommitmentDialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.errors["description"] == "Required: what the party committed to"
    dialog.description_edit.setPlainText("Ouvrir une ligne aérienne directe Marseille – Miami")
    dialog.party_combo.setCurrentIndex(dialog.party_combo.findText("Miami-Dade County"))
    dialog.owner_combo.setEditText("Personne Inconnue")
    assert dialog.errors["owner"] == "Not a person on record: choose one from the list"
    dialog.owner_combo.setEditText("Carmen Ibáñez-Rivera")
    dialog.due_edit.setText("31/12/2019")
    assert dialog.due_feedback.text() == "December 31, 2019"
    assert dialog.ok_button.isEnabled(), dialog.errors
    dialog.accept()

    [added] = [
        c for c in _commitments(demo_db, "amp-miami-dade-2017") if "aérienne" in c.description
    ]
    assert (added.party, added.owner, added.due_date, added.status) == (
        "Miami-Dade County",
        "Carmen Ibáñez-Rivera",
        date(2019, 12, 31),
        CommitmentStatus.OPEN,
    )
    assert page.detail_tabs.currentIndex() == COMMITMENTS_TAB
    assert page.detail_tabs.tabText(COMMITMENTS_TAB) == "Commitments (4)"
    current = page.current_commitment()
    assert current is not None and current.id == added.id
    assert demo_window.undo_stack.undoText().startswith("Add the commitment “Ouvrir une ligne")
    demo_window.undo_stack.undo()
    assert len(_commitments(demo_db, "amp-miami-dade-2017")) == 3
    assert page.commitments.rowCount() == 3
    demo_window.undo_stack.redo()
    assert added in _commitments(demo_db, "amp-miami-dade-2017")  # same id, same fields


def test_a_commitment_is_edited_marked_done_and_deleted_each_undoable(
    page: AgreementsPage, demo_window: MainWindow, demo_db: Database
) -> None:
    page.select("amp-miami-dade-2017")
    page.detail_tabs.setCurrentIndex(COMMITMENTS_TAB)
    before = _commitments(demo_db, "amp-miami-dade-2017")
    late = next(c for c in before if c.status == CommitmentStatus.OPEN)
    assert page.select_commitment(late.id)

    dialog = page.edit_current_commitment()
    assert dialog is not None
    assert dialog.description_edit.toPlainText() == late.description
    dialog.due_edit.setText("2019-03-31")
    dialog.accept()
    edited = next(c for c in _commitments(demo_db, "amp-miami-dade-2017") if c.id == late.id)
    assert edited.due_date == date(2019, 3, 31)

    menu = page.commitment_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Add a &commitment…",
        "Edit the commitment…",
        "Set status",
        "Delete the commitment",
    ]
    assert not page.commitment_status_actions[CommitmentStatus.OPEN].isEnabled()
    page.commitment_status_actions[CommitmentStatus.DONE].trigger()
    done = next(c for c in _commitments(demo_db, "amp-miami-dade-2017") if c.id == late.id)
    assert done.status == CommitmentStatus.DONE
    assert demo_window.undo_stack.undoText().endswith(" done")

    assert page.select_commitment(late.id)
    page.delete_commitment_action.trigger()
    assert late.id not in {c.id for c in _commitments(demo_db, "amp-miami-dade-2017")}
    assert page.commitments.rowCount() == 2

    for _step in range(3):  # delete, status, edit
        demo_window.undo_stack.undo()
    assert _commitments(demo_db, "amp-miami-dade-2017") == before


def test_without_a_commitment_selected_only_adding_is_offered(page: AgreementsPage) -> None:
    page.all_missions.setChecked(True)
    assert page.select("gpmm-portmiami-2015")
    assert page.commitments.rowCount() == 0
    assert page.add_commitment_button.isEnabled()
    assert not page.edit_commitment_button.isEnabled()
    assert not page.delete_commitment_button.isEnabled()
    assert not page.commitment_status_button.isEnabled()


def _choose(combo: object, data: object) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0, data
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_the_register_is_filtered_by_partner_country_and_year(page: AgreementsPage) -> None:
    page.all_missions.setChecked(True)
    countries = [page.country_filter.itemText(n) for n in range(page.country_filter.count())]
    assert countries == ["All partner countries", "Canada", "United States"]
    years = [page.year_filter.itemText(n) for n in range(page.year_filter.count())]
    assert years == ["All years", "2019", "2017", "2015"]
    _choose(page.country_filter, "US")
    assert set(shorts(page)) == {"amp-miami-dade-2017", "gpmm-portmiami-2015"}
    _choose(page.year_filter, 2015)
    assert shorts(page) == ["gpmm-portmiami-2015"]
    assert page.filters().country == "US" and page.filters().year == 2015
    _choose(page.country_filter, "CA")  # Montréal, 2019: nothing in 2015
    assert shorts(page) == []
    assert page.count_label.text() == "0 agreements"
    _choose(page.year_filter, 0)
    assert shorts(page) == ["montreal-marseille-2019"]


def test_the_register_is_exported_as_shown_in_a_worker(
    page: AgreementsPage, qtbot: QtBot, tmp_path: Path
) -> None:
    page.all_missions.setChecked(True)
    _choose(page.country_filter, "US")
    pdf = tmp_path / "registre.pdf"
    with qtbot.waitSignal(page.exported, timeout=20_000) as signal:
        page.export_register(pdf)
    assert signal.args == [str(pdf)]
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "gpmm-portmiami-2015" in text and "amp-miami-dade-2017" in text
    assert "montreal-marseille-2019" not in text
    assert "Partner country: United States · 2 agreements" in " ".join(text.split())
    xlsx = tmp_path / "registre.xlsx"
    with qtbot.waitSignal(page.exported, timeout=20_000):
        page.export_register(xlsx)
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    references = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sorted(str(r) for r in references if r) == ["amp-miami-dade-2017", "gpmm-portmiami-2015"]


def test_an_export_that_cannot_be_written_is_one_sentence(
    page: AgreementsPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(page, "show_error", lambda _title, message: errors.append(message))
    with qtbot.waitSignal(page.export_failed, timeout=20_000):
        page.export_register(tmp_path / "no-such-folder" / "registre.pdf")
    assert len(errors) == 1
    assert errors[0].startswith("The register could not be written: ")
    assert not (tmp_path / "no-such-folder").exists()


def test_the_run_sheet_of_the_agreement_shown_is_printed_and_opened(
    page: AgreementsPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.select("amp-miami-dade-2017")
    assert page.run_sheet_action.isEnabled()
    path = tmp_path / "deroule.pdf"
    monkeypatch.setattr(page, "ask_run_sheet_path", lambda _agreement: path)
    with qtbot.waitSignal(page.exported, timeout=20_000):
        page.run_sheet_action.trigger()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert "Jean-Claude Gaudin" in text and "Carmen Ibáñez-Rivera" in text
    assert "Miami" in text
    assert [url.toLocalFile() for url in opened] == [str(path)]


def test_agreements_page_in_french(qtbot: QtBot, demo_db: Database) -> None:
    assert translations.install("fr")
    window = MainWindow(demo_db, language="fr")
    qtbot.addWidget(window)
    window.select_mission("miami-2017")
    page = window.show_agreements()
    assert window.mission_tabs.tabText(AGREEMENTS_TAB) == "Accords"
    assert window.show_agreements_action.text() == "&Accords"
    assert page.all_missions.text() == "&Toutes les missions"
    assert page.status_filter.itemText(0) == "Tous les statuts"
    assert page.count_label.text() == "1 accord"
    assert page.follow_up.toggle.text() == "À suivre : 2 erreurs, 1 avertissement"
    assert any("a pris fin le dimanche 14 juin 2020" in f.message for f in page.follow_up.findings)
    page.select("amp-miami-dade-2017")
    assert page.title_label.text().startswith("Accord de jumelage")
    assert "Signé" in page.meta_label.text()
    assert page.detail_tabs.tabText(1) == "Documents (2)"
    assert page.detail_tabs.tabText(2) == "Engagements (3)"
    assert [page.documents.text(r, 2) for r in range(2)] == ["Projet", "Copie signée"]
    assert page.parties.text(1, 1) == "Partenaire"
    assert page.commitments.headerData(0, Qt.Orientation.Horizontal) == "Engagement"
    window.runner.shutdown()
    QApplication.processEvents()
