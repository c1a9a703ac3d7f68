"""Paged, sortable, searchable lists over the main tables: count and page in SQL, never all rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

from sqlalchemy import (
    Select,
    SQLColumnExpression,
    and_,
    case,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import aliased

from models.entities import (
    Client,
    CreditNote,
    Equipment,
    Expense,
    ExpenseCategory,
    Invoice,
    Payment,
    Person,
    Project,
    Risk,
    RiskCategory,
    Studio,
    TimeEntry,
)
from models.enums import InvoiceState, InvoiceStatus, RiskStatus
from models.errors import ValidationError
from models.money import Money
from models.services.base import UnitOfWork
from models.text import search_key

# ORM attributes and Core expressions both qualify (QueryableAttribute / ColumnElement).
Expr = SQLColumnExpression[Any]
ColumnKind = Literal["text", "date", "money", "int", "enum", "percent", "hours", "bool"]
MAX_PAGE = 1000


class ListKind(StrEnum):
    CLIENTS = "clients"
    PROJECTS = "projects"
    PEOPLE = "people"
    EQUIPMENT = "equipment"
    INVOICES = "invoices"
    EXPENSES = "expenses"
    TIME_ENTRIES = "time_entries"
    RISKS = "risks"


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    key: str
    kind: ColumnKind


@dataclass(frozen=True, slots=True)
class ListFilter:
    search: str = ""
    include_archived: bool = False


@dataclass(frozen=True, slots=True)
class ListRow:
    id: int
    values: tuple[Any, ...]


@dataclass(frozen=True)
class _Col:
    spec: ColumnSpec
    expr: Expr
    currency: Expr | None = None  # money columns: the currency expression


@dataclass(frozen=True)
class _ListDef:
    id_col: Expr
    columns: tuple[_Col, ...]
    base: Callable[[], Select[Any]]  # select_from + joins, no columns
    search: Callable[[str], Expr]
    archived: Expr | None  # rows hidden unless include_archived
    default_sort: tuple[Expr, ...]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _contains(expr: Expr, text: str) -> Expr:
    return expr.like(_like(text), escape="\\")


def _base_currency() -> Expr:
    return select(Studio.base_currency).where(Studio.id == 1).scalar_subquery()


def _clients() -> _ListDef:
    manager = aliased(Person)
    return _ListDef(
        id_col=Client.id,
        columns=(
            _Col(ColumnSpec("name", "text"), Client.name),
            _Col(ColumnSpec("name_alt", "text"), Client.name_alt),
            _Col(ColumnSpec("status", "enum"), Client.status),
            _Col(ColumnSpec("industry", "text"), Client.industry),
            _Col(ColumnSpec("source", "enum"), Client.source),
            _Col(ColumnSpec("account_manager", "text"), manager.name),
            _Col(ColumnSpec("created", "date"), func.date(Client.created_at)),
        ),
        base=lambda: (
            select().select_from(Client).outerjoin(manager, manager.id == Client.account_manager_id)
        ),
        search=lambda t: or_(
            _contains(Client.name_key, search_key(t)),
            _contains(Client.name_alt, t),
            _contains(Client.industry, t),
        ),
        archived=Client.archived_at.is_not(None),
        default_sort=(Client.name_key,),
    )


def _projects() -> _ListDef:
    manager = aliased(Person)
    return _ListDef(
        id_col=Project.id,
        columns=(
            _Col(ColumnSpec("code", "text"), Project.code),
            _Col(ColumnSpec("name", "text"), Project.name),
            _Col(ColumnSpec("client", "text"), Client.name),
            _Col(ColumnSpec("stage", "enum"), Project.stage),
            _Col(ColumnSpec("status", "enum"), Project.status),
            _Col(ColumnSpec("manager", "text"), manager.name),
            _Col(ColumnSpec("start", "date"), Project.start_on),
            _Col(ColumnSpec("due", "date"), Project.due_on),
            _Col(
                ColumnSpec("contract_value", "money"),
                Project.contract_value_minor,
                Project.currency,
            ),
            _Col(ColumnSpec("percent_complete", "percent"), Project.percent_complete),
        ),
        base=lambda: (
            select()
            .select_from(Project)
            .join(Client, Client.id == Project.client_id)
            .outerjoin(manager, manager.id == Project.manager_id)
        ),
        search=lambda t: or_(
            _contains(Project.code, t),
            _contains(Project.name, t),
            _contains(Client.name_key, search_key(t)),
        ),
        archived=Project.archived_at.is_not(None),
        default_sort=(Project.code.desc(),),
    )


def _people() -> _ListDef:
    return _ListDef(
        id_col=Person.id,
        columns=(
            _Col(ColumnSpec("name", "text"), Person.name),
            _Col(ColumnSpec("role", "text"), Person.role),
            _Col(ColumnSpec("department", "text"), Person.department),
            _Col(ColumnSpec("week_hours", "hours"), Person.week_minutes),
            _Col(ColumnSpec("active", "bool"), Person.active),
        ),
        base=lambda: select().select_from(Person),
        search=lambda t: or_(
            _contains(Person.name, t), _contains(Person.role, t), _contains(Person.department, t)
        ),
        archived=Person.active.is_(False),
        default_sort=(Person.name,),
    )


def _equipment() -> _ListDef:
    return _ListDef(
        id_col=Equipment.id,
        columns=(
            _Col(ColumnSpec("name", "text"), Equipment.name),
            _Col(ColumnSpec("kind", "enum"), Equipment.kind),
            _Col(ColumnSpec("location", "text"), Equipment.location),
            _Col(ColumnSpec("day_rate", "money"), Equipment.day_rate_minor, Equipment.currency),
            _Col(ColumnSpec("retired", "date"), Equipment.retired_on),
        ),
        base=lambda: select().select_from(Equipment),
        search=lambda t: or_(_contains(Equipment.name, t), _contains(Equipment.location, t)),
        archived=Equipment.retired_on.is_not(None),
        default_sort=(Equipment.name,),
    )


def invoice_amounts(as_of: date | None = None) -> tuple[Expr, Expr, Expr]:
    """(paid, credited, outstanding) of ``Invoice`` as correlated SQL expressions.

    ``as_of``: count only payments received and credit notes issued by that day.
    """
    paid_where = [Payment.invoice_id == Invoice.id]
    credit_where = [CreditNote.invoice_id == Invoice.id]
    if as_of is not None:
        paid_where.append(Payment.received_on <= as_of)
        credit_where.append(CreditNote.issued_on <= as_of)
    paid = func.coalesce(
        select(func.sum(Payment.amount_minor)).where(*paid_where).scalar_subquery(), 0
    )
    credited = func.coalesce(
        select(func.sum(CreditNote.amount_minor)).where(*credit_where).scalar_subquery(), 0
    )
    outstanding = case(
        (Invoice.state != InvoiceState.SENT, literal(0)),
        else_=Invoice.total_minor - credited - paid,
    )
    return paid, credited, outstanding


def invoice_outstanding_as_of(end: date) -> Any:
    """Invoice total − payments received by ``end`` − credit notes issued by ``end``.

    In the invoice's own currency, whatever its state (callers choose the invoices); the KPIs
    and the monthly report both use it, so they agree.
    """
    paid, credited, _ = invoice_amounts(as_of=end)
    return Invoice.total_minor - paid - credited


def invoice_status(today: date) -> Expr:
    """The status a user sees, derived in SQL from the stored state, payments and due date."""
    paid, credited, _ = invoice_amounts()
    return case(
        (Invoice.state == InvoiceState.VOID, literal(InvoiceStatus.VOID.value)),
        (Invoice.state == InvoiceState.DRAFT, literal(InvoiceStatus.DRAFT.value)),
        (paid + credited >= Invoice.total_minor, literal(InvoiceStatus.PAID.value)),
        (Invoice.due_on < today, literal(InvoiceStatus.OVERDUE.value)),
        (paid > 0, literal(InvoiceStatus.PARTIALLY_PAID.value)),
        else_=literal(InvoiceStatus.SENT.value),
    )


def _invoices() -> _ListDef:
    paid, _credited, outstanding = invoice_amounts()
    return _ListDef(
        id_col=Invoice.id,
        columns=(
            _Col(ColumnSpec("number", "text"), Invoice.number),
            _Col(ColumnSpec("client", "text"), Client.name),
            _Col(ColumnSpec("project", "text"), Project.code),
            _Col(ColumnSpec("kind", "enum"), Invoice.kind),
            _Col(ColumnSpec("issued", "date"), Invoice.issued_on),
            _Col(ColumnSpec("due", "date"), Invoice.due_on),
            _Col(ColumnSpec("total", "money"), Invoice.total_minor, Invoice.currency),
            _Col(ColumnSpec("paid", "money"), paid, Invoice.currency),
            _Col(ColumnSpec("outstanding", "money"), outstanding, Invoice.currency),
            _Col(ColumnSpec("status", "enum"), invoice_status(date.today())),
        ),
        base=lambda: (
            select()
            .select_from(Invoice)
            .join(Client, Client.id == Invoice.client_id)
            .outerjoin(Project, Project.id == Invoice.project_id)
        ),
        search=lambda t: or_(
            _contains(Invoice.number, t),
            _contains(Client.name_key, search_key(t)),
            _contains(Project.code, t),
        ),
        archived=None,
        default_sort=(Invoice.issued_on.desc(), Invoice.id.desc()),
    )


def _expenses() -> _ListDef:
    return _ListDef(
        id_col=Expense.id,
        columns=(
            _Col(ColumnSpec("date", "date"), Expense.spent_on),
            _Col(ColumnSpec("vendor", "text"), Expense.vendor),
            _Col(ColumnSpec("category", "text"), ExpenseCategory.name),
            _Col(ColumnSpec("project", "text"), Project.code),
            _Col(ColumnSpec("amount", "money"), Expense.amount_minor, Expense.currency),
            _Col(ColumnSpec("base_amount", "money"), Expense.base_amount_minor, _base_currency()),
            _Col(ColumnSpec("billable", "bool"), Expense.billable),
        ),
        base=lambda: (
            select()
            .select_from(Expense)
            .join(ExpenseCategory, ExpenseCategory.id == Expense.category_id)
            .outerjoin(Project, Project.id == Expense.project_id)
        ),
        search=lambda t: or_(
            _contains(Expense.vendor, t),
            _contains(ExpenseCategory.name, t),
            _contains(Project.code, t),
            _contains(Expense.note, t),
        ),
        archived=None,
        default_sort=(Expense.spent_on.desc(), Expense.id.desc()),
    )


def _time_entries() -> _ListDef:
    return _ListDef(
        id_col=TimeEntry.id,
        columns=(
            _Col(ColumnSpec("date", "date"), TimeEntry.work_date),
            _Col(ColumnSpec("person", "text"), Person.name),
            _Col(ColumnSpec("project", "text"), Project.code),
            _Col(ColumnSpec("hours", "hours"), TimeEntry.minutes),
            _Col(ColumnSpec("billable", "bool"), TimeEntry.billable),
            _Col(ColumnSpec("note", "text"), TimeEntry.note),
        ),
        base=lambda: (
            select()
            .select_from(TimeEntry)
            .join(Person, Person.id == TimeEntry.person_id)
            .join(Project, Project.id == TimeEntry.project_id)
        ),
        search=lambda t: or_(
            _contains(Person.name, t), _contains(Project.code, t), _contains(TimeEntry.note, t)
        ),
        archived=None,
        default_sort=(TimeEntry.work_date.desc(), TimeEntry.id.desc()),
    )


def _risks() -> _ListDef:
    score = Risk.probability * Risk.impact
    return _ListDef(
        id_col=Risk.id,
        columns=(
            _Col(ColumnSpec("title", "text"), Risk.title),
            _Col(ColumnSpec("project", "text"), Project.code),
            _Col(ColumnSpec("category", "text"), RiskCategory.name),
            _Col(ColumnSpec("probability", "int"), Risk.probability),
            _Col(ColumnSpec("impact", "int"), Risk.impact),
            _Col(ColumnSpec("score", "int"), score),
            _Col(ColumnSpec("status", "enum"), Risk.status),
            _Col(ColumnSpec("next_review", "date"), Risk.next_review_on),
        ),
        base=lambda: (
            select()
            .select_from(Risk)
            .outerjoin(Project, Project.id == Risk.project_id)
            .outerjoin(RiskCategory, RiskCategory.id == Risk.category_id)
        ),
        search=lambda t: or_(
            _contains(Risk.title, t), _contains(Project.code, t), _contains(RiskCategory.name, t)
        ),
        archived=Risk.status == RiskStatus.CLOSED,
        default_sort=((score).desc(), Risk.id),
    )


_DEFS: dict[ListKind, Callable[[], _ListDef]] = {
    ListKind.CLIENTS: _clients,
    ListKind.PROJECTS: _projects,
    ListKind.PEOPLE: _people,
    ListKind.EQUIPMENT: _equipment,
    ListKind.INVOICES: _invoices,
    ListKind.EXPENSES: _expenses,
    ListKind.TIME_ENTRIES: _time_entries,
    ListKind.RISKS: _risks,
}


def _value(col: _Col, raw: Any, currency: Any) -> Any:
    if raw is None:
        return None
    kind = col.spec.kind
    if kind == "money":
        return Money(int(raw), str(currency or "CNY"))
    if kind == "hours":
        return Decimal(int(raw)) / 60
    if kind == "date" and isinstance(raw, str):
        return date.fromisoformat(raw[:10])
    if kind == "bool":
        return bool(raw)
    if isinstance(raw, StrEnum):
        return raw.value
    return raw


class BrowseService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def columns(self, kind: ListKind) -> tuple[ColumnSpec, ...]:
        return tuple(c.spec for c in _DEFS[kind]().columns)

    def _filtered(self, d: _ListDef, select_: Select[Any], flt: ListFilter) -> Select[Any]:
        conditions = []
        text = flt.search.strip()
        if text:
            conditions.append(d.search(text))
        if d.archived is not None and not flt.include_archived:
            conditions.append(~d.archived)
        return select_.where(and_(*conditions)) if conditions else select_

    def count(self, kind: ListKind, flt: ListFilter = ListFilter()) -> int:
        d = _DEFS[kind]()
        stmt = self._filtered(d, d.base().add_columns(func.count(d.id_col)), flt)
        with self._uow.read() as s:
            return int(s.execute(stmt).scalar_one())

    def page(
        self,
        kind: ListKind,
        flt: ListFilter = ListFilter(),
        offset: int = 0,
        limit: int = 200,
        sort_key: str | None = None,
        descending: bool = False,
    ) -> list[ListRow]:
        if offset < 0 or not 0 < limit <= MAX_PAGE:
            raise ValidationError("limit", f"Pages hold 1 to {MAX_PAGE} rows.")
        d = _DEFS[kind]()
        exprs: list[Expr] = [d.id_col]
        for c in d.columns:
            exprs.append(c.expr)
            exprs.append(c.currency if c.currency is not None else literal(None))
        order: Sequence[Expr]
        if sort_key is None:
            order = d.default_sort
        else:
            match = [c for c in d.columns if c.spec.key == sort_key]
            if not match:
                raise ValidationError("sort_key", f"Unknown column '{sort_key}'.")
            expr = match[0].expr
            order = (expr.desc() if descending else expr.asc(), d.id_col)
        stmt = self._filtered(d, d.base().add_columns(*exprs), flt)
        stmt = stmt.order_by(*order).offset(offset).limit(limit)
        with self._uow.read() as s:
            rows = s.execute(stmt).all()
        out: list[ListRow] = []
        for row in rows:
            values = tuple(
                _value(c, row[1 + 2 * i], row[2 + 2 * i]) for i, c in enumerate(d.columns)
            )
            out.append(ListRow(int(row[0]), values))
        return out
