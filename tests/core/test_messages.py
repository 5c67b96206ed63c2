"""The core's messages reach a French window in French (``delegation_app.messages``).

Two kinds of checks. Through the source: every template given to ``say`` has its French, with
the same fields, and no error a coordinator reads is raised with English text that the window
could not translate (a literal, an f-string, ``str(exc)``). Through behaviour: a ``Said`` is the
English sentence everywhere a ``str`` is, and is said again in French, values included.
"""

from __future__ import annotations

import ast
import importlib
import pickle
import pkgutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import delegation_app
from delegation_app.errors import DomainError, NotFound, ValidationError
from delegation_app.messages import Said, explain, field_name, in_language, placeholders, say
from delegation_app.messages_fr import FIELDS, FRENCH

PACKAGE = Path(delegation_app.__file__).parent
#: Files whose messages stay English, and why.
ENGLISH_ONLY = {
    # The CLI is for IT and scripts: its own messages (not the services' it shows) are English.
    "cli.py",
    # The catalogue and its machinery.
    "messages.py",
}
#: Methods that take a message a coordinator reads, by the position of that message.
MESSAGE_CALLS = {"refuse": 1}


def _source_files() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if "__pycache__" not in path.parts
        and "messages_fr" not in path.parts
        and path.name not in ENGLISH_ONLY
    )


def _error_classes() -> dict[str, bool]:
    """Every error a coordinator reads, by class name: True when its first argument is a field
    (it keeps ``ValidationError``'s own constructor)."""
    for module in pkgutil.walk_packages(delegation_app.__path__, "delegation_app."):
        if ".migrations" not in module.name:  # Alembic's scripts run only under Alembic
            importlib.import_module(module.name)
    from delegation_app.interchange.cell_values import CellError

    found: dict[str, bool] = {CellError.__name__: False}
    todo: list[type[BaseException]] = [DomainError]
    while todo:
        cls = todo.pop()
        found[cls.__name__] = issubclass(cls, ValidationError) and (
            cls.__init__ is ValidationError.__init__
        )
        todo.extend(cls.__subclasses__())
    return found


