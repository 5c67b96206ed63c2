"""Roster work off the GUI thread: reading a partner's file, planning and applying its import,
running the pre-departure checks.

Each job opens its own session from the ``Database`` and reports through signals only; a
failure becomes one sentence (``failed``), never a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal

from delegation_app.errors import DomainError
from delegation_app.interchange.roster_columns import REQUIRED, guess_mapping
from delegation_app.interchange.roster_import import (
    ImportPlan,
    apply_roster_import,
    plan_roster_import,
)
from delegation_app.interchange.tabular import ImportFileError, Table, read_table
from delegation_app.services.checks import run_checks
from delegation_app.storage.database import Database, backup_before
from ui.i18n import core_text
from ui.labels import arg
from ui.workers import Job

log = logging.getLogger(__name__)

#: The suffixes a file dropped on the window may have to be taken for a roster.
ROSTER_SUFFIXES = (".csv", ".xlsx", ".ods")


def failure_text(exc: Exception) -> str:
    """One sentence for the coordinator: the core's own for its errors, else the bare facts."""
    if isinstance(exc, DomainError):
        return core_text(exc)  # in the window's language (a plain read: fine in a worker)
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or exc}{where}"
    log.error("unexpected failure in a roster job", exc_info=exc)
    return arg(
        QCoreApplication.translate("RosterJobs", "Unexpected error (%1): %2"),
        type(exc).__name__,
        exc,
    )


def has_required(mapping: Mapping[int, str]) -> bool:
    return all(name in mapping.values() for name in REQUIRED)


def workbook_sheets(path: Path) -> tuple[str, ...]:
    """The sheet names of an XLSX workbook, in order; none for a text file or a bad workbook.

    The core reads one sheet at a time and does not list them (``read_table`` takes a name).
    """
    try:
        with path.open("rb") as handle:
            if not handle.read(4).startswith(b"PK\x03\x04"):
                return ()
        from openpyxl import load_workbook  # only workbooks pay for it

        workbook = load_workbook(path, read_only=True)
        try:
            return tuple(workbook.sheetnames)
        finally:
            workbook.close()
    except Exception:  # read_table says what is wrong with the file, in the coordinator's words
        return ()


@dataclass(frozen=True)
class LoadedTable:
    """A file read for import: its table, the workbook's sheets and the one read."""

    path: Path
    table: Table
    sheets: tuple[str, ...] = ()
    sheet: str | None = None


def load_table(path: Path, sheet: str | None = None) -> LoadedTable:
    """Read ``path``; a workbook whose first sheet is not a list of people (a legend, a
    cover page) is read from its first sheet that has name columns instead."""
    sheets = workbook_sheets(path)
    chosen = sheet if sheet is not None else (sheets[0] if sheets else None)
    table = read_table(path, sheet=sheet)
    if sheet is None and len(sheets) > 1 and not has_required(guess_mapping(table.headers)):
        for other in sheets[1:]:
            try:
                candidate = read_table(path, sheet=other)
            except ImportFileError:
                continue
            if has_required(guess_mapping(candidate.headers)):
                table, chosen = candidate, other
                break
    return LoadedTable(path=path, table=table, sheets=sheets, sheet=chosen)


class ReadTableJob(Job):
    """Reads a partner's file; ``finished(LoadedTable)`` or ``failed(message)``."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, db: Database, path: Path, sheet: str | None = None) -> None:
        super().__init__(db)
        self.path = path
        self.sheet = sheet

    def work(self) -> None:
        try:
            loaded = load_table(self.path, self.sheet)
        except Exception as exc:
            self.failed.emit(failure_text(exc))
        else:
            self.finished.emit(loaded)


class PlanImportJob(Job):
    """Says what importing the table would do, row by row; ``finished(ImportPlan)``."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self, db: Database, mission_id: int, table: Table, mapping: Mapping[int, str]
    ) -> None:
        super().__init__(db)
        self.mission_id = mission_id
        self.table = table
        self.mapping = dict(mapping)

    def work(self) -> None:
        try:
            with self._db.reading() as session:
                plan = plan_roster_import(session, str(self.mission_id), self.table, self.mapping)
        except Exception as exc:
            self.failed.emit(failure_text(exc))
        else:
            self.finished.emit(plan)


class ApplyImportJob(Job):
    """Writes a plan in one transaction of its own; ``finished(ImportResult)`` or nothing."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, db: Database, plan: ImportPlan, *, skip_refused: bool) -> None:
        super().__init__(db)
        self.plan = plan
        self.skip_refused = skip_refused

    def work(self) -> None:
        try:
            # As the CLI does: a copy first, so that an import the coordinator regrets can be
            # taken back from the backups (an import is not on the undo stack). No copy, no
            # import: backup_before raises and the failure is said.
            if self._db.path is not None:
                backup_before(self._db, "import")
            with self._db.transaction() as session:
                result = apply_roster_import(session, self.plan, skip_refused=self.skip_refused)
        except Exception as exc:
            self.failed.emit(failure_text(exc))
        else:
            self.finished.emit(result)


class ChecksJob(Job):
    """Runs every pre-departure check on one mission; ``finished(generation, findings)``."""

    finished = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, db: Database, mission_id: int, generation: int) -> None:
        super().__init__(db)
        self.mission_id = mission_id
        self.generation = generation

    def work(self) -> None:
        try:
            with self._db.reading() as session:
                findings = run_checks(session, str(self.mission_id))
        except Exception as exc:
            self.failed.emit(self.generation, failure_text(exc))
        else:
            self.finished.emit(self.generation, tuple(findings))
