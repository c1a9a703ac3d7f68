"""Budget page flows: the keyboard timesheet, the expense editor, budget warnings, charts."""

from __future__ import annotations

from datetime import date

import pytest
from finance_fixtures import (
    db_path,  # noqa: F401  (a set-up studio copied per test)
    make_world,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from models.enums import BudgetLineKind
from models.services import Services
from models.services.finance_budgets import BudgetLineDraft
from models.services.finance_expenses import ExpenseDraft
from ui.budget.page import BudgetPage
from ui.budget.timesheet import TimesheetTab
from ui.budget.variance import OVER_BG, WARN_BG, VarianceTab
from ui.shell.changes import DataChanges


@pytest.fixture
def world(studio: Services, session_factory):  # type: ignore[no-untyped-def]
    return make_world(session_factory)


def _type(qtbot, view, text: str, key=Qt.Key.Key_Return) -> None:  # type: ignore[no-untyped-def]
    """Type like a user: each key goes to whatever has the focus (the grid, then its editor)."""

    def target():  # type: ignore[no-untyped-def]
        editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
        return editors[0] if editors else view

    for ch in text:
        qtbot.keyClick(target(), ch)
    qtbot.keyClick(target(), key)
    qtbot.wait(20)  # Qt commits an editor closed by Enter from the event loop


def test_timesheet_keyboard_entry(qtbot, qtmodeltester, studio: Services, world) -> None:
    changes = DataChanges()
    tab = TimesheetTab(studio, changes)
    qtbot.addWidget(tab)
    tab.show()
    tab.person.setCurrentIndex(tab.person.findData(world.designer))
    tab._go(date(2026, 3, 4))
    assert tab.week_label.text().startswith("2026-03-02")
    tab.project.setCurrentIndex(tab.project.findData(world.project))
    tab.project.setCurrentIndex(tab.project.findData(world.project))
    tab._on_add_project()
    view = tab.view
    assert view.currentIndex().column() == 1  # Monday of the new line
    with qtbot.waitSignal(changes.changed, timeout=2000) as blocker:
        _type(qtbot, view, "1.5", Qt.Key.Key_Tab)  # Tab saves and moves to Tuesday
    assert blocker.args == [frozenset({"time_entries"})]
    assert view.currentIndex().column() == 2
    _type(qtbot, view, "1:30", Qt.Key.Key_Tab)
    _type(qtbot, view, "abc", Qt.Key.Key_Return)  # Wednesday: refused, shown below the grid
    assert "not a number of hours" in tab.error.text()
    sheet = studio.time.timesheet(world.designer, date(2026, 3, 2))
    assert sheet.rows[0].minutes == (90, 90, 0, 0, 0, 0, 0)
    model = tab.model
    total_row = model.rowCount() - 1
    assert model.index(total_row, 8).data() == "3"
    assert model.index(0, 2).data(Qt.ItemDataRole.UserRole) == 90
    assert studio.time.labour_cost(person_id=world.designer) == (180, 36000)  # 3 h x 120.00
    qtmodeltester.check(model)


def test_timesheet_enter_moves_down(qtbot, studio: Services, world) -> None:
    tab = TimesheetTab(studio, DataChanges())
    qtbot.addWidget(tab)
    tab.show()
    tab.person.setCurrentIndex(tab.person.findData(world.designer))
    tab._go(date(2026, 3, 2))
    for project in (world.project, world.other_project):
        tab.project.setCurrentIndex(tab.project.findData(project))
        tab._on_add_project()
    tab.view.setCurrentIndex(tab.model.index(0, 3))
    _type(qtbot, tab.view, "2", Qt.Key.Key_Return)
    assert tab.view.currentIndex().row() == 1 and tab.view.currentIndex().column() == 3
    _type(qtbot, tab.view, "0.25", Qt.Key.Key_Return)
    sheet = studio.time.timesheet(world.designer, date(2026, 3, 2))
    assert [r.minutes[2] for r in sheet.rows] == [120, 15]


def test_budget_line_warning_appears_past_the_threshold(
    qtbot, qtmodeltester, studio: Services, world
) -> None:
    travel = studio.budgets.category_codes()["travel"]
    studio.budgets.save_project_budget(
        world.project,
        [BudgetLineDraft(BudgetLineKind.CATEGORY, 50000, category_id=travel)],
        warn_at_pct=80,
    )
    tab = VarianceTab(studio)
    qtbot.addWidget(tab)
    tab.select_project(world.project)
    assert tab.banner.isHidden()
    studio.expenses.create(
        ExpenseDraft(date(2026, 3, 6), travel, 41000, "CNY", project_id=world.project)
    )
    tab.refresh()  # 82% used: past 80%
    assert not tab.banner.isHidden()
    assert "Travel" in tab.banner.text()
    assert tab.model.index(0, 5).data() == "82.0%"
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color() == WARN_BG
    studio.expenses.create(
        ExpenseDraft(date(2026, 3, 7), travel, 10000, "CNY", project_id=world.project)
    )
    tab.refresh()
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color() == OVER_BG
    assert tab.model.index(0, 3).data() == "-¥10.00"
    qtmodeltester.check(tab.model)


def test_studio_threshold_is_set_by_the_user(qtbot, studio: Services, world) -> None:
    marketing = studio.budgets.category_codes()["marketing"]
    studio.budgets.spread_annual(2026, marketing, 120000)
    studio.expenses.create(
        ExpenseDraft(date(2026, 5, 1), studio.budgets.category_codes()["ads"], 110000, "CNY")
    )
    tab = VarianceTab(studio)
    qtbot.addWidget(tab)
    tab.year.setValue(2026)
    assert not tab.banner.isHidden()  # 91.7% used, default 90%
    tab.warn.setValue(95)
    tab.warn.editingFinished.emit()
    assert tab.banner.isHidden()
    assert studio.budgets.thresholds()[0] == 95


def test_expense_editor_shows_errors_beside_fields(qtbot, studio: Services, world) -> None:
    page = BudgetPage(studio, DataChanges())
    qtbot.addWidget(page)
    dialog = page.expenses.edit(None)
    dialog.amount.setText("100")
    dialog.tax.setText("120")
    dialog._on_save_clicked()
    assert dialog.fields["tax"].message()
    assert studio.expenses.count() == 0
    dialog.tax.setText("6")
    dialog.currency.setCurrentText("USD")
    dialog.fx_rate.setText("7.1234")
    dialog._on_save_clicked()
    saved = studio.expenses.page(0, 1)[0]
    assert (saved.amount_minor, saved.tax_minor, saved.base_amount_minor) == (10000, 600, 71234)


def test_page_tabs_and_charts(qtbot, studio: Services, world) -> None:
    page = BudgetPage(studio, DataChanges())
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles[:5] == ["Timesheet", "Time entries", "Expenses", "Budgets", "Budget vs actuals"]
    page.tabs.setCurrentWidget(page.variance)
    qtbot.waitUntil(lambda: page.variance.charts_layout.count() == 3, timeout=3000)
    page.variance.select_project(world.project)
    assert page.variance.charts_layout.count() == 3


def test_import_dialog_previews_then_imports(qtbot, studio: Services, world) -> None:
    from pathlib import Path

    from ui.budget.import_dialog import ImportDialog
    from ui.shell.tasks import InlineTaskRunner

    data = Path(__file__).parent / "data" / "time"
    dialog = ImportDialog(studio, InlineTaskRunner())
    qtbot.addWidget(dialog)
    dialog.choose("generic", str(data / "generic_time_bad.csv"))
    dialog.show_preview()
    assert dialog.error.text().startswith("Line 3:")
    assert not dialog.import_btn.isEnabled()
    dialog.choose("toggl", str(data / "toggl_detailed.csv"))
    dialog.show_preview()
    assert "2 time entries (2.25 hours)" in dialog.preview.text()
    assert "New people: Lin Wei" in dialog.preview.text()
    assert studio.time.count() == 0
    with qtbot.waitSignal(dialog.imported, timeout=2000) as blocker:
        dialog.import_btn.click()
    assert blocker.args == ["time_entries"]
    assert studio.time.count() == 2


def test_budget_grid_and_lines_edit(qtbot, qtmodeltester, studio: Services, world) -> None:
    from ui.budget.budgets import BudgetsTab

    tab = BudgetsTab(studio, DataChanges())
    qtbot.addWidget(tab)
    tab.year.setValue(2026)
    grid = tab.grid_model
    marketing = studio.budgets.category_codes()["marketing"]
    row = grid.grid.category_ids.index(marketing)
    assert grid.setData(grid.index(row, 3), "1,234.50")  # March (the year starts in January)
    assert studio.budgets.studio_budget(2026).amounts[(marketing, 3)] == 123450
    assert grid.index(row, 13).data() == "1,234.50"
    assert not grid.setData(grid.index(row, 3), "abc")
    qtmodeltester.check(grid)

    tab.project.setCurrentIndex(tab.project.findData(world.project))
    lines = tab.lines_model
    lines.add(BudgetLineKind.ROLE)
    assert lines.setData(lines.index(0, 1), "Designer")
    assert lines.setData(lines.index(0, 2), "12.5")
    assert lines.setData(lines.index(0, 3), "200")
    lines.add(BudgetLineKind.CONTINGENCY)
    assert lines.setData(lines.index(1, 4), "250")
    assert lines.index(2, 4).data() == "¥2,750.00"  # 12.5 h x 200.00 + 250.00
    tab._on_save_project()
    saved = studio.budgets.project_budget(world.project)
    assert saved is not None and saved.total_minor == 275000 and saved.revision_no == 1
    assert "Revision 1" in tab.revision.text()
    qtmodeltester.check(lines)
