"""Budget vs actuals: a table with warning colours and the charts (studio or one project)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.services import Services
from models.services.finance_budgets import Period, VarianceReport, VarianceRow
from ui.budget.labels import category_label, money_text, pct_text

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
WARN_BG = QColor("#fff3cd")
OVER_BG = QColor("#f8d7da")

_MONTHS = (
    QT_TRANSLATE_NOOP("Month", "Jan"), QT_TRANSLATE_NOOP("Month", "Feb"),
    QT_TRANSLATE_NOOP("Month", "Mar"), QT_TRANSLATE_NOOP("Month", "Apr"),
    QT_TRANSLATE_NOOP("Month", "May"), QT_TRANSLATE_NOOP("Month", "Jun"),
    QT_TRANSLATE_NOOP("Month", "Jul"), QT_TRANSLATE_NOOP("Month", "Aug"),
    QT_TRANSLATE_NOOP("Month", "Sep"), QT_TRANSLATE_NOOP("Month", "Oct"),
    QT_TRANSLATE_NOOP("Month", "Nov"), QT_TRANSLATE_NOOP("Month", "Dec"),
)  # fmt: skip


def month_label(month: int) -> str:
    return QCoreApplication.translate("Month", _MONTHS[month - 1])


class BackgroundDelegate(QStyledItemDelegate):
    """Paints the model's BackgroundRole first: the style sheet's item rule would hide it."""

    def paint(self, painter: Any, option: Any, index: Index) -> None:
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        if brush is not None:
            painter.fillRect(option.rect, brush)
        super().paint(painter, option, index)


class VarianceModel(QAbstractTableModel):
    """Rows of a VarianceReport and a total; warnings amber, overspending red."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: VarianceReport | None = None
        self._rows: list[VarianceRow] = []
        self.category_codes: dict[int, str | None] = {}  # id -> built-in code, for labels

    def set_report(self, report: VarianceReport | None) -> None:
        self.beginResetModel()
        self.report = report
        self._rows = [*list(report.rows), report.total()] if report else []
        self.endResetModel()

    def row(self, row: int) -> VarianceRow:
        return self._rows[row]

    def label(self, r: VarianceRow) -> str:
        if r.key == "total":
            return self.tr("Total")
        if r.key == "contingency":
            return self.tr("Contingency")
        if r.key == "role:*":
            return self.tr("Labour of roles not in the budget")
        if r.key.startswith("role:"):
            return self.tr("Labour: %1").replace("%1", r.label)
        if r.key.startswith("category:"):
            cat_id = r.key.split(":", 1)[1]
            code = self.category_codes.get(int(cat_id)) if cat_id.isdigit() else None
            return category_label(code, r.label)
        if r.key.startswith("Q"):
            return self.tr("Quarter %1").replace("%1", r.key[1:])
        return category_label(r.key, r.label)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Line"), self.tr("Budget"), self.tr("Actual"), self.tr("Variance"),
                self.tr("Variance %"), self.tr("Used %"),
            )[section]  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                "",
                "",
                "",
                self.tr("Variance = budget − actual (negative: over budget)"),
                self.tr("Variance % = variance ÷ budget × 100"),
                self.tr("Used % = actual ÷ budget × 100"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.report is None:
            return None
        r = self._rows[index.row()]
        col = index.column()
        cur = self.report.currency
        is_total = r.key == "total"
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.label(r),
                money_text(r.budget_minor, cur),
                money_text(r.actual_minor, cur),
                money_text(r.variance_minor, cur),
                pct_text(r.variance_pct),
                pct_text(r.used_pct),
            )[col]
        if role == Qt.ItemDataRole.UserRole:
            return (r.key, r.budget_minor, r.actual_minor, r.variance_minor, r.variance_pct,
                    r.used_pct)[col]  # fmt: skip
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and r.key != "contingency":
            if r.over:
                return QBrush(OVER_BG)
            if r.warning:
                return QBrush(WARN_BG)
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and r.warning and r.key != "contingency":
            if r.over:
                return self.tr("Over budget")
            return (
                self.tr("%1% of the budget used (warning at %2%)")
                .replace("%1", str(r.used_pct))
                .replace("%2", str(r.warn_at_pct))
            )
        return None

    def warnings(self) -> list[VarianceRow]:
        return [r for r in self._rows if r.warning and r.key not in ("total", "contingency")]


