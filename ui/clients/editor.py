"""ClientEditorDialog: create a client; service validation shows beside the field it names."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.enums import ClientStatus
from models.errors import StorageError, ValidationError
from models.services.clients import ClientDraft, ClientService
from ui.shell.field_error import FieldWithError
from ui.shell.labels import enum_choices
from ui.shell.messages import show_error


class ClientEditorDialog(QDialog):
    """A small form for a new client. Nothing is saved until the service accepts it."""

    client_saved = Signal(int)

    def __init__(self, clients: ClientService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clients = clients
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New client"))
        self.setMinimumWidth(460)

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Lumen Tea House"))
        self.name_alt_edit = QLineEdit(self)
        self.name_alt_edit.setPlaceholderText(self.tr("e.g. 流明茶馆"))
        self.status_combo = QComboBox(self)
        for value, label in enum_choices(ClientStatus):
            if value != ClientStatus.ARCHIVED:
                self.status_combo.addItem(label, value)
        self.industry_edit = QLineEdit(self)

        self._fields: dict[str, FieldWithError] = {
            "name": FieldWithError(self.name_edit, self),
            "name_alt": FieldWithError(self.name_alt_edit, self),
            "status": FieldWithError(self.status_combo, self),
            "industry": FieldWithError(self.industry_edit, self),
        }
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Name"), self._fields["name"])
        form.addRow(self.tr("Other name"), self._fields["name_alt"])
        form.addRow(self.tr("Status"), self._fields["status"])
        form.addRow(self.tr("Industry"), self._fields["industry"])

        hint = QLabel(
            self.tr("The other name is handy for a Chinese or English name the client also uses."),
            self,
        )
        hint.setObjectName("formHint")
        hint.setWordWrap(True)

        self._general_error = QLabel(self)
        self._general_error.setStyleSheet("color: #b3261e;")
        self._general_error.setWordWrap(True)
        self._general_error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self._general_error)
        layout.addWidget(self.buttons)
        for name in ("name", "name_alt", "industry"):
            edit = self._fields[name].field
            assert isinstance(edit, QLineEdit)
            edit.textEdited.connect(lambda _t, n=name: self._fields[n].clear_error())

    def field_error(self, field: str) -> str:
        """The message currently shown beside ``field`` ("" when none): for tests and a11y."""
        holder = self._fields.get(field)
        return holder.message() if holder is not None else ""

    def draft(self) -> ClientDraft:
        return ClientDraft(
            name=self.name_edit.text(),
            name_alt=self.name_alt_edit.text(),
            status=ClientStatus(self.status_combo.currentData()),
            industry=self.industry_edit.text(),
        )

    def _on_save_clicked(self) -> None:
        for holder in self._fields.values():
            holder.clear_error()
        self._general_error.hide()
        try:
            self.saved_id = self._clients.create(self.draft())
        except ValidationError as exc:
            holder = self._fields.get(exc.field)
            if holder is not None:
                holder.show_error(exc.message)
                holder.field.setFocus()
            else:
                self._general_error.setText(exc.message)
                self._general_error.show()
            return
        except StorageError as exc:
            show_error(self, exc)
            return
        self.client_saved.emit(self.saved_id)
        self.accept()
