"""The client list: filters for status, industry, source, manager and tag over a lazy table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from models.enums import ClientSource, ClientStatus
from models.services.browse import ListKind
from models.services.clients import ClientQuery, ClientService
from ui.clients.labels import column_title
from ui.shell.labels import enum_choices
from ui.shell.lazy_table import LazyTableModel, spec_cols
from ui.shell.list_panel import ListPanel

_WIDTHS = {
    "name": 230,
    "name_alt": 150,
    "status": 80,
    "industry": 110,
    "source": 100,
    "account_manager": 110,
    "primary_contact": 120,
    "phone": 135,
    "email": 190,
}


class ClientTableModel(LazyTableModel):
    """Clients ~200 rows at a time, filtered by a ClientQuery; headers from this module."""

    def __init__(self, clients: ClientService, parent: Any = None) -> None:
        cols = spec_cols(ListKind.CLIENTS.value, clients.columns())
        super().__init__(clients, cols, parent, flt=ClientQuery(), header=column_title)


class ClientListPanel(ListPanel):
    """Search-as-you-type plus filter combos; the table never holds more than it shows."""

    def __init__(self, clients: ClientService, parent: QWidget | None = None) -> None:
        self._clients = clients  # filter_widgets() below runs inside ListPanel.__init__
        super().__init__(
            model=ClientTableModel(clients),
            empty_text="",
            search_width=300,
            column_widths=_WIDTHS,
            parent=parent,
        )
        self.search_field().setPlaceholderText(self.tr("Search names, contacts, phones, e-mails…"))

    def filter_widgets(self) -> Sequence[QWidget]:
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("Any status"), None)
        for value, label in enum_choices(ClientStatus):
            self.status_combo.addItem(label, value)
        self.source_combo = QComboBox(self)
        self.source_combo.addItem(self.tr("Any source"), None)
        for value, label in enum_choices(ClientSource):
            self.source_combo.addItem(label, value)
        self.industry_combo = QComboBox(self)
        self.manager_combo = QComboBox(self)
        self.tag_combo = QComboBox(self)
        self.archived_box = QCheckBox(self.tr("Show archived"), self)
        self.reload_choices()
        for combo in (
            self.status_combo,
            self.source_combo,
            self.industry_combo,
            self.manager_combo,
            self.tag_combo,
        ):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.apply_filter)
        self.archived_box.toggled.connect(self.apply_filter)
        return (
            self.status_combo,
            self.industry_combo,
            self.source_combo,
            self.manager_combo,
            self.tag_combo,
            self.archived_box,
        )

    def reload_choices(self) -> None:
        """Refill the industry, manager and tag combos (after edits), keeping the selection."""
        keep = (
            self.industry_combo.currentData(),
            self.manager_combo.currentData(),
            self.tag_combo.currentData(),
        )
        for combo, any_text, items in (
            (
                self.industry_combo,
                self.tr("Any industry"),
                [(i, i) for i in self._clients.industries()],
            ),
            (
                self.manager_combo,
                self.tr("Any account manager"),
                [(n, i) for i, n in self._clients.account_managers()],
            ),
            (self.tag_combo, self.tr("Any tag"), [(t, t) for t in self._clients.tags()]),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.blockSignals(False)
        for combo, data in zip(
            (self.industry_combo, self.manager_combo, self.tag_combo), keep, strict=True
        ):
            i = combo.findData(data)
            combo.setCurrentIndex(max(i, 0))

    def query(self) -> ClientQuery:
        status = self.status_combo.currentData()
        source = self.source_combo.currentData()
        return ClientQuery(
            search=self.search_field().text(),
            status=ClientStatus(status) if status else None,
            industry=self.industry_combo.currentData() or "",
            source=ClientSource(source) if source else None,
            account_manager_id=self.manager_combo.currentData(),
            tag=self.tag_combo.currentData() or "",
            include_archived=self.archived_box.isChecked(),
        )

    current_filter = query

    def count_text(self, total: int) -> str:
        return self.tr("%n client(s)", "", total)

    def empty_message(self) -> str:
        if self.query() != ClientQuery():
            return self.tr("No client matches. Clear the search or the filters to see all.")
        return self.tr("No clients yet. Add your first one with “New client”.")
