#!/usr/bin/env python3
"""Build the installers from a clean virtual environment.

    python3 packaging/build.py [--reuse] [--with-hello] [--no-tar] [--no-deb]

1. a virtual environment in build/venv (new each time; --reuse keeps it and only reinstalls the
   project), with the project installed (not editable) and PyInstaller;
2. PyInstaller on packaging/delegation.spec: dist/delegation-app/ (delegation-app and
   delegation-cli sharing one folder); with --with-hello, packaging/hello/hello.spec in the same
   run: dist/hello-pyside6/, the yardstick of packaging/compare.py;
3. on Linux: dist/delegation-<version>-linux-<machine>.tar.gz and, when dpkg-deb is there,
   dist/delegation-app_<version>_<arch>.deb (the bundle in /opt/delegation-app, launchers in
   /usr/bin, a desktop entry, the icon theme, the .delegation file type).

Prints each step's time and the sizes. Windows (Inno Setup) and macOS (.app, .dmg) are built
on their own systems: see packaging/README.md.
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
VENV = BUILD / "venv"
WORK = BUILD / "pyinstaller"
BUNDLE = DIST / "delegation-app"
HELLO = DIST / "hello-pyside6"

#: Used when pyproject.toml has no ``packaging`` extra; keep both in step.
PACKAGING_REQUIREMENTS = ["pyinstaller==6.22.3", "pyinstaller-hooks-contrib==2026.9"]

PACKAGE = "delegation-app"
INSTALL_DIR = "/opt/delegation-app"
MAINTAINER = "Delegation IT <it@delegation.invalid>"
DESCRIPTION = """\
Trip coordination for official economic delegations
 Delegation keeps, on a laptop and offline, the delegates of an official economic
 mission abroad, its itinerary across time zones, workshops, B2B meetings and
 agreements, and prints each delegate a personal booklet.
 .
 This package installs the program in /opt/delegation-app with the launchers
 delegation-app (the window) and delegation-cli (the command line)."""
#: What Qt's xcb and wayland platforms load from the system (Qt's "X11 requirements", plus
#: EGL/OpenGL and wayland-client). PyInstaller carries copies of most of the xcb libraries found
#: on the build machine, but never the OpenGL/EGL drivers, libxcb itself nor fontconfig's
#: configuration: ``check_system_libraries`` below verifies that whatever the bundle still
#: links to from the system is in this list.
DEPENDS = [
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
]
#: Sonames every Linux system has (the C library), and where Debian puts them.
LIBC_SONAMES = {
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
    "libc.so.6",
    "libdl.so.2",
    "libm.so.6",
    "libpthread.so.0",
    "librt.so.1",
    "libutil.so.1",
}
#: Sonames of system libraries -> the Debian package that ships them (for the check below;
#: found with dpkg -S when the library is installed on the build machine).
KNOWN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libxcb.so.1": "libxcb1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
RECOMMENDS = ["fonts-dejavu-core", "xdg-utils"]

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Version=1.5
Name=Delegation
GenericName=Delegation trips
GenericName[fr]=Missions de délégation
Comment=Rosters, itineraries and booklets of official economic delegations
Comment[fr]=Participants, programmes et carnets de voyage des délégations économiques
Exec=delegation-app %f
TryExec=delegation-app
Icon=delegation-app
Terminal=false
Categories=Office;ProjectManagement;
Keywords=delegation;mission;roster;itinerary;booklet;délégation;carnet;
MimeType=application/x-delegation-backup;
StartupNotify=true
"""

MIME_PACKAGE = """\
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-delegation-backup">
    <sub-class-of type="application/vnd.sqlite3"/>
    <comment>Delegation backup</comment>
    <comment xml:lang="fr">Sauvegarde Delegation</comment>
    <icon name="delegation-app"/>
    <glob pattern="*.delegation"/>
  </mime-type>
</mime-info>
"""

# dpkg runs these as root; each tool is optional (a server has none of them), hence the checks.
# On remove, the folder is left only if someone put files of their own in it.
MAINTAINER_SCRIPT = """\
#!/bin/sh
set -e
refresh() {{
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q /usr/share/applications || true
    fi
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database /usr/share/mime || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
    fi
}}
case "$1" in
{cases}
esac
exit 0
"""
POSTINST_CASES = """\
    configure) refresh ;;"""
