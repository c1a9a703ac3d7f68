"""The table models of every list: columns as Col, rows in memory or paged and sorted by SQL."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from models.services.browse import ColumnSpec, ListFilter, ListKind, ListRow
from ui.shell.formatting import format_value
from ui.shell.labels import column_label, enum_for_column, enum_label

RAW_VALUE_ROLE = Qt.ItemDataRole.UserRole
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the whole row object
PAGE_SIZE = 200
RED = QColor("#b3261e")

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_NUMERIC_KINDS = frozenset({"money", "int", "percent", "hours"})

_Index = QModelIndex | QPersistentModelIndex
Hook = Callable[[Any, Any], Any]  # (row, raw value) -> what the role shows


def negative_red(_row: Any, raw: Any) -> QColor | None:
    """Amounts below zero in red: plain numbers and Money (by its minor units) alike."""
    if isinstance(raw, bool):
        return None
    value = raw if isinstance(raw, (int, Decimal)) else getattr(raw, "minor", None)
    return RED if isinstance(value, (int, Decimal)) and value < 0 else None


def long_text_tooltip(_row: Any, text: str) -> str | None:
    """The whole text as a tooltip where a narrow column may cut it off."""
    return text if len(text) > 30 else None


@dataclass(frozen=True)
class Col:
    """One column: its key (header label, SQL sort key) and hooks from the row to each role.

    ``value`` gives the raw value (RAW_VALUE_ROLE); ``text`` the display text from (row, raw),
    else the raw value as a string; ``foreground``/``background`` a colour or None from
    (row, raw); ``tooltip`` a text or None from (row, display text).
    """

    key: str
    value: Callable[[Any], Any]
    text: Hook | None = None
    numeric: bool = False  # right-aligned
    foreground: Hook | None = negative_red
    background: Hook | None = None
    tooltip: Hook | None = None


def _row_id(row: Any) -> Any:
    return getattr(row, "id", None)


def _brush(hook: Hook | None, row: Any, col: Col) -> QBrush | None:
    colour = hook(row, col.value(row)) if hook is not None else None
    return QBrush(colour) if colour is not None else None


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_RAW, _ROW_ID, _ROW = int(RAW_VALUE_ROLE), int(ROW_ID_ROLE), int(ROW_ROLE)


class ColumnsModel(QAbstractTableModel):
    """Read-only rows shown through Cols; subclasses decide where the rows come from."""

    def __init__(
        self,
        cols: Sequence[Col],
        parent: Any = None,
        *,
        header: Callable[[str], str] = column_label,
        align_headers: bool = True,
        row_id: Callable[[Any], Any] = _row_id,
        bold: Callable[[Any], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._cols = tuple(cols)
        self._header = header
        self._align_headers = align_headers
        self._row_id = row_id
        self._bold = bold
        self._rows: list[Any] = []

    # --- what the pages use -------------------------------------------------------------
    @property
    def columns(self) -> tuple[Col, ...]:
        return self._cols

    def column_of(self, key: str) -> int:
        for i, col in enumerate(self._cols):
            if col.key == key:
                return i
        raise KeyError(key)

    def rows(self) -> list[Any]:
        """The rows held now (for a paged model: the pages fetched so far)."""
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_id(self, row: int) -> Any:
        return self._row_id(self._rows[row])

    def row_of(self, row_id: Any) -> int:
        """The row showing ``row_id`` among the rows held, or -1."""
        for i, r in enumerate(self._rows):
            if self._row_id(r) == row_id:
                return i
        return -1

    # --- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cols)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Plain ints, most asked first: a view asks every role of every visible cell per paint.
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, col = self._rows[index.row()], self._cols[index.column()]
        if role == _DISPLAY:
            return self._text(col, row, col.value(row))
        if role == _ALIGNMENT:
            return _RIGHT if col.numeric else _LEFT
        if role == _FOREGROUND:
            return _brush(col.foreground, row, col)
        if role == _BACKGROUND:
            return _brush(col.background, row, col)
        if role == _FONT:
            if self._bold is not None and self._bold(row):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == _RAW:
            return col.value(row)
        if role == _ROW_ID:
            return self._row_id(row)
        if role == _ROW:
            return row
        if role == _TOOLTIP and col.tooltip is not None:
            return col.tooltip(row, self._text(col, row, col.value(row)))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._cols):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(self._cols[section].key)
        if role == Qt.ItemDataRole.TextAlignmentRole and self._align_headers:
            return _RIGHT if self._cols[section].numeric else _LEFT
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @staticmethod
    def _text(col: Col, row: Any, raw: Any) -> str:
        if col.text is not None:
            return col.text(row, raw)
        return "" if raw is None else str(raw)


class RowsTableModel(ColumnsModel):
    """A short list the page already holds (computed figures, a record's lines)."""

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()


class PageSource(Protocol):
    """A service's paged list: how many rows match a filter, and one sorted slice of them."""

    def count(self, flt: Any) -> int: ...

    def page(
        self,
        flt: Any,
        offset: int,
        limit: int,
        sort_key: str | None = None,
        descending: bool = False,
    ) -> Sequence[Any]: ...


class LazyTableModel(ColumnsModel):
    """~200 rows at a time through canFetchMore/fetchMore; count, filter and sort go to SQL."""

    def __init__(
        self,
        source: PageSource,
        cols: Sequence[Col],
        parent: Any = None,
        *,
        flt: Any = None,
        page_size: int = PAGE_SIZE,
        **look: Any,  # header, align_headers, row_id, bold: as ColumnsModel
    ) -> None:
        super().__init__(cols, parent, **look)
        self._source = source
        self._page_size = page_size
        self._filter = flt
        self._sort_key: str | None = None
        self._descending = False
        self._total = 0
        self._reload()

    def total(self) -> int:
        """How many rows match the filter in the database (not how many are loaded)."""
        return self._total

    def filter(self) -> Any:
        return self._filter

    def set_filter(self, flt: Any, *, force: bool = False) -> None:
        """Show the rows matching ``flt``; ``force`` reloads even when the filter is the same."""
        if force or flt != self._filter:
            self._filter = flt
            self.refresh()

    def refresh(self) -> None:
        """Drop every loaded row and load the first page again (after a change or a search)."""
        self.beginResetModel()
        self._reload()
        self.endResetModel()

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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # -1 (a cleared sort indicator) means "back to the service's default order".
        key = self._cols[column].key if 0 <= column < len(self._cols) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending):
            return
        self._sort_key, self._descending = key, descending
        self.refresh()

    def _reload(self) -> None:
        self._total = self._source.count(self._filter)
        self._rows = self._fetch(0) if self._total else []

    def _fetch(self, offset: int) -> list[Any]:
        limit = min(self._page_size, max(self._total - offset, 0))
        if limit <= 0:
            return []
        return list(
            self._source.page(self._filter, offset, limit, self._sort_key, self._descending)
        )


