"""Time, expenses, budgets and budget vs actuals: every figure checked by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from finance_fixtures import (
    add_rate,
    db_path,  # noqa: F401  (a set-up studio copied per test)
    make_world,
)
from sqlalchemy import func, select, text

from models.entities import Client, Invoice, InvoiceLine, ProjectBudgetRevision, TimeEntry
from models.enums import BudgetLineKind, InvoiceKind
from models.errors import Conflict, ValidationError
from models.services import Services
from models.services.finance_budgets import (
    BudgetCell,
    BudgetLineDraft,
    Period,
    forecast_from,
)
from models.services.finance_expenses import ExpenseDraft
from models.services.finance_time import TimeEntryDraft, entry_cost, parse_hours


@pytest.fixture
def world(studio: Services, session_factory):  # type: ignore[no-untyped-def]
    return make_world(session_factory)


def _entry(services: Services, person: int, project: int, day: date, minutes: int) -> int:
    return services.time.create(TimeEntryDraft(person, project, day, minutes))


# -- hours --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text_", "minutes"),
    [("1.5", 90), ("1:30", 90), ("0.25", 15), ("90m", 90), ("2h", 120), ("7,75", 465), ("", 0)],
)
def test_hours_are_parsed_exactly(text_: str, minutes: int) -> None:
    assert parse_hours(text_) == minutes


@pytest.mark.parametrize("bad", ["1.001", "abc", "-1", "25", "1:75"])
def test_bad_hours_name_the_field(bad: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_hours(bad)
    assert exc.value.field == "hours"


# -- labour cost --------------------------------------------------------------------------------
def test_labour_cost_uses_the_rate_valid_on_the_work_date(studio: Services, world) -> None:
    _entry(studio, world.designer, world.project, date(2026, 2, 10), 90)  # 1.5 h x 100 = 150.00
    _entry(studio, world.designer, world.project, date(2026, 3, 5), 45)  # 0.75 h x 120 = 90.00
    _entry(studio, world.designer, world.project, date(2025, 12, 31), 60)  # no rate yet: 0
    _entry(studio, world.designer, world.project, date(2026, 3, 1), 7)  # 7/60 x 120 = 14.00
    assert studio.time.labour_cost(project_id=world.project) == (202, 15000 + 9000 + 1400)


def test_each_entry_is_rounded_once_half_up(studio: Services, world) -> None:
    _entry(studio, world.designer, world.project, date(2026, 2, 2), 7)  # 11.666.. -> 11.67
    _entry(studio, world.designer, world.project, date(2026, 2, 3), 1)  # 1.666.. -> 1.67
    assert studio.time.labour_cost(project_id=world.project) == (8, 1167 + 167)
    rows = studio.time.page(0, 10)
    assert sorted(r.cost_minor for r in rows) == [167, 1167]


def test_adding_a_rate_never_changes_past_costs(studio: Services, world, session_factory) -> None:
    _entry(studio, world.designer, world.project, date(2026, 3, 5), 60)
    before = studio.time.labour_cost(project_id=world.project)
    add_rate(session_factory, world.designer, date(2026, 4, 1), 15000)
    assert studio.time.labour_cost(project_id=world.project) == before == (60, 12000)
    _entry(studio, world.designer, world.project, date(2026, 4, 2), 60)
    assert studio.time.labour_cost(project_id=world.project) == (120, 27000)


def test_labour_cost_query_uses_the_indexes(studio: Services, world, session_factory) -> None:
    """The plan seeks the project/date index and the rate table's (person, valid_from) index."""
    q = select(func.sum(entry_cost())).where(
        TimeEntry.project_id == world.project, TimeEntry.work_date >= date(2026, 1, 1)
    )
    with session_factory() as s:
        compiled = q.compile(s.get_bind(), compile_kwargs={"literal_binds": True})
        plan = " | ".join(str(r[-1]) for r in s.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    # Since migration 0002 the covering (project, date, person, minutes) index: no row reads.
    assert "COVERING INDEX ix_time_entries_project_cover" in plan, plan
    assert "sqlite_autoindex_person_rates_1" in plan, plan
    assert "SCAN time_entries" not in plan, plan


# -- entries and the timesheet ------------------------------------------------------------------
def test_invoiced_entries_are_locked(studio: Services, world, session_factory) -> None:
    entry = _entry(studio, world.designer, world.project, date(2026, 2, 10), 60)
    with session_factory.begin() as s:
        client_id = s.scalar(select(Client.id))
        invoice = Invoice(
            number="INV-1", client_id=client_id, kind=InvoiceKind.TIME_AND_MATERIALS,
            issued_on=date(2026, 2, 28), due_on=date(2026, 3, 28), currency="CNY",
        )  # fmt: skip
        s.add(invoice)
        s.flush()
        line = InvoiceLine(
            invoice_id=invoice.id, description="Design", unit_price_minor=1, amount_minor=1
        )
        s.add(line)
        s.flush()
        s.get(TimeEntry, entry).invoice_line_id = line.id
    with pytest.raises(Conflict):
        studio.time.delete(entry)
    with pytest.raises(Conflict):
        studio.time.update(
            entry, TimeEntryDraft(world.designer, world.project, date(2026, 2, 10), 30)
        )
    assert studio.time.get(entry).minutes == 60
    assert studio.time.get(entry).locked


def test_bad_entry_names_the_field_and_saves_nothing(studio: Services, world) -> None:
    with pytest.raises(ValidationError) as exc:
        studio.time.create(TimeEntryDraft(world.designer, world.project, date(2026, 2, 1), 0))
    assert exc.value.field == "hours"
    with pytest.raises(ValidationError) as exc:
        studio.time.create(TimeEntryDraft(9999, world.project, date(2026, 2, 1), 60))
    assert exc.value.field == "person"
    assert studio.time.count() == 0


def test_a_placeholder_for_a_hire_logs_no_time(studio: Services, world, session_factory) -> None:
    from models.entities import Person

    with session_factory.begin() as s:
        hire = Person(name="New hire - Senior designer", is_placeholder=True)
        s.add(hire)
        s.flush()
        hire_id = hire.id
    assert hire_id not in {c.id for c in studio.time.people()}  # not offered in the timesheet
    assert world.designer in {c.id for c in studio.time.people()}
    for attempt in (
        lambda: studio.time.create(TimeEntryDraft(hire_id, world.project, date(2026, 2, 2), 60)),
        lambda: studio.time.set_day(hire_id, world.project, date(2026, 2, 2), 60),
    ):
        with pytest.raises(ValidationError) as exc:
            attempt()
        assert exc.value.field == "person" and "placeholder" in exc.value.message
    assert studio.time.count() == 0


def test_weekly_timesheet_sets_and_reads_day_totals(studio: Services, world) -> None:
    monday = date(2026, 3, 2)
    studio.time.set_day(world.designer, world.project, monday, 450)
    studio.time.set_day(world.designer, world.project, date(2026, 3, 4), 90)
    studio.time.set_day(world.designer, world.other_project, date(2026, 3, 4), 30)
    studio.time.set_day(world.designer, world.project, monday, 480)  # replaces, not adds
    sheet = studio.time.timesheet(world.designer, date(2026, 3, 5))
    assert sheet.week_start == monday
    assert [r.project for r in sheet.rows] == ["P-0001", "P-0002"]
    assert sheet.rows[0].minutes == (480, 0, 90, 0, 0, 0, 0)
    assert sheet.day_totals() == (480, 0, 120, 0, 0, 0, 0)
    assert sheet.total == 600
    studio.time.set_day(world.designer, world.project, monday, 0)
    assert studio.time.timesheet(world.designer, monday).rows[0].minutes[0] == 0
    assert studio.time.count(person_id=world.designer) == 2


# -- expenses -----------------------------------------------------------------------------------
def _cat(services: Services, code: str) -> int:
    return services.budgets.category_codes()[code]


def test_foreign_expense_is_converted_once_with_an_exact_rate(studio: Services, world) -> None:
    travel = _cat(studio, "travel")
    e1 = studio.expenses.create(
        ExpenseDraft(date(2026, 2, 1), travel, 10000, "USD", Decimal("7.1234"), tax_minor=600)
    )
    e2 = studio.expenses.create(
        ExpenseDraft(date(2026, 2, 1), travel, 3333, "USD", Decimal("7.12345"))
    )
    assert studio.expenses.get(e1).base_amount_minor == 71234  # 100.00 x 7.1234
    assert studio.expenses.get(e2).base_amount_minor == 23742  # 237.4245885 -> 237.42
    assert studio.expenses.get(e2).fx_rate == Decimal("7.12345")


def test_expense_rules(studio: Services, world) -> None:
    travel = _cat(studio, "travel")
    with pytest.raises(ValidationError) as exc:
        studio.expenses.create(ExpenseDraft(date(2026, 2, 1), travel, 100, "CNY", tax_minor=200))
    assert exc.value.field == "tax"
    with pytest.raises(ValidationError) as exc:
        studio.expenses.create(ExpenseDraft(date(2026, 2, 1), travel, 100, "USD", Decimal(0)))
    assert exc.value.field == "fx_rate"
    assert studio.expenses.count() == 0


def test_users_add_their_own_categories(studio: Services) -> None:
    marketing = _cat(studio, "marketing")
    new = studio.expenses.add_category("  Trade   fairs ", marketing)
    cats = studio.expenses.categories()
    assert any(c.id == new and c.name == "Trade fairs" and c.parent_id == marketing for c in cats)
    with pytest.raises(ValidationError):
        studio.expenses.add_category("Trade fairs", marketing)
    with pytest.raises(ValidationError):
        studio.expenses.add_category("Deeper", new)


# -- studio budget ------------------------------------------------------------------------------
def _april_studio(services: Services) -> None:
    settings = services.studio.get()
    from dataclasses import replace

    services.studio.update(replace(settings, fiscal_year_start_month=4))


def test_spread_annual_adds_up_exactly_in_fiscal_order(studio: Services) -> None:
    _april_studio(studio)
    marketing = _cat(studio, "marketing")
    parts = studio.budgets.spread_annual(2026, marketing, 100000)
    assert parts == [8334] * 4 + [8333] * 8
    grid = studio.budgets.studio_budget(2026)
    assert grid.months[0] == 4 and grid.months[-1] == 3
    assert grid.amounts[(marketing, 4)] == 8334 and grid.amounts[(marketing, 8)] == 8333
    assert grid.row_total(marketing) == 100000 == grid.total


def test_copy_from_last_year_keeps_what_is_planned(studio: Services) -> None:
    rent = _cat(studio, "rent")
    studio.budgets.set_studio_budget(
        2025, [BudgetCell(rent, 1, 500000), BudgetCell(rent, 2, 500000)]
    )
    studio.budgets.set_studio_budget(2026, [BudgetCell(rent, 2, 550000)])
    assert studio.budgets.copy_from_last_year(2026) == 1
    grid = studio.budgets.studio_budget(2026)
    assert grid.amounts[(rent, 1)] == 500000 and grid.amounts[(rent, 2)] == 550000
    with pytest.raises(ValidationError):
        studio.budgets.copy_from_last_year(2030)


def test_studio_budget_vs_actuals_by_category_and_quarter(studio: Services, world) -> None:
    _april_studio(studio)
    marketing, ads = _cat(studio, "marketing"), _cat(studio, "ads")
    studio.budgets.spread_annual(2026, marketing, 100000)
    for day, amount in [
        (date(2026, 5, 10), 90000),  # FY2026 Q1
        (date(2027, 3, 1), 5000),  # FY2026 Q4 (the year ends 2027-03-31)
        (date(2026, 3, 15), 77700),  # FY2025: not counted
    ]:
        studio.expenses.create(ExpenseDraft(day, ads, amount, "CNY"))
    report = studio.budgets.studio_variance(2026)
    row = next(r for r in report.rows if r.key == "marketing")
    assert (row.budget_minor, row.actual_minor, row.variance_minor) == (100000, 95000, 5000)
    assert row.used_pct == Decimal("95.0") and row.variance_pct == Decimal("5.0")
    assert row.warning and not row.over  # 95% used passes the default 90% threshold
    studio.budgets.set_thresholds(96, 30)
    row = next(r for r in studio.budgets.studio_variance(2026).rows if r.key == "marketing")
    assert not row.warning
    quarters = studio.budgets.studio_variance(2026, Period.QUARTER, by="period")
    assert [r.label for r in quarters.rows] == ["Q1", "Q2", "Q3", "Q4"]
    assert quarters.rows[0].budget_minor == 25002 and quarters.rows[0].actual_minor == 90000
    assert quarters.rows[3].budget_minor == 8333 * 3 and quarters.rows[3].actual_minor == 5000
    assert quarters.budget_minor == 100000 and quarters.actual_minor == 95000
    months = studio.budgets.studio_variance(2026, Period.MONTH, by="period")
    assert months.rows[0].label == "2026-04" and months.rows[-1].label == "2027-03"


# -- project budget -----------------------------------------------------------------------------
def _lines(services: Services) -> list[BudgetLineDraft]:
    return [
        BudgetLineDraft(BudgetLineKind.ROLE, role="Designer", minutes=600, rate_minor=20000),
        BudgetLineDraft(BudgetLineKind.CATEGORY, 50000, category_id=_cat(services, "travel")),
        BudgetLineDraft(BudgetLineKind.CONTINGENCY, 25000),
    ]


def test_project_budget_total_is_the_quote_and_revisions_keep_history(
    studio: Services, world
) -> None:
    first = studio.budgets.save_project_budget(world.project, _lines(studio))
    assert [ln.amount_minor for ln in first.lines] == [200000, 50000, 25000]  # 10 h x 200.00
    assert first.total_minor == 275000 and first.revision_no == 1
    second = studio.budgets.save_project_budget(
        world.project, [*_lines(studio)[:2], BudgetLineDraft(BudgetLineKind.CONTINGENCY, 30000)]
    )
    assert second.revision_no == 2 and second.total_minor == 280000
    revs = studio.budgets.revisions(world.project)
    assert [(r.revision_no, r.is_current, r.total_minor) for r in revs] == [
        (2, True, 280000),
        (1, False, 275000),
    ]
    old = studio.budgets.project_budget(world.project, revision_id=revs[1].id)
    assert old is not None and old.total_minor == 275000


def test_bad_budget_line_names_the_line_and_saves_nothing(
    studio: Services, world, session_factory
) -> None:
    bad = [
        _lines(studio)[0],
        BudgetLineDraft(BudgetLineKind.ROLE, role="", minutes=1, rate_minor=1),
    ]
    with pytest.raises(ValidationError) as exc:
        studio.budgets.save_project_budget(world.project, bad)
    assert exc.value.field == "lines[1]"
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(ProjectBudgetRevision)) == 0


