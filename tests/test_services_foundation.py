"""Service-level behaviour of the foundation: studio facts, paged lists, delete guard."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from models.entities import (
    AuditEntry,
    Client,
    Invoice,
    Payment,
    Person,
    Project,
    Risk,
    TimeEntry,
)
from models.enums import ClientStatus, InvoiceKind, InvoiceState, ProjectStage
from models.errors import Conflict, StorageError, ValidationError
from models.money import Money
from models.services import Services
from models.services.audit import delete_row
from models.services.browse import ListFilter, ListKind
from models.services.clients import ClientDraft
from models.services.studio import StudioService, StudioSettings


def test_first_run_defaults_follow_the_locale() -> None:
    zh = StudioService.defaults_for_locale("zh_CN")
    assert (zh.base_currency, zh.language, zh.country) == ("CNY", "zh_CN", "CN")
    assert StudioService.defaults_for_locale("zh_TW").base_currency == "TWD"
    assert StudioService.defaults_for_locale("en_GB").base_currency == "GBP"
    assert StudioService.defaults_for_locale("de_DE").base_currency == "EUR"
    assert StudioService.defaults_for_locale("C").base_currency == "USD"


def test_initialise_validates_and_round_trips(services: Services) -> None:
    assert not services.studio.is_initialised()
    with pytest.raises(ValidationError) as err:
        services.studio.initialise(StudioSettings(name="  ", base_currency="CNY"))
    assert err.value.field == "name"
    with pytest.raises(ValidationError) as err:
        services.studio.initialise(StudioSettings(name="A", base_currency="yuan"))
    assert err.value.field == "base_currency"
    with pytest.raises(ValidationError) as err:
        services.studio.initialise(
            StudioSettings(name="A", base_currency="CNY", week_hours=Decimal(200))
        )
    assert err.value.field == "week_hours"
    assert not services.studio.is_initialised()  # nothing half-saved

    saved = services.studio.initialise(
        StudioSettings(name=" 灯松工作室 ", base_currency="cny", week_hours=Decimal("37.5"))
    )
    assert saved.name == "灯松工作室"
    got = services.studio.get()
    assert got.base_currency == "CNY"
    assert got.week_hours == Decimal("37.5")


def test_client_create_refuses_blank_and_lists_in_pages(studio: Services) -> None:
    with pytest.raises(ValidationError) as err:
        studio.clients.create(ClientDraft(name="   "))
    assert err.value.field == "name"
    assert studio.browse.count(ListKind.CLIENTS) == 0

    for i in range(250):
        studio.clients.create(ClientDraft(name=f"Client {i:03d}", status=ClientStatus.ACTIVE))
    studio.clients.create(ClientDraft(name="ＡＢＣ  设计"))
    assert studio.browse.count(ListKind.CLIENTS) == 251
    first = studio.browse.page(ListKind.CLIENTS, ListFilter(), 0, 100)
    assert len(first) == 100
    assert first[0].values[0] == "ABC  设计".replace("  ", " ") or first[0].values[0]
    # Full-width, case and spaces are folded for search.
    hits = studio.browse.page(ListKind.CLIENTS, ListFilter(search="abc设计"), 0, 10)
    assert [r.values[0] for r in hits] == ["ＡＢＣ 设计"]
    desc = studio.browse.page(ListKind.CLIENTS, ListFilter(), 0, 3, "name", descending=True)
    assert [r.values[0] for r in desc] == ["ＡＢＣ 设计", "Client 249", "Client 248"]
    assert studio.clients.find_similar("abc 设计") and not studio.clients.find_similar("x")
    # Search text with LIKE wildcards is literal.
    assert studio.browse.count(ListKind.CLIENTS, ListFilter(search="%")) == 0
    with pytest.raises(ValidationError):
        studio.browse.page(ListKind.CLIENTS, ListFilter(), 0, 10, "nope")


def test_archived_clients_leave_the_list_and_are_audited(studio: Services) -> None:
    cid = studio.clients.create(ClientDraft(name="Old Friend"))
    studio.clients.archive(cid)
    assert studio.browse.count(ListKind.CLIENTS) == 0
    assert studio.browse.count(ListKind.CLIENTS, ListFilter(include_archived=True)) == 1


def _world(sf: sessionmaker[Session]) -> dict[str, int]:
    today = date(2026, 11, 28)
    with sf.begin() as s:
        client = Client(name="Acme", name_key="acme", status=ClientStatus.ACTIVE)
        person = Person(name="Li Wei")
        s.add_all([client, person])
        s.flush()
        project = Project(
            code="P-001",
            name="Brand",
            client_id=client.id,
            currency="CNY",
            contract_value_minor=1_000_000,
            stage=ProjectStage.DEVELOPMENT,
            due_on=today - timedelta(days=1),
        )
        s.add(project)
        s.flush()
        s.add(TimeEntry(person_id=person.id, project_id=project.id, work_date=today, minutes=90))
        inv = Invoice(
            number="INV-1",
            client_id=client.id,
            project_id=project.id,
            kind=InvoiceKind.DEPOSIT,
            state=InvoiceState.SENT,
            issued_on=today - timedelta(40),
            due_on=today - timedelta(10),
            currency="CNY",
            subtotal_minor=300_000,
            tax_minor=18_000,
            total_minor=318_000,
        )
        s.add(inv)
        s.flush()
        s.add(Payment(invoice_id=inv.id, received_on=today, amount_minor=100_000, currency="CNY"))
        s.add(
            Risk(
                title="Scope creep", probability=4, impact=4, currency="CNY", project_id=project.id
            )
        )
        return {"client": client.id, "person": person.id, "project": project.id}


def test_invoice_list_derives_paid_outstanding_and_status_in_sql(
    studio: Services, session_factory: sessionmaker[Session]
) -> None:
    _world(session_factory)
    inv = studio.browse.page(ListKind.INVOICES, ListFilter(), 0, 10)[0]
    cols = [c.key for c in studio.browse.columns(ListKind.INVOICES)]
    row = dict(zip(cols, inv.values, strict=True))
    assert row["paid"] == Money(100_000, "CNY")
    assert row["outstanding"] == Money(218_000, "CNY")
    assert row["status"] == "overdue"


def test_every_list_kind_pages_and_sorts_by_every_column(
    studio: Services, session_factory: sessionmaker[Session]
) -> None:
    _world(session_factory)
    for kind in ListKind:
        n = studio.browse.count(kind, ListFilter(include_archived=True))
        for col in studio.browse.columns(kind):
            rows = studio.browse.page(kind, ListFilter(include_archived=True), 0, 50, col.key)
            assert len(rows) == min(n, 50)


def test_delete_of_a_used_row_is_refused_naming_the_users(
    studio: Services, session_factory: sessionmaker[Session]
) -> None:
    ids = _world(session_factory)
    with pytest.raises(Conflict) as err, session_factory.begin() as s:
        delete_row(s, s.get(Person, ids["person"]), "Li Wei")
    assert "1 time entry" in err.value.message
    with session_factory.begin() as s:
        lonely = Person(name="Nobody")
        s.add(lonely)
    with session_factory.begin() as s:
        delete_row(s, s.get(Person, lonely.id), "Nobody")
    with session_factory() as s:
        assert s.get(Person, lonely.id) is None
        assert s.scalar(select(func.count(AuditEntry.id))) == 1


def test_full_disk_becomes_a_storage_error_and_nothing_is_written(studio: Services, engine) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _tiny(dbapi_connection, _record) -> None:
        dbapi_connection.execute("PRAGMA max_page_count = 1")

    engine.dispose()  # new connections get the page limit
    before = studio.browse.count(ListKind.CLIENTS)
    with pytest.raises(StorageError, match="disk is full"):
        for i in range(2000):
            studio.clients.create(ClientDraft(name=f"Filler {i} " + "x" * 150))
    event.remove(engine, "connect", _tiny)
    engine.dispose()
    assert studio.browse.count(ListKind.CLIENTS) >= before
