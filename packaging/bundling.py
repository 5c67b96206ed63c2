"""What goes into a frozen bundle, shared by ``delegation.spec`` and ``hello/hello.spec``.

The spec files import this module (PyInstaller runs them with the build environment's Python),
so the program and the bare PySide6 hello-world it is compared with are frozen the same way:
the same Qt bindings and Qt modules left out, the same Qt plugins and catalogues kept.
"""

from __future__ import annotations

import fnmatch
import re
import sys
from collections.abc import Iterable
from importlib.metadata import version as distribution_version

#: The distribution whose metadata gives the bundle its version.
DISTRIBUTION = "delegation-app"

#: The languages the program speaks: the only catalogues and locale data kept.
LANGUAGES = ("fr", "en")

#: Other Qt bindings: a second binding in the build environment must never end up in the bundle.
OTHER_BINDINGS = ["PyQt5", "PyQt6", "PySide2", "sip", "PyQt5.sip", "PyQt6.sip"]

#: PySide6 modules the program does not use (only QtCore, QtGui, QtWidgets, QtSvg are): most are
#: PySide6-Addons (absent when only PySide6-Essentials is installed, listed so that a developer
#: who has the full PySide6 installed still gets the same bundle), a few are Essentials modules
#: that a desktop program without networking, QML or OpenGL widgets does not load.
UNUSED_QT_MODULES = [
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtAxContainer",
    "PySide6.QtBluetooth",
    "PySide6.QtCanvasPainter",
    "PySide6.QtCharts",
    "PySide6.QtConcurrent",
    "PySide6.QtDataVisualization",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtGraphsWidgets",
    "PySide6.QtHelp",
    "PySide6.QtHttpServer",
    "PySide6.QtLocation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtNfc",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialBus",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtTest",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    "PySide6.QtXml",
    "PySide6.scripts",
]

#: Standard-library and build-tool modules a desktop program never needs at run time.
#: setuptools/pkg_resources would also add a run-time hook that costs start time.
UNUSED_PYTHON_MODULES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
    "distutils",
    "setuptools",
    "pkg_resources",
    "pip",
    "IPython",
    "matplotlib",
    "numpy",
    "PIL.ImageQt",  # would pull Qt bindings through Pillow
    "PIL.ImageTk",
]

#: Strip the symbol tables from the binaries (Linux): a Python built from source ships an
#: unstripped libpython (23 MB instead of 6). Not on Windows (no such tool) nor macOS (signing).
STRIP = sys.platform.startswith("linux")

EXCLUDES = OTHER_BINDINGS + UNUSED_QT_MODULES + UNUSED_PYTHON_MODULES

#: Qt plugins left out, as patterns on the bundle path: the Linux platforms a laptop never runs
#: on (framebuffer, VNC, EGL full-screen, Vulkan display) and their device integrations. xcb,
#: wayland, offscreen (smoke tests) and minimal stay.
UNUSED_QT_PLUGINS = [
    # Input plugins of the framebuffer platforms (evdev) and TUIO touch (which needs QtNetwork).
    "*/plugins/generic/*",
    # The GTK3 theme: it would load the system's GTK against the bundle's own copies of glib,
    # cairo and pango (a known source of crashes); Qt's Fusion style and the XDG desktop
    # portal theme (kept) serve every desktop.
    "*/plugins/platformthemes/libqgtk3.so",
    # Wayland shells of embedded and automotive compositors; xdg-shell (every desktop) stays.
    "*/plugins/wayland-shell-integration/libfullscreen-shell-v1.so",
    "*/plugins/wayland-shell-integration/libivi-shell.so",
    "*/plugins/wayland-shell-integration/libwl-shell-plugin.so",
    "*/plugins/wayland-shell-integration/libqt-shell.so",
    # Image formats nobody hands the program (PNG is built into QtGui; SVG, ICO, JPEG, GIF stay).
    "*/plugins/imageformats/libqtga.so",
    "*/plugins/imageformats/libqtiff.so",
    "*/plugins/imageformats/libqwbmp.so",
    "*/plugins/imageformats/libqwebp.so",
    "*/plugins/platforms/libqeglfs.so",
    "*/plugins/platforms/libqlinuxfb.so",
    "*/plugins/platforms/libqminimalegl.so",
    "*/plugins/platforms/libqvnc.so",
    "*/plugins/platforms/libqvkkhrdisplay.so",
    "*/plugins/egldeviceintegrations/*",
    "*/plugins/networkinformation/*",
    "*/plugins/tls/*",
    "*/plugins/sqldrivers/*",
    "*/plugins/qmltooling/*",
]

#: Qt libraries only the plugins above load.
UNUSED_QT_LIBRARIES = [
    "*/lib/libQt6EglFSDeviceIntegration.so*",
    "*/lib/libQt6EglFsKmsSupport.so*",
    "*/lib/libQt6EglFsKmsGbmSupport.so*",
    "*/lib/libQt6Network.so*",
    "*/lib/libQt6Qml*.so*",
    "*/lib/libQt6Quick*.so*",
]


def project_version() -> str:
    """The version of the installed ``delegation-app`` distribution (pyproject.toml's)."""
    return distribution_version(DISTRIBUTION)


def _qt_catalogue_kept(dest: str) -> bool:
    """Qt's own catalogues: only those of our languages (``qtbase_fr.qm``...)."""
    name = dest.replace("\\", "/").rsplit("/", 1)[-1]
    match = re.match(r"^[a-z_]+?_([a-z]{2})(?:_[A-Za-z]+)?\.qm$", name)
    return match is None or match.group(1) in LANGUAGES


