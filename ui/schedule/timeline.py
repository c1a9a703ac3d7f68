"""The timeline: rows of people and equipment, bars to drag, resize and double-click.

Custom-painted on a QAbstractScrollArea so that only the visible rows and days are drawn, and
bars are fetched from the service in blocks of rows x quarters around what is on screen. With a
task runner the blocks are fetched off the GUI thread: the view paints what it has, says
"Loading…", and repaints when a block arrives (a block from before the last invalidate() is
dropped, so a stale answer never overwrites fresh data).
"""

from __future__ import annotations

import heapq
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from models.services.schedule import TimelineBar, TimelineRow

ROW_H = 30
HEADER_H = 38
LABEL_W = 200
MAX_LANES = 5
EDGE = 5  # px from a bar's end that grabs the edge instead of the whole bar
ROW_BLOCK = 40
DAY_BLOCK = 91
ZOOM_PX = {"day": 36.0, "week": 12.0, "month": 3.5}


BarFetcher = Callable[[list[TimelineRow], date, date], list[TimelineBar]]


@dataclass
class _Drag:
    bar: TimelineBar
    mode: str  # "move", "start", "end"
    x0: int
    delta: int = 0
    row: int | None = None  # the row index under the mouse while moving (None: its own row)


def project_colour(project_id: int | None) -> QColor:
    if project_id is None:
        return QColor("#8a8f98")
    hue = zlib.crc32(str(project_id).encode()) % 360
    return QColor.fromHsl(hue, 120, 150)


