"""Files and links attached to a project (Attachment rows with project_id)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from models.entities import Attachment, Project
from models.enums import AttachmentKind, AuditAction
from models.errors import NotFound, ValidationError
from models.services.audit import record
from models.services.projects_data import ProjectAttachment

if TYPE_CHECKING:
    from models.services.base import UnitOfWork

MAX_LABEL = 200
_URL_SCHEMES = ("http://", "https://", "ftp://", "mailto:")


def _kind_of(target: str) -> AttachmentKind:
    if target.lower().startswith(_URL_SCHEMES):
        return AttachmentKind.URL
    # A relative path would point somewhere else once the program starts from another folder.
    if not Path(target).expanduser().is_absolute():
        raise ValidationError("target", "Choose a file or enter a link starting with https://.")
    return AttachmentKind.FILE


class FilesMixin:
    """Attachments of ProjectService: add a file path or a URL, list them, remove one."""

    _uow: UnitOfWork

    def add_attachment(self, project_id: int, target: str, label: str = "") -> int:
        text = target.strip()
        if not text:
            raise ValidationError("target", "Choose a file or enter a link.")
        kind = _kind_of(text)
        name = " ".join(label.split())
        if len(name) > MAX_LABEL:
            raise ValidationError("label", "The name is longer than 200 characters.")
        if not name:
            name = text if kind == AttachmentKind.URL else Path(text).name
        with self._uow.write() as s:
            if s.get(Project, project_id) is None:
                raise NotFound("That project no longer exists.")
            row = Attachment(project_id=project_id, kind=kind, target=text, label=name[:MAX_LABEL])
            s.add(row)
            s.flush()
            return row.id

    def attachments(self, project_id: int) -> list[ProjectAttachment]:
        with self._uow.read() as s:
            rows = s.scalars(
                select(Attachment)
                .where(Attachment.project_id == project_id)
                .order_by(Attachment.added_at.desc(), Attachment.id.desc())
            )
            return [
                ProjectAttachment(a.id, AttachmentKind(a.kind), a.target, a.label, a.added_at)
                for a in rows
            ]

    def remove_attachment(self, attachment_id: int) -> None:
        with self._uow.write() as s:
            row = s.get(Attachment, attachment_id)
            if row is None or row.project_id is None:
                raise NotFound("That attachment no longer exists.")
            record(s, AuditAction.DELETE, row, f"Removed attachment {row.label}")
            s.delete(row)
