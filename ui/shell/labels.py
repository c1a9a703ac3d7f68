"""Translatable labels: every enum in models.enums and every list column, in one place."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models import enums as E

# Each enum has its own translation context (its class name) because the same English word
# means different things: a "Lead" client is 潜在客户, a "Lead" deal stage is 线索.
_ENUM_LABELS: dict[type[StrEnum], dict[str, str]] = {
    E.ClientStatus: {
        "lead": QT_TRANSLATE_NOOP("ClientStatus", "Lead"),
        "prospect": QT_TRANSLATE_NOOP("ClientStatus", "Prospect"),
        "active": QT_TRANSLATE_NOOP("ClientStatus", "Active"),
        "dormant": QT_TRANSLATE_NOOP("ClientStatus", "Dormant"),
        "lost": QT_TRANSLATE_NOOP("ClientStatus", "Lost"),
        "archived": QT_TRANSLATE_NOOP("ClientStatus", "Archived"),
    },
    E.ClientSource: {
        "referral": QT_TRANSLATE_NOOP("ClientSource", "Referral"),
        "social_media": QT_TRANSLATE_NOOP("ClientSource", "Social media"),
        "events": QT_TRANSLATE_NOOP("ClientSource", "Events"),
        "search": QT_TRANSLATE_NOOP("ClientSource", "Search"),
        "partner": QT_TRANSLATE_NOOP("ClientSource", "Partner"),
        "other": QT_TRANSLATE_NOOP("ClientSource", "Other"),
    },
    E.ContactChannel: {
        "phone": QT_TRANSLATE_NOOP("ContactChannel", "Phone"),
        "email": QT_TRANSLATE_NOOP("ContactChannel", "Email"),
        "wechat": QT_TRANSLATE_NOOP("ContactChannel", "WeChat"),
        "meeting": QT_TRANSLATE_NOOP("ContactChannel", "Meeting"),
    },
    E.InteractionKind: {
        "call": QT_TRANSLATE_NOOP("InteractionKind", "Call"),
        "meeting": QT_TRANSLATE_NOOP("InteractionKind", "Meeting"),
        "email": QT_TRANSLATE_NOOP("InteractionKind", "Email"),
        "wechat": QT_TRANSLATE_NOOP("InteractionKind", "WeChat"),
        "visit": QT_TRANSLATE_NOOP("InteractionKind", "Visit"),
    },
    E.DealStage: {
        "lead": QT_TRANSLATE_NOOP("DealStage", "Lead"),
        "contacted": QT_TRANSLATE_NOOP("DealStage", "Contacted"),
        "proposal": QT_TRANSLATE_NOOP("DealStage", "Proposal"),
        "negotiation": QT_TRANSLATE_NOOP("DealStage", "Negotiation"),
        "won": QT_TRANSLATE_NOOP("DealStage", "Won"),
        "lost": QT_TRANSLATE_NOOP("DealStage", "Lost"),
    },
    E.ProjectStage: {
        "contact": QT_TRANSLATE_NOOP("ProjectStage", "First contact"),
        "quote": QT_TRANSLATE_NOOP("ProjectStage", "Quote"),
        "contract": QT_TRANSLATE_NOOP("ProjectStage", "Contract"),
        "requirements": QT_TRANSLATE_NOOP("ProjectStage", "Requirements"),
        "development": QT_TRANSLATE_NOOP("ProjectStage", "Design & development"),
        "review": QT_TRANSLATE_NOOP("ProjectStage", "Client review"),
        "delivery": QT_TRANSLATE_NOOP("ProjectStage", "Delivery"),
        "maintenance": QT_TRANSLATE_NOOP("ProjectStage", "Maintenance"),
        "closed": QT_TRANSLATE_NOOP("ProjectStage", "Closed"),
    },
    E.ProjectStatus: {
        "on_track": QT_TRANSLATE_NOOP("ProjectStatus", "On track"),
        "at_risk": QT_TRANSLATE_NOOP("ProjectStatus", "At risk"),
        "off_track": QT_TRANSLATE_NOOP("ProjectStatus", "Off track"),
        "on_hold": QT_TRANSLATE_NOOP("ProjectStatus", "On hold"),
        "done": QT_TRANSLATE_NOOP("ProjectStatus", "Done"),
    },
    E.PricingModel: {
        "fixed_fee": QT_TRANSLATE_NOOP("PricingModel", "Fixed fee"),
        "time_and_materials": QT_TRANSLATE_NOOP("PricingModel", "Time and materials"),
        "retainer": QT_TRANSLATE_NOOP("PricingModel", "Retainer"),
    },
    E.TaskStatus: {
        "todo": QT_TRANSLATE_NOOP("TaskStatus", "To do"),
        "in_progress": QT_TRANSLATE_NOOP("TaskStatus", "In progress"),
        "blocked": QT_TRANSLATE_NOOP("TaskStatus", "Blocked"),
        "done": QT_TRANSLATE_NOOP("TaskStatus", "Done"),
    },
    E.ChangeRequestStatus: {
        "proposed": QT_TRANSLATE_NOOP("ChangeRequestStatus", "Proposed"),
        "approved": QT_TRANSLATE_NOOP("ChangeRequestStatus", "Approved"),
        "rejected": QT_TRANSLATE_NOOP("ChangeRequestStatus", "Rejected"),
    },
    E.TemplateItemKind: {
        "milestone": QT_TRANSLATE_NOOP("TemplateItemKind", "Milestone"),
        "task": QT_TRANSLATE_NOOP("TemplateItemKind", "Task"),
    },
    E.TimeOffKind: {
        "leave": QT_TRANSLATE_NOOP("TimeOffKind", "Leave"),
        "sick": QT_TRANSLATE_NOOP("TimeOffKind", "Sick leave"),
        "training": QT_TRANSLATE_NOOP("TimeOffKind", "Training"),
    },
    E.HolidaySource: {
        "package": QT_TRANSLATE_NOOP("HolidaySource", "Built-in calendar"),
        "manual": QT_TRANSLATE_NOOP("HolidaySource", "Added by hand"),
    },
    E.EquipmentKind: {
        "camera": QT_TRANSLATE_NOOP("EquipmentKind", "Camera"),
        "lens": QT_TRANSLATE_NOOP("EquipmentKind", "Lens"),
        "lighting": QT_TRANSLATE_NOOP("EquipmentKind", "Lighting"),
        "audio": QT_TRANSLATE_NOOP("EquipmentKind", "Audio"),
        "studio_room": QT_TRANSLATE_NOOP("EquipmentKind", "Studio room"),
        "workstation": QT_TRANSLATE_NOOP("EquipmentKind", "Workstation"),
        "software_licence": QT_TRANSLATE_NOOP("EquipmentKind", "Software licence"),
        "other": QT_TRANSLATE_NOOP("EquipmentKind", "Other"),
    },
    E.BudgetLineKind: {
        "category": QT_TRANSLATE_NOOP("BudgetLineKind", "Category"),
        "role": QT_TRANSLATE_NOOP("BudgetLineKind", "Role"),
        "contingency": QT_TRANSLATE_NOOP("BudgetLineKind", "Contingency"),
    },
    E.InvoiceKind: {
        "deposit": QT_TRANSLATE_NOOP("InvoiceKind", "Deposit"),
        "milestone": QT_TRANSLATE_NOOP("InvoiceKind", "Milestone"),
        "final": QT_TRANSLATE_NOOP("InvoiceKind", "Final payment"),
        "time_and_materials": QT_TRANSLATE_NOOP("InvoiceKind", "Time and materials"),
        "other": QT_TRANSLATE_NOOP("InvoiceKind", "Other"),
    },
    E.InvoiceState: {
        "draft": QT_TRANSLATE_NOOP("InvoiceState", "Draft"),
        "sent": QT_TRANSLATE_NOOP("InvoiceState", "Sent"),
        "void": QT_TRANSLATE_NOOP("InvoiceState", "Void"),
    },
    E.InvoiceStatus: {
        "draft": QT_TRANSLATE_NOOP("InvoiceStatus", "Draft"),
        "sent": QT_TRANSLATE_NOOP("InvoiceStatus", "Sent"),
        "partially_paid": QT_TRANSLATE_NOOP("InvoiceStatus", "Partially paid"),
        "paid": QT_TRANSLATE_NOOP("InvoiceStatus", "Paid"),
        "overdue": QT_TRANSLATE_NOOP("InvoiceStatus", "Overdue"),
        "void": QT_TRANSLATE_NOOP("InvoiceStatus", "Void"),
    },
    E.PaymentMethod: {
        "bank_transfer": QT_TRANSLATE_NOOP("PaymentMethod", "Bank transfer"),
        "alipay": QT_TRANSLATE_NOOP("PaymentMethod", "Alipay"),
        "wechat_pay": QT_TRANSLATE_NOOP("PaymentMethod", "WeChat Pay"),
        "cash": QT_TRANSLATE_NOOP("PaymentMethod", "Cash"),
        "card": QT_TRANSLATE_NOOP("PaymentMethod", "Card"),
        "other": QT_TRANSLATE_NOOP("PaymentMethod", "Other"),
    },
    E.RiskResponse: {
        "avoid": QT_TRANSLATE_NOOP("RiskResponse", "Avoid"),
        "mitigate": QT_TRANSLATE_NOOP("RiskResponse", "Mitigate"),
        "transfer": QT_TRANSLATE_NOOP("RiskResponse", "Transfer"),
        "accept": QT_TRANSLATE_NOOP("RiskResponse", "Accept"),
    },
    E.RiskStatus: {
        "open": QT_TRANSLATE_NOOP("RiskStatus", "Open"),
        "monitoring": QT_TRANSLATE_NOOP("RiskStatus", "Monitoring"),
        "closed": QT_TRANSLATE_NOOP("RiskStatus", "Closed"),
    },
    E.AttachmentKind: {
        "file": QT_TRANSLATE_NOOP("AttachmentKind", "File"),
        "url": QT_TRANSLATE_NOOP("AttachmentKind", "Web link"),
    },
    E.ReportLanguage: {
        "en": QT_TRANSLATE_NOOP("ReportLanguage", "English"),
        "zh": QT_TRANSLATE_NOOP("ReportLanguage", "Chinese"),
        "both": QT_TRANSLATE_NOOP("ReportLanguage", "English and Chinese"),
    },
    E.AuditAction: {
        "delete": QT_TRANSLATE_NOOP("AuditAction", "Deleted"),
        "archive": QT_TRANSLATE_NOOP("AuditAction", "Archived"),
        "unarchive": QT_TRANSLATE_NOOP("AuditAction", "Restored from archive"),
        "merge": QT_TRANSLATE_NOOP("AuditAction", "Merged"),
        "void": QT_TRANSLATE_NOOP("AuditAction", "Voided"),
        "credit": QT_TRANSLATE_NOOP("AuditAction", "Credited"),
        "import": QT_TRANSLATE_NOOP("AuditAction", "Imported"),
        "restore_backup": QT_TRANSLATE_NOOP("AuditAction", "Restored a backup"),
    },
}

# Header labels keyed by the column key of models.services.browse.ColumnSpec.
_COLUMN_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Column", "Name"),
    "name_alt": QT_TRANSLATE_NOOP("Column", "Other name"),
    "status": QT_TRANSLATE_NOOP("Column", "Status"),
    "industry": QT_TRANSLATE_NOOP("Column", "Industry"),
    "source": QT_TRANSLATE_NOOP("Column", "Source"),
    "account_manager": QT_TRANSLATE_NOOP("Column", "Account manager"),
    "created": QT_TRANSLATE_NOOP("Column", "Created"),
    "code": QT_TRANSLATE_NOOP("Column", "Code"),
    "client": QT_TRANSLATE_NOOP("Column", "Client"),
    "stage": QT_TRANSLATE_NOOP("Column", "Stage"),
    "manager": QT_TRANSLATE_NOOP("Column", "Manager"),
    "start": QT_TRANSLATE_NOOP("Column", "Start"),
    "due": QT_TRANSLATE_NOOP("Column", "Due"),
    "contract_value": QT_TRANSLATE_NOOP("Column", "Contract value"),
    "percent_complete": QT_TRANSLATE_NOOP("Column", "Complete"),
    "role": QT_TRANSLATE_NOOP("Column", "Role"),
    "department": QT_TRANSLATE_NOOP("Column", "Department"),
    "week_hours": QT_TRANSLATE_NOOP("Column", "Hours/week"),
    "active": QT_TRANSLATE_NOOP("Column", "Active"),
    "kind": QT_TRANSLATE_NOOP("Column", "Kind"),
    "location": QT_TRANSLATE_NOOP("Column", "Location"),
    "day_rate": QT_TRANSLATE_NOOP("Column", "Day rate"),
    "retired": QT_TRANSLATE_NOOP("Column", "Retired"),
    "number": QT_TRANSLATE_NOOP("Column", "Number"),
    "project": QT_TRANSLATE_NOOP("Column", "Project"),
    "issued": QT_TRANSLATE_NOOP("Column", "Issued"),
    "total": QT_TRANSLATE_NOOP("Column", "Total"),
    "paid": QT_TRANSLATE_NOOP("Column", "Paid"),
    "outstanding": QT_TRANSLATE_NOOP("Column", "Outstanding"),
    "date": QT_TRANSLATE_NOOP("Column", "Date"),
    "vendor": QT_TRANSLATE_NOOP("Column", "Vendor"),
    "category": QT_TRANSLATE_NOOP("Column", "Category"),
    "amount": QT_TRANSLATE_NOOP("Column", "Amount"),
    "base_amount": QT_TRANSLATE_NOOP("Column", "Amount (base currency)"),
    "billable": QT_TRANSLATE_NOOP("Column", "Billable"),
    "person": QT_TRANSLATE_NOOP("Column", "Person"),
    "hours": QT_TRANSLATE_NOOP("Column", "Hours"),
    "note": QT_TRANSLATE_NOOP("Column", "Note"),
    "title": QT_TRANSLATE_NOOP("Column", "Title"),
    "probability": QT_TRANSLATE_NOOP("Column", "Probability"),
    "impact": QT_TRANSLATE_NOOP("Column", "Impact"),
    "score": QT_TRANSLATE_NOOP("Column", "Score"),
    "next_review": QT_TRANSLATE_NOOP("Column", "Next review"),
}

# Which enum an "enum" column holds, per list (the same key means different enums per list).
_ENUM_COLUMNS: dict[tuple[str, str], type[StrEnum]] = {
    ("clients", "status"): E.ClientStatus,
    ("clients", "source"): E.ClientSource,
    ("projects", "stage"): E.ProjectStage,
    ("projects", "status"): E.ProjectStatus,
    ("equipment", "kind"): E.EquipmentKind,
    ("invoices", "kind"): E.InvoiceKind,
    ("invoices", "status"): E.InvoiceStatus,
    ("risks", "status"): E.RiskStatus,
}

_BOOL_LABELS = (QT_TRANSLATE_NOOP("Value", "No"), QT_TRANSLATE_NOOP("Value", "Yes"))


def enum_label(enum_cls: type[StrEnum], value: str | StrEnum) -> str:
    """The translated label of one enum value (the raw value when it has no label)."""
    raw = value.value if isinstance(value, StrEnum) else str(value)
    text = _ENUM_LABELS.get(enum_cls, {}).get(raw)
    if text is None:
        return raw
    return QCoreApplication.translate(enum_cls.__name__, text)


def enum_choices(enum_cls: type[StrEnum]) -> list[tuple[str, str]]:
    """(value, translated label) for every member, in declaration order: for combo boxes."""
    return [(m.value, enum_label(enum_cls, m)) for m in enum_cls]


def enum_for_column(list_kind: str, column_key: str) -> type[StrEnum] | None:
    return _ENUM_COLUMNS.get((str(list_kind), column_key))


def column_label(key: str) -> str:
    """The translated header of a list column; an unknown key is shown readable, untranslated."""
    text = _COLUMN_LABELS.get(key)
    if text is None:
        return key.replace("_", " ").capitalize()
    return QCoreApplication.translate("Column", text)


def bool_label(value: bool) -> str:
    return QCoreApplication.translate("Value", _BOOL_LABELS[bool(value)])


def labelled_enums() -> tuple[type[StrEnum], ...]:
    """Every enum that has a label table (tests compare this with models.enums)."""
    return tuple(_ENUM_LABELS)


def known_column_keys() -> frozenset[str]:
    return frozenset(_COLUMN_LABELS)
