"""The sidebar: the app's name on top and one row per page with its SVG icon."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.shell.assets import icon
from ui.shell.pages import PageSpec


class Sidebar(QFrame):
    """Emits page_selected(key) when the user picks a page."""

    page_selected = Signal(str)

    def __init__(self, pages: tuple[PageSpec, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self._keys = [p.key for p in pages]

        brand_icon = QLabel(self)
        brand_icon.setPixmap(icon("studio-desktop").pixmap(QSize(28, 28)))
        brand = QLabel(self.tr("Studio Desktop"), self)
        brand.setObjectName("brand")
        top = QHBoxLayout()
        top.setContentsMargins(18, 18, 12, 14)
        top.setSpacing(10)
        top.addWidget(brand_icon)
        top.addWidget(brand, 1)

        self.list = QListWidget(self)
        self.list.setObjectName("sidebarList")
        self.list.setIconSize(QSize(20, 20))
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for spec in pages:
            item = QListWidgetItem(icon(spec.icon), spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 40))
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._on_row_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        # Measured from the labels' text, not sizeHintForColumn (which lays out every item
        # and its icon before the window can paint).
        metrics = self.list.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.list.item(i).text()) for i in range(len(pages)))
        self.setFixedWidth(max(200, widest + 20 + 12 + 40))

    def select(self, key: str) -> None:
        """Mark ``key`` as current without emitting page_selected again."""
        row = self._keys.index(key)
        if self.list.currentRow() != row:
            self.list.blockSignals(True)
            self.list.setCurrentRow(row)
            self.list.blockSignals(False)

    def click(self, key: str) -> None:
        """Select a page the way a user's click would (emits page_selected)."""
        self.list.setCurrentRow(self._keys.index(key))

    def _on_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.page_selected.emit(self._keys[row])
