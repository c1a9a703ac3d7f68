"""Small read-only table models for the schedule's lists (rows computed by the services)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

RAW_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value, for sorting
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the whole row's key (an id)

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows of display values with raw values and a key per row; colours from a callback."""

    def __init__(
        self,
        headers: Sequence[str],
        background: Callable[[int, int], QColor | None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[Any, list[str], list[Any]]] = []
        self._background = background

    def set_rows(self, rows: list[tuple[Any, list[str], list[Any]]]) -> None:
        """Each row: (key, display texts, raw values)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self.endResetModel()

    def key(self, row: int) -> Any:
        return self._rows[row][0]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        key, texts, raws = self._rows[index.row()]
        c = index.column()
        if c >= len(texts):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[c]
        if role == RAW_ROLE:
            return raws[c] if c < len(raws) else None
        if role == ROW_ROLE:
            return key
        if role == Qt.ItemDataRole.BackgroundRole and self._background is not None:
            return self._background(index.row(), c)
        raw = raws[c] if c < len(raws) else None
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and isinstance(raw, (int, float))
            and not isinstance(raw, bool)
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


class FillDelegate(QStyledItemDelegate):
    """Paints BackgroundRole colours itself: the stylesheet would otherwise hide them."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        colour = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(colour, QColor):
            painter.fillRect(option.rect.adjusted(1, 1, -1, -1), colour)
            if option.state & QStyle.StateFlag.State_Selected:
                painter.fillRect(option.rect, QColor(0, 0, 0, 40))
            painter.setPen(QColor("#202124"))
            painter.drawText(
                option.rect.adjusted(4, 0, -4, 0),
                int(Qt.AlignmentFlag.AlignCenter),
                str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            )
            return
        super().paint(painter, option, index)
