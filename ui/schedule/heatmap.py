"""Utilisation: the person x week heatmap, over-allocations, by role, scheduled vs logged."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.services import Services
from models.services.schedule import (
    Heatmap,
    OverAllocation,
    RoleWeek,
    ScheduledLogged,
    ScheduleService,
    monday,
)
from ui.schedule.editors import date_edit, pydate
from ui.schedule.labels import schedule_message
from ui.schedule.tables import FillDelegate, RowsModel

GREEN = QColor("#cdebd3")
AMBER = QColor("#ffe1a6")
RED = QColor("#f4b4ae")
GREY = QColor("#eceff1")
NEAR = 15  # percentage points below the target that count as "near full"


def cell_colour(allocated: int, capacity: int, target_pct: int) -> QColor:
    """Green under, amber near the studio's target, red over it."""
    if capacity <= 0:
        return RED if allocated > 0 else GREY
    pct = allocated * 100 / capacity
    if pct > target_pct:
        return RED
    if pct >= target_pct - NEAR:
        return AMBER
    return GREEN


@dataclass(frozen=True, slots=True)
class Utilisation:
    """Everything the tab shows, computed in one go (off the GUI thread when possible)."""

    generation: int
    start: date
    heatmap: Heatmap
    over: list[OverAllocation]
    roles: list[RoleWeek]
    logged: list[ScheduledLogged]


def compute(
    sv: ScheduleService, generation: int, start: date, weeks: int, tentative: bool, today: date
) -> Utilisation:
    hm = sv.heatmap(start, weeks, include_tentative=tentative)
    over = sv.over_allocations(start, weeks, include_tentative=tentative)
    roles = sv.utilisation_by_role(start, weeks, include_tentative=tentative)
    end = start + timedelta(days=7 * weeks - 1)
    logged = sv.scheduled_vs_logged(start, min(end, today)) if start <= today else []
    return Utilisation(generation, start, hm, over, roles, logged)


def hours(minutes: int) -> str:
    return f"{minutes / 60:.1f}".rstrip("0").rstrip(".")


