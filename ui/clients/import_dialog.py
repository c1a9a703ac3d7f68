"""ContactImportDialog: pick a file, see what will be created or matched, then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError, ValidationError
from models.services.contacts_import import ContactImportService, ImportResult
from ui.clients.labels import import_action
from ui.clients.rows_model import RowsModel, make_table
from ui.shell.field_error import FieldWithError
from ui.shell.messages import show_error
from ui.shell.service_text import translate_service_message


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

    def __init__(self, imports: ContactImportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._imports = imports
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
        browse = QPushButton(self.tr("Choose file…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path_field, 1)
        row.addWidget(browse)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
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
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self._path: Path | None = None
        self.import_result: ImportResult | None = None

    def error_text(self) -> str:
        return self.path_field.message()

    def load(self, path: Path) -> None:
        """Show the preview of ``path`` (or the reason it cannot be imported)."""
        self._path = Path(path)
        self.path_edit.setText(str(path))
        self.path_field.clear_error()
        self.model.set_rows([])
        self.summary_label.clear()
        self.import_button.setEnabled(False)
        try:
            preview = self._imports.preview(self._path)
        except ValidationError as exc:
            self.path_field.show_error(translate_line_message(exc.message))
            return
        except DomainError as exc:
            show_error(self, exc)
            return
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
        if self._path is None:
            return
        try:
            self.import_result = self._imports.run(self._path)
        except ValidationError as exc:
            self.path_field.show_error(translate_line_message(exc.message))
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self.imported.emit(self.import_result)
        self.accept()
