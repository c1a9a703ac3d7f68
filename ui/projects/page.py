"""The projects page: a lazy, filterable list of every project above the chosen one in full."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.enums import ProjectStage, ProjectStatus
from models.errors import DomainError
from models.services import Services
from models.services.projects_data import ProjectFilter
from ui.projects.detail import ProjectDetailView
from ui.projects.editor import ProjectEditorDialog
from ui.projects.model import ProjectTableModel
from ui.projects.names import service_type_name
from ui.shell.changes import DataChanges
from ui.shell.labels import enum_choices
from ui.shell.list_panel import list_view
from ui.shell.messages import show_error

SEARCH_DELAY_MS = 200


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

        self.search = QLineEdit(self)
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Search code, name or client…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())

        self.stage = QComboBox(self)
        self.stage.addItem(self.tr("All stages"), None)
        for value, label in enum_choices(ProjectStage):
            self.stage.addItem(label, value)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All statuses"), None)
        for value, label in enum_choices(ProjectStatus):
            self.status.addItem(label, value)
        self.service_type = QComboBox(self)
        self.service_type.addItem(self.tr("All services"), None)
        for st in self._projects.service_types():
            self.service_type.addItem(service_type_name(st.code, st.name), st.id)
        self.manager = QComboBox(self)
        self.manager.addItem(self.tr("All managers"), None)
        for p in self._projects.people():
            self.manager.addItem(p.name, p.id)
        self.overdue = QCheckBox(self.tr("Overdue only"), self)
        self.archived = QCheckBox(self.tr("Show archived"), self)
        for combo in (self.stage, self.status, self.service_type, self.manager):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for box in (self.overdue, self.archived):
            box.toggled.connect(lambda _on: self.apply_filter())
        self.count = QLabel(self)
        self.count.setObjectName("rowCount")

        self.new_button = QPushButton(self.tr("New project…"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.open_new)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(self.open_edit)
        self.template_button = QPushButton(self.tr("Save as template…"), self)
        self.template_button.clicked.connect(self._on_save_template_clicked)

        self.model = ProjectTableModel(self._projects, self)
        self.view = list_view(self.model, self, row_height=28)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in enumerate((110, 220, 200, 150, 150, 90, 110, 90, 90, 120, 60)):
            header.resizeSection(col, width)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.doubleClicked.connect(lambda _i: self.open_edit())
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)

        self.detail = ProjectDetailView(self._projects, self)
        self.detail.project_changed.connect(self._on_project_changed)

        filters = QHBoxLayout()
        filters.addWidget(self.search)
        for w in (self.stage, self.status, self.service_type, self.manager):
            filters.addWidget(w)
        filters.addWidget(self.overdue)
        filters.addWidget(self.archived)
        filters.addStretch(1)
        filters.addWidget(self.count)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.template_button)
        actions.addStretch(1)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.view, 1)
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
        self._update_count()

    # --- filtering -------------------------------------------------------------------------
    def current_filter(self) -> ProjectFilter:
        stage, status = self.stage.currentData(), self.status.currentData()
        return ProjectFilter(
            search=self.search.text().strip(),
            stage=ProjectStage(stage) if stage else None,
            status=ProjectStatus(status) if status else None,
            service_type_id=self.service_type.currentData(),
            manager_id=self.manager.currentData(),
            overdue_only=self.overdue.isChecked(),
            include_archived=self.archived.isChecked(),
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())

    def _update_count(self) -> None:
        total = self.model.total()
        text = self.tr("1 project") if total == 1 else self.tr("%1 projects")
        self.count.setText(text.replace("%1", f"{total:,}"))

    # --- selection and editing -------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def select_project(self, project_id: int) -> None:
        row = self.model.row_of(project_id)
        if row >= 0:
            self.view.selectRow(row)
        else:
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
        self.model.refresh()
        if keep is not None:
            row = self.model.row_of(keep)
            if row >= 0:
                self.view.selectionModel().blockSignals(True)
                self.view.selectRow(row)
                self.view.selectionModel().blockSignals(False)
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
        return self.search

    def reload(self) -> None:
        self._on_data_changed(frozenset({"projects"}))
