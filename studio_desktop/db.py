"""The SQLite engine (foreign keys, WAL, FULL sync, transactional DDL) and the store's failures."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

# SQLAlchemy is imported inside the functions: the store's checks and the lock run before the
# first paint with the standard library's sqlite3 alone (see studio_desktop/bench.py).
if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

    from studio_desktop.lock import LockHolder

BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_url(path: Path | str) -> str:
    return f"sqlite+pysqlite:///{Path(path)}"


def make_engine(target: Path | str, *, foreign_keys: bool = True) -> Engine:
    """An engine over a SQLite file (or any SQLAlchemy URL, e.g. PostgreSQL).

    pysqlite's own transaction handling is switched off and SQLAlchemy emits ``BEGIN`` itself,
    so DDL is transactional too: a migration that fails halfway leaves nothing behind
    (see SQLAlchemy's "Serializable isolation / Savepoints / Transactional DDL" notes).
    A side effect worth knowing: with pysqlite's autocommit off, PRAGMAs that are no-ops
    inside a transaction (``foreign_keys``) must go through :func:`set_foreign_keys`.
    """
    from sqlalchemy import create_engine, event

    url = str(target) if "://" in str(target) else sqlite_url(target)
    if not url.startswith("sqlite"):
        return create_engine(url)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
            # WAL lets the UI read while a write is in flight. It can fail to switch in a
            # read-only folder (no room for -wal/-shm); the store refuses such files before
            # any write is tried, so the old journal mode is good enough here.
            cursor.execute("PRAGMA journal_mode = WAL")
            # FULL: a commit survives a power cut, which matters more than write speed here.
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine, expire_on_commit=False)


def set_foreign_keys(connection: Connection, on: bool) -> None:
    """Switch foreign key enforcement on one connection.

    SQLite ignores ``PRAGMA foreign_keys`` inside a transaction, and SQLAlchemy would open one
    (our ``BEGIN``) on the first execute, so this goes straight to the driver connection.
    """
    if connection.in_transaction():
        raise RuntimeError("PRAGMA foreign_keys is a no-op inside a transaction")
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")


def has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(16) == SQLITE_HEADER


def sqlite_uri(path: Path, mode: str) -> str:
    """A ``file:`` URI (percent-encoded, so odd folder names are safe) with an open mode."""
    return f"{path.resolve().as_uri()}?mode={mode}"


# --- The store's expected failures ---------------------------------------------------------
# They live here, below store/backup/lock, so every module can raise them without import
# cycles; ``studio_desktop.store`` re-exports them. The UI picks a translated text by class,
# so each kind has its own class and carries the facts the text needs.


class StoreError(Exception):
    """Base of every failure to open, check, back up or restore a studio file."""

    def __init__(self, message: str, *, path: Path) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


class DatabaseMissing(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"The studio file {path} does not exist.", path=path)


class NotADatabase(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is not a Studio Desktop file (it is not an SQLite database).", path=path
        )


class UnrecognisedDatabase(StoreError):
    """An SQLite file with tables but no schema revision: some other program's database."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is a database, but not one written by Studio Desktop.", path=path)


class DatabaseCorrupt(StoreError):
    def __init__(self, path: Path, latest_backup: Path | None, detail: str = "") -> None:
        hint = (
            f" The newest backup is {latest_backup}; you can restore it."
            if latest_backup
            else " No backup of it was found."
        )
        super().__init__(f"The studio file {path} is damaged.{hint}", path=path)
        self.latest_backup = latest_backup
        self.detail = detail


class DatabaseReadOnly(StoreError):
    def __init__(self, path: Path, *, folder: bool) -> None:
        where = f"the folder {path.parent}" if folder else f"the file {path}"
        super().__init__(
            f"Studio Desktop cannot write to {where}. Move the studio file to a folder you can "
            "write to, or ask for write permission.",
            path=path,
        )
        self.folder = folder


class DatabaseInUse(StoreError):
    """Another Studio Desktop (or another program) holds the file."""

    def __init__(self, path: Path, holder: LockHolder | None) -> None:
        if holder is not None:
            who = f" by {holder.app_name} (process {holder.pid} on {holder.hostname})"
        else:
            who = ""
        super().__init__(f"The studio file {path} is already open{who}.", path=path)
        self.holder = holder


class SchemaTooNew(StoreError):
    def __init__(self, path: Path, revision: str, head: str) -> None:
        super().__init__(
            f"The studio file {path} was saved by a newer version of Studio Desktop "
            f"(schema {revision}); this version only knows schemas up to {head}. "
            "Please update Studio Desktop to open it.",
            path=path,
        )
        self.revision = revision
        self.head = head


class MigrationFailed(StoreError):
    def __init__(
        self,
        path: Path,
        from_revision: str | None,
        to_revision: str,
        backup: Path | None,
        detail: str,
    ) -> None:
        kept = f" A copy made before the upgrade is at {backup}." if backup else ""
        super().__init__(
            f"Studio Desktop could not upgrade the studio file {path}; it was left unchanged."
            + kept,
            path=path,
        )
        self.from_revision = from_revision
        self.to_revision = to_revision
        self.backup = backup
        self.detail = detail


class BackupFailed(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"Studio Desktop could not make a backup of {path}.", path=path)
        self.detail = detail


class BackupCorrupt(StoreError):
    """A backup that fails its integrity check; ``path`` is the backup file."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(
            f"The backup {path} is damaged and cannot be restored. "
            "Your current studio file was not changed.",
            path=path,
        )
        self.detail = detail
