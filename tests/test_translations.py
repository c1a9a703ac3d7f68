"""The zh_CN catalogue is complete, current, keeps every placeholder, and its .qm is fresh."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
assert _spec is not None and _spec.loader is not None
i18n = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(i18n)

PLACEHOLDER = re.compile(i18n.PLACEHOLDER_PATTERN)


CASES = [(lang, cat) for lang in i18n.LANGUAGES for cat in i18n.CATALOGUES]


@pytest.fixture(params=CASES, ids=[f"{lang}-{cat}" for lang, cat in CASES])
def case(request: pytest.FixtureRequest) -> tuple[str, str]:
    return request.param


def _keys(ts: Path) -> set[tuple[str, str]]:
    return {(str(m["context"]), str(m["source"])) for m in i18n.read_messages(ts)}


def test_ts_is_not_stale(case: tuple[str, str], tmp_path: Path):
    lang, cat = case
    committed = i18n.ts_path(lang, cat)
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    i18n.run_lupdate(fresh, lang, catalogue=cat)
    before, after = _keys(committed), _keys(fresh)
    assert after - before == set(), "new strings: run `python tools/i18n.py update`"
    assert before - after == set(), "obsolete strings: run `python tools/i18n.py update`"


def test_every_message_is_translated(case: tuple[str, str]):
    problems = [
        f"{m['context']}: {m['source']!r}"
        for m in i18n.read_messages(i18n.ts_path(*case))
        if m["unfinished"] or not m["translations"] or not all(m["translations"])
    ]
    assert problems == []


def test_placeholders_survive_translation(case: tuple[str, str]):
    problems = []
    for m in i18n.read_messages(i18n.ts_path(*case)):
        wanted = sorted(PLACEHOLDER.findall(str(m["source"])))
        for text in m["translations"]:  # type: ignore[union-attr]
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{m['context']}: {m['source']!r} -> {text!r}")
    assert problems == []


def test_qm_matches_the_ts(case: tuple[str, str], tmp_path: Path):
    fresh = tmp_path / "fresh.qm"
    i18n.run_lrelease(i18n.ts_path(*case), fresh)
    committed = i18n.qm_path(*case)
    assert committed.exists(), "run `python tools/i18n.py release`"
    assert committed.read_bytes() == fresh.read_bytes(), "run `python tools/i18n.py release`"


def test_the_catalogue_loads_and_translates(qapp):
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import install_translator, remove_translators

    translators = install_translator(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("Pages", "Clients") == "客户"
        assert QCoreApplication.translate("ClientStatus", "Lead") == "潜在客户"
        assert QCoreApplication.translate("DealStage", "Lead") == "线索"
    finally:
        remove_translators(qapp, translators)
