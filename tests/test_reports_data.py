"""Report data from the database: hand-checked money, labour at the rate of the day, language."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from models.entities import (
    ChangeRequest,
    Client,
    Contact,
    Expense,
    ExpenseCategory,
    Interaction,
    Invoice,
    InvoiceLine,
    KpiTarget,
    Milestone,
    Payment,
    Person,
    PersonRate,
    Project,
    ProjectBudgetLine,
    ProjectBudgetRevision,
    Risk,
    StageChange,
    StudioBudget,
    Task,
    TimeEntry,
)
from models.enums import (
    BudgetLineKind,
    InteractionKind,
    InvoiceKind,
    InvoiceState,
    InvoiceStatus,
    ProjectStage,
    ReportLanguage,
    TaskStatus,
)
from models.errors import NotFound, ValidationError
from models.money import Money
from models.report_data import MissingRate
from models.services.invoicing import InvoiceDraft, LineDraft
from models.services.kpi_period import Period

TODAY = date(2026, 3, 20)


def cny(text: str) -> Money:
    return Money.of(text, "CNY")


@pytest.fixture
def filled(studio, session_factory):
    """One client, one project, two cost rates, time, expenses, invoices, a risk..."""
    with session_factory.begin() as s:
        cat = s.scalar(select(ExpenseCategory).where(ExpenseCategory.code == "ads"))
        client = Client(
            name="流明茶馆",
            name_key="流明茶馆",
            name_alt="Lumen Tea House",
            report_language=ReportLanguage.CHINESE,
        )
        other = Client(name="Other Co", name_key="other co")
        s.add_all([client, other])
        s.flush()
        s.add(Contact(client_id=client.id, name="王小明", email="wang@lumen.cn", is_primary=True))
        ann = Person(name="Ann")
        s.add(ann)
        s.flush()
        # 100.00/h until the end of February, 200.00/h from 1 March
        s.add_all(
            [
                PersonRate(
                    person_id=ann.id,
                    valid_from=date(2026, 1, 1),
                    cost_rate_minor=10000,
                    bill_rate_minor=30000,
                    currency="CNY",
                ),
                PersonRate(
                    person_id=ann.id,
                    valid_from=date(2026, 3, 1),
                    cost_rate_minor=20000,
                    bill_rate_minor=30000,
                    currency="CNY",
                ),
            ]
        )
        p = Project(
            code="P-1",
            name="品牌升级",
            client_id=client.id,
            currency="CNY",
            contract_value_minor=10_000_000,
            start_on=date(2026, 1, 10),
            due_on=date(2026, 6, 30),
            stage=ProjectStage.DEVELOPMENT,
            percent_complete=40,
            delivered_on=date(2026, 3, 18),
            accepted_on=date(2026, 3, 19),
            accepted_by="王小明",
        )
        q = Project(
            code="P-2",
            name="Other job",
            client_id=other.id,
            currency="CNY",
            contract_value_minor=500_000,
        )
        s.add_all([p, q])
        s.flush()
        rev = ProjectBudgetRevision(project_id=p.id, revision_no=1)
        s.add(rev)
        s.flush()
        s.add_all(
            [
                ProjectBudgetLine(
                    revision_id=rev.id,
                    kind=BudgetLineKind.ROLE,
                    role="Designer",
                    minutes=6000,
                    rate_minor=10000,
                    amount_minor=6_000_000,
                ),
                ProjectBudgetLine(
                    revision_id=rev.id,
                    kind=BudgetLineKind.CATEGORY,
                    category_id=cat.id,
                    amount_minor=1_000_000,
                ),
                ProjectBudgetLine(
                    revision_id=rev.id, kind=BudgetLineKind.CONTINGENCY, amount_minor=500_000
                ),
            ]
        )
        # 2 h at 100.00 + 1.5 h at 200.00 = 500.00; 20 min on the other client's job
        s.add_all(
            [
                TimeEntry(
                    person_id=ann.id, project_id=p.id, work_date=date(2026, 2, 15), minutes=120
                ),
                TimeEntry(
                    person_id=ann.id,
                    project_id=p.id,
                    work_date=date(2026, 3, 10),
                    minutes=90,
                    billable=False,
                ),
                TimeEntry(
                    person_id=ann.id, project_id=q.id, work_date=date(2026, 3, 10), minutes=20
                ),
            ]
        )
        s.add(
            Expense(
                spent_on=date(2026, 3, 5),
                category_id=cat.id,
                project_id=p.id,
                amount_minor=5000,
                currency="CNY",
                base_amount_minor=5000,
            )
        )
        sent = Invoice(
            number="INV-1",
            client_id=client.id,
            project_id=p.id,
            kind=InvoiceKind.DEPOSIT,
            state=InvoiceState.SENT,
            issued_on=date(2026, 3, 1),
            due_on=date(2026, 3, 31),
            currency="CNY",
            subtotal_minor=100_000,
            tax_minor=6_000,
            total_minor=106_000,
            payment_terms="30 天",
        )
        draft = Invoice(
            number="INV-2",
            client_id=client.id,
            project_id=p.id,
            kind=InvoiceKind.FINAL,
            state=InvoiceState.DRAFT,
            issued_on=date(2026, 3, 2),
            due_on=date(2026, 3, 31),
            currency="CNY",
            subtotal_minor=900_000,
            total_minor=900_000,
        )
        s.add_all([sent, draft])
        s.flush()
        s.add(
            InvoiceLine(
                invoice_id=sent.id,
                description="定金 Deposit",
                quantity=Decimal(1),
                unit_price_minor=100_000,
                tax_rate_bp=600,
                amount_minor=100_000,
                tax_minor=6_000,
            )
        )
        s.add(
            Payment(
                invoice_id=sent.id,
                received_on=date(2026, 3, 5),
                amount_minor=40_000,
                currency="CNY",
            )
        )
        s.add_all([
            Milestone(project_id=p.id, name="提案", due_on=date(2026, 2, 1),
                      done_on=date(2026, 2, 2), sort=1),
            Milestone(project_id=p.id, name="交付", due_on=date(2026, 6, 1), sort=2),
            Task(project_id=p.id, name="Moodboard", status=TaskStatus.DONE),
            Task(project_id=p.id, name="Logo round 2", due_on=date(2026, 3, 25)),
            Task(project_id=p.id, name="Packaging", due_on=date(2026, 4, 5)),
            Risk(project_id=p.id, title="印厂延期", probability=4, impact=5, currency="CNY",
                 mitigation_plan="备选印厂"),
            Risk(project_id=q.id, title="Not this client's", probability=5, impact=5,
                 currency="CNY"),
            StageChange(project_id=p.id, from_stage=ProjectStage.CONTRACT,
                        to_stage=ProjectStage.DEVELOPMENT,
                        changed_at=datetime(2026, 2, 1, tzinfo=UTC), reason="需求确认"),
            ChangeRequest(project_id=p.id, title="Extra SKU", extra_fee_minor=800_000,
                          extra_days=5, requested_on=date(2026, 3, 3)),
            Interaction(client_id=client.id, kind=InteractionKind.CALL,
                        occurred_at=datetime(2026, 3, 1, tzinfo=UTC), summary="call",
                        next_step="Send revised quote", follow_up_on=date(2026, 3, 22)),
            StudioBudget(fiscal_year=2026, month=3, category_id=cat.id, amount_minor=4000,
                         currency="CNY"),
            KpiTarget(code="revenue", target="1000.00", higher_is_better=True),
        ])  # fmt: skip
        ids = (client.id, p.id, sent.id)
    return studio, ids


def test_client_report_money_is_hand_checked(filled):
    services, (client_id, _project_id, _invoice_id) = filled
    data = services.report_data.client_report(
        client_id, date(2026, 1, 1), date(2026, 3, 31), today=TODAY
    )
    assert data.client.name == "流明茶馆" and data.client.contacts[0].name == "王小明"
    [p] = data.projects
    assert p.code == "P-1"
    assert p.labour_cost == cny("500.00")  # the rate valid on each work date
    assert p.expenses == cny("50.00")
    assert p.actual == cny("550.00")
    assert p.hours == Decimal("3.5")
    assert p.budget == cny("75000.00")  # current revision: 60,000 + 10,000 + 5,000
    assert p.fee == cny("100000.00")
    assert (p.invoiced, p.paid, p.outstanding) == (cny("1060.00"), cny("400.00"), cny("660.00"))
    assert [m.name for m in p.milestones] == ["提案", "交付"]
    assert p.next_steps == ("Logo round 2 (2026-03-25)", "Packaging (2026-04-05)")
    # drafts are not sent to clients
    assert [(i.number, i.status) for i in data.invoices] == [
        ("INV-1", InvoiceStatus.PARTIALLY_PAID)
    ]
    assert [r.title for r in data.risks] == ["印厂延期"]
    assert data.next_steps == ("2026-03-22: Send revised quote",)


def test_client_report_chosen_projects_and_period(filled):
    services, (client_id, project_id, _invoice_id) = filled
    rd = services.report_data
    only = rd.client_report(client_id, date(2026, 1, 1), date(2026, 2, 28),
                            project_ids=[project_id], today=TODAY)  # fmt: skip
    assert only.invoices == ()  # INV-1 was issued in March
    # money to the end of the period: only February's 2 hours at 100.00
    assert only.projects[0].labour_cost == cny("200.00")
    with pytest.raises(ValidationError) as err:
        rd.client_report(client_id, date(2026, 3, 1), date(2026, 2, 1))
    assert err.value.field == "end"
    with pytest.raises(NotFound):
        rd.client_report(999, date(2026, 1, 1), date(2026, 2, 1))


def test_project_report_acceptance_and_invoice(filled):
    services, (_client_id, project_id, invoice_id) = filled
    rd = services.report_data
    pr = rd.project_report(project_id, today=TODAY)
    assert (pr.tasks_done, pr.tasks_open) == (1, 2)
    assert [s.stage for s in pr.stage_history] == [ProjectStage.DEVELOPMENT]
    labour = pr.budget_lines[0]
    assert (labour.budget, labour.actual) == (cny("60000.00"), cny("500.00"))
    ads = next(b for b in pr.budget_lines if b.label == "Advertising")
    assert (ads.budget, ads.actual, ads.label_zh) == (cny("10000.00"), cny("50.00"), "广告投放")
    assert pr.changes[0].extra_fee == cny("8000.00")
    acc = rd.acceptance(project_id, today=TODAY)
    assert acc.accepted_by == "王小明" and acc.accepted_on == date(2026, 3, 19)
    assert [m.name for m in acc.deliverables] == ["提案"]
    inv = rd.invoice(invoice_id, today=TODAY)
    assert inv.total == cny("1060.00") and inv.outstanding == cny("660.00")
    assert inv.client_contact == "王小明 · wang@lumen.cn"
    assert inv.tax_by_rate() == ((600, cny("1000.00"), cny("60.00")),)


def test_studio_reports(filled):
    services, _ids = filled
    rd = services.report_data
    budget = rd.budget_report("month", 2026, 3, today=TODAY)
    marketing = next(c for c in budget.categories if c.label == "Marketing")
    assert (marketing.budget, marketing.actual) == (cny("40.00"), cny("50.00"))
    assert marketing.variance == cny("-10.00")
    # Revenue as on the dashboard: sent invoices' subtotals (tax is not revenue).
    assert budget.revenue == cny("1000.00") and budget.missing_rates == ()
    quarter = rd.budget_report("quarter", 2026, 1, today=TODAY)
    assert [m.label for m in quarter.months] == ["2026-01", "2026-02", "2026-03"]
    with pytest.raises(ValidationError):
        rd.budget_report("week", 2026, 1)
    risks = rd.risk_register(today=TODAY)
    assert [r.score for r in risks.risks] == [25, 20]
    monthly = rd.monthly_report(2026, 3, today=TODAY)
    kpis = {k.code: k for k in monthly.kpis}
    assert kpis["revenue"].value == Decimal("1000.00") and kpis["revenue"].met is True
    assert kpis["collected"].value == Decimal("400.00")
    # 1,060.00 - 400.00 paid; due 31 March, so not overdue on 20 March
    assert kpis["receivables"].value == Decimal("660.00") and kpis["overdue"].value == 0
    assert kpis["hours"].value == Decimal("1.8")  # 110 minutes in March
    assert kpis["high_risks"].value == 2 and kpis["high_risks"].met is False
    assert len(monthly.trend) == 12 and monthly.trend[-1].label == "2026-03"
    # March cost: labour 1.5 h x 200 + 20 min x 200 (66.67) + expenses 50.00
    assert monthly.trend[-1].cost == cny("416.67")


def test_language_is_remembered_on_the_client_and_font_setting(filled):
    services, (client_id, project_id, invoice_id) = filled
    rd = services.report_data
    assert rd.language_for("project", project_id) == ReportLanguage.CHINESE
    rd.set_client_language(client_id, "both")
    assert rd.language_for("invoice", invoice_id) == ReportLanguage.BOTH
    assert [c.language for c in rd.clients() if c.id == client_id] == [ReportLanguage.BOTH]
    with pytest.raises(ValidationError):
        rd.set_client_language(client_id, "fr")
    assert rd.font_path() == ""
    rd.set_font_path("/fonts/msyh.ttc")
    assert rd.font_path() == "/fonts/msyh.ttc"
    rd.set_font_path("")
    assert rd.font_path() == ""
    assert rd.find("project", "P-1") == project_id
    assert rd.find("invoice", "INV-1") == invoice_id
    with pytest.raises(NotFound):
        rd.find("client", "Nobody")


@pytest.fixture
def usd(studio, session_factory):
    """A CNY studio with one USD invoice of 1,000.00 at 7.1 (issued 1 March, due 31 March),
    400.00 USD paid at 7.2 on 20 March, and a second USD invoice of 500.00 sent before rates
    were recorded (no rate: left out and counted)."""
    with session_factory.begin() as s:
        client = Client(name="Harbour Labs", name_key="harbour labs")
        s.add(client)
        s.flush()
        project = Project(code="US-1", name="Export site", client_id=client.id, currency="USD")
        s.add(project)
        s.flush()
        ids = (client.id, project.id)

    def draft(amount: int, rate: str) -> InvoiceDraft:
        return InvoiceDraft(InvoiceKind.FINAL, ids[0], date(2026, 3, 1), date(2026, 3, 31),
                            "USD", (LineDraft("Website", Decimal(1), amount),),
                            project_id=ids[1], fx_rate=rate)  # fmt: skip

    inv = studio.invoices.create(draft(100_000, "7.1"))
    studio.invoices.send(inv.id)
    studio.invoices.record_payment(
        inv.id, received_on=date(2026, 3, 20), amount_minor=40_000, fx_rate=Decimal("7.2")
    )
    old = studio.invoices.create(draft(50_000, "7.0"))
    studio.invoices.send(old.id)
    with session_factory.begin() as s:
        s.get(Invoice, old.id).fx_rate = None  # as if sent before migration 0003
    return studio


def test_monthly_report_counts_usd_at_the_documents_rates(usd):
    monthly = usd.report_data.monthly_report(2026, 3, today=TODAY)
    kpis = {k.code: k.value for k in monthly.kpis}
    assert monthly.currency == "CNY"
    assert kpis["revenue"] == Decimal("7100.00")  # 1,000.00 x 7.1
    assert kpis["collected"] == Decimal("2880.00")  # 400.00 x 7.2, the payment's rate
    assert kpis["receivables"] == Decimal("4260.00")  # 600.00 still owed x 7.1
    assert kpis["overdue"] == 0
    assert monthly.trend[-1].invoiced == cny("7100.00")
    assert monthly.trend[-1].collected == cny("2880.00")
    assert monthly.missing_rates == (MissingRate("invoice", "USD", 1),)
    budget = usd.report_data.budget_report("month", 2026, 3, today=TODAY)
    assert budget.revenue == cny("7100.00")
    assert budget.missing_rates == (MissingRate("invoice", "USD", 1),)
    # In April the 600.00 USD is overdue, still at the invoice's rate.
    april = {k.code: k.value for k in usd.report_data.monthly_report(2026, 4).kpis}
    assert april["overdue"] == Decimal("4260.00") and april["revenue"] == 0


def test_monthly_report_agrees_with_the_dashboard(usd, filled):
    """CNY and USD documents together: the report's money equals the KPI service's."""
    march = Period.month(2026, 3)
    monthly = usd.report_data.monthly_report(2026, 3, today=TODAY)
    kpis = {k.code: k.value for k in monthly.kpis}
    board = usd.kpi.board(march, ("revenue", "receivables"))
    assert board.get("revenue").value == Money.of(kpis["revenue"], "CNY") == cny("8100.00")
    assert board.get("receivables").value == Money.of(kpis["receivables"], "CNY")
    assert kpis["receivables"] == Decimal("4920.00")  # 4,260.00 + 660.00
    # The dashboard's net cash is cash in less expenses: 2,880.00 + 400.00 - 50.00.
    expenses = Decimal("50.00")
    net = usd.kpi.kpi("net_cash", march).value
    assert net == Money.of(kpis["collected"] - expenses, "CNY") == cny("3230.00")


@pytest.mark.skipif(
    shutil.which("pdftotext") is None
    or not Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc").exists(),
    reason="needs pdftotext and a CJK font",
)
def test_monthly_report_pdf_says_what_is_left_out(usd):
    from reports.builders import build_budget_report, build_monthly_studio_report

    rd = usd.report_data
    pdf = build_monthly_studio_report(rd.monthly_report(2026, 3, today=TODAY), lang="both")
    text = " ".join(subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                                   check=True).stdout.decode().split())  # fmt: skip
    assert "¥7,100.00" in text and "¥2,880.00" in text and "¥4,260.00" in text
    assert "1 invoice in USD has no exchange rate yet and is not included." in text
    assert "1 张 USD 发票尚无汇率，未计入。" in text
    budget_pdf = build_budget_report(rd.budget_report("month", 2026, 3, today=TODAY), lang="zh")
    out = subprocess.run(["pdftotext", "-", "-"], input=budget_pdf, capture_output=True,
                         check=True).stdout.decode()  # fmt: skip
    assert "尚无汇率" in out


def test_client_report_totals_in_base_currency_rows_in_their_own(usd, session_factory):
    with session_factory() as s:
        client_id = s.scalar(select(Client.id).where(Client.name == "Harbour Labs"))
    data = usd.report_data.client_report(
        client_id, date(2026, 3, 1), date(2026, 3, 31), today=TODAY
    )
    # Each invoice stays in USD; the project (in USD) sums its USD invoices unconverted.
    assert {i.total for i in data.invoices} == {
        Money.of("1000.00", "USD"),
        Money.of("500.00", "USD"),
    }
    (project,) = data.projects
    assert project.invoiced == Money.of("1500.00", "USD")
    assert project.outstanding == Money.of("1100.00", "USD")
    # The total row is in CNY at each invoice's rate: 1,000 x 7.1; 400 paid x 7.1 (receivables
    # are carried at the invoice's rate); 600 x 7.1. The invoice without a rate is left out.
    assert data.invoice_totals == (cny("7100.00"), cny("2840.00"), cny("4260.00"))
    assert data.missing_rates == (MissingRate("invoice", "USD", 1),)
