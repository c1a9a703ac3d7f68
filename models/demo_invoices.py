"""Demo project budgets, invoices with lines, payments and credit notes that add up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import cast

from sqlalchemy import Table, bindparam, update

from models.demo_context import Ctx, ProjectInfo, Row, days
from models.demo_time import _months, fx_rate
from models.entities import (
    CreditNote,
    Invoice,
    InvoiceLine,
    Payment,
    ProjectBudgetLine,
    ProjectBudgetRevision,
    TimeEntry,
)
from models.enums import (
    BudgetLineKind,
    InvoiceKind,
    InvoiceState,
    PaymentMethod,
    PricingModel,
    ProjectStage,
)
from models.money import from_minor, to_minor

VAT_BP = 600  # 6% VAT on design and consulting services
BUDGET_CATEGORIES = {
    "brand_visual_design": ("software_licences", "office_supplies"),
    "digital_marketing": ("ads", "promotion"),
    "web_app_development": ("cloud", "software_licences"),
    "content_creation": ("rent", "travel"),
    "consulting": ("travel", "events"),
}


def write_project_budgets(ctx: Ctx) -> None:
    rng = ctx.rng
    roles = {p.id: (p.role, p) for p in ctx.people}
    revisions: list[Row] = []
    lines: list[Row] = []
    for p in ctx.projects:
        if p.internal or not p.reached(ProjectStage.QUOTE):
            continue
        revised = p.reached(ProjectStage.DEVELOPMENT) and rng.random() < 0.25
        for rev in (1, 2) if revised else (1,):
            rid = len(revisions) + 1
            created = p.bounds[1] if rev == 1 else p.bounds[4]
            revisions.append(
                {
                    "id": rid,
                    "project_id": p.id,
                    "revision_no": rev,
                    "is_current": rev == (2 if revised else 1),
                    "warn_at_pct": rng.choice((80, 90)),
                    "note": "" if rev == 1 else "Re-planned after a change request",
                    "created_at": ctx.at(created, 15),
                }
            )
            labour = p.value * 55 // 100 * (rng.randint(110, 125) if rev == 2 else 100) // 100
            shares = [rng.randint(1, 4) for _ in p.team]
            subtotal, sort = 0, 0
            for person_id, share in zip(p.team, shares, strict=True):
                role, person = roles[person_id]
                rate = person.cost_rate(p.work_start) * 100
                if p.currency == "USD":
                    rate //= 7
                amount = labour * share // sum(shares)
                minutes = max(60, amount * 60 // max(1, rate) // 60 * 60)
                amount = minutes * rate // 60
                lines.append(
                    _budget_line(rid, BudgetLineKind.ROLE, None, role, minutes, rate, amount, sort)
                )
                subtotal, sort = subtotal + amount, sort + 1
            for code in BUDGET_CATEGORIES[p.service]:
                amount = p.value * rng.randint(2, 8) // 100
                lines.append(
                    _budget_line(
                        rid,
                        BudgetLineKind.CATEGORY,
                        ctx.expense_categories[code],
                        "",
                        None,
                        None,
                        amount,
                        sort,
                    )
                )
                subtotal, sort = subtotal + amount, sort + 1
            lines.append(
                _budget_line(
                    rid,
                    BudgetLineKind.CONTINGENCY,
                    None,
                    "",
                    None,
                    None,
                    subtotal // 10,
                    sort,
                    "Contingency 10%",
                )
            )
    ctx.writer.insert(ProjectBudgetRevision.__table__, revisions)
    ctx.writer.insert(ProjectBudgetLine.__table__, lines)


def _budget_line(
    rid: int,
    kind: BudgetLineKind,
    category: int | None,
    role: str,
    minutes: int | None,
    rate: int | None,
    amount: int,
    sort: int,
    description: str = "",
) -> Row:
    return {
        "revision_id": rid,
        "kind": kind,
        "category_id": category,
        "role": role,
        "minutes": minutes,
        "rate_minor": rate,
        "amount_minor": amount,
        "description": description,
        "sort": sort,
    }


@dataclass(slots=True)
class _Invoice:
    project: ProjectInfo
    kind: InvoiceKind
    issued: date
    due: date
    state: InvoiceState
    lines: list[Row]
    pay: str  # "full", "partial" or "none"
    pay_on: date
    milestone_id: int | None = None
    void_reason: str = ""
    tm_month: tuple[int, int] | None = None
    payments: list[Row] = field(default_factory=list)

    @property
    def subtotal(self) -> int:
        return sum(line["amount_minor"] for line in self.lines)

    @property
    def tax(self) -> int:
        return sum(line["tax_minor"] for line in self.lines)


# add(project, kind, issued, lines, pay, pay_on, milestone_id=..., tm_month=...)
_Add = Callable[..., None]


def _line(p: ProjectInfo, text: str, quantity: Decimal, unit_minor: int) -> Row:
    """Quantity x unit price rounded once; the tax of the line rounded once from that."""
    bp = VAT_BP if p.currency == "CNY" else 0  # exported services are zero-rated
    amount = to_minor(quantity * from_minor(unit_minor, p.currency), p.currency)
    tax = to_minor(from_minor(amount, p.currency) * bp / Decimal(10_000), p.currency)
    return {
        "description": text,
        "quantity": quantity,
        "unit_price_minor": unit_minor,
        "tax_rate_bp": bp,
        "amount_minor": amount,
        "tax_minor": tax,
    }


def _plan_invoices(ctx: Ctx) -> list[_Invoice]:
    rng, today = ctx.rng, ctx.today
    out: list[_Invoice] = []

    def add(
        p: ProjectInfo,
        kind: InvoiceKind,
        issued: date,
        lines: list[Row],
        pay: str,
        pay_on: date,
        **extra: object,
    ) -> None:
        if issued > today or not lines:
            return
        state = InvoiceState.SENT
        if pay == "draft":
            state, pay = InvoiceState.DRAFT, "none"
        if pay_on > today:
            pay = "none"
        inv = _Invoice(
            p,
            kind,
            issued,
            issued + days(15 if kind is InvoiceKind.DEPOSIT else 30),
            state,
            lines,
            pay,
            max(pay_on, issued),
            **extra,  # type: ignore[arg-type]
        )
        out.append(inv)
        if state is InvoiceState.SENT and rng.random() < 0.03:
            # Issued wrongly and voided; the good copy above carries the payments.
            wrong = [dict(line) for line in lines]
            out.append(
                _Invoice(
                    p,
                    kind,
                    issued,
                    inv.due,
                    InvoiceState.VOID,
                    wrong,
                    "none",
                    issued,
                    void_reason=rng.choice(
                        ("Wrong billing details; reissued", "开票信息有误，作废重开")
                    ),
                )
            )

    for p in ctx.projects:
        if p.internal or not p.reached(ProjectStage.CONTRACT):
            continue
        zh = p.client.chinese
        if p.deposit:
            if p.reached(ProjectStage.REQUIREMENTS):
                pay = "full"
            else:
                pay = rng.choices(("draft", "none", "partial", "full"), (3, 4, 1, 2))[0]
            add(
                p,
                InvoiceKind.DEPOSIT,
                p.bounds[2],
                [_line(p, "定金" if zh else "Deposit", Decimal(1), p.deposit)],
                pay,
                p.deposit_paid_day,
            )
        if p.pricing is PricingModel.FIXED_FEE:
            _fixed_fee(ctx, p, add)
        elif p.pricing is PricingModel.RETAINER:
            months = list(_months(p.work_start, min(p.work_end, today)))
            every = max(1, p.value // max(1, len(list(_months(p.work_start, p.work_end)))))
            for m in months:
                issued = max(m, p.work_start)
                text = f"{m:%Y-%m} 月度服务费" if zh else f"Monthly retainer {m:%B %Y}"
                old = (today - issued).days > 40
                pay = "full" if old else rng.choice(("none", "full", "draft"))
                add(
                    p,
                    InvoiceKind.OTHER,
                    issued,
                    [_line(p, text, Decimal(1), every)],
                    pay,
                    issued + days(rng.randint(5, 30)),
                )
    # Time-and-materials invoices follow the time logged, month by month.
    _time_and_materials(ctx, add)
    return out


def _fixed_fee(ctx: Ctx, p: ProjectInfo, add: _Add) -> None:
    rng, today, zh = ctx.rng, ctx.today, p.client.chinese
    milestone = 0
    large = p.base_value >= (150_000_00 if p.currency == "CNY" else 20_000_00)
    if large and p.reached(ProjectStage.REVIEW):
        milestone = p.base_value * 30 // 100
        done = p.reached(ProjectStage.DELIVERY)
        add(
            p,
            InvoiceKind.MILESTONE,
            p.bounds[5],
            [
                _line(
                    p,
                    "阶段款：制作完成" if zh else "Milestone: production complete",
                    Decimal(1),
                    milestone,
                )
            ],
            "full" if done else rng.choice(("none", "full")),
            p.bounds[5] + days(rng.randint(7, 35)),
            milestone_id=p.milestone_ids.get("development"),
        )
    if p.reached(ProjectStage.MAINTENANCE):
        balance = p.base_value - p.deposit - milestone
        lines = [_line(p, "尾款" if zh else "Balance on delivery", Decimal(1), balance)]
        lines += [
            _line(p, f"变更：{t}" if zh else f"Change request: {t}", Decimal(1), fee)
            for t, fee, _ in p.approved_changes
        ]
        lines = [line for line in lines if line["amount_minor"] > 0]
        if p.stage is ProjectStage.CLOSED:
            pay = "full"
        else:
            pay = rng.choices(("full", "partial", "none"), (55, 20, 25))[0]
        add(
            p,
            InvoiceKind.FINAL,
            p.bounds[7],
            lines,
            pay,
            p.final_paid_day,
            milestone_id=p.milestone_ids.get("delivery"),
        )
    elif p.stage is ProjectStage.DELIVERY and rng.random() < 0.5:
        balance = p.value - p.deposit - milestone
        if balance > 0:
            add(
                p,
                InvoiceKind.FINAL,
                today,
                [_line(p, "尾款" if zh else "Balance on delivery", Decimal(1), balance)],
                "draft",
                today,
            )
    allowed = 3 if p.service == "web_app_development" else 2
    if p.reached(ProjectStage.DELIVERY) and rng.random() < 0.15:
        fee = max(1000_00, p.base_value // 20 // 100 * 100)
        text = f"额外审阅轮次（第{allowed + 1}轮）" if zh else f"Extra review round ({allowed + 1})"
        add(
            p,
            InvoiceKind.OTHER,
            p.bounds[6],
            [_line(p, text, Decimal(1), fee)],
            rng.choice(("full", "none")),
            p.bounds[6] + days(rng.randint(5, 30)),
        )


def _time_and_materials(ctx: Ctx, add: _Add) -> None:
    rng, today = ctx.rng, ctx.today
    by_id = {p.id: p for p in ctx.projects}
    for (pid, year, month), minutes in sorted(ctx.tm_minutes.items()):
        p = by_id[pid]
        month_end = date(year + month // 12, month % 12 + 1, 1) - days(1)
        if month_end >= today:
            continue  # the month is still open
        hours = (Decimal(minutes) / 60).quantize(Decimal("0.01"))
        zh = p.client.chinese
        text = (
            f"{year}-{month:02d} 设计与开发工时" if zh else f"Time and materials {year}-{month:02d}"
        )
        issued = month_end + days(rng.randint(1, 4))
        old = (today - issued).days > 45
        pay = "full" if old and rng.random() < 0.95 else rng.choice(("none", "partial", "full"))
        add(
            p,
            InvoiceKind.TIME_AND_MATERIALS,
            issued,
            [_line(p, text, hours, p.hourly_minor)],
            pay,
            issued + days(rng.randint(10, 40)),
            tm_month=(year, month),
        )


def write_invoices(ctx: Ctx) -> int:
    rng, today = ctx.rng, ctx.today
    invoices = _plan_invoices(ctx)
    invoices.sort(key=lambda i: (i.issued, i.project.id, i.kind.value, i.state.value))
    inv_rows: list[Row] = []
    line_rows: list[Row] = []
    pay_rows: list[Row] = []
    credit_rows: list[Row] = []
    links: list[tuple[int, tuple[int, int], int]] = []
    sent = [i for i in invoices if i.state is InvoiceState.SENT]
    n_credit = max(2, int(len(sent) * ctx.profile.credit_note_share))
    credited = set(rng.sample(range(len(sent)), min(n_credit, len(sent))))
    credit_for = {id(sent[i]) for i in credited}
    for n, inv in enumerate(invoices, start=1):
        p, subtotal, tax = inv.project, inv.subtotal, inv.tax
        total = subtotal + tax
        inv_rows.append(
            {
                "id": n,
                # Numbered in issue order from one counter, as the invoicing service does.
                "number": f"{ctx.invoice_prefix}{inv.issued.year}-{n:05d}",
                "client_id": p.client.id,
                "project_id": p.id,
                "milestone_id": inv.milestone_id,
                "kind": inv.kind,
                "state": inv.state,
                "issued_on": inv.issued,
                "due_on": inv.due,
                "currency": p.currency,
                "fx_rate": _rate(ctx, p.currency, inv.issued),
                "subtotal_minor": subtotal,
                "tax_minor": tax,
                "total_minor": total,
                "payment_terms": "Net 30" if inv.kind is not InvoiceKind.DEPOSIT else "Net 15",
                "notes": "",
                "void_reason": inv.void_reason,
                "created_at": ctx.at(inv.issued, 11),
            }
        )
        for s, line in enumerate(inv.lines):
            line_id = len(line_rows) + 1
            line_rows.append({"id": line_id, "invoice_id": n, "sort": s, **line})
            if inv.tm_month and inv.state is not InvoiceState.VOID:
                links.append((p.id, inv.tm_month, line_id))
        payable = total
        if id(inv) in credit_for:
            amount = max(1, total * rng.randint(10, 30) // 100)
            payable -= amount
            credit_rows.append(
                {
                    "id": len(credit_rows) + 1,
                    "number": "",  # numbered below, in the order they were issued
                    "invoice_id": n,
                    "issued_on": min(today, inv.issued + days(rng.randint(3, 20))),
                    "amount_minor": amount,
                    "currency": p.currency,
                    "reason": rng.choice(
                        (
                            "Discount agreed for a late delivery",
                            "客户协商折让",
                            "One deliverable dropped from scope",
                        )
                    ),
                }
            )
        _payments(ctx, inv, n, payable, pay_rows)
    for k, row in enumerate(sorted(credit_rows, key=lambda r: (r["issued_on"], r["id"])), 1):
        row["number"] = f"CN-{row['issued_on'].year}-{k:05d}"
    w = ctx.writer
    w.insert(Invoice.__table__, inv_rows)
    w.insert(InvoiceLine.__table__, line_rows)
    w.insert(Payment.__table__, pay_rows)
    w.insert(CreditNote.__table__, credit_rows)
    _lock_invoiced_time(ctx, links)
    return len(inv_rows)


def _rate(ctx: Ctx, currency: str, on: date) -> Decimal:
    """1 for the base currency; a USD invoice or payment at that month's bank rate."""
    return Decimal(1) if currency == ctx.base_currency else fx_rate(ctx, on)


