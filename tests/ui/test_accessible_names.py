"""Every control of the checks panel and the main dialogs has a name a screen reader says.

A control a keyboard can reach must tell what it is. The test asks Qt's accessibility layer
(what a screen reader hears): an accessible name (a form's field: its label's text; a button
with an icon only: its action), else a label beside it whose buddy it is, else a button's own
text; a combo box needs a name or a label, not its current choice. The dialogs are opened on
the demo missions, in English and in French.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from delegation_app.services.itinerary import item_detail
from delegation_app.services.missions import get_mission
from delegation_app.services.roster import delegate_detail, list_roster
from delegation_app.storage.database import Database
from ui.checks_panel import ChecksPanel
from ui.delegate_dialog import DelegateDialog, load_delegate_choices
from ui.i18n import translations
from ui.import_dialog import ImportRosterDialog
from ui.item_dialog import ItemDialog, load_choices
from ui.workers import JobRunner

ROOT = Path(__file__).resolve().parents[2]
ROSTER_FILE = ROOT / "tests" / "data" / "rosters" / "partenaires_excel_fr_cp1252.csv"
MIAMI = "miami-2017"


def _checks(db: Database, _runner: JobRunner, _language: str) -> QWidget:
    panel = ChecksPanel(db)
    with db.reading() as session:
        panel.set_mission(get_mission(session, MIAMI).id)
    return panel


def _import(db: Database, runner: JobRunner, language: str) -> QWidget:
    with db.reading() as session:
        mission = get_mission(session, MIAMI)
    dialog = ImportRosterDialog(db, mission, ROSTER_FILE, runner=runner, language=language)
    # The file is read in a worker: its columns' combo boxes come with it.
    for _ in range(500):
        QCoreApplication.processEvents()
        if dialog.pages.currentIndex() == dialog.COLUMNS_PAGE and dialog.columns_model.rowCount():
            break
        time.sleep(0.01)
    else:
        raise AssertionError("the roster file was not read")
    return dialog


def _delegate(db: Database, _runner: JobRunner, language: str) -> QWidget:
    with db.reading() as session:
        mission = get_mission(session, MIAMI)
        entry = next(e for e in list_roster(session, mission.id) if e.short == "jcgaudin")
        detail = delegate_detail(session, entry.participant_id)
        choices = load_delegate_choices(session, mission)
    return DelegateDialog(db, detail, choices, language=language)


def _item(db: Database, _runner: JobRunner, language: str) -> QWidget:
    with db.reading() as session:
        mission = get_mission(session, MIAMI)
        choices = load_choices(session, mission)
        from delegation_app.services.agenda import programme_for

        flight = next(e for e in programme_for(session, mission.id) if e.flight is not None)
        detail = item_detail(session, flight.item_id)
    return ItemDialog(db, choices, detail=detail, language=language)


DIALOGS: dict[str, Callable[[Database, JobRunner, str], QWidget]] = {
    "checks panel": _checks,
    "import dialog": _import,
    "delegate form": _delegate,
    "item editor": _item,
}


def focusable(top: QWidget) -> Iterator[QWidget]:
    """The widgets the Tab key can reach (hidden tabs included), not Qt's own inner parts."""
    for widget in top.findChildren(QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.objectName().startswith("qt_") or isinstance(widget, (QTabBar, QTabWidget)):
            continue  # a spin box's inner line edit; tabs (the tab bar says their texts)
        if widget.window() is not top.window():
            continue  # a combo box's pop-up list
        parent = widget.parentWidget()
        if isinstance(parent, QComboBox):
            continue  # an editable combo box's line edit: the combo box has the name
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            continue
        yield widget


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says: Qt's accessible name for the widget (its accessible name,
    else the text of a label beside it whose buddy it is, else a button's own text)."""
    if isinstance(widget, QComboBox) and not widget.accessibleName():
        # Qt would say the current choice, which names nothing: a label beside it must.
        parent = widget.parentWidget()
        siblings = parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return next((label.text() for label in siblings if label.buddy() is widget), "")
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r} {widget.toolTip()!r}"


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_control_a_keyboard_reaches_has_a_name(
    name: str, language: str, demo_db: Database, qtbot: QtBot
) -> None:
    translations.install(language)
    runner = JobRunner()
    top = DIALOGS[name](demo_db, runner, language)
    qtbot.addWidget(top)
    if isinstance(top, ChecksPanel):  # shown, it runs the checks in a worker: let them end
        with qtbot.waitSignal(top.refreshed, timeout=30_000):
            top.show()
    else:
        top.show()
    qtbot.waitExposed(top)
    try:
        controls = list(focusable(top))
        assert len(controls) >= 3
        nameless = [describe(w) for w in controls if not spoken_name(w).strip()]
        assert not nameless, "nameless controls:\n" + "\n".join(nameless)
    finally:
        top.close()
        if isinstance(top, ChecksPanel):  # as the window does at close: its worker is waited on
            top.shutdown()
        runner.shutdown()


def test_icon_buttons_and_fields_are_named_after_their_action_and_label(
    demo_db: Database, qtbot: QtBot
) -> None:
    runner = JobRunner()
    panel = _checks(demo_db, runner, "en")
    qtbot.addWidget(panel)
    assert isinstance(panel, ChecksPanel)
    assert panel.refresh_button.text() == ""  # an icon only: its name says what it does
    assert panel.refresh_button.accessibleName() == "Run the checks again"
    assert panel.severity_box.accessibleName() == "Findings shown"
    assert panel.view.accessibleName() == "Findings of the checks"
    interface = QAccessible.queryAccessibleInterface(panel.refresh_button)
    assert interface is not None
    assert interface.text(QAccessible.Text.Name) == "Run the checks again"
    translations.install("fr")
    try:
        panel.retranslate()
        assert panel.refresh_button.accessibleName() == "Relancer les vérifications"
    finally:
        translations.install("en")
        runner.shutdown()
