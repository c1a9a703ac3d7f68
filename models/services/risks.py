"""The risk register: studio and project risks, score history, heat map, reviews, mitigation."""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, TypeVarTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from models.entities import Person, Project, Risk, RiskCategory, RiskScoreChange, Studio, Task
from models.enums import RiskResponse, RiskStatus, TaskStatus
from models.errors import NotFound, ValidationError
from models.money import Money, to_minor
from models.risk_library import LIBRARY_BY_CODE, RISK_LIBRARY, LibraryRisk
from models.services.base import UnitOfWork

HIGH_RISK_SCORE = 15
SCALE = range(1, 6)
EXPECTED_COST_FORMULA = "expected cost = probability / 5 × cost impact"

_Cols = TypeVarTuple("_Cols")


def expected_cost(probability: int, cost: Money) -> Money:
    """Probability 1..5 read as 20%..100%, times the cost impact, rounded half-up once."""
    return cost.times(Decimal(probability) / 5)


def _expected_minor_sql() -> Any:
    # Half-up rounding of cost × p / 5 in integers: (2·cost·p + 5) div 10 (values are >= 0).
    # `//`: SQLAlchemy 2 renders `/` as true division (a REAL), which would not round.
    return (Risk.cost_impact_minor * Risk.probability * 2 + 5) // 10


@dataclass(frozen=True, slots=True)
class RiskScope:
    """Which register: every risk (default), the studio's own (no project), or one project."""

    project_id: int | None = None
    studio_only: bool = False
    include_closed: bool = False


@dataclass(frozen=True, slots=True)
class RiskDraft:
    title: str
    probability: int = 3
    impact: int = 3
    project_id: int | None = None
    category_id: int | None = None
    cause: str = ""
    description: str = ""
    cost_impact: str | int | Decimal = 0
    schedule_impact_days: int = 0
    owner_id: int | None = None
    response: RiskResponse = RiskResponse.MITIGATE
    mitigation_plan: str = ""
    triggers: str = ""
    status: RiskStatus = RiskStatus.OPEN
    next_review_on: date | None = None
    score_note: str = ""  # kept with the score change, if the score changes


@dataclass(frozen=True, slots=True)
class RiskRecord:
    id: int
    title: str
    project_id: int | None
    project_code: str | None
    category_id: int | None
    category_code: str | None
    category_name: str | None
    cause: str
    description: str
    probability: int
    impact: int
    cost_impact: Money
    schedule_impact_days: int
    owner_id: int | None
    owner_name: str | None
    response: RiskResponse
    mitigation_plan: str
    triggers: str
    status: RiskStatus
    next_review_on: date | None
    created_at: datetime
    closed_at: datetime | None
    mitigation_tasks: int = 0

    @property
    def score(self) -> int:
        return self.probability * self.impact

    @property
    def expected_cost(self) -> Money:
        return expected_cost(self.probability, self.cost_impact)

    def to_draft(self) -> RiskDraft:
        return RiskDraft(
            title=self.title,
            probability=self.probability,
            impact=self.impact,
            project_id=self.project_id,
            category_id=self.category_id,
            cause=self.cause,
            description=self.description,
            cost_impact=self.cost_impact.amount,
            schedule_impact_days=self.schedule_impact_days,
            owner_id=self.owner_id,
            response=self.response,
            mitigation_plan=self.mitigation_plan,
            triggers=self.triggers,
            status=self.status,
            next_review_on=self.next_review_on,
        )


@dataclass(frozen=True, slots=True)
class ScoreChange:
    changed_at: datetime
    probability: int
    impact: int
    note: str

    @property
    def score(self) -> int:
        return self.probability * self.impact


