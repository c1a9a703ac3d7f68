"""`export projects`: CSV with a BOM (Excel reads the Chinese) and XLSX, one row per project."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from models.services.clients import ClientDraft
from models.services.projects_data import ProjectDraft
from studio_desktop.cli import main
from studio_desktop.store import close_store, open_store


def test_export_projects_csv_and_xlsx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "studio.sqlite3"
    assert main(["--db", str(db), "init", "--name", "灯松工作室", "--currency", "CNY"]) == 0
    store = open_store(db, create=False, backup_on_open=False)
    try:
        from models.services import build_services

        sv = build_services(store.session_factory)
        cid = sv.clients.create(ClientDraft("上海织梦服饰"))
        sv.projects.create(
            ProjectDraft("品牌升级", cid, start_on=date(2026, 3, 2), contract_value="12345.60")
        )
    finally:
        close_store(store, backup=False)
    out = tmp_path / "projects.csv"
    assert main(["--db", str(db), "export", "projects", "--format", "csv", "--out", str(out)]) == 0
    assert "wrote 1 project(s)" in capsys.readouterr().out
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[1][:3] == ["P-2026-0001", "品牌升级", "上海织梦服饰"]
    assert rows[1][9:11] == ["12345.60", "CNY"]
    xlsx = tmp_path / "projects.xlsx"
    assert (
        main(["--db", str(db), "export", "projects", "--format", "xlsx", "--out", str(xlsx)]) == 0
    )
    from openpyxl import load_workbook

    ws = load_workbook(xlsx).active
    assert ws is not None and ws.max_row == 2
