"""The risk editor: every field of a risk, its expected cost, score history and mitigation task."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.enums import RiskResponse, RiskStatus
from models.errors import DomainError, ValidationError
from models.money import Money, to_minor
from models.services import Services
from models.services.risks import RiskDraft, RiskRecord, expected_cost
from ui.risks.history_chart import ScoreHistoryChart
from ui.risks.labels import category_label
from ui.shell.form_dialog import IN_A_BOX, FormDialog
from ui.shell.labels import enum_choices
from ui.shell.messages import show_error


def _text_box(parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setFixedHeight(64)
    return box


class RiskEditorDialog(FormDialog):
    """New or existing risk; ``risk_saved(id)`` after a successful save."""

    fallback_field = IN_A_BOX

    risk_saved = Signal(int)
    task_created = Signal(int)

    def __init__(
        self,
        services: Services,
        risk: RiskRecord | None = None,
        parent: QWidget | None = None,
        *,
        project_id: int | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit risk") if risk else self.tr("New risk"), parent, min_width=620
        )
        self._services = services
        self._risk = risk

        self.title_edit = QLineEdit(self)
        self.project_combo = QComboBox(self)
        self.project_combo.addItem(self.tr("Studio (no project)"), None)
        for c in services.risks.projects():
            self.project_combo.addItem(c.label, c.id)
        self.category_combo = QComboBox(self)
        self.category_combo.addItem("—", None)
        for c in services.risks.categories():
            self.category_combo.addItem(category_label(c.code, c.label), c.id)
        self.cause_edit = _text_box(self)
        self.description_edit = _text_box(self)
        self.probability_spin = QSpinBox(self)
        self.probability_spin.setRange(1, 5)
        self.impact_spin = QSpinBox(self)
        self.impact_spin.setRange(1, 5)
        self.score_label = QLabel(self)
        self.score_label.setObjectName("riskScore")
        self.cost_edit = QLineEdit(self)
        self.cost_edit.setPlaceholderText("0.00")
        self.expected_label = QLabel(self)
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(0, 3650)
        self.days_spin.setSuffix(self.tr(" days"))
        self.owner_combo = QComboBox(self)
        self.owner_combo.addItem("—", None)
        for c in services.risks.owners():
            self.owner_combo.addItem(c.label, c.id)
        self.response_combo = QComboBox(self)
        for value, label in enum_choices(RiskResponse):
            self.response_combo.addItem(label, value)
        self.status_combo = QComboBox(self)
        for value, label in enum_choices(RiskStatus):
            self.status_combo.addItem(label, value)
        self.mitigation_edit = _text_box(self)
        self.triggers_edit = _text_box(self)
        self.review_check = QCheckBox(self.tr("Review on"), self)
        self.review_date = QDateEdit(self)
        self.review_date.setCalendarPopup(True)
        self.review_date.setDisplayFormat("yyyy-MM-dd")
        self.review_date.setDate(QDate.currentDate().addDays(30))
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Why the score changed (kept in the history)"))
        self.history_chart = ScoreHistoryChart(self)

        tabs = QTabWidget(self)
        main = QWidget(tabs)
        form = QFormLayout(main)
        self.add_field("title", self.tr("Title"), self.title_edit, form)
        self.add_field("project", self.tr("Project"), self.project_combo, form)
        form.addRow(self.tr("Category"), self.category_combo)
        scores = QHBoxLayout()
        scores.addWidget(QLabel(self.tr("Probability"), main))
        scores.addWidget(self.add_field("probability", None, self.probability_spin))
        scores.addWidget(QLabel(self.tr("Impact"), main))
        scores.addWidget(self.add_field("impact", None, self.impact_spin))
        scores.addWidget(self.score_label, 1)
        form.addRow(self.tr("Score (1–5 each)"), scores)
        form.addRow(self.tr("Score note"), self.note_edit)
        self.add_field("cost_impact", self.tr("Cost impact"), self.cost_edit, form)
        form.addRow(self.tr("Expected cost"), self.expected_label)
        self.add_field("schedule_impact_days", self.tr("Schedule impact"), self.days_spin, form)
        form.addRow(self.tr("Owner"), self.owner_combo)
        form.addRow(self.tr("Status"), self.status_combo)
        review = QHBoxLayout()
        review.addWidget(self.review_check)
        review.addWidget(self.review_date, 1)
        form.addRow(self.tr("Next review"), review)
        tabs.addTab(main, self.tr("Risk"))

        detail = QWidget(tabs)
        dform = QFormLayout(detail)
        dform.addRow(self.tr("Cause"), self.cause_edit)
        dform.addRow(self.tr("Description"), self.description_edit)
        dform.addRow(self.tr("Response"), self.response_combo)
        dform.addRow(self.tr("Mitigation plan"), self.mitigation_edit)
        dform.addRow(self.tr("Trigger signs"), self.triggers_edit)
        tabs.addTab(detail, self.tr("Response"))

        hist = QWidget(tabs)
        hl = QVBoxLayout(hist)
        hl.addWidget(QLabel(self.tr("Score (probability × impact) each time it changed"), hist))
        hl.addWidget(self.history_chart, 1)
        tabs.addTab(hist, self.tr("Score history"))
        self.tabs = tabs

        self.task_button = QPushButton(self.tr("Create mitigation task"), self)
        self.task_button.setToolTip(
            self.tr("Adds a task to the risk's project, linked back to this risk.")
        )
        self.task_status = QLabel(self)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.button_row.insertWidget(0, self.task_button)
        self.button_row.insertWidget(1, self.task_status, 1)
        self.add_below_form(tabs, 1)

        self.probability_spin.valueChanged.connect(self._update_score)
        self.impact_spin.valueChanged.connect(self._update_score)
        self.cost_edit.textChanged.connect(self._update_score)
        self.task_button.clicked.connect(self._on_task_clicked)
        self.review_check.toggled.connect(self.review_date.setEnabled)
        self._fill(risk, project_id)

    def _currency(self) -> str:
        return (
            self._risk.cost_impact.currency
            if self._risk
            else self._services.studio.get().base_currency
        )

    def _fill(self, risk: RiskRecord | None, project_id: int | None) -> None:
        def pick(combo: QComboBox, value: object) -> None:
            i = combo.findData(value)
            combo.setCurrentIndex(max(i, 0))

        if risk is None:
            pick(self.project_combo, project_id)
            self.probability_spin.setValue(3)
            self.impact_spin.setValue(3)
            pick(self.response_combo, RiskResponse.MITIGATE.value)
            pick(self.status_combo, RiskStatus.OPEN.value)
            self.review_check.setChecked(True)
        else:
            self.title_edit.setText(risk.title)
            pick(self.project_combo, risk.project_id)
            pick(self.category_combo, risk.category_id)
            self.cause_edit.setPlainText(risk.cause)
            self.description_edit.setPlainText(risk.description)
            self.probability_spin.setValue(risk.probability)
            self.impact_spin.setValue(risk.impact)
            self.cost_edit.setText(f"{risk.cost_impact.amount}")
            self.days_spin.setValue(risk.schedule_impact_days)
            pick(self.owner_combo, risk.owner_id)
            pick(self.response_combo, risk.response.value)
            pick(self.status_combo, risk.status.value)
            self.mitigation_edit.setPlainText(risk.mitigation_plan)
            self.triggers_edit.setPlainText(risk.triggers)
            self.review_check.setChecked(risk.next_review_on is not None)
            if risk.next_review_on:
                self.review_date.setDate(QDate(risk.next_review_on))
            self.history_chart.set_history(self._services.risks.history(risk.id))
        self.review_date.setEnabled(self.review_check.isChecked())
        self._update_task_button()
        self._update_score()

    def _update_task_button(self) -> None:
        self.task_button.setEnabled(self._risk is not None and self._risk.project_id is not None)

    def _update_score(self) -> None:
        p, i = self.probability_spin.value(), self.impact_spin.value()
        self.score_label.setText(self.tr("= score %1").replace("%1", str(p * i)))
        currency = self._currency()
        try:
            cost = Money(to_minor(self.cost_edit.text() or "0", currency), currency)
        except ValidationError:
            self.expected_label.setText("—")
            return
        self.expected_label.setText(
            self.tr(
                "%1  (probability ÷ 5 × cost impact; offered as the project's contingency)"
            ).replace("%1", expected_cost(p, cost).format())
        )

    def draft(self) -> RiskDraft:
        review: date | None = None
        if self.review_check.isChecked():
            review = self.review_date.date().toPython()  # type: ignore[assignment]
        return RiskDraft(
            title=self.title_edit.text(),
            probability=self.probability_spin.value(),
            impact=self.impact_spin.value(),
            project_id=self.project_combo.currentData(),
            category_id=self.category_combo.currentData(),
            cause=self.cause_edit.toPlainText(),
            description=self.description_edit.toPlainText(),
            cost_impact=self.cost_edit.text().strip() or "0",
            schedule_impact_days=self.days_spin.value(),
            owner_id=self.owner_combo.currentData(),
            response=RiskResponse(self.response_combo.currentData()),
            mitigation_plan=self.mitigation_edit.toPlainText(),
            triggers=self.triggers_edit.toPlainText(),
            status=RiskStatus(self.status_combo.currentData()),
            next_review_on=review,
            score_note=self.note_edit.text(),
        )

    def save(self) -> RiskRecord:
        if self._risk is None:
            saved = self._services.risks.create(self.draft())
        else:
            saved = self._services.risks.update(self._risk.id, self.draft())
        self._risk = saved
        self.note_edit.clear()
        self.history_chart.set_history(self._services.risks.history(saved.id))
        self._update_task_button()
        self.risk_saved.emit(saved.id)
        return saved

    def _on_task_clicked(self) -> None:
        if self._risk is None:
            return
        try:
            task_id = self._services.risks.create_mitigation_task(self._risk.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.task_status.setText(
            self.tr("Task added to %1").replace("%1", self._risk.project_code or "")
        )
        self.task_created.emit(task_id)
