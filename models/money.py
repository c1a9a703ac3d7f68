"""Exact money: integer minor units in storage, Decimal in Python, one rounding helper."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from models.errors import ValidationError

# ISO 4217 minor-unit exponents for the currencies a studio is likely to meet.
# Anything not listed uses 2, which is right for almost every currency.
_MINOR_UNITS: dict[str, int] = {
    "CNY": 2,
    "HKD": 2,
    "TWD": 2,
    "MOP": 2,
    "USD": 2,
    "EUR": 2,
    "GBP": 2,
    "AUD": 2,
    "CAD": 2,
    "SGD": 2,
    "CHF": 2,
    "NZD": 2,
    "THB": 2,
    "MYR": 2,
    "INR": 2,
    "JPY": 0,
    "KRW": 0,
    "VND": 0,
    "IDR": 2,
    "CLP": 0,
    "ISK": 0,
    "KWD": 3,
    "BHD": 3,
    "JOD": 3,
    "OMR": 3,
    "TND": 3,
}

KNOWN_CURRENCIES: tuple[str, ...] = tuple(sorted(_MINOR_UNITS))


def minor_exponent(currency: str) -> int:
    """Digits after the decimal point for ``currency`` (2 when unknown)."""
    return _MINOR_UNITS.get(currency.upper(), 2)


def validate_currency(code: str, field: str = "currency") -> str:
    code = (code or "").strip().upper()
    if len(code) != 3 or not code.isalpha() or not code.isascii():
        raise ValidationError(field, f"'{code}' is not a three-letter currency code such as CNY.")
    return code


def quantize(amount: Decimal, currency: str) -> Decimal:
    """Round half-up to the currency's minor unit. The only rounding rule in the program."""
    exp = Decimal(1).scaleb(-minor_exponent(currency))
    return amount.quantize(exp, rounding=ROUND_HALF_UP)


def parse_amount(text: str | int | Decimal, field: str = "amount") -> Decimal:
    """Parse user text such as ``"1,234.50"`` or ``"¥ 12"`` into a Decimal; never via float."""
    if isinstance(text, bool):
        raise ValidationError(field, "Enter an amount such as 1234.50.")
    if isinstance(text, (int, Decimal)):
        value = Decimal(text)
    else:
        cleaned = str(text).strip()
        for ch in ",，  ¥￥$€£":
            cleaned = cleaned.replace(ch, "")
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise ValidationError(
                field, f"'{text}' is not an amount; enter e.g. 1234.50."
            ) from None
    if not value.is_finite():
        raise ValidationError(field, "Enter a finite amount.")
    return value


def to_minor(amount: str | int | Decimal, currency: str, field: str = "amount") -> int:
    """Decimal major units -> integer minor units, rounded half-up."""
    value = quantize(parse_amount(amount, field), currency)
    return int(value.scaleb(minor_exponent(currency)))


def from_minor(minor: int, currency: str) -> Decimal:
    """Integer minor units -> Decimal major units with the currency's exponent."""
    return Decimal(int(minor)).scaleb(-minor_exponent(currency))


def allocate(total_minor: int, weights: list[int]) -> list[int]:
    """Split ``total_minor`` by integer ``weights`` so the parts always add up exactly.

    Remainders go to the largest fractional parts first (the largest-remainder method), so
    e.g. 100 split three ways is 34/33/33, never 33/33/33.
    """
    if not weights or sum(weights) <= 0:
        raise ValueError("weights must be non-empty and add up to more than zero")
    weight_sum = sum(weights)
    floors = [total_minor * w // weight_sum for w in weights]
    remainders = [total_minor * w % weight_sum for w in weights]
    short = total_minor - sum(floors)
    for i in sorted(range(len(weights)), key=lambda k: (-remainders[k], k))[:short]:
        floors[i] += 1
    return floors


@dataclass(frozen=True, slots=True, order=True)
class Money:
    """An amount in one currency, held as integer minor units."""

    minor: int
    currency: str

    @classmethod
    def of(cls, amount: str | int | Decimal, currency: str) -> Money:
        return cls(to_minor(amount, currency), currency.upper())

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency.upper())

    @property
    def amount(self) -> Decimal:
        return from_minor(self.minor, self.currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValueError(f"cannot combine {self.currency} with {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def times(self, factor: Decimal | int | str) -> Money:
        """Multiply by an exact factor (hours, a tax rate...), rounding once, half-up."""
        return Money(to_minor(self.amount * Decimal(factor), self.currency), self.currency)

    def format(self, *, symbol: bool = True) -> str:
        """``¥12,345.60`` style text; grouping with commas, the currency's exponent kept."""
        exp = minor_exponent(self.currency)
        text = f"{abs(self.amount):,.{exp}f}"
        sign = "-" if self.minor < 0 else ""
        if not symbol:
            return f"{sign}{text}"
        prefix = _SYMBOLS.get(self.currency)
        return f"{sign}{prefix}{text}" if prefix else f"{sign}{text} {self.currency}"

    def __str__(self) -> str:
        return self.format()


_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "JP¥", "HKD": "HK$"}


def format_minor(minor: int, currency: str) -> str:
    return Money(minor, currency).format()
