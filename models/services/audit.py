"""The audit log of destructive actions, and the guard that refuses deleting referenced rows."""

from __future__ import annotations

import getpass
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.db import Base, as_dict
from models.entities import AuditEntry
from models.enums import AuditAction
from models.errors import Conflict

# Human names for tables, used in "still used by 3 time entries" messages.
TABLE_LABELS: dict[str, tuple[str, str]] = {
    "clients": ("client", "clients"),
    "contacts": ("contact", "contacts"),
    "interactions": ("interaction", "interactions"),
    "deals": ("deal", "deals"),
    "projects": ("project", "projects"),
    "milestones": ("milestone", "milestones"),
    "tasks": ("task", "tasks"),
    "people": ("person", "people"),
    "time_entries": ("time entry", "time entries"),
    "expenses": ("expense", "expenses"),
    "invoices": ("invoice", "invoices"),
    "invoice_lines": ("invoice line", "invoice lines"),
    "payments": ("payment", "payments"),
    "allocations": ("allocation", "allocations"),
    "equipment_bookings": ("equipment booking", "equipment bookings"),
    "risks": ("risk", "risks"),
    "attachments": ("attachment", "attachments"),
    "person_rates": ("rate", "rates"),
    "time_off": ("time-off entry", "time-off entries"),
    "studio_budgets": ("budget line", "budget lines"),
    "project_budget_lines": ("budget line", "budget lines"),
    "credit_notes": ("credit note", "credit notes"),
}


def _json_default(value: Any) -> str:
    if isinstance(value, (date, datetime, Decimal)):
        return str(value)
    return repr(value)


def _actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down systems; the log still records
        return ""


def record(
    session: Session,
    action: AuditAction,
    row: Any,
    summary: str,
    extra: dict[str, Any] | None = None,
) -> None:
    """Add an audit entry for ``row`` in the caller's transaction."""
    detail = {"row": as_dict(row)} if row is not None else {}
    if extra:
        detail.update(extra)
    session.add(
        AuditEntry(
            action=action,
            entity=row.__tablename__ if row is not None else "",
            entity_id=getattr(row, "id", None),
            summary=summary,
            detail_json=json.dumps(detail, default=_json_default, ensure_ascii=False),
            actor=_actor(),
        )
    )


def references_to(session: Session, row: Base) -> dict[str, int]:
    """How many rows of each table point at ``row`` through a RESTRICT foreign key."""
    table = row.__table__
    counts: dict[str, int] = {}
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is not table or fk.ondelete == "CASCADE":
                continue
            if other is table and fk.parent.name == "id":
                continue
            n = session.scalar(
                select(func.count())
                .select_from(other)
                .where(fk.parent == getattr(row, fk.column.key))
            )
            if n:
                counts[other.name] = counts.get(other.name, 0) + int(n)
    return counts


def describe_references(counts: dict[str, int]) -> str:
    parts = []
    for table, n in sorted(counts.items()):
        singular, plural = TABLE_LABELS.get(table, (table, table))
        parts.append(f"{n} {singular if n == 1 else plural}")
    return ", ".join(parts)


def delete_row(session: Session, row: Base, label: str) -> None:
    """Delete ``row`` unless other rows use it; the refusal names what still uses it."""
    counts = references_to(session, row)
    if counts:
        raise Conflict(
            f"{label} cannot be deleted: it is still used by {describe_references(counts)}."
        )
    record(session, AuditAction.DELETE, row, f"Deleted {label}")
    session.delete(row)
