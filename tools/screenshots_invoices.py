"""Screenshots of the invoices, receivables, cash book and margins tabs and their dialogs, EN + ZH.

Usage: xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshots_invoices.py
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import shots

shots.bootstrap()

from PySide6.QtWidgets import QTabWidget  # noqa: E402

# Eight passes of the event loop before each grab, as this script always did.
save = partial(shots.save, rounds=8)


def _find_invoice(services, status: str) -> int | None:  # type: ignore[no-untyped-def]
    from models.services.browse import ListFilter, ListKind

    cols = [c.key for c in services.browse.columns(ListKind.INVOICES)]
    at = cols.index("status")
    for row in services.browse.page(ListKind.INVOICES, ListFilter(), 0, 500):
        if row.values[at] == status:
            return row.id
    return None


def _find_foreign_open(services) -> int | None:  # type: ignore[no-untyped-def]
    """A sent USD invoice with something still owed (for the payment dialog's rate field)."""
    for status in ("partially_paid", "overdue", "sent"):
        from models.services.browse import ListFilter, ListKind

        cols = [c.key for c in services.browse.columns(ListKind.INVOICES)]
        at, cur = cols.index("status"), cols.index("currency") if "currency" in cols else -1
        for row in services.browse.page(ListKind.INVOICES, ListFilter(), 0, 500):
            if row.values[at] == status and (cur < 0 or row.values[cur] == "USD"):
                inv = services.invoices.get(row.id)
                if inv.currency == "USD":
                    return row.id
    return None


def _project_with_unbilled(services) -> int | None:  # type: ignore[no-untyped-def]
    for p in services.invoices.projects():
        if any(u.amount_minor for u in services.invoices.unbilled(p.id)):
            return p.id
    return None


def shoot(lang: str, out: Path, tmp: Path) -> None:
    from ui.budget.invoices.dialogs import CreditNoteDialog, PaymentDialog, VoidDialog
    from ui.budget.invoices.editor import InvoiceEditorDialog
    from ui.budget.invoices.tabs import build_invoice_tabs
    from ui.shell.changes import DataChanges

    services = shots.demo_services(tmp / f"invoices-{lang}.sqlite3", lang)
    folder = out / lang

    host = QTabWidget()
    host.setDocumentMode(True)
    host.resize(1440, 880)
    tabs = build_invoice_tabs(services, DataChanges(), None)
    for title, widget in tabs:
        host.addTab(widget, title)
    host.show()
    invoices_tab, _receivables, cash, margins = (w for _t, w in tabs)

    partly = _find_invoice(services, "partially_paid") or _find_invoice(services, "overdue")
    if partly is not None:
        invoices_tab.select_invoice(partly)
    save(host, folder / "invoices-list.png")
    for n, name in ((1, "receivables"), (2, "cash-book"), (3, "margins")):
        host.setCurrentIndex(n)
        save(host, folder / f"invoices-{name}.png")
    cash.accrual.setChecked(True)
    host.setCurrentIndex(2)
    save(host, folder / "invoices-cash-book-accrual.png")

    editor = InvoiceEditorDialog(services.invoices, parent=host)
    editor.lines.setData(editor.lines.index(0, 0), "品牌手册设计 Brand book design")
    editor.lines.setData(editor.lines.index(0, 1), "2.5")
    editor.lines.setData(editor.lines.index(0, 2), "12000")
    editor.lines.setData(editor.lines.index(0, 3), "6")
    editor.lines.add_line("6")
    editor.lines.setData(editor.lines.index(1, 0), "Printing proofs")
    editor.lines.setData(editor.lines.index(1, 2), "860.50")
    editor.show()
    save(editor, folder / "invoices-editor.png")
    editor.due.setDate(editor.issued.date().addDays(-3))
    editor._on_save_clicked()
    save(editor, folder / "invoices-editor-error.png")
    editor.reject()

    # A foreign-currency invoice: the rate to the base currency appears, prefilled.
    usd = InvoiceEditorDialog(services.invoices, parent=host)
    usd.currency.setCurrentText("USD")
    usd.lines.setData(usd.lines.index(0, 0), "Website for export 出口网站")
    usd.lines.setData(usd.lines.index(0, 2), "4800")
    usd.show()
    save(usd, folder / "invoices-editor-usd.png")
    usd.fx_rate.setText("0")
    usd._on_save_clicked()
    save(usd, folder / "invoices-editor-usd-error.png")
    usd.reject()

    build_dialog = invoices_tab.open_build_dialog()
    pid = _project_with_unbilled(services)
    if pid is not None:
        build_dialog.select_project(pid)
    build_dialog.show()
    save(build_dialog, folder / "invoices-build-from-time.png")
    build_dialog.reject()

    if partly is not None:
        inv = services.invoices.get(partly)
        pay = PaymentDialog(services.invoices, inv, host)
        pay.show()
        save(pay, folder / "invoices-payment.png")
        pay.amount.setText(str(inv.outstanding_minor))  # far too much: shown beside the field
        pay._on_save_clicked()
        save(pay, folder / "invoices-payment-error.png")
        pay.reject()
        credit = CreditNoteDialog(services.invoices, inv, host)
        credit.reason.setText("客户协商折让")
        credit.show()
        save(credit, folder / "invoices-credit-note.png")
        credit.reject()
    draft = _find_invoice(services, "draft") or partly
    if draft is not None:
        void = VoidDialog(services.invoices, services.invoices.get(draft), host)
        void.show()
        save(void, folder / "invoices-void.png")
        void.reject()

    foreign = _find_foreign_open(services)
    if foreign is not None:
        pay = PaymentDialog(services.invoices, services.invoices.get(foreign), host)
        pay.show()
        save(pay, folder / "invoices-payment-usd.png")
        pay.reject()

    host.setCurrentIndex(3)
    shots.pump(5)
    rows = [margins.model.row(n) for n in range(margins.model.rowCount())]
    usd_row = next(
        (n for n, r in enumerate(rows) if r.currency == "USD" and r.invoiced_minor), None
    )
    if usd_row is not None:
        dialog = margins.explain_dialog(usd_row, "margin_invoiced")
        dialog.show()
        save(dialog, folder / "invoices-explain-margin-usd.png")
        dialog.reject()
    row = next(
        (n for n, r in enumerate(rows) if r.project_id and r.invoiced_minor and r.expenses_minor),
        0,
    )
    for key in ("labour", "margin_earned"):
        dialog = margins.explain_dialog(row, key)
        dialog.show()
        save(dialog, folder / f"invoices-explain-{key.replace('_', '-')}.png")
        dialog.reject()
    host.close()


def main() -> None:
    # The theme keeps its default (English) font in zh_CN too, as this script always did.
    shots.run_per_language(shoot, __doc__, app_name="Studio Desktop", theme_language="en")


if __name__ == "__main__":
    main()
