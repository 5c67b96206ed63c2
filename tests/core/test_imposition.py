"""Booklet imposition: A5 pages two by two on A4 sheets, in the order that folds into a booklet."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PageObject, PdfReader
from pypdf.generic import NameObject
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen.canvas import Canvas

from delegation_app.errors import ValidationError
from delegation_app.printing.booklet import render_booklet
from delegation_app.printing.imposition import (
    impose_saddle_stitch,
    render_imposed_booklet,
    saddle_stitch_order,
    sheet_count,
)
from delegation_app.services.booklet import BookletData, booklet_data
from delegation_app.services.missions import StopInput, create_mission
from delegation_app.services.people import create_organisation, create_person
from delegation_app.services.roster import add_participant
from delegation_app.storage.database import Database
from delegation_app.storage.models import ParticipantRole

A4_LANDSCAPE = (841.89, 595.28)
LETTER_LANDSCAPE = (792.0, 612.0)
PAGE_LABEL = re.compile(r"Page (\d+) (?:sur|of) (\d+)")


# The order -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pages", "sides"),
    [
        (4, [(4, 1), (2, 3)]),
        (8, [(8, 1), (2, 7), (6, 3), (4, 5)]),
        (12, [(12, 1), (2, 11), (10, 3), (4, 9), (8, 5), (6, 7)]),
        (
            16,
            [(16, 1), (2, 15), (14, 3), (4, 13), (12, 5), (6, 11), (10, 7), (8, 9)],
        ),
    ],
)
def test_saddle_stitch_order_puts_first_and_last_pages_on_the_outer_sheet(
    pages: int, sides: list[tuple[int, int]]
) -> None:
    assert saddle_stitch_order(pages) == sides
    assert sheet_count(pages) == pages // 4


@pytest.mark.parametrize(
    ("pages", "sides"),
    [
        (5, [(None, 1), (2, None), (None, 3), (4, 5)]),
        (10, [(None, 1), (2, None), (10, 3), (4, 9), (8, 5), (6, 7)]),
        (1, [(None, 1), (None, None)]),
        (0, []),
    ],
)
def test_saddle_stitch_order_pads_with_blank_pages_at_the_end(
    pages: int, sides: list[tuple[int | None, int | None]]
) -> None:
    assert saddle_stitch_order(pages) == sides


def test_saddle_stitch_order_refuses_a_negative_count() -> None:
    with pytest.raises(ValueError):
        saddle_stitch_order(-1)


@given(st.integers(min_value=1, max_value=400))
def test_every_page_is_placed_once_and_facing_pages_add_up(pages: int) -> None:
    sides = saddle_stitch_order(pages)
    padded = len(sides) * 2
    assert padded % 4 == 0 and pages <= padded < pages + 4
    placed = [number for side in sides for number in side if number is not None]
    assert sorted(placed) == list(range(1, pages + 1))
    # Padding is what a booklet of the padded length would print past the last page.
    full = saddle_stitch_order(padded)
    assert sides == [
        tuple(n if n is not None and n <= pages else None for n in side) for side in full
    ]
    for left, right in full:
        # Facing pages add up to padded + 1; even pages on the left, odd on the right.
        assert left is not None and right is not None
        assert left + right == padded + 1
        assert left % 2 == 0 and right % 2 == 1


# The imposed PDF ---------------------------------------------------------------------------


Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n``, as PDF's ``cm`` composes with the current matrix."""
    return (
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    )


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


@dataclass(frozen=True)
class PlacedPage:
    """A page drawn on an imposed side: where it landed, and the text it holds."""

    left: float
    bottom: float
    right: float
    top: float
    text: str


def _placed_pages(side: PageObject) -> list[PlacedPage]:
    """The pages (form XObjects) drawn on an imposed side, each with its box on the side.

    The side's own content is followed (q, Q, cm, Do); each form's text is read by pypdf as a
    page of its own, since pypdf reports text inside a form in the form's coordinates.
    """
    contents = side.get_contents()
    if contents is None:
        return []
    placed = []
    stack: list[Matrix] = []
    ctm = IDENTITY
    for operands, operator in contents.operations:
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q":
            ctm = stack.pop()
        elif operator == b"cm":
            ctm = _multiply(cast(Matrix, tuple(float(v) for v in operands)), ctm)
        elif operator == b"Do":
            form = side["/Resources"]["/XObject"][operands[0]].get_object()
            x0, y0, x1, y1 = (float(v) for v in form["/BBox"])
            (left, bottom), (right, top) = _apply(ctm, x0, y0), _apply(ctm, x1, y1)
            reader = PageObject.create_blank_page(None, x1 - x0, y1 - y0)
            reader[NameObject("/Contents")] = form.indirect_reference
            reader[NameObject("/Resources")] = form["/Resources"]
            placed.append(PlacedPage(left, bottom, right, top, reader.extract_text()))
    return placed


