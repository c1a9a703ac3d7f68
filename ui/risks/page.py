"""The risks page: the register (studio or one project), a clickable heat map, reviews due."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError
from models.services import Services
from models.services.risks import RiskScope
from ui.risks.editor import RiskEditorDialog
from ui.risks.heatmap import HeatMapWidget
from ui.risks.library import RiskLibraryDialog
from ui.risks.table_model import RAW_VALUE_ROLE, RiskColumn, RiskTableModel
from ui.shell.changes import DataChanges
from ui.shell.messages import show_error

_WATCHED = frozenset({"risks", "projects", "people"})
_ALL = -1
_STUDIO = -2


class RisksPage(QWidget):
    def __init__(
        self, services: Services, changes: DataChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._changes = changes
        self._today = date.today
        self._dirty = False
        self.last_dialog: QWidget | None = None

        title = QLabel(self.tr("Risks"), self)
        title.setObjectName("pageTitle")
        subtitle = QLabel(
            self.tr(
                "Score = probability × impact (1–5 each). Expected cost = probability ÷ 5 × "
                "cost impact."
            ),
            self,
        )
        subtitle.setObjectName("pageSubtitle")
        self.scope_combo = QComboBox(self)
        self.scope_combo.setMinimumWidth(260)
        self.closed_check = QCheckBox(self.tr("Show closed"), self)
        self.new_button = QPushButton(self.tr("New risk…"), self)
        self.library_button = QPushButton(self.tr("From library…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Register"), self))
        bar.addWidget(self.scope_combo)
        bar.addWidget(self.closed_check)
        bar.addStretch(1)
        bar.addWidget(self.library_button)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)

        self.reviews_label = QLabel(self)
        self.reviews_label.setObjectName("reviewBanner")
        self.reviews_label.setWordWrap(True)
        self.reviews_label.setStyleSheet(
            "background:#fff4d6; border:1px solid #f0c36d; border-radius:4px; padding:6px;"
        )
        self.contingency_label = QLabel(self)

        self.model = RiskTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RAW_VALUE_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RiskColumn.SCORE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(RiskColumn.TITLE, 300)
        self.table.doubleClicked.connect(self._on_row_activated)

        self.heat_map = HeatMapWidget(self)
        self.cell_title = QLabel(self.tr("Click a cell to list its risks."), self)
        self.cell_model = RiskTableModel(self)
        self.cell_table = QTableView(self)
        self.cell_table.setModel(self.cell_model)
        self.cell_table.verticalHeader().hide()
        for col in RiskColumn:
            if col not in (RiskColumn.TITLE, RiskColumn.PROJECT, RiskColumn.SCORE):
                self.cell_table.hideColumn(col)
        self.cell_table.horizontalHeader().setSectionResizeMode(
            RiskColumn.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.cell_table.doubleClicked.connect(self._on_cell_row_activated)
        self.heat_map.cell_clicked.connect(self._on_cell_clicked)

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Heat map"), right)
        heading.setObjectName("statCaption")
        rl.addWidget(heading)
        rl.addWidget(self.heat_map, 3)
        rl.addWidget(self.cell_title)
        rl.addWidget(self.cell_table, 2)
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(bar)
        layout.addWidget(self.reviews_label)
        layout.addWidget(self.contingency_label)
        layout.addWidget(split, 1)

        self.scope_combo.currentIndexChanged.connect(self.reload)
        self.closed_check.toggled.connect(self.reload)
        self.new_button.clicked.connect(self.new_item)
        self.library_button.clicked.connect(self.open_library)
        self.edit_button.clicked.connect(self.edit_selected)
        changes.changed.connect(self._on_data_changed)
        self._fill_scopes()
        self.reload()

    # -- shell hooks ----------------------------------------------------------------------
    def search_field(self) -> None:
        return None

    def _fill_scopes(self) -> None:
        current = self.scope_combo.currentData()
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("Whole studio (all risks)"), _ALL)
        self.scope_combo.addItem(self.tr("Studio risks only"), _STUDIO)
        try:
            for c in self._services.risks.projects():
                self.scope_combo.addItem(c.label, c.id)
        except DomainError:
            pass
        i = self.scope_combo.findData(current)
        self.scope_combo.setCurrentIndex(max(i, 0))
        self.scope_combo.blockSignals(False)

    def scope(self) -> RiskScope:
        data = self.scope_combo.currentData()
        include = self.closed_check.isChecked()
        if data == _STUDIO:
            return RiskScope(studio_only=True, include_closed=include)
        if isinstance(data, int) and data > 0:
            return RiskScope(project_id=data, include_closed=include)
        return RiskScope(include_closed=include)

    def set_scope_project(self, project_id: int | None) -> None:
        i = self.scope_combo.findData(_ALL if project_id is None else project_id)
        self.scope_combo.setCurrentIndex(max(i, 0))

    def reload(self) -> None:
        self._dirty = False
        scope = self.scope()
        try:
            self.model.set_rows(self._services.risks.list(scope))
            self.heat_map.set_map(
                self._services.risks.heat_map(RiskScope(scope.project_id, scope.studio_only, False))
            )
            due = self._services.risks.reviews_due(self._today(), scope)
            contingency = (
                self._services.risks.contingency(scope.project_id)
                if scope.project_id is not None
                else None
            )
        except DomainError as exc:
            show_error(self, exc)
            return
        if due:
            names = ", ".join(r.title for r in due[:5]) + ("…" if len(due) > 5 else "")
            self.reviews_label.setText(
                self.tr("%1 risk review(s) due: %2")
                .replace("%1", str(len(due)))
                .replace("%2", names)
            )
            self.reviews_label.show()
        else:
            self.reviews_label.hide()
        if contingency is not None:
            self.contingency_label.setText(
                self.tr(
                    "Suggested contingency for this project (Σ expected cost of open risks): %1"
                ).replace("%1", contingency.format())
            )
            self.contingency_label.show()
        else:
            self.contingency_label.hide()
        selected = self.heat_map.selected()
        if selected:
            self._on_cell_clicked(*selected)

    def reviews_due_count(self) -> int:
        return len(self._services.risks.reviews_due(self._today(), self.scope()))

    # -- actions ----------------------------------------------------------------------------
    def _project_for_new(self) -> int | None:
        scope = self.scope()
        return scope.project_id

    def new_item(self) -> None:
        dialog = RiskEditorDialog(self._services, None, self, project_id=self._project_for_new())
        self._open(dialog)

    def edit_risk(self, risk_id: int) -> RiskEditorDialog | None:
        try:
            risk = self._services.risks.get(risk_id)
        except DomainError as exc:
            show_error(self, exc)
            return None
        dialog = RiskEditorDialog(self._services, risk, self)
        self._open(dialog)
        return dialog

    def edit_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._on_row_activated(rows[0])

    def _open(self, dialog: RiskEditorDialog) -> None:
        self.last_dialog = dialog
        dialog.risk_saved.connect(lambda _id: self._changes.changed.emit(frozenset({"risks"})))
        dialog.task_created.connect(lambda _id: self._changes.changed.emit(frozenset({"tasks"})))
        dialog.open()

    def open_library(self) -> None:
        dialog = RiskLibraryDialog(self._services, self, project_id=self._project_for_new())
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self._add_from_library(dialog))
        dialog.open()

    def _add_from_library(self, dialog: RiskLibraryDialog) -> None:
        try:
            for code in dialog.chosen_codes():
                self._services.risks.add_from_library(code, dialog.language(), dialog.project_id())
        except DomainError as exc:
            show_error(self, exc)
        self._changes.changed.emit(frozenset({"risks"}))

    def _on_row_activated(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        self.edit_risk(self.model.record(source.row()).id)

    def _on_cell_row_activated(self, index: QModelIndex) -> None:
        self.edit_risk(self.cell_model.record(index.row()).id)

    def _on_cell_clicked(self, probability: int, impact: int) -> None:
        scope = self.scope()
        rows = self._services.risks.in_cell(
            probability, impact, RiskScope(scope.project_id, scope.studio_only, False)
        )
        self.cell_model.set_rows(rows)
        self.cell_title.setText(
            self.tr("Probability %1 × impact %2: %3 risk(s)")
            .replace("%1", str(probability))
            .replace("%2", str(impact))
            .replace("%3", str(len(rows)))
        )

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if not kinds & _WATCHED:
            return
        if "projects" in kinds:
            self._fill_scopes()
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()
