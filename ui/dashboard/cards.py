"""A KPI card: value, target, trend against the comparison period, warning colour; clickable."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

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


class KpiCard(QFrame):
    """One indicator; ``clicked(code)`` opens its definition and rows."""

    clicked = Signal(str)

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setObjectName("statCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._caption = QLabel(kpi_name(code), self)
        self._caption.setObjectName("statCaption")
        self._value = QLabel("–", self)
        self._value.setObjectName("statValue")
        self._trend = QLabel(self)
        self._trend.setObjectName("statHint")
        self._target = QLabel(self)
        self._target.setObjectName("statHint")
        # Wrap the long comparison lines so five cards fit side by side in any language.
        for label in (self._caption, self._trend, self._target):
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(3)
        layout.addWidget(self._caption)
        layout.addWidget(self._value)
        layout.addWidget(self._trend)
        layout.addWidget(self._target)
        layout.addStretch(1)
        self.kpi: Kpi | None = None
        self._warn = False

    def show_kpi(self, kpi: Kpi, compare_last_year: bool, currency: str) -> None:
        self.kpi = kpi
        self._value.setText(format_kpi(kpi.value, kpi.unit))
        other = kpi.last_year if compare_last_year else kpi.previous
        change = kpi.change_vs(other)
        vs = (
            self.tr("vs same period last year")
            if compare_last_year
            else self.tr("vs previous period")
        )
        if change is None:
            self._trend.setText(
                self.tr("%1 %2").replace("%1", format_kpi(other, kpi.unit)).replace("%2", vs)
            )
        else:
            arrow = "▲" if change > 0 else ("▼" if change < 0 else "■")
            self._trend.setText(f"{arrow} {change:+}%  {vs} ({format_kpi(other, kpi.unit)})")
        if kpi.target is None and kpi.warning is None:
            self._target.setText(self.tr("No target set"))
        else:
            self._target.setText(
                self.tr("Target %1 · warn %2")
                .replace("%1", format_target(kpi.target, kpi.unit, currency))
                .replace("%2", format_target(kpi.warning, kpi.unit, currency))
            )
        self._set_warning(kpi.status == "warning")

    def show_placeholder(self) -> None:
        """The calm state while the figures are computed: no numbers, no warning colour."""
        self.kpi = None
        self._value.setText("…")
        self._trend.setText(self.tr("Calculating…"))
        self._target.setText("")
        self._set_warning(False)

    def show_unavailable(self) -> None:
        """The computation failed: the page says why; the card just shows no figure."""
        self.kpi = None
        self._value.setText("–")
        self._trend.setText(self.tr("Not available"))
        self._target.setText("")
        self._set_warning(False)

    def is_placeholder(self) -> bool:
        return self.kpi is None

    def _set_warning(self, warn: bool) -> None:
        self._value.setProperty("warn", warn)
        self._warn = warn
        self.setStyleSheet("#statCard { border: 2px solid #d9534f; }" if warn else "")
        self._value.style().unpolish(self._value)
        self._value.style().polish(self._value)

    def is_warning(self) -> bool:
        return self._warn

    def value_text(self) -> str:
        return self._value.text()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.kpi is not None:
            self.clicked.emit(self.code)
        super().mouseReleaseEvent(event)
