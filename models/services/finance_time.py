"""Time entries and weekly timesheets; labour cost at the cost rate valid on each work date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from models.entities import Person, PersonRate, Project, Task, TimeEntry
from models.errors import Conflict, NotFound, ValidationError
from models.services.base import UnitOfWork

MAX_DAY_MINUTES = 1440


def parse_hours(text: str | int | Decimal, field: str = "hours") -> int:
    """User hours ("1.5", "1:30", "90m", "2h") -> whole minutes, exactly (never via float)."""
    if isinstance(text, bool):
        raise ValidationError(field, "Enter hours such as 1.5 or 1:30.")
    raw = str(text).strip().lower().replace("，", ".").replace(",", ".")
    if not raw:
        return 0
    try:
        if ":" in raw:
            parts = raw.split(":")
            if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
                raise ValidationError(field, f"'{text}' is not a time such as 1:30.")
            h, m = int(parts[0]), int(parts[1])
            s = int(parts[2]) if len(parts) == 3 else 0
            if m >= 60 or s >= 60:
                raise ValidationError(field, f"'{text}' is not a time such as 1:30.")
            total = Decimal(h * 3600 + m * 60 + s) / 60
        elif raw.endswith("m"):
            total = Decimal(raw[:-1].strip())
        else:
            total = Decimal(raw.removesuffix("h").strip()) * 60
    except InvalidOperation:
        raise ValidationError(field, f"'{text}' is not a number of hours such as 1.5.") from None
    if not total.is_finite() or total < 0:
        raise ValidationError(field, "Hours cannot be negative.")
    if total != total.to_integral_value():
        raise ValidationError(field, "Enter hours to the whole minute (e.g. 1.25, not 1.001).")
    minutes = int(total)
    if minutes > MAX_DAY_MINUTES:
        raise ValidationError(field, "A day has at most 24 hours.")
    return minutes


def cost_rate_at(person_col: Any, day_col: Any) -> ColumnElement[int]:
    """The cost rate valid on ``day_col``: the PersonRate with the greatest valid_from <= day.

    A correlated scalar subquery that the (person_id, valid_from) unique index answers with
    one index seek per row; a person without a rate yet costs 0.
    """
    return func.coalesce(
        select(PersonRate.cost_rate_minor)
        .where(PersonRate.person_id == person_col, PersonRate.valid_from <= day_col)
        .order_by(PersonRate.valid_from.desc())
        .limit(1)
        .scalar_subquery(),
        0,
    )


def entry_cost() -> ColumnElement[int]:
    """Labour cost of one TimeEntry in minor units: minutes x hourly rate / 60, half-up, once.

    Each entry is rounded on its own so that every total is exactly the sum of its rows.
    """
    rate = cost_rate_at(TimeEntry.person_id, TimeEntry.work_date)
    return (TimeEntry.minutes * rate + 30) // 60  # integer division in SQL: no float


@dataclass(frozen=True, slots=True)
class TimeEntryDraft:
    person_id: int
    project_id: int
    work_date: date
    minutes: int
    billable: bool = True
    note: str = ""
    task_id: int | None = None


@dataclass(frozen=True, slots=True)
class TimeEntryRow:
    id: int
    person_id: int
    person: str
    project_id: int
    project: str
    task_id: int | None
    work_date: date
    minutes: int
    billable: bool
    note: str
    locked: bool
    cost_minor: int


@dataclass(frozen=True, slots=True)
class TimesheetRow:
    """One project (and task) line of a person's week: minutes per day Monday..Sunday."""

    project_id: int
    project: str
    task_id: int | None
    minutes: tuple[int, ...]  # seven days
    locked: tuple[bool, ...]  # a day holding an invoiced entry cannot be edited

    @property
    def total(self) -> int:
        return sum(self.minutes)


@dataclass(frozen=True, slots=True)
class Timesheet:
    person_id: int
    week_start: date
    rows: tuple[TimesheetRow, ...]

    def day_totals(self) -> tuple[int, ...]:
        return tuple(sum(r.minutes[d] for r in self.rows) for d in range(7))

    @property
    def total(self) -> int:
        return sum(r.total for r in self.rows)


@dataclass(frozen=True, slots=True)
class Choice:
    id: int
    label: str


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _check_worker(s: Session, person_id: int | None) -> None:
    """Time is logged by a real person: a placeholder for a hire has worked no hours yet."""
    person = s.get(Person, person_id) if person_id is not None else None
    if person is None:
        raise ValidationError("person", "Choose who worked.")
    if person.is_placeholder:
        raise ValidationError(
            "person", "A placeholder for a hire cannot log time; choose who worked."
        )


