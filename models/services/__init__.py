"""Services: one unit of work per user action, plain data in and out (the UI's only door).

Each service is built the first time it is used, and so is its module imported: the window
opens without paying for the modules of pages nobody has looked at yet.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from models.services.base import UnitOfWork
    from models.services.browse import BrowseService
    from models.services.clients import ClientService
    from models.services.crm_hub import CrmServices
    from models.services.equipment import EquipmentService
    from models.services.finance_budgets import BudgetService
    from models.services.finance_expenses import ExpenseService
    from models.services.finance_io import FinanceIOService
    from models.services.finance_time import TimeService
    from models.services.holidays import HolidayService
    from models.services.invoicing import InvoiceService
    from models.services.invoicing_reports import InvoiceReportService
    from models.services.kpi import KpiService
    from models.services.people import PeopleService
    from models.services.projects import ProjectService
    from models.services.report_data import ReportDataService
    from models.services.risks import RiskService
    from models.services.schedule import ScheduleService
    from models.services.schedule_export import ScheduleExportService
    from models.services.studio import StudioService


class Services:
    """Every service over one database, created on first use (all share one unit of work)."""

    def __init__(self, session_factory: sessionmaker[Session] | Callable[[], Any]) -> None:
        # A session factory, or a callable that makes one: the composition root passes the
        # latter so SQLAlchemy loads after the window has painted, with the first query.
        self._factory = session_factory

    @cached_property
    def uow(self) -> UnitOfWork:
        from sqlalchemy.orm import sessionmaker

        from models.services.base import UnitOfWork

        factory = self._factory
        if not isinstance(factory, sessionmaker):
            factory = factory()
        return UnitOfWork(factory)

    @cached_property
    def studio(self) -> StudioService:
        from models.services.studio import StudioService

        return StudioService(self.uow)

    @cached_property
    def browse(self) -> BrowseService:
        from models.services.browse import BrowseService

        return BrowseService(self.uow)

    @cached_property
    def clients(self) -> ClientService:
        from models.services.clients import ClientService

        return ClientService(self.uow)

    @cached_property
    def crm(self) -> CrmServices:
        from models.services.crm_hub import build_crm

        return build_crm(self.uow)

    @cached_property
    def people(self) -> PeopleService:
        from models.services.people import PeopleService

        return PeopleService(self.uow)

    @cached_property
    def equipment(self) -> EquipmentService:
        from models.services.equipment import EquipmentService

        return EquipmentService(self.uow)

    @cached_property
    def holidays(self) -> HolidayService:
        from models.services.holidays import HolidayService

        return HolidayService(self.uow)

    @cached_property
    def schedule(self) -> ScheduleService:
        from models.services.schedule import ScheduleService

        return ScheduleService(self.uow)

    @cached_property
    def schedule_export(self) -> ScheduleExportService:
        from models.services.schedule_export import ScheduleExportService

        return ScheduleExportService(self.uow)

    @cached_property
    def projects(self) -> ProjectService:
        from models.services.projects import ProjectService

        return ProjectService(self.uow)

    @cached_property
    def risks(self) -> RiskService:
        from models.services.risks import RiskService

        return RiskService(self.uow)

    @cached_property
    def kpi(self) -> KpiService:
        from models.services.kpi import KpiService

        return KpiService(self.uow)

    @cached_property
    def invoices(self) -> InvoiceService:
        from models.services.invoicing import InvoiceService

        return InvoiceService(self.uow)

    @cached_property
    def invoice_reports(self) -> InvoiceReportService:
        from models.services.invoicing_reports import InvoiceReportService

        return InvoiceReportService(self.uow)

    @cached_property
    def time(self) -> TimeService:
        from models.services.finance_time import TimeService

        return TimeService(self.uow)

    @cached_property
    def expenses(self) -> ExpenseService:
        from models.services.finance_expenses import ExpenseService

        return ExpenseService(self.uow)

    @cached_property
    def budgets(self) -> BudgetService:
        from models.services.finance_budgets import BudgetService

        return BudgetService(self.uow)

    @cached_property
    def finance_io(self) -> FinanceIOService:
        from models.services.finance_io import FinanceIOService

        return FinanceIOService(self.uow)

    @cached_property
    def report_data(self) -> ReportDataService:
        from models.services.report_data import ReportDataService

        return ReportDataService(self.uow)


def build_services(session_factory: sessionmaker[Session] | Callable[[], Any]) -> Services:
    return Services(session_factory)
