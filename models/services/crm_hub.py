"""The CRM services in one bundle: Services.crm.contacts, .interactions, .deals, ..."""

from __future__ import annotations

from dataclasses import dataclass

from models.services.base import UnitOfWork
from models.services.clients import ClientService
from models.services.contacts_import import ContactImportService
from models.services.crm_contacts import ContactService
from models.services.crm_deals import DealService
from models.services.crm_export import CrmExportService
from models.services.crm_interactions import InteractionService
from models.services.crm_merge import ClientMergeService
from models.services.crm_records import ClientRecordsService


@dataclass(frozen=True)
class CrmServices:
    contacts: ContactService
    interactions: InteractionService
    deals: DealService
    records: ClientRecordsService
    merge: ClientMergeService
    imports: ContactImportService
    exports: CrmExportService


def build_crm(uow: UnitOfWork) -> CrmServices:
    contacts = ContactService(uow)
    return CrmServices(
        contacts=contacts,
        interactions=InteractionService(uow),
        deals=DealService(uow),
        records=ClientRecordsService(uow),
        merge=ClientMergeService(uow),
        imports=ContactImportService(uow),
        exports=CrmExportService(ClientService(uow), contacts),
    )
