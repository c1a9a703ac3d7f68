"""Exchange rates of invoices and payments: validating a rate and adding money up in base currency.

A foreign document's amount in the base currency is its minor units x its rate, rounded once,
half-up (``finance_expenses.base_amount``, the rule expenses already follow). Sums over many
documents are grouped in SQL by (currency, rate) and each group is converted once, so a figure
over thousands of invoices stays one aggregate query.

When a rate is required: a base-currency invoice or payment always has exactly 1. A foreign
draft may be saved without a rate (the rate of the issue day may not be known yet); sending it
(draft -> sent, the moment it counts in revenue and receivables) requires one > 0, and so does
recording a foreign payment. A sent invoice without a rate (from before migration 0003) can be
given one once (``InvoiceService.set_rate``); until then it is left out of base-currency sums
and counted as missing, so figures say why they are incomplete.

Treatment of the exchange difference: revenue (invoiced, earned) and receivables use the
invoice's rate; cash uses the payment's rate. The difference between the two is neither hidden
in revenue nor booked as a gain or loss: it shows only as the gap between cash and revenue.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from models.entities import Invoice, Payment
from models.errors import ValidationError
from models.services.finance_expenses import base_amount, parse_rate

ONE = Decimal(1)
MAX_RATE = Decimal(1_000_000)


def clean_rate(
    rate: Decimal | str | None, currency: str, base: str, field: str = "fx_rate"
) -> Decimal | None:
    """The rate to store: 1 for the base currency, None when a foreign rate is not given yet."""
    if rate is None or (isinstance(rate, str) and not rate.strip()):
        return ONE if currency == base else None
    value = parse_rate(rate, field)
    if currency == base:
        if value != ONE:
            raise ValidationError(field, "An amount in the base currency has a rate of 1.")
        return ONE
    if value >= MAX_RATE or value.as_tuple().exponent < -8:  # type: ignore[operator]
        raise ValidationError(field, "Give the rate with at most 8 decimals, such as 7.1234.")
    # Stored without exponent ("7.10", never "7.1E+0") so equal rates group together.
    return Decimal(format(value.normalize(), "f"))


def require_rate(rate: Decimal | None, field: str = "fx_rate") -> Decimal:
    """A recorded document in a foreign currency must say what it is worth in the base one."""
    if rate is None:
        raise ValidationError(field, "Enter the exchange rate to the base currency.")
    return rate


def to_base(minor: int, currency: str, rate: Decimal | None, base: str) -> int | None:
    """One amount in the base currency; None when a foreign amount has no rate."""
    if currency == base:
        return int(minor)
    if rate is None:
        return None
    return base_amount(int(minor), currency, Decimal(rate), base)


@dataclass(frozen=True, slots=True)
class BaseSums:
    """Column sums converted to the base currency, and how many documents had no rate."""

    values: tuple[int, ...]
    missing: int  # documents left out because their rate is not known
    missing_currencies: tuple[str, ...] = ()


def convert_groups(rows: Iterable[Sequence[Any]], base: str, width: int) -> BaseSums:
    """Rows of (currency, rate, count, *sums) grouped in SQL -> the sums in base currency."""
    totals = [0] * width
    missing = 0
    currencies: set[str] = set()
    for currency, rate, count, *sums in rows:
        cur = str(currency)
        if cur != base and rate is None:
            missing += int(count or 0)
            currencies.add(cur)
            continue
        for k, v in enumerate(sums):
            totals[k] += to_base(int(v or 0), cur, rate, base) or 0
    return BaseSums(tuple(totals), missing, tuple(sorted(currencies)))


def known_rate(model: type[Invoice] | type[Payment], base: str) -> ColumnElement[bool]:
    """Rows whose amount can be put in the base currency."""
    return or_(model.currency == base, model.fx_rate.is_not(None))


def last_rate(s: Session, currency: str, base: str) -> Decimal | None:
    """The rate most recently used for ``currency`` on an invoice or payment (for prefilling)."""
    if currency == base:
        return ONE
    inv = s.execute(
        select(Invoice.issued_on, Invoice.id, Invoice.fx_rate)
        .where(Invoice.currency == currency, Invoice.fx_rate.is_not(None))
        .order_by(Invoice.issued_on.desc(), Invoice.id.desc())
        .limit(1)
    ).first()
    pay = s.execute(
        select(Payment.received_on, Payment.id, Payment.fx_rate)
        .where(Payment.currency == currency, Payment.fx_rate.is_not(None))
        .order_by(Payment.received_on.desc(), Payment.id.desc())
        .limit(1)
    ).first()
    found = [r for r in (inv, pay) if r is not None]
    if not found:
        return None
    newest: Decimal | None = max(found, key=lambda r: r[0])[2]
    return newest


__all__ = [
    "BaseSums",
    "clean_rate",
    "convert_groups",
    "known_rate",
    "last_rate",
    "require_rate",
    "to_base",
]
