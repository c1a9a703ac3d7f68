"""Money is exact: integer minor units, Decimal, one half-up rounding rule."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.errors import ValidationError
from models.money import Money, allocate, from_minor, parse_amount, quantize, to_minor


@pytest.mark.parametrize(
    ("amount", "currency", "minor"),
    [
        ("0.005", "CNY", 1),  # half-up, not banker's rounding
        ("0.015", "CNY", 2),
        ("0.025", "CNY", 3),
        ("-0.005", "CNY", -1),  # half away from zero
        ("1234.5", "CNY", 123450),
        ("1,234.56", "USD", 123456),
        ("¥ 88.8", "CNY", 8880),
        ("0.5", "JPY", 1),
        ("1.2345", "KWD", 1235),
    ],
)
def test_to_minor_rounds_half_up(amount: str, currency: str, minor: int) -> None:
    assert to_minor(amount, currency) == minor


def test_float_is_never_accepted_silently() -> None:
    with pytest.raises(ValidationError):
        parse_amount("12.3.4")
    with pytest.raises(ValidationError):
        parse_amount("NaN")


def test_money_arithmetic_and_format() -> None:
    a = Money.of("1234.50", "CNY")
    b = Money.of("0.55", "CNY")
    assert (a + b).minor == 123505
    assert (a - b).format() == "¥1,233.95"
    assert Money(-150, "USD").format() == "-$1.50"
    assert Money(1000, "JPY").format() == "JP¥1,000"
    assert Money(12345, "SEK").format() == "123.45 SEK"
    assert Money.of("100", "CNY").times("0.06").minor == 600
    assert Money.of("0.10", "CNY").times("0.5").minor == 5
    with pytest.raises(ValueError, match="cannot combine"):
        _ = a + Money(1, "USD")


@given(st.decimals(min_value=-(10**9), max_value=10**9, allow_nan=False, allow_infinity=False))
def test_minor_round_trip_is_exact_after_quantize(value: Decimal) -> None:
    q = quantize(value, "CNY")
    assert from_minor(to_minor(value, "CNY"), "CNY") == q
    assert abs(q - value) <= Decimal("0.005")


@given(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.lists(st.integers(min_value=0, max_value=1000), min_size=1, max_size=12).filter(
        lambda w: sum(w) > 0
    ),
)
def test_allocate_always_adds_up(total: int, weights: list[int]) -> None:
    parts = allocate(total, weights)
    assert sum(parts) == total
    assert len(parts) == len(weights)


def test_allocate_hands_out_remainders_fairly() -> None:
    assert allocate(100, [1, 1, 1]) == [34, 33, 33]
    assert allocate(10, [0, 1]) == [0, 10]
