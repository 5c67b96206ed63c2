"""The Overview tab: the mission's figures in tiles, each opening its page, counted again when
the mission or its data change."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from delegation_app.services.dashboard import mission_dashboard
from delegation_app.storage.database import Database
from delegation_app.storage.models import ParticipantStatus
from ui.main_window import (
    AGREEMENTS_TAB,
    LEADS_TAB,
    MEETINGS_TAB,
    OVERVIEW_TAB,
    PRINT_TAB,
    ROSTER_TAB,
    MainWindow,
)
from ui.overview_page import OverviewPage

TODAY = date(2019, 6, 20)


@pytest.fixture
def demo_window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    win = MainWindow(demo_db, language="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.select_mission("toronto-montreal-2019")
    win.overview_page.today = TODAY
    yield win
    win.runner.shutdown()


def _show_overview(qtbot: QtBot, window: MainWindow) -> OverviewPage:
    page = window.overview_page
    with qtbot.waitSignal(page.refreshed, timeout=30_000):
        window.show_overview_action.trigger()
    assert window.mission_tabs.currentIndex() == OVERVIEW_TAB
    return page


def _figure(page: OverviewPage, tile: str) -> str:
    return page.tiles[tile].figure.text()


def _count(db: Database, sql: str, short: str) -> int:
    with db.reading() as session:
        mission_id = session.execute(
            text("SELECT id FROM mission WHERE short = :s"), {"s": short}
        ).scalar_one()
        return int(session.execute(text(sql), {"m": mission_id}).scalar_one())


def test_ctrl_9_shows_the_overview_tab_with_its_shortcut(demo_window: MainWindow) -> None:
    assert demo_window.show_overview_action.shortcut().toString() == "Ctrl+9"
    assert demo_window.mission_tabs.tabText(OVERVIEW_TAB) == "Overview"
    assert demo_window.show_overview_action in demo_window.view_menu.actions()


def test_the_overview_is_the_first_tab_and_the_roster_shows_at_start(
    qtbot: QtBot, demo_db: Database
) -> None:
    window = MainWindow(demo_db, language="en")
    qtbot.addWidget(window)
    titles = [window.mission_tabs.tabText(i) for i in range(window.mission_tabs.count())]
    assert titles[:3] == ["Overview", "Roster", "Itinerary"]
    assert window.mission_tabs.currentIndex() == ROSTER_TAB
    window.runner.shutdown()


def test_the_tiles_show_the_missions_figures(
    qtbot: QtBot, demo_window: MainWindow, demo_db: Database
) -> None:
    page = _show_overview(qtbot, demo_window)
    with demo_db.reading() as session:
        board = mission_dashboard(session, "toronto-montreal-2019", today=TODAY)
    confirmed = _count(
        demo_db,
        "SELECT count(*) FROM participant WHERE mission_id = :m AND status = 'confirmed'",
        "toronto-montreal-2019",
    )
    requested = _count(
        demo_db,
        "SELECT count(*) FROM b2b_meeting WHERE mission_id = :m AND status != 'cancelled'",
        "toronto-montreal-2019",
    )
    assert _figure(page, "delegates").startswith(f"{confirmed} / ")
    assert _figure(page, "meetings").endswith(f" / {requested}")
    assert _figure(page, "checks") == str(board.open_checks)
    assert f"{board.check_errors} errors" in page.tiles["checks"].detail.text()
    assert _figure(page, "agreements") == str(board.agreements_to_sign)
    assert _figure(page, "booklets") == str(board.booklets_changed)
    assert _figure(page, "leads") == str(board.leads_total)
    days = (board.mission.start_date - TODAY).days
    assert _figure(page, "departure") == f"in {days} days"
    assert page.tiles["delegates"].accessibleName().startswith("Delegates: ")


@pytest.mark.parametrize(
    ("tile", "tab"),
    [
        ("delegates", ROSTER_TAB),
        ("meetings", MEETINGS_TAB),
        ("agreements", AGREEMENTS_TAB),
        ("leads", LEADS_TAB),
        ("booklets", PRINT_TAB),
    ],
)
def test_clicking_a_tile_opens_its_page(
    qtbot: QtBot, demo_window: MainWindow, tile: str, tab: int
) -> None:
    page = _show_overview(qtbot, demo_window)
    qtbot.mouseClick(page.tiles[tile], Qt.MouseButton.LeftButton)
    assert demo_window.mission_tabs.currentIndex() == tab


def test_the_checks_tile_shows_the_checks_panel(qtbot: QtBot, demo_window: MainWindow) -> None:
    page = _show_overview(qtbot, demo_window)
    assert not demo_window.checks_panel.isVisible()
    qtbot.mouseClick(page.tiles["checks"], Qt.MouseButton.LeftButton)
    assert demo_window.checks_panel.isVisible()


def test_another_mission_is_counted_when_selected(
    qtbot: QtBot, demo_window: MainWindow, demo_db: Database
) -> None:
    page = _show_overview(qtbot, demo_window)
    total = _count(
        demo_db,
        "SELECT count(*) FROM participant WHERE mission_id = :m AND status != 'cancelled'",
        "miami-2017",
    )
    with qtbot.waitSignal(page.refreshed, timeout=30_000):
        demo_window.select_mission("miami-2017")
    assert page.dashboard is not None and page.dashboard.mission.short == "miami-2017"
    assert _figure(page, "delegates").endswith(f" / {total}")


def test_a_change_made_in_the_window_is_counted_again(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    page = _show_overview(qtbot, demo_window)
    assert page.dashboard is not None
    before = page.dashboard.delegates_total
    demo_window.select_row(0)
    with qtbot.waitSignal(page.refreshed, timeout=30_000):
        demo_window.set_selected_status(ParticipantStatus.CANCELLED)
    qtbot.waitUntil(lambda: not page.running, timeout=30_000)
    assert page.dashboard is not None and page.dashboard.delegates_total == before - 1
    assert _figure(page, "delegates").endswith(f" / {before - 1}")
    with qtbot.waitSignal(page.refreshed, timeout=30_000):
        demo_window.undo_stack.undo()
    qtbot.waitUntil(lambda: not page.running, timeout=30_000)
    assert _figure(page, "delegates").endswith(f" / {before}")


def test_the_overview_speaks_french(qtbot: QtBot, demo_window: MainWindow) -> None:
    page = _show_overview(qtbot, demo_window)
    demo_window.set_language("fr")
    assert demo_window.mission_tabs.tabText(OVERVIEW_TAB) == "Vue d’ensemble"
    assert page.tiles["delegates"].heading.text() == "DÉLÉGUÉS"
    assert _figure(page, "departure").startswith("dans ")


def test_booklets_printed_meanwhile_are_counted_when_the_tab_is_shown_again(
    qtbot: QtBot, demo_window: MainWindow, demo_db: Database
) -> None:
    from delegation_app.services.booklet import booklets_data
    from delegation_app.services.print_changes import record_prints

    page = _show_overview(qtbot, demo_window)
    assert page.dashboard is not None
    before = page.dashboard.booklets_changed
    demo_window.show_roster()
    with demo_db.transaction() as session:
        mission_id = page.dashboard.mission.id
        people = [
            int(r[0])
            for r in session.execute(
                text(
                    "SELECT person_id FROM participant WHERE mission_id = :m"
                    " AND status != 'cancelled' ORDER BY person_id LIMIT 3"
                ),
                {"m": mission_id},
            )
        ]
        record_prints(
            session,
            mission_id,
            booklets_data(session, str(mission_id), [(p, None) for p in people]),
            at=None,
        )
    page = _show_overview(qtbot, demo_window)
    assert _figure(page, "booklets") == str(before - 3)
