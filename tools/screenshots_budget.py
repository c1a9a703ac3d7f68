"""Screenshots of the Budget page (timesheet, lists, budgets, budget vs actuals, charts), EN + ZH.

Usage: xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshots_budget.py
"""

from __future__ import annotations

import os
import sys
from datetime import date
from functools import partial
from pathlib import Path

import shots
from shots import ROOT

shots.bootstrap()

# Eight passes of the event loop before each grab, as this script always did.
save = partial(shots.save, rounds=8)


def _busiest_person_week(services) -> tuple[int, date]:  # type: ignore[no-untyped-def]
    rows = services.time.page(0, 1)
    if not rows:
        return services.time.people()[0].id, date.today()
    return rows[0].person_id, rows[0].work_date


def _project_with_budget(services) -> int | None:  # type: ignore[no-untyped-def]
    """A budgeted project with costs, preferring one whose open risks carry a cost."""
    best: tuple[bool, int, int] | None = None
    for p in services.time.projects():
        b = services.budgets.project_budget(p.id)
        if b is None:
            continue
        actual = services.budgets.project_variance(p.id).actual_minor
        risky = services.budgets.open_risks_expected(p.id) > 0
        if actual and (best is None or (risky, actual) > best[:2]):
            best = (risky, actual, p.id)
    return best[2] if best else None


def shoot(lang: str, out: Path, tmp: Path) -> None:
    from ui.budget.page import BudgetPage
    from ui.shell.changes import DataChanges

    services = shots.demo_services(tmp / f"budget-{lang}.sqlite3", lang)
    page = BudgetPage(services, DataChanges())
    page.resize(1400, 900)
    page.show()
    folder = out / lang

    person, day = _busiest_person_week(services)
    page.timesheet.person.setCurrentIndex(page.timesheet.person.findData(person))
    page.timesheet._go(day)
    page.tabs.setCurrentWidget(page.timesheet)
    save(page, folder / "budget-timesheet.png")
    page.timesheet.view.setCurrentIndex(page.timesheet.model.index(0, 3))
    page.timesheet.model.setData(page.timesheet.model.index(0, 3), "1.001")
    save(page, folder / "budget-timesheet-error.png")

    page.tabs.setCurrentWidget(page.time_entries)
    save(page, folder / "budget-time-entries.png")
    page.tabs.setCurrentWidget(page.expenses)
    save(page, folder / "budget-expenses.png")

    dialog = page.expenses.edit(None)
    dialog.vendor.setText("Adobe")
    dialog.currency.setCurrentText("USD")
    dialog.amount.setText("59.99")
    dialog.tax.setText("80")
    dialog._on_save_clicked()
    dialog.adjustSize()
    save(dialog, folder / "budget-expense-editor-error.png")
    dialog.close()

    sample = ROOT / "tests" / "data" / "time"
    importer = page.time_entries.open_import("toggl")
    importer.path.setText(str(sample / "toggl_detailed.csv"))
    importer.show_preview()
    importer.adjustSize()
    save(importer, folder / "budget-import-preview.png")
    importer.choose("generic", str(sample / "generic_time_bad.csv"))
    importer.show_preview()
    save(importer, folder / "budget-import-error.png")
    importer.close()

    page.tabs.setCurrentWidget(page.budgets)
    project = _project_with_budget(services)
    if project is not None:
        page.budgets.project.setCurrentIndex(page.budgets.project.findData(project))
    save(page, folder / "budget-budgets.png")
    if project is not None and page.budgets.use_risks.isEnabled():
        page.budgets.use_risks.click()  # the risk register's expected cost becomes the line
        save(page, folder / "budget-risk-contingency.png")

    page.tabs.setCurrentWidget(page.variance)
    save(page, folder / "budget-variance-studio.png")
    save(page.variance.charts, folder / "budget-charts-studio.png")
    page.variance.period.setCurrentIndex(1)
    save(page, folder / "budget-variance-quarters.png")
    page.variance.period.setCurrentIndex(0)
    if project is not None:
        page.variance.select_project(project)
        save(page, folder / "budget-variance-project.png")
    save(page.variance.charts, folder / "budget-charts.png")
    page.close()


def main() -> int:
    shots.run_per_language(shoot, __doc__)
    shots.pump(1)
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 and pyqtgraph can crash while collecting at exit.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
