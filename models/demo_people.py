"""Demo people, skills, rates, time off, holidays, equipment and its bookings and outages."""

from __future__ import annotations

from datetime import date, timedelta

from models.demo_context import Ctx, PersonInfo, ProjectInfo, Row, days
from models.demo_names import chinese_person, english_person
from models.entities import (
    Equipment,
    EquipmentBooking,
    EquipmentOutage,
    Person,
    PersonRate,
    PersonSkill,
    PublicHoliday,
    Skill,
    TimeOff,
)
from models.enums import EquipmentKind, HolidaySource, TimeOffKind

# (role, planning group, department, hourly cost CNY, hourly bill CNY, core skills)
ROLES: tuple[tuple[str, str, str, int, int, tuple[str, ...]], ...] = (
    ("Creative Director", "lead", "Creative", 380, 1200, ("Brand strategy", "Art direction")),
    ("Account Director", "account", "Client services", 300, 900, ("Client communication",)),
    ("Project Manager", "pm", "Delivery", 260, 800, ("Project management", "Scheduling")),
    ("Art Director", "design", "Creative", 300, 950, ("Art direction", "Typography")),
    ("Senior Designer", "design", "Creative", 240, 750, ("Logo design", "Figma")),
    ("Designer", "design", "Creative", 170, 550, ("Adobe Illustrator", "Figma")),
    ("Motion Designer", "content", "Creative", 220, 700, ("After Effects", "Motion graphics")),
    ("Copywriter", "marketing", "Content", 180, 550, ("Copywriting", "SEO")),
    ("Front-end Developer", "dev", "Technology", 230, 750, ("React", "WeChat mini programs")),
    ("Full-stack Developer", "dev", "Technology", 280, 850, ("Python", "React", "Cloud")),
    ("Content Producer", "content", "Content", 200, 600, ("Photography", "Video editing")),
    ("Digital Marketing Specialist", "marketing", "Marketing", 190, 600, ("Social media",)),
)

SKILLS: tuple[str, ...] = (
    "Brand strategy",
    "Art direction",
    "Typography",
    "Logo design",
    "Illustration",
    "Figma",
    "Adobe Illustrator",
    "After Effects",
    "Motion graphics",
    "Photography",
    "Video editing",
    "Copywriting",
    "SEO",
    "Social media",
    "React",
    "Vue",
    "Python",
    "WeChat mini programs",
    "Cloud",
    "Project management",
    "Scheduling",
    "Client communication",
    "Data analysis",
)

EQUIPMENT: tuple[tuple[str, EquipmentKind, int], ...] = (
    ("Sony A7 IV camera", EquipmentKind.CAMERA, 450),
    ("Canon EOS R5 camera", EquipmentKind.CAMERA, 550),
    ("Sony FE 24-70mm GM II lens", EquipmentKind.LENS, 150),
    ("Sigma 85mm F1.4 lens", EquipmentKind.LENS, 100),
    ("Godox AD600 Pro flash kit", EquipmentKind.LIGHTING, 200),
    ("Aputure 300d II light", EquipmentKind.LIGHTING, 180),
    ("Rode NTG5 shotgun microphone", EquipmentKind.AUDIO, 80),
    ("Zoom F6 field recorder", EquipmentKind.AUDIO, 90),
    ("Studio A 摄影棚", EquipmentKind.STUDIO_ROOM, 1500),
    ("Studio B 视频棚", EquipmentKind.STUDIO_ROOM, 2000),
    ("Meeting room 会议室", EquipmentKind.STUDIO_ROOM, 0),
    ("Mac Studio workstation", EquipmentKind.WORKSTATION, 120),
    ("DJI RS 3 gimbal", EquipmentKind.OTHER, 120),
    ("DJI Mini 4 Pro drone", EquipmentKind.OTHER, 200),
    ("Adobe Creative Cloud seat", EquipmentKind.SOFTWARE_LICENCE, 0),
    ("Cinema 4D licence", EquipmentKind.SOFTWARE_LICENCE, 60),
)

OUTAGE_REASONS = (
    "Sensor cleaning",
    "Repair at the service centre",
    "Firmware update",
    "Annual inspection",
    "Dropped on set; waiting for parts",
)


