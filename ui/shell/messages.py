"""Message boxes for failures that carry a ``.message``: storage trouble and other errors."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models.errors import StorageError
from ui.shell.service_text import translate_service_message

log = logging.getLogger(__name__)


def message_of(exc: BaseException) -> str:
    """The user-facing sentence of an exception: its ``.message`` or, failing that, str()."""
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return translate_service_message(message)
    return str(exc) or exc.__class__.__name__


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Show a failure in a modal box; storage problems get their own title and advice."""
    if isinstance(exc, StorageError):
        show_storage_error(parent, exc)
        return
    if not hasattr(exc, "message"):
        log.error("Unexpected failure shown to the user", exc_info=exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Messages", "Something went wrong"))
    box.setText(message_of(exc))
    box.exec()


def show_storage_error(parent: QWidget | None, exc: BaseException) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Could not save"))
    box.setText(message_of(exc))
    box.setInformativeText(
        QCoreApplication.translate(
            "Messages", "Your earlier data is safe. Fix the problem above, then try again."
        )
    )
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, action_label: str) -> bool:
    """Ask before something hard to undo; the safe answer is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(action_label, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok
