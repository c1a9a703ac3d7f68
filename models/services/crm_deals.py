"""The pipeline: deals by stage with totals and weighted totals; winning one starts a project."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from models.db import utcnow
from models.entities import Client, Deal, Project, StageChange, Studio
from models.enums import DealStage, ProjectStage
from models.errors import NotFound, ValidationError
from models.money import Money, to_minor, validate_currency
from models.services.base import UnitOfWork
from models.services.crm_common import client_or_404, open_client
from models.services.numbering import next_code

OPEN_STAGES = (DealStage.LEAD, DealStage.CONTACTED, DealStage.PROPOSAL, DealStage.NEGOTIATION)
# A won project has a signed contract: it starts at the contract stage.
WON_PROJECT_STAGE = ProjectStage.CONTRACT


@dataclass(frozen=True, slots=True)
class DealDraft:
    title: str
    value: Decimal | str | int = 0
    currency: str = ""  # "" = the studio's base currency
    probability: int | str = 10
    stage: DealStage = DealStage.LEAD
    expected_close_on: date | None = None
    lost_reason: str = ""


@dataclass(frozen=True, slots=True)
class DealView:
    id: int
    client_id: int
    client_name: str
    title: str
    stage: DealStage
    value: Money
    probability: int
    expected_close_on: date | None
    lost_reason: str
    project_id: int | None
    project_code: str
    closed_at: datetime | None

    @property
    def weighted(self) -> Money:
        return Money(weighted_minor(self.value.minor * self.probability), self.value.currency)


@dataclass(frozen=True, slots=True)
class StageTotal:
    stage: DealStage
    currency: str
    count: int
    total: Money
    weighted: Money


@dataclass(frozen=True, slots=True)
class Pipeline:
    stages: tuple[StageTotal, ...]  # one per stage and currency, in stage order
    open_total: tuple[Money, ...]  # per currency, open stages only
    open_weighted: tuple[Money, ...]


def weighted_minor(value_times_pct: int) -> int:
    """value x probability / 100, rounded half-up to a whole minor unit."""
    return int((Decimal(value_times_pct) / 100).quantize(Decimal(1), ROUND_HALF_UP))


def _probability(value: int | str) -> int:
    try:
        pct = int(str(value).strip().rstrip("%"))
    except ValueError:
        raise ValidationError("probability", "Enter a probability from 0 to 100.") from None
    if not 0 <= pct <= 100:
        raise ValidationError("probability", "Enter a probability from 0 to 100.")
    return pct


class DealService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def _checked(self, d: DealDraft, base_currency: str) -> tuple[str, int, str, int, DealStage]:
        title = " ".join(d.title.split())
        if not title:
            raise ValidationError("title", "Enter the deal's title.")
        if len(title) > 200:
            raise ValidationError("title", "This is longer than 200 characters.")
        currency = validate_currency(d.currency or base_currency)
        value = to_minor(d.value if d.value != "" else 0, currency, "value")
        if value < 0:
            raise ValidationError("value", "The value cannot be negative.")
        pct = _probability(d.probability)
        try:
            stage = DealStage(d.stage)
        except ValueError:
            raise ValidationError("stage", "Choose a stage from the list.") from None
        return title, value, currency, pct, stage

    def create(self, client_id: int, draft: DealDraft, today: date | None = None) -> int:
        with self._uow.write() as s:
            base = s.scalar(select(Studio.base_currency)) or "CNY"
            title, value, currency, pct, stage = self._checked(draft, base)
            open_client(s, client_id)
            deal = Deal(
                client_id=client_id,
                title=title,
                value_minor=value,
                currency=currency,
                probability=pct,
                stage=DealStage.LEAD,
                expected_close_on=draft.expected_close_on,
            )
            s.add(deal)
            s.flush()
            if stage != DealStage.LEAD:
                self._move(s, deal, stage, draft.lost_reason, today)
            return deal.id

    def update(self, deal_id: int, draft: DealDraft, today: date | None = None) -> int | None:
        """Save the deal's fields; a stage change goes through move(). Returns a new project id."""
        with self._uow.write() as s:
            deal = s.get(Deal, deal_id)
            if deal is None:
                raise NotFound("That deal no longer exists.")
            title, value, currency, pct, stage = self._checked(draft, deal.currency)
            if deal.project_id is not None and (value, currency) != (
                deal.value_minor,
                deal.currency,
            ):
                raise ValidationError(
                    "value", "This deal is won; change the value on its project instead."
                )
            deal.title, deal.value_minor, deal.currency = title, value, currency
            deal.probability = pct
            deal.expected_close_on = draft.expected_close_on
            deal.lost_reason = draft.lost_reason.strip()
            return self._move(s, deal, stage, draft.lost_reason, today)

    def move(
        self, deal_id: int, stage: DealStage, lost_reason: str = "", today: date | None = None
    ) -> int | None:
        """Move a deal to ``stage``. Winning creates the client's project (its id is returned)."""
        with self._uow.write() as s:
            deal = s.get(Deal, deal_id)
            if deal is None:
                raise NotFound("That deal no longer exists.")
            return self._move(s, deal, DealStage(stage), lost_reason, today)

    def _move(
        self, s: Session, deal: Deal, stage: DealStage, lost_reason: str, today: date | None
    ) -> int | None:
        if stage == deal.stage and stage != DealStage.LOST:
            return None
        if stage == DealStage.LOST:
            reason = lost_reason.strip() or deal.lost_reason
            if not reason:
                raise ValidationError("lost_reason", "Say why the deal was lost.")
            deal.lost_reason = reason
            deal.probability = 0
            deal.closed_at = utcnow()
        elif stage == DealStage.WON:
            client = open_client(s, deal.client_id, "stage")
            deal.probability = 100
            deal.closed_at = utcnow()
            deal.stage = stage
            if deal.project_id is None:
                day = today or date.today()
                project = Project(
                    code=next_code(s, "project", "P-", year=day.year),
                    name=deal.title,
                    client_id=client.id,
                    stage=WON_PROJECT_STAGE,
                    currency=deal.currency,
                    contract_value_minor=deal.value_minor,
                    description=f"From the won deal “{deal.title}”.",
                )
                s.add(project)
                s.flush()
                s.add(
                    StageChange(
                        project_id=project.id,
                        from_stage=None,
                        to_stage=WON_PROJECT_STAGE,
                        reason=f"Deal won: {deal.title}",
                    )
                )
                deal.project_id = project.id
                return project.id
            return None
        else:
            if deal.stage == DealStage.WON and deal.project_id is not None:
                raise ValidationError(
                    "stage", "This deal is won and has a project; it cannot be reopened."
                )
            deal.closed_at = None
            deal.lost_reason = "" if deal.stage == DealStage.LOST else deal.lost_reason
        deal.stage = stage
        return None

    def get(self, deal_id: int) -> DealView:
        views = self._views(Deal.id == deal_id)
        if not views:
            raise NotFound("That deal no longer exists.")
        return views[0]

    def for_client(self, client_id: int) -> list[DealView]:
        return self._views(Deal.client_id == client_id)

    def in_stage(self, stage: DealStage, limit: int = 200) -> list[DealView]:
        """Deals of one stage for the board, biggest first (a board column shows the top)."""
        return self._views(Deal.stage == stage, limit=limit, by_value=True)

    def _views(self, where, limit: int = 1000, by_value: bool = False) -> list[DealView]:  # type: ignore[no-untyped-def]
        order = (
            (Deal.value_minor.desc(), Deal.id)
            if by_value
            else (Deal.created_at.desc(), Deal.id.desc())
        )
        with self._uow.read() as s:
            rows = s.execute(
                select(Deal, Client.name, Project.code)
                .join(Client, Client.id == Deal.client_id)
                .outerjoin(Project, Project.id == Deal.project_id)
                .where(where)
                .order_by(*order)
                .limit(limit)
            ).all()
            return [
                DealView(
                    d.id,
                    d.client_id,
                    cname,
                    d.title,
                    DealStage(d.stage),
                    Money(int(d.value_minor), d.currency),
                    int(d.probability),
                    d.expected_close_on,
                    d.lost_reason,
                    d.project_id,
                    pcode or "",
                    d.closed_at,
                )
                for d, cname, pcode in rows
            ]

    def pipeline(self) -> Pipeline:
        """Totals per stage and currency, aggregated in SQL."""
        order = case({s.value: i for i, s in enumerate(DealStage)}, value=Deal.stage)
        with self._uow.read() as s:
            rows = s.execute(
                select(
                    Deal.stage,
                    Deal.currency,
                    func.count(Deal.id),
                    func.sum(Deal.value_minor),
                    func.sum(Deal.value_minor * Deal.probability),
                )
                .group_by(Deal.stage, Deal.currency)
                .order_by(order, Deal.currency)
            ).all()
        stages: list[StageTotal] = []
        open_total: dict[str, int] = {}
        open_weighted: dict[str, int] = {}
        for stage, cur, n, total, wsum in rows:
            st = DealStage(stage)
            weighted = weighted_minor(int(wsum or 0))
            stages.append(
                StageTotal(st, cur, int(n), Money(int(total or 0), cur), Money(weighted, cur))
            )
            if st in OPEN_STAGES:
                open_total[cur] = open_total.get(cur, 0) + int(total or 0)
                open_weighted[cur] = open_weighted.get(cur, 0) + int(wsum or 0)
        return Pipeline(
            tuple(stages),
            tuple(Money(v, c) for c, v in sorted(open_total.items())),
            tuple(Money(weighted_minor(v), c) for c, v in sorted(open_weighted.items())),
        )

    def client_exists(self, client_id: int) -> None:
        with self._uow.read() as s:
            client_or_404(s, client_id)
