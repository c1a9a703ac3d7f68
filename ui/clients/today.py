"""The Today view: overdue and due follow-ups, then key dates coming up this week."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.errors import DomainError
from models.services import Services
from models.services.crm_interactions import TodayItem
from ui.clients.rows_model import RowsModel, make_table
from ui.shell.messages import show_error


class TodayView(QWidget):
    """Follow-ups to do; "Done" logs an interaction (a greeting for a key date)."""

    def __init__(
        self,
        services: Services,
        announce: Callable[[set[str]], None],
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._s = services
        self._announce = announce
        self._today = today
        self._items: list[TodayItem] = []
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("sectionTitle")
        self.model = RowsModel(("date", "client", "what", "contact", "status"), self)
        self.view = make_table(self.model, self, stretch=2)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.done_button.setObjectName("primaryButton")
        self.done_button.clicked.connect(self.mark_selected_done)
        self.open_button = QPushButton(self.tr("Open client"), self)
        self.open_requested: Callable[[int], object] | None = None
        self.open_button.clicked.connect(self._on_open_clicked)
        row = QHBoxLayout()
        row.addWidget(self.summary_label, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.refresh()

    def items(self) -> list[TodayItem]:
        return list(self._items)

    def refresh(self) -> None:
        self._items = self._s.crm.interactions.today(self._today())
        rows = []
        for i, item in enumerate(self._items):
            if item.interaction_id is not None:
                status = self.tr("Overdue") if item.overdue else self.tr("Due today")
            elif item.holiday:
                status = self.tr("Public holiday")
            else:
                status = self.tr("Key date")
            client = item.client_name or self.tr("All clients")
            rows.append((i, (item.on.isoformat(), client, item.text, item.contact_name, status)))
        self.model.set_rows(rows)
        follow = sum(1 for i in self._items if i.interaction_id is not None)
        overdue = sum(1 for i in self._items if i.overdue)
        dates = len(self._items) - follow
        self.summary_label.setText(
            self.tr("%1 follow-ups (%2 overdue) · %3 key dates and holidays this week")
            .replace("%1", str(follow))
            .replace("%2", str(overdue))
            .replace("%3", str(dates))
        )

    def _selected(self) -> TodayItem | None:
        rows = self.view.selectionModel().selectedRows()
        return self._items[rows[0].row()] if rows else None

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def mark_selected_done(self) -> None:
        item = self._selected()
        if item is None:
            return
        try:
            if item.interaction_id is not None:
                self._s.crm.interactions.mark_done(item.interaction_id)
            elif item.key_date_id is not None:
                self._s.crm.records.greet(item.key_date_id, self._today())
        except DomainError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self._announce({"clients", "interactions"})

    def _on_open_clicked(self) -> None:
        item = self._selected()
        if item is not None and item.client_id and self.open_requested is not None:
            self.open_requested(item.client_id)
