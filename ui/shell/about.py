"""The About box: what the program is and the versions of everything it runs on."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.shell.assets import icon


class AboutDialog(QDialog):
    def __init__(self, versions: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._versions = list(versions)
        self.setWindowTitle(self.tr("About Studio Desktop"))
        self.setMinimumWidth(440)

        logo = QLabel(self)
        logo.setPixmap(icon("studio-desktop").pixmap(QSize(56, 56)))
        name = QLabel(self.tr("Studio Desktop"), self)
        name.setObjectName("pageTitle")
        blurb = QLabel(
            self.tr(
                "Clients, projects, schedule, budget, risks and reports for a small studio. "
                "Your data stays on this computer."
            ),
            self,
        )
        blurb.setWordWrap(True)
        head = QVBoxLayout()
        head.addWidget(name)
        head.addWidget(blurb)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(head, 1)

        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Component"), self.tr("Version")])
        for component, version in self._versions:
            self.table.addTopLevelItem(QTreeWidgetItem([component, version]))
        self.table.resizeColumnToContents(0)
        self.table.setMinimumHeight(160)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copy versions"), self)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self._on_copy_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def versions_text(self) -> str:
        return "\n".join(f"{c}: {v}" for c, v in self._versions)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.versions_text())
