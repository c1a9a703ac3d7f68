"""Vector charts for the reports (reportlab.graphics): bars, lines, the risk heat map, timelines."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors

from models.report_data import MilestoneLine, RiskLine
from reports.base import GREY, RULE, Ctx

SERIES_COLOURS = (None, colors.HexColor("#e0a34a"), colors.HexColor("#8a9ba8"))


def _drawing(ctx: Ctx, width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    # The renderer starts in Helvetica unless told; that would list an unembedded font.
    d.initialFontName = ctx.fonts.name
    return d


def _palette(ctx: Ctx) -> list[colors.Color]:
    return [ctx.accent if c is None else c for c in SERIES_COLOURS]


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return value


def bar_chart(
    ctx: Ctx,
    labels: Sequence[str],
    series: Sequence[Sequence[float]],
    names: Sequence[str],
    width: float,
    height: float = 150,
) -> Drawing:
    """Grouped vertical bars (plan against actual) with a legend; values in major units."""
    d = _drawing(ctx, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 46, 34
    chart.width, chart.height = width - 60, height - 58
    chart.data = [list(s) or [0] for s in series]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = ctx.fonts.name
    chart.categoryAxis.labels.fontSize = 6.5
    if len(labels) > 8:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = ctx.fonts.name
    chart.valueAxis.labels.fontSize = 6.5
    top = max((v for s in series for v in s), default=0)
    chart.valueAxis.valueMin = min(0.0, min((v for s in series for v in s), default=0))
    chart.valueAxis.valueMax = _nice_max(top)
    chart.valueAxis.valueStep = _step(chart.valueAxis.valueMax)
    chart.valueAxis.labelTextFormat = _short
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for i, colour in enumerate(_palette(ctx)[: len(series)]):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    d.add(chart)
    d.add(_legend(ctx, names, width, height))
    return d


def line_chart(
    ctx: Ctx,
    labels: Sequence[str],
    series: Sequence[Sequence[float]],
    names: Sequence[str],
    width: float,
    height: float = 150,
) -> Drawing:
    d = _drawing(ctx, width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 46, 30
    chart.width, chart.height = width - 60, height - 54
    chart.data = [list(s) or [0] for s in series]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = ctx.fonts.name
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fontName = ctx.fonts.name
    chart.valueAxis.labels.fontSize = 6.5
    top = max((v for s in series for v in s), default=0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(top)
    chart.valueAxis.valueStep = _step(chart.valueAxis.valueMax)
    chart.valueAxis.labelTextFormat = _short
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    for i, colour in enumerate(_palette(ctx)[: len(series)]):
        chart.lines[i].strokeColor = colour
        chart.lines[i].strokeWidth = 1.6
    d.add(chart)
    d.add(_legend(ctx, names, width, height))
    return d


def _legend(ctx: Ctx, names: Sequence[str], width: float, height: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = 46, height - 6
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = ctx.fonts.name
    legend.fontSize = 7
    legend.dxTextSpace = 4
    legend.deltax = max(60, (width - 60) / max(1, len(names)))
    legend.colorNamePairs = list(zip(_palette(ctx), names, strict=False))
    return legend


def _step(top: float) -> float:
    """Four or five round steps up to ``top`` (so 2.5M reads 0.5M, 1M, ... not 0.625M)."""
    mantissa = float(f"{top:e}".split("e")[0])
    return top / 5 if mantissa in (1.0, 2.5, 5.0) else top / 4


def _short(value: float) -> str:
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:g}M"
    if abs(value) >= 1_000:
        return f"{value / 1_000:g}k"
    return f"{value:g}"


def heat_colour(score: int) -> colors.Color:
    if score >= 15:
        return colors.HexColor("#d9534f")
    if score >= 8:
        return colors.HexColor("#f0ad4e")
    if score >= 4:
        return colors.HexColor("#f7e08a")
    return colors.HexColor("#a8d5a2")


def heat_map(
    ctx: Ctx,
    risks: Sequence[RiskLine],
    cell: float = 30,
    counts: dict[tuple[int, int], int] | None = None,
) -> Drawing:
    """5 x 5 probability (up) by impact (right), each cell showing how many open risks."""
    if counts is None:
        counts = {}
        for r in risks:
            counts[(r.probability, r.impact)] = counts.get((r.probability, r.impact), 0) + 1
    left, bottom = 40, 30
    d = _drawing(ctx, left + cell * 5 + 10, bottom + cell * 5 + 10)
    font = ctx.fonts.name
    for p in range(1, 6):
        for i in range(1, 6):
            x, y = left + (i - 1) * cell, bottom + (p - 1) * cell
            d.add(Rect(x, y, cell, cell, fillColor=heat_colour(p * i), strokeColor=colors.white))
            n = counts.get((p, i), 0)
            if n:
                d.add(
                    String(
                        x + cell / 2,
                        y + cell / 2 - 4,
                        str(n),
                        fontName=font,
                        fontSize=11,
                        textAnchor="middle",
                    )
                )
        d.add(String(left - 8, bottom + (p - 0.5) * cell - 3, str(p), fontName=font,
                     fontSize=7, textAnchor="middle", fillColor=GREY))  # fmt: skip
        d.add(String(left + (p - 0.5) * cell, bottom - 10, str(p), fontName=font,
                     fontSize=7, textAnchor="middle", fillColor=GREY))  # fmt: skip
    d.add(String(left + cell * 2.5, 4, ctx.t("impact"), fontName=font, fontSize=7.5,
                 textAnchor="middle", fillColor=GREY))  # fmt: skip
    label = String(0, 0, ctx.t("probability"), fontName=font, fontSize=7.5,
                   textAnchor="middle", fillColor=GREY)  # fmt: skip
    from reportlab.graphics.shapes import Group

    g = Group(label)
    g.rotate(90)
    g.translate(bottom + cell * 2.5, -14)
    d.add(g)
    return d


def timeline(
    ctx: Ctx,
    milestones: Sequence[MilestoneLine],
    start: date | None,
    end: date | None,
    width: float,
    today: date,
) -> Drawing | None:
    """A thin line from start to due with a dot per milestone (filled when done)."""
    dates = [m.due_on or m.done_on for m in milestones if (m.due_on or m.done_on)]
    lo = min([d for d in [start, *dates] if d], default=None)
    hi = max([d for d in [end, *dates] if d], default=None)
    if lo is None or hi is None:
        return None
    span = max(1, (hi - lo).days)
    height = 16
    d = _drawing(ctx, width, height)
    x0, x1 = 4, width - 4
    d.add(Line(x0, 8, x1, 8, strokeColor=RULE, strokeWidth=2))
    if lo <= today <= hi:
        x = x0 + (x1 - x0) * (today - lo).days / span
        d.add(Line(x, 2, x, 14, strokeColor=colors.HexColor("#d9534f"), strokeWidth=0.8))
    for m in milestones:
        when = m.done_on or m.due_on
        if when is None:
            continue
        x = x0 + (x1 - x0) * (when - lo).days / span
        done = m.done_on is not None
        d.add(
            Circle(
                x,
                8,
                3,
                fillColor=ctx.accent if done else colors.white,
                strokeColor=ctx.accent,
                strokeWidth=1,
            )
        )
    return d


def progress_bar(ctx: Ctx, percent: int, width: float = 60, height: float = 7) -> Drawing:
    d = _drawing(ctx, width, height + 2)
    d.add(Rect(0, 1, width, height, fillColor=colors.HexColor("#e3e8eb"), strokeColor=None))
    d.add(
        Rect(0, 1, width * max(0, min(100, percent)) / 100, height, fillColor=ctx.accent,
             strokeColor=None)
    )  # fmt: skip
    return d