def _payments(ctx: Ctx, inv: _Invoice, invoice_id: int, payable: int, out: list[Row]) -> None:
    """Never more than what is still owed; a full payment sometimes comes in two parts."""
    rng, today = ctx.rng, ctx.today
    if inv.state is not InvoiceState.SENT or inv.pay == "none" or payable <= 0:
        return
    if inv.pay == "partial":
        parts = [payable * rng.randint(30, 70) // 100]
    elif rng.random() < 0.2 and payable > 1:
        first = payable // 2
        parts = [first, payable - first]
    else:
        parts = [payable]
    on = inv.pay_on
    method = rng.choices(list(PaymentMethod), (70, 10, 10, 1, 5, 4))[0]
    for amount in parts:
        if amount <= 0 or on > today:
            break
        out.append(
            {
                "id": len(out) + 1,
                "invoice_id": invoice_id,
                "received_on": on,
                "amount_minor": amount,
                "currency": inv.project.currency,
                "fx_rate": _rate(ctx, inv.project.currency, on),
                "method": method,
                "reference": f"{on:%Y%m%d}{rng.randrange(10**6):06d}",
                "note": "",
            }
        )
        on = on + days(rng.randint(10, 30))


def _lock_invoiced_time(ctx: Ctx, links: list[tuple[int, tuple[int, int], int]]) -> None:
    """Billable T&M time of an invoiced month points at its invoice line (it is then locked)."""
    if not links:
        return
    t = cast(Table, TimeEntry.__table__)
    stmt = (
        update(t)
        .where(t.c.project_id == bindparam("pid"))
        .where(t.c.work_date >= bindparam("first"))
        .where(t.c.work_date < bindparam("after"))
        .where(t.c.billable.is_(True))
        .values(invoice_line_id=bindparam("line"))
    )
    params = []
    for pid, (year, month), line in links:
        after = date(year + month // 12, month % 12 + 1, 1)
        params.append({"pid": pid, "first": date(year, month, 1), "after": after, "line": line})
    ctx.writer.conn.execute(stmt, params)
