"""The studio's books from its invoices: receivables aging, cash book, and explainable margins."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, func, literal, select, text
from sqlalchemy.orm import Session

from models.entities import (
    Client,
    CreditNote,
    Expense,
    ExpenseCategory,
    Invoice,
    Payment,
    Person,
    Project,
    Studio,
    TimeEntry,
)
from models.enums import InvoiceState
from models.errors import NotFound, ValidationError
from models.money import format_minor
from models.services.base import UnitOfWork
from models.services.finance_time import cost_rate_at, entry_cost
from models.services.fx import BaseSums, convert_groups, known_rate, to_base

MAX_EXPLAIN_ROWS = 5000
BUCKETS = ("not_due", "d0_30", "d31_60", "d61_90", "d90_plus")


# --- receivables aging -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AgingRow:
    client_id: int
    client_name: str
    currency: str
    not_due: int
    d0_30: int  # 1 to 30 days past due ("0-30": due today counts as not yet due)
    d31_60: int
    d61_90: int
    d90_plus: int
    invoices: int

    @property
    def total(self) -> int:
        return self.not_due + self.d0_30 + self.d31_60 + self.d61_90 + self.d90_plus


# The one aging query: payments and credits aggregated once (as of the day), then bucketed.
# Kept as SQL text so the benchmark can time the identical aggregation without the service.
_AGING_OPEN = """
WITH paid AS (
    SELECT invoice_id, SUM(amount_minor) AS s FROM payments
    WHERE received_on <= :as_of GROUP BY invoice_id
), credited AS (
    SELECT invoice_id, SUM(amount_minor) AS s FROM credit_notes
    WHERE issued_on <= :as_of GROUP BY invoice_id
), open AS (
    SELECT i.client_id, i.currency, i.fx_rate,
           CAST(julianday(:as_of) - julianday(i.due_on) AS INTEGER) AS late,
           i.total_minor - COALESCE(p.s, 0) - COALESCE(c.s, 0) AS owed
    FROM invoices AS i
    LEFT JOIN paid AS p ON p.invoice_id = i.id
    LEFT JOIN credited AS c ON c.invoice_id = i.id
    WHERE i.state = 'sent' AND i.issued_on <= :as_of
)"""
_BUCKET_SUMS = """
       SUM(CASE WHEN late <= 0 THEN owed ELSE 0 END),
       SUM(CASE WHEN late BETWEEN 1 AND 30 THEN owed ELSE 0 END),
       SUM(CASE WHEN late BETWEEN 31 AND 60 THEN owed ELSE 0 END),
       SUM(CASE WHEN late BETWEEN 61 AND 90 THEN owed ELSE 0 END),
       SUM(CASE WHEN late > 90 THEN owed ELSE 0 END)"""
AGING_SQL = f"""{_AGING_OPEN}
SELECT o.client_id, cl.name, o.currency,{_BUCKET_SUMS},
       COUNT(*)
FROM open AS o JOIN clients AS cl ON cl.id = o.client_id
WHERE o.owed > 0
GROUP BY o.client_id, o.currency
ORDER BY SUM(o.owed) DESC, cl.name
"""
# Every client's receivables in the base currency: the same buckets per (currency, rate),
# each group converted once at the invoices' rate (receivables are carried at that rate).
AGING_BASE_SQL = f"""{_AGING_OPEN}
SELECT o.currency, o.fx_rate, COUNT(*),{_BUCKET_SUMS}
FROM open AS o WHERE o.owed > 0
GROUP BY o.currency, o.fx_rate
"""


@dataclass(frozen=True, slots=True)
class AgingTotal:
    """All clients' receivables in the base currency, per bucket."""

    currency: str
    buckets: tuple[int, int, int, int, int]  # not due, 1-30, 31-60, 61-90, 90+
    missing_rates: int  # open foreign invoices left out: no exchange rate yet
    missing_currencies: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return sum(self.buckets)


# --- cash book -------------------------------------------------------------------------------
class Basis(StrEnum):
    CASH = "cash"  # money received and paid out
    ACCRUAL = "accrual"  # invoices issued (less credit notes) and expenses incurred


