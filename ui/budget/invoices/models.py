"""Table models of the invoices tabs: short lists with check boxes, the cash book paged from SQL."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from models.money import format_minor
from models.services.invoicing_reports import Basis, CashRow, InvoiceReportService
from ui.budget.invoices.labels import cash_kind, column
from ui.shell.formatting import format_hours
from ui.shell.lazy_table import RAW_VALUE_ROLE, RED, Col, LazyTableModel, RowsTableModel

__all__ = ["RAW_ROLE", "CashBookModel", "Col", "RowsModel", "date_text", "hours_col", "money_col"]

RAW_ROLE = RAW_VALUE_ROLE
_Index = QModelIndex | QPersistentModelIndex


def money_text(minor: int | None, currency: str) -> str:
    return "" if minor is None else format_minor(minor, currency)


def pct_text(value: Decimal | None) -> str:
    return "—" if value is None else f"{value}%"


def date_text(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def money_col(key: str, getter: Callable[[Any], int | None], currency: Callable[[Any], str]) -> Col:
    return Col(key, getter, lambda row, raw: money_text(raw, currency(row)), numeric=True)


def hours_col(key: str, getter: Callable[[Any], int]) -> Col:
    return Col(key, getter, lambda _row, raw: format_hours(Decimal(raw) / 60) if raw else "", True)


class RowsModel(RowsTableModel):
    """Rows of frozen dataclasses shown through Cols; optional check boxes in the first column."""

    def __init__(
        self,
        cols: Sequence[Col],
        parent: Any = None,
        *,
        checkable: bool = False,
        bold: Callable[[Any], bool] | None = None,
    ):
        super().__init__(cols, parent, header=column, bold=bold)
        self._checkable = checkable
        self._checked: set[int] = set()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self._checked = set(range(len(rows))) if self._checkable else set()
        super().set_rows(rows)

    row = RowsTableModel.row_at

    def checked_rows(self) -> list[Any]:
        return [r for i, r in enumerate(self._rows) if i in self._checked]

    def set_all_checked(self, on: bool) -> None:
        self._checked = set(range(len(self._rows))) if on else set()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            if not (self._checkable and index.isValid() and index.column() == 0):
                return None
            on = index.row() in self._checked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return super().data(index, role)

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
        flags = super().flags(index)
        if self._checkable and index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags


class _CashPages:
    """The cash book of one (currency, start, end, basis) as the lazy table's page source."""

    def __init__(self, reports: InvoiceReportService) -> None:
        self._reports = reports

    def count(self, args: tuple[str, date, date, Basis] | None) -> int:
        return 0 if args is None else self._reports.cash_count(*args)

    def page(
        self,
        args: tuple[str, date, date, Basis] | None,
        offset: int,
        limit: int,
        _sort_key: str | None = None,
        _descending: bool = False,
    ) -> list[CashRow]:
        if args is None:
            return []
        cur, start, end, basis = args
        return self._reports.cash_page(cur, start, end, offset, limit, basis)


class CashBookModel(LazyTableModel):
    """The cash book of one currency and period, fetched 200 rows at a time in date order."""

    def __init__(self, reports: InvoiceReportService, parent: Any = None) -> None:
        def money(key: str, value: Callable[[CashRow], int | None], **hooks: Any) -> Col:
            return Col(key, value, lambda _r, raw: money_text(raw, self._currency()), True, **hooks)

        cols = (
            Col("date", lambda r: r.on, lambda _r, raw: raw.isoformat()),
            Col("kind", lambda r: r.kind, lambda _r, raw: cash_kind(raw)),
            Col("reference", lambda r: r.reference),
            Col("party", lambda r: r.party),
            money("money_in", lambda r: r.amount_minor if r.amount_minor > 0 else None),
            money(
                "money_out",
                lambda r: -r.amount_minor if r.amount_minor < 0 else None,
                foreground=lambda _r, raw: RED if raw else None,
            ),
            money("balance", lambda r: r.balance_minor),
        )
        super().__init__(_CashPages(reports), cols, parent, header=column, row_id=lambda _r: None)

    def load(self, currency: str, start: date, end: date, basis: Basis) -> None:
        self.set_filter((currency, start, end, basis), force=True)

    def _currency(self) -> str:
        return self.filter()[0] if self.filter() else ""
