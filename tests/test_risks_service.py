"""Risk register service: validation, score history, heat map, reviews, contingency, tasks."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session, sessionmaker

from models.entities import Client, Project, Task
from models.enums import RiskResponse, RiskStatus
from models.errors import ValidationError
from models.money import Money
from models.risk_library import RISK_LIBRARY
from models.services import Services
from models.services.risks import RiskDraft, RiskScope, expected_cost


@pytest.fixture
def project_id(studio: Services, session_factory: sessionmaker[Session]) -> int:
    with session_factory.begin() as s:
        c = Client(name="Acme", name_key="acme")
        s.add(c)
        s.flush()
        p = Project(code="P-1", name="Site", client_id=c.id, currency="CNY")
        s.add(p)
        s.flush()
        return p.id


def test_bad_input_names_the_field_and_saves_nothing(studio: Services) -> None:
    for draft, field in (
        (RiskDraft(title="  "), "title"),
        (RiskDraft(title="x", probability=0), "probability"),
        (RiskDraft(title="x", impact=6), "impact"),
        (RiskDraft(title="x", cost_impact="lots"), "cost_impact"),
        (RiskDraft(title="x", cost_impact="-5"), "cost_impact"),
        (RiskDraft(title="x", schedule_impact_days=-1), "schedule_impact_days"),
        (RiskDraft(title="x", project_id=999), "project"),
    ):
        with pytest.raises(ValidationError) as err:
            studio.risks.create(draft)
        assert err.value.field == field
    assert studio.risks.list(RiskScope(include_closed=True)) == []


def test_every_field_round_trips_and_score_history_grows(studio: Services, project_id: int) -> None:
    cat = next(c for c in studio.risks.categories() if c.code == "financial")
    r = studio.risks.create(
        RiskDraft(
            title="Deposit late",
            probability=2,
            impact=4,
            project_id=project_id,
            category_id=cat.id,
            cause="New client",
            description="Deposit may arrive late",
            cost_impact="10000",
            schedule_impact_days=5,
            response=RiskResponse.TRANSFER,
            mitigation_plan="Ask for deposit first",
            triggers="No payment after 7 days",
            next_review_on=date(2026, 12, 1),
        )
    )
    assert (r.score, r.project_code, r.category_code) == (8, "P-1", "financial")
    assert (r.cause, r.triggers, r.schedule_impact_days) == (
        "New client",
        "No payment after 7 days",
        5,
    )
    assert r.cost_impact == Money(1_000_000, "CNY")
    # Expected cost = probability / 5 × cost impact = 2/5 × 10 000 = 4 000
    assert r.expected_cost == Money(400_000, "CNY")
    assert len(studio.risks.history(r.id)) == 1

    studio.risks.set_score(r.id, 4, 5, "Client slow to sign")
    studio.risks.update(r.id, studio.risks.get(r.id).to_draft())  # no score change: no row
    r2 = studio.risks.set_score(r.id, 3, 5)
    history = studio.risks.history(r.id)
    assert [h.score for h in history] == [8, 20, 15]
    assert history[1].note == "Client slow to sign"
    assert r2.score == 15 and r2.title == "Deposit late" and r2.cause == "New client"


def test_expected_cost_rounds_half_up_and_feeds_contingency(
    studio: Services, project_id: int
) -> None:
    assert expected_cost(3, Money(333, "CNY")) == Money(200, "CNY")  # 199.8 -> 200
    assert expected_cost(1, Money(2_50, "CNY")) == Money(50, "CNY")
    studio.risks.create(
        RiskDraft(title="a", probability=3, project_id=project_id, cost_impact="3.33")
    )
    studio.risks.create(
        RiskDraft(title="b", probability=5, project_id=project_id, cost_impact="100")
    )
    closed = studio.risks.create(
        RiskDraft(title="c", probability=5, project_id=project_id, cost_impact="999")
    )
    studio.risks.close(closed.id)
    # 3/5 × 3.33 = 2.00 (1.998) + 5/5 × 100 = 100; the closed risk counts nothing
    assert studio.risks.contingency(project_id) == Money(10_200, "CNY")


def test_heat_map_cells_scope_and_closed_kept(studio: Services, project_id: int) -> None:
    studio.risks.create(RiskDraft(title="studio 5x5", probability=5, impact=5))
    studio.risks.create(RiskDraft(title="proj 5x5", probability=5, impact=5, project_id=project_id))
    studio.risks.create(RiskDraft(title="proj 2x3", probability=2, impact=3, project_id=project_id))
    gone = studio.risks.create(RiskDraft(title="old", probability=2, impact=3))
    studio.risks.close(gone.id)

    whole = studio.risks.heat_map()
    assert (whole.count(5, 5), whole.count(2, 3), whole.total) == (2, 1, 3)
    mine = studio.risks.heat_map(RiskScope(project_id=project_id))
    assert (mine.count(5, 5), mine.count(2, 3), mine.total) == (1, 1, 2)
    own = studio.risks.heat_map(RiskScope(studio_only=True))
    assert own.total == 1
    assert [r.title for r in studio.risks.in_cell(5, 5)] == ["studio 5x5", "proj 5x5"]
    assert [r.title for r in studio.risks.in_cell(5, 5, RiskScope(project_id=project_id))] == [
        "proj 5x5"
    ]
    everything = studio.risks.list(RiskScope(include_closed=True))
    assert "old" in [r.title for r in everything]
    old = studio.risks.get(gone.id)
    assert old.status == RiskStatus.CLOSED and old.closed_at is not None


def test_reviews_due_skip_closed_and_future(studio: Services) -> None:
    today = date(2026, 11, 28)
    due = studio.risks.create(RiskDraft(title="due", next_review_on=date(2026, 11, 1)))
    studio.risks.create(RiskDraft(title="today", next_review_on=today))
    studio.risks.create(RiskDraft(title="later", next_review_on=date(2026, 12, 1)))
    studio.risks.create(RiskDraft(title="never"))
    closed = studio.risks.create(RiskDraft(title="closed", next_review_on=date(2026, 1, 1)))
    studio.risks.close(closed.id)
    assert [r.title for r in studio.risks.reviews_due(today)] == ["due", "today"]
    del due


def test_mitigation_task_links_back(
    studio: Services, project_id: int, session_factory: sessionmaker[Session]
) -> None:
    r = studio.risks.create(RiskDraft(title="Scope creep", project_id=project_id))
    task_id = studio.risks.create_mitigation_task(r.id, due_on=date(2026, 12, 5))
    with session_factory() as s:
        task = s.get(Task, task_id)
        assert (task.project_id, task.risk_id, task.name) == (
            project_id,
            r.id,
            "Mitigate: Scope creep",
        )
    assert studio.risks.get(r.id).mitigation_tasks == 1
    studio_risk = studio.risks.create(RiskDraft(title="Studio-wide"))
    with pytest.raises(ValidationError) as err:
        studio.risks.create_mitigation_task(studio_risk.id)
    assert err.value.field == "project"


def test_library_has_ten_bilingual_risks_and_adds_them(studio: Services, project_id: int) -> None:
    assert len(RISK_LIBRARY) == 10
    codes = {c.code for c in studio.risks.categories()}
    for item in RISK_LIBRARY:
        assert item.category in codes
        assert item.title_en and item.title_zh and item.mitigation_zh and item.triggers_zh
    r = studio.risks.add_from_library("slow_collection", "zh_CN", project_id)
    assert r.title == "应收账款回款缓慢"
    assert r.category_code == "financial"
    assert r.response == RiskResponse.MITIGATE
    assert r.mitigation_plan.startswith("明确付款条款")
    with pytest.raises(ValidationError):
        studio.risks.add_from_library("nope", "en")
