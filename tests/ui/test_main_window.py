"""The main window on a sample database: missions, roster, search, sort, keys, settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from delegation_app.services.missions import MissionView
from delegation_app.services.roster import RosterEntry
from delegation_app.storage.database import Database
from tests.ui.sample_data import PASSPORT_NUMBER, Sample
from ui import settings as keys
from ui.main_window import MainWindow
from ui.models import NAME, PASSPORT, SUBTITLE_ROLE
from ui.workers import BookletRequest


def _mission_titles(window: MainWindow) -> list[str]:
    proxy = window.missions_proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def _names(window: MainWindow) -> list[str]:
    proxy = window.roster_proxy
    return [proxy.index(row, NAME).data() for row in range(proxy.rowCount())]


def test_window_is_titled_delegation_and_lists_the_missions(window: MainWindow) -> None:
    assert window.windowTitle() == "Delegation"
    assert _mission_titles(window) == [
        "Toronto and Montreal: creative industries and blue economy",
        "French Weeks in Miami",
    ]
    subtitle = window.missions_proxy.index(0, 0).data(SUBTITLE_ROLE)
    assert "Toronto, Montréal" in subtitle
    assert "3 delegates" in subtitle


def test_selecting_a_mission_fills_header_and_roster(window: MainWindow, sample: Sample) -> None:
    assert window.current_mission is not None
    assert window.current_mission.short == "miami-2017"
    assert window.roster_proxy.rowCount() == sample.miami_count
    assert window.count_status.text() == "8 of 8 delegates"
    assert window.title_label.text() == "French Weeks in Miami"
    assert "Eastern Time (UTC−5)" in window.stops_label.text()
    assert window.count_label.text() == "7 delegates · 1 cancelled"

    # Clicking the other mission in the list shows its roster.
    view = window.mission_view
    rect = view.visualRect(window.missions_proxy.index(0, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_mission is not None
    assert window.current_mission.short == "toronto-montreal-2019"
    assert _names(window) == ["Benali, Nadia", "Fabre, Claire", "Lemaire, Hugo"]
    assert window.count_status.text() == "3 of 3 delegates"
    stops = window.stops_label.text()
    assert stops.index("Toronto") < stops.index("Montréal")


def test_search_helene_finds_helene(window: MainWindow, qtbot: QtBot) -> None:
    QTest.keyClicks(window.roster_search, "helene")
    assert _names(window) == ["Durand, Hélène"]
    assert window.count_status.text() == "1 of 8 delegates"
    window.roster_search.clear()
    assert window.count_status.text() == "8 of 8 delegates"


def test_mission_search_filters_the_list(window: MainWindow, qtbot: QtBot) -> None:
    QTest.keyClicks(window.mission_search, "montreal")
    assert _mission_titles(window) == ["Toronto and Montreal: creative industries and blue economy"]
    window.mission_search.setText("semaines FRANCAISES")
    assert _mission_titles(window) == ["French Weeks in Miami"]


def test_clicking_the_name_header_sorts_by_family_name(window: MainWindow) -> None:
    header = window.roster_view.horizontalHeader()
    assert _names(window)[0] == "Abadie, Zoé"  # ascending by family name at start

    x = header.sectionViewportPosition(NAME) + header.sectionSize(NAME) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    names = _names(window)
    assert names[0] == "Zerbib, Marc"
    assert (
        names.index("Ngo, Laëtitia") < names.index("Étienne, Anne") < names.index("Durand, Hélène")
    )
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert _names(window)[0] == "Abadie, Zoé"


def test_passport_cells_never_show_the_number(window: MainWindow) -> None:
    proxy = window.roster_proxy
    texts = [proxy.index(row, PASSPORT).data() for row in range(proxy.rowCount())]
    assert sorted(set(texts)) == ["—", "•••• on file"]
    for row in range(proxy.rowCount()):
        for column in range(proxy.columnCount()):
            index = proxy.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                assert PASSPORT_NUMBER not in str(index.data(role))


class _Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[MissionView, RosterEntry]] = []

    def __call__(self, mission: MissionView, entry: RosterEntry) -> BookletRequest | None:
        self.calls.append((mission, entry))
        return None


@pytest.fixture
def asked(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> _Recorder:
    recorder = _Recorder()
    monkeypatch.setattr(window, "ask_booklet_request", recorder)
    return recorder


def test_enter_on_a_delegate_opens_the_record_and_ctrl_p_prints(
    window: MainWindow, qtbot: QtBot, asked: _Recorder
) -> None:
    window.show()
    qtbot.waitExposed(window)
    assert window.select_delegate("hdurand")
    window.roster_view.setFocus()
    QTest.keyClick(window.roster_view, Qt.Key.Key_Return)
    dialog = window.delegate_dialog
    assert dialog is not None
    assert dialog.detail.full_name == "Hélène Durand"
    assert asked.calls == []
    dialog.reject()
    qtbot.waitUntil(lambda: window.delegate_dialog is None)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.roster_view.setFocus()
    QTest.keyClick(window.roster_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert [entry.full_name for _m, entry in asked.calls] == ["Hélène Durand"]
    assert asked.calls[0][0].short == "miami-2017"


def test_double_click_opens_the_record_and_print_action_asks_for_the_booklet(
    window: MainWindow, qtbot: QtBot, asked: _Recorder
) -> None:
    view = window.roster_view
    window.select_delegate("zabadie")
    rect = view.visualRect(window.roster_proxy.index(0, NAME))
    # A real double-click starts with a press: Qt's item views ignore a lone double-click.
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = window.delegate_dialog
    assert dialog is not None and dialog.detail.short == "zabadie"
    dialog.reject()
    qtbot.waitUntil(lambda: window.delegate_dialog is None)
    assert asked.calls == []
    window.select_delegate("scohen")
    assert window.print_action.isEnabled()
    window.print_action.trigger()
    assert [entry.short for _m, entry in asked.calls] == ["scohen"]


def test_print_action_needs_a_selected_delegate(window: MainWindow, asked: _Recorder) -> None:
    window.roster_view.clearSelection()
    assert not window.print_action.isEnabled()
    window.print_booklet()
    assert asked.calls == []
    assert window.statusBar().currentMessage() == "Select a delegate first."


def test_ctrl_f_focuses_the_roster_search(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.mission_view.setFocus()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.roster_search, timeout=2000)


def test_empty_database_shows_a_hint_and_no_roster(qtbot: QtBot, db_path: Path) -> None:
    from delegation_app.storage.database import open_database

    db = open_database(db_path)
    try:
        window = MainWindow(db, language="en")
        qtbot.addWidget(window)
        assert window.missions_model.rowCount() == 0
        assert window.right_stack.currentWidget() is window.empty_label
        assert "No mission" in window.empty_label.text()
        assert window.count_status.text() == "0 of 0 delegates"
        assert not window.print_action.isEnabled()
        assert not window.print_all_action.isEnabled()
    finally:
        db.close()


def test_last_mission_and_sort_are_restored(
    qtbot: QtBot, db: Database, sample: Sample, isolated_settings: QSettings
) -> None:
    first = MainWindow(db, language="en")
    qtbot.addWidget(first)
    first.select_mission("toronto-montreal-2019")
    first.roster_view.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    first.close()
    assert keys.read_str(isolated_settings, keys.LAST_MISSION) == "toronto-montreal-2019"

    second = MainWindow(db, language="en")
    qtbot.addWidget(second)
    assert second.current_mission is not None
    assert second.current_mission.short == "toronto-montreal-2019"
    assert _names(second)[0] == "Lemaire, Hugo"


def test_refresh_reads_what_changed_in_the_database(
    window: MainWindow, db: Database, sample: Sample
) -> None:
    from delegation_app.services import people, roster
    from delegation_app.storage.models import ParticipantRole

    with db.transaction() as session:
        person = people.create_person(session, given_name="Émile", family_name="Arnaud")
        roster.add_participant(
            session,
            mission_id=sample.miami_id,
            person_id=person.id,
            role=ParticipantRole.GUEST,
        )
    window.refresh_action.trigger()
    assert "Arnaud, Émile" in _names(window)
    assert window.count_status.text() == "9 of 9 delegates"
    assert "9 delegates" in window.missions_proxy.index(1, 0).data(SUBTITLE_ROLE)


def test_demo_database_shows_miami_with_its_120_delegates(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow(demo_db, language="en")
    qtbot.addWidget(window)
    shorts = [window.missions_model.mission_at(r).short for r in range(2)]
    assert set(shorts) == {"miami-2017", "toronto-montreal-2019"}
    assert window.select_mission("miami-2017")
    assert window.count_status.text() == "120 of 120 delegates"
    assert window.select_mission("toronto-montreal-2019")
    assert window.roster_model.rowCount() == 30


def test_help_copies_diagnostic_information_without_personal_data(
    window: MainWindow, db: Database
) -> None:
    from PySide6.QtGui import QGuiApplication

    window.diagnostics_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Delegation: diagnostic information")
    assert "Qt:" in text and str(db.path) in text
    assert "schema revision" in text


def test_every_tab_with_the_checks_panel_open_fits_a_1366x768_screen(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.checks_panel.show()
    for index in range(window.mission_tabs.count()):
        window.mission_tabs.setCurrentIndex(index)
        QApplication.processEvents()
        needed = window.minimumSizeHint().expandedTo(window.minimumSize())
        # 768 less a title bar and a task bar
        assert needed.height() <= 768 - 60, window.mission_tabs.tabText(index)
        assert needed.width() <= 1366, window.mission_tabs.tabText(index)


@pytest.mark.parametrize("page_name", ["leads", "workshops", "meetings"])  # sortable tables
def test_each_page_keeps_its_sort_order_from_one_session_to_the_next(
    qtbot: QtBot, demo_db: Database, isolated_settings: QSettings, page_name: str
) -> None:
    first = MainWindow(demo_db, language="en")
    qtbot.addWidget(first)
    first.select_mission("miami-2017")
    view = getattr(first, f"{page_name}_page").view
    column = view.model().columnCount() - 1
    view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    first.close()

    second = MainWindow(demo_db, language="en")
    qtbot.addWidget(second)
    header = getattr(second, f"{page_name}_page").view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        column,
        Qt.SortOrder.DescendingOrder,
    )
