"""Screenshots of the window on the demo missions, in English then French (not a test).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tests/screenshots.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/screenshots.py --out /tmp/shots

Opens the program on a fresh demo database under the current Qt platform (offscreen when there
is no display), the window at 1366x768, and saves a PNG of every tab of the mission (found by
walking the window's tab widgets, so that pages added later are shot too, and the tabs nested in
a page), the checks panel, and the main dialogs (delegate form, item editor, import dialog at
both steps, booklet options, agreement dialog, each of their tabs) into ``--out``, one folder per
language; then, in English on a dark palette, the roster, overview, day view and B2B meetings
tabs as ``*_dark.png``. It prints what does not fit the screen and writes the list in
``report.txt``; the pictures are for a person to look at, nothing compares them. Settings and
data live in a temporary folder: the user's own are never read or touched.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script: tests.* and ui.* from the checkout

if not os.environ.get("QT_QPA_PLATFORM") and not (
    os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings, QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget  # noqa: E402

SCREEN = QSize(1366, 768)
MISSION, DELEGATE, AGREEMENT = "miami-2017", "jcgaudin", "amp-miami-dade-2017"
DEFAULT_OUT = ROOT / "artefacts" / "screenshots"


def slug(text: str) -> str:
    """``"Réunions B2B"`` -> ``"reunions-b2b"``: a file name from a tab's text."""
    text = re.sub(r"\(\d+\)", "", text.replace("&", ""))  # "Documents (2)": the count goes
    bare = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in bare if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", bare).strip("-") or "tab"


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Let Qt lay out, paint and deliver the workers' signals for a while."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_until(app: QApplication, done: Callable[[], bool], seconds: float = 20.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if done():
            settle(app, 0.2)
            return True
        time.sleep(0.02)
    return False


class Shooter:
    """Saves widgets as PNGs in one language's folder and notes what does not fit."""

    def __init__(self, app: QApplication, folder: Path, language: str) -> None:
        self.app = app
        self.folder = folder
        self.language = language
        self.count = 0
        self.notes: list[str] = []
        folder.mkdir(parents=True, exist_ok=True)

    def shoot(self, widget: QWidget, name: str) -> Path:
        settle(self.app)
        self.count += 1
        path = self.folder / f"{self.count:02d}-{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        print(f"  {path.relative_to(self.folder.parent)}", flush=True)
        return path

    def fits(self, widget: QWidget, name: str) -> None:
        """Note a window or dialog larger than the screen, or one that cannot shrink to it."""
        for what, size in (("size", widget.size()), ("minimum size", widget.minimumSizeHint())):
            if size.width() > SCREEN.width() or size.height() > SCREEN.height():
                note = (
                    f"{self.language}: {name}: {what} {size.width()}x{size.height()} "
                    f"exceeds {SCREEN.width()}x{SCREEN.height()}"
                )
                print(f"  ! {note}", flush=True)
                self.notes.append(note)

    def shoot_tabs(self, widget: QWidget, prefix: str) -> None:
        """``widget`` as it is, then each tab of the outermost tab widgets inside it (and the
        tabs nested in those), each shown in turn."""
        tabs = [t for t in widget.findChildren(QTabWidget) if _outermost(t, widget)]
        if not tabs:
            self.shoot(widget, prefix)
            return
        for tab_widget in tabs:
            for index in range(tab_widget.count()):
                if not tab_widget.isTabEnabled(index) or not tab_widget.isTabVisible(index):
                    continue
                tab_widget.setCurrentIndex(index)
                settle(self.app)
                name = f"{prefix}-{slug(tab_widget.tabText(index))}"
                page = tab_widget.widget(index)
                if page.findChildren(QTabWidget):
                    self._shoot_nested(widget, page, name)
                else:
                    self.shoot(widget, name)

    def _shoot_nested(self, whole: QWidget, page: QWidget, prefix: str) -> None:
        nested = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        if not nested:
            self.shoot(whole, prefix)
            return
        inner = nested[0]
        for index in range(inner.count()):
            if inner.isTabEnabled(index) and inner.isTabVisible(index):
                inner.setCurrentIndex(index)
                self.shoot(whole, f"{prefix}-{slug(inner.tabText(index))}")


def _outermost(tabs: QTabWidget, top: QWidget) -> bool:
    parent = tabs.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QTabWidget):
            return False
        parent = parent.parentWidget()
    return True


