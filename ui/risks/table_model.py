"""The register as the shell's in-memory table: one row per risk, raw values to sort by."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from models.enums import RiskStatus
from models.services.risks import RiskRecord
from ui.risks.heatmap import cell_colour
from ui.risks.labels import category_label
from ui.shell.labels import enum_label
from ui.shell.lazy_table import RAW_VALUE_ROLE, ROW_ID_ROLE, Col, RowsTableModel

__all__ = ["RAW_VALUE_ROLE", "ROW_ID_ROLE", "RiskColumn", "RiskTableModel"]


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


def _grey_when_closed(r: RiskRecord, _raw: Any) -> QColor | None:
    return QColor(Qt.GlobalColor.gray) if r.status == RiskStatus.CLOSED else None


def _col(key: RiskColumn, value: Any, text: Any = None, **hooks: Any) -> Col:
    return Col(key.name, value, text, foreground=_grey_when_closed, **hooks)


def _studio(_r: RiskRecord, raw: str) -> str:
    return raw or QCoreApplication.translate("RiskTable", "Studio")


_COLUMNS = (
    _col(RiskColumn.TITLE, lambda r: r.title),
    _col(RiskColumn.PROJECT, lambda r: r.project_code or "", _studio),
    _col(RiskColumn.CATEGORY, lambda r: category_label(r.category_code, r.category_name)),
    _col(RiskColumn.PROBABILITY, lambda r: r.probability, numeric=True),
    _col(RiskColumn.IMPACT, lambda r: r.impact, numeric=True),
    _col(
        RiskColumn.SCORE,
        lambda r: r.score,
        numeric=True,
        background=lambda r, _raw: cell_colour(r.probability, r.impact),
    ),
    _col(
        RiskColumn.EXPECTED,
        lambda r: r.expected_cost.minor,
        lambda r, _raw: r.expected_cost.format(),
        numeric=True,
    ),
    _col(RiskColumn.OWNER, lambda r: r.owner_name or ""),
    _col(
        RiskColumn.STATUS,
        lambda r: r.status.value,
        lambda r, _raw: enum_label(RiskStatus, r.status),
    ),
    _col(RiskColumn.REVIEW, lambda r: r.next_review_on.isoformat() if r.next_review_on else ""),
)


def _header(key: str) -> str:
    return QCoreApplication.translate("RiskTable", _HEADERS[RiskColumn[key]])


class RiskTableModel(RowsTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(_COLUMNS, parent, header=_header, align_headers=False)

    def record(self, row: int) -> RiskRecord:
        return self.row_at(row)

    records = RowsTableModel.rows
