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

# A table's columns (ui.table_layout) are kept under the table's own key, as "<table>/<part>".
COLUMNS = "columns"  # the header's saveState(): widths, order, hidden columns, sort
COLUMN_COUNT = "columnCount"  # how many columns that state is of
SIZED_COLUMNS = "sizedColumns"  # the columns the user gave a width ("1,3"), no longer fitted
#: Where the window kept the sort of a page's table before its columns were kept ("<page>/sort").
OLD_SORT = "sort"
# The tables.
WORKSHOPS_TABLE = "workshops"
LEADS_TABLE = "leads"
LEAD_HISTORY_TABLE = "leads/history"
LEAD_MEETINGS_TABLE = "leads/meetings"
LEAD_ACTIONS_TABLE = "leads/actions"
MEETINGS_TABLE = "meetings"
AGREEMENTS_TABLE = "agreements"
AGREEMENT_PARTIES_TABLE = "agreements/parties"
AGREEMENT_SIGNATORIES_TABLE = "agreements/signatories"
AGREEMENT_DOCUMENTS_TABLE = "agreements/documents"
AGREEMENT_COMMITMENTS_TABLE = "agreements/commitments"
AGREEMENT_HISTORY_TABLE = "agreements/history"
ITINERARY_TABLE = "itinerary"
PRINT_CHANGES_TABLE = "print/changes"
CHECKS_TABLE = "checks"
ROSTER_TABLE = "roster"


def app_settings() -> QSettings:
    """The user's settings, in the default format (tests point that format at a temp folder)."""
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def table_key(table: str, part: str) -> str:
    """The key of one part of a table's saved columns: ``table_key(LEADS_TABLE, COLUMNS)``."""
    return f"{table}/{part}"


def read_str(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default
