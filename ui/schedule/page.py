"""The schedule page: timeline, utilisation heatmap, and the people/equipment/holiday lists."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError
from models.services import Services
from models.services.schedule import TimelineBar, TimelineFilter, TimelineRow
from ui.schedule.editors import AllocationDialog, BookingDialog
from ui.schedule.find_dialog import FindSomeoneDialog
from ui.schedule.heatmap import HeatmapPanel
from ui.schedule.labels import equipment_kind_label, schedule_message
from ui.schedule.lists import EquipmentPanel, HolidaysPanel, PeoplePanel
from ui.schedule.outage_dialog import OutageDialog
from ui.schedule.timeline import TimelineView
from ui.shell.changes import DataChanges

KINDS = frozenset({"schedule", "people", "equipment", "projects", "holidays"})


class TimelinePanel(QWidget):
    """The timeline with its zoom and filters; drags go through the services."""

    def __init__(
        self,
        services: Services,
        changes: DataChanges,
        parent: QWidget | None = None,
        *,
        tasks: Any = None,
    ) -> None:
        super().__init__(parent)
        self._sv = services
        self._changes = changes
        self._project_id: int | None = None
        self.view = TimelineView(self._fetch, tasks=tasks)
        # Two years back and eighteen months ahead: only the visible part is ever fetched.
        self.view.set_range(monday_before(date.today()) - timedelta(weeks=104), 7 * 182)
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Day"), "day")
        self.zoom.addItem(self.tr("Week"), "week")
        self.zoom.addItem(self.tr("Month"), "month")
        self.zoom.setCurrentIndex(1)
        self.role = QComboBox()
        self.skill = QComboBox()
        self.project = QComboBox()
        # Long project names must not widen the page: size by a fixed number of characters.
        # Narrow enough that the four buttons keep their full text in a 1280-pixel window.
        for combo, chars in ((self.role, 10), (self.skill, 10), (self.project, 16)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(chars)
        self.today = QPushButton(self.tr("Today"))
        self.new_allocation = QPushButton(self.tr("New allocation…"))
        self.new_booking = QPushButton(self.tr("Book equipment…"))
        self.find = QPushButton(self.tr("Find someone…"))
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Zoom")))
        bar.addWidget(self.zoom)
        # The filters name themselves ("Any role"), as the client list's do: no labels.
        for combo, name in (
            (self.role, self.tr("Role")),
            (self.skill, self.tr("Skill")),
            (self.project, self.tr("Project")),
        ):
            combo.setToolTip(name)
            combo.setAccessibleName(name)
        bar.addWidget(self.role)
        bar.addWidget(self.skill)
        bar.addWidget(self.project, 1)
        bar.addWidget(self.today)
        bar.addWidget(self.new_allocation)
        bar.addWidget(self.new_booking)
        bar.addWidget(self.find)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.message.hide()
        self.zoom.currentIndexChanged.connect(
            lambda _i: self.view.set_zoom(str(self.zoom.currentData()))
        )
        for combo in (self.role, self.skill, self.project):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.today.clicked.connect(lambda: self.view.scroll_to(date.today()))
        self.new_allocation.clicked.connect(lambda: self._edit_allocation(None))
        self.new_booking.clicked.connect(lambda: self._book(None, None))
        self.find.clicked.connect(lambda: FindSomeoneDialog(self._sv, self).exec())
        self.view.bar_changed.connect(self._on_bar_changed)
        self.view.bar_activated.connect(self._on_bar_activated)
        self.view.empty_activated.connect(self._on_empty_activated)
        self.refresh_filters()
        self.refresh()
        self.view.scroll_to(date.today() + timedelta(days=21))

    def _fetch(self, rows: list[TimelineRow], start: date, end: date) -> list[TimelineBar]:
        # May run on a worker thread, so it must not touch widgets: the project filter is
        # captured in refresh(). Booking days are counted in local time (storage is UTC).
        return self._sv.schedule.timeline_bars(rows, start, end, self._project_id, local_zone())

    def refresh_filters(self) -> None:
        for combo, anything, items in (
            (self.role, self.tr("Any role"), [(r, r) for r in self._sv.people.roles()]),
            (
                self.skill,
                self.tr("Any skill"),
                [(s.skill, s.skill) for s in self._sv.people.skills_inventory()],
            ),
            (
                self.project,
                self.tr("All projects"),
                [(f"{p.code} {p.name}", p.id) for p in self._sv.schedule.projects()],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(anything, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def current_filter(self) -> TimelineFilter:
        return TimelineFilter(
            role=self.role.currentData() or "",
            skill=self.skill.currentData() or "",
            project_id=self.project.currentData(),
        )

    def refresh(self) -> None:
        self._project_id = self.project.currentData()
        rows = self._sv.schedule.timeline_rows(self.current_filter())
        rows = [
            TimelineRow(r.kind, r.id, r.label, equipment_kind_label(r.detail))
            if r.kind == "equipment"
            else r
            for r in rows
        ]
        self.view.set_rows(rows)

    def _on_filter_changed(self, _index: int) -> None:
        self.refresh()
        project = self.project.currentData()
        if project is not None and self.sender() is self.project:
            first = self._sv.schedule.project_first_day(project)
            if first is not None and first < self.view.origin():
                extra = (self.view.origin() - monday_before(first)).days + 14
                self.view.set_range(self.view.origin() - timedelta(days=extra), 7 * 182 + extra)
            if first is not None:
                self.view.scroll_to(first + timedelta(days=14))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_bar_changed(
        self, bar: TimelineBar, start: date, end: date, target: TimelineRow | None = None
    ) -> None:
        try:
            if bar.kind == "allocation":
                if target is None:
                    self._sv.schedule.move_allocation(bar.id, start, end)
                elif target.kind == "person":
                    self._sv.schedule.move_allocation(bar.id, start, end, target.id)
                elif target.kind == "role":
                    self._sv.schedule.move_allocation(bar.id, start, end, to_role=target.label)
                else:
                    self._refuse(self.tr("An allocation can only move to a person or a role."))
                    return
            elif bar.kind == "booking":
                if target is not None and target.kind != "equipment":
                    self._refuse(self.tr("A booking can only move to a row of equipment."))
                    return
                _eq, a, b = self._sv.schedule.booking_span(bar.id)
                shift_a = timedelta(days=(start - bar.start_on).days)
                shift_b = timedelta(days=(end - bar.end_on).days)
                self._sv.equipment.move_booking(
                    bar.id, a + shift_a, b + shift_b, target.id if target is not None else None
                )
        except DomainError as exc:
            # Refused: nothing was saved; redraw from the database so the bar snaps back.
            self._refuse(schedule_message(exc))
            return
        self.show_message("")
        self.view.invalidate()
        self._changes.announce({"schedule"})

    def _refuse(self, text: str) -> None:
        self.show_message(text)
        self.view.invalidate()

    def _on_bar_activated(self, bar: TimelineBar) -> None:
        try:
            if bar.kind == "allocation":
                self._edit_allocation(bar.id)
            elif bar.kind == "booking":
                booking = self._sv.equipment.booking(bar.id)
                if BookingDialog(self._sv, booking=booking, parent=self).exec():
                    self._after_edit()
            elif bar.kind == "outage":
                outage = self._sv.equipment.outage(bar.id)
                if OutageDialog(self._sv, outage=outage, parent=self).exec():
                    self._after_edit()
        except DomainError as exc:
            self._refuse(schedule_message(exc))

    def _on_empty_activated(self, row: TimelineRow, day: date) -> None:
        if row.kind == "equipment":
            self._book(row.id, day)
            return
        dlg = AllocationDialog(
            self._sv,
            person_id=row.id if row.kind == "person" else None,
            role=row.label if row.kind == "role" else "",
            start=day,
            parent=self,
        )
        if dlg.exec():
            self._after_edit()

    def _edit_allocation(self, allocation_id: int | None) -> None:
        record = None
        if allocation_id is not None:
            try:
                record = self._sv.schedule.allocation(allocation_id)
            except DomainError as exc:
                self.show_message(schedule_message(exc))
                return
        if AllocationDialog(self._sv, record, parent=self).exec():
            self._after_edit()

    def _book(self, equipment_id: int | None, day: date | None) -> None:
        if BookingDialog(self._sv, equipment_id=equipment_id, start=day, parent=self).exec():
            self._after_edit()

    def _after_edit(self) -> None:
        self.show_message("")
        self.view.invalidate()
        self._changes.announce({"schedule"})


def local_zone() -> Any:
    """The computer's time zone now (the UI's wall clock; storage stays UTC)."""
    return datetime.now().astimezone().tzinfo


def monday_before(d: date) -> date:
    return d - timedelta(days=d.weekday())


class SchedulePage(QWidget):
    def __init__(
        self,
        services: Services,
        changes: DataChanges,
        parent: QWidget | None = None,
        *,
        tasks: Any = None,
    ) -> None:
        super().__init__(parent)
        self._sv = services
        self.setObjectName("schedulePage")
        title = QLabel(self.tr("Schedule"))
        title.setObjectName("pageTitle")
        subtitle = QLabel(self.tr("Who and what is free, booked, or over-booked."))
        subtitle.setObjectName("pageSubtitle")
        self.timeline = TimelinePanel(services, changes, tasks=tasks)
        self.heatmap = HeatmapPanel(services, tasks=tasks)
        self.people = PeoplePanel(services, changes)
        self.equipment = EquipmentPanel(services, changes)
        self.holidays = HolidaysPanel(services, changes)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.heatmap, self.tr("Utilisation"))
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.equipment, self.tr("Equipment"))
        self.tabs.addTab(self.holidays, self.tr("Holidays and time off"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.tabs, 1)
        self._stale: set[int] = set()
        changes.changed.connect(self._on_data_changed)

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if not kinds & KINDS:
            return
        self.timeline.refresh_filters()
        self.timeline.refresh()
        # The other tabs refresh when next shown: they can be slower to compute.
        self._stale = {1, 2, 3, 4}
        self._on_tab_changed(self.tabs.currentIndex())

    def _on_tab_changed(self, index: int) -> None:
        panel = self.tabs.widget(index)
        if index in self._stale or not getattr(panel, "_loaded", False):
            self._stale.discard(index)
            refresh = getattr(panel, "refresh", None)
            if refresh is not None and panel is not self.timeline:
                refresh()
            panel._loaded = True  # type: ignore[attr-defined]
