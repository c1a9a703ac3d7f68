"""China's public holidays and make-up working days for the demo data (no holidays package)."""

from __future__ import annotations

from datetime import date, timedelta

# The State Council's published calendars: (name, first day, last day) per holiday, then the
# weekend days that are worked to make up for the bridge days.
_PUBLISHED: dict[int, tuple[tuple[tuple[str, str, str], ...], tuple[str, ...]]] = {
    2023: (
        (
            ("元旦 New Year's Day", "2022-12-31", "2023-01-02"),
            ("春节 Spring Festival", "2023-01-21", "2023-01-27"),
            ("清明节 Qingming Festival", "2023-04-05", "2023-04-05"),
            ("劳动节 Labour Day", "2023-04-29", "2023-05-03"),
            ("端午节 Dragon Boat Festival", "2023-06-22", "2023-06-24"),
            ("中秋节、国庆节 Mid-Autumn and National Day", "2023-09-29", "2023-10-06"),
        ),
        (
            "2023-01-28",
            "2023-01-29",
            "2023-04-23",
            "2023-05-06",
            "2023-06-25",
            "2023-10-07",
            "2023-10-08",
        ),
    ),
    2024: (
        (
            ("元旦 New Year's Day", "2024-01-01", "2024-01-01"),
            ("春节 Spring Festival", "2024-02-10", "2024-02-17"),
            ("清明节 Qingming Festival", "2024-04-04", "2024-04-06"),
            ("劳动节 Labour Day", "2024-05-01", "2024-05-05"),
            ("端午节 Dragon Boat Festival", "2024-06-10", "2024-06-10"),
            ("中秋节 Mid-Autumn Festival", "2024-09-15", "2024-09-17"),
            ("国庆节 National Day", "2024-10-01", "2024-10-07"),
        ),
        (
            "2024-02-04",
            "2024-02-18",
            "2024-04-07",
            "2024-04-28",
            "2024-05-11",
            "2024-09-14",
            "2024-09-29",
            "2024-10-12",
        ),
    ),
    2025: (
        (
            ("元旦 New Year's Day", "2025-01-01", "2025-01-01"),
            ("春节 Spring Festival", "2025-01-28", "2025-02-04"),
            ("清明节 Qingming Festival", "2025-04-04", "2025-04-06"),
            ("劳动节 Labour Day", "2025-05-01", "2025-05-05"),
            ("端午节 Dragon Boat Festival", "2025-05-31", "2025-06-02"),
            ("国庆节、中秋节 National Day and Mid-Autumn", "2025-10-01", "2025-10-08"),
        ),
        ("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"),
    ),
    2026: (
        (
            ("元旦 New Year's Day", "2026-01-01", "2026-01-03"),
            ("春节 Spring Festival", "2026-02-15", "2026-02-23"),
            ("清明节 Qingming Festival", "2026-04-04", "2026-04-06"),
            ("劳动节 Labour Day", "2026-05-01", "2026-05-05"),
            ("端午节 Dragon Boat Festival", "2026-06-19", "2026-06-21"),
            ("中秋节 Mid-Autumn Festival", "2026-09-25", "2026-09-27"),
            ("国庆节 National Day", "2026-10-01", "2026-10-07"),
        ),
        ("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"),
    ),
}

# Lunar New Year's Day, for years whose official calendar is not listed above.
_LUNAR_NEW_YEAR: dict[int, str] = {
    2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25", 2021: "2021-02-12",
    2022: "2022-02-01", 2023: "2023-01-22", 2024: "2024-02-10", 2025: "2025-01-29",
    2026: "2026-02-17", 2027: "2027-02-06", 2028: "2028-01-26", 2029: "2029-02-13",
    2030: "2030-02-03", 2031: "2031-01-23", 2032: "2032-02-11",
}  # fmt: skip


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def china_holidays(year: int) -> tuple[dict[date, str], set[date]]:
    """(days off -> name, make-up working days) for ``year``.

    Years the State Council has published are exact; others get the fixed-date holidays and
    an approximate Spring Festival week, enough for believable demo data but no more.
    """
    off: dict[date, str] = {}
    workdays: set[date] = set()
    if year in _PUBLISHED:
        ranges, makeup = _PUBLISHED[year]
        for name, first_text, last_text in ranges:
            for d in _days(date.fromisoformat(first_text), date.fromisoformat(last_text)):
                off[d] = name
        workdays = {date.fromisoformat(d) for d in makeup}
        return off, workdays
    fixed = (
        ("元旦 New Year's Day", date(year, 1, 1), date(year, 1, 1)),
        ("清明节 Qingming Festival", date(year, 4, 4), date(year, 4, 6)),
        ("劳动节 Labour Day", date(year, 5, 1), date(year, 5, 5)),
        ("国庆节 National Day", date(year, 10, 1), date(year, 10, 7)),
    )
    for name, first, last in fixed:
        for d in _days(first, last):
            off[d] = name
    if year in _LUNAR_NEW_YEAR:
        new_year = date.fromisoformat(_LUNAR_NEW_YEAR[year])
        for d in _days(new_year - timedelta(days=1), new_year + timedelta(days=6)):
            off[d] = "春节 Spring Festival"
    return off, workdays


class WorkCalendar:
    """Which days the studio works, over a span of years (weekends, holidays, make-up days)."""

    def __init__(self, first_year: int, last_year: int) -> None:
        self.off: dict[date, str] = {}
        self.makeup: set[date] = set()
        for year in range(first_year, last_year + 1):
            off, makeup = china_holidays(year)
            self.off.update(off)
            self.makeup |= makeup
        # A published year can list a day of the neighbouring year (31 Dec); keep the span.
        self.first_year = first_year
        self.last_year = last_year

    def is_workday(self, d: date) -> bool:
        if d in self.makeup:
            return True
        return d.weekday() < 5 and d not in self.off

    def holiday_rows(self) -> list[tuple[date, str, bool]]:
        """(date, name, is_workday) for every day off and make-up day in the span."""
        rows = [(d, name, False) for d, name in self.off.items()]
        rows += [(d, "调休上班 Make-up working day", True) for d in self.makeup]
        return sorted(r for r in rows if self.first_year <= r[0].year <= self.last_year)
