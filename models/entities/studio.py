"""Studio-wide facts, numbering sequences, attachments and the audit log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.db import Base, UTCDateTime, currency_column, enum_column, utcnow
from models.enums import AttachmentKind, AuditAction


class Studio(Base):
    """The one row of studio facts (name, currency, working week, fiscal year...)."""

    __tablename__ = "studio"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("fiscal_year_start_month BETWEEN 1 AND 12", name="fiscal_month"),
        CheckConstraint("working_days BETWEEN 1 AND 127", name="working_days"),
        CheckConstraint("week_minutes BETWEEN 60 AND 10080", name="week_minutes"),
        CheckConstraint("target_utilisation_pct BETWEEN 1 AND 200", name="utilisation"),
        CheckConstraint("invoice_next_number >= 1", name="invoice_next"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200))
    base_currency: Mapped[str] = mapped_column(currency_column())
    language: Mapped[str] = mapped_column(String(10), default="en")
    country: Mapped[str] = mapped_column(String(2), default="CN")
    # Bit 0 = Monday ... bit 6 = Sunday; 31 = Monday to Friday.
    working_days: Mapped[int] = mapped_column(Integer, default=31)
    week_minutes: Mapped[int] = mapped_column(Integer, default=40 * 60)
    fiscal_year_start_month: Mapped[int] = mapped_column(Integer, default=1)
    invoice_prefix: Mapped[str] = mapped_column(String(20), default="INV-")
    invoice_next_number: Mapped[int] = mapped_column(Integer, default=1)
    target_utilisation_pct: Mapped[int] = mapped_column(Integer, default=85)
    address: Mapped[str] = mapped_column(Text, default="")
    tax_id: Mapped[str] = mapped_column(String(60), default="")
    bank_details: Mapped[str] = mapped_column(Text, default="")
    accent_color: Mapped[str] = mapped_column(String(7), default="#2f6f8f")
    logo_path: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Sequence(Base):
    """Number sequences that never hand out a number twice (invoices, credit notes, projects)."""

    __tablename__ = "sequences"
    __table_args__ = (CheckConstraint("next_value >= 1", name="positive"),)

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    next_value: Mapped[int] = mapped_column(Integer, default=1)


class Setting(Base):
    """Free-form studio facts that have no column of their own (key -> text)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class KpiTarget(Base):
    """A user-set target and warning threshold for one dashboard indicator."""

    __tablename__ = "kpi_targets"

    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    target: Mapped[str] = mapped_column(String(40))  # Decimal as text: exact
    warning: Mapped[str | None] = mapped_column(String(40))
    higher_is_better: Mapped[bool] = mapped_column(default=True)


class Attachment(Base):
    """A file path or URL attached to a client or a project."""

    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint("(client_id IS NOT NULL) + (project_id IS NOT NULL) = 1", name="one_owner"),
        CheckConstraint("length(trim(target)) > 0", name="target_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"), index=True)
    kind: Mapped[AttachmentKind] = mapped_column(enum_column(AttachmentKind, "attachment_kind"))
    target: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(200), default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditEntry(Base):
    """A destructive or bulk action, kept with what it changed."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction, "audit_action"))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None]
    summary: Mapped[str] = mapped_column(Text)
    detail_json: Mapped[str] = mapped_column(Text, default="{}")
    actor: Mapped[str] = mapped_column(String(100), default="")
