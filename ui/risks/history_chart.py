"""A small line chart of a risk's score over time (painted; no chart library needed)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from models.services.risks import ScoreChange


class ScoreHistoryChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[ScoreChange] = []
        self.setMinimumHeight(120)

    def sizeHint(self) -> QSize:
        return QSize(360, 140)

    def set_history(self, points: list[ScoreChange]) -> None:
        self._points = list(points)
        self.update()

    def point_count(self) -> int:
        return len(self._points)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(34, 8, self.width() - 44, self.height() - 30)
        grid = QPen(QColor("#d5dbe1"))
        painter.setFont(self.font())
        for score in (0, 5, 10, 15, 20, 25):
            y = area.bottom() - area.height() * score / 25
            painter.setPen(grid)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, y - 8, 28, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(score),
            )
        high = area.bottom() - area.height() * 15 / 25
        painter.fillRect(
            QRectF(area.left(), area.top(), area.width(), high - area.top()),
            QColor(217, 83, 79, 30),
        )
        if not self._points:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No score history yet"))
            painter.end()
            return
        n = len(self._points)
        step = area.width() / max(n - 1, 1)
        pts = [
            QPointF(
                area.left() + (k * step if n > 1 else area.width() / 2),
                area.bottom() - area.height() * c.score / 25,
            )
            for k, c in enumerate(self._points)
        ]
        painter.setPen(QPen(QColor("#2f6f8f"), 2))
        for a, b in pairwise(pts):
            painter.drawLine(a, b)
        painter.setBrush(QColor("#2f6f8f"))
        for k, (pt, change) in enumerate(zip(pts, self._points, strict=True)):
            painter.drawEllipse(pt, 4, 4)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(pt.x() - 20, pt.y() - 22, 40, 16),
                Qt.AlignmentFlag.AlignCenter,
                str(change.score),
            )
            if k in (0, n - 1):
                # Keep the first and last date inside the widget.
                left = min(max(pt.x() - 45, 0), self.width() - 90)
                painter.drawText(
                    QRectF(left, area.bottom() + 4, 90, 16),
                    Qt.AlignmentFlag.AlignCenter,
                    change.changed_at.astimezone().strftime("%Y-%m-%d"),
                )
            painter.setPen(QPen(QColor("#2f6f8f"), 2))
        painter.end()
