"""The SQLite engine: every connection safe (foreign keys, WAL, FULL sync, busy timeout)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path | str) -> str:
    return f"sqlite+pysqlite:///{Path(path)}"


def make_engine(target: Path | str, *, foreign_keys: bool = True) -> Engine:
    """An engine over a SQLite file (or any SQLAlchemy URL, e.g. PostgreSQL).

    pysqlite's own transaction handling is switched off and SQLAlchemy emits ``BEGIN`` itself,
    so DDL is transactional too: a migration that fails halfway leaves nothing behind
    (see SQLAlchemy's "Serializable isolation / Savepoints / Transactional DDL" notes).
    """
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
            mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
            if mode and str(mode[0]).lower() not in ("wal", "memory"):
                # A read-only directory cannot hold the -wal file: keep going in the old mode,
                # the store layer reports read-only files before any write is tried.
                pass
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
