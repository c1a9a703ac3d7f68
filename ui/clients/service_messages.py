"""The CRM services' fixed sentences, listed so lupdate collects them for translation.

ui.shell.service_text translates in the "ServiceMessage" context; every installed catalogue is
searched, so this module's catalogue carries the CRM's own sentences.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CRM_MESSAGES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ServiceMessage", "A client cannot refer itself."),
    QT_TRANSLATE_NOOP("ServiceMessage", "A merged client cannot be restored."),
    QT_TRANSLATE_NOOP("ServiceMessage", "A tag is longer than 60 characters."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a channel from the list."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a different client to merge with."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a file or enter a link."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a file or enter a link starting with https://."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a source from the list."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose a stage from the list."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose one of this client's contacts."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Choose what kind of contact it was."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter a date such as 2026-03-01."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter a name."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter a phone number using digits, spaces, + and -."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter a probability from 0 to 100."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter an e-mail address such as name@example.com."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter the contact's name."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Enter the deal's title."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Say what the date is, e.g. founding day."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Say why the deal was lost."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That attachment no longer exists."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That client was already merged."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That contact no longer exists."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That date does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That date no longer exists."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That deal no longer exists."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That interaction no longer exists."),
    QT_TRANSLATE_NOOP("ServiceMessage", "That person no longer exists."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The client to keep is archived; restore it first."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The follow-up date is before the interaction."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The value cannot be negative."),
    QT_TRANSLATE_NOOP("ServiceMessage", "This client is archived; restore it first."),
    QT_TRANSLATE_NOOP(
        "ServiceMessage", "This deal is won and has a project; it cannot be reopened."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessage", "This deal is won; change the value on its project instead."
    ),
    QT_TRANSLATE_NOOP("ServiceMessage", "This follow-up is already done."),
    QT_TRANSLATE_NOOP("ServiceMessage", "This is longer than 40 characters."),
    QT_TRANSLATE_NOOP("ServiceMessage", "This is longer than 100 characters."),
    QT_TRANSLATE_NOOP("ServiceMessage", "This is longer than 200 characters."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Use Archive to archive a client."),
    QT_TRANSLATE_NOOP("ServiceMessage", "Write a short summary of what was said."),
    # Contact files (shown after "Line N: ").
    QT_TRANSLATE_NOOP("ServiceMessage", "A new card begins before the previous one ended."),
    QT_TRANSLATE_NOOP("ServiceMessage", "A quoted-printable value cannot be decoded."),
    QT_TRANSLATE_NOOP(
        "ServiceMessage", "No column is called name or client (see the generic CSV format)."
    ),
    QT_TRANSLATE_NOOP("ServiceMessage", "The file holds no contacts."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The file holds no vCard."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The file is empty."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The file is neither UTF-8 nor GBK text."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The first row must name the columns."),
    QT_TRANSLATE_NOOP("ServiceMessage", "The organisation name is longer than 200 characters."),
    QT_TRANSLATE_NOOP("ServiceMessage", "This card has no END:VCARD."),
    QT_TRANSLATE_NOOP("ServiceMessage", "This line is not a vCard property (NAME:value)."),
    QT_TRANSLATE_NOOP("ServiceMessage", "This line is outside a BEGIN:VCARD ... END:VCARD card."),
    QT_TRANSLATE_NOOP("ServiceMessage", "This row has neither a name nor an organisation."),
)
