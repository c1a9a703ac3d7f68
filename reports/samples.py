"""Hand-made report data with known numbers: for tests, the benchmark and looking at layouts."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from models.enums import (
    ChangeRequestStatus,
    InvoiceKind,
    InvoiceStatus,
    ProjectStage,
    ProjectStatus,
    RiskResponse,
    RiskStatus,
)
from models.money import Money
from models.report_data import (
    AcceptanceData,
    AmountLine,
    BudgetReportData,
    ChangeLine,
    ClientInfo,
    ClientReportData,
    ContactLine,
    InvoiceData,
    InvoiceItem,
    InvoiceSummary,
    KpiLine,
    MilestoneLine,
    MonthlyReportData,
    MonthPoint,
    ProjectReportData,
    ProjectSummary,
    RiskLine,
    RiskRegisterData,
    StageLine,
    StudioInfo,
)

TODAY = date(2026, 3, 15)
STUDIO = StudioInfo(
    name="青禾设计工作室 Qinghe Studio",
    base_currency="CNY",
    address="上海市徐汇区漕溪北路 88 号 6 楼",
    tax_id="91310104MA1FR0XX2K",
    bank_details="招商银行上海分行 · 账号 6214 8301 2345 6789",
    accent_color="#2f6f8f",
)
LONG_ZH = (
    "本项目包括品牌策略、视觉识别系统与包装设计，共三轮评审；客户要求：色彩须符合门店灯光环境，"
    "字体须同时适用于中英文（含¥价格标签、面积²标注及µm级印刷公差说明）。"
)


def cny(amount: str) -> Money:
    return Money.of(amount, "CNY")


def sample_project(n: int = 1) -> ProjectSummary:
    start = TODAY - timedelta(days=60 + n)
    return ProjectSummary(
        code=f"P-2026-{n:03d}",
        name="流明茶馆品牌升级" if n == 1 else f"Campaign {n} 推广",
        stage=list(ProjectStage)[n % 8],
        status=list(ProjectStatus)[n % 4],
        start_on=start,
        due_on=start + timedelta(days=120),
        percent_complete=(n * 17) % 100,
        fee=cny("120000.00"),
        budget=cny("90000.00"),
        labour_cost=cny("54321.50"),
        expenses=cny("4500.00"),
        hours=Decimal("310.5"),
        invoiced=cny("60000.00"),
        paid=cny("36000.00"),
        outstanding=cny("24000.00"),
        milestones=(
            MilestoneLine(
                "策略提案 Strategy", start + timedelta(days=20), start + timedelta(days=21)
            ),
            MilestoneLine("视觉识别 Identity", start + timedelta(days=60), None),
            MilestoneLine("交付 Handover", start + timedelta(days=115), None),
        ),
        next_steps=("第二轮评审：3月20日", "Deliver packaging dielines"),
    )


def sample_client_report(projects: int = 3) -> ClientReportData:
    items = tuple(sample_project(n) for n in range(1, projects + 1))
    return ClientReportData(
        studio=STUDIO,
        client=ClientInfo(
            name="流明茶馆",
            name_alt="Lumen Tea House",
            industry="餐饮 Food & drink",
            contacts=(
                ContactLine("王小明", "市场总监", "+86 138 0000 1234", "wang@lumen.cn", "wxm88",
                            True),
                ContactLine("Alice Chen", "Brand manager", "", "alice@lumen.cn"),
            ),
        ),
        period_start=date(2026, 1, 1),
        period_end=date(2026, 3, 31),
        generated_on=TODAY,
        currency="CNY",
        projects=items,
        invoices=(
            InvoiceSummary("INV-0007", "P-2026-001", date(2026, 1, 10), date(2026, 2, 9),
                           cny("36000.00"), cny("36000.00"), cny("0"), InvoiceStatus.PAID),
            InvoiceSummary("INV-0012", "P-2026-001", date(2026, 2, 20), date(2026, 3, 6),
                           cny("24000.00"), cny("0"), cny("24000.00"), InvoiceStatus.OVERDUE),
        ),
        risks=(
            RiskLine("印刷供应商延期", 4, 4, project_code="P-2026-001", owner="李娜",
                     mitigation="提前锁定备选印厂，预留两周缓冲。"),
            RiskLine("Scope creep on packaging", 3, 3, project_code="P-2026-001",
                     owner="Tom", mitigation="Change requests for every new SKU."),
        ),
        next_steps=("3月20日第二轮评审", "Invoice the identity milestone"),
    )  # fmt: skip


def sample_project_report() -> ProjectReportData:
    p = sample_project(1)
    return ProjectReportData(
        studio=STUDIO,
        client_name="流明茶馆",
        project=p,
        generated_on=TODAY,
        stage_history=(
            StageLine(ProjectStage.CONTRACT, date(2026, 1, 5), "定金已付"),
            StageLine(ProjectStage.DEVELOPMENT, date(2026, 1, 20), "需求确认"),
        ),
        tasks_done=7,
        tasks_open=5,
        budget_lines=(
            AmountLine("Labour", cny("70000.00"), cny("54321.50"), "人工成本"),
            AmountLine("Printing", cny("15000.00"), cny("4500.00"), "印刷"),
            AmountLine("Contingency", cny("5000.00"), cny("0"), "应急储备"),
        ),
        changes=(
            ChangeLine(
                "增加两款包装 SKU",
                ChangeRequestStatus.APPROVED,
                date(2026, 2, 2),
                cny("8000.00"),
                5,
            ),
        ),
        risks=sample_client_report().risks,
        description=LONG_ZH,
    )


def sample_acceptance() -> AcceptanceData:
    p = sample_project(1)
    return AcceptanceData(
        studio=STUDIO,
        client_name="流明茶馆",
        project_code=p.code,
        project_name=p.name,
        deliverables=p.milestones,
        contract_value=cny("128000.00"),
        delivered_on=date(2026, 3, 10),
        accepted_on=date(2026, 3, 12),
        accepted_by="王小明",
        generated_on=TODAY,
        description=LONG_ZH,
    )


def sample_invoice() -> InvoiceData:
    items = (
        InvoiceItem("品牌视觉识别设计 Identity design", Decimal(1), cny("1000.00"), 600,
                    cny("1000.00"), cny("60.00")),
        InvoiceItem("包装印刷 Packaging print run", Decimal("2.5"), cny("70.00"), 1300,
                    cny("175.00"), cny("22.75")),
    )  # fmt: skip
    return InvoiceData(
        studio=STUDIO,
        number="INV-2026-0042",
        kind=InvoiceKind.MILESTONE,
        status=InvoiceStatus.PARTIALLY_PAID,
        client_name="流明茶馆",
        client_contact="王小明 · wang@lumen.cn",
        project="P-2026-001 流明茶馆品牌升级",
        issued_on=date(2026, 3, 1),
        due_on=date(2026, 3, 31),
        currency="CNY",
        items=items,
        subtotal=cny("1175.00"),
        tax=cny("82.75"),
        total=cny("1257.75"),
        paid=cny("500.00"),
        credited=cny("0"),
        outstanding=cny("757.75"),
        payment_terms="收到发票后30天内付款；逾期按每日万分之五计息。",
        notes="Thank you for your business.",
    )


def sample_budget() -> BudgetReportData:
    cats = (
        AmountLine("Labour", cny("300000.00"), cny("312500.00"), "人工"),
        AmountLine("Operations", cny("60000.00"), cny("48000.00"), "运营"),
        AmountLine("Marketing", cny("30000.00"), cny("12000.50"), "市场"),
        AmountLine("Technology", cny("24000.00"), cny("25900.00"), "技术"),
    )
    months = tuple(
        AmountLine(f"2026-{m:02d}", cny("138000.00"), cny(str(120000 + 6000 * m)))
        for m in (1, 2, 3)
    )
    return BudgetReportData(
        studio=STUDIO,
        period="quarter",
        start=date(2026, 1, 1),
        end=date(2026, 3, 31),
        currency="CNY",
        categories=cats,
        months=months,
        revenue=cny("520000.00"),
        generated_on=TODAY,
    )


def sample_risks() -> RiskRegisterData:
    risks = [
        RiskLine("核心设计师离职", 2, 5, category="人员", owner="李娜",
                 mitigation="交叉培训，文档化设计规范。", next_review_on=date(2026, 4, 1)),
        RiskLine("Currency swings on USD contracts", 3, 3, category="Financial",
                 response=RiskResponse.TRANSFER, owner="Tom"),
        RiskLine("Printer delay", 4, 4, project_code="P-2026-001", status=RiskStatus.MONITORING),
        RiskLine("Old server", 1, 2, status=RiskStatus.CLOSED, response=RiskResponse.ACCEPT),
    ]  # fmt: skip
    return RiskRegisterData(studio=STUDIO, generated_on=TODAY, risks=tuple(risks))


def sample_monthly() -> MonthlyReportData:
    trend = tuple(
        MonthPoint(f"2025-{m:02d}" if m > 3 else f"2026-{m:02d}", cny(str(100000 + 5000 * m)),
                   cny(str(90000 + 4000 * m)), cny(str(70000 + 3000 * m)), Decimal(600 + 10 * m))
        for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)
    )  # fmt: skip
    kpis = (
        KpiLine("revenue", Decimal("115000.00"), Decimal("120000"), "money"),
        KpiLine("collected", Decimal("102000.00"), Decimal("100000"), "money"),
        KpiLine("utilisation", Decimal("78.5"), Decimal("85"), "pct"),
        KpiLine("overdue", Decimal("24000.00"), Decimal("10000"), "money", higher_is_better=False),
        KpiLine("hours", Decimal("630"), None, "hours"),
        KpiLine("high_risks", Decimal(2), Decimal(0), "count", higher_is_better=False),
    )
    return MonthlyReportData(
        studio=STUDIO,
        year=2026,
        month=3,
        currency="CNY",
        kpis=kpis,
        trend=trend,
        projects_by_stage=((ProjectStage.CONTRACT, 2), (ProjectStage.DEVELOPMENT, 5),
                           (ProjectStage.REVIEW, 3), (ProjectStage.DELIVERY, 1)),
        generated_on=TODAY,
    )  # fmt: skip
