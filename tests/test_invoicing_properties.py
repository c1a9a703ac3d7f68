"""Properties: paid + credited + outstanding = invoiced to the cent; totals = sum of their rows."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from models.entities import Client, Invoice, InvoiceLine
from models.enums import InvoiceKind
from models.errors import ValidationError
from models.services import Services
from models.services.browse import invoice_amounts
from models.services.invoicing import InvoiceDraft, LineDraft
from models.text import search_key

lines_st = st.lists(
    st.builds(
        LineDraft,
        description=st.just("Work"),
        quantity=st.decimals(min_value=Decimal("0.01"), max_value=Decimal(500), places=2),
        unit_price_minor=st.integers(min_value=0, max_value=10_000_000),
        tax_rate_bp=st.sampled_from([0, 300, 600, 900, 1300, 1250]),
    ),
    min_size=1,
    max_size=6,
)
# each payment is a share (per mille) of what is still owed; 1000 pays it off
shares_st = st.lists(st.integers(min_value=1, max_value=1100), max_size=5)


@pytest.fixture
def client_id(studio: Services, session_factory) -> int:
    with session_factory.begin() as s:
        c = Client(name="Prop", name_key=search_key("Prop"))
        s.add(c)
        s.flush()
        return c.id


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(lines=lines_st, shares=shares_st, credit=st.integers(min_value=0, max_value=300))
def test_paid_plus_outstanding_is_invoiced(
    studio: Services, session_factory, client_id: int, lines, shares, credit
) -> None:
    start = date(2026, 1, 1)
    inv = studio.invoices.create(
        InvoiceDraft(InvoiceKind.OTHER, client_id, start, start, "CNY", tuple(lines))
    )
    # totals are the sum of the stored lines, to the cent
    with session_factory() as s:
        amount, tax = s.execute(
            select(func.sum(InvoiceLine.amount_minor), func.sum(InvoiceLine.tax_minor)).where(
                InvoiceLine.invoice_id == inv.id
            )
        ).one()
    assert (inv.subtotal_minor, inv.tax_minor) == (amount, tax)
    assert inv.total_minor == amount + tax
    if inv.total_minor == 0:
        return
    inv = studio.invoices.send(inv.id)
    if credit and inv.total_minor * credit // 1000 > 0:
        inv = studio.invoices.issue_credit_note(
            inv.id,
            issued_on=start,
            amount_minor=inv.total_minor * credit // 1000,
            reason="Discount",
        )
    for n, share in enumerate(shares):
        owed = inv.outstanding_minor
        amount = owed * share // 1000
        if amount <= 0:
            continue
        on = start + timedelta(days=n)
        if amount > owed:
            with pytest.raises(ValidationError):
                studio.invoices.record_payment(inv.id, received_on=on, amount_minor=amount)
            continue
        inv = studio.invoices.record_payment(inv.id, received_on=on, amount_minor=amount)
        assert inv.outstanding_minor >= 0
    assert inv.paid_minor + inv.credited_minor + inv.outstanding_minor == inv.total_minor
    assert inv.paid_minor == sum(p.amount_minor for p in inv.payments)
    # the aging report sums the same outstanding amounts in SQL
    aged = sum(r.total for r in studio.invoice_reports.aging(date(2026, 12, 31)))
    with session_factory() as s:
        _p, _c, outstanding = invoice_amounts()
        expected = s.scalar(select(func.coalesce(func.sum(outstanding), 0)).select_from(Invoice))
    assert aged == expected
