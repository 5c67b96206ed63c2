"""Small dialogs of the main window."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui import settings as keys
from ui.formatting import language_name
from ui.workers import BOOKLET_LANGUAGES

PAGE_SIZES = ("A4", "A5", "Letter")


class BookletOptionsDialog(QDialog):
    """Language and paper of a booklet: by default those of the preferences, else the
    delegate's own language and A4."""

    def __init__(
        self,
        delegate_name: str,
        *,
        language: str,
        ui_language: str,
        page_size: str | None = None,
        count: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        preferences = keys.app_settings()
        preferred = keys.read_str(preferences, keys.BOOKLET_LANGUAGE)
        if preferred in BOOKLET_LANGUAGES:  # "" (each delegate's own) keeps the one given
            language = preferred
        if page_size is None:
            chosen = keys.read_str(preferences, keys.BOOKLET_PAGE_SIZE)
            page_size = chosen if chosen in PAGE_SIZES else "A4"
        self.setWindowTitle(self.tr("Print booklet") if count == 1 else self.tr("Print booklets"))
        self.language_box = QComboBox()
        if count > 1:
            self.language_box.addItem(self.tr("Each delegate's own language"), "")
        for code in BOOKLET_LANGUAGES:
            self.language_box.addItem(language_name(code, ui_language), code)
        index = self.language_box.findData(language)
        self.language_box.setCurrentIndex(max(index, 0))
        self.page_box = QComboBox()
        for size in PAGE_SIZES:
            self.page_box.addItem(self._page_label(size), size)
        self.page_box.setCurrentIndex(max(self.page_box.findData(page_size), 0))

        intro = QLabel(delegate_name)
        intro.setWordWrap(True)
        font = intro.font()
        font.setBold(True)
        intro.setFont(font)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("&Paper:"), self.page_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

    def _page_label(self, size: str) -> str:
        if size == "Letter":
            return self.tr("US Letter (8.5 × 11 in)")
        if size == "A5":
            return self.tr("A5 booklet (148 × 210 mm)")
        return self.tr("A4 (210 × 297 mm)")

    @property
    def language(self) -> str:
        """The chosen language, or ``""`` for each delegate's own."""
        return str(self.language_box.currentData())

    @property
    def page_size(self) -> str:
        return str(self.page_box.currentData())
