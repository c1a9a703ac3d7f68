"""Opening, checking and closing the studio file: refuse what is unsafe, migrate, back up."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from studio_desktop import migrations
from studio_desktop.backup import integrity, latest_backup, make_backup, thin_backups
from studio_desktop.db import (
    BackupCorrupt,
    BackupFailed,
    DatabaseCorrupt,
    DatabaseInUse,
    DatabaseMissing,
    DatabaseReadOnly,
    MigrationFailed,
    NotADatabase,
    SchemaTooNew,
    StoreError,
    UnrecognisedDatabase,
    has_sqlite_header,
    make_engine,
    make_session_factory,
    sqlite_uri,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from studio_desktop.lock import DatabaseLock

__all__ = [
    "BackupCorrupt",
    "BackupFailed",
    "CheckInterrupted",
    "CheckReport",
    "DatabaseCorrupt",
    "DatabaseInUse",
    "DatabaseMissing",
    "DatabaseReadOnly",
    "MigrationFailed",
    "NotADatabase",
    "OpenedStore",
    "SchemaTooNew",
    "StoreError",
    "UnrecognisedDatabase",
    "check_store",
    "close_store",
    "head_revision",
    "open_store",
]

log = logging.getLogger(__name__)

_CORRUPT_ERRORS = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
_BUSY_ERRORS = {"SQLITE_BUSY", "SQLITE_LOCKED"}


class _LazyEngine:
    """The engine of an opened store, made on first use (from any thread, once).

    Opening an up-to-date file needs only the standard library's sqlite3, so the window can
    paint before SQLAlchemy (half a second or more) is imported by the first query.
    """

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self._path = path
        self._engine = engine
        self._factory: sessionmaker[Session] | None = None
        self._lock = threading.Lock()

    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                self._engine = make_engine(self._path)
            return self._engine

    def session_factory(self) -> sessionmaker[Session]:
        engine = self.engine()
        with self._lock:
            if self._factory is None:
                self._factory = make_session_factory(engine)
            return self._factory

    def dispose(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()


@dataclass(frozen=True)
class OpenedStore:
    path: Path
    revision: str
    migrated: bool
    pre_migration_backup: Path | None
    open_backup: Path | None = None
    # Set when open_store(lock=True): released by close_store.
    lock: DatabaseLock | None = field(default=None, compare=False)
    db: _LazyEngine | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.db is None:
            object.__setattr__(self, "db", _LazyEngine(self.path))

    @property
    def engine(self) -> Engine:
        assert self.db is not None
        return self.db.engine()

    @property
    def session_factory(self) -> sessionmaker[Session]:
        assert self.db is not None
        return self.db.session_factory()


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    integrity: str
    foreign_key_problems: int
    revision: str | None
    head: str
    messages: list[str]


def head_revision() -> str:
    return migrations.head_revision()


def _is_new(path: Path) -> bool:
    return not path.exists() or path.stat().st_size == 0


def _check_writable(path: Path) -> None:
    # WAL needs to create -wal and -shm beside the file, so the folder must be writable too.
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseReadOnly(path, folder=False)
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise DatabaseReadOnly(path, folder=True)


def quick_check(path: Path, *, deep: bool = True, cancel: Callable[[], bool] | None = None) -> None:
    """Raise DatabaseCorrupt unless the file passes SQLite's checks.

    ``deep`` runs ``PRAGMA quick_check``, which reads every page: seconds for a large studio.
    The shallow probe reads the schema only; it catches a wrong or damaged header and a
    broken schema page at once, and the window runs the deep check after it appears.
    """
    try:
        conn = sqlite3.connect(sqlite_uri(path, "rw"), uri=True)
        if cancel is not None:
            # SQLite calls this every 100k VM steps; a true result interrupts the check.
            conn.set_progress_handler(lambda: 1 if cancel() else 0, 100_000)
        try:
            if deep:
                rows = conn.execute("PRAGMA quick_check").fetchall()
            else:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
                rows = [("ok",)]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        name = getattr(exc, "sqlite_errorname", "")
        if name == "SQLITE_INTERRUPT":
            raise CheckInterrupted(path) from exc
        if name in _CORRUPT_ERRORS:
            raise DatabaseCorrupt(path, latest_backup(path), str(exc)) from exc
        if name in _BUSY_ERRORS:
            raise DatabaseInUse(path, None) from exc
        raise StoreError(f"Studio Desktop could not open {path}: {exc}", path=path) from exc
    result = "\n".join(str(r[0]) for r in rows)
    if result != "ok":
        raise DatabaseCorrupt(path, latest_backup(path), result)


class CheckInterrupted(StoreError):
    """The integrity check was stopped (the window closed before it finished)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"The check of {path} was interrupted.", path=path)


def _needs_migration(path: Path) -> bool:
    """Cheaply: is the stamped revision something other than our head?"""
    try:
        heads, _tables = _stamped(path)
    except sqlite3.Error:
        return True  # unreadable: the deep check will say what is wrong
    return heads != (head_revision(),)


def needs_upgrade(path: Path) -> bool:
    """Is ``path`` an existing studio file that opening would migrate? (sqlite3 only)."""
    return not _is_new(path) and has_sqlite_header(path) and _needs_migration(path)


def studio_is_set_up(path: Path) -> bool:
    """Has the first-run dialog been completed for this file? (sqlite3 only, for startup)."""
    conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        return conn.execute("SELECT 1 FROM studio WHERE id = 1").fetchone() is not None
    except sqlite3.OperationalError:  # no studio table yet: a file still being created
        return False
    finally:
        conn.close()


