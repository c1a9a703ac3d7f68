"""The reports' own small label tables (English, Simplified Chinese) for PDF output."""

from __future__ import annotations

from enum import StrEnum

TEXT: dict[str, tuple[str, str]] = {
    "client_report": ("Client report", "客户报告"),
    "project_report": ("Project status report", "项目状态报告"),
    "acceptance": ("Acceptance certificate", "验收证书"),
    "invoice": ("Invoice", "发票"),
    "budget_report": ("Budget vs actuals", "预算与实际对比"),
    "risk_register": ("Risk register", "风险登记册"),
    "monthly_report": ("Monthly studio report", "工作室月度报告"),
    "period": ("Period", "期间"),
    "generated": ("Generated", "生成日期"),
    "page": ("Page", "页"),
    "of": ("of", "共"),
    "client": ("Client", "客户"),
    "profile": ("Profile", "客户概况"),
    "industry": ("Industry", "行业"),
    "contacts": ("Contacts", "联系人"),
    "name": ("Name", "姓名"),
    "role": ("Role", "职务"),
    "phone": ("Phone", "电话"),
    "email": ("E-mail", "电子邮件"),
    "wechat": ("WeChat", "微信"),
    "primary": ("primary", "主要"),
    "projects": ("Projects", "项目"),
    "project": ("Project", "项目"),
    "code": ("Code", "编号"),
    "stage": ("Stage", "阶段"),
    "status": ("Status", "状态"),
    "start": ("Start", "开始"),
    "due": ("Due", "截止"),
    "progress": ("Progress", "进度"),
    "hours": ("Hours", "工时"),
    "fee": ("Fee", "费用"),
    "budget": ("Budget", "预算"),
    "actual": ("Actual", "实际"),
    "variance": ("Variance", "差异"),
    "labour": ("Labour", "人工成本"),
    "expenses": ("Expenses", "支出"),
    "milestones": ("Milestones", "里程碑"),
    "no_milestones": ("No milestones yet.", "暂无里程碑。"),
    "invoices": ("Invoices", "发票"),
    "number": ("Number", "编号"),
    "issued": ("Issued", "开具日期"),
    "total": ("Total", "合计"),
    "paid": ("Paid", "已付"),
    "outstanding": ("Outstanding", "未付"),
    "invoiced": ("Invoiced", "已开票"),
    "no_invoices": ("No invoices in this period.", "本期间没有发票。"),
    "risks": ("Open risks", "未关闭风险"),
    "no_risks": ("No open risks.", "没有未关闭的风险。"),
    "risk": ("Risk", "风险"),
    "score": ("Score", "评分"),
    "probability": ("Probability", "可能性"),
    "impact": ("Impact", "影响"),
    "owner": ("Owner", "负责人"),
    "response": ("Response", "应对"),
    "mitigation": ("Mitigation", "缓解措施"),
    "category": ("Category", "类别"),
    "next_steps": ("Next steps", "后续步骤"),
    "no_next_steps": ("Nothing scheduled.", "暂无安排。"),
    "signoff": ("Acceptance and sign-off", "验收与签字"),
    "signoff_text": (
        "We have reviewed this report and agree with its contents.",
        "我们已审阅本报告，并同意其内容。",
    ),
    "for_client": ("For the client", "客户代表"),
    "for_studio": ("For the studio", "工作室代表"),
    "signature": ("Signature", "签字"),
    "date": ("Date", "日期"),
    "summary": ("Summary", "概要"),
    "stage_history": ("Stage history", "阶段历史"),
    "reason": ("Reason", "原因"),
    "tasks": ("Tasks", "任务"),
    "tasks_done": ("done", "已完成"),
    "tasks_open": ("open", "未完成"),
    "budget_vs_actual": ("Budget vs actuals", "预算与实际"),
    "changes": ("Change requests", "变更请求"),
    "no_changes": ("No change requests.", "没有变更请求。"),
    "extra_fee": ("Extra fee", "追加费用"),
    "extra_days": ("Extra days", "追加天数"),
    "requested": ("Requested", "提出日期"),
    "description": ("Description", "描述"),
    "deliverables": ("Delivered", "交付内容"),
    "delivered_on": ("Delivered on", "交付日期"),
    "accepted_on": ("Accepted on", "验收日期"),
    "accepted_by": ("Accepted by", "验收人"),
    "contract_value": ("Contract value", "合同金额"),
    "acceptance_text": (
        "The client confirms that the deliverables listed above have been received, "
        "reviewed and accepted as meeting the agreed scope.",
        "客户确认已收到并审阅上述交付内容，且验收合格，符合约定范围。",
    ),
    "bill_to": ("Bill to", "付款方"),
    "from": ("From", "开票方"),
    "tax_id": ("Tax ID", "税号"),
    "bank": ("Bank details", "银行账户"),
    "qty": ("Qty", "数量"),
    "unit_price": ("Unit price", "单价"),
    "amount": ("Amount", "金额"),
    "tax_rate": ("Tax rate", "税率"),
    "tax": ("Tax", "税额"),
    "subtotal": ("Subtotal", "小计"),
    "credited": ("Credited", "已冲销"),
    "payment_terms": ("Payment terms", "付款条件"),
    "notes": ("Notes", "备注"),
    "in_words": ("Amount in words (RMB)", "人民币大写"),
    "taxable": ("Taxable", "计税金额"),
    "kind": ("Kind", "类型"),
    "month": ("Month", "月份"),
    "revenue": ("Revenue (invoiced)", "收入（已开票）"),
    "heat_map": ("Heat map (probability x impact)", "热力图（可能性 × 影响）"),
    "kpis": ("Key indicators", "关键指标"),
    "indicator": ("Indicator", "指标"),
    "value": ("Value", "数值"),
    "target": ("Target", "目标"),
    "met": ("Met", "达成"),
    "yes": ("yes", "是"),
    "no": ("no", "否"),
    "trend": ("Last twelve months", "近十二个月"),
    "collected": ("Collected", "已收款"),
    "cost": ("Cost", "成本"),
    "by_stage": ("Projects by stage", "各阶段项目"),
    "over_budget": ("over budget", "超预算"),
    "review": ("Next review", "下次评审"),
    "omitted": (
        "{n} lower-scoring risks are left out of the list (the heat map counts them all).",
        "另有 {n} 项评分较低的风险未列出（热力图已全部计入）。",
    ),
    "missing_rate_invoice": (
        "{n} invoices in {cur} have no exchange rate yet and are not included.",
        "{n} 张 {cur} 发票尚无汇率，未计入。",
    ),
    "missing_rate_invoice_1": (
        "1 invoice in {cur} has no exchange rate yet and is not included.",
        "1 张 {cur} 发票尚无汇率，未计入。",
    ),
    "missing_rate_payment_1": (
        "1 payment in {cur} has no exchange rate yet and is not included.",
        "1 笔 {cur} 收款尚无汇率，未计入。",
    ),
    "missing_rate_payment": (
        "{n} payments in {cur} have no exchange rate yet and are not included.",
        "{n} 笔 {cur} 收款尚无汇率，未计入。",
    ),
    "period_month": ("Month", "月度"),
    "period_quarter": ("Quarter", "季度"),
    "period_year": ("Year", "年度"),
}

