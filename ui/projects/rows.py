"""The short lists of one project (milestones, changes...) as the shell's in-memory table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtGui import QColor

from ui.shell.lazy_table import Col, RowsTableModel

T = TypeVar("T")


class RowsModel(RowsTableModel, Generic[T]):
    """Columns are (header, text-of-row) pairs; ``colour`` may tint a whole row's text."""

    def __init__(
        self,
        columns: Sequence[tuple[str, Callable[[T], str]]],
        colour: Callable[[T], str | None] | None = None,
        parent: Any = None,
    ) -> None:
        def tint(row: T, _text: str) -> QColor | None:
            name = colour(row) if colour is not None else None
            return QColor(name) if name else None

        # The headers arrive translated, so a column's key is its header.
        fg = tint if colour is not None else None
        cols = [Col(title, text, foreground=fg) for title, text in columns]
        super().__init__(cols, parent, header=str, align_headers=False)
