"""Studio facts (name, currency, working week, fiscal year, numbering) behind one service."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from models.entities import Studio
from models.errors import NotFound, ValidationError
from models.money import validate_currency
from models.services.base import UnitOfWork

LANGUAGES = ("en", "zh_CN")
_HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True, slots=True)
class StudioSettings:
    name: str
    base_currency: str
    language: str = "en"
    country: str = "CN"
    working_days: int = 31  # bit 0 = Monday; 31 = Monday to Friday
    week_hours: Decimal = Decimal(40)
    fiscal_year_start_month: int = 1
    invoice_prefix: str = "INV-"
    target_utilisation_pct: int = 85
    address: str = ""
    tax_id: str = ""
    bank_details: str = ""
    accent_color: str = "#2f6f8f"


def validate_settings(s: StudioSettings) -> StudioSettings:
    """Return a cleaned copy or raise ValidationError naming the first bad field."""
    name = s.name.strip()
    if not name:
        raise ValidationError("name", "Enter the studio's name.")
    if len(name) > 200:
        raise ValidationError("name", "The studio's name is longer than 200 characters.")
    currency = validate_currency(s.base_currency, "base_currency")
    if s.language not in LANGUAGES:
        raise ValidationError("language", f"Choose one of: {', '.join(LANGUAGES)}.")
    country = s.country.strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise ValidationError("country", "Enter a two-letter country code such as CN.")
    if not 1 <= s.working_days <= 127:
        raise ValidationError("working_days", "Choose at least one working day.")
    try:
        hours = Decimal(s.week_hours)
    except (InvalidOperation, TypeError):
        raise ValidationError("week_hours", "Enter the working hours per week.") from None
    if not Decimal(1) <= hours <= Decimal(168):
        raise ValidationError("week_hours", "Working hours per week must be between 1 and 168.")
    if (hours * 60) != (hours * 60).to_integral_value():
        raise ValidationError("week_hours", "Enter working hours to the minute at most.")
    if not 1 <= s.fiscal_year_start_month <= 12:
        raise ValidationError("fiscal_year_start_month", "Choose a month from 1 to 12.")
    prefix = s.invoice_prefix.strip()
    if len(prefix) > 20:
        raise ValidationError("invoice_prefix", "The invoice prefix is longer than 20 characters.")
    if not 1 <= s.target_utilisation_pct <= 200:
        raise ValidationError("target_utilisation_pct", "Target utilisation must be 1% to 200%.")
    if not _HEX_COLOUR.match(s.accent_color):
        raise ValidationError("accent_color", "Choose a colour such as #2f6f8f.")
    return replace(
        s,
        name=name,
        base_currency=currency,
        country=country,
        week_hours=hours,
        invoice_prefix=prefix,
    )


def _to_settings(row: Studio) -> StudioSettings:
    return StudioSettings(
        name=row.name,
        base_currency=row.base_currency,
        language=row.language,
        country=row.country,
        working_days=row.working_days,
        week_hours=Decimal(row.week_minutes) / 60,
        fiscal_year_start_month=row.fiscal_year_start_month,
        invoice_prefix=row.invoice_prefix,
        target_utilisation_pct=row.target_utilisation_pct,
        address=row.address,
        tax_id=row.tax_id,
        bank_details=row.bank_details,
        accent_color=row.accent_color,
    )


def _apply(row: Studio, s: StudioSettings) -> None:
    row.name = s.name
    row.base_currency = s.base_currency
    row.language = s.language
    row.country = s.country
    row.working_days = s.working_days
    row.week_minutes = int(s.week_hours * 60)
    row.fiscal_year_start_month = s.fiscal_year_start_month
    row.invoice_prefix = s.invoice_prefix
    row.target_utilisation_pct = s.target_utilisation_pct
    row.address = s.address
    row.tax_id = s.tax_id
    row.bank_details = s.bank_details
    row.accent_color = s.accent_color


class StudioService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    @staticmethod
    def defaults_for_locale(locale_name: str) -> StudioSettings:
        """First-run defaults: a Chinese locale gets CNY, Chinese and China's holidays."""
        lang = (locale_name or "").replace("-", "_")
        if lang.startswith("zh"):
            region = lang[3:5].upper() if len(lang) >= 5 else "CN"
            currency = {"TW": "TWD", "HK": "HKD", "MO": "MOP", "SG": "SGD"}.get(region, "CNY")
            return StudioSettings(
                name="",
                base_currency=currency,
                language="zh_CN",
                country=region if region.isalpha() else "CN",
            )
        region = lang[3:5].upper() if len(lang) >= 5 else "US"
        currency = {
            "US": "USD",
            "GB": "GBP",
            "AU": "AUD",
            "CA": "CAD",
            "NZ": "NZD",
            "SG": "SGD",
            "JP": "JPY",
            "CH": "CHF",
            "IN": "INR",
            "HK": "HKD",
        }.get(region, "EUR" if region in _EURO else "USD")
        return StudioSettings(
            name="",
            base_currency=currency,
            language="en",
            country=region if region.isalpha() else "US",
        )

    def is_initialised(self) -> bool:
        with self._uow.read() as s:
            return s.get(Studio, 1) is not None

    def get(self) -> StudioSettings:
        with self._uow.read() as s:
            row = s.get(Studio, 1)
            if row is None:
                raise NotFound("The studio has not been set up yet.")
            return _to_settings(row)

    def initialise(self, settings: StudioSettings) -> StudioSettings:
        """First run: the studio row and the built-in reference data, in one transaction."""
        clean = validate_settings(settings)
        from models.reference import seed_reference_data

        with self._uow.write() as s:
            row = s.get(Studio, 1)
            if row is None:
                row = Studio(id=1)
                s.add(row)
            _apply(row, clean)
            s.flush()
            seed_reference_data(s)
        return clean

    def update(self, settings: StudioSettings) -> StudioSettings:
        clean = validate_settings(settings)
        with self._uow.write() as s:
            row = s.get(Studio, 1)
            if row is None:
                raise NotFound("The studio has not been set up yet.")
            _apply(row, clean)
        return clean


_EURO = {
    "AT",
    "BE",
    "CY",
    "DE",
    "EE",
    "ES",
    "FI",
    "FR",
    "GR",
    "HR",
    "IE",
    "IT",
    "LT",
    "LU",
    "LV",
    "MT",
    "NL",
    "PT",
    "SI",
    "SK",
}
