"""Expenses: the paged list and the editor (amount, tax, currency at an exact rate, receipt)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError
from models.money import KNOWN_CURRENCIES, from_minor, to_minor
from models.services import Services
from models.services.browse import ListKind
from models.services.finance_expenses import ExpenseDraft, ExpenseRow, parse_rate
from ui.budget.labels import category_label
from ui.shell.changes import DataChanges
from ui.shell.form_dialog import IN_A_BOX, FormDialog
from ui.shell.list_panel import ListPanel
from ui.shell.messages import confirm, show_error


class ExpenseEditorDialog(FormDialog):
    """New or existing expense; a rule broken is shown beside its field and nothing is saved."""

    fallback_field = IN_A_BOX

    expense_saved = Signal(int)

    def __init__(
        self, services: Services, expense_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Edit expense") if expense_id else self.tr("New expense")
        super().__init__(title, parent, min_width=520)
        self._services = services
        self._id = expense_id
        self.base = services.studio.get().base_currency

        self.spent_on = QDateEdit(self)
        self.spent_on.setCalendarPopup(True)
        self.spent_on.setDisplayFormat("yyyy-MM-dd")
        self.spent_on.setDate(QDate.currentDate())
        self.vendor = QLineEdit(self)
        self.category = QComboBox(self)
        for c in services.expenses.categories():
            indent = "    " if c.parent_id is not None else ""
            self.category.addItem(indent + category_label(c.code, c.name), c.id)
        self.project = QComboBox(self)
        self.project.addItem(self.tr("Studio overhead (no project)"), None)
        for p in services.time.projects():
            self.project.addItem(p.label, p.id)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText("0.00")
        self.tax = QLineEdit(self)
        self.tax.setPlaceholderText("0.00")
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(list(KNOWN_CURRENCIES))
        self.currency.setCurrentText(self.base)
        self.fx_rate = QLineEdit("1", self)
        self.fx_rate.setToolTip(self.tr("One unit of the expense's currency in the base currency"))
        self.paid_by = QComboBox(self)
        self.paid_by.addItem(self.tr("Studio account"), None)
        for p in services.time.people():
            self.paid_by.addItem(p.label, p.id)
        self.billable = QCheckBox(self.tr("Bill to the client"), self)
        self.receipt = QLineEdit(self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._on_browse)
        receipt_row = QWidget(self)
        rl = QHBoxLayout(receipt_row)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.receipt, 1)
        rl.addWidget(browse)
        self.note = QLineEdit(self)

        for key, label, widget in (
            ("spent_on", self.tr("Date"), self.spent_on),
            ("vendor", self.tr("Vendor"), self.vendor),
            ("category", self.tr("Category"), self.category),
            ("project", self.tr("Project"), self.project),
            ("amount", self.tr("Amount (incl. tax)"), self.amount),
            ("tax", self.tr("Tax"), self.tax),
            ("currency", self.tr("Currency"), self.currency),
            ("fx_rate", self.tr("Rate to %1").replace("%1", self.base), self.fx_rate),
            ("paid_by", self.tr("Paid by"), self.paid_by),
            ("receipt", self.tr("Receipt"), receipt_row),
            ("note", self.tr("Note"), self.note),
        ):
            self.add_field(key, label, widget)
        self.form.addRow("", self.billable)
        self.currency.currentTextChanged.connect(self._on_currency_changed)
        self._on_currency_changed(self.currency.currentText())
        if expense_id is not None:
            self._load(services.expenses.get(expense_id))

    def _load(self, e: ExpenseRow) -> None:
        self.spent_on.setDate(QDate(e.spent_on.year, e.spent_on.month, e.spent_on.day))
        self.vendor.setText(e.vendor)
        self.category.setCurrentIndex(max(0, self.category.findData(e.category_id)))
        self.project.setCurrentIndex(max(0, self.project.findData(e.project_id)))
        self.currency.setCurrentText(e.currency)
        self.amount.setText(f"{from_minor(e.amount_minor, e.currency)}")
        self.tax.setText(f"{from_minor(e.tax_minor, e.currency)}")
        self.fx_rate.setText(f"{e.fx_rate}")
        self.paid_by.setCurrentIndex(max(0, self.paid_by.findData(e.paid_by_id)))
        self.billable.setChecked(e.billable)
        self.receipt.setText(e.receipt_path)
        self.note.setText(e.note)

    def _on_currency_changed(self, text: str) -> None:
        same = text.strip().upper() == self.base
        self.fx_rate.setEnabled(not same)
        if same:
            self.fx_rate.setText("1")

    def _on_browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the receipt"), "", self.tr("Receipts (*.pdf *.png *.jpg *.jpeg)")
        )
        if path:
            self.receipt.setText(path)

    def draft(self) -> ExpenseDraft:
        currency = self.currency.currentText().strip().upper() or self.base
        d = self.spent_on.date()
        return ExpenseDraft(
            spent_on=date(d.year(), d.month(), d.day()),
            category_id=int(self.category.currentData()),
            amount_minor=to_minor(self.amount.text() or "0", currency, "amount"),
            currency=currency,
            fx_rate=parse_rate(self.fx_rate.text() or "1")
            if self.fx_rate.isEnabled()
            else Decimal(1),
            tax_minor=to_minor(self.tax.text() or "0", currency, "tax"),
            vendor=self.vendor.text(),
            project_id=self.project.currentData(),
            paid_by_id=self.paid_by.currentData(),
            billable=self.billable.isChecked(),
            receipt_path=self.receipt.text(),
            note=self.note.text(),
        )

    def save(self) -> int:
        draft = self.draft()
        if self._id is None:
            self._id = self._services.expenses.create(draft)
        else:
            self._services.expenses.update(self._id, draft)
        self.expense_saved.emit(self._id)
        return self._id


class ExpensesTab(QWidget):
    def __init__(
        self, services: Services, changes: DataChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._changes = changes
        self.panel = ListPanel(
            services.browse, ListKind.EXPENSES, empty_text=self.tr("No expenses yet."), parent=self
        )
        self.panel.row_activated.connect(self.edit)
        new_btn = QPushButton(self.tr("New expense…"), self)
        new_btn.setObjectName("primaryButton")
        new_btn.clicked.connect(lambda: self.edit(None))
        edit_btn = QPushButton(self.tr("Edit…"), self)
        edit_btn.clicked.connect(self._edit_selected)
        delete_btn = QPushButton(self.tr("Delete"), self)
        delete_btn.clicked.connect(self._delete_selected)
        cat_btn = QPushButton(self.tr("New category…"), self)
        cat_btn.clicked.connect(self._new_category)
        import_btn = QPushButton(self.tr("Import CSV…"), self)
        import_btn.clicked.connect(self._open_import)
        bar = QHBoxLayout()
        bar.addWidget(new_btn)
        bar.addWidget(edit_btn)
        bar.addWidget(delete_btn)
        bar.addStretch(1)
        bar.addWidget(import_btn)
        bar.addWidget(cat_btn)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.panel, 1)

    def _selected_id(self) -> int | None:
        from ui.shell.lazy_table import ROW_ID_ROLE

        index = self.panel.view.currentIndex()
        value = index.data(ROW_ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def _edit_selected(self) -> None:
        row_id = self._selected_id()
        if row_id is not None:
            self.edit(row_id)

    def edit(self, expense_id: int | None) -> ExpenseEditorDialog:
        dialog = ExpenseEditorDialog(self._services, expense_id, self)
        dialog.expense_saved.connect(lambda _i: self._changes.announce({"expenses"}))
        dialog.open()
        return dialog

    def _delete_selected(self) -> None:
        row_id = self._selected_id()
        if row_id is None:
            return
        if not confirm(
            self, self.tr("Delete expense"), self.tr("Delete this expense?"), self.tr("Delete")
        ):
            return
        try:
            self._services.expenses.delete(row_id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self._changes.announce({"expenses"})

    def _open_import(self) -> None:
        from ui.budget.import_dialog import ImportDialog

        dialog = ImportDialog(self._services, None, self)
        dialog.choose("expenses")
        dialog.imported.connect(lambda what: self._changes.announce({what, "projects"}))
        dialog.open()

    def _new_category(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New category"), self.tr("Name"))
        if not ok:
            return
        try:
            self._services.expenses.add_category(name)
        except DomainError as exc:
            show_error(self, exc)

    def reload(self) -> None:
        self.panel.reload()
