"""check_store: a full health report that never raises for a bad file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from studio_desktop.backup import make_backup
from studio_desktop.store import check_store, close_store, head_revision, open_store


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "studio.sqlite3"
    store = open_store(path)
    close_store(store, backup=False)
    return path


@pytest.fixture
def db(tmp_path: Path, template: Path) -> Path:
    path = tmp_path / "studio.sqlite3"
    shutil.copy(template, path)
    return path


def _sql(db: Path, *statements: str) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def test_healthy_file(db: Path) -> None:
    report = check_store(db)
    assert report.ok
    assert report.integrity == "ok"
    assert report.foreign_key_problems == 0
    assert report.revision == report.head == head_revision()
    assert report.messages == ["The studio file is healthy."]


def test_missing_and_foreign_files(tmp_path: Path) -> None:
    missing = check_store(tmp_path / "nope.sqlite3")
    assert not missing.ok and missing.revision is None

    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database at all")
    report = check_store(text)
    assert not report.ok and "not an SQLite database" in report.messages[0]


def test_damaged_file_is_reported_with_the_backup(db: Path) -> None:
    _sql(
        db,
        "CREATE TABLE filler (x TEXT)",
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)"
        " INSERT INTO filler SELECT hex(randomblob(400)) FROM n",
    )
    backup = make_backup(db)
    with db.open("r+b") as f:
        f.seek(4096 * 40)
        f.write(b"\xa5" * 4096 * 20)

    report = check_store(db)

    assert not report.ok
    assert report.integrity != "ok"
    assert any(str(backup) in m for m in report.messages)


def test_broken_references_are_counted(db: Path) -> None:
    _sql(
        db,
        "PRAGMA foreign_keys = OFF",
        "INSERT INTO contacts (client_id, name, role, phone, email, wechat_id, is_primary,"
        " notes, created_at) VALUES (999, 'Ghost', '', '', '', '', 0, '', '2024-01-01')",
    )
    report = check_store(db)
    assert not report.ok and report.integrity == "ok"
    assert report.foreign_key_problems == 1
    assert any("no longer exist" in m for m in report.messages)


def test_schema_revisions_are_reported(db: Path) -> None:
    _sql(db, "UPDATE alembic_version SET version_num = 'abc_newer'")
    report = check_store(db)
    assert not report.ok and report.revision == "abc_newer"
    assert "abc_newer" in report.messages[0] and head_revision() in report.messages[0]
