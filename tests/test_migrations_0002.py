"""Migration 0002 on a studio with data: nothing lost, indexes there, search index filled."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from test_migrations import dump
from test_projects_search import codes

from models.entities import Allocation, Client, Person, Project, TimeEntry
from models.search_index import SEARCH_TABLE, check_project_search
from models.services import build_services
from models.services.projects_data import ProjectDraft, ProjectFilter
from models.services.studio import StudioSettings
from models.text import search_key
from studio_desktop import migrations
from studio_desktop.db import make_engine, make_session_factory
from studio_desktop.store import MigrationFailed, OpenedStore, close_store, open_store

NEW_INDEXES = {
    "time_entries": "ix_time_entries_project_cover",
    "allocations": "ix_allocations_window",
}


def _seed(engine: Engine) -> None:
    """A 0001 studio: two clients, three projects, a person's time and allocations."""
    with Session(engine) as s, s.begin():
        lumen = Client(name="Lumen Tea House", name_key=search_key("Lumen Tea House"))
        weave = Client(name="上海织梦服饰", name_key=search_key("上海织梦服饰"))
        wang = Person(name="Wang Fang")
        s.add_all([lumen, weave, wang])
        s.flush()
        projects = [
            Project(code="P2025-0001", name="品牌焕新 Brand Refresh", client_id=lumen.id),
            Project(code="P2025-0002", name="微信小程序开发", client_id=weave.id),
            Project(code="WEB-17", name="Online shop", client_id=lumen.id),
        ]
        for p in projects:
            p.currency = "CNY"
        s.add_all(projects)
        s.flush()
        for day in range(1, 11):
            s.add(
                TimeEntry(
                    person_id=wang.id,
                    project_id=projects[day % 3].id,
                    work_date=date(2025, 3, day),
                    minutes=60 * (day % 4 + 1),
                )
            )
        for month in (3, 4, 5):
            s.add(
                Allocation(
                    person_id=wang.id,
                    project_id=projects[month % 3].id,
                    start_on=date(2025, month, 1),
                    end_on=date(2025, month, 20),
                    minutes_per_day=240,
                )
            )


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    path = tmp_path / "studio.sqlite3"
    engine = make_engine(path)
    migrations.upgrade(engine, "0001")
    _seed(engine)
    engine.dispose()
    return path


def _query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _row_counts(path: Path) -> dict[str, int]:
    tables = _query(
        path,
        f"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        f"AND name NOT LIKE '{SEARCH_TABLE}%' AND name <> 'alembic_version'",
    )
    return {str(t): int(_query(path, f"SELECT count(*) FROM {t}")[0][0]) for (t,) in tables}


def _indexes(path: Path, table: str) -> set[str]:
    return {str(r[1]) for r in _query(path, f"PRAGMA index_list({table})")}


def _search_objects(path: Path) -> list[tuple[object, ...]]:
    return _query(
        path, f"SELECT type, name FROM sqlite_master WHERE name LIKE '{SEARCH_TABLE}%' ORDER BY 2"
    )


def _open(path: Path) -> OpenedStore:
    return open_store(path, backup_on_open=False)


def test_upgrade_keeps_every_row_and_adds_the_indexes(old_db: Path) -> None:
    before = _row_counts(old_db)
    assert before["time_entries"] == 10 and before["allocations"] == 3
    assert all(NEW_INDEXES[t] not in _indexes(old_db, t) for t in NEW_INDEXES)

    store = _open(old_db)
    close_store(store, backup=False)

    assert store.migrated and store.revision == migrations.HEAD_REVISION
    assert store.pre_migration_backup is not None and store.pre_migration_backup.exists()
    assert _row_counts(old_db) == before
    assert all(NEW_INDEXES[t] in _indexes(old_db, t) for t in NEW_INDEXES)
    assert ("trigger", f"{SEARCH_TABLE}_ai") in _search_objects(old_db)
    assert _query(old_db, f"SELECT count(*) FROM {SEARCH_TABLE}_docsize") == [(3,)]
    assert _query(old_db, "PRAGMA foreign_key_check") == []


def test_upgraded_studio_finds_old_and_new_projects(old_db: Path) -> None:
    store = _open(old_db)
    try:
        sv = build_services(store.session_factory)
        sv.studio.initialise(StudioSettings(name="Old Studio", base_currency="CNY"))
        # Projects that were there before the upgrade, by Chinese, English and code.
        assert codes(sv, "微信小程序") == ["P2025-0002"]
        assert codes(sv, "brand refresh") == ["P2025-0001"]
        assert codes(sv, "web-1") == ["WEB-17"]
        assert codes(sv, "tea house") == ["P2025-0001", "WEB-17"]  # the client's name

        lumen = sv.projects.clients()[0].id
        new_id = sv.projects.create(ProjectDraft(name="年报设计 Annual report", client_id=lumen))
        new_code = sv.projects.get(new_id).code
        assert codes(sv, "annual rep") == [new_code]

        shop = next(r.id for r in sv.projects.page(ProjectFilter(search="WEB-17"), 0, 10))
        sv.projects.update(shop, ProjectDraft(name="网店改版", client_id=lumen, code="WEB-18"))
        assert codes(sv, "online shop") == []
        assert codes(sv, "web-17") == []
        assert codes(sv, "网店改版") == ["WEB-18"]

        sv.projects.archive(shop)
        assert codes(sv, "网店改版") == []
        assert codes(sv, "网店改版", archived=True) == ["WEB-18"]
        with store.session_factory.begin() as s:
            check_project_search(s.connection())
    finally:
        close_store(store, backup=False)


def test_failing_0002_leaves_the_file_at_0001(old_db: Path) -> None:
    # Something already called projects_search: the upgrade fails after both indexes were
    # made, and the single transaction takes them back.
    conn = sqlite3.connect(old_db)
    conn.execute(f"CREATE TABLE {SEARCH_TABLE} (x)")
    conn.commit()
    conn.close()
    before = dump(old_db)

    with pytest.raises(MigrationFailed) as err:
        _open(old_db)

    assert err.value.from_revision == "0001" and err.value.to_revision == migrations.HEAD_REVISION
    assert err.value.backup is not None and err.value.backup.exists()
    assert dump(old_db) == before
    assert _query(old_db, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert all(NEW_INDEXES[t] not in _indexes(old_db, t) for t in NEW_INDEXES)


def test_downgrade_to_0001_and_upgrade_again(old_db: Path) -> None:
    close_store(_open(old_db), backup=False)
    before = _row_counts(old_db)
    engine = make_engine(old_db)
    try:
        migrations.downgrade(engine, "0001")
    finally:
        engine.dispose()

    assert _query(old_db, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert _search_objects(old_db) == []
    assert all(NEW_INDEXES[t] not in _indexes(old_db, t) for t in NEW_INDEXES)
    assert _row_counts(old_db) == before

    store = _open(old_db)
    try:
        assert store.migrated
        sv = build_services(store.session_factory)
        assert codes(sv, "小程序开发") == ["P2025-0002"]
    finally:
        close_store(store, backup=False)


def test_a_0001_file_opened_without_the_store_still_searches(old_db: Path) -> None:
    # Tools that open a file directly (benchmarks on an older copy) fall back to LIKE.
    engine = make_engine(old_db)
    try:
        sv = build_services(make_session_factory(engine))
        assert codes(sv, "微信小程序") == ["P2025-0002"]
        assert codes(sv, "tea house") == ["P2025-0001", "WEB-17"]
    finally:
        engine.dispose()
    assert _query(old_db, "SELECT version_num FROM alembic_version") == [("0001",)]
