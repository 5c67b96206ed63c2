"""The roster and mission item models, read through the services from a sample database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from delegation_app.services.missions import list_missions
from delegation_app.services.roster import list_roster
from delegation_app.storage.database import Database
from tests.ui.sample_data import PASSPORT_NUMBER, Sample
from ui.models import (
    ITEM_ROLE,
    NAME,
    PASSPORT,
    ROSTER_COLUMNS,
    SUBTITLE_ROLE,
    MissionListModel,
    RosterFilterModel,
    RosterTableModel,
)
from ui.search import SEARCH_ROLE, SORT_ROLE

ALL_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    SORT_ROLE,
    SEARCH_ROLE,
)


def _roster(db: Database, mission_id: int) -> RosterTableModel:
    model = RosterTableModel("en")
    with db.reading() as session:
        model.set_entries(list_roster(session, mission_id))
    return model


def test_mission_model_lists_latest_first_with_status_dates_place_and_count(
    db: Database, sample: Sample
) -> None:
    model = MissionListModel("en")
    with db.reading() as session:
        model.set_missions(list_missions(session))
    titles = [model.index(r).data() for r in range(model.rowCount())]
    assert titles == [
        "Toronto and Montreal: creative industries and blue economy",
        "French Weeks in Miami",
    ]
    subtitle = model.index(1).data(SUBTITLE_ROLE).replace("\u2009", " ")
    assert subtitle == "Planned · Nov 5 – 10, 2017 · Miami · 8 delegates"
    model.set_language("fr")
    assert model.index(1).data() == "Semaines françaises de Miami"
    assert model.index(1).data(SUBTITLE_ROLE) == "Planned · 5–10 nov. 2017 · Miami · 8 delegates"


def test_passport_column_says_on_file_and_never_shows_the_number(
    db: Database, sample: Sample
) -> None:
    model = _roster(db, sample.miami_id)
    cells = {
        model.index(row, NAME).data(): model.index(row, PASSPORT).data()
        for row in range(model.rowCount())
    }
    assert cells["Durand, Hélène"] == "•••• on file"
    assert cells["Abadie, Zoé"] == "—"
    for row in range(model.rowCount()):
        for column in ROSTER_COLUMNS:
            for role in ALL_ROLES:
                value = model.index(row, column).data(role)
                assert PASSPORT_NUMBER not in str(value), (row, column, role)
        assert PASSPORT_NUMBER not in repr(model.index(row, 0).data(ITEM_ROLE))


def test_name_sorts_by_family_name_without_accents(db: Database, sample: Sample) -> None:
    model = _roster(db, sample.miami_id)
    proxy = RosterFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(NAME, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, NAME).data() for r in range(proxy.rowCount())]
    # "Étienne" files under E, between Durand and Ngo, not after Zerbib.
    assert names == [
        "Abadie, Zoé",
        "Aubert, Bernard",
        "Bellon, Yves",
        "Cohen, Sarah",
        "Durand, Hélène",
        "Étienne, Anne",
        "Ngo, Laëtitia",
        "Zerbib, Marc",
    ]


def test_filter_searches_name_organisation_and_groups(db: Database, sample: Sample) -> None:
    model = _roster(db, sample.miami_id)
    proxy = RosterFilterModel()
    proxy.setSourceModel(model)

    def shown(query: str) -> list[str]:
        proxy.set_query(query)
        return sorted(proxy.index(r, NAME).data() for r in range(proxy.rowCount()))

    assert shown("helene") == ["Durand, Hélène"]
    assert shown("ETIENNE") == ["Étienne, Anne"]
    assert shown("coeur") == ["Ngo, Laëtitia"]
    assert shown("metropole") == ["Aubert, Bernard"]
    assert shown("press") == ["Étienne, Anne"]
    assert shown("business zoe") == ["Abadie, Zoé"]
    assert len(shown("")) == sample.miami_count


def test_mission_filter_hides_archived_missions_until_asked(db: Database, sample: Sample) -> None:
    from delegation_app.services.missions import update_mission
    from delegation_app.storage.models import MissionStatus
    from ui.models import MissionFilterModel

    with db.transaction() as session:
        update_mission(session, sample.miami_id, status=MissionStatus.ARCHIVED)
    model = MissionListModel("en")
    with db.reading() as session:
        model.set_missions(list_missions(session))
    proxy = MissionFilterModel()
    proxy.setSourceModel(model)
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert shown == ["Toronto and Montreal: creative industries and blue economy"]
    proxy.set_show_archived(True)
    assert proxy.rowCount() == 2
    archived = proxy.index(1, 0).data(SUBTITLE_ROLE)
    assert archived.startswith("Archived · ")
