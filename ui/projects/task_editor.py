"""Dialogs for one task (with its predecessors) and one milestone of a project's plan."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from models.enums import ProjectStage, TaskStatus
from models.services.projects import ProjectService
from models.services.projects_data import (
    Choice,
    MilestoneDraft,
    MilestoneInfo,
    ProjectDetail,
    TaskDraft,
    TaskInfo,
)
from ui.projects.checklist import CheckList
from ui.projects.editor import OptionalDate, ProjectFormDialog
from ui.projects.names import template_text
from ui.shell.labels import enum_choices


def _hours_text(hours: Decimal) -> str:
    text = f"{hours.quantize(Decimal('0.01')):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class TaskEditorDialog(ProjectFormDialog):
    """A new task or changes to one; predecessors are ticked from the project's other tasks."""

    task_saved = Signal(int)

    def __init__(
        self,
        projects: ProjectService,
        project: ProjectDetail,
        task: TaskInfo | None,
        tasks: Sequence[TaskInfo],
        milestones: Sequence[MilestoneInfo],
        people: Sequence[Choice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit task") if task else self.tr("New task"), parent, min_width=520
        )
        self._projects = projects
        self._project = project
        self._task = task

        self.name = QLineEdit(self)
        self.phase = QComboBox(self)
        self.phase.addItem(self.tr("(none)"), "")
        for value, label in enum_choices(ProjectStage):
            self.phase.addItem(label, value)
        self.assignee = QComboBox(self)
        self.assignee.addItem(self.tr("(nobody yet)"), None)
        for p in people:
            self.assignee.addItem(p.name, p.id)
        self.estimate = QLineEdit(self)
        self.estimate.setPlaceholderText(self.tr("hours, e.g. 7.5"))
        self.start = OptionalDate(self.tr("Starts on"), self)
        self.due = OptionalDate(self.tr("Due on"), self)
        self.status = QComboBox(self)
        for value, label in enum_choices(TaskStatus):
            self.status.addItem(label, value)
        self.progress = QSpinBox(self)
        self.progress.setRange(0, 100)
        self.progress.setSuffix("%")
        self.milestone = QComboBox(self)
        self.milestone.addItem(self.tr("(none)"), None)
        for m in milestones:
            self.milestone.addItem(template_text(m.name), m.id)
        self.predecessors = CheckList(self)
        self.predecessors.setMinimumHeight(120)
        others = [t for t in tasks if task is None or t.id != task.id]
        self.predecessors.set_items(
            ((t.id, template_text(t.name)) for t in others),
            task.predecessor_ids if task else (),
        )
        hint = QLabel(self.tr("Ticked tasks must finish before this one starts."), self)
        hint.setStyleSheet("color:#5c6b77;")

        self.add_field("name", self.tr("Task"), self.name)
        self.add_field("phase", self.tr("Phase"), self.phase)
        self.add_field("assignee", self.tr("Assignee"), self.assignee)
        self.add_field("estimate", self.tr("Estimate (h)"), self.estimate)
        self.add_field("start_on", self.tr("Start"), self.start)
        self.add_field("due_on", self.tr("End"), self.due)
        self.add_field("status", self.tr("Status"), self.status)
        self.add_field("progress", self.tr("Progress"), self.progress)
        self.add_field("milestone", self.tr("Milestone"), self.milestone)
        self.add_field("dependency", self.tr("After"), self.predecessors)
        self.form.addRow("", hint)
        if task is not None:
            self._load(task)
        else:
            self.start.set_value(project.start_on)
            self.due.set_value(project.due_on)

    def _load(self, t: TaskInfo) -> None:
        self.name.setText(template_text(t.name))
        index = self.phase.findData(t.phase)
        if index < 0:  # a phase typed elsewhere: keep it rather than lose it on save
            self.phase.addItem(t.phase, t.phase)
            index = self.phase.count() - 1
        self.phase.setCurrentIndex(index)
        self.assignee.setCurrentIndex(max(self.assignee.findData(t.assignee_id), 0))
        self.estimate.setText(_hours_text(t.estimate_hours))
        self.start.set_value(t.start_on)
        self.due.set_value(t.due_on)
        self.status.setCurrentIndex(max(self.status.findData(t.status.value), 0))
        self.progress.setValue(t.progress)
        self.milestone.setCurrentIndex(max(self.milestone.findData(t.milestone_id), 0))

    def draft(self) -> TaskDraft:
        name = self.name.text()
        # A shipped name shown translated is saved as it was, so it stays translatable.
        if self._task is not None and name == template_text(self._task.name):
            name = self._task.name
        return TaskDraft(
            name=name,
            phase=str(self.phase.currentData() or ""),
            milestone_id=self.milestone.currentData(),
            assignee_id=self.assignee.currentData(),
            estimate_hours=self.estimate.text().strip() or "0",
            start_on=self.start.value(),
            due_on=self.due.value(),
            status=TaskStatus(self.status.currentData()),
            progress=self.progress.value(),
            predecessor_ids=self.predecessors.checked_ids(),
        )

    def save(self) -> int:
        draft = self.draft()
        if self._task is None:
            task_id = self._projects.add_task(self._project.id, draft)
        else:
            self._projects.update_task(self._task.id, draft)
            task_id = self._task.id
        self.task_saved.emit(task_id)
        return task_id


class MilestoneEditorDialog(ProjectFormDialog):
    """A new milestone or changes to one: name, due date, done date."""

    milestone_saved = Signal(int)

    def __init__(
        self,
        projects: ProjectService,
        project: ProjectDetail,
        milestone: MilestoneInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit milestone") if milestone else self.tr("New milestone")
        super().__init__(title, parent, min_width=420)
        self._projects = projects
        self._project = project
        self._milestone = milestone
        self.name = QLineEdit(self)
        self.due = OptionalDate(self.tr("Due on"), self)
        self.done_on = OptionalDate(self.tr("Done on"), self)
        self.add_field("name", self.tr("Milestone"), self.name)
        self.add_field("due_on", self.tr("Due"), self.due)
        self.add_field("done_on", self.tr("Done"), self.done_on)
        if milestone is not None:
            self.name.setText(template_text(milestone.name))
            self.due.set_value(milestone.due_on)
            self.done_on.set_value(milestone.done_on)
        else:
            self.due.set_value(project.due_on)

    def draft(self) -> MilestoneDraft:
        name = self.name.text()
        # A shipped name shown translated is saved as it was, so it stays translatable.
        if self._milestone is not None and name == template_text(self._milestone.name):
            name = self._milestone.name
        return MilestoneDraft(name, self.due.value(), self.done_on.value())

    def save(self) -> int:
        draft = self.draft()
        if self._milestone is None:
            milestone_id = self._projects.add_milestone(self._project.id, draft)
        else:
            self._projects.update_milestone(self._milestone.id, draft)
            milestone_id = self._milestone.id
        self.milestone_saved.emit(milestone_id)
        return milestone_id
