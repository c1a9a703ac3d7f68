"""Matching imported rows to existing clients and contacts, validating each row by line."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import Client, Contact
from models.errors import ValidationError
from models.services.contacts_formats import ParsedContact, fail
from models.services.crm_contacts import ContactDraft, normalise_contact
from models.text import search_key


@dataclass(frozen=True, slots=True)
class RowToImport:
    line: int
    client_name: str


@dataclass(frozen=True, slots=True)
class PlannedRow:
    row: RowToImport
    client_id: int | None  # an existing client, or None to create one
    draft: ContactDraft | None  # None when the row names only an organisation
    contact_id: int | None  # an existing contact this row matches


def _draft(p: ParsedContact) -> ContactDraft | None:
    name = p.name.strip() or p.email.strip()
    if not name:
        return None
    try:
        return normalise_contact(
            ContactDraft(name, p.role, p.phone, p.email, p.wechat_id, notes=p.notes)
        )
    except ValidationError as exc:
        raise fail(p.line, exc.message) from None


def plan_rows(s: Session, parsed: list[ParsedContact]) -> list[PlannedRow]:
    """Organisations become clients (matched by name ignoring case and width), people contacts.

    A person without an organisation becomes a client of their own (a private buyer).
    """
    if not parsed:
        raise fail(1, "The file holds no contacts.")
    out: list[PlannedRow] = []
    client_cache: dict[str, int | None] = {}
    seen_contacts: set[tuple[str, str]] = set()
    for p in parsed:
        client_name = " ".join(p.client.split()) or " ".join(p.name.split())
        if not client_name:
            if p.email:
                client_name = p.email.strip()
            else:
                raise fail(p.line, "This row has neither a name nor an organisation.")
        if len(client_name) > 200:
            raise fail(p.line, "The organisation name is longer than 200 characters.")
        key = search_key(client_name)
        if key not in client_cache:
            client_cache[key] = s.scalar(
                select(Client.id)
                .where(Client.name_key == key, Client.merged_into_id.is_(None))
                .order_by(Client.archived_at.is_not(None), Client.id)
                .limit(1)
            )
        client_id = client_cache[key]
        draft = _draft(p)
        contact_id = None
        if draft is not None:
            ckey = (key, search_key(draft.name))
            if ckey in seen_contacts:
                # The same person twice in one export: keep the first, do not duplicate.
                out.append(PlannedRow(RowToImport(p.line, client_name), client_id, None, None))
                continue
            seen_contacts.add(ckey)
            if client_id is not None:
                for cid, cname, cemail in s.execute(
                    select(Contact.id, Contact.name, Contact.email).where(
                        Contact.client_id == client_id
                    )
                ):
                    if search_key(cname) == ckey[1] or (
                        draft.email and cemail.lower() == draft.email.lower()
                    ):
                        contact_id = int(cid)
                        break
        out.append(PlannedRow(RowToImport(p.line, client_name), client_id, draft, contact_id))
    return out
