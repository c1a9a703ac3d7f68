"""Plain data the project service takes and hands out (drafts in, frozen records out)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from models.enums import (
    AttachmentKind,
    ChangeRequestStatus,
    PricingModel,
    ProjectStage,
    ProjectStatus,
    TaskStatus,
)
from models.errors import ValidationError
from models.money import Money

# Gate names as stored in StageChange.overridden_gate (comma separated when several).
GATE_DEPOSIT = "deposit_unpaid"
GATE_MILESTONES = "milestones_open"
GATE_FINAL_PAYMENT = "final_payment_outstanding"
GATE_SKIP = "stages_skipped"

# The stage each money/work gate guards: moving into (or past) it trips the gate.
GATED_STAGES: dict[str, ProjectStage] = {
    GATE_DEPOSIT: ProjectStage.DEVELOPMENT,
    GATE_MILESTONES: ProjectStage.DELIVERY,
    GATE_FINAL_PAYMENT: ProjectStage.CLOSED,
}


@dataclass(frozen=True, slots=True)
class ProjectDraft:
    name: str
    client_id: int | None
    code: str = ""  # blank: the next number is taken when saving
    service_type_id: int | None = None
    manager_id: int | None = None
    team_ids: tuple[int, ...] = ()
    start_on: date | None = None
    due_on: date | None = None
    status: ProjectStatus = ProjectStatus.ON_TRACK
    pricing_model: PricingModel = PricingModel.FIXED_FEE
    currency: str = ""  # blank: the studio's base currency
    contract_value: Decimal | str = Decimal(0)
    cap: Decimal | str | None = None
    deposit: Decimal | str = Decimal(0)
    payment_terms: str = ""
    review_rounds_allowed: int = 2
    percent_complete: int = 0
    progress_from_tasks: bool = False
    description: str = ""
    deposit_paid_on: date | None = None
    final_paid_on: date | None = None


@dataclass(frozen=True, slots=True)
class ProjectFilter:
    search: str = ""
    client_id: int | None = None
    stage: ProjectStage | None = None
    status: ProjectStatus | None = None
    manager_id: int | None = None
    service_type_id: int | None = None
    due_from: date | None = None
    due_to: date | None = None
    overdue_only: bool = False
    include_archived: bool = False


PROJECT_SORT_KEYS: tuple[str, ...] = (
    "code",
    "name",
    "client",
    "service_type",
    "stage",
    "status",
    "manager",
    "start",
    "due",
    "contract_value",
    "percent_complete",
)


@dataclass(frozen=True, slots=True)
class ProjectRow:
    id: int
    code: str
    name: str
    client: str
    service_type: str
    service_type_code: str | None
    stage: ProjectStage
    status: ProjectStatus
    manager: str
    start_on: date | None
    due_on: date | None
    contract_value: Money
    percent_complete: int
    overdue: bool


@dataclass(frozen=True, slots=True)
class Choice:
    id: int
    name: str
    code: str | None = None


@dataclass(frozen=True, slots=True)
class ProjectDetail:
    id: int
    code: str
    name: str
    client_id: int
    client: str
    service_type_id: int | None
    service_type: str
    service_type_code: str | None
    manager_id: int | None
    manager: str
    team: tuple[Choice, ...]
    start_on: date | None
    due_on: date | None
    stage: ProjectStage
    status: ProjectStatus
    pricing_model: PricingModel
    currency: str
    contract_value: Money
    cap: Money | None
    deposit: Money
    deposit_paid_on: date | None
    final_paid_on: date | None
    payment_terms: str
    review_rounds_allowed: int
    percent_complete: int
    progress_from_tasks: bool
    description: str
    accepted_by: str
    accepted_on: date | None
    satisfaction: int | None
    delivered_on: date | None
    archived: bool
    deposit_paid: bool  # from the date on the project or the deposit invoice's payments
    final_payment_outstanding: bool

    def to_draft(self) -> ProjectDraft:
        return ProjectDraft(
            name=self.name,
            client_id=self.client_id,
            code=self.code,
            service_type_id=self.service_type_id,
            manager_id=self.manager_id,
            team_ids=tuple(c.id for c in self.team),
            start_on=self.start_on,
            due_on=self.due_on,
            status=self.status,
            pricing_model=self.pricing_model,
            currency=self.currency,
            contract_value=self.contract_value.amount,
            cap=self.cap.amount if self.cap is not None else None,
            deposit=self.deposit.amount,
            payment_terms=self.payment_terms,
            review_rounds_allowed=self.review_rounds_allowed,
            percent_complete=self.percent_complete,
            progress_from_tasks=self.progress_from_tasks,
            description=self.description,
            deposit_paid_on=self.deposit_paid_on,
            final_paid_on=self.final_paid_on,
        )


@dataclass(frozen=True, slots=True)
class GateWarning:
    gate: str  # one of the GATE_* names
    message: str
    names: tuple[str, ...] = ()  # the open milestones, for a translated message


@dataclass(frozen=True, slots=True)
class StageCheck:
    """What moving a project to ``to_stage`` would trip; empty ``gates`` means a clear move."""

    project_id: int
    from_stage: ProjectStage
    to_stage: ProjectStage
    gates: tuple[GateWarning, ...]

    @property
    def clear(self) -> bool:
        return not self.gates


@dataclass(frozen=True, slots=True)
class StageMove:
    """The outcome of a move: ``moved`` False means gates stand and need an override."""

    moved: bool
    check: StageCheck


@dataclass(frozen=True, slots=True)
class StageChangeInfo:
    id: int
    from_stage: ProjectStage | None
    to_stage: ProjectStage
    changed_at: datetime
    changed_by: str
    reason: str
    overridden_gates: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MilestoneDraft:
    name: str
    due_on: date | None = None
    done_on: date | None = None


@dataclass(frozen=True, slots=True)
class MilestoneInfo:
    id: int
    name: str
    due_on: date | None
    done_on: date | None
    sort: int

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on is not None and self.due_on < today


@dataclass(frozen=True, slots=True)
class TaskDraft:
    name: str
    phase: str = ""
    milestone_id: int | None = None
    assignee_id: int | None = None
    estimate_hours: Decimal | str | int = Decimal(0)
    start_on: date | None = None
    due_on: date | None = None
    status: TaskStatus = TaskStatus.TODO
    progress: int = 0
    # The tasks that must finish first; None leaves the task's current ones alone.
    predecessor_ids: tuple[int, ...] | None = None


@dataclass(frozen=True, slots=True)
class TaskInfo:
    id: int
    name: str
    phase: str
    milestone_id: int | None
    assignee_id: int | None
    assignee: str
    estimate_minutes: int
    start_on: date | None
    due_on: date | None
    status: TaskStatus
    progress: int
    sort: int
    predecessor_ids: tuple[int, ...] = field(default=())

    @property
    def estimate_hours(self) -> Decimal:
        return Decimal(self.estimate_minutes) / 60


@dataclass(frozen=True, slots=True)
class ProjectAttachment:
    id: int
    kind: AttachmentKind
    target: str  # an absolute file path or a URL
    label: str
    added_at: datetime


class ProjectEndsError(ValidationError):
    """A date after the project's end; ``project_due`` lets the UI word it in its language."""

    def __init__(self, field: str, project_due: date) -> None:
        super().__init__(
            field, f"The project ends on {project_due.isoformat()}; pick an earlier date."
        )
        self.project_due = project_due


