"""A client's key dates (with greetings logged), attachments (files or links) and tags."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from models.db import utcnow
from models.entities import Attachment, ClientKeyDate, Interaction, Setting, Tag, client_tags
from models.enums import AttachmentKind, AuditAction, InteractionKind
from models.errors import NotFound, ValidationError
from models.services.audit import record
from models.services.base import UnitOfWork
from models.services.clients import set_client_tags
from models.services.crm_common import clean_text, client_or_404, parse_date
from models.services.crm_interactions import next_occurrence

# Settings row per greeted key date (no column for it): "crm.greeted.<id>" -> ISO date.
GREETED_KEY = "crm.greeted.{}"


@dataclass(frozen=True, slots=True)
class KeyDateView:
    id: int
    client_id: int
    label: str
    on_date: date
    yearly: bool


@dataclass(frozen=True, slots=True)
class AttachmentView:
    id: int
    kind: AttachmentKind
    target: str
    label: str
    added_at: datetime


class ClientRecordsService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # --- key dates ----------------------------------------------------------------------
    def add_key_date(
        self, client_id: int, label: str, on: date | str | None, yearly: bool = True
    ) -> int:
        text = clean_text(label, "label", 100)
        if not text:
            raise ValidationError("label", "Say what the date is, e.g. founding day.")
        day = parse_date(on, "on_date") if not isinstance(on, date) else on
        if day is None:
            raise ValidationError("on_date", "Enter a date such as 2026-03-01.")
        with self._uow.write() as s:
            client_or_404(s, client_id)
            row = ClientKeyDate(client_id=client_id, label=text, on_date=day, yearly=yearly)
            s.add(row)
            s.flush()
            return row.id

    def key_dates(self, client_id: int) -> list[KeyDateView]:
        with self._uow.read() as s:
            rows = s.scalars(
                select(ClientKeyDate)
                .where(ClientKeyDate.client_id == client_id)
                .order_by(ClientKeyDate.on_date)
            )
            return [KeyDateView(k.id, k.client_id, k.label, k.on_date, k.yearly) for k in rows]

    def delete_key_date(self, key_date_id: int) -> None:
        with self._uow.write() as s:
            row = s.get(ClientKeyDate, key_date_id)
            if row is None:
                raise NotFound("That date no longer exists.")
            s.delete(row)

    def greet(self, key_date_id: int, today: date | None = None, summary: str = "") -> int:
        """Mark this year's greeting sent: logs an interaction and hides it from Today."""
        today = today or date.today()
        with self._uow.write() as s:
            k = s.get(ClientKeyDate, key_date_id)
            if k is None:
                raise NotFound("That date no longer exists.")
            on = next_occurrence(k.on_date, today) if k.yearly else k.on_date
            row = Interaction(
                client_id=k.client_id,
                kind=InteractionKind.WECHAT,
                occurred_at=utcnow(),
                summary=summary.strip() or f"Sent greetings: {k.label}",
            )
            s.add(row)
            key = GREETED_KEY.format(k.id)
            setting = s.get(Setting, key)
            if setting is None:
                s.add(Setting(key=key, value=on.isoformat()))
            else:
                setting.value = on.isoformat()
            s.flush()
            return row.id

    def greeted_on(self) -> dict[int, date]:
        """Key date id -> the occurrence already greeted (Today leaves those out)."""
        with self._uow.read() as s:
            rows = s.execute(
                select(Setting.key, Setting.value).where(Setting.key.like("crm.greeted.%"))
            )
            out: dict[int, date] = {}
            for key, value in rows:
                try:
                    out[int(key.rsplit(".", 1)[1])] = date.fromisoformat(value)
                except ValueError:
                    continue
            return out

    # --- attachments --------------------------------------------------------------------
    def add_attachment(self, client_id: int, target: str, label: str = "") -> int:
        text = target.strip()
        if not text:
            raise ValidationError("target", "Choose a file or enter a link.")
        lowered = text.lower()
        if lowered.startswith(("http://", "https://", "ftp://", "mailto:")):
            kind = AttachmentKind.URL
        else:
            kind = AttachmentKind.FILE
            if not Path(text).expanduser().is_absolute():
                raise ValidationError(
                    "target", "Choose a file or enter a link starting with https://."
                )
        name = clean_text(label, "label", 200) or (
            text if kind == AttachmentKind.URL else Path(text).name
        )
        with self._uow.write() as s:
            client_or_404(s, client_id)
            row = Attachment(client_id=client_id, kind=kind, target=text, label=name)
            s.add(row)
            s.flush()
            return row.id

    def attachments(self, client_id: int) -> list[AttachmentView]:
        with self._uow.read() as s:
            rows = s.scalars(
                select(Attachment)
                .where(Attachment.client_id == client_id)
                .order_by(Attachment.added_at.desc(), Attachment.id.desc())
            )
            return [
                AttachmentView(a.id, AttachmentKind(a.kind), a.target, a.label, a.added_at)
                for a in rows
            ]

    def remove_attachment(self, attachment_id: int) -> None:
        with self._uow.write() as s:
            row = s.get(Attachment, attachment_id)
            if row is None:
                raise NotFound("That attachment no longer exists.")
            record(s, AuditAction.DELETE, row, f"Removed attachment {row.label}")
            s.delete(row)

    # --- tags ---------------------------------------------------------------------------
    def set_tags(self, client_id: int, names: tuple[str, ...]) -> None:
        with self._uow.write() as s:
            client_or_404(s, client_id)
            set_client_tags(s, client_id, [n.strip() for n in names if n.strip()])

    def tags_of(self, client_id: int) -> list[str]:
        with self._uow.read() as s:
            return list(
                s.scalars(
                    select(Tag.name)
                    .join(client_tags, client_tags.c.tag_id == Tag.id)
                    .where(client_tags.c.client_id == client_id)
                    .order_by(Tag.name)
                )
            )
