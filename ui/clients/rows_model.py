"""A small read-only table model over rows the page already holds (a record's tabs, previews)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.clients.labels import column_title

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_VALUE_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class RowsModel(QAbstractTableModel):
    """Columns by key (headers from ui.clients.labels), rows of (id, display texts)."""

    def __init__(self, keys: Sequence[str], parent: Any = None, *, numeric: Sequence[str] = ()):
        super().__init__(parent)
        self._keys = tuple(keys)
        self._numeric = frozenset(numeric)
        self._rows: list[tuple[int, tuple[str, ...]]] = []

    def set_rows(self, rows: Sequence[tuple[int, Sequence[str]]]) -> None:
        self.beginResetModel()
        self._rows = [(int(i), tuple(str(v) for v in values)) for i, values in rows]
        self.endResetModel()

    def keys(self) -> tuple[str, ...]:
        return self._keys

    def row_id(self, row: int) -> int:
        return self._rows[row][0]

    def text(self, row: int, key: str) -> str:
        return self._rows[row][1][self._keys.index(key)]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row_id, values = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, RAW_VALUE_ROLE):
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = values[index.column()]
            return text if len(text) > 30 else None
        if role == ROW_ID_ROLE:
            return row_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if self._keys[index.column()] in self._numeric else _LEFT)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._keys):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(self._keys[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if self._keys[section] in self._numeric else _LEFT)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def make_table(model: QAbstractTableModel, parent: Any = None, stretch: int = -1) -> Any:
    """A read-only, row-selecting table view styled like the shell's lists."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    view = QTableView(parent)
    view.setModel(model)
    view.setObjectName("listView")
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(28)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


def selected_id(view: Any) -> int | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return None
    return int(rows[0].data(ROW_ID_ROLE))
