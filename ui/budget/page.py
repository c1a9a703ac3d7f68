"""The Budget page: timesheet, time entries, expenses, budgets, budget vs actuals, then invoices."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from models.errors import DomainError
from models.services import Services
from models.services.browse import ListKind
from ui.budget.budgets import BudgetsTab
from ui.budget.expenses import ExpensesTab
from ui.budget.timesheet import TimesheetTab
from ui.budget.variance import VarianceTab
from ui.shell.changes import DataChanges
from ui.shell.list_panel import ListPanel
from ui.shell.messages import confirm, show_error

log = logging.getLogger(__name__)


class TimeEntriesTab(QWidget):
    """Every time entry, paged from SQL; invoiced entries refuse to be deleted."""

    def __init__(
        self,
        services: Services,
        changes: DataChanges,
        tasks: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._changes = changes
        self._tasks = tasks
        self.panel = ListPanel(
            services.browse,
            ListKind.TIME_ENTRIES,
            empty_text=self.tr("No time logged yet."),
            stretch_column="note",
            parent=self,
        )
        delete_btn = QPushButton(self.tr("Delete entry"), self)
        delete_btn.clicked.connect(self._delete_selected)
        import_btn = QPushButton(self.tr("Import CSV…"), self)
        import_btn.clicked.connect(lambda: self.open_import("toggl"))
        bar = QHBoxLayout()
        bar.addWidget(import_btn)
        bar.addStretch(1)
        bar.addWidget(delete_btn)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.panel, 1)

    def open_import(self, kind: str) -> Any:
        from ui.budget.import_dialog import ImportDialog

        dialog = ImportDialog(self._services, self._tasks, self)
        dialog.choose(kind)
        dialog.imported.connect(lambda what: self._changes.announce({what, "projects", "people"}))
        dialog.open()
        return dialog

    def _delete_selected(self) -> None:
        from ui.shell.lazy_table import ROW_ID_ROLE

        index = self.panel.view.currentIndex()
        row_id = index.data(ROW_ID_ROLE) if index.isValid() else None
        if row_id is None:
            return
        if not confirm(
            self,
            self.tr("Delete time entry"),
            self.tr("Delete this time entry?"),
            self.tr("Delete"),
        ):
            return
        try:
            self._services.time.delete(int(row_id))
        except DomainError as exc:
            show_error(self, exc)
            return
        self._changes.announce({"time_entries"})


class BudgetPage(QWidget):
    def __init__(
        self,
        services: Services,
        changes: DataChanges,
        parent: QWidget | None = None,
        *,
        tasks: Any = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        heading = QLabel(self.tr("Budget"), self)
        heading.setObjectName("pageTitle")
        sub = QLabel(self.tr("Time, expenses and budgets: what was planned, what was spent."), self)
        sub.setObjectName("pageSubtitle")
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.timesheet = TimesheetTab(services, changes)
        self.time_entries = TimeEntriesTab(services, changes, tasks)
        self.expenses = ExpensesTab(services, changes)
        self.budgets = BudgetsTab(services, changes)
        self.variance = VarianceTab(services)
        self.tabs.addTab(self.timesheet, self.tr("Timesheet"))
        self.tabs.addTab(self.time_entries, self.tr("Time entries"))
        self.tabs.addTab(self.expenses, self.tr("Expenses"))
        self.tabs.addTab(self.budgets, self.tr("Budgets"))
        self.tabs.addTab(self.variance, self.tr("Budget vs actuals"))
        for title, widget in self._invoice_tabs(services, changes, tasks):
            self.tabs.addTab(widget, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addSpacing(8)
        layout.addWidget(self.tabs, 1)
        changes.changed.connect(self._on_data_changed)

    @staticmethod
    def _invoice_tabs(services: Services, changes: DataChanges, tasks: Any) -> list[Any]:
        """The invoices views (their own module and translation catalogue)."""
        from ui.budget.invoices.tabs import build_invoice_tabs

        return list(build_invoice_tabs(services, changes, tasks))

    def import_file(self, kind: str) -> Any:
        """File > Import: time entries (``kind`` is the format) or ``"expenses"``."""
        self.tabs.setCurrentWidget(self.time_entries)
        return self.time_entries.open_import(kind)

    def search_field(self) -> Any:
        current = self.tabs.currentWidget()
        panel = getattr(current, "panel", None)
        return panel.search_field() if panel is not None else None

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if "time_entries" in kinds:
            self.time_entries.panel.reload()
            if not self.timesheet.isVisible():  # its own edits are already on screen
                self.timesheet.model.reload()
        if "expenses" in kinds:
            self.expenses.reload()
        if kinds & {"people", "projects"}:
            self.timesheet.reload_choices()
            self.budgets.reload()
        # Open risks' expected cost is part of the project forecast, so risks count too.
        if kinds & {
            "time_entries",
            "expenses",
            "budgets",
            "invoices",
            "projects",
            "studio",
            "risks",
        }:
            if kinds & {"projects"}:
                self.variance.reload_choices()
            else:
                self.variance.mark_stale()
        if "studio" in kinds:
            self.budgets.reload()
