"""pyqtgraph charts of the budget page. Imported only when the Budget vs actuals tab is shown.

Charts take plain lists. Amounts arrive as integer minor units and are turned into floats only
here, at the drawing boundary: a pixel position needs no cent-exact arithmetic.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from models.money import minor_exponent

BUDGET_COLOUR = "#9db4c8"
ACTUAL_COLOUR = "#2f6f8f"
OVER_COLOUR = "#c0392b"
REVENUE_COLOUR = "#2e8b57"

pg.setConfigOptions(antialias=True, background="w", foreground="#333333")


def _major(minor: int, currency: str) -> float:
    return minor / 10 ** minor_exponent(currency)


class MoneyAxis(pg.AxisItem):
    """Whole amounts with thousands separators, never 5e+06."""

    def tickStrings(self, values, scale, spacing):  # type: ignore[no-untyped-def]
        return [f"{v * scale:,.0f}" for v in values]


def _plot(title: str, parent: QWidget | None, money_axis: str = "left") -> pg.PlotWidget:
    plot = pg.PlotWidget(parent=parent, axisItems={money_axis: MoneyAxis(money_axis)})
    plot.setTitle(title, size="11pt", color="#333333")
    plot.showGrid(x=False, y=True, alpha=0.25)
    plot.setMinimumHeight(220)
    if money_axis == "left":
        plot.getAxis("left").setWidth(86)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    return plot


def budget_actual_bars(
    title: str,
    labels: Sequence[str],
    budget: Sequence[int],
    actual: Sequence[int],
    currency: str,
    names: tuple[str, str],
    parent: QWidget | None = None,
) -> pg.PlotWidget:
    """Pairs of bars per label: budget (light) and actual (dark, red when over the budget)."""
    plot = _plot(title, parent)
    plot.addLegend(offset=(-10, 10))
    xs = list(range(len(labels)))
    _add_budget_actual(plot, budget, actual, currency, names, size=0.38, horizontal=False)
    plot.getAxis("bottom").setTicks(
        [[(x, _wrap(t, len(labels))) for x, t in zip(xs, labels, strict=True)]]
    )
    plot.getAxis("bottom").setHeight(46)
    plot.setXRange(-0.7, max(len(labels) - 0.3, 0.7), padding=0)
    _headroom(plot, [*budget, *actual], currency)
    return plot


def budget_actual_hbars(
    title: str,
    labels: Sequence[str],
    budget: Sequence[int],
    actual: Sequence[int],
    currency: str,
    names: tuple[str, str],
    parent: QWidget | None = None,
) -> pg.PlotWidget:
    """Budget and actual per named line as horizontal bars, names down the left axis.

    Role and category names are long ("Project Manager", "广告投放"): side by side under
    vertical bars they run into each other, down an axis each gets its own line.
    """
    plot = _plot(title, parent, money_axis="bottom")
    plot.showGrid(x=True, y=False, alpha=0.25)  # amount lines, not lines through the bars
    plot.addLegend(offset=(-10, -10))
    ys = list(range(len(labels)))
    _add_budget_actual(plot, budget, actual, currency, names, size=0.36, horizontal=True)
    axis = plot.getAxis("left")
    shown = [_elide(t, 22) for t in labels]
    axis.setTicks([list(zip(ys, shown, strict=True))])
    metrics = QFontMetrics(axis.style.get("tickFont") or plot.font())
    axis.setWidth(max([metrics.horizontalAdvance(t) for t in shown] or [40]) + 16)
    plot.invertY(True)  # the first line on top, as in the table beside it
    plot.setYRange(-0.7, max(len(labels) - 0.3, 0.7), padding=0)
    right = max([_major(v, currency) for v in (*budget, *actual)] or [0]) or 1.0
    plot.setXRange(0, right * 1.35, padding=0)  # room on the right for the legend
    plot.setMinimumHeight(max(220, 60 + 34 * len(labels)))
    return plot


def _add_budget_actual(
    plot: pg.PlotWidget,
    budget: Sequence[int],
    actual: Sequence[int],
    currency: str,
    names: tuple[str, str],
    *,
    size: float,
    horizontal: bool,
) -> None:
    """Budget (light) and actual (dark, red when over) side by side at slots 0, 1, 2..."""
    over = [OVER_COLOUR if a > b else ACTUAL_COLOUR for a, b in zip(actual, budget, strict=True)]
    for offset, values, colours, name in (
        (-size / 2, budget, None, names[0]),
        (size / 2, actual, over, names[1]),
    ):
        centres = [slot + offset for slot in range(len(values))]
        lengths = [_major(v, currency) for v in values]
        if horizontal:
            geometry = {"x0": 0, "y": centres, "width": lengths, "height": size}
        else:
            geometry = {"x": centres, "height": lengths, "width": size}
        colour = BUDGET_COLOUR if colours is None else ACTUAL_COLOUR
        plot.addItem(
            pg.BarGraphItem(**geometry, brush=colour, brushes=colours, pen=None, name=name)
        )


def _elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def burn_up(
    title: str,
    days: Sequence[date],
    cost: Sequence[int],
    revenue: Sequence[int],
    budget_minor: int,
    currency: str,
    names: tuple[str, str, str],
    parent: QWidget | None = None,
) -> pg.PlotWidget:
    """Cumulative cost and revenue against the budget line, x in days."""
    plot = _plot(title, parent)
    plot.addLegend(offset=(10, 10))
    xs = [d.toordinal() for d in days]
    if xs:
        plot.plot(
            [xs[0], xs[-1]],
            [_major(budget_minor, currency)] * 2,
            pen=pg.mkPen(BUDGET_COLOUR, width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
            name=names[0],
        )
        plot.plot(xs, [_major(v, currency) for v in cost], pen=pg.mkPen(ACTUAL_COLOUR, width=2),
                  name=names[1], stepMode=None)  # fmt: skip
        plot.plot(xs, [_major(v, currency) for v in revenue],
                  pen=pg.mkPen(REVENUE_COLOUR, width=2), name=names[2])  # fmt: skip
        # Evenly spaced dates (not every n-th point: points bunch where costs were booked).
        step = max(1, (xs[-1] - xs[0]) // 5)
        ticks = [(x, date.fromordinal(x).strftime("%m-%d")) for x in range(xs[0], xs[-1] + 1, step)]
        plot.getAxis("bottom").setTicks([ticks])
    _headroom(plot, [budget_minor, *cost, *revenue], currency)
    return plot


def revenue_cost_bars(
    title: str,
    months: Sequence[str],
    revenue: Sequence[int],
    cost: Sequence[int],
    currency: str,
    names: tuple[str, str],
    parent: QWidget | None = None,
) -> pg.PlotWidget:
    plot = _plot(title, parent)
    plot.addLegend(offset=(-10, 10))
    xs = list(range(len(months)))
    width = 0.38
    plot.addItem(pg.BarGraphItem(x=[x - width / 2 for x in xs],
                                 height=[_major(v, currency) for v in revenue], width=width,
                                 brush=REVENUE_COLOUR, pen=None, name=names[0]))  # fmt: skip
    plot.addItem(pg.BarGraphItem(x=[x + width / 2 for x in xs],
                                 height=[_major(v, currency) for v in cost], width=width,
                                 brush=ACTUAL_COLOUR, pen=None, name=names[1]))  # fmt: skip
    plot.getAxis("bottom").setTicks([list(zip(xs, months, strict=True))])
    _headroom(plot, [*revenue, *cost], currency)
    return plot


def _wrap(text: str, count: int) -> str:
    """Two short lines per tick so neighbouring labels never run into each other."""
    width = max(4, 56 // max(count, 1))
    words, lines, line = text.replace(":", "").split(), [], ""
    for word in words or [text]:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    cut = [ln if len(ln) <= width else ln[: width - 1] + "…" for ln in lines[:2]]
    return "\n".join(cut)


def _headroom(plot: pg.PlotWidget, values: Sequence[int], currency: str) -> None:
    """Room above the tallest bar so the legend never covers one."""
    top = max([_major(v, currency) for v in values] or [0]) or 1.0
    plot.setYRange(0, top * 1.4, padding=0)
