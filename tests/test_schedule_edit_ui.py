"""pytest-qt flows: edit a booking, a refused outage, drag to another row, background loading.

The local zone is set to Shanghai (UTC+8) so that "shown in local time" is visible: a booking
stored at 00:00 UTC must read 08:00 in the forms and messages.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, QPoint, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy.orm import Session, sessionmaker

from models.entities import Client, Project
from models.enums import EquipmentKind
from models.services import Services
from models.services.equipment import BookingDraft, EquipmentDraft
from models.services.people import PersonDraft
from models.services.schedule import AllocationDraft
from ui.schedule import editors
from ui.schedule.editors import AllocationDialog, BookingDialog, qdate
from ui.schedule.heatmap import HeatmapPanel
from ui.schedule.outage_dialog import OutageDialog
from ui.schedule.page import TimelinePanel
from ui.shell.changes import DataChanges
from ui.shell.tasks import InlineTaskRunner

MON = date(2026, 3, 2)
DAY_PX = 36


@pytest.fixture(autouse=True)
def shanghai(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def setup(studio: Services, session_factory: sessionmaker[Session]) -> dict[str, int]:
    with session_factory.begin() as s:
        c = Client(name="Lumen", name_key="lumen")
        s.add(c)
        s.flush()
        p = Project(code="P1", name="Tea", client_id=c.id, currency="CNY",
                    start_on=date(2026, 1, 1), due_on=date(2026, 3, 20))  # fmt: skip
        s.add(p)
        s.flush()
        pid = p.id
    ann = studio.people.save(PersonDraft("Ann", role="Designer"))
    bob = studio.people.save(PersonDraft("Bob", role="Animator"))
    aid = studio.schedule.create_allocation(
        AllocationDraft(pid, MON, MON + timedelta(days=4), ann, minutes_per_day=240)
    )
    cam = studio.equipment.save(EquipmentDraft("Camera A", EquipmentKind.CAMERA))
    b1 = studio.equipment.book(
        BookingDraft(cam, datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 4, tzinfo=UTC), pid)
    )
    b2 = studio.equipment.book(
        BookingDraft(cam, datetime(2026, 3, 6, tzinfo=UTC), datetime(2026, 3, 7, tzinfo=UTC), pid)
    )
    return {"project": pid, "ann": ann, "bob": bob, "alloc": aid, "cam": cam, "b1": b1, "b2": b2}


def _panel(qtbot, studio: Services) -> tuple[TimelinePanel, DataChanges]:  # type: ignore[no-untyped-def]
    changes = DataChanges()
    panel = TimelinePanel(studio, changes, tasks=InlineTaskRunner())
    qtbot.addWidget(panel)
    panel.resize(1200, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.zoom.setCurrentIndex(0)  # day
    panel.view.set_range(MON - timedelta(days=7), 60)
    panel.view.horizontalScrollBar().setValue(0)
    _settle(qtbot, panel)
    return panel, changes


def _settle(qtbot, panel: TimelinePanel) -> None:  # type: ignore[no-untyped-def]
    """Ask for what is on screen, then let the background fetch answer."""
    panel.view.visible_bars()
    qtbot.waitUntil(lambda: not panel.view.is_loading())


def _local(q: QDateTime) -> str:
    return q.toString("yyyy-MM-dd HH:mm")


def _in_modal(handler):  # type: ignore[no-untyped-def]
    """Run ``handler(dialog)`` once the modal dialog opened by the next action is up."""
    seen: list[QDialog] = []

    def poll() -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, QDialog):
            seen.append(w)
            handler(w)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_double_clicking_a_booking_edits_it_in_local_time(qtbot, studio: Services, setup) -> None:  # type: ignore[no-untyped-def]
    panel, changes = _panel(qtbot, studio)
    rect = panel.view.bar_rect("booking", setup["b2"])
    assert rect is not None
    shown: dict[str, str] = {}

    def edit(dlg: BookingDialog) -> None:
        assert isinstance(dlg, BookingDialog)
        shown["title"] = dlg.windowTitle()
        shown["start"] = _local(dlg.start.dateTime())
        # First an overlap with the first booking: refused beside "From", in local time.
        dlg.start.setDateTime(QDateTime(qdate(date(2026, 3, 3)), QTime(7, 0)))
        dlg._on_save_clicked()
        shown["error"] = dlg.field_error("start_at")
        # Then a free evening slot: saved.
        dlg.start.setDateTime(QDateTime(qdate(date(2026, 3, 6)), QTime(18, 0)))
        dlg.end.setDateTime(QDateTime(qdate(date(2026, 3, 6)), QTime(22, 30)))
        dlg._on_save_clicked()

    opened = _in_modal(edit)
    with qtbot.waitSignal(changes.changed):
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened and shown["title"] == "Edit booking"
    assert shown["start"] == "2026-03-06 08:00"  # 00:00 UTC seen from Shanghai
    # The clash names the booking and speaks local time (00:00 UTC -> 08:00).
    assert "P1" in shown["error"] and "2026-03-02 08:00" in shown["error"]
    assert "UTC" not in shown["error"]
    b = studio.equipment.booking(setup["b2"])
    assert (b.start_at, b.end_at) == (
        datetime(2026, 3, 6, 10, 0, tzinfo=UTC),
        datetime(2026, 3, 6, 14, 30, tzinfo=UTC),
    )
    assert (
        len(
            studio.schedule.timeline_bars(
                studio.schedule.timeline_rows(), MON, MON + timedelta(days=9)
            )
        )
        == 3
    )


def test_deleting_a_booking_and_an_allocation_asks_first(
    qtbot, studio: Services, setup, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    answers: list[bool] = [False, True, False, True]
    asked: list[str] = []

    def fake_confirm(_parent, title: str, _text: str, _action: str) -> bool:  # type: ignore[no-untyped-def]
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(editors, "confirm", fake_confirm)
    dlg = BookingDialog(studio, booking=studio.equipment.booking(setup["b2"]))
    qtbot.addWidget(dlg)
    qtbot.mouseClick(dlg.delete, Qt.MouseButton.LeftButton)  # "no": nothing deleted
    assert studio.equipment.booking(setup["b2"]).id == setup["b2"]
    qtbot.mouseClick(dlg.delete, Qt.MouseButton.LeftButton)
    assert dlg.deleted and dlg.result() == QDialog.DialogCode.Accepted
    with pytest.raises(Exception, match="no longer exists"):
        studio.equipment.booking(setup["b2"])
    adlg = AllocationDialog(studio, studio.schedule.allocation(setup["alloc"]))
    qtbot.addWidget(adlg)
    adlg._on_delete_clicked()
    assert studio.schedule.allocation(setup["alloc"]).id == setup["alloc"]
    adlg._on_delete_clicked()
    assert studio.schedule.allocations() == []
    assert asked == ["Delete booking"] * 2 + ["Delete allocation"] * 2


def test_an_outage_over_a_booking_is_refused_beside_the_field(
    qtbot, studio: Services, setup
) -> None:  # type: ignore[no-untyped-def]
    dlg = OutageDialog(studio, equipment_id=setup["cam"], start=date(2026, 3, 3))
    qtbot.addWidget(dlg)
    dlg.show()
    # 3 March 10:00-12:00 Shanghai = 02:00-04:00 UTC: inside the first booking.
    dlg.start.setDateTime(QDateTime(qdate(date(2026, 3, 3)), QTime(10, 0)))
    dlg.end.setDateTime(QDateTime(qdate(date(2026, 3, 3)), QTime(12, 0)))
    dlg.reason.setText("Sensor cleaning")
    dlg._on_save_clicked()
    err = dlg.field_error("start_at")
    assert "Booking for P1 Tea" in err and "2026-03-02 08:00" in err and "2026-03-04 08:00" in err
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert studio.equipment.outages(setup["cam"]) == []
    # The end before the start: refused beside "Until".
    dlg.start.setDateTime(QDateTime(qdate(date(2026, 3, 5)), QTime(10, 0)))
    dlg.end.setDateTime(QDateTime(qdate(date(2026, 3, 5)), QTime(9, 0)))
    dlg._on_save_clicked()
    assert "end after it starts" in dlg.field_error("end_at")
    assert dlg.field_error("start_at") == "" or dlg.field_error("start_at") == dlg.field_error(
        "end_at"
    )
    # Touching the first booking's end (08:00 local) and clear of the second: saved, in UTC.
    dlg.start.setDateTime(QDateTime(qdate(date(2026, 3, 4)), QTime(8, 0)))
    dlg.end.setDateTime(QDateTime(qdate(date(2026, 3, 5)), QTime(18, 0)))
    dlg._on_save_clicked()
    assert dlg.result() == QDialog.DialogCode.Accepted
    [o] = studio.equipment.outages(setup["cam"])
    assert (o.start_at, o.end_at, o.reason) == (
        datetime(2026, 3, 4, 0, 0, tzinfo=UTC),
        datetime(2026, 3, 5, 10, 0, tzinfo=UTC),
        "Sensor cleaning",
    )
    # Editing it shows the same local times back.
    edit = OutageDialog(studio, outage=o)
    qtbot.addWidget(edit)
    assert _local(edit.start.dateTime()) == "2026-03-04 08:00"
    assert _local(edit.end.dateTime()) == "2026-03-05 18:00"


def test_dragging_an_allocation_to_another_persons_row(qtbot, studio: Services, setup) -> None:  # type: ignore[no-untyped-def]
    panel, changes = _panel(qtbot, studio)
    view = panel.view
    rect = view.bar_rect("allocation", setup["alloc"])
    bob_row = view.row_index("person", setup["bob"])
    cam_row = view.row_index("equipment", setup["cam"])
    assert rect is not None and bob_row is not None and cam_row is not None
    ann_row = view.row_index("person", setup["ann"])
    assert ann_row is not None
    vp = view.viewport()
    # Onto the camera's row first: refused, it snaps back with the reason.
    dy = (cam_row - ann_row) * 30
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseMove(vp, rect.center() + QPoint(0, dy // 2))
    qtbot.mouseMove(vp, rect.center() + QPoint(0, dy))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(0, dy))
    assert studio.schedule.allocation(setup["alloc"]).person_id == setup["ann"]
    assert "person or a role" in panel.message.text()
    _settle(qtbot, panel)
    assert view.bar_rect("allocation", setup["alloc"]) == rect
    # Down one row and one day to the right: Bob's now, a day later.
    dy = (bob_row - ann_row) * 30
    with qtbot.waitSignal(changes.changed):
        qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseMove(vp, rect.center() + QPoint(DAY_PX // 2, dy // 2))
        qtbot.mouseMove(vp, rect.center() + QPoint(DAY_PX, dy))
        qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(DAY_PX, dy))
    a = studio.schedule.allocation(setup["alloc"])
    assert (a.person_id, a.start_on, a.end_on) == (
        setup["bob"],
        MON + timedelta(days=1),
        MON + timedelta(days=5),
    )
    assert panel.message.isHidden()
    _settle(qtbot, panel)
    moved = view.bar_rect("allocation", setup["alloc"])
    assert (
        moved is not None
        and moved.top() == rect.top() + dy
        and moved.left() == rect.left() + DAY_PX
    )


def test_bars_and_heatmap_load_in_the_background_and_stale_answers_are_dropped(
    qtbot, studio: Services, setup
) -> None:  # type: ignore[no-untyped-def]
    changes = DataChanges()
    panel = TimelinePanel(studio, changes, tasks=InlineTaskRunner())
    qtbot.addWidget(panel)
    panel.resize(1200, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.zoom.setCurrentIndex(0)
    panel.view.set_range(MON - timedelta(days=7), 60)
    panel.view.horizontalScrollBar().setValue(0)
    panel.view.visible_bars()
    # Asked, not yet answered: nothing drawn, "Loading…" showing.
    assert panel.view.is_loading() and panel.view.bar_rect("allocation", setup["alloc"]) is None
    # The data changes before the answer arrives: that answer is stale and is dropped.
    studio.schedule.move_allocation(
        setup["alloc"], MON + timedelta(days=2), MON + timedelta(days=6)
    )
    panel.view.invalidate()
    _settle(qtbot, panel)
    rect = panel.view.bar_rect("allocation", setup["alloc"])
    assert rect is not None and rect.left() == 200 + 9 * DAY_PX  # 7 days before MON, then +2
    hm = HeatmapPanel(studio, tasks=InlineTaskRunner())
    qtbot.addWidget(hm)
    hm.start.setDate(qdate(MON))  # starts a refresh (12 weeks)
    assert hm.is_loading()
    hm.weeks.setCurrentIndex(0)  # 4 weeks: the 12-week answer is now stale
    qtbot.waitUntil(lambda: not hm.is_loading())
    assert hm.model.columnCount() == 2 + 4
    # Ann: 4 h a day on Wed-Fri = 12 h of 40 h -> 30%
    assert hm.model.index(0, 2).data() == "30%"


def test_double_clicking_an_outage_edits_it_and_delete_asks_first(
    qtbot, studio: Services, setup, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from ui.schedule import outage_dialog

    oid = studio.equipment.add_outage(
        setup["cam"], datetime(2026, 3, 4, tzinfo=UTC), datetime(2026, 3, 5, tzinfo=UTC), "Repair"
    )
    monkeypatch.setattr(outage_dialog, "confirm", lambda *_a: True)
    panel, changes = _panel(qtbot, studio)
    rect = panel.view.bar_rect("outage", oid)
    assert rect is not None
    shown: dict[str, str] = {}

    def delete(dlg: OutageDialog) -> None:
        shown["title"] = dlg.windowTitle()
        shown["start"] = _local(dlg.start.dateTime())
        shown["reason"] = dlg.reason.text()
        qtbot.mouseClick(dlg.delete, Qt.MouseButton.LeftButton)

    opened = _in_modal(delete)
    with qtbot.waitSignal(changes.changed):
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened and shown == {
        "title": "Edit out-of-service period",
        "start": "2026-03-04 08:00",
        "reason": "Repair",
    }
    assert studio.equipment.outages(setup["cam"]) == []
