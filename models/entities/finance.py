"""Time, expenses, budgets, invoices, payments and credit notes: the studio's books."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.db import Base, DecimalText, UTCDateTime, currency_column, enum_column, utcnow
from models.enums import BudgetLineKind, InvoiceKind, InvoiceState, PaymentMethod


class TimeEntry(Base):
    """Hours a person worked on a project. Locked once invoiced (``invoice_line_id`` set)."""

    __tablename__ = "time_entries"
    __table_args__ = (
        CheckConstraint("minutes BETWEEN 1 AND 1440", name="minutes"),
        Index("ix_time_entries_project_date", "project_id", "work_date"),
        Index("ix_time_entries_person_date", "person_id", "work_date"),
        Index("ix_time_entries_date", "work_date"),
        # Covering (0002): budget vs actuals sums a project's minutes by person and date
        # without reading the table rows.
        Index("ix_time_entries_project_cover", "project_id", "work_date", "person_id", "minutes"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"))
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id"), index=True)
    work_date: Mapped[date]
    minutes: Mapped[int] = mapped_column(Integer)
    billable: Mapped[bool] = mapped_column(default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    invoice_line_id: Mapped[int | None] = mapped_column(ForeignKey("invoice_lines.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ExpenseCategory(Base):
    """Labour, operations, marketing, technology, other, and their children; users add more."""

    __tablename__ = "expense_categories"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        UniqueConstraint("parent_id", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("expense_categories.id"))
    code: Mapped[str | None] = mapped_column(String(40), unique=True)  # built-in, translated
    name: Mapped[str] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(default=True)


class Expense(Base):
    """Money out: for a project, or studio overhead when ``project_id`` is NULL."""

    __tablename__ = "expenses"
    __table_args__ = (
        CheckConstraint("amount_minor >= 0", name="amount_not_negative"),
        CheckConstraint("tax_minor >= 0", name="tax_not_negative"),
        CheckConstraint("base_amount_minor >= 0", name="base_not_negative"),
        Index("ix_expenses_project_date", "project_id", "spent_on"),
        Index("ix_expenses_date_category", "spent_on", "category_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    spent_on: Mapped[date]
    vendor: Mapped[str] = mapped_column(String(200), default="")
    category_id: Mapped[int] = mapped_column(ForeignKey("expense_categories.id"), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"))
    amount_minor: Mapped[int] = mapped_column(Integer)  # including tax, in ``currency``
    tax_minor: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(currency_column())
    fx_rate: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(1))  # to base currency
    base_amount_minor: Mapped[int] = mapped_column(Integer)  # amount in the base currency
    paid_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    billable: Mapped[bool] = mapped_column(default=False)
    receipt_path: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    invoice_line_id: Mapped[int | None] = mapped_column(ForeignKey("invoice_lines.id"), index=True)


class StudioBudget(Base):
    """The studio's plan for one category in one month of a fiscal year."""

    __tablename__ = "studio_budgets"
    __table_args__ = (
        UniqueConstraint("fiscal_year", "month", "category_id"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month"),
        CheckConstraint("amount_minor >= 0", name="amount_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)  # calendar month
    category_id: Mapped[int] = mapped_column(ForeignKey("expense_categories.id"), index=True)
    amount_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(currency_column())


class ProjectBudgetRevision(Base):
    """One version of a project's budget; a revision keeps the previous one."""

    __tablename__ = "project_budget_revisions"
    __table_args__ = (
        UniqueConstraint("project_id", "revision_no"),
        CheckConstraint("revision_no >= 1", name="revision_positive"),
        CheckConstraint("warn_at_pct BETWEEN 1 AND 200", name="warn_pct"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"))
    revision_no: Mapped[int] = mapped_column(Integer)
    is_current: Mapped[bool] = mapped_column(default=True)
    warn_at_pct: Mapped[int] = mapped_column(Integer, default=90)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ProjectBudgetLine(Base):
    """A budget line: a category amount, a role's hours x rate, or the contingency."""

    __tablename__ = "project_budget_lines"
    __table_args__ = (
        CheckConstraint("amount_minor >= 0", name="amount_not_negative"),
        CheckConstraint("minutes IS NULL OR minutes >= 0", name="minutes_not_negative"),
        CheckConstraint("rate_minor IS NULL OR rate_minor >= 0", name="rate_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(
        ForeignKey("project_budget_revisions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[BudgetLineKind] = mapped_column(enum_column(BudgetLineKind, "budget_line_kind"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("expense_categories.id"))
    role: Mapped[str] = mapped_column(String(100), default="")
    minutes: Mapped[int | None] = mapped_column(Integer)
    rate_minor: Mapped[int | None] = mapped_column(Integer)
    amount_minor: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    sort: Mapped[int] = mapped_column(Integer, default=0)


class Invoice(Base):
    """A numbered invoice. Paid, partially paid and overdue are derived from payments."""

    __tablename__ = "invoices"
    __table_args__ = (
        CheckConstraint("length(trim(number)) > 0", name="number_not_blank"),
        CheckConstraint("subtotal_minor >= 0", name="subtotal_not_negative"),
        CheckConstraint("tax_minor >= 0", name="tax_not_negative"),
        CheckConstraint("total_minor = subtotal_minor + tax_minor", name="total_adds_up"),
        CheckConstraint("due_on >= issued_on", name="dates"),
        Index("ix_invoices_client_issued", "client_id", "issued_on"),
        Index("ix_invoices_state_due", "state", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"), index=True)
    milestone_id: Mapped[int | None] = mapped_column(ForeignKey("milestones.id"))
    kind: Mapped[InvoiceKind] = mapped_column(enum_column(InvoiceKind, "invoice_kind"))
    state: Mapped[InvoiceState] = mapped_column(
        enum_column(InvoiceState, "invoice_state"), default=InvoiceState.DRAFT
    )
    issued_on: Mapped[date]
    due_on: Mapped[date]
    currency: Mapped[str] = mapped_column(currency_column())
    # 1 unit of ``currency`` in the base currency at issued_on; 1 for base-currency invoices,
    # None while a foreign draft has no rate yet (sending requires it). Credit notes use it.
    fx_rate: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    subtotal_minor: Mapped[int] = mapped_column(Integer, default=0)
    tax_minor: Mapped[int] = mapped_column(Integer, default=0)
    total_minor: Mapped[int] = mapped_column(Integer, default=0)
    payment_terms: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    void_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class InvoiceLine(Base):
    __tablename__ = "invoice_lines"
    __table_args__ = (
        CheckConstraint("tax_rate_bp BETWEEN 0 AND 10000", name="tax_rate"),
        CheckConstraint("amount_minor >= 0", name="amount_not_negative"),
        CheckConstraint("tax_minor >= 0", name="tax_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoices.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(1))
    unit_price_minor: Mapped[int] = mapped_column(Integer)
    tax_rate_bp: Mapped[int] = mapped_column(Integer, default=0)  # basis points: 600 = 6%
    amount_minor: Mapped[int] = mapped_column(Integer)  # quantity x unit price, rounded once
    tax_minor: Mapped[int] = mapped_column(Integer, default=0)
    sort: Mapped[int] = mapped_column(Integer, default=0)


class Payment(Base):
    """Money in against an invoice; several partial payments are allowed."""

    __tablename__ = "payments"
    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        Index("ix_payments_received", "received_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    received_on: Mapped[date]
    amount_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(currency_column())
    # 1 unit of ``currency`` in the base currency at received_on (None only for rows from
    # before migration 0003 whose rate was never entered).
    fx_rate: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    method: Mapped[PaymentMethod] = mapped_column(
        enum_column(PaymentMethod, "payment_method"), default=PaymentMethod.BANK_TRANSFER
    )
    reference: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class CreditNote(Base):
    """Reduces what an invoice asks for; it also releases the time and expenses it billed."""

    __tablename__ = "credit_notes"
    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        CheckConstraint("length(trim(number)) > 0", name="number_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    issued_on: Mapped[date]
    amount_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(currency_column())
    reason: Mapped[str] = mapped_column(Text, default="")
