"""KPI service on small hand-built data sets; every expected figure is worked out in comments."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session, sessionmaker

from models.entities import (
    Client,
    CreditNote,
    Deal,
    Expense,
    ExpenseCategory,
    Invoice,
    Milestone,
    Payment,
    Person,
    PersonRate,
    Project,
    ProjectBudgetLine,
    ProjectBudgetRevision,
    PublicHoliday,
    Risk,
    TimeEntry,
    TimeOff,
)
from models.enums import (
    BudgetLineKind,
    DealStage,
    InvoiceKind,
    InvoiceState,
    RiskStatus,
    TimeOffKind,
)
from models.errors import ValidationError
from models.money import Money
from models.services import Services
from models.services.kpi_period import Period, PeriodKind, parse_period


def ts(y: int, m: int, d: int, h: int = 9) -> datetime:
    return datetime(y, m, d, h, tzinfo=UTC)


@pytest.fixture
def db(studio: Services, session_factory: sessionmaker[Session]) -> sessionmaker[Session]:
    return session_factory


def _client(s: Session, name: str, created: datetime | None = None, **kw: object) -> Client:
    c = Client(name=name, name_key=name.lower(), created_at=created or ts(2024, 1, 1), **kw)
    s.add(c)
    s.flush()
    return c


def _project(s: Session, code: str, client: Client, **kw: object) -> Project:
    p = Project(code=code, name=code, client_id=client.id, currency="CNY", **kw)
    s.add(p)
    s.flush()
    return p


def _person(s: Session, name: str, cost_rates: dict[date, int], **kw: object) -> Person:
    p = Person(name=name, **kw)
    s.add(p)
    s.flush()
    for valid_from, rate in cost_rates.items():
        s.add(
            PersonRate(
                person_id=p.id,
                valid_from=valid_from,
                cost_rate_minor=rate,
                bill_rate_minor=rate * 2,
                currency="CNY",
            )
        )
    return p


def _invoice(
    s: Session, no: str, client: Client, issued: date, subtotal: int, tax: int = 0, **kw: object
) -> Invoice:
    inv = Invoice(
        number=no,
        client_id=client.id,
        kind=InvoiceKind.OTHER,
        state=kw.pop("state", InvoiceState.SENT),
        issued_on=issued,
        due_on=issued,
        currency="CNY",
        subtotal_minor=subtotal,
        tax_minor=tax,
        total_minor=subtotal + tax,
        **kw,
    )
    s.add(inv)
    s.flush()
    return inv


def _category(s: Session) -> int:
    return s.query(ExpenseCategory.id).order_by(ExpenseCategory.id).first()[0]


def _expense(s: Session, on: date, amount: int, project: Project | None) -> None:
    s.add(
        Expense(
            spent_on=on,
            vendor="v",
            category_id=_category(s),
            project_id=project.id if project else None,
            amount_minor=amount,
            currency="CNY",
            base_amount_minor=amount,
        )
    )


def test_periods_parse_and_compare() -> None:
    q3 = parse_period("2026-Q3")
    assert (q3.start, q3.end, q3.kind) == (date(2026, 7, 1), date(2026, 9, 30), PeriodKind.QUARTER)
    assert q3.previous().label == "2026-Q2"
    assert q3.last_year().label == "2025-Q3"
    jan = parse_period("2026-01")
    assert jan.previous().label == "2025-12" and jan.days == 31
    assert parse_period("2026").last_year() == Period.year(2025)
    custom = parse_period("2024-02-10..2024-02-29")
    assert custom.days == 20
    assert custom.previous() == Period(PeriodKind.CUSTOM, date(2024, 1, 21), date(2024, 2, 9))
    assert custom.last_year().end == date(2023, 2, 28)  # 29 February has no twin
    for bad in ("2026-13", "Q3", "2026-03-01..2026-02-01", ""):
        with pytest.raises(ValidationError) as err:
            parse_period(bad)
        assert err.value.field == "period"


def test_money_kpis_for_a_month(studio: Services, db: sessionmaker[Session]) -> None:
    with db.begin() as s:
        acme = _client(s, "Acme")
        proj = _project(s, "P1", acme)
        inv1 = _invoice(s, "INV1", acme, date(2026, 3, 10), 100_000, 6_000)
        inv2 = _invoice(s, "INV2", acme, date(2026, 3, 20), 50_000)
        _invoice(s, "DRAFT", acme, date(2026, 3, 21), 999_999, state=InvoiceState.DRAFT)
        _invoice(s, "VOID", acme, date(2026, 3, 22), 888_888, state=InvoiceState.VOID)
        inv5 = _invoice(s, "INV5", acme, date(2026, 2, 5), 100_000)
        inv6 = _invoice(s, "INV6", acme, date(2025, 3, 15), 70_000)
        s.add(
            CreditNote(
                number="CN1",
                invoice_id=inv1.id,
                issued_on=date(2026, 3, 25),
                amount_minor=10_000,
                currency="CNY",
            )
        )
        for inv, on, amount in (
            (inv1, date(2026, 3, 28), 50_000),
            (inv5, date(2026, 3, 2), 100_000),
            (inv6, date(2025, 4, 1), 70_000),
        ):
            s.add(Payment(invoice_id=inv.id, received_on=on, amount_minor=amount, currency="CNY"))
        ann = _person(s, "Ann", {date(2026, 1, 1): 10_000, date(2026, 3, 15): 12_000})
        for on, minutes in ((date(2026, 3, 10), 120), (date(2026, 3, 20), 90)):
            s.add(TimeEntry(person_id=ann.id, project_id=proj.id, work_date=on, minutes=minutes))
        _expense(s, date(2026, 3, 12), 12_000, proj)
        _expense(s, date(2026, 3, 13), 5_000, None)  # overhead: in net cash, not in margin
        del inv2

    board = studio.kpi.board(parse_period("2026-03"))
    # Revenue = INV1 1000.00 + INV2 500.00 − CN1 100.00 (draft and void ignored) = 1400.00
    assert board.get("revenue").value == Money(140_000, "CNY")
    assert board.get("revenue").previous == Money(100_000, "CNY")  # INV5 in February
    assert board.get("revenue").last_year == Money(70_000, "CNY")  # INV6 in March 2025
    # Growth = (1400 − 1000) ÷ 1000 = 40 %
    assert board.get("revenue_growth").value == Decimal("40.0")
    # Labour: 2 h × 100.00 (rate from 1 Jan) + 1.5 h × 120.00 (rate from 15 Mar) = 380.00;
    # project expense 120.00; margin = (1400 − 500) ÷ 1400 = 64.29 % -> 64.3
    assert board.get("gross_margin").value == Decimal("64.3")
    # Net cash = payments 500 + 1000 − expenses 120 − 50 = 1330.00
    assert board.get("net_cash").value == Money(133_000, "CNY")
    # Receivables 31 Mar: INV1 1060 − 500 − 100 = 460; INV2 500; INV5 paid; INV6 paid = 960
    assert board.get("receivables").value == Money(96_000, "CNY")
    # DSO = 960 ÷ 1400 × 31 days = 21.26 -> 21.3
    assert board.get("dso").value == Decimal("21.3")
    assert board.get("dso").status == "ok"  # target 45, warning above 60

    rows = studio.kpi.rows("revenue", board.period).rows
    assert sorted(r[0] for r in rows) == ["CN1", "INV1", "INV2"]
    assert sum((r[3] for r in rows), Money(0, "CNY")) == Money(140_000, "CNY")
    recv = studio.kpi.rows("receivables", board.period).rows
    assert {r[0]: r[4] for r in recv} == {
        "INV1": Money(46_000, "CNY"),
        "INV2": Money(50_000, "CNY"),
    }


def test_delivery_satisfaction_and_budget_control(
    studio: Services, db: sessionmaker[Session]
) -> None:
    with db.begin() as s:
        c = _client(s, "C")
        p1 = _project(
            s, "P1", c, due_on=date(2026, 2, 10), delivered_on=date(2026, 2, 8), satisfaction=5
        )
        p2 = _project(
            s, "P2", c, due_on=date(2026, 3, 1), delivered_on=date(2026, 3, 5), satisfaction=4
        )
        p3 = _project(
            s, "P3", c, due_on=date(2026, 4, 1), delivered_on=date(2026, 4, 2), satisfaction=1
        )
        _project(s, "P4", c, delivered_on=date(2026, 1, 20))  # no due date, not rated
        for name, due, done in (
            ("M1", date(2026, 1, 15), date(2026, 1, 15)),
            ("M2", date(2026, 1, 20), date(2026, 1, 25)),
            ("M3", date(2026, 2, 1), None),
        ):
            s.add(Milestone(project_id=p1.id, name=name, due_on=due, done_on=done))
        ann = _person(s, "Ann", {date(2025, 1, 1): 10_000})
        for proj, lines, current in (
            (p1, (30_000, 10_000), True),
            (p2, (100_000,), False),  # an old revision: ignored
            (p2, (20_000,), True),
            (p3, (1,), True),  # no work in Q1: not counted
        ):
            rev = ProjectBudgetRevision(
                project_id=proj.id,
                revision_no=1 if current and proj is not p2 else (1 if not current else 2),
                is_current=current,
            )
            s.add(rev)
            s.flush()
            for amount in lines:
                s.add(
                    ProjectBudgetLine(
                        revision_id=rev.id, kind=BudgetLineKind.CATEGORY, amount_minor=amount
                    )
                )
        s.add(
            TimeEntry(person_id=ann.id, project_id=p1.id, work_date=date(2026, 1, 10), minutes=120)
        )
        s.add(
            TimeEntry(person_id=ann.id, project_id=p2.id, work_date=date(2026, 2, 10), minutes=180)
        )
        _expense(s, date(2026, 1, 11), 15_000, p1)

    board = studio.kpi.board(parse_period("2026-Q1"))
    # Projects: P1 on time, P2 late (P3 outside Q1, P4 has no due date);
    # milestones: M1 on time, M2 late (M3 not done) -> 2 of 4 = 50 %
    assert board.get("on_time").value == Decimal("50.0")
    assert board.get("on_time").status == "warning"  # below the 80 % warning level
    # Satisfaction of projects delivered in Q1 and rated: (5 + 4) ÷ 2
    assert board.get("satisfaction").value == Decimal("4.50")
    # P1: budget 400.00, actual 2 h × 100 + 150 expense = 350 -> within;
    # P2: budget 200.00 (current revision), actual 3 h × 100 = 300 -> over; 1 of 2 = 50 %
    assert board.get("budget_control").value == Decimal("50.0")
    rows = studio.kpi.rows("budget_control", board.period).rows
    assert rows == (
        ("P1", Money(40_000, "CNY"), Money(35_000, "CNY"), True),
        ("P2", Money(20_000, "CNY"), Money(30_000, "CNY"), False),
    )


def test_utilisation_uses_working_days_holidays_and_time_off(
    studio: Services, db: sessionmaker[Session]
) -> None:
    with db.begin() as s:
        c = _client(s, "C")
        proj = _project(s, "P", c)
        # 1 Jan 2026 (Thursday) a holiday; Sunday 4 Jan a make-up working day.
        s.add(PublicHoliday(country="CN", on_date=date(2026, 1, 1), name="New Year"))
        s.add(
            PublicHoliday(country="CN", on_date=date(2026, 1, 4), name="Make-up", is_workday=True)
        )
        s.add(PublicHoliday(country="US", on_date=date(2026, 1, 2), name="Not ours"))
        ann = _person(s, "Ann", {}, week_minutes=2400, working_days=31)
        bo = _person(s, "Bo", {}, week_minutes=1200, working_days=0b101)  # Mon + Wed
        _person(s, "Hire", {}, week_minutes=2400, is_placeholder=True)
        _person(s, "Gone", {}, week_minutes=2400, left_on=date(2025, 12, 31), active=False)
        s.add(
            TimeOff(
                person_id=ann.id,
                kind=TimeOffKind.LEAVE,
                start_on=date(2026, 1, 5),
                end_on=date(2026, 1, 6),
            )
        )
        s.add(
            TimeOff(
                person_id=bo.id,
                kind=TimeOffKind.SICK,
                start_on=date(2026, 1, 7),
                end_on=date(2026, 1, 7),
                minutes_per_day=300,
            )
        )
        for who, minutes, billable in ((ann, 6000, True), (ann, 1200, False), (bo, 2940, True)):
            s.add(
                TimeEntry(
                    person_id=who.id,
                    project_id=proj.id,
                    work_date=date(2026, 1, 15),
                    minutes=min(minutes, 1440),
                    billable=billable,
                )
            )
            rest = minutes - 1440
            day = 16
            while rest > 0:
                s.add(
                    TimeEntry(
                        person_id=who.id,
                        project_id=proj.id,
                        work_date=date(2026, 1, day),
                        minutes=min(rest, 1440),
                        billable=billable,
                    )
                )
                rest -= 1440
                day += 1

    board = studio.kpi.board(parse_period("2026-01"))
    # Ann: 22 weekdays − 1 Jan + Sunday 4 Jan = 22 days × 480 min − 2 days leave = 9600 min.
    # Bo: 4 Mondays + 4 Wednesdays + 4 Jan = 9 days × 600 min − 300 min sick = 5100 min.
    # Capacity 14 700 min; logged 6000 + 1200 + 2940 = 10 140 -> 69.0 %;
    # billable 6000 + 2940 = 8940 -> 60.8 %
    assert board.get("utilisation").value == Decimal("69.0")
    assert board.get("billable").value == Decimal("60.8")
    assert board.get("utilisation").target == Decimal(85)  # the studio's target
    assert board.get("utilisation").status == "warning"  # below 70 %
    rows = {r[0]: r for r in studio.kpi.rows("utilisation", board.period).rows}
    assert rows["Ann"][1] == Decimal(160)  # 9600 min = 160 h
    assert rows["Bo"][1] == Decimal(85)
    assert "Hire" not in rows and "Gone" not in rows


def test_clients_pipeline_and_risks(studio: Services, db: sessionmaker[Session]) -> None:
    with db.begin() as s:
        x = _client(s, "X", ts(2026, 2, 1))
        y = _client(s, "Y", ts(2025, 5, 1))
        _client(s, "Z", ts(2026, 3, 31, 23))
        _client(s, "W dup", ts(2026, 2, 2), merged_into_id=x.id)
        v = _client(s, "V", ts(2025, 1, 1))
        py = _project(s, "PY", y)
        ann = _person(s, "Ann", {})
        s.add(TimeEntry(person_id=ann.id, project_id=py.id, work_date=date(2025, 6, 1), minutes=60))
        _invoice(s, "I-V", v, date(2025, 8, 1), 1000)
        _invoice(s, "I-Y", y, date(2026, 4, 1), 1000)
        for title, stage, value, prob in (
            ("D1", DealStage.PROPOSAL, 100_000, 40),
            ("D2", DealStage.NEGOTIATION, 55_555, 33),
            ("D3", DealStage.WON, 999_999, 100),
            ("D4", DealStage.LOST, 999_999, 0),
        ):
            s.add(
                Deal(
                    client_id=x.id,
                    title=title,
                    stage=stage,
                    value_minor=value,
                    probability=prob,
                    currency="CNY",
                    created_at=ts(2026, 1, 5),
                )
            )
        for title, p, i, status, closed in (
            ("R1", 5, 3, RiskStatus.OPEN, None),
            ("R2", 4, 4, RiskStatus.CLOSED, ts(2026, 6, 1)),
            ("R3", 3, 4, RiskStatus.OPEN, None),
        ):
            s.add(
                Risk(
                    title=title,
                    probability=p,
                    impact=i,
                    currency="CNY",
                    status=status,
                    closed_at=closed,
                    created_at=ts(2026, 1, 10),
                )
            )

    q1 = studio.kpi.board(parse_period("2026-Q1"))
    assert q1.get("new_clients").value == 2  # X and Z; the merged duplicate does not count
    # Pipeline: 1000.00 × 40 % + 555.55 × 33 % (183.33) = 583.33; won and lost left out
    assert q1.get("pipeline").value == Money(58_333, "CNY")
    assert q1.get("high_risks").value == 2  # R1 (15) and R2 (16, closed only in June)
    year = studio.kpi.board(parse_period("2026"))
    assert year.get("high_risks").value == 1
    # 2025 work: Y (time), V (invoice); 2026 work: Y (invoice) -> 1 of 2 kept = 50 %
    assert year.get("retention").value == Decimal("50.0")
    assert dict(studio.kpi.rows("retention", year.period).rows) == {"V": False, "Y": True}

    # A user target turns the card to warning: lower is better, warn above 0.
    assert year.get("high_risks").status == "ok"  # default warning above 3
    studio.kpi.set_target("high_risks", "0", "0")
    assert studio.kpi.board(parse_period("2026")).get("high_risks").status == "warning"
    with pytest.raises(ValidationError) as err:
        studio.kpi.set_target("retention", "50", "80")
    assert err.value.field == "warning"
    studio.kpi.reset_target("high_risks")
    assert studio.kpi.board(parse_period("2026")).get("high_risks").status == "ok"


def test_empty_studio_gives_no_numbers_not_errors(studio: Services) -> None:
    board = studio.kpi.board(parse_period("2026-Q3"))
    assert board.get("revenue").value == Money(0, "CNY")
    assert board.get("gross_margin").value is None
    assert board.get("utilisation").value is None
    assert board.get("retention").value is None
    assert all(k.status in ("ok", "warning") for k in board.kpis)
    assert len(board.kpis) == 15


def test_chart_series_by_month_and_stage(studio: Services, db: sessionmaker[Session]) -> None:
    with db.begin() as s:
        c = _client(s, "C")
        proj = _project(s, "P", c)
        _invoice(s, "I1", c, date(2026, 1, 31), 30_000)
        _invoice(s, "I2", c, date(2026, 3, 1), 20_000)
        ann = _person(s, "Ann", {date(2026, 1, 1): 6_000})
        s.add(
            TimeEntry(person_id=ann.id, project_id=proj.id, work_date=date(2026, 3, 2), minutes=90)
        )
        _expense(s, date(2026, 1, 5), 1_000, proj)
        s.add(
            Deal(
                client_id=c.id,
                title="D",
                stage=DealStage.PROPOSAL,
                value_minor=10_000,
                probability=25,
                currency="CNY",
                created_at=ts(2026, 1, 1),
            )
        )
    months = studio.kpi.months(parse_period("2026-Q1"), today=date(2026, 2, 15))
    assert [(m.month, m.revenue.minor, m.cost.minor) for m in months] == [
        (1, 30_000, 1_000),  # expense 10.00
        (2, 0, 0),
        (3, 20_000, 9_000),  # 1.5 h × 60.00
    ]
    assert months[2].utilisation is None  # March has not started on 15 February
    stages = {s: (v.minor, w.minor) for s, v, w in studio.kpi.pipeline_by_stage(Period.year(2026))}
    assert stages["proposal"] == (10_000, 2_500)
    assert stages["lead"] == (0, 0) and "won" not in stages


def test_budget_control_of_each_compared_period_from_one_request(
    studio: Services, db: sessionmaker[Session]
) -> None:
    """The board computes its three periods together; each must match the period alone."""
    with db.begin() as s:
        c = _client(s, "C")
        p1 = _project(s, "P1", c)
        # Bo's rate starts on 1 Feb 2026: his January hour has no rate and costs nothing.
        bo = _person(s, "Bo", {date(2026, 2, 1): 10_000, date(2026, 3, 1): 30_000})
        rev = ProjectBudgetRevision(project_id=p1.id, revision_no=1, is_current=True)
        s.add(rev)
        s.flush()
        s.add(
            ProjectBudgetLine(revision_id=rev.id, kind=BudgetLineKind.CATEGORY, amount_minor=25_000)
        )
        for day, minutes in (
            (date(2026, 1, 5), 60),
            (date(2026, 2, 5), 120),
            (date(2026, 3, 5), 60),
        ):
            s.add(TimeEntry(person_id=bo.id, project_id=p1.id, work_date=day, minutes=minutes))

    board = studio.kpi.board(parse_period("2026-03"))
    # March: up to 31 Mar, 0 (Jan, no rate) + 2 h × 100 + 1 h × 300 = 500.00 > 250.00 -> 0 %;
    # February (previous): up to 28 Feb, 0 + 2 h × 100 = 200.00 <= 250.00 -> 100 %;
    # March 2025 (last year): no work, no project counted -> no figure.
    assert board.get("budget_control").value == Decimal("0.0")
    assert board.get("budget_control").previous == Decimal("100.0")
    assert board.get("budget_control").last_year is None
    assert studio.kpi.kpi("budget_control", parse_period("2026-02")).value == Decimal("100.0")
    # Gross margin's labour uses the same rate intervals: March revenue is 0, so no margin,
    # but the chart's monthly cost shows them: Jan 0, Feb 200.00, Mar 300.00.
    costs = [m.cost for m in studio.kpi.months(parse_period("2026-Q1"), today=date(2026, 4, 1))]
    assert costs == [Money(0, "CNY"), Money(20_000, "CNY"), Money(30_000, "CNY")]
