"""Run the CLI and SIGKILL it at the N-th SQL statement it sends (for test_crash_safety).

``python -m tests.core.crash_at N COUNT_FILE -- delegation-cli arguments...``

The kill is a real ``kill -9`` of this very process, sent from inside it just before the
statement reaches SQLite: nothing is flushed, no ``finally`` runs, as when a laptop's battery
dies. Counting statements instead of drawing a moment in time can put a kill inside the
writing, which is the part a crash can damage. With N = 0 nothing is killed and the number of
statements the run sent, then the number of its first write, go to COUNT_FILE, so that a test
can spread its kills over them.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine


def main(argv: list[str]) -> int:
    kill_at, count_file, separator, *cli_argv = argv
    assert separator == "--", "usage: crash_at N COUNT_FILE -- ARGS..."
    target = int(kill_at)
    seen = 0
    first_write = 0

    # Every engine the CLI makes (the program's and Alembic's) goes through this listener.
    @event.listens_for(Engine, "before_cursor_execute")
    def count(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        nonlocal seen, first_write
        seen += 1
        if not first_write and statement.lstrip()[:6].upper() in ("INSERT", "UPDATE", "DELETE"):
            first_write = seen
        if seen == target:
            os.kill(os.getpid(), signal.SIGKILL)

    from delegation_app.cli import main as cli_main

    try:
        return cli_main(cli_argv)
    finally:
        Path(count_file).write_text(f"{seen} {first_write}", encoding="ascii")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
