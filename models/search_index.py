"""The project search index: an SQLite FTS5 trigram table over project code and name.

``projects_search`` is an external-content FTS5 table (it stores the trigram index, not the
text) kept in step with ``projects`` by three triggers. It exists only on SQLite and only
outside SQLAlchemy's metadata, so it is created in two places that must agree:

- migration 0002 calls :func:`create_project_search` and fills it from existing rows;
- ``Base.metadata.create_all`` (tests, screenshot tools) gets it from the ``after_create``
  listener registered on the ``projects`` table in models/entities/projects.py.

tests/test_migrations.py proves both give the same ``sqlite_master``. Changing the DDL below
therefore needs a new migration that drops and re-creates the index. A future batch
migration that rebuilds ``projects`` (copy, DROP, RENAME) drops these triggers with the old
table: it must call :func:`create_project_search_triggers` again afterwards.

Searches shorter than three characters cannot use a trigram index; the project list keeps
its LIKE scan for those (and for any database other than SQLite).
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine, Select, literal_column, select, table, text

SEARCH_TABLE = "projects_search"
_FOUND: WeakKeyDictionary[Engine, bool] = WeakKeyDictionary()
# A trigram index answers substrings of at least this many characters.
MIN_INDEXED_CHARS = 3

_CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5("
    "code, name, content='projects', content_rowid='id', tokenize='trigram')"
)
# External content: the index is told what to forget with the OLD values ('delete' command).
_INSERT = f"INSERT INTO {SEARCH_TABLE}(rowid, code, name) VALUES (new.id, new.code, new.name);"
_FORGET = (
    f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rowid, code, name) "
    "VALUES ('delete', old.id, old.code, old.name);"
)
_TRIGGERS = {
    f"{SEARCH_TABLE}_ai": f"AFTER INSERT ON projects BEGIN {_INSERT} END",
    f"{SEARCH_TABLE}_ad": f"AFTER DELETE ON projects BEGIN {_FORGET} END",
    # Only a change of what is indexed re-indexes: stage moves and edits stay cheap.
    f"{SEARCH_TABLE}_au": (
        f"AFTER UPDATE OF id, code, name ON projects BEGIN {_FORGET} {_INSERT} END"
    ),
}


def is_search_index_table(name: str | None) -> bool:
    """The FTS table and its shadow tables (``projects_search_data`` ...): not in the models."""
    return name is not None and (name == SEARCH_TABLE or name.startswith(f"{SEARCH_TABLE}_"))


def create_project_search_triggers(conn: Connection) -> None:
    for name, body in _TRIGGERS.items():
        conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")


def create_project_search(conn: Connection) -> None:
    """Create the (empty) index and its triggers; nothing on other databases."""
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql(_CREATE_TABLE)
    create_project_search_triggers(conn)


def rebuild_project_search(conn: Connection) -> None:
    """Re-read every project into the index (after a migration or a bulk load)."""
    conn.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('rebuild')")


def drop_project_search(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for name in _TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")


def check_project_search(conn: Connection) -> None:
    """Raise (sqlite3 'database disk image is malformed') if the index disagrees with projects."""
    conn.execute(text(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('integrity-check')"))


def has_project_search(conn: Connection) -> bool:
    """Is the index in this database? Only SQLite files at 0002 or later have it.

    A tool that opens a file without the store (a benchmark on an older copy) gets the LIKE
    scan instead of an error. Only a found index is remembered, per engine.
    """
    engine = conn.engine
    if _FOUND.get(engine):
        return True
    found = conn.dialect.name == "sqlite" and (
        conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (SEARCH_TABLE,)
        ).first()
        is not None
    )
    if found:
        _FOUND[engine] = True
    return found


def uses_search_index(index_available: bool, needle: str) -> bool:
    return index_available and len(needle) >= MIN_INDEXED_CHARS


def matching_project_ids(needle: str) -> Select[Any]:
    """Ids of projects whose code or name contains ``needle`` (case folded), from the index.

    The index folds case beyond ASCII, so it may return a few more rows than LIKE would: the
    caller keeps its LIKE test on the candidates to stay exactly as strict as before.
    """
    phrase = '"' + needle.replace('"', '""') + '"'  # one FTS5 string: no query syntax
    fts = table(SEARCH_TABLE)
    return (
        select(literal_column("rowid"))
        .select_from(fts)
        .where(literal_column(SEARCH_TABLE).op("MATCH")(phrase))
    )


def on_projects_created(target: Any, connection: Connection, **_: Any) -> None:
    """``after_create`` of the projects table (create_all): the index comes with it."""
    create_project_search(connection)


def on_projects_dropping(target: Any, connection: Connection, **_: Any) -> None:
    """``before_drop`` of the projects table (drop_all): the index goes with it."""
    drop_project_search(connection)
