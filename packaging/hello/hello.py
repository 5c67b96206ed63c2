"""A bare PySide6 window: the yardstick for the bundle's size and start time (issue 10, item 5).

It does what ``delegation-app --self-test`` does minus the program: a QApplication, a main
window with a table view, shown, the pending events processed, then exit. Frozen by
``hello.spec`` with the same exclusions as the program (``packaging/bundling.py``).
"""

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class FirstPaint(QObject):
    """With DELEGATION_STARTUP_TRACE set, as for the program (ui/startup.py): writes
    "startup: first paint" on stderr when the window first paints, then quits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print("startup: first paint", file=sys.stderr, flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Hello")
    window.setCentralWidget(QTableView())
    if os.environ.get("DELEGATION_STARTUP_TRACE"):
        watcher = FirstPaint()
        window.installEventFilter(watcher)
        window.show()
        return app.exec()
    window.show()
    app.processEvents()
    if "--self-test" not in sys.argv[1:]:
        return app.exec()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
