"""PyInstaller's PySide6 run-time hook, without loading Qt when the program is delegation-cli.

Replaces PyInstaller's pyi_rth_pyside6 (hooks/rthooks.dat in a spec's hookspath comes first;
PyInstaller logs that it skips its own): the same environment for Qt (plugins, QML), but its
last step imports PySide6.QtCore to check the embedded qt.conf, which would load the Qt
libraries (and ICU) into every run of the command line. That step is kept for the window only.
Adapted from PyInstaller 6 (Apache-2.0).
"""


def _pyi_rthook() -> None:
    import os
    import sys

    from _pyi_rth_utils import is_macos_app_bundle, prepend_path_to_environment_variable
    from _pyi_rth_utils import qt as qt_rth_utils

    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")

    if sys.platform.startswith("win"):
        qt_path = os.path.join(sys._MEIPASS, "PySide6")
    else:
        qt_path = os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    if is_macos_app_bundle:
        resources = os.path.normpath(
            os.path.join(sys._MEIPASS, "..", "Resources", os.path.relpath(qt_path, sys._MEIPASS))
        )
        qml = [os.path.join(resources, "qml"), os.path.join(qt_path, "qml")]
        os.environ["QML2_IMPORT_PATH"] = os.pathsep.join(qml)
    else:
        os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_path, "qml")
    if sys.platform.startswith("win"):
        prepend_path_to_environment_variable(sys._MEIPASS, "PATH")
    if sys.platform == "darwin" and not is_macos_app_bundle:
        prepend_path_to_environment_variable(sys._MEIPASS, "DYLD_LIBRARY_PATH")

    program = os.path.basename(sys.argv[0] if sys.argv and sys.argv[0] else sys.executable)
    if not program.lower().startswith("delegation-cli"):
        qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)


_pyi_rthook()
del _pyi_rthook
