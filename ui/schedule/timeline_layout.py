"""The timeline's per-row bar layout: lanes, rectangles and labels, computed once per fetch.

Rectangles are in content coordinates (x from the label column at the range's first day, y
from the header at the first row), so scrolling only moves the painter: a frame does no
per-bar arithmetic, and the bars of a colour are drawn with one ``drawRects`` call instead of
two ``fillRect`` calls per bar (each Qt call may hand the interpreter to a fetching worker).
"""

from __future__ import annotations

import heapq
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics

from models.services.schedule import TimelineBar

ROW_H = 30
HEADER_H = 38
LABEL_W = 200
MAX_LANES = 5


def project_colour(project_id: int | None) -> QColor:
    return _hue_colour(hue_of(project_id))


def hue_of(project_id: int | None) -> int:
    """A project's hue (-1: no project): bars are grouped by it, at most 361 colours."""
    if project_id is None:
        return -1
    return zlib.crc32(str(project_id).encode()) % 360


def _hue_colour(hue: int) -> QColor:
    return QColor("#8a8f98") if hue < 0 else QColor.fromHsl(hue, 120, 150)


@dataclass(frozen=True, slots=True)
class LaidBar:
    """A bar placed in its row: lane, lane count and its rectangle in content coordinates."""

    bar: TimelineBar
    lane: int
    lanes: int
    x0: int  # content x of the first day's left edge
    x1: int  # content x of the day after the last
    rect: QRect


_Group = tuple[list[QRect], list[QRect], list[QRect]]


@dataclass(slots=True)
class RowPaint:
    """What a row draws, grouped for batch painting (built once per layout and font)."""

    # hue -> (border rectangles, body rectangles, tentative bodies): a few drawRects calls
    # per colour
    solid: dict[int, _Group] = field(default_factory=dict)
    # Drawn one by one after the groups: (bar, with its label) for outages, and (with their
    # label, in order) for crowds of overlapping bars with an outage or a label among them
    special: list[tuple[LaidBar, bool]] = field(default_factory=list)
    # (x0, x1, text rectangle, elided label), all in content coordinates
    labels: list[tuple[int, int, QRect, str]] = field(default_factory=list)


