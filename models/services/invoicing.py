"""Invoices, their lines, payments and credit notes: numbering, totals, locking of billed time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session

from models.entities import (
    Client,
    CreditNote,
    Expense,
    Invoice,
    InvoiceLine,
    Payment,
    Person,
    PersonRate,
    Project,
    Studio,
    TimeEntry,
)
from models.enums import AuditAction, InvoiceKind, InvoiceState, InvoiceStatus, PaymentMethod
from models.errors import Conflict, NotFound, ValidationError
from models.money import format_minor, from_minor, to_minor, validate_currency
from models.services.audit import record
from models.services.base import UnitOfWork
from models.services.browse import invoice_amounts, invoice_status
from models.services.fx import clean_rate, last_rate, require_rate
from models.services.numbering import next_code

MAX_LINES = 500
MAX_TEXT = 2000
BP = Decimal(10_000)


# --- plain data in ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LineDraft:
    description: str
    quantity: Decimal
    unit_price_minor: int
    tax_rate_bp: int = 0


@dataclass(frozen=True, slots=True)
class InvoiceDraft:
    kind: InvoiceKind
    client_id: int
    issued_on: date
    due_on: date
    currency: str
    lines: tuple[LineDraft, ...]
    project_id: int | None = None
    milestone_id: int | None = None
    payment_terms: str = ""
    notes: str = ""
    # 1 unit of ``currency`` in the base currency at the issue date. Optional for the base
    # currency (always 1) and for a foreign draft; sending a foreign invoice requires it.
    fx_rate: Decimal | str | None = None


# --- plain data out --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LineView:
    id: int
    description: str
    quantity: Decimal
    unit_price_minor: int
    tax_rate_bp: int
    amount_minor: int
    tax_minor: int
    time_entries: int  # how many time entries this line billed (locked to it)
    expenses: int


@dataclass(frozen=True, slots=True)
class PaymentView:
    id: int
    received_on: date
    amount_minor: int
    method: PaymentMethod
    reference: str
    note: str
    fx_rate: Decimal | None = None  # to the base currency on the payment date


@dataclass(frozen=True, slots=True)
class CreditNoteView:
    id: int
    number: str
    issued_on: date
    amount_minor: int
    reason: str


@dataclass(frozen=True, slots=True)
class InvoiceView:
    id: int
    number: str
    kind: InvoiceKind
    state: InvoiceState
    status: InvoiceStatus
    client_id: int
    client_name: str
    project_id: int | None
    project_code: str
    milestone_id: int | None
    issued_on: date
    due_on: date
    currency: str
    subtotal_minor: int
    tax_minor: int
    total_minor: int
    paid_minor: int
    credited_minor: int
    outstanding_minor: int
    payment_terms: str
    notes: str
    void_reason: str
    lines: tuple[LineView, ...] = ()
    payments: tuple[PaymentView, ...] = ()
    credit_notes: tuple[CreditNoteView, ...] = ()
    fx_rate: Decimal | None = None  # to base_currency; None: a foreign rate not entered yet
    base_currency: str = ""


@dataclass(frozen=True, slots=True)
class UnbilledItem:
    """A billable time entry or expense not yet on an invoice, priced as it would be billed."""

    kind: str  # "time" or "expense"
    id: int
    on: date
    who: str  # the person, or the expense's vendor
    text: str  # the note
    minutes: int  # 0 for expenses
    rate_minor: int | None  # bill rate per hour valid on the date (None: no rate)
    amount_minor: int | None
    currency: str


@dataclass(frozen=True, slots=True)
class ClientChoice:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class ProjectChoice:
    id: int
    code: str
    name: str
    client_id: int
    currency: str


@dataclass(frozen=True, slots=True)
class Defaults:
    base_currency: str
    invoice_prefix: str


@dataclass(frozen=True, slots=True)
class _Priced:
    amount_minor: int
    tax_minor: int


# --- the arithmetic, in one place --------------------------------------------------------------
def line_amounts(
    quantity: Decimal, unit_price_minor: int, tax_rate_bp: int, currency: str
) -> _Priced:
    """Quantity x unit price rounded once half-up; the tax rounded once from that amount."""
    amount = to_minor(quantity * from_minor(unit_price_minor, currency), currency)
    tax = to_minor(from_minor(amount, currency) * Decimal(tax_rate_bp) / BP, currency)
    return _Priced(amount, tax)


def hours_of(minutes: int) -> Decimal:
    """Exact hours where they terminate (90 min = 1.5); otherwise to 28 significant digits."""
    return Decimal(minutes) / Decimal(60)


def _hours_text(minutes: int) -> str:
    """7.5, 0.33: hours for a line's description, two decimals at most, never via float."""
    text = f"{hours_of(minutes).quantize(Decimal('0.01')):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _validate_line(line: LineDraft, currency: str, n: int) -> LineDraft:
    prefix = f"lines[{n}]"
    text = " ".join((line.description or "").split())
    if not text:
        raise ValidationError(f"{prefix}.description", "Describe what the line bills.")
    if len(text) > MAX_TEXT:
        raise ValidationError(f"{prefix}.description", "The description is too long.")
    try:
        qty = Decimal(line.quantity)
    except Exception:  # any non-number is the same user mistake
        raise ValidationError(f"{prefix}.quantity", "Enter a quantity such as 1 or 2.5.") from None
    if not qty.is_finite() or qty <= 0:
        raise ValidationError(f"{prefix}.quantity", "The quantity must be more than zero.")
    if isinstance(line.unit_price_minor, bool) or int(line.unit_price_minor) < 0:
        raise ValidationError(f"{prefix}.unit_price", "The unit price cannot be negative.")
    if not 0 <= int(line.tax_rate_bp) <= 10_000:
        raise ValidationError(f"{prefix}.tax_rate", "The tax rate must be 0% to 100%.")
    del currency
    return LineDraft(text, qty, int(line.unit_price_minor), int(line.tax_rate_bp))


