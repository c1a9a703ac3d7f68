"""Demo allocations planned against each person's capacity, as a resource planner would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.demo_context import STAGE_ORDER, Ctx, PersonInfo, ProjectInfo, Row, days
from models.entities import Allocation
from models.enums import ProjectStage

PLACEHOLDER_ROLES = ("Freelance illustrator", "Motion designer (to hire)", "外包摄影师")
# Share of a working day a planner fills with firm work: people keep room for admin and
# surprises. Each firm booking draws its own ceiling so weeks do not all look alike.
FIRM_LIMITS = (0.7, 0.8, 0.85, 0.9, 0.95)
# Tentative work (quotes not yet won) is pencilled in on top of the firm plan.
TENTATIVE_LIMIT = 1.1
# A crunch before a deadline books someone past their week, but within reason.
CRUNCH_LIMITS = (1.05, 1.1, 1.15, 1.2, 1.25)
CRUNCH_NOTES = ("Crunch before delivery", "赶工交付", "Extra hands for launch")
# (lowest, highest) share of a day one project asks of a manager or of a maker.
MANAGER_SHARE = (0.1, 0.25)
MAKER_SHARE = (0.25, 0.7)
MIN_MINUTES = 60  # below an hour a day nobody writes an allocation down


@dataclass(slots=True)
class _Person:
    """One person's capacity and planned load per day of the planning window."""

    info: PersonInfo
    per_day: int
    full: list[int]  # minutes of a normal working day (what minutes-a-day allocations count)
    cap: list[int]  # the same less holidays already in ``full``, leave and part-day leave
    load: list[int]


@dataclass(slots=True)
class _Plan:
    ctx: Ctx
    base: date
    people: dict[int, _Person]
    rows: list[Row]

    def index(self, d: date) -> int:
        return (d - self.base).days


def _person(ctx: Ctx, info: PersonInfo, base: date, n: int) -> _Person:
    workdays = bin(info.working_days & 127).count("1")
    per_day = info.week_minutes // workdays if workdays else 0
    cal = ctx.calendar
    off = ctx.time_off.get(info.id, {})
    full = [0] * n
    cap = [0] * n
    for i in range(n):
        d = base + days(i)
        # Mirrors models.services.capacity: make-up days work, holidays do not, else the mask.
        if d in cal.makeup or (d not in cal.off and info.working_days >> d.weekday() & 1):
            full[i] = per_day
            if d < info.joined_on or (info.left_on is not None and d > info.left_on):
                continue
            leave = off.get(d, 0)
            cap[i] = 0 if d in off and leave is None else max(0, per_day - (leave or 0))
    return _Person(info, per_day, full, cap, [0] * n)


