"""The weekly timesheet: one person's hours per project and day, typed straight into a grid."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError
from models.services import Services
from models.services.finance_time import Timesheet, TimesheetRow, parse_hours, week_start
from ui.budget.labels import hours_text, weekday_label
from ui.shell.changes import DataChanges
from ui.shell.service_text import translate_service_message

Index = QModelIndex | QPersistentModelIndex
DAY_COLUMNS = range(1, 8)
TOTAL_COLUMN = 8


class TimesheetModel(QAbstractTableModel):
    """Rows: the week's projects, then a totals row. Day cells edit the day's total hours."""

    error_raised = Signal(str)
    saved = Signal()

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self._services = services
        self._person: int | None = None
        self._week = week_start(date.today())
        self._sheet: Timesheet | None = None
        self._rows: list[TimesheetRow] = []

    # -- loading ------------------------------------------------------------------------------
    def load(self, person_id: int | None, any_day: date) -> None:
        self.beginResetModel()
        self._person = person_id
        self._week = week_start(any_day)
        pending = [r for r in self._rows if r.total == 0]  # projects added but not yet filled
        if person_id is None:
            self._sheet, self._rows = None, []
        else:
            self._sheet = self._services.time.timesheet(person_id, self._week)
            have = {r.project_id for r in self._sheet.rows}
            self._rows = list(self._sheet.rows) + [p for p in pending if p.project_id not in have]
        self.endResetModel()

    def reload(self) -> None:
        self.load(self._person, self._week)

    def add_project(self, project_id: int, label: str) -> int:
        """A blank line for a project to type into; returns its row."""
        for i, r in enumerate(self._rows):
            if r.project_id == project_id and r.task_id is None:
                return i
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(TimesheetRow(project_id, label, None, (0,) * 7, (False,) * 7))
        self.endInsertRows()
        return row

    @property
    def week(self) -> date:
        return self._week

    def total_minutes(self) -> int:
        return sum(r.total for r in self._rows)

    # -- model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._person is None:
            return 0
        return len(self._rows) + 1  # + totals

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Project")
            if section == TOTAL_COLUMN:
                return self.tr("Total")
            day = self._week + timedelta(days=section - 1)
            return f"{weekday_label(section - 1)} {day.month}/{day.day}"
        if role == Qt.ItemDataRole.TextAlignmentRole and section:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _is_total_row(self, row: int) -> bool:
        return row == len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        total_row = self._is_total_row(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if total_row:
                if col == 0:
                    return self.tr("Total")
                if col == TOTAL_COLUMN:
                    return hours_text(self.total_minutes())
                return hours_text(sum(r.minutes[col - 1] for r in self._rows))
            r = self._rows[row]
            if col == 0:
                return r.project
            if col == TOTAL_COLUMN:
                return hours_text(r.total)
            return hours_text(r.minutes[col - 1])
        if role == Qt.ItemDataRole.UserRole:  # raw minutes for tests and sorting
            if total_row or col == 0:
                return None
            r = self._rows[row]
            return r.total if col == TOTAL_COLUMN else r.minutes[col - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (total_row or col == TOTAL_COLUMN):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if not total_row and col in DAY_COLUMNS and self._rows[row].locked[col - 1]:
                return QBrush(QColor("#eeeeee"))
            if col in (5 + 1, 6 + 1) and not total_row:
                return QBrush(QColor("#f6f8fa"))  # the weekend, shaded
        locked = not total_row and col in DAY_COLUMNS and self._rows[row].locked[col - 1]
        if role == Qt.ItemDataRole.ToolTipRole and locked:
            return self.tr("Invoiced: locked until a credit note releases it")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        row, col = index.row(), index.column()
        if self._is_total_row(row) or col not in DAY_COLUMNS or self._rows[row].locked[col - 1]:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        assert self._person is not None
        r = self._rows[index.row()]
        day = self._week + timedelta(days=index.column() - 1)
        try:
            minutes = parse_hours(str(value))
            if minutes == r.minutes[index.column() - 1]:
                return True
            self._services.time.set_day(self._person, r.project_id, day, minutes, task_id=r.task_id)
        except DomainError as exc:
            self.error_raised.emit(translate_service_message(exc.message))
            return False
        mins = list(r.minutes)
        mins[index.column() - 1] = minutes
        self._rows[index.row()] = TimesheetRow(
            r.project_id, r.project, r.task_id, tuple(mins), r.locked
        )
        last = self.index(len(self._rows), TOTAL_COLUMN)
        self.dataChanged.emit(self.index(index.row(), 1), self.index(index.row(), TOTAL_COLUMN))
        self.dataChanged.emit(self.index(len(self._rows), 1), last)
        self.saved.emit()
        return True


class TimesheetView(QTableView):
    """Type to edit; Tab moves right, Enter saves and moves down, like a spreadsheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(30)
        self.setTabKeyNavigation(True)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._move_down()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            self._move_down()
            return
        super().keyPressEvent(event)

    def _move_down(self) -> None:
        current = self.currentIndex()
        model = self.model()
        if current.isValid() and current.row() + 1 < model.rowCount() - 1:
            self.setCurrentIndex(model.index(current.row() + 1, current.column()))


