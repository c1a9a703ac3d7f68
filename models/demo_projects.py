"""Demo projects across the whole lifecycle: stages, history, milestones, tasks, changes."""

from __future__ import annotations

from datetime import date
from itertools import accumulate

from models.demo_context import STAGE_ORDER, ClientInfo, Ctx, PersonInfo, ProjectInfo, Row, days
from models.entities import (
    ChangeRequest,
    Milestone,
    Project,
    ReviewRound,
    StageChange,
    Task,
    TaskDependency,
    project_team,
)
from models.enums import (
    ChangeRequestStatus,
    PricingModel,
    ProjectStage,
    ProjectStatus,
    TaskStatus,
)
from models.reference import TEMPLATE_TEXT_ZH, TEMPLATES, TemplatePhase

STAGES = list(ProjectStage)
SERVICE_WEIGHTS = {
    "brand_visual_design": 25,
    "digital_marketing": 20,
    "web_app_development": 20,
    "content_creation": 20,
    "consulting": 15,
}
# (scale of the template's durations, contract value range in thousands of CNY)
SERVICE_SCALE = {
    "brand_visual_design": ((0.8, 1.6), (40, 300)),
    "digital_marketing": ((0.8, 1.5), (30, 250)),
    "web_app_development": ((1.0, 2.2), (80, 600)),
    "content_creation": ((0.6, 1.3), (15, 150)),
    "consulting": ((0.7, 1.4), (30, 200)),
}
TEAM_GROUPS = {
    "brand_visual_design": ("lead", "design", "design"),
    "digital_marketing": ("marketing", "content", "design"),
    "web_app_development": ("dev", "dev", "design"),
    "content_creation": ("content", "content", "marketing"),
    "consulting": ("lead", "marketing"),
}
# The project name is the client's short name and one of these (English, Chinese).
DELIVERABLES = {
    "brand_visual_design": (
        ("Brand refresh", "品牌焕新"),
        ("Visual identity", "视觉识别系统"),
        ("Packaging design", "包装设计"),
        ("Annual report", "年报设计"),
    ),
    "digital_marketing": (
        ("Spring campaign", "春季推广"),
        ("Double 11 campaign", "双十一营销"),
        ("Social media retainer", "社交媒体代运营"),
        ("Xiaohongshu launch", "小红书新品推广"),
        ("Mid-Autumn campaign", "中秋营销"),
    ),
    "web_app_development": (
        ("Corporate website", "企业官网"),
        ("WeChat mini program", "微信小程序"),
        ("Online shop", "电商网站"),
        ("Booking app", "预约App"),
        ("Website redesign", "官网改版"),
    ),
    "content_creation": (
        ("Product photography", "产品摄影"),
        ("Brand film", "品牌宣传片"),
        ("Douyin short videos", "抖音短视频"),
        ("Podcast series", "播客节目"),
    ),
    "consulting": (
        ("Brand strategy", "品牌战略咨询"),
        ("Digital roadmap", "数字化路线图"),
        ("Market entry study", "市场进入研究"),
    ),
}
CHANGE_TITLES = (
    ("Extra poster sizes", "增加海报尺寸"),
    ("Additional landing page", "新增落地页"),
    ("English version", "增加英文版"),
    ("Extra video cut-down", "增加短视频版本"),
    ("Extra social templates", "增加社交媒体模板"),
)
PERCENT_BY_STAGE = (0, 0, 5, 15, 45, 80, 95, 100, 100)


