"""The Milestones and Tasks tabs of a project: lists with add, edit and delete."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.enums import ProjectStage, TaskStatus
from models.errors import DomainError
from models.services.projects import ProjectService
from models.services.projects_data import MilestoneInfo, ProjectDetail, TaskInfo
from ui.projects.errors import worded
from ui.projects.names import template_text
from ui.projects.rows import RowsModel
from ui.projects.task_editor import MilestoneEditorDialog, TaskEditorDialog
from ui.shell.formatting import format_hours
from ui.shell.labels import enum_label
from ui.shell.messages import confirm, show_error


def iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def table_view(model: RowsModel[Any], parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class _PlanTab(QWidget):
    """A list of one project's plan items; ``changed`` after a saved edit."""

    changed = Signal()

    def __init__(self, projects: ProjectService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._projects = projects
        self._project: ProjectDetail | None = None
        self._tasks: tuple[TaskInfo, ...] = ()
        self._milestones: tuple[MilestoneInfo, ...] = ()
        self.today = date.today()

    def set_plan(
        self,
        project: ProjectDetail | None,
        tasks: Sequence[TaskInfo],
        milestones: Sequence[MilestoneInfo],
        today: date,
    ) -> None:
        self._project, self._tasks, self._milestones = project, tuple(tasks), tuple(milestones)
        self.today = today
        self._fill()

    def _fill(self) -> None:
        raise NotImplementedError

    def _lay_out(self, view: QTableView, *buttons: QPushButton) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for b in buttons:
            row.addWidget(b)
        layout.addLayout(row)

    def _delete(self, question: str, title: str, action: str, delete: Any, item_id: int) -> None:
        if not confirm(self, title, question, action):
            return
        try:
            delete(item_id)
        except DomainError as exc:
            show_error(self, worded(exc))
            return
        self.changed.emit()


class TasksTab(_PlanTab):
    def __init__(self, projects: ProjectService, parent: QWidget | None = None) -> None:
        super().__init__(projects, parent)
        self.editor: TaskEditorDialog | None = None
        self.model: RowsModel[TaskInfo] = RowsModel(
            [
                (self.tr("Task"), lambda t: template_text(t.name)),
                (self.tr("Phase"), lambda t: enum_label(ProjectStage, t.phase) if t.phase else ""),
                (self.tr("Assignee"), lambda t: t.assignee),
                (self.tr("Estimate (h)"), lambda t: format_hours(t.estimate_hours)),
                (self.tr("Start"), lambda t: iso(t.start_on)),
                (self.tr("Due"), lambda t: iso(t.due_on)),
                (self.tr("Status"), lambda t: enum_label(TaskStatus, t.status)),
                (self.tr("Progress"), lambda t: f"{t.progress}%"),
            ],
            None,
            self,
        )
        self.view = table_view(self.model, self)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        add = QPushButton(self.tr("Add task…"), self)
        add.clicked.connect(lambda: self.open_editor(None))
        edit = QPushButton(self.tr("Edit…"), self)
        edit.clicked.connect(self.edit_selected)
        delete = QPushButton(self.tr("Delete…"), self)
        delete.clicked.connect(self.delete_selected)
        self._lay_out(self.view, add, edit, delete)

    def _fill(self) -> None:
        self.model.set_rows(self._tasks)

    def selected(self) -> TaskInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def open_editor(self, task: TaskInfo | None) -> TaskEditorDialog | None:
        if self._project is None:
            return None
        dialog = TaskEditorDialog(
            self._projects, self._project, task, self._tasks, self._milestones,
            self._projects.people(), self,
        )  # fmt: skip
        dialog.task_saved.connect(lambda _id: self.changed.emit())
        self.editor = dialog
        dialog.open()
        return dialog

    def edit_selected(self) -> TaskEditorDialog | None:
        task = self.selected()
        return self.open_editor(task) if task is not None else None

    def delete_selected(self) -> None:
        task = self.selected()
        if task is not None:
            question = self.tr("Delete the task “%1” and its dependencies?")
            self._delete(
                question.replace("%1", template_text(task.name)), self.tr("Delete task"),
                self.tr("Delete"), self._projects.delete_task, task.id,
            )  # fmt: skip


class MilestonesTab(_PlanTab):
    def __init__(self, projects: ProjectService, parent: QWidget | None = None) -> None:
        super().__init__(projects, parent)
        self.editor: MilestoneEditorDialog | None = None

        def colour(m: MilestoneInfo) -> str | None:
            if m.done_on:
                return "#1e6b34"
            return "#b3261e" if m.overdue(self.today) else None

        self.model: RowsModel[MilestoneInfo] = RowsModel(
            [
                (self.tr("Milestone"), lambda m: template_text(m.name)),
                (self.tr("Due"), lambda m: iso(m.due_on)),
                (self.tr("Done"), lambda m: iso(m.done_on)),
            ],
            colour,
            self,
        )
        self.view = table_view(self.model, self)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        add = QPushButton(self.tr("Add milestone…"), self)
        add.clicked.connect(lambda: self.open_editor(None))
        edit = QPushButton(self.tr("Edit…"), self)
        edit.clicked.connect(self.edit_selected)
        done = QPushButton(self.tr("Mark done"), self)
        done.clicked.connect(self.toggle_done)
        delete = QPushButton(self.tr("Delete…"), self)
        delete.clicked.connect(self.delete_selected)
        self._lay_out(self.view, add, edit, done, delete)

    def _fill(self) -> None:
        self.model.set_rows(self._milestones)

    def selected(self) -> MilestoneInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def open_editor(self, milestone: MilestoneInfo | None) -> MilestoneEditorDialog | None:
        if self._project is None:
            return None
        dialog = MilestoneEditorDialog(self._projects, self._project, milestone, self)
        dialog.milestone_saved.connect(lambda _id: self.changed.emit())
        self.editor = dialog
        dialog.open()
        return dialog

    def edit_selected(self) -> MilestoneEditorDialog | None:
        milestone = self.selected()
        return self.open_editor(milestone) if milestone is not None else None

    def toggle_done(self) -> None:
        milestone = self.selected()
        if milestone is None:
            return
        try:
            self._projects.set_milestone_done(
                milestone.id, None if milestone.done_on else self.today
            )
        except DomainError as exc:
            show_error(self, worded(exc))
            return
        self.changed.emit()

    def delete_selected(self) -> None:
        milestone = self.selected()
        if milestone is not None:
            question = self.tr("Delete the milestone “%1”? Its tasks stay in the plan.")
            self._delete(
                question.replace("%1", template_text(milestone.name)),
                self.tr("Delete milestone"), self.tr("Delete"), self._projects.delete_milestone,
                milestone.id,
            )  # fmt: skip
