"""Invoice PDF (with 人民币大写 for Chinese invoices) and the studio's budget vs actuals."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from models.money import Money
from models.report_data import BudgetReportData, InvoiceData
from reports.base import (
    LIGHT,
    Ctx,
    Out,
    day,
    frame_width,
    make_ctx,
    missing_rates,
    money,
    render,
    title_block,
)
from reports.charts import bar_chart
from reports.labels import pair, pick
from reports.rmb import rmb_upper


def _rate(bp: int) -> str:
    return f"{bp / 100:g}%"


def _parties(ctx: Ctx, data: InvoiceData) -> Table:
    s = data.studio
    left = [ctx.p(ctx.t("from"), ctx.muted), ctx.p(s.name, ctx.h3)]
    if s.address:
        left.append(ctx.p(s.address, ctx.small))
    if s.tax_id:
        left.append(ctx.p(f"{ctx.t('tax_id')}: {s.tax_id}", ctx.small))
    right = [ctx.p(ctx.t("bill_to"), ctx.muted), ctx.p(data.client_name, ctx.h3)]
    if data.client_contact:
        right.append(ctx.p(data.client_contact, ctx.small))
    if data.project:
        right.append(ctx.p(f"{ctx.t('project')}: {data.project}", ctx.small))
    width = frame_width(ctx)
    table = ctx.grid([[left, right]], colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return table


def _totals(ctx: Ctx, data: InvoiceData) -> Table:
    rows: list[list[str]] = [[ctx.t("subtotal"), money(data.subtotal)]]
    for bp, base, tax in data.tax_by_rate():
        rows.append([f"{ctx.t('tax')} {_rate(bp)} ({ctx.t('taxable')} {money(base)})", money(tax)])
    rows.append([ctx.t("total"), money(data.total)])
    if data.paid.minor:
        rows.append([ctx.t("paid"), money(-data.paid)])
    if data.credited.minor:
        rows.append([ctx.t("credited"), money(-data.credited)])
    if data.paid.minor or data.credited.minor:
        rows.append([ctx.t("outstanding"), money(data.outstanding)])
    width = frame_width(ctx)
    cells = [[ctx.p(a, ctx.right), ctx.p(b, ctx.right)] for a, b in rows]
    table = ctx.grid(cells, colWidths=[width * 0.62, width * 0.38], hAlign="LEFT")
    total_row = 1 + len(data.tax_by_rate())
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, total_row), (-1, total_row), 0.8, ctx.accent),
                ("BACKGROUND", (0, total_row), (-1, total_row), LIGHT),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def build_invoice_pdf(
    data: InvoiceData,
    out: Out = None,
    *,
    lang: str = "en",
    paper: str = "a4",
    font_path: str | None = None,
) -> bytes:
    """A numbered invoice: parties, lines, tax per rate, totals, amount in words, bank, terms."""
    ctx = make_ctx(data.studio, lang, paper, font_path)
    story: list[Flowable] = title_block(ctx, "invoice", data.number)
    story.append(
        ctx.facts(
            [
                ("number", data.number),
                ("kind", ctx.e(data.kind, " / ")),
                ("issued", day(data.issued_on)),
                ("due", day(data.due_on)),
                ("status", ctx.e(data.status, " / ")),
            ]
        )
    )
    story += [Spacer(1, 4 * mm), _parties(ctx, data), Spacer(1, 4 * mm)]
    story.append(
        ctx.table(
            ["description", "qty", "unit_price", "amount", "tax_rate", "tax"],
            [[i.description, f"{i.quantity.normalize():f}", money(i.unit_price), money(i.amount),
              _rate(i.tax_rate_bp), money(i.tax)] for i in data.items],
            [40, 8, 15, 15, 8, 14],
            numeric=(1, 2, 3, 4, 5),
        )
    )  # fmt: skip
    story += [Spacer(1, 3 * mm), _totals(ctx, data)]
    if lang in ("zh", "both") and data.currency == "CNY":
        words = rmb_upper(data.total.amount)
        story += [Spacer(1, 3 * mm), ctx.p(f"{pick(pair('in_words'), lang)}: {words}", ctx.h3)]
    if data.studio.bank_details:
        story += [*ctx.heading("bank"), ctx.p(data.studio.bank_details)]
    if data.payment_terms:
        story += [*ctx.heading("payment_terms"), ctx.p(data.payment_terms)]
    if data.notes:
        story += [*ctx.heading("notes"), ctx.p(data.notes)]
    return render(ctx, "invoice", story, out, subject=data.number)


def build_budget_report(
    data: BudgetReportData,
    out: Out = None,
    *,
    lang: str = "en",
    paper: str = "a4",
    font_path: str | None = None,
) -> bytes:
    """The studio's plan against what was spent, per category and per month, with a chart."""
    ctx = make_ctx(data.studio, lang, paper, font_path)
    kind = ctx.t(f"period_{data.period}")
    story: list[Flowable] = title_block(ctx, "budget_report", f"{kind}: {data.start} – {data.end}")
    zero = Money.zero(data.currency)
    budget = sum((c.budget for c in data.categories), zero)
    actual = sum((c.actual for c in data.categories), zero)
    story.append(
        ctx.facts(
            [
                ("budget", money(budget)),
                ("actual", money(actual)),
                ("variance", money(budget - actual)),
                ("revenue", money(data.revenue)),
                ("generated", day(data.generated_on)),
            ]
        )
    )
    story += missing_rates(ctx, data.missing_rates)
    story += ctx.heading("budget_vs_actual")
    rows: list[list[object]] = []
    over_rows = []
    for n, c in enumerate(data.categories, start=1):
        pct = f"{c.actual.minor * 100 / c.budget.minor:.0f}%" if c.budget.minor else "-"
        rows.append([pick((c.label, c.label_zh or c.label), lang), money(c.budget),
                     money(c.actual), money(c.variance), pct])  # fmt: skip
        if c.variance.minor < 0:
            over_rows.append(n)
    rows.append([ctx.t("total"), money(budget), money(actual), money(budget - actual),
                 f"{actual.minor * 100 / budget.minor:.0f}%" if budget.minor else "-"])  # fmt: skip
    style = [("TEXTCOLOR", (3, r), (3, r), "#c0392b") for r in over_rows]
    story.append(
        ctx.table(
            ["category", "budget", "actual", "variance", "progress"],
            rows,
            [36, 18, 18, 18, 10],
            numeric=(1, 2, 3, 4),
            total_row=True,
            extra_style=style,
        )
    )
    if data.categories:
        story += [
            Spacer(1, 4 * mm),
            bar_chart(
                ctx,
                [pick((c.label, c.label_zh or c.label), lang, "\n") for c in data.categories],
                [[float(c.budget.amount) for c in data.categories],
                 [float(c.actual.amount) for c in data.categories]],
                [ctx.t("budget"), ctx.t("actual")],
                frame_width(ctx),
                170,
            ),
        ]  # fmt: skip
    if len(data.months) > 1:
        story += ctx.heading("month", need=110 * mm)
        story.append(
            KeepTogether(
                [
                    ctx.table(
                        ["month", "budget", "actual", "variance"],
                        [[m.label, money(m.budget), money(m.actual), money(m.variance)]
                         for m in data.months],
                        [25, 25, 25, 25],
                        numeric=(1, 2, 3),
                    ),
                    Spacer(1, 3 * mm),
                    bar_chart(
                        ctx,
                        [m.label[-5:] for m in data.months],
                        [[float(m.budget.amount) for m in data.months],
                         [float(m.actual.amount) for m in data.months]],
                        [ctx.t("budget"), ctx.t("actual")],
                        frame_width(ctx),
                        150,
                    ),
                ]
            )
        )  # fmt: skip
    return render(ctx, "budget_report", story, out, subject=f"{data.start}")
