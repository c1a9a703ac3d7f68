"""Backups: WAL-safe copies, names, age-based thinning and restore with a safety copy."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from studio_desktop.backup import (
    backup_dir_for,
    integrity,
    latest_backup,
    list_backups,
    make_backup,
    restore_backup,
    thin_backups,
)
from studio_desktop.db import BackupCorrupt, BackupFailed

NOW = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)  # a Sunday, ISO week 2025-W24


def wal_db(path: Path, notes: list[str]) -> sqlite3.Connection:
    """A WAL database whose rows stay in the -wal file while the connection is open."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")  # keep committed rows out of the main file
    conn.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.executemany("INSERT INTO notes (body) VALUES (?)", [(n,) for n in notes])
    return conn


def notes_in(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT body FROM notes ORDER BY id")]
    finally:
        conn.close()


def damage(path: Path) -> None:
    """Overwrite pages after the first one: the header survives, the b-trees do not."""
    with path.open("r+b") as f:
        f.seek(4096)
        f.write(b"\xa5" * 4096 * 3)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "studio.sqlite3"
    conn = wal_db(path, [f"note {i}" for i in range(50)] + ["x" * 3000] * 20)
    conn.close()
    yield path


def test_rows_still_in_the_wal_survive_in_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "studio.sqlite3"
    conn = wal_db(path, ["committed but not checkpointed"])
    try:
        assert path.with_name(path.name + "-wal").stat().st_size > 0
        plain = tmp_path / "plain-copy.sqlite3"
        shutil.copy(path, plain)  # what a naive file copy would keep
        backup = make_backup(path, reason="manual")
    finally:
        conn.close()

    assert notes_in(backup) == ["committed but not checkpointed"]
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        notes_in(plain)


def test_backup_is_one_checked_self_contained_file(db: Path) -> None:
    now = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    backup = make_backup(db, reason="open", now=now)

    assert backup == backup_dir_for(db) / "studio-20250102-030405-open.sqlite3"
    assert backup_dir_for(db) == db.parent / "backups" / "studio"
    assert backup.read_bytes()[18] == 1  # rollback journal, not WAL: no -wal file needed
    assert integrity(backup) == "ok"
    assert [p.name for p in backup.parent.iterdir()] == [backup.name]  # no temp file left


def test_names_counter_listing_and_latest(db: Path) -> None:
    now = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    first = make_backup(db, reason="open", now=now)
    second = make_backup(db, reason="open", now=now)
    older = make_backup(db, reason="Pre Migration!", now=now - timedelta(days=1))
    (backup_dir_for(db) / "notes.txt").write_text("not a backup")

    assert second.name == "studio-20250102-030405-open-2.sqlite3"
    listed = list_backups(db)
    assert [b.path for b in listed] == [second, first, older]
    assert listed[2].reason == "pre-migration"
    assert listed[2].created_at == datetime(2025, 1, 1, 3, 4, 5, tzinfo=UTC)
    assert listed[0].size_bytes == second.stat().st_size > 0
    assert latest_backup(db) == second


def test_backup_to_a_chosen_file(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "copy.sqlite3"
    assert make_backup(db, dest=target) == target
    assert notes_in(target) == notes_in(db)
    assert list_backups(db) == []


def test_not_a_database_is_not_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "studio.sqlite3"
    path.write_text("hello")
    with pytest.raises(BackupFailed):
        make_backup(path)
    assert list(backup_dir_for(path).iterdir()) == []


def _stamp(dt: datetime) -> str:
    return f"{dt:%Y%m%d-%H%M%S}"


def test_thinning_over_two_years_keeps_exactly_the_policy(tmp_path: Path) -> None:
    db = tmp_path / "studio.sqlite3"
    folder = backup_dir_for(db)
    folder.mkdir(parents=True)
    # Two backups a day (01:00 and 13:00 UTC) for two years before NOW, plus two
    # pre-migration backups that are both past the one-year horizon.
    day = datetime(2023, 6, 16, tzinfo=UTC)
    made = 0
    while day < NOW:
        for hour in (1, 13):
            at = day.replace(hour=hour)
            if at < NOW:
                (folder / f"studio-{_stamp(at)}-close.sqlite3").write_bytes(b"")
                made += 1
        day += timedelta(days=1)
    for at in ("20230901-070000", "20240305-070000"):
        (folder / f"studio-{at}-pre-migration.sqlite3").write_bytes(b"")

    removed = thin_backups(db, now=NOW)

    kept = sorted(
        (b.path.name.removeprefix("studio-").removesuffix(".sqlite3") for b in list_backups(db)),
        reverse=True,
    )
    expected = [
        # every backup younger than 2 days (after 2025-06-13 12:00)
        "20250615-010000-close",
        "20250614-130000-close",
        "20250614-010000-close",
        "20250613-130000-close",
        # newest per day up to 14 days (06-13's 13:00 is already kept above)
        "20250613-010000-close",
        *(f"202506{d:02d}-130000-close" for d in range(12, 0, -1)),
        # newest per ISO week up to 10 weeks (after 2025-04-06 12:00); W22 ends on 06-01
        "20250601-010000-close",
        "20250525-130000-close",
        "20250518-130000-close",
        "20250511-130000-close",
        "20250504-130000-close",
        "20250427-130000-close",
        "20250420-130000-close",
        "20250413-130000-close",
        "20250406-130000-close",
        # newest per month up to a year (after 2024-06-15 12:00)
        "20250406-010000-close",
        "20250331-130000-close",
        "20250228-130000-close",
        "20250131-130000-close",
        "20241231-130000-close",
        "20241130-130000-close",
        "20241031-130000-close",
        "20240930-130000-close",
        "20240831-130000-close",
        "20240731-130000-close",
        "20240630-130000-close",
        # older than a year: only the newest pre-migration backup
        "20240305-070000-pre-migration",
    ]
    assert kept == expected
    assert made == 2 * 730 + 1
    assert len(removed) == made + 2 - len(expected)
    assert not any(p.exists() for p in removed)


def test_thinning_never_removes_the_newest_backup(tmp_path: Path) -> None:
    db = tmp_path / "studio.sqlite3"
    folder = backup_dir_for(db)
    folder.mkdir(parents=True)
    for at in ("20200101-000000", "20200301-000000"):
        (folder / f"studio-{at}-close.sqlite3").write_bytes(b"")

    assert [p.name for p in thin_backups(db, now=NOW)] == ["studio-20200101-000000-close.sqlite3"]
    assert latest_backup(db) == folder / "studio-20200301-000000-close.sqlite3"


def test_restore_brings_back_old_content_and_keeps_the_newer(tmp_path: Path) -> None:
    path = tmp_path / "studio.sqlite3"
    wal_db(path, ["old"]).close()
    backup = make_backup(path)
    live = wal_db(path, ["new"])  # stays open: "new" sits in the -wal file
    try:
        assert path.with_name(path.name + "-wal").stat().st_size > 0

        safety = restore_backup(path, backup)

        # The connection that was open sees the restored file, not stale WAL pages.
        assert [r[0] for r in live.execute("SELECT body FROM notes")] == ["old"]
    finally:
        live.close()
    assert notes_in(path) == ["old"]
    assert integrity(path) == "ok"
    assert safety is not None and "-before-restore" in safety.name
    assert notes_in(safety) == ["old", "new"]


def test_restore_refuses_a_damaged_backup(db: Path) -> None:
    backup = make_backup(db)
    damage(backup)
    before = db.read_bytes()

    with pytest.raises(BackupCorrupt) as err:
        restore_backup(db, backup)

    assert err.value.path == backup
    assert db.read_bytes() == before
    assert [b.path for b in list_backups(db)] == [backup]  # no safety copy needed or made


def test_restore_over_a_damaged_database(db: Path) -> None:
    backup = make_backup(db)
    damage(db)
    assert integrity(db) != "ok"

    safety = restore_backup(db, backup)

    assert integrity(db) == "ok"
    assert notes_in(db) == notes_in(backup)
    assert safety is not None and "before-restore-damaged" in safety.name


def test_thinning_removes_copies_abandoned_by_a_dead_backup(db: Path) -> None:
    import os
    import subprocess
    import sys

    first = make_backup(db, reason="open")
    folder = first.parent
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # its pid now belongs to no process
    abandoned = folder / f".{db.stem}-20260101-000000-open.sqlite3.{gone.pid}.tmp"
    in_progress = folder / f".{db.stem}-20260101-000001-open.sqlite3.{os.getpid()}.tmp"
    for half in (abandoned, in_progress):
        half.write_bytes(b"SQLite format 3\x00 half written")

    removed = thin_backups(db)

    assert abandoned in removed and not abandoned.exists()
    assert in_progress.exists()  # this process may still be writing it
    assert first.exists()
