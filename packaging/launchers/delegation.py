"""The frozen programs' one entry point: delegation-app (the window) or delegation-cli.

The bundle is a multi-call program: the name it is started under picks the program. On Linux
``delegation-cli`` is a symbolic link to ``delegation-app``; on Windows and macOS it is a second
executable (the console subsystem on Windows) built from the same archive. The command line
never imports Qt (import-linter contract), and the run-time hook in hooks/rthooks/ keeps
PyInstaller from loading QtCore at start when it runs; test_bundle.sh checks both.
"""

import os
import sys

# Alembic loads the migration scripts by path: never write __pycache__ into the install folder
# (read-only under /opt, and an uninstaller would leave the stray files behind).
sys.dont_write_bytecode = True

if len(sys.argv) > 1 and sys.argv[1] == "--multiprocessing-fork":  # a worker process, frozen
    import multiprocessing

    multiprocessing.freeze_support()

PROGRAM = os.path.basename(sys.argv[0] if sys.argv and sys.argv[0] else sys.executable).lower()

if PROGRAM.startswith("delegation-cli"):
    from delegation_app.cli import main
else:
    from ui.app import main

sys.exit(main())
