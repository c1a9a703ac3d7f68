"""A 5 × 5 probability × impact heat map that can be clicked: a cell lists its risks."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from models.services.risks import HeatMap

_MARGIN_LEFT = 64
_MARGIN_BOTTOM = 46


def cell_colour(probability: int, impact: int) -> QColor:
    """Green to red by score; 15 and above is the high band."""
    score = probability * impact
    if score >= 15:
        return QColor("#d9534f")
    if score >= 8:
        return QColor("#f0ad4e")
    if score >= 4:
        return QColor("#f7e08a")
    return QColor("#9fd49a")


class HeatMapWidget(QWidget):
    """Counts per cell; ``cell_clicked(probability, impact)`` when a cell is clicked."""

    cell_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._map = HeatMap()
        self._selected: tuple[int, int] | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(300, 280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(360, 320)

    def set_map(self, heat: HeatMap) -> None:
        self._map = heat
        self.update()

    def heat_map(self) -> HeatMap:
        return self._map

    def selected(self) -> tuple[int, int] | None:
        return self._selected

    def _grid(self) -> QRectF:
        side = min(self.width() - _MARGIN_LEFT - 8, self.height() - _MARGIN_BOTTOM - 8)
        return QRectF(_MARGIN_LEFT, 8, max(side, 50), max(side, 50))

    def cell_rect(self, probability: int, impact: int) -> QRectF:
        g = self._grid()
        w = g.width() / 5
        # Probability runs upwards (5 on top), impact to the right.
        return QRectF(g.left() + (impact - 1) * w, g.top() + (5 - probability) * w, w, w)

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        for p in range(1, 6):
            for i in range(1, 6):
                if self.cell_rect(p, i).contains(pos):
                    return p, i
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = QFont(self.font())
        bold.setBold(True)
        for p in range(1, 6):
            for i in range(1, 6):
                rect = self.cell_rect(p, i).adjusted(1, 1, -1, -1)
                n = self._map.count(p, i)
                colour = cell_colour(p, i)
                if not n:
                    colour = colour.lighter(135)
                painter.fillRect(rect, colour)
                if self._selected == (p, i):
                    painter.setPen(QPen(QColor("#1f2a36"), 3))
                    painter.drawRect(rect.adjusted(1, 1, -1, -1))
                if n:
                    painter.setPen(QColor("#1f2a36"))
                    painter.setFont(bold)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(n))
        painter.setFont(self.font())
        painter.setPen(self.palette().text().color())
        g = self._grid()
        for k in range(1, 6):
            r = self.cell_rect(k, 1)
            painter.drawText(
                QRectF(g.left() - 22, r.top(), 18, r.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(k),
            )
            c = self.cell_rect(1, k)
            painter.drawText(
                QRectF(c.left(), g.bottom() + 2, c.width(), 18),
                Qt.AlignmentFlag.AlignCenter,
                str(k),
            )
        painter.drawText(
            QRectF(g.left(), g.bottom() + 20, g.width(), 20),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Impact"),
        )
        painter.save()
        painter.translate(14, g.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-g.height() / 2, -10, g.height(), 22),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Probability"),
        )
        painter.restore()
        painter.end()

    def click_cell(self, probability: int, impact: int) -> None:
        self._selected = (probability, impact)
        self.update()
        self.cell_clicked.emit(probability, impact)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.click_cell(*cell)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is not None:
            p, i = cell
            text = (
                self.tr("Probability %1 × impact %2 = %3: %4 risk(s)")
                .replace("%1", str(p))
                .replace("%2", str(i))
                .replace("%3", str(p * i))
                .replace("%4", str(self._map.count(p, i)))
            )
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        super().mouseMoveEvent(event)
