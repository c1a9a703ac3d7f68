"""Labels and colours of the projects module: status colours, gate names, service sentences."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from models.enums import ProjectStatus

# Text and background colours per status, readable on a light theme.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    ProjectStatus.ON_TRACK.value: ("#1e6b34", "#e3f3e6"),
    ProjectStatus.AT_RISK.value: ("#8a5a00", "#fdf0d5"),
    ProjectStatus.OFF_TRACK.value: ("#9b1c1c", "#fbe2e0"),
    ProjectStatus.ON_HOLD.value: ("#4a5560", "#eceff2"),
    ProjectStatus.DONE.value: ("#2f4f8f", "#e2e9f7"),
}


def status_colours(status: str) -> tuple[QColor, QColor]:
    fg, bg = STATUS_COLOURS.get(str(status), ("#202020", "#ffffff"))
    return QColor(fg), QColor(bg)


_GATES = {
    "deposit_unpaid": QT_TRANSLATE_NOOP("ProjectGate", "Deposit not paid"),
    "milestones_open": QT_TRANSLATE_NOOP("ProjectGate", "Milestones still open"),
    "final_payment_outstanding": QT_TRANSLATE_NOOP("ProjectGate", "Final payment outstanding"),
    "stages_skipped": QT_TRANSLATE_NOOP("ProjectGate", "Stages skipped"),
}


def gate_label(gate: str) -> str:
    text = _GATES.get(gate)
    return QCoreApplication.translate("ProjectGate", text) if text else gate


# The fixed sentences the project service raises, so lupdate puts them in this catalogue
# under the context ui.shell.service_text translates with.
SERVICE_MESSAGES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter the project's name."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose the client this project is for."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The code is longer than 40 characters."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Another project already uses this code."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a service type from the list."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a manager from the list."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The end date is before the start date."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter an amount of zero or more."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The deposit is more than the contract value."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Allow 0 to 99 review rounds."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter a percentage from 0 to 100."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Tasks are due after this end date; move them first."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose team members from the list."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That project no longer exists."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter a code for the project."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The project is already at that stage."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Give a reason for overriding the warning."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The deposit has not been paid yet."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The final payment is still outstanding."),
    QT_TRANSLATE_NOOP("ServiceMessage", "This move skips stages of the lifecycle."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter who accepted the work."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a satisfaction score from 1 to 5."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter what the change is."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The title is longer than 200 characters."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter zero or more extra days."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That change request no longer exists."),
    QT_TRANSLATE_NOOP("ServiceMessage", "This change request has already been decided."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter a name."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter the estimate in hours, e.g. 7.5."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter an estimate of zero hours or more."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Give the task a start or an end date."),
    QT_TRANSLATE_NOOP("ServiceMessage", "A task cannot depend on itself."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Both tasks must belong to the same project."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a template from the list."),
    QT_TRANSLATE_NOOP("ServiceMessage", "A template with this name already exists."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That task no longer exists."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That milestone no longer exists."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The phase is longer than 100 characters."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a person from the list."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a milestone of this project."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a status from the list."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a file or enter a link."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a file or enter a link starting with https://."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That attachment no longer exists."),
)
