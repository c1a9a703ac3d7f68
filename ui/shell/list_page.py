"""Page frames around ListPanel: one list with a title, or several lists in tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from models.services.browse import ListKind
from ui.shell.changes import DataChanges
from ui.shell.lazy_table import BrowseSource
from ui.shell.list_panel import ListPanel


class TabbedListPage(QWidget):
    """A title and one ListPanel per tab; each panel refreshes only for its own kind."""

    def __init__(
        self,
        browse: BrowseSource,
        changes: DataChanges,
        title: str,
        subtitle: str,
        tabs: list[tuple[ListKind, str, str]],  # (kind, tab label, empty-state text)
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        sub = QLabel(subtitle, self)
        sub.setObjectName("pageSubtitle")
        sub.setWordWrap(True)
        self.panels: dict[ListKind, ListPanel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(6)
        layout.addWidget(heading)
        if subtitle:
            layout.addWidget(sub)
        else:
            sub.hide()
        layout.addSpacing(8)
        self.tabs: QTabWidget | None = None
        if len(tabs) == 1:
            kind, _label, empty = tabs[0]
            panel = ListPanel(browse, kind, empty_text=empty, parent=self)
            self.panels[kind] = panel
            layout.addWidget(panel, 1)
        else:
            self.tabs = QTabWidget(self)
            self.tabs.setDocumentMode(True)
            for kind, label, empty in tabs:
                panel = ListPanel(browse, kind, empty_text=empty)
                holder = QWidget()
                inner = QVBoxLayout(holder)
                inner.setContentsMargins(0, 12, 0, 0)
                inner.addWidget(panel)
                self.panels[kind] = panel
                self.tabs.addTab(holder, label)
            layout.addWidget(self.tabs, 1)
        changes.changed.connect(self._on_data_changed)

    def current_panel(self) -> ListPanel:
        panels = list(self.panels.values())
        return panels[self.tabs.currentIndex()] if self.tabs is not None else panels[0]

    def search_field(self) -> QLineEdit:
        return self.current_panel().search_field()

    def reload(self) -> None:
        for panel in self.panels.values():
            panel.reload()

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        for kind, panel in self.panels.items():
            if kind.value in kinds:
                panel.reload()
