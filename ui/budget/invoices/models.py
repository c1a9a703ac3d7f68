"""Table models of the invoices tabs: small lists in memory, the cash book paged from SQL."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from models.money import format_minor
from models.services.invoicing_reports import Basis, CashRow, InvoiceReportService
from ui.budget.invoices.labels import cash_kind, column
from ui.shell.formatting import format_hours

RAW_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_Index = QModelIndex | QPersistentModelIndex
RED = QColor("#b3261e")


@dataclass(frozen=True)
class Col:
    """One column: header key, raw value getter, display formatter, right-aligned or not."""

    key: str
    value: Callable[[Any], Any]
    text: Callable[[Any, Any], str] | None = None  # (row, raw) -> display text
    numeric: bool = False


def money_text(minor: int | None, currency: str) -> str:
    return "" if minor is None else format_minor(minor, currency)


def pct_text(value: Decimal | None) -> str:
    return "—" if value is None else f"{value}%"


def date_text(value: date | None) -> str:
    return "" if value is None else value.isoformat()


class RowsModel(QAbstractTableModel):
    """Rows of frozen dataclasses shown through a column list; optional check boxes."""

    def __init__(
        self,
        cols: Sequence[Col],
        parent: Any = None,
        *,
        checkable: bool = False,
        bold: Callable[[Any], bool] | None = None,
    ):
        super().__init__(parent)
        self._bold = bold
        self._cols = tuple(cols)
        self._rows: list[Any] = []
        self._checkable = checkable
        self._checked: set[int] = set()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._checked = set(range(len(self._rows))) if self._checkable else set()
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, n: int) -> Any:
        return self._rows[n]

    def checked_rows(self) -> list[Any]:
        return [r for i, r in enumerate(self._rows) if i in self._checked]

    def set_all_checked(self, on: bool) -> None:
        self._checked = set(range(len(self._rows))) if on else set()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self._cols) if c.key == key)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cols)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, col = self._rows[index.row()], self._cols[index.column()]
        raw = col.value(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if col.text is not None:
                return col.text(row, raw)
            return "" if raw is None else str(raw)
        if role == RAW_ROLE:
            return raw
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col.numeric else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(raw, (int, Decimal)):
            return QBrush(RED) if raw < 0 and not isinstance(raw, bool) else None
        if role == Qt.ItemDataRole.FontRole and self._bold is not None and self._bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable and index.column() == 0:
            on = index.row() in self._checked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (self._checkable and index.isValid() and index.column() == 0):
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        (self._checked.add if on else self._checked.discard)(index.row())
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._checkable and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._cols):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column(self._cols[section].key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self._cols[section].numeric else _LEFT
        return None


def money_col(key: str, getter: Callable[[Any], int | None], currency: Callable[[Any], str]) -> Col:
    return Col(key, getter, lambda row, raw: money_text(raw, currency(row)), numeric=True)


def hours_col(key: str, getter: Callable[[Any], int]) -> Col:
    return Col(key, getter, lambda _row, raw: format_hours(Decimal(raw) / 60) if raw else "", True)


class CashBookModel(QAbstractTableModel):
    """The cash book of one currency and period, fetched 200 rows at a time in date order."""

    KEYS = ("date", "kind", "reference", "party", "money_in", "money_out", "balance")
    PAGE = 200

    def __init__(self, reports: InvoiceReportService, parent: Any = None) -> None:
        super().__init__(parent)
        self._reports = reports
        self._rows: list[CashRow] = []
        self._total = 0
        self._args: tuple[str, date, date, Basis] | None = None

    def load(self, currency: str, start: date, end: date, basis: Basis) -> None:
        self.beginResetModel()
        self._args = (currency, start, end, basis)
        self._total = self._reports.cash_count(currency, start, end, basis)
        self._rows = self._fetch(0)
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def _fetch(self, offset: int) -> list[CashRow]:
        if self._args is None or offset >= self._total:
            return []
        cur, start, end, basis = self._args
        limit = min(self.PAGE, self._total - offset)
        return self._reports.cash_page(cur, start, end, offset, limit, basis)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.KEYS)

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
        if not index.isValid() or index.row() >= len(self._rows) or self._args is None:
            return None
        row, key, cur = self._rows[index.row()], self.KEYS[index.column()], self._args[0]
        raw = {
            "date": row.on,
            "kind": row.kind,
            "reference": row.reference,
            "party": row.party,
            "money_in": row.amount_minor if row.amount_minor > 0 else None,
            "money_out": -row.amount_minor if row.amount_minor < 0 else None,
            "balance": row.balance_minor,
        }[key]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "date":
                return row.on.isoformat()
            if key == "kind":
                return cash_kind(row.kind)
            if key in ("money_in", "money_out", "balance"):
                return money_text(raw, cur)
            return raw
        if role == RAW_ROLE:
            return raw
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if key in ("money_in", "money_out", "balance") else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and key in ("balance", "money_out"):
            negative = key == "money_out" or row.balance_minor < 0
            return QBrush(RED) if negative and raw else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.KEYS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column(self.KEYS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self.KEYS[section] in ("money_in", "money_out", "balance") else _LEFT
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
