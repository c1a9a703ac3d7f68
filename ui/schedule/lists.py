"""The people (with the skills inventory), equipment, and holidays/time-off tabs."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError
from models.services import Services
from ui.schedule.editors import EquipmentDialog, HolidayDialog, PersonDialog, TimeOffDialog
from ui.schedule.labels import equipment_kind_label, schedule_message, time_off_label
from ui.schedule.outage_dialog import OutageDialog
from ui.schedule.tables import RowsModel
from ui.shell.changes import DataChanges


def table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def selected_key(view: QTableView, model: RowsModel) -> object | None:
    rows = view.selectionModel().selectedRows()
    return model.key(rows[0].row()) if rows else None


def buttons(*items: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for b in items:
        row.addWidget(b)
    row.addStretch(1)
    return row


def hours_text(minutes: int) -> str:
    return f"{minutes / 60:g}"


class PeoplePanel(QWidget):
    def __init__(
        self, services: Services, changes: DataChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._sv, self._changes = services, changes
        self.model = RowsModel(
            [self.tr("Name"), self.tr("Role"), self.tr("Department"), self.tr("Hours/week"),
             self.tr("Skills"), self.tr("Status")], None, self,
        )  # fmt: skip
        self.view = table(self.model)
        self.view.doubleClicked.connect(lambda _i: self._on_edit_clicked())
        self.add = QPushButton(self.tr("New person…"))
        self.edit = QPushButton(self.tr("Edit…"))
        self.time_off = QPushButton(self.tr("Time off…"))
        self.add.clicked.connect(self._on_add_clicked)
        self.edit.clicked.connect(self._on_edit_clicked)
        self.time_off.clicked.connect(self._on_time_off_clicked)
        self.skill_search = QLineEdit()
        self.skill_search.setPlaceholderText(self.tr("Search skills…"))
        self.skill_search.setClearButtonEnabled(True)
        self.skills = RowsModel(
            [self.tr("Skill"), self.tr("People"), self.tr("Best level")], None, self
        )
        self.skills_view = table(self.skills)
        self.skills_view.doubleClicked.connect(self._on_skill_activated)
        self.holders = QLabel()
        self.holders.setWordWrap(True)
        self.skill_search.textChanged.connect(lambda _t: self._load_skills())
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(buttons(self.add, self.edit, self.time_off))
        ll.addWidget(self.view, 1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("Skills inventory")))
        rl.addWidget(self.skill_search)
        rl.addWidget(self.skills_view, 1)
        rl.addWidget(self.holders)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([700, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def refresh(self) -> None:
        people = self._sv.people.list(include_inactive=True)
        self.model.set_rows(
            [
                (p.id, [p.name, p.role, p.department, hours_text(p.week_minutes),
                        ", ".join(f"{s.skill} {s.level}" for s in p.skills),
                        self.tr("Active") if p.active else self.tr("Inactive")],
                 [p.name, p.role, p.department, p.week_minutes, "", p.active])
                for p in people
            ]
        )  # fmt: skip
        self.view.setColumnWidth(0, 150)
        self.view.setColumnWidth(1, 170)
        self.view.setColumnWidth(2, 120)
        self.view.setColumnWidth(4, 260)
        self._load_skills()

    def _load_skills(self) -> None:
        self.skills.set_rows(
            [
                (s.skill, [s.skill, str(s.people), str(s.best_level)],
                 [s.skill, s.people, s.best_level])
                for s in self._sv.people.skills_inventory(self.skill_search.text())
            ]
        )  # fmt: skip
        self.skills_view.setColumnWidth(0, 160)

    def _on_skill_activated(self, index: object) -> None:
        skill = self.skills.key(index.row())  # type: ignore[attr-defined]
        found = self._sv.people.people_with_skill(str(skill))
        self.holders.setText(", ".join(f"{n} ({lv})" for _i, n, lv in found))

    def _on_add_clicked(self) -> None:
        if PersonDialog(self._sv, parent=self).exec():
            self._changes.announce({"people"})

    def _on_edit_clicked(self) -> None:
        key = selected_key(self.view, self.model)
        if key is not None and PersonDialog(self._sv, int(key), parent=self).exec():  # type: ignore[call-overload]
            self._changes.announce({"people"})

    def _on_time_off_clicked(self) -> None:
        key = selected_key(self.view, self.model)
        dlg = TimeOffDialog(self._sv, int(key) if key is not None else None, parent=self)  # type: ignore[call-overload]
        if dlg.exec():
            self._changes.announce({"people"})


class EquipmentPanel(QWidget):
    def __init__(
        self, services: Services, changes: DataChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._sv, self._changes = services, changes
        self.model = RowsModel(
            [self.tr("Name"), self.tr("Type"), self.tr("Day rate"), self.tr("Location"),
             self.tr("Retired on")], None, self,
        )  # fmt: skip
        self.view = table(self.model)
        self.view.doubleClicked.connect(lambda _i: self._on_edit_clicked())
        self.add = QPushButton(self.tr("New equipment…"))
        self.edit = QPushButton(self.tr("Edit…"))
        self.add.clicked.connect(self._on_add_clicked)
        self.edit.clicked.connect(self._on_edit_clicked)
        self.outage = QPushButton(self.tr("Out of service…"))
        self.outage.clicked.connect(self._on_outage_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons(self.add, self.edit, self.outage))
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.model.set_rows(
            [
                (e.id, [e.name, equipment_kind_label(e.kind), f"{e.day_rate} {e.currency}",
                        e.location, e.retired_on.isoformat() if e.retired_on else ""],
                 [e.name, e.kind, e.day_rate, e.location, e.retired_on])
                for e in self._sv.equipment.list(include_retired=True)
            ]
        )  # fmt: skip
        self.view.setColumnWidth(0, 240)
        self.view.setColumnWidth(1, 130)
        self.view.setColumnWidth(2, 120)
        self.view.setColumnWidth(3, 200)

    def _on_add_clicked(self) -> None:
        if EquipmentDialog(self._sv, parent=self).exec():
            self._changes.announce({"equipment"})

    def _on_edit_clicked(self) -> None:
        key = selected_key(self.view, self.model)
        if key is not None and EquipmentDialog(self._sv, int(key), parent=self).exec():  # type: ignore[call-overload]
            self._changes.announce({"equipment"})

    def _on_outage_clicked(self) -> None:
        key = selected_key(self.view, self.model)
        equipment_id = int(key) if key is not None else None  # type: ignore[call-overload]
        if OutageDialog(self._sv, equipment_id=equipment_id, parent=self).exec():
            self._changes.announce({"equipment"})


class HolidaysPanel(QWidget):
    def __init__(
        self, services: Services, changes: DataChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._sv, self._changes = services, changes
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.import_button = QPushButton(self.tr("Import public holidays"))
        self.add = QPushButton(self.tr("Add day…"))
        self.edit = QPushButton(self.tr("Edit…"))
        self.delete = QPushButton(self.tr("Delete"))
        self.status = QLabel()
        self.model = RowsModel(
            [self.tr("Date"), self.tr("Name"), self.tr("Kind"), self.tr("Source")], None, self
        )
        self.view = table(self.model)
        self.leave = RowsModel(
            [self.tr("Person"), self.tr("Kind"), self.tr("From"), self.tr("Until"),
             self.tr("Hours a day"), self.tr("Note")], None, self,
        )  # fmt: skip
        self.leave_view = table(self.leave)
        self.add_leave = QPushButton(self.tr("Add time off…"))
        self.delete_leave = QPushButton(self.tr("Delete time off"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.import_button)
        top.addWidget(self.add)
        top.addWidget(self.edit)
        top.addWidget(self.delete)
        top.addStretch(1)
        top.addWidget(self.status)
        split = QSplitter()
        hol = QWidget()
        hl = QVBoxLayout(hol)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(QLabel(self.tr("Public holidays and make-up working days")))
        hl.addWidget(self.view, 1)
        lv = QWidget()
        vl = QVBoxLayout(lv)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.addWidget(QLabel(self.tr("Time off")))
        vl.addLayout(buttons(self.add_leave, self.delete_leave))
        vl.addWidget(self.leave_view, 1)
        split.addWidget(hol)
        split.addWidget(lv)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.import_button.clicked.connect(self._on_import_clicked)
        self.add.clicked.connect(lambda: self._edit(None))
        self.edit.clicked.connect(self._on_edit_clicked)
        self.view.doubleClicked.connect(lambda _i: self._on_edit_clicked())
        self.delete.clicked.connect(self._on_delete_clicked)
        self.add_leave.clicked.connect(self._on_add_leave_clicked)
        self.delete_leave.clicked.connect(self._on_delete_leave_clicked)
        self._days: dict[int, tuple[int, date, str, bool]] = {}

    def refresh(self) -> None:
        year = self.year.value()
        days = self._sv.holidays.list(year)
        self._days = {h.id: (h.id, h.on_date, h.name, h.is_workday) for h in days}
        self.model.set_rows(
            [
                (h.id, [h.on_date.isoformat(), h.name,
                        self.tr("Make-up working day") if h.is_workday else self.tr("Holiday"),
                        self.tr("Imported") if h.source == "package" else self.tr("By hand")],
                 [h.on_date, h.name, h.is_workday, str(h.source)])
                for h in days
            ]
        )  # fmt: skip
        self.view.setColumnWidth(0, 100)
        self.view.setColumnWidth(1, 260)
        off = self._sv.people.time_off(date(year, 1, 1), date(year, 12, 31))
        self.leave.set_rows(
            [
                (t.id, [t.person_name, time_off_label(t.kind), t.start_on.isoformat(),
                        t.end_on.isoformat(),
                        hours_text(t.minutes_per_day) if t.minutes_per_day else self.tr("All day"),
                        t.note],
                 [t.person_name, t.kind, t.start_on, t.end_on, t.minutes_per_day, t.note])
                for t in off
            ]
        )  # fmt: skip

    def _on_import_clicked(self) -> None:
        try:
            n = self._sv.holidays.import_year(self.year.value())
        except DomainError as exc:
            self.status.setText(schedule_message(exc))
            return
        self.status.setText(self.tr("%1 days added.").replace("%1", str(n)))
        self._changes.announce({"holidays"})

    def _edit(self, holiday: tuple[int, date, str, bool] | None) -> None:
        if HolidayDialog(self._sv, holiday, parent=self).exec():
            self._changes.announce({"holidays"})

    def _on_edit_clicked(self) -> None:
        key = selected_key(self.view, self.model)
        if key is not None:
            self._edit(self._days.get(int(key)))  # type: ignore[call-overload]

    def _on_delete_clicked(self) -> None:
        key = selected_key(self.view, self.model)
        if key is not None:
            self._sv.holidays.delete(int(key))  # type: ignore[call-overload]
            self._changes.announce({"holidays"})

    def _on_add_leave_clicked(self) -> None:
        if TimeOffDialog(self._sv, parent=self).exec():
            self._changes.announce({"people"})

    def _on_delete_leave_clicked(self) -> None:
        key = selected_key(self.leave_view, self.leave)
        if key is not None:
            self._sv.people.delete_time_off(int(key))  # type: ignore[call-overload]
            self._changes.announce({"people"})
