"""Alembic environment: runs on the connection handed over by ``migrations.upgrade``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text
from sqlalchemy.engine import Connection

from delegation_app.storage.models import Base

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things: batch mode rebuilds tables, with named constraints.
        render_as_batch=True,
        compare_type=True,
    )
    context.run_migrations()
    if connection.dialect.name == "sqlite":
        broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if broken:
            raise RuntimeError(f"the migration left rows pointing nowhere: {broken[:5]}")


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # Developer use (`alembic -x url=... revision --autogenerate`): open the given URL.
    from delegation_app.storage.database import make_engine

    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.sqlite")
    engine = make_engine(url, foreign_keys=False)
    with engine.begin() as conn:
        _run(conn)


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported")
run_migrations_online()