def plan_projects(ctx: Ctx, internal_client: ClientInfo) -> None:
    """Decide every project in memory; later steps (time, invoices) read ``ctx.projects``."""
    rng, prof = ctx.rng, ctx.profile
    real = [c for c in ctx.clients if c is not internal_client]
    # Most clients buy something, a few buy a lot; the rest are leads and lost prospects.
    buyers = rng.sample(real, max(1, int(len(real) * 0.8)))
    weights = [rng.paretovariate(1.3) for _ in buyers]
    cum = list(accumulate(weights))  # once: choices() would sum them on every call
    groups = {
        g: [p for p in ctx.people if p.group == g and not p.placeholder]
        for g in ("lead", "account", "pm", "design", "dev", "content", "marketing")
    }
    services, service_w = list(SERVICE_WEIGHTS), list(SERVICE_WEIGHTS.values())
    years = range(ctx.start.year, ctx.today.year + 1)
    n_real = prof.projects - len(years)
    for i in range(n_real):
        client = buyers[i] if i < len(buyers) else rng.choices(buyers, cum_weights=cum)[0]
        stage = STAGES[i] if i < len(STAGES) else rng.choices(STAGES, prof.stage_weights)[0]
        service = rng.choices(services, service_w)[0]
        ctx.projects.append(_plan_one(ctx, len(ctx.projects) + 1, client, stage, service, groups))
    # Codes as the projects service hands them out: one counter in the order the projects were
    # created (not one per year), the year being that of the planned start.
    for n, p in enumerate(sorted(ctx.projects, key=lambda p: (p.bounds[0], p.id)), start=1):
        p.code = f"P-{p.bounds[3].year}-{n:04d}"
    everyone = [p.id for p in ctx.people if not p.placeholder]
    for year in years:
        # Admin, pitches and training need a project to book time on.
        first = max(date(year, 1, 1), ctx.start)
        last = date(year, 12, 31)
        bounds = [first] * 4 + [first] * 4 + [last]
        bounds[7] = last
        stage = ProjectStage.DEVELOPMENT if year == ctx.today.year else ProjectStage.CLOSED
        ctx.projects.append(
            ProjectInfo(
                id=len(ctx.projects) + 1,
                code=f"INT-{year}",
                name=f"Studio internal {year} 内部事务",
                client=internal_client,
                service="",
                stage=stage,
                bounds=bounds,
                currency="CNY",
                pricing=PricingModel.FIXED_FEE,
                base_value=0,
                value=0,
                deposit=0,
                manager_id=groups["pm"][0].id if groups["pm"] else everyone[0],
                team=everyone,
                hourly_minor=0,
                internal=True,
            )
        )


def _employed(p: PersonInfo, first: date, last: date) -> bool:
    return p.joined_on <= last and (p.left_on is None or p.left_on >= first)


def _pick(ctx: Ctx, pool: list[PersonInfo], first: date, last: date) -> PersonInfo | None:
    for _ in range(6):
        if not pool:
            return None
        p = ctx.rng.choice(pool)
        if _employed(p, first, last):
            return p
    return None


