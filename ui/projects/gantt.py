"""The Gantt chart of one project: task bars, milestone diamonds, dependency arrows, today line."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QWidget,
)

from models.enums import TaskStatus
from models.services.projects_data import MilestoneInfo, ProjectPlan, TaskInfo
from ui.projects.names import template_text

LABEL_WIDTH = 240
HEADER_HEIGHT = 44
ROW_HEIGHT = 26
BAR_HEIGHT = 16
EDGE_GRAB = 6  # pixels at a bar's right end that resize instead of move
DAY_WIDTH = {"week": 22.0, "month": 7.0}

_STATUS_COLOURS = {
    TaskStatus.TODO: "#7aa6c2",
    TaskStatus.IN_PROGRESS: "#2f6f8f",
    TaskStatus.BLOCKED: "#c0504d",
    TaskStatus.DONE: "#5b9a68",
}


class TaskBar(QGraphicsRectItem):
    """A task's bar: drag to move both dates, drag the right end to change the end date."""

    def __init__(self, chart: GanttView, task: TaskInfo, rect: QRectF) -> None:
        super().__init__(rect)
        self.chart = chart
        self.task = task
        self._press_x: float | None = None
        self._resizing = False
        self._origin = rect
        colour = QColor(_STATUS_COLOURS.get(task.status, "#2f6f8f"))
        self.setBrush(QBrush(colour))
        self.setPen(QPen(colour.darker(130), 1))
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(2)
        tip = f"{task.name}\n{task.start_on} → {task.due_on}"
        if task.assignee:
            tip += f"\n{task.assignee}"
        self.setToolTip(tip)

    def paint(self, painter: QPainter, option, widget=None) -> None:  # type: ignore[no-untyped-def]
        super().paint(painter, option, widget)
        if self.task.progress > 0:
            r = self.rect()
            done = QRectF(r.left(), r.bottom() - 4, r.width() * self.task.progress / 100, 4)
            painter.fillRect(done, QColor("#1d3f52"))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._press_x = event.scenePos().x()
        self._origin = QRectF(self.rect())
        self._resizing = event.pos().x() >= self.rect().right() - EDGE_GRAB
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press_x is None:
            return
        dx = event.scenePos().x() - self._press_x
        r = QRectF(self._origin)
        if self._resizing:
            r.setRight(max(r.left() + self.chart.day_width, r.right() + dx))
        else:
            r.translate(dx, 0)
        self.setRect(r)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press_x is None:
            return
        dx = event.scenePos().x() - self._press_x
        self._press_x = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        days = round(dx / self.chart.day_width)
        self.setRect(self._origin)
        if days:
            self.chart.bar_dragged(self.task, days, resize=self._resizing)