def lay_out(bars: Iterable[TimelineBar], row_index: int, origin: date, px: float) -> list[LaidBar]:
    """Overlapping bars share the row in lanes (first free lane), so none hides another."""
    found = sorted(bars, key=lambda b: (b.start_on, b.end_on, b.id))
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
    h = max(3, (ROW_H - 4) // n)
    base = origin.toordinal()
    y_row = HEADER_H + row_index * ROW_H + 2
    out = []
    for bar, lane in zip(found, lane_of, strict=True):
        lane = min(lane, n - 1)
        x0 = LABEL_W + int((bar.start_on.toordinal() - base) * px)
        x1 = LABEL_W + int((bar.end_on.toordinal() + 1 - base) * px)
        rect = QRect(x0, y_row + lane * h, max(3, x1 - x0 - 1), max(2, h - 1))
        out.append(LaidBar(bar, lane, n, x0, x1, rect))
    return out


def merge(parts: Iterable[RowPaint]) -> RowPaint:
    """Several rows' paint as one (a block of rows is painted with one call per colour)."""
    out = RowPaint()
    for rp in parts:
        for hue, (borders, bodies, pale) in rp.solid.items():
            group = out.solid.get(hue)
            if group is None:
                out.solid[hue] = (list(borders), list(bodies), list(pale))
            else:
                group[0].extend(borders)
                group[1].extend(bodies)
                group[2].extend(pale)
        out.special += rp.special
        out.labels += rp.labels
    return out


def _pieces(group: list[LaidBar]) -> list[tuple[LaidBar, int, int]]:
    """What shows of bars sharing a lane, painted in order: (bar, first column, last column).

    Bars of a lane share their height, so each column shows the last bar covering it. The
    bars come sorted by start, so a new bar only cuts into the segments at the list's end.
    """
    segs: list[tuple[int, int, LaidBar]] = []  # disjoint, sorted by first column
    for lb in group:
        left, right = lb.rect.left(), lb.rect.right()
        after: list[tuple[int, int, LaidBar]] = []  # what still shows right of the new bar
        while segs and segs[-1][1] >= left:
            a, b, owner = segs.pop()
            if b > right:
                after.append((max(a, right + 1), b, owner))
            if a < left:
                segs.append((a, left - 1, owner))
                break
        segs.append((left, right, lb))
        segs += reversed(after)
    return [(owner, a, b) for a, b, owner in segs]


def row_paint(laid: Iterable[LaidBar], fm: QFontMetrics) -> RowPaint:
    """Group a row's bars by colour and elide their labels once (not every frame).

    Bars that overlap others (a crowded last lane, or a one-day bar widened to three pixels)
    are cut into the pieces that show when painted in order, so the colour groups can be
    drawn in any order without changing a pixel; a crowd with a label or an outage among it
    is drawn bar by bar, in order, as before.
    """
    laid = list(laid)
    # Crowds: runs of bars in one lane that overlap, in painting order.
    crowd_of: dict[int, list[LaidBar]] = {}
    right: dict[int, tuple[int, list[LaidBar]]] = {}  # lane -> (rightmost pixel, its crowd)
    for lb in laid:
        prev = right.get(lb.lane)
        if prev is not None and lb.rect.left() <= prev[0]:
            crowd = prev[1]
            crowd.append(lb)
            right[lb.lane] = (max(prev[0], lb.rect.right()), crowd)
        else:
            crowd = [lb]
            right[lb.lane] = (lb.rect.right(), crowd)
        crowd_of[id(lb)] = crowd
    rp = RowPaint()
    min_h = fm.height() - 2

    def labelled(lb: LaidBar) -> bool:
        r = lb.rect
        return r.width() > 24 and r.height() >= min_h and bool(lb.bar.label)

    def add(bar: TimelineBar, border: QRect, body: QRect | None) -> None:
        hue = hue_of(bar.project_id)
        group = rp.solid.get(hue)
        if group is None:
            group = rp.solid[hue] = ([], [], [])
        group[0].append(border)
        if body is not None:
            group[2 if bar.tentative else 1].append(body)

    done: set[int] = set()
    for lb in laid:
        crowd = crowd_of[id(lb)]
        if len(crowd) > 1:
            if id(crowd) in done:
                continue
            done.add(id(crowd))
            if any(c.bar.kind == "outage" or labelled(c) for c in crowd):
                rp.special += [(c, True) for c in crowd]
                continue
            for owner, a, b in _pieces(crowd):
                r = owner.rect
                body = None
                if r.height() > 4:
                    # The body stops one pixel short of the bar's own ends.
                    a2, b2 = max(a, r.left() + 1), min(b, r.right() - 1)
                    if a2 <= b2:
                        body = QRect(a2, r.top() + 1, b2 - a2 + 1, r.height() - 2)
                else:
                    body = QRect(a, r.top(), b - a + 1, r.height())
                add(owner.bar, QRect(a, r.top(), b - a + 1, r.height()), body)
            continue
        bar, rect = lb.bar, lb.rect
        if bar.kind == "outage":
            rp.special.append((lb, False))
        else:
            add(bar, rect, rect.adjusted(1, 1, -1, -1) if rect.height() > 4 else rect)
        if labelled(lb):
            text = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, rect.width() - 6)
            rp.labels.append((lb.x0, lb.x1, rect.adjusted(4, 0, -2, 0), text))
    return rp


class Palette:
    """Colours and brushes made once, not per bar per frame."""

    def __init__(self) -> None:
        self._brushes: dict[int, tuple[QColor, QColor, QBrush, QBrush]] = {}
        self._tentative: dict[int, tuple[QBrush, QBrush]] = {}
        self.label = QColor("#202124")
        self.outage = QBrush(QColor("#9aa0a6"), Qt.BrushStyle.DiagCrossPattern)
        self.outage_pen = QColor("#5f6368")

    def tentative(self, hue: int) -> tuple[QBrush, QBrush]:
        """(pale fill, hatching) of tentative bars of a hue."""
        found = self._tentative.get(hue)
        if found is None:
            fill = self.of(hue)[0]
            pale = QColor(fill)
            pale.setAlpha(90)
            found = (QBrush(pale), QBrush(fill.darker(130), Qt.BrushStyle.BDiagPattern))
            self._tentative[hue] = found
        return found

    def of(self, hue: int) -> tuple[QColor, QColor, QBrush, QBrush]:
        """(fill, border, fill brush, border brush) of a hue (see ``hue_of``)."""
        found = self._brushes.get(hue)
        if found is None:
            fill = _hue_colour(hue)
            border = fill.darker(160)
            found = (fill, border, QBrush(fill), QBrush(border))
            self._brushes[hue] = found
        return found
