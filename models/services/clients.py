"""Client records: create, edit, find, list in pages from SQL, summarise, archive (never delete)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from models.db import utcnow
from models.entities import Client, Contact, Invoice, Person, Project, Tag, client_tags
from models.enums import AuditAction, ClientSource, ClientStatus, InvoiceState
from models.errors import ValidationError
from models.money import Money
from models.services.audit import record
from models.services.base import UnitOfWork
from models.services.browse import ColumnSpec, ListRow, invoice_amounts, invoice_status
from models.services.crm_common import client_or_404
from models.text import search_key

MAX_NAME = 200
MAX_PAGE = 1000


@dataclass(frozen=True, slots=True)
class ClientDraft:
    name: str
    name_alt: str = ""
    status: ClientStatus = ClientStatus.LEAD
    industry: str = ""
    size: str = ""
    source: ClientSource | None = None
    referred_by_id: int | None = None
    account_manager_id: int | None = None
    notes: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ClientProfile:
    id: int
    name: str
    name_alt: str
    status: ClientStatus
    industry: str
    size: str
    source: ClientSource | None
    referred_by_id: int | None
    referred_by_name: str
    account_manager_id: int | None
    account_manager_name: str
    notes: str
    tags: tuple[str, ...]
    merged_into_id: int | None
    archived: bool
    created_at: datetime

    def draft(self) -> ClientDraft:
        return ClientDraft(
            self.name,
            self.name_alt,
            self.status,
            self.industry,
            self.size,
            self.source,
            self.referred_by_id,
            self.account_manager_id,
            self.notes,
            self.tags,
        )


@dataclass(frozen=True, slots=True)
class ClientQuery:
    """What the client list shows: a search over names, contacts, phones and e-mails + filters."""

    search: str = ""
    status: ClientStatus | None = None
    industry: str = ""
    source: ClientSource | None = None
    account_manager_id: int | None = None
    tag: str = ""
    include_archived: bool = False


@dataclass(frozen=True, slots=True)
class ProjectLine:
    id: int
    code: str
    name: str
    stage: str
    status: str
    value: Money
    satisfaction: int | None


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    id: int
    number: str
    issued_on: date
    due_on: date
    status: str
    total: Money
    outstanding: Money


@dataclass(frozen=True, slots=True)
class Balance:
    currency: str
    invoiced: Money
    paid: Money
    outstanding: Money


@dataclass(frozen=True, slots=True)
class ClientSummary:
    """Read-only figures for the record's projects, invoices and satisfaction tabs."""

    projects: tuple[ProjectLine, ...]
    invoices: tuple[InvoiceLine, ...]
    balances: tuple[Balance, ...]
    satisfaction_scores: tuple[tuple[str, int], ...]  # (project code, 1..5)
    satisfaction_average: Decimal | None
    extra: dict[str, Any] = field(default_factory=dict)


LIST_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("name", "text"),
    ColumnSpec("name_alt", "text"),
    ColumnSpec("status", "enum"),
    ColumnSpec("industry", "text"),
    ColumnSpec("source", "enum"),
    ColumnSpec("account_manager", "text"),
    ColumnSpec("primary_contact", "text"),
    ColumnSpec("phone", "text"),
    ColumnSpec("email", "text"),
    ColumnSpec("created", "date"),
)


def normalise_draft(d: ClientDraft) -> ClientDraft:
    name = " ".join(d.name.split())
    if not name:
        raise ValidationError("name", "Enter the client's name.")
    if len(name) > MAX_NAME:
        raise ValidationError("name", f"The name is longer than {MAX_NAME} characters.")
    name_alt = " ".join(d.name_alt.split())
    if len(name_alt) > MAX_NAME:
        raise ValidationError("name_alt", f"The name is longer than {MAX_NAME} characters.")
    try:
        status = ClientStatus(d.status)
    except ValueError:
        raise ValidationError("status", "Choose a status from the list.") from None
    try:
        source = ClientSource(d.source) if d.source else None
    except ValueError:
        raise ValidationError("source", "Choose a source from the list.") from None
    industry = " ".join(d.industry.split())
    if len(industry) > 100:
        raise ValidationError("industry", "This is longer than 100 characters.")
    size = " ".join(d.size.split())
    if len(size) > 40:
        raise ValidationError("size", "This is longer than 40 characters.")
    tags: list[str] = []
    for raw in d.tags:
        tag = " ".join(raw.split())
        if len(tag) > 60:
            raise ValidationError("tags", "A tag is longer than 60 characters.")
        if tag and search_key(tag) not in {search_key(t) for t in tags}:
            tags.append(tag)
    return ClientDraft(
        name,
        name_alt,
        status,
        industry,
        size,
        source,
        d.referred_by_id,
        d.account_manager_id,
        d.notes.strip(),
        tuple(tags),
    )