def _book(
    plan: _Plan,
    p: ProjectInfo,
    person_id: int,
    first: date,
    last: date,
    share: float,
    limit: float,
    *,
    tentative: bool = False,
    note: str = "",
    at_least_over: bool = False,
) -> bool:
    """Book up to ``share`` of a day from ``first`` to ``last`` without passing ``limit``.

    Uses minutes a day when the span is plain working days, a percentage when it holds leave
    (a percentage shrinks with the capacity, as the schedule computes it). With
    ``at_least_over`` the booking must take the person past 100 % on its busiest day.
    """
    who = plan.people.get(person_id)
    if who is None or who.per_day == 0:
        return False
    info = who.info
    first = max(first, info.joined_on)
    if info.left_on is not None:
        last = min(last, info.left_on)
    a, b = max(0, plan.index(first)), min(len(who.cap) - 1, plan.index(last))
    if b < a:
        return False
    full, cap, load = who.full[a : b + 1], who.cap[a : b + 1], who.load[a : b + 1]
    if not any(cap):
        return False
    rng = plan.ctx.rng
    by_percent = full != cap or rng.random() < 0.45
    if by_percent:
        room = min(((limit * c - x) / c for c, x in zip(cap, load, strict=True) if c), default=0)
        want = min(share, room, 1.0)
        percent = int(want * 100) // 5 * 5
        if percent * who.per_day < MIN_MINUTES * 100:
            return False
        adds = [c * percent // 100 for c in cap]
        minutes = None
    else:
        room = min((limit * c - x for c, x in zip(cap, load, strict=True) if c), default=0)
        minutes = int(min(share * who.per_day, room)) // 30 * 30
        if minutes < MIN_MINUTES:
            return False
        adds = [minutes if f else 0 for f in full]
        percent = None
    if at_least_over and not any(x + m > c for c, x, m in zip(cap, load, adds, strict=True) if c):
        return False
    who.load[a : b + 1] = [x + m for x, m in zip(load, adds, strict=True)]
    plan.rows.append(
        {
            "id": len(plan.rows) + 1,
            "person_id": person_id,
            "placeholder_role": "",
            "project_id": p.id,
            "task_id": None,
            "start_on": first,
            "end_on": last,
            "minutes_per_day": minutes,
            "percent": percent,
            "tentative": tentative,
            "note": note,
        }
    )
    if not tentative:
        each = who.per_day * percent // 100 if percent is not None else (minutes or 0)
        plan.ctx.allocated.setdefault(person_id, []).append((first, last, p.id, each))
    return True


def _phases(p: ProjectInfo) -> list[tuple[date, date]]:
    """The work phases (requirements .. delivery) as inclusive day spans."""
    out = []
    for k in range(3, 7):
        first, last = p.bounds[k], p.bounds[k + 1] - days(1)
        if last >= first:
            out.append((first, last))
    return out


def write_allocations(ctx: Ctx) -> None:
    rng, today = ctx.rng, ctx.today
    work = [p for p in ctx.projects if not p.internal and p.reached(ProjectStage.QUOTE)]
    if not work:
        return
    base = min(ctx.start, *(p.bounds[3] for p in work))
    end = max(p.bounds[7] for p in work)
    n = (end - base).days + 1
    people = {i.id: _person(ctx, i, base, n) for i in ctx.people if not i.placeholder}
    plan = _Plan(ctx, base, people, [])
    firm = sorted(
        (p for p in work if p.reached(ProjectStage.REQUIREMENTS)), key=lambda p: p.work_start
    )
    # Firm work first, in the order it was won: later projects fit around earlier ones.
    for p in firm:
        for person in p.team:
            lo, hi = MANAGER_SHARE if person == p.manager_id else MAKER_SHARE
            share = rng.uniform(lo, hi)
            limit = rng.choice(FIRM_LIMITS)
            whole = (p.bounds[3], p.bounds[7] - days(1))
            if whole[1] < whole[0] or _book(plan, p, person, *whole, share, limit):
                continue
            # No room for the whole project at once: book the phases that still fit.
            for first, last in _phases(p):
                _book(plan, p, person, first, last, rng.uniform(lo, hi), limit)
    _crunches(plan, firm)
    placeholder = next((i for i in ctx.people if i.placeholder), None)
    for p in work:
        if p.reached(ProjectStage.REQUIREMENTS) or p.bounds[7] <= p.bounds[3]:
            continue
        first, last = p.bounds[3], p.bounds[7] - days(1)
        for person in p.team:
            lo, hi = MANAGER_SHARE if person == p.manager_id else MAKER_SHARE
            _book(
                plan, p, person, first, last, rng.uniform(lo, hi), TENTATIVE_LIMIT, tentative=True
            )
        upcoming = p.bounds[7] > today and p.level <= STAGE_ORDER[ProjectStage.REQUIREMENTS]
        if upcoming and rng.random() < 0.3:
            _unnamed(plan, p, rng.choice(PLACEHOLDER_ROLES), None)
        if upcoming and placeholder and p.service == "web_app_development":
            _unnamed(plan, p, "", placeholder.id)
    ctx.writer.insert(Allocation.__table__, plan.rows)


def _unnamed(plan: _Plan, p: ProjectInfo, role: str, person_id: int | None) -> None:
    """A role nobody fills yet, or the planned hire: neither has a capacity to respect."""
    rng = plan.ctx.rng
    by_minutes = rng.random() < 0.5
    plan.rows.append(
        {
            "id": len(plan.rows) + 1,
            "person_id": person_id,
            "placeholder_role": role,
            "project_id": p.id,
            "task_id": None,
            "start_on": p.bounds[3],
            "end_on": p.bounds[7] - days(1),
            "minutes_per_day": rng.choice((120, 180, 240, 360)) if by_minutes else None,
            "percent": None if by_minutes else rng.choice((25, 40, 50, 60, 80)),
            "tentative": True,
            "note": "",
        }
    )


def _crunches(plan: _Plan, firm: list[ProjectInfo]) -> None:
    """A short push before some deadlines: roughly one over-booked week per person a quarter."""
    ctx, rng = plan.ctx, plan.ctx.rng
    weeks = sum(sum(1 for c in who.cap if c) for who in plan.people.values()) // 5
    wanted = max(2, weeks // 13)
    candidates = [(p, person) for p in firm for person in p.team if person in plan.people]
    rng.shuffle(candidates)
    made = 0
    for p, person in candidates:
        if made >= wanted:
            break
        deadline = p.bounds[7] - days(1) if rng.random() < 0.5 else p.bounds[6] - days(1)
        first = deadline - days(rng.choice((4, 6, 11)))
        if first < p.bounds[3]:
            continue
        share = rng.uniform(0.2, 0.5)
        note = rng.choice(CRUNCH_NOTES)
        if _book(
            plan,
            p,
            person,
            first,
            deadline,
            share,
            rng.choice(CRUNCH_LIMITS),
            note=note,
            at_least_over=True,
        ):
            made += 1
    ctx.allocated = {k: sorted(v) for k, v in ctx.allocated.items()}