def _validate(d: InvoiceDraft, *, allow_no_lines: bool = False) -> InvoiceDraft:
    try:
        kind = InvoiceKind(d.kind)
    except ValueError:
        raise ValidationError("kind", "Choose the kind of invoice.") from None
    if not d.client_id:
        raise ValidationError("client", "Choose the client to invoice.")
    currency = validate_currency(d.currency)
    if d.due_on < d.issued_on:
        raise ValidationError("due_on", "The due date cannot be before the issue date.")
    if not d.lines and not allow_no_lines:
        raise ValidationError("lines", "Add at least one line.")
    if len(d.lines) > MAX_LINES:
        raise ValidationError("lines", "An invoice holds at most 500 lines.")
    lines = tuple(_validate_line(line, currency, i) for i, line in enumerate(d.lines))
    return InvoiceDraft(
        kind,
        int(d.client_id),
        d.issued_on,
        d.due_on,
        currency,
        lines,
        d.project_id or None,
        d.milestone_id or None,
        d.payment_terms.strip(),
        d.notes.strip(),
        d.fx_rate,
    )


def _studio(s: Session) -> Studio:
    studio = s.get(Studio, 1)
    if studio is None:
        raise NotFound("The studio has not been set up yet.")
    return studio


def _invoice(s: Session, invoice_id: int) -> Invoice:
    inv = s.get(Invoice, invoice_id)
    if inv is None:
        raise NotFound("That invoice no longer exists.")
    return inv


def _check_parties(s: Session, d: InvoiceDraft) -> None:
    if s.get(Client, d.client_id) is None:
        raise ValidationError("client", "That client no longer exists.")
    if d.project_id is not None:
        project = s.get(Project, d.project_id)
        if project is None:
            raise ValidationError("project", "That project no longer exists.")
        if project.client_id != d.client_id:
            raise ValidationError("project", "The project belongs to another client.")


