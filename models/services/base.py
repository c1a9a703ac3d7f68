"""The unit of work every service uses: one transaction per user action, storage errors typed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from models.errors import StorageError


def storage_message(exc: BaseException) -> str:
    """A sentence a studio owner can act on, for a low-level SQLite failure."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "readonly" in text or "read-only" in text:
        return (
            "The database file is read-only, so nothing was saved. Check the file's "
            "permissions or open a copy in a folder you can write to."
        )
    if "full" in text:
        return (
            "The disk is full, so nothing was saved. Free some space and try again; "
            "your earlier data is intact."
        )
    if "locked" in text or "busy" in text:
        return (
            "Another program is using the database file right now, so nothing was saved. "
            "Close it (or wait a moment) and try again."
        )
    if "disk i/o" in text:
        return "The disk reported an input/output error, so nothing was saved."
    return f"The database could not be written, so nothing was saved ({text})."


class UnitOfWork:
    """Hands out sessions; every ``write()`` is one transaction that commits or rolls back whole."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory

    @contextmanager
    def write(self) -> Iterator[Session]:
        try:
            with self._factory.begin() as session:
                yield session
        except OperationalError as exc:
            raise StorageError(storage_message(exc)) from exc
        except DBAPIError as exc:
            if isinstance(exc.orig, sqlite3.OperationalError):
                raise StorageError(storage_message(exc)) from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._factory() as session:
                yield session
        except OperationalError as exc:
            raise StorageError(storage_message(exc)) from exc
