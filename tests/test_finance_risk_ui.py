"""Budget editor flow: 'Use as contingency' from the risk register, and the forecast's risk term."""

from __future__ import annotations

import pytest
from finance_fixtures import (
    db_path,  # noqa: F401  (a set-up studio copied per test)
    make_world,
)
from PySide6.QtCore import Qt

from models.enums import BudgetLineKind, RiskStatus
from models.services import Services
from models.services.finance_budgets import BudgetLineDraft
from models.services.risks import RiskDraft
from ui.budget.budgets import BudgetsTab
from ui.budget.variance import VarianceTab
from ui.shell.changes import DataChanges


@pytest.fixture
def world(studio: Services, session_factory):  # type: ignore[no-untyped-def]
    w = make_world(session_factory)
    # Expected cost: 2/5 x 10 000.00 = 4 000.00 and 3/5 x 5 000.00 = 3 000.00 -> 7 000.00;
    # the closed risk counts nothing.
    for title, prob, cost, status in (
        ("Client changes the brief", 2, "10000", RiskStatus.OPEN),
        ("Key designer leaves", 3, "5000", RiskStatus.MONITORING),
        ("Settled", 5, "9999", RiskStatus.CLOSED),
    ):
        studio.risks.create(
            RiskDraft(title=title, probability=prob, cost_impact=cost, status=status,
                      project_id=w.project)
        )  # fmt: skip
    studio.budgets.save_project_budget(
        w.project,
        [
            BudgetLineDraft(BudgetLineKind.ROLE, role="Designer", minutes=600, rate_minor=20000),
            BudgetLineDraft(BudgetLineKind.CONTINGENCY, amount_minor=50000),
        ],
    )
    return w


def test_use_as_contingency_flow(qtbot, qtmodeltester, studio: Services, world) -> None:
    changes = DataChanges()
    tab = BudgetsTab(studio, changes)
    qtbot.addWidget(tab)
    tab.show()
    tab.project.setCurrentIndex(tab.project.findData(world.project))
    assert "Open risks' expected cost: ¥7,000.00" in tab.risk_expected.text()
    assert "contingency line ¥500.00" in tab.risk_expected.text()
    assert tab.use_risks.isEnabled()

    # An unsaved edit in the editor is kept: 12.5 h x 200.00 = 2 500.00.
    lines = tab.lines_model
    assert lines.setData(lines.index(0, 2), "12.5")
    with qtbot.waitSignal(changes.changed, timeout=2000) as blocker:
        qtbot.mouseClick(tab.use_risks, Qt.MouseButton.LeftButton)
    assert blocker.args == [frozenset({"budgets"})]
    saved = studio.budgets.project_budget(world.project)
    assert saved is not None and saved.revision_no == 2
    assert [ln.amount_minor for ln in saved.lines] == [250000, 700000]
    assert saved.total_minor == 950000
    assert lines.index(1, 4).data() == "¥7,000.00"  # the editor shows the new line
    assert lines.index(2, 4).data() == "¥9,500.00"  # the quote
    assert "Revision 2" in tab.revision.text()
    assert "the contingency line matches" in tab.risk_expected.text()
    assert not tab.use_risks.isEnabled()  # nothing left to use
    assert [r.total_minor for r in studio.budgets.revisions(world.project)] == [950000, 250000]

    # The risk page closes a risk and announces it: the suggestion drops to 3 000.00.
    first = next(r for r in studio.risks.list() if r.title == "Client changes the brief")
    studio.risks.close(first.id)
    changes.announce({"risks"})
    assert "Open risks' expected cost: ¥3,000.00" in tab.risk_expected.text()
    assert "contingency line ¥7,000.00" in tab.risk_expected.text()
    assert tab.use_risks.isEnabled()
    qtmodeltester.check(lines)


def test_forecast_states_the_risk_term(qtbot, studio: Services, world) -> None:
    tab = VarianceTab(studio)
    qtbot.addWidget(tab)
    tab.select_project(world.project)
    text = tab.forecast.text()
    # No cost booked and the due date (2026-04-27) has passed: only the risks remain.
    assert "Cost at completion = actual ¥0.00 + burn rate × 0 days left ¥0.00" in text
    assert "open risks' expected cost ¥7,000.00 = ¥7,000.00" in text
    assert "fee needed for a 30% margin: ¥10,000.00" in text  # 7 000.00 / 0.70
