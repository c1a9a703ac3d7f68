"""Closed vocabularies of the domain, as string enums (stored by value, labelled in the UI)."""

from __future__ import annotations

from enum import StrEnum


class ClientStatus(StrEnum):
    LEAD = "lead"
    PROSPECT = "prospect"
    ACTIVE = "active"
    DORMANT = "dormant"
    LOST = "lost"
    ARCHIVED = "archived"


class ClientSource(StrEnum):
    REFERRAL = "referral"
    SOCIAL_MEDIA = "social_media"
    EVENTS = "events"
    SEARCH = "search"
    PARTNER = "partner"
    OTHER = "other"


class ContactChannel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    WECHAT = "wechat"
    MEETING = "meeting"


class InteractionKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    WECHAT = "wechat"
    VISIT = "visit"


class DealStage(StrEnum):
    LEAD = "lead"
    CONTACTED = "contacted"
    PROPOSAL = "proposal"
    NEGOTIATION = "negotiation"
    WON = "won"
    LOST = "lost"


class ProjectStage(StrEnum):
    """The delivery lifecycle, in order."""

    CONTACT = "contact"  # first contact and feasibility
    QUOTE = "quote"  # proposal and quote
    CONTRACT = "contract"  # contract signed, deposit
    REQUIREMENTS = "requirements"
    DEVELOPMENT = "development"  # design and development
    REVIEW = "review"  # review rounds with the client
    DELIVERY = "delivery"  # delivery, acceptance, final payment
    MAINTENANCE = "maintenance"
    CLOSED = "closed"

    @property
    def order(self) -> int:
        return list(ProjectStage).index(self)


class ProjectStatus(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    ON_HOLD = "on_hold"
    DONE = "done"


class PricingModel(StrEnum):
    FIXED_FEE = "fixed_fee"
    TIME_AND_MATERIALS = "time_and_materials"
    RETAINER = "retainer"


class TaskStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    BLOCKED = "blocked"
    DONE = "done"


class ChangeRequestStatus(StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    REJECTED = "rejected"


class TemplateItemKind(StrEnum):
    MILESTONE = "milestone"
    TASK = "task"


class TimeOffKind(StrEnum):
    LEAVE = "leave"
    SICK = "sick"
    TRAINING = "training"


class HolidaySource(StrEnum):
    PACKAGE = "package"
    MANUAL = "manual"


class EquipmentKind(StrEnum):
    CAMERA = "camera"
    LENS = "lens"
    LIGHTING = "lighting"
    AUDIO = "audio"
    STUDIO_ROOM = "studio_room"
    WORKSTATION = "workstation"
    SOFTWARE_LICENCE = "software_licence"
    OTHER = "other"


class BudgetLineKind(StrEnum):
    CATEGORY = "category"
    ROLE = "role"
    CONTINGENCY = "contingency"


class InvoiceKind(StrEnum):
    DEPOSIT = "deposit"
    MILESTONE = "milestone"
    FINAL = "final"
    TIME_AND_MATERIALS = "time_and_materials"
    OTHER = "other"


class InvoiceState(StrEnum):
    """What is stored. Partially paid, paid and overdue are derived from payments and dates."""

    DRAFT = "draft"
    SENT = "sent"
    VOID = "void"


class InvoiceStatus(StrEnum):
    """What a user sees: the stored state combined with payments and the due date."""

    DRAFT = "draft"
    SENT = "sent"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    OVERDUE = "overdue"
    VOID = "void"


class PaymentMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    ALIPAY = "alipay"
    WECHAT_PAY = "wechat_pay"
    CASH = "cash"
    CARD = "card"
    OTHER = "other"


class RiskResponse(StrEnum):
    AVOID = "avoid"
    MITIGATE = "mitigate"
    TRANSFER = "transfer"
    ACCEPT = "accept"


class RiskStatus(StrEnum):
    OPEN = "open"
    MONITORING = "monitoring"
    CLOSED = "closed"


class AttachmentKind(StrEnum):
    FILE = "file"
    URL = "url"


class ReportLanguage(StrEnum):
    ENGLISH = "en"
    CHINESE = "zh"
    BOTH = "both"


class AuditAction(StrEnum):
    DELETE = "delete"
    ARCHIVE = "archive"
    RESTORE_ARCHIVED = "unarchive"
    MERGE = "merge"
    VOID = "void"
    CREDIT = "credit"
    IMPORT = "import"
    RESTORE_BACKUP = "restore_backup"
