"""Allocations of people to projects, the timeline window, utilisation and find-someone."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from itertools import accumulate
from operator import mul, sub
from typing import Any

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from models.entities import (
    Allocation,
    Equipment,
    EquipmentBooking,
    EquipmentOutage,
    Person,
    PersonSkill,
    Project,
    Skill,
    Studio,
    Task,
    TimeEntry,
    TimeOff,
)
from models.errors import NotFound, ValidationError
from models.services.base import UnitOfWork
from models.services.capacity import (
    Leave,
    daily_capacity,
    day_minutes,
    load_calendar,
    prefix,
    working_flags,
)


@dataclass(frozen=True, slots=True)
class AllocationDraft:
    project_id: int
    start_on: date
    end_on: date
    person_id: int | None = None
    placeholder_role: str = ""
    task_id: int | None = None
    minutes_per_day: int | None = None
    percent: int | None = None
    tentative: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class AllocationRecord:
    id: int
    person_id: int | None
    person_name: str
    placeholder_role: str
    project_id: int
    project_code: str
    project_name: str
    task_id: int | None
    start_on: date
    end_on: date
    minutes_per_day: int | None
    percent: int | None
    tentative: bool
    note: str


@dataclass(frozen=True, slots=True)
class ProjectChoice:
    id: int
    code: str
    name: str
    start_on: date | None
    due_on: date | None


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    role: str = ""
    skill: str = ""
    project_id: int | None = None
    people: bool = True
    equipment: bool = True


@dataclass(frozen=True, slots=True)
class TimelineRow:
    kind: str  # "person", "role" (an unnamed placeholder) or "equipment"
    id: int  # person or equipment id; 0 for a role row
    label: str
    detail: str  # role, or equipment type


@dataclass(frozen=True, slots=True)
class TimelineBar:
    kind: str  # "allocation" or "booking" or "outage"
    id: int
    row: tuple[str, int, str]  # (row kind, row id, role label for role rows)
    start_on: date
    end_on: date  # inclusive
    label: str
    project_id: int | None
    tentative: bool


@dataclass(frozen=True, slots=True)
class HeatRow:
    person_id: int
    name: str
    role: str
    capacity: tuple[int, ...]  # minutes per week
    allocated: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Heatmap:
    weeks: tuple[date, ...]  # Mondays
    rows: tuple[HeatRow, ...]
    target_pct: int


@dataclass(frozen=True, slots=True)
class OverAllocation:
    person_id: int
    name: str
    week: date
    capacity: int
    allocated: int
    projects: tuple[tuple[str, str, int], ...]  # (code, name, minutes), biggest first


@dataclass(frozen=True, slots=True)
class RoleWeek:
    role: str
    capacity: tuple[int, ...]
    allocated: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ScheduledLogged:
    person_id: int
    person_name: str
    project_id: int
    project_code: str
    project_name: str
    scheduled: int  # minutes
    logged: int


@dataclass(frozen=True, slots=True)
class Candidate:
    person_id: int
    name: str
    role: str
    level: int
    free_minutes: int
    capacity_minutes: int


@dataclass
class _Expansion:
    weeks: list[date]
    people: list[tuple[int, str, str]]
    capacity: dict[int, list[int]]
    allocated: dict[int, list[int]]
    by_project: dict[tuple[int, int], dict[int, int]] = field(default_factory=dict)


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _validate_allocation(s: Session, d: AllocationDraft) -> None:
    project = s.get(Project, d.project_id)
    if project is None:
        raise ValidationError("project_id", "Choose a project.")
    if d.person_id is None and not d.placeholder_role.strip():
        raise ValidationError("person_id", "Choose a person or name the role to fill.")
    if d.person_id is not None and s.get(Person, d.person_id) is None:
        raise ValidationError("person_id", "Choose a person.")
    if d.end_on < d.start_on:
        raise ValidationError("end_on", "The last day is before the first day.")
    if project.start_on and d.start_on < project.start_on:
        raise ValidationError(
            "start_on", f"The project starts on {project.start_on:%Y-%m-%d}; start on or after it."
        )
    if project.due_on and d.end_on > project.due_on:
        raise ValidationError(
            "end_on", f"The project is due on {project.due_on:%Y-%m-%d}; end on or before it."
        )
    if (d.minutes_per_day is None) == (d.percent is None):
        raise ValidationError("minutes_per_day", "Give either hours a day or a percentage.")
    if d.minutes_per_day is not None:
        if d.minutes_per_day > 24 * 60:
            raise ValidationError("minutes_per_day", "A day has no more than 24 hours.")
        if d.minutes_per_day < 1:
            raise ValidationError("minutes_per_day", "Allocate at least one minute a day.")
    if d.percent is not None and not 1 <= d.percent <= 100:
        raise ValidationError("percent", "The percentage runs from 1 to 100.")
    if d.task_id is not None:
        task_project = s.scalar(select(Task.project_id).where(Task.id == d.task_id))
        if task_project != d.project_id:
            raise ValidationError("task_id", "The task belongs to another project.")


def _alloc_record(a: Allocation, person: str, code: str, name: str) -> AllocationRecord:
    return AllocationRecord(
        a.id,
        a.person_id,
        person,
        a.placeholder_role,
        a.project_id,
        code,
        name,
        a.task_id,
        a.start_on,
        a.end_on,
        a.minutes_per_day,
        a.percent,
        a.tentative,
        a.note,
    )


def expand(
    s: Session,
    start: date,
    weeks: int,
    *,
    include_tentative: bool = False,
    person_ids: list[int] | None = None,
    track_projects: bool = False,
) -> _Expansion:
    """Capacity and allocated minutes per person per week.

    SQL picks the rows that touch the window (indexed on person and dates); the calendar is
    expanded once per distinct working-week pattern, and each allocation is summed per week
    from prefix sums, so the cost is rows x weeks, not rows x days.
    """
    start = monday(start)
    days = weeks * 7
    end = start + timedelta(days=days - 1)
    cal = load_calendar(s, start, end)
    pq = select(
        Person.id,
        Person.name,
        Person.role,
        Person.week_minutes,
        Person.working_days,
        Person.joined_on,
        Person.left_on,
    ).order_by(Person.name)
    if person_ids is not None:
        pq = pq.where(Person.id.in_(person_ids))
    else:
        pq = pq.where(Person.active.is_(True))
    people = s.execute(pq).all()
    ids = [p[0] for p in people]
    leave: dict[int, list[Leave]] = defaultdict(list)
    lq = select(TimeOff.person_id, TimeOff.start_on, TimeOff.end_on, TimeOff.minutes_per_day).where(
        TimeOff.start_on <= end, TimeOff.end_on >= start
    )
    if person_ids is not None:
        lq = lq.where(TimeOff.person_id.in_(ids))
    for pid, a, b, m in s.execute(lq):
        leave[pid].append(Leave(a, b, m))
    flags_by_mask: dict[int, tuple[list[int], list[int]]] = {}
    out = _Expansion([start + timedelta(days=7 * w) for w in range(weeks)], [], {}, {})
    pcap: dict[int, list[int]] = {}
    pflag: dict[int, list[int]] = {}
    for pid, name, role, week_min, mask, joined, left in people:
        if mask not in flags_by_mask:
            f = working_flags(cal, start, days, mask)
            flags_by_mask[mask] = (f, prefix(f))
        flags, fpre = flags_by_mask[mask]
        if pid in leave or (joined and joined > start) or (left and left < end):
            cap = daily_capacity(cal, start, days, week_min, mask, leave.get(pid, ()), flags)
            if joined and joined > start:
                for i in range(min(days, (joined - start).days)):
                    cap[i] = 0
            if left and left < end:
                for i in range(max(0, (left - start).days + 1), days):
                    cap[i] = 0
            cpre = prefix(cap)
        else:
            per = day_minutes(week_min, mask)
            cpre = [x * per for x in fpre]
        pcap[pid] = cpre
        pflag[pid] = fpre
        out.people.append((pid, name, role))
        out.capacity[pid] = [cpre[7 * (w + 1)] - cpre[7 * w] for w in range(weeks)]
        out.allocated[pid] = [0] * weeks
    # Day offsets into the window are computed by SQLite (julianday), clipped to the window:
    # no date objects are built in Python for tens of thousands of rows.
    jd0 = func.julianday(start.isoformat())
    aq = select(
        Allocation.person_id,
        Allocation.project_id,
        func.max(0, cast(func.julianday(Allocation.start_on) - jd0, Integer)),
        func.min(days, cast(func.julianday(Allocation.end_on) - jd0, Integer) + 1),
        Allocation.minutes_per_day,
        Allocation.percent,
    ).where(
        Allocation.person_id.is_not(None), Allocation.start_on <= end, Allocation.end_on >= start
    )
    if not include_tentative:
        aq = aq.where(Allocation.tentative.is_(False))
    if person_ids is not None:
        aq = aq.where(Allocation.person_id.in_(ids))
    if not track_projects:
        _sum_by_difference(out, s.connection().execute(aq).all(), pflag, pcap, days)
        return out
    for apid, proj, i0, i1, mpd, pct in s.connection().execute(aq).all():
        if apid not in pcap:
            continue
        pid = int(apid)
        row = out.allocated[pid]
        fpre, cpre = pflag[pid], pcap[pid]
        track = out.by_project
        for w in range(i0 // 7, (i1 - 1) // 7 + 1):
            lo, hi = max(i0, 7 * w), min(i1, 7 * w + 7)
            if mpd is not None:
                m = mpd * (fpre[hi] - fpre[lo])
            else:
                m = (cpre[hi] - cpre[lo]) * (pct or 0) // 100  # CHECK: pct set when mpd is not
            if m:
                row[w] += m
                cell = track.setdefault((pid, w), {})
                cell[proj] = cell.get(proj, 0) + m
    return out


def _sum_by_difference(
    out: _Expansion,
    rows: Iterable[Any],
    pflag: dict[int, list[int]],
    pcap: dict[int, list[int]],
    days: int,
) -> None:
    """Allocated minutes per week without looping over each allocation's weeks.

    Each allocation adds its minutes-a-day (or percent) to a difference array at its first day
    and removes it after its last; one pass per person then gives the daily load, so the cost
    is allocations + people x days however long the allocations are.
    """
    mins: dict[int, list[int]] = {}
    pcts: dict[int, list[int]] = {}
    for pid, _proj, i0, i1, mpd, pct in rows:
        if pid not in pcap:
            continue
        if mpd is not None:
            d = mins.get(pid)
            if d is None:
                d = mins[pid] = [0] * (days + 1)
            d[i0] += mpd
            d[i1] -= mpd
        else:
            d = pcts.get(pid)
            if d is None:
                d = pcts[pid] = [0] * (days + 1)
            d[i0] += pct
            d[i1] -= pct
    weeks = days // 7
    for pid in mins.keys() | pcts.keys():
        row = out.allocated[pid]
        # C-level passes (accumulate/map) instead of a Python loop over every day.
        dm = mins.get(pid)
        if dm is not None:
            fpre = pflag[pid]
            load = list(map(mul, accumulate(dm[:days]), map(sub, fpre[1:], fpre[:-1])))
            for w in range(weeks):
                row[w] += sum(load[7 * w : 7 * w + 7])
        dp = pcts.get(pid)
        if dp is not None:
            cpre = pcap[pid]
            load = list(map(mul, accumulate(dp[:days]), map(sub, cpre[1:], cpre[:-1])))
            for w in range(weeks):
                row[w] += sum(load[7 * w : 7 * w + 7]) // 100


class ScheduleService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # -- allocations ---------------------------------------------------------------------

    def projects(self) -> list[ProjectChoice]:
        with self._uow.read() as s:
            return [
                ProjectChoice(i, c, n, a, b)
                for i, c, n, a, b in s.execute(
                    select(Project.id, Project.code, Project.name, Project.start_on, Project.due_on)
                    .where(Project.archived_at.is_(None))
                    .order_by(Project.code)
                )
            ]

    def create_allocation(self, draft: AllocationDraft) -> int:
        with self._uow.write() as s:
            _validate_allocation(s, draft)
            row = Allocation(
                person_id=draft.person_id,
                placeholder_role=" ".join(draft.placeholder_role.split()),
                project_id=draft.project_id,
                task_id=draft.task_id,
                start_on=draft.start_on,
                end_on=draft.end_on,
                minutes_per_day=draft.minutes_per_day,
                percent=draft.percent,
                tentative=draft.tentative,
                note=draft.note.strip(),
            )
            s.add(row)
            s.flush()
            return row.id

    def update_allocation(self, allocation_id: int, draft: AllocationDraft) -> None:
        with self._uow.write() as s:
            row = s.get(Allocation, allocation_id)
            if row is None:
                raise NotFound("That allocation no longer exists.")
            _validate_allocation(s, draft)
            row.person_id = draft.person_id
            row.placeholder_role = " ".join(draft.placeholder_role.split())
            row.project_id, row.task_id = draft.project_id, draft.task_id
            row.start_on, row.end_on = draft.start_on, draft.end_on
            row.minutes_per_day, row.percent = draft.minutes_per_day, draft.percent
            row.tentative, row.note = draft.tentative, draft.note.strip()

    def move_allocation(
        self,
        allocation_id: int,
        start_on: date,
        end_on: date,
        person_id: int | None = None,
        *,
        to_role: str | None = None,
    ) -> None:
        """New dates (and optionally another person, or an unnamed role) for a dragged bar.

        ``to_role`` moves the allocation onto a placeholder row (no person, that role).
        """
        a = self.allocation(allocation_id)
        if to_role is not None:
            person, role = None, to_role
        elif person_id is not None:
            person, role = person_id, ""
        else:
            person, role = a.person_id, a.placeholder_role
        self.update_allocation(
            allocation_id,
            AllocationDraft(
                a.project_id,
                start_on,
                end_on,
                person,
                role,
                a.task_id,
                a.minutes_per_day,
                a.percent,
                a.tentative,
                a.note,
            ),
        )

    def delete_allocation(self, allocation_id: int) -> None:
        with self._uow.write() as s:
            row = s.get(Allocation, allocation_id)
            if row is not None:
                s.delete(row)

    def allocation(self, allocation_id: int) -> AllocationRecord:
        with self._uow.read() as s:
            found = s.execute(
                select(Allocation, Person.name, Project.code, Project.name)
                .outerjoin(Person, Person.id == Allocation.person_id)
                .join(Project, Project.id == Allocation.project_id)
                .where(Allocation.id == allocation_id)
            ).first()
            if found is None:
                raise NotFound("That allocation no longer exists.")
            a, pn, code, name = found
            return _alloc_record(a, pn or "", code, name)

    def allocations(
        self, start: date | None = None, end: date | None = None, person_id: int | None = None
    ) -> list[AllocationRecord]:
        with self._uow.read() as s:
            q = (
                select(Allocation, Person.name, Project.code, Project.name)
                .outerjoin(Person, Person.id == Allocation.person_id)
                .join(Project, Project.id == Allocation.project_id)
                .order_by(Allocation.start_on, Allocation.id)
            )
            if start is not None:
                q = q.where(Allocation.end_on >= start)
            if end is not None:
                q = q.where(Allocation.start_on <= end)
            if person_id is not None:
                q = q.where(Allocation.person_id == person_id)
            return [_alloc_record(a, pn or "", c, n) for a, pn, c, n in s.execute(q)]

    # -- timeline ------------------------------------------------------------------------

    def timeline_rows(self, flt: TimelineFilter = TimelineFilter()) -> list[TimelineRow]:
        """Every row the timeline can show (cheap: ids and labels only), people first."""
        rows: list[TimelineRow] = []
        with self._uow.read() as s:
            if flt.people:
                q = (
                    select(Person.id, Person.name, Person.role)
                    .where(Person.active.is_(True))
                    .order_by(Person.is_placeholder, Person.name)
                )
                if flt.role:
                    q = q.where(Person.role == flt.role)
                if flt.skill:
                    q = q.where(
                        Person.id.in_(
                            select(PersonSkill.person_id)
                            .join(Skill, Skill.id == PersonSkill.skill_id)
                            .where(func.lower(Skill.name) == flt.skill.strip().lower())
                        )
                    )
                if flt.project_id is not None:
                    q = q.where(
                        Person.id.in_(
                            select(Allocation.person_id).where(
                                Allocation.project_id == flt.project_id
                            )
                        )
                    )
                rows += [TimelineRow("person", i, n, r) for i, n, r in s.execute(q)]
                rq = (
                    select(Allocation.placeholder_role)
                    .where(Allocation.person_id.is_(None))
                    .distinct()
                    .order_by(Allocation.placeholder_role)
                )
                if flt.role:
                    rq = rq.where(Allocation.placeholder_role == flt.role)
                if flt.project_id is not None:
                    rq = rq.where(Allocation.project_id == flt.project_id)
                if not flt.skill:
                    rows += [TimelineRow("role", 0, r, r) for r in s.scalars(rq)]
            if flt.equipment and not flt.role and not flt.skill:
                q2 = (
                    select(Equipment.id, Equipment.name, Equipment.kind)
                    .where(Equipment.retired_on.is_(None))
                    .order_by(Equipment.name)
                )
                if flt.project_id is not None:
                    q2 = q2.where(
                        Equipment.id.in_(
                            select(EquipmentBooking.equipment_id).where(
                                EquipmentBooking.project_id == flt.project_id
                            )
                        )
                    )
                rows += [TimelineRow("equipment", i, n, str(k)) for i, n, k in s.execute(q2)]
        return rows

    def timeline_bars(
        self,
        rows: list[TimelineRow],
        start: date,
        end: date,
        project_id: int | None = None,
        tz: tzinfo = UTC,
    ) -> list[TimelineBar]:
        """The bars of ``rows`` that touch [start, end]: only what is on screen is fetched.

        With ``project_id`` only that project's allocations and bookings (outages stay).
        Booking and outage days are counted in ``tz`` (the UI passes the local zone; storage
        stays UTC).
        """
        pids = [r.id for r in rows if r.kind == "person"]
        roles = [r.label for r in rows if r.kind == "role"]
        eids = [r.id for r in rows if r.kind == "equipment"]
        bars: list[TimelineBar] = []
        t0 = datetime(start.year, start.month, start.day, tzinfo=tz).astimezone(UTC)
        t1 = datetime.combine(end + timedelta(days=1), time(), tz).astimezone(UTC)
        jd0 = func.julianday(start.isoformat())
        day0 = start.toordinal()
        with self._uow.read() as s:
            base = (
                select(
                    Allocation.id,
                    Allocation.person_id,
                    Allocation.placeholder_role,
                    # Day numbers from SQLite instead of date strings parsed row by row.
                    cast(func.julianday(Allocation.start_on) - jd0, Integer),
                    cast(func.julianday(Allocation.end_on) - jd0, Integer),
                    Allocation.minutes_per_day,
                    Allocation.percent,
                    Allocation.tentative,
                    Allocation.project_id,
                    Project.code,
                )
                .join(Project, Project.id == Allocation.project_id)
                .where(Allocation.start_on <= end, Allocation.end_on >= start)
            )
            if project_id is not None:
                base = base.where(Allocation.project_id == project_id)
            found: list[Any] = []
            # Core execution on the connection: plain tuples, no ORM row loading.
            con = s.connection()
            if pids:
                found += con.execute(base.where(Allocation.person_id.in_(pids))).all()
            if roles:
                found += con.execute(
                    base.where(
                        Allocation.person_id.is_(None), Allocation.placeholder_role.in_(roles)
                    )
                ).all()
            fromordinal = date.fromordinal
            for aid, pid, role, a, b, mpd, pct, tent, proj, code in found:
                amount = f"{mpd / 60:g}h" if mpd is not None else f"{pct}%"
                row = ("person", pid, "") if pid is not None else ("role", 0, role)
                bars.append(
                    TimelineBar(
                        "allocation", aid, row, fromordinal(day0 + a), fromordinal(day0 + b),
                        f"{code} {amount}", proj, bool(tent),
                    )
                )  # fmt: skip
            if eids:
                for bid, eid, a, b, proj, code in s.execute(
                    select(
                        EquipmentBooking.id,
                        EquipmentBooking.equipment_id,
                        EquipmentBooking.start_at,
                        EquipmentBooking.end_at,
                        EquipmentBooking.project_id,
                        Project.code,
                    )
                    .outerjoin(Project, Project.id == EquipmentBooking.project_id)
                    .where(
                        EquipmentBooking.equipment_id.in_(eids),
                        EquipmentBooking.start_at < t1,
                        EquipmentBooking.end_at > t0,
                        *(
                            []
                            if project_id is None
                            else [EquipmentBooking.project_id == project_id]
                        ),
                    )
                ):
                    last = (b - timedelta(microseconds=1)).astimezone(tz).date()
                    bars.append(
                        TimelineBar(
                            "booking", bid, ("equipment", eid, ""), a.astimezone(tz).date(), last,
                            code or "", proj, False,
                        )
                    )  # fmt: skip
                for oid, eid, a, b, reason in s.execute(
                    select(
                        EquipmentOutage.id,
                        EquipmentOutage.equipment_id,
                        EquipmentOutage.start_at,
                        EquipmentOutage.end_at,
                        EquipmentOutage.reason,
                    ).where(
                        EquipmentOutage.equipment_id.in_(eids),
                        EquipmentOutage.start_at < t1,
                        EquipmentOutage.end_at > t0,
                    )
                ):
                    last = (b - timedelta(microseconds=1)).astimezone(tz).date()
                    bars.append(
                        TimelineBar(
                            "outage", oid, ("equipment", eid, ""), a.astimezone(tz).date(), last,
                            reason,
                            None, False,
                        )
                    )  # fmt: skip
        return bars

    def project_first_day(self, project_id: int) -> date | None:
        """The first day any allocation or booking of the project starts (to scroll to)."""
        with self._uow.read() as s:
            a = s.scalar(
                select(func.min(Allocation.start_on)).where(Allocation.project_id == project_id)
            )
            b = s.scalar(
                select(func.min(EquipmentBooking.start_at)).where(
                    EquipmentBooking.project_id == project_id
                )
            )
        days = [d for d in (a, b.date() if b is not None else None) if d is not None]
        return min(days) if days else None

    def booking_span(self, booking_id: int) -> tuple[int, datetime, datetime]:
        with self._uow.read() as s:
            row = s.get(EquipmentBooking, booking_id)
            if row is None:
                raise NotFound("That booking no longer exists.")
            return row.equipment_id, row.start_at, row.end_at

    # -- utilisation ---------------------------------------------------------------------

    def target_pct(self) -> int:
        with self._uow.read() as s:
            return int(s.scalar(select(Studio.target_utilisation_pct)) or 85)

    def heatmap(
        self,
        start: date,
        weeks: int = 12,
        *,
        include_tentative: bool = False,
        person_ids: list[int] | None = None,
    ) -> Heatmap:
        """Person x week: allocated minutes against capacity (holidays and leave removed)."""
        if not 1 <= weeks <= 260:
            raise ValidationError("weeks", "Show between 1 and 260 weeks.")
        with self._uow.read() as s:
            x = expand(s, start, weeks, include_tentative=include_tentative, person_ids=person_ids)
            target = int(s.scalar(select(Studio.target_utilisation_pct)) or 85)
        return Heatmap(
            tuple(x.weeks),
            tuple(
                HeatRow(pid, n, r, tuple(x.capacity[pid]), tuple(x.allocated[pid]))
                for pid, n, r in x.people
            ),
            target,
        )

    def over_allocations(
        self, start: date, weeks: int = 12, *, include_tentative: bool = False
    ) -> list[OverAllocation]:
        """Weeks in which someone is allocated beyond capacity, with the projects behind it."""
        with self._uow.read() as s:
            x = expand(s, start, weeks, include_tentative=include_tentative, track_projects=True)
            proj_ids = {p for cell in x.by_project.values() for p in cell}
            names = {
                i: (c, n)
                for i, c, n in s.execute(
                    select(Project.id, Project.code, Project.name).where(Project.id.in_(proj_ids))
                )
            }
        out: list[OverAllocation] = []
        for pid, name, _role in x.people:
            for w, (cap, alloc) in enumerate(zip(x.capacity[pid], x.allocated[pid], strict=True)):
                if alloc > cap:
                    cell = x.by_project.get((pid, w), {})
                    projects = tuple(
                        (names[p][0], names[p][1], m)
                        for p, m in sorted(cell.items(), key=lambda kv: -kv[1])
                    )
                    out.append(OverAllocation(pid, name, x.weeks[w], cap, alloc, projects))
        out.sort(key=lambda o: (o.week, o.capacity - o.allocated, o.name))
        return out

    def utilisation_by_role(
        self, start: date, weeks: int = 12, *, include_tentative: bool = False
    ) -> list[RoleWeek]:
        """Studio-wide capacity and allocation per week, per role; the first row is everyone."""
        hm = self.heatmap(start, weeks, include_tentative=include_tentative)
        total_c, total_a = [0] * weeks, [0] * weeks
        by_role: dict[str, tuple[list[int], list[int]]] = {}
        for r in hm.rows:
            c, a = by_role.setdefault(r.role, ([0] * weeks, [0] * weeks))
            for w in range(weeks):
                c[w] += r.capacity[w]
                a[w] += r.allocated[w]
                total_c[w] += r.capacity[w]
                total_a[w] += r.allocated[w]
        out = [RoleWeek("", tuple(total_c), tuple(total_a))]
        out += [RoleWeek(k, tuple(c), tuple(a)) for k, (c, a) in sorted(by_role.items())]
        return out

    def scheduled_vs_logged(self, start: date, end: date) -> list[ScheduledLogged]:
        """Per person and project: minutes scheduled (confirmed) and minutes logged."""
        days = (end - start).days + 1
        if days <= 0:
            raise ValidationError("end", "The end is before the start.")
        weeks = (end - monday(start)).days // 7 + 1
        with self._uow.read() as s:
            # Scheduled: expand by the week, then trim the days outside [start, end] by
            # expanding the partial first/last weeks exactly via the day loop below.
            scheduled: dict[tuple[int, int], int] = defaultdict(int)
            x = expand(s, monday(start), weeks, track_projects=True)
            first_partial = start != monday(start)
            last_partial = end != monday(end) + timedelta(days=6)
            for (pid, w), cell in x.by_project.items():
                if (w == 0 and first_partial) or (w == weeks - 1 and last_partial):
                    continue
                for proj, m in cell.items():
                    scheduled[(pid, proj)] += m
            for edge in {0, weeks - 1}:
                if (edge == 0 and first_partial) or (edge == weeks - 1 and last_partial):
                    wk = x.weeks[edge]
                    lo = max(start, wk)
                    hi = min(end, wk + timedelta(days=6))
                    for pid, proj, m in self._exact(s, lo, hi):
                        scheduled[(pid, proj)] += m
            logged = {
                (int(p), int(j)): int(m)
                for p, j, m in s.execute(
                    select(TimeEntry.person_id, TimeEntry.project_id, func.sum(TimeEntry.minutes))
                    .where(TimeEntry.work_date >= start, TimeEntry.work_date <= end)
                    .group_by(TimeEntry.person_id, TimeEntry.project_id)
                )
            }
            keys = set(scheduled) | set(logged)
            people = {
                int(i): str(n)
                for i, n in s.execute(
                    select(Person.id, Person.name).where(Person.id.in_({k[0] for k in keys}))
                )
            }
            projects = {
                i: (c, n)
                for i, c, n in s.execute(
                    select(Project.id, Project.code, Project.name).where(
                        Project.id.in_({k[1] for k in keys})
                    )
                )
            }
        out = [
            ScheduledLogged(
                p, people.get(p, ""), j, projects[j][0], projects[j][1],
                scheduled.get((p, j), 0), logged.get((p, j), 0),
            )
            for p, j in keys
        ]  # fmt: skip
        out.sort(key=lambda r: (r.person_name, r.project_code))
        return out

    @staticmethod
    def _exact(s: Session, lo: date, hi: date) -> list[tuple[int, int, int]]:
        """(person, project, minutes) scheduled day by day between lo and hi (a partial week)."""
        out: dict[tuple[int, int], int] = defaultdict(int)
        d = lo
        while d <= hi:
            for (pid, proj), m in _one_day(s, d).items():
                out[(pid, proj)] += m
            d += timedelta(days=1)
        return [(p, j, m) for (p, j), m in out.items()]

    # -- find someone --------------------------------------------------------------------

    def find_someone(
        self,
        skill: str,
        min_level: int,
        minutes_needed: int,
        start: date,
        end: date,
        *,
        include_tentative: bool = True,
    ) -> list[Candidate]:
        """People with ``skill`` at ``min_level`` or better who have the free time, best first.

        Best fit: higher skill level first, then more free time.
        """
        if end < start:
            raise ValidationError("end", "The end is before the start.")
        if minutes_needed < 0:
            raise ValidationError("hours", "The hours needed cannot be negative.")
        if not skill.strip():
            raise ValidationError("skill", "Choose a skill.")
        with self._uow.read() as s:
            found = s.execute(
                select(Person.id, Person.name, Person.role, PersonSkill.level)
                .join(PersonSkill, PersonSkill.person_id == Person.id)
                .join(Skill, Skill.id == PersonSkill.skill_id)
                .where(
                    func.lower(Skill.name) == skill.strip().lower(),
                    PersonSkill.level >= min_level,
                    Person.active.is_(True),
                )
            ).all()
            if not found:
                return []
            free = _free_minutes(s, [f[0] for f in found], start, end, include_tentative)
        out = [
            Candidate(pid, name, role, level, free[pid][0] - free[pid][1], free[pid][0])
            for pid, name, role, level in found
            if free[pid][0] - free[pid][1] >= minutes_needed
        ]
        out.sort(key=lambda c: (-c.level, -c.free_minutes, c.name))
        return out


def _one_day(s: Session, d: date) -> dict[tuple[int, int], int]:
    """(person, project) -> minutes allocated on day ``d`` (confirmed only)."""
    cal = load_calendar(s, d, d)
    out: dict[tuple[int, int], int] = defaultdict(int)
    rows = s.execute(
        select(
            Allocation.person_id,
            Allocation.project_id,
            Allocation.minutes_per_day,
            Allocation.percent,
            Person.week_minutes,
            Person.working_days,
        )
        .join(Person, Person.id == Allocation.person_id)
        .where(
            Allocation.start_on <= d,
            Allocation.end_on >= d,
            Allocation.tentative.is_(False),
            Person.active.is_(True),
        )
    ).all()
    leave = defaultdict(list)
    for pid, a, b, m in s.execute(
        select(TimeOff.person_id, TimeOff.start_on, TimeOff.end_on, TimeOff.minutes_per_day).where(
            TimeOff.start_on <= d, TimeOff.end_on >= d
        )
    ):
        leave[pid].append(Leave(a, b, m))
    for apid, proj, mpd, pct, week_min, mask in rows:
        if apid is None:  # the join on Person already excludes unnamed roles
            continue
        pid = int(apid)
        if not cal.is_working(d, mask):
            continue
        if mpd is not None:
            out[(pid, proj)] += mpd
        else:
            cap = daily_capacity(cal, d, 1, week_min, mask, leave.get(pid, ()))[0]
            out[(pid, proj)] += cap * (pct or 0) // 100  # CHECK: pct set when mpd is not
    return out


def _free_minutes(
    s: Session, person_ids: list[int], start: date, end: date, include_tentative: bool
) -> dict[int, tuple[int, int]]:
    """person -> (capacity, allocated) in minutes over [start, end] exactly."""
    wk0 = monday(start)
    weeks = (end - wk0).days // 7 + 1
    x = expand(s, wk0, weeks, include_tentative=include_tentative, person_ids=person_ids)
    out: dict[int, tuple[int, int]] = {}
    lo = (start - wk0).days
    hi = (end - wk0).days + 1
    if lo == 0 and hi == weeks * 7:
        for pid in person_ids:
            out[pid] = (sum(x.capacity.get(pid, [])), sum(x.allocated.get(pid, [])))
        return out
    # Partial weeks at either edge: compute day-exact figures with a per-day expansion.
    from models.services.capacity import person_capacity

    for pid in person_ids:
        cap = person_capacity(s, pid, start, end)
        alloc = 0
        aq = select(
            Allocation.start_on, Allocation.end_on, Allocation.minutes_per_day, Allocation.percent
        ).where(Allocation.person_id == pid, Allocation.start_on <= end, Allocation.end_on >= start)
        if not include_tentative:
            aq = aq.where(Allocation.tentative.is_(False))
        p = s.get(Person, pid)
        assert p is not None
        cal = load_calendar(s, start, end)
        flags = working_flags(cal, start, len(cap), p.working_days)
        for a, b, mpd, pct in s.execute(aq):
            i0 = max(0, (a - start).days)
            i1 = min(len(cap), (b - start).days + 1)
            if mpd is not None:
                alloc += mpd * sum(flags[i0:i1])
            else:
                alloc += sum(cap[i0:i1]) * (pct or 0) // 100  # CHECK: one measure is set
        out[pid] = (sum(cap), alloc)
    return out
