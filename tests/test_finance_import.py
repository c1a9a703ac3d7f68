"""Imports of time (Toggl, Harvest, Kimai, generic) and expenses; exports as CSV and XLSX."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from finance_fixtures import (
    db_path,  # noqa: F401  (a set-up studio copied per test)
    make_world,
)

from models.errors import ValidationError
from models.services import Services
from models.services.finance_io import parse_expenses, parse_time

DATA = Path(__file__).parent / "data" / "time"


@pytest.fixture
def world(studio: Services, session_factory):  # type: ignore[no-untyped-def]
    return make_world(session_factory)


@pytest.mark.parametrize(
    ("name", "fmt", "minutes", "new_people", "new_projects", "new_clients"),
    [
        (
            "toggl_detailed.csv",
            "toggl",
            [90, 45],
            ("Lin Wei",),
            ("Tea packaging",),
            ("Blue Tea Co",),
        ),
        ("harvest_detailed.csv", "harvest", [75, 150], (), (), ()),
        ("kimai_timesheet.csv", "kimai", [135, 30], (), (), ()),
        ("generic_time.csv", "generic", [210, 75], (), (), ()),
    ],
)
def test_each_time_format_imports(
    studio: Services, world, name, fmt, minutes, new_people, new_projects, new_clients
) -> None:
    rows = parse_time((DATA / name).read_bytes(), fmt)
    assert [r.minutes for r in rows] == minutes
    preview = studio.finance_io.preview_time(rows)
    assert preview.rows == 2 and preview.minutes == sum(minutes)
    assert (preview.new_people, preview.new_projects, preview.new_clients) == (
        new_people,
        new_projects,
        new_clients,
    )
    assert studio.time.count() == 0  # a preview writes nothing
    assert studio.finance_io.import_time(rows) == 2
    assert studio.time.labour_cost()[0] == sum(minutes)
    projects = {r.project for r in studio.time.page(0, 10)}
    if not new_projects:
        assert projects <= {"P-0001", "P-0002"}  # matched by name or code


def test_kimai_note_joins_activity_and_description(studio: Services, world) -> None:
    rows = parse_time((DATA / "kimai_timesheet.csv").read_bytes(), "kimai")
    assert rows[0].note == "Development: Checkout page" and rows[1].note == "Meeting"


def test_malformed_time_file_names_the_line_and_writes_nothing(studio: Services, world) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_time((DATA / "generic_time_bad.csv").read_bytes(), "generic")
    assert exc.value.message.startswith("Line 3:")
    with pytest.raises(ValidationError) as exc:
        parse_time("date,person,project,hours\n2026-03-01,Ann,,1\n", "generic")
    assert "Line 2" in exc.value.message and "project" in exc.value.message
    assert studio.time.count() == 0


def test_expenses_import_with_exact_rates(studio: Services, world) -> None:
    rows = parse_expenses((DATA / "expenses_generic.csv").read_bytes(), "CNY")
    preview = studio.finance_io.preview_expenses(rows)
    assert preview.unknown_categories == ("Printing",)
    assert studio.finance_io.import_expenses(rows) == 3
    got = sorted((e.vendor, e.base_amount_minor, e.tax_minor) for e in studio.expenses.page(0, 10))
    assert got == [("Didi", 8650, 0), ("Figma", 10685, 0), ("Print shop", 120000, 6900)]
    assert any(c.name == "Printing" for c in studio.expenses.categories())


def test_malformed_expense_file_writes_nothing(studio: Services, world) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_expenses((DATA / "expenses_bad.csv").read_bytes(), "CNY")
    assert exc.value.message.startswith("Line 3:")
    assert studio.expenses.count() == 0


def test_exports_keep_every_cent(studio: Services, world, tmp_path: Path) -> None:
    studio.finance_io.import_expenses(
        parse_expenses((DATA / "expenses_generic.csv").read_bytes(), "CNY")
    )
    out = tmp_path / "expenses.csv"
    assert studio.finance_io.export("expenses", "csv", out) == 3
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens Chinese text correctly
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert rows[1]["base_amount"] == "106.85" and rows[1]["fx_rate"] == "7.1234"
    xlsx = tmp_path / "time.xlsx"
    studio.finance_io.import_time(parse_time((DATA / "generic_time.csv").read_bytes(), "generic"))
    assert studio.finance_io.export("time", "xlsx", xlsx) == 2
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0][:4] == ["date", "person", "project", "hours"]
    assert Decimal(values[1][3]) == Decimal("3.5") and values[1][5] == "420.00"


def test_cli_import_dry_run_then_real_and_export(tmp_path: Path, capsys) -> None:
    from studio_desktop.cli import main

    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "init", "--name", "T", "--currency", "CNY"]) == 0
    toggl = str(DATA / "toggl_detailed.csv")
    assert main(["--db", db, "import", "time", toggl, "--format", "toggl", "--dry-run"]) == 0
    assert "Dry run: nothing was written." in capsys.readouterr().out
    bad = str(DATA / "generic_time_bad.csv")
    assert main(["--db", db, "import", "time", bad]) == 1
    assert "Line 3:" in capsys.readouterr().err
    assert main(["--db", db, "import", "time", toggl, "--format", "toggl"]) == 0
    assert "Imported 2 time entries." in capsys.readouterr().out
    out = tmp_path / "time.csv"
    assert main(["--db", db, "export", "time", "--format", "csv", "--out", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 3
