"""The contact import runs off the GUI thread when the page has a task runner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from models.services import Services
from models.services.clients import ClientQuery
from ui.clients.page import ClientsPage
from ui.shell.changes import DataChanges
from ui.shell.tasks import InlineTaskRunner, TaskRunner

DATA = Path(__file__).parent / "data" / "contacts"


def _page(qtbot, studio: Services, tasks: TaskRunner) -> tuple[ClientsPage, DataChanges]:  # type: ignore[no-untyped-def]
    changes = DataChanges()
    page = ClientsPage(studio, changes, tasks=tasks)
    qtbot.addWidget(page)
    return page, changes


def test_preview_and_import_run_through_the_runner(qtbot, studio: Services) -> None:
    page, changes = _page(qtbot, studio, InlineTaskRunner())
    dialog = page.import_contacts(DATA / "google.csv")
    # The parse has not run yet: the dialog says so and the buttons wait.
    assert dialog.is_busy() and dialog.summary_label.text() == "Reading the file…"
    assert not dialog.import_button.isEnabled() and not dialog.browse_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=3000)
    assert not dialog.is_busy() and dialog.browse_button.isEnabled()
    assert dialog.model.rowCount() >= 3
    assert "3 new contacts" in dialog.summary_label.text()

    with qtbot.waitSignal(changes.changed, timeout=3000) as blocker:
        dialog.import_button.click()
        assert dialog.is_busy() and dialog.summary_label.text() == "Importing…"
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert not cancel.isEnabled()
        dialog.reject()  # Esc while writing: ignored, the import finishes
        assert dialog.isVisible()
    assert blocker.args == [frozenset({"clients"})]
    assert not dialog.isVisible()
    assert dialog.import_result is not None
    assert studio.crm.contacts.count() == 3


def test_malformed_file_error_beside_the_field_writes_nothing(qtbot, studio: Services) -> None:
    page, _ = _page(qtbot, studio, InlineTaskRunner())
    dialog = page.import_contacts(DATA / "malformed_email.csv")
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=3000)
    assert dialog.error_text().startswith("Line 3:")
    assert not dialog.import_button.isEnabled()
    assert dialog.summary_label.text() == ""
    assert studio.clients.count(ClientQuery(include_archived=True)) == 0


def test_only_the_latest_file_is_previewed(qtbot, studio: Services) -> None:
    page, _ = _page(qtbot, studio, InlineTaskRunner())
    dialog = page.import_contacts(DATA / "malformed_email.csv")
    dialog.load(DATA / "outlook.csv")  # chosen before the first parse answered
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=3000)
    qtbot.wait(50)  # let the stale answer arrive too: it must not overwrite the new one
    assert dialog.error_text() == ""
    assert dialog.path_edit.text().endswith("outlook.csv")
    assert "2 new contacts" in dialog.summary_label.text()


def test_import_on_a_real_worker_thread(qtbot, studio: Services) -> None:
    runner = TaskRunner()
    page, _ = _page(qtbot, studio, runner)
    dialog = page.import_contacts(DATA / "outlook.csv")
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=5000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    runner.wait(5000)
    assert studio.crm.contacts.count() == 2
