"""FormDialog, the shell's one edit-dialog frame: where each kind of refusal is shown."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import Any, TypeVar

import pytest
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTabWidget,
    QWidget,
)

import ui.shell.form_dialog as form_dialog
from models.errors import Conflict, DomainError, StorageError, ValidationError
from ui.shell.form_dialog import IN_A_BOX, FormDialog, SaveCancelled

_F = TypeVar("_F", bound=FormDialog)


class _Form(FormDialog):
    """Two fields; ``outcome`` is what the next save raises (an exception) or returns."""

    def __init__(self, outcome: Any = 7) -> None:
        super().__init__("Test form")
        self.outcome = outcome
        self.name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.add_field("name", "Name", self.name)
        self.add_field("email", "E-mail", self.email)
        self.calls = 0

    def save(self) -> Any:
        self.calls += 1
        if isinstance(self.outcome, BaseException):
            raise self.outcome
        return self.outcome


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Message boxes the dialog opened (recorded instead of shown: they are modal)."""
    shown: list[BaseException] = []
    monkeypatch.setattr(form_dialog, "show_error", lambda _parent, exc: shown.append(exc))
    return shown


def _open(qtbot, form: _F) -> tuple[_F, list[object]]:  # type: ignore[no-untyped-def]
    qtbot.addWidget(form)
    form.show()
    saved: list[object] = []
    form.saved.connect(saved.append)
    return form, saved


def test_a_refusal_shows_beside_its_field_and_nothing_is_accepted(qtbot, boxes) -> None:  # type: ignore[no-untyped-def]
    form, saved = _open(qtbot, _Form(ValidationError("email", "Enter an e-mail address.")))
    assert form.buttons.button(QDialogButtonBox.StandardButton.Save) is form.save_button
    assert form.buttons.button(QDialogButtonBox.StandardButton.Cancel) is not None
    assert form.focusWidget() is form.name  # the first field, not Save (made first)
    form.save_button.click()
    assert form.field_error("email") == "Enter an e-mail address."
    assert form.field_error("name") == "" and form.general_error() == ""
    assert form.focusWidget() is form.email
    assert form.isVisible() and form.result() != QDialog.DialogCode.Accepted
    assert saved == [] and form.result_value is None and boxes == []


def test_an_error_naming_no_field_goes_on_the_general_line(qtbot, boxes) -> None:  # type: ignore[no-untyped-def]
    form, saved = _open(qtbot, _Form(ValidationError("phone", "Enter a phone number.")))
    form.save_button.click()
    assert form.general_error() == "Enter a phone number."
    assert form.general.isVisible()
    assert form.field_error("name") == form.field_error("email") == ""
    assert form.field_error("phone") == ""  # no such field: nothing, not a KeyError
    assert saved == [] and form.result() != QDialog.DialogCode.Accepted


def test_a_success_saves_once_emits_saved_and_closes_with_accept(qtbot, boxes) -> None:  # type: ignore[no-untyped-def]
    form, saved = _open(qtbot, _Form(ValidationError("name", "Enter the client's name.")))
    form.save_button.click()
    assert form.field_error("name") == "Enter the client's name."
    form.outcome = 42
    with qtbot.waitSignal(form.accepted):
        form.save_button.click()
    assert form.result() == QDialog.DialogCode.Accepted and not form.isVisible()
    assert saved == [42] and form.result_value == 42 and form.calls == 2
    assert form.field_error("name") == ""  # the old message is cleared on the next try


def test_storage_trouble_gets_a_box_and_leaves_the_form_open(qtbot, boxes) -> None:  # type: ignore[no-untyped-def]
    trouble = StorageError("The disk is full, so nothing was saved.")
    form, saved = _open(qtbot, _Form(trouble))
    form.save_button.click()
    assert boxes == [trouble]  # the original error: its box has its own title and advice
    assert form.general_error() == "" and form.field_error("name") == ""
    assert saved == [] and form.isVisible() and form.result() != QDialog.DialogCode.Accepted


