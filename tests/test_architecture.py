"""The house rules that a machine can check: layers, and that `models` is really ours."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import models
import reports
import ui

ROOT = Path(__file__).resolve().parent.parent


def test_generic_package_names_resolve_to_this_project() -> None:
    for pkg in (models, reports, ui):
        assert Path(pkg.__file__).resolve().parent.parent == ROOT, pkg.__file__


def _imports(package: str) -> set[str]:
    found: set[str] = set()
    for path in (ROOT / package).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
    return found


def _hits(imports: set[str], forbidden: tuple[str, ...]) -> set[str]:
    return {i for i in imports if any(i == f or i.startswith(f + ".") for f in forbidden)}


def test_models_never_import_qt_charts_or_pdf() -> None:
    assert not _hits(_imports("models"), ("PySide6", "pyqtgraph", "reportlab", "ui", "reports"))


def test_reports_never_import_qt_database_or_services() -> None:
    assert not _hits(
        _imports("reports"), ("PySide6", "sqlalchemy", "models.services", "models.entities", "ui")
    )


def test_ui_never_imports_orm_or_composition_root() -> None:
    assert not _hits(
        _imports("ui"), ("sqlalchemy", "alembic", "models.entities", "models.db", "studio_desktop")
    )


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
