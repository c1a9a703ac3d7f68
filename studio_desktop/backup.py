"""Backups of the studio file: made and restored with SQLite's backup API, thinned by age."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from studio_desktop.db import (
    BUSY_TIMEOUT_MS,
    BackupCorrupt,
    BackupFailed,
    StoreError,
    has_sqlite_header,
    sqlite_uri,
)
from studio_desktop.processes import pid_alive

SUFFIX = ".sqlite3"
PRE_MIGRATION = "pre-migration"

# Thinning tiers, measured back from "now" (calendar buckets are UTC, like the file names).
KEEP_ALL_FOR = timedelta(days=2)
DAILY_FOR = timedelta(days=14)
WEEKLY_FOR = timedelta(weeks=10)
MONTHLY_FOR = timedelta(days=365)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # aware, UTC, from the file name
    reason: str
    size_bytes: int


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups" / db_path.stem


def _clean_reason(reason: str) -> str:
    # Letters and single dashes only, so "-<counter>" at the end of a name is never ambiguous.
    cleaned = re.sub(r"[^a-z]+", "-", reason.lower()).strip("-")
    return cleaned or "manual"


def _name_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(stem)}-(?P<stamp>\d{{8}}-\d{{6}})-(?P<reason>[a-z]+(?:-[a-z]+)*)"
        rf"(?:-(?P<n>\d+))?{re.escape(SUFFIX)}$"
    )


def _free_name(folder: Path, stem: str, reason: str, now: datetime) -> Path:
    base = f"{stem}-{now.astimezone(UTC):%Y%m%d-%H%M%S}-{reason}"
    candidate = folder / f"{base}{SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{base}-{n}{SUFFIX}"
        n += 1
    return candidate


@contextlib.contextmanager
def _connect(uri: str) -> Iterator[sqlite3.Connection]:
    # sqlite3's own context manager commits but does not close; we want it closed.
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        yield conn
    finally:
        conn.close()


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` as one string ("ok" when healthy); errors become the text."""
    try:
        if not has_sqlite_header(path):
            return "not an SQLite database"
        with _connect(sqlite_uri(path, "ro")) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
    except (sqlite3.Error, OSError) as exc:
        return str(exc)
    return "\n".join(str(r[0]) for r in rows)


def _fsync_file(path: Path) -> None:
    # Windows only fsyncs handles opened for writing.
    with path.open("r+b") as f:
        os.fsync(f.fileno())


