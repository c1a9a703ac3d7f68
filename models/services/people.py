"""People the studio plans: roles, skills, effective-dated rates and time off."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.entities import Person, PersonRate, PersonSkill, Skill, Studio, TimeOff
from models.enums import TimeOffKind
from models.errors import NotFound, ValidationError
from models.money import from_minor, to_minor, validate_currency
from models.services.base import UnitOfWork

MAX_NAME = 200


@dataclass(frozen=True, slots=True)
class PersonDraft:
    name: str
    role: str = ""
    department: str = ""
    email: str = ""
    week_minutes: int = 40 * 60
    working_days: int = 31  # bit 0 = Monday
    is_placeholder: bool = False
    active: bool = True
    joined_on: date | None = None
    left_on: date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class SkillLevel:
    skill: str
    level: int


@dataclass(frozen=True, slots=True)
class PersonRecord:
    id: int
    name: str
    role: str
    department: str
    email: str
    week_minutes: int
    working_days: int
    is_placeholder: bool
    active: bool
    joined_on: date | None
    left_on: date | None
    notes: str
    skills: tuple[SkillLevel, ...]


@dataclass(frozen=True, slots=True)
class Rate:
    id: int
    person_id: int
    valid_from: date
    cost: Decimal  # per hour
    bill: Decimal  # per hour
    currency: str


@dataclass(frozen=True, slots=True)
class TimeOffRecord:
    id: int
    person_id: int
    person_name: str
    kind: TimeOffKind
    start_on: date
    end_on: date
    minutes_per_day: int | None
    note: str


@dataclass(frozen=True, slots=True)
class SkillSummary:
    skill: str
    people: int
    best_level: int


def validate_person(d: PersonDraft) -> PersonDraft:
    name = " ".join(d.name.split())
    if not name:
        raise ValidationError("name", "Enter the person's name.")
    if len(name) > MAX_NAME:
        raise ValidationError("name", f"The name is longer than {MAX_NAME} characters.")
    if d.week_minutes < 0:
        raise ValidationError("week_minutes", "Weekly capacity cannot be negative.")
    if d.week_minutes > 7 * 24 * 60:
        raise ValidationError("week_minutes", "A week has no more than 168 hours.")
    if not 0 <= d.working_days <= 127:
        raise ValidationError("working_days", "Choose the working days from the week.")
    if d.joined_on and d.left_on and d.left_on < d.joined_on:
        raise ValidationError("left_on", "The leaving date is before the joining date.")
    return PersonDraft(
        name,
        " ".join(d.role.split()),
        " ".join(d.department.split()),
        d.email.strip(),
        d.week_minutes,
        d.working_days,
        d.is_placeholder,
        d.active,
        d.joined_on,
        d.left_on,
        d.notes.strip(),
    )


def _record(s: Session, p: Person) -> PersonRecord:
    skills = tuple(
        SkillLevel(n, lv)
        for n, lv in s.execute(
            select(Skill.name, PersonSkill.level)
            .join(PersonSkill, PersonSkill.skill_id == Skill.id)
            .where(PersonSkill.person_id == p.id)
            .order_by(PersonSkill.level.desc(), Skill.name)
        )
    )
    return PersonRecord(
        p.id,
        p.name,
        p.role,
        p.department,
        p.email,
        p.week_minutes,
        p.working_days,
        p.is_placeholder,
        p.active,
        p.joined_on,
        p.left_on,
        p.notes,
        skills,
    )


def rate_on(s: Session, person_id: int, on: date) -> Rate | None:
    """The cost and bill rate in force for ``person_id`` on ``on`` (None before the first rate).

    Other modules (budgets, invoicing) call this so that a rate change never rewrites the past.
    """
    row = s.scalar(
        select(PersonRate)
        .where(PersonRate.person_id == person_id, PersonRate.valid_from <= on)
        .order_by(PersonRate.valid_from.desc())
        .limit(1)
    )
    if row is None:
        return None
    return Rate(
        row.id,
        row.person_id,
        row.valid_from,
        from_minor(row.cost_rate_minor, row.currency),
        from_minor(row.bill_rate_minor, row.currency),
        row.currency,
    )


class PeopleService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # -- people --------------------------------------------------------------------------

    def list(self, *, include_inactive: bool = False) -> list[PersonRecord]:
        with self._uow.read() as s:
            q = select(Person).order_by(Person.name)
            if not include_inactive:
                q = q.where(Person.active.is_(True))
            return [_record(s, p) for p in s.scalars(q)]

    def get(self, person_id: int) -> PersonRecord:
        with self._uow.read() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise NotFound("That person no longer exists.")
            return _record(s, p)

    def find_by_name(self, name: str) -> int | None:
        with self._uow.read() as s:
            return s.scalar(select(Person.id).where(Person.name == " ".join(name.split())))

    def roles(self) -> builtins.list[str]:
        with self._uow.read() as s:
            return list(
                s.scalars(
                    select(Person.role).where(Person.role != "").distinct().order_by(Person.role)
                )
            )

    def save(self, draft: PersonDraft, person_id: int | None = None) -> int:
        d = validate_person(draft)
        with self._uow.write() as s:
            clash = s.scalar(select(Person.id).where(Person.name == d.name))
            if clash is not None and clash != person_id:
                raise ValidationError("name", "Someone with this name already exists.")
            if person_id is None:
                p = Person(name=d.name)
                s.add(p)
            else:
                found = s.get(Person, person_id)
                if found is None:
                    raise NotFound("That person no longer exists.")
                p = found
            p.name, p.role, p.department, p.email = d.name, d.role, d.department, d.email
            p.week_minutes, p.working_days = d.week_minutes, d.working_days
            p.is_placeholder, p.active = d.is_placeholder, d.active
            p.joined_on, p.left_on, p.notes = d.joined_on, d.left_on, d.notes
            s.flush()
            return p.id

    def set_active(self, person_id: int, active: bool) -> None:
        with self._uow.write() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise NotFound("That person no longer exists.")
            p.active = active

    # -- skills --------------------------------------------------------------------------

    def set_skill(self, person_id: int, skill: str, level: int) -> None:
        name = " ".join(skill.split())
        if not name:
            raise ValidationError("skill", "Enter the skill's name.")
        if not 1 <= level <= 5:
            raise ValidationError("level", "A skill level runs from 1 to 5.")
        with self._uow.write() as s:
            if s.get(Person, person_id) is None:
                raise NotFound("That person no longer exists.")
            skill_id = s.scalar(select(Skill.id).where(func.lower(Skill.name) == name.lower()))
            if skill_id is None:
                row = Skill(name=name)
                s.add(row)
                s.flush()
                skill_id = row.id
            link = s.get(PersonSkill, (person_id, skill_id))
            if link is None:
                s.add(PersonSkill(person_id=person_id, skill_id=skill_id, level=level))
            else:
                link.level = level

    def remove_skill(self, person_id: int, skill: str) -> None:
        with self._uow.write() as s:
            skill_id = s.scalar(select(Skill.id).where(Skill.name == skill))
            link = s.get(PersonSkill, (person_id, skill_id)) if skill_id else None
            if link is not None:
                s.delete(link)

    def skills_inventory(self, text: str = "") -> builtins.list[SkillSummary]:
        """Every skill with how many people hold it and the best level, filtered by ``text``."""
        with self._uow.read() as s:
            q = (
                select(Skill.name, func.count(PersonSkill.person_id), func.max(PersonSkill.level))
                .outerjoin(PersonSkill, PersonSkill.skill_id == Skill.id)
                .group_by(Skill.id)
                .order_by(Skill.name)
            )
            if text.strip():
                q = q.where(Skill.name.ilike(f"%{text.strip()}%"))
            return [SkillSummary(n, int(c), int(m or 0)) for n, c, m in s.execute(q)]

    def people_with_skill(
        self, skill: str, min_level: int = 1
    ) -> builtins.list[tuple[int, str, int]]:
        with self._uow.read() as s:
            return [
                (int(i), str(n), int(lv))
                for i, n, lv in s.execute(
                    select(Person.id, Person.name, PersonSkill.level)
                    .join(PersonSkill, PersonSkill.person_id == Person.id)
                    .join(Skill, Skill.id == PersonSkill.skill_id)
                    .where(
                        func.lower(Skill.name) == skill.strip().lower(),
                        PersonSkill.level >= min_level,
                        Person.active.is_(True),
                    )
                    .order_by(PersonSkill.level.desc(), Person.name)
                )
            ]

    # -- rates ---------------------------------------------------------------------------

    def add_rate(
        self,
        person_id: int,
        valid_from: date,
        cost: Decimal | str | int,
        bill: Decimal | str | int,
        currency: str | None = None,
    ) -> int:
        """A new rate from ``valid_from``; earlier rates stay as they were."""
        with self._uow.write() as s:
            if s.get(Person, person_id) is None:
                raise NotFound("That person no longer exists.")
            cur = validate_currency(currency or s.scalar(select(Studio.base_currency)) or "CNY")
            cost_minor = to_minor(cost, cur, "cost_rate")
            bill_minor = to_minor(bill, cur, "bill_rate")
            if cost_minor < 0:
                raise ValidationError("cost_rate", "A rate cannot be negative.")
            if bill_minor < 0:
                raise ValidationError("bill_rate", "A rate cannot be negative.")
            dup = s.scalar(
                select(PersonRate.id).where(
                    PersonRate.person_id == person_id, PersonRate.valid_from == valid_from
                )
            )
            if dup is not None:
                raise ValidationError(
                    "valid_from", "A rate already starts on this date; choose another date."
                )
            row = PersonRate(
                person_id=person_id,
                valid_from=valid_from,
                cost_rate_minor=cost_minor,
                bill_rate_minor=bill_minor,
                currency=cur,
            )
            s.add(row)
            try:
                s.flush()
            except IntegrityError:  # a concurrent writer got there first
                raise ValidationError(
                    "valid_from", "A rate already starts on this date; choose another date."
                ) from None
            return row.id

    def rates(self, person_id: int) -> builtins.list[Rate]:
        with self._uow.read() as s:
            return [
                Rate(
                    r.id,
                    r.person_id,
                    r.valid_from,
                    from_minor(r.cost_rate_minor, r.currency),
                    from_minor(r.bill_rate_minor, r.currency),
                    r.currency,
                )
                for r in s.scalars(
                    select(PersonRate)
                    .where(PersonRate.person_id == person_id)
                    .order_by(PersonRate.valid_from)
                )
            ]

    def rate_on(self, person_id: int, on: date) -> Rate | None:
        with self._uow.read() as s:
            return rate_on(s, person_id, on)

    # -- time off ------------------------------------------------------------------------

    def add_time_off(
        self,
        person_id: int,
        kind: TimeOffKind,
        start_on: date,
        end_on: date,
        minutes_per_day: int | None = None,
        note: str = "",
    ) -> int:
        if end_on < start_on:
            raise ValidationError("end_on", "The last day is before the first day.")
        if minutes_per_day is not None and not 1 <= minutes_per_day <= 1440:
            raise ValidationError("minutes_per_day", "A day has between 1 minute and 24 hours.")
        try:
            kind = TimeOffKind(kind)
        except ValueError:
            raise ValidationError("kind", "Choose a kind of time off.") from None
        with self._uow.write() as s:
            if s.get(Person, person_id) is None:
                raise NotFound("That person no longer exists.")
            row = TimeOff(
                person_id=person_id,
                kind=kind,
                start_on=start_on,
                end_on=end_on,
                minutes_per_day=minutes_per_day,
                note=note.strip(),
            )
            s.add(row)
            s.flush()
            return row.id

    def delete_time_off(self, time_off_id: int) -> None:
        with self._uow.write() as s:
            row = s.get(TimeOff, time_off_id)
            if row is not None:
                s.delete(row)

    def time_off(
        self, start: date, end: date, person_id: int | None = None
    ) -> builtins.list[TimeOffRecord]:
        with self._uow.read() as s:
            q = (
                select(TimeOff, Person.name)
                .join(Person, Person.id == TimeOff.person_id)
                .where(TimeOff.start_on <= end, TimeOff.end_on >= start)
                .order_by(TimeOff.start_on, Person.name)
            )
            if person_id is not None:
                q = q.where(TimeOff.person_id == person_id)
            return [
                TimeOffRecord(
                    t.id, t.person_id, n, t.kind, t.start_on, t.end_on, t.minutes_per_day, t.note
                )
                for t, n in s.execute(q)
            ]
