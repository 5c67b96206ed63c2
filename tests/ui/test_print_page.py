"""The Print page on the demo database: a group's booklets and their combined file, a cancel
that leaves no file under a final name, the change list after an item is moved (and cleared by
reprinting), badges and letters for chosen delegates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from delegation_app.services.itinerary import move_item
from delegation_app.services.roster import RosterEntry, list_roster
from delegation_app.services.validation import collation_key
from delegation_app.storage.database import Database
from delegation_app.storage.models import (
    ItemAttendance,
    ItineraryItem,
    ParticipantRole,
    ParticipantStatus,
)
from ui.main_window import PRINT_TAB, MainWindow
from ui.print_jobs import BADGES, BOOKLETS, FACE_BOOK, LETTERS, PROGRAMME, PaperResult
from ui.print_page import GROUP, SELECTION, PrintPage

MISSION = "toronto-montreal-2019"
OFFICIALS = "Délégation officielle"
PRESS = "Presse"
STAFF = "Équipe d'organisation"
SIGNING = "Montreal City Hall: Montreal – Marseille cooperation agreement"


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    win = MainWindow(demo_db, language="en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.select_mission(MISSION)
    yield win
    win.runner.shutdown()


@pytest.fixture
def page(window: MainWindow, tmp_path: Path) -> PrintPage:
    page = window.show_print_page()
    page.workers = 1  # in this process: the order of the steps is predictable
    page.set_folder(tmp_path / "out")
    page.opened = []  # type: ignore[attr-defined]

    def fake_open(url: QUrl) -> bool:
        page.opened.append(url.toLocalFile())  # type: ignore[attr-defined]
        return True

    page.open_url = fake_open
    return page


def _members(db: Database, group: str) -> list[RosterEntry]:
    with db.reading() as session:
        entries = list_roster(session, 2)  # the demo's Toronto–Montreal mission
    assert entries[0].short  # the roster is read
    return [e for e in entries if group in e.groups and e.status != ParticipantStatus.CANCELLED]


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _print(qtbot: QtBot, page: PrintPage) -> PaperResult:
    with qtbot.waitSignal(page.printed, timeout=120_000) as signal:
        job = page.print_document()
        assert job is not None
    qtbot.waitUntil(lambda: page.job is None, timeout=10_000)
    _wait_for_changes(qtbot, page)
    result = signal.args[0]
    assert isinstance(result, PaperResult)
    return result


def _wait_for_changes(qtbot: QtBot, page: PrintPage) -> None:
    """The change list is read in a worker: wait for it (and a second read it asked)."""
    qtbot.waitUntil(lambda: page.changes_job is None, timeout=30_000)


def test_the_print_page_is_a_tab_of_the_mission_on_ctrl_8(window: MainWindow) -> None:
    window.mission_tabs.setCurrentIndex(0)
    window.show_print_action.trigger()
    assert window.mission_tabs.currentIndex() == PRINT_TAB
    assert window.mission_tabs.tabText(PRINT_TAB) == "Print"
    assert window.show_print_action.shortcut().toString() == "Ctrl+8"


def test_a_groups_booklets_and_their_combined_file(
    qtbot: QtBot, page: PrintPage, demo_db: Database, tmp_path: Path
) -> None:
    officials = _members(demo_db, OFFICIALS)
    assert len(officials) >= 2
    page.set_document(BOOKLETS)
    page.set_who(GROUP, OFFICIALS)
    assert page.count_label.text() == f"{len(officials)} delegates"
    page.combined_check.setChecked(True)

    result = _print(qtbot, page)

    folder = tmp_path / "out"
    expected = {f"booklet-{e.short}-{e.language}.pdf" for e in officials}
    combined = folder / "booklets-toronto-montreal-2019-delegation-officielle.pdf"
    assert {p.name for p in folder.iterdir()} == expected | {combined.name}
    assert not result.cancelled and result.combined == combined
    pages = 0
    for entry in officials:
        path = folder / f"booklet-{entry.short}-{entry.language}.pdf"
        text = _text(path)
        assert f"{entry.given_name} {entry.family_name}" in text
        for other in officials:
            if other is not entry:
                assert f"{other.given_name} {other.family_name}" not in text.split("\n")[0]
        pages += len(PdfReader(path).pages)
    assert len(PdfReader(combined).pages) == pages
    combined_text = _text(combined)
    for entry in officials:
        assert f"{entry.given_name} {entry.family_name}" in combined_text
    assert str(len(officials)) in page.summary_label.text()
    assert combined.name in page.summary_label.text()
    assert page.open_file_button.isVisible() and page.open_folder_button.isVisible()
    page.open_file_button.click()
    page.open_folder_button.click()
    assert page.opened == [str(combined), str(folder)]  # type: ignore[attr-defined]


def test_cancel_leaves_whole_booklets_only_and_no_combined_file(
    qtbot: QtBot, page: PrintPage, tmp_path: Path
) -> None:
    page.set_document(BOOKLETS)
    page.combined_check.setChecked(True)
    page.set_who("everyone")
    total = int(page.count_label.text().split()[0])
    assert total > 5

    def cancel_after_the_first(done: int, _total: int, _name: str) -> None:
        if done >= 1:
            page.cancel()

    with qtbot.waitSignal(page.printed, timeout=120_000) as signal:
        job = page.print_document()
        assert job is not None
        job.progress.connect(cancel_after_the_first)
    qtbot.waitUntil(lambda: page.job is None, timeout=10_000)
    result = signal.args[0]

    folder = tmp_path / "out"
    names = sorted(p.name for p in folder.iterdir())
    assert result.cancelled
    assert 1 <= len(names) < total
    assert names == sorted(p.name for p in result.files)
    assert not any(name.startswith("booklets-") for name in names)  # no combined file
    assert all(name.startswith("booklet-") and name.endswith(".pdf") for name in names)
    for path in result.files:
        assert len(PdfReader(path).pages) > 1  # whole files
    assert page.summary_label.text().startswith("Cancelled")


def test_a_cancelled_face_book_is_not_left_in_the_folder(
    qtbot: QtBot, page: PrintPage, tmp_path: Path
) -> None:
    page.set_document(FACE_BOOK)
    with qtbot.waitSignal(page.printed, timeout=60_000) as signal:
        job = page.print_document()
        assert job is not None
        page.cancel()
    qtbot.waitUntil(lambda: page.job is None, timeout=10_000)
    assert signal.args[0].cancelled
    folder = tmp_path / "out"
    assert not folder.exists() or list(folder.iterdir()) == []


def test_the_change_list_after_an_item_is_moved_and_reprint_clears_it(
    qtbot: QtBot, page: PrintPage, demo_db: Database
) -> None:
    printed = _members(demo_db, OFFICIALS) + _members(demo_db, PRESS) + _members(demo_db, STAFF)
    _wait_for_changes(qtbot, page)
    assert page.changes_model.rows == []  # nothing printed yet: nothing changed...
    page.never_printed_check.setChecked(True)
    delegates = len(page.chosen_entries())
    assert len(page.changes_model.rows) == delegates  # ...and everyone is never printed
    assert {row.changes for row in page.changes_model.rows} == {("never printed",)}
    page.never_printed_check.setChecked(False)
    for group in (OFFICIALS, PRESS, STAFF):
        page.set_document(BOOKLETS)
        page.set_who(GROUP, group)
        _print(qtbot, page)
    assert page.changes_model.rows == []
    assert "No booklet changed" in page.changes_label.text()
    assert f"Never printed: {delegates - len(printed)}." in page.changes_label.text()

    with demo_db.transaction() as session:
        item = session.scalars(select(ItineraryItem).where(ItineraryItem.title_en == SIGNING)).one()
        move_item(session, item.id, timedelta(hours=1))
        # Who attends the signing: its groups, plus the people named on it, less the excepted.
        named: dict[int, bool] = {
            participant: excluded
            for participant, excluded in session.execute(
                select(ItemAttendance.participant_id, ItemAttendance.excluded).where(
                    ItemAttendance.item_id == item.id
                )
            )
        }
    page.check_button.click()
    _wait_for_changes(qtbot, page)

    attending = {
        f"{e.given_name} {e.family_name}"
        for e in printed
        if (OFFICIALS in e.groups or PRESS in e.groups or named.get(e.participant_id) is False)
        and not named.get(e.participant_id)
    }
    assert len(attending) > len(_members(demo_db, OFFICIALS))
    staff_only = {f"{e.given_name} {e.family_name}" for e in printed} - attending
    listed = {row.name: row.changes for row in page.changes_model.rows}
    assert set(listed) == attending
    assert not staff_only & set(listed)
    for changes in listed.values():
        assert any("moved from 3:30" in c and "to 4:30" in c for c in changes), changes
    shown = page.changes_proxy.index(0, 1).data()
    assert "moved" in shown
    by_name = {f"{e.given_name} {e.family_name}": e for e in printed}
    in_order = [page.changes_proxy.index(r, 0).data() for r in range(page.changes_proxy.rowCount())]
    assert in_order == sorted(
        in_order,
        key=lambda n: (collation_key(by_name[n].family_name), collation_key(by_name[n].given_name)),
    )  # by family name, as a list of people is read
    assert page.reprint_button.isEnabled()

    with qtbot.waitSignal(page.printed, timeout=120_000) as signal:
        assert page.reprint_changed() is not None
    qtbot.waitUntil(lambda: page.job is None, timeout=10_000)
    _wait_for_changes(qtbot, page)
    assert len(signal.args[0].files) == len(attending)
    assert page.changes_model.rows == []
    assert not page.reprint_button.isEnabled()


def test_badges_for_a_group_name_its_members_only(
    qtbot: QtBot, page: PrintPage, demo_db: Database, tmp_path: Path
) -> None:
    officials = _members(demo_db, OFFICIALS)
    press = _members(demo_db, PRESS)
    page.set_document(BADGES)
    page.set_who(GROUP, OFFICIALS)
    page.crop_check.setChecked(True)
    assert not page.page_box.isEnabled() and page.layout_box.isEnabled()

    result = _print(qtbot, page)

    path = tmp_path / "out" / "badges-toronto-montreal-2019-delegation-officielle.pdf"
    assert result.files == (path,)
    text = _text(path).replace("\n", " ")
    for entry in officials:
        assert entry.family_name in text
    for entry in press:
        assert entry.family_name not in text
    assert f"{len(officials)} badges" in page.summary_label.text()


def test_letters_for_the_delegates_selected_on_the_roster(
    qtbot: QtBot, window: MainWindow, page: PrintPage, tmp_path: Path
) -> None:
    window.show_roster()
    window.select_row(0)
    chosen = window.selected_entries()
    assert len(chosen) == 1
    window.show_print_page()
    page.set_document(LETTERS)
    page.set_who(SELECTION)
    assert page.count_label.text() == "1 delegate"

    result = _print(qtbot, page)

    path = tmp_path / "out" / "visa-letters-toronto-montreal-2019-selection.pdf"
    assert result.files == (path,)
    text = _text(path)
    assert f"{chosen[0].given_name} {chosen[0].family_name}" in text
    # The letter names the staff member the consulate may call: the other delegates, no.
    others = [
        e
        for e in window.roster_model.entries
        if e.person_id != chosen[0].person_id and e.role != ParticipantRole.STAFF
    ]
    assert others
    assert not any(f"{e.given_name} {e.family_name}" in text for e in others)


def test_the_programme_of_a_group_lists_the_items_it_attends(
    qtbot: QtBot, page: PrintPage, tmp_path: Path
) -> None:
    page.set_document(PROGRAMME)
    page.set_who(GROUP, PRESS)
    page.language_box.setCurrentIndex(page.language_box.findData("en"))
    assert page.language_box.findData("") == -1  # one language for the whole document

    result = _print(qtbot, page)

    path = tmp_path / "out" / "programme-toronto-montreal-2019-presse.pdf"
    assert result.files == (path,)
    text = _text(path).replace("\n", " ")
    assert "The items of the programme Presse attends" in text
    assert "Montreal City Hall" in text
    assert "Workshop: Marseille" not in text  # the press do not attend the workshop
