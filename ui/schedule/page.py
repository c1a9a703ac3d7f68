"""The schedule page: the people and the equipment the studio can book, in two tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from models.services import Services
from models.services.browse import ListKind
from ui.shell.changes import DataChanges
from ui.shell.list_page import TabbedListPage


class SchedulePage(TabbedListPage):
    def __init__(
        self, services: Services, changes: DataChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            services.browse,
            changes,
            self.tr("Schedule"),
            self.tr("Who and what the studio can book."),
            [
                (ListKind.PEOPLE, self.tr("People"), self.tr("No people yet.")),
                (ListKind.EQUIPMENT, self.tr("Equipment"), self.tr("No equipment yet.")),
            ],
            parent,
        )