def test_project_variance_per_line(studio: Services, world) -> None:
    studio.budgets.save_project_budget(world.project, _lines(studio), warn_at_pct=80)
    _entry(studio, world.designer, world.project, date(2026, 2, 10), 90)  # 150.00
    _entry(studio, world.designer, world.project, date(2026, 3, 5), 45)  # 90.00
    _entry(studio, world.developer, world.project, date(2026, 3, 5), 30)  # 40.00, unplanned
    studio.expenses.create(
        ExpenseDraft(
            date(2026, 3, 6), _cat(studio, "travel"), 45000, "CNY", project_id=world.project
        )
    )
    report = studio.budgets.project_variance(world.project)
    by_key = {r.key: r for r in report.rows}
    designer = by_key["role:Designer"]
    assert (designer.budget_minor, designer.actual_minor) == (200000, 24000)
    assert not designer.warning
    travel = by_key[f"category:{_cat(studio, 'travel')}"]
    assert (travel.actual_minor, travel.variance_minor, travel.used_pct) == (
        45000,
        5000,
        Decimal("90.0"),
    )
    assert travel.warning  # 90% used, the project warns at 80%
    assert by_key["role:*"].actual_minor == 4000 and by_key["role:*"].warning
    assert report.budget_minor == 275000
    assert report.actual_minor == 24000 + 45000 + 4000 == sum(r.actual_minor for r in report.rows)


