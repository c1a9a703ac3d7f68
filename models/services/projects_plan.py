"""The work plan of a project: milestones, tasks, finish-to-start dependencies and templates."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from models.entities import (
    Milestone,
    Person,
    Project,
    ProjectTemplate,
    ServiceType,
    Task,
    TaskDependency,
    TemplateItem,
)
from models.enums import TaskStatus, TemplateItemKind
from models.errors import Conflict, NotFound, ValidationError
from models.services.projects_data import (
    DependencyLoopError,
    MilestoneDraft,
    MilestoneInfo,
    ProjectDraft,
    ProjectEndsError,
    ProjectPlan,
    TaskDraft,
    TaskInfo,
    TemplateInfo,
)

if TYPE_CHECKING:
    from models.services.base import UnitOfWork

MAX_NAME = 200


def _project(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound("That project no longer exists.")
    return project


def _task(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFound("That task no longer exists.")
    return task


def _name(text: str, field: str = "name") -> str:
    name = " ".join(text.split())
    if not name:
        raise ValidationError(field, "Enter a name.")
    if len(name) > MAX_NAME:
        raise ValidationError(field, "The name is longer than 200 characters.")
    return name


def _minutes(hours: Decimal | str | int) -> int:
    try:
        value = Decimal(str(hours).strip() or "0")
    except InvalidOperation:
        raise ValidationError("estimate", "Enter the estimate in hours, e.g. 7.5.") from None
    if not value.is_finite() or value < 0:
        raise ValidationError("estimate", "Enter an estimate of zero hours or more.")
    return int((value * 60).to_integral_value())


def _check_within_project(project: Project, start: date | None, due: date | None) -> None:
    if start and due and due < start:
        raise ValidationError("due_on", "The end date is before the start date.")
    if due and project.due_on and due > project.due_on:
        raise ProjectEndsError("due_on", project.due_on)


def _task_info(t: Task, assignee: str, preds: tuple[int, ...]) -> TaskInfo:
    return TaskInfo(
        id=t.id,
        name=t.name,
        phase=t.phase,
        milestone_id=t.milestone_id,
        assignee_id=t.assignee_id,
        assignee=assignee,
        estimate_minutes=t.estimate_minutes,
        start_on=t.start_on,
        due_on=t.due_on,
        status=TaskStatus(t.status),
        progress=t.progress,
        sort=t.sort,
        predecessor_ids=preds,
    )


def _find_path(edges: dict[int, set[int]], start: int, goal: int) -> list[int] | None:
    """A path start -> ... -> goal through ``edges`` (predecessor -> successors), or None."""
    stack: list[tuple[int, list[int]]] = [(start, [start])]
    seen: set[int] = set()
    while stack:
        node, path = stack.pop()
        if node == goal:
            return path
        if node in seen:
            continue
        seen.add(node)
        for nxt in edges.get(node, ()):
            stack.append((nxt, [*path, nxt]))
    return None


def _project_edges(session: Session, project_id: int) -> dict[int, set[int]]:
    edges: dict[int, set[int]] = defaultdict(set)
    rows = session.execute(
        select(TaskDependency.predecessor_id, TaskDependency.successor_id)
        .join(Task, Task.id == TaskDependency.successor_id)
        .where(Task.project_id == project_id)
    )
    for a, b in rows:
        edges[int(a)].add(int(b))
    return edges


def _refuse_loop(
    session: Session, edges: dict[int, set[int]], predecessor_id: int, successor_id: int
) -> None:
    """Raise DependencyLoopError naming the loop if successor already leads to predecessor."""
    path = _find_path(edges, successor_id, predecessor_id)
    if path is None:
        return
    names = {
        int(i): str(n)
        for i, n in session.execute(select(Task.id, Task.name).where(Task.id.in_(path)))
    }
    raise DependencyLoopError(tuple(names[i] for i in [*path, successor_id]))


def _set_predecessors(session: Session, task: Task, wanted: tuple[int, ...]) -> None:
    """Replace the task's predecessors with ``wanted`` (same project, no self, no loop)."""
    preds = tuple(dict.fromkeys(int(i) for i in wanted))
    if task.id in preds:
        raise ValidationError("dependency", "A task cannot depend on itself.")
    if preds:
        found = dict(
            session.execute(select(Task.id, Task.project_id).where(Task.id.in_(preds))).all()
        )
        if any(found.get(i) != task.project_id for i in preds):
            raise ValidationError("dependency", "Both tasks must belong to the same project.")
    session.execute(delete(TaskDependency).where(TaskDependency.successor_id == task.id))
    session.flush()
    edges = _project_edges(session, task.project_id)
    for pred in preds:
        _refuse_loop(session, edges, pred, task.id)
        edges[pred].add(task.id)
        session.add(TaskDependency(predecessor_id=pred, successor_id=task.id))


