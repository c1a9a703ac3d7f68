"""Service rules (no Qt) for editing bookings, outages, and moving bars to another row."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy.orm import Session, sessionmaker

from models.entities import Client, Project
from models.enums import EquipmentKind
from models.errors import ValidationError
from models.services import Services
from models.services.equipment import BookingConflict, BookingDraft, EquipmentDraft, OutageConflict
from models.services.people import PersonDraft
from models.services.schedule import AllocationDraft, TimelineRow

MON = date(2026, 3, 2)


def at(day: int, hour: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


@pytest.fixture
def kit(studio: Services, session_factory: sessionmaker[Session]) -> dict[str, int]:
    with session_factory.begin() as s:
        c = Client(name="Lumen", name_key="lumen")
        s.add(c)
        s.flush()
        p = Project(code="P1", name="Tea", client_id=c.id, currency="CNY",
                    start_on=date(2026, 1, 1), due_on=date(2026, 3, 31))  # fmt: skip
        s.add(p)
        s.flush()
        pid = p.id
    cam = studio.equipment.save(EquipmentDraft("Camera A", EquipmentKind.CAMERA))
    cam2 = studio.equipment.save(EquipmentDraft("Camera B", EquipmentKind.CAMERA))
    b1 = studio.equipment.book(BookingDraft(cam, at(2), at(4), pid))
    b2 = studio.equipment.book(BookingDraft(cam, at(6), at(7), pid))
    b3 = studio.equipment.book(BookingDraft(cam2, at(6, 12), at(8), pid))
    return {"p": pid, "cam": cam, "cam2": cam2, "b1": b1, "b2": b2, "b3": b3}


def test_an_outage_over_a_booking_is_refused_and_names_it(studio: Services, kit) -> None:  # type: ignore[no-untyped-def]
    eq = studio.equipment
    with pytest.raises(OutageConflict) as err:
        eq.add_outage(kit["cam"], at(3, 10), at(3, 12), "Repair")
    assert err.value.field == "start_at" and err.value.booking_id == kit["b1"]
    assert (err.value.clash_start, err.value.clash_end) == (at(2), at(4))
    assert "Booking for P1 Tea" in err.value.message
    assert eq.outages(kit["cam"]) == []
    with pytest.raises(ValidationError) as verr:
        eq.add_outage(kit["cam"], at(5, 10), at(5, 9))
    assert verr.value.field == "end_at"
    # Touching both bookings (4th 00:00 to 6th 00:00) is not a clash.
    oid = eq.add_outage(kit["cam"], at(4), at(6), "Service")
    # Editing it to reach into the second booking is refused; shrinking it is fine.
    with pytest.raises(OutageConflict):
        eq.save_outage(kit["cam"], at(4), at(6, 1), "Service", oid)
    eq.save_outage(kit["cam"], at(4, 6), at(5, 18), "Service", oid)
    o = eq.outage(oid)
    assert (o.start_at, o.end_at) == (at(4, 6), at(5, 18))
    eq.delete_outage(oid)
    assert eq.outages(kit["cam"]) == []


def test_editing_a_booking_excludes_itself_but_not_the_others(studio: Services, kit) -> None:  # type: ignore[no-untyped-def]
    eq = studio.equipment
    # Stretching b2 over its own old time is fine.
    eq.update_booking(kit["b2"], BookingDraft(kit["cam"], at(5, 12), at(7, 12), None, "night"))
    b = eq.booking(kit["b2"])
    assert (b.start_at, b.end_at, b.project_id, b.note) == (at(5, 12), at(7, 12), None, "night")
    with pytest.raises(BookingConflict):
        eq.update_booking(kit["b2"], BookingDraft(kit["cam"], at(3), at(5), kit["p"]))
    # Onto the other camera, where b3 sits from the 6th noon: refused, then a free day works.
    with pytest.raises(BookingConflict):
        eq.update_booking(kit["b2"], BookingDraft(kit["cam2"], at(6), at(7)))
    eq.update_booking(kit["b2"], BookingDraft(kit["cam2"], at(9), at(10)))
    assert eq.booking(kit["b2"]).equipment_id == kit["cam2"]


def test_moving_a_booking_to_another_equipment_row(studio: Services, kit) -> None:  # type: ignore[no-untyped-def]
    eq = studio.equipment
    with pytest.raises(BookingConflict):
        eq.move_booking(kit["b1"], at(7), at(9), kit["cam2"])  # b3 until the 8th
    assert eq.booking(kit["b1"]).equipment_id == kit["cam"]
    eq.move_booking(kit["b1"], at(2), at(4), kit["cam2"])
    assert eq.booking(kit["b1"]).equipment_id == kit["cam2"]


def test_moving_an_allocation_to_another_person_or_a_role(studio: Services, kit) -> None:  # type: ignore[no-untyped-def]
    sv = studio
    ann = sv.people.save(PersonDraft("Ann"))
    bob = sv.people.save(PersonDraft("Bob"))
    aid = sv.schedule.create_allocation(
        AllocationDraft(kit["p"], MON, MON + timedelta(days=4), ann, minutes_per_day=240)
    )
    sv.schedule.move_allocation(aid, MON + timedelta(days=1), MON + timedelta(days=5), bob)
    a = sv.schedule.allocation(aid)
    assert (a.person_id, a.start_on) == (bob, MON + timedelta(days=1))
    sv.schedule.move_allocation(aid, a.start_on, a.end_on, to_role="Animator")
    a = sv.schedule.allocation(aid)
    assert (a.person_id, a.placeholder_role) == (None, "Animator")
    # The same rules: past the project's due date is refused, nothing changes.
    with pytest.raises(ValidationError):
        sv.schedule.move_allocation(aid, date(2026, 3, 30), date(2026, 4, 3), ann)
    assert sv.schedule.allocation(aid).person_id is None


def test_booking_bars_fall_on_local_days(studio: Services, kit) -> None:  # type: ignore[no-untyped-def]
    rows = [TimelineRow("equipment", kit["cam2"], "Camera B", "camera")]
    # b3: 6 March 12:00 UTC to 8 March 00:00 UTC.
    utc = studio.schedule.timeline_bars(rows, MON, MON + timedelta(days=9))
    assert [(b.start_on, b.end_on) for b in utc] == [(date(2026, 3, 6), date(2026, 3, 7))]
    # In Shanghai (UTC+8) it runs 6 March 20:00 to 8 March 08:00: three local days.
    sh = timezone(timedelta(hours=8))
    local = studio.schedule.timeline_bars(rows, MON, MON + timedelta(days=9), tz=sh)
    assert [(b.start_on, b.end_on) for b in local] == [(date(2026, 3, 6), date(2026, 3, 8))]
    # In New York (UTC-5) it starts on the 6th 07:00 and ends the 7th 19:00.
    ny = timezone(timedelta(hours=-5))
    local = studio.schedule.timeline_bars(rows, MON, MON + timedelta(days=9), tz=ny)
    assert [(b.start_on, b.end_on) for b in local] == [(date(2026, 3, 6), date(2026, 3, 7))]
    # A window ending on the 6th local (Shanghai) still catches it; one ending the 5th not.
    assert studio.schedule.timeline_bars(rows, MON, date(2026, 3, 6), tz=sh)
    assert not studio.schedule.timeline_bars(rows, MON, date(2026, 3, 5), tz=sh)
