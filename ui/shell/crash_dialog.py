"""CrashDialog: an unexpected error, its details to copy, and where the log file is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Shown by the root's exception hook; never raises itself."""

    def __init__(self, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._details = details
        self._log_path = Path(log_path)
        self.setWindowTitle(self.tr("Studio Desktop hit a problem"))
        self.resize(640, 440)

        heading = QLabel(self.tr("Something unexpected went wrong."), self)
        heading.setObjectName("dialogHeading")
        explain = QLabel(
            self.tr(
                "Your saved data is safe. You can keep working, or restart the program. "
                "If it happens again, copy the details below and send them to whoever looks "
                "after your computer."
            ),
            self,
        )
        explain.setWordWrap(True)

        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(details)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.log_label = QLabel(
            self.tr("The full log is in: %1").replace("%1", str(self._log_path)), self
        )
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy to clipboard"), self)
        self.open_log_button = QPushButton(self.tr("Open log folder"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_log_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.open_log_button.clicked.connect(self._on_open_log_clicked)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.log_label)
        layout.addWidget(buttons)

    def clipboard_text(self) -> str:
        return f"{self._details}\n\nLog: {self._log_path}"

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.clipboard_text())
        self.copy_button.setText(self.tr("Copied"))

    def _on_open_log_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_path.parent)))