POSTRM_CASES = """\
    remove|purge)
        refresh
        # Python caches written by a run as root (the launchers never write them, by design).
        if [ -d {install} ]; then
            find {install} -depth -type d -name __pycache__ -exec rm -rf {{}} + || true
            find {install} -depth -type d -empty -delete || true
        fi
        ;;"""


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--reuse", action="store_true", help="keep build/venv and PyInstaller's cache if present"
    )
    parser.add_argument(
        "--with-hello",
        action="store_true",
        help="also freeze packaging/hello (bare PySide6 window) for the size and start comparison",
    )
    parser.add_argument("--no-tar", action="store_true", help="skip the Linux .tar.gz")
    parser.add_argument("--no-deb", action="store_true", help="skip the Linux .deb")
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="the Python that creates the environment (default: this one; 3.11 or newer)",
    )
    return parser.parse_args(argv)


# --- reporting -----------------------------------------------------------------------------------

TIMINGS: list[tuple[str, float]] = []


@contextmanager
def step(title: str) -> Iterator[None]:
    print(f"==> {title}", flush=True)
    started = time.perf_counter()
    yield
    elapsed = time.perf_counter() - started
    TIMINGS.append((title, elapsed))
    print(f"    {elapsed:6.1f} s", flush=True)


def folder_size(folder: Path) -> tuple[int, int]:
    """(sum of the files' sizes, what they take on disk in 4 KiB blocks) — symlinks not followed."""
    apparent = on_disk = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            size = path.stat().st_size
            apparent += size
            on_disk += -(-size // 4096) * 4096
    return apparent, on_disk


def mib(size: int) -> str:
    return f"{size / 1024 / 1024:7.1f} MiB"


def run(command: list[str | Path], *, log: Path | None = None, cwd: Path | None = None) -> None:
    """Run a command; with ``log``, its output goes there and its tail is shown on failure."""
    arguments = [str(part) for part in command]
    if log is None:
        subprocess.run(arguments, check=True, cwd=cwd)
        return
    with log.open("w", encoding="utf-8") as out:
        code = subprocess.run(arguments, stdout=out, stderr=subprocess.STDOUT, cwd=cwd).returncode
    if code != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-40:]
        print("\n".join(tail), file=sys.stderr)
        raise SystemExit(f"failed ({code}): {' '.join(arguments)}\nfull log: {log}")


# --- environment and bundle ----------------------------------------------------------------------


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def packaging_requirements() -> list[str]:
    """The project with its ``packaging`` extra when pyproject.toml has one, else our pins."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    if "packaging" in project.get("optional-dependencies", {}):
        return [f"{ROOT}[packaging]"]
    return [str(ROOT), *PACKAGING_REQUIREMENTS]


def make_environment(python: str, reuse: bool) -> None:
    pip = [venv_python(), "-m", "pip", "--disable-pip-version-check"]
    if not (reuse and venv_python().exists()):
        shutil.rmtree(VENV, ignore_errors=True)
        run([python, "-m", "venv", VENV])
    BUILD.mkdir(exist_ok=True)
    run([*pip, "install", "--quiet", *packaging_requirements()], log=BUILD / "pip.log")
    if reuse:  # same version number, new code: install it again
        run(
            [*pip, "install", "--quiet", "--no-deps", "--force-reinstall", ROOT],
            log=BUILD / "pip-project.log",
        )
    where = subprocess.run(
        [venv_python(), "-c", "import delegation_app; print(delegation_app.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=BUILD,
    ).stdout.strip()
    if not Path(where).resolve().is_relative_to(VENV.resolve()):
        raise SystemExit(f"delegation_app comes from {where}, not from the build environment")


def project_version() -> str:
    return subprocess.run(
        [venv_python(), "-c", "import importlib.metadata as m; print(m.version('delegation-app'))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=BUILD,
    ).stdout.strip()


def freeze(spec: Path, name: str, reuse: bool) -> None:
    # From build/, so that the source tree is not on sys.path: the bundle is made from the
    # installed package, which proves its package data (resources, migrations) complete.
    command: list[str | Path] = [venv_python(), "-m", "PyInstaller", "--noconfirm"]
    if not reuse:
        command.append("--clean")
    command += ["--log-level", "WARN", "--distpath", DIST, "--workpath", WORK, spec]
    run(command, log=BUILD / f"pyinstaller-{name}.log", cwd=BUILD)


# --- Linux archives ------------------------------------------------------------------------------


def make_tarball(version: str) -> Path:
    target = DIST / f"delegation-{version}-linux-{platform.machine()}.tar.gz"
    top = f"delegation-{version}"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    # gzip level 6 (gzip's own default): level 9 saves under 1 % here for twice the time.
    with (
        gzip.GzipFile(target, "wb", compresslevel=6, mtime=0) as compressed,
        tarfile.open(fileobj=compressed, mode="w", format=tarfile.PAX_FORMAT) as archive,
    ):
        archive.add(BUNDLE, arcname=top, filter=owned_by_root)
    return target


def elf_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    yield path


def glibc_needed(folder: Path) -> str | None:
    """The newest GLIBC_x.y symbol version any binary of the bundle asks for (objdump -T)."""
    objdump = shutil.which("objdump")
    if objdump is None:
        return None
    newest = (0, 0)
    for path in elf_files(folder):
        output = subprocess.run(
            [objdump, "-T", str(path)], capture_output=True, text=True, check=False
        ).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", output):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}" if newest != (0, 0) else None


def system_libraries(folder: Path) -> set[str]:
    """Sonames the bundle's binaries link to (DT_NEEDED) that the bundle does not carry."""
    objdump = shutil.which("objdump")
    if objdump is None:
        return set()
    carried = {path.name for path in folder.rglob("*.so*")}
    needed: set[str] = set()
    for path in elf_files(folder):
        output = subprocess.run(
            [objdump, "-p", str(path)], capture_output=True, text=True, check=False
        ).stdout
        needed.update(re.findall(r"^\s*NEEDED\s+(\S+)$", output, re.MULTILINE))
    return needed - carried - LIBC_SONAMES


