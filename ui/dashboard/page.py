"""The dashboard: the studio's numbers today, as plain cards (no chart library on this page)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.enums import ProjectStage
from models.errors import DomainError
from models.services import Services
from models.services.overview import HIGH_RISK_SCORE, StudioOverview
from ui.shell.changes import DataChanges
from ui.shell.formatting import format_hours
from ui.shell.labels import enum_label

# The dashboard shows counts from almost every table, so it refreshes on most changes.
_WATCHED = frozenset(
    {"studio", "clients", "projects", "people", "invoices", "time_entries", "risks"}
)


class StatCard(QFrame):
    """One number with a caption and an optional hint line."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self._caption = QLabel(caption, self)
        self._caption.setObjectName("statCaption")
        self._value = QLabel("–", self)
        self._value.setObjectName("statValue")
        self._value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._hint = QLabel("", self)
        self._hint.setObjectName("statHint")
        self._hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(4)
        layout.addWidget(self._caption)
        layout.addWidget(self._value)
        layout.addWidget(self._hint)
        layout.addStretch(1)

    def set_value(self, text: str, hint: str = "", *, warn: bool = False) -> None:
        self._value.setText(text)
        self._hint.setText(hint)
        self._value.setProperty("warn", warn)
        self._value.style().unpolish(self._value)
        self._value.style().polish(self._value)

    def value_text(self) -> str:
        return self._value.text()


class StageBars(QFrame):
    """Projects per delivery stage as labelled horizontal bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        title = QLabel(self.tr("Projects by stage"), self)
        title.setObjectName("statCaption")
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(6)
        self._bars: dict[ProjectStage, tuple[QProgressBar, QLabel]] = {}
        for row, stage in enumerate(ProjectStage):
            label = QLabel(enum_label(ProjectStage, stage), self)
            bar = QProgressBar(self)
            bar.setObjectName("stageBar")
            bar.setTextVisible(False)
            bar.setFixedHeight(10)
            count = QLabel("0", self)
            count.setObjectName("stageCount")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            count.setMinimumWidth(32)
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(bar, row, 1)
            self._grid.addWidget(count, row, 2)
            self._bars[stage] = (bar, count)
        self._grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addLayout(self._grid)

    def set_counts(self, counts: dict[ProjectStage, int]) -> None:
        top = max([*counts.values(), 1])
        for stage, (bar, label) in self._bars.items():
            n = counts.get(stage, 0)
            bar.setRange(0, top)
            bar.setValue(n)
            label.setText(str(n))


class DashboardPage(QWidget):
    """Cards from services.overview, refreshed when the data behind them changes."""

    def __init__(
        self, services: Services, changes: DataChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._today = date.today
        self._dirty = False

        self._title = QLabel(self)
        self._title.setObjectName("pageTitle")
        self._subtitle = QLabel(self)
        self._subtitle.setObjectName("pageSubtitle")

        self.active_clients = StatCard(self.tr("Active clients"), self)
        self.open_projects = StatCard(self.tr("Open projects"), self)
        self.overdue_projects = StatCard(self.tr("Overdue projects"), self)
        self.receivables = StatCard(self.tr("Receivables"), self)
        self.overdue_receivables = StatCard(self.tr("Overdue receivables"), self)
        self.high_risks = StatCard(self.tr("Open high risks"), self)
        self.people = StatCard(self.tr("People"), self)
        self.hours = StatCard(self.tr("Hours this month"), self)
        self.stages = StageBars(self)

        cards = QGridLayout()
        cards.setSpacing(14)
        for i, card in enumerate(
            (
                self.active_clients,
                self.open_projects,
                self.overdue_projects,
                self.high_risks,
                self.receivables,
                self.overdue_receivables,
                self.people,
                self.hours,
            )
        ):
            cards.addWidget(card, i // 4, i % 4)
        for col in range(4):
            cards.setColumnStretch(col, 1)

        body = QWidget(self)
        body.setObjectName("pageBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(16)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self._title)
        heading.addWidget(self._subtitle)
        column.addLayout(heading)
        column.addLayout(cards)
        bottom = QHBoxLayout()
        bottom.addWidget(self.stages, 1)
        column.addLayout(bottom)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        changes.changed.connect(self._on_data_changed)
        self.reload()

    def search_field(self) -> None:
        return None

    def reload(self) -> None:
        self._dirty = False
        try:
            studio_name = self._services.studio.get().name
        except DomainError:
            studio_name = ""
        today = self._today()
        self._title.setText(studio_name or self.tr("Dashboard"))
        self._subtitle.setText(self.tr("Today is %1").replace("%1", today.isoformat()))
        self._show(self._services.overview.overview(today))

    def _show(self, o: StudioOverview) -> None:
        self.active_clients.set_value(str(o.active_clients))
        self.open_projects.set_value(str(o.open_projects))
        self.overdue_projects.set_value(
            str(o.overdue_projects),
            self.tr("past their due date") if o.overdue_projects else "",
            warn=o.overdue_projects > 0,
        )
        self.receivables.set_value(o.receivables.format(), self.tr("sent and not yet paid"))
        self.overdue_receivables.set_value(
            o.overdue_receivables.format(),
            self.tr("past the due date") if o.overdue_receivables.minor else "",
            warn=o.overdue_receivables.minor > 0,
        )
        self.high_risks.set_value(
            str(o.open_high_risks),
            self.tr("probability × impact of %1 or more").replace("%1", str(HIGH_RISK_SCORE)),
            warn=o.open_high_risks > 0,
        )
        self.people.set_value(str(o.people), self.tr("active team members"))
        self.hours.set_value(format_hours(o.hours_this_month), self.tr("logged since the 1st"))
        self.stages.set_counts(o.projects_by_stage)

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if not kinds & _WATCHED:
            return
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True  # refresh when shown rather than query for a hidden page

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()
