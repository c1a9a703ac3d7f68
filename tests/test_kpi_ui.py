"""pytest-qt flows on the dashboard: no SQL while built, placeholders then figures, then charts."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.engine import Engine

from models.errors import StorageError
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


def _page(qtbot: QtBot, studio: Services, changes: DataChanges | None = None) -> DashboardPage:
    page = DashboardPage(studio, changes or DataChanges(), tasks=InlineTaskRunner())
    _PAGES.append(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitUntil(lambda: page.board is not None)
    return page


def test_construction_runs_no_sql_and_cards_fill_after_the_task(
    qtbot: QtBot, studio: Services, engine: Engine
) -> None:
    studio.risks.create(RiskDraft(title="Cash squeeze", probability=5, impact=4))
    statements: list[str] = []

    def count(_conn, _cursor, sql, *_a) -> None:  # type: ignore[no-untyped-def]
        statements.append(sql)

    event.listen(engine, "before_cursor_execute", count)
    try:
        page = DashboardPage(studio, DataChanges(), tasks=InlineTaskRunner())
        _PAGES.append(page)
        assert statements == []  # the first page of the window paints without the database
        page.resize(1400, 900)
        page.show()
        assert statements == []  # the work starts from a zero-delay timer, after the paint
        card = page.cards["high_risks"]
        assert card.is_placeholder() and card.value_text() == "…"
        assert "Calculating" in card.trend_text()
        qtbot.waitUntil(lambda: not card.is_placeholder())
        assert statements  # now the task has run its queries
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert card.value_text() == "1"
    assert card.is_warning() is False  # default: warn above 3
    # Charts keep loading after the cards.
    qtbot.waitUntil(page.charts_ready)
    assert len(page.chart_panels) == 4


def test_a_newer_request_supersedes_an_older_one(
    qtbot: QtBot, studio: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = DashboardPage(studio, DataChanges(), tasks=InlineTaskRunner())
    _PAGES.append(page)
    asked: list[str] = []
    board = studio.kpi.board

    def spy(period: Period, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(period.label)
        return board(period, *a, **k)

    monkeypatch.setattr(studio.kpi, "board", spy)
    page.show()
    # Two period changes before the first result arrives: only the last one is computed.
    page.set_period(Period.quarter(2026, 2))
    page.set_period(Period.quarter(2026, 3))
    qtbot.waitUntil(lambda: page.board is not None)
    qtbot.wait(20)
    assert page.board is not None and page.board.period.label == "2026-Q3"
    assert asked == ["2026-Q3"]  # the older requests were cancelled before they queried


def test_an_error_shows_in_the_page(
    qtbot: QtBot, studio: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_a, **_k):  # type: ignore[no-untyped-def]
        raise StorageError("The database file is damaged.")

    monkeypatch.setattr(studio.kpi, "board", broken)
    page = DashboardPage(studio, DataChanges(), tasks=InlineTaskRunner())
    _PAGES.append(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_calculating() and page.error_label.isVisible())
    assert "damaged" in page.error_label.text()
    assert page.cards["revenue"].value_text() == "–"
    assert page.board is None


def test_a_data_change_recomputes_the_cards(qtbot: QtBot, studio: Services) -> None:
    changes = DataChanges()
    page = _page(qtbot, studio, changes)
    assert page.cards["high_risks"].value_text() == "0"
    studio.risks.create(RiskDraft(title="Cash squeeze", probability=5, impact=4))
    changes.changed.emit(frozenset({"risks"}))
    assert page.cards["high_risks"].is_placeholder()
    qtbot.waitUntil(lambda: page.cards["high_risks"].value_text() == "1")


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
    assert "0" in page.cards["high_risks"].target_text()


def test_period_selector_and_last_year_comparison(qtbot: QtBot, studio: Services) -> None:
    page = _page(qtbot, studio)
    page.set_period(Period.quarter(2026, 3))
    qtbot.waitUntil(lambda: page.board is not None)
    assert page.board.period.label == "2026-Q3"
    assert page.board.last_year.label == "2025-Q3"
    page.last_year_check.setChecked(True)
    assert "last year" in page.cards["revenue"].trend_text()


def test_a_chart_saves_as_png(qtbot: QtBot, studio: Services, tmp_path: Path) -> None:
    page = _page(qtbot, studio)
    qtbot.waitUntil(page.charts_ready)
    out = tmp_path / "revenue.png"
    assert page.chart_panels[0].save_png(out)
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_a_short_window_scrolls_the_page_instead_of_squeezing_it(
    qtbot: QtBot, studio: Services
) -> None:
    from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

    from ui.shell.tasks import TaskRunner

    # Results arrive after the first layout, as in the app: the content's minimum grows late.
    runner = TaskRunner()
    page = DashboardPage(studio, DataChanges(), tasks=runner)
    _PAGES.append(page)
    window = QWidget()  # a window far shorter than cards + charts, as the main window is
    window.setFixedSize(1100, 500)
    QVBoxLayout(window).addWidget(page)
    _PAGES.append(window)
    window.show()
    qtbot.waitUntil(page.charts_ready)
    body = page.findChild(QScrollArea).widget()

    # The content grew after the first layout (cards filled, four charts added): the page
    # is as tall as it needs and scrolls; no card is shorter than its own lines need.
    qtbot.wait(100)  # the layout requests of the last results are handled
    assert body.height() >= body.minimumSizeHint().height() > 500
    for card in page.cards.values():
        assert card.height() >= card.minimumSizeHint().height()
    runner.shutdown()
    runner.wait(5000)