def package_of(soname: str) -> str | None:
    if soname in KNOWN_PACKAGES:
        return KNOWN_PACKAGES[soname]
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    match = re.search(rf"^\s*{re.escape(soname)} \(.*\) => (\S+)$", listing, re.MULTILINE)
    if match is None or shutil.which("dpkg") is None:
        # Not installed here (a carried library, libxcb-cursor say, needs a sibling the build
        # machine lacks): Debian names a library's package after its soname (policy 8.1).
        return debian_package_name(soname)
    owner = subprocess.run(
        ["dpkg", "-S", str(Path(match.group(1)).resolve())], capture_output=True, text=True
    )
    return owner.stdout.split(":", 1)[0] if owner.returncode == 0 else None


def debian_package_name(soname: str) -> str | None:
    """``libxcb-icccm.so.4`` -> ``libxcb-icccm4``; ``libfoo2.so.1`` -> ``libfoo2-1``."""
    match = re.fullmatch(r"(lib[\w+.-]+?)\.so\.(\d+)", soname)
    if match is None:
        return None
    name, major = match.group(1).lower(), match.group(2)
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def check_system_libraries(folder: Path) -> None:
    """Every system library the bundle still needs must come from a package in Depends."""
    depended = {
        alternative.strip().split(" ")[0] for line in DEPENDS for alternative in line.split("|")
    }
    missing = []
    for soname in sorted(system_libraries(folder)):
        package = package_of(soname)
        covered = package in depended
        verdict = "ok" if covered else "NOT IN Depends"
        print(f"    needs {soname:28} from {package or '?':24} {verdict}")
        if not covered:
            missing.append(soname)
    if missing:
        raise SystemExit(f"the .deb would not pull {', '.join(missing)}: add to DEPENDS")


def icon_source() -> Path:
    sys.path.insert(0, str(PACKAGING))
    from icons import source_svg

    return source_svg()


def debian_architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def debian_version(version: str) -> str:
    """PEP 440 to Debian: a pre-release sorts before the release (1.0rc1 -> 1.0~rc1)."""
    return re.sub(r"(\d)(a|b|rc|\.dev)(\d+)", r"\1~\2\3", version).replace("+", "+local")


