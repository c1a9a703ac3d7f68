"""Importing contacts: a preview of what will be created or matched, then one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session

from models.entities import Client, Contact
from models.enums import AuditAction, ClientStatus
from models.errors import StorageError, ValidationError
from models.services.audit import record
from models.services.base import UnitOfWork
from models.services.contacts_formats import parse_contacts
from models.services.contacts_import_plan import PlannedRow, plan_rows
from models.services.crm_contacts import ContactDraft, add_contact
from models.text import search_key

Action = Literal["new", "match", "none"]

FORMAT_LABELS = {
    "google": "Google Contacts CSV",
    "outlook": "Outlook CSV",
    "generic": "CSV",
}


@dataclass(frozen=True, slots=True)
class PreviewRow:
    line: int
    client: str
    client_action: Action
    contact: str
    contact_action: Action
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class ImportPreview:
    format: str  # google, outlook, generic, vcard2.1, vcard3.0, vcard4.0
    encoding: str
    rows: tuple[PreviewRow, ...]
    new_clients: int
    matched_clients: int
    new_contacts: int
    matched_contacts: int

    @property
    def format_label(self) -> str:
        if self.format.startswith("vcard"):
            return f"vCard {self.format[5:]}"
        return FORMAT_LABELS.get(self.format, self.format)


@dataclass(frozen=True, slots=True)
class ImportResult:
    created_clients: int
    matched_clients: int
    created_contacts: int
    matched_contacts: int


def read_file(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise ValidationError("file", f"There is no file at {path}.") from None
    except OSError as exc:
        raise StorageError(f"The file could not be read ({exc.strerror}).") from exc


class ContactImportService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def preview(self, path: Path) -> ImportPreview:
        kind, encoding, parsed = parse_contacts(read_file(path))
        with self._uow.read() as s:
            plan = plan_rows(s, parsed)
        return _preview(kind, encoding, plan)

    def run(self, path: Path) -> ImportResult:
        """Import everything or nothing: any bad row raises before the commit."""
        kind, _encoding, parsed = parse_contacts(read_file(path))
        created_clients = matched_clients = created_contacts = matched_contacts = 0
        with self._uow.write() as s:
            plan = plan_rows(s, parsed)
            clients: dict[str, int] = {}
            for p in plan:
                key = search_key(p.row.client_name)
                if key not in clients:
                    if p.client_id is not None:
                        clients[key] = p.client_id
                        matched_clients += 1
                    else:
                        client = Client(
                            name=p.row.client_name,
                            name_key=key,
                            status=ClientStatus.LEAD,
                            notes=f"Imported from {FORMAT_LABELS.get(kind, kind)}.",
                        )
                        s.add(client)
                        s.flush()
                        clients[key] = client.id
                        created_clients += 1
                if p.draft is None:
                    continue
                if p.contact_id is not None:
                    _fill_blanks(s, p.contact_id, p.draft)
                    matched_contacts += 1
                else:
                    add_contact(s, clients[key], p.draft)
                    created_contacts += 1
            record(
                s,
                AuditAction.IMPORT,
                None,
                f"Imported {created_contacts} contacts and {created_clients} clients "
                f"from {Path(path).name}",
                {"file": str(path), "format": kind},
            )
        return ImportResult(created_clients, matched_clients, created_contacts, matched_contacts)


def _fill_blanks(s: Session, contact_id: int, d: ContactDraft) -> None:
    """A matched contact keeps what it has; the file only fills what was empty."""
    c = s.get(Contact, contact_id)
    assert c is not None
    for attr in ("role", "phone", "email", "wechat_id", "notes"):
        if not getattr(c, attr) and getattr(d, attr):
            setattr(c, attr, getattr(d, attr))


def _preview(kind: str, encoding: str, plan: list[PlannedRow]) -> ImportPreview:
    rows: list[PreviewRow] = []
    seen: set[str] = set()
    new_clients = matched_clients = new_contacts = matched_contacts = 0
    for p in plan:
        key = search_key(p.row.client_name)
        first = key not in seen
        seen.add(key)
        client_action: Action = "match" if p.client_id is not None else "new"
        if first:
            if client_action == "new":
                new_clients += 1
            else:
                matched_clients += 1
        contact_action: Action = "none"
        if p.draft is not None:
            contact_action = "match" if p.contact_id is not None else "new"
            if contact_action == "new":
                new_contacts += 1
            else:
                matched_contacts += 1
        rows.append(
            PreviewRow(
                p.row.line,
                p.row.client_name,
                client_action,
                p.draft.name if p.draft else "",
                contact_action,
                p.draft.phone if p.draft else "",
                p.draft.email if p.draft else "",
            )
        )
    return ImportPreview(
        kind,
        encoding,
        tuple(rows),
        new_clients,
        matched_clients,
        new_contacts,
        matched_contacts,
    )
