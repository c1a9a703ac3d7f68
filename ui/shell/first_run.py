"""FirstRunDialog: the four facts a new studio must give before anything else."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.errors import StorageError, ValidationError
from models.services.studio import StudioService, StudioSettings
from ui.shell.assets import icon
from ui.shell.field_error import FieldWithError
from ui.shell.messages import show_error
from ui.shell.studio_fields import (
    currency_code,
    currency_combo,
    hours_spin,
    language_combo,
    spin_hours,
)
from ui.theme import ensure_theme


class _Initialiser(Protocol):
    def initialise(self, settings: StudioSettings) -> StudioSettings: ...


class FirstRunDialog(QDialog):
    """Asks for the first studio facts; settings() returns them.

    ``studio`` is optional: the StudioService (its ``initialise`` is called on Start, and a
    ValidationError it raises is shown beside the field) or any callable taking the settings.
    Without it the dialog only checks the fields locally and the caller saves.
    """

    def __init__(
        self,
        defaults: StudioSettings,
        studio: _Initialiser | Callable[[StudioSettings], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._defaults = defaults
        if studio is not None and hasattr(studio, "initialise"):
            self._submit: Callable[[StudioSettings], object] | None = studio.initialise
        else:
            self._submit = studio  # type: ignore[assignment]
        self._currency_touched = False
        ensure_theme(defaults.language)
        self.result_settings: StudioSettings | None = None
        self.setWindowTitle(self.tr("Welcome to Studio Desktop"))
        self.setMinimumWidth(500)

        logo = QLabel(self)
        logo.setPixmap(icon("studio-desktop").pixmap(QSize(48, 48)))
        heading = QLabel(self.tr("Set up your studio"), self)
        heading.setObjectName("pageTitle")
        intro = QLabel(
            self.tr("Four facts to start with. You can change all of them later in Settings."),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("pageSubtitle")
        head_text = QVBoxLayout()
        head_text.addWidget(heading)
        head_text.addWidget(intro)
        head = QHBoxLayout()
        head.setSpacing(14)
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(head_text, 1)

        self.name_edit = QLineEdit(defaults.name, self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Blue Hour Design"))
        self.currency_combo = currency_combo(defaults.base_currency, self)
        self.currency_combo.lineEdit().textEdited.connect(self._on_currency_edited)
        self.currency_combo.activated.connect(self._on_currency_edited)
        self.language_combo = language_combo(defaults.language, self)
        self.language_combo.currentIndexChanged.connect(self._on_language_changed)
        self.hours_spin = hours_spin(defaults.week_hours, self)
        self.hours_spin.setSuffix(self.tr(" h"))

        self._fields: dict[str, FieldWithError] = {
            "name": FieldWithError(self.name_edit, self),
            "base_currency": FieldWithError(self.currency_combo, self),
            "language": FieldWithError(self.language_combo, self),
            "week_hours": FieldWithError(self.hours_spin, self),
        }
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Studio name"), self._fields["name"])
        form.addRow(self.tr("Base currency"), self._fields["base_currency"])
        form.addRow(self.tr("Language"), self._fields["language"])
        form.addRow(self.tr("Working hours per week"), self._fields["week_hours"])

        self._general_error = QLabel(self)
        self._general_error.setStyleSheet("color: #b3261e;")
        self._general_error.setWordWrap(True)
        self._general_error.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Start"))
        buttons.accepted.connect(self._on_start_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(16)
        layout.addLayout(head)
        layout.addLayout(form)
        layout.addWidget(self._general_error)
        layout.addWidget(buttons)
        self.name_edit.textEdited.connect(lambda _t: self._fields["name"].clear_error())

    def settings(self) -> StudioSettings:
        """The settings saved on Start, or what the form holds now before that."""
        if self.result_settings is not None:
            return self.result_settings
        return self.form_settings()

    def form_settings(self) -> StudioSettings:
        return replace(
            self._defaults,
            name=self.name_edit.text().strip(),
            base_currency=currency_code(self.currency_combo),
            language=str(self.language_combo.currentData()),
            week_hours=spin_hours(self.hours_spin),
        )

    def field_error(self, field: str) -> str:
        holder = self._fields.get(field)
        return holder.message() if holder is not None else ""

    def show_validation_error(self, exc: ValidationError) -> None:
        holder = self._fields.get(exc.field)
        if holder is None:
            self._general_error.setText(exc.message)
            self._general_error.show()
            return
        holder.show_error(exc.message)
        holder.field.setFocus()

    def _check_locally(self, s: StudioSettings) -> ValidationError | None:
        if not s.name:
            return ValidationError("name", self.tr("Enter your studio's name."))
        code = s.base_currency
        if len(code) != 3 or not code.isascii() or not code.isalpha():
            return ValidationError(
                "base_currency", self.tr("Enter a three-letter currency code such as CNY.")
            )
        return None

    def _on_start_clicked(self) -> None:
        for holder in self._fields.values():
            holder.clear_error()
        self._general_error.hide()
        s = self.form_settings()
        problem = self._check_locally(s)
        if problem is not None:
            self.show_validation_error(problem)
            return
        if self._submit is not None:
            try:
                result = self._submit(s)
            except ValidationError as exc:
                self.show_validation_error(exc)
                return
            except StorageError as exc:
                show_error(self, exc)
                return
            if isinstance(result, StudioSettings):
                s = result
        self.result_settings = s
        self.accept()

    def _on_currency_edited(self, *_args: object) -> None:
        self._currency_touched = True

    def _on_language_changed(self, _index: int) -> None:
        if self._currency_touched:
            return
        code = str(self.language_combo.currentData())
        if code.startswith("zh"):
            locale_default = StudioService.defaults_for_locale(code).base_currency
            self.currency_combo.setCurrentText(locale_default)
        else:
            self.currency_combo.setCurrentText(self._defaults.base_currency)
