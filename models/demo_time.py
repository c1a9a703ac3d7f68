"""Demo time entries, expenses (with foreign currency) and the studio budget."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal

from models.demo_context import Ctx, PersonInfo, ProjectInfo, Row, days
from models.entities import Expense, StudioBudget, TimeEntry
from models.enums import PricingModel
from models.money import allocate, from_minor, to_minor

NOTES = ("", "", "", "Client call", "Revisions", "与客户沟通", "修改设计稿", "Internal review")
# Share of a working day people actually log: admin, breaks and the odd forgotten entry keep
# a studio's utilisation around 80 %.
LOGGED_SHARE = (0.72, 0.94)


def write_time_entries(ctx: Ctx) -> int:
    """Entries on working days, mostly on the projects each person is booked on; admin else."""
    assigned: dict[int, list[ProjectInfo]] = {}
    internal: dict[int, ProjectInfo] = {}
    for p in ctx.projects:
        if p.internal:
            internal[p.bounds[0].year] = p
        elif p.work_start <= ctx.today:
            for person in p.team:
                assigned.setdefault(person, []).append(p)
    workers = [p for p in ctx.people if not p.placeholder]
    person_days = sum(1 for person in workers for _ in _days_of(ctx, person))
    # A big studio is filled to the asked number of entries by splitting days finer.
    mean = max(2.4, ctx.profile.min_time_entries * 1.02 / max(1, person_days))
    stamps: dict[date, datetime] = {}
    rows = _entries(ctx, workers, assigned, internal, mean, stamps)
    return ctx.writer.insert(TimeEntry.__table__, rows)


def _days_of(ctx: Ctx, person: PersonInfo) -> Iterator[tuple[date, int | None]]:
    """(working day, minutes off that day or None) while the person is employed."""
    first = max(ctx.start, person.joined_on)
    last = ctx.today if person.left_on is None else min(ctx.today, person.left_on)
    off = ctx.time_off.get(person.id, {})
    d = first
    while d <= last:
        if ctx.calendar.is_workday(d) and person.works_on(d):
            if d not in off:
                yield d, None
            elif off[d] is not None:
                yield d, off[d]
        d += days(1)


def _entries(
    ctx: Ctx,
    workers: list[PersonInfo],
    assigned: dict[int, list[ProjectInfo]],
    internal: dict[int, ProjectInfo],
    mean: float,
    stamps: dict[date, datetime],
) -> Iterator[Row]:
    rng = ctx.rng
    whole, frac = int(mean), mean - int(mean)
    tm = ctx.tm_minutes
    by_id = {p.id: p for p in ctx.projects}
    next_id = 1
    for person in workers:
        workdays = bin(person.working_days & 127).count("1") or 5
        per_day = person.week_minutes // workdays
        projects = sorted(assigned.get(person.id, []), key=lambda p: p.work_start)
        bookings = ctx.allocated.get(person.id, [])
        ptr, active = 0, []
        bptr, booked = 0, []
        for d, off_minutes in _days_of(ctx, person):
            while ptr < len(projects) and projects[ptr].work_start <= d:
                active.append(projects[ptr])
                ptr += 1
            active = [p for p in active if p.work_end >= d]
            while bptr < len(bookings) and bookings[bptr][0] <= d:
                booked.append(bookings[bptr])
                bptr += 1
            booked = [b for b in booked if b[1] >= d]
            total = int((per_day - (off_minutes or 0)) * rng.uniform(*LOGGED_SHARE)) // 15 * 15
            if total < 30:
                continue
            k = whole + (1 if rng.random() < frac else 0)
            k = max(1, min(k, total // 30))
            spare = total // 15 - 2 * k
            parts = allocate(spare, [rng.randint(1, 4) for _ in range(k)]) if spare > 0 else [0] * k
            stamp = stamps.get(d)
            if stamp is None:
                stamp = stamps[d] = ctx.at(d, 18, 30)
            # Time follows the plan: booked projects in proportion to their booking, the rest
            # of the day on studio admin. Unplanned days go to whichever project is running.
            choices: list[ProjectInfo | None] = []
            weights: list[int] = []
            if booked:
                planned = 0
                for _first, _last, pid, minutes_a_day in booked:
                    choices.append(by_id[pid])
                    weights.append(minutes_a_day)
                    planned += minutes_a_day
                choices.append(None)
                weights.append(max(total // 10, total - planned))
            for part in parts:
                minutes = 30 + 15 * part
                if choices:
                    p = rng.choices(choices, weights)[0]
                else:
                    p = rng.choice(active) if active and rng.random() < 0.9 else None
                if p is not None:
                    billable = rng.random() < 0.92
                    phase = bisect_right(p.bounds, d) - 1
                    tasks = p.phase_tasks[phase] if 0 <= phase < len(p.phase_tasks) else []
                    task = rng.choice(tasks) if tasks else None
                    if billable and p.pricing is PricingModel.TIME_AND_MATERIALS:
                        key = (p.id, d.year, d.month)
                        tm[key] = tm.get(key, 0) + minutes
                else:
                    p, billable, task = internal[d.year], False, None
                yield {
                    "id": next_id,
                    "person_id": person.id,
                    "project_id": p.id,
                    "task_id": task,
                    "work_date": d,
                    "minutes": minutes,
                    "billable": billable,
                    "note": rng.choice(NOTES),
                    "invoice_line_id": None,
                    "created_at": stamp,
                }
                next_id += 1


# Leaf category -> (CNY a month for a 12-person studio, VAT rate %, typical vendors)
MONTHLY_PLAN: dict[str, tuple[int, int, tuple[str, ...]]] = {
    "salaries": (230_000, 0, ("Payroll 工资发放",)),
    "benefits": (6_000, 0, ("Team dinner 团建", "Mid-Autumn gifts 中秋礼品", "Health check 体检")),
    "social_insurance": (69_000, 0, ("Social insurance 社保公积金",)),
    "rent": (42_000, 9, ("SOHO Property Management 物业",)),
    "utilities": (3_200, 9, ("State Grid 国家电网", "China Telecom 中国电信")),
    "office_supplies": (1_800, 13, ("JD.com 京东", "Deli 得力", "SF Express 顺丰速运")),
    "equipment_maintenance": (1_500, 13, ("Sony Service Centre", "Apple Store 维修")),
    "ads": (6_000, 6, ("Xiaohongshu Ads 小红书", "Baidu Ads 百度推广", "WeChat Ads 微信广告")),
    "events": (3_000, 6, ("Design Week booth 设计周展位", "Meetup venue")),
    "promotion": (2_000, 6, ("Behance Pro", "Printed portfolio 作品集印刷")),
    "software_licences": (4_500, 0, ("Adobe Creative Cloud", "Figma", "Notion")),
    "cloud": (1_500, 6, ("Alibaba Cloud 阿里云", "AWS")),
    "hardware": (5_000, 13, ("Apple Store", "JD.com 京东")),
    "travel": (4_000, 9, ("Didi 滴滴出行", "Ctrip 携程", "China Eastern 东方航空")),
    "training": (1_500, 6, ("Domestika", "Design course 设计课程")),
    "taxes": (3_000, 0, ("Tax bureau 税务局",)),
}
USD_VENDORS = {"Adobe Creative Cloud", "Figma", "Notion", "AWS", "Behance Pro", "Domestika"}
PROJECT_COSTS: dict[str, tuple[tuple[str, str, int, int, bool], ...]] = {
    # service -> (category, vendor, lowest, highest CNY, in USD)
    "brand_visual_design": (
        ("office_supplies", "Printing proofs 打样", 300, 4000, False),
        ("software_licences", "Font licence", 150, 1200, True),
        ("software_licences", "Shutterstock", 50, 600, True),
    ),
    "digital_marketing": (
        ("ads", "Douyin Ads 抖音广告", 5000, 80000, False),
        ("ads", "Xiaohongshu Ads 小红书", 3000, 40000, False),
        ("promotion", "KOL fee 达人推广", 2000, 30000, False),
    ),
    "web_app_development": (
        ("cloud", "Alibaba Cloud 阿里云", 300, 5000, False),
        ("cloud", "AWS", 50, 800, True),
        ("software_licences", "Plugin licence", 30, 300, True),
    ),
    "content_creation": (
        ("rent", "Location rental 场地租赁", 1500, 12000, False),
        ("office_supplies", "Props 道具", 200, 3000, False),
        ("travel", "Crew travel 差旅", 500, 8000, False),
    ),
    "consulting": (
        ("travel", "Didi 滴滴出行", 80, 600, False),
        ("travel", "Ctrip 携程", 800, 6000, False),
        ("events", "Workshop venue 工作坊场地", 1000, 6000, False),
    ),
}


def fx_rate(ctx: Ctx, d: date) -> Decimal:
    """A USD->CNY rate per month, exact to four places (what the bank statement shows)."""
    seed = (d.year * 12 + d.month) * 7919 % 2100
    return Decimal(f"7.{850 + seed:04d}")


def _expense(
    ctx: Ctx,
    spent: date,
    code: str,
    vendor: str,
    cny: int,
    vat: int,
    *,
    usd: bool,
    project: int | None = None,
    billable: bool = False,
    paid_by: int | None = None,
) -> Row:
    if usd:
        amount, currency = max(100, cny * 100 // 7), "USD"
        rate = fx_rate(ctx, spent)
        base = to_minor(from_minor(amount, "USD") * rate, "CNY")
        tax = 0
    else:
        amount, currency, rate = cny * 100, "CNY", Decimal(1)
        base = amount
        tax = to_minor(from_minor(amount, "CNY") * vat / (100 + vat), "CNY") if vat else 0
    return {
        "id": None,
        "spent_on": spent,
        "vendor": vendor,
        "category_id": ctx.expense_categories[code],
        "project_id": project,
        "amount_minor": amount,
        "tax_minor": tax,
        "currency": currency,
        "fx_rate": rate,
        "base_amount_minor": base,
        "paid_by_id": paid_by,
        "billable": billable,
        "receipt_path": "",
        "note": "",
        "invoice_line_id": None,
    }


def _months(first: date, last: date) -> Iterator[date]:
    d = date(first.year, first.month, 1)
    while d <= last:
        yield d
        d = date(d.year + d.month // 12, d.month % 12 + 1, 1)


def write_expenses(ctx: Ctx) -> int:
    rng, today = ctx.rng, ctx.today
    scale = max(1.0, len(ctx.people) / 12)
    rows: list[Row] = []
    staff = [p.id for p in ctx.people if not p.placeholder]
    for month in _months(ctx.start, today):
        for code, (plan, vat, vendors) in MONTHLY_PLAN.items():
            # Fixed costs every month; the rest come and go around their plan.
            fixed = code in (
                "salaries",
                "social_insurance",
                "rent",
                "utilities",
                "software_licences",
                "cloud",
            )
            n = 1 if fixed else rng.choices((0, 1, 2, 3), (3, 4, 2, 1))[0]
            for _ in range(n):
                spent = month + days(0 if fixed else rng.randint(0, 27))
                if spent > today:
                    continue
                vendor = rng.choice(vendors)
                amount = int(plan * scale * rng.uniform(0.8, 1.2) / max(1, n if not fixed else 1))
                small = code in ("travel", "office_supplies", "training")
                rows.append(
                    _expense(
                        ctx,
                        spent,
                        code,
                        vendor,
                        max(20, amount),
                        vat,
                        usd=vendor in USD_VENDORS,
                        paid_by=rng.choice(staff) if small and rng.random() < 0.5 else None,
                    )
                )
    started = [p for p in ctx.projects if not p.internal and p.work_start <= today]
    wanted = max(0, ctx.profile.min_expenses - len(rows))
    per_project = max(1.2, wanted * 1.05 / max(1, len(started)))
    for p in started:
        whole = int(per_project) + (1 if rng.random() < per_project - int(per_project) else 0)
        for _ in range(rng.randint(0, 2 * whole)):
            code, vendor, low, high, usd = rng.choice(PROJECT_COSTS[p.service])
            spent = ctx.day_between(p.work_start, ctx.clamp_past(p.work_end))
            rows.append(
                _expense(
                    ctx,
                    spent,
                    code,
                    vendor,
                    rng.randint(low, high),
                    MONTHLY_PLAN[code][1],
                    usd=usd,
                    project=p.id,
                    billable=rng.random() < 0.6,
                    paid_by=rng.choice(p.team) if rng.random() < 0.2 else None,
                )
            )
    while len(rows) < ctx.profile.min_expenses:
        spent = ctx.day_between(ctx.start, today)
        code = rng.choice(("office_supplies", "travel", "training"))
        vendor = rng.choice(MONTHLY_PLAN[code][2])
        rows.append(
            _expense(
                ctx,
                spent,
                code,
                vendor,
                rng.randint(30, 900),
                MONTHLY_PLAN[code][1],
                usd=vendor in USD_VENDORS,
                paid_by=rng.choice(staff),
            )
        )
    rows.sort(key=lambda r: r["spent_on"])
    for i, r in enumerate(rows, start=1):
        r["id"] = i
    return ctx.writer.insert(Expense.__table__, rows)


def write_studio_budget(ctx: Ctx) -> None:
    rng = ctx.rng
    scale = max(1.0, len(ctx.people) / 12)
    rows: list[Row] = []
    for year in range(ctx.start.year, ctx.today.year + 1):
        for month in range(1, 13):
            for code, (plan, _vat, _vendors) in MONTHLY_PLAN.items():
                amount = int(plan * scale * rng.uniform(0.95, 1.1)) // 100 * 100
                rows.append(
                    {
                        "fiscal_year": year,
                        "month": month,
                        "category_id": ctx.expense_categories[code],
                        "amount_minor": amount * 100,
                        "currency": "CNY",
                    }
                )
    ctx.writer.insert(StudioBudget.__table__, rows)
