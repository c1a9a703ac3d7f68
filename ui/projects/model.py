"""The project list's columns over the shell's lazy table: sorted in SQL, status in colour."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from models.enums import ProjectStage, ProjectStatus
from models.services.projects_data import ProjectFilter, ProjectRow
from ui.projects.labels import status_colours
from ui.shell.labels import enum_label
from ui.shell.lazy_table import PAGE_SIZE, RED, Col, LazyTableModel, PageSource

_TITLES = {
    "code": QT_TRANSLATE_NOOP("ProjectColumn", "Code"),
    "name": QT_TRANSLATE_NOOP("ProjectColumn", "Project"),
    "client": QT_TRANSLATE_NOOP("ProjectColumn", "Client"),
    "service_type": QT_TRANSLATE_NOOP("ProjectColumn", "Service"),
    "stage": QT_TRANSLATE_NOOP("ProjectColumn", "Stage"),
    "status": QT_TRANSLATE_NOOP("ProjectColumn", "Status"),
    "manager": QT_TRANSLATE_NOOP("ProjectColumn", "Manager"),
    "start": QT_TRANSLATE_NOOP("ProjectColumn", "Start"),
    "due": QT_TRANSLATE_NOOP("ProjectColumn", "Due"),
    "contract_value": QT_TRANSLATE_NOOP("ProjectColumn", "Contract value"),
    "percent_complete": QT_TRANSLATE_NOOP("ProjectColumn", "Done"),
}


def service_type_label(code: str | None, name: str) -> str:
    """Built-in service types are translated by code; the studio's own keep their name."""
    from ui.projects.names import service_type_name

    return service_type_name(code, name)


def _text(fmt: Callable[[ProjectRow, Any], str]) -> Callable[[ProjectRow, Any], str]:
    return lambda row, value: "" if value is None else fmt(row, value)


def _overdue(row: ProjectRow, _value: Any) -> QColor | None:
    return RED if row.overdue else None


def _overdue_tip(row: ProjectRow, _text: str) -> str | None:
    return QCoreApplication.translate("ProjectTableModel", "Overdue") if row.overdue else None


_iso = _text(lambda _r, d: d.isoformat())
COLUMNS: tuple[Col, ...] = (
    Col("code", attrgetter("code")),
    Col("name", attrgetter("name")),
    Col("client", attrgetter("client")),
    Col(
        "service_type",
        attrgetter("service_type"),
        _text(lambda r, _v: service_type_label(r.service_type_code, r.service_type)),
    ),
    Col("stage", attrgetter("stage"), _text(lambda _r, v: enum_label(ProjectStage, v))),
    Col(
        "status",
        attrgetter("status"),
        _text(lambda _r, v: enum_label(ProjectStatus, v)),
        foreground=lambda r, _v: status_colours(r.status)[0],
        background=lambda r, _v: status_colours(r.status)[1],
    ),
    Col("manager", attrgetter("manager")),
    Col("start", attrgetter("start_on"), _iso),
    Col("due", attrgetter("due_on"), _iso, foreground=_overdue, tooltip=_overdue_tip),
    Col(
        "contract_value",
        attrgetter("contract_value"),
        _text(lambda _r, v: v.format()),
        numeric=True,
        foreground=None,
    ),
    Col("percent_complete", attrgetter("percent_complete"), _text(lambda _r, v: f"{v}%"), True),
)


def _header(key: str) -> str:
    return QCoreApplication.translate("ProjectColumn", str(_TITLES[key]))


class ProjectTableModel(LazyTableModel):
    """~200 projects at a time through canFetchMore/fetchMore; the count comes from SQL."""

    def __init__(self, source: PageSource, parent: Any = None, *, page_size: int = PAGE_SIZE):
        super().__init__(
            source,
            COLUMNS,
            parent,
            flt=ProjectFilter(),
            page_size=page_size,
            header=_header,
            align_headers=False,
        )
