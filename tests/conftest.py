"""Shared fixtures: a fresh SQLite file per test, services over it, Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

import models.entities  # noqa: F401  (fills the metadata)
from models.db import Base
from models.services import Services, build_services
from models.services.studio import StudioSettings
from studio_desktop.db import make_engine, make_session_factory


@pytest.fixture
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Data, log, settings and cache folders inside the test's tmp_path (never the user's)."""
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    monkeypatch.delenv("STUDIO_DESKTOP_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "studio.sqlite3"


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    # create_all only in tests; the app always goes through Alembic (studio_desktop.store).
    eng = make_engine(db_path)
    Base.metadata.create_all(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def services(session_factory: sessionmaker[Session]) -> Services:
    return build_services(session_factory)


@pytest.fixture
def studio(services: Services) -> Services:
    """Services over a database whose studio has been set up (reference data seeded)."""
    services.studio.initialise(StudioSettings(name="Test Studio", base_currency="CNY"))
    return services
