"""The project editor: a new project (optionally from a template) or changes to one."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from models.enums import PricingModel, ProjectStatus
from models.errors import DomainError
from models.services.projects import ProjectService
from models.services.projects_data import ProjectDetail, ProjectDraft
from ui.projects.checklist import CheckList
from ui.projects.errors import error_text
from ui.projects.names import service_type_name, template_text
from ui.shell.form_dialog import FormDialog
from ui.shell.labels import enum_choices


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class OptionalDate(QWidget):
    """A date that may be left empty: a tick box switches the date on."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(to_qdate(date.today()))
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))


class ProjectFormDialog(FormDialog):
    """A projects-module form: errors worded by ``error_text``; one naming no field of the
    form is shown beside the name."""

    fallback_field = "name"

    def error_message(self, exc: DomainError) -> str:
        return error_text(exc)


class ProjectEditorDialog(ProjectFormDialog):
    """Saves through ProjectService; a refused field gets its message beside it."""

    project_saved = Signal(int)

    def __init__(
        self,
        projects: ProjectService,
        project: ProjectDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit project") if project else self.tr("New project")
        super().__init__(title, parent, min_width=560)
        self._projects = projects
        self._project = project

        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("Numbered automatically"))
        self.name = QLineEdit(self)
        self.client = QComboBox(self)
        self.client.setEditable(True)  # type to find among many clients
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for c in projects.clients():
            self.client.addItem(c.name, c.id)
        self.client.setCurrentIndex(-1)
        self.service_type = QComboBox(self)
        self.service_type.addItem(self.tr("(none)"), None)
        for st in projects.service_types():
            self.service_type.addItem(service_type_name(st.code, st.name), st.id)
        self.template = QComboBox(self)
        self.template.addItem(self.tr("(empty project)"), None)
        for t in projects.templates():
            self.template.addItem(template_text(t.name), t.id)
        self.manager = QComboBox(self)
        self.manager.addItem(self.tr("(none)"), None)
        people = projects.people()
        for p in people:
            self.manager.addItem(p.name, p.id)
        self.team = CheckList(self)
        self.team.setMaximumHeight(110)
        # Someone who has left stays in a team they were in, so saving does not drop them.
        known = {p.id for p in people}
        former = [c for c in project.team if c.id not in known] if project else []
        self.team.set_items(
            [(p.id, p.name) for p in [*people, *former]],
            [c.id for c in project.team] if project else (),
        )
        self.start = QDateEdit(self)
        self.due = QDateEdit(self)
        for edit in (self.start, self.due):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.start.setDate(to_qdate(date.today()))
        self.due.setDate(to_qdate(date.today() + timedelta(days=90)))
        self.status = QComboBox(self)
        for value, label in enum_choices(ProjectStatus):
            self.status.addItem(label, value)
        self.pricing = QComboBox(self)
        for value, label in enum_choices(PricingModel):
            self.pricing.addItem(label, value)
        self.value = QLineEdit(self)
        self.value.setPlaceholderText("0.00")
        self.cap = QLineEdit(self)
        self.cap.setPlaceholderText(self.tr("Only for time and materials"))
        self.deposit = QLineEdit(self)
        self.deposit.setPlaceholderText("0.00")
        self.deposit_paid = OptionalDate(self.tr("Paid on"), self)
        self.final_paid = OptionalDate(self.tr("Paid on"), self)
        self.terms = QLineEdit(self)
        self.terms.setPlaceholderText(self.tr("e.g. 30% on signing, 70% on delivery"))
        self.rounds = QSpinBox(self)
        self.rounds.setRange(0, 99)
        self.rounds.setValue(2)
        self.percent = QSpinBox(self)
        self.percent.setRange(0, 100)
        self.percent.setSuffix("%")
        self.from_tasks = QCheckBox(self.tr("Work out from task progress"), self)
        self.from_tasks.toggled.connect(lambda on: self.percent.setEnabled(not on))
        self.description = QPlainTextEdit(self)
        self.description.setFixedHeight(70)

        add = self.add_field
        add("code", self.tr("Code"), self.code)
        add("name", self.tr("Name"), self.name)
        add("client", self.tr("Client"), self.client)
        add("service_type", self.tr("Service type"), self.service_type)
        if project is None:
            add("template", self.tr("Start from template"), self.template)
        else:
            self.template.hide()  # templates only seed new projects; unplaced it sat top-left
        add("manager", self.tr("Manager"), self.manager)
        add("team", self.tr("Team"), self.team)
        add("start_on", self.tr("Start"), self.start)
        add("due_on", self.tr("End"), self.due)
        add("status", self.tr("Status"), self.status)
        add("pricing_model", self.tr("Pricing"), self.pricing)
        add("contract_value", self.tr("Contract value"), self.value)
        add("cap", self.tr("Cap"), self.cap)
        add("deposit", self.tr("Deposit"), self.deposit)
        add("deposit_paid_on", self.tr("Deposit paid"), self.deposit_paid)
        add("final_paid_on", self.tr("Final payment"), self.final_paid)
        add("payment_terms", self.tr("Payment terms"), self.terms)
        add("review_rounds_allowed", self.tr("Review rounds allowed"), self.rounds)
        add("percent_complete", self.tr("Complete"), self.percent)
        self.form.addRow("", self.from_tasks)
        add("description", self.tr("Description"), self.description)
        if project is not None:
            self._load(project)

    def set_client(self, client_id: int) -> None:
        self.client.setCurrentIndex(self.client.findData(client_id))

    def set_template(self, template_id: int) -> None:
        self.template.setCurrentIndex(self.template.findData(template_id))

    def _load(self, p: ProjectDetail) -> None:
        self.code.setText(p.code)
        self.name.setText(p.name)
        self.set_client(p.client_id)
        self.service_type.setCurrentIndex(max(self.service_type.findData(p.service_type_id), 0))
        self.manager.setCurrentIndex(max(self.manager.findData(p.manager_id), 0))
        if p.start_on:
            self.start.setDate(to_qdate(p.start_on))
        if p.due_on:
            self.due.setDate(to_qdate(p.due_on))
        self.status.setCurrentIndex(self.status.findData(p.status.value))
        self.pricing.setCurrentIndex(self.pricing.findData(p.pricing_model.value))
        self.value.setText(f"{p.contract_value.amount}")
        self.cap.setText(f"{p.cap.amount}" if p.cap else "")
        self.deposit.setText(f"{p.deposit.amount}")
        self.deposit_paid.set_value(p.deposit_paid_on)
        self.final_paid.set_value(p.final_paid_on)
        self.terms.setText(p.payment_terms)
        self.rounds.setValue(p.review_rounds_allowed)
        self.percent.setValue(p.percent_complete)
        self.from_tasks.setChecked(p.progress_from_tasks)
        self.description.setPlainText(p.description)

    def draft(self) -> ProjectDraft:
        client_id = self.client.currentData() if self.client.currentIndex() >= 0 else None
        # An edited combo text that matches no client must not keep the old selection.
        if client_id is not None and self.client.currentText() != self.client.itemText(
            self.client.currentIndex()
        ):
            client_id = None
        data: dict[str, Any] = {
            "name": self.name.text(),
            "client_id": client_id,
            "code": self.code.text(),
            "service_type_id": self.service_type.currentData(),
            "manager_id": self.manager.currentData(),
            "team_ids": self.team.checked_ids(),
            "start_on": from_qdate(self.start.date()),
            "due_on": from_qdate(self.due.date()),
            "status": ProjectStatus(self.status.currentData()),
            "pricing_model": PricingModel(self.pricing.currentData()),
            "currency": self._project.currency if self._project else "",
            "contract_value": self.value.text() or "0",
            "cap": self.cap.text() or None,
            "deposit": self.deposit.text() or "0",
            "payment_terms": self.terms.text(),
            "review_rounds_allowed": self.rounds.value(),
            "percent_complete": self.percent.value(),
            "progress_from_tasks": self.from_tasks.isChecked(),
            "description": self.description.toPlainText(),
            "deposit_paid_on": self.deposit_paid.value(),
            "final_paid_on": self.final_paid.value(),
        }
        return ProjectDraft(**data)

    def save(self) -> int:
        draft = self.draft()
        if self._project is not None:
            self._projects.update(self._project.id, draft)
            project_id = self._project.id
        elif self.template.currentData() is not None:
            project_id = self._projects.create_from_template(
                int(self.template.currentData()), draft
            )
        else:
            project_id = self._projects.create(draft)
        self.project_saved.emit(project_id)
        return project_id
