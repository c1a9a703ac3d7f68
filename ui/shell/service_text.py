"""Translations for the English sentences services put in errors, so a Chinese UI reads Chinese."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Services speak English (models has no Qt). The fixed sentences they raise are listed here so
# lupdate collects them; a sentence not listed is shown as it came.
_KNOWN: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter the studio's name."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The studio's name is longer than 200 characters."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter a two-letter country code such as CN."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose at least one working day."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter the working hours per week."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Working hours per week must be between 1 and 168."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter working hours to the minute at most."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a month from 1 to 12."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The invoice prefix is longer than 20 characters."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Target utilisation must be 1% to 200%."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a colour such as #2f6f8f."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The studio has not been set up yet."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter the client's name."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The name is longer than 200 characters."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a status from the list."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That client no longer exists."),
    QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "The database file is read-only, so nothing was saved. Check the file's "
        "permissions or open a copy in a folder you can write to.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "The disk is full, so nothing was saved. Free some space and try again; "
        "your earlier data is intact.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "Another program is using the database file right now, so nothing was saved. "
        "Close it (or wait a moment) and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessage", "The disk reported an input/output error, so nothing was saved."
    ),
)


def translate_service_message(message: str) -> str:
    """The translated sentence when we know it, else the service's own words."""
    return QCoreApplication.translate("ServiceMessage", message)


def known_service_messages() -> tuple[str, ...]:
    return _KNOWN
