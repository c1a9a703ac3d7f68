"""`studio-desktop-cli kpi` and `risks list` print the same figures the services compute."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from studio_desktop.cli import main


def test_kpi_json_and_table_and_risks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite3"
    assert main(["--db", str(db), "init", "--name", "灯松工作室", "--locale", "zh_CN"]) == 0
    from models.services import build_services
    from models.services.risks import RiskDraft
    from studio_desktop.store import close_store, open_store

    store = open_store(db, create=False, backup_on_open=False)
    try:
        services = build_services(store.session_factory)
        services.risks.create(
            RiskDraft(title="Cash squeeze", probability=5, impact=4, cost_impact="1000")
        )
    finally:
        close_store(store, backup=False)
    capsys.readouterr()

    assert main(["--db", str(db), "kpi", "--period", "2026-Q3", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["period"], out["previous"], out["last_year"]) == ("2026-Q3", "2026-Q2", "2025-Q3")
    figures = {k["code"]: k for k in out["kpis"]}
    assert len(figures) == 15
    assert figures["revenue"]["value"] == {"amount": "0.00", "currency": "CNY"}

    this_year = str(date.today().year)
    assert main(["--db", str(db), "kpi", "--period", this_year, "--json"]) == 0
    figures = {k["code"]: k for k in json.loads(capsys.readouterr().out)["kpis"]}
    assert figures["high_risks"]["value"] == 1  # created today, score 20
    assert figures["high_risks"]["status"] == "ok"  # default: warn above 3

    assert main(["--db", str(db), "kpi", "--period", this_year]) == 0
    table = capsys.readouterr().out
    assert "Open high risks" in table and str(date.today().year - 1) in table

    assert main(["--db", str(db), "risks", "list"]) == 0
    listing = capsys.readouterr().out
    assert "Cash squeeze" in listing and "expected ¥1,000.00" in listing  # 5/5 × 1000

    assert main(["--db", str(db), "kpi", "--period", "2026-13"]) != 0
    assert "Months run from 01 to 12" in capsys.readouterr().err