@contextmanager
def opened(dialog: QDialog | None, shooter: Shooter, name: str) -> Iterator[QDialog | None]:
    """A dialog the window opened: shown, checked against the screen, closed after."""
    if dialog is None:
        shooter.notes.append(f"{shooter.language}: {name}: did not open")
        yield None
        return
    dialog.show()
    settle(shooter.app, 0.4)
    shooter.fits(dialog, name)
    try:
        yield dialog
    finally:
        dialog.reject()
        settle(shooter.app, 0.2)


def shoot_language(
    app: QApplication, db: object, language: str, out: Path, roster: Path
) -> list[str]:
    from delegation_app.services.missions import get_mission
    from ui.checks_panel import ChecksPanel
    from ui.dialogs import BookletOptionsDialog
    from ui.i18n import translations
    from ui.labels import delegates_count
    from ui.main_window import MainWindow

    translations.install(language)
    shooter = Shooter(app, out / language, language)
    window = MainWindow(db, language=language)  # type: ignore[arg-type]
    window.resize(SCREEN)
    window.show()
    settle(app, 0.5)
    if not window.select_mission(MISSION):
        raise SystemExit(f"the demo has no mission {MISSION}")
    settle(app, 0.5)
    shooter.fits(window, "main window")

    tab_widgets = [t for t in window.findChildren(QTabWidget) if _outermost(t, window)]
    navigation = getattr(window, "mission_tabs", None) or tab_widgets[0]
    for index in range(navigation.count()):
        navigation.setCurrentIndex(index)
        settle(app, 0.8)  # pages load when first shown
        name = f"tab-{slug(navigation.tabText(index))}"
        page = navigation.widget(index)
        nested = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        if nested:
            shooter._shoot_nested(window, page, name)
        else:
            shooter.shoot(window, name)
        _shoot_page_views(shooter, window, page, name)

    navigation.setCurrentIndex(0)
    checks = window.findChild(ChecksPanel)
    if checks is not None:
        checks.show()
        wait_until(app, lambda: not checks.running and checks.model.rowCount() > 0)
        shooter.fits(window, "main window with the checks panel")
        shooter.shoot(window, "checks-panel")
        checks.hide()

    _shoot_dialogs(app, shooter, window, roster)
    # As the window asks them (it runs them with exec(), which would wait for a click here).
    with db.reading() as session:  # type: ignore[attr-defined]
        mission = get_mission(session, MISSION)
    for heading, booklet_language, count, file in (
        ("Jean-Claude Gaudin", "fr", 1, "booklet-options"),
        (f"{mission.title(language)} — {delegates_count(120)}", "", 120, "booklets-options"),
    ):
        booklet = BookletOptionsDialog(
            heading, language=booklet_language, ui_language=language, count=count, parent=window
        )
        with opened(booklet, shooter, file) as dialog:
            assert dialog is not None
            shooter.shoot(dialog, file)

    window.close()
    window.runner.shutdown()
    window.deleteLater()
    settle(app, 0.3)
    return shooter.notes


def _shoot_page_views(shooter: Shooter, window: QWidget, page: QWidget, name: str) -> None:
    """A page's other views (the itinerary's day view)."""
    from ui.itinerary_page import DAY_VIEW, LIST, ItineraryPage

    itinerary = page.findChild(ItineraryPage)
    if itinerary is not None:
        itinerary.set_view(DAY_VIEW)
        settle(shooter.app, 0.5)
        shooter.shoot(window, f"{name}-day")
        itinerary.set_view(LIST)