def _plan_one(
    ctx: Ctx,
    pid: int,
    client: ClientInfo,
    stage: ProjectStage,
    service: str,
    groups: dict[str, list[PersonInfo]],
) -> ProjectInfo:
    rng, today = ctx.rng, ctx.today
    phases = TEMPLATES[service][1]
    (f_lo, f_hi), (v_lo, v_hi) = SERVICE_SCALE[service]
    factor = rng.uniform(f_lo, f_hi)
    lengths = [max(1, round(sum(t.duration_days for t in ph.tasks) * factor)) for ph in phases[:7]]
    lengths.append(rng.randint(30, 90))  # maintenance
    offsets = [sum(lengths[:k]) for k in range(9)]
    if stage is ProjectStage.CLOSED:
        spare = max(0, ctx.profile.history_days - offsets[8])
        start = today - days(offsets[8] + rng.randint(0, spare))
    else:
        k = STAGE_ORDER[stage]
        start = today - days(offsets[k] + rng.randint(0, lengths[k] - 1))
    bounds = [start + days(o) for o in offsets]
    currency = "USD" if client.overseas else "CNY"
    thousands = rng.randint(v_lo, v_hi) * (1 + (factor - 1) / 2)
    value = int(thousands) * 1000 * 100
    if currency == "USD":
        value = value // 7 // 10_000 * 10_000
    roll = rng.random()
    if service in ("digital_marketing", "content_creation") and roll < 0.25:
        pricing = PricingModel.RETAINER
    elif service in ("web_app_development", "consulting", "content_creation") and roll < 0.45:
        pricing = PricingModel.TIME_AND_MATERIALS
    else:
        pricing = PricingModel.FIXED_FEE
    deposit = 0
    if pricing is PricingModel.FIXED_FEE:
        deposit = value * rng.choice((30, 40, 50)) // 100
    elif pricing is PricingModel.TIME_AND_MATERIALS and rng.random() < 0.4:
        deposit = value * 20 // 100
    first, last = bounds[3], bounds[7]
    manager = _pick(ctx, groups["pm"], first, last) or _pick(ctx, groups["lead"], first, last)
    team: list[int] = [manager.id] if manager else []
    for group in TEAM_GROUPS[service]:
        person = _pick(ctx, groups[group], first, last)
        if person and person.id not in team:
            team.append(person.id)
    if not team:
        team = [ctx.people[0].id]
    en, zh = rng.choice(DELIVERABLES[service])
    name = f"{client.short} {zh}" if client.chinese else f"{client.short} – {en}"
    return ProjectInfo(
        id=pid,
        code="",  # numbered once every project is planned
        name=name,
        client=client,
        service=service,
        stage=stage,
        bounds=bounds,
        currency=currency,
        pricing=pricing,
        base_value=value,
        value=value,
        deposit=deposit,
        manager_id=team[0],
        team=team,
        hourly_minor=(100 if currency == "USD" else 700) * 100,
    )


