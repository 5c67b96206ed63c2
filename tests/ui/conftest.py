"""Qt fixtures: settings in a temporary folder, English by default, a sample database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from delegation_app.storage.database import Database
from tests.ui.sample_data import Sample, build_sample
from ui import settings as keys
from ui.i18n import translations
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: object) -> Iterator[QSettings]:
    """Never the user's real settings: the default format points into the test's folder."""
    folder = tmp_path / "settings"
    previous = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    settings = keys.app_settings()
    assert str(folder) in settings.fileName()
    yield settings
    translations.install("en")
    QSettings.setDefaultFormat(previous)


@pytest.fixture
def sample(db: Database) -> Sample:
    return build_sample(db)


@pytest.fixture
def window(qtbot: QtBot, db: Database, sample: Sample) -> Iterator[MainWindow]:
    win = MainWindow(db, language="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.select_mission("miami-2017")
    yield win
    win.runner.shutdown()