class HeatmapPanel(QWidget):
    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: Any = None
    ) -> None:
        super().__init__(parent)
        self._sv = services
        self._tasks = tasks  # None: compute inline
        self._generation = 0  # each refresh() bumps it; older answers are dropped
        self._data: Heatmap | None = None
        self._role_rows: list[RoleWeek] = []
        self._target = 85
        self.loading = QLabel(self.tr("Loading…"))
        self.loading.setObjectName("pageSubtitle")
        self.loading.hide()
        self.start = date_edit(monday(date.today()))
        self.weeks = QComboBox()
        for n in (4, 12, 26, 52):
            self.weeks.addItem(self.tr("%1 weeks").replace("%1", str(n)), n)
        self.weeks.setCurrentIndex(1)
        self.tentative = QCheckBox(self.tr("Count tentative allocations"))
        self.legend = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.start)
        bar.addWidget(self.weeks)
        bar.addWidget(self.tentative)
        bar.addStretch(1)
        bar.addWidget(self.loading)
        bar.addWidget(self.legend)
        self.model = RowsModel([], self._colour, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(66)
        self.table.setItemDelegate(FillDelegate(self.table))
        self.table.setAlternatingRowColors(False)
        over_heads = [self.tr("Person"), self.tr("Week"), self.tr("Capacity h")]
        over_heads += [self.tr("Allocated h"), self.tr("Projects causing it")]
        self.over = RowsModel(over_heads, None, self)
        self.roles = RowsModel([], self._role_colour, self)
        log_heads = [self.tr("Person"), self.tr("Project"), self.tr("Scheduled h")]
        log_heads += [self.tr("Logged h"), self.tr("Difference h")]
        self.logged = RowsModel(log_heads, None, self)
        tabs = QTabWidget()
        for model, title in (
            (self.over, self.tr("Over-allocations")),
            (self.roles, self.tr("Studio by role")),
            (self.logged, self.tr("Scheduled vs logged")),
        ):
            view = QTableView()
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setStretchLastSection(True)
            view.setSortingEnabled(False)
            view.setItemDelegate(FillDelegate(view))
            tabs.addTab(view, title)
        self.tabs = tabs
        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(self.table)
        split.addWidget(tabs)
        split.setSizes([500, 250])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.start.dateChanged.connect(self.refresh)
        self.weeks.currentIndexChanged.connect(self.refresh)
        self.tentative.toggled.connect(self.refresh)

    def _colour(self, row: int, col: int) -> QColor | None:
        if self._data is None or col < 2:
            return None
        r = self._data.rows[row]
        w = col - 2
        return cell_colour(r.allocated[w], r.capacity[w], self._data.target_pct)

    def _role_colour(self, row: int, col: int) -> QColor | None:
        if col < 1 or row >= len(self._role_rows):
            return None
        r = self._role_rows[row]
        return cell_colour(r.allocated[col - 1], r.capacity[col - 1], self._target)

    def refresh(self) -> None:
        """Recompute for the chosen weeks: in the background when a task runner is given."""
        self._generation += 1
        args = (
            self._sv.schedule,
            self._generation,
            monday(pydate(self.start.date())),
            int(self.weeks.currentData()),
            self.tentative.isChecked(),
            date.today(),
        )
        if self._tasks is None:
            self._apply(compute(*args))
            return
        self.loading.show()
        connected = threading.Event()

        def work(_progress: object) -> Utilisation:
            connected.wait(5)  # until the result signals below are connected
            return compute(*args)

        handle = self._tasks.run(work)
        handle.finished.connect(self._apply)
        handle.failed.connect(self._on_failed)
        connected.set()

    def is_loading(self) -> bool:
        return not self.loading.isHidden()

    def _on_failed(self, exc: object) -> None:
        self.loading.hide()
        self.legend.setText(schedule_message(exc) if isinstance(exc, BaseException) else "")

    def _apply(self, result: Utilisation) -> None:
        if result.generation != self._generation:
            return  # the user changed the weeks meanwhile: a newer answer is on its way
        self.loading.hide()
        hm = result.heatmap
        self._data = hm
        self._target = hm.target_pct
        loc = QLocale()
        week_heads = [loc.toString(w, "MM-dd") for w in hm.weeks]
        self.legend.setText(
            self.tr("Target %1%: green under, amber near, red over").replace(
                "%1", str(hm.target_pct)
            )
        )
        rows = []
        for r in hm.rows:
            texts = [r.name, r.role]
            raws: list[object] = [r.name, r.role]
            for a, c in zip(r.allocated, r.capacity, strict=True):
                texts.append(f"{round(a * 100 / c)}%" if c else ("—" if not a else "∞"))
                raws.append(a / c if c else 0.0)
            rows.append((r.person_id, texts, raws))
        self.model.set_headers([self.tr("Person"), self.tr("Role"), *week_heads])
        self.model.set_rows(rows)
        self.table.setColumnWidth(0, 160)
        self.table.setColumnWidth(1, 190)
        over = result.over
        self.over.set_rows(
            [
                (
                    o.person_id,
                    [o.name, loc.toString(o.week, "yyyy-MM-dd"), hours(o.capacity),
                     hours(o.allocated),
                     ", ".join(f"{c} {n} ({hours(m)} h)" for c, n, m in o.projects)],
                    [o.name, o.week, o.capacity, o.allocated, ""],
                )
                for o in over
            ]
        )  # fmt: skip
        self._role_rows = result.roles
        self.roles.set_headers([self.tr("Role"), *week_heads])
        self.roles.set_rows(
            [
                (
                    r.role,
                    [r.role or self.tr("Whole studio")]
                    + [f"{round(a * 100 / c)}%" if c else "—"
                       for a, c in zip(r.allocated, r.capacity, strict=True)],
                    [r.role, *(a / c if c else 0.0
                               for a, c in zip(r.allocated, r.capacity, strict=True))],
                )
                for r in self._role_rows
            ]
        )  # fmt: skip
        self.logged.set_rows(
            [
                (
                    (x.person_id, x.project_id),
                    [x.person_name, f"{x.project_code} {x.project_name}", hours(x.scheduled),
                     hours(x.logged), hours(x.logged - x.scheduled)],
                    [x.person_name, x.project_code, x.scheduled, x.logged,
                     x.logged - x.scheduled],
                )
                for x in result.logged
            ]
        )  # fmt: skip