def _is_raw_text(node: ast.expr) -> bool:
    """English text the window cannot say again: a literal, an f-string, a sum or ``%`` with
    one, ``"...".format(...)`` or ``str(...)``."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and node.value != ""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_raw_text(node.left) or _is_raw_text(node.right)
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name) and func.id == "str":
            return True
        if isinstance(func, ast.Attribute) and func.attr == "format":
            return _is_raw_text(func.value)
    return False


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


@dataclass(frozen=True)
class Found:
    where: str
    node: ast.Call


def _calls(tree: ast.AST) -> Iterator[tuple[ast.Call, str | None]]:
    """Every call, with the name of the class it is written in (for ``super().__init__``)."""

    def walk(node: ast.AST, cls: str | None) -> Iterator[tuple[ast.Call, str | None]]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                yield child, cls
            yield from walk(child, inner)

    yield from walk(tree, None)


def _field_parameters(trees: list[ast.Module]) -> dict[str, set[int]]:
    """The functions that pass a field name on to an error (``require_text(field, value)``,
    ``check_date_range(start_field, ...)``), by name: the positions of those parameters."""
    found: dict[str, set[int]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            names = [a.arg for a in node.args.posonlyargs + node.args.args]
            if names and names[0] in {"self", "cls"}:
                names = names[1:]
            positions = {i for i, n in enumerate(names) if n == "field" or n.endswith("_field")}
            if positions:
                found.setdefault(node.name, set()).update(positions)
    return found


def _messages_and_fields() -> tuple[list[Found], list[Found], list[tuple[str, str]]]:
    """The ``say`` calls, the raw texts given to errors, and the literal fields named."""
    errors = _error_classes()
    says: list[Found] = []
    raw: list[Found] = []
    fields: list[tuple[str, str]] = []
    files = _source_files()
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in files]
    passes_field = _field_parameters(trees)
    for path, tree in zip(files, trees, strict=True):
        for call, cls in _calls(tree):
            where = f"{path.relative_to(PACKAGE.parent)}:{call.lineno}"
            name = _name(call.func)
            arguments = list(call.args) + [k.value for k in call.keywords if k.arg != "field"]
            # A field named by keyword, or handed to a function that names it in its error.
            named = [
                k.value
                for k in call.keywords
                if k.arg == "field" or (k.arg or "").endswith("_field")
            ]
            if name in passes_field and name not in errors:
                named += [call.args[i] for i in passes_field[name] if i < len(call.args)]
            for field in named:
                if isinstance(field, ast.Constant) and isinstance(field.value, str):
                    fields.append((where, field.value))
            takes_field: bool | None = None
            if name == "say":
                says.append(Found(where, call))
                continue
            if name in errors:
                takes_field = errors[name]
            elif (
                name == "__init__"
                and isinstance(call.func, ast.Attribute)
                and isinstance(call.func.value, ast.Call)
                and _name(call.func.value.func) == "super"
                and cls in errors
            ):
                takes_field = cls in errors and _is_validation_class(cls)
            elif name in MESSAGE_CALLS:
                position = MESSAGE_CALLS[name]
                if len(call.args) > position and _is_raw_text(call.args[position]):
                    raw.append(Found(where, call))
                continue
            else:
                continue
            if takes_field and call.args:
                field = call.args[0]
                arguments = arguments[1:]
                if isinstance(field, ast.Constant) and isinstance(field.value, str):
                    fields.append((where, field.value))
            if any(_is_raw_text(argument) for argument in arguments):
                raw.append(Found(where, call))
    return says, raw, fields


def _is_validation_class(name: str) -> bool:
    todo: list[type[BaseException]] = [ValidationError]
    while todo:
        cls = todo.pop()
        if cls.__name__ == name:
            return True
        todo.extend(cls.__subclasses__())
    return False


Scan = tuple[list[Found], list[Found], list[tuple[str, str]]]


@pytest.fixture(scope="module")
def scanned() -> Scan:
    return _messages_and_fields()


def test_every_template_has_its_french_with_the_same_fields(scanned: Scan) -> None:
    says, _, _ = scanned
    assert says, "the core says nothing through say(): the scan is broken"
    problems = []
    for found in says:
        call = found.node
        if len(call.args) != 1 or not (
            isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
        ):
            problems.append(f"{found.where}: say() takes one literal template")
            continue
        template = call.args[0].value
        given = {k.arg for k in call.keywords}
        if None in given:  # say(template, **values): the values cannot be checked here
            problems.append(f"{found.where}: say() takes its values by name, not **")
            continue
        if placeholders(template) != given:
            problems.append(f"{found.where}: {template!r} is given {sorted(map(str, given))}")
        french = FRENCH.get(template)
        if french is None:
            problems.append(f"{found.where}: no French for {template!r}")
        elif placeholders(french) != placeholders(template):
            problems.append(f"{found.where}: the French of {template!r} has other fields")
    assert not problems, "\n".join(problems)


def test_no_error_a_coordinator_reads_is_written_in_english_only(scanned: Scan) -> None:
    _, raw, _ = scanned
    assert not raw, "messages not given through say():\n" + "\n".join(
        f"{found.where}: {ast.unparse(found.node)[:100]}" for found in raw
    )


def test_every_field_named_has_its_french(scanned: Scan) -> None:
    _, _, fields = scanned
    missing = sorted({f"{where}: {field!r}" for where, field in fields if field not in FIELDS})
    assert not missing, "fields without a French name:\n" + "\n".join(missing)


def test_the_catalogue_holds_nothing_unused(scanned: Scan) -> None:
    says, _, fields = scanned
    used = {
        argument.value
        for found in says
        if found.node.args and isinstance(argument := found.node.args[0], ast.Constant)
    }
    assert sorted(set(FRENCH) - used) == []
    assert sorted(set(FIELDS) - {field for _, field in fields}) == []


def test_no_two_parts_translate_one_template_differently() -> None:
    from delegation_app import messages_fr

    clashes = []
    for name in ("FRENCH", "FIELDS"):
        seen: dict[str, tuple[str, str]] = {}
        for part in messages_fr.PARTS:
            for english, french in getattr(part, name).items():
                if english in seen and seen[english][1] != french:
                    clashes.append(f"{name} {english!r}: {seen[english]} and {french!r}")
                seen[english] = (part.__name__, french)
    assert not clashes, "\n".join(clashes)


def test_french_typography_in_the_catalogue() -> None:
    problems = []
    for english, french in FRENCH.items():
        for mark in (":", ";", "?", "!", "»"):
            for at in range(1, len(french)):
                if french[at] == mark and french[at - 1] == " ":
                    problems.append(f"{english!r}: a plain space before {mark!r}")
        if "«" in french and "« " in french:
            problems.append(f"{english!r}: a plain space after «")
    assert not problems, "\n".join(problems)


# --- behaviour ----------------------------------------------------------------------------


def test_a_said_message_is_its_english_sentence() -> None:
    said = say("'{text}' is not a date", text="32/01/2017")
    assert said == "'32/01/2017' is not a date"
    assert isinstance(said, str)
    assert f"row 3: {said}" == "row 3: '32/01/2017' is not a date"
    assert said.template == "'{text}' is not a date"
    assert dict(said.values) == {"text": "32/01/2017"}


def test_a_said_message_survives_pickling() -> None:
    said = pickle.loads(pickle.dumps(say("{count} rows", count=3)))
    assert isinstance(said, Said)
    assert (said, said.template, dict(said.values)) == ("3 rows", "{count} rows", {"count": 3})


def test_in_language_uses_the_catalogue_and_says_values_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from delegation_app import messages_fr

    monkeypatch.setattr(
        messages_fr,
        "FRENCH",
        {"row {row}: {reason}": "ligne {row}\u00a0: {reason}", "is empty": "est vide"},
    )
    said = say("row {row}: {reason}", row=4, reason=say("is empty"))
    assert in_language(said, "fr") == "ligne 4\u00a0: est vide"
    assert in_language(said, "en") == "row 4: is empty"
    # A plain string, or a template the catalogue lacks, stays as it is.
    assert in_language("a plain sentence", "fr") == "a plain sentence"
    assert in_language(say("unknown {x}", x=1), "fr") == "unknown 1"


def test_a_broken_translation_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    from delegation_app import messages_fr

    monkeypatch.setattr(messages_fr, "FRENCH", {"{count} rows": "{nombre} lignes"})
    assert in_language(say("{count} rows", count=2), "fr") == "2 rows"


def test_explain_names_the_field_in_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from delegation_app import messages_fr

    monkeypatch.setattr(
        messages_fr, "FRENCH", {"is empty": "est vide", "no {what}": "aucun {what}"}
    )
    monkeypatch.setattr(messages_fr, "FIELDS", {"family_name": "nom"})
    error = ValidationError("family_name", say("is empty"))
    assert str(error) == "family_name: is empty"
    assert explain(error, "en") == "family_name: is empty"
    assert explain(error, "fr") == "nom\u00a0: est vide"
    assert field_name("family_name", "fr") == "nom"
    assert explain(NotFound(say("no {what}", what="x")), "fr") == "aucun x"
    assert explain(ValueError("plain"), "fr") == "plain"
    # A cell's error is no DomainError, but made of a Said; a field may be a Said too.
    assert explain(ValueError(say("is empty")), "fr") == "est vide"
    numbered = ValidationError(say("no {what}", what=2), say("is empty"))
    assert explain(numbered, "fr") == "aucun 2\u00a0: est vide"