def test_forecast_by_hand() -> None:
    f = forecast_from(date(2026, 3, 28), 280000, 140000, 56000, date(2026, 4, 27), 30, "CNY")
    assert f.daily_burn_minor == Decimal("2000.00")
    assert f.runs_out_on == date(2026, 6, 6)  # 140000 / 2000 = 70 days
    assert f.forecast_at_completion_minor == 200000  # 140000 + 30 days x 2000
    assert f.fee_needed_minor == 285714  # 200000 / 0.70, half-up
    idle = forecast_from(date(2026, 3, 28), 280000, 140000, 0, None, 30, "CNY")
    assert idle.runs_out_on is None and idle.forecast_at_completion_minor == 140000


def test_burn_up_accumulates_cost_and_revenue(studio: Services, world) -> None:
    studio.budgets.save_project_budget(world.project, _lines(studio))
    _entry(studio, world.designer, world.project, date(2026, 3, 2), 60)  # 120.00
    _entry(studio, world.designer, world.project, date(2026, 3, 10), 120)  # 240.00
    studio.expenses.create(
        ExpenseDraft(
            date(2026, 3, 10), _cat(studio, "travel"), 5000, "CNY", project_id=world.project
        )
    )
    burn = studio.budgets.burn_up(world.project, as_of=date(2026, 3, 28))
    assert [(p.day, p.cumulative_cost_minor) for p in burn.points] == [
        (date(2026, 3, 2), 12000),
        (date(2026, 3, 10), 41000),
    ]
    assert burn.budget_minor == 275000
    assert burn.forecast.actual_minor == 41000
    months = studio.budgets.revenue_vs_cost(date(2026, 3, 31))
    assert len(months) == 12 and months[-1] == ("2026-03", 0, 41000)