class DependencyLoopError(ValidationError):
    """A dependency that would close a loop; ``names`` is the loop, first task repeated last."""

    def __init__(self, names: tuple[str, ...], field: str = "dependency") -> None:
        super().__init__(field, f"That would make a loop: {' → '.join(names)}.")
        self.names = names


@dataclass(frozen=True, slots=True)
class ChangeRequestDraft:
    title: str
    scope: str = ""
    extra_fee: Decimal | str = Decimal(0)
    extra_days: int = 0
    requested_on: date | None = None  # blank: today


@dataclass(frozen=True, slots=True)
class ChangeRequestInfo:
    id: int
    title: str
    scope: str
    extra_fee: Money
    extra_days: int
    status: ChangeRequestStatus
    requested_on: date
    decided_on: date | None
    value_before: Money | None
    due_before: date | None


@dataclass(frozen=True, slots=True)
class ReviewRoundInfo:
    id: int
    round_no: int
    held_on: date
    notes: str
    billable: bool  # past the rounds the contract allows: bill it as a change


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    id: int
    name: str
    service_type_id: int | None
    service_type_code: str | None
    builtin: bool
    tasks: int
    milestones: int
    span_days: int


@dataclass(frozen=True, slots=True)
class ProjectPlan:
    """Everything the Gantt draws for one project."""

    project: ProjectDetail
    milestones: tuple[MilestoneInfo, ...]
    tasks: tuple[TaskInfo, ...]
