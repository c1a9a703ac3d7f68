"""The invoice editor: kind, client, project, dates, currency and editable lines."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from models.enums import InvoiceKind
from models.errors import DomainError, ValidationError
from models.money import KNOWN_CURRENCIES, format_minor, from_minor, to_minor
from models.services.invoicing import InvoiceDraft, InvoiceService, InvoiceView, LineDraft
from models.services.invoicing import line_amounts as price_line
from ui.budget.invoices.labels import column
from ui.shell.form_dialog import FormDialog
from ui.shell.labels import enum_choices

_Index = QModelIndex | QPersistentModelIndex
_KEYS = ("description", "quantity", "unit_price", "tax_rate", "amount")


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def date_edit(d: date, parent: QWidget | None = None) -> QDateEdit:
    e = QDateEdit(qdate(d), parent)
    e.setCalendarPopup(True)
    e.setDisplayFormat("yyyy-MM-dd")
    return e


def decimal_text(value: Decimal) -> str:
    """Short text for a quantity: 1.5, 0.3333 (never float)."""
    q = value.quantize(Decimal("0.0001")).normalize()
    return f"{q:f}"


class LinesModel(QAbstractTableModel):
    """Editable invoice lines held as text; the amount column is priced as the service will."""

    def __init__(self, currency: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self._rows: list[list[str]] = []
        self._locked: set[int] = set()  # lines that billed time: kept as they are

    def set_lines(self, rows: list[list[str]], locked: set[int] | None = None) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._locked = set(locked or ())
        self.endResetModel()

    def add_line(self, tax_text: str = "0") -> None:
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append(["", "1", "0.00", tax_text])
        self.endInsertRows()

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self._rows) and row not in self._locked:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._locked = {r - (r > row) for r in self._locked}
            self.endRemoveRows()

    def drafts(self, *, skip_locked: bool = False) -> tuple[LineDraft, ...]:
        """The lines as service input; a bad number raises ValidationError naming the cell."""
        out = []
        for n, (text, qty, price, tax) in enumerate(self._rows):
            if skip_locked and n in self._locked:
                continue
            try:
                quantity = Decimal(qty.replace(",", "").strip())
            except InvalidOperation:
                raise ValidationError(
                    f"lines[{n}].quantity", "Enter a quantity such as 1 or 2.5."
                ) from None
            unit = to_minor(price or "0", self.currency, f"lines[{n}].unit_price")
            try:
                bp = int((Decimal(tax.replace("%", "").strip() or "0") * 100).to_integral_value())
            except InvalidOperation:
                raise ValidationError(
                    f"lines[{n}].tax_rate", "The tax rate must be 0% to 100%."
                ) from None
            out.append(LineDraft(text, quantity, unit, bp))
        return tuple(out)

    def totals(self) -> tuple[int, int] | None:
        try:
            lines = self.drafts()
        except (DomainError, ValueError, ArithmeticError):
            return None
        priced = [
            price_line(ln.quantity, ln.unit_price_minor, ln.tax_rate_bp, self.currency)
            for ln in lines
        ]
        return sum(p.amount_minor for p in priced), sum(p.tax_minor for p in priced)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_KEYS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col < 4:
                return row[col]
            try:
                ln = LinesModel(self.currency)
                ln._rows = [row]
                (d,) = ln.drafts()
                p = price_line(d.quantity, d.unit_price_minor, d.tax_rate_bp, self.currency)
                return format_minor(p.amount_minor, self.currency)
            except (DomainError, ValueError, ArithmeticError):
                return "?"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            left = Qt.AlignmentFlag.AlignLeft if col == 0 else Qt.AlignmentFlag.AlignRight
            return int(left | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() >= 4:
            return False
        self._rows[index.row()][index.column()] = str(value)
        self.dataChanged.emit(index, self.index(index.row(), 4))
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < 4 and index.row() not in self._locked:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column(_KEYS[section]) if 0 <= section < len(_KEYS) else None
        return None


class InvoiceEditorDialog(FormDialog):
    """Create or edit a draft invoice; errors appear beside the field they concern."""

    fallback_field = "lines"  # the service names lines as "lines[2].quantity"

    def __init__(
        self,
        invoices: InvoiceService,
        existing: InvoiceView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New invoice") if existing is None else self.tr("Edit invoice %1")
        super().__init__(title.replace("%1", existing.number if existing else ""), parent)
        self._service = invoices
        self._existing = existing
        defaults = invoices.defaults()
        self.resize(820, 600)

        self.kind = QComboBox(self)
        for value, label in enum_choices(InvoiceKind):
            self.kind.addItem(label, value)
        self.client = QComboBox(self)
        for c in invoices.clients():
            self.client.addItem(c.name, c.id)
        self.project = QComboBox(self)
        today = date.today()
        self.issued = date_edit(today, self)
        self.due = date_edit(today + timedelta(days=30), self)
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(list(dict.fromkeys([defaults.base_currency, *KNOWN_CURRENCIES])))
        self._base = defaults.base_currency
        # Shown only for a foreign currency; prefilled with the rate last used for it.
        self.fx_rate = QLineEdit(self)
        self.fx_rate.setPlaceholderText("7.1234")
        self.fx_rate.setToolTip(
            self.tr("One unit of the invoice's currency in %1 on the issue date").replace(
                "%1", self._base
            )
        )
        self._prefilled_rate = ""
        self.payment_terms = QLineEdit(self)
        self.notes = QLineEdit(self)

        self.lines = LinesModel(defaults.base_currency, self)
        self.table = QTableView(self)
        self.table.setModel(self.lines)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, 5):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        add = QPushButton(self.tr("Add line"), self)
        add.clicked.connect(lambda: self.lines.add_line())
        remove = QPushButton(self.tr("Remove line"), self)
        remove.clicked.connect(self._on_remove_clicked)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("invoiceTotals")
        self.lines.dataChanged.connect(self._update_totals)
        self.lines.rowsInserted.connect(self._update_totals)
        self.lines.rowsRemoved.connect(self._update_totals)
        self.lines.modelReset.connect(self._update_totals)

        for key, label, widget in (
            ("kind", self.tr("Kind"), self.kind),
            ("client", self.tr("Client"), self.client),
            ("project", self.tr("Project"), self.project),
            ("issued_on", self.tr("Issued on"), self.issued),
            ("due_on", self.tr("Due on"), self.due),
            ("currency", self.tr("Currency"), self.currency),
            ("fx_rate", self.tr("Rate to %1").replace("%1", self._base), self.fx_rate),
            ("payment_terms", self.tr("Payment terms"), self.payment_terms),
            ("notes", self.tr("Notes"), self.notes),
        ):
            self.add_field(key, label, widget)
        self.lines_error = self.add_field("lines", None, self.table)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(self.total_label)
        self.add_below_form(QLabel(self.tr("Lines"), self))
        self.add_below_form(self.lines_error, 1)
        self.add_below_form(row)

        self.client.currentIndexChanged.connect(self._fill_projects)
        self.project.currentIndexChanged.connect(self._on_project_changed)
        self.currency.currentTextChanged.connect(self._on_currency_changed)
        if existing is not None:
            self._load(existing)
        else:
            self._fill_projects()
            self.lines.add_line()
        self._show_rate()
        self._update_totals()

    def _load(self, inv: InvoiceView) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(inv.kind.value)))
        self.client.setCurrentIndex(max(0, self.client.findData(inv.client_id)))
        self._fill_projects()
        self.project.setCurrentIndex(max(0, self.project.findData(inv.project_id or 0)))
        self.issued.setDate(qdate(inv.issued_on))
        self.due.setDate(qdate(inv.due_on))
        self.currency.setCurrentText(inv.currency)
        if inv.fx_rate is not None and inv.currency != self._base:
            self.fx_rate.setText(f"{inv.fx_rate}")
        self.payment_terms.setText(inv.payment_terms)
        self.notes.setText(inv.notes)
        rows, locked = [], set()
        for n, ln in enumerate(inv.lines):
            rows.append(
                [
                    ln.description,
                    decimal_text(ln.quantity),
                    f"{from_minor(ln.unit_price_minor, inv.currency)}",
                    f"{Decimal(ln.tax_rate_bp) / 100:g}",
                ]
            )
            if ln.time_entries or ln.expenses:
                locked.add(n)
        self.lines.currency = inv.currency
        self.lines.set_lines(rows, locked)

    def _fill_projects(self) -> None:
        current = self.project.currentData()
        self.project.blockSignals(True)
        self.project.clear()
        self.project.addItem(self.tr("— no project —"), 0)
        client_id = self.client.currentData()
        if client_id is not None:
            for p in self._service.projects(int(client_id)):
                self.project.addItem(f"{p.code} · {p.name}", p.id)
                self.project.setItemData(
                    self.project.count() - 1, p.currency, Qt.ItemDataRole.UserRole + 1
                )
        self.project.setCurrentIndex(max(0, self.project.findData(current)))
        self.project.blockSignals(False)

    def _on_project_changed(self) -> None:
        currency = self.project.currentData(Qt.ItemDataRole.UserRole + 1)
        if currency:
            self.currency.setCurrentText(str(currency))

    def _on_currency_changed(self, text: str) -> None:
        if len(text.strip()) == 3:
            self.lines.currency = text.strip().upper()
            self._update_totals()
        self._show_rate()

    def _foreign(self) -> bool:
        return self.currency.currentText().strip().upper() != self._base

    def _show_rate(self) -> None:
        """The rate row exists only for a foreign currency; a rate the user typed is kept."""
        foreign = self._foreign()
        self.form.setRowVisible(self.fields["fx_rate"], foreign)
        code = self.currency.currentText().strip().upper()
        if not foreign or len(code) != 3:
            return
        if self.fx_rate.text().strip() in ("", self._prefilled_rate):
            try:
                last = self._service.last_rate(code)
            except DomainError:
                last = None
            self._prefilled_rate = "" if last is None else f"{last}"
            self.fx_rate.setText(self._prefilled_rate)

    def _on_remove_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.lines.remove_line(index.row())

    def _update_totals(self, *_args: object) -> None:
        totals = self.lines.totals()
        if totals is None:
            self.total_label.setText(self.tr("Check the lines: a number is not valid."))
            return
        sub, tax = totals
        cur = self.lines.currency
        text = self.tr("Subtotal %1 · Tax %2 · Total %3")
        for n, value in enumerate((sub, tax, sub + tax), start=1):
            text = text.replace(f"%{n}", format_minor(value, cur))
        self.total_label.setText(text)

    def draft(self) -> InvoiceDraft:
        client_id = self.client.currentData()
        return InvoiceDraft(
            kind=InvoiceKind(self.kind.currentData()),
            client_id=int(client_id) if client_id is not None else 0,
            issued_on=pydate(self.issued.date()),
            due_on=pydate(self.due.date()),
            currency=self.currency.currentText().strip().upper(),
            lines=self.lines.drafts(skip_locked=self._existing is not None),
            project_id=int(self.project.currentData() or 0) or None,
            payment_terms=self.payment_terms.text(),
            notes=self.notes.text(),
            fx_rate=(self.fx_rate.text().strip() or None) if self._foreign() else None,
        )

    def save(self) -> InvoiceView:
        draft = self.draft()
        if self._existing is None:
            return self._service.create(draft)
        return self._service.update(self._existing.id, draft)
