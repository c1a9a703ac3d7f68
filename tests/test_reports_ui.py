"""The Reports page: choose, preview off the GUI thread, remember the language, save, print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from models.entities import Client, Invoice, Project
from models.enums import InvoiceKind, InvoiceState, ReportLanguage
from ui.reports.page import ReportsPage
from ui.shell.changes import DataChanges
from ui.shell.tasks import InlineTaskRunner


@pytest.fixture
def page(qtbot, studio, session_factory):
    with session_factory.begin() as s:
        c = Client(name="流明茶馆", name_key="流明茶馆", report_language=ReportLanguage.CHINESE)
        s.add(c)
        s.flush()
        p = Project(
            code="P-7",
            name="品牌升级",
            client_id=c.id,
            currency="CNY",
            contract_value_minor=1_234_50,
        )
        s.add(p)
        s.flush()
        s.add(Invoice(number="INV-9", client_id=c.id, project_id=p.id, kind=InvoiceKind.FINAL,
                      state=InvoiceState.SENT, issued_on=date(2026, 3, 1),
                      due_on=date(2026, 3, 31), currency="CNY", subtotal_minor=123_450,
                      total_minor=123_450))  # fmt: skip
    changes = DataChanges()
    widget = ReportsPage(studio, changes, tasks=InlineTaskRunner())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    return widget, changes


def choose(combo, key) -> None:
    combo.setCurrentIndex(combo.findData(key))


def generate(qtbot, page: ReportsPage) -> None:
    with qtbot.waitSignal(page.report_ready, timeout=15000):
        page.generate()


def test_invoice_preview_in_the_clients_language_then_save(qtbot, page, tmp_path):
    widget, _changes = page
    choose(widget.kind, "invoice")
    assert widget.lang.currentData() == "zh"  # the client's remembered language
    assert widget.invoice.isVisibleTo(widget) and not widget.start.isVisibleTo(widget)
    assert widget.invoice.currentText().startswith("INV-9")
    assert not widget.save_button.isEnabled()
    generate(qtbot, widget)
    assert len(widget.preview.pages) == 1
    assert widget.result is not None and widget.result.pdf.startswith(b"%PDF")
    out = tmp_path / "inv.pdf"
    widget.save_to(out)
    from pypdf import PdfReader

    text = PdfReader(str(out)).pages[0].extract_text()
    assert "发票" in text and "壹仟贰佰叁拾肆元伍角整" in text


def test_choosing_a_language_is_remembered_on_the_client(qtbot, page, studio):
    widget, changes = page
    choose(widget.kind, "client")
    with qtbot.waitSignal(changes.changed) as signal:
        widget.lang.setCurrentIndex(widget.lang.findData("both"))
        widget.lang.activated.emit(widget.lang.currentIndex())
    assert signal.args == [frozenset({"clients"})]
    client_id = widget.client.currentData()
    assert studio.report_data.client_language(client_id) == ReportLanguage.BOTH
    generate(qtbot, widget)
    assert widget.print_button.isEnabled()
    # changing the choice invalidates the preview until it is built again
    choose(widget.paper, "letter")
    widget.paper.currentIndexChanged.emit(widget.paper.currentIndex())
    widget.kind.setCurrentIndex(widget.kind.findData("risks"))
    assert widget.result is None and not widget.print_button.isEnabled()


def test_missing_subject_is_said_beside_the_form(qtbot, studio):
    widget = ReportsPage(studio, DataChanges(), tasks=InlineTaskRunner())
    qtbot.addWidget(widget)
    choose(widget.kind, "project")
    widget.generate()
    assert widget.error.isVisibleTo(widget)
    assert "project" in widget.error.text().lower()


def test_print_sends_every_page_to_a_printer(qtbot, page, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    widget, _changes = page
    choose(widget.kind, "monthly")
    generate(qtbot, widget)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    sent = widget.print_to(printer)
    assert sent == len(widget.preview.pages) >= 1
    from pypdf import PdfReader

    assert len(PdfReader(str(out)).pages) == sent


def test_font_setting_refuses_a_bad_font_beside_the_field(qtbot, studio, tmp_path):
    widget = ReportsPage(studio, DataChanges(), tasks=InlineTaskRunner())
    qtbot.addWidget(widget)
    bad = tmp_path / "bad.ttf"
    bad.write_bytes(b"nope")
    assert widget.font_setting.set_path(str(bad)) is False
    assert widget.font_setting.error.isVisibleTo(widget)
    assert studio.report_data.font_path() == ""
    good = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if Path(good).exists():
        assert widget.font_setting.set_path(good) is True
        assert studio.report_data.font_path() == good
        assert "WenQuanYi" in widget.font_setting.current.text()
