"""Risk register (with the 5x5 heat map) and the monthly studio report (KPIs against targets)."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from models.enums import RiskStatus
from models.money import Money
from models.report_data import KpiLine, MonthlyReportData, RiskRegisterData
from reports.base import Out, day, frame_width, make_ctx, missing_rates, render, title_block
from reports.charts import bar_chart, heat_colour, heat_map, line_chart
from reports.labels import kpi_pair, pick


def build_risk_register(
    data: RiskRegisterData,
    out: Out = None,
    *,
    lang: str = "en",
    paper: str = "a4",
    font_path: str | None = None,
) -> bytes:
    ctx = make_ctx(data.studio, lang, paper, font_path)
    story: list[Flowable] = title_block(ctx, "risk_register", day(data.generated_on))
    open_risks = [r for r in data.risks if r.status != RiskStatus.CLOSED]
    story += ctx.heading("heat_map")
    counts: dict[RiskStatus, int] = {}
    for r in open_risks:
        counts[r.status] = counts.get(r.status, 0) + 1
    summary = [ctx.p(f"{ctx.e(k, ' / ')}: {v}") for k, v in counts.items()]
    summary.append(ctx.p(f"{ctx.t('total')}: {len(data.risks) + data.omitted}"))
    if data.omitted:
        summary.append(ctx.p(ctx.t("omitted").replace("{n}", f"{data.omitted:,}"), ctx.muted))
    cells = {(p, i): n for p, i, n in data.heat} if data.heat else None
    side = ctx.grid(
        [[heat_map(ctx, open_risks, counts=cells), summary]],
        colWidths=[200, frame_width(ctx) - 200],
    )
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story.append(side)
    story += ctx.heading("risk_register")
    ordered = sorted(data.risks, key=lambda r: (r.status == RiskStatus.CLOSED, -r.score, r.title))
    rows = [
        [r.title, r.project_code or "-", pick((r.category, r.category_zh or r.category), lang,
         "\n"), f"{r.probability}×{r.impact}", str(r.score),
         ctx.e(r.response), ctx.e(r.status), r.owner, r.mitigation, day(r.next_review_on)]
        for r in ordered
    ]  # fmt: skip
    style = [("BACKGROUND", (4, n), (4, n), heat_colour(r.score)) for n, r in enumerate(ordered, 1)]
    story.append(
        ctx.table(
            ["risk", "project", "category", "probability", "score", "response", "status",
             "owner", "mitigation", "review"],
            rows,
            [18, 9, 10, 8, 6, 9, 11, 9, 12, 10],
            numeric=(3, 4),
            extra_style=style,
        )
    )  # fmt: skip
    return render(ctx, "risk_register", story, out, subject=day(data.generated_on))


def _kpi_value(k: KpiLine, currency: str) -> str:
    if k.value is None:
        return "-"
    return _fmt(k.value, k.unit, currency)


def _fmt(value: Decimal, unit: str, currency: str) -> str:
    if unit == "money":
        return Money.of(value, currency).format()
    if unit == "pct":
        return f"{value:.1f}%"
    if unit == "hours":
        return f"{value:,.1f}"
    return f"{value:,.0f}"


def build_monthly_studio_report(
    data: MonthlyReportData,
    out: Out = None,
    *,
    lang: str = "en",
    paper: str = "a4",
    font_path: str | None = None,
) -> bytes:
    ctx = make_ctx(data.studio, lang, paper, font_path)
    story: list[Flowable] = title_block(ctx, "monthly_report", f"{data.year}-{data.month:02d}")
    story += ctx.heading("kpis")
    rows: list[list[object]] = []
    style = []
    for n, k in enumerate(data.kpis, start=1):
        met = k.met
        rows.append(
            [pick(kpi_pair(k.code), lang), _kpi_value(k, data.currency),
             _fmt(k.target, k.unit, data.currency) if k.target is not None else "-",
             "-" if met is None else ctx.t("yes" if met else "no")]
        )  # fmt: skip
        if met is not None:
            colour = "#2e7d32" if met else "#c0392b"
            style.append(("TEXTCOLOR", (3, n), (3, n), colour))
    story.append(
        ctx.table(["indicator", "value", "target", "met"], rows, [46, 20, 20, 14],
                  numeric=(1, 2), extra_style=style)
    )  # fmt: skip
    story += missing_rates(ctx, data.missing_rates)
    width = frame_width(ctx)
    if data.trend:
        labels = [p.label[2:] for p in data.trend]
        story += ctx.heading("trend")
        story.append(
            bar_chart(
                ctx,
                labels,
                [[float(p.invoiced.amount) for p in data.trend],
                 [float(p.collected.amount) for p in data.trend],
                 [float(p.cost.amount) for p in data.trend]],
                [ctx.t("invoiced"), ctx.t("collected"), ctx.t("cost")],
                width,
                170,
            )
        )  # fmt: skip
        story += [
            Spacer(1, 4 * mm),
            line_chart(ctx, labels, [[float(p.hours) for p in data.trend]], [ctx.t("hours")],
                       width, 130),
        ]  # fmt: skip
    if data.projects_by_stage:
        story += ctx.heading("by_stage")
        story.append(
            bar_chart(
                ctx,
                [ctx.e(s) for s, _ in data.projects_by_stage],
                [[float(n) for _, n in data.projects_by_stage]],
                [ctx.t("projects")],
                width,
                140,
            )
        )
    return render(ctx, "monthly_report", story, out, subject=f"{data.year}-{data.month:02d}")
