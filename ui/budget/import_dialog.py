"""Import time or expenses from a CSV: choose the file, read the preview, then import it whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError
from models.services import Services
from models.services.finance_io import ImportPreview, parse_expenses, parse_time
from ui.shell.service_text import translate_service_message
from ui.shell.tasks import InlineTaskRunner, TaskRunner

# What can be imported: the time formats name the tool that exported the file.
KINDS = ("toggl", "harvest", "kimai", "generic", "expenses")


class ImportDialog(QDialog):
    """Nothing is written until the preview has been shown and Import is pressed."""

    imported = Signal(str)  # the kind of data that changed

    def __init__(
        self, services: Services, tasks: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks or InlineTaskRunner()
        self._rows: list[Any] | None = None
        self.setWindowTitle(self.tr("Import time or expenses"))
        self.setMinimumWidth(560)
        self.kind = QComboBox(self)
        labels = {
            "toggl": self.tr("Time: Toggl Track detailed report"),
            "harvest": self.tr("Time: Harvest detailed time report"),
            "kimai": self.tr("Time: Kimai timesheet export"),
            "generic": self.tr("Time: generic CSV"),
            "expenses": self.tr("Expenses: generic CSV"),
        }
        for key in KINDS:
            self.kind.addItem(labels[key], key)
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._on_browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("File type"), self.kind)
        form.addRow(self.tr("File"), row)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setObjectName("importPreview")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(self)
        self.preview_btn = self.buttons.addButton(
            self.tr("Preview"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_btn = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_btn.setEnabled(False)
        self.preview_btn.clicked.connect(self.show_preview)
        self.import_btn.clicked.connect(self._on_import_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._reset())
        self.path.textChanged.connect(lambda _t: self._reset())

    def choose(self, kind: str, path: str = "") -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        if path:
            self.path.setText(path)

    def _reset(self) -> None:
        self._rows = None
        self.import_btn.setEnabled(False)
        self.preview.clear()
        self.error.clear()

    def _on_browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a CSV file"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if path:
            self.path.setText(path)

    def show_preview(self) -> None:
        """Parse and check the whole file; show what would be created. Writes nothing."""
        self._reset()
        kind = str(self.kind.currentData())
        try:
            data = Path(self.path.text().strip()).read_bytes()
        except OSError:
            self.error.setText(self.tr("The file could not be read."))
            return
        try:
            if kind == "expenses":
                base = self._services.studio.get().base_currency
                rows: list[Any] = parse_expenses(data, base)
                preview = self._services.finance_io.preview_expenses(rows)
            else:
                rows = parse_time(data, kind)
                preview = self._services.finance_io.preview_time(rows)
        except DomainError as exc:
            self.error.setText(
                translate_service_message(exc.message)
                + " "
                + self.tr("Nothing will be imported until the file is fixed.")
            )
            return
        self._rows = rows
        self.preview.setText(self._describe(kind, preview))
        self.import_btn.setEnabled(True)

    def _describe(self, kind: str, p: ImportPreview) -> str:
        if kind == "expenses":
            lines = [self.tr("%1 expenses will be imported.").replace("%1", str(p.rows))]
            if p.unknown_categories:
                lines.append(
                    self.tr("New categories: %1").replace("%1", ", ".join(p.unknown_categories))
                )
        else:
            hours = f"{p.minutes / 60:,.2f}".rstrip("0").rstrip(".")
            lines = [
                self.tr("%1 time entries (%2 hours) will be imported.")
                .replace("%1", str(p.rows))
                .replace("%2", hours)
            ]
            if p.new_people:
                lines.append(self.tr("New people: %1").replace("%1", ", ".join(p.new_people)))
            if p.new_clients:
                lines.append(self.tr("New clients: %1").replace("%1", ", ".join(p.new_clients)))
        if p.new_projects:
            lines.append(self.tr("New projects: %1").replace("%1", ", ".join(p.new_projects)))
        return "\n".join(lines)

    def _on_import_clicked(self) -> None:
        if self._rows is None:
            return
        kind = str(self.kind.currentData())
        rows = self._rows
        io = self._services.finance_io
        self.import_btn.setEnabled(False)

        def work(_progress: Any) -> int:
            return io.import_expenses(rows) if kind == "expenses" else io.import_time(rows)

        handle = self._tasks.run(work, writes=True)
        handle.finished.connect(lambda _n: self._on_done(kind))
        handle.failed.connect(self._on_failed)

    def _on_done(self, kind: str) -> None:
        self.imported.emit("expenses" if kind == "expenses" else "time_entries")
        self.accept()

    def _on_failed(self, exc: object) -> None:
        message = getattr(exc, "message", str(exc))
        self.error.setText(translate_service_message(message))
        self.import_btn.setEnabled(True)
