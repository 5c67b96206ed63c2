"""A workaround for a reference-counting bug of PySide6 6.12.0 on CPython 3.11.

PySide6 6.12.0 returns ``None`` to Python without taking a reference to it: from every call of
a void method (``label.setText(...)``, ``widget.update()``), every null pointer
(``obj.parent()``) and every invalid ``QVariant`` (``index.data(role)``). From CPython 3.12
``None`` is immortal and nothing happens; on 3.11 its count runs down with every such call, and
after some minutes of use the interpreter aborts with "Fatal Python error: none_dealloc:
deallocating None". PySide6 6.11 does not do this.

Where the loss is measured (once, at import), ``None`` is made as good as immortal, as 3.12
makes it, by adding a count that a lifetime of calls cannot run down. Nothing is done where the
bug is absent. Keep PySide6 off 6.12.0 (or run on Python 3.12+) and this module is inert.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

_PROBE_CALLS = 400
#: What 3.12 gives its immortal objects, near enough: 2**40 calls is decades of use.
_IMMORTAL_COUNT = 1 << 40


def none_references_lost_per_call() -> int:
    """How many references to None PySide loses on each call of a void method."""
    if sys.version_info >= (3, 12) or not hasattr(sys, "getrefcount"):
        return 0  # None is immortal: its count is never used
    probe = QObject()
    losses = []
    for _attempt in range(2):
        before = sys.getrefcount(None)
        for _ in range(_PROBE_CALLS):
            probe.setObjectName("probe")  # a void method: it returns None
        losses.append(before - sys.getrefcount(None))
    lost = min(losses) / _PROBE_CALLS
    return round(lost) if lost >= 0.95 and abs(lost - round(lost)) < 0.05 else 0


def protect_none() -> bool:
    """Make None immortal if this PySide loses references to it; True when it had to."""
    if none_references_lost_per_call() == 0:
        return False
    # CPython (3.11, not a debug build): the reference count is a PyObject's first field.
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < _IMMORTAL_COUNT // 2:
        count.value += _IMMORTAL_COUNT
    return True


#: Whether this PySide6 loses references to None (and None was protected at import).
NONE_PROTECTED = protect_none()