class PlanMixin:
    """Milestones, tasks and templates of ProjectService (kept apart to stay readable)."""

    _uow: UnitOfWork

    # --- reading ---------------------------------------------------------------------------
    def milestones(self, project_id: int) -> list[MilestoneInfo]:
        with self._uow.read() as s:
            return self._milestones(s, project_id)

    def _milestones(self, s: Session, project_id: int) -> list[MilestoneInfo]:
        rows = s.scalars(
            select(Milestone)
            .where(Milestone.project_id == project_id)
            .order_by(Milestone.sort, Milestone.due_on, Milestone.id)
        )
        return [MilestoneInfo(m.id, m.name, m.due_on, m.done_on, m.sort) for m in rows]

    def tasks(self, project_id: int) -> list[TaskInfo]:
        with self._uow.read() as s:
            return self._tasks(s, project_id)

    def _tasks(self, s: Session, project_id: int) -> list[TaskInfo]:
        rows = s.execute(
            select(Task, Person.name)
            .outerjoin(Person, Person.id == Task.assignee_id)
            .where(Task.project_id == project_id)
            .order_by(Task.sort, Task.start_on, Task.id)
        ).all()
        preds: dict[int, list[int]] = defaultdict(list)
        deps = s.execute(
            select(TaskDependency.predecessor_id, TaskDependency.successor_id)
            .join(Task, Task.id == TaskDependency.successor_id)
            .where(Task.project_id == project_id)
        )
        for pred, succ in deps:
            preds[int(succ)].append(int(pred))
        return [_task_info(t, name or "", tuple(sorted(preds[t.id]))) for t, name in rows]

    def plan(self, project_id: int) -> ProjectPlan:
        from models.services.projects import _detail

        with self._uow.read() as s:
            project = _project(s, project_id)
            return ProjectPlan(
                _detail(s, project),
                tuple(self._milestones(s, project_id)),
                tuple(self._tasks(s, project_id)),
            )

    # --- milestones ------------------------------------------------------------------------
    def add_milestone(self, project_id: int, draft: MilestoneDraft) -> int:
        name = _name(draft.name)
        with self._uow.write() as s:
            project = _project(s, project_id)
            _check_within_project(project, None, draft.due_on)
            sort = s.scalar(
                select(func.coalesce(func.max(Milestone.sort), -1)).where(
                    Milestone.project_id == project_id
                )
            )
            row = Milestone(
                project_id=project_id,
                name=name,
                due_on=draft.due_on,
                done_on=draft.done_on,
                sort=int(sort if sort is not None else -1) + 1,
            )
            s.add(row)
            s.flush()
            return row.id

    def update_milestone(self, milestone_id: int, draft: MilestoneDraft) -> None:
        name = _name(draft.name)
        with self._uow.write() as s:
            row = s.get(Milestone, milestone_id)
            if row is None:
                raise NotFound("That milestone no longer exists.")
            _check_within_project(_project(s, row.project_id), None, draft.due_on)
            row.name, row.due_on, row.done_on = name, draft.due_on, draft.done_on

    def set_milestone_done(self, milestone_id: int, done_on: date | None) -> None:
        with self._uow.write() as s:
            row = s.get(Milestone, milestone_id)
            if row is None:
                raise NotFound("That milestone no longer exists.")
            row.done_on = done_on

    def move_milestone(self, milestone_id: int, due_on: date) -> None:
        with self._uow.write() as s:
            row = s.get(Milestone, milestone_id)
            if row is None:
                raise NotFound("That milestone no longer exists.")
            _check_within_project(_project(s, row.project_id), None, due_on)
            row.due_on = due_on

    def delete_milestone(self, milestone_id: int) -> None:
        """Remove a milestone; its tasks stay in the plan without one."""
        from models.services.audit import delete_row

        with self._uow.write() as s:
            row = s.get(Milestone, milestone_id)
            if row is None:
                raise NotFound("That milestone no longer exists.")
            for task in s.scalars(select(Task).where(Task.milestone_id == milestone_id)):
                task.milestone_id = None
            s.flush()
            delete_row(s, row, f"milestone {row.name}")

    # --- tasks -----------------------------------------------------------------------------
    def _apply_task(self, s: Session, project: Project, task: Task, d: TaskDraft) -> None:
        name = _name(d.name)
        if len(d.phase.strip()) > 100:
            raise ValidationError("phase", "The phase is longer than 100 characters.")
        minutes = _minutes(d.estimate_hours)
        try:
            status = TaskStatus(d.status)
        except ValueError:
            raise ValidationError("status", "Choose a status from the list.") from None
        if not 0 <= d.progress <= 100:
            raise ValidationError("progress", "Enter a percentage from 0 to 100.")
        _check_within_project(project, d.start_on, d.due_on)
        if d.assignee_id is not None and s.get(Person, d.assignee_id) is None:
            raise ValidationError("assignee", "Choose a person from the list.")
        if d.milestone_id is not None:
            ms = s.get(Milestone, d.milestone_id)
            if ms is None or ms.project_id != project.id:
                raise ValidationError("milestone", "Choose a milestone of this project.")
        task.name, task.phase, task.milestone_id = name, d.phase.strip(), d.milestone_id
        task.assignee_id, task.estimate_minutes = d.assignee_id, minutes
        task.start_on, task.due_on, task.status = d.start_on, d.due_on, status
        task.progress = 100 if status == TaskStatus.DONE else int(d.progress)

    def add_task(self, project_id: int, draft: TaskDraft) -> int:
        with self._uow.write() as s:
            project = _project(s, project_id)
            sort = s.scalar(
                select(func.coalesce(func.max(Task.sort), -1)).where(Task.project_id == project_id)
            )
            task = Task(project_id=project_id, sort=int(sort if sort is not None else -1) + 1)
            self._apply_task(s, project, task, draft)
            s.add(task)
            s.flush()
            if draft.predecessor_ids:
                _set_predecessors(s, task, draft.predecessor_ids)
            self._recompute_progress(s, project)
            return task.id

    def update_task(self, task_id: int, draft: TaskDraft) -> None:
        with self._uow.write() as s:
            task = _task(s, task_id)
            project = _project(s, task.project_id)
            self._apply_task(s, project, task, draft)
            s.flush()
            if draft.predecessor_ids is not None:
                _set_predecessors(s, task, draft.predecessor_ids)
            self._recompute_progress(s, project)

    def move_task(self, task_id: int, start_on: date | None, due_on: date | None) -> TaskInfo:
        """New dates for a task (the Gantt's drag): the same checks as the task editor."""
        with self._uow.write() as s:
            task = _task(s, task_id)
            project = _project(s, task.project_id)
            if start_on is None and due_on is None:
                raise ValidationError("start_on", "Give the task a start or an end date.")
            _check_within_project(project, start_on, due_on)
            task.start_on, task.due_on = start_on, due_on
            s.flush()
            assignee = s.get(Person, task.assignee_id) if task.assignee_id else None
            preds = s.scalars(
                select(TaskDependency.predecessor_id).where(TaskDependency.successor_id == task_id)
            )
            return _task_info(task, assignee.name if assignee else "", tuple(sorted(preds)))

    def delete_task(self, task_id: int) -> None:
        from models.services.audit import delete_row

        with self._uow.write() as s:
            task = _task(s, task_id)
            project = _project(s, task.project_id)
            s.execute(
                delete(TaskDependency).where(
                    (TaskDependency.predecessor_id == task_id)
                    | (TaskDependency.successor_id == task_id)
                )
            )
            delete_row(s, task, f"task {task.name}")
            s.flush()
            self._recompute_progress(s, project)

    def add_dependency(self, predecessor_id: int, successor_id: int) -> None:
        """``successor`` starts after ``predecessor`` finishes; a loop is refused by name."""
        if predecessor_id == successor_id:
            raise ValidationError("dependency", "A task cannot depend on itself.")
        with self._uow.write() as s:
            pred, succ = _task(s, predecessor_id), _task(s, successor_id)
            if pred.project_id != succ.project_id:
                raise ValidationError("dependency", "Both tasks must belong to the same project.")
            edges = _project_edges(s, pred.project_id)
            if successor_id in edges[predecessor_id]:
                return
            _refuse_loop(s, edges, predecessor_id, successor_id)
            s.add(TaskDependency(predecessor_id=predecessor_id, successor_id=successor_id))

    def remove_dependency(self, predecessor_id: int, successor_id: int) -> None:
        with self._uow.write() as s:
            s.execute(
                delete(TaskDependency).where(
                    TaskDependency.predecessor_id == predecessor_id,
                    TaskDependency.successor_id == successor_id,
                )
            )

    def _recompute_progress(self, s: Session, project: Project) -> None:
        """% complete from the tasks, weighted by estimate (by count when nothing is estimated)."""
        if not project.progress_from_tasks:
            return
        rows = s.execute(
            select(Task.estimate_minutes, Task.progress).where(Task.project_id == project.id)
        ).all()
        if not rows:
            project.percent_complete = 0
            return
        weight = sum(int(m) for m, _ in rows)
        if weight > 0:
            done = sum(int(m) * int(p) for m, p in rows)
            project.percent_complete = int(Decimal(done) / weight + Decimal("0.5"))
        else:
            project.percent_complete = int(
                Decimal(sum(int(p) for _, p in rows)) / len(rows) + Decimal("0.5")
            )

    # --- templates -------------------------------------------------------------------------
    def templates(self, service_type_id: int | None = None) -> list[TemplateInfo]:
        with self._uow.read() as s:
            tasks = func.sum(func.iif(TemplateItem.kind == TemplateItemKind.TASK, 1, 0))
            miles = func.sum(func.iif(TemplateItem.kind == TemplateItemKind.MILESTONE, 1, 0))
            span = func.max(TemplateItem.offset_days + TemplateItem.duration_days)
            stmt = (
                select(
                    ProjectTemplate.id,
                    ProjectTemplate.name,
                    ProjectTemplate.service_type_id,
                    ServiceType.code,
                    ProjectTemplate.builtin,
                    func.coalesce(tasks, 0),
                    func.coalesce(miles, 0),
                    func.coalesce(span, 0),
                )
                .outerjoin(ServiceType, ServiceType.id == ProjectTemplate.service_type_id)
                .outerjoin(TemplateItem, TemplateItem.template_id == ProjectTemplate.id)
                .group_by(ProjectTemplate.id)
                .order_by(ProjectTemplate.builtin.desc(), ProjectTemplate.name)
            )
            if service_type_id is not None:
                stmt = stmt.where(ProjectTemplate.service_type_id == service_type_id)
            return [
                TemplateInfo(
                    int(r[0]), r[1], r[2], r[3], bool(r[4]), int(r[5]), int(r[6]), int(r[7])
                )
                for r in s.execute(stmt)
            ]

    def create_from_template(self, template_id: int, draft: ProjectDraft) -> int:
        """A new project with the template's milestones and chained tasks, laid from its start.

        Given an end date, the plan is squeezed (or stretched) to fit between start and end, so
        no task falls after the project ends.
        """
        start = draft.start_on or date.today()
        with self._uow.write() as s:
            template = s.get(ProjectTemplate, template_id)
            if template is None:
                raise ValidationError("template", "Choose a template from the list.")
            items = list(
                s.scalars(
                    select(TemplateItem)
                    .where(TemplateItem.template_id == template_id)
                    .order_by(TemplateItem.sort, TemplateItem.id)
                )
            )
            span = max((i.offset_days + i.duration_days for i in items), default=0)
            due = draft.due_on or start + timedelta(days=max(span, 1))
            from dataclasses import replace

            fixed = replace(
                draft,
                start_on=start,
                due_on=due,
                service_type_id=draft.service_type_id or template.service_type_id,
            )
            from models.services.projects import ProjectService

            assert isinstance(self, ProjectService)
            project_id = self._create(s, fixed)
            room = max((due - start).days, 0)
            scale = Decimal(room) / Decimal(span) if span else Decimal(1)

            def day(offset: int) -> date:
                return start + timedelta(days=int(Decimal(offset) * scale))

            previous: Task | None = None
            milestone_of_phase: dict[str, Milestone] = {}
            pending: list[Task] = []
            for n, item in enumerate(items):
                first = day(item.offset_days)
                if item.kind == TemplateItemKind.MILESTONE:
                    ms = Milestone(project_id=project_id, name=item.name, due_on=first, sort=n)
                    s.add(ms)
                    s.flush()
                    milestone_of_phase[item.phase] = ms
                    continue
                last = max(first, day(item.offset_days + item.duration_days) - timedelta(days=1))
                last = min(last, due)
                task = Task(
                    project_id=project_id,
                    phase=item.phase,
                    name=item.name,
                    estimate_minutes=item.estimate_minutes,
                    start_on=min(first, last),
                    due_on=last,
                    sort=n,
                )
                s.add(task)
                s.flush()
                pending.append(task)
                if previous is not None:
                    s.add(TaskDependency(predecessor_id=previous.id, successor_id=task.id))
                previous = task
            for task in pending:
                phase_ms = milestone_of_phase.get(task.phase)
                if phase_ms is not None:
                    task.milestone_id = phase_ms.id
            return project_id

    def save_as_template(self, project_id: int, name: str) -> int:
        """The project's milestones and tasks as a template, placed by days from its start."""
        title = _name(name)
        with self._uow.write() as s:
            project = _project(s, project_id)
            if s.scalar(select(ProjectTemplate.id).where(ProjectTemplate.name == title)):
                raise ValidationError("name", "A template with this name already exists.")
            origin = project.start_on
            dates = [
                d
                for d in s.scalars(select(Task.start_on).where(Task.project_id == project_id))
                if d is not None
            ]
            if origin is None:
                origin = min(dates, default=date.today())
            template = ProjectTemplate(
                name=title, service_type_id=project.service_type_id, builtin=False
            )
            s.add(template)
            s.flush()
            rows: list[dict[str, Any]] = []
            milestones = s.scalars(select(Milestone).where(Milestone.project_id == project_id))
            for m in milestones:
                when = m.due_on or origin
                rows.append(
                    {
                        "kind": TemplateItemKind.MILESTONE,
                        "phase": "",
                        "name": m.name,
                        "offset_days": max((when - origin).days, 0),
                        "duration_days": 0,
                        "estimate_minutes": 0,
                    }
                )
            milestone_phase: dict[int, str] = {}
            tasks = list(s.scalars(select(Task).where(Task.project_id == project_id)))
            for t in tasks:
                first = t.start_on or t.due_on or origin
                last = t.due_on or first
                if t.milestone_id is not None:
                    milestone_phase[t.milestone_id] = t.phase
                rows.append(
                    {
                        "kind": TemplateItemKind.TASK,
                        "phase": t.phase,
                        "name": t.name,
                        "offset_days": max((first - origin).days, 0),
                        "duration_days": (last - first).days + 1,
                        "estimate_minutes": t.estimate_minutes,
                    }
                )
            if not rows:
                raise Conflict("This project has no milestones or tasks to keep as a template.")
            # Milestones take the phase of the tasks that lead to them, so a new project
            # links them up again.
            for m in s.scalars(select(Milestone).where(Milestone.project_id == project_id)):
                for row in rows:
                    if row["kind"] == TemplateItemKind.MILESTONE and row["name"] == m.name:
                        row["phase"] = milestone_phase.get(m.id, "")
            rows.sort(key=lambda r: (r["offset_days"], r["kind"] == TemplateItemKind.MILESTONE))
            for n, row in enumerate(rows):
                s.add(TemplateItem(template_id=template.id, sort=n, **row))
            return template.id

    def delete_template(self, template_id: int) -> None:
        with self._uow.write() as s:
            template = s.get(ProjectTemplate, template_id)
            if template is None:
                raise NotFound("That template no longer exists.")
            if template.builtin:
                raise Conflict("Built-in templates cannot be deleted.")
            s.delete(template)
