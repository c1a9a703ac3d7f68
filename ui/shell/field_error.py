"""Validation messages shown beside a field: a red line under the input, and the field marked."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.shell.service_text import translate_service_message


class FieldWithError(QWidget):
    """Wraps an input widget with a hidden red message label beneath it."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(field)
        layout.addWidget(self.error)

    def show_error(self, message: str) -> None:
        self.error.setText(translate_service_message(message))
        self.error.show()
        self.field.setProperty("invalid", True)
        self._repolish()
        self._make_room()

    def message(self) -> str:
        """The message shown beside the field, "" when none."""
        return "" if self.error.isHidden() else self.error.text()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
        self.field.setProperty("invalid", False)
        self._repolish()

    def _make_room(self) -> None:
        """Grow the window if the message needs space, so no input gets squeezed."""
        window = self.window()
        layout = window.layout()
        if layout is None:
            return
        layout.activate()
        need = layout.totalSizeHint()
        if window.height() < need.height() or window.width() < need.width():
            window.resize(max(window.width(), need.width()), max(window.height(), need.height()))

    def _repolish(self) -> None:
        style = self.field.style()
        style.unpolish(self.field)
        style.polish(self.field)
