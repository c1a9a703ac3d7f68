"""SettingsDialog: the studio's facts (saved through services.studio) and the UI language."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from models.errors import DomainError
from models.services import Services
from models.services.studio import StudioSettings
from ui.shell.actions import ShellActions
from ui.shell.form_dialog import FormDialog
from ui.shell.messages import show_error
from ui.shell.studio_fields import (
    currency_code,
    currency_combo,
    hours_spin,
    language_combo,
    spin_hours,
    ui_locale,
)


class SettingsDialog(FormDialog):
    """Edits StudioSettings; a changed UI language goes to actions.set_language after Save."""

    studio_saved = Signal(object)  # the StudioSettings the service kept

    def __init__(
        self,
        services: Services,
        actions: ShellActions,
        current_language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Settings"), parent, min_width=560, roomy=True)
        self._services = services
        self._actions = actions
        self._current_language = current_language
        self._language = current_language
        try:
            self._studio = services.studio.get()
        except DomainError:
            self._studio = StudioSettings(name="", base_currency="CNY")
        s = self._studio
        locale = ui_locale(current_language)

        # --- Studio ---
        self.name_edit = QLineEdit(s.name)
        self.address_edit = QPlainTextEdit(s.address)
        self.address_edit.setFixedHeight(64)
        self.tax_id_edit = QLineEdit(s.tax_id)
        self.bank_edit = QPlainTextEdit(s.bank_details)
        self.bank_edit.setFixedHeight(64)

        # --- Work & money ---
        self.currency_combo = currency_combo(s.base_currency)
        self.hours_spin = hours_spin(s.week_hours)
        self.hours_spin.setSuffix(self.tr(" h"))
        self.day_boxes: list[QCheckBox] = []
        days = QWidget()
        days_row = QHBoxLayout(days)
        days_row.setContentsMargins(0, 0, 0, 0)
        days_row.setSpacing(8)
        for bit in range(7):  # bit 0 = Monday; QLocale counts Monday as 1
            box = QCheckBox(locale.dayName(bit + 1, QLocale.FormatType.ShortFormat))
            box.setChecked(bool(s.working_days & (1 << bit)))
            self.day_boxes.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.fiscal_combo = QComboBox()
        for month in range(1, 13):
            self.fiscal_combo.addItem(locale.standaloneMonthName(month), month)
        self.fiscal_combo.setCurrentIndex(s.fiscal_year_start_month - 1)
        self.fiscal_combo.setMaximumWidth(180)
        self.utilisation_spin = QSpinBox()
        self.utilisation_spin.setRange(1, 200)
        self.utilisation_spin.setSuffix(" %")
        self.utilisation_spin.setValue(s.target_utilisation_pct)
        self.utilisation_spin.setMaximumWidth(140)
        self.prefix_edit = QLineEdit(s.invoice_prefix)
        self.prefix_edit.setMaxLength(20)
        self.prefix_edit.setMaximumWidth(180)

        # --- Language ---
        self.language_combo = language_combo(current_language)
        self.language_combo.setMaximumWidth(180)

        self.tabs = QTabWidget(self)
        studio_form = self._form_tab(self.tr("Studio"))
        add = self.add_field
        add("name", self.tr("Studio name"), self.name_edit, studio_form)
        add("address", self.tr("Address"), self.address_edit, studio_form)
        add("tax_id", self.tr("Tax ID"), self.tax_id_edit, studio_form)
        add("bank_details", self.tr("Bank details"), self.bank_edit, studio_form)

        work_form = self._form_tab(self.tr("Work and money"))
        add("base_currency", self.tr("Base currency"), self.currency_combo, work_form)
        add("week_hours", self.tr("Working hours per week"), self.hours_spin, work_form)
        add("working_days", self.tr("Working days"), days, work_form)
        add(
            "fiscal_year_start_month",
            self.tr("Fiscal year starts in"),
            self.fiscal_combo,
            work_form,
        )
        add(
            "target_utilisation_pct",
            self.tr("Target utilisation"),
            self.utilisation_spin,
            work_form,
        )
        add("invoice_prefix", self.tr("Invoice number prefix"), self.prefix_edit, work_form)

        language_form = self._form_tab(self.tr("Language"))
        add("language", self.tr("Language"), self.language_combo, language_form)
        note = QLabel(self.tr("The window reopens in the chosen language after you save."))
        note.setObjectName("formHint")
        note.setWordWrap(True)
        language_form.addRow("", note)

        self.body.setSpacing(12)
        self.add_below_form(self.tabs, 1)

    def _form_tab(self, title: str) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(16, 16, 16, 12)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        self.tabs.addTab(page, title)
        return form

    def language(self) -> str:
        """The UI language chosen (the one saved when the dialog was accepted)."""
        return self._language

    def edited_settings(self) -> StudioSettings:
        days = sum(1 << bit for bit, box in enumerate(self.day_boxes) if box.isChecked())
        return replace(
            self._studio,
            name=self.name_edit.text().strip(),
            address=self.address_edit.toPlainText().strip(),
            tax_id=self.tax_id_edit.text().strip(),
            bank_details=self.bank_edit.toPlainText().strip(),
            base_currency=currency_code(self.currency_combo),
            week_hours=spin_hours(self.hours_spin),
            working_days=days,
            fiscal_year_start_month=int(self.fiscal_combo.currentData()),
            target_utilisation_pct=self.utilisation_spin.value(),
            invoice_prefix=self.prefix_edit.text(),
            language=str(self.language_combo.currentData()),
        )

    def save(self) -> StudioSettings:
        saved = self._services.studio.update(self.edited_settings())
        self._language = str(self.language_combo.currentData())
        self.studio_saved.emit(saved)
        if self._language != self._current_language:
            # The root rebuilds the window (our parent) for the new language: let this
            # dialog's exec() return first (the base accepts right after), then switch.
            QTimer.singleShot(0, partial(_switch_language, self._actions, self._language))
        return saved


def _switch_language(actions: ShellActions, code: str) -> None:
    try:
        actions.set_language(code)
    except Exception as exc:
        show_error(None, exc)
