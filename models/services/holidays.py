"""Public holidays (from the ``holidays`` package or by hand) and make-up working days."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from models.entities import PublicHoliday, Studio
from models.enums import HolidaySource
from models.errors import NotFound, ValidationError
from models.services.base import UnitOfWork

# The package names a Chinese bridge day "Day off (substituted from 01/04/2026)": the date in
# brackets is the weekend day people work instead, i.e. a make-up working day.
_SUBSTITUTED = re.compile(r"substituted from (\d{2})/(\d{2})/(\d{4})")


@dataclass(frozen=True, slots=True)
class HolidayRecord:
    id: int
    country: str
    on_date: date
    name: str
    is_workday: bool
    source: HolidaySource


class HolidayService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def _country(self, country: str | None) -> str:
        if country:
            return country.upper()
        with self._uow.read() as s:
            return (s.scalar(select(Studio.country)) or "CN").upper()

    def import_year(self, year: int, country: str | None = None) -> int:
        """Add the package's holidays for ``year``; days already present (or edited) are kept.

        Returns how many rows were added.
        """
        import holidays  # only when importing: the package is large

        if not 1900 <= year <= 2200:
            raise ValidationError("year", "Enter a year between 1900 and 2200.")
        code = self._country(country)
        try:
            found = holidays.country_holidays(code, years=year)
        except NotImplementedError:
            raise ValidationError(
                "country", f"No public holiday calendar is known for {code}."
            ) from None
        wanted: dict[date, tuple[str, bool]] = {}
        for d, name in sorted(found.items()):
            wanted.setdefault(d, (str(name), False))
            m = _SUBSTITUTED.search(str(name))
            if m:
                work = datetime(int(m[3]), int(m[1]), int(m[2])).date()
                wanted.setdefault(work, ("Make-up working day", True))
        with self._uow.write() as s:
            have = set(
                s.scalars(
                    select(PublicHoliday.on_date).where(
                        PublicHoliday.country == code,
                        PublicHoliday.on_date.in_(list(wanted)),
                    )
                )
            )
            added = 0
            for d, (name, workday) in wanted.items():
                if d in have:
                    continue
                s.add(
                    PublicHoliday(
                        country=code,
                        on_date=d,
                        name=name[:200],
                        is_workday=workday,
                        source=HolidaySource.PACKAGE,
                    )
                )
                added += 1
            return added

    def list(self, year: int, country: str | None = None) -> list[HolidayRecord]:
        code = self._country(country)
        with self._uow.read() as s:
            return [
                HolidayRecord(h.id, h.country, h.on_date, h.name, h.is_workday, h.source)
                for h in s.scalars(
                    select(PublicHoliday)
                    .where(
                        PublicHoliday.country == code,
                        PublicHoliday.on_date >= date(year, 1, 1),
                        PublicHoliday.on_date <= date(year, 12, 31),
                    )
                    .order_by(PublicHoliday.on_date)
                )
            ]

    def save(
        self,
        on_date: date,
        name: str,
        is_workday: bool = False,
        holiday_id: int | None = None,
        country: str | None = None,
    ) -> int:
        """Add or edit a day by hand: a holiday, or (``is_workday``) a make-up working day."""
        text = " ".join(name.split())
        if not text:
            raise ValidationError("name", "Enter a name for the day.")
        code = self._country(country)
        with self._uow.write() as s:
            clash = s.scalar(
                select(PublicHoliday.id).where(
                    PublicHoliday.country == code, PublicHoliday.on_date == on_date
                )
            )
            if clash is not None and clash != holiday_id:
                raise ValidationError("on_date", "This date is already in the calendar.")
            if holiday_id is None:
                row = PublicHoliday(country=code, on_date=on_date, name=text)
                s.add(row)
            else:
                found = s.get(PublicHoliday, holiday_id)
                if found is None:
                    raise NotFound("That day is no longer in the calendar.")
                row = found
            row.on_date, row.name, row.is_workday = on_date, text[:200], is_workday
            row.source = HolidaySource.MANUAL
            s.flush()
            return row.id

    def delete(self, holiday_id: int) -> None:
        with self._uow.write() as s:
            row = s.get(PublicHoliday, holiday_id)
            if row is not None:
                s.delete(row)
