"""ClientEditorDialog: create or edit a client; service validation shows beside the field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.enums import ClientSource, ClientStatus
from models.errors import StorageError, ValidationError
from models.services.clients import ClientDraft, ClientService, split_tags
from ui.shell.field_error import FieldWithError
from ui.shell.labels import enum_choices
from ui.shell.messages import confirm, show_error


class ClientEditorDialog(QDialog):
    """The client's profile form. Nothing is saved until the service accepts it."""

    client_saved = Signal(int)

    def __init__(
        self,
        clients: ClientService,
        parent: QWidget | None = None,
        client_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._clients = clients
        self._client_id = client_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New client") if client_id is None else self.tr("Edit client"))
        self.setMinimumWidth(520)

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Lumen Tea House"))
        self.name_alt_edit = QLineEdit(self)
        self.name_alt_edit.setPlaceholderText(self.tr("e.g. 流明茶馆"))
        self.status_combo = QComboBox(self)
        for value, label in enum_choices(ClientStatus):
            if value != ClientStatus.ARCHIVED:
                self.status_combo.addItem(label, value)
        self.industry_edit = QLineEdit(self)
        self.size_edit = QLineEdit(self)
        self.size_edit.setPlaceholderText(self.tr("e.g. 10–50 staff"))
        self.source_combo = QComboBox(self)
        self.source_combo.addItem(self.tr("Not known"), None)
        for value, label in enum_choices(ClientSource):
            self.source_combo.addItem(label, value)
        self.referred_combo = QComboBox(self)
        self.referred_combo.addItem(self.tr("Nobody"), None)
        for cid, name in clients.choices(limit=300):
            if cid != client_id:
                self.referred_combo.addItem(name, cid)
        self.manager_combo = QComboBox(self)
        self.manager_combo.addItem(self.tr("Nobody yet"), None)
        for pid, name in clients.account_managers():
            self.manager_combo.addItem(name, pid)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setPlaceholderText(self.tr("Separate tags with commas"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(70)

        self._fields: dict[str, FieldWithError] = {
            "name": FieldWithError(self.name_edit, self),
            "name_alt": FieldWithError(self.name_alt_edit, self),
            "status": FieldWithError(self.status_combo, self),
            "industry": FieldWithError(self.industry_edit, self),
            "size": FieldWithError(self.size_edit, self),
            "source": FieldWithError(self.source_combo, self),
            "referred_by": FieldWithError(self.referred_combo, self),
            "account_manager": FieldWithError(self.manager_combo, self),
            "tags": FieldWithError(self.tags_edit, self),
        }
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Name"), self._fields["name"])
        form.addRow(self.tr("Other name"), self._fields["name_alt"])
        form.addRow(self.tr("Status"), self._fields["status"])
        form.addRow(self.tr("Industry"), self._fields["industry"])
        form.addRow(self.tr("Size"), self._fields["size"])
        form.addRow(self.tr("Source"), self._fields["source"])
        form.addRow(self.tr("Referred by"), self._fields["referred_by"])
        form.addRow(self.tr("Account manager"), self._fields["account_manager"])
        form.addRow(self.tr("Tags"), self._fields["tags"])
        form.addRow(self.tr("Notes"), self.notes_edit)

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
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self._general_error)
        layout.addWidget(self.buttons)
        for name in ("name", "name_alt", "industry", "size", "tags"):
            edit = self._fields[name].field
            assert isinstance(edit, QLineEdit)
            edit.textEdited.connect(lambda _t, n=name: self._fields[n].clear_error())
        if client_id is not None:
            self._load(client_id)

    def _load(self, client_id: int) -> None:
        p = self._clients.get(client_id)
        self.name_edit.setText(p.name)
        self.name_alt_edit.setText(p.name_alt)
        if p.status == ClientStatus.ARCHIVED:
            self.status_combo.addItem(self.tr("Archived"), ClientStatus.ARCHIVED.value)
            self.status_combo.setEnabled(False)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(p.status.value), 0))
        self.industry_edit.setText(p.industry)
        self.size_edit.setText(p.size)
        self.source_combo.setCurrentIndex(
            max(self.source_combo.findData(p.source.value if p.source else None), 0)
        )
        if p.referred_by_id is not None and self.referred_combo.findData(p.referred_by_id) < 0:
            self.referred_combo.addItem(p.referred_by_name, p.referred_by_id)
        self.referred_combo.setCurrentIndex(max(self.referred_combo.findData(p.referred_by_id), 0))
        self.manager_combo.setCurrentIndex(
            max(self.manager_combo.findData(p.account_manager_id), 0)
        )
        self.tags_edit.setText(", ".join(p.tags))
        self.notes_edit.setPlainText(p.notes)

    def field_error(self, field: str) -> str:
        """The message currently shown beside ``field`` ("" when none): for tests and a11y."""
        holder = self._fields.get(field)
        return holder.message() if holder is not None else ""

    def draft(self) -> ClientDraft:
        source = self.source_combo.currentData()
        return ClientDraft(
            name=self.name_edit.text(),
            name_alt=self.name_alt_edit.text(),
            status=ClientStatus(self.status_combo.currentData()),
            industry=self.industry_edit.text(),
            size=self.size_edit.text(),
            source=ClientSource(source) if source else None,
            referred_by_id=self.referred_combo.currentData(),
            account_manager_id=self.manager_combo.currentData(),
            notes=self.notes_edit.toPlainText(),
            tags=split_tags(self.tags_edit.text()),
        )

    def ask_duplicate(self, name: str, existing: list[tuple[int, str]]) -> bool:
        """Ask before creating a near-duplicate; tests replace this."""
        return confirm(
            self,
            self.tr("A similar client exists"),
            self.tr("“%1” looks like “%2”, which already exists. Create another client anyway?")
            .replace("%1", name)
            .replace("%2", existing[0][1]),
            self.tr("Create anyway"),
        )

    def _on_save_clicked(self) -> None:
        for holder in self._fields.values():
            holder.clear_error()
        self._general_error.hide()
        draft = self.draft()
        try:
            similar = self._clients.find_similar(draft.name, exclude_id=self._client_id)
            if (
                similar
                and self._client_id is None
                and not self.ask_duplicate(" ".join(draft.name.split()), similar)
            ):
                return
            if self._client_id is None:
                self.saved_id = self._clients.create(draft)
            else:
                self._clients.update(self._client_id, draft)
                self.saved_id = self._client_id
        except ValidationError as exc:
            target = self._fields.get(exc.field)
            if target is not None:
                target.show_error(exc.message)
                target.field.setFocus()
            else:
                self._general_error.setText(exc.message)
                self._general_error.show()
            return
        except StorageError as exc:
            show_error(self, exc)
            return
        self.client_saved.emit(self.saved_id)
        self.accept()
