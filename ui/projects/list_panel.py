"""The project list: search plus stage, status, service, manager, overdue and archived filters."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from models.enums import ProjectStage, ProjectStatus
from models.services.projects import ProjectService
from models.services.projects_data import ProjectFilter
from ui.projects.model import ProjectTableModel
from ui.projects.names import service_type_name
from ui.shell.labels import enum_choices
from ui.shell.list_panel import ListPanel

_WIDTHS = {
    "code": 110,
    "name": 220,
    "client": 200,
    "service_type": 150,
    "stage": 150,
    "status": 90,
    "manager": 110,
    "start": 90,
    "due": 90,
    "contract_value": 120,
    "percent_complete": 60,
}


class ProjectListPanel(ListPanel):
    """The projects ~200 at a time; the filter bar and the count on one line above them.

    Its strings keep the "ProjectsPage" context the page has always given them (and their
    Chinese with it), hence translate() rather than self.tr().
    """

    def __init__(self, projects: ProjectService, parent: QWidget | None = None) -> None:
        self._projects = projects  # filter_widgets() below runs inside ListPanel.__init__
        super().__init__(
            model=ProjectTableModel(projects),
            empty_text=None,
            placeholder=QCoreApplication.translate("ProjectsPage", "Search code, name or client…"),
            search_width=240,
            column_widths=_WIDTHS,
            row_height=28,
            search_icon=False,
            count_in_bar=True,
            parent=parent,
        )

    def filter_widgets(self) -> Sequence[QWidget]:
        self.stage = QComboBox(self)
        self.stage.addItem(QCoreApplication.translate("ProjectsPage", "All stages"), None)
        for value, label in enum_choices(ProjectStage):
            self.stage.addItem(label, value)
        self.status = QComboBox(self)
        self.status.addItem(QCoreApplication.translate("ProjectsPage", "All statuses"), None)
        for value, label in enum_choices(ProjectStatus):
            self.status.addItem(label, value)
        self.service_type = QComboBox(self)
        self.service_type.addItem(QCoreApplication.translate("ProjectsPage", "All services"), None)
        for st in self._projects.service_types():
            self.service_type.addItem(service_type_name(st.code, st.name), st.id)
        self.manager = QComboBox(self)
        self.manager.addItem(QCoreApplication.translate("ProjectsPage", "All managers"), None)
        for p in self._projects.people():
            self.manager.addItem(p.name, p.id)
        self.overdue = QCheckBox(QCoreApplication.translate("ProjectsPage", "Overdue only"), self)
        self.archived = QCheckBox(QCoreApplication.translate("ProjectsPage", "Show archived"), self)
        combos = (self.stage, self.status, self.service_type, self.manager)
        for combo in combos:
            combo.currentIndexChanged.connect(self.apply_filter)
        for box in (self.overdue, self.archived):
            box.toggled.connect(self.apply_filter)
        return (*combos, self.overdue, self.archived)

    def current_filter(self) -> ProjectFilter:
        stage, status = self.stage.currentData(), self.status.currentData()
        return ProjectFilter(
            search=self.search_field().text().strip(),
            stage=ProjectStage(stage) if stage else None,
            status=ProjectStatus(status) if status else None,
            service_type_id=self.service_type.currentData(),
            manager_id=self.manager.currentData(),
            overdue_only=self.overdue.isChecked(),
            include_archived=self.archived.isChecked(),
        )

    def count_text(self, total: int) -> str:
        if total == 1:
            return QCoreApplication.translate("ProjectsPage", "1 project")
        return QCoreApplication.translate("ProjectsPage", "%1 projects").replace("%1", f"{total:,}")