def build_people(ctx: Ctx) -> None:
    rng, today, n = ctx.rng, ctx.today, ctx.profile.people
    taken: set[str] = set()
    skill_ids = {name: i for i, name in enumerate(SKILLS, start=1)}
    people_rows: list[Row] = []
    skill_rows: list[Row] = []
    rate_rows: list[Row] = []
    for i in range(n):
        role, group, dept, cost, bill, core = ROLES[i % len(ROLES)] if i < 12 else _weighted(ctx)
        while True:
            pn = chinese_person(rng) if rng.random() < 0.85 else english_person(rng)
            if pn.name not in taken:
                break
        taken.add(pn.name)
        joined = today - days(rng.randint(400, 2600))
        left: date | None = None
        working_days, week_minutes = 31, 40 * 60
        if ctx.size == "small":
            if i == 5:
                joined = today - days(120)  # a recent hire: time starts mid-year
            if i == 10:
                left = today - days(45)  # someone who left: rows kept, inactive
            if i == 6:
                working_days, week_minutes = 1 | 4 | 8, 24 * 60  # a part-time freelancer
        else:
            if rng.random() < 0.3:
                joined = ctx.day_between(ctx.start, today - days(30))
            if rng.random() < 0.08:
                left = ctx.day_between(joined + days(60), today - days(1))
                if left <= joined:
                    left = None
        pid = i + 1
        info = PersonInfo(
            pid, pn.name, role, group, joined, left, working_days, week_minutes, placeholder=False
        )
        info.rates = _rates(ctx, joined, cost, bill, force_recent=i % 3 == 0)
        ctx.people.append(info)
        domain = "lanternpine.cn"
        people_rows.append(_person_row(info, dept, f"{pn.email_local}@{domain}", ctx))
        for level_skill in core:
            skill_rows.append(_skill(pid, skill_ids[level_skill], rng.randint(3, 5)))
        extra = rng.sample([s for s in SKILLS if s not in core], rng.randint(1, 3))
        skill_rows += [_skill(pid, skill_ids[s], rng.randint(1, 3)) for s in extra]
        for valid_from, c, b in info.rates:
            rate_rows.append(
                {
                    "id": len(rate_rows) + 1,
                    "person_id": pid,
                    "valid_from": valid_from,
                    "cost_rate_minor": c * 100,
                    "bill_rate_minor": b * 100,
                    "currency": "CNY",
                }
            )
    # A placeholder for a hire being planned: schedulable, but logs no time.
    for role_name, group, cost, bill in (("Senior Developer", "dev", 300, 900),):
        pid = len(ctx.people) + 1
        info = PersonInfo(
            pid,
            f"New hire – {role_name}",
            role_name,
            group,
            today + days(30),
            None,
            31,
            40 * 60,
            placeholder=True,
        )
        info.rates = [(today + days(30), cost, bill)]
        ctx.people.append(info)
        people_rows.append(_person_row(info, "Technology", "", ctx))
        rate_rows.append(
            {
                "id": len(rate_rows) + 1,
                "person_id": pid,
                "valid_from": today + days(30),
                "cost_rate_minor": cost * 100,
                "bill_rate_minor": bill * 100,
                "currency": "CNY",
            }
        )
    w = ctx.writer
    w.insert(Person.__table__, people_rows)
    w.insert(Skill.__table__, ({"id": i, "name": s} for s, i in skill_ids.items()))
    w.insert(PersonSkill.__table__, skill_rows)
    w.insert(PersonRate.__table__, rate_rows)
    _time_off(ctx)
    w.insert(
        PublicHoliday.__table__,
        (
            {
                "country": "CN",
                "on_date": d,
                "name": name,
                "is_workday": workday,
                "source": HolidaySource.MANUAL,
            }
            for d, name, workday in ctx.calendar.holiday_rows()
        ),
    )


def _weighted(ctx: Ctx) -> tuple[str, str, str, int, int, tuple[str, ...]]:
    # A large studio has many designers and developers and few directors.
    weights = (1, 2, 4, 3, 6, 9, 4, 4, 6, 5, 4, 5)
    return ctx.rng.choices(ROLES, weights)[0]


def _skill(person_id: int, skill_id: int, level: int) -> dict[str, int]:
    return {"person_id": person_id, "skill_id": skill_id, "level": level}


def _person_row(info: PersonInfo, dept: str, email: str, ctx: Ctx) -> dict[str, object]:
    phone = "" if info.placeholder else f"+86 139 {ctx.rng.randrange(10000):04d} {info.id:04d}"
    return {
        "id": info.id,
        "name": info.name,
        "role": info.role,
        "department": dept,
        "email": email,
        "phone": phone,
        "week_minutes": info.week_minutes,
        "working_days": info.working_days,
        "is_placeholder": info.placeholder,
        "active": info.left_on is None,
        "joined_on": None if info.placeholder else info.joined_on,
        "left_on": info.left_on,
        "notes": "Freelancer, Mon/Wed/Thu" if info.working_days != 31 else "",
    }


