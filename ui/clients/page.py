"""The clients page: the client list, Today's follow-ups and the pipeline, with import/export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.enums import ClientSource, ClientStatus
from models.errors import DomainError
from models.services import Services
from models.services.exporting import ExportFormat
from ui.clients.editor import ClientEditorDialog
from ui.clients.import_dialog import ContactImportDialog
from ui.clients.labels import column_title
from ui.clients.list_panel import ClientListPanel
from ui.clients.pipeline import PipelineView
from ui.clients.record import ClientRecordDialog
from ui.clients.today import TodayView
from ui.shell.assets import icon
from ui.shell.changes import DataChanges
from ui.shell.labels import enum_choices
from ui.shell.messages import show_error
from ui.shell.tasks import TaskRunner


def _fmt(fmt: str) -> ExportFormat:
    return "xlsx" if fmt == "xlsx" else "csv"


class ClientsPage(QWidget):
    """Three views of the CRM in tabs; every edit is announced on the one change signal."""

    def __init__(
        self,
        services: Services,
        changes: DataChanges,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._changes = changes
        # Exports of 20,000 clients take a second or two: off the GUI thread when the shell
        # gives us a runner; without one (tests, tools) they run at once and return the count.
        self._tasks = tasks
        self.status_label = QLabel(self)
        self.status_label.setObjectName("formHint")
        self.last_dialog: QWidget | None = None

        title = QLabel(self.tr("Clients"), self)
        title.setObjectName("pageTitle")
        self.new_button = QPushButton(icon("add"), self.tr("New client"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.new_item)
        self.import_button = QPushButton(self.tr("Import contacts…"), self)
        self.import_button.clicked.connect(self.import_contacts)
        self.export_button = QPushButton(self.tr("Export"), self)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Clients as CSV…"), lambda: self.export_clients("csv"))
        menu.addAction(self.tr("Clients as Excel (XLSX)…"), lambda: self.export_clients("xlsx"))
        menu.addAction(self.tr("Contacts as CSV…"), lambda: self.export_contacts("csv"))
        menu.addAction(self.tr("Contacts as Excel (XLSX)…"), lambda: self.export_contacts("xlsx"))
        self.export_button.setMenu(menu)

        self.panel = ClientListPanel(services.clients, self)
        self.panel.row_activated.connect(self.open_client)
        self.today = TodayView(services, self._announce, self)
        self.today.open_requested = self.open_client
        self.pipeline = PipelineView(services, self._announce, self)
        self.pipeline.open_requested = self.open_client
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.panel, self.tr("All clients"))
        self.tabs.addTab(self.today, self.tr("Today"))
        self.tabs.addTab(self.pipeline, self.tr("Pipeline"))
        self._update_today_tab()

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.status_label)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        changes.changed.connect(self._on_data_changed)

    # --- what the shell uses ---------------------------------------------------------------
    def search_field(self) -> QLineEdit:
        return self.panel.search_field()

    def reload(self) -> None:
        self.panel.reload()

    def new_item(self) -> None:
        dialog = ClientEditorDialog(self._services.clients, self)
        dialog.client_saved.connect(self._on_client_saved)
        self.last_dialog = dialog
        dialog.open()

    # --- actions ----------------------------------------------------------------------------
    def open_client(self, client_id: int) -> ClientRecordDialog:
        dialog = ClientRecordDialog(self._services, client_id, self._announce, self)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def import_contacts(self, path: Path | None = None) -> ContactImportDialog:
        dialog = ContactImportDialog(self._services.crm.imports, self, tasks=self._tasks)
        dialog.imported.connect(lambda _r: self._announce({"clients"}))
        self.last_dialog = dialog
        if path is not None:
            dialog.load(path)
        dialog.open()
        return dialog

    def export_clients(self, fmt: str, path: Path | None = None) -> int | None:
        path = path or self._ask_path(self.tr("Export clients"), "clients", fmt)
        if path is None:
            return None
        headers = {c.key: column_title(c.key) for c in self._services.clients.columns()}
        labels = {
            "status": dict(enum_choices(ClientStatus)),
            "source": dict(enum_choices(ClientSource)),
        }
        query = self.panel.query()
        return self._export(
            lambda: self._services.crm.exports.export_clients(
                path, _fmt(fmt), query, headers, labels
            ),
            path,
        )

    def export_contacts(self, fmt: str, path: Path | None = None) -> int | None:
        path = path or self._ask_path(self.tr("Export contacts"), "contacts", fmt)
        if path is None:
            return None
        headers = {c.key: column_title(c.key) for c in self._services.crm.contacts.columns()}
        search = self.panel.query().search
        return self._export(
            lambda: self._services.crm.exports.export_contacts(path, _fmt(fmt), search, headers),
            path,
        )

    def _export(self, work: Callable[[], int], path: Path) -> int | None:
        if self._tasks is None:
            try:
                count = work()
            except DomainError as exc:
                show_error(self, exc)
                return None
            self._on_exported(count, path)
            return count
        self.export_button.setEnabled(False)
        self.status_label.setText(self.tr("Exporting…"))
        handle = self._tasks.run(lambda _progress: work())
        handle.finished.connect(lambda count: self._on_exported(int(count), path))
        handle.failed.connect(self._on_export_failed)
        return None

    def _on_exported(self, count: int, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.status_label.setText(
            self.tr("Wrote %1 rows to %2").replace("%1", str(count)).replace("%2", path.name)
        )

    def _on_export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status_label.clear()
        show_error(self, exc)

    def _ask_path(self, title: str, stem: str, fmt: str) -> Path | None:
        pattern = self.tr("CSV (*.csv)") if fmt == "csv" else self.tr("Excel workbook (*.xlsx)")
        name, _ = QFileDialog.getSaveFileName(self, title, f"{stem}.{fmt}", pattern)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{fmt}" else path.with_suffix(f".{fmt}")

    # --- change signal ----------------------------------------------------------------------
    def _announce(self, kinds: set[str]) -> None:
        self._changes.announce(kinds)

    def _on_client_saved(self, _client_id: int) -> None:
        self._changes.announce({"clients"})

    def _update_today_tab(self) -> None:
        n = sum(1 for i in self.today.items() if i.interaction_id is not None)
        self.tabs.setTabText(
            1, self.tr("Today (%1)").replace("%1", str(n)) if n else self.tr("Today")
        )

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {"clients", "people", "interactions", "deals", "projects", "invoices"}:
            self.panel.reload_choices()
            self.panel.reload()
            self.today.refresh()
            self.pipeline.refresh()
            self._update_today_tab()
