"""pytest-qt flows of the clients page: create, contacts, follow-ups, pipeline, merge, import."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QWidget

from models.enums import DealStage
from models.services import Services
from models.services.clients import ClientDraft, ClientQuery
from models.services.crm_contacts import ContactDraft
from models.services.crm_deals import DealDraft
from models.services.exporting import read_table
from ui.clients.editor import ClientEditorDialog
from ui.clients.forms import ContactDialog, DealDialog, InteractionDialog
from ui.clients.merge import MergeDialog
from ui.clients.page import ClientsPage
from ui.clients.record import ClientRecordDialog
from ui.shell.changes import DataChanges

DATA = Path(__file__).parent / "data" / "contacts"


def type_text(widget: QWidget, text: str) -> None:
    """Type like an input method does: keyClicks with Chinese aborts Qt offscreen."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


@pytest.fixture
def page(qtbot, studio: Services) -> ClientsPage:
    p = ClientsPage(studio, DataChanges())
    qtbot.addWidget(p)
    p.show()
    return p


def _names(page: ClientsPage) -> list[str]:
    m = page.panel.model
    return [m.index(r, m.column_of("name")).data() for r in range(m.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, studio: Services, page: ClientsPage):
    for i in range(5):
        studio.clients.create(ClientDraft(f"Client {i}"))
    page.reload()
    qtmodeltester.check(page.panel.model)
    qtmodeltester.check(page.pipeline.stages)


def test_create_a_client_with_two_contacts(qtbot, studio: Services, page: ClientsPage):
    page.new_item()
    dialog = page.last_dialog
    assert isinstance(dialog, ClientEditorDialog)
    type_text(dialog.name_edit, "北京青禾文化传媒")
    type_text(dialog.tags_edit, "VIP，媒体")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: _names(page) == ["北京青禾文化传媒"], timeout=2000)
    cid = page.panel.model.row_id(0)
    record = page.open_client(cid)
    for name, phone in (("王磊", "139-1111-2222"), ("Chen Jing", "not a phone")):
        record.add_contact()
        form = record.last_dialog
        assert isinstance(form, ContactDialog)
        type_text(form.name_edit, name)
        type_text(form.phone_edit, phone)
        form.save_button.click()
        if phone == "not a phone":
            assert form.field_error("phone")  # shown beside the field, nothing saved
            assert form.isVisible()
            form.phone_edit.clear()
            type_text(form.phone_edit, "+86 21 5555 0000")
            form.save_button.click()
        assert not form.isVisible()
    names = [record.contacts.text(r, "name") for r in range(record.contacts.rowCount())]
    assert names == ["王磊", "Chen Jing"]
    assert record.contacts.text(0, "primary") == "★"
    assert studio.clients.get(cid).tags == ("VIP", "媒体")
    # Searching the list by a contact's phone finds the client.
    type_text(page.search_field(), "5555")
    qtbot.waitUntil(lambda: page.panel.model.total() == 1, timeout=2000)


def test_near_duplicate_asks_before_creating(qtbot, studio: Services, page: ClientsPage):
    studio.clients.create(ClientDraft("Lumen Tea House"))
    page.new_item()
    dialog = page.last_dialog
    assert isinstance(dialog, ClientEditorDialog)
    asked: list[str] = []
    dialog.ask_duplicate = lambda name, existing: asked.append(existing[0][1]) or False
    type_text(dialog.name_edit, "ＬＵＭＥＮ tea  house")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert asked == ["Lumen Tea House"] and dialog.isVisible()
    assert studio.clients.count(ClientQuery()) == 1


def test_follow_up_appears_in_today_and_done_logs(qtbot, studio: Services, page: ClientsPage):
    cid = studio.clients.create(ClientDraft("Lumen Tea House"))
    record = page.open_client(cid)
    record.log_interaction()
    form = record.last_dialog
    assert isinstance(form, InteractionDialog)
    form.save_button.click()
    assert form.field_error("summary")  # blank summary refused
    type_text(form.summary_edit, "电话沟通项目需求")
    type_text(form.next_step_edit, "Send the quote")
    form.set_follow_up(date.today())
    form.save_button.click()
    assert not form.isVisible()
    assert record.interactions.rowCount() == 1
    assert page.tabs.tabText(1).endswith("(1)")
    today = page.today
    assert [i.text for i in today.items()] == ["Send the quote"]
    today.select_row(0)
    today.mark_selected_done()
    assert today.items() == []
    assert len(studio.crm.interactions.timeline(cid)) == 2


def test_archived_client_refuses_a_follow_up_beside_the_field(qtbot, studio: Services, page):
    cid = studio.clients.create(ClientDraft("Old Friend"))
    record = page.open_client(cid)
    studio.clients.archive(cid)
    record.log_interaction()
    form = record.last_dialog
    type_text(form.summary_edit, "Hello")
    form.set_follow_up(date.today() + timedelta(days=3))
    form.save_button.click()
    assert "archived" in form.field_error("follow_up_on")
    assert studio.crm.interactions.timeline(cid) == []


