"""FormDialog: the one frame of an edit dialog (fields with errors beside them, Save/Cancel)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError, StorageError, ValidationError
from ui.shell.field_error import FieldWithError
from ui.shell.messages import show_error
from ui.shell.service_text import translate_service_message

# ``fallback_field`` value: an error naming no field of the form opens a message box.
IN_A_BOX = "<message box>"

_Button = QDialogButtonBox.StandardButton


class SaveCancelled(Exception):
    """Raised by ``save`` when the user backed out (e.g. declined a question): nothing is
    shown and the dialog stays open."""


class FormDialog(QDialog):
    """Fields wrapped in FieldWithError, a red line for errors that name no field, and
    Save/Cancel. Subclasses build their fields with ``add_field`` and implement ``save``: it
    calls the service and returns what was saved. A refused save leaves the dialog open with
    the service's sentence beside the field it names; a saved one emits ``saved`` and closes.
    """

    saved = Signal(object)  # what save() returned

    # Failures of these kinds are shown in the form; any other DomainError gets a message box
    # (storage trouble always does: it is no fault of the input).
    inline_errors: tuple[type[DomainError], ...] = (ValidationError,)
    # Where an inline error naming no field goes: a field's key, None for the line above the
    # buttons, or IN_A_BOX.
    fallback_field: str | None = None

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        accept_button: QDialogButtonBox.StandardButton = _Button.Save,
        cancel: bool = True,
        min_width: int = 0,
        roomy: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        if min_width:
            self.setMinimumWidth(min_width)
        self.fields: dict[str, FieldWithError] = {}
        self.result_value: Any = None
        self.form = QFormLayout()
        self.general = QLabel(self)
        self.general.setObjectName("fieldError")
        self.general.setWordWrap(True)
        self.general.setStyleSheet("color: #b3261e;")
        self.general.hide()
        self.buttons = QDialogButtonBox(accept_button, self)
        if cancel:
            self.buttons.addButton(_Button.Cancel)
        self.save_button = self.buttons.button(accept_button)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        # A row of its own so a dialog can put its own buttons left of Save/Cancel.
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self.buttons)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.general)
        self.body.addLayout(self.button_row)
        self._shown_once = False
        if roomy:  # the airier look of the client and settings forms
            self.body.setContentsMargins(20, 18, 20, 16)
            self.form.setVerticalSpacing(8)

    # --- building -------------------------------------------------------------------------

    def add_field(
        self, key: str, label: str | None, widget: QWidget, form: QFormLayout | None = None
    ) -> FieldWithError:
        """Wrap ``widget`` so errors about ``key`` show beneath it; with a label it becomes a
        row of ``form`` (this dialog's form by default), without one the caller places it."""
        holder = FieldWithError(widget, self)
        self.fields[key] = holder
        if label is not None:
            (self.form if form is None else form).addRow(label, holder)
        return holder

    def add_above_form(self, item: QWidget | QLayout) -> None:
        """Above the form (and anything added there before): a note, a heading."""
        self._insert(0, item, 0)

    def add_below_form(self, item: QWidget | QLayout, stretch: int = 0) -> None:
        """Below the form and anything added there before, above the error line."""
        self._insert(self.body.indexOf(self.general), item, stretch)

    def _insert(self, index: int, item: QWidget | QLayout, stretch: int) -> None:
        if isinstance(item, QLayout):
            self.body.insertLayout(index, item, stretch)
        else:
            self.body.insertWidget(index, item, stretch)

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        # After QDialog's own set-up: a focus widget chosen before that would get a Tab
        # focus-in from it and have its text selected. The window's activation focuses it.
        if visible and not self._shown_once:
            self._shown_once = True
            self._focus_first_field()

    def _focus_first_field(self) -> None:
        """The buttons were made before the subclass's fields, so they lead Qt's focus chain
        (the order widgets were made) and Save would get the focus on opening. Give it to the
        first field instead, unless the subclass chose one; the Tab cycle is unchanged."""
        current = self.focusWidget()
        if current is not None and not self.buttons.isAncestorOf(current):
            return
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isEnabled()
                and not widget.isHidden()
                and not self.buttons.isAncestorOf(widget)
            ):
                widget.setFocus()
                return
            widget = widget.nextInFocusChain()

    # --- hooks ----------------------------------------------------------------------------

    def save(self) -> Any:
        """Call the service; raise its DomainError to refuse, SaveCancelled to back out."""
        raise NotImplementedError

    def error_message(self, exc: DomainError) -> str:
        """The sentence shown for ``exc``; modules whose errors carry data word them here."""
        return translate_service_message(exc.message)

    # --- errors ---------------------------------------------------------------------------

    def field_error(self, key: str) -> str:
        """The message shown beside field ``key`` ("" when none or no such field)."""
        holder = self.fields.get(key)
        return holder.message() if holder is not None else ""

    def general_error(self) -> str:
        """The message on the line above the buttons ("" when hidden)."""
        return "" if self.general.isHidden() else self.general.text()

    def clear_errors(self) -> None:
        for holder in self.fields.values():
            holder.clear_error()
        self.general.hide()

    def show_failure(self, exc: DomainError) -> None:
        """Show ``exc`` where it belongs: beside its field, on the error line, or in a box."""
        if isinstance(exc, StorageError):  # its box has its own title and advice
            show_error(self, exc)
            return
        text = self.error_message(exc)
        holder = self._holder_for(str(getattr(exc, "field", "") or ""))
        if not isinstance(exc, self.inline_errors) or (
            holder is None and self.fallback_field == IN_A_BOX
        ):
            show_error(self, DomainError(text))
        elif holder is not None:
            holder.show_error(text)
            self._bring_forward(holder)
            holder.field.setFocus()
        else:
            self.general.setText(text)
            self.general.show()

    def _holder_for(self, field: str) -> FieldWithError | None:
        # "lines[2].quantity" is about the "lines" field when there is no finer one.
        head = field.split(".")[0].split("[")[0]
        for key in (field, head, self.fallback_field):
            if key is not None and key in self.fields:
                return self.fields[key]
        return None

    def _bring_forward(self, widget: QWidget) -> None:
        """Show the tab (or stacked page) the field sits on."""
        child: QWidget | None = widget
        while child is not None and child is not self:
            parent = child.parentWidget()
            if isinstance(parent, QStackedWidget):
                # A tab widget keeps its tab bar in step only when asked itself.
                owner = parent.parentWidget()
                (owner if isinstance(owner, QTabWidget) else parent).setCurrentWidget(child)
            child = parent

    def _on_save_clicked(self) -> None:
        self.clear_errors()
        try:
            result = self.save()
        except SaveCancelled:
            return
        except DomainError as exc:
            self.show_failure(exc)
            return
        self.result_value = result
        self.saved.emit(result)
        self.accept()
