"""Translated names and definitions of the KPIs (same English text as models.services.kpi_defs)."""
# ruff: noqa: E501  (lupdate needs each text as one literal)

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_TEXT: dict[str, tuple[str, str, str]] = {
    "revenue": (
        QT_TRANSLATE_NOOP("Kpi", "Revenue"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Invoiced amounts excluding tax of the invoices sent (not draft, not void) and issued in the period, less the credit notes issued in the period; base currency only.",
        ),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Revenue = Σ invoice subtotal (issued in period) − Σ credit notes (issued in period)",
        ),
    ),
    "revenue_growth": (
        QT_TRANSLATE_NOOP("Kpi", "Revenue growth"),
        QT_TRANSLATE_NOOP("Kpi", "How much revenue grew compared with the previous period."),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Growth % = (Revenue − Revenue of previous period) ÷ Revenue of previous period × 100",
        ),
    ),
    "gross_margin": (
        QT_TRANSLATE_NOOP("Kpi", "Gross margin"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Revenue less the direct cost of the work (labour at each person's cost rate valid on the day, plus project expenses), as a share of revenue.",
        ),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Gross margin % = (Revenue − Labour cost − Project expenses) ÷ Revenue × 100; Labour cost = Σ minutes ÷ 60 × cost rate on the work date",
        ),
    ),
    "net_cash": (
        QT_TRANSLATE_NOOP("Kpi", "Net cash"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Money received from clients in the period less every expense paid in the period.",
        ),
        QT_TRANSLATE_NOOP("Kpi", "Net cash = Σ payments received − Σ expenses (base amount)"),
    ),
    "receivables": (
        QT_TRANSLATE_NOOP("Kpi", "Receivables outstanding"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "What sent invoices still ask for at the end of the period: total less payments and credit notes up to that day.",
        ),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Receivables = Σ (invoice total − paid − credited) over sent invoices issued by the end",
        ),
    ),
    "dso": (
        QT_TRANSLATE_NOOP("Kpi", "Days sales outstanding"),
        QT_TRANSLATE_NOOP("Kpi", "How many days of revenue the receivables represent."),
        QT_TRANSLATE_NOOP(
            "Kpi", "DSO = Receivables at period end ÷ Revenue of the period × days in the period"
        ),
    ),
    "on_time": (
        QT_TRANSLATE_NOOP("Kpi", "On-time delivery"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Projects delivered and milestones done in the period (with a due date) that were on or before their due date.",
        ),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "On-time % = (projects with delivered ≤ due + milestones with done ≤ due) ÷ (projects delivered + milestones done) × 100",
        ),
    ),
    "budget_control": (
        QT_TRANSLATE_NOOP("Kpi", "Budget control"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Projects with a current budget and work in the period whose actual cost to the period end is within that budget.",
        ),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Budget control % = projects with actual cost ≤ budget total ÷ projects with a budget × 100; actual cost = labour cost + project expenses",
        ),
    ),
    "utilisation": (
        QT_TRANSLATE_NOOP("Kpi", "Utilisation"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Logged time as a share of capacity: each person's working days (minus public holidays and time off) × their daily minutes.",
        ),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Utilisation % = Σ logged minutes ÷ Σ capacity minutes × 100; daily minutes = weekly minutes ÷ working days a week",
        ),
    ),
    "billable": (
        QT_TRANSLATE_NOOP("Kpi", "Billable time"),
        QT_TRANSLATE_NOOP("Kpi", "Billable logged time as a share of capacity."),
        QT_TRANSLATE_NOOP("Kpi", "Billable % = Σ billable minutes ÷ Σ capacity minutes × 100"),
    ),
    "new_clients": (
        QT_TRANSLATE_NOOP("Kpi", "New clients"),
        QT_TRANSLATE_NOOP("Kpi", "Clients added in the period (merged duplicates not counted)."),
        QT_TRANSLATE_NOOP("Kpi", "New clients = count(clients created in the period)"),
    ),
    "retention": (
        QT_TRANSLATE_NOOP("Kpi", "Client retention"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Of the clients with work in the same period last year, the share that also had work in this period. Work = time logged on their projects or an invoice sent.",
        ),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Retention % = |clients with work now ∩ last year| ÷ |clients with work last year| × 100",
        ),
    ),
    "satisfaction": (
        QT_TRANSLATE_NOOP("Kpi", "Client satisfaction"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Average satisfaction (1 to 5) of the projects delivered in the period that were rated.",
        ),
        QT_TRANSLATE_NOOP(
            "Kpi", "Satisfaction = Σ rating ÷ number of rated projects delivered in the period"
        ),
    ),
    "pipeline": (
        QT_TRANSLATE_NOOP("Kpi", "Weighted pipeline"),
        QT_TRANSLATE_NOOP(
            "Kpi", "Open deals at the period end, each counted at its value times its probability."
        ),
        QT_TRANSLATE_NOOP("Kpi", "Weighted pipeline = Σ deal value × probability % (open deals)"),
    ),
    "high_risks": (
        QT_TRANSLATE_NOOP("Kpi", "Open high risks"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Risks not closed at the period end whose score (probability × impact) is 15 or more.",
        ),
        QT_TRANSLATE_NOOP(
            "Kpi", "High risks = count(risks with probability × impact ≥ 15, not closed)"
        ),
    ),
}


def kpi_name(code: str) -> str:
    return QCoreApplication.translate("Kpi", _TEXT[code][0])


def kpi_words(code: str) -> str:
    return QCoreApplication.translate("Kpi", _TEXT[code][1])


def kpi_symbols(code: str) -> str:
    return QCoreApplication.translate("Kpi", _TEXT[code][2])
