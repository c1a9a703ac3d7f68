"""People, skills, effective-dated rates, time off, holidays, equipment, allocations, bookings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.db import Base, UTCDateTime, currency_column, enum_column
from models.enums import EquipmentKind, HolidaySource, TimeOffKind


class Person(Base):
    """Someone whose time the studio plans: staff, freelancers, or a placeholder for a hire."""

    __tablename__ = "people"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("week_minutes BETWEEN 0 AND 10080", name="week_minutes"),
        CheckConstraint("working_days BETWEEN 0 AND 127", name="working_days"),
        CheckConstraint(
            "left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on", name="dates"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(100), default="", index=True)
    department: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    week_minutes: Mapped[int] = mapped_column(Integer, default=40 * 60)
    working_days: Mapped[int] = mapped_column(Integer, default=31)  # bit 0 = Monday
    is_placeholder: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    joined_on: Mapped[date | None]
    left_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class Skill(Base):
    __tablename__ = "skills"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class PersonSkill(Base):
    __tablename__ = "person_skills"
    __table_args__ = (CheckConstraint("level BETWEEN 1 AND 5", name="level"),)

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(ForeignKey("skills.id"), primary_key=True, index=True)
    level: Mapped[int] = mapped_column(Integer, default=3)


class PersonRate(Base):
    """Hourly cost and bill rates valid from a date until the next row; past rows never change."""

    __tablename__ = "person_rates"
    __table_args__ = (
        UniqueConstraint("person_id", "valid_from"),
        CheckConstraint("cost_rate_minor >= 0", name="cost_not_negative"),
        CheckConstraint("bill_rate_minor >= 0", name="bill_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    valid_from: Mapped[date]
    cost_rate_minor: Mapped[int] = mapped_column(Integer)
    bill_rate_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(currency_column())


class TimeOff(Base):
    __tablename__ = "time_off"
    __table_args__ = (
        CheckConstraint("end_on >= start_on", name="dates"),
        CheckConstraint(
            "minutes_per_day IS NULL OR minutes_per_day BETWEEN 1 AND 1440", name="minutes"
        ),
        Index("ix_time_off_person_dates", "person_id", "start_on", "end_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    kind: Mapped[TimeOffKind] = mapped_column(enum_column(TimeOffKind, "time_off_kind"))
    start_on: Mapped[date]
    end_on: Mapped[date]
    minutes_per_day: Mapped[int | None] = mapped_column(Integer)  # NULL: whole working days
    note: Mapped[str] = mapped_column(Text, default="")


class PublicHoliday(Base):
    """A day off for everyone, or (``is_workday``) a make-up working day on a weekend."""

    __tablename__ = "public_holidays"
    __table_args__ = (UniqueConstraint("country", "on_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    country: Mapped[str] = mapped_column(String(2))
    on_date: Mapped[date] = mapped_column(index=True)
    name: Mapped[str] = mapped_column(String(200))
    is_workday: Mapped[bool] = mapped_column(default=False)
    source: Mapped[HolidaySource] = mapped_column(
        enum_column(HolidaySource, "holiday_source"), default=HolidaySource.MANUAL
    )


class Equipment(Base):
    """A camera, lens, light, studio room, workstation or software licence."""

    __tablename__ = "equipment"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("day_rate_minor >= 0", name="rate_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[EquipmentKind] = mapped_column(enum_column(EquipmentKind, "equipment_kind"))
    day_rate_minor: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(currency_column())
    location: Mapped[str] = mapped_column(String(200), default="")
    serial_no: Mapped[str] = mapped_column(String(100), default="")
    retired_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class EquipmentOutage(Base):
    __tablename__ = "equipment_outages"
    __table_args__ = (
        CheckConstraint("end_at > start_at", name="times"),
        Index("ix_equipment_outages_span", "equipment_id", "start_at", "end_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"))
    start_at: Mapped[datetime] = mapped_column(UTCDateTime)
    end_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text, default="")


class Allocation(Base):
    """A person (or an unnamed role) planned on a project, in minutes a day or % of capacity."""

    __tablename__ = "allocations"
    __table_args__ = (
        CheckConstraint("end_on >= start_on", name="dates"),
        CheckConstraint("person_id IS NOT NULL OR length(trim(placeholder_role)) > 0", name="who"),
        CheckConstraint("(minutes_per_day IS NULL) <> (percent IS NULL)", name="one_measure"),
        CheckConstraint(
            "minutes_per_day IS NULL OR minutes_per_day BETWEEN 1 AND 1440", name="minutes"
        ),
        CheckConstraint("percent IS NULL OR percent BETWEEN 1 AND 100", name="percent"),
        Index("ix_allocations_person_dates", "person_id", "start_on", "end_on"),
        Index("ix_allocations_project", "project_id"),
        # Date windows (0002), end first: the timeline and heatmap open at today, and only
        # allocations ending after a window's start can touch it, a small part of a long
        # history. Covering the heatmap's columns spares a table lookup per row.
        Index(
            "ix_allocations_window",
            "end_on",
            "start_on",
            "person_id",
            "tentative",
            "project_id",
            "minutes_per_day",
            "percent",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    placeholder_role: Mapped[str] = mapped_column(String(100), default="")
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"))
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id"), index=True)
    start_on: Mapped[date]
    end_on: Mapped[date]
    minutes_per_day: Mapped[int | None] = mapped_column(Integer)
    percent: Mapped[int | None] = mapped_column(Integer)
    tentative: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class EquipmentBooking(Base):
    __tablename__ = "equipment_bookings"
    __table_args__ = (
        CheckConstraint("end_at > start_at", name="times"),
        Index("ix_equipment_bookings_span", "equipment_id", "start_at", "end_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"), index=True)
    start_at: Mapped[datetime] = mapped_column(UTCDateTime)
    end_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
