"""Add or edit an equipment out-of-service period (times local in the form, UTC in storage)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QPushButton, QWidget

from models.errors import DomainError
from models.services import Services
from models.services.equipment import OutageRecord
from ui.schedule.editors import (
    ScheduleFormDialog,
    aware_local,
    datetime_edit,
    local_qdatetime,
    qdate,
)
from ui.shell.messages import confirm


class OutageDialog(ScheduleFormDialog):
    """An outage that overlaps a booking is refused beside "From", naming the booking."""

    def __init__(
        self,
        services: Services,
        *,
        equipment_id: int | None = None,
        start: date | None = None,
        outage: OutageRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit out-of-service period") if outage else self.tr("Out of service"),
            parent,
        )
        self._sv = services
        self._outage = outage
        self.deleted = False
        self.equipment = QComboBox()
        for e in services.equipment.list():
            self.equipment.addItem(e.name, e.id)
        if outage is not None:
            equipment_id = outage.equipment_id
        if equipment_id is not None:
            self.equipment.setCurrentIndex(max(0, self.equipment.findData(equipment_id)))
        day = start or date.today()
        self.start = datetime_edit(QDateTime(qdate(day), QTime(0, 0)))
        self.end = datetime_edit(QDateTime(qdate(day).addDays(1), QTime(0, 0)))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. Repair, sensor cleaning"))
        self.add_field("equipment_id", self.tr("Equipment"), self.equipment)
        self.add_field("start_at", self.tr("From"), self.start)
        self.add_field("end_at", self.tr("Until"), self.end)
        self.add_field("reason", self.tr("Reason"), self.reason)
        if outage is not None:
            self.start.setDateTime(local_qdatetime(outage.start_at))
            self.end.setDateTime(local_qdatetime(outage.end_at))
            self.reason.setText(outage.reason)
            self.delete = QPushButton(self.tr("Delete period"))
            self.buttons.addButton(self.delete, QDialogButtonBox.ButtonRole.DestructiveRole)
            self.delete.clicked.connect(self._on_delete_clicked)

    def span(self) -> tuple[datetime, datetime]:
        return aware_local(self.start.dateTime()), aware_local(self.end.dateTime())

    def save(self) -> int:
        a, b = self.span()
        return self._sv.equipment.save_outage(
            self.equipment.currentData() or 0,
            a,
            b,
            self.reason.text(),
            self._outage.id if self._outage is not None else None,
        )

    def _on_delete_clicked(self) -> None:
        if self._outage is None or not confirm(
            self,
            self.tr("Delete period"),
            self.tr("Delete this out-of-service period? The equipment can be booked again."),
            self.tr("Delete"),
        ):
            return
        try:
            self._sv.equipment.delete_outage(self._outage.id)
        except DomainError as exc:
            self.show_failure(exc)
            return
        self.result_value, self.deleted = self._outage.id, True
        self.accept()
