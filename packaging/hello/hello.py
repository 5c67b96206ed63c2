"""A bare PySide6 window: the yardstick for the bundle's size and start time (issue 10, item 5).

It does what ``delegation-app --self-test`` does minus the program: a QApplication, a main
window with a table view, shown, the pending events processed, then exit. Frozen by
``hello.spec`` with the same exclusions as the program (``packaging/bundling.py``).
"""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Hello")
    window.setCentralWidget(QTableView())
    window.show()
    app.processEvents()
    if "--self-test" not in sys.argv[1:]:
        return app.exec()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
