"""The risk register feeds the project budget: the contingency line and the cost forecast."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from finance_fixtures import (
    db_path,  # noqa: F401  (a set-up studio copied per test)
    make_world,
)

from models.enums import BudgetLineKind, RiskStatus
from models.errors import NotFound, ValidationError
from models.services import Services
from models.services.finance_budgets import BudgetLineDraft, forecast_from
from models.services.finance_expenses import ExpenseDraft
from models.services.finance_time import TimeEntryDraft
from models.services.risks import RiskDraft

# The open risks of P-0001, by hand (expected cost = probability / 5 x cost impact):
#   p2 x 10 000.00  ->  4 000.00   (open)
#   p3 x  5 000.00  ->  3 000.00   (open)
#   p1 x  1 234.56  ->    246.912 -> 246.91 (monitoring still counts; half-up to the fen)
#   Each term is rounded on its own: a sum of REALs (7 246.927) would truncate to 7 246.92.
#   p5 x  9 999.00  ->  closed, left out; a risk of the other project and a studio risk too
OPEN_EXPECTED = 400000 + 300000 + 24691


@pytest.fixture
def world(studio: Services, session_factory):  # type: ignore[no-untyped-def]
    w = make_world(session_factory)
    p = w.project
    for title, prob, cost, status, project in (
        ("Client changes the brief", 2, "10000", RiskStatus.OPEN, p),
        ("Key designer leaves", 3, "5000", RiskStatus.OPEN, p),
        ("Printer late", 1, "1234.56", RiskStatus.MONITORING, p),
        ("Scope creep (settled)", 5, "9999", RiskStatus.CLOSED, p),
        ("Other project's risk", 5, "8000", RiskStatus.OPEN, w.other_project),
        ("Studio cash squeeze", 5, "7000", RiskStatus.OPEN, None),
    ):
        studio.risks.create(
            RiskDraft(title=title, probability=prob, cost_impact=cost, status=status,
                      project_id=project)
        )  # fmt: skip
    return w


def _designer_line() -> BudgetLineDraft:
    # 10 h x 200.00 = 2 000.00
    return BudgetLineDraft(BudgetLineKind.ROLE, role="Designer", minutes=600, rate_minor=20000)


def test_open_risks_expected_cost_is_read_from_the_register(studio: Services, world) -> None:
    assert studio.budgets.open_risks_expected(world.project) == OPEN_EXPECTED == 724691
    assert studio.budgets.open_risks_expected(world.project) == (
        studio.risks.contingency(world.project).minor
    )
    assert studio.budgets.open_risks_expected(world.other_project) == 800000  # 5/5 x 8 000.00
    rc = studio.budgets.risk_contingency(world.project)
    assert (rc.expected_minor, rc.contingency_minor, rc.currency) == (724691, None, "CNY")
    with pytest.raises(NotFound):
        studio.budgets.open_risks_expected(9999)


def test_use_as_contingency_saves_a_new_revision(studio: Services, world) -> None:
    contingency = BudgetLineDraft(BudgetLineKind.CONTINGENCY, amount_minor=50000)
    first = studio.budgets.save_project_budget(
        world.project, [_designer_line(), contingency], warn_at_pct=80
    )
    assert first.total_minor == 250000
    assert not studio.budgets.risk_contingency(world.project).matches

    second = studio.budgets.use_risk_contingency(world.project)
    assert second.revision_no == 2 and second.warn_at_pct == 80  # the threshold is kept
    kinds = [(ln.kind, ln.amount_minor) for ln in second.lines]
    assert kinds == [(BudgetLineKind.ROLE, 200000), (BudgetLineKind.CONTINGENCY, 724691)]
    assert second.total_minor == 200000 + 724691 == 924691  # the quote grows with the risks
    assert studio.budgets.risk_contingency(world.project).matches
    # The previous revision is kept as it was.
    revisions = studio.budgets.revisions(world.project)
    assert [(r.revision_no, r.total_minor, r.is_current) for r in revisions] == [
        (2, 924691, True),
        (1, 250000, False),
    ]
    assert revisions[0].note == "Contingency set to the open risks' expected cost"


def test_use_as_contingency_adds_the_line_when_there_is_none(studio: Services, world) -> None:
    # The editor's unsaved lines are what gets saved, with a contingency line appended.
    saved = studio.budgets.use_risk_contingency(
        world.other_project, [_designer_line()], warn_at_pct=75, note="from risks"
    )
    assert [(ln.kind, ln.amount_minor) for ln in saved.lines] == [
        (BudgetLineKind.ROLE, 200000),
        (BudgetLineKind.CONTINGENCY, 800000),
    ]
    assert (saved.revision_no, saved.warn_at_pct, saved.note) == (1, 75, "from risks")


def test_use_as_contingency_with_bad_lines_saves_nothing(studio: Services, world) -> None:
    bad = BudgetLineDraft(BudgetLineKind.ROLE, role="", minutes=60, rate_minor=100)
    with pytest.raises(ValidationError) as err:
        studio.budgets.use_risk_contingency(world.project, [bad])
    assert err.value.field == "lines[0]"
    assert studio.budgets.project_budget(world.project) is None
    with pytest.raises(NotFound):
        studio.budgets.use_risk_contingency(9999)


def test_forecast_formula_includes_the_risks_by_hand() -> None:
    f = forecast_from(
        date(2026, 3, 28), 280000, 140000, 56000, date(2026, 4, 27), 30, "CNY",
        risk_expected_minor=60000,
    )  # fmt: skip
    # burn 56000 / 28 = 2000 a day; cost at completion = 140000 + 2000 x 30 + 60000
    assert (f.days_left, f.remaining_burn_minor, f.risk_expected_minor) == (30, 60000, 60000)
    assert f.forecast_at_completion_minor == 260000
    assert f.fee_needed_minor == 371429  # 260000 / 0.70 = 371428.57, half-up
    assert f.runs_out_on == date(2026, 6, 6)  # the burn-out date ignores the risks


def test_burn_up_forecast_adds_the_open_risks(studio: Services, world) -> None:
    studio.budgets.save_project_budget(world.project, [_designer_line()])
    studio.time.create(TimeEntryDraft(world.designer, world.project, date(2026, 3, 2), 60))
    studio.time.create(TimeEntryDraft(world.designer, world.project, date(2026, 3, 10), 120))
    travel = studio.budgets.category_codes()["travel"]
    studio.expenses.create(
        ExpenseDraft(date(2026, 3, 10), travel, 5000, "CNY", project_id=world.project)
    )
    f = studio.budgets.burn_up(world.project, as_of=date(2026, 3, 28)).forecast
    # Cost so far: 1 h x 120.00 + 2 h x 120.00 + 50.00 = 410.00, all within the last 28 days.
    assert f.actual_minor == 41000
    assert f.daily_burn_minor == Decimal("1464.29")  # 41000 / 28
    # 30 days to 2026-04-27: 41000 x 30 / 28 = 43928.57 -> 43929
    assert (f.days_left, f.remaining_burn_minor) == (30, 43929)
    assert f.risk_expected_minor == 724691
    assert f.forecast_at_completion_minor == 41000 + 43929 + 724691 == 809620
    assert f.fee_needed_minor == 1156600  # 809620 / 0.70 exactly

    # Closing a risk takes its expected cost out of the forecast: 809620 - 400000.
    first = next(r for r in studio.risks.list() if r.title == "Client changes the brief")
    studio.risks.close(first.id)
    f2 = studio.budgets.burn_up(world.project, as_of=date(2026, 3, 28)).forecast
    assert (f2.risk_expected_minor, f2.forecast_at_completion_minor) == (324691, 409620)
