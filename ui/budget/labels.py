"""Translated labels of the budget module: built-in expense categories, money and percent text."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.money import Money

_CATEGORIES = {
    "labour": QT_TRANSLATE_NOOP("ExpenseCategory", "Labour"),
    "salaries": QT_TRANSLATE_NOOP("ExpenseCategory", "Salaries"),
    "benefits": QT_TRANSLATE_NOOP("ExpenseCategory", "Benefits"),
    "social_insurance": QT_TRANSLATE_NOOP("ExpenseCategory", "Social insurance"),
    "operations": QT_TRANSLATE_NOOP("ExpenseCategory", "Operations"),
    "rent": QT_TRANSLATE_NOOP("ExpenseCategory", "Rent"),
    "utilities": QT_TRANSLATE_NOOP("ExpenseCategory", "Utilities"),
    "office_supplies": QT_TRANSLATE_NOOP("ExpenseCategory", "Office supplies"),
    "equipment_maintenance": QT_TRANSLATE_NOOP("ExpenseCategory", "Equipment maintenance"),
    "marketing": QT_TRANSLATE_NOOP("ExpenseCategory", "Marketing"),
    "ads": QT_TRANSLATE_NOOP("ExpenseCategory", "Advertising"),
    "events": QT_TRANSLATE_NOOP("ExpenseCategory", "Events"),
    "promotion": QT_TRANSLATE_NOOP("ExpenseCategory", "Promotion"),
    "technology": QT_TRANSLATE_NOOP("ExpenseCategory", "Technology"),
    "software_licences": QT_TRANSLATE_NOOP("ExpenseCategory", "Software licences"),
    "cloud": QT_TRANSLATE_NOOP("ExpenseCategory", "Cloud services"),
    "hardware": QT_TRANSLATE_NOOP("ExpenseCategory", "Hardware"),
    "other": QT_TRANSLATE_NOOP("ExpenseCategory", "Other"),
    "travel": QT_TRANSLATE_NOOP("ExpenseCategory", "Travel"),
    "training": QT_TRANSLATE_NOOP("ExpenseCategory", "Training"),
    "taxes": QT_TRANSLATE_NOOP("ExpenseCategory", "Taxes and fees"),
}

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Weekday", "Mon"),
    QT_TRANSLATE_NOOP("Weekday", "Tue"),
    QT_TRANSLATE_NOOP("Weekday", "Wed"),
    QT_TRANSLATE_NOOP("Weekday", "Thu"),
    QT_TRANSLATE_NOOP("Weekday", "Fri"),
    QT_TRANSLATE_NOOP("Weekday", "Sat"),
    QT_TRANSLATE_NOOP("Weekday", "Sun"),
)


def category_label(code: str | None, name: str | None) -> str:
    """Built-in categories are translated; the studio's own show the name it typed."""
    if code and code in _CATEGORIES:
        return QCoreApplication.translate("ExpenseCategory", _CATEGORIES[code])
    return name or ""


def weekday_label(index: int) -> str:
    return QCoreApplication.translate("Weekday", _WEEKDAYS[index])


def money_text(minor: int, currency: str) -> str:
    return Money(minor, currency).format()


def compact_money(minor: int, currency: str) -> str:
    """Grid text without the symbol, and without the cents when there are none: 249,100."""
    text = Money(minor, currency).format(symbol=False)
    whole, _, cents = text.partition(".")
    return whole if cents and not cents.strip("0") else text


def pct_text(value: Decimal | None) -> str:
    return "—" if value is None else f"{value}%"


def hours_text(minutes: int) -> str:
    """Exact hours: 7.5, 40, 1.25; a minute that hours cannot show exactly falls back to h:mm."""
    if minutes == 0:
        return ""
    value = Decimal(minutes) / 60
    if value == value.quantize(Decimal("0.01")):
        text = f"{value.quantize(Decimal('0.01')):f}"
        return text.rstrip("0").rstrip(".")
    return f"{minutes // 60}:{minutes % 60:02d}"
