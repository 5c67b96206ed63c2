"""Where the window keeps its preferences (QSettings), under one organisation and name."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "Delegation"
APPLICATION = "Delegation"

# Keys, in one place so that a typo cannot silently lose a preference.
LANGUAGE = "language"
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER_STATE = "window/splitter"
ROSTER_HEADER = "roster/header"
ROSTER_SIZED_BY_USER = "roster/sizedByUser"
LAST_MISSION = "missions/last"
PRINT_FOLDER = "print/folder"
IMPORT_FOLDER = "import/folder"
BOOKLET_LANGUAGE = "booklet/language"  # "fr", "en" or "" (each delegate's own)
BOOKLET_PAGE_SIZE = "booklet/pageSize"  # "A4", "A5" or "Letter"


def app_settings() -> QSettings:
    """The user's settings, in the default format (tests point that format at a temp folder)."""
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def read_str(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default
