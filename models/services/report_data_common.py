"""Queries every report shares: studio facts, labour cost, project summaries, invoices, risks."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from models.entities import (
    Expense,
    Invoice,
    Milestone,
    Payment,
    Person,
    PersonRate,
    Project,
    ProjectBudgetLine,
    ProjectBudgetRevision,
    Risk,
    RiskCategory,
    Studio,
    Task,
    TimeEntry,
)
from models.enums import InvoiceState, InvoiceStatus, ProjectStage, RiskStatus, TaskStatus
from models.errors import NotFound
from models.money import Money
from models.reference import label_zh
from models.report_data import (
    InvoiceSummary,
    MilestoneLine,
    MissingRate,
    ProjectSummary,
    RiskLine,
    StudioInfo,
)
from models.services.browse import invoice_amounts, invoice_status
from models.services.fx import convert_groups, to_base

NEXT_STEPS_PER_PROJECT = 3


def studio_info(s: Session) -> StudioInfo:
    row = s.get(Studio, 1)
    if row is None:
        raise NotFound("The studio has not been set up yet.")
    return StudioInfo(
        name=row.name,
        base_currency=row.base_currency,
        address=row.address,
        tax_id=row.tax_id,
        bank_details=row.bank_details,
        accent_color=row.accent_color,
        logo_path=row.logo_path,
    )


def labour_cost_by_project(
    s: Session, project_ids: Sequence[int] | None, end: date | None = None
) -> dict[int, tuple[int, int]]:
    """project id -> (minutes, labour cost minor): minutes x the rate valid on the work date."""
    rate = (
        select(PersonRate.cost_rate_minor)
        .where(
            PersonRate.person_id == TimeEntry.person_id,
            PersonRate.valid_from <= TimeEntry.work_date,
        )
        .order_by(PersonRate.valid_from.desc())
        .limit(1)
        .scalar_subquery()
    )
    q = select(
        TimeEntry.project_id,
        func.sum(TimeEntry.minutes),
        func.sum(TimeEntry.minutes * func.coalesce(rate, 0)),
    ).group_by(TimeEntry.project_id)
    if project_ids is not None:
        q = q.where(TimeEntry.project_id.in_(project_ids))
    if end is not None:
        q = q.where(TimeEntry.work_date <= end)
    # minutes x rate-per-hour / 60, rounded half-up once (integers: exact).
    return {pid: (int(m), (int(c) + 30) // 60) for pid, m, c in s.execute(q)}


def in_chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def summaries(
    s: Session, projects: list[Project], currency: str, end: date | None, today: date
) -> list[ProjectSummary]:
    ids = [p.id for p in projects]
    labour: dict[int, tuple[int, int]] = {}
    budgets: dict[int, int] = {}
    expenses: dict[int, int] = {}
    money: dict[int, tuple[int, int, int]] = {}
    milestones: dict[int, list[MilestoneLine]] = defaultdict(list)
    steps: dict[int, list[str]] = defaultdict(list)
    paid, _credited, outstanding = invoice_amounts()
    for chunk in in_chunks(ids):
        labour.update(labour_cost_by_project(s, chunk, end))
        budgets.update(
            s.execute(
                select(ProjectBudgetRevision.project_id, func.sum(ProjectBudgetLine.amount_minor))
                .join(ProjectBudgetLine, ProjectBudgetLine.revision_id == ProjectBudgetRevision.id)
                .where(
                    ProjectBudgetRevision.is_current.is_(True),
                    ProjectBudgetRevision.project_id.in_(chunk),
                )
                .group_by(ProjectBudgetRevision.project_id)
            ).all()
        )
        eq = select(Expense.project_id, func.sum(Expense.base_amount_minor)).where(
            Expense.project_id.in_(chunk)
        )
        if end is not None:
            eq = eq.where(Expense.spent_on <= end)
        for pid, value in s.execute(eq.group_by(Expense.project_id)):
            if pid is not None:  # the query only reads project expenses; keeps mypy honest
                expenses[pid] = int(value or 0)
        # A project's money is in its own currency (as its fee): its invoices in that currency
        # as they are; in a base-currency project, foreign invoices at their own rate (as on
        # the dashboard); anything else cannot be shown in the project's currency.
        pcur = {p.id: p.currency for p in projects}
        for pid, inv_cur, rate, total, got, owed in s.execute(
            select(
                Invoice.project_id,
                Invoice.currency,
                Invoice.fx_rate,
                func.sum(Invoice.total_minor),
                func.sum(paid),
                func.sum(outstanding),
            )
            .where(Invoice.project_id.in_(chunk), Invoice.state == InvoiceState.SENT)
            .group_by(Invoice.project_id, Invoice.currency, Invoice.fx_rate)
        ):
            same = inv_cur == pcur[pid]
            if not same and (pcur[pid] != currency or rate is None):
                continue
            amounts = [int(v or 0) if same else to_base(int(v or 0), inv_cur, rate, currency) or 0
                    for v in (total, got, owed)]  # fmt: skip
            before = money.get(pid, (0, 0, 0))
            money[pid] = (before[0] + amounts[0], before[1] + amounts[1], before[2] + amounts[2])
        for m in s.scalars(
            select(Milestone)
            .where(Milestone.project_id.in_(chunk))
            .order_by(Milestone.project_id, Milestone.sort, Milestone.due_on)
        ):
            milestones[m.project_id].append(MilestoneLine(m.name, m.due_on, m.done_on))
        ranked = (
            select(
                Task.project_id,
                Task.name,
                Task.due_on,
                func.row_number()
                .over(
                    partition_by=Task.project_id,
                    order_by=(Task.due_on.is_(None), Task.due_on, Task.sort),
                )
                .label("n"),
            )
            .where(Task.project_id.in_(chunk), Task.status != TaskStatus.DONE)
            .subquery()
        )
        for pid, name, due, _n in s.execute(
            select(ranked).where(ranked.c.n <= NEXT_STEPS_PER_PROJECT)
        ):
            steps[pid].append(f"{name} ({due.isoformat()})" if due else name)
    out = []
    for p in projects:
        cur = p.currency
        minutes, cost = labour.get(p.id, (0, 0))
        inv = money.get(p.id, (0, 0, 0))
        out.append(
            ProjectSummary(
                code=p.code,
                name=p.name,
                stage=ProjectStage(p.stage),
                status=p.status,
                start_on=p.start_on,
                due_on=p.due_on,
                percent_complete=p.percent_complete,
                fee=Money(p.contract_value_minor, cur),
                budget=Money(int(budgets.get(p.id) or p.contract_value_minor), cur),
                # Costs are the studio's: labour at its people's rates and expenses'
                # converted amounts are both in the base currency, whatever the fee's.
                labour_cost=Money(cost, currency),
                expenses=Money(int(expenses.get(p.id) or 0), currency),
                hours=(Decimal(minutes) / 60).quantize(Decimal("0.1")),
                invoiced=Money(inv[0], cur),
                paid=Money(inv[1], cur),
                outstanding=Money(inv[2], cur),
                milestones=tuple(milestones.get(p.id, ())),
                next_steps=tuple(steps.get(p.id, ())),
            )
        )
    return out


def invoice_summaries(s: Session, where: object, today: date) -> list[InvoiceSummary]:
    paid, _credited, outstanding = invoice_amounts()
    q: Select = (
        select(
            Invoice.number,
            Project.code,
            Invoice.issued_on,
            Invoice.due_on,
            Invoice.currency,
            Invoice.total_minor,
            paid,
            outstanding,
            invoice_status(today),
        )
        .outerjoin(Project, Project.id == Invoice.project_id)
        .where(where)  # type: ignore[arg-type]
        .order_by(Invoice.issued_on, Invoice.number)
    )
    return [
        InvoiceSummary(num, code or "", issued, due, Money(int(total), cur),
                       Money(int(got), cur), Money(int(owed), cur), InvoiceStatus(status))
        for num, code, issued, due, cur, total, got, owed, status in s.execute(q)
    ]  # fmt: skip


def missing_rates(
    s: Session, base: str, invoices: Any = None, payments: Any = None
) -> tuple[MissingRate, ...]:
    """Foreign invoices (sent) and payments without a rate, matching the given conditions,
    counted per currency: the figures leave them out and the report says so."""
    out: list[MissingRate] = []
    for kind, model, cond in (("invoice", Invoice, invoices), ("payment", Payment, payments)):
        if cond is None:
            continue
        where = [model.currency != base, model.fx_rate.is_(None), cond]
        if model is Invoice:
            where.append(Invoice.state == InvoiceState.SENT)
        out += [
            MissingRate(kind, str(c), int(n))
            for c, n in s.execute(
                select(model.currency, func.count()).where(*where).group_by(model.currency)
            )
        ]
    return tuple(out)


def invoice_totals(s: Session, where: object, base: str) -> tuple[Money, Money, Money]:
    """The total row of an invoice list (in several currencies) in the base currency: each
    invoice at its own rate, paid too (receivables are carried at the invoice's rate); invoices
    without a rate are left out (``missing_rates`` counts them)."""
    paid, _credited, outstanding = invoice_amounts()
    rows = s.execute(
        select(Invoice.currency, Invoice.fx_rate, func.count(), func.sum(Invoice.total_minor),
               func.sum(paid), func.sum(outstanding))
        .where(where)  # type: ignore[arg-type]
        .group_by(Invoice.currency, Invoice.fx_rate)
    ).all()  # fmt: skip
    total, got, owed = convert_groups(rows, base, 3).values
    return Money(total, base), Money(got, base), Money(owed, base)


def risks(
    s: Session, project_ids: Sequence[int] | None, *, limit: int | None = None,
    include_closed: bool = False,
) -> list[RiskLine]:  # fmt: skip
    q = (
        select(Risk, Project.code, Person.name, RiskCategory.code, RiskCategory.name)
        .outerjoin(Project, Project.id == Risk.project_id)
        .outerjoin(Person, Person.id == Risk.owner_id)
        .outerjoin(RiskCategory, RiskCategory.id == Risk.category_id)
        .order_by(
            Risk.status == RiskStatus.CLOSED, (Risk.probability * Risk.impact).desc(), Risk.title
        )
    )
    if not include_closed:
        q = q.where(Risk.status != RiskStatus.CLOSED)
    if project_ids is not None:
        if not project_ids:
            return []
        q = q.where(Risk.project_id.in_(list(project_ids)[:900]))
    if limit:
        q = q.limit(limit)
    out = []
    for r, code, owner, cat_code, cat_name in s.execute(q):
        out.append(
            RiskLine(
                title=r.title,
                probability=r.probability,
                impact=r.impact,
                status=RiskStatus(r.status),
                response=r.response,
                project_code=code or "",
                category=cat_name or "",
                category_zh=label_zh(cat_code, cat_name or ""),
                owner=owner or "",
                mitigation=r.mitigation_plan,
                next_review_on=r.next_review_on,
            )
        )
    return out
