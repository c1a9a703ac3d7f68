"""The headless CLI: init, demo, check, backup, backups, restore, install-desktop-entry."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from studio_desktop import __version__
from studio_desktop.cli import EXIT_UNHEALTHY, EXIT_USAGE, main

pytestmark = pytest.mark.usefixtures("private_dirs")


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as con:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_version_of_both_entry_points(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert __version__ in capsys.readouterr().out
    from studio_desktop.app import parse_args

    with pytest.raises(SystemExit):
        parse_args(["--version"])
    assert __version__ in capsys.readouterr().out


def test_default_database_lives_in_the_user_data_folder(tmp_path: Path) -> None:
    from studio_desktop.paths import default_db_path

    assert default_db_path() == tmp_path / "xdg_data_home" / "StudioDesktop" / "studio.sqlite3"


def test_init_then_check_is_healthy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "new" / "studio.sqlite3"
    assert main(["--db", str(db), "init", "--name", "灯松工作室", "--locale", "zh_CN"]) == 0
    assert "Created" in capsys.readouterr().out
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT name, base_currency FROM studio").fetchone() == (
            "灯松工作室",
            "CNY",
        )
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert _count(db, "expense_categories") > 10
    assert main(["--db", str(db), "check"]) == 0
    assert "Healthy." in capsys.readouterr().out


def test_init_with_bad_input_writes_no_studio(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "studio.sqlite3"
    assert main(["--db", str(db), "init", "--name", "X", "--currency", "yuan"]) == EXIT_USAGE
    assert "--currency" in capsys.readouterr().err
    assert _count(db, "studio") == 0


def test_check_reports_a_corrupt_file_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "broken.sqlite3"
    db.write_bytes(b"this is a spreadsheet, not a database" * 100)
    assert main(["--db", str(db), "check"]) == EXIT_UNHEALTHY
    out = capsys.readouterr()
    assert "NOT healthy" in out.out
    assert "Traceback" not in out.out + out.err


def test_check_refuses_a_newer_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "studio.sqlite3"
    assert main(["--db", str(db), "init", "--name", "A"]) == 0
    with sqlite3.connect(db) as con:
        con.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    assert main(["--db", str(db), "check"]) == EXIT_UNHEALTHY
    assert "f00dfeed9999" in capsys.readouterr().out


def test_backup_and_restore_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "studio.sqlite3"
    assert main(["--db", str(db), "init", "--name", "A"]) == 0
    assert main(["--db", str(db), "backup"]) == 0
    backup = Path(capsys.readouterr().out.split("Backup written to ", 1)[1].strip())
    assert backup.is_file()
    with sqlite3.connect(db) as con:
        con.execute("UPDATE studio SET name = 'Changed after the backup'")
    assert main(["--db", str(db), "backups"]) == 0
    assert backup.name in capsys.readouterr().out
    assert main(["--db", str(db), "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "previous content was kept" in out
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT name FROM studio").fetchone()[0] == "A"
    safety = Path(out.split("kept in ", 1)[1].strip().rstrip("."))
    with sqlite3.connect(safety) as con:
        assert con.execute("SELECT name FROM studio").fetchone()[0] == "Changed after the backup"


def test_backup_to_an_explicit_file(tmp_path: Path) -> None:
    db = tmp_path / "studio.sqlite3"
    assert main(["--db", str(db), "init", "--name", "A"]) == 0
    target = tmp_path / "usb" / "copy.sqlite3"
    target.parent.mkdir()
    assert main(["--db", str(db), "backup", "--to", str(target)]) == 0
    assert _count(target, "studio") == 1


def test_restore_is_refused_while_the_window_holds_the_lock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "studio.sqlite3"
    assert main(["--db", str(db), "init", "--name", "A"]) == 0
    assert main(["--db", str(db), "backup"]) == 0
    backup = capsys.readouterr().out.split("Backup written to ", 1)[1].strip()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from studio_desktop.lock import DatabaseLock; "
            f"l = DatabaseLock(__import__('pathlib').Path({str(db)!r})); "
            "assert l.try_acquire(); print('held', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert main(["--db", str(db), "restore", backup]) == 1
        assert f"process {holder.pid}" in capsys.readouterr().err
    finally:
        holder.kill()
        holder.wait()


def test_small_demo_fills_every_module(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    assert main(["--db", str(db), "demo", "--size", "small", "-q"]) == 0
    for table in (
        "clients",
        "contacts",
        "projects",
        "people",
        "equipment",
        "time_entries",
        "expenses",
        "invoices",
        "payments",
        "risks",
        "allocations",
    ):
        assert _count(db, table) > 0, table
    assert main(["--db", str(db), "check"]) == 0


def test_install_desktop_entry_validates(tmp_path: Path) -> None:
    home = tmp_path / "share"
    db = tmp_path / "my studio.sqlite3"
    assert main(["--db", str(db), "install-desktop-entry", "--data-home", str(home)]) == 0
    entry = home / "applications" / "studio-desktop.desktop"
    text = entry.read_text(encoding="utf-8")
    assert "Exec=" in text and '"' + str(db) + '"' in text
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / "studio-desktop.svg").is_file()
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate not installed (tools/system-deps.sh installs it)")
    result = subprocess.run([validator, str(entry)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
