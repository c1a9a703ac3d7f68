"""The Invoices tab: a paged list, the selected invoice's detail, and the actions on it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.enums import InvoiceKind, InvoiceState, InvoiceStatus
from models.errors import DomainError, ValidationError
from models.money import format_minor
from models.services.browse import ListKind
from models.services.invoicing import InvoiceView
from ui.budget.invoices.dialogs import (
    BuildFromTimeDialog,
    CreditNoteDialog,
    PaymentDialog,
    RateDialog,
    VoidDialog,
)
from ui.budget.invoices.editor import InvoiceEditorDialog, decimal_text
from ui.budget.invoices.models import Col, RowsModel, money_col
from ui.shell.changes import DataChanges
from ui.shell.labels import enum_label
from ui.shell.lazy_table import ROW_ID_ROLE
from ui.shell.list_panel import ListPanel
from ui.shell.messages import show_error

WATCHED = frozenset({"invoices", "clients", "projects", "time_entries", "expenses"})
ANNOUNCED = frozenset({"invoices", "time_entries", "expenses"})


def _line_cols(currency: str) -> list[Col]:
    return [
        Col("description", lambda ln: ln.description),
        Col("quantity", lambda ln: ln.quantity, lambda _r, raw: decimal_text(raw), numeric=True),
        money_col("unit_price", lambda ln: ln.unit_price_minor, lambda _r: currency),
        Col("tax_rate", lambda ln: ln.tax_rate_bp, lambda _r, raw: f"{raw / 100:g}%", True),
        money_col("amount", lambda ln: ln.amount_minor, lambda _r: currency),
        money_col("tax", lambda ln: ln.tax_minor, lambda _r: currency),
        Col("billed", lambda ln: ln.time_entries + ln.expenses, numeric=True),
    ]


class InvoicesTab(QWidget):
    invoice_saved = Signal(int)

    def __init__(self, services: Any, changes: DataChanges, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._changes = changes
        self._current: InvoiceView | None = None
        self.panel = ListPanel(
            services.browse,
            ListKind.INVOICES,
            empty_text=self.tr("No invoices yet. Make one, or build one from logged time."),
            parent=self,
        )
        self.panel.row_activated.connect(self._on_row_activated)
        self.panel.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.panel.model.modelReset.connect(self._reselect)

        self.new_button = QPushButton(self.tr("New invoice…"), self)
        self.build_button = QPushButton(self.tr("Build from time…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.send_button = QPushButton(self.tr("Mark as sent"), self)
        self.pay_button = QPushButton(self.tr("Record payment…"), self)
        self.credit_button = QPushButton(self.tr("Credit note…"), self)
        self.void_button = QPushButton(self.tr("Void…"), self)
        # A sent foreign invoice from before rates were kept: its rate can be filled in once.
        self.rate_button = QPushButton(self.tr("Exchange rate…"), self)
        self.new_button.setObjectName("primaryButton")
        for button, slot in (
            (self.new_button, self._on_new_clicked),
            (self.build_button, self._on_build_clicked),
            (self.edit_button, self._on_edit_clicked),
            (self.send_button, self._on_send_clicked),
            (self.pay_button, self._on_pay_clicked),
            (self.credit_button, self._on_credit_clicked),
            (self.void_button, self._on_void_clicked),
            (self.rate_button, self._on_rate_clicked),
        ):
            button.clicked.connect(slot)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for b in (self.new_button, self.build_button):
            bar.addWidget(b)
        bar.addSpacing(16)
        for b in (
            self.edit_button,
            self.send_button,
            self.pay_button,
            self.credit_button,
            self.void_button,
            self.rate_button,
        ):
            bar.addWidget(b)
        bar.addStretch(1)

        detail = QWidget(self)
        self.heading = QLabel(detail)
        self.heading.setObjectName("sectionTitle")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.summary = QLabel(detail)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.lines_model = RowsModel(_line_cols("CNY"), self)
        self.lines_view = QTableView(detail)
        self.lines_view.setModel(self.lines_model)
        self.lines_view.verticalHeader().setVisible(False)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._size_lines()
        self.history = QLabel(detail)
        self.history.setWordWrap(True)
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 8, 0, 0)
        dl.addWidget(self.heading)
        dl.addWidget(self.summary)
        dl.addWidget(self.lines_view, 1)
        dl.addWidget(self.history)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.panel)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        changes.changed.connect(self._on_data_changed)
        self._show(None)

    # --- selection and detail ------------------------------------------------------------------
    def current_invoice(self) -> InvoiceView | None:
        return self._current

    def select_invoice(self, invoice_id: int) -> None:
        model = self.panel.model
        for row in range(model.rowCount()):
            if model.row_id(row) == invoice_id:
                self.panel.view.selectRow(row)
                return
        self._show(self._services.invoices.get(invoice_id))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row_id = current.data(ROW_ID_ROLE) if current.isValid() else None
        try:
            self._show(None if row_id is None else self._services.invoices.get(int(row_id)))
        except DomainError:
            self._show(None)

    def _reselect(self) -> None:
        if self._current is not None:
            self.select_invoice(self._current.id)

    def _show(self, inv: InvoiceView | None) -> None:
        self._current = inv
        has = inv is not None
        draft = has and inv.state is InvoiceState.DRAFT  # type: ignore[union-attr]
        sent = has and inv.state is InvoiceState.SENT  # type: ignore[union-attr]
        owed = sent and inv.outstanding_minor > 0  # type: ignore[union-attr]
        self.edit_button.setEnabled(bool(draft))
        self.send_button.setEnabled(bool(draft))
        self.pay_button.setEnabled(bool(owed))
        self.credit_button.setEnabled(bool(owed))
        self.void_button.setEnabled(has and inv.state is not InvoiceState.VOID)  # type: ignore[union-attr]
        self.rate_button.setVisible(bool(sent) and inv.fx_rate is None)  # type: ignore[union-attr]
        if inv is None:
            self.heading.setText(self.tr("Choose an invoice to see its lines and payments."))
            self.summary.clear()
            self.history.clear()
            self.lines_model.set_rows([])
            return
        cur = inv.currency
        title = f"{inv.number} · {inv.client_name}"
        if inv.project_code:
            title += f" · {inv.project_code}"
        self.heading.setText(title)
        status = enum_label(InvoiceStatus, inv.status)
        text = self.tr(
            "%1 · %2 · issued %3, due %4<br>Subtotal %5 · tax %6 · <b>total %7</b> · "
            "paid %8 · credited %9 · <b>outstanding %10</b>"
        )
        values = [
            enum_label(InvoiceKind, inv.kind),
            status,
            inv.issued_on.isoformat(),
            inv.due_on.isoformat(),
            format_minor(inv.subtotal_minor, cur),
            format_minor(inv.tax_minor, cur),
            format_minor(inv.total_minor, cur),
            format_minor(inv.paid_minor, cur),
            format_minor(inv.credited_minor, cur),
            format_minor(inv.outstanding_minor, cur),
        ]
        for n in range(len(values), 0, -1):  # %10 before %1
            text = text.replace(f"%{n}", values[n - 1])
        if inv.void_reason:
            text += "<br>" + self.tr("Void: %1").replace("%1", inv.void_reason)
        if inv.base_currency and cur != inv.base_currency:
            rate = self.tr("Rate to %1: %2").replace("%1", inv.base_currency)
            text += "<br>" + rate.replace(
                "%2", f"{inv.fx_rate}" if inv.fx_rate is not None else self.tr("not entered yet")
            )
        self.summary.setText(text)
        self.lines_model = RowsModel(_line_cols(cur), self)
        self.lines_model.set_rows(inv.lines)
        self.lines_view.setModel(self.lines_model)
        self._size_lines()
        parts = []
        for p in inv.payments:
            line = self.tr("Payment %1 on %2").replace("%1", format_minor(p.amount_minor, cur))
            line = line.replace("%2", p.received_on.isoformat())
            if p.fx_rate is not None and cur != inv.base_currency:
                line += f" (x {p.fx_rate})"
            parts.append(line)
        for c in inv.credit_notes:
            line = self.tr("Credit note %1: %2 on %3").replace("%1", c.number)
            line = line.replace("%2", format_minor(c.amount_minor, cur))
            parts.append(line.replace("%3", c.issued_on.isoformat()) + f" ({c.reason})")
        self.history.setText("\n".join(parts))

    def _size_lines(self) -> None:
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # --- actions -------------------------------------------------------------------------------
    def _saved(self, inv: InvoiceView | None) -> None:
        if inv is None:
            return
        self._current = inv
        self._changes.announce(ANNOUNCED)  # reloads this list too (see _on_data_changed)
        self.select_invoice(inv.id)
        self._show(inv)
        self.invoice_saved.emit(inv.id)

    def _on_new_clicked(self) -> None:
        dialog = InvoiceEditorDialog(self._services.invoices, parent=self)
        if dialog.exec():
            self._saved(dialog.result_value)

    def open_build_dialog(self) -> BuildFromTimeDialog:
        return BuildFromTimeDialog(self._services.invoices, self)

    def _on_build_clicked(self) -> None:
        dialog = self.open_build_dialog()
        if self._current is not None and self._current.project_id:
            dialog.select_project(self._current.project_id)
        if dialog.exec():
            self._saved(dialog.result_value)

    def _on_edit_clicked(self) -> None:
        if self._current is None:
            return
        dialog = InvoiceEditorDialog(self._services.invoices, self._current, self)
        if dialog.exec():
            self._saved(dialog.result_value)

    def _on_row_activated(self, invoice_id: int) -> None:
        inv = self._services.invoices.get(invoice_id)
        self._show(inv)
        if inv.state is InvoiceState.DRAFT:
            self._on_edit_clicked()

    def _on_send_clicked(self) -> None:
        if self._current is None:
            return
        try:
            self._saved(self._services.invoices.send(self._current.id))
        except ValidationError as exc:
            if exc.field != "fx_rate":
                show_error(self, exc)
                return
            # A foreign draft without its rate: open it with the message beside the rate.
            dialog = self.rate_editor(exc)
            if dialog.exec():
                self._saved(dialog.result_value)
        except DomainError as exc:
            show_error(self, exc)

    def rate_editor(self, exc: ValidationError) -> InvoiceEditorDialog:
        dialog = InvoiceEditorDialog(self._services.invoices, self._current, self)
        dialog.show_failure(exc)
        return dialog

    def _run(self, dialog_class: type) -> None:
        if self._current is None:
            return
        dialog = dialog_class(self._services.invoices, self._current, self)
        if dialog.exec():
            self._saved(dialog.result_value)

    def _on_pay_clicked(self) -> None:
        self._run(PaymentDialog)

    def _on_credit_clicked(self) -> None:
        self._run(CreditNoteDialog)

    def _on_void_clicked(self) -> None:
        self._run(VoidDialog)

    def _on_rate_clicked(self) -> None:
        self._run(RateDialog)

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & WATCHED:
            self.panel.reload()
