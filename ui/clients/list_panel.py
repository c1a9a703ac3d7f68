"""The client list: filters for status, industry, source, manager and tag over a lazy table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.enums import ClientSource, ClientStatus
from models.services.browse import ColumnSpec, ListFilter, ListKind, ListRow
from models.services.clients import ClientQuery, ClientService
from ui.clients.labels import column_title
from ui.shell.assets import icon
from ui.shell.labels import enum_choices
from ui.shell.lazy_table import ROW_ID_ROLE, LazyTableModel

SEARCH_DELAY_MS = 200


class _ClientSource:
    """Adapts ClientService's count/page to the shell's LazyTableModel."""

    def __init__(self, clients: ClientService) -> None:
        self._clients = clients

    @staticmethod
    def _query(flt: Any) -> ClientQuery:
        if isinstance(flt, ClientQuery):
            return flt
        assert isinstance(flt, ListFilter)
        return ClientQuery(search=flt.search, include_archived=flt.include_archived)

    def columns(self, kind: ListKind) -> tuple[ColumnSpec, ...]:
        return self._clients.columns()

    def count(self, kind: ListKind, flt: Any) -> int:
        return self._clients.count(self._query(flt))

    def page(
        self,
        kind: ListKind,
        flt: Any,
        offset: int,
        limit: int,
        sort_key: str | None = None,
        descending: bool = False,
    ) -> list[ListRow]:
        return self._clients.page(self._query(flt), offset, limit, sort_key, descending)


class ClientTableModel(LazyTableModel):
    """Clients ~200 rows at a time; headers from this module's catalogue."""

    def __init__(self, clients: ClientService, parent: Any = None) -> None:
        super().__init__(_ClientSource(clients), ListKind.CLIENTS, parent)

    def query(self) -> ClientQuery:
        return _ClientSource._query(self.filter())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return column_title(self.columns[section].key)
        return super().headerData(section, orientation, role)


class ClientListPanel(QWidget):
    """Search-as-you-type plus filter combos; the table never holds more than it shows."""

    row_activated = Signal(int)

    def __init__(self, clients: ClientService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clients = clients
        self.model = ClientTableModel(clients, self)

        self._search = QLineEdit(self)
        self._search.setObjectName("searchField")
        self._search.setPlaceholderText(self.tr("Search names, contacts, phones, e-mails…"))
        self._search.setClearButtonEnabled(True)
        self._search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._search.setMinimumWidth(300)
        self._search.textChanged.connect(self._on_search_edited)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)

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

        self._count = QLabel(self)
        self._count.setObjectName("rowCount")

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self._search, 1)
        for w in (
            self.status_combo,
            self.industry_combo,
            self.source_combo,
            self.manager_combo,
            self.tag_combo,
            self.archived_box,
        ):
            bar.addWidget(w)
        bar2 = QHBoxLayout()
        bar2.addStretch(1)
        bar2.addWidget(self._count)

        self.view = QTableView(self)
        self.view.setObjectName("listView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(30)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setStretchLastSection(True)
        widths = {
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
        for i, spec in enumerate(self.model.columns):
            header.resizeSection(i, widths.get(spec.key, 100))
        self.view.setSortingEnabled(True)
        self.view.doubleClicked.connect(self._on_row_double_clicked)

        self._empty = QLabel(self)
        self._empty.setObjectName("emptyState")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self._empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addLayout(bar2)
        layout.addWidget(self._stack, 1)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self._update_count()

    def search_field(self) -> QLineEdit:
        return self._search

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
            search=self._search.text(),
            status=ClientStatus(status) if status else None,
            industry=self.industry_combo.currentData() or "",
            source=ClientSource(source) if source else None,
            account_manager_id=self.manager_combo.currentData(),
            tag=self.tag_combo.currentData() or "",
            include_archived=self.archived_box.isChecked(),
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.query())  # type: ignore[arg-type]

    # The shell's screenshot tool drives the old ListPanel's private name.
    _apply_filter = apply_filter

    def reload(self) -> None:
        self.model.refresh()

    def _on_search_edited(self, _text: str) -> None:
        self._timer.start()

    def _on_row_double_clicked(self, index: QModelIndex) -> None:
        self.row_activated.emit(int(index.data(ROW_ID_ROLE)))

    def _update_count(self, *_args: object) -> None:
        total = self.model.total()
        self._count.setText(self.tr("%n client(s)", "", total))
        if total:
            self._stack.setCurrentWidget(self.view)
        else:
            filtered = self.query() != ClientQuery()
            self._empty.setText(
                self.tr("No client matches. Clear the search or the filters to see all.")
                if filtered
                else self.tr("No clients yet. Add your first one with “New client”.")
            )
            self._stack.setCurrentWidget(self._empty)
