"""Services: one unit of work per user action, plain data in and out (the UI's only door)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from models.services.base import UnitOfWork
from models.services.browse import BrowseService
from models.services.clients import ClientService
from models.services.overview import OverviewService
from models.services.studio import StudioService


@dataclass(frozen=True)
class Services:
    studio: StudioService
    browse: BrowseService
    overview: OverviewService
    clients: ClientService


def build_services(session_factory: sessionmaker[Session]) -> Services:
    uow = UnitOfWork(session_factory)
    return Services(
        studio=StudioService(uow),
        browse=BrowseService(uow),
        overview=OverviewService(uow),
        clients=ClientService(uow),
    )
