"""The CRM's CLI commands: import contacts (with --dry-run) and export clients/contacts."""

from __future__ import annotations

from pathlib import Path

from models.services.exporting import read_table
from studio_desktop.cli import main

DATA = Path(__file__).parent / "data" / "contacts"


def test_import_dry_run_then_import_then_export(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "s.sqlite3")
    assert main(["--db", db, "init", "--name", "Test"]) == 0
    assert main(["--db", db, "import", "contacts", str(DATA / "excel_gbk.csv"), "--dry-run"]) == 0
    assert "would create 2 clients and 2 contacts" in capsys.readouterr().out
    assert main(["--db", db, "import", "contacts", str(DATA / "malformed_email.csv")]) == 1
    assert "Line 3:" in capsys.readouterr().err
    assert main(["--db", db, "import", "contacts", str(DATA / "excel_gbk.csv")]) == 0
    out = tmp_path / "clients.xlsx"
    assert main(["--db", db, "export", "clients", "--format", "xlsx", "--out", str(out)]) == 0
    headers, rows = read_table(out)
    assert headers[0] == "Name"
    assert sorted(r[0] for r in rows) == ["广州小满餐饮", "深圳蓝鲸广告有限公司"]
    out = tmp_path / "contacts.csv"
    assert main(["--db", db, "export", "contacts", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    _h, rows = read_table(out)
    assert sorted(r[0] for r in rows) == ["赵敏", "钱进"]
