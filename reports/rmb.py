"""Amounts in Chinese capital numerals (人民币大写) as written on invoices and cheques."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("仟", "佰", "拾", "")
_GROUP_UNITS = ("", "万", "亿")
_LIMIT = 10**12  # up to 9,999 亿: far beyond any invoice


def _four(value: int) -> str:
    """0 < value < 10000 in capitals, inner zeros collapsed into one 零, trailing zeros dropped."""
    out = ""
    pending_zero = False
    for unit, digit in zip(_SMALL_UNITS, f"{value:04d}", strict=True):
        d = int(digit)
        if d == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out += "零"
            pending_zero = False
        out += _DIGITS[d] + unit
    return out


def _integer(value: int) -> str:
    groups = []
    while value:
        groups.append(value % 10000)
        value //= 10000
    out = ""
    need_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            need_zero = bool(out)
            continue
        # A gap of zeros before this group (a zero group or leading zeros in it) reads 零.
        if out and (need_zero or group < 1000):
            out += "零"
        out += _four(group) + _GROUP_UNITS[index]
        need_zero = False
    return out


def rmb_upper(amount: Decimal | int | str) -> str:
    """``Decimal("1234.50")`` -> ``壹仟贰佰叁拾肆元伍角整`` following the usual banking rules.

    整 ends an amount without 分; 零 marks a gap of zeros, including 元零伍分 and the zero
    between a round integer part and its 角 (壹仟陆佰捌拾元零叁角贰分). Negative amounts get 负.
    """
    value = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = ""
    if value < 0:
        sign, value = "负", -value
    cents = int(value * 100)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    if yuan >= _LIMIT:
        raise ValueError(f"{amount} is too large to write in capitals")
    if cents == 0:
        return "零元整"
    out = ""
    if yuan:
        out = _integer(yuan) + "元"
    if jiao == 0 and fen == 0:
        return sign + out + "整"
    if yuan and (jiao == 0 or yuan % 10 == 0):
        out += "零"
    if jiao:
        out += _DIGITS[jiao] + "角"
    out += _DIGITS[fen] + "分" if fen else "整"
    return sign + out
