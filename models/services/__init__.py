"""Services: one unit of work per user action, plain data in and out (the UI's only door)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from models.services.base import UnitOfWork
from models.services.browse import BrowseService
from models.services.clients import ClientService
from models.services.crm_hub import CrmServices, build_crm
from models.services.equipment import EquipmentService
from models.services.finance_budgets import BudgetService
from models.services.finance_expenses import ExpenseService
from models.services.finance_io import FinanceIOService
from models.services.finance_time import TimeService
from models.services.holidays import HolidayService
from models.services.invoicing import InvoiceService
from models.services.invoicing_reports import InvoiceReportService
from models.services.kpi import KpiService
from models.services.overview import OverviewService
from models.services.people import PeopleService
from models.services.projects import ProjectService
from models.services.report_data import ReportDataService
from models.services.risks import RiskService
from models.services.schedule import ScheduleService
from models.services.schedule_export import ScheduleExportService
from models.services.studio import StudioService


@dataclass(frozen=True)
class Services:
    studio: StudioService
    browse: BrowseService
    overview: OverviewService
    clients: ClientService
    crm: CrmServices
    people: PeopleService
    equipment: EquipmentService
    holidays: HolidayService
    schedule: ScheduleService
    schedule_export: ScheduleExportService
    projects: ProjectService
    risks: RiskService
    kpi: KpiService
    invoices: InvoiceService
    invoice_reports: InvoiceReportService
    time: TimeService
    expenses: ExpenseService
    budgets: BudgetService
    finance_io: FinanceIOService
    report_data: ReportDataService


def build_services(session_factory: sessionmaker[Session]) -> Services:
    uow = UnitOfWork(session_factory)
    return Services(
        studio=StudioService(uow),
        browse=BrowseService(uow),
        overview=OverviewService(uow),
        clients=ClientService(uow),
        crm=build_crm(uow),
        people=PeopleService(uow),
        equipment=EquipmentService(uow),
        holidays=HolidayService(uow),
        schedule=ScheduleService(uow),
        schedule_export=ScheduleExportService(uow),
        projects=ProjectService(uow),
        risks=RiskService(uow),
        kpi=KpiService(uow),
        invoices=InvoiceService(uow),
        invoice_reports=InvoiceReportService(uow),
        time=TimeService(uow),
        expenses=ExpenseService(uow),
        budgets=BudgetService(uow),
        finance_io=FinanceIOService(uow),
        report_data=ReportDataService(uow),
    )