class GanttView(QGraphicsView):
    """Draws a ProjectPlan; dragging a bar asks (through a signal) for new task dates."""

    task_dates_requested = Signal(int, object, object)  # task id, start, due

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ganttView")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self._plan: ProjectPlan | None = None
        self._zoom = "week"
        self._origin = date.today()
        self._today = date.today()
        self.bars: dict[int, TaskBar] = {}

    # --- public ----------------------------------------------------------------------------
    @property
    def day_width(self) -> float:
        return DAY_WIDTH[self._zoom]

    def zoom(self) -> str:
        return self._zoom

    def set_zoom(self, zoom: str) -> None:
        if zoom in DAY_WIDTH and zoom != self._zoom:
            self._zoom = zoom
            self._redraw()

    def set_plan(self, plan: ProjectPlan | None, today: date | None = None) -> None:
        self._plan = plan
        if today is not None:
            self._today = today
        self._redraw()

    def plan(self) -> ProjectPlan | None:
        return self._plan

    def x_of(self, day: date) -> float:
        return LABEL_WIDTH + (day - self._origin).days * self.day_width

    def bar_dragged(self, task: TaskInfo, days: int, *, resize: bool) -> None:
        shift = timedelta(days=days)
        start, due = task.start_on, task.due_on
        if resize:
            if due is None:
                return
            due = max(due + shift, start or due + shift)
        else:
            start = start + shift if start else None
            due = due + shift if due else None
        # Later, not now: the answer redraws the scene, which deletes the bar being released.
        QTimer.singleShot(0, lambda: self.task_dates_requested.emit(task.id, start, due))

    def save_png(self, path: Path) -> bool:
        rect = self.scene().itemsBoundingRect().adjusted(-8, -8, 8, 8)
        image = QImage(rect.size().toSize() * 2, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(2)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.scene().render(painter, QRectF(QPointF(0, 0), rect.size()), rect)
        painter.end()
        return image.save(str(path), "PNG")

    def save_pdf(self, path: Path, title: str = "") -> None:
        writer = QPdfWriter(str(path))
        writer.setTitle(title)
        writer.setResolution(150)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        painter = QPainter(writer)
        self.render_to(painter, QRectF(painter.viewport()))
        painter.end()

    def render_to(self, painter: QPainter, target: QRectF) -> None:
        """Scale the whole chart onto ``target`` (a page), keeping its proportions."""
        source = self.scene().itemsBoundingRect().adjusted(-8, -8, 8, 8)
        self.scene().render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)

    # --- drawing ---------------------------------------------------------------------------
    def _span(self) -> tuple[date, date]:
        assert self._plan is not None
        days: list[date] = []
        p = self._plan.project
        days += [d for d in (p.start_on, p.due_on) if d]
        for t in self._plan.tasks:
            days += [d for d in (t.start_on, t.due_on) if d]
        days += [m.due_on for m in self._plan.milestones if m.due_on]
        if not days:
            return self._today, self._today + timedelta(days=30)
        return min(days), max(days)

    def _redraw(self) -> None:
        scene = self.scene()
        scene.clear()
        self.bars = {}
        if self._plan is None:
            return
        first, last = self._span()
        # Start on a Monday so week lines fall on the grid.
        self._origin = first - timedelta(days=first.weekday() + 7)
        end = last + timedelta(days=14)
        rows: list[TaskInfo | MilestoneInfo] = []
        by_milestone: dict[int | None, list[TaskInfo]] = {}
        for t in self._plan.tasks:
            by_milestone.setdefault(t.milestone_id, []).append(t)
        for m in self._plan.milestones:
            rows.extend(by_milestone.pop(m.id, []))
            rows.append(m)
        for rest in by_milestone.values():
            rows.extend(rest)
        width = self.x_of(end)
        height = HEADER_HEIGHT + ROW_HEIGHT * max(len(rows), 1)
        scene.setSceneRect(0, 0, width + 10, height + 10)
        self._draw_grid(first, end, width, height)
        self._draw_rows(rows, width)
        self._draw_arrows()
        self._draw_today(height)

    def _draw_grid(self, first: date, end: date, width: float, height: float) -> None:
        scene = self.scene()
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        light, strong = QPen(QColor("#eef1f4")), QPen(QColor("#c9d2da"))
        scene.addRect(QRectF(0, 0, width, HEADER_HEIGHT), QPen(Qt.PenStyle.NoPen),
                      QBrush(QColor("#f4f6f8")))  # fmt: skip
        day = self._origin
        while day <= end:
            x = self.x_of(day)
            month_start = day.day == 1
            if self._zoom == "week" or day.weekday() == 0 or month_start:
                pen = strong if (month_start or day.weekday() == 0) else light
                scene.addLine(x, HEADER_HEIGHT - 14, x, height, pen)
            if month_start:
                text = scene.addSimpleText(day.strftime("%Y-%m"), font)
                text.setPos(x + 3, 4)
            # Week numbers under the months; in month zoom they would crowd the header.
            if day.weekday() == 0 and (self._zoom == "week" or day.day < 25):
                label = scene.addSimpleText(f"{day.day}", font)
                label.setBrush(QBrush(QColor("#5c6b77")))
                label.setPos(x + 2, HEADER_HEIGHT - 16)
            day += timedelta(days=1)
        scene.addLine(0, HEADER_HEIGHT, width, HEADER_HEIGHT, strong)
        scene.addLine(LABEL_WIDTH, 0, LABEL_WIDTH, height, strong)

    def _draw_rows(self, rows: list[TaskInfo | MilestoneInfo], width: float) -> None:
        scene = self.scene()
        self._row_y: dict[int, float] = {}
        bold = QFont(self.font())
        bold.setBold(True)
        for i, row in enumerate(rows):
            y = HEADER_HEIGHT + i * ROW_HEIGHT
            if i % 2:
                band = scene.addRect(QRectF(0, y, width, ROW_HEIGHT), QPen(Qt.PenStyle.NoPen),
                                     QBrush(QColor("#fafbfc")))  # fmt: skip
                band.setZValue(-1)
            mid = y + ROW_HEIGHT / 2
            if isinstance(row, TaskInfo):
                label = scene.addSimpleText(_elide(template_text(row.name), 30), self.font())
                label.setPos(12, mid - label.boundingRect().height() / 2)
                self._row_y[row.id] = mid
                start = row.start_on or row.due_on
                due = row.due_on or row.start_on
                if start is None or due is None:
                    continue
                x0 = self.x_of(start)
                x1 = self.x_of(due + timedelta(days=1))
                bar = TaskBar(self, row, QRectF(x0, mid - BAR_HEIGHT / 2, x1 - x0, BAR_HEIGHT))
                scene.addItem(bar)
                self.bars[row.id] = bar
            else:
                label = scene.addSimpleText(_elide(template_text(row.name), 30), bold)
                label.setPos(4, mid - label.boundingRect().height() / 2)
                if row.due_on is None:
                    continue
                x = self.x_of(row.due_on + timedelta(days=1))
                colour = "#5b9a68" if row.done_on else (
                    "#c0504d" if row.due_on < self._today else "#e0a030")  # fmt: skip
                s = 7.0
                diamond = QPolygonF(
                    [QPointF(x, mid - s), QPointF(x + s, mid), QPointF(x, mid + s),
                     QPointF(x - s, mid)]
                )  # fmt: skip
                item = scene.addPolygon(diamond, QPen(QColor(colour).darker(130)),
                                        QBrush(QColor(colour)))  # fmt: skip
                item.setZValue(3)
                item.setToolTip(f"{row.name}\n{row.due_on}")

    def _draw_arrows(self) -> None:
        assert self._plan is not None
        pen = QPen(QColor("#6b7b88"), 1.2)
        for task in self._plan.tasks:
            succ = self.bars.get(task.id)
            if succ is None:
                continue
            for pred_id in task.predecessor_ids:
                pred = self.bars.get(pred_id)
                if pred is None:
                    continue
                a = QPointF(pred.rect().right(), pred.rect().center().y())
                b = QPointF(succ.rect().left(), succ.rect().center().y())
                path = QPainterPath(a)
                elbow = a.x() + 6
                path.lineTo(elbow, a.y())
                path.lineTo(elbow, b.y())
                path.lineTo(b.x(), b.y())
                item = self.scene().addPath(path, pen)
                item.setZValue(1)
                head = QPolygonF([b, QPointF(b.x() - 5, b.y() - 3), QPointF(b.x() - 5, b.y() + 3)])
                self.scene().addPolygon(head, pen, QBrush(pen.color())).setZValue(1)

    def _draw_today(self, height: float) -> None:
        x = self.x_of(self._today)
        if x < LABEL_WIDTH:
            return
        pen = QPen(QColor("#d9534f"), 1.5, Qt.PenStyle.DashLine)
        line = self.scene().addLine(x, HEADER_HEIGHT - 4, x, height, pen)
        line.setZValue(4)
        line.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)

    def sizeHint(self):  # type: ignore[no-untyped-def]
        return QSizeF(900, 500).toSize()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.ignore()


def _elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
