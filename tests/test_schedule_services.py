"""Scheduling services without Qt: capacity, rates, conflicts, utilisation, search, ICS."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session, sessionmaker

from models.entities import Client, Project, TimeEntry
from models.enums import TimeOffKind
from models.errors import ValidationError
from models.services import Services
from models.services.people import PersonDraft
from models.services.schedule import AllocationDraft

MON = date(2026, 3, 2)  # a week with no Chinese public holiday


def _project(sf: sessionmaker[Session], code: str, start: date, due: date) -> int:
    with sf.begin() as s:
        client = Client(name=f"Client {code}", name_key=f"client {code}".lower())
        s.add(client)
        s.flush()
        p = Project(
            code=code, name=f"Project {code}", client_id=client.id, currency="CNY",
            start_on=start, due_on=due,
        )  # fmt: skip
        s.add(p)
        s.flush()
        return p.id


@pytest.fixture
def week(studio: Services, session_factory: sessionmaker[Session]) -> dict[str, int]:
    """Ann (40 h, Mon-Fri) in a week with a holiday, a make-up Saturday and some leave."""
    sv = studio
    ann = sv.people.save(PersonDraft("Ann", role="Designer"))
    sv.holidays.save(MON + timedelta(days=2), "Test holiday")  # Wednesday off
    sv.holidays.save(MON + timedelta(days=5), "Make-up day", is_workday=True)  # Saturday on
    sv.people.add_time_off(ann, TimeOffKind.LEAVE, MON + timedelta(days=3), MON + timedelta(days=3))
    sv.people.add_time_off(
        ann, TimeOffKind.SICK, MON + timedelta(days=4), MON + timedelta(days=4), 240
    )
    p = _project(session_factory, "P1", date(2026, 1, 1), date(2026, 12, 31))
    q = _project(session_factory, "Q2", date(2026, 1, 1), date(2026, 12, 31))
    return {"ann": ann, "p": p, "q": q}


def test_capacity_removes_holidays_and_leave_and_adds_make_up_days(
    studio: Services, week: dict[str, int]
) -> None:
    hm = studio.schedule.heatmap(MON, 1)
    (row,) = hm.rows
    # Mon, Tue, Thu, Fri, Sat(make-up) = 5 x 480; minus Thu leave 480; minus Fri half 240.
    assert row.capacity == (5 * 480 - 480 - 240,)
    assert hm.target_pct == 85


def test_allocation_counts_working_days_and_percent_of_capacity(
    studio: Services, week: dict[str, int]
) -> None:
    sv = studio.schedule
    sv.create_allocation(
        AllocationDraft(week["p"], MON, MON + timedelta(days=4), week["ann"], minutes_per_day=480)
    )
    sv.create_allocation(
        AllocationDraft(week["q"], MON, MON + timedelta(days=6), week["ann"], percent=50)
    )
    sv.create_allocation(
        AllocationDraft(
            week["q"], MON, MON + timedelta(days=6), week["ann"], minutes_per_day=60,
            tentative=True,
        )
    )  # fmt: skip
    (row,) = sv.heatmap(MON, 1).rows
    # 8 h on Mon, Tue, Thu, Fri (Wednesday is a holiday) + half of 1680 capacity.
    assert row.allocated == (4 * 480 + 840,)
    (with_tentative,) = sv.heatmap(MON, 1, include_tentative=True).rows
    # the tentative hour counts on the five working days (incl. make-up Saturday)
    assert with_tentative.allocated == (4 * 480 + 840 + 5 * 60,)


def test_over_allocation_names_the_projects(studio: Services, week: dict[str, int]) -> None:
    sv = studio.schedule
    sv.create_allocation(
        AllocationDraft(week["p"], MON, MON + timedelta(days=4), week["ann"], minutes_per_day=480)
    )
    sv.create_allocation(
        AllocationDraft(week["q"], MON, MON + timedelta(days=1), week["ann"], minutes_per_day=60)
    )
    (over,) = sv.over_allocations(MON, 2)
    assert over.name == "Ann" and over.week == MON
    assert over.capacity == 1680 and over.allocated == 1920 + 120
    assert [(c, m) for c, _n, m in over.projects] == [("P1", 1920), ("Q2", 120)]
    roles = sv.utilisation_by_role(MON, 1)
    assert roles[0].role == "" and roles[0].allocated == (2040,)
    assert roles[1].role == "Designer" and roles[1].capacity == (1680,)


def test_allocation_bad_input_is_refused_beside_the_field(
    studio: Services, week: dict[str, int]
) -> None:
    sv = studio.schedule
    with pytest.raises(ValidationError) as e:
        sv.create_allocation(
            AllocationDraft(week["p"], date(2025, 12, 1), MON, week["ann"], minutes_per_day=60)
        )
    assert e.value.field == "start_on"
    with pytest.raises(ValidationError) as e:
        sv.create_allocation(
            AllocationDraft(week["p"], MON, MON, week["ann"], minutes_per_day=1500)
        )
    assert e.value.field == "minutes_per_day"
    with pytest.raises(ValidationError) as e:
        studio.people.save(PersonDraft("Bob", week_minutes=-60))
    assert e.value.field == "week_minutes"
    assert studio.schedule.allocations() == []
    assert [p.name for p in studio.people.list()] == ["Ann"]


def test_rates_are_effective_dated_and_duplicates_refused(
    studio: Services, week: dict[str, int]
) -> None:
    ppl, ann = studio.people, week["ann"]
    ppl.add_rate(ann, date(2026, 1, 1), "200", "600")
    assert ppl.rate_on(ann, date(2026, 3, 15)).cost == Decimal("200.00")  # type: ignore[union-attr]
    ppl.add_rate(ann, date(2026, 7, 1), "250.50", "700")
    assert ppl.rate_on(ann, date(2025, 12, 31)) is None
    assert ppl.rate_on(ann, date(2026, 6, 30)).cost == Decimal("200.00")  # type: ignore[union-attr]
    assert ppl.rate_on(ann, date(2026, 7, 1)).cost == Decimal("250.50")  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as e:
        ppl.add_rate(ann, date(2026, 7, 1), "300", "900")
    assert e.value.field == "valid_from"
    assert [(r.valid_from, r.bill) for r in ppl.rates(ann)] == [
        (date(2026, 1, 1), Decimal("600.00")),
        (date(2026, 7, 1), Decimal("700.00")),
    ]


def test_find_someone_by_skill_level_and_free_hours(studio: Services, week: dict[str, int]) -> None:
    ppl, sv = studio.people, studio.schedule
    bob = ppl.save(PersonDraft("Bob", role="Designer"))
    cat = ppl.save(PersonDraft("Cat", role="Designer"))
    ppl.set_skill(week["ann"], "Figma", 4)
    ppl.set_skill(bob, "figma ", 2)
    ppl.set_skill(cat, "Figma", 5)
    sv.create_allocation(
        AllocationDraft(week["p"], MON, MON + timedelta(days=6), cat, minutes_per_day=480)
    )
    (inv,) = ppl.skills_inventory("fig")
    assert (inv.skill, inv.people, inv.best_level) == ("Figma", 3, 5)
    found = sv.find_someone("FIGMA", 3, 8 * 60, MON, MON + timedelta(days=4))
    assert [(c.name, c.level) for c in found] == [("Ann", 4)]
    # Mon-Fri for Ann: Mon, Tue, Thu(leave), Fri(half): 480 + 480 + 240
    assert found[0].free_minutes == 1200
    found = sv.find_someone("Figma", 1, 60, MON, MON + timedelta(days=6))
    assert [c.name for c in found] == ["Ann", "Bob"]  # Cat is fully booked


def test_scheduled_vs_logged(
    studio: Services, week: dict[str, int], session_factory: sessionmaker[Session]
) -> None:
    studio.schedule.create_allocation(
        AllocationDraft(week["p"], MON, MON + timedelta(days=4), week["ann"], minutes_per_day=120)
    )
    with session_factory.begin() as s:
        s.add(TimeEntry(person_id=week["ann"], project_id=week["p"], work_date=MON, minutes=90))
    rows = studio.schedule.scheduled_vs_logged(MON, MON + timedelta(days=6))
    assert [(r.project_code, r.scheduled, r.logged) for r in rows] == [("P1", 4 * 120, 90)]
    # a partial week is counted day by day: Mon and Tue only
    rows = studio.schedule.scheduled_vs_logged(MON, MON + timedelta(days=1))
    assert [(r.scheduled, r.logged) for r in rows] == [(240, 90)]
