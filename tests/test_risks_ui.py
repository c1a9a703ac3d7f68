"""pytest-qt flows on the risks page: edit a score (history grows), click a heat map cell."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from models.services import Services
from models.services.risks import RiskDraft, RiskScope
from ui.risks.editor import RiskEditorDialog
from ui.risks.library import RiskLibraryDialog
from ui.risks.page import RisksPage
from ui.risks.table_model import RiskTableModel
from ui.shell.changes import DataChanges


def _page(qtbot: QtBot, studio: Services) -> RisksPage:
    page = RisksPage(studio, DataChanges())
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def test_editing_a_score_grows_the_history(qtbot: QtBot, studio: Services) -> None:
    risk = studio.risks.create(RiskDraft(title="Key designer leaves", probability=2, impact=4))
    page = _page(qtbot, studio)
    assert page.model.rowCount() == 1
    dialog = page.edit_risk(risk.id)
    assert isinstance(dialog, RiskEditorDialog)
    assert dialog.history_chart.point_count() == 1
    dialog.probability_spin.setValue(4)
    dialog.impact_spin.setValue(5)
    assert dialog.score_label.text().endswith("20")
    dialog.note_edit.setText("Offer from a competitor")
    with qtbot.waitSignal(dialog.risk_saved):
        dialog._on_save_clicked()
    assert [h.score for h in studio.risks.history(risk.id)] == [8, 20]
    # The page heard the change and shows the new score.
    qtbot.waitUntil(lambda: page.model.record(0).score == 20)
    again = page.edit_risk(risk.id)
    assert again is not None and again.history_chart.point_count() == 2


def test_bad_input_is_shown_beside_the_field(qtbot: QtBot, studio: Services) -> None:
    page = _page(qtbot, studio)
    page.new_item()
    dialog = page.last_dialog
    assert isinstance(dialog, RiskEditorDialog)
    dialog.title_edit.setText("Rates fall")
    dialog.cost_edit.setText("a lot")
    dialog._on_save_clicked()
    assert dialog.field_error("cost_impact")
    assert studio.risks.list(RiskScope(include_closed=True)) == []


def test_clicking_a_heat_map_cell_lists_its_risks(qtbot: QtBot, studio: Services) -> None:
    studio.risks.create(RiskDraft(title="Cash squeeze", probability=5, impact=4))
    studio.risks.create(RiskDraft(title="Price war", probability=5, impact=4))
    studio.risks.create(RiskDraft(title="Old tech", probability=1, impact=2))
    page = _page(qtbot, studio)
    assert page.heat_map.heat_map().count(5, 4) == 2
    rect = page.heat_map.cell_rect(5, 4)
    with qtbot.waitSignal(page.heat_map.cell_clicked) as blocker:
        qtbot.mouseClick(
            page.heat_map,
            Qt.MouseButton.LeftButton,
            pos=QPoint(int(rect.center().x()), int(rect.center().y())),
        )
    assert blocker.args == [5, 4]
    titles = sorted(r.title for r in page.cell_model.records())
    assert titles == ["Cash squeeze", "Price war"]
    assert "2" in page.cell_title.text()


def test_library_picker_adds_ticked_risks(qtbot: QtBot, studio: Services) -> None:
    page = _page(qtbot, studio)
    page.open_library()
    dialog = page.last_dialog
    assert isinstance(dialog, RiskLibraryDialog)
    dialog.set_checked(0)
    dialog.set_checked(4)
    dialog.accept()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)


def test_reviews_due_banner(qtbot: QtBot, studio: Services) -> None:
    from datetime import date

    studio.risks.create(RiskDraft(title="Lease renewal", next_review_on=date(2020, 1, 1)))
    page = _page(qtbot, studio)
    assert page.reviews_label.isVisible()
    assert "Lease renewal" in page.reviews_label.text()


def test_table_model_passes_the_model_tester(qtmodeltester, studio: Services) -> None:  # type: ignore[no-untyped-def]
    studio.risks.create(RiskDraft(title="A", probability=5, impact=5))
    model = RiskTableModel()
    model.set_rows(studio.risks.list())
    qtmodeltester.check(model)