@dataclass(frozen=True, slots=True)
class CashRow:
    on: date
    kind: str  # "payment", "invoice", "credit_note", "expense"
    id: int
    reference: str
    party: str
    amount_minor: int  # + money in, - money out
    balance_minor: int  # running balance after this row (from the first row ever)


@dataclass(frozen=True, slots=True)
class CashSummary:
    currency: str
    opening_minor: int
    money_in_minor: int
    money_out_minor: int
    closing_minor: int


@dataclass(frozen=True, slots=True)
class CashTotalsInBase:
    """Every currency's book summed in the base currency (see ``cash_summary_base``)."""

    summary: CashSummary
    missing_rates: int  # foreign payments/invoices left out: no exchange rate
    missing_currencies: tuple[str, ...] = ()


def _moves_sql(basis: Basis, *, period: str = "") -> str:
    """(on_date, ord, kind, id, amount) of every move; names are joined later, per page only.

    ``period`` "in" (start..end) or "before" (< start) filters inside each branch, so the date
    indexes answer it; "" means every move.
    """
    period = {
        "": "",
        "in": " AND {col} BETWEEN :start AND :end",
        "before": " AND {col} < :start",
    }[period]
    # Expenses are stored in the base currency (base_amount_minor): they join the base book only.
    expenses = (
        "SELECT e.spent_on AS on_date, 3 AS ord, 'expense' AS kind, e.id AS id, "
        "-e.base_amount_minor AS amount FROM expenses AS e WHERE :currency = :base"
        + period.format(col="e.spent_on")
    )
    if basis is Basis.CASH:
        money_in = (
            "SELECT p.received_on AS on_date, 1 AS ord, 'payment' AS kind, p.id AS id, "
            "p.amount_minor AS amount FROM payments AS p WHERE p.currency = :currency"
            + period.format(col="p.received_on")
        )
    else:
        money_in = (
            "SELECT i.issued_on AS on_date, 1 AS ord, 'invoice' AS kind, i.id AS id, "
            "i.total_minor AS amount FROM invoices AS i "
            "WHERE i.state = 'sent' AND i.currency = :currency"
            + period.format(col="i.issued_on")
            + " UNION ALL "
            "SELECT n.issued_on, 2, 'credit_note', n.id, -n.amount_minor "
            "FROM credit_notes AS n JOIN invoices AS i ON i.id = n.invoice_id "
            "WHERE i.state = 'sent' AND n.currency = :currency" + period.format(col="n.issued_on")
        )
    return f"{money_in} UNION ALL {expenses}"


def cash_book_sql(basis: Basis) -> str:
    """One page of the period with its running balance: the balance before the period plus a
    window over the period's moves; only then the numbers and names of that page's rows."""
    return (
        f"WITH moves AS ({_moves_sql(basis, period='in')}), ledger AS ("
        "SELECT on_date, ord, kind, id, amount, "
        f"(SELECT COALESCE(SUM(amount), 0) FROM ({_moves_sql(basis, period='before')})) "
        "+ SUM(amount) OVER (ORDER BY on_date, ord, id ROWS UNBOUNDED PRECEDING) AS balance "
        "FROM moves), page AS ("
        "SELECT * FROM ledger ORDER BY on_date, ord, id LIMIT :limit OFFSET :offset) "
        "SELECT g.on_date, g.kind, g.id, "
        "COALESCE(CASE g.kind WHEN 'credit_note' THEN n.number ELSE i.number END, ''), "
        "COALESCE(c.name, e.vendor, ''), g.amount, g.balance "
        "FROM page AS g "
        "LEFT JOIN payments AS p ON g.kind = 'payment' AND p.id = g.id "
        "LEFT JOIN credit_notes AS n ON g.kind = 'credit_note' AND n.id = g.id "
        "LEFT JOIN invoices AS i ON i.id = CASE g.kind WHEN 'payment' THEN p.invoice_id "
        "WHEN 'invoice' THEN g.id WHEN 'credit_note' THEN n.invoice_id END "
        "LEFT JOIN clients AS c ON c.id = i.client_id "
        "LEFT JOIN expenses AS e ON g.kind = 'expense' AND e.id = g.id "
        "ORDER BY g.on_date, g.ord, g.id"
    )


