"""The main window: missions on the left, the selected mission on the right with its roster,
its itinerary, the agreements register (the mission's, or all) and its B2B meetings in tabs.

The window is built in two steps so that it shows before the core is loaded. ``MainWindow()``
builds the frame (menus, toolbar, the missions pane, the status bar, at their saved size) from
PySide6 alone; ``attach(db)`` then builds what shows the data, whose modules import SQLAlchemy
and the services (most of a second). This module therefore imports only PySide6 and light ui
modules at its top: the core is imported where it is used, in code that runs once attached.
``MainWindow(db)`` does both steps at once.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDir,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui import settings as keys
from ui.i18n import LANGUAGES, arg, translations
from ui.icons import icon

if TYPE_CHECKING:  # imported where they are used, once the window is attached to a database
    from delegation_app.interchange.roster_import import ImportResult
    from delegation_app.services.missions import MissionView
    from delegation_app.services.roster import GroupView, RosterEntry
    from delegation_app.storage.database import Database
    from delegation_app.storage.kinds import GroupKind, ParticipantStatus
    from ui.agreements_page import AgreementsPage
    from ui.checks_panel import ChecksPanel
    from ui.commands import SetStatusCommand
    from ui.delegate_dialog import DelegateDialog
    from ui.import_dialog import ImportRosterDialog
    from ui.itinerary_page import ItineraryPage
    from ui.leads_page import LeadsPage
    from ui.meetings_page import MeetingsPage
    from ui.models import (
        MissionFilterModel,
        MissionListModel,
        RosterFilterModel,
        RosterTableModel,
    )
    from ui.overview_page import OverviewPage
    from ui.print_page import PrintPage
    from ui.roster_commands import ChangeGroupsCommand, EditDelegateCommand
    from ui.workers import BookletBatchJob, BookletJob, BookletRequest, JobRunner
    from ui.workshops_page import WorkshopsPage

#: Endonyms: each language is offered in its own name, whatever the current one.
LANGUAGE_MENU = {"fr": "Français", "en": "English"}
#: The missions and the mission shown with its roster and groups, as the window got them.
FirstShown = tuple[
    tuple["MissionView", ...],
    "tuple[MissionView, tuple[RosterEntry, ...], tuple[GroupView, ...]] | None",
]


def _shown(
    missions: Sequence[MissionView],
    first: tuple[MissionView, Sequence[RosterEntry], Sequence[GroupView]] | None,
) -> FirstShown:
    """What the window shows, in a form to compare (lists and tuples alike)."""
    return tuple(missions), None if first is None else (first[0], tuple(first[1]), tuple(first[2]))


STATUS_MESSAGE_MS = 15_000
#: Which tab of the mission was shown last (a setting, beside ``ui.settings``' own keys).
MISSION_TAB_KEY = "window/missionTab"

# --- the mission's pages ----------------------------------------------------------------------
#
# A page is a widget in a tab beside the roster. To add one: write its builder (a function of
# the window and the database returning the page, wired to the window's signals; it imports
# the page's module itself, so that the window still shows before the core is loaded), then
# add a line to PAGES. The window makes the tab, builds the page in its turn once the roster
# shows (or at once when the tab is chosen first), gives it the mission and the language, and
# remembers the tab shown. A page has ``set_mission(MissionView | None)``,
# ``set_language(str)``, ``ensure_loaded()`` and a ``search`` box (Ctrl+F); ``set_active(bool)``
# (told whether its tab shows), ``flush_dialog()`` and ``shutdown()`` (at close) when it has
# them. Add its module to ``ui.startup.LATER_MODULES`` for it to be imported ahead.


def _itinerary_page(window: MainWindow, db: Database) -> ItineraryPage:
    from ui.itinerary_page import ItineraryPage

    page = ItineraryPage(
        db,
        window.undo_stack,
        language=window.language,
        settings=window.settings,
        runner=window.runner,
    )
    page.changed.connect(window._on_itinerary_changed)
    page.status_message.connect(window._show_status)
    window.fill_itinerary_menu(page)
    return page


def _agreements_page(window: MainWindow, db: Database) -> AgreementsPage:
    from ui.agreements_page import AgreementsPage

    page = AgreementsPage(db, window.undo_stack, window.runner, language=window.language)
    page.changed.connect(window._on_itinerary_changed)  # the checks follow
    page.status_message.connect(window._show_status)
    return page


def _meetings_page(window: MainWindow, db: Database) -> MeetingsPage:
    from ui.meetings_page import MeetingsPage

    page = MeetingsPage(db, window.undo_stack, window.runner, language=window.language)
    page.changed.connect(window._on_meetings_changed)
    page.status_message.connect(window._show_status)
    return page


def _workshops_page(window: MainWindow, db: Database) -> WorkshopsPage:
    from ui.workshops_page import WorkshopsPage

    page = WorkshopsPage(db, window.undo_stack, language=window.language)
    page.changed.connect(window._on_meetings_changed)  # items: itinerary, checks
    page.status_message.connect(window._show_status)
    return page


def _leads_page(window: MainWindow, db: Database) -> LeadsPage:
    from ui.leads_page import LeadsPage

    page = LeadsPage(db, window.undo_stack, language=window.language)
    page.changed.connect(window._on_itinerary_changed)  # overdue actions: checks
    page.status_message.connect(window._show_status)
    return page


def _overview_page(window: MainWindow, db: Database) -> OverviewPage:
    from ui.overview_page import OverviewPage

    page = OverviewPage(db, language=window.language)
    page.open_page.connect(window._open_from_overview)
    window.undo_stack.indexChanged.connect(page.mark_stale)  # every change
    return page


def _print_page(window: MainWindow, db: Database) -> PrintPage:
    from ui.print_page import PrintPage

    page = PrintPage(db, window.runner, language=window.language, settings=window.settings)
    page.selected_people = window.selected_entries
    page.status_message.connect(window._show_status)
    return page


@dataclass(frozen=True)
class PageSpec:
    """One tab of the mission: its name (in the settings, and for ``MainWindow.page``), its
    title (translated when shown) and what builds its page."""

    key: str
    title: Callable[[], str]
    build: Callable[[MainWindow, Database], QWidget]


#: The mission's pages other than the roster (built when first shown).
PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "itinerary", lambda: QCoreApplication.translate("MainWindow", "Itinerary"), _itinerary_page
    ),
    PageSpec(
        "agreements",
        lambda: QCoreApplication.translate("MainWindow", "Agreements"),
        _agreements_page,
    ),
    PageSpec(
        "meetings", lambda: QCoreApplication.translate("MainWindow", "B2B meetings"), _meetings_page
    ),
    PageSpec(
        "workshops", lambda: QCoreApplication.translate("MainWindow", "Workshops"), _workshops_page
    ),
    PageSpec("leads", lambda: QCoreApplication.translate("MainWindow", "Leads"), _leads_page),
    PageSpec(
        "overview", lambda: QCoreApplication.translate("MainWindow", "Overview"), _overview_page
    ),
    PageSpec("print", lambda: QCoreApplication.translate("MainWindow", "Print"), _print_page),
)
#: The mission's tabs, in their order: the overview first, as the mission at a glance; then
#: the order of a mission's preparation. The roster is the tab shown at the first start (it
#: is what the first look fills, see ui.startup); the last tab shown is shown again after.
TAB_ORDER = (
    *("overview", "roster", "itinerary", "agreements"),
    *("meetings", "workshops", "leads", "print"),
)
ROSTER_TAB = TAB_ORDER.index("roster")
#: The tab of each page, by its key.
TAB_OF = {spec.key: TAB_ORDER.index(spec.key) for spec in PAGES}
ITINERARY_TAB, AGREEMENTS_TAB, MEETINGS_TAB = (
    TAB_OF["itinerary"],
    TAB_OF["agreements"],
    TAB_OF["meetings"],
)
WORKSHOPS_TAB, LEADS_TAB, OVERVIEW_TAB, PRINT_TAB = (
    TAB_OF["workshops"],
    TAB_OF["leads"],
    TAB_OF["overview"],
    TAB_OF["print"],
)
#: The tab names saved in the settings, by index.
TAB_KEYS = {ROSTER_TAB: "roster", **{index: key for key, index in TAB_OF.items()}}
#: The itinerary page's two views (``ui.itinerary_page.LIST`` and ``DAY_VIEW``).
ITINERARY_LIST, ITINERARY_DAYS = "list", "day"


def _sort_key(page: str) -> str:
    """The setting that keeps how a page's table is sorted."""
    return f"{page}/sort"


def _sorted_table(page: QWidget) -> QTableView | None:
    """The page's main table (its ``view``), when the user can sort it."""
    view = getattr(page, "view", None)
    return view if isinstance(view, QTableView) and view.isSortingEnabled() else None


def _booklet_language(language: str) -> str:
    from ui.workers import BOOKLET_LANGUAGES

    return language if language in BOOKLET_LANGUAGES else "en"


