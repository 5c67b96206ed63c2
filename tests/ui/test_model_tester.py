"""Every item model and proxy of the window under Qt's model tester, on the demo missions.

Each model is filled as its page fills it (from the services, on the demo database), and once
empty. pytest-qt's ``qtmodeltester`` (the Python port, which fails with an assertion) and Qt's
own ``QAbstractItemModelTester`` (which warns) both walk it; then every cell's data and every
header are checked for what a view may ask: the types Qt expects for each role, nothing for an
invalid index or a section out of range.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QMessageLogContext,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QImage, QPixmap
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.modeltest import ModelTester

from delegation_app.interchange.roster_columns import guess_mapping
from delegation_app.interchange.roster_import import plan_roster_import
from delegation_app.interchange.tabular import read_table
from delegation_app.services.agenda import programme_for
from delegation_app.services.agreement_documents import list_documents
from delegation_app.services.agreements import get_agreement, register_rows
from delegation_app.services.checks import run_checks
from delegation_app.services.commitments import list_commitments
from delegation_app.services.itinerary import item_audiences
from delegation_app.services.meetings import list_meetings
from delegation_app.services.missions import get_mission, list_missions
from delegation_app.services.roster import list_roster
from delegation_app.storage.database import Database
from tests.ui.rosters import partner_csv
from ui.agreements_models import (
    CommitmentsModel,
    DocumentsModel,
    RegisterFilterModel,
    RegisterTableModel,
    history_model,
    parties_model,
    signatories_model,
)
from ui.checks_panel import FindingsFilterModel, FindingsModel
from ui.delegate_dialog import country_model
from ui.import_dialog import ColumnsModel, PreviewModel, ReviewFilterModel, ReviewModel
from ui.item_dialog import AttendanceModel, _DelegateFilter
from ui.itinerary_models import ItineraryFilterModel, ItineraryTableModel, make_rows
from ui.meetings_page import MeetingsModel
from ui.models import MissionFilterModel, MissionListModel, RosterFilterModel, RosterTableModel
from ui.search import SearchProxyModel

MIAMI, TORONTO, TWINNING = "miami-2017", "toronto-montreal-2019", "amp-miami-dade-2017"

#: What a view accepts for each role (Qt's model tester's table, for every cell).
ROLE_TYPES: dict[Qt.ItemDataRole, tuple[type, ...]] = {
    Qt.ItemDataRole.DisplayRole: (str,),
    Qt.ItemDataRole.EditRole: (str, int, float),
    Qt.ItemDataRole.ToolTipRole: (str,),
    Qt.ItemDataRole.StatusTipRole: (str,),
    Qt.ItemDataRole.WhatsThisRole: (str,),
    Qt.ItemDataRole.AccessibleTextRole: (str,),
    Qt.ItemDataRole.SizeHintRole: (QSize,),
    Qt.ItemDataRole.FontRole: (QFont,),
    Qt.ItemDataRole.BackgroundRole: (QColor, QBrush),
    Qt.ItemDataRole.ForegroundRole: (QColor, QBrush),
    Qt.ItemDataRole.DecorationRole: (QPixmap, QImage, QIcon, QColor, QBrush),
    Qt.ItemDataRole.TextAlignmentRole: (int, Qt.AlignmentFlag),
    Qt.ItemDataRole.CheckStateRole: (Qt.CheckState, int),
}

Builder = Callable[[Database, Path, bool], QAbstractItemModel]


def _proxy(proxy: QSortFilterProxyModel, source: QAbstractItemModel) -> QSortFilterProxyModel:
    source.setParent(proxy)  # the proxy keeps its source alive
    proxy.setSourceModel(source)
    return proxy


def _missions(db: Database, _folder: Path, filled: bool) -> MissionListModel:
    model = MissionListModel("en")
    if filled:
        with db.reading() as session:
            model.set_missions(list_missions(session))
    return model


def _roster(db: Database, _folder: Path, filled: bool) -> RosterTableModel:
    model = RosterTableModel("en")
    if filled:
        with db.reading() as session:
            model.set_entries(list_roster(session, get_mission(session, MIAMI).id))
    return model


def _itinerary(db: Database, _folder: Path, filled: bool) -> ItineraryTableModel:
    model = ItineraryTableModel("en")
    if filled:
        with db.reading() as session:
            mission = get_mission(session, MIAMI)
            rows = make_rows(
                programme_for(session, mission.id), item_audiences(session, mission.id)
            )
        model.set_rows(rows, mission.home_zone)
    return model


def _meetings(db: Database, _folder: Path, filled: bool) -> MeetingsModel:
    model = MeetingsModel("en")
    if filled:
        with db.reading() as session:
            rows = list_meetings(session, get_mission(session, TORONTO).id)
        model.set_rows(rows, {rows[0].id: "Nobody free at the same time"})
    return model


def _register(db: Database, _folder: Path, filled: bool) -> RegisterTableModel:
    model = RegisterTableModel("en")
    if filled:
        with db.reading() as session:
            model.set_rows(register_rows(session))
    return model


def _detail(kind: str) -> Builder:
    def build(db: Database, _folder: Path, filled: bool) -> QAbstractItemModel:
        makers = {
            "parties": parties_model,
            "signatories": signatories_model,
            "history": history_model,
            "documents": DocumentsModel,
            "commitments": CommitmentsModel,
        }
        model = makers[kind]("en")
        if filled:
            with db.reading() as session:
                agreement = get_agreement(session, TWINNING)
                items = {
                    "parties": agreement.parties,
                    "signatories": agreement.signatories,
                    "history": agreement.history,
                    "documents": list_documents(session, TWINNING),
                    "commitments": list_commitments(session, TWINNING),
                }[kind]
            model.set_items(items)  # type: ignore[attr-defined]
        return model

    return build


def _findings(db: Database, _folder: Path, filled: bool) -> FindingsModel:
    model = FindingsModel()
    if filled:
        with db.reading() as session:
            model.set_findings(run_checks(session, MIAMI, language="en"))
    return model


def _columns(_db: Database, folder: Path, filled: bool) -> ColumnsModel:
    model = ColumnsModel("en")
    if filled:
        table = read_table(partner_csv(folder))
        model.set_table(table, guess_mapping(table.headers))
    return model


def _preview(db: Database, folder: Path, filled: bool) -> PreviewModel:
    columns = _columns(db, folder, filled)
    model = PreviewModel(columns, "en")
    columns.setParent(model)
    if filled:
        model.set_table(read_table(partner_csv(folder)))
    return model


def _review(db: Database, folder: Path, filled: bool) -> ReviewModel:
    model = ReviewModel("en")
    if filled:
        table = read_table(partner_csv(folder))
        with db.reading() as session:
            plan = plan_roster_import(session, MIAMI, table, guess_mapping(table.headers))
        model.set_plan(plan, table)
    return model


def _attendance(db: Database, _folder: Path, filled: bool) -> AttendanceModel:
    if not filled:
        return AttendanceModel([])
    with db.reading() as session:
        delegates = list_roster(session, get_mission(session, MIAMI).id)
    model = AttendanceModel(delegates)
    model.set_state([delegates[0].participant_id], [delegates[1].participant_id])
    return model


def _countries(_db: Database, _folder: Path, filled: bool) -> QAbstractItemModel:
    return country_model("en") if filled else country_model("en").__class__()


def _filtered(proxy: Callable[[], QSortFilterProxyModel], source: Builder) -> Builder:
    def build(db: Database, folder: Path, filled: bool) -> QAbstractItemModel:
        return _proxy(proxy(), source(db, folder, filled))

    return build


MODELS: dict[str, Builder] = {
    "MissionListModel": _missions,
    "MissionFilterModel": _filtered(MissionFilterModel, _missions),
    "RosterTableModel": _roster,
    "RosterFilterModel": _filtered(RosterFilterModel, _roster),
    "ItineraryTableModel": _itinerary,
    "ItineraryFilterModel": _filtered(ItineraryFilterModel, _itinerary),
    "MeetingsModel": _meetings,
    "MeetingsModel behind its search": _filtered(SearchProxyModel, _meetings),
    "RegisterTableModel": _register,
    "RegisterFilterModel": _filtered(RegisterFilterModel, _register),
    "parties": _detail("parties"),
    "signatories": _detail("signatories"),
    "history": _detail("history"),
    "DocumentsModel": _detail("documents"),
    "CommitmentsModel": _detail("commitments"),
    "FindingsModel": _findings,
    "FindingsFilterModel": _filtered(FindingsFilterModel, _findings),
    "ColumnsModel": _columns,
    "PreviewModel": _preview,
    "ReviewModel": _review,
    "ReviewFilterModel": _filtered(ReviewFilterModel, _review),
    "AttendanceModel": _attendance,
    "AttendanceModel behind its search": _filtered(_DelegateFilter, _attendance),
    "country_model": _countries,
}


def check_every_cell(model: QAbstractItemModel) -> None:
    """What the testers leave out: every cell and header, and the indexes out of range."""
    rows = model.rowCount(QModelIndex())
    # A list model's columnCount is private in Qt (it has one column).
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for role, types in ROLE_TYPES.items():
        assert model.data(QModelIndex(), role) is None, role
        for row in range(rows):
            for column in range(columns):
                index = model.index(row, column)
                assert model.rowCount(index) == 0  # a flat model: no children
                value = model.data(index, role)
                assert value is None or isinstance(value, types), (row, column, role, value)
        for section in (-1, columns, columns + 5):
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            assert value is None, (section, role, value)
        for section in (-1, rows, rows + 5):
            assert model.headerData(section, Qt.Orientation.Vertical, role) is None
    if columns > 1:  # a table's columns are named (a list's one column has no header shown)
        for column in range(columns):
            heading = model.headerData(column, Qt.Orientation.Horizontal)
            assert isinstance(heading, str) and heading, (column, heading)


def exercise(model: QAbstractItemModel) -> None:
    """Sort by every column, filter and change the language: each signal runs the tester."""
    if isinstance(model, QSortFilterProxyModel):
        for column in range(model.columnCount(QModelIndex())):
            model.sort(column, Qt.SortOrder.AscendingOrder)
            model.sort(column, Qt.SortOrder.DescendingOrder)
        if hasattr(model, "set_query"):
            model.set_query("mia")
            model.set_query("")
        source = model.sourceModel()
    else:
        source = model
    if hasattr(source, "set_language"):
        source.set_language("fr")
        check_every_cell(model)
        source.set_language("en")


@contextmanager
def qt_warnings() -> Iterator[list[str]]:
    """The warnings Qt logs meanwhile (Qt's model tester reports its failures so)."""
    caught: list[str] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            caught.append(f"{context.category}: {message}")

    previous = qInstallMessageHandler(handler)
    try:
        yield caught
    finally:
        qInstallMessageHandler(previous)


@pytest.mark.parametrize("filled", [True, False], ids=["demo", "empty"])
@pytest.mark.parametrize("name", list(MODELS))
def test_model_passes_the_model_testers_and_answers_every_cell(
    name: str, filled: bool, demo_db: Database, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    model = MODELS[name](demo_db, tmp_path, filled)
    assert (model.rowCount(QModelIndex()) > 0) == filled  # the demo has rows for every model
    with qt_warnings() as warnings:
        holder = QObject()
        QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Warning, holder
        )
        qtmodeltester.check(model, force_py=True)
        check_every_cell(model)
        exercise(model)
    assert warnings == []


def test_qt_model_tester_failures_are_caught() -> None:
    """The check above would see Qt's tester fail: a table whose cells all claim children."""

    class Broken(QAbstractTableModel):
        def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 2

        def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 2

        def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
            return "x" if role == Qt.ItemDataRole.DisplayRole else None

    model, holder = Broken(), QObject()
    with qt_warnings() as warnings:
        QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Warning, holder
        )
    assert warnings and all(w.startswith("qt.modeltest: FAIL!") for w in warnings)


def test_a_locked_meeting_shows_a_padlock_icon_not_a_character_fonts_lack(
    demo_db: Database,
) -> None:
    model = MeetingsModel("en")
    with demo_db.reading() as session:
        model.set_rows(list_meetings(session, get_mission(session, MIAMI).id))
    locked = [n for n, row in enumerate(model.rows) if row.locked]
    assert locked and len(locked) < len(model.rows)
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        decoration = index.data(Qt.ItemDataRole.DecorationRole)
        assert isinstance(decoration, QIcon) == (row in locked)
        assert "\N{LOCK}" not in index.data()
    assert not model.index(locked[0], 0).data(Qt.ItemDataRole.DecorationRole).isNull()
