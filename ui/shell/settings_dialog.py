"""SettingsDialog: the studio's facts (saved through services.studio) and the UI language."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError, StorageError, ValidationError
from models.services import Services
from models.services.studio import StudioSettings
from ui.shell.actions import ShellActions
from ui.shell.field_error import FieldWithError
from ui.shell.messages import show_error
from ui.shell.studio_fields import (
    currency_code,
    currency_combo,
    hours_spin,
    language_combo,
    spin_hours,
    ui_locale,
)


class SettingsDialog(QDialog):
    """Edits StudioSettings; a changed UI language goes to actions.set_language after Save."""

    studio_saved = Signal(object)  # the StudioSettings the service kept

    def __init__(
        self,
        services: Services,
        actions: ShellActions,
        current_language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actions = actions
        self._current_language = current_language
        self._language = current_language
        self.saved: StudioSettings | None = None
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
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

        self._fields: dict[str, FieldWithError] = {
            "name": FieldWithError(self.name_edit),
            "address": FieldWithError(self.address_edit),
            "tax_id": FieldWithError(self.tax_id_edit),
            "bank_details": FieldWithError(self.bank_edit),
            "base_currency": FieldWithError(self.currency_combo),
            "week_hours": FieldWithError(self.hours_spin),
            "working_days": FieldWithError(days),
            "fiscal_year_start_month": FieldWithError(self.fiscal_combo),
            "target_utilisation_pct": FieldWithError(self.utilisation_spin),
            "invoice_prefix": FieldWithError(self.prefix_edit),
            "language": FieldWithError(self.language_combo),
        }
        f = self._fields

        self.tabs = QTabWidget(self)
        studio_form = self._form_tab(self.tr("Studio"))
        studio_form.addRow(self.tr("Studio name"), f["name"])
        studio_form.addRow(self.tr("Address"), f["address"])
        studio_form.addRow(self.tr("Tax ID"), f["tax_id"])
        studio_form.addRow(self.tr("Bank details"), f["bank_details"])

        work_form = self._form_tab(self.tr("Work and money"))
        work_form.addRow(self.tr("Base currency"), f["base_currency"])
        work_form.addRow(self.tr("Working hours per week"), f["week_hours"])
        work_form.addRow(self.tr("Working days"), f["working_days"])
        work_form.addRow(self.tr("Fiscal year starts in"), f["fiscal_year_start_month"])
        work_form.addRow(self.tr("Target utilisation"), f["target_utilisation_pct"])
        work_form.addRow(self.tr("Invoice number prefix"), f["invoice_prefix"])

        language_form = self._form_tab(self.tr("Language"))
        language_form.addRow(self.tr("Language"), f["language"])
        note = QLabel(self.tr("The window reopens in the chosen language after you save."))
        note.setObjectName("formHint")
        note.setWordWrap(True)
        language_form.addRow("", note)

        self._general_error = QLabel(self)
        self._general_error.setStyleSheet("color: #b3261e;")
        self._general_error.setWordWrap(True)
        self._general_error.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._general_error)
        layout.addWidget(buttons)

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

    def field_error(self, field: str) -> str:
        holder = self._fields.get(field)
        return holder.message() if holder is not None else ""

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

    def _on_save_clicked(self) -> None:
        for holder in self._fields.values():
            holder.clear_error()
        self._general_error.hide()
        try:
            self.saved = self._services.studio.update(self.edited_settings())
        except ValidationError as exc:
            holder = self._fields.get(exc.field)
            if holder is None:
                self._general_error.setText(exc.message)
                self._general_error.show()
                return
            holder.show_error(exc.message)
            for index in range(self.tabs.count()):  # bring the field's tab to the front
                if self.tabs.widget(index).isAncestorOf(holder):
                    self.tabs.setCurrentIndex(index)
            holder.field.setFocus()
            return
        except (StorageError, DomainError) as exc:
            show_error(self, exc)
            return
        self._language = str(self.language_combo.currentData())
        self.studio_saved.emit(self.saved)
        self.accept()
        if self._language != self._current_language:
            # The root rebuilds the window (our parent) for the new language: let this
            # dialog's exec() return first, then switch.
            QTimer.singleShot(0, partial(_switch_language, self._actions, self._language))


def _switch_language(actions: ShellActions, code: str) -> None:
    try:
        actions.set_language(code)
    except Exception as exc:
        show_error(None, exc)
