"""Expenses (project or studio overhead, any currency at an exact rate) and their category tree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select

from models.entities import Expense, ExpenseCategory, Person, Project, Studio
from models.errors import Conflict, NotFound, ValidationError
from models.money import quantize, to_minor, validate_currency
from models.services.base import UnitOfWork


@dataclass(frozen=True, slots=True)
class Category:
    id: int
    parent_id: int | None
    code: str | None  # built-in categories carry a code (their label is translated)
    name: str
    active: bool


@dataclass(frozen=True, slots=True)
class ExpenseDraft:
    spent_on: date
    category_id: int
    amount_minor: int  # including tax, in ``currency``
    currency: str
    fx_rate: Decimal = Decimal(1)  # 1 unit of ``currency`` in the base currency
    tax_minor: int = 0
    vendor: str = ""
    project_id: int | None = None  # None: studio overhead
    paid_by_id: int | None = None
    billable: bool = False
    receipt_path: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class ExpenseRow:
    id: int
    spent_on: date
    vendor: str
    category_id: int
    category: str
    project_id: int | None
    project: str
    amount_minor: int
    tax_minor: int
    currency: str
    fx_rate: Decimal
    base_amount_minor: int
    base_currency: str
    paid_by_id: int | None
    billable: bool
    receipt_path: str
    note: str
    locked: bool


def base_amount(amount_minor: int, currency: str, fx_rate: Decimal, base_currency: str) -> int:
    """The amount in the base currency: exact Decimal product, rounded once, half-up."""
    from models.money import from_minor

    value = from_minor(amount_minor, currency) * fx_rate
    return to_minor(quantize(value, base_currency), base_currency)


def parse_rate(text: str | Decimal, field: str = "fx_rate") -> Decimal:
    try:
        rate = Decimal(str(text).strip())
    except InvalidOperation:
        raise ValidationError(field, f"'{text}' is not an exchange rate such as 7.1234.") from None
    if not rate.is_finite() or rate <= 0:
        raise ValidationError(field, "The exchange rate must be more than zero.")
    return rate


class ExpenseService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # -- categories --------------------------------------------------------------------------
    def categories(self, *, include_inactive: bool = False) -> list[Category]:
        """Every category, parents before their children, in name order."""
        with self._uow.read() as s:
            q = select(ExpenseCategory)
            if not include_inactive:
                q = q.where(ExpenseCategory.active.is_(True))
            rows = list(s.scalars(q.order_by(ExpenseCategory.id)))
        out = [Category(r.id, r.parent_id, r.code, r.name, r.active) for r in rows]
        parents = [c for c in out if c.parent_id is None]
        ordered: list[Category] = []
        for p in parents:
            ordered.append(p)
            ordered.extend(c for c in out if c.parent_id == p.id)
        known = {c.id for c in ordered}
        ordered.extend(c for c in out if c.id not in known)  # children of inactive parents
        return ordered

    def add_category(self, name: str, parent_id: int | None = None) -> int:
        clean = " ".join(name.split())
        if not clean:
            raise ValidationError("name", "Enter the category's name.")
        if len(clean) > 100:
            raise ValidationError("name", "The name is longer than 100 characters.")
        with self._uow.write() as s:
            if parent_id is not None:
                parent = s.get(ExpenseCategory, parent_id)
                if parent is None:
                    raise ValidationError("parent", "Choose an existing parent category.")
                if parent.parent_id is not None:
                    raise ValidationError("parent", "Categories have two levels at most.")
            clash = s.scalar(
                select(ExpenseCategory.id).where(
                    ExpenseCategory.name == clean,
                    ExpenseCategory.parent_id.is_(None)
                    if parent_id is None
                    else ExpenseCategory.parent_id == parent_id,
                )
            )
            if clash is not None:
                raise ValidationError("name", f"There is already a category '{clean}' here.")
            row = ExpenseCategory(name=clean, parent_id=parent_id)
            s.add(row)
            s.flush()
            return int(row.id)

    # -- expenses ----------------------------------------------------------------------------
    def _validate(self, s, d: ExpenseDraft) -> tuple[str, Decimal, str]:  # type: ignore[no-untyped-def]
        if not isinstance(d.spent_on, date):
            raise ValidationError("spent_on", "Enter the date of the expense.")
        cat = s.get(ExpenseCategory, d.category_id)
        if cat is None:
            raise ValidationError("category", "Choose a category.")
        currency = validate_currency(d.currency)
        rate = parse_rate(d.fx_rate)
        if d.amount_minor < 0:
            raise ValidationError("amount", "The amount cannot be negative.")
        if d.tax_minor < 0:
            raise ValidationError("tax", "The tax cannot be negative.")
        if d.tax_minor > d.amount_minor:
            raise ValidationError("tax", "The tax is part of the amount and cannot exceed it.")
        if d.project_id is not None and s.get(Project, d.project_id) is None:
            raise ValidationError("project", "Choose a project, or none for studio overhead.")
        if d.paid_by_id is not None and s.get(Person, d.paid_by_id) is None:
            raise ValidationError("paid_by", "Choose who paid.")
        if len(d.vendor.strip()) > 200:
            raise ValidationError("vendor", "The vendor is longer than 200 characters.")
        studio = s.get(Studio, 1)
        base = studio.base_currency if studio is not None else currency
        if currency == base and rate != 1:
            raise ValidationError("fx_rate", "An expense in the base currency has a rate of 1.")
        return currency, rate, base

    def _fill(self, row: Expense, d: ExpenseDraft, currency: str, rate: Decimal, base: str) -> None:
        row.spent_on = d.spent_on
        row.vendor = d.vendor.strip()
        row.category_id = d.category_id
        row.project_id = d.project_id
        row.amount_minor = d.amount_minor
        row.tax_minor = d.tax_minor
        row.currency = currency
        row.fx_rate = rate
        # Computed once, when saved: later rate changes never move a booked expense.
        row.base_amount_minor = base_amount(d.amount_minor, currency, rate, base)
        row.paid_by_id = d.paid_by_id
        row.billable = d.billable
        row.receipt_path = d.receipt_path.strip()
        row.note = d.note.strip()

    def create(self, draft: ExpenseDraft) -> int:
        with self._uow.write() as s:
            currency, rate, base = self._validate(s, draft)
            row = Expense()
            self._fill(row, draft, currency, rate, base)
            s.add(row)
            s.flush()
            return int(row.id)

    def update(self, expense_id: int, draft: ExpenseDraft) -> None:
        with self._uow.write() as s:
            row = s.get(Expense, expense_id)
            if row is None:
                raise NotFound("That expense no longer exists.")
            if row.invoice_line_id is not None:
                raise Conflict("This expense is on an invoice and is locked.")
            currency, rate, base = self._validate(s, draft)
            self._fill(row, draft, currency, rate, base)

    def delete(self, expense_id: int) -> None:
        with self._uow.write() as s:
            row = s.get(Expense, expense_id)
            if row is None:
                raise NotFound("That expense no longer exists.")
            if row.invoice_line_id is not None:
                raise Conflict("This expense is on an invoice and is locked.")
            s.delete(row)

    def get(self, expense_id: int) -> ExpenseRow:
        rows = self.page(0, 1, expense_id=expense_id)
        if not rows:
            raise NotFound("That expense no longer exists.")
        return rows[0]

    def count(self, *, project_id: int | None = None) -> int:
        with self._uow.read() as s:
            q = select(func.count()).select_from(Expense)
            if project_id is not None:
                q = q.where(Expense.project_id == project_id)
            return int(s.scalar(q) or 0)

    def page(
        self,
        offset: int,
        limit: int,
        *,
        project_id: int | None = None,
        expense_id: int | None = None,
    ) -> list[ExpenseRow]:
        with self._uow.read() as s:
            base = s.scalar(select(Studio.base_currency)) or "CNY"
            q = (
                select(Expense, ExpenseCategory.name, Project.code)
                .join(ExpenseCategory, ExpenseCategory.id == Expense.category_id)
                .outerjoin(Project, Project.id == Expense.project_id)
                .order_by(Expense.spent_on.desc(), Expense.id.desc())
                .offset(offset)
                .limit(min(limit, 1000))
            )
            if project_id is not None:
                q = q.where(Expense.project_id == project_id)
            if expense_id is not None:
                q = q.where(Expense.id == expense_id)
            return [
                ExpenseRow(
                    e.id,
                    e.spent_on,
                    e.vendor,
                    e.category_id,
                    cat,
                    e.project_id,
                    code or "",
                    e.amount_minor,
                    e.tax_minor,
                    e.currency,
                    Decimal(e.fx_rate),
                    e.base_amount_minor,
                    base,
                    e.paid_by_id,
                    e.billable,
                    e.receipt_path,
                    e.note,
                    e.invoice_line_id is not None,
                )
                for e, cat, code in s.execute(q)
            ]
