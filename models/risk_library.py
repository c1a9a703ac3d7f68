"""A starter library of common studio risks, in English and Chinese, for the user to pick from."""

from __future__ import annotations

from dataclasses import dataclass

from models.enums import RiskResponse


@dataclass(frozen=True, slots=True)
class LibraryRisk:
    """One ready-made risk: category code (models.reference.RISK_CATEGORIES) and both languages."""

    code: str
    category: str
    probability: int
    impact: int
    response: RiskResponse
    title_en: str
    title_zh: str
    mitigation_en: str
    mitigation_zh: str
    triggers_en: str
    triggers_zh: str

    def title(self, lang: str) -> str:
        return self.title_zh if lang.startswith("zh") else self.title_en

    def mitigation(self, lang: str) -> str:
        return self.mitigation_zh if lang.startswith("zh") else self.mitigation_en

    def triggers(self, lang: str) -> str:
        return self.triggers_zh if lang.startswith("zh") else self.triggers_en


R = RiskResponse
RISK_LIBRARY: tuple[LibraryRisk, ...] = (
    LibraryRisk(
        "changing_requirements", "project", 4, 3, R.MITIGATE,
        "Client changes the requirements again and again",
        "客户反复变更需求",
        "Sign off a written brief; limit review rounds in the contract; price every change "
        "through a change request.",
        "签署书面需求确认；合同中限定审阅轮次；所有变更走变更申请并报价。",
        "A third round of 'small tweaks'; new stakeholders join late.",
        "出现第三轮“小修改”；新的决策人中途加入。",
    ),
    LibraryRisk(
        "schedule_slip", "project", 3, 3, R.MITIGATE,
        "Schedule slips past the delivery date",
        "项目进度延误，无法按期交付",
        "Plan buffers per milestone; review progress weekly; escalate blocked tasks early.",
        "每个里程碑预留缓冲；每周检查进度；及早上报受阻任务。",
        "A milestone misses its date; tasks stay blocked for more than two days.",
        "里程碑逾期；任务受阻超过两天。",
    ),
    LibraryRisk(
        "quality_below_standard", "quality", 2, 4, R.MITIGATE,
        "Work delivered below the agreed quality standard",
        "交付质量未达到约定标准",
        "Agree acceptance criteria up front; add a second check before anything leaves the studio.",
        "事先约定验收标准；交付前增加一次内部复核。",
        "Rework requests after delivery; client feedback mentions errors.",
        "交付后出现返工要求；客户反馈提到错误。",
    ),
    LibraryRisk(
        "key_person_leaves", "people", 2, 5, R.MITIGATE,
        "A key person leaves the studio",
        "核心人员离职",
        "Document processes and files; pair people on key accounts; review pay and growth.",
        "整理流程与文件；重要客户安排双人对接；定期评估薪酬与成长空间。",
        "Signs of disengagement; an outside offer; a long holiday request in the busy season.",
        "工作积极性下降；收到外部邀约；旺季申请长假。",
    ),
    LibraryRisk(
        "cash_flow_squeeze", "financial", 3, 4, R.MITIGATE,
        "Cash flow squeeze before payroll and rent",
        "发薪和房租前现金流紧张",
        "Take deposits; invoice on milestones; keep three months of costs in reserve.",
        "收取定金；按里程碑开票；保留三个月运营成本的储备金。",
        "Cash on hand below two months of costs.",
        "账上现金低于两个月成本。",
    ),
    LibraryRisk(
        "slow_collection", "financial", 3, 3, R.MITIGATE,
        "Receivables collected slowly",
        "应收账款回款缓慢",
        "Clear payment terms; remind before and on the due date; pause work on long overdue "
        "accounts.",
        "明确付款条款；到期前及到期日提醒；严重逾期时暂停服务。",
        "Days sales outstanding rising; invoices overdue by more than 30 days.",
        "应收账款周转天数上升；发票逾期超过30天。",
    ),
    LibraryRisk(
        "cost_overrun", "cost", 3, 3, R.MITIGATE,
        "Project cost overruns its budget",
        "项目成本超出预算",
        "Track time and expenses against the budget weekly; warn at 90%; re-plan or re-price.",
        "每周对照预算跟踪工时和费用；达到90%时预警；重新规划或调整报价。",
        "Budget used ahead of progress.",
        "预算消耗快于项目进度。",
    ),
    LibraryRisk(
        "price_war", "market", 3, 3, R.AVOID,
        "Competitors start a price war",
        "竞争对手发起价格战",
        "Sell on quality and specialism; bundle services; avoid races to the bottom.",
        "以质量和专业度取胜；提供组合服务；不参与低价竞争。",
        "Lost deals citing price; clients quote cheaper offers.",
        "因价格丢单；客户拿出更低报价。",
    ),
    LibraryRisk(
        "aging_technology", "technology", 2, 3, R.MITIGATE,
        "A technology choice ages and becomes a burden",
        "技术选型老化，成为负担",
        "Prefer mainstream tools; review the stack yearly; budget time for upgrades.",
        "优先选用主流工具；每年评估技术栈；为升级预留时间。",
        "Vendor ends support; hiring for the tool gets hard.",
        "供应商停止支持；难以招到会用该工具的人。",
    ),
    LibraryRisk(
        "ip_infringement", "intellectual_property", 2, 4, R.TRANSFER,
        "Infringing someone's rights, or being infringed",
        "侵犯他人知识产权或被他人侵权",
        "Track font, image and music licences per project; contract who owns what; register "
        "key work.",
        "按项目记录字体、图片、音乐授权；合同中明确权属；重要作品登记版权。",
        "Unlicensed assets found in files; copies of studio work seen elsewhere.",
        "文件中发现未授权素材；在别处发现工作室作品被抄袭。",
    ),
)  # fmt: skip

LIBRARY_BY_CODE: dict[str, LibraryRisk] = {r.code: r for r in RISK_LIBRARY}
