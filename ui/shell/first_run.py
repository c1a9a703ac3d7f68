"""FirstRunDialog: the four facts a new studio must give before anything else."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.errors import ValidationError
from models.services.studio import StudioService, StudioSettings
from ui.shell.assets import icon
from ui.shell.form_dialog import FormDialog
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


class FirstRunDialog(FormDialog):
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
        ensure_theme(defaults.language)
        super().__init__(
            self.tr("Welcome to Studio Desktop"),
            parent,
            accept_button=QDialogButtonBox.StandardButton.Ok,
            cancel=False,
            min_width=500,
        )
        self._defaults = defaults
        if studio is not None and hasattr(studio, "initialise"):
            self._submit: Callable[[StudioSettings], object] | None = studio.initialise
        else:
            self._submit = studio  # type: ignore[assignment]
        self._currency_touched = False

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

        self.add_field("name", self.tr("Studio name"), self.name_edit)
        self.add_field("base_currency", self.tr("Base currency"), self.currency_combo)
        self.add_field("language", self.tr("Language"), self.language_combo)
        self.add_field("week_hours", self.tr("Working hours per week"), self.hours_spin)
        self.form.setVerticalSpacing(10)
        self.save_button.setText(self.tr("Start"))
        self.body.setContentsMargins(24, 22, 24, 18)
        self.body.setSpacing(16)
        self.add_above_form(head)
        self.name_edit.textEdited.connect(lambda _t: self.fields["name"].clear_error())

    def settings(self) -> StudioSettings:
        """The settings saved on Start, or what the form holds now before that."""
        if isinstance(self.result_value, StudioSettings):
            return self.result_value
        return self.form_settings()

    def form_settings(self) -> StudioSettings:
        return replace(
            self._defaults,
            name=self.name_edit.text().strip(),
            base_currency=currency_code(self.currency_combo),
            language=str(self.language_combo.currentData()),
            week_hours=spin_hours(self.hours_spin),
        )

    def _check_locally(self, s: StudioSettings) -> ValidationError | None:
        if not s.name:
            return ValidationError("name", self.tr("Enter your studio's name."))
        code = s.base_currency
        if len(code) != 3 or not code.isascii() or not code.isalpha():
            return ValidationError(
                "base_currency", self.tr("Enter a three-letter currency code such as CNY.")
            )
        return None

    def save(self) -> StudioSettings:
        s = self.form_settings()
        problem = self._check_locally(s)
        if problem is not None:
            raise problem
        if self._submit is not None:
            result = self._submit(s)
            if isinstance(result, StudioSettings):
                s = result
        return s

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
