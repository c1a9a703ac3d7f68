"""The risks page: open risks first, highest probability × impact on top."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from models.services import Services
from models.services.browse import ListKind
from ui.shell.changes import DataChanges
from ui.shell.list_page import TabbedListPage


class RisksPage(TabbedListPage):
    def __init__(
        self, services: Services, changes: DataChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            services.browse,
            changes,
            self.tr("Risks"),
            self.tr("Score is probability × impact, each from 1 to 5; the highest come first."),
            [(ListKind.RISKS, self.tr("Risks"), self.tr("No open risks. Enjoy the calm."))],
            parent,
        )
