"""pytest-qt flows: a project from a template, every stage incl. an override, dragging the Gantt."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from models.enums import ProjectStage
from models.services import Services
from models.services.clients import ClientDraft
from models.services.people import PersonDraft
from models.services.projects_data import (
    GATE_DEPOSIT,
    DependencyLoopError,
    ProjectDraft,
    ProjectEndsError,
    TaskDraft,
)
from ui.projects.model import ProjectTableModel
from ui.projects.page import ProjectsPage
from ui.shell.changes import DataChanges

START = date(2026, 3, 2)


@pytest.fixture
def page(qtbot, studio: Services) -> ProjectsPage:
    studio.clients.create(ClientDraft("Lumen Tea House"))
    p = ProjectsPage(studio, DataChanges())
    qtbot.addWidget(p)
    p.resize(1400, 900)
    p.show()
    return p


def test_list_model_passes_the_model_tester(qtmodeltester, studio: Services) -> None:
    cid = studio.clients.create(ClientDraft("Lumen"))
    for n in range(5):
        studio.projects.create(ProjectDraft(f"P{n}", cid, start_on=START))
    model = ProjectTableModel(studio.projects, page_size=2)
    assert model.rowCount() == 2 and model.total() == 5
    model.fetchMore()
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def test_new_project_from_template(qtbot, page: ProjectsPage, studio: Services) -> None:
    editor = page.open_new()
    editor.name.setText("Tea shop website")
    editor.set_client(studio.projects.clients()[0].id)
    web = next(
        t for t in studio.projects.templates() if t.service_type_code == "web_app_development"
    )
    editor.set_template(web.id)
    # Bad input first: the end before the start is shown beside the field, nothing saved.
    editor.due.setDate(editor.start.date().addDays(-1))
    editor.save_button.click()
    assert "before the start" in editor.field_error("due_on")
    assert studio.projects.count() == 0
    editor.due.setDate(editor.start.date().addDays(120))
    editor.save_button.click()
    assert editor.result_value is not None
    assert page.model.total() == 1
    assert page.detail.project() is not None
    assert page.detail.task_model.rowCount() == 18
    assert page.detail.milestone_model.rowCount() == 8
    assert len(page.detail.gantt.bars) == 18


def test_every_stage_with_an_override(qtbot, page: ProjectsPage, studio: Services) -> None:
    cid = studio.projects.clients()[0].id
    pid = studio.projects.create(
        ProjectDraft("Brand", cid, start_on=START, due_on=START + timedelta(days=90),
                     contract_value="1000", final_paid_on=START)
    )  # fmt: skip
    page.model.refresh()
    page.select_project(pid)
    bar = page.detail.stage_bar
    for stage in list(ProjectStage)[1:]:
        bar.buttons[stage].click()
        if stage == ProjectStage.DEVELOPMENT:
            dialog = page.detail.gate_dialog
            assert dialog is not None and dialog.isVisible()
            assert [g.gate for g in dialog.check.gates] == [GATE_DEPOSIT]
            dialog.override_button.click()  # no reason yet: refused beside the field
            assert dialog.reason_field.message() != ""
            assert studio.projects.get(pid).stage == ProjectStage.REQUIREMENTS
            dialog.reason.setPlainText("Deposit promised for Friday")
            dialog.override_button.click()
            assert not dialog.isVisible()
        assert studio.projects.get(pid).stage == stage
        assert bar.buttons[stage].isChecked()
    history = studio.projects.stage_history(pid)
    assert [h.to_stage for h in history] == list(ProjectStage)
    assert page.detail.history_model.rowCount() == len(ProjectStage)
    overridden = [h for h in history if h.overridden_gates]
    assert [(h.to_stage, h.reason) for h in overridden] == [
        (ProjectStage.DEVELOPMENT, "Deposit promised for Friday")
    ]


def _mouse(widget, kind: QEvent.Type, pos: QPointF, buttons) -> None:  # type: ignore[no-untyped-def]
    event = QMouseEvent(
        kind, pos, widget.mapToGlobal(pos), Qt.MouseButton.LeftButton, buttons,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_drag_a_gantt_bar_moves_the_task(qtbot, page: ProjectsPage, studio: Services) -> None:
    cid = studio.projects.clients()[0].id
    web = next(t for t in studio.projects.templates() if t.service_type_code == "consulting")
    pid = studio.projects.create_from_template(
        web.id, ProjectDraft("Advice", cid, start_on=START, due_on=START + timedelta(days=200))
    )
    page.model.refresh()
    page.select_project(pid)
    gantt = page.detail.gantt
    task = studio.projects.tasks(pid)[3]
    bar = gantt.bars[task.id]
    left = bar.rect().left()
    gantt.centerOn(bar)
    qtbot.wait(10)
    centre = gantt.mapFromScene(bar.rect().center())
    start = QPointF(centre.x() - 2, centre.y())  # the middle of the bar: a move, not a resize
    end = QPointF(start.x() + 3 * gantt.day_width, start.y())
    viewport = gantt.viewport()
    _mouse(viewport, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    _mouse(viewport, QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton)
    _mouse(viewport, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    qtbot.waitUntil(lambda: gantt.bars[task.id] is not bar)
    moved = next(t for t in studio.projects.tasks(pid) if t.id == task.id)
    assert moved.start_on == task.start_on + timedelta(days=3)  # type: ignore[operator]
    assert moved.due_on == task.due_on + timedelta(days=3)  # type: ignore[operator]
    # The chart was redrawn from the service: the new bar sits three days to the right.
    assert gantt.bars[task.id].rect().left() == pytest.approx(left + 3 * gantt.day_width)


def test_editor_refuses_negative_fee(qtbot, page: ProjectsPage, studio: Services) -> None:
    editor = page.open_new()
    editor.name.setText("Shoot")
    editor.set_client(studio.projects.clients()[0].id)
    editor.value.setText("-10")
    buttons = editor.findChild(QDialogButtonBox)
    assert buttons is not None
    editor.save_button.click()
    assert editor.field_error("contract_value") != ""
    assert studio.projects.count() == 0


# --- the plan editors, team, attachments, Ctrl+N ------------------------------------------


def _selected_project(page: ProjectsPage, studio: Services) -> int:
    cid = studio.projects.clients()[0].id
    pid = studio.projects.create(
        ProjectDraft("Tea shop menu", cid, start_on=START, due_on=START + timedelta(days=30))
    )
    page.model.refresh()
    page.select_project(pid)
    return pid


def test_new_item_opens_the_new_project_dialog(qtbot, page: ProjectsPage) -> None:
    editor = page.new_item()
    assert editor.isVisible()
    assert editor.windowTitle() == "New project"


def test_task_editor_saves_a_task_after_another(
    qtbot, page: ProjectsPage, studio: Services
) -> None:
    pid = _selected_project(page, studio)
    sketch = studio.projects.add_task(
        pid, TaskDraft("Sketch", start_on=START, due_on=START + timedelta(days=4))
    )
    page.reload()
    editor = page.detail.tasks_tab.open_editor(None)
    assert editor is not None and editor.isVisible()
    assert editor.predecessors.texts() == ["Sketch"]
    editor.name.setText("Ink")
    editor.estimate.setText("7.5")
    editor.start.set_value(START + timedelta(days=5))
    editor.due.set_value(START + timedelta(days=8))
    editor.predecessors.set_checked(sketch)
    with qtbot.waitSignal(page._changes.changed) as announced:
        editor.save_button.click()
    assert announced.args == [frozenset({"projects"})]
    assert not editor.isVisible()
    ink = next(t for t in studio.projects.tasks(pid) if t.name == "Ink")
    assert (ink.predecessor_ids, ink.estimate_minutes) == ((sketch,), 450)
    # The Gantt was redrawn from the service: two bars, the new one after the first.
    gantt = page.detail.gantt
    assert set(gantt.bars) == {sketch, ink.id}
    assert gantt.bars[ink.id].task.predecessor_ids == (sketch,)
    assert page.detail.task_model.rowCount() == 2


def test_task_editor_refuses_a_loop_beside_the_field(
    qtbot, page: ProjectsPage, studio: Services
) -> None:
    pid = _selected_project(page, studio)
    a = studio.projects.add_task(pid, TaskDraft("Sketch"))
    b = studio.projects.add_task(pid, TaskDraft("Ink", predecessor_ids=(a,)))
    page.reload()
    page.detail.task_view.selectRow(0)
    editor = page.detail.tasks_tab.edit_selected()
    assert editor is not None and editor.name.text() == "Sketch"
    editor.predecessors.set_checked(b)
    editor.due.set_value(START + timedelta(days=31))  # past the project's end: shown first
    editor.save_button.click()
    assert editor.field_error("due_on") == "The project ends on 2026-04-01; pick an earlier date."
    editor.due.set_value(None)
    editor.save_button.click()
    assert editor.isVisible()
    assert editor.field_error("dependency") == "That would make a loop: Sketch → Ink → Sketch."
    assert editor.field_error("due_on") == ""
    assert {t.name: t.predecessor_ids for t in studio.projects.tasks(pid)} == {
        "Sketch": (),
        "Ink": (a,),
    }


def test_milestone_editor_and_delete(
    qtbot, page: ProjectsPage, studio: Services, monkeypatch
) -> None:
    pid = _selected_project(page, studio)
    editor = page.detail.milestones_tab.open_editor(None)
    assert editor is not None
    editor.name.setText("Menu approved")
    editor.due.set_value(START + timedelta(days=20))
    editor.save_button.click()
    assert [(m.name, m.due_on) for m in studio.projects.milestones(pid)] == [
        ("Menu approved", START + timedelta(days=20))
    ]
    assert page.detail.milestone_model.rowCount() == 1
    monkeypatch.setattr("ui.projects.plan_tabs.confirm", lambda *a: True)
    page.detail.milestone_view.selectRow(0)
    page.detail.milestones_tab.delete_selected()
    assert studio.projects.milestones(pid) == []
    assert page.detail.milestone_model.rowCount() == 0


def test_team_member_added_in_the_editor(qtbot, page: ProjectsPage, studio: Services) -> None:
    wang = studio.people.save(PersonDraft("Wang Fang"))
    pid = _selected_project(page, studio)
    editor = page.open_edit()
    assert editor is not None
    editor.team.set_checked(wang)
    editor.save_button.click()
    assert [c.name for c in studio.projects.get(pid).team] == ["Wang Fang"]
    assert "Team: Wang Fang" in page.detail.facts.text()


def test_url_attachment_added_opened_and_removed(
    qtbot, page: ProjectsPage, studio: Services, monkeypatch
) -> None:
    pid = _selected_project(page, studio)
    tab = page.detail.attachments
    tab.target.setText("menu.pdf")  # a relative path: refused beside the field
    tab.add_button.click()
    assert tab.fields["target"].message() != ""
    assert studio.projects.attachments(pid) == []
    tab.target.setText("https://www.figma.com/file/menu")
    tab.label.setText("Menu layouts")
    tab.add_button.click()
    assert tab.fields["target"].message() == ""
    assert tab.model.rowCount() == 1
    opened: list[str] = []
    monkeypatch.setattr(
        "ui.projects.attachments.QDesktopServices.openUrl",
        lambda url: opened.append(url.toString()),
    )
    tab.view.selectRow(0)
    tab.open_button.click()
    assert opened == ["https://www.figma.com/file/menu"]
    monkeypatch.setattr("ui.projects.attachments.confirm", lambda *a: True)
    tab.remove_button.click()
    assert studio.projects.attachments(pid) == []
    assert tab.model.rowCount() == 0


def test_errors_with_data_read_chinese_in_the_chinese_ui(qtbot) -> None:
    from ui.i18n import install_translator, remove_translators
    from ui.projects.errors import error_text

    app = QApplication.instance()
    translators = install_translator(app, "zh_CN")
    try:
        ends = error_text(ProjectEndsError("due_on", date(2026, 4, 1)))
        loop = error_text(DependencyLoopError(("草图", "上墨", "草图")))
    finally:
        remove_translators(app, translators)
    assert ends == "项目于 2026-04-01 结束，请选择更早的日期。"
    assert loop == "这样会形成循环依赖：草图 → 上墨 → 草图。"
