"""Bad input in the print room's other papers and the mission report (issue 9, item 7).

Hostile text (control characters, right-to-left marks, markup, emoji, huge values) entered
through the services, then printed: the delegation's programme, the face book, the visa
letters, badges and tent cards, the mission report (PDF and XLSX). Each paper is written whole
or refused with a clear domain error; an older file under the same name is never half
overwritten and no temporary file is left behind. The helpers and strategies are those of
tests/core/test_bad_input.py, so both files feed the same kinds of text.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from delegation_app.services import itinerary, people
from delegation_app.storage.database import Database
from delegation_app.storage.models import ItemKind, OrganisationKind, Participant
from tests.core.test_bad_input import (
    NEW_YORK,
    PRINT,
    assert_complete_or_absent,
    attempt,
    check_pdf,
    check_xlsx,
    delegate_fields,
    delegates,
    new_mission,
    short_words,
)
from tests.core.test_bad_input import fits as hostile_fits


def fits(limit: int) -> st.SearchStrategy[str]:
    """Without lone surrogates: the services refuse them at the door (test_bad_input.py proves
    it), so drawing them here would leave the printers little to print."""
    return hostile_fits(limit, surrogates=False)


def maybe_fits(limit: int) -> st.SearchStrategy[str | None]:
    return st.one_of(st.none(), fits(limit))


# One mission per example: the database of a property keeps the earlier examples' missions.
_missions = iter(range(1, 10**6))


def hostile_mission(
    session: Session,
    short: str,
    people_drawn: list[dict[str, Any]],
    item: dict[str, Any],
) -> list[int]:
    """A mission with hostile delegates and one hostile item everyone attends; person ids."""
    mission = new_mission(session, short)
    participants = delegates(session, mission, people_drawn)
    itinerary.create_item(
        session,
        mission_id=mission,
        kind=ItemKind.VISIT,
        start_local=datetime(2017, 11, 6, 9, 30),
        start_zone=NEW_YORK,
        end_local=datetime(2017, 11, 6, 11, 0),
        **item,
    )
    return [session.get(Participant, pid).person_id for pid in participants]  # type: ignore[union-attr]


def hostile_items() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"title_fr": fits(200)},
        optional={
            "title_en": maybe_fits(200),
            "dress_code": maybe_fits(120),
            "to_bring": maybe_fits(200),
            "notes_fr": maybe_fits(2000),
            "notes_en": maybe_fits(2000),
        },
    )


hostile_people = st.lists(
    delegate_fields(surrogates=False).filter(short_words), min_size=1, max_size=3
)
languages = st.sampled_from(("fr", "en"))


@settings(PRINT, max_examples=20)
@given(
    people_drawn=hostile_people,
    item=hostile_items(),
    language=languages,
    page_size=st.sampled_from(("A4", "A5", "Letter")),
)
def test_the_delegation_programme_and_face_book_of_any_text_print_whole_or_not_at_all(
    db: Database,
    tmp_path_factory: pytest.TempPathFactory,
    people_drawn: list[dict[str, Any]],
    item: dict[str, Any],
    language: str,
    page_size: str,
) -> None:
    from delegation_app.printing.face_book import render_face_book
    from delegation_app.printing.programme import render_delegation_programme
    from delegation_app.services.papers import delegation_programme, face_book

    short = f"papers-{next(_missions)}"
    if not attempt(db, lambda s: hostile_mission(s, short, people_drawn, item)).accepted:
        return
    with db.reading() as session:
        programme = delegation_programme(session, short)
        book = face_book(session, short)
    folder = tmp_path_factory.mktemp("papers")
    path = folder / "programme.pdf"
    assert_complete_or_absent(
        folder,
        path,
        b"old programme",
        lambda: render_delegation_programme(
            programme, path, language=language, page_size=page_size
        ),
        check_pdf,
    )
    path.unlink()
    path = folder / "facebook.pdf"
    assert_complete_or_absent(
        folder,
        path,
        b"old face book",
        lambda: render_face_book(book, path, language=language, page_size=page_size),
        check_pdf,
    )


@settings(PRINT, max_examples=20)
@given(
    people_drawn=hostile_people,
    item=hostile_items(),
    language=st.sampled_from((None, "fr", "en")),
    layout=st.sampled_from(("90x54", "a6-4up", "tent")),
    skip=st.integers(min_value=0, max_value=12),
)
def test_visa_letters_and_badges_of_any_text_print_whole_or_not_at_all(
    db: Database,
    tmp_path_factory: pytest.TempPathFactory,
    people_drawn: list[dict[str, Any]],
    item: dict[str, Any],
    language: str | None,
    layout: str,
    skip: int,
) -> None:
    from delegation_app.printing.badges import badges_from_roster, render_badges
    from delegation_app.printing.letters import render_letters
    from delegation_app.services.missions import get_mission
    from delegation_app.services.papers import invitation_letters
    from delegation_app.services.roster import list_groups, list_roster

    short = f"letters-{next(_missions)}"
    outcome = attempt(db, lambda s: hostile_mission(s, short, people_drawn, item))
    if not outcome.accepted:
        return
    with db.reading() as session:
        letters = invitation_letters(session, short, outcome.value, language=language)
        mission = get_mission(session, short)
        badges = badges_from_roster(
            list_roster(session, mission.id),
            language=language or "fr",
            groups=list_groups(session, mission.id),
        )
    folder = tmp_path_factory.mktemp("letters")
    path = folder / "letters.pdf"
    assert_complete_or_absent(
        folder,
        path,
        b"old letters",
        lambda: render_letters(letters, path, today=date(2017, 9, 1)),
        check_pdf,
    )
    path.unlink()
    path = folder / "badges.pdf"
    assert_complete_or_absent(
        folder,
        path,
        b"old badges",
        lambda: render_badges(
            badges,
            path,
            layout=layout,
            mission_title=mission.title(language or "fr"),
            language=language or "fr",
            skip=skip,
        ),
        check_pdf,
    )


@settings(PRINT, max_examples=20)
@given(
    people_drawn=hostile_people,
    organisation=st.fixed_dictionaries(
        {"name": fits(200)},
        optional={"sector": maybe_fits(120), "city": maybe_fits(120)},
    ),
    lead=st.fixed_dictionaries(
        {},
        optional={
            "project": maybe_fits(500),
            "note": maybe_fits(2000),
            "jobs_expected": st.one_of(st.none(), st.integers(0, 10**6)),
            "investment_expected": st.one_of(st.none(), st.integers(0, 10**12)),
        },
    ),
    language=languages,
)
def test_the_mission_report_of_any_text_prints_and_exports_whole_or_not_at_all(
    db: Database,
    tmp_path_factory: pytest.TempPathFactory,
    people_drawn: list[dict[str, Any]],
    organisation: dict[str, Any],
    lead: dict[str, Any],
    language: str,
) -> None:
    from delegation_app.interchange.mission_report_export import export_mission_report_xlsx
    from delegation_app.printing.mission_report import render_mission_report
    from delegation_app.services.leads import create_lead
    from delegation_app.services.mission_report import mission_report

    short = f"report-{next(_missions)}"

    def build(session: Session) -> None:
        mission = new_mission(session, short)
        delegates(session, mission, people_drawn)
        company = people.create_organisation(
            session, kind=OrganisationKind.COMPANY, country="US", **organisation
        )
        fields = dict(lead)
        if fields.get("investment_expected") is not None:
            fields["investment_currency"] = "USD"
        create_lead(session, organisation_id=company.id, mission_id=mission, **fields)

    if not attempt(db, build).accepted:
        return
    with db.reading() as session:
        report = mission_report(session, short, today=date(2017, 12, 1))
    folder = tmp_path_factory.mktemp("report")
    path = folder / "report.pdf"
    assert_complete_or_absent(
        folder,
        path,
        b"old report",
        lambda: render_mission_report(report, path, language=language),
        check_pdf,
    )
    path.unlink()
    path = folder / "report.xlsx"
    assert_complete_or_absent(
        folder,
        path,
        b"old workbook",
        lambda: export_mission_report_xlsx(report, path, language=language),
        check_xlsx,
    )