def _shoot_dialogs(app: QApplication, shooter: Shooter, window: QWidget, roster: Path) -> None:
    from ui.agreements_page import AgreementsPage
    from ui.import_dialog import ImportRosterDialog
    from ui.itinerary_page import ItineraryPage
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.show_roster()
    window.select_delegate(DELEGATE)
    with opened(window.edit_delegate(), shooter, "delegate form") as dialog:
        if dialog is not None:
            shooter.shoot_tabs(dialog, "delegate-form")

    window.show_itinerary()
    itinerary = window.findChild(ItineraryPage)
    if itinerary is not None:
        settle(app, 0.3)
        rows = [itinerary.proxy.row_at(r) for r in range(itinerary.proxy.rowCount())]
        flight = next((r for r in rows if r.entry.flight is not None), rows[0] if rows else None)
        if flight is not None:
            itinerary.select(flight.key)
        with opened(itinerary.edit_current(), shooter, "item editor") as dialog:
            if dialog is not None:
                shooter.shoot_tabs(dialog, "item-editor")

    window.show_roster()
    imported = window.open_import(roster)
    with opened(imported, shooter, "import dialog") as dialog:
        if isinstance(dialog, ImportRosterDialog):
            wait_until(app, lambda: dialog.pages.currentIndex() == dialog.COLUMNS_PAGE)
            shooter.shoot(dialog, "import-columns")
            dialog.go_next()
            wait_until(app, lambda: dialog.pages.currentIndex() == dialog.REVIEW_PAGE)
            shooter.shoot(dialog, "import-review")

    window.show_agreements()
    agreements = window.findChild(AgreementsPage)
    if agreements is not None:
        agreements.all_missions.setChecked(True)
        settle(app, 0.3)
        agreements.select(AGREEMENT)
        settle(app, 0.3)
        with opened(agreements.edit_current(), shooter, "agreement dialog") as dialog:
            if dialog is not None:
                shooter.shoot_tabs(dialog, "agreement-dialog")
    window.show_roster()


def shoot_dark(app: QApplication, db: object, out: Path) -> list[str]:
    """The window on a dark palette (Fusion, the dark colours the dark-theme test uses), in
    English: the roster, the day view, the meetings and the overview, as ``*_dark.png``."""
    from tests.ui.test_dark_theme import dark_palette
    from ui.i18n import translations
    from ui.main_window import MainWindow

    style, palette = app.style().name(), app.palette()
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
    translations.install("en")
    shooter = Shooter(app, out / "en", "en")
    window = MainWindow(db, language="en")  # type: ignore[arg-type]
    try:
        window.resize(SCREEN)
        window.show()
        settle(app, 0.5)
        for short, wanted in ((MISSION, "roster"), ("toronto-montreal-2019", "b2b-meetings")):
            window.select_mission(short)
            settle(app, 0.5)
            tabs = window.mission_tabs
            for index in range(tabs.count()):
                name = slug(tabs.tabText(index))
                if name == wanted or (wanted == "roster" and name == "overview"):
                    tabs.setCurrentIndex(index)
                    settle(app, 0.8)
                    shooter.shoot(window, f"tab-{name}_dark")
            if short == MISSION:  # the day view paints its own blocks: are they dark too?
                window.show_itinerary("day")
                settle(app, 0.8)
                shooter.shoot(window, "tab-itinerary-day_dark")
            tabs.setCurrentIndex(0)
    finally:
        window.close()
        app.setPalette(palette)
        app.setStyle(style)
    return shooter.notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the PNGs")
    parser.add_argument("--lang", nargs="+", default=["en", "fr"], choices=["en", "fr"])
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="delegation-shots-") as temporary:
        folder = Path(temporary)
        os.environ["HOME"] = str(folder)
        os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
        os.environ["XDG_DATA_HOME"] = str(folder / "data")
        os.environ["XDG_STATE_HOME"] = str(folder / "state")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))

        from delegation_app.interchange.demo import build_demo_database
        from delegation_app.storage.database import open_database
        from tests.ui.rosters import partner_csv
        from ui import settings as keys

        app = QApplication.instance() or QApplication(["delegation-screenshots"])
        assert isinstance(app, QApplication)
        app.setOrganizationName(keys.ORGANISATION)
        app.setApplicationName(keys.APPLICATION)
        app.setApplicationDisplayName("Delegation")
        print(f"platform {app.platformName()}, screen {app.primaryScreen().size().toTuple()}")
        db = open_database(build_demo_database(folder / "demo.sqlite"), daily_backup=False)
        # A partner's file with rows of every kind: new people, known ones, refused rows.
        roster = partner_csv(folder)
        notes: list[str] = []
        try:
            for language in args.lang:
                print(f"{language}:", flush=True)
                notes += shoot_language(app, db, language, args.out, roster)
            notes += shoot_dark(app, db, args.out)
        finally:
            db.close()
    args.out.mkdir(parents=True, exist_ok=True)
    lines = notes or ["every window and dialog fits 1366x768"]
    (args.out / "report.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
