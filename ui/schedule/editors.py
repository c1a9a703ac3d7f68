"""Dialogs that edit allocations, bookings, people, equipment, holidays and time off."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from models.enums import EquipmentKind, TimeOffKind
from models.errors import DomainError, ValidationError
from models.services import Services
from models.services.equipment import (
    BookingConflict,
    BookingDraft,
    BookingRecord,
    EquipmentDraft,
)
from models.services.people import PersonDraft
from models.services.schedule import AllocationDraft, AllocationRecord
from ui.schedule.labels import EQUIPMENT_KINDS, TIME_OFF_KINDS, schedule_message, tr
from ui.shell.form_dialog import FormDialog
from ui.shell.messages import confirm


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def date_edit(d: date | None = None) -> QDateEdit:
    e = QDateEdit()
    e.setCalendarPopup(True)
    e.setDisplayFormat("yyyy-MM-dd")
    e.setDate(qdate(d or date.today()))
    return e


class ScheduleFormDialog(FormDialog):
    """A schedule form: every refusal (a clash too) is shown in the form, worded the
    schedule's way; one naming no field goes on the line above the buttons."""

    inline_errors = (DomainError,)

    def error_message(self, exc: DomainError) -> str:
        return schedule_message(exc)


class AllocationDialog(ScheduleFormDialog):
    def __init__(
        self,
        services: Services,
        record: AllocationRecord | None = None,
        *,
        person_id: int | None = None,
        role: str = "",
        start: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit allocation") if record else self.tr("New allocation"), parent
        )
        self._sv = services
        self._record = record
        self.person = QComboBox()
        self.person.addItem(self.tr("(placeholder role)"), None)
        for p in services.people.list():
            self.person.addItem(p.name, p.id)
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("Role to hire, e.g. Animator"))
        self.project = QComboBox()
        for pr in services.schedule.projects():
            self.project.addItem(f"{pr.code} {pr.name}", pr.id)
        self.start = date_edit(start)
        self.end = date_edit(start)
        self.by_hours = QRadioButton(self.tr("Hours a day"))
        self.by_percent = QRadioButton(self.tr("% of capacity"))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 99)
        self.hours.setDecimals(2)
        self.hours.setValue(8)
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setValue(50)
        amount = QWidget()
        row = QHBoxLayout(amount)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.by_hours, self.hours, self.by_percent, self.percent):
            row.addWidget(w)
        self.by_hours.setChecked(True)
        self.tentative = QCheckBox(self.tr("Tentative (not yet confirmed)"))
        self.note = QLineEdit()
        self.add_field("person_id", self.tr("Person"), self.person)
        self.add_field("placeholder_role", self.tr("Role"), self.role)
        self.add_field("project_id", self.tr("Project"), self.project)
        self.add_field("start_on", self.tr("First day"), self.start)
        self.add_field("end_on", self.tr("Last day"), self.end)
        self.add_field("minutes_per_day", self.tr("Amount"), amount)
        self.fields["percent"] = self.fields["minutes_per_day"]
        self.add_field("tentative", "", self.tentative)
        self.add_field("note", self.tr("Note"), self.note)
        if record is not None:
            self._select(self.person, record.person_id)
            self.role.setText(record.placeholder_role)
            self._select(self.project, record.project_id)
            self.start.setDate(qdate(record.start_on))
            self.end.setDate(qdate(record.end_on))
            if record.minutes_per_day is not None:
                self.hours.setValue(record.minutes_per_day / 60)
            else:
                self.by_percent.setChecked(True)
                self.percent.setValue(record.percent or 0)
            self.tentative.setChecked(record.tentative)
            self.note.setText(record.note)
            delete = QPushButton(self.tr("Delete"))
            self.buttons.addButton(delete, QDialogButtonBox.ButtonRole.DestructiveRole)
            delete.clicked.connect(self._on_delete_clicked)
        else:
            self._select(self.person, person_id)
            self.role.setText(role)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        i = combo.findData(value)
        if i >= 0:
            combo.setCurrentIndex(i)

    def draft(self) -> AllocationDraft:
        by_hours = self.by_hours.isChecked()
        return AllocationDraft(
            project_id=self.project.currentData() or 0,
            start_on=pydate(self.start.date()),
            end_on=pydate(self.end.date()),
            person_id=self.person.currentData(),
            placeholder_role=self.role.text() if self.person.currentData() is None else "",
            minutes_per_day=round(self.hours.value() * 60) if by_hours else None,
            percent=None if by_hours else self.percent.value(),
            tentative=self.tentative.isChecked(),
            note=self.note.text(),
        )

    def save(self) -> int:
        d = self.draft()
        if self._record is None:
            return self._sv.schedule.create_allocation(d)
        self._sv.schedule.update_allocation(self._record.id, d)
        return self._record.id

    def _on_delete_clicked(self) -> None:
        if self._record is None or not confirm(
            self,
            self.tr("Delete allocation"),
            self.tr("Delete this allocation? Its hours leave the schedule."),
            self.tr("Delete"),
        ):
            return
        try:
            self._sv.schedule.delete_allocation(self._record.id)
        except DomainError as exc:
            self.show_failure(exc)
            return
        self.result_value = self._record.id
        self.accept()


