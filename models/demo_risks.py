"""Demo risk register: studio and project risks, each with its score history."""

from __future__ import annotations

from datetime import date

from models.demo_context import Ctx, ProjectInfo, Row, days
from models.entities import Risk, RiskScoreChange
from models.enums import ProjectStage, RiskResponse, RiskStatus

STUDIO_RISKS = (
    ("market", "Top three clients bring almost half the revenue", 3, 4),
    ("financial", "Late payments squeeze cash flow before payroll", 3, 4),
    ("people", "A senior designer may leave after the busy season", 2, 4),
    ("technology", "All project files live on one NAS", 2, 5),
    ("intellectual_property", "Font and stock licences are not tracked per project", 3, 3),
    ("operations", "Studio lease renewal next spring", 2, 3),
    ("cost", "Software subscriptions rise every year", 4, 2),
    ("quality", "No second check before files go to print", 2, 3),
    ("market", "AI image tools push client budgets down", 3, 3),
    ("financial", "USD income exposed to the exchange rate", 3, 2),
)
PROJECT_RISKS = (
    ("project", "Client feedback is slow; review rounds slip", "客户反馈慢，审阅轮次延误"),
    ("quality", "Client brand assets only in low resolution", "客户提供的素材分辨率不足"),
    ("cost", "Scope creep on extra formats", "额外尺寸需求导致范围蔓延"),
    ("technology", "Third-party API not ready in time", "第三方接口未按时就绪"),
    ("people", "Lead designer overbooked that month", "主设计师当月排期过满"),
    ("intellectual_property", "Stock photo licence scope unclear", "图片素材授权范围不明确"),
    ("financial", "Deposit not yet received", "定金尚未到账"),
    ("market", "Launch depends on the client's product release", "上线时间取决于客户产品发布"),
)


def write_risks(ctx: Ctx) -> None:
    rng, today = ctx.rng, ctx.today
    risks: list[Row] = []
    history: list[Row] = []
    owners = [p.id for p in ctx.people if p.group in ("lead", "pm") and not p.placeholder]

    def add(
        project: ProjectInfo | None,
        code: str,
        title: str,
        created: date,
        closed: bool,
        prob: int,
        impact: int,
        currency: str,
        owner: int,
    ) -> None:
        rid = len(risks) + 1
        status = (
            RiskStatus.CLOSED if closed else rng.choice((RiskStatus.OPEN, RiskStatus.MONITORING))
        )
        end = min(today, project.bounds[8]) if closed and project else today
        risks.append(
            {
                "id": rid,
                "project_id": project.id if project else None,
                "category_id": ctx.risk_categories.get(code),
                "title": title,
                "cause": "",
                "description": "",
                "probability": prob,
                "impact": impact,
                "cost_impact_minor": rng.randint(0, 40)
                * 1000_00
                // (7 if currency == "USD" else 1),
                "currency": currency,
                "schedule_impact_days": rng.randint(0, 15),
                "owner_id": owner,
                "response": rng.choice(list(RiskResponse)),
                "mitigation_plan": rng.choice(
                    (
                        "Weekly check-in with the client",
                        "每周跟进",
                        "Keep a freelancer on standby",
                        "Agree scope in writing",
                    )
                ),
                "triggers": "",
                "status": status,
                "next_review_on": None if closed else today + days(rng.randint(-10, 30)),
                "created_at": ctx.at(created, 14),
                "closed_at": ctx.at(end, 17) if closed else None,
            }
        )
        # The score walked towards where it is now; the last change is the current score.
        steps = rng.randint(1, 4)
        p0, i0 = min(5, prob + rng.randint(0, 1)), min(5, impact + rng.randint(0, 1))
        span = max(0, (end - created).days)
        for s in range(steps):
            last = s == steps - 1
            on = created + days(span * s // steps)
            history.append(
                {
                    "risk_id": rid,
                    "changed_at": ctx.at(on, 15, s),
                    "probability": prob if last else p0,
                    "impact": impact if last else i0,
                    "note": "Initial assessment" if s == 0 else "Reviewed",
                }
            )

    for code, title, prob, impact in STUDIO_RISKS:
        add(
            None,
            code,
            title,
            ctx.start + days(rng.randint(0, 60)),
            False,
            prob,
            impact,
            "CNY",
            rng.choice(owners) if owners else ctx.people[0].id,
        )
    for p in ctx.projects:
        if p.internal or not p.reached(ProjectStage.CONTRACT) or rng.random() > 0.25:
            continue
        for _ in range(rng.randint(1, 2)):
            code, en, zh = rng.choice(PROJECT_RISKS)
            created = ctx.day_between(p.bounds[2], ctx.clamp_past(p.bounds[7]))
            add(
                p,
                code,
                zh if p.client.chinese else en,
                created,
                p.stage is ProjectStage.CLOSED,
                rng.randint(1, 5),
                rng.randint(1, 5),
                p.currency,
                p.manager_id,
            )
    ctx.writer.insert(Risk.__table__, risks)
    ctx.writer.insert(RiskScoreChange.__table__, history)
