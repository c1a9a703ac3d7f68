"""The project list: filtered count and sorted pages in SQL, never every row."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from models.entities import Client, Person, Project, ServiceType
from models.enums import ProjectStage, ProjectStatus
from models.errors import ValidationError
from models.money import Money
from models.search_index import has_project_search, matching_project_ids, uses_search_index
from models.services.projects_data import PROJECT_SORT_KEYS, ProjectFilter, ProjectRow
from models.text import search_key

MAX_PAGE = 1000
_FINISHED = (ProjectStage.MAINTENANCE, ProjectStage.CLOSED)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def overdue_expr(today: date) -> Any:
    """Past its end date and neither done nor handed over."""
    return and_(
        Project.due_on.is_not(None),
        Project.due_on < today,
        Project.status != ProjectStatus.DONE,
        Project.stage.not_in(_FINISHED),
    )


def _search_condition(text: str, indexed: bool) -> Any:
    """Code or name contains ``text`` (LIKE: ASCII case folded), or the client's name does.

    With the index (SQLite), three or more characters are looked up there first; LIKE then
    runs only on those candidates, so the answer is exactly the LIKE scan's. The client test
    is a subquery on ``client_id`` so SQLite can answer each side of the OR from an index.
    """
    like = _like(text)
    own = or_(Project.code.like(like, escape="\\"), Project.name.like(like, escape="\\"))
    client = Client.name_key.like(_like(search_key(text)), escape="\\")
    if not uses_search_index(indexed, text):
        return or_(own, client)
    return or_(
        and_(Project.id.in_(matching_project_ids(text)), own),
        # Not correlated with the page's own join to clients: its own scan of client names.
        Project.client_id.in_(select(Client.id).where(client).correlate(None)),
    )


def _conditions(flt: ProjectFilter, today: date, indexed: bool) -> list[Any]:
    out: list[Any] = []
    text = flt.search.strip()
    if text:
        out.append(_search_condition(text, indexed))
    if not flt.include_archived:
        out.append(Project.archived_at.is_(None))
    if flt.client_id is not None:
        out.append(Project.client_id == flt.client_id)
    if flt.stage is not None:
        out.append(Project.stage == ProjectStage(flt.stage))
    if flt.status is not None:
        out.append(Project.status == ProjectStatus(flt.status))
    if flt.manager_id is not None:
        out.append(Project.manager_id == flt.manager_id)
    if flt.service_type_id is not None:
        out.append(Project.service_type_id == flt.service_type_id)
    if flt.due_from is not None:
        out.append(Project.due_on >= flt.due_from)
    if flt.due_to is not None:
        out.append(Project.due_on <= flt.due_to)
    if flt.overdue_only:
        out.append(overdue_expr(today))
    return out


def _indexed(session: Session) -> bool:
    """Can this database answer searches from the trigram index (SQLite, migrated)?"""
    return has_project_search(session.connection())


def _needs_client(flt: ProjectFilter, indexed: bool) -> bool:
    text = flt.search.strip()
    return bool(text) and not uses_search_index(indexed, text)


def count_projects(session: Session, flt: ProjectFilter, today: date) -> int:
    indexed = _indexed(session)
    stmt: Select[Any] = select(func.count(Project.id)).select_from(Project)
    if _needs_client(flt, indexed):
        stmt = stmt.join(Client, Client.id == Project.client_id)
    conditions = _conditions(flt, today, indexed)
    if conditions:
        stmt = stmt.where(*conditions)
    return int(session.execute(stmt).scalar_one())


def page_projects(
    session: Session,
    flt: ProjectFilter,
    offset: int,
    limit: int,
    sort_key: str | None,
    descending: bool,
    today: date,
) -> list[ProjectRow]:
    if offset < 0 or not 0 < limit <= MAX_PAGE:
        raise ValidationError("limit", "Pages hold 1 to 1000 rows.")
    manager = aliased(Person)
    overdue = case((overdue_expr(today), literal(1)), else_=literal(0))
    sortable: dict[str, Any] = {
        "code": Project.code,
        "name": Project.name,
        "client": Client.name_key,
        "service_type": ServiceType.name,
        "stage": case(
            *((Project.stage == st, literal(st.order)) for st in ProjectStage), else_=literal(0)
        ),
        "status": Project.status,
        "manager": manager.name,
        "start": Project.start_on,
        "due": Project.due_on,
        "contract_value": Project.contract_value_minor,
        "percent_complete": Project.percent_complete,
    }
    if sort_key is None:
        order: tuple[Any, ...] = (Project.code.desc(),)
    elif sort_key not in PROJECT_SORT_KEYS:
        raise ValidationError("sort_key", f"Unknown column '{sort_key}'.")
    else:
        expr = sortable[sort_key]
        order = (expr.desc() if descending else expr.asc(), Project.id)
    stmt = (
        select(
            Project.id,
            Project.code,
            Project.name,
            Client.name,
            ServiceType.name,
            ServiceType.code,
            Project.stage,
            Project.status,
            manager.name,
            Project.start_on,
            Project.due_on,
            Project.contract_value_minor,
            Project.currency,
            Project.percent_complete,
            overdue,
        )
        .select_from(Project)
        .join(Client, Client.id == Project.client_id)
        .outerjoin(ServiceType, ServiceType.id == Project.service_type_id)
        .outerjoin(manager, manager.id == Project.manager_id)
    )
    conditions = _conditions(flt, today, _indexed(session))
    if conditions:
        stmt = stmt.where(*conditions)
    stmt = stmt.order_by(*order).offset(offset).limit(limit)
    return [
        ProjectRow(
            id=int(r[0]),
            code=r[1],
            name=r[2],
            client=r[3],
            service_type=r[4] or "",
            service_type_code=r[5],
            stage=ProjectStage(r[6]),
            status=ProjectStatus(r[7]),
            manager=r[8] or "",
            start_on=r[9],
            due_on=r[10],
            contract_value=Money(int(r[11]), r[12]),
            percent_complete=int(r[13]),
            overdue=bool(r[14]),
        )
        for r in session.execute(stmt)
    ]