# --- the browse lists (models.services.browse) ---------------------------------------------
class BrowseSource(Protocol):
    """The slice of models.services.browse.BrowseService a browse list needs."""

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


class _BrowsePages:
    """One ListKind of the browse service as a PageSource."""

    def __init__(self, browse: BrowseSource, kind: ListKind) -> None:
        self._browse = browse
        self._kind = kind

    def count(self, flt: ListFilter) -> int:
        return self._browse.count(self._kind, flt)

    def page(
        self,
        flt: ListFilter,
        offset: int,
        limit: int,
        sort_key: str | None = None,
        descending: bool = False,
    ) -> list[ListRow]:
        return self._browse.page(self._kind, flt, offset, limit, sort_key, descending)


def spec_cols(kind: str, specs: Sequence[ColumnSpec]) -> tuple[Col, ...]:
    """Cols for ListRows described by ColumnSpecs: formatted by kind, enums labelled."""

    def col(i: int, spec: ColumnSpec) -> Col:
        enum_cls = enum_for_column(kind, spec.key) if spec.kind == "enum" else None

        def text(_row: ListRow, value: Any) -> str:
            if value is None:
                return ""
            if spec.kind == "enum":
                return enum_label(enum_cls, value) if enum_cls else str(value)
            return format_value(value, spec.kind)

        return Col(
            spec.key,
            lambda row: row.values[i],
            text,
            numeric=spec.kind in _NUMERIC_KINDS,
            foreground=negative_red if spec.kind == "money" else None,
            tooltip=long_text_tooltip,
        )

    return tuple(col(i, spec) for i, spec in enumerate(specs))


class BrowseTableModel(LazyTableModel):
    """Rows of one ListKind of the browse service, searched with a ListFilter."""

    def __init__(
        self,
        browse: BrowseSource,
        kind: ListKind,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self._kind = kind
        cols = spec_cols(kind.value, browse.columns(kind))
        super().__init__(
            _BrowsePages(browse, kind), cols, parent, flt=ListFilter(), page_size=page_size
        )

    @property
    def kind(self) -> ListKind:
        return self._kind
