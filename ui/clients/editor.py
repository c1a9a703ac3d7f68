"""ClientEditorDialog: create or edit a client; service validation shows beside the field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from models.enums import ClientSource, ClientStatus
from models.services.clients import ClientDraft, ClientService, split_tags
from ui.shell.form_dialog import FormDialog, SaveCancelled
from ui.shell.labels import enum_choices
from ui.shell.messages import confirm


class ClientEditorDialog(FormDialog):
    """The client's profile form. Nothing is saved until the service accepts it."""

    client_saved = Signal(int)

    def __init__(
        self,
        clients: ClientService,
        parent: QWidget | None = None,
        client_id: int | None = None,
    ) -> None:
        title = self.tr("New client") if client_id is None else self.tr("Edit client")
        super().__init__(title, parent, min_width=520, roomy=True)
        self._clients = clients
        self._client_id = client_id

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

        add = self.add_field
        add("name", self.tr("Name"), self.name_edit)
        add("name_alt", self.tr("Other name"), self.name_alt_edit)
        add("status", self.tr("Status"), self.status_combo)
        add("industry", self.tr("Industry"), self.industry_edit)
        add("size", self.tr("Size"), self.size_edit)
        add("source", self.tr("Source"), self.source_combo)
        add("referred_by", self.tr("Referred by"), self.referred_combo)
        add("account_manager", self.tr("Account manager"), self.manager_combo)
        add("tags", self.tr("Tags"), self.tags_edit)
        self.form.addRow(self.tr("Notes"), self.notes_edit)

        hint = QLabel(
            self.tr("The other name is handy for a Chinese or English name the client also uses."),
            self,
        )
        hint.setObjectName("formHint")
        hint.setWordWrap(True)
        self.add_below_form(hint)
        self.body.setSpacing(10)
        for name in ("name", "name_alt", "industry", "size", "tags"):
            edit = self.fields[name].field
            assert isinstance(edit, QLineEdit)
            edit.textEdited.connect(lambda _t, n=name: self.fields[n].clear_error())
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

    def save(self) -> int:
        draft = self.draft()
        similar = self._clients.find_similar(draft.name, exclude_id=self._client_id)
        if (
            similar
            and self._client_id is None
            and not self.ask_duplicate(" ".join(draft.name.split()), similar)
        ):
            raise SaveCancelled
        if self._client_id is None:
            client_id = self._clients.create(draft)
        else:
            self._clients.update(self._client_id, draft)
            client_id = self._client_id
        self.client_saved.emit(client_id)
        return client_id
