"""The timeline: rows of people and equipment, bars to drag, resize and double-click.

Custom-painted on a QAbstractScrollArea so that only the visible rows and days are drawn, and
bars are fetched from the service in blocks of rows x quarters around what is on screen. With a
task runner the blocks are fetched off the GUI thread: the view paints what it has, says
"Loading…", and repaints when a block arrives (a block from before the last invalidate() is
dropped, so a stale answer never overwrites fresh data); once the screen is in, the blocks
around it are fetched ahead. A paint never queries: bars are laid out once per block arrival
and zoom (timeline_layout.py) and drawn a few calls per colour, scrolled by the painter.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
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
from ui.schedule.timeline_layout import (
    HEADER_H,
    LABEL_W,
    MAX_LANES,
    ROW_H,
    LaidBar,
    Palette,
    RowPaint,
    hue_of,
    lay_out,
    merge,
    project_colour,
    row_paint,
)

__all__ = ["HEADER_H", "LABEL_W", "MAX_LANES", "ROW_H", "TimelineView", "project_colour"]

EDGE = 5  # px from a bar's end that grabs the edge instead of the whole bar
ROW_BLOCK = 40
DAY_BLOCK = 91
ZOOM_PX = {"day": 36.0, "week": 12.0, "month": 3.5}


BarFetcher = Callable[[list[TimelineRow], date, date], list[TimelineBar]]
_Grouped = dict[tuple[str, int, str], list[TimelineBar]]  # a block's bars by row key


@dataclass
class _Drag:
    bar: TimelineBar
    mode: str  # "move", "start", "end"
    x0: int
    delta: int = 0
    row: int | None = None  # the row index under the mouse while moving (None: its own row)


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
        self._cache: dict[tuple[int, int], _Grouped] = {}
        self._drag: _Drag | None = None
        self._lanes: dict[tuple[str, int], tuple[int, int]] = {}
        # Row layouts per (row, first chunk, last chunk) at the current zoom, and what they
        # paint at the current font: rebuilt when a block arrives, never per frame.
        self._layout: dict[tuple[int, int, int], list[LaidBar]] = {}
        self._paints: dict[tuple[int, int, int], RowPaint] = {}
        # A block of rows' paint merged, by (block, first chunk, last chunk): a frame paints
        # one or two of these with a few calls per colour, rows off screen clipped by Qt.
        self._blocks: dict[tuple[int, int, int], RowPaint] = {}
        self._names: dict[tuple[str, int], str] = {}  # elided row labels by (text, width)
        self._palette = Palette()
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
        if ZOOM_PX[zoom] != self._px:
            self._px = ZOOM_PX[zoom]
            self._forget_layout()
        self._update_scrollbars()
        self.scroll_to(centre)

    def scroll_to(self, day: date) -> None:
        x = int((day - self._origin).days * self._px) - (self.viewport().width() - LABEL_W) // 2
        self.horizontalScrollBar().setValue(max(0, x))

    def invalidate(self) -> None:
        """Forget fetched bars (after any change); the visible window is fetched again."""
        self._cache.clear()
        self._forget_layout()
        self._generation += 1
        self._pending.clear()
        self._update_scrollbars()
        self.viewport().update()

    def _forget_layout(self) -> None:
        self._lanes.clear()
        self._layout.clear()
        self._paints.clear()
        self._blocks.clear()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._paints.clear()  # elided labels depend on the font
            self._blocks.clear()
            self._names.clear()

    def _bars_for(self, block: int, chunk: int) -> _Grouped:
        key = (block, chunk)
        found = self._cache.get(key)
        if found is None:
            rows = self._rows[block * ROW_BLOCK : (block + 1) * ROW_BLOCK]
            d0 = self._origin + timedelta(days=chunk * DAY_BLOCK)
            d1 = d0 + timedelta(days=DAY_BLOCK - 1)
            if self._tasks is not None:
                self._fetch_later(key, rows, d0, d1)
                return {}
            found = self._cache[key] = {}
            self.fetches += 1
            for bar in self._fetch(rows, d0, d1):
                found.setdefault(bar.row, []).append(bar)
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

        def work(_progress: object) -> tuple[int, tuple[int, int], _Grouped | None]:
            connected.wait(5)
            if key not in self._wanted:
                return generation, key, None  # scrolled past before its turn came
            # Grouped by row here, on the worker, so the GUI thread only files the answer.
            found: _Grouped = {}
            for bar in fetch(rows, d0, d1):
                found.setdefault(bar.row, []).append(bar)
            return generation, key, found

        handle = self._tasks.run(work)
        handle.finished.connect(self._on_block_fetched)
        handle.failed.connect(self._on_block_failed)
        connected.set()

    def _on_block_fetched(self, result: tuple[int, tuple[int, int], _Grouped | None]) -> None:
        generation, key, found = result
        if generation != self._generation:
            return  # fetched before the data changed: stale
        self._pending.discard(key)
        if found is None:
            self.viewport().update()  # skipped; asked again if it is back on screen
            return
        self._cache[key] = found
        # Row layouts of this block computed while it was missing are now wrong; the others
        # (most of the screen while scrolling) stay.
        block, chunk = key
        for k in [k for k in self._layout if k[0] // ROW_BLOCK == block and k[1] <= chunk <= k[2]]:
            del self._layout[k]
            self._paints.pop(k, None)
        for k in [k for k in self._blocks if k[0] == block and k[1] <= chunk <= k[2]]:
            del self._blocks[k]
        self.viewport().update()

    def _on_block_failed(self, _exc: object) -> None:
        # Drop every pending mark: the next paint asks again rather than spinning forever.
        self._pending.clear()
        self.viewport().update()

    def _row_layout(self, i: int, c0: int, c1: int) -> list[LaidBar]:
        """A row's bars with their lane and rectangle, computed once per row and window."""
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
        laid = lay_out(found, i, self._origin, self._px)
        for lb in laid:
            self._lanes[(lb.bar.kind, lb.bar.id)] = (lb.lane, lb.lanes)
        if len(self._layout) > 4000:
            self._layout.clear()
            self._paints.clear()
            self._blocks.clear()
        self._layout[cache_key] = laid
        return laid

    def _row_paint(self, i: int, c0: int, c1: int, fm: QFontMetrics) -> RowPaint:
        laid = self._row_layout(i, c0, c1)
        found = self._paints.get((i, c0, c1))
        if found is None:
            found = self._paints[(i, c0, c1)] = row_paint(laid, fm)
        return found

    def _window(self) -> tuple[int, int, int, int]:
        r0, r1 = self._visible_rows()
        c0 = max(0, self._day_at_x(LABEL_W) // DAY_BLOCK)
        c1 = max(0, self._day_at_x(self.viewport().width()) // DAY_BLOCK)
        return r0, r1, c0, c1

    def _want(self, r0: int, r1: int, c0: int, c1: int) -> set[tuple[int, int]]:
        """Mark the blocks on screen, and with a task runner one block around them, wanted.

        Returns the blocks on screen. A worker skips a block no longer wanted.
        """
        if r1 <= r0:
            return set()
        b0, b1 = r0 // ROW_BLOCK, (r1 - 1) // ROW_BLOCK
        on_screen = {(b, c) for b in range(b0, b1 + 1) for c in range(c0, c1 + 1)}
        if self._tasks is None:
            self._wanted = frozenset(on_screen)
            return on_screen
        last_b = max(0, (len(self._rows) - 1) // ROW_BLOCK)
        last_c = max(0, (self._days - 1) // DAY_BLOCK)
        self._wanted = frozenset(
            (b, c)
            for b in range(max(0, b0 - 1), min(last_b, b1 + 1) + 1)
            for c in range(max(0, c0 - 1), min(last_c, c1 + 1) + 1)
        ) | frozenset(on_screen)
        return on_screen

    def _fetch_ahead(self, on_screen: set[tuple[int, int]]) -> None:
        """Once everything on screen is in, fetch the margin around it in the background.

        A scroll then usually finds its bars cached, and the GUI thread never waits for SQL.
        """
        if self._tasks is None or any(k in self._pending for k in on_screen):
            return
        for b, c in sorted(self._wanted - on_screen):
            if (b, c) not in self._cache:
                self._bars_for(b, c)

    def visible_bars(self) -> list[tuple[TimelineBar, QRect]]:
        """Every bar on screen with its rectangle in viewport coordinates (deduplicated)."""
        r0, r1, c0, c1 = self._window()
        on_screen = self._want(r0, r1, c0, c1)
        w = self.viewport().width()
        out: list[tuple[TimelineBar, QRect]] = []
        for i in range(r0, r1):
            out += self._row_bars(i, c0, c1, w)
        self._fetch_ahead(on_screen)
        return out

    def _row_bars(self, i: int, c0: int, c1: int, w: int) -> list[tuple[TimelineBar, QRect]]:
        """Row ``i``'s bars on screen, in viewport coordinates."""
        hs = self.horizontalScrollBar().value()
        vs = self.verticalScrollBar().value()
        return [
            (lb.bar, lb.rect.translated(-hs, -vs))
            for lb in self._row_layout(i, c0, c1)
            if not (lb.x1 - hs < LABEL_W or lb.x0 - hs > w)
        ]

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
        r0, r1, c0, c1 = self._window()
        grid = QColor(pal.mid().color())
        grid.setAlpha(70)
        weekend = QColor(pal.alternateBase().color())
        # Weekend shading and day/week lines: only for the visible days. The lines are
        # one-pixel fills: a translucent drawLine takes the slow stroking path.
        for i in range(d0, d1 + 1):
            day = self._origin + timedelta(days=i)
            x = self._x_of(day)
            if day.weekday() >= 5 and self._px >= 8:
                p.fillRect(QRect(x, HEADER_H, int(self._px) + 1, h), weekend)
            if (self._px >= 20 or day.weekday() == 0) and (self._px >= 8 or day.day == 1):
                p.fillRect(x, HEADER_H, 1, h - HEADER_H + 1, grid)
        # Row lines; the labels area is drawn after the bars so bars slide under it.
        for i in range(r0, r1):
            p.fillRect(LABEL_W, self._row_y(i) + ROW_H, w - LABEL_W + 1, 1, grid)
        on_screen = self._want(r0, r1, c0, c1)
        self._paint_bars(p, (r0, r1, c0, c1), w, h, fm)
        self._fetch_ahead(on_screen)
        drag = self._drag
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

    def _paint_bars(
        self, p: QPainter, window: tuple[int, int, int, int], w: int, h: int, fm: QFontMetrics
    ) -> None:
        """The visible rows' bars, from layouts made once per fetch, a few calls per colour."""
        r0, r1, c0, c1 = window
        drag = self._drag
        drag_key = (drag.bar.kind, drag.bar.id) if drag is not None else None
        parts = []
        for block in range(r0 // ROW_BLOCK, (r1 - 1) // ROW_BLOCK + 1) if r1 > r0 else ():
            rows = range(block * ROW_BLOCK, min(len(self._rows), (block + 1) * ROW_BLOCK))
            key = (block, c0, c1)
            bp = self._blocks.get(key)
            if (
                drag_key is not None
                and drag is not None
                and any(drag.bar.row == self._row_key(i) for i in rows)
            ):
                # The dragged bar is drawn where the mouse is: leave it out of its row.
                bp = merge(
                    row_paint(
                        (lb for lb in self._row_layout(i, c0, c1)
                         if (lb.bar.kind, lb.bar.id) != drag_key),
                        fm,
                    )
                    for i in rows
                )  # fmt: skip
            elif bp is None:
                bp = self._blocks[key] = merge(self._row_paint(i, c0, c1, fm) for i in rows)
            parts.append(bp)
        frame = parts[0] if len(parts) == 1 else merge(parts)
        # Rows of a block off screen are clipped in the batches; bar by bar they are skipped.
        top, bottom = HEADER_H + r0 * ROW_H, HEADER_H + r1 * ROW_H
        solid, special, labels = frame.solid, frame.special, frame.labels
        hs = self.horizontalScrollBar().value()
        vs = self.verticalScrollBar().value()
        # Content coordinates: scrolling is the painter's translation. Bars never show over
        # the labels or the header, which are painted over them afterwards anyway.
        p.save()
        p.setClipRect(LABEL_W, HEADER_H, 1 << 20, 1 << 20)
        p.translate(-hs, -vs)
        p.setPen(Qt.PenStyle.NoPen)
        of = self._palette.of
        tentative: list[QRect] = []
        for pid, (borders, bodies, pale) in solid.items():
            _fill, _border, fill_brush, border_brush = of(pid)
            p.setBrush(border_brush)
            p.drawRects(borders)
            if bodies:
                p.setBrush(fill_brush)
                p.drawRects(bodies)
            tentative += pale
        if tentative:
            # Tentative: a pale fill with hatching, so it reads as "not yet confirmed". The
            # hatching stays aligned to the viewport, as when each bar was filled on its own.
            p.setBrush(p.background().color())
            p.drawRects(tentative)
            p.setBrushOrigin(hs, vs)
            for pid, (_b, _f, pale) in solid.items():
                if pale:
                    pale_brush, hatch = self._palette.tentative(pid)
                    p.setBrush(pale_brush)
                    p.drawRects(pale)
                    p.setBrush(hatch)
                    p.drawRects(pale)
        p.restore()
        # Outages have a pattern brush and an outline: bar by bar, in viewport coordinates.
        for lb, label in special:
            if top <= lb.rect.top() < bottom and not (lb.x1 - hs < LABEL_W or lb.x0 - hs > w):
                self._paint_bar(p, lb.bar, lb.rect.translated(-hs, -vs), fm, label=label)
        if labels:
            p.setPen(self._palette.label)
            centre = Qt.AlignmentFlag.AlignVCenter
            for x0, x1, rect, text in labels:
                if top <= rect.top() < bottom and not (x1 - hs < LABEL_W or x0 - hs > w):
                    p.drawText(rect.translated(-hs, -vs), centre, text)

    def _row_key(self, i: int) -> tuple[str, int, str]:
        r = self._rows[i]
        return (r.kind, r.id, r.label if r.kind == "role" else "")

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
        for i in range(len(self._rows)):
            if self._row_key(i) == bar.row:
                return i
        return None

    def _paint_bar(
        self, p: QPainter, bar: TimelineBar, rect: QRect, fm: QFontMetrics, *, label: bool = True
    ) -> None:
        """One bar, bar by bar: the dragged one, and the tentative and outage ones."""
        pal = self._palette
        if bar.kind == "outage":
            p.fillRect(rect, pal.outage)
            p.setPen(pal.outage_pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect)
        else:
            colour, border, _fb, _bb = pal.of(hue_of(bar.project_id))
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
        if label and rect.width() > 24 and rect.height() >= fm.height() - 2 and bar.label:
            p.setPen(pal.label)
            text = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, rect.width() - 6)
            p.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_labels(self, p: QPainter, r0: int, r1: int, h: int, fm: QFontMetrics) -> None:
        pal = self.palette()
        p.fillRect(0, HEADER_H, LABEL_W, h, pal.window())
        text_colour = pal.text().color()
        detail_colour = pal.placeholderText().color()
        for i in range(r0, r1):
            row = self._rows[i]
            y = self._row_y(i)
            p.setPen(text_colour)
            name = self._elided(fm, row.label, LABEL_W - 70)
            p.drawText(QRect(8, y, LABEL_W - 70, ROW_H), Qt.AlignmentFlag.AlignVCenter, name)
            p.setPen(detail_colour)
            detail = self._elided(fm, row.detail, 60)
            p.drawText(
                QRect(LABEL_W - 66, y, 60, ROW_H),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                detail,
            )
        p.setPen(pal.mid().color())
        p.drawLine(LABEL_W - 1, HEADER_H, LABEL_W - 1, h)

    def _elided(self, fm: QFontMetrics, text: str, width: int) -> str:
        found = self._names.get((text, width))
        if found is None:
            if len(self._names) > 5000:
                self._names.clear()
            found = self._names[(text, width)] = fm.elidedText(
                text, Qt.TextElideMode.ElideRight, width
            )
        return found

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
        # A bar lies inside its row: only the row under the mouse needs looking at (a mouse
        # move used to lay out and test every bar on screen).
        i = self._row_at(pos.y())
        r0, r1, c0, c1 = self._window()
        if i is None or not r0 <= i < r1:
            return None
        for bar, rect in reversed(self._row_bars(i, c0, c1, self.viewport().width())):
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