def _fsync_dir(folder: Path) -> None:
    # On POSIX a rename is only durable once the directory itself is flushed.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_backup(
    db_path: Path,
    *,
    reason: str = "manual",
    dest: Path | None = None,
    now: datetime | None = None,
) -> Path:
    """Copy the live database with the backup API and return the new file.

    A plain file copy of a WAL database misses rows still in the -wal file, so SQLite copies
    the pages itself. The copy is written under a temporary name, checked, flushed to disk
    and only then renamed, so a crash never leaves a half backup with a real name.
    ``dest``: None = the backup folder; an existing folder = a standard name inside it;
    otherwise the exact file to write ("save a copy as...").
    """
    reason = _clean_reason(reason)
    now = now or datetime.now(UTC)
    if dest is None or dest.is_dir():
        folder = dest if dest is not None else backup_dir_for(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        final = _free_name(folder, db_path.stem, reason, now)
    else:
        final = dest
        folder = dest.parent
        folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{final.name}.{os.getpid()}.tmp"
    try:
        if not has_sqlite_header(db_path):
            raise BackupFailed(db_path, "not an SQLite database")
        with _connect(sqlite_uri(db_path, "ro")) as src, _connect(sqlite_uri(tmp, "rwc")) as dst:
            src.backup(dst)
            # The copy inherits WAL mode; a backup should be one self-contained file.
            dst.execute("PRAGMA journal_mode = DELETE")
            check = dst.execute("PRAGMA integrity_check").fetchall()
        result = "\n".join(str(r[0]) for r in check)
        if result != "ok":
            raise BackupFailed(db_path, f"the copy failed its integrity check: {result}")
        _fsync_file(tmp)
        os.replace(tmp, final)
        _fsync_dir(folder)
    except (sqlite3.Error, OSError) as exc:
        raise BackupFailed(db_path, str(exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return final


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of this database in its backup folder, newest first."""
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    pattern = _name_pattern(db_path.stem)
    found: list[tuple[datetime, int, int, BackupInfo]] = []
    for path in folder.iterdir():
        m = pattern.match(path.name)
        if not m or not path.is_file():
            continue
        created = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        st = path.stat()
        info = BackupInfo(path, created, m["reason"], st.st_size)
        # Names have whole seconds; within one second the file time breaks the tie.
        found.append((created, st.st_mtime_ns, int(m["n"] or 1), info))
    found.sort(key=lambda t: t[:3], reverse=True)
    return [t[3] for t in found]


def latest_backup(db_path: Path) -> Path | None:
    backups = list_backups(db_path)
    return backups[0].path if backups else None


def _bucket(created: datetime, age: timedelta) -> tuple[object, ...] | None:
    """The slot a backup competes for (newest wins); None = keep unconditionally."""
    if age < KEEP_ALL_FOR:
        return None
    if age < DAILY_FOR:
        return ("day", created.date())
    if age < WEEKLY_FOR:
        year, week, _ = created.isocalendar()
        return ("week", year, week)
    if age < MONTHLY_FOR:
        return ("month", created.year, created.month)
    return ("expired",)


def backups_to_thin(backups: list[BackupInfo], now: datetime) -> list[BackupInfo]:
    """Which backups the age policy drops (``backups`` newest first); pure, for tests."""
    if not backups:
        return []
    keep: set[Path] = {backups[0].path}  # never the newest
    newest_pre = next((b for b in backups if b.reason == PRE_MIGRATION), None)
    if newest_pre is not None:
        keep.add(newest_pre.path)  # the last copy from before a schema change
    taken: set[tuple[object, ...]] = set()
    for b in backups:  # newest first, so the first one into a bucket wins it
        bucket = _bucket(b.created_at, now - b.created_at)
        if bucket is None:
            keep.add(b.path)
        elif bucket != ("expired",) and bucket not in taken:
            taken.add(bucket)
            keep.add(b.path)
    return [b for b in backups if b.path not in keep]


def thin_backups(db_path: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete backups the age policy no longer needs; returns what was removed.

    Every backup of the last 2 days stays; then the newest per day up to 14 days, per ISO
    week up to 10 weeks, per month up to a year; older ones go. The newest backup and the
    newest pre-migration backup always stay.
    """
    now = now or datetime.now(UTC)
    removed: list[Path] = []
    for b in backups_to_thin(list_backups(db_path), now):
        try:
            b.path.unlink()
        except FileNotFoundError:
            continue
        removed.append(b.path)
    removed.extend(_remove_abandoned_copies(db_path))
    return removed


def _remove_abandoned_copies(db_path: Path) -> list[Path]:
    """Half-written copies left by a backup whose process died (each as big as the studio)."""
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    removed = []
    for tmp in folder.glob(f".{db_path.stem}-*.tmp"):
        pid = tmp.name.rsplit(".", 2)[-2]
        if not pid.isdigit() or int(pid) == os.getpid() or pid_alive(int(pid)):
            continue  # a backup still being written, here or by another live process
        try:
            tmp.unlink()
        except OSError:
            continue
        removed.append(tmp)
    return removed


def _raw_copy(db_path: Path, reason: str) -> Path:
    """Byte copy of a damaged file (and its -wal): still worth keeping for a rescue."""
    folder = backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, db_path.stem, reason, datetime.now(UTC))
    shutil.copy2(db_path, target)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, target.with_name(target.name + "-wal"))
    return target


def _remove_database_files(db_path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)


def restore_backup(db_path: Path, backup_path: Path) -> Path | None:
    """Put a backup's content into the database file; returns the safety copy of the old one.

    Close the store first (this process must be the only one using the file). The backup is
    checked before anything is touched; the current file is backed up ("before-restore"),
    or byte-copied when it is too damaged to read; then SQLite's backup API writes the pages
    into the database, which also retires any stale -wal content correctly.
    Returns None only when there was no current file to keep.
    """
    if backup_path.resolve() == db_path.resolve():
        raise StoreError("A studio file cannot be restored from itself.", path=db_path)
    result = integrity(backup_path)
    if result != "ok":
        raise BackupCorrupt(backup_path, result)

    safety: Path | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        if integrity(db_path) == "ok":
            safety = make_backup(db_path, reason="before-restore")
        else:
            safety = _raw_copy(db_path, "before-restore-damaged")

    try:
        _copy_into(backup_path, db_path)
    except sqlite3.DatabaseError:
        # The current file is too damaged to be written page by page; it is safe in
        # ``safety``, so start from an empty file.
        _remove_database_files(db_path)
        _copy_into(backup_path, db_path)

    result = integrity(db_path)
    if result != "ok":
        raise StoreError(
            f"Restoring {backup_path.name} did not produce a healthy file ({result}). "
            f"The previous file is kept at {safety}.",
            path=db_path,
        )
    return safety


def _copy_into(backup_path: Path, db_path: Path) -> None:
    with (
        _connect(sqlite_uri(backup_path, "ro")) as src,
        _connect(sqlite_uri(db_path, "rwc")) as dst,
    ):
        src.backup(dst)
        # Back to WAL like every file the app writes (the backup itself is a rollback file).
        dst.execute("PRAGMA journal_mode = WAL")
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
