"""The short lists the client pages already hold (a record's tabs, previews) as shell tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QHeaderView, QTableView

from ui.clients.labels import column_title
from ui.shell.lazy_table import ROW_ID_ROLE, Col, RowsTableModel, long_text_tooltip
from ui.shell.list_panel import list_view

_Row = tuple[int, tuple[str, ...]]  # (id, display texts)


def _text_col(i: int, key: str, numeric: bool) -> Col:
    return Col(key, lambda r: r[1][i], numeric=numeric, foreground=None, tooltip=long_text_tooltip)


class RowsModel(RowsTableModel):
    """Columns by key (headers from ui.clients.labels), rows of (id, display texts)."""

    def __init__(self, keys: Sequence[str], parent: Any = None, *, numeric: Sequence[str] = ()):
        self._keys = tuple(keys)
        cols = [_text_col(i, key, key in numeric) for i, key in enumerate(self._keys)]
        super().__init__(cols, parent, header=column_title, row_id=lambda r: r[0])

    def set_rows(self, rows: Sequence[tuple[int, Sequence[str]]]) -> None:
        super().set_rows([(int(i), tuple(str(v) for v in values)) for i, values in rows])

    def keys(self) -> tuple[str, ...]:
        return self._keys

    def text(self, row: int, key: str) -> str:
        values: _Row = self.row_at(row)
        return values[1][self._keys.index(key)]


def make_table(model: RowsTableModel, parent: Any = None, stretch: int = -1) -> QTableView:
    """The shell's list view for a short list: rows in the service's order, columns fit."""
    view = list_view(model, parent, row_height=28, sortable=False)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


def selected_id(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return None
    return int(rows[0].data(ROW_ID_ROLE))
