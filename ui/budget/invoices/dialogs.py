"""Small invoice dialogs: build from time, record a payment, credit note, void, explain a figure."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.enums import PaymentMethod
from models.errors import DomainError, ValidationError
from models.money import format_minor, from_minor, to_minor
from models.services.invoicing import InvoiceService, InvoiceView, UnbilledItem
from models.services.invoicing_reports import Explained, SourceRow
from ui.budget.invoices.editor import date_edit, pydate
from ui.budget.invoices.labels import cash_kind, column, figure, formula
from ui.budget.invoices.models import Col, RowsModel, date_text, hours_col, money_col
from ui.shell.form_dialog import FormDialog
from ui.shell.labels import enum_choices

_OWED = {
    "payment": QT_TRANSLATE_NOOP("ServiceMessage", "The payment is more than the %1 still owed."),
    "credit": QT_TRANSLATE_NOOP("ServiceMessage", "The credit is more than the %1 still owed."),
}
# Sentences of the exchange-rate rules (models/services/fx.py), for the budget catalogue.
FX_MESSAGES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter the exchange rate to the base currency."),
    QT_TRANSLATE_NOOP("ServiceMessage", "An amount in the base currency has a rate of 1."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Give the rate with at most 8 decimals, such as 7.1234."),
    QT_TRANSLATE_NOOP("ServiceMessage", "This invoice already has its exchange rate."),
)
_OWED_RE = re.compile(r"^The (payment|credit) is more than the (.+) still owed\.$")


def service_text(message: str) -> str:
    """Translate a service sentence, including the ones that carry an amount."""
    m = _OWED_RE.match(message)
    if m:
        text = QCoreApplication.translate("ServiceMessage", _OWED[m.group(1)])
        return text.replace("%1", m.group(2))
    return QCoreApplication.translate("ServiceMessage", message)


class _InvoiceForm(FormDialog):
    """An invoice action: OK/Cancel, and the sentences with an amount worded by service_text."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(
            title, parent, accept_button=QDialogButtonBox.StandardButton.Ok, min_width=460
        )

    def error_message(self, exc: DomainError) -> str:
        return service_text(exc.message)


def _amount(text: str, currency: str) -> int:
    return to_minor(text or "0", currency, "amount")


class PaymentDialog(_InvoiceForm):
    """Record a (partial) payment; the amount proposed is what is still owed."""

    def __init__(self, service: InvoiceService, inv: InvoiceView, parent: QWidget | None = None):
        super().__init__(self.tr("Record payment for %1").replace("%1", inv.number), parent)
        self._service, self._inv = service, inv
        owed = format_minor(inv.outstanding_minor, inv.currency)
        info = QLabel(self.tr("Still owed: %1").replace("%1", owed), self)
        self.received = date_edit(max(date.today(), inv.issued_on), self)
        self.amount = QLineEdit(f"{from_minor(inv.outstanding_minor, inv.currency)}", self)
        self.method = QComboBox(self)
        for value, label in enum_choices(PaymentMethod):
            self.method.addItem(label, value)
        self.reference = QLineEdit(self)
        # The cash book counts a foreign payment at the rate of the day it arrived.
        self.foreign = bool(inv.base_currency) and inv.currency != inv.base_currency
        last = service.last_rate(inv.currency) if self.foreign else None
        self.fx_rate = QLineEdit("" if last is None else f"{last}", self)
        self.fx_rate.setPlaceholderText("7.1234")
        self.add_field("received_on", self.tr("Received on"), self.received)
        self.add_field("amount", self.tr("Amount (%1)").replace("%1", inv.currency), self.amount)
        if self.foreign:
            label = self.tr("Rate to %1").replace("%1", inv.base_currency)
            self.add_field("fx_rate", label, self.fx_rate)
        else:
            self.fx_rate.hide()
        self.add_field("method", self.tr("Method"), self.method)
        self.add_field("reference", self.tr("Reference"), self.reference)
        self.add_above_form(info)

    def save(self) -> InvoiceView:
        return self._service.record_payment(
            self._inv.id,
            received_on=pydate(self.received.date()),
            amount_minor=_amount(self.amount.text(), self._inv.currency),
            method=PaymentMethod(self.method.currentData()),
            reference=self.reference.text(),
            fx_rate=(self.fx_rate.text().strip() or None) if self.foreign else None,
        )


