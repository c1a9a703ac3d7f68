"""pytest-qt flows: drag and resize a bar, a refused move snaps back, a refused double booking."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy.orm import Session, sessionmaker

from models.entities import Client, Project
from models.enums import EquipmentKind
from models.services import Services
from models.services.equipment import BookingDraft, EquipmentDraft
from models.services.people import PersonDraft
from models.services.schedule import AllocationDraft
from ui.schedule.editors import BookingDialog, qdate
from ui.schedule.heatmap import AMBER, GREEN, RED, HeatmapPanel, cell_colour
from ui.schedule.page import TimelinePanel
from ui.shell.changes import DataChanges

MON = date(2026, 3, 2)
DAY_PX = 36  # the "day" zoom


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
    return {"project": pid, "ann": ann, "alloc": aid, "cam": cam, "b1": b1, "b2": b2}


def _panel(qtbot, studio: Services) -> tuple[TimelinePanel, DataChanges]:  # type: ignore[no-untyped-def]
    changes = DataChanges()
    panel = TimelinePanel(studio, changes)
    qtbot.addWidget(panel)
    panel.resize(1200, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.zoom.setCurrentIndex(0)  # day
    panel.view.set_range(MON - timedelta(days=7), 60)
    panel.view.horizontalScrollBar().setValue(0)
    return panel, changes


def _drag(qtbot, view, start: QPoint, days: int) -> None:  # type: ignore[no-untyped-def]
    vp = view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 4):
        qtbot.mouseMove(vp, start + QPoint(days * DAY_PX * step // 3, 0))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start + QPoint(days * DAY_PX, 0))


def test_dragging_a_bar_moves_the_allocation(qtbot, studio: Services, setup) -> None:  # type: ignore[no-untyped-def]
    panel, changes = _panel(qtbot, studio)
    rect = panel.view.bar_rect("allocation", setup["alloc"])
    assert rect is not None and rect.width() == 5 * DAY_PX - 1
    with qtbot.waitSignal(changes.changed):
        _drag(qtbot, panel.view, rect.center(), 3)
    moved = studio.schedule.allocation(setup["alloc"])
    assert (moved.start_on, moved.end_on) == (MON + timedelta(days=3), MON + timedelta(days=7))
    # The bar is redrawn where the database now says it is.
    assert panel.view.bar_rect("allocation", setup["alloc"]).left() == rect.left() + 3 * DAY_PX  # type: ignore[union-attr]


def test_dragging_the_right_edge_changes_the_last_day(qtbot, studio: Services, setup) -> None:  # type: ignore[no-untyped-def]
    panel, _changes = _panel(qtbot, studio)
    rect = panel.view.bar_rect("allocation", setup["alloc"])
    assert rect is not None
    _drag(qtbot, panel.view, QPoint(rect.right() - 2, rect.center().y()), 2)
    a = studio.schedule.allocation(setup["alloc"])
    assert (a.start_on, a.end_on) == (MON, MON + timedelta(days=6))


def test_a_refused_move_snaps_back_and_says_why(qtbot, studio: Services, setup) -> None:  # type: ignore[no-untyped-def]
    panel, _changes = _panel(qtbot, studio)
    # Past the project's due date (20 March): refused, nothing saved.
    rect = panel.view.bar_rect("allocation", setup["alloc"])
    assert rect is not None
    _drag(qtbot, panel.view, rect.center(), 16)
    assert studio.schedule.allocation(setup["alloc"]).start_on == MON
    assert "2026-03-20" in panel.message.text() and panel.message.isVisibleTo(panel)
    assert panel.view.bar_rect("allocation", setup["alloc"]) == rect
    # Dragging the second camera booking onto the first: a double booking, refused.
    b2 = panel.view.bar_rect("booking", setup["b2"])
    assert b2 is not None
    _drag(qtbot, panel.view, b2.center(), -3)
    _eq, a, _b = studio.schedule.booking_span(setup["b2"])
    assert a == datetime(2026, 3, 6, tzinfo=UTC)
    assert "P1" in panel.message.text()
    assert panel.view.bar_rect("booking", setup["b2"]) == b2


def test_double_booking_in_the_dialog_is_refused_beside_the_field(
    qtbot, studio: Services, setup
) -> None:  # type: ignore[no-untyped-def]
    dlg = BookingDialog(studio, equipment_id=setup["cam"], start=date(2026, 3, 3))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.start.setDate(qdate(date(2026, 3, 3)))
    dlg.end.setDate(qdate(date(2026, 3, 3)))
    dlg._on_save_clicked()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "P1" in dlg.field_error("start_at")
    assert dlg.use_free.isVisibleTo(dlg)
    assert len(studio.schedule.timeline_bars(studio.schedule.timeline_rows(), MON, MON)) == 2
    qtbot.mouseClick(dlg.use_free, Qt.MouseButton.LeftButton)
    assert dlg.field_error("start_at") == ""
    dlg._on_save_clicked()
    assert dlg.result() == QDialog.DialogCode.Accepted and dlg.result_value is not None


def test_heatmap_colours_follow_the_target(qtbot, qtmodeltester, studio: Services, setup) -> None:  # type: ignore[no-untyped-def]
    assert cell_colour(50, 100, 85) == GREEN
    assert cell_colour(80, 100, 85) == AMBER
    assert cell_colour(90, 100, 85) == RED
    panel = HeatmapPanel(studio)
    qtbot.addWidget(panel)
    panel.start.setDate(qdate(MON))
    panel.refresh()
    qtmodeltester.check(panel.model)
    # Ann: 4 h a day for five days against a 40 h week -> 50%
    assert panel.model.index(0, 2).data() == "50%"
    assert panel.model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) == GREEN


def test_person_dialog_refuses_negative_capacity_and_a_duplicate_rate(
    qtbot, studio: Services, setup
) -> None:  # type: ignore[no-untyped-def]
    from ui.schedule.editors import PersonDialog

    dlg = PersonDialog(studio)
    qtbot.addWidget(dlg)
    dlg.name.setText("Bob")
    dlg.week.setValue(-5)
    dlg._on_save_clicked()
    assert dlg.field_error("week_minutes") and studio.people.find_by_name("Bob") is None
    studio.people.add_rate(setup["ann"], date(2026, 1, 1), "200", "600")
    dlg = PersonDialog(studio, setup["ann"])
    qtbot.addWidget(dlg)
    dlg.rate_from.setDate(qdate(date(2026, 1, 1)))
    dlg.cost.setText("300")
    dlg.bill.setText("900")
    dlg.role.setText("Art Director")
    dlg._on_save_clicked()
    assert "already starts" in dlg.field_error("valid_from")
    assert studio.people.get(setup["ann"]).role == "Designer"  # nothing saved
    assert [r.cost for r in studio.people.rates(setup["ann"])] == [Decimal("200.00")]