def local_qdatetime(value: datetime) -> QDateTime:
    """A stored (UTC) time as the local wall-clock time the user reads and types."""
    local = value.astimezone()
    return QDateTime(qdate(local.date()), QTime(local.hour, local.minute))


def aware_local(q: QDateTime) -> datetime:
    """What the user typed (local wall-clock) as an aware datetime; the service stores UTC."""
    return q.toPython().astimezone()  # type: ignore[no-any-return]


def datetime_edit(value: QDateTime) -> QDateTimeEdit:
    e = QDateTimeEdit(value)
    e.setCalendarPopup(True)
    e.setDisplayFormat("yyyy-MM-dd HH:mm")
    return e


class BookingDialog(ScheduleFormDialog):
    """Book equipment, or edit a booking; a clash shows beside the start with a button to
    take the free slot. Times are shown and typed in local time."""

    def __init__(
        self,
        services: Services,
        *,
        equipment_id: int | None = None,
        start: date | None = None,
        booking: BookingRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit booking") if booking else self.tr("Book equipment"), parent)
        self._sv = services
        self._booking = booking
        self.equipment = QComboBox()
        for e in services.equipment.list():
            self.equipment.addItem(e.name, e.id)
        if booking is not None:
            equipment_id = booking.equipment_id
        if equipment_id is not None:
            self.equipment.setCurrentIndex(max(0, self.equipment.findData(equipment_id)))
        self.project = QComboBox()
        self.project.addItem(self.tr("(no project)"), None)
        for pr in services.schedule.projects():
            self.project.addItem(f"{pr.code} {pr.name}", pr.id)
        day = start or date.today()
        self.start = datetime_edit(QDateTime(qdate(day), QTime(9, 0)))
        self.end = datetime_edit(QDateTime(qdate(day), QTime(18, 0)))
        self.note = QLineEdit()
        self.use_free = QPushButton(self.tr("Use the free slot"))
        self.use_free.hide()
        self.use_free.clicked.connect(self._on_use_free_clicked)
        self._free: tuple[datetime, datetime] | None = None
        self.add_field("equipment_id", self.tr("Equipment"), self.equipment)
        self.add_field("project_id", self.tr("Project"), self.project)
        self.add_field("start_at", self.tr("From"), self.start)
        self.add_field("end_at", self.tr("Until"), self.end)
        self.add_field("note", self.tr("Note"), self.note)
        self.form.addRow("", self.use_free)
        self.deleted = False
        if booking is not None:
            i = self.project.findData(booking.project_id)
            self.project.setCurrentIndex(max(0, i))
            self.start.setDateTime(local_qdatetime(booking.start_at))
            self.end.setDateTime(local_qdatetime(booking.end_at))
            self.note.setText(booking.note)
            self.delete = QPushButton(self.tr("Delete booking"))
            self.buttons.addButton(self.delete, QDialogButtonBox.ButtonRole.DestructiveRole)
            self.delete.clicked.connect(self._on_delete_clicked)

    @staticmethod
    def _aware(q: QDateTime) -> datetime:
        return aware_local(q)

    def draft(self) -> BookingDraft:
        return BookingDraft(
            self.equipment.currentData() or 0,
            self._aware(self.start.dateTime()),
            self._aware(self.end.dateTime()),
            self.project.currentData(),
            self.note.text(),
        )

    def save(self) -> int:
        self.use_free.hide()
        try:
            if self._booking is not None:
                self._sv.equipment.update_booking(self._booking.id, self.draft())
                return self._booking.id
            return self._sv.equipment.book(self.draft())
        except BookingConflict as exc:
            self._free = (exc.free_start, exc.free_end)
            self.use_free.show()
            raise

    def _on_use_free_clicked(self) -> None:
        if self._free is None:
            return
        a, b = self._free
        self.start.setDateTime(local_qdatetime(a))
        self.end.setDateTime(local_qdatetime(b))
        self.clear_errors()
        self.use_free.hide()

    def _on_delete_clicked(self) -> None:
        if self._booking is None or not confirm(
            self,
            self.tr("Delete booking"),
            self.tr("Delete this booking? The equipment becomes free for that time."),
            self.tr("Delete"),
        ):
            return
        try:
            self._sv.equipment.delete_booking(self._booking.id)
        except DomainError as exc:
            self.show_failure(exc)
            return
        self.result_value, self.deleted = self._booking.id, True
        self.accept()


class PersonDialog(ScheduleFormDialog):
    def __init__(
        self, services: Services, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Edit person") if person_id else self.tr("New person"), parent)
        self._sv = services
        self._id = person_id
        self.name = QLineEdit()
        self.role = QLineEdit()
        self.department = QLineEdit()
        self.email = QLineEdit()
        self.week = QDoubleSpinBox()
        self.week.setRange(-168, 168)
        self.week.setValue(40)
        self.week.setSuffix(self.tr(" h/week"))
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        labels = (
            self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
            self.tr("Fri"), self.tr("Sat"), self.tr("Sun"),
        )  # fmt: skip
        self.day_boxes = [QCheckBox(t) for t in labels]
        for i, b in enumerate(self.day_boxes):
            b.setChecked(i < 5)
            row.addWidget(b)
        self.skills = QLineEdit()
        self.skills.setPlaceholderText(self.tr("Figma:4, Illustration:3"))
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(True)
        self.placeholder = QCheckBox(self.tr("Placeholder for a hire"))
        self.rate_from = date_edit()
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(self.tr("cost / hour"))
        self.bill = QLineEdit()
        self.bill.setPlaceholderText(self.tr("bill / hour"))
        rate = QWidget()
        rrow = QHBoxLayout(rate)
        rrow.setContentsMargins(0, 0, 0, 0)
        for w in (self.rate_from, self.cost, self.bill):
            rrow.addWidget(w)
        self.rates = QLabel()
        self.rates.setWordWrap(True)
        self.add_field("name", self.tr("Name"), self.name)
        self.add_field("role", self.tr("Role"), self.role)
        self.add_field("department", self.tr("Department"), self.department)
        self.add_field("email", self.tr("Email"), self.email)
        self.add_field("week_minutes", self.tr("Weekly capacity"), self.week)
        self.add_field("working_days", self.tr("Working days"), days)
        self.add_field("skill", self.tr("Skills (level 1-5)"), self.skills)
        self.fields["level"] = self.fields["skill"]
        self.add_field("active", "", self.active)
        self.add_field("is_placeholder", "", self.placeholder)
        self.add_field("valid_from", self.tr("New rate from"), rate)
        self.fields["cost_rate"] = self.fields["valid_from"]
        self.fields["bill_rate"] = self.fields["valid_from"]
        self.form.addRow(self.tr("Rate history"), self.rates)
        if person_id is not None:
            p = services.people.get(person_id)
            self.name.setText(p.name)
            self.role.setText(p.role)
            self.department.setText(p.department)
            self.email.setText(p.email)
            self.week.setValue(p.week_minutes / 60)
            for i, b in enumerate(self.day_boxes):
                b.setChecked(bool(p.working_days >> i & 1))
            self.skills.setText(", ".join(f"{s.skill}:{s.level}" for s in p.skills))
            self.active.setChecked(p.active)
            self.placeholder.setChecked(p.is_placeholder)
            self.rates.setText(
                "\n".join(
                    f"{r.valid_from:%Y-%m-%d}  {r.cost} / {r.bill} {r.currency}"
                    for r in services.people.rates(person_id)
                )
                or self.tr("No rates yet.")
            )
        else:
            self.rates.setText(self.tr("No rates yet."))

    def _skills(self) -> list[tuple[str, int]]:
        out = []
        for part in self.skills.text().replace("，", ",").split(","):
            if not part.strip():
                continue
            name, _, level = part.replace("：", ":").partition(":")
            try:
                lv = int(level.strip() or 3)
            except ValueError:
                raise ValidationError("skill", "A skill level runs from 1 to 5.") from None
            if not 1 <= lv <= 5:
                raise ValidationError("skill", "A skill level runs from 1 to 5.")
            out.append((name.strip(), lv))
        return out

    def save(self) -> int:
        mask = sum(1 << i for i, b in enumerate(self.day_boxes) if b.isChecked())
        skills = self._skills()
        cost, bill = self.cost.text().strip(), self.bill.text().strip()
        if (cost or bill) and not (cost and bill):
            raise ValidationError("valid_from", "Enter both the cost and the bill rate.")
        draft = PersonDraft(
            self.name.text(),
            self.role.text(),
            self.department.text(),
            self.email.text(),
            round(self.week.value() * 60),
            mask,
            self.placeholder.isChecked(),
            self.active.isChecked(),
        )
        if draft.week_minutes < 0:  # refused before anything is written
            raise ValidationError("week_minutes", "Weekly capacity cannot be negative.")
        valid_from = pydate(self.rate_from.date())
        # Checked before the person is saved, so a refused rate leaves nothing half-done.
        if (
            cost
            and bill
            and self._id is not None
            and any(r.valid_from == valid_from for r in self._sv.people.rates(self._id))
        ):
            raise ValidationError(
                "valid_from", "A rate already starts on this date; choose another date."
            )
        pid = self._sv.people.save(draft, self._id)
        have = {s.skill for s in self._sv.people.get(pid).skills}
        for name, lv in skills:
            self._sv.people.set_skill(pid, name, lv)
        for gone in have - {n for n, _ in skills}:
            self._sv.people.remove_skill(pid, gone)
        if cost and bill:
            try:
                cost_d, bill_d = Decimal(cost), Decimal(bill)
            except ArithmeticError:
                raise ValidationError("valid_from", "A rate cannot be negative.") from None
            self._sv.people.add_rate(pid, valid_from, cost_d, bill_d)
        return pid


class EquipmentDialog(ScheduleFormDialog):
    def __init__(
        self, services: Services, equipment_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Edit equipment") if equipment_id else self.tr("New equipment"), parent
        )
        self._sv = services
        self._id = equipment_id
        self.name = QLineEdit()
        self.kind = QComboBox()
        for k, label in EQUIPMENT_KINDS.items():
            self.kind.addItem(tr(label), k.value)
        self.rate = QLineEdit("0")
        self.location = QLineEdit()
        self.serial = QLineEdit()
        self.retired = QCheckBox(self.tr("Retired on"))
        self.retired_on = date_edit()
        self.retired_on.setEnabled(False)
        self.retired.toggled.connect(self.retired_on.setEnabled)
        ret = QWidget()
        rrow = QHBoxLayout(ret)
        rrow.setContentsMargins(0, 0, 0, 0)
        rrow.addWidget(self.retired)
        rrow.addWidget(self.retired_on)
        self.add_field("name", self.tr("Name"), self.name)
        self.add_field("kind", self.tr("Type"), self.kind)
        self.add_field("day_rate", self.tr("Day rate"), self.rate)
        self.add_field("location", self.tr("Location"), self.location)
        self.add_field("serial_no", self.tr("Serial number"), self.serial)
        self.add_field("retired_on", "", ret)
        if equipment_id is not None:
            e = services.equipment.get(equipment_id)
            self.name.setText(e.name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(e.kind.value)))
            self.rate.setText(str(e.day_rate))
            self.location.setText(e.location)
            self.serial.setText(e.serial_no)
            if e.retired_on:
                self.retired.setChecked(True)
                self.retired_on.setDate(qdate(e.retired_on))

    def save(self) -> int:
        return self._sv.equipment.save(
            EquipmentDraft(
                self.name.text(),
                EquipmentKind(self.kind.currentData()),
                self.rate.text().strip() or "0",
                self.location.text(),
                self.serial.text(),
                pydate(self.retired_on.date()) if self.retired.isChecked() else None,
            ),
            self._id,
        )


class HolidayDialog(ScheduleFormDialog):
    def __init__(
        self,
        services: Services,
        holiday: tuple[int, date, str, bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Holiday or make-up working day"), parent)
        self._sv = services
        self._id = holiday[0] if holiday else None
        self.on = date_edit(holiday[1] if holiday else None)
        self.name = QLineEdit(holiday[2] if holiday else "")
        self.workday = QCheckBox(self.tr("Make-up working day (people work this day)"))
        self.workday.setChecked(bool(holiday and holiday[3]))
        self.add_field("on_date", self.tr("Date"), self.on)
        self.add_field("name", self.tr("Name"), self.name)
        self.add_field("is_workday", "", self.workday)

    def save(self) -> int:
        return self._sv.holidays.save(
            pydate(self.on.date()), self.name.text(), self.workday.isChecked(), self._id
        )


class TimeOffDialog(ScheduleFormDialog):
    def __init__(
        self, services: Services, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Time off"), parent)
        self._sv = services
        self.person = QComboBox()
        for p in services.people.list():
            self.person.addItem(p.name, p.id)
        if person_id is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(person_id)))
        self.kind = QComboBox()
        for k, label in TIME_OFF_KINDS.items():
            self.kind.addItem(tr(label), k.value)
        self.start = date_edit()
        self.end = date_edit()
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 24)
        self.hours.setSpecialValueText(self.tr("Whole days"))
        self.note = QLineEdit()
        self.add_field("person_id", self.tr("Person"), self.person)
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.add_field("start_on", self.tr("First day"), self.start)
        self.add_field("end_on", self.tr("Last day"), self.end)
        self.add_field("minutes_per_day", self.tr("Hours a day"), self.hours)
        self.add_field("note", self.tr("Note"), self.note)

    def save(self) -> int:
        minutes = round(self.hours.value() * 60) or None
        return self._sv.people.add_time_off(
            self.person.currentData() or 0,
            TimeOffKind(self.kind.currentData()),
            pydate(self.start.date()),
            pydate(self.end.date()),
            minutes,
            self.note.text(),
        )
