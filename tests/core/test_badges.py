"""Name badges and table tent cards: geometry, type that fits, and what the PDF holds."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import fields, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from delegation_app.errors import ValidationError
from delegation_app.printing.badges import (
    ASCENT,
    CARD_90X54,
    DESCENT,
    ELLIPSIS,
    GROUP_COLORS,
    LAYOUTS,
    Badge,
    Box,
    SheetLayout,
    badges_for_mission,
    badges_from_roster,
    crop_mark_lines,
    fit_text,
    page_count,
    plan_badge,
    render_badges,
)
from delegation_app.printing.fonts import BOLD, REGULAR, register_fonts
from delegation_app.services.missions import StopInput, create_mission, get_mission
from delegation_app.services.people import create_organisation, create_people
from delegation_app.services.roster import (
    GroupView,
    ParticipantInput,
    RosterEntry,
    add_participants,
    create_group,
    list_roster,
)
from delegation_app.storage.database import Database
from delegation_app.storage.models import GroupKind, ParticipantRole, ParticipantStatus

LONG_GIVEN = "Marie-Hélène"
LONG_FAMILY = "Durand-Védrines de La Tour d'Auvergne"
LONG_NAME = f"{LONG_GIVEN} {LONG_FAMILY}"
LONG_ORGANISATION = (
    "Chambre de commerce et d'industrie métropolitaine Aix-Marseille-Provence, "
    "délégation aux relations internationales"
)
MISSION = "Mission économique à Miami – French Weeks 2017"

LONG = Badge(
    given_name=LONG_GIVEN,
    family_name=LONG_FAMILY,
    organisation=LONG_ORGANISATION,
    ribbon="Délégation officielle",
    ribbon_color=GROUP_COLORS[GroupKind.OFFICIAL],
)
SHORT = Badge(given_name="Jo", family_name="Li", organisation="theCamp", ribbon="Presse")
# A single word longer than any line: only an ellipsis can help.
ENDLESS = Badge(
    given_name="Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft",
    family_name="Schafewarenwohlgepflegeundsorgfaltigkeitbeschutzenvorangreifendurch" * 2,
    organisation="X" * 200,
    ribbon="Partenaires institutionnels et invités d'honneur de la Métropole " * 2,
)


GIVEN = ("Inès", "Noël", "Maïwenn", "Félix", "Rachid", "Cédric", "Zoé", "Léa", "Jean", "Anne")
FAMILY = (
    "Aït-Ahmed",
    "Arnaud",
    "Belkacem",
    "Bensaïd",
    "Écuyer",
    "Gasquet",
    "Hamadi",
    "Marchetti",
    "Roux",
    "Vassal",
    "Zola",
    "Łukasiewicz",
)
GROUPS = (
    ("Délégation officielle", GroupKind.OFFICIAL, ParticipantRole.ELECTED_OFFICIAL),
    ("Chefs d'entreprise", GroupKind.BUSINESS, ParticipantRole.BUSINESS_LEADER),
    ("Équipe d'organisation", GroupKind.STAFF, ParticipantRole.STAFF),
    ("Presse", GroupKind.PRESS, ParticipantRole.PRESS),
    ("Partenaires institutionnels", GroupKind.OTHER, ParticipantRole.INSTITUTIONAL),
)


@pytest.fixture
def mission_120(db: Database) -> int:
    """A mission of 120 confirmed delegates in five groups, and one cancelled delegate.

    Everyone has an e-mail, a phone and a passport: none of them may reach a badge.
    """
    with db.transaction() as session:
        mission = create_mission(
            session,
            title_fr=MISSION,
            title_en="Economic mission to Miami – French Weeks 2017",
            short="miami-2017",
            start_date=date(2017, 11, 5),
            end_date=date(2017, 11, 10),
            stops=[StopInput(city="Miami", country="US", zone="America/New_York")],
        )
        groups = [create_group(session, mission.id, name, kind).id for name, kind, _ in GROUPS]
        organisation = create_organisation(session, name="Métropole Aix-Marseille-Provence").id
        people = [
            {
                "given_name": GIVEN[n % 10],
                "family_name": FAMILY[n // 10 % len(FAMILY)],
                "organisation_id": organisation,
                "email": f"delegate{n}@example.org",
                "phone": f"+3361200{n:04d}",
                "passport_number": f"17AB{n:05d}",
                "birth_date": date(1970, 1, 1 + n % 28),
            }
            for n in range(121)
        ]
        ids = create_people(session, people)
        add_participants(
            session,
            mission.id,
            [
                ParticipantInput(
                    person_id=person_id,
                    role=GROUPS[n % 5][2],
                    status=ParticipantStatus.CANCELLED if n == 120 else ParticipantStatus.CONFIRMED,
                    group_ids=[groups[n % 5]],
                )
                for n, person_id in enumerate(ids)
            ],
        )
        return mission.id


def _entry(
    given: str,
    family: str,
    *,
    status: ParticipantStatus = ParticipantStatus.CONFIRMED,
    groups: tuple[str, ...] = ("Chefs d'entreprise",),
    role: ParticipantRole = ParticipantRole.BUSINESS_LEADER,
    index: int = 1,
) -> RosterEntry:
    return RosterEntry(
        participant_id=index,
        person_id=index,
        short=f"p{index}",
        given_name=given,
        family_name=family,
        organisation="Calanques Blue Tech",
        job_title="Directrice",
        capacity=None,
        role=role,
        status=status,
        groups=groups,
        email=f"person{index}@example.org",
        phone=f"+3361234{index:04d}",
        language="fr",
        hotel="Brickell Bayside Hotel",
        room=f"{800 + index}",
        has_passport=True,
        contact_role=None,
    )


def _joined(lines: Sequence[str]) -> str:
    """Wrapped lines put back together: a break after a hyphen had no space."""
    text = ""
    for line in lines:
        text += line if not text or text.endswith("-") else f" {line}"
    return text


def _pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


# Geometry --------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", list(LAYOUTS.values()), ids=list(LAYOUTS))
def test_every_badge_of_a_sheet_is_on_the_page_and_none_overlap(layout: SheetLayout) -> None:
    page = Box(0, 0, layout.page_width, layout.page_height)
    slots = [layout.slot(i) for i in range(layout.per_page)]
    assert all(page.contains(slot) for slot in slots)
    for first, second in itertools.combinations(slots, 2):
        assert not first.overlaps(second)
    for slot in slots:
        faces = layout.faces(slot)
        assert all(slot.contains(face) for face, _upside_down in faces)
        for (first, _), (second, _) in itertools.combinations(faces, 2):
            assert not first.overlaps(second)


def test_business_card_sheet_is_two_by_five_90_by_54_mm_centred_on_a4() -> None:
    layout = LAYOUTS["90x54"]
    assert layout.per_page == 10 and (layout.columns, layout.rows) == (2, 5)
    assert layout.badge_width == pytest.approx(90 * mm)
    assert layout.badge_height == pytest.approx(54 * mm)
    first, last = layout.slot(0), layout.slot(9)
    assert first.x == pytest.approx(15 * mm)  # left margin
    assert layout.page_width - last.right == pytest.approx(15 * mm)
    assert layout.page_height - first.top == pytest.approx(13.5 * mm)  # top margin
    assert last.y == pytest.approx(13.5 * mm)
    # Row by row from the top left: the second badge is beside the first.
    assert layout.slot(1).x == pytest.approx(first.right)
    assert layout.slot(1).y == pytest.approx(first.y)
    assert layout.slot(2).top == pytest.approx(first.y)


def test_a6_sheet_is_four_a6_badges_and_the_tent_card_two_faces() -> None:
    a6 = LAYOUTS["a6-4up"]
    assert a6.per_page == 4
    assert (a6.badge_width, a6.badge_height) == (pytest.approx(105 * mm), pytest.approx(148 * mm))
    tent = LAYOUTS["tent"]
    assert tent.per_page == 1 and tent.folded
    (bottom, bottom_turned), (top, top_turned) = tent.faces(tent.slot(0))
    assert (bottom_turned, top_turned) == (False, True)
    assert bottom.top == pytest.approx(top.y) == pytest.approx(tent.page_height / 2)


def test_a_layout_whose_badges_leave_the_page_or_overlap_is_refused() -> None:
    with pytest.raises(ValueError, match="do not fit"):
        replace(CARD_90X54, key="too-low", top=30 * mm)
    with pytest.raises(ValueError, match="overlap"):
        replace(CARD_90X54, key="overlapping", row_pitch=50 * mm)


@pytest.mark.parametrize("layout", list(LAYOUTS.values()), ids=list(LAYOUTS))
def test_crop_marks_stay_clear_of_the_badges(layout: SheetLayout) -> None:
    slots = [layout.slot(i) for i in range(layout.per_page)]
    page = Box(0, 0, layout.page_width, layout.page_height)
    for x0, y0, x1, y1 in crop_mark_lines(layout):
        mark = Box(min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0))
        assert page.contains(mark)
        # On a cut line at most (a zero-width overlap), never across a badge.
        assert not any(slot.overlaps(mark) for slot in slots)


def test_business_card_crop_marks_mark_every_cut_line_in_the_margin() -> None:
    lines = crop_mark_lines(CARD_90X54)
    vertical = {round(x0, 1) for x0, y0, x1, y1 in lines if x0 == x1}
    horizontal = {round(y0, 1) for x0, y0, x1, y1 in lines if y0 == y1}
    assert vertical == {round(v * mm, 1) for v in (15, 105, 195)}
    assert len(horizontal) == 6  # the five rows' edges
    assert len(lines) == 2 * 3 + 2 * 6


# Fitting text ----------------------------------------------------------------------------


def test_short_text_takes_the_largest_size() -> None:
    fitted = fit_text("Inès", font=BOLD, max_size=24, min_size=12, width=230)
    assert fitted.lines == ("Inès",) and fitted.size == 24 and not fitted.truncated


def test_text_shrinks_to_the_largest_quarter_point_that_fits() -> None:
    register_fonts()
    width = 200.0
    fitted = fit_text(LONG_FAMILY, font=BOLD, max_size=15, min_size=8, width=width)
    assert len(fitted.lines) == 1
    assert 8 <= fitted.size < 15
    assert stringWidth(LONG_FAMILY, BOLD, fitted.size) <= width
    assert stringWidth(LONG_FAMILY, BOLD, fitted.size + 0.25) > width


def test_a_long_name_wraps_to_two_balanced_lines_below_the_minimum_size() -> None:
    register_fonts()
    width = 200.0
    fitted = fit_text(LONG_NAME, font=BOLD, max_size=24, min_size=11, width=width)
    assert len(fitted.lines) == 2 and not fitted.truncated
    assert fitted.size >= 11
    assert _joined(fitted.lines) == LONG_NAME
    assert all(stringWidth(line, BOLD, fitted.size) <= width for line in fitted.lines)


def test_a_hyphenated_name_may_break_after_its_hyphen() -> None:
    register_fonts()
    fitted = fit_text("Durand-Védrines", font=BOLD, max_size=20, min_size=14, width=80)
    assert fitted.lines == ("Durand-", "Védrines")


def test_text_too_long_for_two_lines_ends_with_an_ellipsis() -> None:
    register_fonts()
    width = 120.0
    fitted = fit_text(LONG_ORGANISATION, font=REGULAR, max_size=10, min_size=8, width=width)
    assert fitted.truncated and fitted.size == 8
    assert len(fitted.lines) == 2 and fitted.lines[-1].endswith(ELLIPSIS)
    assert LONG_ORGANISATION.startswith(fitted.lines[0])
    assert all(stringWidth(line, REGULAR, 8) <= width for line in fitted.lines)
    one = fit_text(
        LONG_ORGANISATION, font=REGULAR, max_size=10, min_size=8, width=width, max_lines=1
    )
    assert len(one.lines) == 1 and one.lines[0].endswith(ELLIPSIS)
    assert stringWidth(one.lines[0], REGULAR, 8) <= width


def test_fitted_text_respects_the_height_of_its_box() -> None:
    register_fonts()
    fitted = fit_text(LONG_NAME, font=BOLD, max_size=40, min_size=8, width=500, height=20)
    assert fitted.height <= 20


def test_user_text_is_cleaned_before_it_is_measured() -> None:
    fitted = fit_text(
        "  Zoë \x07 Ł\u0075\u0301kasz\n ", font=REGULAR, max_size=10, min_size=6, width=300
    )
    assert fitted.lines == ("Zoë Łúkasz",)


# Planning a badge ------------------------------------------------------------------------


def _check_plan(badge: Badge, layout: SheetLayout) -> None:
    face, _ = layout.faces(layout.slot(0))[0]
    plan = plan_badge(badge, layout.style, face.width, face.height, MISSION)
    whole = Box(0, 0, face.width, face.height)
    assert whole.contains(plan.band)
    for line in plan.lines:
        assert whole.contains(line.box), line
        assert stringWidth(line.text, line.font, line.size) <= line.box.width + 0.01, line
        # The line's ink stays inside the badge.
        assert line.baseline - DESCENT * line.size >= -0.01
        assert line.baseline + ASCENT * line.size <= face.height + 0.01
        if line.part == "ribbon":
            assert plan.band.contains(line.box)
        else:
            # Below the ribbon, every block inside its room.
            assert line.baseline + ASCENT * line.size <= plan.band.y
            assert line.baseline - DESCENT * line.size >= line.box.y - 0.01
            assert line.baseline + ASCENT * line.size <= line.box.top + 0.01
    # Blocks do not overlap: given above family above organisation above mission.
    tops_and_bottoms = []
    for part in ("given", "family", "organisation", "mission"):
        lines = plan.part(part)
        if lines:
            tops_and_bottoms.append(
                (
                    max(line.baseline + ASCENT * line.size for line in lines),
                    min(line.baseline - DESCENT * line.size for line in lines),
                )
            )
    for (_, bottom), (top, _) in itertools.pairwise(tops_and_bottoms):
        assert top <= bottom + 0.01


@pytest.mark.parametrize("layout", list(LAYOUTS.values()), ids=list(LAYOUTS))
@pytest.mark.parametrize("badge", [LONG, SHORT, ENDLESS], ids=["long", "short", "endless"])
def test_every_line_of_a_badge_fits_its_box(layout: SheetLayout, badge: Badge) -> None:
    _check_plan(badge, layout)


def test_long_name_and_organisation_on_a_business_card() -> None:
    face = CARD_90X54.slot(0)
    plan = plan_badge(LONG, CARD_90X54.style, face.width, face.height, MISSION)
    given = plan.part("given")
    family = plan.part("family")
    organisation = plan.part("organisation")
    assert [line.text for line in given] == [LONG_GIVEN]
    assert given[0].size > family[0].size > organisation[0].size  # the given name largest
    assert _joined([line.text for line in family]) == LONG_FAMILY
    assert len(organisation) == 2  # too long for one line at the smallest size
    assert all(line.size >= CARD_90X54.style.organisation_min for line in organisation)
    assert [line.text for line in plan.part("mission")] == [MISSION]
    assert [line.text for line in plan.part("ribbon")] == ["Délégation officielle"]


def test_a_name_of_one_endless_word_is_cut_where_it_must_be() -> None:
    face = CARD_90X54.slot(0)
    plan = plan_badge(ENDLESS, CARD_90X54.style, face.width, face.height, MISSION)
    # Cut across two lines when the two hold it, with an ellipsis when they do not.
    given = [line.text for line in plan.part("given")]
    assert "".join(given) == ENDLESS.given_name and len(given) == 2
    family = [line.text for line in plan.part("family")]
    assert family[-1].endswith(ELLIPSIS)
    assert ENDLESS.family_name.startswith("".join(family).removesuffix(ELLIPSIS))
    assert plan.part("ribbon")[0].text.endswith(ELLIPSIS)


# The printed sheets ----------------------------------------------------------------------


def test_a_120_delegate_mission_takes_12_sheets_of_business_cards(
    db: Database, mission_120: int, tmp_path: Path
) -> None:
    with db.reading() as session:
        mission = get_mission(session, str(mission_120))
        badges = badges_for_mission(session, mission_120, language="fr")
        roster = list_roster(session, mission_120)
    assert len(badges) == 120  # the cancelled delegate has none
    path = tmp_path / "print" / "badges.pdf"
    path.parent.mkdir()
    count = render_badges(badges, path, layout="90x54", mission_title=mission.title("fr"))
    assert count == 120
    assert page_count(count, "90x54") == 12
    pages = _pdf_text(path)
    assert len(pages) == 12
    assert all(page.count(mission.title("fr")) == 10 for page in pages)
    text = "\n".join(pages)
    words = " ".join(text.split())
    for badge in badges:
        assert f"{badge.given_name} {badge.family_name}" in words
    # Nothing personal, though the roster holds it.
    for entry in roster:
        assert entry.email is not None and entry.email not in text
        assert entry.phone is not None and entry.phone[-6:] not in text
    assert "17AB" not in text
    assert [p.name for p in path.parent.iterdir()] == ["badges.pdf"]


@pytest.mark.parametrize("key", ["90x54", "a6-4up"])
def test_printed_text_lies_inside_its_badge(tmp_path: Path, key: str) -> None:
    layout = LAYOUTS[key]
    badges = [LONG, SHORT, ENDLESS] + [Badge(f"Prénom{i}", f"Nom{i}", "Org") for i in range(9)]
    path = tmp_path / "badges.pdf"
    render_badges(badges, path, layout=key, mission_title=MISSION, sort_by_name=False)
    reader = PdfReader(path)
    assert len(reader.pages) == page_count(len(badges), key)
    slots = [layout.slot(i) for i in range(layout.per_page)]
    pieces: list[tuple[str, float, float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            name = str(font.get("/BaseFont", "")) if font else ""
            pieces.append((text.strip(), x, y, size * tm[0] * cm[0], name))

    for page in reader.pages:
        pieces.clear()
        page.extract_text(visitor_text=visit)
        assert pieces
        for text, x, y, size, name in pieces:
            font = BOLD if "Bold" in name else REGULAR
            width = stringWidth(text, font, size)
            inside = [
                slot
                for slot in slots
                if slot.x + layout.style.padding / 2 - 0.5 <= x
                and x + width <= slot.right - layout.style.padding / 2 + 0.5
                and slot.y < y < slot.top
            ]
            assert len(inside) == 1, (text, x, y)


def test_badges_are_sorted_by_family_name_unless_asked_otherwise(tmp_path: Path) -> None:
    badges = [
        Badge("Zoé", "Zola"),
        Badge("Émile", "Écuyer"),
        Badge("Ana", "Martin"),
    ]
    sorted_path = tmp_path / "sorted.pdf"
    render_badges(badges, sorted_path, mission_title=MISSION)
    text = _pdf_text(sorted_path)[0]
    assert text.index("Écuyer") < text.index("Martin") < text.index("Zola")
    given_path = tmp_path / "given.pdf"
    render_badges(badges, given_path, mission_title=MISSION, sort_by_name=False)
    text = _pdf_text(given_path)[0]
    assert text.index("Zola") < text.index("Écuyer") < text.index("Martin")


def test_cancelled_delegates_get_no_badge(tmp_path: Path) -> None:
    entries = [
        _entry("Camille", "Gasquet", index=1),
        _entry("Sandrine", "Roux", status=ParticipantStatus.CANCELLED, index=2),
        _entry("Noël", "Hamadi", index=3),
    ]
    path = tmp_path / "badges.pdf"
    assert render_badges(entries, path, mission_title=MISSION) == 2
    text = _pdf_text(path)[0]
    assert "Gasquet" in text and "Hamadi" in text and "Roux" not in text
    assert [b.family_name for b in badges_from_roster(entries)] == ["Gasquet", "Hamadi"]


def test_mission_badges_leave_out_cancelled_delegates_in_roster_order(
    db: Database, mission_120: int
) -> None:
    with db.reading() as session:
        roster = list_roster(session, mission_120)
        badges = badges_for_mission(session, mission_120)
    kept = [e for e in roster if e.status != ParticipantStatus.CANCELLED]
    assert len(kept) == len(roster) - 1 == 120
    assert [(b.given_name, b.family_name) for b in badges] == [
        (e.given_name, e.family_name) for e in kept
    ]


def test_badges_never_print_personal_data(tmp_path: Path) -> None:
    entries = [_entry("Camille", "Gasquet", index=1), _entry("Noël", "Hamadi", index=2)]
    path = tmp_path / "badges.pdf"
    render_badges(entries, path, layout="a6-4up", mission_title=MISSION)
    text = _pdf_text(path)[0]
    for entry in entries:
        assert entry.email is not None and entry.email not in text
        assert entry.phone is not None and entry.phone[-4:] not in text
        assert entry.room is not None and entry.room not in text
        assert entry.hotel is not None and entry.hotel not in text
        assert entry.job_title is not None and entry.job_title not in text
    assert {f.name for f in fields(Badge)} == {
        "given_name",
        "family_name",
        "organisation",
        "ribbon",
        "ribbon_color",
    }


def test_ribbons_name_the_group_in_its_kind_colour(db: Database, mission_120: int) -> None:
    with db.reading() as session:
        badges = badges_for_mission(session, mission_120)
    colors: dict[str | None, set[str]] = {}
    for badge in badges:
        colors.setdefault(badge.ribbon, set()).add(badge.ribbon_color)
    assert set(colors) == {name for name, _, _ in GROUPS}
    assert all(len(c) == 1 for c in colors.values())  # one colour per group
    assert len({next(iter(c)) for c in colors.values()}) == len(colors)  # each its own
    for name, kind, _role in GROUPS:
        if kind in GROUP_COLORS:
            assert colors[name] == {GROUP_COLORS[kind]}


def test_two_groups_of_one_kind_still_get_colours_of_their_own() -> None:
    groups = [
        GroupView(1, "Chefs d'entreprise – Maritime", GroupKind.BUSINESS),
        GroupView(2, "Chefs d'entreprise – Santé", GroupKind.BUSINESS),
        GroupView(3, "Délégation officielle", GroupKind.OFFICIAL),
    ]
    entries = [
        _entry("Ana", "Martin", groups=("Chefs d'entreprise – Santé",), index=1),
        _entry("Jo", "Li", groups=("Chefs d'entreprise – Maritime",), index=2),
        _entry("Léa", "Giraud", groups=("Délégation officielle",), index=3),
        _entry("Noé", "Roux", groups=("Invités",), index=4),  # not among the groups given
    ]
    colors = [b.ribbon_color for b in badges_from_roster(entries, groups=groups)]
    # The mission's first business group has the business colour, whoever comes first.
    assert colors[1] == GROUP_COLORS[GroupKind.BUSINESS]
    assert colors[2] == GROUP_COLORS[GroupKind.OFFICIAL]
    assert len(set(colors)) == 4


def test_a_delegate_in_no_group_has_the_role_on_the_ribbon() -> None:
    entry = _entry("Léa", "Giraud", groups=(), role=ParticipantRole.PRESS)
    assert badges_from_roster([entry], language="fr")[0].ribbon == "Presse"
    assert badges_from_roster([entry], language="en")[0].ribbon == "Press"


def test_tent_card_prints_the_name_twice_one_upside_down(tmp_path: Path) -> None:
    path = tmp_path / "tents.pdf"
    count = render_badges([LONG, SHORT], path, layout="tent", mission_title=MISSION)
    assert count == 2
    reader = PdfReader(path)
    assert len(reader.pages) == 2
    found: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, _size: Any) -> None:
        if text.strip() == LONG_GIVEN:
            found.append((text.strip(), cm[0] * tm[0]))  # +1 upright, -1 turned 180°

    # Page 1 is Marie-Hélène's (Durand before Li).
    reader.pages[0].extract_text(visitor_text=visit)
    assert sorted(direction for _, direction in found) == [-1.0, 1.0]
    assert "Li" in reader.pages[1].extract_text()


def test_skipped_labels_stay_blank_on_the_first_sheet(tmp_path: Path) -> None:
    badges = [Badge(f"Given{i}", f"Family{i:02d}") for i in range(8)]
    path = tmp_path / "badges.pdf"
    assert render_badges(badges, path, mission_title=MISSION, skip=3) == 8
    pages = _pdf_text(path)
    assert len(pages) == page_count(8, skip=3) == 2
    assert [f"Family{i:02d}" in pages[0] for i in range(8)] == [True] * 7 + [False]


def test_bad_layout_language_or_empty_list_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "badges.pdf"
    with pytest.raises(ValidationError, match="90x54"):
        render_badges([SHORT], path, layout="avery-9999", mission_title=MISSION)
    with pytest.raises(ValidationError):
        render_badges([SHORT], path, language="de", mission_title=MISSION)
    with pytest.raises(ValidationError):
        render_badges([], path, mission_title=MISSION)
    with pytest.raises(ValidationError):
        render_badges([SHORT], path, mission_title=MISSION, skip=10)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_while_printing_leaves_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from delegation_app.printing import badges as badges_module

    path = tmp_path / "badges.pdf"
    path.write_bytes(b"previous")

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("printer on fire")

    monkeypatch.setattr(badges_module, "_draw_plan", broken)
    with pytest.raises(RuntimeError):
        render_badges([SHORT], path, mission_title=MISSION)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["badges.pdf"]


def test_names_with_markup_characters_print_as_written(tmp_path: Path) -> None:
    badge = Badge("Ana & <Bo>", "Dupont & Fils", organisation="<SARL> & Cie")
    path = tmp_path / "badges.pdf"
    render_badges([badge], path, layout="a6-4up", mission_title=MISSION, crop_marks=True)
    text = _pdf_text(path)[0]
    assert "Ana & <Bo>" in text and "Dupont & Fils" in text and "<SARL> & Cie" in text
