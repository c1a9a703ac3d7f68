"""Project search-as-you-type: the trigram index answers exactly what the LIKE scan did."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

import models.services.projects_list as projects_list
from models.demo import generate_demo
from models.entities import Client, Project
from models.search_index import check_project_search, uses_search_index
from models.services import Services
from models.services.audit import delete_row
from models.services.projects_data import ProjectDraft, ProjectFilter
from models.text import search_key

PROJECTS = (
    ("P2026-0001", "品牌焕新 Brand Refresh", "Lumen Tea House"),
    ("P2026-0002", "微信小程序开发", "上海织梦服饰"),
    ("WEB-17", "Online shop", "Lumen Tea House"),
    ("P2025-0100", '100% organic_tea "launch"', "Fern Media"),
    ("P2025-0101", "école design", "Fern Media"),
)


@pytest.fixture
def catalogue(studio: Services, session_factory: sessionmaker[Session]) -> Services:
    with session_factory.begin() as s:
        clients = {}
        for name in sorted({c for _, _, c in PROJECTS}):
            clients[name] = Client(name=name, name_key=search_key(name))
        s.add_all(clients.values())
        s.flush()
        ids = {name: c.id for name, c in clients.items()}
    for code, name, client in PROJECTS:
        studio.projects.create(ProjectDraft(name=name, client_id=ids[client], code=code))
    return studio


def codes(services: Services, needle: str, *, archived: bool = False) -> list[str]:
    flt = ProjectFilter(search=needle, include_archived=archived)
    rows = services.projects.page(flt, 0, 100, "code", False)
    assert services.projects.count(flt) == len(rows)
    return [r.code for r in rows]


def test_chinese_of_three_or_more_characters(catalogue: Services) -> None:
    assert uses_search_index(True, "微信小程")
    assert codes(catalogue, "微信小程") == ["P2026-0002"]
    assert codes(catalogue, "品牌焕新") == ["P2026-0001"]
    assert codes(catalogue, "焕新 Bra") == ["P2026-0001"]  # across the space, as before
    assert codes(catalogue, "小程序设计") == []


def test_english_ignores_ascii_case(catalogue: Services) -> None:
    assert codes(catalogue, "brand REFRESH") == ["P2026-0001"]
    assert codes(catalogue, "  online shop  ") == ["WEB-17"]  # the box's spaces are trimmed


def test_codes_and_client_names(catalogue: Services) -> None:
    assert codes(catalogue, "2026-000") == ["P2026-0001", "P2026-0002"]
    assert codes(catalogue, "web-17") == ["WEB-17"]
    assert codes(catalogue, "lumen tea") == ["P2026-0001", "WEB-17"]  # client, spaces folded
    assert codes(catalogue, "织梦服饰") == ["P2026-0002"]


def test_one_or_two_characters_use_the_like_scan(catalogue: Services) -> None:
    assert not uses_search_index(True, "微信")
    assert codes(catalogue, "微信") == ["P2026-0002"]
    assert codes(catalogue, "织梦") == ["P2026-0002"]  # the client's name
    assert codes(catalogue, "we") == ["WEB-17"]
    assert codes(catalogue, "P") == [p[0] for p in sorted(PROJECTS)]


def test_wildcards_and_quotes_are_plain_characters(catalogue: Services) -> None:
    assert codes(catalogue, "100%") == ["P2025-0100"]
    assert codes(catalogue, "0%") == ["P2025-0100"]
    assert codes(catalogue, "h_p") == []  # '_' is not "any character" ('shop')
    assert codes(catalogue, "c_tea") == ["P2025-0100"]
    assert codes(catalogue, '"launch"') == ["P2025-0100"]
    assert codes(catalogue, "launch OR shop") == []  # no FTS query syntax


def test_index_and_like_scan_give_the_same_answers(
    catalogue: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    needles = ["brand", "BRAND", "école", "ÉCOLE", "Design", "P2026", "shop", "微信小程序",
               "服饰", "house", "organic_t", "Refresh 品", "e d", "zzz"]  # fmt: skip
    indexed = {n: codes(catalogue, n) for n in needles}
    # Other databases (and files without the index) take the LIKE path: force it to compare.
    monkeypatch.setattr(projects_list, "_indexed", lambda session: False)
    assert {n: codes(catalogue, n) for n in needles} == indexed
    assert indexed["ÉCOLE"] == []  # LIKE folds ASCII only; the index must not widen that


def test_edits_archive_and_delete_reach_the_index(
    catalogue: Services, session_factory: sessionmaker[Session]
) -> None:
    shop = catalogue.projects.page(ProjectFilter(search="WEB-17"), 0, 1)[0]
    client = catalogue.projects.get(shop.id).client_id
    catalogue.projects.update(
        shop.id, ProjectDraft(name="网店改版", client_id=client, code="WEB-17")
    )
    assert codes(catalogue, "online shop") == []
    assert codes(catalogue, "网店改版") == ["WEB-17"]

    catalogue.projects.archive(shop.id)
    assert codes(catalogue, "网店改版") == []
    assert codes(catalogue, "网店改版", archived=True) == ["WEB-17"]
    catalogue.projects.archive(shop.id, archived=False)

    with session_factory.begin() as s:  # no delete in the UI yet: as an import would
        s.execute(text("DELETE FROM stage_changes WHERE project_id = :p"), {"p": shop.id})
        delete_row(s, s.get_one(Project, shop.id), "project WEB-17")
    assert codes(catalogue, "网店改版", archived=True) == []

    added = catalogue.projects.create(ProjectDraft(name="Spring launch film", client_id=client))
    assert codes(catalogue, "spring launch") == [catalogue.projects.get(added).code]
    with session_factory.begin() as s:
        check_project_search(s.connection())
        indexed = s.execute(text("SELECT count(*) FROM projects_search_docsize")).scalar_one()
        assert indexed == s.execute(text("SELECT count(*) FROM projects")).scalar_one()


def test_three_characters_are_answered_by_the_index(
    catalogue: Services, session_factory: sessionmaker[Session]
) -> None:
    with session_factory.begin() as s:  # empty the index behind the service's back
        s.execute(text("INSERT INTO projects_search(projects_search) VALUES ('delete-all')"))
    assert codes(catalogue, "brand refresh") == []
    assert codes(catalogue, "lumen tea") == ["P2026-0001", "WEB-17"]  # clients: no index
    assert codes(catalogue, "微信") == ["P2026-0002"]  # two characters: the LIKE scan


def test_demo_studio_is_searchable(engine: Engine, services: Services) -> None:
    # The demo's bulk inserts go through the triggers: every project is in the index.
    generate_demo(engine, "small", today=date(2026, 11, 28))
    with engine.begin() as conn:
        check_project_search(conn)
        name = conn.execute(text("SELECT name FROM projects ORDER BY id LIMIT 1")).scalar_one()
    needle = name[-4:]
    assert len(needle.strip()) >= 3
    found = services.projects.page(ProjectFilter(search=needle, include_archived=True), 0, 200)
    assert name in {r.name for r in found}
