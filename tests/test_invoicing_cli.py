"""The invoices CLI: export as CSV/XLSX, aging, recording a payment and a credit note."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from test_invoicing_seed import seed

from models.enums import InvoiceKind
from models.services import build_services
from models.services.exporting import read_table
from models.services.invoicing import InvoiceDraft, LineDraft
from studio_desktop.cli import main
from studio_desktop.db import make_engine, make_session_factory


def _studio_with_invoice(db: Path) -> str:
    assert main(["--db", str(db), "init", "--name", "灯松工作室", "--currency", "CNY"]) == 0
    engine = make_engine(db)
    factory = make_session_factory(engine)
    ids = seed(factory)
    services = build_services(factory)
    inv = services.invoices.create(
        InvoiceDraft(
            InvoiceKind.DEPOSIT,
            ids.client_id,
            date(2026, 3, 1),
            date(2026, 3, 31),
            "CNY",
            (LineDraft("Deposit 30%", Decimal(1), 300000, 600),),
            project_id=ids.project_id,
        )
    )
    services.invoices.send(inv.id)
    engine.dispose()
    return inv.number


def test_record_payment_aging_and_export(tmp_path: Path, capsys) -> None:
    db = tmp_path / "studio.sqlite3"
    number = _studio_with_invoice(db)  # 3,000.00 + 6% = 3,180.00
    args = ["--db", str(db), "invoice", "record-payment", number, "--amount", "1,000.50"]
    assert main([*args, "--on", "2026-03-10"]) == 0
    assert "still owed ¥2,179.50" in capsys.readouterr().out
    # more than is owed: refused, nothing recorded
    assert main([*args[:-1], "2179.51", "--on", "2026-03-11"]) != 0
    assert "still owed" in capsys.readouterr().err
    assert main(["--db", str(db), "invoice", "aging", "--as-of", "2026-04-15"]) == 0
    out = capsys.readouterr().out
    assert "Acme" in out and "¥2,179.50" in out  # 15 days past due
    credit = ["--db", str(db), "invoice", "credit-note", number, "--amount", "179.50"]
    assert main([*credit, "--reason", "折让", "--on", "2026-04-16"]) == 0
    assert "CN-2026-00001" in capsys.readouterr().out
    for fmt in ("csv", "xlsx"):
        out_file = tmp_path / f"invoices.{fmt}"
        assert main(["--db", str(db), "export", "invoices", "--out", str(out_file)]) == 0
        headers, rows = read_table(out_file)
        assert headers[0] == "number" and len(rows) == 1
        row = dict(zip(headers, rows[0], strict=True))
        assert row["number"] == number and row["client"] == "Acme 设计"
        assert Decimal(row["total"]) == Decimal("3180")
        assert Decimal(row["paid"]) == Decimal("1000.5")
        assert Decimal(row["credited"]) == Decimal("179.5")
        assert Decimal(row["outstanding"]) == Decimal("2000")


def test_unknown_invoice_is_a_clear_error(tmp_path: Path, capsys) -> None:
    db = tmp_path / "studio.sqlite3"
    _studio_with_invoice(db)
    cmd = ["--db", str(db), "invoice", "record-payment", "INV-9", "--amount", "1"]
    assert main(cmd) != 0
    assert "There is no invoice numbered INV-9" in capsys.readouterr().err
