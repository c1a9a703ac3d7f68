"""Reporting periods for the KPIs: month, quarter, year or custom, with their comparisons."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from models.errors import ValidationError


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def _shift_year(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive date range and how it was chosen."""

    kind: PeriodKind
    start: date
    end: date

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(PeriodKind.MONTH, date(year, month, 1), _month_end(year, month))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = 3 * (quarter - 1) + 1
        return cls(PeriodKind.QUARTER, date(year, first, 1), _month_end(year, first + 2))

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(PeriodKind.YEAR, date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def custom(cls, start: date, end: date) -> Period:
        if end < start:
            raise ValidationError("period", "The period must end on or after its first day.")
        return cls(PeriodKind.CUSTOM, start, end)

    @classmethod
    def containing(cls, kind: PeriodKind, day: date) -> Period:
        if kind == PeriodKind.MONTH:
            return cls.month(day.year, day.month)
        if kind == PeriodKind.QUARTER:
            return cls.quarter(day.year, (day.month - 1) // 3 + 1)
        if kind == PeriodKind.YEAR:
            return cls.year(day.year)
        return cls.custom(day.replace(day=1), day)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        if self.kind == PeriodKind.MONTH:
            return f"{self.start.year}-{self.start.month:02d}"
        if self.kind == PeriodKind.QUARTER:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind == PeriodKind.YEAR:
            return str(self.start.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    def previous(self) -> Period:
        """The period just before: last month, last quarter, last year, or as many days before."""
        if self.kind == PeriodKind.MONTH:
            d = self.start - timedelta(days=1)
            return Period.month(d.year, d.month)
        if self.kind == PeriodKind.QUARTER:
            d = self.start - timedelta(days=1)
            return Period.quarter(d.year, (d.month - 1) // 3 + 1)
        if self.kind == PeriodKind.YEAR:
            return Period.year(self.start.year - 1)
        end = self.start - timedelta(days=1)
        return Period(PeriodKind.CUSTOM, end - timedelta(days=self.days - 1), end)

    def last_year(self) -> Period:
        """The same period a year earlier."""
        if self.kind == PeriodKind.MONTH:
            return Period.month(self.start.year - 1, self.start.month)
        if self.kind == PeriodKind.QUARTER:
            return Period.quarter(self.start.year - 1, (self.start.month - 1) // 3 + 1)
        if self.kind == PeriodKind.YEAR:
            return Period.year(self.start.year - 1)
        return Period(PeriodKind.CUSTOM, _shift_year(self.start, -1), _shift_year(self.end, -1))

    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every calendar month the period touches."""
        out = []
        y, m = self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out


_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")


def parse_period(text: str) -> Period:
    """``2026-Q3``, ``2026-11``, ``2026`` or ``2026-01-15..2026-02-14``."""
    text = (text or "").strip()
    if ".." in text:
        first, _, last = text.partition("..")
        try:
            return Period.custom(
                date.fromisoformat(first.strip()), date.fromisoformat(last.strip())
            )
        except ValueError:
            raise ValidationError(
                "period", "Write a custom period as 2026-01-01..2026-03-31."
            ) from None
    if m := _QUARTER.match(text):
        return Period.quarter(int(m[1]), int(m[2]))
    if m := _MONTH.match(text):
        if not 1 <= int(m[2]) <= 12:
            raise ValidationError("period", "Months run from 01 to 12.")
        return Period.month(int(m[1]), int(m[2]))
    if m := _YEAR.match(text):
        return Period.year(int(m[1]))
    raise ValidationError(
        "period", "Write the period as 2026-Q3, 2026-11, 2026 or 2026-01-01..2026-03-31."
    )
