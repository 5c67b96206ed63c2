"""The Print page's worker: any paper of the print room, off the GUI thread.

One :class:`PaperRequest` says which document, for whom, with which options and into which
folder; :class:`PaperJob` reads what it needs in its own session, lays the document out, and
reports through signals. Booklets go through the same parallel batch as the command line
(``printing.batch``); the other papers are one file each, laid out under a temporary name in
the folder and moved into place only if the job was not cancelled meanwhile, so a cancel never
leaves a file under its final name.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal

from delegation_app.errors import DomainError, ValidationError
from delegation_app.services.booklet import BookletData, booklet_file_name, booklets_data
from delegation_app.services.missions import MissionView, get_mission
from delegation_app.services.print_changes import changed_booklets, last_prints
from delegation_app.services.roster import RosterEntry, list_groups, list_roster
from delegation_app.services.validation import collation_key, slugify
from delegation_app.storage.database import Database
from delegation_app.storage.models import ParticipantStatus
from ui.labels import arg
from ui.workers import BOOKLET_LANGUAGES, Job, _error_text, record_booklets

log = logging.getLogger(__name__)

BOOKLETS = "booklets"
PROGRAMME = "programme"
FACE_BOOK = "facebook"
LETTERS = "letters"
BADGES = "badges"
TENT_CARDS = "tents"
ROOMING = "rooming"
TRANSFERS = "transfers"
#: Every document of the print room, in the order the page lists them.
DOCUMENTS = (BOOKLETS, PROGRAMME, FACE_BOOK, LETTERS, BADGES, TENT_CARDS, ROOMING, TRANSFERS)
#: Documents printed for chosen delegates (the others cover the whole mission).
FOR_DELEGATES = frozenset({BOOKLETS, PROGRAMME, FACE_BOOK, LETTERS, BADGES, TENT_CARDS})
#: Documents that can be printed in each delegate's own language.
OWN_LANGUAGE = frozenset({BOOKLETS, LETTERS})
#: Documents laid out on A4, A5 or Letter (badges and tent cards are on label sheets).
PAGE_SIZED = frozenset({BOOKLETS, PROGRAMME, FACE_BOOK, LETTERS, ROOMING, TRANSFERS})
#: The label sheets of each labelled document.
LAYOUTS = {BADGES: ("90x54", "a6-4up"), TENT_CARDS: ("tent",)}
PAGE_SIZES = ("A4", "A5", "Letter")

# The file each single document is saved as, before the mission and whose.
_FILE_STEMS = {
    PROGRAMME: "programme",
    FACE_BOOK: "face-book",
    LETTERS: "visa-letters",
    BADGES: "badges",
    TENT_CARDS: "tent-cards",
    ROOMING: "rooming-list",
    TRANSFERS: "transfer-manifest",
}


@dataclass(frozen=True)
class PaperRequest:
    """What to print, for whom, how, and where.

    ``people``: (person id, language or None) of the delegates, in print order; None for the
    whole delegation. A person's language None means ``language``; ``language`` None means
    each delegate's own. ``whose`` is added to the file names ("" for everyone).
    """

    document: str
    mission_id: int
    folder: Path
    people: tuple[tuple[int, str | None], ...] | None = None
    whose: str = ""
    group: str | None = None  # the group chosen, when it is one
    language: str | None = None
    page_size: str = "A4"
    imposed: bool = False
    combined: bool = False
    layout: str = "90x54"
    crop_marks: bool = False


@dataclass(frozen=True)
class PaperResult:
    """What a print wrote: ``files`` (whole files only), the combined file, and warnings."""

    document: str
    folder: Path
    files: tuple[Path, ...]
    total: int  # files asked for (booklets: one per delegate)
    count: int  # pages' subjects printed: booklets, badges, letters, cards...
    combined: Path | None = None
    cancelled: bool = False
    warnings: tuple[str, ...] = ()

    @property
    def main_file(self) -> Path | None:
        """The file "Open file" opens: the combined file, else the only or first one."""
        if self.combined is not None:
            return self.combined
        return self.files[0] if self.files else None


def whose_suffix(name: str) -> str:
    """The part of a file name that says whose it is: a group's name as a slug."""
    return f"-{slugify(name)}" if name else ""


