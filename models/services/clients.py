"""Client records (the CRM issue extends this): create, and archive instead of delete."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from models.entities import Client
from models.enums import AuditAction, ClientStatus
from models.errors import NotFound, ValidationError
from models.services.audit import record
from models.services.base import UnitOfWork
from models.text import search_key

MAX_NAME = 200


@dataclass(frozen=True, slots=True)
class ClientDraft:
    name: str
    name_alt: str = ""
    status: ClientStatus = ClientStatus.LEAD
    industry: str = ""


def _validate(d: ClientDraft) -> ClientDraft:
    name = " ".join(d.name.split())
    if not name:
        raise ValidationError("name", "Enter the client's name.")
    if len(name) > MAX_NAME:
        raise ValidationError("name", f"The name is longer than {MAX_NAME} characters.")
    if len(d.name_alt.strip()) > MAX_NAME:
        raise ValidationError("name_alt", f"The name is longer than {MAX_NAME} characters.")
    try:
        status = ClientStatus(d.status)
    except ValueError:
        raise ValidationError("status", "Choose a status from the list.") from None
    return ClientDraft(name, " ".join(d.name_alt.split()), status, d.industry.strip())


class ClientService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def find_similar(self, name: str) -> list[tuple[int, str]]:
        """Clients whose name matches ignoring case, spaces and full-width forms."""
        key = search_key(name)
        with self._uow.read() as s:
            rows = s.execute(select(Client.id, Client.name).where(Client.name_key == key))
            return [(int(i), str(n)) for i, n in rows]

    def create(self, draft: ClientDraft) -> int:
        d = _validate(draft)
        with self._uow.write() as s:
            client = Client(
                name=d.name,
                name_key=search_key(d.name),
                name_alt=d.name_alt,
                status=d.status,
                industry=d.industry,
            )
            s.add(client)
            s.flush()
            return client.id

    def archive(self, client_id: int) -> None:
        from models.db import utcnow

        with self._uow.write() as s:
            client = s.get(Client, client_id)
            if client is None:
                raise NotFound("That client no longer exists.")
            if client.archived_at is None:
                client.archived_at = utcnow()
                client.status = ClientStatus.ARCHIVED
                record(s, AuditAction.ARCHIVE, client, f"Archived client {client.name}")
