"""One project in full: stage bar and history, Gantt, milestones, tasks, changes, reviews."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.enums import ChangeRequestStatus, ProjectStage, ProjectStatus
from models.errors import DomainError, ValidationError
from models.services.projects import ProjectService
from models.services.projects_data import (
    ChangeRequestDraft,
    ChangeRequestInfo,
    ProjectDetail,
    ReviewRoundInfo,
    StageChangeInfo,
)
from ui.projects.attachments import AttachmentsTab
from ui.projects.editor import OptionalDate
from ui.projects.errors import worded
from ui.projects.gantt import GanttView
from ui.projects.labels import gate_label
from ui.projects.plan_tabs import MilestonesTab, TasksTab
from ui.projects.rows import RowsModel
from ui.projects.stage import StageBar, StageGateDialog
from ui.shell.field_error import FieldWithError
from ui.shell.labels import enum_label
from ui.shell.messages import show_error


def _d(value: date | None) -> str:
    return value.isoformat() if value else ""


def _table(model: RowsModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ProjectDetailView(QWidget):
    """Shows one project; every edit goes through the service, then ``project_changed``."""

    project_changed = Signal(int)

    def __init__(self, projects: ProjectService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._projects = projects
        self._project: ProjectDetail | None = None
        self.today = date.today()
        self.gate_dialog: StageGateDialog | None = None

        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.stage_bar = StageBar(self)
        self.stage_bar.stage_requested.connect(self.request_move)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_plan_tab(), self.tr("Gantt"))
        self.milestones_tab = MilestonesTab(projects, self)
        self.milestones_tab.changed.connect(self._reload)
        self.tabs.addTab(self.milestones_tab, self.tr("Milestones"))
        self.tasks_tab = TasksTab(projects, self)
        self.tasks_tab.changed.connect(self._reload)
        self.tabs.addTab(self.tasks_tab, self.tr("Tasks"))
        # Short names for what tests and screenshots reach into.
        self.milestone_model, self.milestone_view = (
            self.milestones_tab.model,
            self.milestones_tab.view,
        )
        self.task_model, self.task_view = self.tasks_tab.model, self.tasks_tab.view
        self.tabs.addTab(self._build_changes_tab(), self.tr("Change requests"))
        self.tabs.addTab(self._build_reviews_tab(), self.tr("Reviews and acceptance"))
        self.tabs.addTab(self._build_history_tab(), self.tr("Stage history"))
        self.attachments = AttachmentsTab(projects, self)
        self.attachments.changed.connect(self._reload)
        self.tabs.addTab(self.attachments, self.tr("Attachments"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.stage_bar)
        layout.addWidget(self.tabs, 1)
        self.setEnabled(False)

    # --- tabs ------------------------------------------------------------------------------
    def _build_plan_tab(self) -> QWidget:
        tab = QWidget(self)
        self.gantt = GanttView(tab)
        self.gantt.task_dates_requested.connect(self._on_task_dates_requested)
        self.zoom = QComboBox(tab)
        self.zoom.addItem(self.tr("Weeks"), "week")
        self.zoom.addItem(self.tr("Months"), "month")
        self.zoom.currentIndexChanged.connect(
            lambda _i: self.gantt.set_zoom(str(self.zoom.currentData()))
        )
        print_button = QPushButton(self.tr("Print…"), tab)
        print_button.clicked.connect(self._on_print_clicked)
        png = QPushButton(self.tr("Export PNG…"), tab)
        png.clicked.connect(lambda: self._on_export_clicked("png"))
        pdf = QPushButton(self.tr("Export PDF…"), tab)
        pdf.clicked.connect(lambda: self._on_export_clicked("pdf"))
        hint = QLabel(self.tr("Drag a bar to move a task; drag its right end to change the end."))
        hint.setStyleSheet("color:#5c6b77;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Zoom"), tab))
        bar.addWidget(self.zoom)
        bar.addWidget(hint, 1)
        bar.addWidget(print_button)
        bar.addWidget(png)
        bar.addWidget(pdf)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.gantt, 1)
        return tab

    def _build_changes_tab(self) -> QWidget:
        tab = QWidget(self)
        self.change_model: RowsModel[ChangeRequestInfo] = RowsModel(
            [
                (self.tr("Change"), lambda c: c.title),
                (self.tr("Extra fee"), lambda c: c.extra_fee.format()),
                (self.tr("Extra days"), lambda c: str(c.extra_days)),
                (self.tr("Status"), lambda c: enum_label(ChangeRequestStatus, c.status)),
                (self.tr("Requested"), lambda c: _d(c.requested_on)),
                (self.tr("Decided"), lambda c: _d(c.decided_on)),
                (
                    self.tr("Value before"),
                    lambda c: c.value_before.format() if c.value_before else "",
                ),
                (self.tr("Due before"), lambda c: _d(c.due_before)),
            ],
            None,
            self,
        )
        self.change_view = _table(self.change_model, tab)
        self.change_title = QLineEdit(tab)
        self.change_title.setPlaceholderText(self.tr("What changes"))
        self.change_fee = QLineEdit(tab)
        self.change_fee.setPlaceholderText(self.tr("Extra fee"))
        self.change_days = QSpinBox(tab)
        self.change_days.setRange(0, 365)
        self.change_days.setSuffix(self.tr(" days"))
        self.change_fields = {
            "title": FieldWithError(self.change_title, tab),
            "extra_fee": FieldWithError(self.change_fee, tab),
        }
        add = QPushButton(self.tr("Add"), tab)
        add.clicked.connect(self._on_add_change_clicked)
        approve = QPushButton(self.tr("Approve"), tab)
        approve.clicked.connect(lambda: self._on_decide_clicked(True))
        reject = QPushButton(self.tr("Reject"), tab)
        reject.clicked.connect(lambda: self._on_decide_clicked(False))
        form = QHBoxLayout()
        form.addWidget(self.change_fields["title"], 3)
        form.addWidget(self.change_fields["extra_fee"], 1)
        form.addWidget(self.change_days)
        form.addWidget(add)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.change_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(approve)
        buttons.addWidget(reject)
        layout.addLayout(buttons)
        return tab

    def _build_reviews_tab(self) -> QWidget:
        tab = QWidget(self)
        self.review_model: RowsModel[ReviewRoundInfo] = RowsModel(
            [
                (self.tr("Round"), lambda r: str(r.round_no)),
                (self.tr("Held on"), lambda r: _d(r.held_on)),
                (self.tr("Billable change"), lambda r: self.tr("Yes") if r.billable else ""),
                (self.tr("Notes"), lambda r: r.notes),
            ],
            lambda r: "#b3261e" if r.billable else None,
            self,
        )
        self.review_view = _table(self.review_model, tab)
        self.review_summary = QLabel(tab)
        add_round = QPushButton(self.tr("Record a review round"), tab)
        add_round.clicked.connect(self._on_add_review_clicked)
        self.accepted_by = QLineEdit(tab)
        self.accepted_on = OptionalDate(self.tr("On"), tab)
        self.satisfaction = QComboBox(tab)
        self.satisfaction.addItem(self.tr("(no score)"), None)
        for n in range(1, 6):
            self.satisfaction.addItem("★" * n, n)
        self.acceptance_fields = {
            "accepted_by": FieldWithError(self.accepted_by, tab),
            "satisfaction": FieldWithError(self.satisfaction, tab),
        }
        save = QPushButton(self.tr("Save acceptance"), tab)
        save.clicked.connect(self._on_save_acceptance_clicked)
        form = QFormLayout()
        form.addRow(self.tr("Accepted by"), self.acceptance_fields["accepted_by"])
        form.addRow(self.tr("Accepted"), self.accepted_on)
        form.addRow(self.tr("Satisfaction"), self.acceptance_fields["satisfaction"])
        form.addRow("", save)
        layout = QVBoxLayout(tab)
        top = QHBoxLayout()
        top.addWidget(self.review_summary, 1)
        top.addWidget(add_round)
        layout.addLayout(top)
        layout.addWidget(self.review_view, 1)
        layout.addLayout(form)
        return tab

    def _build_history_tab(self) -> QWidget:
        tab = QWidget(self)
        self.history_model: RowsModel[StageChangeInfo] = RowsModel(
            [
                (self.tr("When"), lambda h: h.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")),
                (
                    self.tr("From"),
                    lambda h: enum_label(ProjectStage, h.from_stage) if h.from_stage else "",
                ),
                (self.tr("To"), lambda h: enum_label(ProjectStage, h.to_stage)),
                (self.tr("Who"), lambda h: h.changed_by),
                (
                    self.tr("Overridden"),
                    lambda h: ", ".join(gate_label(g) for g in h.overridden_gates),
                ),
                (self.tr("Why"), lambda h: h.reason),
            ],
            lambda h: "#8a5a00" if h.overridden_gates else None,
            self,
        )
        self.history_view = _table(self.history_model, tab)
        return self._with_buttons(tab, self.history_view)

    def _with_buttons(self, tab: QWidget, view: QTableView, *buttons: QPushButton) -> QWidget:
        layout = QVBoxLayout(tab)
        layout.addWidget(view, 1)
        if buttons:
            row = QHBoxLayout()
            row.addStretch(1)
            for b in buttons:
                row.addWidget(b)
            layout.addLayout(row)
        return tab

    # --- loading ---------------------------------------------------------------------------
    def project(self) -> ProjectDetail | None:
        return self._project

    def show_project(self, project_id: int | None) -> None:
        if project_id is None:
            self._project = None
            self.setEnabled(False)
            self.title.clear()
            self.facts.clear()
            self.gantt.set_plan(None)
            self.milestones_tab.set_plan(None, (), (), self.today)
            self.tasks_tab.set_plan(None, (), (), self.today)
            self.attachments.show_project(None)
            return
        plan = self._projects.plan(project_id)
        p = plan.project
        self._project = p
        self.setEnabled(True)
        self.title.setText(f"{p.code} · {p.name}")
        paid = self.tr("deposit paid") if p.deposit_paid else self.tr("deposit not paid")
        final = (
            self.tr("final payment outstanding")
            if p.final_payment_outstanding
            else self.tr("final payment received")
        )
        team = ", ".join(c.name for c in p.team) or self.tr("no one yet")
        self.facts.setText(
            f"{p.client} · {enum_label(ProjectStatus, p.status)} · {p.contract_value.format()} · "
            f"{paid} · {final} · {_d(p.start_on)} → {_d(p.due_on)} · {p.percent_complete}%\n"
            + self.tr("Manager: %1 · Team: %2")
            .replace("%1", p.manager or self.tr("none"))
            .replace("%2", team)
        )
        self.stage_bar.set_stage(p.stage)
        self.gantt.set_plan(plan, self.today)
        self.milestones_tab.set_plan(p, plan.tasks, plan.milestones, self.today)
        self.tasks_tab.set_plan(p, plan.tasks, plan.milestones, self.today)
        self.attachments.show_project(project_id)
        self.change_model.set_rows(self._projects.change_requests(project_id))
        rounds = self._projects.review_rounds(project_id)
        self.review_model.set_rows(rounds)
        self.review_summary.setText(
            self.tr("%1 of %2 review rounds used").replace("%1", str(len(rounds)))
            .replace("%2", str(p.review_rounds_allowed))
        )  # fmt: skip
        self.accepted_by.setText(p.accepted_by)
        self.accepted_on.set_value(p.accepted_on)
        self.satisfaction.setCurrentIndex(max(self.satisfaction.findData(p.satisfaction), 0))
        self.history_model.set_rows(self._projects.stage_history(project_id))

    def _reload(self) -> None:
        if self._project is not None:
            pid = self._project.id
            self.show_project(pid)
            self.project_changed.emit(pid)

    # --- stage moves -----------------------------------------------------------------------
    def request_move(self, stage: str) -> None:
        """Move at once when nothing stands in the way; otherwise show the gate warning."""
        if self._project is None:
            return
        try:
            result = self._projects.move_stage(self._project.id, ProjectStage(stage))
        except DomainError as exc:
            show_error(self, exc)
            return
        if result.moved:
            self._reload()
            return
        dialog = StageGateDialog(result.check, self)
        self.gate_dialog = dialog
        dialog.override_button.clicked.connect(lambda: self._on_override_clicked(dialog))
        dialog.open()

    def _on_override_clicked(self, dialog: StageGateDialog) -> None:
        assert self._project is not None
        dialog.reason_field.clear_error()
        try:
            self._projects.move_stage(
                self._project.id, dialog.check.to_stage, reason=dialog.reason_text(), override=True
            )
        except ValidationError as exc:
            dialog.reason_field.show_error(exc.message)
            return
        except DomainError as exc:
            show_error(dialog, exc)
            return
        dialog.accept()
        self.gate_dialog = None
        self._reload()

    # --- plan edits ------------------------------------------------------------------------
    def _on_task_dates_requested(self, task_id: int, start: date | None, due: date | None) -> None:
        try:
            self._projects.move_task(task_id, start, due)
        except DomainError as exc:
            show_error(self, worded(exc), self.tr("The task was not moved"))
        self._reload()

    def _on_add_change_clicked(self) -> None:
        if self._project is None:
            return
        for f in self.change_fields.values():
            f.clear_error()
        draft = ChangeRequestDraft(
            self.change_title.text(), extra_fee=self.change_fee.text() or "0",
            extra_days=self.change_days.value(),
        )  # fmt: skip
        try:
            self._projects.add_change_request(self._project.id, draft)
        except ValidationError as exc:
            self.change_fields.get(exc.field, self.change_fields["title"]).show_error(exc.message)
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self.change_title.clear()
        self.change_fee.clear()
        self.change_days.setValue(0)
        self._reload()

    def _on_decide_clicked(self, approve: bool) -> None:
        rows = self.change_view.selectionModel().selectedRows()
        if not rows:
            return
        try:
            self._projects.decide_change_request(
                self.change_model.row_at(rows[0].row()).id, approve, self.today
            )
        except DomainError as exc:
            show_error(self, exc)
            return
        self._reload()

    def _on_add_review_clicked(self) -> None:
        if self._project is not None:
            self._projects.add_review_round(self._project.id, self.today)
            self._reload()

    def _on_save_acceptance_clicked(self) -> None:
        if self._project is None:
            return
        for f in self.acceptance_fields.values():
            f.clear_error()
        try:
            self._projects.record_acceptance(
                self._project.id,
                self.accepted_by.text(),
                self.accepted_on.value(),
                self.satisfaction.currentData(),
            )
        except ValidationError as exc:
            field = self.acceptance_fields.get(exc.field, self.acceptance_fields["accepted_by"])
            field.show_error(exc.message)
            return
        self._reload()

    # --- output ----------------------------------------------------------------------------
    def _on_print_clicked(self) -> None:
        from PySide6.QtGui import QPainter
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        self.gantt.render_to(painter, painter.viewport().toRectF())
        painter.end()

    def _on_export_clicked(self, kind: str) -> None:
        if self._project is None:
            return
        name = f"{self._project.code}-gantt.{kind}"
        filters = self.tr("PNG image (*.png)") if kind == "png" else self.tr("PDF file (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Gantt chart"), name, filters)
        if not path:
            return
        if kind == "png":
            self.gantt.save_png(Path(path))
        else:
            self.gantt.save_pdf(Path(path), f"{self._project.code} {self._project.name}")