def _write_lines(s: Session, inv: Invoice, lines: Sequence[LineDraft]) -> list[InvoiceLine]:
    rows: list[InvoiceLine] = []
    for i, line in enumerate(lines):
        priced = line_amounts(line.quantity, line.unit_price_minor, line.tax_rate_bp, inv.currency)
        rows.append(
            InvoiceLine(
                invoice_id=inv.id,
                description=line.description,
                quantity=line.quantity,
                unit_price_minor=line.unit_price_minor,
                tax_rate_bp=line.tax_rate_bp,
                amount_minor=priced.amount_minor,
                tax_minor=priced.tax_minor,
                sort=i,
            )
        )
    s.add_all(rows)
    # Totals are the sum of the stored lines, never computed a second way.
    inv.subtotal_minor = sum(r.amount_minor for r in rows)
    inv.tax_minor = sum(r.tax_minor for r in rows)
    inv.total_minor = inv.subtotal_minor + inv.tax_minor
    s.flush()
    return rows


def _outstanding(s: Session, inv: Invoice) -> tuple[int, int, int]:
    """(paid, credited, still owed) of one invoice, from the payment and credit rows."""
    paid = s.scalar(
        select(func.coalesce(func.sum(Payment.amount_minor), 0)).where(Payment.invoice_id == inv.id)
    )
    credited = s.scalar(
        select(func.coalesce(func.sum(CreditNote.amount_minor), 0)).where(
            CreditNote.invoice_id == inv.id
        )
    )
    paid, credited = int(paid or 0), int(credited or 0)
    return paid, credited, inv.total_minor - paid - credited


def _bill_rate():  # type: ignore[no-untyped-def]
    """The bill rate valid on the entry's date: the rate with the greatest valid_from <= date."""
    return (
        select(PersonRate.bill_rate_minor)
        .where(PersonRate.person_id == TimeEntry.person_id)
        .where(PersonRate.valid_from <= TimeEntry.work_date)
        .order_by(PersonRate.valid_from.desc())
        .limit(1)
        .scalar_subquery()
    )


def _bill_rate_currency():  # type: ignore[no-untyped-def]
    return (
        select(PersonRate.currency)
        .where(PersonRate.person_id == TimeEntry.person_id)
        .where(PersonRate.valid_from <= TimeEntry.work_date)
        .order_by(PersonRate.valid_from.desc())
        .limit(1)
        .scalar_subquery()
    )


