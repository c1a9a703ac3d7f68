"""Entry point for the Budget page: the invoices, receivables, cash book and margins tabs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.budget.invoices import labels
from ui.budget.invoices.invoices_tab import InvoicesTab
from ui.budget.invoices.reports_tabs import CashBookTab, MarginsTab, ReceivablesTab
from ui.shell.changes import DataChanges
from ui.shell.tasks import TaskRunner


def build_invoice_tabs(
    services: Any, changes: DataChanges, tasks: TaskRunner | None = None
) -> list[tuple[str, QWidget]]:
    """(translated title, widget) for each tab, in the order the Budget page shows them."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Invoices", text)

    return [
        (tr(labels.TAB_INVOICES), InvoicesTab(services, changes)),
        (tr(labels.TAB_RECEIVABLES), ReceivablesTab(services, changes, tasks)),
        (tr(labels.TAB_CASH_BOOK), CashBookTab(services, changes, tasks)),
        (tr(labels.TAB_MARGINS), MarginsTab(services, changes, tasks)),
    ]
