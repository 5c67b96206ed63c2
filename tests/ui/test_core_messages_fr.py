"""The core's errors reach the French window in French (``ui.i18n.core_text``): through the
workers' failure text and the forms, the field named as the form names it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from delegation_app.errors import ValidationError
from delegation_app.services.validation import require_text
from ui.i18n import core_text, translations
from ui.roster_jobs import failure_text
from ui.workers import _error_text

NBSP = "\u00a0"


def _refused() -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        require_text("given name", "  ")
    return caught.value


@pytest.mark.parametrize("text_of", [failure_text, _error_text])
def test_a_workers_failure_is_in_the_windows_language(qapp: QApplication, text_of: object) -> None:
    assert callable(text_of)
    error = _refused()
    assert text_of(error) == "given name: must not be empty"
    assert translations.install("fr")
    assert text_of(error) == f"prénom{NBSP}: ne doit pas être vide"


def test_a_message_beside_its_field_is_said_again_alone(qapp: QApplication) -> None:
    error = _refused()
    assert translations.install("fr")
    assert core_text(error.message) == "ne doit pas être vide"
    # Plain text (a coordinator's own words, a Qt string) is left as it is.
    assert core_text("Nom court déjà pris") == "Nom court déjà pris"