def _rates(
    ctx: Ctx, joined: date, cost: int, bill: int, *, force_recent: bool
) -> list[tuple[date, int, int]]:
    """The first rate from joining, a raise most Aprils, and a recent change for some."""
    rng, today = ctx.rng, ctx.today
    # The role's rate is today's; someone who joined years ago started lower.
    years = today.year - joined.year
    cost, bill = cost * 100 // (100 + 6 * years), bill * 100 // (100 + 6 * years) // 10 * 10
    rates = [(joined, cost, bill)]
    for year in range(joined.year + 1, today.year + 1):
        on = date(year, 4, 1)
        if on <= today and rng.random() < 0.7:
            factor = 100 + rng.randint(5, 12)
            cost, bill = cost * factor // 100, bill * factor // 100 // 10 * 10
            rates.append((on, cost, bill))
    if force_recent and rates[-1][0] < today - days(330):
        on = today - days(rng.randint(30, 300))
        if on > joined:
            rates.append((on, cost * 108 // 100, bill * 108 // 100 // 10 * 10))
    return rates


def _time_off(ctx: Ctx) -> None:
    rng = ctx.rng
    rows: list[Row] = []
    notes = {
        TimeOffKind.LEAVE: ("Annual leave", "年假", "Family trip", "婚假"),
        TimeOffKind.SICK: ("Sick", "病假"),
        TimeOffKind.TRAINING: ("Course", "培训课程"),
    }
    for person in ctx.people:
        if person.placeholder:
            continue
        taken: dict[date, int | None] = {}
        first = max(ctx.start, person.joined_on)
        last = ctx.today + days(60) if person.left_on is None else person.left_on
        span_years = max(1, (last - first).days // 365)
        plan = (
            [(TimeOffKind.LEAVE, 1, 5)] * (3 * span_years)
            + [(TimeOffKind.SICK, 1, 2)] * (2 * span_years)
            + [(TimeOffKind.TRAINING, 1, 1)] * span_years
        )
        for kind, low, high in plan:
            start = ctx.day_between(first, last)
            while not ctx.calendar.is_workday(start):
                start += days(1)
            end = start + days(rng.randint(low, high) - 1)
            if any(start + days(k) in taken for k in range((end - start).days + 1)):
                continue
            minutes = 240 if kind is TimeOffKind.TRAINING and rng.random() < 0.5 else None
            for k in range((end - start).days + 1):
                taken[start + days(k)] = minutes
            rows.append(
                {
                    "id": len(rows) + 1,
                    "person_id": person.id,
                    "kind": kind,
                    "start_on": start,
                    "end_on": end,
                    "minutes_per_day": minutes,
                    "note": rng.choice(notes[kind]),
                }
            )
        ctx.time_off[person.id] = taken
    ctx.writer.insert(TimeOff.__table__, rows)


def build_equipment(ctx: Ctx) -> None:
    """Equipment, then per item one walk through time so bookings and outages never overlap."""
    rng, today = ctx.rng, ctx.today
    rows: list[Row] = []
    bookings: list[Row] = []
    outages: list[Row] = []
    open_projects = [p for p in ctx.projects if not p.internal]
    for i in range(ctx.profile.equipment):
        name, kind, rate = EQUIPMENT[i % len(EQUIPMENT)]
        copy = i // len(EQUIPMENT) + 1
        eid = i + 1
        retired = today - days(rng.randint(20, 200)) if i == 13 else None
        rows.append(
            {
                "id": eid,
                "name": name if copy == 1 else f"{name} #{copy}",
                "kind": kind,
                "day_rate_minor": rate * 100,
                "currency": "CNY",
                "location": "Studio store room" if kind != EquipmentKind.STUDIO_ROOM else "2F",
                "serial_no": f"SN{rng.randrange(10**8):08d}" if rate else "",
                "retired_on": retired,
                "notes": "",
            }
        )
        if kind is EquipmentKind.SOFTWARE_LICENCE:
            continue
        room = kind is EquipmentKind.STUDIO_ROOM
        cursor = ctx.at(today - days(365), 9)
        end_of_plan = ctx.at((retired or today + days(60)), 9)
        while True:
            cursor += timedelta(days=rng.randint(0, 6), hours=rng.choice((0, 2, 4)))
            start = cursor.replace(hour=rng.choice((9, 10, 13, 14)), minute=0)
            start = max(start, cursor)
            if start >= end_of_plan:
                break
            if rng.random() < 0.03:
                end = start + timedelta(days=rng.randint(1, 5))
                outages.append(
                    {
                        "id": len(outages) + 1,
                        "equipment_id": eid,
                        "start_at": start,
                        "end_at": end,
                        "reason": rng.choice(OUTAGE_REASONS),
                    }
                )
            else:
                length = (
                    timedelta(hours=rng.randint(2, 8))
                    if room
                    else timedelta(days=rng.randint(0, 2), hours=rng.randint(3, 9))
                )
                end = start + length
                project = _active_project(ctx, open_projects, start.date())
                bookings.append(
                    {
                        "id": len(bookings) + 1,
                        "equipment_id": eid,
                        "project_id": project.id if project else None,
                        "start_at": start,
                        "end_at": end,
                        "note": project.name if project else "Internal use",
                    }
                )
            cursor = end
    ctx.writer.insert(Equipment.__table__, rows)
    ctx.writer.insert(EquipmentOutage.__table__, outages)
    ctx.writer.insert(EquipmentBooking.__table__, bookings)


def _active_project(ctx: Ctx, projects: list[ProjectInfo], on: date) -> ProjectInfo | None:
    for _ in range(8):
        p = ctx.rng.choice(projects)
        if p.work_start <= on <= p.work_end:
            return p
    return None
