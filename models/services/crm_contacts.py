"""Contacts of a client: several per client, one primary; a paged list of all contacts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, true, update
from sqlalchemy.orm import Session

from models.entities import Client, Contact, Interaction
from models.enums import AuditAction, ContactChannel
from models.errors import NotFound, ValidationError
from models.services.audit import record
from models.services.base import UnitOfWork
from models.services.browse import ColumnSpec, ListRow
from models.services.crm_common import clean_email, clean_phone, clean_text, client_or_404
from models.text import search_key


@dataclass(frozen=True, slots=True)
class ContactDraft:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    wechat_id: str = ""
    preferred_channel: ContactChannel | None = None
    is_primary: bool = False
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ContactView:
    id: int
    client_id: int
    name: str
    role: str
    phone: str
    email: str
    wechat_id: str
    preferred_channel: ContactChannel | None
    is_primary: bool
    notes: str

    def draft(self) -> ContactDraft:
        return ContactDraft(
            self.name,
            self.role,
            self.phone,
            self.email,
            self.wechat_id,
            self.preferred_channel,
            self.is_primary,
            self.notes,
        )


CONTACT_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("name", "text"),
    ColumnSpec("client", "text"),
    ColumnSpec("role", "text"),
    ColumnSpec("phone", "text"),
    ColumnSpec("email", "text"),
    ColumnSpec("wechat_id", "text"),
    ColumnSpec("primary", "bool"),
)


def normalise_contact(d: ContactDraft) -> ContactDraft:
    name = clean_text(d.name, "name", 200)
    if not name:
        raise ValidationError("name", "Enter the contact's name.")
    try:
        channel = ContactChannel(d.preferred_channel) if d.preferred_channel else None
    except ValueError:
        raise ValidationError("preferred_channel", "Choose a channel from the list.") from None
    return ContactDraft(
        name,
        clean_text(d.role, "role", 100),
        clean_phone(d.phone),
        clean_email(d.email),
        clean_text(d.wechat_id, "wechat_id", 100),
        channel,
        bool(d.is_primary),
        d.notes.strip(),
    )


def add_contact(session: Session, client_id: int, d: ContactDraft) -> Contact:
    """Insert a validated contact in the caller's transaction; the first one becomes primary."""
    has_any = session.scalar(select(func.count()).where(Contact.client_id == client_id))
    contact = Contact(client_id=client_id)
    _apply(contact, d)
    contact.is_primary = d.is_primary or not has_any
    if contact.is_primary:
        session.execute(
            update(Contact).where(Contact.client_id == client_id).values(is_primary=False)
        )
    session.add(contact)
    session.flush()
    return contact


def _apply(contact: Contact, d: ContactDraft) -> None:
    contact.name = d.name
    contact.role = d.role
    contact.phone = d.phone
    contact.email = d.email
    contact.wechat_id = d.wechat_id
    contact.preferred_channel = d.preferred_channel
    contact.is_primary = d.is_primary
    contact.notes = d.notes


def _view(c: Contact) -> ContactView:
    return ContactView(
        c.id,
        c.client_id,
        c.name,
        c.role,
        c.phone,
        c.email,
        c.wechat_id,
        ContactChannel(c.preferred_channel) if c.preferred_channel else None,
        bool(c.is_primary),
        c.notes,
    )


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class ContactService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def create(self, client_id: int, draft: ContactDraft) -> int:
        d = normalise_contact(draft)
        with self._uow.write() as s:
            client_or_404(s, client_id)
            return add_contact(s, client_id, d).id

    def update(self, contact_id: int, draft: ContactDraft) -> None:
        d = normalise_contact(draft)
        with self._uow.write() as s:
            contact = s.get(Contact, contact_id)
            if contact is None:
                raise NotFound("That contact no longer exists.")
            if d.is_primary:
                s.execute(
                    update(Contact)
                    .where(Contact.client_id == contact.client_id, Contact.id != contact_id)
                    .values(is_primary=False)
                )
            _apply(contact, d)

    def delete(self, contact_id: int) -> None:
        """Remove a contact; interactions with them keep their history without the link."""
        with self._uow.write() as s:
            contact = s.get(Contact, contact_id)
            if contact is None:
                raise NotFound("That contact no longer exists.")
            s.execute(
                update(Interaction)
                .where(Interaction.contact_id == contact_id)
                .values(contact_id=None)
            )
            record(s, AuditAction.DELETE, contact, f"Deleted contact {contact.name}")
            s.delete(contact)

    def for_client(self, client_id: int) -> list[ContactView]:
        with self._uow.read() as s:
            rows = s.scalars(
                select(Contact)
                .where(Contact.client_id == client_id)
                .order_by(Contact.is_primary.desc(), Contact.name, Contact.id)
            )
            return [_view(c) for c in rows]

    def get(self, contact_id: int) -> ContactView:
        with self._uow.read() as s:
            c = s.get(Contact, contact_id)
            if c is None:
                raise NotFound("That contact no longer exists.")
            return _view(c)

    # --- every contact, paged (for the contact list export) --------------------------------
    def columns(self) -> tuple[ColumnSpec, ...]:
        return CONTACT_COLUMNS

    def _where(self, search: str, include_archived: bool) -> Any:
        cond: list[Any] = []
        text = search.strip()
        if text:
            raw = _like(text)
            cond.append(
                or_(
                    Contact.name.like(raw, escape="\\"),
                    Contact.phone.like(raw, escape="\\"),
                    Contact.email.like(raw, escape="\\"),
                    Client.name_key.like(_like(search_key(text)), escape="\\"),
                )
            )
        if not include_archived:
            cond.append(Client.archived_at.is_(None))
        return and_(true(), *cond)

    def _select(self, *cols: Any) -> Select[Any]:
        return select(*cols).select_from(Contact).join(Client, Client.id == Contact.client_id)

    def count(self, search: str = "", include_archived: bool = False) -> int:
        with self._uow.read() as s:
            stmt = self._select(func.count(Contact.id)).where(self._where(search, include_archived))
            return int(s.execute(stmt).scalar_one())

    def page(
        self, search: str = "", offset: int = 0, limit: int = 500, include_archived: bool = False
    ) -> list[ListRow]:
        stmt = (
            self._select(
                Contact.id,
                Contact.name,
                Client.name,
                Contact.role,
                Contact.phone,
                Contact.email,
                Contact.wechat_id,
                Contact.is_primary,
            )
            .where(self._where(search, include_archived))
            .order_by(Client.name_key, Contact.is_primary.desc(), Contact.name, Contact.id)
            .offset(offset)
            .limit(limit)
        )
        with self._uow.read() as s:
            return [ListRow(int(r[0]), (*r[1:7], bool(r[7]))) for r in s.execute(stmt).all()]