def test_deal_won_in_the_pipeline_creates_a_project(qtbot, studio: Services, page: ClientsPage):
    cid = studio.clients.create(ClientDraft("Harbour Ferries"))
    record = page.open_client(cid)
    record.new_deal()
    form = record.last_dialog
    assert isinstance(form, DealDialog)
    type_text(form.title_edit, "Website redesign")
    type_text(form.value_edit, "48,000.00")
    form.probability_spin.setValue(120)
    form.save_button.click()
    assert form.field_error("probability") == "Enter a probability from 0 to 100."
    form.probability_spin.setValue(60)
    form.stage_combo.setCurrentIndex(form.stage_combo.findData("proposal"))
    form.save_button.click()
    assert not form.isVisible()
    pipeline = page.pipeline
    assert "¥28,800.00" in pipeline.totals_label.text() or "28,800" in pipeline.totals_label.text()
    pipeline.show_stage(DealStage.PROPOSAL)
    pipeline.deals_view.selectRow(0)
    project_id = pipeline.move_selected(DealStage.WON)
    assert project_id is not None
    summary = studio.clients.summary(cid)
    assert [(p.name, str(p.value.amount)) for p in summary.projects] == [
        ("Website redesign", "48000.00")
    ]
    record.refresh()
    assert record.deals.text(0, "project").startswith("P-")


def test_merge_two_clients(qtbot, studio: Services, page: ClientsPage):
    keep = studio.clients.create(ClientDraft("Lumen Tea House"))
    dup = studio.clients.create(ClientDraft("Lumen Teahouse"))
    studio.crm.contacts.create(dup, ContactDraft("Li Na"))
    studio.crm.deals.create(dup, DealDraft("Menu", "100"))
    record = page.open_client(dup)
    record.merge_into()
    dialog = record.last_dialog
    assert isinstance(dialog, MergeDialog)
    dialog.choose(keep)
    assert "1 contacts" in dialog.preview_label.text()
    dialog.merge_button.click()
    assert not dialog.isVisible()
    assert [c.name for c in studio.crm.contacts.for_client(keep)] == ["Li Na"]
    assert studio.clients.get(dup).merged_into_id == keep
    qtbot.waitUntil(lambda: _names(page) == ["Lumen Tea House"], timeout=2000)


def test_import_each_format(qtbot, studio: Services, page: ClientsPage):
    # One database for all six files keeps the test fast; the counts add up file by file.
    total = 0
    for name, contacts in (
        ("google.csv", 3),
        ("outlook.csv", 2),
        ("phone_2_1.vcf", 2),
        ("contacts_3_0.vcf", 2),
        ("contacts_4_0.vcf", 1),
        ("excel_gbk.csv", 2),
    ):
        dialog = page.import_contacts(DATA / name)
        assert dialog.import_button.isEnabled(), name
        assert dialog.model.rowCount() >= contacts
        dialog.import_button.click()
        assert not dialog.isVisible()
        total += contacts
        assert studio.crm.contacts.count() == total, name
    # Li Na (vCard 3.0) joins the Lumen Tea House that the Google file created.
    assert studio.clients.count(ClientQuery()) == 11
    assert page.panel.model.total() == 11


def test_malformed_import_names_the_line_and_writes_nothing(qtbot, studio, page):
    dialog = page.import_contacts(DATA / "malformed_email.csv")
    assert dialog.error_text().startswith("Line 3:")
    assert not dialog.import_button.isEnabled()
    assert studio.clients.count(ClientQuery(include_archived=True)) == 0


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_round_trip_with_chinese(qtbot, studio, page, tmp_path: Path, fmt):
    cid = studio.clients.create(ClientDraft("北京青禾文化传媒", "Qinghe Media"))
    studio.crm.contacts.create(cid, ContactDraft("王磊", email="wl@qinghe.cn"))
    page.reload()
    out = tmp_path / f"clients.{fmt}"
    assert page.export_clients(fmt, out) == 1
    headers, rows = read_table(out)
    assert headers[:2] == ["Name", "Other name"]
    assert rows[0][:3] == ["北京青禾文化传媒", "Qinghe Media", "Lead"]
    out2 = tmp_path / f"contacts.{fmt}"
    assert page.export_contacts(fmt, out2) == 1
    _h, rows = read_table(out2)
    assert rows[0][:2] == ["王磊", "北京青禾文化传媒"]


def test_record_tabs_show_read_only_summaries(qtbot, studio: Services, page: ClientsPage):
    cid = studio.clients.create(ClientDraft("Acme"))
    record = page.open_client(cid)
    assert isinstance(record, ClientRecordDialog)
    titles = [record.tabs.tabText(i) for i in range(record.tabs.count())]
    assert titles == [
        "Profile",
        "Contacts",
        "Interactions",
        "Projects",
        "Deals",
        "Invoices && balance",
        "Attachments",
        "Satisfaction",
    ]
    assert record.balance_label.text() == "No invoices sent to this client yet."


def test_export_runs_through_the_task_runner(qtbot, studio: Services, tmp_path: Path):
    from ui.shell.tasks import InlineTaskRunner

    studio.clients.create(ClientDraft("上海织梦服饰"))
    page = ClientsPage(studio, DataChanges(), tasks=InlineTaskRunner())
    qtbot.addWidget(page)
    out = tmp_path / "clients.xlsx"
    assert page.export_clients("xlsx", out) is None  # reported later, by signal
    qtbot.waitUntil(lambda: "1" in page.status_label.text(), timeout=3000)
    assert read_table(out)[1][0][0] == "上海织梦服饰"
    assert page.export_button.isEnabled()
