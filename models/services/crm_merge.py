"""Merging duplicate clients: everything moves to the one kept, the other is archived."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update

from models.db import utcnow
from models.entities import (
    Attachment,
    Client,
    ClientKeyDate,
    Contact,
    Deal,
    Interaction,
    Invoice,
    Project,
    client_tags,
)
from models.enums import AuditAction, ClientStatus
from models.errors import ValidationError
from models.services.audit import record
from models.services.base import UnitOfWork
from models.services.crm_common import client_or_404

# What moves, in the order a user reads the result: (label, entity with a client_id).
MOVED = (
    ("contacts", Contact),
    ("interactions", Interaction),
    ("deals", Deal),
    ("projects", Project),
    ("invoices", Invoice),
    ("attachments", Attachment),
    ("key_dates", ClientKeyDate),
)


@dataclass(frozen=True, slots=True)
class MergeResult:
    kept_id: int
    merged_id: int
    moved: dict[str, int]


class ClientMergeService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def preview(self, keep_id: int, merge_id: int) -> dict[str, int]:
        """How many rows of each kind would move."""
        with self._uow.read() as s:
            self._check(s, keep_id, merge_id)
            out = {
                label: int(
                    s.scalar(select(func.count()).select_from(ent).where(ent.client_id == merge_id))
                    or 0
                )
                for label, ent in MOVED
            }
            out["tags"] = int(
                s.scalar(
                    select(func.count())
                    .select_from(client_tags)
                    .where(client_tags.c.client_id == merge_id)
                )
                or 0
            )
            return out

    def _check(self, s, keep_id: int, merge_id: int) -> tuple[Client, Client]:  # type: ignore[no-untyped-def]
        if keep_id == merge_id:
            raise ValidationError("merge_into", "Choose a different client to merge with.")
        keep = client_or_404(s, keep_id)
        gone = client_or_404(s, merge_id)
        if keep.archived_at is not None:
            raise ValidationError("merge_into", "The client to keep is archived; restore it first.")
        if gone.merged_into_id is not None:
            raise ValidationError("merge_into", "That client was already merged.")
        return keep, gone

    def merge(self, keep_id: int, merge_id: int) -> MergeResult:
        """Move contacts, history, deals, projects, invoices, files, dates and tags in one go."""
        with self._uow.write() as s:
            keep, gone = self._check(s, keep_id, merge_id)
            moved: dict[str, int] = {}
            for label, ent in MOVED:
                result = s.execute(
                    update(ent).where(ent.client_id == merge_id).values(client_id=keep_id)
                )
                moved[label] = int(result.rowcount or 0)  # type: ignore[attr-defined]
            # Only one primary contact survives: the kept client's own.
            if (
                s.scalar(
                    select(func.count()).where(Contact.client_id == keep_id, Contact.is_primary)
                )
                and moved["contacts"]
            ):
                primaries = s.scalars(
                    select(Contact.id)
                    .where(Contact.client_id == keep_id, Contact.is_primary)
                    .order_by(Contact.id)
                ).all()
                for cid in primaries[1:]:
                    s.execute(update(Contact).where(Contact.id == cid).values(is_primary=False))
            have = set(
                s.scalars(select(client_tags.c.tag_id).where(client_tags.c.client_id == keep_id))
            )
            theirs = list(
                s.scalars(select(client_tags.c.tag_id).where(client_tags.c.client_id == merge_id))
            )
            for tag_id in theirs:
                if tag_id not in have:
                    s.execute(client_tags.insert().values(client_id=keep_id, tag_id=tag_id))
            s.execute(client_tags.delete().where(client_tags.c.client_id == merge_id))
            moved["tags"] = len(theirs)
            # Clients the duplicate referred now count as referred by the one kept.
            s.execute(
                update(Client)
                .where(Client.referred_by_id == merge_id, Client.id != keep_id)
                .values(referred_by_id=keep_id)
            )
            if keep.referred_by_id == merge_id:
                keep.referred_by_id = (
                    gone.referred_by_id if gone.referred_by_id != keep_id else None
                )
            # Fill the kept record's blanks from the duplicate; nothing typed is lost.
            for attr in ("name_alt", "industry", "size"):
                if not getattr(keep, attr) and getattr(gone, attr):
                    setattr(keep, attr, getattr(gone, attr))
            for attr in ("source", "account_manager_id"):
                if getattr(keep, attr) is None and getattr(gone, attr) is not None:
                    setattr(keep, attr, getattr(gone, attr))
            if keep.referred_by_id is None and gone.referred_by_id not in (None, keep_id):
                keep.referred_by_id = gone.referred_by_id
            if gone.notes.strip():
                keep.notes = (keep.notes.rstrip() + "\n\n" if keep.notes.strip() else "") + (
                    f"[{gone.name}] {gone.notes.strip()}"
                )
            gone.merged_into_id = keep_id
            gone.status = ClientStatus.ARCHIVED
            gone.archived_at = gone.archived_at or utcnow()
            s.flush()
            record(
                s,
                AuditAction.MERGE,
                gone,
                f"Merged client {gone.name} into {keep.name}",
                {"kept_id": keep_id, "moved": moved},
            )
            return MergeResult(keep_id, merge_id, moved)
