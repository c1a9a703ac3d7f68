"""The dashboard's charts (pyqtgraph, imported only when the charts are first built).

Floats appear here only as pixel positions for drawing; the figures shown come from Money.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import DealStage
from models.money import Money
from models.services.kpi import MonthPoint
from models.services.risks import HeatMap
from ui.risks.heatmap import HeatMapWidget
from ui.shell.labels import enum_label


@dataclass(frozen=True, slots=True)
class ChartData:
    months: list[MonthPoint]
    pipeline: list[tuple[str, Money, Money]]
    heat: HeatMap
    target_utilisation: int


class ChartPanel(QFrame):
    """A titled chart with a hover line and a 'Save as PNG' button."""

    def __init__(self, title: str, chart: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.chart = chart
        caption = QLabel(title, self)
        caption.setObjectName("statCaption")
        self.hover = QLabel(" ", self)
        self.hover.setObjectName("statHint")
        self.save_button = QPushButton(self.tr("Save as PNG…"), self)
        self.save_button.clicked.connect(self._on_save_clicked)
        top = QHBoxLayout()
        top.addWidget(caption, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(chart, 1)
        layout.addWidget(self.hover)
        self.setMinimumHeight(300)

    def save_png(self, path: Path) -> bool:
        return self.chart.grab().save(str(path), "PNG")

    def _on_save_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), "chart.png", self.tr("PNG images (*.png)")
        )
        if name:
            self.save_png(Path(name))


def _plot(labels: list[str]):  # type: ignore[no-untyped-def]
    import pyqtgraph as pg

    # pyqtgraph's exit clean-up walks every QGraphicsScene at interpreter exit, which can crash
    # PySide6 while it is finalising; Qt tears the scenes down with their widgets anyway.
    pg.setConfigOptions(exitCleanup=False)
    plot = pg.PlotWidget(background="w")
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.showGrid(x=False, y=True, alpha=0.3)
    axis = plot.getAxis("bottom")
    axis.setTicks([[(i, t) for i, t in enumerate(labels)]])
    for name in ("bottom", "left"):
        plot.getAxis(name).setTextPen("#333")
        plot.getAxis(name).setPen("#888")
    return plot


def _on_hover(plot, n: int, describe: Callable[[int], str], label: QLabel) -> None:  # type: ignore[no-untyped-def]
    def moved(pos: QPointF) -> None:
        if not plot.sceneBoundingRect().contains(pos):
            return
        x = plot.getPlotItem().vb.mapSceneToView(pos).x()
        i = round(x)
        if 0 <= i < n:
            label.setText(describe(i))

    plot.scene().sigMouseMoved.connect(moved)
    plot._hover_slot = moved  # keep the closure alive with the plot


def revenue_cost_chart(data: ChartData, parent: QWidget) -> ChartPanel:
    import pyqtgraph as pg

    labels = [f"{m.year % 100:02d}-{m.month:02d}" for m in data.months]
    plot = _plot(labels)
    xs = list(range(len(data.months)))
    rev = [float(m.revenue.amount) for m in data.months]
    cost = [float(m.cost.amount) for m in data.months]
    plot.addItem(pg.BarGraphItem(x=[x - 0.2 for x in xs], height=rev, width=0.38, brush="#2f6f8f"))
    plot.addItem(pg.BarGraphItem(x=[x + 0.2 for x in xs], height=cost, width=0.38, brush="#f0ad4e"))
    panel = ChartPanel(
        QCoreApplication.translate(
            "DashboardCharts", "Revenue (blue) vs direct cost (orange) by month"
        ),
        plot,
        parent,
    )

    def describe(i: int) -> str:
        m = data.months[i]
        return (
            QCoreApplication.translate("DashboardCharts", "%1: revenue %2, cost %3")
            .replace("%1", f"{m.year}-{m.month:02d}")
            .replace("%2", m.revenue.format())
            .replace("%3", m.cost.format())
        )

    _on_hover(plot, len(xs), describe, panel.hover)
    return panel


def utilisation_chart(data: ChartData, parent: QWidget) -> ChartPanel:
    import pyqtgraph as pg

    labels = [f"{m.year % 100:02d}-{m.month:02d}" for m in data.months]
    plot = _plot(labels)
    points = [
        (i, float(m.utilisation)) for i, m in enumerate(data.months) if m.utilisation is not None
    ]
    if points:
        plot.plot(
            [p[0] for p in points],
            [p[1] for p in points],
            pen=pg.mkPen("#2f6f8f", width=2),
            symbol="o",
            symbolBrush="#2f6f8f",
        )
    plot.addItem(
        pg.InfiniteLine(
            pos=data.target_utilisation,
            angle=0,
            pen=pg.mkPen("#d9534f", style=pg.QtCore.Qt.PenStyle.DashLine),
        )
    )
    plot.setYRange(0, max([120.0, *[p[1] for p in points]]))
    panel = ChartPanel(
        QCoreApplication.translate("DashboardCharts", "Utilisation % by month (dashed: target)"),
        plot,
        parent,
    )

    def describe(i: int) -> str:
        m = data.months[i]
        value = "–" if m.utilisation is None else f"{m.utilisation}%"
        return (
            QCoreApplication.translate("DashboardCharts", "%1: utilisation %2")
            .replace("%1", f"{m.year}-{m.month:02d}")
            .replace("%2", value)
        )

    _on_hover(plot, len(data.months), describe, panel.hover)
    return panel


def pipeline_chart(data: ChartData, parent: QWidget) -> ChartPanel:
    import pyqtgraph as pg

    labels = [enum_label(DealStage, s) for s, _v, _w in data.pipeline]
    plot = _plot(labels)
    xs = list(range(len(data.pipeline)))
    plot.addItem(
        pg.BarGraphItem(
            x=xs,
            height=[float(v.amount) for _s, v, _w in data.pipeline],
            width=0.6,
            brush="#b8d4e3",
        )
    )
    plot.addItem(
        pg.BarGraphItem(
            x=xs,
            height=[float(w.amount) for _s, _v, w in data.pipeline],
            width=0.4,
            brush="#2f6f8f",
        )
    )
    panel = ChartPanel(
        QCoreApplication.translate(
            "DashboardCharts", "Pipeline by stage (light: value, dark: weighted)"
        ),
        plot,
        parent,
    )

    def describe(i: int) -> str:
        _s, v, w = data.pipeline[i]
        return (
            QCoreApplication.translate("DashboardCharts", "%1: value %2, weighted %3")
            .replace("%1", labels[i])
            .replace("%2", v.format())
            .replace("%3", w.format())
        )

    _on_hover(plot, len(xs), describe, panel.hover)
    return panel


def heat_map_chart(data: ChartData, parent: QWidget) -> ChartPanel:
    widget = HeatMapWidget()
    widget.set_map(data.heat)
    panel = ChartPanel(
        QCoreApplication.translate("DashboardCharts", "Open risks: probability × impact"),
        widget,
        parent,
    )
    widget.cell_clicked.connect(
        lambda p, i: panel.hover.setText(
            QCoreApplication.translate("DashboardCharts", "Probability %1 × impact %2: %3 risk(s)")
            .replace("%1", str(p))
            .replace("%2", str(i))
            .replace("%3", str(data.heat.count(p, i)))
        )
    )
    return panel