def test_burn_up_revenue_is_net_of_tax_and_credit_notes(
    studio: Services, world, session_factory
) -> None:
    from models.entities import CreditNote
    from models.enums import InvoiceState

    with session_factory.begin() as s:
        client_id = s.scalar(select(Client.id))
        for number, state in (("INV-1", InvoiceState.SENT), ("INV-2", InvoiceState.DRAFT)):
            s.add(
                Invoice(
                    number=number, client_id=client_id, project_id=world.project,
                    kind=InvoiceKind.DEPOSIT, state=state, issued_on=date(2026, 3, 15),
                    due_on=date(2026, 4, 15), currency="CNY", subtotal_minor=100000,
                    tax_minor=6000, total_minor=106000,
                )
            )  # fmt: skip
        s.flush()
        first = s.scalar(select(Invoice.id).where(Invoice.number == "INV-1"))
        s.add(
            CreditNote(
                number="CN-1", invoice_id=first, issued_on=date(2026, 3, 20),
                amount_minor=10600, currency="CNY",
            )
        )  # fmt: skip
    burn = studio.budgets.burn_up(world.project, as_of=date(2026, 3, 31))
    # 100000 subtotal less the tax-free share of the credit note (10600 x 100000 / 106000)
    assert [p.cumulative_revenue_minor for p in burn.points] == [90000]
    assert studio.budgets.revenue_vs_cost(date(2026, 3, 31))[-1] == ("2026-03", 90000, 0)
