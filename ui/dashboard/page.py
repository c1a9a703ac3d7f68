"""The dashboard: KPI cards painted at once as placeholders, filled off-thread, then charts.

The dashboard is the first page the main window shows, so its constructor runs no SQL: the
first computation starts from showEvent (deferred by a zero-delay timer, so the window paints
first) and runs through the TaskRunner. Each request carries a generation number; a newer
request (period change, data change) cancels the older one and its late result is ignored.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.services import Services
from models.services.kpi_defs import KPI_CODES
from models.services.kpi_period import Period, PeriodKind
from ui.dashboard.cards import KpiCard
from ui.shell.changes import DataChanges
from ui.shell.messages import message_of
from ui.shell.tasks import Cancelled, InlineTaskRunner, Progress, TaskHandle, TaskRunner

if TYPE_CHECKING:
    from models.services.kpi import KpiBoard

    # The drill-down dialog is imported when first opened: the dashboard is on the startup path.
    from ui.dashboard.detail import KpiDetailDialog

# KPIs read almost every table, so the page refreshes on most changes.
_WATCHED = frozenset(
    {
        "studio", "clients", "projects", "people", "invoices", "payments", "expenses",
        "time_entries", "risks", "deals", "budgets", "kpi_targets", "milestones",
    }
)  # fmt: skip
_COLUMNS = 5
_CARD_WIDTH = 250  # a money value such as ¥1,952,525.00 fits without clipping


class DashboardPage(QWidget):
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
        self._tasks = tasks or InlineTaskRunner()
        self._today = date.today
        # Nothing computed yet: the first showEvent starts the first request.
        self._dirty = True
        self._charts_built = False
        self._chart_handle: TaskHandle | None = None
        self._board_handle: TaskHandle | None = None
        self._generation = 0
        self._currency = "CNY"
        self._target_utilisation = 85
        self.board: KpiBoard | None = None
        self.last_dialog: KpiDetailDialog | None = None
        self.chart_panels: list[QWidget] = []

        self._title = QLabel(self.tr("Dashboard"), self)
        self._title.setObjectName("pageTitle")
        self._subtitle = QLabel(self)
        self._subtitle.setObjectName("pageSubtitle")

        today = self._today()
        self.kind_combo = QComboBox(self)
        for kind, label in (
            (PeriodKind.MONTH, self.tr("Month")),
            (PeriodKind.QUARTER, self.tr("Quarter")),
            (PeriodKind.YEAR, self.tr("Year")),
            (PeriodKind.CUSTOM, self.tr("Custom")),
        ):
            self.kind_combo.addItem(label, kind.value)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today.year)
        self.part_combo = QComboBox(self)
        self.from_edit = QDateEdit(QDate(today.year, 1, 1), self)
        self.to_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.last_year_check = QCheckBox(self.tr("Compare with the same period last year"), self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period"), self))
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.year_spin)
        bar.addWidget(self.part_combo)
        bar.addWidget(self.from_edit)
        bar.addWidget(self.to_edit)
        bar.addSpacing(16)
        bar.addWidget(self.last_year_check)
        bar.addStretch(1)

        self.cards: dict[str, KpiCard] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        self._grid = grid
        self._columns = 0
        for code in KPI_CODES:
            card = KpiCard(code, self)
            card.clicked.connect(self.open_kpi)
            self.cards[code] = card
        self._reflow(_COLUMNS)

        # Errors of a computation are shown here, in the page, never as a crash dialog.
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.charts_status = QLabel(self.tr("Charts are being prepared…"), self)
        self.charts_status.setObjectName("statHint")
        self._charts_grid = QGridLayout()
        self._charts_grid.setSpacing(12)

        body = QWidget(self)
        body.setObjectName("pageBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(14)
        column.addWidget(self._title)
        column.addWidget(self._subtitle)
        column.addLayout(bar)
        column.addWidget(self.error_label)
        column.addLayout(grid)
        column.addWidget(self.charts_status)
        column.addLayout(self._charts_grid)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Cards reflow to the width instead of scrolling sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._fill_parts()
        self.part_combo.setCurrentIndex(today.month - 1)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        for signal in (
            self.year_spin.valueChanged,
            self.part_combo.currentIndexChanged,
            self.from_edit.dateChanged,
            self.to_edit.dateChanged,
        ):
            signal.connect(self._on_period_changed)
        self.last_year_check.toggled.connect(self._show_cards)
        changes.changed.connect(self._on_data_changed)
        self._sync_controls()
        self._show_placeholders()

    def search_field(self) -> None:
        return None

    # -- period ---------------------------------------------------------------------------
    def _kind(self) -> PeriodKind:
        return PeriodKind(self.kind_combo.currentData())

    def _reflow(self, columns: int) -> None:
        """Lay the cards out in ``columns`` equal columns (2 to 5, by the page's width)."""
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards.values():
            self._grid.removeWidget(card)
        for n, card in enumerate(self.cards.values()):
            self._grid.addWidget(card, n // columns, n % columns)
        for col in range(_COLUMNS):
            self._grid.setColumnStretch(col, 1 if col < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        usable = event.size().width() - 56  # the body's margins
        self._reflow(max(2, min(_COLUMNS, usable // _CARD_WIDTH)))

    def _fill_parts(self) -> None:
        self.part_combo.blockSignals(True)
        self.part_combo.clear()
        if self._kind() == PeriodKind.MONTH:
            for m in range(1, 13):
                self.part_combo.addItem(QDate(2000, m, 1).toString("MM"), m)
        elif self._kind() == PeriodKind.QUARTER:
            for q in range(1, 5):
                self.part_combo.addItem(f"Q{q}", q)
        self.part_combo.blockSignals(False)

    def _sync_controls(self) -> None:
        kind = self._kind()
        self.year_spin.setVisible(kind != PeriodKind.CUSTOM)
        self.part_combo.setVisible(kind in (PeriodKind.MONTH, PeriodKind.QUARTER))
        self.from_edit.setVisible(kind == PeriodKind.CUSTOM)
        self.to_edit.setVisible(kind == PeriodKind.CUSTOM)

    def _on_kind_changed(self) -> None:
        today = self._today()
        self._fill_parts()
        if self._kind() == PeriodKind.MONTH:
            self.part_combo.setCurrentIndex(today.month - 1)
        elif self._kind() == PeriodKind.QUARTER:
            self.part_combo.setCurrentIndex((today.month - 1) // 3)
        self._sync_controls()
        self._on_period_changed()

    def set_period(self, period: Period) -> None:
        """Select ``period`` in the controls (and reload once)."""
        widgets = (self.kind_combo, self.year_spin, self.part_combo, self.from_edit, self.to_edit)
        for w in widgets:
            w.blockSignals(True)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(period.kind.value))
        self._fill_parts()
        self.year_spin.setValue(period.start.year)
        if period.kind == PeriodKind.MONTH:
            self.part_combo.setCurrentIndex(period.start.month - 1)
        elif period.kind == PeriodKind.QUARTER:
            self.part_combo.setCurrentIndex((period.start.month - 1) // 3)
        self.from_edit.setDate(QDate(period.start))
        self.to_edit.setDate(QDate(period.end))
        for w in widgets:
            w.blockSignals(False)
        self._sync_controls()
        self._on_period_changed()

    def period(self) -> Period:
        kind = self._kind()
        year = self.year_spin.value()
        if kind == PeriodKind.MONTH:
            return Period.month(year, int(self.part_combo.currentData() or 1))
        if kind == PeriodKind.QUARTER:
            return Period.quarter(year, int(self.part_combo.currentData() or 1))
        if kind == PeriodKind.YEAR:
            return Period.year(year)
        start = self.from_edit.date().toPython()
        end = self.to_edit.date().toPython()
        return Period.custom(start, max(start, end))  # type: ignore[arg-type]

    def _on_period_changed(self) -> None:
        self.reload()

    # -- cards first, charts after ------------------------------------------------------------
    def reload(self) -> None:
        """Start a new KPI request for the selected period; it supersedes any older one."""
        self._dirty = False
        self._generation += 1
        generation = self._generation
        for handle in (self._board_handle, self._chart_handle):
            if handle is not None:
                handle.cancel()
        self._board_handle = self._chart_handle = None
        period = self.period()
        self._show_placeholders()
        self.error_label.hide()
        services = self._services

        def compute(progress: Progress) -> tuple[str, str, KpiBoard]:
            if not progress(0, 2):
                raise Cancelled
            studio = services.studio.get()
            if not progress(1, 2):
                raise Cancelled
            board = services.kpi.board(period)
            return studio.name, studio.base_currency, board

        handle = self._tasks.run(compute)
        handle.finished.connect(lambda result, g=generation: self._on_board_ready(g, result))
        handle.failed.connect(lambda exc, g=generation: self._on_board_failed(g, exc))
        self._board_handle = handle

    def _show_placeholders(self) -> None:
        self.board = None
        self._subtitle.setText(
            self.tr("Calculating the indicators for %1…").replace("%1", self.period().label)
        )
        for card in self.cards.values():
            card.show_placeholder()

    def _on_board_ready(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # a newer request is on its way; this result is stale
        self._board_handle = None
        name, currency, board = result  # type: ignore[misc]
        self._currency = currency
        self._title.setText(name or self.tr("Dashboard"))
        self.board = board
        period = board.period
        self._subtitle.setText(
            self.tr("%1: %2 to %3 · previous %4 · last year %5")
            .replace("%1", period.label)
            .replace("%2", period.start.isoformat())
            .replace("%3", period.end.isoformat())
            .replace("%4", board.previous.label)
            .replace("%5", board.last_year.label)
        )
        target = board.get("utilisation").target
        self._target_utilisation = int(target) if target is not None else 85
        self._show_cards()
        self._start_charts(period, generation)

    def _on_board_failed(self, generation: int, exc: object) -> None:
        if generation != self._generation:
            return
        self._board_handle = None
        for card in self.cards.values():
            card.show_unavailable()
        self._subtitle.setText(self.period().label)
        message = message_of(exc) if isinstance(exc, BaseException) else str(exc)
        self.error_label.setText(
            self.tr("The indicators could not be computed: %1").replace("%1", message)
        )
        self.error_label.show()
        self.charts_status.hide()

    def is_calculating(self) -> bool:
        return self._board_handle is not None

    def _show_cards(self) -> None:
        if self.board is None:
            return
        compare = self.last_year_check.isChecked()
        for kpi in self.board.kpis:
            self.cards[kpi.code].show_kpi(kpi, compare, self._currency)

    def _chart_period(self, period: Period) -> Period:
        # Short periods get a year of months for context: trends need more than one point.
        if period.kind in (PeriodKind.MONTH, PeriodKind.QUARTER):
            return Period.year(period.start.year)
        return period

    def _start_charts(self, period: Period, generation: int) -> None:
        if self._chart_handle is not None:
            self._chart_handle.cancel()
        services = self._services
        chart_period = self._chart_period(period)
        target = self._target_utilisation

        def compute(progress):  # type: ignore[no-untyped-def]
            from ui.dashboard.charts import ChartData

            months = services.kpi.months(chart_period)
            progress(1, 3)
            pipeline = services.kpi.pipeline_by_stage(period)
            progress(2, 3)
            from models.services.risks import RiskScope

            heat = services.risks.heat_map(RiskScope())
            return ChartData(months, pipeline, heat, target)

        self.charts_status.setText(self.tr("Charts are being prepared…"))
        self.charts_status.show()
        handle = self._tasks.run(compute)
        handle.finished.connect(lambda data, g=generation: self._on_charts_ready(g, data))
        handle.failed.connect(lambda exc, g=generation: self._on_charts_failed(g, exc))
        self._chart_handle = handle

    def _on_charts_failed(self, generation: int, exc: object) -> None:
        if generation != self._generation:
            return
        self._chart_handle = None
        self.charts_status.setText(self.tr("The charts could not be computed."))

    def _on_charts_ready(self, generation: int, data: object) -> None:
        if generation != self._generation:
            return
        from ui.dashboard.charts import (
            heat_map_chart,
            pipeline_chart,
            revenue_cost_chart,
            utilisation_chart,
        )

        self._chart_handle = None
        for panel in self.chart_panels:
            self._charts_grid.removeWidget(panel)
            panel.deleteLater()
        self.chart_panels = [
            revenue_cost_chart(data, self),  # type: ignore[arg-type]
            utilisation_chart(data, self),  # type: ignore[arg-type]
            pipeline_chart(data, self),  # type: ignore[arg-type]
            heat_map_chart(data, self),  # type: ignore[arg-type]
        ]
        for n, panel in enumerate(self.chart_panels):
            self._charts_grid.addWidget(panel, n // 2, n % 2)
        self._charts_built = True
        self.charts_status.hide()

    def charts_ready(self) -> bool:
        return self._charts_built and self._chart_handle is None and self.board is not None

    # -- drill-down -----------------------------------------------------------------------
    def open_kpi(self, code: str) -> KpiDetailDialog | None:
        if self.board is None:
            return None
        from ui.dashboard.detail import KpiDetailDialog

        dialog = KpiDetailDialog(self._services, self.board.get(code), self.board.period, self)
        dialog.target_saved.connect(
            lambda _c: self._changes.changed.emit(frozenset({"kpi_targets"}))
        )
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if not kinds & _WATCHED:
            return
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            # Deferred so the first paint of the window is not held up by starting the work.
            self._dirty = False
            QTimer.singleShot(0, self.reload)