def _stamped(path: Path) -> tuple[tuple[str, ...], set[str]]:
    """(revisions in alembic_version, table names), read with sqlite3 alone."""
    conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        tables = {
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        heads: tuple[str, ...] = ()
        if "alembic_version" in tables:
            heads = tuple(
                sorted(str(r[0]) for r in conn.execute("SELECT version_num FROM alembic_version"))
            )
    finally:
        conn.close()
    return heads, tables


def _schema_revision(path: Path) -> str | None:
    """The stamped revision; refuses someone else's database and schemas from the future."""
    heads, tables = _stamped(path)
    if not heads:
        if tables - {"alembic_version"}:
            raise UnrecognisedDatabase(path)
        return None
    if heads == (head_revision(),):
        return heads[0]  # the usual case, answered without loading the scripts
    known = migrations.known_revisions()
    unknown = [r for r in heads if r not in known]
    if unknown or len(heads) > 1:
        raise SchemaTooNew(path, ", ".join(unknown or heads), head_revision())
    return heads[0]


def _acquire_lock(path: Path) -> DatabaseLock:
    from studio_desktop.lock import DatabaseLock  # Qt only when the caller asks for a lock

    lock = DatabaseLock(path)
    lock.acquire()
    return lock


def open_store(
    path: Path,
    *,
    create: bool = True,
    backup_on_open: bool = True,
    lock: bool = False,
    deep_check: bool = True,
    on_stage: Callable[[str], None] | None = None,
) -> OpenedStore:
    """Open (or create) the studio file, upgraded to the current schema.

    Order: refuse what is not ours or cannot be written, take the single-writer lock (when
    ``lock``), check for damage, refuse a newer schema, back up, migrate in one transaction,
    then the "open" backup. Every refusal is a :class:`StoreError` with a user-fit message.
    ``on_stage`` hears "check", "backup" and "upgrade" as a migration goes through them.
    """
    stage = on_stage or (lambda _name: None)
    path = Path(path)
    new = _is_new(path)
    if new and not create:
        raise DatabaseMissing(path)
    if new:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except PermissionError as exc:
            raise DatabaseReadOnly(path, folder=True) from exc
    elif not has_sqlite_header(path):
        raise NotADatabase(path)
    _check_writable(path)

    held = _acquire_lock(path) if lock else None
    engine: Engine | None = None
    try:
        if not new:
            # A migration always gets the deep check first: never upgrade a damaged file.
            upgrading = _needs_migration(path)
            if upgrading:
                stage("check")
            quick_check(path, deep=deep_check or upgrading)
        current = None if new else _schema_revision(path)
        head = head_revision()
        pre_backup: Path | None = None
        if current != head:
            engine = make_engine(path)
            if not new:
                stage("backup")
                pre_backup = make_backup(path, reason="pre-migration")
                stage("upgrade")
            try:
                migrations.upgrade(engine)
            except Exception as exc:
                log.exception("migration of %s from %s to %s failed", path, current, head)
                raise MigrationFailed(path, current, head, pre_backup, str(exc)) from exc
        open_backup = None
        if backup_on_open and not new:
            open_backup = make_backup(path, reason="open")
            try:
                thin_backups(path)
            except OSError:
                log.warning("could not thin the backups of %s", path, exc_info=True)
        return OpenedStore(
            path=path,
            db=_LazyEngine(path, engine),
            revision=head,
            migrated=current != head,
            pre_migration_backup=pre_backup,
            open_backup=open_backup,
            lock=held,
        )
    except BaseException:
        if engine is not None:
            engine.dispose()
        if held is not None:
            held.release()
        raise


def close_store(store: OpenedStore, *, backup: bool = True) -> Path | None:
    """Back up (reason "close"), release every connection and the lock."""
    made: Path | None = None
    try:
        if backup:
            made = make_backup(store.path, reason="close")
    finally:
        if store.db is not None:
            store.db.dispose()
        if store.lock is not None:
            store.lock.release()
    return made


def check_store(path: Path) -> CheckReport:
    """A full health report of a studio file; never raises for a bad file."""
    path = Path(path)
    head = head_revision()
    if _is_new(path):
        return CheckReport(False, "missing", 0, None, head, [f"{path} does not exist or is empty."])
    try:
        if not has_sqlite_header(path):
            return CheckReport(False, "not a database", 0, None, head, [NotADatabase(path).message])
    except OSError as exc:
        return CheckReport(False, str(exc), 0, None, head, [f"Cannot read {path}: {exc}"])

    messages: list[str] = []
    result = integrity(path)
    if result != "ok":
        messages.append(DatabaseCorrupt(path, latest_backup(path), result).message)
    fk_problems = 0
    revision: str | None = None
    readable = True
    try:
        conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
        try:
            fk_problems = len(conn.execute("PRAGMA foreign_key_check").fetchall())
            has_version = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            if has_version:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        readable = False
        messages.append(f"Could not read {path}: {exc}")
    if fk_problems:
        messages.append(f"{fk_problems} record(s) point to records that no longer exist.")
    schema_ok = True
    if revision is None:
        schema_ok = False
        messages.append("The file has no Studio Desktop schema revision.")
    elif revision not in migrations.known_revisions():
        schema_ok = False
        messages.append(SchemaTooNew(path, revision, head).message)
    elif revision != head:
        messages.append(f"The file (schema {revision}) will be upgraded to {head} when opened.")
    ok = readable and result == "ok" and fk_problems == 0 and schema_ok
    if ok and not messages:
        messages.append("The studio file is healthy.")
    return CheckReport(ok, result, fk_problems, revision, head, messages)
