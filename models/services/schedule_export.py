"""Schedule exports: iCalendar (RFC 5545) with stable UIDs, and allocations as CSV or XLSX."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from models.entities import Allocation, Equipment, EquipmentBooking, Person, Project
from models.errors import NotFound, ValidationError
from models.services.base import UnitOfWork

UID_DOMAIN = "studio-desktop"
ALLOCATION_HEADER = (
    "id",
    "person",
    "placeholder_role",
    "project_code",
    "project",
    "start_on",
    "end_on",
    "hours_per_day",
    "percent",
    "tentative",
    "note",
)


class ScheduleExportService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def ics(
        self,
        *,
        person_id: int | None = None,
        equipment_id: int | None = None,
        now: datetime | None = None,
    ) -> bytes:
        """A calendar of allocations and bookings; a re-export keeps each event's UID."""
        from icalendar import Calendar, Event  # only when exporting

        stamp = (now or datetime.now(UTC)).astimezone(UTC)
        cal = Calendar()
        cal.add("prodid", "-//Studio Desktop//Schedule//EN")
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        with self._uow.read() as s:
            if person_id is not None and s.get(Person, person_id) is None:
                raise NotFound("That person no longer exists.")
            if equipment_id is not None and s.get(Equipment, equipment_id) is None:
                raise NotFound("That equipment no longer exists.")
            if equipment_id is None:
                q = (
                    select(Allocation, Person.name, Project.code, Project.name)
                    .outerjoin(Person, Person.id == Allocation.person_id)
                    .join(Project, Project.id == Allocation.project_id)
                    .order_by(Allocation.id)
                )
                if person_id is not None:
                    q = q.where(Allocation.person_id == person_id)
                for a, who, code, pname in s.execute(q):
                    ev = Event()
                    ev.add("uid", f"allocation-{a.id}@{UID_DOMAIN}")
                    ev.add("dtstamp", stamp)
                    ev.add("summary", f"{who or a.placeholder_role}: {code} {pname}")
                    # All-day events: DTEND is exclusive, hence the day after the last day.
                    ev.add("dtstart", a.start_on)
                    ev.add("dtend", a.end_on + timedelta(days=1))
                    amount = (
                        f"{a.minutes_per_day / 60:g} h/day"
                        if a.minutes_per_day is not None
                        else f"{a.percent}%"
                    )
                    ev.add("description", f"{amount}. {a.note}" if a.note else amount)
                    ev.add("status", "TENTATIVE" if a.tentative else "CONFIRMED")
                    ev.add("transp", "OPAQUE")
                    cal.add_component(ev)
            if person_id is None:
                q2 = (
                    select(EquipmentBooking, Equipment.name, Project.code, Project.name)
                    .join(Equipment, Equipment.id == EquipmentBooking.equipment_id)
                    .outerjoin(Project, Project.id == EquipmentBooking.project_id)
                    .order_by(EquipmentBooking.id)
                )
                if equipment_id is not None:
                    q2 = q2.where(EquipmentBooking.equipment_id == equipment_id)
                for b, ename, code, pname in s.execute(q2):
                    ev = Event()
                    ev.add("uid", f"booking-{b.id}@{UID_DOMAIN}")
                    ev.add("dtstamp", stamp)
                    label = f"{code} {pname}" if code else b.note
                    ev.add("summary", f"{ename}: {label}".strip(": "))
                    ev.add("dtstart", b.start_at)
                    ev.add("dtend", b.end_at)
                    ev.add("location", ename)
                    if b.note:
                        ev.add("description", b.note)
                    cal.add_component(ev)
        return cal.to_ical()

    def allocation_rows(self) -> list[tuple[object, ...]]:
        with self._uow.read() as s:
            return [
                (
                    a.id,
                    who or "",
                    a.placeholder_role,
                    code,
                    pname,
                    a.start_on.isoformat(),
                    a.end_on.isoformat(),
                    "" if a.minutes_per_day is None else f"{a.minutes_per_day / 60:g}",
                    "" if a.percent is None else a.percent,
                    "yes" if a.tentative else "no",
                    a.note,
                )
                for a, who, code, pname in s.execute(
                    select(Allocation, Person.name, Project.code, Project.name)
                    .outerjoin(Person, Person.id == Allocation.person_id)
                    .join(Project, Project.id == Allocation.project_id)
                    .order_by(Allocation.start_on, Allocation.id)
                )
            ]

    def export_allocations(self, path: Path, fmt: str) -> int:
        """Write every allocation to ``path`` as csv (UTF-8 with BOM, for Excel) or xlsx."""
        rows = self.allocation_rows()
        fmt = fmt.lower()
        if fmt == "csv":
            buf = io.StringIO()
            w = csv.writer(buf, lineterminator="\r\n")
            w.writerow(ALLOCATION_HEADER)
            w.writerows(rows)
            path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
        elif fmt == "xlsx":
            from openpyxl import Workbook  # only when exporting

            wb = Workbook(write_only=True)
            ws = wb.create_sheet("Allocations")
            ws.append(list(ALLOCATION_HEADER))
            for r in rows:
                ws.append(list(r))
            wb.save(path)
        else:
            raise ValidationError("format", "Choose csv or xlsx.")
        return len(rows)
