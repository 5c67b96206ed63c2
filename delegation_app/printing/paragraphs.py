"""Paragraphs whose markup is parsed once per process, however many booklets print it.

A delegation's booklets repeat the same lines (each programme entry, the contacts, the
practical information) dozens of times; parsing the markup is a quarter of a booklet's layout
time. ReportLab's ``Paragraph`` takes ready-made fragments (``frags=``): the fragments of a
text in a style are kept and each new paragraph gets its own copy of them (layout rebinds,
and may change, a paragraph's fragments).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

# Bounded: a batch of 120 booklets makes about 5,000 distinct paragraphs.
_LIMIT = 50_000
_fragments: dict[tuple[str, str, str, float], list[Any]] = {}


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """``Paragraph(text, style)``, the markup parsed only the first time it is seen."""
    # The style's name stands for its colours: every style comes from the one stylesheet
    # factory, where a name always has the same ones.
    key = (text, style.name, style.fontName, float(style.fontSize))
    cached = _fragments.get(key)
    if cached is None:
        made = Paragraph(text, style)
        if len(_fragments) >= _LIMIT:
            _fragments.clear()
        _fragments[key] = [fragment.clone() for fragment in made.frags]
        return made
    return Paragraph(text, style, frags=[fragment.clone() for fragment in cached])
