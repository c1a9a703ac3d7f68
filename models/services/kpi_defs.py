"""What each KPI means: code, unit, default target and warning, and its formula in words."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

Unit = Literal["money", "percent", "count", "days", "score"]


@dataclass(frozen=True, slots=True)
class KpiDefinition:
    code: str
    name: str
    unit: Unit
    words: str
    symbols: str
    target: Decimal | None
    warning: Decimal | None
    higher_is_better: bool = True


def _d(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


KPI_DEFINITIONS: tuple[KpiDefinition, ...] = (
    KpiDefinition(
        "revenue", "Revenue", "money",
        "Invoiced amounts excluding tax of the invoices sent (not draft, not void) and issued "
        "in the period, less the credit notes issued in the period; base currency only.",
        "Revenue = Σ invoice subtotal (issued in period) − Σ credit notes (issued in period)",
        None, None,
    ),
    KpiDefinition(
        "revenue_growth", "Revenue growth", "percent",
        "How much revenue grew compared with the previous period.",
        "Growth % = (Revenue − Revenue of previous period) ÷ Revenue of previous period × 100",
        _d("10"), _d("0"),
    ),
    KpiDefinition(
        "gross_margin", "Gross margin", "percent",
        "Revenue less the direct cost of the work (labour at each person's cost rate valid on "
        "the day, plus project expenses), as a share of revenue.",
        "Gross margin % = (Revenue − Labour cost − Project expenses) ÷ Revenue × 100; "
        "Labour cost = Σ minutes ÷ 60 × cost rate on the work date",
        _d("50"), _d("35"),
    ),
    KpiDefinition(
        "net_cash", "Net cash", "money",
        "Money received from clients in the period less every expense paid in the period.",
        "Net cash = Σ payments received − Σ expenses (base amount)",
        _d("0"), _d("0"),
    ),
    KpiDefinition(
        "receivables", "Receivables outstanding", "money",
        "What sent invoices still ask for at the end of the period: total less payments and "
        "credit notes up to that day.",
        "Receivables = Σ (invoice total − paid − credited) over sent invoices issued by the end",
        None, None, False,
    ),
    KpiDefinition(
        "dso", "Days sales outstanding", "days",
        "How many days of revenue the receivables represent.",
        "DSO = Receivables at period end ÷ Revenue of the period × days in the period",
        _d("45"), _d("60"), False,
    ),
    KpiDefinition(
        "on_time", "On-time delivery", "percent",
        "Projects delivered and milestones done in the period (with a due date) that were on or "
        "before their due date.",
        "On-time % = (projects with delivered ≤ due + milestones with done ≤ due) ÷ "
        "(projects delivered + milestones done) × 100",
        _d("90"), _d("80"),
    ),
    KpiDefinition(
        "budget_control", "Budget control", "percent",
        "Projects with a current budget and work in the period whose actual cost to the period "
        "end is within that budget.",
        "Budget control % = projects with actual cost ≤ budget total ÷ projects with a budget "
        "× 100; actual cost = labour cost + project expenses",
        _d("90"), _d("75"),
    ),
    KpiDefinition(
        "utilisation", "Utilisation", "percent",
        "Logged time as a share of capacity: each person's working days (minus public "
        "holidays and time off) × their daily minutes.",
        "Utilisation % = Σ logged minutes ÷ Σ capacity minutes × 100; daily minutes = weekly "
        "minutes ÷ working days a week",
        _d("85"), _d("70"),
    ),
    KpiDefinition(
        "billable", "Billable time", "percent",
        "Billable logged time as a share of capacity.",
        "Billable % = Σ billable minutes ÷ Σ capacity minutes × 100",
        _d("75"), _d("60"),
    ),
    KpiDefinition(
        "new_clients", "New clients", "count",
        "Clients added in the period (merged duplicates not counted).",
        "New clients = count(clients created in the period)",
        None, None,
    ),
    KpiDefinition(
        "retention", "Client retention", "percent",
        "Of the clients with work in the same period last year, the share that also had work "
        "in this period. Work = time logged on their projects or an invoice sent.",
        "Retention % = |clients with work now ∩ last year| ÷ |clients with work last year| × 100",
        _d("70"), _d("50"),
    ),
    KpiDefinition(
        "satisfaction", "Client satisfaction", "score",
        "Average satisfaction (1 to 5) of the projects delivered in the period that were rated.",
        "Satisfaction = Σ rating ÷ number of rated projects delivered in the period",
        _d("4.5"), _d("4"),
    ),
    KpiDefinition(
        "pipeline", "Weighted pipeline", "money",
        "Open deals at the period end, each counted at its value times its probability.",
        "Weighted pipeline = Σ deal value × probability % (open deals)",
        None, None,
    ),
    KpiDefinition(
        "high_risks", "Open high risks", "count",
        "Risks not closed at the period end whose score (probability × impact) is 15 or more.",
        "High risks = count(risks with probability × impact ≥ 15, not closed)",
        _d("0"), _d("3"), False,
    ),
)  # fmt: skip

DEFINITIONS_BY_CODE: dict[str, KpiDefinition] = {d.code: d for d in KPI_DEFINITIONS}
KPI_CODES: tuple[str, ...] = tuple(d.code for d in KPI_DEFINITIONS)
