"""Sentences the finance services raise, listed so lupdate puts them in the budget catalogue.

ui.shell.service_text translates every service error in the "ServiceMessage" context; a
translator loaded from this catalogue answers for these.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

KNOWN: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter hours such as 1.5 or 1:30."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Hours cannot be negative."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter hours to the whole minute (e.g. 1.25, not 1.001)."),
    QT_TRANSLATE_NOOP("ServiceMessage", "A day has at most 24 hours."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose who worked."),
    QT_TRANSLATE_NOOP(
        "ServiceMessage", "A placeholder for a hire cannot log time; choose who worked."
    ),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a project."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter between 0:01 and 24 hours."),
    QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "This time entry is on an invoice and is locked; issue a credit note to release it.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessage", "Time on this day has been invoiced and is locked."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That time entry no longer exists."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a category."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The amount cannot be negative."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The tax cannot be negative."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The tax is part of the amount and cannot exceed it."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a project, or none for studio overhead."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose who paid."),
    QT_TRANSLATE_NOOP("ServiceMessage", "An expense in the base currency has a rate of 1."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The exchange rate must be more than zero."),
    QT_TRANSLATE_NOOP("ServiceMessage", "This expense is on an invoice and is locked."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter the category's name."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Categories have two levels at most."),
    QT_TRANSLATE_NOOP("ServiceMessage", "There is no budget for the previous year."),
    QT_TRANSLATE_NOOP("ServiceMessage", "A budget cannot be negative."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter the role of an hours line."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter the hours and the hourly rate."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose the category of the line."),
    QT_TRANSLATE_NOOP("ServiceMessage", "An amount cannot be negative."),
    QT_TRANSLATE_NOOP("ServiceMessage", "A budget has one contingency line at most."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Warn at a value from 1% to 200%."),
)
