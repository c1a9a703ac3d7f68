"""The register as a table model: one row per risk, raw values for sorting, the id per row."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from models.enums import RiskStatus
from models.services.risks import RiskRecord
from ui.risks.heatmap import cell_colour
from ui.risks.labels import category_label
from ui.shell.labels import enum_label

RAW_VALUE_ROLE = Qt.ItemDataRole.UserRole
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class RiskColumn(IntEnum):
    TITLE = 0
    PROJECT = 1
    CATEGORY = 2
    PROBABILITY = 3
    IMPACT = 4
    SCORE = 5
    EXPECTED = 6
    OWNER = 7
    STATUS = 8
    REVIEW = 9


_HEADERS = (
    QT_TRANSLATE_NOOP("RiskTable", "Risk"),
    QT_TRANSLATE_NOOP("RiskTable", "Project"),
    QT_TRANSLATE_NOOP("RiskTable", "Category"),
    QT_TRANSLATE_NOOP("RiskTable", "Probability"),
    QT_TRANSLATE_NOOP("RiskTable", "Impact"),
    QT_TRANSLATE_NOOP("RiskTable", "Score"),
    QT_TRANSLATE_NOOP("RiskTable", "Expected cost"),
    QT_TRANSLATE_NOOP("RiskTable", "Owner"),
    QT_TRANSLATE_NOOP("RiskTable", "Status"),
    QT_TRANSLATE_NOOP("RiskTable", "Next review"),
)


class RiskTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RiskRecord] = []

    def set_rows(self, rows: list[RiskRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> RiskRecord:
        return self._rows[row]

    def records(self) -> list[RiskRecord]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RiskColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RiskTable", _HEADERS[section])
        return None

    def _raw(self, r: RiskRecord, col: RiskColumn) -> Any:
        return {
            RiskColumn.TITLE: r.title,
            RiskColumn.PROJECT: r.project_code or "",
            RiskColumn.CATEGORY: category_label(r.category_code, r.category_name),
            RiskColumn.PROBABILITY: r.probability,
            RiskColumn.IMPACT: r.impact,
            RiskColumn.SCORE: r.score,
            RiskColumn.EXPECTED: r.expected_cost.minor,
            RiskColumn.OWNER: r.owner_name or "",
            RiskColumn.STATUS: r.status.value,
            RiskColumn.REVIEW: r.next_review_on.isoformat() if r.next_review_on else "",
        }[col]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = RiskColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col == RiskColumn.PROJECT:
                return r.project_code or QCoreApplication.translate("RiskTable", "Studio")
            if col == RiskColumn.EXPECTED:
                return r.expected_cost.format()
            if col == RiskColumn.STATUS:
                return enum_label(RiskStatus, r.status)
            return str(self._raw(r, col))
        if role == RAW_VALUE_ROLE:
            return self._raw(r, col)
        if role == ROW_ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            RiskColumn.PROBABILITY,
            RiskColumn.IMPACT,
            RiskColumn.SCORE,
            RiskColumn.EXPECTED,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and col == RiskColumn.SCORE:
            return QBrush(cell_colour(r.probability, r.impact))
        if role == Qt.ItemDataRole.ForegroundRole and r.status == RiskStatus.CLOSED:
            return QBrush(Qt.GlobalColor.gray)
        return None
