"""Client report, project status report and acceptance certificate builders."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from models.money import Money
from models.report_data import (
    AcceptanceData,
    ClientReportData,
    InvoiceSummary,
    ProjectReportData,
    ProjectSummary,
    RiskLine,
)
from reports.base import (
    RULE,
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
from reports.charts import bar_chart, progress_bar, timeline
from reports.labels import pair, pick

CHART_PROJECTS = 12  # the budget chart shows the largest projects; the table lists them all


def _sum(values: Sequence[Money], currency: str) -> Money:
    total = Money.zero(currency)
    for v in values:
        if v.currency == currency:
            total += v
    return total


def _period(ctx: Ctx, start: object, end: object) -> str:
    return f"{ctx.t('period')}: {start} – {end}"


def _contacts(ctx: Ctx, data: ClientReportData) -> list[Flowable]:
    if not data.client.contacts:
        return []
    rows = [
        [
            c.name + (f" ({ctx.t('primary')})" if c.is_primary else ""),
            c.role,
            c.phone,
            c.email,
            c.wechat,
        ]
        for c in data.client.contacts
    ]
    return [
        *ctx.heading("contacts"),
        ctx.table(["name", "role", "phone", "email", "wechat"], rows, [26, 18, 18, 24, 14]),
    ]


def _project_table(ctx: Ctx, projects: Sequence[ProjectSummary], currency: str) -> Table:
    rows: list[list[object]] = []
    for p in projects:
        rows.append(
            [
                p.code,
                p.name,
                ctx.e(p.stage),
                ctx.e(p.status),
                f"{p.percent_complete}%",
                f"{p.hours:,.1f}",
                money(p.fee),
                money(p.budget),
                money(p.actual),
            ]
        )
    # One total per currency, each column summing its amounts in that currency: a USD fee
    # added to CNY ones would be wrong, and leaving it out silently (as the total did) hides
    # it. Costs are in the studio's currency; the report's currency comes first.
    amounts = [m for p in projects for m in (p.fee, p.budget, p.actual)]
    currencies = sorted({m.currency for m in amounts}, key=lambda c: (c != currency, c))
    for n, cur in enumerate(currencies or [currency]):
        label = ctx.t("total") if len(currencies) <= 1 else f"{ctx.t('total')} ({cur})"
        hours = f"{sum((p.hours for p in projects), start=0):,.1f}" if n == 0 else ""
        rows.append(
            [
                label,
                "",
                "",
                "",
                "",
                hours,
                money(_sum([p.fee for p in projects], cur)),
                money(_sum([p.budget for p in projects], cur)),
                money(_sum([p.actual for p in projects], cur)),
            ]
        )
    totals = max(len(currencies), 1)
    return ctx.table(
        ["code", "project", "stage", "status", "progress", "hours", "fee", "budget", "actual"],
        rows,
        [14, 17, 14, 10, 8, 8, 15, 15, 15],
        numeric=(4, 5, 6, 7, 8),
        total_row=True,
        extra_style=[("LINEABOVE", (0, -totals), (-1, -totals), 0.8, colors.black)],
    )


def _project_block(ctx: Ctx, p: ProjectSummary, today: object) -> Flowable:
    """One project: facts, money against plan, milestones on a timeline, next steps."""
    width = frame_width(ctx)
    parts: list[Flowable] = [ctx.p(f"{p.code}  {p.name}", ctx.h3)]
    # Costs are in the studio's currency: a budget in another cannot say "over".
    over = p.actual.currency == p.budget.currency and p.actual.minor > p.budget.minor > 0
    facts = [
        ("stage", ctx.e(p.stage, " / ")),
        ("status", ctx.e(p.status, " / ")),
        ("start", day(p.start_on)),
        ("due", day(p.due_on)),
        ("fee", money(p.fee)),
        ("budget", money(p.budget)),
        ("actual", money(p.actual) + (f"  ({ctx.t('over_budget')})" if over else "")),
        ("hours", f"{p.hours:,.1f}"),
        ("invoiced", money(p.invoiced)),
        ("outstanding", money(p.outstanding)),
    ]
    parts.append(ctx.facts(facts, cols=2))
    bar = ctx.grid(
        [[ctx.p(ctx.t("progress"), ctx.muted), progress_bar(ctx, p.percent_complete),
          ctx.p(f"{p.percent_complete}%", ctx.small)]],
        colWidths=[width * 0.16, 66, 40],
        hAlign="LEFT",
    )  # fmt: skip
    bar.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1),
                                                                     "MIDDLE")]))  # fmt: skip
    parts.append(bar)
    if p.milestones:
        line = timeline(ctx, p.milestones, p.start_on, p.due_on, width, today)  # type: ignore[arg-type]
        if line is not None:
            parts.append(line)
        items = []
        for m in p.milestones:
            mark = "●" if m.done_on else "○"
            items.append(f"{mark} {m.name} ({day(m.done_on or m.due_on)})")
        parts.append(ctx.p("   ".join(items), ctx.small))
    if p.next_steps:
        parts.append(ctx.p(f"{ctx.t('next_steps')}: " + "; ".join(p.next_steps), ctx.small))
    parts.append(Spacer(1, 2 * mm))
    return KeepTogether(parts)


def _invoice_table(
    ctx: Ctx,
    invoices: Sequence[InvoiceSummary],
    currency: str,
    totals: tuple[Money, Money, Money] | None = None,
) -> Table:
    rows: list[list[object]] = [
        [i.number, i.project_code, day(i.issued_on), day(i.due_on), money(i.total),
         money(i.paid), money(i.outstanding), ctx.e(i.status)]
        for i in invoices
    ]  # fmt: skip
    if totals is None:  # no converted totals given: the rows in ``currency``
        totals = (_sum([i.total for i in invoices], currency),
                  _sum([i.paid for i in invoices], currency),
                  _sum([i.outstanding for i in invoices], currency))  # fmt: skip
    rows.append([ctx.t("total"), "", "", "", *(money(m) for m in totals), ""])
    return ctx.table(
        ["number", "project", "issued", "due", "total", "paid", "outstanding", "status"],
        rows,
        [15, 13, 12, 12, 14, 14, 14, 12],
        numeric=(4, 5, 6),
        total_row=True,
    )


def _risk_table(ctx: Ctx, risks: Sequence[RiskLine]) -> Table:
    rows = [
        [r.title, r.project_code, str(r.score), ctx.e(r.status), r.owner, r.mitigation]
        for r in risks
    ]
    return ctx.table(
        ["risk", "project", "score", "status", "owner", "mitigation"],
        rows,
        [26, 11, 7, 10, 12, 34],
        numeric=(2,),
    )


def _signoff(ctx: Ctx) -> list[Flowable]:
    width = frame_width(ctx)
    cells = [
        [ctx.p(ctx.t("for_client"), ctx.h3), ctx.p(ctx.t("for_studio"), ctx.h3)],
        [ctx.p(f"{ctx.t('signature')}:", ctx.muted), ctx.p(f"{ctx.t('signature')}:", ctx.muted)],
        [Spacer(1, 12 * mm), Spacer(1, 12 * mm)],
        [ctx.p(f"{ctx.t('name')}:", ctx.muted), ctx.p(f"{ctx.t('name')}:", ctx.muted)],
        [ctx.p(f"{ctx.t('date')}:", ctx.muted), ctx.p(f"{ctx.t('date')}:", ctx.muted)],
    ]
    table = ctx.grid(cells, colWidths=[width / 2 - 6, width / 2 - 6], spaceBefore=4)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 2), (0, 2), 0.6, RULE),
                ("LINEBELOW", (1, 2), (1, 2), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [*ctx.heading("signoff"), ctx.p(ctx.t("signoff_text", "\n")), table]


def _budget_chart(ctx: Ctx, projects: Sequence[ProjectSummary]) -> Flowable | None:
    # Bars side by side must share a unit: projects budgeted in another currency than the
    # studio's costs stay in the table only.
    comparable = [p for p in projects if p.budget.currency == p.actual.currency]
    shown = sorted(comparable, key=lambda p: -p.budget.minor)[:CHART_PROJECTS]
    if not shown:
        return None
    return bar_chart(
        ctx,
        [p.code for p in shown],
        [[float(p.budget.amount) for p in shown], [float(p.actual.amount) for p in shown]],
        [pick(pair("budget"), ctx.lang), pick(pair("actual"), ctx.lang)],
        frame_width(ctx),
        150,
    )


def build_client_report(
    data: ClientReportData,
    out: Out = None,
    *,
    lang: str = "en",
    paper: str = "a4",
    font_path: str | None = None,
    charts: bool = True,
) -> bytes:
    """The client report a studio hands over: profile, projects, money, risks, sign-off."""
    ctx = make_ctx(data.studio, lang, paper, font_path)
    c = data.client
    story: list[Flowable] = title_block(
        ctx, "client_report", c.name + (f"  ({c.name_alt})" if c.name_alt else "")
    )
    story.append(
        ctx.facts(
            [
                ("client", c.name),
                ("industry", c.industry),
                ("period", f"{data.period_start} – {data.period_end}"),
                ("generated", day(data.generated_on)),
            ]
        )
    )
    story += _contacts(ctx, data)
    story += ctx.heading("projects")
    if data.projects:
        story.append(_project_table(ctx, data.projects, data.currency))
        chart = _budget_chart(ctx, data.projects) if charts else None
        if chart is not None:
            story += [Spacer(1, 3 * mm), chart]
        story += ctx.heading("milestones")
        story += [_project_block(ctx, p, data.generated_on) for p in data.projects]
    else:
        story.append(ctx.p("-", ctx.muted))
    story += ctx.heading("invoices")
    story.append(
        _invoice_table(ctx, data.invoices, data.currency, data.invoice_totals)
        if data.invoices
        else ctx.empty("no_invoices")
    )
    story += missing_rates(ctx, data.missing_rates)
    story += ctx.heading("risks")
    story.append(_risk_table(ctx, data.risks) if data.risks else ctx.empty("no_risks"))
    story += _next_steps(ctx, data.next_steps)
    story.append(KeepTogether(_signoff(ctx)))
    return render(ctx, "client_report", story, out, subject=c.name)


def _next_steps(ctx: Ctx, steps: Sequence[str]) -> list[Flowable]:
    """The "Next steps" heading with one bullet per step, or a line saying there are none."""
    body = [ctx.p(f"• {s}") for s in steps] if steps else [ctx.empty("no_next_steps")]
    return [*ctx.heading("next_steps"), *body]


def build_project_status_report(
    data: ProjectReportData,
    out: Out = None,
    *,
    lang: str = "en",
    paper: str = "a4",
    font_path: str | None = None,
) -> bytes:
    ctx = make_ctx(data.studio, lang, paper, font_path)
    p = data.project
    story: list[Flowable] = title_block(ctx, "project_report", f"{p.code}  {p.name}")
    story.append(
        ctx.facts(
            [
                ("client", data.client_name),
                ("generated", day(data.generated_on)),
                ("stage", ctx.e(p.stage, " / ")),
                ("status", ctx.e(p.status, " / ")),
                ("start", day(p.start_on)),
                ("due", day(p.due_on)),
                ("progress", f"{p.percent_complete}%"),
                ("tasks", f"{data.tasks_done} {ctx.t('tasks_done')}, "
                          f"{data.tasks_open} {ctx.t('tasks_open')}"),
                ("fee", money(p.fee)),
                ("hours", f"{p.hours:,.1f}"),
                ("invoiced", money(p.invoiced)),
                ("outstanding", money(p.outstanding)),
            ]
        )
    )  # fmt: skip
    if data.description:
        story += [Spacer(1, 2 * mm), ctx.p(data.description)]
    story += ctx.heading("stage_history")
    if data.stage_history:
        story.append(
            ctx.table(
                ["date", "stage", "reason"],
                [[day(s.on), ctx.e(s.stage), s.reason] for s in data.stage_history],
                [16, 20, 64],
            )
        )
    else:
        story.append(ctx.p("-", ctx.muted))
    story += ctx.heading("milestones")
    if p.milestones:
        line = timeline(ctx, p.milestones, p.start_on, p.due_on, frame_width(ctx),
                        data.generated_on)  # fmt: skip
        if line is not None:
            story.append(line)
        story.append(
            ctx.table(
                ["name", "due", "status"],
                [[m.name, day(m.due_on), ctx.e("done") if m.done_on else ctx.e("open")]
                 for m in p.milestones],
                [60, 20, 20],
            )
        )  # fmt: skip
    else:
        story.append(ctx.empty("no_milestones"))
    story += ctx.heading("budget_vs_actual")
    lines = data.budget_lines
    if lines:
        story.append(
            ctx.table(
                ["category", "budget", "actual", "variance"],
                [[pick((b.label, b.label_zh or b.label), ctx.lang), money(b.budget),
                  money(b.actual), money(b.variance)] for b in lines],
                [40, 20, 20, 20],
                numeric=(1, 2, 3),
            )
        )  # fmt: skip
        story += [
            Spacer(1, 3 * mm),
            bar_chart(
                ctx,
                [pick((b.label, b.label_zh or b.label), ctx.lang, "\n") for b in lines],
                [[float(b.budget.amount) for b in lines], [float(b.actual.amount) for b in lines]],
                [ctx.t("budget"), ctx.t("actual")],
                frame_width(ctx),
                160,
            ),
        ]
    story += ctx.heading("changes")
    if data.changes:
        story.append(
            ctx.table(
                ["requested", "description", "status", "extra_fee", "extra_days"],
                [[day(c.requested_on), c.title, ctx.e(c.status), money(c.extra_fee),
                  str(c.extra_days)] for c in data.changes],
                [14, 44, 14, 16, 12],
                numeric=(3, 4),
            )
        )  # fmt: skip
    else:
        story.append(ctx.empty("no_changes"))
    story += ctx.heading("risks")
    story.append(_risk_table(ctx, data.risks) if data.risks else ctx.empty("no_risks"))
    story += _next_steps(ctx, p.next_steps)
    return render(ctx, "project_report", story, out, subject=p.code)


def build_acceptance_certificate(
    data: AcceptanceData,
    out: Out = None,
    *,
    lang: str = "en",
    paper: str = "a4",
    font_path: str | None = None,
) -> bytes:
    ctx = make_ctx(data.studio, lang, paper, font_path)
    story: list[Flowable] = title_block(
        ctx, "acceptance", f"{data.project_code}  {data.project_name}"
    )
    story.append(
        ctx.facts(
            [
                ("client", data.client_name),
                ("project", f"{data.project_code} {data.project_name}"),
                ("contract_value", money(data.contract_value)),
                ("delivered_on", day(data.delivered_on)),
                ("accepted_on", day(data.accepted_on)),
                ("accepted_by", data.accepted_by),
            ]
        )
    )
    if data.description:
        story += [*ctx.heading("description"), ctx.p(data.description)]
    story += ctx.heading("deliverables")
    if data.deliverables:
        story.append(
            ctx.table(
                ["name", "date"],
                [[m.name, day(m.done_on or m.due_on)] for m in data.deliverables],
                [75, 25],
            )
        )
    else:
        story.append(ctx.p("-", ctx.muted))
    story += [Spacer(1, 5 * mm), ctx.p(ctx.t("acceptance_text", "\n"))]
    story.append(KeepTogether(_signoff(ctx)))
    return render(ctx, "acceptance", story, out, subject=data.project_code)
