"""Input widgets shared by the first-run and settings dialogs: currency, language, hours."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QWidget

# Shown first in the currency combo; any other three-letter code can be typed.
COMMON_CURRENCIES: tuple[str, ...] = (
    "CNY", "HKD", "TWD", "MOP", "SGD", "USD", "EUR", "GBP", "JPY", "KRW", "AUD", "CAD",
    "NZD", "CHF", "MYR", "THB",
)  # fmt: skip

# Language names are written in their own language, so anyone can find theirs.
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("zh_CN", "简体中文"))


def currency_combo(code: str, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(COMMON_CURRENCIES))
    combo.setCurrentText(code)
    combo.setMaximumWidth(140)
    return combo


def currency_code(combo: QComboBox) -> str:
    return combo.currentText().strip().upper()


def language_combo(code: str, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for value, label in LANGUAGES:
        combo.addItem(label, value)
    index = combo.findData(code)
    combo.setCurrentIndex(max(index, 0))
    return combo


def hours_spin(hours: Decimal, parent: QWidget | None = None) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(1, 168)
    spin.setDecimals(2)
    spin.setSingleStep(0.5)
    spin.setValue(float(hours))  # hours, not money: a spin box is fine; read back exactly below
    spin.setMaximumWidth(140)
    return spin


def spin_hours(spin: QDoubleSpinBox) -> Decimal:
    """The spin box value as an exact Decimal with at most two places."""
    return Decimal(f"{spin.value():.2f}")


def ui_locale(language: str) -> QLocale:
    return QLocale(language if language != "en" else "en_GB")
