"""Projects and their lifecycle: stages, milestones, tasks, change requests, templates."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column

from models import search_index
from models.db import Base, UTCDateTime, currency_column, enum_column, utcnow
from models.enums import (
    ChangeRequestStatus,
    PricingModel,
    ProjectStage,
    ProjectStatus,
    TaskStatus,
    TemplateItemKind,
)


class ServiceType(Base):
    """Brand design, digital marketing, web/app development... or the studio's own types."""

    __tablename__ = "service_types"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Built-in types carry a code the UI translates; the studio's own have code NULL.
    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    active: Mapped[bool] = mapped_column(default=True)


project_team = Table(
    "project_team",
    Base.metadata,
    Column("project_id", ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("people.id"), primary_key=True, index=True),
)


class Project(Base):
    __tablename__ = "projects"
    __table_args__ = (
        CheckConstraint("length(trim(code)) > 0", name="code_not_blank"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("due_on IS NULL OR start_on IS NULL OR due_on >= start_on", name="dates"),
        CheckConstraint("contract_value_minor >= 0", name="value_not_negative"),
        CheckConstraint("cap_minor IS NULL OR cap_minor >= 0", name="cap_not_negative"),
        CheckConstraint("deposit_minor >= 0", name="deposit_not_negative"),
        CheckConstraint("deposit_minor <= contract_value_minor", name="deposit_within_value"),
        CheckConstraint("percent_complete BETWEEN 0 AND 100", name="percent"),
        CheckConstraint("review_rounds_allowed >= 0", name="review_rounds"),
        CheckConstraint(
            "satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5", name="satisfaction"
        ),
        Index("ix_projects_client_stage", "client_id", "stage"),
        Index("ix_projects_stage_status", "stage", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    service_type_id: Mapped[int | None] = mapped_column(ForeignKey("service_types.id"), index=True)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    start_on: Mapped[date | None]
    due_on: Mapped[date | None] = mapped_column(index=True)
    stage: Mapped[ProjectStage] = mapped_column(
        enum_column(ProjectStage, "project_stage"), default=ProjectStage.CONTACT
    )
    status: Mapped[ProjectStatus] = mapped_column(
        enum_column(ProjectStatus, "project_status"), default=ProjectStatus.ON_TRACK
    )
    pricing_model: Mapped[PricingModel] = mapped_column(
        enum_column(PricingModel, "pricing_model"), default=PricingModel.FIXED_FEE
    )
    currency: Mapped[str] = mapped_column(currency_column())
    contract_value_minor: Mapped[int] = mapped_column(Integer, default=0)
    cap_minor: Mapped[int | None] = mapped_column(Integer)  # time & materials cap
    deposit_minor: Mapped[int] = mapped_column(Integer, default=0)
    # Until invoices and payments record it, the gates read these dates.
    deposit_paid_on: Mapped[date | None]
    final_paid_on: Mapped[date | None]
    payment_terms: Mapped[str] = mapped_column(Text, default="")
    review_rounds_allowed: Mapped[int] = mapped_column(Integer, default=2)
    percent_complete: Mapped[int] = mapped_column(Integer, default=0)
    progress_from_tasks: Mapped[bool] = mapped_column(default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    accepted_by: Mapped[str] = mapped_column(String(200), default="")
    accepted_on: Mapped[date | None]
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    delivered_on: Mapped[date | None]
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


# The FTS5 search index is not in the metadata: create_all/drop_all bring it along (SQLite
# only); the app gets it from migration 0002 instead. See models/search_index.py.
event.listen(Project.__table__, "after_create", search_index.on_projects_created)
event.listen(Project.__table__, "before_drop", search_index.on_projects_dropping)


class StageChange(Base):
    """One move of a project between lifecycle stages: who, when, why, and any gate overridden."""

    __tablename__ = "stage_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    from_stage: Mapped[ProjectStage | None] = mapped_column(enum_column(ProjectStage, "from_stage"))
    to_stage: Mapped[ProjectStage] = mapped_column(enum_column(ProjectStage, "to_stage"))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    overridden_gate: Mapped[str] = mapped_column(String(60), default="")


class ReviewRound(Base):
    __tablename__ = "review_rounds"
    __table_args__ = (CheckConstraint("round_no >= 1", name="round_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    round_no: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[date]
    notes: Mapped[str] = mapped_column(Text, default="")
    billable: Mapped[bool] = mapped_column(default=False)


class Milestone(Base):
    __tablename__ = "milestones"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date | None]
    done_on: Mapped[date | None]
    sort: Mapped[int] = mapped_column(Integer, default=0)


class Task(Base):
    __tablename__ = "tasks"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("estimate_minutes >= 0", name="estimate_not_negative"),
        CheckConstraint("progress BETWEEN 0 AND 100", name="progress_pct"),
        CheckConstraint("due_on IS NULL OR start_on IS NULL OR due_on >= start_on", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    milestone_id: Mapped[int | None] = mapped_column(ForeignKey("milestones.id"), index=True)
    phase: Mapped[str] = mapped_column(String(100), default="")
    name: Mapped[str] = mapped_column(String(200))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    estimate_minutes: Mapped[int] = mapped_column(Integer, default=0)
    start_on: Mapped[date | None]
    due_on: Mapped[date | None]
    status: Mapped[TaskStatus] = mapped_column(
        enum_column(TaskStatus, "task_status"), default=TaskStatus.TODO
    )
    progress: Mapped[int] = mapped_column(Integer, default=0)
    sort: Mapped[int] = mapped_column(Integer, default=0)
    risk_id: Mapped[int | None] = mapped_column(ForeignKey("risks.id"), index=True)


class TaskDependency(Base):
    """Finish-to-start: ``successor`` may start when ``predecessor`` has finished."""

    __tablename__ = "task_dependencies"
    __table_args__ = (CheckConstraint("predecessor_id <> successor_id", name="not_self"),)

    predecessor_id: Mapped[int] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True
    )
    successor_id: Mapped[int] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ChangeRequest(Base):
    """A change of scope; approving it moves the contract value and the deadline (kept here)."""

    __tablename__ = "change_requests"
    __table_args__ = (
        CheckConstraint("extra_fee_minor >= 0", name="fee_not_negative"),
        CheckConstraint("extra_days >= 0", name="days_not_negative"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    scope: Mapped[str] = mapped_column(Text, default="")
    extra_fee_minor: Mapped[int] = mapped_column(Integer, default=0)
    extra_days: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[ChangeRequestStatus] = mapped_column(
        enum_column(ChangeRequestStatus, "change_request_status"),
        default=ChangeRequestStatus.PROPOSED,
    )
    requested_on: Mapped[date]
    decided_on: Mapped[date | None]
    # What the project said before approval, so the history can be shown and undone by hand.
    value_before_minor: Mapped[int | None] = mapped_column(Integer)
    due_before: Mapped[date | None]


class ProjectTemplate(Base):
    __tablename__ = "project_templates"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    service_type_id: Mapped[int | None] = mapped_column(ForeignKey("service_types.id"))
    builtin: Mapped[bool] = mapped_column(default=False)


class TemplateItem(Base):
    """A milestone or task of a template, placed by day offsets from the project start."""

    __tablename__ = "template_items"
    __table_args__ = (
        CheckConstraint("offset_days >= 0", name="offset_not_negative"),
        CheckConstraint("duration_days >= 0", name="duration_not_negative"),
        CheckConstraint("estimate_minutes >= 0", name="estimate_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("project_templates.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[TemplateItemKind] = mapped_column(
        enum_column(TemplateItemKind, "template_item_kind")
    )
    phase: Mapped[str] = mapped_column(String(100), default="")
    name: Mapped[str] = mapped_column(String(200))
    offset_days: Mapped[int] = mapped_column(Integer, default=0)
    duration_days: Mapped[int] = mapped_column(Integer, default=0)
    estimate_minutes: Mapped[int] = mapped_column(Integer, default=0)
    sort: Mapped[int] = mapped_column(Integer, default=0)
