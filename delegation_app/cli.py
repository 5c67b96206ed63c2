"""delegation-cli: the command-line tool. It never imports Qt.

Every command takes ``--db PATH`` (default: $DELEGATION_DB, else the file in the user's data
folder). Errors are one sentence on stderr with a non-zero exit code, never a traceback.

An encrypted database's key comes from $DELEGATION_DB_KEY, or is asked on the terminal
(three tries); it is never an argument (others could read it in the process list).
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from dateutil import parser as date_parser

from delegation_app import __version__
from delegation_app.errors import DomainError, StorageError, ValidationError
from delegation_app.paths import default_database_path
from delegation_app.services import missions as mission_service
from delegation_app.services import people as people_service
from delegation_app.services import roster as roster_service
from delegation_app.storage.database import Database, open_database
from delegation_app.storage.lock import DatabaseInUse
from delegation_app.storage.models import ItemKind, MissionStatus
from delegation_app.storage.sqlite_driver import DatabaseKey, KeyRequired, WrongKey

EXIT_ERROR = 1
EXIT_USAGE = 2
KEY_VARIABLE = "DELEGATION_DB_KEY"
NEW_KEY_VARIABLE = "DELEGATION_DB_NEW_KEY"
KEY_TRIES = 3

T = TypeVar("T")


class CliError(Exception):
    """A problem with how the command was called (exit code 2)."""


def _db_path(args: argparse.Namespace) -> Path:
    if args.db:
        return Path(args.db)
    env = os.environ.get("DELEGATION_DB")
    return Path(env) if env else default_database_path()


def _key_from_environment(variable: str = KEY_VARIABLE) -> DatabaseKey | None:
    value = os.environ.get(variable)
    return DatabaseKey(value) if value else None


def _can_ask() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _with_key(attempt: Callable[[DatabaseKey | None], T]) -> T:
    """Run ``attempt`` with the key of an encrypted file: $DELEGATION_DB_KEY, else none, then
    asked on the terminal when a file turns out to need one (three tries)."""
    key = _key_from_environment()
    from_environment = key is not None
    tries = 0
    while True:
        try:
            return attempt(key)
        except (KeyRequired, WrongKey) as exc:
            if from_environment:
                if isinstance(exc, WrongKey):
                    raise StorageError(f"{exc} (the key comes from ${KEY_VARIABLE})") from None
                raise
            if not _can_ask():
                raise StorageError(
                    f"{exc} (set ${KEY_VARIABLE}, or run the command in a terminal to type it)"
                ) from None
            if tries == KEY_TRIES:
                raise
            if isinstance(exc, WrongKey):
                print(f"That key does not open {exc.path.name}.", file=sys.stderr)
            key = DatabaseKey(getpass.getpass(f"Key of {exc.path.name}: "))
            tries += 1


def _new_key(variable: str) -> DatabaseKey:
    """A new key: from ``variable``, else typed twice on the terminal."""
    value = os.environ.get(variable)
    if value:
        return DatabaseKey.new(value)
    if not _can_ask():
        raise CliError(f"set ${variable} to the new key, or run the command in a terminal")
    first = getpass.getpass("New key: ")
    key = DatabaseKey.new(first)
    if getpass.getpass("The new key again: ") != first:
        raise CliError("the two keys typed differ; nothing changed")
    return key


def _open(args: argparse.Namespace, *, write: bool = False) -> Database:
    """Open the database; a command that only reads may share it with an open window.

    Writers take the lock (one writer at a time). Readers try the lock too, so that the day's
    backup and any upgrade happen as usual, and if the window holds it they read alongside it
    (SQLite's WAL journal makes that safe) without upgrading or copying anything.
    """
    path = _db_path(args)

    def attempt(key: DatabaseKey | None) -> Database:
        if write:
            return open_database(path, key=key)
        try:
            return open_database(path, key=key)
        except DatabaseInUse:
            return open_database(path, lock=False, upgrade=False, daily_backup=False, key=key)

    return _with_key(attempt)


def _parse_date(field: str, text: str) -> date:
    """ISO dates (2017-11-05) or day-first dates as French users type them (05/11/2017)."""
    try:
        return date_parser.parse(text, dayfirst=True, yearfirst=False).date()
    except (ValueError, OverflowError) as exc:
        raise ValidationError(field, f"'{text}' is not a date (2017-11-05 or 05/11/2017)") from exc


def _print_table(rows: list[dict[str, Any]], columns: list[tuple[str, str]]) -> None:
    if not rows:
        print("(none)")
        return
    cells = [[str(row[key]) if row[key] is not None else "" for key, _ in columns] for row in rows]
    widths = [
        max(len(title), *(len(line[i]) for line in cells)) for i, (_, title) in enumerate(columns)
    ]
    print("  ".join(title.ljust(w) for (_, title), w in zip(columns, widths, strict=True)))
    for line in cells:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())


def _emit(
    args: argparse.Namespace, rows: list[dict[str, Any]], columns: list[tuple[str, str]]
) -> None:
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        _print_table(rows, columns)


# --- commands -----------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from delegation_app.interchange.demo import build_demo_database

    path = _db_path(args)
    if path.exists() and path.stat().st_size > 0 and not args.force:
        raise CliError(f"{path} already exists; add --force to replace it with the demo")
    build_demo_database(path)
    db = open_database(path)
    try:
        with db.reading() as session:
            found = mission_service.list_missions(session)
    finally:
        db.close()
    print(f"Demo database written to {path}:")
    for mission in found:
        print(f"  {mission.short}: {mission.title_en} ({mission.participant_count} delegates)")
    return 0


def _mission_row(m: mission_service.MissionView) -> dict[str, Any]:
    return {
        "id": m.id,
        "short": m.short,
        "title": m.title_fr,
        "title_en": m.title_en,
        "start": m.start_date.isoformat(),
        "end": m.end_date.isoformat(),
        "status": m.status.value,
        "stops": [{"city": s.city, "country": s.country, "zone": s.zone} for s in m.stops],
        "delegates": m.participant_count,
    }


def cmd_missions_list(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        with db.reading() as session:
            rows = [_mission_row(m) for m in mission_service.list_missions(session)]
    finally:
        db.close()
    for row in rows:
        row["destination"] = ", ".join(s["city"] for s in row["stops"])
    if not args.json:
        for row in rows:
            del row["stops"]
    _emit(
        args,
        rows,
        [
            ("id", "ID"),
            ("short", "SHORT"),
            ("title", "TITLE"),
            ("start", "START"),
            ("end", "END"),
            ("destination", "DESTINATION"),
            ("delegates", "DELEGATES"),
            ("status", "STATUS"),
        ],
    )
    return 0


def cmd_missions_create(args: argparse.Namespace) -> int:
    stops = [mission_service.StopInput.parse(text) for text in args.stop]
    db = _open(args, write=True)
    try:
        with db.transaction() as session:
            mission = mission_service.create_mission(
                session,
                title_fr=args.name,
                title_en=args.name_en,
                short=args.short,
                start_date=_parse_date("start", args.start),
                end_date=_parse_date("end", args.end),
                stops=stops,
                home_zone=args.home_zone,
                status=MissionStatus(args.status),
            )
    finally:
        db.close()
    print(f"Created mission {mission.short} (id {mission.id}).")
    return 0


def cmd_roster_list(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        with db.reading() as session:
            mission_id = mission_service.resolve_mission_id(session, args.mission)
            entries = roster_service.list_roster(session, mission_id)
    finally:
        db.close()
    rows = [
        {
            "id": e.person_id,
            "participant_id": e.participant_id,
            "short": e.short,
            "name": e.sort_name,
            "given_name": e.given_name,
            "family_name": e.family_name,
            "organisation": e.organisation,
            "role": e.role.value,
            "status": e.status.value,
            "groups": list(e.groups) if args.json else ", ".join(e.groups),
            "language": e.language,
            "room": e.room,
        }
        for e in entries
    ]
    _emit(
        args,
        rows,
        [
            ("id", "ID"),
            ("short", "SHORT"),
            ("name", "NAME"),
            ("organisation", "ORGANISATION"),
            ("role", "ROLE"),
            ("status", "STATUS"),
            ("groups", "GROUPS"),
            ("room", "ROOM"),
        ],
    )
    return 0


def cmd_roster_import(args: argparse.Namespace) -> int:
    from delegation_app.interchange.roster_columns import apply_overrides, guess_mapping
    from delegation_app.interchange.roster_import import (
        ImportRefused,
        RowAction,
        apply_roster_import,
        plan_roster_import,
    )
    from delegation_app.interchange.tabular import read_table
    from delegation_app.storage.database import backup_before

    table = read_table(Path(args.file), sheet=args.sheet)
    mapping = apply_overrides(table.headers, guess_mapping(table.headers), args.map or [])
    ignored = [h for i, h in enumerate(table.headers) if i not in mapping and h]
    db = _open(args, write=not args.dry_run)
    try:
        with db.transaction() as session:
            plan = plan_roster_import(session, args.mission, table, mapping)
            print(f"{table.source}: {len(table.rows)} rows")
            for index, field in sorted(mapping.items()):
                print(f"  column '{table.headers[index]}' -> {field}")
            if ignored:
                print("  ignored columns: " + ", ".join(f"'{h}'" for h in ignored))
            for row in plan.rows:
                if args.dry_run or row.action == RowAction.REFUSE:
                    print(row.describe())
            if plan.new_groups:
                print("new groups: " + ", ".join(plan.new_groups))
            if plan.new_organisations:
                print(f"new organisations: {len(plan.new_organisations)}")
            print(plan.summary())
            if args.dry_run:
                return EXIT_ERROR if plan.refused else 0
            if plan.refused and not args.skip_refused:
                raise ImportRefused(
                    f"{len(plan.refused)} row(s) of {plan.source} are refused; nothing was "
                    "imported (correct them, or add --skip-refused)"
                )
            # A copy first: an import can change hundreds of people at once.
            backup_before(db, "import")
            result = apply_roster_import(session, plan, skip_refused=args.skip_refused)
    finally:
        db.close()
    print(
        f"Imported: {result.created} created, {result.added} added, {result.updated} updated"
        + (f", {result.skipped} refused rows skipped" if result.skipped else "")
        + "."
    )
    return 0


def cmd_roster_export(args: argparse.Namespace) -> int:
    from delegation_app.interchange.roster_export import export_roster

    db = _open(args)
    try:
        with db.reading() as session:
            mission_id = mission_service.resolve_mission_id(session, args.mission)
            count = export_roster(
                session,
                mission_id,
                Path(args.output),
                language=args.lang,
                include_personal=args.with_personal_data,
            )
    finally:
        db.close()
    print(f"{count} delegates written to {args.output}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from delegation_app.services.check_wording import check_wording
    from delegation_app.services.checks import ERROR, run_checks

    db = _open(args)
    try:
        with db.reading() as session:
            findings = run_checks(session, args.mission, language=args.lang)
    finally:
        db.close()
    errors = sum(f.severity == ERROR for f in findings)
    if args.json:
        json.dump(
            [dataclasses.asdict(f) for f in findings], sys.stdout, ensure_ascii=False, indent=2
        )
        sys.stdout.write("\n")
    else:
        words = check_wording(args.lang)
        width = max((len(words.severity(f.severity)) for f in findings), default=7)
        for finding in findings:
            print(f"{words.severity(finding.severity).upper():{width}}  {finding.message}")
            print(f"{'':{width}}  -> {finding.advice}")
        print(words.summary(errors, len(findings) - errors))
    return EXIT_ERROR if errors else 0


def cmd_rooming(args: argparse.Namespace) -> int:
    from delegation_app.services.rooming import rooming_lists

    output = Path(args.output)
    suffix = output.suffix.lower()
    if output.is_dir() or suffix not in (".xlsx", ".pdf"):
        raise CliError(f"{output} must be a file name ending in .xlsx or .pdf")
    db = _open(args)
    try:
        with db.reading() as session:
            lists = rooming_lists(session, args.mission, include_needs=args.with_needs)
    finally:
        db.close()
    if suffix == ".xlsx":
        from delegation_app.interchange.rooming_export import export_rooming_xlsx

        export_rooming_xlsx(lists, output, language=args.lang)
    else:
        from delegation_app.printing.rooming import render_rooming_list

        render_rooming_list(lists, output, language=args.lang, page_size=args.page_size)
    rooms = sum(len(rooming.rooms) for rooming in lists)
    guests = sum(len(rooming.guests) for rooming in lists)
    print(f"Rooming list: {len(lists)} hotel(s), {rooms} rooms, {guests} guests, in {output}")
    # What the coordinator must act on is never printed for the hotel: it is said here.
    unhoused: dict[tuple[str | None, str], None] = {}
    for rooming in lists:
        for delegate in rooming.without_room:
            unhoused.setdefault((rooming.city, delegate.full_name), None)
        for delegate in rooming.cancelled_with_room:
            print(
                f"warning: {delegate.full_name} is cancelled but still has a room at "
                f"{rooming.hotel}: release it",
                file=sys.stderr,
            )
        for room in rooming.issues:
            count = len(room.guests)
            print(
                f"warning: room {room.number or '(to be assigned)'} at {rooming.hotel} is a "
                f"{room.room_type} with {count} guest{'s' if count > 1 else ''}",
                file=sys.stderr,
            )
    for city, name in unhoused:
        print(f"warning: {name} has no room{f' in {city}' if city else ''}", file=sys.stderr)
    return 0


def cmd_booklet(args: argparse.Namespace) -> int:
    from delegation_app.printing.batch import BookletOrder, render_order
    from delegation_app.services.booklet import booklet_data

    output = Path(args.output)
    if args.all:
        if args.person:
            raise CliError("give --person or --all, not both")
        # The whole delegation: the same engine as ``booklets`` (parallel, progress, cancel).
        args.group = None
        args.person = None
        args.combined = None
        args.changed = False
        args.dry_run = False
        args.workers = None
        return cmd_booklets(args)
    if not args.person:
        raise CliError("give --person SHORT for one booklet, or --all -o FOLDER for everyone")
    if output.is_dir():
        raise CliError(f"{output} is a folder; give a file name ending in .pdf")
    db = _open(args)
    try:
        with db.reading() as session:
            person_id = people_service.resolve_person_id(session, args.person)
            data = booklet_data(session, args.mission, person_id, _language(args.lang))
    finally:
        db.close()
    order = BookletOrder(data, output, page_size=_sheet(args), imposed=args.imposed)
    render_order(order)
    _record_prints(args, data.mission.id, [data])
    print(f"Booklet for {data.delegate.full_name} written to {output}")
    return 0


def _sheet(args: argparse.Namespace) -> str:
    """The paper: imposed A5 pages go two-up on A4, or on Letter when Letter is asked for."""
    if args.imposed:
        return "letter" if args.page_size.lower() == "letter" else "A4"
    return str(args.page_size)


#: The paper of the printed documents, as ``--size`` takes it (in any case: a4, A4, Letter).
PAGE_SIZES = ("A4", "A5", "letter")


def _page_size(value: str) -> str:
    """``--size a4`` as well as ``--size A4``; "us-letter" is Letter."""
    key = value.strip().lower().removeprefix("us").strip(" -_")
    for size in PAGE_SIZES:
        if key == size.lower():
            return size
    raise argparse.ArgumentTypeError(f"'{value}' is not one of A4, A5, letter")


def _language(value: str | None) -> str | None:
    return None if value in (None, "auto") else value


def _record_prints(args: argparse.Namespace, mission_id: int, booklets: Sequence[Any]) -> None:
    """Remember what was printed, for ``booklets --changed``; a warning when the database is
    open in the window (the booklets are written all the same)."""
    from delegation_app.services.print_changes import record_prints

    if not booklets:
        return
    try:
        db = open_database(_db_path(args), daily_backup=False)
    except DatabaseInUse:
        print(
            "warning: the database is open in the window: this print is not recorded, so "
            "--changed will still list these booklets",
            file=sys.stderr,
        )
        return
    try:
        with db.transaction() as session:
            record_prints(session, mission_id, booklets, at=None)
    finally:
        db.close()


class _ProgressBar:
    """A bar redrawn in place on a terminal (stderr); plain lines when output is a file."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.live = sys.stderr.isatty()
        self.drawn = False

    def step(self, done: int, label: str, path: Path) -> None:
        if not self.live:
            print(f"[{done}/{self.total}] {path}", flush=True)
            return
        import shutil

        columns = shutil.get_terminal_size((80, 24)).columns
        counter = f" {done}/{self.total} "
        width = max(10, min(40, columns - len(counter) - 24))
        filled = round(width * done / self.total) if self.total else width
        bar = "█" * filled + "░" * (width - filled)
        room = max(0, columns - width - len(counter) - 3)
        sys.stderr.write(f"\r{bar}{counter}{label[:room]:<{room}}")
        sys.stderr.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            sys.stderr.write("\n")
            sys.stderr.flush()
            self.drawn = False


def cmd_booklets(args: argparse.Namespace) -> int:
    from delegation_app.printing.batch import BookletOrder, print_batch
    from delegation_app.services.booklet import booklet_file_name, booklets_data
    from delegation_app.services.print_changes import changed_booklets

    output = Path(args.output)
    if output.exists() and not output.is_dir():
        raise CliError(f"{output} is a file; give a folder for the booklets")
    combined = Path(args.combined) if args.combined else None
    if combined is not None and combined.is_dir():
        raise CliError(f"{combined} is a folder; give a file name ending in .pdf")
    language = _language(args.lang)
    db = _open(args)
    try:
        with db.reading() as session:
            mission = mission_service.get_mission(session, args.mission)
            entries = _delegates(session, mission.id, args.person, args.group)
            # Read everything first, then print with the database closed: a long batch must
            # not hold the file while ReportLab works.
            booklets = booklets_data(
                session, str(mission.id), [(e.person_id, language) for e in entries]
            )
            changes = (
                changed_booklets(session, mission.id, booklets, language=language or "en")
                if args.changed
                else None
            )
    finally:
        db.close()
    if changes is not None:
        reasons = {change.person_id: change for change in changes}
        for change in changes:
            print(f"{change.name}: " + "; ".join(change.changes))
        booklets = [b for b in booklets if b.delegate.person_id in reasons]
        if not booklets:
            print("No booklet changed since it was last printed.")
            return 0
    if args.dry_run:
        print(f"{len(booklets)} booklets to print (dry run: nothing written)")
        return 0
    output.mkdir(parents=True, exist_ok=True)
    orders = [
        BookletOrder(
            data,
            output / booklet_file_name(data.delegate.short, data.language),
            page_size=_sheet(args),
            imposed=args.imposed,
        )
        for data in booklets
    ]
    bar = _ProgressBar(len(orders))
    printed: list[Any] = []
    combined_written = False
    # The first Ctrl+C asks the batch to stop: the booklets under way end and are counted, the
    # combined file is not written. A second one interrupts at once (whole files still).
    cancel = threading.Event()

    def interrupted(signum: int, frame: Any) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()

    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        for progress in print_batch(orders, combined=combined, workers=args.workers, cancel=cancel):
            if progress.combined:
                combined_written = True
            elif progress.order is not None:
                printed.append(progress.order.data)
                bar.step(progress.done, progress.name, progress.path)
    except BaseException:
        bar.close()
        _record_prints(args, mission.id, printed)
        raise
    finally:
        signal.signal(signal.SIGINT, previous)
    if cancel.is_set():
        bar.close()
        _record_prints(args, mission.id, printed)
        print(
            f"delegation-cli: interrupted: {len(printed)} of {len(orders)} booklets written to "
            f"{output}" + ("; the combined file was not written" if combined else ""),
            file=sys.stderr,
        )
        return 130
    bar.close()
    _record_prints(args, mission.id, printed)
    print(f"{len(printed)} booklets written to {output}")
    if combined_written:
        print(f"All of them in one file: {combined}")
    return 0


def _delegates(
    session: Any, mission_id: int, people: Sequence[str] | None, group: str | None
) -> list[Any]:
    """The delegates not cancelled, in roster order: all, one group's, or the people named."""
    from delegation_app.services.validation import collation_key
    from delegation_app.storage.models import ParticipantStatus

    entries = [
        e
        for e in roster_service.list_roster(session, mission_id)
        if e.status != ParticipantStatus.CANCELLED
    ]
    if group:
        names = {collation_key(g.name) for g in roster_service.list_groups(session, mission_id)}
        if collation_key(group) not in names:
            raise ValidationError("group", f"no group '{group}' on this mission")
        entries = [e for e in entries if collation_key(group) in map(collation_key, e.groups)]
    if people:
        wanted = [
            people_service.resolve_person_id(session, ref.strip())
            for text in people
            for ref in text.split(",")
            if ref.strip()
        ]
        by_person = {e.person_id: e for e in entries}
        for person_id in wanted:
            if person_id not in by_person:
                roster_service.resolve_participant_id(session, mission_id, person_id)
                raise ValidationError("person", "this delegate's participation is cancelled")
        entries = [by_person[p] for p in dict.fromkeys(wanted)]
    return entries


def _paper_output(args: argparse.Namespace) -> Path:
    """The PDF file of ``-o``; its folder is created if need be (as ``booklets`` does)."""
    output = Path(args.output)
    if output.is_dir():
        raise CliError(f"{output} is a folder; give a file name ending in .pdf")
    output.parent.mkdir(parents=True, exist_ok=True)
    return output


def cmd_programme(args: argparse.Namespace) -> int:
    from delegation_app.printing.programme import render_delegation_programme
    from delegation_app.services.papers import delegation_programme

    output = _paper_output(args)
    db = _open(args)
    try:
        with db.reading() as session:
            mission = mission_service.get_mission(session, args.mission)
            entries = (
                _delegates(session, mission.id, args.person, args.group)
                if args.person or args.group
                else None
            )
            chosen = None if entries is None else [e.participant_id for e in entries]
            programme = delegation_programme(
                session, str(mission.id), with_private=args.with_private, attended_by=chosen
            )
    finally:
        db.close()
    for_whom = None
    if entries is not None:
        for_whom = (
            ", ".join(f"{e.given_name} {e.family_name}" for e in entries)
            if args.person
            else args.group
        )
    render_delegation_programme(
        programme, output, language=args.lang, page_size=args.page_size, for_whom=for_whom
    )
    left_out = (
        f", {programme.private_left_out} private left out" if programme.private_left_out else ""
    )
    print(f"Programme of {len(programme.lines)} items{left_out} written to {output}")
    return 0


def cmd_facebook(args: argparse.Namespace) -> int:
    from delegation_app.printing.face_book import render_face_book
    from delegation_app.services.papers import face_book

    output = _paper_output(args)
    db = _open(args)
    try:
        with db.reading() as session:
            if args.person:
                mission = mission_service.get_mission(session, args.mission)
                entries = _delegates(session, mission.id, args.person, args.group)
                book = face_book(
                    session, str(mission.id), person_ids=[e.person_id for e in entries]
                )
            else:
                book = face_book(session, args.mission, group=args.group)
    finally:
        db.close()
    if not book.groups:
        raise CliError("nobody to print: no delegate in that group")
    render_face_book(book, output, language=args.lang, page_size=args.page_size)
    count = sum(len(group.cards) for group in book.groups)
    photos = sum(1 for group in book.groups for card in group.cards if card.photo)
    print(f"Face book of {count} delegates ({photos} with a photo) written to {output}")
    return 0


def cmd_letters(args: argparse.Namespace) -> int:
    from delegation_app.printing.letters import render_letters
    from delegation_app.services.branding import organisation_logo
    from delegation_app.services.papers import invitation_letters

    output = _paper_output(args)
    db = _open(args)
    try:
        with db.reading() as session:
            mission = mission_service.get_mission(session, args.mission)
            entries = _delegates(session, mission.id, args.person, args.group)
            letters = invitation_letters(
                session, str(mission.id), [e.person_id for e in entries],
                language=_language(args.lang),
            )  # fmt: skip
            logo = organisation_logo(session)
    finally:
        db.close()
    if not letters:
        raise CliError("nobody to write to: no delegate selected")
    count = render_letters(
        letters, output, logo=logo.content if logo else None, page_size=args.page_size
    )
    print(f"{count} invitation letters written to {output}")
    for letter in letters:
        if not letter.passport_number:
            print(
                f"warning: {letter.full_name} has no passport on record: the number is left "
                "to complete by hand",
                file=sys.stderr,
            )
    return 0


def cmd_settings_logo(args: argparse.Namespace) -> int:
    from delegation_app.services import branding

    if args.remove == bool(args.file):
        raise CliError("give the logo's FILE (PNG or JPEG), or --remove")
    content = Path(args.file).read_bytes() if args.file else b""
    db = _open(args, write=True)
    try:
        with db.transaction() as session:
            if args.remove:
                removed = branding.clear_organisation_logo(session)
            else:
                logo = branding.set_organisation_logo(session, content, args.file)
    finally:
        db.close()
    if args.remove:
        print("Logo removed." if removed else "There was no logo.")
    else:
        print(f"Logo {logo.file_name} ({logo.media_type}, {_size(len(content))}) stored.")
    return 0


def _stop_for(mission: mission_service.MissionView, day: date, city: str | None) -> Any:
    """The stop named by ``city``, else the one whose dates contain ``day``, else the first."""
    from delegation_app.services.validation import collation_key

    if city:
        for stop in mission.stops:
            if collation_key(stop.city) == collation_key(city):
                return stop
        cities = ", ".join(stop.city for stop in mission.stops)
        raise ValidationError("stop", f"'{city}' is not a stop of this mission ({cities})")
    for stop in mission.stops:
        if stop.start_date <= day <= stop.end_date:
            return stop
    return mission.stops[0] if mission.stops else None


def _attendees(session: Any, mission_id: int, spec: str | None) -> dict[str, Any]:
    """--attendees all | group:NAME | person:SHORT | except:SHORT, comma-separated."""
    from delegation_app.services.validation import collation_key
    from delegation_app.storage.models import Audience

    groups = {collation_key(g.name): g.id for g in roster_service.list_groups(session, mission_id)}
    group_ids: list[int] = []
    people: list[int] = []
    excluded: list[int] = []
    everyone = False
    for part in [p.strip() for p in (spec or "all").split(",") if p.strip()]:
        kind, _, name = part.partition(":")
        kind = kind.strip().lower()
        if kind in ("all", "everyone", "tous") and not name:
            everyone = True
        elif kind in ("group", "groupe") and name:
            if collation_key(name) not in groups:
                raise ValidationError("attendees", f"no group '{name}' on this mission")
            group_ids.append(groups[collation_key(name)])
        elif kind in ("person", "except") and name:
            person_id = people_service.resolve_person_id(session, name)
            participant = roster_service.resolve_participant_id(session, mission_id, person_id)
            (excluded if kind == "except" else people).append(participant)
        else:
            raise ValidationError(
                "attendees",
                f"'{part}' is not all, group:NAME, person:SHORT or except:SHORT",
            )
    if everyone:
        audience = Audience.EVERYONE
    elif group_ids:
        audience = Audience.GROUPS
    else:
        audience = Audience.PEOPLE
    return {
        "audience": audience,
        "group_ids": group_ids,
        "participant_ids": people,
        "excluded_participant_ids": excluded,
    }


def _span(wording: Any, entry: Any) -> str:
    """'10:25 CET → 17:40 EST' across zones, '09:00–10:30 EST' within one."""
    from delegation_app.printing.labels import zone_abbreviation

    start_zone, end_zone = zone_abbreviation(entry.start), zone_abbreviation(entry.end)
    start, end = wording.time(entry.start_local), wording.time(entry.end_local)
    if entry.start_zone != entry.end_zone or start_zone != end_zone:
        shift = (entry.end_local.date() - entry.start_local.date()).days
        later = f" ({wording.day_shift(shift)})" if shift else ""
        return f"{start} {start_zone} → {end} {end_zone}{later}"
    return f"{start}–{end} {start_zone}"


def cmd_itinerary_add(args: argparse.Namespace) -> int:
    from delegation_app.services import itinerary, venues
    from delegation_app.services.time_input import parse_duration, parse_local_datetime
    from delegation_app.storage.models import ItemKind

    db = _open(args, write=True)
    try:
        with db.transaction() as session:
            mission = mission_service.get_mission(session, args.mission)
            start = parse_local_datetime(
                "start", args.start, mission_start=mission.start_date, mission_end=mission.end_date
            )
            stop = _stop_for(mission, start.date(), args.stop)
            start_zone = args.start_zone or (stop.zone if stop else mission.home_zone)
            if args.duration:
                if args.end:
                    raise CliError("give --end or --duration, not both")
                end = start + parse_duration("duration", args.duration)
                end_zone = args.end_zone or start_zone
                if end_zone != start_zone:
                    raise CliError("--duration needs the end in the start's zone; give --end")
            elif args.end:
                end = parse_local_datetime(
                    "end",
                    args.end,
                    mission_start=mission.start_date,
                    mission_end=mission.end_date,
                    day=start.date(),
                )
                end_zone = args.end_zone or start_zone
            else:
                raise CliError("give the end: --end TIME or --duration 1h30")
            venue_id = None
            if args.place:
                venue_id = venues.find_or_create_venue(
                    session,
                    name=args.place,
                    address=args.address,
                    city=stop.city if stop else None,
                    zone=stop.zone if stop else None,
                )
            flight = None
            if args.flight:
                code = re.fullmatch(r"([A-Z0-9]{2})\s*(\d{1,4}[A-Z]?)", args.flight.strip().upper())
                if code is None:
                    raise CliError(f"'{args.flight}' is not a flight code such as AF 7630")
                carrier, number = code.groups()
                if not (args.departure and args.arrival):
                    raise CliError("a flight needs --from and --to airports (IATA codes)")
                flight = itinerary.FlightInput(
                    carrier=carrier,
                    number=number,
                    departure_airport=args.departure,
                    arrival_airport=args.arrival,
                )
            staff = None
            if args.staff:
                staff = roster_service.resolve_participant_id(
                    session, mission.id, people_service.resolve_person_id(session, args.staff)
                )
            item_id = itinerary.create_item(
                session,
                mission_id=mission.id,
                kind=ItemKind(args.kind),
                title_fr=args.title,
                title_en=args.title_en,
                start_local=start,
                start_zone=start_zone,
                end_local=end,
                end_zone=end_zone,
                stop_id=stop.id if stop else None,
                venue_id=venue_id,
                dress_code=args.dress_code,
                to_bring=args.to_bring,
                notes_fr=args.notes,
                notes_en=args.notes_en,
                staff_in_charge_id=staff,
                recurrence=args.repeat,
                is_private=args.private,
                flight=flight,
                **_attendees(session, mission.id, args.attendees),
            )
    finally:
        db.close()
    print(
        f"Item {item_id} added: {args.title}, {start:%Y-%m-%d %H:%M} {start_zone} → "
        f"{end:%Y-%m-%d %H:%M} {end_zone}"
    )
    return 0


def cmd_itinerary_import(args: argparse.Namespace) -> int:
    from delegation_app.interchange.itinerary_import import (
        ImportRefused,
        RowAction,
        apply_itinerary_import,
        plan_itinerary_import,
    )
    from delegation_app.interchange.tabular import read_table
    from delegation_app.storage.database import backup_before

    table = read_table(Path(args.file), sheet=args.sheet)  # a bad file fails before the database
    db = _open(args, write=not args.dry_run)
    try:
        with db.transaction() as session:
            plan = plan_itinerary_import(session, args.mission, table, overrides=args.map or [])
            print(f"{table.source}: {len(table.rows)} rows")
            for index, field in sorted(plan.mapping.items()):
                print(f"  column '{plan.headers[index]}' -> {field}")
            if plan.ignored_columns:
                print("  ignored columns: " + ", ".join(f"'{h}'" for h in plan.ignored_columns))
            for row in plan.rows:
                if args.dry_run or row.action != RowAction.CREATE:
                    print(row.describe())
            if plan.new_places:
                print("new places: " + ", ".join(plan.new_places))
            print(plan.summary())
            if args.dry_run:
                return EXIT_ERROR if plan.refused else 0
            if plan.refused:
                raise ImportRefused(
                    f"{len(plan.refused)} row(s) of {plan.source} are refused; nothing was "
                    "imported (correct the file and import it again)"
                )
            backup_before(db, "import")
            result = apply_itinerary_import(session, plan)
    finally:
        db.close()
    print(
        f"Imported: {result.created} items created"
        + (f", {result.skipped} already there" if result.skipped else "")
        + (f", {result.places_created} new places" if result.places_created else "")
        + "."
    )
    return 0


def _pickup_plan(session: Any, args: argparse.Namespace) -> Any:
    from datetime import timedelta

    from delegation_app.services.transfers import pickup_plan

    mission = mission_service.get_mission(session, args.mission)
    on = _parse_date("on", args.on) if args.on else None
    stop = _stop_for(mission, on or mission.start_date, args.stop)
    if stop is None:
        raise CliError("the mission has no stop to collect the delegation in")
    return pickup_plan(
        session,
        stop.id,
        airports=[code.strip() for code in args.airport] if args.airport else None,
        on=on,
        window=timedelta(minutes=args.window),
        capacity=args.capacity,
        allowance=timedelta(minutes=args.allowance) if args.allowance is not None else None,
        vehicle_name=args.vehicle,
    )


def _print_pickup_plan(plan: Any) -> None:
    print(f"Airport pick-ups in {plan.city} ({', '.join(plan.airports) or 'no airport'}):")
    for vehicle in plan.vehicles:
        flights = ", ".join(
            f"{f.carrier} {f.number} lands {f.landing_local:%d/%m %H:%M}" for f in vehicle.flights
        )
        seats = f"{len(vehicle.passengers)}/{vehicle.capacity}"
        print(
            f"  {vehicle.name}: leaves {vehicle.departure_local:%d/%m %H:%M} from "
            f"{vehicle.airport}, {seats} passengers ({flights})"
        )
    for passenger in plan.double_booked:
        print(
            f"  note: {passenger.given_name} {passenger.family_name} also lands on "
            f"{passenger.flight} at {passenger.landing_local:%d/%m %H:%M}; collected earlier"
        )
    if not plan.vehicles:
        print("  nobody lands there on those days")


def cmd_transfers_plan(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        with db.reading() as session:
            plan = _pickup_plan(session, args)
    finally:
        db.close()
    _print_pickup_plan(plan)
    return 0


def cmd_transfers_apply(args: argparse.Namespace) -> int:
    from delegation_app.services.transfers import apply_pickup_plan

    db = _open(args, write=True)
    try:
        with db.transaction() as session:
            plan = _pickup_plan(session, args)
            _print_pickup_plan(plan)
            item_ids = apply_pickup_plan(
                session, plan.mission_id, plan, meeting_point=args.meeting_point
            )
    finally:
        db.close()
    print(f"{len(item_ids)} transfers added to the programme")
    return 0


def cmd_transfers_manifest(args: argparse.Namespace) -> int:
    from delegation_app.printing.transfers import render_transfer_manifest
    from delegation_app.services.transfers import list_transfers

    output = _paper_output(args)
    db = _open(args)
    try:
        with db.reading() as session:
            mission = mission_service.get_mission(session, args.mission)
            stop_id = _stop_for(mission, mission.start_date, args.stop).id if args.stop else None
            transfers = list_transfers(session, mission.id, stop_id=stop_id)
    finally:
        db.close()
    render_transfer_manifest(
        transfers,
        output,
        language=args.lang,
        mission_title=mission.title(args.lang),
        page_size=args.page_size,
    )
    print(f"Manifest of {len(transfers)} transfers written to {output}")
    return 0


def cmd_itinerary_book(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from delegation_app.services import itinerary
    from delegation_app.storage.models import FlightDetails, ItineraryItem

    code = re.fullmatch(r"([A-Z0-9]{2})\s*(\d{1,4}[A-Z]?)", args.flight.strip().upper())
    if code is None:
        raise CliError(f"'{args.flight}' is not a flight code such as AF 7630")
    carrier, number = code.groups()
    db = _open(args, write=True)
    try:
        with db.transaction() as session:
            mission = mission_service.get_mission(session, args.mission)
            query = (
                select(ItineraryItem.id, ItineraryItem.start_local)
                .join(FlightDetails, FlightDetails.item_id == ItineraryItem.id)
                .where(
                    ItineraryItem.mission_id == mission.id,
                    FlightDetails.carrier == carrier,
                    FlightDetails.number == number,
                )
                .order_by(ItineraryItem.start_local)
            )
            flights = list(session.execute(query))
            if args.date:
                day = _parse_date("date", args.date)
                flights = [f for f in flights if f.start_local.date() == day]
            if not flights:
                raise ValidationError(
                    "flight", f"no flight {carrier} {number} in this mission's programme"
                )
            if len(flights) > 1:
                days = ", ".join(f"{f.start_local:%Y-%m-%d}" for f in flights)
                raise ValidationError(
                    "flight", f"{carrier} {number} flies on {days}: say which with --date"
                )
            person_id = people_service.resolve_person_id(session, args.person)
            participant_id = roster_service.resolve_participant_id(session, mission.id, person_id)
            itinerary.book_flight(
                session,
                item_id=flights[0].id,
                participant_id=participant_id,
                booking_reference=args.ref,
                seat=args.seat,
            )
    finally:
        db.close()
    seat = f", seat {args.seat}" if args.seat else ""
    print(f"{args.person} booked on {carrier} {number} (reference {args.ref}{seat})")
    return 0


def cmd_itinerary_list(args: argparse.Namespace) -> int:
    from delegation_app.printing.labels import Wording, zone_abbreviation
    from delegation_app.services.agenda import agenda_for, programme_for

    db = _open(args)
    try:
        with db.reading() as session:
            mission = mission_service.get_mission(session, args.mission)
            if args.person:
                person_id = people_service.resolve_person_id(session, args.person)
                participant_id = roster_service.resolve_participant_id(
                    session, mission.id, person_id
                )
                entries = agenda_for(session, participant_id)
            else:
                entries = programme_for(session, mission.id)
    finally:
        db.close()
    wording = Wording(args.lang)
    if args.json:
        rows = [
            {
                "item_id": e.item_id,
                "uid": e.uid,
                "kind": e.kind.value,
                "title": e.title(args.lang),
                "start": e.start_local.isoformat(timespec="minutes"),
                "start_zone": e.start_zone,
                "end": e.end_local.isoformat(timespec="minutes"),
                "end_zone": e.end_zone,
                "start_utc": e.start.astimezone(UTC).isoformat(timespec="minutes"),
                "end_utc": e.end.astimezone(UTC).isoformat(timespec="minutes"),
                "city": e.city,
                "venue": e.venue,
            }
            for e in entries
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not entries:
        print("(none)")
        return 0
    current_day = None
    for entry in entries:
        if entry.day != current_day:
            current_day = entry.day
            print(wording.day_heading(current_day))
        line = f"  {_span(wording, entry):<28} {entry.title(args.lang)}"
        if entry.venue or entry.city:
            line += f" — {', '.join(p for p in (entry.venue, entry.city) if p)}"
        # Home time beside it where it helps: only when the clocks differ.
        if entry.start.utcoffset() != entry.start_at_home.utcoffset():
            home = entry.start_at_home
            line += (
                f"  [{wording.zone_city(entry.home_zone)} {wording.time(home)} "
                f"{zone_abbreviation(home)}]"
            )
        print(line)
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    from delegation_app.interchange.ics_export import export_calendar

    output = Path(args.output)
    db = _open(args)
    try:
        with db.reading() as session:
            count = export_calendar(
                session, args.mission, output, person=args.person, language=args.lang
            )
    finally:
        db.close()
    whose = f"{args.person}'s agenda" if args.person else "the whole programme"
    print(f"{count} events ({whose}) written to {output}")
    return 0


def cmd_badges(args: argparse.Namespace) -> int:
    from delegation_app.printing.badges import (
        badges_for_mission,
        badges_from_roster,
        render_badges,
    )

    output = _paper_output(args)
    db = _open(args)
    try:
        with db.reading() as session:
            mission = mission_service.get_mission(session, args.mission)
            if args.person or args.group:
                badges = badges_from_roster(
                    _delegates(session, mission.id, args.person, args.group),
                    language=args.lang,
                    groups=roster_service.list_groups(session, mission.id),
                )
            else:
                badges = badges_for_mission(session, mission.id, language=args.lang)
    finally:
        db.close()
    count = render_badges(
        badges,
        output,
        layout=args.layout,
        mission_title=mission.title(args.lang),
        language=args.lang,
        crop_marks=args.crop_marks,
        skip=args.skip,
    )
    print(f"{count} badges ({args.layout}) written to {output}")
    return 0


def cmd_privacy_purge(args: argparse.Namespace) -> int:
    from delegation_app.services.privacy import apply_purge, purge_plan
    from delegation_app.storage.database import backup_before

    db = _open(args, write=not args.dry_run)
    try:
        with db.transaction() as session:
            plan = purge_plan(session, months=args.months)
            for entry in plan.entries:
                extra = [
                    *(["photo"] if entry.photo else []),
                    *(
                        [f"{entry.entry_authorisations} entry authorisation(s)"]
                        * bool(entry.entry_authorisations)
                    ),
                    *([f"{entry.flight_bookings} flight booking(s)"] * bool(entry.flight_bookings)),
                ]
                print(
                    f"  {entry.short}: last mission {entry.last_mission} (ended "
                    f"{entry.last_mission_end}): {len(entry.fields)} field(s) "
                    f"({', '.join(entry.fields)})" + "".join(f"; {part}" for part in extra)
                )
            print(plan.summary())
            if args.dry_run:
                print("Dry run: nothing erased.")
                return 0
            if plan.is_empty:
                return 0
            # The values are gone for good after this: a copy first, as before an import.
            print(f"Backup taken: {backup_before(db, 'purge')}")
            result = apply_purge(session, plan)
    finally:
        db.close()
    print(result.summary())
    print("Backups taken before today still hold these values until rotation deletes them.")
    return 0


def cmd_privacy_export(args: argparse.Namespace) -> int:
    from delegation_app.services.privacy import export_personal_data

    output = Path(args.output)
    db = _open(args)
    try:
        with db.reading() as session:
            export_personal_data(session, args.person, output)
    finally:
        db.close()
    print(
        f"Wrote {output} (readable by you only): everything held about {args.person}, passport "
        "and birth date included; send it securely."
    )
    return 0


def cmd_diagnostics(args: argparse.Namespace) -> int:
    from delegation_app.diagnostics import diagnostic_text

    print(diagnostic_text(_db_path(args)))
    return 0


def _register_filters(args: argparse.Namespace) -> Any:
    from delegation_app.services.agreements import RegisterFilters

    return RegisterFilters.parse(
        status=args.status, kind=args.kind, country=args.country, year=args.year
    )


def cmd_agreements_list(args: argparse.Namespace) -> int:
    from delegation_app.services.agreements import register_rows

    db = _open(args)
    try:
        with db.reading() as session:
            rows = register_rows(session, _register_filters(args))
    finally:
        db.close()
    if args.json:
        json.dump(
            [dataclasses.asdict(row) for row in rows],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
            default=str,
        )
        sys.stdout.write("\n")
        return 0
    _print_table(
        [
            {
                "short": row.short,
                "title": row.title(args.lang),
                "kind": row.kind.value,
                "status": row.status.value,
                "signed": row.signing_date,
            }
            for row in rows
        ],
        [
            ("short", "SHORT"),
            ("title", "TITLE"),
            ("kind", "KIND"),
            ("status", "STATUS"),
            ("signed", "SIGNED"),
        ],
    )
    return 0


def cmd_agreements_export(args: argparse.Namespace) -> int:
    from delegation_app.services.agreements import register_rows

    output = Path(args.output)
    suffix = output.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise CliError(f"{output} must be a file name ending in .pdf or .xlsx")
    filters = _register_filters(args)
    db = _open(args)
    try:
        with db.reading() as session:
            rows = register_rows(session, filters)
    finally:
        db.close()
    if suffix == ".xlsx":
        from delegation_app.interchange.agreements_export import export_register_xlsx

        export_register_xlsx(rows, output, language=args.lang, filters=filters)
    else:
        from delegation_app.printing.agreements import render_register

        render_register(rows, output, language=args.lang, filters=filters)
    print(f"{len(rows)} agreements written to {output}")
    return 0


def cmd_agreements_check(args: argparse.Namespace) -> int:
    """The whole register's follow-up: late commitments, renewal notices, ended agreements."""
    from datetime import date

    from delegation_app.services.agreements import list_agreements
    from delegation_app.services.check_wording import check_wording
    from delegation_app.services.checks import ERROR
    from delegation_app.services.commitments import check_commitments

    db = _open(args)
    try:
        with db.reading() as session:
            findings = check_commitments(session, None, date.today(), language=args.lang)
            shorts = {a.id: a.short for a in list_agreements(session)}
    finally:
        db.close()
    errors = sum(f.severity == ERROR for f in findings)
    if args.json:
        json.dump(
            [
                {**dataclasses.asdict(f), "agreement": shorts.get(f.agreement_id or 0)}
                for f in findings
            ],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
        return EXIT_ERROR if errors else 0
    words = check_wording(args.lang)
    width = max((len(words.severity(f.severity)) for f in findings), default=7)
    for finding in findings:
        short = shorts.get(finding.agreement_id or 0, "")
        print(f"{words.severity(finding.severity).upper():{width}}  {short}: {finding.message}")
        print(f"{'':{width}}  -> {finding.advice}")
    print(words.summary(errors, len(findings) - errors))
    return EXIT_ERROR if errors else 0


def _party_entry(session: Any, text: str) -> Any:
    """``"Name=ours"``, ``"Name=partner"``, or ``"Name=partner/CA"`` for an organisation to
    make: an organisation is found by its name (case and accents ignored), else made."""
    from delegation_app.errors import ValidationError
    from delegation_app.services.agreement_editing import PartyEntry
    from delegation_app.services.agreements import OUR_SIDE, PARTNER_SIDE
    from delegation_app.services.people import NewOrganisation, find_organisation

    name, equals, side_text = text.rpartition("=")
    side_word, _slash, country = side_text.partition("/")
    sides = {
        "ours": OUR_SIDE,
        "our": OUR_SIDE,
        "1": OUR_SIDE,
        "partner": PARTNER_SIDE,
        "2": PARTNER_SIDE,
    }
    side = sides.get(side_word.strip().lower())
    if not equals or not name.strip() or side is None:
        raise ValidationError(
            "party", f"'{text}' is not NAME=ours or NAME=partner (NAME=partner/CA for a country)"
        )
    found = find_organisation(session, name)
    if found is not None:
        return PartyEntry(side, found)
    return PartyEntry(side, new=NewOrganisation(" ".join(name.split()), country=country or None))


def cmd_agreements_add(args: argparse.Namespace) -> int:
    """Record a new agreement (as a draft): titles, kind, mission, parties."""
    from delegation_app.services.agreement_editing import AgreementForm, create_from_form
    from delegation_app.services.agreements import AgreementChanges, kind_label, parse_kind

    db = _open(args, write=True)
    try:
        with db.transaction() as session:
            mission_id = (
                mission_service.resolve_mission_id(session, args.mission) if args.mission else None
            )
            form = AgreementForm(
                changes=AgreementChanges(
                    title_fr=args.title_fr,
                    title_en=args.title_en,
                    kind=parse_kind(args.kind),
                    mission_id=mission_id,
                    domains=tuple(d.strip() for d in (args.domains or "").split(";")),
                ),
                parties=tuple(_party_entry(session, text) for text in args.party),
            )
            made = form.new_organisations
            view = create_from_form(session, form, short=args.short, changed_by=getpass_user())
    finally:
        db.close()
    if args.json:
        json.dump(dataclasses.asdict(view), sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
        return 0
    partners = ", ".join(p.organisation for p in view.parties if p.side == 2)
    print(
        f"Recorded {view.short} (id {view.id}): {view.title(args.lang)}, "
        f"{kind_label(view.kind, args.lang).lower()}, with {partners}, as a draft."
    )
    for organisation in made:
        print(f"New organisation: {organisation.name}")
    return 0


def getpass_user() -> str | None:
    """The system's login, for "changed by" (none in some containers)."""
    import getpass

    try:
        return getpass.getuser() or None
    except (KeyError, OSError):
        return None


def cmd_agreements_attach(args: argparse.Namespace) -> int:
    import getpass

    from delegation_app.services.agreement_documents import add_document_version

    db = _open(args, write=True)
    try:
        with db.transaction() as session:
            document = add_document_version(
                session,
                args.agreement,
                Path(args.file),
                uploaded_by=getpass.getuser(),
                signed=args.signed,
                note=args.note,
            )
    finally:
        db.close()
    print(
        f"Version {document.version} of {args.agreement}: {document.name}, "
        f"{_size(document.size)}, SHA-256 {document.sha256}"
        + (" (the signed copy)" if args.signed else "")
    )
    return 0


def cmd_runsheet(args: argparse.Namespace) -> int:
    from delegation_app.printing.agreements import render_run_sheet
    from delegation_app.services.agreements import run_sheet

    output = _paper_output(args)
    db = _open(args)
    try:
        with db.reading() as session:
            sheet = run_sheet(session, args.agreement)
    finally:
        db.close()
    render_run_sheet(sheet, output, language=args.lang)
    print(f"Run sheet written to {output}")
    return 0


def _size(size: int) -> str:
    amount = float(size)
    for unit in ("bytes", "KB", "MB"):
        if amount < 1024:
            return f"{size} bytes" if unit == "bytes" else f"{amount:.1f} {unit}"
        amount /= 1024
    return f"{amount:.1f} GB"


def _backup_folder_option(args: argparse.Namespace) -> Path | None:
    return Path(args.folder) if args.folder else None


def _session_span(session: Any, args: argparse.Namespace) -> tuple[Any, datetime, datetime, str]:
    """--start and --end as people type them, in the stop's zone; the mission's dates help."""
    from delegation_app.services.time_input import parse_local_datetime

    mission = mission_service.get_mission(session, args.mission)
    dates = {"mission_start": mission.start_date, "mission_end": mission.end_date}
    start = parse_local_datetime("start", args.start, **dates)
    end = parse_local_datetime("end", args.end, day=start.date(), **dates)
    stop = _stop_for(mission, start.date(), args.stop)
    zone = stop.zone if stop else mission.home_zone
    return mission, start, end, zone


def cmd_meetings_session(args: argparse.Namespace) -> int:
    from delegation_app.services import meeting_plan, venues

    db = _open(args, write=True)
    try:
        with db.transaction() as session:
            mission, start, end, zone = _session_span(session, args)
            venue_id = None
            if args.place:
                venue_id = venues.find_or_create_venue(session, name=args.place, zone=zone)
            session_id = meeting_plan.create_b2b_session(
                session,
                mission_id=mission.id,
                start_local=start,
                end_local=end,
                zone=zone,
                venue_id=venue_id,
                slot_minutes=args.slot,
                tables=args.tables,
                interpreters=args.interpreters,
                travel_minutes=args.travel,
            )
            view = next(
                v for v in meeting_plan.list_b2b_sessions(session, mission.id) if v.id == session_id
            )
    finally:
        db.close()
    print(
        f"B2B session added: {start:%Y-%m-%d %H:%M}-{end:%H:%M} {zone}, "
        f"{view.slot_count} slots of {args.slot} min, {args.tables} tables"
    )
    return 0


def cmd_meetings_window(args: argparse.Namespace) -> int:
    from delegation_app.services import meeting_plan

    db = _open(args, write=True)
    try:
        with db.transaction() as session:
            mission, start, end, zone = _session_span(session, args)
            meeting_plan.add_organisation_window(
                session,
                mission_id=mission.id,
                organisation_id=meeting_plan.resolve_organisation_id(session, args.organisation),
                start_local=start,
                end_local=end,
                zone=zone,
            )
    finally:
        db.close()
    print(f"{args.organisation} can meet {start:%Y-%m-%d %H:%M}-{end:%H:%M} {zone}")
    return 0


def _print_meeting_plan(plan: Any) -> None:
    from delegation_app.services.meeting_plan import Change, reason_text

    share = f"{plan.placed / plan.bound:.0%}" if plan.bound else "-"
    print(
        f"{plan.placed} of {plan.requested} meetings placed; the best any plan could do is "
        f"{plan.bound} ({share} of it)"
    )
    label = {
        Change.NEW: "new",
        Change.KEPT: "kept",
        Change.MOVED: "moved",
        Change.FIXED: "fixed",
        Change.DROPPED: "dropped",
        Change.UNPLACED: "not placed",
    }
    for row in sorted(
        plan.meetings,
        key=lambda m: (m.start is None, m.start.astimezone(UTC) if m.start else 0, m.meeting_id),
    ):
        who = ", ".join(row.delegates)
        if row.start is not None and row.end is not None:
            when = f"{row.start:%d/%m %H:%M}-{row.end:%H:%M}"
            if row.change is Change.MOVED and row.before is not None:
                when += f" (was {row.before:%d/%m %H:%M})"
            where = f" at {row.place}" if row.place else ""
            print(f"  {label[row.change]:<10} {when}  {row.organisation} with {who}{where}")
        else:
            print(f"  {label[row.change]:<10} {row.organisation} with {who}: {reason_text(row)}")
    for first, second in plan.locked_clashes:
        print(f"  warning: locked meetings {first} and {second} clash; unlock one to re-plan")


def cmd_meetings_schedule(args: argparse.Namespace) -> int:
    from delegation_app.services.meeting_plan import Change, apply_plan, plan_meetings

    db = _open(args, write=not args.dry_run)
    try:
        if args.dry_run:
            with db.reading() as session:
                plan = plan_meetings(
                    session, mission_service.resolve_mission_id(session, args.mission)
                )
        else:
            with db.transaction() as session:
                plan = apply_plan(
                    session, mission_service.resolve_mission_id(session, args.mission)
                )
    finally:
        db.close()
    _print_meeting_plan(plan)
    if args.dry_run:
        print("Dry run: nothing written.")
    else:
        print(
            f"Written: {plan.count(Change.NEW)} new, {plan.count(Change.MOVED)} moved "
            "(to confirm again with the companies), "
            f"{plan.count(Change.DROPPED)} back to requested."
        )
    return 0


def cmd_meetings_export(args: argparse.Namespace) -> int:
    from delegation_app.interchange.meetings_export import export_meetings_xlsx
    from delegation_app.services.meetings import list_meetings

    db = _open(args)
    try:
        with db.reading() as session:
            mission = mission_service.get_mission(session, args.mission)
            meetings = list_meetings(session, mission.id)
    finally:
        db.close()
    title = mission.title_fr if args.lang == "fr" else mission.title_en
    path = export_meetings_xlsx(
        meetings, Path(args.output), mission_title=title, language=args.lang
    )
    print(f"{len(meetings)} meetings written to {path}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from delegation_app.services.mission_report import mission_report

    output = Path(args.output)
    suffix = output.suffix.lower()
    if output.is_dir() or suffix not in (".pdf", ".xlsx"):
        raise CliError(f"{output} must be a file name ending in .pdf or .xlsx")
    db = _open(args)
    try:
        with db.reading() as session:
            report = mission_report(session, args.mission)
    finally:
        db.close()
    if suffix == ".xlsx":
        from delegation_app.interchange.mission_report_export import export_mission_report_xlsx

        export_mission_report_xlsx(report, output, language=args.lang)
    else:
        from delegation_app.printing.mission_report import render_mission_report

        render_mission_report(report, output, language=args.lang)
    meetings, pipeline = report.meetings, report.pipeline
    signed = len(report.agreements_signed)
    print(
        f"Report of {report.mission.short} written to {output}: {meetings.held} of "
        f"{meetings.requested} meetings held, {pipeline.leads} leads followed, "
        f"{pipeline.jobs_expected} jobs expected, {signed} "
        f"agreement{'' if signed == 1 else 's'} signed"
    )
    return 0


def _lead_row(row: Any, language: str) -> dict[str, Any]:
    investment = (
        f"{row.investment_expected} {row.investment_currency}"
        if row.investment_expected is not None
        else None
    )
    return {
        "id": row.id,
        "organisation": row.organisation,
        "stage": row.stage_label(language),
        "sector": row.sector,
        "jobs": row.jobs_expected,
        "investment": investment,
        "mission": row.mission_short,
        "next": (
            f"{row.next_action_due:%Y-%m-%d} {row.next_action}"
            if row.next_action_due
            else row.next_action
        ),
    }


def cmd_leads_list(args: argparse.Namespace) -> int:
    from delegation_app.services.leads import list_leads, parse_stage
    from delegation_app.services.meeting_plan import resolve_organisation_id

    db = _open(args)
    try:
        with db.reading() as session:
            rows = list_leads(
                session,
                mission_id=(
                    mission_service.resolve_mission_id(session, args.mission)
                    if args.mission
                    else None
                ),
                stage=parse_stage(args.stage) if args.stage else None,
                sector=args.sector,
                organisation_id=(
                    resolve_organisation_id(session, args.organisation)
                    if args.organisation
                    else None
                ),
            )
    finally:
        db.close()
    if args.json:
        # "short" as every listing has it: the organisation's short name.
        records = [{"short": row.organisation_short, **dataclasses.asdict(row)} for row in rows]
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
        return 0
    _print_table(
        [_lead_row(row, args.lang) for row in rows],
        [
            ("id", "ID"),
            ("organisation", "ORGANISATION"),
            ("stage", "STAGE"),
            ("sector", "SECTOR"),
            ("jobs", "JOBS"),
            ("investment", "INVESTMENT"),
            ("mission", "MISSION"),
            ("next", "NEXT ACTION"),
        ],
    )
    return 0


def cmd_leads_stage(args: argparse.Namespace) -> int:
    import getpass

    from delegation_app.services.leads import change_stage, parse_stage
    from delegation_app.services.validation import is_id

    if not is_id(args.lead.strip()):
        raise CliError(f"'{args.lead}' is not a lead id (see 'leads list')")
    stage = parse_stage(args.stage)
    db = _open(args, write=True)
    try:
        with db.transaction() as session:
            detail = change_stage(
                session,
                int(args.lead),
                stage,
                changed_by=getpass.getuser(),
                note=args.note,
            )
    finally:
        db.close()
    lead = detail.lead
    steps = " -> ".join(change.stage.value for change in detail.history)
    print(f"Lead {lead.id} ({lead.organisation}) is now at the stage {lead.stage.value}: {steps}")
    return 0


def cmd_backup_create(args: argparse.Namespace) -> int:
    from delegation_app.storage.backup import backup_database

    path = _db_path(args)
    target = _with_key(
        lambda key: backup_database(
            path,
            to=Path(args.output) if args.output else None,
            folder=_backup_folder_option(args),
            overwrite=args.force,
            key=key,
        )
    )
    print(f"Backup of {path} written to {target}")
    return 0


def cmd_backup_list(args: argparse.Namespace) -> int:
    from delegation_app.storage.backup import backup_folder_of, list_backups

    path = _db_path(args)
    key = _key_from_environment()  # without it, encrypted backups are listed as such
    folder = backup_folder_of(path, _backup_folder_option(args), key)
    infos = list_backups(folder, stem=path.stem, key=key)
    rows: list[dict[str, Any]] = []
    for info in infos:
        missions: Any = [
            {"short": m.short, "title": m.title, "start": m.start_date, "delegates": m.delegates}
            for m in info.missions
        ]
        if not args.json:
            missions = ", ".join(f"{m.short} ({m.delegates})" for m in info.missions)
        rows.append(
            {
                "file": info.path.name if not args.json else str(info.path),
                "taken": info.taken.isoformat(sep=" "),
                "reason": info.reason or "",
                "size": info.size if args.json else _size(info.size),
                "schema": info.revision,
                "missions": missions if not info.problem or args.json else info.problem,
                "problem": info.problem,
                "encrypted": info.encrypted if args.json else ("yes" if info.encrypted else ""),
            }
        )
    if not args.json:
        print(f"Backups of {path.name} in {folder}:")
    _emit(
        args,
        rows,
        [
            ("taken", "TAKEN"),
            ("reason", "REASON"),
            ("size", "SIZE"),
            ("schema", "SCHEMA"),
            ("encrypted", "ENCRYPTED"),
            ("missions", "MISSIONS (DELEGATES)"),
            ("file", "FILE"),
        ],
    )
    return 0


def cmd_backup_restore(args: argparse.Namespace) -> int:
    from delegation_app.storage.backup import backup_folder_of, preview_backup, restore

    path = _db_path(args)
    folder = _backup_folder_option(args)
    backup = Path(args.backup)

    def attempt(key: DatabaseKey | None) -> tuple[Any, Any]:
        chosen = backup
        if not chosen.exists() and len(chosen.parts) == 1:  # a name as `backup list` shows it
            chosen = backup_folder_of(path, folder, key) / chosen
        result = restore(chosen, path, backup_dir=folder, force=args.force, key=key)
        return result, preview_backup(result.restored_from, key)

    result, info = _with_key(attempt)
    backup = result.restored_from
    print(
        f"{path} restored from {backup.name} (taken {info.taken:%Y-%m-%d %H:%M}): "
        f"{len(info.missions)} missions, {info.delegates} delegates"
    )
    for mission in info.missions:
        print(f"  {mission.short}: {mission.title} ({mission.delegates} delegates)")
    if result.kept_copy is not None:
        print(f"The file as it was before is kept as {result.kept_copy}")
    return 0


def cmd_backup_verify(args: argparse.Namespace) -> int:
    from delegation_app.storage.database import integrity_check

    target = Path(args.file) if args.file else _db_path(args)
    if not target.is_file():
        raise CliError(f"no file at {target}")
    problems = _with_key(lambda key: integrity_check(target, key))
    if problems:
        for problem in problems[:20]:
            print(problem)
        print(f"{target} is damaged: {len(problems)} problems found")
        return EXIT_ERROR
    print(f"{target}: no damage found (full integrity check)")
    return 0


def _print_left_behind(result: Any, that: str, option: str | None) -> None:
    """What the change leaves in the backup folder: ``that`` says what those backups do."""
    if result.purged:
        print(
            f"Deleted {len(result.purged)} earlier backup(s) that {that} "
            "(unlinked, not wiped from the disk)."
        )
    if result.left_behind:
        folder = result.left_behind[0].parent
        hint = f"; delete them with {option}" if option else ""
        print(f"{len(result.left_behind)} earlier backup(s) in {folder} {that}{hint}:")
        for path in result.left_behind:
            print(f"  {path.name}")


def cmd_encrypt(args: argparse.Namespace) -> int:
    from delegation_app.storage.encryption import encrypt_database

    path = _db_path(args)
    key = _new_key(KEY_VARIABLE)
    result = encrypt_database(
        path,
        key,
        backup_dir=_backup_folder_option(args),
        purge_plain_backups=args.purge_plain_backups,
        force=args.force,
    )
    print(f"{path} is now encrypted (SQLCipher). A backup with the key: {result.backup}")
    print("Keep the key safe: without it, neither the database nor its backups can be read.")
    _print_left_behind(result, "hold the data in clear", "--purge-plain-backups")
    print("Copies made elsewhere (backup create -o, exports) are not touched.")
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    from delegation_app.storage.encryption import decrypt_database

    path = _db_path(args)
    result = _with_key(
        lambda key: decrypt_database(
            path, _required(key, path), backup_dir=_backup_folder_option(args), force=args.force
        )
    )
    print(f"{path} is no longer encrypted. A backup in clear: {result.backup}")
    _print_left_behind(result, "stay encrypted (they open with the key)", None)
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    from delegation_app.storage.encryption import rekey_database
    from delegation_app.storage.sqlite_driver import is_encrypted

    path = _db_path(args)
    if not is_encrypted(path):
        raise StorageError(f"{path} is not encrypted: use encrypt")
    # The current key first (checked when the file is opened), then the new one.
    current = _with_key(lambda key: _checked_key(path, key))
    new_key = _new_key(NEW_KEY_VARIABLE)
    result = rekey_database(
        path,
        current,
        new_key,
        backup_dir=_backup_folder_option(args),
        purge_old_backups=args.purge_old_backups,
        force=args.force,
    )
    print(f"{path} is now encrypted with the new key. A backup with it: {result.backup}")
    _print_left_behind(
        result, "the new key does not open (old key, or not encrypted)", "--purge-old-backups"
    )
    return 0


def _required(key: DatabaseKey | None, path: Path) -> DatabaseKey:
    if key is None:
        raise KeyRequired(path)
    return key


def _checked_key(path: Path, key: DatabaseKey | None) -> DatabaseKey:
    from delegation_app.storage.sqlite_driver import connect

    connect(path, _required(key, path), read_only=True).close()  # WrongKey if it does not open
    assert key is not None
    return key


# --- parser -------------------------------------------------------------------------------


# --- hotels and rooms ----------------------------------------------------------------------


def cmd_hotel_add(args: argparse.Namespace) -> int:
    from delegation_app.services import hotels

    check_in = _parse_date("check-in", args.check_in)
    check_out = _parse_date("check-out", args.check_out)
    db = _open(args, write=True)
    try:
        with db.transaction() as session:
            hotel = hotels.add_hotel(
                session,
                args.mission,
                venue=args.venue,
                stop=args.stop,
                address=args.address,
                check_in=check_in,
                check_out=check_out,
                booking_reference=args.reference,
            )
    finally:
        db.close()
    where = f" in {hotel.stop_city}" if hotel.stop_city else ""
    print(
        f"Added hotel {hotel.hotel}{where} (id {hotel.id}), "
        f"{hotel.check_in:%d/%m/%Y} to {hotel.check_out:%d/%m/%Y}."
    )
    return 0


def cmd_hotel_list(args: argparse.Namespace) -> int:
    from delegation_app.services import hotels

    db = _open(args)
    try:
        with db.reading() as session:
            mission_id = mission_service.resolve_mission_id(session, args.mission)
            found = hotels.list_hotels(session, mission_id)
    finally:
        db.close()
    rows = [
        {
            "id": h.id,
            "hotel": h.hotel,
            "stop": h.stop_city,
            "check_in": h.check_in.isoformat(),
            "check_out": h.check_out.isoformat(),
            "reference": h.booking_reference,
            "guests": h.guests,
        }
        for h in found
    ]
    _emit(
        args,
        rows,
        [
            ("id", "ID"),
            ("hotel", "HOTEL"),
            ("stop", "STOP"),
            ("check_in", "CHECK-IN"),
            ("check_out", "CHECK-OUT"),
            ("reference", "REFERENCE"),
            ("guests", "GUESTS"),
        ],
    )
    return 0


def cmd_room_assign(args: argparse.Namespace) -> int:
    from delegation_app.services import hotels

    db = _open(args, write=True)
    try:
        with db.transaction() as session:
            mission_id = mission_service.resolve_mission_id(session, args.mission)
            block_id = hotels.resolve_hotel_id(session, mission_id, args.hotel)
            participant_id = hotels.resolve_delegate(session, mission_id, args.person)
            mate_id = (
                hotels.resolve_delegate(session, mission_id, args.with_person)
                if args.with_person
                else None
            )
            room = hotels.place_delegate(
                session,
                accommodation_id=block_id,
                participant_id=participant_id,
                room_number=args.room,
                room_type=args.type,
                room_mate_id=mate_id,
            )
            mates = roster_service.list_roster(session, mission_id)
    finally:
        db.close()
    names = {e.participant_id: f"{e.given_name} {e.family_name}" for e in mates}
    number = f"room {room.room_number}" if room.room_number else "a room to be numbered"
    kind = f" ({room.room_type})" if room.room_type else ""
    shared = (
        " shared with " + ", ".join(names[m] for m in room.room_mates) if room.room_mates else ""
    )
    print(f"{names[participant_id]}: {room.hotel}, {number}{kind}{shared}.")
    return 0


def cmd_room_clear(args: argparse.Namespace) -> int:
    from delegation_app.services import hotels

    db = _open(args, write=True)
    try:
        with db.transaction() as session:
            mission_id = mission_service.resolve_mission_id(session, args.mission)
            participant_id = hotels.resolve_delegate(session, mission_id, args.person)
            block_id = (
                hotels.resolve_hotel_id(session, mission_id, args.hotel) if args.hotel else None
            )
            removed = hotels.clear_room(session, participant_id, block_id)
    finally:
        db.close()
    print(f"Removed {removed} room assignment(s) of {args.person}.")
    return 0


def cmd_photo(args: argparse.Namespace) -> int:
    from delegation_app.services import photos

    if args.action == "set":
        content = Path(args.file).read_bytes()
    db = _open(args, write=args.action != "show")
    try:
        with db.transaction() as session:
            person_id = people_service.resolve_person_id(session, args.person)
            if args.action == "set":
                photo = photos.set_photo(
                    session, person_id, content, args.file, uploaded_by=getpass_user()
                )
            elif args.action == "remove":
                removed = photos.remove_photo(session, person_id)
            else:
                shown = photos.photo_of(session, person_id)
    finally:
        db.close()
    if args.action == "set":
        print(f"Photo {photo.file_name} ({photo.media_type}, {_size(photo.size)}) stored.")
    elif args.action == "remove":
        print("Photo removed." if removed else "There was no photo.")
    elif shown is None:
        print(f"No photo of {args.person} on file.")
    else:
        print(f"{shown.file_name}  {shown.media_type}  {_size(shown.size)}  sha256 {shown.sha256}")
    return 0


def _add_photo_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    photo = commands.add_parser("photo", help="a person's photo, for the face book")
    p_commands = photo.add_subparsers(dest="action", metavar="ACTION", required=True)
    p_set = p_commands.add_parser(
        "set", parents=[common], help="store a PNG or JPEG photo (replaces any earlier one)"
    )
    p_set.add_argument("--person", required=True, help="the person's id or short name")
    p_set.add_argument("file", metavar="FILE", help="the photo (PNG or JPEG, at most 5 MB)")
    p_remove = p_commands.add_parser("remove", parents=[common], help="delete the photo")
    p_remove.add_argument("--person", required=True, help="the person's id or short name")
    p_show = p_commands.add_parser("show", parents=[common], help="what is on file")
    p_show.add_argument("--person", required=True, help="the person's id or short name")
    for parser in (p_set, p_remove, p_show):
        parser.set_defaults(handler=cmd_photo)


def _add_room_commands(
    commands: Any, common: argparse.ArgumentParser, listing: argparse.ArgumentParser
) -> None:
    hotel = commands.add_parser("hotel", help="the mission's hotel blocks")
    h_commands = hotel.add_subparsers(dest="action", metavar="ACTION", required=True)
    h_add = h_commands.add_parser("add", parents=[common], help="add a hotel block for a stop")
    h_add.add_argument("--mission", required=True, help="mission id or short name")
    h_add.add_argument("--stop", help="the stop's city or position (default: the only stop)")
    h_add.add_argument("--venue", required=True, help="the hotel's name")
    h_add.add_argument("--address", help="the hotel's address (for a hotel not yet known)")
    h_add.add_argument("--check-in", required=True, help="first night (2017-11-05 or 05/11/2017)")
    h_add.add_argument("--check-out", required=True, help="day of departure")
    h_add.add_argument("--reference", help="the hotel's booking reference")
    h_add.set_defaults(handler=cmd_hotel_add)
    h_list = h_commands.add_parser(
        "list", parents=[common, listing], help="the hotel blocks of a mission"
    )
    h_list.add_argument("--mission", required=True, help="mission id or short name")
    h_list.set_defaults(handler=cmd_hotel_list)

    room = commands.add_parser("room", help="who sleeps in which room")
    r_commands = room.add_subparsers(dest="action", metavar="ACTION", required=True)
    r_assign = r_commands.add_parser(
        "assign", parents=[common], help="put a delegate in a room of a hotel block"
    )
    r_assign.add_argument("--mission", required=True, help="mission id or short name")
    r_assign.add_argument("--person", required=True, help="the delegate's id or short name")
    r_assign.add_argument("--hotel", required=True, help="the hotel block's id or hotel name")
    r_assign.add_argument("--room", help="the room number, once the hotel gives it")
    r_assign.add_argument("--type", help="single, double, twin or suite (or the hotel's word)")
    r_assign.add_argument(
        "--with",
        dest="with_person",
        metavar="PERSON",
        help="the room-mate (id or short name): they share the room, numbered or not",
    )
    r_assign.set_defaults(handler=cmd_room_assign)
    r_clear = r_commands.add_parser("clear", parents=[common], help="take a delegate out of a room")
    r_clear.add_argument("--mission", required=True, help="mission id or short name")
    r_clear.add_argument("--person", required=True, help="the delegate's id or short name")
    r_clear.add_argument("--hotel", help="only this hotel block (default: every one)")
    r_clear.set_defaults(handler=cmd_room_clear)


# --- entry rules -------------------------------------------------------------------------


def cmd_rules_show(args: argparse.Namespace) -> int:
    from delegation_app.services import entry

    db = _open(args)
    try:
        with db.reading() as session:
            rules = entry.load_entry_rules(session)
            document = entry.effective_entry_rules_text(session)
    finally:
        db.close()
    if args.json:
        sys.stdout.write(document)
        return 0
    origin = (
        "the shipped rules with the coordinators' corrections"
        if rules.overridden
        else "the shipped rules"
    )
    print(f"Entry rules: {origin} (reviewed {json.loads(document).get('reviewed', '?')}).")
    if rules.override_problem:
        print(f"The stored corrections are set aside: {rules.override_problem}")
    rows = [
        {
            "country": code,
            "months": country.passport_months_after_return,
            "authorisation": _authorisation_summary(country.authorisation),
        }
        for code, country in sorted(rules.countries.items())
    ]
    rows.append(
        {
            "country": "(other)",
            "months": rules.default.passport_months_after_return,
            "authorisation": _authorisation_summary(rules.default.authorisation),
        }
    )
    _print_table(
        rows,
        [
            ("country", "COUNTRY"),
            ("months", "PASSPORT MONTHS AFTER RETURN"),
            ("authorisation", "ENTRY AUTHORISATION"),
        ],
    )
    return 0


def _authorisation_summary(rule: Any) -> str:
    if rule is None:
        return "none"
    parts = []
    if rule.kind is not None:
        parts.append(f"{rule.label} for {len(rule.for_nationalities)} nationalities")
    if rule.otherwise is not None:
        parts.append(f"{rule.otherwise.value} otherwise")
    return ", ".join(parts) or "none"


def cmd_rules_set(args: argparse.Namespace) -> int:
    from delegation_app.services import entry

    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CliError(f"{path.name} is not a UTF-8 text file (save the JSON as UTF-8)") from None
    if not text.strip():
        raise CliError(f"{path.name} is empty; to go back to the shipped rules, run 'rules reset'")
    db = _open(args, write=True)
    try:
        with db.transaction() as session:
            try:
                rules = entry.save_entry_rules_override(session, text)
            except ValidationError as exc:
                raise ValidationError(path.name, f"{exc}; the rules were not changed") from None
    finally:
        db.close()
    print(
        f"Entry rules corrected from {path.name}: {len(rules.countries)} countries recorded; "
        "'check' applies them from now on."
    )
    return 0


def cmd_rules_reset(args: argparse.Namespace) -> int:
    from delegation_app.services import entry

    db = _open(args, write=True)
    try:
        with db.transaction() as session:
            had = entry.entry_rules_override_text(session) is not None
            entry.save_entry_rules_override(session, None)
    finally:
        db.close()
    print(
        "The coordinators' corrections are removed: the shipped entry rules apply."
        if had
        else "There were no corrections: the shipped entry rules apply."
    )
    return 0


def _add_rules_commands(
    commands: Any, common: argparse.ArgumentParser, listing: argparse.ArgumentParser
) -> None:
    rules = commands.add_parser(
        "rules", help="entry rules per destination: passport validity, visa / ESTA / eTA"
    )
    r_commands = rules.add_subparsers(dest="action", metavar="ACTION", required=True)
    r_show = r_commands.add_parser(
        "show", parents=[common, listing], help="the rules as they apply (--json: the document)"
    )
    r_show.set_defaults(handler=cmd_rules_show)
    r_set = r_commands.add_parser(
        "set",
        parents=[common],
        help="store corrections: a JSON file shaped as the shipped one, with only what changes",
    )
    r_set.add_argument("file", help="the corrections (UTF-8 JSON)")
    r_set.set_defaults(handler=cmd_rules_set)
    r_reset = r_commands.add_parser(
        "reset", parents=[common], help="remove the corrections: the shipped rules apply"
    )
    r_reset.set_defaults(handler=cmd_rules_reset)


# --- dietary needs sent to venues -----------------------------------------------------------


def cmd_needs_sent(args: argparse.Namespace) -> int:
    from delegation_app.services import dietary

    db = _open(args, write=True)
    try:
        with db.transaction() as session:
            notice = dietary.record_needs_sent(session, args.mission, args.item)
    finally:
        db.close()
    title = notice.item_title_fr if args.lang == "fr" else notice.item_title_en
    print(
        f"Recorded: the dietary needs of {notice.delegates} delegate(s) sent to {notice.venue} "
        f"for {title} ({notice.day:%d/%m/%Y}) on {notice.sent_at:%d/%m/%Y %H:%M} UTC."
    )
    return 0


def cmd_needs_list(args: argparse.Namespace) -> int:
    from delegation_app.services import dietary

    db = _open(args)
    try:
        with db.reading() as session:
            mission_id = mission_service.resolve_mission_id(session, args.mission)
            found = dietary.needs_sent(session, mission_id)
    finally:
        db.close()
    rows = [
        {
            "item": n.item_id,
            "title": n.item_title_fr if args.lang == "fr" else n.item_title_en,
            "day": n.day.isoformat(),
            "venue": n.venue,
            "sent_at": n.sent_at.isoformat(sep=" ", timespec="minutes"),
            "sent_by": n.sent_by,
            "delegates": n.delegates,
        }
        for n in found
    ]
    _emit(
        args,
        rows,
        [
            ("item", "ITEM"),
            ("title", "TITLE"),
            ("day", "DAY"),
            ("venue", "VENUE"),
            ("sent_at", "SENT (UTC)"),
            ("sent_by", "BY"),
            ("delegates", "DELEGATES"),
        ],
    )
    return 0


def _add_needs_commands(
    commands: Any, common: argparse.ArgumentParser, listing: argparse.ArgumentParser
) -> None:
    needs = commands.add_parser("needs", help="dietary needs passed to the venues")
    n_commands = needs.add_subparsers(dest="action", metavar="ACTION", required=True)
    n_sent = n_commands.add_parser(
        "sent", parents=[common], help="record that an item's dietary needs went to its venue"
    )
    n_sent.add_argument("--mission", required=True, help="mission id or short name")
    n_sent.add_argument("--item", required=True, help="the itinerary item's id (a meal)")
    n_sent.add_argument("--lang", choices=["fr", "en"], default="en", help="the item's title")
    n_sent.set_defaults(handler=cmd_needs_sent)
    n_list = n_commands.add_parser(
        "list", parents=[common, listing], help="when the needs were sent, item by item"
    )
    n_list.add_argument("--mission", required=True, help="mission id or short name")
    n_list.add_argument("--lang", choices=["fr", "en"], default="en", help="the items' titles")
    n_list.set_defaults(handler=cmd_needs_list)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="PATH", help="database file (default: $DELEGATION_DB or the user's)"
    )
    listing = argparse.ArgumentParser(add_help=False)
    listing.add_argument("--json", action="store_true", help="print a JSON array for scripts")

    parser = argparse.ArgumentParser(
        prog="delegation-cli", description="Official economic delegations: the command line."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    demo = commands.add_parser("demo", parents=[common], help="write the demo missions")
    demo.add_argument("--force", action="store_true", help="replace an existing file")
    demo.set_defaults(handler=cmd_demo)

    missions = commands.add_parser("missions", help="list or create missions")
    missions_commands = missions.add_subparsers(dest="action", metavar="ACTION", required=True)
    m_list = missions_commands.add_parser("list", parents=[common, listing], help="list missions")
    m_list.set_defaults(handler=cmd_missions_list)
    m_create = missions_commands.add_parser("create", parents=[common], help="create a mission")
    m_create.add_argument("--name", required=True, help="title (in French)")
    m_create.add_argument("--name-en", help="title in English (default: the French one)")
    m_create.add_argument("--short", help="short name such as miami-2017")
    m_create.add_argument("--start", required=True, help="first day (2017-11-05 or 05/11/2017)")
    m_create.add_argument("--end", required=True, help="last day")
    m_create.add_argument(
        "--stop",
        action="append",
        required=True,
        metavar="CITY|COUNTRY|ZONE",
        help='a city of the mission, e.g. "Miami|US|America/New_York" (repeat per city; '
        "add |START|END for its own dates)",
    )
    m_create.add_argument(
        "--home-zone",
        default=None,
        help="the delegates' home zone (default: the preferences', else Europe/Paris)",
    )
    m_create.add_argument("--status", default="planned", choices=[s.value for s in MissionStatus])
    m_create.set_defaults(handler=cmd_missions_create)

    roster = commands.add_parser("roster", help="the delegates of a mission")
    roster_commands = roster.add_subparsers(dest="action", metavar="ACTION", required=True)
    r_list = roster_commands.add_parser(
        "list", parents=[common, listing], help="list a mission's delegates"
    )
    r_list.add_argument("--mission", required=True, help="mission id or short name")
    r_list.set_defaults(handler=cmd_roster_list)
    r_import = roster_commands.add_parser(
        "import", parents=[common], help="import delegates from a CSV, XLSX or ODS file"
    )
    r_import.add_argument("file", help="the partner's spreadsheet (.csv, .xlsx or .ods)")
    r_import.add_argument("--mission", required=True, help="mission id or short name")
    r_import.add_argument(
        "--dry-run", action="store_true", help="show what would happen row by row; write nothing"
    )
    r_import.add_argument(
        "--map",
        action="append",
        metavar="HEADER=FIELD",
        help='correct the column mapping, e.g. --map "Société=organisation" (FIELD empty: ignore)',
    )
    r_import.add_argument("--sheet", help="the sheet to read in a workbook (default: the first)")
    r_import.add_argument(
        "--skip-refused", action="store_true", help="import the good rows, leave the refused ones"
    )
    r_import.set_defaults(handler=cmd_roster_import)
    r_export = roster_commands.add_parser(
        "export", parents=[common], help="write the roster to XLSX or CSV"
    )
    r_export.add_argument("--mission", required=True, help="mission id or short name")
    r_export.add_argument("-o", "--output", required=True, help="file ending in .xlsx or .csv")
    r_export.add_argument("--lang", choices=["fr", "en"], default="fr", help="column headers")
    r_export.add_argument(
        "--with-personal-data",
        action="store_true",
        help="include birth dates, passports and needs (left out by default)",
    )
    r_export.set_defaults(handler=cmd_roster_export)

    booklet = commands.add_parser(
        "booklet", parents=[common], help="print one delegate's personal booklet (PDF)"
    )
    booklet.add_argument("--mission", required=True, help="mission id or short name")
    booklet.add_argument("--person", help="person id or short name")
    booklet.add_argument(
        "--all", action="store_true", help="every delegate not cancelled; -o is then a folder"
    )
    booklet.add_argument(
        "--lang", choices=["auto", "fr", "en"], help="default: the delegate's language"
    )
    booklet.add_argument(
        "-o", "--output", required=True, help="the PDF file to write (a folder with --all)"
    )
    booklet.add_argument("--page-size", "--size", default="A4", type=_page_size, choices=PAGE_SIZES)
    booklet.add_argument(
        "--imposed",
        "--impose",
        action="store_true",
        help="A5 pages two-up on A4 (or letter) sheets in saddle-stitch order, to fold and staple",
    )
    booklet.set_defaults(handler=cmd_booklet)

    booklets = commands.add_parser(
        "booklets",
        parents=[common],
        help="print the booklets of the delegation (or a group) into a folder, in parallel",
    )
    booklets.add_argument("--mission", required=True, help="mission id or short name")
    booklets.add_argument(
        "--group", help="only the delegates of this group (default: every delegate)"
    )
    booklets.add_argument(
        "--person",
        action="append",
        help="only these people (short names, repeated or comma-separated)",
    )
    booklets.add_argument(
        "--lang",
        choices=["auto", "fr", "en"],
        default="auto",
        help="auto (default): each delegate's own language; also the words of --changed",
    )
    booklets.add_argument(
        "--page-size", "--size", default="A4", type=_page_size, choices=PAGE_SIZES
    )
    booklets.add_argument(
        "--imposed",
        "--impose",
        action="store_true",
        help="A5 pages two-up on A4 (or letter) sheets in saddle-stitch order, to fold and staple",
    )
    booklets.add_argument(
        "--combined", metavar="FILE", help="also every booklet in one PDF, in roster order"
    )
    booklets.add_argument(
        "--changed",
        action="store_true",
        help="only the booklets that changed since they were last printed (and say how)",
    )
    booklets.add_argument(
        "--dry-run", action="store_true", help="say what would be printed, write nothing"
    )
    booklets.add_argument(
        "--workers", type=int, help="processes laying out booklets (default: one per core)"
    )
    booklets.add_argument("-o", "--output", required=True, help="the folder for the booklets")
    booklets.set_defaults(handler=cmd_booklets)

    programme = commands.add_parser(
        "programme", parents=[common], help="the whole delegation's programme: who attends what"
    )
    programme.add_argument("--mission", required=True, help="mission id or short name")
    programme.add_argument("--group", help="only the items this group's delegates attend")
    programme.add_argument(
        "--person",
        action="append",
        help="only the items these people attend (short names, repeated or comma-separated)",
    )
    programme.add_argument("--lang", choices=["fr", "en"], default="fr")
    programme.add_argument(
        "--page-size", "--size", default="A4", type=_page_size, choices=PAGE_SIZES
    )
    programme.add_argument(
        "--with-private",
        action="store_true",
        help="list the private appointments too (for the organisers: left out by default)",
    )
    programme.add_argument("-o", "--output", required=True, help="the PDF file to write")
    programme.set_defaults(handler=cmd_programme)

    facebook = commands.add_parser(
        "facebook", parents=[common], help="the face book: the delegates, group by group"
    )
    facebook.add_argument("--mission", required=True, help="mission id or short name")
    facebook.add_argument("--group", help="only this group")
    facebook.add_argument(
        "--person",
        action="append",
        help="only these people (short names, repeated or comma-separated)",
    )
    facebook.add_argument("--lang", choices=["fr", "en"], default="fr")
    facebook.add_argument(
        "--page-size", "--size", default="A4", type=_page_size, choices=PAGE_SIZES
    )
    facebook.add_argument("-o", "--output", required=True, help="the PDF file to write")
    facebook.set_defaults(handler=cmd_facebook)

    letters = commands.add_parser(
        "letters",
        parents=[common],
        help="visa invitation letters, one per delegate and destination country",
    )
    letters.add_argument("--mission", required=True, help="mission id or short name")
    letters.add_argument("--group", help="only the delegates of this group")
    letters.add_argument(
        "--person", action="append", help="only these people (short names, comma-separated)"
    )
    letters.add_argument(
        "--lang", choices=["auto", "fr", "en"], default="auto",
        help="auto (default): each delegate's own language",
    )  # fmt: skip
    letters.add_argument("--page-size", "--size", default="A4", type=_page_size, choices=PAGE_SIZES)
    letters.add_argument("-o", "--output", required=True, help="the PDF file to write")
    letters.set_defaults(handler=cmd_letters)

    settings = commands.add_parser("settings", help="settings kept in the database")
    s_commands = settings.add_subparsers(dest="action", metavar="ACTION", required=True)
    s_logo = s_commands.add_parser(
        "logo", parents=[common], help="the organisation's logo on covers and letters"
    )
    s_logo.add_argument("file", nargs="?", help="a PNG or JPEG image (at most 2 MB)")
    s_logo.add_argument("--remove", action="store_true", help="print without a logo")
    s_logo.set_defaults(handler=cmd_settings_logo)

    check = commands.add_parser(
        "check",
        parents=[common, listing],
        help="what to fix before departure (exit code 1 when there are errors)",
    )
    check.add_argument("--mission", required=True, help="mission id or short name")
    check.add_argument(
        "--lang", choices=["fr", "en"], default="en", help="wording of the findings (default en)"
    )
    check.set_defaults(handler=cmd_check)

    rooming = commands.add_parser(
        "rooming", parents=[common], help="write the hotels' rooming lists (XLSX or PDF)"
    )
    rooming.add_argument("--mission", required=True, help="mission id or short name")
    rooming.add_argument("-o", "--output", required=True, help="file ending in .xlsx or .pdf")
    rooming.add_argument(
        "--lang", choices=["fr", "en"], default="en", help="wording (default: en, for the hotel)"
    )
    rooming.add_argument(
        "--with-needs",
        action="store_true",
        help="add dietary and mobility needs to the notes (left out by default)",
    )
    rooming.add_argument("--page-size", "--size", default="A4", type=_page_size, choices=PAGE_SIZES)
    rooming.set_defaults(handler=cmd_rooming)
    _add_room_commands(commands, common, listing)
    _add_photo_commands(commands, common)
    _add_rules_commands(commands, common, listing)
    _add_needs_commands(commands, common, listing)

    itinerary_parser = commands.add_parser(
        "itinerary", help="the mission's programme: add, list and import items"
    )
    i_commands = itinerary_parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    i_add = i_commands.add_parser("add", parents=[common], help="add one item to the programme")
    i_add.add_argument("--mission", required=True, help="mission id or short name")
    i_add.add_argument(
        "--kind", required=True, choices=[k.value for k in ItemKind], help="what the item is"
    )
    i_add.add_argument("--title", required=True, help="title in French")
    i_add.add_argument("--title-en", help="title in English (default: the French one)")
    i_add.add_argument(
        "--start", required=True, help='local start, e.g. "2017-11-05 10:25" or "6/11 9h30"'
    )
    i_add.add_argument("--start-zone", help="IANA zone of the start (default: the stop's)")
    i_add.add_argument("--end", help='local end, e.g. "17:40" or "2017-11-05 17:40"')
    i_add.add_argument("--end-zone", help="IANA zone of the end (default: the start's)")
    i_add.add_argument("--duration", help='instead of --end, e.g. "1h30"')
    i_add.add_argument("--stop", metavar="CITY", help="the stop (default: by the start's date)")
    i_add.add_argument("--place", help="venue name (an existing one is reused)")
    i_add.add_argument("--address", help="the venue's address, for a new venue")
    i_add.add_argument(
        "--attendees",
        metavar="SPEC",
        help="all (default), group:NAME, person:SHORT, except:SHORT; comma-separated",
    )
    i_add.add_argument("--dress-code")
    i_add.add_argument("--to-bring", help="what delegates should bring")
    i_add.add_argument("--notes", help="notes for the delegates, in French")
    i_add.add_argument("--notes-en", help="notes for the delegates, in English")
    i_add.add_argument("--staff", metavar="SHORT", help="the staff member in charge")
    i_add.add_argument("--repeat", metavar="RRULE", help='e.g. "FREQ=DAILY;COUNT=4"')
    i_add.add_argument(
        "--private", action="store_true", help="only in its attendees' booklets and calendars"
    )
    i_add.add_argument("--flight", metavar="CODE", help='carrier and number, e.g. "AF 7630"')
    i_add.add_argument("--from", dest="departure", metavar="IATA", help="departure airport")
    i_add.add_argument("--to", dest="arrival", metavar="IATA", help="arrival airport")
    i_add.set_defaults(handler=cmd_itinerary_add)
    i_import = i_commands.add_parser(
        "import", parents=[common], help="import a host's programme from a CSV or XLSX file"
    )
    i_import.add_argument("file", help="the programme (.csv or .xlsx)")
    i_import.add_argument("--mission", required=True, help="mission id or short name")
    i_import.add_argument(
        "--dry-run", action="store_true", help="show what would happen row by row; write nothing"
    )
    i_import.add_argument(
        "--map",
        action="append",
        metavar="HEADER=FIELD",
        help='correct the column mapping, e.g. --map "Horaire=start" (FIELD empty: ignore)',
    )
    i_import.add_argument("--sheet", help="the sheet to read in a workbook (default: the first)")
    i_import.set_defaults(handler=cmd_itinerary_import)
    i_book = i_commands.add_parser(
        "book", parents=[common], help="a delegate's booking reference and seat on a flight"
    )
    i_book.add_argument("--mission", required=True, help="mission id or short name")
    i_book.add_argument("--flight", required=True, metavar="CODE", help='e.g. "AF 7630"')
    i_book.add_argument("--date", help="the flight's local departure date, if it flies twice")
    i_book.add_argument("--person", required=True, help="person id or short name")
    i_book.add_argument("--ref", required=True, help="booking reference (PNR)")
    i_book.add_argument("--seat")
    i_book.set_defaults(handler=cmd_itinerary_book)
    i_list = i_commands.add_parser(
        "list", parents=[common, listing], help="the programme, or one delegate's agenda"
    )
    i_list.add_argument("--mission", required=True, help="mission id or short name")
    i_list.add_argument("--person", help="one delegate's agenda (id or short name)")
    i_list.add_argument("--lang", choices=["fr", "en"], default="fr", help="titles and dates")
    i_list.set_defaults(handler=cmd_itinerary_list)

    transfers = commands.add_parser(
        "transfers", help="airport pick-ups: plan vehicles from the landings, print the manifest"
    )
    t_commands = transfers.add_subparsers(dest="action", metavar="ACTION", required=True)
    plan_options = argparse.ArgumentParser(add_help=False)
    plan_options.add_argument("--mission", required=True, help="mission id or short name")
    plan_options.add_argument("--stop", metavar="CITY", help="default: the first stop")
    plan_options.add_argument("--on", metavar="DATE", help="only the landings of that day")
    plan_options.add_argument(
        "--airport", action="append", metavar="IATA", help="default: the stop's airports"
    )
    plan_options.add_argument(
        "--window", type=int, default=45, metavar="MIN", help="landings grouped within (45)"
    )
    plan_options.add_argument("--capacity", type=int, default=49, help="seats per vehicle (49)")
    plan_options.add_argument(
        "--allowance",
        type=int,
        metavar="MIN",
        help="customs and baggage after landing (default 60 international, 30 domestic)",
    )
    plan_options.add_argument("--vehicle", default="Coach", help="vehicle name (Coach 1...)")
    t_plan = t_commands.add_parser(
        "plan", parents=[common, plan_options], help="show the vehicles; write nothing"
    )
    t_plan.set_defaults(handler=cmd_transfers_plan)
    t_apply = t_commands.add_parser(
        "apply", parents=[common, plan_options], help="add the planned transfers to the programme"
    )
    t_apply.add_argument("--meeting-point", help='e.g. "Arrivals hall, level 1"')
    t_apply.set_defaults(handler=cmd_transfers_apply)
    t_manifest = t_commands.add_parser(
        "manifest", parents=[common], help="print the transfers' manifest (PDF)"
    )
    t_manifest.add_argument("--mission", required=True, help="mission id or short name")
    t_manifest.add_argument("--stop", metavar="CITY", help="default: every stop")
    t_manifest.add_argument("--lang", choices=["fr", "en"], default="fr")
    t_manifest.add_argument(
        "--page-size", "--size", default="A4", type=_page_size, choices=PAGE_SIZES
    )
    t_manifest.add_argument("-o", "--output", required=True, help="the PDF file to write")
    t_manifest.set_defaults(handler=cmd_transfers_manifest)

    badges = commands.add_parser(
        "badges", parents=[common], help="name badges or table tent cards (PDF on label sheets)"
    )
    badges.add_argument("--mission", required=True, help="mission id or short name")
    badges.add_argument(
        "--layout",
        default="90x54",
        choices=["90x54", "a6-4up", "tent"],
        help="90x54: 10 cards per A4; a6-4up: 4 A6 per A4; tent: a folded A4 per delegate",
    )
    badges.add_argument("--group", help="only the delegates of this group")
    badges.add_argument(
        "--person",
        action="append",
        help="only these people (short names, repeated or comma-separated)",
    )
    badges.add_argument("--lang", choices=["fr", "en"], default="fr")
    badges.add_argument("--crop-marks", action="store_true", help="hairlines on the cut lines")
    badges.add_argument(
        "--skip", type=int, default=0, help="labels already used on the first sheet"
    )
    badges.add_argument("-o", "--output", required=True, help="the PDF file to write")
    badges.set_defaults(handler=cmd_badges)

    ics = commands.add_parser(
        "ics",
        parents=[common],
        help="calendar file (.ics): one delegate's agenda or the whole programme",
    )
    ics.add_argument("--mission", required=True, help="mission id or short name")
    ics.add_argument("--person", help="one delegate's agenda (default: the whole programme)")
    ics.add_argument(
        "--lang", choices=["fr", "en"], help="default: the delegate's language, else French"
    )
    ics.add_argument("-o", "--output", required=True, help="the .ics file to write")
    ics.set_defaults(handler=cmd_ics)

    privacy = commands.add_parser(
        "privacy", help="delegates' personal data: purge after the mission, export on request"
    )
    p_commands = privacy.add_subparsers(dest="action", metavar="ACTION", required=True)
    p_purge = p_commands.add_parser(
        "purge",
        parents=[common],
        help="erase passports, birth dates and needs of delegates whose missions ended long ago",
    )
    p_purge.add_argument(
        "--months", type=int, help="after how many months (default: the database's, else 12)"
    )
    p_purge.add_argument("--dry-run", action="store_true", help="list what would go; erase nothing")
    p_purge.set_defaults(handler=cmd_privacy_purge)
    p_export = p_commands.add_parser(
        "export", parents=[common], help="everything held about one person (right of access)"
    )
    p_export.add_argument("--person", required=True, help="person id or short name")
    p_export.add_argument("-o", "--output", required=True, help="the .json file to write")
    p_export.set_defaults(handler=cmd_privacy_export)

    diagnostics = commands.add_parser(
        "diagnostics", parents=[common], help="versions, paths and recent errors, for support"
    )
    diagnostics.set_defaults(handler=cmd_diagnostics)

    agreements = commands.add_parser(
        "agreements", help="the agreements register: list, check, add, export, attach a document"
    )
    a_commands = agreements.add_subparsers(dest="action", metavar="ACTION", required=True)
    register_filters = argparse.ArgumentParser(add_help=False)
    register_filters.add_argument("--status", help="e.g. signed, in_force, negotiating")
    register_filters.add_argument("--kind", help="e.g. twinning, memorandum, cooperation")
    register_filters.add_argument("--country", help="a partner's country (ISO code or name)")
    register_filters.add_argument("--year", type=int, help="signing year")
    register_filters.add_argument("--lang", choices=["fr", "en"], default="fr")
    a_list = a_commands.add_parser(
        "list", parents=[common, listing, register_filters], help="the register"
    )
    a_list.set_defaults(handler=cmd_agreements_list)
    a_export = a_commands.add_parser(
        "export", parents=[common, register_filters], help="the register as PDF or XLSX"
    )
    a_export.add_argument("-o", "--output", required=True, help="file ending in .pdf or .xlsx")
    a_export.set_defaults(handler=cmd_agreements_export)
    a_add = a_commands.add_parser(
        "add", parents=[common, listing], help="record a new agreement (as a draft)"
    )
    a_add.add_argument("--title-fr", required=True, help="the French title")
    a_add.add_argument("--title-en", help="the English title (the French one if left out)")
    a_add.add_argument(
        "--kind",
        required=True,
        help="twinning, memorandum, cooperation, letter_of_intent, contract",
    )
    a_add.add_argument("--mission", help="the mission it belongs to (id or short name)")
    a_add.add_argument(
        "--party",
        action="append",
        required=True,
        metavar="NAME=ours|partner",
        help="a party and its side (at least one of each); an organisation not on record is "
        "made, NAME=partner/CA giving its country",
    )
    a_add.add_argument(
        "--short", help="its short name (made from the parties and year if left out)"
    )
    a_add.add_argument("--domains", help="the domains covered, separated by ';'")
    a_add.add_argument("--lang", choices=["fr", "en"], default="fr")
    a_add.set_defaults(handler=cmd_agreements_add)
    a_check = a_commands.add_parser(
        "check",
        parents=[common, listing],
        help="late commitments, renewal notices and ended agreements of the whole register",
    )
    a_check.add_argument("--lang", choices=["fr", "en"], default="fr")
    a_check.set_defaults(handler=cmd_agreements_check)
    a_attach = a_commands.add_parser(
        "attach", parents=[common], help="store a version of an agreement's text"
    )
    a_attach.add_argument("file", help="the document (any file type, up to 50 MB)")
    a_attach.add_argument("--agreement", required=True, help="agreement id or short name")
    a_attach.add_argument(
        "--signed", action="store_true", help="the signed copy (kept as it is for good)"
    )
    a_attach.add_argument("--note", help="what this version is")
    a_attach.set_defaults(handler=cmd_agreements_attach)
    runsheet = commands.add_parser(
        "runsheet", parents=[common], help="the signing ceremony's run sheet (PDF)"
    )
    runsheet.add_argument("--agreement", required=True, help="agreement id or short name")
    runsheet.add_argument("--lang", choices=["fr", "en"], default="fr")
    runsheet.add_argument("-o", "--output", required=True, help="the PDF file to write")
    runsheet.set_defaults(handler=cmd_runsheet)

    meetings = commands.add_parser(
        "meetings", help="B2B meetings: sessions, organisations' availability, scheduling"
    )
    mt_commands = meetings.add_subparsers(dest="action", metavar="ACTION", required=True)
    span_options = argparse.ArgumentParser(add_help=False)
    span_options.add_argument("--mission", required=True, help="mission id or short name")
    span_options.add_argument("--start", required=True, help='local start, e.g. "7/11 9h"')
    span_options.add_argument("--end", required=True, help='local end, e.g. "12h40"')
    span_options.add_argument("--stop", metavar="CITY", help="the stop (default: by the date)")
    mt_session = mt_commands.add_parser(
        "session", parents=[common, span_options], help="set time aside for B2B meetings"
    )
    mt_session.add_argument("--slot", type=int, default=20, metavar="MIN", help="slot length (20)")
    mt_session.add_argument("--tables", type=int, default=10, help="tables at the venue (10)")
    mt_session.add_argument("--interpreters", type=int, default=0, help="interpreters on hand (0)")
    mt_session.add_argument(
        "--travel",
        type=int,
        default=30,
        metavar="MIN",
        help="between places without coordinates (30)",
    )
    mt_session.add_argument("--place", help="the venue of the tables (an existing one is reused)")
    mt_session.set_defaults(handler=cmd_meetings_session)
    mt_window = mt_commands.add_parser(
        "window",
        parents=[common, span_options],
        help="when a local organisation can meet (without any: at any time)",
    )
    mt_window.add_argument("--organisation", required=True, help="organisation id or short name")
    mt_window.set_defaults(handler=cmd_meetings_window)
    mt_schedule = mt_commands.add_parser(
        "schedule",
        parents=[common],
        help="place the requested meetings in the sessions' slots, never double-booking",
    )
    mt_schedule.add_argument("--mission", required=True, help="mission id or short name")
    mt_schedule.add_argument("--dry-run", action="store_true", help="show the plan; write nothing")
    mt_schedule.set_defaults(handler=cmd_meetings_schedule)
    mt_export = mt_commands.add_parser(
        "export", parents=[common], help="the mission's meetings as an XLSX workbook"
    )
    mt_export.add_argument("--mission", required=True, help="mission id or short name")
    mt_export.add_argument("--lang", choices=["fr", "en"], default="fr")
    mt_export.add_argument("-o", "--output", required=True, help="the .xlsx file to write")
    mt_export.set_defaults(handler=cmd_meetings_export)

    report = commands.add_parser(
        "report", parents=[common], help="the mission report for the board (PDF or XLSX)"
    )
    report.add_argument("--mission", required=True, help="mission id or short name")
    report.add_argument("--lang", choices=["fr", "en"], default="fr")
    report.add_argument("-o", "--output", required=True, help="file ending in .pdf or .xlsx")
    report.set_defaults(handler=cmd_report)

    leads = commands.add_parser("leads", help="the leads meetings produced, across missions")
    l_commands = leads.add_subparsers(dest="action", metavar="ACTION", required=True)
    l_list = l_commands.add_parser(
        "list", parents=[common, listing], help="leads of every mission, or of one"
    )
    l_list.add_argument("--mission", help="mission id or short name (default: all missions)")
    l_list.add_argument("--stage", help="contact, study, site_visit, decision, settled or lost")
    l_list.add_argument("--sector", help='e.g. "Maritime & Logistics"')
    l_list.add_argument("--organisation", help="organisation id or short name")
    l_list.add_argument("--lang", choices=["fr", "en"], default="en")
    l_list.set_defaults(handler=cmd_leads_list)
    l_stage = l_commands.add_parser(
        "stage", parents=[common], help="move a lead to another stage (kept in its history)"
    )
    l_stage.add_argument("lead", help="the lead's id (see 'leads list')")
    l_stage.add_argument("stage", help="contact, study, site_visit, decision, settled or lost")
    l_stage.add_argument("--note", help="why (kept in the lead's history)")
    l_stage.set_defaults(handler=cmd_leads_stage)

    folder_option = argparse.ArgumentParser(add_help=False)
    folder_option.add_argument(
        "--folder",
        metavar="DIR",
        help="backup folder (default: the one chosen in the preferences, else the user's)",
    )
    backup = commands.add_parser("backup", help="copies of the database: create, list, restore")
    backup_commands = backup.add_subparsers(dest="action", metavar="ACTION", required=True)
    b_create = backup_commands.add_parser(
        "create",
        parents=[common, folder_option],
        help="copy the database now (safe while the program has it open)",
    )
    b_create.add_argument(
        "-o", "--output", metavar="FILE", help="write the copy to this file, not the folder"
    )
    b_create.add_argument("--force", action="store_true", help="replace FILE if it exists")
    b_create.set_defaults(handler=cmd_backup_create)
    b_list = backup_commands.add_parser(
        "list",
        parents=[common, listing, folder_option],
        help="the backups, newest first, with the missions inside",
    )
    b_list.set_defaults(handler=cmd_backup_list)
    b_restore = backup_commands.add_parser(
        "restore",
        parents=[common, folder_option],
        help="replace the database by a backup (the current file is kept first)",
    )
    b_restore.add_argument("backup", help="the backup file, or its name as `backup list` shows")
    b_restore.add_argument(
        "--force", action="store_true", help="take over a lock left on another computer"
    )
    b_restore.set_defaults(handler=cmd_backup_restore)
    b_verify = backup_commands.add_parser(
        "verify",
        parents=[common],
        help="full integrity check of the database or of a backup (exit code 1 if damaged)",
    )
    b_verify.add_argument("file", nargs="?", help="a backup file (default: the database)")
    b_verify.set_defaults(handler=cmd_backup_verify)

    takeover = argparse.ArgumentParser(add_help=False)
    takeover.add_argument(
        "--force", action="store_true", help="take over a lock left on another computer"
    )
    encrypt = commands.add_parser(
        "encrypt",
        parents=[common, folder_option, takeover],
        help=f"encrypt the database file (key: ${KEY_VARIABLE}, else typed twice)",
    )
    encrypt.add_argument(
        "--purge-plain-backups",
        action="store_true",
        help="delete the earlier backups, which are not encrypted",
    )
    encrypt.set_defaults(handler=cmd_encrypt)
    decrypt = commands.add_parser(
        "decrypt",
        parents=[common, folder_option, takeover],
        help=f"make an encrypted database plain again (key: ${KEY_VARIABLE}, else asked)",
    )
    decrypt.set_defaults(handler=cmd_decrypt)
    rekey = commands.add_parser(
        "rekey",
        parents=[common, folder_option, takeover],
        help=f"change the key (current: ${KEY_VARIABLE}, new: ${NEW_KEY_VARIABLE}, else asked)",
    )
    rekey.add_argument(
        "--purge-old-backups",
        action="store_true",
        help="delete the earlier backups, which open only with the old key",
    )
    rekey.set_defaults(handler=cmd_rekey)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from delegation_app.logs import setup_logging

    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging("delegation-cli")  # no personal data reaches the file: it is redacted
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except CliError as exc:
        print(f"delegation-cli: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except DomainError as exc:
        print(f"delegation-cli: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader (head, less) stopped early: not an error; keep Python from complaining
        # again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        print(
            f"delegation-cli: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("delegation-cli: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
