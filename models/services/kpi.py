"""The studio's KPIs for a period, with comparisons, targets, warnings and drill-down rows.

Everything is summed in SQL (tables read directly, not through the other modules' services,
so the dashboard depends only on the schema). Money is in the studio's base currency.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select, text
from sqlalchemy.orm import Session

from models.entities import (
    Client,
    CreditNote,
    Deal,
    Expense,
    Invoice,
    KpiTarget,
    Milestone,
    Payment,
    Person,
    PersonRate,
    Project,
    ProjectBudgetLine,
    ProjectBudgetRevision,
    Risk,
    Studio,
    TimeEntry,
)
from models.enums import DealStage, InvoiceState, RiskStatus
from models.errors import ValidationError
from models.money import Money, parse_amount
from models.services.base import UnitOfWork
from models.services.browse import invoice_outstanding_as_of
from models.services.fx import convert_groups, known_rate, to_base
from models.services.kpi_defs import DEFINITIONS_BY_CODE, KPI_CODES, KpiDefinition
from models.services.kpi_period import Period
from models.services.risks import HIGH_RISK_SCORE

Value = Decimal | Money | int | None
_PCT = Decimal("0.1")
_OPEN_DEALS = (DealStage.WON, DealStage.LOST)


def _pct(num: int | Decimal, den: int | Decimal) -> Decimal | None:
    if not den:
        return None
    return (Decimal(num) * 100 / Decimal(den)).quantize(_PCT, rounding=ROUND_HALF_UP)


def _div_round(num: int, den: int) -> int:
    """Integer ``num / den`` rounded half-up (for non-negative and negative num)."""
    q = (Decimal(num) / Decimal(den)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(q)


@dataclass(frozen=True, slots=True)
class Kpi:
    code: str
    value: Value
    previous: Value
    last_year: Value
    target: Decimal | None
    warning: Decimal | None
    higher_is_better: bool
    status: str  # "ok" | "warning"
    definition: KpiDefinition

    @property
    def unit(self) -> str:
        return self.definition.unit

    def change_vs(self, other: Value) -> Decimal | None:
        """Relative change in % against ``other`` (None when it cannot be said)."""
        a, b = _number(self.value), _number(other)
        if a is None or b is None or b == 0:
            return None
        return ((a - b) * 100 / abs(b)).quantize(_PCT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class KpiRows:
    """The rows a KPI was computed from, for the drill-down table."""

    columns: tuple[str, ...]
    kinds: tuple[str, ...]  # text, date, money, int, percent, hours
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True, slots=True)
class KpiBoard:
    period: Period
    previous: Period
    last_year: Period
    kpis: tuple[Kpi, ...]

    def get(self, code: str) -> Kpi:
        return next(k for k in self.kpis if k.code == code)


@dataclass(frozen=True, slots=True)
class TargetSetting:
    code: str
    target: Decimal | None
    warning: Decimal | None
    higher_is_better: bool
    is_default: bool


@dataclass(frozen=True, slots=True)
class MonthPoint:
    year: int
    month: int
    revenue: Money
    cost: Money
    utilisation: Decimal | None


def _number(v: Value) -> Decimal | None:
    if v is None:
        return None
    if isinstance(v, Money):
        return v.amount
    return Decimal(v)


def status_of(value: Value, warning: Decimal | None, target: Decimal | None, higher: bool) -> str:
    """'warning' when the value has passed its warning threshold (the target if none is set)."""
    limit = warning if warning is not None else target
    number = _number(value)
    if limit is None or number is None:
        return "ok"
    if higher:
        return "warning" if number < limit else "ok"
    return "warning" if number > limit else "ok"


# -- SQL building blocks ------------------------------------------------------------------


def _labour_minutes_minor() -> Any:
    """Σ minutes × the cost rate valid on the work date (greatest valid_from <= work_date)."""
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
    return TimeEntry.minutes * func.coalesce(rate, 0)


# Each cost rate as a date interval [valid_from, valid_to). Joining time entries to these
# intervals, driven from the ~1,000 rate rows through the (person_id, work_date) index, visits
# each entry once; the correlated "latest rate <= work_date" lookup above costs a seek per row
# (about 3x slower on a million entries). Entries dated before a person's first rate have no
# interval and add 0, exactly as the correlated form's COALESCE(rate, 0) does.
_RATES_CTE = """rates(person_id, valid_from, valid_to, rate) AS MATERIALIZED (
    SELECT person_id, valid_from,
           COALESCE(LEAD(valid_from) OVER (PARTITION BY person_id ORDER BY valid_from),
                    '9999-12-31'),
           cost_rate_minor
    FROM person_rates
)"""


def _labour_sql(select_sql: str, where: str = "1", group: str = "") -> Any:
    """``SELECT {select_sql}`` over time entries ``t`` joined to their cost rate ``r.rate``."""
    return text(
        f"WITH {_RATES_CTE} SELECT {select_sql} FROM rates r "
        "JOIN time_entries t ON t.person_id = r.person_id "
        "AND t.work_date >= r.valid_from AND t.work_date < r.valid_to "
        f"WHERE {where} {group}"
    )


def _sent_invoice(base: str) -> Any:
    """Sent invoices whose amount is known in the base currency (foreign ones with a rate)."""
    return and_(Invoice.state == InvoiceState.SENT, known_rate(Invoice, base))


# Money of several currencies is summed per (currency, rate) in SQL and converted per group.
_INV_FX = (Invoice.currency, Invoice.fx_rate)


def _in_base(s: Session, stmt: Any, base: str, width: int) -> tuple[int, ...]:
    """Run ``stmt`` (selecting currency, rate, count, *sums; grouped by currency and rate)."""
    return convert_groups(s.execute(stmt).all(), base, width).values


_BITS = "+".join(f"((p.working_days >> {k}) & 1)" for k in range(7))
_CAPACITY_SQL = f"""
WITH RECURSIVE days(d) AS (
    SELECT :start UNION ALL SELECT date(d, '+1 day') FROM days WHERE d < :end
),
cal AS (
    SELECT d, (CAST(strftime('%w', d) AS INTEGER) + 6) % 7 AS bit,
           (SELECT h.is_workday FROM public_holidays h
             WHERE h.country = :country AND h.on_date = d) AS hol
    FROM days
),
pd AS (
    SELECT p.id AS person_id, cal.d AS d, substr(cal.d, 1, 7) AS ym,
           p.week_minutes / NULLIF({_BITS}, 0) AS day_minutes
    FROM people p JOIN cal
    WHERE p.is_placeholder = 0
      AND (p.active = 1 OR p.left_on IS NOT NULL)
      AND (p.joined_on IS NULL OR p.joined_on <= cal.d)
      AND (p.left_on IS NULL OR p.left_on >= cal.d)
      AND CASE WHEN cal.hol = 1 THEN 1 WHEN cal.hol = 0 THEN 0
               ELSE (p.working_days >> cal.bit) & 1 END = 1
)
SELECT {{group}} AS k,
       SUM(MAX(0, COALESCE(pd.day_minutes, 0) - COALESCE((
            SELECT SUM(COALESCE(t.minutes_per_day, pd.day_minutes)) FROM time_off t
             WHERE t.person_id = pd.person_id AND pd.d BETWEEN t.start_on AND t.end_on), 0)))
