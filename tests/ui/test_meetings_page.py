"""The B2B meetings tab on the demo database: the list, "Schedule all" with its preview,
applying and undoing the plan, locking a meeting."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from delegation_app.services.meeting_plan import Change, MeetingPlan
from delegation_app.services.meetings import list_meetings
from delegation_app.services.missions import resolve_mission_id
from delegation_app.storage.database import Database
from delegation_app.storage.models import MeetingStatus
from ui.main_window import MEETINGS_TAB, MainWindow
from ui.meetings_page import NOTE, WHEN, MeetingsPage, PlanDialog


@pytest.fixture
def demo_window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    win = MainWindow(demo_db, language="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.select_mission("toronto-montreal-2019")
    yield win
    win.runner.shutdown()


@pytest.fixture
def page(demo_window: MainWindow) -> MeetingsPage:
    return demo_window.show_meetings()


def statuses(db: Database) -> dict[int, MeetingStatus]:
    with db.reading() as session:
        mission_id = resolve_mission_id(session, "toronto-montreal-2019")
        return {m.id: m.status for m in list_meetings(session, mission_id)}


def schedule(qtbot: QtBot, page: MeetingsPage, *, accept: bool) -> tuple[MeetingPlan, PlanDialog]:
    seen: list[PlanDialog] = []

    def review(dialog: PlanDialog) -> bool:
        seen.append(dialog)
        return accept

    page.review = review
    with qtbot.waitSignal(page.planned, timeout=20_000) as planned:
        assert page.schedule_all() is not None
    qtbot.waitUntil(lambda: bool(seen))
    plan = planned.args[0] if planned.args else None
    assert isinstance(plan, MeetingPlan)
    return plan, seen[0]


def test_ctrl_5_shows_the_missions_meetings_and_sessions(demo_window: MainWindow) -> None:
    assert demo_window.show_meetings_action.shortcut().toString() == "Ctrl+5"
    demo_window.show_meetings_action.trigger()
    page = demo_window.meetings_page
    assert demo_window.mission_tabs.currentIndex() == MEETINGS_TAB
    assert demo_window.mission_tabs.tabText(MEETINGS_TAB) == "B2B meetings"
    rows = page.shown_rows()
    assert len(rows) == 24  # 9 from the mission's story, 15 requests waiting for a time
    assert sum(1 for r in rows if r.status is MeetingStatus.REQUESTED) == 15
    assert "3 tables, 20-minute slots" in page.sessions_label.text()
    assert "MaRS Discovery District" in page.sessions_label.text()
    page.search.setText("lakeshore")
    assert {r.organisation for r in page.shown_rows()} == {"Lakeshore Games Inc."}
    assert page.count_label.text() == "3 of 24 meetings"


def test_cancelling_the_preview_writes_nothing(
    qtbot: QtBot, page: MeetingsPage, demo_db: Database
) -> None:
    before = statuses(demo_db)
    plan, dialog = schedule(qtbot, page, accept=False)
    assert plan.placed == plan.bound == plan.requested == 16
    assert dialog.table.rowCount() == 15  # the new ones; kept and fixed are not listed
    assert statuses(demo_db) == before


def test_applying_the_plan_and_undoing_it(
    qtbot: QtBot, demo_window: MainWindow, page: MeetingsPage, demo_db: Database
) -> None:
    before = statuses(demo_db)
    plan, _ = schedule(qtbot, page, accept=True)
    assert plan.count(Change.NEW) == 15
    after = statuses(demo_db)
    assert sum(1 for s in after.values() if s is MeetingStatus.PROPOSED) == 15 + sum(
        1 for s in before.values() if s is MeetingStatus.PROPOSED
    )
    times = [r for r in page.shown_rows() if r.status is MeetingStatus.PROPOSED]
    assert all(page.model.data(page.model.index(page.model.rows.index(r), WHEN)) for r in times)
    assert demo_window.undo_stack.undoText() == "Schedule all meetings"
    demo_window.undo_stack.undo()
    assert statuses(demo_db) == before
    demo_window.undo_stack.redo()
    assert statuses(demo_db) == after


def test_a_meeting_locked_stays_and_the_lock_is_undoable(
    qtbot: QtBot, demo_window: MainWindow, page: MeetingsPage, demo_db: Database
) -> None:
    schedule(qtbot, page, accept=True)
    page.search.setText("Phocéen")  # Ömer Çelik's meeting with the music hub
    page.view.selectRow(0)
    meeting = page.current_meeting()
    assert meeting is not None and meeting.item_id is not None and not meeting.locked
    assert page.lock_button.isEnabled() and page.lock_button.text() == "&Lock"
    page.lock_button.click()
    locked = page.current_meeting()
    assert locked is not None and locked.locked
    assert page.lock_button.text() == "Un&lock"
    assert page.model.data(page.proxy.mapToSource(page.view.currentIndex()).siblingAtColumn(WHEN))
    plan, _ = schedule(qtbot, page, accept=False)
    assert {m.meeting_id: m.change for m in plan.meetings}[meeting.id] is Change.FIXED
    demo_window.undo_stack.undo()
    page.select(meeting.id)
    unlocked = page.current_meeting()
    assert unlocked is not None and not unlocked.locked


def test_a_request_that_cannot_be_placed_says_why(
    qtbot: QtBot, page: MeetingsPage, demo_db: Database
) -> None:
    from datetime import datetime

    from delegation_app.services import itinerary
    from delegation_app.storage.models import Audience, ItemKind

    with demo_db.transaction() as session:
        mission_id = resolve_mission_id(session, "toronto-montreal-2019")
        target = next(
            m for m in list_meetings(session, mission_id) if m.delegates == ("Karim Fabre",)
        )
        itinerary.create_item(
            session,
            mission_id=mission_id,
            kind=ItemKind.VISIT,
            title_fr="Visite de chantier",
            start_local=datetime(2019, 7, 9, 8),
            start_zone="America/Toronto",
            end_local=datetime(2019, 7, 9, 13),
            audience=Audience.PEOPLE,
            participant_ids=list(target.delegate_ids),
        )
    page.reload()
    plan, dialog = schedule(qtbot, page, accept=False)
    row = next(m for m in plan.meetings if m.meeting_id == target.id)
    assert row.change is Change.UNPLACED
    texts = [dialog.table.item(r, 5).text() for r in range(dialog.table.rowCount())]
    assert "nobody is free at the same time" in texts
    index = next(i for i, r in enumerate(page.model.rows) if r.id == target.id)
    assert page.model.data(page.model.index(index, NOTE)) == "nobody is free at the same time"


def test_schedule_all_shows_how_far_the_scheduler_is(qtbot: QtBot, page: MeetingsPage) -> None:
    from PySide6.QtCore import QObject, Slot

    from delegation_app.services.meeting_plan import PLAN_STEPS

    class Spy(QObject):
        """Lives in the window's thread, so it hears each step after the page did."""

        def __init__(self) -> None:
            super().__init__()
            self.seen: list[tuple[int, int, int]] = []

        @Slot(int, int)
        def heard(self, done: int, total: int) -> None:
            dialog = page._progress
            self.seen.append((done, total, dialog.maximum() if dialog is not None else -1))

    spy = Spy()
    page.review = lambda dialog: False
    with qtbot.waitSignal(page.planned, timeout=20_000):
        job = page.schedule_all()
        assert job is not None
        assert page._progress is not None and page._progress.maximum() == 0  # busy at first
        job.progress.connect(spy.heard)
    qtbot.waitUntil(lambda: page._job is None)
    seen = spy.seen
    assert seen, "the scheduler reported no step"
    assert all(total == PLAN_STEPS for _, total, _ in seen)
    assert all(maximum == PLAN_STEPS for *_, maximum in seen), seen  # a measured bar
    assert seen[-1][0] == PLAN_STEPS


def test_a_locked_meeting_shows_a_lock_icon_in_the_list(
    qtbot: QtBot, page: MeetingsPage, demo_db: Database
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QIcon

    schedule(qtbot, page, accept=True)
    page.search.setText("Phocéen")
    page.view.selectRow(0)
    page.lock_button.click()
    index = page.proxy.mapToSource(page.view.currentIndex()).siblingAtColumn(WHEN)
    decoration = page.model.data(index, Qt.ItemDataRole.DecorationRole)
    assert isinstance(decoration, QIcon) and not decoration.isNull()
    assert not str(page.model.data(index)).startswith("🔒")
