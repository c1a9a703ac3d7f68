"""Equipment and rooms: day rates, outages, and bookings that refuse double booking."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import Equipment, EquipmentBooking, EquipmentOutage, Project, Studio
from models.enums import EquipmentKind
from models.errors import Conflict, NotFound, ValidationError
from models.money import from_minor, to_minor, validate_currency
from models.services.base import UnitOfWork
from models.services.capacity import merge, nearest_free_start

MAX_NAME = 200


@dataclass(frozen=True, slots=True)
class EquipmentDraft:
    name: str
    kind: EquipmentKind = EquipmentKind.OTHER
    day_rate: Decimal | str | int = 0
    location: str = ""
    serial_no: str = ""
    retired_on: date | None = None
    notes: str = ""
    currency: str | None = None


@dataclass(frozen=True, slots=True)
class EquipmentRecord:
    id: int
    name: str
    kind: EquipmentKind
    day_rate: Decimal
    currency: str
    location: str
    serial_no: str
    retired_on: date | None
    notes: str


@dataclass(frozen=True, slots=True)
class BookingDraft:
    equipment_id: int
    start_at: datetime
    end_at: datetime
    project_id: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class BookingRecord:
    id: int
    equipment_id: int
    start_at: datetime  # UTC
    end_at: datetime
    project_id: int | None
    note: str


@dataclass(frozen=True, slots=True)
class OutageRecord:
    id: int
    equipment_id: int
    start_at: datetime
    end_at: datetime
    reason: str


class BookingConflict(Conflict):
    """A booking that overlaps another booking or an outage; carries the nearest free slot."""

    def __init__(
        self,
        clash: str,
        clash_start: datetime,
        clash_end: datetime,
        free_start: datetime,
        free_end: datetime,
    ) -> None:
        super().__init__(
            f"{clash} already holds this equipment from {clash_start:%Y-%m-%d %H:%M} to "
            f"{clash_end:%Y-%m-%d %H:%M} UTC. The nearest free slot of the same length is "
            f"{free_start:%Y-%m-%d %H:%M} to {free_end:%Y-%m-%d %H:%M} UTC."
        )
        self.field = "start_at"
        self.clash = clash
        self.clash_start, self.clash_end = clash_start, clash_end
        self.free_start, self.free_end = free_start, free_end


class OutageConflict(Conflict):
    """An outage that overlaps a booking: the booking must move first; carries its span."""

    def __init__(self, booking_id: int, clash: str, clash_start: datetime, clash_end: datetime):
        super().__init__(
            f"{clash} holds this equipment from {clash_start:%Y-%m-%d %H:%M} to "
            f"{clash_end:%Y-%m-%d %H:%M} UTC; move or cancel it first."
        )
        self.field = "start_at"
        self.booking_id = booking_id
        self.clash = clash
        self.clash_start, self.clash_end = clash_start, clash_end


def _aware(value: datetime, field: str) -> datetime:
    if value.tzinfo is None:
        raise ValidationError(field, "Give the time with its time zone.")
    return value.astimezone(UTC)


def _record(e: Equipment) -> EquipmentRecord:
    return EquipmentRecord(
        e.id,
        e.name,
        e.kind,
        from_minor(e.day_rate_minor, e.currency),
        e.currency,
        e.location,
        e.serial_no,
        e.retired_on,
        e.notes,
    )


def check_booking(
    s: Session, d: BookingDraft, booking_id: int | None = None
) -> tuple[datetime, datetime]:
    """Validate a booking against the equipment, its outages and its other bookings."""
    start = _aware(d.start_at, "start_at")
    end = _aware(d.end_at, "end_at")
    if end <= start:
        raise ValidationError("end_at", "The booking must end after it starts.")
    eq = s.get(Equipment, d.equipment_id)
    if eq is None:
        raise ValidationError("equipment_id", "Choose a piece of equipment.")
    if eq.retired_on is not None and eq.retired_on <= end.date():
        raise ValidationError(
            "equipment_id", f"{eq.name} was retired on {eq.retired_on:%Y-%m-%d}; book another."
        )
    if d.project_id is not None and s.get(Project, d.project_id) is None:
        raise ValidationError("project_id", "Choose a project.")
    busy: list[tuple[datetime, datetime, str]] = []
    q = (
        select(EquipmentBooking.start_at, EquipmentBooking.end_at, Project.code, Project.name)
        .outerjoin(Project, Project.id == EquipmentBooking.project_id)
        .where(EquipmentBooking.equipment_id == eq.id)
    )
    if booking_id is not None:
        q = q.where(EquipmentBooking.id != booking_id)
    for a, b, code, name in s.execute(q):
        busy.append((a, b, f"Booking for {code} {name}" if code else "Another booking"))
    for a, b, reason in s.execute(
        select(EquipmentOutage.start_at, EquipmentOutage.end_at, EquipmentOutage.reason).where(
            EquipmentOutage.equipment_id == eq.id
        )
    ):
        busy.append((a, b, f"Out of service ({reason})" if reason else "Out of service"))
    # Touching intervals are fine: a booking may start the minute the last one ends.
    clashes = sorted((x for x in busy if x[0] < end and x[1] > start), key=lambda x: x[0])
    if clashes:
        a, b, label = clashes[0]
        t0 = start.timestamp()
        merged = merge((x[0].timestamp(), x[1].timestamp()) for x in busy)
        free = nearest_free_start(merged, t0, end.timestamp() - t0)
        fs = datetime.fromtimestamp(free, UTC)
        raise BookingConflict(label, a, b, fs, fs + (end - start))
    return start, end


class EquipmentService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def list(self, *, include_retired: bool = False) -> list[EquipmentRecord]:
        with self._uow.read() as s:
            q = select(Equipment).order_by(Equipment.name)
            if not include_retired:
                q = q.where(Equipment.retired_on.is_(None))
            return [_record(e) for e in s.scalars(q)]

    def get(self, equipment_id: int) -> EquipmentRecord:
        with self._uow.read() as s:
            e = s.get(Equipment, equipment_id)
            if e is None:
                raise NotFound("That equipment no longer exists.")
            return _record(e)

    def find_by_name(self, name: str) -> int | None:
        with self._uow.read() as s:
            return s.scalar(select(Equipment.id).where(Equipment.name == name.strip()))

    def save(self, draft: EquipmentDraft, equipment_id: int | None = None) -> int:
        name = " ".join(draft.name.split())
        if not name:
            raise ValidationError("name", "Enter the equipment's name.")
        if len(name) > MAX_NAME:
            raise ValidationError("name", f"The name is longer than {MAX_NAME} characters.")
        try:
            kind = EquipmentKind(draft.kind)
        except ValueError:
            raise ValidationError("kind", "Choose a type from the list.") from None
        with self._uow.write() as s:
            cur = validate_currency(
                draft.currency or s.scalar(select(Studio.base_currency)) or "CNY"
            )
            rate = to_minor(draft.day_rate, cur, "day_rate")
            if rate < 0:
                raise ValidationError("day_rate", "A day rate cannot be negative.")
            clash = s.scalar(select(Equipment.id).where(Equipment.name == name))
            if clash is not None and clash != equipment_id:
                raise ValidationError("name", "Equipment with this name already exists.")
            if equipment_id is None:
                e = Equipment(name=name, kind=kind, currency=cur)
                s.add(e)
            else:
                found = s.get(Equipment, equipment_id)
                if found is None:
                    raise NotFound("That equipment no longer exists.")
                e = found
            e.name, e.kind, e.day_rate_minor, e.currency = name, kind, rate, cur
            e.location, e.serial_no = draft.location.strip(), draft.serial_no.strip()
            e.retired_on, e.notes = draft.retired_on, draft.notes.strip()
            s.flush()
            return e.id

    def add_outage(
        self, equipment_id: int, start_at: datetime, end_at: datetime, reason: str = ""
    ) -> int:
        """Take equipment out of service; refused (OutageConflict) if a booking overlaps."""
        return self.save_outage(equipment_id, start_at, end_at, reason)

    def save_outage(
        self,
        equipment_id: int,
        start_at: datetime,
        end_at: datetime,
        reason: str = "",
        outage_id: int | None = None,
    ) -> int:
        start = _aware(start_at, "start_at")
        end = _aware(end_at, "end_at")
        if end <= start:
            raise ValidationError("end_at", "The outage must end after it starts.")
        with self._uow.write() as s:
            if s.get(Equipment, equipment_id) is None:
                raise ValidationError("equipment_id", "Choose a piece of equipment.")
            # Touching is fine, as for bookings; the earliest overlapping booking is named.
            clash = s.execute(
                select(
                    EquipmentBooking.id,
                    EquipmentBooking.start_at,
                    EquipmentBooking.end_at,
                    Project.code,
                    Project.name,
                )
                .outerjoin(Project, Project.id == EquipmentBooking.project_id)
                .where(
                    EquipmentBooking.equipment_id == equipment_id,
                    EquipmentBooking.start_at < end,
                    EquipmentBooking.end_at > start,
                )
                .order_by(EquipmentBooking.start_at)
                .limit(1)
            ).first()
            if clash is not None:
                bid, a, b, code, name = clash
                label = f"Booking for {code} {name}" if code else "Another booking"
                raise OutageConflict(bid, label, a, b)
            if outage_id is None:
                row = EquipmentOutage(equipment_id=equipment_id)
                s.add(row)
            else:
                found = s.get(EquipmentOutage, outage_id)
                if found is None:
                    raise NotFound("That out-of-service period no longer exists.")
                row = found
            row.equipment_id = equipment_id
            row.start_at, row.end_at, row.reason = start, end, reason.strip()
            s.flush()
            return row.id

    def outage(self, outage_id: int) -> OutageRecord:
        with self._uow.read() as s:
            o = s.get(EquipmentOutage, outage_id)
            if o is None:
                raise NotFound("That out-of-service period no longer exists.")
            return OutageRecord(o.id, o.equipment_id, o.start_at, o.end_at, o.reason)

    def delete_outage(self, outage_id: int) -> None:
        with self._uow.write() as s:
            row = s.get(EquipmentOutage, outage_id)
            if row is not None:
                s.delete(row)

    def outages(self, equipment_id: int) -> builtins.list[OutageRecord]:
        with self._uow.read() as s:
            return [
                OutageRecord(o.id, o.equipment_id, o.start_at, o.end_at, o.reason)
                for o in s.scalars(
                    select(EquipmentOutage)
                    .where(EquipmentOutage.equipment_id == equipment_id)
                    .order_by(EquipmentOutage.start_at)
                )
            ]

    def book(self, draft: BookingDraft) -> int:
        """Book equipment; an overlap raises BookingConflict naming the clash, nothing saved."""
        with self._uow.write() as s:
            start, end = check_booking(s, draft)
            row = EquipmentBooking(
                equipment_id=draft.equipment_id,
                project_id=draft.project_id,
                start_at=start,
                end_at=end,
                note=draft.note.strip(),
            )
            s.add(row)
            s.flush()
            return row.id

    def booking(self, booking_id: int) -> BookingRecord:
        with self._uow.read() as s:
            b = s.get(EquipmentBooking, booking_id)
            if b is None:
                raise NotFound("That booking no longer exists.")
            return BookingRecord(b.id, b.equipment_id, b.start_at, b.end_at, b.project_id, b.note)

    def update_booking(self, booking_id: int, draft: BookingDraft) -> None:
        """Edit every field of a booking; the same clash rules as a new one, itself excluded."""
        with self._uow.write() as s:
            row = s.get(EquipmentBooking, booking_id)
            if row is None:
                raise NotFound("That booking no longer exists.")
            row.start_at, row.end_at = check_booking(s, draft, booking_id)
            row.equipment_id, row.project_id = draft.equipment_id, draft.project_id
            row.note = draft.note.strip()

    def move_booking(
        self,
        booking_id: int,
        start_at: datetime,
        end_at: datetime,
        equipment_id: int | None = None,
    ) -> None:
        """New times (and optionally another piece of equipment) for a dragged bar."""
        with self._uow.write() as s:
            row = s.get(EquipmentBooking, booking_id)
            if row is None:
                raise NotFound("That booking no longer exists.")
            target = equipment_id if equipment_id is not None else row.equipment_id
            d = BookingDraft(target, start_at, end_at, row.project_id, row.note)
            row.start_at, row.end_at = check_booking(s, d, booking_id)
            row.equipment_id = target

    def delete_booking(self, booking_id: int) -> None:
        with self._uow.write() as s:
            row = s.get(EquipmentBooking, booking_id)
            if row is not None:
                s.delete(row)


def day_span(on: date, days: int = 1) -> tuple[datetime, datetime]:
    """A whole-day booking span in UTC, for callers that book by the day."""
    start = datetime(on.year, on.month, on.day, tzinfo=UTC)
    return start, start + timedelta(days=days)
