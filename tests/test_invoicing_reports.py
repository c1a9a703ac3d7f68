"""Receivables aging, cash book and explainable margins, with hand-checked numbers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import text
from test_invoicing_seed import seed

from models.enums import InvoiceKind
from models.services import Services
from models.services.invoicing import InvoiceDraft, LineDraft
from models.services.invoicing_reports import Basis, Figure


def _sent(studio: Services, client_id: int, amount: int, due: date, **kw: object) -> int:
    inv = studio.invoices.create(
        InvoiceDraft(
            InvoiceKind.OTHER,
            client_id,
            kw.pop("issued", date(2026, 1, 5)),  # type: ignore[arg-type]
            due,
            kw.pop("currency", "CNY"),  # type: ignore[arg-type]
            (LineDraft("Work", Decimal(1), amount, kw.pop("tax", 0)),),  # type: ignore[arg-type]
            project_id=kw.pop("project_id", None),  # type: ignore[arg-type]
            fx_rate=kw.pop("fx_rate", None),  # type: ignore[arg-type]
        )
    )
    studio.invoices.send(inv.id)
    return inv.id


def test_aging_buckets_by_days_past_due(studio: Services, session_factory) -> None:
    ids = seed(session_factory)
    as_of = date(2026, 6, 30)
    _sent(studio, ids.client_id, 100, date(2026, 6, 30))  # due today: not yet due
    _sent(studio, ids.client_id, 200, date(2026, 6, 10))  # 20 days late
    _sent(studio, ids.client_id, 400, date(2026, 5, 1))  # 60 days late
    _sent(studio, ids.client_id, 800, date(2026, 4, 15))  # 76 days late
    late = _sent(studio, ids.client_id, 1600, date(2026, 3, 1))  # 121 days late
    studio.invoices.record_payment(late, received_on=date(2026, 6, 1), amount_minor=600)
    # paid in full: not owed any more
    paid = _sent(studio, ids.client_id, 5000, date(2026, 3, 1))
    studio.invoices.record_payment(paid, received_on=date(2026, 3, 1), amount_minor=5000)
    # a draft and a payment after the day are not counted / still owed on the day
    studio.invoices.create(
        InvoiceDraft(
            InvoiceKind.OTHER,
            ids.other_client_id,
            date(2026, 1, 5),
            date(2026, 1, 5),
            "CNY",
            (LineDraft("x", Decimal(1), 999),),
        )
    )
    other = _sent(studio, ids.other_client_id, 3000, date(2026, 6, 20))
    studio.invoices.record_payment(other, received_on=date(2026, 7, 5), amount_minor=3000)
    rows = studio.invoice_reports.aging(as_of)
    by_client = {r.client_name: r for r in rows}
    acme = by_client["Acme 设计"]
    assert (acme.not_due, acme.d0_30, acme.d31_60, acme.d61_90, acme.d90_plus) == (
        100,
        200,
        400,
        800,
        1000,
    )
    assert acme.total == 2500 and acme.invoices == 5
    assert by_client["Blue Tea"].d0_30 == 3000  # the July payment had not come on 30 June
    assert studio.invoice_reports.aging(date(2026, 7, 31))[0].client_name == "Acme 设计"
    assert len(studio.invoice_reports.aging(date(2026, 7, 31))) == 1


def test_cash_book_running_balance_and_accrual(studio: Services, session_factory) -> None:
    ids = seed(session_factory)  # expenses: rent 1,000.00 (1 Feb), 120.50 (15 Feb), 379.50 (16 Feb)
    inv = _sent(studio, ids.client_id, 300000, date(2026, 3, 1), issued=date(2026, 2, 3))
    studio.invoices.record_payment(inv, received_on=date(2026, 2, 20), amount_minor=200000)
    studio.invoices.issue_credit_note(
        inv, issued_on=date(2026, 2, 25), amount_minor=50000, reason="Discount"
    )
    start, end = date(2026, 2, 1), date(2026, 2, 28)
    reports = studio.invoice_reports
    assert reports.cash_count("CNY", start, end) == 4
    rows = reports.cash_page("CNY", start, end, 0, 100)
    assert [(r.kind, r.amount_minor, r.balance_minor) for r in rows] == [
        ("expense", -100000, -100000),
        ("expense", -12050, -112050),
        ("expense", -37950, -150000),
        ("payment", 200000, 50000),
    ]
    # a page further on keeps the balance of everything before it
    assert reports.cash_page("CNY", start, end, 3, 1)[0].balance_minor == 50000
    later = reports.cash_summary("CNY", date(2026, 2, 16), end)
    assert (later.opening_minor, later.money_in_minor, later.money_out_minor) == (
        -112050,
        200000,
        37950,
    )
    assert later.closing_minor == 50000
    accrual = reports.cash_page("CNY", start, end, 0, 100, Basis.ACCRUAL)
    assert [(r.kind, r.amount_minor) for r in accrual] == [
        ("expense", -100000),
        ("invoice", 300000),
        ("expense", -12050),
        ("expense", -37950),
        ("credit_note", -50000),
    ]
    assert accrual[-1].balance_minor == 100000
    # from 10 Feb: before it, rent out and the invoice in
    late = reports.cash_summary("CNY", date(2026, 2, 10), end, Basis.ACCRUAL)
    assert (late.opening_minor, late.money_in_minor, late.money_out_minor) == (200000, 0, 100000)
    assert reports.cash_page("CNY", date(2026, 2, 10), end, 0, 1, Basis.ACCRUAL)[
        0
    ].balance_minor == (200000 - 12050)
    # expenses are in the base currency: a USD book holds none of them
    assert reports.cash_count("USD", start, end) == 0


def test_margins_explained(studio: Services, session_factory) -> None:
    ids = seed(session_factory)
    # invoice 10,000.00 + 6% tax = 10,600.00; credit 1,060.00 (1,000.00 without tax)
    inv = _sent(
        studio, ids.client_id, 1000000, date(2026, 5, 1), project_id=ids.project_id, tax=600
    )
    studio.invoices.issue_credit_note(
        inv, issued_on=date(2026, 4, 2), amount_minor=106000, reason="Scope"
    )
    studio.invoices.record_payment(inv, received_on=date(2026, 4, 3), amount_minor=530000)
    (row,) = studio.invoice_reports.project_margins()
    assert row.code == "P-001"
    assert row.invoiced_minor == 900000  # 10,000.00 - 1,000.00
    assert row.received_minor == 500000  # 5,300.00 x 10,000 / 10,600
    # labour: Ana 90 min x 300 = 450.00, 20 min x 360 = 120.00; Bo 45 x 200 = 150.00,
    # 60 x 200 = 200.00 (non-billable hours still cost) -> 920.00
    assert row.labour_minor == 92000
    assert row.expenses_minor == 50000  # 120.50 + 379.50; the rent is overhead
    assert row.cost_minor == 142000
    # (9,000 - 1,420) / 9,000 = 84.22% -> 84.2; (5,000 - 1,420) / 5,000 = 71.6%
    assert row.margin_invoiced == Decimal("84.2")
    assert row.margin_earned == Decimal("71.6")

    reports = studio.invoice_reports
    labour = reports.explain(Figure.LABOUR, ids.project_id)
    assert labour.value == 92000 and labour.total_rows == 4
    assert sum(r.amount_minor for r in labour.rows) == labour.value
    assert "cost rate valid on the work date" in labour.formula
    invoiced = reports.explain(Figure.INVOICED, ids.project_id)
    assert [r.amount_minor for r in invoiced.rows] == [900000]
    margin = reports.explain(Figure.MARGIN_EARNED, ids.project_id)
    assert margin.value == Decimal("71.6")
    assert [r.amount_minor for r in margin.rows] == [500000, 142000]
    assert margin.formula.startswith("Gross margin (earned) = (revenue earned - cost)")

    studio_row = reports.studio_margin()
    assert studio_row.expenses_minor == 150000  # overhead rent included for the studio
    assert studio_row.cost_minor == 92000 + 150000
    assert reports.explain(Figure.COST).value == 242000


def test_margin_in_another_currency_is_not_invented(studio: Services, session_factory) -> None:
    ids = seed(session_factory)
    _sent(
        studio,
        ids.client_id,
        50000,
        date(2026, 5, 1),
        project_id=ids.usd_project_id,
        currency="USD",
        fx_rate=Decimal("7.1"),
    )
    # An invoice sent before rates were kept (migration 0003 left its rate empty).
    with session_factory.begin() as s:
        s.execute(text("UPDATE invoices SET fx_rate = NULL WHERE currency = 'USD'"))
    row = next(
        r for r in studio.invoice_reports.project_margins() if r.project_id == ids.usd_project_id
    )
    assert row.invoiced_minor == 50000 and row.margin_invoiced is None
    assert row.missing_rates == 1 and row.missing_currencies == ("USD",)
    explained = studio.invoice_reports.explain(Figure.MARGIN_INVOICED, ids.usd_project_id)
    assert explained.value is None and "no exchange rate" in explained.formula