def split_tags(text: str) -> tuple[str, ...]:
    """'vip, 餐饮；retainer' -> ('vip', '餐饮', 'retainer'): commas of both widths separate."""
    for sep in ("，", "；", ";"):
        text = text.replace(sep, ",")
    return tuple(t.strip() for t in text.split(",") if t.strip())


def tag_rows(session: Session, names: Sequence[str]) -> list[Tag]:
    """Existing tags matched by name (case-insensitively), new ones created."""
    out: list[Tag] = []
    for name in names:
        tag = session.scalar(select(Tag).where(func.lower(Tag.name) == name.lower()))
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            session.flush()
        out.append(tag)
    return out


def set_client_tags(session: Session, client_id: int, names: Sequence[str]) -> None:
    session.execute(client_tags.delete().where(client_tags.c.client_id == client_id))
    for tag in tag_rows(session, names):
        session.execute(client_tags.insert().values(client_id=client_id, tag_id=tag.id))


def _apply(session: Session, client: Client, d: ClientDraft) -> None:
    if d.referred_by_id is not None:
        if client.id is not None and d.referred_by_id == client.id:
            raise ValidationError("referred_by", "A client cannot refer itself.")
        if session.get(Client, d.referred_by_id) is None:
            raise ValidationError("referred_by", "That client no longer exists.")
    if d.account_manager_id is not None and session.get(Person, d.account_manager_id) is None:
        raise ValidationError("account_manager", "That person no longer exists.")
    client.name = d.name
    client.name_key = search_key(d.name)
    client.name_alt = d.name_alt
    client.status = d.status
    client.industry = d.industry
    client.size = d.size
    client.source = d.source
    client.referred_by_id = d.referred_by_id
    client.account_manager_id = d.account_manager_id
    client.notes = d.notes


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class ClientService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # --- records ----------------------------------------------------------------------
    def find_similar(self, name: str, exclude_id: int | None = None) -> list[tuple[int, str]]:
        """Clients whose name matches ignoring case, spaces and full-width forms."""
        key = search_key(name)
        if not key:
            return []
        with self._uow.read() as s:
            stmt = select(Client.id, Client.name).where(Client.name_key == key)
            if exclude_id is not None:
                stmt = stmt.where(Client.id != exclude_id)
            return [(int(i), str(n)) for i, n in s.execute(stmt)]

    def create(self, draft: ClientDraft) -> int:
        d = normalise_draft(draft)
        with self._uow.write() as s:
            client = Client()
            _apply(s, client, d)
            s.add(client)
            s.flush()
            set_client_tags(s, client.id, d.tags)
            return client.id

    def update(self, client_id: int, draft: ClientDraft) -> None:
        d = normalise_draft(draft)
        with self._uow.write() as s:
            client = client_or_404(s, client_id)
            if d.status == ClientStatus.ARCHIVED and client.archived_at is None:
                raise ValidationError("status", "Use Archive to archive a client.")
            if client.archived_at is not None and d.status != ClientStatus.ARCHIVED:
                d = ClientDraft(**{**_as_kwargs(d), "status": ClientStatus.ARCHIVED})
            _apply(s, client, d)
            set_client_tags(s, client.id, d.tags)

    def get(self, client_id: int) -> ClientProfile:
        referrer = aliased(Client)
        with self._uow.read() as s:
            row = s.execute(
                select(Client, referrer.name, Person.name)
                .outerjoin(referrer, referrer.id == Client.referred_by_id)
                .outerjoin(Person, Person.id == Client.account_manager_id)
                .where(Client.id == client_id)
            ).first()
            if row is None:
                client_or_404(s, client_id)
            assert row is not None
            c, ref_name, manager_name = row
            tags = s.scalars(
                select(Tag.name)
                .join(client_tags, client_tags.c.tag_id == Tag.id)
                .where(client_tags.c.client_id == client_id)
                .order_by(Tag.name)
            ).all()
            return ClientProfile(
                c.id,
                c.name,
                c.name_alt,
                ClientStatus(c.status),
                c.industry,
                c.size,
                ClientSource(c.source) if c.source else None,
                c.referred_by_id,
                ref_name or "",
                c.account_manager_id,
                manager_name or "",
                c.notes,
                tuple(tags),
                c.merged_into_id,
                c.archived_at is not None,
                c.created_at,
            )

    def archive(self, client_id: int) -> None:
        with self._uow.write() as s:
            client = client_or_404(s, client_id)
            if client.archived_at is None:
                client.archived_at = utcnow()
                client.status = ClientStatus.ARCHIVED
                record(s, AuditAction.ARCHIVE, client, f"Archived client {client.name}")

    def restore(self, client_id: int) -> None:
        with self._uow.write() as s:
            client = client_or_404(s, client_id)
            if client.merged_into_id is not None:
                raise ValidationError("status", "A merged client cannot be restored.")
            if client.archived_at is not None:
                client.archived_at = None
                client.status = ClientStatus.DORMANT
                record(s, AuditAction.RESTORE_ARCHIVED, client, f"Restored client {client.name}")

    # --- choices for filters and forms --------------------------------------------------
    def industries(self) -> list[str]:
        with self._uow.read() as s:
            rows = s.scalars(
                select(Client.industry)
                .where(Client.industry != "")
                .distinct()
                .order_by(Client.industry)
            )
            return list(rows)

    def account_managers(self) -> list[tuple[int, str]]:
        with self._uow.read() as s:
            rows = s.execute(
                select(Person.id, Person.name)
                .where(Person.active.is_(True), Person.is_placeholder.is_(False))
                .order_by(Person.name)
            )
            return [(int(i), str(n)) for i, n in rows]

    def tags(self) -> list[str]:
        with self._uow.read() as s:
            return list(s.scalars(select(Tag.name).order_by(Tag.name)))

    def choices(self, search: str = "", limit: int = 50) -> list[tuple[int, str]]:
        """Open clients for a picker (referred by, merge target), best matches first."""
        with self._uow.read() as s:
            stmt = select(Client.id, Client.name).where(Client.archived_at.is_(None))
            if search.strip():
                stmt = stmt.where(
                    or_(
                        Client.name_key.like(_like(search_key(search)), escape="\\"),
                        Client.name_alt.like(_like(search.strip()), escape="\\"),
                    )
                )
            rows = s.execute(stmt.order_by(Client.name_key).limit(limit))
            return [(int(i), str(n)) for i, n in rows]

    # --- the paged list -----------------------------------------------------------------
    def columns(self) -> tuple[ColumnSpec, ...]:
        return LIST_COLUMNS

    def _where(self, q: ClientQuery) -> list[Any]:
        cond: list[Any] = []
        text = q.search.strip()
        if text:
            key = _like(search_key(text))
            raw = _like(text)
            # IN (one pass over contacts) beats a correlated EXISTS per client (2x on 20k clients).
            contact_hit = Client.id.in_(
                select(Contact.client_id).where(
                    or_(
                        Contact.name.like(raw, escape="\\"),
                        Contact.phone.like(raw, escape="\\"),
                        Contact.email.like(raw, escape="\\"),
                        Contact.wechat_id.like(raw, escape="\\"),
                    )
                )
            )
            cond.append(
                or_(
                    Client.name_key.like(key, escape="\\"),
                    Client.name_alt.like(raw, escape="\\"),
                    contact_hit,
                )
            )
        if q.status is not None:
            cond.append(Client.status == ClientStatus(q.status))
        if q.industry:
            cond.append(Client.industry == q.industry)
        if q.source is not None:
            cond.append(Client.source == ClientSource(q.source))
        if q.account_manager_id is not None:
            cond.append(Client.account_manager_id == q.account_manager_id)
        if q.tag:
            cond.append(
                exists().where(
                    client_tags.c.client_id == Client.id,
                    client_tags.c.tag_id == Tag.id,
                    func.lower(Tag.name) == q.tag.lower(),
                )
            )
        if not q.include_archived and q.status != ClientStatus.ARCHIVED:
            cond.append(Client.archived_at.is_(None))
        return cond

    def count_statement(self, q: ClientQuery) -> Select[Any]:
        return select(func.count(Client.id)).where(and_(true(), *self._where(q)))

    def page_statement(
        self,
        q: ClientQuery,
        offset: int = 0,
        limit: int = 200,
        sort_key: str | None = None,
        descending: bool = False,
    ) -> Select[Any]:
        manager = aliased(Person)
        primary = (
            select(Contact.id)
            .where(Contact.client_id == Client.id)
            .order_by(Contact.is_primary.desc(), Contact.id)
            .limit(1)
            .correlate(Client)
            .scalar_subquery()
        )
        first = aliased(Contact)
        exprs: dict[str, Any] = {
            "name": Client.name,
            "name_alt": Client.name_alt,
            "status": Client.status,
            "industry": Client.industry,
            "source": Client.source,
            "account_manager": manager.name,
            "primary_contact": first.name,
            "phone": first.phone,
            "email": first.email,
            "created": func.date(Client.created_at),
        }
        if sort_key is None:
            order: tuple[Any, ...] = (Client.name_key, Client.id)
        else:
            if sort_key not in exprs:
                raise ValidationError("sort_key", f"Unknown column '{sort_key}'.")
            sort_expr = Client.name_key if sort_key == "name" else exprs[sort_key]
            order = (sort_expr.desc() if descending else sort_expr.asc(), Client.id)
        return (
            select(Client.id, *(exprs[c.key] for c in LIST_COLUMNS))
            .outerjoin(manager, manager.id == Client.account_manager_id)
            .outerjoin(first, first.id == primary)
            .where(and_(true(), *self._where(q)))
            .order_by(*order)
            .offset(offset)
            .limit(limit)
        )

    def count(self, q: ClientQuery = ClientQuery()) -> int:
        with self._uow.read() as s:
            return int(s.execute(self.count_statement(q)).scalar_one())

    def page(
        self,
        q: ClientQuery = ClientQuery(),
        offset: int = 0,
        limit: int = 200,
        sort_key: str | None = None,
        descending: bool = False,
    ) -> list[ListRow]:
        if offset < 0 or not 0 < limit <= MAX_PAGE:
            raise ValidationError("limit", f"Pages hold 1 to {MAX_PAGE} rows.")
        stmt = self.page_statement(q, offset, limit, sort_key, descending)
        with self._uow.read() as s:
            rows = s.execute(stmt).all()
        out: list[ListRow] = []
        for row in rows:
            values = list(row[1:])
            for i, spec in enumerate(LIST_COLUMNS):
                v = values[i]
                if spec.kind == "enum" and v is not None:
                    values[i] = str(getattr(v, "value", v))
                elif spec.kind == "date" and isinstance(v, str):
                    values[i] = date.fromisoformat(v[:10])
            out.append(ListRow(int(row[0]), tuple(values)))
        return out

    # --- read-only summaries for the record's tabs --------------------------------------
    def summary(self, client_id: int, today: date | None = None) -> ClientSummary:
        today = today or date.today()
        with self._uow.read() as s:
            client_or_404(s, client_id)
            projects = tuple(
                ProjectLine(
                    int(p.id),
                    p.code,
                    p.name,
                    str(p.stage.value if hasattr(p.stage, "value") else p.stage),
                    str(p.status.value if hasattr(p.status, "value") else p.status),
                    Money(int(p.contract_value_minor), p.currency),
                    p.satisfaction,
                )
                for p in s.scalars(
                    select(Project)
                    .where(Project.client_id == client_id)
                    .order_by(Project.created_at.desc(), Project.id.desc())
                )
            )
            paid, _credited, outstanding = invoice_amounts()
            status = invoice_status(today)
            inv_rows = s.execute(
                select(
                    Invoice.id,
                    Invoice.number,
                    Invoice.issued_on,
                    Invoice.due_on,
                    status,
                    Invoice.currency,
                    Invoice.total_minor,
                    outstanding,
                )
                .where(Invoice.client_id == client_id)
                .order_by(Invoice.issued_on.desc(), Invoice.id.desc())
            ).all()
            invoices = tuple(
                InvoiceLine(
                    int(r[0]),
                    r[1],
                    r[2],
                    r[3],
                    str(r[4]),
                    Money(int(r[6]), r[5]),
                    Money(int(r[7]), r[5]),
                )
                for r in inv_rows
            )
            bal_rows = s.execute(
                select(
                    Invoice.currency,
                    func.sum(Invoice.total_minor),
                    func.sum(paid),
                    func.sum(outstanding),
                )
                .where(Invoice.client_id == client_id, Invoice.state == InvoiceState.SENT)
                .group_by(Invoice.currency)
                .order_by(Invoice.currency)
            ).all()
            balances = tuple(
                Balance(cur, Money(int(t or 0), cur), Money(int(p or 0), cur), Money(int(o), cur))
                for cur, t, p, o in bal_rows
            )
        scores = tuple((p.code, p.satisfaction) for p in projects if p.satisfaction is not None)
        average = None
        if scores:
            average = (Decimal(sum(v for _, v in scores)) / len(scores)).quantize(
                Decimal("0.1"), ROUND_HALF_UP
            )
        return ClientSummary(projects, invoices, balances, scores, average)


def _as_kwargs(d: ClientDraft) -> dict[str, Any]:
    return {f: getattr(d, f) for f in ClientDraft.__slots__}
