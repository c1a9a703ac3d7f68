"""Document numbers that are never handed out twice (invoices, credit notes, projects)."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.entities import Sequence

# Formats per sequence: the prefix comes from the caller (e.g. the studio's invoice prefix).
WIDTH = {"invoice": 5, "credit_note": 5, "project": 4}


def next_value(session: Session, name: str) -> int:
    """Take the next number of ``name`` inside the caller's transaction.

    The UPDATE takes SQLite's write lock first, so two writers can never read the same value;
    a rolled-back transaction gives its number back, a committed one never does (a voided
    invoice keeps its number).
    """
    if session.get(Sequence, name) is None:
        session.add(Sequence(name=name, next_value=1))
        session.flush()
    session.execute(
        update(Sequence).where(Sequence.name == name).values(next_value=Sequence.next_value + 1)
    )
    value = session.scalar(select(Sequence.next_value).where(Sequence.name == name))
    assert value is not None
    return int(value) - 1


def next_code(session: Session, name: str, prefix: str, *, year: int | None = None) -> str:
    """``INV-2026-00042`` style codes: prefix, optional year, zero-padded number."""
    number = next_value(session, name)
    width = WIDTH.get(name, 4)
    middle = f"{year}-" if year is not None else ""
    return f"{prefix}{middle}{number:0{width}d}"
