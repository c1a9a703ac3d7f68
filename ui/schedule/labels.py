"""Labels for the schedule's vocabularies and its service messages, for translators."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.enums import EquipmentKind, TimeOffKind
from models.errors import DomainError
from models.services.equipment import BookingConflict, OutageConflict
from ui.shell.messages import message_of

CTX = "ScheduleLabels"

EQUIPMENT_KINDS: dict[EquipmentKind, str] = {
    EquipmentKind.CAMERA: QT_TRANSLATE_NOOP("ScheduleLabels", "Camera"),
    EquipmentKind.LENS: QT_TRANSLATE_NOOP("ScheduleLabels", "Lens"),
    EquipmentKind.LIGHTING: QT_TRANSLATE_NOOP("ScheduleLabels", "Lighting"),
    EquipmentKind.AUDIO: QT_TRANSLATE_NOOP("ScheduleLabels", "Audio"),
    EquipmentKind.STUDIO_ROOM: QT_TRANSLATE_NOOP("ScheduleLabels", "Studio room"),
    EquipmentKind.WORKSTATION: QT_TRANSLATE_NOOP("ScheduleLabels", "Workstation"),
    EquipmentKind.SOFTWARE_LICENCE: QT_TRANSLATE_NOOP("ScheduleLabels", "Software licence"),
    EquipmentKind.OTHER: QT_TRANSLATE_NOOP("ScheduleLabels", "Other"),
}

TIME_OFF_KINDS: dict[TimeOffKind, str] = {
    TimeOffKind.LEAVE: QT_TRANSLATE_NOOP("ScheduleLabels", "Leave"),
    TimeOffKind.SICK: QT_TRANSLATE_NOOP("ScheduleLabels", "Sick"),
    TimeOffKind.TRAINING: QT_TRANSLATE_NOOP("ScheduleLabels", "Training"),
}

# Fixed service sentences -> translatable copies (lupdate sees each literal).
MESSAGES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ScheduleLabels", "Enter the person's name."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Weekly capacity cannot be negative."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "A week has no more than 168 hours."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Choose the working days from the week."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "The leaving date is before the joining date."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Someone with this name already exists."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Enter the skill's name."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "A skill level runs from 1 to 5."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "A rate cannot be negative."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "A rate already starts on this date; choose another date."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "The last day is before the first day."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "A day has between 1 minute and 24 hours."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Choose a person or name the role to fill."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Choose a person."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Choose a project."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Give either hours a day or a percentage."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "A day has no more than 24 hours."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Allocate at least one minute a day."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "The percentage runs from 1 to 100."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "The task belongs to another project."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Enter the equipment's name."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Equipment with this name already exists."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "A day rate cannot be negative."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "The booking must end after it starts."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "The outage must end after it starts."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Choose a piece of equipment."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Enter a name for the day."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "This date is already in the calendar."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Choose a skill."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "That allocation no longer exists."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "That booking no longer exists."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "That out-of-service period no longer exists."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Give the time with its time zone."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Enter both the cost and the bill rate."),
    QT_TRANSLATE_NOOP("ScheduleLabels", "Someone with this name already exists."),
)

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^The project starts on (\S+); start on or after it\.$"),
        QT_TRANSLATE_NOOP("ScheduleLabels", "The project starts on %1; start on or after it."),
    ),
    (
        re.compile(r"^The project is due on (\S+); end on or before it\.$"),
        QT_TRANSLATE_NOOP("ScheduleLabels", "The project is due on %1; end on or before it."),
    ),
    (
        re.compile(r"^(.+) was retired on (\S+); book another\.$"),
        QT_TRANSLATE_NOOP("ScheduleLabels", "%1 was retired on %2; book another."),
    ),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def equipment_kind_label(kind: str) -> str:
    try:
        return tr(EQUIPMENT_KINDS[EquipmentKind(kind)])
    except ValueError:
        return kind


def time_off_label(kind: str) -> str:
    try:
        return tr(TIME_OFF_KINDS[TimeOffKind(kind)])
    except ValueError:
        return kind


def _clash_label(clash: str) -> str:
    if clash.startswith("Booking for "):
        clash = QCoreApplication.translate("ScheduleLabels", "Booking for %1").replace(
            "%1", clash.removeprefix("Booking for ")
        )
    elif clash.startswith("Out of service"):
        reason = clash.removeprefix("Out of service").strip(" ()")
        clash = QCoreApplication.translate("ScheduleLabels", "Out of service") + (
            f" ({reason})" if reason else ""
        )
    elif clash == "Another booking":
        clash = QCoreApplication.translate("ScheduleLabels", "Another booking")
    return clash


def local(v: datetime) -> str:
    """A stored UTC time as the user's local wall-clock time (the service speaks UTC)."""
    return f"{v.astimezone():%Y-%m-%d %H:%M}"


def outage_conflict_text(exc: OutageConflict) -> str:
    return (
        QCoreApplication.translate(
            "ScheduleLabels",
            "%1 holds this equipment from %2 to %3; move or cancel it first.",
        )
        .replace("%1", _clash_label(exc.clash))
        .replace("%2", local(exc.clash_start))
        .replace("%3", local(exc.clash_end))
    )


def conflict_text(exc: BookingConflict) -> str:
    clash = _clash_label(exc.clash)

    return (
        QCoreApplication.translate(
            "ScheduleLabels",
            "%1 already holds this equipment from %2 to %3. The nearest free slot is %4 to %5.",
        )
        .replace("%1", clash)
        .replace("%2", local(exc.clash_start))
        .replace("%3", local(exc.clash_end))
        .replace("%4", local(exc.free_start))
        .replace("%5", local(exc.free_end))
    )


def schedule_message(exc: BaseException) -> str:
    """The translated sentence for a schedule service failure."""
    if isinstance(exc, BookingConflict):
        return conflict_text(exc)
    if isinstance(exc, OutageConflict):
        return outage_conflict_text(exc)
    if isinstance(exc, DomainError):
        msg = exc.message
        if msg in MESSAGES:
            return tr(msg)
        for pattern, template in _PATTERNS:
            m = pattern.match(msg)
            if m:
                out = tr(template)
                for i, g in enumerate(m.groups(), start=1):
                    out = out.replace(f"%{i}", g)
                return out
    return message_of(exc)
