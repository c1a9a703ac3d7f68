"""Screenshots of the projects page, editor, gate warning and a 40-task Gantt, in EN and ZH.

Usage: xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshots_projects.py
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import shots
from shots import save

shots.bootstrap()

TODAY = date.today()


def forty_task_project(services) -> int:  # type: ignore[no-untyped-def]
    """A web project from the shipped template (18 tasks) plus 22 more: 40 tasks in all."""
    from models.enums import TaskStatus
    from models.services.projects_data import MilestoneDraft, ProjectDraft, TaskDraft

    p = services.projects
    web = next(t for t in p.templates() if t.service_type_code == "web_app_development")
    start = TODAY - timedelta(days=40)
    pid = p.create_from_template(
        web.id,
        ProjectDraft(
            "Harbour Line booking site",
            p.clients()[0].id,
            start_on=start,
            due_on=start + timedelta(days=150),
            contract_value="186000",
            deposit="55800",
            progress_from_tasks=True,
            manager_id=p.people()[0].id,
        ),
    )
    people = p.people()
    base = start + timedelta(days=45)
    extra = p.add_milestone(pid, MilestoneDraft("Extra pages live", base + timedelta(days=60)))
    for n in range(22):
        first = base + timedelta(days=(n * 3) % 55)
        p.add_task(
            pid,
            TaskDraft(
                f"Page template {n + 1}",
                phase="development",
                milestone_id=extra,
                assignee_id=people[n % len(people)].id,
                estimate_hours=8 + n % 5 * 4,
                start_on=first,
                due_on=first + timedelta(days=2 + n % 4),
                status=TaskStatus.DONE if first < TODAY - timedelta(days=5) else TaskStatus.TODO,
            ),
        )
    tasks = p.tasks(pid)
    for a, b in zip(tasks[18:-1:3], tasks[19::3], strict=False):
        p.add_dependency(a.id, b.id)
    for t in tasks[:8]:
        done = TaskDraft(t.name, t.phase, t.milestone_id, t.assignee_id, t.estimate_hours,
                         t.start_on, t.due_on, TaskStatus.DONE)  # fmt: skip
        p.update_task(t.id, done)
    for m in p.milestones(pid)[:3]:
        p.set_milestone_done(m.id, m.due_on)
    for _ in range(3):
        p.add_review_round(pid, TODAY - timedelta(days=3))
    from dataclasses import replace

    p.update(pid, replace(p.get(pid).to_draft(), team_ids=tuple(x.id for x in people[:4])))
    p.add_attachment(pid, "https://www.figma.com/file/harbour-line-booking", "Figma designs")
    p.add_attachment(pid, "/home/studio/Projects/Harbour Line/contract-signed.pdf")
    return pid


def shoot(lang: str, out: Path, tmp: Path) -> None:
    from models.enums import ProjectStage
    from models.services.projects_data import ChangeRequestDraft
    from ui.projects.page import ProjectsPage
    from ui.shell.changes import DataChanges

    services = shots.demo_services(tmp / f"projects-{lang}.sqlite3", lang)
    pid = forty_task_project(services)
    cr = services.projects.add_change_request(
        pid, ChangeRequestDraft("Online payment module", extra_fee="24000", extra_days=12)
    )
    services.projects.decide_change_request(cr, True)
    services.projects.add_change_request(pid, ChangeRequestDraft("Dark mode", extra_fee="6000"))
    for stage in list(ProjectStage)[1:4]:
        services.projects.move_stage(pid, stage, reason="Demo", override=True)
    page = ProjectsPage(services, DataChanges())
    page.resize(1560, 980)
    page.show()
    page.model.refresh()
    page.select_project(pid)
    folder = out / lang
    save(page, folder / "projects-page.png")
    page.detail.tabs.setCurrentIndex(5)
    save(page.detail, folder / "projects-history.png")
    page.detail.tabs.setCurrentIndex(3)
    save(page.detail, folder / "projects-changes.png")
    page.detail.tabs.setCurrentIndex(4)
    save(page.detail, folder / "projects-reviews.png")
    page.detail.tabs.setCurrentIndex(0)

    # The whole chart as the PNG export writes it (all 40 tasks, not just what fits).
    gantt = page.detail.gantt
    gantt.save_png(folder / "projects-gantt-week.png")
    gantt.set_zoom("month")
    gantt.save_png(folder / "projects-gantt-month.png")
    gantt.save_pdf(folder / "projects-gantt.pdf", "Gantt")
    print(f"saved {folder}/projects-gantt-*.png and .pdf")

    editor = page.open_new()
    editor.name.setText("")
    editor.save_button.click()
    editor.adjustSize()
    save(editor, folder / "projects-editor.png")
    editor.close()

    edit = page.open_edit()
    if edit is not None:
        edit.adjustSize()
        save(edit, folder / "projects-editor-team.png")
        edit.close()

    detail = page.detail
    detail.tabs.setCurrentWidget(detail.attachments)
    detail.attachments.target.setText("brief.docx")
    detail.attachments.add_button.click()  # a relative path: the message beside the field
    save(detail, folder / "projects-attachments.png")
    detail.attachments.target.clear()

    tasks = services.projects.tasks(pid)
    detail.tabs.setCurrentIndex(1)
    save(detail, folder / "projects-milestones.png")
    detail.tabs.setCurrentIndex(2)
    detail.task_view.selectRow(1)
    save(detail, folder / "projects-tasks.png")
    task_editor = detail.tasks_tab.edit_selected()
    if task_editor is not None:
        task_editor.predecessors.set_checked(tasks[5].id)  # downstream of task 2: a loop
        task_editor.save_button.click()
        task_editor.adjustSize()
        save(task_editor, folder / "projects-task-editor.png")
        task_editor.close()
    milestone_editor = detail.milestones_tab.open_editor(services.projects.milestones(pid)[3])
    if milestone_editor is not None:
        milestone_editor.adjustSize()
        save(milestone_editor, folder / "projects-milestone-editor.png")
        milestone_editor.close()
    detail.tabs.setCurrentIndex(0)

    page.detail.request_move(ProjectStage.DEVELOPMENT.value)
    dialog = page.detail.gate_dialog
    if dialog is not None:
        dialog.override_button.click()  # no reason: shows the message beside the field
        dialog.adjustSize()
        save(dialog, folder / "projects-gate.png")
        dialog.close()
    page.close()


def main() -> int:
    # The theme keeps its default (English) font in zh_CN too, as this script always did.
    shots.run_per_language(shoot, __doc__, theme_language="en")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
