"""Service errors that carry data (a date, task names) worded in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.errors import DomainError
from models.services.projects_data import DependencyLoopError, ProjectEndsError
from ui.projects.names import template_text
from ui.shell.service_text import translate_service_message


def error_text(exc: DomainError) -> str:
    """The sentence to show for ``exc``: built here when it carries data, else translated."""
    if isinstance(exc, ProjectEndsError):
        text = QCoreApplication.translate(
            "ProjectErrors", "The project ends on %1; pick an earlier date."
        )
        return text.replace("%1", exc.project_due.isoformat())
    if isinstance(exc, DependencyLoopError):
        text = QCoreApplication.translate("ProjectErrors", "That would make a loop: %1.")
        return text.replace("%1", " → ".join(template_text(n) for n in exc.names))
    return translate_service_message(exc.message)


def worded(exc: DomainError) -> DomainError:
    """``exc`` ready for a message box: errors carrying data get a worded copy; the rest
    (storage trouble keeps its own box) go through unchanged and are translated there."""
    if isinstance(exc, ProjectEndsError | DependencyLoopError):
        return DomainError(error_text(exc))
    return exc
