"""Messages the core writes for a coordinator, shown in the language of whoever reads them.

The core raises its errors and reports its import problems in English, as the CLI and the logs
show them. The window is often French, so each message keeps what it was made of: ``say``
returns a ``Said``, a ``str`` (the English sentence, so that every existing use of the text is
unchanged) that also holds its template and values. ``in_language`` then writes it again from
the French catalogue (``delegation_app.messages_fr``) when the window is French.

Why not gettext: the language is chosen where the message is shown, not where it is raised (one
error reaches the French window and the English log), and a plain dictionary is checked by a
test against every template the core uses (``tests/core/test_messages.py``).
"""

from __future__ import annotations

import string
from collections.abc import Mapping

from delegation_app.errors import DomainError, ValidationError

__all__ = ["Said", "explain", "field_name", "in_language", "placeholders", "say"]


class Said(str):
    """An English sentence that remembers its template and values, to be said again in another
    language. Being a ``str``, it can go anywhere a message went before."""

    template: str
    values: Mapping[str, object]

    def __new__(cls, template: str, values: Mapping[str, object]) -> Said:
        said = super().__new__(cls, template.format(**values))
        said.template = template
        said.values = dict(values)
        return said

    def __reduce__(self) -> tuple[object, ...]:  # kept whole across a worker process
        return (Said, (self.template, self.values))


def say(template: str, **values: object) -> Said:
    """The message ``template`` (``str.format`` fields, named) with its ``values``.

    ``template`` must be a literal, so that the catalogue's test finds it; a value may itself be
    a ``Said`` (a reason inside a sentence), said again in the same language."""
    return Said(template, values)


def placeholders(template: str) -> set[str]:
    """The names of the fields in ``template`` (``{name}`` and ``{name!r:>3}`` alike)."""
    return {
        name.split(".")[0].split("[")[0]
        for _, name, _, _ in string.Formatter().parse(template)
        if name is not None
    }


def _catalogue(language: str) -> Mapping[str, str]:
    if language == "fr":
        from delegation_app.messages_fr import FRENCH

        return FRENCH
    return {}


def in_language(text: str, language: str) -> str:
    """``text`` in ``language`` when it is a ``Said`` the catalogue knows, else as it is.

    A template missing from the catalogue falls back to English rather than failing: a sentence
    in the wrong language is better than none (the catalogue's test keeps this from happening)."""
    if not isinstance(text, Said):
        return text
    catalogue = _catalogue(language)
    template = catalogue.get(text.template)
    if template is None:
        return str.__str__(text)
    values = {
        name: in_language(value, language) if isinstance(value, str) else value
        for name, value in text.values.items()
    }
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English, not a crash
        return str.__str__(text)


def field_name(field: str, language: str) -> str:
    """The name a coordinator knows a ``ValidationError``'s field by, in ``language``: from
    the catalogue's fields, or said again when it is a ``Said`` ("signatory 2")."""
    if isinstance(field, Said):
        return in_language(field, language)
    if language == "fr":
        from delegation_app.messages_fr import FIELDS

        return FIELDS.get(field, field)
    return field


def explain(error: BaseException, language: str) -> str:
    """The sentence a coordinator reads for a core ``error``, in ``language``.

    A ``ValidationError`` names its field; another error made of one message (a ``DomainError``,
    an import's ``CellError``) is that message. Anything else is returned as ``str(error)`` (the
    caller decides whether to show it)."""
    if isinstance(error, ValidationError):
        # French typography: a no-break space before the colon.
        colon = "\u00a0:" if language == "fr" else ":"
        message = in_language(error.message, language)
        return f"{field_name(error.field, language)}{colon} {message}"
    if (
        len(error.args) == 1
        and isinstance(error.args[0], Said | str)
        and (isinstance(error, DomainError) or isinstance(error.args[0], Said))
    ):
        return in_language(error.args[0], language)
    return str(error)
