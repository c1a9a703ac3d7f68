"""The stage bar (the lifecycle as buttons) and the gate warning that needs an override reason."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import ProjectStage
from models.services.projects_data import GateWarning, StageCheck
from ui.projects.labels import gate_label
from ui.projects.names import template_text
from ui.shell.field_error import FieldWithError
from ui.shell.labels import enum_label
from ui.shell.service_text import translate_service_message


class StageBar(QWidget):
    """One button per lifecycle stage; clicking another stage asks to move there."""

    stage_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[ProjectStage, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        for n, stage in enumerate(ProjectStage, start=1):
            # "&" would become a keyboard mnemonic ("Design & development").
            text = enum_label(ProjectStage, stage).replace("&", "&&")
            button = QPushButton(f"{n}. {text}", self)
            button.setObjectName("stageButton")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, s=stage: self._on_clicked(s))
            group.addButton(button)
            row.addWidget(button)
            self.buttons[stage] = button
        self._current: ProjectStage | None = None

    def set_stage(self, stage: ProjectStage) -> None:
        self._current = stage
        for s, button in self.buttons.items():
            button.setChecked(s == stage)
            done = s.order < stage.order
            button.setStyleSheet(
                "background:#2f6f8f;color:white;font-weight:bold;"
                if s == stage
                else ("background:#dbe8ef;color:#1d3f52;" if done else "")
            )

    def _on_clicked(self, stage: ProjectStage) -> None:
        if self._current is not None:
            self.set_stage(self._current)  # the move has to pass the service first
        if stage != self._current:
            self.stage_requested.emit(stage.value)


class StageGateDialog(QDialog):
    """Lists what the move would trip; moving anyway needs a reason, which is stored."""

    def __init__(self, check: StageCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.setWindowTitle(self.tr("Check before moving"))
        self.setMinimumWidth(460)
        frm, to = (
            enum_label(ProjectStage, check.from_stage),
            enum_label(ProjectStage, check.to_stage),
        )
        intro = QLabel(
            self.tr("Moving from “%1” to “%2” needs attention:")
            .replace("%1", frm)
            .replace("%2", to),
            self,
        )
        intro.setWordWrap(True)
        items = "".join(f"<li>{self._line(g)}</li>" for g in check.gates)
        self.warnings = QLabel(f"<ul>{items}</ul>", self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color:#8a5a00;")
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("Why move anyway? (kept in the stage history)"))
        self.reason.setFixedHeight(70)
        self.reason_field = FieldWithError(self.reason, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        # Not an accept button: the caller tries the move and closes only when it succeeds.
        self.override_button = buttons.addButton(
            self.tr("Override and move"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.warnings)
        layout.addWidget(QLabel(self.tr("Reason"), self))
        layout.addWidget(self.reason_field)
        layout.addWidget(buttons)

    def _line(self, gate: GateWarning) -> str:
        if gate.names:
            shown = ", ".join(template_text(n) for n in gate.names[:5])
            text = self.tr("%1 still open: %2").replace("%1", str(len(gate.names)))
            text = text.replace("%2", html.escape(shown))
        else:
            text = translate_service_message(gate.message)
        return f"<b>{gate_label(gate.gate)}</b>: {text}"

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()
