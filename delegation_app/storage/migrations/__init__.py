"""Alembic, driven from code: the scripts ship inside the package, no alembic.ini needed.

Alembic itself is imported only when a schema has to change: opening a database that is
already current reads its revision with one query and compares it with ``HEAD`` (a test keeps
``HEAD`` equal to the newest script), which keeps the program's start fast.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from delegation_app.storage.schema import HEAD as HEAD

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SCRIPT_LOCATION = Path(__file__).parent


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["connection"] = connection
    return config


@cache
def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def script_head() -> str:
    """The newest revision among the scripts (reads them all: slower than ``HEAD``)."""
    head = _scripts().get_current_head()
    assert head is not None, "the migration scripts have no head"
    return head


def head_revision() -> str:
    return HEAD


def is_known(revision: str) -> bool:
    return revision == HEAD or any(
        script.revision == revision for script in _scripts().walk_revisions()
    )


def current_revision(connection: Connection) -> str | None:
    """The database's schema revision, or None for a database Alembic never touched."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str) -> None:
    """Upgrade in one transaction; foreign keys are checked before it commits."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
