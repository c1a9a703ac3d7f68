"""The shell's table models over Cols and the ListPanel hooks the module lists stand on."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from models.enums import ClientStatus, ProjectStage, ProjectStatus
from models.money import Money
from models.services import Services
from models.services.clients import ClientDraft
from models.services.projects_data import ProjectRow
from ui.clients.list_panel import ClientListPanel
from ui.projects.model import ProjectTableModel
from ui.shell.lazy_table import (
    RAW_VALUE_ROLE,
    RED,
    ROW_ID_ROLE,
    ROW_ROLE,
    Col,
    LazyTableModel,
    RowsTableModel,
    negative_red,
)

FG = Qt.ItemDataRole.ForegroundRole
BG = Qt.ItemDataRole.BackgroundRole
TIP = Qt.ItemDataRole.ToolTipRole


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    amount: int


class FakeSource:
    """count/page over a list, filtering by a name prefix and sorting by a key like SQL would."""

    def __init__(self, n: int) -> None:
        self.items = [Item(i, f"item {i:04d}", (-1) ** i * i) for i in range(1, n + 1)]
        self.pages: list[tuple[Any, int, int, str | None, bool]] = []

    def _match(self, flt: str | None) -> list[Item]:
        return [it for it in self.items if not flt or it.name.startswith(flt)]

    def count(self, flt: str | None) -> int:
        return len(self._match(flt))

    def page(self, flt, offset, limit, sort_key=None, descending=False):  # type: ignore[no-untyped-def]
        self.pages.append((flt, offset, limit, sort_key, descending))
        rows = self._match(flt)
        if sort_key is not None:
            rows = sorted(rows, key=lambda it: getattr(it, sort_key), reverse=descending)
        return rows[offset : offset + limit]


COLS = (
    Col("name", lambda it: it.name, tooltip=lambda it, text: f"#{it.id} {text}"),
    Col(
        "amount",
        lambda it: it.amount,
        lambda _it, v: f"{v:+d}",
        numeric=True,
        background=lambda it, _v: QColor("#eeeeee") if it.id == 2 else None,
    ),
)


def test_pages_are_fetched_on_demand_and_sorting_goes_to_the_source(qtmodeltester) -> None:
    source = FakeSource(450)
    model = LazyTableModel(source, COLS, page_size=200)
    assert (model.total(), model.rowCount()) == (450, 200)
    assert source.pages == [(None, 0, 200, None, False)]
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    assert source.pages[-1] == (None, 400, 50, None, False)  # the last page asks for 50, not 200

    model.sort(model.column_of("amount"), Qt.SortOrder.DescendingOrder)
    assert source.pages[-1] == (None, 0, 200, "amount", True)
    assert model.rowCount() == 200  # a new sort starts from the first page again
    assert [model.index(r, 1).data(RAW_VALUE_ROLE) for r in range(3)] == [450, 448, 446]
    qtmodeltester.check(model, force_py=True)


def test_col_hooks_give_text_colours_tooltips_and_the_row() -> None:
    model = LazyTableModel(FakeSource(3), COLS, header=str.upper)
    name, amount = model.index(0, 0), model.index(0, 1)
    assert (name.data(), amount.data()) == ("item 0001", "-1")
    assert amount.data(RAW_VALUE_ROLE) == -1
    assert amount.data(FG) == QBrush(RED)  # negative numbers are red unless the Col says else
    assert model.index(1, 1).data(FG) is None
    assert model.index(1, 1).data(BG) == QBrush(QColor("#eeeeee"))
    assert amount.data(BG) is None
    assert name.data(TIP) == "#1 item 0001"
    assert amount.data(TIP) is None
    assert name.data(ROW_ID_ROLE) == 1 and name.data(ROW_ROLE) == Item(1, "item 0001", -1)
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert amount.data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.headerData(0, Qt.Orientation.Horizontal) == "NAME"
    assert (
        model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == right
    )


def test_row_lookup_by_id_filter_and_forced_reload() -> None:
    source = FakeSource(450)
    model = LazyTableModel(source, COLS, page_size=200)
    assert model.row_of(3) == 2 and model.row_id(2) == 3 and model.row_at(2).name == "item 0003"
    assert model.row_of(300) == -1  # not loaded yet: the model never fetches to find a row
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_filter("item 00")
    assert (model.total(), model.filter(), len(resets)) == (99, "item 00", 1)
    model.set_filter("item 00")  # the same filter: nothing asked
    assert len(resets) == 1
    source.items.append(Item(9999, "item 0099b", 0))
    model.set_filter("item 00", force=True)
    assert model.total() == 100 and len(resets) == 2


def test_negative_red_reads_numbers_and_money() -> None:
    assert negative_red(None, -1) == RED and negative_red(None, Decimal("-0.01")) == RED
    assert negative_red(None, Money(-5, "CNY")) == RED
    assert negative_red(None, Money(5, "CNY")) is None
    assert negative_red(None, True) is None and negative_red(None, "-3") is None


def test_rows_model_in_memory_with_bold_rows(qtmodeltester) -> None:
    model = RowsTableModel(COLS, bold=lambda it: it.id == 1)
    model.set_rows([Item(1, "total", 10), Item(2, "a", -3)])
    assert model.rowCount() == 2 and model.rows()[1].name == "a"
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    qtmodeltester.check(model, force_py=True)


def _project(pid: int, status: ProjectStatus, overdue: bool) -> ProjectRow:
    return ProjectRow(
        pid, f"P-{pid}", "Site", "Lumen", "Web", None, ProjectStage.QUOTE, status, "Wang",
        date(2026, 1, 5), date(2026, 2, 1), Money(1_000_00, "CNY"), 40, overdue,
    )  # fmt: skip


class _Projects:
    rows = [
        _project(1, ProjectStatus.ON_TRACK, False),
        _project(2, ProjectStatus.OFF_TRACK, True),
    ]

    def count(self, _flt: Any) -> int:
        return len(self.rows)

    def page(self, _flt, offset, limit, sort_key=None, descending=False):  # type: ignore[no-untyped-def]
        return self.rows[offset : offset + limit]


def test_project_columns_keep_their_colours_and_texts(qtmodeltester) -> None:
    model = ProjectTableModel(_Projects())
    status, due = model.column_of("status"), model.column_of("due")
    assert model.index(0, status).data() == "On track"
    assert model.index(0, status).data(FG) == QBrush(QColor("#1e6b34"))
    assert model.index(1, status).data(BG) == QBrush(QColor("#fbe2e0"))
    assert model.index(0, due).data() == "2026-02-01"
    assert model.index(0, due).data(FG) is None and model.index(0, due).data(TIP) is None
    assert model.index(1, due).data(FG) == QBrush(RED)
    assert model.index(1, due).data(TIP) == "Overdue"
    assert model.index(0, model.column_of("contract_value")).data() == "¥1,000.00"
    assert model.index(0, model.column_of("percent_complete")).data() == "40%"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Code"
    # Project headers keep Qt's centred default, as they always had.
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) is None
    qtmodeltester.check(model, force_py=True)


def test_list_panel_keeps_the_selection_through_a_refresh(qtbot, studio: Services) -> None:
    for name in ("Alder", "Birch", "Cedar"):
        studio.clients.create(ClientDraft(name, status=ClientStatus.ACTIVE))
    panel = ClientListPanel(studio.clients)
    qtbot.addWidget(panel)
    m = panel.model
    birch = next(m.row_id(r) for r in range(3) if m.index(r, m.column_of("name")).data() == "Birch")
    assert panel.select_id(birch) and panel.selected_id() == birch
    studio.clients.create(ClientDraft("Aaron Design"))  # sorts first: Birch moves down a row
    panel.reload()
    assert panel.model.total() == 4
    assert panel.selected_id() == birch
    assert panel.view.selectionModel().selectedRows()[0].row() == m.row_of(birch)
    assert not panel.select_id(-1)


def test_client_panel_hooks_count_and_empty_state(qtbot, studio: Services) -> None:
    panel = ClientListPanel(studio.clients)
    qtbot.addWidget(panel)
    assert panel._count.text() == "0 client(s)"
    assert panel._empty.text().startswith("No clients yet")
    studio.clients.create(ClientDraft("Alder", status=ClientStatus.LEAD))
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("active"))  # filters at once
    assert panel.model.total() == 0
    assert panel._empty.text().startswith("No client matches")
    panel.status_combo.setCurrentIndex(0)
    assert panel.model.total() == 1
    assert panel._count.text() == QCoreApplication.translate(
        "ClientListPanel", "%n client(s)", "", 1
    )
