"""Pick common studio risks from the starter library and add them to the register."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.enums import RiskResponse
from models.risk_library import LibraryRisk
from models.services import Services
from ui.risks.labels import category_label, language_code
from ui.shell.labels import enum_label


class RiskLibraryDialog(QDialog):
    """Tick the risks that apply; ``chosen_codes()`` and ``project_id()`` say what to add."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, project_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Risk library"))
        self.setMinimumSize(640, 460)
        self._lang = language_code()
        self.list = QListWidget(self)
        self._items: list[LibraryRisk] = list(services.risks.library())
        for item in self._items:
            row = QListWidgetItem(
                f"{item.title(self._lang)}  ·  {category_label(item.category, item.category)}"
                f"  ·  {enum_label(RiskResponse, item.response)}"
            )
            row.setToolTip(item.mitigation(self._lang))
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(row)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(70)
        self.project_combo = QComboBox(self)
        self.project_combo.addItem(self.tr("Studio (no project)"), None)
        for c in services.risks.projects():
            self.project_combo.addItem(c.label, c.id)
        i = self.project_combo.findData(project_id)
        self.project_combo.setCurrentIndex(max(i, 0))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to register"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Add to"), self.project_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Common studio risks; tick the ones you run."), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show_detail)
        self.list.setCurrentRow(0)

    def _show_detail(self, row: int) -> None:
        if 0 <= row < len(self._items):
            item = self._items[row]
            self.detail.setText(
                self.tr("Suggested response: %1").replace("%1", item.mitigation(self._lang))
                + "\n"
                + self.tr("Trigger signs: %1").replace("%1", item.triggers(self._lang))
            )

    def set_checked(self, row: int, checked: bool = True) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.list.item(row).setCheckState(state)

    def chosen_codes(self) -> list[str]:
        return [
            self._items[k].code
            for k in range(self.list.count())
            if self.list.item(k).checkState() == Qt.CheckState.Checked
        ]

    def project_id(self) -> int | None:
        return self.project_combo.currentData()

    def language(self) -> str:
        return self._lang