def write_projects(ctx: Ctx) -> None:
    rng, today, w = ctx.rng, ctx.today, ctx.writer
    rows: list[Row] = []
    team_rows: list[Row] = []
    changes: list[Row] = []
    milestones: list[Row] = []
    tasks: list[Row] = []
    deps: list[Row] = []
    crs: list[Row] = []
    reviews: list[Row] = []
    names = {p.id: p.name for p in ctx.people}
    for p in ctx.projects:
        if not p.internal:
            _change_requests(ctx, p, crs)
        status = ProjectStatus.ON_TRACK
        due = p.bounds[7]
        if p.stage is ProjectStage.CLOSED:
            status = ProjectStatus.DONE
        elif p.stage in (ProjectStage.DEVELOPMENT, ProjectStage.REVIEW, ProjectStage.DELIVERY):
            roll = rng.random()
            if roll < 0.12 and not p.internal:
                late = today - days(rng.randint(1, 15))  # past due and not delivered
                if late >= p.bounds[3]:
                    due, status = late, ProjectStatus.OFF_TRACK
            elif roll < 0.25:
                status = ProjectStatus.AT_RISK
            elif roll < 0.28:
                status = ProjectStatus.ON_HOLD
        delivered = p.bounds[7] if p.reached(ProjectStage.MAINTENANCE) and not p.internal else None
        contact = p.client.contact_names[0] if p.client.contact_names else ""
        rows.append(
            {
                "id": p.id,
                "code": p.code,
                "name": p.name,
                "client_id": p.client.id,
                "service_type_id": ctx.service_types.get(p.service),
                "manager_id": p.manager_id,
                "start_on": p.bounds[3],
                "due_on": due,
                "stage": p.stage,
                "status": status,
                "pricing_model": p.pricing,
                "currency": p.currency,
                "contract_value_minor": p.value,
                "cap_minor": p.value * 110 // 100
                if p.pricing is PricingModel.TIME_AND_MATERIALS
                else None,
                "deposit_minor": p.deposit,
                "deposit_paid_on": p.deposit_paid_day
                if p.deposit and p.reached(ProjectStage.REQUIREMENTS)
                else None,
                "final_paid_on": min(today, p.final_paid_day)
                if p.stage is ProjectStage.CLOSED and not p.internal
                else None,
                "payment_terms": ""
                if p.internal
                else rng.choice(
                    ("30% deposit, balance on delivery", "Net 30", "定金40%，验收后付清尾款")
                ),
                "review_rounds_allowed": 2 if p.service != "web_app_development" else 3,
                "percent_complete": 0 if p.internal else PERCENT_BY_STAGE[p.level],
                "progress_from_tasks": False,
                "description": "",
                "accepted_by": contact if delivered else "",
                "accepted_on": delivered,
                "satisfaction": rng.choices((3, 4, 5), (1, 4, 5))[0] if delivered else None,
                "delivered_on": delivered,
                "archived_at": ctx.at(p.bounds[8] + days(30))
                if p.stage is ProjectStage.CLOSED
                and p.bounds[8] + days(30) < today
                and rng.random() < 0.3
                else None,
                "created_at": ctx.at(p.bounds[0], 9),
                "updated_at": ctx.at(today, 9),
            }
        )
        team_rows += [{"project_id": p.id, "person_id": person} for person in p.team]
        who = names[p.manager_id]
        previous: ProjectStage | None = None
        for k in range(p.level + 1):
            overridden = ""
            if k == STAGE_ORDER[ProjectStage.REQUIREMENTS] and not p.deposit and rng.random() < 0.1:
                overridden = "deposit_paid"
            changes.append(
                {
                    "id": len(changes) + 1,
                    "project_id": p.id,
                    "from_stage": previous,
                    "to_stage": STAGES[k],
                    "changed_at": ctx.at(p.bounds[k], 10 + k % 7),
                    "changed_by": who,
                    "reason": "Client asked to start before the deposit" if overridden else "",
                    "overridden_gate": overridden,
                }
            )
            previous = STAGES[k]
        if p.internal:
            continue
        _milestones_and_tasks(ctx, p, milestones, tasks, deps)
        if p.reached(ProjectStage.REVIEW):
            allowed = int(rows[-1]["review_rounds_allowed"])
            n = rng.randint(1, allowed + 1) if p.reached(ProjectStage.DELIVERY) else 1
            for r in range(1, n + 1):
                held = ctx.clamp_past(
                    p.bounds[5] + days(r * max(1, (p.bounds[6] - p.bounds[5]).days // (n + 1)))
                )
                reviews.append(
                    {
                        "id": len(reviews) + 1,
                        "project_id": p.id,
                        "round_no": r,
                        "held_on": held,
                        "notes": rng.choice(
                            (
                                "Colour and copy tweaks",
                                "客户要求调整主视觉",
                                "Layout changes on two pages",
                                "修改字体与配色",
                            )
                        ),
                        "billable": r > allowed,
                    }
                )
    w.insert(Project.__table__, rows)
    w.insert(project_team, team_rows)
    w.insert(StageChange.__table__, changes)
    w.insert(Milestone.__table__, milestones)
    w.insert(Task.__table__, tasks)
    w.insert(TaskDependency.__table__, deps)
    w.insert(ChangeRequest.__table__, crs)
    w.insert(ReviewRound.__table__, reviews)


def _change_requests(ctx: Ctx, p: ProjectInfo, out: list[Row]) -> None:
    """Scope changes; approved ones raise the contract value (kept before/after)."""
    rng, today = ctx.rng, ctx.today
    if not p.reached(ProjectStage.REQUIREMENTS) or rng.random() > 0.3:
        return
    for _ in range(rng.randint(1, 2)):
        asked = ctx.day_between(p.bounds[3], ctx.clamp_past(p.bounds[6]))
        en, zh = rng.choice(CHANGE_TITLES)
        fee = max(500_00, p.base_value * rng.randint(5, 20) // 100 // 50_000 * 50_000)
        extra_days = rng.randint(0, 10)
        if asked > today - days(10) and p.level < STAGE_ORDER[ProjectStage.DELIVERY]:
            status, decided = ChangeRequestStatus.PROPOSED, None
        else:
            status = rng.choices(
                (ChangeRequestStatus.APPROVED, ChangeRequestStatus.REJECTED), (65, 35)
            )[0]
            decided = ctx.clamp_past(asked + days(rng.randint(2, 7)))
        approved = status is ChangeRequestStatus.APPROVED
        out.append(
            {
                "id": len(out) + 1,
                "project_id": p.id,
                "title": zh if p.client.chinese else en,
                "scope": "",
                "extra_fee_minor": fee,
                "extra_days": extra_days,
                "status": status,
                "requested_on": asked,
                "decided_on": decided,
                "value_before_minor": p.value if approved else None,
                "due_before": p.bounds[7] if approved else None,
            }
        )
        if approved:
            p.value += fee
            p.approved_changes.append((zh if p.client.chinese else en, fee, decided or asked))


def _milestones_and_tasks(
    ctx: Ctx,
    p: ProjectInfo,
    milestones: list[Row],
    tasks: list[Row],
    deps: list[Row],
) -> None:
    rng, today = ctx.rng, ctx.today
    phases: tuple[TemplatePhase, ...] = TEMPLATES[p.service][1]
    # A Chinese client's plan is written in Chinese, as the studio would when applying the
    # template for them; other clients keep the English template text.
    text = TEMPLATE_TEXT_ZH if p.client.chinese else {}
    sort = 0
    previous_task: int | None = None
    before_previous: int | None = None
    for k, phase in enumerate(phases):
        first, end = p.bounds[k], p.bounds[k + 1]
        finished = p.level > k
        mid = len(milestones) + 1
        p.milestone_ids[phase.stage.value] = mid
        total = sum(t.duration_days for t in phase.tasks) or 1
        p.phase_tasks.append([])
        span = (end - first).days
        cum = 0
        for t in phase.tasks:
            t_start = first + days(round(cum * span / total))
            cum += t.duration_days
            t_due = max(t_start, first + days(round(cum * span / total) - 1))
            if finished or (p.level == k and t_due < today and rng.random() > 0.1):
                status, progress = TaskStatus.DONE, 100
            elif p.level == k and t_start <= today:
                whole = max(1, (t_due - t_start).days + 1)
                progress = min(95, 100 * ((today - t_start).days + 1) // whole)
                status = TaskStatus.BLOCKED if rng.random() < 0.07 else TaskStatus.IN_PROGRESS
            else:
                status, progress = TaskStatus.TODO, 0
            tid = len(tasks) + 1
            tasks.append(
                {
                    "id": tid,
                    "project_id": p.id,
                    "milestone_id": mid,
                    "phase": phase.stage.value,
                    "name": text.get(t.name, t.name),
                    "assignee_id": rng.choice(p.team) if k in (3, 4, 5, 7) else p.manager_id,
                    "estimate_minutes": max(
                        30, round(t.estimate_hours * 60 * span / total / 30) * 30
                    )
                    if t.duration_days
                    else t.estimate_hours * 60,
                    "start_on": t_start,
                    "due_on": t_due,
                    "status": status,
                    "progress": progress,
                    "sort": sort,
                    "risk_id": None,
                }
            )
            p.phase_tasks[-1].append(tid)
            # Finish-to-start along the plan, sometimes skipping one: always earlier -> later,
            # so the graph can have no cycle.
            if previous_task is not None:
                deps.append({"predecessor_id": previous_task, "successor_id": tid})
            if before_previous is not None and rng.random() < 0.2:
                deps.append({"predecessor_id": before_previous, "successor_id": tid})
            before_previous, previous_task = previous_task, tid
            sort += 1
        done_on = None
        if finished:
            done_on = min(today, max(first, end + days(rng.randint(-1, 2))))
        milestones.append(
            {
                "id": mid,
                "project_id": p.id,
                "name": text.get(phase.milestone, phase.milestone),
                "due_on": end,
                "done_on": done_on,
                "sort": k,
            }
        )
