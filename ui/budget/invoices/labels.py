"""Labels of the invoices catalogue: column headers, figures, cash-book kinds, service sentences."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TITLE = QT_TRANSLATE_NOOP("Invoices", "Invoices")

# Tab titles (the Budget page shows them beside its own tabs).
TAB_INVOICES = QT_TRANSLATE_NOOP("Invoices", "Invoices")
TAB_RECEIVABLES = QT_TRANSLATE_NOOP("Invoices", "Receivables")
TAB_CASH_BOOK = QT_TRANSLATE_NOOP("Invoices", "Cash book")
TAB_MARGINS = QT_TRANSLATE_NOOP("Invoices", "Margins")

COLUMNS: dict[str, str] = {
    "description": QT_TRANSLATE_NOOP("InvoiceColumn", "Description"),
    "quantity": QT_TRANSLATE_NOOP("InvoiceColumn", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("InvoiceColumn", "Unit price"),
    "tax_rate": QT_TRANSLATE_NOOP("InvoiceColumn", "Tax %"),
    "amount": QT_TRANSLATE_NOOP("InvoiceColumn", "Amount"),
    "tax": QT_TRANSLATE_NOOP("InvoiceColumn", "Tax"),
    "billed": QT_TRANSLATE_NOOP("InvoiceColumn", "Billed entries"),
    "client": QT_TRANSLATE_NOOP("InvoiceColumn", "Client"),
    "currency": QT_TRANSLATE_NOOP("InvoiceColumn", "Currency"),
    "not_due": QT_TRANSLATE_NOOP("InvoiceColumn", "Not yet due"),
    "d0_30": QT_TRANSLATE_NOOP("InvoiceColumn", "0-30 days"),
    "d31_60": QT_TRANSLATE_NOOP("InvoiceColumn", "31-60 days"),
    "d61_90": QT_TRANSLATE_NOOP("InvoiceColumn", "61-90 days"),
    "d90_plus": QT_TRANSLATE_NOOP("InvoiceColumn", "90+ days"),
    "total": QT_TRANSLATE_NOOP("InvoiceColumn", "Total owed"),
    "invoices": QT_TRANSLATE_NOOP("InvoiceColumn", "Invoices"),
    "date": QT_TRANSLATE_NOOP("InvoiceColumn", "Date"),
    "kind": QT_TRANSLATE_NOOP("InvoiceColumn", "Kind"),
    "reference": QT_TRANSLATE_NOOP("InvoiceColumn", "Reference"),
    "party": QT_TRANSLATE_NOOP("InvoiceColumn", "Client / vendor"),
    "money_in": QT_TRANSLATE_NOOP("InvoiceColumn", "In"),
    "money_out": QT_TRANSLATE_NOOP("InvoiceColumn", "Out"),
    "balance": QT_TRANSLATE_NOOP("InvoiceColumn", "Balance"),
    "project": QT_TRANSLATE_NOOP("InvoiceColumn", "Project"),
    "invoiced": QT_TRANSLATE_NOOP("InvoiceColumn", "Revenue invoiced"),
    "received": QT_TRANSLATE_NOOP("InvoiceColumn", "Revenue earned"),
    "labour": QT_TRANSLATE_NOOP("InvoiceColumn", "Labour cost"),
    "expenses": QT_TRANSLATE_NOOP("InvoiceColumn", "Expenses"),
    "cost": QT_TRANSLATE_NOOP("InvoiceColumn", "Cost"),
    "margin_invoiced": QT_TRANSLATE_NOOP("InvoiceColumn", "Margin (invoiced)"),
    "margin_earned": QT_TRANSLATE_NOOP("InvoiceColumn", "Margin (earned)"),
    "invoiced_base": QT_TRANSLATE_NOOP("InvoiceColumn", "Invoiced in base currency"),
    "who": QT_TRANSLATE_NOOP("InvoiceColumn", "Person / vendor"),
    "note": QT_TRANSLATE_NOOP("InvoiceColumn", "Note"),
    "hours": QT_TRANSLATE_NOOP("InvoiceColumn", "Hours"),
    "rate": QT_TRANSLATE_NOOP("InvoiceColumn", "Bill rate"),
    "source": QT_TRANSLATE_NOOP("InvoiceColumn", "Row"),
    "detail": QT_TRANSLATE_NOOP("InvoiceColumn", "Detail"),
    "name_ref": QT_TRANSLATE_NOOP("InvoiceColumn", "Number / name"),
}

CASH_KINDS: dict[str, str] = {
    "payment": QT_TRANSLATE_NOOP("CashKind", "Payment received"),
    "invoice": QT_TRANSLATE_NOOP("CashKind", "Invoice issued"),
    "credit_note": QT_TRANSLATE_NOOP("CashKind", "Credit note"),
    "expense": QT_TRANSLATE_NOOP("CashKind", "Expense"),
    "time_entry": QT_TRANSLATE_NOOP("CashKind", "Time entry"),
    "time": QT_TRANSLATE_NOOP("CashKind", "Time entry"),
    "figure": QT_TRANSLATE_NOOP("CashKind", "Figure"),
}

FIGURES: dict[str, str] = {
    "invoiced": QT_TRANSLATE_NOOP("Figure", "Revenue invoiced"),
    "received": QT_TRANSLATE_NOOP("Figure", "Revenue earned"),
    "labour": QT_TRANSLATE_NOOP("Figure", "Labour cost"),
    "expenses": QT_TRANSLATE_NOOP("Figure", "Expenses"),
    "cost": QT_TRANSLATE_NOOP("Figure", "Cost"),
    "margin_invoiced": QT_TRANSLATE_NOOP("Figure", "Gross margin (invoiced)"),
    "margin_earned": QT_TRANSLATE_NOOP("Figure", "Gross margin (earned)"),
}

# The formulas the report service states, listed so a Chinese UI can show them in Chinese.
FORMULAS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Formula",
        "Revenue invoiced = for each sent invoice, its subtotal (without tax) minus the tax-free "
        "share of its credit notes (credit x subtotal / total, rounded half-up per invoice); "
        "drafts and void invoices count nothing.",
    ),
    QT_TRANSLATE_NOOP(
        "Formula",
        "Revenue earned = the payments received, each invoice's sum taken without its tax share "
        "(payments x subtotal / total, rounded half-up per invoice).",
    ),
    QT_TRANSLATE_NOOP(
        "Formula",
        "Labour cost = for each time entry, minutes x the person's cost rate valid on the work "
        "date / 60, rounded half-up per entry, then summed.",
    ),
    QT_TRANSLATE_NOOP(
        "Formula",
        "Expenses = the sum of the expenses booked to it, in the base currency, tax included.",
    ),
    QT_TRANSLATE_NOOP("Formula", "Cost = labour cost + expenses."),
    QT_TRANSLATE_NOOP(
        "Formula",
        "Gross margin (invoiced) = (revenue invoiced - cost) / revenue invoiced x 100%, "
        "to 0.1% half-up; none while nothing is invoiced.",
    ),
    QT_TRANSLATE_NOOP(
        "Formula",
        "Gross margin (earned) = (revenue earned - cost) / revenue earned x 100%, to 0.1% "
        "half-up; none while nothing is received.",
    ),
)
# Notes the service appends to a formula (studio scope, exchange rates); translated one by one.
NOTES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Formula",
        " For the studio: every project's figures plus studio overhead (expenses without a "
        "project), in the base currency; foreign invoices at their own exchange rate.",
    ),
    QT_TRANSLATE_NOOP(
        "Formula",
        " Revenue in another currency is put in the base currency at each invoice's exchange rate "
        "(invoice date), summed per currency and rate and rounded once, half-up; payments count "
        "at the invoice's rate here (the cash book uses the payment's rate).",
    ),
    QT_TRANSLATE_NOOP(
        "Formula",
        " Some invoices in another currency have no exchange rate to the base currency yet, so no "
        "margin is computed; enter their rate on the invoice.",
    ),
)

# Fixed sentences InvoiceService raises (translated through the shell's ServiceMessage context).
SERVICE_MESSAGES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ServiceMessage", "Describe what the line bills."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The description is too long."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter a quantity such as 1 or 2.5."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The quantity must be more than zero."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The unit price cannot be negative."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The tax rate must be 0% to 100%."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose the kind of invoice."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose the client to invoice."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The due date cannot be before the issue date."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Add at least one line."),
    QT_TRANSLATE_NOOP("ServiceMessage", "An invoice holds at most 500 lines."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That invoice no longer exists."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That project no longer exists."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The project belongs to another client."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Only a draft can be edited; issue a credit note instead."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Billed time fixes the invoice's currency."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose the time entries or expenses to bill."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Some of the chosen time entries no longer exist."),
    QT_TRANSLATE_NOOP("ServiceMessage", "A chosen time entry belongs to another project."),
    QT_TRANSLATE_NOOP("ServiceMessage", "A chosen time entry is already invoiced."),
    QT_TRANSLATE_NOOP("ServiceMessage", "A chosen time entry is not billable."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Some of the chosen expenses no longer exist."),
    QT_TRANSLATE_NOOP("ServiceMessage", "A chosen expense belongs to another project."),
    QT_TRANSLATE_NOOP("ServiceMessage", "A chosen expense is already invoiced."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Only a draft can be sent."),
    QT_TRANSLATE_NOOP("ServiceMessage", "An invoice of nothing cannot be sent."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Say why the invoice is void."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The invoice is already void."),
    QT_TRANSLATE_NOOP(
        "ServiceMessage", "An invoice with payments cannot be void; issue a credit note."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "This invoice billed time or expenses; issue a credit note to release them.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessage", "The payment must be more than zero."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose how it was paid."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Only a sent invoice can be paid."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The payment date is before the invoice date."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The credit must be more than zero."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Say why the credit is given."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Only a sent invoice can be credited."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The credit note date is before the invoice date."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The end date is before the start date."),
)


def column(key: str) -> str:
    return QCoreApplication.translate("InvoiceColumn", COLUMNS.get(key, key))


def cash_kind(key: str) -> str:
    return QCoreApplication.translate("CashKind", CASH_KINDS.get(key, key))


def figure(key: str) -> str:
    return QCoreApplication.translate("Figure", FIGURES.get(key, key))


def formula(text: str) -> str:
    """A formula sentence in the UI language; studio/currency notes are appended to it."""
    for note in NOTES:
        if text.endswith(note):
            head = text[: -len(note)]
            return formula(head) + QCoreApplication.translate("Formula", note)
    return QCoreApplication.translate("Formula", text)