class InvoiceService:
    """Every write is one transaction; views come back as frozen dataclasses."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # --- look-ups for the editor ---------------------------------------------------------
    def defaults(self) -> Defaults:
        with self._uow.read() as s:
            st = _studio(s)
            return Defaults(st.base_currency, st.invoice_prefix)

    def last_rate(self, currency: str) -> Decimal | None:
        """The rate last used for ``currency`` (1 for the base currency; None if never)."""
        with self._uow.read() as s:
            return last_rate(s, validate_currency(currency), _studio(s).base_currency)

    def set_rate(self, invoice_id: int, fx_rate: Decimal | str) -> InvoiceView:
        """Fill in the rate of a sent foreign invoice that has none (from before rates were
        kept). A rate once given is part of the issued invoice and is not changed here."""
        with self._uow.write() as s:
            inv = _invoice(s, invoice_id)
            if inv.fx_rate is not None:
                raise Conflict("This invoice already has its exchange rate.")
            base = _studio(s).base_currency
            inv.fx_rate = require_rate(clean_rate(fx_rate, inv.currency, base))
        return self.get(invoice_id)

    def clients(self) -> list[ClientChoice]:
        with self._uow.read() as s:
            rows = s.execute(
                select(Client.id, Client.name)
                .where(Client.archived_at.is_(None), Client.merged_into_id.is_(None))
                .order_by(Client.name_key)
            )
            return [ClientChoice(int(i), str(n)) for i, n in rows]

    def projects(self, client_id: int | None = None) -> list[ProjectChoice]:
        with self._uow.read() as s:
            q = select(Project.id, Project.code, Project.name, Project.client_id, Project.currency)
            if client_id is not None:
                q = q.where(Project.client_id == client_id)
            rows = s.execute(q.order_by(Project.code))
            return [ProjectChoice(int(i), c, n, int(cl), cur) for i, c, n, cl, cur in rows]

    def find(self, number: str) -> int:
        """The id of the invoice numbered ``number`` (exact, case-insensitive)."""
        with self._uow.read() as s:
            found = s.scalar(
                select(Invoice.id).where(func.upper(Invoice.number) == number.strip().upper())
            )
            if found is None:
                raise NotFound(f"There is no invoice numbered {number}.")
            return int(found)

    # --- reading ---------------------------------------------------------------------------
    def get(self, invoice_id: int, *, today: date | None = None) -> InvoiceView:
        today = today or date.today()
        with self._uow.read() as s:
            paid, credited, outstanding = invoice_amounts()
            row = s.execute(
                select(
                    Invoice,
                    Client.name,
                    Project.code,
                    paid,
                    credited,
                    outstanding,
                    invoice_status(today),
                )
                .join(Client, Client.id == Invoice.client_id)
                .outerjoin(Project, Project.id == Invoice.project_id)
                .where(Invoice.id == invoice_id)
            ).one_or_none()
            if row is None:
                raise NotFound("That invoice no longer exists.")
            inv, client_name, code, p, c, o, status = row
            base = _studio(s).base_currency
            time_count = (
                select(func.count())
                .where(TimeEntry.invoice_line_id == InvoiceLine.id)
                .scalar_subquery()
            )
            exp_count = (
                select(func.count())
                .where(Expense.invoice_line_id == InvoiceLine.id)
                .scalar_subquery()
            )
            lines = tuple(
                LineView(
                    ln.id,
                    ln.description,
                    Decimal(ln.quantity),
                    ln.unit_price_minor,
                    ln.tax_rate_bp,
                    ln.amount_minor,
                    ln.tax_minor,
                    int(t),
                    int(e),
                )
                for ln, t, e in s.execute(
                    select(InvoiceLine, time_count, exp_count)
                    .where(InvoiceLine.invoice_id == invoice_id)
                    .order_by(InvoiceLine.sort, InvoiceLine.id)
                )
            )
            payments = tuple(
                PaymentView(
                    pm.id,
                    pm.received_on,
                    pm.amount_minor,
                    pm.method,
                    pm.reference,
                    pm.note,
                    pm.fx_rate,
                )
                for pm in s.scalars(
                    select(Payment)
                    .where(Payment.invoice_id == invoice_id)
                    .order_by(Payment.received_on, Payment.id)
                )
            )
            credits = tuple(
                CreditNoteView(cn.id, cn.number, cn.issued_on, cn.amount_minor, cn.reason)
                for cn in s.scalars(
                    select(CreditNote)
                    .where(CreditNote.invoice_id == invoice_id)
                    .order_by(CreditNote.issued_on, CreditNote.id)
                )
            )
            return InvoiceView(
                inv.id,
                inv.number,
                inv.kind,
                inv.state,
                InvoiceStatus(status),
                inv.client_id,
                client_name,
                inv.project_id,
                code or "",
                inv.milestone_id,
                inv.issued_on,
                inv.due_on,
                inv.currency,
                inv.subtotal_minor,
                inv.tax_minor,
                inv.total_minor,
                int(p),
                int(c),
                int(o),
                inv.payment_terms,
                inv.notes,
                inv.void_reason,
                lines,
                payments,
                credits,
                inv.fx_rate,
                base,
            )

    def unbilled(self, project_id: int, *, until: date | None = None) -> list[UnbilledItem]:
        """Billable, not yet invoiced time and expenses of a project, oldest first."""
        with self._uow.read() as s:
            project = s.get(Project, project_id)
            if project is None:
                raise NotFound("That project no longer exists.")
            rate, rate_cur = _bill_rate(), _bill_rate_currency()
            q = (
                select(
                    TimeEntry.id,
                    TimeEntry.work_date,
                    Person.name,
                    TimeEntry.note,
                    TimeEntry.minutes,
                    rate,
                    rate_cur,
                )
                .join(Person, Person.id == TimeEntry.person_id)
                .where(
                    TimeEntry.project_id == project_id,
                    TimeEntry.billable.is_(True),
                    TimeEntry.invoice_line_id.is_(None),
                )
                .order_by(TimeEntry.work_date, TimeEntry.id)
            )
            if until is not None:
                q = q.where(TimeEntry.work_date <= until)
            out: list[UnbilledItem] = []
            for i, on, who, note, minutes, r, cur in s.execute(q):
                cur = cur or project.currency
                amount = None
                if r is not None:
                    amount = to_minor(hours_of(minutes) * from_minor(r, cur), cur)
                out.append(UnbilledItem("time", i, on, who, note, minutes, r, amount, cur))
            eq = (
                select(Expense)
                .where(
                    Expense.project_id == project_id,
                    Expense.billable.is_(True),
                    Expense.invoice_line_id.is_(None),
                )
                .order_by(Expense.spent_on, Expense.id)
            )
            if until is not None:
                eq = eq.where(Expense.spent_on <= until)
            for e in s.scalars(eq):
                out.append(
                    UnbilledItem(
                        "expense",
                        e.id,
                        e.spent_on,
                        e.vendor,
                        e.note,
                        0,
                        None,
                        e.amount_minor,
                        e.currency,
                    )
                )
            return out

    # --- writing ---------------------------------------------------------------------------
    def create(self, draft: InvoiceDraft) -> InvoiceView:
        """A new draft with the next number (a number, once taken, is never handed out again)."""
        d = _validate(draft)
        with self._uow.write() as s:
            _check_parties(s, d)
            inv = self._new_invoice(s, d)
            _write_lines(s, inv, d.lines)
            new_id = inv.id
        return self.get(new_id)

    def _new_invoice(self, s: Session, d: InvoiceDraft) -> Invoice:
        studio = _studio(s)
        inv = Invoice(
            number=next_code(s, "invoice", studio.invoice_prefix, year=d.issued_on.year),
            client_id=d.client_id,
            project_id=d.project_id,
            milestone_id=d.milestone_id,
            kind=d.kind,
            state=InvoiceState.DRAFT,
            issued_on=d.issued_on,
            due_on=d.due_on,
            currency=d.currency,
            fx_rate=clean_rate(d.fx_rate, d.currency, studio.base_currency),
            payment_terms=d.payment_terms,
            notes=d.notes,
        )
        s.add(inv)
        s.flush()
        return inv

    def update(self, invoice_id: int, draft: InvoiceDraft) -> InvoiceView:
        """Edit a draft. Lines that billed time or expenses are kept as they are."""
        with self._uow.write() as s:
            inv = _invoice(s, invoice_id)
            locked = self._locked_line_ids(s, inv.id)
            d = _validate(draft, allow_no_lines=bool(locked))
            if inv.state is not InvoiceState.DRAFT:
                raise Conflict("Only a draft can be edited; issue a credit note instead.")
            _check_parties(s, d)
            if locked and d.currency != inv.currency:
                raise ValidationError("currency", "Billed time fixes the invoice's currency.")
            inv.kind, inv.client_id, inv.project_id = d.kind, d.client_id, d.project_id
            inv.milestone_id, inv.issued_on, inv.due_on = d.milestone_id, d.issued_on, d.due_on
            inv.currency, inv.payment_terms, inv.notes = d.currency, d.payment_terms, d.notes
            inv.fx_rate = clean_rate(d.fx_rate, d.currency, _studio(s).base_currency)
            old = list(s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)))
            keep = [ln for ln in old if ln.id in locked]
            for ln in old:
                if ln.id not in locked:
                    s.delete(ln)
            s.flush()
            new_rows = _write_lines(s, inv, d.lines)
            for i, ln in enumerate(new_rows):
                ln.sort = len(keep) + i
            inv.subtotal_minor += sum(ln.amount_minor for ln in keep)
            inv.tax_minor += sum(ln.tax_minor for ln in keep)
            inv.total_minor = inv.subtotal_minor + inv.tax_minor
        return self.get(invoice_id)

    @staticmethod
    def _locked_line_ids(s: Session, invoice_id: int) -> set[int]:
        ids = select(InvoiceLine.id).where(InvoiceLine.invoice_id == invoice_id)
        t = s.scalars(select(TimeEntry.invoice_line_id).where(TimeEntry.invoice_line_id.in_(ids)))
        e = s.scalars(select(Expense.invoice_line_id).where(Expense.invoice_line_id.in_(ids)))
        return {int(x) for x in t if x is not None} | {int(x) for x in e if x is not None}

    def create_from_time(
        self,
        project_id: int,
        *,
        issued_on: date,
        due_on: date,
        time_entry_ids: Sequence[int],
        expense_ids: Sequence[int] = (),
        tax_rate_bp: int = 0,
        notes: str = "",
        fx_rate: Decimal | str | None = None,
    ) -> InvoiceView:
        """A time-and-materials draft: one line per person and bill rate, one per expense.

        Each billed entry points at its line (``invoice_line_id``) and is then locked: it can
        be billed again only after a credit note releases it.
        """
        if not time_entry_ids and not expense_ids:
            raise ValidationError("entries", "Choose the time entries or expenses to bill.")
        if not 0 <= tax_rate_bp <= 10_000:
            raise ValidationError("tax_rate", "The tax rate must be 0% to 100%.")
        if due_on < issued_on:
            raise ValidationError("due_on", "The due date cannot be before the issue date.")
        with self._uow.write() as s:
            project = s.get(Project, project_id)
            if project is None:
                raise NotFound("That project no longer exists.")
            currency = project.currency
            rows = s.execute(
                select(
                    TimeEntry.id,
                    TimeEntry.person_id,
                    Person.name,
                    TimeEntry.minutes,
                    TimeEntry.project_id,
                    TimeEntry.billable,
                    TimeEntry.invoice_line_id,
                    _bill_rate(),
                    _bill_rate_currency(),
                )
                .join(Person, Person.id == TimeEntry.person_id)
                .where(TimeEntry.id.in_(list(time_entry_ids)))
                .order_by(Person.name, TimeEntry.work_date, TimeEntry.id)
            ).all()
            if len(rows) != len(set(time_entry_ids)):
                raise ValidationError("entries", "Some of the chosen time entries no longer exist.")
            groups: dict[tuple[int, int], tuple[str, int, list[int]]] = {}
            for tid, pid, name, minutes, proj, billable, line_id, rate, rate_cur in rows:
                if proj != project_id:
                    raise ValidationError(
                        "entries", "A chosen time entry belongs to another project."
                    )
                if line_id is not None:
                    raise ValidationError("entries", "A chosen time entry is already invoiced.")
                if not billable:
                    raise ValidationError("entries", "A chosen time entry is not billable.")
                if rate is None:
                    raise ValidationError(
                        "entries", f"{name} has no bill rate on the date of a chosen entry."
                    )
                if rate_cur != currency:
                    raise ValidationError(
                        "entries",
                        f"{name}'s bill rate is in {rate_cur}, the project bills in {currency}.",
                    )
                key = (int(pid), int(rate))
                old = groups.get(key, (name, 0, []))
                groups[key] = (name, old[1] + int(minutes), [*old[2], int(tid)])
            expenses = list(
                s.scalars(
                    select(Expense)
                    .where(Expense.id.in_(list(expense_ids)))
                    .order_by(Expense.spent_on)
                )
            )
            if len(expenses) != len(set(expense_ids)):
                raise ValidationError("entries", "Some of the chosen expenses no longer exist.")
            base = _studio(s).base_currency
            exp_lines: list[tuple[LineDraft, int]] = []
            for e in expenses:
                if e.project_id != project_id:
                    raise ValidationError("entries", "A chosen expense belongs to another project.")
                if e.invoice_line_id is not None:
                    raise ValidationError("entries", "A chosen expense is already invoiced.")
                if e.currency == currency:
                    price = e.amount_minor
                elif currency == base:
                    price = e.base_amount_minor
                else:
                    raise ValidationError(
                        "entries",
                        f"An expense is in {e.currency}, the project bills in {currency}.",
                    )
                text = " ".join(f"{e.vendor} {e.note}".split()) or "Expense"
                exp_lines.append(
                    (
                        LineDraft(
                            f"{e.spent_on.isoformat()} {text}", Decimal(1), price, tax_rate_bp
                        ),
                        e.id,
                    )
                )
            d = InvoiceDraft(
                InvoiceKind.TIME_AND_MATERIALS,
                project.client_id,
                issued_on,
                due_on,
                currency,
                tuple(
                    LineDraft(
                        f"{name}: {_hours_text(minutes)} h", hours_of(minutes), rate, tax_rate_bp
                    )
                    for (_p, rate), (name, minutes, _ids) in groups.items()
                )
                + tuple(line for line, _e in exp_lines),
                project_id=project_id,
                notes=notes,
                fx_rate=fx_rate,
            )
            d = _validate(d)
            inv = self._new_invoice(s, d)
            lines = _write_lines(s, inv, d.lines)
            for line, (_key, (_n, _m, ids)) in zip(lines, groups.items(), strict=False):
                s.execute(
                    update(TimeEntry).where(TimeEntry.id.in_(ids)).values(invoice_line_id=line.id)
                )
            for line, (_ld, eid) in zip(lines[len(groups) :], exp_lines, strict=True):
                s.execute(update(Expense).where(Expense.id == eid).values(invoice_line_id=line.id))
            new_id = inv.id
        return self.get(new_id)

    def send(self, invoice_id: int) -> InvoiceView:
        """Draft -> sent: from now on it is owed, ages and can be paid."""
        with self._uow.write() as s:
            inv = _invoice(s, invoice_id)
            if inv.state is not InvoiceState.DRAFT:
                raise Conflict("Only a draft can be sent.")
            if inv.total_minor <= 0:
                raise ValidationError("lines", "An invoice of nothing cannot be sent.")
            # From now on it counts in revenue and receivables, which add up in base currency.
            base = _studio(s).base_currency
            inv.fx_rate = require_rate(clean_rate(inv.fx_rate, inv.currency, base))
            inv.state = InvoiceState.SENT
        return self.get(invoice_id)

    def void(self, invoice_id: int, reason: str) -> InvoiceView:
        """Void keeps the number (never reused). A void draft releases what it billed; a sent
        invoice with payments or billed time must be settled with a credit note instead."""
        reason = " ".join((reason or "").split())
        if not reason:
            raise ValidationError("reason", "Say why the invoice is void.")
        with self._uow.write() as s:
            inv = _invoice(s, invoice_id)
            if inv.state is InvoiceState.VOID:
                raise Conflict("The invoice is already void.")
            paid, _credited, _ = _outstanding(s, inv)
            if paid > 0:
                raise Conflict("An invoice with payments cannot be void; issue a credit note.")
            lines = select(InvoiceLine.id).where(InvoiceLine.invoice_id == inv.id)
            if inv.state is InvoiceState.SENT and self._locked_line_ids(s, inv.id):
                raise Conflict(
                    "This invoice billed time or expenses; issue a credit note to release them."
                )
            # A draft was never billed to anyone: its time and expenses go back to unbilled.
            s.execute(
                update(TimeEntry)
                .where(TimeEntry.invoice_line_id.in_(lines))
                .values(invoice_line_id=None)
            )
            s.execute(
                update(Expense)
                .where(Expense.invoice_line_id.in_(lines))
                .values(invoice_line_id=None)
            )
            inv.state = InvoiceState.VOID
            inv.void_reason = reason
            record(s, AuditAction.VOID, inv, f"Voided invoice {inv.number}: {reason}")
        return self.get(invoice_id)

    def record_payment(
        self,
        invoice_id: int,
        *,
        received_on: date,
        amount_minor: int,
        method: PaymentMethod = PaymentMethod.BANK_TRANSFER,
        reference: str = "",
        note: str = "",
        fx_rate: Decimal | str | None = None,
    ) -> InvoiceView:
        """A (partial) payment; never more than what is still owed.

        ``fx_rate``: 1 unit of the invoice's currency in the base currency on ``received_on``;
        required for a foreign invoice (the cash book counts the payment at this rate)."""
        if isinstance(amount_minor, bool) or int(amount_minor) <= 0:
            raise ValidationError("amount", "The payment must be more than zero.")
        try:
            method = PaymentMethod(method)
        except ValueError:
            raise ValidationError("method", "Choose how it was paid.") from None
        with self._uow.write() as s:
            inv = _invoice(s, invoice_id)
            if inv.state is not InvoiceState.SENT:
                raise ValidationError("amount", "Only a sent invoice can be paid.")
            if received_on < inv.issued_on:
                raise ValidationError("received_on", "The payment date is before the invoice date.")
            _paid, _credited, owed = _outstanding(s, inv)
            if int(amount_minor) > owed:
                shown = format_minor(owed, inv.currency)
                raise ValidationError("amount", f"The payment is more than the {shown} still owed.")
            base = _studio(s).base_currency
            rate = require_rate(clean_rate(fx_rate, inv.currency, base))
            s.add(
                Payment(
                    invoice_id=inv.id,
                    received_on=received_on,
                    amount_minor=int(amount_minor),
                    currency=inv.currency,
                    fx_rate=rate,
                    method=method,
                    reference=reference.strip()[:200],
                    note=note.strip(),
                )
            )
        return self.get(invoice_id)

    def issue_credit_note(
        self,
        invoice_id: int,
        *,
        issued_on: date,
        amount_minor: int,
        reason: str,
        release_billed: bool = False,
    ) -> InvoiceView:
        """A numbered credit note against what is still owed; optionally releases the invoice's
        billed time and expenses so they can be invoiced again."""
        reason = " ".join((reason or "").split())
        if isinstance(amount_minor, bool) or int(amount_minor) <= 0:
            raise ValidationError("amount", "The credit must be more than zero.")
        if not reason:
            raise ValidationError("reason", "Say why the credit is given.")
        with self._uow.write() as s:
            inv = _invoice(s, invoice_id)
            if inv.state is not InvoiceState.SENT:
                raise ValidationError("amount", "Only a sent invoice can be credited.")
            if issued_on < inv.issued_on:
                raise ValidationError(
                    "issued_on", "The credit note date is before the invoice date."
                )
            _paid, _credited, owed = _outstanding(s, inv)
            if int(amount_minor) > owed:
                shown = format_minor(owed, inv.currency)
                raise ValidationError("amount", f"The credit is more than the {shown} still owed.")
            prefix = "CN-"
            cn = CreditNote(
                number=next_code(s, "credit_note", prefix, year=issued_on.year),
                invoice_id=inv.id,
                issued_on=issued_on,
                amount_minor=int(amount_minor),
                currency=inv.currency,
                reason=reason,
            )
            s.add(cn)
            s.flush()
            released = 0
            if release_billed:
                lines = select(InvoiceLine.id).where(InvoiceLine.invoice_id == inv.id)
                # Session.execute() is typed as Result; a bulk UPDATE returns a CursorResult,
                # the only kind that has rowcount.
                released += cast(
                    CursorResult[Any],
                    s.execute(
                        update(TimeEntry)
                        .where(TimeEntry.invoice_line_id.in_(lines))
                        .values(invoice_line_id=None)
                    ),
                ).rowcount
                released += cast(
                    CursorResult[Any],
                    s.execute(
                        update(Expense)
                        .where(Expense.invoice_line_id.in_(lines))
                        .values(invoice_line_id=None)
                    ),
                ).rowcount
            record(
                s,
                AuditAction.CREDIT,
                cn,
                f"Credit note {cn.number} on invoice {inv.number}",
                {"released_entries": released},
            )
        return self.get(invoice_id)


__all__ = [
    "ClientChoice",
    "CreditNoteView",
    "Defaults",
    "InvoiceDraft",
    "InvoiceService",
    "InvoiceView",
    "LineDraft",
    "LineView",
    "PaymentView",
    "ProjectChoice",
    "UnbilledItem",
    "hours_of",
    "line_amounts",
]
