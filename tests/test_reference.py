"""The built-in reference data: complete, idempotent, and labelled in Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

import models.entities  # noqa: F401  (fills the metadata)
from models.db import Base
from models.entities import (
    ExpenseCategory,
    ProjectTemplate,
    RiskCategory,
    Sequence,
    ServiceType,
    TemplateItem,
)
from models.enums import ProjectStage, TemplateItemKind
from models.reference import (
    EXPENSE_CATEGORIES,
    REFERENCE_LABELS_ZH,
    RISK_CATEGORIES,
    SERVICE_TYPES,
    TEMPLATE_TEXT_ZH,
    TEMPLATES,
    plan_template,
    seed_reference_data,
)
from studio_desktop.db import make_engine

REFERENCE_MODELS = (
    ServiceType,
    ExpenseCategory,
    RiskCategory,
    ProjectTemplate,
    TemplateItem,
    Sequence,
)


@pytest.fixture
def ref_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(tmp_path / "ref.sqlite3")
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


def _seed(engine: Engine) -> None:
    with Session(engine) as s, s.begin():
        seed_reference_data(s)


def _counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as s:
        return {
            m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
            for m in REFERENCE_MODELS
        }


def test_seed_adds_every_built_in_row(ref_engine: Engine) -> None:
    _seed(ref_engine)
    with Session(ref_engine) as s:
        assert set(s.scalars(select(ServiceType.code))) == {c for c, _ in SERVICE_TYPES}
        assert set(s.scalars(select(RiskCategory.code))) == {c for c, _ in RISK_CATEGORIES}
        assert set(s.scalars(select(Sequence.name))) == {"invoice", "credit_note", "project"}
        assert all(v == 1 for v in s.scalars(select(Sequence.next_value)))
        cats = {c.code: c for c in s.scalars(select(ExpenseCategory))}
        for code, _name, children in EXPENSE_CATEGORIES:
            assert cats[code].parent_id is None
            for child, _child_name in children:
                assert cats[child].parent_id == cats[code].id
        assert cats["social_insurance"].parent_id == cats["labour"].id
        assert cats["cloud"].parent_id == cats["technology"].id


def test_seed_twice_adds_nothing(ref_engine: Engine) -> None:
    _seed(ref_engine)
    first = _counts(ref_engine)
    _seed(ref_engine)
    assert _counts(ref_engine) == first
    assert first["template_items"] > 0


def test_renamed_built_in_is_not_added_again(ref_engine: Engine) -> None:
    _seed(ref_engine)
    with Session(ref_engine) as s, s.begin():
        row = s.scalars(select(ServiceType).where(ServiceType.code == "consulting")).one()
        row.name = "Strategy"
    _seed(ref_engine)
    with Session(ref_engine) as s:
        names = set(s.scalars(select(ServiceType.name)))
    assert "Strategy" in names and "Consulting" not in names


def test_user_row_with_a_built_in_name_is_adopted(ref_engine: Engine) -> None:
    with Session(ref_engine) as s, s.begin():
        s.add(RiskCategory(code=None, name="Market"))
    _seed(ref_engine)
    with Session(ref_engine) as s:
        rows = s.scalars(select(RiskCategory).where(RiskCategory.name == "Market")).all()
    assert [r.code for r in rows] == ["market"]


def test_templates_follow_the_lifecycle(ref_engine: Engine) -> None:
    _seed(ref_engine)
    lifecycle = [st.value for st in ProjectStage if st is not ProjectStage.CLOSED]
    with Session(ref_engine) as s:
        templates = s.scalars(select(ProjectTemplate)).all()
        assert len(templates) == len(SERVICE_TYPES)
        for t in templates:
            assert t.builtin and t.service_type_id is not None
            items = s.scalars(
                select(TemplateItem).where(TemplateItem.template_id == t.id).order_by("sort")
            ).all()
            milestones = [i for i in items if i.kind is TemplateItemKind.MILESTONE]
            assert [m.phase for m in milestones] == lifecycle
            tasks = [i for i in items if i.kind is TemplateItemKind.TASK]
            assert all(i.duration_days > 0 and i.estimate_minutes > 0 for i in tasks)
            offsets = [i.offset_days for i in items]
            assert offsets == sorted(offsets)  # laid end to end, never backwards


def test_every_code_and_template_text_has_a_chinese_label() -> None:
    codes = [c for c, _ in SERVICE_TYPES] + [c for c, _ in RISK_CATEGORIES]
    for code, _name, children in EXPENSE_CATEGORIES:
        codes += [code] + [c for c, _ in children]
    codes += [st.value for st in ProjectStage] + ["invoice", "credit_note"]
    missing = [c for c in codes if not REFERENCE_LABELS_ZH.get(c)]
    assert missing == []
    texts = set()
    for name, phases in TEMPLATES.values():
        texts.add(name)
        texts |= {item.name for item in plan_template(phases)}
    assert sorted(texts - set(TEMPLATE_TEXT_ZH)) == []
