"""Invoices, payments, credit notes and the locking of billed time, with hand-checked numbers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select
from test_invoicing_seed import seed

from models.entities import Expense, Invoice, TimeEntry
from models.enums import InvoiceKind, InvoiceState, InvoiceStatus
from models.errors import Conflict, ValidationError
from models.services import Services
from models.services.invoicing import InvoiceDraft, LineDraft, line_amounts

D = date(2026, 4, 1)


def _draft(client_id: int, project_id: int | None = None, **kw: object) -> InvoiceDraft:
    lines = kw.pop(
        "lines",
        (
            LineDraft("Design, 2.5 days", Decimal("2.5"), 123457, 600),
            LineDraft("Printing", Decimal(1), 100000, 1300),
        ),
    )
    return InvoiceDraft(
        kind=kw.pop("kind", InvoiceKind.MILESTONE),  # type: ignore[arg-type]
        client_id=client_id,
        project_id=project_id,
        issued_on=kw.pop("issued_on", D),  # type: ignore[arg-type]
        due_on=kw.pop("due_on", date(2026, 5, 1)),  # type: ignore[arg-type]
        currency="CNY",
        lines=lines,  # type: ignore[arg-type]
    )


def test_line_rounds_once_half_up() -> None:
    # 2.5 x 1,234.57 = 3,086.425 -> 3,086.43; 6% of 3,086.43 = 185.1858 -> 185.19
    priced = line_amounts(Decimal("2.5"), 123457, 600, "CNY")
    assert (priced.amount_minor, priced.tax_minor) == (308643, 18519)


def test_create_totals_are_the_sum_of_the_lines(studio: Services, session_factory) -> None:
    ids = seed(session_factory)
    inv = studio.invoices.create(_draft(ids.client_id, ids.project_id))
    assert inv.number == "INV-2026-00001"
    assert inv.state is InvoiceState.DRAFT and inv.status is InvoiceStatus.DRAFT
    # 3,086.43 + 1,000.00 = 4,086.43; tax 185.19 + 130.00 = 315.19; total 4,401.62
    assert (inv.subtotal_minor, inv.tax_minor, inv.total_minor) == (408643, 31519, 440162)
    assert sum(ln.amount_minor + ln.tax_minor for ln in inv.lines) == inv.total_minor


def test_numbers_are_never_reused_even_after_void(studio: Services, session_factory) -> None:
    ids = seed(session_factory)
    first = studio.invoices.create(_draft(ids.client_id))
    voided = studio.invoices.void(first.id, "Typo in the address")
    assert voided.number == "INV-2026-00001" and voided.status is InvoiceStatus.VOID
    assert voided.void_reason == "Typo in the address"
    second = studio.invoices.create(_draft(ids.client_id))
    assert second.number == "INV-2026-00002"


def test_bad_input_names_the_field_and_saves_nothing(studio: Services, session_factory) -> None:
    ids = seed(session_factory)
    cases = [
        (_draft(ids.client_id, due_on=date(2026, 3, 1)), "due_on"),
        (_draft(ids.client_id, lines=()), "lines"),
        (_draft(ids.client_id, lines=(LineDraft("x", Decimal(0), 100),)), "lines[0].quantity"),
        (_draft(ids.client_id, lines=(LineDraft(" ", Decimal(1), 100),)), "lines[0].description"),
        (
            _draft(ids.client_id, lines=(LineDraft("x", Decimal(1), 100, 10001),)),
            "lines[0].tax_rate",
        ),
        (_draft(ids.other_client_id, ids.project_id), "project"),
    ]
    for draft, field in cases:
        with pytest.raises(ValidationError) as err:
            studio.invoices.create(draft)
        assert err.value.field == field
    with session_factory() as s:
        assert s.scalars(select(Invoice)).all() == []


def test_time_and_materials_from_chosen_entries(studio: Services, session_factory) -> None:
    ids = seed(session_factory)
    unbilled = studio.invoices.unbilled(ids.project_id)
    # the non-billable hour and the non-billable expense are not offered
    assert [(u.kind, u.id) for u in unbilled] == [
        ("time", ids.t_ana_feb),
        ("time", ids.t_bo),
        ("time", ids.t_ana_mar),
        ("expense", ids.expense_billable),
    ]
    # 20 min at the March rate 800.00/h = 266.666... -> 266.67
    assert unbilled[2].rate_minor == 80000 and unbilled[2].amount_minor == 26667
    inv = studio.invoices.create_from_time(
        ids.project_id,
        issued_on=D,
        due_on=date(2026, 5, 1),
        time_entry_ids=[ids.t_ana_feb, ids.t_ana_mar, ids.t_bo],
        expense_ids=[ids.expense_billable],
        tax_rate_bp=600,
    )
    assert inv.kind is InvoiceKind.TIME_AND_MATERIALS
    # Ana 1.5 h x 600 = 900.00 | Ana 1/3 h x 800 = 266.67 | Bo 0.75 h x 450 = 337.50 | 120.50
    assert [ln.amount_minor for ln in inv.lines] == [90000, 26667, 33750, 12050]
    assert [ln.description for ln in inv.lines[:3]] == ["Ana: 1.5 h", "Ana: 0.33 h", "Bo: 0.75 h"]
    assert inv.lines[1].quantity * 3 == pytest.approx(1)  # the exact third of an hour is stored
    # 6%: 54.00 + 16.00 + 20.25 + 7.23
    assert [ln.tax_minor for ln in inv.lines] == [5400, 1600, 2025, 723]
    assert (inv.subtotal_minor, inv.tax_minor, inv.total_minor) == (162467, 9748, 172215)
    assert [ln.time_entries for ln in inv.lines] == [1, 1, 1, 0]
    assert inv.lines[3].expenses == 1
    # billed entries are locked: they are no longer offered and cannot be billed twice
    assert studio.invoices.unbilled(ids.project_id) == []
    with pytest.raises(ValidationError) as err:
        studio.invoices.create_from_time(
            ids.project_id, issued_on=D, due_on=D, time_entry_ids=[ids.t_bo]
        )
    assert err.value.field == "entries"
    with pytest.raises(ValidationError):
        studio.invoices.create_from_time(
            ids.project_id, issued_on=D, due_on=D, time_entry_ids=[ids.t_nonbillable]
        )


def test_partial_payments_never_exceed_what_is_owed(studio: Services, session_factory) -> None:
    ids = seed(session_factory)
    inv = studio.invoices.create_from_time(
        ids.project_id,
        issued_on=D,
        due_on=date(2026, 5, 1),
        time_entry_ids=[ids.t_ana_feb, ids.t_ana_mar, ids.t_bo],
        expense_ids=[ids.expense_billable],
        tax_rate_bp=600,
    )
    with pytest.raises(ValidationError) as err:
        studio.invoices.record_payment(inv.id, received_on=D, amount_minor=100)
    assert err.value.field == "amount"  # a draft cannot be paid
    studio.invoices.send(inv.id)
    paid = studio.invoices.record_payment(
        inv.id, received_on=date(2026, 4, 10), amount_minor=100000
    )
    on_time = date(2026, 4, 10)
    assert studio.invoices.get(inv.id, today=on_time).status is InvoiceStatus.PARTIALLY_PAID
    assert studio.invoices.get(inv.id, today=date(2026, 5, 2)).status is InvoiceStatus.OVERDUE
    assert (paid.paid_minor, paid.outstanding_minor) == (100000, 72215)
    with pytest.raises(ValidationError) as err:
        studio.invoices.record_payment(inv.id, received_on=date(2026, 4, 11), amount_minor=72216)
    assert err.value.field == "amount" and "¥722.15" in err.value.message
    done = studio.invoices.record_payment(inv.id, received_on=date(2026, 4, 12), amount_minor=72215)
    assert done.status is InvoiceStatus.PAID and done.outstanding_minor == 0
    assert [p.amount_minor for p in done.payments] == [100000, 72215]


def test_overdue_is_derived_from_the_due_date(studio: Services, session_factory) -> None:
    ids = seed(session_factory)
    inv = studio.invoices.create(_draft(ids.client_id))
    studio.invoices.send(inv.id)
    assert studio.invoices.get(inv.id, today=date(2026, 5, 1)).status is InvoiceStatus.SENT
    assert studio.invoices.get(inv.id, today=date(2026, 5, 2)).status is InvoiceStatus.OVERDUE


def test_credit_note_reduces_owed_and_releases_billed_time(
    studio: Services, session_factory
) -> None:
    ids = seed(session_factory)
    inv = studio.invoices.create_from_time(
        ids.project_id, issued_on=D, due_on=D, time_entry_ids=[ids.t_bo], tax_rate_bp=0
    )
    studio.invoices.send(inv.id)
    # a sent invoice that billed time cannot simply be voided
    with pytest.raises(Conflict):
        studio.invoices.void(inv.id, "wrong")
    with pytest.raises(ValidationError) as err:
        studio.invoices.issue_credit_note(inv.id, issued_on=D, amount_minor=33751, reason="x")
    assert err.value.field == "amount"
    after = studio.invoices.issue_credit_note(
        inv.id, issued_on=D, amount_minor=33750, reason="Billed by mistake", release_billed=True
    )
    assert after.credit_notes[0].number == "CN-2026-00001"
    assert (after.credited_minor, after.outstanding_minor) == (33750, 0)
    assert after.status is InvoiceStatus.PAID  # nothing is owed any more
    with session_factory() as s:
        assert s.get(TimeEntry, ids.t_bo).invoice_line_id is None  # type: ignore[union-attr]
    assert [u.id for u in studio.invoices.unbilled(ids.project_id) if u.kind == "time"] == [
        ids.t_ana_feb,
        ids.t_bo,
        ids.t_ana_mar,
    ]


def test_void_draft_releases_its_time(studio: Services, session_factory) -> None:
    ids = seed(session_factory)
    inv = studio.invoices.create_from_time(
        ids.project_id, issued_on=D, due_on=D, expense_ids=[ids.expense_billable], time_entry_ids=()
    )
    studio.invoices.void(inv.id, "Wrong project")
    with session_factory() as s:
        assert s.get(Expense, ids.expense_billable).invoice_line_id is None  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as err:
        studio.invoices.void(inv.id, " ")
    assert err.value.field == "reason"


def test_update_draft_keeps_billed_lines(studio: Services, session_factory) -> None:
    ids = seed(session_factory)
    inv = studio.invoices.create_from_time(
        ids.project_id, issued_on=D, due_on=D, time_entry_ids=[ids.t_bo]
    )
    edited = studio.invoices.update(
        inv.id,
        InvoiceDraft(
            InvoiceKind.TIME_AND_MATERIALS,
            ids.client_id,
            D,
            date(2026, 4, 30),
            "CNY",
            (LineDraft("Travel", Decimal(1), 5000),),
            project_id=ids.project_id,
        ),
    )
    assert [ln.amount_minor for ln in edited.lines] == [33750, 5000]
    assert edited.total_minor == 38750 and edited.due_on == date(2026, 4, 30)
    studio.invoices.send(inv.id)
    with pytest.raises(Conflict):
        studio.invoices.update(inv.id, _draft(ids.client_id))
