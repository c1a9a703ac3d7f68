"""Projects: the record, lifecycle stages with money-aware gates, reviews, acceptance, changes."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from models.entities import (
    ChangeRequest,
    Client,
    Person,
    Project,
    ReviewRound,
    ServiceType,
    StageChange,
    Studio,
    project_team,
)
from models.enums import ChangeRequestStatus, PricingModel, ProjectStage, ProjectStatus
from models.errors import Conflict, NotFound, ValidationError
from models.money import Money, to_minor, validate_currency
from models.services.base import UnitOfWork
from models.services.numbering import next_code
from models.services.projects_data import (
    GATE_DEPOSIT,
    GATE_FINAL_PAYMENT,
    GATE_MILESTONES,
    GATE_SKIP,
    GATED_STAGES,
    ChangeRequestDraft,
    ChangeRequestInfo,
    Choice,
    GateWarning,
    ProjectDetail,
    ProjectDraft,
    ProjectFilter,
    ProjectRow,
    ReviewRoundInfo,
    StageChangeInfo,
    StageCheck,
    StageMove,
)
from models.services.projects_files import FilesMixin
from models.services.projects_list import count_projects, page_projects
from models.services.projects_money import (
    deposit_paid,
    final_payment_outstanding,
    open_milestones,
)
from models.services.projects_plan import PlanMixin

if TYPE_CHECKING:
    from models.services.exporting import ExportFormat

MAX_NAME = 200
MAX_CODE = 40
CODE_PREFIX = "P-"
_ALL = ProjectFilter()
EXPORT_HEADERS = (
    "code", "name", "client", "service_type", "stage", "status", "manager", "start", "due",
    "contract_value", "currency", "percent_complete", "overdue",
)  # fmt: skip


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # some locked-down systems have no user name; the move still counts
        return ""


def _money(value: Decimal | str | None, currency: str, field: str) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    minor = to_minor(value, currency, field)
    if minor < 0:
        raise ValidationError(field, "Enter an amount of zero or more.")
    return minor


def _validate(session: Session, d: ProjectDraft, project_id: int | None) -> dict[str, Any]:
    name = " ".join(d.name.split())
    if not name:
        raise ValidationError("name", "Enter the project's name.")
    if len(name) > MAX_NAME:
        raise ValidationError("name", "The name is longer than 200 characters.")
    if d.client_id is None or session.get(Client, d.client_id) is None:
        raise ValidationError("client", "Choose the client this project is for.")
    code = d.code.strip()
    if len(code) > MAX_CODE:
        raise ValidationError("code", "The code is longer than 40 characters.")
    if code:
        clash = session.scalar(select(Project.id).where(Project.code == code))
        if clash is not None and clash != project_id:
            raise ValidationError("code", "Another project already uses this code.")
    if d.service_type_id is not None and session.get(ServiceType, d.service_type_id) is None:
        raise ValidationError("service_type", "Choose a service type from the list.")
    if d.manager_id is not None and session.get(Person, d.manager_id) is None:
        raise ValidationError("manager", "Choose a manager from the list.")
    if d.start_on and d.due_on and d.due_on < d.start_on:
        raise ValidationError("due_on", "The end date is before the start date.")
    try:
        status = ProjectStatus(d.status)
        pricing = PricingModel(d.pricing_model)
    except ValueError:
        raise ValidationError("status", "Choose a status from the list.") from None
    currency = d.currency.strip() or str(
        session.scalar(select(Studio.base_currency).where(Studio.id == 1)) or "CNY"
    )
    currency = validate_currency(currency)
    value = _money(d.contract_value, currency, "contract_value")
    deposit = _money(d.deposit, currency, "deposit")
    cap = None
    if d.cap is not None and str(d.cap).strip():
        cap = _money(d.cap, currency, "cap")
    if deposit > value:
        raise ValidationError("deposit", "The deposit is more than the contract value.")
    if not 0 <= d.review_rounds_allowed <= 99:
        raise ValidationError("review_rounds_allowed", "Allow 0 to 99 review rounds.")
    if not 0 <= d.percent_complete <= 100:
        raise ValidationError("percent_complete", "Enter a percentage from 0 to 100.")
    if project_id is not None and d.due_on is not None:
        from models.entities import Task

        late = session.scalar(
            select(Task.name)
            .where(Task.project_id == project_id, Task.due_on > d.due_on)
            .order_by(Task.due_on.desc())
            .limit(1)
        )
        if late is not None:
            raise ValidationError("due_on", "Tasks are due after this end date; move them first.")
    team = tuple(dict.fromkeys(d.team_ids))
    for pid in team:
        if session.get(Person, pid) is None:
            raise ValidationError("team", "Choose team members from the list.")
    return {
        "code": code,
        "name": name,
        "client_id": d.client_id,
        "service_type_id": d.service_type_id,
        "manager_id": d.manager_id,
        "start_on": d.start_on,
        "due_on": d.due_on,
        "status": status,
        "pricing_model": pricing,
        "currency": currency,
        "contract_value_minor": value,
        "cap_minor": cap if pricing == PricingModel.TIME_AND_MATERIALS else None,
        "deposit_minor": deposit,
        "payment_terms": d.payment_terms.strip(),
        "review_rounds_allowed": int(d.review_rounds_allowed),
        "percent_complete": int(d.percent_complete),
        "progress_from_tasks": bool(d.progress_from_tasks),
        "description": d.description.strip(),
        "deposit_paid_on": d.deposit_paid_on,
        "final_paid_on": d.final_paid_on,
        "_team": team,
    }


def _next_free_code(session: Session, year: int) -> str:
    # The sequence may trail codes typed by hand or imported: skip any already taken.
    while True:
        code = next_code(session, "project", CODE_PREFIX, year=year)
        if session.scalar(select(Project.id).where(Project.code == code)) is None:
            return code


def _get(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound("That project no longer exists.")
    return project


def _set_team(session: Session, project_id: int, team: tuple[int, ...]) -> None:
    session.execute(delete(project_team).where(project_team.c.project_id == project_id))
    if team:
        session.execute(
            insert(project_team), [{"project_id": project_id, "person_id": p} for p in team]
        )


def _detail(session: Session, p: Project) -> ProjectDetail:
    client = session.get(Client, p.client_id)
    stype = session.get(ServiceType, p.service_type_id) if p.service_type_id else None
    manager = session.get(Person, p.manager_id) if p.manager_id else None
    team = session.execute(
        select(Person.id, Person.name)
        .join(project_team, project_team.c.person_id == Person.id)
        .where(project_team.c.project_id == p.id)
        .order_by(Person.name)
    ).all()
    return ProjectDetail(
        id=p.id,
        code=p.code,
        name=p.name,
        client_id=p.client_id,
        client=client.name if client else "",
        service_type_id=p.service_type_id,
        service_type=stype.name if stype else "",
        service_type_code=stype.code if stype else None,
        manager_id=p.manager_id,
        manager=manager.name if manager else "",
        team=tuple(Choice(int(i), str(n)) for i, n in team),
        start_on=p.start_on,
        due_on=p.due_on,
        stage=ProjectStage(p.stage),
        status=ProjectStatus(p.status),
        pricing_model=PricingModel(p.pricing_model),
        currency=p.currency,
        contract_value=Money(p.contract_value_minor, p.currency),
        cap=Money(p.cap_minor, p.currency) if p.cap_minor is not None else None,
        deposit=Money(p.deposit_minor, p.currency),
        deposit_paid_on=p.deposit_paid_on,
        final_paid_on=p.final_paid_on,
        payment_terms=p.payment_terms,
        review_rounds_allowed=p.review_rounds_allowed,
        percent_complete=p.percent_complete,
        progress_from_tasks=p.progress_from_tasks,
        description=p.description,
        accepted_by=p.accepted_by,
        accepted_on=p.accepted_on,
        satisfaction=p.satisfaction,
        delivered_on=p.delivered_on,
        archived=p.archived_at is not None,
        deposit_paid=deposit_paid(session, p),
        final_payment_outstanding=final_payment_outstanding(session, p),
    )


def _check(session: Session, p: Project, to: ProjectStage) -> StageCheck:
    frm = ProjectStage(p.stage)
    gates: list[GateWarning] = []

    def crosses(stage: ProjectStage) -> bool:
        return frm.order < stage.order <= to.order

    if crosses(GATED_STAGES[GATE_DEPOSIT]) and not deposit_paid(session, p):
        gates.append(GateWarning(GATE_DEPOSIT, "The deposit has not been paid yet."))
    if crosses(GATED_STAGES[GATE_MILESTONES]):
        names = open_milestones(session, p.id)
        if names:
            gates.append(
                GateWarning(
                    GATE_MILESTONES,
                    f"{len(names)} milestone(s) are still open: {', '.join(names[:5])}.",
                    tuple(names),
                )
            )
    if crosses(GATED_STAGES[GATE_FINAL_PAYMENT]) and final_payment_outstanding(session, p):
        gates.append(GateWarning(GATE_FINAL_PAYMENT, "The final payment is still outstanding."))
    if to.order > frm.order + 1:
        gates.append(GateWarning(GATE_SKIP, "This move skips stages of the lifecycle."))
    return StageCheck(p.id, frm, to, tuple(gates))


class ProjectService(PlanMixin, FilesMixin):
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # --- choices for the editor ------------------------------------------------------------
    def clients(self) -> list[Choice]:
        with self._uow.read() as s:
            rows = s.execute(
                select(Client.id, Client.name)
                .where(Client.archived_at.is_(None))
                .order_by(Client.name_key)
            )
            return [Choice(int(i), str(n)) for i, n in rows]

    def people(self) -> list[Choice]:
        with self._uow.read() as s:
            rows = s.execute(
                select(Person.id, Person.name).where(Person.active.is_(True)).order_by(Person.name)
            )
            return [Choice(int(i), str(n)) for i, n in rows]

    def service_types(self) -> list[Choice]:
        with self._uow.read() as s:
            rows = s.execute(
                select(ServiceType.id, ServiceType.name, ServiceType.code)
                .where(ServiceType.active.is_(True))
                .order_by(ServiceType.id)
            )
            return [Choice(int(i), str(n), c) for i, n, c in rows]

    # --- the list --------------------------------------------------------------------------
    def count(self, flt: ProjectFilter = _ALL, *, today: date | None = None) -> int:
        with self._uow.read() as s:
            return count_projects(s, flt, today or date.today())

    def page(
        self,
        flt: ProjectFilter = _ALL,
        offset: int = 0,
        limit: int = 200,
        sort_key: str | None = None,
        descending: bool = False,
        *,
        today: date | None = None,
    ) -> list[ProjectRow]:
        with self._uow.read() as s:
            return page_projects(s, flt, offset, limit, sort_key, descending, today or date.today())

    def export(self, path: Path, fmt: ExportFormat | None = None, flt: ProjectFilter = _ALL) -> int:
        """Every project matching ``flt`` to CSV (with BOM) or XLSX; returns the row count."""
        from models.services.exporting import write_table

        def rows() -> Iterator[list[Any]]:
            offset = 0
            while True:
                page = self.page(flt, offset, 1000, "code")
                for r in page:
                    yield [
                        r.code, r.name, r.client, r.service_type, r.stage, r.status, r.manager,
                        r.start_on, r.due_on, r.contract_value, r.contract_value.currency,
                        r.percent_complete, r.overdue,
                    ]  # fmt: skip
                if len(page) < 1000:
                    return
                offset += 1000

        return write_table(path, EXPORT_HEADERS, rows(), fmt, sheet_title="Projects")

    # --- the record ------------------------------------------------------------------------
    def get(self, project_id: int) -> ProjectDetail:
        with self._uow.read() as s:
            return _detail(s, _get(s, project_id))

    def create(self, draft: ProjectDraft) -> int:
        with self._uow.write() as s:
            return self._create(s, draft)

    def _create(self, s: Session, draft: ProjectDraft) -> int:
        values = _validate(s, draft, None)
        team = values.pop("_team")
        if not values["code"]:
            year = (draft.start_on or date.today()).year
            values["code"] = _next_free_code(s, year)
        project = Project(stage=ProjectStage.CONTACT, **values)
        s.add(project)
        s.flush()
        _set_team(s, project.id, team)
        s.add(
            StageChange(
                project_id=project.id,
                from_stage=None,
                to_stage=ProjectStage.CONTACT,
                changed_by=current_user(),
                reason="Project created",
            )
        )
        return project.id

    def update(self, project_id: int, draft: ProjectDraft) -> ProjectDetail:
        with self._uow.write() as s:
            project = _get(s, project_id)
            values = _validate(s, draft, project_id)
            team = values.pop("_team")
            if not values["code"]:
                raise ValidationError("code", "Enter a code for the project.")
            for key, value in values.items():
                setattr(project, key, value)
            _set_team(s, project_id, team)
            s.flush()
            if project.progress_from_tasks:
                self._recompute_progress(s, project)
            return _detail(s, project)

    def archive(self, project_id: int, archived: bool = True) -> None:
        from models.db import utcnow

        with self._uow.write() as s:
            project = _get(s, project_id)
            project.archived_at = utcnow() if archived else None

    # --- stages ----------------------------------------------------------------------------
    def check_move(self, project_id: int, to_stage: ProjectStage) -> StageCheck:
        with self._uow.read() as s:
            return _check(s, _get(s, project_id), ProjectStage(to_stage))

    def move_stage(
        self,
        project_id: int,
        to_stage: ProjectStage,
        *,
        reason: str = "",
        override: bool = False,
        today: date | None = None,
    ) -> StageMove:
        """Move a project; standing gates return ``moved=False`` unless overridden with a reason."""
        to = ProjectStage(to_stage)
        reason = reason.strip()
        with self._uow.write() as s:
            project = _get(s, project_id)
            check = _check(s, project, to)
            if check.from_stage == to:
                raise ValidationError("stage", "The project is already at that stage.")
            if check.gates and not override:
                return StageMove(False, check)
            if check.gates and not reason:
                raise ValidationError("reason", "Give a reason for overriding the warning.")
            project.stage = to
            day = today or date.today()
            if to == ProjectStage.DELIVERY and project.delivered_on is None:
                project.delivered_on = day
            if to == ProjectStage.CLOSED:
                project.status = ProjectStatus.DONE
            s.add(
                StageChange(
                    project_id=project.id,
                    from_stage=check.from_stage,
                    to_stage=to,
                    changed_by=current_user(),
                    reason=reason,
                    overridden_gate=",".join(g.gate for g in check.gates),
                )
            )
            return StageMove(True, check)

    def stage_history(self, project_id: int) -> list[StageChangeInfo]:
        with self._uow.read() as s:
            rows = s.scalars(
                select(StageChange)
                .where(StageChange.project_id == project_id)
                .order_by(StageChange.changed_at, StageChange.id)
            )
            return [
                StageChangeInfo(
                    r.id,
                    ProjectStage(r.from_stage) if r.from_stage else None,
                    ProjectStage(r.to_stage),
                    r.changed_at,
                    r.changed_by,
                    r.reason,
                    tuple(g for g in r.overridden_gate.split(",") if g),
                )
                for r in rows
            ]

    # --- review rounds and acceptance ------------------------------------------------------
    def add_review_round(
        self, project_id: int, held_on: date | None = None, notes: str = ""
    ) -> ReviewRoundInfo:
        with self._uow.write() as s:
            project = _get(s, project_id)
            done = s.scalar(
                select(func.coalesce(func.max(ReviewRound.round_no), 0)).where(
                    ReviewRound.project_id == project_id
                )
            )
            number = int(done or 0) + 1
            row = ReviewRound(
                project_id=project_id,
                round_no=number,
                held_on=held_on or date.today(),
                notes=notes.strip(),
                billable=number > project.review_rounds_allowed,
            )
            s.add(row)
            s.flush()
            return ReviewRoundInfo(row.id, number, row.held_on, row.notes, row.billable)

    def review_rounds(self, project_id: int) -> list[ReviewRoundInfo]:
        with self._uow.read() as s:
            rows = s.scalars(
                select(ReviewRound)
                .where(ReviewRound.project_id == project_id)
                .order_by(ReviewRound.round_no)
            )
            return [ReviewRoundInfo(r.id, r.round_no, r.held_on, r.notes, r.billable) for r in rows]

    def record_acceptance(
        self, project_id: int, accepted_by: str, accepted_on: date | None, satisfaction: int | None
    ) -> ProjectDetail:
        who = " ".join(accepted_by.split())
        if not who:
            raise ValidationError("accepted_by", "Enter who accepted the work.")
        if len(who) > MAX_NAME:
            raise ValidationError("accepted_by", "The name is longer than 200 characters.")
        if satisfaction is not None and not 1 <= satisfaction <= 5:
            raise ValidationError("satisfaction", "Choose a satisfaction score from 1 to 5.")
        with self._uow.write() as s:
            project = _get(s, project_id)
            project.accepted_by = who
            project.accepted_on = accepted_on or date.today()
            project.satisfaction = satisfaction
            s.flush()
            return _detail(s, project)

    def client_satisfaction(self, client_id: int) -> Decimal | None:
        """The client's average satisfaction over accepted projects (for the client record)."""
        with self._uow.read() as s:
            avg = s.scalar(
                select(func.avg(Project.satisfaction)).where(
                    Project.client_id == client_id, Project.satisfaction.is_not(None)
                )
            )
        return None if avg is None else Decimal(str(avg)).quantize(Decimal("0.1"))

    # --- change requests -------------------------------------------------------------------
    def add_change_request(self, project_id: int, draft: ChangeRequestDraft) -> int:
        title = " ".join(draft.title.split())
        if not title:
            raise ValidationError("title", "Enter what the change is.")
        if len(title) > MAX_NAME:
            raise ValidationError("title", "The title is longer than 200 characters.")
        if draft.extra_days < 0:
            raise ValidationError("extra_days", "Enter zero or more extra days.")
        with self._uow.write() as s:
            project = _get(s, project_id)
            fee = _money(draft.extra_fee, project.currency, "extra_fee")
            row = ChangeRequest(
                project_id=project_id,
                title=title,
                scope=draft.scope.strip(),
                extra_fee_minor=fee,
                extra_days=int(draft.extra_days),
                requested_on=draft.requested_on or date.today(),
            )
            s.add(row)
            s.flush()
            return row.id

    def decide_change_request(
        self, request_id: int, approve: bool, decided_on: date | None = None
    ) -> ChangeRequestInfo:
        """Approve (contract value and deadline move, the old ones kept) or reject a request."""
        with self._uow.write() as s:
            row = s.get(ChangeRequest, request_id)
            if row is None:
                raise NotFound("That change request no longer exists.")
            if row.status != ChangeRequestStatus.PROPOSED:
                raise Conflict("This change request has already been decided.")
            project = _get(s, row.project_id)
            row.decided_on = decided_on or date.today()
            if approve:
                row.status = ChangeRequestStatus.APPROVED
                row.value_before_minor = project.contract_value_minor
                row.due_before = project.due_on
                project.contract_value_minor += row.extra_fee_minor
                if project.due_on is not None:
                    project.due_on = project.due_on + timedelta(days=row.extra_days)
            else:
                row.status = ChangeRequestStatus.REJECTED
            s.flush()
            return _cr_info(row, project.currency)

    def change_requests(self, project_id: int) -> list[ChangeRequestInfo]:
        with self._uow.read() as s:
            project = _get(s, project_id)
            rows = s.scalars(
                select(ChangeRequest)
                .where(ChangeRequest.project_id == project_id)
                .order_by(ChangeRequest.requested_on, ChangeRequest.id)
            )
            return [_cr_info(r, project.currency) for r in rows]


def _cr_info(r: ChangeRequest, currency: str) -> ChangeRequestInfo:
    return ChangeRequestInfo(
        r.id,
        r.title,
        r.scope,
        Money(r.extra_fee_minor, currency),
        r.extra_days,
        ChangeRequestStatus(r.status),
        r.requested_on,
        r.decided_on,
        Money(r.value_before_minor, currency) if r.value_before_minor is not None else None,
        r.due_before,
    )
