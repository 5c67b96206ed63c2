"""Accessible names: what a screen reader says for a control that has no text of its own."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def spoken(text: str) -> str:
    """``"&Start"`` -> ``"Start"``, ``"Rock && roll:"`` -> ``"Rock & roll"``: a label's text
    without its mnemonic marker and trailing colon, as a screen reader should say it."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def name(widget: QWidget, text: str) -> None:
    """Give ``widget`` the accessible name ``text`` (a label's text, or a button's action)."""
    widget.setAccessibleName(spoken(text))
