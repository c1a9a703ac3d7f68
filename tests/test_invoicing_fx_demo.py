"""The small demo's foreign invoices and payments carry a believable rate: no margin is "—"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import text

import models.entities  # noqa: F401  (fills the metadata)
from models.db import Base
from models.demo import generate_demo
from models.services import build_services
from studio_desktop.db import make_engine, make_session_factory


def test_demo_rates_make_every_margin_computable(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "demo.sqlite3")
    try:
        Base.metadata.create_all(engine)
        generate_demo(engine, "small", today=date(2026, 11, 28))
        with engine.connect() as c:
            for table in ("invoices", "payments"):
                rows = c.execute(text(f"SELECT currency, fx_rate FROM {table}")).all()
                assert rows and all(r is not None for _c, r in rows)
                assert all(Decimal(r) == 1 for cur, r in rows if cur == "CNY")
                foreign = [Decimal(r) for cur, r in rows if cur != "CNY"]
                assert foreign and all(Decimal("7.0") < r < Decimal("7.5") for r in foreign)
        sv = build_services(make_session_factory(engine))
        margins = sv.invoice_reports.project_margins()
        usd = [m for m in margins if m.currency == "USD" and m.invoiced_minor]
        assert usd and all(m.comparable and m.missing_rates == 0 for m in margins)
        # 1 USD is worth about 7 CNY: the margin uses the converted revenue, not the USD one.
        assert all(7 * m.invoiced_minor < m.invoiced_base_minor < 8 * m.invoiced_minor for m in usd)
        assert sv.invoice_reports.studio_margin().missing_rates == 0
    finally:
        engine.dispose()
