"""`studio-desktop-cli report ...`: the same PDFs headless, with clear one-line errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from studio_desktop.cli import main

pytestmark = pytest.mark.usefixtures("private_dirs")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "studio.sqlite3"
    assert main(["--db", str(path), "init", "--name", "灯松工作室", "--locale", "zh_CN"]) == 0
    con = sqlite3.connect(path)
    with con:
        con.execute(
            "INSERT INTO clients (id, name, name_key, name_alt, industry, size, status, notes,"
            " report_language, created_at, updated_at) VALUES (1, '流明茶馆', '流明茶馆', '',"
            " '', '', 'active', '', 'zh', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
        con.execute(
            "INSERT INTO projects (id, code, name, client_id, stage, status, pricing_model,"
            " currency, contract_value_minor, deposit_minor, payment_terms, review_rounds_allowed,"
            " percent_complete, progress_from_tasks, description, accepted_by, created_at,"
            " updated_at) VALUES (1, 'P-1', '品牌升级', 1, 'delivery', 'done', 'fixed_fee', 'CNY',"
            " 12345000, 0, '', 2, 100, 0, '', '王小明', '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00')"
        )
    con.close()
    return path


def text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_client_report_in_the_clients_language(db, tmp_path, capsys):
    out = tmp_path / "out" / "client.pdf"
    assert main(["--db", str(db), "report", "client", "--client", "流明茶馆",
                 "--from", "2026-01-01", "--out", str(out)]) == 0  # fmt: skip
    assert "zh" in capsys.readouterr().out
    body = text(out)
    assert "客户报告" in body and "P-1" in body and "¥123,450.00" in body


def test_studio_and_project_reports(db, tmp_path):
    cases = [
        (["acceptance", "--project", "P-1", "--lang", "both"], "Acceptance certificate"),
        (["budget", "--period", "year", "--year", "2026", "--lang", "en"], "Budget vs actuals"),
        (["risks", "--lang", "zh", "--paper", "letter"], "风险登记册"),
        (["monthly", "--year", "2026", "--month", "3"], "Monthly studio report"),
    ]
    for n, (args, expected) in enumerate(cases):
        out = tmp_path / f"r{n}.pdf"
        assert main(["--db", str(db), "report", *args, "--out", str(out)]) == 0
        assert expected in text(out)


def test_unknown_subject_and_bad_font_are_one_line_errors(db, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db), "report", "project", "--project", "NOPE",
                 "--out", str(out)]) == 1  # fmt: skip
    assert "There is no project 'NOPE'" in capsys.readouterr().err
    bad = tmp_path / "bad.ttf"
    bad.write_bytes(b"no font")
    assert main(["--db", str(db), "report", "project", "--project", "1",
                 "--font", str(bad), "--out", str(out)]) == 1  # fmt: skip
    assert "cannot be embedded" in capsys.readouterr().err
    assert not out.exists()
