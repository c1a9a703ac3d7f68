"""MergeDialog: merge this client into another one; a preview says what moves."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError
from models.services import Services
from ui.shell.messages import show_error


class MergeDialog(QDialog):
    """Search for the client to keep; everything of this one moves there."""

    merged = Signal(int)  # the id kept

    def __init__(self, services: Services, merge_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._s = services
        self._merge_id = merge_id
        name = services.clients.get(merge_id).name
        self.setWindowTitle(self.tr("Merge duplicate client"))
        self.setMinimumSize(480, 420)
        intro = QLabel(
            self.tr(
                "Choose the client to keep. Contacts, history, deals, projects, invoices, "
                "files, dates and tags of “%1” move there, and “%1” is archived."
            ).replace("%1", name),
            self,
        )
        intro.setWordWrap(True)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search clients…"))
        self.search_edit.textChanged.connect(self._fill)
        self.list = QListWidget(self)
        self.list.currentItemChanged.connect(self._on_choice_changed)
        self.preview_label = QLabel(self)
        self.preview_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_merge_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.buttons)
        similar = services.clients.find_similar(name, exclude_id=merge_id)
        self._fill("", first=similar[0][0] if similar else None)

    def _fill(self, text: str, first: int | None = None) -> None:
        self.list.clear()
        for cid, name in self._s.clients.choices(text, limit=100):
            if cid == self._merge_id:
                continue
            item = QListWidgetItem(name)
            item.setData(256, cid)
            self.list.addItem(item)
            if cid == first:
                self.list.setCurrentItem(item)

    def choose(self, client_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(256) == client_id:
                self.list.setCurrentRow(i)
                return

    def _on_choice_changed(self, item: QListWidgetItem | None) -> None:
        self.merge_button.setEnabled(item is not None)
        if item is None:
            self.preview_label.clear()
            return
        try:
            counts = self._s.crm.merge.preview(int(item.data(256)), self._merge_id)
        except DomainError as exc:
            self.preview_label.setText(exc.message)
            self.merge_button.setEnabled(False)
            return
        self.preview_label.setText(
            self.tr(
                "Moves %1 contacts, %2 interactions, %3 deals, %4 projects, %5 invoices, "
                "%6 attachments, %7 key dates and %8 tags."
            )
            .replace("%1", str(counts["contacts"]))
            .replace("%2", str(counts["interactions"]))
            .replace("%3", str(counts["deals"]))
            .replace("%4", str(counts["projects"]))
            .replace("%5", str(counts["invoices"]))
            .replace("%6", str(counts["attachments"]))
            .replace("%7", str(counts["key_dates"]))
            .replace("%8", str(counts["tags"]))
        )

    def _on_merge_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        keep = int(item.data(256))
        try:
            self._s.crm.merge.merge(keep, self._merge_id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.merged.emit(keep)
        self.accept()
