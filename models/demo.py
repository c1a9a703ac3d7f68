"""Believable, reproducible demo data for a studio database: small to try, large to stress."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import Connection, Engine, func, literal, select, update
from sqlalchemy.orm import Session, sessionmaker

from models.db import Base
from models.demo_alloc import write_allocations
from models.demo_calendar import WorkCalendar
from models.demo_context import PROFILES, Ctx, Progress, Writer
from models.demo_crm import plan_clients, write_clients, write_deals_and_attachments
from models.demo_invoices import write_invoices, write_project_budgets
from models.demo_people import build_equipment, build_people
from models.demo_projects import plan_projects, write_projects
from models.demo_risks import write_risks
from models.demo_time import (
    write_expenses,
    write_studio_budget,
    write_time_entries,
)
from models.entities import (
    CreditNote,
    ExpenseCategory,
    Invoice,
    Project,
    RiskCategory,
    Sequence,
    ServiceType,
    Studio,
)
from models.errors import Conflict
from models.reference import seed_reference_data

STUDIO_NAME = "Lantern & Pine Studio 灯松工作室"

# What a freshly set-up database may already hold; anything else is the user's data.
SETUP_TABLES = frozenset(
    {
        "studio",
        "sequences",
        "settings",
        "kpi_targets",
        "service_types",
        "expense_categories",
        "risk_categories",
        "project_templates",
        "template_items",
    }
)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    size: str
    seed: int
    today: date
    counts: dict[str, int]  # rows per table after generation, reference rows included
    elapsed_seconds: float

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


def generate_demo(
    engine_or_session_factory: Engine | sessionmaker[Session],
    size: Literal["small", "large"],
    *,
    seed: int = 20261128,
    today: date | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty studio database with a whole demo studio, in one transaction.

    The same ``seed`` and ``today`` give the same rows. All dates are relative to ``today``.
    Refuses (``Conflict``) a database that holds anything beyond set-up and reference data,
    and leaves nothing behind if it fails halfway.
    """
    if size not in PROFILES:
        raise ValueError(f"size must be one of {sorted(PROFILES)}, not {size!r}")
    engine = _engine_of(engine_or_session_factory)
    started = time.perf_counter()
    today = today or date.today()
    profile = PROFILES[size]
    ctx_start = today.toordinal() - profile.history_days
    calendar = WorkCalendar(date.fromordinal(ctx_start).year, today.year + 1)
    with engine.begin() as conn:
        _refuse_if_data(conn)
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # Millions of rows in one transaction: a big page cache keeps the indexes in memory
            # instead of spilling half-built B-trees to the WAL file. Put back afterwards.
            cache_before = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
            conn.exec_driver_sql("PRAGMA cache_size = -400000")
        ctx = Ctx(
            rng=random.Random(seed),
            today=today,
            profile=profile,
            size=size,
            writer=Writer(conn),
            calendar=calendar,
        )
        _set_up(ctx, conn)
        steps: list[tuple[str, Callable[[Ctx], object]]] = [
            ("people", build_people),
            ("clients", _clients_and_projects),
            ("equipment", build_equipment),
            ("allocations", write_allocations),
            ("time entries", write_time_entries),
            ("expenses", write_expenses),
            ("budgets", _budgets),
            ("invoices", write_invoices),
            ("risks", write_risks),
        ]
        for i, (label, step) in enumerate(steps):
            _report(progress, label, i, len(steps))
            step(ctx)
        _finish(ctx, conn)
        counts = {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
        }
        if sqlite:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache_before)}")
    _report(progress, "done", len(steps), len(steps))
    return DemoSummary(size, seed, today, counts, time.perf_counter() - started)


def _report(progress: Progress | None, label: str, done: int, total: int) -> None:
    if progress is not None:
        progress(label, done, total)


def _engine_of(target: Engine | sessionmaker[Session]) -> Engine:
    if isinstance(target, Engine):
        return target
    bind = target.kw.get("bind")
    if not isinstance(bind, Engine):
        raise TypeError("pass an Engine or a sessionmaker bound to one")
    return bind


def _refuse_if_data(conn: Connection) -> None:
    for table in Base.metadata.sorted_tables:
        if table.name in SETUP_TABLES:
            continue
        if conn.execute(select(literal(1)).select_from(table).limit(1)).first() is not None:
            raise Conflict(
                f"This database already has data ({table.name}); demo data goes into a new,"
                " empty studio file only."
            )


def _set_up(ctx: Ctx, conn: Connection) -> None:
    """Reference data and the studio row through the ORM, inside the caller's transaction."""
    with Session(bind=conn) as s:
        seed_reference_data(s)
        if s.get(Studio, 1) is None:
            s.add(
                Studio(
                    id=1,
                    name=STUDIO_NAME,
                    base_currency="CNY",
                    language="zh",
                    country="CN",
                    address="上海市徐汇区漕溪北路 88 号 5 楼",
                    tax_id="91310104MA1FR0XX7Q",
                    invoice_prefix="INV-",
                )
            )
        s.flush()
        studio = s.get(Studio, 1)
        if studio is not None:
            ctx.invoice_prefix = studio.invoice_prefix
        ctx.service_types = _codes(s, ServiceType)
        ctx.expense_categories = _codes(s, ExpenseCategory)
        ctx.risk_categories = _codes(s, RiskCategory)


def _codes(s: Session, model: type[ServiceType | ExpenseCategory | RiskCategory]) -> dict[str, int]:
    rows = s.execute(select(model.code, model.id).where(model.code.is_not(None)))
    return {str(code): id_ for code, id_ in rows}


def _clients_and_projects(ctx: Ctx) -> None:
    internal, companies = plan_clients(ctx, STUDIO_NAME)
    plan_projects(ctx, internal)
    write_clients(ctx, internal, companies)
    write_projects(ctx)
    write_deals_and_attachments(ctx)


def _budgets(ctx: Ctx) -> None:
    write_studio_budget(ctx)
    write_project_budgets(ctx)


def _finish(ctx: Ctx, conn: Connection) -> None:
    """Numbering carries on after the demo's highest invoice, credit note and project number.

    A sequence is one counter for every year (models/services/numbering.py), so its next
    value is past the largest number used in any year.
    """
    used = {
        "invoice": conn.execute(select(Invoice.number)).scalars(),
        "credit_note": conn.execute(select(CreditNote.number)).scalars(),
        "project": conn.execute(select(Project.code).where(Project.code.like("P-%"))).scalars(),
    }
    next_values = {name: max(map(_number_of, codes), default=0) + 1 for name, codes in used.items()}
    for name, value in next_values.items():
        conn.execute(update(Sequence).where(Sequence.name == name).values(next_value=value))
    conn.execute(update(Studio).values(invoice_next_number=next_values["invoice"]))


def _number_of(code: str) -> int:
    """The counter part of ``INV-2026-00042``: what follows the last dash."""
    tail = code.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0
