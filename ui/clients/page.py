"""The clients page: search-as-you-type over every client, and Ctrl+N for a new one."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from models.services import Services
from models.services.browse import ListKind
from ui.clients.editor import ClientEditorDialog
from ui.shell.assets import icon
from ui.shell.changes import DataChanges
from ui.shell.list_panel import ListPanel


class ClientsPage(QWidget):
    """A lazy list of clients with a New client button."""

    def __init__(
        self, services: Services, changes: DataChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._changes = changes
        self.last_dialog: ClientEditorDialog | None = None

        title = QLabel(self.tr("Clients"), self)
        title.setObjectName("pageTitle")
        self.new_button = QPushButton(icon("add"), self.tr("New client"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.new_item)

        self.panel = ListPanel(
            services.browse,
            ListKind.CLIENTS,
            empty_text=self.tr("No clients yet. Add your first one with “New client”."),
            stretch_column="name",
            parent=self,
        )

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.panel, 1)
        changes.changed.connect(self._on_data_changed)

    def search_field(self) -> QLineEdit:
        return self.panel.search_field()

    def reload(self) -> None:
        self.panel.reload()

    def new_item(self) -> None:
        dialog = ClientEditorDialog(self._services.clients, self)
        dialog.client_saved.connect(self._on_client_saved)
        self.last_dialog = dialog
        dialog.open()

    def _on_client_saved(self, _client_id: int) -> None:
        self._changes.announce({"clients"})

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if "clients" in kinds:
            self.panel.reload()
