"""The modules' short in-memory tables on the shell's RowsTableModel; the projects list panel."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections import namedtuple
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from models.services import Services
from models.services.clients import ClientDraft
from models.services.kpi import KpiRows
from models.services.projects_data import ProjectDraft
from models.services.risks import RiskDraft, RiskScope
from ui.clients.rows_model import RowsModel as ClientRows
from ui.clients.rows_model import make_table, selected_id
from ui.dashboard.detail import KpiRowsModel
from ui.projects.page import ProjectsPage
from ui.projects.rows import RowsModel as ProjectRows
from ui.risks.table_model import RAW_VALUE_ROLE, RiskColumn, RiskTableModel
from ui.schedule.tables import FillDelegate
from ui.schedule.tables import RowsModel as ScheduleRows
from ui.shell.actions import BackupEntry
from ui.shell.changes import DataChanges
from ui.shell.lazy_table import ROW_ID_ROLE
from ui.shell.restore_dialog import BackupTableModel

ALIGN = Qt.ItemDataRole.TextAlignmentRole
FG, BG, TIP = (
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ToolTipRole,
)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
H = Qt.Orientation.Horizontal


Milestone = namedtuple("Milestone", "id name late")


def test_project_rows_tint_late_rows_and_keep_their_headers(qtmodeltester) -> None:
    model: ProjectRows[Milestone] = ProjectRows(
        [("Milestone", lambda m: m.name), ("Id", lambda m: str(m.id))],
        lambda m: "#b3261e" if m.late else None,
    )
    model.set_rows([Milestone(1, "Brief", False), Milestone(2, "Launch", True)])
    assert model.headerData(0, H) == "Milestone" and model.headerData(0, H, ALIGN) is None
    assert [model.index(r, 0).data() for r in range(2)] == ["Brief", "Launch"]
    assert model.index(0, 1).data(FG) is None
    assert model.index(1, 1).data(FG) == QBrush(QColor("#b3261e"))  # the whole row
    assert model.row_at(1).name == "Launch"
    qtmodeltester.check(model, force_py=True)


def test_client_rows_in_the_shell_list_view(qtbot, qtmodeltester) -> None:
    model = ClientRows(("label", "satisfaction"), numeric=("satisfaction",))
    long_label = "Annual brand review with the marketing team"
    model.set_rows([(4, ["Kick-off", 5]), (9, [long_label, "3"])])
    assert model.index(0, 1).data() == "5" and model.index(0, 1).data(ALIGN) == RIGHT
    assert model.headerData(1, H, ALIGN) == RIGHT and model.headerData(0, H, ALIGN) == LEFT
    assert model.index(1, 0).data(TIP) == long_label and model.index(0, 0).data(TIP) is None
    assert model.index(0, 1).data(FG) is None  # no red: these are texts
    assert (model.row_id(1), model.text(1, "satisfaction"), model.keys()) == (
        9,
        "3",
        ("label", "satisfaction"),
    )
    qtmodeltester.check(model, force_py=True)
    parent = QWidget()
    qtbot.addWidget(parent)
    view = make_table(model, parent, stretch=0)
    assert view.objectName() == "listView" and not view.isSortingEnabled()
    assert view.verticalHeader().defaultSectionSize() == 28
    assert selected_id(view) is None
    view.selectRow(1)
    assert selected_id(view) == 9


def test_schedule_rows_colour_cells_align_numbers_and_swap_headers(qtmodeltester) -> None:
    model = ScheduleRows(["Person", "Week", "Hours"], lambda r, c: QColor("#f4b6b0") if c else None)
    model.set_rows(
        [
            (7, ["Ann", "2026-01-05", "8"], ["Ann", date(2026, 1, 5), 480]),
            ((7, 3), ["Bo", "—", "0.5"], ["Bo", None, 0.5]),
        ]
    )
    assert [model.key(r) for r in range(2)] == [7, (7, 3)]
    assert model.index(1, 0).data(ROW_ID_ROLE) == (7, 3)
    assert model.index(0, 2).data(ALIGN) == RIGHT and model.index(0, 1).data(ALIGN) is None
    assert model.index(0, 2).data(RAW_VALUE_ROLE) == 480
    assert model.index(0, 0).data(BG) is None
    assert model.index(0, 1).data(BG) == QBrush(QColor("#f4b6b0"))
    assert model.headerData(0, H) == "Person" and model.headerData(0, H, ALIGN) is None
    qtmodeltester.check(model, force_py=True)
    model.set_headers(["Person", "W1", "W2", "W3"])
    assert model.columnCount() == 4 and model.index(0, 3).data() == ""  # no such value
    qtmodeltester.check(model, force_py=True)
    assert isinstance(FillDelegate(), FillDelegate)


def test_kpi_rows_formatted_by_kind(qtmodeltester) -> None:
    rows = KpiRows(
        ("number", "amount", "done"), ("text", "int", "percent"), (("INV-1", 12000, 40),)
    )
    model = KpiRowsModel(rows)
    assert [model.index(0, c).data() for c in range(3)] == ["INV-1", "12,000", "40%"]
    assert model.index(0, 1).data(ALIGN) == RIGHT and model.index(0, 0).data(ALIGN) == LEFT
    assert model.index(0, 1).data(Qt.ItemDataRole.UserRole) == 12000
    assert model.headerData(1, H) == "Amount" and model.headerData(1, H, ALIGN) is None
    qtmodeltester.check(model, force_py=True)


def test_backups_newest_first_with_the_file_as_tooltip(qtmodeltester) -> None:
    made = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
    old = BackupEntry(Path("/b/old.sqlite3"), made, "manual", 2048)
    new = BackupEntry(Path("/b/new.sqlite3"), made + timedelta(hours=2), "pre_restore", 10)
    model = BackupTableModel([old, new])
    assert model.entry(0) == new and model.index(1, 0).data(Qt.ItemDataRole.UserRole) == old
    assert model.index(0, 1).data() == "Before a restore"
    assert model.index(1, 2).data(ALIGN) == RIGHT and model.index(1, 2).data(TIP) == str(old.path)
    assert model.headerData(0, H) == "Made at"
    qtmodeltester.check(model, force_py=True)


def test_risk_rows_grey_when_closed_and_score_coloured(qtmodeltester, studio: Services) -> None:
    studio.risks.create(RiskDraft(title="Key designer leaves", probability=4, impact=5))
    closed = studio.risks.create(RiskDraft(title="Late assets", probability=1, impact=2))
    studio.risks.close(closed.id)
    model = RiskTableModel()
    model.set_rows(studio.risks.list(RiskScope(None, False, True)))
    row = {model.record(r).title: r for r in range(model.rowCount())}
    high, done = row["Key designer leaves"], row["Late assets"]
    assert model.index(high, RiskColumn.PROJECT).data() == "Studio"
    assert model.index(high, RiskColumn.SCORE).data() == "20"
    assert model.index(high, RiskColumn.SCORE).data(BG) == QBrush(QColor("#d9534f"))
    assert model.index(high, RiskColumn.SCORE).data(ALIGN) == RIGHT
    assert model.index(high, RiskColumn.TITLE).data(FG) is None
    assert model.index(done, RiskColumn.TITLE).data(FG) == QBrush(QColor(Qt.GlobalColor.gray))
    assert model.index(done, RiskColumn.STATUS).data(RAW_VALUE_ROLE) == "closed"
    assert model.headerData(RiskColumn.EXPECTED, H) == "Expected cost"
    qtmodeltester.check(model, force_py=True)


def test_projects_page_filters_counts_and_keeps_the_selection(qtbot, studio: Services) -> None:
    cid = studio.clients.create(ClientDraft("Lumen Studio"))
    ids = [
        studio.projects.create(ProjectDraft(name, cid, start_on=date(2026, 3, 2)))
        for name in ("Tea menu", "Tea shop website", "Packaging")
    ]
    changes = DataChanges()
    page = ProjectsPage(studio, changes)
    qtbot.addWidget(page)
    assert page.list._count.text() == "3 projects"
    assert page.search_field().placeholderText() == "Search code, name or client…"
    page.select_project(ids[1])
    assert page.selected_id() == ids[1] and page.detail.project().id == ids[1]
    page.search_field().setText("tea")
    page.list.apply_filter()  # what the search box's timer does
    assert page.model.total() == 2 and page.list._count.text() == "2 projects"
    assert page.selected_id() == ids[1]  # still listed, still selected
    studio.projects.create(ProjectDraft("Tea tasting", cid, start_on=date(2026, 3, 2)))
    changes.announce({"projects"})
    assert page.list._count.text() == "3 projects" and page.selected_id() == ids[1]
    page.list.archived.setChecked(True)
    page.list.stage.setCurrentIndex(page.list.stage.findData("delivery"))  # matches none
    assert page.model.total() == 0 and page.list._count.text() == "0 projects"
    assert page.list._stack.currentWidget() is page.view  # the bare table, as always
    assert page.detail.project().id == ids[1]  # the detail keeps the last project shown