def _babel_locale_kept(dest: str) -> bool:
    """Babel's CLDR data: root, our languages and their regional variants (fr_FR, en_US...)."""
    name = dest.replace("\\", "/").rsplit("/", 1)[-1]
    if not name.endswith(".dat"):
        return True
    locale = name[: -len(".dat")]
    return locale == "root" or locale.split("_", 1)[0] in LANGUAGES


#: The pycountry standards the program reads: ``pycountry.countries`` and their French names
#: (services/entry.py, interchange/cell_values.py, ui/delegate_dialog.py); languages spoken go
#: through Babel. pycountry reads each standard's JSON only when it is first used, so the others
#: (ISO 639-3 alone is 0.9 MB, its French names 0.4 MB) are never missed.
PYCOUNTRY_STANDARDS = ("iso3166-1",)


def _pycountry_standard_kept(dest: str) -> bool:
    name = dest.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] in PYCOUNTRY_STANDARDS


def _pycountry_locale_kept(dest: str) -> bool:
    """pycountry's gettext catalogues: French only (English is the databases' own language),
    of the standards the program reads."""
    parts = dest.replace("\\", "/").split("/")
    index = parts.index("locales")
    in_language = len(parts) > index + 1 and parts[index + 1] in LANGUAGES
    return in_language and _pycountry_standard_kept(dest)


def _matches(dest: str, patterns: Iterable[str]) -> bool:
    path = "/" + dest.replace("\\", "/")
    return any(fnmatch.fnmatch(path, pattern) for pattern in patterns)


def keep_data(dest: str) -> bool:
    """Whether a collected data file belongs in the bundle."""
    path = dest.replace("\\", "/")
    if "/translations/" in path and path.endswith(".qm") and "PySide6/" in path:
        return _qt_catalogue_kept(path)
    if path.startswith("babel/locale-data/"):
        return _babel_locale_kept(path)
    if path.startswith("pycountry/locales/"):
        return _pycountry_locale_kept(path)
    if path.startswith("pycountry/databases/"):
        return _pycountry_standard_kept(path)
    return not _matches(path, UNUSED_QT_PLUGINS)


def keep_binary(dest: str) -> bool:
    """Whether a collected binary (extension, shared library, Qt plugin) belongs in the bundle."""
    return not _matches(dest, UNUSED_QT_PLUGINS + UNUSED_QT_LIBRARIES)


Entry = tuple[str, str, str]  # (destination in the bundle, source, PyInstaller type code)


def _is_dependency_library(dest: str) -> bool:
    """A shared library collected only because another binary links to it (Linux layout)."""
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if not re.match(r"^lib.*\.so(\.|$)", name) or name.startswith("libpython"):
        return False
    folder = path.rsplit("/", 1)[0] if "/" in path else ""
    # top level, Qt's own libraries, or a wheel's vendored folder (auditwheel's "<name>.libs")
    return folder in ("", "PySide6/Qt/lib") or folder.endswith(".libs")


def _drop_unreachable_libraries(binaries: list[Entry]) -> list[Entry]:
    """Linux: drop the libraries that only the removed plugins linked to.

    The roots are every binary that is not a mere dependency (extensions, plugins, libpython);
    a dependency library stays when a kept binary links to it, directly or not (``ldd``).
    """
    from PyInstaller.depend.bindepend import get_imports

    files = {dest: src for dest, src, code in binaries if code != "SYMLINK"}
    by_name: dict[str, list[str]] = {}
    for dest in files:
        by_name.setdefault(dest.replace("\\", "/").rsplit("/", 1)[-1], []).append(dest)
    reached = {dest for dest in files if not _is_dependency_library(dest)}
    queue = list(reached)
    while queue:
        for name, _path in get_imports(files[queue.pop()]):
            for dest in by_name.get(name.rsplit("/", 1)[-1], []):
                if dest not in reached:
                    reached.add(dest)
                    queue.append(dest)
    return [entry for entry in binaries if entry[2] == "SYMLINK" or entry[0] in reached]


def _symlink_target(dest: str, relative: str) -> str:
    parts = dest.replace("\\", "/").split("/")[:-1]
    for part in relative.replace("\\", "/").split("/"):
        if part == "..":
            parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


def prune(datas: list[Entry], binaries: list[Entry]) -> tuple[list[Entry], list[Entry]]:
    """The Analysis' data and binary lists without what the program never loads."""
    kept_datas = [entry for entry in datas if keep_data(entry[0])]
    kept_binaries = [entry for entry in binaries if keep_binary(entry[0])]
    if sys.platform.startswith("linux"):
        kept_binaries = _drop_unreachable_libraries(kept_binaries)
    # Links to a file no longer collected (libQt6Network.so.6 -> PySide6/Qt/lib/...): the
    # analysis files SYMLINK entries with the data.
    removed = {dest for dest, *_ in binaries} - {dest for dest, *_ in kept_binaries}

    def dangling(entry: Entry) -> bool:
        return entry[2] == "SYMLINK" and _symlink_target(entry[0], entry[1]) in removed

    kept_datas = [entry for entry in kept_datas if not dangling(entry)]
    kept_binaries = [entry for entry in kept_binaries if not dangling(entry)]
    return kept_datas, kept_binaries