class TimelineView(QAbstractScrollArea):
    """Paints rows x days; emits ``bar_changed`` when the user drops a moved or resized bar."""

    # bar, new start date, new end date, target row (a TimelineRow, or None for its own row)
    bar_changed = Signal(object, object, object, object)
    bar_activated = Signal(object)  # double-clicked bar
    empty_activated = Signal(object, object)  # row, date (double-click on free space)

    def __init__(
        self, fetch: BarFetcher, parent: QWidget | None = None, *, tasks: Any = None
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._tasks = tasks  # None: fetch inline (benchmarks, simple tests)
        self._generation = 0  # bumped by invalidate(); older answers are ignored
        self._pending: set[tuple[int, int]] = set()
        # Blocks on screen at the last paint; a queued fetch whose block has been scrolled
        # away by the time a worker picks it up is skipped (replaced whole, read by workers).
        self._wanted: frozenset[tuple[int, int]] = frozenset()
        self._rows: list[TimelineRow] = []
        self._origin = date.today() - timedelta(days=28)
        self._days = 365
        self._px = ZOOM_PX["week"]
        self._cache: dict[tuple[int, int], dict[tuple[str, int, str], list[TimelineBar]]] = {}
        self._drag: _Drag | None = None
        self._lanes: dict[tuple[str, int], tuple[int, int]] = {}
        self._layout: dict[tuple[int, int, int], list[tuple[TimelineBar, int, int]]] = {}
        self._colours: dict[int | None, tuple[QColor, QColor]] = {}
        self._today = date.today()
        self.fetches = 0  # how many window fetches were made (tests and benchmarks read it)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.horizontalScrollBar().valueChanged.connect(self.viewport().update)
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)
        self.setMinimumHeight(200)

    # -- data ----------------------------------------------------------------------------

    def set_rows(self, rows: list[TimelineRow]) -> None:
        self._rows = rows
        self.invalidate()

    def rows(self) -> list[TimelineRow]:
        return self._rows

    def set_range(self, origin: date, days: int) -> None:
        self._origin, self._days = origin, max(7, days)
        self.invalidate()

    def set_today(self, today: date) -> None:
        self._today = today
        self.viewport().update()

    def origin(self) -> date:
        return self._origin

    def set_zoom(self, zoom: str) -> None:
        centre = self._date_at(self.viewport().width() // 2 + LABEL_W // 2)
        self._px = ZOOM_PX[zoom]
        self._update_scrollbars()
        self.scroll_to(centre)

    def scroll_to(self, day: date) -> None:
        x = int((day - self._origin).days * self._px) - (self.viewport().width() - LABEL_W) // 2
        self.horizontalScrollBar().setValue(max(0, x))

    def invalidate(self) -> None:
        """Forget fetched bars (after any change); the visible window is fetched again."""
        self._cache.clear()
        self._lanes.clear()
        self._layout.clear()
        self._generation += 1
        self._pending.clear()
        self._update_scrollbars()
        self.viewport().update()

    def _bars_for(self, block: int, chunk: int) -> dict[tuple[str, int, str], list[TimelineBar]]:
        key = (block, chunk)
        found = self._cache.get(key)
        if found is None:
            rows = self._rows[block * ROW_BLOCK : (block + 1) * ROW_BLOCK]
            d0 = self._origin + timedelta(days=chunk * DAY_BLOCK)
            d1 = d0 + timedelta(days=DAY_BLOCK - 1)
            if self._tasks is not None:
                self._fetch_later(key, rows, d0, d1)
                return {}
            found = {}
            self.fetches += 1
            for bar in self._fetch(rows, d0, d1):
                found.setdefault(bar.row, []).append(bar)
            self._cache[key] = found
        return found

    def is_loading(self) -> bool:
        """True while a block of bars is being fetched in the background."""
        return bool(self._pending)

    def _fetch_later(
        self, key: tuple[int, int], rows: list[TimelineRow], d0: date, d1: date
    ) -> None:
        if key in self._pending:
            return
        self._pending.add(key)
        self.fetches += 1
        generation = self._generation
        fetch = self._fetch
        # The worker waits until the result signals are connected, so a fast answer is not
        # emitted before anyone listens.
        connected = threading.Event()

        def work(_progress: object) -> tuple[int, tuple[int, int], list[TimelineBar] | None]:
            connected.wait(5)
            if key not in self._wanted:
                return generation, key, None  # scrolled past before its turn came
            return generation, key, fetch(rows, d0, d1)

        handle = self._tasks.run(work)
        handle.finished.connect(self._on_block_fetched)
        handle.failed.connect(self._on_block_failed)
        connected.set()

    def _on_block_fetched(
        self, result: tuple[int, tuple[int, int], list[TimelineBar] | None]
    ) -> None:
        generation, key, bars = result
        if generation != self._generation:
            return  # fetched before the data changed: stale
        self._pending.discard(key)
        if bars is None:
            self.viewport().update()  # skipped; asked again if it is back on screen
            return
        found: dict[tuple[str, int, str], list[TimelineBar]] = {}
        for bar in bars:
            found.setdefault(bar.row, []).append(bar)
        self._cache[key] = found
        # Row layouts computed while this block was missing are now wrong.
        self._layout.clear()
        self.viewport().update()

    def _on_block_failed(self, _exc: object) -> None:
        # Drop every pending mark: the next paint asks again rather than spinning forever.
        self._pending.clear()
        self.viewport().update()

    def _row_layout(self, i: int, c0: int, c1: int) -> list[tuple[TimelineBar, int, int]]:
        """A row's bars with their lane and lane count, computed once per row and window."""
        cache_key = (i, c0, c1)
        laid = self._layout.get(cache_key)
        if laid is not None:
            return laid
        row = self._rows[i]
        key = (row.kind, row.id, row.label if row.kind == "role" else "")
        seen: set[tuple[str, int]] = set()
        found: list[TimelineBar] = []
        for chunk in range(c0, c1 + 1):
            for bar in self._bars_for(i // ROW_BLOCK, chunk).get(key, ()):
                if (bar.kind, bar.id) not in seen:
                    seen.add((bar.kind, bar.id))
                    found.append(bar)
        # Overlapping bars share the row in lanes (first free lane), so none hides another.
        found.sort(key=lambda b: (b.start_on, b.end_on, b.id))
        free: list[tuple[date, int]] = []  # heap of (last day, lane)
        lanes = 0
        lane_of: list[int] = []
        for bar in found:
            if free and free[0][0] < bar.start_on:
                _end, lane = heapq.heappop(free)
            else:
                lane, lanes = lanes, lanes + 1
            heapq.heappush(free, (bar.end_on, lane))
            lane_of.append(lane)
        # Beyond MAX_LANES the bars would be hairlines: the last lane takes the rest.
        n = max(1, min(lanes, MAX_LANES))
        laid = []
        for bar, lane in zip(found, lane_of, strict=True):
            self._lanes[(bar.kind, bar.id)] = (min(lane, n - 1), n)
            laid.append((bar, min(lane, n - 1), n))
        if len(self._layout) > 4000:
            self._layout.clear()
        self._layout[cache_key] = laid
        return laid

    def _window(self) -> tuple[int, int, int, int]:
        r0, r1 = self._visible_rows()
        c0 = max(0, self._day_at_x(LABEL_W) // DAY_BLOCK)
        c1 = max(0, self._day_at_x(self.viewport().width()) // DAY_BLOCK)
        return r0, r1, c0, c1

    def visible_bars(self) -> list[tuple[TimelineBar, QRect]]:
        """Every bar on screen with its rectangle in viewport coordinates (deduplicated)."""
        r0, r1, c0, c1 = self._window()
        if r1 > r0:
            self._wanted = frozenset(
                (b, c)
                for b in range(r0 // ROW_BLOCK, (r1 - 1) // ROW_BLOCK + 1)
                for c in range(c0, c1 + 1)
            )
        w = self.viewport().width()
        # The same arithmetic as _bar_rect, hoisted out of the loop: thousands of bars a frame.
        base = self._origin.toordinal()
        px = self._px
        hv = LABEL_W - self.horizontalScrollBar().value()
        top = HEADER_H - self.verticalScrollBar().value()
        out: list[tuple[TimelineBar, QRect]] = []
        for i in range(r0, r1):
            y_row = top + i * ROW_H + 2
            for bar, lane, n in self._row_layout(i, c0, c1):
                x0 = hv + int((bar.start_on.toordinal() - base) * px)
                x1 = hv + int((bar.end_on.toordinal() + 1 - base) * px)
                if x1 < LABEL_W or x0 > w:
                    continue
                h = max(3, (ROW_H - 4) // n)
                out.append((bar, QRect(x0, y_row + lane * h, max(3, x1 - x0 - 1), max(2, h - 1))))
        return out

    # -- geometry ------------------------------------------------------------------------

    def _content_width(self) -> int:
        return int(self._days * self._px)

    def _update_scrollbars(self) -> None:
        vw = max(1, self.viewport().width() - LABEL_W)
        vh = max(1, self.viewport().height() - HEADER_H)
        h = self.horizontalScrollBar()
        h.setRange(0, max(0, self._content_width() - vw))
        h.setPageStep(vw)
        h.setSingleStep(max(1, int(self._px * 7)))
        v = self.verticalScrollBar()
        v.setRange(0, max(0, len(self._rows) * ROW_H - vh))
        v.setPageStep(vh)
        v.setSingleStep(ROW_H)

    def _visible_rows(self) -> tuple[int, int]:
        top = self.verticalScrollBar().value()
        first = top // ROW_H
        last = (top + self.viewport().height() - HEADER_H) // ROW_H + 1
        return max(0, first), min(len(self._rows), last)

    def _x_of(self, day: date) -> int:
        return (
            LABEL_W + int((day - self._origin).days * self._px) - self.horizontalScrollBar().value()
        )

    def _day_at_x(self, x: int) -> int:
        return int((x - LABEL_W + self.horizontalScrollBar().value()) // self._px)

    def _date_at(self, x: int) -> date:
        return self._origin + timedelta(days=self._day_at_x(x))

    def _row_y(self, index: int) -> int:
        return HEADER_H + index * ROW_H - self.verticalScrollBar().value()

    def _row_at(self, y: int) -> int | None:
        if y < HEADER_H:
            return None
        i = (y - HEADER_H + self.verticalScrollBar().value()) // ROW_H
        return i if 0 <= i < len(self._rows) else None

    def _bar_rect(self, bar: TimelineBar, row_index: int, delta: tuple[int, int] = (0, 0)) -> QRect:
        x0 = self._x_of(bar.start_on + timedelta(days=delta[0]))
        x1 = self._x_of(bar.end_on + timedelta(days=1 + delta[1]))
        lane, n = self._lanes.get((bar.kind, bar.id), (0, 1))
        h = max(3, (ROW_H - 4) // n)
        y = self._row_y(row_index) + 2 + lane * h
        return QRect(x0, y, max(3, x1 - x0 - 1), max(2, h - 1))

    def bar_rect(self, kind: str, bar_id: int) -> QRect | None:
        """Where a bar is drawn now (tests drive the mouse with it)."""
        for bar, rect in self.visible_bars():
            if bar.kind == kind and bar.id == bar_id:
                return rect
        return None

    def row_index(self, kind: str, row_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.kind == kind and r.id == row_id:
                return i
        return None

    def ensure_row_visible(self, index: int) -> None:
        top = index * ROW_H
        v = self.verticalScrollBar()
        if top < v.value() or top > v.value() + v.pageStep() - ROW_H:
            v.setValue(max(0, top - ROW_H))

    # -- painting ------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbars()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self.viewport())
        self.paint_into(p, self.viewport().width(), self.viewport().height())
        p.end()

    def paint_into(self, p: QPainter, w: int, h: int) -> None:
        """Draw the visible window with ``p`` (also used to render off-screen)."""
        self._paint(p, w, h)

    def _paint(self, p: QPainter, w: int, h: int) -> None:
        pal = self.palette()
        p.fillRect(0, 0, w, h, pal.base())
        fm = QFontMetrics(self.font())
        d0 = max(0, self._day_at_x(LABEL_W))
        d1 = min(self._days, self._day_at_x(w) + 1)
        r0, r1 = self._visible_rows()
        grid = QColor(pal.mid().color())
        grid.setAlpha(70)
        weekend = QColor(pal.alternateBase().color())
        # Weekend shading and day/week lines: only for the visible days.
        for i in range(d0, d1 + 1):
            day = self._origin + timedelta(days=i)
            x = self._x_of(day)
            if day.weekday() >= 5 and self._px >= 8:
                p.fillRect(QRect(x, HEADER_H, int(self._px) + 1, h), weekend)
            if (self._px >= 20 or day.weekday() == 0) and (self._px >= 8 or day.day == 1):
                p.setPen(grid)
                p.drawLine(x, HEADER_H, x, h)
        # Alternate row stripes, labels area drawn after the bars so bars slide under it.
        for i in range(r0, r1):
            y = self._row_y(i)
            p.setPen(grid)
            p.drawLine(LABEL_W, y + ROW_H, w, y + ROW_H)
        drag = self._drag
        for bar, rect in self.visible_bars():
            if drag is not None and (drag.bar.kind, drag.bar.id) == (bar.kind, bar.id):
                continue
            self._paint_bar(p, bar, rect, fm)
        if drag is not None:
            i = drag.row if drag.row is not None else self._index_of_bar_row(drag.bar)
            if i is not None:
                rect = self._bar_rect(drag.bar, i, self._drag_delta(drag))
                p.setOpacity(0.75)
                self._paint_bar(p, drag.bar, rect, fm)
                p.setOpacity(1.0)
        # Today.
        tx = self._x_of(self._today)
        if LABEL_W <= tx <= w:
            p.setPen(QPen(QColor("#d9534f"), 2))
            p.drawLine(tx, HEADER_H, tx, h)
        self._paint_labels(p, r0, r1, h, fm)
        self._paint_header(p, d0, d1, w, fm)
        if self._pending:
            self._paint_loading(p, w, fm)

    def _paint_loading(self, p: QPainter, w: int, fm: QFontMetrics) -> None:
        """A light note in the header's corner: bars are on their way, nothing is frozen."""
        text = self.tr("Loading…")
        tw = fm.horizontalAdvance(text) + 16
        rect = QRect(w - tw - 8, 4, tw, HEADER_H // 2 - 2)
        bg = QColor(self.palette().window().color())
        bg.setAlpha(230)
        p.fillRect(rect, bg)
        p.setPen(self.palette().placeholderText().color())
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _index_of_bar_row(self, bar: TimelineBar) -> int | None:
        for i, r in enumerate(self._rows):
            if (r.kind, r.id, r.label if r.kind == "role" else "") == bar.row:
                return i
        return None

    def _colour(self, project_id: int | None) -> tuple[QColor, QColor]:
        found = self._colours.get(project_id)
        if found is None:
            fill = project_colour(project_id)
            found = (fill, fill.darker(160))
            self._colours[project_id] = found
        return found

    def _paint_bar(self, p: QPainter, bar: TimelineBar, rect: QRect, fm: QFontMetrics) -> None:
        if bar.kind == "outage":
            p.fillRect(rect, QBrush(QColor("#9aa0a6"), Qt.BrushStyle.DiagCrossPattern))
            p.setPen(QColor("#5f6368"))
            p.drawRect(rect)
        else:
            colour, border = self._colour(bar.project_id)
            # Border then body with two fills: much cheaper than drawRect for thousands of bars.
            p.fillRect(rect, border)
            inner = rect.adjusted(1, 1, -1, -1) if rect.height() > 4 else rect
            if bar.tentative:
                # Tentative: a pale fill with hatching, so it reads as "not yet confirmed".
                pale = QColor(colour)
                pale.setAlpha(90)
                p.fillRect(inner, p.background().color())
                p.fillRect(inner, pale)
                p.fillRect(inner, QBrush(colour.darker(130), Qt.BrushStyle.BDiagPattern))
            else:
                p.fillRect(inner, colour)
        if rect.width() > 24 and rect.height() >= fm.height() - 2 and bar.label:
            p.setPen(QColor("#202124"))
            text = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, rect.width() - 6)
            p.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_labels(self, p: QPainter, r0: int, r1: int, h: int, fm: QFontMetrics) -> None:
        pal = self.palette()
        p.fillRect(0, HEADER_H, LABEL_W, h, pal.window())
        for i in range(r0, r1):
            row = self._rows[i]
            y = self._row_y(i)
            p.setPen(pal.text().color())
            name = fm.elidedText(row.label, Qt.TextElideMode.ElideRight, LABEL_W - 70)
            p.drawText(QRect(8, y, LABEL_W - 70, ROW_H), Qt.AlignmentFlag.AlignVCenter, name)
            p.setPen(pal.placeholderText().color())
            detail = fm.elidedText(row.detail, Qt.TextElideMode.ElideRight, 60)
            p.drawText(
                QRect(LABEL_W - 66, y, 60, ROW_H),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                detail,
            )
        p.setPen(pal.mid().color())
        p.drawLine(LABEL_W - 1, HEADER_H, LABEL_W - 1, h)

    def _paint_header(self, p: QPainter, d0: int, d1: int, w: int, fm: QFontMetrics) -> None:
        pal = self.palette()
        p.fillRect(0, 0, w, HEADER_H, pal.window())
        p.setPen(pal.text().color())
        half = HEADER_H // 2
        locale = self.locale()
        for i in range(d0, d1 + 1):
            day = self._origin + timedelta(days=i)
            x = self._x_of(day)
            # The month of the first visible day sticks to the left edge until the next one.
            sticky = i == d0 and (32 - day.day) * self._px > 90
            if (day.day == 1 and x >= LABEL_W) or sticky:
                # The pattern is the translator's: "MMM yyyy" reads "Dec 2026", 中文 "yyyy年M月".
                label = locale.toString(day, self.tr("MMM yyyy"))
                rect = QRect(max(x, LABEL_W) + 3, 0, 120, half)
                p.drawText(rect, Qt.AlignmentFlag.AlignVCenter, label)
            if self._px >= 20:
                p.drawText(
                    QRect(x, half, int(self._px), half), Qt.AlignmentFlag.AlignCenter, str(day.day)
                )
            elif self._px >= 8 and day.weekday() == 0:
                p.drawText(
                    QRect(x + 2, half, 40, half), Qt.AlignmentFlag.AlignVCenter, str(day.day)
                )
        p.setPen(pal.mid().color())
        p.drawLine(0, HEADER_H - 1, w, HEADER_H - 1)
        p.fillRect(0, 0, LABEL_W, HEADER_H, pal.window())

    # -- interaction ---------------------------------------------------------------------

    def bar_at(self, pos: QPoint) -> tuple[TimelineBar, QRect] | None:
        for bar, rect in reversed(self.visible_bars()):
            if rect.adjusted(-2, 0, 2, 0).contains(pos):
                return bar, rect
        return None

    def _drag_delta(self, d: _Drag) -> tuple[int, int]:
        if d.mode == "move":
            return d.delta, d.delta
        if d.mode == "start":
            span = (d.bar.end_on - d.bar.start_on).days
            return min(d.delta, span), 0
        span = (d.bar.end_on - d.bar.start_on).days
        return 0, max(d.delta, -span)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        hit = self.bar_at(pos) if event.button() == Qt.MouseButton.LeftButton else None
        if hit is None or hit[0].kind == "outage":
            super().mousePressEvent(event)
            return
        bar, rect = hit
        mode = "move"
        if pos.x() <= rect.left() + EDGE:
            mode = "start"
        elif pos.x() >= rect.right() - EDGE:
            mode = "end"
        self._drag = _Drag(bar, mode, pos.x())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._drag is None:
            hit = self.bar_at(pos)
            shape = Qt.CursorShape.ArrowCursor
            if hit is not None and hit[0].kind != "outage":
                _bar, rect = hit
                near_edge = pos.x() <= rect.left() + EDGE or pos.x() >= rect.right() - EDGE
                shape = Qt.CursorShape.SizeHorCursor if near_edge else Qt.CursorShape.OpenHandCursor
            self.viewport().setCursor(shape)
            return
        delta = round((pos.x() - self._drag.x0) / self._px)
        row = self._drag.row
        if self._drag.mode == "move":
            # Moving vertically onto another row offers the bar to that person or equipment.
            own = self._index_of_bar_row(self._drag.bar)
            under = self._row_at(pos.y())
            row = under if under is not None and under != own else None
        if delta != self._drag.delta or row != self._drag.row:
            self._drag.delta = delta
            self._drag.row = row
            self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        d = self._drag
        self._drag = None
        if d is None:
            super().mouseReleaseEvent(event)
            return
        ds, de = self._drag_delta(d)
        self.viewport().update()
        target = self._rows[d.row] if d.row is not None and d.row < len(self._rows) else None
        if ds or de or target is not None:
            # The page calls the service; on refusal it just invalidates and the bar snaps back.
            self.bar_changed.emit(
                d.bar,
                d.bar.start_on + timedelta(days=ds),
                d.bar.end_on + timedelta(days=de),
                target,
            )

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        self._drag = None
        hit = self.bar_at(pos)
        if hit is not None:
            self.bar_activated.emit(hit[0])
            return
        i = self._row_at(pos.y())
        if i is not None and pos.x() > LABEL_W:
            self.empty_activated.emit(self._rows[i], self._date_at(pos.x()))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - event.angleDelta().y())
            event.accept()
            return
        super().wheelEvent(event)

    def render_rect(self) -> QRectF:
        return QRectF(0, 0, self.viewport().width(), self.viewport().height())
