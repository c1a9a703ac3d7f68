"""Invoices and payments in a foreign currency, with hand-checked figures in the base currency.

The small world: a CNY studio; a USD project with 10 h of labour at 200.00 CNY/h (2,000.00)
and a 500.00 CNY expense (cost 2,500.00); one USD invoice of 1,000.00 at 7.1 (issued
2026-03-01, due 2026-03-31); a partial payment of 400.00 USD at 7.2 on 2026-03-20.

Rule (models/services/fx.py): revenue and receivables at the invoice's rate, cash at the
payment's rate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from models.entities import (
    Client,
    Expense,
    ExpenseCategory,
    Invoice,
    Person,
    PersonRate,
    Project,
    TimeEntry,
)
from models.enums import InvoiceKind
from models.errors import ValidationError
from models.money import Money
from models.services import Services
from models.services.invoicing import InvoiceDraft, LineDraft
from models.services.invoicing_reports import Basis, Figure
from models.services.kpi_period import Period
from models.text import search_key


@dataclass(frozen=True)
class World:
    client_id: int
    project_id: int


def make_world(factory: sessionmaker[Session]) -> World:
    with factory.begin() as s:
        client = Client(name="Harbour Labs", name_key=search_key("Harbour Labs"))
        s.add(client)
        s.flush()
        project = Project(code="US-1", name="Export site", client_id=client.id, currency="USD")
        ana = Person(name="Ana")
        cat = ExpenseCategory(name="Printing")
        s.add_all([project, ana, cat])
        s.flush()
        s.add(
            PersonRate(
                person_id=ana.id,
                valid_from=date(2026, 1, 1),
                cost_rate_minor=20000,
                bill_rate_minor=50000,
                currency="CNY",
            )
        )
        s.add(
            TimeEntry(
                person_id=ana.id, project_id=project.id, work_date=date(2026, 3, 2), minutes=600
            )
        )
        s.add(
            Expense(
                spent_on=date(2026, 3, 3),
                vendor="Print Co",
                category_id=cat.id,
                project_id=project.id,
                amount_minor=50000,
                currency="CNY",
                base_amount_minor=50000,
            )
        )
        return World(client.id, project.id)


def _draft(w: World, rate: str | None, currency: str = "USD") -> InvoiceDraft:
    return InvoiceDraft(
        InvoiceKind.FINAL,
        w.client_id,
        date(2026, 3, 1),
        date(2026, 3, 31),
        currency,
        (LineDraft("Website", Decimal(1), 100000),),
        project_id=w.project_id,
        fx_rate=rate,
    )


@pytest.fixture
def world(studio: Services, session_factory: sessionmaker[Session]) -> World:
    return make_world(session_factory)


@pytest.fixture
def paid(studio: Services, world: World) -> int:
    inv = studio.invoices.create(_draft(world, "7.1"))
    studio.invoices.send(inv.id)
    studio.invoices.record_payment(
        inv.id, received_on=date(2026, 3, 20), amount_minor=40000, fx_rate=Decimal("7.2")
    )
    return inv.id


# --- the service rules --------------------------------------------------------------------
def test_a_foreign_draft_may_wait_for_its_rate_but_cannot_be_sent_without(
    studio: Services, world: World
) -> None:
    inv = studio.invoices.create(_draft(world, None))
    assert inv.fx_rate is None and inv.base_currency == "CNY"
    with pytest.raises(ValidationError) as err:
        studio.invoices.send(inv.id)
    assert err.value.field == "fx_rate"
    assert studio.invoices.get(inv.id).state.value == "draft"  # nothing changed

    updated = studio.invoices.update(inv.id, _draft(world, "7.10"))
    assert updated.fx_rate == Decimal("7.1")
    assert studio.invoices.send(inv.id).state.value == "sent"


@pytest.mark.parametrize("bad", ["0", "-7", "abc", "NaN", "7.123456789"])
def test_a_bad_rate_is_refused_beside_the_field(studio: Services, world: World, bad: str) -> None:
    with pytest.raises(ValidationError) as err:
        studio.invoices.create(_draft(world, bad))
    assert err.value.field == "fx_rate"
    assert studio.invoices.last_rate("USD") is None  # nothing was saved


def test_the_base_currency_always_has_rate_one(studio: Services, world: World) -> None:
    assert studio.invoices.create(_draft(world, None, "CNY")).fx_rate == Decimal(1)
    assert studio.invoices.create(_draft(world, "1.0", "CNY")).fx_rate == Decimal(1)
    with pytest.raises(ValidationError) as err:
        studio.invoices.create(_draft(world, "7.1", "CNY"))
    assert err.value.field == "fx_rate"


def test_a_foreign_payment_needs_its_own_rate(studio: Services, world: World) -> None:
    inv = studio.invoices.create(_draft(world, "7.1"))
    studio.invoices.send(inv.id)
    with pytest.raises(ValidationError) as err:
        studio.invoices.record_payment(inv.id, received_on=date(2026, 3, 20), amount_minor=40000)
    assert err.value.field == "fx_rate"
    assert studio.invoices.get(inv.id).payments == ()
    view = studio.invoices.record_payment(
        inv.id, received_on=date(2026, 3, 20), amount_minor=40000, fx_rate="7.2"
    )
    assert view.fx_rate == Decimal("7.1")
    assert [p.fx_rate for p in view.payments] == [Decimal("7.2")]
    assert view.outstanding_minor == 60000  # still shown in USD on the invoice itself


def test_last_rate_prefills_from_the_newest_document(studio: Services, paid: int) -> None:
    assert studio.invoices.last_rate("USD") == Decimal("7.2")  # the payment is newer
    assert studio.invoices.last_rate("CNY") == Decimal(1)
    assert studio.invoices.last_rate("EUR") is None


def test_a_missing_rate_of_an_old_invoice_can_be_filled_in_once(
    studio: Services, paid: int, session_factory: sessionmaker[Session]
) -> None:
    with session_factory.begin() as s:
        s.execute(text("UPDATE invoices SET fx_rate = NULL"))
    assert studio.invoices.set_rate(paid, "7.1").fx_rate == Decimal("7.1")
    with pytest.raises(Exception, match="already"):
        studio.invoices.set_rate(paid, "7.3")


# --- the figures, by hand ---------------------------------------------------------------------
def test_margin_of_a_usd_project_in_cny(studio: Services, world: World, paid: int) -> None:
    (row,) = studio.invoice_reports.project_margins()
    # Own currency for the project's revenue; base currency for the margin.
    assert (row.currency, row.invoiced_minor, row.received_minor) == ("USD", 100000, 40000)
    assert row.invoiced_base_minor == 710000  # 1,000.00 USD x 7.1
    assert row.received_base_minor == 284000  # 400.00 USD x 7.1 (revenue: invoice rate)
    assert row.cost_minor == 250000  # 10 h x 200.00 + 500.00
    assert row.comparable and row.missing_rates == 0
    assert row.margin_invoiced == Decimal("64.8")  # (7,100 - 2,500) / 7,100 = 64.79 %
    assert row.margin_earned == Decimal("12.0")  # (2,840 - 2,500) / 2,840 = 11.97 %

    explained = studio.invoice_reports.explain(Figure.MARGIN_INVOICED, world.project_id)
    assert explained.value == Decimal("64.8") and explained.currency == "CNY"
    assert [r.amount_minor for r in explained.rows] == [710000, 250000]


def test_studio_margin_counts_foreign_revenue_at_its_rate(studio: Services, paid: int) -> None:
    row = studio.invoice_reports.studio_margin()
    assert (row.invoiced_minor, row.received_minor) == (710000, 284000)
    assert row.margin_invoiced == Decimal("64.8")
    explained = studio.invoice_reports.explain(Figure.INVOICED)
    assert explained.value == 710000
    assert [r.amount_minor for r in explained.rows] == [710000]
    assert explained.rows[0].text == "Harbour Labs · $1,000.00 x 7.1"


def test_margin_without_a_rate_says_why(
    studio: Services, paid: int, session_factory: sessionmaker[Session]
) -> None:
    with session_factory.begin() as s:
        s.execute(text("UPDATE invoices SET fx_rate = NULL"))
    (row,) = studio.invoice_reports.project_margins()
    assert row.margin_invoiced is None and row.missing_rates == 1
    assert row.missing_currencies == ("USD",)
    studio_row = studio.invoice_reports.studio_margin()
    assert studio_row.margin_invoiced is None and studio_row.missing_rates == 1


def test_receivables_in_base_currency(studio: Services, paid: int) -> None:
    total = studio.invoice_reports.aging_total(date(2026, 4, 15))
    # 600.00 USD still owed x 7.1 = 4,260.00, 15 days past due.
    assert total.currency == "CNY" and total.buckets == (0, 426000, 0, 0, 0)
    assert total.total == 426000 and total.missing_rates == 0
    (row,) = studio.invoice_reports.aging(date(2026, 4, 15))
    assert (row.currency, row.total) == ("USD", 60000)  # the per-client row stays in USD


def test_cash_book_totals_in_base_currency(studio: Services, paid: int) -> None:
    start, end = date(2026, 3, 1), date(2026, 3, 31)
    cash = studio.invoice_reports.cash_summary_base(start, end, Basis.CASH)
    # In: 400.00 USD x 7.2 (the payment's rate) = 2,880.00; out: the 500.00 expense.
    assert cash.summary.money_in_minor == 288000 and cash.summary.money_out_minor == 50000
    assert cash.summary.closing_minor == 238000 and cash.missing_rates == 0
    accrual = studio.invoice_reports.cash_summary_base(start, end, Basis.ACCRUAL)
    assert accrual.summary.money_in_minor == 710000  # the invoice at its own rate
    assert accrual.summary.closing_minor == 660000
    # The USD book itself stays in USD.
    usd = studio.invoice_reports.cash_summary("USD", start, end)
    assert usd.money_in_minor == 40000


def test_kpis_in_base_currency(studio: Services, paid: int) -> None:
    march = Period.month(2026, 3)
    assert studio.kpi.kpi("revenue", march).value == Money(710000, "CNY")
    assert studio.kpi.kpi("receivables", march).value == Money(426000, "CNY")
    assert studio.kpi.kpi("net_cash", march).value == Money(238000, "CNY")  # 2,880 - 500
    assert studio.kpi.kpi("gross_margin", march).value == Decimal("64.8")
    board = studio.kpi.board(march, ("revenue", "receivables"))
    assert board.get("revenue").value == Money(710000, "CNY")
    assert board.get("receivables").value == Money(426000, "CNY")
    rows = studio.kpi.rows("revenue", march)
    assert [r[-1] for r in rows.rows] == [Money(710000, "CNY")]
    (month,) = studio.kpi.months(march, today=date(2026, 4, 1))
    assert month.revenue == Money(710000, "CNY")


def test_invoice_row_keeps_its_rate(
    studio: Services, paid: int, session_factory: sessionmaker[Session]
) -> None:
    with session_factory() as s:
        assert s.get(Invoice, paid).fx_rate == Decimal("7.1")  # type: ignore[union-attr]


def test_cli_records_a_foreign_payment_only_with_its_rate(tmp_path, capsys) -> None:
    from models.services import build_services
    from studio_desktop.cli import main
    from studio_desktop.db import make_engine, make_session_factory

    db = tmp_path / "studio.sqlite3"
    assert main(["--db", str(db), "init", "--name", "Harbour", "--currency", "CNY"]) == 0
    engine = make_engine(db)
    try:
        factory = make_session_factory(engine)
        sv = build_services(factory)
        inv = sv.invoices.create(_draft(make_world(factory), "7.1"))
        sv.invoices.send(inv.id)
    finally:
        engine.dispose()
    args = ["--db", str(db), "invoice", "record-payment", inv.number, "--amount", "400"]
    assert main([*args, "--on", "2026-03-20"]) != 0
    assert "exchange rate" in capsys.readouterr().err
    assert main([*args, "--on", "2026-03-20", "--rate", "7.2"]) == 0
    assert "still owed $600.00" in capsys.readouterr().out
