"""A KPI card: value, target, trend against the comparison period, warning colour; clickable.

The card paints its four lines itself rather than holding four styled QLabels: the dashboard
is the first page the window shows, and 15 cards of labels cost more to build, polish and lay
out than the rest of the page. The colours and sizes are the stylesheet's (resources/style.qss).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from models.money import Money
from ui.dashboard.kpi_text import kpi_name

if TYPE_CHECKING:
    from models.services.kpi import Kpi, Value


def format_kpi(value: Value, unit: str) -> str:
    """A KPI value as a card shows it; '–' when there is nothing to say."""
    if value is None:
        return "–"
    if isinstance(value, Money):
        return value.format()
    if unit == "percent":
        return f"{value}%"
    if unit == "days":
        return QCoreApplication.translate("KpiCard", "%1 days").replace("%1", str(value))
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def format_target(value: Decimal | None, unit: str, currency: str) -> str:
    if value is None:
        return "–"
    if unit == "money":
        return Money.of(value, currency).format()
    text = format(value.normalize(), "f") if unit != "score" else str(value)
    return format_kpi(text, unit)


_PAD_X, _PAD_Y, _GAP = 16, 12, 3
_BACKGROUND = QColor("#ffffff")
_BORDER = QColor("#e1e5ea")
_BORDER_WARN = QColor("#d9534f")
_CAPTION = QColor("#52606d")
_VALUE = QColor("#1f2933")
_VALUE_WARN = QColor("#b3261e")
_HINT = QColor("#6b7785")
_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def _pixel_font(base: QFont, pixels: int, bold: bool) -> QFont:
    font = QFont(base)
    font.setPixelSize(pixels)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


class KpiCard(QWidget):
    """One indicator; ``clicked(code)`` opens its definition and rows."""

    clicked = Signal(str)

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setObjectName("kpiCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Minimum height follows the width the card has (wrapped lines need more), so the
        # scrolling page never squeezes a card below its text; see resizeEvent.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._height_at_width = 0
        self._caption = kpi_name(code)
        self._value = "–"
        self._trend = ""
        self._target = ""
        self.kpi: Kpi | None = None
        self._warn = False
        self._fonts: tuple[QFont, QFont, QFont] | None = None
        self.setAccessibleName(self._caption)

    # -- what it shows --------------------------------------------------------------------
    def show_kpi(self, kpi: Kpi, compare_last_year: bool, currency: str) -> None:
        self.kpi = kpi
        value = format_kpi(kpi.value, kpi.unit)
        other = kpi.last_year if compare_last_year else kpi.previous
        change = kpi.change_vs(other)
        vs = (
            self.tr("vs same period last year")
            if compare_last_year
            else self.tr("vs previous period")
        )
        if change is None:
            trend = self.tr("%1 %2").replace("%1", format_kpi(other, kpi.unit)).replace("%2", vs)
        else:
            arrow = "▲" if change > 0 else ("▼" if change < 0 else "■")
            trend = f"{arrow} {change:+}%  {vs} ({format_kpi(other, kpi.unit)})"
        if kpi.target is None and kpi.warning is None:
            target = self.tr("No target set")
        else:
            target = (
                self.tr("Target %1 · warn %2")
                .replace("%1", format_target(kpi.target, kpi.unit, currency))
                .replace("%2", format_target(kpi.warning, kpi.unit, currency))
            )
        self._set_texts(value, trend, target, kpi.status == "warning")

    def show_placeholder(self) -> None:
        """The calm state while the figures are computed: no numbers, no warning colour."""
        self.kpi = None
        self._set_texts("…", self.tr("Calculating…"), "", False)

    def show_unavailable(self) -> None:
        """The computation failed: the page says why; the card just shows no figure."""
        self.kpi = None
        self._set_texts("–", self.tr("Not available"), "", False)

    def is_placeholder(self) -> bool:
        return self.kpi is None

    def is_warning(self) -> bool:
        return self._warn

    def value_text(self) -> str:
        return self._value

    def trend_text(self) -> str:
        return self._trend

    def target_text(self) -> str:
        return self._target

    def _set_texts(self, value: str, trend: str, target: str, warn: bool) -> None:
        lines_changed = (trend, target) != (self._trend, self._target)
        self._value, self._trend, self._target, self._warn = value, trend, target, warn
        self.setAccessibleDescription(" · ".join(t for t in (value, trend, target) if t))
        if lines_changed:
            self.updateGeometry()  # the wrapped lines may need another height
        self.update()

    # -- size and paint -------------------------------------------------------------------
    def _font_set(self) -> tuple[QFont, QFont, QFont]:
        if self._fonts is None:
            base = self.font()
            self._fonts = (_pixel_font(base, 13, True), _pixel_font(base, 26, True), base)
        return self._fonts

    def _blocks(self, width: int) -> list[tuple[QFont, QColor, str, int]]:
        """(font, colour, text, height) for each line that has text, wrapped to ``width``."""
        caption_font, value_font, hint_font = self._font_set()
        value_colour = _VALUE_WARN if self._warn else _VALUE
        blocks = []
        for font, colour, text in (
            (caption_font, _CAPTION, self._caption),
            (value_font, value_colour, self._value),
            (hint_font, _HINT, self._trend),
            (hint_font, _HINT, self._target),
        ):
            if not text:
                continue
            metrics = QFontMetrics(font)
            height = metrics.boundingRect(QRect(0, 0, max(width, 1), 10_000), _WRAP, text).height()
            blocks.append((font, colour, text, max(height, metrics.height())))
        return blocks

    def _needed_height(self, width: int) -> int:
        blocks = self._blocks(width - 2 * _PAD_X)
        text = sum(b[3] for b in blocks) + _GAP * max(len(blocks) - 1, 0)
        return text + 2 * _PAD_Y

    def sizeHint(self) -> QSize:
        return QSize(220, self._needed_height(max(self.width(), 220)))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self._needed_height(max(self.width(), 160)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self._needed_height(max(self.width(), 160))
        if needed != self._height_at_width:
            self._height_at_width = needed
            self.updateGeometry()  # narrower: more lines, taller minimum (and the reverse)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = 2 if self._warn else 1
        inset = border / 2
        frame = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        painter.setPen(QPen(_BORDER_WARN if self._warn else _BORDER, border))
        painter.setBrush(_BACKGROUND)
        painter.drawRoundedRect(frame, 10, 10)
        width = self.width() - 2 * _PAD_X
        y = _PAD_Y
        for font, colour, text, height in self._blocks(width):
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(QRect(_PAD_X, y, width, height), _WRAP, text)
            y += height + _GAP
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fonts = None
        super().changeEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.kpi is not None:
            self.clicked.emit(self.code)
        super().mouseReleaseEvent(event)
