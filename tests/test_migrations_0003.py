"""Migration 0003 on a studio with invoices: nothing lost, base rows get rate 1, foreign NULL."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from test_migrations import dump
from test_migrations_0002 import _query

from studio_desktop import migrations
from studio_desktop.db import make_engine
from studio_desktop.store import MigrationFailed, close_store, open_store

_NOW = "2025-01-01 00:00:00"
_SEED = [
    "INSERT INTO studio (id, name, base_currency, language, country, working_days, "
    "week_minutes, fiscal_year_start_month, invoice_prefix, invoice_next_number, "
    "target_utilisation_pct, address, tax_id, bank_details, accent_color, logo_path, created_at) "
    f"VALUES (1, 'Old Studio', 'CNY', 'zh_CN', 'CN', 31, 2400, 1, 'INV-', 4, 85, '', '', '', "
    f"'', '', '{_NOW}')",
    "INSERT INTO clients (id, name, name_key, name_alt, industry, size, status, notes, "
    f"report_language, created_at, updated_at) VALUES (1, 'Lumen', 'lumen', '', '', '', "
    f"'active', '', 'en', '{_NOW}', '{_NOW}')",
]
# (id, number, currency, total): two CNY invoices, one USD invoice.
_INVOICES = [(1, "INV-1", "CNY", 100_00), (2, "INV-2", "USD", 1_000_00), (3, "INV-3", "CNY", 50_00)]
# (id, invoice, currency, amount)
_PAYMENTS = [(1, 1, "CNY", 40_00), (2, 2, "USD", 400_00), (3, 2, "USD", 100_00)]


def _seed(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        for sql in _SEED:
            conn.execute(sql)
        for i, number, cur, total in _INVOICES:
            conn.execute(
                "INSERT INTO invoices (id, number, client_id, kind, state, issued_on, due_on, "
                "currency, subtotal_minor, tax_minor, total_minor, payment_terms, notes, "
                "void_reason, created_at) VALUES (?, ?, 1, 'final', 'sent', '2025-03-01', "
                "'2025-03-31', ?, ?, 0, ?, '', '', '', ?)",
                (i, number, cur, total, total, _NOW),
            )
        for i, inv, cur, amount in _PAYMENTS:
            conn.execute(
                "INSERT INTO payments (id, invoice_id, received_on, amount_minor, currency, "
                "method, reference, note) "
                "VALUES (?, ?, '2025-03-10', ?, ?, 'bank_transfer', '', '')",
                (i, inv, amount, cur),
            )
        conn.execute(
            "INSERT INTO credit_notes (id, number, invoice_id, issued_on, amount_minor, currency, "
            "reason) VALUES (1, 'CN-1', 2, '2025-03-12', 5000, 'USD', 'discount')"
        )
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    path = tmp_path / "studio.sqlite3"
    engine = make_engine(path)
    migrations.upgrade(engine, "0002")
    engine.dispose()
    _seed(path)
    return path


def _columns(path: Path, table: str) -> set[str]:
    return {str(r[1]) for r in _query(path, f"PRAGMA table_info({table})")}


def _rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every money row, without the new column: the upgrade must not change any of them."""
    return {
        "invoices": _query(path, "SELECT id, number, currency, total_minor FROM invoices"),
        "payments": _query(path, "SELECT id, invoice_id, currency, amount_minor FROM payments"),
        "credit_notes": _query(path, "SELECT id, invoice_id, amount_minor FROM credit_notes"),
    }


def test_upgrade_keeps_rows_and_backfills_base_currency_rates(old_db: Path) -> None:
    before = _rows(old_db)
    store = open_store(old_db, backup_on_open=False)
    close_store(store, backup=False)

    assert store.migrated and store.revision == "0003"
    assert _rows(old_db) == before
    # Base-currency rows: exactly 1. The USD rows: unknown until someone enters the rate.
    assert _query(old_db, "SELECT id, fx_rate FROM invoices ORDER BY id") == [
        (1, "1"),
        (2, None),
        (3, "1"),
    ]
    assert _query(old_db, "SELECT id, fx_rate FROM payments ORDER BY id") == [
        (1, "1"),
        (2, None),
        (3, None),
    ]
    # Credit notes follow their invoice's rate: no column of their own.
    assert "fx_rate" not in _columns(old_db, "credit_notes")
    assert _query(old_db, "PRAGMA foreign_key_check") == []


def test_downgrade_to_0002_drops_the_columns_and_keeps_rows(old_db: Path) -> None:
    close_store(open_store(old_db, backup_on_open=False), backup=False)
    before = _rows(old_db)
    engine = make_engine(old_db)
    try:
        migrations.downgrade(engine, "0002")
    finally:
        engine.dispose()
    assert _query(old_db, "SELECT version_num FROM alembic_version") == [("0002",)]
    assert "fx_rate" not in _columns(old_db, "invoices")
    assert "fx_rate" not in _columns(old_db, "payments")
    assert _rows(old_db) == before


def test_failing_0003_leaves_the_file_at_0002(old_db: Path) -> None:
    # A payments.fx_rate column already there: adding it fails after invoices got theirs and
    # were backfilled; the single transaction takes all of that back.
    conn = sqlite3.connect(old_db)
    conn.execute("ALTER TABLE payments ADD COLUMN fx_rate TEXT")
    conn.commit()
    conn.close()
    before = dump(old_db)

    with pytest.raises(MigrationFailed) as err:
        open_store(old_db, backup_on_open=False)

    assert err.value.from_revision == "0002" and err.value.to_revision == "0003"
    assert dump(old_db) == before
    assert _query(old_db, "SELECT version_num FROM alembic_version") == [("0002",)]
    assert "fx_rate" not in _columns(old_db, "invoices")