class TimesheetTab(QWidget):
    def __init__(
        self, services: Services, changes: DataChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._changes = changes
        self.model = TimesheetModel(services, self)
        self.person = QComboBox(self)
        self.person.setMinimumWidth(180)
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        prev_btn = QPushButton(self.tr("‹ Previous week"), self)
        next_btn = QPushButton(self.tr("Next week ›"), self)
        today_btn = QPushButton(self.tr("This week"), self)
        prev_btn.clicked.connect(lambda: self._shift(-7))
        next_btn.clicked.connect(lambda: self._shift(7))
        today_btn.clicked.connect(lambda: self._go(date.today()))
        self.project = QComboBox(self)
        self.project.setMinimumWidth(240)
        add_btn = QPushButton(self.tr("Add project"), self)
        add_btn.clicked.connect(self._on_add_project)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Person"), self))
        top.addWidget(self.person)
        top.addSpacing(16)
        top.addWidget(prev_btn)
        top.addWidget(self.week_label)
        top.addWidget(next_btn)
        top.addWidget(today_btn)
        top.addStretch(1)
        top.addWidget(self.project)
        top.addWidget(add_btn)

        self.view = TimesheetView(self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 9):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, 104)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.hint = QLabel(
            self.tr("Type hours as 1.5 or 1:30. Tab moves right, Enter saves and moves down."),
            self,
        )
        self.hint.setObjectName("pageSubtitle")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)

        self.model.error_raised.connect(self._on_error)
        self.model.saved.connect(self._on_saved)
        self.person.currentIndexChanged.connect(lambda _i: self._go(self.model.week))
        self._day = date.today()
        self.reload_choices()

    def reload_choices(self) -> None:
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        for c in self._services.time.people():
            self.person.addItem(c.label, c.id)
        if current is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.person.blockSignals(False)
        self.project.clear()
        for c in self._services.time.projects():
            self.project.addItem(c.label, c.id)
        self._go(self._day)

    def _shift(self, days: int) -> None:
        self._go(self.model.week + timedelta(days=days))

    def _go(self, day: date) -> None:
        self._day = day
        self.error.clear()
        self.model.load(self.person.currentData(), day)
        start = self.model.week
        end = start + timedelta(days=6)
        self.week_label.setText(f"{start.isoformat()} – {end.isoformat()}")

    def _on_add_project(self) -> None:
        project_id = self.project.currentData()
        if project_id is None or self.person.currentData() is None:
            return
        label = self.project.currentText().split(" ", 1)[0]
        row = self.model.add_project(int(project_id), label)
        self.view.setCurrentIndex(self.model.index(row, 1))
        self.view.setFocus()

    def _on_error(self, message: str) -> None:
        self.error.setText(message)

    def _on_saved(self) -> None:
        self.error.clear()
        self._changes.announce({"time_entries"})