def make_deb(version: str, icons: Path) -> Path:
    arch = debian_architecture()
    deb_version = debian_version(version)
    stage = BUILD / "deb" / f"{PACKAGE}_{deb_version}_{arch}"
    shutil.rmtree(stage.parent, ignore_errors=True)
    install = stage / INSTALL_DIR.lstrip("/")
    shutil.copytree(BUNDLE, install, symlinks=True)

    usr_bin = stage / "usr/bin"
    usr_bin.mkdir(parents=True)
    for program in ("delegation-app", "delegation-cli"):
        # The bootloader finds its _internal folder from /proc/self/exe: a link is enough.
        (usr_bin / program).symlink_to(f"{INSTALL_DIR}/{program}")

    share = stage / "usr/share"
    (share / "applications").mkdir(parents=True)
    (share / "applications/delegation-app.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    (share / "mime/packages").mkdir(parents=True)
    (share / "mime/packages/delegation-app.xml").write_text(MIME_PACKAGE, encoding="utf-8")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        folder = share / f"icons/hicolor/{size}x{size}/apps"
        folder.mkdir(parents=True)
        shutil.copyfile(icons / f"delegation-{size}.png", folder / "delegation-app.png")
    scalable = share / "icons/hicolor/scalable/apps"
    scalable.mkdir(parents=True)
    shutil.copyfile(icon_source(), scalable / "delegation-app.svg")
    (share / "doc" / PACKAGE).mkdir(parents=True)
    (share / "doc" / PACKAGE / "copyright").write_text(
        "Delegation: proprietary, for internal distribution.\n"
        "Bundled third-party components keep their own licences: Qt and PySide6 (LGPLv3),\n"
        "Python (PSF), DejaVu fonts (Bitstream Vera licence), Adwaita icons by the GNOME\n"
        "Project (LGPLv3 or CC-BY-SA 3.0: the COPYING in\n"
        f"{INSTALL_DIR}/_internal/delegation_app/resources/icons/adwaita), and the Python\n"
        f"libraries listed with their licences in {INSTALL_DIR}/_internal/*.dist-info.\n",
        encoding="utf-8",
    )

    for path in stage.rglob("*"):  # what dpkg-deb's checks and lintian expect
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            shared = path.name.endswith(".so") or ".so." in path.name
            path.chmod(0o755 if shared or path.stat().st_mode & 0o111 else 0o644)

    check_system_libraries(install)
    installed_kib = folder_size(stage)[1] // 1024
    glibc = glibc_needed(install)
    depends = ([f"libc6 (>= {glibc})"] if glibc else ["libc6"]) + DEPENDS
    control = stage / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {deb_version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n",
        encoding="utf-8",
    )
    scripts = {
        "postinst": MAINTAINER_SCRIPT.format(cases=POSTINST_CASES),
        "postrm": MAINTAINER_SCRIPT.format(cases=POSTRM_CASES.format(install=INSTALL_DIR)),
    }
    for name, text in scripts.items():
        (control / name).write_text(text, encoding="utf-8")
        (control / name).chmod(0o755)

    target = DIST / f"{PACKAGE}_{deb_version}_{arch}.deb"
    run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", stage, target],
        log=BUILD / "dpkg-deb.log",
    )
    return target


# --- main ----------------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    args = parse_arguments(argv)
    started = time.perf_counter()
    BUILD.mkdir(exist_ok=True)
    DIST.mkdir(exist_ok=True)

    with step("virtual environment, project and PyInstaller" + (" (reused)" if args.reuse else "")):
        make_environment(args.python, args.reuse)
    version = project_version()
    print(f"    delegation-app {version}")

    with step("PyInstaller: delegation.spec"):
        freeze(PACKAGING / "delegation.spec", "delegation", args.reuse)
    for program in ("delegation-app", "delegation-cli"):
        if not (BUNDLE / (program + (".exe" if os.name == "nt" else ""))).exists():
            raise SystemExit(f"{program} is missing from {BUNDLE}")
    if args.with_hello:
        with step("PyInstaller: hello/hello.spec"):
            freeze(PACKAGING / "hello/hello.spec", "hello", args.reuse)

    artefacts: list[Path] = []
    if sys.platform.startswith("linux"):
        if not args.no_tar:
            with step("tar.gz"):
                artefacts.append(make_tarball(version))
        if not args.no_deb:
            if shutil.which("dpkg-deb") is None:
                print("==> .deb skipped: dpkg-deb not found (apt-get install dpkg-dev)")
            else:
                with step(".deb (dpkg-deb, xz)"):
                    artefacts.append(make_deb(version, WORK / "delegation/icons"))

    print("\nsizes")
    bundles = [BUNDLE] + ([HELLO] if args.with_hello else [])
    for folder in bundles:
        apparent, on_disk = folder_size(folder)
        print(f"  {folder.relative_to(ROOT)}/  {mib(apparent)} unpacked ({mib(on_disk)} on disk)")
    for path in artefacts:
        print(f"  {path.relative_to(ROOT)}  {mib(path.stat().st_size)}")
    print("\ntimes")
    for title, elapsed in TIMINGS:
        print(f"  {elapsed:7.1f} s  {title}")
    print(f"  {time.perf_counter() - started:7.1f} s  in all")
    print(
        "\nnext: bash packaging/test_bundle.sh"
        + ("; python3 packaging/compare.py" if args.with_hello else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
