"""Small forms of a client record: contact, interaction (with follow-up) and deal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from models.enums import ContactChannel, DealStage, InteractionKind
from models.services.crm_contacts import ContactDraft, ContactView
from models.services.crm_deals import DealDraft, DealView
from models.services.crm_interactions import InteractionDraft
from ui.shell.form_dialog import FormDialog
from ui.shell.labels import enum_choices


def _date_edit(parent: QWidget, value: date | None, optional: bool) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if optional:
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(" ")  # the minimum reads as "no date"
    edit.setDate(
        QDate(value) if value else (edit.minimumDate() if optional else QDate.currentDate())
    )
    return edit


def _date_of(edit: QDateEdit) -> date | None:
    if edit.date() == edit.minimumDate() and edit.specialValueText():
        return None
    return edit.date().toPython()  # type: ignore[return-value]


class ContactDialog(FormDialog):
    def __init__(
        self,
        save: Callable[[ContactDraft], Any],
        parent: QWidget | None = None,
        contact: ContactView | None = None,
    ) -> None:
        title = self.tr("New contact") if contact is None else self.tr("Edit contact")
        super().__init__(title, parent, min_width=460, roomy=True)
        self._save = save
        self.name_edit = QLineEdit(self)
        self.role_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.wechat_edit = QLineEdit(self)
        self.channel_combo = QComboBox(self)
        self.channel_combo.addItem(self.tr("No preference"), None)
        for value, label in enum_choices(ContactChannel):
            self.channel_combo.addItem(label, value)
        self.primary_box = QCheckBox(self.tr("Main contact for this client"), self)
        self.add_field("name", self.tr("Name"), self.name_edit)
        self.add_field("role", self.tr("Role"), self.role_edit)
        self.add_field("phone", self.tr("Phone"), self.phone_edit)
        self.add_field("email", self.tr("E-mail"), self.email_edit)
        self.add_field("wechat_id", self.tr("WeChat ID"), self.wechat_edit)
        self.add_field("preferred_channel", self.tr("Preferred channel"), self.channel_combo)
        self.form.addRow("", self.primary_box)
        if contact is not None:
            self.name_edit.setText(contact.name)
            self.role_edit.setText(contact.role)
            self.phone_edit.setText(contact.phone)
            self.email_edit.setText(contact.email)
            self.wechat_edit.setText(contact.wechat_id)
            ch = contact.preferred_channel.value if contact.preferred_channel else None
            self.channel_combo.setCurrentIndex(max(self.channel_combo.findData(ch), 0))
            self.primary_box.setChecked(contact.is_primary)

    def save(self) -> Any:
        ch = self.channel_combo.currentData()
        return self._save(
            ContactDraft(
                self.name_edit.text(),
                self.role_edit.text(),
                self.phone_edit.text(),
                self.email_edit.text(),
                self.wechat_edit.text(),
                ContactChannel(ch) if ch else None,
                self.primary_box.isChecked(),
            )
        )


class InteractionDialog(FormDialog):
    def __init__(
        self,
        save: Callable[[InteractionDraft], Any],
        contacts: list[ContactView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Log an interaction"), parent, min_width=460, roomy=True)
        self._save = save
        self.kind_combo = QComboBox(self)
        for value, label in enum_choices(InteractionKind):
            self.kind_combo.addItem(label, value)
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_edit.setCalendarPopup(True)
        self.contact_combo = QComboBox(self)
        self.contact_combo.addItem(self.tr("Nobody in particular"), None)
        for c in contacts:
            self.contact_combo.addItem(c.name, c.id)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setFixedHeight(70)
        self.outcome_edit = QLineEdit(self)
        self.next_step_edit = QLineEdit(self)
        self.follow_up_edit = _date_edit(self, None, optional=True)
        self.add_field("kind", self.tr("Kind"), self.kind_combo)
        self.add_field("occurred_at", self.tr("When"), self.when_edit)
        self.add_field("contact", self.tr("With"), self.contact_combo)
        self.add_field("summary", self.tr("Summary"), self.summary_edit)
        self.add_field("outcome", self.tr("Outcome"), self.outcome_edit)
        self.add_field("next_step", self.tr("Next step"), self.next_step_edit)
        self.add_field("follow_up_on", self.tr("Follow up on"), self.follow_up_edit)

    def set_follow_up(self, day: date | None) -> None:
        self.follow_up_edit.setDate(QDate(day) if day else self.follow_up_edit.minimumDate())

    def save(self) -> Any:
        when = self.when_edit.dateTime().toPython()
        assert isinstance(when, datetime)
        return self._save(
            InteractionDraft(
                InteractionKind(self.kind_combo.currentData()),
                self.summary_edit.toPlainText(),
                when.astimezone(),  # the local time the user typed, made aware
                self.contact_combo.currentData(),
                self.outcome_edit.text(),
                self.next_step_edit.text(),
                _date_of(self.follow_up_edit),
            )
        )


class DealDialog(FormDialog):
    def __init__(
        self,
        save: Callable[[DealDraft], Any],
        currency: str,
        parent: QWidget | None = None,
        deal: DealView | None = None,
    ) -> None:
        title = self.tr("New deal") if deal is None else self.tr("Edit deal")
        super().__init__(title, parent, min_width=460, roomy=True)
        self._save = save
        self._currency = deal.value.currency if deal else currency
        self.title_edit = QLineEdit(self)
        self.value_edit = QLineEdit(self)
        self.value_edit.setPlaceholderText(self.tr("Amount in %1").replace("%1", self._currency))
        self.probability_spin = QSpinBox(self)
        # Wider than 0..100 on purpose: the service explains the limit beside the field.
        self.probability_spin.setRange(-999, 999)
        self.probability_spin.setSuffix(" %")
        self.probability_spin.setValue(10)
        self.stage_combo = QComboBox(self)
        for value, label in enum_choices(DealStage):
            self.stage_combo.addItem(label, value)
        self.close_edit = _date_edit(self, None, optional=True)
        self.lost_edit = QLineEdit(self)
        self.add_field("title", self.tr("Title"), self.title_edit)
        self.add_field("value", self.tr("Value"), self.value_edit)
        self.add_field("probability", self.tr("Probability"), self.probability_spin)
        self.add_field("stage", self.tr("Stage"), self.stage_combo)
        self.add_field("expected_close_on", self.tr("Expected close"), self.close_edit)
        self.add_field("lost_reason", self.tr("Lost reason"), self.lost_edit)
        if deal is not None:
            self.title_edit.setText(deal.title)
            self.value_edit.setText(str(deal.value.amount))
            self.probability_spin.setValue(deal.probability)
            self.stage_combo.setCurrentIndex(max(self.stage_combo.findData(deal.stage.value), 0))
            if deal.expected_close_on:
                self.close_edit.setDate(QDate(deal.expected_close_on))
            self.lost_edit.setText(deal.lost_reason)

    def save(self) -> Any:
        return self._save(
            DealDraft(
                self.title_edit.text(),
                self.value_edit.text().replace(",", "").strip() or "0",
                self._currency,
                self.probability_spin.value(),
                DealStage(self.stage_combo.currentData()),
                _date_of(self.close_edit),
                self.lost_edit.text(),
            )
        )
