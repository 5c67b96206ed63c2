"""Name badges on label sheets, and table tent cards.

Each badge carries the given name in large type, the family name, the organisation, a coloured
ribbon naming the delegate's group (one colour per group: the official party blue, business
leaders green, staff orange, press red, the others in turn), and the mission's title in small
type. Nothing else: no e-mail, phone, passport or date of birth ever reaches a badge, since the
read model :class:`Badge` has no field for them.

Type shrinks to fit: each line takes the largest size at which it fits its box, down to a
minimum; below that it wraps to two lines; an ellipsis is the last resort (:func:`fit_text`).

Sheets (:data:`LAYOUTS`, each a :class:`SheetLayout`; a new sheet is one more instance):

- ``90x54``: business-card size, 90 × 54 mm, 10 per A4 portrait sheet in 2 columns × 5 rows,
  butted (no gap), centred: 15 mm left and right, 13.5 mm top and bottom. This is the grid of
  micro-perforated 90 × 54 card sheets; check a maker's template before buying labels (for
  85 × 54 or 86 × 55 sheets, add a layout with their pitch and margins).
- ``a6-4up``: A6 badges (105 × 148 mm) 4 to an A4 portrait sheet, 2 × 2, for A6 badge
  holders: the sheet is cut once across and once down its middle.
- ``tent``: a table tent card, one per A4 portrait sheet, folded across its middle: the name
  on both halves, the top half upside down, so it reads upright from both sides of the table.

Crop marks (optional) are short hairlines in the page margin on each cut line, clear of the
badges; where the badges reach the page's edge (A6) they are drawn on the cut line itself.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from delegation_app.errors import ValidationError
from delegation_app.messages import say
from delegation_app.printing.document import write_pdf_atomically
from delegation_app.printing.fonts import BOLD, REGULAR, register_fonts
from delegation_app.printing.labels import LANGUAGES
from delegation_app.printing.styles import ACCENT, INK, MUTED, RULE
from delegation_app.printing.text import clean
from delegation_app.services.roster import GroupView, RosterEntry, list_groups, list_roster
from delegation_app.services.validation import collation_key
from delegation_app.storage.models import GroupKind, ParticipantRole, ParticipantStatus

# DejaVu's extent above and below the baseline, per point of type: accented capitals (É, Ç)
# reach 0.93, descenders 0.24. Boxes are checked against these, not the font's smaller
# typographic ascent, so that "Élodie" never touches the ribbon.
ASCENT = 0.93
DESCENT = 0.24
LEADING = 1.12
ELLIPSIS = "…"

BADGE_WORDING: dict[str, dict[str, str]] = {
    "fr": {
        "badges": "Badges",
        "tent_cards": "Chevalets de table",
        "elected_official": "Élu",
        "business_leader": "Chef d'entreprise",
        "institutional": "Institutionnel",
        "staff": "Organisation",
        "press": "Presse",
        "guest": "Invité",
    },
    "en": {
        "badges": "Badges",
        "tent_cards": "Table tent cards",
        "elected_official": "Elected official",
        "business_leader": "Business leader",
        "institutional": "Institutional",
        "staff": "Organising team",
        "press": "Press",
        "guest": "Guest",
    },
}

# Ribbon colours: dark enough for white type, distinct on an office colour laser printer.
GROUP_COLORS: dict[GroupKind, str] = {
    GroupKind.OFFICIAL: "#1F4E79",  # the documents' accent blue
    GroupKind.BUSINESS: "#2E6B3F",
    GroupKind.STAFF: "#A04E00",
    GroupKind.PRESS: "#9C2F1F",
}
# Groups of kind "other" (and groups of unknown kind) take these in turn.
OTHER_COLORS: tuple[str, ...] = ("#5B3F8C", "#00707A", "#7A5C00", "#5B6670", "#8C2F6B")
ROLE_COLORS: dict[ParticipantRole, str] = {
    ParticipantRole.ELECTED_OFFICIAL: GROUP_COLORS[GroupKind.OFFICIAL],
    ParticipantRole.BUSINESS_LEADER: GROUP_COLORS[GroupKind.BUSINESS],
    ParticipantRole.INSTITUTIONAL: OTHER_COLORS[0],
    ParticipantRole.STAFF: GROUP_COLORS[GroupKind.STAFF],
    ParticipantRole.PRESS: GROUP_COLORS[GroupKind.PRESS],
    ParticipantRole.GUEST: OTHER_COLORS[3],
}
DEFAULT_COLOR = "#1F4E79"


# The read model --------------------------------------------------------------------------


@dataclass(frozen=True)
class Badge:
    """What one badge prints, and nothing more."""

    given_name: str
    family_name: str
    organisation: str | None = None
    ribbon: str | None = None  # the group (or role) named on the coloured ribbon
    ribbon_color: str = DEFAULT_COLOR  # "#RRGGBB"

    @property
    def sort_key(self) -> tuple[str, str]:
        return collation_key(self.family_name), collation_key(self.given_name)


def badges_from_roster(
    entries: Iterable[RosterEntry],
    *,
    language: str = "fr",
    groups: Sequence[GroupView] | None = None,
) -> list[Badge]:
    """Badges for roster entries, in the order given, leaving out cancelled delegates.

    The ribbon names the delegate's first group (the roster lists groups in the mission's
    order), coloured by the group's kind (``groups``: the mission's groups, in order); without
    ``groups`` the groups take the colours in turn as they first appear. A delegate in no group
    has their role on the ribbon.
    """
    _check_language(language)
    kept = [e for e in entries if e.status != ParticipantStatus.CANCELLED]
    if groups is not None:
        colors = _group_colors([g.name for g in groups], {g.name: g.kind for g in groups})
    else:
        colors = {}
    colors |= _group_colors(
        [g for e in kept for g in e.groups if g not in colors], {}, taken=colors.values()
    )
    return [_badge_of(entry, colors, language) for entry in kept]


def _badge_of(entry: RosterEntry, colors: Mapping[str, str], language: str) -> Badge:
    if entry.groups:
        ribbon, color = entry.groups[0], colors.get(entry.groups[0], DEFAULT_COLOR)
    else:
        ribbon = BADGE_WORDING[language][entry.role.value]
        color = ROLE_COLORS.get(entry.role, DEFAULT_COLOR)
    return Badge(
        given_name=entry.given_name,
        family_name=entry.family_name,
        organisation=entry.organisation,
        ribbon=ribbon,
        ribbon_color=color,
    )


def badges_for_mission(session: Session, mission_id: int, *, language: str = "fr") -> list[Badge]:
    """The badges of a mission's delegates (not the cancelled), sorted by family name."""
    return badges_from_roster(
        list_roster(session, mission_id),
        language=language,
        groups=list_groups(session, mission_id),
    )