def _texts_by_half(side: PageObject) -> tuple[list[str], list[str]]:
    """The text lines of the pages on the left and on the right half of an imposed side."""
    middle = float(side.mediabox.width) / 2
    halves: tuple[list[str], list[str]] = ([], [])
    for page in _placed_pages(side):
        lines = [line.strip() for line in page.text.splitlines() if line.strip()]
        halves[0 if (page.left + page.right) / 2 < middle else 1].extend(lines)
    return halves


def _page_numbers(lines: list[str]) -> list[int]:
    return [int(m.group(1)) for line in lines for m in PAGE_LABEL.finditer(line)]


def _numbered_pdf(path: Path, pages: int) -> Path:
    """An A5 PDF whose pages say "Page n of N" in their footer, as booklets do."""
    canvas = Canvas(str(path), pagesize=A5)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 9)
        canvas.drawString(40, 500, f"Heading of page {number}")
        canvas.drawRightString(A5[0] - 36, 30, f"Page {number} of {pages}")
        canvas.showPage()
    canvas.save()
    return path


def _check_imposed(path: Path, pages: int, size: tuple[float, float]) -> None:
    reader = PdfReader(path)
    sides = saddle_stitch_order(pages)
    assert len(reader.pages) == len(sides)
    for page, (left, right) in zip(reader.pages, sides, strict=True):
        assert float(page.mediabox.width) == pytest.approx(size[0], abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(size[1], abs=0.5)
        left_text, right_text = _texts_by_half(page)
        assert _page_numbers(left_text) == ([left] if left else [])
        assert _page_numbers(right_text) == ([right] if right else [])
        assert left_text if left else not left_text  # a padding half is blank
        assert right_text if right else not right_text


@pytest.mark.parametrize("pages", [4, 5, 8, 10, 12, 16])
def test_imposed_sheets_show_each_page_on_its_half(tmp_path: Path, pages: int) -> None:
    source = _numbered_pdf(tmp_path / "a5.pdf", pages)
    target = tmp_path / "imposed.pdf"
    sheets = impose_saddle_stitch(source, target)
    assert sheets == -(-pages // 4)
    _check_imposed(target, pages, A4_LANDSCAPE)


@pytest.fixture
def delegate_booklet(db: Database) -> BookletData:
    """A delegate's booklet data: a one-stop mission whose practical information runs long."""
    info = "\n".join(
        f"Point pratique {n} : le car part de l'hôtel à l'heure dite, soyez ponctuels. " * 3
        for n in range(1, 31)
    )
    with db.transaction() as session:
        mission = create_mission(
            session,
            title_fr="Mission économique à Miami – French Weeks 2017",
            title_en="Economic mission to Miami – French Weeks 2017",
            short="miami-2017",
            start_date=date(2017, 11, 5),
            end_date=date(2017, 11, 10),
            stops=[
                StopInput(city="Miami", country="US", zone="America/New_York", practical_info=info)
            ],
        )
        organisation = create_organisation(session, name="Métropole Aix-Marseille-Provence")
        person = create_person(
            session, given_name="Inès", family_name="Aït-Ahmed", organisation_id=organisation.id
        )
        add_participant(
            session,
            mission_id=mission.id,
            person_id=person.id,
            role=ParticipantRole.ELECTED_OFFICIAL,
        )
    with db.reading() as session:
        return booklet_data(session, "miami-2017", person.id, "fr")


def test_imposed_booklet_of_a_delegate_folds_into_page_order(
    delegate_booklet: BookletData, tmp_path: Path
) -> None:
    data = delegate_booklet
    folder = tmp_path / "print"
    folder.mkdir()
    a5 = render_booklet(data, folder / "booklet-a5.pdf", page_size="A5")
    pages = len(PdfReader(a5).pages)
    assert pages >= 5
    # Each A5 page carries its number in the footer: "Page x sur y".
    for number, page in enumerate(PdfReader(a5).pages, start=1):
        assert f"Page {number} sur {pages}" in page.extract_text()

    target = folder / "booklet-imposed.pdf"
    assert impose_saddle_stitch(a5, target) == sheet_count(pages)
    _check_imposed(target, pages, A4_LANDSCAPE)
    reader = PdfReader(target)
    assert reader.metadata is not None
    assert data.delegate.family_name in (reader.metadata.title or "")
    # Vector placement: the text is still text, in the imposed file too.
    assert data.delegate.family_name in reader.pages[0].extract_text()

    # The same in one call, from the booklet's data.
    again = folder / "again.pdf"
    assert render_imposed_booklet(data, again) == sheet_count(pages)
    assert len(PdfReader(again).pages) == 2 * sheet_count(pages)
    assert sorted(p.name for p in folder.iterdir()) == [
        "again.pdf",
        "booklet-a5.pdf",
        "booklet-imposed.pdf",
    ]


def test_a5_pages_on_a4_keep_their_actual_size_and_meet_at_the_fold(tmp_path: Path) -> None:
    source = _numbered_pdf(tmp_path / "a5.pdf", 4)
    target = tmp_path / "imposed.pdf"
    impose_saddle_stitch(source, target)
    side = PdfReader(target).pages[0]
    middle = A4_LANDSCAPE[0] / 2
    [last, first] = _placed_pages(side)  # front of the sheet: page 4, then page 1
    assert "Page 4 of 4" in last.text and "Page 1 of 4" in first.text
    # Each page at its actual size, its inner edge on the fold, centred from top to bottom.
    for page in (last, first):
        assert page.right - page.left == pytest.approx(A5[0], abs=0.01)
        assert page.top - page.bottom == pytest.approx(A5[1], abs=0.01)
    assert last.right == pytest.approx(middle, abs=0.01)
    assert first.left == pytest.approx(middle, abs=0.01)
    assert first.bottom == pytest.approx((A4_LANDSCAPE[1] - A5[1]) / 2, abs=0.01)


def test_letter_sheets_take_a5_pages_scaled_down_to_fit(tmp_path: Path) -> None:
    source = _numbered_pdf(tmp_path / "a5.pdf", 8)
    target = tmp_path / "letter.pdf"
    assert impose_saddle_stitch(source, target, sheet="Letter") == 2
    _check_imposed(target, 8, LETTER_LANDSCAPE)
    middle = LETTER_LANDSCAPE[0] / 2
    for page in _placed_pages(PdfReader(target).pages[0]):
        # Half a Letter sheet is narrower than A5: the page shrinks to its width, no more.
        assert page.right - page.left == pytest.approx(middle, abs=0.01)
        assert page.top - page.bottom == pytest.approx(A5[1] * middle / A5[0], abs=0.01)
        assert page.bottom >= 0 and page.top <= LETTER_LANDSCAPE[1]


def test_imposition_refuses_a_file_that_is_not_a_pdf_and_leaves_nothing_behind(
    tmp_path: Path,
) -> None:
    source = tmp_path / "booklet.pdf"
    source.write_bytes(b"not a pdf at all")
    target = tmp_path / "imposed.pdf"
    target.write_bytes(b"the previous file")
    with pytest.raises(ValidationError):
        impose_saddle_stitch(source, target)
    assert target.read_bytes() == b"the previous file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["booklet.pdf", "imposed.pdf"]


def test_imposition_refuses_a_bad_sheet_size_before_writing(tmp_path: Path) -> None:
    source = _numbered_pdf(tmp_path / "a5.pdf", 4)
    with pytest.raises(ValidationError):
        impose_saddle_stitch(source, tmp_path / "imposed.pdf", sheet="B5")
    assert not (tmp_path / "imposed.pdf").exists()


def test_a_failure_while_writing_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfWriter

    source = _numbered_pdf(tmp_path / "a5.pdf", 8)

    def broken_write(self: PdfWriter, stream: Any) -> Any:
        stream.write(b"%PDF-1.7 half")
        raise OSError("disk full")

    monkeypatch.setattr(PdfWriter, "write", broken_write)
    with pytest.raises(OSError, match="disk full"):
        impose_saddle_stitch(source, tmp_path / "imposed.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a5.pdf"]


def test_imposing_a_file_onto_itself_replaces_it(tmp_path: Path) -> None:
    path = _numbered_pdf(tmp_path / "booklet.pdf", 6)
    assert impose_saddle_stitch(path, path) == 2
    _check_imposed(path, 6, A4_LANDSCAPE)


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_a_page_turned_by_rotate_is_placed_as_a_viewer_shows_it(
    tmp_path: Path, rotation: int
) -> None:
    from pypdf import PdfWriter

    numbered = _numbered_pdf(tmp_path / "a5.pdf", 4)
    writer = PdfWriter(clone_from=numbered)
    # Page 1 stored as landscape and turned back to portrait, as some programs save pages.
    writer.pages[0].rotate(rotation)
    source = tmp_path / "turned.pdf"
    writer.write(source)
    target = tmp_path / "imposed.pdf"
    impose_saddle_stitch(source, target)
    side = PdfReader(target).pages[0]
    [_last, first] = _placed_pages(side)
    assert "Page 1 of 4" in first.text
    wide, tall = (A5[1], A5[0]) if rotation in (90, 270) else A5
    scale = min(1.0, A4_LANDSCAPE[0] / 2 / wide, A4_LANDSCAPE[1] / tall)
    low_x, high_x = sorted((first.left, first.right))
    low_y, high_y = sorted((first.bottom, first.top))
    assert high_x - low_x == pytest.approx(wide * scale, abs=0.01)
    assert high_y - low_y == pytest.approx(tall * scale, abs=0.01)
    assert low_x == pytest.approx(A4_LANDSCAPE[0] / 2, abs=0.01)  # against the fold
    # The stored page's bottom-left corner goes where a clockwise turn takes it.
    corner = {90: (low_x, high_y), 180: (high_x, high_y), 270: (high_x, low_y)}[rotation]
    assert (first.left, first.bottom) == (
        pytest.approx(corner[0], abs=0.01),
        pytest.approx(corner[1], abs=0.01),
    )