class RateDialog(_InvoiceForm):
    """Fill in the missing exchange rate of a sent foreign invoice (kept from before rates)."""

    def __init__(self, service: InvoiceService, inv: InvoiceView, parent: QWidget | None = None):
        super().__init__(self.tr("Exchange rate of %1").replace("%1", inv.number), parent)
        self._service, self._inv = service, inv
        last = service.last_rate(inv.currency)
        self.fx_rate = QLineEdit("" if last is None else f"{last}", self)
        note = QLabel(
            self.tr("One unit of %1 in %2 on the invoice date, %3.")
            .replace("%1", inv.currency)
            .replace("%2", inv.base_currency)
            .replace("%3", inv.issued_on.isoformat()),
            self,
        )
        note.setWordWrap(True)
        self.add_above_form(note)
        self.add_field(
            "fx_rate", self.tr("Rate to %1").replace("%1", inv.base_currency), self.fx_rate
        )

    def save(self) -> InvoiceView:
        return self._service.set_rate(self._inv.id, self.fx_rate.text())


class CreditNoteDialog(_InvoiceForm):
    """A credit note against what is still owed; may release the billed time and expenses."""

    def __init__(self, service: InvoiceService, inv: InvoiceView, parent: QWidget | None = None):
        super().__init__(self.tr("Credit note for %1").replace("%1", inv.number), parent)
        self._service, self._inv = service, inv
        self.issued = date_edit(max(date.today(), inv.issued_on), self)
        self.amount = QLineEdit(f"{from_minor(inv.outstanding_minor, inv.currency)}", self)
        self.reason = QLineEdit(self)
        self.release = QCheckBox(self.tr("Release the billed time and expenses"), self)
        self.release.setChecked(any(ln.time_entries or ln.expenses for ln in inv.lines))
        owed = format_minor(inv.outstanding_minor, inv.currency)
        info = QLabel(self.tr("Still owed: %1").replace("%1", owed), self)
        self.add_field("issued_on", self.tr("Issued on"), self.issued)
        self.add_field("amount", self.tr("Amount (%1)").replace("%1", inv.currency), self.amount)
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.add_above_form(info)
        self.add_below_form(self.release)

    def save(self) -> InvoiceView:
        return self._service.issue_credit_note(
            self._inv.id,
            issued_on=pydate(self.issued.date()),
            amount_minor=_amount(self.amount.text(), self._inv.currency),
            reason=self.reason.text(),
            release_billed=self.release.isChecked(),
        )


class VoidDialog(_InvoiceForm):
    """Void with a reason; the number stays taken."""

    def __init__(self, service: InvoiceService, inv: InvoiceView, parent: QWidget | None = None):
        super().__init__(self.tr("Void %1").replace("%1", inv.number), parent)
        self._service, self._inv = service, inv
        note = QLabel(
            self.tr("A void invoice keeps its number; the number is never given out again."), self
        )
        note.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.add_above_form(note)

    def save(self) -> InvoiceView:
        return self._service.void(self._inv.id, self.reason.text())


def _unbilled_cols() -> list[Col]:
    return [
        Col("date", lambda r: r.on, lambda _r, raw: date_text(raw)),
        Col("kind", lambda r: r.kind, lambda _r, raw: cash_kind(raw)),
        Col("who", lambda r: r.who),
        Col("note", lambda r: r.text),
        hours_col("hours", lambda r: r.minutes),
        money_col("rate", lambda r: r.rate_minor, lambda r: r.currency),
        money_col("amount", lambda r: r.amount_minor, lambda r: r.currency),
    ]


