"""The Reports page: choose a report, its subject, language and paper; preview, print, save."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.reports.font_setting import FontSetting
from ui.reports.jobs import CLIENT_KINDS, KINDS, ReportRequest, ReportResult, make_report
from ui.reports.preview import PreviewArea
from ui.shell.changes import DataChanges
from ui.shell.messages import message_of
from ui.shell.tasks import TaskHandle, TaskRunner


class ReportsPage(QWidget):
    """Report, subject, language, paper -> a preview; then print or save the same PDF."""

    report_ready = Signal()

    def __init__(
        self,
        services: Any,
        changes: DataChanges,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._rd = services.report_data
        self._changes = changes
        self._tasks = tasks or TaskRunner()
        self._handle: TaskHandle | None = None
        self.result: ReportResult | None = None

        title = QLabel(self.tr("Reports"), self)
        title.setObjectName("pageTitle")
        subtitle = QLabel(
            self.tr("PDF reports in English, Chinese or both, ready to hand to a client."), self
        )
        subtitle.setObjectName("pageSubtitle")
        subtitle.setWordWrap(True)

        self.kind = QComboBox(self)
        for key, label in KINDS:
            self.kind.addItem(QCoreApplication.translate("ReportKinds", label), key)
        self.client = QComboBox(self)
        self.project = QComboBox(self)
        self.invoice = QComboBox(self)
        for combo in (self.client, self.project, self.invoice):
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), 1, 1), self)
        self.end = QDateEdit(today, self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.period = QComboBox(self)
        self.period.addItem(self.tr("Month"), "month")
        self.period.addItem(self.tr("Quarter"), "quarter")
        self.period.addItem(self.tr("Year"), "year")
        self.period.setCurrentIndex(1)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year())
        self.index = QSpinBox(self)
        self.index.setRange(1, 12)
        self.index.setValue(today.month())
        self.lang = QComboBox(self)
        self.lang.addItem(self.tr("English"), "en")
        self.lang.addItem(self.tr("Chinese (Simplified)"), "zh")
        self.lang.addItem(self.tr("Both (bilingual)"), "both")
        self.paper = QComboBox(self)
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Report"), self.kind)
        self._client_label = QLabel(self.tr("Client"))
        form.addRow(self._client_label, self.client)
        self._project_label = QLabel(self.tr("Project"))
        form.addRow(self._project_label, self.project)
        self._invoice_label = QLabel(self.tr("Invoice"))
        form.addRow(self._invoice_label, self.invoice)
        self._start_label = QLabel(self.tr("From"))
        form.addRow(self._start_label, self.start)
        self._end_label = QLabel(self.tr("To"))
        form.addRow(self._end_label, self.end)
        self._period_label = QLabel(self.tr("Period"))
        form.addRow(self._period_label, self.period)
        self._year_label = QLabel(self.tr("Year"))
        form.addRow(self._year_label, self.year)
        self._index_label = QLabel(self.tr("Month"))
        form.addRow(self._index_label, self.index)
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Paper"), self.paper)

        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setDefault(True)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 4)
        self.progress.setTextVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("pageSubtitle")
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        self.font_setting = FontSetting(self._rd, self)

        side = QWidget(self)
        side.setFixedWidth(340)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addLayout(form)
        side_layout.addWidget(self.error)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.progress)
        side_layout.addWidget(self.cancel_button)
        side_layout.addWidget(self.status)
        side_layout.addStretch(1)
        side_layout.addWidget(self.font_setting)

        self.preview = PreviewArea(self)
        self.preview.show_message(
            self.tr("Choose a report and press Preview. Printing and saving use the same PDF.")
        )
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addWidget(side)
        body.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addLayout(body, 1)

        self._load_clients()
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.client.currentIndexChanged.connect(self._on_client_changed)
        self.period.currentIndexChanged.connect(self._on_period_changed)
        self.lang.activated.connect(self._on_language_chosen)
        self.preview_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.font_setting.font_changed.connect(self._invalidate)
        changes.changed.connect(self._on_data_changed)
        self._on_kind_changed()
        self._on_client_changed()
        self._set_busy(False)

    # -- subjects ----------------------------------------------------------------------
    def _load_clients(self) -> None:
        current = self.client.currentData()
        self.client.blockSignals(True)
        self.client.clear()
        for subject in self._rd.clients():
            self.client.addItem(subject.label, subject.id)
            self.client.setItemData(
                self.client.count() - 1, subject.language, Qt.ItemDataRole.UserRole + 1
            )
        if current is not None:
            i = self.client.findData(current)
            if i >= 0:
                self.client.setCurrentIndex(i)
        self.client.blockSignals(False)

    def _load_subjects(self) -> None:
        client_id = self.client.currentData()
        for combo, rows in (
            (self.project, self._rd.projects(client_id) if client_id is not None else []),
            (self.invoice, self._rd.invoices(client_id) if client_id is not None else []),
        ):
            current = combo.currentData()
            combo.clear()
            for subject in rows:
                combo.addItem(subject.label, subject.id)
            i = combo.findData(current)
            if i >= 0:
                combo.setCurrentIndex(i)

    def _on_client_changed(self) -> None:
        self._load_subjects()
        lang = self.client.currentData(Qt.ItemDataRole.UserRole + 1)
        if lang is not None and self.kind.currentData() in CLIENT_KINDS:
            self.lang.setCurrentIndex(max(0, self.lang.findData(str(lang))))
        self._invalidate()

    def _on_language_chosen(self) -> None:
        """A language chosen for a client's report is remembered on the client."""
        client_id = self.client.currentData()
        lang = self.lang.currentData()
        if client_id is None or self.kind.currentData() not in CLIENT_KINDS:
            return
        if self.client.currentData(Qt.ItemDataRole.UserRole + 1) == lang:
            return
        try:
            self._rd.set_client_language(client_id, lang)
        except Exception as exc:  # storage trouble: say so beside the form, keep going
            self._show_error(message_of(exc))
            return
        self.client.setItemData(self.client.currentIndex(), lang, Qt.ItemDataRole.UserRole + 1)
        self._changes.changed.emit(frozenset({"clients"}))

    def _on_kind_changed(self) -> None:
        kind = self.kind.currentData()
        rows = {
            (self._client_label, self.client): kind in CLIENT_KINDS,
            (self._project_label, self.project): kind in ("project", "acceptance"),
            (self._invoice_label, self.invoice): kind == "invoice",
            (self._start_label, self.start): kind == "client",
            (self._end_label, self.end): kind == "client",
            (self._period_label, self.period): kind == "budget",
            (self._year_label, self.year): kind in ("budget", "monthly"),
            (self._index_label, self.index): kind in ("budget", "monthly"),
        }
        for (label, widget), visible in rows.items():
            label.setVisible(visible)
            widget.setVisible(visible)
        self._on_period_changed()
        if kind in CLIENT_KINDS:
            self._on_client_changed()
        self._invalidate()

    def _on_period_changed(self) -> None:
        period = self.period.currentData() if self.kind.currentData() == "budget" else "month"
        self.index.setEnabled(period != "year")
        if period == "quarter":
            self._index_label.setText(self.tr("Quarter"))
            self.index.setRange(1, 4)
        else:
            self._index_label.setText(self.tr("Month"))
            self.index.setRange(1, 12)
        self._invalidate()

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {"clients", "projects", "invoices"}:
            self._load_clients()
            self._load_subjects()

    # -- generating --------------------------------------------------------------------
    def request(self) -> ReportRequest:
        kind = self.kind.currentData()
        period = self.period.currentData()
        return ReportRequest(
            kind=kind,
            lang=self.lang.currentData(),
            paper=self.paper.currentData(),
            client_id=self.client.currentData(),
            project_id=self.project.currentData(),
            invoice_id=self.invoice.currentData(),
            start=_to_date(self.start.date()),
            end=_to_date(self.end.date()),
            period=period,
            year=self.year.value(),
            index=self.index.value(),
        )

    def generate(self) -> None:
        req = self.request()
        missing = {
            "client": req.kind == "client" and req.client_id is None,
            "project": req.kind in ("project", "acceptance") and req.project_id is None,
            "invoice": req.kind == "invoice" and req.invoice_id is None,
        }
        if missing["client"]:
            self._show_error(self.tr("Choose a client first."))
            return
        if missing["project"]:
            self._show_error(self.tr("Choose a project first."))
            return
        if missing["invoice"]:
            self._show_error(self.tr("Choose an invoice first."))
            return
        if req.kind == "client" and req.end and req.start and req.end < req.start:
            self._show_error(self.tr("The period ends before it starts."))
            return
        self.error.hide()
        font = self.font_setting.path()
        services = self._services
        self._set_busy(True)
        self.status.setText(self.tr("Building the report…"))
        handle = self._tasks.run(lambda progress: make_report(services, req, font, progress))
        self._handle = handle
        handle.progressed.connect(self._on_progress)
        handle.finished.connect(self._on_finished)
        handle.failed.connect(self._on_failed)
        handle.cancelled.connect(self._on_cancelled)

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_finished(self, result: ReportResult) -> None:
        self._set_busy(False)
        self.result = result
        self.preview.show_pages(result.pages)
        n = len(result.pages)
        self.status.setText(self.tr("%n page(s), %1 KB", "", n).replace(
            "%1", f"{len(result.pdf) // 1024:,}"))  # fmt: skip
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.report_ready.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.clear()
        self._show_error(message_of(exc))

    def _on_cancelled(self) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("Cancelled."))

    def _on_cancel_clicked(self) -> None:
        if self._handle is not None:
            self._handle.cancel()

    def _set_busy(self, busy: bool) -> None:
        self.preview_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setValue(0)
        has = self.result is not None and not busy
        self.print_button.setEnabled(has)
        self.save_button.setEnabled(has)

    def _invalidate(self) -> None:
        """The choice changed: the old preview no longer matches, so printing waits."""
        if self.result is not None:
            self.result = None
            self.preview.show_message(self.tr("Press Preview to build the report again."))
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.error.hide()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- printing and saving -----------------------------------------------------------
    def save_to(self, path: Path) -> None:
        if self.result is None:
            return
        try:
            path.write_bytes(self.result.pdf)
        except OSError as exc:
            self._show_error(self.tr("Could not save the PDF: %1").replace("%1", str(exc)))
            return
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))

    def print_to(self, printer: Any) -> int:
        from ui.reports.preview import print_pdf

        if self.result is None:
            return 0
        return print_pdf(self.result.pdf, printer)

    def _on_save_clicked(self) -> None:
        if self.result is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report as PDF"), self._suggested_name(), self.tr("PDF (*.pdf)")
        )
        if name:
            self.save_to(Path(name))

    def _on_print_clicked(self) -> None:
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.result is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = QPageSize.PageSizeId.Letter if self.paper.currentData() == "letter" else (
            QPageSize.PageSizeId.A4
        )  # fmt: skip
        printer.setPageSize(QPageSize(size))
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            try:
                pages = self.print_to(printer)
            except Exception as exc:
                self._show_error(message_of(exc))
                return
            self.status.setText(self.tr("Sent %n page(s) to the printer.", "", pages))

    def _suggested_name(self) -> str:
        kind = self.kind.currentData()
        parts = [kind, self.lang.currentData(), date.today().isoformat()]
        return "-".join(parts) + ".pdf"


def _to_date(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())
