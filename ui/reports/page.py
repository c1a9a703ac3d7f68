"""The reports page, honestly: the subjects a report can cover; building reports comes later."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from models.services import Services
from models.services.browse import ListKind
from ui.shell.changes import DataChanges
from ui.shell.list_page import TabbedListPage


class ReportsPage(TabbedListPage):
    def __init__(
        self, services: Services, changes: DataChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            services.browse,
            changes,
            self.tr("Reports"),
            self.tr(
                "Client and project reports (PDF, in English, Chinese or both) arrive with the "
                "reports module. These are the subjects you will be able to report on."
            ),
            [
                (ListKind.CLIENTS, self.tr("Clients"), self.tr("No clients yet.")),
                (ListKind.PROJECTS, self.tr("Projects"), self.tr("No projects yet.")),
            ],
            parent,
        )