# --- margins ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SourceRow:
    """One row a figure was summed from."""

    kind: str  # "invoice", "payment", "time_entry", "expense", "figure"
    id: int
    on: date | None
    reference: str
    text: str
    amount_minor: int


@dataclass(frozen=True, slots=True)
class Explained:
    """A figure, its formula in words, and the rows it was summed from."""

    value: int | Decimal | None
    formula: str
    rows: tuple[SourceRow, ...]
    currency: str = ""
    total_rows: int = 0  # rows behind the figure (rows holds at most MAX_EXPLAIN_ROWS)


class Figure(StrEnum):
    INVOICED = "invoiced"
    RECEIVED = "received"
    LABOUR = "labour"
    EXPENSES = "expenses"
    COST = "cost"
    MARGIN_INVOICED = "margin_invoiced"
    MARGIN_EARNED = "margin_earned"


@dataclass(frozen=True, slots=True)
class MarginRow:
    project_id: int | None  # None: the whole studio
    code: str
    name: str
    currency: str  # the project's billing currency
    invoiced_minor: int  # net of tax and credit notes
    received_minor: int  # net of tax
    labour_minor: int
    expenses_minor: int
    comparable: bool  # False while some revenue has no exchange rate to the base currency
    base_currency: str = ""  # the currency of labour, expenses and cost
    # Revenue in the base currency (each invoice at its own rate); equal to invoiced_minor
    # and received_minor when the project bills in the base currency.
    invoiced_base_minor: int = 0
    received_base_minor: int = 0
    missing_rates: int = 0  # sent invoices in a foreign currency without a rate
    missing_currencies: tuple[str, ...] = ()

    @property
    def cost_minor(self) -> int:
        return self.labour_minor + self.expenses_minor

    @property
    def margin_invoiced(self) -> Decimal | None:
        return margin_pct(self.invoiced_base_minor, self.cost_minor) if self.comparable else None

    @property
    def margin_earned(self) -> Decimal | None:
        return margin_pct(self.received_base_minor, self.cost_minor) if self.comparable else None


