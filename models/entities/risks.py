"""The risk register and every change of a risk's score."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.db import Base, UTCDateTime, currency_column, enum_column, utcnow
from models.enums import RiskResponse, RiskStatus


class RiskCategory(Base):
    """Market, project, financial, people, technology, IP, operations, quality, cost; editable."""

    __tablename__ = "risk_categories"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class Risk(Base):
    """A risk of the studio (``project_id`` NULL) or of one project."""

    __tablename__ = "risks"
    __table_args__ = (
        CheckConstraint("probability BETWEEN 1 AND 5", name="probability"),
        CheckConstraint("impact BETWEEN 1 AND 5", name="impact"),
        CheckConstraint("cost_impact_minor >= 0", name="cost_not_negative"),
        CheckConstraint("schedule_impact_days >= 0", name="days_not_negative"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        Index("ix_risks_project_status", "project_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("risk_categories.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    cause: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    probability: Mapped[int] = mapped_column(Integer)
    impact: Mapped[int] = mapped_column(Integer)
    cost_impact_minor: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(currency_column())
    schedule_impact_days: Mapped[int] = mapped_column(Integer, default=0)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    response: Mapped[RiskResponse] = mapped_column(
        enum_column(RiskResponse, "risk_response"), default=RiskResponse.MITIGATE
    )
    mitigation_plan: Mapped[str] = mapped_column(Text, default="")
    triggers: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[RiskStatus] = mapped_column(
        enum_column(RiskStatus, "risk_status"), default=RiskStatus.OPEN
    )
    next_review_on: Mapped[date | None] = mapped_column(index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    @property
    def score(self) -> int:
        return self.probability * self.impact


class RiskScoreChange(Base):
    """A risk's probability and impact at one moment, so its history can be drawn."""

    __tablename__ = "risk_score_history"
    __table_args__ = (
        CheckConstraint("probability BETWEEN 1 AND 5", name="probability"),
        CheckConstraint("impact BETWEEN 1 AND 5", name="impact"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    risk_id: Mapped[int] = mapped_column(ForeignKey("risks.id", ondelete="CASCADE"), index=True)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    probability: Mapped[int] = mapped_column(Integer)
    impact: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(String(500), default="")