class TimeService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # -- choices for editors ---------------------------------------------------------------
    def people(self) -> list[Choice]:
        with self._uow.read() as s:
            rows = s.execute(
                select(Person.id, Person.name)
                .where(Person.active.is_(True), Person.is_placeholder.is_(False))
                .order_by(Person.name)
            )
            return [Choice(int(i), str(n)) for i, n in rows]

    def projects(self) -> list[Choice]:
        with self._uow.read() as s:
            rows = s.execute(
                select(Project.id, Project.code, Project.name)
                .where(Project.archived_at.is_(None))
                .order_by(Project.code)
            )
            return [Choice(int(i), f"{c} {n}") for i, c, n in rows]

    # -- entries -----------------------------------------------------------------------------
    def _validate(self, s: Session, d: TimeEntryDraft) -> None:
        _check_worker(s, d.person_id)
        if s.get(Project, d.project_id) is None:
            raise ValidationError("project", "Choose a project.")
        if d.task_id is not None:
            task = s.get(Task, d.task_id)
            if task is None or task.project_id != d.project_id:
                raise ValidationError("task", "That task belongs to another project.")
        if not isinstance(d.work_date, date):
            raise ValidationError("work_date", "Enter the date worked.")
        if not 1 <= d.minutes <= MAX_DAY_MINUTES:
            raise ValidationError("hours", "Enter between 0:01 and 24 hours.")

    def create(self, draft: TimeEntryDraft) -> int:
        with self._uow.write() as s:
            self._validate(s, draft)
            row = TimeEntry(
                person_id=draft.person_id,
                project_id=draft.project_id,
                task_id=draft.task_id,
                work_date=draft.work_date,
                minutes=draft.minutes,
                billable=draft.billable,
                note=draft.note.strip(),
            )
            s.add(row)
            s.flush()
            return int(row.id)

    def _unlocked(self, s: Session, entry_id: int) -> TimeEntry:
        row = s.get(TimeEntry, entry_id)
        if row is None:
            raise NotFound("That time entry no longer exists.")
        if row.invoice_line_id is not None:
            raise Conflict(
                "This time entry is on an invoice and is locked; issue a credit note to release it."
            )
        return row

    def update(self, entry_id: int, draft: TimeEntryDraft) -> None:
        with self._uow.write() as s:
            row = self._unlocked(s, entry_id)
            self._validate(s, draft)
            row.person_id = draft.person_id
            row.project_id = draft.project_id
            row.task_id = draft.task_id
            row.work_date = draft.work_date
            row.minutes = draft.minutes
            row.billable = draft.billable
            row.note = draft.note.strip()

    def delete(self, entry_id: int) -> None:
        with self._uow.write() as s:
            s.delete(self._unlocked(s, entry_id))

    def get(self, entry_id: int) -> TimeEntryRow:
        rows = self._rows([TimeEntry.id == entry_id], 0, 1)
        if not rows:
            raise NotFound("That time entry no longer exists.")
        return rows[0]

    def count(self, *, person_id: int | None = None, project_id: int | None = None) -> int:
        with self._uow.read() as s:
            q = select(func.count()).select_from(TimeEntry).where(*_filters(person_id, project_id))
            return int(s.scalar(q) or 0)

    def page(
        self,
        offset: int,
        limit: int,
        *,
        person_id: int | None = None,
        project_id: int | None = None,
    ) -> list[TimeEntryRow]:
        return self._rows(_filters(person_id, project_id), offset, min(limit, 1000))

    def _rows(self, where: list[Any], offset: int, limit: int) -> list[TimeEntryRow]:
        with self._uow.read() as s:
            q = (
                select(
                    TimeEntry.id,
                    TimeEntry.person_id,
                    Person.name,
                    TimeEntry.project_id,
                    Project.code,
                    TimeEntry.task_id,
                    TimeEntry.work_date,
                    TimeEntry.minutes,
                    TimeEntry.billable,
                    TimeEntry.note,
                    TimeEntry.invoice_line_id.is_not(None),
                    entry_cost(),
                )
                .join(Person, Person.id == TimeEntry.person_id)
                .join(Project, Project.id == TimeEntry.project_id)
                .where(*where)
                .order_by(TimeEntry.work_date.desc(), TimeEntry.id.desc())
                .offset(offset)
                .limit(limit)
            )
            return [
                TimeEntryRow(
                    int(r[0]),
                    int(r[1]),
                    r[2],
                    int(r[3]),
                    r[4],
                    r[5],
                    r[6],
                    int(r[7]),
                    bool(r[8]),
                    r[9],
                    bool(r[10]),
                    int(r[11]),
                )
                for r in s.execute(q)
            ]

    # -- labour cost -------------------------------------------------------------------------
    def labour_cost(
        self,
        *,
        project_id: int | None = None,
        person_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> tuple[int, int]:
        """(minutes, cost in minor units) summed in SQL over the matching entries."""
        where = _filters(person_id, project_id)
        if start is not None:
            where.append(TimeEntry.work_date >= start)
        if end is not None:
            where.append(TimeEntry.work_date <= end)
        with self._uow.read() as s:
            q = select(
                func.coalesce(func.sum(TimeEntry.minutes), 0),
                func.coalesce(func.sum(entry_cost()), 0),
            ).where(*where)
            minutes, cost = s.execute(q).one()
            return int(minutes), int(cost)

    # -- weekly timesheet --------------------------------------------------------------------
    def timesheet(self, person_id: int, any_day: date) -> Timesheet:
        start = week_start(any_day)
        end = start + timedelta(days=6)
        with self._uow.read() as s:
            if s.get(Person, person_id) is None:
                raise NotFound("That person no longer exists.")
            q = (
                select(
                    TimeEntry.project_id,
                    Project.code,
                    TimeEntry.task_id,
                    TimeEntry.work_date,
                    func.sum(TimeEntry.minutes),
                    func.max(TimeEntry.invoice_line_id.is_not(None)),
                    func.max(Task.name),
                )
                .join(Project, Project.id == TimeEntry.project_id)
                .outerjoin(Task, Task.id == TimeEntry.task_id)
                .where(
                    TimeEntry.person_id == person_id,
                    TimeEntry.work_date.between(start, end),
                )
                .group_by(TimeEntry.project_id, TimeEntry.task_id, TimeEntry.work_date)
            )
            lines: dict[tuple[int, int | None], tuple[str, list[int], list[bool]]] = {}
            for project_id, code, task_id, day, minutes, locked, task in s.execute(q):
                key = (int(project_id), task_id)
                label = f"{code} · {task}" if task else code
                _, mins, locks = lines.setdefault(key, (label, [0] * 7, [False] * 7))
                idx = (day - start).days
                mins[idx] = int(minutes)
                locks[idx] = bool(locked)
        rows = tuple(
            TimesheetRow(pid, code, tid, tuple(m), tuple(lk))
            for (pid, tid), (code, m, lk) in sorted(lines.items(), key=lambda kv: kv[1][0])
        )
        return Timesheet(person_id, start, rows)

    def set_day(
        self,
        person_id: int,
        project_id: int,
        day: date,
        minutes: int,
        *,
        task_id: int | None = None,
        billable: bool = True,
    ) -> None:
        """Make the person's unlocked time on (project, task, day) total ``minutes``.

        The grid edits a day's total: existing unlocked entries are replaced by one entry (or
        none for 0). Invoiced entries stay as they are; a day holding one is refused.
        """
        if not 0 <= minutes <= MAX_DAY_MINUTES:
            raise ValidationError("hours", "A day has at most 24 hours.")
        with self._uow.write() as s:
            _check_worker(s, person_id)
            if s.get(Project, project_id) is None:
                raise ValidationError("project", "Choose a project.")
            task_match = (
                TimeEntry.task_id.is_(None) if task_id is None else TimeEntry.task_id == task_id
            )
            existing = list(
                s.scalars(
                    select(TimeEntry).where(
                        TimeEntry.person_id == person_id,
                        TimeEntry.project_id == project_id,
                        TimeEntry.work_date == day,
                        task_match,
                    )
                )
            )
            if any(e.invoice_line_id is not None for e in existing):
                raise Conflict("Time on this day has been invoiced and is locked.")
            notes = "; ".join(e.note for e in existing if e.note)
            keep_billable = existing[0].billable if existing else billable
            for e in existing:
                s.delete(e)
            if minutes:
                s.add(
                    TimeEntry(
                        person_id=person_id,
                        project_id=project_id,
                        task_id=task_id,
                        work_date=day,
                        minutes=minutes,
                        billable=keep_billable,
                        note=notes,
                    )
                )


def _filters(person_id: int | None, project_id: int | None) -> list[Any]:
    where: list[Any] = []
    if person_id is not None:
        where.append(TimeEntry.person_id == person_id)
    if project_id is not None:
        where.append(TimeEntry.project_id == project_id)
    return where


def rate_rows(session: Session, person_id: int) -> list[tuple[date, int]]:
    """(valid_from, cost rate) of one person, oldest first (for explanations and tests)."""
    q = (
        select(PersonRate.valid_from, PersonRate.cost_rate_minor)
        .where(PersonRate.person_id == person_id)
        .order_by(PersonRate.valid_from)
    )
    return [(d, int(r)) for d, r in session.execute(q)]


__all__ = [
    "Choice",
    "TimeEntryDraft",
    "TimeEntryRow",
    "TimeService",
    "Timesheet",
    "TimesheetRow",
    "cost_rate_at",
    "entry_cost",
    "parse_hours",
    "week_start",
]
