"""The missions list of the window: archived missions behind "Show archived missions"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from delegation_app.services.missions import update_mission
from delegation_app.storage.database import Database
from delegation_app.storage.models import MissionStatus
from tests.ui.sample_data import Sample
from ui.main_window import MainWindow
from ui.models import SUBTITLE_ROLE


def _shown(window: MainWindow) -> list[str]:
    proxy = window.missions_proxy
    return [str(proxy.index(row, 0).data(SUBTITLE_ROLE)) for row in range(proxy.rowCount())]


def test_archived_missions_show_only_when_asked(
    qtbot: QtBot, window: MainWindow, db: Database, sample: Sample
) -> None:
    with db.transaction() as session:
        update_mission(session, sample.toronto_id, status=MissionStatus.ARCHIVED)
    window.reload_missions()
    assert len(_shown(window)) == 1 and _shown(window)[0].startswith("Planned · ")
    box = window.show_archived_box
    assert box.text() == "Show archived missions" and not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert any(text.startswith("Archived · ") for text in _shown(window))
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert len(_shown(window)) == 1


def test_selecting_an_archived_mission_shows_the_archived_ones(
    window: MainWindow, db: Database, sample: Sample
) -> None:
    with db.transaction() as session:
        update_mission(session, sample.toronto_id, status=MissionStatus.ARCHIVED)
    window.reload_missions()
    assert window.select_mission("toronto-montreal-2019")
    assert window.show_archived_box.isChecked()
    assert window.current_mission is not None
    assert window.current_mission.short == "toronto-montreal-2019"
    assert window.mission_view.currentIndex().isValid()