def margin_pct(revenue_minor: int, cost_minor: int) -> Decimal | None:
    """Gross margin = (revenue - cost) / revenue in percent, to 0.1 half-up; None if no revenue."""
    if revenue_minor <= 0:
        return None
    pct = Decimal(revenue_minor - cost_minor) * 100 / Decimal(revenue_minor)
    return pct.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _share(part: Any, subtotal: Any, total: Any) -> Any:
    """part x subtotal / total in integers, half-up (tax-free share of a payment or credit)."""
    return case(
        (total > 0, (part * subtotal * 2 + total) // (total * 2)),
        else_=literal(0),
    )


def _paid_sum() -> Any:
    q = select(func.coalesce(func.sum(Payment.amount_minor), 0)).where(
        Payment.invoice_id == Invoice.id
    )
    return q.scalar_subquery()


def _credit_sum() -> Any:
    return (
        select(func.coalesce(func.sum(CreditNote.amount_minor), 0))
        .where(CreditNote.invoice_id == Invoice.id)
        .scalar_subquery()
    )


def _invoice_net() -> Any:
    """Revenue an invoice states: its subtotal less the tax-free share of its credit notes."""
    return Invoice.subtotal_minor - _share(
        _credit_sum(), Invoice.subtotal_minor, Invoice.total_minor
    )


def _invoice_received() -> Any:
    """Revenue received on an invoice: the tax-free share of its payments."""
    return _share(_paid_sum(), Invoice.subtotal_minor, Invoice.total_minor)


FORMULAS: dict[Figure, str] = {
    Figure.INVOICED: (
        "Revenue invoiced = for each sent invoice, its subtotal (without tax) minus the tax-free "
        "share of its credit notes (credit x subtotal / total, rounded half-up per invoice); "
        "drafts and void invoices count nothing."
    ),
    Figure.RECEIVED: (
        "Revenue earned = the payments received, each invoice's sum taken without its tax share "
        "(payments x subtotal / total, rounded half-up per invoice)."
    ),
    Figure.LABOUR: (
        "Labour cost = for each time entry, minutes x the person's cost rate valid on the work "
        "date / 60, rounded half-up per entry, then summed."
    ),
    Figure.EXPENSES: (
        "Expenses = the sum of the expenses booked to it, in the base currency, tax included."
    ),
    Figure.COST: "Cost = labour cost + expenses.",
    Figure.MARGIN_INVOICED: (
        "Gross margin (invoiced) = (revenue invoiced - cost) / revenue invoiced x 100%, "
        "to 0.1% half-up; none while nothing is invoiced."
    ),
    Figure.MARGIN_EARNED: (
        "Gross margin (earned) = (revenue earned - cost) / revenue earned x 100%, to 0.1% "
        "half-up; none while nothing is received."
    ),
}
STUDIO_NOTE = (
    " For the studio: every project's figures plus studio overhead (expenses without a "
    "project), in the base currency; foreign invoices at their own exchange rate."
)
FX_NOTE = (
    " Revenue in another currency is put in the base currency at each invoice's exchange rate "
    "(invoice date), summed per currency and rate and rounded once, half-up; payments count "
    "at the invoice's rate here (the cash book uses the payment's rate)."
)
CURRENCY_NOTE = (
    " Some invoices in another currency have no exchange rate to the base currency yet, so no "
    "margin is computed; enter their rate on the invoice."
)


def _revenue_groups(s: Session, *where: Any) -> Any:
    """Sent invoices' revenue grouped by (project, currency, rate): convert each group once."""
    return s.execute(
        select(
            Invoice.project_id,
            Invoice.currency,
            Invoice.fx_rate,
            func.count(),
            func.sum(_invoice_net()),
            func.sum(_invoice_received()),
        )
        .where(Invoice.state == InvoiceState.SENT, *where)
        .group_by(Invoice.project_id, Invoice.currency, Invoice.fx_rate)
    ).all()


def _by_project(rows: Any, base: str) -> dict[int | None, BaseSums]:
    grouped: dict[int | None, list[Any]] = {}
    for pid, *rest in rows:
        grouped.setdefault(pid, []).append(rest)
    return {pid: convert_groups(g, base, 2) for pid, g in grouped.items()}


class InvoiceReportService:
    """Read-only figures over invoices, payments, expenses and time: all aggregated in SQL."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def base_currency(self) -> str:
        with self._uow.read() as s:
            return _base(s)

    def currencies(self) -> list[str]:
        """Currencies with invoices or payments, the base currency first."""
        with self._uow.read() as s:
            base = _base(s)
            found = set(s.scalars(select(Invoice.currency).distinct()))
            return [base, *sorted(found - {base})]

    # --- aging -----------------------------------------------------------------------------
    def aging(self, as_of: date | None = None) -> list[AgingRow]:
        """What each client still owes, by days past due, per currency (open sent invoices)."""
        as_of = as_of or date.today()
        with self._uow.read() as s:
            rows = s.execute(text(AGING_SQL), {"as_of": as_of.isoformat()})
            return [
                AgingRow(int(cid), name, cur, *(int(v or 0) for v in vals))
                for cid, name, cur, *vals in rows
            ]

    def aging_total(self, as_of: date | None = None) -> AgingTotal:
        """Receivables of every currency in the base currency, each invoice at its rate."""
        as_of = as_of or date.today()
        with self._uow.read() as s:
            base = _base(s)
            rows = s.execute(text(AGING_BASE_SQL), {"as_of": as_of.isoformat()})
            conv = convert_groups(
                ((c, _rate(r), n, *v) for c, r, n, *v in rows), base, len(BUCKETS)
            )
            b = conv.values
            return AgingTotal(
                base, (b[0], b[1], b[2], b[3], b[4]), conv.missing, conv.missing_currencies
            )

    # --- cash book ---------------------------------------------------------------------------
    def cash_count(self, currency: str, start: date, end: date, basis: Basis = Basis.CASH) -> int:
        with self._uow.read() as s:
            sql = f"SELECT COUNT(*) FROM ({_moves_sql(Basis(basis), period='in')})"
            return int(s.scalar(text(sql), self._params(s, currency, start, end)) or 0)

    def cash_page(
        self,
        currency: str,
        start: date,
        end: date,
        offset: int,
        limit: int,
        basis: Basis = Basis.CASH,
    ) -> list[CashRow]:
        if limit <= 0 or limit > 1000 or offset < 0:
            raise ValidationError("limit", "Ask for 1 to 1000 rows from offset 0 or more.")
        with self._uow.read() as s:
            params = {**self._params(s, currency, start, end), "limit": limit, "offset": offset}
            rows = s.execute(text(cash_book_sql(Basis(basis))), params)
            return [
                CashRow(date.fromisoformat(d), k, int(i), r or "", p or "", int(a), int(b))
                for d, k, i, r, p, a, b in rows
            ]

    def cash_summary(
        self, currency: str, start: date, end: date, basis: Basis = Basis.CASH
    ) -> CashSummary:
        """Opening balance, money in and out within the period, closing balance."""
        with self._uow.read() as s:
            basis = Basis(basis)
            before = _moves_sql(basis, period="before")
            sql = (
                f"SELECT (SELECT COALESCE(SUM(amount), 0) FROM ({before})), "
                "COALESCE(SUM(CASE WHEN amount > 0 THEN amount END), 0), "
                "COALESCE(SUM(CASE WHEN amount < 0 THEN -amount END), 0) "
                f"FROM ({_moves_sql(basis, period='in')})"
            )
            opening, money_in, money_out = s.execute(
                text(sql), self._params(s, currency, start, end)
            ).one()
            opening, money_in, money_out = int(opening), int(money_in), int(money_out)
            return CashSummary(
                currency.upper(), opening, money_in, money_out, opening + money_in - money_out
            )

    def cash_summary_base(
        self, start: date, end: date, basis: Basis = Basis.CASH
    ) -> CashTotalsInBase:
        """The books of every currency together, in the base currency.

        Cash: each payment at its own rate (the day it arrived). Accrual: each invoice and its
        credit notes at the invoice's rate. Expenses at their booked base amount. Documents in a
        foreign currency without a rate are left out and counted.
        """
        with self._uow.read() as s:
            params = self._params(s, "", start, end)
            base = params["base"]
            split = (
                "COUNT(*), SUM(CASE WHEN {d} < :start THEN {a} ELSE 0 END), "
                "SUM(CASE WHEN {d} >= :start THEN {a} ELSE 0 END)"
            )
            if Basis(basis) is Basis.CASH:
                paid = split.format(d="p.received_on", a="p.amount_minor")
                groups = [
                    f"SELECT p.currency, p.fx_rate, {paid} "
                    "FROM payments AS p WHERE p.received_on <= :end GROUP BY 1, 2"
                ]
            else:
                billed = split.format(d="i.issued_on", a="i.total_minor")
                credited = split.format(d="n.issued_on", a="n.amount_minor")
                groups = [
                    f"SELECT i.currency, i.fx_rate, {billed} "
                    "FROM invoices AS i WHERE i.state = 'sent' AND i.issued_on <= :end "
                    "GROUP BY 1, 2",
                    f"SELECT i.currency, i.fx_rate, {credited} "
                    "FROM credit_notes AS n JOIN invoices AS i ON i.id = n.invoice_id "
                    "WHERE i.state = 'sent' AND n.issued_on <= :end GROUP BY 1, 2",
                ]
            moves = [
                convert_groups(
                    ((c, _rate(r), *rest) for c, r, *rest in s.execute(text(sql), params)), base, 2
                )
                for sql in groups
            ]
            spent = s.execute(
                text(
                    "SELECT "
                    "COALESCE(SUM(CASE WHEN spent_on < :start THEN base_amount_minor END), 0), "
                    "COALESCE(SUM(CASE WHEN spent_on >= :start THEN base_amount_minor END), 0) "
                    "FROM expenses WHERE spent_on <= :end"
                ),
                params,
            ).one()
            money_in = moves[0]
            credits = moves[1] if len(moves) > 1 else BaseSums((0, 0), 0)
            opening = money_in.values[0] - credits.values[0] - int(spent[0])
            got, out = money_in.values[1], credits.values[1] + int(spent[1])
            missing = sorted(set(money_in.missing_currencies) | set(credits.missing_currencies))
            return CashTotalsInBase(
                CashSummary(base, opening, got, out, opening + got - out),
                money_in.missing + credits.missing,
                tuple(missing),
            )

    @staticmethod
    def _params(s: Session, currency: str, start: date, end: date) -> dict[str, Any]:
        if end < start:
            raise ValidationError("end", "The end date is before the start date.")
        return {
            "currency": currency.upper(),
            "base": _base(s),
            "start": start.isoformat(),
            "end": end.isoformat(),
        }

    # --- margins -----------------------------------------------------------------------------
    def project_margins(
        self, *, include_empty: bool = False, project_id: int | None = None
    ) -> list[MarginRow]:
        """Per project (or just ``project_id``): revenue invoiced and earned, labour and
        expenses; all summed in SQL."""
        only_inv = [] if project_id is None else [Invoice.project_id == project_id]
        only_time = [] if project_id is None else [TimeEntry.project_id == project_id]
        only_exp = [] if project_id is None else [Expense.project_id == project_id]
        with self._uow.read() as s:
            base = _base(s)
            # One pass over the invoices, by (project, currency, rate): the project's own sums
            # add the groups up as stored, the base sums convert each group once.
            groups = _revenue_groups(s, Invoice.project_id.is_not(None), *only_inv)
            own: dict[int, tuple[int, int]] = {}
            for pid, _cur, _rate, _n, net, received in groups:
                inv0, rec0 = own.get(int(pid), (0, 0))
                own[int(pid)] = (inv0 + int(net or 0), rec0 + int(received or 0))
            in_base = _by_project(groups, base)
            labour = (
                select(TimeEntry.project_id.label("pid"), func.sum(entry_cost()).label("labour"))
                .where(*only_time)
                .group_by(TimeEntry.project_id)
                .subquery()
            )
            spent = (
                select(
                    Expense.project_id.label("pid"),
                    func.sum(Expense.base_amount_minor).label("expenses"),
                )
                .where(Expense.project_id.is_not(None), *only_exp)
                .group_by(Expense.project_id)
                .subquery()
            )
            q = (
                select(
                    Project.id,
                    Project.code,
                    Project.name,
                    Project.currency,
                    func.coalesce(labour.c.labour, 0),
                    func.coalesce(spent.c.expenses, 0),
                )
                .outerjoin(labour, labour.c.pid == Project.id)
                .outerjoin(spent, spent.c.pid == Project.id)
                .order_by(Project.code)
            )
            if project_id is not None:
                q = q.where(Project.id == project_id)
            none = BaseSums((0, 0), 0)
            out = []
            for pid, code, name, cur, lab, exp in s.execute(q):
                inv, rec = own.get(int(pid), (0, 0))
                if not include_empty and not (inv or rec or lab or exp):
                    continue
                conv = in_base.get(int(pid), none)
                out.append(
                    MarginRow(
                        int(pid),
                        code,
                        name,
                        cur,
                        int(inv),
                        int(rec),
                        int(lab),
                        int(exp),
                        conv.missing == 0,
                        base,
                        conv.values[0],
                        conv.values[1],
                        conv.missing,
                        conv.missing_currencies,
                    )
                )
            return out

    def studio_margin(self) -> MarginRow:
        """The studio as a whole, in the base currency, overhead expenses included."""
        with self._uow.read() as s:
            base = _base(s)
            conv = convert_groups((r[1:] for r in _revenue_groups(s)), base, 2)
            inv, rec = conv.values
            lab = s.scalar(select(func.coalesce(func.sum(entry_cost()), 0)))
            exp = s.scalar(select(func.coalesce(func.sum(Expense.base_amount_minor), 0)))
            return MarginRow(
                None,
                "",
                "",
                base,
                inv,
                rec,
                int(lab or 0),
                int(exp or 0),
                conv.missing == 0,
                base,
                inv,
                rec,
                conv.missing,
                conv.missing_currencies,
            )

    def explain(self, figure: Figure | str, project_id: int | None = None) -> Explained:
        """A figure of a project (or of the studio when None) with its formula and its rows."""
        figure = Figure(figure)
        with self._uow.read() as s:
            base = _base(s)
            cur = base
            if project_id is not None:
                project = s.get(Project, project_id)
                if project is None:
                    raise NotFound("That project no longer exists.")
                cur = project.currency
            note = STUDIO_NOTE if project_id is None else ""
            formula = FORMULAS[figure] + note
            if figure in (Figure.INVOICED, Figure.RECEIVED):
                return self._revenue_rows(s, figure, project_id, base, formula, cur)
            if figure is Figure.LABOUR:
                return self._labour_rows(s, project_id, formula, base)
            if figure is Figure.EXPENSES:
                return self._expense_rows(s, project_id, formula, base)
        # Derived figures: their rows are the figures they combine.
        parts = self._figures(project_id)
        if figure is Figure.COST:
            rows = (
                SourceRow(
                    "figure", 0, None, Figure.LABOUR.value, "Labour cost", parts.labour_minor
                ),
                SourceRow(
                    "figure", 0, None, Figure.EXPENSES.value, "Expenses", parts.expenses_minor
                ),
            )
            return Explained(parts.cost_minor, formula, rows, base, 2)
        revenue_fig = Figure.INVOICED if figure is Figure.MARGIN_INVOICED else Figure.RECEIVED
        invoiced = revenue_fig is Figure.INVOICED
        revenue = parts.invoiced_base_minor if invoiced else parts.received_base_minor
        label = "Revenue invoiced" if invoiced else "Revenue earned"
        if cur != base or project_id is None:
            label += f" in {base}"
            formula += FX_NOTE
        rows = (
            SourceRow("figure", 0, None, revenue_fig.value, label, revenue),
            SourceRow("figure", 0, None, Figure.COST.value, "Cost", parts.cost_minor),
        )
        if not parts.comparable:
            return Explained(None, formula + CURRENCY_NOTE, rows, base, 2)
        return Explained(margin_pct(revenue, parts.cost_minor), formula, rows, base, 2)

    def _figures(self, project_id: int | None) -> MarginRow:
        if project_id is None:
            return self.studio_margin()
        for row in self.project_margins(include_empty=True, project_id=project_id):
            if row.project_id == project_id:
                return row
        raise NotFound("That project no longer exists.")

    @staticmethod
    def _revenue_rows(
        s: Session,
        figure: Figure,
        project_id: int | None,
        base: str,
        formula: str,
        cur: str,
    ) -> Explained:
        amount = _invoice_net() if figure is Figure.INVOICED else _invoice_received()
        where = [Invoice.state == InvoiceState.SENT]
        if project_id is None:
            # The studio adds every currency up in the base one: each invoice at its rate.
            where.append(known_rate(Invoice, base))
            formula += FX_NOTE
        else:
            where.append(Invoice.project_id == project_id)
        q = (
            select(
                Invoice.id,
                Invoice.issued_on,
                Invoice.number,
                Client.name,
                amount,
                Invoice.currency,
                Invoice.fx_rate,
            )
            .join(Client, Client.id == Invoice.client_id)
            .where(and_(*where))
            .order_by(Invoice.issued_on, Invoice.id)
        )
        count = int(s.scalar(select(func.count()).select_from(Invoice).where(and_(*where))) or 0)
        if project_id is not None:
            total = int(
                s.scalar(select(func.coalesce(func.sum(amount), 0)).where(and_(*where))) or 0
            )
            rows = tuple(
                SourceRow("invoice", int(i), on, num, name, int(a))
                for i, on, num, name, a, _c, _r in s.execute(q.limit(MAX_EXPLAIN_ROWS))
            )
            return Explained(total, formula, rows, cur, count)
        total = convert_groups((r[1:] for r in _revenue_groups(s, *where[1:])), base, 2).values[
            0 if figure is Figure.INVOICED else 1
        ]
        studio_rows = []
        for i, on, num, name, a, c, r in s.execute(q.limit(MAX_EXPLAIN_ROWS)):
            text_ = name if c == base else f"{name} · {format_minor(int(a), c)} x {r}"
            studio_rows.append(
                SourceRow("invoice", int(i), on, num, text_, to_base(int(a), c, r, base) or 0)
            )
        return Explained(total, formula, tuple(studio_rows), base, count)

    @staticmethod
    def _labour_rows(s: Session, project_id: int | None, formula: str, base: str) -> Explained:
        where = [] if project_id is None else [TimeEntry.project_id == project_id]
        rate = cost_rate_at(TimeEntry.person_id, TimeEntry.work_date)
        q = (
            select(
                TimeEntry.id,
                TimeEntry.work_date,
                Person.name,
                TimeEntry.minutes,
                rate,
                entry_cost(),
            )
            .join(Person, Person.id == TimeEntry.person_id)
            .where(*where)
            .order_by(TimeEntry.work_date, TimeEntry.id)
            .limit(MAX_EXPLAIN_ROWS)
        )
        total = int(s.scalar(select(func.coalesce(func.sum(entry_cost()), 0)).where(*where)) or 0)
        count = int(s.scalar(select(func.count()).select_from(TimeEntry).where(*where)) or 0)
        rows = tuple(
            SourceRow(
                "time_entry",
                int(i),
                on,
                name,
                f"{minutes} min x {format_minor(int(r), base)}/h / 60 min",
                int(c),
            )
            for i, on, name, minutes, r, c in s.execute(q)
        )
        return Explained(total, formula, rows, base, count)

    @staticmethod
    def _expense_rows(s: Session, project_id: int | None, formula: str, base: str) -> Explained:
        where = [] if project_id is None else [Expense.project_id == project_id]
        q = (
            select(
                Expense.id,
                Expense.spent_on,
                ExpenseCategory.name,
                Expense.vendor,
                Expense.base_amount_minor,
            )
            .join(ExpenseCategory, ExpenseCategory.id == Expense.category_id)
            .where(*where)
            .order_by(Expense.spent_on, Expense.id)
            .limit(MAX_EXPLAIN_ROWS)
        )
        total = int(
            s.scalar(select(func.coalesce(func.sum(Expense.base_amount_minor), 0)).where(*where))
            or 0
        )
        count = int(s.scalar(select(func.count()).select_from(Expense).where(*where)) or 0)
        rows = tuple(
            SourceRow("expense", int(i), on, cat, vendor, int(a))
            for i, on, cat, vendor, a in s.execute(q)
        )
        return Explained(total, formula, rows, base, count)


EXPORT_HEADERS = (
    "number",
    "client",
    "project",
    "kind",
    "state",
    "status",
    "issued_on",
    "due_on",
    "currency",
    "subtotal",
    "tax",
    "total",
    "paid",
    "credited",
    "outstanding",
    "void_reason",
)


def _export_rows(service: InvoiceReportService, today: date) -> Iterator[tuple[Any, ...]]:
    """Every invoice with its amounts (computed in SQL), streamed in pages of 2,000."""
    from models.money import from_minor
    from models.services.browse import invoice_amounts, invoice_status

    paid, credited, outstanding = invoice_amounts()
    q = (
        select(
            Invoice.number,
            Client.name,
            Project.code,
            Invoice.kind,
            Invoice.state,
            invoice_status(today),
            Invoice.issued_on,
            Invoice.due_on,
            Invoice.currency,
            Invoice.subtotal_minor,
            Invoice.tax_minor,
            Invoice.total_minor,
            paid,
            credited,
            outstanding,
            Invoice.void_reason,
        )
        .join(Client, Client.id == Invoice.client_id)
        .outerjoin(Project, Project.id == Invoice.project_id)
        .order_by(Invoice.issued_on, Invoice.id)
    )
    with service._uow.read() as s:
        for row in s.execute(q).yield_per(2000):
            number, client, code, kind, state, status, issued, due, cur, *money, reason = row
            amounts = [from_minor(int(v), cur) for v in money]
            yield (
                number,
                client,
                code or "",
                kind,
                state,
                status,
                issued,
                due,
                cur,
                *amounts,
                reason,
            )


def export_invoices(
    service: InvoiceReportService, path: Path, fmt: str | None = None, today: date | None = None
) -> int:
    """Write every invoice to a CSV or XLSX file; returns the number of invoices written."""
    from models.services.exporting import write_table

    rows = _export_rows(service, today or date.today())
    return write_table(path, EXPORT_HEADERS, rows, fmt, sheet_title="Invoices")  # type: ignore[arg-type]


def _rate(raw: str | None) -> Decimal | None:
    """A rate read by raw SQL (text) as the exact Decimal DecimalText would give."""
    return None if raw is None else Decimal(raw)


def _base(s: Session) -> str:
    studio = s.get(Studio, 1)
    if studio is None:
        raise NotFound("The studio has not been set up yet.")
    return studio.base_currency
