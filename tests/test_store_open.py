"""open_store / close_store: what is refused, what is migrated, what is backed up."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # open_store(lock=True) uses QLockFile

import shutil
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from test_migrations import FAILS_HALFWAY, RECREATE_PARENTS, add_sample_rows, dump, scripts_with

from models.entities import Client
from studio_desktop import migrations
from studio_desktop.backup import integrity, list_backups, make_backup
from studio_desktop.db import make_engine
from studio_desktop.store import (
    DatabaseCorrupt,
    DatabaseInUse,
    DatabaseMissing,
    DatabaseReadOnly,
    MigrationFailed,
    NotADatabase,
    SchemaTooNew,
    StoreError,
    UnrecognisedDatabase,
    close_store,
    head_revision,
    open_store,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Creating the schema takes a few hundred ms; tests copy this file instead.
    path = tmp_path_factory.mktemp("template") / "studio.sqlite3"
    close_store(open_store(path), backup=False)
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "studio.sqlite3"


@pytest.fixture
def made_store(template: Path) -> Callable[..., None]:
    return lambda db, clients=1: _made_store(db, template, clients)


def _made_store(db: Path, template: Path, clients: int) -> None:
    """A studio file at head with some clients, closed."""
    shutil.copy(template, db)
    store = open_store(db, backup_on_open=False)
    with store.session_factory.begin() as s:
        s.add_all(Client(name=f"Client {i}", name_key=f"client {i}") for i in range(clients))
    close_store(store, backup=False)


def client_count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM clients").fetchone()[0])
    finally:
        conn.close()


def stamp(db: Path, revision: str) -> None:
    conn = sqlite3.connect(db)
    try:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()
    finally:
        conn.close()


def test_new_file_is_created_at_head_without_backups(db: Path) -> None:
    store = open_store(db)
    try:
        assert store.revision == head_revision()
        assert store.migrated and store.pre_migration_backup is None
        assert store.open_backup is None  # nothing worth keeping yet
        with store.session_factory.begin() as s:
            s.add(Client(name="Acme", name_key="acme"))
        with store.session_factory() as s:
            assert s.scalar(select(func.count()).select_from(Client)) == 1
            assert s.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
            assert s.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
    finally:
        close_store(store, backup=False)
    assert list_backups(db) == []


def test_empty_file_counts_as_new(db: Path) -> None:
    db.touch()
    store = open_store(db)
    close_store(store, backup=False)
    assert client_count(db) == 0


def test_missing_file_without_create(db: Path) -> None:
    with pytest.raises(DatabaseMissing) as err:
        open_store(db, create=False)
    assert err.value.path == db and not db.exists()


def test_reopen_backs_up_on_open_and_on_close(db: Path, made_store: Callable[..., None]) -> None:
    made_store(db, clients=2)
    store = open_store(db)
    assert not store.migrated and store.pre_migration_backup is None
    assert store.open_backup is not None and client_count(store.open_backup) == 2
    with store.session_factory.begin() as s:
        s.add(Client(name="Third", name_key="third"))
    closed = close_store(store)

    assert closed is not None and client_count(closed) == 3  # WAL rows included
    assert [b.reason for b in list_backups(db)] == ["close", "open"]


def test_not_a_database_is_refused_untouched(db: Path) -> None:
    db.write_text("Quarterly plan\n" * 100)
    before = db.read_bytes()
    with pytest.raises(NotADatabase) as err:
        open_store(db)
    assert "not an SQLite database" in err.value.message
    assert db.read_bytes() == before


def test_someone_elses_database_is_refused(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(UnrecognisedDatabase):
        open_store(db)


@pytest.mark.parametrize("where", ["pages", "header"])
def test_damaged_file_is_refused_and_names_the_latest_backup(
    db: Path, where: str, made_store: Callable[..., None]
) -> None:
    made_store(db, clients=300)
    backup = make_backup(db)
    with db.open("r+b") as f:
        if where == "pages":
            f.seek(4096 * 3)
            f.write(b"\xa5" * 4096 * 4)  # b-tree pages: "malformed" / quick_check errors
        else:
            f.seek(16)
            f.write(b"\xff" * 8)  # page size and versions: "file is not a database"

    with pytest.raises(DatabaseCorrupt) as err:
        open_store(db)
    assert err.value.latest_backup == backup
    assert str(backup) in err.value.message


def _as_non_root(monkeypatch: pytest.MonkeyPatch) -> None:
    # Root ignores permission bits, so there let os.access judge by them as a user would.
    if os.name == "posix" and os.geteuid() == 0:
        real: Callable[..., bool] = os.access

        def access(path: os.PathLike[str] | str, mode: int, **kwargs: object) -> bool:
            if mode & os.W_OK and not os.stat(path).st_mode & stat.S_IWUSR:
                return False
            return real(path, mode, **kwargs)

        monkeypatch.setattr(os, "access", access)


def test_read_only_file_is_refused(
    db: Path, monkeypatch: pytest.MonkeyPatch, made_store: Callable[..., None]
) -> None:
    made_store(db)
    db.chmod(0o444)
    _as_non_root(monkeypatch)
    try:
        with pytest.raises(DatabaseReadOnly) as err:
            open_store(db)
        assert not err.value.folder
    finally:
        db.chmod(0o644)


def test_file_in_read_only_folder_is_refused(
    db: Path, monkeypatch: pytest.MonkeyPatch, made_store: Callable[..., None]
) -> None:
    made_store(db)
    db.parent.chmod(0o555)
    _as_non_root(monkeypatch)
    try:
        with pytest.raises(DatabaseReadOnly) as err:
            open_store(db)
        assert err.value.folder and str(db.parent) in err.value.message
    finally:
        db.parent.chmod(0o755)


def test_schema_from_a_newer_version_is_refused(db: Path, made_store: Callable[..., None]) -> None:
    made_store(db)
    stamp(db, "9999_from_the_future")
    with pytest.raises(SchemaTooNew) as err:
        open_store(db)
    assert err.value.revision == "9999_from_the_future"
    assert err.value.head == head_revision()
    assert "9999_from_the_future" in err.value.message
    assert head_revision() in err.value.message
    assert list_backups(db) == []  # refused before anything was written


def test_older_schema_is_backed_up_then_migrated(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, made_store: Callable[..., None]
) -> None:
    made_store(db)
    monkeypatch.setattr(migrations, "SCRIPT_LOCATION", scripts_with(tmp_path, RECREATE_PARENTS))

    store = open_store(db)
    try:
        assert store.migrated and store.revision == "9999"  # the test-only revision
        assert store.pre_migration_backup is not None
        assert "-pre-migration" in store.pre_migration_backup.name
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(vat_no) FROM clients").scalar() == 0
    finally:
        close_store(store, backup=False)
    backup = sqlite3.connect(store.pre_migration_backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (
        migrations.HEAD_REVISION,
    )
    backup.close()


def test_failed_migration_leaves_the_file_as_it_was(
    db: Path, tmp_path: Path, template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(template, db)
    engine = make_engine(db)
    add_sample_rows(engine)
    engine.dispose()
    before = dump(db)
    monkeypatch.setattr(migrations, "SCRIPT_LOCATION", scripts_with(tmp_path, FAILS_HALFWAY))

    with pytest.raises(MigrationFailed) as err:
        open_store(db)

    assert err.value.from_revision == migrations.HEAD_REVISION
    assert err.value.to_revision == "9999"
    assert err.value.backup is not None and err.value.backup.exists()
    assert "no_such_table" in err.value.detail
    assert dump(db) == before


def test_lock_makes_a_second_open_fail_with_the_holder(db: Path) -> None:
    first = open_store(db, lock=True)
    try:
        with pytest.raises(DatabaseInUse) as err:
            open_store(db, lock=True)
        assert err.value.holder is not None and err.value.holder.pid == os.getpid()
    finally:
        close_store(first, backup=False)
    second = open_store(db, lock=True)
    close_store(second, backup=False)


def test_full_disk_during_a_write_keeps_the_file_intact(
    db: Path, made_store: Callable[..., None]
) -> None:
    made_store(db, clients=5)
    store = open_store(db, backup_on_open=False)
    try:
        with store.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
            # The database may not grow by more than two pages: a full disk, in effect.
            conn.exec_driver_sql(f"PRAGMA max_page_count = {pages + 2}")
            conn.commit()
            with pytest.raises(OperationalError, match="full"), Session(conn) as s, s.begin():
                s.add_all(
                    Client(name=f"Big {i}", name_key=f"big {i}", notes="x" * 4000)
                    for i in range(50)
                )
            conn.rollback()
            assert conn.exec_driver_sql("SELECT count(*) FROM clients").scalar_one() == 5
    finally:
        close_store(store, backup=False)
    assert integrity(db) == "ok"
    assert client_count(db) == 5


def test_errors_share_a_base_with_a_user_message() -> None:
    for cls in (DatabaseCorrupt, DatabaseReadOnly, SchemaTooNew, NotADatabase, DatabaseInUse):
        assert issubclass(cls, StoreError)
    err = DatabaseReadOnly(Path("/x/studio.sqlite3"), folder=True)
    assert err.message == str(err) and "cannot write" in err.message