def file_name(document: str, mission_short: str, whose: str = "") -> str:
    """The file a single document (or the booklets' combined file) is saved as."""
    stem = "booklets" if document == BOOKLETS else _FILE_STEMS[document]
    return f"{stem}-{mission_short}{whose_suffix(whose)}.pdf"


def sheet_of(request: PaperRequest) -> str:
    """Imposed A5 pages go two-up on A4, or on Letter when Letter is asked for."""
    if request.imposed:
        return "Letter" if request.page_size.lower() == "letter" else "A4"
    return request.page_size


class NothingToPrint(DomainError):
    """Nobody (or nothing) to print with the choices made."""


class PaperJob(Job):
    """Prints one document of the print room.

    ``progress(done, total, name)`` as the work goes (booklets: after each one), then
    ``finished(PaperResult)`` (also when cancelled) or ``failed(message)``.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, db: Database, request: PaperRequest, *, workers: int | None = None) -> None:
        super().__init__(db)
        self.request = request
        self.workers = workers  # booklets: processes; default one per core for a large batch

    def work(self) -> None:
        try:
            result = self._booklets() if self.request.document == BOOKLETS else self._single()
        except Exception as exc:  # every failure becomes a sentence for the page
            if not isinstance(exc, DomainError | OSError):
                log.exception("printing %s failed", self.request.document)
            message = _error_text(exc)
            if not isinstance(exc, NothingToPrint):
                message = arg(
                    QCoreApplication.translate(
                        "PrintJobs", "The document could not be printed: %1"
                    ),
                    message,
                )
            self.failed.emit(message)
        else:
            self.finished.emit(result)

    # --- who -----------------------------------------------------------------------------

    def _entries(self, session: Any) -> list[RosterEntry]:
        """The delegates asked for, not cancelled, in print order (the roster's for all)."""
        entries = [
            e
            for e in list_roster(session, self.request.mission_id)
            if e.status != ParticipantStatus.CANCELLED
        ]
        people = self.request.people
        if people is None:
            return entries
        by_person = {e.person_id: e for e in entries}
        return [by_person[p] for p, _ in people if p in by_person]

    def _wanted(self, entries: Sequence[RosterEntry]) -> list[tuple[int, str | None]]:
        languages = dict(self.request.people or ())
        return [(e.person_id, languages.get(e.person_id) or self.request.language) for e in entries]

    # --- booklets ------------------------------------------------------------------------

    def _booklets(self) -> PaperResult:
        from delegation_app.printing.batch import BookletOrder, print_batch

        request = self.request
        with self._db.reading() as session:
            mission = get_mission(session, str(request.mission_id))
            entries = self._entries(session)
            booklets = booklets_data(session, str(mission.id), self._wanted(entries))
        if not booklets:
            raise NothingToPrint(
                QCoreApplication.translate("PrintJobs", "There is no delegate to print for.")
            )
        folder = request.folder
        folder.mkdir(parents=True, exist_ok=True)
        orders = [
            BookletOrder(
                data,
                folder / booklet_file_name(data.delegate.short, data.language),
                page_size=sheet_of(request),
                imposed=request.imposed,
            )
            for data in booklets
        ]
        combined = folder / file_name(BOOKLETS, mission.short, request.whose)
        written: list[BookletData] = []
        files: list[Path] = []
        combined_written: Path | None = None
        total = len(orders)
        self.progress.emit(0, total, "")
        try:
            for step in print_batch(
                orders,
                combined=combined if request.combined else None,
                workers=self.workers,
                cancel=self._cancel,
            ):
                if step.combined:
                    combined_written = step.path
                elif step.order is not None:
                    written.append(step.order.data)
                    files.append(step.path)
                    self.progress.emit(step.done, total, step.name)
        finally:
            record_booklets(self._db, written)
        return PaperResult(
            document=BOOKLETS,
            folder=folder,
            files=tuple(files),
            total=total,
            count=len(files),
            combined=combined_written,
            cancelled=self.cancelled
            and (len(files) < total or (request.combined and combined_written is None)),
        )

    # --- the other papers ----------------------------------------------------------------

    def _single(self) -> PaperResult:
        request = self.request
        language = request.language or "en"
        self.progress.emit(0, 1, "")
        with self._db.reading() as session:
            mission = get_mission(session, str(request.mission_id))
            render, count, warnings = self._prepare(session, mission, language)
        folder = request.folder
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / file_name(request.document, mission.short, request.whose)
        if self.cancelled:
            return PaperResult(request.document, folder, (), 1, 0, cancelled=True)
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".pdf.part", dir=folder)
        os.close(handle)
        pending = Path(name)
        try:
            render(pending)
            if self.cancelled:  # asked while the document was laid out: not kept
                pending.unlink(missing_ok=True)
                return PaperResult(request.document, folder, (), 1, 0, cancelled=True)
            os.replace(pending, target)
        except BaseException:
            pending.unlink(missing_ok=True)
            raise
        self.progress.emit(1, 1, target.name)
        return PaperResult(request.document, folder, (target,), 1, count, warnings=tuple(warnings))

    def _prepare(
        self, session: Any, mission: MissionView, language: str
    ) -> tuple[Any, int, list[str]]:
        """Read what the document prints; returns (render(path), how many, warnings)."""
        request = self.request
        document = request.document
        size = request.page_size
        warnings: list[str] = []
        if document == PROGRAMME:
            from delegation_app.printing.programme import render_delegation_programme
            from delegation_app.services.papers import delegation_programme

            entries = None if request.people is None else self._entries(session)
            programme = delegation_programme(
                session,
                str(mission.id),
                attended_by=None if entries is None else [e.participant_id for e in entries],
            )
            for_whom = None
            if entries is not None:
                for_whom = request.group or ", ".join(
                    f"{e.given_name} {e.family_name}" for e in entries
                )

            def render(path: Path) -> Any:
                return render_delegation_programme(
                    programme, path, language=language, page_size=size, for_whom=for_whom
                )

            return render, len(programme.lines), warnings
        if document == FACE_BOOK:
            from delegation_app.printing.face_book import render_face_book
            from delegation_app.services.papers import face_book

            people = (
                None if request.people is None else [e.person_id for e in self._entries(session)]
            )
            book = face_book(session, str(mission.id), person_ids=people)
            if not book.groups:
                raise NothingToPrint(
                    QCoreApplication.translate("PrintJobs", "There is no delegate to print for.")
                )

            def render(path: Path) -> Any:
                return render_face_book(book, path, language=language, page_size=size)

            return render, sum(len(g.cards) for g in book.groups), warnings
        if document == LETTERS:
            from delegation_app.printing.letters import render_letters
            from delegation_app.services.branding import organisation_logo
            from delegation_app.services.papers import invitation_letters

            entries = self._entries(session)
            letters = invitation_letters(
                session, str(mission.id), [e.person_id for e in entries], language=request.language
            )
            if not letters:
                raise NothingToPrint(
                    QCoreApplication.translate("PrintJobs", "There is no delegate to print for.")
                )
            logo = organisation_logo(session)
            content = logo.content if logo else None
            warnings += [
                arg(
                    QCoreApplication.translate(
                        "PrintJobs", "%1 has no passport on record: complete the number by hand"
                    ),
                    name,
                )
                for name in dict.fromkeys(x.full_name for x in letters if not x.passport_number)
            ]

            def render(path: Path) -> Any:
                return render_letters(letters, path, logo=content, page_size=size)

            return render, len(letters), warnings
        if document in (BADGES, TENT_CARDS):
            from delegation_app.printing.badges import badges_from_roster, render_badges

            badges = badges_from_roster(
                self._entries(session),
                language=language,
                groups=list_groups(session, mission.id),
            )
            if not badges:
                raise NothingToPrint(
                    QCoreApplication.translate("PrintJobs", "There is no delegate to print for.")
                )
            layout = "tent" if document == TENT_CARDS else request.layout

            def render(path: Path) -> Any:
                return render_badges(
                    badges,
                    path,
                    layout=layout,
                    mission_title=mission.title(language),
                    language=language,
                    crop_marks=request.crop_marks,
                )

            return render, len(badges), warnings
        if document == ROOMING:
            from delegation_app.printing.rooming import render_rooming_list
            from delegation_app.services.rooming import rooming_lists

            lists = rooming_lists(session, str(mission.id))
            unhoused = {d.full_name: None for r in lists for d in r.without_room}
            warnings += [
                arg(QCoreApplication.translate("PrintJobs", "%1 has no room"), name)
                for name in unhoused
            ]

            def render(path: Path) -> Any:
                return render_rooming_list(lists, path, language=language, page_size=size)

            return render, sum(len(r.guests) for r in lists), warnings
        if document == TRANSFERS:
            from delegation_app.printing.transfers import render_transfer_manifest
            from delegation_app.services.transfers import list_transfers

            transfers = list_transfers(session, mission.id)

            def render(path: Path) -> Any:
                return render_transfer_manifest(
                    transfers,
                    path,
                    language=language,
                    mission_title=mission.title(language),
                    page_size=size,
                )

            return render, len(transfers), warnings
        raise ValidationError("document", f"'{document}' is not a document of the print room")


