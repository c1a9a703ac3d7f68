"""ContactImportDialog: pick a file, see what will be created or matched, then import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError, ValidationError
from models.services.contacts_import import ContactImportService, ImportPreview, ImportResult
from ui.clients.labels import import_action
from ui.clients.rows_model import RowsModel, make_table
from ui.shell.field_error import FieldWithError
from ui.shell.messages import show_error
from ui.shell.service_text import translate_service_message
from ui.shell.tasks import TaskRunner


def translate_line_message(message: str) -> str:
    """'Line 7: <sentence>' with the sentence translated when it is a known one."""
    if message.startswith("Line ") and ": " in message:
        head, rest = message.split(": ", 1)
        number = head[5:]
        from PySide6.QtCore import QCoreApplication

        return (
            QCoreApplication.translate("ContactImportDialog", "Line %1: %2")
            .replace("%1", number)
            .replace("%2", translate_service_message(rest))
        )
    return translate_service_message(message)


class ContactImportDialog(QDialog):
    imported = Signal(object)  # ImportResult

    def __init__(
        self,
        imports: ContactImportService,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._imports = imports
        # A file of thousands of contacts takes seconds to parse and write: with a runner the
        # preview and the import run off the GUI thread; without one (tools) they run at once.
        self._tasks = tasks
        self._generation = 0  # only the latest task's answer is shown
        self._on_done: Callable[[Any], None] | None = None
        self._busy = False
        self._idle_summary = ""
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(860, 520)
        intro = QLabel(
            self.tr(
                "Google Contacts CSV, Outlook CSV, vCard (.vcf) or a CSV with columns such as "
                "client, name, role, phone, email, wechat. Organisations become clients, people "
                "become contacts. Nothing is written until you press Import."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_field = FieldWithError(self.path_edit, self)
        self.browse_button = QPushButton(self.tr("Choose file…"), self)
        self.browse_button.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path_field, 1)
        row.addWidget(self.browse_button)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # no count to report: an indeterminate bar
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.hide()
        self.model = RowsModel(
            ("line", "client", "client_action", "contact", "contact_action", "phone", "email"),
            self,
            numeric=("line",),
        )
        self.view = make_table(self.model, self, stretch=1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_import_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self._path: Path | None = None
        self.import_result: ImportResult | None = None

    def error_text(self) -> str:
        return self.path_field.message()

    def is_busy(self) -> bool:
        return self._busy

    def _set_busy(self, text: str) -> None:
        """Busy with ``text`` shown, or idle again when ``text`` is empty."""
        self._busy = bool(text)
        self.busy_bar.setVisible(self._busy)
        self.browse_button.setEnabled(not self._busy)
        # An import cannot be taken back half-way: Cancel waits until it has finished.
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setEnabled(not self._busy)
        if self._busy:
            self._idle_summary = self.summary_label.text()
            self.import_button.setEnabled(False)
            self.summary_label.setText(text)

    def _start(self, work: Callable[[], Any], done: Callable[[Any], None], busy: str,
               *, writes: bool = False) -> None:  # fmt: skip
        """Run ``work`` now (no runner) or on the runner; ``done`` gets its result."""
        if self._tasks is None:
            try:
                result = work()
            except DomainError as exc:
                self._show_failure(exc)
                return
            done(result)
            return
        self._generation += 1
        generation = self._generation

        def job(_progress: Any) -> tuple[int, Any, DomainError | None]:
            # Expected failures travel with the result so a stale one can be told apart.
            try:
                return generation, work(), None
            except DomainError as exc:
                return generation, None, exc

        self._on_done = done
        self._set_busy(busy)
        handle = self._tasks.run(job, writes=writes)
        # Bound methods of this QObject: Qt queues the call onto the GUI thread.
        handle.finished.connect(self._on_task_finished)
        handle.failed.connect(self._on_task_crashed)

    def _on_task_finished(self, payload: tuple[int, Any, DomainError | None]) -> None:
        generation, result, exc = payload
        if generation != self._generation:
            return  # the user chose another file meanwhile
        self._set_busy("")
        if exc is not None:
            importing = self._on_done == self._on_imported
            # A refused import leaves the preview as it was (nothing was written).
            self.summary_label.setText(self._idle_summary if importing else "")
            self.import_button.setEnabled(importing)
            self._show_failure(exc)
        elif self._on_done is not None:
            self._on_done(result)

    def _on_task_crashed(self, exc: BaseException) -> None:
        self._set_busy("")
        self.summary_label.clear()
        show_error(self, exc)

    def _show_failure(self, exc: DomainError) -> None:
        if isinstance(exc, ValidationError):
            self.path_field.show_error(translate_line_message(exc.message))
        else:
            show_error(self, exc)

    def reject(self) -> None:
        if self._busy and self._on_done == self._on_imported:
            return  # the import is being written: closing now would hide how it ended
        self._generation += 1  # a preview still running is of no interest any more
        self._set_busy("")
        super().reject()

    def load(self, path: Path) -> None:
        """Show the preview of ``path`` (or the reason it cannot be imported)."""
        self._path = Path(path)
        self.path_edit.setText(str(path))
        self.path_field.clear_error()
        self.model.set_rows([])
        self.summary_label.clear()
        self.import_button.setEnabled(False)
        path_ = self._path
        self._start(
            lambda: self._imports.preview(path_),
            self._show_preview,
            self.tr("Reading the file…"),
        )

    def _show_preview(self, preview: ImportPreview) -> None:
        self.model.set_rows(
            [
                (
                    r.line,
                    (
                        str(r.line),
                        r.client,
                        import_action(r.client_action),
                        r.contact,
                        import_action(r.contact_action),
                        r.phone,
                        r.email,
                    ),
                )
                for r in preview.rows
            ]
        )
        self.summary_label.setText(
            self.tr("%1 (%2): %3 new clients, %4 matched; %5 new contacts, %6 matched.")
            .replace("%1", preview.format_label)
            .replace("%2", preview.encoding)
            .replace("%3", str(preview.new_clients))
            .replace("%4", str(preview.matched_clients))
            .replace("%5", str(preview.new_contacts))
            .replace("%6", str(preview.matched_contacts))
        )
        self.import_button.setEnabled(True)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            "",
            self.tr("Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def _on_import_clicked(self) -> None:
        if self._path is None or self._busy:
            return
        path_ = self._path
        self._start(
            lambda: self._imports.run(path_),
            self._on_imported,
            self.tr("Importing…"),
            writes=True,
        )

    def _on_imported(self, result: ImportResult) -> None:
        self.import_result = result
        self.imported.emit(result)
        self.accept()
