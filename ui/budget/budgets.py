"""Budgets: the studio grid (category x month of a fiscal year) and a project's budget lines."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.enums import BudgetLineKind
from models.errors import DomainError, ValidationError
from models.money import from_minor, to_minor
from models.services import Services
from models.services.finance_budgets import BudgetCell, BudgetLineDraft, StudioBudgetGrid
from models.services.finance_time import parse_hours
from models.text import search_key
from ui.budget.labels import category_label, compact_money, hours_text, money_text
from ui.shell.messages import show_error
from ui.shell.service_text import translate_service_message

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class StudioBudgetModel(QAbstractTableModel):
    """Rows: categories, then the total; columns: category, the 12 fiscal months, the total."""

    error_raised = Signal(str)
    saved = Signal()

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self._services = services
        self.grid: StudioBudgetGrid | None = None
        self._labels: dict[int, str] = {}

    def load(self, fiscal_year: int) -> None:
        self.beginResetModel()
        self.grid = self._services.budgets.studio_budget(fiscal_year)
        self._labels = {
            c.id: ("    " if c.parent_id else "") + category_label(c.code, c.name)
            for c in self._services.expenses.categories(include_inactive=True)
        }
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.category_ids) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 14

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.grid is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Category")
            if section == 13:
                return self.tr("Total")
            month = self.grid.months[section - 1]
            from ui.budget.variance import month_label

            return month_label(month)
        if role == Qt.ItemDataRole.TextAlignmentRole and section:
            return RIGHT
        return None

    def category_at(self, row: int) -> int | None:
        if self.grid is None or row >= len(self.grid.category_ids):
            return None
        return self.grid.category_ids[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        g = self.grid
        row, col = index.row(), index.column()
        cat = self.category_at(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return self.tr("Total") if cat is None else self._labels.get(cat, str(cat))
            if col == 13:
                value = g.total if cat is None else g.row_total(cat)
            else:
                m = g.months[col - 1]
                value = g.month_total(m) if cat is None else g.amounts.get((cat, m), 0)
            if role == Qt.ItemDataRole.EditRole:
                return str(from_minor(value, g.currency))
            return compact_money(value, g.currency) if value else ""
        if role == Qt.ItemDataRole.UserRole and col and cat is not None and col < 13:
            return g.amounts.get((cat, g.months[col - 1]), 0)
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and (cat is None or col == 13):
            return _bold()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and 1 <= index.column() <= 12 and self.category_at(index.row()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        cat = self.category_at(index.row())
        if role != Qt.ItemDataRole.EditRole or self.grid is None or cat is None:
            return False
        if not 1 <= index.column() <= 12:
            return False
        month = self.grid.months[index.column() - 1]
        try:
            minor = to_minor(str(value).strip() or "0", self.grid.currency)
            self._services.budgets.set_studio_budget(
                self.grid.fiscal_year, [BudgetCell(cat, month, minor)]
            )
        except DomainError as exc:
            self.error_raised.emit(translate_service_message(exc.message))
            return False
        self.load(self.grid.fiscal_year)
        self.saved.emit()
        return True


_KIND_LABELS = {
    BudgetLineKind.ROLE: QT_TRANSLATE_NOOP("BudgetLinesModel", "Role hours"),
    BudgetLineKind.CATEGORY: QT_TRANSLATE_NOOP("BudgetLinesModel", "Category"),
    BudgetLineKind.CONTINGENCY: QT_TRANSLATE_NOOP("BudgetLinesModel", "Contingency"),
}


class BudgetLinesModel(QAbstractTableModel):
    """Editable project budget lines; the total row is the quote."""

    COLUMNS = ("kind", "what", "hours", "rate", "amount", "description")

    def __init__(
        self, categories: list[tuple[int, str]], currency: str, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.lines: list[dict[str, Any]] = []
        self.currency = currency
        self._categories = categories

    def set_lines(self, lines: list[dict[str, Any]], currency: str) -> None:
        self.beginResetModel()
        self.lines = lines
        self.currency = currency
        self.endResetModel()

    def add(self, kind: BudgetLineKind) -> None:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(
            {"kind": kind, "category_id": None, "role": "", "minutes": 0, "rate": 0, "amount": 0,
             "description": ""}
        )  # fmt: skip
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()

    @staticmethod
    def amount_of(line: dict[str, Any]) -> int:
        if line["kind"] is BudgetLineKind.ROLE:
            from models.services.finance_budgets import _role_amount

            return _role_amount(line["minutes"], line["rate"])
        return int(line["amount"])

    def total(self) -> int:
        return sum(self.amount_of(ln) for ln in self.lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Kind"), self.tr("Role or category"), self.tr("Hours"), self.tr("Rate"),
            self.tr("Amount"), self.tr("Description"),
        )[section]  # fmt: skip

    def _category_name(self, cat: int | None) -> str:
        return next((n for i, n in self._categories if i == cat), "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if row == len(self.lines):
            if role == Qt.ItemDataRole.DisplayRole:
                if col == 0:
                    return self.tr("Total (the quote)")
                if col == 4:
                    return money_text(self.total(), self.currency)
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
                return RIGHT
            return None
        ln = self.lines[row]
        kind = ln["kind"]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            edit = role == Qt.ItemDataRole.EditRole
            if col == 0:
                return self.tr(_KIND_LABELS[kind])
            if col == 1:
                if kind is BudgetLineKind.ROLE:
                    return ln["role"]
                return (
                    self._category_name(ln["category_id"])
                    if kind is BudgetLineKind.CATEGORY
                    else ""
                )
            if col == 2:
                return hours_text(ln["minutes"]) if kind is BudgetLineKind.ROLE else ""
            if col == 3:
                if kind is not BudgetLineKind.ROLE:
                    return ""
                return (
                    str(from_minor(ln["rate"], self.currency))
                    if edit
                    else money_text(ln["rate"], self.currency)
                )
            if col == 4:
                value = self.amount_of(ln)
                return (
                    str(from_minor(value, self.currency))
                    if edit
                    else money_text(value, self.currency)
                )
            return ln["description"]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3, 4):
            return RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or index.row() == len(self.lines) or index.column() == 0:
            return base
        kind = self.lines[index.row()]["kind"]
        col = index.column()
        editable = (
            col == 5
            or (col == 1 and kind is not BudgetLineKind.CONTINGENCY)
            or (col in (2, 3) and kind is BudgetLineKind.ROLE)
            or (col == 4 and kind is not BudgetLineKind.ROLE)
        )
        return base | Qt.ItemFlag.ItemIsEditable if editable else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        ln = self.lines[index.row()]
        text = str(value).strip()
        col = index.column()
        try:
            if col == 1 and ln["kind"] is BudgetLineKind.ROLE:
                ln["role"] = text
            elif col == 1:
                key = search_key(text)
                match = [i for i, n in self._categories if search_key(n.strip()) == key]
                if not match:
                    raise ValidationError("category", "Choose a category.")
                ln["category_id"] = match[0]
            elif col == 2:
                ln["minutes"] = _parse_budget_hours(text)
            elif col == 3:
                ln["rate"] = to_minor(text or "0", self.currency, "rate")
            elif col == 4:
                ln["amount"] = to_minor(text or "0", self.currency)
            else:
                ln["description"] = text
        except DomainError:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 5))
        total = self.index(len(self.lines), 4)
        self.dataChanged.emit(total, total)
        return True

    def drafts(self) -> list[BudgetLineDraft]:
        return [
            BudgetLineDraft(
                ln["kind"],
                amount_minor=int(ln["amount"]),
                category_id=ln["category_id"],
                role=ln["role"],
                minutes=ln["minutes"] if ln["kind"] is BudgetLineKind.ROLE else None,
                rate_minor=ln["rate"] if ln["kind"] is BudgetLineKind.ROLE else None,
                description=ln["description"],
            )
            for ln in self.lines
        ]


def _parse_budget_hours(text: str) -> int:
    """Budget hours may exceed a day: parse whole hours and minutes without the 24 h cap."""
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(text.replace(",", ".") or "0") * 60
    except InvalidOperation:
        return parse_hours(text)  # raises the field error with the right message
    if value < 0 or value != value.to_integral_value():
        raise ValidationError("hours", "Enter hours to the whole minute (e.g. 1.25, not 1.001).")
    return int(value)


class BudgetsTab(QWidget):
    """The studio's yearly plan on top, a project's budget lines below."""

    def __init__(self, services: Services, changes: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._changes = changes
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(services.budgets.current_fiscal_year())
        copy_btn = QPushButton(self.tr("Copy from last year"), self)
        copy_btn.clicked.connect(self._on_copy)
        spread_btn = QPushButton(self.tr("Spread an annual amount…"), self)
        spread_btn.clicked.connect(self._on_spread)
        self.studio_error = QLabel(self)
        self.studio_error.setStyleSheet("color: #b3261e;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Studio budget, fiscal year"), self))
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(copy_btn)
        bar.addWidget(spread_btn)
        self.grid_model = StudioBudgetModel(services, self)
        self.grid_view = QTableView(self)
        self.grid_view.setModel(self.grid_model)
        self.grid_view.verticalHeader().setVisible(False)
        self.grid_view.verticalHeader().setDefaultSectionSize(28)
        self.grid_model.error_raised.connect(self.studio_error.setText)
        self.grid_model.saved.connect(self._on_studio_saved)
        self.year.valueChanged.connect(self._load_grid)

        # project budget lines
        self.project = QComboBox(self)
        self.project.setMinimumWidth(260)
        cats = [(c.id, category_label(c.code, c.name)) for c in services.expenses.categories()]
        self.lines_model = BudgetLinesModel(cats, "CNY", self)
        self.lines_view = QTableView(self)
        self.lines_view.setModel(self.lines_model)
        self.lines_view.verticalHeader().setVisible(False)
        lines_header = self.lines_view.horizontalHeader()
        for col in range(5):
            lines_header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        lines_header.setStretchLastSection(True)
        self.warn = QSpinBox(self)
        self.warn.setRange(1, 200)
        self.warn.setSuffix("%")
        self.warn.setValue(90)
        self.revision = QLabel(self)
        self.revision.setObjectName("pageSubtitle")
        self.project_error = QLabel(self)
        self.project_error.setStyleSheet("color: #b3261e;")
        add_role = QPushButton(self.tr("+ Role hours"), self)
        add_role.clicked.connect(lambda: self.lines_model.add(BudgetLineKind.ROLE))
        add_cat = QPushButton(self.tr("+ Category amount"), self)
        add_cat.clicked.connect(lambda: self.lines_model.add(BudgetLineKind.CATEGORY))
        add_cont = QPushButton(self.tr("+ Contingency"), self)
        add_cont.clicked.connect(lambda: self.lines_model.add(BudgetLineKind.CONTINGENCY))
        remove = QPushButton(self.tr("Remove line"), self)
        remove.clicked.connect(
            lambda: self.lines_model.remove(self.lines_view.currentIndex().row())
        )
        # The risk register's suggestion for the contingency line (issue 7).
        self.risk_expected = QLabel(self)
        self.risk_expected.setObjectName("riskExpected")
        self.use_risks = QPushButton(self.tr("Use as contingency"), self)
        self.use_risks.setToolTip(
            self.tr(
                "Save a new revision whose contingency line is the open risks' expected cost "
                "(probability / 5 × cost impact)"
            )
        )
        self.use_risks.clicked.connect(self._on_use_risks)
        save = QPushButton(self.tr("Save as new revision"), self)
        save.setObjectName("primaryButton")
        save.clicked.connect(self._on_save_project)
        pbar = QHBoxLayout()
        pbar.addWidget(QLabel(self.tr("Project budget"), self))
        pbar.addWidget(self.project)
        pbar.addWidget(self.revision, 1)
        lbar = QHBoxLayout()
        for b in (add_role, add_cat, add_cont, remove):
            lbar.addWidget(b)
        lbar.addStretch(1)
        lbar.addWidget(QLabel(self.tr("Warn at"), self))
        lbar.addWidget(self.warn)
        lbar.addWidget(save)
        rbar = QHBoxLayout()
        rbar.addWidget(self.risk_expected)
        rbar.addWidget(self.use_risks)
        rbar.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.grid_view, 3)
        layout.addWidget(self.studio_error)
        layout.addSpacing(8)
        layout.addLayout(pbar)
        layout.addWidget(self.lines_view, 2)
        layout.addLayout(rbar)
        layout.addLayout(lbar)
        layout.addWidget(self.project_error)
        self.project.currentIndexChanged.connect(lambda _i: self._load_project())
        changed = getattr(changes, "changed", None)
        if changed is not None:  # the risk page announces "risks": the suggestion moves
            changed.connect(self._on_data_changed)
        self.reload()

    def reload(self) -> None:
        self._load_grid()
        current = self.project.currentData()
        self.project.blockSignals(True)
        self.project.clear()
        for p in self._services.time.projects():
            self.project.addItem(p.label, p.id)
        if current is not None:
            self.project.setCurrentIndex(max(0, self.project.findData(current)))
        self.project.blockSignals(False)
        self._load_project()

    def _load_grid(self) -> None:
        self.studio_error.clear()
        self.grid_model.load(self.year.value())
        header = self.grid_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in range(1, 14):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def _load_project(self) -> None:
        self.project_error.clear()
        project_id = self.project.currentData()
        self._show_risks()
        if project_id is None:
            self.lines_model.set_lines([], "CNY")
            self.revision.clear()
            return
        budget = self._services.budgets.project_budget(int(project_id))
        if budget is None:
            self.lines_model.set_lines([], self._services.studio.get().base_currency)
            self.revision.setText(self.tr("No budget yet: add lines and save."))
            return
        self.warn.setValue(budget.warn_at_pct)
        self.lines_model.set_lines(
            [
                {"kind": ln.kind, "category_id": ln.category_id, "role": ln.role,
                 "minutes": ln.minutes or 0, "rate": ln.rate_minor or 0,
                 "amount": ln.amount_minor, "description": ln.description}
                for ln in budget.lines
            ],
            budget.currency,
        )  # fmt: skip
        self.revision.setText(
            self.tr("Revision %1 · total %2 · contract value %3")
            .replace("%1", str(budget.revision_no))
            .replace("%2", money_text(budget.total_minor, budget.currency))
            .replace("%3", money_text(budget.contract_value_minor, budget.currency))
        )

    def _on_save_project(self) -> None:
        project_id = self.project.currentData()
        if project_id is None:
            return
        self.project_error.clear()
        try:
            self._services.budgets.save_project_budget(
                int(project_id), self.lines_model.drafts(), warn_at_pct=self.warn.value()
            )
        except DomainError as exc:
            self.project_error.setText(translate_service_message(exc.message))
            return
        self._load_project()
        self._changes.announce({"budgets"})

    def _show_risks(self) -> None:
        """'Open risks' expected cost: ¥X' beside the contingency line, from the register."""
        project_id = self.project.currentData()
        if project_id is None:
            self.risk_expected.clear()
            self.use_risks.setEnabled(False)
            return
        try:
            rc = self._services.budgets.risk_contingency(int(project_id))
        except DomainError as exc:
            self.risk_expected.setText(translate_service_message(exc.message))
            self.use_risks.setEnabled(False)
            return
        text = self.tr("Open risks' expected cost: %1").replace(
            "%1", money_text(rc.expected_minor, rc.currency)
        )
        if rc.contingency_minor is None:
            text += " · " + self.tr("no contingency line yet")
        elif rc.matches:
            text += " · " + self.tr("the contingency line matches")
        else:
            text += " · " + self.tr("contingency line %1").replace(
                "%1", money_text(rc.contingency_minor, rc.currency)
            )
        self.risk_expected.setText(text)
        # Nothing to use when no open risk carries a cost, or when the line already matches.
        self.use_risks.setEnabled(rc.expected_minor > 0 and not rc.matches)

    def _on_use_risks(self) -> None:
        project_id = self.project.currentData()
        if project_id is None:
            return
        self.project_error.clear()
        try:
            self._services.budgets.use_risk_contingency(
                int(project_id),
                self.lines_model.drafts(),
                warn_at_pct=self.warn.value(),
                note=self.tr("Contingency set to the open risks' expected cost"),
            )
        except DomainError as exc:
            self.project_error.setText(translate_service_message(exc.message))
            return
        self._load_project()
        # Bring the changed line into view: it is often below the fold of a long budget.
        row = next(
            (i for i, ln in enumerate(self.lines_model.lines)
             if ln["kind"] is BudgetLineKind.CONTINGENCY),
            None,
        )  # fmt: skip
        if row is not None:
            index = self.lines_model.index(row, 4)
            self.lines_view.setCurrentIndex(index)
            self.lines_view.scrollTo(index)
        self._changes.announce({"budgets"})

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if "risks" in kinds:
            self._show_risks()

    def _on_studio_saved(self) -> None:
        self.studio_error.clear()
        self._changes.announce({"budgets"})

    def _on_copy(self) -> None:
        try:
            self._services.budgets.copy_from_last_year(self.year.value())
        except DomainError as exc:
            self.studio_error.setText(translate_service_message(exc.message))
            return
        self._load_grid()
        self._changes.announce({"budgets"})

    def _on_spread(self) -> None:
        cat = self.grid_model.category_at(self.grid_view.currentIndex().row())
        if cat is None:
            self.studio_error.setText(self.tr("Select a category row first."))
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Spread an annual amount"), self.tr("Annual amount")
        )
        if not ok:
            return
        try:
            currency = self._services.studio.get().base_currency
            self._services.budgets.spread_annual(self.year.value(), cat, to_minor(text, currency))
        except DomainError as exc:
            show_error(self, exc)
            return
        self._load_grid()
        self._changes.announce({"budgets"})
