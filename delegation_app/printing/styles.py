"""The one stylesheet every printed document uses: sober, readable, kind to office printers.

Black text on white, one dark blue accent for headings and labels, grey for secondary facts,
hairline rules instead of filled boxes (a tint only where it guides the eye).
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from delegation_app.printing.fonts import BOLD, ITALIC, REGULAR, register_fonts

INK: Color = HexColor("#1A1A1A")
ACCENT: Color = HexColor("#1F4E79")
MUTED: Color = HexColor("#5B6670")
RULE: Color = HexColor("#BFC8D2")
TINT: Color = HexColor("#EEF3F8")

DEFAULT_BASE_SIZE = 9.5


@cache
def stylesheet(base_size: float = DEFAULT_BASE_SIZE) -> dict[str, ParagraphStyle]:
    """Paragraph styles by name, scaled from the body size (smaller for A5).

    Made once per size and shared by every document: do not change them, derive a style
    (``ParagraphStyle(name, parent=...)``) instead.
    """
    register_fonts()
    b = base_size

    def style(
        name: str,
        *,
        size: float = b,
        font: str = REGULAR,
        color: Color = INK,
        leading: float | None = None,
        **extra: object,
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=leading if leading is not None else round(size * 1.3, 1),
            textColor=color,
            **extra,
        )

    styles = [
        # Cover
        style(
            "kicker",
            font=BOLD,
            size=b * 1.05,
            color=ACCENT,
            spaceAfter=b * 1.2,
        ),
        style("cover_title", font=BOLD, size=b * 2.6, leading=b * 3.1, spaceAfter=b),
        style("cover_line", size=b * 1.35, leading=b * 1.8, color=INK),
        style("cover_event", font=ITALIC, size=b * 1.15, color=MUTED, spaceBefore=b),
        style("cover_label", size=b * 0.95, color=MUTED, spaceAfter=b * 0.3),
        style("cover_name", font=BOLD, size=b * 1.9, leading=b * 2.3, spaceAfter=b * 0.4),
        style("cover_detail", size=b * 1.1, leading=b * 1.5),
        style("cover_note", size=b * 0.85, color=MUTED),
        # Sections
        style(
            "title",
            font=BOLD,
            size=b * 1.9,
            leading=b * 2.3,
            color=ACCENT,
            spaceAfter=b * 0.9,
            keepWithNext=1,
        ),
        style("subtitle", size=b * 1.05, color=MUTED, spaceAfter=b * 1.2, keepWithNext=1),
        style(
            "heading",
            font=BOLD,
            size=b * 1.25,
            color=ACCENT,
            spaceBefore=b * 1.4,
            spaceAfter=b * 0.6,
            keepWithNext=1,
        ),
        # A tinted band across the column, so each day stands out when leafing through.
        style(
            "day",
            font=BOLD,
            size=b * 1.25,
            leading=b * 1.6,
            color=ACCENT,
            backColor=TINT,
            borderPadding=(b * 0.45, b * 0.6, b * 0.35, b * 0.6),
            leftIndent=b * 0.6,
            rightIndent=b * 0.6,
            spaceBefore=b * 2.2,
            spaceAfter=b * 0.6,
            keepWithNext=1,
        ),
        # Running text
        style("body"),
        style("body_bold", font=BOLD),
        style("small", size=b * 0.85, leading=b * 1.1),
        style("muted", size=b * 0.85, leading=b * 1.1, color=MUTED),
        style("note", font=ITALIC, size=b * 0.9, color=MUTED),
        style("label", font=BOLD, size=b * 0.75, leading=b * 1.0, color=ACCENT),
        # Programme entries
        # The time starts one label line down, level with the entry's title.
        style("time", font=BOLD, size=b * 1.05, leading=b * 1.3, spaceBefore=b),
        style("time_small", size=b * 0.78, leading=b * 1.0, color=MUTED),
        style("entry_title", font=BOLD, size=b * 1.05, leading=b * 1.3),
        style("entry_detail", size=b * 0.92, leading=b * 1.2),
        # Tables
        style("cell", size=b * 0.92, leading=b * 1.2),
        style("cell_bold", font=BOLD, size=b * 0.92, leading=b * 1.2),
        style("cell_small", size=b * 0.8, leading=b * 1.05, color=MUTED),
        style("cell_centered", size=b * 0.92, leading=b * 1.2, alignment=TA_CENTER),
        # Letters
        style("letter", size=b * 1.05, leading=b * 1.5, spaceAfter=b * 0.9),
        style("letter_right", size=b * 1.05, leading=b * 1.5, alignment=TA_RIGHT),
        style("table_header", font=BOLD, size=b * 0.78, leading=b, color=ACCENT),
        # Page furniture
        style("header", size=b * 0.8, color=MUTED),
        style("footer", size=b * 0.8, color=MUTED),
        style("centered", alignment=TA_CENTER),
        style("right", alignment=TA_RIGHT),
        style("left", alignment=TA_LEFT),
    ]
    return {s.name: s for s in styles}