FROM pd GROUP BY k
"""


class KpiService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # -- targets ----------------------------------------------------------------------
    def targets(self) -> list[TargetSetting]:
        with self._uow.read() as s:
            return [self._target(s, code) for code in KPI_CODES]

    def _target(self, s: Session, code: str) -> TargetSetting:
        d = DEFINITIONS_BY_CODE[code]
        row = s.get(KpiTarget, code)
        if row is not None:
            return TargetSetting(
                code,
                Decimal(row.target) if row.target else None,
                Decimal(row.warning) if row.warning else None,
                bool(row.higher_is_better),
                False,
            )
        target = d.target
        if code == "utilisation":
            pct = s.execute(select(Studio.target_utilisation_pct)).scalar()
            target = Decimal(pct) if pct else target
        return TargetSetting(code, target, d.warning, d.higher_is_better, True)

    def set_target(
        self,
        code: str,
        target: str | Decimal | None,
        warning: str | Decimal | None,
        higher_is_better: bool | None = None,
    ) -> TargetSetting:
        if code not in DEFINITIONS_BY_CODE:
            raise ValidationError("code", "Unknown indicator.")
        t = None if target in (None, "") else parse_amount(target, "target")
        w = None if warning in (None, "") else parse_amount(warning, "warning")
        higher = (
            DEFINITIONS_BY_CODE[code].higher_is_better
            if higher_is_better is None
            else higher_is_better
        )
        if t is not None and w is not None:
            if higher and w > t:
                raise ValidationError("warning", "The warning level must not be above the target.")
            if not higher and w < t:
                raise ValidationError("warning", "The warning level must not be below the target.")
        with self._uow.write() as s:
            row = s.get(KpiTarget, code)
            if row is None:
                row = KpiTarget(code=code, target="", warning=None)
                s.add(row)
            row.target = "" if t is None else str(t)
            row.warning = None if w is None else str(w)
            row.higher_is_better = higher
        with self._uow.read() as s:
            return self._target(s, code)

    def reset_target(self, code: str) -> TargetSetting:
        with self._uow.write() as s:
            row = s.get(KpiTarget, code)
            if row is not None:
                s.delete(row)
        with self._uow.read() as s:
            return self._target(s, code)

    # -- the board --------------------------------------------------------------------
    def board(self, period: Period, codes: tuple[str, ...] = KPI_CODES) -> KpiBoard:
        prev, ly = period.previous(), period.last_year()
        with self._uow.read() as s:
            # One request, one pass: budget control of all three periods comes from one scan
            # of the time entries, and a period asked twice (a year's previous period is also
            # last year) is computed once.
            distinct = list(dict.fromkeys((period, prev, ly)))
            shared: dict[str, Any] = {}
            if "budget_control" in codes:
                shared["budget_control"] = self._budget_control_many(s, distinct)
            if set(codes) & {"revenue", "revenue_growth", "gross_margin", "dso", "receivables"}:
                # Growth needs the period before each period too.
                asked = list(dict.fromkeys([*distinct, *(q.previous() for q in distinct)]))
                self._prefill_invoice_sums(s, asked, [q.end for q in distinct])
            values = {q: self._values(s, q, codes, shared) for q in distinct}
            now, before, year_ago = dict(values[period]), dict(values[prev]), dict(values[ly])
            if "revenue_growth" in codes:
                # Growth of the comparison periods needs the period before each of them.
                before["revenue_growth"] = self._growth(s, prev, before.get("revenue"))
                year_ago["revenue_growth"] = self._growth(s, ly, year_ago.get("revenue"))
            targets = {c: self._target(s, c) for c in codes}
        kpis = []
        for code in codes:
            t = targets[code]
            kpis.append(
                Kpi(
                    code,
                    now.get(code),
                    before.get(code),
                    year_ago.get(code),
                    t.target,
                    t.warning,
                    t.higher_is_better,
                    status_of(now.get(code), t.warning, t.target, t.higher_is_better),
                    DEFINITIONS_BY_CODE[code],
                )
            )
        return KpiBoard(period, prev, ly, tuple(kpis))

    def kpi(self, code: str, period: Period) -> Kpi:
        return self.board(period, (code,) if code != "revenue_growth" else ("revenue", code)).get(
            code
        )

    def _growth(self, s: Session, period: Period, revenue: Value) -> Decimal | None:
        before = self._revenue(s, period.previous())
        if not isinstance(revenue, Money) or before.minor == 0:
            return None
        return _pct(revenue.minor - before.minor, abs(before.minor))

    def _values(
        self,
        s: Session,
        p: Period,
        codes: tuple[str, ...],
        shared: dict[str, Any] | None = None,
    ) -> dict[str, Value]:
        want = set(codes)
        cur = self._currency(s)
        out: dict[str, Value] = {}
        revenue = (
            self._revenue(s, p)
            if want & {"revenue", "revenue_growth", "gross_margin", "dso"}
            else None
        )
        if "revenue" in want:
            out["revenue"] = revenue
        if "revenue_growth" in want and revenue is not None:
            out["revenue_growth"] = self._growth(s, p, revenue)
        if "gross_margin" in want and revenue is not None:
            cost = self._labour_cost(s, p.start, p.end) + self._project_expenses(s, p.start, p.end)
            out["gross_margin"] = (
                _pct(revenue.minor - cost, revenue.minor) if revenue.minor else None
            )
        if "net_cash" in want:
            # Cash at the rate of the day it arrived.
            (received,) = _in_base(
                s,
                select(
                    Payment.currency, Payment.fx_rate, func.count(), func.sum(Payment.amount_minor)
                )
                .where(Payment.received_on.between(p.start, p.end), known_rate(Payment, cur))
                .group_by(Payment.currency, Payment.fx_rate),
                cur,
                1,
            )
            spent = s.execute(
                select(func.coalesce(func.sum(Expense.base_amount_minor), 0)).where(
                    Expense.spent_on.between(p.start, p.end)
                )
            ).scalar_one()
            out["net_cash"] = Money(int(received) - int(spent), cur)
        receivables = self._receivables(s, p.end) if want & {"receivables", "dso"} else None
        if "receivables" in want:
            out["receivables"] = receivables
        if "dso" in want and revenue is not None and receivables is not None:
            out["dso"] = (
                (Decimal(receivables.minor) * p.days / revenue.minor).quantize(
                    _PCT, rounding=ROUND_HALF_UP
                )
                if revenue.minor > 0
                else None
            )
        if "on_time" in want:
            out["on_time"] = self._on_time(s, p)
        if "budget_control" in want:
            precomputed = (shared or {}).get("budget_control")
            out["budget_control"] = (
                precomputed[(p.start, p.end)]
                if precomputed is not None
                else self._budget_control_many(s, [p])[(p.start, p.end)]
            )
        if want & {"utilisation", "billable"}:
            cap = sum(self._capacity(s, p, "'all'").values())
            logged, billable = s.execute(
                select(
                    func.coalesce(func.sum(TimeEntry.minutes), 0),
                    func.coalesce(
                        func.sum(case((TimeEntry.billable.is_(True), TimeEntry.minutes), else_=0)),
                        0,
                    ),
                )
                .join(Person, Person.id == TimeEntry.person_id)
                .where(
                    TimeEntry.work_date.between(p.start, p.end), Person.is_placeholder.is_(False)
                )
            ).one()
            out["utilisation"] = _pct(int(logged), cap)
            out["billable"] = _pct(int(billable), cap)
        if "new_clients" in want:
            out["new_clients"] = int(
                s.execute(
                    select(func.count(Client.id)).where(
                        func.date(Client.created_at).between(
                            p.start.isoformat(), p.end.isoformat()
                        ),
                        Client.merged_into_id.is_(None),
                    )
                ).scalar_one()
            )
        if "retention" in want:
            ly = p.last_year()
            then = self._has_work(ly.start, ly.end)
            now = self._has_work(p.start, p.end)
            base, kept = s.execute(
                select(
                    func.count(Client.id),
                    func.coalesce(func.sum(case((now, 1), else_=0)), 0),
                ).where(then)
            ).one()
            out["retention"] = _pct(int(kept), int(base))
        if "satisfaction" in want:
            avg_num, n = s.execute(
                select(func.sum(Project.satisfaction), func.count(Project.satisfaction)).where(
                    Project.delivered_on.between(p.start, p.end), Project.satisfaction.is_not(None)
                )
            ).one()
            out["satisfaction"] = (
                (Decimal(int(avg_num or 0)) / int(n)).quantize(
                    Decimal("0.01"), rounding=ROUND_HALF_UP
                )
                if n
                else None
            )
        if "pipeline" in want:
            total = s.execute(
                select(func.coalesce(func.sum(Deal.value_minor * Deal.probability), 0)).where(
                    *self._open_deal(p.end), Deal.currency == cur
                )
            ).scalar_one()
            out["pipeline"] = Money(_div_round(int(total), 100), cur)
        if "high_risks" in want:
            out["high_risks"] = int(
                s.execute(
                    select(func.count(Risk.id)).where(*self._open_high_risk(p.end))
                ).scalar_one()
            )
        return out

    # -- pieces -------------------------------------------------------------------------
    @staticmethod
    def _currency(s: Session) -> str:
        return str(s.execute(select(Studio.base_currency).where(Studio.id == 1)).scalar() or "CNY")

    def _prefill_invoice_sums(self, s: Session, periods: list[Period], ends: list[date]) -> None:
        """Revenue of ``periods`` and receivables at ``ends`` from one pass per table.

        Each figure is a CASE bucket of the same scan of invoices, credit notes and payments,
        instead of a scan per period; the results are kept on the session for ``_revenue``
        and ``_receivables`` (one session = one request).
        """
        cur = self._currency(s)
        ends = list(dict.fromkeys(ends))
        zero = literal(0)

        def sums(expr_of: Any, conds: list[Any]) -> list[Any]:
            return [func.coalesce(func.sum(case((c, expr_of), else_=zero)), 0) for c in conds]

        n, m = len(periods), len(ends)
        inv = _in_base(
            s,
            select(
                *_INV_FX,
                func.count(),
                *sums(
                    Invoice.subtotal_minor,
                    [Invoice.issued_on.between(q.start, q.end) for q in periods],
                ),
                *sums(Invoice.total_minor, [Invoice.issued_on <= e for e in ends]),
            )
            .where(_sent_invoice(cur))
            .group_by(*_INV_FX),
            cur,
            n + m,
        )
        cn = _in_base(
            s,
            select(
                *_INV_FX,
                func.count(),
                *sums(
                    CreditNote.amount_minor,
                    [CreditNote.issued_on.between(q.start, q.end) for q in periods],
                ),
                *sums(
                    CreditNote.amount_minor,
                    [and_(Invoice.issued_on <= e, CreditNote.issued_on <= e) for e in ends],
                ),
            )
            .join(Invoice, Invoice.id == CreditNote.invoice_id)
            .where(_sent_invoice(cur))
            .group_by(*_INV_FX),
            cur,
            n + m,
        )
        # Receivables are carried at the invoice's rate: payments reduce them at that rate.
        paid = _in_base(
            s,
            select(
                *_INV_FX,
                func.count(),
                *sums(
                    Payment.amount_minor,
                    [and_(Invoice.issued_on <= e, Payment.received_on <= e) for e in ends],
                ),
            )
            .join(Invoice, Invoice.id == Payment.invoice_id)
            .where(_sent_invoice(cur))
            .group_by(*_INV_FX),
            cur,
            m,
        )
        s.info["kpi_revenue"] = {
            (q.start, q.end): Money(int(inv[k]) - int(cn[k]), cur) for k, q in enumerate(periods)
        }
        s.info["kpi_receivables"] = {
            e: Money(int(inv[n + j]) - int(paid[j]) - int(cn[n + j]), cur)
            for j, e in enumerate(ends)
        }

    def _revenue(self, s: Session, p: Period) -> Money:
        known = s.info.get("kpi_revenue", {}).get((p.start, p.end))
        if known is not None:
            return known
        cur = self._currency(s)
        (invoiced,) = _in_base(
            s,
            select(*_INV_FX, func.count(), func.sum(Invoice.subtotal_minor))
            .where(_sent_invoice(cur), Invoice.issued_on.between(p.start, p.end))
            .group_by(*_INV_FX),
            cur,
            1,
        )
        (credited,) = _in_base(
            s,
            select(*_INV_FX, func.count(), func.sum(CreditNote.amount_minor))
            .join(Invoice, Invoice.id == CreditNote.invoice_id)
            .where(_sent_invoice(cur), CreditNote.issued_on.between(p.start, p.end))
            .group_by(*_INV_FX),
            cur,
            1,
        )
        return Money(invoiced - credited, cur)

    @staticmethod
    def _labour_cost(s: Session, start: date, end: date) -> int:
        total = s.execute(
            _labour_sql("COALESCE(SUM(t.minutes * r.rate), 0)", "t.work_date BETWEEN :a AND :b"),
            {"a": start.isoformat(), "b": end.isoformat()},
        ).scalar_one()
        return _div_round(int(total), 60)

    @staticmethod
    def _project_expenses(s: Session, start: date, end: date) -> int:
        return int(
            s.execute(
                select(func.coalesce(func.sum(Expense.base_amount_minor), 0)).where(
                    Expense.project_id.is_not(None), Expense.spent_on.between(start, end)
                )
            ).scalar_one()
        )

    def _receivables(self, s: Session, end: date) -> Money:
        """Σ (total − paid − credited) over sent invoices, summed as three plain aggregates.

        The sum is linear, so it needs no per-invoice subqueries: totals, then the payments
        and credit notes of those invoices, each joined once.
        """
        known = s.info.get("kpi_receivables", {}).get(end)
        if known is not None:
            return known
        cur = self._currency(s)
        scope = (_sent_invoice(cur), Invoice.issued_on <= end)
        (total,) = _in_base(
            s,
            select(*_INV_FX, func.count(), func.sum(Invoice.total_minor))
            .where(*scope)
            .group_by(*_INV_FX),
            cur,
            1,
        )
        (paid,) = _in_base(
            s,
            select(*_INV_FX, func.count(), func.sum(Payment.amount_minor))
            .join(Invoice, Invoice.id == Payment.invoice_id)
            .where(*scope, Payment.received_on <= end)
            .group_by(*_INV_FX),
            cur,
            1,
        )
        (credited,) = _in_base(
            s,
            select(*_INV_FX, func.count(), func.sum(CreditNote.amount_minor))
            .join(Invoice, Invoice.id == CreditNote.invoice_id)
            .where(*scope, CreditNote.issued_on <= end)
            .group_by(*_INV_FX),
            cur,
            1,
        )
        return Money(total - paid - credited, cur)

    @staticmethod
    def _on_time(s: Session, p: Period) -> Decimal | None:
        proj = s.execute(
            select(
                func.count(Project.id),
                func.coalesce(
                    func.sum(case((Project.delivered_on <= Project.due_on, 1), else_=0)), 0
                ),
            ).where(Project.delivered_on.between(p.start, p.end), Project.due_on.is_not(None))
        ).one()
        ms = s.execute(
            select(
                func.count(Milestone.id),
                func.coalesce(
                    func.sum(case((Milestone.done_on <= Milestone.due_on, 1), else_=0)), 0
                ),
            ).where(Milestone.done_on.between(p.start, p.end), Milestone.due_on.is_not(None))
        ).one()
        return _pct(int(proj[1]) + int(ms[1]), int(proj[0]) + int(ms[0]))

    @staticmethod
    def _budget_rows_stmt(p: Period) -> Any:
        budget = (
            select(func.coalesce(func.sum(ProjectBudgetLine.amount_minor), 0))
            .join(ProjectBudgetRevision, ProjectBudgetRevision.id == ProjectBudgetLine.revision_id)
            .where(
                ProjectBudgetRevision.project_id == Project.id,
                ProjectBudgetRevision.is_current.is_(True),
            )
            .scalar_subquery()
        )
        labour = (
            select(func.coalesce(func.sum(_labour_minutes_minor()), 0))
            .where(TimeEntry.project_id == Project.id, TimeEntry.work_date <= p.end)
            .scalar_subquery()
        )
        expenses = (
            select(func.coalesce(func.sum(Expense.base_amount_minor), 0))
            .where(Expense.project_id == Project.id, Expense.spent_on <= p.end)
            .scalar_subquery()
        )
        active = or_(
            select(TimeEntry.id)
            .where(TimeEntry.project_id == Project.id, TimeEntry.work_date.between(p.start, p.end))
            .exists(),
            select(Expense.id)
            .where(Expense.project_id == Project.id, Expense.spent_on.between(p.start, p.end))
            .exists(),
        )
        has_budget = (
            select(ProjectBudgetRevision.id)
            .where(
                ProjectBudgetRevision.project_id == Project.id,
                ProjectBudgetRevision.is_current.is_(True),
            )
            .exists()
        )
        # Labour is in minute-minor units: compare budget × 60 to stay exact in integers.
        actual60 = labour + expenses * 60
        return (
            select(Project.id, Project.code, budget, labour, expenses, actual60 <= budget * 60)
            .where(has_budget, active)
            .order_by(Project.code)
        )

    @staticmethod
    def _budget_control_many(
        s: Session, periods: list[Period]
    ) -> dict[tuple[date, date], Decimal | None]:
        """Budget control rate of several periods from one scan of the time entries.

        Same definition as ``_budget_rows_stmt`` (the drill-down): projects with a current
        budget and work (time or expense) in the period; within budget when labour cost plus
        expenses up to the period end stay at or below the budget. Only the periods' projects
        are read, and each project's cumulative labour is bucketed by period end in one pass.
        """
        budgets: dict[int, int] = {
            int(pid): int(amount)
            for pid, amount in s.execute(
                select(
                    ProjectBudgetRevision.project_id,
                    func.coalesce(func.sum(ProjectBudgetLine.amount_minor), 0),
                )
                .outerjoin(
                    ProjectBudgetLine, ProjectBudgetLine.revision_id == ProjectBudgetRevision.id
                )
                .where(ProjectBudgetRevision.is_current.is_(True))
                .group_by(ProjectBudgetRevision.project_id)
            ).all()
        }
        active: list[set[int]] = []
        for p in periods:
            # The (project_id, work_date) index covers this: no table rows are read.
            worked = s.execute(
                text(
                    "SELECT DISTINCT project_id FROM time_entries "
                    "INDEXED BY ix_time_entries_project_date "
                    "WHERE work_date BETWEEN :a AND :b AND project_id IS NOT NULL"
                ),
                {"a": p.start.isoformat(), "b": p.end.isoformat()},
            ).scalars()
            spent = s.execute(
                select(Expense.project_id)
                .distinct()
                .where(Expense.project_id.is_not(None), Expense.spent_on.between(p.start, p.end))
            ).scalars()
            active.append({int(x) for x in (*worked, *spent)} & budgets.keys())
        wanted = sorted(set().union(*active))
        ends = [p.end.isoformat() for p in periods]
        params: dict[str, Any] = {f"e{k}": e for k, e in enumerate(ends)}
        params.update(ids=json.dumps(wanted), last=max(ends))
        buckets = ", ".join(
            f"SUM(CASE WHEN t.work_date <= :e{k} THEN t.minutes * r.rate ELSE 0 END)"
            for k in range(len(periods))
        )
        labour = {
            int(row[0]): [int(v or 0) for v in row[1:]]
            for row in s.execute(
                _labour_sql(
                    f"t.project_id, {buckets}",
                    "t.work_date <= :last AND t.project_id IN (SELECT value FROM json_each(:ids))",
                    "GROUP BY t.project_id",
                ),
                params,
            )
        }
        x_buckets = ", ".join(
            f"SUM(CASE WHEN spent_on <= :e{k} THEN base_amount_minor ELSE 0 END)"
            for k in range(len(periods))
        )
        expenses = {
            int(row[0]): [int(v or 0) for v in row[1:]]
            for row in s.execute(
                text(
                    f"SELECT project_id, {x_buckets} FROM expenses WHERE spent_on <= :last "
                    "AND project_id IN (SELECT value FROM json_each(:ids)) GROUP BY project_id"
                ),
                params,
            )
        }
        zero = [0] * len(periods)
        out: dict[tuple[date, date], Decimal | None] = {}
        for k, p in enumerate(periods):
            # Labour is in minute-minor units: compare budget × 60 to stay exact in integers.
            within = sum(
                1
                for pid in active[k]
                if labour.get(pid, zero)[k] + 60 * expenses.get(pid, zero)[k] <= 60 * budgets[pid]
            )
            out[(p.start, p.end)] = _pct(within, len(active[k]))
        return out

    def _capacity(self, s: Session, p: Period, group: str) -> dict[str, int]:
        country = s.execute(select(Studio.country).where(Studio.id == 1)).scalar() or "CN"
        sql = text(_CAPACITY_SQL.replace("{group}", group))
        rows = s.execute(
            sql, {"start": p.start.isoformat(), "end": p.end.isoformat(), "country": country}
        )
        return {str(k): int(v or 0) for k, v in rows}

    @staticmethod
    def _has_work(start: date, end: date) -> Any:
        """Correlated with Client: time logged on its projects or an invoice sent, in the range.

        EXISTS per client walks the (client, ...) and (project, date) indexes; a UNION of all
        the period's time entries would sort hundreds of thousands of rows instead.
        """
        time_work = (
            select(TimeEntry.id)
            .join(Project, Project.id == TimeEntry.project_id)
            .where(Project.client_id == Client.id, TimeEntry.work_date.between(start, end))
            .exists()
        )
        invoiced = (
            select(Invoice.id)
            .where(
                Invoice.client_id == Client.id,
                Invoice.state == InvoiceState.SENT,
                Invoice.issued_on.between(start, end),
            )
            .exists()
        )
        return or_(time_work, invoiced)

    @staticmethod
    def _open_deal(end: date) -> tuple[Any, ...]:
        end_ts = datetime.combine(end + timedelta(days=1), time(), tzinfo=UTC)
        return (
            Deal.stage.not_in(_OPEN_DEALS),
            func.date(Deal.created_at) <= end.isoformat(),
            or_(Deal.closed_at.is_(None), Deal.closed_at >= end_ts),
        )

    @staticmethod
    def _open_high_risk(end: date) -> tuple[Any, ...]:
        end_ts = datetime.combine(end + timedelta(days=1), time(), tzinfo=UTC)
        return (
            Risk.probability * Risk.impact >= HIGH_RISK_SCORE,
            func.date(Risk.created_at) <= end.isoformat(),
            or_(
                Risk.status != RiskStatus.CLOSED,
                and_(Risk.closed_at.is_not(None), Risk.closed_at >= end_ts),
            ),
        )

    # -- drill-down rows ----------------------------------------------------------------
    def rows(self, code: str, period: Period, limit: int = 500) -> KpiRows:
        """The rows behind a KPI for ``period`` (at most ``limit``), as module pages show them."""
        p = period
        with self._uow.read() as s:
            cur = self._currency(s)

            def money(v: Any, currency: str | None = None, rate: Any = None) -> Money:
                """A row's amount in the base currency (foreign rows at their own rate)."""
                return Money(to_base(int(v or 0), currency or cur, rate, cur) or 0, cur)

            if code in ("revenue", "revenue_growth", "gross_margin"):
                inv = s.execute(
                    select(
                        Invoice.number,
                        Client.name,
                        Invoice.issued_on,
                        Invoice.subtotal_minor,
                        *_INV_FX,
                    )
                    .join(Client, Client.id == Invoice.client_id)
                    .where(_sent_invoice(cur), Invoice.issued_on.between(p.start, p.end))
                    .order_by(Invoice.issued_on, Invoice.number)
                    .limit(limit)
                ).all()
                cn = s.execute(
                    select(
                        CreditNote.number,
                        Client.name,
                        CreditNote.issued_on,
                        -CreditNote.amount_minor,
                        *_INV_FX,
                    )
                    .join(Invoice, Invoice.id == CreditNote.invoice_id)
                    .join(Client, Client.id == Invoice.client_id)
                    .where(_sent_invoice(cur), CreditNote.issued_on.between(p.start, p.end))
                    .limit(limit)
                ).all()
                rows = [(r[0], r[1], r[2], money(r[3], r[4], r[5])) for r in [*inv, *cn]]
                if code == "gross_margin":
                    rows.append(
                        ("—", "Labour cost", p.end, money(-self._labour_cost(s, p.start, p.end)))
                    )
                    rows.append(
                        (
                            "—",
                            "Project expenses",
                            p.end,
                            money(-self._project_expenses(s, p.start, p.end)),
                        )
                    )
                return KpiRows(
                    ("number", "client", "date", "amount"),
                    ("text", "text", "date", "money"),
                    tuple(rows),
                )
            if code == "net_cash":
                pay = s.execute(
                    select(
                        Payment.received_on,
                        Invoice.number,
                        Payment.amount_minor,
                        Payment.currency,
                        Payment.fx_rate,
                    )
                    .join(Invoice, Invoice.id == Payment.invoice_id)
                    .where(Payment.received_on.between(p.start, p.end), known_rate(Payment, cur))
                    .order_by(Payment.received_on)
                    .limit(limit)
                ).all()
                exp = s.execute(
                    select(Expense.spent_on, Expense.vendor, -Expense.base_amount_minor)
                    .where(Expense.spent_on.between(p.start, p.end))
                    .order_by(Expense.spent_on)
                    .limit(limit)
                ).all()
                return KpiRows(
                    ("date", "what", "amount"),
                    ("date", "text", "money"),
                    tuple(
                        (r[0], r[1], money(r[2], *r[3:5]))
                        for r in [*pay, *((*e, cur, None) for e in exp)]
                    ),
                )
            if code in ("receivables", "dso"):
                out = invoice_outstanding_as_of(p.end)
                rows_ = s.execute(
                    select(
                        Invoice.number,
                        Client.name,
                        Invoice.issued_on,
                        Invoice.due_on,
                        out,
                        *_INV_FX,
                    )
                    .join(Client, Client.id == Invoice.client_id)
                    .where(_sent_invoice(cur), Invoice.issued_on <= p.end, out > 0)
                    .order_by(Invoice.due_on)
                    .limit(limit)
                ).all()
                return KpiRows(
                    ("number", "client", "issued", "due", "outstanding"),
                    ("text", "text", "date", "date", "money"),
                    tuple((r[0], r[1], r[2], r[3], money(r[4], r[5], r[6])) for r in rows_),
                )
            if code == "on_time":
                proj = s.execute(
                    select(Project.code, literal("project"), Project.due_on, Project.delivered_on)
                    .where(
                        Project.delivered_on.between(p.start, p.end), Project.due_on.is_not(None)
                    )
                    .limit(limit)
                ).all()
                ms = s.execute(
                    select(
                        Project.code + literal(" · ") + Milestone.name,
                        literal("milestone"),
                        Milestone.due_on,
                        Milestone.done_on,
                    )
                    .join(Project, Project.id == Milestone.project_id)
                    .where(Milestone.done_on.between(p.start, p.end), Milestone.due_on.is_not(None))
                    .limit(limit)
                ).all()
                return KpiRows(
                    ("name", "kind", "due", "done", "on_time"),
                    ("text", "text", "date", "date", "bool"),
                    # Both queries keep only rows with a due date and a done date.
                    tuple(
                        (
                            r[0],
                            r[1],
                            r[2],
                            r[3],
                            r[3] is not None and r[2] is not None and r[3] <= r[2],
                        )
                        for r in [*proj, *ms]
                    ),
                )
            if code == "budget_control":
                rows_ = s.execute(self._budget_rows_stmt(p).limit(limit)).all()
                return KpiRows(
                    ("project", "budget", "actual", "within"),
                    ("text", "money", "money", "bool"),
                    tuple(
                        (
                            r[1],
                            money(r[2]),
                            money(_div_round(int(r[3]), 60) + int(r[4])),
                            bool(r[5]),
                        )
                        for r in rows_
                    ),
                )
            if code in ("utilisation", "billable"):
                cap = self._capacity(s, p, "pd.person_id")
                logged = s.execute(
                    select(
                        Person.id,
                        Person.name,
                        func.coalesce(func.sum(TimeEntry.minutes), 0),
                        func.coalesce(
                            func.sum(
                                case((TimeEntry.billable.is_(True), TimeEntry.minutes), else_=0)
                            ),
                            0,
                        ),
                    )
                    .outerjoin(
                        TimeEntry,
                        and_(
                            TimeEntry.person_id == Person.id,
                            TimeEntry.work_date.between(p.start, p.end),
                        ),
                    )
                    .where(Person.is_placeholder.is_(False))
                    .group_by(Person.id, Person.name)
                    .order_by(Person.name)
                ).all()
                return KpiRows(
                    ("person", "capacity", "logged", "billable", "utilisation"),
                    ("text", "hours", "hours", "hours", "percent"),
                    tuple(
                        (
                            r[1],
                            Decimal(cap.get(str(r[0]), 0)) / 60,
                            Decimal(int(r[2])) / 60,
                            Decimal(int(r[3])) / 60,
                            _pct(int(r[2]), cap.get(str(r[0]), 0)),
                        )
                        for r in logged
                        if cap.get(str(r[0]), 0) or r[2]
                    ),
                )
            if code == "new_clients":
                rows_ = s.execute(
                    select(Client.name, func.date(Client.created_at))
                    .where(
                        func.date(Client.created_at).between(
                            p.start.isoformat(), p.end.isoformat()
                        ),
                        Client.merged_into_id.is_(None),
                    )
                    .order_by(Client.created_at)
                    .limit(limit)
                ).all()
                return KpiRows(
                    ("client", "created"),
                    ("text", "date"),
                    tuple((r[0], date.fromisoformat(r[1])) for r in rows_),
                )
            if code == "retention":
                ly = p.last_year()
                rows_ = s.execute(
                    select(Client.name, self._has_work(p.start, p.end))
                    .where(self._has_work(ly.start, ly.end))
                    .order_by(Client.name)
                    .limit(limit)
                ).all()
                return KpiRows(
                    ("client", "retained"),
                    ("text", "bool"),
                    tuple((r[0], bool(r[1])) for r in rows_),
                )
            if code == "satisfaction":
                rows_ = s.execute(
                    select(Project.code, Project.name, Project.delivered_on, Project.satisfaction)
                    .where(
                        Project.delivered_on.between(p.start, p.end),
                        Project.satisfaction.is_not(None),
                    )
                    .order_by(Project.delivered_on)
                    .limit(limit)
                ).all()
                return KpiRows(
                    ("project", "name", "delivered", "rating"),
                    ("text", "text", "date", "int"),
                    tuple(tuple(r) for r in rows_),
                )
            if code == "pipeline":
                rows_ = s.execute(
                    select(Deal.title, Client.name, Deal.stage, Deal.value_minor, Deal.probability)
                    .join(Client, Client.id == Deal.client_id)
                    .where(*self._open_deal(p.end), Deal.currency == cur)
                    .order_by((Deal.value_minor * Deal.probability).desc())
                    .limit(limit)
                ).all()
                return KpiRows(
                    ("deal", "client", "stage", "value", "probability", "weighted"),
                    ("text", "text", "text", "money", "int", "money"),
                    tuple(
                        (
                            r[0],
                            r[1],
                            str(r[2]),
                            money(r[3]),
                            int(r[4]),
                            money(_div_round(int(r[3]) * int(r[4]), 100)),
                        )
                        for r in rows_
                    ),
                )
            if code == "high_risks":
                rows_ = s.execute(
                    select(
                        Risk.title,
                        Project.code,
                        Risk.probability,
                        Risk.impact,
                        Risk.probability * Risk.impact,
                    )
                    .outerjoin(Project, Project.id == Risk.project_id)
                    .where(*self._open_high_risk(p.end))
                    .order_by((Risk.probability * Risk.impact).desc())
                    .limit(limit)
                ).all()
                return KpiRows(
                    ("risk", "project", "probability", "impact", "score"),
                    ("text", "text", "int", "int", "int"),
                    tuple(tuple(r) for r in rows_),
                )
        raise ValidationError("code", "Unknown indicator.")

    # -- chart series -------------------------------------------------------------------
    def months(self, period: Period, today: date | None = None) -> list[MonthPoint]:
        """Revenue, direct cost and utilisation for each month the period touches.

        Months that start after ``today`` have no utilisation yet (not 0 %).
        """
        today = today or date.today()
        with self._uow.read() as s:
            cur = self._currency(s)
            ym_inv = func.strftime("%Y-%m", Invoice.issued_on)
            rev: dict[Any, Any] = {}
            # Per month and (currency, rate), each group converted once to the base currency.
            for k, c, r, v in s.execute(
                select(ym_inv, *_INV_FX, func.sum(Invoice.subtotal_minor))
                .where(_sent_invoice(cur), Invoice.issued_on.between(period.start, period.end))
                .group_by(ym_inv, *_INV_FX)
            ).all():
                rev[k] = rev.get(k, 0) + (to_base(int(v), c, r, cur) or 0)
            ym_cn = func.strftime("%Y-%m", CreditNote.issued_on)
            for k, c, r, v in s.execute(
                select(ym_cn, *_INV_FX, func.sum(CreditNote.amount_minor))
                .join(Invoice, Invoice.id == CreditNote.invoice_id)
                .where(_sent_invoice(cur), CreditNote.issued_on.between(period.start, period.end))
                .group_by(ym_cn, *_INV_FX)
            ).all():
                rev[k] = rev.get(k, 0) - (to_base(int(v), c, r, cur) or 0)
            ym_te = func.strftime("%Y-%m", TimeEntry.work_date)
            labour = {
                str(k): int(v or 0)
                for k, v in s.execute(
                    _labour_sql(
                        "strftime('%Y-%m', t.work_date) AS ym, SUM(t.minutes * r.rate)",
                        "t.work_date BETWEEN :a AND :b",
                        "GROUP BY ym",
                    ),
                    {"a": period.start.isoformat(), "b": period.end.isoformat()},
                )
            }
            logged: dict[Any, Any] = dict(
                s.execute(
                    select(ym_te, func.sum(TimeEntry.minutes))
                    .join(Person, Person.id == TimeEntry.person_id)
                    .where(
                        TimeEntry.work_date.between(period.start, period.end),
                        Person.is_placeholder.is_(False),
                    )
                    .group_by(ym_te)
                ).all()
            )
            ym_ex = func.strftime("%Y-%m", Expense.spent_on)
            expenses: dict[Any, Any] = dict(
                s.execute(
                    select(ym_ex, func.sum(Expense.base_amount_minor))
                    .where(
                        Expense.project_id.is_not(None),
                        Expense.spent_on.between(period.start, period.end),
                    )
                    .group_by(ym_ex)
                ).all()
            )
            capacity = self._capacity(s, period, "pd.ym")
        out = []
        for y, m in period.months():
            k = f"{y}-{m:02d}"
            cost = _div_round(int(labour.get(k) or 0), 60) + int(expenses.get(k) or 0)
            out.append(
                MonthPoint(
                    y,
                    m,
                    Money(int(rev.get(k) or 0), cur),
                    Money(cost, cur),
                    None
                    if date(y, m, 1) > today
                    else _pct(int(logged.get(k) or 0), capacity.get(k, 0)),
                )
            )
        return out

    def pipeline_by_stage(self, period: Period) -> list[tuple[str, Money, Money]]:
        """(stage, value, weighted value) of the deals open at the period end."""
        with self._uow.read() as s:
            cur = self._currency(s)
            rows = dict(
                (str(r[0]), (int(r[1]), int(r[2])))
                for r in s.execute(
                    select(
                        Deal.stage,
                        func.sum(Deal.value_minor),
                        func.sum(Deal.value_minor * Deal.probability),
                    )
                    .where(*self._open_deal(period.end), Deal.currency == cur)
                    .group_by(Deal.stage)
                ).all()
            )
        return [
            (
                st.value,
                Money(rows.get(st.value, (0, 0))[0], cur),
                Money(_div_round(rows.get(st.value, (0, 0))[1], 100), cur),
            )
            for st in DealStage
            if st not in _OPEN_DEALS
        ]
