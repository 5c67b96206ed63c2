"""Importing a roster file from the window: columns, review, import, errors, drag and drop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from delegation_app.errors import StorageError
from delegation_app.interchange.roster_import import ImportRefused, RowAction
from delegation_app.storage.backup import backup_folder_of, list_backups
from delegation_app.storage.database import Database, open_database
from delegation_app.storage.models import Participant, ParticipantStatus, Person
from tests.ui.rosters import HEADERS, partner_csv, write_csv, write_xlsx
from tests.ui.sample_data import Sample
from ui.i18n import translations
from ui.import_dialog import ColumnsModel, ImportRosterDialog, ReviewModel
from ui.labels import arg
from ui.main_window import MainWindow
from ui.models import NAME

TIMEOUT_MS = 30_000


def _participants(db: Database, mission_id: int) -> int:
    with db.reading() as session:
        count = session.scalar(
            select(func.count())
            .select_from(Participant)
            .where(Participant.mission_id == mission_id)
        )
    return int(count or 0)


def _open(window: MainWindow, qtbot: QtBot, path: Path) -> ImportRosterDialog:
    dialog = window.open_import(path)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT_MS)
    return dialog


def _review(dialog: ImportRosterDialog, qtbot: QtBot) -> None:
    assert dialog.next_button.isEnabled()
    with qtbot.waitSignal(dialog.plan_ready, timeout=TIMEOUT_MS):
        dialog.next_button.click()
    assert dialog.pages.currentIndex() == dialog.REVIEW_PAGE


def _review_rows(dialog: ImportRosterDialog) -> dict[str, tuple[str, str, str]]:
    """Row number -> (action, name, details) as the review table shows them."""
    proxy = dialog.review_proxy
    rows = {}
    for row in range(proxy.rowCount()):
        cells = [proxy.index(row, column).data() for column in range(4)]
        rows[cells[ReviewModel.ROW]] = (
            cells[ReviewModel.ACTION],
            cells[ReviewModel.NAME],
            cells[ReviewModel.DETAILS],
        )
    return rows


def test_columns_step_guesses_the_fields_and_previews_the_first_rows(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _open(window, qtbot, partner_csv(tmp_path))
    assert dialog.pages.currentIndex() == dialog.COLUMNS_PAGE
    file_line = dialog.file_label.text()
    assert "délégués miami.csv" in file_line
    assert "Windows-1252" in file_line and "separated by semicolons" in file_line
    assert "6 rows" in file_line
    assert not dialog.sheet_box.isVisible()

    model = dialog.columns_model
    fields = {
        model.index(row, ColumnsModel.HEADER).data(): model.index(row, ColumnsModel.FIELD).data()
        for row in range(model.rowCount())
    }
    assert fields["Nom"] == "Last name"
    assert fields["Prénom"] == "First name"
    assert fields["Société"] == "Organisation"
    assert fields["Notes"] == "— ignore —"
    assert dialog.field_combo(HEADERS.index("Nom")).currentText() == "Last name"
    assert (
        model.index(HEADERS.index("Nom"), ColumnsModel.VALUES)
        .data()
        .startswith("Lefèvre · O'Connor · Durand")
    )

    preview = dialog.preview_model
    assert preview.rowCount() == 5
    assert preview.headerData(1, Qt.Orientation.Horizontal) == "Nom"
    assert preview.headerData(0, Qt.Orientation.Vertical) == "2"  # the file's own row number
    assert preview.index(1, HEADERS.index("Prénom")).data() == "Seán"
    assert dialog.next_button.isEnabled()
    assert "7 of 8 columns will be imported" in dialog.message_label.text()


def test_next_waits_for_the_family_and_given_names_and_says_which_is_missing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "liste.csv",
        [["Qui", "Prénom usuel", "Entreprise"], ["Lefèvre", "Zoë", "Provence Promotion"]],
    )
    dialog = _open(window, qtbot, path)
    assert not dialog.next_button.isEnabled()
    assert dialog.message_label.text() == (
        "Choose the columns that hold “Last name” and “First name” to go on."
    )

    family = dialog.field_combo(0)
    family.setCurrentIndex(family.findData("family_name"))
    assert not dialog.next_button.isEnabled()
    assert dialog.message_label.text() == "Choose the column that holds “First name” to go on."

    given = dialog.field_combo(1)
    given.setCurrentIndex(given.findData("given_name"))
    assert dialog.next_button.isEnabled()
    assert dialog.columns_model.mapping() == {0: "family_name", 1: "given_name", 2: "organisation"}

    # A field goes to one column only: choosing it for another column takes it from the first.
    other = dialog.field_combo(2)
    other.setCurrentIndex(other.findData("given_name"))
    assert dialog.columns_model.mapping() == {0: "family_name", 2: "given_name"}
    assert dialog.field_combo(1).currentData() == ""
    assert dialog.field_combo(1).currentText() == "— ignore —"
    assert dialog.next_button.isEnabled()


def test_review_says_what_each_row_does_and_why_a_row_is_refused(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _open(window, qtbot, partner_csv(tmp_path))
    _review(dialog, qtbot)
    assert dialog.summary_label.text() == "2 to create, 1 to add, 1 to update, 2 refused"
    assert "Port de Marseille Fos" in dialog.novelty_label.text()

    rows = _review_rows(dialog)
    assert rows["2"] == ("Create", "Zoë Lefèvre", "")
    assert rows["4"][0] == "Update"
    assert rows["4"][2] == "Changes: Status"
    assert rows["5"][0] == "Add"
    assert rows["6"][0] == "Refused"
    assert rows["6"][2] == "Prénom: is empty"
    assert rows["7"] == (
        "Refused",
        "Paul Roux",
        "E-mail: 'paul.roux-at-example.fr' is not an e-mail address",
    )

    # Refused rows block the import until the coordinator says to leave them out.
    assert not dialog.import_button.isEnabled()
    assert "2 rows are refused" in dialog.message_label.text()
    dialog.skip_box.setChecked(True)
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "&Import 4 delegates"

    # Sorted by action, the refused rows come first.
    dialog.review_view.sortByColumn(ReviewModel.ACTION, Qt.SortOrder.AscendingOrder)
    first = dialog.review_proxy.index(0, ReviewModel.ROW).data()
    assert (first, dialog.review_proxy.index(1, ReviewModel.ROW).data()) == ("6", "7")

    dialog.show_box.setCurrentIndex(dialog.show_box.findData(RowAction.REFUSE.value))
    assert sorted(_review_rows(dialog)) == ["6", "7"]


def test_nothing_is_written_before_import_and_cancel_leaves_the_roster_as_it_was(
    window: MainWindow, qtbot: QtBot, db: Database, sample: Sample, tmp_path: Path
) -> None:
    before = _participants(db, sample.miami_id)
    dialog = _open(window, qtbot, partner_csv(tmp_path))
    _review(dialog, qtbot)
    dialog.skip_box.setChecked(True)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: window.import_dialog is None, timeout=TIMEOUT_MS)
    assert _participants(db, sample.miami_id) == before
    with db.reading() as session:
        assert session.scalar(select(Person).where(Person.family_name == "Lefèvre")) is None


def test_import_writes_the_rows_refreshes_the_roster_and_says_what_was_done(
    window: MainWindow, qtbot: QtBot, db: Database, sample: Sample, tmp_path: Path
) -> None:
    dialog = _open(window, qtbot, partner_csv(tmp_path))
    _review(dialog, qtbot)
    dialog.skip_box.setChecked(True)
    with qtbot.waitSignal(window.roster_imported, timeout=TIMEOUT_MS) as blocker:
        dialog.import_button.click()
    assert blocker.args == [
        "Roster imported from délégués miami.csv: 2 created, 1 added, 1 updated, "
        "2 refused rows left out."
    ]
    assert window.statusBar().currentMessage() == blocker.args[0]
    qtbot.waitUntil(lambda: window.import_dialog is None, timeout=TIMEOUT_MS)

    assert _participants(db, sample.miami_id) == sample.miami_count + 3
    with db.reading() as session:
        zoe = session.scalar(select(Person).where(Person.family_name == "Lefèvre"))
        assert zoe is not None and zoe.given_name == "Zoë"
        assert zoe.email == "zoe.lefevre@example.fr"
        helene = session.scalar(
            select(Participant.status)
            .join(Person)
            .where(Person.short == "hdurand", Participant.mission_id == sample.miami_id)
        )
        assert helene == ParticipantStatus.WAITLISTED
        assert session.scalar(select(Person).where(Person.family_name == "Roux")) is None

    names = [
        window.roster_proxy.index(r, NAME).data() for r in range(window.roster_proxy.rowCount())
    ]
    assert {"Lefèvre, Zoë", "O'Connor, Seán", "Fabre, Claire"} <= set(names)
    assert window.count_status.text() == "11 of 11 delegates"
    # The imported delegates are selected, so the coordinator sees them at once.
    assert {e.full_name for e in window.selected_entries()} == {
        "Zoë Lefèvre",
        "Seán O'Connor",
        "Hélène Durand",
        "Claire Fabre",
    }


def test_a_backup_is_taken_before_the_import_writes_anything(
    window: MainWindow, qtbot: QtBot, db: Database, sample: Sample, tmp_path: Path
) -> None:
    assert db.path is not None
    folder = db.backup_folder or backup_folder_of(db.path)
    before = {b.path for b in list_backups(folder, db.path.stem)}
    dialog = _open(window, qtbot, partner_csv(tmp_path))
    _review(dialog, qtbot)
    dialog.skip_box.setChecked(True)
    with qtbot.waitSignal(window.roster_imported, timeout=TIMEOUT_MS):
        dialog.import_button.click()
    taken = [b for b in list_backups(folder, db.path.stem) if b.path not in before]
    assert [b.reason for b in taken] == ["before-import"]
    # The copy holds the roster as it was before the import.
    copy = open_database(taken[0].path, lock=False)
    try:
        assert _participants(copy, sample.miami_id) == sample.miami_count
    finally:
        copy.close()
    assert _participants(db, sample.miami_id) == sample.miami_count + 3


def test_no_import_when_no_backup_can_be_taken(
    window: MainWindow,
    qtbot: QtBot,
    db: Database,
    sample: Sample,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full_disk(db: Database, reason: str) -> Path:
        raise StorageError("the backup folder is full: no space left on device")

    monkeypatch.setattr("ui.roster_jobs.backup_before", full_disk)
    dialog = _open(window, qtbot, partner_csv(tmp_path))
    _review(dialog, qtbot)
    dialog.skip_box.setChecked(True)
    with qtbot.waitSignal(dialog.failed, timeout=TIMEOUT_MS):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT_MS)
    assert "no space left" in dialog.message_label.text()
    assert _participants(db, sample.miami_id) == sample.miami_count


def test_a_refused_import_is_one_sentence_in_the_dialog(
    window: MainWindow,
    qtbot: QtBot,
    db: Database,
    sample: Sample,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise ImportRefused("row 3: the mission moved meanwhile; nothing was imported")

    monkeypatch.setattr("ui.roster_jobs.apply_roster_import", refuse)
    dialog = _open(window, qtbot, partner_csv(tmp_path))
    _review(dialog, qtbot)
    dialog.skip_box.setChecked(True)
    with qtbot.waitSignal(dialog.failed, timeout=TIMEOUT_MS):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT_MS)
    assert dialog.isVisible()
    assert dialog.pages.currentIndex() == dialog.REVIEW_PAGE
    assert dialog.message_label.text() == (
        "row 3: the mission moved meanwhile; nothing was imported"
    )
    assert _participants(db, sample.miami_id) == sample.miami_count


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("vide.csv", b"", "vide.csv is empty"),
        ("binaire.csv", b"\x00\x01\x02\x03" * 100, "binaire.csv is not a text table"),
        ("ancien.xlsx", b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "old Excel 97-2003 file"),
        ("abîmé.xlsx", b"PK\x03\x04" + b"\x00" * 100, "abîmé.xlsx is not a readable XLSX"),
    ],
)
def test_a_file_that_cannot_be_read_says_why_in_one_sentence(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    dialog = window.open_import(path)
    assert dialog is not None
    with qtbot.waitSignal(dialog.failed, timeout=TIMEOUT_MS) as blocker:
        pass
    (message,) = blocker.args
    assert expected in message
    assert "Traceback" not in message and "\n" not in message
    assert dialog.status_label.text() == message
    assert not dialog.next_button.isEnabled()


def test_a_workbook_is_read_from_its_sheet_of_delegates(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "délégation.xlsx",
        {
            "Légende": [["Ce classeur liste les délégués"], ["Remplir la feuille suivante"]],
            "Délégués": [["Nom", "Prénom"], ["Lefèvre", "Zoë"], ["O'Connor", "Seán"]],
        },
    )
    dialog = _open(window, qtbot, path)
    assert dialog.loaded is not None and dialog.loaded.sheet == "Délégués"
    assert dialog.sheet_box.isVisible()
    assert [dialog.sheet_box.itemText(i) for i in range(2)] == ["Légende", "Délégués"]
    assert "2 rows" in dialog.file_label.text()
    assert dialog.next_button.isEnabled()

    with qtbot.waitSignal(dialog.table_loaded, timeout=TIMEOUT_MS):
        dialog.sheet_box.setCurrentIndex(0)
        dialog.sheet_box.activated.emit(0)
    assert dialog.loaded.sheet == "Légende"
    assert not dialog.next_button.isEnabled()


def test_ctrl_i_asks_for_a_file_and_opens_the_dialog(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = partner_csv(tmp_path)
    monkeypatch.setattr(window, "ask_import_path", lambda: path)
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    window.import_action.trigger()
    dialog = window.import_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Import a roster into French Weeks in Miami"
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT_MS)
    dialog.reject()


def _drag(path_or_paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in path_or_paths])
    return mime


def _enter(window: MainWindow, mime: QMimeData) -> bool:
    event = QDragEnterEvent(
        QPoint(400, 400),  # Qt's own signature takes a QPoint here (QPointF for the drop)
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.setAccepted(False)
    window.dragEnterEvent(event)
    return event.isAccepted()


def _drop(window: MainWindow, mime: QMimeData) -> None:
    event = QDropEvent(
        QPointF(400, 400),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_dragging_accepts_one_csv_or_xlsx_file_only(window: MainWindow, tmp_path: Path) -> None:
    assert window.acceptDrops()
    assert _enter(window, _drag([tmp_path / "liste.csv"]))
    assert _enter(window, _drag([tmp_path / "LISTE.XLSX"]))
    assert not _enter(window, _drag([tmp_path / "programme.pdf"]))
    assert not _enter(window, _drag([tmp_path / "a.csv", tmp_path / "b.csv"]))
    text = QMimeData()
    text.setText("Lefèvre;Zoë")
    assert not _enter(window, text)


def test_dropping_a_roster_opens_the_import_for_the_mission(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _drop(window, _drag([partner_csv(tmp_path)]))
    qtbot.waitUntil(lambda: window.import_dialog is not None, timeout=TIMEOUT_MS)
    dialog = window.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=TIMEOUT_MS)
    assert dialog.loaded is not None and dialog.loaded.table.rows[0][1] == "Lefèvre"
    dialog.reject()


def test_dropping_a_roster_without_a_mission_says_so(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    window = MainWindow(db, language="en")  # an empty database: no mission to import into
    qtbot.addWidget(window)
    assert not window.import_action.isEnabled()
    _drop(window, _drag([partner_csv(tmp_path)]))
    assert window.import_dialog is None
    assert window.statusBar().currentMessage() == (
        "Select a mission first: a roster is imported into a mission."
    )


def test_the_reasons_a_row_is_refused_are_french_in_the_french_window(
    qtbot: QtBot, db: Database, sample: Sample, tmp_path: Path
) -> None:
    # A partner's list as French Excel saves it (Windows-1252, semicolons): a birth date that
    # does not exist, and a row without its family name.
    path = write_csv(
        tmp_path / "délégués.csv",
        [
            ["Nom", "Prénom", "Date de naissance"],
            ["Lefèvre", "Zoë", "32/13/1970"],
            ["", "Jérôme", "05/11/1970"],
            ["O'Connor", "Seán", "05/11/1970"],
        ],
    )
    assert translations.install("fr")
    try:
        window = MainWindow(db, language="fr")
        qtbot.addWidget(window)
        window.select_mission("miami-2017")
        dialog = _open(window, qtbot, path)
        assert "Windows-1252" in dialog.file_label.text()
        _review(dialog, qtbot)
        rows = _review_rows(dialog)
        # "Column: reason", the column as the file heads it, the reason from the core.
        problem = QCoreApplication.translate("Import", "%1: %2")
        assert rows["2"][:2] == ("Refusée", "Zoë Lefèvre")  # la ligne
        assert rows["2"][2] == arg(
            problem,
            "Date de naissance",
            "«\u00a032/13/1970\u00a0» n'est pas une date (écrivez-la sous la forme 05/11/2017)",
        )
        assert rows["3"][2] == arg(problem, "Nom", "est vide")
        assert rows["4"][2] == ""  # created: nothing to say
        window.runner.shutdown()
    finally:
        translations.install("en")
