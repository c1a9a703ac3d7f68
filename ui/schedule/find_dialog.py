"""Find someone: people with a skill (and level) who have the free hours between two dates."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError
from models.services import Services
from ui.schedule.editors import date_edit, pydate
from ui.schedule.heatmap import hours
from ui.schedule.labels import schedule_message
from ui.schedule.tables import RowsModel


class FindSomeoneDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find someone"))
        self._sv = services
        self.skill = QComboBox()
        self.skill.setEditable(True)
        for s in services.people.skills_inventory():
            self.skill.addItem(s.skill)
        self.level = QSpinBox()
        self.level.setRange(1, 5)
        self.level.setValue(3)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 2000)
        self.hours.setValue(16)
        self.start = date_edit(date.today())
        self.end = date_edit(date.today() + timedelta(days=13))
        self.search = QPushButton(self.tr("Search"))
        self.search.setDefault(True)
        self.search.clicked.connect(self._on_search_clicked)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = RowsModel(
            [self.tr("Person"), self.tr("Role"), self.tr("Level"), self.tr("Free h"),
             self.tr("Capacity h")], None, self,
        )  # fmt: skip
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        form = QFormLayout()
        form.addRow(self.tr("Skill"), self.skill)
        form.addRow(self.tr("At least level"), self.level)
        form.addRow(self.tr("Free hours needed"), self.hours)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("Until"), self.end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.search)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def _on_search_clicked(self) -> None:
        try:
            found = self._sv.schedule.find_someone(
                self.skill.currentText(),
                self.level.value(),
                round(self.hours.value() * 60),
                pydate(self.start.date()),
                pydate(self.end.date()),
            )
        except DomainError as exc:
            self.status.setText(schedule_message(exc))
            self.model.set_rows([])
            return
        self.status.setText(
            self.tr("%1 people found, best fit first.").replace("%1", str(len(found)))
        )
        self.model.set_rows(
            [
                (c.person_id, [c.name, c.role, str(c.level), hours(c.free_minutes),
                               hours(c.capacity_minutes)],
                 [c.name, c.role, c.level, c.free_minutes, c.capacity_minutes])
                for c in found
            ]
        )  # fmt: skip