def test_other_domain_errors_get_a_box_unless_the_form_shows_them_inline(qtbot, boxes) -> None:  # type: ignore[no-untyped-def]
    clash = Conflict("Only a draft can be edited.")
    form, _saved = _open(qtbot, _Form(clash))
    form.save_button.click()
    assert [str(b) for b in boxes] == ["Only a draft can be edited."]
    assert form.general_error() == ""

    class Inline(_Form):
        inline_errors = (DomainError,)

    form, _saved = _open(qtbot, Inline(clash))
    form.save_button.click()
    assert form.general_error() == "Only a draft can be edited." and len(boxes) == 1


def test_fallback_field_and_box_for_errors_naming_no_field(qtbot, boxes) -> None:  # type: ignore[no-untyped-def]
    class ToName(_Form):
        fallback_field = "name"

    class ToBox(_Form):
        fallback_field = IN_A_BOX

    unknown = ValidationError("owner", "Choose an owner.")
    form, _saved = _open(qtbot, ToName(unknown))
    form.save_button.click()
    assert form.field_error("name") == "Choose an owner." and form.general_error() == ""
    boxed, _saved = _open(qtbot, ToBox(unknown))
    boxed.save_button.click()
    assert [str(b) for b in boxes] == ["Choose an owner."] and boxed.general_error() == ""
    # A known field still wins over the fallback.
    boxed.outcome = ValidationError("email", "Enter an e-mail address.")
    boxed.save_button.click()
    assert boxed.field_error("email") == "Enter an e-mail address." and len(boxes) == 1


def test_a_nested_field_name_lands_on_its_head_field(qtbot, boxes) -> None:  # type: ignore[no-untyped-def]
    form, _saved = _open(qtbot, _Form(ValidationError("email[2].domain", "Unknown domain.")))
    form.save_button.click()
    assert form.field_error("email") == "Unknown domain."


def test_the_wording_hook_and_backing_out(qtbot, boxes) -> None:  # type: ignore[no-untyped-def]
    class Worded(_Form):
        def error_message(self, exc: DomainError) -> str:
            return f"«{exc.message}»"

    form, saved = _open(qtbot, Worded(ValidationError("name", "Too long.")))
    form.save_button.click()
    assert form.field_error("name") == "«Too long.»"
    form.outcome = SaveCancelled()
    form.save_button.click()
    assert form.field_error("name") == "" and form.general_error() == "" and boxes == []
    assert saved == [] and form.isVisible()


def test_an_error_on_a_hidden_tab_brings_that_tab_forward(qtbot, boxes) -> None:  # type: ignore[no-untyped-def]
    class Tabbed(FormDialog):
        def __init__(self) -> None:
            super().__init__("Tabs", accept_button=QDialogButtonBox.StandardButton.Ok)
            self.tabs = QTabWidget(self)
            for title in ("One", "Two"):
                self.tabs.addTab(QWidget(), title)
            self.add_field("a", "A", QLineEdit(), QFormLayout(self.tabs.widget(0)))
            self.add_field("b", "B", QLineEdit(), QFormLayout(self.tabs.widget(1)))
            self.add_below_form(self.tabs, 1)

        def save(self) -> None:
            raise ValidationError("b", "Wrong.")

    form, _saved = _open(qtbot, Tabbed())
    assert form.save_button is form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert form.tabs.currentIndex() == 0
    form.save_button.click()
    assert form.tabs.currentIndex() == 1 and form.field_error("b") == "Wrong."


def test_a_known_service_sentence_is_shown_in_chinese(qtbot, qapp, boxes) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import install_translator, remove_translators

    translators = install_translator(qapp, "zh_CN")
    try:
        form, _saved = _open(qtbot, _Form(ValidationError("name", "Enter the client's name.")))
        form.save_button.click()
        text = form.field_error("name")
        assert text and text != "Enter the client's name." and "客户" in text
    finally:
        remove_translators(qapp, translators)
