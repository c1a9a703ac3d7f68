"""The timeline's frames: no SQL while painting, bars fetched ahead, overlapping bars exact."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from sqlalchemy import Engine, event

from models.services import Services
from models.services.people import PersonDraft
from models.services.schedule import TimelineBar, TimelineRow
from ui.schedule.timeline import ROW_BLOCK, TimelineView
from ui.schedule.timeline_layout import HEADER_H, LABEL_W, hue_of, lay_out, row_paint
from ui.shell.tasks import InlineTaskRunner

MON = date(2026, 3, 2)


def _rows(n: int) -> list[TimelineRow]:
    return [TimelineRow("person", i + 1, f"Person {i + 1}", "Designer") for i in range(n)]


def _bar(i: int, start: int, days: int, row: int = 1, **kw: object) -> TimelineBar:
    fields: dict = {"project_id": 7, "tentative": False, "label": "P1 8h"} | kw
    return TimelineBar(
        "allocation", i, ("person", row, ""), MON + timedelta(days=start),
        MON + timedelta(days=start + days - 1), fields["label"], fields["project_id"],
        fields["tentative"],
    )  # fmt: skip


def _frame(view: TimelineView) -> QImage:
    vp = view.viewport()
    img = QImage(vp.width(), vp.height(), QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(0)
    p = QPainter(img)
    view.paint_into(p, vp.width(), vp.height())
    p.end()
    return img


def _frame_bar_by_bar(view: TimelineView) -> QImage:
    """The same frame with every bar painted one by one, as the view did before batching."""
    view._paint_bars = lambda p, _w, width, _h, fm: [  # type: ignore[method-assign]
        view._paint_bar(p, bar, rect, fm) for bar, rect in view.visible_bars()
    ]
    try:
        return _frame(view)
    finally:
        del view._paint_bars


def _view(qtbot, fetch, tasks=None) -> TimelineView:  # type: ignore[no-untyped-def]
    view = TimelineView(fetch, tasks=tasks)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_range(MON, 364)
    view.set_zoom("week")
    view.horizontalScrollBar().setValue(0)
    return view


def test_a_frame_issues_no_sql_with_a_task_runner(qtbot, studio: Services, engine: Engine) -> None:  # type: ignore[no-untyped-def]
    for name in ("Ann", "Bob", "Cai"):
        studio.people.save(PersonDraft(name, role="Designer"))
    rows = studio.schedule.timeline_rows()
    view = _view(qtbot, lambda r, a, b: studio.schedule.timeline_bars(r, a, b), InlineTaskRunner())
    view.set_rows(rows)
    statements: list[str] = []

    def count(_conn, _cursor, sql, *_a) -> None:  # type: ignore[no-untyped-def]
        statements.append(sql)

    event.listen(engine, "before_cursor_execute", count)
    try:
        _frame(view)  # asks for the window; the answer comes on the next turn of the loop
        assert statements == [] and view.is_loading()
        qtbot.waitUntil(lambda: not view.is_loading())
        assert statements  # the runner did query
        statements.clear()
        for x in (0, 200, 400):  # cached frames, scrolled within the fetched window
            view.horizontalScrollBar().setValue(x)
            _frame(view)
        assert statements == []
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_the_margin_around_the_screen_is_fetched_ahead(qtbot) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[int, date]] = []

    def fetch(rows: list[TimelineRow], d0: date, _d1: date) -> list[TimelineBar]:
        asked.append((rows[0].id, d0))
        return []

    view = _view(qtbot, fetch, InlineTaskRunner())
    view.set_rows(_rows(3 * ROW_BLOCK))
    for _ in range(2):  # the screen, then (everything on screen being in) the margin
        _frame(view)
        qtbot.waitUntil(lambda: not view.is_loading())
    # On screen: the first 40 rows and the first quarter (1000 px at 12 px a day); ahead of
    # it, the next 40 rows and the next quarter. Each block once.
    q2 = MON + timedelta(days=91)
    assert sorted(asked) == sorted([(1, MON), (1, q2), (41, MON), (41, q2)])
    # Scrolling onto them: the bars are there at once, nothing is asked again.
    view.horizontalScrollBar().setValue(91 * 12)
    view.verticalScrollBar().setValue(40 * 30)
    n = len(asked)
    _frame(view)
    qtbot.waitUntil(lambda: not view.is_loading())
    assert not set(asked[n:]) & set(asked[:n])
    assert (81, q2 + timedelta(days=91)) in asked[n:]  # and the next margin comes ahead


def test_overlapping_bars_are_cut_into_what_shows(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = TimelineView(lambda *_a: [])
    qtbot.addWidget(view)
    fm = QFontMetrics(view.font())
    # Six bars over one week: lanes 0-4, and the sixth shares the last lane with the fifth.
    bars = [_bar(i, 0, 7) for i in range(5)] + [_bar(5, 3, 7, label="")]
    laid = lay_out(bars, 0, MON, 12.0)
    assert [lb.lane for lb in laid] == [0, 1, 2, 3, 4, 4]
    # 26 px shared by 5 lanes: 5 px each, bars 4 px high (no inner body border).
    assert laid[4].rect == QRect(LABEL_W, HEADER_H + 2 + 20, 83, 4)
    assert laid[5].rect == QRect(LABEL_W + 36, HEADER_H + 2 + 20, 83, 4)
    rp = row_paint(laid, fm)
    borders, bodies, tentative = rp.solid[hue_of(7)]
    # Bar 4 shows until bar 5 starts (36 px), bar 5 whole; the others whole.
    assert QRect(LABEL_W, HEADER_H + 22, 36, 4) in borders
    assert QRect(LABEL_W + 36, HEADER_H + 22, 83, 4) in borders
    assert QRect(LABEL_W, HEADER_H + 22, 83, 4) not in borders
    assert len(borders) == 6 and len(bodies) == 6 and tentative == []


def test_batched_frame_matches_bar_by_bar_painting(qtbot) -> None:  # type: ignore[no-untyped-def]
    bars = [
        _bar(1, 0, 5),
        _bar(2, 2, 9, project_id=3),
        _bar(3, 4, 2, tentative=True),
        _bar(4, 6, 20, project_id=None),
        _bar(5, 30, 1),
        _bar(6, 30, 14, row=2),
    ]
    view = _view(qtbot, lambda rows, a, b: [x for x in bars if x.row[1] <= len(rows)])
    view.set_rows(_rows(2))
    view.set_zoom("day")
    view.horizontalScrollBar().setValue(0)
    assert _frame(view) == _frame_bar_by_bar(view)


def test_a_crowded_row_scrolled_matches_bar_by_bar_painting(qtbot) -> None:  # type: ignore[no-untyped-def]
    # Eight bars over one fortnight: the last lane is shared (cut into pieces), tentative
    # ones hatched; scrolled by an odd number of pixels so the hatching must stay aligned.
    bars = [
        _bar(i, i, 6 + i % 3, project_id=i % 3, tentative=i in (5, 6), label="") for i in range(8)
    ]
    view = _view(qtbot, lambda rows, a, b: bars)
    view.set_rows(_rows(1))
    view.set_zoom("day")
    view.horizontalScrollBar().setValue(37)
    laid = view._row_layout(0, 0, 0)
    assert max(lb.lane for lb in laid) == 4 and [lb.lane for lb in laid].count(4) > 1
    assert _frame(view) == _frame_bar_by_bar(view)
