"""Plain, fully computed report data (built by models.services.report_data, printed by reports)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from models.enums import (
    ChangeRequestStatus,
    InvoiceKind,
    InvoiceStatus,
    ProjectStage,
    ProjectStatus,
    RiskResponse,
    RiskStatus,
)
from models.money import Money

LANGS = ("en", "zh", "both")
PAPERS = ("a4", "letter")


@dataclass(frozen=True, slots=True)
class StudioInfo:
    name: str
    base_currency: str = "CNY"
    address: str = ""
    tax_id: str = ""
    bank_details: str = ""
    accent_color: str = "#2f6f8f"
    logo_path: str = ""


@dataclass(frozen=True, slots=True)
class ContactLine:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    wechat: str = ""
    is_primary: bool = False


@dataclass(frozen=True, slots=True)
class MilestoneLine:
    name: str
    due_on: date | None = None
    done_on: date | None = None


@dataclass(frozen=True, slots=True)
class InvoiceSummary:
    number: str
    project_code: str
    issued_on: date
    due_on: date
    total: Money
    paid: Money
    outstanding: Money
    status: InvoiceStatus


@dataclass(frozen=True, slots=True)
class RiskLine:
    title: str
    probability: int
    impact: int
    status: RiskStatus = RiskStatus.OPEN
    response: RiskResponse = RiskResponse.MITIGATE
    project_code: str = ""
    category: str = ""
    owner: str = ""
    mitigation: str = ""
    next_review_on: date | None = None
    category_zh: str = ""

    @property
    def score(self) -> int:
        return self.probability * self.impact


@dataclass(frozen=True, slots=True)
class ProjectSummary:
    """One project as a client sees it: where it stands and what it cost against plan."""

    code: str
    name: str
    stage: ProjectStage
    status: ProjectStatus
    start_on: date | None
    due_on: date | None
    percent_complete: int
    fee: Money  # contract value (after approved changes)
    budget: Money  # the current budget revision's total (fee when there is none)
    labour_cost: Money  # minutes x the cost rate valid on each work date
    expenses: Money
    hours: Decimal
    invoiced: Money
    paid: Money
    outstanding: Money
    milestones: tuple[MilestoneLine, ...] = ()
    next_steps: tuple[str, ...] = ()

    @property
    def actual(self) -> Money:
        return self.labour_cost + self.expenses


@dataclass(frozen=True, slots=True)
class ClientInfo:
    name: str
    name_alt: str = ""
    industry: str = ""
    notes: str = ""
    contacts: tuple[ContactLine, ...] = ()


@dataclass(frozen=True, slots=True)
class MissingRate:
    """Documents in a foreign currency left out of base-currency figures: no rate yet."""

    kind: str  # "invoice" | "payment"
    currency: str
    count: int


@dataclass(frozen=True, slots=True)
class ClientReportData:
    studio: StudioInfo
    client: ClientInfo
    period_start: date
    period_end: date
    generated_on: date
    currency: str
    projects: tuple[ProjectSummary, ...]
    invoices: tuple[InvoiceSummary, ...]
    risks: tuple[RiskLine, ...]
    next_steps: tuple[str, ...] = ()
    # The invoice list's total row (total, paid, outstanding) in ``currency``: each invoice at
    # its own rate; None = sum the rows in ``currency`` only. missing_rates: left out of it.
    invoice_totals: tuple[Money, Money, Money] | None = None
    missing_rates: tuple[MissingRate, ...] = ()


@dataclass(frozen=True, slots=True)
class StageLine:
    stage: ProjectStage
    on: date
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ChangeLine:
    title: str
    status: ChangeRequestStatus
    requested_on: date
    extra_fee: Money
    extra_days: int = 0


@dataclass(frozen=True, slots=True)
class AmountLine:
    """A labelled plan against actual (a budget category, a month...)."""

    label: str
    budget: Money
    actual: Money
    label_zh: str = ""

    @property
    def variance(self) -> Money:
        return self.budget - self.actual


@dataclass(frozen=True, slots=True)
class ProjectReportData:
    studio: StudioInfo
    client_name: str
    project: ProjectSummary
    generated_on: date
    stage_history: tuple[StageLine, ...] = ()
    tasks_done: int = 0
    tasks_open: int = 0
    budget_lines: tuple[AmountLine, ...] = ()
    changes: tuple[ChangeLine, ...] = ()
    risks: tuple[RiskLine, ...] = ()
    description: str = ""


@dataclass(frozen=True, slots=True)
class AcceptanceData:
    studio: StudioInfo
    client_name: str
    project_code: str
    project_name: str
    deliverables: tuple[MilestoneLine, ...]
    contract_value: Money
    delivered_on: date | None
    accepted_on: date | None
    accepted_by: str
    generated_on: date
    description: str = ""


@dataclass(frozen=True, slots=True)
class InvoiceItem:
    description: str
    quantity: Decimal
    unit_price: Money
    tax_rate_bp: int
    amount: Money
    tax: Money


@dataclass(frozen=True, slots=True)
class InvoiceData:
    studio: StudioInfo
    number: str
    kind: InvoiceKind
    status: InvoiceStatus
    client_name: str
    client_contact: str
    project: str
    issued_on: date
    due_on: date
    currency: str
    items: tuple[InvoiceItem, ...]
    subtotal: Money
    tax: Money
    total: Money
    paid: Money
    credited: Money
    outstanding: Money
    payment_terms: str = ""
    notes: str = ""

    def tax_by_rate(self) -> tuple[tuple[int, Money, Money], ...]:
        """(rate in basis points, taxable amount, tax) per rate, in rate order."""
        rows: dict[int, tuple[Money, Money]] = {}
        for item in self.items:
            base, tax = rows.get(item.tax_rate_bp, (Money.zero(self.currency),) * 2)
            rows[item.tax_rate_bp] = (base + item.amount, tax + item.tax)
        return tuple((bp, b, t) for bp, (b, t) in sorted(rows.items()))


@dataclass(frozen=True, slots=True)
class BudgetReportData:
    studio: StudioInfo
    period: str  # "month" | "quarter" | "year"
    start: date
    end: date  # inclusive
    currency: str
    categories: tuple[AmountLine, ...]
    months: tuple[AmountLine, ...]  # one per month of the period, for the chart
    revenue: Money
    generated_on: date
    missing_rates: tuple[MissingRate, ...] = ()  # left out of revenue


@dataclass(frozen=True, slots=True)
class RiskRegisterData:
    studio: StudioInfo
    generated_on: date
    risks: tuple[RiskLine, ...]
    currency: str = "CNY"
    # (probability, impact, open risks) over the whole register, when the list is cut short
    heat: tuple[tuple[int, int, int], ...] = ()
    omitted: int = 0  # risks left out of the list (lowest scores first)


@dataclass(frozen=True, slots=True)
class KpiLine:
    code: str
    value: Decimal
    target: Decimal | None
    unit: str  # "money" | "pct" | "hours" | "count" | "days"
    higher_is_better: bool = True

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        return self.value >= self.target if self.higher_is_better else self.value <= self.target


@dataclass(frozen=True, slots=True)
class MonthPoint:
    label: str  # "2026-03"
    invoiced: Money
    collected: Money
    cost: Money
    hours: Decimal


@dataclass(frozen=True, slots=True)
class MonthlyReportData:
    studio: StudioInfo
    year: int
    month: int
    currency: str
    kpis: tuple[KpiLine, ...]
    trend: tuple[MonthPoint, ...]  # the last twelve months, oldest first
    projects_by_stage: tuple[tuple[ProjectStage, int], ...] = field(default=())
    generated_on: date = date(2000, 1, 1)
    missing_rates: tuple[MissingRate, ...] = ()  # left out of the money figures
