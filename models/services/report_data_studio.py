"""Report data for the whole studio: budget vs actuals, the risk register, the monthly report."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from models.entities import (
    Client,
    CreditNote,
    Expense,
    ExpenseCategory,
    Invoice,
    KpiTarget,
    Payment,
    Person,
    PersonRate,
    Project,
    Risk,
    Studio,
    StudioBudget,
    TimeEntry,
)
from models.enums import InvoiceState, ProjectStage, RiskStatus
from models.errors import ValidationError
from models.money import Money
from models.reference import label_zh
from models.report_data import (
    AmountLine,
    BudgetReportData,
    KpiLine,
    MonthlyReportData,
    MonthPoint,
    RiskRegisterData,
)
from models.services.base import UnitOfWork
from models.services.browse import invoice_outstanding_as_of
from models.services.fx import convert_groups, known_rate, to_base
from models.services.report_data_common import missing_rates, risks, studio_info

PERIODS = ("month", "quarter", "year")
HIGH_RISK_SCORE = 15


def _add_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def period_range(period: str, year: int, index: int, fiscal_start: int = 1) -> tuple[date, date]:
    """(first day, last day) of a month (index 1-12), quarter (1-4) or fiscal year."""
    if period == "month":
        if not 1 <= index <= 12:
            raise ValidationError("month", "Choose a month from 1 to 12.")
        start = date(year, index, 1)
        return start, _add_months(start, 1) - timedelta(days=1)
    if period == "quarter":
        if not 1 <= index <= 4:
            raise ValidationError("quarter", "Choose a quarter from 1 to 4.")
        start = _add_months(date(year, fiscal_start, 1), 3 * (index - 1))
        return start, _add_months(start, 3) - timedelta(days=1)
    if period == "year":
        start = date(year, fiscal_start, 1)
        return start, _add_months(start, 12) - timedelta(days=1)
    raise ValidationError("period", "Choose month, quarter or year.")


def _months(start: date, end: date) -> list[date]:
    out, d = [], start.replace(day=1)
    while d <= end:
        out.append(d)
        d = _add_months(d, 1)
    return out


def _monthly_labour(s: Session, start: date, end: date) -> dict[str, int]:
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
    ym = func.strftime("%Y-%m", TimeEntry.work_date)
    return {
        k: (int(c) + 30) // 60
        for k, c in s.execute(
            select(ym, func.sum(TimeEntry.minutes * func.coalesce(rate, 0)))
            .where(TimeEntry.work_date >= start, TimeEntry.work_date <= end)
            .group_by(ym)
        )
    }


def _by_month(s: Session, column, value, *where) -> dict[str, int]:  # type: ignore[no-untyped-def]
    ym = func.strftime("%Y-%m", column)
    return {
        k: int(v or 0) for k, v in s.execute(select(ym, func.sum(value)).where(*where).group_by(ym))
    }


# Money over many invoices/payments follows the KPI service (models/services/kpi.py) so a
# report and the dashboard agree: revenue = sent invoices' subtotals - their credit notes, at the
# invoice's rate; receivables at the invoice's rate; cash at the payment's rate. Sums are grouped
# in SQL by (currency, rate) and each group is converted once (models/services/fx.py).
_INV_FX = (Invoice.currency, Invoice.fx_rate)
_PAY_FX = (Payment.currency, Payment.fx_rate)


def _sent(base: str) -> ColumnElement[bool]:
    """Sent invoices whose amount is known in the base currency."""
    return and_(Invoice.state == InvoiceState.SENT, known_rate(Invoice, base))


def _by_month_base(s: Session, column: Any, value: Any, base: str, fx: tuple[Any, Any],
                   *where: Any, join: Any = None) -> dict[str, int]:  # fmt: skip
    """Per month, in the base currency: one SQL group per (month, currency, rate)."""
    ym = func.strftime("%Y-%m", column)
    stmt = select(ym, *fx, func.sum(value)).where(*where).group_by(ym, *fx)
    if join is not None:
        stmt = stmt.join(Invoice, Invoice.id == join)
    out: dict[str, int] = {}
    for k, currency, rate, v in s.execute(stmt):
        out[k] = out.get(k, 0) + (to_base(int(v or 0), currency, rate, base) or 0)
    return out


def _revenue_by_month(s: Session, base: str, start: date, end: date) -> dict[str, int]:
    """Sent invoices' subtotals issued in each month less the credit notes issued in it."""
    invoiced = _by_month_base(s, Invoice.issued_on, Invoice.subtotal_minor, base, _INV_FX,
                              _sent(base), Invoice.issued_on.between(start, end))  # fmt: skip
    credited = _by_month_base(s, CreditNote.issued_on, CreditNote.amount_minor, base, _INV_FX,
                              _sent(base), CreditNote.issued_on.between(start, end),
                              join=CreditNote.invoice_id)  # fmt: skip
    return {k: invoiced.get(k, 0) - credited.get(k, 0) for k in invoiced.keys() | credited.keys()}


