"""Small hand-made studio data for the finance tests (people with dated rates, projects)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from models.entities import Client, Person, PersonRate, Project
from models.text import search_key


@dataclass(frozen=True)
class World:
    designer: int
    developer: int
    project: int
    other_project: int


def add_rate(factory: sessionmaker[Session], person: int, valid_from: date, cost: int) -> None:
    with factory.begin() as s:
        s.add(
            PersonRate(
                person_id=person,
                valid_from=valid_from,
                cost_rate_minor=cost,
                bill_rate_minor=cost * 2,
                currency="CNY",
            )
        )


def make_world(factory: sessionmaker[Session]) -> World:
    """Ann (Designer) costs 100.00/h from 2026-01-01 and 120.00/h from 2026-03-01;
    Bo (Developer) costs 80.00/h from 2025-01-01. Two projects of one client."""
    with factory.begin() as s:
        client = Client(name="Acme", name_key=search_key("Acme"))
        ann = Person(name="Ann", role="Designer")
        bo = Person(name="Bo", role="Developer")
        s.add_all([client, ann, bo])
        s.flush()
        p1 = Project(
            code="P-0001",
            name="Brand refresh",
            client_id=client.id,
            currency="CNY",
            due_on=date(2026, 4, 27),
            contract_value_minor=300000,
        )
        p2 = Project(code="P-0002", name="Website", client_id=client.id, currency="CNY")
        s.add_all([p1, p2])
        s.flush()
        world = World(ann.id, bo.id, p1.id, p2.id)
    add_rate(factory, world.designer, date(2026, 1, 1), 10000)
    add_rate(factory, world.designer, date(2026, 3, 1), 12000)
    add_rate(factory, world.developer, date(2025, 1, 1), 8000)
    return world


# A studio set up once per test session and copied per test: seeding the reference data
# costs most of a second, copying the file a millisecond. Each test still gets its own file.
_TEMPLATE: dict[str, Path] = {}


@pytest.fixture
def db_path(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    template = _TEMPLATE.get("studio")
    if template is None:
        import models.entities  # noqa: F401  (fills the metadata)
        from models.db import Base
        from models.services import build_services
        from models.services.studio import StudioSettings
        from studio_desktop.db import make_engine, make_session_factory

        template = tmp_path_factory.mktemp("finance-template") / "studio.sqlite3"
        engine = make_engine(template)
        Base.metadata.create_all(engine)
        build_services(make_session_factory(engine)).studio.initialise(
            StudioSettings(name="Test Studio", base_currency="CNY")
        )
        engine.dispose()
        _TEMPLATE["studio"] = template
    dest = tmp_path / "studio.sqlite3"
    shutil.copyfile(template, dest)
    return dest