class MainWindow(QMainWindow):
    """Missions, one mission's header, roster and pages, printing of booklets."""

    #: Emitted with the file's path once a booklet is written.
    booklet_saved = Signal(str)
    #: Emitted with the sentence shown when a booklet could not be written.
    booklet_failed = Signal(str)
    #: Emitted with the number of booklets written by "Print all booklets".
    booklets_saved = Signal(int)
    #: Emitted with the status bar's sentence once a roster file is imported.
    roster_imported = Signal(str)
    #: Emitted once every page is built (at once with ``attach``, or a turn later each).
    pages_built = Signal()
    #: Emitted when the window closes (the program quits, or stops opening the database).
    closed = Signal()

    # Made by attach(), with the roster's widgets.
    missions_model: MissionListModel
    missions_proxy: MissionFilterModel
    roster_model: RosterTableModel
    roster_proxy: RosterFilterModel
    roster_view: QTableView
    roster_search: QLineEdit
    mission_tabs: QTabWidget

    def __init__(
        self,
        db: Database | None = None,
        *,
        language: str = "en",
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._language = language
        self._settings = settings if settings is not None else keys.app_settings()
        self._mission: MissionView | None = None
        self._groups: tuple[GroupView, ...] = ()
        self.undo_stack = QUndoStack(self)
        self._progress: QProgressDialog | None = None
        self._batch_folder = Path()
        self.import_dialog: ImportRosterDialog | None = None
        self.delegate_dialog: DelegateDialog | None = None
        # Columns follow their content (and the window) until the user resizes one by hand.
        self._sized_by_user = False
        self._fitting = False
        self._dock_sized = False
        # Built by attach(): the pages one by one, each the first time it is needed.
        self._checks_panel: ChecksPanel | None = None
        self._pages: dict[str, QWidget] = {}  # built so far, by key (see PAGES)
        self._page_steps: list[str] = []
        self._modules_to_import: list[str] = []
        self._read_roster: tuple[int, Sequence[RosterEntry], Sequence[GroupView]] | None = None
        # What shows the data (the missions' model, the roster) is built by show_first_look
        # or attach, whichever comes first; the first look is kept until attach compares it.
        self._core_built = False
        self._first_look: FirstShown | None = None

        self.setObjectName("MainWindow")
        self.setWindowIcon(icon("delegation"))
        self.setAcceptDrops(True)  # a roster file dropped on the window is imported
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_frame()
        self._build_status_bar()
        self._retranslate_frame()
        self._restore_frame_state()
        if db is not None:
            self.attach(db)

    @property
    def attached(self) -> bool:
        """Whether the window shows a database (``attach`` has run)."""
        return self._db is not None

    @property
    def db(self) -> Database:
        if self._db is None:
            raise RuntimeError("the window is not attached to a database yet")
        return self._db

    def attach(
        self,
        db: Database,
        missions: Sequence[MissionView] | None = None,
        first: tuple[MissionView, Sequence[RosterEntry], Sequence[GroupView]] | None = None,
        *,
        build_pages: bool = True,
    ) -> None:
        """Show ``db``: build the roster, show the missions (read now, or as given:
        ``missions``, and ``first``, the mission to select with its roster and groups), then
        build the pages. Without ``build_pages``, only the page of the tab shown is built:
        ``build_pages_in_turns`` builds the others, or each is built when first needed."""
        from ui.workers import JobRunner

        if self._db is not None:
            raise RuntimeError("the window is already attached to a database")
        self._db = db
        self._runner = JobRunner(self)
        self.statusBar().clearMessage()  # what it said while the database opened
        self._page_steps = ["checks", *(spec.key for spec in PAGES)]
        looked, self._first_look = self._first_look, None
        if not self._core_built:
            self._build_core()
            self._retranslate_core()
            self._restore_core_state()  # builds the page of the saved tab, which shows
        else:
            self._show_database_label()
            self._on_mission_tab(self.mission_tabs.currentIndex())  # its page, now
        for action in self._data_actions:
            action.setEnabled(True)
        if missions is None:
            self.reload_missions(select_short=keys.read_str(self._settings, keys.LAST_MISSION))
        elif (
            looked is not None
            and looked == _shown(missions, first)
            and (first is None or self._mission == first[0])
        ):
            # The open database says what the first look said, on the mission still shown:
            # nothing to show again (the coordinator keeps their scroll and selection).
            self._update_actions()
        elif looked is not None and self._mission is not None:
            # Changed since the first look, or another mission chosen meanwhile: that one.
            shown = self._mission.short
            self._show_missions(
                missions, first if first and first[0].short == shown else None, keep=shown
            )
        else:
            self._show_missions(missions, first)
        if build_pages:
            self.finish_building()

    def show_first_look(
        self,
        missions: Sequence[MissionView],
        first: tuple[MissionView, Sequence[RosterEntry], Sequence[GroupView]] | None,
    ) -> None:
        """Show the missions and the first roster read before the database is open (see
        ``delegation_app.services.first_look``): to read at once, to change once ``attach``
        has run (until then the actions that change or print stay disabled)."""
        if self._core_built:
            return
        self._build_core()
        self._retranslate_core()
        self._restore_core_state()
        self._first_look = _shown(missions, first)
        self._show_missions(missions, first)

    # --- construction ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.import_action = QAction(icon("document-open"), "", self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_roster)
        self.edit_delegate_action = QAction(icon("document-edit"), "", self)
        self.edit_delegate_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_delegate_action.triggered.connect(self.edit_delegate)
        self.print_action = QAction(icon("document-print"), "", self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_booklet)
        self.print_all_action = QAction(icon("view-paged"), "", self)
        self.print_all_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.print_all_action.triggered.connect(self.print_all_booklets)
        self.undo_action = QAction(icon("edit-undo"), "", self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction(icon("edit-redo"), "", self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self._update_undo_actions)
        self.undo_stack.canRedoChanged.connect(self._update_undo_actions)
        self.undo_stack.undoTextChanged.connect(self._update_undo_actions)
        self.undo_stack.redoTextChanged.connect(self._update_undo_actions)
        self.status_actions: dict[ParticipantStatus, QAction] = {}  # one per status, attached
        # Until the checks panel exists, a stand-in holds its place in the toolbar and menu;
        # the panel's own show/hide action replaces it.
        self.checks_action = QAction(self)
        self._style_checks_action(self.checks_action)
        self.checks_action.setEnabled(False)
        self.refresh_action = QAction(icon("view-refresh"), "", self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.find_action = QAction(icon("edit-find"), "", self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_roster_search)
        self.find_mission_action = QAction(self)
        self.find_mission_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.find_mission_action.triggered.connect(self.focus_mission_search)
        self.show_roster_action = QAction(self)
        self.show_roster_action.setShortcut(QKeySequence("Ctrl+1"))
        self.show_roster_action.triggered.connect(self.show_roster)
        self.show_itinerary_action = QAction(self)
        self.show_itinerary_action.setShortcut(QKeySequence("Ctrl+2"))
        self.show_itinerary_action.triggered.connect(lambda: self.show_itinerary(ITINERARY_LIST))
        self.show_day_action = QAction(self)
        self.show_day_action.setShortcut(QKeySequence("Ctrl+3"))
        self.show_day_action.triggered.connect(lambda: self.show_itinerary(ITINERARY_DAYS))
        self.show_agreements_action = QAction(self)
        self.show_agreements_action.setShortcut(QKeySequence("Ctrl+4"))
        self.show_agreements_action.triggered.connect(self.show_agreements)
        self.show_meetings_action = QAction(self)
        self.show_meetings_action.setShortcut(QKeySequence("Ctrl+5"))
        self.show_meetings_action.triggered.connect(self.show_meetings)
        self.show_workshops_action = QAction(self)
        self.show_workshops_action.setShortcut(QKeySequence("Ctrl+6"))
        self.show_workshops_action.triggered.connect(self.show_workshops)
        self.show_leads_action = QAction(self)
        self.show_leads_action.setShortcut(QKeySequence("Ctrl+7"))
        self.show_leads_action.triggered.connect(self.show_leads)
        self.show_overview_action = QAction(self)
        self.show_overview_action.setShortcut(QKeySequence("Ctrl+9"))
        self.show_overview_action.triggered.connect(
            lambda: self.mission_tabs.setCurrentIndex(OVERVIEW_TAB)
        )
        self.preferences_action = QAction(icon("preferences-system"), "", self)
        self.preferences_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence("Ctrl+,")]
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self._open_preferences)
        self.show_print_action = QAction(self)
        self.show_print_action.setShortcut(QKeySequence("Ctrl+8"))
        self.show_print_action.triggered.connect(self.show_print_page)
        self.quit_action = QAction(icon("application-exit"), "", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.diagnostics_action = QAction(self)
        self.diagnostics_action.triggered.connect(self.copy_diagnostics)
        self.about_action = QAction(icon("help-about"), "", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(LANGUAGE_MENU[code], self, checkable=True)
            action.setData(code)
            action.setChecked(code == self._language)
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.language_group.triggered.connect(self._on_language_chosen)
        # Until attached, only what needs no database acts.
        self._data_actions = [
            self.import_action,
            self.edit_delegate_action,
            self.print_action,
            self.print_all_action,
            self.refresh_action,
            self.find_action,
            self.show_roster_action,
            self.show_itinerary_action,
            self.show_day_action,
            self.show_agreements_action,
            self.show_meetings_action,
            self.show_workshops_action,
            self.show_leads_action,
            self.show_overview_action,
            self.show_print_action,
            self.preferences_action,
            self.diagnostics_action,
        ]
        for action in self._data_actions:
            action.setEnabled(False)

    def _style_checks_action(self, action: QAction) -> None:
        action.setShortcut(QKeySequence(Qt.Key.Key_F7))
        action.setIcon(icon("dialog-warning"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.print_action)
        self.file_menu.addAction(self.print_all_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.edit_delegate_action)
        self.status_menu = self.edit_menu.addMenu("")
        self.status_menu.setEnabled(False)
        self.add_group_menu = self.edit_menu.addMenu("")
        self.add_group_menu.setEnabled(False)
        self.add_group_menu.aboutToShow.connect(
            lambda: self._fill_group_menu(self.add_group_menu, True)
        )
        self.remove_group_menu = self.edit_menu.addMenu("")
        self.remove_group_menu.setEnabled(False)
        self.remove_group_menu.aboutToShow.connect(
            lambda: self._fill_group_menu(self.remove_group_menu, False)
        )
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)
        # Filled with the itinerary page's own actions once the page is built.
        self.itinerary_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.show_roster_action)
        self.view_menu.addAction(self.show_itinerary_action)
        self.view_menu.addAction(self.show_day_action)
        self.view_menu.addAction(self.show_agreements_action)
        self.view_menu.addAction(self.show_meetings_action)
        self.view_menu.addAction(self.show_workshops_action)
        self.view_menu.addAction(self.show_leads_action)
        self.view_menu.addAction(self.show_overview_action)
        self.view_menu.addAction(self.show_print_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.checks_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.find_mission_action)
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.diagnostics_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.import_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.print_action)
        self.toolbar.addAction(self.print_all_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.checks_action)
        self.toolbar.addAction(self.refresh_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_frame(self) -> None:
        """The missions pane and the right-hand side's place, before any data."""
        self.mission_search = QLineEdit()
        self.mission_search.setClearButtonEnabled(True)
        self.mission_search.setAcceptDrops(False)  # a dropped file goes to the window
        self.mission_search.addAction(icon("edit-find"), QLineEdit.ActionPosition.LeadingPosition)
        self.mission_view = QListView()
        self.mission_view.setUniformItemSizes(False)  # a long title takes a second line
        self.mission_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.mission_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mission_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mission_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.missions_heading = QLabel()
        self.missions_heading.setObjectName("paneHeading")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 10, 4, 10)
        left_layout.setSpacing(6)
        left_layout.addWidget(self.missions_heading)
        left_layout.addWidget(self.mission_search)
        left_layout.addWidget(self.mission_view, 1)
        self.show_archived_box = QCheckBox()
        self.show_archived_box.setObjectName("showArchived")
        left_layout.addWidget(self.show_archived_box)

        # Right: "opening…" until attached, then "no mission yet" or the selected mission.
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(40)
        self.right_stack = QStackedWidget()
        self.right_stack.addWidget(self.empty_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 1070])
        left.setMinimumWidth(240)
        self.setCentralWidget(self.splitter)

    def _build_core(self) -> None:
        """What shows the data: the missions' model, the mission's header, its roster, the
        tabs (each page built later into its tab) and the status actions."""
        from delegation_app.storage.kinds import ParticipantStatus
        from ui.delegates import MissionItemDelegate
        from ui.models import (
            NAME,
            MissionFilterModel,
            MissionListModel,
            RosterFilterModel,
            RosterTableModel,
        )

        language = self._language
        self.missions_model = MissionListModel(language, self)
        self.missions_proxy = MissionFilterModel(self)
        self.missions_proxy.setSourceModel(self.missions_model)
        self.roster_model = RosterTableModel(language, self)
        self.roster_proxy = RosterFilterModel(self)
        self.roster_proxy.setSourceModel(self.roster_model)
        self.mission_search.textChanged.connect(self.missions_proxy.set_query)
        self.show_archived_box.toggled.connect(self.missions_proxy.set_show_archived)
        self.mission_view.setModel(self.missions_proxy)
        self.mission_view.setItemDelegate(MissionItemDelegate(self.mission_view))
        self.mission_view.selectionModel().currentChanged.connect(self._on_mission_current)

        for status in ParticipantStatus:
            action = QAction(self)
            action.setData(status.value)
            action.triggered.connect(self._on_status_action)
            self.status_actions[status] = action
        self.status_menu.addActions(list(self.status_actions.values()))

        self.title_label = QLabel()
        self.title_label.setObjectName("missionTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.45)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.meta_label = QLabel()
        self.meta_label.setObjectName("missionMeta")
        self.meta_label.setWordWrap(True)
        self.stops_label = QLabel()
        self.stops_label.setObjectName("missionStops")
        self.stops_label.setTextFormat(Qt.TextFormat.RichText)
        self.stops_label.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("missionCount")
        header = QFrame()
        header.setObjectName("missionHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(2, 0, 2, 4)
        header_layout.setSpacing(3)
        for label in (self.title_label, self.meta_label, self.stops_label, self.count_label):
            header_layout.addWidget(label)

        self.roster_search = QLineEdit()
        self.roster_search.setClearButtonEnabled(True)
        self.roster_search.setAcceptDrops(False)
        self.roster_search.addAction(icon("edit-find"), QLineEdit.ActionPosition.LeadingPosition)
        self.roster_search.textChanged.connect(self._on_roster_query)
        self.roster_search.returnPressed.connect(self._focus_first_delegate)
        self.roster_search.setMaximumWidth(460)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.currentIndexChanged.connect(self._on_status_filter)
        self.group_filter = QComboBox()
        self.group_filter.setObjectName("groupFilter")
        self.group_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group_filter.setMaximumWidth(320)
        self.group_filter.currentIndexChanged.connect(self._on_group_filter)
        search_row = QHBoxLayout()
        search_row.setContentsMargins(0, 0, 0, 0)
        search_row.addWidget(self.roster_search, 1)
        search_row.addWidget(self.status_filter)
        search_row.addWidget(self.group_filter)
        search_row.addStretch(0)

        self.roster_view = QTableView()
        self.roster_view.setObjectName("rosterView")
        self.roster_view.setModel(self.roster_proxy)
        self.roster_view.setSortingEnabled(True)
        self.roster_view.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.roster_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roster_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.roster_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roster_view.setAlternatingRowColors(True)
        self.roster_view.setShowGrid(False)
        self.roster_view.setWordWrap(False)
        self.roster_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.roster_view.verticalHeader().hide()
        self.roster_view.verticalHeader().setDefaultSectionSize(
            self.roster_view.fontMetrics().height() + 10
        )
        columns = self.roster_view.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setSectionsMovable(True)
        columns.setStretchLastSection(True)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setMinimumSectionSize(60)
        columns.sectionResized.connect(self._on_column_resized)
        self.roster_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.roster_view.customContextMenuRequested.connect(self._show_roster_menu)
        self.roster_view.doubleClicked.connect(self._on_delegate_activated)
        # Enter opens the delegate's record, as double-clicking does; Ctrl+P prints.
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.roster_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_delegate)
        self.roster_view.selectionModel().selectionChanged.connect(self._update_actions)

        roster_tab = QWidget()
        roster_layout = QVBoxLayout(roster_tab)
        roster_layout.setContentsMargins(6, 8, 6, 6)
        roster_layout.setSpacing(8)
        roster_layout.addLayout(search_row)
        roster_layout.addWidget(self.roster_view, 1)
        self.mission_tabs = QTabWidget()
        self.mission_tabs.setObjectName("missionTabs")
        self.mission_tabs.setDocumentMode(True)
        # The other tabs hold their page once it is built (see _build_page).
        self._page_tabs: dict[int, QVBoxLayout] = {}
        for index, key in enumerate(TAB_ORDER):
            if key == "roster":
                self.mission_tabs.addTab(roster_tab, "")
                continue
            page_area = QWidget()
            layout = QVBoxLayout(page_area)
            layout.setContentsMargins(6, 8, 6, 6)
            self._page_tabs[index] = layout
            # A page taller than the room left (the agreements page needs 450 px, and the checks
            # panel under it more) scrolls instead of pushing the window past a 768 px screen.
            tab = QScrollArea()
            tab.setWidgetResizable(True)
            tab.setFrameShape(QFrame.Shape.NoFrame)
            tab.setWidget(page_area)
            self.mission_tabs.addTab(tab, "")
        # Before following the tabs: the overview, added first, is not built at start.
        self.mission_tabs.setCurrentIndex(ROSTER_TAB)
        self.mission_tabs.currentChanged.connect(self._on_mission_tab)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(8, 10, 10, 10)
        details_layout.setSpacing(6)
        details_layout.addWidget(header)
        details_layout.addWidget(self.mission_tabs, 1)
        self.right_stack.addWidget(details)
        self._core_built = True

    # --- the pages, built one at a time ---------------------------------------------------

    @property
    def checks_panel(self) -> ChecksPanel:
        if self._checks_panel is None:
            self._build_page("checks")
        assert self._checks_panel is not None
        return self._checks_panel

    def page(self, key: str) -> QWidget:
        """The page of ``PAGES`` named ``key``, built now if it was not yet."""
        if key not in self._pages:
            self._build_page(key)
        return self._pages[key]

    @property
    def itinerary_page(self) -> ItineraryPage:
        return self.page("itinerary")  # type: ignore[return-value]

    @property
    def agreements_page(self) -> AgreementsPage:
        return self.page("agreements")  # type: ignore[return-value]

    @property
    def meetings_page(self) -> MeetingsPage:
        return self.page("meetings")  # type: ignore[return-value]

    @property
    def workshops_page(self) -> WorkshopsPage:
        return self.page("workshops")  # type: ignore[return-value]

    @property
    def leads_page(self) -> LeadsPage:
        return self.page("leads")  # type: ignore[return-value]

    @property
    def overview_page(self) -> OverviewPage:
        return self.page("overview")  # type: ignore[return-value]

    @property
    def print_page(self) -> PrintPage:
        return self.page("print")  # type: ignore[return-value]

    @property
    def _itinerary_page(self) -> ItineraryPage | None:
        return self._pages.get("itinerary")  # type: ignore[return-value]

    @property
    def settings(self) -> QSettings:
        return self._settings

    def _built_pages(self) -> list[QWidget]:
        return list(self._pages.values())

    def build_pages_in_turns(self, modules: Sequence[str] = ()) -> None:
        """Import ``modules``, then build the pages not built yet, one of either per turn of
        the event loop, so that no turn keeps the window from answering for long."""
        self._modules_to_import = list(modules)
        QTimer.singleShot(0, self._build_next_page)

    @Slot()
    def _build_next_page(self) -> None:
        if self._modules_to_import:
            import importlib

            importlib.import_module(self._modules_to_import.pop(0))
        elif self._page_steps:
            self._build_page(self._page_steps[0])
        if self._modules_to_import or self._page_steps:
            QTimer.singleShot(0, self._build_next_page)

    def finish_building(self) -> None:
        """Build every page not built yet (all of them at once)."""
        while self._page_steps:
            self._build_page(self._page_steps[0])

    def _build_page(self, name: str) -> None:
        if name not in self._page_steps:
            return
        self._page_steps.remove(name)
        if name == "checks":
            self._build_checks_panel(self.db)
        else:
            spec = next(spec for spec in PAGES if spec.key == name)
            page = spec.build(self, self.db)
            self._pages[name] = page
            tab = TAB_OF[name]
            self._page_tabs[tab].addWidget(page)
            if hasattr(page, "set_active"):
                page.set_active(self.mission_tabs.currentIndex() == tab)
            page.set_mission(self._mission)  # type: ignore[attr-defined]
            self._restore_sort(name, page)
        if not self._page_steps:
            self.pages_built.emit()

    def _restore_sort(self, name: str, page: QWidget) -> None:
        """The page's table sorted as it was when the window last closed."""
        view = _sorted_table(page)
        saved = keys.read_str(self._settings, _sort_key(name))
        column, _, order = saved.partition(",")
        if view is None or not (column.isdigit() and order in {"0", "1"}):
            return
        model = view.model()
        if model is not None and int(column) < model.columnCount():
            view.sortByColumn(int(column), Qt.SortOrder(int(order)))

    def _build_checks_panel(self, db: Database) -> None:
        from ui.checks_panel import ChecksPanel

        panel = ChecksPanel(db, self)
        panel.participant_activated.connect(self.select_participant)
        panel.item_activated.connect(self.show_item)
        panel.agreement_activated.connect(self.show_agreement)
        self._checks_panel = panel
        # The saved layout was read before the panel existed: Qt kept the panel's part of it
        # (where it was, and whether it showed). Without one, F7 shows it.
        self._dock_sized = self.restoreDockWidget(panel)
        if not self._dock_sized:
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, panel)
            panel.hide()
        panel.visibilityChanged.connect(self._size_checks_panel)
        # The panel's own action takes the stand-in's place in the toolbar and the menu.
        stand_in, action = self.checks_action, panel.toggleViewAction()
        self._style_checks_action(action)
        for widget in (self.toolbar, self.view_menu):
            widget.insertAction(stand_in, action)
            widget.removeAction(stand_in)
        self.checks_action = action
        stand_in.deleteLater()
        panel.retranslate()
        self._retranslate_checks_action()
        panel.set_mission(self._mission.id if self._mission else None)

    def fill_itinerary_menu(self, page: ItineraryPage) -> None:
        """The Itinerary menu: the itinerary page's own actions."""
        menu = self.itinerary_menu
        menu.addAction(page.new_action)
        menu.addAction(page.edit_action)
        menu.addAction(page.duplicate_action)
        menu.addAction(page.delete_action)
        menu.addSeparator()
        menu.addAction(page.earlier_action)
        menu.addAction(page.later_action)
        menu.addAction(page.day_earlier_action)
        menu.addAction(page.day_later_action)
        menu.addSeparator()
        menu.addAction(page.previous_day_action)
        menu.addAction(page.next_day_action)
        menu.addSeparator()
        # The day view's columns; choosing them from the menu also shows the day.
        self.day_columns_menu = menu.addMenu(self.tr("Day &columns"))
        for action in page.day_view.columns_actions.values():
            self.day_columns_menu.addAction(action)
            action.triggered.connect(lambda _checked=False: self.show_itinerary(ITINERARY_DAYS))

    def _build_status_bar(self) -> None:
        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLabel")
        self.count_status = QLabel()
        self.count_status.setObjectName("rosterCount")
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.count_status)

    def _first_size(self) -> QSize:
        """1400x860, or less on a smaller screen: the whole window on a 1366x768 laptop."""
        wanted = QSize(1400, 860)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return wanted
        room = screen.availableGeometry().size()
        # The window manager's title bar and borders come on top of the size asked for.
        return wanted.boundedTo(QSize(room.width() - 16, room.height() - 40))

    def _restore_frame_state(self) -> None:
        geometry = self._settings.value(keys.WINDOW_GEOMETRY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(self._first_size())
        state = self._settings.value(keys.WINDOW_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)  # the checks panel's part is applied when it is built
        splitter = self._settings.value(keys.SPLITTER_STATE)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def _restore_core_state(self) -> None:
        header = self._settings.value(keys.ROSTER_HEADER)
        if isinstance(header, QByteArray) and self.roster_view.horizontalHeader().restoreState(
            header
        ):
            self._sized_by_user = keys.read_str(self._settings, keys.ROSTER_SIZED_BY_USER) == "1"
        saved_tab = keys.read_str(self._settings, MISSION_TAB_KEY)
        for index, name in TAB_KEYS.items():
            if name == saved_tab and index != ROSTER_TAB:
                self.mission_tabs.setCurrentIndex(index)

    def save_state(self) -> None:
        self._settings.setValue(keys.WINDOW_GEOMETRY, self.saveGeometry())
        if self._db is None:  # closed while opening: only the frame was shown
            self._settings.sync()
            return
        if self._checks_panel is not None:  # else the saved layout would lose the panel's
            self._settings.setValue(keys.WINDOW_STATE, self.saveState())
        self._settings.setValue(keys.SPLITTER_STATE, self.splitter.saveState())
        self._settings.setValue(keys.ROSTER_HEADER, self.roster_view.horizontalHeader().saveState())
        self._settings.setValue(keys.ROSTER_SIZED_BY_USER, "1" if self._sized_by_user else "0")
        for name, page in self._pages.items():
            if (view := _sorted_table(page)) is not None:
                header = view.horizontalHeader()
                order = header.sortIndicatorOrder().value
                self._settings.setValue(_sort_key(name), f"{header.sortIndicatorSection()},{order}")
        tab = TAB_KEYS.get(self.mission_tabs.currentIndex(), TAB_KEYS[ROSTER_TAB])
        self._settings.setValue(MISSION_TAB_KEY, tab)
        if self._mission is not None:
            self._settings.setValue(keys.LAST_MISSION, self._mission.short)
        self._settings.sync()

    # --- language -------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language

    def retranslate(self) -> None:
        """Every visible text, again: at start and when the language changes."""
        self._retranslate_frame()
        if self._core_built:
            self._retranslate_core()

    def _retranslate_frame(self) -> None:
        self.setWindowTitle(self.tr("Delegation"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.status_menu.setTitle(self.tr("Set &status"))
        self.add_group_menu.setTitle(self.tr("Add to &group"))
        self.remove_group_menu.setTitle(self.tr("Remo&ve from group"))
        self.edit_delegate_action.setText(self.tr("&Edit delegate…"))
        self.edit_delegate_action.setToolTip(
            arg(
                self.tr("Open the selected delegate's record (%1, Enter or double-click)"),
                self.edit_delegate_action.shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            )
        )
        self._update_undo_actions()
        self._retranslate_checks_action()
        self.view_menu.setTitle(self.tr("&View"))
        self.itinerary_menu.setTitle(self.tr("I&tinerary"))
        self.show_roster_action.setText(self.tr("&Roster"))
        self.show_itinerary_action.setText(self.tr("&Itinerary (list)"))
        self.show_day_action.setText(self.tr("Itinerary by &day"))
        self.show_agreements_action.setText(self.tr("&Agreements"))
        self.show_meetings_action.setText(self.tr("B2B &meetings"))
        self.show_workshops_action.setText(self.tr("&Workshops"))
        self.show_leads_action.setText(self.tr("L&eads"))
        self.show_overview_action.setText(self.tr("&Overview"))
        self.show_print_action.setText(self.tr("&Print page"))
        self.preferences_action.setText(self.tr("Pre&ferences…"))
        self.show_archived_box.setText(self.tr("Show archived missions"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.import_action.setText(self.tr("&Import roster…"))
        self.import_action.setToolTip(
            arg(
                self.tr(
                    "Import delegates from a CSV or XLSX file into the selected mission (%1); "
                    "you can also drop the file on the window"
                ),
                self.import_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self.print_action.setText(self.tr("&Print booklet…"))
        self.print_action.setToolTip(
            arg(
                self.tr("Print the selected delegate's personal booklet (%1)"),
                self.print_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self.print_all_action.setText(self.tr("Print &all booklets…"))
        self.print_all_action.setToolTip(
            self.tr("Print the booklet of every delegate of the mission into a folder")
        )
        self.refresh_action.setText(self.tr("&Refresh"))
        self.refresh_action.setToolTip(self.tr("Read the missions and the roster again"))
        self.find_action.setText(self.tr("&Find a delegate"))
        self.find_mission_action.setText(self.tr("Find a &mission"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About Delegation"))
        self.diagnostics_action.setText(self.tr("Copy &diagnostic information"))
        self.diagnostics_action.setStatusTip(
            self.tr("Versions, paths and recent errors for support, without personal data")
        )
        self.missions_heading.setText(self.tr("Missions"))
        self.mission_search.setPlaceholderText(self.tr("Search missions…"))
        if self._db is None:
            self.empty_label.setText(self.tr("Opening the database…"))

    def _retranslate_checks_action(self) -> None:
        if self._checks_panel is None:  # the stand-in: the panel names itself once built
            self.checks_action.setText(self.tr("Checks"))
        self.checks_action.setToolTip(
            self.tr("Show or hide the checks to run before departure (F7)")
        )

    def _retranslate_core(self) -> None:
        from ui.labels import status_label

        for status, action in self.status_actions.items():
            action.setText(status_label(status))
        if self._checks_panel is not None:
            self._checks_panel.retranslate()
        self.mission_tabs.setTabText(ROSTER_TAB, self.tr("Roster"))
        for spec in PAGES:
            self.mission_tabs.setTabText(TAB_OF[spec.key], spec.title())
        self.roster_search.setPlaceholderText(self.tr("Search by name, organisation or group…"))
        self.status_filter.setToolTip(self.tr("Show the delegates of one status"))
        self.group_filter.setToolTip(self.tr("Show the members of one group"))
        self._fill_filters()
        self.empty_label.setText(
            self.tr(
                "No mission in this database yet.\n"
                "Create one, or import a roster, with the delegation-cli command."
            )
        )
        self._show_database_label()
        self.missions_model.set_language(self._language)
        self.roster_model.set_language(self._language)
        for page in self._built_pages():
            page.set_language(self._language)  # type: ignore[attr-defined]
        if self._itinerary_page is not None:
            self.day_columns_menu.setTitle(self.tr("Day &columns"))
        self._refit_columns()  # the headings and labels changed width
        self._show_header()
        self._update_count()

    def _show_database_label(self) -> None:
        if self._db is not None and self._db.path is not None:
            self.database_label.setText(
                arg(self.tr("Database: %1"), QDir.toNativeSeparators(str(self._db.path)))
            )

    def show_opening(self, text: str) -> None:
        """What the window says while the database opens (the demo being written, say)."""
        self.empty_label.setText(text)
        self.statusBar().showMessage(text)

    def set_language(self, language: str) -> None:
        """Switch the window (and Qt's own dialogs) to ``language``, now and at next start."""
        if language not in LANGUAGES:
            return
        self._language = language
        translations.install(language)
        self._settings.setValue(keys.LANGUAGE, language)
        self.language_actions[language].setChecked(True)
        self.retranslate()

    @Slot(QAction)
    def _on_language_chosen(self, action: QAction) -> None:
        self.set_language(str(action.data()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- missions -------------------------------------------------------------------------

    def reload_missions(self, select_short: str | None = None) -> None:
        """Read the missions again and select ``select_short`` (else keep, else the first)."""
        from delegation_app.services.missions import list_missions

        keep = select_short or (self._mission.short if self._mission else None)
        with self.db.reading() as session:
            missions = list_missions(session)
        self._show_missions(missions, keep=keep)

    def _show_missions(
        self,
        missions: Sequence[MissionView],
        first: tuple[MissionView, Sequence[RosterEntry], Sequence[GroupView]] | None = None,
        *,
        keep: str | None = None,
    ) -> None:
        """List ``missions`` and select ``keep`` (else the first); ``first``, when given, is
        the mission to select with its roster and groups, already read."""
        self.missions_model.set_missions(list(missions))
        has_missions = bool(missions)
        self.right_stack.setCurrentIndex(1 if has_missions else 0)
        if not has_missions:
            self._mission = None
            self._groups = ()
            self.roster_model.set_entries([])
            self._fill_filters()
            if self._checks_panel is not None:
                self._checks_panel.set_mission(None)
            for page in self._built_pages():
                page.set_mission(None)
            self._update_count()
            self._update_actions()
            return
        if first is not None:
            mission, entries, groups = first
            keep = mission.short
            self._read_roster = (mission.id, entries, groups)
        row = self.missions_model.row_of(keep) if keep else None
        self.select_mission_row(row if row is not None else 0)
        self._read_roster = None

    def select_mission_row(self, source_row: int) -> None:
        proxy_index = self.missions_proxy.mapFromSource(self.missions_model.index(source_row))
        if not proxy_index.isValid():  # hidden by the search or archived: show it anyway
            from delegation_app.storage.kinds import MissionStatus

            self.mission_search.clear()
            if self.missions_model.mission_at(source_row).status == MissionStatus.ARCHIVED:
                self.show_archived_box.setChecked(True)
            proxy_index = self.missions_proxy.mapFromSource(self.missions_model.index(source_row))
        self.mission_view.selectionModel().setCurrentIndex(
            proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.mission_view.scrollTo(proxy_index)
        # setCurrentIndex does not signal when the row was already current: load anyway.
        mission = self.missions_model.mission_at(source_row)
        if self._mission is None or self._mission.id != mission.id:
            self.show_mission(mission)

    def select_mission(self, short: str) -> bool:
        row = self.missions_model.row_of(short)
        if row is None:
            return False
        self.select_mission_row(row)
        return True

    @property
    def current_mission(self) -> MissionView | None:
        return self._mission

    @Slot(QModelIndex, QModelIndex)
    def _on_mission_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        source = self.missions_proxy.mapToSource(current)
        self.show_mission(self.missions_model.mission_at(source.row()))

    def show_mission(self, mission: MissionView) -> None:
        """Fill the header and the roster of ``mission`` from the services."""
        read = self._read_roster
        if read is not None and read[0] == mission.id:  # read by the thread that opened
            _id, entries, groups = read
        elif self._db is None:  # another mission chosen during the first look: shown once open
            entries, groups = [], []
            self.statusBar().showMessage(self.tr("Opening the database…"))
        else:
            from delegation_app.services.roster import list_groups, list_roster

            with self.db.reading() as session:
                entries = list_roster(session, mission.id)
                groups = list_groups(session, mission.id)
        self._mission = mission
        self._groups = tuple(groups)
        self.roster_model.set_entries(list(entries))
        self._fill_filters()
        if self._checks_panel is not None:
            self._checks_panel.set_mission(mission.id)
        page = self._itinerary_page
        if page is not None and page.mission is not None and page.mission.id != mission.id:
            page.flush_dialog()  # an editor open on another mission's item
        for each in self._built_pages():
            each.set_mission(mission)
        self._refit_columns()
        self._show_header()
        self._update_count()
        self._update_actions()

    def _show_header(self) -> None:
        from ui.formatting import country_name, date_range, stop_offsets, zone_name
        from ui.labels import mission_status_label

        mission = self._mission
        if mission is None:
            for label in (self.title_label, self.meta_label, self.stops_label, self.count_label):
                label.clear()
            return
        language = self._language
        self.title_label.setText(mission.title(language))
        dates = date_range(mission.start_date, mission.end_date, language)
        meta = [dates, mission.partner_event or "", mission_status_label(mission.status)]
        self.meta_label.setText(" · ".join(part for part in meta if part))
        lines = []
        for stop in mission.stops:
            when = date_range(stop.start_date, stop.end_date, language, with_year=False)
            zone = f"{zone_name(stop.zone, language)} ({stop_offsets(stop)})"
            country = country_name(stop.country, language)
            lines.append(
                f"<b>{html.escape(stop.city)}</b>, {html.escape(country)}"
                f" &nbsp;·&nbsp; {html.escape(when)}"
                f" &nbsp;·&nbsp; <span title='{html.escape(stop.zone)}'>{html.escape(zone)}</span>"
            )
        self.stops_label.setText("<br>".join(lines))
        self.stops_label.setToolTip("\n".join(f"{s.city}: {s.zone}" for s in mission.stops))
        self.count_label.setText(self._count_summary())

    def _count_summary(self) -> str:
        from delegation_app.storage.kinds import ParticipantStatus
        from ui.labels import delegates_count

        entries = self.roster_model.entries
        active = [e for e in entries if e.status != ParticipantStatus.CANCELLED]
        text = delegates_count(len(active))
        cancelled = len(entries) - len(active)
        if cancelled:
            text += " · " + arg(self.tr("%1 cancelled"), cancelled)
        return text

    # --- roster ---------------------------------------------------------------------------

    @Slot(str)
    def _on_roster_query(self, text: str) -> None:
        self.roster_proxy.set_query(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.roster_proxy.rowCount(), self.roster_model.rowCount()
        self.count_status.setText(arg(self.tr("%1 of %2 delegates"), shown, total))

    def _update_actions(self) -> None:
        if self._db is None:  # the first look: nothing changes or prints before the opening
            for menu in (self.status_menu, self.add_group_menu, self.remove_group_menu):
                menu.setEnabled(False)
            return
        self.import_action.setEnabled(self._mission is not None)
        selected = self.selected_entries()
        self.print_action.setEnabled(len(selected) == 1)
        self.edit_delegate_action.setEnabled(len(selected) == 1)
        self.status_menu.setEnabled(bool(selected))
        self.add_group_menu.setEnabled(bool(selected))
        self.remove_group_menu.setEnabled(any(e.groups for e in selected))
        statuses = {e.status for e in selected}
        for status, action in self.status_actions.items():
            action.setEnabled(bool(selected) and statuses != {status})
        self.print_all_action.setEnabled(self.roster_model.rowCount() > 0)

    def current_entry(self) -> RosterEntry | None:
        """The selected delegate the keyboard is on, else the first selected one, if any."""
        selection = self.roster_view.selectionModel()
        if selection is None:
            return None
        current = self.roster_view.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row(), QModelIndex()):
            return self.roster_proxy.entry_at(current.row())
        rows = selection.selectedRows()
        return self.roster_proxy.entry_at(rows[0].row()) if rows else None

    def selected_entries(self) -> list[RosterEntry]:
        """Every selected delegate, in the order the roster shows them."""
        selection = self.roster_view.selectionModel()
        if selection is None:
            return []
        rows = sorted(index.row() for index in selection.selectedRows())
        return [self.roster_proxy.entry_at(row) for row in rows]

    def select_participants(self, participant_ids: Iterable[int]) -> int:
        """Select the delegates shown among ``participant_ids``; returns how many."""
        wanted = set(participant_ids)
        proxy = self.roster_proxy
        selection = QItemSelection()
        first: QModelIndex | None = None
        for row in range(proxy.rowCount()):
            if proxy.entry_at(row).participant_id in wanted:
                selection.select(proxy.index(row, 0), proxy.index(row, proxy.columnCount() - 1))
                first = first or proxy.index(row, 0)
        model = self.roster_view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        if first is None:
            return 0
        model.setCurrentIndex(first, flags.NoUpdate)
        model.select(selection, flags.ClearAndSelect | flags.Rows)
        self.roster_view.scrollTo(first)
        return len(selection.indexes()) // max(proxy.columnCount(), 1)

    def show_item(self, item_id: int) -> bool:
        """Show one itinerary item in the whole programme (a conflict's item, say)."""
        self.mission_tabs.setCurrentIndex(ITINERARY_TAB)
        page = self.itinerary_page
        page.ensure_loaded()
        if not page.select(item_id):
            page.search.clear()
            page.show_agenda_of(None)
            if not page.select(item_id):
                return False
        page.focus_view()
        return True

    def select_participant(self, participant_id: int) -> bool:
        """Select one delegate, clearing the search and filters if they hide them."""
        if not any(e.participant_id == participant_id for e in self.roster_model.entries):
            return False
        self.mission_tabs.setCurrentIndex(ROSTER_TAB)
        if not self.select_participants([participant_id]):
            self.clear_roster_filters()
            self.select_participants([participant_id])
        self.roster_view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def select_row(self, row: int) -> None:
        """Select only the roster's ``row`` (whatever keys are held, unlike selectRow)."""
        index = self.roster_proxy.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        model = self.roster_view.selectionModel()
        model.setCurrentIndex(index, flags.NoUpdate)
        model.select(index, flags.ClearAndSelect | flags.Rows)

    def select_delegate(self, person_short: str) -> bool:
        for row in range(self.roster_proxy.rowCount()):
            if self.roster_proxy.entry_at(row).short == person_short:
                self.select_row(row)
                self.roster_view.scrollTo(self.roster_proxy.index(row, 0))
                return True
        return False

    @Slot()
    def focus_roster_search(self) -> None:
        """Ctrl+F: the search box of the tab shown (the roster's or the itinerary's)."""
        key = TAB_KEYS.get(self.mission_tabs.currentIndex(), "roster")
        # The tab's own search box, if it has one (the overview and the print page have none).
        search = self.roster_search if key == "roster" else getattr(self.page(key), "search", None)
        if search is None:
            return
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    # --- itinerary ------------------------------------------------------------------------

    @Slot()
    def show_roster(self) -> None:
        self.mission_tabs.setCurrentIndex(ROSTER_TAB)
        self.roster_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_itinerary(self, view: str | None = None) -> ItineraryPage:
        """The itinerary tab, as a list or by day when ``view`` says which."""
        self.mission_tabs.setCurrentIndex(ITINERARY_TAB)
        self.itinerary_page.ensure_loaded()
        if view is not None:
            self.itinerary_page.set_view(view)
        self.itinerary_page.focus_view()
        return self.itinerary_page

    @Slot(int)
    def show_agreement(self, agreement_id: int) -> bool:
        """The agreements tab, on one agreement (from a finding of the checks)."""
        page = self.show_agreements()
        return page.show_agreement(agreement_id)

    @Slot()
    def show_agreements(self) -> AgreementsPage:
        """The agreements tab: the mission's register (or every mission's, when asked)."""
        self.mission_tabs.setCurrentIndex(AGREEMENTS_TAB)
        self.agreements_page.ensure_loaded()
        self.agreements_page.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return self.agreements_page

    @Slot()
    def show_meetings(self) -> MeetingsPage:
        """The B2B meetings tab: the mission's requests and meetings, and "Schedule all"."""
        self.mission_tabs.setCurrentIndex(MEETINGS_TAB)
        self.meetings_page.ensure_loaded()
        self.meetings_page.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return self.meetings_page

    @Slot(str)
    def _open_from_overview(self, page: str) -> None:
        """A tile of the overview was clicked: show the page it counts."""
        if page == "checks":
            self.checks_panel.show()
            self.checks_panel.raise_()
        elif page == "print":
            self.show_print_page()
        else:
            {
                "roster": self.show_roster,
                "itinerary": lambda: self.show_itinerary(ITINERARY_LIST),
                "agreements": self.show_agreements,
                "meetings": self.show_meetings,
                "leads": self.show_leads,
                "workshops": self.show_workshops,
            }[page]()

    @Slot()
    def show_workshops(self) -> WorkshopsPage:
        """The workshops tab: the mission's workshops, their seats and speakers."""
        self.mission_tabs.setCurrentIndex(WORKSHOPS_TAB)
        self.workshops_page.ensure_loaded()
        self.workshops_page.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return self.workshops_page

    @Slot()
    def show_leads(self) -> LeadsPage:
        """The leads tab: the prospect companies of the mission (or of every mission)."""
        self.mission_tabs.setCurrentIndex(LEADS_TAB)
        self.leads_page.ensure_loaded()
        self.leads_page.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return self.leads_page

    @Slot()
    def show_print_page(self) -> PrintPage:
        """The Print tab: every paper of the mission, and the booklets changed since printed."""
        self.mission_tabs.setCurrentIndex(PRINT_TAB)
        self.print_page.ensure_loaded()
        self.print_page.print_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return self.print_page

    @Slot()
    def _open_preferences(self) -> None:
        from ui.preferences_dialog import open_preferences

        open_preferences(self, self._db, self._settings)

    @Slot()
    def _on_meetings_changed(self) -> None:
        # Scheduled meetings are itinerary items: the itinerary and the checks follow.
        if self._mission is not None and self._itinerary_page is not None:
            self._itinerary_page.set_mission(self._mission)
        self._on_itinerary_changed()

    @Slot(int)
    def _on_mission_tab(self, index: int) -> None:
        key = TAB_KEYS.get(index)
        if key in TAB_OF:
            self._build_page(key)  # shown now: built now, if it was not yet
        for name, page in self._pages.items():
            if hasattr(page, "set_active"):
                page.set_active(TAB_OF[name] == index)

    @Slot()
    def _on_itinerary_changed(self) -> None:
        self._recheck()

    def _recheck(self) -> None:
        """The shown mission changed: its checks are out of date (read again if shown)."""
        if self._checks_panel is not None:
            self._checks_panel.set_mission(
                self._mission.id if self._mission else None, changed=True
            )

    @Slot(str)
    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    @Slot()
    def focus_mission_search(self) -> None:
        self.mission_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.mission_search.selectAll()

    @Slot()
    def _focus_first_delegate(self) -> None:
        if self.roster_proxy.rowCount():
            self.select_row(0)
            self.roster_view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(QModelIndex)
    def _on_delegate_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.select_row(index.row())
            self.edit_delegate()

    @Slot(QPoint)
    def _show_roster_menu(self, position: QPoint) -> None:
        if self._db is None:  # the first look: its actions wait for the opening
            return
        index = self.roster_view.indexAt(position)
        selection = self.roster_view.selectionModel()
        # A right-click inside the selection acts on all of it; elsewhere, on that row.
        if index.isValid() and not selection.isRowSelected(index.row(), QModelIndex()):
            self.select_row(index.row())
        menu = self.roster_menu()
        menu.exec(self.roster_view.viewport().mapToGlobal(position))

    def roster_menu(self) -> QMenu:
        """The roster's context menu, for the delegates selected now."""
        menu = QMenu(self)
        menu.addAction(self.edit_delegate_action)
        menu.addAction(self.print_action)
        menu.addAction(self.print_all_action)
        menu.addSeparator()
        selected = self.selected_entries()
        count = len(selected)
        status_menu = menu.addMenu(
            self.tr("Set &status")
            if count <= 1
            else arg(self.tr("Set the &status of %1 delegates"), count)
        )
        status_menu.setEnabled(count > 0)
        status_menu.addActions(list(self.status_actions.values()))
        add_menu = menu.addMenu(
            self.tr("Add to &group")
            if count <= 1
            else arg(self.tr("Add %1 delegates to a &group"), count)
        )
        add_menu.setObjectName("addToGroupMenu")
        add_menu.setEnabled(count > 0)
        self._fill_group_menu(add_menu, True)
        remove_menu = menu.addMenu(
            self.tr("Remo&ve from group")
            if count <= 1
            else arg(self.tr("Remo&ve %1 delegates from a group"), count)
        )
        remove_menu.setObjectName("removeFromGroupMenu")
        remove_menu.setEnabled(any(e.groups for e in selected))
        self._fill_group_menu(remove_menu, False)
        return menu

    @Slot()
    def refresh(self) -> None:
        self.reload_current()
        self._recheck()
        self.statusBar().showMessage(self.tr("Missions and roster read again."), 4000)

    # --- filters --------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        """The status and group boxes, with counts, keeping what was chosen when it exists."""
        from delegation_app.storage.kinds import ParticipantStatus
        from ui.labels import status_label

        entries = self.roster_model.entries
        status = self.roster_proxy.status
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for each in ParticipantStatus:
            count = sum(1 for e in entries if e.status == each)
            self.status_filter.addItem(f"{status_label(each)} ({count})", each.value)
        self.status_filter.setCurrentIndex(
            max(self.status_filter.findData(status.value if status else ""), 0)
        )
        self.status_filter.blockSignals(False)

        group = self.roster_proxy.group
        names = [g.name for g in self._groups]
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All groups"), "")
        for name in names:
            count = sum(1 for e in entries if name in e.groups)
            self.group_filter.addItem(f"{name} ({count})", name)
        self.group_filter.setCurrentIndex(max(self.group_filter.findData(group or ""), 0))
        self.group_filter.blockSignals(False)
        # A group of the previous mission that this one does not have shows everyone.
        self.roster_proxy.set_group(group if group in names else None)
        self._update_count()

    @Slot(int)
    def _on_status_filter(self, index: int) -> None:
        from delegation_app.storage.kinds import ParticipantStatus

        value = self.status_filter.itemData(index)
        self.roster_proxy.set_status(ParticipantStatus(value) if value else None)
        self._update_count()

    @Slot(int)
    def _on_group_filter(self, index: int) -> None:
        value = self.group_filter.itemData(index)
        self.roster_proxy.set_group(str(value) if value else None)
        self._update_count()

    def set_status_filter(self, status: ParticipantStatus | None) -> None:
        self.status_filter.setCurrentIndex(
            max(self.status_filter.findData(status.value if status else ""), 0)
        )

    def set_group_filter(self, group: str | None) -> None:
        self.group_filter.setCurrentIndex(max(self.group_filter.findData(group or ""), 0))

    def clear_roster_filters(self) -> None:
        self.roster_search.clear()
        self.set_status_filter(None)
        self.set_group_filter(None)

    # --- status changes and undo ----------------------------------------------------------

    @Slot()
    def _on_status_action(self) -> None:
        from delegation_app.storage.kinds import ParticipantStatus

        action = self.sender()
        if isinstance(action, QAction):
            self.set_selected_status(ParticipantStatus(str(action.data())))

    def set_selected_status(self, status: ParticipantStatus) -> SetStatusCommand | None:
        """Give every selected delegate ``status``, in one transaction, undoably."""
        from ui.commands import SetStatusCommand

        entries = [e for e in self.selected_entries() if e.status != status]
        if not entries:
            return None
        command = SetStatusCommand(
            self.db,
            entries,
            status,
            changed=self._on_statuses_written,
            failed=self._on_status_failed,
        )
        self.undo_stack.push(command)  # runs the command's redo: the write itself
        return command

    def _on_statuses_written(self, participant_ids: tuple[int, ...]) -> None:
        self.reload_current()
        self.select_participants(participant_ids)
        self._recheck()

    def _on_status_failed(self, message: str) -> None:
        self.reload_current()
        QMessageBox.warning(self, self.tr("The status could not be changed"), message)

    # --- a delegate's record, and groups of many ------------------------------------------

    @Slot()
    def edit_delegate(self) -> DelegateDialog | None:
        """Open the record of the delegate the keyboard is on (Enter, double-click, Ctrl+E);
        OK writes the changes through the undo stack."""
        from delegation_app.services.roster import delegate_detail
        from ui.delegate_dialog import DelegateDialog, load_delegate_choices

        entry, mission = self.current_entry(), self._mission
        if self._db is None:  # the first look: the record opens once the database is open
            self.statusBar().showMessage(self.tr("Opening the database…"), 4000)
            return None
        if entry is None or mission is None:
            self.statusBar().showMessage(self.tr("Select a delegate first."), 4000)
            return None
        if self.delegate_dialog is not None:
            self.delegate_dialog.raise_()
            return self.delegate_dialog
        with self.db.reading() as session:
            detail = delegate_detail(session, entry.participant_id)
            choices = load_delegate_choices(session, mission)
        dialog = DelegateDialog(self.db, detail, choices, language=self._language, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._write_delegate(dialog))
        dialog.destroyed.connect(self._forget_delegate_dialog)
        self.delegate_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _forget_delegate_dialog(self) -> None:
        self.delegate_dialog = None

    def _write_delegate(self, dialog: DelegateDialog) -> EditDelegateCommand | None:
        from ui.roster_commands import EditDelegateCommand

        changes = dialog.changes
        if not changes:
            return None
        command = EditDelegateCommand(
            self.db,
            dialog.detail.participant_id,
            changes,
            dialog.detail.full_name,
            changed=self._on_delegates_written,
            failed=self._on_delegate_failed,
        )
        self.undo_stack.push(command)
        return command

    def _on_delegates_written(self, participant_ids: tuple[int, ...]) -> None:
        self.reload_current()
        self.select_participants(participant_ids)
        self._recheck()

    def _on_delegate_failed(self, message: str) -> None:
        self.reload_current()
        QMessageBox.warning(self, self.tr("The delegate could not be changed"), message)

    def _group_ids(self, entry: RosterEntry) -> set[int]:
        by_name = {g.name: g.id for g in self._groups}
        return {by_name[name] for name in entry.groups if name in by_name}

    def _fill_group_menu(self, menu: QMenu, add: bool) -> None:
        """Each group of the mission: those that would change something enabled; "New
        group…" at the end of the adding menu."""
        menu.clear()
        selected = self.selected_entries()
        memberships = [self._group_ids(e) for e in selected]
        for group in self._groups:
            members = sum(1 for groups in memberships if group.id in groups)
            if not add and members == 0:
                continue
            action = menu.addAction(group.name)
            action.setData(group.id)
            action.setEnabled(bool(selected) and (members < len(selected) if add else True))
            if add:
                action.triggered.connect(
                    lambda _checked=False, g=group.id: self.add_selected_to_group(g)
                )
            else:
                action.triggered.connect(
                    lambda _checked=False, g=group.id: self.remove_selected_from_group(g)
                )
        if add:
            if self._groups:
                menu.addSeparator()
            new = menu.addAction(self.tr("&New group…"))
            new.setObjectName("newGroupAction")
            new.setEnabled(bool(selected) and self._mission is not None)
            new.triggered.connect(lambda _checked=False: self.add_selected_to_new_group())
        elif menu.isEmpty():
            none = menu.addAction(self.tr("In no group"))
            none.setEnabled(False)

    def _group_command(
        self,
        entries: list[RosterEntry],
        group: str,
        *,
        add: int | None = None,
        remove: int | None = None,
        new_group: tuple[str, GroupKind] | None = None,
    ) -> ChangeGroupsCommand:
        from ui.roster_commands import ChangeGroupsCommand, groups_change_text

        first = entries[0].full_name
        command = ChangeGroupsCommand(
            self.db,
            [e.participant_id for e in entries],
            groups_change_text(
                len(entries), first, group, add=remove is None, new=new_group is not None
            ),
            add=add,
            remove=remove,
            new_group=new_group,
            mission_id=self._mission.id if self._mission else None,
            changed=self._on_delegates_written,
            failed=self._on_delegate_failed,
        )
        self.undo_stack.push(command)
        return command

    def _group_name(self, group_id: int) -> str:
        return next((g.name for g in self._groups if g.id == group_id), "")

    def add_selected_to_group(self, group_id: int) -> ChangeGroupsCommand | None:
        """Put every selected delegate in the group, in one undoable step."""
        entries = [e for e in self.selected_entries() if group_id not in self._group_ids(e)]
        if not entries:
            return None
        return self._group_command(entries, self._group_name(group_id), add=group_id)

    def remove_selected_from_group(self, group_id: int) -> ChangeGroupsCommand | None:
        """Take every selected delegate out of the group, in one undoable step."""
        entries = [e for e in self.selected_entries() if group_id in self._group_ids(e)]
        if not entries:
            return None
        return self._group_command(entries, self._group_name(group_id), remove=group_id)

    def ask_group_name(self) -> str | None:
        """Ask for the new group's name; None when the user cancels."""
        name, ok = QInputDialog.getText(
            self, self.tr("New group"), self.tr("Name of the new group:")
        )
        return name.strip() if ok and name.strip() else None

    def add_selected_to_new_group(self, name: str | None = None) -> ChangeGroupsCommand | None:
        """Make a group (asking its name) and put the selected delegates in it; one step."""
        from delegation_app.storage.kinds import GroupKind

        entries = self.selected_entries()
        if not entries or self._mission is None:
            return None
        name = name or self.ask_group_name()
        if not name:
            return None
        if any(g.name == name for g in self._groups):
            existing = next(g.id for g in self._groups if g.name == name)
            return self.add_selected_to_group(existing)
        return self._group_command(entries, name, new_group=(name, GroupKind.OTHER))

    @Slot(bool)
    def _size_checks_panel(self, visible: bool) -> None:
        """The first time it shows, the panel takes a third of the height, not a half."""
        if visible and not self._dock_sized:
            self._dock_sized = True
            self.resizeDocks(
                [self.checks_panel], [max(self.height() // 3, 200)], Qt.Orientation.Vertical
            )

    @Slot()
    def _update_undo_actions(self) -> None:
        stack = self.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(
            arg(self.tr("&Undo %1"), stack.undoText()) if stack.canUndo() else self.tr("&Undo")
        )
        self.redo_action.setText(
            arg(self.tr("&Redo %1"), stack.redoText()) if stack.canRedo() else self.tr("&Redo")
        )

    # --- import ---------------------------------------------------------------------------

    def ask_import_path(self) -> Path | None:
        """Ask for the roster file to import; None when the user cancels."""
        folder = keys.read_str(self._settings, keys.IMPORT_FOLDER)
        if not (folder and Path(folder).is_dir()):
            folder = str(self._print_folder())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a roster"),
            folder,
            self.tr("Rosters (*.csv *.xlsx *.ods *.tsv *.txt);;All files (*)"),
        )
        if not chosen:
            return None
        self._settings.setValue(keys.IMPORT_FOLDER, str(Path(chosen).parent))
        return Path(chosen)

    @Slot()
    def import_roster(self) -> None:
        """File ▸ Import roster: choose a file, then map its columns and review its rows."""
        if self._mission is None:
            self._no_mission_for_import()
            return
        path = self.ask_import_path()
        if path is not None:
            self.open_import(path)

    def open_import(self, path: Path) -> ImportRosterDialog | None:
        """Open the import dialog on ``path`` for the selected mission (window-modal)."""
        from ui.import_dialog import ImportRosterDialog

        mission = self._mission
        if mission is None:
            self._no_mission_for_import()
            return None
        dialog = ImportRosterDialog(
            self.db, mission, path, runner=self._runner, language=self._language, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._on_roster_imported)
        dialog.destroyed.connect(self._forget_import_dialog)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _forget_import_dialog(self) -> None:
        self.import_dialog = None

    def _no_mission_for_import(self) -> None:
        self.statusBar().showMessage(
            self.tr("Select a mission first: a roster is imported into a mission."),
            STATUS_MESSAGE_MS,
        )

    @Slot(str, object)
    def _on_roster_imported(self, source: str, result: ImportResult) -> None:
        from ui.import_dialog import import_result_text

        self.reload_current()
        self.select_participants(result.participant_ids)
        self._recheck()
        text = import_result_text(source, result)
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)
        self.roster_imported.emit(text)

    @staticmethod
    def dropped_roster(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> Path | None:
        """The one local .csv or .xlsx file being dragged, if that is what it is."""
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return None
        urls = mime.urls()
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        from ui.roster_jobs import ROSTER_SUFFIXES

        return path if path.suffix.lower() in ROSTER_SUFFIXES else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._db is not None and self.dropped_roster(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._db is not None and self.dropped_roster(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self.dropped_roster(event) if self._db is not None else None
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        if self._mission is None:
            self._no_mission_for_import()
            return
        # Opened once the drop is over: the file manager is not kept waiting on a dialog.
        QTimer.singleShot(0, lambda: self.open_import(path))

    def reload_current(self) -> None:
        """Read the missions and the shown mission's roster again, keeping the selection."""
        selected = [e.participant_id for e in self.selected_entries()]
        shown = self._mission.short if self._mission else None
        self._mission = None  # so that the same mission is read again, not kept
        self.reload_missions(select_short=shown)
        self.select_participants(selected)

    # --- printing -------------------------------------------------------------------------

    def _print_folder(self) -> Path:
        saved = keys.read_str(self._settings, keys.PRINT_FOLDER)
        if saved and Path(saved).is_dir():
            return Path(saved)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def ask_booklet_request(
        self, mission: MissionView, entry: RosterEntry
    ) -> BookletRequest | None:
        """Ask for the language, the paper and the file; None when the user cancels."""
        from ui.dialogs import BookletOptionsDialog
        from ui.workers import BookletRequest, booklet_file_name

        dialog = BookletOptionsDialog(
            entry.full_name,
            language=_booklet_language(entry.language),
            ui_language=self._language,
            parent=self,
        )
        if dialog.exec() != BookletOptionsDialog.DialogCode.Accepted:
            return None
        language = dialog.language or _booklet_language(entry.language)
        suggested = self._print_folder() / booklet_file_name(entry.short, language)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            arg(self.tr("Save the booklet of %1"), entry.full_name),
            str(suggested),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._settings.setValue(keys.PRINT_FOLDER, str(path.parent))
        return BookletRequest(
            mission_id=mission.id,
            person_id=entry.person_id,
            language=language,
            path=path,
            page_size=dialog.page_size,
        )

    @Slot()
    def print_booklet(self) -> None:
        """Print the selected delegate's booklet (asks where), in a worker thread."""
        entry, mission = self.current_entry(), self._mission
        if entry is None or mission is None:
            self.statusBar().showMessage(self.tr("Select a delegate first."), 4000)
            return
        request = self.ask_booklet_request(mission, entry)
        if request is not None:
            self.start_booklet(request, entry.full_name)

    def start_booklet(self, request: BookletRequest, name: str) -> BookletJob:
        from ui.workers import BookletJob

        job = BookletJob(self.db, request)
        job.finished.connect(self._on_booklet_saved)
        job.failed.connect(self._on_booklet_failed)
        self._runner.start(job)
        self.statusBar().showMessage(arg(self.tr("Printing the booklet of %1…"), name))
        return job

    @Slot(str)
    def _on_booklet_saved(self, path: str) -> None:
        self.statusBar().showMessage(
            arg(self.tr("Booklet saved: %1"), QDir.toNativeSeparators(path)),
            STATUS_MESSAGE_MS,
        )
        self.booklet_saved.emit(path)

    @Slot(str)
    def _on_booklet_failed(self, message: str) -> None:
        self.statusBar().clearMessage()
        self.booklet_failed.emit(message)
        QMessageBox.warning(self, self.tr("Printing failed"), message)

    def ask_batch_requests(self, mission: MissionView) -> list[BookletRequest] | None:
        """Ask for the language, the paper and the folder of every delegate's booklet."""
        from delegation_app.storage.kinds import ParticipantStatus
        from ui.dialogs import BookletOptionsDialog
        from ui.labels import delegates_count
        from ui.workers import BookletRequest, booklet_file_name

        entries = [e for e in self.roster_model.entries if e.status != ParticipantStatus.CANCELLED]
        if not entries:
            return None
        dialog = BookletOptionsDialog(
            mission.title(self._language) + " — " + delegates_count(len(entries)),
            language="",
            ui_language=self._language,
            count=len(entries),
            parent=self,
        )
        if dialog.exec() != BookletOptionsDialog.DialogCode.Accepted:
            return None
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the booklets"), str(self._print_folder())
        )
        if not folder:
            return None
        self._settings.setValue(keys.PRINT_FOLDER, folder)
        return [
            BookletRequest(
                mission_id=mission.id,
                person_id=e.person_id,
                language=(language := dialog.language or _booklet_language(e.language)),
                path=Path(folder) / booklet_file_name(e.short, language),
                page_size=dialog.page_size,
            )
            for e in entries
        ]

    @Slot()
    def print_all_booklets(self) -> None:
        """Print the booklet of every delegate (not cancelled) into one folder."""
        mission = self._mission
        if mission is None:
            return
        requests = self.ask_batch_requests(mission)
        if requests:
            self.start_batch(requests)

    def start_batch(self, requests: list[BookletRequest]) -> BookletBatchJob:
        from ui.workers import BookletBatchJob

        job = BookletBatchJob(self.db, requests)
        progress = QProgressDialog(
            self.tr("Printing the booklets…"), self.tr("Cancel"), 0, len(requests), self
        )
        progress.setWindowTitle(self.tr("Print all booklets"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setValue(0)
        progress.canceled.connect(job.cancel)
        self._progress = progress
        job.progress.connect(self._on_batch_progress)
        job.finished.connect(self._on_batch_finished)
        job.failed.connect(self._on_booklet_failed)
        job.done.connect(self._close_progress)
        self._batch_folder = requests[0].path.parent
        self._runner.start(job)
        return job

    @Slot(int, int)
    def _on_batch_progress(self, done: int, total: int) -> None:
        # A local reference: a modal progress dialog's setValue processes events, and the
        # batch's "finished" slot may close the dialog meanwhile.
        progress = self._progress
        if progress is not None:
            progress.setLabelText(arg(self.tr("Printing the booklets… %1 of %2"), done, total))
            progress.setValue(done)

    @Slot(int)
    def _on_batch_finished(self, count: int) -> None:
        folder = QDir.toNativeSeparators(str(self._batch_folder))
        self.statusBar().showMessage(
            arg(self.tr("%1 booklets saved in %2"), count, folder),
            STATUS_MESSAGE_MS,
        )
        self.booklets_saved.emit(count)

    @Slot()
    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    @property
    def runner(self) -> JobRunner:
        return self._runner

    # --- misc -----------------------------------------------------------------------------

    @Slot()
    def copy_diagnostics(self) -> str:
        """Put the diagnostic text (no personal data) on the clipboard for a support e-mail."""
        import PySide6
        from PySide6.QtCore import qVersion

        from delegation_app.diagnostics import diagnostic_text

        text = diagnostic_text(
            self.db.path,
            extra={
                "Qt": qVersion(),
                "PySide6": PySide6.__version__,
                "Platform": QGuiApplication.platformName(),
            },
        )
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(
            self.tr("Diagnostic information copied: paste it into your message to support."),
            STATUS_MESSAGE_MS,
        )
        return text

    def show_about(self) -> None:
        from delegation_app import __version__

        QMessageBox.about(
            self,
            self.tr("About Delegation"),
            arg(
                self.tr(
                    "<b>Delegation</b> %1<br>Rosters, itineraries and personal booklets of "
                    "official economic delegations abroad."
                ),
                __version__,
            ),
        )

    def fit_columns(self) -> None:
        """Size the roster's columns to their content and heading, then share what is left."""
        from ui.models import (
            FLEXIBLE_COLUMNS,
            MAX_FITTED_WIDTH,
            MIN_FLEXIBLE_WIDTH,
            ROSTER_COLUMNS,
            roster_header,
        )

        view = self.roster_view
        columns = view.horizontalHeader()
        metrics = columns.fontMetrics()
        # Heading text, its margins and the sort arrow.
        heading_extra = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 22
        cell_metrics = view.fontMetrics()
        cell_extra = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16
        entries = self.roster_model.entries[:1000]  # enough to see the widest of a roster
        wanted = {}
        for column in ROSTER_COLUMNS:
            texts = {self.roster_model.display_text(entry, column) for entry in entries}
            content = max((cell_metrics.horizontalAdvance(t) for t in texts), default=0)
            heading = metrics.horizontalAdvance(roster_header(column)) + heading_extra
            wanted[column] = min(max(content + cell_extra, heading), MAX_FITTED_WIDTH)
        # Keep room for the vertical scroll bar, which appears once the roster is long.
        available = view.width() - 2 * view.frameWidth()
        available -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = available - sum(wanted.values())
        weight = sum(FLEXIBLE_COLUMNS.values())
        if room < 0:  # narrow window: the flexible columns give width back, down to a floor
            slack = {c: max(wanted[c] - MIN_FLEXIBLE_WIDTH[c], 0) for c in FLEXIBLE_COLUMNS}
            total_slack = sum(slack.values()) or 1
            for column, spare in slack.items():
                wanted[column] -= min(spare, -(room * spare // total_slack))  # rounded up
        else:
            for column, share in FLEXIBLE_COLUMNS.items():
                wanted[column] += room * share // weight
        self._fitting = True
        try:
            for column, width in wanted.items():
                columns.resizeSection(column, width)
        finally:
            self._fitting = False

    def _refit_columns(self) -> None:
        if self._core_built and not self._sized_by_user and self.isVisible():
            self.fit_columns()

    @Slot(int, int, int)
    def _on_column_resized(self, column: int, _old: int, _new: int) -> None:
        columns = self.roster_view.horizontalHeader()
        # The last column stretches with the window: only the user's own resizing counts.
        if not self._fitting and column != columns.logicalIndex(columns.count() - 1):
            self._sized_by_user = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit_columns()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.import_dialog is not None:
            self.import_dialog.close()
        if self.delegate_dialog is not None:
            self.delegate_dialog.reject()
        for page in self._pages.values():
            if hasattr(page, "flush_dialog"):
                page.flush_dialog()
        self.save_state()
        if self._db is not None:
            self._runner.shutdown()
        for page in self._pages.values():
            if hasattr(page, "shutdown"):
                page.shutdown()
        if self._checks_panel is not None:
            self._checks_panel.shutdown()
        self.closed.emit()
        super().closeEvent(event)
