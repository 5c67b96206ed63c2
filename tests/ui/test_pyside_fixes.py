"""PySide6 6.12.0 on CPython 3.11 loses a reference to None on every void call: the window
must survive a working day of them (see ui/pyside_fixes.py)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

from ui.pyside_fixes import NONE_PROTECTED, none_references_lost_per_call

#: More void calls than None has references in a fresh interpreter (some tens of thousands).
CALLS = 300_000


def test_none_is_protected_exactly_when_this_pyside_loses_references() -> None:
    assert (none_references_lost_per_call() > 0) == NONE_PROTECTED
    if NONE_PROTECTED:
        assert sys.getrefcount(None) > 1 << 39


def test_a_long_session_of_void_calls_does_not_abort_the_interpreter() -> None:
    label = QLabel()
    for _ in range(CALLS):
        label.setText("Hélène")  # returns None: one reference lost each time on 6.12.0/3.11
    assert label.text() == "Hélène"
