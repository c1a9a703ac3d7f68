"""Screenshots of the schedule: timeline, heatmap, lists and dialogs, in English and Chinese.

Usage: xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshots_schedule.py
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from functools import partial
from pathlib import Path

import shots

shots.bootstrap()

# Three passes of the event loop before each grab, as this script always did: more could let
# the task runner finish before schedule-timeline-loading.png is taken.
save = partial(shots.save, rounds=3)
shoot_dialog = partial(shots.shoot_dialog, rounds=3)


def shoot(lang: str, out: Path, tmp: Path) -> None:
    from PySide6.QtCore import QDateTime

    from models.errors import DomainError
    from ui.schedule.editors import BookingDialog, qdate
    from ui.schedule.find_dialog import FindSomeoneDialog
    from ui.schedule.page import SchedulePage
    from ui.shell.changes import DataChanges

    sv = shots.demo_services(tmp / f"schedule-{lang}.sqlite3", lang)
    page = SchedulePage(sv, DataChanges())
    page.resize(1500, 900)
    page.show()
    folder = out / lang
    save(page, folder / "schedule-timeline.png")
    # A single project in the day zoom: bars readable, tentative ones hatched.
    tl = page.timeline
    from collections import Counter

    now = Counter(a.project_id for a in sv.schedule.allocations(date.today(), date.today()))
    busiest_id = now.most_common(1)[0][0] if now else sv.schedule.projects()[0].id
    tl.zoom.setCurrentIndex(0)
    tl.project.setCurrentIndex(tl.project.findData(busiest_id))  # scrolls to its first day
    save(page, folder / "schedule-timeline-project.png")
    tl.project.setCurrentIndex(0)
    tl.zoom.setCurrentIndex(2)
    save(page, folder / "schedule-timeline-month.png")
    for i, name in ((1, "heatmap"), (2, "people"), (3, "equipment"), (4, "holidays")):
        page.tabs.setCurrentIndex(i)
        if i == 1:
            page.heatmap.tabs.setCurrentIndex(0)
        save(page, folder / f"schedule-{name}.png")
    page.heatmap.tabs.setCurrentIndex(1)
    page.tabs.setCurrentIndex(1)
    save(page, folder / "schedule-heatmap-roles.png")

    dlg = FindSomeoneDialog(sv, page)
    dlg.skill.setCurrentText("Figma")
    dlg.level.setValue(2)
    dlg.hours.setValue(8)
    # The demo studio is booked solid for now; a few months ahead people are free again.
    dlg.start.setDate(qdate(date.today() + timedelta(days=100)))
    dlg.end.setDate(qdate(date.today() + timedelta(days=113)))
    dlg.show()
    dlg._on_search_clicked()
    save(dlg, folder / "schedule-find-someone.png")
    dlg.close()

    # A double booking refused beside the field, with the free slot offered.
    eq_rows = [r for r in sv.schedule.timeline_rows() if r.kind == "equipment"]
    bars = [
        b
        for b in sv.schedule.timeline_bars(
            eq_rows, date.today(), date.today() + timedelta(days=120)
        )
        if b.kind == "booking"
    ]
    eq = sv.equipment.get(bars[0].row[1]) if bars else sv.equipment.list()[0]
    book = BookingDialog(sv, equipment_id=eq.id, parent=page)
    if bars:
        _e, a, b = sv.schedule.booking_span(bars[0].id)
        book.start.setDateTime(QDateTime(a.astimezone()))
        book.end.setDateTime(QDateTime(b.astimezone()))
    else:
        book.start.setDate(qdate(date.today()))
    book.show()
    try:
        book.result_value = book.save()
    except DomainError as exc:
        book.show_failure(exc)
    book.adjustSize()
    save(book, folder / "schedule-double-booking.png")
    book.close()

    # Editing an existing booking (local times), and an outage refused over a booking.
    from ui.schedule.outage_dialog import OutageDialog

    if bars:
        edit = BookingDialog(sv, booking=sv.equipment.booking(bars[0].id), parent=page)
        shoot_dialog(edit, folder / "schedule-edit-booking.png")
        _e, a, b = sv.schedule.booking_span(bars[0].id)
        outage = OutageDialog(sv, equipment_id=eq.id, parent=page)
        outage.start.setDateTime(QDateTime(a.astimezone()))
        outage.end.setDateTime(QDateTime((a + timedelta(hours=2)).astimezone()))
        outage.reason.setText("Repair" if lang == "en" else "维修")
        outage.show()
        outage._on_save_clicked()
        outage.adjustSize()
        save(outage, folder / "schedule-outage-clash.png")
        outage.close()

    # The timeline with its bars still on their way from the task runner.
    from ui.shell.tasks import TaskRunner

    runner = TaskRunner()
    loading = SchedulePage(sv, DataChanges(), tasks=runner)
    loading.resize(1500, 900)
    loading.show()
    save(loading, folder / "schedule-timeline-loading.png")
    runner.wait()
    shots.pump(1)
    loading.close()
    loading.deleteLater()
    page.close()
    page.deleteLater()
    shots.pump(1)


def main() -> int:
    shots.run_per_language(shoot, __doc__)
    return 0


if __name__ == "__main__":
    sys.exit(main())
