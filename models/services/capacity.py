"""Working-time arithmetic: a person's capacity per day from working days, holidays and leave."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import Person, PublicHoliday, Studio, TimeOff

DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Calendar:
    """The studio's public holidays and make-up working days over a range of dates."""

    holidays: frozenset[date]
    workdays: frozenset[date]  # make-up working days (normally weekends)

    def is_working(self, day: date, mask: int) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return bool(mask >> day.weekday() & 1)


def working_day_count(mask: int) -> int:
    return bin(mask & 127).count("1")


def day_minutes(week_minutes: int, mask: int) -> int:
    """Minutes on one working day: the week's hours spread evenly over its working days."""
    n = working_day_count(mask)
    return week_minutes // n if n else 0


def load_calendar(s: Session, start: date, end: date, country: str | None = None) -> Calendar:
    if country is None:
        country = s.scalar(select(Studio.country)) or "CN"
    rows = s.execute(
        select(PublicHoliday.on_date, PublicHoliday.is_workday).where(
            PublicHoliday.country == country,
            PublicHoliday.on_date >= start,
            PublicHoliday.on_date <= end,
        )
    )
    hol: set[date] = set()
    work: set[date] = set()
    for d, is_workday in rows:
        (work if is_workday else hol).add(d)
    return Calendar(frozenset(hol), frozenset(work))


def working_flags(cal: Calendar, start: date, days: int, mask: int) -> list[int]:
    """1 for each working day of the window starting ``start``, else 0."""
    out = [0] * days
    wd = start.weekday()
    for i in range(days):
        if mask >> ((wd + i) % 7) & 1:
            out[i] = 1
    # Holidays and make-up days are few: patch them instead of testing every day.
    for d in cal.holidays:
        i = (d - start).days
        if 0 <= i < days:
            out[i] = 0
    for d in cal.workdays:
        i = (d - start).days
        if 0 <= i < days:
            out[i] = 1
    return out


@dataclass(frozen=True, slots=True)
class Leave:
    start_on: date
    end_on: date
    minutes_per_day: int | None  # None: whole days


def daily_capacity(
    cal: Calendar,
    start: date,
    days: int,
    week_minutes: int,
    mask: int,
    leave: Iterable[Leave] = (),
    flags: Sequence[int] | None = None,
) -> list[int]:
    """Minutes available on each day of the window (working hours - holidays - time off)."""
    per_day = day_minutes(week_minutes, mask)
    if flags is None:
        flags = working_flags(cal, start, days, mask)
    out = [per_day * f for f in flags]
    for lv in leave:
        a = max(0, (lv.start_on - start).days)
        b = min(days - 1, (lv.end_on - start).days)
        for i in range(a, b + 1):
            if lv.minutes_per_day is None:
                out[i] = 0
            else:
                out[i] = max(0, out[i] - lv.minutes_per_day)
    return out


def prefix(values: Sequence[int]) -> list[int]:
    """Prefix sums with a leading zero: sum(values[a:b]) == p[b] - p[a]."""
    return [0, *accumulate(values)]


def person_capacity(s: Session, person_id: int, start: date, end: date) -> list[int]:
    """One person's capacity in minutes for each day from ``start`` to ``end`` inclusive."""
    p = s.get(Person, person_id)
    if p is None:
        return []
    days = (end - start).days + 1
    if days <= 0:
        return []
    cal = load_calendar(s, start, end)
    leave = [
        Leave(a, b, m)
        for a, b, m in s.execute(
            select(TimeOff.start_on, TimeOff.end_on, TimeOff.minutes_per_day).where(
                TimeOff.person_id == person_id, TimeOff.start_on <= end, TimeOff.end_on >= start
            )
        )
    ]
    cap = daily_capacity(cal, start, days, p.week_minutes, p.working_days, leave)
    # Nobody has capacity before they join or after they leave.
    for i in range(days):
        d = start + timedelta(days=i)
        if (p.joined_on and d < p.joined_on) or (p.left_on and d > p.left_on):
            cap[i] = 0
    return cap


def is_free(busy: Sequence[tuple[float, float]], a: float, b: float) -> bool:
    """True when [a, b) overlaps nothing in the sorted, merged ``busy`` (touching is free)."""
    i = bisect_right([x[0] for x in busy], a) - 1
    return all(not (x0 < b and x1 > a) for x0, x1 in busy[max(i, 0) : i + 2])


def nearest_free_start(
    busy: Sequence[tuple[float, float]], want_start: float, length: float
) -> float:
    """The start nearest ``want_start`` of a free gap at least ``length`` long.

    A free slot always starts where the wish starts, where a busy period ends, or ends where a
    busy period starts; trying those few candidates is exact and cheap.
    """
    cands = [want_start]
    for a, b in busy:
        cands.append(b)
        cands.append(a - length)
    ok = [c for c in cands if is_free(busy, c, c + length)]
    return min(ok, key=lambda c: (abs(c - want_start), c))


def merge(intervals: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for a, b in sorted(intervals):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