KPI_TEXT: dict[str, tuple[str, str]] = {
    "revenue": ("Invoiced this month", "本月开票"),
    "collected": ("Collected this month", "本月收款"),
    "receivables": ("Outstanding receivables", "应收账款"),
    "overdue": ("Overdue receivables", "逾期应收"),
    "hours": ("Hours logged", "记录工时"),
    "utilisation": ("Utilisation", "利用率"),
    "billable_pct": ("Billable share of hours", "可计费工时占比"),
    "gross_margin": ("Gross margin", "毛利率"),
    "active_projects": ("Active projects", "进行中项目"),
    "overdue_projects": ("Overdue projects", "逾期项目"),
    "high_risks": ("Open high risks", "未关闭高风险"),
    "new_clients": ("New clients", "新客户"),
}

_ENUMS: dict[str, tuple[str, str]] = {
    # ProjectStage
    "contact": ("Contact", "初步接洽"),
    "quote": ("Quote", "报价"),
    "contract": ("Contract", "签约"),
    "requirements": ("Requirements", "需求"),
    "development": ("Development", "设计开发"),
    "review": ("Review", "评审"),
    "delivery": ("Delivery", "交付"),
    "maintenance": ("Maintenance", "维护"),
    "closed": ("Closed", "已关闭"),
    # ProjectStatus
    "on_track": ("On track", "正常"),
    "at_risk": ("At risk", "有风险"),
    "off_track": ("Off track", "偏离"),
    "on_hold": ("On hold", "暂停"),
    "done": ("Done", "完成"),
    # InvoiceStatus
    "draft": ("Draft", "草稿"),
    "sent": ("Sent", "已发送"),
    "partially_paid": ("Partially paid", "部分付款"),
    "paid": ("Paid", "已付清"),
    "overdue": ("Overdue", "逾期"),
    "void": ("Void", "作废"),
    # RiskStatus / RiskResponse
    "open": ("Open", "未关闭"),
    "monitoring": ("Monitoring", "监控中"),
    "avoid": ("Avoid", "规避"),
    "mitigate": ("Mitigate", "缓解"),
    "transfer": ("Transfer", "转移"),
    "accept": ("Accept", "接受"),
    # ChangeRequestStatus
    "proposed": ("Proposed", "已提出"),
    "approved": ("Approved", "已批准"),
    "rejected": ("Rejected", "已拒绝"),
    # InvoiceKind
    "deposit": ("Deposit", "定金"),
    "milestone": ("Milestone", "里程碑"),
    "final": ("Final", "尾款"),
    "time_and_materials": ("Time and materials", "工时与材料"),
    "other": ("Other", "其他"),
}


def pair(key: str) -> tuple[str, str]:
    return TEXT[key]


def enum_pair(value: StrEnum | str) -> tuple[str, str]:
    text = str(value)
    return _ENUMS.get(text, (text.replace("_", " ").capitalize(), text))


def kpi_pair(code: str) -> tuple[str, str]:
    return KPI_TEXT.get(code, (code, code))


def pick(en_zh: tuple[str, str], lang: str, sep: str = " / ") -> str:
    """One string in the report's language; ``both`` puts them side by side."""
    en, zh = en_zh
    if lang == "en":
        return en
    if lang == "zh":
        return zh
    return en if en == zh else f"{en}{sep}{zh}"