@dataclass(frozen=True, slots=True)
class HeatMap:
    """counts[(probability, impact)] of the risks in scope; missing cells are zero."""

    counts: dict[tuple[int, int], int] = field(default_factory=dict)

    def count(self, probability: int, impact: int) -> int:
        return self.counts.get((probability, impact), 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class Choice:
    id: int
    label: str
    code: str | None = None


def _text(value: str, field_name: str, limit: int) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        raise ValidationError(field_name, f"Keep this under {limit} characters.")
    return value


def _scale(value: int, field_name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in SCALE:
        raise ValidationError(field_name, "Choose a value from 1 to 5.")
    return value


class RiskService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # -- choices for the editor ---------------------------------------------------------
    def categories(self) -> list[Choice]:
        with self._uow.read() as s:
            rows = s.execute(
                select(RiskCategory.id, RiskCategory.name, RiskCategory.code).order_by(
                    RiskCategory.id
                )
            ).all()
        return [Choice(r[0], r[1], r[2]) for r in rows]

    def owners(self) -> list[Choice]:
        with self._uow.read() as s:
            rows = s.execute(
                select(Person.id, Person.name)
                .where(Person.active.is_(True), Person.is_placeholder.is_(False))
                .order_by(Person.name)
            ).all()
        return [Choice(r[0], r[1]) for r in rows]

    def projects(self) -> list[Choice]:
        with self._uow.read() as s:
            rows = s.execute(
                select(Project.id, Project.code, Project.name)
                .where(Project.archived_at.is_(None))
                .order_by(Project.code.desc())
            ).all()
        return [Choice(r[0], f"{r[1]} · {r[2]}", r[1]) for r in rows]

    def library(self) -> tuple[LibraryRisk, ...]:
        return RISK_LIBRARY

    # -- reading ------------------------------------------------------------------------
    def _select(self) -> Select[Any]:
        tasks = select(func.count(Task.id)).where(Task.risk_id == Risk.id).scalar_subquery()
        return (
            select(Risk, Project.code, RiskCategory.code, RiskCategory.name, Person.name, tasks)
            .outerjoin(Project, Project.id == Risk.project_id)
            .outerjoin(RiskCategory, RiskCategory.id == Risk.category_id)
            .outerjoin(Person, Person.id == Risk.owner_id)
        )

    @staticmethod
    def _record(row: Any) -> RiskRecord:
        r: Risk = row[0]
        return RiskRecord(
            id=r.id,
            title=r.title,
            project_id=r.project_id,
            project_code=row[1],
            category_id=r.category_id,
            category_code=row[2],
            category_name=row[3],
            cause=r.cause,
            description=r.description,
            probability=r.probability,
            impact=r.impact,
            cost_impact=Money(r.cost_impact_minor, r.currency),
            schedule_impact_days=r.schedule_impact_days,
            owner_id=r.owner_id,
            owner_name=row[4],
            response=RiskResponse(r.response),
            mitigation_plan=r.mitigation_plan,
            triggers=r.triggers,
            status=RiskStatus(r.status),
            next_review_on=r.next_review_on,
            created_at=r.created_at,
            closed_at=r.closed_at,
            mitigation_tasks=int(row[5] or 0),
        )

    @staticmethod
    def _scoped(stmt: Select[*_Cols], scope: RiskScope) -> Select[*_Cols]:
        if scope.project_id is not None:
            stmt = stmt.where(Risk.project_id == scope.project_id)
        elif scope.studio_only:
            stmt = stmt.where(Risk.project_id.is_(None))
        if not scope.include_closed:
            stmt = stmt.where(Risk.status != RiskStatus.CLOSED)
        return stmt

    def get(self, risk_id: int) -> RiskRecord:
        with self._uow.read() as s:
            row = s.execute(self._select().where(Risk.id == risk_id)).first()
        if row is None:
            raise NotFound("That risk no longer exists.")
        return self._record(row)

    def list(self, scope: RiskScope = RiskScope(), search: str = "") -> list[RiskRecord]:
        """The register, highest score first (a studio has tens of risks, not thousands)."""
        stmt = self._scoped(self._select(), scope)
        if search.strip():
            stmt = stmt.where(Risk.title.contains(search.strip()))
        stmt = stmt.order_by((Risk.probability * Risk.impact).desc(), Risk.id)
        with self._uow.read() as s:
            return [self._record(r) for r in s.execute(stmt).all()]

    def history(self, risk_id: int) -> builtins.list[ScoreChange]:
        with self._uow.read() as s:
            rows = s.execute(
                select(RiskScoreChange)
                .where(RiskScoreChange.risk_id == risk_id)
                .order_by(RiskScoreChange.changed_at, RiskScoreChange.id)
            ).scalars()
            return [ScoreChange(c.changed_at, c.probability, c.impact, c.note) for c in rows]

    def heat_map(self, scope: RiskScope = RiskScope()) -> HeatMap:
        stmt = self._scoped(
            select(Risk.probability, Risk.impact, func.count(Risk.id)).group_by(
                Risk.probability, Risk.impact
            ),
            scope,
        )
        with self._uow.read() as s:
            return HeatMap({(int(p), int(i)): int(n) for p, i, n in s.execute(stmt).all()})

    def in_cell(
        self, probability: int, impact: int, scope: RiskScope = RiskScope()
    ) -> builtins.list[RiskRecord]:
        stmt = self._scoped(self._select(), scope).where(
            Risk.probability == probability, Risk.impact == impact
        )
        with self._uow.read() as s:
            return [self._record(r) for r in s.execute(stmt.order_by(Risk.id)).all()]

    def reviews_due(self, today: date, scope: RiskScope = RiskScope()) -> builtins.list[RiskRecord]:
        """Risks whose next review date has come, that are not closed; the most overdue first."""
        stmt = self._scoped(self._select(), RiskScope(scope.project_id, scope.studio_only))
        stmt = stmt.where(Risk.next_review_on.is_not(None), Risk.next_review_on <= today)
        with self._uow.read() as s:
            rows = s.execute(stmt.order_by(Risk.next_review_on, Risk.id)).all()
        return [self._record(r) for r in rows]

    def contingency(self, project_id: int) -> Money:
        """The project's suggested contingency: Σ expected cost of its risks that are not closed."""
        with self._uow.read() as s:
            currency = s.execute(
                select(Project.currency).where(Project.id == project_id)
            ).scalar_one_or_none()
            if currency is None:
                raise NotFound("That project no longer exists.")
            total = s.execute(
                select(func.coalesce(func.sum(_expected_minor_sql()), 0)).where(
                    Risk.project_id == project_id, Risk.status != RiskStatus.CLOSED
                )
            ).scalar_one()
        return Money(int(total), currency)

    # -- writing ------------------------------------------------------------------------
    def _validate(self, s: Session, d: RiskDraft, currency: str) -> dict[str, Any]:
        title = _text(d.title, "title", 200)
        if not title:
            raise ValidationError("title", "Give the risk a short title.")
        probability = _scale(d.probability, "probability")
        impact = _scale(d.impact, "impact")
        try:
            cost = to_minor(d.cost_impact if d.cost_impact != "" else 0, currency, "cost_impact")
        except ValidationError:
            raise ValidationError(
                "cost_impact", "Enter the cost impact as an amount, e.g. 5000."
            ) from None
        if cost < 0:
            raise ValidationError("cost_impact", "The cost impact cannot be negative.")
        days = d.schedule_impact_days
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 3650:
            raise ValidationError("schedule_impact_days", "Enter 0 to 3650 days.")
        if d.project_id is not None and s.get(Project, d.project_id) is None:
            raise ValidationError("project", "That project no longer exists.")
        if d.category_id is not None and s.get(RiskCategory, d.category_id) is None:
            raise ValidationError("category", "That category no longer exists.")
        if d.owner_id is not None and s.get(Person, d.owner_id) is None:
            raise ValidationError("owner", "That person no longer exists.")
        try:
            response = RiskResponse(d.response)
        except ValueError:
            raise ValidationError(
                "response", "Choose avoid, mitigate, transfer or accept."
            ) from None
        try:
            status = RiskStatus(d.status)
        except ValueError:
            raise ValidationError("status", "Choose open, monitoring or closed.") from None
        return {
            "title": title,
            "probability": probability,
            "impact": impact,
            "project_id": d.project_id,
            "category_id": d.category_id,
            "cause": _text(d.cause, "cause", 5000),
            "description": _text(d.description, "description", 5000),
            "cost_impact_minor": cost,
            "schedule_impact_days": days,
            "owner_id": d.owner_id,
            "response": response,
            "mitigation_plan": _text(d.mitigation_plan, "mitigation_plan", 5000),
            "triggers": _text(d.triggers, "triggers", 5000),
            "status": status,
            "next_review_on": d.next_review_on,
        }

    @staticmethod
    def _currency(s: Session, project_id: int | None) -> str:
        if project_id is not None:
            cur = s.execute(select(Project.currency).where(Project.id == project_id)).scalar()
            if cur:
                return str(cur)
        cur = s.execute(select(Studio.base_currency).where(Studio.id == 1)).scalar()
        return str(cur or "CNY")

    def create(self, draft: RiskDraft) -> RiskRecord:
        now = datetime.now(UTC)
        with self._uow.write() as s:
            values = self._validate(s, draft, self._currency(s, draft.project_id))
            risk = Risk(currency=self._currency(s, draft.project_id), created_at=now, **values)
            if risk.status == RiskStatus.CLOSED:
                risk.closed_at = now
            s.add(risk)
            s.flush()
            s.add(
                RiskScoreChange(
                    risk_id=risk.id,
                    changed_at=now,
                    probability=risk.probability,
                    impact=risk.impact,
                    note=_text(draft.score_note, "score_note", 500),
                )
            )
            new_id = risk.id
        return self.get(new_id)

    def update(self, risk_id: int, draft: RiskDraft) -> RiskRecord:
        """Save every field; a change of probability or impact appends to the score history."""
        now = datetime.now(UTC)
        with self._uow.write() as s:
            risk = s.get(Risk, risk_id)
            if risk is None:
                raise NotFound("That risk no longer exists.")
            values = self._validate(s, draft, risk.currency)
            score_changed = (values["probability"], values["impact"]) != (
                risk.probability,
                risk.impact,
            )
            was_closed = risk.status == RiskStatus.CLOSED
            for key, value in values.items():
                setattr(risk, key, value)
            if risk.status == RiskStatus.CLOSED and not was_closed:
                risk.closed_at = now
            elif risk.status != RiskStatus.CLOSED:
                risk.closed_at = None
            if score_changed:
                s.add(
                    RiskScoreChange(
                        risk_id=risk.id,
                        changed_at=now,
                        probability=risk.probability,
                        impact=risk.impact,
                        note=_text(draft.score_note, "score_note", 500),
                    )
                )
        return self.get(risk_id)

    def set_score(self, risk_id: int, probability: int, impact: int, note: str = "") -> RiskRecord:
        current = self.get(risk_id)
        draft = current.to_draft()
        return self.update(
            risk_id,
            RiskDraft(
                **{
                    **{k: getattr(draft, k) for k in draft.__slots__},
                    "probability": probability,
                    "impact": impact,
                    "score_note": note,
                }
            ),
        )

    def close(self, risk_id: int) -> RiskRecord:
        """Close a risk; it stays in the register for the record (list with include_closed)."""
        draft = self.get(risk_id).to_draft()
        fields = {k: getattr(draft, k) for k in draft.__slots__}
        return self.update(risk_id, RiskDraft(**{**fields, "status": RiskStatus.CLOSED}))

    def add_from_library(self, code: str, lang: str, project_id: int | None = None) -> RiskRecord:
        item = LIBRARY_BY_CODE.get(code)
        if item is None:
            raise ValidationError("library", "Choose a risk from the library.")
        with self._uow.read() as s:
            category_id = s.execute(
                select(RiskCategory.id).where(RiskCategory.code == item.category)
            ).scalar()
        return self.create(
            RiskDraft(
                title=item.title(lang),
                probability=item.probability,
                impact=item.impact,
                project_id=project_id,
                category_id=category_id,
                response=item.response,
                mitigation_plan=item.mitigation(lang),
                triggers=item.triggers(lang),
            )
        )

    def create_mitigation_task(
        self,
        risk_id: int,
        name: str = "",
        due_on: date | None = None,
        assignee_id: int | None = None,
    ) -> int:
        """A task on the risk's project, linked back by ``Task.risk_id``; returns its id."""
        with self._uow.write() as s:
            risk = s.get(Risk, risk_id)
            if risk is None:
                raise NotFound("That risk no longer exists.")
            if risk.project_id is None:
                raise ValidationError(
                    "project", "Studio risks have no project; give the risk a project first."
                )
            name = _text(name, "name", 200) or f"Mitigate: {risk.title}"[:200]
            sort = s.execute(
                select(func.coalesce(func.max(Task.sort), 0)).where(
                    Task.project_id == risk.project_id
                )
            ).scalar_one()
            task = Task(
                project_id=risk.project_id,
                name=name,
                phase="",
                assignee_id=assignee_id if assignee_id is not None else risk.owner_id,
                due_on=due_on,
                status=TaskStatus.TODO,
                sort=int(sort) + 1,
                risk_id=risk.id,
            )
            s.add(task)
            s.flush()
            return int(task.id)

    def mitigation_tasks(self, risk_id: int) -> builtins.list[tuple[int, str, str]]:
        """(task id, name, status) of the tasks made to mitigate this risk."""
        with self._uow.read() as s:
            rows = s.execute(
                select(Task.id, Task.name, Task.status)
                .where(Task.risk_id == risk_id)
                .order_by(Task.id)
            ).all()
        return [(int(r[0]), r[1], str(r[2])) for r in rows]