class BuildFromTimeDialog(_InvoiceForm):
    """Pick unbilled billable time and expenses of a project and make a T&M draft from them."""

    def __init__(self, service: InvoiceService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Build invoice from time"), parent)
        self._service = service
        self.resize(860, 560)
        self.project = QComboBox(self)
        for p in service.projects():
            self.project.addItem(f"{p.code} · {p.name}", p.id)
        today = date.today()
        self.issued = date_edit(today, self)
        self.due = date_edit(today + timedelta(days=30), self)
        self.tax = QLineEdit("6", self)
        self.add_field("project", self.tr("Project"), self.project)
        self.add_field("issued_on", self.tr("Issued on"), self.issued)
        self.add_field("due_on", self.tr("Due on"), self.due)
        self.add_field("tax_rate", self.tr("Tax rate %"), self.tax)

        self.model = RowsModel(_unbilled_cols(), self, checkable=True)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.entries = self.add_field("entries", None, self.view)
        self.summary = QLabel(self)
        all_on = QPushButton(self.tr("Select all"), self)
        all_on.clicked.connect(lambda: self.model.set_all_checked(True))
        none = QPushButton(self.tr("Select none"), self)
        none.clicked.connect(lambda: self.model.set_all_checked(False))
        row = QHBoxLayout()
        row.addWidget(all_on)
        row.addWidget(none)
        row.addStretch(1)
        row.addWidget(self.summary)
        self.add_below_form(QLabel(self.tr("Unbilled billable time and expenses"), self))
        self.add_below_form(self.entries, 1)
        self.add_below_form(row)
        self.model.dataChanged.connect(self._update_summary)
        self.model.modelReset.connect(self._update_summary)
        self.project.currentIndexChanged.connect(self._load)
        self._load()

    def select_project(self, project_id: int) -> None:
        self.project.setCurrentIndex(max(0, self.project.findData(project_id)))

    def _load(self) -> None:
        pid = self.project.currentData()
        items: list[UnbilledItem] = [] if pid is None else self._service.unbilled(int(pid))
        self.model.set_rows(items)
        self.view.resizeColumnsToContents()

    def _update_summary(self, *_a: object) -> None:
        chosen = self.model.checked_rows()
        total = sum(r.amount_minor or 0 for r in chosen)
        cur = chosen[0].currency if chosen else ""
        text = self.tr("%1 chosen · %2 before tax").replace("%1", str(len(chosen)))
        self.summary.setText(text.replace("%2", format_minor(total, cur) if cur else "0"))

    def save(self) -> InvoiceView:
        pid = self.project.currentData()
        if pid is None:
            raise ValidationError("project", "That project no longer exists.")
        try:
            bp = int(Decimal(self.tax.text().replace("%", "").strip() or "0") * 100)
        except InvalidOperation:
            raise ValidationError("tax_rate", "The tax rate must be 0% to 100%.") from None
        chosen = self.model.checked_rows()
        return self._service.create_from_time(
            int(pid),
            issued_on=pydate(self.issued.date()),
            due_on=pydate(self.due.date()),
            time_entry_ids=[r.id for r in chosen if r.kind == "time"],
            expense_ids=[r.id for r in chosen if r.kind == "expense"],
            tax_rate_bp=bp,
        )


def _explain_cols(currency: str) -> list[Col]:
    def detail(r: SourceRow) -> str:
        # Rows of a derived figure name the figures they combine, in the UI language.
        return figure(r.reference) if r.kind == "figure" else r.text

    return [
        Col("source", lambda r: r.kind, lambda _r, raw: cash_kind(raw)),
        Col("date", lambda r: r.on, lambda _r, raw: date_text(raw)),
        Col("name_ref", lambda r: "" if r.kind == "figure" else r.reference),
        Col("detail", detail),
        money_col("amount", lambda r: r.amount_minor, lambda _r: currency),
    ]


class ExplainDialog(QDialog):
    """A figure: its value, its formula in words, and the rows it was summed from."""

    def __init__(self, key: str, explained: Explained, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"{figure(key)} · {title}")
        self.resize(760, 480)
        cur = explained.currency
        value = explained.value
        if value is None:
            shown = "—"
        elif isinstance(value, Decimal):
            shown = f"{value}%"
        else:
            shown = format_minor(value, cur)
        head = QLabel(f"<b>{figure(key)}: {shown}</b>", self)
        self.formula = QLabel(formula(explained.formula), self)
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        count = QLabel(self)
        if explained.total_rows > len(explained.rows):
            text = self.tr("Showing the first %1 of %2 rows; the figure sums them all.")
            text = text.replace("%1", f"{len(explained.rows):,}")
            count.setText(text.replace("%2", f"{explained.total_rows:,}"))
        else:
            count.setText(self.tr("%1 rows").replace("%1", f"{len(explained.rows):,}"))
        self.model = RowsModel(_explain_cols(cur), self)
        self.model.set_rows(explained.rows)
        view = QTableView(self)
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        view.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.formula)
        layout.addWidget(view, 1)
        layout.addWidget(count)
        layout.addWidget(buttons)


__all__ = [
    "BuildFromTimeDialog",
    "CreditNoteDialog",
    "ExplainDialog",
    "PaymentDialog",
    "VoidDialog",
    "column",
    "service_text",
]
