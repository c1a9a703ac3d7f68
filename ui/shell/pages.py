"""The seven pages of the shell: key, label, icon, and the module that builds each (lazily)."""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.shell.changes import DataChanges
from ui.shell.tasks import TaskRunner


@dataclass(frozen=True, slots=True)
class PageSpec:
    key: str
    label: str  # untranslated; see title()
    icon: str
    module: str
    class_name: str

    def title(self) -> str:
        return QCoreApplication.translate("Pages", self.label)

    def build(self, services: object, changes: DataChanges, tasks: TaskRunner) -> QWidget:
        """Import the page module now (not at startup) and construct the page.

        A page that does slow work declares a ``tasks`` keyword argument and gets the runner.
        """
        module = importlib.import_module(self.module)
        page_class = getattr(module, self.class_name)
        if "tasks" in inspect.signature(page_class.__init__).parameters:
            return page_class(services, changes, tasks=tasks)
        return page_class(services, changes)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", QT_TRANSLATE_NOOP("Pages", "Dashboard"), "dashboard",
             "ui.dashboard.page", "DashboardPage"),
    PageSpec("clients", QT_TRANSLATE_NOOP("Pages", "Clients"), "clients",
             "ui.clients.page", "ClientsPage"),
    PageSpec("projects", QT_TRANSLATE_NOOP("Pages", "Projects"), "projects",
             "ui.projects.page", "ProjectsPage"),
    PageSpec("schedule", QT_TRANSLATE_NOOP("Pages", "Schedule"), "schedule",
             "ui.schedule.page", "SchedulePage"),
    PageSpec("budget", QT_TRANSLATE_NOOP("Pages", "Budget"), "budget",
             "ui.budget.page", "BudgetPage"),
    PageSpec("risks", QT_TRANSLATE_NOOP("Pages", "Risks"), "risks",
             "ui.risks.page", "RisksPage"),
    PageSpec("reports", QT_TRANSLATE_NOOP("Pages", "Reports"), "reports",
             "ui.reports.page", "ReportsPage"),
)  # fmt: skip

PAGE_KEYS: tuple[str, ...] = tuple(p.key for p in PAGES)
