"""pytest-qt flows: invoice from time entries, a partial payment, an explained margin."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget
from test_invoicing_seed import seed

from models.enums import InvoiceStatus
from models.services.invoicing_reports import Basis
from ui.budget.invoices.dialogs import PaymentDialog, _unbilled_cols
from ui.budget.invoices.editor import InvoiceEditorDialog
from ui.budget.invoices.invoices_tab import InvoicesTab
from ui.budget.invoices.models import RAW_ROLE, CashBookModel, RowsModel
from ui.budget.invoices.reports_tabs import _aging_cols, _margin_cols
from ui.budget.invoices.tabs import build_invoice_tabs
from ui.shell.changes import DataChanges
from ui.shell.tasks import InlineTaskRunner


def _ok(dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    button = box.button(QDialogButtonBox.StandardButton.Ok) or box.button(
        QDialogButtonBox.StandardButton.Save
    )
    button.click()


def test_build_invoice_from_time_then_partial_payment(qtbot, studio, session_factory):
    ids = seed(session_factory)
    changes = DataChanges()
    announced: list[frozenset[str]] = []
    changes.changed.connect(announced.append)
    tab = InvoicesTab(studio, changes)
    qtbot.addWidget(tab)
    assert tab.panel.model.total() == 0

    dialog = tab.open_build_dialog()
    qtbot.addWidget(dialog)
    dialog.select_project(ids.project_id)
    model = dialog.model
    assert model.rowCount() == 4  # three billable entries and the billable expense
    # leave Bo's 45 minutes (second row, by date) for a later invoice
    assert model.row(1).id == ids.t_bo
    model.setData(model.index(1, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    dialog.tax.setText("6")
    dialog.issued.setDate(QDate(2026, 4, 1))
    dialog.due.setDate(QDate(2026, 5, 1))
    _ok(dialog)
    inv = dialog.result_value
    assert inv is not None
    # Ana 900.00 + 266.67, expense 120.50 = 1,287.17; 6% tax 54.00 + 16.00 + 7.23 = 77.23
    assert (inv.subtotal_minor, inv.tax_minor, inv.total_minor) == (128717, 7723, 136440)
    tab._saved(inv)
    assert frozenset({"invoices", "time_entries", "expenses"}) in announced
    assert tab.panel.model.total() == 1
    assert tab.current_invoice().id == inv.id
    assert tab.lines_model.rowCount() == 3
    assert tab.send_button.isEnabled() and not tab.pay_button.isEnabled()

    # the billed entries are locked: the picker now offers only Bo's entry
    again = tab.open_build_dialog()
    qtbot.addWidget(again)
    again.select_project(ids.project_id)
    assert [again.model.row(r).id for r in range(again.model.rowCount())] == [ids.t_bo]

    tab.send_button.click()
    assert tab.current_invoice().status in (InvoiceStatus.SENT, InvoiceStatus.OVERDUE)
    assert tab.pay_button.isEnabled()

    pay = PaymentDialog(studio.invoices, tab.current_invoice(), tab)
    qtbot.addWidget(pay)
    assert pay.amount.text() == "1364.40"  # proposes what is still owed
    pay.received.setDate(QDate(2026, 4, 20))
    pay.amount.setText("1,364.41")
    _ok(pay)
    assert pay.result_value is None
    assert "¥1,364.40" in pay.field_error("amount")  # beside the amount field, nothing saved
    pay.amount.setText("1000")
    _ok(pay)
    paid = pay.result_value
    assert paid is not None and paid.paid_minor == 100000 and paid.outstanding_minor == 36440
    assert studio.invoices.get(paid.id, today=date(2026, 4, 21)).status is (
        InvoiceStatus.PARTIALLY_PAID
    )
    tab._saved(paid)
    assert "¥364.40" in tab.summary.text()


def test_editor_shows_errors_beside_fields(qtbot, studio, session_factory):
    seed(session_factory)
    dialog = InvoiceEditorDialog(studio.invoices)
    qtbot.addWidget(dialog)
    assert dialog.lines.rowCount() == 1
    dialog.lines.setData(dialog.lines.index(0, 0), "Design")
    dialog.lines.setData(dialog.lines.index(0, 1), "2.5")
    dialog.lines.setData(dialog.lines.index(0, 2), "1234.57")
    dialog.lines.setData(dialog.lines.index(0, 3), "6")
    assert dialog.lines.index(0, 4).data() == "¥3,086.43"
    assert "¥3,271.62" in dialog.total_label.text()
    dialog.due.setDate(QDate(2000, 1, 1))
    _ok(dialog)
    assert dialog.result_value is None and dialog.field_error("due_on")
    dialog.due.setDate(dialog.issued.date().addDays(30))
    dialog.lines.setData(dialog.lines.index(0, 1), "0")
    _ok(dialog)
    assert dialog.result_value is None and "more than zero" in dialog.field_error("lines")
    dialog.lines.setData(dialog.lines.index(0, 1), "2.5")
    _ok(dialog)
    assert dialog.result_value is not None and dialog.result_value.total_minor == 327162


def test_tabs_and_explained_margin(qtbot, studio, session_factory):
    ids = seed(session_factory)
    inv = studio.invoices.create_from_time(
        ids.project_id,
        issued_on=date(2026, 4, 1),
        due_on=date(2026, 5, 1),
        time_entry_ids=[ids.t_ana_feb],
    )
    studio.invoices.send(inv.id)
    studio.invoices.record_payment(inv.id, received_on=date(2026, 4, 2), amount_minor=40000)
    host = QTabWidget()
    qtbot.addWidget(host)
    tabs = build_invoice_tabs(studio, DataChanges(), InlineTaskRunner())
    for title, widget in tabs:
        host.addTab(widget, title)
    assert [t for t, _w in tabs] == ["Invoices", "Receivables", "Cash book", "Margins"]
    receivables, cash, margins = (w for _t, w in tabs[1:])
    assert receivables.model.rowCount() == 0  # nothing is added up until the tab is shown
    receivables.ensure_loaded()
    qtbot.waitUntil(lambda: receivables.model.rowCount() == 1)
    cash.start.setDate(QDate(2026, 1, 1))
    cash.end.setDate(QDate(2026, 12, 31))
    # rent 1,000.00, 120.50, 379.50 out; 400.00 in
    assert cash.model.rowCount() == 4
    assert cash.model.index(3, 6).data(RAW_ROLE) == -150000 + 40000
    cash.accrual.setChecked(True)
    assert cash.model.total() == 4  # the invoice replaces the payment
    host.show()
    host.setCurrentWidget(margins)  # shown: adds up (off the GUI thread)
    qtbot.waitUntil(lambda: margins.model.rowCount() == 2)
    project_row = 1
    explain = margins.explain_dialog(project_row, "labour")
    qtbot.addWidget(explain)
    assert explain.model.rowCount() == 4
    assert "cost rate valid on the work date" in explain.formula.text()


def test_table_models_pass_the_model_tester(qtmodeltester, studio, session_factory):
    ids = seed(session_factory)
    inv = studio.invoices.create_from_time(
        ids.project_id,
        issued_on=date(2026, 4, 1),
        due_on=date(2026, 5, 1),
        time_entry_ids=[ids.t_bo],
    )
    studio.invoices.send(inv.id)
    reports = studio.invoice_reports
    unbilled = RowsModel(_unbilled_cols(), checkable=True)
    unbilled.set_rows(studio.invoices.unbilled(ids.project_id))
    qtmodeltester.check(unbilled, force_py=True)
    aging = RowsModel(_aging_cols())
    aging.set_rows(reports.aging(date(2026, 6, 30)))
    assert aging.index(0, aging.column_of("d31_60")).data() == "¥337.50"
    qtmodeltester.check(aging, force_py=True)
    margins = RowsModel(_margin_cols())
    margins.set_rows([reports.studio_margin(), *reports.project_margins()])
    qtmodeltester.check(margins, force_py=True)
    cash = CashBookModel(reports)
    cash.load("CNY", date(2026, 1, 1), date(2026, 12, 31), Basis.ACCRUAL)
    qtmodeltester.check(cash, force_py=True)
