"""Built-in reference data every studio database starts with, and its Chinese labels."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import (
    ExpenseCategory,
    ProjectTemplate,
    RiskCategory,
    Sequence,
    ServiceType,
    TemplateItem,
)
from models.enums import ProjectStage, TemplateItemKind

# Codes are stable forever (the UI translates by code); the English names are only what is
# stored for a user to rename.
SERVICE_TYPES: tuple[tuple[str, str], ...] = (
    ("brand_visual_design", "Brand & visual design"),
    ("digital_marketing", "Digital marketing"),
    ("web_app_development", "Web & app development"),
    ("content_creation", "Content creation"),
    ("consulting", "Consulting"),
)

# The studio cost plan: five groups, each with its children.
EXPENSE_CATEGORIES: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    (
        "labour",
        "Labour",
        (
            ("salaries", "Salaries"),
            ("benefits", "Benefits"),
            ("social_insurance", "Social insurance"),
        ),
    ),
    (
        "operations",
        "Operations",
        (
            ("rent", "Rent"),
            ("utilities", "Utilities"),
            ("office_supplies", "Office supplies"),
            ("equipment_maintenance", "Equipment maintenance"),
        ),
    ),
    (
        "marketing",
        "Marketing",
        (("ads", "Advertising"), ("events", "Events"), ("promotion", "Promotion")),
    ),
    (
        "technology",
        "Technology",
        (
            ("software_licences", "Software licences"),
            ("cloud", "Cloud services"),
            ("hardware", "Hardware"),
        ),
    ),
    (
        "other",
        "Other",
        (("travel", "Travel"), ("training", "Training"), ("taxes", "Taxes and fees")),
    ),
)

RISK_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("market", "Market"),
    ("project", "Project"),
    ("financial", "Financial"),
    ("people", "People"),
    ("technology", "Technology"),
    ("intellectual_property", "Intellectual property"),
    ("operations", "Operations"),
    ("quality", "Quality"),
    ("cost", "Cost"),
)

SEQUENCE_NAMES: tuple[str, ...] = ("invoice", "credit_note", "project")


@dataclass(frozen=True, slots=True)
class TemplateTask:
    name: str
    duration_days: int
    estimate_hours: int


@dataclass(frozen=True, slots=True)
class TemplatePhase:
    """One lifecycle stage of a template: its tasks (run one after another), then a milestone."""

    stage: ProjectStage
    tasks: tuple[TemplateTask, ...]
    milestone: str


def _t(name: str, days: int, hours: int) -> TemplateTask:
    return TemplateTask(name, days, hours)


# The phases every service shares; only requirements, development and review differ.
_CONTACT = TemplatePhase(
    ProjectStage.CONTACT,
    (_t("Discovery call", 1, 2), _t("Feasibility check", 2, 3)),
    "Feasibility confirmed",
)
_QUOTE = TemplatePhase(
    ProjectStage.QUOTE,
    (_t("Prepare proposal and quote", 3, 6), _t("Present proposal", 2, 2)),
    "Quote accepted",
)
_CONTRACT = TemplatePhase(
    ProjectStage.CONTRACT,
    (_t("Contract signing", 3, 2), _t("Deposit invoice", 2, 1)),
    "Contract signed and deposit received",
)
_DELIVERY = TemplatePhase(
    ProjectStage.DELIVERY,
    (_t("Final files and handover", 3, 8), _t("Acceptance sign-off", 2, 2)),
    "Delivered and accepted",
)
_MAINTENANCE = TemplatePhase(
    ProjectStage.MAINTENANCE,
    (_t("Post-delivery support", 30, 8),),
    "Support period ends",
)


def _template(
    requirements: tuple[TemplateTask, ...],
    development: tuple[TemplateTask, ...],
    review: tuple[TemplateTask, ...],
) -> tuple[TemplatePhase, ...]:
    return (
        _CONTACT,
        _QUOTE,
        _CONTRACT,
        TemplatePhase(ProjectStage.REQUIREMENTS, requirements, "Brief approved"),
        TemplatePhase(ProjectStage.DEVELOPMENT, development, "Production complete"),
        TemplatePhase(ProjectStage.REVIEW, review, "Final version approved"),
        _DELIVERY,
        _MAINTENANCE,
    )


# service type code -> (template name, phases)
TEMPLATES: dict[str, tuple[str, tuple[TemplatePhase, ...]]] = {
    "brand_visual_design": (
        "Brand identity (standard)",
        _template(
            (_t("Brand workshop", 2, 8), _t("Creative brief and moodboard", 4, 12)),
            (
                _t("Logo concepts", 8, 40),
                _t("Visual identity system", 10, 48),
                _t("Brand guidelines", 6, 24),
            ),
            (_t("Review round 1", 4, 8), _t("Review round 2", 4, 8)),
        ),
    ),
    "digital_marketing": (
        "Digital campaign (standard)",
        _template(
            (_t("Audience and channel research", 4, 12), _t("Campaign brief", 3, 8)),
            (
                _t("Creative assets", 10, 40),
                _t("Media plan and set-up", 5, 16),
                _t("Campaign launch", 14, 30),
            ),
            (_t("Performance review", 3, 6), _t("Optimisation round", 4, 10)),
        ),
    ),
    "web_app_development": (
        "Website or app (standard)",
        _template(
            (_t("Requirements workshop", 3, 12), _t("Specification and sitemap", 5, 20)),
            (
                _t("UX wireframes", 8, 32),
                _t("UI design", 10, 48),
                _t("Front-end build", 15, 80),
                _t("Back-end and integrations", 15, 80),
                _t("Testing and QA", 6, 24),
            ),
            (_t("Client testing round", 5, 12), _t("Fixes and polish", 5, 20)),
        ),
    ),
    "content_creation": (
        "Content production (standard)",
        _template(
            (_t("Content brief", 3, 8), _t("Script and storyboard", 5, 16)),
            (
                _t("Shoot preparation", 3, 12),
                _t("Photo or video shoot", 2, 16),
                _t("Editing and post-production", 8, 32),
            ),
            (_t("Review round 1", 3, 6), _t("Review round 2", 3, 6)),
        ),
    ),
    "consulting": (
        "Consulting engagement (standard)",
        _template(
            (_t("Stakeholder interviews", 5, 16), _t("Current-state assessment", 5, 16)),
            (_t("Analysis and recommendations", 10, 40), _t("Roadmap", 5, 16)),
            (_t("Findings presentation", 2, 4), _t("Revisions", 3, 8)),
        ),
    ),
}


@dataclass(frozen=True, slots=True)
class PlannedItem:
    """A template item with its day offsets worked out (what is stored as a TemplateItem)."""

    kind: TemplateItemKind
    phase: str
    name: str
    offset_days: int
    duration_days: int
    estimate_minutes: int
    sort: int


def plan_template(phases: tuple[TemplatePhase, ...]) -> list[PlannedItem]:
    """Lay the phases end to end: tasks follow each other, the milestone closes its phase."""
    items: list[PlannedItem] = []
    day = 0
    for phase in phases:
        for task in phase.tasks:
            items.append(
                PlannedItem(
                    TemplateItemKind.TASK,
                    phase.stage.value,
                    task.name,
                    day,
                    task.duration_days,
                    task.estimate_hours * 60,
                    len(items),
                )
            )
            day += task.duration_days
        items.append(
            PlannedItem(
                TemplateItemKind.MILESTONE,
                phase.stage.value,
                phase.milestone,
                day,
                0,
                0,
                len(items),
            )
        )
    return items


REFERENCE_LABELS_ZH: dict[str, str] = {
    # service types
    "brand_visual_design": "品牌视觉设计",
    "digital_marketing": "数字营销",
    "web_app_development": "网站与应用开发",
    "content_creation": "内容创作",
    "consulting": "咨询服务",
    # expense categories (the studio cost plan)
    "labour": "人力成本",
    "salaries": "工资",
    "benefits": "福利",
    "social_insurance": "社会保险",
    "operations": "运营",
    "rent": "房租",
    "utilities": "水电网",
    "office_supplies": "办公用品",
    "equipment_maintenance": "设备维护",
    "marketing": "市场营销",
    "ads": "广告投放",
    "events": "活动",
    "promotion": "推广",
    "technology": "技术",
    "software_licences": "软件许可",
    "cloud": "云服务",
    "hardware": "硬件",
    "other": "其他",
    "travel": "差旅",
    "training": "培训",
    "taxes": "税费",
    # risk categories; "technology" and "operations" share the expense labels on purpose
    "market": "市场",
    "project": "项目",
    "financial": "财务",
    "people": "人员",
    "intellectual_property": "知识产权",
    "quality": "质量",
    "cost": "成本",
    # lifecycle stages, which are also the template phases
    "contact": "初步接触与可行性",
    "quote": "方案与报价",
    "contract": "签约与定金",
    "requirements": "需求确认",
    "development": "设计与开发",
    "review": "审阅修改",
    "delivery": "交付与验收",
    "maintenance": "维护",
    "closed": "已结项",
    # numbering sequences
    "invoice": "发票",
    "credit_note": "红字发票",
}

# Template and item names are free text a user may edit, so they are keyed by the shipped
# English text; a report falls back to the stored text when a user has renamed one.
TEMPLATE_TEXT_ZH: dict[str, str] = {
    "Brand identity (standard)": "品牌识别（标准）",
    "Digital campaign (standard)": "数字营销活动（标准）",
    "Website or app (standard)": "网站或应用（标准）",
    "Content production (standard)": "内容制作（标准）",
    "Consulting engagement (standard)": "咨询项目（标准）",
    "Discovery call": "初次沟通",
    "Feasibility check": "可行性评估",
    "Feasibility confirmed": "确认可行",
    "Prepare proposal and quote": "准备方案与报价",
    "Present proposal": "提案",
    "Quote accepted": "报价确认",
    "Contract signing": "签订合同",
    "Deposit invoice": "开具定金发票",
    "Contract signed and deposit received": "合同签订，定金到账",
    "Brief approved": "需求确认",
    "Production complete": "制作完成",
    "Final version approved": "终稿确认",
    "Final files and handover": "最终文件交接",
    "Acceptance sign-off": "验收签字",
    "Delivered and accepted": "交付并验收",
    "Post-delivery support": "交付后支持",
    "Support period ends": "维护期结束",
    "Brand workshop": "品牌工作坊",
    "Creative brief and moodboard": "创意简报与情绪板",
    "Logo concepts": "标志方案",
    "Visual identity system": "视觉识别系统",
    "Brand guidelines": "品牌手册",
    "Review round 1": "第一轮审阅",
    "Review round 2": "第二轮审阅",
    "Audience and channel research": "受众与渠道调研",
    "Campaign brief": "活动简报",
    "Creative assets": "创意素材",
    "Media plan and set-up": "媒介计划与投放设置",
    "Campaign launch": "活动上线",
    "Performance review": "效果复盘",
    "Optimisation round": "优化调整",
    "Requirements workshop": "需求研讨会",
    "Specification and sitemap": "需求规格与站点地图",
    "UX wireframes": "交互线框图",
    "UI design": "界面设计",
    "Front-end build": "前端开发",
    "Back-end and integrations": "后端与系统集成",
    "Testing and QA": "测试与质量保证",
    "Client testing round": "客户测试",
    "Fixes and polish": "修复与打磨",
    "Content brief": "内容简报",
    "Script and storyboard": "脚本与分镜",
    "Shoot preparation": "拍摄筹备",
    "Photo or video shoot": "拍摄",
    "Editing and post-production": "剪辑与后期",
    "Stakeholder interviews": "相关方访谈",
    "Current-state assessment": "现状评估",
    "Analysis and recommendations": "分析与建议",
    "Roadmap": "实施路线图",
    "Findings presentation": "成果汇报",
    "Revisions": "修改",
}


def label_zh(code: str | None, fallback: str) -> str:
    """The Chinese label of a built-in code, or ``fallback`` (the stored name) for user rows."""
    if code is None:
        return fallback
    return REFERENCE_LABELS_ZH.get(code, fallback)


def seed_reference_data(session: Session) -> None:
    """Add whatever built-in reference rows are missing; running it again adds nothing.

    Rows are matched by code, so a user's renaming of a built-in row survives. A user row
    that already carries a built-in's English name (no code) is adopted rather than
    duplicated, because names are unique.
    """
    _seed_service_types(session)
    _seed_expense_categories(session)
    _seed_risk_categories(session)
    session.flush()
    _seed_templates(session)
    _seed_sequences(session)
    session.flush()


_Coded = TypeVar("_Coded", ServiceType, RiskCategory)


def _seed_coded(session: Session, model: type[_Coded], rows: tuple[tuple[str, str], ...]) -> None:
    by_code = {r.code: r for r in session.scalars(select(model).where(model.code.is_not(None)))}
    by_name = {r.name: r for r in session.scalars(select(model).where(model.code.is_(None)))}
    for code, name in rows:
        if code in by_code:
            continue
        if name in by_name:
            by_name[name].code = code
        else:
            session.add(model(code=code, name=name))


def _seed_service_types(session: Session) -> None:
    _seed_coded(session, ServiceType, SERVICE_TYPES)


def _seed_risk_categories(session: Session) -> None:
    _seed_coded(session, RiskCategory, RISK_CATEGORIES)


def _seed_expense_categories(session: Session) -> None:
    existing = list(session.scalars(select(ExpenseCategory)))
    by_code = {r.code: r for r in existing if r.code is not None}
    by_parent_name = {(r.parent_id, r.name): r for r in existing if r.code is None}

    def ensure(code: str, name: str, parent: ExpenseCategory | None) -> ExpenseCategory:
        if code in by_code:
            return by_code[code]
        parent_id = parent.id if parent is not None else None
        row = by_parent_name.get((parent_id, name))
        if row is not None:
            row.code = code
        else:
            row = ExpenseCategory(code=code, name=name, parent_id=parent_id)
            session.add(row)
            session.flush()  # the children need the parent's id
        by_code[code] = row
        return row

    for code, name, children in EXPENSE_CATEGORIES:
        parent = ensure(code, name, None)
        for child_code, child_name in children:
            ensure(child_code, child_name, parent)


def _seed_templates(session: Session) -> None:
    have = set(session.scalars(select(ProjectTemplate.name)))
    rows = session.execute(
        select(ServiceType.code, ServiceType.id).where(ServiceType.code.is_not(None))
    )
    type_ids = {code: id_ for code, id_ in rows}
    for type_code, (name, phases) in TEMPLATES.items():
        # Templates carry no code, so the name is the match: a built-in the user renamed or
        # deleted comes back on a later seed (it runs at set-up, so rarely matters).
        if name in have:
            continue
        template = ProjectTemplate(name=name, service_type_id=type_ids.get(type_code), builtin=True)
        session.add(template)
        session.flush()
        session.add_all(
            TemplateItem(
                template_id=template.id,
                kind=item.kind,
                phase=item.phase,
                name=item.name,
                offset_days=item.offset_days,
                duration_days=item.duration_days,
                estimate_minutes=item.estimate_minutes,
                sort=item.sort,
            )
            for item in plan_template(phases)
        )


def _seed_sequences(session: Session) -> None:
    have = set(session.scalars(select(Sequence.name)))
    for name in SEQUENCE_NAMES:
        if name not in have:
            session.add(Sequence(name=name, next_value=1))
