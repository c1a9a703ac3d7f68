"""Property tests: totals are the sum of their rows; a new rate never changes past costs."""

from __future__ import annotations

from datetime import date, timedelta

from finance_fixtures import (
    add_rate,
    db_path,  # noqa: F401  (a set-up studio copied per test)
    make_world,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from models.entities import PersonRate, TimeEntry
from models.money import allocate
from models.services import Services
from models.services.finance_time import TimeEntryDraft

START = date(2026, 1, 1)
entries = st.lists(
    st.tuples(st.integers(0, 120), st.integers(1, 600), st.booleans()), min_size=1, max_size=12
)
rates = st.lists(st.tuples(st.integers(0, 120), st.integers(0, 500000)), min_size=1, max_size=4)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(entries=entries, rates=rates, new_rate=st.tuples(st.integers(0, 130), st.integers(0, 10**6)))
def test_totals_are_row_sums_and_new_rates_leave_the_past_alone(
    studio: Services, session_factory, entries, rates, new_rate
) -> None:
    world = _world(studio, session_factory)
    with session_factory.begin() as s:
        s.execute(delete(TimeEntry))
        s.execute(delete(PersonRate))
    for offset, cost in {o: c for o, c in rates}.items():
        add_rate(session_factory, world.designer, START + timedelta(days=offset), cost)
    for offset, minutes, other in entries:
        person = world.developer if other else world.designer
        studio.time.create(
            TimeEntryDraft(person, world.project, START + timedelta(days=offset), minutes)
        )
    total_minutes, total_cost = studio.time.labour_cost(project_id=world.project)
    rows = studio.time.page(0, 1000)
    assert total_cost == sum(r.cost_minor for r in rows)
    assert total_minutes == sum(r.minutes for r in rows)
    offset, cost = new_rate
    valid_from = START + timedelta(days=offset)
    if valid_from in {START + timedelta(days=o) for o, _ in rates}:
        return  # one rate per person and day
    add_rate(session_factory, world.designer, valid_from, cost)
    after = {r.id: r.cost_minor for r in studio.time.page(0, 1000)}
    for r in rows:
        if r.work_date < valid_from:
            assert after[r.id] == r.cost_minor


_WORLD: dict[int, object] = {}


def _world(studio: Services, session_factory):  # type: ignore[no-untyped-def]
    key = id(session_factory)
    if key not in _WORLD:
        _WORLD[key] = make_world(session_factory)
    return _WORLD[key]


@given(total=st.integers(0, 10**12), n=st.integers(1, 24))
def test_spread_parts_add_up(total: int, n: int) -> None:
    parts = allocate(total, [1] * n)
    assert sum(parts) == total and max(parts) - min(parts) <= 1


expenses_in_year = st.lists(
    st.tuples(st.integers(1, 12), st.integers(1, 28), st.integers(0, 3), st.integers(0, 10**9)),
    min_size=1,
    max_size=10,
)


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=expenses_in_year)
def test_studio_actuals_add_up_however_they_are_cut(
    studio: Services, session_factory, rows
) -> None:
    from models.entities import Expense
    from models.services.finance_budgets import Period
    from models.services.finance_expenses import ExpenseDraft

    with session_factory.begin() as s:
        s.execute(delete(Expense))
    codes = ["rent", "ads", "cloud", "travel"]
    ids = studio.budgets.category_codes()
    for month, day, cat, amount in rows:
        studio.expenses.create(ExpenseDraft(date(2026, month, day), ids[codes[cat]], amount, "CNY"))
    expected = sum(r[3] for r in rows)
    by_category = studio.budgets.studio_variance(2026)
    by_month = studio.budgets.studio_variance(2026, Period.MONTH, by="period")
    by_quarter = studio.budgets.studio_variance(2026, Period.QUARTER, by="period")
    assert by_category.actual_minor == by_month.actual_minor == by_quarter.actual_minor == expected
    assert by_category.total().actual_minor == sum(r.actual_minor for r in by_category.rows)
