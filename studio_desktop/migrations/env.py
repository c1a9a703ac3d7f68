"""Alembic environment: migrates the connection handed over in ``config.attributes``."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy.types import TypeDecorator

import models.entities  # noqa: F401  (imports every table into the metadata)
from models.db import Base
from studio_desktop.migrations import include_name

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    # Render our column types (UTCDateTime, DecimalText) as the plain type they store, so a
    # migration script never breaks when models/db.py changes years later.
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl!r}"
    return False


def _configure(**kwargs: Any) -> None:
    context.configure(
        target_metadata=target_metadata,
        render_item=_render_item,
        # SQLite can barely ALTER a table: batch mode recreates it (copy, drop, rename).
        render_as_batch=True,
        compare_type=True,
        # Objects the models do not declare (the FTS search index) are left alone.
        include_name=include_name,
        # SQLite can roll back DDL once pysqlite's autocommit is off (see make_engine), so
        # every migration of a run shares the caller's single transaction.
        transactional_ddl=True,
        **kwargs,
    )


def _url() -> str | None:
    # `alembic -x db=/path/file.sqlite3 ...` (dev only) wins over alembic.ini.
    db = context.get_x_argument(as_dictionary=True).get("db")
    return f"sqlite+pysqlite:///{db}" if db else config.get_main_option("sqlalchemy.url")


def run_migrations_offline() -> None:
    _configure(url=_url(), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        # The app's path: the caller owns the transaction and the foreign key switch.
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return

    # The dev command line (alembic.ini): the same safe transaction as the app uses.
    from studio_desktop.db import make_engine
    from studio_desktop.migrations import migration_transaction

    url = _url()
    assert url, "give the database with -x db=PATH or sqlalchemy.url in alembic.ini"
    engine = make_engine(url)
    try:
        with migration_transaction(engine) as conn:
            _configure(connection=conn)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
