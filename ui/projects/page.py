"""The projects page: every project with its client, stage, status and contract value."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from models.services import Services
from models.services.browse import ListKind
from ui.shell.changes import DataChanges
from ui.shell.list_page import TabbedListPage


class ProjectsPage(TabbedListPage):
    def __init__(
        self, services: Services, changes: DataChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            services.browse,
            changes,
            self.tr("Projects"),
            self.tr("From first contact to final payment: where every project stands."),
            [(ListKind.PROJECTS, self.tr("Projects"), self.tr("No projects yet."))],
            parent,
        )
