"""pytest-qt flows on the dashboard: cards before charts, drill-down, a target turns a card red."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot

from models.services import Services
from models.services.kpi_period import Period
from models.services.risks import RiskDraft
from ui.dashboard.detail import KpiDetailDialog
from ui.dashboard.page import DashboardPage
from ui.shell.changes import DataChanges
from ui.shell.tasks import InlineTaskRunner

_PAGES: list[DashboardPage] = []


@pytest.fixture(autouse=True)
def _delete_pages() -> Iterator[None]:
    # Delete the pages (and their pyqtgraph scenes) now, not in a late garbage collection.
    yield
    while _PAGES:
        page = _PAGES.pop()
        page.close()
        page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _page(qtbot: QtBot, studio: Services) -> DashboardPage:
    page = DashboardPage(studio, DataChanges(), tasks=InlineTaskRunner())
    _PAGES.append(page)
    page.resize(1400, 900)
    page.show()
    return page


def test_cards_paint_before_the_charts(qtbot: QtBot, studio: Services) -> None:
    studio.risks.create(RiskDraft(title="Cash squeeze", probability=5, impact=4))
    page = _page(qtbot, studio)
    # The inline runner defers the chart work to the event loop: cards are already filled.
    assert not page.charts_ready()
    assert page.cards["high_risks"].value_text() == "1"
    assert page.cards["high_risks"].is_warning() is False  # default: warn above 3
    qtbot.waitUntil(page.charts_ready)
    assert len(page.chart_panels) == 4


def test_changing_a_target_shows_the_warning(qtbot: QtBot, studio: Services) -> None:
    studio.risks.create(RiskDraft(title="Cash squeeze", probability=5, impact=4))
    page = _page(qtbot, studio)
    qtbot.mouseClick(page.cards["high_risks"], Qt.MouseButton.LeftButton)
    dialog = page.last_dialog
    assert isinstance(dialog, KpiDetailDialog)
    assert dialog.rows_model.rowCount() == 1  # the risk it counted
    dialog.warning_edit.setText("x")
    dialog._on_save_clicked()
    assert dialog.field_error("warning")
    dialog.warning_edit.setText("0")
    with qtbot.waitSignal(dialog.target_saved):
        dialog._on_save_clicked()
    qtbot.waitUntil(lambda: page.cards["high_risks"].is_warning())
    assert "0" in page.cards["high_risks"]._target.text()


def test_period_selector_and_last_year_comparison(qtbot: QtBot, studio: Services) -> None:
    page = _page(qtbot, studio)
    page.set_period(Period.quarter(2026, 3))
    assert page.board is not None and page.board.period.label == "2026-Q3"
    assert page.board.last_year.label == "2025-Q3"
    page.last_year_check.setChecked(True)
    assert "last year" in page.cards["revenue"]._trend.text()


def test_a_chart_saves_as_png(qtbot: QtBot, studio: Services, tmp_path: Path) -> None:
    page = _page(qtbot, studio)
    qtbot.waitUntil(page.charts_ready)
    out = tmp_path / "revenue.png"
    assert page.chart_panels[0].save_png(out)
    assert out.read_bytes()[:4] == b"\x89PNG"
