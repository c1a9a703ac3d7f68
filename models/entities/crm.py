"""Clients, contacts, interactions, key dates, tags and deals."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.db import Base, UTCDateTime, currency_column, enum_column, utcnow
from models.enums import (
    ClientSource,
    ClientStatus,
    ContactChannel,
    DealStage,
    InteractionKind,
    ReportLanguage,
)

client_tags = Table(
    "client_tags",
    Base.metadata,
    Column("client_id", ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Tag(Base):
    __tablename__ = "tags"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)


class Client(Base):
    """A client organisation (or a private person who buys from the studio)."""

    __tablename__ = "clients"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("referred_by_id IS NULL OR referred_by_id <> id", name="not_self_referred"),
        Index("ix_clients_status_name", "status", "name_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Normalised name (case, spaces and full-width forms folded) for search and duplicates.
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    name_alt: Mapped[str] = mapped_column(String(200), default="")
    industry: Mapped[str] = mapped_column(String(100), default="")
    size: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[ClientStatus] = mapped_column(
        enum_column(ClientStatus, "client_status"), default=ClientStatus.LEAD
    )
    source: Mapped[ClientSource | None] = mapped_column(enum_column(ClientSource, "client_source"))
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    account_manager_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    report_language: Mapped[ReportLanguage] = mapped_column(
        enum_column(ReportLanguage, "report_language"), default=ReportLanguage.ENGLISH
    )
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class ClientKeyDate(Base):
    """A date worth a greeting: founding day, contract anniversary, a birthday."""

    __tablename__ = "client_key_dates"
    __table_args__ = (CheckConstraint("length(trim(label)) > 0", name="label_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    label: Mapped[str] = mapped_column(String(100))
    on_date: Mapped[date]
    yearly: Mapped[bool] = mapped_column(default=True)


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    wechat_id: Mapped[str] = mapped_column(String(100), default="")
    preferred_channel: Mapped[ContactChannel | None] = mapped_column(
        enum_column(ContactChannel, "contact_channel")
    )
    is_primary: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Interaction(Base):
    """A call, meeting, e-mail, WeChat conversation or visit, with its follow-up."""

    __tablename__ = "interactions"
    __table_args__ = (
        Index("ix_interactions_follow_up", "follow_up_on", "follow_up_done_at"),
        CheckConstraint("length(trim(summary)) > 0", name="summary_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    kind: Mapped[InteractionKind] = mapped_column(enum_column(InteractionKind, "interaction_kind"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    summary: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None]
    follow_up_done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Deal(Base):
    """An opportunity in the pipeline; winning it creates a project."""

    __tablename__ = "deals"
    __table_args__ = (
        CheckConstraint("probability BETWEEN 0 AND 100", name="probability_pct"),
        CheckConstraint("value_minor >= 0", name="value_not_negative"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    stage: Mapped[DealStage] = mapped_column(
        enum_column(DealStage, "deal_stage"), default=DealStage.LEAD, index=True
    )
    value_minor: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(currency_column())
    probability: Mapped[int] = mapped_column(Integer, default=10)
    expected_close_on: Mapped[date | None]
    lost_reason: Mapped[str] = mapped_column(Text, default="")
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
