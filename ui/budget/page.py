"""The budget page: invoices, expenses and time entries, each in its own tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from models.services import Services
from models.services.browse import ListKind
from ui.shell.changes import DataChanges
from ui.shell.list_page import TabbedListPage


class BudgetPage(TabbedListPage):
    def __init__(
        self, services: Services, changes: DataChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            services.browse,
            changes,
            self.tr("Budget"),
            self.tr("Money in, money out, and the hours behind them."),
            [
                (ListKind.INVOICES, self.tr("Invoices"), self.tr("No invoices yet.")),
                (ListKind.EXPENSES, self.tr("Expenses"), self.tr("No expenses yet.")),
                (ListKind.TIME_ENTRIES, self.tr("Time entries"), self.tr("No time logged yet.")),
            ],
            parent,
        )
