"""The lazy list model, the list panels and the client editor, over a real temp database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QLineEdit

from models.enums import ClientStatus
from models.money import Money
from models.services import Services
from models.services.browse import ListFilter, ListKind
from models.services.clients import ClientDraft
from ui.clients.page import ClientsPage
from ui.shell.changes import DataChanges
from ui.shell.formatting import format_value
from ui.shell.lazy_table import PAGE_SIZE, RAW_VALUE_ROLE, ROW_ID_ROLE, BrowseTableModel


def type_text(widget: QLineEdit, text: str) -> None:
    """Type like an input method does: keyClicks with Chinese aborts Qt offscreen."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


@pytest.fixture
def many_clients(studio: Services) -> Services:
    for i in range(1000):
        status = ClientStatus.ACTIVE if i % 3 == 0 else ClientStatus.LEAD
        studio.clients.create(ClientDraft(f"Client {i:04d}", status=status, industry="Design"))
    return studio


def test_lazy_model_fetches_pages_not_every_row(qtbot, qtmodeltester, many_clients: Services):
    model = BrowseTableModel(many_clients.browse, ListKind.CLIENTS)
    assert model.total() == 1000
    assert model.rowCount() == PAGE_SIZE < 1000
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() < 1000


def test_lazy_model_roles_alignment_and_enum_labels(qtbot, studio: Services):
    studio.clients.create(ClientDraft("Lumen Tea House", "流明茶馆", ClientStatus.ACTIVE))
    model = BrowseTableModel(studio.browse, ListKind.CLIENTS)
    status = model.index(0, model.column_of("status"))
    assert status.data() == "Active"  # the label, not the stored "active"
    assert status.data(RAW_VALUE_ROLE) == "active"
    assert isinstance(status.data(ROW_ID_ROLE), int)
    created = model.index(0, model.column_of("created"))
    assert len(created.data()) == 10 and created.data()[4] == "-"  # ISO date
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"


def test_money_right_aligned_and_exact() -> None:
    assert format_value(Money(123456, "CNY"), "money") == "¥1,234.56"
    assert format_value(Decimal("7.50"), "hours") == "7.5"
    assert format_value(None, "money") == ""


def test_sorting_goes_through_the_service(qtbot, studio: Services):
    for name in ("Beta", "alpha", "Gamma"):
        studio.clients.create(ClientDraft(name))
    model = BrowseTableModel(studio.browse, ListKind.CLIENTS)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.sort(model.column_of("name"), Qt.SortOrder.DescendingOrder)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == sorted(names, reverse=True)
    assert resets


def test_filter_and_refresh(qtbot, studio: Services):
    studio.clients.create(ClientDraft("Lumen Tea House"))
    studio.clients.create(ClientDraft("Harbour Ferries"))
    model = BrowseTableModel(studio.browse, ListKind.CLIENTS)
    model.set_filter(ListFilter("tea"))
    assert model.rowCount() == 1
    studio.clients.create(ClientDraft("Tea Garden"))
    model.refresh()
    assert model.rowCount() == 2


def test_search_box_is_debounced(qtbot, studio: Services):
    studio.clients.create(ClientDraft("Lumen Tea House"))
    studio.clients.create(ClientDraft("Harbour Ferries"))
    page = ClientsPage(studio, DataChanges())
    qtbot.addWidget(page)
    qtbot.keyClicks(page.search_field(), "harb")
    assert page.panel.model.rowCount() == 2  # nothing asked yet: the timer is running
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1, timeout=2000)


def test_client_editor_refuses_blank_name_then_saves(qtbot, studio: Services):
    changes = DataChanges()
    page = ClientsPage(studio, changes)
    qtbot.addWidget(page)
    page.show()
    page.new_item()
    dialog = page.last_dialog
    assert dialog is not None
    type_text(dialog.name_edit, "   ")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.field_error("name") == "Enter the client's name."
    assert dialog.isVisible()
    assert studio.browse.count(ListKind.CLIENTS, ListFilter()) == 0

    dialog.name_edit.clear()
    type_text(dialog.name_edit, "北京青禾文化传媒")
    with qtbot.waitSignal(changes.changed) as blocker:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "clients" in blocker.args[0]
    assert not dialog.isVisible()
    model = page.panel.model
    names = [model.index(r, model.column_of("name")).data() for r in range(model.rowCount())]
    assert names == ["北京青禾文化传媒"]
