"""Report data from the database: hand-checked money, labour at the rate of the day, language."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

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
    assert budget.revenue == cny("1060.00")
    quarter = rd.budget_report("quarter", 2026, 1, today=TODAY)
    assert [m.label for m in quarter.months] == ["2026-01", "2026-02", "2026-03"]
    with pytest.raises(ValidationError):
        rd.budget_report("week", 2026, 1)
    risks = rd.risk_register(today=TODAY)
    assert [r.score for r in risks.risks] == [25, 20]
    monthly = rd.monthly_report(2026, 3, today=TODAY)
    kpis = {k.code: k for k in monthly.kpis}
    assert kpis["revenue"].value == Decimal("1060.00") and kpis["revenue"].met is True
    assert kpis["collected"].value == Decimal("400.00")
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
