"""The installers' scripts, checked without building anything (packaging/README.md).

Building the bundle takes minutes and is done by packaging/build.py and packaging/test_bundle.sh;
these tests keep the pieces that can be checked in a second honest: what the bundle keeps and
leaves out, the icon files, the spec and shell scripts parse, the Debian metadata and the Inno
Setup and macOS settings say what the README promises.
"""

from __future__ import annotations

import importlib.util
import plistlib
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import ModuleType

import pytest

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"


def _load(name: str) -> ModuleType:
    """A module of packaging/ by path (the folder is not a package, and ``packaging`` on
    sys.path is the PyPI library of that name)."""
    spec = importlib.util.spec_from_file_location(f"_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundling = _load("bundling")
icons = _load("icons")
build = _load("build")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtbase_zh_TW.qm", False),
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/fr_CA.dat", True),
        ("babel/locale-data/en_GB.dat", True),
        ("babel/locale-data/de.dat", False),
        ("babel/global.dat", True),
        ("pycountry/locales/fr/LC_MESSAGES/iso3166-1.mo", True),
        ("pycountry/locales/de/LC_MESSAGES/iso3166-1.mo", False),
        ("pycountry/databases/iso3166-1.json", True),
        ("pycountry/databases/iso639-3.json", False),
        ("pycountry/locales/fr/LC_MESSAGES/iso639-3.mo", False),
        ("delegation_app/resources/translations/delegation_fr.qm", True),
        ("delegation_app/storage/migrations/versions/20261121_0001_initial_schema.py", True),
    ],
)
def test_bundle_keeps_only_french_and_english_locale_data(dest: str, kept: bool) -> None:
    assert bundling.keep_data(dest) is kept


def test_the_program_reads_only_the_pycountry_standards_the_bundle_keeps() -> None:
    """What pycountry the code uses (``pycountry.<name>``), against PYCOUNTRY_STANDARDS: a new
    use of languages, currencies or subdivisions must add its standard to the bundle."""
    standards = {"countries": "iso3166-1", "LOCALES_DIR": None}
    root = PACKAGING.parent
    used: set[str] = set()
    for folder in ("delegation_app", "ui"):
        for path in (root / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "from pycountry import" not in text, path
            used |= set(re.findall(r"\bpycountry\.(\w+)", text))
    assert used and used <= set(standards), used - set(standards)
    needed = {standards[name] for name in used} - {None}
    assert needed <= set(bundling.PYCOUNTRY_STANDARDS)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ],
)
def test_bundle_leaves_out_qt_plugins_of_platforms_a_laptop_never_runs(
    dest: str, kept: bool
) -> None:
    assert bundling.keep_binary(dest) is kept


def test_bundle_excludes_other_qt_bindings_and_never_the_modules_the_program_uses() -> None:
    assert {"PyQt5", "PyQt6", "PySide2"} <= set(bundling.EXCLUDES)
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"}
    assert not used & set(bundling.EXCLUDES)


def test_dangling_links_are_found_from_their_relative_target() -> None:
    assert bundling._symlink_target("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6") == (
        "PySide6/Qt/lib/libQt6Core.so.6"
    )
    assert bundling._symlink_target("a/b/link.so", "../c/real.so") == "a/c/real.so"


def _fake_pngs() -> dict[int, bytes]:
    return {size: b"\x89PNG\r\n\x1a\n" + bytes([size % 256]) * size for size in icons.PNG_SIZES}


def test_ico_directory_points_at_each_png() -> None:
    pngs = _fake_pngs()
    data = icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for index, size in enumerate(icons.ICO_SIZES):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert width == height == (0 if size == 256 else size)
        assert (planes, bits) == (1, 32)
        assert data[offset : offset + length] == pngs[size]


def test_icns_elements_add_up_to_the_file() -> None:
    pngs = _fake_pngs()
    data = icons.icns_bytes(pngs)
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    position, kinds = 8, []
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack_from(">I", data, position + 4)[0],
        )
        assert data[position + 8 : position + length].startswith(b"\x89PNG")
        kinds.append(kind)
        position += length
    assert position == len(data)
    assert kinds == [kind for kind, _ in icons.ICNS_TYPES]


def test_qt_draws_the_application_icon_from_the_svg(qapp: object) -> None:
    # qapp (pytest-qt): the session's QApplication, so that icons.py does not make its own
    pngs = icons.render_pngs(icons.source_svg(), (16, 256))
    assert all(data.startswith(b"\x89PNG\r\n\x1a\n") for data in pngs.values())
    width, height = struct.unpack(">II", pngs[256][16:24])  # the IHDR chunk
    assert (width, height) == (256, 256)