# --- the change list ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ChangeRow:
    """A delegate whose booklet is to be reprinted, in the language it was printed in."""

    person_id: int
    name: str
    language: str
    never_printed: bool
    changes: tuple[str, ...]
    sort_key: tuple[str, str] = ("", "")  # family name, given name, as a list is read


@dataclass(frozen=True)
class ChangeList:
    """The booklets of a mission that differ from their last print (and those never printed)."""

    mission_id: int
    rows: tuple[ChangeRow, ...]
    never_printed: int


def change_list(
    db: Database, mission_id: int, entries: Sequence[RosterEntry], language: str
) -> ChangeList:
    """Each delegate's booklet now, in the language it was last printed in (else their own),
    against its last print; the reasons worded in ``language``."""
    with db.reading() as session:
        printed = last_prints(session, mission_id)
        wanted: list[tuple[int, str | None]] = []
        for entry in entries:
            record = printed.get(entry.person_id)
            last = record.facts.get("language") if record is not None else None
            wanted.append((entry.person_id, last if last in BOOKLET_LANGUAGES else None))
        booklets = booklets_data(session, str(mission_id), wanted)
        changes = changed_booklets(session, mission_id, booklets, language=language)
    languages = {b.delegate.person_id: b.language for b in booklets}
    keys_of = {
        e.person_id: (collation_key(e.family_name), collation_key(e.given_name)) for e in entries
    }
    rows = tuple(
        ChangeRow(
            change.person_id,
            change.name,
            languages[change.person_id],
            change.never_printed,
            change.changes,
            keys_of[change.person_id],
        )
        for change in changes
    )
    return ChangeList(mission_id, rows, sum(1 for row in rows if row.never_printed))


class ChangeListJob(Job):
    """Reads the change list; emits ``finished(ChangeList)`` or ``failed(message)``."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self, db: Database, mission_id: int, entries: Sequence[RosterEntry], language: str
    ) -> None:
        super().__init__(db)
        self.mission_id = mission_id
        self.entries = tuple(entries)
        self.language = language

    def work(self) -> None:
        try:
            found = change_list(self._db, self.mission_id, self.entries, self.language)
        except Exception as exc:
            if not isinstance(exc, DomainError | OSError):
                log.exception("the change list could not be read")
            self.failed.emit(
                arg(
                    QCoreApplication.translate(
                        "PrintJobs", "The booklets could not be compared with their last print: %1"
                    ),
                    _error_text(exc),
                )
            )
        else:
            self.finished.emit(found)
