"""Shared CRM validation: names, e-mails, phones and dates checked the same way everywhere."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy.orm import Session

from models.entities import Client
from models.errors import NotFound, ValidationError

# Deliberately loose: one @, no spaces, a dot in the domain. Real checking is sending mail.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_PHONE = re.compile(r"^[0-9+()\-./ #*]+(\s*(ext|x|转)\.?\s*\d+)?$", re.IGNORECASE)


def clean_text(value: str, field: str, max_len: int, *, required: bool = False) -> str:
    """Whitespace collapsed; blank refused when ``required``; over-long refused."""
    text = " ".join((value or "").split())
    if required and not text:
        raise ValidationError(field, "Enter a name.")
    if len(text) > max_len:
        raise ValidationError(field, f"This is longer than {max_len} characters.")
    return text


def clean_email(value: str, field: str = "email") -> str:
    text = (value or "").strip()
    if text and (len(text) > 200 or not _EMAIL.match(text)):
        raise ValidationError(field, "Enter an e-mail address such as name@example.com.")
    return text


def clean_phone(value: str, field: str = "phone") -> str:
    text = " ".join((value or "").split())
    if text and (len(text) > 60 or not _PHONE.match(text) or not any(c.isdigit() for c in text)):
        raise ValidationError(field, "Enter a phone number using digits, spaces, + and -.")
    return text


def parse_date(value: str | date | None, field: str) -> date | None:
    """ISO dates (2026-03-01, also 2026/3/1 and 20260301); blank is None; nonsense refused."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    m = re.fullmatch(r"(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})", text)
    if m is None:
        m2 = re.fullmatch(r"--(\d{2})-?(\d{2})", text)  # vCard birthday without a year
        if m2 is None:
            raise ValidationError(field, "Enter a date such as 2026-03-01.")
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", f"1904{m2.group(1)}{m2.group(2)}")
        assert m is not None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise ValidationError(field, "That date does not exist.") from None


def client_or_404(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound("That client no longer exists.")
    return client


def open_client(session: Session, client_id: int, field: str = "client") -> Client:
    """The client, refusing an archived (or merged) one: nothing new is planned with it."""
    client = client_or_404(session, client_id)
    if client.archived_at is not None:
        raise ValidationError(field, "This client is archived; restore it first.")
    return client
