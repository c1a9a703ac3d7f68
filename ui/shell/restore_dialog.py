"""RestoreDialog: pick a backup (local time, reason, size) and confirm before replacing data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.shell.actions import BackupEntry
from ui.shell.lazy_table import Col, RowsTableModel
from ui.shell.messages import confirm

_REASONS = {
    "manual": QT_TRANSLATE_NOOP("BackupReason", "Made by hand"),
    "automatic": QT_TRANSLATE_NOOP("BackupReason", "Automatic"),
    "daily": QT_TRANSLATE_NOOP("BackupReason", "Daily"),
    "open": QT_TRANSLATE_NOOP("BackupReason", "When the file was opened"),
    "close": QT_TRANSLATE_NOOP("BackupReason", "When the file was closed"),
    "migration": QT_TRANSLATE_NOOP("BackupReason", "Before an upgrade"),
    "pre_migration": QT_TRANSLATE_NOOP("BackupReason", "Before an upgrade"),
    "before_migration": QT_TRANSLATE_NOOP("BackupReason", "Before an upgrade"),
    "pre_restore": QT_TRANSLATE_NOOP("BackupReason", "Before a restore"),
    "before_restore": QT_TRANSLATE_NOOP("BackupReason", "Before a restore"),
    "import": QT_TRANSLATE_NOOP("BackupReason", "Before an import"),
}
_HEADERS = {
    "made_at": QT_TRANSLATE_NOOP("RestoreDialog", "Made at"),
    "reason": QT_TRANSLATE_NOOP("RestoreDialog", "Reason"),
    "size": QT_TRANSLATE_NOOP("RestoreDialog", "Size"),
}


def reason_label(reason: str) -> str:
    key = reason.strip().lower().replace("-", "_").replace(" ", "_")
    text = _REASONS.get(key)
    return QCoreApplication.translate("BackupReason", text) if text else reason


def local_time_text(entry: BackupEntry) -> str:
    return entry.created_at.astimezone().strftime("%Y-%m-%d %H:%M")


def _col(key: str, text: Any, numeric: bool = False) -> Col:
    # The raw value is the whole entry; every cell's tooltip is the backup's file.
    return Col(
        key,
        lambda e: e,
        lambda e, _raw: text(e),
        numeric,
        foreground=None,
        tooltip=lambda e, _text: str(e.path),
    )


_COLUMNS = (
    _col("made_at", local_time_text),
    _col("reason", lambda e: reason_label(e.reason)),
    _col("size", lambda e: QLocale().formattedDataSize(e.size_bytes), numeric=True),
)


def _header(key: str) -> str:
    return QCoreApplication.translate("RestoreDialog", _HEADERS[key])


class BackupTableModel(RowsTableModel):
    """Backups newest first."""

    def __init__(self, backups: list[BackupEntry], parent: Any = None) -> None:
        super().__init__(_COLUMNS, parent, header=_header, align_headers=False)
        self.set_rows(sorted(backups, key=lambda b: b.created_at, reverse=True))

    entry = RowsTableModel.row_at


class RestoreDialog(QDialog):
    """Accepted only after the user confirms; then selected_path() is the backup to restore."""

    def __init__(self, backups: list[BackupEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(560, 380)
        self.model = BackupTableModel(backups, self)
        self._selected: BackupEntry | None = None

        intro = QLabel(
            self.tr(
                "Pick the backup to go back to. The data you have now is backed up first, "
                "so a restore can itself be undone."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.view.resizeColumnToContents(0)
        self.view.doubleClicked.connect(lambda _i: self._on_restore_clicked())

        self.empty = QLabel(self.tr("There are no backups yet. Use File ▸ Backup now."), self)
        self.empty.setVisible(self.model.rowCount() == 0)
        self.view.setVisible(self.model.rowCount() > 0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        buttons.rejected.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(buttons)

    def selected_path(self) -> Path | None:
        return self._selected.path if self._selected is not None else None

    def _current_entry(self) -> BackupEntry | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _on_selection_changed(self, *_args: object) -> None:
        self.restore_button.setEnabled(self._current_entry() is not None)

    def _confirm(self, entry: BackupEntry) -> bool:
        return confirm(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Replace the data you have now with the backup made at %1? "
                "Your current data is backed up first."
            ).replace("%1", local_time_text(entry)),
            self.tr("Restore"),
        )

    def _on_restore_clicked(self) -> None:
        entry = self._current_entry()
        if entry is None or not self._confirm(entry):
            return
        self._selected = entry
        self.accept()
