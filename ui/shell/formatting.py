"""How raw service values read on screen: money with its symbol, ISO dates, exact hours."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from models.money import Money
from ui.shell.labels import bool_label


def format_hours(value: Decimal | int) -> str:
    """Hours with at most two decimals and no trailing zeros: 7.5, 40, 1.25."""
    text = f"{Decimal(value).quantize(Decimal('0.01')):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_value(value: object, kind: str) -> str:
    """Display text for one raw value of a ColumnSpec kind (enums are labelled by the caller)."""
    if value is None:
        return ""
    if isinstance(value, Money):
        return value.format()
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if kind == "bool":
        return bool_label(bool(value))
    if kind == "hours":
        return format_hours(Decimal(value))  # type: ignore[arg-type]
    if kind == "percent":
        return f"{value}%"
    if kind == "int" and isinstance(value, int):
        return f"{value:,}"
    return str(value)
