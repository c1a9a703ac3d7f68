"""A KPI's definition, the rows it was computed from, and its editable target."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError, ValidationError
from models.services import Services
from models.services.kpi import Kpi, KpiRows
from models.services.kpi_period import Period
from ui.dashboard.cards import format_kpi
from ui.dashboard.kpi_text import kpi_name, kpi_symbols, kpi_words
from ui.shell.field_error import FieldWithError
from ui.shell.formatting import format_value
from ui.shell.lazy_table import NUMERIC_KINDS, Col, RowsTableModel
from ui.shell.messages import show_error

_COLUMNS = {
    "number": QT_TRANSLATE_NOOP("KpiRows", "Number"),
    "client": QT_TRANSLATE_NOOP("KpiRows", "Client"),
    "date": QT_TRANSLATE_NOOP("KpiRows", "Date"),
    "amount": QT_TRANSLATE_NOOP("KpiRows", "Amount"),
    "what": QT_TRANSLATE_NOOP("KpiRows", "What"),
    "issued": QT_TRANSLATE_NOOP("KpiRows", "Issued"),
    "due": QT_TRANSLATE_NOOP("KpiRows", "Due"),
    "outstanding": QT_TRANSLATE_NOOP("KpiRows", "Outstanding"),
    "name": QT_TRANSLATE_NOOP("KpiRows", "Name"),
    "kind": QT_TRANSLATE_NOOP("KpiRows", "Kind"),
    "done": QT_TRANSLATE_NOOP("KpiRows", "Done"),
    "on_time": QT_TRANSLATE_NOOP("KpiRows", "On time"),
    "project": QT_TRANSLATE_NOOP("KpiRows", "Project"),
    "budget": QT_TRANSLATE_NOOP("KpiRows", "Budget"),
    "actual": QT_TRANSLATE_NOOP("KpiRows", "Actual cost"),
    "within": QT_TRANSLATE_NOOP("KpiRows", "Within budget"),
    "person": QT_TRANSLATE_NOOP("KpiRows", "Person"),
    "capacity": QT_TRANSLATE_NOOP("KpiRows", "Capacity (h)"),
    "logged": QT_TRANSLATE_NOOP("KpiRows", "Logged (h)"),
    "billable": QT_TRANSLATE_NOOP("KpiRows", "Billable (h)"),
    "utilisation": QT_TRANSLATE_NOOP("KpiRows", "Utilisation"),
    "created": QT_TRANSLATE_NOOP("KpiRows", "Created"),
    "retained": QT_TRANSLATE_NOOP("KpiRows", "Work this period"),
    "delivered": QT_TRANSLATE_NOOP("KpiRows", "Delivered"),
    "rating": QT_TRANSLATE_NOOP("KpiRows", "Rating"),
    "deal": QT_TRANSLATE_NOOP("KpiRows", "Deal"),
    "stage": QT_TRANSLATE_NOOP("KpiRows", "Stage"),
    "value": QT_TRANSLATE_NOOP("KpiRows", "Value"),
    "probability": QT_TRANSLATE_NOOP("KpiRows", "Probability"),
    "weighted": QT_TRANSLATE_NOOP("KpiRows", "Weighted"),
    "risk": QT_TRANSLATE_NOOP("KpiRows", "Risk"),
    "impact": QT_TRANSLATE_NOOP("KpiRows", "Impact"),
    "score": QT_TRANSLATE_NOOP("KpiRows", "Score"),
}


def _header(key: str) -> str:
    return QCoreApplication.translate("KpiRows", _COLUMNS.get(key, key))


def _kind_col(i: int, key: str, kind: str) -> Col:
    return Col(
        key,
        lambda row: row[i],
        lambda _row, value: format_value(value, kind),
        numeric=kind in NUMERIC_KINDS,
        foreground=None,
    )


class KpiRowsModel(RowsTableModel):
    """The rows a KPI was computed from: one Col per column the service names, by its kind."""

    def __init__(self, rows: KpiRows, parent: Any = None) -> None:
        pairs = zip(rows.columns, rows.kinds, strict=True)
        cols = [_kind_col(i, key, kind) for i, (key, kind) in enumerate(pairs)]
        super().__init__(cols, parent, header=_header, align_headers=False)
        self.set_rows(rows.rows)


class KpiDetailDialog(QDialog):
    """``target_saved(code)`` after the user changed the target or warning level."""

    target_saved = Signal(str)

    def __init__(
        self, services: Services, kpi: Kpi, period: Period, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._kpi = kpi
        self.setWindowTitle(kpi_name(kpi.code))
        self.setMinimumSize(720, 520)
        heading = QLabel(
            f"<b>{kpi_name(kpi.code)}</b> · {period.label}: {format_kpi(kpi.value, kpi.unit)}", self
        )
        words = QLabel(kpi_words(kpi.code), self)
        words.setWordWrap(True)
        symbols = QLabel(kpi_symbols(kpi.code), self)
        symbols.setWordWrap(True)
        symbols.setStyleSheet("font-family: monospace; background:#f3f5f7; padding:6px;")
        try:
            rows = services.kpi.rows(kpi.code, period)
        except DomainError as exc:
            show_error(self, exc)
            rows = KpiRows((), (), ())
        self.rows_model = KpiRowsModel(rows, self)
        self.table = QTableView(self)
        self.table.setModel(self.rows_model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        count = QLabel(
            self.tr("%1 row(s) this figure was computed from").replace("%1", str(len(rows.rows))),
            self,
        )

        self.target_edit = QLineEdit(self)
        self.warning_edit = QLineEdit(self)
        self.target_edit.setText("" if kpi.target is None else str(kpi.target))
        self.warning_edit.setText("" if kpi.warning is None else str(kpi.warning))
        self._fields = {
            "target": FieldWithError(self.target_edit, self),
            "warning": FieldWithError(self.warning_edit, self),
        }
        direction = (
            self.tr("Higher is better: the card turns red below the warning level.")
            if kpi.higher_is_better
            else self.tr("Lower is better: the card turns red above the warning level.")
        )
        form = QFormLayout()
        form.addRow(self.tr("Target"), self._fields["target"])
        form.addRow(self.tr("Warning level"), self._fields["warning"])
        form.addRow("", QLabel(direction, self))
        self.save_button = QPushButton(self.tr("Save target"), self)
        self.reset_button = QPushButton(self.tr("Default"), self)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        buttons_row = QHBoxLayout()
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.reset_button)
        buttons_row.addWidget(self.save_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(words)
        layout.addWidget(symbols)
        layout.addWidget(count)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons_row)
        layout.addWidget(close)

    def _on_save_clicked(self) -> None:
        for f in self._fields.values():
            f.clear_error()
        try:
            self._services.kpi.set_target(
                self._kpi.code, self.target_edit.text().strip(), self.warning_edit.text().strip()
            )
        except ValidationError as exc:
            field = self._fields.get(exc.field)
            if field is None:
                show_error(self, exc)
            else:
                field.show_error(exc.message)
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self.target_saved.emit(self._kpi.code)

    def _on_reset_clicked(self) -> None:
        try:
            t = self._services.kpi.reset_target(self._kpi.code)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.target_edit.setText("" if t.target is None else str(t.target))
        self.warning_edit.setText("" if t.warning is None else str(t.warning))
        self.target_saved.emit(self._kpi.code)

    def field_error(self, name: str) -> str:
        return self._fields[name].message()
