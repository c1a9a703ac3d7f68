"""The project list's table model: pages fetched on demand, sorted in SQL, status in colour."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from models.enums import ProjectStage, ProjectStatus
from models.services.projects_data import ProjectFilter, ProjectRow
from ui.projects.labels import status_colours
from ui.shell.labels import enum_label

RAW_VALUE_ROLE = Qt.ItemDataRole.UserRole
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200

COLUMNS: tuple[tuple[str, str], ...] = (
    ("code", QT_TRANSLATE_NOOP("ProjectColumn", "Code")),
    ("name", QT_TRANSLATE_NOOP("ProjectColumn", "Project")),
    ("client", QT_TRANSLATE_NOOP("ProjectColumn", "Client")),
    ("service_type", QT_TRANSLATE_NOOP("ProjectColumn", "Service")),
    ("stage", QT_TRANSLATE_NOOP("ProjectColumn", "Stage")),
    ("status", QT_TRANSLATE_NOOP("ProjectColumn", "Status")),
    ("manager", QT_TRANSLATE_NOOP("ProjectColumn", "Manager")),
    ("start", QT_TRANSLATE_NOOP("ProjectColumn", "Start")),
    ("due", QT_TRANSLATE_NOOP("ProjectColumn", "Due")),
    ("contract_value", QT_TRANSLATE_NOOP("ProjectColumn", "Contract value")),
    ("percent_complete", QT_TRANSLATE_NOOP("ProjectColumn", "Done")),
)
_NUMERIC = frozenset({"contract_value", "percent_complete"})
_Index = QModelIndex | QPersistentModelIndex


class ProjectSource(Protocol):
    def count(self, flt: ProjectFilter = ...) -> int: ...

    def page(
        self,
        flt: ProjectFilter = ...,
        offset: int = 0,
        limit: int = 200,
        sort_key: str | None = None,
        descending: bool = False,
    ) -> list[ProjectRow]: ...


def _raw(row: ProjectRow, key: str) -> Any:
    return {
        "code": row.code,
        "name": row.name,
        "client": row.client,
        "service_type": row.service_type,
        "stage": row.stage,
        "status": row.status,
        "manager": row.manager,
        "start": row.start_on,
        "due": row.due_on,
        "contract_value": row.contract_value,
        "percent_complete": row.percent_complete,
    }[key]


def service_type_label(code: str | None, name: str) -> str:
    """Built-in service types are translated by code; the studio's own keep their name."""
    from ui.projects.names import service_type_name

    return service_type_name(code, name)


class ProjectTableModel(QAbstractTableModel):
    """~200 projects at a time through canFetchMore/fetchMore; the count comes from SQL."""

    def __init__(self, source: ProjectSource, parent: Any = None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._source = source
        self._page_size = page_size
        self._filter = ProjectFilter()
        self._sort: tuple[str | None, bool] = (None, False)
        self._rows: list[ProjectRow] = []
        self._total = 0
        self._reload()

    def total(self) -> int:
        return self._total

    def filter(self) -> ProjectFilter:
        return self._filter

    def set_filter(self, flt: ProjectFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def row_at(self, row: int) -> ProjectRow:
        return self._rows[row]

    def row_of(self, project_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == project_id:
                return i
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        start = len(self._rows)
        rows = self._fetch(start)
        if not rows:
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == RAW_VALUE_ROLE:
            return _raw(row, key)
        if role == ROW_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if key in _NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "status":
                return QBrush(status_colours(row.status)[0])
            if key == "due" and row.overdue:
                return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.BackgroundRole and key == "status":
            return QBrush(status_colours(row.status)[1])
        if role == Qt.ItemDataRole.ToolTipRole and key == "due" and row.overdue:
            return QCoreApplication.translate("ProjectTableModel", "Overdue")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProjectColumn", COLUMNS[section][1])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0] if 0 <= column < len(COLUMNS) else None
        sort = (key, order == Qt.SortOrder.DescendingOrder)
        if sort != self._sort:
            self._sort = sort
            self.refresh()

    def _reload(self) -> None:
        self._total = self._source.count(self._filter)
        self._rows = self._fetch(0) if self._total else []

    def _fetch(self, offset: int) -> list[ProjectRow]:
        limit = min(self._page_size, max(self._total - offset, 0))
        if limit <= 0:
            return []
        key, desc = self._sort
        return list(self._source.page(self._filter, offset, limit, key, desc))

    def _display(self, row: ProjectRow, key: str) -> str:
        value = _raw(row, key)
        if value is None:
            return ""
        if key == "stage":
            return enum_label(ProjectStage, value)
        if key == "status":
            return enum_label(ProjectStatus, value)
        if key == "service_type":
            return service_type_label(row.service_type_code, row.service_type)
        if key == "contract_value":
            return value.format()
        if key == "percent_complete":
            return f"{value}%"
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return str(value)
