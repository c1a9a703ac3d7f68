"""Every SQLAlchemy entity of the schema (import from here so the metadata is complete)."""

from models.entities.crm import Client, ClientKeyDate, Contact, Deal, Interaction, Tag, client_tags
from models.entities.finance import (
    CreditNote,
    Expense,
    ExpenseCategory,
    Invoice,
    InvoiceLine,
    Payment,
    ProjectBudgetLine,
    ProjectBudgetRevision,
    StudioBudget,
    TimeEntry,
)
from models.entities.projects import (
    ChangeRequest,
    Milestone,
    Project,
    ProjectTemplate,
    ReviewRound,
    ServiceType,
    StageChange,
    Task,
    TaskDependency,
    TemplateItem,
    project_team,
)
from models.entities.resources import (
    Allocation,
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
from models.entities.risks import Risk, RiskCategory, RiskScoreChange
from models.entities.studio import Attachment, AuditEntry, KpiTarget, Sequence, Setting, Studio

__all__ = [
    "Allocation", "Attachment", "AuditEntry", "ChangeRequest", "Client", "ClientKeyDate",
    "Contact", "CreditNote", "Deal", "Equipment", "EquipmentBooking", "EquipmentOutage",
    "Expense", "ExpenseCategory", "Interaction", "Invoice", "InvoiceLine", "KpiTarget",
    "Milestone", "Payment", "Person", "PersonRate", "PersonSkill", "Project",
    "ProjectBudgetLine", "ProjectBudgetRevision", "ProjectTemplate", "PublicHoliday",
    "ReviewRound", "Risk", "RiskCategory", "RiskScoreChange", "Sequence", "ServiceType",
    "Setting", "Skill", "StageChange", "Studio", "StudioBudget", "Tag", "Task",
    "TaskDependency", "TemplateItem", "TimeEntry", "TimeOff", "client_tags", "project_team",
]