class VarianceTab(QWidget):
    """Scope (studio or a project), the table, a warning banner and charts drawn on demand."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.scope = QComboBox(self)
        self.scope.setMinimumWidth(260)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(services.budgets.current_fiscal_year())
        self.period = QComboBox(self)
        self.period.addItem(self.tr("By category (year)"), Period.YEAR)
        self.period.addItem(self.tr("By quarter"), Period.QUARTER)
        self.period.addItem(self.tr("By month"), Period.MONTH)
        self.warn = QSpinBox(self)
        self.warn.setRange(1, 200)
        self.warn.setSuffix("%")
        self.warn.setToolTip(self.tr("Warn when a studio budget line reaches this share"))
        self.banner = QLabel(self)
        self.banner.setObjectName("budgetWarning")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background:#fff3cd; color:#7a5800; padding:6px 10px; border-radius:4px;"
        )
        self.forecast = QLabel(self)
        self.forecast.setWordWrap(True)
        self.forecast.setObjectName("forecast")
        bar = QHBoxLayout()
        bar.addWidget(self.scope)
        self.year_label = QLabel(self.tr("Fiscal year"), self)
        bar.addWidget(self.year_label)
        bar.addWidget(self.year)
        bar.addWidget(self.period)
        bar.addStretch(1)
        self.warn_label = QLabel(self.tr("Warn at"), self)
        bar.addWidget(self.warn_label)
        bar.addWidget(self.warn)
        self.model = VarianceModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(BackgroundDelegate(self.view))
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.charts = QWidget(self)
        self.charts_layout = QGridLayout(self.charts)
        self.charts_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(300)
        scroll.setWidget(self.charts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.forecast)
        layout.addWidget(scroll, 1)
        self._charts_wanted = False
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.warn.editingFinished.connect(self._on_warn_changed)
        self.reload_choices()

    def reload_choices(self) -> None:
        current = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("The studio"), None)
        for p in self._services.time.projects():
            self.scope.addItem(p.label, p.id)
        if current is not None:
            self.scope.setCurrentIndex(max(0, self.scope.findData(current)))
        self.scope.blockSignals(False)
        self.warn.setValue(self._services.budgets.thresholds()[0])
        self.model.category_codes = {
            c.id: c.code for c in self._services.expenses.categories(include_inactive=True)
        }
        self.refresh()

    def select_project(self, project_id: int) -> None:
        self.scope.setCurrentIndex(max(0, self.scope.findData(project_id)))

    def _on_warn_changed(self) -> None:
        _, margin = self._services.budgets.thresholds()
        self._services.budgets.set_thresholds(self.warn.value(), margin)
        self.refresh()

    def refresh(self) -> None:
        project_id = self.scope.currentData()
        studio = project_id is None
        for w in (self.year, self.year_label, self.period, self.warn, self.warn_label):
            w.setVisible(studio)
        if studio:
            period = Period(self.period.currentData())  # Qt hands the enum back as a str
            by = "category" if period is Period.YEAR else "period"
            report = self._services.budgets.studio_variance(self.year.value(), period, by=by)
            self.forecast.clear()
            self.forecast.hide()
        else:
            report = self._services.budgets.project_variance(int(project_id))
            self._show_forecast(int(project_id), report.currency)
        self.model.set_report(report)
        warnings = self.model.warnings()
        if warnings:
            names = ", ".join(self.model.label(r) for r in warnings[:4])
            more = len(warnings) - 4
            text = (
                self.tr("%1 line(s) at or past the warning threshold: %2")
                .replace("%1", str(len(warnings)))
                .replace("%2", names + (f" (+{more})" if more > 0 else ""))
            )
            self.banner.setText(text)
            self.banner.show()
        else:
            self.banner.hide()
        if self._charts_wanted:
            self.draw_charts()

    def _show_forecast(self, project_id: int, currency: str) -> None:
        f = self._services.budgets.burn_up(project_id).forecast
        runs_out = f.runs_out_on.isoformat() if f.runs_out_on else self.tr("not at this rate")
        self.forecast.setText(
            self.tr(
                "Burn rate %1 a day (last 28 days) · budget runs out: %2 · forecast cost at "
                "completion %3 · fee needed for a %4% margin: %5"
            )
            .replace("%1", money_text(int(f.daily_burn_minor), currency))
            .replace("%2", runs_out)
            .replace("%3", money_text(f.forecast_at_completion_minor, currency))
            .replace("%4", str(f.target_margin_pct))
            .replace("%5", money_text(f.fee_needed_minor, currency))
            + "\n"
            + self.tr(
                "Cost at completion = actual %1 + burn rate × %2 days left %3 + open risks' "
                "expected cost %4 = %5"
            )
            .replace("%1", money_text(f.actual_minor, currency))
            .replace("%2", str(f.days_left))
            .replace("%3", money_text(f.remaining_burn_minor, currency))
            .replace("%4", money_text(f.risk_expected_minor, currency))
            .replace("%5", money_text(f.forecast_at_completion_minor, currency))
        )
        self.forecast.show()

    def _by_group(self, rows: list[VarianceRow]) -> list[VarianceRow]:
        """The studio chart shows the five cost groups; a bar per leaf would not be readable."""
        cats = self._services.expenses.categories(include_inactive=True)
        by_id = {c.id: c for c in cats}
        key_of = {c.code or str(c.id): c for c in cats}
        groups: dict[str, list[int]] = {}
        for r in rows:
            cat = key_of.get(r.key)
            top = by_id.get(cat.parent_id) if cat is not None and cat.parent_id else cat
            key = (top.code or str(top.id)) if top is not None else r.key
            name = top.name if top is not None else r.label
            sums = groups.setdefault(f"{key}\t{name}", [0, 0])
            sums[0] += r.budget_minor
            sums[1] += r.actual_minor
        warn = rows[0].warn_at_pct if rows else 90
        return [
            VarianceRow(k.split("\t")[0], k.split("\t")[1], b, a, warn)
            for k, (b, a) in groups.items()
        ]

    def mark_stale(self) -> None:
        """Data changed elsewhere: refresh now if shown, else when next shown (sums are costly)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        project_id = self.scope.currentData()
        stale = getattr(self, "_stale", False)
        if project_id is not None and self.model.report is not None and not stale:
            # The forecast's risk term comes from the risk register, whose edits this tab is
            # not told about: re-read the forecast (a few sums) each time the tab is shown.
            self._show_forecast(int(project_id), self.model.report.currency)
        if getattr(self, "_stale", False):
            self._stale = False
            self._charts_wanted = True
            self.refresh()
        elif not self._charts_wanted:
            self._charts_wanted = True
            self.draw_charts()

    def draw_charts(self) -> None:
        from ui.budget import charts  # pyqtgraph loads here, the first time charts are shown

        while self.charts_layout.count():
            item = self.charts_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        report = self.model.report
        if report is None:
            return
        rows = [r for r in report.rows if r.key != "total"]
        names = (self.tr("Budget"), self.tr("Actual"))
        project_id = self.scope.currentData()
        by_period = project_id is None and Period(self.period.currentData()) is not Period.YEAR
        if project_id is not None:
            title = self.tr("Budget vs actual by line")
        elif by_period:
            title = self.tr("Budget vs actual by period")
        else:
            title = self.tr("Budget vs actual by category")
            rows = self._by_group(rows)
        bars = charts.budget_actual_bars if by_period else charts.budget_actual_hbars
        first = bars(
            title,
            [
                r.label if r.key.startswith("role:") and r.label else self.model.label(r)
                for r in rows
            ],
            [r.budget_minor for r in rows],
            [r.actual_minor for r in rows],
            report.currency,
            names,
        )
        self.charts_layout.addWidget(first, 0, 0)
        if project_id is None:
            months = self._services.budgets.studio_variance(
                self.year.value(), Period.MONTH, by="period"
            )
            second = charts.budget_actual_bars(
                self.tr("Budget vs actual by month"),
                [month_label(int(r.key[-2:])) for r in months.rows],
                [r.budget_minor for r in months.rows],
                [r.actual_minor for r in months.rows],
                report.currency,
                names,
            )
        else:
            burn = self._services.budgets.burn_up(int(project_id))
            second = charts.burn_up(
                self.tr("Burn-up"),
                [p.day for p in burn.points],
                [p.cumulative_cost_minor for p in burn.points],
                [p.cumulative_revenue_minor for p in burn.points],
                burn.budget_minor,
                burn.currency,
                (self.tr("Budget"), self.tr("Cost"), self.tr("Revenue")),
            )
        self.charts_layout.addWidget(second, 0, 1)
        series = self._services.budgets.revenue_vs_cost()
        third = charts.revenue_cost_bars(
            self.tr("Revenue vs cost, last 12 months"),
            [month_label(int(m[5:7])) for m, _, _ in series],
            [r for _, r, _ in series],
            [c for _, _, c in series],
            report.currency,
            (self.tr("Revenue"), self.tr("Cost")),
        )
        self.charts_layout.addWidget(third, 0, 2)