def _receivables(s: Session, base: str, end: date, *where: Any) -> int:
    """Outstanding at ``end`` at the invoice's rate: total - paid - credited, each converted."""
    scope = (_sent(base), Invoice.issued_on <= end, *where)

    def one(value: Any, *extra: Any, join: Any = None) -> int:
        stmt = select(*_INV_FX, func.count(), func.sum(value)).where(*scope, *extra)
        if join is not None:
            stmt = stmt.join(Invoice, Invoice.id == join)
        return convert_groups(s.execute(stmt.group_by(*_INV_FX)).all(), base, 1).values[0]

    return (
        one(Invoice.total_minor)
        - one(Payment.amount_minor, Payment.received_on <= end, join=Payment.invoice_id)
        - one(CreditNote.amount_minor, CreditNote.issued_on <= end, join=CreditNote.invoice_id)
    )


class StudioReports:
    _uow: UnitOfWork

    def budget_report(
        self, period: str, year: int, index: int = 1, *, today: date | None = None
    ) -> BudgetReportData:
        """Plan (studio_budgets) against spending (expenses in the base currency), per
        top-level category and per month."""
        today = today or date.today()
        with self._uow.read() as s:
            studio = studio_info(s)
            fiscal_start = s.scalar(select(Studio.fiscal_year_start_month)) or 1
            start, end = period_range(period, year, index, fiscal_start)
            cur = studio.base_currency
            parent = aliased(ExpenseCategory)
            top = func.coalesce(parent.id, ExpenseCategory.id)
            cats = {
                i: (name, label_zh(code, name))
                for i, code, name in s.execute(
                    select(ExpenseCategory.id, ExpenseCategory.code, ExpenseCategory.name).where(
                        ExpenseCategory.parent_id.is_(None)
                    )
                )
            }
            plan: dict[tuple[int, str], int] = {}
            for m in _months(start, end):
                fy = m.year if m.month >= fiscal_start else m.year - 1
                for cat, amount in s.execute(
                    select(top, func.sum(StudioBudget.amount_minor))
                    .join(ExpenseCategory, ExpenseCategory.id == StudioBudget.category_id)
                    .outerjoin(parent, parent.id == ExpenseCategory.parent_id)
                    .where(StudioBudget.fiscal_year == fy, StudioBudget.month == m.month)
                    .group_by(top)
                ):
                    key = (cat, m.strftime("%Y-%m"))
                    plan[key] = plan.get(key, 0) + int(amount or 0)
            ym = func.strftime("%Y-%m", Expense.spent_on)
            spent: dict[tuple[int, str], int] = {
                (cat, month): int(amount or 0)
                for cat, month, amount in s.execute(
                    select(top, ym, func.sum(Expense.base_amount_minor))
                    .join(ExpenseCategory, ExpenseCategory.id == Expense.category_id)
                    .outerjoin(parent, parent.id == ExpenseCategory.parent_id)
                    .where(Expense.spent_on >= start, Expense.spent_on <= end)
                    .group_by(top, ym)
                )
            }
            revenue = sum(_revenue_by_month(s, cur, start, end).values())
            missing = missing_rates(s, cur, invoices=Invoice.issued_on.between(start, end))
        used = sorted({c for c, _ in plan} | {c for c, _ in spent}, key=lambda c: c)
        categories = tuple(
            AmountLine(
                cats.get(c, ("?", "?"))[0],
                Money(sum(v for (k, _), v in plan.items() if k == c), cur),
                Money(sum(v for (k, _), v in spent.items() if k == c), cur),
                cats.get(c, ("?", "?"))[1],
            )
            for c in used
        )
        months = tuple(
            AmountLine(
                m.strftime("%Y-%m"),
                Money(sum(v for (_, k), v in plan.items() if k == m.strftime("%Y-%m")), cur),
                Money(sum(v for (_, k), v in spent.items() if k == m.strftime("%Y-%m")), cur),
            )
            for m in _months(start, end)
        )
        return BudgetReportData(
            studio=studio,
            period=period,
            start=start,
            end=end,
            currency=cur,
            categories=categories,
            months=months,
            revenue=Money(revenue, cur),
            generated_on=today,
            missing_rates=missing,
        )

    def risk_register(
        self, *, today: date | None = None, include_closed: bool = True, limit: int = 300
    ) -> RiskRegisterData:
        """The highest-scoring risks (open first when closed ones are included) and a heat
        map counted in SQL over every open risk, however long the register."""
        today = today or date.today()
        with self._uow.read() as s:
            studio = studio_info(s)
            heat = tuple(
                (int(p), int(i), int(n))
                for p, i, n in s.execute(
                    select(Risk.probability, Risk.impact, func.count(Risk.id))
                    .where(Risk.status != RiskStatus.CLOSED)
                    .group_by(Risk.probability, Risk.impact)
                )
            )
            where = [] if include_closed else [Risk.status != RiskStatus.CLOSED]
            total = s.scalar(select(func.count(Risk.id)).where(*where)) or 0
            listed = risks(s, None, include_closed=include_closed, limit=limit)
            return RiskRegisterData(
                studio=studio,
                generated_on=today,
                risks=tuple(listed),
                currency=studio.base_currency,
                heat=heat,
                omitted=int(total) - len(listed),
            )

    def monthly_report(
        self, year: int, month: int, *, today: date | None = None
    ) -> MonthlyReportData:
        """The dashboard's indicators for one month against the targets set in kpi_targets."""
        today = today or date.today()
        start, end = period_range("month", year, month)
        trend_start = _add_months(start, -11)
        with self._uow.read() as s:
            studio = studio_info(s)
            cur = studio.base_currency
            row = s.get(Studio, 1)
            assert row is not None
            invoiced = _revenue_by_month(s, cur, trend_start, end)
            collected = _by_month_base(s, Payment.received_on, Payment.amount_minor, cur, _PAY_FX,
                                       known_rate(Payment, cur),
                                       Payment.received_on.between(trend_start, end))  # fmt: skip
            expenses = _by_month(
                s,
                Expense.spent_on,
                Expense.base_amount_minor,
                Expense.spent_on >= trend_start,
                Expense.spent_on <= end,
            )
            minutes = _by_month(
                s,
                TimeEntry.work_date,
                TimeEntry.minutes,
                TimeEntry.work_date >= trend_start,
                TimeEntry.work_date <= end,
            )
            billable = _by_month(s, TimeEntry.work_date, TimeEntry.minutes,
                                 TimeEntry.billable.is_(True), TimeEntry.work_date >= start,
                                 TimeEntry.work_date <= end)  # fmt: skip
            labour = _monthly_labour(s, trend_start, end)
            receivables = _receivables(s, cur, end)
            overdue = _receivables(s, cur, end, Invoice.due_on < min(today, end))
            missing = missing_rates(
                s,
                cur,
                # in the trend's revenue, or still owed at the end of the month
                invoices=and_(
                    Invoice.issued_on <= end,
                    or_(Invoice.issued_on >= trend_start, invoice_outstanding_as_of(end) != 0),
                ),
                payments=Payment.received_on.between(trend_start, end),
            )
            capacity = self._capacity_minutes(s, row, start, end)
            active = s.scalar(
                select(func.count(Project.id)).where(
                    Project.archived_at.is_(None),
                    Project.stage.notin_([ProjectStage.CLOSED, ProjectStage.CONTACT,
                                          ProjectStage.QUOTE]),
                )
            ) or 0  # fmt: skip
            overdue_projects = (
                s.scalar(
                    select(func.count(Project.id)).where(
                        Project.archived_at.is_(None),
                        Project.stage.notin_([ProjectStage.CLOSED, ProjectStage.MAINTENANCE]),
                        Project.due_on < end,
                    )
                )
                or 0
            )
            high = (
                s.scalar(
                    select(func.count(Risk.id)).where(
                        Risk.status != RiskStatus.CLOSED,
                        Risk.probability * Risk.impact >= HIGH_RISK_SCORE,
                    )
                )
                or 0
            )
            new_clients = (
                s.scalar(
                    select(func.count(Client.id)).where(
                        func.date(Client.created_at) >= start, func.date(Client.created_at) <= end
                    )
                )
                or 0
            )
            by_stage = tuple(
                (ProjectStage(st), int(n))
                for st, n in s.execute(
                    select(Project.stage, func.count(Project.id))
                    .where(Project.archived_at.is_(None))
                    .group_by(Project.stage)
                )
            )
            targets = {t.code: t for t in s.scalars(select(KpiTarget))}
        key = start.strftime("%Y-%m")
        revenue = invoiced.get(key, 0)
        cost = labour.get(key, 0) + expenses.get(key, 0)
        hours = Decimal(minutes.get(key, 0)) / 60
        util = Decimal(billable.get(key, 0) * 100) / capacity if capacity else Decimal(0)
        billable_pct = (
            Decimal(billable.get(key, 0) * 100) / minutes[key] if minutes.get(key) else Decimal(0)
        )
        margin = Decimal((revenue - cost) * 100) / revenue if revenue else Decimal(0)
        minor = Decimal(100)

        def kpi(code: str, value: Decimal, unit: str, default: Decimal | None = None,
                higher: bool = True) -> KpiLine:  # fmt: skip
            t = targets.get(code)
            if t is not None:
                return KpiLine(code, value, Decimal(t.target), unit, t.higher_is_better)
            return KpiLine(code, value, default, unit, higher)

        kpis = (
            kpi("revenue", Decimal(revenue) / minor, "money"),
            kpi("collected", Decimal(collected.get(key, 0)) / minor, "money"),
            kpi("receivables", Decimal(int(receivables)) / minor, "money", higher=False),
            kpi("overdue", Decimal(int(overdue)) / minor, "money", Decimal(0), higher=False),
            kpi("hours", hours.quantize(Decimal("0.1")), "hours"),
            kpi("utilisation", util.quantize(Decimal("0.1")), "pct",
                Decimal(row.target_utilisation_pct)),
            kpi("billable_pct", billable_pct.quantize(Decimal("0.1")), "pct"),
            kpi("gross_margin", margin.quantize(Decimal("0.1")), "pct"),
            kpi("active_projects", Decimal(int(active)), "count"),
            kpi("overdue_projects", Decimal(int(overdue_projects)), "count", Decimal(0),
                higher=False),
            kpi("high_risks", Decimal(int(high)), "count", Decimal(0), higher=False),
            kpi("new_clients", Decimal(int(new_clients)), "count"),
        )  # fmt: skip
        trend = tuple(
            MonthPoint(
                m.strftime("%Y-%m"),
                Money(invoiced.get(m.strftime("%Y-%m"), 0), cur),
                Money(collected.get(m.strftime("%Y-%m"), 0), cur),
                Money(labour.get(m.strftime("%Y-%m"), 0) + expenses.get(m.strftime("%Y-%m"), 0),
                      cur),
                (Decimal(minutes.get(m.strftime("%Y-%m"), 0)) / 60).quantize(Decimal("0.1")),
            )
            for m in _months(trend_start, end)
        )  # fmt: skip
        order = {st: i for i, st in enumerate(ProjectStage)}
        return MonthlyReportData(
            studio=studio,
            year=year,
            month=month,
            currency=cur,
            kpis=kpis,
            trend=trend,
            projects_by_stage=tuple(sorted(by_stage, key=lambda x: order[x[0]])),
            generated_on=today,
            missing_rates=missing,
        )

    @staticmethod
    def _capacity_minutes(s: Session, studio: Studio, start: date, end: date) -> int:
        """Working minutes of the active staff in the month (weekday mask, no holidays)."""
        days_per_week = max(1, bin(studio.working_days).count("1"))
        workdays = sum(
            1
            for n in range((end - start).days + 1)
            if studio.working_days >> (start + timedelta(days=n)).weekday() & 1
        )
        week_minutes = (
            s.scalar(
                select(func.coalesce(func.sum(Person.week_minutes), 0)).where(
                    Person.active.is_(True), Person.is_placeholder.is_(False)
                )
            )
            or 0
        )
        return int(week_minutes) * workdays // days_per_week