def _group_colors(
    names: Iterable[str], kinds: Mapping[str, GroupKind], *, taken: Iterable[str] = ()
) -> dict[str, str]:
    """A colour of its own per group name: its kind's colour if no group took it yet, else
    the next free one of the others (they come round again past the fifth)."""
    colors: dict[str, str] = {}
    used = set(taken)
    spare = [c for c in OTHER_COLORS if c not in used]
    for name in dict.fromkeys(names):
        kind = kinds.get(name)
        color = GROUP_COLORS.get(kind) if kind is not None else None
        if color is None or color in used:
            color = spare.pop(0) if spare else OTHER_COLORS[len(used) % len(OTHER_COLORS)]
        colors[name] = color
        used.add(color)
    return colors


# Geometry ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Box:
    """A rectangle in points, origin at the bottom left (PDF coordinates)."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def top(self) -> float:
        return self.y + self.height

    def contains(self, other: Box, tolerance: float = 0.01) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.top <= self.top + tolerance
        )

    def overlaps(self, other: Box, tolerance: float = 0.01) -> bool:
        return (
            self.x < other.right - tolerance
            and other.x < self.right - tolerance
            and self.y < other.top - tolerance
            and other.y < self.top - tolerance
        )


@dataclass(frozen=True)
class BadgeStyle:
    """The design of one badge size, in points: margins, ribbon, type sizes (max and min)."""

    padding: float  # between the badge's edge and its text
    band_inset: float  # between the badge's edge and the ribbon (label sheets shift a little)
    band_height: float
    band_size: float  # the ribbon's text
    given_max: float
    given_min: float
    family_max: float
    family_min: float
    organisation_max: float
    organisation_min: float
    mission_size: float
    name_gap: float  # between the given and the family name
    organisation_gap: float  # between the family name and the organisation
    # Shares of the room between the ribbon and the mission line: given, family, organisation.
    shares: tuple[float, float, float] = (0.42, 0.30, 0.28)


@dataclass(frozen=True)
class SheetLayout:
    """A sheet of badges: page size, badge size, grid, and the badge design.

    ``left`` and ``top`` are the distances from the page's left and top edges to the first
    badge; ``column_pitch`` and ``row_pitch`` from one badge's left (top) edge to the next one's
    (equal to the badge's size when the badges are butted). With ``folded``, each badge is a
    sheet folded across its middle (a tent card): the design is drawn on each half.
    """

    key: str
    description: str
    page_width: float
    page_height: float
    badge_width: float
    badge_height: float
    columns: int
    rows: int
    left: float
    top: float
    column_pitch: float
    row_pitch: float
    style: BadgeStyle
    folded: bool = False

    def __post_init__(self) -> None:
        if self.columns < 1 or self.rows < 1:
            raise ValueError(f"{self.key}: a sheet holds at least one badge")
        if self.column_pitch < self.badge_width - 0.01 or self.row_pitch < self.badge_height - 0.01:
            raise ValueError(f"{self.key}: the badges overlap (pitch smaller than the badge)")
        page = Box(0, 0, self.page_width, self.page_height)
        if not all(page.contains(self.slot(i)) for i in range(self.per_page)):
            raise ValueError(f"{self.key}: the badges do not fit on the page")

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def page_size(self) -> tuple[float, float]:
        return self.page_width, self.page_height

    def slot(self, index: int) -> Box:
        """The box of the ``index``-th badge of a page, row by row from the top left."""
        row, column = divmod(index % self.per_page, self.columns)
        x = self.left + column * self.column_pitch
        top = self.page_height - self.top - row * self.row_pitch
        return Box(x, top - self.badge_height, self.badge_width, self.badge_height)

    def faces(self, slot: Box) -> list[tuple[Box, bool]]:
        """The faces a badge's design is drawn on, each with whether it is upside down."""
        if not self.folded:
            return [(slot, False)]
        half = slot.height / 2
        return [
            (Box(slot.x, slot.y, slot.width, half), False),
            (Box(slot.x, slot.y + half, slot.width, half), True),
        ]


A4_WIDTH, A4_HEIGHT = A4

CARD_90X54 = SheetLayout(
    key="90x54",
    description="90 × 54 mm, 10 per A4 (2 × 5, butted, margins 15 mm sides, 13.5 mm top)",
    page_width=A4_WIDTH,
    page_height=A4_HEIGHT,
    badge_width=90 * mm,
    badge_height=54 * mm,
    columns=2,
    rows=5,
    left=15 * mm,
    top=13.5 * mm,
    column_pitch=90 * mm,
    row_pitch=54 * mm,
    style=BadgeStyle(
        padding=4 * mm,
        band_inset=2.5 * mm,
        band_height=6.5 * mm,
        band_size=7.5,
        given_max=24,
        given_min=12,
        family_max=15,
        family_min=9,
        organisation_max=9.5,
        organisation_min=6.5,
        mission_size=6,
        name_gap=1.5,
        organisation_gap=4,
    ),
)

A6_4UP = SheetLayout(
    key="a6-4up",
    description="A6 (105 × 148 mm), 4 per A4 (2 × 2), cut across and down the middle",
    page_width=A4_WIDTH,
    page_height=A4_HEIGHT,
    badge_width=105 * mm,
    badge_height=148 * mm,
    columns=2,
    rows=2,
    left=0,
    top=0.5 * mm,
    column_pitch=105 * mm,
    row_pitch=148 * mm,
    style=BadgeStyle(
        padding=9 * mm,
        band_inset=6 * mm,
        band_height=13 * mm,
        band_size=13,
        given_max=40,
        given_min=16,
        family_max=26,
        family_min=12,
        organisation_max=14,
        organisation_min=9,
        mission_size=8.5,
        name_gap=4,
        organisation_gap=14,
        shares=(0.40, 0.32, 0.28),
    ),
)

TENT_A4 = SheetLayout(
    key="tent",
    description="table tent card, one per A4 sheet folded across the middle",
    page_width=A4_WIDTH,
    page_height=A4_HEIGHT,
    badge_width=A4_WIDTH,
    badge_height=A4_HEIGHT,
    columns=1,
    rows=1,
    left=0,
    top=0,
    column_pitch=A4_WIDTH,
    row_pitch=A4_HEIGHT,
    folded=True,
    style=BadgeStyle(
        padding=14 * mm,
        band_inset=12 * mm,  # from the fold too: a fold a little off leaves no colour behind
        band_height=10 * mm,
        band_size=13,
        given_max=54,
        given_min=24,
        family_max=54,
        family_min=22,
        organisation_max=20,
        organisation_min=12,
        mission_size=9,
        name_gap=2,
        organisation_gap=10,
        shares=(0.38, 0.38, 0.24),
    ),
)

LAYOUTS: dict[str, SheetLayout] = {layout.key: layout for layout in (CARD_90X54, A6_4UP, TENT_A4)}


def layout_of(layout: str | SheetLayout) -> SheetLayout:
    """A layout by its key ("90x54", "a6-4up", "tent"), or the layout itself."""
    if isinstance(layout, SheetLayout):
        return layout
    key = layout.strip().lower()
    if key not in LAYOUTS:
        raise ValidationError(
            "layout",
            say("'{layout}' is not one of {layouts}", layout=layout, layouts=", ".join(LAYOUTS)),
        )
    return LAYOUTS[key]


# Fitting text ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FittedText:
    """Text set at one size on one or two lines (``truncated`` when an ellipsis was needed)."""

    lines: tuple[str, ...]
    font: str
    size: float
    truncated: bool = False

    @property
    def width(self) -> float:
        return max((stringWidth(line, self.font, self.size) for line in self.lines), default=0.0)

    @property
    def height(self) -> float:
        return block_height(len(self.lines), self.size)


def block_height(lines: int, size: float) -> float:
    """The height lines of type take, from the top of an accented capital to a descender."""
    if lines == 0:
        return 0.0
    return size * (ASCENT + DESCENT + (lines - 1) * LEADING)


_SPACES = re.compile(r"\s+")
# Where a line may break: after a space (dropped) or after a hyphen (kept on the first line).
_BREAKS = re.compile(r"(?<=-)(?=\S)| ")


def one_line(text: str | None) -> str:
    """User text cleaned (NFC, no control characters) and on one line."""
    return _SPACES.sub(" ", clean(text)).strip()


def fit_text(
    text: str,
    *,
    font: str,
    max_size: float,
    min_size: float,
    width: float,
    height: float | None = None,
    max_lines: int = 2,
) -> FittedText:
    """The largest size (≤ ``max_size``, in quarter points) at which ``text`` fits ``width``
    on one line; below ``min_size``, two lines split where the longer is shortest; failing
    that, the most that fits at ``min_size`` with an ellipsis. ``height``, when given, bounds
    the block's height as well."""
    register_fonts()
    text = one_line(text)
    if not text:
        return FittedText((), font, max_size)

    def largest(lines: Sequence[str]) -> float:
        widest = max(stringWidth(line, font, 1.0) for line in lines)
        size = min(max_size, width / widest if widest else max_size)
        if height is not None:
            size = min(size, height / block_height(len(lines), 1.0))
        return math.floor(size * 4 + 1e-9) / 4

    size = largest([text])
    if size >= min_size:
        return FittedText((text,), font, size)
    two_lines_fit = max_lines >= 2 and (
        height is None or block_height(2, min_size) <= height + 1e-9
    )
    if two_lines_fit:
        splits = [
            (text[: m.start()].rstrip(), text[m.end() :].lstrip()) for m in _BREAKS.finditer(text)
        ]
        splits = [(a, b) for a, b in splits if a and b]
        if splits:
            best = min(
                splits, key=lambda s: max(stringWidth(s[0], font, 1), stringWidth(s[1], font, 1))
            )
            size = largest(best)
            if size >= min_size:
                return FittedText(best, font, size)
    # Last resort: at the smallest size, as much as fits, then an ellipsis.
    size = min_size
    if height is not None and block_height(1, size) > height:
        size = math.floor(height / block_height(1, 1.0) * 4) / 4
    if two_lines_fit:
        first, rest = _first_line(text, font, size, width)
        second = _cut(rest, font, size, width)
        lines = (first, second) if second else (first,)
        return FittedText(lines, font, size, truncated=second != rest)
    line = _cut(text, font, size, width)
    return FittedText((line,), font, size, truncated=line != text)


def _first_line(text: str, font: str, size: float, width: float) -> tuple[str, str]:
    """The longest start of ``text`` that fits, broken at a space or hyphen if one fits."""
    best: tuple[str, str] | None = None
    for match in _BREAKS.finditer(text):
        head = text[: match.start()].rstrip()
        if head and stringWidth(head, font, size) <= width:
            best = (head, text[match.end() :].lstrip())
        else:
            break
    if best is not None:
        return best
    # One word longer than the line: cut it where it must be cut.
    cut = len(text)
    while cut > 1 and stringWidth(text[:cut], font, size) > width:
        cut -= 1
    return text[:cut], text[cut:].lstrip()


def _cut(text: str, font: str, size: float, width: float) -> str:
    """``text`` with an ellipsis in place of what does not fit ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text.rstrip(" -") + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip(" -") + ELLIPSIS


# Planning one badge ------------------------------------------------------------------------


@dataclass(frozen=True)
class PlacedLine:
    """One line of text as drawn: centred on ``box``, its baseline at ``baseline``."""

    part: str  # "ribbon", "given", "family", "organisation" or "mission"
    text: str
    font: str
    size: float
    baseline: float
    box: Box  # the room the line was fitted to (its width) and must stay in

    @property
    def width(self) -> float:
        return float(stringWidth(self.text, self.font, self.size))


@dataclass(frozen=True)
class BadgePlan:
    """One face of a badge, in the face's own coordinates (origin at its bottom left)."""

    face: Box
    band: Box
    band_color: str
    lines: tuple[PlacedLine, ...] = field(default=())

    def part(self, name: str) -> list[PlacedLine]:
        return [line for line in self.lines if line.part == name]


def plan_badge(
    badge: Badge, style: BadgeStyle, width: float, height: float, mission: str
) -> BadgePlan:
    """Where each line of ``badge`` goes on a face ``width`` × ``height`` points."""
    register_fonts()
    face = Box(0, 0, width, height)
    inset = style.band_inset
    band = Box(inset, height - inset - style.band_height, width - 2 * inset, style.band_height)
    lines: list[PlacedLine] = []

    ribbon_room = Box(band.x + style.padding / 2, band.y, band.width - style.padding, band.height)
    if badge.ribbon:
        fitted = fit_text(
            badge.ribbon,
            font=BOLD,
            max_size=style.band_size,
            min_size=style.band_size * 0.7,
            width=ribbon_room.width,
            max_lines=1,
        )
        for text in fitted.lines:
            # Capitals centred on the band's middle.
            baseline = band.y + band.height / 2 - fitted.size * 0.36
            lines.append(PlacedLine("ribbon", text, BOLD, fitted.size, baseline, ribbon_room))

    inner = Box(style.padding, style.padding, width - 2 * style.padding, 0)
    bottom = style.padding
    mission_text = one_line(mission)
    if mission_text:
        fitted = fit_text(
            mission_text,
            font=REGULAR,
            max_size=style.mission_size,
            min_size=style.mission_size * 0.8,
            width=inner.width,
            max_lines=1,
        )
        room = Box(inner.x, bottom, inner.width, block_height(1, style.mission_size))
        baseline = bottom + DESCENT * fitted.size
        lines.append(PlacedLine("mission", fitted.lines[0], REGULAR, fitted.size, baseline, room))
        bottom = room.top + style.padding * 0.5

    top = band.y - style.padding * 0.6
    room_height = top - bottom - style.name_gap - style.organisation_gap
    blocks: list[tuple[str, FittedText, float]] = []
    for part, text, font, max_size, min_size, share in (
        ("given", badge.given_name, BOLD, style.given_max, style.given_min, style.shares[0]),
        ("family", badge.family_name, BOLD, style.family_max, style.family_min, style.shares[1]),
        (
            "organisation",
            badge.organisation or "",
            REGULAR,
            style.organisation_max,
            style.organisation_min,
            style.shares[2],
        ),
    ):
        fitted = fit_text(
            text,
            font=font,
            max_size=max_size,
            min_size=min_size,
            width=inner.width,
            height=room_height * share,
        )
        if fitted.lines:
            blocks.append((part, fitted, room_height * share))

    gaps = {"family": style.name_gap, "organisation": style.organisation_gap}
    used = sum(f.height for _, f, _ in blocks) + sum(gaps[p] for p, _, _ in blocks[1:])
    # The stack centred between the ribbon and the mission line.
    y = top - max(0.0, (top - bottom - used) / 2)
    for index, (part, fitted, _share) in enumerate(blocks):
        if index:
            y -= gaps[part]
        room = Box(inner.x, y - fitted.height, inner.width, fitted.height)
        baseline = y - ASCENT * fitted.size
        for text in fitted.lines:
            lines.append(PlacedLine(part, text, fitted.font, fitted.size, baseline, room))
            baseline -= fitted.size * LEADING
        y = room.y
    return BadgePlan(face=face, band=band, band_color=badge.ribbon_color, lines=tuple(lines))


# Printing ----------------------------------------------------------------------------------


def render_badges(
    entries: Sequence[Badge | RosterEntry],
    path: Path,
    *,
    layout: str | SheetLayout = "90x54",
    mission_title: str,
    language: str = "fr",
    sort_by_name: bool = True,
    crop_marks: bool = False,
    skip: int = 0,
) -> int:
    """Print badges (or tent cards) to ``path``; returns how many were printed.

    ``entries`` are badges, or roster entries (cancelled delegates are left out); sorted by
    family name unless ``sort_by_name`` is false. ``skip`` leaves that many labels blank at the
    start of the first sheet (a sheet already partly used). The file appears only once complete.
    """
    _check_language(language)
    sheet = layout_of(layout)
    if skip < 0 or skip >= sheet.per_page:
        raise ValidationError("skip", say("must be between 0 and {last}", last=sheet.per_page - 1))
    badges = _as_badges(entries, language)
    if sort_by_name:
        badges.sort(key=lambda b: b.sort_key)
    if not badges:
        raise ValidationError("badges", say("there is no delegate to print a badge for"))
    words = BADGE_WORDING[language]
    title = one_line(mission_title)

    def build(target: Path) -> None:
        canvas = Canvas(
            str(target),
            pagesize=sheet.page_size,
            lang=language,
            initialFontName=REGULAR,
            pageCompression=1,
        )
        kind = words["tent_cards"] if sheet.folded else words["badges"]
        canvas.setTitle(f"{title} — {kind}" if title else kind)
        canvas.setSubject(kind)
        canvas.setCreator("Delegation")
        plans: dict[tuple[Badge, float, float], BadgePlan] = {}
        for position, badge in enumerate(badges, start=skip):
            if position and position % sheet.per_page == 0:
                canvas.showPage()
            if position % sheet.per_page == 0 or position == skip:
                _draw_sheet_furniture(canvas, sheet, crop_marks=crop_marks)
            for face, upside_down in sheet.faces(sheet.slot(position)):
                key = (badge, face.width, face.height)
                if key not in plans:
                    plans[key] = plan_badge(badge, sheet.style, face.width, face.height, title)
                _draw_plan(canvas, plans[key], face, upside_down=upside_down)
        canvas.showPage()
        canvas.save()

    register_fonts()
    write_pdf_atomically(Path(path), build)
    return len(badges)


def page_count(badges: int, layout: str | SheetLayout = "90x54", *, skip: int = 0) -> int:
    """How many sheets ``badges`` badges take on ``layout``."""
    sheet = layout_of(layout)
    return -(-(badges + skip) // sheet.per_page)


def _as_badges(entries: Sequence[Badge | RosterEntry], language: str) -> list[Badge]:
    """Badges as given, roster entries made badges (the cancelled left out), in order."""
    roster = [e for e in entries if isinstance(e, RosterEntry)]
    kept = [e for e in roster if e.status != ParticipantStatus.CANCELLED]
    colors = _group_colors([g for e in kept for g in e.groups], {})
    return [
        entry if isinstance(entry, Badge) else _badge_of(entry, colors, language)
        for entry in entries
        if isinstance(entry, Badge) or entry.status != ParticipantStatus.CANCELLED
    ]


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValidationError(
            "language", say("'{language}' is not a badge language (fr or en)", language=language)
        )


def _draw_plan(canvas: Any, plan: BadgePlan, face: Box, *, upside_down: bool) -> None:
    canvas.saveState()
    if upside_down:
        canvas.translate(face.right, face.top)
        canvas.rotate(180)
    else:
        canvas.translate(face.x, face.y)
    band = plan.band
    canvas.setFillColor(HexColor(plan.band_color))
    canvas.roundRect(band.x, band.y, band.width, band.height, band.height * 0.18, stroke=0, fill=1)
    colors: dict[str, Color] = {
        "ribbon": white,
        "given": INK,
        "family": INK,
        "organisation": ACCENT,
        "mission": MUTED,
    }
    for line in plan.lines:
        canvas.setFillColor(colors[line.part])
        canvas.setFont(line.font, line.size)
        canvas.drawCentredString(line.box.x + line.box.width / 2, line.baseline, line.text)
    canvas.restoreState()


def _draw_sheet_furniture(canvas: Any, sheet: SheetLayout, *, crop_marks: bool) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    if sheet.folded:
        # Where to fold: a short tick at each side of each card's middle.
        for index in range(sheet.per_page):
            slot = sheet.slot(index)
            middle = slot.y + slot.height / 2
            canvas.line(slot.x + 6 * mm, middle, slot.x + 11 * mm, middle)
            canvas.line(slot.right - 11 * mm, middle, slot.right - 6 * mm, middle)
    if crop_marks:
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.25)
        for x0, y0, x1, y1 in crop_mark_lines(sheet):
            canvas.line(x0, y0, x1, y1)
    canvas.restoreState()


def crop_mark_lines(sheet: SheetLayout) -> list[tuple[float, float, float, float]]:
    """The crop marks of a sheet as line segments (x0, y0, x1, y1), one at each end of each
    cut line: in the page margin and clear of the badges, or, where the badges reach the page's
    edge, on the cut line itself (cut away with it)."""
    slots = [sheet.slot(i) for i in range(sheet.per_page)]
    grid = Box(
        min(s.x for s in slots),
        min(s.y for s in slots),
        max(s.right for s in slots) - min(s.x for s in slots),
        max(s.top for s in slots) - min(s.y for s in slots),
    )
    offset, longest, edge = 1.5 * mm, 5 * mm, 1 * mm
    width, height = sheet.page_width, sheet.page_height
    xs = sorted({round(v, 2) for s in slots for v in (s.x, s.right)})
    ys = sorted({round(v, 2) for s in slots for v in (s.y, s.top)})
    lines: list[tuple[float, float, float, float]] = []

    def ticks(margin: float) -> tuple[float, float] | None:
        """Distances from the grid of a tick's two ends, None for a tick on the cut line."""
        length = min(longest, margin - offset)
        return (offset, offset + length) if length >= 1.5 * mm else None

    bottom, top = ticks(grid.y), ticks(height - grid.top)
    for x in xs:
        if x <= edge or x >= width - edge:
            continue  # the page's own edge
        if bottom:
            lines.append((x, grid.y - bottom[0], x, grid.y - bottom[1]))
        else:
            lines.append((x, 0, x, longest + edge))
        if top:
            lines.append((x, grid.top + top[0], x, grid.top + top[1]))
        else:
            lines.append((x, height, x, height - longest - edge))
    left, right = ticks(grid.x), ticks(width - grid.right)
    for y in ys:
        if y <= edge or y >= height - edge:
            continue
        if left:
            lines.append((grid.x - left[0], y, grid.x - left[1], y))
        else:
            lines.append((0, y, longest + edge, y))
        if right:
            lines.append((grid.right + right[0], y, grid.right + right[1], y))
        else:
            lines.append((width, y, width - longest - edge, y))
    return lines
