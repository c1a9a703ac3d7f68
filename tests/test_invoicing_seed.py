"""A small hand-checkable studio for the invoicing tests (no tests of its own)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from models.entities import (
    Client,
    Expense,
    ExpenseCategory,
    Person,
    PersonRate,
    Project,
    TimeEntry,
)
from models.text import search_key


@dataclass(frozen=True)
class Seed:
    client_id: int
    other_client_id: int
    project_id: int
    usd_project_id: int
    ana: int
    bo: int
    # time entries: ana 90 min @600 (Feb), ana 20 min @800 (Mar), bo 45 min @450, not billable
    t_ana_feb: int
    t_ana_mar: int
    t_bo: int
    t_nonbillable: int
    expense_billable: int  # 120.50 CNY
    expense_cost: int  # 379.50 CNY, not billable
    overhead: int  # 1,000.00 CNY rent, no project


def seed(factory: sessionmaker[Session]) -> Seed:
    """Two clients, a CNY and a USD project, two people with rate changes, time, expenses."""
    with factory.begin() as s:
        acme = Client(name="Acme 设计", name_key=search_key("Acme 设计"))
        other = Client(name="Blue Tea", name_key=search_key("Blue Tea"))
        s.add_all([acme, other])
        s.flush()
        p = Project(code="P-001", name="Brand book", client_id=acme.id, currency="CNY")
        usd = Project(code="P-002", name="Export site", client_id=acme.id, currency="USD")
        ana, bo = Person(name="Ana"), Person(name="Bo")
        s.add_all([p, usd, ana, bo])
        s.flush()
        s.add_all(
            [
                # cost 300.00/h then 360.00/h; bill 600.00/h then 800.00/h from March
                PersonRate(
                    person_id=ana.id,
                    valid_from=date(2026, 1, 1),
                    cost_rate_minor=30000,
                    bill_rate_minor=60000,
                    currency="CNY",
                ),
                PersonRate(
                    person_id=ana.id,
                    valid_from=date(2026, 3, 1),
                    cost_rate_minor=36000,
                    bill_rate_minor=80000,
                    currency="CNY",
                ),
                PersonRate(
                    person_id=bo.id,
                    valid_from=date(2025, 6, 1),
                    cost_rate_minor=20000,
                    bill_rate_minor=45000,
                    currency="CNY",
                ),
            ]
        )
        entries = [
            TimeEntry(person_id=ana.id, project_id=p.id, work_date=date(2026, 2, 10), minutes=90),
            TimeEntry(person_id=ana.id, project_id=p.id, work_date=date(2026, 3, 5), minutes=20),
            TimeEntry(person_id=bo.id, project_id=p.id, work_date=date(2026, 2, 11), minutes=45),
            TimeEntry(
                person_id=bo.id,
                project_id=p.id,
                work_date=date(2026, 2, 12),
                minutes=60,
                billable=False,
            ),
        ]
        s.add_all(entries)
        cat = ExpenseCategory(name="Printing")
        s.add(cat)
        s.flush()
        exps = [
            Expense(
                spent_on=date(2026, 2, 15),
                vendor="Print Co",
                category_id=cat.id,
                project_id=p.id,
                amount_minor=12050,
                currency="CNY",
                base_amount_minor=12050,
                billable=True,
            ),
            Expense(
                spent_on=date(2026, 2, 16),
                vendor="Paper Co",
                category_id=cat.id,
                project_id=p.id,
                amount_minor=37950,
                currency="CNY",
                base_amount_minor=37950,
            ),
            Expense(
                spent_on=date(2026, 2, 1),
                vendor="Landlord",
                category_id=cat.id,
                amount_minor=100000,
                currency="CNY",
                base_amount_minor=100000,
            ),
        ]
        s.add_all(exps)
        s.flush()
        return Seed(
            acme.id,
            other.id,
            p.id,
            usd.id,
            ana.id,
            bo.id,
            *(e.id for e in entries),
            *(e.id for e in exps),
        )
