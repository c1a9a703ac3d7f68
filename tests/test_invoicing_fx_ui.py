"""pytest-qt flow: a USD invoice entered with its rate to CNY, paid in part, and its margin."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QTabWidget
from sqlalchemy import text
from test_invoicing_fx import make_world
from test_invoicing_ui import _ok

from ui.budget.invoices.dialogs import PaymentDialog
from ui.budget.invoices.editor import InvoiceEditorDialog
from ui.budget.invoices.tabs import build_invoice_tabs
from ui.shell.changes import DataChanges
from ui.shell.tasks import InlineTaskRunner


def _row_visible(dialog, key: str) -> bool:
    return dialog.form.isRowVisible(dialog.fields[key])


def _enter_usd_invoice(qtbot, studio, world, rate: str):
    dialog = InvoiceEditorDialog(studio.invoices)
    qtbot.addWidget(dialog)
    assert not _row_visible(dialog, "fx_rate")  # CNY: no rate to ask for
    dialog.client.setCurrentIndex(dialog.client.findData(world.client_id))
    dialog.project.setCurrentIndex(dialog.project.findData(world.project_id))
    assert dialog.currency.currentText() == "USD"  # the project bills in USD
    assert _row_visible(dialog, "fx_rate")
    assert dialog.form.labelForField(dialog.fields["fx_rate"]).text() == "Rate to CNY"
    dialog.issued.setDate(QDate(2026, 3, 1))
    dialog.due.setDate(QDate(2026, 3, 31))
    dialog.lines.setData(dialog.lines.index(0, 0), "Website")
    dialog.lines.setData(dialog.lines.index(0, 2), "1000.00")
    dialog.fx_rate.setText(rate)
    _ok(dialog)
    return dialog


def test_usd_invoice_with_its_rate_gives_a_margin(qtbot, studio, session_factory):
    world = make_world(session_factory)
    dialog = _enter_usd_invoice(qtbot, studio, world, "0")
    assert dialog.result_value is None
    assert "more than zero" in dialog.field_error("fx_rate")
    dialog.fx_rate.setText("7.1")
    _ok(dialog)
    inv = dialog.result_value
    assert inv is not None and inv.fx_rate == Decimal("7.1") and inv.total_minor == 100000
    inv = studio.invoices.send(inv.id)

    pay = PaymentDialog(studio.invoices, inv)
    qtbot.addWidget(pay)
    assert pay.fx_rate.text() == "7.1"  # prefilled: the last rate used for USD
    pay.received.setDate(QDate(2026, 3, 20))
    pay.amount.setText("400.00")
    pay.fx_rate.setText("")
    _ok(pay)
    assert pay.result_value is None and pay.field_error("fx_rate")
    pay.fx_rate.setText("7.2")
    _ok(pay)
    assert pay.result_value is not None
    assert [p.fx_rate for p in pay.result_value.payments] == [Decimal("7.2")]

    # The next USD invoice starts from the newest rate in the database.
    again = InvoiceEditorDialog(studio.invoices)
    qtbot.addWidget(again)
    again.currency.setCurrentText("USD")
    assert again.fx_rate.text() == "7.2"

    host = QTabWidget()
    qtbot.addWidget(host)
    tabs = build_invoice_tabs(studio, DataChanges(), InlineTaskRunner())
    margins = tabs[3][1]
    margins.ensure_loaded()
    qtbot.waitUntil(lambda: margins.model.rowCount() == 2)
    project = margins.model.index(1, 0)
    cells = [
        margins.model.index(1, c).data() for c in range(margins.model.columnCount(project.parent()))
    ]
    # project, invoiced (USD), earned (USD), invoiced in CNY, labour, expenses, cost, margins
    assert cells[1:9] == [
        "$1,000.00",
        "$400.00",
        "¥7,100.00",
        "¥2,000.00",
        "¥500.00",
        "¥2,500.00",
        "64.8%",
        "12.0%",
    ]
    assert cells[9] == ""


def test_margin_without_a_rate_says_why(qtbot, studio, session_factory):
    world = make_world(session_factory)
    dialog = _enter_usd_invoice(qtbot, studio, world, "7.1")
    studio.invoices.send(dialog.result_value.id)
    with session_factory.begin() as s:  # an invoice from before rates were kept
        s.execute(text("UPDATE invoices SET fx_rate = NULL"))
    tabs = build_invoice_tabs(studio, DataChanges(), InlineTaskRunner())
    margins = tabs[3][1]
    qtbot.addWidget(margins)
    margins.ensure_loaded()
    qtbot.waitUntil(lambda: margins.model.rowCount() == 2)
    row = [margins.model.index(1, c).data() for c in range(10)]
    assert row[3] == "—" and row[7] == "—"
    assert row[9] == "No rate to CNY on 1 invoice(s) in USD: enter it on the invoice"


def test_the_ui_knows_every_note_the_service_appends_to_a_formula():
    from models.services.invoicing_reports import CURRENCY_NOTE, FX_NOTE, STUDIO_NOTE
    from ui.budget.invoices.labels import NOTES

    assert NOTES == (STUDIO_NOTE, FX_NOTE, CURRENCY_NOTE)


def test_an_old_invoice_without_a_rate_gets_one_from_the_invoices_tab(
    qtbot, studio, session_factory
):
    from ui.budget.invoices.dialogs import RateDialog
    from ui.budget.invoices.invoices_tab import InvoicesTab

    world = make_world(session_factory)
    dialog = _enter_usd_invoice(qtbot, studio, world, "7.1")
    inv_id = dialog.result_value.id
    studio.invoices.send(inv_id)
    with session_factory.begin() as s:  # sent before migration 0003: no rate
        s.execute(text("UPDATE invoices SET fx_rate = NULL"))
    tab = InvoicesTab(studio, DataChanges())
    qtbot.addWidget(tab)
    tab.select_invoice(inv_id)
    assert not tab.rate_button.isHidden()
    assert "Rate to CNY: not entered yet" in tab.summary.text()

    rate = RateDialog(studio.invoices, studio.invoices.get(inv_id))
    qtbot.addWidget(rate)
    rate.fx_rate.setText("-1")
    _ok(rate)
    assert rate.result_value is None and "more than zero" in rate.field_error("fx_rate")
    rate.fx_rate.setText("7.1")
    _ok(rate)
    tab._saved(rate.result_value)
    assert tab.rate_button.isHidden()
    assert "Rate to CNY: 7.1" in tab.summary.text()


def test_sending_a_foreign_draft_without_rate_asks_for_it_beside_the_field(
    qtbot, studio, session_factory
):
    from models.errors import ValidationError
    from ui.budget.invoices.invoices_tab import InvoicesTab

    world = make_world(session_factory)
    dialog = _enter_usd_invoice(qtbot, studio, world, "")
    inv = dialog.result_value
    assert inv is not None and inv.fx_rate is None  # a draft may wait for its rate
    tab = InvoicesTab(studio, DataChanges())
    qtbot.addWidget(tab)
    tab.select_invoice(inv.id)
    try:
        studio.invoices.send(inv.id)
    except ValidationError as exc:
        editor = tab.rate_editor(exc)
    qtbot.addWidget(editor)
    assert editor.field_error("fx_rate") == "Enter the exchange rate to the base currency."
    editor.fx_rate.setText("7.1")
    _ok(editor)
    assert editor.result_value.fx_rate == Decimal("7.1")
    assert studio.invoices.send(inv.id).state.value == "sent"
