"""Schema migrations: programmatic Alembic config and the all-or-nothing upgrade."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from studio_desktop.db import set_foreign_keys

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection, Engine

# The scripts ship inside the package, so an installed program needs no alembic.ini.
SCRIPT_LOCATION = Path(__file__).resolve().parent
_PACKAGE_SCRIPTS = SCRIPT_LOCATION

# The newest revision, written down so that opening an up-to-date file never imports Alembic
# (a second of startup). tests/test_migrations.py proves it equals the scripts' head.
HEAD_REVISION = "0003"


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Autogenerate's filter: the FTS search index and its shadow tables are not models."""
    from models.search_index import is_search_index_table

    return not (type_ == "table" and is_search_index_table(name))


class ForeignKeyViolations(Exception):
    """``PRAGMA foreign_key_check`` found rows after a migration; it was rolled back."""

    def __init__(self, rows: list[tuple[object, ...]]) -> None:
        tables = sorted({str(r[0]) for r in rows})
        super().__init__(f"{len(rows)} broken reference(s) in {', '.join(tables)}")
        self.rows = rows


def alembic_config(
    connection: Connection | None = None, *, script_location: Path | None = None
) -> Config:
    from alembic.config import Config

    cfg = Config()
    # ConfigParser interpolates '%', which may occur in a user's folder name.
    location = str(script_location or SCRIPT_LOCATION).replace("%", "%%")
    cfg.set_main_option("script_location", location)
    cfg.set_main_option("path_separator", "os")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory(script_location: Path | None = None) -> ScriptDirectory:
    return _script_directory(script_location or SCRIPT_LOCATION)


@lru_cache(maxsize=8)
def _script_directory(location: Path) -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    # Loading the scripts executes every revision module; they do not change while running.
    return ScriptDirectory.from_config(alembic_config(script_location=location))


def head_revision(script_location: Path | None = None) -> str:
    location = script_location or SCRIPT_LOCATION
    if location == _PACKAGE_SCRIPTS:
        return HEAD_REVISION
    head = script_directory(location).get_current_head()
    assert head is not None, "no migration scripts found"
    return head


def known_revisions(script_location: Path | None = None) -> set[str]:
    return {s.revision for s in script_directory(script_location).walk_revisions()}


def current_revisions(connection: Connection) -> tuple[str, ...]:
    """The revisions stamped in ``alembic_version`` (empty for a new database)."""
    from sqlalchemy import text

    has_table = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        if connection.dialect.name == "sqlite"
        else text("SELECT 1 FROM information_schema.tables WHERE table_name = 'alembic_version'")
    ).first()
    if not has_table:
        return ()
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return tuple(sorted(str(r[0]) for r in rows))


@contextmanager
def migration_transaction(engine: Engine) -> Iterator[Connection]:
    """One connection, foreign keys off, one transaction, committed only if references hold.

    Batch migrations on SQLite recreate a table (copy, DROP, RENAME). With foreign keys on,
    the DROP would fire ON DELETE CASCADE and silently empty the child tables, so enforcement
    is switched off (outside the transaction: SQLite ignores the PRAGMA inside one) and
    ``PRAGMA foreign_key_check`` takes its place before the commit.
    """
    with engine.connect() as conn:
        set_foreign_keys(conn, False)
        try:
            with conn.begin():
                yield conn
                rows = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if rows:
                    raise ForeignKeyViolations([tuple(r) for r in rows])
        finally:
            if conn.in_transaction():
                conn.rollback()
            set_foreign_keys(conn, True)


def upgrade(engine: Engine, target: str = "head", *, script_location: Path | None = None) -> None:
    """Run every pending migration up to ``target`` in one transaction (all or nothing)."""
    with migration_transaction(engine) as conn:
        from alembic import command

        command.upgrade(alembic_config(conn, script_location=script_location), target)


def downgrade(engine: Engine, target: str) -> None:
    """Undo migrations down to ``target`` in one transaction, the same way as ``upgrade``."""
    with migration_transaction(engine) as conn:
        from alembic import command

        command.downgrade(alembic_config(conn), target)
