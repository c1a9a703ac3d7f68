"""The schedule's lists (rows computed by the services) as the shell's in-memory table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.shell.lazy_table import RAW_VALUE_ROLE, Col, RowsTableModel

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _Row(NamedTuple):
    pos: int  # the row's place, for the colour callback
    key: Any
    texts: Sequence[str]
    raws: Sequence[Any]


class RowsModel(RowsTableModel):
    """Rows of display values with raw values and a key per row; colours from a callback."""

    def __init__(
        self,
        headers: Sequence[str],
        background: Callable[[int, int], QColor | None] | None = None,
        parent: Any = None,
    ) -> None:
        self._background = background
        # The headers arrive translated, so a column's key is its header.
        super().__init__(
            self._columns_for(headers),
            parent,
            header=str,
            align_headers=False,
            row_id=lambda r: r.key,
        )

    def set_rows(self, rows: Sequence[tuple[Any, Sequence[str], Sequence[Any]]]) -> None:
        """Each row: (key, display texts, raw values)."""
        super().set_rows([_Row(i, *row) for i, row in enumerate(rows)])

    def set_headers(self, headers: Sequence[str]) -> None:
        self.set_columns(self._columns_for(headers))

    key = RowsTableModel.row_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Numbers are right-aligned cell by cell: a column's raw values may be of mixed kinds.
        if role == Qt.ItemDataRole.TextAlignmentRole:
            raw = super().data(index, RAW_VALUE_ROLE)
            is_number = isinstance(raw, (int, float)) and not isinstance(raw, bool)
            return _RIGHT if is_number else None
        return super().data(index, role)

    def _columns_for(self, headers: Sequence[str]) -> list[Col]:
        def col(c: int, title: str) -> Col:
            paint = self._background
            return Col(
                title,
                lambda r: r.raws[c] if c < len(r.raws) else None,
                lambda r, _raw: r.texts[c] if c < len(r.texts) else "",
                foreground=None,
                background=(lambda r, _raw: paint(r.pos, c)) if paint is not None else None,
            )

        return [col(c, title) for c, title in enumerate(headers)]


class FillDelegate(QStyledItemDelegate):
    """Paints BackgroundRole colours itself: the stylesheet would otherwise hide them."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        fill = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(fill, QBrush):
            painter.fillRect(option.rect.adjusted(1, 1, -1, -1), fill.color())
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
