"""Scheduling services without Qt: equipment conflicts, ICS export, holidays, timeline window."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from models.entities import Client, Project
from models.enums import EquipmentKind
from models.errors import ValidationError
from models.services import Services
from models.services.equipment import BookingConflict, BookingDraft, EquipmentDraft
from models.services.people import PersonDraft
from models.services.schedule import AllocationDraft, TimelineFilter

MON = date(2026, 3, 2)


@pytest.fixture
def week(studio: Services, session_factory: sessionmaker[Session]) -> dict[str, int]:
    """Ann, and two projects running through 2026."""
    ids = {"ann": studio.people.save(PersonDraft("Ann", role="Designer"))}
    with session_factory.begin() as s:
        client = Client(name="Lumen", name_key="lumen")
        s.add(client)
        s.flush()
        for key, code in (("p", "P1"), ("q", "Q2")):
            p = Project(code=code, name=f"Project {code}", client_id=client.id, currency="CNY",
                        start_on=date(2026, 1, 1), due_on=date(2026, 12, 31))  # fmt: skip
            s.add(p)
            s.flush()
            ids[key] = p.id
    return ids


def _at(day: int, hour: int) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


def test_bookings_touching_is_fine_overlap_is_refused_with_nearest_slot(
    studio: Services, week: dict[str, int]
) -> None:
    eq = studio.equipment
    cam = eq.save(EquipmentDraft("Camera A", EquipmentKind.CAMERA, "450"))
    eq.book(BookingDraft(cam, _at(2, 10), _at(2, 12), week["p"]))
    eq.book(BookingDraft(cam, _at(2, 12), _at(2, 14), week["q"]))  # touching: accepted
    with pytest.raises(BookingConflict) as e:
        eq.book(BookingDraft(cam, _at(2, 11), _at(2, 13), week["q"]))
    assert "P1" in e.value.message
    # busy 10-14; two hours fit at 08-10 or 14-16, both 3 h away: the earlier one is offered
    assert (e.value.free_start, e.value.free_end) == (_at(2, 8), _at(2, 10))
    eq.add_outage(cam, _at(3, 0), _at(4, 0), "Sensor cleaning")
    with pytest.raises(BookingConflict) as e:
        eq.book(BookingDraft(cam, _at(3, 9), _at(3, 17)))
    assert "Sensor cleaning" in e.value.message
    assert e.value.free_start == _at(4, 0)
    eq.book(BookingDraft(cam, _at(4, 0), _at(4, 8)))  # right after the outage: fine
    old = eq.save(EquipmentDraft("Old light", EquipmentKind.LIGHTING, retired_on=date(2026, 1, 1)))
    with pytest.raises(ValidationError) as v:
        eq.book(BookingDraft(old, _at(2, 10), _at(2, 12)))
    assert v.value.field == "equipment_id"


def test_ics_export_parses_back_with_stable_uids(studio: Services, week: dict[str, int]) -> None:
    from icalendar import Calendar

    aid = studio.schedule.create_allocation(
        AllocationDraft(week["p"], MON, MON + timedelta(days=4), week["ann"], minutes_per_day=240)
    )
    cam = studio.equipment.save(EquipmentDraft("Camera A", EquipmentKind.CAMERA))
    bid = studio.equipment.book(BookingDraft(cam, _at(2, 10), _at(2, 12), week["p"]))
    data = studio.schedule_export.ics()
    cal = Calendar.from_ical(data)
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {f"allocation-{aid}@studio-desktop", f"booking-{bid}@studio-desktop"}
    alloc = events[f"allocation-{aid}@studio-desktop"]
    assert alloc.decoded("dtstart") == MON
    assert alloc.decoded("dtend") == MON + timedelta(days=5)  # exclusive end
    assert "Ann" in str(alloc["summary"]) and "P1" in str(alloc["summary"])
    booking = events[f"booking-{bid}@studio-desktop"]
    assert booking.decoded("dtstart") == _at(2, 10)
    # A second export keeps the UIDs, so calendar programs update instead of duplicating.
    again = Calendar.from_ical(studio.schedule_export.ics())
    assert {str(e["uid"]) for e in again.walk("VEVENT")} == set(events)
    only_ann = Calendar.from_ical(studio.schedule_export.ics(person_id=week["ann"]))
    assert [str(e["uid"]) for e in only_ann.walk("VEVENT")] == [f"allocation-{aid}@studio-desktop"]
    only_cam = Calendar.from_ical(studio.schedule_export.ics(equipment_id=cam))
    assert [str(e["uid"]) for e in only_cam.walk("VEVENT")] == [f"booking-{bid}@studio-desktop"]


def test_holiday_import_adds_chinese_holidays_and_make_up_days(studio: Services) -> None:
    added = studio.holidays.import_year(2026)
    days = {h.on_date: h for h in studio.holidays.list(2026)}
    assert added == len(days) and date(2026, 10, 1) in days
    assert days[date(2026, 1, 4)].is_workday  # Sunday worked for the New Year bridge
    assert studio.holidays.import_year(2026) == 0  # nothing twice
    ann = studio.people.save(PersonDraft("Ann"))
    (row,) = studio.schedule.heatmap(date(2025, 12, 29), 1, person_ids=[ann]).rows
    # Mon-Wed work, Thu 1 Jan and Fri 2 Jan off, Sunday 4 Jan worked: 4 days
    assert row.capacity == (4 * 480,)


def test_timeline_window_and_allocation_csv(
    studio: Services, week: dict[str, int], tmp_path: Path
) -> None:
    sv = studio.schedule
    aid = sv.create_allocation(
        AllocationDraft(week["p"], MON, MON + timedelta(days=4), week["ann"], minutes_per_day=240)
    )
    sv.create_allocation(
        AllocationDraft(week["q"], MON, MON, None, "Animator", percent=50, tentative=True)
    )
    rows = sv.timeline_rows()
    assert [(r.kind, r.label) for r in rows] == [("person", "Ann"), ("role", "Animator")]
    bars = sv.timeline_bars(rows, MON + timedelta(days=3), MON + timedelta(days=10))
    assert [(b.id, b.label) for b in bars] == [(aid, "P1 4h")]
    assert sv.timeline_rows(TimelineFilter(role="Painter")) == []
    sv.move_allocation(aid, MON + timedelta(days=7), MON + timedelta(days=8))
    assert sv.allocation(aid).start_on == MON + timedelta(days=7)
    out = tmp_path / "a.csv"
    assert studio.schedule_export.export_allocations(out, "csv") == 2
    text = out.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf") and b"Animator" in text
