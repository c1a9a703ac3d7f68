"""One table model for every browse list: pages fetched on demand, sorted by the service."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from models.services.browse import ColumnSpec, ListFilter, ListKind, ListRow
from ui.shell.formatting import format_value
from ui.shell.labels import column_label, enum_for_column, enum_label

RAW_VALUE_ROLE = Qt.ItemDataRole.UserRole
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_NUMERIC_KINDS = frozenset({"money", "int", "percent", "hours"})

_Index = QModelIndex | QPersistentModelIndex


class BrowseSource(Protocol):
    """The slice of models.services.browse.BrowseService this model needs."""

    def columns(self, kind: ListKind) -> tuple[ColumnSpec, ...]: ...

    def count(self, kind: ListKind, flt: ListFilter) -> int: ...

    def page(
        self,
        kind: ListKind,
        flt: ListFilter,
        offset: int,
        limit: int,
        sort_key: str | None = None,
        descending: bool = False,
    ) -> list[ListRow]: ...


class LazyTableModel(QAbstractTableModel):
    """Rows of one ListKind, ~200 at a time through canFetchMore/fetchMore; never all rows."""

    def __init__(
        self,
        browse: BrowseSource,
        kind: ListKind,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._browse = browse
        self._kind = kind
        self._page_size = page_size
        self._columns: tuple[ColumnSpec, ...] = tuple(browse.columns(kind))
        self._filter = ListFilter()
        self._sort_key: str | None = None
        self._descending = False
        self._rows: list[ListRow] = []
        self._total = 0
        self._reload()

    # --- what the page uses -------------------------------------------------------------
    @property
    def kind(self) -> ListKind:
        return self._kind

    @property
    def columns(self) -> tuple[ColumnSpec, ...]:
        return self._columns

    def total(self) -> int:
        """How many rows match the filter in the database (not how many are loaded)."""
        return self._total

    def set_filter(self, flt: ListFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.refresh()

    def filter(self) -> ListFilter:
        return self._filter

    def refresh(self) -> None:
        """Drop every loaded row and load the first page again (after a change or a search)."""
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def row_id(self, row: int) -> int:
        return self._rows[row].id

    def column_of(self, key: str) -> int:
        for i, spec in enumerate(self._columns):
            if spec.key == key:
                return i
        raise KeyError(key)

    # --- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        start = len(self._rows)
        rows = self._fetch(start)
        if not rows:
            self._total = start  # the table shrank under us: stop asking
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        spec = self._columns[index.column()]
        value = row.values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(spec, value)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._display(spec, value)
            return text if len(text) > 30 else None
        if role == RAW_VALUE_ROLE:
            return value
        if role == ROW_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if spec.kind in _NUMERIC_KINDS else _LEFT)
        if role == Qt.ItemDataRole.ForegroundRole and spec.kind == "money":
            minor = getattr(value, "minor", 0)
            return QBrush(QColor("#b3261e")) if minor < 0 else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        spec = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_label(spec.key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if spec.kind in _NUMERIC_KINDS else _LEFT)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # -1 (a cleared sort indicator) means "back to the service's default order".
        key = self._columns[column].key if 0 <= column < len(self._columns) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending):
            return
        self._sort_key, self._descending = key, descending
        self.refresh()

    # --- internals ----------------------------------------------------------------------
    def _reload(self) -> None:
        self._total = self._browse.count(self._kind, self._filter)
        self._rows = self._fetch(0) if self._total else []

    def _fetch(self, offset: int) -> list[ListRow]:
        limit = min(self._page_size, max(self._total - offset, 0))
        if limit <= 0:
            return []
        return list(
            self._browse.page(
                self._kind, self._filter, offset, limit, self._sort_key, self._descending
            )
        )

    def _display(self, spec: ColumnSpec, value: Any) -> str:
        if value is None:
            return ""
        if spec.kind == "enum":
            enum_cls = enum_for_column(self._kind.value, spec.key)
            return enum_label(enum_cls, value) if enum_cls else str(value)
        return format_value(value, spec.kind)
