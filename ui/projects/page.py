"""The projects page: a lazy, filterable list of every project above the chosen one in full."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError
from models.services import Services
from ui.projects.detail import ProjectDetailView
from ui.projects.editor import ProjectEditorDialog
from ui.projects.list_panel import ProjectListPanel
from ui.shell.changes import DataChanges
from ui.shell.messages import show_error


class ProjectsPage(QWidget):
    def __init__(
        self, services: Services, changes: DataChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._projects = services.projects
        self._changes = changes
        self.editor: ProjectEditorDialog | None = None

        heading = QLabel(self.tr("Projects"), self)
        heading.setObjectName("pageTitle")
        sub = QLabel(
            self.tr("From first contact to final payment: where every project stands."), self
        )
        sub.setObjectName("pageSubtitle")

        self.list = ProjectListPanel(self._projects, self)
        self.model, self.view = self.list.model, self.list.view
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.list.row_activated.connect(lambda _id: self.open_edit())

        self.new_button = QPushButton(self.tr("New project…"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.open_new)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(self.open_edit)
        self.template_button = QPushButton(self.tr("Save as template…"), self)
        self.template_button.clicked.connect(self._on_save_template_clicked)

        self.detail = ProjectDetailView(self._projects, self)
        self.detail.project_changed.connect(self._on_project_changed)

        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.template_button)
        actions.addStretch(1)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list, 1)
        top_layout.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([330, 560])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addWidget(self.splitter, 1)
        changes.changed.connect(self._on_data_changed)

    # --- selection and editing -------------------------------------------------------------
    def selected_id(self) -> int | None:
        return self.list.selected_id()

    def select_project(self, project_id: int) -> None:
        if not self.list.select_id(project_id):
            self.detail.show_project(project_id)

    def _on_selection_changed(self, _sel: QItemSelection, _old: QItemSelection) -> None:
        self.detail.show_project(self.selected_id())

    def open_new(self) -> ProjectEditorDialog:
        self.editor = ProjectEditorDialog(self._projects, None, self)
        self.editor.project_saved.connect(self._on_project_saved)
        self.editor.open()
        return self.editor

    def open_edit(self) -> ProjectEditorDialog | None:
        pid = self.selected_id()
        if pid is None:
            return None
        self.editor = ProjectEditorDialog(self._projects, self._projects.get(pid), self)
        self.editor.project_saved.connect(self._on_project_saved)
        self.editor.open()
        return self.editor

    def _on_project_saved(self, project_id: int) -> None:
        self._changes.announce({"projects"})
        self.select_project(project_id)

    def _on_project_changed(self, _project_id: int) -> None:
        # Refresh the list row (stage, value, % complete) without losing the selection.
        self._changes.announce({"projects"})

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if not kinds & {"projects", "clients", "invoices", "people"}:
            return
        keep = self.selected_id() or (self.detail.project().id if self.detail.project() else None)
        # Selecting the row again shows its project again; one no longer listed stays shown.
        self.list.reload()
        if keep is not None and self.selected_id() != keep and not self.list.select_id(keep):
            self.detail.show_project(keep)

    def _on_save_template_clicked(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save as template"), self.tr("Template name"))
        if not ok:
            return
        try:
            self._projects.save_as_template(pid, name)
        except DomainError as exc:
            show_error(self, exc)

    # --- what the shell's New, Find and Refresh actions use ---------------------------------
    def new_item(self) -> ProjectEditorDialog:
        """Ctrl+N: the new-project dialog."""
        return self.open_new()

    def search_field(self) -> QLineEdit:
        return self.list.search_field()

    def reload(self) -> None:
        self._on_data_changed(frozenset({"projects"}))