@pytest.mark.parametrize("spec", ["delegation.spec", "hello/hello.spec"])
def test_spec_files_are_valid_python(spec: str) -> None:
    compile((PACKAGING / spec).read_text(encoding="utf-8"), spec, "exec")


def test_macos_info_plist_declares_and_opens_delegation_backups() -> None:
    spec = (PACKAGING / "delegation.spec").read_text(encoding="utf-8")
    for key in ("CFBundleDocumentTypes", "UTExportedTypeDeclarations", "LSItemContentTypes"):
        assert f'"{key}"' in spec
    assert '"public.filename-extension": ["delegation"]' in spec
    assert "bundle_identifier=BUNDLE_ID" in spec
    # the values are plist-serialisable as written (no sets, no Paths)
    plistlib.dumps({"CFBundleLocalizations": ["en", "fr"], "LSBackgroundOnly": False})


@pytest.mark.parametrize("script", ["test_bundle.sh", "macos/make_dmg.sh"])
def test_shell_scripts_parse(script: str) -> None:
    result = subprocess.run(["bash", "-n", str(PACKAGING / script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("cases", ["POSTINST_CASES", "POSTRM_CASES"])
def test_debian_maintainer_scripts_parse_and_tolerate_missing_tools(cases: str) -> None:
    text = build.MAINTAINER_SCRIPT.format(
        cases=getattr(build, cases).format(install=build.INSTALL_DIR)
    )
    sh = shutil.which("sh")
    assert sh is not None
    result = subprocess.run([sh, "-n"], input=text, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    for tool in ("update-desktop-database", "update-mime-database", "gtk-update-icon-cache"):
        assert f"command -v {tool}" in text


def test_desktop_entry_has_the_keys_menus_need() -> None:
    entry = dict(line.split("=", 1) for line in build.DESKTOP_ENTRY.splitlines() if "=" in line)
    assert build.DESKTOP_ENTRY.startswith("[Desktop Entry]\n")
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "delegation-app"
    assert entry["Icon"] == "delegation-app"
    assert entry["MimeType"] == "application/x-delegation-backup;"
    assert entry["Categories"].endswith(";")


def test_mime_package_declares_the_delegation_glob() -> None:
    root = ElementTree.fromstring(build.MIME_PACKAGE)
    namespace = "{http://www.freedesktop.org/standards/shared-mime-info}"
    mime = root.find(f"{namespace}mime-type")
    assert mime is not None and mime.get("type") == "application/x-delegation-backup"
    glob = mime.find(f"{namespace}glob")
    assert glob is not None and glob.get("pattern") == "*.delegation"


@pytest.mark.parametrize(
    ("pep440", "debian"),
    [
        ("0.1.0", "0.1.0"),
        ("1.2.0rc1", "1.2.0~rc1"),
        ("2.0.0a3", "2.0.0~a3"),
        ("1.0+abc", "1.0+localabc"),
    ],
)
def test_debian_versions_sort_pre_releases_before_the_release(pep440: str, debian: str) -> None:
    assert build.debian_version(pep440) == debian


def test_deb_depends_on_the_libraries_qt_xcb_loads_from_the_system() -> None:
    for package in (
        "libxcb-cursor0",
        "libxcb-icccm4",
        "libxkbcommon-x11-0",
        "libegl1",
        "libfontconfig1",
    ):
        assert package in build.DEPENDS


def test_inno_setup_script_installs_per_user_and_keeps_user_data() -> None:
    iss = (PACKAGING / "windows/delegation.iss").read_text(encoding="utf-8")
    setup = dict(
        re.findall(r"^(\w+)=(.*)$", iss.split("[Setup]", 1)[1].split("\n[", 1)[0], re.MULTILINE)
    )
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert setup["ChangesAssociations"] == "yes"
    assert re.match(r"\{\{[0-9A-F-]{36}\}$", setup["AppId"])
    registry = iss.split("[Registry]", 1)[1].split("\n[", 1)[0]
    assert all(line.startswith("Root: HKA;") for line in registry.splitlines() if "Root:" in line)
    assert r'Subkey: "Software\Classes\.delegation' in registry
    assert '""{app}\\{#AppExe}"" ""%1""' in registry
    assert "{autodesktop}" in iss and "Tasks: desktopicon" in iss
    uninstall = iss.split("[UninstallDelete]", 1)[1]
    assert "{localappdata}" not in uninstall and "{userappdata}" not in uninstall


def test_the_program_reports_the_version_its_package_was_built_with() -> None:
    """``__version__`` is read from delegation_app/_version.py (fast), the installers' version
    from the package metadata built from it: the two never differ."""
    from importlib.metadata import version

    import delegation_app

    assert delegation_app.__version__ == version("delegation-app")
