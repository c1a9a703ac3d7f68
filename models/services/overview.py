"""The studio at a glance for the dashboard: counts and money summed in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from models.entities import Client, Invoice, Person, Project, Risk, Studio, TimeEntry
from models.enums import ClientStatus, InvoiceState, ProjectStage, RiskStatus
from models.money import Money
from models.services.base import UnitOfWork
from models.services.browse import invoice_amounts

HIGH_RISK_SCORE = 15
_OPEN_STAGES = [s for s in ProjectStage if s not in (ProjectStage.CLOSED,)]


@dataclass(frozen=True, slots=True)
class StudioOverview:
    active_clients: int
    open_projects: int
    overdue_projects: int
    projects_by_stage: dict[ProjectStage, int]
    receivables: Money
    overdue_receivables: Money
    open_high_risks: int
    people: int
    hours_this_month: Decimal


class OverviewService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def overview(self, today: date) -> StudioOverview:
        _paid, _credited, outstanding = invoice_amounts()
        month_start = today.replace(day=1)
        with self._uow.read() as s:
            currency = s.scalar(select(Studio.base_currency).where(Studio.id == 1)) or "CNY"
            active_clients = (
                s.scalar(
                    select(func.count(Client.id)).where(
                        Client.archived_at.is_(None), Client.status == ClientStatus.ACTIVE
                    )
                )
                or 0
            )
            by_stage = {
                ProjectStage(stage): int(n)
                for stage, n in s.execute(
                    select(Project.stage, func.count(Project.id))
                    .where(Project.archived_at.is_(None))
                    .group_by(Project.stage)
                )
            }
            open_projects = sum(n for st, n in by_stage.items() if st in _OPEN_STAGES)
            overdue_projects = (
                s.scalar(
                    select(func.count(Project.id)).where(
                        Project.archived_at.is_(None),
                        Project.stage.in_(
                            [st for st in _OPEN_STAGES if st != ProjectStage.MAINTENANCE]
                        ),
                        Project.due_on < today,
                    )
                )
                or 0
            )
            # Receivables are counted in the studio's base currency only; invoices in other
            # currencies are left out here rather than added at a made-up rate.
            base_invoices = (Invoice.state == InvoiceState.SENT) & (Invoice.currency == currency)
            receivable = (
                s.scalar(select(func.coalesce(func.sum(outstanding), 0)).where(base_invoices)) or 0
            )
            overdue = (
                s.scalar(
                    select(func.coalesce(func.sum(outstanding), 0)).where(
                        base_invoices, Invoice.due_on < today
                    )
                )
                or 0
            )
            high_risks = (
                s.scalar(
                    select(func.count(Risk.id)).where(
                        Risk.status != RiskStatus.CLOSED,
                        Risk.probability * Risk.impact >= HIGH_RISK_SCORE,
                    )
                )
                or 0
            )
            people = (
                s.scalar(
                    select(func.count(Person.id)).where(
                        Person.active.is_(True), Person.is_placeholder.is_(False)
                    )
                )
                or 0
            )
            minutes = (
                s.scalar(
                    select(func.coalesce(func.sum(TimeEntry.minutes), 0)).where(
                        TimeEntry.work_date >= month_start, TimeEntry.work_date <= today
                    )
                )
                or 0
            )
        return StudioOverview(
            active_clients=int(active_clients),
            open_projects=open_projects,
            overdue_projects=int(overdue_projects),
            projects_by_stage=by_stage,
            receivables=Money(int(receivable), currency),
            overdue_receivables=Money(int(overdue), currency),
            open_high_risks=int(high_risks),
            people=int(people),
            hours_this_month=Decimal(int(minutes)) / 60,
        )
